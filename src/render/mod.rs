//! Answers → text. Each [`Answer`] is first laid out as a [`Page`] (a title,
//! a grid of cells, notes and the documents it cites); the page is then
//! written as a table (comfy-table), CSV (RFC 4180), or Markdown. JSON is the
//! typed answer itself, serialised.
//!
//! Every number shown carries the id of the fact it comes from (`[000:5]`),
//! so `source 000:5` leads to its sentence; the footer names the documents.

mod layout;
pub mod number;

use std::collections::BTreeSet;

use comfy_table::{presets, Attribute, Cell, CellAlignment, ContentArrangement, Table};

use crate::query::checked::{NumberStyle, OutputFormat};
use crate::query::eval::Answer;

/// How to write an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub format: OutputFormat,
    pub numbers: NumberStyle,
    /// Columns a table may take.
    pub width: u16,
    /// ANSI colour and bold (tables and text only).
    pub color: bool,
}

/// Whether a column holds text or numbers (numbers are right-aligned).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A rectangle of cells with a header.
#[derive(Debug, Clone, Default)]
pub struct Grid {
    pub header: Vec<String>,
    pub align: Vec<Align>,
    pub rows: Vec<Vec<String>>,
}

/// An answer laid out, before it is written in a format.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub title: String,
    /// Text before the grid (explanations, a quoted sentence).
    pub text: Option<String>,
    pub grid: Option<Grid>,
    /// Lines after the grid.
    pub notes: Vec<String>,
    /// Document ids of every fact shown.
    pub docs: BTreeSet<String>,
}

/// Writes `answer` to `query`'s question in `style`.
pub fn render(answer: &Answer, query: &str, style: &Style) -> String {
    if style.format == OutputFormat::Json {
        return serde_json::to_string_pretty(answer)
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    }
    let page = layout::page(answer, query.trim(), style);
    match style.format {
        OutputFormat::Table | OutputFormat::Json => table(&page, style),
        OutputFormat::Csv => csv(&page),
        OutputFormat::Markdown => markdown(&page),
    }
}

fn bold(s: &str, style: &Style) -> String {
    if style.color {
        format!("\x1b[1m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

fn sources_line(docs: &BTreeSet<String>) -> Option<String> {
    (!docs.is_empty()).then(|| {
        format!(
            "Sources: {}",
            docs.iter().cloned().collect::<Vec<_>>().join(", ")
        )
    })
}

fn table(page: &Page, style: &Style) -> String {
    let mut out = Vec::new();
    if !page.title.is_empty() {
        out.push(bold(&page.title, style));
    }
    if let Some(t) = &page.text {
        out.push(t.clone());
    }
    if let Some(g) = &page.grid {
        let mut t = Table::new();
        t.load_style(presets::UTF8_FULL)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(style.width);
        if style.color {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        t.set_header(g.header.iter().map(|h| {
            let c = Cell::new(h);
            if style.color {
                c.add_attribute(Attribute::Bold)
            } else {
                c
            }
        }));
        for r in &g.rows {
            t.add_row(r);
        }
        for (i, a) in g.align.iter().enumerate() {
            if let (Align::Right, Some(col)) = (a, t.column_mut(i)) {
                col.set_cell_alignment(CellAlignment::Right);
            }
        }
        out.push(t.to_string());
    }
    out.extend(page.notes.iter().cloned());
    out.extend(sources_line(&page.docs));
    out.join("\n")
}

fn csv(page: &Page) -> String {
    let Some(g) = &page.grid else {
        return page.text.clone().unwrap_or_default();
    };
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail; a row of the wrong length is a layout
    // bug, which `layout` tests guard against.
    let mut write = |row: &[String]| {
        let _ = w.write_record(row);
    };
    write(&g.header);
    for r in &g.rows {
        write(r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// Escapes what Markdown table cells cannot hold.
fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', "<br>")
}

fn markdown(page: &Page) -> String {
    let mut out = Vec::new();
    if !page.title.is_empty() {
        out.push(format!("### `{}`", page.title.replace('`', "'")));
        out.push(String::new());
    }
    if let Some(t) = &page.text {
        out.push(t.clone());
        out.push(String::new());
    }
    if let Some(g) = &page.grid {
        out.push(format!(
            "| {} |",
            g.header
                .iter()
                .map(|h| md_cell(h))
                .collect::<Vec<_>>()
                .join(" | ")
        ));
        out.push(format!(
            "|{}|",
            g.align
                .iter()
                .map(|a| match a {
                    Align::Left => " :--- ",
                    Align::Right => " ---: ",
                })
                .collect::<Vec<_>>()
                .join("|")
        ));
        for r in &g.rows {
            out.push(format!(
                "| {} |",
                r.iter().map(|c| md_cell(c)).collect::<Vec<_>>().join(" | ")
            ));
        }
        out.push(String::new());
    }
    for n in &page.notes {
        out.push(format!("- {n}"));
    }
    if let Some(s) = sources_line(&page.docs) {
        if !page.notes.is_empty() {
            out.push(String::new());
        }
        out.push(format!("*{s}*"));
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests;
