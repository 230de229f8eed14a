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
    writeln!(
        out,
        "{:<8} {:<10} {:<11} {:<9} {:<14} statement",
        "span", "heading", "role", "level", "verb"
    )?;
    for (s, e, role, lead, level, heading, _) in &rows {
        let st = text.get(*s..*e).unwrap_or("");
        let short: String = st.chars().take(70).collect();
        writeln!(
            out,
            "{:<8} {:<10} {:<11} {:<9} {:<14} {short}",
            format!("{s}..{e}"),
            heading,
            role,
            level,
            lead
        )?;
    }
    Ok(Outcome::Ok)
}
