//! What the REPL asks of the language, answered by the real parser: whether
//! a statement is complete, how to colour it, and what may come at the
//! cursor. Nothing here reads the text in its own way: the parser says what
//! it expected where the text ends ([`Expect`]) and which spans are which.

use std::collections::{BTreeSet, HashSet};
use std::ops::Range;

use crate::model::{Period, Span};
use crate::places::Gazetteer;
use crate::query::ast::{self, StatementKind, STATEMENT_KEYWORDS};
use crate::query::check::{
    commodities, metric_names, resolve_field, resolve_metric, FIELDS, FLOWS, FORMATS, LIST_TARGETS,
    NUMBER_STYLES, ORDER_FIELDS, SCOPES,
};
use crate::query::checked::Field;
use crate::query::parse::{lex, parse_source, parse_statement, statement_spans, Expect};
use crate::store::FactStore;
use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completeness {
    Complete,
    Incomplete,
}

/// Incomplete only when the parse error is at the end of input (open quote
/// or parenthesis, trailing `where`, `and`, `,` or operator); a statement
/// with an error elsewhere is Complete (the shell then runs it and shows the
/// diagnostic). Several statements: the last one decides.
pub fn completeness(text: &str) -> Completeness {
    match parse_source(text).last() {
        Some((_, p)) if p.incomplete => Completeness::Incomplete,
        _ => Completeness::Complete,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenClass {
    Keyword,
    Metric,
    Field,
    Operator,
    Str,
    Number,
    Period,
    Place,
    Comment,
    Error,
}

/// Words shown as keywords wherever they stand.
const KEYWORDS: [&str; 11] = [
    "where", "and", "order", "by", "asc", "desc", "limit", "top", "in", "not", "within",
];

/// Classes of the spans of `text`, in order, not overlapping; text in no
/// span (spaces, plain words, punctuation) is left as it is.
pub fn highlight(text: &str) -> Vec<(Range<usize>, TokenClass)> {
    let mut paint: Vec<Option<TokenClass>> = vec![None; text.len()];
    let mut put = |paint: &mut Vec<Option<TokenClass>>, s: Span, c: TokenClass| {
        let end = s.end.min(text.len());
        for b in paint.iter_mut().take(end).skip(s.start) {
            *b = Some(c);
        }
    };
    lexical(text, &mut paint, &mut put);
    for (_, parsed) in parse_source(text) {
        if let Some(stmt) = &parsed.statement {
            structural(stmt, &mut paint, &mut put);
        }
        // An unfinished statement is not wrong yet.
        if !parsed.incomplete {
            for e in &parsed.errors {
                put(&mut paint, e.span(), TokenClass::Error);
            }
        }
    }
    let mut out: Vec<(Range<usize>, TokenClass)> = Vec::new();
    for (i, c) in paint.iter().enumerate() {
        let Some(c) = *c else { continue };
        match out.last_mut() {
            Some((r, last)) if r.end == i && *last == c => r.end = i + 1,
            _ => out.push((i..i + 1, c)),
        }
    }
    out
}

type Put<'p> = dyn FnMut(&mut Vec<Option<TokenClass>>, Span, TokenClass) + 'p;

/// Comments, strings, operators, numbers and keywords, token by token.
fn lexical(text: &str, paint: &mut Vec<Option<TokenClass>>, put: &mut Put<'_>) {
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let c = rest.chars().next().unwrap_or(' ');
        let len = if rest.starts_with("--") {
            let n = rest.find('\n').unwrap_or(rest.len());
            put(paint, Span::new(i, i + n), TokenClass::Comment);
            n
        } else if c == '"' || (c == '\'' && !text[..i].ends_with(lex::is_word_char)) {
            let n = match lex::string(rest) {
                Ok((after, _, _)) => rest.len() - after.len(),
                Err(_) => rest.len(),
            };
            put(paint, Span::new(i, i + n), TokenClass::Str);
            n
        } else if let Some(Ok((after, _))) = "=<>!~".contains(c).then(|| lex::op(rest)) {
            let n = rest.len() - after.len();
            put(paint, Span::new(i, i + n), TokenClass::Operator);
            n
        } else if let Ok((after, a)) = lex::atom(rest) {
            let n = rest.len() - after.len();
            let lower = a.to_lowercase();
            if KEYWORDS.contains(&lower.as_str()) || STATEMENT_KEYWORDS.contains(&lower.as_str()) {
                put(paint, Span::new(i, i + n), TokenClass::Keyword);
            } else if a.starts_with(|c: char| c.is_ascii_digit()) {
                put(paint, Span::new(i, i + n), TokenClass::Number);
            }
            n
        } else {
            c.len_utf8()
        };
        i += len.max(1);
        while !text.is_char_boundary(i) {
            i += 1;
        }
    }
}

/// Metrics, fields and typed values, from the statement's tree.
fn structural(stmt: &ast::Statement, paint: &mut Vec<Option<TokenClass>>, put: &mut Put<'_>) {
    let StatementKind::Query(q) = &stmt.kind else {
        return;
    };
    for m in &q.metrics {
        let class = if resolve_metric(&m.text).is_some() {
            TokenClass::Metric
        } else {
            TokenClass::Error
        };
        put(paint, m.span, class);
    }
    for c in &q.conditions {
        let field = resolve_field(&c.field.text);
        put(
            paint,
            c.field.span,
            if field.is_some() {
                TokenClass::Field
            } else {
                TokenClass::Error
            },
        );
        put(paint, c.op_span, TokenClass::Operator);
        let class = match field {
            Some(Field::Place | Field::Province) => Some(TokenClass::Place),
            Some(Field::Period | Field::Year) => Some(TokenClass::Period),
            Some(Field::Value | Field::Change) => Some(TokenClass::Number),
            Some(Field::Metric) => Some(TokenClass::Metric),
            _ => None,
        };
        let values: Vec<&ast::Value> = match &c.operand {
            ast::Operand::One(v) => vec![v],
            ast::Operand::List(vs, _) => vs.iter().collect(),
        };
        for v in values {
            if let Some(class) = class {
                put(paint, v.span, class);
            }
        }
    }
    if let Some(o) = &q.order {
        put(paint, o.field.span, TokenClass::Field);
    }
}

/// A completion: what the menu shows and what replaces the typed word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub display: String,
    pub replacement: String,
}

impl Candidate {
    fn plain(s: &str) -> Self {
        Candidate {
            display: s.to_string(),
            replacement: s.to_string(),
        }
    }
}

/// Tab completion by context: statements at the start; metrics after a
/// statement keyword; fields after `where`/`and`; place names after
/// `gate=`/`place=`/`province=` (typing `mong` completes to `"Móng Cái"`,
/// quoted, shown as `Móng Cái (city)`); commodities after `commodity=`;
/// period labels after `period=`; arguments of `list`, `set`, `explain`,
/// `help`, `source` (fact ids from the store). Returns the byte offset where
/// the replaced word starts and the candidates.
pub fn complete(text: &str, cursor: usize, store: &FactStore) -> (usize, Vec<Candidate>) {
    let mut cursor = cursor.min(text.len());
    while !text.is_char_boundary(cursor) {
        cursor -= 1;
    }
    let before = &text[..cursor];
    let stmt_start = current_statement(before);
    let whole = parse_statement(before, Span::new(stmt_start, cursor));
    for e in &whole.expect {
        if let Expect::Value { field, start } = e {
            let typed = &before[*start..];
            let found = value_candidates(field, typed, store);
            if !found.is_empty() || typed.starts_with('"') {
                return (*start, found);
            }
        }
    }
    let mut word_start = cursor;
    for (i, c) in before[stmt_start..].char_indices().rev() {
        if c.is_whitespace() || lex::is_punct(c) {
            break;
        }
        word_start = stmt_start + i;
    }
    let word = &before[word_start..];
    let prefix = parse_statement(before, Span::new(stmt_start, word_start));
    let typed = fold(word);
    let mut seen: HashSet<String> = HashSet::new();
    let mut candidates: Vec<Candidate> = Vec::new();
    for e in &prefix.expect {
        let more = match e {
            // A value already begun is completed above, as a whole.
            Expect::Value { start, .. } if *start < word_start => Vec::new(),
            Expect::Value { field, .. } => value_candidates(field, word, store),
            Expect::FactId => fact_ids(word, store),
            e => expected(e),
        };
        let fits = |c: &Candidate| {
            fold(&c.replacement).starts_with(&typed) || fold(&c.display).starts_with(&typed)
        };
        for c in more {
            if fits(&c) && seen.insert(c.replacement.clone()) {
                candidates.push(c);
            }
        }
    }
    (word_start, candidates)
}

/// At most this many fact ids are offered: a large store has millions.
const MAX_FACT_IDS: usize = 200;

/// Fact ids that start with `typed`, in store order.
fn fact_ids(typed: &str, store: &FactStore) -> Vec<Candidate> {
    store
        .facts()
        .filter(|f| f.id.0.starts_with(typed))
        .take(MAX_FACT_IDS)
        .map(|f| Candidate::plain(&f.id.0))
        .collect()
}

/// Where the statement the cursor is in starts: after a `;`, or after a
/// newline that ends a complete statement, a new one begins.
fn current_statement(before: &str) -> usize {
    let Some(s) = statement_spans(before).last().copied() else {
        return before.len();
    };
    let gap = &before[s.end..];
    if gap.contains(';') || (gap.contains('\n') && !parse_statement(before, s).incomplete) {
        before.len()
    } else {
        s.start
    }
}

fn words(list: &[&str]) -> Vec<Candidate> {
    list.iter().map(|w| Candidate::plain(w)).collect()
}

/// The names of a name table.
fn names_of<T>(table: &[(&str, T)]) -> Vec<Candidate> {
    table.iter().map(|(n, _)| Candidate::plain(n)).collect()
}

fn metrics() -> Vec<Candidate> {
    metric_names()
        .iter()
        .map(|(n, _, _)| Candidate::plain(n))
        .collect()
}

fn fields() -> Vec<Candidate> {
    names_of(&FIELDS)
}

/// Candidates for what the grammar expects (values and fact ids excepted).
fn expected(e: &Expect) -> Vec<Candidate> {
    match e {
        Expect::Statement => words(&STATEMENT_KEYWORDS),
        Expect::ExplainTerm => crate::glossary::ENTRIES
            .iter()
            .map(|e| Candidate::plain(e.title))
            .collect(),
        Expect::Metric => metrics(),
        Expect::Clauses(next) => words(next),
        Expect::Field => fields(),
        Expect::Operator => words(&[
            "=", "!=", "~", "in", "not in", "within", "<", "<=", ">", ">=",
        ]),
        Expect::OrderField => names_of(&ORDER_FIELDS),
        Expect::Direction => words(&["asc", "desc", "limit"]),
        Expect::ListTarget => names_of(&LIST_TARGETS),
        Expect::SetName => words(&["format", "numbers"]),
        Expect::SetValue(name) => match name.as_str() {
            "format" => names_of(&FORMATS),
            "numbers" => names_of(&NUMBER_STYLES),
            _ => Vec::new(),
        },
        Expect::HelpTopic => words(&STATEMENT_KEYWORDS),
        Expect::Value { .. } | Expect::FactId => Vec::new(),
    }
}

/// Values of `field` that start like `typed` (an opening quote and spaces
/// allowed).
fn value_candidates(field: &str, typed: &str, store: &FactStore) -> Vec<Candidate> {
    let want = fold(typed.trim_start_matches(['"', '\'']));
    let quoted = |name: &str, display: String| Candidate {
        display,
        replacement: format!("\"{name}\""),
    };
    let all: Vec<Candidate> = match resolve_field(field) {
        Some(Field::Place | Field::Province) => {
            let g = Gazetteer::builtin();
            let mut out = Vec::new();
            for (_, p) in g.iter() {
                let hit = std::iter::once(&p.name)
                    .chain(&p.aliases)
                    .any(|n| fold(n).starts_with(&want));
                if hit {
                    out.push(quoted(&p.name, format!("{} ({})", p.name, p.kind.as_str())));
                }
            }
            return out;
        }
        Some(Field::Commodity) => commodities(store)
            .iter()
            .map(|c| quoted(c, c.clone()))
            .collect(),
        Some(Field::Doc) => store.docs().map(|(d, _)| Candidate::plain(d)).collect(),
        Some(Field::Period) => period_labels(store),
        Some(Field::Year) => store
            .years()
            .map(|y| Candidate::plain(&y.to_string()))
            .collect(),
        Some(Field::Metric) => metrics(),
        Some(Field::Flow) => names_of(&FLOWS),
        Some(Field::Scope) => names_of(&SCOPES),
        Some(Field::Kind) => crate::model::Kind::ALL
            .iter()
            .map(|k| Candidate::plain(k.as_str()))
            .collect(),
        Some(Field::Unit) => crate::model::Unit::ALL
            .iter()
            .map(|u| {
                let s = u.as_str();
                if s.contains(' ') || s.contains('/') {
                    quoted(s, s.to_string())
                } else {
                    Candidate::plain(s)
                }
            })
            .collect(),
        Some(Field::Value | Field::Change) | None => Vec::new(),
    };
    all.into_iter()
        .filter(|c| fold(&c.display).starts_with(&want))
        .collect()
}

/// The periods facts have, and the halves and quarters of their years.
fn period_labels(store: &FactStore) -> Vec<Candidate> {
    let mut labels: BTreeSet<String> = BTreeSet::new();
    for y in store.years() {
        labels.insert(y.to_string());
        for h in ["H1", "H2", "Q1", "Q2", "Q3", "Q4"] {
            labels.insert(format!("{h} {y}"));
        }
    }
    let periods: HashSet<Period> = store.facts().filter_map(|f| f.period).collect();
    labels.extend(periods.iter().map(Period::label));
    labels.iter().map(|l| Candidate::plain(l)).collect()
}
