//! Every shipped lexicon file is in canonical form: UTF-8 NFC, lowercase keys, rows sorted,
//! no duplicate rows, valid levels, and a stem on two Bloom levels only with `ambiguous` in
//! its notes (STYLE.md, "Lexicons are data"). Fix with `SNAPSHOTS=overwrite cargo test`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use mcaudit_core::lang::Lang;
use mcaudit_core::lexicon::Level;
use unicode_normalization::UnicodeNormalization;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/lexicons")
}

fn split(line: &str) -> Vec<String> {
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).from_reader(line.as_bytes());
    rdr.records()
        .next()
        .and_then(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .unwrap_or_default()
}

fn join(fields: &[String]) -> String {
    let mut w =
        csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(vec![]);
    w.write_record(fields).expect("in-memory write");
    String::from_utf8(w.into_inner().expect("flush")).expect("utf-8").trim_end().to_string()
}

/// The canonical form of a lexicon file.
fn canonical(text: &str) -> String {
    let mut lines = text.lines();
    let header = lines.next().unwrap_or("").to_string();
    let mut rows: BTreeSet<Vec<String>> = BTreeSet::new();
    for l in lines.filter(|l| !l.trim().is_empty()) {
        let mut f = split(l);
        for (i, x) in f.iter_mut().enumerate() {
            let t: String = x.trim().nfc().collect();
            // Keys (first two columns) are lowercase; notes keep their case.
            *x = if i < 2 { t.to_lowercase() } else { t };
        }
        rows.insert(f);
    }
    let mut out = vec![header];
    out.extend(rows.iter().map(|r| join(r)));
    out.join("\n") + "\n"
}

#[test]
fn lexicon_files_are_canonical() {
    let overwrite = std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite");
    let mut bad = Vec::new();
    for kind in ["bloom", "forms", "vague", "cues", "stopwords", "isced", "nouns"] {
        for lang in Lang::ALL {
            let path = dir().join(kind).join(format!("{}.csv", lang.code()));
            let text = std::fs::read_to_string(&path).expect("lexicon file exists");
            let want = canonical(&text);
            if want != text {
                if overwrite {
                    std::fs::write(&path, &want).expect("write");
                } else {
                    bad.push(path.display().to_string());
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "not canonical: {bad:?}\nhelp: run `SNAPSHOTS=overwrite cargo test -p mcaudit-core --test lexicon`"
    );
}

#[test]
fn levels_are_valid_and_two_levels_are_marked_ambiguous() {
    for lang in Lang::ALL {
        let path = dir().join("bloom").join(format!("{}.csv", lang.code()));
        let text = std::fs::read_to_string(&path).expect("lexicon file exists");
        let mut by_lemma: BTreeMap<String, Vec<(Level, String)>> = BTreeMap::new();
        for (i, l) in text.lines().enumerate().skip(1) {
            let f = split(l);
            let level = Level::parse(&f[1]).unwrap_or_else(|| {
                panic!("{}:{}: unknown level {:?}", path.display(), i + 1, f[1])
            });
            by_lemma
                .entry(f[0].clone())
                .or_default()
                .push((level, f.get(3).cloned().unwrap_or_default()));
        }
        for (lemma, rows) in by_lemma {
            if rows.len() > 1 {
                assert!(
                    rows.iter().all(|(_, note)| note.contains("ambiguous")),
                    "{}: {lemma:?} has {} levels without note `ambiguous`\nhelp: mark every row of a two-level verb ambiguous, or keep one level",
                    path.display(),
                    rows.len()
                );
            }
        }
    }
}
