//! Random statements assembled from the language's own pieces (and some
//! noise) run through a `Session` over the sample store: every statement
//! gets an answer or a diagnostic, never a panic, in every output format.

use std::sync::OnceLock;

use bienmau::session::{OnError, OutputFormat, Session};
use bienmau::store::FactStore;
use bienmau::{corpus, extract};
use proptest::prelude::*;

/// The sample store, extracted once for all cases.
fn sample() -> FactStore {
    static STORE: OnceLock<FactStore> = OnceLock::new();
    STORE
        .get_or_init(|| extract::extract_all(&corpus::sample()))
        .clone()
}

const VERBS: &[&str] = &[
    "show", "compare", "rank", "trend", "check", "list", "source", "explain", "help", "set",
];
const METRICS: &[&str] = &[
    "kim_ngach",
    "xuat_khau",
    "nhap_khau",
    "phuong_tien",
    "doanh_nghiep",
    "trade",
    "vehicles",
    "kim_ngac",
    "",
];
const CONDITIONS: &[&str] = &[
    "gate=\"Móng Cái\"",
    "place=mong cai",
    "province=\"Lạng Sơn\"",
    "period=H1 2025",
    "period=H1 2024..2025",
    "period in (Q1 2024, H1 2025)",
    "period within 2025",
    "year=2024",
    "value > 1 tỷ USD",
    "change > 30",
    "flow=export",
    "scope=to_khai",
    "commodity=\"sầu riêng\"",
    "kind=target",
    "doc=000",
    "place ~ luan",
    "period=\"6 tháng đầu năm 2025\"",
    "top 3",
    "limit 2",
    "order by value desc",
    "AND",
    "'x'",
    "(",
    "=",
];

fn statement() -> impl Strategy<Value = String> {
    (
        prop::sample::select(VERBS),
        prop::sample::select(METRICS),
        prop::collection::vec(prop::sample::select(CONDITIONS), 0..4),
        any::<bool>(),
    )
        .prop_map(|(verb, metric, conds, with_where)| {
            let mut s = format!("{verb} {metric}");
            if with_where {
                s.push_str(" where");
            }
            for c in conds {
                s.push(' ');
                s.push_str(c);
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn every_statement_gets_an_answer_or_a_diagnostic(
        statements in prop::collection::vec(statement(), 1..4),
        format in prop::sample::select(vec![OutputFormat::Table, OutputFormat::Csv, OutputFormat::Json, OutputFormat::Markdown]),
        width in 20u16..140,
    ) {
        let mut session = Session::new(sample());
        session.settings_mut().format = format;
        session.settings_mut().width = Some(width);
        let text = statements.join("\n");
        let outcomes = session.run("fuzz.bmq", &text, OnError::Continue);
        prop_assert!(!outcomes.is_empty());
        for o in outcomes {
            prop_assert!(o.span.end <= text.len());
            if let Err(report) = o.result {
                prop_assert!(!report.to_string().is_empty());
            }
        }
    }
}
