//! `mcaudit evaluate`: agreement of a run's classes with an expert coding.

use std::collections::HashMap;
use std::io::Write;

use anyhow::{Context as _, bail};
use mcaudit_core::classify::Class;
use mcaudit_core::evaluate::{Agreement, agreement};
use serde::Serialize;

use crate::Outcome;
use crate::cli::EvaluateArgs;
use crate::report::read_columns;

#[derive(Serialize)]
struct Disagreement {
    id: String,
    gold: Class,
    predicted: Class,
    lang: String,
    reasons: String,
    rule_path: String,
}

#[derive(Serialize)]
struct Report {
    gold_file: String,
    records_dir: String,
    gold_rows: usize,
    matched: usize,
    missing_in_run: Vec<String>,
    invalid_labels: Vec<String>,
    overall: Agreement,
    by_lang: Vec<(String, Agreement)>,
    disagreements: Vec<Disagreement>,
}

/// Runs `evaluate`.
pub fn run(a: &EvaluateArgs) -> anyhow::Result<Outcome> {
    let (run, source) = match (&a.records, &a.predictions) {
        (Some(dir), Some(file)) => {
            // Classes from the predictions, languages from our run (per-language figures for
            // another tool on the same records).
            let mut run = read_run(dir)?;
            let preds = read_predictions(file, &a.pred_id_col, &a.pred_label_col)?;
            run.retain(|id, _| preds.contains_key(id));
            for (id, (class, _, _, _)) in preds {
                let entry = run.entry(id).or_default();
                *entry = (class, entry.1.clone(), String::new(), String::new());
            }
            (run, file.display().to_string())
        }
        (Some(dir), None) => (read_run(dir)?, dir.display().to_string()),
        (None, Some(file)) => {
            (read_predictions(file, &a.pred_id_col, &a.pred_label_col)?, file.display().to_string())
        }
        (None, None) => bail!("give --records DIR or --predictions FILE"),
    };
    let mut rdr = csv::Reader::from_path(&a.gold)
        .with_context(|| format!("{}: cannot read gold file", a.gold.display()))?;
    let headers =
        rdr.headers().with_context(|| format!("{}: no header", a.gold.display()))?.clone();
    let pos = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(id_i), Some(label_i)) = (pos(&a.id_col), pos(&a.label_col)) else {
        bail!(
            "{}: columns {:?} and {:?} are needed (columns are: {}); set them with --id-col / --label-col",
            a.gold.display(),
            a.id_col,
            a.label_col,
            headers.iter().collect::<Vec<_>>().join(", ")
        );
    };
    let mut pairs = Vec::new();
    let mut by_lang: HashMap<String, Vec<(Class, Class)>> = HashMap::new();
    let mut missing = Vec::new();
    let mut invalid = Vec::new();
    let mut disagreements = Vec::new();
    let mut gold_rows = 0;
    // A record coded twice would count twice, perhaps with two labels (session-11 review).
    let mut first_line: HashMap<String, usize> = HashMap::new();
    for (line, row) in rdr.records().enumerate() {
        let row =
            row.with_context(|| format!("{}:{}: malformed row", a.gold.display(), line + 2))?;
        gold_rows += 1;
        let id = row.get(id_i).unwrap_or("").trim().to_string();
        if let Some(first) = first_line.insert(id.clone(), line + 2) {
            bail!(
                "{}:{}: id {id:?} is already on line {first}: each record takes one gold label",
                a.gold.display(),
                line + 2
            );
        }
        let Some(gold) = row.get(label_i).and_then(Class::parse) else {
            invalid.push(format!(
                "{}:{}: {id}: label {:?}",
                a.gold.display(),
                line + 2,
                row.get(label_i).unwrap_or("")
            ));
            continue;
        };
        match run.get(&id) {
            Some((Some(pred), lang, reasons, path)) => {
                pairs.push((gold, *pred));
                by_lang.entry(lang.clone()).or_default().push((gold, *pred));
                if gold != *pred {
                    disagreements.push(Disagreement {
                        id,
                        gold,
                        predicted: *pred,
                        lang: lang.clone(),
                        reasons: reasons.clone(),
                        rule_path: path.clone(),
                    });
                }
            }
            _ => missing.push(id),
        }
    }
    if pairs.is_empty() {
        bail!(
            "no gold id matched a record of {source} (first gold ids: {:?}); map the ids with analyse --id",
            missing.iter().take(3).collect::<Vec<_>>()
        );
    }
    let mut langs: Vec<(String, Agreement)> =
        by_lang.into_iter().map(|(l, p)| (l, agreement(&p))).collect();
    langs.sort_by(|x, y| x.0.cmp(&y.0));
    let report = Report {
        gold_file: a.gold.display().to_string(),
        records_dir: source,
        gold_rows,
        matched: pairs.len(),
        missing_in_run: missing,
        invalid_labels: invalid,
        overall: agreement(&pairs),
        by_lang: langs,
        disagreements,
    };
    let mut out = std::io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_text(&mut out, &report, a.show)?;
    }
    Ok(Outcome::Ok)
}

type Run = HashMap<String, (Option<Class>, String, String, String)>;

#[allow(clippy::needless_range_loop)] // column-major table: one index walks every column
fn read_run(dir: &std::path::Path) -> anyhow::Result<Run> {
    let cols = read_columns(
        &dir.join("records.parquet"),
        &["id", "class", "lang", "reasons", "rule_path"],
    )?;
    let mut run = Run::new();
    for i in 0..cols[0].len() {
        let id = cols[0][i].clone().unwrap_or_default();
        let class = cols[1][i].as_deref().and_then(Class::parse);
        let get = |k: usize| cols[k][i].clone().unwrap_or_default();
        run.insert(id, (class, get(2), get(3), get(4)));
    }
    Ok(run)
}

fn read_predictions(file: &std::path::Path, id_col: &str, label_col: &str) -> anyhow::Result<Run> {
    let mut rdr = csv::Reader::from_path(file)
        .with_context(|| format!("{}: cannot read predictions", file.display()))?;
    let headers = rdr.headers().with_context(|| format!("{}: no header", file.display()))?.clone();
    let pos = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(id_i), Some(label_i)) = (pos(id_col), pos(label_col)) else {
        bail!(
            "{}: columns {id_col:?} and {label_col:?} are needed (columns are: {}); set them with --pred-id-col / --pred-label-col",
            file.display(),
            headers.iter().collect::<Vec<_>>().join(", ")
        );
    };
    let lang_i = pos("lang");
    let mut run = Run::new();
    for (line, row) in rdr.records().enumerate() {
        let row = row.with_context(|| format!("{}:{}: malformed row", file.display(), line + 2))?;
        let id = row.get(id_i).unwrap_or("").trim().to_string();
        let class = row.get(label_i).and_then(Class::parse);
        let lang = lang_i.and_then(|i| row.get(i)).unwrap_or("").to_string();
        run.insert(id, (class, lang, String::new(), String::new()));
    }
    Ok(run)
}

fn print_text(out: &mut impl Write, r: &Report, show: usize) -> std::io::Result<()> {
    let o = &r.overall;
    writeln!(
        out,
        "gold: {} ({} rows), run: {}, matched: {}",
        r.gold_file, r.gold_rows, r.records_dir, r.matched
    )?;
    if !r.missing_in_run.is_empty() {
        writeln!(
            out,
            "not in the run: {} (first: {})",
            r.missing_in_run.len(),
            r.missing_in_run.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
        )?;
    }
    for l in &r.invalid_labels {
        writeln!(out, "invalid label: {l}")?;
    }
    writeln!(out, "\nconfusion (rows gold, columns predicted)")?;
    writeln!(out, "        A     B     C")?;
    for (i, name) in ["A", "B", "C"].iter().enumerate() {
        writeln!(
            out,
            "  {name} {:>5} {:>5} {:>5}",
            o.matrix[i][0], o.matrix[i][1], o.matrix[i][2]
        )?;
    }
    writeln!(out, "\nclass  precision  recall     f1  support")?;
    for c in &o.per_class {
        writeln!(
            out,
            "  {:<4} {:>9.3} {:>7.3} {:>6.3} {:>8}",
            c.class.as_str(),
            c.precision,
            c.recall,
            c.f1,
            c.support
        )?;
    }
    writeln!(
        out,
        "\naccuracy {:.3}  macro-F1 {:.3}  Cohen's kappa {:.3} (95 % CI {:.3} to {:.3})",
        o.accuracy, o.macro_f1, o.kappa, o.kappa_ci95.0, o.kappa_ci95.1
    )?;
    writeln!(out, "\nby language")?;
    for (lang, a) in &r.by_lang {
        writeln!(
            out,
            "  {lang:<4} n={:<4} accuracy {:.3}  macro-F1 {:.3}  kappa {:.3}",
            a.n, a.accuracy, a.macro_f1, a.kappa
        )?;
    }
    let n = if show == 0 { r.disagreements.len() } else { show.min(r.disagreements.len()) };
    writeln!(out, "\ndisagreements: {} (showing {n})", r.disagreements.len())?;
    for d in r.disagreements.iter().take(n) {
        writeln!(
            out,
            "  {} gold {} → ours {} [{}] {}: {}",
            d.id,
            d.gold.as_str(),
            d.predicted.as_str(),
            d.lang,
            d.reasons,
            d.rule_path
        )?;
    }
    Ok(())
}
