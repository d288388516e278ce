//! Periods: the `Period` type and the one parser for period expressions,
//! shared by the extractor (`6 tháng đầu năm 2025` in an article) and the
//! query language (`period=H1 2025`, `period="6 tháng đầu năm 2025"`).

mod phrase;

use std::fmt;

use chrono::{Datelike, NaiveDate};

pub use phrase::{find_all, find_in_tokens, Day, Found, PartialDate, PeriodExpr, YearRef};
use serde::{Deserialize, Serialize};

/// A span of days, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The last day of month `m` of year `y`.
pub fn last_day(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    date(ny, nm, 1)?.pred_opt()
}

impl Period {
    /// `None` when `to` comes before `from`.
    pub fn new(from: NaiveDate, to: NaiveDate) -> Option<Period> {
        (from <= to).then_some(Period { from, to })
    }

    pub fn year(y: i32) -> Option<Period> {
        Period::new(date(y, 1, 1)?, date(y, 12, 31)?)
    }

    /// Quarter `q` (1–4) of year `y`.
    pub fn quarter(y: i32, q: u32) -> Option<Period> {
        if !(1..=4).contains(&q) {
            return None;
        }
        Period::new(date(y, 3 * q - 2, 1)?, last_day(y, 3 * q)?)
    }

    /// Half `h` (1–2) of year `y`.
    pub fn half(y: i32, h: u32) -> Option<Period> {
        if !(1..=2).contains(&h) {
            return None;
        }
        Period::new(date(y, 6 * h - 5, 1)?, last_day(y, 6 * h)?)
    }

    pub fn month(y: i32, m: u32) -> Option<Period> {
        Period::new(date(y, m, 1)?, last_day(y, m)?)
    }

    /// The first `n` months of year `y` ("8 tháng đầu năm").
    pub fn first_months(y: i32, n: u32) -> Option<Period> {
        if !(1..=12).contains(&n) {
            return None;
        }
        Period::new(date(y, 1, 1)?, last_day(y, n)?)
    }

    /// From 1 January of `to`'s year up to `to`: year to date.
    pub fn year_to(to: NaiveDate) -> Option<Period> {
        Period::new(date(to.year(), 1, 1)?, to)
    }

    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days() + 1
    }

    pub fn contains(&self, other: &Period) -> bool {
        self.from <= other.from && other.to <= self.to
    }

    /// How far apart two periods are: the larger of the differences between
    /// their starts and between their ends, in days. A half-year and "1/1 to
    /// 6/7" are 6 days apart.
    pub fn distance(&self, other: &Period) -> i64 {
        (self.from - other.from)
            .num_days()
            .abs()
            .max((self.to - other.to).num_days().abs())
    }

    /// The same period `n` years later (earlier for negative `n`), with
    /// month ends kept as month ends (29 February becomes 28).
    pub fn shift_years(&self, n: i32) -> Option<Period> {
        let shift = |d: NaiveDate| -> Option<NaiveDate> {
            let y = d.year() + n;
            let end = last_day(d.year(), d.month())? == d;
            if end {
                last_day(y, d.month())
            } else {
                date(y, d.month(), d.day()).or_else(|| last_day(y, d.month()))
            }
        };
        Period::new(shift(self.from)?, shift(self.to)?)
    }

    /// The period of the same length just before this one (`later` false)
    /// or just after it: the month, quarter or year before or after a
    /// month, quarter or year ("tháng trước", "quý trước", "tháng tới"),
    /// the week before or after a week ("tuần trước", "tuần tới").
    pub fn next_to(&self, later: bool) -> Option<Period> {
        let whole_months =
            self.from.day() == 1 && last_day(self.to.year(), self.to.month()) == Some(self.to);
        if whole_months {
            let months = (self.to.year() - self.from.year()) * 12 + self.to.month() as i32
                - self.from.month() as i32
                + 1;
            let months = chrono::Months::new(u32::try_from(months).ok()?);
            let from = if later {
                self.from.checked_add_months(months)?
            } else {
                self.from.checked_sub_months(months)?
            };
            let end = from.checked_add_months(months)?.pred_opt()?;
            Period::new(from, end)
        } else {
            let shift = chrono::Duration::days(if later { self.days() } else { -self.days() });
            Period::new(self.from + shift, self.to + shift)
        }
    }

    /// Whether the period is one calendar year, 1 January to 31 December.
    pub fn is_whole_year(&self) -> bool {
        Period::year(self.year_of()) == Some(*self)
    }

    /// The year a figure belongs to: the year of its last day.
    pub fn year_of(&self) -> i32 {
        self.to.year()
    }

    /// The shortest query literal that names this period: `2025`, `H1 2025`,
    /// `Q3 2024`, `9M 2025`, `2025-08`, or `2025-01-01..2025-07-06`.
    /// [`parse`] reads every label back to the same period.
    pub fn label(&self) -> String {
        let y = self.from.year();
        let starts_year = self.from.month() == 1 && self.from.day() == 1;
        let ends_month = last_day(self.to.year(), self.to.month()) == Some(self.to);
        if self.from.day() == 1 && ends_month && self.to.year() == y {
            let (m1, m2) = (self.from.month(), self.to.month());
            if m1 == 1 && m2 == 12 {
                return format!("{y}");
            }
            if m1 == m2 {
                return format!("{y}-{m1:02}");
            }
            if m2 == m1 + 2 && m1 % 3 == 1 {
                return format!("Q{} {y}", m1.div_ceil(3));
            }
            if m2 == m1 + 5 && m1 % 6 == 1 {
                return format!("H{} {y}", m1.div_ceil(6));
            }
            if starts_year {
                return format!("{m2}M {y}");
            }
        }
        format!("{}..{}", self.from, self.to)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// Why a text is not a period.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct PeriodError {
    pub message: String,
    /// What the parser was ready to accept where it stopped.
    pub expected: &'static str,
    /// Byte offset in the text where the problem was found.
    pub offset: usize,
}

/// What a period parse accepts, for error messages and `help`.
pub const EXPECTED_PERIOD: &str =
    "a period such as `H1 2025`, `Q3 2024`, `9M 2025`, `2025-08`, `2023`, \
`2025-01-01..2025-03-15`, or a Vietnamese phrase such as `6 tháng đầu năm 2025`, `quý I/2024`, \
`tháng 8/2025`, `từ đầu năm đến 15/4/2025`";

/// Reads a whole period expression: a query label (`H1 2025`, `Q3 2024`,
/// `9M 2025`, `2025-08`, `2023`, `2025-03-15`, `2025-01-01..2025-03-15`) or a
/// Vietnamese phrase (`6 tháng đầu năm 2025`). `context_year` fills in a
/// missing year (`từ ngày 1/1 đến 6/7`); without one such text is an error
/// saying a year is needed.
pub fn parse(text: &str, context_year: Option<i32>) -> Result<Period, PeriodError> {
    if let Some(p) = parse_label(text.trim()) {
        return Ok(p);
    }
    let lead = text.len() - text.trim_start().len();
    let fail = |message: String, offset: usize| PeriodError {
        message,
        expected: EXPECTED_PERIOD,
        offset,
    };
    match phrase::parse_phrase(text) {
        Ok(expr) => match expr.resolve(context_year) {
            Some(p) => Ok(p),
            None if expr.is_open() => Err(fail(
                "a period that runs to \"now\" (đến nay) has no end date; name the end, e.g. `đến hết tháng 6/2025`".into(),
                lead,
            )),
            None if expr.year().is_none() && context_year.is_none() => Err(fail(
                format!("`{}` names no year; add one, e.g. `{} năm 2025` or `/2025`", text.trim(), text.trim()),
                text.trim_end().len(),
            )),
            None => Err(fail(format!("`{}` is not a date in the calendar", text.trim()), lead)),
        },
        Err(offset) if offset <= lead => Err(fail(format!("expected a period, found `{}`", text.trim()), lead)),
        Err(offset) => Err(fail(format!("unexpected `{}` after the period", text[offset..].trim()), offset)),
    }
}

/// The canonical labels [`Period::label`] writes, read back; `A..B` spans
/// from the start of `A` to the end of `B`.
fn parse_label(s: &str) -> Option<Period> {
    if let Some((a, b)) = s.split_once("..") {
        let (a, b) = (parse_label(a.trim())?, parse_label(b.trim())?);
        return Period::new(a.from, b.to);
    }
    let lower = s.to_ascii_lowercase();
    let year = |y: &str| -> Option<i32> { (y.len() == 4).then(|| y.parse().ok()).flatten() };
    if let Some(y) = year(&lower) {
        return Period::year(y);
    }
    if let Some((head, y)) = lower.split_once([' ', '/']) {
        let y = year(y.trim())?;
        let n = |s: &str| s.parse::<u32>().ok();
        return match head.as_bytes() {
            [b'h', ..] => Period::half(y, n(&head[1..])?),
            [b'q', ..] => Period::quarter(y, n(&head[1..])?),
            [.., b'm'] => Period::first_months(y, n(&head[..head.len() - 1])?),
            _ => None,
        };
    }
    let parts: Vec<&str> = lower.split('-').collect();
    match parts.as_slice() {
        [y, m] if m.len() == 2 => Period::month(year(y)?, m.parse().ok()?),
        [y, m, d] if m.len() == 2 && d.len() == 2 => {
            let day = NaiveDate::from_ymd_opt(year(y)?, m.parse().ok()?, d.parse().ok()?)?;
            Period::new(day, day)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_before_or_after_has_the_same_grain() {
        let label = |p: Option<Period>| p.and_then(|p| p.next_to(false)).map(|p| p.label());
        assert_eq!(label(Period::month(2026, 3)).as_deref(), Some("2026-02"));
        assert_eq!(label(Period::month(2026, 1)).as_deref(), Some("2025-12"));
        assert_eq!(label(Period::quarter(2026, 1)).as_deref(), Some("Q4 2025"));
        assert_eq!(label(Period::half(2026, 2)).as_deref(), Some("H1 2026"));
        assert_eq!(label(Period::year(2026)).as_deref(), Some("2025"));
        let week = Period::new(date(2026, 11, 9).unwrap(), date(2026, 11, 15).unwrap());
        let before = week.and_then(|w| w.next_to(false)).unwrap();
        assert_eq!(
            (before.from, before.to),
            (date(2026, 11, 2).unwrap(), date(2026, 11, 8).unwrap())
        );
        let after = week.and_then(|w| w.next_to(true)).unwrap();
        assert_eq!(
            (after.from, after.to),
            (date(2026, 11, 16).unwrap(), date(2026, 11, 22).unwrap())
        );
        let next = |p: Option<Period>| p.and_then(|p| p.next_to(true)).map(|p| p.label());
        assert_eq!(next(Period::month(2026, 12)).as_deref(), Some("2027-01"));
        assert_eq!(next(Period::month(2026, 1)).as_deref(), Some("2026-02"));
        assert_eq!(next(Period::quarter(2026, 4)).as_deref(), Some("Q1 2027"));
    }

    #[test]
    fn constructors_cover_the_calendar() {
        let h1 = Period::half(2025, 1).unwrap();
        assert_eq!(h1.to, date(2025, 6, 30).unwrap());
        assert_eq!(h1.label(), "H1 2025");
        assert_eq!(Period::quarter(2024, 1).unwrap().label(), "Q1 2024");
        assert_eq!(Period::first_months(2025, 9).unwrap().label(), "9M 2025");
        assert_eq!(
            Period::month(2024, 2).unwrap().to,
            date(2024, 2, 29).unwrap()
        );
        assert_eq!(Period::year(2023).unwrap().label(), "2023");
        let ytd = Period::year_to(date(2025, 7, 6).unwrap()).unwrap();
        assert_eq!(ytd.label(), "2025-01-01..2025-07-06");
        assert_eq!(ytd.distance(&h1), 6);
        assert_eq!(
            Period::month(2024, 2).unwrap().shift_years(1).unwrap().to,
            date(2025, 2, 28).unwrap()
        );
    }

    #[test]
    fn labels_read_back_to_the_same_period() {
        for p in [
            Period::year(2023),
            Period::half(2025, 1),
            Period::half(2024, 2),
            Period::quarter(2024, 3),
            Period::first_months(2025, 9),
            Period::month(2025, 8),
            Period::year_to(date(2025, 7, 6).unwrap()),
            Period::new(date(2025, 3, 15).unwrap(), date(2025, 3, 15).unwrap()),
        ] {
            let p = p.unwrap();
            assert_eq!(parse(&p.label(), None), Ok(p), "{}", p.label());
        }
        assert_eq!(parse("h1 2025", None), Ok(Period::half(2025, 1).unwrap()));
        assert_eq!(
            parse("Q1/2025", None),
            Ok(Period::quarter(2025, 1).unwrap())
        );
    }

    #[test]
    fn vietnamese_and_labels_meet() {
        assert_eq!(parse("6 tháng đầu năm 2025", None), parse("H1 2025", None));
        assert_eq!(parse("  quý I/2024 ", None), parse("Q1 2024", None));
    }

    #[test]
    fn errors_say_what_was_wrong() {
        let e = parse("từ ngày 1/1 đến 6/7", None).unwrap_err();
        assert!(e.message.contains("no year"), "{}", e.message);
        let e = parse("quý 1/2025 rồi", None).unwrap_err();
        assert_eq!(e.offset, "quý 1/2025 ".len());
        let e = parse("Móng Cái", None).unwrap_err();
        assert!(e.message.starts_with("expected a period"), "{}", e.message);
        assert!(parse("H5 2025", None).is_err());
        assert!(parse("2025-13", None).is_err());
    }
}
