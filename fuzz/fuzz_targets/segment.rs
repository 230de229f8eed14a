//! Segmentation: spans ordered, disjoint, non-empty, on char boundaries, for every language.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mcaudit_core::lang::Lang;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let text = mcaudit_core::normalise::normalise(s);
    for lang in Lang::ALL {
        let mut end = 0;
        for seg in mcaudit_core::segment::segment(&text, lang) {
            assert!(seg.span.start >= end && seg.span.start < seg.span.end);
            assert!(text.is_char_boundary(seg.span.start) && text.is_char_boundary(seg.span.end));
            end = seg.span.end;
        }
    }
});
