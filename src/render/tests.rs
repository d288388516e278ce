use super::*;
use crate::model::{Flow, Metric, Period, Span, Unit};
use crate::query::checked::{Checked, Compare, Field, Operand, Rank, Show, Statement};
use crate::query::eval::testkit::*;
use crate::query::eval::{eval, Answer};
use crate::store::FactStore;

fn style(format: OutputFormat) -> Style {
    Style {
        format,
        numbers: NumberStyle::Vi,
        width: 200,
        color: false,
    }
}

fn answer(store: &FactStore, statement: Statement) -> Answer<'_> {
    eval(
        &Checked {
            statement,
            span: Span::new(0, 1),
        },
        store,
    )
    .unwrap()
}

fn mong_cai() -> FactStore {
    store(vec![
        fact("002:1", "Móng Cái", 1.7e9)
            .over()
            .period(h1(2024))
            .yoy(17.85),
        fact("000:5", "Móng Cái", 2.28e9).period(h1(2025)).yoy(34.0),
        fact("000:6", "Móng Cái", 1.58e9)
            .over()
            .period(h1(2025))
            .flow(Flow::Export),
    ])
}

fn compare_statement() -> Statement {
    Statement::Compare(Compare {
        metric: kim_ngach(),
        conditions: vec![eq(Field::Place, Operand::Place(place("Móng Cái")))],
        periods: vec![h1(2024), h1(2025)],
        periods_span: Span::default(),
    })
}

const QUERY: &str = "compare kim_ngach where gate=\"Móng Cái\" period=H1 2024..2025";

#[test]
fn compare_table_shows_qualifiers_sources_and_agreement() {
    let s = mong_cai();
    let a = answer(&s, compare_statement());
    let out = render(&a, QUERY, &style(OutputFormat::Table));
    assert!(out.starts_with(QUERY));
    assert!(out.contains(">1,70 tỷ USD, +17,85% yoy [002:1]"));
    assert!(out.contains("2,28 tỷ USD, +34% yoy [000:5]"));
    assert!(out.contains("≤+34,12%"));
    assert!(out.contains("+34% yoy [000:5]"));
    assert!(out.contains("yes"));
    // The export row has no H1 2024 figure and no change to derive it from.
    assert!(out.contains("missing (data for H1 2025)"));
    assert!(out.ends_with("Sources: 000_test, 002_test"));
}

#[test]
fn tables_fit_the_width() {
    let s = mong_cai();
    let a = answer(&s, compare_statement());
    for width in [60, 100] {
        let out = render(
            &a,
            QUERY,
            &Style {
                width,
                ..style(OutputFormat::Table)
            },
        );
        let widest = out
            .lines()
            .skip(1)
            .map(|l| l.chars().count())
            .max()
            .unwrap();
        assert!(widest <= width as usize, "{widest} > {width}:\n{out}");
    }
}

#[test]
fn csv_is_rfc_4180() {
    let s = mong_cai();
    let a = answer(&s, compare_statement());
    let out = render(&a, QUERY, &style(OutputFormat::Csv));
    let mut lines = out.split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "place,H1 2024,H1 2025,change,change %,reported,agree"
    );
    // Fields with commas are quoted; others are not.
    assert!(out.contains("\r\nMóng Cái,\">1,70 tỷ USD, +17,85% yoy [002:1]\","));
    let mut r = ::csv::ReaderBuilder::new().from_reader(out.as_bytes());
    let rows: Vec<::csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][5], "+34% yoy [000:5]");
}

#[test]
fn markdown_marks_alignment() {
    let s = mong_cai();
    let a = answer(&s, compare_statement());
    let out = render(&a, QUERY, &style(OutputFormat::Markdown));
    assert!(out.contains("| place | H1 2024 | H1 2025 | change | change % | reported | agree |"));
    assert!(out.contains("| :--- | ---: | ---: | ---: | ---: | ---: | :--- |"));
}

#[test]
fn json_is_the_typed_answer() {
    let s = mong_cai();
    let a = answer(&s, compare_statement());
    let out = render(&a, QUERY, &style(OutputFormat::Json));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["answer"], "comparison");
    let row = &v["rows"][0];
    assert_eq!(row["cells"][0]["hits"][0]["figure"]["qualifier"], "over");
    assert_eq!(
        row["cells"][0]["hits"][0]["figure"]["high"],
        serde_json::Value::Null
    );
    assert_eq!(row["agreement"]["agreement"], "agrees");
}

#[test]
fn english_numbers() {
    let s = mong_cai();
    let a = answer(&s, compare_statement());
    let out = render(
        &a,
        QUERY,
        &Style {
            numbers: NumberStyle::En,
            ..style(OutputFormat::Table)
        },
    );
    assert!(out.contains(">1.70 billion USD, +17.85% yoy [002:1]"));
    assert!(out.contains("≤+34.12%"));
}

#[test]
fn rank_has_bars_shares_and_a_total() {
    let s = store(vec![
        fact("000:1", "Bắc Luân II", 116_366.0).metric(Metric::PhuongTien, Unit::Luot),
        fact("000:2", "Km3+4 Hải Yên", 40_031.0).metric(Metric::PhuongTien, Unit::Luot),
    ]);
    let a = answer(
        &s,
        Statement::Rank(Rank {
            metric: crate::query::checked::MetricSel {
                metric: Metric::PhuongTien,
                ..kim_ngach()
            },
            conditions: vec![],
            top: None,
        }),
    );
    let out = render(&a, "rank vehicles", &style(OutputFormat::Table));
    assert!(out.contains("116.366 lượt [000:1]"));
    assert!(out.contains("74,4%"));
    assert!(out.contains("████████████████████ "));
    assert!(out.contains("156.397 lượt"));
}

#[test]
fn show_marks_an_approximate_period() {
    let to_6_july = Period::year_to(chrono::NaiveDate::from_ymd_opt(2025, 7, 6).unwrap()).unwrap();
    let s = store(vec![fact("000:5", "Móng Cái", 2.28e9).period(to_6_july)]);
    let a = answer(
        &s,
        Statement::Show(Show {
            metrics: vec![kim_ngach()],
            conditions: vec![eq(Field::Period, Operand::Period(h1(2025)))],
            order: None,
            limit: None,
        }),
    );
    let out = render(&a, "show", &style(OutputFormat::Table));
    assert!(out.contains("2025-01-01..07-06 (≈, 6 days off)"));
}

#[test]
fn colour_only_when_asked() {
    let s = mong_cai();
    let a = answer(&s, compare_statement());
    let plain = render(&a, QUERY, &style(OutputFormat::Table));
    assert!(!plain.contains('\x1b'));
    let coloured = render(
        &a,
        QUERY,
        &Style {
            color: true,
            ..style(OutputFormat::Table)
        },
    );
    assert!(coloured.contains("\x1b[1m"));
}
