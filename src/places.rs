//! The gazetteer (`places.tsv`, embedded) and the `Place` a fact is about.
//!
//! Every name is matched through [`crate::text::fold`], so `mong cai`,
//! `Móng Cái` and a decomposed `Móng Cái` are the same place.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text::fold;
use crate::token::{tokenize, Openings, TokKind, Token};

const PLACES_TSV: &str = include_str!("places.tsv");

/// Index of a place in the gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PlaceId(pub u16);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    Country,
    Province,
    City,
    Gate,
    Rail,
    Opening,
    Wharf,
}

impl PlaceKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "country" => PlaceKind::Country,
            "province" => PlaceKind::Province,
            "city" => PlaceKind::City,
            "gate" => PlaceKind::Gate,
            "rail" => PlaceKind::Rail,
            "opening" => PlaceKind::Opening,
            "wharf" => PlaceKind::Wharf,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Province => "province",
            PlaceKind::City => "city",
            PlaceKind::Gate => "gate",
            PlaceKind::Rail => "rail",
            PlaceKind::Opening => "opening",
            PlaceKind::Wharf => "wharf",
        }
    }
}

#[derive(Debug, Clone)]
pub struct PlaceInfo {
    /// Canonical name, as facts carry it.
    pub name: String,
    pub kind: PlaceKind,
    pub parent: Option<PlaceId>,
    /// Other names the press uses, as written in the TSV.
    pub aliases: Vec<String>,
    /// The name and each alias in lower case, without spaces: what text
    /// that writes a name as listed spells, word by word.
    pub spellings: Vec<String>,
}

/// A name found in tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceMatch {
    /// The first token of the name and one past its last.
    pub start: usize,
    pub end: usize,
    pub id: PlaceId,
}

/// Names as a tree of folded words: each node is the words read so far,
/// and the place they name, if they are a whole name. Text is matched word
/// by word down the tree, so a name is found only as whole words, and one
/// lookup a word finds the longest name however many names share their
/// start ("cửa khẩu …").
#[derive(Debug, Default)]
struct NameTree {
    nodes: Vec<NameNode>,
}

#[derive(Debug, Default)]
struct NameNode {
    next: FxHashMap<String, usize>,
    place: Option<PlaceId>,
}

impl NameTree {
    fn new() -> Self {
        NameTree {
            nodes: vec![NameNode::default()],
        }
    }

    fn insert(&mut self, words: &[&str], place: PlaceId) {
        let mut at = 0;
        for w in words {
            at = match self.nodes[at].next.get(*w) {
                Some(&n) => n,
                None => {
                    self.nodes.push(NameNode::default());
                    let n = self.nodes.len() - 1;
                    self.nodes[at].next.insert(w.to_string(), n);
                    n
                }
            };
        }
        // The first place to claim a name keeps it.
        self.nodes[at].place.get_or_insert(place);
    }

    /// The longest name at the start of `toks`: its place and length.
    fn longest(&self, toks: &[Token]) -> Option<(PlaceId, usize)> {
        let mut at = 0;
        let mut best = None;
        for (k, t) in toks.iter().enumerate() {
            let Some(&n) = self.nodes[at].next.get(t.folded) else {
                break;
            };
            at = n;
            if let Some(p) = self.nodes[at].place {
                best = Some((p, k + 1));
            }
        }
        best
    }
}

/// Border provinces merged into a neighbour in the 2025 reform, which
/// the gazetteer predates: it still puts Thanh Thủy in Hà Giang, while an
/// article of 2026 writes "tỉnh Tuyên Quang" of the same gate.
const MERGERS: &[(&str, &str)] = &[("Hà Giang", "Tuyên Quang"), ("Yên Bái", "Lào Cai")];

pub struct Gazetteer {
    places: Vec<PlaceInfo>,
    by_fold: HashMap<String, PlaceId>,
    /// Every name by its first folded word, longest first: text is matched
    /// word by word, so a name is found only as whole words.
    names: NameTree,
    first_words: Openings,
    /// Provinces merged into another, with the one they joined.
    mergers: Vec<(PlaceId, PlaceId)>,
}

impl fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gazetteer")
            .field("places", &self.places.len())
            .finish()
    }
}

/// A line of a gazetteer file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("places.tsv line {line}: {reason}")]
pub struct GazetteerError {
    pub line: usize,
    pub reason: String,
}

impl Gazetteer {
    /// The embedded gazetteer, built once.
    pub fn builtin() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::from_tsv(PLACES_TSV).expect("embedded places.tsv is valid"))
    }

    /// Reads the spec's format: a header, then `name kind parent aliases`
    /// separated by tabs, aliases by `|`. A parent must come before its
    /// children.
    pub fn from_tsv(tsv: &str) -> Result<Gazetteer, GazetteerError> {
        let mut places: Vec<PlaceInfo> = Vec::new();
        let mut by_name: HashMap<String, PlaceId> = HashMap::new();
        for (n, line) in tsv.lines().enumerate().skip(1) {
            if line.trim().is_empty() {
                continue;
            }
            let err = |reason: &str| GazetteerError {
                line: n + 1,
                reason: reason.to_string(),
            };
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 2 {
                return Err(err("expected name, kind, parent, aliases"));
            }
            let kind = PlaceKind::parse(cols[1].trim()).ok_or_else(|| err("unknown kind"))?;
            let parent = match cols.get(2).map(|s| s.trim()).filter(|s| !s.is_empty()) {
                Some(p) => Some(
                    *by_name
                        .get(&fold(p))
                        .ok_or_else(|| err("parent not defined above"))?,
                ),
                None => None,
            };
            let aliases = cols
                .get(3)
                .map(|a| {
                    a.split('|')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default();
            let id = PlaceId(places.len() as u16);
            by_name.insert(fold(cols[0]), id);
            let name = cols[0].trim().to_string();
            let spellings = std::iter::once(&name)
                .chain(&aliases)
                .map(|n| n.split_whitespace().collect::<String>().to_lowercase())
                .collect();
            places.push(PlaceInfo {
                name,
                kind,
                parent,
                aliases,
                spellings,
            });
        }
        // Canonical names win over aliases; among aliases, the first place
        // that lists one keeps it.
        let mut by_fold = by_name.clone();
        for (i, p) in places.iter().enumerate() {
            for a in &p.aliases {
                by_fold.entry(fold(a)).or_insert(PlaceId(i as u16));
            }
        }
        // Sorted, so that which place keeps a name two places share does
        // not depend on the hash order.
        let mut sorted: Vec<(&String, PlaceId)> = by_fold.iter().map(|(k, v)| (k, *v)).collect();
        sorted.sort();
        let mut names = NameTree::new();
        let mut first_words = Openings::default();
        for (name, id) in sorted {
            let mut arena = String::new();
            let words: Vec<&str> = tokenize(name, &mut arena)
                .iter()
                .map(|t| t.folded)
                .collect();
            if let Some(first) = words.first() {
                first_words.insert(first);
                names.insert(&words, id);
            }
        }
        let mergers = MERGERS
            .iter()
            .filter_map(|(old, new)| Some((*by_name.get(&fold(old))?, *by_name.get(&fold(new))?)))
            .collect();
        Ok(Gazetteer {
            places,
            by_fold,
            names,
            first_words,
            mergers,
        })
    }

    /// The province that province `id` was merged into, if it was.
    pub fn merged_into(&self, id: PlaceId) -> Option<PlaceId> {
        self.mergers.iter().find(|m| m.0 == id).map(|m| m.1)
    }

    pub fn get(&self, id: PlaceId) -> &PlaceInfo {
        &self.places[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (PlaceId, &PlaceInfo)> {
        self.places
            .iter()
            .enumerate()
            .map(|(i, p)| (PlaceId(i as u16), p))
    }

    /// Finds a place by its name or an alias, fold-insensitively.
    pub fn lookup(&self, name: &str) -> Option<PlaceId> {
        self.by_fold.get(&fold(name)).copied()
    }

    /// Every name and alias, folded, with its place: the vocabulary for
    /// completion and did-you-mean.
    pub fn names(&self) -> impl Iterator<Item = (&str, PlaceId)> {
        self.by_fold.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// Every place name in `toks`, left to right, the longest at each
    /// start, not overlapping.
    pub fn find_in(&self, toks: &[Token]) -> Vec<PlaceMatch> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            // Every name starts with a word.
            if toks[i].kind != TokKind::Word || !self.first_words.may_open(toks[i].folded) {
                i += 1;
                continue;
            }
            match self.names.longest(&toks[i..]) {
                Some((id, len)) => {
                    out.push(PlaceMatch {
                        start: i,
                        end: i + len,
                        id,
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Whether `id` is `ancestor` or lies (transitively) inside it.
    pub fn is_within(&self, id: PlaceId, ancestor: PlaceId) -> bool {
        let mut cur = Some(id);
        while let Some(c) = cur {
            if c == ancestor {
                return true;
            }
            cur = self.get(c).parent;
        }
        false
    }
}

/// What a figure is about: one place, or several reported jointly
/// (`Lạng Sơn + Cao Bằng`), in the order the text names them. Compared,
/// hashed and ordered by its members.
#[derive(Debug, Clone)]
pub struct Place(Members);

/// A single place is held inline: nearly every fact has one, and the
/// extractor copies a fact's place several times.
#[derive(Debug, Clone)]
enum Members {
    One(PlaceId),
    Joint(Box<[PlaceId]>),
}

impl PartialEq for Place {
    fn eq(&self, other: &Self) -> bool {
        self.members() == other.members()
    }
}

impl Eq for Place {}

impl std::hash::Hash for Place {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.members().hash(state);
    }
}

impl PartialOrd for Place {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Place {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.members().cmp(other.members())
    }
}

/// A place name that is not in the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown place `{0}`")]
pub struct UnknownPlace(pub String);

impl Place {
    pub fn single(id: PlaceId) -> Self {
        Place(Members::One(id))
    }

    /// A joint place; duplicates are dropped, text order kept.
    pub fn joint(ids: &[PlaceId]) -> Self {
        let mut v: Vec<PlaceId> = Vec::with_capacity(ids.len());
        for id in ids {
            if !v.contains(id) {
                v.push(*id);
            }
        }
        match v[..] {
            [one] => Place::single(one),
            _ => Place(Members::Joint(v.into_boxed_slice())),
        }
    }

    pub fn members(&self) -> &[PlaceId] {
        match &self.0 {
            Members::One(id) => std::slice::from_ref(id),
            Members::Joint(ids) => ids,
        }
    }

    pub fn is_joint(&self) -> bool {
        self.members().len() > 1
    }

    /// The canonical name: members joined by ` + `.
    pub fn name(&self) -> String {
        let g = Gazetteer::builtin();
        self.members()
            .iter()
            .map(|id| g.get(*id).name.as_str())
            .collect::<Vec<_>>()
            .join(" + ")
    }

    /// Reads a canonical name (or aliases) joined by `+`. `Km3+4 Hải Yên`
    /// contains a `+` of its own, so a whole-name match is tried first.
    pub fn parse(name: &str) -> Result<Place, UnknownPlace> {
        let g = Gazetteer::builtin();
        if let Some(id) = g.lookup(name) {
            return Ok(Place::single(id));
        }
        let ids = name
            .split(" + ")
            .map(|part| {
                g.lookup(part)
                    .ok_or_else(|| UnknownPlace(part.trim().to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if ids.is_empty() {
            return Err(UnknownPlace(name.to_string()));
        }
        Ok(Place::joint(&ids))
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

impl Serialize for Place {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.name())
    }
}

impl<'de> Deserialize<'de> for Place {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Place::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_provinces_name_the_one_they_joined() {
        let g = Gazetteer::builtin();
        let id = |n: &str| g.lookup(n).unwrap();
        assert_eq!(g.merged_into(id("Hà Giang")), Some(id("Tuyên Quang")));
        assert_eq!(g.merged_into(id("Yên Bái")), Some(id("Lào Cai")));
        assert_eq!(g.merged_into(id("Lạng Sơn")), None);
        assert_eq!(g.merged_into(id("Thanh Thủy")), None);
    }

    #[test]
    fn builtin_loads_every_row() {
        let g = Gazetteer::builtin();
        assert!(g.iter().count() >= 40);
        let mc = g.lookup("mong cai").unwrap();
        assert_eq!(g.get(mc).name, "Móng Cái");
        let bl2 = g.lookup("Bắc Luân 2").unwrap();
        assert_eq!(g.get(bl2).name, "Bắc Luân II");
        assert!(g.is_within(bl2, g.lookup("Quảng Ninh").unwrap()));
        assert!(!g.is_within(bl2, g.lookup("Lạng Sơn").unwrap()));
    }

    #[test]
    fn longest_alias_wins_on_word_boundaries() {
        let g = Gazetteer::builtin();
        let text = "qua lối thông quan cầu Bắc Luân II và Lối mở Km3   4, Bắc Luân IIx, bắc luân";
        let mut arena = String::new();
        let toks = tokenize(text, &mut arena);
        let names: Vec<String> = g
            .find_in(&toks)
            .iter()
            .map(|m| g.get(m.id).name.clone())
            .collect();
        assert_eq!(names, ["Bắc Luân II", "Km3+4 Hải Yên"]);
    }

    #[test]
    fn a_place_is_its_members_however_it_was_made() {
        use std::collections::HashSet;
        let g = Gazetteer::builtin();
        let (a, b) = (g.lookup("Lạng Sơn").unwrap(), g.lookup("Cao Bằng").unwrap());
        assert_eq!(Place::single(a), Place::joint(&[a, a]));
        assert!(!Place::joint(&[a, a]).is_joint());
        let set: HashSet<Place> = [Place::single(a), Place::joint(&[a])].into_iter().collect();
        assert_eq!(set.len(), 1);
        // Ordered as member lists: a single place before the joint places
        // it starts.
        assert!(Place::single(a) < Place::joint(&[a, b]));
        assert_eq!(Place::joint(&[b, a]).members(), [b, a]);
    }

    #[test]
    fn joint_places_round_trip() {
        let p = Place::parse("Bắc Luân II + Km3+4 Hải Yên").unwrap();
        assert!(p.is_joint());
        assert_eq!(p.name(), "Bắc Luân II + Km3+4 Hải Yên");
        assert_eq!(Place::parse("Km3+4 Hải Yên").unwrap().members().len(), 1);
        assert!(Place::parse("Hà Nội").is_err());
    }
}
