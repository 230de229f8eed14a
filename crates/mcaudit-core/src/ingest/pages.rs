//! Folders of pages: every `.html`, `.htm` and `.txt` file below the folder is one record.
//!
//! Guarantees: files are visited in sorted path order (deterministic); the record id is the
//! path relative to the folder, without extension, with `/` separators; a page that cannot be
//! read is a rejection naming the file, and so is a page holding binary data (`binary_file`)
//! or nothing but white space (`empty_input`); files with other extensions are not records and
//! are not read here (a folder's tables and documents are inputs of their own:
//! [`super::expand`], [`file_inputs`]; the other files are listed by [`not_read`], to be
//! reported). HTML becomes structured text ([`crate::html`]).
//!
//! Folders below an input folder that hold outputs are not read ([`skipped`]): the run's own
//! `--out` folder, and any folder holding an mcaudit run (a `manifest.json` naming the tool),
//! whose report page and tables are no course descriptions.

use std::path::{Path, PathBuf};

use super::mapping::Mapping;
use super::{Format, Opened, Read, Resolved};
use crate::error::{Error, Result};
use crate::model::{Issue, Location, RawRecord};

/// Whether a file name is a page.
pub fn is_page(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["html", "htm", "txt", "xhtml"].iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Opens a folder (or a single page file).
pub fn open(path: &Path, mapping: &Mapping) -> Result<Opened> {
    open_excluding(path, mapping, &[])
}

/// Opens a folder (or a single page file), leaving out the folders `exclude` (canonical paths,
/// [`canonical`]) and those holding an mcaudit run ([`skipped`]).
pub fn open_excluding(path: &Path, _mapping: &Mapping, exclude: &[PathBuf]) -> Result<Opened> {
    let meta = std::fs::metadata(path)
        .map_err(|source| Error::ReadInput { path: path.to_path_buf(), source })?;
    let (root, mut files, mut problems) = if meta.is_dir() {
        let mut files = Vec::new();
        let mut problems = Vec::new();
        walk(path, &mut files, &mut problems, exclude);
        (path.to_path_buf(), files, problems)
    } else {
        (
            path.parent().map(Path::to_path_buf).unwrap_or_default(),
            vec![path.to_path_buf()],
            Vec::new(),
        )
    };
    files.sort();
    problems.sort_by(|a: &(PathBuf, String), b| a.0.cmp(&b.0));
    let resolved = Resolved {
        text: vec!["(page text)".into()],
        title: Some("(page title)".into()),
        ..Resolved::default()
    };
    let mut index = 0u64;
    let mut items: Vec<(PathBuf, Option<String>)> = files.into_iter().map(|f| (f, None)).collect();
    items.extend(problems.into_iter().map(|(p, e)| (p, Some(e))));
    items.sort_by(|a, b| a.0.cmp(&b.0));
    let records = items.into_iter().map(move |(file, problem)| {
        let location =
            Location { file: file.display().to_string(), line: None, index: Some(index) };
        index += 1;
        let id = page_id(&root, &file);
        match problem {
            Some(e) => Read::Rejected(rejected(location, id, "unreadable", e)),
            None => read_page(&file, id, location),
        }
    });
    Ok(Opened {
        path: path.to_path_buf(),
        format: Format::Pages,
        resolved,
        records: Box::new(records),
    })
}

/// Whether a folder holds a page below it (outside the folders `exclude` and those holding an
/// mcaudit run).
pub fn has_pages(dir: &Path, exclude: &[PathBuf]) -> bool {
    let (mut files, mut problems) = (Vec::new(), Vec::new());
    walk(dir, &mut files, &mut problems, exclude);
    !files.is_empty() || !problems.is_empty()
}

/// A path made absolute with its links resolved, as far as it exists (an `--out` folder not
/// created yet is its canonical parent joined with its name), to compare folders with.
pub fn canonical(path: &Path) -> PathBuf {
    if let Ok(c) = path.canonicalize() {
        return c;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (absolute.parent(), absolute.file_name()) {
        (Some(parent), Some(name)) => canonical(parent).join(name),
        _ => absolute,
    }
}

/// Whether a folder below an input folder is left out: one of `exclude` (canonical paths: the
/// run's `--out` folder), or a folder holding an mcaudit run (its `manifest.json` names the
/// tool), whose report page and tables are outputs, not course descriptions.
pub fn skipped(dir: &Path, exclude: &[PathBuf]) -> bool {
    (!exclude.is_empty() && dir.canonicalize().is_ok_and(|c| exclude.contains(&c)))
        || super::read_head(&dir.join("manifest.json"), 256).is_ok_and(|h| {
            String::from_utf8_lossy(&h).trim_start().starts_with("{\n  \"tool\": \"mcaudit\"")
        })
}

/// The inputs below a folder that are files of their own, in sorted path order: tables
/// (`.csv`, `.tsv`, `.tab`, `.psv`, `.jsonl`, `.ndjson`, read as if each were given), `.jsonld`
/// documents, Europass `.xml` credentials, and the `.json` files that are a credential document
/// ([`super::credential::is_credential`]) or a table of records (an array of objects, or an
/// object holding one). A `.json` file that does not parse is an input too, so the run reports
/// it with its position instead of skipping it (a truncated credential or table is no less an
/// input). A JSON Schema (`$schema`) or an object with no array of objects describes no record
/// and is not read, like a stylesheet; [`not_read`] lists it.
pub fn file_inputs(dir: &Path, exclude: &[PathBuf]) -> Vec<PathBuf> {
    fn json_input(p: &Path) -> bool {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        if matches!(ext.as_str(), "jsonld" | "csv" | "tsv" | "tab" | "psv" | "jsonl" | "ndjson") {
            return true;
        }
        // Europass credentials in XML; other XML (a sitemap) is no input.
        if ext == "xml" {
            return super::read_head(p, 4096)
                .is_ok_and(|h| super::edci_xml::looks_like(&crate::decode::decode(&h).0));
        }
        if ext != "json" {
            return false;
        }
        // A file over 16 MiB is read once, as an input, not parsed twice here; one that cannot
        // be read is reported by the input that opens it.
        if std::fs::metadata(p).is_ok_and(|m| m.len() > 16 << 20) {
            return true;
        }
        let Ok(bytes) = std::fs::read(p) else { return true };
        let (text, _) = crate::decode::decode(&bytes);
        match serde_json::from_str::<serde_json::Value>(&text) {
            Err(_) => true,
            Ok(v) => super::credential::is_credential(&v) || record_table(&v),
        }
    }
    fn record_table(v: &serde_json::Value) -> bool {
        use serde_json::Value;
        let objects = |a: &Vec<Value>| a.iter().any(Value::is_object);
        match v {
            Value::Array(a) => objects(a),
            Value::Object(o) => {
                !o.contains_key("$schema")
                    && o.values().any(|x| matches!(x, Value::Array(a) if objects(a)))
            }
            _ => false,
        }
    }
    fn visit(dir: &Path, out: &mut Vec<PathBuf>, exclude: &[PathBuf]) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let p = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() && skipped(&p, exclude) => {}
                Ok(t) if t.is_dir() => visit(&p, out, exclude),
                _ if std::fs::metadata(&p).is_ok_and(|m| m.is_file()) && json_input(&p) => {
                    out.push(p)
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    visit(dir, &mut out, exclude);
    out.sort();
    out
}

/// The files below a folder that no input reads, with why, in sorted path order: neither a
/// page nor one of `inputs` (the folder's [`file_inputs`]). Folders left out ([`skipped`]) and
/// hidden files and folders (named `.x`: `.DS_Store`, `.git`) are not listed.
pub fn not_read(dir: &Path, exclude: &[PathBuf], inputs: &[PathBuf]) -> Vec<(PathBuf, String)> {
    fn why(p: &Path) -> String {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
        match ext.as_str() {
            "json" => "a JSON file holding no table of records and no credential (a schema or \
                       settings): not read"
                .into(),
            "xml" => "an XML file that is no Europass credential: not read".into(),
            "xlsx" | "xls" | "xlsm" | "ods" => {
                "a spreadsheet: not read; save it as CSV to analyse it".into()
            }
            "pdf" | "doc" | "docx" | "odt" | "rtf" => {
                "a document: not read; save its text as .txt or .html to analyse it".into()
            }
            _ => "not an input (tables: .csv .tsv .tab .psv .jsonl .ndjson .json; credentials: \
                  .jsonld .json .xml; pages: .html .htm .xhtml .txt): not read"
                .into(),
        }
    }
    fn visit(
        dir: &Path,
        exclude: &[PathBuf],
        inputs: &[PathBuf],
        out: &mut Vec<(PathBuf, String)>,
    ) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let p = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            match entry.file_type() {
                Ok(t) if t.is_dir() && skipped(&p, exclude) => {}
                Ok(t) if t.is_dir() => visit(&p, exclude, inputs, out),
                // Pages, and what is named like one but cannot be read, are the pages input's.
                _ if is_page(&p) || inputs.contains(&p) => {}
                _ => match std::fs::metadata(&p) {
                    Ok(m) if m.is_dir() => {}
                    Ok(m) if m.is_file() => out.push((p.clone(), why(&p))),
                    Ok(_) => out.push((
                        p,
                        "not a regular file (a FIFO, socket or device): not read".into(),
                    )),
                    Err(e) => out.push((p, format!("cannot read: {e}"))),
                },
            }
        }
    }
    let mut out = Vec::new();
    visit(dir, exclude, inputs, &mut out);
    out.sort();
    out
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    problems: &mut Vec<(PathBuf, String)>,
    exclude: &[PathBuf],
) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push((dir.to_path_buf(), format!("cannot list folder: {e}")));
            return;
        }
    };
    for entry in entries {
        let Ok(entry) = entry else { continue };
        let p = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() && skipped(&p, exclude) => {}
            Ok(t) if t.is_dir() => walk(&p, files, problems, exclude),
            // Pages must be regular files (a FIFO named `x.html` would block the run; a dangling
            // link cannot be read): anything else named like a page is reported, not read.
            Ok(_) if is_page(&p) => match std::fs::metadata(&p) {
                Ok(m) if m.is_file() => files.push(p),
                Ok(_) => problems.push((
                    p,
                    "not a regular file (a FIFO, socket or device named like a page)".into(),
                )),
                Err(e) => problems.push((p, format!("cannot read page: {e}"))),
            },
            _ => {}
        }
    }
}

fn page_id(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap_or(file);
    let rel = rel.with_extension("");
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn read_page(file: &Path, id: String, location: Location) -> Read {
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            return Read::Rejected(rejected(
                location,
                id,
                "unreadable",
                format!("cannot read page: {e}"),
            ));
        }
    };
    if let Some(why) = super::binary_content(&bytes) {
        return Read::Rejected(rejected(
            location,
            id,
            "binary_file",
            format!("{why}: not a text or HTML page"),
        ));
    }
    // No byte but a byte-order mark and white space: nothing to analyse, and no description
    // that says nothing (class C `empty` is for a page whose markup holds no text).
    let (text, encoding) = crate::decode::decode(&bytes);
    if text.trim().is_empty() {
        let what = if bytes.is_empty() {
            "the page is empty (0 bytes)".to_string()
        } else {
            format!("the page holds only white space ({} bytes)", bytes.len())
        };
        return Read::Rejected(rejected(
            location,
            id,
            "empty_input",
            format!("empty input: no records: {what}"),
        ));
    }
    let is_html =
        file.extension().and_then(|e| e.to_str()).is_some_and(|e| !e.eq_ignore_ascii_case("txt"))
            || crate::html::looks_like_html(&text);
    let (text, title) = if is_html {
        let h = crate::html::html_to_text(&text);
        (h.text, h.title)
    } else {
        let title = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .filter(|l| l.len() <= 150)
            .map(str::to_string);
        (text.into_owned(), title)
    };
    Read::Record(RawRecord {
        id,
        location,
        title,
        provider: None,
        text,
        meta: Vec::new(),
        encoding,
        warnings: Vec::new(),
    })
}

fn rejected(location: Location, id: String, reason: &str, detail: String) -> Issue {
    Issue::rejected(location, Some(id), reason, detail)
}
