//! Start-up time of the binary as a user meets it: `bienmau -c 'list
//! metrics'` from process start to exit, extraction of the embedded sample
//! included. Prints the figures; the target (under 20 ms) is read by a
//! person, not asserted, because timings on a shared machine vary.
//!
//! `cargo bench --bench startup` (builds the release binary first).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 200;
const WARMUP: usize = 10;

fn main() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_bienmau"));
    let run = || {
        let start = Instant::now();
        let status = Command::new(&bin)
            .args(["-c", "list metrics"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("the bienmau binary runs");
        assert!(status.success(), "`bienmau -c 'list metrics'` failed");
        start.elapsed()
    };
    for _ in 0..WARMUP {
        run();
    }
    let mut times: Vec<Duration> = (0..RUNS).map(|_| run()).collect();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let mean = times.iter().map(|&d| ms(d)).sum::<f64>() / RUNS as f64;
    println!("startup: `bienmau -c 'list metrics'` over the embedded sample, {RUNS} runs");
    println!(
        "  mean {:.2} ms   median {:.2} ms   min {:.2} ms   p95 {:.2} ms   (target < 20 ms)",
        mean,
        ms(times[RUNS / 2]),
        ms(times[0]),
        ms(times[RUNS * 95 / 100]),
    );
}
