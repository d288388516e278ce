//! The command line as scripts and users drive it: exit statuses, scripts
//! from files and from stdin, `-c`, every output format, the data options
//! and the `extract` subcommand. Everything runs on the embedded sample
//! unless a test says otherwise.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;
use predicates::str::contains;
use tempfile::TempDir;

/// The Móng Cái figures of the first halves of 2024 and 2025, which the
/// sample reports in two articles.
const COMPARE: &str = r#"compare kim_ngach where gate="Móng Cái" period=H1 2024..2025"#;

/// A statement whose rows do not depend on what was extracted: the
/// gazetteer's places, in its order (Việt Nam first, Móng Cái before Lạng
/// Sơn).
const PLACES: &str = "list places";

fn bienmau() -> Command {
    let mut cmd = Command::cargo_bin("bienmau").expect("the binary is built");
    cmd.env_remove("NO_COLOR").env_remove("BIENMAU_HISTORY");
    cmd
}

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).expect("stdout is UTF-8")
}

fn script(dir: &TempDir, name: &str, text: &str) -> String {
    let path = dir.path().join(name);
    fs::write(&path, text).expect("write the script");
    path.display().to_string()
}

#[test]
fn one_shot_statement_exits_0() {
    bienmau()
        .args(["-c", "list metrics"])
        .assert()
        .success()
        .stdout(contains("kim_ngach").and(contains("thu_ngan_sach")))
        .stderr("");
}

#[test]
fn repeated_c_runs_every_statement_in_order() {
    let out = stdout_of(bienmau().args(["-c", "list metrics", "-c", PLACES]));
    let metrics = out.find("thu_ngan_sach").expect("metrics listed");
    let places = out.find("Hữu Nghị").expect("places listed");
    assert!(metrics < places, "{out}");
}

#[test]
fn an_unknown_metric_exits_1_pointing_at_it() {
    bienmau()
        .args(["-c", "show kim_ngac"])
        .assert()
        .code(1)
        .stderr(contains("-c:1:6").and(contains("kim_ngach")));
}

#[test]
fn a_script_error_stops_the_script_with_file_line_col() {
    let dir = TempDir::new().unwrap();
    let path = script(
        &dir,
        "report.bmq",
        "-- a report with a typo on line 3\nlist metrics\nshow  kim_ngac\nlist places\n",
    );
    let assert = bienmau().arg(&path).assert().code(1);
    let out = assert.get_output();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("thu_ngan_sach"), "line 2 ran: {stdout}");
    assert!(
        !stdout.contains("Hữu Nghị"),
        "line 4 must not run: {stdout}"
    );
    assert!(stderr.contains(&format!("{path}:3:7")), "{stderr}");
}

#[test]
fn keep_going_runs_the_rest_and_still_exits_1() {
    let dir = TempDir::new().unwrap();
    let path = script(&dir, "r.bmq", "show kim_ngac\nlist places\n");
    bienmau()
        .args(["--keep-going", &path])
        .assert()
        .code(1)
        .stdout(contains("Hữu Nghị"))
        .stderr(contains(format!("{path}:1:6")));
}

#[test]
fn scripts_share_one_session() {
    let dir = TempDir::new().unwrap();
    let first = script(&dir, "a.bmq", "set format csv\n");
    let second = script(&dir, "b.bmq", "list metrics\n");
    let out = stdout_of(bienmau().args([&first, &second]));
    assert!(out.lines().any(|l| l == "name,detail,facts"), "{out}");
    assert!(!out.contains('│'), "{out}");
}

#[test]
fn stdin_is_a_script_with_no_prompts() {
    let out = stdout_of(
        bienmau()
            .write_stdin("list metrics\nlist places\n")
            .env("TERM", "xterm"),
    );
    assert!(out.contains("thu_ngan_sach") && out.contains("Hữu Nghị"));
    assert!(!out.contains("bienmau>"), "{out}");
    assert!(!out.contains("Ctrl-D"), "no banner: {out}");
}

#[test]
fn a_byte_order_mark_before_the_first_statement_is_ignored() {
    let dir = TempDir::new().unwrap();
    let path = script(&dir, "bom.bmq", "\u{feff}list metrics\r\nlist places\r\n");
    bienmau()
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("thu_ngan_sach").and(contains("Hữu Nghị")));
}

#[test]
fn an_error_on_stdin_names_stdin() {
    bienmau()
        .write_stdin("list metrics\nshow kim_ngac\n")
        .assert()
        .code(1)
        .stderr(contains("<stdin>:2:6"));
}

#[test]
fn dash_reads_stdin_among_scripts() {
    bienmau()
        .args(["-", "-c", PLACES])
        .write_stdin("list metrics\n")
        .assert()
        .success()
        .stdout(contains("thu_ngan_sach").and(contains("Hữu Nghị")));
}

#[test]
fn table_format_draws_a_table() {
    let out = stdout_of(bienmau().args(["--format", "table", "-c", PLACES]));
    let row = out
        .lines()
        .find(|l| l.contains("Móng Cái"))
        .expect("a row for Móng Cái");
    assert!(row.starts_with('│') && row.ends_with('│'), "{out}");
}

#[test]
fn csv_format_is_csv() {
    let out = stdout_of(bienmau().args(["--format", "csv", "-c", PLACES]));
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    assert!(reader.headers().expect("a header row").len() >= 2, "{out}");
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("every row parses as CSV with the header's width");
    assert_eq!(&rows[0][0], "Việt Nam", "{out}");
    assert!(rows.iter().any(|r| &r[0] == "Km3+4 Hải Yên"), "{out}");
}

#[test]
fn json_format_is_json() {
    let out = stdout_of(bienmau().args(["--format", "json", "-c", PLACES]));
    let value: serde_json::Value = serde_json::from_str(&out).expect("one JSON document");
    assert!(value.to_string().contains("\"Móng Cái\""), "{out}");
}

#[test]
fn markdown_format_is_a_markdown_table() {
    let out = stdout_of(bienmau().args(["--format", "markdown", "-c", PLACES]));
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with('|')).collect();
    assert!(rows.len() >= 3, "{out}");
    assert!(rows.iter().all(|l| l.ends_with('|')), "{out}");
    assert!(rows[1].contains("---"), "{out}");
    assert!(rows.iter().any(|l| l.contains("| Móng Cái |")), "{out}");
}

#[test]
fn output_to_a_pipe_is_plain_unless_asked() {
    let plain = stdout_of(bienmau().args(["-c", PLACES]));
    assert!(!plain.contains('\x1b'), "{plain:?}");
    let no_color = stdout_of(
        bienmau()
            .args(["--color", "auto", "-c", PLACES])
            .env("NO_COLOR", "1"),
    );
    assert!(!no_color.contains('\x1b'), "{no_color:?}");
}

#[test]
fn color_always_colours_answers_even_in_a_pipe() {
    let colored = stdout_of(bienmau().args(["--color", "always", "-c", PLACES]));
    assert!(colored.contains('\x1b'), "{colored:?}");
}

#[test]
fn color_always_colours_reports() {
    let colored = bienmau()
        .args(["--color", "always", "-c", "show kim_ngac"])
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&colored).contains('\x1b'));
    bienmau()
        .args(["--color", "never", "-c", "show kim_ngac"])
        .assert()
        .code(1)
        .stderr(contains("\x1b").not());
}

#[test]
fn width_bounds_the_table() {
    let wide = stdout_of(bienmau().args(["--width", "200", "-c", PLACES]));
    assert!(wide.lines().any(|l| l.chars().count() > 40), "{wide}");
    let narrow = stdout_of(bienmau().args(["--width", "40", "-c", PLACES]));
    for line in narrow.lines() {
        assert!(line.chars().count() <= 40, "wider than 40: {line}");
    }
}

#[test]
fn usage_errors_exit_2() {
    bienmau().arg("--frobnicate").assert().code(2);
    bienmau()
        .args(["--format", "xml", "-c", "list metrics"])
        .assert()
        .code(2)
        .stderr(contains("table"));
    bienmau()
        .args(["--store", "a.jsonl", "--corpus", "dir"])
        .assert()
        .code(2);
}

#[test]
fn a_missing_script_exits_2_before_anything_runs() {
    bienmau()
        .args(["-c", "list metrics", "no-such-script.bmq"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("no-such-script.bmq"));
}

#[test]
fn an_unreadable_store_exits_2() {
    bienmau()
        .args(["--store", "/no/such/facts.jsonl", "-c", "list metrics"])
        .assert()
        .code(2)
        .stderr(contains("/no/such/facts.jsonl"));
    let dir = TempDir::new().unwrap();
    let bad = dir.path().join("facts.jsonl");
    fs::write(&bad, "{\"not\": \"a fact\"}\n").unwrap();
    bienmau()
        .args(["--store", bad.to_str().unwrap(), "-c", "list metrics"])
        .assert()
        .code(2)
        .stderr(contains("line 1"));
}

#[test]
fn the_readme_example_answers_from_the_sample() {
    let out = stdout_of(bienmau().args(["-c", COMPARE]));
    assert!(out.contains("2,28") || out.contains("2.28"), "{out}");
    assert!(out.contains("1,7") || out.contains("1.7"), "{out}");
}

#[test]
fn extract_writes_jsonl_per_the_spec() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("facts.jsonl");
    bienmau()
        .args([
            "extract",
            corpus_dir().to_str().unwrap(),
            "--format",
            "jsonl",
            "-o",
        ])
        .arg(&out)
        .assert()
        .success();
    let text = fs::read_to_string(&out).unwrap();
    let facts: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    assert!(facts.len() > 20, "{} facts", facts.len());
    for fact in &facts {
        let obj = fact.as_object().expect("a JSON object");
        for field in SPEC_FIELDS {
            assert!(obj.contains_key(*field), "missing {field}: {fact}");
        }
    }
    let h1_2025 = facts.iter().find(|f| {
        f["doc"] == "000_327b1d61fb5717e2"
            && f["place"] == "Móng Cái"
            && f["metric"] == "kim_ngach"
            && f["value"] == 2_280_000_000.0
    });
    let h1_2025 = h1_2025.expect("the Móng Cái H1 2025 total is extracted");
    assert_eq!(h1_2025["period"]["from"], "2025-01-01");
    // "Kết quả trên" continues the 1/1–6/7 report; H1 is the alternative
    // reading the spec allows.
    let to = &h1_2025["period"]["to"];
    assert!(to == "2025-07-06" || to == "2025-06-30", "{h1_2025}");
    assert_eq!(h1_2025["unit"], "USD");
}

#[test]
fn a_saved_store_answers_like_the_sample() {
    let dir = TempDir::new().unwrap();
    let out = dir.path().join("facts.jsonl");
    bienmau()
        .args(["extract", corpus_dir().to_str().unwrap(), "-o"])
        .arg(&out)
        .assert()
        .success();
    let from_store = stdout_of(bienmau().arg("--store").arg(&out).args(["-c", COMPARE]));
    let from_sample = stdout_of(bienmau().args(["-c", COMPARE]));
    assert_eq!(from_store, from_sample);
}

#[test]
fn a_corpus_directory_is_extracted_at_start() {
    let dir = TempDir::new().unwrap();
    fs::copy(
        corpus_dir().join("002_088842b1312a7e96.txt"),
        dir.path().join("mine.txt"),
    )
    .unwrap();
    fs::write(dir.path().join("notes.md"), "not an article").unwrap();
    let out = stdout_of(
        bienmau()
            .args(["--corpus", dir.path().to_str().unwrap()])
            .args(["-c", "list docs"]),
    );
    assert!(out.contains("mine"), "{out}");
    assert!(!out.contains("000_327b1d61fb5717e2"), "{out}");
    assert!(!out.contains("notes"), "{out}");
}

#[test]
fn extract_of_a_missing_file_fails() {
    bienmau()
        .args(["extract", "/no/such/article.txt"])
        .assert()
        .failure()
        .stderr(contains("/no/such/article.txt"));
}

#[test]
fn every_example_script_runs_clean() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"));
    let mut scripts: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "bmq"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 6, "{scripts:?}");
    for script in scripts {
        bienmau()
            .args(["--width", "100"])
            .arg(&script)
            .assert()
            .success()
            .stderr("");
    }
}

/// The fields `extract --format jsonl` writes, per shared/spec/facts.md.
const SPEC_FIELDS: &[&str] = &[
    "doc",
    "place",
    "metric",
    "flow",
    "scope",
    "commodity",
    "period",
    "value",
    "high",
    "unit",
    "bound",
    "estimate",
    "change",
    "plan_pct",
    "kind",
    "span",
];

fn corpus_dir() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/corpus"))
}

/// What each example's comments point at, as the articles give it (and,
/// for computed figures, as worked out by hand: 1.318 / 878 − 1 = +50,11%;
/// 24 / 517 − 1 = −95,36%; 116.366 / 156.397 = 74,4%).
const EXAMPLE_FIGURES: &[(&str, &[&str])] = &[
    (
        "mong-cai-half-year.bmq",
        &[
            "2,28 tỷ USD",
            ">1,70 tỷ USD",
            "878 doanh nghiệp",
            "1.318 doanh nghiệp",
            "+50,11%",
        ],
    ),
    ("lang-son-quarters.bmq", &[">1,10 tỷ USD", "+9,3% yoy"]),
    (
        "lao-cai-durian-2025.bmq",
        &["517,0 triệu USD", "24,0 triệu USD", "-95,36%", "-39% yoy"],
    ),
    (
        "lesson-growth-and-bases.bmq",
        &["(derived", "+64,2% yoy", "+126,5% yoy"],
    ),
    (
        "lesson-two-agencies.bmq",
        &[
            ">41,70 tỷ USD",
            "<~2,80 tỷ USD",
            "<~42,50 tỷ USD",
            ">783,0 triệu USD",
        ],
    ),
    (
        "lesson-rates-and-counts.bmq",
        &[
            "156.397 lượt",
            "116.366 lượt",
            "40.031 lượt",
            "74,4%",
            "25,6%",
        ],
    ),
];

#[test]
fn the_examples_show_what_their_comments_say() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"));
    for (script, figures) in EXAMPLE_FIGURES {
        let out = stdout_of(bienmau().args(["--width", "250"]).arg(dir.join(script)));
        for figure in *figures {
            assert!(
                out.contains(figure),
                "{script} does not show {figure}:\n{out}"
            );
        }
    }
}

/// The refusal the rates lesson points at: with --keep-going the report
/// goes to stderr, the statement after it runs, and the status is 1.
#[test]
fn the_refused_example_fails_with_a_report_and_goes_on() {
    let script = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/refused/rates-plus-counts.bmq"
    ));
    bienmau()
        .arg("--keep-going")
        .arg(script)
        .assert()
        .code(1)
        .stderr(
            contains("xe/ngày")
                .and(contains("lượt"))
                .and(contains(":8:")),
        )
        .stdout(contains("156.397 lượt"));
}

#[test]
fn extract_to_a_file_that_cannot_be_created_exits_2() {
    bienmau()
        .args(["extract", "-o", "/no/such/dir/facts.jsonl"])
        .assert()
        .code(2)
        .stderr(contains("/no/such/dir/facts.jsonl"));
}
