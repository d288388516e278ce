//! Vietnamese period phrases: "6 tháng đầu năm 2025", "quý I/2024",
//! "từ đầu năm đến giữa tháng 3/2025", "từ ngày 1/1 đến 6/7", "nửa đầu
//! tháng 4/2024", "lũy kế đến hết tháng 5", "năm 2023"…
//!
//! Phrases are read from folded tokens (so spelling, case and NFD do not
//! matter), as a small set of general patterns rather than a list of
//! sentences: a count of months or quarters from the start of the year, a
//! quarter, a half, a month, a year, a year-to-date with its end point, an
//! explicit date range, a single date. The year may be missing; it is filled
//! in when the phrase is resolved against a context year.

use std::sync::OnceLock;

use chrono::NaiveDate;

use super::{last_day, Period};
use crate::text::fold;
use crate::token::{tokenize, Openings, TokKind, Token};

/// A year as written: a number, or relative to the context ("năm nay",
/// "năm ngoái").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    Abs(i32),
    Rel(i32),
}

impl YearRef {
    fn resolve(self, context: Option<i32>) -> Option<i32> {
        match self {
            YearRef::Abs(y) => Some(y),
            YearRef::Rel(k) => context.map(|c| c + k),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Day {
    Num(u32),
    /// The last day of the month.
    Last,
    /// The n-th day of the lunar year ("mùng 4 Tết", "rằm tháng Giêng" is
    /// the 15th), in the solar year Tết falls in; the month is unused.
    Tet(u32),
}

/// One end of a period, maybe without its year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    pub year: Option<YearRef>,
    pub month: u32,
    pub day: Day,
}

impl PartialDate {
    fn new(year: Option<YearRef>, month: u32, day: Day) -> Self {
        PartialDate { year, month, day }
    }

    pub fn to_date(self, year: i32) -> Option<NaiveDate> {
        match self.day {
            Day::Num(d) => NaiveDate::from_ymd_opt(year, self.month, d),
            Day::Last => last_day(year, self.month),
            Day::Tet(n) => tet(year)?.checked_add_days(chrono::Days::new(u64::from(n) - 1)),
        }
    }
}

/// A period as written, before its year is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PeriodExpr {
    pub from: PartialDate,
    /// `None` for an open end: "từ đầu năm đến nay".
    pub to: Option<PartialDate>,
}

impl PeriodExpr {
    fn span(year: Option<YearRef>, m1: u32, m2: u32) -> Self {
        PeriodExpr {
            from: PartialDate::new(year, m1, Day::Num(1)),
            to: Some(PartialDate::new(year, m2, Day::Last)),
        }
    }

    /// The year the phrase names, if it names one (the end's, else the
    /// start's).
    pub fn year(&self) -> Option<YearRef> {
        self.to.and_then(|t| t.year).or(self.from.year)
    }

    /// Whether the phrase runs on to "now" ("đến nay").
    pub fn is_open(&self) -> bool {
        self.to.is_none()
    }

    /// Whether the phrase names a single day ("ngày 8/1/2023").
    pub fn is_one_day(&self) -> bool {
        self.to == Some(self.from) && matches!(self.from.day, Day::Num(_) | Day::Tet(_))
    }

    /// The period, with `context` as the year where the phrase names none.
    /// `None` when a year is needed and there is none, for an open end, or
    /// for an impossible date.
    pub fn resolve(&self, context: Option<i32>) -> Option<Period> {
        let to = self.to?;
        self.resolve_to(to, context)
    }

    fn resolve_to(&self, to: PartialDate, context: Option<i32>) -> Option<Period> {
        let to_year = to
            .year
            .or(self.from.year)
            .and_then(|y| y.resolve(context))
            .or(context)?;
        let from_year = match self.from.year {
            Some(y) => y.resolve(context)?,
            // "từ 1/12 đến 15/1/2025" starts in the year before.
            None if self.from.month > to.month => to_year - 1,
            None => to_year,
        };
        Period::new(self.from.to_date(from_year)?, to.to_date(to_year)?)
    }
}

/// A period phrase found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Byte offsets into the searched text.
    pub start: usize,
    pub end: usize,
    pub expr: PeriodExpr,
    /// The phrase is a comparison base ("so với cùng kỳ năm 2024", "so với
    /// quý 1/2024"), never the period of a figure.
    pub base: bool,
    /// The phrase follows "cùng kỳ" as its clause's own time ("Cùng kỳ
    /// năm ngoái, kim ngạch … là …", "trong khi cùng kỳ năm trước chỉ …"):
    /// the span of the period reported, in the year it names.
    pub same_span: bool,
    /// The phrase runs from the time of writing, "từ nay đến hết tháng
    /// 12/2026": its start is the latest day the text states, not the 1
    /// January the expression holds.
    pub from_now: bool,
}

/// A position in the token stream with the small readers the patterns are
/// written in. Readers consume on success and leave the position alone on
/// failure.
#[derive(Clone, Copy)]
struct Cursor<'t, 'a> {
    toks: &'t [Token<'a>],
    i: usize,
    /// Reading a whole text (a query value), where a bare `7/3` is a date;
    /// in running text it needs "ngày" before it.
    whole: bool,
}

/// How the period words whose folded form is also another word are
/// spelled: "đầu" (start) is not "đấu" ("phấn đấu", strive), "nửa" (half)
/// not "nữa" (more), "quý" (quarter) not "quy" ("quy đổi").
const SPELLINGS: &[(&str, &[&str])] = &[
    ("dau", &["đầu"]),
    ("nua", &["nửa"]),
    ("ky", &["kỳ", "kì"]),
    ("quy", &["quý"]),
    ("ngay", &["ngày"]),
    ("thang", &["tháng"]),
    ("nam", &["năm"]),
    ("cuoi", &["cuối"]),
    ("giua", &["giữa"]),
    ("het", &["hết"]),
    ("den", &["đến"]),
    ("tu", &["từ"]),
    ("toi", &["tới"]),
    ("luy", &["lũy", "luỹ"]),
    ("ke", &["kế"]),
    ("ca", &["cả"]),
    ("tinh", &["tính"]),
    ("mong", &["mồng"]),
    ("mung", &["mùng"]),
    ("ram", &["rằm"]),
    ("tet", &["tết"]),
    ("gieng", &["giêng"]),
];

/// Whether token `t` is the period word whose folded form is `w`. Text
/// written without diacritics is read by its folded form alone; a word
/// written with them must be spelled as the period word is.
fn is_word(t: &Token, w: &str) -> bool {
    if t.folded != w {
        return false;
    }
    if t.text.is_ascii() {
        return true;
    }
    SPELLINGS
        .iter()
        .find(|(f, _)| *f == w)
        .is_none_or(|(_, spelled)| spelled.contains(&t.text))
}

/// The digit a count is spelled with ("sáu tháng"): a digit word of the
/// number parser, but not "không" (zero, and "not"), which counts nothing.
fn digit_word(w: &str) -> Option<u32> {
    crate::number::digit_word(w)
        .filter(|&v| v > 0)
        .map(|v| v as u32)
}

impl<'t, 'a> Cursor<'t, 'a> {
    fn peek(&self) -> Option<&'t Token<'a>> {
        self.toks.get(self.i)
    }

    fn word(&mut self, w: &str) -> bool {
        if self.peek().is_some_and(|t| is_word(t, w)) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn words(&mut self, ws: &[&str]) -> bool {
        let save = self.i;
        if ws.iter().all(|w| self.word(w)) {
            true
        } else {
            self.i = save;
            false
        }
    }

    fn any(&mut self, ws: &[&str]) -> Option<&'a str> {
        let t = self.peek()?;
        ws.iter().any(|w| is_word(t, w)).then(|| {
            self.i += 1;
            t.folded
        })
    }

    /// The token's original text, lowercased (diacritics kept: "sáu" is six,
    /// "sau" is after).
    fn original(&self) -> Option<&'a str> {
        self.peek().map(|t| t.text)
    }

    /// Whether the token may be a number or month word (checked on the
    /// folded form before the original is looked at).
    fn maybe_word_number(&self) -> bool {
        self.peek().is_some_and(|t| {
            matches!(
                t.folded,
                "mot"
                    | "hai"
                    | "ba"
                    | "bon"
                    | "tu"
                    | "nam"
                    | "lam"
                    | "sau"
                    | "bay"
                    | "tam"
                    | "chin"
                    | "muoi"
            )
        })
    }

    fn int(&mut self) -> Option<(u32, usize)> {
        let t = self.peek()?;
        if t.kind != TokKind::Number || t.folded.len() > 4 {
            return None;
        }
        let v = t.folded.parse().ok()?;
        self.i += 1;
        Some((v, t.folded.len()))
    }

    fn glued_sep(&mut self, seps: &[&str]) -> Option<&'a str> {
        let t = self.peek()?;
        (t.glued && seps.contains(&t.folded)).then(|| {
            self.i += 1;
            t.folded
        })
    }

    fn glued_int(&mut self) -> Option<(u32, usize)> {
        if !self.peek()?.glued {
            return None;
        }
        self.int()
    }

    /// A small count written in digits or words: "6", "sáu", "mười một".
    fn count(&mut self) -> Option<u32> {
        if let Some((n, _)) = self.int() {
            return Some(n);
        }
        if !self.maybe_word_number() {
            return None;
        }
        let w = self.original()?;
        if w == "mười" {
            // Counts of months and quarters stop at twelve: "mười một",
            // "mười hai"; "tháng mười năm 2017" is October.
            self.i += 1;
            return Some(match self.original() {
                Some("một") => {
                    self.i += 1;
                    11
                }
                Some("hai") => {
                    self.i += 1;
                    12
                }
                _ => 10,
            });
        }
        let u = digit_word(w)?;
        self.i += 1;
        Some(u)
    }

    fn month(&mut self) -> Option<u32> {
        let save = self.i;
        let digits = self.peek().is_some_and(|t| t.kind == TokKind::Number);
        if !digits && !self.maybe_word_number() {
            return None;
        }
        // "tháng năm 2025" is a count of months before a year, not May.
        let year_follows = self
            .toks
            .get(self.i + 1)
            .is_some_and(|t| t.folded.len() == 4 && t.folded.starts_with(['1', '2']));
        if self.original() == Some("năm") && year_follows {
            return None;
        }
        match self.count() {
            Some(m) if (1..=12).contains(&m) => Some(m),
            _ => {
                self.i = save;
                None
            }
        }
    }

    fn quarter(&mut self) -> Option<u32> {
        let save = self.i;
        if let Some(q) = self.any(&["i", "ii", "iii", "iv"]) {
            return Some(match q {
                "i" => 1,
                "ii" => 2,
                "iii" => 3,
                _ => 4,
            });
        }
        match self.count() {
            Some(q) if (1..=4).contains(&q) => Some(q),
            _ => {
                self.i = save;
                None
            }
        }
    }

    /// A four-digit year (1900–2100).
    fn year_number(&mut self) -> Option<i32> {
        let save = self.i;
        match self.int() {
            Some((y, 4)) if (1900..=2100).contains(&y) => Some(y as i32),
            _ => {
                self.i = save;
                None
            }
        }
    }

    /// The year after a quarter, month or "năm": `/2025`, `-2025`,
    /// `năm 2025`, `của năm 2018`, `2025`, `năm nay`, `năm ngoái`.
    fn year_suffix(&mut self) -> Option<YearRef> {
        let save = self.i;
        if self.glued_sep(&["/", "-"]).is_some() {
            if let Some(y) = self.year_number() {
                return Some(YearRef::Abs(y));
            }
            self.i = save;
            return None;
        }
        self.word("cua");
        if self.word("nam") {
            if let Some(y) = self.relative_year() {
                return Some(y);
            }
        }
        if let Some(y) = self.year_number() {
            return Some(YearRef::Abs(y));
        }
        self.i = save;
        None
    }

    fn relative_year(&mut self) -> Option<YearRef> {
        if let Some(y) = self.year_number() {
            return Some(YearRef::Abs(y));
        }
        if self.word("nay") || self.words(&["hien", "tai"]) {
            return Some(YearRef::Rel(0));
        }
        // "(một) năm sau khi được nâng cấp", "năm trước khi": a time
        // from an event, no year.
        let save = self.i;
        let back = self.any(&["ngoai", "truoc"]).is_some();
        let on = !back && (self.any(&["sau", "toi"]).is_some() || self.words(&["tiep", "theo"]));
        if self.peek().is_some_and(|t| is_word(t, "khi")) {
            self.i = save;
            return None;
        }
        if back {
            return Some(YearRef::Rel(-1));
        }
        if on {
            return Some(YearRef::Rel(1));
        }
        None
    }

    /// `D/M`, `D.M`, `D-M` with an optional `/YYYY` (separators glued to
    /// the numbers), or `D tháng M [năm YYYY]`.
    fn date(&mut self) -> Option<PartialDate> {
        let save = self.i;
        let (d, _) = self.int()?;
        if let Some(sep) = self.glued_sep(&["/", ".", "-"]) {
            if let Some((m, _)) = self.glued_int() {
                let year = if self.glued_sep(&[sep]).is_some() {
                    match self.glued_int() {
                        Some((y, 4)) => Some(YearRef::Abs(y as i32)),
                        Some((y, 2)) => Some(YearRef::Abs(if y <= 50 {
                            2000 + y as i32
                        } else {
                            1900 + y as i32
                        })),
                        _ => {
                            self.i = save;
                            return None;
                        }
                    }
                } else {
                    None
                };
                if (1..=31).contains(&d) && (1..=12).contains(&m) {
                    return Some(PartialDate::new(year, m, Day::Num(d)));
                }
            }
        } else if self.word("thang") {
            if let Some(m) = self.month() {
                let year = self.year_suffix();
                if (1..=31).contains(&d) {
                    return Some(PartialDate::new(year, m, Day::Num(d)));
                }
            }
        }
        self.i = save;
        None
    }

    /// "mùng 4 Tết", "mồng 6 tháng Giêng (năm 2026)", "rằm tháng Giêng":
    /// a day of the lunar new year, or the solar date written in brackets
    /// after it. ("tháng Giêng" and "tháng Chạp" alone
    /// are lunar months, whose lengths no table here knows: no period.)
    fn lunar_day(&mut self) -> Option<PartialDate> {
        let save = self.i;
        let n = if self.word("ram") {
            Some(15)
        } else if self.word("mung") || self.word("mong") || self.word("ngay") {
            self.int().map(|(n, _)| n)
        } else {
            None
        };
        let new_year = self.word("tet") || self.words(&["thang", "gieng"]);
        match n {
            Some(n) if new_year && (1..=30).contains(&n) => {
                let year = self.year_suffix();
                let lunar = PartialDate::new(year, 1, Day::Tet(n));
                Some(self.bracketed_date().unwrap_or(lunar))
            }
            _ => {
                self.i = save;
                None
            }
        }
    }

    /// A solar date in brackets: "(ngày 22/2/2026)" after "mùng 6 Tết".
    fn bracketed_date(&mut self) -> Option<PartialDate> {
        let save = self.i;
        if self.word("(") {
            self.word("ngay");
            if let Some(d) = self.date() {
                if self.word(")") {
                    return Some(d);
                }
            }
        }
        self.i = save;
        None
    }

    /// "ngày 6/7", "6/7/2025", "mồng 3 tháng 3"; a bare `D/M` only when
    /// reading a whole text.
    fn day(&mut self) -> Option<PartialDate> {
        if let Some(d) = self.lunar_day() {
            return Some(d);
        }
        let save = self.i;
        let said = self.word("ngay") | self.word("mong") || self.after_weekday();
        match self.date() {
            Some(d) if said || self.whole || d.year.is_some() => Some(d),
            _ => {
                self.i = save;
                None
            }
        }
    }

    /// Whether the cursor follows the name of a weekday ("Thứ Bảy (29/8)",
    /// "Chủ nhật, 30/8") or a time of day ("Sáng 14/10", "chiều 21/11"): a
    /// bare `d/m` after it is a day, as one after "ngày" is.
    fn after_weekday(&self) -> bool {
        let w = |k: usize| {
            self.i
                .checked_sub(k)
                .and_then(|j| self.toks.get(j))
                .map_or("", |t| t.folded)
        };
        let k = if matches!(w(1), "(" | ",") { 2 } else { 1 };
        matches!(
            (w(k + 1), w(k)),
            ("thu", "hai" | "ba" | "tu" | "nam" | "sau" | "bay") | ("chu", "nhat")
        ) || (k == 1 && matches!(w(1), "sang" | "trua" | "chieu" | "toi" | "dem"))
    }

    /// "nay", "hiện nay", "hiện tại".
    fn now(&mut self) -> bool {
        self.word("nay") || self.words(&["hien", "nay"]) || self.words(&["hien", "tai"])
    }

    /// An aside in commas between a range's two ends ("từ mùng 6 Tết,
    /// thời điểm hai bên nối lại thông quan, đến hết rằm tháng Giêng"):
    /// words with no number, up to the comma before "đến" or "tới"; or a
    /// comma and "tính" before it.
    fn aside(&mut self) {
        if self.toks.get(self.i).is_none_or(|t| t.text != ",") {
            return;
        }
        // "từ ngày 1/9/2026, tính đến ngày 15/11": reckoned up to.
        let reckoned = |k: usize| self.toks.get(k).map(|t| t.folded);
        if reckoned(self.i + 1) == Some("tinh")
            && matches!(reckoned(self.i + 2), Some("den" | "toi"))
        {
            self.i += 2;
            return;
        }
        let words = self.toks[self.i + 1..]
            .iter()
            .take(14)
            .position(|t| t.kind != TokKind::Word);
        if let Some(n) = words.filter(|&n| n > 0) {
            let comma = self.i + 1 + n;
            let next = self.toks.get(comma + 1).map(|t| t.folded);
            if self.toks[comma].text == "," && matches!(next, Some("den" | "toi")) {
                self.i = comma + 1;
            }
        }
    }

    /// "đến nay", "tới hiện nay", "đến hiện tại": an open end.
    fn until_now(&mut self) -> bool {
        let save = self.i;
        if self.any(&["den", "toi"]).is_some() && self.now() {
            return true;
        }
        self.i = save;
        false
    }

    /// The end point of a year-to-date or range: "hết tháng 6/2025",
    /// "giữa tháng 3", "cuối tháng 5", "ngày 15/4", "hết quý I", "cuối
    /// năm", "nay".
    fn end_point(&mut self) -> Option<Option<PartialDate>> {
        let save = self.i;
        if self.now() {
            return Some(None);
        }
        let edge = self.any(&["het", "giua", "cuoi"]);
        // "đến cuối năm", "đến hết năm 2026".
        if edge.is_some_and(|e| e != "giua") && self.word("nam") {
            let year = self.relative_year();
            return Some(Some(PartialDate::new(year, 12, Day::Last)));
        }
        if self.word("thang") {
            if let Some(m) = self.month() {
                let year = self.year_suffix();
                let day = if edge == Some("giua") {
                    Day::Num(15)
                } else {
                    Day::Last
                };
                return Some(Some(PartialDate::new(year, m, day)));
            }
        } else if edge != Some("giua") && self.word("quy") {
            if let Some(q) = self.quarter() {
                let year = self.year_suffix();
                return Some(Some(PartialDate::new(year, 3 * q, Day::Last)));
            }
        } else if edge != Some("giua") {
            if let Some(d) = self.lunar_day() {
                return Some(Some(d));
            }
            self.word("ngay");
            if let Some(d) = self.date() {
                return Some(Some(d));
            }
        }
        self.i = save;
        None
    }
}

/// The first day of the lunar year (mùng 1 Tết) in Vietnam's calendar,
/// for the years the press writes of.
fn tet(year: i32) -> Option<NaiveDate> {
    const TET: &[(i32, u32, u32)] = &[
        (2018, 2, 16),
        (2019, 2, 5),
        (2020, 1, 25),
        (2021, 2, 12),
        (2022, 2, 1),
        (2023, 1, 22),
        (2024, 2, 10),
        (2025, 1, 29),
        (2026, 2, 17),
        (2027, 2, 6),
        (2028, 1, 26),
        (2029, 2, 13),
        (2030, 2, 3),
    ];
    let &(_, m, d) = TET.iter().find(|(y, _, _)| *y == year)?;
    NaiveDate::from_ymd_opt(year, m, d)
}

type Pattern = for<'t, 'a> fn(&mut Cursor<'t, 'a>) -> Option<PeriodExpr>;

/// "6 tháng đầu năm 2025", "9 tháng", "sáu tháng cuối năm", "lũy kế 5
/// tháng"; and "2 quý đầu năm".
fn months_of_year(c: &mut Cursor) -> Option<PeriodExpr> {
    c.words(&["luy", "ke"]);
    let n = c.count()?;
    let per = if c.word("thang") {
        1
    } else if c.word("quy") {
        3
    } else {
        return None;
    };
    // "3 tháng tới", "2 tháng gần đây": spans relative to today, not
    // periods of a report ("10 tháng gần 215 tỷ USD" is nearly 215 in ten
    // months). "8 tháng qua" in a report is the year so far: reports add
    // up from January.
    let past = c.words(&["vua", "qua"]) || c.word("qua");
    let recent = c.words(&["gan", "day"]) || c.any(&["toi", "vua", "tiep", "lien"]).is_some();
    if !past && recent {
        return None;
    }
    let months = n * per;
    if !(1..=12).contains(&months) {
        return None;
    }
    if past {
        return Some(PeriodExpr::span(None, 1, months));
    }
    let last = c.word("cuoi");
    if !last {
        c.word("dau");
    }
    let year = c.year_suffix().or_else(|| {
        c.word("nam");
        None
    });
    Some(if last {
        PeriodExpr::span(year, 13 - months, 12)
    } else {
        PeriodExpr::span(year, 1, months)
    })
}

/// "20 ngày đầu tháng 1/2026", "10 ngày đầu tiên của tháng 12", "15 ngày
/// đầu năm 2025": the first days of a month, or of a year (within its
/// January). "10 ngày đầu" alone, of no month or year, is not a period.
fn first_days(c: &mut Cursor) -> Option<PeriodExpr> {
    let (n, _) = c.int()?;
    if !(c.word("ngay") && c.word("dau")) {
        return None;
    }
    c.word("tien");
    c.word("cua");
    let (month, year) = if c.word("thang") {
        let m = c.month()?;
        (m, c.year_suffix())
    } else {
        let year = c.year_suffix();
        if year.is_none() && !c.word("nam") {
            return None;
        }
        (1, year)
    };
    (1..=31).contains(&n).then(|| PeriodExpr {
        from: PartialDate::new(year, month, Day::Num(1)),
        to: Some(PartialDate::new(year, month, Day::Num(n))),
    })
}

/// "quý I/2024", "quý 1 năm 2025", "quý ba", "quý 4 của năm 2018".
fn quarter(c: &mut Cursor) -> Option<PeriodExpr> {
    if !c.word("quy") {
        return None;
    }
    // "quý đầu (tiên) năm 2025" is the first, "quý cuối năm" the last.
    let q = if c.word("dau") {
        c.word("tien");
        1
    } else if c.word("cuoi") {
        4
    } else {
        c.quarter()?
    };
    let year = c.year_suffix().or_else(|| {
        c.word("nam");
        None
    });
    Some(PeriodExpr::span(year, 3 * q - 2, 3 * q))
}

/// "Q3/2026", "Q4", "H1/2026", "9M2026", "9M 2026", "9T2026": the
/// business press's quarters, halves and months of a year so far. A count
/// of months needs its year ("12m" is a width).
fn abbreviated(c: &mut Cursor) -> Option<PeriodExpr> {
    let (from, to, needs_year) = if let Some(kind) = c.any(&["q", "h"]) {
        let (n, _) = c.glued_int()?;
        match (kind, n) {
            ("q", 1..=4) => (3 * n - 2, 3 * n, false),
            ("h", 1 | 2) => (6 * n - 5, 6 * n, false),
            _ => return None,
        }
    } else {
        let (n, _) = c.int()?;
        let unit = c.peek()?;
        if !(1..=12).contains(&n) || !unit.glued || !matches!(unit.folded, "m" | "t") {
            return None;
        }
        c.i += 1;
        (1, n, true)
    };
    let save = c.i;
    let glued_year = c
        .glued_int()
        .filter(|&(y, len)| len == 4 && (1900..=2100).contains(&y))
        .map(|(y, _)| YearRef::Abs(y as i32));
    if glued_year.is_none() {
        c.i = save;
    }
    let year = glued_year
        .or_else(|| c.year_suffix())
        .or_else(|| c.year_number().map(YearRef::Abs));
    if needs_year && year.is_none() {
        return None;
    }
    Some(PeriodExpr::span(year, from, to))
}

/// "nửa đầu năm 2025", "nửa cuối năm", "nửa đầu tháng 4/2024".
fn half(c: &mut Cursor) -> Option<PeriodExpr> {
    if !c.word("nua") {
        return None;
    }
    let first = c.any(&["dau", "cuoi", "sau"])? == "dau";
    if c.word("thang") {
        let m = c.month()?;
        let year = c.year_suffix();
        let (from, to) = if first {
            (Day::Num(1), Day::Num(15))
        } else {
            (Day::Num(16), Day::Last)
        };
        return Some(PeriodExpr {
            from: PartialDate::new(year, m, from),
            to: Some(PartialDate::new(year, m, to)),
        });
    }
    let year = c.year_suffix().or_else(|| {
        c.word("nam");
        None
    });
    Some(if first {
        PeriodExpr::span(year, 1, 6)
    } else {
        PeriodExpr::span(year, 7, 12)
    })
}

/// "tháng 8/2025", "tháng tám năm 2017", "kỳ 1 tháng 8" (the first half of
/// the month, as customs' semi-monthly releases say).
fn month(c: &mut Cursor) -> Option<PeriodExpr> {
    let mut days = (Day::Num(1), Day::Last);
    if c.word("ky") {
        days = match c.any(&["1", "i", "2", "ii"])? {
            "1" | "i" => (Day::Num(1), Day::Num(15)),
            _ => (Day::Num(16), Day::Last),
        };
    }
    if !c.word("thang") {
        return None;
    }
    let m = c.month()?;
    let year = c.year_suffix();
    Some(PeriodExpr {
        from: PartialDate::new(year, m, days.0),
        to: Some(PartialDate::new(year, m, days.1)),
    })
}

/// "năm 2023", "cả năm 2024", "năm nay", "năm ngoái"; "giai đoạn
/// 2021-2025".
fn year(c: &mut Cursor) -> Option<PeriodExpr> {
    if c.words(&["giai", "doan"]) {
        let y1 = c.year_number()?;
        c.any(&["-", "–", "den", "toi"])?;
        let y2 = c.year_number()?;
        return Some(PeriodExpr {
            from: PartialDate::new(Some(YearRef::Abs(y1)), 1, Day::Num(1)),
            to: Some(PartialDate::new(Some(YearRef::Abs(y2)), 12, Day::Last)),
        });
    }
    // "Ba năm trước": the year three years back.
    let save = c.i;
    if let Some(n) = c.count().filter(|&n| n >= 2) {
        if c.word("nam") && c.word("truoc") {
            return Some(PeriodExpr::span(Some(YearRef::Rel(-(n as i32))), 1, 12));
        }
    }
    c.i = save;
    let whole = c.word("ca");
    // "đầu năm 2024", "cuối năm 2024" name a part of a year, not the year.
    let part_of_year = c.i > 0
        && ["dau", "cuoi", "giua"]
            .iter()
            .any(|w| is_word(&c.toks[c.i - 1], w));
    if part_of_year || !c.word("nam") {
        return None;
    }
    // "cả năm" (the whole year) with no year is the year in context: the
    // one named before it ("năm 2024, …, kim ngạch cả năm đạt …"), else
    // the article's.
    let y = match c.relative_year() {
        Some(y) => Some(y),
        None if whole => None,
        None => return None,
    };
    Some(PeriodExpr::span(y, 1, 12))
}

/// Year to date: "(tính) từ đầu năm (2025) đến giữa tháng 3/2025", "từ đầu
/// năm đến 15/4", "từ đầu năm 2025 đến nay", "(tính / lũy kế) đến (hết)
/// tháng 6/2025", "đến hết 31/3/2025", "hết quý I/2024".
fn year_to_date(c: &mut Cursor) -> Option<PeriodExpr> {
    c.word("tinh");
    let cumulative = c.words(&["luy", "ke"]) || c.words(&["cong", "don"]);
    let mut year = None;
    // "từ đầu năm" starts a year to date; a bare "đầu năm" only does when
    // an end follows ("đầu năm đến nay").
    let said_from = c.words(&["tu", "dau", "nam"]);
    let from_start = said_from || c.words(&["dau", "nam"]);
    if from_start {
        year = c.relative_year();
    }
    let until = c.any(&["den", "toi"]).is_some();
    if !until && !from_start && !cumulative && c.peek().is_some_and(|t| !is_word(t, "het")) {
        return None;
    }
    let end = match c.end_point() {
        Some(e) => e,
        // "từ đầu năm" alone runs to now, and so does a running total
        // that names no span ("lũy kế đạt 1.214,6 tỷ đồng").
        None if said_from && !until => None,
        None if cumulative
            && !until
            && !from_start
            && c.peek()
                .is_some_and(|t| is_word(t, "dat") || is_word(t, "la") || t.text == ":") =>
        {
            None
        }
        None => return None,
    };
    let from = PartialDate::new(year, 1, Day::Num(1));
    let to = end.map(|mut e| {
        if e.year.is_none() {
            e.year = year;
        }
        e
    });
    Some(PeriodExpr { from, to })
}

/// "từ ngày 1/1 đến 6/7", "1.1 - 6.7.2025", "từ tháng 1 đến tháng
/// 5/2025".
fn range(c: &mut Cursor) -> Option<PeriodExpr> {
    let said_from = c.word("tu");
    // "từ đầu tháng 8 đến ngày 10/8": a month to a date within it.
    if said_from && c.words(&["dau", "thang"]) {
        let m = c.month()?;
        let y = c.year_suffix();
        c.any(&["den", "toi", "-", "–"])?;
        let mut to = c.end_point()??;
        if to.year.is_none() {
            to.year = y;
        }
        return Some(PeriodExpr {
            from: PartialDate::new(y.or(to.year), m, Day::Num(1)),
            to: Some(to),
        });
    }
    if c.word("thang") {
        let m1 = c.month()?;
        let y1 = c.year_suffix();
        // "từ tháng 6 đến nay": from the month's first day, on to now.
        if said_from && c.until_now() {
            return Some(PeriodExpr {
                from: PartialDate::new(y1, m1, Day::Num(1)),
                to: None,
            });
        }
        // "tháng 1 và tháng 2/2025": two months running are one period.
        let joiner = c.any(&["den", "toi", "-", "–", "va"])?;
        c.word("het");
        if !c.word("thang") {
            return None;
        }
        let m2 = c.month()?;
        if joiner == "va" && m2 != m1 + 1 {
            return None;
        }
        let y2 = c.year_suffix();
        return Some(PeriodExpr {
            from: PartialDate::new(
                y1.or(y2).filter(|_| y1.is_some() || m1 <= m2),
                m1,
                Day::Num(1),
            ),
            to: Some(PartialDate::new(y2.or(y1), m2, Day::Last)),
        });
    }
    // "từ ngày 1 đến ngày 15/10": a day alone is in the end's month.
    // "từ mùng 6 đến mùng 10 tháng Giêng": a day of the lunar year, said
    // so only at the end.
    let mut lunar = false;
    let (from, day_alone) = if said_from {
        if let Some(d) = c.lunar_day() {
            (Some(d), None)
        } else {
            lunar = c.word("mung") || c.word("mong");
            if !lunar {
                c.word("ngay");
            }
            match c.date().filter(|_| !lunar) {
                Some(d) => (Some(d), None),
                None => (None, Some(c.int()?.0)),
            }
        }
    } else {
        // "(23 – 29/11)", "(30/4 – 3/5/2026)": a day, alone or with its
        // month, before a dash and a date.
        let save = c.i;
        let dash = |c: &Cursor| c.toks.get(c.i).is_some_and(|t| matches!(t.text, "-" | "–"));
        match c.day() {
            Some(d) => (Some(d), None),
            None => match c.date() {
                Some(d) if dash(c) => (Some(d), None),
                _ => {
                    c.i = save;
                    let (d, _) = c.int()?;
                    if !dash(c) || !(1..=31).contains(&d) {
                        return None;
                    }
                    (None, Some(d))
                }
            },
        }
    };
    // "từ ngày 10/6 đến nay": from the day, on to now.
    if said_from && from.is_some() {
        c.aside();
    }
    if let Some(from) = from.filter(|_| said_from && c.until_now()) {
        return Some(PeriodExpr { from, to: None });
    }
    c.any(&["den", "toi", "-", "–"])?;
    // "đến 15/10", "đến hết ngày 20/11", "đến hết tháng 12/2026".
    let to = c.end_point()??;
    let from = match (from, day_alone) {
        (Some(from), _) => PartialDate {
            year: from
                .year
                .or(to.year)
                .filter(|_| from.year.is_some() || from.month <= to.month),
            ..from
        },
        (None, Some(d)) => match to.day {
            Day::Num(end) if !lunar && (1..=end).contains(&d) => {
                PartialDate::new(to.year, to.month, Day::Num(d))
            }
            Day::Tet(end) if lunar && (1..=end).contains(&d) => {
                PartialDate::new(to.year, 1, Day::Tet(d))
            }
            _ => return None,
        },
        (None, None) => return None,
    };
    Some(PeriodExpr { from, to: Some(to) })
}

/// A single day: "ngày 12 tháng 10 năm 2017", "3/3/2017", "ngày 6/7".
fn single_day(c: &mut Cursor) -> Option<PeriodExpr> {
    let d = c.day()?;
    Some(PeriodExpr {
        from: d,
        to: Some(d),
    })
}

const PATTERNS: &[Pattern] = &[
    months_of_year,
    first_days,
    quarter,
    half,
    abbreviated,
    month,
    year,
    year_to_date,
    range,
    single_day,
];

/// The longest pattern that matches at the cursor; on a tie, the one
/// listed first.
fn longest(c: &Cursor) -> Option<(PeriodExpr, usize)> {
    let mut best: Option<(PeriodExpr, usize)> = None;
    for p in PATTERNS {
        let mut k = *c;
        if let Some(e) = p(&mut k) {
            if best.is_none_or(|(_, end)| k.i > end) {
                best = Some((e, k.i));
            }
        }
    }
    best
}

/// Words before a phrase that make it a comparison base.
fn is_base(toks: &[Token], i: usize) -> bool {
    let w = |k: usize| i.checked_sub(k).and_then(|j| toks.get(j)).map(|t| t.folded);
    // Right after a change ("tăng gấp 2 lần năm 2023", "tăng gấp đôi năm
    // 2024", "bằng 85% năm 2023", "bằng hai phần ba năm 2025", "cao hơn
    // năm trước"), a period is what
    // the change is measured against; so is one a few words after "so
    // với" ("so với dịp Tết năm trước", "so với dịp Tết Ất Tỵ năm ngoái").
    let direct = matches!(
        (w(2), w(1)),
        (Some("so"), Some("voi"))
            | (Some("gap"), Some("doi" | "ba" | "ruoi"))
            | (
                Some("phan"),
                Some("hai" | "ba" | "tu" | "bon" | "nam" | "muoi")
            )
            | (_, Some("so" | "lan" | "%" | "hon"))
    );
    // So is one a few words after a multiple ("gấp đôi dịp lễ năm trước",
    // "gấp 1,4 lần dịp Tết năm 2025").
    let after_so_voi = (2..=6).any(|k| {
        matches!(
            (w(k + 1), w(k)),
            (Some("so"), Some("voi"))
                | (Some("gap"), Some("doi" | "ba" | "ruoi"))
                | (_, Some("lan"))
        ) && (1..k).all(|j| w(j).is_some_and(|t| t.chars().all(char::is_alphabetic)))
    });
    direct || after_so_voi
}

/// "cùng kỳ năm 2024", "cùng kỳ 2023", "cùng kỳ năm trước": the base year
/// named after "cùng kỳ", found where no fuller phrase matched.
fn base_year(c: &mut Cursor) -> Option<PeriodExpr> {
    c.word("nam");
    let y = c.relative_year()?;
    Some(PeriodExpr::span(Some(y), 1, 12))
}

/// The period words a phrase can begin with, by their folded forms: the
/// first word every pattern reads ("quý", "từ", "ngày"…), and "sau" and
/// "tới", which begin a base year after "cùng kỳ" ("cùng kỳ năm sau").
const FIRST_WORDS: &[&str] = &[
    "quy", "nua", "thang", "ky", "nam", "ca", "giai", "tinh", "luy", "cong", "tu", "dau", "den",
    "toi", "het", "ngay", "mong", "mung", "ram", "sau", "q", "h",
];

/// Whether a period phrase can start at a token: a number, a first word
/// spelled as the period word (not "tỉnh" for "tính", "tôi" for "tới"), or
/// a count in words ("sáu tháng"; not "hải", "tâm", "bà"). Every pattern
/// begins by reading one of these, so no phrase starts elsewhere; a table
/// of the folded forms turns away most other words before they are
/// compared.
fn may_start(t: &Token) -> bool {
    static OPENINGS: OnceLock<Openings> = OnceLock::new();
    if t.kind == TokKind::Number {
        return true;
    }
    let openings = OPENINGS.get_or_init(|| {
        let mut o = Openings::default();
        for w in FIRST_WORDS {
            o.insert(w);
        }
        let counts = crate::number::DIGIT_WORDS.iter().filter(|(_, v)| *v > 0);
        for w in counts.map(|(w, _)| *w).chain(["mười"]) {
            o.insert(&fold(w));
        }
        o
    });
    openings.may_open(t.folded)
        && ((FIRST_WORDS.contains(&t.folded) && is_word(t, t.folded))
            || digit_word(t.text).is_some()
            || t.text == "mười")
}

/// Every period phrase in `text`, left to right, not overlapping.
pub fn find_all(text: &str) -> Vec<Found> {
    let mut arena = String::new();
    find_in_tokens(&tokenize(text, &mut arena))
}

/// [`find_all`] over tokens the caller has read already; offsets are the
/// tokens' own.
pub fn find_in_tokens(toks: &[Token]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut c = Cursor {
        toks,
        i: 0,
        whole: false,
    };
    while c.i < toks.len() {
        if !may_start(&toks[c.i]) {
            c.i += 1;
            continue;
        }
        // The digits after the `.` or `,` of a number ("1.300", "2,28")
        // start no phrase.
        let inside_number = c.i >= 2
            && toks[c.i].glued
            && toks[c.i - 1].glued
            && matches!(toks[c.i - 1].text, "." | ",")
            && toks[c.i - 2].kind == TokKind::Number;
        // A phrase that starts with a number goes on with a count's word
        // ("6 tháng", "2 quý", "20 ngày đầu") or a date's mark ("15/4",
        // "1.1", "6-7").
        // A dot makes a date only before a month ("1.1", "30.4"), not in
        // a grouped number ("1.300"), the commonest dot of all.
        let month_after = |k: usize| {
            toks.get(k)
                .is_some_and(|m| m.glued && m.kind == TokKind::Number && m.text.len() <= 2)
        };
        // "23 – 29/11": a day, a spaced dash, and a date.
        let day_dash_date = |k: usize| {
            toks.get(k).is_some_and(|t| matches!(t.text, "-" | "–"))
                && toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Number)
                && toks.get(k + 2).is_some_and(|t| t.glued && t.text == "/")
        };
        let number_alone = toks[c.i].kind == TokKind::Number
            && !day_dash_date(c.i + 1)
            && !toks.get(c.i + 1).is_some_and(|n| {
                matches!(n.folded, "thang" | "quy" | "ngay")
                    || (n.glued && matches!(n.text, "/" | "-" | "m" | "t"))
                    || (n.glued && n.text == "." && month_after(c.i + 2))
            });
        if inside_number || number_alone {
            c.i += 1;
            continue;
        }
        let after_cung_ky =
            c.i >= 2 && toks[c.i - 2].folded == "cung" && is_word(&toks[c.i - 1], "ky");
        let found = longest(&c).or_else(|| {
            let mut k = c;
            (after_cung_ky)
                .then(|| base_year(&mut k).map(|e| (e, k.i)))
                .flatten()
        });
        match found {
            Some((expr, end)) => {
                // "cùng kỳ năm 2024" is a base where "cùng kỳ" is ("tăng 33%
                // so với cùng kỳ năm 2024", "chỉ bằng 2/3 cùng kỳ năm
                // trước"), and the figure's own time where it is not.
                let base = if after_cung_ky {
                    is_base(toks, c.i - 2)
                        || toks
                            .get(c.i.wrapping_sub(3))
                            .is_some_and(|t| t.kind == TokKind::Number)
                } else {
                    is_base(toks, c.i)
                };
                // "năm ngoái, cùng thời điểm chỉ khoảng 140 xe/ngày": the
                // same time, a year before.
                let w = |k: usize| toks.get(k).map_or("", |t| t.folded);
                let at = if w(end) == "," { end + 1 } else { end };
                let a_year = expr.from.month == 1 && expr.to.is_some_and(|t| t.month == 12);
                let same_time = a_year
                    && w(at) == "cung"
                    && matches!(
                        (w(at + 1), w(at + 2)),
                        ("ky", _) | ("thoi", "diem" | "gian")
                    );
                // "từ nay đến cuối năm": from now on.
                let from_now = c.i >= 2
                    && toks[c.i - 2].folded == "tu"
                    && toks[c.i - 1].folded == "nay"
                    && matches!(toks[c.i].folded, "den" | "toi")
                    && expr.to.is_some();
                let first = if from_now { c.i - 2 } else { c.i };
                out.push(Found {
                    start: toks[first].start,
                    end: toks[end - 1].end,
                    expr,
                    base,
                    same_span: (after_cung_ky || same_time) && !base,
                    from_now,
                });
                c.i = end;
            }
            None => c.i += 1,
        }
    }
    out
}

/// Reads `text` as one Vietnamese period phrase; `Err(offset)` is the byte
/// where reading stopped.
pub fn parse_phrase(text: &str) -> Result<PeriodExpr, usize> {
    let mut arena = String::new();
    let toks = tokenize(text, &mut arena);
    let mut c = Cursor {
        toks: &toks,
        i: 0,
        whole: true,
    };
    // Leading words that frame a period without changing it.
    while c.any(&["trong", "vao", "tinh", "tai"]).is_some() {}
    if c.i > 0 && c.toks.get(c.i - 1).is_some_and(|t| is_word(t, "tinh")) {
        c.i -= 1;
    }
    let Some((expr, end)) = longest(&c) else {
        return Err(toks.get(c.i).map_or(text.len(), |t| t.start));
    };
    match toks[end..]
        .iter()
        .find(|t| !matches!(t.folded, "." | "," | ";" | ")"))
    {
        None => Ok(expr),
        Some(t) => Err(t.start),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str, ctx: Option<i32>) -> Option<String> {
        parse_phrase(text)
            .ok()?
            .resolve(ctx)
            .map(|p| format!("{}..{}", p.from, p.to))
    }

    #[test]
    fn spec_table() {
        let h1 = Some("2025-01-01..2025-06-30".to_string());
        assert_eq!(p("6 tháng đầu năm 2025", None), h1);
        assert_eq!(p("2 quý đầu năm 2025", None), h1);
        assert_eq!(p("nửa đầu năm 2025", None), h1);
        assert_eq!(p("đến hết tháng 6/2025", None), h1);
        let q1 = Some("2025-01-01..2025-03-31".to_string());
        assert_eq!(p("quý 1/2025", None), q1);
        assert_eq!(p("quý I/2025", None), q1);
        assert_eq!(p("quý I năm 2025", None), q1);
        assert_eq!(p("3 tháng đầu năm 2025", None), q1);
        assert_eq!(p("đến hết 31/3/2025", None), q1);
        assert_eq!(
            p("từ đầu năm đến giữa tháng 3/2025", None).unwrap(),
            "2025-01-01..2025-03-15"
        );
        assert_eq!(
            p("lũy kế đến giữa tháng 6/2024", None).unwrap(),
            "2024-01-01..2024-06-15"
        );
        assert_eq!(
            p("từ đầu năm đến 15/4", Some(2024)).unwrap(),
            "2024-01-01..2024-04-15"
        );
        assert_eq!(
            p("từ ngày 1/1 đến 6/7", Some(2025)).unwrap(),
            "2025-01-01..2025-07-06"
        );
        assert_eq!(
            p("tháng 1 và tháng 2/2025", None).unwrap(),
            "2025-01-01..2025-02-28"
        );
        assert_eq!(p("tháng 3 và tháng 5/2025", None), None);
        assert_eq!(
            p("nửa đầu tháng 4/2024", None).unwrap(),
            "2024-04-01..2024-04-15"
        );
        assert_eq!(p("tháng 8/2025", None).unwrap(), "2025-08-01..2025-08-31");
        assert_eq!(
            p("8 tháng đầu năm 2025", None).unwrap(),
            "2025-01-01..2025-08-31"
        );
        assert_eq!(
            p("8 tháng năm 2025", None).unwrap(),
            "2025-01-01..2025-08-31"
        );
        assert_eq!(p("năm 2023", None).unwrap(), "2023-01-01..2023-12-31");
    }

    #[test]
    fn general_forms_beyond_the_table() {
        assert_eq!(p("9 tháng", Some(2025)).unwrap(), "2025-01-01..2025-09-30");
        assert_eq!(
            p("từ đầu tháng 8 đến ngày 10/8", Some(2025)).unwrap(),
            "2025-08-01..2025-08-10"
        );
        assert_eq!(
            p("từ đầu tháng 11/2024 tới hết ngày 3/12", None).unwrap(),
            "2024-11-01..2024-12-03"
        );
        assert_eq!(
            p("8 tháng qua", Some(2025)).unwrap(),
            "2025-01-01..2025-08-31"
        );
        assert_eq!(
            p("9 tháng vừa qua", Some(2024)).unwrap(),
            "2024-01-01..2024-09-30"
        );
        assert_eq!(p("3 tháng tới", Some(2025)), None);
        assert_eq!(p("2 tháng gần đây", Some(2025)), None);
        assert_eq!(
            p("20 ngày đầu tháng 1/2026", None).unwrap(),
            "2026-01-01..2026-01-20"
        );
        assert_eq!(
            p("10 ngày đầu tiên của tháng 12", Some(2025)).unwrap(),
            "2025-12-01..2025-12-10"
        );
        assert_eq!(
            p("10 ngày đầu tháng 12", Some(2025)).unwrap(),
            "2025-12-01..2025-12-10"
        );
        assert_eq!(
            p("15 ngày đầu năm 2026", None).unwrap(),
            "2026-01-01..2026-01-15"
        );
        assert_eq!(p("45 ngày đầu năm 2026", None), None);
        assert_eq!(p("10 ngày đầu", Some(2026)), None);
        // A month to now has no end to resolve to without the article.
        assert_eq!(p("từ đầu tháng 3/2025 đến nay", None), None);
        // Days of the lunar new year, from the table of Tết.
        assert_eq!(
            p("mùng 4 Tết năm 2026", None).unwrap(),
            "2026-02-20..2026-02-20"
        );
        assert_eq!(
            p("rằm tháng Giêng", Some(2025)).unwrap(),
            "2025-02-12..2025-02-12"
        );
        assert_eq!(
            p("từ mùng 1 đến mùng 6 Tết", Some(2026)).unwrap(),
            "2026-02-17..2026-02-22"
        );
        assert_eq!(p("tháng Chạp năm 2025", None), None);
        // Open ends from a day or a month keep their start.
        let open = |text: &str| {
            parse_phrase(text)
                .ok()
                .filter(|e| e.is_open())
                .map(|e| e.from)
        };
        assert_eq!(
            open("từ ngày 10/6/2026 đến nay"),
            Some(PartialDate::new(Some(YearRef::Abs(2026)), 6, Day::Num(10)))
        );
        assert_eq!(
            open("từ tháng 6 tới hiện nay"),
            Some(PartialDate::new(None, 6, Day::Num(1)))
        );
        assert_eq!(
            open("từ đầu năm đến nay").map(|d| (d.month, d.day)),
            Some((1, Day::Num(1)))
        );
        assert_eq!(
            p("sáu tháng cuối năm 2024", None).unwrap(),
            "2024-07-01..2024-12-31"
        );
        assert_eq!(
            p("nửa cuối tháng 2/2024", None).unwrap(),
            "2024-02-16..2024-02-29"
        );
        assert_eq!(p("quý IV/2023", None).unwrap(), "2023-10-01..2023-12-31");
        assert_eq!(
            p("quý tư năm 2023", None).unwrap(),
            "2023-10-01..2023-12-31"
        );
        assert_eq!(
            p("tính đến ngày 20.5.2025", None).unwrap(),
            "2025-01-01..2025-05-20"
        );
        assert_eq!(
            p("từ 1-1 đến 6-7-2025", None).unwrap(),
            "2025-01-01..2025-07-06"
        );
        assert_eq!(
            p("từ tháng 3 đến tháng 5/2025", None).unwrap(),
            "2025-03-01..2025-05-31"
        );
        assert_eq!(
            p("từ đầu năm đến cuối tháng 5/2025", None).unwrap(),
            "2025-01-01..2025-05-31"
        );
        assert_eq!(p("hết quý I/2024", None).unwrap(), "2024-01-01..2024-03-31");
        assert_eq!(
            p("quý đầu năm 2025", None).unwrap(),
            "2025-01-01..2025-03-31"
        );
        assert_eq!(
            p("quý cuối năm", Some(2024)).unwrap(),
            "2024-10-01..2024-12-31"
        );
        assert_eq!(
            p("kỳ 1 tháng 8/2025", None).unwrap(),
            "2025-08-01..2025-08-15"
        );
        assert_eq!(
            p("năm ngoái", Some(2025)).unwrap(),
            "2024-01-01..2024-12-31"
        );
        assert_eq!(
            p("giai đoạn 2021-2025", None).unwrap(),
            "2021-01-01..2025-12-31"
        );
        assert_eq!(
            p("từ 15/12/2024 đến 15/1/2025", None).unwrap(),
            "2024-12-15..2025-01-15"
        );
        assert_eq!(
            p("6 THÁNG ĐẦU NĂM 2025", None).unwrap(),
            "2025-01-01..2025-06-30"
        );
    }

    #[test]
    fn a_year_is_needed_somewhere() {
        assert_eq!(p("từ ngày 1/1 đến 6/7", None), None);
        assert!(parse_phrase("6 tháng đầu năm").unwrap().year().is_none());
    }

    #[test]
    fn not_periods() {
        assert!(parse_phrase("3 tháng tới").is_err());
        assert!(parse_phrase("Móng Cái").is_err());
        assert_eq!(parse_phrase("quý 1/2025 và sau"), Err("quý 1/2025 ".len()));
        assert!(parse_phrase("13 tháng").is_err());
    }

    #[test]
    fn finds_phrases_and_marks_bases() {
        let text = "Tổng kết 2 quý đầu năm 2025, xuất khẩu đạt 1,5 tỷ USD, tăng 33% so với cùng kỳ năm 2024; \
                    từ ngày 1/1 đến 6/7 đạt 1,3 triệu tấn, tăng 20,1% so với quý 1/2024.";
        let found = find_all(text);
        let shown: Vec<(&str, bool)> = found
            .iter()
            .map(|f| (&text[f.start..f.end], f.base))
            .collect();
        assert_eq!(
            shown,
            [
                ("2 quý đầu năm 2025", false),
                ("năm 2024", true),
                ("từ ngày 1/1 đến 6/7", false),
                ("quý 1/2024", true),
            ]
        );
    }

    #[test]
    fn a_period_a_few_words_after_a_multiple_is_its_base() {
        let text = "gấp đôi dịp lễ năm trước, gấp 1,4 lần dịp Tết năm 2025; dịp lễ năm 2026";
        let bases: Vec<bool> = find_all(text).iter().map(|f| f.base).collect();
        assert_eq!(bases, [true, true, false]);
    }

    #[test]
    fn the_same_span_of_another_year_is_a_base_only_after_a_comparison() {
        let text = "Cùng kỳ năm ngoái đạt 1,8 tỷ USD, tăng 5% so với cùng kỳ năm 2024, bằng \
                    2/3 cùng kỳ năm 2023, gấp rưỡi cùng kỳ năm 2022; trong khi cùng kỳ năm 2021 \
                    chỉ đạt 0,9 tỷ USD.";
        let found = find_all(text);
        let shown: Vec<(&str, bool, bool)> = found
            .iter()
            .map(|f| (&text[f.start..f.end], f.base, f.same_span))
            .collect();
        assert_eq!(
            shown,
            [
                ("năm ngoái", false, true),
                ("năm 2024", true, false),
                ("năm 2023", true, false),
                ("năm 2022", true, false),
                ("năm 2021", false, true),
            ]
        );
        let text = "Quý này đạt 265 xe/ngày; năm ngoái, cùng thời điểm chỉ khoảng 140 xe/ngày.";
        let found = find_all(text);
        assert_eq!(
            found
                .iter()
                .map(|f| (&text[f.start..f.end], f.same_span))
                .collect::<Vec<_>>(),
            [("năm ngoái", true)]
        );
    }

    #[test]
    fn the_business_press_abbreviations() {
        for (text, label) in [
            ("Q3/2026", "2026-07-01..2026-09-30"),
            ("Q1 2025", "2025-01-01..2025-03-31"),
            ("H1/2026", "2026-01-01..2026-06-30"),
            ("9M2026", "2026-01-01..2026-09-30"),
            ("9M 2026", "2026-01-01..2026-09-30"),
            ("10T2026", "2026-01-01..2026-10-31"),
        ] {
            assert_eq!(p(text, None).as_deref(), Some(label), "{text}");
        }
        assert_eq!(
            p("Q4", Some(2026)).as_deref(),
            Some("2026-10-01..2026-12-31")
        );
        // A bare day is a date after its weekday, not elsewhere ("1/3" is
        // a third).
        let text = "Thứ Bảy (29/8): 9.120 lượt; Chủ nhật, 30/8: 11.870 lượt; giảm 1/3.";
        let days: Vec<&str> = find_all(text)
            .iter()
            .map(|f| &text[f.start..f.end])
            .collect();
        assert_eq!(days, ["29/8", "30/8"]);
        // A count of months needs its year: "12m" is a width.
        assert_eq!(find_all("đường rộng 12m, Q5 và H3").len(), 0);
    }

    #[test]
    fn a_day_alone_at_the_start_of_a_range_is_in_the_end_month() {
        assert_eq!(
            p("từ ngày 1 đến ngày 15/10/2025", None),
            Some("2025-10-01..2025-10-15".to_string())
        );
        assert_eq!(
            p("từ ngày 3 đến 9/2", Some(2024)),
            Some("2024-02-03..2024-02-09".to_string())
        );
        // A start after the end is another month, which the text does not
        // say.
        assert_eq!(p("từ ngày 25 đến ngày 5/10/2025", None), None);
    }

    #[test]
    fn words_with_diacritics_must_be_the_period_words() {
        let phrases = |text: &str| -> Vec<String> {
            find_all(text)
                .iter()
                .map(|f| text[f.start..f.end].to_string())
                .collect()
        };
        // "đấu" (strive) is not "đầu" (start), "nữa" (more) not "nửa"
        // (half), "quy đổi" not a quarter.
        assert_eq!(phrases("Tỉnh phấn đấu năm 2025 đạt 3 tỷ USD"), ["năm 2025"]);
        assert_eq!(phrases("tăng hơn nữa năm 2024"), ["năm 2024"]);
        assert_eq!(phrases("quy đổi 1 USD"), Vec::<String>::new());
        // Text written without diacritics is still read.
        assert_eq!(phrases("6 thang dau nam 2025"), ["6 thang dau nam 2025"]);
        assert_eq!(phrases("nửa đầu năm 2025"), ["nửa đầu năm 2025"]);
    }

    #[test]
    fn dates_in_running_text_need_a_day_word() {
        let found = find_all("bằng 2/3 so với ngày 11/3");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].expr.from, PartialDate::new(None, 3, Day::Num(11)));
    }

    #[test]
    fn phrases_start_only_at_their_first_words() {
        let starts = |w: &str| {
            let mut arena = String::new();
            may_start(&tokenize(w, &mut arena)[0])
        };
        for w in [
            "tính", "Quý", "hai", "sáu", "tư", "mười", "năm", "nam", "tới", "sau", "12",
        ] {
            assert!(starts(w), "{w}");
        }
        for w in [
            "tỉnh", "hải", "tâm", "bà", "tôi", "đấu", "nữa", "quỳ", "giờ", ",",
        ] {
            assert!(!starts(w), "{w}");
        }
    }
}
