//! Runs a subcommand: the glue between settings, the core pipeline and the report writers.
//! All printing happens here (stderr for messages, never stdout for data it does not own).

use std::collections::HashMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context as _, bail};
use mcaudit_core::ingest::{self, Read};
use mcaudit_core::model::{Issue, Location, Severity, Stage};
use mcaudit_core::pipeline::{Context, process_record};
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::Outcome;
use crate::cli::{Args, Command};
use crate::progress::Progress;
use crate::report::{Tables, atomic_write};
use crate::settings::Settings;

/// Records handed to the thread pool at once: big enough to keep cores busy, small enough to
/// stop promptly on Ctrl-C.
const CHUNK: usize = 1024;
/// Records held in memory before their rows are appended to the output tables (a multiple of
/// [`CHUNK`], so batch boundaries do not depend on the thread count).
const FLUSH_RECORDS: usize = 2 * CHUNK;

/// Analyses one record; a panic in the analysis (a bug) rejects that record with its location
/// and the run goes on, so one bad record never costs the others (the panic message is still
/// printed on stderr, for the bug report).
fn guarded(
    record: mcaudit_core::model::RawRecord,
    ctx: &Context,
) -> Result<mcaudit_core::model::Processed, Box<Issue>> {
    let (location, id) = (record.location.clone(), record.id.clone());
    catch_record(location, id, || process_record(record, ctx))
}

/// Runs `analyse` for the record at `location`, turning a panic into a rejection.
fn catch_record<T>(
    location: Location,
    id: String,
    analyse: impl FnOnce() -> T,
) -> Result<T, Box<Issue>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(analyse)).map_err(|cause| {
        let what = cause
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| cause.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Box::new(Issue {
            location,
            record: Some(id),
            stage: Stage::Analyse,
            severity: Severity::Rejected,
            reason: "internal_error".to_string(),
            detail: format!(
                "the analysis of this record stopped on an internal error ({what}); the other \
                 records were analysed. Please report it with this record"
            ),
        })
    })
}

/// Runs the parsed command line.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    match args.command {
        Command::Analyse(a) => analyse(&Settings::from_args(a)?),
        Command::Evaluate(a) => crate::evaluate::run(&a),
        Command::Explain(a) => crate::explain::run(&a),
        Command::EvaluateLevels(a) => crate::levels_eval::run(&a),
        Command::Lexicon(c) => crate::lexicon_cmd::run(c),
        Command::EvaluateAudit(a) => crate::audit_eval::run(&a),
        Command::EvaluateSkills(a) => crate::esco_eval::run(&a),
        Command::Generate(a) => crate::generate::run(&a),
        Command::Report(a) => {
            let mut written = Vec::new();
            let warning = report(&a.from, &a.group_by, &interrupt_flag(), &mut written)?;
            if let Some(w) = warning {
                eprintln!("mcaudit: warning: {w}");
            }
            eprintln!("wrote {} files under {}", written.len(), a.from.display());
            Ok(Outcome::Ok)
        }
    }
}

#[derive(Serialize)]
struct InputInfo {
    path: String,
    format: Option<&'static str>,
    bytes: Option<u64>,
    sha256: Option<String>,
    mapping: Option<ingest::Resolved>,
    records_read: u64,
    analysed: u64,
    rejected: u64,
    error: Option<String>,
}

#[derive(Serialize)]
struct Counts {
    records_read: u64,
    analysed: u64,
    rejected: u64,
    inputs_failed: u64,
    /// Inputs opened that held no record (an empty file, a header alone, `[]`, a folder with
    /// nothing to read): each has an `empty_input` warning, and `--strict` fails.
    inputs_empty: u64,
    by_reason: Vec<ReasonCount>,
}

#[derive(Serialize)]
struct ReasonCount {
    severity: String,
    reason: String,
    count: u64,
}

#[derive(Serialize)]
struct Timings {
    /// Reading, analysing and streaming the per-record tables (includes the next two).
    analyse_seconds: f64,
    /// Of which: waiting for the worker threads (the per-record analysis, in parallel).
    workers_seconds: f64,
    /// Of which: adding rows and appending batches to the streamed tables.
    tables_seconds: f64,
    write_seconds: f64,
    total_seconds: f64,
}

#[derive(Serialize)]
struct Manifest<'a> {
    tool: &'static str,
    version: &'static str,
    inputs: &'a [InputInfo],
    options: &'a Settings,
    threads: usize,
    counts: Counts,
    esco: Option<crate::esco_cache::Loaded>,
    outputs: Vec<String>,
    /// What the reports changed (a text cut to Excel's limit in `report.xlsx`); left out when
    /// nothing was.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    report_warnings: Vec<String>,
    timings: Timings,
}

/// Size and SHA-256 of a file; stops with an error when `stop` is set (an interrupted run).
fn hash_file(path: &Path, stop: &AtomicBool) -> std::io::Result<(u64, String)> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        if stop.load(Ordering::Relaxed) {
            return Err(std::io::Error::other("interrupted"));
        }
        let k = f.read(&mut buf)?;
        if k == 0 {
            break;
        }
        n += k as u64;
        h.update(&buf[..k]);
    }
    let hex = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    Ok((n, hex))
}

/// Size and hash of an input; a folder's are over its page files in sorted order.
fn describe_input(
    path: &Path,
    exclude: &[PathBuf],
    stop: &AtomicBool,
) -> (Option<u64>, Option<String>) {
    if path.is_dir() {
        let mut files = Vec::new();
        collect_pages(path, exclude, &mut files);
        files.sort();
        let mut h = Sha256::new();
        let mut total = 0u64;
        for f in &files {
            if let Ok((n, hex)) = hash_file(f, stop) {
                total += n;
                h.update(f.strip_prefix(path).unwrap_or(f).to_string_lossy().as_bytes());
                h.update(hex.as_bytes());
            }
        }
        let hex = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        return (Some(total), Some(hex));
    }
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return (None, None);
    }
    match hash_file(path, stop) {
        Ok((n, hex)) => (Some(n), Some(hex)),
        Err(_) => (None, None),
    }
}

/// The page files below `dir`, outside the folders the pages input leaves out
/// ([`ingest::pages::skipped`]).
fn collect_pages(dir: &Path, exclude: &[PathBuf], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if !ingest::pages::skipped(&p, exclude) {
                collect_pages(&p, exclude, out);
            }
        } else if ingest::pages::is_page(&p) && std::fs::metadata(&p).is_ok_and(|m| m.is_file()) {
            // Regular files only: hashing a FIFO would block.
            out.push(p);
        }
    }
}

/// Why an input that was opened held no record, for its `empty_input` row.
fn empty_input(path: &Path, format: Option<&str>, not_read: &[(PathBuf, String)]) -> String {
    if path.is_dir() {
        let unread = not_read.iter().filter(|(f, _)| f.starts_with(path)).count();
        let files = if unread > 0 {
            format!("; {unread} file(s) in it are not read (rows not_read)")
        } else {
            String::new()
        };
        return format!(
            "the folder holds no page (.html, .htm, .xhtml, .txt) and no table or credential document{files}"
        );
    }
    match std::fs::metadata(path).map(|m| m.len()) {
        Ok(0) => return "the file is empty (0 bytes)".into(),
        Ok(n)
            if n < 1 << 20
                && std::fs::read(path)
                    .is_ok_and(|b| mcaudit_core::decode::decode(&b).0.trim().is_empty()) =>
        {
            return "the file holds only white space".into();
        }
        _ => {}
    }
    match format {
        Some("delimited") => "a header row and no data row".into(),
        Some("jsonl") => "no JSON object on any line".into(),
        Some("json") => "no object among the records of the document".into(),
        Some("pages") => "no page".into(),
        _ => "nothing in it is a record".into(),
    }
}

/// Creates the output folder; refuses to overwrite a previous run without `--force`.
fn prepare_out(out: &Path, force: bool) -> anyhow::Result<()> {
    if out.exists() {
        if !out.is_dir() {
            bail!("{}: output exists and is not a folder", out.display());
        }
        if out.join("manifest.json").exists() && !force {
            bail!(
                "{}: holds a previous run (manifest.json); pass --force to overwrite it or choose another --out",
                out.display()
            );
        }
        // The manifest marks a complete run: the old one goes first, so a run that fails later
        // does not leave new tables under an old manifest.
        // The outputs it lists go too, so a failed run leaves none of the old tables behind.
        let manifest = out.join("manifest.json");
        if manifest.exists() {
            let old: Vec<PathBuf> = std::fs::read_to_string(&manifest)
                .ok()
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
                .and_then(|m| {
                    m["outputs"].as_array().map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str())
                            .map(Path::new)
                            .filter(|p| {
                                p.components().all(|c| matches!(c, std::path::Component::Normal(_)))
                            })
                            .map(|p| out.join(p))
                            .collect()
                    })
                })
                .unwrap_or_default();
            std::fs::remove_file(&manifest)
                .with_context(|| format!("{}: cannot remove", manifest.display()))?;
            remove_outputs(out, &old);
        }
    }
    std::fs::create_dir_all(out)
        .with_context(|| format!("{}: cannot create output folder", out.display()))?;
    let probe = out.join(".mcaudit-write-test");
    std::fs::write(&probe, b"")
        .with_context(|| format!("{}: output folder is not writable", out.display()))?;
    let _ = std::fs::remove_file(probe);
    Ok(())
}

fn interrupt_flag() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let f = Arc::clone(&flag);
    // Installing twice (tests calling run) fails harmlessly: the first handler stays.
    let _ = ctrlc::set_handler(move || f.store(true, Ordering::SeqCst));
    flag
}

/// What the reading thread hands the table writer, in input order.
enum Msg {
    /// A chunk of results and the input it came from.
    Chunk(Vec<Result<mcaudit_core::model::Processed, Box<Issue>>>, Arc<str>),
    /// An input that could not be opened.
    Issue(Issue),
}

/// Handles duplicate ids deterministically (in input order): the second `x` becomes `x#2`.
///
/// Every id handed out is remembered, renamed or not, so a rename never repeats an id: `x#2` is
/// skipped when an earlier record already took it, and a later record whose own id is `x#2`,
/// after `x`, `x` made one, is renamed in turn (`x#2#2`), with a warning each time.
#[derive(Default)]
struct Ids {
    /// Every id given to a record so far, and whether it was given as a rename.
    used: HashMap<String, bool>,
    /// The next suffix to try per duplicated id.
    next: HashMap<String, u32>,
}

impl Ids {
    fn unique(&mut self, id: String, warnings: &mut Vec<String>) -> String {
        let renamed = match self.used.get(&id) {
            None => {
                self.used.insert(id.clone(), false);
                return id;
            }
            Some(&renamed) => renamed,
        };
        let n = self.next.entry(id.clone()).or_insert(2);
        let new = loop {
            let candidate = format!("{id}#{n}");
            *n += 1;
            if !self.used.contains_key(&candidate) {
                break candidate;
            }
        };
        self.used.insert(new.clone(), true);
        let how = if renamed { " (as the new id of a duplicate)" } else { "" };
        warnings.push(format!(
            "duplicate_id: id {id:?} was already used by an earlier record{how}; this one is {new:?}"
        ));
        new
    }
}

fn analyse(s: &Settings) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    prepare_out(&s.out, s.force)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(s.threads)
        .build()
        .context("cannot start worker threads")?;
    let interrupted = interrupt_flag();
    let lexicons = match &s.lexicon_dir {
        Some(dir) => Some(
            mcaudit_core::lexicon::Lexicons::with_extra(Some(dir), s.lexicon_replace)
                .with_context(|| format!("--lexicon-dir {}", dir.display()))?,
        ),
        None => None,
    };
    let mut tables = Tables::default();
    tables.base = crate::report::common_base(&s.inputs);
    let mut workers_time = Duration::ZERO;
    let mut ctx = Context::with_lexicons(s.lang, lexicons);
    ctx.max_record_bytes = s.max_record_bytes;
    ctx.level_policy = s.level_policy;
    ctx.esco_top = s.esco_top;
    ctx.esco_min_score = s.esco_min_score;
    let mut esco_info = None;
    if let Some(dir) = &s.esco {
        let (esco, loaded) =
            crate::esco_cache::load(dir).with_context(|| format!("--esco {}", dir.display()))?;
        if !s.quiet {
            eprintln!(
                "ESCO {}: {} skills in {} ({})",
                dir.display(),
                loaded.skills,
                loaded.langs.join(", "),
                if loaded.cached {
                    format!("index from {}", loaded.cache)
                } else {
                    format!("index built and cached in {}", loaded.cache)
                }
            );
        }
        ctx.esco = Some(Arc::new(esco));
        tables.esco = true;
        esco_info = Some(loaded);
    }
    let progress = Progress::new(s.progress);
    let mut inputs = Vec::new();
    let mut inputs_failed = 0;
    let mut inputs_empty = 0;

    // Every input is opened first: the metadata columns of `records.*` are the union of their
    // mappings, fixed before the first batch of rows is written.
    // The output folder is no input, even inside an input folder.
    let exclude = [ingest::pages::canonical(&s.out)];
    let opened_all: Vec<_> =
        s.inputs.iter().map(|p| (p, ingest::open_excluding(p, &s.mapping, &exclude))).collect();
    // A column named on the command line that an input lacks is a usage error (a typo in
    // `--text`, `--id` or `--meta`): nothing is read, rather than that input's rows silently
    // left out of the run.
    if let Some((_, Err(e))) =
        opened_all.iter().find(|(_, o)| matches!(o, Err(mcaudit_core::Error::MissingColumn { .. })))
    {
        // The nearest name among the input's columns; for a `--group-by` column near none of
        // them, among the columns of `records.*` and the metadata elements.
        let mut hint = String::new();
        if let mcaudit_core::Error::MissingColumn { column, available, .. } = e {
            let input: Vec<&str> = available.split(", ").collect();
            hint = crate::suggest::did_you_mean(column, &input);
            if hint.is_empty() && s.mapping.keep.contains(column) {
                let records = crate::report::record_columns(&[]);
                let names: Vec<&str> = records
                    .iter()
                    .map(String::as_str)
                    .filter(|c| *c != "text")
                    .chain(crate::settings::ELEMENTS.iter().copied())
                    .collect();
                hint = crate::suggest::did_you_mean(column, &names);
            }
        }
        bail!("{e}{hint}");
    }
    let mut meta_elements: Vec<String> = opened_all
        .iter()
        .filter_map(|(_, o)| o.as_ref().ok())
        .flat_map(|o| o.resolved.meta.iter().map(|(_, e)| e.clone()))
        .collect();
    meta_elements.sort();
    meta_elements.dedup();
    // `--group-by` names a column of `records.*`: checked before the analysis, which a typo
    // would otherwise throw away at its end.
    let columns = crate::report::record_columns(&meta_elements);
    for g in &s.group_by {
        if !columns.iter().any(|c| c == g || *c == format!("meta_{g}")) {
            let names: Vec<&str> =
                columns.iter().map(String::as_str).filter(|c| *c != "text").collect();
            bail!(
                "--group-by {g:?}: no such column in records.* or in the inputs{} (records.* columns are: {}); an input column is grouped by under its own name (--group-by course), a metadata element once an input maps it (--meta COLUMN=country)",
                crate::suggest::did_you_mean(g, &names),
                names.join(", ")
            );
        }
    }
    tables.meta_elements = meta_elements;
    let incomplete = || format!("{}: the run is incomplete; no table was kept", s.out.display());
    // The rows are added and streamed by a writer thread while the workers analyse the next
    // chunk; chunks arrive in input order, so the tables do not depend on the thread count.
    // A scope joins the writer on every path: on an error or a signal its tables (and their
    // temporary files) are dropped before this function returns.
    let policy = ctx.level_policy;
    let out_dir = s.out.as_path();
    let mut tables = std::thread::scope(|scope| -> anyhow::Result<Tables> {
        // Sizes and hashes of the inputs (read a second time) for the manifest, beside the run
        // rather than before it.
        let stop: &AtomicBool = &interrupted;
        let hasher = scope.spawn(move || {
            let exclude = [ingest::pages::canonical(&s.out)];
            s.inputs.iter().map(|p| describe_input(p, &exclude, stop)).collect::<Vec<_>>()
        });
        let (tx, rx) = std::sync::mpsc::sync_channel::<Msg>(1);
        let writer = scope.spawn(move || -> anyhow::Result<Tables> {
            let mut ids = Ids::default();
            for msg in rx {
                let t_tables = Instant::now();
                match msg {
                    Msg::Issue(issue) => tables.push_issue(&issue),
                    Msg::Chunk(done, input_name) => {
                        for item in done {
                            match item {
                                Ok(mut p) => {
                                    let id = std::mem::take(&mut p.record.id);
                                    p.record.id = ids.unique(id, &mut p.record.warnings);
                                    tables.push_analysed(p, policy, &input_name);
                                }
                                Err(issue) => {
                                    let fallback = issue.location.index.map_or_else(
                                        || format!("{}:rejected", stem(&issue.location.file)),
                                        |i| format!("{}:{i}", stem(&issue.location.file)),
                                    );
                                    let id = ids.unique(
                                        issue.record.clone().unwrap_or(fallback),
                                        &mut Vec::new(),
                                    );
                                    tables.push_rejected(&issue, id, &input_name);
                                }
                            }
                        }
                        if tables.pending() >= FLUSH_RECORDS {
                            tables.flush(out_dir)?;
                        }
                    }
                }
                tables.time += t_tables.elapsed();
            }
            Ok(tables)
        });
        let read = (|| -> anyhow::Result<()> {
            // The files of an input folder that no input reads are said, not skipped silently.
            if !s.not_read.is_empty() && !s.quiet {
                let names: Vec<String> =
                    s.not_read.iter().take(5).map(|(p, _)| p.display().to_string()).collect();
                let more = s.not_read.len().saturating_sub(names.len());
                eprintln!(
                    "mcaudit: warning: {} file(s) in the input folders are not read (neither a table nor a page; see errors.csv, reason not_read): {}{}",
                    s.not_read.len(),
                    names.join(", "),
                    if more > 0 { format!(" and {more} more") } else { String::new() }
                );
            }
            for (file, why) in &s.not_read {
                let issue = Issue {
                    location: Location {
                        file: file.display().to_string(),
                        line: None,
                        index: None,
                    },
                    record: None,
                    stage: Stage::Ingest,
                    severity: Severity::Warning,
                    reason: "not_read".into(),
                    detail: why.clone(),
                };
                if tx.send(Msg::Issue(issue)).is_err() {
                    return Ok(()); // the writer stopped: its error is reported below
                }
            }
            for (path, opened) in opened_all {
                let mut info = InputInfo {
                    path: path.display().to_string(),
                    format: None,
                    bytes: None,
                    sha256: None,
                    mapping: None,
                    records_read: 0,
                    analysed: 0,
                    rejected: 0,
                    error: None,
                };
                let opened = match opened {
                    Ok(o) => o,
                    Err(e) => {
                        // An input that cannot be opened is reported; the other inputs are
                        // still read.
                        if !s.quiet {
                            eprintln!("mcaudit: {e}");
                        }
                        let issue = Issue {
                            // The line the error points at (`bad.json:2:12`), when it does.
                            location: Location {
                                file: path.display().to_string(),
                                line: e.line(),
                                index: None,
                            },
                            record: None,
                            stage: Stage::Ingest,
                            severity: Severity::InputFailed,
                            reason: "input_unreadable".into(),
                            detail: e.to_string(),
                        };
                        if tx.send(Msg::Issue(issue)).is_err() {
                            return Ok(()); // the writer stopped: its error is reported below
                        }
                        info.error = Some(e.to_string());
                        inputs_failed += 1;
                        inputs.push(info);
                        continue;
                    }
                };
                if !s.quiet {
                    let how = if opened.resolved.recognised { "recognised" } else { "mapped" };
                    eprintln!(
                        "{}: {} input, {how} fields: {}",
                        path.display(),
                        opened.format.as_str(),
                        opened.resolved.describe()
                    );
                }
                progress.message(path.display().to_string());
                info.format = Some(opened.format.as_str());
                info.mapping = Some(opened.resolved.clone());
                let input_name: Arc<str> = Arc::from(path.display().to_string());
                let mut records = opened.records;
                loop {
                    if interrupted.load(Ordering::SeqCst) {
                        progress.finish();
                        bail!(
                            "interrupted: no table was written to {} (partial outputs would mislead)",
                            s.out.display()
                        );
                    }
                    let chunk: Vec<Read> = records.by_ref().take(CHUNK).collect();
                    if chunk.is_empty() {
                        break;
                    }
                    let n = chunk.len() as u64;
                    let t_workers = Instant::now();
                    let done: Vec<Result<_, Box<Issue>>> = pool.install(|| {
                        chunk
                            .into_par_iter()
                            .map(|read| match read {
                                Read::Record(r) => guarded(r, &ctx),
                                Read::Rejected(i) => Err(Box::new(i)),
                            })
                            .collect()
                    });
                    workers_time += t_workers.elapsed();
                    let ok = done.iter().filter(|d| d.is_ok()).count() as u64;
                    // Counted as read, before the workers and the writer: the manifest's
                    // `records_read` is checked against what the tables received.
                    info.records_read += n;
                    info.analysed += ok;
                    info.rejected += n - ok;
                    if tx.send(Msg::Chunk(done, Arc::clone(&input_name))).is_err() {
                        return Ok(()); // the writer stopped: its error is reported below
                    }
                    progress.inc(n);
                }
                if info.records_read == 0 {
                    // An empty file, a header alone, `[]` or a folder with nothing to read: said
                    // and reported (`empty_input`, failing `--strict`), so that a wrong path or
                    // an export that failed upstream does not pass for a small corpus.
                    let what = empty_input(path, info.format, &s.not_read);
                    if !s.quiet {
                        eprintln!(
                            "mcaudit: warning: {}: no records in this input ({what})",
                            path.display()
                        );
                    }
                    let issue = Issue {
                        location: Location {
                            file: path.display().to_string(),
                            line: None,
                            index: None,
                        },
                        record: None,
                        stage: Stage::Ingest,
                        severity: Severity::Warning,
                        reason: "empty_input".into(),
                        detail: format!("empty input: no records: {what}"),
                    };
                    if tx.send(Msg::Issue(issue)).is_err() {
                        return Ok(()); // the writer stopped: its error is reported below
                    }
                    inputs_empty += 1;
                }
                inputs.push(info);
            }
            Ok(())
        })();
        drop(tx);
        let written = writer.join().map_err(|_| anyhow::anyhow!("the table writer panicked"))?;
        let tables = written.with_context(incomplete)?;
        read?;
        let hashes = hasher.join().map_err(|_| anyhow::anyhow!("the input hasher panicked"))?;
        for (info, (bytes, sha256)) in inputs.iter_mut().zip(hashes) {
            (info.bytes, info.sha256) = (bytes, sha256);
        }
        Ok(tables)
    })?;
    let tables_time = tables.time;
    progress.finish();
    let analysed_at = started.elapsed();
    if interrupted.load(Ordering::SeqCst) {
        bail!("interrupted: no table was written to {}", s.out.display());
    }
    // All or nothing: when a table cannot be written (a full disk), the tables this run already
    // wrote are removed, so the folder never mixes a partial run with a manifest.
    let mut written: Vec<PathBuf> = Vec::new();
    let result = (|| -> anyhow::Result<Option<String>> {
        tables.write(&s.out, &mut written)?;
        let warning = report(&s.out, &s.group_by, &interrupted, &mut written)?;
        if interrupted.load(Ordering::SeqCst) {
            bail!("interrupted while writing");
        }
        Ok(warning)
    })();
    let report_warnings: Vec<String> = match result {
        Ok(w) => w.into_iter().collect(),
        Err(e) => {
            remove_outputs(&s.out, &written);
            return Err(e.context(format!(
                "{}: the run is incomplete; no table was kept and no manifest.json written",
                s.out.display()
            )));
        }
    };
    if !s.quiet {
        for w in &report_warnings {
            eprintln!("mcaudit: warning: {w}");
        }
    }
    let mut outputs: Vec<String> =
        written.iter().map(|p| p.strip_prefix(&s.out).unwrap_or(p).display().to_string()).collect();
    outputs.push("manifest.json".into());
    let total = started.elapsed();
    let counts = Counts {
        records_read: inputs.iter().map(|i| i.records_read).sum(),
        analysed: tables.analysed,
        rejected: tables.rejected,
        inputs_failed,
        inputs_empty,
        by_reason: tables
            .reasons()
            .into_iter()
            .map(|(severity, reason, count)| ReasonCount { severity, reason, count })
            .collect(),
    };
    let manifest = Manifest {
        tool: "mcaudit",
        version: env!("CARGO_PKG_VERSION"),
        inputs: &inputs,
        options: s,
        threads: pool.current_num_threads(),
        counts,
        esco: esco_info,
        outputs,
        report_warnings,
        timings: Timings {
            analyse_seconds: analysed_at.as_secs_f64(),
            workers_seconds: workers_time.as_secs_f64(),
            tables_seconds: tables_time.as_secs_f64(),
            write_seconds: (total - analysed_at).as_secs_f64(),
            total_seconds: total.as_secs_f64(),
        },
    };
    atomic_write(&s.out, "manifest.json", |w| {
        serde_json::to_writer_pretty(&mut *w, &manifest).context("writing manifest.json")?;
        Ok(())
    })?;
    if !s.quiet {
        // The records' warnings and rejections, repeats collapsed per input and reason (each
        // one is a row of errors.csv).
        for line in tables.digest.lines() {
            eprintln!("mcaudit: {line}");
        }
        let c = &manifest.counts;
        let reasons: Vec<String> = c
            .by_reason
            .iter()
            .filter(|r| r.severity == "rejected")
            .map(|r| format!("{} {}", r.count, r.reason))
            .collect();
        let reasons =
            if reasons.is_empty() { String::new() } else { format!(" ({})", reasons.join(", ")) };
        let warnings: u64 =
            c.by_reason.iter().filter(|r| r.severity == "warning").map(|r| r.count).sum();
        let empty = if c.inputs_empty > 0 {
            format!("; {} input(s) held no records", c.inputs_empty)
        } else {
            String::new()
        };
        eprintln!(
            "read {} records = {} analysed + {} rejected{reasons}; {warnings} warnings; {} input(s) could not be opened{empty}; wrote {} in {:.2}s",
            c.records_read,
            c.analysed,
            c.rejected,
            c.inputs_failed,
            s.out.display(),
            total.as_secs_f64()
        );
        if c.records_read == 0 && inputs_failed == 0 {
            eprintln!(
                "mcaudit: warning: no record was read from any input (see {})",
                s.out.join("errors.csv").display()
            );
        }
    }
    let any_rejected = tables.rejected > 0 || inputs_failed > 0;
    if inputs_failed > 0 && inputs.iter().all(|i| i.error.is_some()) {
        eprintln!(
            "error: none of the {} input(s) could be opened (see {})",
            inputs_failed,
            s.out.join("errors.csv").display()
        );
        return Ok(Outcome::NothingRead);
    }
    Ok(if s.strict && (any_rejected || inputs_empty > 0) {
        Outcome::StrictFailure
    } else {
        Outcome::Ok
    })
}

/// Tables (CSV, Parquet, JSON), the workbook and the page, from the Parquet outputs in `dir`;
/// each file is pushed on `written` once it is in place. Gives the workbook's warning when it
/// cut a text to Excel's limit on a cell.
fn report(
    dir: &Path,
    group_by: &[String],
    interrupted: &AtomicBool,
    written: &mut Vec<PathBuf>,
) -> anyhow::Result<Option<String>> {
    if interrupted.load(Ordering::SeqCst) {
        bail!("interrupted while writing");
    }
    use crate::report::tables::{self, Table};
    // The workbook's records sheet (its largest part) and the workbook's file are built on a
    // second thread while this one computes and writes the tables and the page: the two
    // cores share what was serial after the last record. The records sheet is streamed, so
    // the second thread adds little memory.
    let (book, page) = std::thread::scope(|sc| {
        let (tx, rx) = std::sync::mpsc::channel::<Arc<Vec<Table>>>();
        let book = sc.spawn(move || -> anyhow::Result<(PathBuf, Option<String>)> {
            let sheet = tables::workbook_records(dir, group_by)?;
            let tables = rx.recv().context("the tables were not computed")?;
            tables::workbook_finish(sheet, dir, &tables)
        });
        let files = &mut *written;
        let page = (move || -> anyhow::Result<PathBuf> {
            let tables = Arc::new(tables::compute(dir, group_by)?);
            // The workbook thread stops on its own when the tables are missing.
            let _ = tx.send(Arc::clone(&tables));
            tables::write(dir, &tables, files)?;
            files.push(crate::report::write_texts(dir)?);
            crate::report::html::write(dir, &tables)
        })();
        let book =
            book.join().unwrap_or_else(|_| Err(anyhow::anyhow!("the workbook writer panicked")));
        (book, page)
    });
    // Pushed in the order they were written before: the workbook, then the page.
    match (book, page) {
        (Ok((b, warning)), Ok(p)) => {
            written.push(b);
            written.push(p);
            Ok(warning)
        }
        (Ok((b, _)), Err(e)) => {
            written.push(b);
            Err(e)
        }
        (Err(e), Ok(p)) => {
            written.push(p);
            Err(e)
        }
        (Err(_), Err(e)) => Err(e),
    }
}

/// Removes `files` (outputs of a run) and the `tables` folder when it is left empty.
fn remove_outputs(dir: &Path, files: &[PathBuf]) {
    for p in files {
        let _ = std::fs::remove_file(p);
    }
    let _ = std::fs::remove_dir(dir.join("tables"));
}

fn stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map_or_else(|| file.to_string(), |s| s.to_string_lossy().into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A panic while analysing one record rejects that record, with its location, id and an
    /// `internal_error` reason, instead of stopping the run.
    /// Session-15 review: ids `X1`, `X1`, `X1#2` gave two records the id `X1#2` (the rename of
    /// the second collided with the third's own id).
    #[test]
    fn review15_renamed_ids_are_unique_across_the_run() {
        let mut ids = Ids::default();
        let mut warnings = Vec::new();
        let got: Vec<String> = ["X1", "X1", "X1#2", "X1", "X1#3", "Y"]
            .iter()
            .map(|id| ids.unique((*id).to_string(), &mut warnings))
            .collect();
        assert_eq!(got, ["X1", "X1#2", "X1#2#2", "X1#3", "X1#3#2", "Y"]);
        let unique: std::collections::HashSet<&String> = got.iter().collect();
        assert_eq!(unique.len(), got.len(), "{got:?}");
        assert_eq!(warnings.len(), 4, "{warnings:?}");
        assert!(warnings[1].contains("as the new id of a duplicate"), "{}", warnings[1]);
        // A real id taken before the rename is skipped, not repeated.
        let mut ids = Ids::default();
        let got: Vec<String> = ["a#2", "a", "a"]
            .iter()
            .map(|id| ids.unique((*id).to_string(), &mut Vec::new()))
            .collect();
        assert_eq!(got, ["a#2", "a", "a#3"]);
    }

    #[test]
    fn a_panicking_record_is_rejected_not_fatal() {
        let location = Location { file: "in.jsonl".into(), line: Some(7), index: Some(6) };
        let out: Result<(), Box<Issue>> =
            catch_record(location, "rec-7".into(), || panic!("index out of bounds"));
        let issue = out.expect_err("the panic becomes a rejection");
        assert_eq!(issue.reason, "internal_error");
        assert_eq!(issue.record.as_deref(), Some("rec-7"));
        assert_eq!(issue.location.line, Some(7));
        assert!(issue.detail.contains("index out of bounds"), "{}", issue.detail);
        let here = Location { file: "in.jsonl".into(), line: Some(8), index: Some(7) };
        let fine = catch_record(here, "ok".into(), || 42);
        assert_eq!(fine.ok(), Some(42));
    }
}
