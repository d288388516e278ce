//! Paragraphs and sentences of a normalised article.

use crate::text::merged;

/// A sentence: its byte range in the article and the paragraph it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
}

/// Splits text into sentences: at line breaks, and after `.`, `!`, `?` or
/// `…` followed by a space and a capital letter or a digit. A `.` between digits
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
    // The bytes a sentence can end at: line breaks, `.`, `!`, `?`, and the
    // first byte of `…`; every other byte is skipped many at a time.
    let may_end = merged(
        memchr::memchr3_iter(b'\n', b'.', 0xE2, bytes),
        memchr::memchr2_iter(b'!', b'?', bytes),
    );
    for at in may_end {
        let byte = bytes[at];
        let i = at + 1;
        match byte {
            b'\n' => {
                push(start, i - 1, paragraph, &mut out);
                start = i;
                // A list is part of the paragraph that introduces it ("Kết
                // quả 6 tháng đầu năm: - Xuất khẩu: …").
                let introduces = out
                    .last()
                    .is_some_and(|s| text[s.start..s.end].ends_with(':'));
                let continues = introduces || is_list_item(&text[i..]);
                if !continues && out.last().is_some_and(|s| s.paragraph == paragraph) {
                    paragraph += 1;
                }
            }
            // `…` is E2 80 A6; other characters that start with E2 are not
            // ends.
            0xE2 if bytes.get(i..i + 2) != Some(&[0x80, 0xA6][..]) => {}
            _ => {
                let end = if byte == 0xE2 { i + 2 } else { i };
                let rest = &bytes[end..];
                let spaces = rest.iter().take_while(|&&b| b == b' ').count();
                // "… của Lào Cai. 10 tháng năm nay, …": a sentence may
                // begin with a number too.
                let capital = spaces > 0
                    && text[end + spaces..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
                if capital {
                    push(start, end, paragraph, &mut out);
                    start = end;
                }
            }
        }
    }
    push(start, text.len(), paragraph, &mut out);
    out
}

/// Whether the next line of `rest` is an item of a list: a dash, plus,
/// bullet or star, then a space.
fn is_list_item(rest: &str) -> bool {
    let line = rest.trim_start();
    let mut chars = line.chars();
    matches!(chars.next(), Some('-' | '+' | '•' | '*' | '–' | '—'))
        && chars.next().is_some_and(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_belongs_to_the_paragraph_that_introduces_it() {
        let t = "Kết quả 6 tháng:\n- Xuất khẩu: 1 tỷ USD;\n- Nhập khẩu: 2 tỷ USD.\nMột đoạn khác.\n\n• Mục\n-5% không phải mục";
        let paras: Vec<(&str, usize)> = sentences(t)
            .iter()
            .map(|s| (&t[s.start..s.end], s.paragraph))
            .collect();
        assert_eq!(
            paras,
            [
                ("Kết quả 6 tháng:", 0),
                ("- Xuất khẩu: 1 tỷ USD;", 0),
                ("- Nhập khẩu: 2 tỷ USD.", 0),
                ("Một đoạn khác.", 1),
                ("• Mục", 1),
                ("-5% không phải mục", 2),
            ]
        );
    }

    #[test]
    fn splits_at_sentence_ends_not_inside_numbers() {
        let t = "Đạt 2.771 triệu USD. Trong đó, xuất khẩu 1,5 tỷ. 10 tháng đạt 3 tỷ.\n\nMới đây… Hết. kết hợp";
        let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            s,
            [
                "Đạt 2.771 triệu USD.",
                "Trong đó, xuất khẩu 1,5 tỷ.",
                "10 tháng đạt 3 tỷ.",
                "Mới đây…",
                "Hết. kết hợp"
            ]
        );
        let paras: Vec<usize> = sentences(t).iter().map(|s| s.paragraph).collect();
        assert_eq!(paras, [0, 0, 0, 1, 1]);
    }
}
