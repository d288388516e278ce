//! Name resolution and typing: [`ast`] → [`checked`](crate::query::checked).
//!
//! Every word becomes a value of the program's own types (a `Metric`, a
//! `PlaceId`, a `Period`…) or an error pointing at it, with the closest
//! known name. All errors of a statement are collected, not only the first.
//! The rules the statements impose (a `compare` needs two periods, a `rank`
//! one, a `trend` one place) are checked here too, so that the evaluator
//! never meets a statement it cannot answer for reasons of form.

use std::collections::HashSet;

use crate::model::{Flow, Kind, Metric, Scope, Span, Unit};
use crate::period::{self, Period};
use crate::places::Gazetteer;
use crate::query::ast::{self, Op, Verb};
use crate::query::checked::Checked;
use crate::query::checked::{
    CmpOp, Compare, Condition, Direction, Field, ListTarget, MetricSel, NumberStyle, Operand,
    OrderField, OutputFormat, Rank, Setting, Show, Statement, Test, Trend,
};
use crate::query::error::{NameKind, QueryError, QueryErrors};
use crate::query::parse::parse_source;
use crate::store::FactStore;
use crate::text::{fold, normalize};

/// Parses and checks every statement of `source`. Each item is one
/// statement: its span in `source` and either the checked statement or the
/// diagnostics for it (several when the parser recovered, or when several
/// names are unknown). Statements after a bad one are still returned.
pub fn check_source(source: &str, store: &FactStore) -> Vec<(Span, Result<Checked, QueryErrors>)> {
    parse_source(source)
        .into_iter()
        .map(|(span, parsed)| {
            let mut errors = parsed.errors;
            let checked = parsed.statement.and_then(|s| {
                let mut cx = Checker {
                    store,
                    errors: Vec::new(),
                    partial: !errors.is_empty(),
                };
                let c = cx.statement(&s);
                errors.extend(cx.errors);
                c
            });
            let result = match (QueryErrors::new(errors), checked) {
                (Some(errs), _) => Err(errs),
                (None, Some(c)) => Ok(c),
                // The parser reports every statement it could not read.
                (None, None) => {
                    Err(
                        QueryErrors::new(vec![QueryError::syntax(span, "not a statement", "here")])
                            .expect("one error"),
                    )
                }
            };
            (span, result)
        })
        .collect()
}

/// Metric names the language accepts, with the metric and flow each means:
/// the spec's names, the English aliases, and `xuat_khau` / `nhap_khau`
/// (with `exports` / `imports`) for trade in one direction.
pub fn metric_names() -> Vec<(&'static str, Metric, Option<Flow>)> {
    let mut v: Vec<(&'static str, Metric, Option<Flow>)> = Vec::new();
    for &m in Metric::ALL {
        v.push((m.as_str(), m, None));
        v.push((m.english(), m, None));
    }
    v.push(("xuat_khau", Metric::KimNgach, Some(Flow::Export)));
    v.push(("nhap_khau", Metric::KimNgach, Some(Flow::Import)));
    v.push(("exports", Metric::KimNgach, Some(Flow::Export)));
    v.push(("imports", Metric::KimNgach, Some(Flow::Import)));
    v
}

/// The key names are compared by: folded, spaces as `_` (so `kim ngạch` is
/// `kim_ngach`).
fn key(word: &str) -> String {
    fold(word).replace(' ', "_")
}

/// A metric name or alias, fold-insensitively.
pub fn resolve_metric(word: &str) -> Option<(Metric, Option<Flow>)> {
    let k = key(word);
    metric_names()
        .into_iter()
        .find(|(n, _, _)| *n == k)
        .map(|(_, m, f)| (m, f))
}

/// Field names (with `gate` for `place`).
pub const FIELDS: [(&str, Field); 14] = [
    ("place", Field::Place),
    ("gate", Field::Place),
    ("province", Field::Province),
    ("period", Field::Period),
    ("year", Field::Year),
    ("metric", Field::Metric),
    ("flow", Field::Flow),
    ("scope", Field::Scope),
    ("commodity", Field::Commodity),
    ("doc", Field::Doc),
    ("kind", Field::Kind),
    ("unit", Field::Unit),
    ("value", Field::Value),
    ("change", Field::Change),
];

pub fn resolve_field(word: &str) -> Option<Field> {
    let k = key(word);
    FIELDS.iter().find(|(n, _)| *n == k).map(|(_, f)| *f)
}

/// The fields `order by` accepts.
pub const ORDER_FIELDS: [(&str, OrderField); 6] = [
    ("value", OrderField::Value),
    ("period", OrderField::Period),
    ("place", OrderField::Place),
    ("gate", OrderField::Place),
    ("change", OrderField::Change),
    ("id", OrderField::Id),
];

pub const LIST_TARGETS: [(&str, ListTarget); 5] = [
    ("metrics", ListTarget::Metrics),
    ("places", ListTarget::Places),
    ("periods", ListTarget::Periods),
    ("docs", ListTarget::Docs),
    ("commodities", ListTarget::Commodities),
];

pub const FORMATS: [(&str, OutputFormat); 4] = [
    ("table", OutputFormat::Table),
    ("csv", OutputFormat::Csv),
    ("json", OutputFormat::Json),
    ("markdown", OutputFormat::Markdown),
];

pub const NUMBER_STYLES: [(&str, NumberStyle); 2] =
    [("vi", NumberStyle::Vi), ("en", NumberStyle::En)];

/// Flow words: the spec's, and the Vietnamese ones.
pub const FLOWS: [(&str, Flow); 5] = [
    ("total", Flow::Total),
    ("export", Flow::Export),
    ("import", Flow::Import),
    ("xuat_khau", Flow::Export),
    ("nhap_khau", Flow::Import),
];

pub const SCOPES: [(&str, Option<Scope>); 3] = [
    ("to_khai", Some(Scope::ToKhai)),
    ("co_thue", Some(Scope::CoThue)),
    ("none", None),
];

/// Finds `word` in a table of names, fold-insensitively.
fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    let k = key(word);
    table.iter().find(|(n, _)| key(n) == k).map(|(_, t)| *t)
}

fn names<'t, T>(table: &'t [(&'static str, T)]) -> impl Iterator<Item = &'static str> + 't {
    table.iter().map(|(n, _)| *n)
}

/// Canonical place names, for did-you-mean.
fn place_names() -> impl Iterator<Item = &'static str> {
    Gazetteer::builtin().iter().map(|(_, p)| p.name.as_str())
}

/// The commodities facts in `store` name, in order of first mention,
/// deduplicated by folded form. Each distinct spelling is folded once, so a
/// large store costs one pass of hashing.
pub fn commodities(store: &FactStore) -> Vec<String> {
    let mut spellings: HashSet<&str> = HashSet::new();
    let mut folded: HashSet<String> = HashSet::new();
    let mut out = Vec::new();
    for c in store.facts().filter_map(|f| f.commodity.as_deref()) {
        if spellings.insert(c) && folded.insert(fold(c)) {
            out.push(c.to_string());
        }
    }
    out
}

/// What kind of operand a field takes, for messages.
fn expects(field: Field) -> &'static str {
    match field {
        Field::Place | Field::Province => "a place name such as `Móng Cái`",
        Field::Period => "a period such as `H1 2025`",
        Field::Year => "a year such as `2025`",
        Field::Metric => "a metric such as `kim_ngach`",
        Field::Flow => "`total`, `export` or `import`",
        Field::Scope => "`to_khai`, `co_thue` or `none`",
        Field::Commodity => "a commodity name",
        Field::Doc => "a document id",
        Field::Kind => "`actual`, `target`, `forecast` or `peak`",
        Field::Unit => "a unit such as `USD` or `tấn`",
        Field::Value => "a number with an optional unit, such as `1 tỷ USD`",
        Field::Change => "a percentage such as `30` or `-5%`",
    }
}

/// Whether `<`, `<=`, `>`, `>=` make sense on the field.
fn ordered(field: Field) -> bool {
    matches!(field, Field::Year | Field::Value | Field::Change)
}

struct Checker<'s> {
    store: &'s FactStore,
    errors: Vec<QueryError>,
    /// The parser had to drop part of the statement.
    partial: bool,
}

impl Checker<'_> {
    fn statement(&mut self, s: &ast::Statement) -> Option<Checked> {
        let statement = match &s.kind {
            ast::StatementKind::Query(q) => self.query(q)?,
            ast::StatementKind::Source(w) => {
                if self.store.get(&w.text).is_none() {
                    // A mistyped id ("000:1O") is offered the ids of its
                    // document close to it (not all ids: a large store has
                    // millions); with none close, where ids are to be found.
                    let doc = w.text.rsplit_once(':').map_or("", |(d, _)| d);
                    let ids = self
                        .store
                        .facts()
                        .map(|f| f.id.0.as_str())
                        .filter(|id| id.rsplit_once(':').is_some_and(|(d, _)| d == doc));
                    let error = QueryError::unknown(NameKind::Fact, &w.text, w.span, ids);
                    self.errors.push(match error.help_text() {
                        Some(_) => error,
                        None => error.with_help("fact ids are shown by `show`, e.g. `000:17`"),
                    });
                    return None;
                }
                Statement::Source(w.text.clone())
            }
            ast::StatementKind::List(w) => {
                Statement::List(self.word(NameKind::ListTarget, &LIST_TARGETS, w)?)
            }
            ast::StatementKind::Explain(w) => Statement::Explain(w.text.clone()),
            ast::StatementKind::Help(None) => Statement::Help(None),
            ast::StatementKind::Help(Some(w)) => {
                let k = key(&w.text);
                if !ast::STATEMENT_KEYWORDS.contains(&k.as_str()) {
                    self.errors.push(QueryError::unknown(
                        NameKind::HelpTopic,
                        &w.text,
                        w.span,
                        ast::STATEMENT_KEYWORDS,
                    ));
                    return None;
                }
                Statement::Help(Some(k))
            }
            ast::StatementKind::Set { name, value } => {
                let setting = match key(&name.text).as_str() {
                    "format" => Setting::Format(self.word(NameKind::Format, &FORMATS, value)?),
                    "numbers" => {
                        Setting::Numbers(self.word(NameKind::NumberStyle, &NUMBER_STYLES, value)?)
                    }
                    _ => {
                        self.errors.push(QueryError::unknown(
                            NameKind::Setting,
                            &name.text,
                            name.span,
                            ["format", "numbers"],
                        ));
                        return None;
                    }
                };
                Statement::Set(setting)
            }
        };
        Some(Checked {
            statement,
            span: s.span,
        })
    }

    /// A word from a closed table, or an unknown-name error.
    fn word<T: Copy>(
        &mut self,
        kind: NameKind,
        table: &[(&'static str, T)],
        w: &ast::Word,
    ) -> Option<T> {
        self.closed(kind, table, &w.text, w.span)
    }

    /// A metric name or alias, or an unknown-metric error.
    fn metric(&mut self, text: &str, span: Span) -> Option<MetricSel> {
        match resolve_metric(text) {
            Some((metric, flow)) => Some(MetricSel { metric, flow, span }),
            None => {
                let known = metric_names();
                self.errors.push(QueryError::unknown(
                    NameKind::Metric,
                    text,
                    span,
                    known.iter().map(|(n, _, _)| *n),
                ));
                None
            }
        }
    }

    fn query(&mut self, q: &ast::Query) -> Option<Statement> {
        let errors_before = self.errors.len();
        let metrics: Vec<MetricSel> = q
            .metrics
            .iter()
            .filter_map(|w| self.metric(&w.text, w.span))
            .collect();
        let mut conditions: Vec<Condition> = Vec::new();
        for c in &q.conditions {
            if let Some(c) = self.condition(c) {
                conditions.push(c);
            }
        }
        let verb = q.verb.as_str();
        if q.verb != Verb::Show && q.verb != Verb::Check && q.metrics.len() > 1 {
            let span = Span::new(
                q.metrics[1].span.start,
                q.metrics[q.metrics.len() - 1].span.end,
            );
            self.errors.push(
                QueryError::statement(span, format!("`{verb}` takes one metric"), "one too many")
                    .with_help("`show` lists several metrics at once"),
            );
        }
        if let Some(o) = &q.order {
            if q.verb != Verb::Show {
                self.errors.push(
                    QueryError::statement(
                        o.span,
                        format!("`{verb}` has no `order by`"),
                        "not here",
                    )
                    .with_help("`order by` belongs to `show`"),
                );
            }
        }
        if let Some(c) = q.limit {
            if q.verb != Verb::Show {
                let help = if q.verb == Verb::Rank {
                    "`rank` takes `top N`"
                } else {
                    "`limit` belongs to `show`"
                };
                self.errors.push(
                    QueryError::statement(c.span, format!("`{verb}` has no `limit`"), "not here")
                        .with_help(help),
                );
            }
        }
        if let Some(c) = q.top {
            if q.verb != Verb::Rank {
                let help = if q.verb == Verb::Show {
                    "`show` takes `limit N`"
                } else {
                    "`top` belongs to `rank`"
                };
                self.errors.push(
                    QueryError::statement(c.span, format!("`{verb}` has no `top`"), "not here")
                        .with_help(help),
                );
            }
        }
        let order = match &q.order {
            Some(o) if q.verb == Verb::Show => {
                let field = self.word(NameKind::OrderField, &ORDER_FIELDS, &o.field);
                let dir = match &o.direction {
                    Some(d) if key(&d.text) == "desc" => Direction::Desc,
                    _ => Direction::Asc,
                };
                field.map(|f| (f, dir))
            }
            _ => None,
        };
        // The statement's rules are judged on whole conditions only: with one
        // dropped (by the parser or above) they would report what is missing
        // because of an error already reported.
        let all_conditions = !self.partial && conditions.len() == q.conditions.len();
        if self.errors.len() > errors_before || (metrics.is_empty() && q.verb != Verb::Check) {
            if all_conditions {
                self.needs(q, &conditions);
            }
            return None;
        }
        if !all_conditions {
            return None;
        }
        self.needs(q, &conditions)?;
        Some(match q.verb {
            Verb::Show => Statement::Show(Show {
                metrics,
                conditions,
                order,
                limit: q.limit.map(|c| c.n),
            }),
            Verb::Compare => {
                let (periods, periods_span, conditions) = take_periods(conditions)?;
                Statement::Compare(Compare {
                    metric: metrics[0],
                    conditions,
                    periods,
                    periods_span,
                })
            }
            Verb::Rank => Statement::Rank(Rank {
                metric: metrics[0],
                conditions,
                top: q.top.map(|c| c.n),
            }),
            Verb::Trend => Statement::Trend(Trend {
                metric: metrics[0],
                conditions,
            }),
            Verb::Check => Statement::Check(conditions),
        })
    }

    /// The rules a statement's conditions must satisfy; records what is
    /// missing. `None` when something is.
    fn needs(&mut self, q: &ast::Query, conditions: &[Condition]) -> Option<()> {
        let anchor = q.verb_span;
        let period_conds: Vec<&Condition> = conditions
            .iter()
            .filter(|c| c.field == Field::Period)
            .collect();
        match q.verb {
            Verb::Compare => match take_periods(conditions.to_vec()) {
                Some(_) => Some(()),
                None => {
                    let span = period_conds.first().map_or(anchor, |c| c.span);
                    self.errors.push(
                        QueryError::statement(
                            span,
                            "`compare` needs at least two periods",
                            if period_conds.is_empty() {
                                "no periods given"
                            } else {
                                "one period"
                            },
                        )
                        .with_help(
                            "give a series, `period=H1 2024..2025` or `period=Q1 2024..Q4 2024`, \
                             or a list, `period in (H1 2024, H1 2025)`",
                        ),
                    );
                    None
                }
            },
            Verb::Rank => {
                let one_period = conditions.iter().any(|c| {
                    matches!(
                        (&c.field, &c.test),
                        (Field::Period, Test::Cmp(CmpOp::Eq, _) | Test::Within(_))
                            | (Field::Year, Test::Cmp(CmpOp::Eq, _))
                    )
                });
                if one_period {
                    return Some(());
                }
                let span = period_conds.first().map_or(anchor, |c| c.span);
                self.errors.push(
                    QueryError::statement(
                        span,
                        "`rank` needs one period",
                        "places are ranked within one period",
                    )
                    .with_help("add `where period=H1 2025` (or `year=2024`)"),
                );
                None
            }
            Verb::Trend => {
                let places: Vec<&Condition> = conditions
                    .iter()
                    .filter(|c| matches!(c.field, Field::Place | Field::Province))
                    .collect();
                let one = places.len() == 1
                    && matches!(places[0].test, Test::Cmp(CmpOp::Eq, Operand::Place(_)));
                if one {
                    return Some(());
                }
                let span = places.first().map_or(anchor, |c| c.span);
                self.errors.push(
                    QueryError::statement(
                        span,
                        "`trend` follows one place",
                        if places.is_empty() {
                            "no place given"
                        } else {
                            "not one place"
                        },
                    )
                    .with_help(
                        "add `where place=\"Móng Cái\"`; to set several places side by side use \
                         `compare`",
                    ),
                );
                None
            }
            Verb::Show | Verb::Check => Some(()),
        }
    }

    fn condition(&mut self, c: &ast::Condition) -> Option<Condition> {
        let Some(field) = resolve_field(&c.field.text) else {
            let mut e =
                QueryError::unknown(NameKind::Field, &c.field.text, c.field.span, names(&FIELDS));
            if resolve_metric(&c.field.text).is_some() {
                e = e.with_help(format!(
                    "`{}` is a metric: write it after the statement keyword, or `metric={}`",
                    c.field.text, c.field.text
                ));
            }
            self.errors.push(e);
            return None;
        };
        let fname = c.field.text.to_lowercase();
        let test = match c.op {
            Op::Contains => {
                if !matches!(
                    field,
                    Field::Place | Field::Province | Field::Commodity | Field::Doc
                ) {
                    self.errors.push(
                        QueryError::type_error(
                            c.op_span,
                            format!("`~` does not apply to `{fname}`"),
                            "names only",
                        )
                        .with_help("`~` (contains) tests place, province, commodity and doc"),
                    );
                    return None;
                }
                let v = self.single(c, &fname)?;
                match v.text() {
                    Some(t) => Test::Contains(t.to_string()),
                    None => {
                        self.errors.push(QueryError::type_error(
                            v.span,
                            "`~` takes a text, not a range",
                            "a range",
                        ));
                        return None;
                    }
                }
            }
            Op::Within => {
                if field != Field::Period {
                    self.errors.push(
                        QueryError::type_error(
                            c.op_span,
                            format!("`within` does not apply to `{fname}`"),
                            "periods only",
                        )
                        .with_help("write `period within 2025`"),
                    );
                    return None;
                }
                let v = self.single(c, &fname)?;
                match self.operand(field, &fname, v)?.as_slice() {
                    [Operand::Period(p)] => Test::Within(*p),
                    _ => {
                        self.errors.push(QueryError::type_error(
                            v.span,
                            "`within` takes one period",
                            "a series",
                        ));
                        return None;
                    }
                }
            }
            Op::In | Op::NotIn => {
                let ast::Operand::List(values, _) = &c.operand else {
                    return None;
                };
                let mut ops = Vec::new();
                let mut ok = true;
                for v in values {
                    match self.operand(field, &fname, v) {
                        Some(o) => ops.extend(o),
                        None => ok = false,
                    }
                }
                if !ok {
                    return None;
                }
                if c.op == Op::In {
                    Test::In(ops)
                } else {
                    Test::NotIn(ops)
                }
            }
            Op::Eq | Op::Ne | Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                let cmp = match c.op {
                    Op::Eq => CmpOp::Eq,
                    Op::Ne => CmpOp::Ne,
                    Op::Lt => CmpOp::Lt,
                    Op::Le => CmpOp::Le,
                    Op::Gt => CmpOp::Gt,
                    _ => CmpOp::Ge,
                };
                if !matches!(cmp, CmpOp::Eq | CmpOp::Ne) && !ordered(field) {
                    let help = match field {
                        Field::Period => {
                            "for a time span write `period within 2025` or `year >= 2024`"
                                .to_string()
                        }
                        _ => format!("`{fname}` takes `=`, `!=`, `in (…)`"),
                    };
                    self.errors.push(
                        QueryError::type_error(
                            c.op_span,
                            format!("`{}` does not apply to `{fname}`", c.op.as_str()),
                            "not ordered",
                        )
                        .with_help(help),
                    );
                    return None;
                }
                let v = self.single(c, &fname)?;
                let mut ops = self.operand(field, &fname, v)?;
                match (ops.len(), cmp) {
                    (1, _) => Test::Cmp(cmp, ops.remove(0)),
                    (_, CmpOp::Eq) => Test::In(ops),
                    (_, CmpOp::Ne) => Test::NotIn(ops),
                    _ => {
                        self.errors.push(QueryError::type_error(
                            v.span,
                            format!("`{}` takes one period, not a series", c.op.as_str()),
                            "a series",
                        ));
                        return None;
                    }
                }
            }
        };
        Some(Condition {
            field,
            test,
            span: c.span,
        })
    }

    /// The one value of a condition (the parser gives lists only after `in`).
    fn single<'c>(&mut self, c: &'c ast::Condition, fname: &str) -> Option<&'c ast::Value> {
        match &c.operand {
            ast::Operand::One(v) => Some(v),
            ast::Operand::List(_, span) => {
                self.errors.push(
                    QueryError::type_error(
                        *span,
                        format!("a list after `{fname} {}`", c.op.as_str()),
                        "a list",
                    )
                    .with_help(format!("lists go with `in`: `{fname} in (a, b)`")),
                );
                None
            }
        }
    }

    /// Types one written value for `field`. A period series gives several
    /// operands.
    fn operand(&mut self, field: Field, fname: &str, v: &ast::Value) -> Option<Vec<Operand>> {
        if let ast::ValueKind::Range(lo, hi) = &v.kind {
            if field == Field::Period {
                return self
                    .period_range(v, lo, hi)
                    .map(|ps| ps.into_iter().map(Operand::Period).collect());
            }
            self.errors.push(
                QueryError::type_error(
                    v.span,
                    format!("a range is not {}", expects(field)),
                    "a range",
                )
                .with_help(format!(
                    "ranges (`A..B`) are for periods; for `{fname}` use `>=` and `<=`"
                )),
            );
            return None;
        }
        let text = v.text().unwrap_or_default();
        let quoted = matches!(v.kind, ast::ValueKind::Str(_));
        let mismatch = |this: &mut Self, what: &str| {
            let mut e = QueryError::type_error(
                v.span,
                format!("`{fname}` takes {}, found {what}", expects(field)),
                "wrong type",
            );
            if let Some(hint) = other_field(field, text) {
                e = e.with_help(hint);
            }
            this.errors.push(e);
        };
        let is_plain = !quoted && is_plain_number(text);
        let one = |o: Operand| Some(vec![o]);
        match field {
            Field::Place | Field::Province => {
                if is_plain {
                    mismatch(self, &format!("the number `{text}`"));
                    return None;
                }
                match Gazetteer::builtin().lookup(text) {
                    Some(id) => one(Operand::Place(id)),
                    None => {
                        let mut e =
                            QueryError::unknown(NameKind::Place, text, v.span, place_names());
                        if e.help_text().is_none() {
                            if let Some(hint) = other_field(field, text) {
                                e = e.with_help(hint);
                            }
                        }
                        self.errors.push(e);
                        None
                    }
                }
            }
            Field::Period => {
                if is_plain && !is_year(text) {
                    mismatch(self, &format!("the number `{text}`"));
                    return None;
                }
                self.period(text, v.span).map(|p| vec![Operand::Period(p)])
            }
            Field::Year => {
                if !quoted && is_year(text) {
                    return one(Operand::Year(text.parse().ok()?));
                }
                let mut e = QueryError::type_error(
                    v.span,
                    format!("`year` takes a year such as `2025`, found `{text}`"),
                    "not a year",
                );
                if period::parse(text, None).is_ok() {
                    e = e.with_help(format!("for a part of a year write `period={text}`"));
                }
                self.errors.push(e);
                None
            }
            Field::Metric => self.metric(text, v.span).map(|m| vec![Operand::Metric(m)]),
            Field::Flow => self
                .closed(NameKind::Flow, &FLOWS, text, v.span)
                .map(|f| vec![Operand::Flow(f)]),
            Field::Scope => self
                .closed(NameKind::Scope, &SCOPES, text, v.span)
                .map(|s| vec![Operand::Scope(s)]),
            Field::Kind => {
                let kinds: Vec<(&'static str, Kind)> =
                    Kind::ALL.iter().map(|k| (k.as_str(), *k)).collect();
                self.closed(NameKind::Kind, &kinds, text, v.span)
                    .map(|k| vec![Operand::Kind(k)])
            }
            Field::Unit => {
                let units: Vec<(&'static str, Unit)> =
                    Unit::ALL.iter().map(|u| (u.as_str(), *u)).collect();
                self.closed(NameKind::Unit, &units, text, v.span)
                    .map(|u| vec![Operand::Unit(u)])
            }
            Field::Commodity => {
                let k = fold(text);
                // The first fact that names it ends the search; only an
                // unknown name costs a pass over every fact.
                let found = self
                    .store
                    .facts()
                    .filter_map(|f| f.commodity.as_deref())
                    .find(|c| c.len() >= k.len() && fold(c) == k);
                match found {
                    Some(c) => one(Operand::Text(c.to_string())),
                    None => {
                        let known = commodities(self.store);
                        let mut e = QueryError::unknown(
                            NameKind::Commodity,
                            text,
                            v.span,
                            known.iter().map(String::as_str),
                        );
                        if known.is_empty() {
                            e = e.with_help("no fact names a commodity");
                        }
                        self.errors.push(e);
                        None
                    }
                }
            }
            Field::Doc => {
                let k = fold(text);
                let docs: Vec<&str> = self.store.docs().map(|(d, _)| d).collect();
                let found = docs.iter().find(|d| fold(d) == k).or_else(|| {
                    // A document's three-digit prefix names it, as fact ids do.
                    let mut by_prefix = docs
                        .iter()
                        .filter(|d| d.split('_').next() == Some(k.as_str()));
                    match (by_prefix.next(), by_prefix.next()) {
                        (Some(d), None) => Some(d),
                        _ => None,
                    }
                });
                match found {
                    Some(d) => one(Operand::Text(d.to_string())),
                    None => {
                        self.errors.push(QueryError::unknown(
                            NameKind::Document,
                            text,
                            v.span,
                            docs.iter().copied(),
                        ));
                        None
                    }
                }
            }
            Field::Value => {
                if !looks_numeric(text) {
                    mismatch(self, &format!("`{}`", v));
                    return None;
                }
                let q = self.quantity(text, v.span)?;
                one(Operand::Quantity {
                    value: q.value,
                    unit: q.unit,
                })
            }
            Field::Change => {
                if !looks_numeric(text) {
                    mismatch(self, &format!("`{}`", v));
                    return None;
                }
                let number = text.trim_end_matches('%').trim_end();
                let q = self.quantity(number, v.span)?;
                if q.unit.is_some() {
                    self.errors.push(
                        QueryError::type_error(
                            v.span,
                            "`change` is a percentage and takes no unit",
                            "has a unit",
                        )
                        .with_help("write the percent alone, e.g. `change > 30`"),
                    );
                    return None;
                }
                one(Operand::Number(q.value))
            }
        }
    }

    /// `text` looked up in a closed table, or an unknown-name error.
    fn closed<T: Copy>(
        &mut self,
        kind: NameKind,
        table: &[(&'static str, T)],
        text: &str,
        span: Span,
    ) -> Option<T> {
        let found = lookup(table, text);
        if found.is_none() {
            self.errors
                .push(QueryError::unknown(kind, text, span, names(table)));
        }
        found
    }

    /// Reads a period; the text is NFC-normalised first, as the readers
    /// expect.
    fn period(&mut self, text: &str, span: Span) -> Option<Period> {
        let nfc = normalize(text);
        match period::parse(&nfc, None) {
            Ok(p) => Some(p),
            Err(e) => {
                let span = narrow(span, text, &nfc, e.offset);
                self.errors.push(QueryError::period(span, text, e.message));
                None
            }
        }
    }

    /// `H1 2024..2025` (H1 of each year), `Q1 2024..Q4 2024` (consecutive
    /// quarters), `2023..2025` (years), or a range of days
    /// (`2025-01-01..2025-03-15`, one period).
    fn period_range(
        &mut self,
        whole: &ast::Value,
        lo: &ast::Value,
        hi: &ast::Value,
    ) -> Option<Vec<Period>> {
        let lo_t = lo.text().unwrap_or_default();
        let hi_t = hi.text().unwrap_or_default();
        if is_date(lo_t) {
            return self.period(&whole.to_string(), whole.span).map(|p| vec![p]);
        }
        let first = self.period(lo_t, lo.span)?;
        let Some(mut step) = Step::of(&first) else {
            self.errors.push(
                QueryError::type_error(
                    lo.span,
                    "a series starts at a named period",
                    "not a year, half, quarter, month or `9M`",
                )
                .with_help("e.g. `H1 2024..2025`, `Q1 2024..Q4 2024`, `2023..2025`"),
            );
            return None;
        };
        let last = if is_year(hi_t) && step != Step::Months(12) {
            // `H1 2024..2025`: the same part of each year.
            step = Step::Yearly;
            let y: i32 = hi_t.parse().ok()?;
            match first.shift_years(y - first.year_of()) {
                Some(p) => p,
                None => {
                    self.errors
                        .push(QueryError::period(hi.span, hi_t, "no such period"));
                    return None;
                }
            }
        } else {
            self.period(hi_t, hi.span)?
        };
        if Step::of(&last) != Some(step) && step != Step::Yearly {
            self.errors.push(
                QueryError::type_error(
                    whole.span,
                    "the two ends of a series must be the same kind of period",
                    "mixed",
                )
                .with_help("e.g. `H1 2024..2025`, `Q1 2024..Q4 2024`, `2023..2025`"),
            );
            return None;
        }
        if last.from < first.from {
            self.errors.push(QueryError::type_error(
                whole.span,
                "a series runs forward in time",
                "ends before it starts",
            ));
            return None;
        }
        let mut out = vec![first];
        let mut cur = first;
        while cur.from < last.from {
            let Some(next) = step.next(&cur) else { break };
            if out.len() > 600 {
                self.errors.push(QueryError::type_error(
                    whole.span,
                    "a series of more than 600 periods",
                    "too long",
                ));
                return None;
            }
            out.push(next);
            cur = next;
        }
        if cur != last {
            self.errors.push(QueryError::type_error(
                whole.span,
                format!("the series from {first} does not reach {last}"),
                "does not line up",
            ));
            return None;
        }
        Some(out)
    }

    /// Reads a quantity (NFC-normalised first); an error points at where
    /// the reader stopped when the span is the text as typed.
    fn quantity(&mut self, text: &str, span: Span) -> Option<crate::number::Quantity> {
        let nfc = normalize(text);
        match crate::number::parse_quantity(&nfc) {
            Ok(q) => Some(q),
            Err(e) => {
                self.errors.push(QueryError::number(
                    narrow(span, text, &nfc, e.offset),
                    text,
                    e.message,
                ));
                None
            }
        }
    }
}

/// When `text` is not what `field` takes but is what another field takes,
/// says so: `value > "Móng Cái"` → write `place="Móng Cái"`.
fn other_field(field: Field, text: &str) -> Option<String> {
    let (name, what) = if field != Field::Place && Gazetteer::builtin().lookup(text).is_some() {
        ("place", "a place")
    } else if field != Field::Period && !is_plain_number(text) && period::parse(text, None).is_ok()
    {
        ("period", "a period")
    } else if field != Field::Metric && resolve_metric(text).is_some() {
        ("metric", "a metric")
    } else {
        return None;
    };
    Some(format!("`{text}` is {what}: write `{name}=\"{text}\"`"))
}

/// The part of `span` from where a reader stopped (`offset` into `read`,
/// the normalised `text`) to its end, when the span is the text as typed;
/// otherwise the whole span.
fn narrow(span: Span, text: &str, read: &str, offset: usize) -> Span {
    let as_typed = read == text && span.len() == text.len();
    if as_typed && offset > 0 && offset < text.len() && text.is_char_boundary(offset) {
        Span::new(span.start + offset, span.end)
    } else {
        span
    }
}

/// How a series steps from one period to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Calendar blocks of this many months (1, 3, 6, 12).
    Months(u32),
    /// The same part of the next year (`9M 2024` → `9M 2025`).
    Yearly,
}

impl Step {
    fn of(p: &Period) -> Option<Step> {
        use chrono::Datelike;
        let label = p.label();
        if label.contains("..") {
            return None;
        }
        if label.split(' ').next().is_some_and(|w| w.ends_with('M')) {
            return Some(Step::Yearly);
        }
        let months =
            (p.to.year() - p.from.year()) * 12 + p.to.month() as i32 + 1 - p.from.month() as i32;
        match months {
            1 | 3 | 6 | 12 => Some(Step::Months(months as u32)),
            _ => None,
        }
    }

    fn next(self, p: &Period) -> Option<Period> {
        use chrono::Months;
        match self {
            Step::Yearly => p.shift_years(1),
            Step::Months(n) => {
                let from = p.from.checked_add_months(Months::new(n))?;
                let to = from.checked_add_months(Months::new(n))?.pred_opt()?;
                Period::new(from, to)
            }
        }
    }
}

/// Takes the periods out of a compare's conditions, in the order written:
/// a series or list (`period=H1 2024..2025`, `period in (…)`), or else
/// several `period=` conditions. `None` unless there are at least two.
fn take_periods(conditions: Vec<Condition>) -> Option<(Vec<Period>, Span, Vec<Condition>)> {
    let periods_of = |c: &Condition| -> Option<Vec<Period>> {
        if c.field != Field::Period {
            return None;
        }
        let ops: &[Operand] = match &c.test {
            Test::In(ops) => ops,
            Test::Cmp(CmpOp::Eq, op) => std::slice::from_ref(op),
            _ => return None,
        };
        ops.iter()
            .map(|o| match o {
                Operand::Period(p) => Some(*p),
                _ => None,
            })
            .collect()
    };
    let found: Vec<(usize, Vec<Period>)> = conditions
        .iter()
        .enumerate()
        .filter_map(|(i, c)| periods_of(c).map(|ps| (i, ps)))
        .collect();
    let chosen: Vec<usize> = match found.iter().find(|(_, ps)| ps.len() >= 2) {
        Some((i, _)) => vec![*i],
        None if found.len() >= 2 => found.iter().map(|(i, _)| *i).collect(),
        None => return None,
    };
    let mut periods = Vec::new();
    let mut span: Option<Span> = None;
    let mut rest = Vec::new();
    for (i, c) in conditions.into_iter().enumerate() {
        if chosen.contains(&i) {
            periods.extend(periods_of(&c).unwrap_or_default());
            span = Some(span.map_or(c.span, |s| Span::new(s.start, c.span.end)));
        } else {
            rest.push(c);
        }
    }
    Some((periods, span?, rest))
}

/// Starts like a number: `42`, `-5%`, `1,5 tỷ USD`, `1.5bn`.
fn looks_numeric(text: &str) -> bool {
    text.trim_start_matches(['-', '+', '$'])
        .starts_with(|c: char| c.is_ascii_digit())
}

/// A number and nothing else: `42`, `1.580,5`, `-5%`.
fn is_plain_number(text: &str) -> bool {
    looks_numeric(text)
        && text
            .trim_start_matches(['-', '+'])
            .chars()
            .all(|c| c.is_ascii_digit() || ".,%".contains(c))
}

fn is_year(text: &str) -> bool {
    text.len() == 4 && text.chars().all(|c| c.is_ascii_digit())
}

/// `2025-01-01`.
fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}
