//! Delimited ingest of arbitrary bytes: never panics, and every item is a record or a rejection.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mcaudit_core::ingest::{Mapping, Read, delimited};

fuzz_target!(|data: &[u8]| {
    let dir = std::env::temp_dir().join(format!("mcaudit-fuzz-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("input.csv");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    let mapping = Mapping { text: vec![], ..Mapping::default() };
    if let Ok(opened) = delimited::open(&path, &mapping) {
        for item in opened.records.take(10_000) {
            match item {
                Read::Record(r) => assert!(!r.id.is_empty()),
                Read::Rejected(i) => assert!(!i.reason.is_empty()),
            }
        }
    }
});
