//! Selection: the facts a statement's metrics and conditions admit, found
//! through the store's indexes. Every condition an index answers (metric,
//! place, province, year, period, doc) contributes a sorted candidate list;
//! the lists are intersected smallest first, lists much longer than the
//! running intersection are skipped, and the survivors are tested against
//! every condition.

use std::borrow::Cow;
use std::collections::HashMap;

use super::{Hit, SeriesKey, NEAR_DAYS};
use crate::model::{ChangeAmount, Fact, Flow, Kind, Metric, Period};
use crate::places::Gazetteer;
use crate::query::checked::{CmpOp, Condition, Field, MetricSel, Operand, Test};
use crate::store::{FactIndex, FactStore};
use crate::text::{fold, fold_contains};

/// Restrictions the analytic statements add unless the query speaks about
/// the field itself: `rank kim_ngach` ranks actual totals of all goods, not
/// targets, durian exports and declared-only figures mixed together.
#[derive(Debug, Clone, Copy)]
pub(super) struct Defaults {
    actual_only: bool,
    no_commodity: bool,
    /// The one flow a whole-of-place statement (rank) looks at.
    pub(super) flow: Option<Flow>,
    broad_scope_only: bool,
}

impl Defaults {
    pub(super) const NONE: Defaults = Defaults {
        actual_only: false,
        no_commodity: false,
        flow: None,
        broad_scope_only: false,
    };

    /// Defaults for a statement about `metric` with `conds`; `whole` asks
    /// for one flow and scope (rank), otherwise series keep them apart.
    pub(super) fn analytic(metric: &MetricSel, conds: &[Condition], whole: bool) -> Defaults {
        let mentions = |f: Field| conds.iter().any(|c| c.field == f);
        Defaults {
            actual_only: !mentions(Field::Kind),
            no_commodity: !mentions(Field::Commodity),
            flow: if whole && metric.flow.is_none() && !mentions(Field::Flow) {
                Some(Flow::Total)
            } else {
                None
            },
            broad_scope_only: whole && !mentions(Field::Scope),
        }
    }

    pub(super) fn admits(&self, f: &Fact) -> bool {
        (!self.actual_only || f.kind == Kind::Actual)
            && (!self.no_commodity || f.commodity.is_none())
            && self.flow.is_none_or(|fl| f.flow == fl)
            && (!self.broad_scope_only || f.scope.is_none())
    }
}

/// How a fact's period relates to an asked one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PeriodFit {
    No,
    Exact,
    /// Within [`NEAR_DAYS`]; the distance in days.
    Near(i64),
}

pub(super) fn fit(fact: Option<&Period>, asked: &Period) -> PeriodFit {
    match fact {
        Some(p) if p == asked => PeriodFit::Exact,
        Some(p) => {
            let d = p.distance(asked);
            if d <= NEAR_DAYS {
                PeriodFit::Near(d)
            } else {
                PeriodFit::No
            }
        }
        None => PeriodFit::No,
    }
}

/// Merges ascending index lists into one ascending list without repeats.
pub(super) fn union(lists: &[&[FactIndex]]) -> Vec<FactIndex> {
    if let [one] = lists {
        return one.to_vec();
    }
    let mut out: Vec<FactIndex> = lists.iter().flat_map(|l| l.iter().copied()).collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn doc_matches(doc: &str, asked: &str) -> bool {
    doc == asked
        || doc
            .strip_prefix(asked)
            .is_some_and(|rest| rest.starts_with('_'))
}

/// The store's document ids that `asked` names (whole id or its prefix).
fn docs_named<'s>(store: &'s FactStore, asked: &str) -> Vec<&'s [FactIndex]> {
    store
        .docs()
        .filter(|(d, _)| doc_matches(d, asked))
        .map(|(_, ix)| ix)
        .collect()
}

/// The index lists whose union holds every fact one condition can admit,
/// or `None` when no index answers the condition. With the one metric the
/// statement asks for, a place condition uses the metric-and-place index.
fn index_for<'s>(
    store: &'s FactStore,
    c: &Condition,
    metric: Option<Metric>,
) -> Option<Vec<&'s [FactIndex]>> {
    let one = |o: &Operand| -> Option<Vec<&'s [FactIndex]>> {
        match (c.field, o) {
            (Field::Place, Operand::Place(id)) => Some(vec![match metric {
                Some(m) => store.with_metric_at(m, *id),
                None => store.at_place(*id),
            }]),
            (Field::Province, Operand::Place(id)) => Some(match metric {
                Some(m) => {
                    let g = Gazetteer::builtin();
                    g.iter()
                        .filter(|(p, _)| g.is_within(*p, *id))
                        .map(|(p, _)| store.with_metric_at(m, p))
                        .filter(|l| !l.is_empty())
                        .collect()
                }
                None => vec![store.within_place(*id)],
            }),
            (Field::Year, Operand::Year(y)) => Some(vec![store.in_year(*y)]),
            (Field::Period, Operand::Period(p)) => Some(
                store
                    .periods()
                    .filter(|(q, _)| q.distance(p) <= NEAR_DAYS)
                    .map(|(_, ix)| ix)
                    .collect(),
            ),
            (Field::Metric, Operand::Metric(m)) => Some(vec![store.with_metric(m.metric)]),
            (Field::Doc, Operand::Text(d)) => Some(docs_named(store, d)),
            _ => None,
        }
    };
    let each = |ops: &[Operand]| -> Option<Vec<&'s [FactIndex]>> {
        let mut lists = Vec::new();
        for o in ops {
            lists.extend(one(o)?);
        }
        Some(lists)
    };
    match &c.test {
        Test::Cmp(CmpOp::Eq, o) => each(std::slice::from_ref(o)),
        Test::In(ops) => each(ops),
        Test::Within(p) if c.field == Field::Period => Some(
            store
                .periods()
                .filter(|(q, _)| p.contains(q))
                .map(|(_, ix)| ix)
                .collect(),
        ),
        _ => None,
    }
}

fn cmp_f64(op: CmpOp, a: f64, b: f64) -> bool {
    match op {
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
    }
}

/// The key a commodity's series is grouped by: lowercase, without
/// punctuation (spec), diacritics kept so it can be shown.
pub(super) fn commodity_key(s: &str) -> String {
    crate::text::normalize(s)
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether one operand equals the fact's field; periods answer with a fit.
fn equals(f: &Fact, field: Field, o: &Operand) -> PeriodFit {
    let yes = |b: bool| if b { PeriodFit::Exact } else { PeriodFit::No };
    let g = Gazetteer::builtin();
    match (field, o) {
        (Field::Place, Operand::Place(id)) => yes(f.place.members().contains(id)),
        (Field::Province, Operand::Place(id)) => {
            yes(f.place.members().iter().any(|m| g.is_within(*m, *id)))
        }
        (Field::Period, Operand::Period(p)) => fit(f.period.as_ref(), p),
        (Field::Year, Operand::Year(y)) => yes(f.period.is_some_and(|p| p.year_of() == *y)),
        (Field::Metric, Operand::Metric(m)) => {
            yes(f.metric == m.metric && m.flow.is_none_or(|fl| fl == f.flow))
        }
        (Field::Flow, Operand::Flow(fl)) => yes(f.flow == *fl),
        (Field::Scope, Operand::Scope(s)) => yes(f.scope == *s),
        (Field::Kind, Operand::Kind(k)) => yes(f.kind == *k),
        (Field::Unit, Operand::Unit(u)) => yes(f.unit == *u),
        (Field::Commodity, Operand::Text(t)) => yes(f
            .commodity
            .as_deref()
            .is_some_and(|c| fold(&commodity_key(c)) == fold(&commodity_key(t)))),
        (Field::Doc, Operand::Text(d)) => yes(doc_matches(&f.doc, d)),
        (Field::Value, _) | (Field::Change, _) => yes(ordered(f, field, CmpOp::Eq, o)),
        _ => PeriodFit::No,
    }
}

/// `<`, `<=`, `>`, `>=` (and `=` on numbers).
fn ordered(f: &Fact, field: Field, op: CmpOp, o: &Operand) -> bool {
    match (field, o) {
        (Field::Value, Operand::Quantity { value, unit }) => {
            unit.is_none_or(|u| u == f.unit) && cmp_f64(op, f.value.value, *value)
        }
        (Field::Value, Operand::Number(x)) => cmp_f64(op, f.value.value, *x),
        (Field::Change, Operand::Number(x))
        | (Field::Change, Operand::Quantity { value: x, .. }) => {
            matches!(f.change, Some(c) if matches!(c.amount, ChangeAmount::Pct(p) if cmp_f64(op, p, *x)))
        }
        (Field::Year, Operand::Year(y)) => f
            .period
            .is_some_and(|p| cmp_f64(op, p.year_of() as f64, *y as f64)),
        (Field::Period, Operand::Period(p)) => f.period.is_some_and(|fp| match op {
            CmpOp::Lt => fp.to < p.from,
            CmpOp::Le => fp.to <= p.to,
            CmpOp::Gt => fp.from > p.to,
            CmpOp::Ge => fp.from >= p.from,
            CmpOp::Eq => fp == *p,
            CmpOp::Ne => fp != *p,
        }),
        _ => false,
    }
}

/// The text a `~` condition searches in.
fn haystack(f: &Fact, field: Field) -> Option<String> {
    Some(match field {
        Field::Place | Field::Province => f.place.name(),
        Field::Commodity => f.commodity.clone()?,
        Field::Doc => f.doc.to_string(),
        Field::Metric => format!("{} {}", f.metric.as_str(), f.metric.label()),
        Field::Period => f.period?.label(),
        Field::Flow => f.flow.as_str().to_string(),
        Field::Kind => f.kind.as_str().to_string(),
        Field::Unit => f.unit.as_str().to_string(),
        Field::Scope => f.scope?.as_str().to_string(),
        Field::Year | Field::Value | Field::Change => return None,
    })
}

fn test_fact(f: &Fact, c: &Condition) -> PeriodFit {
    let yes = |b: bool| if b { PeriodFit::Exact } else { PeriodFit::No };
    match &c.test {
        Test::Cmp(CmpOp::Eq, o) => equals(f, c.field, o),
        Test::Cmp(CmpOp::Ne, o) => yes(equals(f, c.field, o) != PeriodFit::Exact),
        Test::Cmp(op, o) => yes(ordered(f, c.field, *op, o)),
        Test::In(ops) => ops
            .iter()
            .map(|o| equals(f, c.field, o))
            .fold(PeriodFit::No, best_fit),
        Test::NotIn(ops) => yes(ops
            .iter()
            .all(|o| equals(f, c.field, o) != PeriodFit::Exact)),
        Test::Contains(s) => yes(haystack(f, c.field).is_some_and(|h| fold_contains(&h, s))),
        Test::Within(p) => yes(f.period.is_some_and(|fp| p.contains(&fp))),
    }
}

fn best_fit(a: PeriodFit, b: PeriodFit) -> PeriodFit {
    match (a, b) {
        (PeriodFit::Exact, _) | (_, PeriodFit::Exact) => PeriodFit::Exact,
        (PeriodFit::Near(x), PeriodFit::Near(y)) => PeriodFit::Near(x.min(y)),
        (PeriodFit::Near(x), PeriodFit::No) | (PeriodFit::No, PeriodFit::Near(x)) => {
            PeriodFit::Near(x)
        }
        (PeriodFit::No, PeriodFit::No) => PeriodFit::No,
    }
}

/// The elements of `acc` found in any of `parts` (all ascending), in one
/// merging pass over each.
fn intersect_any(acc: &[FactIndex], parts: &[&[FactIndex]]) -> Vec<FactIndex> {
    let mut cursors = vec![0usize; parts.len()];
    let total: usize = parts.iter().map(|p| p.len()).sum();
    // One allocation of the largest possible size: growing a large vector
    // step by step costs more than the merge itself.
    let mut out = Vec::with_capacity(acc.len().min(total));
    for &x in acc {
        let found = parts.iter().zip(cursors.iter_mut()).any(|(p, j)| {
            while *j < p.len() && p[*j] < x {
                *j += 1;
            }
            *j < p.len() && p[*j] == x
        });
        if found {
            out.push(x);
        }
    }
    out
}

/// A candidate list this many times longer than the candidates found so far
/// is not intersected: testing each remaining candidate is cheaper. Merging
/// sorted lists costs about a nanosecond an element, testing a candidate a
/// cache miss (~100 ns) for its fact, hence a large factor (measured with
/// `cargo bench --bench query`: 8 was several times slower).
const SKIP_FACTOR: usize = 256;

/// Candidate positions: the intersection of the index lists the query
/// allows, smallest first; all facts when no index applies. Lists much
/// longer than the running intersection are skipped, since every candidate
/// is tested against all conditions afterwards anyway.
fn candidates<'s>(
    store: &'s FactStore,
    metrics: &[MetricSel],
    conds: &[Condition],
) -> Cow<'s, [FactIndex]> {
    let mut lists: Vec<Vec<&[FactIndex]>> = Vec::new();
    if !metrics.is_empty() {
        lists.push(
            metrics
                .iter()
                .map(|m| store.with_metric(m.metric))
                .collect(),
        );
    }
    let metric = match metrics {
        [m] => Some(m.metric),
        _ => None,
    };
    lists.extend(conds.iter().filter_map(|c| index_for(store, c, metric)));
    let size = |parts: &Vec<&[FactIndex]>| parts.iter().map(|p| p.len()).sum::<usize>();
    lists.sort_by_key(size);
    let mut iter = lists.into_iter();
    let Some(first) = iter.next() else {
        return Cow::Owned((0..store.len() as FactIndex).collect());
    };
    let mut acc: Cow<[FactIndex]> = match first.as_slice() {
        [one] => Cow::Borrowed(*one),
        _ => Cow::Owned(union(&first)),
    };
    for parts in iter {
        if acc.is_empty() || size(&parts) > SKIP_FACTOR * acc.len() {
            break; // sorted by size: the rest are longer still
        }
        acc = Cow::Owned(intersect_any(&acc, &parts));
    }
    acc
}

/// The facts the metrics and conditions select. A fact whose period only
/// nearly fits a `period=` condition is kept only when its series has no
/// exactly fitting fact.
pub(super) fn select<'s>(
    store: &'s FactStore,
    metrics: &[MetricSel],
    conds: &[Condition],
    defaults: Defaults,
) -> Vec<Hit<'s>> {
    let candidates = candidates(store, metrics, conds);
    let mut hits: Vec<(FactIndex, Option<i64>)> = Vec::with_capacity(candidates.len());
    for &ix in candidates.iter() {
        let f = store.fact(ix);
        if !defaults.admits(f) {
            continue;
        }
        if !metrics.is_empty()
            && !metrics
                .iter()
                .any(|m| m.metric == f.metric && m.flow.is_none_or(|fl| fl == f.flow))
        {
            continue;
        }
        let mut off = None;
        let mut ok = true;
        for c in conds {
            match test_fact(f, c) {
                PeriodFit::No => {
                    ok = false;
                    break;
                }
                PeriodFit::Exact => {}
                PeriodFit::Near(d) => off = Some(off.map_or(d, |o: i64| o.max(d))),
            }
        }
        if ok {
            hits.push((ix, off));
        }
    }
    if hits.iter().any(|(_, off)| off.is_some()) {
        // A near fact competes with an exact one of its series only when
        // both answer the same asked period, i.e. lie close together.
        let mut exact: HashMap<SeriesKey, Vec<Period>> = HashMap::new();
        for (ix, off) in &hits {
            let f = store.fact(*ix);
            if let (None, Some(p)) = (off, f.period) {
                exact.entry(SeriesKey::of(f)).or_default().push(p);
            }
        }
        hits.retain(|(ix, off)| {
            let f = store.fact(*ix);
            off.is_none()
                || !exact.get(&SeriesKey::of(f)).is_some_and(|ps| {
                    ps.iter()
                        .any(|p| f.period.is_some_and(|q| q.distance(p) <= 2 * NEAR_DAYS))
                })
        });
    }
    hits.into_iter()
        .map(|(ix, off)| Hit::new(store.fact(ix), off))
        .collect()
}
