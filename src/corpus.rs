//! The sample corpus, embedded so that a bare `bienmau` works anywhere with
//! no files around.

use crate::extract::Document;

/// The five sample articles, by document id.
pub const SAMPLE: &[(&str, &str)] = &[
    (
        "000_327b1d61fb5717e2",
        include_str!("../examples/corpus/000_327b1d61fb5717e2.txt"),
    ),
    (
        "001_1126fc7ba02c00b0",
        include_str!("../examples/corpus/001_1126fc7ba02c00b0.txt"),
    ),
    (
        "002_088842b1312a7e96",
        include_str!("../examples/corpus/002_088842b1312a7e96.txt"),
    ),
    (
        "003_b353d7aabaa4c0e2",
        include_str!("../examples/corpus/003_b353d7aabaa4c0e2.txt"),
    ),
    (
        "004_df391047bc07d050",
        include_str!("../examples/corpus/004_df391047bc07d050.txt"),
    ),
];

/// The sample articles as documents, normalised.
pub fn sample() -> Vec<Document> {
    SAMPLE
        .iter()
        .map(|(id, text)| Document::new(id, text))
        .collect()
}
