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

#[test]
fn csv_flattens_the_same_columns() {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("x.txt");
    fs::write(&path, ARTICLE).unwrap();
    let out = Command::cargo_bin("bienmau")
        .unwrap()
        .args(["extract", "--format", "csv"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    for col in [
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
        "change_vs",
        "plan_pct",
        "kind",
        "span_start",
        "span_end",
    ] {
        assert!(headers.iter().any(|h| h == col), "missing column {col}");
    }
    let row = reader.records().next().unwrap().unwrap();
    let get = |c: &str| {
        row.get(headers.iter().position(|h| h == c).unwrap())
            .unwrap()
            .to_string()
    };
    assert_eq!(get("place"), "Tà Lùng");
    assert_eq!(get("period_to"), "2025-10-31");
    assert_eq!(get("change_pct"), "12");
}
