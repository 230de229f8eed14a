//! JSON Lines and JSON array inputs.
//!
//! Guarantees: in JSON Lines every non-blank line is one record or one rejection (invalid
//! JSON, not an object), with its line number; a JSON document is an array of objects or an
//! object holding such arrays (every array-of-objects field, in key order, one after the
//! other), each element one record or rejection with its index. Values that are arrays of strings become one line per element; other
//! non-string values are written as compact JSON.
//!
//! A line that does not parse but holds `\r` alone (old Mac line ends) is split there when a
//! piece of it parses: each piece is a line of its own (a `\r` inside a broken string leaves
//! the line whole, one rejection).
//!
//! A JSON Lines file in UTF-16 (with BOM) is transcoded whole before it is split into lines. A
//! `.jsonl` file that holds one JSON document (a pretty-printed array: its first character is
//! `[` and the whole file parses) is read as JSON. Fields are resolved against the keys of the
//! first 1,000 objects; a field named with `--id`, `--text`, ... that first appears later is
//! looked for in the rest of the file.

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{BufRead, BufReader, Cursor, Read as _};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::mapping::{Mapping, compose_text};
use super::{Format, Opened, Read, Resolved, fallback_id};
use crate::error::{Error, Result};
use crate::model::{Issue, Location, RawRecord};

/// A JSON Lines file's lines: the file itself, or, in UTF-16 (with BOM), its text transcoded
/// to UTF-8 with the encoding's name.
fn line_reader(path: &Path) -> Result<(Box<dyn BufRead + Send>, Option<&'static str>)> {
    let read_err = |source| Error::ReadInput { path: path.to_path_buf(), source };
    let head = super::read_head(path, 4)?;
    if crate::decode::bom(&head).is_some_and(|(enc, _)| enc != encoding_rs::UTF_8) {
        let mut bytes = Vec::new();
        File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map_err(read_err)?;
        let (text, name) = crate::decode::decode(&bytes);
        return Ok((Box::new(Cursor::new(text.into_owned().into_bytes())), Some(name)));
    }
    let f = File::open(path).map_err(read_err)?;
    Ok((Box::new(BufReader::with_capacity(1 << 16, f)), None))
}

/// The keys of objects in the order first seen, each once (a set beside the list: an object
/// of 100,000 keys is no quadratic search).
#[derive(Default)]
struct Keys {
    list: Vec<String>,
    seen: HashSet<String>,
}

impl Keys {
    fn add(&mut self, o: &Map<String, Value>) {
        for k in o.keys() {
            if !self.seen.contains(k) {
                self.seen.insert(k.clone());
                self.list.push(k.clone());
            }
        }
    }
}

/// Objects whose keys are read before the fields are resolved.
const KEY_SCAN: usize = 1000;

/// Opens a JSON Lines file.
pub fn open_lines(path: &Path, mapping: &Mapping) -> Result<Opened> {
    let read_err = |source| Error::ReadInput { path: path.to_path_buf(), source };
    // A pretty-printed JSON array saved as `.jsonl` is one document, not lines.
    let head = super::read_head(path, 4096)?;
    let (head, _) = crate::decode::decode(&head);
    if head.trim_start_matches('\u{feff}').trim_start().starts_with('[')
        && let Ok(opened) = open_array(path, mapping)
    {
        return Ok(opened);
    }
    // Fields are resolved against the keys of the first 1,000 objects (objects differ: a key
    // missing from the first record may be in later ones).
    let mut keys = Keys::default();
    let mut sample: Vec<Map<String, Value>> = Vec::new();
    let (mut r, file_encoding) = line_reader(path)?;
    let mut buf = Vec::new();
    let mut seen = 0;
    while seen < KEY_SCAN && r.read_until(b'\n', &mut buf).map_err(read_err)? > 0 {
        let (text, _) = crate::decode::decode(&buf);
        for piece in pieces(&text) {
            if let Ok(Value::Object(m)) = serde_json::from_str::<Value>(piece.trim()) {
                seen += 1;
                keys.add(&m);
                if sample.len() < CATEGORY_SAMPLE {
                    sample.push(m);
                }
            }
        }
        buf.clear();
    }
    let named = mapping.named_fields();
    if seen == KEY_SCAN && named.iter().any(|f| super::mapping::find_field(&keys.list, f).is_none())
    {
        // A field named by the user may first appear after the objects scanned: look for the
        // keys of the rest of the file (streamed, only in this case).
        while r.read_until(b'\n', &mut buf).map_err(read_err)? > 0 {
            let (text, _) = crate::decode::decode(&buf);
            for piece in pieces(&text) {
                if let Ok(Value::Object(m)) = serde_json::from_str::<Value>(piece.trim()) {
                    keys.add(&m);
                }
            }
            buf.clear();
        }
    }
    drop(r);
    let first_keys = keys.list;
    let mut resolved = resolve(path, mapping, &first_keys)?;
    resolved.demote_categories(mapping, &first_keys, &sample_rows(&sample, &first_keys));
    let (reader, _) = line_reader(path)?;
    let iter = Lines {
        reader,
        path: path.to_path_buf(),
        file: path.display().to_string(),
        resolved: resolved.clone(),
        file_encoding,
        line: 0,
        index: 0,
        done: false,
        pending: VecDeque::new(),
    };
    Ok(Opened {
        path: path.to_path_buf(),
        format: Format::JsonLines,
        resolved,
        records: Box::new(iter),
    })
}

/// The lines a line of the file holds: itself, or, when it does not parse but holds `\r` alone
/// (old Mac line ends) and a piece split there parses, those pieces (blank ones included, to
/// count lines).
fn pieces(line: &str) -> Vec<&str> {
    // Split at `\n`, the line holds no `\r\n` but at its end.
    let text = line.trim();
    if !text.contains('\r') || serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok() {
        return vec![line];
    }
    let parts: Vec<&str> = text.split('\r').collect();
    if parts.iter().any(|p| serde_json::from_str::<serde::de::IgnoredAny>(p.trim()).is_ok()) {
        parts
    } else {
        vec![line]
    }
}

/// Objects sampled to judge whether a description field is a category (as a CSV's first 64 KB
/// are, [`Resolved::demote_categories`]).
const CATEGORY_SAMPLE: usize = 200;

/// The sampled objects as rows of `keys`' values (text as written; other values as JSON).
fn sample_rows(sample: &[Map<String, Value>], keys: &[String]) -> Vec<Vec<String>> {
    sample
        .iter()
        .map(|m| {
            keys.iter()
                .map(|k| match m.get(k) {
                    Some(Value::String(s)) => s.clone(),
                    Some(Value::Null) | None => String::new(),
                    Some(v) => v.to_string(),
                })
                .collect()
        })
        .collect()
}

fn resolve(path: &Path, mapping: &Mapping, keys: &[String]) -> Result<Resolved> {
    let resolved = mapping.resolve(keys).map_err(|m| Error::MissingColumn {
        path: path.to_path_buf(),
        column: m.0,
        available: super::column_list(keys),
    })?;
    if resolved.text.is_empty() && !keys.is_empty() {
        return Err(Error::NoTextColumn {
            path: path.to_path_buf(),
            available: super::column_list(keys),
        });
    }
    Ok(resolved)
}

struct Lines {
    reader: Box<dyn BufRead + Send>,
    /// The file's encoding when it was transcoded whole (UTF-16), else each line's own.
    file_encoding: Option<&'static str>,
    path: PathBuf,
    file: String,
    resolved: Resolved,
    line: u64,
    index: u64,
    done: bool,
    /// Lines split at a lone `\r`, still to read: line number, text, encoding.
    pending: VecDeque<(u64, String, &'static str)>,
}

impl Iterator for Lines {
    type Item = Read;

    fn next(&mut self) -> Option<Read> {
        let mut buf = Vec::new();
        loop {
            if let Some((line, text, encoding)) = self.pending.pop_front() {
                if text.trim().is_empty() {
                    continue;
                }
                return Some(self.parse(line, text.trim(), encoding));
            }
            if self.done {
                return None;
            }
            buf.clear();
            self.line += 1;
            let location = Location {
                file: self.file.clone(),
                line: Some(self.line),
                index: Some(self.index),
            };
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Read::Rejected(rejected(
                        location,
                        "read_error",
                        format!("cannot read the rest of the file: {e}"),
                    )));
                }
                Ok(_) => {}
            }
            let (text, encoding) = crate::decode::decode(&buf);
            let encoding = self.file_encoding.unwrap_or(encoding);
            let split = pieces(&text);
            if split.len() > 1 {
                let first = self.line;
                self.line += split.len() as u64 - 1;
                self.pending.extend(
                    split
                        .iter()
                        .enumerate()
                        .map(|(k, p)| (first + k as u64, p.to_string(), encoding)),
                );
                continue;
            }
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            return Some(self.parse(self.line, text, encoding));
        }
    }
}

impl Lines {
    /// The record or rejection of the non-blank line `text`, on line `line`.
    fn parse(&mut self, line: u64, text: &str, encoding: &'static str) -> Read {
        let location =
            Location { file: self.file.clone(), line: Some(line), index: Some(self.index) };
        self.index += 1;
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(obj)) => {
                Read::Record(build(&obj, &self.resolved, &self.path, location, encoding))
            }
            Ok(other) => Read::Rejected(rejected(
                location,
                "not_an_object",
                format!("expected a JSON object, found {}", kind(&other)),
            )),
            Err(e) => {
                // serde's message ends with its own position, `line 1` of the one line it
                // was given: the location holds the file's line, the detail the column.
                let msg = e.to_string();
                let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m);
                Read::Rejected(rejected(
                    location,
                    "invalid_json",
                    format!("invalid JSON at column {}: {msg}", e.column()),
                ))
            }
        }
    }
}

/// Opens a JSON document (array of objects, or object holding one).
pub fn open_array(path: &Path, mapping: &Mapping) -> Result<Opened> {
    let read_err = |source| Error::ReadInput { path: path.to_path_buf(), source };
    let mut bytes = Vec::new();
    File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map_err(read_err)?;
    let (text, encoding) = crate::decode::decode(&bytes);
    let file = path.display().to_string();
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            // No record can be told apart in a document that does not parse: the input fails
            // (an `input_failed` issue), it is no record.
            // serde's message ends with the position the error already names.
            let msg = e.to_string();
            let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m).to_string();
            return Err(Error::InvalidDocument {
                path: path.to_path_buf(),
                line: e.line(),
                column: e.column(),
                message: msg,
            });
        }
    };
    // A `.jsonld` file is a linked-data document whatever it holds (`{}` is a credential that
    // describes nothing: a rejection, not an empty record).
    let jsonld = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonld"));
    if mapping.text.is_empty()
        && (super::credential::is_credential(&value) || (jsonld && value.is_object()))
    {
        return Ok(open_credential(path, &file, &value, encoding));
    }
    let items: Vec<Value> = match value {
        Value::Array(items) => items,
        Value::Object(obj) => {
            // Every field that holds an array of objects, in key order: a document with two
            // such arrays (`{"courses": [...], "modules": [...]}`) loses none of them.
            let arrays: Vec<&Vec<Value>> = obj
                .values()
                .filter_map(|v| match v {
                    Value::Array(a) if a.iter().any(Value::is_object) => Some(a),
                    _ => None,
                })
                .collect();
            if arrays.is_empty() {
                vec![Value::Object(obj)]
            } else {
                arrays.into_iter().flatten().cloned().collect()
            }
        }
        other => vec![other],
    };
    let mut keys = Keys::default();
    for o in items.iter().filter_map(Value::as_object) {
        keys.add(o);
    }
    let keys = keys.list;
    let mut resolved = resolve(path, mapping, &keys)?;
    let sample: Vec<Map<String, Value>> =
        items.iter().filter_map(Value::as_object).take(CATEGORY_SAMPLE).cloned().collect();
    resolved.demote_categories(mapping, &keys, &sample_rows(&sample, &keys));
    let r2 = resolved.clone();
    let path_buf = path.to_path_buf();
    let records = items.into_iter().enumerate().map(move |(i, v)| {
        let location = Location { file: file.clone(), line: None, index: Some(i as u64) };
        match v {
            Value::Object(obj) => Read::Record(build(&obj, &r2, &path_buf, location, encoding)),
            other => Read::Rejected(rejected(
                location,
                "not_an_object",
                format!("array element {i} is {}, not an object", kind(&other)),
            )),
        }
    });
    Ok(Opened {
        path: path.to_path_buf(),
        format: Format::Json,
        resolved,
        records: Box::new(records.collect::<Vec<_>>().into_iter()),
    })
}

/// Opens a Europass credential in XML ([`super::edci_xml`]): its learning specifications are
/// the records, as a JSON-LD credential's. XML that does not parse, or whose root is no Europass
/// credential, fails as an input with its line and column.
pub fn open_xml(path: &Path) -> Result<Opened> {
    let read_err = |source| Error::ReadInput { path: path.to_path_buf(), source };
    let mut bytes = Vec::new();
    File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)).map_err(read_err)?;
    let (text, encoding) = crate::decode::decode(&bytes);
    let doc = super::edci_xml::to_jsonld(&text).map_err(|e| Error::InvalidXml {
        path: path.to_path_buf(),
        line: e.line,
        column: e.column,
        message: e.message,
    })?;
    Ok(open_credential(path, &path.display().to_string(), &doc, encoding))
}

/// A credential document's learning specifications as records ([`super::credential`]).
fn open_credential(path: &Path, file: &str, doc: &Value, encoding: &'static str) -> Opened {
    let specs = match super::credential::specs(doc) {
        Ok(specs) => specs,
        Err(detail) => {
            let location = Location { file: file.to_string(), line: None, index: Some(0) };
            let records =
                vec![Read::Rejected(rejected(location, "no_learning_specification", detail))];
            return Opened {
                path: path.to_path_buf(),
                format: Format::Credential,
                resolved: credential_resolved(),
                records: Box::new(records.into_iter()),
            };
        }
    };
    let resolved = credential_resolved();
    let records: Vec<Read> = specs
        .into_iter()
        .enumerate()
        .map(|(i, spec)| {
            let location = Location { file: file.to_string(), line: None, index: Some(i as u64) };
            Read::Record(RawRecord {
                id: spec.id.unwrap_or_else(|| fallback_id(path, i as u64)),
                location,
                title: spec.title,
                provider: spec.provider,
                text: spec.text,
                meta: spec.meta,
                encoding,
                warnings: Vec::new(),
            })
        })
        .collect();
    Opened {
        path: path.to_path_buf(),
        format: Format::Credential,
        resolved,
        records: Box::new(records.into_iter()),
    }
}

/// How a credential document's fields are mapped (for the manifest and the run's messages).
fn credential_resolved() -> Resolved {
    let meta = [
        ("creditPoint", "credits"),
        ("eqfLevel", "level"),
        ("volumeOfLearning", "hours"),
        ("language", "language"),
        ("mode", "mode"),
        ("provenBy", "assessment"),
        ("countryCode", "country"),
        ("entryRequirement", "prerequisites"),
        ("estimatedCost", "fees"),
        ("achievementType", "credential_type"),
        ("educationSubject", "isced"),
        ("homepage", "url"),
    ];
    Resolved {
        id: Some("id".into()),
        text: ["description", "learningOutcome", "criteria", "alignment"]
            .map(String::from)
            .to_vec(),
        title: Some("title".into()),
        provider: Some("awardingBody".into()),
        meta: meta.iter().map(|(f, e)| (f.to_string(), e.to_string())).collect(),
        recognised: true,
        categories: Vec::new(),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A JSON value as text.
pub fn value_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        // A JSON-LD value object (`{"@language": "en", "@value": "..."}`, European Digital
        // Credentials) is its value; a node reference (`{"@id": "urn:x"}`) its id.
        Value::Object(o) if o.contains_key("@value") => {
            o.get("@value").map(value_text).unwrap_or_default()
        }
        Value::Object(o) if o.len() == 1 && o.get("@id").is_some_and(Value::is_string) => {
            o.get("@id").map(value_text).unwrap_or_default()
        }
        // A language map (`{"en": "...", "fr": "..."}`, Open Badges 3): one language, English
        // when it is there, else the first (several languages in one text would confuse
        // language detection).
        Value::Object(o)
            if !o.is_empty() && o.iter().all(|(k, v)| language_tag(k) && textual(v)) =>
        {
            let pick =
                o.iter().find(|(k, _)| k.split('-').next() == Some("en")).or(o.iter().next());
            pick.map(|(_, v)| value_text(v)).unwrap_or_default()
        }
        // Values in several languages (`[{"@language": "en", ...}, {"@language": "fi", ...}]`):
        // likewise one of them.
        Value::Array(items)
            if items.len() > 1
                && items
                    .iter()
                    .all(|i| i.get("@language").is_some() && i.get("@value").is_some()) =>
        {
            let en = items.iter().find(|i| {
                i.get("@language")
                    .and_then(Value::as_str)
                    .is_some_and(|l| l.split('-').next() == Some("en"))
            });
            en.or(items.first()).map(value_text).unwrap_or_default()
        }
        Value::Array(items) if items.iter().all(textual) => {
            items.iter().map(value_text).collect::<Vec<_>>().join("\n")
        }
        Value::Bool(_) | Value::Number(_) | Value::Array(_) | Value::Object(_) => v.to_string(),
    }
}

/// Whether `v` reads as text: a string, a number, a JSON-LD value object or node reference, or a
/// list of them.
fn textual(v: &Value) -> bool {
    match v {
        Value::String(_) | Value::Number(_) => true,
        Value::Object(o) => {
            o.contains_key("@value") || o.len() == 1 && o.get("@id").is_some_and(Value::is_string)
        }
        Value::Array(items) => items.iter().all(textual),
        _ => false,
    }
}

/// Language codes a language map's keys may hold (ISO 639-1, the European ones and a few
/// more; not `id`, which is a field name far more often than Indonesian).
const LANGUAGE_CODES: &[&str] = &[
    "en", "fr", "de", "it", "es", "pt", "nl", "pl", "sv", "da", "fi", "el", "cs", "sk", "sl", "hu",
    "ro", "bg", "hr", "et", "lv", "lt", "mt", "ga", "no", "nb", "nn", "is", "tr", "ca", "eu", "gl",
    "ru", "uk", "sr", "mk", "sq", "bs", "lb", "cy", "zh", "ja", "ko", "ar", "he", "hi",
];

/// A language tag as a key of a language map: `en`, `pt-BR`.
pub(super) fn language_tag(k: &str) -> bool {
    let (lang, region) = k.split_once('-').unwrap_or((k, ""));
    LANGUAGE_CODES.contains(&lang)
        && region.len() <= 4
        && region.chars().all(|c| c.is_ascii_alphanumeric())
}

fn get(obj: &Map<String, Value>, key: &str) -> Option<String> {
    obj.get(key).map(value_text).map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

fn build(
    obj: &Map<String, Value>,
    r: &Resolved,
    path: &Path,
    location: Location,
    encoding: &'static str,
) -> RawRecord {
    // An id given as a list (JSON-LD) is its first item: an id holds no line break.
    let id =
        r.id.as_deref()
            .and_then(|k| match obj.get(k) {
                Some(Value::Array(items)) => items.first().map(value_text),
                Some(v) => Some(value_text(v)),
                None => None,
            })
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| fallback_id(path, location.index.unwrap_or(0)));
    let values: Vec<(String, String)> = r
        .text
        .iter()
        .map(|k| (k.clone(), obj.get(k).map(value_text).unwrap_or_default()))
        .collect();
    let text =
        compose_text(values.iter().map(|(k, v)| (k.as_str(), v.as_str())), values.len() == 1);
    let meta = r.meta.iter().filter_map(|(f, e)| get(obj, f).map(|v| (e.clone(), v))).collect();
    RawRecord {
        id,
        location,
        title: r.title.as_deref().and_then(|k| get(obj, k)),
        provider: r.provider.as_deref().and_then(|k| get(obj, k)),
        text,
        meta,
        encoding,
        warnings: Vec::new(),
    }
}

fn rejected(location: Location, reason: &str, detail: String) -> Issue {
    Issue::rejected(location, None, reason, detail)
}

#[cfg(test)]
mod tests {
    use super::{Value, open_array, value_text};
    use crate::ingest::{Mapping, Read, open};

    /// From the session-17 review: the same Udemy-like records as JSON Lines or a JSON array
    /// read their repeated `Skills` breadcrumb as the category, as a CSV does.
    #[test]
    fn issue2_s17_json_inputs_sample_their_categories() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut lines = String::new();
        let mut array = Vec::new();
        for i in 0..30 {
            let o = serde_json::json!({
                "title": format!("Course {i}"),
                "description": format!("Pass the exam {i} with our practice tests"),
                "skills": "IT & Software   IT Certifications",
            });
            lines.push_str(&o.to_string());
            lines.push('\n');
            array.push(o);
        }
        let jsonl = dir.path().join("u.jsonl");
        let json = dir.path().join("u.json");
        std::fs::write(&jsonl, lines).expect("write");
        std::fs::write(&json, Value::Array(array).to_string()).expect("write");
        for path in [&jsonl, &json] {
            let opened = open(path, &Mapping::default()).expect("open");
            assert_eq!(opened.resolved.text, ["description"], "{:?}", opened.resolved);
            assert!(
                opened.resolved.meta.contains(&("skills".into(), "category".into())),
                "{:?}",
                opened.resolved
            );
        }
    }
    /// (`[{"@language":"en","@value":"..."}]`) and a list of ids as one id with a line break.
    #[test]
    fn review14_json_ld_values_and_language_maps_are_text() {
        let v: Value =
            serde_json::from_str(r#"[{"@language":"en","@value":"Data literacy"}]"#).expect("json");
        assert_eq!(value_text(&v), "Data literacy");
        let v: Value =
            serde_json::from_str(r#"{"en":"Data literacy","pt-BR":"Letramento"}"#).expect("json");
        assert_eq!(value_text(&v), "Data literacy", "English first");
        // Second review: an object of short field names is no language map, values in several
        // languages give one of them, a node reference its id.
        let v: Value = serde_json::from_str(r#"{"id":"x","url":"y"}"#).expect("json");
        assert_eq!(value_text(&v), r#"{"id":"x","url":"y"}"#);
        let v: Value = serde_json::from_str(
            r#"[{"@language":"fi","@value":"Arviointi"},{"@language":"en","@value":"Audit"}]"#,
        )
        .expect("json");
        assert_eq!(value_text(&v), "Audit");
        let v: Value = serde_json::from_str(r#"[{"@id":"urn:x"}]"#).expect("json");
        assert_eq!(value_text(&v), "urn:x");
        let v: Value = serde_json::from_str(r#"{"id":"x","type":"Course"}"#).expect("json");
        assert_eq!(value_text(&v), r#"{"id":"x","type":"Course"}"#, "no language map");
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("c.json");
        std::fs::write(
            &p,
            r#"[{"id":["urn:a","urn:b"],"description":{"@value":"Analyse data."}}]"#,
        )
        .expect("write");
        let mut opened = open_array(&p, &Mapping::default()).expect("opens");
        match opened.records.next() {
            Some(Read::Record(r)) => {
                assert_eq!(r.id, "urn:a");
                assert_eq!(r.text, "Analyse data.");
            }
            _ => panic!("one record"),
        }
    }

    /// Session-11 review: an object with two arrays of records kept only the one whose key came
    /// first, and dropped the other's records without a word. (Written pretty-printed, the
    /// document was also taken for JSON Lines: two of its first three lines opened with `{`.)
    #[test]
    fn issue7_every_array_of_records_in_an_object_is_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("x.json");
        std::fs::write(
            &path,
            r#"{"z": [{"id": "z1", "description": "Analyse data."}],
                "a": [{"id": "a1", "description": "Design a bridge."},
                      {"id": "a2", "description": "Write a report."}],
                "note": "three records"}"#,
        )
        .expect("write");
        let opened = open(&path, &Mapping::default()).expect("open");
        let ids: Vec<String> = opened
            .records
            .map(|r| match r {
                Read::Record(r) => r.id,
                Read::Rejected(i) => format!("rejected:{}", i.reason),
            })
            .collect();
        assert_eq!(ids, ["a1", "a2", "z1"]);
    }

    /// A credential document is read as its learning specifications (one record each), a
    /// JSON-LD graph that describes none is one rejection, and `--text` keeps the document a
    /// table of records.
    #[test]
    fn credential_documents_give_their_specifications() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("badge.jsonld");
        std::fs::write(
            &path,
            r#"{"@context": ["https://www.w3.org/ns/credentials/v2"],
                "type": ["VerifiableCredential", "OpenBadgeCredential"],
                "credentialSubject": {"achievement": {"id": "urn:a", "type": "Achievement",
                   "name": "Badge", "description": "Analyse data."}}}"#,
        )
        .expect("write");
        let opened = open(&path, &Mapping::default()).expect("open");
        assert_eq!(opened.format.as_str(), "credential");
        let reads: Vec<Read> = opened.records.collect();
        assert!(
            matches!(&reads[..], [Read::Record(r)] if r.id == "urn:a" && r.text == "Analyse data.")
        );
        let path = dir.path().join("accreditation.jsonld");
        std::fs::write(
            &path,
            r#"{"@context": {}, "@graph": [{"@id": "a", "@type": "Accreditation", "description": "Audit."}]}"#,
        )
        .expect("write");
        let reads: Vec<Read> = open(&path, &Mapping::default()).expect("open").records.collect();
        assert!(
            matches!(&reads[..], [Read::Rejected(i)] if i.reason == "no_learning_specification"),
            "{reads:?}"
        );
        // An empty `.jsonld` document is a rejection, not an empty record.
        let empty = dir.path().join("empty.jsonld");
        std::fs::write(&empty, "{}").expect("write");
        let reads: Vec<Read> = open(&empty, &Mapping::default()).expect("open").records.collect();
        assert!(
            matches!(&reads[..], [Read::Rejected(i)] if i.reason == "no_learning_specification"),
            "{reads:?}"
        );
        let mapping = Mapping { text: vec!["description".into()], ..Mapping::default() };
        let opened = open(&path, &mapping).expect("open");
        assert_eq!(opened.format.as_str(), "json");
    }

    /// Ids (or reject reasons) and encodings of every read of an input.
    fn reads(path: &std::path::Path, mapping: &Mapping) -> Vec<(String, &'static str)> {
        open(path, mapping)
            .expect("open")
            .records
            .map(|r| match r {
                Read::Record(r) => (r.id, r.encoding),
                Read::Rejected(i) => (format!("rejected:{}", i.reason), ""),
            })
            .collect()
    }

    /// Issue 8, session 19: a UTF-16 JSON Lines file (with BOM) was split on `\n` bytes before
    /// it was decoded: every record was rejected, plus a phantom one. See: #8
    #[test]
    fn issue8_s19_utf16_json_lines_are_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("u16.jsonl");
        let text = "{\"id\":\"é1\",\"description\":\"Apply the method.\"}\n{\"id\":\"ü2\",\"description\":\"Design a study.\"}\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        std::fs::write(&path, &bytes).expect("write");
        assert_eq!(
            reads(&path, &Mapping::default()),
            [("é1".to_string(), "utf-16le"), ("ü2".to_string(), "utf-16le")]
        );
    }

    /// Issue 8, session 19: `--text description` failed (`column not found`) when the field
    /// first appeared after the 1,000 objects whose keys are scanned. See: #8
    #[test]
    fn issue8_s19_named_field_after_the_key_scan_is_found() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("late.jsonl");
        let mut text = String::new();
        for i in 0..1200 {
            if i < 1100 {
                text.push_str(&format!("{{\"id\":\"r{i}\",\"summary\":\"Apply {i}\"}}\n"));
            } else {
                text.push_str(&format!("{{\"id\":\"r{i}\",\"description\":\"Design {i}\"}}\n"));
            }
        }
        std::fs::write(&path, &text).expect("write");
        let mapping = Mapping { text: vec!["description".into()], ..Default::default() };
        let opened = open(&path, &mapping).expect("the named field is found");
        assert_eq!(opened.resolved.text, ["description"]);
        let recs: Vec<_> = opened
            .records
            .filter_map(|r| match r {
                Read::Record(r) => Some(r),
                Read::Rejected(_) => None,
            })
            .collect();
        assert_eq!(recs.len(), 1200);
        assert_eq!(recs[1150].text, "Design 1150");
        // A field no object has is still an error.
        let mapping = Mapping { text: vec!["nowhere".into()], ..Default::default() };
        assert!(open(&path, &mapping).is_err());
    }

    /// Issue 8, session 19: a pretty-printed JSON array saved as `.jsonl` gave one `invalid
    /// JSON at column 1` rejection per line; it is read as the JSON document it is. See: #8
    #[test]
    fn issue8_s19_json_array_saved_as_jsonl_is_read_as_json() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("pretty.jsonl");
        std::fs::write(
            &path,
            "[\n  {\n    \"id\": \"a\",\n    \"description\": \"Apply it.\"\n  },\n  {\n    \"id\": \"b\",\n    \"description\": \"Design it.\"\n  }\n]\n",
        )
        .expect("write");
        let got = reads(&path, &Mapping::default());
        assert_eq!(got, [("a".to_string(), "utf-8"), ("b".to_string(), "utf-8")]);
        // JSON Lines whose first line is an array are still lines.
        std::fs::write(&path, "[1, 2]\n{\"id\": \"c\", \"description\": \"Apply it.\"}\n")
            .expect("write");
        let got = reads(&path, &Mapping::default());
        assert_eq!(got, [("rejected:not_an_object".to_string(), ""), ("c".to_string(), "utf-8")]);
    }

    /// Issue 8, session 19: keys were deduplicated with a linear search, so a line of 100,000
    /// keys took 11.5 s (release) to open; with a set beside the list 0.7 s (measured with the
    /// binary, not asserted here: no timed tests). Each key is gathered once, in order. See: #8
    #[test]
    fn issue8_s19_many_keys_are_gathered_once() {
        let mut o = serde_json::Map::new();
        for i in 0..20_000 {
            o.insert(format!("k{i}"), Value::Null);
        }
        let mut keys = super::Keys::default();
        keys.add(&o);
        keys.add(&o);
        assert_eq!(keys.list.len(), 20_000);
        assert_eq!(keys.list.first().map(String::as_str), Some("k0"));
    }

    /// Issue 8, session 20: a JSON Lines file whose lines end in `\r` alone was one line: its
    /// first object was rejected (`trailing characters`) and the others lost. A line that does
    /// not parse is split at a lone `\r` when a piece parses; a `\r` inside a broken string
    /// leaves one rejection. Line numbers count the pieces. See: #8
    #[test]
    fn issue8_s20_cr_only_json_lines() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("mac.jsonl");
        std::fs::write(
            &path,
            "{\"id\":\"j1\",\"description\":\"Appliquer la méthode.\"}\r{\"id\":\"j2\",\"description\":\"Design a study.\"}\r\r{\"id\":\"j3\" broken}\r{\"id\":\"j4\",\"description\":\"Plan it.\"}\r",
        )
        .expect("write");
        let opened = open(&path, &Mapping::default()).expect("open");
        assert_eq!(opened.resolved.text, ["description"]);
        let got: Vec<(String, Option<u64>)> = opened
            .records
            .map(|r| match r {
                Read::Record(r) => (r.id, r.location.line),
                Read::Rejected(i) => (format!("rejected:{}", i.reason), i.location.line),
            })
            .collect();
        let want = [("j1", 1), ("j2", 2), ("rejected:invalid_json", 4), ("j4", 5)];
        let want: Vec<(String, Option<u64>)> =
            want.iter().map(|(i, l)| (i.to_string(), Some(*l))).collect();
        assert_eq!(got, want);
        // A raw `\r` inside a string (invalid JSON) is one rejection, the lines after it counted
        // as before.
        std::fs::write(
            &path,
            "{\"id\":\"j1\",\"description\":\"Apply\r it.\"}\n{\"id\":\"j2\",\"description\":\"Design.\"}\n",
        )
        .expect("write");
        let got: Vec<(String, Option<u64>)> = open(&path, &Mapping::default())
            .expect("open")
            .records
            .map(|r| match r {
                Read::Record(r) => (r.id, r.location.line),
                Read::Rejected(i) => (format!("rejected:{}", i.reason), i.location.line),
            })
            .collect();
        assert_eq!(
            got,
            [("rejected:invalid_json".to_string(), Some(1)), ("j2".to_string(), Some(2))]
        );
    }
}
