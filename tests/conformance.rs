//! Duckling's Vietnamese test corpora (tests/data/*.tsv, copied from
//! ../shared/conformance/duckling) as an external check of the number and
//! period parsers.

use bienmau::number::parse_number;
use bienmau::period::{self, Period};
use chrono::{Datelike, NaiveDate};

fn rows(tsv: &str) -> impl Iterator<Item = (&str, &str)> {
    tsv.lines().skip(1).filter_map(|l| l.split_once('\t'))
}

/// Every numeral row parses to its value, except the K/M/G-suffix rows and
/// the leading-comma `,77`, which the issue leaves out (news text has none).
#[test]
fn duckling_numerals() {
    let tsv = include_str!("data/numeral.tsv");
    let mut checked = 0;
    let mut failures = Vec::new();
    for (input, expected) in rows(tsv) {
        let stem = input.trim_end_matches(['k', 'K', 'm', 'M', 'g', 'G']);
        let suffixed =
            stem.len() < input.len() && stem.ends_with(|c: char| c.is_ascii_digit() || c == ',');
        if suffixed || input == ",77" {
            continue;
        }
        let expected: f64 = expected.parse().unwrap();
        checked += 1;
        match parse_number(input) {
            Ok(v) if (v - expected).abs() < 1e-9 => {}
            other => failures.push(format!("{input:?}: {other:?}, expected {expected}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked >= 40, "only {checked} rows checked");
}

/// Words that make a time row relative to "now", a time of day, a weekday
/// or a season: not calendar periods a trade report would name.
const NOT_CALENDAR: &[&str] = &[
    "tới",
    "sau",
    "trước",
    "này",
    "nay",
    "ngoái",
    "qua",
    "vừa",
    "tiếp",
    "kế",
    "giờ",
    ":",
    "sáng",
    "chiều",
    "tối",
    "trưa",
    "lúc",
    "thứ",
    "chủ nhật",
    "chúa nhật",
    "tuần",
    "giáng sinh",
    "mùa",
    "đầu tiên",
    "hôm",
    "mai",
    "pm",
    "hiện tại",
];

/// The period Duckling means by a value and its grain.
fn duckling_period(value: &str, grain: &str) -> Period {
    let day = NaiveDate::parse_from_str(&value[..10], "%Y-%m-%d").unwrap();
    match grain {
        "day" => Period::new(day, day).unwrap(),
        "month" => Period::month(day.year(), day.month()).unwrap(),
        "quarter" => Period::quarter(day.year(), day.month().div_ceil(3)).unwrap(),
        "year" => Period::year(day.year()).unwrap(),
        g => panic!("unexpected grain {g}"),
    }
}

/// The calendar rows of time.tsv that name an explicit month, quarter or
/// year (or a full date) parse to the same period, with the corpus's
/// reference year (2017) as context.
#[test]
fn duckling_calendar_periods() {
    let tsv = include_str!("data/time.tsv");
    let mut checked = 0;
    let mut failures = Vec::new();
    for (input, expected) in rows(tsv) {
        let names_calendar =
            input.contains("tháng") || input.contains("quý") || input.contains('/');
        if !names_calendar || NOT_CALENDAR.iter().any(|w| input.contains(w)) {
            continue;
        }
        let json: serde_json::Value = serde_json::from_str(expected).unwrap();
        let (Some(value), Some(grain)) = (json["value"].as_str(), json["grain"].as_str()) else {
            continue;
        };
        let want = duckling_period(value, grain);
        checked += 1;
        match period::parse(input, Some(2017)) {
            Ok(p) if p == want => {}
            other => failures.push(format!("{input:?}: {other:?}, expected {want}")),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} rows failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked >= 20, "only {checked} rows checked");
}
