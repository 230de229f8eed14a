//! `mcaudit explain ID`: one record of a previous run, its statements highlighted and the rule
//! path that led to its class.

use std::io::Write;

use anyhow::bail;

use crate::Outcome;
use crate::cli::ExplainArgs;
use crate::report::read_columns;

/// Runs `explain`.
#[allow(clippy::needless_range_loop)] // column-major tables: one index walks every column
pub fn run(a: &ExplainArgs) -> anyhow::Result<Outcome> {
    let rec = read_columns(
        &a.records.join("records.parquet"),
        &[
            "id",
            "class",
            "reasons",
            "margin",
            "rule_path",
            "lang",
            "title",
            "source",
            "text",
            "n_statements",
            "n_action",
            "n_vague",
            "status",
            "reason",
            "warnings",
            "evidence",
        ],
    )?;
    let Some(i) = rec[0].iter().position(|id| id.as_deref() == Some(a.id.as_str())) else {
        let close: Vec<&str> = rec[0]
            .iter()
            .flatten()
            .filter(|id| id.contains(&a.id))
            .take(5)
            .map(String::as_str)
            .collect();
        bail!(
            "record {:?} not found in {} (similar ids: {})",
            a.id,
            a.records.display(),
            if close.is_empty() { "none".into() } else { close.join(", ") }
        );
    };
    let get = |k: usize| rec[k][i].clone().unwrap_or_default();
    let text = get(8);
    let outs = read_columns(
        &a.records.join("outcomes.parquet"),
        &["record", "start", "end", "role", "lead_verb", "lead_text", "level", "heading"],
    )?;
    let mut rows: Vec<(usize, usize, String, String, String, String, String)> = Vec::new();
    for j in 0..outs[0].len() {
        if outs[0][j].as_deref() != Some(a.id.as_str()) {
            continue;
        }
        let num =
            |k: usize| outs[k][j].as_deref().and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
        let s = |k: usize| outs[k][j].clone().unwrap_or_default();
        rows.push((num(1), num(2), s(3), s(5), s(6), s(7), s(4)));
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}  {}", a.id, get(6))?;
    writeln!(out, "source: {}  lang: {}", get(7), get(5))?;
    // A rejected record has no class: its reason is what there is to explain.
    if get(12) == "rejected" {
        writeln!(out, "rejected: {}", get(13))?;
        if !get(14).is_empty() {
            writeln!(out, "warnings: {}", get(14))?;
        }
        for (place, detail) in issues_of(&a.records.join("errors.csv"), &a.id) {
            writeln!(out, "  {place}: {detail}")?;
        }
        return Ok(Outcome::Ok);
    }
    if !get(14).is_empty() {
        writeln!(out, "warnings: {}", get(14))?;
    }
    writeln!(out, "class {}  reasons: {}  margin: {}", get(1), get(2), get(3))?;
    writeln!(out, "statements: {} (action {}, vague or aims {})", get(9), get(10), get(11))?;
    writeln!(out, "why: {}\n", get(4))?;
    // The text with statements marked: [role:verb| ... ].
    let mut cursor = 0;
    let mut marked = String::new();
    for (s, e, role, lead, _, _, _) in &rows {
        if *s < cursor
            || *e > text.len()
            || !text.is_char_boundary(*s)
            || !text.is_char_boundary(*e)
        {
            continue;
        }
        marked.push_str(&text[cursor..*s]);
        let tag = if lead.is_empty() { role.clone() } else { format!("{role}:{lead}") };
        marked.push_str(&format!("⟦{tag}| {}⟧", &text[*s..*e]));
        cursor = *e;
    }
    marked.push_str(text.get(cursor..).unwrap_or(""));
    writeln!(out, "{marked}\n")?;
    // The statements the class counted: the spans of the record's `evidence` column.
    let evidence: Vec<String> =
        get(15).split(';').filter(|x| !x.is_empty()).map(str::to_string).collect();
    writeln!(
        out,
        "spans are UTF-8 byte offsets into the normalised text (texts.jsonl, or the text column of \
         records.parquet); * = evidence, the statements counted for the class (records.csv \
         evidence)"
    )?;
    writeln!(
        out,
        "  {:<8} {:<10} {:<11} {:<9} {:<14} statement",
        "span", "heading", "role", "level", "verb"
    )?;
    for (s, e, role, lead, level, heading, _) in &rows {
        let st = text.get(*s..*e).unwrap_or("");
        let short: String = st.chars().take(70).collect();
        let span = format!("{s}..{e}");
        let mark = if evidence.contains(&span) { '*' } else { ' ' };
        writeln!(
            out,
            "{mark} {:<8} {:<10} {:<11} {:<9} {:<14} {short}",
            span, heading, role, level, lead
        )?;
    }
    Ok(Outcome::Ok)
}

/// The places (`file:line`) and details of `errors.csv`'s rows about record `id`, read by
/// header name; none when the file is missing or unreadable (the record row still says why).
fn issues_of(errors: &std::path::Path, id: &str) -> Vec<(String, String)> {
    let Ok(mut r) = csv::Reader::from_path(errors) else { return Vec::new() };
    let Ok(h) = r.headers().cloned() else { return Vec::new() };
    let col = |name: &str| h.iter().position(|x| x == name);
    let (Some(file), Some(line), Some(record), Some(detail)) =
        (col("file"), col("line"), col("record"), col("detail"))
    else {
        return Vec::new();
    };
    r.records()
        .flatten()
        .filter(|row| row.get(record) == Some(id))
        .map(|row| {
            let f = row.get(file).unwrap_or("");
            let l = row.get(line).unwrap_or("");
            let place = if l.is_empty() { f.to_string() } else { format!("{f}:{l}") };
            (place, row.get(detail).unwrap_or("").to_string())
        })
        .collect()
}
