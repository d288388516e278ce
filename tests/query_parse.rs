//! The query front end: every statement form, the examples in the
//! documentation, round trips, diagnostics (message, span, help), REPL
//! assistance, and a property test that no input panics.

use std::path::Path;

use bienmau::model::{Bound, Fact, FactId, Flow, Kind, Metric, Span, Unit, Value};
use bienmau::period::Period;
use bienmau::places::{Gazetteer, Place};
use bienmau::query::assist::{complete, completeness, highlight, Completeness, TokenClass};
use bienmau::query::check::check_source;
use bienmau::query::checked::{
    CmpOp, Field, ListTarget, NumberStyle, Operand, OutputFormat, Setting, Statement, Test,
};
use bienmau::query::error::QueryError;
use bienmau::query::parse::{parse_source, statement_spans};
use bienmau::store::FactStore;
use proptest::prelude::*;

fn fact(id: &str, place: &str, period: Period, value: f64, commodity: Option<&str>) -> Fact {
    let g = Gazetteer::builtin();
    Fact {
        id: FactId(id.to_string()),
        doc: format!("{}_test", &id[..3]).into(),
        place: Place::single(g.lookup(place).expect("test place exists")),
        metric: Metric::KimNgach,
        flow: Flow::Total,
        scope: None,
        commodity: commodity.map(String::from),
        period: Some(period),
        value: Value {
            value,
            high: None,
            bound: Bound::Exact,
            estimate: false,
        },
        unit: Unit::Usd,
        change: None,
        plan_pct: None,
        kind: Kind::Actual,
        span: Span::new(0, 1),
        reporter: None,
        sentence: 0,
        quote: None,
    }
}

/// Three facts in two documents, one with a commodity.
fn store() -> FactStore {
    FactStore::from_facts([
        fact(
            "000:1",
            "Móng Cái",
            Period::half(2025, 1).unwrap(),
            2.28e9,
            None,
        ),
        fact(
            "000:2",
            "Móng Cái",
            Period::half(2024, 1).unwrap(),
            1.7e9,
            None,
        ),
        fact(
            "001:1",
            "Hữu Nghị",
            Period::year(2024).unwrap(),
            5e8,
            Some("sầu riêng"),
        ),
    ])
    .unwrap()
}

/// Checks one statement; panics with the errors when it does not check.
fn ok(src: &str) -> Statement {
    let mut out = check_source(src, &store());
    assert_eq!(out.len(), 1, "one statement in {src:?}");
    match out.remove(0).1 {
        Ok(c) => c.statement,
        Err(e) => panic!(
            "{src:?} did not check: {:?}",
            e.errors().map(|e| e.to_string()).collect::<Vec<_>>()
        ),
    }
}

/// The errors of one statement.
fn errors(src: &str) -> Vec<QueryError> {
    let mut out = check_source(src, &store());
    assert_eq!(out.len(), 1, "one statement in {src:?}");
    match out.remove(0).1 {
        Ok(c) => panic!("{src:?} checked: {c:?}"),
        Err(e) => e.errors().cloned().collect(),
    }
}

/// The text an error's label points at.
fn pointed<'s>(src: &'s str, e: &QueryError) -> &'s str {
    let s = e.span();
    &src[s.start..s.end]
}

/// A statement's debug form without its spans, which differ between two
/// spellings of the same statement.
fn shape(s: &Statement) -> String {
    let text = format!("{s:?}");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find("span: Span {") {
        out.push_str(&rest[..at]);
        let close = rest[at..].find('}').unwrap();
        rest = &rest[at + close + 1..];
    }
    out.push_str(rest);
    out
}

fn h1(y: i32) -> Period {
    Period::half(y, 1).unwrap()
}

#[test]
fn the_issue_statement_checks_to_two_half_years_at_mong_cai() {
    let Statement::Compare(c) =
        ok("compare kim_ngach where gate=\"Móng Cái\" period=H1 2024..2025")
    else {
        panic!("not a compare")
    };
    assert_eq!(c.metric.metric, Metric::KimNgach);
    assert_eq!(c.periods, vec![h1(2024), h1(2025)]);
    let mong_cai = Gazetteer::builtin().lookup("Móng Cái").unwrap();
    assert_eq!(c.conditions.len(), 1);
    assert_eq!(c.conditions[0].field, Field::Place);
    assert_eq!(
        c.conditions[0].test,
        Test::Cmp(CmpOp::Eq, Operand::Place(mong_cai))
    );
}

#[test]
fn place_names_match_without_case_or_diacritics() {
    let forms = [
        "show kim_ngach where gate=mong cai",
        "show kim_ngach where gate=\"Mong Cai\"",
        "show kim_ngach where gate=\"Móng Cái\"",
        // Decomposed (NFD) input.
        "show kim_ngach where gate=\"Mo\u{301}ng Ca\u{301}i\"",
        "SHOW KIM_NGACH WHERE GATE=MONG CAI",
    ];
    let first = shape(&ok(forms[0]));
    assert!(first.contains("Place(PlaceId("));
    for f in &forms[1..] {
        assert_eq!(shape(&ok(f)), first, "{f}");
    }
}

#[test]
fn every_statement_form_checks() {
    assert!(matches!(
        ok("show xuat_khau, imports where province=quang ninh and year >= 2024 order by value desc limit 3"),
        Statement::Show(s) if s.metrics.len() == 2
            && s.metrics[0].flow == Some(Flow::Export)
            && s.metrics[1].flow == Some(Flow::Import)
            && s.limit == Some(3)
            && s.conditions.len() == 2
    ));
    assert!(matches!(
        ok("rank trade where period=H1 2025 top 5"),
        Statement::Rank(r) if r.top == Some(5)
    ));
    assert!(matches!(
        ok("trend kim_ngach where place=Móng Cái"),
        Statement::Trend(_)
    ));
    assert!(matches!(ok("check"), Statement::Check(c) if c.is_empty()));
    assert!(matches!(ok("check where doc=000"), Statement::Check(c) if c.len() == 1));
    assert_eq!(ok("source 000:2"), Statement::Source("000:2".into()));
    assert_eq!(
        ok("list commodities"),
        Statement::List(ListTarget::Commodities)
    );
    assert_eq!(
        ok("explain so  với cùng kỳ"),
        Statement::Explain("so với cùng kỳ".into())
    );
    assert_eq!(
        ok("explain \"mở tờ khai\""),
        Statement::Explain("mở tờ khai".into())
    );
    assert_eq!(ok("help"), Statement::Help(None));
    assert_eq!(ok("HELP Compare"), Statement::Help(Some("compare".into())));
    assert_eq!(
        ok("set format json"),
        Statement::Set(Setting::Format(OutputFormat::Json))
    );
    assert_eq!(
        ok("set numbers en"),
        Statement::Set(Setting::Numbers(NumberStyle::En))
    );
}

#[test]
fn period_series_and_lists() {
    let Statement::Compare(c) = ok("compare trade where period=Q1 2024..Q4 2024") else {
        panic!()
    };
    let quarters: Vec<String> = c.periods.iter().map(|p| p.label()).collect();
    assert_eq!(quarters, ["Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"]);
    for (series, labels) in [
        ("2025-01..2025-03", vec!["2025-01", "2025-02", "2025-03"]),
        ("9M 2023..2025", vec!["9M 2023", "9M 2024", "9M 2025"]),
        ("H2 2024..H1 2025", vec!["H2 2024", "H1 2025"]),
        ("Q4 2024..2025", vec!["Q4 2024", "Q4 2025"]),
    ] {
        let Statement::Compare(c) = ok(&format!("compare trade where period={series}")) else {
            panic!()
        };
        let got: Vec<String> = c.periods.iter().map(|p| p.label()).collect();
        assert_eq!(got, labels, "{series}");
    }
    let Statement::Compare(c) = ok("compare trade where period=2023..2025") else {
        panic!()
    };
    assert_eq!(c.periods.len(), 3);
    let Statement::Compare(c) =
        ok("compare trade where period in (H1 2024, \"6 tháng đầu năm 2025\")")
    else {
        panic!()
    };
    assert_eq!(c.periods, vec![h1(2024), h1(2025)]);
    let Statement::Compare(c) =
        ok("compare trade where period=H1 2024 gate=mong cai period=H1 2025")
    else {
        panic!()
    };
    assert_eq!(c.periods, vec![h1(2024), h1(2025)]);
    assert_eq!(c.conditions.len(), 1);
    // A span of days is one period, not a series.
    let Statement::Show(s) = ok("show trade where period=2025-01-01..2025-03-15") else {
        panic!()
    };
    let Test::Cmp(CmpOp::Eq, Operand::Period(p)) = &s.conditions[0].test else {
        panic!("{:?}", s.conditions[0].test)
    };
    assert_eq!(p.label(), "2025-01-01..2025-03-15");
    let Statement::Show(s) = ok("show trade where period within 2025") else {
        panic!()
    };
    assert_eq!(
        s.conditions[0].test,
        Test::Within(Period::year(2025).unwrap())
    );
}

#[test]
fn values_with_units_and_changes() {
    let Statement::Show(s) =
        ok("show trade where value > 1 tỷ USD value >= 500 triệu value < 1.5bn change > 30%")
    else {
        panic!()
    };
    let tests: Vec<&Test> = s.conditions.iter().map(|c| &c.test).collect();
    assert_eq!(
        tests,
        [
            &Test::Cmp(
                CmpOp::Gt,
                Operand::Quantity {
                    value: 1e9,
                    unit: Some(Unit::Usd)
                }
            ),
            &Test::Cmp(
                CmpOp::Ge,
                Operand::Quantity {
                    value: 5e8,
                    unit: None
                }
            ),
            &Test::Cmp(
                CmpOp::Lt,
                Operand::Quantity {
                    value: 1.5e9,
                    unit: None
                }
            ),
            &Test::Cmp(CmpOp::Gt, Operand::Number(30.0)),
        ]
    );
}

#[test]
fn decomposed_input_reads_like_composed() {
    use unicode_normalization::UnicodeNormalization;
    let nfc = "show trade where value > 1 tỷ USD period=\"6 tháng đầu năm 2025\" gate=Móng Cái";
    let nfd: String = nfc.nfd().collect();
    assert_ne!(nfc, nfd);
    assert_eq!(shape(&ok(&nfd)), shape(&ok(nfc)));
}

#[test]
fn a_decimal_comma_in_a_list_is_quoted() {
    let Statement::Show(s) = ok("show trade where value in (\"1,5 tỷ USD\", 2 tỷ USD)") else {
        panic!()
    };
    assert_eq!(
        s.conditions[0].test,
        Test::In(vec![
            Operand::Quantity {
                value: 1.5e9,
                unit: Some(Unit::Usd)
            },
            Operand::Quantity {
                value: 2e9,
                unit: Some(Unit::Usd)
            },
        ])
    );
}

#[test]
fn closed_vocabularies_ignore_case_and_diacritics() {
    let Statement::Show(s) = ok(
        "show trade where unit=usd kind=ACTUAL scope=none flow=xuat_khau unit=\"xe/ngay\" unit=tan",
    ) else {
        panic!()
    };
    let tests: Vec<&Test> = s.conditions.iter().map(|c| &c.test).collect();
    assert_eq!(
        tests,
        [
            &Test::Cmp(CmpOp::Eq, Operand::Unit(Unit::Usd)),
            &Test::Cmp(CmpOp::Eq, Operand::Kind(Kind::Actual)),
            &Test::Cmp(CmpOp::Eq, Operand::Scope(None)),
            &Test::Cmp(CmpOp::Eq, Operand::Flow(Flow::Export)),
            &Test::Cmp(CmpOp::Eq, Operand::Unit(Unit::XeNgay)),
            &Test::Cmp(CmpOp::Eq, Operand::Unit(Unit::Tan)),
        ]
    );
}

#[test]
fn commodities_and_docs_come_from_the_store() {
    let Statement::Show(s) = ok("show trade where commodity=\"SAU RIENG\" doc=001_test") else {
        panic!()
    };
    assert_eq!(
        s.conditions[0].test,
        Test::Cmp(CmpOp::Eq, Operand::Text("sầu riêng".into()))
    );
    assert_eq!(
        s.conditions[1].test,
        Test::Cmp(CmpOp::Eq, Operand::Text("001_test".into()))
    );
    let src = "show trade where commodity=sau rieg";
    let e = errors(src);
    assert_eq!(pointed(src, &e[0]), "sau rieg");
    assert!(e[0].help_text().unwrap().contains("sầu riêng"));
}

#[test]
fn unknown_metric_points_at_it_and_suggests() {
    let src = "show kim_ngac where gate=\"Móng Cái\"";
    let e = errors(src);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].to_string(), "unknown metric `kim_ngac`");
    assert_eq!(pointed(src, &e[0]), "kim_ngac");
    assert_eq!(
        e[0].help_text().as_deref(),
        Some("did you mean `kim_ngach`?")
    );
}

#[test]
fn unknown_statement_field_and_place_suggest_the_closest() {
    let src = "shw kim_ngach";
    let e = errors(src);
    assert_eq!(pointed(src, &e[0]), "shw");
    assert_eq!(e[0].help_text().as_deref(), Some("did you mean `show`?"));

    let src = "show kim_ngach where gat=mong cai";
    let e = errors(src);
    assert_eq!(pointed(src, &e[0]), "gat");
    assert!(e[0].help_text().unwrap().contains("`gate`"));

    // Nothing close in a short vocabulary: all of it is listed.
    let src = "set colour on";
    let e = errors(src);
    assert_eq!(pointed(src, &e[0]), "colour");
    assert_eq!(
        e[0].help_text().as_deref(),
        Some("settings: `format`, `numbers`")
    );

    let src = "show kim_ngach where gate=Mong Kai";
    let e = errors(src);
    assert_eq!(e[0].to_string(), "unknown place `Mong Kai`");
    assert_eq!(pointed(src, &e[0]), "Mong Kai");
    assert_eq!(
        e[0].help_text().as_deref(),
        Some("did you mean `Móng Cái`?")
    );
}

#[test]
fn several_errors_of_one_statement_are_reported_together() {
    let src = "show kim_ngac where gate=Mong Kai perod=H1 2025 value > \"Móng Cái\"";
    let e = errors(src);
    let at: Vec<&str> = e.iter().map(|e| pointed(src, e)).collect();
    assert_eq!(at, ["kim_ngac", "Mong Kai", "perod", "\"Móng Cái\""]);
    // The diagnostic shows the first and relates the others.
    let all = check_source(src, &store()).remove(0).1.unwrap_err();
    assert_eq!(miette::Diagnostic::related(&all).unwrap().count(), 3);
}

#[test]
fn reports_show_file_line_and_every_related_error() {
    let src = "list metrics\nshow kim_ngac where perod=H1 2025\n";
    let (_, r) = check_source(src, &store()).remove(1);
    let report = miette::Report::new(r.unwrap_err())
        .with_source_code(miette::NamedSource::new("a.bmq", src.to_string()));
    let mut out = String::new();
    miette::NarratableReportHandler::new()
        .render_report(&mut out, report.as_ref())
        .unwrap();
    assert!(out.contains("unknown metric `kim_ngac`"), "{out}");
    assert!(
        out.contains("label at line 2, columns 6 to 13: unknown metric"),
        "{out}"
    );
    assert!(out.contains("did you mean `kim_ngach`?"), "{out}");
    assert!(out.contains("unknown field `perod`"), "{out}");
    assert!(
        out.contains("label at line 2, columns 21 to 25: unknown field"),
        "{out}"
    );
    assert!(out.contains("did you mean `period`?"), "{out}");
    assert!(out.contains("a.bmq"), "{out}");
}

#[test]
fn parser_recovers_after_a_broken_condition() {
    let src = "show kim_ngach where gate= period=H9 2025 flow=sideways";
    let e = errors(src);
    let at: Vec<&str> = e.iter().map(|e| pointed(src, e)).collect();
    assert_eq!(at, ["period", "H9 2025", "sideways"]);
    assert!(e[0].to_string().contains("expected a value"));
    assert!(e[1].to_string().starts_with("malformed period"));
    assert!(e[2].help_text().is_none() || e[2].to_string().contains("flow"));
}

#[test]
fn type_errors_say_what_the_field_takes() {
    let src = "show trade where value > \"Móng Cái\"";
    let e = errors(src);
    assert_eq!(pointed(src, &e[0]), "\"Móng Cái\"");
    assert!(e[0].to_string().contains("`value` takes a number"));
    assert_eq!(
        e[0].help_text().as_deref(),
        Some("`Móng Cái` is a place: write `place=\"Móng Cái\"`")
    );
    let e = errors("show trade where gate=H1 2025");
    assert_eq!(
        e[0].help_text().as_deref(),
        Some("`H1 2025` is a period: write `period=\"H1 2025\"`")
    );

    let src = "show trade where period = 42";
    let e = errors(src);
    assert_eq!(pointed(src, &e[0]), "42");
    assert!(e[0].to_string().contains("`period` takes a period"));

    // A number reader's complaint points where it stopped.
    let src = "show trade where value > 5 tỷ xyz";
    let e = errors(src);
    assert_eq!(e[0].to_string(), "malformed number `5 tỷ xyz`");
    assert_eq!(pointed(src, &e[0]), "xyz");

    // A date-like text is a period to read, not a number.
    let src = "show trade where period = 2025-13";
    let e = errors(src);
    assert!(e[0].to_string().starts_with("malformed period `2025-13`"));
    assert_eq!(pointed(src, &e[0]), "2025-13");

    let src = "show trade where year = H1 2025";
    let e = errors(src);
    assert_eq!(pointed(src, &e[0]), "H1 2025");
    assert_eq!(
        e[0].help_text().as_deref(),
        Some("for a part of a year write `period=H1 2025`")
    );

    let src = "show trade where change > 5 tỷ USD";
    let e = errors(src);
    assert_eq!(pointed(src, &e[0]), "5 tỷ USD");
    assert!(e[0].to_string().contains("takes no unit"));

    for (src, op) in [
        ("show trade where flow < export", "<"),
        ("show trade where gate >= mong cai", ">="),
    ] {
        let e = errors(src);
        assert_eq!(pointed(src, &e[0]), op, "{src}");
        assert!(e[0].to_string().contains("does not apply"), "{src}");
    }
}

#[test]
fn statement_rules_are_errors_with_spans() {
    let src = "compare kim_ngach where gate=mong cai period=H1 2025";
    let e = errors(src);
    assert_eq!(e[0].to_string(), "`compare` needs at least two periods");
    assert_eq!(pointed(src, &e[0]), "period=H1 2025");

    let src = "rank kim_ngach where gate=mong cai";
    let e = errors(src);
    assert_eq!(e[0].to_string(), "`rank` needs one period");
    assert_eq!(pointed(src, &e[0]), "rank");

    let src = "trend kim_ngach where period=H1 2025";
    let e = errors(src);
    assert_eq!(e[0].to_string(), "`trend` follows one place");

    // A rule is not reported when the condition it looks for is already wrong.
    let e = errors("compare kim_ngach where period=H7 2024..2025");
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].to_string().starts_with("malformed period"));
    let e = errors("compare kim_ngach where period=");
    assert_eq!(e.len(), 1, "{e:?}");
    // …but is, beside other errors, when it holds on its own.
    let e = errors("trend kim_ngac where period=H1 2025");
    let messages: Vec<String> = e.iter().map(|e| e.to_string()).collect();
    assert_eq!(
        messages,
        ["`trend` follows one place", "unknown metric `kim_ngac`"]
    );

    let src = "show kim_ngach top 3";
    let e = errors(src);
    assert_eq!(pointed(src, &e[0]), "3");
    assert_eq!(e[0].help_text().as_deref(), Some("`show` takes `limit N`"));
}

#[test]
fn clauses_come_in_order_once_each() {
    for (src, at) in [
        ("show kim_ngach limit 5 where gate=mong cai", "where"),
        ("show kim_ngach limit 5 order by value", "order"),
        ("show kim_ngach limit 5 limit 6", "limit"),
        ("show kim_ngach order by value where year=2024", "where"),
    ] {
        let e = errors(src);
        assert_eq!(e.len(), 1, "{src}: {e:?}");
        assert_eq!(pointed(src, &e[0]), at, "{src}");
        assert!(e[0].to_string().ends_with("out of place"), "{src}");
    }
}

#[test]
fn sql_habits_get_the_bienmau_way() {
    let cases = [
        ("select kim_ngach from facts", "select", "show kim_ngach"),
        (
            "show kim_ngach where gate='Móng Cái'",
            "'Móng Cái'",
            "\"Móng Cái\"",
        ),
        (
            "show kim_ngach where value between 1 and 2",
            "between",
            ">=",
        ),
        (
            "show kim_ngach where gate=mong cai or gate=huu nghi",
            "or",
            "in (",
        ),
        ("show kim_ngach where gate == mong cai", "==", "`=`"),
        ("show kim_ngach where gate <> mong cai", "<>", "`!=`"),
        ("show kim_ngach where gate like mong", "like", "`~`"),
        ("show kim_ngach from facts", "from", "where"),
    ];
    for (src, at, hint) in cases {
        let e = errors(src);
        let habit = e
            .iter()
            .find(|e| matches!(e, QueryError::SqlHabit { .. }))
            .unwrap_or_else(|| panic!("no SQL hint for {src}: {e:?}"));
        assert_eq!(pointed(src, habit), at, "{src}");
        assert!(
            habit.help_text().unwrap().contains(hint),
            "{src}: {:?}",
            habit.help_text()
        );
    }
    // `AND` in capitals is a keyword like any other.
    ok("show kim_ngach WHERE gate=mong cai AND year=2025");
}

#[test]
fn statements_split_on_semicolons_and_complete_lines() {
    let src = "explain don't\nlist metrics; list places -- a comment\n\nshow kim_ngach where\n  gate=mong cai and\n  year=2025\n-- only a comment\nhelp";
    let spans = statement_spans(src);
    let texts: Vec<&str> = spans.iter().map(|s| &src[s.start..s.end]).collect();
    assert_eq!(
        texts,
        [
            "explain don't",
            "list metrics",
            "list places",
            "show kim_ngach where\n  gate=mong cai and\n  year=2025",
            "help"
        ]
    );
}

#[test]
fn a_bad_statement_does_not_stop_the_next() {
    let src = "show kim_ngac\nlist places\nshow trade where gate=\"Móng\nhelp";
    let out = check_source(src, &store());
    let ok: Vec<bool> = out.iter().map(|(_, r)| r.is_ok()).collect();
    assert_eq!(ok, [false, true, false, true]);
    // Spans are offsets into the whole source.
    let (span, r) = &out[2];
    assert_eq!(&src[span.start..span.end], "show trade where gate=\"Móng");
    let e = r.as_ref().unwrap_err().errors().next().unwrap().clone();
    assert_eq!(pointed(src, &e), "\"Móng");
    assert_eq!(e.to_string(), "unclosed string");
}

#[test]
fn a_missing_quote_costs_one_statement() {
    let src =
        "show trade where gate=\"Móng\nlist metrics\nshow trade where gate=\"Hữu Nghị\"\nhelp";
    let texts: Vec<&str> = statement_spans(src)
        .into_iter()
        .map(|s| &src[s.start..s.end])
        .collect();
    assert_eq!(
        texts,
        [
            "show trade where gate=\"Móng",
            "list metrics",
            "show trade where gate=\"Hữu Nghị\"",
            "help"
        ]
    );
    // A string continued on the next line, as the REPL allows, stays whole.
    let src = "show trade where gate=\"Móng\nCái\"\nhelp";
    let out = check_source(src, &store());
    assert_eq!(out.len(), 2);
    assert!(out.iter().all(|(_, r)| r.is_ok()));
}

/// Example statements in the grammar, the README and `examples/`.
fn documented_examples() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let ebnf = std::fs::read_to_string(root.join("grammar/bienmau.ebnf")).unwrap();
    for line in ebnf.lines() {
        let l = line.trim();
        if let Some(ex) = l.strip_prefix("(* e.g.") {
            let ex = ex
                .strip_suffix("*)")
                .expect("example comment closes on its line");
            out.push(("grammar/bienmau.ebnf".into(), ex.trim().to_string()));
        }
    }
    let mut scripts = vec![root.join("grammar/examples.bmq")];
    if let Ok(dir) = std::fs::read_dir(root.join("examples")) {
        for e in dir.flatten() {
            if e.path().extension().is_some_and(|x| x == "bmq") {
                scripts.push(e.path());
            }
        }
    }
    for path in scripts {
        let text = std::fs::read_to_string(&path).unwrap();
        out.push((path.display().to_string(), text));
    }
    if let Ok(readme) = std::fs::read_to_string(root.join("README.md")) {
        let mut block: Option<String> = None;
        for line in readme.lines() {
            match (&mut block, line.trim()) {
                (None, "```bmq") => block = Some(String::new()),
                (Some(b), "```") => {
                    out.push(("README.md".into(), std::mem::take(b)));
                    block = None;
                }
                (Some(b), _) => {
                    b.push_str(line);
                    b.push('\n');
                }
                (None, _) => {}
            }
        }
        assert!(block.is_none(), "README.md: a ```bmq block is not closed");
    }
    out
}

#[test]
fn every_documented_example_parses() {
    let examples = documented_examples();
    assert!(
        examples.len() >= 20,
        "found only {} examples",
        examples.len()
    );
    let mut statements = 0;
    for (file, text) in &examples {
        for (span, parsed) in parse_source(text) {
            statements += 1;
            assert!(
                parsed.errors.is_empty() && parsed.statement.is_some(),
                "{file}: {:?} does not parse: {:?}",
                &text[span.start..span.end],
                parsed
                    .errors
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
            );
        }
    }
    assert!(statements >= 40, "only {statements} statements");
}

/// The example script is meant to be run: over the embedded sample every
/// statement in it checks.
#[test]
fn the_example_script_checks_over_the_sample() {
    let sample = bienmau::extract::extract_all(&bienmau::corpus::sample());
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar/examples.bmq"))
            .unwrap();
    let out = check_source(&text, &sample);
    assert!(out.len() >= 25);
    for (span, r) in out {
        if let Err(e) = r {
            panic!(
                "{:?}: {:?}",
                &text[span.start..span.end],
                e.errors().map(|e| e.to_string()).collect::<Vec<_>>()
            );
        }
    }
}

/// Parse → print → parse gives the same tree (compared by its printed
/// form, since spans move) and the same checked statement.
#[test]
fn printing_round_trips() {
    let s = store();
    for (_, text) in documented_examples() {
        for (span, parsed) in parse_source(&text) {
            let stmt = parsed.statement.unwrap();
            let printed = stmt.to_string();
            let again = parse_source(&printed);
            assert_eq!(again.len(), 1, "{printed}");
            let re = again[0].1.statement.as_ref().unwrap();
            assert_eq!(re.to_string(), printed);
            let a = check_source(&text[span.start..span.end], &s).remove(0).1;
            let b = check_source(&printed, &s).remove(0).1;
            assert_eq!(
                a.map(|c| shape(&c.statement)).map_err(|e| e.len()),
                b.map(|c| shape(&c.statement)).map_err(|e| e.len()),
                "{printed}"
            );
        }
    }
}

#[test]
fn completeness_waits_only_for_unfinished_endings() {
    let incomplete = [
        "show kim_ngach where",
        "show kim_ngach where gate=",
        "show kim_ngach where gate=\"Móng",
        "show kim_ngach where gate in (\"Móng Cái\",",
        "show kim_ngach where gate=mong cai and",
        "show kim_ngach, ",
        "show kim_ngach where year >",
        "show kim_ngach order by",
    ];
    for t in incomplete {
        assert_eq!(completeness(t), Completeness::Incomplete, "{t}");
    }
    let complete = [
        "show kim_ngach",
        "show kim_ngach where gate=mong cai",
        "shw kim_ngach where",
        "list metrics; show kim_ngach",
        "show",
        // A field alone is an error to show, not a reason to wait.
        "show kim_ngach where gate",
        "",
    ];
    for t in complete {
        assert_eq!(completeness(t), Completeness::Complete, "{t}");
    }
}

fn replacements(text: &str) -> (usize, Vec<String>) {
    let (at, c) = complete(text, text.len(), &store());
    (at, c.into_iter().map(|c| c.replacement).collect())
}

#[test]
fn completion_follows_the_grammar() {
    assert_eq!(replacements("sh"), (0, vec!["show".to_string()]));
    let (at, c) = replacements("show kim");
    assert_eq!((at, c), (5, vec!["kim_ngach".to_string()]));
    assert_eq!(
        replacements("show kim_ngach where pe"),
        (21, vec!["period".to_string()])
    );
    let (at, c) = complete("show kim_ngach where gate=mong", 30, &store());
    assert_eq!(at, 26);
    assert_eq!(c[0].replacement, "\"Móng Cái\"");
    assert_eq!(c[0].display, "Móng Cái (city)");
    // Inside an open quote, and with a name of two words typed bare.
    assert_eq!(
        replacements("show kim_ngach where gate=\"").1.len(),
        Gazetteer::builtin().iter().count()
    );
    assert_eq!(
        replacements("show kim_ngach where gate=\"huu").1,
        ["\"Hữu Nghị\""]
    );
    assert_eq!(
        replacements("show kim_ngach where gate=mong cai p").1,
        ["place", "province", "period"]
    );
    assert_eq!(
        replacements("show kim_ngach where gate in (mong cai, hu"),
        (40, vec!["\"Hữu Nghị\"".to_string()])
    );
    assert_eq!(replacements("show kim_ngach where flow=ex").1, ["export"]);
    assert_eq!(
        replacements("show kim_ngach where gate ").1,
        ["=", "!=", "~", "in", "not in", "within", "<", "<=", ">", ">="]
    );
    assert_eq!(
        replacements("show kim_ngach where commodity=sau").1,
        ["\"sầu riêng\""]
    );
    assert!(replacements("show kim_ngach where period=")
        .1
        .contains(&"H1 2025".to_string()));
    assert_eq!(replacements("source 000:").1, ["000:1", "000:2"]);
    assert_eq!(replacements("list p").1, ["places", "periods"]);
    assert!(replacements("explain ")
        .1
        .contains(&"kim_ngach".to_string()));
    assert_eq!(replacements("explain yo").1, ["yoy"]);
    assert_eq!(replacements("set format m").1, ["markdown"]);
    assert_eq!(replacements("set numbers ").1, ["vi", "en"]);
    assert_eq!(replacements("list metrics; he").1, ["help"]);
    assert_eq!(replacements("show trade order ").1, ["by"]);
    assert_eq!(
        replacements("show trade order by ").1,
        ["value", "period", "place", "gate", "change", "id"]
    );
    assert_eq!(
        replacements("show trade order by value ").1,
        ["asc", "desc", "limit"]
    );
    // The cursor in the middle: only the text before it counts.
    let (at, c) = complete("show kim where gate=x", 8, &store());
    assert_eq!(at, 5);
    assert_eq!(c[0].replacement, "kim_ngach");
}

#[test]
fn highlighting_classes_tokens_by_their_role() {
    let text = "show kim_ngach where gate=\"Móng Cái\" period=H1 2025 value > 1 tỷ -- note";
    let spans = highlight(text);
    let class_of = |s: &str| {
        let at = text.find(s).unwrap();
        spans
            .iter()
            .find(|(r, _)| r.start <= at && at < r.end)
            .map(|(_, c)| *c)
    };
    assert_eq!(class_of("show"), Some(TokenClass::Keyword));
    assert_eq!(class_of("kim_ngach"), Some(TokenClass::Metric));
    assert_eq!(class_of("where"), Some(TokenClass::Keyword));
    assert_eq!(class_of("gate"), Some(TokenClass::Field));
    assert_eq!(class_of("="), Some(TokenClass::Operator));
    assert_eq!(class_of("\"Móng"), Some(TokenClass::Place));
    assert_eq!(class_of("H1"), Some(TokenClass::Period));
    assert_eq!(class_of("1 tỷ"), Some(TokenClass::Number));
    assert_eq!(class_of("-- note"), Some(TokenClass::Comment));
    assert!(highlight("shw kim_ngach").contains(&(0..3, TokenClass::Error)));
    let bad = "show kim_ngac where gat=1";
    let spans = highlight(bad);
    assert!(spans.contains(&(5..13, TokenClass::Error)));
    assert!(spans.contains(&(20..23, TokenClass::Error)));
    // Ranges are ordered, disjoint and on character boundaries.
    for w in spans.windows(2) {
        assert!(w[0].0.end <= w[1].0.start);
    }
}

/// Statements to mutate: the documented examples.
fn seeds() -> Vec<String> {
    documented_examples()
        .into_iter()
        .flat_map(|(_, t)| {
            statement_spans(&t)
                .into_iter()
                .map(|s| t[s.start..s.end].to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Runs everything the REPL and scripts run on `text`, at every cursor;
/// what parses cleanly must print to text that parses to the same print.
fn exercise(text: &str) {
    let s = store();
    let _ = check_source(text, &s);
    for (_, parsed) in parse_source(text) {
        if let (Some(stmt), true) = (&parsed.statement, parsed.errors.is_empty()) {
            let printed = stmt.to_string();
            let again = parse_source(&printed);
            assert_eq!(again.len(), 1, "{text:?} printed as {printed:?}");
            let re = again[0].1.statement.as_ref().map(|s| s.to_string());
            assert_eq!(re.as_deref(), Some(printed.as_str()), "{text:?}");
        }
    }
    let _ = completeness(text);
    let spans = highlight(text);
    for (r, _) in &spans {
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
    }
    for (cursor, _) in text.char_indices().step_by(3) {
        let (at, _) = complete(text, cursor, &s);
        assert!(at <= cursor && text.is_char_boundary(at));
    }
}

#[test]
fn odd_but_valid_statements_round_trip() {
    for text in [
        "explain a\"b",
        "EXPLAIN   so  với cùng kỳ",
        "show kim_ngach where gate not in (a, \"b c\") value>=1,5 tỷ",
        "show kim_ngach where period=2025-01-01..2025-03-15 order by id",
    ] {
        exercise(text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_text_never_panics(text in "[ -~áàảãạăắằặâấầậđéèẹêếềệíìịóòọôốồộơớờợúùụưứừựýỳ\n\t]{0,60}") {
        exercise(&text);
    }

    #[test]
    fn mutated_statements_never_panic(
        pick in 0usize..1000,
        cut in 0usize..200,
        insert in "[ -~ạếờ\n]{0,4}",
        drop in 0usize..6,
    ) {
        let seeds = seeds();
        let seed = &seeds[pick % seeds.len()];
        let mut at = cut.min(seed.len());
        while !seed.is_char_boundary(at) {
            at -= 1;
        }
        let mut end = (at + drop).min(seed.len());
        while !seed.is_char_boundary(end) {
            end += 1;
        }
        let text = format!("{}{}{}", &seed[..at], insert, &seed[end..]);
        exercise(&text);
    }
}

#[test]
fn a_mistyped_fact_id_is_offered_the_ids_close_to_it() {
    let e = errors("source 001:l");
    assert_eq!(pointed("source 001:l", &e[0]), "001:l");
    assert_eq!(e[0].help_text().as_deref(), Some("did you mean `001:1`?"));
}
