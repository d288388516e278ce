//! The parser: source text → statements ([`ast`](crate::query::ast)) with
//! spans, and the diagnostics of what did not parse.
//!
//! Tokens are read by small nom parsers over `&str` ([`lex`]). The statement
//! structure is a hand-written recursive descent over them that never
//! backtracks once it has read a keyword (what `cut` does in a combinator
//! parser). It is written out rather than composed from combinators for two
//! things the REPL and scripts need: recovery (a broken condition is skipped
//! up to the next `field op`, and the following conditions are still read
//! and checked, so several errors are reported together) and knowing what
//! the grammar would accept where the text ends ([`Parsed::incomplete`],
//! [`Parsed::expect`]), which the validator and completer ask for. Errors
//! are built where the parser knows what it wanted, so each says what was
//! expected, what was found, and often what to write instead.
//!
//! Spans are byte offsets into the whole source, found by pointer
//! arithmetic: every slice the parser sees is a slice of it.
//!
//! Statements are separated by `;` or by a newline; a newline does not end a
//! statement that is incomplete (an open quote or parenthesis, a trailing
//! `where`, `and`, `,`, or operator), so a statement may run over several
//! lines exactly when the REPL would ask for a continuation line.

use crate::model::Span;
use crate::query::ast::{
    Condition, Count, Op, Operand, OrderBy, Query, Statement, StatementKind, Value, ValueKind,
    Verb, Word,
};
use crate::query::error::{NameKind, QueryError};

/// Clause keywords that end a bare value and a condition list.
const CLAUSE_WORDS: [&str; 6] = ["where", "and", "or", "order", "limit", "top"];

/// The statements, for a help text where none is closer.
const STATEMENTS: &str =
    "statements: show, compare, rank, trend, check, source, list, explain, help, set";

/// Words that may stand for an operator (some only to be told the bienmau
/// way).
const OP_WORDS: [&str; 5] = ["in", "not", "within", "between", "like"];

/// The lexemes, as nom parsers over `&str`.
pub mod lex {
    use nom::branch::alt;
    use nom::bytes::complete::{tag, tag_no_case, take_while, take_while1};
    use nom::combinator::{not, peek, value};
    use nom::error::{ErrorKind, ParseError};
    use nom::sequence::terminated;
    use nom::{IResult, Parser};
    use unicode_normalization::char::is_combining_mark;

    use crate::query::ast::Op;

    /// A lexeme that is not there. The structural parser turns it into a
    /// diagnostic with the right words, so it only needs the position.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub struct Miss<'a> {
        pub at: &'a str,
    }

    impl<'a> ParseError<&'a str> for Miss<'a> {
        fn from_error_kind(input: &'a str, _: ErrorKind) -> Self {
            Miss { at: input }
        }
        fn append(_: &'a str, _: ErrorKind, other: Self) -> Self {
            other
        }
    }

    pub type Lexed<'a, O> = IResult<&'a str, O, Miss<'a>>;

    /// Letters (any script, with or without combining marks), digits, `_`.
    pub fn is_word_char(c: char) -> bool {
        c.is_alphanumeric() || c == '_' || is_combining_mark(c)
    }

    /// Characters that end a bare value's atom.
    pub fn is_punct(c: char) -> bool {
        matches!(
            c,
            ';' | ',' | '(' | ')' | '"' | '\'' | '=' | '<' | '>' | '!' | '~'
        )
    }

    /// Whitespace and `--` comments.
    pub fn ws(i: &str) -> &str {
        let mut i = i.trim_start();
        while let Some(rest) = i.strip_prefix("--") {
            i = rest.find('\n').map_or("", |n| &rest[n..]).trim_start();
        }
        i
    }

    pub fn word(i: &str) -> Lexed<'_, &str> {
        take_while1(is_word_char).parse(i)
    }

    /// A keyword, case-insensitive, not followed by a word character.
    pub fn keyword<'a>(kw: &'static str) -> impl Fn(&'a str) -> Lexed<'a, &'a str> {
        move |i| terminated(tag_no_case(kw), not(take_while1(is_word_char))).parse(i)
    }

    /// A run of characters that can be part of a bare value: `H1`,
    /// `2024..2025`, `1.580,5`, `Km3+4`, `000:17`. A `,` ends it, so inside
    /// `in (…)` a number with a decimal comma must be quoted.
    pub fn atom(i: &str) -> Lexed<'_, &str> {
        take_while1(|c: char| !c.is_whitespace() && !is_punct(c)).parse(i)
    }

    /// `"…"` or `'…'` (the latter only to say it should be double quotes).
    /// Returns the quote and the text between the quotes; `Err` with the
    /// position of the opening quote when the string is not closed.
    pub fn string(i: &str) -> Result<(&str, char, &str), Miss<'_>> {
        let q = match i.chars().next() {
            Some(q @ ('"' | '\'')) => q,
            _ => return Err(Miss { at: i }),
        };
        let body = &i[1..];
        match body.find(q) {
            Some(n) => Ok((&body[n + 1..], q, &body[..n])),
            None => Err(Miss { at: i }),
        }
    }

    /// The operator after a field. SQL spellings (`==`, `<>`, `like`,
    /// `between`) are read so that the parser can name the bienmau one.
    pub fn op(i: &str) -> Lexed<'_, Sym> {
        alt((
            value(Sym::Op(Op::Ne), tag("!=")),
            value(Sym::Sql("<>", Op::Ne), tag("<>")),
            value(Sym::Op(Op::Le), tag("<=")),
            value(Sym::Op(Op::Ge), tag(">=")),
            value(Sym::Sql("==", Op::Eq), tag("==")),
            value(Sym::Op(Op::Eq), tag("=")),
            value(Sym::Op(Op::Lt), tag("<")),
            value(Sym::Op(Op::Gt), tag(">")),
            value(Sym::Op(Op::Contains), tag("~")),
            value(
                Sym::Op(Op::NotIn),
                (
                    keyword("not"),
                    take_while(char::is_whitespace),
                    keyword("in"),
                ),
            ),
            value(Sym::Op(Op::In), keyword("in")),
            value(Sym::Op(Op::Within), keyword("within")),
            value(Sym::Sql("like", Op::Contains), keyword("like")),
            value(Sym::Between, keyword("between")),
        ))
        .parse(i)
    }

    /// Whether an operator starts here (without reading it).
    pub fn at_op(i: &str) -> bool {
        peek(op).parse(i).is_ok()
    }

    /// What [`op`] read.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Sym {
        Op(Op),
        /// An SQL spelling and the operator it means.
        Sql(&'static str, Op),
        Between,
    }

    /// A count: `limit 10`.
    pub fn count(i: &str) -> Lexed<'_, &str> {
        terminated(
            take_while1(|c: char| c.is_ascii_digit()),
            not(take_while1(is_word_char)),
        )
        .parse(i)
    }
}

use lex::{ws, Sym};

/// What the grammar accepts where the text ends: the REPL completes from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expect {
    Statement,
    /// A metric after `show`/`compare`/… or after `,`.
    Metric,
    /// The clauses that may still come: `where`, `order by`, `limit`,
    /// `top`.
    Clauses(Vec<&'static str>),
    /// A condition's field (after `where` or `and`, or between conditions).
    Field,
    /// An operator after `field`.
    Operator,
    /// A value of `field`, starting at byte `start` (the value typed so far,
    /// possibly an opening quote, runs from `start` to the end).
    Value {
        field: String,
        start: usize,
    },
    OrderField,
    /// `asc`/`desc` after `order by FIELD`.
    Direction,
    ListTarget,
    SetName,
    SetValue(String),
    HelpTopic,
    FactId,
    ExplainTerm,
}

/// One statement read: its tree (absent when the text does not even start
/// like a statement) and the syntax errors, with what the grammar expected
/// where the text ends.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub statement: Option<Statement>,
    pub errors: Vec<QueryError>,
    /// The only error is at the end of the text, at a point where more text
    /// can complete the statement (open quote or parenthesis, trailing
    /// `where`, `and`, `,` or operator).
    pub incomplete: bool,
    /// Everything the grammar would accept at the end of the text (after
    /// `gate=mong cai` more of the name, another condition, or a clause).
    pub expect: Vec<Expect>,
}

/// Splits `source` into statements and parses each. Spans are into
/// `source`.
pub fn parse_source(source: &str) -> Vec<(Span, Parsed)> {
    statement_spans(source)
        .into_iter()
        .map(|s| (s, parse_statement(source, s)))
        .collect()
}

/// Parses the statement at `span` of `source`.
pub fn parse_statement(source: &str, span: Span) -> Parsed {
    let mut p = Parser {
        src: source,
        errors: Vec::new(),
        continuable: Vec::new(),
        expect: Vec::new(),
        end: span.end,
    };
    let text = &source[span.start..span.end];
    let statement = p.statement(text);
    let incomplete = p.errors.len() == 1 && p.continuable.first() == Some(&true);
    Parsed {
        statement,
        errors: p.errors,
        incomplete,
        expect: p.expect,
    }
}

/// The statements of `source`: separated by `;` or newlines, a newline
/// continuing a statement that is incomplete. Comments and blank lines are
/// left out; a span starts at the first token and ends after the last one.
///
/// A string may run over lines (the REPL continues an open quote), but a
/// statement whose string runs over a line and that then does not parse is
/// cut at the end of the line where that string opened: a missing quote in
/// a script costs one statement, not the ones after it.
pub fn statement_spans(source: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut from = 0;
    while from < source.len() {
        from = split_from(source, from, &mut out);
    }
    out
}

/// Splits from `from` to the end, or up to the end of a line where a string
/// opened that spoils its statement; returns where to go on.
fn split_from(source: &str, from: usize, out: &mut Vec<Span>) -> usize {
    let bytes = source.as_bytes();
    // The first and last byte (exclusive) of the statement's tokens so far.
    let mut code: Option<(usize, usize)> = None;
    let mut quote: Option<(u8, usize)> = None;
    // The opening quote of the first string of this statement that ran
    // past the end of its line.
    let mut spanning: Option<usize> = None;
    let mut i = from;
    let extend = |code: Option<(usize, usize)>, at: usize, end: usize| {
        Some((code.map_or(at, |(a, _)| a), end))
    };
    // Ends the statement in `code`; `Err(restart)` when it is cut short.
    let mut close = |code: &mut Option<(usize, usize)>, spanning: &mut Option<usize>| {
        let Some((a, b)) = code.take() else {
            return Ok(());
        };
        if let Some(open) = spanning.take() {
            if !parse_statement(source, Span::new(a, b)).errors.is_empty() {
                let nl = open + source[open..].find('\n').unwrap_or(source.len() - open);
                out.push(Span::new(a, source[..nl].trim_end().len().max(a)));
                return Err(nl + 1);
            }
        }
        out.push(Span::new(a, b));
        Ok(())
    };
    while i < bytes.len() {
        let b = bytes[i];
        if let Some((q, open)) = quote {
            if b == q {
                quote = None;
                code = extend(code, i, i + 1);
            } else if b == b'\n' && spanning.is_none() {
                spanning = Some(open);
            }
            i += 1;
            continue;
        }
        match b {
            // An apostrophe inside a word (`don't`) opens no string.
            b'\'' if i > 0 && source[..i].ends_with(lex::is_word_char) => {
                code = extend(code, i, i + 1);
            }
            b'"' | b'\'' => {
                quote = Some((b, i));
                code = extend(code, i, i + 1);
            }
            b'-' if bytes.get(i + 1) == Some(&b'-') => {
                i = source[i..].find('\n').map_or(bytes.len(), |n| i + n);
                continue;
            }
            b';' => {
                if let Err(restart) = close(&mut code, &mut spanning) {
                    return restart;
                }
            }
            b'\n' => {
                let ends =
                    code.is_some_and(|(a, b)| !parse_statement(source, Span::new(a, b)).incomplete);
                if ends {
                    if let Err(restart) = close(&mut code, &mut spanning) {
                        return restart;
                    }
                }
            }
            b if b.is_ascii_whitespace() => {}
            // Continuation bytes of a multi-byte character come here too, so
            // a span always ends on a character boundary.
            _ => code = extend(code, i, i + 1),
        }
        i += 1;
    }
    if let Some((_, open)) = quote {
        if spanning.is_none() && source[open..].contains('\n') {
            spanning = Some(open);
        }
        code = extend(code, open, source.len());
    }
    match close(&mut code, &mut spanning) {
        Err(restart) => restart,
        Ok(()) => source.len(),
    }
}

/// The structural parser of one statement.
struct Parser<'a> {
    src: &'a str,
    errors: Vec<QueryError>,
    /// For each error: whether it is at the end and more text could fix it.
    continuable: Vec<bool>,
    expect: Vec<Expect>,
    /// Where the statement's text ends, in the source.
    end: usize,
}

impl<'a> Parser<'a> {
    /// Byte offset of `rest` in the source.
    fn off(&self, rest: &str) -> usize {
        rest.as_ptr() as usize - self.src.as_ptr() as usize
    }

    fn span(&self, from: &str, len: usize) -> Span {
        let a = self.off(from);
        Span::new(a, a + len)
    }

    /// The span from the start of `from` to the start of `rest`.
    fn between(&self, from: &str, rest: &str) -> Span {
        Span::new(self.off(from), self.off(rest))
    }

    fn word_at(&self, text: &'a str) -> Word {
        Word {
            text: text.to_string(),
            span: self.span(text, text.len()),
        }
    }

    /// Notes what the grammar accepts at `i`, if `i` is the end.
    fn expect_at(&mut self, i: &str, e: Expect) {
        // Once an error is found at the end (or a string runs to it), what
        // was expected there stays.
        let stopped_at_end = self.continuable.contains(&true)
            || self.errors.iter().any(|e| e.span().start >= self.end);
        if ws(i).is_empty() && !stopped_at_end && !self.expect.contains(&e) {
            self.expect.push(e);
        }
    }

    /// Records an error at the token starting at `i` (or at the end).
    /// `continuable`: more text at the end could fix it.
    fn error(&mut self, i: &'a str, message: String, label: &str, continuable: bool) {
        let i = ws(i);
        let len = token_len(i);
        let e = QueryError::syntax(self.span(i, len), message, label);
        self.push(e, continuable && i.is_empty());
    }

    /// Gives the last recorded error a help text.
    fn help(&mut self, text: impl Into<String>) {
        if let Some(e) = self.errors.pop() {
            self.errors.push(e.with_help(text));
        }
    }

    fn push(&mut self, e: QueryError, continuable: bool) {
        self.errors.push(e);
        self.continuable.push(continuable);
    }

    fn statement(&mut self, text: &'a str) -> Option<Statement> {
        let i = ws(text);
        self.expect_at(i, Expect::Statement);
        let Ok((rest, w)) = lex::word(i) else {
            let found = describe(i);
            self.error(
                i,
                format!("expected a statement, found {found}"),
                "not a statement",
                false,
            );
            self.help(STATEMENTS);
            return None;
        };
        let head = self.word_at(w);
        let kind = match w.to_ascii_lowercase().as_str() {
            "show" => self.query(Verb::Show, head.span, rest),
            "compare" => self.query(Verb::Compare, head.span, rest),
            "rank" => self.query(Verb::Rank, head.span, rest),
            "trend" => self.query(Verb::Trend, head.span, rest),
            "check" => self.query(Verb::Check, head.span, rest),
            "source" => self.source(rest),
            "list" => self
                .one_word(
                    rest,
                    Expect::ListTarget,
                    "what to list: metrics, places, periods, docs or commodities",
                )
                .map(StatementKind::List),
            "explain" => self.explain(rest),
            "help" => Some(self.help_statement(rest)),
            "set" => self.set(rest),
            "select" => {
                self.push(
                    QueryError::sql(
                        head.span,
                        "bienmau has no SELECT",
                        "start with what you want to see: `show kim_ngach where gate=\"Móng Cái\"`, \
                         `compare …`, `rank …`, `trend …`",
                    ),
                    false,
                );
                None
            }
            _ => {
                let e = QueryError::unknown(
                    NameKind::Statement,
                    w,
                    head.span,
                    crate::query::ast::STATEMENT_KEYWORDS,
                );
                self.push(e, false);
                None
            }
        }?;
        let end = text.trim_end();
        Some(Statement {
            kind,
            span: Span::new(self.off(i), self.off(end) + end.len()),
        })
    }

    /// Reports anything left after a complete statement.
    fn finish(&mut self, rest: &'a str) {
        let rest = ws(rest);
        if !rest.is_empty() {
            let found = describe(rest);
            self.error(
                rest,
                format!("unexpected {found} after the end of the statement"),
                "unexpected",
                false,
            );
            self.help("statements are separated by `;` or a new line");
        }
    }

    fn one_word(&mut self, rest: &'a str, e: Expect, what: &str) -> Option<Word> {
        let i = ws(rest);
        self.expect_at(i, e);
        match lex::word(i) {
            Ok((rest, w)) => {
                let w = self.word_at(w);
                self.finish(rest);
                Some(w)
            }
            Err(_) => {
                let found = describe(i);
                self.error(
                    i,
                    format!("expected {what}, found {found}"),
                    "expected here",
                    false,
                );
                None
            }
        }
    }

    fn source(&mut self, rest: &'a str) -> Option<StatementKind> {
        let i = ws(rest);
        self.expect_at(i, Expect::FactId);
        match lex::atom(i) {
            Ok((rest, id)) => {
                let w = self.word_at(id);
                self.finish(rest);
                Some(StatementKind::Source(w))
            }
            Err(_) => {
                let found = describe(i);
                self.error(
                    i,
                    format!("expected a fact id such as `000:17`, found {found}"),
                    "expected a fact id",
                    false,
                );
                None
            }
        }
    }

    /// `explain TERM`: a quoted phrase, or every word up to the end of the
    /// statement (`explain so với cùng kỳ`), spaces collapsed.
    fn explain(&mut self, rest: &'a str) -> Option<StatementKind> {
        let i = ws(rest);
        self.expect_at(i, Expect::ExplainTerm);
        if i.starts_with(['"', '\'']) {
            let v = self.string(i, "explain")?;
            let (v, rest) = v;
            self.finish(rest);
            let ValueKind::Str(text) = v.kind else {
                return None;
            };
            return Some(StatementKind::Explain(Word { text, span: v.span }));
        }
        let body = i.trim_end();
        if body.is_empty() {
            self.error(
                i,
                "expected a term to explain, such as `kim_ngach` or \"so với cùng kỳ\"".into(),
                "expected a term",
                false,
            );
            return None;
        }
        let text = body.split_whitespace().collect::<Vec<_>>().join(" ");
        Some(StatementKind::Explain(Word {
            text,
            span: self.span(body, body.len()),
        }))
    }

    fn help_statement(&mut self, rest: &'a str) -> StatementKind {
        let i = ws(rest);
        self.expect_at(i, Expect::HelpTopic);
        if i.is_empty() {
            return StatementKind::Help(None);
        }
        match lex::word(i) {
            Ok((rest, w)) => {
                let w = self.word_at(w);
                self.finish(rest);
                StatementKind::Help(Some(w))
            }
            Err(_) => {
                self.finish(i);
                StatementKind::Help(None)
            }
        }
    }

    fn set(&mut self, rest: &'a str) -> Option<StatementKind> {
        let i = ws(rest);
        self.expect_at(i, Expect::SetName);
        let Ok((rest, name)) = lex::word(i) else {
            let found = describe(i);
            self.error(
                i,
                format!("expected `format` or `numbers` after `set`, found {found}"),
                "expected a setting",
                false,
            );
            return None;
        };
        let name = self.word_at(name);
        let value = self.one_word(
            rest,
            Expect::SetValue(name.text.to_ascii_lowercase()),
            "the setting's value (`set format table|csv|json|markdown`, `set numbers vi|en`)",
        )?;
        Some(StatementKind::Set { name, value })
    }

    fn query(&mut self, verb: Verb, verb_span: Span, rest: &'a str) -> Option<StatementKind> {
        let mut q = Query {
            verb,
            verb_span,
            metrics: Vec::new(),
            conditions: Vec::new(),
            order: None,
            limit: None,
            top: None,
        };
        let mut i = rest;
        if verb != Verb::Check {
            i = self.metrics(verb, i, &mut q.metrics);
            if q.metrics.is_empty() && ws(i).is_empty() {
                return Some(StatementKind::Query(q));
            }
        }
        let mut seen_where = false;
        loop {
            i = ws(i);
            let mut next: Vec<&'static str> = Vec::new();
            if !seen_where && q.order.is_none() && q.limit.is_none() && q.top.is_none() {
                next.push("where");
            }
            if verb == Verb::Show && q.order.is_none() && q.limit.is_none() {
                next.push("order by");
            }
            if verb == Verb::Show && q.limit.is_none() {
                next.push("limit");
            }
            if verb == Verb::Rank && q.top.is_none() {
                next.push("top");
            }
            if !next.is_empty() {
                self.expect_at(i, Expect::Clauses(next));
            }
            if i.is_empty() {
                break;
            }
            // Clauses come in the order where, order by, limit/top, once each.
            let rank = |q: &Query, seen_where: bool| {
                if q.limit.is_some() || q.top.is_some() {
                    3
                } else if q.order.is_some() {
                    2
                } else {
                    usize::from(seen_where)
                }
            };
            let reached = rank(&q, seen_where);
            if let Ok((rest, kw)) = lex::keyword("where")(i) {
                if seen_where {
                    self.error(i, "a second `where`".into(), "already filtered", false);
                    self.help("write all conditions after one `where`");
                } else if reached > 1 {
                    self.out_of_order(i, kw);
                }
                seen_where = true;
                i = self.conditions(rest, &mut q.conditions);
            } else if let Ok((rest, kw)) = lex::keyword("order")(i) {
                if reached > 1 {
                    self.out_of_order(i, kw);
                }
                i = self.order_by(i, rest, &mut q.order);
            } else if let Ok((rest, kw)) =
                lex::keyword("limit")(i).or_else(|_| lex::keyword("top")(i))
            {
                if reached > 2 {
                    self.out_of_order(i, kw);
                }
                let n = self.count(rest, kw);
                let slot = if kw.eq_ignore_ascii_case("top") {
                    &mut q.top
                } else {
                    &mut q.limit
                };
                match n {
                    Some((c, rest)) => {
                        *slot = Some(c);
                        i = rest;
                    }
                    None => break,
                }
            } else if let Ok((_, kw)) = lex::keyword("from")(i) {
                let span = self.span(i, kw.len());
                self.push(
                    QueryError::sql(
                        span,
                        "bienmau has no FROM",
                        "every statement reads the one fact store; filter it with `where`, e.g. \
                         `where doc=000_327b1d61fb5717e2`",
                    ),
                    false,
                );
                break;
            } else {
                let found = describe(i);
                let clauses = match verb {
                    Verb::Show => "`where`, `order by` or `limit`",
                    Verb::Rank => "`where` or `top`",
                    _ => "`where`",
                };
                self.error(
                    i,
                    format!("expected {clauses}, found {found}"),
                    "unexpected",
                    false,
                );
                if at_condition(i) {
                    self.help("conditions come after `where`");
                } else if verb == Verb::Check {
                    self.help("`check` takes no metric: it checks every fact, or those `where …`");
                }
                break;
            }
        }
        Some(StatementKind::Query(q))
    }

    /// A clause written after one that must follow it, or twice.
    fn out_of_order(&mut self, i: &'a str, kw: &str) {
        self.error(
            i,
            format!("`{}` out of place", kw.to_ascii_lowercase()),
            "out of place",
            false,
        );
        self.help("clauses come in this order, each once: `where …`, `order by …`, `limit N` (or `top N`)");
    }

    /// The metric list: one or more names separated by commas.
    fn metrics(&mut self, verb: Verb, rest: &'a str, out: &mut Vec<Word>) -> &'a str {
        let mut i = ws(rest);
        self.expect_at(i, Expect::Metric);
        loop {
            match lex::word(i) {
                Ok((_, w)) if out.is_empty() && is_clause(w) => {
                    self.error(
                        i,
                        format!("expected a metric after `{}`", verb.as_str()),
                        "expected a metric",
                        false,
                    );
                    self.help("`list metrics` names them; e.g. `show kim_ngach where …`");
                    return i;
                }
                Ok((rest, w)) => {
                    out.push(self.word_at(w));
                    i = rest;
                }
                Err(_) => {
                    let (msg, cont) = if out.is_empty() {
                        (
                            format!("expected a metric after `{}`", verb.as_str()),
                            false,
                        )
                    } else {
                        ("expected a metric after `,`".to_string(), true)
                    };
                    self.error(i, msg, "expected a metric", cont);
                    self.help("`list metrics` names them");
                    return i;
                }
            }
            let j = ws(i);
            match j.strip_prefix(',') {
                Some(rest) => {
                    i = ws(rest);
                    self.expect_at(i, Expect::Metric);
                }
                None => return i,
            }
        }
    }

    /// `order by FIELD [asc|desc]`.
    fn order_by(&mut self, order: &'a str, rest: &'a str, out: &mut Option<OrderBy>) -> &'a str {
        let i = ws(rest);
        self.expect_at(i, Expect::Clauses(vec!["by"]));
        let Ok((i, _)) = lex::keyword("by")(i) else {
            self.error(
                i,
                "expected `by` after `order`".into(),
                "expected `by`",
                true,
            );
            return "";
        };
        let i = ws(i);
        self.expect_at(i, Expect::OrderField);
        let Ok((rest, f)) = lex::word(i) else {
            let found = describe(i);
            self.error(
                i,
                format!("expected a field to order by (value, period, place, change, id), found {found}"),
                "expected a field",
                true,
            );
            return "";
        };
        let field = self.word_at(f);
        let j = ws(rest);
        self.expect_at(j, Expect::Direction);
        let (direction, rest) = match lex::keyword("asc")(j).or_else(|_| lex::keyword("desc")(j)) {
            Ok((rest, d)) => (Some(self.word_at(d)), rest),
            Err(_) => (None, rest),
        };
        let span = self.between(order, rest);
        *out = Some(OrderBy {
            field,
            direction,
            span,
        });
        rest
    }

    fn count(&mut self, rest: &'a str, kw: &str) -> Option<(Count, &'a str)> {
        let i = ws(rest);
        match lex::count(i) {
            Ok((rest, n)) => match n.parse::<usize>() {
                Ok(n) => Some((
                    Count {
                        n,
                        span: self.between(i, rest),
                    },
                    rest,
                )),
                Err(_) => {
                    self.error(
                        i,
                        format!("`{n}` is too large for `{kw}`"),
                        "too large",
                        false,
                    );
                    None
                }
            },
            Err(_) => {
                let found = describe(i);
                self.error(
                    i,
                    format!(
                        "expected a whole number after `{}`, found {found}",
                        kw.to_ascii_lowercase()
                    ),
                    "expected a number",
                    true,
                );
                None
            }
        }
    }

    /// Conditions after `where`, up to a clause keyword or the end. A
    /// condition that does not parse is reported and skipped up to the next
    /// `field op`, so the others are still read.
    fn conditions(&mut self, rest: &'a str, out: &mut Vec<Condition>) -> &'a str {
        let mut i = ws(rest);
        self.expect_at(i, Expect::Field);
        if i.is_empty() || at_clause_end(i) {
            self.error(
                i,
                "expected a condition after `where`".into(),
                "expected a condition",
                true,
            );
            self.help("e.g. `where gate=\"Móng Cái\" period=H1 2025`");
            return i;
        }
        loop {
            i = ws(i);
            self.expect_at(i, Expect::Field);
            if i.is_empty() || at_clause_end(i) {
                return i;
            }
            if let Ok((rest, _)) = lex::keyword("and")(i) {
                let j = ws(rest);
                self.expect_at(j, Expect::Field);
                if j.is_empty() || at_clause_end(j) {
                    self.error(
                        j,
                        "expected a condition after `and`".into(),
                        "expected a condition",
                        true,
                    );
                    return j;
                }
                i = j;
                continue;
            }
            if let Ok((rest, kw)) = lex::keyword("or")(i) {
                let span = self.span(i, kw.len());
                self.push(
                    QueryError::sql(
                        span,
                        "bienmau has no OR: every condition must hold",
                        "to accept several values write `field in (a, b)`, e.g. \
                         `gate in (\"Móng Cái\", \"Hữu Nghị\")`",
                    ),
                    false,
                );
                i = rest;
                continue;
            }
            match self.condition(i) {
                Ok((c, rest)) => {
                    out.push(c);
                    i = rest;
                }
                Err(rest) => i = skip_to_condition(rest),
            }
        }
    }

    /// One condition; on error (already recorded) returns where it stopped.
    fn condition(&mut self, i: &'a str) -> Result<(Condition, &'a str), &'a str> {
        let Ok((rest, f)) = lex::word(i) else {
            let found = describe(i);
            self.error(
                i,
                format!("expected a condition such as `gate=\"Móng Cái\"`, found {found}"),
                "expected a field",
                false,
            );
            let len = token_len(i).max(1);
            return Err(&i[len.min(i.len())..]);
        };
        let field = self.word_at(f);
        let j = ws(rest);
        self.expect_at(j, Expect::Operator);
        let (op, op_span, rest) = match lex::op(j) {
            Ok((rest, sym)) => {
                let op_span = self.between(j, rest);
                match sym {
                    Sym::Op(op) => (op, op_span, rest),
                    Sym::Sql(written, op) => {
                        self.push(
                            QueryError::sql(
                                op_span,
                                format!("`{written}` is not a bienmau operator"),
                                format!("write `{}`", op.as_str()),
                            ),
                            false,
                        );
                        (op, op_span, rest)
                    }
                    Sym::Between => {
                        self.push(
                            QueryError::sql(
                                op_span,
                                "bienmau has no BETWEEN",
                                format!(
                                    "write two conditions, `{f} >= LOW {f} <= HIGH`; for periods \
                                     a series `period=H1 2024..2025` or `period within 2025`"
                                ),
                            ),
                            false,
                        );
                        // Skip `LOW and HIGH` so that `and` is not read as a joiner.
                        let rest = match self.value(rest, f, Op::Ge) {
                            Ok((_, rest)) => rest,
                            Err(rest) => return Err(rest),
                        };
                        return match lex::keyword("and")(ws(rest)) {
                            Ok((rest, _)) => {
                                Err(self.value(rest, f, Op::Le).map_or_else(|r| r, |(_, r)| r))
                            }
                            Err(_) => Err(rest),
                        };
                    }
                }
            }
            Err(_) => {
                let found = describe(j);
                self.error(
                    j,
                    format!(
                        "expected an operator after `{f}` (=, !=, <, <=, >, >=, ~, in, within), \
                         found {found}"
                    ),
                    "expected an operator",
                    false,
                );
                if !j.is_empty() {
                    self.help(format!("e.g. `{f}=…`; multi-word values need no quotes"));
                }
                return Err(j);
            }
        };
        let field_text = field.text.clone();
        let operand = match op {
            Op::In | Op::NotIn => self.list(rest, &field_text)?,
            _ => {
                let (v, rest) = self.value(rest, &field_text, op)?;
                (Operand::One(v), rest)
            }
        };
        let (operand, rest) = operand;
        let span = Span::new(field.span.start, operand.span().end);
        Ok((
            Condition {
                field,
                op,
                op_span,
                operand,
                span,
            },
            rest,
        ))
    }

    /// `( value, value, … )`.
    fn list(&mut self, rest: &'a str, field: &str) -> Result<(Operand, &'a str), &'a str> {
        let open = ws(rest);
        self.expect_at(
            open,
            Expect::Value {
                field: field.to_string(),
                start: self.off(open),
            },
        );
        let Some(mut i) = open.strip_prefix('(') else {
            let found = describe(open);
            self.error(
                open,
                format!("expected `(` after `in`, found {found}"),
                "expected `(`",
                true,
            );
            self.help("e.g. `gate in (\"Móng Cái\", \"Hữu Nghị\")`");
            return Err(open);
        };
        let mut values = Vec::new();
        loop {
            i = ws(i);
            if let Some(rest) = i.strip_prefix(')') {
                if values.is_empty() {
                    self.error(i, "empty list".into(), "nothing in the list", false);
                    return Err(rest);
                }
                return Ok((Operand::List(values, self.between(open, rest)), rest));
            }
            if i.is_empty() {
                self.error(i, "unclosed `(`".into(), "expected `)`", true);
                return Err(i);
            }
            let (v, rest) = self.value(i, field, Op::In)?;
            values.push(v);
            let j = ws(rest);
            if let Some(rest) = j.strip_prefix(',') {
                i = rest;
                let k = ws(i);
                self.expect_at(
                    k,
                    Expect::Value {
                        field: field.to_string(),
                        start: self.off(k),
                    },
                );
            } else if !j.starts_with(')') {
                if j.is_empty() {
                    self.error(j, "unclosed `(`".into(), "expected `)`", true);
                    return Err(j);
                }
                let found = describe(j);
                self.error(
                    j,
                    format!("expected `,` or `)`, found {found}"),
                    "expected `,` or `)`",
                    false,
                );
                return Err(skip_past_paren(j));
            } else {
                i = j;
            }
        }
    }

    /// A string, or the bare words up to the next condition or clause,
    /// possibly a range `A..B`.
    fn value(&mut self, rest: &'a str, field: &str, op: Op) -> Result<(Value, &'a str), &'a str> {
        let i = ws(rest);
        self.expect_at(
            i,
            Expect::Value {
                field: field.to_string(),
                start: self.off(i),
            },
        );
        if i.starts_with(['"', '\'']) {
            return self.string(i, field).ok_or(i);
        }
        let start = i;
        let mut end = i;
        let mut j = i;
        loop {
            let k = ws(j);
            let Ok((after, a)) = lex::atom(k) else { break };
            let stop = is_clause(a)
                || (lex::word(a).is_ok_and(|(r, _)| r.is_empty()) && lex::at_op(ws(after)));
            if stop {
                break;
            }
            end = after;
            j = after;
            // A value runs on while more atoms follow; say so at the end.
            self.expect_at(
                j,
                Expect::Value {
                    field: field.to_string(),
                    start: self.off(start),
                },
            );
        }
        if self.off(end) == self.off(start) {
            let found = describe(start);
            self.error(
                start,
                format!(
                    "expected a value after `{field} {}`, found {found}",
                    op.as_str()
                ),
                "expected a value",
                true,
            );
            return Err(start);
        }
        let text = &start[..self.off(end) - self.off(start)];
        let span = self.span(start, text.len());
        let v = match text.find("..") {
            None => Value {
                kind: ValueKind::Bare(text.to_string()),
                span,
            },
            Some(n) => {
                let (lo, hi) = (&text[..n], &text[n + 2..]);
                let (lo_t, hi_t) = (lo.trim(), hi.trim());
                if lo_t.is_empty() || hi_t.is_empty() {
                    let at = if lo_t.is_empty() { lo } else { &text[n..] };
                    self.error(
                        at,
                        "a range needs both ends, as in `H1 2024..2025` or `Q1 2024..Q4 2024`"
                            .into(),
                        "missing end",
                        false,
                    );
                    return Err(end);
                }
                let lo_s = self.span(lo.trim_start(), lo_t.len());
                let hi_s = self.span(&hi[hi.len() - hi.trim_start().len()..], hi_t.len());
                Value {
                    kind: ValueKind::Range(
                        Box::new(Value {
                            kind: ValueKind::Bare(lo_t.to_string()),
                            span: lo_s,
                        }),
                        Box::new(Value {
                            kind: ValueKind::Bare(hi_t.to_string()),
                            span: hi_s,
                        }),
                    ),
                    span,
                }
            }
        };
        Ok((v, end))
    }

    /// A quoted string at `i` (which starts with a quote).
    fn string(&mut self, i: &'a str, field: &str) -> Option<(Value, &'a str)> {
        match lex::string(i) {
            Ok((rest, q, body)) => {
                let span = self.between(i, rest);
                if q == '\'' {
                    self.push(
                        QueryError::sql(
                            span,
                            "strings take double quotes",
                            format!("write \"{body}\""),
                        ),
                        false,
                    );
                }
                Some((
                    Value {
                        kind: ValueKind::Str(body.to_string()),
                        span,
                    },
                    rest,
                ))
            }
            Err(_) => {
                self.expect = vec![Expect::Value {
                    field: field.to_string(),
                    start: self.off(i),
                }];
                let span = self.span(i, i.trim_end().len());
                self.push(
                    QueryError::syntax(span, "unclosed string", "this quote is never closed")
                        .with_help("close it with a matching `\"`"),
                    true,
                );
                None
            }
        }
    }
}

/// Whether `w` is a clause keyword (`where`, `and`, `order`, …).
fn is_clause(w: &str) -> bool {
    CLAUSE_WORDS.iter().any(|k| k.eq_ignore_ascii_case(w))
}

/// Whether `i` starts with a keyword that ends a condition list.
fn at_clause_end(i: &str) -> bool {
    ["order", "limit", "top", "where"]
        .iter()
        .any(|k| lex::keyword(k)(i).is_ok())
}

/// Whether `i` starts a new condition: `word op`.
fn at_condition(i: &str) -> bool {
    match lex::word(i) {
        Ok((rest, w)) => {
            !OP_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w)) && lex::at_op(ws(rest))
        }
        Err(_) => false,
    }
}

/// Skips the rest of a broken condition: up to the next `field op`, `and`,
/// clause keyword or the end.
fn skip_to_condition(mut i: &str) -> &str {
    loop {
        i = ws(i);
        if i.is_empty()
            || at_clause_end(i)
            || at_condition(i)
            || lex::keyword("and")(i).is_ok()
            || lex::keyword("or")(i).is_ok()
        {
            return i;
        }
        let n = token_len(i).max(1);
        i = &i[n.min(i.len())..];
    }
}

/// Skips past the `)` that closes a list (or to the end).
fn skip_past_paren(i: &str) -> &str {
    match i.find(')') {
        Some(n) => &i[n + 1..],
        None => "",
    }
}

/// Length of the token at the start of `i`: a string, an atom, or one
/// character.
fn token_len(i: &str) -> usize {
    if let Ok((rest, _, _)) = lex::string(i) {
        return i.len() - rest.len();
    }
    if let Ok((rest, _)) = lex::atom(i) {
        return i.len() - rest.len();
    }
    i.chars().next().map_or(0, char::len_utf8)
}

/// How an error message names what it found.
fn describe(i: &str) -> String {
    let i = ws(i);
    if i.is_empty() {
        return "the end of the statement".into();
    }
    let n = token_len(i);
    format!("`{}`", &i[..n])
}

#[cfg(test)]
mod tests {
    use super::lex::{self, Sym};
    use super::*;

    #[test]
    fn words_take_letters_of_any_script_and_their_marks() {
        assert_eq!(lex::word("Móng Cái"), Ok((" Cái", "Móng")));
        let nfd = "Mo\u{301}ng x";
        assert_eq!(lex::word(nfd), Ok((" x", "Mo\u{301}ng")));
        assert!(lex::word("=x").is_err());
    }

    #[test]
    fn atoms_stop_at_punctuation_and_keep_dots() {
        assert_eq!(lex::atom("2024..2025 x"), Ok((" x", "2024..2025")));
        assert_eq!(lex::atom("000:17;"), Ok((";", "000:17")));
        assert_eq!(lex::atom("1,5"), Ok((",5", "1")));
    }

    #[test]
    fn operators_read_sql_spellings_for_the_hint() {
        assert_eq!(lex::op("<= 3"), Ok((" 3", Sym::Op(Op::Le))));
        assert_eq!(lex::op("NOT  IN ("), Ok((" (", Sym::Op(Op::NotIn))));
        assert_eq!(lex::op("<>x"), Ok(("x", Sym::Sql("<>", Op::Ne))));
        assert_eq!(lex::op("between 1"), Ok((" 1", Sym::Between)));
        // A word that only starts like an operator is not one.
        assert!(lex::op("inside").is_err());
    }

    #[test]
    fn comments_are_whitespace() {
        assert_eq!(lex::ws("  -- note\n  -- more\n show"), "show");
        assert_eq!(lex::ws("-- only"), "");
    }

    #[test]
    fn expectations_at_the_end_follow_the_grammar() {
        let expect = |t: &str| parse_statement(t, Span::new(0, t.len())).expect;
        assert_eq!(expect(""), [Expect::Statement]);
        assert_eq!(expect("show "), [Expect::Metric]);
        assert_eq!(expect("show kim_ngach where gate "), [Expect::Operator]);
        assert_eq!(
            expect("rank trade where period=H1 2025 "),
            [
                Expect::Value {
                    field: "period".into(),
                    start: 24
                },
                Expect::Field,
                Expect::Clauses(vec!["top"]),
            ]
        );
    }
}
