//! Writing extracted facts: JSON Lines exactly as the spec describes (plus
//! the optional `id`, `sentence`, `reporter` and the `quote` that carries
//! provenance), or CSV with the same columns flattened.

use std::io::{self, Write};

use crate::model::{ChangeAmount, Fact};
use crate::store::FactStore;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtractFormat {
    Jsonl,
    Csv,
}

const CSV_COLUMNS: &[&str] = &[
    "id",
    "doc",
    "place",
    "metric",
    "flow",
    "scope",
    "commodity",
    "period_from",
    "period_to",
    "value",
    "high",
    "unit",
    "bound",
    "estimate",
    "change_pct",
    "change_abs",
    "change_vs",
    "plan_pct",
    "kind",
    "span_start",
    "span_end",
    "reporter",
    "sentence",
    "quote",
];

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn csv_row(f: &Fact) -> Vec<String> {
    let (pct, abs) = match f.change.map(|c| c.amount) {
        Some(ChangeAmount::Pct(p)) => (Some(p), None),
        Some(ChangeAmount::Abs(a)) => (None, Some(a)),
        None => (None, None),
    };
    vec![
        f.id.to_string(),
        f.doc.to_string(),
        f.place.name(),
        f.metric.to_string(),
        f.flow.to_string(),
        opt(f.scope),
        opt(f.commodity.as_ref()),
        opt(f.period.map(|p| p.from)),
        opt(f.period.map(|p| p.to)),
        f.value.value.to_string(),
        opt(f.value.high),
        f.unit.to_string(),
        f.value.bound.to_string(),
        f.value.estimate.to_string(),
        opt(pct),
        opt(abs),
        opt(f.change.map(|c| c.vs)),
        opt(f.plan_pct),
        f.kind.to_string(),
        f.span.start.to_string(),
        f.span.end.to_string(),
        opt(f.reporter.as_ref()),
        f.sentence.to_string(),
        opt(f.quote.as_ref().map(|q| q.text.as_ref())),
    ]
}

pub fn write(store: &FactStore, format: ExtractFormat, out: &mut dyn Write) -> io::Result<()> {
    match format {
        ExtractFormat::Jsonl => store.save_jsonl(out),
        ExtractFormat::Csv => {
            let mut header = csv::Writer::from_writer(&mut *out);
            header.write_record(CSV_COLUMNS).map_err(io_error)?;
            header.flush()?;
            drop(header);
            store.write_facts(out, |facts, text| {
                let mut w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(text);
                for f in facts {
                    w.write_record(csv_row(f)).map_err(io_error)?;
                }
                w.flush()
            })
        }
    }
}

/// The I/O error inside a CSV error, so that the caller still sees its
/// kind (a closed pipe is not a failure).
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}
