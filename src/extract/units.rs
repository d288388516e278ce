//! The unit word written after a number, as the press writes it. Which fact
//! unit it becomes depends on the sentence (a "lượt" of vehicles or of
//! people, "xe" per day or in total), so this is only what was written.

use crate::number::{skip_spaces, starts_with_word, WordTable};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitWord {
    Usd,
    Vnd,
    Tan,
    /// xe, phương tiện, ô tô, lượt xe, lượt phương tiện.
    Vehicle,
    Wagon,
    Train,
    /// lượt người, hành khách, người, lượt khách.
    Person,
    /// lượt du khách, lượt khách du lịch, du khách.
    Tourist,
    /// A bare "lượt": of what, the sentence says.
    Luot,
    Enterprise,
    Declaration,
    Percent,
    /// `lần` in "gấp 3 lần".
    Times,
    /// Yuan (NDT, nhân dân tệ, tệ): a currency no fact is in, whose
    /// amounts the press often restates in dollars beside them.
    Yuan,
    /// A unit that no fact has (mặt hàng, cửa khẩu, container…).
    Other,
}

/// Unit words, those with a first letter together, and longest first
/// among those sharing a start. `/ngày` after any of them is read
/// separately.
static UNIT_WORDS: WordTable<UnitWord> = WordTable::new(&[
    ("%", UnitWord::Percent),
    ("cny", UnitWord::Yuan),
    ("chuyến tàu", UnitWord::Train),
    ("chuyến", UnitWord::Train),
    ("cửa khẩu", UnitWord::Other),
    ("container", UnitWord::Other),
    ("du khách", UnitWord::Tourist),
    ("doanh nghiệp", UnitWord::Enterprise),
    ("dn", UnitWord::Enterprise),
    ("hành khách", UnitWord::Person),
    ("ha", UnitWord::Other),
    ("khách du lịch", UnitWord::Tourist),
    ("km", UnitWord::Other),
    ("lượt phương tiện", UnitWord::Vehicle),
    ("lượt pt", UnitWord::Vehicle),
    ("lượt xe", UnitWord::Vehicle),
    ("lượt người", UnitWord::Person),
    ("lượt cư dân", UnitWord::Person),
    ("lượt hành khách", UnitWord::Person),
    ("lượt khách du lịch", UnitWord::Tourist),
    ("lượt du khách", UnitWord::Tourist),
    ("lượt khách", UnitWord::Person),
    // A post's reach is no crossing: "12.000 lượt chia sẻ và 3,4 triệu
    // lượt xem".
    ("lượt chia sẻ", UnitWord::Other),
    ("lượt xem", UnitWord::Other),
    ("lượt thích", UnitWord::Other),
    ("lượt truy cập", UnitWord::Other),
    ("lượt bình luận", UnitWord::Other),
    ("lượt tương tác", UnitWord::Other),
    ("lượt", UnitWord::Luot),
    ("lần", UnitWord::Times),
    ("mặt hàng", UnitWord::Other),
    ("nhân dân tệ", UnitWord::Yuan),
    ("ndt", UnitWord::Yuan),
    ("người", UnitWord::Person),
    ("năm", UnitWord::Other),
    ("ngày", UnitWord::Other),
    ("phương tiện", UnitWord::Vehicle),
    ("phần trăm", UnitWord::Percent),
    ("tấn", UnitWord::Tan),
    ("toa", UnitWord::Wagon),
    ("tờ khai", UnitWord::Declaration),
    ("tkhq", UnitWord::Declaration),
    ("teu", UnitWord::Other),
    ("tệ", UnitWord::Yuan),
    ("tháng", UnitWord::Other),
    ("usd", UnitWord::Usd),
    ("vnđ", UnitWord::Vnd),
    ("vnd", UnitWord::Vnd),
    ("xe", UnitWord::Vehicle),
    ("đ", UnitWord::Vnd),
    ("đô la mỹ", UnitWord::Usd),
    ("đô la", UnitWord::Usd),
    ("đô-la mỹ", UnitWord::Usd),
    ("đô-la", UnitWord::Usd),
    ("đôla", UnitWord::Usd),
    // "1,27 tỷ đô": the dollar as it is spoken.
    ("đô", UnitWord::Usd),
    ("đồng", UnitWord::Vnd),
    ("ô tô", UnitWord::Vehicle),
    ("đoàn tàu", UnitWord::Train),
]);

/// A unit read after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnitRead {
    pub word: UnitWord,
    /// End of the unit (and of a `/ngày` after it).
    pub end: usize,
    /// Written per day: `xe/ngày`, `tấn / ngày`.
    pub per_day: bool,
    /// Written per anything else: `đồng/kg`, `đồng/người/ngày`, a price
    /// or an allowance.
    pub per_other: bool,
}

impl UnitRead {
    /// A unit read from words the extractor recognises itself ("gấp
    /// đôi", "1/3"), with no rate written after it.
    pub fn plain(word: UnitWord, end: usize) -> Self {
        UnitRead {
            word,
            end,
            per_day: false,
            per_other: false,
        }
    }
}

/// The unit word at byte `at` of `text` (after optional spaces).
pub fn read(text: &str, at: usize) -> Option<UnitRead> {
    let start = skip_spaces(text, at);
    let rest = &text[start..];
    let (word, len) = if rest.starts_with('%') {
        (UnitWord::Percent, 1)
    } else {
        UNIT_WORDS
            .starting(rest)
            .iter()
            .find_map(|(w, u)| starts_with_word(rest, w).map(|l| (*u, l)))?
    };
    let mut end = start + len;
    let (mut per_day, mut per_other) = (false, false);
    let after = skip_spaces(text, end);
    if let Some(r) = text[after..].strip_prefix('/') {
        let day_at = r.len() - r.trim_start_matches(' ').len();
        if let Some(l) = starts_with_word(&r[day_at..], "ngày") {
            per_day = true;
            end = after + 1 + day_at + l;
        } else if let Some(l) = starts_with_word(&r[day_at..], "năm") {
            // "600 triệu USD/năm": a year's worth, the figure of a year.
            end = after + 1 + day_at + l;
        } else {
            per_other = r[day_at..].starts_with(char::is_alphabetic);
        }
    }
    Some(UnitRead {
        word,
        end,
        per_day,
        per_other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_words_in_any_case() {
        assert_eq!(read("5 Đô la Mỹ", 1).unwrap().word, UnitWord::Usd);
        assert_eq!(read("5 DN", 1).unwrap().word, UnitWord::Enterprise);
        for dollars in ["5 tỷ đô.", "5 tỷ đô-la Mỹ", "5 tỷ đô la"] {
            let u = read(dollars, "5 tỷ".len()).unwrap();
            assert_eq!(
                (u.word, u.end),
                (UnitWord::Usd, dollars.trim_end_matches('.').len())
            );
        }
        let yuan = |s: &str| read(s, "5 triệu".len()).map(|u| u.word);
        assert_eq!(yuan("5 triệu NDT"), Some(UnitWord::Yuan));
        assert_eq!(yuan("5 triệu nhân dân tệ"), Some(UnitWord::Yuan));
        assert_eq!(yuan("5 triệu tệ,"), Some(UnitWord::Yuan));
    }

    #[test]
    fn reads_units_and_per_day() {
        let u = read("450 - 500 xe/ngày với", 9).unwrap();
        assert_eq!(
            (u.word, u.per_day, u.end),
            (UnitWord::Vehicle, true, "450 - 500 xe/ngày".len())
        );
        let u = read("1.682.414 lượt người tăng", 9).unwrap();
        assert_eq!(u.word, UnitWord::Person);
        assert!(read("5 Tấn / ngày", 1).unwrap().per_day);
        let u = read("8 triệu đồng/người/ngày", "8 triệu".len()).unwrap();
        assert!(u.per_other && !u.per_day);
        let u = read("600 triệu USD/năm;", "600 triệu".len()).unwrap();
        assert_eq!(
            (u.per_other, u.per_day, u.end),
            (false, false, "600 triệu USD/năm".len())
        );
        assert_eq!(read("411 %", 3).unwrap().word, UnitWord::Percent);
        assert_eq!(read("3 xeo", 1), None);
        assert_eq!(read("2 tỷ USD", "2 tỷ".len()).unwrap().word, UnitWord::Usd);
    }
}
