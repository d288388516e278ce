//! The evaluator: checked statements over a [`FactStore`] → typed
//! [`Answer`]s. Nothing here formats text for the screen; [`crate::render`]
//! does that.
//!
//! Selection (the `select` module) goes through the store's indexes,
//! never a scan of the store, except for `check` without conditions.
//!
//! Semantics the rest of the program relies on:
//! - values of different units are never added, ranked or totalled together
//!   ([`EvalError::RateWithCount`], [`EvalError::MixedUnits`]);
//! - a figure's qualifier travels through every computation ([`Figure`]);
//! - a missing cell is [`Cell::Missing`] with the nearest periods that have
//!   data, never zero;
//! - several facts for one cell are all kept ([`Cell::Facts`]);
//! - `period=P` matches P exactly or, for a series with no exact fact, a
//!   period within [`NEAR_DAYS`] days, and says so ([`Hit::period_off`]).

mod consistency;
mod figure;
mod help;
mod select;

use select::{commodity_key, fit, select, Defaults, PeriodFit};

use std::collections::{BTreeMap, HashMap};

use miette::SourceSpan;
use serde::Serialize;

pub use consistency::{Finding, Findings};
pub use figure::{Figure, Qualifier, PCT_ROUNDING, ROUNDING};

use crate::glossary;
use crate::model::{
    ChangeAmount, Fact, FactId, Flow, Metric, Period, Place, Scope, Span, Unit, Versus,
};
use crate::places::{Gazetteer, PlaceId};
use crate::query::checked::{
    Checked, CmpOp, Compare, Condition, Direction, Field, ListTarget, MetricSel, NumberStyle,
    Operand, OrderField, OutputFormat, Rank, Setting, Show, Statement, Test, Trend,
};
use crate::store::FactStore;
use crate::text::fold;

/// How far (in days, by [`Period::distance`]) a fact's period may be from
/// the asked one and still stand in for it, marked approximate: news often
/// cuts a half-year at "từ 1/1 đến 6/7".
pub const NEAR_DAYS: i64 = 7;

/// What a statement evaluates to.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum Answer<'a> {
    Facts(FactList<'a>),
    Comparison(Comparison<'a>),
    Ranking(Ranking<'a>),
    Trend(TrendAnswer<'a>),
    Findings(Findings),
    Source(SourceAnswer<'a>),
    List(Listing),
    Text(TextAnswer),
    SettingChanged(SettingChange),
}

/// A fact as selected, with how well its period matched the asked one.
#[derive(Debug, Clone, Serialize)]
pub struct Hit<'a> {
    pub fact: &'a Fact,
    pub figure: Figure,
    /// Days between the fact's period and the asked one, when it only
    /// approximately matches (`period=H1 2025` answered by 1/1–6/7).
    pub period_off: Option<i64>,
}

impl<'a> Hit<'a> {
    fn new(fact: &'a Fact, period_off: Option<i64>) -> Hit<'a> {
        Hit {
            fact,
            figure: Figure::of(&fact.value),
            period_off,
        }
    }
}

/// `show`: the matching facts.
#[derive(Debug, Clone, Serialize)]
pub struct FactList<'a> {
    pub hits: Vec<Hit<'a>>,
    /// How many matched before `limit` cut the list.
    pub matched: usize,
    /// When nothing matched a `period=` condition: the nearest periods that
    /// have facts for the other conditions.
    pub nearest: Vec<Period>,
}

/// The facts of one series: one place, one measure, one unit. Values of
/// different series are never combined.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct SeriesKey {
    pub place: Place,
    pub metric: Metric,
    pub flow: Flow,
    pub scope: Option<Scope>,
    pub commodity: Option<String>,
    pub unit: Unit,
}

impl SeriesKey {
    pub fn of(f: &Fact) -> SeriesKey {
        SeriesKey {
            place: f.place.clone(),
            metric: f.metric,
            flow: f.flow,
            scope: f.scope,
            commodity: f.commodity.as_deref().map(commodity_key),
            unit: f.unit,
        }
    }
}

/// One cell of a comparison.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "cell", rename_all = "snake_case")]
pub enum Cell<'a> {
    /// One or more facts; more than one with different values is a conflict,
    /// and all are shown.
    Facts { hits: Vec<Hit<'a>> },
    /// No fact, but a later fact's reported year-on-year change implies the
    /// value: `value / (1 + pct/100)`.
    Derived {
        figure: Figure,
        from: FactId,
        pct: f64,
    },
    /// No data; the nearest periods of the series that have some.
    Missing { nearest: Vec<Period> },
}

impl Cell<'_> {
    /// The one value of the cell, if it has exactly one (conflicts have
    /// none).
    pub fn single(&self) -> Option<Figure> {
        match self {
            Cell::Facts { hits } => {
                let first = hits.first()?.figure;
                hits.iter()
                    .all(|h| same_figure(&h.figure, &first))
                    .then_some(first)
            }
            Cell::Derived { figure, .. } => Some(*figure),
            Cell::Missing { .. } => None,
        }
    }

    pub fn is_conflict(&self) -> bool {
        matches!(self, Cell::Facts { hits } if hits.len() > 1 && self.single().is_none())
    }
}

fn same_figure(a: &Figure, b: &Figure) -> bool {
    a.value == b.value && a.qualifier == b.qualifier && a.high == b.high
}

/// Whether the computed change agrees with the reported one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "agreement", content = "why", rename_all = "snake_case")]
pub enum Agreement {
    /// Within what the qualifiers and rounding allow.
    Agrees,
    /// Outside; the computed change is the row's `pct`.
    Differs,
    /// The two cannot be set against each other (the reason).
    NotComparable(NotComparable),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotComparable {
    NoReportedChange,
    /// The reported change is year on year but the first period is not one
    /// year before the last.
    NotOneYearApart,
    /// The first or last cell has no single value (missing or conflicting).
    NoSingleValue,
    /// The base is itself derived from the reported change.
    BaseDerived,
    /// The change is reported in absolute terms or against the previous
    /// period.
    ReportedNotYoyPct,
}

/// A row of a comparison: one series over the asked periods.
#[derive(Debug, Clone, Serialize)]
pub struct CompareRow<'a> {
    pub series: SeriesKey,
    pub cells: Vec<Cell<'a>>,
    /// Last minus first, when both have a single value.
    pub abs_change: Option<Figure>,
    /// The same in percent.
    pub pct_change: Option<Figure>,
    /// The change reported by the last period's fact(s), with the fact.
    pub reported: Vec<(FactId, crate::model::Change)>,
    pub agreement: Agreement,
}

/// `compare`.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison<'a> {
    pub metric: Metric,
    pub flow: Option<Flow>,
    pub periods: Vec<Period>,
    pub rows: Vec<CompareRow<'a>>,
}

/// A place in a ranking.
#[derive(Debug, Clone, Serialize)]
pub struct RankEntry<'a> {
    pub place: Place,
    pub hits: Vec<Hit<'a>>,
    /// The entry's value; where facts conflict, an interval spanning them.
    pub figure: Figure,
    /// Percent of the listed total.
    pub share: Option<Figure>,
    /// Another listed entry that already contains this one (a gate inside a
    /// listed city, a member of a listed joint place); such an entry is not
    /// added to the total again.
    pub counted_in: Option<Place>,
}

/// Why a ranking has no total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoTotal {
    /// The entries cover different periods.
    PeriodsDiffer,
    Empty,
}

/// `rank`.
#[derive(Debug, Clone, Serialize)]
pub struct Ranking<'a> {
    pub metric: Metric,
    pub flow: Flow,
    pub unit: Option<Unit>,
    pub entries: Vec<RankEntry<'a>>,
    pub total: Result<Figure, NoTotal>,
    /// When nothing matched: the nearest periods that have facts.
    pub nearest: Vec<Period>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TrendPoint<'a> {
    pub period: Period,
    pub hits: Vec<Hit<'a>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TrendSeries<'a> {
    pub series: SeriesKey,
    pub points: Vec<TrendPoint<'a>>,
}

/// `trend`.
#[derive(Debug, Clone, Serialize)]
pub struct TrendAnswer<'a> {
    pub place: Place,
    pub metric: Metric,
    pub series: Vec<TrendSeries<'a>>,
}

/// `source ID`.
#[derive(Debug, Clone, Serialize)]
pub struct SourceAnswer<'a> {
    pub fact: &'a Fact,
    /// The sentence, when the fact carries one.
    pub sentence: Option<String>,
    /// Byte range of the number inside `sentence`.
    pub highlight: Option<(usize, usize)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ListRow {
    pub name: String,
    /// Kind of place, English alias of a metric, label of a period.
    pub detail: String,
    pub facts: usize,
}

/// `list …`.
#[derive(Debug, Clone, Serialize)]
pub struct Listing {
    pub target: &'static str,
    pub rows: Vec<ListRow>,
}

/// `explain` and `help`.
#[derive(Debug, Clone, Serialize)]
pub struct TextAnswer {
    pub heading: String,
    pub body: String,
}

/// `set …`: the session applies it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct SettingChange {
    #[serde(skip)]
    pub setting: Setting,
    pub description: &'static str,
}

/// Why a statement cannot be answered.
#[derive(Debug, Clone, thiserror::Error, miette::Diagnostic)]
pub enum EvalError {
    #[error("cannot combine {rate} (a rate per day) with {other} (not a rate)")]
    #[diagnostic(
        code(bienmau::eval::rate_with_count),
        help(
            "a rate such as xe/ngày is a count divided by days: it never adds to a count such as lượt. \
             Pick one with `unit=\"{rate}\"` or `unit=\"{other}\"` (see `explain xe/ngày`)"
        )
    )]
    RateWithCount {
        rate: Unit,
        other: Unit,
        #[label("this selects both {rate} and {other}")]
        span: SourceSpan,
    },
    #[error("cannot combine values in {a} with values in {b}")]
    #[diagnostic(
        code(bienmau::eval::mixed_units),
        help("values in different units or currencies do not add up; add `unit=\"{a}\"` or `unit=\"{b}\"`")
    )]
    MixedUnits {
        a: Unit,
        b: Unit,
        #[label("this selects both {a} and {b}")]
        span: SourceSpan,
    },
    #[error("no fact with id `{id}`")]
    #[diagnostic(code(bienmau::eval::unknown_fact))]
    UnknownFact {
        id: String,
        #[label("not a fact id")]
        span: SourceSpan,
        #[help]
        help: Option<String>,
    },
    #[error("no explanation for `{term}`")]
    #[diagnostic(code(bienmau::eval::unknown_term))]
    UnknownTerm {
        term: String,
        #[label("unknown term")]
        span: SourceSpan,
        #[help]
        help: Option<String>,
    },
    #[error("no help on `{topic}`")]
    #[diagnostic(
        code(bienmau::eval::unknown_help),
        help("`help` alone lists the statements")
    )]
    UnknownHelp {
        topic: String,
        #[label("not a statement")]
        span: SourceSpan,
    },
    #[error("`trend` follows one place")]
    #[diagnostic(
        code(bienmau::eval::trend_needs_place),
        help("add `where place=…`, e.g. `trend kim_ngach where place=\"Móng Cái\"`")
    )]
    TrendNeedsPlace {
        #[label("no `place=` condition here")]
        span: SourceSpan,
    },
}

fn src(span: Span) -> SourceSpan {
    SourceSpan::new(span.start.into(), span.len())
}

/// Evaluates one checked statement.
pub fn eval<'s>(checked: &Checked, store: &'s FactStore) -> Result<Answer<'s>, EvalError> {
    match &checked.statement {
        Statement::Show(s) => Ok(Answer::Facts(show(s, store))),
        Statement::Compare(c) => Ok(Answer::Comparison(compare(c, store))),
        Statement::Rank(r) => rank(r, store).map(Answer::Ranking),
        Statement::Trend(t) => trend(t, store, checked.span).map(Answer::Trend),
        Statement::Check(conds) => Ok(Answer::Findings(consistency::check(&select(
            store,
            &[],
            conds,
            Defaults::NONE,
        )))),
        Statement::Source(id) => source(id, store, checked.span).map(Answer::Source),
        Statement::List(t) => Ok(Answer::List(list(*t, store))),
        Statement::Explain(term) => explain(term, checked.span).map(Answer::Text),
        Statement::Help(topic) => help::help(topic.as_deref(), checked.span).map(Answer::Text),
        Statement::Set(s) => Ok(Answer::SettingChanged(SettingChange {
            setting: *s,
            description: match s {
                Setting::Format(OutputFormat::Table) => "output format: table",
                Setting::Format(OutputFormat::Csv) => "output format: csv",
                Setting::Format(OutputFormat::Json) => "output format: json",
                Setting::Format(OutputFormat::Markdown) => "output format: markdown",
                Setting::Numbers(NumberStyle::Vi) => "numbers: Vietnamese (1.580,5)",
                Setting::Numbers(NumberStyle::En) => "numbers: English (1,580.5)",
            },
        })),
    }
}

// --------------------------------------------------------------------- show

fn show<'s>(s: &Show, store: &'s FactStore) -> FactList<'s> {
    let mut hits = select(store, &s.metrics, &s.conditions, Defaults::NONE);
    if let Some((field, dir)) = s.order {
        let key = |h: &Hit| -> (Option<f64>, Option<Period>, String) {
            let f = &h.fact;
            match field {
                OrderField::Value => (Some(f.value.value), None, String::new()),
                OrderField::Change => (
                    f.change.and_then(|c| match c.amount {
                        ChangeAmount::Pct(p) => Some(p),
                        ChangeAmount::Abs(_) => None,
                    }),
                    None,
                    String::new(),
                ),
                OrderField::Period => (None, f.period, String::new()),
                OrderField::Place => (None, None, fold(&f.place.name())),
                OrderField::Id => (None, None, String::new()),
            }
        };
        hits.sort_by(|a, b| {
            let (ka, kb) = (key(a), key(b));
            let o =
                ka.0.partial_cmp(&kb.0)
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(ka.1.cmp(&kb.1))
                    .then(ka.2.cmp(&kb.2))
                    .then_with(|| id_order(&a.fact.id, &b.fact.id));
            match dir {
                Direction::Asc => o,
                Direction::Desc => o.reverse(),
            }
        });
    }
    let matched = hits.len();
    if let Some(n) = s.limit {
        hits.truncate(n);
    }
    let nearest = if hits.is_empty() {
        nearest_without_period(store, &s.metrics, &s.conditions, Defaults::NONE)
    } else {
        Vec::new()
    };
    FactList {
        hits,
        matched,
        nearest,
    }
}

/// For a selection with `period=P` that found nothing: up to two periods,
/// nearest to P first, that the same selection has without the period.
fn nearest_without_period(
    store: &FactStore,
    metrics: &[MetricSel],
    conds: &[Condition],
    defaults: Defaults,
) -> Vec<Period> {
    let Some(asked) = conds.iter().find_map(|c| match (&c.field, &c.test) {
        (Field::Period, Test::Cmp(CmpOp::Eq, Operand::Period(p))) => Some(*p),
        _ => None,
    }) else {
        return Vec::new();
    };
    let rest: Vec<Condition> = conds
        .iter()
        .filter(|c| c.field != Field::Period)
        .cloned()
        .collect();
    let mut periods: Vec<Period> = select(store, metrics, &rest, defaults)
        .iter()
        .filter_map(|h| h.fact.period)
        .collect();
    periods.sort_by_key(|q| (q.distance(&asked), *q));
    periods.dedup();
    periods.truncate(2);
    periods
}

/// Fact ids `000:17` order by document, then number.
fn id_order(a: &FactId, b: &FactId) -> std::cmp::Ordering {
    let split = |id: &FactId| -> (String, u64) {
        match id.0.rsplit_once(':') {
            Some((d, n)) => (d.to_string(), n.parse().unwrap_or(u64::MAX)),
            None => (id.0.clone(), 0),
        }
    };
    split(a).cmp(&split(b))
}

// ------------------------------------------------------------------ compare

fn compare<'s>(c: &Compare, store: &'s FactStore) -> Comparison<'s> {
    let defaults = Defaults::analytic(&c.metric, &c.conditions, false);
    // One selection for the asked periods and, for implied bases, the
    // same periods a year later.
    let mut asked: Vec<Operand> = Vec::new();
    for p in &c.periods {
        asked.push(Operand::Period(*p));
        asked.extend(p.shift_years(1).map(Operand::Period));
    }
    let mut conds = c.conditions.clone();
    conds.push(Condition {
        field: Field::Period,
        test: Test::In(asked),
        span: c.periods_span,
    });
    let pool = select(store, &[c.metric], &conds, defaults);
    let mut series: BTreeMap<SeriesKey, Vec<&Hit>> = BTreeMap::new();
    for h in &pool {
        series.entry(SeriesKey::of(h.fact)).or_default().push(h);
    }
    let mut rows = Vec::new();
    let mut history = History::new(store, c.metric.metric, defaults);
    for (key, facts) in series {
        let exact_cells: Vec<Vec<Hit<'_>>> =
            c.periods.iter().map(|p| cell_hits(&facts, p)).collect();
        if exact_cells.iter().all(Vec::is_empty) {
            continue; // the series only has facts in a following year
        }
        let cells: Vec<Cell<'_>> = c
            .periods
            .iter()
            .zip(exact_cells)
            .map(|(p, hits)| {
                if !hits.is_empty() {
                    Cell::Facts { hits }
                } else if let Some(d) = derive(&facts, p) {
                    d
                } else {
                    Cell::Missing {
                        nearest: history.nearest(&key, p),
                    }
                }
            })
            .collect();
        rows.push(compare_row(key, cells, &c.periods));
    }
    Comparison {
        metric: c.metric.metric,
        flow: c.metric.flow,
        periods: c.periods.clone(),
        rows,
    }
}

/// The facts of a series for one period: exact ones, or else near ones.
fn cell_hits<'s>(facts: &[&Hit<'s>], p: &Period) -> Vec<Hit<'s>> {
    let fits: Vec<(PeriodFit, &Hit)> = facts
        .iter()
        .map(|h| (fit(h.fact.period.as_ref(), p), *h))
        .filter(|(f, _)| *f != PeriodFit::No)
        .collect();
    let any_exact = fits.iter().any(|(f, _)| *f == PeriodFit::Exact);
    fits.into_iter()
        .filter_map(|(f, h)| match f {
            PeriodFit::Exact => Some(Hit::new(h.fact, None)),
            PeriodFit::Near(d) if !any_exact => Some(Hit::new(h.fact, Some(d))),
            _ => None,
        })
        .collect()
}

/// The value a later fact's year-on-year change implies for `p`.
fn derive<'s>(facts: &[&Hit<'s>], p: &Period) -> Option<Cell<'s>> {
    facts.iter().find_map(|h| {
        let f = &h.fact;
        let change = f.change?;
        let ChangeAmount::Pct(pct) = change.amount else {
            return None;
        };
        if change.vs != Versus::Yoy {
            return None;
        }
        let base_period = f.period?.shift_years(-1)?;
        if base_period.distance(p) > NEAR_DAYS {
            return None;
        }
        Some(Cell::Derived {
            figure: h.figure.implied_base(pct)?,
            from: f.id.clone(),
            pct,
        })
    })
}

/// The periods each series has data for, for the hints of missing cells:
/// the place's facts of the metric are gathered once per place, and each
/// series' periods once per series.
struct History<'s> {
    store: &'s FactStore,
    metric: Metric,
    defaults: Defaults,
    by_place: HashMap<Place, Vec<&'s Fact>>,
    by_series: HashMap<SeriesKey, Vec<Period>>,
}

impl<'s> History<'s> {
    fn new(store: &'s FactStore, metric: Metric, defaults: Defaults) -> Self {
        History {
            store,
            metric,
            defaults,
            by_place: HashMap::new(),
            by_series: HashMap::new(),
        }
    }

    /// Up to two periods of the series with data, nearest to `p` first.
    fn nearest(&mut self, key: &SeriesKey, p: &Period) -> Vec<Period> {
        if !self.by_series.contains_key(key) {
            let (store, metric, defaults) = (self.store, self.metric, self.defaults);
            let facts = self.by_place.entry(key.place.clone()).or_insert_with(|| {
                let place_list = key
                    .place
                    .members()
                    .iter()
                    .map(|m| store.with_metric_at(metric, *m))
                    .min_by_key(|l| l.len())
                    .unwrap_or(&[]);
                place_list
                    .iter()
                    .map(|&ix| store.fact(ix))
                    .filter(|f| f.place == key.place && defaults.admits(f))
                    .collect()
            });
            let mut periods: Vec<Period> = facts
                .iter()
                .filter(|f| {
                    f.flow == key.flow
                        && f.scope == key.scope
                        && f.unit == key.unit
                        && f.commodity.as_deref().map(commodity_key) == key.commodity
                })
                .filter_map(|f| f.period)
                .collect();
            periods.sort();
            periods.dedup();
            self.by_series.insert(key.clone(), periods);
        }
        let mut periods = self.by_series[key].clone();
        periods.sort_by_key(|q| (q.distance(p), *q));
        periods.truncate(2);
        periods
    }
}

fn compare_row<'s>(series: SeriesKey, cells: Vec<Cell<'s>>, periods: &[Period]) -> CompareRow<'s> {
    let (first, last) = (&cells[0], &cells[cells.len() - 1]);
    let reported: Vec<(FactId, crate::model::Change)> = match last {
        Cell::Facts { hits } => hits
            .iter()
            .filter_map(|h| Some((h.fact.id.clone(), h.fact.change?)))
            .collect(),
        _ => Vec::new(),
    };
    let ends = first.single().zip(last.single());
    let abs_change = ends.map(|(a, b)| b.sub(&a));
    let pct_change = ends.and_then(|(a, b)| b.pct_change_from(&a));
    let one_year_apart = match (periods.first(), periods.last()) {
        (Some(a), Some(b)) => b
            .shift_years(-1)
            .is_some_and(|s| s.distance(a) <= NEAR_DAYS),
        _ => false,
    };
    let yoy_pcts: Vec<f64> = reported
        .iter()
        .filter_map(|(_, c)| match (c.amount, c.vs) {
            (ChangeAmount::Pct(p), Versus::Yoy) => Some(p),
            _ => None,
        })
        .collect();
    let agreement = if reported.is_empty() {
        Agreement::NotComparable(NotComparable::NoReportedChange)
    } else if yoy_pcts.is_empty() {
        Agreement::NotComparable(NotComparable::ReportedNotYoyPct)
    } else if !one_year_apart {
        Agreement::NotComparable(NotComparable::NotOneYearApart)
    } else if matches!(first, Cell::Derived { .. }) {
        Agreement::NotComparable(NotComparable::BaseDerived)
    } else {
        match pct_change {
            None => Agreement::NotComparable(NotComparable::NoSingleValue),
            Some(pct) if yoy_pcts.iter().all(|r| pct.admits_pct(*r)) => Agreement::Agrees,
            Some(_) => Agreement::Differs,
        }
    };
    CompareRow {
        series,
        cells,
        abs_change,
        pct_change,
        reported,
        agreement,
    }
}

// --------------------------------------------------------------------- rank

/// Refuses a selection whose units cannot be set side by side.
fn one_unit(hits: &[Hit], span: Span) -> Result<Option<Unit>, EvalError> {
    let mut units: Vec<Unit> = hits.iter().map(|h| h.fact.unit).collect();
    units.sort();
    units.dedup();
    match units.as_slice() {
        [] => Ok(None),
        [u] => Ok(Some(*u)),
        [a, b, ..] => {
            let rate = units.iter().find(|u| u.is_rate());
            let other = units.iter().find(|u| !u.is_rate());
            match (rate, other) {
                (Some(r), Some(o)) => Err(EvalError::RateWithCount {
                    rate: *r,
                    other: *o,
                    span: src(span),
                }),
                _ => Err(EvalError::MixedUnits {
                    a: *a,
                    b: *b,
                    span: src(span),
                }),
            }
        }
    }
}

/// The figure a group of facts for one place stands for: their value when
/// they agree, otherwise an interval spanning all of them (qualifier
/// `About`), so a conflict widens the total instead of being resolved.
fn spanning(hits: &[Hit]) -> Figure {
    let first = hits[0].figure;
    if hits.iter().all(|h| same_figure(&h.figure, &first)) {
        return first;
    }
    let low = hits
        .iter()
        .map(|h| h.figure.low)
        .fold(f64::INFINITY, f64::min);
    let high = hits
        .iter()
        .map(|h| h.figure.high)
        .fold(f64::NEG_INFINITY, f64::max);
    let value = hits.iter().map(|h| h.figure.value).sum::<f64>() / hits.len() as f64;
    Figure::computed(value, low, high, hits.iter().any(|h| h.figure.estimate))
}

/// Whether every member of `inner` lies within some member of `outer`.
fn within_all(inner: &Place, outer: &Place) -> bool {
    let g = Gazetteer::builtin();
    inner
        .members()
        .iter()
        .all(|m| outer.members().iter().any(|o| g.is_within(*m, *o)))
}

/// Whether `outer` strictly contains `inner`, so that adding both would
/// count `inner` twice.
fn covered(inner: &Place, outer: &Place) -> bool {
    within_all(inner, outer) && !within_all(outer, inner)
}

/// The members of a place in a fixed order: `A + B` and `B + A` are one
/// entry of a ranking.
fn place_key(p: &Place) -> Vec<PlaceId> {
    let mut m = p.members().to_vec();
    m.sort();
    m
}

fn rank<'s>(r: &Rank, store: &'s FactStore) -> Result<Ranking<'s>, EvalError> {
    let defaults = Defaults::analytic(&r.metric, &r.conditions, true);
    let hits = select(store, &[r.metric], &r.conditions, defaults);
    let unit = one_unit(&hits, r.metric.span)?;
    let nearest = if hits.is_empty() {
        nearest_without_period(store, &[r.metric], &r.conditions, defaults)
    } else {
        Vec::new()
    };
    let mut by_place: BTreeMap<Vec<PlaceId>, Vec<Hit<'_>>> = BTreeMap::new();
    for h in hits {
        by_place
            .entry(place_key(&h.fact.place))
            .or_default()
            .push(h);
    }
    let places: Vec<Place> = by_place
        .values()
        .map(|hits| hits[0].fact.place.clone())
        .collect();
    let mut entries: Vec<RankEntry<'_>> = by_place
        .into_values()
        .map(|hits| {
            let place = hits[0].fact.place.clone();
            let counted_in = places.iter().find(|o| covered(&place, o)).cloned();
            RankEntry {
                figure: spanning(&hits),
                place,
                hits,
                share: None,
                counted_in,
            }
        })
        .collect();
    // Figures for nearby cut-offs (1/1–6/7 beside H1) are totalled, as
    // `period=` accepted them; the hits say which were approximate.
    let periods: Vec<Option<Period>> = entries
        .iter()
        .flat_map(|e| e.hits.iter().map(|h| h.fact.period))
        .collect();
    let same_period = periods.windows(2).all(|w| match (w[0], w[1]) {
        (Some(a), Some(b)) => a.distance(&b) <= NEAR_DAYS,
        (None, None) => true,
        _ => false,
    });
    let total = if entries.is_empty() {
        Err(NoTotal::Empty)
    } else if !same_period {
        Err(NoTotal::PeriodsDiffer)
    } else {
        // Strict containment has no cycles, so some entry is uncovered.
        entries
            .iter()
            .filter(|e| e.counted_in.is_none())
            .map(|e| e.figure)
            .reduce(|a, b| a.add(&b))
            .ok_or(NoTotal::Empty)
    };
    if let Ok(t) = &total {
        for e in &mut entries {
            e.share = e.figure.ratio(t).map(|r| r.scale_shift(100.0, 0.0));
        }
    }
    entries.sort_by(|a, b| {
        b.figure
            .value
            .partial_cmp(&a.figure.value)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.place.cmp(&b.place))
    });
    if let Some(n) = r.top {
        entries.truncate(n);
    }
    Ok(Ranking {
        metric: r.metric.metric,
        flow: r.metric.flow.or(defaults.flow).unwrap_or(Flow::Total),
        unit,
        entries,
        total,
        nearest,
    })
}

// -------------------------------------------------------------------- trend

fn trend<'s>(t: &Trend, store: &'s FactStore, span: Span) -> Result<TrendAnswer<'s>, EvalError> {
    let place = t
        .conditions
        .iter()
        .find_map(|c| match (&c.field, &c.test) {
            (Field::Place, Test::Cmp(CmpOp::Eq, Operand::Place(id))) => Some(*id),
            _ => None,
        })
        .ok_or(EvalError::TrendNeedsPlace { span: src(span) })?;
    let defaults = Defaults::analytic(&t.metric, &t.conditions, false);
    let hits = select(store, &[t.metric], &t.conditions, defaults);
    let mut series: BTreeMap<
        SeriesKey,
        BTreeMap<(chrono::NaiveDate, chrono::NaiveDate), Vec<Hit<'_>>>,
    > = BTreeMap::new();
    for h in hits {
        let Some(p) = h.fact.period else { continue };
        series
            .entry(SeriesKey::of(h.fact))
            .or_default()
            .entry((p.to, p.from))
            .or_default()
            .push(h);
    }
    let series = series
        .into_iter()
        .map(|(key, points)| TrendSeries {
            series: key,
            points: points
                .into_iter()
                .map(|((to, from), hits)| TrendPoint {
                    period: Period { from, to },
                    hits,
                })
                .collect(),
        })
        .collect();
    Ok(TrendAnswer {
        place: Place::single(place),
        metric: t.metric.metric,
        series,
    })
}

// ------------------------------------------------------------ source, list

fn source<'s>(id: &str, store: &'s FactStore, span: Span) -> Result<SourceAnswer<'s>, EvalError> {
    let Some(f) = store.get(id) else {
        let close = store
            .facts()
            .map(|f| (strsim::levenshtein(&f.id.0, id), &f.id))
            .filter(|(d, _)| *d <= 2)
            .min_by_key(|(d, _)| *d);
        return Err(EvalError::UnknownFact {
            id: id.to_string(),
            span: src(span),
            help: Some(match close {
                Some((_, near)) => format!("did you mean `{near}`?"),
                None => "`show` lists facts with their ids (e.g. `000:3`)".to_string(),
            }),
        });
    };
    let (sentence, highlight) = match &f.quote {
        Some(q) => {
            let text = q.text.to_string();
            let start = f.span.start.checked_sub(q.start);
            let end = f.span.end.checked_sub(q.start);
            let hl = start.zip(end).filter(|(s, e)| {
                s <= e && *e <= text.len() && text.is_char_boundary(*s) && text.is_char_boundary(*e)
            });
            (Some(text), hl)
        }
        None => (None, None),
    };
    Ok(SourceAnswer {
        fact: f,
        sentence,
        highlight,
    })
}

fn list(t: ListTarget, store: &FactStore) -> Listing {
    let g = Gazetteer::builtin();
    let (target, rows) = match t {
        ListTarget::Metrics => (
            "metrics",
            Metric::ALL
                .iter()
                .map(|m| ListRow {
                    name: m.as_str().to_string(),
                    detail: format!("{} ({})", m.label(), m.english()),
                    facts: store.with_metric(*m).len(),
                })
                .collect(),
        ),
        ListTarget::Places => (
            "places",
            g.iter()
                .map(|(id, info)| ListRow {
                    name: info.name.clone(),
                    detail: place_detail(id),
                    facts: store.at_place(id).len(),
                })
                .collect(),
        ),
        ListTarget::Periods => (
            "periods",
            store
                .periods()
                .map(|(p, ixs)| ListRow {
                    name: p.label(),
                    detail: format!("{} – {}", p.from, p.to),
                    facts: ixs.len(),
                })
                .collect(),
        ),
        ListTarget::Docs => (
            "docs",
            store
                .docs()
                .map(|(d, ixs)| ListRow {
                    name: d.to_string(),
                    detail: String::new(),
                    facts: ixs.len(),
                })
                .collect(),
        ),
        ListTarget::Commodities => {
            let mut counts: BTreeMap<String, (String, usize)> = BTreeMap::new();
            for f in store.facts() {
                if let Some(c) = &f.commodity {
                    counts.entry(commodity_key(c)).or_insert((c.clone(), 0)).1 += 1;
                }
            }
            (
                "commodities",
                counts
                    .into_values()
                    .map(|(name, n)| ListRow {
                        name,
                        detail: String::new(),
                        facts: n,
                    })
                    .collect(),
            )
        }
    };
    Listing { target, rows }
}

fn place_detail(id: PlaceId) -> String {
    let g = Gazetteer::builtin();
    let info = g.get(id);
    match info.parent {
        Some(p) => format!("{} in {}", info.kind.as_str(), g.get(p).name),
        None => info.kind.as_str().to_string(),
    }
}

fn explain(term: &str, span: Span) -> Result<TextAnswer, EvalError> {
    match glossary::lookup(term) {
        Ok(e) => Ok(TextAnswer {
            heading: e.title.to_string(),
            body: e.text.to_string(),
        }),
        Err(suggestions) => Err(EvalError::UnknownTerm {
            term: term.to_string(),
            span: src(span),
            help: Some(if suggestions.is_empty() {
                "`list metrics` and `help explain` show what can be explained".to_string()
            } else {
                format!("did you mean {}?", quoted_list(&suggestions))
            }),
        }),
    }
}

/// `a`, `b` or `c`.
fn quoted_list(items: &[&str]) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match q.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
pub(crate) mod testkit;

#[cfg(test)]
mod tests;
