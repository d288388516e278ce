//! Paragraphs, sentences and word tokens of a normalised article.

use std::borrow::Cow;

use crate::text::is_letter;

/// A sentence: its byte range in the article and the paragraph it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

/// Splits text into sentences: at line breaks, and after `.`, `!`, `?` or
/// `…` followed by a space and a capital letter. A `.` between digits
/// (`2.771`) or before a lower-case word is not an end.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut start = 0;
    let push = |start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>| {
        let s = &text[start..end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.trim_end().len();
        if trail > lead {
            out.push(Sentence {
                start: start + lead,
                end: start + trail,
                paragraph,
            });
        }
    };
    let bytes = text.as_bytes();
    for (i, &byte) in bytes.iter().enumerate() {
        // Only ASCII ends and the first byte of `…` (E2 80 A6) can end a
        // sentence; every other byte is skipped without decoding.
        let c = match byte {
            b'\n' | b'.' | b'!' | b'?' => byte as char,
            0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA6) => '…',
            _ => continue,
        };
        match c {
            '\n' => {
                push(start, i, paragraph, &mut out);
                start = i + 1;
                if out.last().is_some_and(|s| s.paragraph == paragraph) {
                    paragraph += 1;
                }
            }
            '.' | '!' | '?' | '…' => {
                let end = i + c.len_utf8();
                let rest = &text[end..];
                let after_space = rest.trim_start_matches(' ');
                let spaced = after_space.len() < rest.len();
                let capital = after_space.chars().next().is_some_and(|n| n.is_uppercase());
                if spaced && capital {
                    push(start, end, paragraph, &mut out);
                    start = end;
                }
            }
            _ => {}
        }
    }
    push(start, text.len(), paragraph, &mut out);
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    Punct,
}

/// A word, number or punctuation mark of a sentence, lower-cased with its
/// diacritics kept (`tấn` and `Tân` stay apart), with its byte range in the
/// article.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    pub text: Cow<'a, str>,
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

/// Tokens of `text[start..end]`, offsets relative to the whole `text`.
pub fn tokens(text: &str, start: usize, end: usize) -> Vec<Token<'_>> {
    let s = &text[start..end];
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(s.len() / 5);
    let char_at = |i: usize| s[i..].chars().next().unwrap_or(' ');
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        // Bytes below 0x80 are whole characters; only the rest are decoded.
        let (ch, len) = if c < 0x80 {
            (c as char, 1)
        } else {
            (char_at(i), char_at(i).len_utf8())
        };
        if ch.is_whitespace() {
            i += len;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokKind::Number
        } else if is_letter(ch) {
            TokKind::Word
        } else {
            out.push(Token {
                text: Cow::Borrowed(&s[i..i + len]),
                start: start + i,
                end: start + i + len,
                kind: TokKind::Punct,
            });
            i += len;
            continue;
        };
        let mut j = i + len;
        let mut upper = c.is_ascii_uppercase() || (c >= 0x80 && ch.is_uppercase());
        while j < b.len() {
            let n = b[j];
            match kind {
                TokKind::Number if n.is_ascii_digit() => j += 1,
                TokKind::Word if n.is_ascii_alphabetic() => {
                    upper |= n.is_ascii_uppercase();
                    j += 1;
                }
                TokKind::Word if n >= 0x80 => {
                    let nc = char_at(j);
                    if !is_letter(nc) {
                        break;
                    }
                    upper |= nc.is_uppercase();
                    j += nc.len_utf8();
                }
                _ => break,
            }
        }
        let w = &s[i..j];
        let text = if upper {
            Cow::Owned(w.to_lowercase())
        } else {
            Cow::Borrowed(w)
        };
        out.push(Token {
            text,
            start: start + i,
            end: start + j,
            kind,
        });
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_sentence_ends_not_inside_numbers() {
        let t = "Đạt 2.771 triệu USD. Trong đó, xuất khẩu 1,5 tỷ.\n\nMới đây… Hết. kết hợp";
        let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            s,
            [
                "Đạt 2.771 triệu USD.",
                "Trong đó, xuất khẩu 1,5 tỷ.",
                "Mới đây…",
                "Hết. kết hợp"
            ]
        );
        let paras: Vec<usize> = sentences(t).iter().map(|s| s.paragraph).collect();
        assert_eq!(paras, [0, 0, 1, 1]);
    }

    #[test]
    fn tokens_keep_diacritics_and_offsets() {
        let t = "Tân Thanh: 1.300 tấn";
        let toks = tokens(t, 0, t.len());
        let words: Vec<&str> = toks.iter().map(|t| t.text.as_ref()).collect();
        assert_eq!(words, ["tân", "thanh", ":", "1", ".", "300", "tấn"]);
        assert_eq!(&t[toks[6].start..toks[6].end], "tấn");
    }
}
