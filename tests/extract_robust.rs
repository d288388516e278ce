//! No input makes the extractor or its shared readers panic: arbitrary
//! strings, and the sample articles with random edits.

use bienmau::corpus::SAMPLE;
use bienmau::extract::{extract, Document};
use bienmau::{number, period};
use proptest::prelude::*;

/// Characters edits are drawn from: the ones the readers branch on.
const EDIT_CHARS: &[char] = &[
    '0', '1', '5', '9', '.', ',', '/', '-', '–', '%', ' ', '\n', '(', ')', ';', 'đ', 'ă',
    '\u{301}', '\u{323}', 'ư', 'ỷ', 'A',
];

const EDIT_WORDS: &[&str] = &[
    "tăng ",
    "giảm ",
    "bằng ",
    "gấp ",
    "so với cùng kỳ năm ",
    "quý ",
    "tháng ",
    "năm ",
    "từ ngày ",
    "đến ",
    "nửa đầu ",
    "triệu ",
    "tỷ ",
    "nghìn ",
    "USD ",
    "tấn/ngày ",
    "xe ",
    "lượt ",
    "Trong đó, ",
    "hơn ",
    "gần ",
    "Móng Cái ",
    "Km3 4 ",
    "hai mươi ",
    "mặt hàng này ",
    "đến nay ",
    "lũy kế ",
];

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    InsertChar(usize, usize),
    InsertWord(usize, usize),
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1..20usize).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, c)| Edit::InsertChar(a, c)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, w)| Edit::InsertWord(a, w)),
    ]
}

/// The char boundary at or before `at % len`.
fn boundary(s: &str, at: usize) -> usize {
    let mut i = at % (s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut s = text.to_string();
    for e in edits {
        match *e {
            Edit::Delete(a, n) => {
                let i = boundary(&s, a);
                let j = boundary(&s, i + n);
                if j > i {
                    s.replace_range(i..j, "");
                }
            }
            Edit::InsertChar(a, c) => {
                let i = boundary(&s, a);
                s.insert(i, EDIT_CHARS[c % EDIT_CHARS.len()]);
            }
            Edit::InsertWord(a, w) => {
                let i = boundary(&s, a);
                s.insert_str(i, EDIT_WORDS[w % EDIT_WORDS.len()]);
            }
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,300}") {
        let facts = extract(&Document::new("x", &s));
        for f in facts {
            prop_assert!(f.span.end <= Document::new("x", &s).text.len());
        }
        let _ = period::parse(&s, Some(2025));
        let _ = number::parse_quantity(&s);
        let _ = period::find_all(&s);
    }

    #[test]
    fn facts_round_trip_through_jsonl(digits in "[1-9][0-9]{0,400}") {
        let text = format!("Năm 2024, kim ngạch qua cửa khẩu Lào Cai đạt {digits} USD.");
        let store = bienmau::extract::extract_all(&[Document::new("x", &text)]);
        let mut out = Vec::new();
        store.save_jsonl(&mut out).unwrap();
        let back = bienmau::store::FactStore::load_jsonl(out.as_slice()).unwrap();
        prop_assert_eq!(back.facts().collect::<Vec<_>>(), store.facts().collect::<Vec<_>>());
    }

    #[test]
    fn edited_articles_never_panic(doc in 0..SAMPLE.len(), edits in proptest::collection::vec(edit_strategy(), 1..40)) {
        let (id, text) = SAMPLE[doc];
        let edited = apply(text, &edits);
        let d = Document::new(id, &edited);
        for f in extract(&d) {
            prop_assert!(f.span.start < f.span.end && f.span.end <= d.text.len());
            prop_assert!(d.text.is_char_boundary(f.span.start) && d.text.is_char_boundary(f.span.end));
            if let Some(p) = f.period {
                prop_assert!(p.from <= p.to);
            }
        }
    }

    #[test]
    fn short_vietnamese_phrases_never_panic(words in proptest::collection::vec(0..EDIT_WORDS.len(), 0..12), digits in "[0-9/.,-]{0,12}") {
        let s: String = words.iter().map(|w| EDIT_WORDS[*w]).collect::<String>() + &digits;
        let _ = period::parse(&s, None);
        let _ = number::parse_quantity(&s);
        let _ = extract(&Document::new("x", &s));
    }
}
