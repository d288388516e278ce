//! The interactive shell. rustyline edits the line; everything it asks about
//! the query language (is this statement complete, how is it coloured, what
//! may come at the cursor) is answered by [`crate::query::assist`], which
//! uses the real parser, so the shell never disagrees with the evaluator.

use std::borrow::Cow;
use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rustyline::completion::{Completer, Pair};
use rustyline::config::{CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::{Hinter, HistoryHinter};
use rustyline::history::FileHistory;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Editor, Helper};

use crate::cli::{terminal_columns, Printer, Status};
use crate::query::assist::{self, Completeness, TokenClass};
use crate::session::{OnError, Session};

/// How a REPL run is set up.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where history is kept; `None` keeps none (`--no-history`).
    pub history: Option<PathBuf>,
    /// `--width`; without it tables follow the terminal as it is resized.
    pub fixed_width: Option<u16>,
    /// Where the facts came from, for the banner: `None` for the embedded
    /// sample, else the `--store` file or `--corpus` directory.
    pub data: Option<PathBuf>,
}

/// The history file: `BIENMAU_HISTORY` if set and not empty, else
/// `bienmau/history` in the user's data directory (XDG on Linux). Never a
/// file in the current directory.
pub fn history_path(env: Option<OsString>, data_dir: Option<PathBuf>) -> Option<PathBuf> {
    match env {
        Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => data_dir.map(|dir| dir.join("bienmau").join("history")),
    }
}

const PROMPT: &str = "bienmau> ";

/// Runs the REPL until Ctrl-D. Errors in statements are shown and the REPL
/// goes on, so the run itself ends `Ok` unless the terminal fails.
pub fn run(session: Session, options: &Options) -> Status {
    let color = session.settings().color;
    let config = Config::builder()
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .max_history_size(10_000)
        .and_then(|b| b.history_ignore_dups(true))
        .map(|b| b.build());
    let editor = config.and_then(Editor::<ShellHelper, FileHistory>::with_config);
    let mut editor = match editor {
        Ok(editor) => editor,
        Err(e) => {
            let _ = writeln!(io::stderr(), "bienmau: cannot start the line editor: {e}");
            return Status::Failed;
        }
    };
    let facts = session.store().len();
    let docs = session.store().docs().count();
    editor.set_helper(Some(ShellHelper {
        session,
        color,
        history_hinter: HistoryHinter::new(),
    }));
    let mut history = options.history.clone();
    if let Some(path) = &history {
        load_history(&mut editor, path);
    }
    let from = options
        .data
        .as_ref()
        .map(|p| format!(" from {}", p.display()))
        .unwrap_or_default();
    let _ = writeln!(
        io::stdout(),
        "bienmau {} · {facts} facts, {docs} articles{from} · `help` for help, Ctrl-D to quit",
        env!("CARGO_PKG_VERSION"),
    );
    loop {
        let line = match editor.readline(PROMPT) {
            Ok(line) => line,
            // Ctrl-C drops what was typed and offers a fresh prompt.
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                let _ = writeln!(io::stderr(), "bienmau: cannot read the terminal: {e}");
                return Status::Failed;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        // The whole statement, however many lines it took, is one entry.
        if editor.add_history_entry(line.as_str()).unwrap_or(false) {
            if let Some(path) = &history {
                if !save_history(&mut editor, path) {
                    // Said once; the session goes on without a history file.
                    history = None;
                }
            }
        }
        let Some(helper) = editor.helper_mut() else {
            break;
        };
        if options.fixed_width.is_none() {
            helper.session.settings_mut().width = terminal_columns();
        }
        let outcomes = helper.session.run("<repl>", &line, OnError::Continue);
        if Printer::default().print(&helper.session, outcomes).is_err() {
            break;
        }
    }
    Status::Ok
}

fn load_history(editor: &mut Editor<ShellHelper, FileHistory>, path: &Path) {
    match editor.load_history(path) {
        Ok(()) => {}
        Err(ReadlineError::Io(e)) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => {
            let _ = writeln!(
                io::stderr(),
                "bienmau: cannot read the history file {}: {e}",
                path.display()
            );
        }
    }
}

/// Appends the new entry at once, so that history survives a killed
/// terminal and two shells open at a time both keep theirs. Returns false,
/// having said why, when the file cannot be written.
fn save_history(editor: &mut Editor<ShellHelper, FileHistory>, path: &Path) -> bool {
    let created = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => fs::create_dir_all(dir),
        _ => Ok(()),
    };
    match created
        .map_err(ReadlineError::Io)
        .and_then(|()| editor.append_history(path))
    {
        Ok(()) => true,
        Err(e) => {
            let _ = writeln!(
                io::stderr(),
                "bienmau: cannot write the history file {}: {e}; history is off for this session",
                path.display()
            );
            false
        }
    }
}

/// What rustyline calls back into while a line is edited. It owns the
/// session so that completion sees the facts the statements run over.
#[derive(Helper)]
struct ShellHelper {
    session: Session,
    color: bool,
    history_hinter: HistoryHinter,
}

impl Completer for ShellHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let (start, candidates) = assist::complete(line, pos, self.session.store());
        let pairs = candidates
            .into_iter()
            .map(|c| Pair {
                display: c.display,
                replacement: c.replacement,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for ShellHelper {
    type Hint = String;

    /// The rest of the word when only one completion fits what is typed
    /// (`comp` → `are`); otherwise the most recent history entry that
    /// starts with the line.
    ///
    /// No hints without colour: undimmed, a hint looks like typed text.
    fn hint(&self, line: &str, pos: usize, ctx: &Context<'_>) -> Option<String> {
        if !self.color || pos < line.len() {
            return None;
        }
        completion_hint(line, pos, self.session.store())
            .or_else(|| self.history_hinter.hint(line, pos, ctx))
    }
}

/// The missing tail of the one candidate that extends the word at `pos`.
fn completion_hint(line: &str, pos: usize, store: &crate::store::FactStore) -> Option<String> {
    let (start, candidates) = assist::complete(line, pos, store);
    let typed = line.get(start..pos)?;
    match candidates.as_slice() {
        [only] if !typed.is_empty() => only
            .replacement
            .strip_prefix(typed)
            .filter(|rest| !rest.is_empty())
            .map(str::to_string),
        _ => None,
    }
}

impl Validator for ShellHelper {
    /// Asks for another line while the parser says the statement is not
    /// finished (an open quote or parenthesis, a trailing `where`). Anything
    /// else is accepted, and errors are reported by the session in full.
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        Ok(match assist::completeness(ctx.input()) {
            Completeness::Incomplete => ValidationResult::Incomplete,
            Completeness::Complete => ValidationResult::Valid(None),
        })
    }
}

impl Highlighter for ShellHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(paint(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        if self.color {
            Cow::Owned(format!("\x1b[1;32m{prompt}\x1b[0m"))
        } else {
            Cow::Borrowed(prompt)
        }
    }

    /// Hints are dimmed (there are none without colour, see [`Hinter`]).
    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(format!("\x1b[2m{hint}\x1b[0m"))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        self.color && kind != CmdKind::MoveCursor
    }
}

/// The ANSI style of each token class; text between tokens stays plain.
fn style(class: TokenClass) -> &'static str {
    match class {
        TokenClass::Keyword => "1;34",
        TokenClass::Metric => "36",
        TokenClass::Field => "33",
        TokenClass::Operator => "1",
        TokenClass::Str | TokenClass::Place => "32",
        TokenClass::Number | TokenClass::Period => "35",
        TokenClass::Comment => "2",
        TokenClass::Error => "4;31",
    }
}

/// `line` with ANSI colours around the parser's tokens. Only escape codes
/// are added, so the visible text and its width stay the same.
fn paint(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut at = 0;
    for (range, class) in assist::highlight(line) {
        let (Some(before), Some(token)) = (line.get(at..range.start), line.get(range.clone()))
        else {
            continue;
        };
        out.push_str(before);
        out.push_str(&format!("\x1b[{}m{token}\x1b[0m", style(class)));
        at = range.end;
    }
    out.push_str(&line[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn history_env_overrides_the_data_dir() {
        assert_eq!(
            history_path(Some("/tmp/h".into()), Some("/data".into())),
            Some(PathBuf::from("/tmp/h"))
        );
    }

    #[test]
    fn history_defaults_to_the_data_dir() {
        assert_eq!(
            history_path(None, Some("/data".into())),
            Some(PathBuf::from("/data/bienmau/history"))
        );
        assert_eq!(
            history_path(Some(OsString::new()), Some("/data".into())),
            Some(PathBuf::from("/data/bienmau/history"))
        );
        assert_eq!(history_path(None, None), None);
    }

    #[test]
    fn a_single_completion_is_hinted_as_the_rest_of_the_word() {
        let store = crate::store::FactStore::new();
        assert_eq!(completion_hint("comp", 4, &store).as_deref(), Some("are"));
        assert_eq!(
            completion_hint("show kim_ngach where prov", 25, &store).as_deref(),
            Some("ince")
        );
    }

    #[test]
    fn no_hint_when_several_words_fit_or_nothing_is_typed() {
        let store = crate::store::FactStore::new();
        // `show` and `source` both start with `s`.
        assert_eq!(completion_hint("s", 1, &store), None);
        assert_eq!(completion_hint("", 0, &store), None);
        // A replacement that does not extend the typed text (`mong` →
        // `"Móng Cái"`) is left to Tab.
        assert_eq!(
            completion_hint("show kim_ngach where gate=mong", 30, &store),
            None
        );
    }

    /// Strips ANSI escapes: what the terminal shows.
    fn visible(painted: &str) -> String {
        let mut out = String::new();
        let mut chars = painted.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn painting_only_adds_escape_codes() {
        for line in [
            "compare kim_ngach where gate=\"Móng Cái\" period=H1 2024..2025",
            "show kim_ngac where",
            "list places -- a comment",
            "\"open quote",
            "",
        ] {
            assert_eq!(visible(&paint(line)), line);
        }
    }

    #[test]
    fn painting_colours_keywords_and_strings() {
        let painted = paint("compare kim_ngach where gate=\"Móng Cái\"");
        assert!(painted.contains("\x1b[1;34mcompare\x1b[0m"), "{painted:?}");
        assert!(
            painted.contains("\x1b[32m\"Móng Cái\"\x1b[0m"),
            "{painted:?}"
        );
    }
}
