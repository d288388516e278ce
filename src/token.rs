//! The words, numbers and punctuation of normalised text, each with its
//! lower-cased and folded forms: read once per article, and shared by
//! everything that matches words (the extractor's cues, the gazetteer, the
//! period phrases), so that no stage re-reads or re-folds the text.

use unicode_normalization::char::is_combining_mark;

use crate::text::{fold_char_into, is_letter, CharTable};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    Punct,
}

/// A word (a run of letters), a number (a run of ASCII digits) or one
/// punctuation character, with its byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    /// Lower-cased, diacritics kept: `tấn` and `Tân` stay apart, `sáu` (six)
    /// is not `sau` (after).
    pub text: &'a str,
    /// Folded ([`crate::text::fold`]): what names and period words are
    /// matched on, whatever the spelling, case or normal form.
    pub folded: &'a str,
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Touches the token before it, with no space between (`3/2025`).
    pub glued: bool,
    /// Has a capital letter, as names do: "Điện Biên" the province, not
    /// "diễn biến" (a course of events), which folds the same.
    pub capital: bool,
}

/// Where a token's lower-cased or folded form is: the byte range of the
/// arena the tokenizer writes it to, or [`Form::TEXT`] for the text itself
/// (most tokens are lower case, and numbers and ASCII words fold to
/// themselves).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Form(u32, u32);

impl Form {
    const TEXT: Form = Form(u32::MAX, u32::MAX);
}

/// A token before its forms can be borrowed: the arena is still growing.
/// Kept small (28 bytes), as there is one for every five bytes of text;
/// offsets fit in `u32` because [`tokenize`] reads at most [`MAX_TEXT`]
/// bytes.
#[derive(Debug, Clone, Copy)]
struct Raw {
    start: u32,
    end: u32,
    lower: Form,
    folded: Form,
    kind: TokKind,
}

/// The most text [`tokenize`] reads: 1 GiB, so that every offset, in the
/// text or in the arena (which holds at most three times as many bytes),
/// fits in a `u32`. The loader refuses larger files.
pub const MAX_TEXT: usize = 1 << 30;

/// The tokens of `text` (of its first [`MAX_TEXT`] bytes). Forms that
/// differ from the text are written to `arena`, which the tokens borrow;
/// pass an empty `String` and keep it alive as long as the tokens.
pub fn tokenize<'a>(text: &'a str, arena: &'a mut String) -> Vec<Token<'a>> {
    let mut end = text.len().min(MAX_TEXT);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let text = &text[..end];
    let raws = read_raw(text, arena);
    let arena: &'a str = arena;
    let mut prev_end = usize::MAX;
    raws.iter()
        .map(|r| {
            let (start, end) = (r.start as usize, r.end as usize);
            let glued = start == prev_end;
            prev_end = end;
            // SAFETY: the reader cuts tokens and writes forms at character
            // boundaries, inside the text and the arena (checked in debug
            // builds, and by the property test below on any text). Slicing
            // with checks cost a tenth of tokenizing.
            debug_assert!(text.get(start..end).is_some());
            let own = unsafe { text.get_unchecked(start..end) };
            let form = |f: Form| {
                if f == Form::TEXT {
                    own
                } else {
                    let (a, b) = (f.0 as usize, f.1 as usize);
                    debug_assert!(arena.get(a..b).is_some());
                    unsafe { arena.get_unchecked(a..b) }
                }
            };
            Token {
                text: form(r.lower),
                folded: form(r.folded),
                start,
                end,
                kind: r.kind,
                glued,
                // Only a word with a capital has a lower-cased form of its own.
                capital: r.kind == TokKind::Word && r.lower != Form::TEXT,
            }
        })
        .collect()
}

/// Reads the tokens of `text`, writing the forms that differ from it to
/// `arena`.
fn read_raw(text: &str, arena: &mut String) -> Vec<Raw> {
    let b = text.as_bytes();
    // Vietnamese prose runs about five bytes a token.
    let mut out = Vec::with_capacity(b.len() / 4);
    // Forms are written as bytes, and the arena checked as UTF-8 once at
    // the end: every form is ASCII or whole characters.
    let mut r = Reader {
        b,
        table: CharTable::get(),
        forms: std::mem::take(arena).into_bytes(),
    };
    r.forms.reserve(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphabetic() {
            let word = r.word(i);
            i = word.end as usize;
            out.push(word);
            continue;
        }
        if c.is_ascii_digit() {
            let end = i + b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            out.push(Raw::same(i, end, TokKind::Number));
            i = end;
            continue;
        }
        if c < 0x80 {
            if !c.is_ascii_whitespace() {
                out.push(Raw::same(i, i + 1, TokKind::Punct));
            }
            i += 1;
            continue;
        }
        let (letter, len) = match r.table.info(b, i) {
            Some((info, len)) => (info.is_letter(), len),
            None => {
                let (ch, len) = decode(b, i);
                (is_letter(ch), len)
            }
        };
        if letter {
            let word = r.word(i);
            i = word.end as usize;
            out.push(word);
        } else {
            if !text[i..i + len].starts_with(char::is_whitespace) {
                out.push(Raw::same(i, i + len, TokKind::Punct));
            }
            i += len;
        }
    }
    *arena = String::from_utf8(r.forms).expect("forms are written as whole characters");
    out
}

/// The text's bytes, the character table, and the forms written so far.
struct Reader<'a> {
    b: &'a [u8],
    table: CharTable,
    forms: Vec<u8>,
}

impl Reader<'_> {
    /// The word starting at byte `start` (a letter): its end, and its
    /// forms, written where they differ from the text. One pass folds the
    /// word as it finds its end, reading each character's fold and case off
    /// the table by its bytes; the lower-cased form is written only for
    /// the few words with a capital.
    fn word(&mut self, start: usize) -> Raw {
        let b = self.b;
        let table = self.table;
        let forms = &mut self.forms;
        let a = forms.len();
        let mut end = start;
        let mut upper = false;
        let mut ascii = true;
        while end < b.len() {
            let n = b[end];
            if n < 0x80 {
                // Setting bit 0x20 lower-cases an ASCII letter, and leaves
                // a letter only what was one.
                let l = n | 0x20;
                if !l.is_ascii_lowercase() {
                    break;
                }
                upper |= n != l;
                forms.push(l);
                end += 1;
                continue;
            }
            let len = match table.info(b, end) {
                Some((info, len)) => {
                    if !info.in_word() {
                        break;
                    }
                    upper |= info.is_upper();
                    match info.folded() {
                        Some(f) => forms.push(f),
                        None if info.drops() => {}
                        None => {
                            fold_slow(forms, decode(b, end).0);
                        }
                    }
                    len
                }
                None => {
                    let (c, len) = decode(b, end);
                    if !(is_letter(c) || is_combining_mark(c)) {
                        break;
                    }
                    upper |= fold_slow(forms, c);
                    len
                }
            };
            ascii = false;
            end += len;
        }
        let range = |a: usize, forms: &Vec<u8>| Form(a as u32, forms.len() as u32);
        let (lower, folded) = match (ascii, upper) {
            (true, false) => {
                self.forms.truncate(a);
                (Form::TEXT, Form::TEXT)
            }
            // An ASCII word folds to its lower-cased form.
            (true, true) => (range(a, &self.forms), range(a, &self.forms)),
            (false, false) => (Form::TEXT, range(a, &self.forms)),
            (false, true) => {
                let folded = range(a, &self.forms);
                let l = self.forms.len();
                self.lower(start, end);
                (range(l, &self.forms), folded)
            }
        };
        Raw {
            start: start as u32,
            end: end as u32,
            kind: TokKind::Word,
            lower,
            folded,
        }
    }

    /// Writes bytes `start..end` of the text lower-cased.
    fn lower(&mut self, start: usize, end: usize) {
        let b = self.b;
        let mut i = start;
        while i < end {
            if b[i] < 0x80 {
                self.forms.push(b[i].to_ascii_lowercase());
                i += 1;
                continue;
            }
            let (c, len) = decode(b, i);
            let mut buf = [0; 4];
            match self.table.info(b, i).and_then(|(info, _)| info.lower()) {
                Some(l) => self
                    .forms
                    .extend_from_slice(l.encode_utf8(&mut buf).as_bytes()),
                None => c.to_lowercase().for_each(|l| {
                    self.forms
                        .extend_from_slice(l.encode_utf8(&mut buf).as_bytes())
                }),
            }
            i += len;
        }
    }
}

/// Writes the folded form of a character the table does not answer for to
/// `forms`, and tells whether lower-casing changes it.
fn fold_slow(forms: &mut Vec<u8>, c: char) -> bool {
    let mut s = String::new();
    let upper = fold_char_into(c, &mut s);
    forms.extend_from_slice(s.as_bytes());
    upper
}

/// The character at byte `i` (the start of one) of UTF-8 text, and its
/// length. `&str` guarantees the encoding, so it is decoded without the
/// standard decoder's checks; the tokenizer decodes every non-ASCII
/// character.
#[inline]
fn decode(b: &[u8], i: usize) -> (char, usize) {
    let cont = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let lead = u32::from(b[i]);
    let (u, len) = if lead < 0xE0 {
        (((lead & 0x1F) << 6) | cont(1), 2)
    } else if lead < 0xF0 {
        (((lead & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3)
    } else {
        (
            ((lead & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        )
    };
    (
        char::from_u32(u).unwrap_or(char::REPLACEMENT_CHARACTER),
        len,
    )
}

impl Raw {
    /// A token that is its own lower-cased and folded form.
    fn same(start: usize, end: usize, kind: TokKind) -> Self {
        Raw {
            start: start as u32,
            end: end as u32,
            kind,
            lower: Form::TEXT,
            folded: Form::TEXT,
        }
    }
}

/// The words that open the entries of a lexicon, as a set of bits keyed by
/// each word's first two bytes, last byte and length: checked before a
/// token is hashed, it turns away nearly every token that opens no entry
/// for the price of one load (the first two bytes alone let through most
/// Vietnamese words: "th", "tr", "ch"…).
#[derive(Debug, Clone)]
pub struct Openings(Box<[u64; 1024]>);

impl Default for Openings {
    fn default() -> Self {
        Openings(Box::new([0; 1024]))
    }
}

impl Openings {
    fn key(word: &str) -> usize {
        let b = word.as_bytes();
        let byte = |i: usize| usize::from(b.get(i).copied().unwrap_or(0));
        let last = byte(b.len().wrapping_sub(1));
        let k = (byte(0) << 8 | byte(1)) ^ (last << 4) ^ (b.len() << 12);
        k & 0xFFFF
    }

    pub fn insert(&mut self, word: &str) {
        let k = Self::key(word);
        self.0[k / 64] |= 1 << (k % 64);
    }

    /// Whether `word` may start an entry (it starts like one).
    pub fn may_open(&self, word: &str) -> bool {
        let k = Self::key(word);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// The index of the first token that starts at or after byte `b`.
pub fn at_byte(toks: &[Token], b: usize) -> usize {
    toks.partition_point(|t| t.start < b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, String, TokKind, bool)> {
        let mut arena = String::new();
        tokenize(text, &mut arena)
            .iter()
            .map(|t| (t.text.to_string(), t.folded.to_string(), t.kind, t.glued))
            .collect()
    }

    #[test]
    fn words_with_a_capital_are_marked() {
        let mut arena = String::new();
        let capitals: Vec<bool> = tokenize("Điện Biên diễn biến ĐẠT dat Km 5", &mut arena)
            .iter()
            .map(|t| t.capital)
            .collect();
        assert_eq!(
            capitals,
            [true, true, false, false, true, false, true, false]
        );
    }

    #[test]
    fn words_numbers_and_marks_with_both_forms() {
        use TokKind::*;
        let w = |a: &str, b: &str, k, g| (a.to_string(), b.to_string(), k, g);
        assert_eq!(
            words("Tân Thanh: 1.300 tấn, Km3+4 ĐẠT"),
            [
                w("tân", "tan", Word, false),
                w("thanh", "thanh", Word, false),
                w(":", ":", Punct, true),
                w("1", "1", Number, false),
                w(".", ".", Punct, true),
                w("300", "300", Number, true),
                w("tấn", "tan", Word, false),
                w(",", ",", Punct, true),
                w("km", "km", Word, false),
                w("3", "3", Number, true),
                w("+", "+", Punct, true),
                w("4", "4", Number, true),
                w("đạt", "dat", Word, false),
            ]
        );
    }

    #[test]
    fn title_case_letters_are_lower_cased_too() {
        // Not upper case, yet lower-casing changes them.
        let got = words("ǅa ᾼ");
        assert_eq!((got[0].0.as_str(), got[1].0.as_str()), ("ǆa", "ᾳ"));
    }

    #[test]
    fn spans_point_into_the_text() {
        let t = "Móng Cái – 2,28 tỷ USD";
        let mut arena = String::new();
        let toks = tokenize(t, &mut arena);
        let spans: Vec<&str> = toks.iter().map(|k| &t[k.start..k.end]).collect();
        assert_eq!(spans, ["Móng", "Cái", "–", "2", ",", "28", "tỷ", "USD"]);
        assert_eq!(toks[7].text, "usd");
        assert_eq!(at_byte(&toks, t.find("tỷ").unwrap()), 6);
    }

    #[test]
    fn openings_turn_away_words_that_start_no_entry() {
        let mut o = Openings::default();
        o.insert("móng");
        o.insert("/");
        assert!(o.may_open("móng") && o.may_open("/"));
        for other in ["mong", "mó", "mónh", "tấn", "", "m", "móngx"] {
            assert!(!o.may_open(other), "{other}");
        }
    }

    #[test]
    fn decomposed_marks_stay_in_the_word_and_fold_away() {
        // Text is normalised before it is read, but a stray mark left over
        // must not split a word or survive folding.
        let t = "Ca\u{301}i";
        let got = words(t);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1, "cai");
    }

    /// Any text, and text made of the characters articles hold.
    fn texts() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let article_like = proptest::collection::vec(
            proptest::sample::select(vec![
                'a', 'Z', 'đ', 'Đ', 'ạ', 'Ấ', 'ư', 'Ơ', '1', '0', '.', ',', '/', ' ', '\n',
                '\u{a0}', '\u{301}', '–', 'ǅ', 'Σ', '×',
            ]),
            0..40,
        )
        .prop_map(|cs| cs.into_iter().collect::<String>());
        prop_oneof!["\\PC{0,40}", article_like]
    }

    proptest::proptest! {
        #[test]
        fn tokens_cover_the_text_and_carry_its_forms(
            text in texts()
        ) {
            let mut arena = String::new();
            let toks = tokenize(&text, &mut arena);
            let mut covered = String::new();
            let mut prev_end = 0;
            for t in &toks {
                proptest::prop_assert!(t.start >= prev_end && t.end > t.start);
                let span = &text[t.start..t.end];
                covered.push_str(span);
                let between = &text[prev_end..t.start];
                proptest::prop_assert!(between.chars().all(char::is_whitespace));
                proptest::prop_assert_eq!(t.glued, t.start == prev_end && t.start > 0);
                let lower: String = span.chars().flat_map(char::to_lowercase).collect();
                proptest::prop_assert_eq!(t.text, lower);
                if t.kind == TokKind::Word {
                    proptest::prop_assert_eq!(t.folded, crate::text::fold(span));
                }
                prev_end = t.end;
            }
            let rest = &text[prev_end..];
            proptest::prop_assert!(rest.chars().all(char::is_whitespace));
            let visible: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            proptest::prop_assert_eq!(covered, visible);
        }
    }
}
