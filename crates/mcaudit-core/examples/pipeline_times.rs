//! Runs `process_record` on every `description` of a JSON Lines file, single-threaded, and
//! prints the throughput: the per-record cost as the binary's workers pay it (HTML included).
//! For profiling: `perf record ... pipeline_times FILE.jsonl`.
use std::time::Instant;

use mcaudit_core::model::{Location, RawRecord};
use mcaudit_core::pipeline::{Context, process_record};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pipeline_times FILE.jsonl");
        return;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("pipeline_times: cannot read {path}");
        return;
    };
    let docs: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("description").and_then(|d| d.as_str()).map(str::to_string))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let ctx = Context::new(None);
    let t = Instant::now();
    let mut statements = 0;
    for (i, d) in docs.into_iter().enumerate() {
        let rec = RawRecord {
            id: i.to_string(),
            location: Location { file: path.clone(), line: None, index: Some(i as u64) },
            title: None,
            provider: None,
            meta: vec![],
            encoding: "utf-8",
            warnings: vec![],
            text: d,
        };
        statements += process_record(rec, &ctx).statements.len();
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "{:.2} MB in {s:.2} s: {:.2} MB/s, {statements} statements",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / s
    );
}
