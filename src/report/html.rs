//! `report.html`: one self-contained page (no CDN, no network) for a workshop room or a QA
//! office: headline figures, inline SVG charts, a records table to filter by class, language,
//! source, provider, reason, missing element and status and to search, and each record's text with its statements, verbs and metadata cues
//! highlighted. Built from the Parquet outputs, so `mcaudit report --from DIR` rebuilds it.
//!
//! Guarantees: every string from the data is HTML-escaped or JSON-encoded with `</` escaped;
//! at most [`MAX_RECORDS`] records are embedded, taken from each input in turn when there are
//! more (the charts and figures cover every record); a rejected record carries its reason and
//! line.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::atomic_write;
use super::tables::{Cell, Table, largest_remainder};

/// Records embedded with their text (the page stays light enough to open anywhere).
pub const MAX_RECORDS: usize = 5000;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn table<'a>(tables: &'a [Table], name: &str) -> Option<&'a Table> {
    tables.iter().find(|t| t.name == name)
}

fn num(c: &Cell) -> f64 {
    match c {
        Cell::Int(x) => *x as f64,
        Cell::Float(x) => *x,
        Cell::Str(s) => s.parse().unwrap_or(0.0),
    }
}

fn text(c: &Cell) -> String {
    match c {
        Cell::Str(s) => s.clone(),
        Cell::Int(x) => x.to_string(),
        Cell::Float(x) => x.to_string(),
    }
}

/// Horizontal bar chart as inline SVG.
fn bars(title: &str, items: &[(String, f64, &str)], unit: &str) -> String {
    let max = items.iter().map(|i| i.1).fold(0.0, f64::max).max(1e-9);
    let h = 22 * items.len() + 30;
    let mut s = format!(
        r#"<figure><figcaption>{}</figcaption><svg role="img" aria-label="{}" viewBox="0 0 500 {h}" width="500" height="{h}">"#,
        esc(title),
        esc(title)
    );
    for (i, (label, v, color)) in items.iter().enumerate() {
        let y = 10 + 22 * i;
        let w = (v / max * 220.0).max(1.0);
        let _ = write!(
            s,
            r#"<text x="190" y="{}" text-anchor="end" font-size="12">{}</text><rect x="195" y="{}" width="{w:.1}" height="16" fill="{color}"/><text x="{:.1}" y="{}" font-size="12">{}{unit}</text>"#,
            y + 12,
            esc(&short(label, 28)),
            y,
            200.0 + w,
            y + 12,
            if v.fract() == 0.0 { format!("{v:.0}") } else { format!("{v:.1}") }
        );
    }
    s.push_str("</svg></figure>");
    s
}

/// The shares of rows whose second cell is a count (the parts of one whole), as percentages
/// with one decimal summing to exactly 100.0 by largest remainder, as the page prints them.
fn one_decimal(rows: &[&Vec<Cell>]) -> Vec<f64> {
    let counts: Vec<u64> = rows.iter().map(|r| num(&r[1]).max(0.0) as u64).collect();
    largest_remainder(&counts, 1).into_iter().map(|u| u as f64 / 10.0).collect()
}

/// Shortens a label on a char boundary.
pub fn short(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

/// Completeness heatmap (element × source) as inline SVG.
fn heatmap(t: &Table) -> String {
    let mut sources: Vec<String> = t.rows.iter().map(|r| text(&r[1])).collect();
    sources.sort();
    sources.dedup();
    let mut elements: Vec<String> = Vec::new();
    for r in &t.rows {
        let e = text(&r[0]);
        if !elements.contains(&e) {
            elements.push(e);
        }
    }
    let cell: BTreeMap<(String, String), f64> =
        t.rows.iter().map(|r| ((text(&r[0]), text(&r[1])), num(&r[4]))).collect();
    let (cw, ch, left, top) = (54, 18, 130, 110);
    let w = left + cw * sources.len() + 10;
    let h = top + ch * elements.len() + 10;
    let mut s = format!(
        r#"<figure><figcaption>Metadata completeness (share of records, element × source)</figcaption><svg role="img" aria-label="completeness heatmap" viewBox="0 0 {w} {h}" width="{w}" height="{h}">"#
    );
    for (j, src) in sources.iter().enumerate() {
        let x = left + cw * j + cw / 2;
        let name =
            Path::new(src).file_name().map_or(src.clone(), |n| n.to_string_lossy().into_owned());
        let _ = write!(
            s,
            r#"<text transform="translate({x},{}) rotate(-45)" font-size="10">{}</text>"#,
            top - 6,
            esc(&short(&name, 18))
        );
    }
    for (i, e) in elements.iter().enumerate() {
        let y = top + ch * i;
        let _ = write!(
            s,
            r#"<text x="{}" y="{}" text-anchor="end" font-size="11">{}</text>"#,
            left - 4,
            y + 13,
            esc(e)
        );
        for (j, src) in sources.iter().enumerate() {
            let v = cell.get(&(e.clone(), src.clone())).copied().unwrap_or(0.0);
            let light = 95.0 - v * 0.55;
            let _ = write!(
                s,
                r#"<rect x="{}" y="{y}" width="{}" height="{}" fill="hsl(210,60%,{light:.0}%)"><title>{}: {} — {v:.1} %</title></rect><text x="{}" y="{}" font-size="9" text-anchor="middle" fill="{}">{v:.0}</text>"#,
                left + cw * j,
                cw - 2,
                ch - 2,
                esc(e),
                esc(src),
                left + cw * j + cw / 2,
                y + 12,
                if light < 60.0 { "#fff" } else { "#222" }
            );
        }
    }
    s.push_str("</svg></figure>");
    s
}

/// Failed inputs and rejected records: a headline figure for each, a table of their reasons and
/// the inputs that could not be read (file and error, from `errors.csv`, the first 50 named).
/// Empty when every input was read and every record analysed (warnings stay in `errors.csv`).
fn problems(dir: &Path, tables: &[Table], headline: &mut String) -> String {
    let Some(t) = table(tables, "rejects_by_reason").filter(|t| !t.rows.is_empty()) else {
        return String::new();
    };
    let count = |sev: &str| -> f64 {
        t.rows.iter().filter(|r| text(&r[0]) == sev).map(|r| num(&r[2])).sum()
    };
    let (rejected, failed) = (count("rejected"), count("input_failed"));
    // Warnings (a duplicate id, a decoded encoding) lose nothing: they stay in `errors.csv`.
    if rejected == 0.0 && failed == 0.0 {
        return String::new();
    }
    let plural =
        |n: f64, one: &str, many: &str| if n == 1.0 { one.to_string() } else { many.to_string() };
    if rejected > 0.0 {
        let _ = write!(
            headline,
            r#"<div class="kpi warn"><b>{rejected:.0}</b> {} rejected</div>"#,
            plural(rejected, "record", "records")
        );
    }
    if failed > 0.0 {
        let _ = write!(
            headline,
            r#"<div class="kpi warn"><b>{failed:.0}</b> {} not be read</div>"#,
            plural(failed, "input could", "inputs could")
        );
    }
    let mut s = String::from(
        r#"<section id="problems"><h2>Rejected records and failed inputs</h2><table class="small"><thead><tr><th>severity</th><th>reason</th><th>count</th></tr></thead><tbody>"#,
    );
    for r in t.rows.iter().filter(|r| matches!(text(&r[0]).as_str(), "rejected" | "input_failed")) {
        let _ = write!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{:.0}</td></tr>",
            esc(&text(&r[0])),
            esc(&text(&r[1])),
            num(&r[2])
        );
    }
    s.push_str("</tbody></table>");
    // The inputs that could not be read, by name: few, and each a whole file lost.
    let (mut inputs, mut listed) = (String::new(), 0);
    if failed > 0.0
        && let Ok(mut rd) = csv::Reader::from_path(dir.join("errors.csv"))
    {
        let headers = rd.headers().cloned().unwrap_or_default();
        let col = |name: &str| headers.iter().position(|h| h == name);
        if let (Some(f), Some(sev), Some(d)) = (col("file"), col("severity"), col("detail")) {
            for row in rd.records().flatten() {
                if row.get(sev) == Some("input_failed") && listed < 50 {
                    listed += 1;
                    let _ = write!(
                        inputs,
                        "<li><code>{}</code>: {}</li>",
                        esc(row.get(f).unwrap_or("")),
                        esc(row.get(d).unwrap_or(""))
                    );
                }
            }
        }
    }
    if !inputs.is_empty() {
        let more = failed as usize - listed.min(failed as usize);
        let more = if more > 0 { format!("<li>and {more} more</li>") } else { String::new() };
        let _ = write!(s, "<p>Inputs that could not be read:</p><ul>{inputs}{more}</ul>");
    }
    s.push_str("<p class=note>Each one, with its file, line or record id and the reason, is a row of <code>errors.csv</code>; rejected records are also rows of <code>records.csv</code> with status <code>rejected</code>.</p></section>");
    s
}

/// Writes `dir/report.html`.
#[allow(clippy::needless_range_loop)] // column-major tables: one index walks every column
pub fn write(dir: &Path, tables: &[Table]) -> anyhow::Result<PathBuf> {
    let n_all = super::parquet_rows(&dir.join("records.parquet"))?;
    const COLUMNS: &[&str] = &[
        "id",
        "title",
        "input",
        "lang",
        "class",
        "reasons",
        "rule_path",
        "margin",
        "completeness",
        "missing",
        "text",
        "status",
        "provider",
        "reason",
        "line",
    ];
    let path = dir.join("records.parquet");
    // Past [`MAX_RECORDS`], the table takes the records of each input in turn (the first of
    // each, then the second of each, ...), so that every input of a large run can be found in
    // it; in file order on the page.
    let rec = if n_all > MAX_RECORDS {
        let keys = super::read_columns_range(&path, &["id", "input"], None)?;
        let ids = sample_by_input(&keys[0], &keys[1], MAX_RECORDS);
        super::read_rows_among(&path, COLUMNS, &ids)?
    } else {
        super::read_columns_range(&path, COLUMNS, Some((0, MAX_RECORDS)))?
    };
    let shown: std::collections::HashSet<String> = rec[0].iter().flatten().cloned().collect();
    let out = super::read_rows_of(
        &dir.join("outcomes.parquet"),
        &["record", "start", "end", "role", "lead_verb", "level"],
        &shown,
    )?;
    let aud = super::read_rows_of(
        &dir.join("audit.parquet"),
        &["record", "element", "start", "end", "value"],
        &shown,
    )?;
    // Borrowed from the columns read: serialised as `json!` values were, arrays for the spans
    // and objects with their keys in sorted order (`PageRecord`).
    type Stmt<'a> = (u64, u64, Option<&'a str>, Option<&'a str>, Option<&'a str>);
    type Cue<'a> = (u64, u64, Option<&'a str>, Option<&'a str>);
    let span = |s: &Option<String>| s.as_deref().and_then(|v| v.parse::<u64>().ok());
    let mut stmts: BTreeMap<&str, Vec<Stmt>> = BTreeMap::new();
    for i in 0..out[0].len() {
        let (Some(s), Some(e)) = (span(&out[1][i]), span(&out[2][i])) else {
            continue;
        };
        stmts.entry(out[0][i].as_deref().unwrap_or_default()).or_default().push((
            s,
            e,
            out[3][i].as_deref(),
            out[4][i].as_deref(),
            out[5][i].as_deref(),
        ));
    }
    let mut cues: BTreeMap<&str, Vec<Cue>> = BTreeMap::new();
    for i in 0..aud[0].len() {
        let (Some(s), Some(e)) = (span(&aud[2][i]), span(&aud[3][i])) else {
            continue;
        };
        cues.entry(aud[0][i].as_deref().unwrap_or_default()).or_default().push((
            s,
            e,
            aud[1][i].as_deref(),
            aud[4][i].as_deref(),
        ));
    }
    let mut records = Vec::new();
    for i in 0..rec[0].len() {
        let g = |k: usize| rec[k][i].as_deref().unwrap_or_default();
        let id = g(0);
        records.push(PageRecord {
            class: g(4),
            completeness: g(8),
            cues: cues.get(id).map_or(&[], Vec::as_slice),
            id,
            lang: g(3),
            line: g(14),
            margin: g(7),
            missing: g(9),
            provider: g(12),
            reason: g(13),
            reasons: g(5),
            source: g(2),
            status: g(11),
            stmts: stmts.get(id).map_or(&[], Vec::as_slice),
            text: g(10),
            title: g(1),
            why: g(6),
        });
    }
    let data = script_json(&serde_json::to_string(&records)?);

    // Headline figures and charts from the tables.
    let mut headline = String::new();
    let mut charts = String::new();
    if let Some(t) = table(tables, "classes") {
        let total = t.rows.iter().find(|r| text(&r[0]) == "total").map_or(0.0, |r| num(&r[1]));
        let _ =
            write!(headline, r#"<div class="kpi"><b>{total:.0}</b> descriptions analysed</div>"#);
        let colors = [("A", "#2e7d32"), ("B", "#f9a825"), ("C", "#c62828")];
        let mut items = Vec::new();
        let parts: Vec<&Vec<Cell>> = t.rows.iter().filter(|r| text(&r[0]) != "total").collect();
        // The page prints one decimal: the shares are rounded again from the counts, so that
        // they still sum to 100.0.
        for (r, share) in parts.iter().zip(one_decimal(&parts)) {
            let c = text(&r[0]);
            let color = colors.iter().find(|x| x.0 == c).map_or("#888", |x| x.1);
            let _ = write!(
                headline,
                r#"<div class="kpi cls{c}"><b>{share:.1} %</b> class {c} ({:.0})</div>"#,
                num(&r[1])
            );
            items.push((c.clone(), share, color));
        }
        charts.push_str(&bars("Structure classes (share of descriptions)", &items, " %"));
    }
    if let Some(t) = table(tables, "bloom_levels") {
        let parts: Vec<&Vec<Cell>> = t.rows.iter().collect();
        let items: Vec<(String, f64, &str)> = parts
            .iter()
            .zip(one_decimal(&parts))
            .map(|(r, share)| (text(&r[0]), share, "#3f51b5"))
            .collect();
        charts.push_str(&bars(
            "Bloom levels of action statements, outside content and assessment sections (share)",
            &items,
            " %",
        ));
    }
    if let Some(t) = table(tables, "classes_by_source") {
        let items: Vec<(String, f64, &str)> = t
            .rows
            .iter()
            .map(|r| {
                let name = Path::new(&text(&r[0]))
                    .file_name()
                    .map_or(text(&r[0]), |n| n.to_string_lossy().into_owned());
                // Class A of the source's total, from the counts (one decimal on the page).
                let (a, total) = (num(&r[1]), num(&r[4]));
                let share = if total > 0.0 { (a * 1000.0 / total).round() / 10.0 } else { 0.0 };
                (name, share, "#2e7d32")
            })
            .collect();
        charts.push_str(&bars("Share of class A by source", &items, " %"));
    }
    if let Some(t) = table(tables, "completeness_matrix") {
        charts.push_str(&heatmap(t));
    }
    let problems = problems(dir, tables, &mut headline);
    let note = if n_all > MAX_RECORDS {
        format!(
            "<p class=note>The records table holds {MAX_RECORDS} of the {n_all} records, taken from each input in turn; the figures and charts cover all of them.</p>"
        )
    } else {
        String::new()
    };
    let html = format!(
        r##"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>mcaudit report</title>
<style>
body{{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#222}}
h1{{font-size:1.5rem;margin:.2rem 0 1rem}} .kpis{{display:flex;gap:1rem;flex-wrap:wrap;margin-bottom:1rem}}
.kpi{{background:#f3f5f8;border-radius:8px;padding:.6rem 1rem}} .kpi b{{display:block;font-size:1.4rem}} .kpi.warn b{{color:#c62828}}
h2{{font-size:1.15rem;margin:1.2rem 0 .4rem}} table.small{{width:auto}}
.clsA b{{color:#2e7d32}} .clsB b{{color:#b28704}} .clsC b{{color:#c62828}}
.charts{{display:flex;flex-wrap:wrap;gap:1.5rem}} figure{{margin:0}} figcaption{{font-weight:600;margin-bottom:.3rem}}
.filters{{display:flex;gap:.6rem;flex-wrap:wrap;margin:1.2rem 0 .6rem;align-items:center}}
select,input{{font:inherit;padding:.3rem .4rem}} table{{border-collapse:collapse;width:100%}}
th,td{{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e4e4e4;vertical-align:top}}
tbody tr{{cursor:pointer}} thead th{{cursor:pointer;user-select:none}} th.asc::after{{content:" ▲"}} th.desc::after{{content:" ▼"}} tbody tr:hover{{background:#f6f8fb}} .badge{{border-radius:4px;padding:0 .4rem;color:#fff;font-weight:600}}
.bA{{background:#2e7d32}} .bB{{background:#b28704}} .bC{{background:#c62828}}
#detail{{border:1px solid #ddd;border-radius:8px;padding:1rem;margin-top:1rem;display:none;white-space:pre-wrap}}
mark{{border-radius:3px;padding:0 1px}} mark.action{{background:#c8e6c9}} mark.vague{{background:#fff3b0}} mark.aim{{background:#ffe0b2}}
mark.content{{background:#eceff1}} mark.lead_in,mark.placeholder{{background:#e1f5fe}} u.cue{{text-decoration:2px underline #3f51b5}}
.legend span{{margin-right:.8rem}} .note{{color:#666}} .count{{color:#555}}
</style></head>
<body>
<h1>mcaudit report</h1>
<div class="kpis">{headline}</div>
<div class="charts">{charts}</div>
{problems}
<div class="filters">
<label>Class <select id="f-class"><option value="">all</option><option>A</option><option>B</option><option>C</option></select></label>
<label>Language <select id="f-lang"><option value="">all</option></select></label>
<label>Source <select id="f-source"><option value="">all</option></select></label>
<label>Provider <select id="f-provider"><option value="">all</option></select></label>
<label>Reason <select id="f-reason"><option value="">all</option></select></label>
<label>Missing element <select id="f-missing"><option value="">all</option></select></label>
<label>Status <select id="f-status"><option value="">all</option></select></label>
<label>Search <input id="f-text" type="search" placeholder="words in title or text"></label>
<span class="count" id="count"></span>
</div>
{note}
<table><thead id="head"><tr><th data-key="id">id</th><th data-key="title">title</th><th data-key="lang">lang</th><th data-key="class">class</th><th data-key="margin" title="how far the record is from another class (0 = borderline)">margin</th><th data-key="reasons">reasons</th><th data-key="completeness">completeness</th></tr></thead><tbody id="rows"></tbody></table>
<p class="note" id="more-line"><span id="shown"></span> <button id="more" type="button">show 500 more</button></p>
<div id="detail"></div>
<p class="legend note"><span><mark class="action">action</mark></span><span><mark class="vague">vague</mark></span><span><mark class="aim">course-side aim</mark></span><span><mark class="content">content</mark></span><span><u class="cue">metadata cue</u></span></p>
<script id="data" type="application/json">{data}</script>
<script>window.__errors = []; window.addEventListener("error", (e) => window.__errors.push(String(e.message)));</script>
<script>
"use strict";
const records = JSON.parse(document.getElementById("data").textContent);
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({{"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}})[c]);
function fill(sel, values) {{
  for (const v of [...new Set(values)].filter(Boolean).sort()) {{
    const o = document.createElement("option"); o.textContent = v; sel.appendChild(o);
  }}
}}
fill($("f-lang"), records.map((r) => r.lang));
fill($("f-source"), records.map((r) => r.source));
fill($("f-provider"), records.map((r) => r.provider));
// A record has several reasons and missing elements (`;` between them).
const parts = (v) => String(v || "").split(";").filter(Boolean);
fill($("f-reason"), records.flatMap((r) => parts(r.reasons)));
fill($("f-missing"), records.flatMap((r) => parts(r.missing)));
fill($("f-status"), records.map((r) => r.status));
function visible() {{
  const c = $("f-class").value, l = $("f-lang").value, s = $("f-source").value, p = $("f-provider").value;
  const re = $("f-reason").value, mi = $("f-missing").value, st = $("f-status").value;
  const q = $("f-text").value.toLowerCase();
  return records.filter((r) => (!c || r.class === c) && (!l || r.lang === l) && (!s || r.source === s)
    && (!p || r.provider === p) && (!re || parts(r.reasons).includes(re))
    && (!mi || parts(r.missing).includes(mi)) && (!st || r.status === st)
    && (!q || (r.title + " " + r.text).toLowerCase().includes(q)));
}}
// Rows drawn at a time (a page of thousands of rows is slow to draw); `show 500 more` adds a page.
const PAGE = 500;
let limit = PAGE, sortKey = "", sortDir = 1;
const numeric = new Set(["margin", "completeness"]);
function sorted(rows) {{
  if (!sortKey) return rows;
  const key = (r) => numeric.has(sortKey) ? Number(r[sortKey]) : String(r[sortKey] || "");
  // Records with no value (a rejected record has no margin) go last in both directions.
  const empty = (r) => r[sortKey] === "" || r[sortKey] === undefined;
  return rows.slice().sort((a, b) => {{
    if (empty(a) || empty(b)) return empty(a) - empty(b);
    const x = key(a), y = key(b);
    return (x < y ? -1 : x > y ? 1 : 0) * sortDir;
  }});
}}
function render() {{
  const rows = sorted(visible());
  $("count").textContent = rows.length + " of " + records.length + " records";
  $("rows").innerHTML = rows.slice(0, limit).map((r, i) =>
    `<tr data-id="${{esc(r.id)}}"><td>${{esc(r.id)}}</td><td>${{esc(r.title)}}</td><td>${{esc(r.lang)}}</td>` +
    `<td>${{r.class ? `<span class="badge b${{esc(r.class)}}">${{esc(r.class)}}</span>` : esc(r.status)}}</td>` +
    `<td>${{esc(r.margin)}}</td><td>${{esc(r.reasons)}}</td><td>${{esc(r.completeness)}}</td></tr>`).join("");
  const shown = Math.min(limit, rows.length);
  $("shown").textContent = shown < rows.length ? `showing ${{shown}} of ${{rows.length}} matching records` : "";
  $("more").style.display = shown < rows.length ? "" : "none";
}}
$("more").addEventListener("click", () => {{ limit += PAGE; render(); }});
$("head").addEventListener("click", (ev) => {{
  const th = ev.target.closest("th"); if (!th) return;
  const key = th.dataset.key;
  sortDir = sortKey === key ? -sortDir : 1; sortKey = key;
  for (const h of $("head").querySelectorAll("th")) h.className = h === th ? (sortDir > 0 ? "asc" : "desc") : "";
  render();
}});
function highlight(r) {{
  const enc = new TextEncoder(), dec = new TextDecoder();
  const bytes = enc.encode(r.text);
  const marks = [];
  for (const [s, e, role, verb, level] of r.stmts) marks.push({{s, e, open: `<mark class="${{esc(role)}}" title="${{esc(role)}}${{verb ? " · " + esc(verb) : ""}}${{level ? " · " + esc(level) : ""}}">`, close: "</mark>"}});
  for (const [s, e, el, val] of r.cues) marks.push({{s, e, open: `<u class="cue" title="${{esc(el)}}: ${{esc(val || "")}}">`, close: "</u>", cue: true}});
  // Statements do not overlap; cues are drawn only where they do not cross a statement edge.
  const edges = new Set(r.stmts.flatMap(([s, e]) => [s, e]));
  const ok = marks.filter((m) => !m.cue || !r.stmts.some(([s, e]) => (m.s < s && m.e > s) || (m.s < e && m.e > e)));
  const opens = {{}}, closes = {{}};
  for (const m of ok) {{ (opens[m.s] ||= []).push(m); (closes[m.e] ||= []).push(m); }}
  let out = "", last = 0;
  const points = [...new Set(ok.flatMap((m) => [m.s, m.e]))].sort((a, b) => a - b);
  for (const p of points) {{
    out += esc(dec.decode(bytes.slice(last, p)));
    for (const m of (closes[p] || []).sort((a, b) => (a.cue ? 0 : 1) - (b.cue ? 0 : 1))) out += m.close;
    for (const m of (opens[p] || []).sort((a, b) => (a.cue ? 1 : 0) - (b.cue ? 1 : 0))) out += m.open;
    last = p;
  }}
  out += esc(dec.decode(bytes.slice(last)));
  void edges;
  return out;
}}
$("rows").addEventListener("click", (ev) => {{
  const tr = ev.target.closest("tr"); if (!tr) return;
  const r = records.find((x) => x.id === tr.dataset.id); if (!r) return;
  const d = $("detail");
  d.style.display = "block";
  d.innerHTML = `<b>${{esc(r.id)}}</b> — ${{esc(r.title)}} (${{esc(r.provider)}})\nclass ${{esc(r.class)}} · ${{esc(r.reasons)}} · margin ${{esc(r.margin)}}\nwhy: ${{esc(r.status === 'rejected' ? 'rejected: ' + r.reason + (r.line ? ' (line ' + r.line + ')' : '') : r.why)}}\nmissing: ${{esc(r.missing)}}\n\n` + highlight(r);
  d.scrollIntoView({{behavior: "smooth"}});
}});
const refilter = () => {{ limit = PAGE; render(); }};
for (const id of ["f-class", "f-lang", "f-source", "f-provider", "f-reason", "f-missing", "f-status"]) $(id).addEventListener("change", refilter);
$("f-text").addEventListener("input", refilter);
render();
// `report.html#selftest` (used by the test suite in headless Chromium): filter, open a record,
// and print what happened.
if (location.hash === "#selftest") {{
  const before = $("rows").children.length;
  $("f-class").value = "A"; $("f-class").dispatchEvent(new Event("change"));
  const after = $("rows").children.length;
  const first = $("rows").querySelector("tr"); if (first) first.click();
  const detail = $("detail").style.display === "block" && $("detail").querySelector("mark") !== null;
  // Sorting by margin, twice: ascending, then descending.
  const margins = () => [...$("rows").querySelectorAll("tr")].map((tr) => tr.children[4].textContent).filter((m) => m !== "").map(Number);
  const th = $("head").querySelector('th[data-key="margin"]');
  th.click(); const up = margins(); th.click(); const down = margins();
  const ordered = (xs, d) => xs.every((x, i) => i === 0 || (xs[i - 1] - x) * d <= 0);
  const sorting = up.length > 1 && ordered(up, 1) && ordered(down, -1)
    && (up[0] !== down[0] || up.every((x) => x === up[0]));
  // The provider filter: the first provider's records only.
  $("f-class").value = ""; const prov = $("f-provider").options[1];
  let byProvider = -1;
  if (prov) {{
    $("f-provider").value = prov.value; $("f-provider").dispatchEvent(new Event("change"));
    byProvider = [...$("rows").querySelectorAll("tr")].every((tr) => records.find((x) => x.id === tr.dataset.id).provider === prov.value) ? $("rows").children.length : 0;
    $("f-provider").value = "";
  }}
  // The reason and missing-element filters: the first option's records only, each holding it.
  const only = (id, field) => {{
    const o = $(id).options[1]; if (!o) return -1;
    $(id).value = o.value; $(id).dispatchEvent(new Event("change"));
    const rows = [...$("rows").querySelectorAll("tr")];
    const ok = rows.every((tr) => parts(records.find((x) => x.id === tr.dataset.id)[field]).includes(o.value));
    $(id).value = ""; $(id).dispatchEvent(new Event("change"));
    return ok ? rows.length : 0;
  }};
  const byReason = only("f-reason", "reasons"), byMissing = only("f-missing", "missing");
  const pre = document.createElement("pre"); pre.id = "selftest";
  pre.textContent = `SELFTEST rows=${{before}} filtered=${{after}} detail=${{detail}} sorted=${{sorting}} provider=${{byProvider}} reason=${{byReason}} missing=${{byMissing}} errors=${{window.__errors.length}} ${{window.__errors.join(" | ")}}`;
  document.body.appendChild(pre);
}}
</script>
</body></html>
"##
    );
    atomic_write(dir, "report.html", |w| {
        use std::io::Write as _;
        w.write_all(html.as_bytes())?;
        Ok(())
    })
}

/// A record of the page's table, as JSON: the fields in sorted order, as a `serde_json` object
/// writes its keys.
#[derive(serde::Serialize)]
struct PageRecord<'a, S: serde::Serialize, C: serde::Serialize> {
    class: &'a str,
    completeness: &'a str,
    cues: &'a [C],
    id: &'a str,
    lang: &'a str,
    line: &'a str,
    margin: &'a str,
    missing: &'a str,
    provider: &'a str,
    reason: &'a str,
    reasons: &'a str,
    source: &'a str,
    status: &'a str,
    stmts: &'a [S],
    text: &'a str,
    title: &'a str,
    why: &'a str,
}

/// The ids of at most `max` records, taken from each input in turn (the first record of every
/// input, then the second, ...), inputs in order of first appearance.
fn sample_by_input(
    ids: &[Option<String>],
    inputs: &[Option<String>],
    max: usize,
) -> std::collections::HashSet<String> {
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for (id, source) in ids.iter().zip(inputs) {
        let (Some(id), source) = (id.as_deref(), source.as_deref().unwrap_or_default()) else {
            continue;
        };
        match groups.iter_mut().find(|(s, _)| *s == source) {
            Some((_, v)) => v.push(id),
            None => groups.push((source, vec![id])),
        }
    }
    let mut out = std::collections::HashSet::new();
    for k in 0.. {
        let mut any = false;
        for (_, v) in &groups {
            if let Some(id) = v.get(k) {
                any = true;
                if out.len() < max {
                    out.insert((*id).to_string());
                }
            }
        }
        if !any || out.len() >= max {
            break;
        }
    }
    out
}

/// JSON made safe inside a `<script>` element: `<`, `>` and `&` written as `\u` escapes, which
/// JSON reads back as the same characters, so no text (`</script>`, `<!--<script>`) can end the
/// element or switch the parser's state.
fn script_json(json: &str) -> String {
    json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}
