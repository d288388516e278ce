//! Checked statements: what `check` hands to `eval`. Every name is resolved
//! (metrics to `Metric`, places to `PlaceId`, periods to `Period`) and every
//! operand has the type its field needs, so the evaluator never sees a string
//! it has to interpret. Spans point into the statement's source text so that
//! evaluation errors (a rate added to a count) can still point at the spot.

use crate::model::{Flow, Kind, Metric, Scope, Span, Unit};
use crate::period::Period;
use crate::places::PlaceId;

/// A metric as the query names it: `xuat_khau` is `kim_ngach` restricted to
/// exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MetricSel {
    pub metric: Metric,
    pub flow: Option<Flow>,
    pub span: Span,
}

/// A field a condition tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// `place` or its alias `gate`: the fact's place (a member of a joint
    /// place counts).
    Place,
    /// A place and everything below it in the gazetteer.
    Province,
    Period,
    Year,
    Metric,
    Flow,
    Scope,
    Commodity,
    Doc,
    Kind,
    Unit,
    Value,
    /// The reported change, in percent.
    Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// A typed operand; `check` guarantees it fits the field it is tested
/// against.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Place(PlaceId),
    Period(Period),
    Year(i32),
    Metric(MetricSel),
    Flow(Flow),
    /// `scope=none` is `None`.
    Scope(Option<Scope>),
    Kind(Kind),
    Unit(Unit),
    /// A commodity or document id.
    Text(String),
    /// `1 tỷ USD`, `500 triệu`, `1.5bn`: the value in base units and the
    /// unit, when one was written.
    Quantity {
        value: f64,
        unit: Option<Unit>,
    },
    /// A plain number (for `change`).
    Number(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Test {
    Cmp(CmpOp, Operand),
    In(Vec<Operand>),
    NotIn(Vec<Operand>),
    /// `~`: fold-insensitive contains (place names, commodities, docs).
    Contains(String),
    /// `period within 2025`: the fact's period lies inside.
    Within(Period),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub field: Field,
    pub test: Test,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderField {
    Value,
    Period,
    Place,
    Change,
    Id,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Asc,
    Desc,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Show {
    pub metrics: Vec<MetricSel>,
    pub conditions: Vec<Condition>,
    pub order: Option<(OrderField, Direction)>,
    pub limit: Option<usize>,
}

/// `compare METRIC where … period=P1..P2` or `period in (P1, P2, …)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Compare {
    pub metric: MetricSel,
    /// Conditions other than the periods.
    pub conditions: Vec<Condition>,
    /// The periods to set side by side, in order; at least two.
    pub periods: Vec<Period>,
    pub periods_span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rank {
    pub metric: MetricSel,
    pub conditions: Vec<Condition>,
    pub top: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Trend {
    pub metric: MetricSel,
    pub conditions: Vec<Condition>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListTarget {
    Metrics,
    Places,
    Periods,
    Docs,
    Commodities,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Table,
    Csv,
    Json,
    Markdown,
}

/// How numbers are written: `1.580,5` (vi) or `1,580.5` (en).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberStyle {
    Vi,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    Format(OutputFormat),
    Numbers(NumberStyle),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Statement {
    Show(Show),
    Compare(Compare),
    Rank(Rank),
    Trend(Trend),
    /// `check [where …]`.
    Check(Vec<Condition>),
    /// `source ID`.
    Source(String),
    List(ListTarget),
    /// `explain TERM`: the term as typed; `eval` looks it up.
    Explain(String),
    /// `help [STATEMENT]`.
    Help(Option<String>),
    Set(Setting),
}

/// A checked statement with the span of its source text.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub statement: Statement,
    pub span: Span,
}
