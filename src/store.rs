//! The fact store: facts with stable ids, indexed for the query layer, saved
//! and loaded as JSON Lines so that a large corpus is extracted once.

use std::collections::hash_map::Entry;
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::sync::{Arc, OnceLock};

use crate::model::{Fact, Metric, Period};
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
    facts: Blocks,
    by_id: IdIndex,
    by_field: FieldIndexes,
}

/// Facts in blocks, each article's as extraction made them, numbered on
/// across blocks. A store of a large corpus keeps the facts where they
/// were made rather than copying them all into one vector: for 100 MB of
/// articles that copy moved 100 MB of facts into fresh memory, and took
/// up to a fifth of the time the extraction did.
#[derive(Debug, Default, Clone)]
struct Blocks {
    /// No block is empty.
    blocks: Vec<Vec<Fact>>,
    /// The position of each block's first fact.
    starts: Vec<FactIndex>,
    len: usize,
}

impl Blocks {
    fn push_block(&mut self, block: Vec<Fact>) {
        if !block.is_empty() {
            self.starts.push(self.len as FactIndex);
            self.len += block.len();
            self.blocks.push(block);
        }
    }

    fn push(&mut self, fact: Fact) {
        match self.blocks.last_mut() {
            Some(last) => {
                last.push(fact);
                self.len += 1;
            }
            None => self.push_block(vec![fact]),
        }
    }

    fn get(&self, ix: FactIndex) -> &Fact {
        let b = self.starts.partition_point(|&s| s <= ix) - 1;
        &self.blocks[b][(ix - self.starts[b]) as usize]
    }

    fn iter(&self) -> impl Iterator<Item = &Fact> + Clone {
        self.blocks.iter().flatten()
    }
}

/// Where each fact id is. Ids are `PREFIX:N` as the extractor makes them,
/// N counting a document's facts from 0: they are found by their prefix,
/// then by N in that prefix's table, so that indexing a fact neither copies
/// its id nor hashes all of it (a hash map of whole ids was the largest cost
/// of building a store). Ids of any other shape, as a hand-edited file may
/// have, are kept whole in `other`.
#[derive(Debug, Default, Clone)]
struct IdIndex {
    /// Position of the fact `PREFIX:N` at `[PREFIX][N]`, or [`NO_FACT`].
    by_prefix: HashMap<Box<str>, Vec<FactIndex>>,
    other: HashMap<Box<str>, FactIndex>,
}

/// An N in a prefix's table that no fact has.
const NO_FACT: FactIndex = FactIndex::MAX;

/// Ids with an N this large or larger are kept whole, so that one id like
/// `x:4000000000` cannot make a table of billions of slots. Articles have
/// a few dozen facts.
const MAX_N: usize = 1 << 12;

/// `PREFIX:N` as its two parts, when N is below [`MAX_N`] and written the
/// one way (`7`, not `07` or `+7`), so that every id has exactly one slot.
fn split_id(id: &str) -> Option<(&str, usize)> {
    let (prefix, n) = id.rsplit_once(':')?;
    let canonical =
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && (n == "0" || !n.starts_with('0'));
    let n: usize = n.parse().ok().filter(|_| canonical)?;
    (n < MAX_N).then_some((prefix, n))
}

impl IdIndex {
    /// Indexes every fact; on a duplicate id, the position of the fact
    /// that repeats it.
    fn of<'f>(facts: impl Iterator<Item = &'f Fact>) -> Result<Self, usize> {
        let mut ids = IdIndex::default();
        for (n, f) in facts.enumerate() {
            if !ids.insert(&f.id.0, n as FactIndex) {
                return Err(n);
            }
        }
        Ok(ids)
    }

    /// Records that `id` is at `ix`; false (recording nothing) when the id
    /// is taken.
    fn insert(&mut self, id: &str, ix: FactIndex) -> bool {
        let Some((prefix, n)) = split_id(id) else {
            return match self.other.entry(id.into()) {
                Entry::Occupied(_) => false,
                Entry::Vacant(v) => {
                    v.insert(ix);
                    true
                }
            };
        };
        if !self.by_prefix.contains_key(prefix) {
            self.by_prefix.insert(prefix.into(), Vec::new());
        }
        let slots = self.by_prefix.get_mut(prefix).expect("inserted above");
        if slots.len() <= n {
            slots.resize(n + 1, NO_FACT);
        }
        if slots[n] != NO_FACT {
            return false;
        }
        slots[n] = ix;
        true
    }

    fn get(&self, id: &str) -> Option<FactIndex> {
        match split_id(id) {
            Some((prefix, n)) => self
                .by_prefix
                .get(prefix)?
                .get(n)
                .copied()
                .filter(|&ix| ix != NO_FACT),
            None => self.other.get(id).copied(),
        }
    }
}

/// The indexes by what a fact says.
#[derive(Debug, Default, Clone)]
struct FieldIndexes {
    by_metric: HashMap<Metric, Vec<FactIndex>>,
    /// Every member of a joint place, and every place that contains it
    /// (a Bắc Luân II fact is listed under Móng Cái and Quảng Ninh too).
    by_place_within: HashMap<PlaceId, Vec<FactIndex>>,
    /// Facts by the exact members of their place.
    by_place: HashMap<PlaceId, Vec<FactIndex>>,
    /// Facts by the year their period ends in; facts with no period are
    /// under no year.
    by_year: BTreeMap<i32, Vec<FactIndex>>,
    by_doc: BTreeMap<Arc<str>, Vec<FactIndex>>,
    /// Facts by their exact period, for `period=` (far more selective than
    /// the year).
    by_period: BTreeMap<Period, Vec<FactIndex>>,
    /// Facts by metric and exact member place: `at_place ∩ with_metric`
    /// without the merge, for series lookups on large stores.
    by_metric_place: HashMap<(Metric, PlaceId), Vec<FactIndex>>,
}

/// Each place of the built-in gazetteer followed by the places that
/// contain it, innermost first: computed once rather than walked per fact.
fn place_and_containers(p: PlaceId) -> &'static [PlaceId] {
    static CHAINS: OnceLock<Vec<Vec<PlaceId>>> = OnceLock::new();
    let chains = CHAINS.get_or_init(|| {
        let g = Gazetteer::builtin();
        g.iter()
            .map(|(id, _)| std::iter::successors(Some(id), |&c| g.get(c).parent).collect())
            .collect()
    });
    &chains[p.0 as usize]
}

impl FieldIndexes {
    fn of<'f>(facts: impl Iterator<Item = &'f Fact>) -> Self {
        let mut indexes = FieldIndexes::default();
        for (n, f) in facts.enumerate() {
            indexes.add(f, n as FactIndex);
        }
        indexes
    }

    /// Lists `fact` at `ix`, which must be past every position listed.
    fn add(&mut self, fact: &Fact, ix: FactIndex) {
        self.by_metric.entry(fact.metric).or_default().push(ix);
        let members = fact.place.members();
        for (k, &m) in members.iter().enumerate() {
            self.by_place.entry(m).or_default().push(ix);
            self.by_metric_place
                .entry((fact.metric, m))
                .or_default()
                .push(ix);
            for &c in place_and_containers(m) {
                // A place that holds two members lists the fact once.
                let listed = members[..k]
                    .iter()
                    .any(|&e| place_and_containers(e).contains(&c));
                if !listed {
                    self.by_place_within.entry(c).or_default().push(ix);
                }
            }
        }
        if let Some(p) = fact.period {
            self.by_year.entry(p.year_of()).or_default().push(ix);
            self.by_period.entry(p).or_default().push(ix);
        }
        // Facts come grouped by document, mostly in id order: most find
        // their list last.
        match self.by_doc.last_entry() {
            Some(mut last) if *last.key() == fact.doc => last.get_mut().push(ix),
            _ => match self.by_doc.get_mut(&*fact.doc) {
                Some(list) => list.push(ix),
                None => {
                    self.by_doc.insert(fact.doc.clone(), vec![ix]);
                }
            },
        }
    }
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

    /// Builds a store from facts, in order.
    pub fn from_facts(facts: impl IntoIterator<Item = Fact>) -> Result<Self, StoreError> {
        FactStore::from_documents(vec![facts.into_iter().collect()])
    }

    /// Builds a store from the facts of each document, in order.
    pub fn from_documents(docs: Vec<Vec<Fact>>) -> Result<Self, StoreError> {
        let mut facts = Blocks::default();
        for d in docs {
            facts.push_block(d);
        }
        FactStore::index(facts)
    }

    /// Indexes `facts` by id on one thread and by field on another.
    fn index(facts: Blocks) -> Result<Self, StoreError> {
        let (by_id, by_field) = rayon::join(
            || IdIndex::of(facts.iter()),
            || FieldIndexes::of(facts.iter()),
        );
        let by_id = by_id.map_err(|n| StoreError::DuplicateId {
            line: n + 1,
            id: facts.get(n as FactIndex).id.0.clone(),
        })?;
        Ok(FactStore {
            facts,
            by_id,
            by_field,
        })
    }

    /// Adds a fact; refuses (returning its id) one whose id is taken.
    pub fn insert(&mut self, fact: Fact) -> Result<FactIndex, String> {
        let ix = self.facts.len as FactIndex;
        if !self.by_id.insert(&fact.id.0, ix) {
            return Err(fact.id.0);
        }
        self.by_field.add(&fact, ix);
        self.facts.push(fact);
        Ok(ix)
    }

    pub fn len(&self) -> usize {
        self.facts.len
    }

    pub fn is_empty(&self) -> bool {
        self.facts.len == 0
    }

    /// Every fact, in order.
    pub fn facts(&self) -> impl Iterator<Item = &Fact> + Clone {
        self.facts.iter()
    }

    pub fn fact(&self, ix: FactIndex) -> &Fact {
        self.facts.get(ix)
    }

    pub fn get(&self, id: &str) -> Option<&Fact> {
        self.by_id.get(id).map(|ix| self.fact(ix))
    }

    pub fn with_metric(&self, m: Metric) -> &[FactIndex] {
        self.by_field.by_metric.get(&m).map_or(&[], Vec::as_slice)
    }

    /// Facts whose place is `p` or lies inside it (for `province=`).
    pub fn within_place(&self, p: PlaceId) -> &[FactIndex] {
        self.by_field
            .by_place_within
            .get(&p)
            .map_or(&[], Vec::as_slice)
    }

    /// Facts whose place is `p` or a joint place that names it.
    pub fn at_place(&self, p: PlaceId) -> &[FactIndex] {
        self.by_field.by_place.get(&p).map_or(&[], Vec::as_slice)
    }

    /// Facts whose period ends in `year`.
    pub fn in_year(&self, year: i32) -> &[FactIndex] {
        self.by_field.by_year.get(&year).map_or(&[], Vec::as_slice)
    }

    /// The years that have facts, ascending.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.by_field.by_year.keys().copied()
    }

    /// Document ids with their facts, in id order.
    pub fn docs(&self) -> impl Iterator<Item = (&str, &[FactIndex])> {
        self.by_field
            .by_doc
            .iter()
            .map(|(d, v)| (&**d, v.as_slice()))
    }

    /// Facts of metric `m` whose place is `p` or a joint place naming it.
    pub fn with_metric_at(&self, m: Metric, p: PlaceId) -> &[FactIndex] {
        self.by_field
            .by_metric_place
            .get(&(m, p))
            .map_or(&[], Vec::as_slice)
    }

    /// Facts whose period is exactly `p`.
    pub fn with_period(&self, p: &Period) -> &[FactIndex] {
        self.by_field.by_period.get(p).map_or(&[], Vec::as_slice)
    }

    /// The distinct periods that have facts, in order, with their facts.
    pub fn periods(&self) -> impl Iterator<Item = (&Period, &[FactIndex])> {
        self.by_field
            .by_period
            .iter()
            .map(|(p, v)| (p, v.as_slice()))
    }

    /// Writes one fact per line.
    pub fn save_jsonl(&self, out: impl Write) -> io::Result<()> {
        self.write_facts(out, |facts, text| {
            for f in facts {
                serde_json::to_writer(&mut *text, f)?;
                text.push(b'\n');
            }
            Ok(())
        })
    }

    /// Writes every fact to `out`, in order, as `write` turns a run of
    /// facts into text. The text is made on every thread at once, a few
    /// megabytes at a time, and written out in order: on one thread, the
    /// JSON of 400,000 facts took a second, as long as the rest of the
    /// extraction.
    pub fn write_facts(
        &self,
        mut out: impl Write,
        write: impl Fn(&[Fact], &mut Vec<u8>) -> io::Result<()> + Sync,
    ) -> io::Result<()> {
        use rayon::prelude::*;
        /// Facts turned into text by one task, and tasks whose text is
        /// held before it is written out.
        const RUN: usize = 256;
        const BATCH: usize = 64;
        let runs: Vec<&[Fact]> = self
            .facts
            .blocks
            .iter()
            .flat_map(|b| b.chunks(RUN))
            .collect();
        for batch in runs.chunks(BATCH) {
            let texts = batch
                .par_iter()
                .map(|facts| {
                    let mut text = Vec::new();
                    write(facts, &mut text).map(|()| text)
                })
                .collect::<io::Result<Vec<_>>>()?;
            for text in texts {
                out.write_all(&text)?;
            }
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
    use crate::query::eval::testkit::{fact, h1};

    /// A fact of document `doc` at `place`, its value telling it apart.
    fn doc_fact(id: &str, doc: &str, place: &str, value: f64) -> Fact {
        let mut f = fact(id, place, value).0;
        f.doc = doc.into();
        f
    }

    fn values(store: &FactStore, list: &[FactIndex]) -> Vec<f64> {
        list.iter().map(|&ix| store.fact(ix).value.value).collect()
    }

    #[test]
    fn documents_with_clashing_short_ids_keep_their_facts_apart() {
        // As `extract_all` names them: `000` is two documents, so each has
        // its whole id as the prefix; the documents come out of name order.
        // A document with no facts holds no place in the numbering.
        let mut store = FactStore::from_documents(vec![
            vec![],
            vec![doc_fact("001:0", "001_c", "Lạng Sơn", 5.0)],
            vec![],
            vec![
                doc_fact("000_b:0", "000_b", "Móng Cái", 3.0),
                doc_fact("000_b:1", "000_b", "Lạng Sơn", 4.0),
            ],
            vec![
                doc_fact("000_a:0", "000_a", "Móng Cái", 1.0),
                doc_fact("000_a:1", "000_a", "Bắc Luân II + Móng Cái", 2.0),
            ],
        ])
        .unwrap();
        assert_eq!(
            store.insert(doc_fact("002:0", "002", "Lạng Sơn", 6.0)),
            Ok(5)
        );
        for (id, value) in [
            ("002:0", 6.0),
            ("001:0", 5.0),
            ("000_b:0", 3.0),
            ("000_b:1", 4.0),
            ("000_a:0", 1.0),
            ("000_a:1", 2.0),
        ] {
            assert_eq!(store.get(id).map(|f| f.value.value), Some(value), "{id}");
        }
        for missing in ["000:0", "000_a:2", "001:1", "000_a", "000_a:01"] {
            assert!(store.get(missing).is_none(), "{missing}");
        }
        let docs: Vec<(&str, Vec<f64>)> = store
            .docs()
            .map(|(d, list)| (d, values(&store, list)))
            .collect();
        assert_eq!(
            docs,
            [
                ("000_a", vec![1.0, 2.0]),
                ("000_b", vec![3.0, 4.0]),
                ("001_c", vec![5.0]),
                ("002", vec![6.0]),
            ]
        );
        assert_eq!(
            store.facts().map(|f| f.value.value).collect::<Vec<_>>(),
            [5.0, 3.0, 4.0, 1.0, 2.0, 6.0]
        );
        let g = Gazetteer::builtin();
        let mong_cai = g.lookup("Móng Cái").unwrap();
        let quang_ninh = g.lookup("Quảng Ninh").unwrap();
        assert_eq!(values(&store, store.at_place(mong_cai)), [3.0, 1.0, 2.0]);
        // Bắc Luân II lies in Móng Cái: the joint fact is listed once.
        assert_eq!(
            values(&store, store.within_place(mong_cai)),
            [3.0, 1.0, 2.0]
        );
        assert_eq!(
            values(&store, store.within_place(quang_ninh)),
            [3.0, 1.0, 2.0]
        );
        assert_eq!(
            values(&store, store.with_metric_at(Metric::KimNgach, mong_cai)),
            [3.0, 1.0, 2.0]
        );
        assert_eq!(store.with_metric(Metric::KimNgach), [0, 1, 2, 3, 4, 5]);
        assert_eq!(store.in_year(2025), [0, 1, 2, 3, 4, 5]);
        assert_eq!(store.with_period(&h1(2025)), [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn ids_of_any_shape_are_found_and_told_apart() {
        let odd = [
            "a:7",
            "a:07",
            "a:+8",
            "x",
            "x:4000000000",
            "a:b:1",
            "a:",
            ":3",
        ];
        let facts = odd
            .iter()
            .enumerate()
            .map(|(n, id)| doc_fact(id, "a", "Móng Cái", n as f64));
        let store = FactStore::from_facts(facts).unwrap();
        for (n, id) in odd.iter().enumerate() {
            assert_eq!(store.get(id).map(|f| f.value.value), Some(n as f64), "{id}");
        }
        for missing in ["a:8", "a:0", "a:b", "x:0", "b:1"] {
            assert!(store.get(missing).is_none(), "{missing}");
        }
    }

    #[test]
    fn a_repeated_id_is_refused() {
        for id in ["a:1", "a:01"] {
            let err = FactStore::from_facts([
                doc_fact(id, "a", "Móng Cái", 0.0),
                doc_fact("a:2", "a", "Móng Cái", 1.0),
                doc_fact(id, "a", "Móng Cái", 2.0),
            ])
            .unwrap_err();
            assert!(
                matches!(&err, StoreError::DuplicateId { line: 3, id: got } if got == id),
                "{err:?}"
            );
            let mut store = FactStore::new();
            assert_eq!(store.insert(doc_fact(id, "a", "Móng Cái", 0.0)), Ok(0));
            assert_eq!(
                store.insert(doc_fact(id, "a", "Móng Cái", 1.0)),
                Err(id.to_string())
            );
            assert_eq!(store.len(), 1);
            assert!(store.with_metric(Metric::KimNgach) == [0]);
        }
    }

    #[test]
    fn facts_are_written_in_order_however_they_are_split_for_threads() {
        // Blocks shorter and longer than a thread's run of facts, and more
        // runs than one batch holds.
        let sizes = [300, 5, 600, 1, 255, 257, 0, 9000];
        let docs: Vec<Vec<Fact>> = sizes
            .iter()
            .enumerate()
            .map(|(d, &n)| {
                (0..n)
                    .map(|k| doc_fact(&format!("{d}:{k}"), &d.to_string(), "Móng Cái", k as f64))
                    .collect()
            })
            .collect();
        let store = FactStore::from_documents(docs).unwrap();
        let mut out = Vec::new();
        store.save_jsonl(&mut out).unwrap();
        let back = FactStore::load_jsonl(out.as_slice()).unwrap();
        assert_eq!(back.len(), sizes.iter().sum::<usize>());
        assert!(back.facts().eq(store.facts()));
    }

    #[test]
    fn intersect_merges_sorted_lists() {
        assert_eq!(intersect(&[1, 3, 5, 7], &[2, 3, 7, 9]), vec![3, 7]);
        assert!(intersect(&[], &[1]).is_empty());
    }
}
