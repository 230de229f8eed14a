//! `mcaudit evaluate-audit`: precision and recall of each metadata element (present or absent)
//! against elements judged by hand, and how often the extracted value agrees.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use anyhow::{Context as _, bail};
use mcaudit_core::evaluate::prf;
use serde::Serialize;

use crate::Outcome;
use crate::cli::EvaluateAuditArgs;
use crate::report::read_columns;

#[derive(Serialize, Default)]
struct ElementScores {
    gold_present: u64,
    predicted_present: u64,
    true_positive: u64,
    precision: f64,
    recall: f64,
    f1: f64,
    values_compared: u64,
    values_agree: u64,
}

/// Whether two values agree: numbers by value, code lists as sets, else case-insensitive text.
fn agree(element: &str, gold: &str, ours: &str) -> bool {
    let num =
        |s: &str| s.split_whitespace().next().and_then(|t| t.replace(',', ".").parse::<f64>().ok());
    match element {
        "credits" | "hours" | "eqf_level" => match (num(gold), num(ours)) {
            (Some(a), Some(b)) => (a - b).abs() < 0.01,
            _ => gold.trim().eq_ignore_ascii_case(ours.trim()),
        },
        "assessment" | "participation" => {
            let set = |s: &str| {
                let mut v: Vec<String> = s
                    .split([',', ';'])
                    .map(|x| x.trim().to_lowercase())
                    .filter(|x| !x.is_empty())
                    .collect();
                v.sort();
                v
            };
            set(gold) == set(ours)
        }
        _ => true,
    }
}

/// Runs `evaluate-audit`.
#[allow(clippy::needless_range_loop)] // column-major table: one index walks every column
pub fn run(a: &EvaluateAuditArgs) -> anyhow::Result<Outcome> {
    let cols =
        read_columns(&a.records.join("audit.parquet"), &["record", "element", "status", "value"])?;
    let mut ours: HashMap<(String, String), (bool, String)> = HashMap::new();
    for i in 0..cols[0].len() {
        let key = (cols[0][i].clone().unwrap_or_default(), cols[1][i].clone().unwrap_or_default());
        let present = cols[2][i].as_deref().is_some_and(|s| s != "absent");
        ours.insert(key, (present, cols[3][i].clone().unwrap_or_default()));
    }
    // Read as leniently as inputs (delimiter sniffed, BOM, UTF-16, Windows-1252).
    let gold = crate::evaluate::Table::read(&a.gold).context("reading the audit gold")?;
    let (Some(id_i), Some(el_i), Some(st_i), Some(val_i)) =
        (gold.column("id"), gold.column("element"), gold.column("status"), gold.column("value"))
    else {
        bail!(
            "{}: columns id, element, status, value are needed (columns are: {})",
            gold.file,
            gold.columns()
        );
    };
    let mut scores: BTreeMap<String, ElementScores> = BTreeMap::new();
    let mut unmatched = 0u64;
    for row in &gold.rows {
        let (id, element) = (row.get(id_i).trim().to_string(), row.get(el_i).trim().to_string());
        let gold_present = row.get(st_i).trim().eq_ignore_ascii_case("present");
        let Some((pred_present, value)) = ours.get(&(id.clone(), element.clone())) else {
            unmatched += 1;
            continue;
        };
        let s = scores.entry(element.clone()).or_default();
        s.gold_present += u64::from(gold_present);
        s.predicted_present += u64::from(*pred_present);
        if gold_present && *pred_present {
            s.true_positive += 1;
            s.values_compared += 1;
            if agree(&element, row.get(val_i), value) {
                s.values_agree += 1;
            }
        }
    }
    for s in scores.values_mut() {
        (s.precision, s.recall, s.f1) = prf(s.true_positive, s.predicted_present, s.gold_present);
    }
    let mut out = std::io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(
            &mut out,
            &serde_json::json!({ "elements": scores, "gold_rows_without_a_match": unmatched }),
        )?;
        writeln!(out)?;
        return Ok(Outcome::Ok);
    }
    writeln!(out, "element              gold  ours  both  precision  recall     f1  values agree")?;
    for (e, s) in &scores {
        writeln!(
            out,
            "  {e:<18} {:>5} {:>5} {:>5} {:>10.3} {:>7.3} {:>6.3}  {}/{}",
            s.gold_present,
            s.predicted_present,
            s.true_positive,
            s.precision,
            s.recall,
            s.f1,
            s.values_agree,
            s.values_compared
        )?;
    }
    if unmatched > 0 {
        writeln!(
            out,
            "\n{unmatched} gold rows name a record or element not in the run (elements we do not audit, such as difficulty, are listed here)"
        )?;
    }
    Ok(Outcome::Ok)
}
