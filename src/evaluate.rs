//! `mcaudit evaluate`: agreement of a run's classes with an expert coding.
//!
//! The gold and `--predictions` files are read as leniently as inputs ([`Table::read`]): the
//! delimiter among `,` `;` tab `|` is detected, bytes are decoded like an input's (a BOM, UTF-16,
//! else UTF-8 or Windows-1252 field by field), and header names are trimmed and matched
//! case-insensitively. What stays strict: an id coded twice is refused with both lines, and a
//! label that is no class is listed with its line, never read as another class.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

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
    let mut invalid = Vec::new();
    let mut disagreements = Vec::new();
    let mut gold_rows = 0;
    // A record coded twice would count twice, perhaps with two labels (session-11 review).
    let mut first_line: HashMap<String, u64> = HashMap::new();
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
        match run.get(&id) {
            Some((Some(pred), lang, reasons, path)) => {
                pairs.push((g, *pred));
                by_lang.entry(lang.clone()).or_default().push((g, *pred));
                if g != *pred {
                    disagreements.push(Disagreement {
                        id,
                        gold: g,
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
        gold_file: gold.file,
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
fn read_run(dir: &Path) -> anyhow::Result<Run> {
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
    for row in &t.rows {
        let id = row.get(id_i).trim().to_string();
        let class = Class::parse(row.get(label_i));
        let lang = lang_i.map(|i| row.get(i).to_string()).unwrap_or_default();
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
