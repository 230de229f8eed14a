//! `mcaudit evaluate-skills`: precision@1 and R-precision@5 of our ESCO links against
//! statements with the skills judged right, and coverage (share of statements given a skill).

use std::collections::{BTreeMap, HashSet};
use std::io::Write;

use anyhow::{Context as _, bail};
use mcaudit_core::lang::{Detector, Lang};
use serde::Serialize;

use crate::Outcome;
use crate::cli::EvaluateSkillsArgs;

#[derive(Serialize, Default, Clone)]
struct Scores {
    /// Statements read.
    n: u64,
    /// Statements with at least one gold skill (the base of the precision figures).
    with_gold: u64,
    /// Share of statements with gold whose first skill is a gold skill.
    precision_at_1: f64,
    /// Mean over statements with gold of |top-R ∩ gold| / R, R = min(|gold|, 5).
    r_precision_at_5: f64,
    /// Mean over statements with gold of |top-5 ∩ gold| / |gold|.
    recall_at_5: f64,
    /// Share of all statements given at least one skill above the threshold.
    coverage: f64,
    /// Statements without gold (nothing fits) that were given a skill anyway.
    linked_without_gold: u64,
}

#[derive(Default)]
struct Acc {
    n: u64,
    with_gold: u64,
    p1: f64,
    rp: f64,
    r5: f64,
    covered: u64,
    linked_without_gold: u64,
}

impl Acc {
    fn scores(&self) -> Scores {
        let per = |x: f64| if self.with_gold == 0 { 0.0 } else { round(x / self.with_gold as f64) };
        Scores {
            n: self.n,
            with_gold: self.with_gold,
            precision_at_1: per(self.p1),
            r_precision_at_5: per(self.rp),
            recall_at_5: per(self.r5),
            coverage: if self.n == 0 { 0.0 } else { round(self.covered as f64 / self.n as f64) },
            linked_without_gold: self.linked_without_gold,
        }
    }
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[derive(Serialize)]
struct Report {
    file: String,
    esco: crate::esco_cache::Loaded,
    min_score: f32,
    overall: Scores,
    per_language: BTreeMap<String, Scores>,
}

/// Runs `mcaudit evaluate-skills`.
pub fn run(a: &EvaluateSkillsArgs) -> anyhow::Result<Outcome> {
    let (esco, loaded) = crate::esco_cache::load(&a.esco)?;
    // Read as leniently as inputs (delimiter sniffed, BOM, UTF-16, Windows-1252).
    let t = crate::evaluate::Table::read(&a.file).context("reading the labelled statements")?;
    let col = |name: &str| t.column(name);
    let Some(text_i) = col(&a.text) else {
        bail!(
            "{}: no column {:?} (columns are: {}); name it with --text",
            t.file,
            a.text,
            t.columns()
        );
    };
    let Some(gold_i) = col(&a.gold) else {
        bail!("{}: no column {:?} of gold concept URIs; name it with --gold", t.file, a.gold);
    };
    let lang_i = col(&a.lang_col);
    let detector = Detector::new();
    let mut overall = Acc::default();
    let mut per_lang: BTreeMap<String, Acc> = BTreeMap::new();
    for row in &t.rows {
        let text = row.get(text_i);
        let lang =
            lang_i.and_then(|c| Lang::parse(row.get(c))).unwrap_or_else(|| detector.detect(text).0);
        let gold: HashSet<&str> = row.get(gold_i).split_whitespace().collect();
        let hits = esco.link(text, lang, 5, a.min_score);
        for acc in [&mut overall, per_lang.entry(lang.code().to_string()).or_default()] {
            acc.n += 1;
            acc.covered += u64::from(!hits.is_empty());
            if gold.is_empty() {
                acc.linked_without_gold += u64::from(!hits.is_empty());
                continue;
            }
            acc.with_gold += 1;
            let in_gold =
                |k: usize| hits.iter().take(k).filter(|h| gold.contains(h.uri.as_str())).count();
            acc.p1 += in_gold(1) as f64;
            let r = gold.len().min(5);
            acc.rp += in_gold(r) as f64 / r as f64;
            acc.r5 += in_gold(5) as f64 / gold.len() as f64;
        }
    }
    let report = Report {
        file: a.file.display().to_string(),
        esco: loaded,
        min_score: a.min_score,
        overall: overall.scores(),
        per_language: per_lang.iter().map(|(k, v)| (k.clone(), v.scores())).collect(),
    };
    let mut out = std::io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
        return Ok(Outcome::Ok);
    }
    writeln!(
        out,
        "{}: {} statements, {} with gold skills; ESCO {} ({} skills, index {}{})",
        report.file,
        report.overall.n,
        report.overall.with_gold,
        report.esco.langs.join("+"),
        report.esco.skills,
        report.esco.cache,
        if report.esco.cached { ", cached" } else { ", built now" }
    )?;
    writeln!(out, "lang      n  gold   P@1  Rprec@5  recall@5  coverage  linked_without_gold")?;
    let line = |name: &str, s: &Scores| {
        format!(
            "{name:<4} {:>6} {:>5} {:>5.3} {:>8.3} {:>9.3} {:>9.3} {:>20}",
            s.n,
            s.with_gold,
            s.precision_at_1,
            s.r_precision_at_5,
            s.recall_at_5,
            s.coverage,
            s.linked_without_gold
        )
    };
    writeln!(out, "{}", line("all", &report.overall))?;
    for (k, s) in &report.per_language {
        writeln!(out, "{}", line(k, s))?;
    }
    Ok(Outcome::Ok)
}
