//! The syntax tree of one statement, as written: names are still words and
//! operands still text, so that `check` can resolve them and point at the
//! exact spot when it cannot. Every node carries its [`Span`]: byte offsets
//! into the whole source the statement was read from.
//!
//! `Display` prints a statement back in canonical form (lowercase keywords,
//! one space between tokens, strings in double quotes); parsing the printed
//! text gives the same tree up to spans.

use std::fmt;

use crate::model::Span;

/// A word as typed: a name, keyword argument or fact id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub span: Span,
}

/// The statements that select facts and share the `where` / `order by` /
/// `limit` / `top` clauses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verb {
    Show,
    Compare,
    Rank,
    Trend,
    Check,
}

impl Verb {
    pub const ALL: [Verb; 5] = [
        Verb::Show,
        Verb::Compare,
        Verb::Rank,
        Verb::Trend,
        Verb::Check,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Show => "show",
            Verb::Compare => "compare",
            Verb::Rank => "rank",
            Verb::Trend => "trend",
            Verb::Check => "check",
        }
    }
}

/// Every statement keyword, for completion, did-you-mean and `help`.
pub const STATEMENT_KEYWORDS: [&str; 10] = [
    "show", "compare", "rank", "trend", "check", "source", "list", "explain", "help", "set",
];

/// A comparison operator as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// `~`: fold-insensitive contains.
    Contains,
    In,
    NotIn,
    /// `period within 2025`.
    Within,
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Contains => "~",
            Op::In => "in",
            Op::NotIn => "not in",
            Op::Within => "within",
        }
    }
}

/// An operand as written; `check` gives it a type from its field.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueKind {
    /// `"Móng Cái"`: the text between the quotes.
    Str(String),
    /// Unquoted words up to the next condition or clause: `mong cai`,
    /// `H1 2025`, `1 tỷ USD`, `42`. The text is the source slice, spaces as
    /// typed.
    Bare(String),
    /// `P1..P2`: a series of periods (`H1 2024..2025`, `Q1 2024..Q4 2024`)
    /// or a range of days (`2025-01-01..2025-03-15`).
    Range(Box<Value>, Box<Value>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    pub kind: ValueKind,
    pub span: Span,
}

impl Value {
    /// The text of a string or bare value; `None` for a range.
    pub fn text(&self) -> Option<&str> {
        match &self.kind {
            ValueKind::Str(s) | ValueKind::Bare(s) => Some(s),
            ValueKind::Range(..) => None,
        }
    }
}

/// What follows the operator: one value, or `( v, v, … )` after `in`.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    One(Value),
    List(Vec<Value>, Span),
}

impl Operand {
    pub fn span(&self) -> Span {
        match self {
            Operand::One(v) => v.span,
            Operand::List(_, s) => *s,
        }
    }
}

/// `FIELD OP OPERAND`, e.g. `gate="Móng Cái"`.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub field: Word,
    pub op: Op,
    pub op_span: Span,
    pub operand: Operand,
    pub span: Span,
}

/// `order by FIELD [asc|desc]`.
#[derive(Debug, Clone, PartialEq)]
pub struct OrderBy {
    pub field: Word,
    /// `asc` or `desc` as written.
    pub direction: Option<Word>,
    pub span: Span,
}

/// `limit N` or `top N`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count {
    pub n: usize,
    pub span: Span,
}

/// `show`, `compare`, `rank`, `trend`, `check` with their clauses. The
/// parser accepts every clause on every verb; `check` says which verb takes
/// which, so that the message can name the right one.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    pub verb: Verb,
    pub verb_span: Span,
    pub metrics: Vec<Word>,
    pub conditions: Vec<Condition>,
    pub order: Option<OrderBy>,
    pub limit: Option<Count>,
    pub top: Option<Count>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum StatementKind {
    Query(Query),
    /// `source ID`.
    Source(Word),
    /// `list metrics|places|periods|docs|commodities`.
    List(Word),
    /// `explain TERM`: a quoted phrase or the bare words up to the end of the
    /// statement, spaces collapsed.
    Explain(Word),
    /// `help [STATEMENT]`.
    Help(Option<Word>),
    /// `set NAME VALUE`.
    Set {
        name: Word,
        value: Word,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub kind: StatementKind,
    pub span: Span,
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ValueKind::Str(s) => write!(f, "\"{s}\""),
            ValueKind::Bare(s) => f.write_str(s),
            ValueKind::Range(a, b) => write!(f, "{a}..{b}"),
        }
    }
}

impl fmt::Display for Condition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sep = if self.op.as_str().chars().all(char::is_alphabetic) || self.op == Op::NotIn {
            " "
        } else {
            ""
        };
        write!(f, "{}{sep}{}{sep}", self.field.text, self.op.as_str())?;
        match &self.operand {
            Operand::One(v) => write!(f, "{v}"),
            Operand::List(vs, _) => {
                f.write_str("(")?;
                for (i, v) in vs.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{v}")?;
                }
                f.write_str(")")
            }
        }
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.verb.as_str())?;
        for (i, m) in self.metrics.iter().enumerate() {
            f.write_str(if i == 0 { " " } else { ", " })?;
            f.write_str(&m.text)?;
        }
        for (i, c) in self.conditions.iter().enumerate() {
            f.write_str(if i == 0 { " where " } else { " " })?;
            write!(f, "{c}")?;
        }
        if let Some(o) = &self.order {
            write!(f, " order by {}", o.field.text)?;
            if let Some(d) = &o.direction {
                write!(f, " {}", d.text)?;
            }
        }
        if let Some(c) = self.limit {
            write!(f, " limit {}", c.n)?;
        }
        if let Some(c) = self.top {
            write!(f, " top {}", c.n)?;
        }
        Ok(())
    }
}

impl fmt::Display for Statement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            StatementKind::Query(q) => write!(f, "{q}"),
            StatementKind::Source(w) => write!(f, "source {}", w.text),
            StatementKind::List(w) => write!(f, "list {}", w.text),
            // A term with a `"` in it was typed bare; a string could not hold it.
            StatementKind::Explain(w) if w.text.contains('"') => write!(f, "explain {}", w.text),
            StatementKind::Explain(w) => write!(f, "explain \"{}\"", w.text),
            StatementKind::Help(None) => f.write_str("help"),
            StatementKind::Help(Some(w)) => write!(f, "help {}", w.text),
            StatementKind::Set { name, value } => write!(f, "set {} {}", name.text, value.text),
        }
    }
}
