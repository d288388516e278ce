use super::testkit::*;
use super::*;
use crate::model::Unit;
use crate::query::checked::{Compare, Rank, Show, Trend};

fn checked(statement: Statement) -> Checked {
    Checked {
        statement,
        span: Span::new(0, 10),
    }
}

fn run(store: &FactStore, statement: Statement) -> Result<Answer<'_>, EvalError> {
    eval(&checked(statement), store)
}

fn compare_mc(store: &FactStore, periods: Vec<Period>) -> Comparison<'_> {
    let c = Compare {
        metric: kim_ngach(),
        conditions: vec![eq(Field::Place, Operand::Place(place("Móng Cái")))],
        periods,
        periods_span: Span::new(0, 0),
    };
    match run(store, Statement::Compare(c)).unwrap() {
        Answer::Comparison(c) => c,
        other => panic!("not a comparison: {other:?}"),
    }
}

fn ids<'a>(hits: &[Hit<'a>]) -> Vec<&'a str> {
    hits.iter().map(|h| h.fact.id.0.as_str()).collect()
}

#[test]
fn compare_keeps_the_over_and_agrees_with_the_reported_change() {
    let s = store(vec![
        fact("002:1", "Móng Cái", 1.7e9)
            .over()
            .period(h1(2024))
            .yoy(17.85),
        fact("000:5", "Móng Cái", 2.28e9).period(h1(2025)).yoy(34.0),
        fact("000:9", "Lạng Sơn", 41.7e9).over().period(h1(2025)),
    ]);
    let c = compare_mc(&s, vec![h1(2024), h1(2025)]);
    assert_eq!(c.rows.len(), 1, "Lạng Sơn is not asked for");
    let row = &c.rows[0];
    assert_eq!(row.cells[0].single().unwrap().qualifier, Qualifier::Over);
    let pct = row.pct_change.unwrap();
    assert!((pct.value - 34.1176).abs() < 1e-3);
    assert_eq!(
        pct.qualifier,
        Qualifier::AtMost,
        "growth over a `hơn` base is an upper limit"
    );
    assert_eq!(row.abs_change.unwrap().qualifier, Qualifier::AtMost);
    assert_eq!(row.agreement, Agreement::Agrees);
}

#[test]
fn a_wrong_reported_change_is_flagged() {
    let s = store(vec![
        fact("002:1", "Móng Cái", 1.7e9).period(h1(2024)),
        fact("000:5", "Móng Cái", 2.28e9).period(h1(2025)).yoy(50.0),
    ]);
    let c = compare_mc(&s, vec![h1(2024), h1(2025)]);
    assert_eq!(c.rows[0].agreement, Agreement::Differs);
}

#[test]
fn missing_data_is_missing_with_the_nearest_periods() {
    let s = store(vec![
        fact("000:5", "Móng Cái", 2.28e9).period(h1(2025)),
        fact("000:6", "Móng Cái", 1.1e9).period(Period::quarter(2023, 1).unwrap()),
        fact("000:7", "Móng Cái", 3.9e9).period(Period::year(2022).unwrap()),
    ]);
    let c = compare_mc(&s, vec![h1(2024), h1(2025)]);
    let row = &c.rows[0];
    match &row.cells[0] {
        Cell::Missing { nearest } => {
            assert_eq!(nearest[0], h1(2025));
            assert_eq!(nearest[1], Period::quarter(2023, 1).unwrap());
        }
        other => panic!("expected missing, got {other:?}"),
    }
    assert!(
        row.pct_change.is_none(),
        "no change is computed from a missing cell"
    );
    assert_eq!(
        row.agreement,
        Agreement::NotComparable(NotComparable::NoReportedChange)
    );
}

#[test]
fn conflicting_facts_are_all_shown() {
    let s = store(vec![
        fact("000:1", "Móng Cái", 2.28e9).period(h1(2025)),
        fact("003:4", "Móng Cái", 2.5e9).period(h1(2025)),
        fact("002:1", "Móng Cái", 1.7e9).period(h1(2024)),
    ]);
    let c = compare_mc(&s, vec![h1(2024), h1(2025)]);
    let cell = &c.rows[0].cells[1];
    assert!(cell.is_conflict());
    match cell {
        Cell::Facts { hits } => assert_eq!(ids(hits), ["000:1", "003:4"]),
        other => panic!("{other:?}"),
    }
    assert!(c.rows[0].pct_change.is_none(), "no value is picked");
}

#[test]
fn a_missing_base_is_implied_by_the_later_change_and_marked_derived() {
    let s = store(vec![fact("000:5", "Móng Cái", 2.28e9)
        .period(h1(2025))
        .yoy(34.0)]);
    let c = compare_mc(&s, vec![h1(2024), h1(2025)]);
    let row = &c.rows[0];
    match &row.cells[0] {
        Cell::Derived { figure, from, pct } => {
            assert!((figure.value - 2.28e9 / 1.34).abs() < 1.0);
            assert_eq!(from.0, "000:5");
            assert_eq!(*pct, 34.0);
        }
        other => panic!("expected derived, got {other:?}"),
    }
    assert_eq!(
        row.agreement,
        Agreement::NotComparable(NotComparable::BaseDerived)
    );
}

#[test]
fn a_nearby_cut_off_stands_in_for_the_period_and_is_marked() {
    let to_6_july = Period::year_to(chrono::NaiveDate::from_ymd_opt(2025, 7, 6).unwrap()).unwrap();
    let s = store(vec![
        fact("000:5", "Móng Cái", 2.28e9).period(to_6_july),
        fact("001:2", "Lạng Sơn", 41.7e9).period(h1(2025)),
        fact("001:3", "Lạng Sơn", 42.0e9).period(to_6_july),
    ]);
    let show = Show {
        metrics: vec![kim_ngach()],
        conditions: vec![eq(Field::Period, Operand::Period(h1(2025)))],
        order: Some((OrderField::Id, Direction::Asc)),
        limit: None,
    };
    let Answer::Facts(list) = run(&s, Statement::Show(show)).unwrap() else {
        panic!()
    };
    // Lạng Sơn has an exact H1 fact, so its 6 July figure is not used.
    assert_eq!(ids(&list.hits), ["000:5", "001:2"]);
    assert_eq!(list.hits[0].period_off, Some(6));
    assert_eq!(list.hits[1].period_off, None);
}

fn rank_all(s: &FactStore, conditions: Vec<Condition>) -> Result<Ranking<'_>, EvalError> {
    let r = Rank {
        metric: MetricSel {
            metric: Metric::PhuongTien,
            ..kim_ngach()
        },
        conditions,
        top: None,
    };
    run(s, Statement::Rank(r)).map(|a| match a {
        Answer::Ranking(r) => r,
        other => panic!("{other:?}"),
    })
}

#[test]
fn a_rate_is_never_ranked_or_totalled_with_a_count() {
    let s = store(vec![
        fact("000:1", "Bắc Luân II", 116_366.0).metric(Metric::PhuongTien, Unit::Luot),
        fact("000:2", "Hữu Nghị", 1_300.0).metric(Metric::PhuongTien, Unit::XeNgay),
    ]);
    match rank_all(&s, vec![]) {
        Err(EvalError::RateWithCount { rate, other, span }) => {
            assert_eq!((rate, other), (Unit::XeNgay, Unit::Luot));
            assert_eq!(span.offset(), 0);
            assert_eq!(span.len(), 9);
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
    let only_counts = rank_all(&s, vec![eq(Field::Unit, Operand::Unit(Unit::Luot))]).unwrap();
    assert_eq!(only_counts.entries.len(), 1);
}

#[test]
fn rank_counts_a_joint_place_once_and_keeps_qualifiers_in_the_total() {
    let s = store(vec![
        fact("000:1", "Bắc Luân II", 116_366.0)
            .metric(Metric::PhuongTien, Unit::Luot)
            .over(),
        fact("000:2", "Km3+4 Hải Yên", 40_031.0).metric(Metric::PhuongTien, Unit::Luot),
        fact("000:3", "Bắc Luân II + Km3+4 Hải Yên", 156_397.0)
            .metric(Metric::PhuongTien, Unit::Luot),
        fact("000:4", "Hữu Nghị", 200_000.0).metric(Metric::PhuongTien, Unit::Luot),
    ]);
    let r = rank_all(&s, vec![]).unwrap();
    let total = r.total.unwrap();
    assert_eq!(
        total.value, 356_397.0,
        "joint figure plus Hữu Nghị, members not again"
    );
    assert_eq!(total.qualifier, Qualifier::Exact);
    let bl2 = r
        .entries
        .iter()
        .find(|e| e.place.name() == "Bắc Luân II")
        .unwrap();
    assert_eq!(
        bl2.counted_in.as_ref().unwrap().name(),
        "Bắc Luân II + Km3+4 Hải Yên"
    );
    assert_eq!(bl2.figure.qualifier, Qualifier::Over);
    assert_eq!(r.entries[0].place.name(), "Hữu Nghị");
    let share = r.entries[0].share.unwrap();
    assert!((share.value - 56.117).abs() < 0.01);

    // Without the joint figure, an over in the parts makes the total an over.
    let s = store(vec![
        fact("000:1", "Bắc Luân II", 116_366.0)
            .metric(Metric::PhuongTien, Unit::Luot)
            .over(),
        fact("000:2", "Km3+4 Hải Yên", 40_031.0).metric(Metric::PhuongTien, Unit::Luot),
    ]);
    let total = rank_all(&s, vec![]).unwrap().total.unwrap();
    assert_eq!(total.qualifier, Qualifier::Over);
    assert_eq!(total.value, 156_397.0);
}

#[test]
fn rank_refuses_money_in_two_currencies() {
    let s = store(vec![
        fact("000:1", "Móng Cái", 1e9),
        fact("000:2", "Lạng Sơn", 1e12).metric(Metric::KimNgach, Unit::Vnd),
    ]);
    let r = Rank {
        metric: kim_ngach(),
        conditions: vec![],
        top: None,
    };
    assert!(matches!(
        run(&s, Statement::Rank(r)),
        Err(EvalError::MixedUnits { .. })
    ));
}

#[test]
fn trend_lists_periods_in_order_per_series() {
    let s = store(vec![
        fact("000:1", "Móng Cái", 2.28e9).period(h1(2025)),
        fact("000:2", "Móng Cái", 1.7e9).period(h1(2024)),
        fact("000:3", "Móng Cái", 1.2e9)
            .period(h1(2025))
            .flow(Flow::Export),
        fact("000:4", "Lạng Sơn", 9e9).period(h1(2025)),
    ]);
    let t = Trend {
        metric: kim_ngach(),
        conditions: vec![eq(Field::Place, Operand::Place(place("mong cai")))],
    };
    let Answer::Trend(t) = run(&s, Statement::Trend(t)).unwrap() else {
        panic!()
    };
    assert_eq!(t.series.len(), 2);
    let total = &t.series[0];
    assert_eq!(total.series.flow, Flow::Total);
    let periods: Vec<Period> = total.points.iter().map(|p| p.period).collect();
    assert_eq!(periods, [h1(2024), h1(2025)]);
    let no_place = Trend {
        metric: kim_ngach(),
        conditions: vec![],
    };
    assert!(matches!(
        run(&s, Statement::Trend(no_place)),
        Err(EvalError::TrendNeedsPlace { .. })
    ));
}

#[test]
fn check_names_the_facts_of_each_finding() {
    let s = store(vec![
        // exports + imports (1,5) below the total (2,28): other regimes
        fact("000:1", "Móng Cái", 2.28e9),
        fact("000:2", "Móng Cái", 1.0e9).flow(Flow::Export),
        fact("000:3", "Móng Cái", 0.5e9).flow(Flow::Import),
        // a second article disagrees on the total
        fact("003:1", "Móng Cái", 2.6e9),
        // reported change does not follow from the levels
        fact("002:1", "Lạng Sơn", 30e9).period(h1(2024)),
        fact("002:2", "Lạng Sơn", 41.7e9).yoy(10.0),
        // members of a joint place exceed it
        fact("004:1", "Bắc Luân II", 120_000.0).metric(Metric::PhuongTien, Unit::Luot),
        fact("004:2", "Km3+4 Hải Yên", 40_031.0).metric(Metric::PhuongTien, Unit::Luot),
        fact("004:3", "Bắc Luân II + Km3+4 Hải Yên", 156_397.0)
            .metric(Metric::PhuongTien, Unit::Luot),
    ]);
    let Answer::Findings(f) = run(&s, Statement::Check(vec![])).unwrap() else {
        panic!()
    };
    let mut flow_sum_totals = Vec::new();
    let mut kinds: Vec<&str> = f
        .findings
        .iter()
        .map(|x| match x {
            Finding::FlowSum { total, export, .. } => {
                assert_eq!(export.0, "000:2");
                flow_sum_totals.push(total.0.as_str());
                "flow_sum"
            }
            Finding::Conflict { facts, .. } => {
                let ids: Vec<&str> = facts.iter().map(|(id, _, _)| id.0.as_str()).collect();
                assert_eq!(ids, ["000:1", "003:1"]);
                "conflict"
            }
            Finding::ChangeMismatch { fact, base, .. } => {
                assert_eq!((fact.0.as_str(), base.0.as_str()), ("002:2", "002:1"));
                "change"
            }
            Finding::PartsWhole {
                whole,
                parts,
                joint,
                ..
            } => {
                assert!(joint);
                assert_eq!(whole.0, "004:3");
                assert_eq!(parts.len(), 2);
                "parts"
            }
        })
        .collect();
    kinds.sort();
    // The 003 total also has export and import parts in 000, so its sum is
    // checked too and found short.
    assert_eq!(
        kinds,
        ["change", "conflict", "flow_sum", "flow_sum", "parts"]
    );
    assert_eq!(flow_sum_totals, ["000:1", "003:1"]);
}

#[test]
fn check_accepts_figures_within_their_qualifiers() {
    let s = store(vec![
        fact("000:1", "Móng Cái", 2.8e9).over(),
        fact("000:2", "Móng Cái", 1.58e9).flow(Flow::Export).over(),
        fact("000:3", "Móng Cái", 1.19e9).flow(Flow::Import).over(),
        fact("003:1", "Móng Cái", 2.9e9),
    ]);
    let Answer::Findings(f) = run(&s, Statement::Check(vec![])).unwrap() else {
        panic!()
    };
    assert!(f.findings.is_empty(), "{:?}", f.findings);
    assert!(f.checks >= 2);
}

#[test]
fn source_highlights_the_number_in_its_sentence() {
    let sentence = "Kim ngạch đạt 2,28 tỷ USD, tăng 34%.";
    let s = store(vec![fact("000:5", "Móng Cái", 2.28e9).quote(
        100,
        sentence,
        "2,28 tỷ USD",
    )]);
    let Answer::Source(a) = run(&s, Statement::Source("000:5".into())).unwrap() else {
        panic!()
    };
    let (from, to) = a.highlight.unwrap();
    assert_eq!(&a.sentence.as_deref().unwrap()[from..to], "2,28 tỷ USD");
    match run(&s, Statement::Source("000:6".into())) {
        Err(EvalError::UnknownFact { help, .. }) => {
            assert_eq!(help.unwrap(), "did you mean `000:5`?")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn estimates_travel_into_computed_changes() {
    let s = store(vec![
        fact("000:1", "Móng Cái", 1.7e9).period(h1(2024)),
        fact("000:2", "Móng Cái", 2.28e9)
            .period(h1(2025))
            .estimate(),
    ]);
    let c = compare_mc(&s, vec![h1(2024), h1(2025)]);
    assert!(c.rows[0].pct_change.unwrap().estimate);
}

#[test]
fn selection_matches_a_scan() {
    // The indexed path must select what testing every fact would.
    let s = store(vec![
        fact("000:1", "Bắc Luân II", 1.0).period(h1(2024)),
        fact("000:2", "Móng Cái", 2.0).period(h1(2025)),
        fact("001:1", "Lạng Sơn", 3.0)
            .period(h1(2025))
            .flow(Flow::Export),
        fact("001:2", "Hữu Nghị", 4.0)
            .period(h1(2025))
            .metric(Metric::PhuongTien, Unit::Luot),
    ]);
    let conds = vec![
        eq(Field::Province, Operand::Place(place("Quảng Ninh"))),
        eq(Field::Year, Operand::Year(2025)),
    ];
    let hits = select(&s, &[kim_ngach()], &conds, Defaults::NONE);
    assert_eq!(ids(&hits), ["000:2"]);
    let conds = vec![Condition {
        field: Field::Doc,
        test: Test::Cmp(CmpOp::Eq, Operand::Text("001".into())),
        span: Span::default(),
    }];
    assert_eq!(
        ids(&select(&s, &[], &conds, Defaults::NONE)),
        ["001:1", "001:2"]
    );
    let conds = vec![Condition {
        field: Field::Place,
        test: Test::Contains("luan".into()),
        span: Span::default(),
    }];
    assert_eq!(ids(&select(&s, &[], &conds, Defaults::NONE)), ["000:1"]);
}

#[test]
fn a_near_fact_stands_in_for_one_period_while_its_series_is_exact_in_another() {
    let to_6_july = Period::year_to(chrono::NaiveDate::from_ymd_opt(2025, 7, 6).unwrap()).unwrap();
    let s = store(vec![
        fact("002:1", "Móng Cái", 1.7e9).period(h1(2024)),
        fact("000:5", "Móng Cái", 2.28e9).period(to_6_july),
    ]);
    let c = compare_mc(&s, vec![h1(2024), h1(2025)]);
    let row = &c.rows[0];
    match &row.cells[1] {
        Cell::Facts { hits } => assert_eq!(hits[0].period_off, Some(6)),
        other => panic!("{other:?}"),
    }
    assert!(row.pct_change.is_some());
}

#[test]
fn one_joint_place_named_in_two_orders_is_one_entry() {
    let s = store(vec![
        fact("000:1", "Lạng Sơn + Cao Bằng", 42.5e9),
        fact("003:1", "Cao Bằng + Lạng Sơn", 42.5e9),
        fact("000:2", "Lạng Sơn", 41.7e9),
    ]);
    let r = Rank {
        metric: kim_ngach(),
        conditions: vec![],
        top: None,
    };
    let Answer::Ranking(r) = run(&s, Statement::Rank(r)).unwrap() else {
        panic!()
    };
    assert_eq!(r.entries.len(), 2);
    assert_eq!(ids(&r.entries[0].hits), ["000:1", "003:1"]);
    assert_eq!(r.total.unwrap().value, 42.5e9);
}

#[test]
fn an_empty_period_selection_names_the_nearest_periods_with_data() {
    let s = store(vec![
        fact("000:1", "Móng Cái", 2.28e9).period(h1(2025)),
        fact("000:2", "Móng Cái", 0.6e9).period(Period::quarter(2024, 1).unwrap()),
        fact("000:3", "Lạng Sơn", 9e9).period(h1(2024)),
    ]);
    let show = Show {
        metrics: vec![kim_ngach()],
        conditions: vec![
            eq(Field::Place, Operand::Place(place("Móng Cái"))),
            eq(Field::Period, Operand::Period(h1(2024))),
        ],
        order: None,
        limit: None,
    };
    let Answer::Facts(list) = run(&s, Statement::Show(show)).unwrap() else {
        panic!()
    };
    assert!(list.hits.is_empty());
    // Lạng Sơn's H1 2024 is not Móng Cái's data.
    assert_eq!(list.nearest, [Period::quarter(2024, 1).unwrap(), h1(2025)]);
}
