//! Prints the statements mcaudit-core finds in a text given on stdin (development aid).
//!
//! `echo "Learning outcomes: • Apply X • Design Y" | cargo run -p mcaudit-core --example debug_extract -- en`
use std::io::Read;

use mcaudit_core::lang::Lang;
use mcaudit_core::model::{Location, RawRecord};
use mcaudit_core::pipeline::{Context, process_record};

fn main() {
    let lang = std::env::args().nth(1).and_then(|l| Lang::parse(&l));
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("debug_extract: cannot read stdin");
        return;
    }
    let rec = RawRecord {
        id: "stdin".into(),
        location: Location { file: "-".into(), line: None, index: None },
        title: None,
        provider: None,
        text,
        meta: vec![],
        encoding: "utf-8",
        warnings: vec![],
    };
    let p = process_record(rec, &Context::new(lang));
    println!(
        "lang {} class {} {:?}\n{}",
        p.lang,
        p.decision.class.as_str(),
        p.decision.reasons,
        p.decision.path
    );
    // `SEGMENTS=1`: the segments first (kind and text).
    if std::env::var_os("SEGMENTS").is_some() {
        for g in &p.segments {
            println!("[{:?}] {}", g.kind, &p.record.text[g.span.clone()]);
        }
    }
    for s in &p.statements {
        let lead = s.lead.as_ref().map(|l| l.lemma.as_str()).unwrap_or("-");
        println!(
            "{:?} {:?} framed={} lead={} | {}",
            s.heading,
            s.role,
            s.framed,
            lead,
            &p.record.text[s.span.clone()]
        );
        for v in &s.verbs {
            let levels: Vec<&str> = v.levels.iter().map(|(l, _)| l.as_str()).collect();
            println!("    {} {:?}", v.lemma, levels);
        }
    }
}
