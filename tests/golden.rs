//! Golden scripts: every `tests/golden/*.bmq` runs through a `Session` over
//! the embedded sample store (tables 100 columns wide, Vietnamese numbers),
//! and its output must equal the `.out` file beside it. `BLESS=1 cargo test
//! --test golden` rewrites the `.out` files; read every change before
//! committing it.
//!
//! Output format: each statement is echoed after `>>> `, followed by its
//! answer or its diagnostic (miette's narratable form, so the file has no
//! colour and no box drawing that depends on the terminal).

use std::fs;
use std::path::{Path, PathBuf};

use bienmau::session::{OnError, Session};
use bienmau::{corpus, extract};

fn run_script(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("script is readable");
    let name = path.file_name().unwrap().to_string_lossy().to_string();
    let mut session = Session::new(extract::extract_all(&corpus::sample()));
    session.settings_mut().width = Some(100);
    let mut out = String::new();
    for outcome in session.run(&name, &text, OnError::Continue) {
        out.push_str(">>> ");
        out.push_str(text[outcome.span.start..outcome.span.end].trim());
        out.push('\n');
        match outcome.result {
            Ok(answer) => out.push_str(&answer),
            Err(report) => {
                let mut shown = String::new();
                miette::NarratableReportHandler::new()
                    .render_report(&mut shown, report.as_ref())
                    .expect("a report renders into a string");
                out.push_str(shown.trim_end());
            }
        }
        out.push_str("\n\n");
    }
    out
}

fn scripts() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut v: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/golden exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "bmq"))
        .collect();
    v.sort();
    v
}

#[test]
fn golden_scripts_match_their_expected_output() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    let all = scripts();
    assert!(!all.is_empty(), "no golden scripts found");
    for script in all {
        let got = run_script(&script);
        let expected_path = script.with_extension("out");
        if bless {
            fs::write(&expected_path, &got).unwrap();
            continue;
        }
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == got => {}
            Ok(expected) => {
                let line = expected
                    .lines()
                    .zip(got.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(expected.lines().count().min(got.lines().count()));
                failures.push(format!(
                    "{}: differs from line {}:\n  expected: {:?}\n  got:      {:?}",
                    script.display(),
                    line + 1,
                    expected.lines().nth(line),
                    got.lines().nth(line)
                ));
            }
            Err(_) => failures.push(format!(
                "{}: no expected output (run with BLESS=1, then read it)",
                expected_path.display()
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
