//! Times each per-record stage over a JSON Lines file's `description` field (development aid;
//! the benchmarks proper are in `benches/`).
//!
//! `cargo run --release -p mcaudit-core --example stage_times -- out/eval/coursera_all.jsonl`
use std::time::Instant;

use mcaudit_core::lang::{Detector, Lang};
use mcaudit_core::lexicon::SHIPPED;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: stage_times FILE.jsonl");
        return;
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("stage_times: cannot read {path}");
        return;
    };
    let docs: Vec<String> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("description").and_then(|d| d.as_str()).map(str::to_string))
        .collect();
    let bytes: usize = docs.iter().map(String::len).sum();
    let _ = &*SHIPPED;
    let det = Detector::new();
    let t = Instant::now();
    let norm: Vec<String> =
        docs.iter().map(|d| mcaudit_core::normalise::normalise(d).into_owned()).collect();
    let t_norm = t.elapsed();
    let t = Instant::now();
    let langs: Vec<Lang> = norm.iter().map(|d| det.detect(d).0).collect();
    let t_lang = t.elapsed();
    let t = Instant::now();
    let segs: Vec<_> =
        norm.iter().zip(&langs).map(|(d, l)| mcaudit_core::segment::segment(d, *l)).collect();
    let t_seg = t.elapsed();
    let t = Instant::now();
    let stmts: Vec<_> = norm
        .iter()
        .zip(&langs)
        .zip(&segs)
        .map(|((d, l), s)| {
            mcaudit_core::extract::extract(d, s, *l, SHIPPED.get(*l), SHIPPED.get(Lang::En))
        })
        .collect();
    let t_ext = t.elapsed();
    let t = Instant::now();
    let classes: Vec<_> =
        norm.iter().zip(&stmts).map(|(d, s)| mcaudit_core::classify::classify(d, s)).collect();
    let t_cls = t.elapsed();
    let t = Instant::now();
    let audits: usize = norm
        .iter()
        .zip(&classes)
        .zip(&stmts)
        .map(|((d, c), s)| {
            mcaudit_core::audit::audit(&mcaudit_core::audit::AuditInput {
                text: d,
                title: None,
                provider: None,
                meta: &[],
                class: c.class,
                outcomes: None,
                topics: &mcaudit_core::pipeline::topics(d, s),
            })
            .findings
            .len()
        })
        .sum();
    let t_aud = t.elapsed();
    let mb = bytes as f64 / 1e6;
    for (name, d) in [
        ("normalise", t_norm),
        ("language", t_lang),
        ("segment", t_seg),
        ("extract", t_ext),
        ("classify", t_cls),
        ("audit", t_aud),
    ] {
        println!(
            "{name:<10} {:>8.1} ms {:>8.1} MB/s",
            d.as_secs_f64() * 1000.0,
            mb / d.as_secs_f64()
        );
    }
    println!("{} records, {:.1} MB, {} findings", docs.len(), mb, audits);
}
