//! Reading inputs into [`RawRecord`]s: the I/O edge of the core.
//!
//! Guarantees: every record an input holds comes out exactly once, either as
//! [`Read::Record`] or as [`Read::Rejected`] with its location and a reason, in file order; a
//! malformed record never stops the rest of the file from being read. Only an input that cannot
//! be opened at all is an [`Error`].
//!
//! Formats: delimited text (`,` `;` tab `|`, detected), JSON Lines, JSON (an array of objects, or
//! an object holding one), folders of `.html` / `.htm` / `.txt` pages (one record per file; the
//! tables and documents in a folder are inputs of their own, [`expand_folders`]), and
//! credential documents: JSON-LD ([`credential`]) and Europass XML ([`edci_xml`]). An empty
//! file opens as an input with no records.

pub mod credential;
pub mod delimited;
pub mod edci_xml;
pub mod json;
pub mod mapping;
pub mod pages;

use std::path::{Path, PathBuf};

pub use mapping::{Mapping, Resolved};

use crate::error::{Error, Result};
use crate::model::{Issue, RawRecord};

/// One item read from an input.
#[derive(Debug)]
pub enum Read {
    /// A record to analyse.
    Record(RawRecord),
    /// A record that could not be read, with where and why.
    Rejected(Issue),
}

/// The kind of input, detected from the path and the first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// CSV, TSV, semicolon- or pipe-separated text with a header row.
    Delimited,
    /// One JSON object per line.
    JsonLines,
    /// A JSON array of objects (or an object holding such an array).
    Json,
    /// A folder of pages, or one page.
    Pages,
    /// A credential document (European Digital Credential in JSON-LD or Europass XML, Open
    /// Badges 3, CTDL): its learning specifications are the records.
    Credential,
}

impl Format {
    /// Name used in the manifest and messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Delimited => "delimited",
            Format::JsonLines => "jsonl",
            Format::Json => "json",
            Format::Pages => "pages",
            Format::Credential => "credential",
        }
    }
}

/// An opened input: what was detected and the records to come.
pub struct Opened {
    /// The input path.
    pub path: PathBuf,
    /// Detected format.
    pub format: Format,
    /// How fields were mapped (to print and store in the manifest).
    pub resolved: Resolved,
    /// The records, in file order.
    pub records: Box<dyn Iterator<Item = Read> + Send>,
}

/// The inputs to open for the paths given: a folder is its pages (when it holds any, or when
/// it holds no other input: it is then an input with no records, reported as such) and each
/// file input below it ([`pages::file_inputs`]: tables, `.jsonld` documents, `.json`
/// credentials and tables of records, `.json` files that do not parse, so that they are
/// reported, Europass `.xml`), in sorted order; a file is itself.
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    expand_excluding(paths, &[])
}

/// [`expand`], leaving out the folders `exclude` (canonical paths, [`pages::canonical`]: the
/// run's `--out` folder) and folders holding an mcaudit run ([`pages::skipped`]).
pub fn expand_excluding(paths: &[PathBuf], exclude: &[PathBuf]) -> Vec<PathBuf> {
    expand_folders(paths, exclude).inputs
}

/// What the paths given hold: the inputs to open, and the files inside input folders that no
/// input reads.
#[derive(Debug, Default)]
pub struct Expanded {
    /// The inputs ([`expand_excluding`]).
    pub inputs: Vec<PathBuf>,
    /// The files in an input folder that are not read, with why ([`pages::not_read`]), to be
    /// reported rather than skipped without a word.
    pub not_read: Vec<(PathBuf, String)>,
}

/// [`expand_excluding`], with the files of the folders that are not read.
pub fn expand_folders(paths: &[PathBuf], exclude: &[PathBuf]) -> Expanded {
    let mut out = Expanded::default();
    for p in paths {
        if p.is_dir() {
            let docs = pages::file_inputs(p, exclude);
            if docs.is_empty() || pages::has_pages(p, exclude) {
                out.inputs.push(p.clone());
            }
            out.not_read.extend(pages::not_read(p, exclude, &docs));
            out.inputs.extend(docs);
        } else {
            out.inputs.push(p.clone());
        }
    }
    out
}

/// Opens `path` with the given mapping.
pub fn open(path: &Path, mapping: &Mapping) -> Result<Opened> {
    open_excluding(path, mapping, &[])
}

/// [`open`], leaving out of a folder the folders `exclude` (canonical paths: the run's `--out`
/// folder) and folders holding an mcaudit run ([`pages::skipped`]).
pub fn open_excluding(path: &Path, mapping: &Mapping, exclude: &[PathBuf]) -> Result<Opened> {
    let format = detect_format(path)?;
    // An empty file (or white space alone) holds no record, whatever its format: an input with
    // no records (the run reports it), not a JSON syntax error at line 1.
    if format != Format::Pages && blank_file(path) {
        return Ok(Opened {
            path: path.to_path_buf(),
            format,
            resolved: Resolved::default(),
            records: Box::new(std::iter::empty()),
        });
    }
    match format {
        Format::Delimited => delimited::open(path, mapping),
        Format::JsonLines => json::open_lines(path, mapping),
        Format::Credential if is_xml(path) => json::open_xml(path),
        // A credential is told from a table of records once the document is parsed.
        Format::Json | Format::Credential => json::open_array(path, mapping),
        Format::Pages => pages::open_excluding(path, mapping, exclude),
    }
}

/// Whether text is a tab-separated table with a header (Excel's `Unicode Text` export): its first
/// line holds tabs, no empty field, and a field named like a description column (`description`,
/// `course description`, ...). A page whose lines are indented or laid out with tabs (`Week
/// 1\tIntroduction`) has no such header. Rows are not counted per line, as a cell may hold line
/// breaks. Lines may end in `\r` alone (Excel for Mac's `Tab Delimited Text`).
fn tab_table(text: &str) -> bool {
    let Some(first) = text.split(['\n', '\r']).find(|l| !l.trim().is_empty()) else {
        return false;
    };
    let fields: Vec<&str> = first.split('\t').collect();
    fields.len() >= 2
        && fields.iter().all(|f| !f.trim().is_empty())
        && fields.iter().any(|f| mapping::is_text_name(f))
}

/// Detects an input's format from its extension (a `.txt` file from its first lines too), else
/// from its first bytes.
pub fn detect_format(path: &Path) -> Result<Format> {
    let meta = std::fs::metadata(path)
        .map_err(|source| Error::ReadInput { path: path.to_path_buf(), source })?;
    if meta.is_dir() {
        return Ok(Format::Pages);
    }
    // A FIFO, socket or device would block or never end: not an input.
    if !meta.is_file() {
        return Err(Error::UnknownFormat { path: path.to_path_buf() });
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "csv" | "tsv" | "tab" | "psv" => return Ok(Format::Delimited),
        "jsonl" | "ndjson" => return Ok(Format::JsonLines),
        "html" | "htm" => return Ok(Format::Pages),
        "xml" => return Ok(Format::Credential),
        // A page of text, or a tab-separated table saved as text (Excel's `Unicode Text`).
        "txt" => {
            let head = read_head(path, 64 * 1024)?;
            let (text, _) = crate::decode::decode(&head);
            return Ok(if tab_table(&text) { Format::Delimited } else { Format::Pages });
        }
        _ => {}
    }
    let head = read_head(path, 64 * 1024)?;
    if is_binary(&head) {
        return Err(Error::UnknownFormat { path: path.to_path_buf() });
    }
    let (text, _) = crate::decode::decode(&head);
    if edci_xml::looks_like(&text) {
        return Ok(Format::Credential);
    }
    let trimmed = text.trim_start();
    if trimmed.starts_with('[') {
        return Ok(Format::Json);
    }
    if trimmed.starts_with('{') {
        // A JSON Lines object opens and closes on its line; a pretty-printed document's lines
        // do not (`{`, `"courses": [`, `{ "id": ...`, `},`).
        let lines_with_objects = trimmed
            .lines()
            .take(3)
            .filter(|l| l.trim_start().starts_with('{') && l.trim_end().ends_with('}'))
            .count();
        return Ok(if lines_with_objects >= 2 || ext == "jsonl" {
            Format::JsonLines
        } else {
            Format::Json
        });
    }
    if ext == "json" || ext == "jsonld" {
        return Ok(Format::Json);
    }
    if text.lines().next().is_some_and(|l| l.contains([',', ';', '\t', '|'])) {
        return Ok(Format::Delimited);
    }
    Err(Error::UnknownFormat { path: path.to_path_buf() })
}

/// Whether a file holds nothing but white space (after a byte-order mark), read when it is
/// small enough for that to be possible at a glance (64 KiB).
fn blank_file(path: &Path) -> bool {
    const MAX: usize = 64 * 1024;
    read_head(path, MAX + 1)
        .is_ok_and(|h| h.len() <= MAX && crate::decode::decode(&h).0.trim().is_empty())
}

/// Whether an input read as a credential is XML (by its extension, else its first bytes).
fn is_xml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xml"))
        || read_head(path, 4096).is_ok_and(|h| {
            let (text, _) = crate::decode::decode(&h);
            text.trim_start_matches('\u{feff}').trim_start().starts_with('<')
        })
}

/// Up to `n` first bytes of a file.
pub(crate) fn read_head(path: &Path, n: usize) -> Result<Vec<u8>> {
    use std::io::Read as _;
    let file = std::fs::File::open(path)
        .map_err(|source| Error::ReadInput { path: path.to_path_buf(), source })?;
    let mut buf = Vec::with_capacity(n.min(1 << 16));
    file.take(n as u64)
        .read_to_end(&mut buf)
        .map_err(|source| Error::ReadInput { path: path.to_path_buf(), source })?;
    Ok(buf)
}

/// Not text ([`binary_content`]).
pub(crate) fn is_binary(head: &[u8]) -> bool {
    binary_content(head).is_some()
}

/// Why the first bytes of a file are not text, if they are not: the signature of a known
/// binary format (PNG, JPEG, GIF, PDF, ZIP and the Office files built on it, gzip, ...); with a
/// UTF-16 BOM, more than 2 % of the first 4,096 characters no text holds (unpaired surrogates,
/// private-use, control or non-characters: random bytes that happen to start with `FF FE`);
/// else control bytes (NUL included, white space and vertical tab not) over 10 % of the first
/// 8 KiB, or over 2 % when those bytes are not UTF-8 (text in a legacy encoding has next to
/// none; random bytes have one in ten). A stray NUL in a CSV is text with a defect, not a
/// binary file.
pub fn binary_content(head: &[u8]) -> Option<String> {
    const SIGNATURES: [(&[u8], &str); 10] = [
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"%PDF-", "a PDF document (export its text first)"),
        (b"PK\x03\x04", "a ZIP archive (or an Office document: .xlsx, .docx; export it as CSV)"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (.xls, .doc)"),
        (b"\x7fELF", "a program"),
        (b"\0asm", "a WebAssembly module"),
    ];
    if let Some((_, what)) = SIGNATURES.iter().find(|(sig, _)| head.starts_with(sig)) {
        return Some(format!("the file is {what}"));
    }
    if head.len() >= 12 && head.starts_with(b"RIFF") && &head[8..12] == b"WEBP" {
        return Some("the file is a WebP image".into());
    }
    if let Some((enc, bom_len)) = crate::decode::bom(head)
        && enc != encoding_rs::UTF_8
    {
        // Whole code units only; a pair cut by the sample's end is no defect.
        let body = &head[bom_len..];
        let body = &body[..body.len().min(8192) & !1];
        let (text, _) = enc.decode_without_bom_handling(body);
        let text = text.strip_suffix('\u{fffd}').unwrap_or(&text);
        let (mut chars, mut odd) = (0usize, 0usize);
        for c in text.chars() {
            chars += 1;
            let u = u32::from(c);
            let no_text = c == '\u{fffd}'
                || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0b}' | '\u{0c}'))
                || (0xE000..=0xF8FF).contains(&u)
                || (0xFDD0..=0xFDEF).contains(&u)
                || u & 0xFFFE == 0xFFFE;
            odd += usize::from(no_text);
        }
        return (chars > 0 && odd * 50 > chars).then(|| {
            format!(
                "{odd} of the first {chars} characters, read as {} after its byte-order mark, are no text",
                enc.name()
            )
        });
    }
    let sample = &head[..head.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0b | 0x0c))
        .count();
    // A multi-byte character cut by the sample's end is still UTF-8.
    let utf8 = std::str::from_utf8(sample).map_or_else(|e| e.error_len().is_none(), |_| true);
    let limit = if utf8 { 10 } else { 50 };
    (!sample.is_empty() && controls * limit > sample.len()).then(|| {
        format!("{controls} of the first {} bytes are control bytes, as in no text", sample.len())
    })
}

/// The columns of an input for an error message: the first 40, then how many more (a JSON
/// document's keys can run to hundreds).
pub(crate) fn column_list(columns: &[String]) -> String {
    const SHOWN: usize = 40;
    let mut s = columns.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(", ");
    if columns.len() > SHOWN {
        s.push_str(&format!(" ... and {} more", columns.len() - SHOWN));
    }
    s
}

/// The fallback id of a record: `<file stem>:<index>`.
pub(crate) fn fallback_id(path: &Path, index: u64) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("input");
    format!("{stem}:{index}")
}

#[cfg(test)]
mod tests {
    /// Session-14 review: a JSON document's error listed some 400 column names.
    #[test]
    fn review14_long_column_lists_are_cut() {
        let cols: Vec<String> = (0..400).map(|i| format!("c{i}")).collect();
        let s = super::column_list(&cols);
        assert!(s.starts_with("c0, c1,") && s.ends_with("c39 ... and 360 more"), "{s}");
        assert_eq!(super::column_list(&cols[..2]), "c0, c1");
    }

    /// A folder of credentials is read as its JSON-LD documents (`.jsonld`, and `.json` ones
    /// naming an `@context`: CTDL and MyNextID ship `.json`), with its pages when it has any;
    /// tables of records are inputs too (`review16_*`), a schema is not.
    #[test]
    fn review15_folder_of_credentials_expands_to_its_documents() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        std::fs::write(d.join("a.jsonld"), "{}").expect("write");
        std::fs::write(d.join("b.json"), r#"{"@context": "https://x", "@type": "Course"}"#)
            .expect("write");
        std::fs::write(d.join("c.json"), r#"[{"description": "x"}]"#).expect("write");
        // A JSON Schema of credentials names `@context` as a property: no credential.
        std::fs::write(
            d.join("schema.json"),
            r#"{"$schema": "x", "type": "object", "properties": {"@context": {}}}"#,
        )
        .expect("write");
        let got = super::expand(&[d.to_path_buf()]);
        assert_eq!(got, [d.join("a.jsonld"), d.join("b.json"), d.join("c.json")]);
        std::fs::write(d.join("p.html"), "<p>Page</p>").expect("write");
        let got = super::expand(&[d.to_path_buf()]);
        assert_eq!(got, [d.to_path_buf(), d.join("a.jsonld"), d.join("b.json"), d.join("c.json")]);
    }

    /// Third review of session 15: a `.json` file in a folder that is a table of records, or
    /// that does not parse (a truncated credential), was no input and got no row anywhere; a
    /// configuration object or a schema is still no input.
    #[test]
    fn review16_folder_json_tables_and_broken_documents_are_inputs() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        std::fs::write(d.join("courses.json"), r#"{"courses": [{"description": "x"}]}"#)
            .expect("write");
        std::fs::write(d.join("cut.json"), r#"{"@context": "https://x", "@type": "Cou"#)
            .expect("write");
        std::fs::write(d.join("settings.json"), r#"{"theme": "dark", "tags": ["a"]}"#)
            .expect("write");
        std::fs::write(d.join("schema.json"), r#"{"$schema": "x", "allOf": [{"type": "object"}]}"#)
            .expect("write");
        let got = super::expand(&[d.to_path_buf()]);
        assert_eq!(got, [d.join("courses.json"), d.join("cut.json")]);
        // The broken document is reported with its position when it is opened.
        let err = super::open(&d.join("cut.json"), &super::mapping::Mapping::default())
            .err()
            .expect("a truncated document fails");
        assert!(err.to_string().contains("cut.json"), "{err}");
    }

    /// Bytes from a fixed xorshift generator: random-looking, the same on every run.
    fn noise(n: usize, mut x: u64) -> Vec<u8> {
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect()
    }

    /// Issue 8, session 22 (review): random bytes starting with `FF FE` were decoded as UTF-16LE
    /// and analysed as a page, and random bytes with fewer than 10 % control bytes as
    /// Windows-1252 text. See: #8
    #[test]
    fn issue8_s22_review_binary_content_is_no_text() {
        use super::binary_content;
        for seed in 1..200u64 {
            for n in [200, 1000, 8192] {
                let mut bytes = noise(n, seed * 7919 + n as u64);
                assert!(binary_content(&bytes).is_some(), "seed {seed}, {n} bytes");
                bytes.splice(0..0, [0xff, 0xfe]);
                assert!(binary_content(&bytes).is_some(), "seed {seed}, {n} bytes after FF FE");
            }
        }
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(b"IHDR plain enough after the signature".repeat(20));
        assert!(binary_content(&png).is_some_and(|w| w.contains("PNG")));
        // Text is text: UTF-16 with BOM, Windows-1252, cells broken with vertical tabs
        // (FileMaker), a stray NUL, a multi-byte character cut by the sample's end.
        let mut utf16 = vec![0xff, 0xfe];
        for u in "Appliquer la méthode. Русский текст. 日本語。\n".repeat(100).encode_utf16()
        {
            utf16.extend(u.to_le_bytes());
        }
        let cp1252 = b"Qualit\xe4t \x96 5 \x80, d\xe9j\xe0 vu\x0bsecond line\r\n".repeat(50);
        let mut cut = "é".repeat(4097).into_bytes();
        cut.truncate(8193);
        for text in [utf16, cp1252, b"id,description\nr1,a\0b\n".to_vec(), cut] {
            assert_eq!(binary_content(&text), None, "{:?}", &text[..20]);
        }
    }

    /// Issue 8, session 22 (review): a folder holding CSV files and no page was read as a pages
    /// input with no records, its tables ignored without a word. Its tables are inputs, and
    /// the files no input reads are listed (hidden ones aside). See: #8
    #[test]
    fn issue8_s22_review_folder_reads_its_tables() {
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        for f in ["EdX.csv", "b.tsv", "c.jsonl", "notes.md", ".DS_Store", "report.xlsx"] {
            std::fs::write(d.join(f), "id,description\nr1,Design a study.\n").expect("write");
        }
        std::fs::write(d.join("PROVENANCE.json"), r#"{"source": "x", "licence": "y"}"#)
            .expect("write");
        let got = super::expand_folders(&[d.to_path_buf()], &[]);
        assert_eq!(got.inputs, [d.join("EdX.csv"), d.join("b.tsv"), d.join("c.jsonl")]);
        let not_read: Vec<_> = got.not_read.iter().map(|(p, _)| p.clone()).collect();
        assert_eq!(
            not_read,
            [d.join("PROVENANCE.json"), d.join("notes.md"), d.join("report.xlsx")]
        );
        assert!(got.not_read[2].1.contains("save it as CSV"), "{:?}", got.not_read[2]);
        // A folder with nothing to read is still an input (with no records), and says why.
        let empty = tempfile::tempdir().expect("tempdir");
        std::fs::write(empty.path().join("notes.md"), "# Notes").expect("write");
        let got = super::expand_folders(&[empty.path().to_path_buf()], &[]);
        assert_eq!(got.inputs, [empty.path().to_path_buf()]);
        assert_eq!(got.not_read.len(), 1);
    }

    /// Issue 8, session 20: a tab-separated `.txt` table whose lines end in `\r` alone (Excel
    /// for Mac's `Tab Delimited Text`) was read as one page, its rows one record. See: #8
    #[test]
    fn issue8_s20_cr_only_tab_text_is_a_table() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("export.txt");
        std::fs::write(&path, "id\tdescription\rr1\tAppliquer la méthode.\rr2\tDesign a study.\r")
            .expect("write");
        assert_eq!(super::detect_format(&path).expect("format"), super::Format::Delimited);
        let opened = super::open(&path, &super::mapping::Mapping::default()).expect("open");
        let got: Vec<(String, Option<u64>)> = opened
            .records
            .map(|r| match r {
                super::Read::Record(r) => (r.id, r.location.line),
                super::Read::Rejected(i) => (i.reason, i.location.line),
            })
            .collect();
        assert_eq!(got, [("r1".to_string(), Some(2)), ("r2".to_string(), Some(3))]);
        // A page laid out with tabs is still a page.
        std::fs::write(&path, "Week 1\tIntroduction\rWeek 2\tMethods\r").expect("write");
        assert_eq!(super::detect_format(&path).expect("format"), super::Format::Pages);
    }
}
