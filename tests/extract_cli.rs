//! `bienmau extract` as a user runs it on a folder with a bad file in it:
//! the bad file is named on stderr with why, the rest is still extracted,
//! and the exit status is 1. CSV has the spec's columns flattened.

use std::fs;

use assert_cmd::Command;
use tempfile::TempDir;

const ARTICLE: &str = "Tháng 10/2025, kim ngạch xuất khẩu qua cửa khẩu Tà Lùng đạt 45,5 triệu USD, tăng 12% so với cùng kỳ.";

#[test]
fn a_file_that_is_not_utf8_is_reported_and_skipped() {
    let dir = TempDir::new().unwrap();
    fs::write(dir.path().join("a_good.txt"), ARTICLE).unwrap();
    fs::write(dir.path().join("b_bad.txt"), b"\xff\xfe kim ng\xe1ch").unwrap();
    fs::write(dir.path().join("notes.md"), "not an article").unwrap();
    let out = Command::cargo_bin("bienmau")
        .unwrap()
        .arg("extract")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("b_bad.txt") && stderr.contains("UTF-8"),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let facts: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(facts.len(), 1, "{stdout}");
    let f = &facts[0];
    assert_eq!(f["doc"], "a_good");
    assert_eq!(f["place"], "Tà Lùng");
    assert_eq!(f["flow"], "export");
    assert_eq!(f["value"], 45_500_000.0);
    assert_eq!(f["period"]["from"], "2025-10-01");
    assert_eq!(f["change"]["pct"], 12.0);
    assert_eq!(f["id"], "a:0");
}

/// Every field of a JSON fact is a CSV column, objects flattened into
/// `field_part` columns, and the values agree.
#[test]
fn csv_flattens_the_same_columns() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("x.txt");
    fs::write(&path, ARTICLE).unwrap();
    let run = |format: &str| {
        let out = Command::cargo_bin("bienmau")
            .unwrap()
            .args(["extract", "--format", format])
            .arg(&path)
            .output()
            .unwrap();
        assert!(out.status.success());
        out.stdout
    };
    let json: serde_json::Value = serde_json::from_slice(&run("jsonl")).unwrap();
    let csv_out = run("csv");
    let mut reader = csv::Reader::from_reader(csv_out.as_slice());
    let headers = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let cell = |c: &str| {
        let i = headers
            .iter()
            .position(|h| h == c)
            .unwrap_or_else(|| panic!("no column {c}"));
        row.get(i).unwrap().to_string()
    };
    for (key, value) in json.as_object().unwrap() {
        match (key.as_str(), value) {
            ("period", v) => {
                assert_eq!(cell("period_from"), v["from"].as_str().unwrap());
                assert_eq!(cell("period_to"), v["to"].as_str().unwrap());
            }
            ("span", v) => assert_eq!(cell("span_start"), v[0].to_string()),
            ("change", v) => {
                let pct: f64 = cell("change_pct").parse().unwrap();
                assert_eq!(Some(pct), v["pct"].as_f64());
                assert_eq!(cell("change_vs"), v["vs"].as_str().unwrap());
            }
            ("quote", v) => assert_eq!(cell("quote"), v["text"].as_str().unwrap()),
            (k, serde_json::Value::String(s)) => assert_eq!(&cell(k), s, "{k}"),
            (k, serde_json::Value::Null) => assert_eq!(cell(k), "", "{k}"),
            (k, v) => assert_eq!(cell(k), v.to_string(), "{k}"),
        }
    }
}
