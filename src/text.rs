//! Text as it comes: NFC normalisation, tidy spaces, and the one folding
//! function every name match in the program goes through.

use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// NFC-normalises `raw`, turns non-breaking and other odd spaces into plain
/// spaces and trims trailing spaces on each line. Runs of spaces inside a line
/// are kept, so that a number's span still points at what the reporter typed;
/// the extractor treats any run of spaces as one.
pub fn normalize(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    // Most articles are NFC already; composing is then a copy.
    let composed: Cow<str> = match composition(raw) {
        Composition::None => Cow::Borrowed(raw),
        Composition::Marks => Cow::Owned(compose_marks(raw)),
        Composition::Full => Cow::Owned(raw.nfc().collect()),
    };
    if is_tidy(&composed) {
        return composed.into_owned();
    }
    let mut out = String::with_capacity(composed.len());
    for c in composed.chars() {
        match c {
            '\r' => {}
            '\u{a0}' | '\u{2007}' | '\u{202f}' | '\t' | '\u{2002}'..='\u{200a}' => out.push(' '),
            '\u{200b}' | '\u{200c}' | '\u{200d}' => {}
            '\n' => {
                while out.ends_with(' ') {
                    out.pop();
                }
                out.push('\n');
            }
            c => out.push(c),
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether `text` has nothing [`normalize`] would change apart from
/// composition: no carriage returns, tabs, odd spaces, zero-width
/// characters, or spaces at the end of a line or of the text.
fn is_tidy(text: &str) -> bool {
    let b = text.as_bytes();
    let odd = b.iter().enumerate().any(|(i, &c)| match c {
        b'\r' | b'\t' => true,
        b' ' => matches!(b.get(i + 1), None | Some(b'\n')),
        // U+00A0 is C2 A0; U+2002..U+200D and U+202F start E2 80.
        0xC2 => b.get(i + 1) == Some(&0xA0),
        0xE2 => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x82..=0x8D | 0xAF)),
        _ => false,
    });
    !odd
}

/// Folds one character the slow way: lowercase, no diacritics, `đ` → `d`;
/// combining marks fold to nothing.
fn fold_char_slow(c: char, out: &mut String) {
    match c {
        'đ' | 'Đ' => out.push('d'),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => {
            for d in c.nfd() {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            }
        }
    }
}

/// First and last character of the precomputed range: Latin-1 to Latin
/// Extended Additional, which holds every Vietnamese letter and the
/// combining marks NFD text carries.
const TABLE_FIRST: u32 = 0xC0;
const TABLE_LAST: u32 = 0x1EFF;
/// Flags of a table entry beside the folded character (which needs 21
/// bits): the character folds to nothing (a combining mark), folds to more
/// than one character, is upper case.
const DROP: u32 = 1 << 29;
const SLOW: u32 = 1 << 30;
const UPPER: u32 = 1 << 31;

/// The folded form and case of every character in the table's range,
/// computed once with [`fold_char_slow`]: folding is on the extractor's hot
/// path.
fn fold_table() -> &'static [u32] {
    static TABLE: OnceLock<Vec<u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (TABLE_FIRST..=TABLE_LAST)
            .map(|u| {
                let Some(c) = char::from_u32(u) else {
                    return SLOW;
                };
                let mut s = String::new();
                fold_char_slow(c, &mut s);
                let mut it = s.chars();
                let folded = match (it.next(), it.next()) {
                    (None, _) => DROP,
                    (Some(f), None) => f as u32,
                    _ => SLOW,
                };
                folded | if c.is_uppercase() { UPPER } else { 0 }
            })
            .collect()
    })
}

/// Appends the folded form of `c` to `out` (lowercase, no diacritics, `đ`
/// → `d`; a combining mark folds to nothing), and tells whether `c` is
/// upper case: the tokenizer needs both of every letter, and one table
/// lookup answers both.
#[inline]
pub fn fold_char_into(c: char, out: &mut String) -> bool {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return c.is_ascii_uppercase();
    }
    let u = c as u32;
    if !(TABLE_FIRST..=TABLE_LAST).contains(&u) {
        fold_char_slow(c, out);
        return c.is_uppercase();
    }
    let entry = fold_table()[(u - TABLE_FIRST) as usize];
    if entry & SLOW != 0 {
        fold_char_slow(c, out);
    } else if entry & DROP == 0 {
        out.push(char::from_u32(entry & !UPPER).unwrap_or(c));
    }
    entry & UPPER != 0
}

/// Whether `c` is a letter, answered from the Latin ranges Vietnamese text
/// is written in before asking Unicode's tables (the extractor asks for
/// every character).
pub fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        c if c.is_ascii() => false,
        '\u{c0}'..='\u{24f}' => c != '×' && c != '÷',
        '\u{1e00}'..='\u{1eff}' => true,
        c => c.is_alphabetic(),
    }
}

/// What NFC composition a text needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Composition {
    /// Already NFC.
    None,
    /// Combining marks after their letters, as decomposed Vietnamese has:
    /// only the letters with marks need composing.
    Marks,
    /// Something else outside the precomposed Latin ranges: compose all.
    Full,
}

/// Answers by code point ranges first, which keeps the common case (NFC
/// Vietnamese) off Unicode's tables.
fn composition(text: &str) -> Composition {
    let mut need = Composition::None;
    for c in text.chars() {
        match c as u32 {
            0..=0x2ff | 0x1e00..=0x1eff => {}
            0x300..=0x36f => need = Composition::Marks,
            _ if is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes => {}
            _ => return Composition::Full,
        }
    }
    need
}

/// NFC for text whose only non-NFC parts are combining marks: each letter
/// with its marks is composed, everything between is copied.
fn compose_marks(text: &str) -> String {
    let is_mark = |c: char| ('\u{300}'..='\u{36f}').contains(&c);
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut letter = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_mark(c) {
            letter = i;
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, m)) = chars.peek() {
            if !is_mark(m) {
                break;
            }
            end = j + m.len_utf8();
            chars.next();
        }
        let start = letter.max(copied);
        out.push_str(&text[copied..start]);
        out.extend(text[start..end].nfc());
        copied = end;
    }
    out.push_str(&text[copied..]);
    out
}

/// The key every name is compared by: lowercase, without diacritics, `đ`
/// folded to `d`, runs of whitespace as one space, trimmed. `Móng Cái`,
/// `mong cai` and `MONG  CAI` (in NFC or NFD) all fold to `mong cai`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            fold_char_into(c, &mut out);
        }
    }
    out
}

/// Whether `needle` occurs in `haystack` once both are folded: the query
/// language's `~` operator.
pub fn fold_contains(haystack: &str, needle: &str) -> bool {
    fold(haystack).contains(&fold(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_diacritics_and_normal_form() {
        assert_eq!(fold("Móng Cái"), "mong cai");
        assert_eq!(fold("mong  cai "), "mong cai");
        assert_eq!(fold("Đồng Đăng"), "dong dang");
        let nfd: String = "Lạng Sơn".nfd().collect();
        assert_eq!(fold(&nfd), "lang son");
        assert_eq!(fold("THANH THUỶ"), fold("Thanh Thủy"));
    }

    #[test]
    fn the_fold_table_agrees_with_the_slow_fold_and_case() {
        for u in (0..0x2100).chain(0xFF00..0xFF60) {
            let Some(c) = char::from_u32(u) else { continue };
            let (mut slow, mut fast) = (String::new(), String::new());
            fold_char_slow(c, &mut slow);
            let upper = fold_char_into(c, &mut fast);
            assert_eq!(fast, slow, "{c:?}");
            assert_eq!(upper, c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn letters_by_range_agree_with_unicode() {
        for u in 0..0x2000u32 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            }
        }
    }

    #[test]
    fn composing_marks_only_agrees_with_full_nfc() {
        for text in corpus_texts() {
            let nfd: String = text.nfd().collect();
            let expected: String = text.nfc().collect();
            assert_eq!(compose_marks(&nfd), expected);
            assert_eq!(composition(&nfd), Composition::Marks);
            assert_eq!(composition(&expected), Composition::None);
        }
        assert_eq!(compose_marks("e\u{302}\u{301} a\u{323}\u{306}"), "ế ặ");
        assert_eq!(composition("Ω\u{2126}"), Composition::Full);
    }

    fn corpus_texts() -> Vec<&'static str> {
        crate::corpus::SAMPLE.iter().map(|(_, t)| *t).collect()
    }

    #[test]
    fn normalize_composes_and_tidies() {
        let nfd: String = "tỷ USD".nfd().collect();
        assert_ne!(nfd, "tỷ USD");
        assert_eq!(normalize(&nfd), "tỷ USD");
        assert_eq!(normalize("a\u{a0}b  \r\nc "), "a b\nc");
        assert_eq!(normalize("a\u{2009}b\u{200b}c"), "a bc");
        assert_eq!(normalize("tidy text\nalready"), "tidy text\nalready");
    }
}
