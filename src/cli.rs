//! The command line: what `bienmau` does with its arguments. It decides where
//! the facts come from (the embedded sample, `--corpus DIR` or `--store
//! FILE`), how output looks (`--format`, `--color`, `--width`), and where the
//! statements come from (the REPL, script files, standard input or `-c`),
//! then hands every statement to one [`Session`] so that a `set` in one
//! script holds for the next.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use miette::{Context, IntoDiagnostic};

use crate::corpus;
use crate::extract::{self, ExtractFormat, Failure};
use crate::query::checked::OutputFormat;
use crate::repl;
use crate::session::{OnError, Outcome, Session};
use crate::store::FactStore;

/// Extract trade figures from Vietnamese border-trade news and query them.
///
/// With no arguments on a terminal, starts an interactive shell over the
/// embedded sample articles. Statements also come from script files
/// (`bienmau report.bmq`), from standard input when it or standard output is
/// not a terminal, or from `-c`.
///
/// Exit status: 0 when everything ran, 1 when a statement failed, 2 for a
/// usage error (bad arguments, or a file named on the command line that
/// cannot be read).
#[derive(Debug, Parser)]
#[command(name = "bienmau", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Script files (`.bmq`) to run in order; `-` reads standard input.
    #[arg(value_name = "FILE")]
    scripts: Vec<PathBuf>,

    /// Runs one statement; repeat for several (they run after any FILE).
    #[arg(short = 'c', long = "command", value_name = "STATEMENT")]
    commands: Vec<String>,

    /// Extracts the articles (`.txt` files) in DIR at start instead of using
    /// the embedded sample.
    #[arg(long, value_name = "DIR", conflicts_with = "store")]
    corpus: Option<PathBuf>,

    /// Loads facts saved by `bienmau extract --format jsonl`.
    #[arg(long, value_name = "FILE")]
    store: Option<PathBuf>,

    /// Output format of results (a script can change it with `set format`).
    #[arg(long, value_enum)]
    format: Option<FormatArg>,

    /// When to colour output; NO_COLOR in the environment means `never`
    /// under `auto`.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,

    /// Table width in columns (default: the terminal's; 100 when output is not a
    /// terminal).
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(20..))]
    width: Option<u16>,

    /// Goes on after a failing statement instead of stopping (the exit
    /// status is still 1).
    #[arg(long)]
    keep_going: bool,

    /// Neither reads nor writes the REPL's history file.
    #[arg(long)]
    no_history: bool,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Extracts facts from articles and writes them, one per line.
    Extract {
        /// Article files (`.txt`) or directories of them; none extracts
        /// the embedded sample.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// How the facts are written: JSON Lines (what `--store` loads) or
        /// CSV for a spreadsheet.
        #[arg(long, value_enum, default_value_t = ExtractFormatArg::Jsonl)]
        format: ExtractFormatArg,
        /// Writes to FILE instead of standard output.
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExtractFormatArg {
    Jsonl,
    Csv,
}

impl From<ExtractFormatArg> for ExtractFormat {
    fn from(f: ExtractFormatArg) -> Self {
        match f {
            ExtractFormatArg::Jsonl => ExtractFormat::Jsonl,
            ExtractFormatArg::Csv => ExtractFormat::Csv,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    Table,
    Csv,
    Json,
    Markdown,
}

impl From<FormatArg> for OutputFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Table => OutputFormat::Table,
            FormatArg::Csv => OutputFormat::Csv,
            FormatArg::Json => OutputFormat::Json,
            FormatArg::Markdown => OutputFormat::Markdown,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream. `always` and `never` are the user's word;
    /// `auto` colours a terminal unless NO_COLOR is set to anything but the
    /// empty string (<https://no-color.org>).
    fn enabled(self, is_terminal: bool, no_color: Option<&OsString>) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_terminal && no_color.is_none_or(|v| v.is_empty()),
        }
    }
}

/// How the process ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    /// A statement failed (a query or script error).
    Failed,
    /// The command line was wrong, or names a file that cannot be used.
    Usage,
}

impl From<Status> for ExitCode {
    fn from(s: Status) -> ExitCode {
        match s {
            Status::Ok => ExitCode::SUCCESS,
            Status::Failed => ExitCode::from(1),
            Status::Usage => ExitCode::from(2),
        }
    }
}

/// Where a run's statements come from.
#[derive(Debug, PartialEq, Eq)]
enum Mode {
    Repl,
    Batch(Vec<Input>),
}

/// One source of statements in a batch run.
#[derive(Debug, PartialEq, Eq)]
enum Input {
    Script(PathBuf),
    Stdin,
    Command(String),
}

impl Cli {
    /// Scripts first, then `-c` statements. With neither, the REPL when
    /// both stdin and stdout are terminals; otherwise stdin is a script
    /// (`bienmau < report.bmq`, and `bienmau > out.txt` too, where a
    /// line editor would write its prompts and escape codes into the file).
    fn mode(&self, interactive: bool) -> Mode {
        let mut inputs: Vec<Input> = self
            .scripts
            .iter()
            .map(|p| {
                if p.as_os_str() == "-" {
                    Input::Stdin
                } else {
                    Input::Script(p.clone())
                }
            })
            .collect();
        inputs.extend(self.commands.iter().cloned().map(Input::Command));
        if !inputs.is_empty() {
            Mode::Batch(inputs)
        } else if interactive {
            Mode::Repl
        } else {
            Mode::Batch(vec![Input::Stdin])
        }
    }
}

/// What the terminal around the process looks like; read once at start so
/// that the decisions built on it can be tested with any value.
#[derive(Debug, Clone)]
struct Terminal {
    stdin: bool,
    stdout: bool,
    stderr: bool,
    no_color: Option<OsString>,
    /// Columns of the terminal on stdout, if it is one.
    columns: Option<u16>,
}

impl Terminal {
    fn detect() -> Terminal {
        let stdout = io::stdout().is_terminal();
        Terminal {
            stdin: io::stdin().is_terminal(),
            stdout,
            stderr: io::stderr().is_terminal(),
            no_color: std::env::var_os("NO_COLOR"),
            columns: if stdout { terminal_columns() } else { None },
        }
    }
}

/// The width of the terminal on stdout, read again before each REPL
/// statement so that a resized window gets tables that fit.
pub(crate) fn terminal_columns() -> Option<u16> {
    terminal_size::terminal_size_of(io::stdout()).map(|(w, _)| w.0)
}

/// Runs `bienmau` with the process's arguments and returns its exit status.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let term = Terminal::detect();
    install_report_hook(cli.color.enabled(term.stderr, term.no_color.as_ref()));
    run(cli, &term).into()
}

/// Prints miette reports with source snippets and `file:line:col`, coloured
/// only when stderr takes colour. The graphical printer is kept under
/// NO_COLOR too (miette would switch to its narrated one): NO_COLOR asks for
/// no colour, not for a different layout.
fn install_report_hook(color: bool) {
    let _ = miette::set_hook(Box::new(move |_| {
        Box::new(
            miette::MietteHandlerOpts::new()
                .color(color)
                .force_graphical(true)
                .unicode(true)
                .terminal_links(false)
                .build(),
        )
    }));
}

fn run(cli: Cli, term: &Terminal) -> Status {
    if let Some(Command::Extract {
        paths,
        format,
        output,
    }) = &cli.command
    {
        return extract(paths, (*format).into(), output.as_deref(), term.stderr);
    }
    let store = match load_store(&cli, term.stderr) {
        Ok(store) => store,
        Err(report) => {
            show_report(&report);
            return Status::Usage;
        }
    };
    let mut session = Session::new(store);
    let settings = session.settings_mut();
    if let Some(format) = cli.format {
        settings.format = format.into();
    }
    settings.color = cli.color.enabled(term.stdout, term.no_color.as_ref());
    settings.width = cli.width.or(term.columns);
    let on_error = if cli.keep_going {
        OnError::Continue
    } else {
        OnError::Stop
    };
    match cli.mode(term.stdin && term.stdout) {
        Mode::Repl => repl::run(
            session,
            &repl::Options {
                history: if cli.no_history {
                    None
                } else {
                    repl::history_path(std::env::var_os("BIENMAU_HISTORY"), dirs::data_dir())
                },
                fixed_width: cli.width,
                data: cli.store.clone().or_else(|| cli.corpus.clone()),
            },
        ),
        Mode::Batch(inputs) => run_batch(&mut session, &inputs, on_error),
    }
}

/// The facts a run starts with: a saved store, a directory of articles, or
/// the embedded sample. A file or directory that cannot be used is a usage
/// error: nothing has run yet and nothing would make sense without it.
fn load_store(cli: &Cli, progress: bool) -> Result<FactStore, miette::Report> {
    if let Some(path) = &cli.store {
        let file = File::open(path)
            .into_diagnostic()
            .wrap_err_with(|| format!("cannot open the facts file {}", path.display()))?;
        return FactStore::load_jsonl(BufReader::new(file))
            .wrap_err_with(|| format!("cannot load the facts file {}", path.display()));
    }
    if let Some(dir) = &cli.corpus {
        let run = extract::extract_paths(std::slice::from_ref(dir), progress);
        warn_failures(&run.failures);
        if run.documents == 0 {
            return Err(miette::miette!(
                help = "an article is a UTF-8 `.txt` file; its name is the document id",
                "no articles to read in {}",
                dir.display()
            ));
        }
        return Ok(run.store);
    }
    Ok(extract::extract_all(&corpus::sample()))
}

fn warn_failures(failures: &[Failure]) {
    for f in failures {
        let _ = writeln!(
            io::stderr(),
            "bienmau: skipped {}: {}",
            f.path.display(),
            f.reason
        );
    }
}

/// `bienmau extract`: the facts of `paths` to `output` or stdout. An output
/// file that cannot be created is a usage error; articles that cannot be
/// read are named, the rest extracted, and the status is 1.
fn extract(
    paths: &[PathBuf],
    format: ExtractFormat,
    output: Option<&Path>,
    progress: bool,
) -> Status {
    let mut out: Box<dyn Write> = match output {
        Some(path) => match File::create(path)
            .into_diagnostic()
            .wrap_err_with(|| format!("cannot create the output file {}", path.display()))
        {
            Ok(file) => Box::new(io::BufWriter::new(file)),
            Err(report) => {
                show_report(&report);
                return Status::Usage;
            }
        },
        None => Box::new(io::BufWriter::new(io::stdout().lock())),
    };
    let report = extract::run_extract(paths, format, &mut out, progress)
        .and_then(|report| out.flush().map(|()| report));
    match report {
        Ok(report) if report.failures.is_empty() => Status::Ok,
        Ok(report) => {
            warn_failures(&report.failures);
            Status::Failed
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Status::Ok,
        Err(e) => {
            let _ = writeln!(io::stderr(), "bienmau: cannot write the facts: {e}");
            Status::Failed
        }
    }
}

/// A named text of statements, read before anything runs so that a missing
/// script is reported as a usage error and not halfway through a report.
struct Source {
    name: String,
    text: String,
}

impl Source {
    /// A script saved by an editor that writes a byte-order mark still
    /// starts with its first statement.
    fn new(name: String, text: String) -> Source {
        let text = match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        };
        Source { name, text }
    }
}

fn read_inputs(inputs: &[Input]) -> Result<Vec<Source>, miette::Report> {
    inputs
        .iter()
        .map(|input| match input {
            Input::Script(path) => fs::read_to_string(path)
                .into_diagnostic()
                .wrap_err_with(|| format!("cannot read the script {}", path.display()))
                .map(|text| Source::new(path.display().to_string(), text)),
            Input::Stdin => {
                let mut text = String::new();
                io::stdin()
                    .read_to_string(&mut text)
                    .into_diagnostic()
                    .wrap_err("cannot read statements from standard input")?;
                Ok(Source::new("<stdin>".to_string(), text))
            }
            Input::Command(text) => Ok(Source::new("-c".to_string(), text.clone())),
        })
        .collect()
}

/// Runs scripts, standard input and `-c` statements in order through one
/// session, printing results to stdout and reports to stderr.
fn run_batch(session: &mut Session, inputs: &[Input], on_error: OnError) -> Status {
    let sources = match read_inputs(inputs) {
        Ok(sources) => sources,
        Err(report) => {
            show_report(&report);
            return Status::Usage;
        }
    };
    let mut printer = Printer::default();
    let mut status = Status::Ok;
    for source in &sources {
        let outcomes = session.run(&source.name, &source.text, on_error);
        match printer.print(session, outcomes) {
            Ok(true) => {}
            Ok(false) => {
                status = Status::Failed;
                if on_error == OnError::Stop {
                    break;
                }
            }
            // The reader went away (`bienmau … | head`): nothing more to say.
            Err(_) => break,
        }
    }
    status
}

/// Prints a miette report to stderr (never panicking if stderr is gone).
fn show_report(report: &miette::Report) {
    let _ = writeln!(io::stderr(), "{report:?}");
}

/// Writes outcomes as they come: results to stdout, each table set off by a
/// blank line from the one before (CSV and JSON are left as they are, so
/// that they can be piped on), and reports to stderr.
#[derive(Default)]
pub(crate) struct Printer {
    printed: bool,
}

impl Printer {
    /// Prints outcomes; false if any was an error. An error writing stdout
    /// (a closed pipe) is returned so the caller can stop.
    pub(crate) fn print(&mut self, session: &Session, outcomes: Vec<Outcome>) -> io::Result<bool> {
        let mut all_ok = true;
        let stdout = io::stdout();
        for outcome in outcomes {
            match outcome.result {
                Ok(text) if text.is_empty() => {}
                Ok(text) => {
                    let mut out = stdout.lock();
                    let spaced = matches!(
                        session.settings().format,
                        OutputFormat::Table | OutputFormat::Markdown
                    );
                    if self.printed && spaced {
                        writeln!(out)?;
                    }
                    out.write_all(text.as_bytes())?;
                    if !text.ends_with('\n') {
                        writeln!(out)?;
                    }
                    out.flush()?;
                    self.printed = true;
                }
                Err(report) => {
                    all_ok = false;
                    show_report(&report);
                }
            }
        }
        Ok(all_ok)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cli(args: &[&str]) -> Cli {
        Cli::try_parse_from(std::iter::once("bienmau").chain(args.iter().copied()))
            .expect("valid arguments")
    }

    #[test]
    fn no_arguments_on_a_terminal_is_the_repl() {
        assert_eq!(cli(&[]).mode(true), Mode::Repl);
    }

    #[test]
    fn no_arguments_without_a_terminal_on_both_ends_reads_stdin() {
        assert_eq!(cli(&[]).mode(false), Mode::Batch(vec![Input::Stdin]));
    }

    #[test]
    fn scripts_run_before_commands_and_dash_is_stdin() {
        let mode = cli(&["-c", "list docs", "a.bmq", "-", "-c", "list metrics"]).mode(true);
        assert_eq!(
            mode,
            Mode::Batch(vec![
                Input::Script("a.bmq".into()),
                Input::Stdin,
                Input::Command("list docs".into()),
                Input::Command("list metrics".into()),
            ])
        );
    }

    #[test]
    fn color_follows_the_flag_then_no_color_then_the_terminal() {
        let set = Some(OsString::from("1"));
        let empty = Some(OsString::new());
        assert!(ColorChoice::Always.enabled(false, set.as_ref()));
        assert!(!ColorChoice::Never.enabled(true, None));
        assert!(ColorChoice::Auto.enabled(true, None));
        assert!(ColorChoice::Auto.enabled(true, empty.as_ref()));
        assert!(!ColorChoice::Auto.enabled(true, set.as_ref()));
        assert!(!ColorChoice::Auto.enabled(false, None));
    }

    #[test]
    fn extract_takes_its_own_formats_and_no_query_options() {
        assert!(Cli::try_parse_from(["bienmau", "extract"]).is_ok());
        assert!(Cli::try_parse_from(["bienmau", "extract", "d", "--format", "xml"]).is_err());
        assert!(Cli::try_parse_from(["bienmau", "extract", "d", "--format", "csv"]).is_ok());
        assert!(Cli::try_parse_from(["bienmau", "extract", "d", "--keep-going"]).is_err());
    }

    #[test]
    fn too_narrow_a_width_is_refused() {
        assert!(Cli::try_parse_from(["bienmau", "--width", "5"]).is_err());
    }
}
