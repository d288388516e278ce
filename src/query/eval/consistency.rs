//! `check`: consistency findings over the selected facts. Every finding
//! names the facts it is about, so the analyst can `source` each one.
//!
//! Figures are compared through their intervals ([`Figure::may_equal`]), so
//! "hơn 1,58 tỷ" and "1,6 tỷ" do not count as a disagreement, and printed
//! rounding is allowed for.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::{Figure, Hit, NEAR_DAYS};
use crate::model::{
    ChangeAmount, Fact, FactId, Flow, Kind, Metric, Period, Place, Scope, Unit, Versus,
};
use crate::places::Gazetteer;

/// What one check found wrong.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "finding", rename_all = "snake_case")]
pub enum Finding {
    /// Exports plus imports do not match the reported total. A total above
    /// the sum usually means other regimes (transit, TNTX) are in it.
    FlowSum {
        place: Place,
        metric: Metric,
        period: Option<Period>,
        unit: Unit,
        export: FactId,
        import: FactId,
        total: FactId,
        sum: Figure,
        total_value: Figure,
    },
    /// The parts of a place do not fit its whole: the members of a joint
    /// place against the joint figure (should be equal), or places inside
    /// another against it (should not exceed it).
    PartsWhole {
        whole_place: Place,
        metric: Metric,
        flow: Flow,
        period: Option<Period>,
        unit: Unit,
        whole: FactId,
        parts: Vec<FactId>,
        sum: Figure,
        whole_value: Figure,
        /// The whole is a joint place (`A + B`): parts must add up to it.
        joint: bool,
    },
    /// The reported year-on-year change does not follow from the two levels.
    ChangeMismatch {
        place: Place,
        metric: Metric,
        flow: Flow,
        scope: Option<Scope>,
        unit: Unit,
        fact: FactId,
        period: Period,
        base: FactId,
        base_period: Option<Period>,
        computed: Figure,
        reported: f64,
    },
    /// Articles give different values for the same place, metric, flow and
    /// period; all are listed.
    Conflict {
        place: Place,
        metric: Metric,
        flow: Flow,
        period: Option<Period>,
        unit: Unit,
        facts: Vec<(FactId, String, Figure)>,
    },
}

/// `check`'s answer.
#[derive(Debug, Clone, Serialize)]
pub struct Findings {
    pub findings: Vec<Finding>,
    /// How many comparisons were made (passed or not).
    pub checks: usize,
    /// How many facts were looked at.
    pub facts: usize,
}

/// Everything that identifies a series except the place and the flow.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Measure {
    metric: Metric,
    scope: Option<Scope>,
    commodity: Option<String>,
    unit: Unit,
    kind: Kind,
}

impl Measure {
    fn of(f: &Fact) -> Measure {
        Measure {
            metric: f.metric,
            scope: f.scope,
            commodity: f.commodity.as_deref().map(super::select::commodity_key),
            unit: f.unit,
            kind: f.kind,
        }
    }
}

/// Picks, among `options`, the fact from `doc` if there is one: parts and
/// wholes from one article belong together.
fn prefer_doc<'a>(options: &[&'a Fact], doc: &str) -> Option<&'a Fact> {
    options
        .iter()
        .find(|f| &*f.doc == doc)
        .or(options.first())
        .copied()
}

pub(super) fn check(hits: &[Hit]) -> Findings {
    let facts: Vec<&Fact> = hits.iter().map(|h| h.fact).collect();
    let mut out = Findings {
        findings: Vec::new(),
        checks: 0,
        facts: facts.len(),
    };
    // (measure, period) → place → flow → facts
    type Cells<'a> = BTreeMap<Place, BTreeMap<Flow, Vec<&'a Fact>>>;
    let mut groups: BTreeMap<(Measure, Option<Period>), Cells> = BTreeMap::new();
    for f in &facts {
        groups
            .entry((Measure::of(f), f.period))
            .or_default()
            .entry(f.place.clone())
            .or_default()
            .entry(f.flow)
            .or_default()
            .push(f);
    }
    for ((measure, period), places) in &groups {
        for (place, flows) in places {
            flow_sum(&mut out, measure, *period, place, flows);
            for (flow, fs) in flows {
                conflicts(&mut out, measure, *period, place, *flow, fs);
            }
        }
        parts_whole(&mut out, measure, *period, places);
    }
    changes(&mut out, &facts);
    out
}

fn figure(f: &Fact) -> Figure {
    Figure::of(&f.value)
}

fn flow_sum(
    out: &mut Findings,
    m: &Measure,
    period: Option<Period>,
    place: &Place,
    flows: &BTreeMap<Flow, Vec<&Fact>>,
) {
    let (Some(totals), Some(exports), Some(imports)) = (
        flows.get(&Flow::Total),
        flows.get(&Flow::Export),
        flows.get(&Flow::Import),
    ) else {
        return;
    };
    for t in totals {
        let (Some(e), Some(i)) = (prefer_doc(exports, &t.doc), prefer_doc(imports, &t.doc)) else {
            continue;
        };
        out.checks += 1;
        let sum = figure(e).add(&figure(i));
        let total_value = figure(t);
        if !sum.may_equal(&total_value) {
            out.findings.push(Finding::FlowSum {
                place: place.clone(),
                metric: m.metric,
                period,
                unit: m.unit,
                export: e.id.clone(),
                import: i.id.clone(),
                total: t.id.clone(),
                sum,
                total_value,
            });
        }
    }
}

fn conflicts(
    out: &mut Findings,
    m: &Measure,
    period: Option<Period>,
    place: &Place,
    flow: Flow,
    fs: &[&Fact],
) {
    if fs.len() < 2 {
        return;
    }
    out.checks += 1;
    let clash = fs.iter().enumerate().any(|(i, a)| {
        fs[i + 1..]
            .iter()
            .any(|b| a.doc != b.doc && !figure(a).may_equal(&figure(b)))
    });
    if clash {
        out.findings.push(Finding::Conflict {
            place: place.clone(),
            metric: m.metric,
            flow,
            period,
            unit: m.unit,
            facts: fs
                .iter()
                .map(|f| (f.id.clone(), f.doc.to_string(), figure(f)))
                .collect(),
        });
    }
}

fn parts_whole(
    out: &mut Findings,
    m: &Measure,
    period: Option<Period>,
    places: &BTreeMap<Place, BTreeMap<Flow, Vec<&Fact>>>,
) {
    let g = Gazetteer::builtin();
    for (whole_place, flows) in places {
        for (flow, wholes) in flows {
            let at = |p: &Place| places.get(p).and_then(|fl| fl.get(flow));
            for w in wholes {
                // Joint place: every member must be present, and they add up.
                let (parts, joint): (Vec<&Fact>, bool) = if whole_place.is_joint() {
                    let members: Option<Vec<&Fact>> = whole_place
                        .members()
                        .iter()
                        .map(|id| at(&Place::single(*id)).and_then(|fs| prefer_doc(fs, &w.doc)))
                        .collect();
                    match members {
                        Some(ms) => (ms, true),
                        None => continue,
                    }
                } else {
                    let w_id = whole_place.members()[0];
                    let inside: Vec<&Fact> = places
                        .iter()
                        .filter(|(p, _)| {
                            !p.is_joint()
                                && p.members()[0] != w_id
                                && g.is_within(p.members()[0], w_id)
                        })
                        .filter_map(|(p, _)| at(p).and_then(|fs| prefer_doc(fs, &w.doc)))
                        .collect();
                    // A gate inside a gate inside the city would be counted
                    // twice: keep only parts no other part contains.
                    let top: Vec<&Fact> = inside
                        .iter()
                        .filter(|a| {
                            !inside.iter().any(|b| {
                                b.place != a.place
                                    && g.is_within(a.place.members()[0], b.place.members()[0])
                            })
                        })
                        .copied()
                        .collect();
                    (top, false)
                };
                if parts.is_empty() {
                    continue;
                }
                out.checks += 1;
                let sum = parts
                    .iter()
                    .map(|f| figure(f))
                    .reduce(|a, b| a.add(&b))
                    .expect("parts is not empty");
                let whole_value = figure(w);
                let fits = if joint {
                    sum.may_equal(&whole_value)
                } else {
                    // Parts may not all be listed: they only must not exceed.
                    let (low, _) = sum.tolerant_interval();
                    let (_, high) = whole_value.tolerant_interval();
                    low <= high
                };
                if !fits {
                    out.findings.push(Finding::PartsWhole {
                        whole_place: whole_place.clone(),
                        metric: m.metric,
                        flow: *flow,
                        period,
                        unit: m.unit,
                        whole: w.id.clone(),
                        parts: parts.iter().map(|f| f.id.clone()).collect(),
                        sum,
                        whole_value,
                        joint,
                    });
                }
            }
        }
    }
}

fn changes(out: &mut Findings, facts: &[&Fact]) {
    // (place, flow, measure) → facts with a period
    let mut series: HashMap<(Place, Flow, Measure), Vec<&Fact>> = HashMap::new();
    for f in facts.iter().filter(|f| f.period.is_some()) {
        series
            .entry((f.place.clone(), f.flow, Measure::of(f)))
            .or_default()
            .push(f);
    }
    let mut found: Vec<Finding> = Vec::new();
    for f in facts {
        let (Some(change), Some(p)) = (f.change, f.period) else {
            continue;
        };
        let (ChangeAmount::Pct(reported), Versus::Yoy) = (change.amount, change.vs) else {
            continue;
        };
        let Some(base_period) = p.shift_years(-1) else {
            continue;
        };
        let Some(candidates) = series.get(&(f.place.clone(), f.flow, Measure::of(f))) else {
            continue;
        };
        let exact = candidates.iter().find(|b| b.period == Some(base_period));
        let base = exact.or_else(|| {
            candidates.iter().find(|b| {
                b.period
                    .is_some_and(|bp| bp.distance(&base_period) <= NEAR_DAYS)
            })
        });
        let Some(base) = base else { continue };
        let Some(computed) = figure(f).pct_change_from(&figure(base)) else {
            continue;
        };
        out.checks += 1;
        if !computed.admits_pct(reported) {
            found.push(Finding::ChangeMismatch {
                place: f.place.clone(),
                metric: f.metric,
                flow: f.flow,
                scope: f.scope,
                unit: f.unit,
                fact: f.id.clone(),
                period: p,
                base: base.id.clone(),
                base_period: base.period,
                computed,
                reported,
            });
        }
    }
    out.findings.extend(found);
}
