//! `help [STATEMENT]`: what each statement does, with an example that runs
//! over the sample corpus, and how figures are written on screen.

use super::{src, EvalError, TextAnswer};
use crate::model::Span;
use crate::text::fold;

/// One help page: the statement keyword and its text.
struct Page {
    topic: &'static str,
    text: &'static str,
}

const OVERVIEW: &str = "\
Statements (one per line, or separated by `;`; `--` starts a comment):
  show METRIC[, METRIC…] [where COND…] [order by FIELD [asc|desc]] [limit N]
  compare METRIC where … period=P1..P2      (or period in (P1, P2, …))
  rank METRIC where period=P [top N]
  trend METRIC where place=…
  check [where …]
  source ID
  list metrics|places|periods|docs|commodities
  explain TERM
  help [STATEMENT]
  set format table|csv|json|markdown
  set numbers vi|en
Example: compare kim_ngach where gate=\"Móng Cái\" period=H1 2024..2025

\
Conditions: FIELD OP VALUE, joined by whitespace or `and`.
Fields: place (gate), province, period, year, metric, flow, scope, commodity, doc, kind,
unit, value, change. Operators: = != < <= > >= in (…) and ~ (contains, ignoring case and
diacritics). Names match without diacritics: gate=mong cai is gate=\"Móng Cái\".
Periods: H1 2025, Q3 2024, 2023, 9M 2025, 2025-08, 2025-01-01..2025-03-15, or a quoted
Vietnamese phrase: period=\"6 tháng đầu năm 2025\". `period within 2025` matches periods
inside 2025. Values: value > 1 tỷ USD, value >= 500 triệu, 1.5bn.

\
How figures are written. Vietnamese style (default): 2,28 tỷ USD, 1.580,5 triệu USD,
156.397 lượt. English style (set numbers en): 2.28 billion USD, 1,580.5 million USD,
156,397 lượt; unit words other than money (lượt, tấn, xe/ngày) stay Vietnamese.
Qualifiers are written before the number and kept through every computation:
  >1,70 tỷ    over: at least this (hơn, trên, vượt)
  <~2,0 tỷ    nearly: slightly below this (gần)
  ≈1,5 tỷ     about: either side of this (khoảng, xấp xỉ), or computed from such figures
  450–500     a range (từ … đến …)
  ≤           computed: at most this (growth over a `hơn` base)
  ≳ / ≲       computed: at least / at most roughly this
  ?390 triệu  computed from bounds that leave it open both ways (exports over X minus
              imports over Y): the written figures give 390, the truth may lie either side
  (ước)/(est.) after a figure: an estimate went into it
  (derived)   computed from a later figure and its reported change
Percent changes: +34% is a rise, -39% a fall; `bằng 164,2%` is stored as +64,2%.";

const PAGES: &[Page] = &[
    Page {
        topic: "show",
        text: "\
show METRIC[, METRIC…] [where COND…] [order by value|period|place|change|id [asc|desc]] [limit N]
Lists the matching facts: id, place, period, value with its qualifier, unit, the change
the article reported, and the source document. A period that only nearly matches the asked
one (within 7 days, e.g. 1/1–6/7 for H1) is marked `≈` beside the period.
Example: show kim_ngach where place=\"Móng Cái\" order by period",
    },
    Page {
        topic: "compare",
        text: "\
compare METRIC where … period=P1..P2   or   period in (P1, P2, …)
One row per place and series (flow, scope, commodity, unit), one column per period, then
the change we compute between the first and the last period (absolute and %), the change
the article reported with the last figure, and whether the two agree within what the
qualifiers and rounding allow. A period with no fact but a later fact reporting a
year-on-year change shows the implied value value/(1+pct/100), marked `(derived)`.
A missing cell says `missing` and names the nearest periods that have data.
Example: compare kim_ngach where gate=\"Móng Cái\" period=H1 2024..2025",
    },
    Page {
        topic: "rank",
        text: "\
rank METRIC where period=P [top N]
Places by value, with each one's share of the listed total and a bar. Without a flow or
scope condition, ranks totals (flow=total) of all trade through each place (no scope).
Units are never mixed: a rate (xe/ngày) with a count (lượt) is refused; add `unit=…`.
A place inside another listed place (a gate inside a listed city, a member of a listed
joint place `A + B`) is shown but not added to the total again: its row says where it is
counted. Facts that disagree for one place are all shown and the place's value becomes
an interval spanning them (`≈`).
Example: rank kim_ngach where period=H1 2025 top 5",
    },
    Page {
        topic: "trend",
        text: "\
trend METRIC where place=…
One place over time: one row and one bar per period, per series (flow, scope, unit).
Example: trend kim_ngach where place=\"Móng Cái\"",
    },
    Page {
        topic: "check",
        text: "\
check [where …]
Consistency findings, each naming its facts: exports + imports against the total; parts
against the whole (members of a joint place against it, gates against their city); the
change computed from two periods against the change reported; two articles giving
different values for the same place, metric, flow and period.
Example: check where province=\"Quảng Ninh\"",
    },
    Page {
        topic: "source",
        text: "\
source ID
The sentence a fact was read from, with its number highlighted, the document and the
byte span. Ids are shown by `show` (e.g. 000:3).",
    },
    Page {
        topic: "list",
        text: "\
list metrics|places|periods|docs|commodities
What the store holds, with the number of facts for each.",
    },
    Page {
        topic: "explain",
        text: "\
explain TERM
A short explanation of a metric or a term of trade statistics, in English with the
Vietnamese words: explain kim_ngach, explain \"mở tờ khai\", explain yoy, explain \"bằng\",
explain \"xe/ngày\", explain \"ước đạt\", explain \"hơn\", explain \"quá cảnh\" …",
    },
    Page {
        topic: "help",
        text: "\
help                 the statements, the conditions, and how figures are written
help STATEMENT       one statement in detail, e.g. help compare",
    },
    Page {
        topic: "set",
        text: "\
set format table|csv|json|markdown     how answers are printed
set numbers vi|en                      1.580,5 triệu USD (vi) or 1,580.5 million USD (en)",
    },
];

pub(super) fn help(topic: Option<&str>, span: Span) -> Result<TextAnswer, EvalError> {
    let Some(topic) = topic else {
        return Ok(TextAnswer {
            heading: "help".to_string(),
            body: OVERVIEW.to_string(),
        });
    };
    let key = fold(topic);
    PAGES
        .iter()
        .find(|p| p.topic == key)
        .map(|p| TextAnswer {
            heading: format!("help {}", p.topic),
            body: p.text.to_string(),
        })
        .ok_or_else(|| EvalError::UnknownHelp {
            topic: topic.to_string(),
            span: src(span),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::ast::STATEMENT_KEYWORDS;

    #[test]
    fn every_statement_has_a_page_and_every_page_a_statement() {
        for k in STATEMENT_KEYWORDS {
            assert!(help(Some(k), Span::default()).is_ok(), "no help for {k}");
        }
        for p in PAGES {
            assert!(
                STATEMENT_KEYWORDS.contains(&p.topic),
                "{} is unreachable",
                p.topic
            );
        }
    }

    #[test]
    fn the_overview_documents_the_qualifier_signs() {
        let body = help(None, Span::default()).unwrap().body;
        for sign in [
            ">1,70",
            "<~",
            "≈",
            "≤",
            "≳",
            "≲",
            "?390",
            "(ước)",
            "(derived)",
        ] {
            assert!(body.contains(sign), "help does not explain {sign}");
        }
    }
}
