//! Diagnostics of the query front end: what `parse` and `check` report.
//!
//! Every error carries the span it is about (byte offsets into the whole
//! source handed to [`crate::query::check::check_source`]) and, where one
//! exists, a help text: the closest known name, or the bienmau way of saying
//! what an SQL habit meant. Errors carry no source code: the caller attaches
//! it (`miette::Report::new(errs).with_source_code(NamedSource::new(..))`),
//! so a script's report shows `file:line:col`.

use std::fmt;

use miette::{Diagnostic, LabeledSpan, SourceSpan};

use crate::model::Span;
use crate::text::fold;

fn at(span: Span) -> SourceSpan {
    SourceSpan::new(span.start.into(), span.len())
}

/// What kind of name was not found; it words the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Statement,
    Metric,
    Field,
    Place,
    Commodity,
    Document,
    Fact,
    Flow,
    Scope,
    Kind,
    Unit,
    ListTarget,
    Setting,
    Format,
    NumberStyle,
    OrderField,
    HelpTopic,
}

impl NameKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NameKind::Statement => "statement",
            NameKind::Metric => "metric",
            NameKind::Field => "field",
            NameKind::Place => "place",
            NameKind::Commodity => "commodity",
            NameKind::Document => "document",
            NameKind::Fact => "fact id",
            NameKind::Flow => "flow",
            NameKind::Scope => "scope",
            NameKind::Kind => "kind",
            NameKind::Unit => "unit",
            NameKind::ListTarget => "list target",
            NameKind::Setting => "setting",
            NameKind::Format => "format",
            NameKind::NumberStyle => "number style",
            NameKind::OrderField => "order field",
            NameKind::HelpTopic => "help topic",
        }
    }
}

impl fmt::Display for NameKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem in one statement.
#[derive(Debug, Clone, PartialEq, thiserror::Error, Diagnostic)]
pub enum QueryError {
    /// The text does not follow the grammar.
    #[error("{message}")]
    #[diagnostic(code(bienmau::query::syntax))]
    Syntax {
        message: String,
        #[label("{label}")]
        span: SourceSpan,
        label: String,
        #[help]
        help: Option<String>,
    },

    /// Something written the way SQL writes it.
    #[error("{message}")]
    #[diagnostic(code(bienmau::query::sql_habit))]
    SqlHabit {
        message: String,
        #[label("not bienmau")]
        span: SourceSpan,
        #[help]
        help: String,
    },

    /// A name that is not a statement, metric, field, place…
    #[error("unknown {kind} `{word}`")]
    #[diagnostic(code(bienmau::query::unknown_name))]
    Unknown {
        kind: NameKind,
        word: String,
        #[label("unknown {kind}")]
        span: SourceSpan,
        #[help]
        help: Option<String>,
    },

    /// A period literal the period reader does not accept.
    #[error("malformed period `{text}`")]
    #[diagnostic(code(bienmau::query::period), help("write {expected}"))]
    Period {
        text: String,
        /// What the period reader found wrong.
        reason: String,
        #[label("{reason}")]
        span: SourceSpan,
        expected: &'static str,
    },

    /// A malformed number or quantity.
    #[error("malformed number `{text}`")]
    #[diagnostic(
        code(bienmau::query::number),
        help("write a number such as `1,5 tỷ USD`, `500 triệu`, `1.5bn` or `30`")
    )]
    Number {
        text: String,
        /// What the number reader found wrong.
        reason: String,
        #[label("{reason}")]
        span: SourceSpan,
    },

    /// An operand of the wrong type for its field, or an operator the field
    /// does not support.
    #[error("{message}")]
    #[diagnostic(code(bienmau::query::type_mismatch))]
    Type {
        message: String,
        #[label("{label}")]
        span: SourceSpan,
        label: String,
        #[help]
        help: Option<String>,
    },

    /// A statement that is well formed but lacks what it needs (`compare`
    /// with one period, `trend` without a place).
    #[error("{message}")]
    #[diagnostic(code(bienmau::query::statement))]
    Statement {
        message: String,
        #[label("{label}")]
        span: SourceSpan,
        label: String,
        #[help]
        help: Option<String>,
    },
}

impl QueryError {
    pub fn syntax(span: Span, message: impl Into<String>, label: impl Into<String>) -> Self {
        QueryError::Syntax {
            message: message.into(),
            span: at(span),
            label: label.into(),
            help: None,
        }
    }

    pub fn sql(span: Span, message: impl Into<String>, help: impl Into<String>) -> Self {
        QueryError::SqlHabit {
            message: message.into(),
            span: at(span),
            help: help.into(),
        }
    }

    /// An unknown name, with the closest of `known` as the help.
    pub fn unknown<'k>(
        kind: NameKind,
        word: &str,
        span: Span,
        known: impl IntoIterator<Item = &'k str>,
    ) -> Self {
        let known: Vec<&str> = known.into_iter().collect();
        let close = closest(word, known.iter().copied());
        let help = match close.as_slice() {
            // Nothing close: a short vocabulary is worth listing whole.
            [] if !known.is_empty() && known.len() <= SHORT_LIST => Some(format!(
                "{}s: {}",
                kind,
                known
                    .iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            [] => None,
            [one] => Some(format!("did you mean `{one}`?")),
            many => Some(format!(
                "did you mean one of {}?",
                many.iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
        QueryError::Unknown {
            kind,
            word: word.to_string(),
            span: at(span),
            help,
        }
    }

    pub fn period(span: Span, text: &str, reason: impl Into<String>) -> Self {
        QueryError::Period {
            text: text.to_string(),
            reason: reason.into(),
            span: at(span),
            expected: crate::period::EXPECTED_PERIOD,
        }
    }

    pub fn number(span: Span, text: &str, reason: impl Into<String>) -> Self {
        QueryError::Number {
            text: text.to_string(),
            reason: reason.into(),
            span: at(span),
        }
    }

    pub fn type_error(span: Span, message: impl Into<String>, label: impl Into<String>) -> Self {
        QueryError::Type {
            message: message.into(),
            span: at(span),
            label: label.into(),
            help: None,
        }
    }

    pub fn statement(span: Span, message: impl Into<String>, label: impl Into<String>) -> Self {
        QueryError::Statement {
            message: message.into(),
            span: at(span),
            label: label.into(),
            help: None,
        }
    }

    /// Adds (or replaces) the help text of a variant that has an optional one.
    pub fn with_help(mut self, text: impl Into<String>) -> Self {
        match &mut self {
            QueryError::Syntax { help, .. }
            | QueryError::Unknown { help, .. }
            | QueryError::Type { help, .. }
            | QueryError::Statement { help, .. } => *help = Some(text.into()),
            QueryError::SqlHabit { help, .. } => *help = text.into(),
            QueryError::Period { .. } | QueryError::Number { .. } => {}
        }
        self
    }

    /// The span the error points at.
    pub fn span(&self) -> Span {
        let s = match self {
            QueryError::Syntax { span, .. }
            | QueryError::SqlHabit { span, .. }
            | QueryError::Unknown { span, .. }
            | QueryError::Period { span, .. }
            | QueryError::Number { span, .. }
            | QueryError::Type { span, .. }
            | QueryError::Statement { span, .. } => *span,
        };
        Span::new(s.offset(), s.offset() + s.len())
    }

    /// The help text, if any.
    pub fn help_text(&self) -> Option<String> {
        Diagnostic::help(self).map(|h| h.to_string())
    }
}

/// A vocabulary this short is listed whole when no name is close.
const SHORT_LIST: usize = 12;

/// The names in `known` closest to `word` by edit distance between folded
/// forms: those within a third of the word's length (at least one edit, at
/// most three), the best first, at most three of them. A known name that
/// starts with the folded word also counts (`mong` → `Móng Cái`).
pub fn closest<'k>(word: &str, known: impl IntoIterator<Item = &'k str>) -> Vec<String> {
    let w = fold(word);
    if w.is_empty() {
        return Vec::new();
    }
    let limit = (w.chars().count() / 3).clamp(1, 3);
    let mut scored: Vec<(usize, String)> = Vec::new();
    for k in known {
        let f = fold(k);
        let d = strsim::levenshtein(&w, &f);
        let score = if d <= limit {
            d
        } else if w.len() >= 3 && f.starts_with(&w) {
            limit + 1
        } else {
            continue;
        };
        if !scored.iter().any(|(_, s)| s == k) {
            scored.push((score, k.to_string()));
        }
    }
    scored.sort();
    scored.into_iter().take(3).map(|(_, s)| s).collect()
}

/// Every error of one statement: the first is the diagnostic, the others
/// are its `related` ones. Carries no source code; attach it with
/// `miette::Report::new(errs).with_source_code(..)`.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryErrors {
    first: QueryError,
    rest: Vec<QueryError>,
}

impl QueryErrors {
    /// `None` for an empty list.
    pub fn new(mut errors: Vec<QueryError>) -> Option<Self> {
        if errors.is_empty() {
            return None;
        }
        errors.sort_by_key(|e| e.span().start);
        let first = errors.remove(0);
        Some(QueryErrors {
            first,
            rest: errors,
        })
    }

    /// All the errors, in source order.
    pub fn errors(&self) -> impl Iterator<Item = &QueryError> {
        std::iter::once(&self.first).chain(&self.rest)
    }

    pub fn len(&self) -> usize {
        1 + self.rest.len()
    }

    /// Always false: there is at least one error.
    pub fn is_empty(&self) -> bool {
        false
    }
}

impl fmt::Display for QueryErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.first, f)
    }
}

impl std::error::Error for QueryErrors {}

impl Diagnostic for QueryErrors {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.first.code()
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.first.help()
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.first.labels()
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.rest.is_empty() {
            None
        } else {
            Some(Box::new(self.rest.iter().map(|e| e as &dyn Diagnostic)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_ignores_case_and_diacritics() {
        let known = ["kim_ngach", "to_khai", "du_khach"];
        assert_eq!(closest("kim_ngac", known), vec!["kim_ngach"]);
        assert_eq!(closest("KIM_NGẠCH", known), vec!["kim_ngach"]);
        assert!(closest("zzzzzz", known).is_empty());
        assert_eq!(closest("mong", ["Móng Cái", "Lạng Sơn"]), vec!["Móng Cái"]);
    }

    #[test]
    fn several_errors_become_related() {
        let a = QueryError::syntax(Span::new(5, 6), "b", "here");
        let b = QueryError::syntax(Span::new(1, 2), "a", "here");
        let errs = QueryErrors::new(vec![a, b]).unwrap();
        assert_eq!(errs.to_string(), "a");
        assert_eq!(errs.related().unwrap().count(), 1);
        assert!(QueryErrors::new(Vec::new()).is_none());
    }
}
