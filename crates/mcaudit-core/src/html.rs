//! HTML to structured plain text.
//!
//! Guarantees: block elements and `<br>` become line breaks, each `<li>` starts a line with
//! `• ` (numbered with `1.` inside `<ol>`), headings `<h1>`–`<h6>` and `<dt>` become their own
//! lines, table cells are separated by ` | `, `<script>`, `<style>`, `<template>`, `<noscript>`,
//! `<svg>` and comments are dropped, entities are decoded (by the WHATWG tokenizer, which never
//! fails on malformed markup). The output is not yet normalised (see [`crate::normalise`]).

use html5gum::{Token, Tokenizer};

/// Elements whose content is not text for a reader.
const SKIP: &[&str] =
    &["script", "style", "template", "noscript", "svg", "head", "iframe", "object"];

/// Elements that break a line before and after.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "main",
    "aside",
    "nav",
    "ul",
    "ol",
    "dl",
    "table",
    "tr",
    "blockquote",
    "pre",
    "form",
    "fieldset",
    "figure",
    "figcaption",
    "address",
    "details",
    "summary",
    "hr",
    "body",
    "html",
    "title",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "dt",
    "dd",
    "caption",
    "thead",
    "tbody",
    "tfoot",
];

/// The text of an HTML document, and its `<title>` when there is one.
pub struct HtmlText {
    /// Text with structure kept as line breaks and list markers.
    pub text: String,
    /// The document title (`<title>` or else the first `<h1>`).
    pub title: Option<String>,
}

/// Converts HTML to text that keeps its structure.
pub fn html_to_text(html: &str) -> HtmlText {
    let mut out = String::with_capacity(html.len() / 2);
    let mut skip_depth: usize = 0;
    // Stack of open lists: Some(n) for <ol> with the next number, None for <ul>.
    let mut lists: Vec<Option<u32>> = Vec::new();
    let mut title: Option<String> = None;
    let mut h1: Option<String> = None;
    let mut capture: Option<(String, String)> = None; // (tag, text) for title / first h1
    for token in Tokenizer::new(html).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if SKIP.contains(&name.as_str()) && name != "head" {
                    if !tag.self_closing {
                        skip_depth += 1;
                    }
                    continue;
                }
                if name == "title" && title.is_none() {
                    capture = Some((name.clone(), String::new()));
                    continue;
                }
                if skip_depth > 0 {
                    continue;
                }
                match name.as_str() {
                    "br" => out.push('\n'),
                    "li" => {
                        newline(&mut out);
                        match lists.last_mut() {
                            Some(Some(n)) => {
                                out.push_str(&format!("{n}. "));
                                *n += 1;
                            }
                            _ => out.push_str("• "),
                        }
                    }
                    "ul" | "menu" => {
                        lists.push(None);
                        newline(&mut out);
                    }
                    "ol" => {
                        lists.push(Some(1));
                        newline(&mut out);
                    }
                    "td" | "th" if !out.ends_with('\n') && !out.is_empty() => out.push_str(" | "),
                    "h1" if h1.is_none() && capture.is_none() => {
                        newline(&mut out);
                        capture = Some((name.clone(), String::new()));
                    }
                    n if BLOCK.contains(&n) => paragraph(&mut out),
                    _ => {}
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if SKIP.contains(&name.as_str()) && name != "head" {
                    skip_depth = skip_depth.saturating_sub(1);
                    continue;
                }
                if let Some((open, text)) = capture.take() {
                    if open == name {
                        let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
                        if open == "title" {
                            title = Some(t);
                            continue;
                        }
                        h1 = Some(t);
                    } else {
                        capture = Some((open, text));
                    }
                }
                if skip_depth > 0 {
                    continue;
                }
                match name.as_str() {
                    "ul" | "ol" | "menu" => {
                        lists.pop();
                        paragraph(&mut out);
                    }
                    "li" => newline(&mut out),
                    n if BLOCK.contains(&n) => paragraph(&mut out),
                    _ => {}
                }
            }
            Token::String(s) => {
                let s = String::from_utf8_lossy(&s.value);
                if let Some((open, text)) = capture.as_mut() {
                    text.push_str(&s);
                    if open == "title" {
                        continue;
                    }
                }
                if skip_depth == 0 {
                    // Source newlines inside text are just spaces in HTML.
                    for c in s.chars() {
                        out.push(if c == '\n' || c == '\r' || c == '\t' { ' ' } else { c });
                    }
                }
            }
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    let title = title.filter(|t| !t.is_empty()).or(h1.filter(|t| !t.is_empty()));
    HtmlText { text: out, title }
}

fn newline(out: &mut String) {
    trim_end_spaces(out);
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

fn paragraph(out: &mut String) {
    newline(out);
    if !out.is_empty() && !out.ends_with("\n\n") {
        out.push('\n');
    }
}

fn trim_end_spaces(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
}

/// Whether a decoded file looks like HTML (used for `.txt` pages that are really HTML).
pub fn looks_like_html(text: &str) -> bool {
    let head = crate::text::prefix(text.trim_start(), 512).to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        crate::normalise::normalise(&html_to_text(html).text).into_owned()
    }

    #[test]
    fn lists_breaks_and_entities() {
        let html = "<html><head><title>Corso &amp; Lab</title><style>p{color:red}</style></head>\
            <body><h1>Corso</h1><p>Al termine del corso lo studente sar&agrave; in grado di:</p>\
            <ul><li>analizzare un processo</li><li>progettare&nbsp;un sistema</li></ul>\
            <script>alert('x')</script>Riga uno<br>Riga due</body></html>";
        let out = html_to_text(html);
        assert_eq!(out.title.as_deref(), Some("Corso & Lab"));
        assert_eq!(
            text(html),
            "Corso\n\nAl termine del corso lo studente sarà in grado di:\n\n• analizzare un processo\n• progettare un sistema\n\nRiga uno\nRiga due"
        );
    }

    #[test]
    fn ordered_lists_are_numbered() {
        assert_eq!(text("<ol><li>Identify</li><li>Design</li></ol>"), "1. Identify\n2. Design");
    }

    #[test]
    fn malformed_markup_does_not_panic() {
        for html in [
            "<ul><li>a<li>b",
            "<<<>>>",
            "<script>never closed",
            "</p></div>x",
            "<a href='",
            "&#xFFFFFF;&#0;",
        ] {
            let _ = html_to_text(html);
        }
        assert_eq!(text("<ul><li>a<li>b"), "• a\n• b");
    }

    #[test]
    fn table_cells_are_separated() {
        assert_eq!(text("<table><tr><th>ECTS</th><td>6</td></tr></table>"), "ECTS | 6");
    }
}
