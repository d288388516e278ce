//! Paragraphs and sentences of a normalised article.

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
}
