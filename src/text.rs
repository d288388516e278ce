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
    normalized(Cow::Borrowed(raw)).into_owned()
}

/// [`normalize`] for text the caller owns: most articles are tidy NFC
/// already and come back as they are, without a copy.
pub fn normalize_owned(raw: String) -> String {
    normalized(Cow::Owned(raw)).into_owned()
}

fn normalized(raw: Cow<'_, str>) -> Cow<'_, str> {
    let raw = match raw {
        Cow::Borrowed(r) => Cow::Borrowed(r.strip_prefix('\u{feff}').unwrap_or(r)),
        Cow::Owned(mut r) => {
            if r.starts_with('\u{feff}') {
                r.drain(..'\u{feff}'.len_utf8());
            }
            Cow::Owned(r)
        }
    };
    let composed = match composition(&raw) {
        Composition::None => raw,
        Composition::Marks => Cow::Owned(compose_marks(&raw)),
        Composition::Full => Cow::Owned(raw.nfc().collect()),
    };
    if is_tidy(&composed) {
        return composed;
    }
    Cow::Owned(tidy(&composed))
}

/// Turns odd spaces into plain ones (as many as the odd one has bytes, so
/// that offsets after it are those of the NFC text; a tab is kept, as it
/// parts a table's cells), drops carriage returns and zero-width
/// characters, trims spaces at the end of each line, and joins lines
/// wrapped inside a sentence or a number ([`wrapped`]). Only the
/// characters found by [`line_ends_and_odd_starts`] are looked at; the text
/// between them is copied whole (articles with a non-breaking space or two
/// are common).
fn tidy(text: &str) -> String {
    let trim_spaces = |out: &mut String| out.truncate(out.trim_end_matches(' ').len());
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for at in line_ends_and_odd_starts(text.as_bytes()) {
        let c = text[at..].chars().next().expect("at is at a character");
        let replacement = match c {
            '\r' | '\u{200b}' | '\u{200c}' | '\u{200d}' => "",
            // As many plain spaces as the odd one had bytes: spans stay
            // where they are in the NFC text.
            '\u{a0}' => "  ",
            '\u{2007}' | '\u{202f}' | '\u{2002}'..='\u{200a}' => "   ",
            '\n' => "\n",
            // Another character with the same first byte, such as `“`.
            _ => continue,
        };
        out.push_str(&text[copied..at]);
        let replacement = if c == '\n' {
            trim_spaces(&mut out);
            match wrapped(out.as_bytes(), &text[at + 1..]) {
                Some(Wrap::InNumber) => "",
                Some(Wrap::InSentence) => " ",
                None => replacement,
            }
        } else {
            replacement
        };
        out.push_str(replacement);
        copied = at + c.len_utf8();
    }
    out.push_str(&text[copied..]);
    trim_spaces(&mut out);
    out
}

/// In order, the offsets of line ends and carriage returns, and of
/// the first bytes of U+0080..U+00BF (C2) and U+2000..U+2FFF (E2), among
/// which are the odd spaces.
fn line_ends_and_odd_starts(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    merged(
        memchr::memchr2_iter(b'\n', b'\r', b),
        memchr::memchr2_iter(0xC2, 0xE2, b),
    )
}

/// A line break in the middle of a sentence, as copies of hard-wrapped
/// text (a PDF, a fixed-width page) have them.
enum Wrap {
    /// "12.⏎450": within a number, whose parts are joined again.
    InNumber,
    /// "qua cửa⏎khẩu", "86,4⏎nghìn tấn": a space.
    InSentence,
}

/// What the line break between `before` (the text up to it, its trailing
/// spaces trimmed) and `after` is: a wrap where the line before ends in
/// no mark that ends a sentence or a heading and the next goes on in
/// lower case, or where a number's grouping mark and its next digits are
/// split; else a break.
fn wrapped(before: &[u8], after: &str) -> Option<Wrap> {
    let next = after.chars().next()?;
    match before {
        [.., d, b'.' | b','] if d.is_ascii_digit() && next.is_ascii_digit() => Some(Wrap::InNumber),
        [.., last]
            if next.is_lowercase()
                && (last.is_ascii_alphanumeric() || *last >= 0x80 || *last == b',') =>
        {
            Some(Wrap::InSentence)
        }
        // "Toàn tỉnh, kim ngạch qua các cửa khẩu, lối mở⏎10 tháng ước
        // đạt …": a sentence's line, with a comma, ending in a word in
        // lower case, and a line of prose after it (a table's row has
        // tabs or runs of spaces, a list's item starts "1.").
        [.., _] if next.is_ascii_digit() => {
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let line = std::str::from_utf8(&before[line_start..]).ok()?;
            let ends_in_word = line.chars().next_back().is_some_and(char::is_lowercase);
            let next_line = after.split('\n').next().unwrap_or("");
            // ("51.200 lượt" is a number, not the item "51.")
            let mut rest = next_line
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .chars();
            let item = rest.next().is_some_and(|c| matches!(c, '.' | ')' | ':'))
                && !rest.next().is_some_and(|c| c.is_ascii_digit());
            let prose = !next_line.contains('\t') && !next_line.contains("   ") && !item;
            (ends_in_word && line.contains(", ") && prose).then_some(Wrap::InSentence)
        }
        _ => None,
    }
}

/// The offsets two searches find, each in order, merged in order:
/// `memchr` looks for three bytes at most, so looking for more takes two
/// of its searches.
pub(crate) fn merged(
    a: impl Iterator<Item = usize>,
    b: impl Iterator<Item = usize>,
) -> impl Iterator<Item = usize> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y < x => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// Whether `text` has nothing [`normalize`] would change apart from
/// composition: no carriage returns, odd spaces, zero-width
/// characters, spaces at the end of a line or of the text, or lines
/// wrapped inside a sentence. Each kind is
/// searched for with `memchr`, a few passes of many bytes at a time: one
/// pass byte by byte was a twentieth of all extraction.
fn is_tidy(text: &str) -> bool {
    use memchr::memmem;
    let b = text.as_bytes();
    // U+2002..U+200D and U+202F: E2 80 then 82..8D or AF.
    let odd_space = |at: usize| {
        b.get(at + 2)
            .is_some_and(|&c| matches!(c, 0x82..=0x8D | 0xAF))
    };
    memchr::memchr(b'\r', b).is_none()
        && !b.ends_with(b" ")
        && !memchr::memchr_iter(b'\n', b).any(|at| wrapped(&b[..at], &text[at + 1..]).is_some())
        && memmem::find(b, b" \n").is_none()
        && memmem::find(b, "\u{a0}".as_bytes()).is_none()
        && !memmem::find_iter(b, b"\xE2\x80").any(odd_space)
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

/// What folding and the tokenizer need to know of a character, looked up
/// in one table for the ranges Vietnamese is written in (U+0000..U+07FF,
/// the two-byte characters, and Latin Extended Additional, U+1E00..U+1EFF):
/// the tokenizer reads every character of every article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CharInfo(u32);

impl CharInfo {
    /// Bits 0..7: the ASCII byte the character folds to, or 0 when it
    /// folds to something else (nothing, or more than one character).
    const FOLDED: u32 = 0xFF;
    /// A letter: it starts a word.
    const LETTER: u32 = 1 << 8;
    /// Lower-casing changes it.
    const UPPER: u32 = 1 << 9;
    /// It folds to nothing (a combining mark).
    const DROP: u32 = 1 << 10;
    /// A combining mark: part of the word before it.
    const MARK: u32 = 1 << 11;
    /// Bits 12..31: its lower-case form when that is one character.
    const LOWER_SHIFT: u32 = 12;

    fn of(c: char) -> Self {
        let mut folded = String::new();
        fold_char_slow(c, &mut folded);
        let mut bits = match folded.as_bytes() {
            [] => Self::DROP,
            [b] => u32::from(*b),
            _ => 0,
        };
        if is_letter(c) {
            bits |= Self::LETTER;
        }
        if is_combining_mark(c) {
            bits |= Self::MARK;
        }
        if changes_in_lower_case(c) {
            bits |= Self::UPPER;
        }
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            bits |= (l as u32) << Self::LOWER_SHIFT;
        }
        CharInfo(bits)
    }

    /// The ASCII byte the character folds to, if it folds to one.
    pub(crate) fn folded(self) -> Option<u8> {
        match (self.0 & Self::FOLDED) as u8 {
            0 => None,
            b => Some(b),
        }
    }

    pub(crate) fn is_letter(self) -> bool {
        self.0 & Self::LETTER != 0
    }

    /// A letter or a combining mark: part of a word.
    pub(crate) fn in_word(self) -> bool {
        self.0 & (Self::LETTER | Self::MARK) != 0
    }

    pub(crate) fn is_upper(self) -> bool {
        self.0 & Self::UPPER != 0
    }

    pub(crate) fn drops(self) -> bool {
        self.0 & Self::DROP != 0
    }

    /// Its lower-case form, when that is one character.
    pub(crate) fn lower(self) -> Option<char> {
        match self.0 >> Self::LOWER_SHIFT {
            0 => None,
            u => char::from_u32(u),
        }
    }
}

/// Where Latin Extended Additional starts in the table, after the two-byte
/// characters.
const EXTENDED_AT: usize = 0x800;
const TABLE_LEN: usize = EXTENDED_AT + 0x100;

/// [`CharInfo`] of every character in its ranges, computed once from
/// [`fold_char_slow`] and Unicode's tables.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CharTable(&'static [CharInfo; TABLE_LEN]);

impl CharTable {
    pub(crate) fn get() -> Self {
        static TABLE: OnceLock<[CharInfo; TABLE_LEN]> = OnceLock::new();
        CharTable(TABLE.get_or_init(|| {
            let mut table = [CharInfo(0); TABLE_LEN];
            let ranges = (0..0x800).chain(0x1E00..0x1F00);
            for (entry, u) in table.iter_mut().zip(ranges) {
                *entry = char::from_u32(u).map_or(CharInfo(0), CharInfo::of);
            }
            table
        }))
    }

    /// The info of the character whose UTF-8 encoding starts at byte `i` of
    /// `b`, and its length, when the character is in the table's ranges;
    /// a non-ASCII character of valid UTF-8 must start there. Read at an
    /// offset rather than from a slice, as the tokenizer asks for every
    /// character and the slice's own bounds checks cost it a tenth.
    #[inline]
    pub(crate) fn info(self, b: &[u8], i: usize) -> Option<(CharInfo, usize)> {
        let cont = |k: usize| usize::from(b.get(i + k).copied().unwrap_or(0) & 0x3F);
        match b[i] {
            lead @ 0xC0..=0xDF => Some((self.0[usize::from(lead & 0x1F) << 6 | cont(1)], 2)),
            0xE1 if matches!(b.get(i + 1), Some(0xB8..=0xBB)) => {
                let k = usize::from(b[i + 1] & 0x03) << 6 | cont(2);
                Some((self.0[EXTENDED_AT + k], 3))
            }
            _ => None,
        }
    }
}

/// Whether lower-casing changes `c`: upper case, and title case (`ǅ`).
fn changes_in_lower_case(c: char) -> bool {
    c.to_lowercase().ne(std::iter::once(c))
}

/// Appends the folded form of `c` to `out` (lowercase, no diacritics, `đ`
/// → `d`; a combining mark folds to nothing), and tells whether lower-casing
/// changes `c`.
#[inline]
pub fn fold_char_into(c: char, out: &mut String) -> bool {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return c.is_ascii_uppercase();
    }
    let mut buf = [0; 4];
    let info = CharTable::get().info(c.encode_utf8(&mut buf).as_bytes(), 0);
    match info {
        Some((info, _)) => {
            match info.folded() {
                Some(b) => out.push(char::from(b)),
                None if info.drops() => {}
                None => fold_char_slow(c, out),
            }
            info.is_upper()
        }
        None => {
            fold_char_slow(c, out);
            changes_in_lower_case(c)
        }
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

/// Answers by the UTF-8 lead bytes of the ranges Vietnamese is written in
/// first (ASCII, U+0080..U+02FF, U+1E00..U+1EFF), which keeps the common
/// case (NFC Vietnamese) off Unicode's tables and off decoding characters:
/// [`CHUNK`] bytes at a time while they are all in those ranges, character
/// by character through a chunk that is not.
fn composition(text: &str) -> Composition {
    let b = text.as_bytes();
    let mut need = Composition::None;
    let mut i = 0;
    while i < b.len() {
        if let Some(window) = b.get(i..i + CHUNK + 1) {
            if in_quick_ranges(window) {
                i += CHUNK;
                // Past the rest of the chunk's last character.
                while b.get(i).is_some_and(|&c| (0x80..0xC0).contains(&c)) {
                    i += 1;
                }
                continue;
            }
        }
        let chunk_end = (i + CHUNK).min(b.len());
        while i < chunk_end {
            match b[i] {
                0x00..=0x7F => i += 1,
                0xC2..=0xCB => i += 2,
                0xE1 if matches!(b[i + 1], 0xB8..=0xBB) => i += 3,
                _ => {
                    let c = text[i..].chars().next().expect("i is at a character");
                    match c as u32 {
                        0x300..=0x36f => need = Composition::Marks,
                        _ if is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes => {}
                        _ => return Composition::Full,
                    }
                    i += c.len_utf8();
                }
            }
        }
    }
    need
}

/// How many bytes [`composition`] checks at once.
const CHUNK: usize = 32;

/// Whether every character starting in the first [`CHUNK`] bytes of
/// `window` (which has one byte more, for the byte after an E1) lies in
/// ASCII, U+0080..U+02FF or U+1E00..U+1EFF: every byte is below CC (ASCII,
/// continuation bytes, leads C2..CB) or is E1 followed by B8..BB. No early
/// exit, so that the compiler checks all the bytes at once.
fn in_quick_ranges(window: &[u8]) -> bool {
    let Ok(w) = <&[u8; CHUNK + 1]>::try_from(window) else {
        return false;
    };
    let mut out = false;
    for k in 0..CHUNK {
        let (c, next) = (w[k], w[k + 1]);
        out |= (c >= 0xCC) & !((c == 0xE1) & (next.wrapping_sub(0xB8) < 4));
    }
    !out
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

/// Whether `written`, which folds as one of a place's `names` does,
/// carries the same diacritics as one of them, wherever the tone marks sit
/// ("Thuỷ" and "Thủy" agree): "Lý Văn" (a man) is not "Lý Vạn", nor "Diễn
/// biến" "Điện Biên". A name written without diacritics ("Mong Cai"), or
/// one listed without them, agrees with any.
pub fn spelled_as<'n>(written: &str, names: impl IntoIterator<Item = &'n str>) -> bool {
    // The combining marks, with đ as a stroke, sorted.
    fn marks(s: &str) -> Vec<char> {
        let mut m: Vec<char> = s
            .nfd()
            .filter_map(|c| match c {
                'đ' | 'Đ' => Some('\u{335}'),
                c if is_combining_mark(c) => Some(c),
                _ => None,
            })
            .collect();
        m.sort_unstable();
        m
    }
    if written.is_ascii() {
        return true;
    }
    let written = marks(written);
    names
        .into_iter()
        .any(|n| n.is_ascii() || marks(n) == written)
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
    fn a_name_is_spelled_with_its_own_diacritics() {
        let one = |name: &'static str| std::iter::once(name);
        assert!(spelled_as("Thanh Thuỷ", one("Thanh Thủy")));
        assert!(spelled_as("MÓNG CÁI", one("Móng Cái")));
        assert!(spelled_as("Mong Cai", one("Móng Cái")));
        let nfd: String = "Móng Cái".nfd().collect();
        assert!(spelled_as(&nfd, one("Móng Cái")));
        assert!(spelled_as("Km3+4", one("Km3+4")));
        assert!(spelled_as("Lý Vạn", ["Lý Văn Hoa", "Lý Vạn"].into_iter()));
        assert!(!spelled_as("Lý Văn", one("Lý Vạn")));
        assert!(!spelled_as("Diễn biến", one("Điện Biên")));
        assert!(spelled_as("Dien Bien", one("Điện Biên")));
    }

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
            assert_eq!(upper, c.to_lowercase().ne([c]), "{c:?}");
        }
    }

    #[test]
    fn the_char_table_agrees_with_unicode() {
        for u in (0x80..0x800).chain(0x1E00..0x1F00) {
            let Some(c) = char::from_u32(u) else { continue };
            let mut buf = [0; 4];
            let (info, len) = CharTable::get()
                .info(c.encode_utf8(&mut buf).as_bytes(), 0)
                .expect("in range");
            assert_eq!(len, c.len_utf8(), "{c:?}");
            assert_eq!(info.is_letter(), c.is_alphabetic(), "{c:?}");
            assert_eq!(
                info.in_word(),
                c.is_alphabetic() || is_combining_mark(c),
                "{c:?}"
            );
            assert_eq!(info.is_upper(), c.to_lowercase().ne([c]), "{c:?}");
            let lower: String = c.to_lowercase().collect();
            if let Some(l) = info.lower() {
                assert_eq!(l.to_string(), lower, "{c:?}");
            } else {
                assert_ne!(lower.chars().count(), 1, "{c:?}");
            }
        }
        assert_eq!(CharTable::get().info("\u{2013}".as_bytes(), 0), None);
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
        assert_eq!(normalize("a\u{a0}b  \r\nC "), "a  b\nC");
        assert_eq!(normalize("a\u{2009}b\u{200b}c"), "a   bc");
        // Offsets after an odd space are the NFC text's.
        let nbsp = "98.420\u{a0}lượt, 86.200\u{202f}tấn";
        assert_eq!(normalize(nbsp).len(), nbsp.len());
        assert_eq!(normalize(nbsp).find("tấn"), nbsp.find("tấn"));
        assert_eq!(normalize("Tidy text.\nAlready"), "Tidy text.\nAlready");
    }

    #[test]
    fn a_line_wrapped_inside_a_sentence_is_joined() {
        // Inside a number: the line break goes.
        assert_eq!(normalize("có 12.\n450 lượt"), "có 12.450 lượt");
        assert_eq!(normalize("đạt 86,\n4 tấn"), "đạt 86,4 tấn");
        // Inside a sentence, before a word in lower case: a space.
        assert_eq!(normalize("đạt 86,4\nnghìn tấn"), "đạt 86,4 nghìn tấn");
        assert_eq!(normalize("qua cửa  \nkhẩu Xín Mần"), "qua cửa khẩu Xín Mần");
        // A sentence's line with a comma, before a number that goes on.
        assert_eq!(
            normalize("Toàn tỉnh, kim ngạch qua cửa khẩu, lối mở\n10 tháng đạt 3 triệu USD."),
            "Toàn tỉnh, kim ngạch qua cửa khẩu, lối mở 10 tháng đạt 3 triệu USD."
        );
        // A grouped number on the next line is no list item "51.".
        assert_eq!(
            normalize(
                "9 tháng có 84.650 lượt xe, trong đó
51.200 lượt xe xuất khẩu."
            ),
            "9 tháng có 84.650 lượt xe, trong đó 51.200 lượt xe xuất khẩu."
        );
        // After the end of a sentence or a heading, or before a capital,
        // a list item or a number: a line break still.
        for kept in [
            "Theo tháng, kim ngạch như sau\n1. Tháng 7: 402,1",
            "Kết quả, theo cửa khẩu\n10 tháng      2026",
            "Kim ngạch tăng.\nxuất khẩu",
            "Kết quả:\n- xuất khẩu",
            "TUẦN 46\nBan Quản lý",
            "Năm 2025\n2026 tăng",
            "Hữu Nghị 18.640\nTân Thanh 9.120",
        ] {
            assert_eq!(normalize(kept), kept);
        }
    }

    #[test]
    fn only_untidy_text_is_changed() {
        for tidy in [
            "",
            "a b\nC",
            "“quý I” – 5%\n\nx",
            "Móng Cái\u{2010}",
            "\u{2030}",
        ] {
            assert!(is_tidy(tidy), "{tidy:?}");
            assert_eq!(normalize_owned(tidy.to_string()), tidy);
        }
        for untidy in [
            "a ",
            "a \nb",
            "a\r\nb",
            "a\u{a0}b",
            "a\u{2002}b",
            "a\u{200d}b",
            "a\u{202f}",
        ] {
            assert!(!is_tidy(untidy), "{untidy:?}");
        }
        assert_eq!(normalize_owned("\u{feff}a\u{a0}b ".to_string()), "a  b");
        assert_eq!(normalize("\u{feff}a"), "a");
    }

    proptest::proptest! {
        #[test]
        fn tidying_agrees_with_going_character_by_character(
            chars in proptest::collection::vec(proptest::sample::select(vec![
                'a', 'ạ', '“', '–', ' ', '\n', '\r', '\t', '\u{a0}', '\u{2009}', '\u{202f}',
                '\u{200b}', '\u{200d}', '\u{2010}', '\u{b0}',
            ]), 0..40)
        ) {
            let text: String = chars.into_iter().collect();
            let mut expected = String::new();
            for (at, c) in text.char_indices() {
                match c {
                    '\r' | '\u{200b}' | '\u{200d}' => {}
                    '\u{a0}' => expected.push_str("  "),
                    '\u{2009}' | '\u{202f}' => expected.push_str("   "),
                    '\n' => {
                        expected.truncate(expected.trim_end_matches(' ').len());
                        match wrapped(expected.as_bytes(), &text[at + 1..]) {
                            Some(Wrap::InNumber) => {}
                            Some(Wrap::InSentence) => expected.push(' '),
                            None => expected.push('\n'),
                        }
                    }
                    c => expected.push(c),
                }
            }
            expected.truncate(expected.trim_end_matches(' ').len());
            proptest::prop_assert_eq!(normalize(&text), expected);
        }
    }

    #[test]
    fn composition_is_read_from_lead_bytes_as_from_characters() {
        // Each range's edges: U+02FF/U+0300, U+036F/U+0370, U+1DFF/U+1E00,
        // U+1EFF/U+1F00 (Greek with a precomposed accent, not NFC-quick).
        assert_eq!(composition("a\u{2ff}ạ\u{1e00}\u{1eff}“"), Composition::None);
        assert_eq!(composition("a\u{300}"), Composition::Marks);
        assert_eq!(composition("a\u{36f}b"), Composition::Marks);
        assert_eq!(composition("\u{374}"), Composition::Full);
        assert_eq!(composition("a\u{300}\u{1f71}"), Composition::Full);
        // The same far enough into a text to be read a chunk at a time,
        // straddling a chunk's end.
        let long = "Kim ngạch xuất nhập khẩu qua cửa khẩu “Móng Cái”".repeat(3);
        assert_eq!(composition(&long), Composition::None);
        for at in (0..long.len()).filter(|&at| long.is_char_boundary(at)) {
            let (head, tail) = long.split_at(at);
            let marked = format!("{head}\u{301}{tail}");
            assert_eq!(composition(&marked), Composition::Marks, "{at}");
            let odd = format!("{head}\u{1f71}{tail}");
            assert_eq!(composition(&odd), Composition::Full, "{at}");
            let foreign = format!("{head}\u{1000}{tail}");
            assert_eq!(composition(&foreign), Composition::None, "{at}");
        }
    }
}
