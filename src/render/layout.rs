//! Lays each kind of answer out as a [`Page`].

use std::collections::BTreeSet;

use super::number::{figure, pct, pct_figure};
use super::{Align, Grid, Page, Style};
use chrono::Datelike;

use crate::model::{Change, ChangeAmount, Fact, FactId, Flow, Period, Unit, Versus};
use crate::query::checked::NumberStyle;
use crate::query::eval::{
    Agreement, Answer, Cell, CompareRow, Comparison, FactList, Figure, Finding, Findings, Hit,
    Listing, NoTotal, NotComparable, Ranking, SeriesKey, SourceAnswer, TrendAnswer,
};

/// Width of the longest bar, in character cells.
const BAR_WIDTH: usize = 20;

pub(super) fn page(answer: &Answer, query: &str, style: &Style) -> Page {
    let n = style.numbers;
    let mut page = match answer {
        Answer::Facts(l) => facts(l, n),
        Answer::Comparison(c) => comparison(c, n),
        Answer::Ranking(r) => ranking(r, n),
        Answer::Trend(t) => trend(t, n),
        Answer::Findings(f) => findings(f, n),
        Answer::Source(s) => source(s, style),
        Answer::List(l) => listing(l),
        Answer::Text(t) => Page {
            title: t.heading.clone(),
            text: Some(t.body.clone()),
            ..Page::default()
        },
        Answer::SettingChanged(s) => Page {
            text: Some(s.description.to_string()),
            ..Page::default()
        },
    };
    if page.title.is_empty() && !matches!(answer, Answer::SettingChanged(_)) {
        page.title = query.to_string();
    }
    page
}

fn grid(header: &[(&str, Align)]) -> Grid {
    Grid {
        header: header.iter().map(|(h, _)| h.to_string()).collect(),
        align: header.iter().map(|(_, a)| *a).collect(),
        rows: Vec::new(),
    }
}

use Align::{Left as L, Right as R};

fn change_text(c: &Change, unit: Unit, n: NumberStyle) -> String {
    let amount = match c.amount {
        ChangeAmount::Pct(p) => pct(p, n),
        ChangeAmount::Abs(a) => {
            let s = figure(&Figure::exact(a.abs()), unit, n);
            if a < 0.0 {
                format!("-{s}")
            } else {
                format!("+{s}")
            }
        }
    };
    match c.vs {
        Versus::Yoy => format!("{amount} yoy"),
        Versus::Prev => format!("{amount} vs prev"),
    }
}

/// `000_327b…` → `000`: the short form used in cells; the footer has the
/// whole id.
fn doc_short(doc: &str) -> &str {
    doc.split('_').next().unwrap_or(doc)
}

fn period_text(h: &Hit) -> String {
    match (h.fact.period, h.period_off) {
        (Some(p), Some(d)) => format!("{} (≈, {d} days off)", short_period(&p)),
        (Some(p), None) => short_period(&p),
        (None, _) => "—".to_string(),
    }
}

/// `>1,70 tỷ USD [002:1]`, plus the period when it only nearly matches.
fn hit_text(h: &Hit, n: NumberStyle) -> String {
    let mut s = format!("{} [{}]", figure(&h.figure, h.fact.unit, n), h.fact.id);
    if let (Some(p), Some(_)) = (h.fact.period, h.period_off) {
        s.push_str(&format!(" ≈ {}", short_period(&p)));
    }
    s
}

/// A period in few characters: its label when it has a short one (`H1
/// 2025`), else `2025-01-01..07-06` within one year.
fn short_period(p: &Period) -> String {
    let label = p.label();
    if label.len() <= 10 || p.from.year() != p.to.year() {
        label
    } else {
        format!("{}..{}", p.from, p.to.format("%m-%d"))
    }
}

fn series_label(k: &SeriesKey) -> String {
    let mut s = k.place.name();
    if k.flow != Flow::Total {
        s.push_str(&format!(" · {}", k.flow));
    }
    if let Some(sc) = k.scope {
        s.push_str(&format!(" · {sc}"));
    }
    if let Some(c) = &k.commodity {
        s.push_str(&format!(" · {c}"));
    }
    s
}

/// "No fact matches", with the nearest periods that have data.
fn no_match(nearest: &[Period]) -> String {
    if nearest.is_empty() {
        "No fact matches.".to_string()
    } else {
        let ps: Vec<String> = nearest.iter().map(short_period).collect();
        format!(
            "No fact matches (missing, not zero). Nearest periods with data: {}.",
            ps.join(", ")
        )
    }
}

fn cite(page: &mut Page, f: &Fact) {
    page.docs.insert(f.doc.to_string());
}

fn facts(l: &FactList, n: NumberStyle) -> Page {
    let mut page = Page::default();
    let mut g = grid(&[
        ("id", L),
        ("place", L),
        ("metric", L),
        ("period", L),
        ("value", R),
        ("change", R),
        ("kind", L),
        ("doc · sentence", L),
    ]);
    for h in &l.hits {
        let f = &h.fact;
        cite(&mut page, f);
        let mut metric = f.metric.as_str().to_string();
        if f.flow != Flow::Total {
            metric.push_str(&format!(" {}", f.flow));
        }
        if let Some(sc) = f.scope {
            metric.push_str(&format!(" ({sc})"));
        }
        if let Some(c) = &f.commodity {
            metric.push_str(&format!(" · {c}"));
        }
        g.rows.push(vec![
            f.id.to_string(),
            f.place.name(),
            metric,
            period_text(h),
            figure(&h.figure, f.unit, n),
            f.change
                .map(|c| change_text(&c, f.unit, n))
                .unwrap_or_default(),
            f.kind.to_string(),
            format!("{} · s{}", doc_short(&f.doc), f.sentence),
        ]);
    }
    if l.hits.is_empty() {
        page.notes.push(no_match(&l.nearest));
    } else if l.matched > l.hits.len() {
        page.notes.push(format!(
            "{} of {} matching facts shown (limit).",
            l.hits.len(),
            l.matched
        ));
    } else {
        page.notes.push(match l.hits.len() {
            1 => "1 fact.".to_string(),
            n => format!("{n} facts."),
        });
    }
    page.grid = (!l.hits.is_empty()).then_some(g);
    page
}

/// A compare cell: each fact with the change its article reported.
fn cell_text(c: &Cell, unit: Unit, n: NumberStyle) -> String {
    match c {
        Cell::Facts { hits } => {
            let lines: Vec<String> = hits
                .iter()
                .map(|h| match h.fact.change {
                    Some(ch) => {
                        let mut t = hit_text(h, n);
                        let at = t.find(" [").unwrap_or(t.len());
                        t.insert_str(at, &format!(", {}", change_text(&ch, unit, n)));
                        t
                    }
                    None => hit_text(h, n),
                })
                .collect();
            if c.is_conflict() {
                format!("conflict:\n{}", lines.join("\n"))
            } else {
                lines.join("\n")
            }
        }
        Cell::Derived {
            figure: f,
            from,
            pct: p,
        } => format!(
            "{} (derived: [{from}] {} yoy)",
            figure(f, unit, n),
            pct(*p, n)
        ),
        Cell::Missing { nearest } => {
            if nearest.is_empty() {
                "missing".to_string()
            } else {
                let ps: Vec<String> = nearest.iter().map(|p| p.label()).collect();
                format!("missing (data for {})", ps.join(", "))
            }
        }
    }
}

fn agreement_text(row: &CompareRow, n: NumberStyle) -> String {
    match &row.agreement {
        Agreement::Agrees => "yes".to_string(),
        Agreement::Differs => format!(
            "NO: computed {}",
            row.pct_change
                .map(|p| pct_figure(&p, n))
                .unwrap_or_default()
        ),
        Agreement::NotComparable(why) => match why {
            NotComparable::NoReportedChange => "— (nothing reported)",
            NotComparable::NotOneYearApart => "— (reported is yoy; periods not 1 year apart)",
            NotComparable::NoSingleValue => "— (an end is missing or in conflict)",
            NotComparable::BaseDerived => "— (base derived from it)",
            NotComparable::ReportedNotYoyPct => "— (reported is not a yoy %)",
        }
        .to_string(),
    }
}

fn comparison(c: &Comparison, n: NumberStyle) -> Page {
    let mut page = Page::default();
    let mut header: Vec<(String, Align)> = vec![("place".to_string(), L)];
    header.extend(c.periods.iter().map(|p| (p.label(), R)));
    header.extend([
        ("change".to_string(), R),
        ("change %".to_string(), R),
        ("reported".to_string(), R),
        ("agree".to_string(), L),
    ]);
    let mut g = Grid {
        header: header.iter().map(|(h, _)| h.clone()).collect(),
        align: header.iter().map(|(_, a)| *a).collect(),
        rows: Vec::new(),
    };
    for row in &c.rows {
        for cell in &row.cells {
            if let Cell::Facts { hits } = cell {
                hits.iter().for_each(|h| cite(&mut page, h.fact));
            }
        }
        let mut r = vec![series_label(&row.series)];
        r.extend(row.cells.iter().map(|c| cell_text(c, row.series.unit, n)));
        r.push(
            row.abs_change
                .map(|a| signed_figure(&a, row.series.unit, n))
                .unwrap_or_else(|| "—".to_string()),
        );
        r.push(
            row.pct_change
                .map(|p| pct_figure(&p, n))
                .unwrap_or_else(|| "—".to_string()),
        );
        r.push(if row.reported.is_empty() {
            "—".to_string()
        } else {
            row.reported
                .iter()
                .map(|(id, ch)| format!("{} [{id}]", change_text(ch, row.series.unit, n)))
                .collect::<Vec<_>>()
                .join("\n")
        });
        r.push(agreement_text(row, n));
        g.rows.push(r);
    }
    if c.rows.is_empty() {
        page.notes
            .push("No fact of this metric for these places in these periods.".to_string());
    }
    if c.rows
        .iter()
        .any(|r| r.cells.iter().any(|c| matches!(c, Cell::Derived { .. })))
    {
        page.notes.push(
            "derived: value / (1 + reported change / 100), from the later fact named in brackets."
                .to_string(),
        );
    }
    page.grid = Some(g);
    page
}

fn signed_figure(f: &Figure, unit: Unit, n: NumberStyle) -> String {
    let s = figure(
        &Figure {
            value: f.value.abs(),
            ..*f
        },
        unit,
        n,
    );
    let sign_at = f.qualifier.sign().len();
    let (q, rest) = s.split_at(sign_at);
    format!("{q}{}{rest}", if f.value < 0.0 { "-" } else { "+" })
}

fn bar(value: f64, max: f64) -> String {
    let positive = |x: f64| x > 0.0;
    if !positive(max) || !positive(value) {
        return String::new();
    }
    let eighths = ((value / max) * (BAR_WIDTH * 8) as f64).round() as usize;
    let mut s = "█".repeat(eighths / 8);
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    s.push_str(PARTS[eighths % 8]);
    s
}

fn ranking(r: &Ranking, n: NumberStyle) -> Page {
    let mut page = Page::default();
    let mut g = grid(&[
        ("#", R),
        ("place", L),
        ("value", R),
        ("share", R),
        ("", L),
        ("note", L),
    ]);
    let max = r
        .entries
        .iter()
        .map(|e| e.figure.value)
        .fold(0.0_f64, f64::max);
    let unit = r.unit.unwrap_or(Unit::Usd);
    for (i, e) in r.entries.iter().enumerate() {
        e.hits.iter().for_each(|h| cite(&mut page, h.fact));
        let values: Vec<String> = e.hits.iter().map(|h| hit_text(h, n)).collect();
        let mut note = Vec::new();
        if values.len() > 1 && e.hits.iter().any(|h| h.figure != e.hits[0].figure) {
            note.push(format!(
                "conflict: ranked at {}",
                figure(&e.figure, unit, n)
            ));
        }
        if let Some(p) = &e.counted_in {
            note.push(format!("inside {p}: not added to the total again"));
        }
        g.rows.push(vec![
            (i + 1).to_string(),
            e.place.name(),
            values.join("\n"),
            e.share
                .map(|s| {
                    format!(
                        "{}{}",
                        s.qualifier.sign(),
                        pct(s.value, n).trim_start_matches('+')
                    )
                })
                .unwrap_or_default(),
            bar(e.figure.value, max),
            note.join("; "),
        ]);
    }
    match &r.total {
        Ok(t) => g.rows.push(vec![
            String::new(),
            "total".to_string(),
            figure(t, unit, n),
            String::new(),
            String::new(),
            "all matching places, each counted once".to_string(),
        ]),
        Err(NoTotal::PeriodsDiffer) => page.notes.push(
            "No total or shares: the places' figures cover different periods (add `period=…`)."
                .to_string(),
        ),
        Err(NoTotal::Empty) => page.notes.push(no_match(&r.nearest)),
    }
    page.notes.push(format!(
        "Ranked: {} {}{}.",
        r.metric,
        r.flow,
        r.unit.map(|u| format!(", in {u}")).unwrap_or_default()
    ));
    page.grid = Some(g);
    page
}

fn trend(t: &TrendAnswer, n: NumberStyle) -> Page {
    let mut page = Page::default();
    let mut g = grid(&[
        ("series", L),
        ("period", L),
        ("value", R),
        ("reported change", R),
        ("", L),
    ]);
    for s in &t.series {
        let max = s
            .points
            .iter()
            .flat_map(|p| p.hits.iter().map(|h| h.figure.value))
            .fold(0.0_f64, f64::max);
        for p in &s.points {
            p.hits.iter().for_each(|h| cite(&mut page, h.fact));
            let conflict = p.hits.iter().any(|h| h.figure != p.hits[0].figure);
            g.rows.push(vec![
                series_label(&s.series),
                if conflict {
                    format!("{} (conflict)", short_period(&p.period))
                } else {
                    short_period(&p.period)
                },
                p.hits
                    .iter()
                    .map(|h| hit_text(h, n))
                    .collect::<Vec<_>>()
                    .join("\n"),
                p.hits
                    .iter()
                    .filter_map(|h| h.fact.change.map(|c| change_text(&c, h.fact.unit, n)))
                    .collect::<Vec<_>>()
                    .join("\n"),
                p.hits
                    .iter()
                    .map(|h| bar(h.figure.value, max))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ]);
        }
    }
    if t.series.is_empty() {
        page.notes
            .push(format!("No {} figure for {}.", t.metric, t.place));
    }
    page.grid = Some(g);
    page
}

fn ids(ids: &[&FactId]) -> String {
    ids.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn findings(f: &Findings, n: NumberStyle) -> Page {
    let mut page = Page::default();
    let mut g = grid(&[("check", L), ("facts", L), ("finding", L)]);
    for x in &f.findings {
        let (kind, facts, text) = match x {
            Finding::FlowSum {
                place,
                period,
                unit,
                export,
                import,
                total,
                sum,
                total_value,
                ..
            } => {
                let gap = total_value.sub(sum);
                let why = if gap.value > 0.0 {
                    "the total holds more than exports + imports (other regimes such as transit or re-export?)"
                } else {
                    "exports + imports exceed the total"
                };
                (
                    "export + import vs total",
                    ids(&[export, import, total]),
                    format!(
                        "{place} {}: export + import = {}, total = {}; difference {}: {why}",
                        period.map(|p| p.label()).unwrap_or_default(),
                        figure(sum, *unit, n),
                        figure(total_value, *unit, n),
                        signed_figure(&gap, *unit, n)
                    ),
                )
            }
            Finding::PartsWhole {
                whole_place,
                period,
                unit,
                whole,
                parts,
                sum,
                whole_value,
                joint,
                ..
            } => {
                let mut all: Vec<&FactId> = parts.iter().collect();
                all.push(whole);
                (
                    "parts vs whole",
                    ids(&all),
                    format!(
                        "{whole_place} {}: parts add up to {}, the {} is {}{}",
                        period.map(|p| p.label()).unwrap_or_default(),
                        figure(sum, *unit, n),
                        if *joint { "joint figure" } else { "whole" },
                        figure(whole_value, *unit, n),
                        if *joint {
                            " (they should be equal)"
                        } else {
                            " (parts should not exceed it)"
                        }
                    ),
                )
            }
            Finding::ChangeMismatch {
                place,
                metric,
                flow,
                scope,
                fact,
                period,
                base,
                base_period,
                computed,
                reported,
                ..
            } => (
                "computed vs reported change",
                ids(&[base, fact]),
                format!(
                    "{place} {metric}{}{} {}: reported {} yoy; against {} the two levels give {}",
                    if *flow == Flow::Total {
                        String::new()
                    } else {
                        format!(" {flow}")
                    },
                    scope.map(|s| format!(" ({s})")).unwrap_or_default(),
                    short_period(period),
                    pct(*reported, n),
                    base_period.map(|p| short_period(&p)).unwrap_or_default(),
                    pct_figure(computed, n)
                ),
            ),
            Finding::Conflict {
                place,
                metric,
                flow,
                period,
                unit,
                facts,
            } => (
                "conflicting values",
                ids(&facts.iter().map(|(id, _, _)| id).collect::<Vec<_>>()),
                format!(
                    "{place} {metric} {flow} {}: {}",
                    period.map(|p| p.label()).unwrap_or_default(),
                    facts
                        .iter()
                        .map(|(id, doc, fig)| format!(
                            "{} [{id}, {}]",
                            figure(fig, *unit, n),
                            doc_short(doc)
                        ))
                        .collect::<Vec<_>>()
                        .join(" vs ")
                ),
            ),
        };
        g.rows.push(vec![kind.to_string(), facts, text]);
    }
    page.notes.push(format!(
        "{} findings from {} checks over {} facts.",
        f.findings.len(),
        f.checks,
        f.facts
    ));
    if !f.findings.is_empty() {
        page.grid = Some(g);
    }
    page
}

fn source(s: &SourceAnswer, style: &Style) -> Page {
    let f = &s.fact;
    let mut page = Page {
        title: format!(
            "{} · {} · bytes {}–{}",
            f.id, f.doc, f.span.start, f.span.end
        ),
        ..Page::default()
    };
    cite(&mut page, f);
    let (open, close) = if style.color {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("«", "»")
    };
    page.text = Some(match (&s.sentence, s.highlight) {
        (Some(text), Some((a, b))) => {
            format!("{}{open}{}{close}{}", &text[..a], &text[a..b], &text[b..])
        }
        (Some(text), None) => text.clone(),
        (None, _) => "(the fact carries no sentence; load facts with quotes to see it)".to_string(),
    });
    let facts = FactList {
        hits: vec![Hit {
            fact: f,
            figure: Figure::of(&f.value),
            period_off: None,
        }],
        matched: 1,
        nearest: Vec::new(),
    };
    page.grid = self::facts(&facts, style.numbers).grid;
    page
}

fn listing(l: &Listing) -> Page {
    let mut g = grid(&[("name", L), ("detail", L), ("facts", R)]);
    for r in &l.rows {
        g.rows
            .push(vec![r.name.clone(), r.detail.clone(), r.facts.to_string()]);
    }
    Page {
        grid: Some(g),
        docs: BTreeSet::new(),
        ..Page::default()
    }
}
