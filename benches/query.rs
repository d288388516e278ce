//! Query benchmark: parses, checks, evaluates and renders example
//! statements over the embedded sample store and over a generated store of
//! 1,000,000 facts, and prints the time per statement. Run with
//! `cargo bench --bench query`. Targets (issue 3): under 1 ms per statement
//! on the sample; at 1M facts, at most ~6–8 ms for compare/rank/show
//! selections (half of DuckDB's 12–16 ms on a 2-core machine).
//! `BENCH_ONLY=text` times only the statements containing `text`. Times
//! are medians of repeated runs.

use std::hint::black_box;
use std::time::{Duration, Instant};

use bienmau::model::{
    Bound, Change, ChangeAmount, Fact, FactId, Flow, Kind, Metric, Period, Place, Scope, Span,
    Unit, Value, Versus,
};
use bienmau::places::{Gazetteer, PlaceKind};
use bienmau::query::check::check_source;
use bienmau::query::eval::eval;
use bienmau::session::{OnError, Session};
use bienmau::store::FactStore;
use bienmau::{corpus, extract};

/// Runs `f` repeatedly for about `budget` and returns the median and the
/// fastest time of one run: on a machine shared with other work the mean
/// mostly measures the neighbours.
fn time<T>(budget: Duration, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut runs: Vec<Duration> = Vec::new();
    let start = Instant::now();
    while runs.len() < 5 || start.elapsed() < budget {
        let t = Instant::now();
        black_box(f());
        runs.push(t.elapsed());
    }
    runs.sort();
    (runs[runs.len() / 2], runs[0])
}

fn ms(d: Duration) -> String {
    format!("{:9.3} ms", d.as_secs_f64() * 1e3)
}

/// Times check, eval and the whole `Session::run` (check + eval + render)
/// for each statement.
fn bench(label: &str, store: FactStore, statements: &[&str]) {
    println!("\n{label} ({} facts)", store.len());
    println!(
        "{:>12} {:>12} {:>12} {:>12}  statement (median times; eval min)",
        "check", "eval", "eval min", "run+render"
    );
    let mut session = Session::new(store);
    session.settings_mut().width = Some(120);
    let only = std::env::var("BENCH_ONLY").ok();
    for text in statements {
        if only.as_ref().is_some_and(|o| !text.contains(o.as_str())) {
            continue;
        }
        let checked = match check_source(text, session.store()).pop() {
            Some((_, Ok(c))) => c,
            Some((_, Err(e))) => panic!("{text}: {e:?}"),
            None => panic!("{text}: no statement"),
        };
        let budget = Duration::from_millis(400);
        let (t_check, _) = time(budget, || check_source(text, session.store()));
        let (t_eval, t_eval_min) = time(budget, || eval(&checked, session.store()));
        let (t_run, _) = time(budget, || session.run("bench", text, OnError::Stop));
        let outcome = session.run("bench", text, OnError::Stop);
        assert!(outcome[0].result.is_ok(), "{text} failed");
        println!(
            "{} {} {} {}  {text}",
            ms(t_check),
            ms(t_eval),
            ms(t_eval_min),
            ms(t_run)
        );
    }
}

/// A deterministic pseudo-random sequence (xorshift), so runs compare.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `n` varied facts: every gazetteer place below country level (and some
/// joint places), every metric with its units, flows, scopes, periods of
/// 2019–2025 (years, halves, quarters, months, 9M, odd cut-offs), 10,000
/// documents, qualifiers and changes.
fn generate(n: usize) -> FactStore {
    let g = Gazetteer::builtin();
    let mut places: Vec<Place> = g
        .iter()
        .filter(|(_, p)| p.kind != PlaceKind::Country)
        .map(|(id, _)| Place::single(id))
        .collect();
    let singles = places.len();
    for i in 0..8 {
        let a = places[i * 3].members()[0];
        let b = places[i * 3 + 1].members()[0];
        places.push(Place::joint(&[a, b]));
    }
    let mut periods: Vec<Period> = Vec::new();
    for y in 2019..=2025 {
        periods.push(Period::year(y).unwrap());
        periods.extend((1..=2).map(|h| Period::half(y, h).unwrap()));
        periods.extend((1..=4).map(|q| Period::quarter(y, q).unwrap()));
        periods.extend((1..=12).map(|m| Period::month(y, m).unwrap()));
        periods.push(Period::first_months(y, 9).unwrap());
        periods.push(Period::year_to(chrono::NaiveDate::from_ymd_opt(y, 7, 6).unwrap()).unwrap());
    }
    let metrics: [(Metric, &[Unit]); 8] = [
        (Metric::KimNgach, &[Unit::Usd]),
        (Metric::ThuNganSach, &[Unit::Vnd]),
        (Metric::DoanhNghiep, &[Unit::DoanhNghiep]),
        (Metric::ToKhai, &[Unit::ToKhai]),
        (Metric::PhuongTien, &[Unit::Luot, Unit::XeNgay]),
        (Metric::KhoiLuong, &[Unit::Tan, Unit::TanNgay]),
        (Metric::LuotNguoi, &[Unit::Luot, Unit::NguoiNgay]),
        (Metric::DuKhach, &[Unit::Luot]),
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut store = FactStore::new();
    for i in 0..n {
        let (metric, units) = metrics[rng.below(metrics.len())];
        let place = if rng.below(20) == 0 {
            places[singles + rng.below(places.len() - singles)].clone()
        } else {
            places[rng.below(singles)].clone()
        };
        let doc = i / 100;
        let bound = [
            Bound::Exact,
            Bound::Exact,
            Bound::Over,
            Bound::Nearly,
            Bound::Approx,
        ][rng.below(5)];
        let fact = Fact {
            id: FactId(format!("{doc:05}:{}", i % 100)),
            doc: format!("{doc:05}_generated").into(),
            place,
            metric,
            flow: [Flow::Total, Flow::Export, Flow::Import][rng.below(3)],
            scope: if metric == Metric::KimNgach && rng.below(4) == 0 {
                Some([Scope::ToKhai, Scope::CoThue][rng.below(2)])
            } else {
                None
            },
            commodity: (rng.below(10) == 0).then(|| "sầu riêng".to_string()),
            period: Some(periods[rng.below(periods.len())]),
            value: Value {
                value: (rng.below(1_000_000) as f64 + 1.0) * 1e3,
                high: None,
                bound,
                estimate: rng.below(10) == 0,
            },
            unit: units[rng.below(units.len())],
            change: (rng.below(2) == 0).then(|| Change {
                amount: ChangeAmount::Pct(rng.below(100) as f64 - 30.0),
                vs: Versus::Yoy,
            }),
            plan_pct: None,
            kind: if rng.below(20) == 0 {
                Kind::Target
            } else {
                Kind::Actual
            },
            span: Span::new(0, 0),
            reporter: None,
            sentence: i % 30,
            quote: None,
        };
        store.insert(fact).expect("ids are unique");
    }
    store
}

fn main() {
    let sample = extract::extract_all(&corpus::sample());
    bench(
        "sample store",
        sample,
        &[
            r#"compare kim_ngach where gate="Móng Cái" period=H1 2024..2025"#,
            "show kim_ngach where province=\"Quảng Ninh\" order by value desc limit 10",
            "rank kim_ngach where period=H1 2025 top 5",
            "trend kim_ngach where place=\"Móng Cái\"",
            "check",
            "list places",
        ],
    );
    let start = Instant::now();
    let big = generate(1_000_000);
    println!(
        "\ngenerated 1,000,000 facts in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    bench(
        "generated store",
        big,
        &[
            r#"compare kim_ngach where gate="Móng Cái" period=H1 2024..2025"#,
            r#"compare xuat_khau where province="Lạng Sơn" period in (H1 2023, H1 2024, H1 2025)"#,
            "rank kim_ngach where period=H1 2025 top 10",
            "rank to_khai where period=2024 top 10",
            r#"show kim_ngach where gate="Móng Cái" period=H1 2025 order by value desc limit 20"#,
            r#"show to_khai where province="Lào Cai" year=2024 and value > 500000 limit 20"#,
            r#"trend kim_ngach where place="Hữu Nghị" flow=export scope=none"#,
        ],
    );
}
