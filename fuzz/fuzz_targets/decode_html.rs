//! Bytes → decode → HTML to text → normalise: never panics, normalise is idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (text, _) = mcaudit_core::decode::decode(data);
    let html = mcaudit_core::html::html_to_text(&text);
    let once = mcaudit_core::normalise::normalise(&html.text).into_owned();
    let twice = mcaudit_core::normalise::normalise(&once).into_owned();
    assert_eq!(once, twice);
});
