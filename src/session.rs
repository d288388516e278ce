//! The library facade the REPL, scripts, `-c` and the tests all drive: a
//! fact store, the current settings, and `run`, which takes source text
//! through check → eval → render statement by statement.

use miette::{NamedSource, Report};

use crate::model::Span;
use crate::query::check::check_source;
use crate::query::checked::{Checked, Setting};
pub use crate::query::checked::{NumberStyle, OutputFormat};
use crate::query::eval::{eval, Answer};
use crate::render::{render, Style};
use crate::store::FactStore;

/// Table width when none is set.
pub const DEFAULT_WIDTH: u16 = 100;

/// How answers are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub format: OutputFormat,
    pub numbers: NumberStyle,
    /// Table width in columns; `None` is [`DEFAULT_WIDTH`].
    pub width: Option<u16>,
    pub color: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            format: OutputFormat::Table,
            numbers: NumberStyle::Vi,
            width: None,
            color: false,
        }
    }
}

impl Settings {
    fn style(&self) -> Style {
        Style {
            format: self.format,
            numbers: self.numbers,
            width: self.width.unwrap_or(DEFAULT_WIDTH),
            color: self.color,
        }
    }

    fn apply(&mut self, s: Setting) {
        match s {
            Setting::Format(f) => self.format = f,
            Setting::Numbers(n) => self.numbers = n,
        }
    }
}

/// What to do after a statement fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnError {
    Stop,
    Continue,
}

/// One statement's result: its span in the source and the rendered answer
/// or the diagnostic.
#[derive(Debug)]
pub struct Outcome {
    pub span: Span,
    pub result: Result<String, Report>,
}

/// A store and the settings answers are written with.
#[derive(Debug)]
pub struct Session {
    store: FactStore,
    settings: Settings,
}

impl Session {
    pub fn new(store: FactStore) -> Session {
        Session {
            store,
            settings: Settings::default(),
        }
    }

    pub fn store(&self) -> &FactStore {
        &self.store
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn settings_mut(&mut self) -> &mut Settings {
        &mut self.settings
    }

    /// Runs the statements of `text` (named `name`: `"<repl>"`, `"report.bmq"`,
    /// `"<stdin>"`, `"-c"`) in order; each outcome is the rendered output or a
    /// miette Report with `NamedSource::new(name, text)` attached so it
    /// prints file:line:col. With `OnError::Stop`, stops after the first
    /// error. A `set` statement changes the settings for the statements
    /// after it.
    pub fn run(&mut self, name: &str, text: &str, on_error: OnError) -> Vec<Outcome> {
        let mut out = Vec::new();
        for (span, checked) in check_source(text, &self.store) {
            let result = checked.map_err(Report::new).and_then(|c| {
                let query = text.get(c.span.start..c.span.end).unwrap_or("");
                self.answer(&c, query)
            });
            let result =
                result.map_err(|r| r.with_source_code(NamedSource::new(name, text.to_string())));
            let failed = result.is_err();
            out.push(Outcome { span, result });
            if failed && on_error == OnError::Stop {
                break;
            }
        }
        out
    }

    fn answer(&mut self, c: &Checked, query: &str) -> Result<String, Report> {
        let answer = eval(c, &self.store).map_err(Report::new)?;
        if let Answer::SettingChanged(s) = &answer {
            self.settings.apply(s.setting);
            // A script that sets csv, json or markdown writes a document:
            // the confirmation would corrupt it, so only tables get one.
            if self.settings.format != OutputFormat::Table {
                return Ok(String::new());
            }
        }
        Ok(render(&answer, query, &self.settings.style()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Metric, Unit};
    use crate::query::eval::testkit::*;

    fn session() -> Session {
        Session::new(store(vec![
            fact("002:1", "Móng Cái", 1.7e9)
                .over()
                .period(h1(2024))
                .yoy(17.85),
            fact("000:5", "Móng Cái", 2.28e9).period(h1(2025)).yoy(34.0),
            fact("000:7", "Bắc Luân II", 116_366.0).metric(Metric::PhuongTien, Unit::Luot),
            fact("000:8", "Hữu Nghị", 1_300.0).metric(Metric::PhuongTien, Unit::XeNgay),
        ]))
    }

    fn report_text(r: &Report) -> String {
        let mut out = String::new();
        miette::NarratableReportHandler::new()
            .render_report(&mut out, r.as_ref())
            .unwrap();
        out
    }

    #[test]
    fn the_issue_example_runs_verbatim() {
        let mut s = session();
        s.settings_mut().width = Some(200);
        let out = s.run(
            "-c",
            r#"compare kim_ngach where gate="Móng Cái" period=H1 2024..2025"#,
            OnError::Stop,
        );
        assert_eq!(out.len(), 1);
        let text = out[0].result.as_ref().unwrap();
        assert!(text.contains(">1,70 tỷ USD, +17,85% yoy [002:1]"), "{text}");
        assert!(text.contains("2,28 tỷ USD, +34% yoy [000:5]"), "{text}");
        assert!(text.contains("≤+34,12%"), "{text}");
        assert!(text.contains("┆ yes "), "{text}");
    }

    #[test]
    fn set_changes_the_statements_after_it() {
        let mut s = session();
        let out = s.run(
            "report.bmq",
            "set format csv\nlist docs\nset numbers en",
            OnError::Stop,
        );
        assert_eq!(out.len(), 3);
        assert_eq!(s.settings().format, OutputFormat::Csv);
        assert_eq!(s.settings().numbers, NumberStyle::En);
        assert!(out[1]
            .result
            .as_ref()
            .unwrap()
            .starts_with("name,detail,facts\r\n000_test,,3\r\n"));
    }

    #[test]
    fn errors_name_the_file_and_the_script_goes_on() {
        let mut s = session();
        let text = "list docs\nrank phuong_tien where period=H1 2025\nlist metrics";
        let out = s.run("report.bmq", text, OnError::Continue);
        assert_eq!(out.len(), 3);
        assert!(out[0].result.is_ok() && out[2].result.is_ok());
        let err = out[1].result.as_ref().unwrap_err();
        let shown = report_text(err);
        assert!(shown.contains("snippet for report.bmq"), "{shown}");
        assert!(
            shown.contains("label at line 2, columns 6 to 16"),
            "{shown}"
        );
        assert!(shown.contains("xe/ngày (a rate per day)"), "{shown}");
        assert_eq!(
            &text[out[1].span.start..out[1].span.end],
            "rank phuong_tien where period=H1 2025"
        );

        let out = s.run("report.bmq", text, OnError::Stop);
        assert_eq!(out.len(), 2, "stops after the first error");
    }
}
