//! `mcaudit evaluate`: agreement of a run's classes with an expert coding.
//!
//! The gold and `--predictions` files are read as leniently as inputs (`Table::read`): the
//! delimiter among `,` `;` tab `|` is detected, bytes are decoded like an input's (a BOM, UTF-16,
//! else UTF-8 or Windows-1252 field by field), and header names are trimmed and matched
//! case-insensitively. What stays strict: an id coded twice is refused with both lines, and a
//! label that is no class is listed with its line, never read as another class.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use mcaudit_core::classify::Class;
use mcaudit_core::evaluate::{Agreement, agreement};
use serde::Serialize;

use crate::Outcome;
use crate::cli::EvaluateArgs;
use crate::report::read_columns;

/// A small delimited file read whole (a gold coding, a predictions file, labelled statements).
pub(crate) struct Table {
    /// The file, for messages.
    pub file: String,
    /// Header names, trimmed.
    pub headers: Vec<String>,
    /// Data rows with the line each starts on.
    pub rows: Vec<Row>,
}

/// One data row of a [`Table`].
pub(crate) struct Row {
    /// Line of the file the row starts on (1-based; the header is line 1).
    pub line: u64,
    fields: Vec<String>,
}

impl Row {
    /// The field at `i` (empty when the row is short).
    pub fn get(&self, i: usize) -> &str {
        self.fields.get(i).map_or("", String::as_str)
    }
}

impl Table {
    /// Reads `path` as the input reader reads a delimited file: the delimiter among `,` `;` tab
    /// `|` detected from the header line (tab for `.tsv`), a UTF-8 BOM skipped, a UTF-16 file
    /// (with BOM) transcoded, each field decoded as UTF-8 or else Windows-1252, header names
    /// trimmed. A row whose field count differs from the header's is an error with its line.
    pub fn read(path: &Path) -> anyhow::Result<Table> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).with_context(|| format!("{file}: cannot read"))?;
        let transcoded: Vec<u8>;
        let body: &[u8] = match mcaudit_core::decode::bom(&bytes) {
            Some((_, bom_len)) => match mcaudit_core::decode::decode(&bytes) {
                (_, "utf-8") => &bytes[bom_len..],
                (text, _) => {
                    transcoded = text.into_owned().into_bytes();
                    &transcoded
                }
            },
            None => &bytes,
        };
        let first_line = body.split(|&b| b == b'\n').next().unwrap_or_default();
        let is_tsv = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("tsv"));
        let delimiter = if is_tsv {
            b'\t'
        } else {
            mcaudit_core::ingest::delimited::detect_delimiter(
                &mcaudit_core::decode::decode(first_line).0,
            )
        };
        let mut rdr = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(body);
        let text = |f: &[u8]| mcaudit_core::decode::decode(f).0.into_owned();
        let headers: Vec<String> = rdr
            .byte_headers()
            .with_context(|| format!("{file}: no header"))?
            .iter()
            .map(|h| text(h).trim().trim_start_matches('\u{feff}').trim().to_string())
            .collect();
        // After a `\r\n` line end the reader's position is that line's `\n`: one line and one
        // byte before the record itself.
        let line_of = |p: Option<&csv::Position>, i: usize| {
            p.map_or(i as u64 + 2, |p| {
                let at_lf =
                    usize::try_from(p.byte()).ok().and_then(|b| body.get(b)) == Some(&b'\n');
                p.line() + u64::from(at_lf)
            })
        };
        let mut rows = Vec::new();
        for (i, rec) in rdr.byte_records().enumerate() {
            let rec = rec.map_err(|e| {
                let line = line_of(e.position(), i);
                anyhow::anyhow!("{file}:{line}: malformed row: {e}")
            })?;
            rows.push(Row {
                line: line_of(rec.position(), i),
                fields: rec.iter().map(text).collect(),
            });
        }
        Ok(Table { file, headers, rows })
    }

    /// Position of the column `name`: exact, else ignoring case and spaces (as input mappings
    /// are matched).
    pub fn column(&self, name: &str) -> Option<usize> {
        let found = mcaudit_core::ingest::mapping::find_field(&self.headers, name)?;
        self.headers.iter().position(|h| h == found)
    }

    /// The header names, for messages.
    pub fn columns(&self) -> String {
        self.headers.join(", ")
    }
}

#[derive(Serialize)]
struct Disagreement {
    id: String,
    gold: Class,
    predicted: Class,
    lang: String,
    reasons: String,
    rule_path: String,
}

/// A gold id whose record the run read but rejected (it has no class).
#[derive(Serialize)]
struct RejectedInRun {
    id: String,
    /// The run's reason code (`wrong_field_count`, `binary_file`, ...).
    reason: String,
    /// Where the run read it (`file:line`).
    location: String,
    /// The run's explanation (from `errors.csv`).
    detail: String,
}

#[derive(Serialize)]
struct Report {
    gold_file: String,
    records_dir: String,
    gold_rows: usize,
    matched: usize,
    missing_in_run: Vec<String>,
    rejected_in_run: Vec<RejectedInRun>,
    invalid_labels: Vec<String>,
    /// How the macro-F1 figures are averaged.
    macro_f1_rule: &'static str,
    overall: Agreement,
    by_lang: Vec<(String, Agreement)>,
    disagreements: Vec<Disagreement>,
}

/// What the run or the predictions say about one record.
enum Pred {
    /// A class.
    Class(Class),
    /// The run rejected the record: reason, `file:line`.
    Rejected(String, String),
    /// The predictions file holds an empty or invalid label: the message naming file and line.
    Invalid(String),
    /// In the run, with no class.
    Unclassified,
}

struct RunRecord {
    pred: Pred,
    lang: String,
    reasons: String,
    rule_path: String,
}

type Run = HashMap<String, RunRecord>;

const MACRO_F1_RULE: &str = "mean F1 over the classes present in the gold labels or the \
    predictions of each figure (macro_f1_classes lists them)";

/// Runs `evaluate`.
pub fn run(a: &EvaluateArgs) -> anyhow::Result<Outcome> {
    let (run, source) = match (&a.records, &a.predictions) {
        (Some(dir), Some(file)) => {
            // Classes from the predictions, languages from our run (per-language figures for
            // another tool on the same records).
            let ours = read_run(dir)?;
            let mut preds = read_predictions(file, &a.pred_id_col, &a.pred_label_col)?;
            for (id, p) in &mut preds {
                p.lang = ours.get(id).map(|r| r.lang.clone()).unwrap_or_default();
            }
            (preds, file.display().to_string())
        }
        (Some(dir), None) => (read_run(dir)?, dir.display().to_string()),
        (None, Some(file)) => {
            (read_predictions(file, &a.pred_id_col, &a.pred_label_col)?, file.display().to_string())
        }
        (None, None) => bail!("give --records DIR or --predictions FILE"),
    };
    let gold = Table::read(&a.gold).context("reading the gold file")?;
    let (Some(id_i), Some(label_i)) = (gold.column(&a.id_col), gold.column(&a.label_col)) else {
        bail!(
            "{}: columns {:?} and {:?} are needed (columns are: {}); set them with --id-col / --label-col",
            gold.file,
            a.id_col,
            a.label_col,
            gold.columns()
        );
    };
    let mut pairs = Vec::new();
    let mut by_lang: HashMap<String, Vec<(Class, Class)>> = HashMap::new();
    let mut missing = Vec::new();
    let mut rejected = Vec::new();
    let mut invalid = Vec::new();
    let mut disagreements = Vec::new();
    let mut gold_rows = 0;
    // A record coded twice would count twice, perhaps with two labels (session-11 review).
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let details = if a.predictions.is_none() {
        a.records.as_deref().map(rejection_details).unwrap_or_default()
    } else {
        HashMap::new()
    };
    for row in &gold.rows {
        gold_rows += 1;
        let id = row.get(id_i).trim().to_string();
        if let Some(first) = first_line.insert(id.clone(), row.line) {
            bail!(
                "{}:{}: id {id:?} is already on line {first}: each record takes one gold label",
                gold.file,
                row.line
            );
        }
        let Some(g) = Class::parse(row.get(label_i)) else {
            invalid.push(format!("{}:{}: {id}: label {:?}", gold.file, row.line, row.get(label_i)));
            continue;
        };
        let Some(rec) = run.get(&id) else {
            missing.push(id);
            continue;
        };
        match &rec.pred {
            Pred::Class(pred) => {
                pairs.push((g, *pred));
                by_lang.entry(rec.lang.clone()).or_default().push((g, *pred));
                if g != *pred {
                    disagreements.push(Disagreement {
                        id,
                        gold: g,
                        predicted: *pred,
                        lang: rec.lang.clone(),
                        reasons: rec.reasons.clone(),
                        rule_path: rec.rule_path.clone(),
                    });
                }
            }
            Pred::Rejected(reason, location) => rejected.push(RejectedInRun {
                detail: details.get(&id).cloned().unwrap_or_default(),
                id,
                reason: reason.clone(),
                location: location.clone(),
            }),
            Pred::Invalid(message) => invalid.push(message.clone()),
            Pred::Unclassified => missing.push(id),
        }
    }
    if pairs.is_empty() {
        bail!(
            "no gold id matched a classified record of {source} (first gold ids: {:?}; {} rejected \
             in the run, {} invalid labels); map the ids with analyse --id",
            missing.iter().take(3).collect::<Vec<_>>(),
            rejected.len(),
            invalid.len()
        );
    }
    // A few matches out of many gold rows measure little: say so (the ids may need
    // `analyse --id`, or the run holds another corpus).
    if pairs.len() * 2 < gold_rows {
        eprintln!(
            "warning: only {} of {} gold rows matched a classified record of {source} ({} gold \
             ids not in the run, {} rejected in it): the figures below cover those {} only",
            pairs.len(),
            gold_rows,
            missing.len(),
            rejected.len(),
            pairs.len()
        );
    }
    let mut langs: Vec<(String, Agreement)> =
        by_lang.into_iter().map(|(l, p)| (l, agreement(&p))).collect();
    langs.sort_by(|x, y| x.0.cmp(&y.0));
    let report = Report {
        gold_file: gold.file,
        records_dir: source,
        gold_rows,
        matched: pairs.len(),
        missing_in_run: missing,
        rejected_in_run: rejected,
        invalid_labels: invalid,
        macro_f1_rule: MACRO_F1_RULE,
        overall: agreement(&pairs),
        by_lang: langs,
        disagreements,
    };
    if let Some(dir) = &a.csv {
        let written = write_csv_files(dir, &report)?;
        eprintln!("wrote {} files under {}", written.len(), dir.display());
    }
    let mut out = std::io::stdout().lock();
    if a.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_text(&mut out, &report, a.show)?;
    }
    Ok(Outcome::Ok)
}

#[allow(clippy::needless_range_loop)] // column-major table: one index walks every column
fn read_run(dir: &Path) -> anyhow::Result<Run> {
    let path = dir.join("records.parquet");
    let cols = read_columns(&path, &["id", "class", "lang", "reasons", "rule_path"])?;
    // Status and location of each record (a run of an older version may lack them: its
    // rejected records then count as not in the run, as before).
    let status = read_columns(&path, &["status", "reason", "source", "line"]).ok();
    let mut run = Run::new();
    for i in 0..cols[0].len() {
        let id = cols[0][i].clone().unwrap_or_default();
        let get = |k: usize| cols[k][i].clone().unwrap_or_default();
        let st = |k: usize| status.as_ref().and_then(|s| s[k][i].clone()).unwrap_or_default();
        let pred = match cols[1][i].as_deref().and_then(Class::parse) {
            Some(c) => Pred::Class(c),
            None if st(0) == "rejected" => Pred::Rejected(st(1), format!("{}:{}", st(2), st(3))),
            None => Pred::Unclassified,
        };
        run.insert(id, RunRecord { pred, lang: get(2), reasons: get(3), rule_path: get(4) });
    }
    Ok(run)
}

/// The detail of each rejected record of a run, by record id, from its `errors.csv` (empty when
/// the file is missing).
fn rejection_details(dir: &Path) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let Ok(mut rdr) = csv::Reader::from_path(dir.join("errors.csv")) else {
        return out;
    };
    let Ok(headers) = rdr.headers().cloned() else {
        return out;
    };
    let pos = |n: &str| headers.iter().position(|h| h == n);
    let (Some(rec_i), Some(sev_i), Some(detail_i)) =
        (pos("record"), pos("severity"), pos("detail"))
    else {
        return out;
    };
    for row in rdr.records().map_while(Result::ok) {
        if row.get(sev_i) == Some("rejected")
            && let (Some(id), Some(detail)) = (row.get(rec_i), row.get(detail_i))
        {
            out.entry(id.to_string()).or_insert_with(|| detail.to_string());
        }
    }
    out
}

fn read_predictions(file: &Path, id_col: &str, label_col: &str) -> anyhow::Result<Run> {
    let t = Table::read(file).context("reading the predictions")?;
    let (Some(id_i), Some(label_i)) = (t.column(id_col), t.column(label_col)) else {
        bail!(
            "{}: columns {id_col:?} and {label_col:?} are needed (columns are: {}); set them with --pred-id-col / --pred-label-col",
            t.file,
            t.columns()
        );
    };
    let lang_i = t.column("lang");
    let mut run = Run::new();
    // An id predicted twice would keep its last label silently: refused, as in the gold file.
    let mut first_line: HashMap<String, u64> = HashMap::new();
    for row in &t.rows {
        let id = row.get(id_i).trim().to_string();
        if let Some(first) = first_line.insert(id.clone(), row.line) {
            bail!(
                "{}:{}: id {id:?} is already on line {first}: each record takes one predicted label",
                t.file,
                row.line
            );
        }
        let label = row.get(label_i);
        let pred = match Class::parse(label) {
            Some(c) => Pred::Class(c),
            None => Pred::Invalid(format!(
                "{}:{}: {id}: predicted class {label:?} (predictions)",
                t.file, row.line
            )),
        };
        let lang = lang_i.map(|i| row.get(i).to_string()).unwrap_or_default();
        run.insert(id, RunRecord { pred, lang, reasons: String::new(), rule_path: String::new() });
    }
    Ok(run)
}

/// A ratio as written in the CSV files: three decimals, as the text output prints it; empty when
/// undefined (kappa when gold and predictions are all one class).
fn csv_num(x: f64) -> String {
    if x.is_nan() { String::new() } else { format!("{x:.3}") }
}

/// The figures of `r` as CSV files in `dir`: `confusion.csv` (lang, gold, A, B, C: rows gold,
/// columns predicted), `per_class.csv` (lang, class, precision, recall, f1, support,
/// predicted), `summary.csv` (lang, n, accuracy, macro_f1, macro_f1_classes, kappa,
/// kappa_ci95_low, kappa_ci95_high) and `disagreements.csv`; `lang` is `(all)` for the whole
/// comparison, first, then each language.
fn write_csv_files(dir: &Path, r: &Report) -> anyhow::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    let scopes: Vec<(&str, &Agreement)> = std::iter::once(("(all)", &r.overall))
        .chain(r.by_lang.iter().map(|(l, a)| (l.as_str(), a)))
        .collect();
    let mut written = Vec::new();
    let mut file = |name: &str, header: &[&str], rows: Vec<Vec<String>>| -> anyhow::Result<()> {
        let path = dir.join(name);
        let mut w = csv::Writer::from_path(&path)
            .with_context(|| format!("{}: cannot write", path.display()))?;
        w.write_record(header)?;
        for row in rows {
            w.write_record(&row)?;
        }
        w.flush().with_context(|| format!("{}: cannot write", path.display()))?;
        written.push(path);
        Ok(())
    };
    let classes = ["A", "B", "C"];
    let mut rows = Vec::new();
    for (lang, a) in &scopes {
        for (i, gold) in classes.iter().enumerate() {
            let mut row = vec![lang.to_string(), gold.to_string()];
            row.extend(a.matrix[i].iter().map(u64::to_string));
            rows.push(row);
        }
    }
    file("confusion.csv", &["lang", "gold", "A", "B", "C"], rows)?;
    let mut rows = Vec::new();
    for (lang, a) in &scopes {
        for c in &a.per_class {
            rows.push(vec![
                lang.to_string(),
                c.class.as_str().to_string(),
                csv_num(c.precision),
                csv_num(c.recall),
                csv_num(c.f1),
                c.support.to_string(),
                c.predicted.to_string(),
            ]);
        }
    }
    file(
        "per_class.csv",
        &["lang", "class", "precision", "recall", "f1", "support", "predicted"],
        rows,
    )?;
    let rows = scopes
        .iter()
        .map(|(lang, a)| {
            vec![
                lang.to_string(),
                a.n.to_string(),
                csv_num(a.accuracy),
                csv_num(a.macro_f1),
                classes_text(a),
                csv_num(a.kappa),
                csv_num(a.kappa_ci95.0),
                csv_num(a.kappa_ci95.1),
            ]
        })
        .collect();
    file(
        "summary.csv",
        &[
            "lang",
            "n",
            "accuracy",
            "macro_f1",
            "macro_f1_classes",
            "kappa",
            "kappa_ci95_low",
            "kappa_ci95_high",
        ],
        rows,
    )?;
    let rows = r
        .disagreements
        .iter()
        .map(|d| {
            vec![
                d.id.clone(),
                d.gold.as_str().to_string(),
                d.predicted.as_str().to_string(),
                d.lang.clone(),
                d.reasons.clone(),
                d.rule_path.clone(),
            ]
        })
        .collect();
    file("disagreements.csv", &["id", "gold", "predicted", "lang", "reasons", "rule_path"], rows)?;
    Ok(written)
}

/// Kappa and its 95 % interval as text (overall and per language, as the JSON gives them):
/// `undefined` when gold and predictions are all one class.
fn kappa_text(a: &Agreement) -> String {
    if a.kappa.is_nan() {
        "undefined (gold and predictions all one class)".to_string()
    } else {
        format!("{:.3} (95 % CI {:.3} to {:.3})", a.kappa, a.kappa_ci95.0, a.kappa_ci95.1)
    }
}

/// The classes a macro-F1 averages, as `A B C`.
fn classes_text(a: &Agreement) -> String {
    a.macro_f1_classes.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(" ")
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
    for x in &r.rejected_in_run {
        let detail = if x.detail.is_empty() { String::new() } else { format!(": {}", x.detail) };
        writeln!(out, "rejected in the run: {} ({}, {}){detail}", x.id, x.reason, x.location)?;
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
        "\naccuracy {:.3}  macro-F1 {:.3} (over the classes present: {})  Cohen's kappa {}",
        o.accuracy,
        o.macro_f1,
        classes_text(o),
        kappa_text(o)
    )?;
    writeln!(
        out,
        "\nby language (macro-F1 over the classes present in that language's gold or predictions)"
    )?;
    for (lang, a) in &r.by_lang {
        writeln!(
            out,
            "  {lang:<4} n={:<4} accuracy {:.3}  macro-F1 {:.3} ({})  kappa {}",
            a.n,
            a.accuracy,
            a.macro_f1,
            classes_text(a),
            kappa_text(a)
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
