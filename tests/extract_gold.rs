//! The extractor against the hand-annotated gold facts of the sample
//! corpus (tests/data/gold.jsonl, a copy of ../shared/gold/seeds.jsonl),
//! scored the way ../shared/tools/factscore.py scores: strict F1 ≥ 0.90,
//! loose F1 ≥ 0.95, and bound/estimate/change right on ≥ 95% of matched
//! facts. The misses are printed.

use bienmau::corpus;
use bienmau::extract::{extract_all, Document};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

const TOL: f64 = 0.005;

fn norm(v: &Value) -> Option<String> {
    let s = v.as_str()?;
    let s: String = s.nfc().collect::<String>().trim().to_lowercase();
    Some(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn norm_commodity(v: &Value) -> Option<String> {
    let s = norm(v)?;
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    Some(cleaned.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn norm_flow(v: &Value) -> Option<String> {
    Some(v.as_str().unwrap_or("total").to_string())
}

fn norm_opt(v: &Value) -> Option<String> {
    v.as_str().filter(|s| !s.is_empty()).map(String::from)
}

fn norm_period(v: &Value) -> Option<String> {
    if v.is_null() {
        return None;
    }
    Some(format!("{}..{}", v["from"], v["to"]))
}

fn close(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (None, None) => a.is_null() && b.is_null(),
        (Some(a), Some(0.0)) => a.abs() < 1e-9,
        (Some(a), Some(b)) => (a - b).abs() <= TOL * b.abs(),
        _ => false,
    }
}

fn accepted(g: &Value, key: &str, f: fn(&Value) -> Option<String>) -> Vec<Option<String>> {
    let mut vals = vec![f(&g[key])];
    if let Some(alts) = g["alt"][key].as_array() {
        vals.extend(alts.iter().map(f));
    }
    vals
}

fn kind(v: &Value) -> &str {
    v["kind"].as_str().unwrap_or("actual")
}

fn core_match(p: &Value, g: &Value) -> bool {
    p["doc"] == g["doc"]
        && p["metric"] == g["metric"]
        && accepted(g, "flow", norm_flow).contains(&norm_flow(&p["flow"]))
        && norm(&p["unit"]) == norm(&g["unit"])
        && accepted(g, "scope", norm_opt).contains(&norm_opt(&p["scope"]))
        && kind(p) == kind(g)
        && close(&p["value"], &g["value"])
        && close(&p["high"], &g["high"])
}

fn strict_match(p: &Value, g: &Value) -> bool {
    core_match(p, g)
        && accepted(g, "place", norm).contains(&norm(&p["place"]))
        && accepted(g, "period", norm_period).contains(&norm_period(&p["period"]))
        && accepted(g, "commodity", norm_commodity).contains(&norm_commodity(&p["commodity"]))
}

fn ignore_match(p: &Value, g: &Value) -> bool {
    p["doc"] == g["doc"]
        && close(&p["value"], &g["value"])
        && (g["unit"].is_null() || norm(&p["unit"]) == norm(&g["unit"]))
}

fn greedy(preds: &[Value], golds: &[Value], f: fn(&Value, &Value) -> bool) -> Vec<(usize, usize)> {
    let mut used = vec![false; preds.len()];
    let mut pairs = Vec::new();
    for (gi, g) in golds.iter().enumerate() {
        if let Some(pi) = (0..preds.len()).find(|&pi| !used[pi] && f(&preds[pi], g)) {
            used[pi] = true;
            pairs.push((pi, gi));
        }
    }
    pairs
}

fn change_eq(a: &Value, b: &Value) -> bool {
    if a.is_null() || b.is_null() {
        return a.is_null() && b.is_null();
    }
    let vs = |v: &Value| v["vs"].as_str().unwrap_or("yoy").to_string();
    if vs(a) != vs(b) {
        return false;
    }
    if !a["pct"].is_null() || !b["pct"].is_null() {
        close(&a["pct"], &b["pct"])
    } else {
        close(&a["abs"], &b["abs"])
    }
}

fn describe(f: &Value) -> String {
    format!(
        "{} {} {}/{}/{} [{}] {}..{} = {} {} ({})",
        &f["doc"].as_str().unwrap_or("")[..3],
        f["place"],
        f["metric"],
        f["flow"],
        f["scope"],
        f["commodity"],
        f["period"]["from"],
        f["period"]["to"],
        f["value"],
        f["unit"],
        kind(f)
    )
}

fn f1(tp: usize, npred: usize, ngold: usize) -> (f64, f64, f64) {
    let p = if npred > 0 {
        tp as f64 / npred as f64
    } else {
        0.0
    };
    let r = if ngold > 0 {
        tp as f64 / ngold as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

struct Score {
    strict: f64,
    loose: f64,
    bound: f64,
    estimate: f64,
    change: f64,
}

fn score(gold: &[Value], preds: &[Value]) -> Score {
    let golds: Vec<Value> = gold
        .iter()
        .filter(|g| g["ignore"] != Value::Bool(true))
        .cloned()
        .collect();
    let ignores: Vec<&Value> = gold
        .iter()
        .filter(|g| g["ignore"] == Value::Bool(true))
        .collect();
    let strict = greedy(preds, &golds, strict_match);
    let loose = greedy(preds, &golds, core_match);
    let hit: Vec<usize> = strict.iter().chain(&loose).map(|(p, _)| *p).collect();
    let ignored: Vec<usize> = (0..preds.len())
        .filter(|pi| !hit.contains(pi) && ignores.iter().any(|g| ignore_match(&preds[*pi], g)))
        .collect();
    let npred = preds.len() - ignored.len();
    let (sp, sr, sf) = f1(strict.len(), npred, golds.len());
    let (_, _, lf) = f1(loose.len(), npred, golds.len());
    let matched_g: Vec<usize> = strict.iter().map(|(_, g)| *g).collect();
    let matched_p: Vec<usize> = strict.iter().map(|(p, _)| *p).collect();
    for (gi, g) in golds.iter().enumerate() {
        if !matched_g.contains(&gi) {
            println!("missed:   {}", describe(g));
        }
    }
    for (pi, p) in preds.iter().enumerate() {
        if !matched_p.contains(&pi) && !ignored.contains(&pi) {
            println!("spurious: {}", describe(p));
        }
    }
    let n = strict.len().max(1) as f64;
    let (mut b, mut e, mut c) = (0, 0, 0);
    for (pi, gi) in &strict {
        let (p, g) = (&preds[*pi], &golds[*gi]);
        let bound = |v: &Value| v["bound"].as_str().unwrap_or("exact").to_string();
        if bound(p) == bound(g) {
            b += 1;
        } else {
            println!(
                "bound wrong: {}: {}, gold {}",
                describe(g),
                bound(p),
                bound(g)
            );
        }
        if p["estimate"].as_bool().unwrap_or(false) == g["estimate"].as_bool().unwrap_or(false) {
            e += 1;
        } else {
            println!("estimate wrong: {}", describe(g));
        }
        if change_eq(&p["change"], &g["change"]) {
            c += 1;
        } else {
            println!(
                "change wrong: {}: {}, gold {}",
                describe(g),
                p["change"],
                g["change"]
            );
        }
    }
    println!(
        "strict: {} of {} gold, {} predicted: P {sp:.3} R {sr:.3} F1 {sf:.3}; loose F1 {lf:.3}",
        strict.len(),
        golds.len(),
        npred
    );
    Score {
        strict: sf,
        loose: lf,
        bound: b as f64 / n,
        estimate: e as f64 / n,
        change: c as f64 / n,
    }
}

fn gold() -> Vec<Value> {
    include_str!("data/gold.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn predictions(docs: &[Document]) -> Vec<Value> {
    extract_all(docs)
        .facts()
        .map(|f| serde_json::to_value(f).unwrap())
        .collect()
}

#[test]
fn sample_corpus_meets_the_gold_floors() {
    let s = score(&gold(), &predictions(&corpus::sample()));
    println!(
        "attributes right: bound {:.1}%, estimate {:.1}%, change {:.1}%",
        s.bound * 100.0,
        s.estimate * 100.0,
        s.change * 100.0
    );
    assert!(s.strict >= 0.90, "strict F1 {:.3} < 0.90", s.strict);
    assert!(s.loose >= 0.95, "loose F1 {:.3} < 0.95", s.loose);
    assert!(
        s.bound >= 0.95 && s.estimate >= 0.95 && s.change >= 0.95,
        "attributes below 95%"
    );
}

/// The same articles in NFD (decomposed) give the same facts.
#[test]
fn nfd_articles_give_the_same_facts() {
    let nfc = predictions(&corpus::sample());
    let nfd_docs: Vec<Document> = corpus::SAMPLE
        .iter()
        .map(|(id, text)| Document::new(id, &text.nfd().collect::<String>()))
        .collect();
    assert_ne!(
        corpus::SAMPLE[0].1,
        corpus::SAMPLE[0].1.nfd().collect::<String>()
    );
    assert_eq!(nfc, predictions(&nfd_docs));
}
