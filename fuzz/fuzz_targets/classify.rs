//! The whole per-record stage (extraction, classification, levels, audit): never panics, and
//! statement spans lie inside the text on char boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mcaudit_core::model::{Location, RawRecord};
use mcaudit_core::pipeline::{Context, process_record};
use std::sync::LazyLock;

static CTX: LazyLock<Context> = LazyLock::new(|| Context::new(None));

fuzz_target!(|data: &[u8]| {
    let (text, _) = mcaudit_core::decode::decode(data);
    let rec = RawRecord {
        id: "fuzz".into(),
        location: Location { file: "fuzz".into(), line: None, index: None },
        title: None,
        provider: None,
        text: text.into_owned(),
        meta: vec![],
        encoding: "utf-8",
        warnings: vec![],
    };
    let p = process_record(rec, &CTX);
    for st in &p.statements {
        assert!(
            p.record.text.is_char_boundary(st.span.start)
                && p.record.text.is_char_boundary(st.span.end)
        );
    }
});
