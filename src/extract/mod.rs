//! The extractor: Vietnamese news text in, facts out.

use crate::model::Fact;
use crate::store::FactStore;
use crate::text::normalize;

/// An article: its id (the file name without extension) and its text after
/// [`normalize`]. Spans of facts point into `text`.
#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub text: String,
}

impl Document {
    pub fn new(id: &str, raw: &str) -> Self {
        Document {
            id: id.to_string(),
            text: normalize(raw),
        }
    }
}

/// Every fact in one document, ids `PREFIX:N` in text order.
pub fn extract(doc: &Document) -> Vec<Fact> {
    let _ = doc;
    Vec::new()
}

/// Extracts documents in parallel into one store.
pub fn extract_all(docs: &[Document]) -> FactStore {
    let facts: Vec<Fact> = docs.iter().flat_map(extract).collect();
    FactStore::from_facts(facts).expect("fact ids are unique per document")
}
