//! Extraction throughput: a generated corpus of at least 100 MB (the sample
//! articles repeated with their numbers varied), extracted from files the
//! way `bienmau extract DIR` does, in MB/s; beside it, the time
//! `grep -oE '[0-9][0-9.,]*'` takes just to find the numbers in the same
//! files. Run with `cargo bench --bench extract`; set `BIENMAU_BENCH_MB` for
//! another size.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use bienmau::corpus::SAMPLE;
use bienmau::extract::{extract, extract_all, load_paths};
use rayon::prelude::*;

/// The sample article with every number that is not a year changed, so
/// that copies are not identical.
fn vary(text: &str, k: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        let is_year = run.len() == 4 && run.starts_with("20");
        if !is_year && !run.is_empty() {
            let last = run.pop().unwrap();
            let d = (last as u8 - b'0' + k as u8 % 10) % 10;
            run.push((b'0' + d) as char);
        }
        out.push_str(run);
        run.clear();
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut out);
            out.push(c);
        }
    }
    flush(&mut run, &mut out);
    out
}

fn main() {
    let target_mb: usize = std::env::var("BIENMAU_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let dir = std::env::temp_dir().join(format!("bienmau-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut bytes = 0;
    let mut k = 0;
    while bytes < target_mb * 1_000_000 {
        for (id, text) in SAMPLE {
            let t = vary(text, k);
            bytes += t.len();
            std::fs::write(dir.join(format!("{k:05}_{id}.txt")), t).expect("write article");
        }
        k += 1;
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} articles, {mb:.1} MB in {}",
        k * SAMPLE.len(),
        dir.display()
    );

    let t0 = Instant::now();
    let (docs, failures) = load_paths(&[PathBuf::from(&dir)]);
    let read = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let facts: usize = docs.par_iter().map(|d| extract(d).len()).sum();
    let facts_only = t1.elapsed().as_secs_f64();
    let store = extract_all(&docs);
    let total = t0.elapsed().as_secs_f64() - facts_only;
    println!(
        "facts alone (no store): {facts} in {facts_only:.2} s: {:.0} MB/s",
        mb / facts_only
    );
    assert!(failures.is_empty());
    println!(
        "extract: {} facts in {total:.2} s (reading and normalising {read:.2} s): {:.0} MB/s on {} threads",
        store.len(),
        mb / total,
        rayon::current_num_threads()
    );

    let t0 = Instant::now();
    let grep = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "grep -ohE '[0-9][0-9.,]*' {}/*.txt | wc -l",
            dir.display()
        ))
        .stdout(Stdio::piped())
        .output();
    let g = t0.elapsed().as_secs_f64();
    match grep {
        Ok(out) if out.status.success() => {
            let n = String::from_utf8_lossy(&out.stdout).trim().to_string();
            println!(
                "grep -oE '[0-9][0-9.,]*': {n} numbers in {g:.2} s: {:.0} MB/s",
                mb / g
            );
            println!("extract takes {:.2}× grep's time", total / g);
        }
        _ => println!("grep not available for comparison"),
    }
    std::fs::remove_dir_all(&dir).ok();
}
