//! `mcaudit evaluate-levels`: per-level precision / recall / F1 and macro-F1 of our Bloom levels
//! against labelled outcome statements (multi-label: a statement may have several levels).
//!
//! Guarantees: a level cell is read as 1/0, 1.0/0.0, true/false, yes/no or x/empty (any case),
//! and any other value stops the command with its file, line and column, so no figure is
//! computed on misread labels. The overall macro-F1 averages the six levels; a per-language
//! macro-F1 averages the levels present in that language's gold or predictions (a level no
//! statement of the subset has or is given is no F1 of 0). Each figure says which rule it uses.

use std::collections::BTreeMap;
use std::io::Write;

use anyhow::{Context as _, bail};
use mcaudit_core::evaluate::prf;
use mcaudit_core::lang::Lang;
use mcaudit_core::levels::{LevelPolicy, choose};
use mcaudit_core::lexicon::Level;
use mcaudit_core::model::{Location, RawRecord};
use mcaudit_core::pipeline::{Context, process_record};
use serde::Serialize;

use crate::Outcome;
use crate::cli::EvaluateLevelsArgs;
use crate::evaluate::Table;

#[derive(Serialize, Default, Clone)]
struct LevelScores {
    level: &'static str,
    precision: f64,
    recall: f64,
    f1: f64,
    support: u64,
    predicted: u64,
}

#[derive(Serialize)]
struct Scores {
    n: u64,
    covered: u64,
    coverage: f64,
    /// Statements led by a verb of the lexicons (observable or vague); the rest got their level
    /// from a noun or got none.
    with_verb: u64,
    verb_coverage: f64,
    exact_match: f64,
    per_level: Vec<LevelScores>,
    /// Mean F1 over [`Self::macro_f1_levels`]; NaN (`null` in JSON) when no level is present.
    macro_f1: f64,
    /// Which levels the macro-F1 averages (see [`Average`]).
    macro_f1_rule: &'static str,
    /// The levels it averages.
    macro_f1_levels: Vec<&'static str>,
}

/// Which levels a macro-F1 averages.
#[derive(Clone, Copy)]
enum Average {
    /// All six (the overall figure, as the evaluation is defined).
    AllSix,
    /// Those present in the subset's gold or predictions (per-language figures): a level absent
    /// from both sides of a subset is undefined there, not an F1 of 0.
    Present,
}

impl Average {
    fn rule(self) -> &'static str {
        match self {
            Average::AllSix => "all six levels",
            Average::Present => "levels present in this subset's gold or predictions",
        }
    }
}

/// A 0/1 level cell: 1/0, 1.0/0.0, true/false, yes/no, x/empty (any case, spaces trimmed);
/// `None` for anything else.
fn level_cell(v: &str) -> Option<bool> {
    let v = v.trim().to_ascii_lowercase();
    match v.as_str() {
        "1" | "true" | "yes" | "x" => Some(true),
        "0" | "false" | "no" | "" => Some(false),
        // Numbers as a spreadsheet or pandas writes them: `1.0`, `0.00`, `1e0`.
        _ => match v.parse::<f64>() {
            Ok(1.0) => Some(true),
            Ok(0.0) => Some(false),
            _ => None,
        },
    }
}

#[derive(Serialize)]
struct Report {
    file: String,
    policy: LevelPolicy,
    /// The overall macro-F1 under `analyse`'s default policy (`highest`), when `policy` is
    /// another: the figure that describes a default run's level tables.
    macro_f1_analyse_default: Option<f64>,
    overall: Scores,
    by_lang: BTreeMap<String, Scores>,
}

/// Gold and predicted levels of one statement, and whether a verb led it.
type GoldPred = ([bool; 6], [bool; 6], bool);

fn scores(rows: &[GoldPred], average: Average) -> Scores {
    let mut tp = [0u64; 6];
    let mut fp = [0u64; 6];
    let mut fn_ = [0u64; 6];
    let mut exact = 0u64;
    let mut covered = 0u64;
    let mut with_verb = 0u64;
    for (gold, pred, verb) in rows {
        with_verb += u64::from(*verb);
        if pred.iter().any(|&p| p) {
            covered += 1;
        }
        if gold == pred {
            exact += 1;
        }
        for i in 0..6 {
            match (gold[i], pred[i]) {
                (true, true) => tp[i] += 1,
                (false, true) => fp[i] += 1,
                (true, false) => fn_[i] += 1,
                (false, false) => {}
            }
        }
    }
    let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let per_level: Vec<LevelScores> = Level::ALL
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let (precision, recall, f1) = prf(tp[i], tp[i] + fp[i], tp[i] + fn_[i]);
            LevelScores {
                level: l.as_str(),
                precision,
                recall,
                f1,
                support: tp[i] + fn_[i],
                predicted: tp[i] + fp[i],
            }
        })
        .collect();
    let n = rows.len() as u64;
    let averaged: Vec<&LevelScores> = per_level
        .iter()
        .filter(|l| matches!(average, Average::AllSix) || l.support > 0 || l.predicted > 0)
        .collect();
    let macro_f1 = if averaged.is_empty() {
        f64::NAN
    } else {
        averaged.iter().map(|l| l.f1).sum::<f64>() / averaged.len() as f64
    };
    let macro_f1_levels = averaged.iter().map(|l| l.level).collect();
    Scores {
        n,
        covered,
        coverage: ratio(covered, n),
        with_verb,
        verb_coverage: ratio(with_verb, n),
        exact_match: ratio(exact, n),
        macro_f1,
        macro_f1_rule: average.rule(),
        macro_f1_levels,
        per_level,
    }
}

/// Level names of a 0/1 vector, joined by `+` (empty when none).
fn level_names(v: &[bool; 6]) -> String {
    Level::ALL
        .iter()
        .zip(v)
        .filter(|(_, b)| **b)
        .map(|(l, _)| l.as_str())
        .collect::<Vec<_>>()
        .join("+")
}

/// Runs `evaluate-levels`.
pub fn run(a: &EvaluateLevelsArgs) -> anyhow::Result<Outcome> {
    let policy = LevelPolicy::parse(&a.policy).unwrap_or_default();
    let table = Table::read(&a.file)?;
    let headers = &table.headers;
    let find = |names: &[&str]| {
        headers.iter().position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
    };
    let Some(text_i) = find(&[a.text.as_str()]) else {
        bail!(
            "{}: no column {:?} (columns are: {}); name it with --text",
            table.file,
            a.text,
            table.columns()
        );
    };
    let lang_i = find(&[a.lang_col.as_str()]);
    let names: [&[&str]; 6] = [
        &["remember"],
        &["understand"],
        &["apply"],
        &["analyse", "analyze"],
        &["evaluate"],
        &["create"],
    ];
    let mut level_i = [0usize; 6];
    for (k, n) in names.iter().enumerate() {
        level_i[k] = find(n).with_context(|| format!("{}: no column for level {:?} (expected Remember, Understand, Apply, Analyse or Analyze, Evaluate, Create)", a.file.display(), n[0]))?;
    }
    // Every label is read before anything is analysed or written: one unreadable cell stops
    // the command, with no figure and no partial `--details` file.
    let mut golds: Vec<[bool; 6]> = Vec::with_capacity(table.rows.len());
    for rec in &table.rows {
        let mut gold = [false; 6];
        for k in 0..6 {
            let v = rec.get(level_i[k]);
            gold[k] = level_cell(v).with_context(|| {
                format!(
                    "{}:{}: column {:?} (column {}): {v:?} is not a 0/1 level label (expected \
                     1/0, 1.0/0.0, true/false, yes/no or x/empty); no figure was computed",
                    table.file,
                    rec.line,
                    headers[level_i[k]],
                    level_i[k] + 1
                )
            })?;
        }
        golds.push(gold);
    }
    // Every row is an outcome statement: read as under a learning-outcomes heading.
    let outcomes = |lang| {
        let mut ctx = Context::new(lang);
        ctx.outcomes_only = true;
        ctx
    };
    let ctx_auto = outcomes(None);
    let mut contexts: BTreeMap<Lang, Context> = BTreeMap::new();
    let mut rows: Vec<(String, [bool; 6], [bool; 6], bool)> = Vec::new();
    let mut defaults: Vec<GoldPred> = Vec::new();
    let mut details = match &a.details {
        Some(path) => {
            let mut w = csv::Writer::from_path(path)
                .with_context(|| format!("{}: cannot write", path.display()))?;
            w.write_record([
                "line",
                "lang",
                "statement",
                "gold",
                "predicted",
                "agree",
                "role",
                "verbs",
            ])?;
            Some((path, w))
        }
        None => None,
    };
    for (index, rec) in table.rows.iter().enumerate() {
        let line = rec.line;
        let text = rec.get(text_i).to_string();
        let gold = golds[index];
        let lang = lang_i.map(|i| rec.get(i)).and_then(Lang::parse).filter(|l| *l != Lang::Und);
        let ctx = match lang {
            Some(l) => contexts.entry(l).or_insert_with(|| outcomes(Some(l))),
            None => &ctx_auto,
        };
        let raw = RawRecord {
            id: line.to_string(),
            location: Location {
                file: table.file.clone(),
                line: Some(line),
                index: Some(index as u64),
            },
            title: None,
            provider: None,
            text,
            meta: Vec::new(),
            encoding: "utf-8",
            warnings: Vec::new(),
        };
        let p = process_record(raw, ctx);
        let mut pred = [false; 6];
        let mut pred_default = [false; 6];
        for st in &p.statements {
            for l in choose(st, policy) {
                pred[l as usize - 1] = true;
            }
            for l in choose(st, LevelPolicy::Highest) {
                pred_default[l as usize - 1] = true;
            }
        }
        if let Some((path, w)) = details.as_mut() {
            let verbs: Vec<String> = p
                .statements
                .iter()
                .flat_map(|st| &st.verbs)
                .map(|v| {
                    let levels: Vec<String> =
                        v.levels.iter().map(|(l, row)| format!("{} ({row})", l.as_str())).collect();
                    format!("{}: {}", v.lemma, levels.join(", "))
                })
                .collect();
            let roles: Vec<&str> = p.statements.iter().map(|st| st.role.as_str()).collect();
            w.write_record([
                line.to_string(),
                p.lang.code().to_string(),
                rec.get(text_i).to_string(),
                level_names(&gold),
                level_names(&pred),
                if gold == pred { "yes" } else { "no" }.to_string(),
                roles.join(" "),
                verbs.join("; "),
            ])
            .with_context(|| format!("{}: cannot write", path.display()))?;
        }
        let verb = p.statements.iter().any(|st| st.lead.is_some());
        rows.push((p.lang.code().to_string(), gold, pred, verb));
        defaults.push((gold, pred_default, verb));
    }
    if let Some((path, mut w)) = details {
        w.flush().with_context(|| format!("{}: cannot write", path.display()))?;
    }
    let mut by: BTreeMap<String, Vec<GoldPred>> = BTreeMap::new();
    for (l, g, p, v) in &rows {
        by.entry(l.clone()).or_default().push((*g, *p, *v));
    }
    let all: Vec<GoldPred> = rows.iter().map(|(_, g, p, v)| (*g, *p, *v)).collect();
    let report = Report {
        file: a.file.display().to_string(),
        policy,
        macro_f1_analyse_default: (policy != LevelPolicy::Highest)
            .then(|| scores(&defaults, Average::AllSix).macro_f1),
        overall: scores(&all, Average::AllSix),
        by_lang: by.iter().map(|(l, r)| (l.clone(), scores(r, Average::Present))).collect(),
    };
    let mut out = std::io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
        return Ok(Outcome::Ok);
    }
    let o = &report.overall;
    writeln!(
        out,
        "{}: {} statements, policy {}; led by a known verb {} ({:.1} %); a level found for {} ({:.1} %, nouns included)",
        report.file,
        o.n,
        format!("{policy:?}").to_lowercase(),
        o.with_verb,
        o.verb_coverage * 100.0,
        o.covered,
        o.coverage * 100.0
    )?;
    writeln!(out, "\nlevel        precision  recall     f1  support  predicted")?;
    for l in &o.per_level {
        writeln!(
            out,
            "  {:<11} {:>8.3} {:>7.3} {:>6.3} {:>8} {:>10}",
            l.level, l.precision, l.recall, l.f1, l.support, l.predicted
        )?;
    }
    writeln!(
        out,
        "\nmacro-F1 {} (over {})  exact match {:.3}",
        f3(o.macro_f1),
        o.macro_f1_rule,
        o.exact_match
    )?;
    if let Some(d) = report.macro_f1_analyse_default {
        writeln!(
            out,
            "macro-F1 {} under `analyse`'s default policy highest (the policy of a run's level tables is its manifest's options.level_policy)",
            f3(d)
        )?;
    }
    writeln!(
        out,
        "\nby language (macro-F1 over the levels present in that language's gold or predictions)"
    )?;
    for (l, s) in &report.by_lang {
        writeln!(
            out,
            "  {l:<4} n={:<4} macro-F1 {} over {} level(s)  verb {:.3}  level {:.3}  exact {:.3}",
            s.n,
            f3(s.macro_f1),
            s.macro_f1_levels.len(),
            s.verb_coverage,
            s.coverage,
            s.exact_match
        )?;
    }
    Ok(Outcome::Ok)
}

/// A figure with three decimals, `undefined` when it is NaN.
fn f3(x: f64) -> String {
    if x.is_nan() { "undefined".to_string() } else { format!("{x:.3}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Session-15 review: `1.0`, `true`, `yes`, `x` read as 0.
    #[test]
    fn review15_level_cell_spellings() {
        for one in ["1", "1.0", " 1.00 ", "TRUE", "true", "Yes", "x", "X"] {
            assert_eq!(level_cell(one), Some(true), "{one:?}");
        }
        for zero in ["0", "0.0", "-0", "False", "no", "NO", "", "  "] {
            assert_eq!(level_cell(zero), Some(false), "{zero:?}");
        }
        for bad in ["2", "0.5", "nan", "inf", "y", "-", "1,0", "ja"] {
            assert_eq!(level_cell(bad), None, "{bad:?}");
        }
    }

    /// Session-15 review: a subset with exact match 1.000 scored macro-F1 0.667 because levels
    /// absent from both sides counted as F1 0.
    #[test]
    fn review15_subset_macro_f1_over_present_levels() {
        let mut g = [false; 6];
        g[1] = true;
        let mut h = [false; 6];
        h[2] = true;
        h[5] = true;
        let rows = [(g, g, true), (h, h, true), (g, g, false)];
        let s = scores(&rows, Average::Present);
        assert_eq!(s.exact_match, 1.0);
        assert_eq!(s.macro_f1, 1.0);
        assert_eq!(s.macro_f1_levels, ["understand", "apply", "create"]);
        let all = scores(&rows, Average::AllSix);
        assert!((all.macro_f1 - 0.5).abs() < 1e-12, "{}", all.macro_f1);
        assert_eq!(all.macro_f1_levels.len(), 6);
        // No level on either side: undefined, not 0 or 1.
        let none = scores(&[([false; 6], [false; 6], false)], Average::Present);
        assert!(none.macro_f1.is_nan());
    }
}
