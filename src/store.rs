//! The fact store: facts with stable ids, indexed for the query layer, saved
//! and loaded as JSON Lines so that a large corpus is extracted once.

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};

use crate::model::{Fact, FactId, Metric, Period};
use crate::places::{Gazetteer, PlaceId};

/// The hash maps of the store: its keys are small and its own, so a fast
/// hasher serves (SipHash's protection against chosen keys buys nothing
/// here, and inserting a million facts shows the difference).
type HashMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// Position of a fact in the store.
pub type FactIndex = u32;

/// Facts and the indexes the query layer selects them by. Every index lists
/// positions in ascending order, so candidate lists can be intersected by
/// merging.
#[derive(Debug, Default, Clone)]
pub struct FactStore {
    facts: Vec<Fact>,
    by_id: HashMap<FactId, FactIndex>,
    by_metric: HashMap<Metric, Vec<FactIndex>>,
    /// Every member of a joint place, and every place that contains it
    /// (a Bắc Luân II fact is listed under Móng Cái and Quảng Ninh too).
    by_place_within: HashMap<PlaceId, Vec<FactIndex>>,
    /// Facts by the exact members of their place.
    by_place: HashMap<PlaceId, Vec<FactIndex>>,
    /// Facts by the year their period ends in; facts with no period are
    /// under no year.
    by_year: BTreeMap<i32, Vec<FactIndex>>,
    by_doc: BTreeMap<String, Vec<FactIndex>>,
    /// Facts by their exact period, for `period=` (far more selective than
    /// the year).
    by_period: BTreeMap<Period, Vec<FactIndex>>,
    /// Facts by metric and exact member place: `at_place ∩ with_metric`
    /// without the merge, for series lookups on large stores.
    by_metric_place: HashMap<(Metric, PlaceId), Vec<FactIndex>>,
}

/// A line of a facts file that could not be read.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum StoreError {
    #[error("cannot read the facts file: {0}")]
    #[diagnostic(code(bienmau::store::io))]
    Io(#[from] io::Error),
    #[error("line {line}: not a fact: {reason}")]
    #[diagnostic(
        code(bienmau::store::line),
        help("each line must be one fact as `bienmau extract --format jsonl` writes it")
    )]
    Line { line: usize, reason: String },
    #[error("line {line}: fact id `{id}` appears twice")]
    #[diagnostic(code(bienmau::store::duplicate_id))]
    DuplicateId { line: usize, id: String },
}

impl FactStore {
    pub fn new() -> Self {
        FactStore::default()
    }

    /// Builds a store from facts, indexing each.
    pub fn from_facts(facts: impl IntoIterator<Item = Fact>) -> Result<Self, StoreError> {
        let mut store = FactStore::new();
        for (n, f) in facts.into_iter().enumerate() {
            store
                .insert(f)
                .map_err(|id| StoreError::DuplicateId { line: n + 1, id })?;
        }
        Ok(store)
    }

    /// Adds a fact; refuses (returning its id) one whose id is taken.
    pub fn insert(&mut self, fact: Fact) -> Result<FactIndex, String> {
        if self.by_id.contains_key(&fact.id) {
            return Err(fact.id.0);
        }
        let ix = self.facts.len() as FactIndex;
        let g = Gazetteer::builtin();
        self.by_id.insert(fact.id.clone(), ix);
        self.by_metric.entry(fact.metric).or_default().push(ix);
        let mut within: Vec<PlaceId> = Vec::new();
        for &m in fact.place.members() {
            self.by_place.entry(m).or_default().push(ix);
            self.by_metric_place
                .entry((fact.metric, m))
                .or_default()
                .push(ix);
            let mut cur = Some(m);
            while let Some(c) = cur {
                if !within.contains(&c) {
                    within.push(c);
                }
                cur = g.get(c).parent;
            }
        }
        for c in within {
            self.by_place_within.entry(c).or_default().push(ix);
        }
        if let Some(p) = &fact.period {
            self.by_year.entry(p.year_of()).or_default().push(ix);
        }
        // Facts come grouped by document: most inserts find their list.
        match self.by_doc.get_mut(&fact.doc) {
            Some(list) => list.push(ix),
            None => {
                self.by_doc.insert(fact.doc.clone(), vec![ix]);
            }
        }
        if let Some(p) = fact.period {
            self.by_period.entry(p).or_default().push(ix);
        }
        self.facts.push(fact);
        Ok(ix)
    }

    pub fn len(&self) -> usize {
        self.facts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }

    pub fn facts(&self) -> &[Fact] {
        &self.facts
    }

    pub fn fact(&self, ix: FactIndex) -> &Fact {
        &self.facts[ix as usize]
    }

    pub fn get(&self, id: &str) -> Option<&Fact> {
        self.by_id.get(id).map(|&ix| self.fact(ix))
    }

    pub fn with_metric(&self, m: Metric) -> &[FactIndex] {
        self.by_metric.get(&m).map_or(&[], Vec::as_slice)
    }

    /// Facts whose place is `p` or lies inside it (for `province=`).
    pub fn within_place(&self, p: PlaceId) -> &[FactIndex] {
        self.by_place_within.get(&p).map_or(&[], Vec::as_slice)
    }

    /// Facts whose place is `p` or a joint place that names it.
    pub fn at_place(&self, p: PlaceId) -> &[FactIndex] {
        self.by_place.get(&p).map_or(&[], Vec::as_slice)
    }

    /// Facts whose period ends in `year`.
    pub fn in_year(&self, year: i32) -> &[FactIndex] {
        self.by_year.get(&year).map_or(&[], Vec::as_slice)
    }

    /// The years that have facts, ascending.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.by_year.keys().copied()
    }

    /// Document ids with their facts, in id order.
    pub fn docs(&self) -> impl Iterator<Item = (&str, &[FactIndex])> {
        self.by_doc.iter().map(|(d, v)| (d.as_str(), v.as_slice()))
    }

    /// Facts of metric `m` whose place is `p` or a joint place naming it.
    pub fn with_metric_at(&self, m: Metric, p: PlaceId) -> &[FactIndex] {
        self.by_metric_place.get(&(m, p)).map_or(&[], Vec::as_slice)
    }

    /// Facts whose period is exactly `p`.
    pub fn with_period(&self, p: &Period) -> &[FactIndex] {
        self.by_period.get(p).map_or(&[], Vec::as_slice)
    }

    /// The distinct periods that have facts, in order, with their facts.
    pub fn periods(&self) -> impl Iterator<Item = (&Period, &[FactIndex])> {
        self.by_period.iter().map(|(p, v)| (p, v.as_slice()))
    }

    /// Writes one fact per line.
    pub fn save_jsonl(&self, mut out: impl Write) -> io::Result<()> {
        for f in &self.facts {
            serde_json::to_writer(&mut out, f)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Reads what [`FactStore::save_jsonl`] (or `extract --format jsonl`)
    /// wrote. Blank lines are skipped; a bad line stops the load and names
    /// the line.
    pub fn load_jsonl(input: impl BufRead) -> Result<Self, StoreError> {
        let mut store = FactStore::new();
        for (n, line) in input.lines().enumerate() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let fact: Fact = serde_json::from_str(&line).map_err(|e| StoreError::Line {
                line: n + 1,
                reason: e.to_string(),
            })?;
            store
                .insert(fact)
                .map_err(|id| StoreError::DuplicateId { line: n + 1, id })?;
        }
        Ok(store)
    }
}

/// Intersects ascending lists of positions.
pub fn intersect(a: &[FactIndex], b: &[FactIndex]) -> Vec<FactIndex> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intersect_merges_sorted_lists() {
        assert_eq!(intersect(&[1, 3, 5, 7], &[2, 3, 7, 9]), vec![3, 7]);
        assert!(intersect(&[], &[1]).is_empty());
    }
}
