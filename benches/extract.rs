//! Extraction throughput: a generated corpus of at least 100 MB (the sample
//! articles repeated with their numbers varied), extracted from files to an
//! indexed store the way `bienmau extract DIR` does, in MB/s; beside it, the
//! time `grep -oE '[0-9][0-9.,]*'` takes just to find the numbers in the
//! same files. The same run is timed as a person makes it, in a fresh
//! process of the `bienmau` binary, both to a store and to a facts file.
//! The steps inside the run (extracting articles already in memory,
//! reading and normalising the files, building the store) are also timed
//! on their own. Every time is the best of a few runs, as the
//! machine is shared. Run with `cargo bench --bench extract`; set
//! `BIENMAU_BENCH_MB` for another size.

/// The allocator the `bienmau` binary runs on.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

use bienmau::corpus::SAMPLE;
use bienmau::extract::{extract, extract_each, extract_paths, load_paths};
use bienmau::store::FactStore;
use bienmau::text::normalize;
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

/// How often the steps timed on their own are run.
const RUNS: usize = 5;

/// The shortest of `runs` timings of `step`, in seconds.
fn best_of(runs: usize, mut step: impl FnMut()) -> f64 {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            step();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let target_mb: usize = std::env::var("BIENMAU_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let dir = std::env::temp_dir().join(format!("bienmau-bench-{}", std::process::id()));
    let out = std::env::temp_dir().join(format!("bienmau-bench-{}.jsonl", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut bytes = 0;
    let mut k = 0;
    let mut raw = Vec::new();
    while bytes < target_mb * 1_000_000 {
        for (id, text) in SAMPLE {
            let t = vary(text, k);
            bytes += t.len();
            std::fs::write(dir.join(format!("{k:05}_{id}.txt")), &t).expect("write article");
            raw.push(t);
        }
        k += 1;
    }
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} articles, {mb:.1} MB in {}",
        k * SAMPLE.len(),
        dir.display()
    );

    // The whole run, as `bienmau extract DIR` makes it: files to indexed
    // store. The machine is shared and its timings noisy: each step is
    // timed a few times and the best time shown.
    let (mut facts, mut total) = (0, f64::INFINITY);
    for _ in 0..RUNS {
        let t = Instant::now();
        let run = extract_paths(&[PathBuf::from(&dir)], false);
        total = total.min(t.elapsed().as_secs_f64());
        assert!(run.failures.is_empty());
        facts = run.store.len();
        // Freed outside the time: a process exits without freeing.
        drop(run);
    }
    println!(
        "extract (best of {RUNS}): {facts} facts in {total:.2} s: {:.0} MB/s on {} threads",
        mb / total,
        rayon::current_num_threads()
    );

    // The same, as a person runs it: a fresh process, whose memory is all
    // new (a run inside this one reuses what the run before it freed), to
    // a store and on to a query, and to a facts file.
    let bin = env!("CARGO_BIN_EXE_bienmau");
    for (what, args) in [
        (
            "bienmau --corpus DIR -c 'list places'",
            vec![
                "--corpus",
                dir.to_str().expect("UTF-8 temp dir"),
                "-c",
                "list places",
            ],
        ),
        (
            "bienmau extract DIR -o FILE",
            vec![
                "extract",
                dir.to_str().expect("UTF-8 temp dir"),
                "-o",
                out.to_str().expect("UTF-8 temp dir"),
            ],
        ),
    ] {
        let t = best_of(RUNS, || {
            let status = Command::new(bin)
                .args(&args)
                .stdout(Stdio::null())
                .status()
                .expect("run bienmau");
            assert!(status.success());
        });
        println!(
            "{what}, a fresh process (best of {RUNS}): {t:.2} s: {:.0} MB/s",
            mb / t
        );
    }

    let (docs, _) = load_paths(&[PathBuf::from(&dir)]);
    let facts_only = best_of(RUNS, || {
        std::hint::black_box(docs.par_iter().map(|d| extract(d).len()).sum::<usize>());
    });
    println!(
        "facts alone, from articles in memory, no store (best of {RUNS}): {facts_only:.2} s: {:.0} MB/s",
        mb / facts_only
    );

    let loading = best_of(RUNS, || {
        std::hint::black_box(load_paths(&[PathBuf::from(&dir)]));
    });
    let normalising = best_of(RUNS, || {
        std::hint::black_box(raw.iter().map(|r| normalize(r).len()).sum::<usize>());
    });
    let per_doc = extract_each(&docs);
    let (mut building, mut dropping) = (f64::INFINITY, f64::INFINITY);
    for _ in 0..RUNS {
        let batches = per_doc.clone();
        let t = Instant::now();
        let store = FactStore::from_documents(batches).expect("unique fact ids");
        building = building.min(t.elapsed().as_secs_f64());
        let t = Instant::now();
        drop(store);
        dropping = dropping.min(t.elapsed().as_secs_f64());
    }
    println!(
        "steps (best of {RUNS}): reading and normalising {loading:.2} s, normalising alone {normalising:.2} s ({:.0} MB/s on one thread), store build {building:.2} s (dropping it {dropping:.2} s)",
        mb / normalising,
    );

    let grep = || {
        Command::new("sh")
            .arg("-c")
            .arg(format!(
                "grep -ohE '[0-9][0-9.,]*' {}/*.txt | wc -l",
                dir.display()
            ))
            .stdout(Stdio::piped())
            .output()
    };
    match grep() {
        Ok(out) if out.status.success() => {
            let n = String::from_utf8_lossy(&out.stdout).trim().to_string();
            let g = best_of(RUNS, || {
                std::hint::black_box(grep().ok());
            });
            println!(
                "grep -oE '[0-9][0-9.,]*' (best of {RUNS}): {n} numbers in {g:.2} s: {:.0} MB/s",
                mb / g
            );
            println!("extract takes {:.2}× grep's time", total / g);
        }
        _ => println!("grep not available for comparison"),
    }
    std::fs::remove_dir_all(&dir).ok();
    std::fs::remove_file(&out).ok();
}
