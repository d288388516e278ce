//! Text as it comes: NFC normalisation, tidy spaces, and the one folding
//! function every name match in the program goes through.

use std::sync::OnceLock;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// NFC-normalises `raw`, turns non-breaking and other odd spaces into plain
/// spaces and trims trailing spaces on each line. Runs of spaces inside a line
/// are kept, so that a number's span still points at what the reporter typed;
/// the extractor treats any run of spaces as one.
pub fn normalize(raw: &str) -> String {
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if is_tidy(raw) && !may_need_nfc(raw) {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    // Most articles are NFC already; composing is then a copy.
    let composed: Box<dyn Iterator<Item = char>> = if may_need_nfc(raw) {
        Box::new(raw.nfc())
    } else {
        Box::new(raw.chars())
    };
    for c in composed {
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
/// Table entry for a character that folds to nothing (a combining mark).
const DROP: u32 = u32::MAX;
/// Table entry for a character that folds to more than one character.
const SLOW: u32 = 0;

/// The folded form of every character in the table's range, computed once
/// with [`fold_char_slow`]: folding is on the extractor's hot path.
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
                match (it.next(), it.next()) {
                    (None, _) => DROP,
                    (Some(f), None) => f as u32,
                    _ => SLOW,
                }
            })
            .collect()
    })
}

/// The folded form of a character from the table: `Some(Some(f))` for one
/// character, `Some(None)` for a mark that folds to nothing, `None` when the
/// table does not answer.
fn fold_from_table(c: char) -> Option<Option<char>> {
    let u = c as u32;
    if !(TABLE_FIRST..=TABLE_LAST).contains(&u) {
        return None;
    }
    match fold_table()[(u - TABLE_FIRST) as usize] {
        DROP => Some(None),
        SLOW => None,
        f => char::from_u32(f).map(Some),
    }
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

/// Whether `text` may need NFC composition: it holds a combining mark, or a
/// character outside the precomposed Latin ranges that is not already NFC.
/// Answering this by ranges first keeps the common case (NFC Vietnamese)
/// off Unicode's tables.
fn may_need_nfc(text: &str) -> bool {
    text.chars().any(|c| match c as u32 {
        0..=0x2ff | 0x1e00..=0x1eff => false,
        0x300..=0x36f => true,
        _ => is_nfc_quick(std::iter::once(c)) != IsNormalized::Yes,
    })
}

/// The key every name is compared by: lowercase, without diacritics, `đ`
/// folded to `d`, runs of whitespace as one space, trimmed. `Móng Cái`,
/// `mong cai` and `MONG  CAI` (in NFC or NFD) all fold to `mong cai`.
pub fn fold(s: &str) -> String {
    fold_with_offsets(s).0
}

/// [`fold`], also returning for each byte of the folded string the byte offset
/// in `s` of the character it came from (plus one final entry for the end),
/// so that a match found in folded text maps back to a span of the original.
/// Whitespace runs are collapsed but, unlike [`fold`], not trimmed, so that
/// offsets stay meaningful at the edges.
pub fn fold_with_offsets(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut offsets = Vec::with_capacity(s.len() + 1);
    let mut buf = String::new();
    let mut last_space = true;
    for (i, c) in s.char_indices() {
        if c.is_ascii() {
            // The common case, without the table or the buffer.
            if c.is_ascii_whitespace() {
                if !last_space {
                    out.push(' ');
                    offsets.push(i);
                }
                last_space = true;
            } else {
                out.push(c.to_ascii_lowercase());
                offsets.push(i);
                last_space = false;
            }
            continue;
        }
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
                offsets.push(i);
            }
            last_space = true;
            continue;
        }
        // Vietnamese letters fold through the table to one character.
        match fold_from_table(c) {
            Some(None) => continue,
            Some(Some(f)) => {
                out.push(f);
                offsets.extend(std::iter::repeat_n(i, f.len_utf8()));
                last_space = false;
                continue;
            }
            None => {}
        }
        buf.clear();
        fold_char_slow(c, &mut buf);
        if buf.is_empty() {
            continue;
        }
        last_space = false;
        offsets.extend(std::iter::repeat_n(i, buf.len()));
        out.push_str(&buf);
    }
    if out.ends_with(' ') {
        out.pop();
        offsets.pop();
    }
    offsets.push(s.len());
    (out, offsets)
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
    fn the_fold_table_agrees_with_the_slow_fold() {
        for u in TABLE_FIRST..=TABLE_LAST {
            let Some(c) = char::from_u32(u) else { continue };
            let mut slow = String::new();
            fold_char_slow(c, &mut slow);
            if let Some(fast) = fold_from_table(c) {
                assert_eq!(fast.map(String::from).unwrap_or_default(), slow, "{c:?}");
            }
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
    fn normalize_composes_and_tidies() {
        let nfd: String = "tỷ USD".nfd().collect();
        assert_ne!(nfd, "tỷ USD");
        assert_eq!(normalize(&nfd), "tỷ USD");
        assert_eq!(normalize("a\u{a0}b  \r\nc "), "a b\nc");
        assert_eq!(normalize("a\u{2009}b\u{200b}c"), "a bc");
        assert_eq!(normalize("tidy text\nalready"), "tidy text\nalready");
    }

    #[test]
    fn offsets_map_folded_bytes_back() {
        let s = "Tại  Móng Cái";
        let (f, off) = fold_with_offsets(s);
        assert_eq!(f, "tai mong cai");
        let at = f.find("mong").unwrap();
        assert_eq!(&s[off[at]..off[at + "mong cai".len()]], "Móng Cái");
    }
}
