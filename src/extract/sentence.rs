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
    for (i, c) in text.char_indices() {
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
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        let (kind, mut j) = if is_letter(c) {
            (TokKind::Word, i + c.len_utf8())
        } else if c.is_ascii_digit() {
            (TokKind::Number, i + 1)
        } else {
            out.push(Token {
                text: Cow::Borrowed(&s[i..i + c.len_utf8()]),
                start: start + i,
                end: start + i + c.len_utf8(),
                kind: TokKind::Punct,
            });
            continue;
        };
        while let Some(&(k, n)) = it.peek() {
            let same = match kind {
                TokKind::Word => is_letter(n),
                _ => n.is_ascii_digit(),
            };
            if !same {
                break;
            }
            j = k + n.len_utf8();
            it.next();
        }
        let w = &s[i..j];
        let text = if w.chars().any(char::is_uppercase) {
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
