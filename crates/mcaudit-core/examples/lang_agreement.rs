//! Compares the language detector's function-word shortcut with whatlang alone on the
//! `description` of every line of JSON Lines files: how many records the shortcut answers, and
//! every record where the two disagree. `cargo run --release --example lang_agreement FILE...`
use mcaudit_core::lang::{Detector, by_function_words};

fn main() {
    let d = Detector::new();
    let (mut n, mut answered, mut differ) = (0usize, 0usize, 0usize);
    // Per whatlang language: (texts, answered by the shortcut).
    let mut by_lang: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("lang_agreement: cannot read {path}");
            continue;
        };
        for (line, l) in text.lines().enumerate() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(l) else { continue };
            let Some(desc) = v.get("description").and_then(|d| d.as_str()) else { continue };
            let desc = if desc.contains('<') {
                mcaudit_core::html::html_to_text(desc).text
            } else {
                desc.to_string()
            };
            n += 1;
            let sample = mcaudit_core::text::prefix(&desc, 4096);
            let (slow, reliable) = d.detect_whatlang(&desc);
            let entry = by_lang.entry(slow.to_string()).or_default();
            entry.0 += 1;
            let Some(fast) = by_function_words(sample) else { continue };
            entry.1 += 1;
            answered += 1;
            if fast != slow {
                differ += 1;
                let head: String = desc.chars().take(100).collect::<String>().replace('\n', " ");
                println!(
                    "{path}:{}: shortcut {fast}, whatlang {slow} (reliable {reliable}) {:?}: {head}",
                    line + 1,
                    mcaudit_core::lang::function_word_counts(sample)
                );
            }
        }
    }
    for (lang, (texts, hit)) in &by_lang {
        println!("  {lang}: {texts} texts (whatlang), {hit} answered by the shortcut");
    }
    println!("{n} records, {answered} answered by the shortcut, {differ} differ from whatlang");
}
