//! Tables of results, built with polars and written atomically (temporary file, then rename).
//!
//! Guarantees: rows are in input order (record by record, segment by segment), so the same
//! input gives byte-identical tables whatever the thread count; every input record has exactly
//! one row in `records.*` (status `analysed` or `rejected`); a table is either fully written or
//! absent (never half-written).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

pub mod digest;
pub mod html;
pub mod sink;
pub mod tables;

use anyhow::Context as _;
use mcaudit_core::model::{Issue, Processed, SegmentKind, Severity};
use polars::prelude::{
    Column, CsvWriter, DataFrame, ParquetCompression, ParquetReader, ParquetWriter, PolarsResult,
    SerReader, SerWriter,
};

/// Row-wise accumulators for the output tables.
#[derive(Default)]
pub struct Tables {
    rec: RecordCols,
    seg: SegmentCols,
    out: OutcomeCols,
    aud: AuditCols,
    /// Completeness sums by source (0) and by provider (1).
    completeness: [std::collections::BTreeMap<String, CompletenessSum>; 2],
    err: ErrorCols,
    /// Metadata elements with a `meta_*` column in `records.*`, sorted (fixed before the first
    /// batch so every batch has the same columns).
    pub meta_elements: Vec<String>,
    sink: Option<sink::Sink>,
    skl: SkillCols,
    /// Whether ESCO linking was on (then `skills.parquet` is written, even when empty).
    pub esco: bool,
    /// Records analysed.
    pub analysed: u64,
    /// Records rejected.
    pub rejected: u64,
    /// Time spent adding rows and streaming batches.
    pub time: std::time::Duration,
    /// The folder the `input` and `source` columns are relative to (the inputs' common
    /// folder): published tables name `Coursera.csv` or `pages/a.html`, not a local absolute
    /// path, whatever folder the run started in.
    pub base: Option<std::path::PathBuf>,
    /// [`Tables::shown`] by path: every record of an input names the same files.
    shown_paths: std::collections::HashMap<String, String>,
    /// The records' warnings and rejections, grouped for the terminal (each also has its row in
    /// `errors.csv`).
    pub digest: digest::Digest,
}

/// The folder that holds every input: a file's folder, a folder of pages' parent (so that its
/// own name stays in the names), their longest common ancestor for several; `None` when the
/// inputs cannot be resolved.
pub fn common_base(inputs: &[std::path::PathBuf]) -> Option<std::path::PathBuf> {
    let mut base: Option<std::path::PathBuf> = None;
    for p in inputs {
        let abs = std::fs::canonicalize(p).ok()?;
        let dir = abs.parent()?.to_path_buf();
        base = Some(match base {
            None => dir,
            Some(b) => {
                let common: std::path::PathBuf = b
                    .components()
                    .zip(dir.components())
                    .take_while(|(x, y)| x == y)
                    .map(|(x, _)| x)
                    .collect();
                common
            }
        });
    }
    base
}

#[derive(Default)]
struct RecordCols {
    id: Vec<String>,
    input: Vec<String>,
    source: Vec<String>,
    line: Vec<Option<u64>>,
    index: Vec<Option<u64>>,
    title: Vec<Option<String>>,
    provider: Vec<Option<String>>,
    lang: Vec<Option<String>>,
    lang_reliable: Vec<Option<bool>>,
    encoding: Vec<Option<String>>,
    chars: Vec<Option<u64>>,
    n_sections: Vec<Option<u32>>,
    n_items: Vec<Option<u32>>,
    n_sentences: Vec<Option<u32>>,
    status: Vec<&'static str>,
    reason: Vec<Option<String>>,
    warnings: Vec<Option<String>>,
    meta: Vec<Vec<(String, String)>>,
    class: Vec<Option<&'static str>>,
    reasons: Vec<Option<String>>,
    n_statements: Vec<Option<u32>>,
    n_action: Vec<Option<u32>>,
    n_vague: Vec<Option<u32>>,
    margin: Vec<Option<f64>>,
    rule_path: Vec<Option<String>>,
    evidence: Vec<Option<String>>,
    level_counts: [Vec<Option<u32>>; 6],
    highest_level: Vec<Option<&'static str>>,
    share_analyse_plus: Vec<Option<f64>>,
    declared_level: Vec<Option<String>>,
    level_flag: Vec<Option<&'static str>>,
    level_flag_reason: Vec<Option<String>>,
    completeness: Vec<Option<f64>>,
    missing: Vec<Option<String>>,
    contradictions: Vec<Option<String>>,
    isced: [Vec<Option<String>>; 5],
    isced_score: Vec<Option<u32>>,
    text: Vec<Option<String>>,
}

#[derive(Default)]
struct AuditCols {
    /// The row's record, as its index in the batch's `RecordCols::id`.
    record: Vec<u32>,
    element: Vec<&'static str>,
    mandatory: Vec<bool>,
    status: Vec<&'static str>,
    source: Vec<Option<String>>,
    start: Vec<Option<u64>>,
    end: Vec<Option<u64>>,
    value: Vec<Option<String>>,
}

/// Running sums for the completeness tables of one group.
#[derive(Default)]
struct CompletenessSum {
    records: u64,
    completeness: f64,
    present: Vec<u64>,
}

#[derive(Default)]
struct OutcomeCols {
    /// The row's record, as its index in the batch's `RecordCols::id`.
    record: Vec<u32>,
    start: Vec<u64>,
    end: Vec<u64>,
    kind: Vec<&'static str>,
    heading: Vec<&'static str>,
    dublin_area: Vec<Option<String>>,
    role: Vec<&'static str>,
    lead_verb: Vec<Option<String>>,
    verbs: Vec<Option<String>>,
    lead_text: Vec<Option<String>>,
    stem: Vec<Option<String>>,
    is_action: Vec<bool>,
    is_vague: Vec<bool>,
    levels: Vec<Option<String>>,
    level: Vec<Option<String>>,
    lang: Vec<&'static str>,
    /// The statement's span in its record's text (`RecordCols::text`), copied out at
    /// [`Tables::flush`].
    text: Vec<std::ops::Range<usize>>,
}

/// One row per (outcome statement, ESCO skill).
#[derive(Default)]
struct SkillCols {
    /// The row's record, as its index in the batch's `RecordCols::id`.
    record: Vec<u32>,
    source: Vec<String>,
    provider: Vec<Option<String>>,
    start: Vec<u64>,
    end: Vec<u64>,
    rank: Vec<u32>,
    uri: Vec<String>,
    label: Vec<String>,
    lang: Vec<String>,
    score: Vec<f32>,
    matched: Vec<String>,
}

#[derive(Default)]
struct SegmentCols {
    /// The row's record, as its index in the batch's `RecordCols::id`.
    record: Vec<u32>,
    kind: Vec<&'static str>,
    start: Vec<u64>,
    end: Vec<u64>,
    section: Vec<u32>,
    /// The segment's span in its record's text (`RecordCols::text`).
    text: Vec<std::ops::Range<usize>>,
}

#[derive(Default)]
struct ErrorCols {
    file: Vec<String>,
    line: Vec<Option<u64>>,
    index: Vec<Option<u64>>,
    record: Vec<Option<String>>,
    stage: Vec<&'static str>,
    severity: Vec<&'static str>,
    reason: Vec<String>,
    detail: Vec<String>,
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The group of the records with no provider, in the field or in the text.
pub const NO_PROVIDER: &str = "(none)";

/// What follows a provider found in the text (not in a provider field) in `records.*` and in the
/// tables by provider.
pub const FROM_TEXT: &str = " (from text)";

/// A record's provider: its provider field when it holds one, else the provider the audit found
/// in the text (`Offered by ...`, `Provider: ...`) marked [`FROM_TEXT`], else `None`. So a record
/// whose text names its provider is not grouped under [`NO_PROVIDER`], whose row of
/// `completeness_by_provider.csv` then has `share_provider` 0.
pub fn record_provider(p: &Processed) -> Option<String> {
    use mcaudit_core::audit::{Element, Status};
    if let Some(field) = p.record.provider.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        return Some(field.to_string());
    }
    p.audit
        .findings
        .iter()
        .find(|f| f.element == Element::Provider && matches!(f.status, Status::Text(_)))
        .and_then(|f| f.value.as_deref())
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(|v| format!("{v}{FROM_TEXT}"))
}

impl Tables {
    /// `path` as the tables name it: relative to [`Tables::base`] when it lies below it
    /// (worked out once per path; the working folder does not change during a run).
    fn shown(&mut self, path: &str) -> String {
        if let Some(s) = self.shown_paths.get(path) {
            return s.clone();
        }
        let s = self.resolve_shown(path);
        self.shown_paths.insert(path.to_string(), s.clone());
        s
    }

    fn resolve_shown(&self, path: &str) -> String {
        let Some(base) = &self.base else { return path.to_string() };
        let p = std::path::Path::new(path);
        let abs = if p.is_absolute() {
            p.to_path_buf()
        } else {
            match std::env::current_dir() {
                Ok(cwd) => cwd.join(p),
                Err(_) => return path.to_string(),
            }
        };
        // `./x` and `a/../b` resolve lexically (the file may be gone by now).
        let mut norm = std::path::PathBuf::new();
        for c in abs.components() {
            match c {
                std::path::Component::CurDir => {}
                std::path::Component::ParentDir => {
                    norm.pop();
                }
                other => norm.push(other),
            }
        }
        let canon_base = base;
        match norm.strip_prefix(canon_base) {
            Ok(rel) if !rel.as_os_str().is_empty() => rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
            _ => path.to_string(),
        }
    }

    /// Adds an analysed record, its segments and its warnings (its text is moved, not copied).
    ///
    /// Its `provider` is the provider field, else the provider the audit found in the text with
    /// [`FROM_TEXT`] after it (see [`record_provider`]): every table by provider groups by it.
    pub fn push_analysed(
        &mut self,
        p: Processed,
        policy: mcaudit_core::levels::LevelPolicy,
        input: &str,
    ) {
        let r = &p.record;
        let given = input;
        let (input, source) = (self.shown(input), self.shown(&r.location.file));
        let input = input.as_str();
        let c = &mut self.rec;
        let row = count(c.id.len());
        c.id.push(r.id.clone());
        c.input.push(input.to_string());
        c.source.push(source);
        c.line.push(r.location.line);
        c.index.push(r.location.index);
        c.title.push(r.title.clone());
        // The provider every table groups by: the provider field, else the one the audit found
        // in the text, marked as such (`Ashcombe Business School (from text)`), else none.
        let provider = record_provider(&p);
        c.provider.push(provider.clone());
        c.lang.push(Some(p.lang.code().to_string()));
        c.lang_reliable.push(Some(p.lang_reliable));
        c.encoding.push(Some(r.encoding.to_string()));
        c.chars.push(Some(r.text.chars().count() as u64));
        c.n_sections.push(Some(count(p.count(SegmentKind::Heading))));
        c.n_items.push(Some(count(p.count(SegmentKind::Item))));
        c.n_sentences.push(Some(count(p.count(SegmentKind::Sentence))));
        c.status.push("analysed");
        c.reason.push(None);
        c.warnings.push((!r.warnings.is_empty()).then(|| r.warnings.join("; ")));
        c.meta.push(r.meta.clone());
        let d = &p.decision;
        c.class.push(Some(d.class.as_str()));
        c.reasons.push(Some(d.reasons.join(";")));
        c.n_statements.push(Some(d.n_statements));
        c.n_action.push(Some(d.n_action));
        c.n_vague.push(Some(d.n_vague));
        c.margin.push(Some((d.margin * 1000.0).round() / 1000.0));
        c.rule_path.push(Some(d.path.clone()));
        let spans: Vec<String> = d
            .evidence
            .iter()
            .filter_map(|&i| p.statements.get(i))
            .map(|s| format!("{}..{}", s.span.start, s.span.end))
            .collect();
        c.evidence.push(Some(spans.join(";")));
        for (k, col) in c.level_counts.iter_mut().enumerate() {
            col.push(Some(p.profile.counts[k]));
        }
        c.highest_level.push(p.profile.highest.map(|l| l.as_str()));
        c.share_analyse_plus.push(Some((p.profile.share_higher * 1000.0).round() / 1000.0));
        c.declared_level.push(p.declared.as_ref().map(|d| match d.eqf {
            Some(n) => format!("EQF {n} ({})", d.cue),
            None => format!("{} ({})", d.band, d.cue),
        }));
        c.level_flag.push(p.level_flag.as_ref().map(|f| f.0));
        c.level_flag_reason.push(p.level_flag.as_ref().map(|f| f.1.clone()));
        let a = &p.audit;
        c.completeness.push(Some((a.completeness * 1000.0).round() / 1000.0));
        c.missing.push(Some(a.missing.join(";")));
        c.contradictions.push((!a.contradictions.is_empty()).then(|| {
            a.contradictions.iter().map(|(k, d)| format!("{k}: {d}")).collect::<Vec<_>>().join("; ")
        }));
        for f in &a.findings {
            let d = &mut self.aud;
            d.record.push(row);
            d.element.push(f.element.as_str());
            d.mandatory.push(f.element.mandatory());
            d.status.push(f.status.as_str());
            let (source, span) = match &f.status {
                mcaudit_core::audit::Status::Field(name) => (Some(name.clone()), None),
                mcaudit_core::audit::Status::Text(sp) if sp.end > sp.start => {
                    (Some("text".to_string()), Some(sp.clone()))
                }
                mcaudit_core::audit::Status::Text(_) => (Some("text".to_string()), None),
                mcaudit_core::audit::Status::Absent => (None, None),
            };
            d.source.push(source);
            d.start.push(span.as_ref().map(|s| s.start as u64));
            d.end.push(span.as_ref().map(|s| s.end as u64));
            d.value.push(f.value.clone());
        }
        let group = provider.clone().unwrap_or_else(|| NO_PROVIDER.into());
        for (g, key) in self.completeness.iter_mut().zip([input.to_string(), group]) {
            let sum = g.entry(key).or_default();
            sum.records += 1;
            sum.completeness += a.completeness;
            sum.present.resize(a.findings.len(), 0);
            for (n, f) in sum.present.iter_mut().zip(&a.findings) {
                *n += u64::from(f.status != mcaudit_core::audit::Status::Absent);
            }
        }
        let f = p.isced.as_ref();
        let vals = [
            f.map(|f| f.broad.clone()),
            f.map(|f| f.broad_name.clone()),
            f.map(|f| f.narrow.clone()),
            f.map(|f| f.narrow_name.clone()),
            f.map(|f| f.terms.join("; ")),
        ];
        for (col, v) in c.isced.iter_mut().zip(vals) {
            col.push(v);
        }
        c.isced_score.push(f.map(|f| f.score));
        for st in &p.statements {
            let o = &mut self.out;
            o.record.push(row);
            o.start.push(st.span.start as u64);
            o.end.push(st.span.end as u64);
            o.kind.push(st.kind.as_str());
            o.heading.push(heading_name(st.heading));
            o.dublin_area.push(mcaudit_core::levels::dublin_area(st));
            o.role.push(st.role.as_str());
            let lead = st.lead.as_ref();
            o.lead_verb.push(lead.map(|l| l.lemma.clone()));
            o.verbs.push(
                (!st.verbs.is_empty()).then(|| {
                    st.verbs.iter().map(|v| v.lemma.as_str()).collect::<Vec<_>>().join(",")
                }),
            );
            o.lead_text.push(lead.and_then(|l| r.text.get(l.span.clone())).map(str::to_string));
            o.stem.push(lead.map(|l| l.stem.clone()));
            o.is_action.push(st.role == mcaudit_core::extract::Role::Action);
            o.is_vague.push(lead.is_some_and(|l| l.vague));
            let levels = mcaudit_core::levels::candidates(st);
            let join = |v: &[mcaudit_core::lexicon::Level]| {
                v.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(",")
            };
            o.levels.push((!levels.is_empty()).then(|| join(&levels)));
            let chosen = mcaudit_core::levels::choose(st, policy);
            o.level.push((!chosen.is_empty()).then(|| join(&chosen)));
            o.lang.push(p.lang.code());
            o.text.push(st.span.clone());
        }
        for (i, hit) in &p.skills {
            let Some(st) = p.statements.get(*i) else { continue };
            let k = &mut self.skl;
            k.record.push(row);
            k.source.push(input.to_string());
            k.provider.push(provider.clone());
            k.start.push(st.span.start as u64);
            k.end.push(st.span.end as u64);
            k.rank.push(hit.rank);
            k.uri.push(hit.uri.clone());
            k.label.push(hit.label.clone());
            k.lang.push(hit.lang.clone());
            k.score.push(hit.score);
            k.matched.push(hit.matched.join("; "));
        }
        for s in &p.segments {
            self.seg.record.push(row);
            self.seg.kind.push(s.kind.as_str());
            self.seg.start.push(s.span.start as u64);
            self.seg.end.push(s.span.end as u64);
            self.seg.section.push(s.section);
            self.seg.text.push(s.span.clone());
        }
        for w in &r.warnings {
            let (reason, detail) = w.split_once(": ").unwrap_or(("warning", w));
            let issue = Issue {
                location: r.location.clone(),
                record: Some(r.id.clone()),
                stage: mcaudit_core::model::Stage::Ingest,
                severity: Severity::Warning,
                reason: reason.to_string(),
                detail: detail.to_string(),
            };
            self.push_issue(&issue);
            self.digest.add(given, &issue);
        }
        self.rec.text.push(Some(p.record.text));
        self.analysed += 1;
    }

    /// Adds a rejected record: a row in `records.*` with status `rejected`, and one in `errors.csv`.
    pub fn push_rejected(&mut self, issue: &Issue, id: String, input: &str) {
        self.digest.add(input, issue);
        let (input, source) = (self.shown(input), self.shown(&issue.location.file));
        let input = input.as_str();
        let c = &mut self.rec;
        c.id.push(id.clone());
        c.input.push(input.to_string());
        c.source.push(source);
        c.line.push(issue.location.line);
        c.index.push(issue.location.index);
        c.title.push(None);
        c.provider.push(None);
        c.lang.push(None);
        c.lang_reliable.push(None);
        c.encoding.push(None);
        c.chars.push(None);
        c.n_sections.push(None);
        c.n_items.push(None);
        c.n_sentences.push(None);
        c.status.push("rejected");
        c.reason.push(Some(issue.reason.clone()));
        c.warnings.push(None);
        c.meta.push(Vec::new());
        c.class.push(None);
        c.reasons.push(None);
        c.n_statements.push(None);
        c.n_action.push(None);
        c.n_vague.push(None);
        c.margin.push(None);
        c.rule_path.push(None);
        c.evidence.push(None);
        for col in &mut c.level_counts {
            col.push(None);
        }
        c.highest_level.push(None);
        c.share_analyse_plus.push(None);
        c.declared_level.push(None);
        c.level_flag.push(None);
        c.level_flag_reason.push(None);
        c.completeness.push(None);
        c.missing.push(None);
        c.contradictions.push(None);
        for col in &mut c.isced {
            col.push(None);
        }
        c.isced_score.push(None);
        c.text.push(None);
        let mut issue = issue.clone();
        issue.record = Some(id);
        self.push_issue(&issue);
        self.rejected += 1;
    }

    /// Adds a problem that is not a record (an input that could not be opened).
    pub fn push_issue(&mut self, i: &Issue) {
        // Named as `records.*` name its source: relative to the folder holding every input.
        let file = self.shown(&i.location.file);
        let e = &mut self.err;
        e.file.push(file);
        e.line.push(i.location.line);
        e.index.push(i.location.index);
        e.record.push(i.record.clone());
        e.stage.push(i.stage.as_str());
        e.severity.push(i.severity.as_str());
        e.reason.push(i.reason.clone());
        e.detail.push(i.detail.clone());
    }

    /// Counts of rejections and warnings by reason, sorted by reason.
    pub fn reasons(&self) -> Vec<(String, String, u64)> {
        let mut map = std::collections::BTreeMap::<(String, String), u64>::new();
        for (sev, reason) in self.err.severity.iter().zip(&self.err.reason) {
            *map.entry((sev.to_string(), reason.clone())).or_default() += 1;
        }
        map.into_iter().map(|((s, r), n)| (s, r, n)).collect()
    }

    fn completeness_frame(&self, by_provider: bool) -> PolarsResult<DataFrame> {
        use mcaudit_core::audit::Element;
        let groups = &self.completeness[usize::from(by_provider)];
        let name = if by_provider { "provider" } else { "source" };
        let keys: Vec<&str> = groups.keys().map(String::as_str).collect();
        let n: Vec<u32> = groups.values().map(|v| v.records as u32).collect();
        let round = |x: f64| (x * 1000.0).round() / 1000.0;
        let mean: Vec<f64> =
            groups.values().map(|v| round(v.completeness / v.records as f64)).collect();
        let mut cols = vec![
            Column::new(name.into(), keys),
            Column::new("records".into(), n),
            Column::new("mean_completeness".into(), mean),
        ];
        // Shares are percentages with two decimals, as in every table of `tables/`; the mean
        // completeness is a score from 0 to 1, as each record's.
        let pct = |x: f64| (x * 10000.0).round() / 100.0;
        for (i, e) in Element::ALL.iter().enumerate() {
            let share: Vec<f64> = groups
                .values()
                .map(|v| pct(v.present.get(i).copied().unwrap_or(0) as f64 / v.records as f64))
                .collect();
            cols.push(Column::new(format!("share_{}", e.as_str()).into(), share));
        }
        DataFrame::new(groups.len(), cols)
    }

    fn errors_frame(&self) -> PolarsResult<DataFrame> {
        let e = &self.err;
        DataFrame::new(
            e.file.len(),
            vec![
                Column::new("file".into(), &e.file),
                Column::new("line".into(), &e.line),
                Column::new("index".into(), &e.index),
                Column::new("record".into(), &e.record),
                Column::new("stage".into(), &e.stage),
                Column::new("severity".into(), &e.severity),
                Column::new("reason".into(), &e.reason),
                Column::new("detail".into(), &e.detail),
            ],
        )
    }

    /// Rows waiting in memory (records).
    pub fn pending(&self) -> usize {
        self.rec.id.len()
    }

    /// Appends the rows waiting in memory to the streamed tables in `dir` (temporary files until
    /// [`Tables::write`]) and frees them. Call it at fixed record counts: batch boundaries
    /// are part of the Parquet files, so the same counts give the same bytes.
    pub fn flush(&mut self, dir: &Path) -> anyhow::Result<()> {
        let sink = self.sink.get_or_insert_with(|| sink::Sink::new(dir));
        let records = self_frames(&self.rec, &self.meta_elements)?;
        sink.write("records.parquet", &records.0)?;
        sink.write("records.csv", &records.1)?;
        let (ids, texts) = (&self.rec.id, &self.rec.text);
        let seg = segments_frame(&self.seg, ids, texts).context("segments table")?;
        sink.write("segments.parquet", &seg)?;
        let out = outcomes_frame(&self.out, ids, texts).context("outcomes table")?;
        sink.write("outcomes.parquet", &out)?;
        if self.esco {
            sink.write("skills.parquet", &skills_frame(&self.skl, ids).context("skills table")?)?;
        }
        sink.write("audit.parquet", &audit_frame(&self.aud, ids).context("audit table")?)?;
        self.rec = RecordCols::default();
        self.seg = SegmentCols::default();
        self.out = OutcomeCols::default();
        self.skl = SkillCols::default();
        self.aud = AuditCols::default();
        Ok(())
    }

    /// Finishes every table in `dir`. Each file is pushed on `written` as soon as it is in
    /// place; on error, the streamed tables not yet in place are removed.
    pub fn write(&mut self, dir: &Path, written: &mut Vec<PathBuf>) -> anyhow::Result<()> {
        // The last batch, possibly empty: every table gets its schema even with no row.
        self.flush(dir)?;
        if let Some(sink) = self.sink.take() {
            sink.finish(written)?;
        }
        let mut by_source =
            self.completeness_frame(false).context("building completeness table")?;
        written.push(write_csv(dir, "completeness_by_source.csv", &mut by_source)?);
        let mut by_provider =
            self.completeness_frame(true).context("building completeness table")?;
        written.push(write_csv(dir, "completeness_by_provider.csv", &mut by_provider)?);
        let mut errors = self.errors_frame().context("building errors table")?;
        written.push(write_csv(dir, "errors.csv", &mut errors)?);
        Ok(())
    }
}

/// The `record` column of a per-row table: each row's record id, looked up in the batch.
fn record_column(rows: &[u32], ids: &[String]) -> Column {
    let values: Vec<&str> =
        rows.iter().map(|&i| ids.get(i as usize).map_or("", String::as_str)).collect();
    Column::new("record".into(), values)
}

/// The records batch for `records.parquet`, and the same without its last column, `text`, for
/// `records.csv` (the columns are shared, not built twice).
fn self_frames(rec: &RecordCols, meta: &[String]) -> anyhow::Result<(DataFrame, DataFrame)> {
    let full = records_frame(rec, meta).context("records table")?;
    let csv = full.drop("text").context("records table")?;
    Ok((full, csv))
}

/// The columns of `records.*` for a run whose inputs map the metadata elements `meta` (the
/// names `--group-by` may take, `meta_` prefix optional).
pub fn record_columns(meta: &[String]) -> Vec<String> {
    records_frame(&RecordCols::default(), meta)
        .map(|df| df.get_column_names().into_iter().map(|c| c.to_string()).collect())
        .unwrap_or_default()
}

fn records_frame(c: &RecordCols, meta: &[String]) -> PolarsResult<DataFrame> {
    let mut cols: Vec<Column> = vec![
        Column::new("id".into(), &c.id),
        Column::new("input".into(), &c.input),
        Column::new("source".into(), &c.source),
        Column::new("line".into(), &c.line),
        Column::new("index".into(), &c.index),
        Column::new("title".into(), &c.title),
        Column::new("provider".into(), &c.provider),
        Column::new("lang".into(), &c.lang),
        Column::new("lang_reliable".into(), &c.lang_reliable),
        Column::new("encoding".into(), &c.encoding),
        Column::new("chars".into(), &c.chars),
        Column::new("n_sections".into(), &c.n_sections),
        Column::new("n_items".into(), &c.n_items),
        Column::new("n_sentences".into(), &c.n_sentences),
        Column::new("status".into(), &c.status),
        Column::new("reason".into(), &c.reason),
        Column::new("warnings".into(), &c.warnings),
        Column::new("class".into(), &c.class),
        Column::new("reasons".into(), &c.reasons),
        Column::new("n_statements".into(), &c.n_statements),
        Column::new("n_action".into(), &c.n_action),
        Column::new("n_vague".into(), &c.n_vague),
        Column::new("margin".into(), &c.margin),
        Column::new("rule_path".into(), &c.rule_path),
        Column::new("evidence".into(), &c.evidence),
        Column::new("n_remember".into(), &c.level_counts[0]),
        Column::new("n_understand".into(), &c.level_counts[1]),
        Column::new("n_apply".into(), &c.level_counts[2]),
        Column::new("n_analyse".into(), &c.level_counts[3]),
        Column::new("n_evaluate".into(), &c.level_counts[4]),
        Column::new("n_create".into(), &c.level_counts[5]),
        Column::new("highest_level".into(), &c.highest_level),
        Column::new("share_analyse_plus".into(), &c.share_analyse_plus),
        Column::new("declared_level".into(), &c.declared_level),
        Column::new("level_flag".into(), &c.level_flag),
        Column::new("level_flag_reason".into(), &c.level_flag_reason),
        Column::new("completeness".into(), &c.completeness),
        Column::new("missing".into(), &c.missing),
        Column::new("contradictions".into(), &c.contradictions),
        Column::new("isced_broad".into(), &c.isced[0]),
        Column::new("isced_broad_name".into(), &c.isced[1]),
        Column::new("isced_narrow".into(), &c.isced[2]),
        Column::new("isced_narrow_name".into(), &c.isced[3]),
        Column::new("isced_terms".into(), &c.isced[4]),
        Column::new("isced_score".into(), &c.isced_score),
    ];
    for e in meta {
        let values: Vec<Option<String>> = c
            .meta
            .iter()
            .map(|m| {
                let vals: Vec<&str> =
                    m.iter().filter(|(k, _)| k == e).map(|(_, v)| v.as_str()).collect();
                (!vals.is_empty()).then(|| vals.join("; "))
            })
            .collect();
        cols.push(Column::new(format!("meta_{e}").into(), values));
    }
    cols.push(Column::new("text".into(), &c.text));
    DataFrame::new(c.id.len(), cols)
}

/// The `text` column of a per-row table: each row's span of its record's text (`""` when the
/// span does not lie in it, as [`Processed::segment_text`] reads it).
fn span_column(rows: &[u32], spans: &[std::ops::Range<usize>], texts: &[Option<String>]) -> Column {
    let values: Vec<&str> = rows
        .iter()
        .zip(spans)
        .map(|(&i, span)| {
            texts.get(i as usize).and_then(|t| t.as_deref()?.get(span.clone())).unwrap_or("")
        })
        .collect();
    Column::new("text".into(), values)
}

fn segments_frame(
    s: &SegmentCols,
    ids: &[String],
    texts: &[Option<String>],
) -> PolarsResult<DataFrame> {
    DataFrame::new(
        s.record.len(),
        vec![
            record_column(&s.record, ids),
            Column::new("kind".into(), &s.kind),
            Column::new("start".into(), &s.start),
            Column::new("end".into(), &s.end),
            Column::new("section".into(), &s.section),
            span_column(&s.record, &s.text, texts),
        ],
    )
}

fn outcomes_frame(
    o: &OutcomeCols,
    ids: &[String],
    texts: &[Option<String>],
) -> PolarsResult<DataFrame> {
    DataFrame::new(
        o.record.len(),
        vec![
            record_column(&o.record, ids),
            Column::new("start".into(), &o.start),
            Column::new("end".into(), &o.end),
            Column::new("kind".into(), &o.kind),
            Column::new("heading".into(), &o.heading),
            Column::new("dublin_area".into(), &o.dublin_area),
            Column::new("role".into(), &o.role),
            Column::new("lead_verb".into(), &o.lead_verb),
            Column::new("verbs".into(), &o.verbs),
            Column::new("lead_text".into(), &o.lead_text),
            Column::new("stem".into(), &o.stem),
            Column::new("is_action".into(), &o.is_action),
            Column::new("is_vague".into(), &o.is_vague),
            Column::new("levels".into(), &o.levels),
            Column::new("level".into(), &o.level),
            Column::new("lang".into(), &o.lang),
            span_column(&o.record, &o.text, texts),
        ],
    )
}

fn skills_frame(k: &SkillCols, ids: &[String]) -> PolarsResult<DataFrame> {
    DataFrame::new(
        k.record.len(),
        vec![
            record_column(&k.record, ids),
            Column::new("source".into(), &k.source),
            Column::new("provider".into(), &k.provider),
            Column::new("start".into(), &k.start),
            Column::new("end".into(), &k.end),
            Column::new("rank".into(), &k.rank),
            Column::new("concept_uri".into(), &k.uri),
            Column::new("label".into(), &k.label),
            Column::new("lang".into(), &k.lang),
            Column::new("score".into(), &k.score),
            Column::new("matched".into(), &k.matched),
        ],
    )
}

fn audit_frame(d: &AuditCols, ids: &[String]) -> PolarsResult<DataFrame> {
    DataFrame::new(
        d.record.len(),
        vec![
            record_column(&d.record, ids),
            Column::new("element".into(), &d.element),
            Column::new("mandatory".into(), &d.mandatory),
            Column::new("status".into(), &d.status),
            Column::new("source".into(), &d.source),
            Column::new("start".into(), &d.start),
            Column::new("end".into(), &d.end),
            Column::new("value".into(), &d.value),
        ],
    )
}

/// Completeness by a grouping key: records, mean completeness, and the share of records
/// with each element present. Groups in sorted order.
fn heading_name(h: mcaudit_core::extract::HeadingKind) -> &'static str {
    use mcaudit_core::extract::HeadingKind as H;
    match h {
        H::Learning => "learning",
        H::Dublin => "dublin",
        H::Skills => "skills",
        H::Content => "content",
        H::Other => "other",
    }
}

/// Reads named columns of a Parquet table as optional strings (numbers are formatted).
pub fn read_columns(path: &Path, names: &[&str]) -> anyhow::Result<Vec<Vec<Option<String>>>> {
    read_columns_range(path, names, None)
}

/// Number of rows of a Parquet table (from its footer: nothing else is read).
pub fn parquet_rows(path: &Path) -> anyhow::Result<usize> {
    let file = File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    ParquetReader::new(file)
        .num_rows()
        .with_context(|| format!("{}: not a Parquet table", path.display()))
}

/// Like [`read_columns`], for the rows `offset .. offset + len` only (`None`: every row).
pub fn read_columns_range(
    path: &Path,
    names: &[&str],
    range: Option<(usize, usize)>,
) -> anyhow::Result<Vec<Vec<Option<String>>>> {
    let open = || {
        File::open(path)
            .with_context(|| format!("{}: cannot open (run mcaudit analyse first)", path.display()))
    };
    let schema = ParquetReader::new(open()?)
        .schema()
        .with_context(|| format!("{}: not a Parquet table", path.display()))?;
    if let Some(missing) = names.iter().find(|n| schema.get(n).is_none()) {
        anyhow::bail!("{}: no column {missing:?}", path.display());
    }
    let file = open()?;
    // Only the named columns are read: the `text` column of a large run never enters memory.
    let df = ParquetReader::new(file)
        .with_columns(Some(names.iter().map(|n| n.to_string()).collect()))
        .with_slice(range)
        .finish()
        .with_context(|| format!("{}: not a Parquet table", path.display()))?;
    let mut out = Vec::new();
    for name in names {
        let c =
            df.column(name).with_context(|| format!("{}: no column {name:?}", path.display()))?;
        let c = c
            .cast(&polars::prelude::DataType::String)
            .with_context(|| format!("{}: column {name:?}", path.display()))?;
        let s =
            c.str().with_context(|| format!("{}: column {name:?} is not text", path.display()))?;
        out.push(s.iter().map(|v| v.map(str::to_string)).collect());
    }
    Ok(out)
}

/// Calls `f` on the named columns of successive slices of a table's rows (100,000 at a time),
/// so a table of ten million statements is summed without holding it in memory. Values are
/// borrowed from the slice (numbers formatted), not copied.
pub fn for_each_slice(
    path: &Path,
    names: &[&str],
    f: impl FnMut(&[Vec<Option<&str>>]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for_each_slice_of(path, names, 100_000, f)
}

/// [`for_each_slice`] with `rows` rows at a time: the record texts are read 8,192 at a time
/// (four of the writer's row groups), so that `texts.jsonl` never holds more of the corpus's
/// text in memory than that.
pub fn for_each_slice_of(
    path: &Path,
    names: &[&str],
    rows: usize,
    f: impl FnMut(&[Vec<Option<&str>>]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for_each_slice_upto(path, names, rows, usize::MAX, f)
}

/// [`for_each_slice_of`] over the first `limit` rows only (the workbook's records sheet).
pub fn for_each_slice_upto(
    path: &Path,
    names: &[&str],
    rows: usize,
    limit: usize,
    mut f: impl FnMut(&[Vec<Option<&str>>]) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    slices_while(path, names, rows, limit, |cols| f(cols).map(|()| true))
}

/// [`for_each_slice_upto`], stopping after the first slice for which `f` gives `false`.
fn slices_while(
    path: &Path,
    names: &[&str],
    rows: usize,
    limit: usize,
    mut f: impl FnMut(&[Vec<Option<&str>>]) -> anyhow::Result<bool>,
) -> anyhow::Result<()> {
    let total = parquet_rows(path)?.min(limit);
    let schema = ParquetReader::new(open_table(path)?)
        .schema()
        .with_context(|| format!("{}: not a Parquet table", path.display()))?;
    if let Some(missing) = names.iter().find(|n| schema.get(n).is_none()) {
        anyhow::bail!("{}: no column {missing:?}", path.display());
    }
    let mut offset = 0;
    while offset < total {
        let df = ParquetReader::new(open_table(path)?)
            .with_columns(Some(names.iter().map(|n| n.to_string()).collect()))
            .with_slice(Some((offset, rows.min(total - offset))))
            .finish()
            .with_context(|| format!("{}: not a Parquet table", path.display()))?;
        let mut text = Vec::with_capacity(names.len());
        for name in names {
            let c = df
                .column(name)
                .with_context(|| format!("{}: no column {name:?}", path.display()))?
                .cast(&polars::prelude::DataType::String)
                .with_context(|| format!("{}: column {name:?}", path.display()))?;
            text.push(c);
        }
        let mut cols: Vec<Vec<Option<&str>>> = Vec::with_capacity(names.len());
        for (c, name) in text.iter().zip(names) {
            let s = c
                .str()
                .with_context(|| format!("{}: column {name:?} is not text", path.display()))?;
            cols.push(s.iter().collect());
        }
        if !f(&cols)? {
            break;
        }
        offset += rows;
    }
    Ok(())
}

fn open_table(path: &Path) -> anyhow::Result<File> {
    File::open(path)
        .with_context(|| format!("{}: cannot open (run mcaudit analyse first)", path.display()))
}

/// The rows of a table whose `record` column (column 0 of `names`) is in `ids`, read in slices
/// from the start: tables are in input order, so reading stops at the first slice after the
/// wanted records. Keeps the page's cost bounded by the records it shows, not the corpus.
pub fn read_rows_of(
    path: &Path,
    names: &[&str],
    ids: &std::collections::HashSet<String>,
) -> anyhow::Result<Vec<Vec<Option<String>>>> {
    const SLICE: usize = 100_000;
    let mut out: Vec<Vec<Option<String>>> = vec![Vec::new(); names.len()];
    // Values are borrowed from each slice; only the rows wanted are copied.
    slices_while(path, names, SLICE, usize::MAX, |cols| {
        let mut past = false;
        for i in 0..cols[0].len() {
            if cols[0][i].is_some_and(|r| ids.contains(r)) {
                for (o, c) in out.iter_mut().zip(cols) {
                    o.push(c[i].map(str::to_string));
                }
            } else if !out[0].is_empty() {
                past = true;
            }
        }
        Ok(!past)
    })?;
    Ok(out)
}

/// The rows of `path` whose first column (of `names`) is in `ids`, wherever they are in the
/// file (read through to its end, unlike [`read_rows_of`], whose rows come together): the
/// columns `names`, in file order.
pub fn read_rows_among(
    path: &Path,
    names: &[&str],
    ids: &std::collections::HashSet<String>,
) -> anyhow::Result<Vec<Vec<Option<String>>>> {
    const SLICE: usize = 8_192;
    let mut out: Vec<Vec<Option<String>>> = vec![Vec::new(); names.len()];
    slices_while(path, names, SLICE, usize::MAX, |cols| {
        for i in 0..cols[0].len() {
            if cols[0][i].is_some_and(|r| ids.contains(r)) {
                for (o, c) in out.iter_mut().zip(cols) {
                    o.push(c[i].map(str::to_string));
                }
            }
        }
        Ok(true)
    })?;
    Ok(out)
}

/// Writes `texts.jsonl`: one JSON object per analysed record, `{"id": ..., "text": ...}`, in
/// the order of `records.*`, where `text` is the normalised text that every span of the run
/// indexes (`evidence` in `records.csv`, `start` / `end` in the other tables), as UTF-8 byte
/// offsets. `records.csv` does not hold the text: it would be the largest column by far and
/// a multi-line cell; this file lets a reader without Parquet check each span.
pub fn write_texts(dir: &Path) -> anyhow::Result<PathBuf> {
    /// Rows of texts read at a time: four of the writer's row groups of 2,048.
    const TEXT_SLICE: usize = 8_192;
    let records = dir.join("records.parquet");
    atomic_write(dir, "texts.jsonl", |w| {
        for_each_slice_of(&records, &["id", "status", "text"], TEXT_SLICE, |rec| {
            for ((id, status), text) in rec[0].iter().zip(&rec[1]).zip(&rec[2]) {
                if *status != Some("analysed") {
                    continue;
                }
                let row = TextRow { id: id.unwrap_or_default(), text: text.unwrap_or_default() };
                serde_json::to_writer(&mut *w, &row)?;
                w.write_all(b"\n")?;
            }
            Ok(())
        })
    })
}

/// A line of `texts.jsonl`, borrowed from the slice read (the fields in the order a JSON object
/// of `serde_json` would sort them).
#[derive(serde::Serialize)]
struct TextRow<'a> {
    id: &'a str,
    text: &'a str,
}

/// Writes `name` in `dir` through a temporary file renamed into place.
pub fn atomic_write(
    dir: &Path,
    name: &str,
    write: impl FnOnce(&mut BufWriter<File>) -> anyhow::Result<()>,
) -> anyhow::Result<PathBuf> {
    let path = dir.join(name);
    let tmp = dir.join(format!(".{name}.tmp"));
    let result = (|| {
        let file =
            File::create(&tmp).with_context(|| format!("{}: cannot create", tmp.display()))?;
        let mut w = BufWriter::new(file);
        write(&mut w)?;
        w.flush().with_context(|| format!("{}: cannot write", tmp.display()))?;
        w.get_ref().sync_all().with_context(|| format!("{}: cannot sync", tmp.display()))?;
        std::fs::rename(&tmp, &path)
            .with_context(|| format!("{}: cannot rename into place", path.display()))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map(|()| path)
}

pub(crate) fn write_parquet(dir: &Path, name: &str, df: &mut DataFrame) -> anyhow::Result<PathBuf> {
    atomic_write(dir, name, |w| {
        ParquetWriter::new(w)
            .with_compression(ParquetCompression::Zstd(None))
            .finish(df)
            .with_context(|| format!("writing {name}"))?;
        Ok(())
    })
}

pub(crate) fn write_csv(dir: &Path, name: &str, df: &mut DataFrame) -> anyhow::Result<PathBuf> {
    atomic_write(dir, name, |w| {
        CsvWriter::new(w)
            .include_header(true)
            .finish(df)
            .with_context(|| format!("writing {name}"))?;
        Ok(())
    })
}

/// Reads `segments.parquet` back as (record, kind, text) rows, in file order.
pub fn read_segments(path: &Path) -> anyhow::Result<Vec<(String, String, String)>> {
    let file = File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let df = ParquetReader::new(file)
        .finish()
        .with_context(|| format!("{}: not a segments table", path.display()))?;
    let col = |name: &str| -> anyhow::Result<Vec<String>> {
        let c = df.column(name).with_context(|| format!("{}: no column {name}", path.display()))?;
        let s =
            c.str().with_context(|| format!("{}: column {name} is not text", path.display()))?;
        Ok(s.iter().map(|v| v.unwrap_or_default().to_string()).collect())
    };
    let (r, k, t) = (col("record")?, col("kind")?, col("text")?);
    Ok(r.into_iter().zip(k).zip(t).map(|((r, k), t)| (r, k, t)).collect())
}
