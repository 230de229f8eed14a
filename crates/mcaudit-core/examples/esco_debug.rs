//! Prints the top ESCO skills of each statement of a CSV (id,lang,statement,uris), marking gold.
//! `cargo run --release -p mcaudit-core --example esco_debug -- ESCO_DIR FILE [N]`
use mcaudit_core::esco::{Esco, discover};
use mcaudit_core::lang::Lang;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let esco = Esco::build(&discover(std::path::Path::new(&args[1]))?)?;
    let n: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(30);
    let mut r = csv::Reader::from_path(&args[2])?;
    let (mut p1, mut with_gold) = (0usize, 0usize);
    for row in r.records() {
        let row = row?;
        let lang = Lang::parse(&row[1]).unwrap_or(Lang::En);
        let gold: Vec<&str> = row[3].split_whitespace().collect();
        if gold.is_empty() || !matches!(lang, Lang::En | Lang::Es | Lang::Fr) {
            continue;
        }
        with_gold += 1;
        let hits = esco.link(&row[2], lang, 1, 0.0);
        p1 += usize::from(hits.first().is_some_and(|h| gold.contains(&h.uri.as_str())));
    }
    println!("P@1 en/es/fr: {p1}/{with_gold} = {:.3}", p1 as f64 / with_gold.max(1) as f64);
    let mut r = csv::Reader::from_path(&args[2])?;
    for row in r.records().take(n) {
        let row = row?;
        let lang = Lang::parse(&row[1]).unwrap_or(Lang::En);
        let gold: Vec<&str> = row[3].split_whitespace().collect();
        println!("\n# {} [{}] {}", &row[0], &row[1], &row[2]);
        let label = |u: &str| {
            let l = esco
                .for_lang(Lang::En)
                .and_then(|l| l.uris.iter().position(|x| x == u).map(|i| l.labels[i].clone()));
            l.unwrap_or_default()
        };
        println!("  gold: {}", gold.iter().map(|g| label(g)).collect::<Vec<_>>().join(" | "));
        for h in esco.link(&row[2], lang, 3, 0.0) {
            let mark = if gold.contains(&h.uri.as_str()) { "*" } else { " " };
            println!("  {mark} {:.1} {} {:?}", h.score, h.label, h.matched);
        }
    }
    Ok(())
}
