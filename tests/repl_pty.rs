//! Smoke tests of the REPL in a pseudo-terminal, as a person meets it: tab
//! completion, a statement over two lines, an error then a good query, and
//! Ctrl-C. The REPL's pieces are tested as functions in the library; these
//! only check that they are wired to a real terminal.
//!
//! Against flakiness: no history file (or a temporary one), no colour, a fixed width, a generous
//! timeout, and every keystroke sent only once the REPL is reading (see
//! [`Shell::wait_for_prompt`]).

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use expectrl::{ControlCode, Eof, Session, WaitStatus};

/// Printed by rustyline each time it starts reading a line, before the
/// prompt: bracketed paste turned on. Waiting for it and the prompt after it
/// means keys sent next go to the new line, not to the one before.
const READING: &str = "\x1b[?2004h";
const PROMPT: &str = "bienmau> ";

struct Shell(Session);

impl Shell {
    fn start() -> Shell {
        Shell::start_with(&["--no-history"], None)
    }

    /// Runs `bienmau` with `args` besides colour and width, and with
    /// `BIENMAU_HISTORY` set to `history` (or unset).
    fn start_with(args: &[&str], history: Option<&Path>) -> Shell {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_bienmau"));
        cmd.args(["--color", "never", "--width", "100"])
            .args(args)
            .env("TERM", "xterm")
            .env_remove("NO_COLOR");
        match history {
            Some(file) => cmd.env("BIENMAU_HISTORY", file),
            None => cmd.env_remove("BIENMAU_HISTORY"),
        };
        let mut session = Session::spawn(cmd).expect("bienmau starts in a pty");
        session
            .get_process_mut()
            .set_window_size(120, 40)
            .expect("pty window size");
        session.set_expect_timeout(Some(Duration::from_secs(30)));
        let mut shell = Shell(session);
        shell.expect("`help` for help");
        shell.wait_for_prompt();
        shell
    }

    fn expect(&mut self, text: &str) {
        if let Err(e) = self.0.expect(text) {
            panic!("expected {text:?} from the REPL: {e}");
        }
    }

    /// Waits until the REPL is reading a new line.
    fn wait_for_prompt(&mut self) {
        self.expect(READING);
        self.expect(PROMPT);
    }

    fn send(&mut self, keys: &str) {
        self.0.send(keys).expect("send keys to the pty");
    }

    /// Ctrl-D on an empty line: the REPL must end with status 0.
    fn quit(mut self) {
        self.0
            .send(ControlCode::EndOfTransmission)
            .expect("send Ctrl-D");
        self.0.expect(Eof).expect("the REPL exits on Ctrl-D");
        match self.0.get_process().wait().expect("exit status") {
            WaitStatus::Exited(_, code) => assert_eq!(code, 0, "exit status after Ctrl-D"),
            other => panic!("the REPL did not exit normally: {other:?}"),
        }
    }
}

#[test]
fn tab_completes_a_place_name() {
    let mut shell = Shell::start();
    shell.send("show kim_ngach where gate=mong");
    shell.send("\t");
    shell.expect("gate=\"Móng Cái\"");
    shell.send("\r");
    shell.expect("Móng Cái");
    shell.wait_for_prompt();
    shell.quit();
}

#[test]
fn a_trailing_where_continues_on_the_next_line() {
    let mut shell = Shell::start();
    shell.send("compare kim_ngach where\r");
    shell.send("gate=\"Móng Cái\" period=H1 2024..2025\r");
    // The H1 2025 figure: the two lines ran as one statement.
    shell.expect("2,28 tỷ USD");
    shell.wait_for_prompt();
    shell.quit();
}

#[test]
fn an_error_then_a_good_query_in_one_run() {
    let mut shell = Shell::start();
    shell.send("show kim_ngac\r");
    shell.expect("<repl>:1:6");
    shell.expect("kim_ngach");
    shell.wait_for_prompt();
    shell.send("list metrics\r");
    shell.expect("thu_ngan_sach");
    shell.wait_for_prompt();
    shell.quit();
}

#[test]
fn ctrl_c_clears_the_line_and_the_repl_goes_on() {
    let mut shell = Shell::start();
    shell.send("show kim_ngach where gate=");
    shell.0.send(ControlCode::EndOfText).expect("send Ctrl-C");
    shell.wait_for_prompt();
    shell.send("list metrics\r");
    shell.expect("thu_ngan_sach");
    shell.wait_for_prompt();
    shell.quit();
}

#[test]
fn history_keeps_a_multi_line_statement_as_one_entry_between_runs() {
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("history");
    let mut shell = Shell::start_with(&[], Some(&file));
    shell.send("compare kim_ngach where\r");
    shell.send("gate=\"Móng Cái\" period=H1 2024..2025\r");
    shell.expect("2,28 tỷ USD");
    shell.wait_for_prompt();
    shell.quit();
    let saved = fs::read_to_string(&file).expect("the history file is written");
    let entries: Vec<&str> = saved.lines().filter(|l| !l.starts_with("#V")).collect();
    assert_eq!(entries.len(), 1, "{saved}");

    // The next run recalls the whole statement with one Up.
    let mut shell = Shell::start_with(&[], Some(&file));
    shell.send("\x1b[A");
    shell.send("\r");
    shell.expect("2,28 tỷ USD");
    shell.wait_for_prompt();
    shell.quit();
}

#[test]
fn no_history_writes_no_history_file() {
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("history");
    let mut shell = Shell::start_with(&["--no-history"], Some(&file));
    shell.send("list metrics\r");
    shell.expect("thu_ngan_sach");
    shell.wait_for_prompt();
    shell.quit();
    assert!(!file.exists(), "--no-history wrote {}", file.display());
}
