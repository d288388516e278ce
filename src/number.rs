//! The one reader of numbers, shared by the extractor and the query language.
//!
//! Vietnamese press writes `.` for thousands and `,` for decimals
//! (`51.990,563`), groups irregularly (`1059.000`), scales with words
//! (`nghìn`, `triệu`, `tỷ`, `nghìn tỷ`), writes ranges (`450 - 500`) and
//! sometimes spells numbers out (`hai mươi mốt nghìn`). English suffixes
//! (`1.5bn`, `500k`) are accepted where an analyst types them.

use crate::model::Unit;

/// A number read from text: its value with any scale word applied, the
/// upper end of a range, and the bytes it covers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberMatch {
    pub start: usize,
    /// End of the number and its scale word, before any unit.
    pub end: usize,
    pub value: f64,
    pub high: Option<f64>,
    /// The written number had a decimal or grouping mark (`2.771`, `41,7`),
    /// or a scale word: it is a measured figure, not a small count like
    /// "6 cửa khẩu".
    pub scaled: bool,
}

/// Why a text is not a number or quantity.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct NumberError {
    pub message: String,
    /// Byte offset in the text where the problem was found.
    pub offset: usize,
}

/// A value with the unit it was written with, in base units: what the query
/// language compares facts against (`value > 1 tỷ USD`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Quantity {
    pub value: f64,
    pub unit: Option<Unit>,
}

/// Scale words and what they multiply by; `nghìn tỷ` is read as two words.
static SCALES: WordTable<f64> = WordTable::new(&[
    ("nghìn", 1e3),
    ("ngàn", 1e3),
    ("ngan", 1e3),
    ("nghin", 1e3),
    ("triệu", 1e6),
    ("trieu", 1e6),
    // Bulletins abbreviate: "41,8 tr.USD", "16,9 tr USD".
    ("tr.", 1e6),
    ("tr", 1e6),
    ("tỷ", 1e9),
    ("tỉ", 1e9),
    ("ty", 1e9),
    ("ti", 1e9),
    // Ten thousand, in older usage: "3 vạn tấn".
    ("vạn", 1e4),
    ("van", 1e4),
]);

/// Suffixes analysts type in English (`1.5bn`, `500k`, `3M`).
const ENGLISH_SCALES: &[(&str, f64)] = &[
    ("billion", 1e9),
    ("million", 1e6),
    ("thousand", 1e3),
    ("bn", 1e9),
    ("mn", 1e6),
    ("k", 1e3),
    ("m", 1e6),
    ("b", 1e9),
    ("g", 1e9),
];

/// Whether `s` starts with `word` (compared case-insensitively, char by
/// char, diacritics kept) followed by a non-letter. Returns the byte length
/// of the match.
pub(crate) fn starts_with_word(s: &str, word: &str) -> Option<usize> {
    // Tables of words are tried in turn, and most of them differ from the
    // text in a first byte that is ASCII: those are turned away before any
    // character is decoded.
    if let (Some(&a), Some(&b)) = (s.as_bytes().first(), word.as_bytes().first()) {
        if (a.is_ascii() || b.is_ascii()) && !a.eq_ignore_ascii_case(&b) {
            return None;
        }
    }
    let mut it = s.char_indices();
    for w in word.chars() {
        let (_, c) = it.next()?;
        // Most comparisons fail at once on ASCII; only letters that differ
        // outside ASCII are lower-cased through Unicode's tables.
        let same = c == w
            || if c.is_ascii() || w.is_ascii() {
                c.eq_ignore_ascii_case(&w)
            } else {
                c.to_lowercase().eq(w.to_lowercase())
            };
        if !same {
            return None;
        }
    }
    let len = it.next().map_or(s.len(), |(i, _)| i);
    match s[len..].chars().next() {
        // An abbreviation's full stop ends it: "tr.USD".
        Some(c) if c.is_alphanumeric() && !word.ends_with('.') => None,
        _ => Some(len),
    }
}

/// What a word's first byte is grouped and looked up by: ASCII letters in
/// lower case, and every non-ASCII byte alike (such a letter is compared by
/// its lower case, which may be written with another lead byte).
const fn first_key(b: u8) -> usize {
    if b.is_ascii() {
        b.to_ascii_lowercase() as usize
    } else {
        0x80
    }
}

/// A table of words for [`starts_with_word`], with where the words of each
/// first letter lie in it: the words that may start a text are found by
/// its first byte, without trying every one.
pub(crate) struct WordTable<T: 'static> {
    words: &'static [(&'static str, T)],
    /// The range of words by the key of their first byte.
    by_start: [(u16, u16); 0x81],
}

impl<T> WordTable<T> {
    /// The words that share a first letter must be listed together, in the
    /// order they are to be tried: the build fails if they are not.
    pub(crate) const fn new(words: &'static [(&'static str, T)]) -> Self {
        let mut by_start = [(0, 0); 0x81];
        let mut i = 0;
        while i < words.len() {
            let k = first_key(words[i].0.as_bytes()[0]);
            if i == 0 || k != first_key(words[i - 1].0.as_bytes()[0]) {
                assert!(
                    by_start[k].1 == 0,
                    "words sharing a first letter must be together"
                );
                by_start[k].0 = i as u16;
            }
            by_start[k].1 = i as u16 + 1;
            i += 1;
        }
        WordTable { words, by_start }
    }

    /// The words that may start `s`, in the table's order.
    pub(crate) fn starting(&self, s: &str) -> &'static [(&'static str, T)] {
        let Some(&b) = s.as_bytes().first() else {
            return &[];
        };
        let (from, to) = self.by_start[first_key(b)];
        &self.words[usize::from(from)..usize::from(to)]
    }
}

/// Skips spaces (not newlines) from `at`.
pub(crate) fn skip_spaces(s: &str, mut at: usize) -> usize {
    let b = s.as_bytes();
    while at < b.len() && b[at] == b' ' {
        at += 1;
    }
    at
}

/// Reads a run of digits with `.` and `,` marks at the start of `s`.
/// Returns the value and the bytes used, or `None` if `s` does not start
/// with a digit.
///
/// `.` followed by exactly three digits groups thousands (`2.771`,
/// `1059.000`); any other `.` is a decimal point (`1.5`). `,` is the decimal
/// mark (`41,7`, `5,223`), unless every comma is followed by exactly three
/// digits and there are two or more of them (`1,200,000`). A single space
/// groups thousands too where the number starts with one to three digits
/// and every group after a space has three (`1 300`, `12 500 000`, and a
/// no-break space, which normalising makes a space).
pub fn read_digits(s: &str) -> Option<(f64, usize, bool)> {
    if s.as_bytes().first().is_none_or(|c| !c.is_ascii_digit()) {
        return None;
    }
    let few: Gathered<FewDigits> = gather(s);
    if few.list {
        // "1,2,3" is a list, not a number: read only the first part.
        let first = s.find(',').unwrap_or(few.end);
        let v: f64 = s[..first].replace('.', "").parse().ok()?;
        return Some((v, first, false));
    }
    let v = match few.int.decimal(&few.frac) {
        Some(v) => v,
        None => {
            let Gathered { int, frac, .. } = gather::<String>(s);
            let text = if frac.is_empty() {
                int
            } else {
                format!("{int}.{frac}")
            };
            text.parse().ok()?
        }
    };
    Some((v, few.end, few.marked))
}

/// Where [`read_digits`] gathers the digits before and after the decimal
/// mark: as text, which any number of them fit in, or as [`FewDigits`],
/// which hold the usual figure without allocating.
trait Digits: Default {
    fn push(&mut self, digits: &str);
    fn is_empty(&self) -> bool;
    fn append(&mut self, other: Self);
}

impl Digits for String {
    fn push(&mut self, digits: &str) {
        self.push_str(digits);
    }

    fn is_empty(&self) -> bool {
        str::is_empty(self)
    }

    fn append(&mut self, other: Self) {
        self.push_str(&other);
    }
}

/// The powers of ten a double holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Up to this many digits, a whole number is exact in a double, and no two
/// decimals, wherever their point, are the same double.
const EXACT_DIGITS: usize = 15;

/// Digits as a whole number, while there are few enough for it and the
/// number they make with a decimal point to be exact in a double.
#[derive(Default)]
struct FewDigits {
    whole: u64,
    len: usize,
}

impl FewDigits {
    /// The number these digits and `frac`'s after a decimal point make,
    /// if there are few enough: both the digits as a whole number and the
    /// power of ten are then exact, and dividing them rounds once,
    /// correctly, as parsing the decimal does.
    fn decimal(&self, frac: &FewDigits) -> Option<f64> {
        let len = self.len + frac.len;
        (len <= EXACT_DIGITS).then(|| {
            let whole = self.whole * 10u64.pow(frac.len as u32) + frac.whole;
            whole as f64 / POW10[frac.len]
        })
    }
}

impl Digits for FewDigits {
    fn push(&mut self, digits: &str) {
        self.len += digits.len();
        if self.len <= EXACT_DIGITS {
            self.whole = digits
                .bytes()
                .fold(self.whole, |m, d| m * 10 + u64::from(d - b'0'));
        }
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn append(&mut self, other: Self) {
        self.len += other.len;
        if self.len <= EXACT_DIGITS {
            self.whole = self.whole * 10u64.pow(other.len as u32) + other.whole;
        }
    }
}

/// What [`read_digits`] reads at the start of `s` (which starts with a
/// digit): the digits before and after the decimal mark, where they end,
/// whether a mark was read, and whether the commas make a list.
struct Gathered<D> {
    int: D,
    frac: D,
    end: usize,
    marked: bool,
    list: bool,
}

fn gather<D: Digits>(s: &str) -> Gathered<D> {
    let b = s.as_bytes();
    let digits_at = |i: usize| b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = digits_at(0);
    let first_run = i;
    let mut spaced = false;
    let mut int = D::default();
    int.push(&s[..i]);
    let mut frac = D::default();
    let mut marked = false;
    let mut commas = 0;
    let mut comma_groups_of_three = true;
    loop {
        if i + 1 >= b.len() || !b[i + 1].is_ascii_digit() {
            break;
        }
        let n = digits_at(i + 1);
        match b[i] {
            b' ' if (spaced || (!marked && first_run <= 3)) && n == 3 => {
                int.push(&s[i + 1..i + 4]);
                spaced = true;
            }
            b'.' if frac.is_empty() && n == 3 && !spaced => {
                int.push(&s[i + 1..i + 4]);
            }
            b'.' if frac.is_empty() && commas == 0 && !spaced => {
                frac.push(&s[i + 1..i + 1 + n]);
            }
            b',' if frac.is_empty() || commas > 0 => {
                commas += 1;
                comma_groups_of_three &= n == 3;
                if commas > 1 {
                    // Several commas: English grouping, the first "fraction"
                    // was a group.
                    int.append(std::mem::take(&mut frac));
                }
                frac.push(&s[i + 1..i + 1 + n]);
            }
            _ => break,
        }
        marked = true;
        i += 1 + n;
    }
    if commas > 1 && comma_groups_of_three {
        int.append(std::mem::take(&mut frac));
    }
    Gathered {
        int,
        frac,
        end: i,
        marked,
        list: commas > 1 && !comma_groups_of_three,
    }
}

/// `v` times a power of ten, as the decimal the text wrote: `130,3 tỷ` is
/// 130300000000, where the product of the floats would be
/// 130300000000.00002. The shortest decimal that reads back as `v` is the
/// one the text gave; shifting its exponent and reading it again rounds
/// once, correctly.
pub(crate) fn scale(v: f64, factor: f64) -> f64 {
    // A whole number times a power of ten is exact as it stands.
    if factor == 1.0 || v.fract() == 0.0 {
        return v * factor;
    }
    let exp = factor.log10().round() as i32;
    // The shortest decimal is found without writing it out where it has
    // at most fifteen digits: then it is the only decimal with as few
    // decimal places that reads back as `v`, and its digits as a whole
    // number are exact, so one product or quotient of exact doubles rounds
    // as reading the shifted decimal does.
    let power = |e: i32| POW10.get(e.unsigned_abs() as usize).copied();
    let shortest = (1..=EXACT_DIGITS as i32).find_map(|places| {
        let p = power(places)?;
        let whole = (v * p).round();
        (whole.abs() < POW10[EXACT_DIGITS] && whole / p == v).then_some((whole, places))
    });
    let shifted = shortest.and_then(|(whole, places)| {
        let e = exp - places;
        power(e).map(|p| if e >= 0 { whole * p } else { whole / p })
    });
    shifted.unwrap_or_else(|| format!("{v}e{exp}").parse().unwrap_or(v * factor))
}

/// A scale word (`triệu`, `tỷ`, `nghìn tỷ`…) at the start of `s`, after
/// optional spaces: the factor and the bytes used.
pub fn read_scale(s: &str) -> Option<(f64, usize)> {
    let mut at = skip_spaces(s, 0);
    let mut factor = 1.0;
    let mut found = false;
    loop {
        let rest = &s[at..];
        let Some((f, len)) = SCALES
            .starting(rest)
            .iter()
            .find_map(|(w, f)| starts_with_word(rest, w).map(|l| (*f, l)))
        else {
            break;
        };
        // "nghìn" after "tỷ" would be a new number; only a larger scale
        // may follow a smaller one (nghìn tỷ).
        if found && f <= factor {
            break;
        }
        factor *= f;
        found = true;
        at += len;
        let next = skip_spaces(s, at);
        if next == at {
            break;
        }
        at = next;
    }
    if !found {
        return None;
    }
    // Give back trailing spaces.
    let end = s[..at].trim_end().len();
    Some((factor, end))
}

fn read_english_scale(s: &str) -> Option<(f64, usize)> {
    let at = skip_spaces(s, 0);
    ENGLISH_SCALES
        .iter()
        .find_map(|(w, f)| starts_with_word(&s[at..], w).map(|l| (*f, at + l)))
}

/// Digit words for spelled-out numbers, with their values, by their
/// lower-cased text: diacritics tell "sáu" (six) from "sau" (after). The
/// period parser reads spelled counts ("sáu tháng") with the same words.
pub(crate) const DIGIT_WORDS: &[(&str, u64)] = &[
    ("không", 0),
    ("một", 1),
    ("mốt", 1),
    ("hai", 2),
    ("ba", 3),
    ("bốn", 4),
    ("tư", 4),
    ("năm", 5),
    ("lăm", 5),
    ("sáu", 6),
    ("bảy", 7),
    ("tám", 8),
    ("chín", 9),
];

pub(crate) fn digit_word(w: &str) -> Option<u64> {
    DIGIT_WORDS.iter().find(|(d, _)| *d == w).map(|&(_, v)| v)
}

fn is_number_word(w: &str) -> bool {
    digit_word(w).is_some()
        || matches!(
            w,
            "mười"
                | "mươi"
                | "chục"
                | "trăm"
                | "lẻ"
                | "linh"
                | "nghìn"
                | "ngàn"
                | "triệu"
                | "tỷ"
                | "tỉ"
        )
}

/// Reads a spelled-out number ("hai mươi mốt nghìn không trăm mười một") at
/// the start of `s`: the value, the bytes used, and whether it contains a
/// word that makes it unmistakably a number (mươi, mười, trăm, chục or a
/// scale word). Running text needs that word, so that "năm" (year, or five)
/// and "một số" (some) are not read as numbers; a whole query value does not.
pub fn read_spelled(s: &str) -> Option<(f64, usize, bool)> {
    let mut words: Vec<(String, usize)> = Vec::new();
    let mut at = 0;
    loop {
        let rest = &s[at..];
        let w_len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let w = rest[..w_len].to_lowercase();
        if w_len == 0 || !is_number_word(&w) {
            break;
        }
        words.push((w, at + w_len));
        at = skip_spaces(s, at + w_len);
    }
    while words
        .last()
        .is_some_and(|(w, _)| matches!(w.as_str(), "lẻ" | "linh"))
    {
        words.pop();
    }
    let decisive = words.iter().any(|(w, _)| digit_word(w).is_none());
    // Digit words in a row ("hai ba") are no number.
    if !decisive && words.len() != 1 {
        return None;
    }
    let mut total: f64 = 0.0;
    let mut largest: f64 = 1.0;
    let mut current: u64 = 0;
    let mut pending: Option<u64> = None;
    let mut after_tens = false;
    for (w, _) in &words {
        match w.as_str() {
            "mười" => {
                current += 10;
                pending = None;
                after_tens = true;
            }
            "mươi" | "chục" => {
                current += pending.take().unwrap_or(1) * 10;
                after_tens = true;
            }
            "trăm" => {
                current += pending.take().unwrap_or(1) * 100;
                after_tens = false;
            }
            "lẻ" | "linh" => {}
            scale @ ("nghìn" | "ngàn" | "triệu" | "tỷ" | "tỉ") => {
                let f = match scale {
                    "nghìn" | "ngàn" => 1e3,
                    "triệu" => 1e6,
                    _ => 1e9,
                };
                let seg = current + pending.take().unwrap_or(0);
                let seg = if seg == 0 && total == 0.0 { 1 } else { seg };
                if f > largest {
                    total = (total + seg as f64) * f;
                    largest = f;
                } else {
                    total += seg as f64 * f;
                }
                current = 0;
                after_tens = false;
            }
            d => {
                let v = digit_word(d)?;
                if after_tens {
                    current += v;
                    after_tens = false;
                } else {
                    pending = Some(v);
                }
            }
        }
    }
    let mut value = total + (current + pending.unwrap_or(0)) as f64;
    let mut end = words.last()?.1;
    // "năm mươi tám triệu rưỡi": and a half of the last scale.
    let last_scale = match words.last()?.0.as_str() {
        "nghìn" | "ngàn" => Some(1e3),
        "triệu" => Some(1e6),
        "tỷ" | "tỉ" => Some(1e9),
        _ => None,
    };
    let at_half = skip_spaces(s, end);
    if let (Some(f), Some(len)) = (last_scale, starts_with_word(&s[at_half..], "rưỡi")) {
        if at_half > end {
            value += f / 2.0;
            end = at_half + len;
        }
    }
    Some((value, end, decisive))
}

/// Range separators between two numbers: `-`, `–`, `—`, `đến`, `tới`.
fn read_range_sep(s: &str) -> Option<usize> {
    let at = skip_spaces(s, 0);
    let rest = &s[at..];
    let len = ["-", "–", "—"]
        .iter()
        .find(|d| rest.starts_with(**d))
        .map(|d| d.len())
        .or_else(|| starts_with_word(rest, "đến"))
        .or_else(|| starts_with_word(rest, "tới"))?;
    Some(skip_spaces(s, at + len))
}

/// Reads a number expression at byte `at` of `text`: digits (or a spelled
/// number), an optional range (`450 - 500`, `2.800 - 3.000 tỷ`), and a scale
/// word that applies to both ends. Returns `None` where the digits are part
/// of a date, a fraction or a code (`1/1`, `14/2018/NĐ-CP`, `Km3`).
pub fn read_number(text: &str, at: usize) -> Option<NumberMatch> {
    read_number_with(text, at, true)
}

fn read_number_with(text: &str, at: usize, running_text: bool) -> Option<NumberMatch> {
    let s = &text[at..];
    let (v, len, marked) = match read_digits(s) {
        Some(d) => d,
        None => match read_spelled(s)? {
            (_, _, false) if running_text => return None,
            (v, len, _) => (v, len, true),
        },
    };
    let after = &s[len..];
    if after.starts_with('/') && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut end = len;
    let mut high = None;
    let mut scaled = marked;
    if let Some(sep) = read_range_sep(after) {
        if let Some((h, hlen, hm)) = read_digits(&after[sep..]) {
            let after_high = &after[sep + hlen..];
            let is_date = after_high.starts_with('/')
                && after_high[1..].starts_with(|c: char| c.is_ascii_digit());
            if h > v && !is_date {
                high = Some(h);
                end = len + sep + hlen;
                scaled |= hm;
            }
        }
    }
    let mut factor = 1.0;
    if let Some((f, slen)) = read_scale(&s[end..]) {
        factor = f;
        end += slen;
        scaled = true;
    }
    let mut value = scale(v, factor);
    // "58 triệu rưỡi", "một tỷ rưỡi": and a half of the scale.
    if high.is_none() && factor > 1.0 {
        let at_half = skip_spaces(s, end);
        if let Some(hlen) = starts_with_word(&s[at_half..], "rưỡi").filter(|_| at_half > end) {
            value += factor / 2.0;
            end = at_half + hlen;
        }
    }
    // "1 tỉ 126 triệu USD", "46 triệu 300 nghìn": the rest of the amount
    // in smaller scales.
    while high.is_none() && factor > 1.0 {
        let at_rest = skip_spaces(s, end);
        let Some((d, dlen, _)) = read_digits(&s[at_rest..])
            .filter(|&(d, _, _)| at_rest > end && d < 1000.0 && d.fract() == 0.0)
        else {
            break;
        };
        match read_scale(&s[at_rest + dlen..]) {
            Some((f, slen)) if f < factor => {
                value += scale(d, f);
                factor = f;
                end = at_rest + dlen + slen;
            }
            _ => break,
        }
    }
    Some(NumberMatch {
        start: at,
        end: at + end,
        value,
        high: high.map(|h| scale(h, factor)),
        scaled,
    })
}

/// Unit words a query may follow a number with, mapped to fact units.
const QUERY_UNITS: &[(&str, Unit)] = &[
    ("usd", Unit::Usd),
    ("$", Unit::Usd),
    ("đô la", Unit::Usd),
    ("đô", Unit::Usd),
    ("vnd", Unit::Vnd),
    ("vnđ", Unit::Vnd),
    ("đồng", Unit::Vnd),
    ("dong", Unit::Vnd),
    ("tấn/ngày", Unit::TanNgay),
    ("tấn", Unit::Tan),
    ("tan", Unit::Tan),
    ("xe/ngày", Unit::XeNgay),
    ("toa/ngày", Unit::ToaNgay),
    ("chuyến/ngày", Unit::ChuyenNgay),
    ("người/ngày", Unit::NguoiNgay),
    ("lượt", Unit::Luot),
    ("luot", Unit::Luot),
    ("doanh nghiệp", Unit::DoanhNghiep),
    ("tờ khai", Unit::ToKhai),
];

/// Reads a whole quantity as an analyst types it in a query: `1 tỷ USD`,
/// `500 triệu`, `1.5bn`, `1.580,5 triệu USD`, `$2bn`, `hai mươi nghìn tấn`,
/// `-1.200.000`, `âm 5`. Units are optional; unknown trailing words are an
/// error naming where they start.
pub fn parse_quantity(text: &str) -> Result<Quantity, NumberError> {
    let err = |message: String, offset: usize| NumberError { message, offset };
    let mut at = skip_spaces(text, 0);
    let mut unit = None;
    if text[at..].starts_with('$') {
        unit = Some(Unit::Usd);
        at = skip_spaces(text, at + 1);
    }
    let mut sign = 1.0;
    if text[at..].starts_with('-') {
        sign = -1.0;
        at = skip_spaces(text, at + 1);
    } else if let Some(l) = starts_with_word(&text[at..], "âm") {
        sign = -1.0;
        at = skip_spaces(text, at + l);
    }
    let n = read_number_with(text, at, false)
        .ok_or_else(|| err(format!("expected a number at `{}`", text[at..].trim()), at))?;
    if n.high.is_some() {
        return Err(err("a range is not a single value".into(), n.start));
    }
    let mut value = n.value;
    let mut at = n.end;
    if let Some((f, l)) = read_english_scale(&text[at..]) {
        value = scale(value, f);
        at += l;
    }
    let rest_at = skip_spaces(text, at);
    let rest = &text[rest_at..];
    if !rest.is_empty() {
        let lower = rest.to_lowercase();
        match QUERY_UNITS.iter().find(|(w, _)| lower.trim_end() == *w) {
            Some((_, u)) => unit = Some(*u),
            None => return Err(err(format!("unknown unit `{}`", rest.trim_end()), rest_at)),
        }
    }
    Ok(Quantity {
        value: sign * value,
        unit,
    })
}

/// Reads a whole text as a plain number (no unit): the Duckling numeral
/// corpus's forms (`1.200.000`, `1,1`, `hai mươi`, `5 nghìn`, `âm 1.200.000`).
pub fn parse_number(text: &str) -> Result<f64, NumberError> {
    let q = parse_quantity(text)?;
    match q.unit {
        None => Ok(q.value),
        Some(u) => Err(NumberError {
            message: format!("expected a plain number, found a {u} amount"),
            offset: 0,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spelled(s: &str) -> Option<f64> {
        read_spelled(s).filter(|r| r.2).map(|r| r.0)
    }

    fn num(s: &str) -> f64 {
        read_number(s, 0)
            .unwrap_or_else(|| panic!("no number in {s:?}"))
            .value
    }

    #[test]
    fn long_runs_of_digits_read_as_parsed() {
        let parsed = |t: &str| t.parse::<f64>().unwrap();
        for (text, decimal) in [
            ("12345678901234567890", "12345678901234567890"),
            ("1.234.567.890.123.456,75", "1234567890123456.75"),
            ("999 999 999 999 999,5", "999999999999999.5"),
            ("0,1000000000000001", "0.1000000000000001"),
            ("2.771", "2771"),
            ("130,3", "130.3"),
        ] {
            assert_eq!(read_digits(text).unwrap().0, parsed(decimal), "{text}");
        }
    }

    #[test]
    #[should_panic(expected = "together")]
    fn a_word_table_keeps_words_of_a_first_letter_together() {
        WordTable::new(&[("tấn", ()), ("xe", ()), ("Tỷ", ())]);
    }

    #[test]
    fn scale_words_in_any_case() {
        assert_eq!(read_scale(" Nghìn tỷ USD"), Some((1e12, " Nghìn tỷ".len())));
        assert_eq!(read_scale("VẠN tấn"), Some((1e4, "VẠN".len())));
        assert_eq!(read_scale("tấn"), None);
        fn half(t: &str) -> Option<(f64, &str)> {
            read_number(t, 0).map(|n| (n.value, &t[n.start..n.end]))
        }
        assert_eq!(
            half("58 triệu rưỡi USD"),
            Some((58_500_000.0, "58 triệu rưỡi"))
        );
        assert_eq!(
            half("một tỷ rưỡi đô la"),
            Some((1_500_000_000.0, "một tỷ rưỡi"))
        );
        assert_eq!(half("58 triệu, rưỡi"), Some((58_000_000.0, "58 triệu")));
    }

    #[test]
    fn vietnamese_grouping_and_decimals() {
        assert_eq!(num("2.771 triệu"), 2_771_000_000.0);
        assert_eq!(num("41,7 tỷ"), 41_700_000_000.0);
        assert_eq!(num("51.990,563"), 51_990.563);
        assert_eq!(num("1.016,2%"), 1016.2);
        assert_eq!(num("1059.000 tấn"), 1_059_000.0);
        assert_eq!(num("5000.000"), 5_000_000.0);
        assert_eq!(num("5,223 tỷ"), 5_223_000_000.0);
        assert_eq!(num("1.682.414 lượt"), 1_682_414.0);
        assert_eq!(num("1,2"), 1.2);
        assert_eq!(num("1,200,000"), 1_200_000.0);
        assert_eq!(num("1.5"), 1.5);
    }

    #[test]
    fn an_amount_in_two_scales() {
        assert_eq!(num("1 tỉ 126 triệu USD"), 1_126_000_000.0);
        assert_eq!(num("46 triệu 300 nghìn"), 46_300_000.0);
        assert_eq!(num("2 tỷ 15 triệu 500 nghìn"), 2_015_500_000.0);
        // A new number, not the rest of the amount.
        assert_eq!(num("5 triệu 300 tỷ"), 5_000_000.0);
        assert_eq!(num("5 triệu, 300 nghìn"), 5_000_000.0);
    }

    #[test]
    fn a_space_groups_thousands_only_in_groups_of_three() {
        assert_eq!(num("1 300 tấn"), 1300.0);
        assert_eq!(num("12 500 000 lượt"), 12_500_000.0);
        assert_eq!(num("1 300,5 tấn"), 1300.5);
        assert_eq!(num("450 - 1 500 xe"), 450.0);
        assert_eq!(read_number("450 - 1 500 xe", 0).unwrap().high, Some(1500.0));
        // Not groups: a four-digit start, a group of two, a run after a
        // dot's group.
        assert_eq!(num("2025 300 tấn"), 2025.0);
        assert_eq!(num("5 30 xe"), 5.0);
        assert_eq!(num("1.300 500"), 1300.0);
        assert_eq!(num("1 3000"), 1.0);
    }

    #[test]
    fn scaled_decimals_are_the_decimals_written() {
        assert_eq!(num("130,3 tỷ USD"), 130_300_000_000.0);
        assert_eq!(num("1,2 nghìn tỷ đồng"), 1_200_000_000_000.0);
        assert_eq!(num("0,7 triệu tấn"), 700_000.0);
        assert_eq!(
            read_number("4,1 - 4,3 tỷ", 0).unwrap().high,
            Some(4_300_000_000.0)
        );
    }

    #[test]
    fn scale_words_stack_upwards_only() {
        assert_eq!(num("2 nghìn tỷ đồng"), 2e12);
        assert_eq!(num("150 nghìn tấn"), 150_000.0);
        assert_eq!(num("3 vạn tấn"), 30_000.0);
        assert_eq!(num("1,5 vạn lượt"), 15_000.0);
        assert_eq!(num("1,3 triệu tấn"), 1_300_000.0);
        // "tỷ nghìn" is not a scale: stop after tỷ.
        assert_eq!(num("3 tỷ nghìn"), 3e9);
    }

    #[test]
    fn ranges_share_the_scale() {
        let r = read_number("2.800 - 3.000 tỷ đồng", 0).unwrap();
        assert_eq!((r.value, r.high), (2.8e12, Some(3e12)));
        let r = read_number("450 - 500 xe/ngày", 0).unwrap();
        assert_eq!((r.value, r.high), (450.0, Some(500.0)));
        let r = read_number("30-35", 0).unwrap();
        assert_eq!(r.high, Some(35.0));
        let r = read_number("1.100 – 1.150 xe", 0).unwrap();
        assert_eq!((r.value, r.high), (1100.0, Some(1150.0)));
        // A descending pair is not a range.
        assert_eq!(read_number("2025 - 12", 0).unwrap().high, None);
    }

    #[test]
    fn dates_and_codes_are_not_quantities() {
        assert!(read_number("1/1 đến 6/7", 0).is_none());
        assert!(read_number("14/2018/NĐ-CP", 0).is_none());
        assert_eq!(read_digits("3 4 Hải Yên").unwrap().0, 3.0);
    }

    #[test]
    fn spelled_out_numbers() {
        assert_eq!(spelled("hai mươi").unwrap(), 20.0);
        assert_eq!(spelled("một trăm lẻ ba").unwrap(), 103.0);
        assert_eq!(
            spelled("hai mươi mốt nghìn không trăm mười một").unwrap(),
            21011.0
        );
        assert_eq!(
            spelled("bảy trăm hai mươi mốt nghìn không trăm mười hai").unwrap(),
            721012.0
        );
        assert_eq!(spelled("ba mươi lăm").unwrap(), 35.0);
        assert_eq!(spelled("hai chục").unwrap(), 20.0);
        assert_eq!(spelled("mười bốn").unwrap(), 14.0);
        assert_eq!(spelled("trăm").unwrap(), 100.0);
        assert_eq!(spelled("hai nghìn tỷ").unwrap(), 2e12);
        assert_eq!(spelled("Hai triệu").unwrap(), 2e6);
        assert!(spelled("năm 2025").is_none());
        assert!(spelled("một số mặt hàng").is_none());
        assert!(spelled("hai ba").is_none());
    }

    #[test]
    fn quantities_as_typed_in_queries() {
        assert_eq!(
            parse_quantity("1 tỷ USD").unwrap(),
            Quantity {
                value: 1e9,
                unit: Some(Unit::Usd)
            }
        );
        assert_eq!(
            parse_quantity("500 triệu").unwrap(),
            Quantity {
                value: 5e8,
                unit: None
            }
        );
        assert_eq!(parse_quantity("1.5bn").unwrap().value, 1.5e9);
        assert_eq!(
            parse_quantity("$2bn").unwrap(),
            Quantity {
                value: 2e9,
                unit: Some(Unit::Usd)
            }
        );
        assert_eq!(
            parse_quantity("1.580,5 triệu USD").unwrap().value,
            1_580_500_000.0
        );
        assert_eq!(
            parse_quantity("300 xe/ngày").unwrap().unit,
            Some(Unit::XeNgay)
        );
        assert_eq!(parse_quantity("âm 1.200.000").unwrap().value, -1_200_000.0);
        let e = parse_quantity("5 bananas").unwrap_err();
        assert_eq!(e.offset, 2);
        assert!(parse_quantity("Móng Cái").is_err());
        assert!(parse_quantity("").is_err());
    }
}
