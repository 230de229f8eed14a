//! Recovering list items that scraping ran together, and list markers.
//!
//! All functions return byte offsets into the string they were given; they never cut a char.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// A piece of a line split by [`split_runs`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Byte span in the input of `split_runs`, marker excluded.
    pub span: Range<usize>,
    /// True for the text before the first recovered item (a lead-in, not an item).
    pub lead: bool,
}

static ITEM_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:[•·▪◦‣►▸▹✓✔➢➤→○●■□◆◇*+\-–—]\s*|\(?(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s*)",
    )
    .expect("valid item-marker regex")
});

/// If `line` starts with a list marker (`•`, `-`, `1.`, `a)`, `(ii)`), the byte length of the
/// marker and the spaces after it.
pub fn item_marker(line: &str) -> Option<usize> {
    let m = ITEM_MARKER.find(line)?;
    let rest = &line[m.end()..];
    // `-5 °C`, `1.5 ECTS`, `*` alone are not items: an item starts with a letter or a quote,
    // or with a word in Markdown emphasis (`1. __Lesen__: Sie können ...`, `- **Apply** ...`).
    let first = rest.chars().next()?;
    // Not `***Practice questions***`: a star glued to the emphasis is no bullet.
    let emphasis = line[..m.end()].ends_with(char::is_whitespace)
        && ["__", "**"]
            .iter()
            .any(|e| rest.strip_prefix(e).is_some_and(|r| r.starts_with(char::is_alphabetic)));
    if !(first.is_alphabetic()
        || first == '"'
        || first == '“'
        || first == '«'
        || first == '\''
        || emphasis)
    {
        return None;
    }
    // A single capital letter followed by '.' is more often an initial ("J. Smith").
    let marker = line[..m.end()].trim();
    let alpha_marker =
        marker.trim_start_matches('(').chars().next().is_some_and(char::is_alphabetic);
    if alpha_marker && !line[..m.end()].ends_with(char::is_whitespace) {
        return None;
    }
    if marker.len() == 2
        && marker.ends_with('.')
        && marker.chars().next().is_some_and(|c| c.is_ascii_uppercase() && !"IVX".contains(c))
    {
        return None;
    }
    Some(m.end())
}

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^:\n]{2,160}?\p{L}[)\]]?\s?:(?:[^/\d]|\d[.)]|$)").expect("valid label regex")
});

/// If `text` starts with a label or lead-in ending in a colon (`What you will learn: ...`,
/// `By the end of this course you will be able to:1.Identify`), the byte offset of that colon.
pub fn label_prefix(text: &str) -> Option<usize> {
    if !text.contains(':') {
        return None;
    }
    let m = LABEL.find(text)?;
    let colon = text[..m.end()].rfind(':')?;
    let label = &text[..colon];
    let words = label.split_whitespace().count();
    if words == 0 || words > 14 || label.contains(['.', '!', '?']) && words > 4 {
        return None;
    }
    Some(colon)
}

static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[\s;:.,)])\(?(\d{1,2})[.)]\s*\p{L}").expect("valid numbered regex")
});

/// Splits a line into recovered list items. Returns one piece (the whole line) when nothing was
/// recovered.
pub fn split_runs(text: &str) -> Vec<Piece> {
    // Each splitter returns the cut points: (marker start, content start).
    let primary = numbered_cuts(text)
        .or_else(|| lettered_cuts(text))
        .or_else(|| bullet_cuts(text))
        .or_else(|| pipe_cuts(text))
        .or_else(|| dash_cuts(text).map(|d| with_inner_semicolons(text, d)))
        .or_else(|| semicolon_cuts(text));
    // Glued words, and `How to` items run together, are recovered inside the pieces of any
    // other split too.
    let glued = match (glued_cuts(text), how_to_cuts(text)) {
        (Some(mut g), Some(h)) => {
            g.extend(h);
            g.sort_unstable();
            g.dedup();
            Some(g)
        }
        (g, h) => g.or(h),
    };
    let cuts = match (primary, glued) {
        (Some(mut p), Some(g)) => {
            for c in g.into_iter().filter(|c| c.0 > 0) {
                if !p.iter().any(|x| x.0 <= c.0 && c.0 < x.1.max(x.0 + 1)) {
                    p.push(c);
                }
            }
            p.sort_unstable();
            Some(p)
        }
        (p, g) => p.or(g),
    };
    let Some(cuts) = cuts else {
        return vec![Piece { span: 0..text.len(), lead: false }];
    };
    let mut pieces = Vec::with_capacity(cuts.len() + 1);
    let first = cuts.first().map_or(text.len(), |c| c.0);
    if !text[..first].trim().is_empty() {
        pieces.push(Piece { span: 0..first, lead: true });
    }
    for (i, &(_, content)) in cuts.iter().enumerate() {
        let end = cuts.get(i + 1).map_or(text.len(), |c| c.0);
        if content < end {
            pieces.push(Piece { span: content..end, lead: false });
        }
    }
    pieces
}

type Cuts = Vec<(usize, usize)>;

/// `1.Identify ...;2.Describe ...;3.Explain`: markers numbered 1, 2, 3... in sequence.
fn numbered_cuts(text: &str) -> Option<Cuts> {
    // A marker is an ASCII number and `.` or `)` (other digits never parse): no such pair, no
    // regex search.
    if !text.as_bytes().windows(2).any(|w| w[0].is_ascii_digit() && matches!(w[1], b'.' | b')')) {
        return None;
    }
    let mut found: Vec<(u32, usize, usize)> = Vec::new(); // (number, marker start, content start)
    for caps in NUMBERED.captures_iter(text) {
        let (Some(whole), Some(num)) = (caps.get(0), caps.get(1)) else { continue };
        let Ok(n) = num.as_str().parse::<u32>() else { continue };
        let marker_start = if text[num.start().saturating_sub(1)..num.start()].starts_with('(') {
            num.start() - 1
        } else {
            num.start()
        };
        // content starts at the letter that ended the match
        let letter =
            whole.end() - text[..whole.end()].chars().next_back().map_or(0, char::len_utf8);
        found.push((n, marker_start, letter));
    }
    // Longest run of consecutive numbers (1, 2, 3... possibly with other numbers between),
    // in one pass: each open run waits for its next number.
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut waiting: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    for f in &found {
        match waiting.remove(&f.0) {
            Some(r) => {
                runs[r].push((f.1, f.2));
                waiting.insert(f.0 + 1, r);
            }
            None => {
                runs.push(vec![(f.1, f.2)]);
                waiting.entry(f.0 + 1).or_insert(runs.len() - 1);
            }
        }
    }
    let best = runs.into_iter().max_by_key(Vec::len).unwrap_or_default();
    (best.len() >= 2).then_some(best)
}

static LETTERED: LazyLock<Regex> = LazyLock::new(|| {
    // A marker glued to the end of the item before it (`beni culturalib) Elaborare`) needs a
    // capital after it.
    Regex::new(r"(?:^|[\s;:.,])\(?([a-h])\)\s*\p{L}|\p{Ll}([a-h])\)\s*\p{Lu}")
        .expect("valid lettered regex")
});

/// `able to:a) Describe ...b) Apply ...`: letter markers a), b), c)... in sequence, from any
/// letter on (a second list of one text may go on with `d)`, `e)`).
fn lettered_cuts(text: &str) -> Option<Cuts> {
    let bytes = text.as_bytes();
    if !memchr::memchr_iter(b')', bytes).any(|i| i > 0 && matches!(bytes[i - 1], b'a'..=b'h')) {
        return None;
    }
    // Every marker found, then the longest run of consecutive letters among them.
    let mut found: Vec<(u8, usize, usize)> = Vec::new();
    for caps in LETTERED.captures_iter(text) {
        let (Some(whole), Some(letter)) = (caps.get(0), caps.get(1).or_else(|| caps.get(2))) else {
            continue;
        };
        let start =
            if text[..letter.start()].ends_with('(') { letter.start() - 1 } else { letter.start() };
        let content =
            whole.end() - text[..whole.end()].chars().next_back().map_or(0, char::len_utf8);
        found.push((letter.as_str().as_bytes()[0], start, content));
    }
    let mut best: Cuts = Vec::new();
    for (k, &(first, ..)) in found.iter().enumerate() {
        let mut run: Cuts = Vec::new();
        let mut want = first;
        for &(got, start, content) in &found[k..] {
            if got == want {
                run.push((start, content));
                want += 1;
            }
        }
        if run.len() > best.len() {
            best = run;
        }
    }
    (best.len() >= 2).then_some(best)
}

const BULLETS: &[char] = &['•', '▪', '◦', '‣', '►', '▸', '✓', '✔', '➢', '➤', '●', '■', '·'];

/// `• a • b • c` on one line.
fn bullet_cuts(text: &str) -> Option<Cuts> {
    // Every bullet is outside ASCII, and its UTF-8 form starts with the byte 0xC2 (`·`) or
    // 0xE2 (the others): only the chars starting there are looked at.
    if text.is_ascii() {
        return None;
    }
    let cuts: Cuts = memchr::memchr2_iter(0xC2, 0xE2, text.as_bytes())
        .filter_map(|i| text[i..].chars().next().map(|c| (i, c)))
        .filter(|(_, c)| BULLETS.contains(c))
        .map(|(i, c)| {
            let after = i + c.len_utf8();
            let content = after + (text[after..].len() - text[after..].trim_start().len());
            (i, content)
        })
        .collect();
    let enough = cuts.len() >= 2
        || cuts
            .first()
            .is_some_and(|c| c.0 > 0 && cuts.len() == 1 && text[..c.0].trim_end().ends_with(':'));
    enough.then_some(cuts)
}

/// `a || b || c`: items joined with double pipes (exported list fields).
fn pipe_cuts(text: &str) -> Option<Cuts> {
    memchr::memchr(b'|', text.as_bytes())?;
    let positions: Vec<usize> = text.match_indices("||").map(|(i, _)| i).collect();
    if positions.is_empty() {
        return None;
    }
    let mut cuts = vec![(0, 0)];
    cuts.extend(positions.iter().map(|&p| (p, p + 2)));
    Some(cuts)
}

/// `- apply X - compare Y - design Z`: at least two ` - ` separators, or one at the start.
fn dash_cuts(text: &str) -> Option<Cuts> {
    let mut cuts: Cuts = Vec::new();
    let mut glued_cuts = 0;
    let bytes = text.as_bytes();
    // Each `-` and `–` (UTF-8 E2 80 93), in text order.
    for i in memchr::memchr2_iter(b'-', 0xE2, bytes) {
        if bytes[i] == 0xE2 && !text[i..].starts_with('–') {
            continue;
        }
        let dash_len = if bytes[i] == b'-' { 1 } else { '–'.len_utf8() };
        // A dash right after a colon or a semicolon opens an item (`come segue:- in merito
        // ...;- in merito ...`).
        let before_ok = i == 0 || text[..i].ends_with([' ', ':', ';']);
        let after = &text[i + dash_len..];
        let after_ok = after.starts_with(' ')
            && after.trim_start().chars().next().is_some_and(char::is_alphabetic);
        // `... istituzioni.-Conoscenza e capacità ...:`, `Più in dettaglio:-Conoscenza`: a
        // dash glued to the end of a sentence and to a capitalised word is a run-together item.
        // Not after an abbreviation (`U.S.-China`, `Ph.D.-Level`): the word before the stop
        // has three letters or more (the stop is one byte, so `i - 1` is a char boundary).
        let glued = text[..i].ends_with(['.', ':', ';'])
            && text[..i - 1].chars().rev().take_while(|c| c.is_alphanumeric()).count() >= 3
            && after.chars().next().is_some_and(char::is_uppercase);
        if before_ok && after_ok {
            cuts.push((i, i + dash_len + 1));
        } else if glued {
            cuts.push((i, i + dash_len));
            glued_cuts += 1;
        }
    }
    // A list opened by a lead-in colon starts there: dashes in the prose before it are
    // parenthetical (`Il principale obiettivo del corso - avente ad oggetto ... - consiste`).
    // A dash list before it (three dashes or more: `in grado di - analizzare - progettare -
    // valutare. Competenze trasversali:- comunicare`) stays.
    if let Some(open) = cuts.iter().position(|c| c.0 > 0 && text[..c.0].trim_end().ends_with(':'))
        && open <= 2
    {
        cuts.drain(..open);
    }
    let starts = cuts
        .first()
        .is_some_and(|c| text[..c.0].trim().is_empty() || text[..c.0].trim_end().ends_with(':'));
    // Two dashes glued between sentences are items too (`...mercati.-Autonomia ...`).
    (cuts.len() >= 3 || (cuts.len() >= 2 && (starts || glued_cuts >= 2))).then_some(cuts)
}

/// A dash item that is itself a list of two or more semicolons (`- Al termine ... lo studente
/// sarà in grado di formalizzare modelli ...; sviluppare e analizzare modelli ...; risolvere
/// problemi ...`) is cut at them too.
fn with_inner_semicolons(text: &str, dashes: Cuts) -> Cuts {
    let mut out = Cuts::with_capacity(dashes.len());
    for (k, &cut) in dashes.iter().enumerate() {
        out.push(cut);
        let end = dashes.get(k + 1).map_or(text.len(), |c| c.0);
        let piece = &text[cut.1..end];
        // Not inside parentheses (`Encrypt data at rest (client side; server side; envelope
        // encryption)`).
        let mut depth = 0i32;
        let mut inner: Vec<usize> = Vec::new();
        for (i, c) in piece.char_indices() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = (depth - 1).max(0),
                ';' if depth == 0 && piece[i + 1..].trim().len() > 1 => inner.push(i),
                _ => {}
            }
        }
        if inner.len() >= 2 {
            out.extend(inner.into_iter().map(|i| (cut.1 + i, cut.1 + i + 1)));
        }
    }
    out
}

/// `identify X; describe Y; apply Z`: two or more semicolons.
fn semicolon_cuts(text: &str) -> Option<Cuts> {
    let positions: Vec<usize> = text.match_indices(';').map(|(i, _)| i).collect();
    if positions.len() < 2 {
        return None;
    }
    // The first piece starts at the beginning (or after a lead-in colon).
    let first =
        text.find(':').filter(|&c| positions.first().is_some_and(|&p| c < p)).map_or(0, |c| c + 1);
    let mut cuts = vec![(first.saturating_sub(usize::from(first > 0)), first)];
    if first == 0 {
        cuts[0] = (0, 0);
    }
    cuts.extend(positions.iter().map(|&p| (p, p + 1)));
    Some(cuts)
}

/// Words glued by scraping: `data setsApply the method` (a lowercase word of three or more
/// letters directly followed by a capitalised word), or `systems.Implement` (sentence end with
/// no space). CamelCase names (`JavaScript`, `PowerPoint`, `iPhone`) are left alone because
/// their left part is not an all-lowercase word of three letters or more.
fn glued_cuts(text: &str) -> Option<Cuts> {
    if !may_glue(text) {
        return None;
    }
    let mut strict: Cuts = Vec::new();
    let mut relaxed: Cuts = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut word_start = 0usize; // index into chars of the current word's first char
    for k in 1..chars.len() {
        let (i, c) = chars[k];
        let (_, p) = chars[k - 1];
        if !p.is_alphabetic() {
            word_start = k;
        }
        // Most chars are no capital: nothing more is read for them.
        if !c.is_uppercase() {
            continue;
        }
        let next_lower =
            |n: usize| (1..=n).all(|d| chars.get(k + d).is_some_and(|x| x.1.is_lowercase()));
        let short_word = next_lower(1) && chars.get(k + 2).is_none_or(|x| !x.1.is_alphabetic());
        if next_lower(2) || short_word {
            let left = &chars[word_start..k];
            let lower_word =
                p.is_lowercase() && left.len() >= 3 && left.iter().all(|x| x.1.is_lowercase());
            let capitalised_word = p.is_lowercase()
                && left.len() >= 3
                && left[0].1.is_uppercase()
                && left[1..].iter().all(|x| x.1.is_lowercase());
            let glued_sentence =
                matches!(p, '.' | '!' | '?' | ')') && k >= 2 && chars[k - 2].1.is_alphanumeric();
            // An all-caps heading glued to the next sentence (`ABILITÀ COMUNICATIVELo studente`):
            // an upper-case word of four letters or more whose last capital starts a lowercase word.
            let glued_caps = p.is_uppercase()
                && k - word_start >= 4
                && chars[word_start..k].iter().all(|x| x.1.is_uppercase())
                && (next_lower(2) || short_word);
            if lower_word || glued_sentence || glued_caps {
                strict.push((i, i));
                word_start = k;
            } else if capitalised_word && !is_compound_name(text, chars[word_start].0, i) {
                relaxed.push((i, i));
                word_start = k;
            }
        }
    }
    if strict.is_empty() {
        return None;
    }
    // A capitalised word glued to the next item (`in PythonApply`) is trusted only when the
    // text shows the scraping pattern elsewhere too.
    strict.extend(relaxed);
    strict.sort_unstable();
    strict.insert(0, (0, 0));
    Some(strict)
}

/// `How to read the platforms around us How to leverage ...`, `... in SAS Visual AnalyticsHow
/// to create reports`: a text that opens with an English `How to` item and holds more of them,
/// run together with no punctuation, is cut before each (a `How to` after a sentence end is a
/// new sentence already).
fn how_to_cuts(text: &str) -> Option<Cuts> {
    const HOW_TO: &str = "How to ";
    if !text.trim_start().starts_with(HOW_TO) {
        return None;
    }
    let first = text.len() - text.trim_start().len();
    // Not `How to use the How to Solve It heuristics` (a name: a capital after `How to`), nor
    // `when and How to intervene` (after a word that cannot end an item).
    const NOT_BEFORE: &[&str] = &["and", "or", "the", "of", "to", "a", "an", "when", "learn"];
    let cuts: Cuts =
        text.match_indices(HOW_TO)
            .map(|(i, _)| i)
            .filter(|&i| i > first)
            .filter(|&i| text[i + HOW_TO.len()..].starts_with(char::is_lowercase))
            .filter(|&i| {
                let before = text[..i].trim_end();
                let last = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                before.chars().next_back().is_some_and(|c| {
                    c.is_alphanumeric() || matches!(c, ')' | '"' | '”' | '\'' | '’')
                }) && !NOT_BEFORE.contains(&last.to_lowercase().as_str())
            })
            .map(|i| (i, i))
            .collect();
    if cuts.is_empty() {
        return None;
    }
    let mut out = vec![(0, 0)];
    out.extend(cuts);
    Some(out)
}

/// Whether a capital letter followed by a lowercase one comes right after a letter or after
/// `.`, `!`, `?` or `)`: every cut of [`glued_cuts`] needs one, so a text without it is skipped
/// without collecting its characters.
fn may_glue(text: &str) -> bool {
    if text.is_ascii() {
        return text.as_bytes().windows(3).any(|w| {
            w[1].is_ascii_uppercase()
                && w[2].is_ascii_lowercase()
                && (w[0].is_ascii_alphabetic() || matches!(w[0], b'.' | b'!' | b'?' | b')'))
        });
    }
    let mut it = text.chars();
    let (Some(mut p), Some(mut c)) = (it.next(), it.next()) else {
        return false;
    };
    for n in it {
        if c.is_uppercase()
            && n.is_lowercase()
            && (p.is_alphabetic() || matches!(p, '.' | '!' | '?' | ')'))
        {
            return true;
        }
        (p, c) = (c, n);
    }
    false
}

/// CamelCase product and technology names that look glued but are not.
const COMPOUND_NAMES: &[&str] = &[
    "javascript",
    "typescript",
    "coffeescript",
    "actionscript",
    "powerpoint",
    "powershell",
    "powerapps",
    "youtube",
    "linkedin",
    "github",
    "gitlab",
    "bitbucket",
    "wordpress",
    "sharepoint",
    "quickbooks",
    "tensorflow",
    "pytorch",
    "mongodb",
    "postgresql",
    "devops",
    "devsecops",
    "mlops",
    "fintech",
    "hubspot",
    "mailchimp",
    "sketchup",
    "solidworks",
    "dataframe",
    "bigquery",
    "cloudformation",
    "openai",
    "numpy",
    "scipy",
    "matplotlib",
    "salesforce",
    "onedrive",
    "dropbox",
    "facebook",
    "whatsapp",
    "tiktok",
    "paypal",
    "blackboard",
    "microservices",
    "webgl",
    "graphql",
    "nodejs",
    "reactjs",
    "vuejs",
    "netbeans",
    "intellij",
    "eclipse",
    "openstack",
    "cloudwatch",
    "databricks",
    "snowflake",
    "tableau",
    "looker",
    "autocad",
    "revit",
    "arcgis",
    "qgis",
    "openshift",
    // Session 18 (`The major topics covered include: MapReduce systems ..., PageRank and
    // Web-link analysis`: `Reduce` and `Rank` had opened items).
    "mapreduce",
    "pagerank",
    "sagemaker",
    "dynamodb",
    "cloudfront",
    "cloudtrail",
    "quicksight",
    "codepipeline",
    "codecommit",
    "codebuild",
    "codedeploy",
    "elasticsearch",
    "chatgpt",
];

pub(crate) fn is_compound_name(text: &str, start: usize, glue: usize) -> bool {
    let end = text[glue..].find(|c: char| !c.is_alphabetic()).map_or(text.len(), |e| glue + e);
    let word = text[start..end].to_lowercase();
    COMPOUND_NAMES.iter().any(|n| word == *n || word.starts_with(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        split_runs(text).into_iter().map(|p| text[p.span].trim()).collect()
    }

    #[test]
    fn numbered_run_together() {
        let t = "By the end of this course students will be able to:1.Identify core parts;2.Describe the flow;3.Explain why";
        assert_eq!(
            pieces(t),
            [
                "By the end of this course students will be able to:",
                "Identify core parts;",
                "Describe the flow;",
                "Explain why"
            ]
        );
    }

    #[test]
    fn numbered_needs_a_sequence() {
        assert_eq!(
            pieces("Use Python 3.10 with version 2.0 data"),
            ["Use Python 3.10 with version 2.0 data"]
        );
    }

    #[test]
    fn glued_caps_heading() {
        assert_eq!(
            pieces("ABILITÀ COMUNICATIVELo studente sa presentare"),
            ["ABILITÀ COMUNICATIVE", "Lo studente sa presentare"]
        );
        assert_eq!(pieces("Use the NASA API and HTML pages"), ["Use the NASA API and HTML pages"]);
    }

    /// Session 17: `How to` items run together (`platforms How to leverage`, `Visual
    /// AnalyticsHow to create`) are cut before each; one `How to` inside a sentence is not.
    #[test]
    fn issue3_s17_how_to_items_run_together() {
        assert_eq!(
            pieces(
                "How to read platforms around us How to leverage platform mechanisms How to design a platform"
            ),
            [
                "How to read platforms around us",
                "How to leverage platform mechanisms",
                "How to design a platform"
            ]
        );
        assert_eq!(
            pieces(
                "How to explore data using SAS Visual AnalyticsHow to create interactive reports"
            ),
            ["How to explore data using SAS Visual Analytics", "How to create interactive reports"]
        );
        assert_eq!(
            pieces("Learn How to read a balance sheet"),
            ["Learn How to read a balance sheet"]
        );
        // From the session-17 review: names, coordinated `How to`, a quote before the cut.
        for whole in [
            "How to use the How to Solve It heuristics",
            "How to decide when and How to intervene",
            "How to apply the Learn How to Learn method",
        ] {
            assert_eq!(pieces(whole), [whole]);
        }
        assert_eq!(
            pieces("How to read \"language of common life\"How to reimagine the city"),
            ["How to read \"language of common life\"", "How to reimagine the city"]
        );
    }

    #[test]
    fn glued_words() {
        assert_eq!(
            pieces("Solve linear problemsApply the simplex methodEvaluate the results"),
            ["Solve linear problems", "Apply the simplex method", "Evaluate the results"]
        );
        assert_eq!(
            pieces("Use JavaScript and PowerPoint on an iPhone"),
            ["Use JavaScript and PowerPoint on an iPhone"]
        );
        assert_eq!(
            pieces("Build models in PythonApply regressionEvaluate models"),
            ["Build models in Python", "Apply regression", "Evaluate models"]
        );
        assert_eq!(
            pieces("Agregar datos de cálculoFiltrar y resumir"),
            ["Agregar datos de cálculo", "Filtrar y resumir"]
        );
    }

    #[test]
    fn lettered_run_together() {
        assert_eq!(
            pieces("saranno in grado di:a) Comprendere la teoria;b) Applicare il metodo"),
            ["saranno in grado di:", "Comprendere la teoria;", "Applicare il metodo"]
        );
    }

    /// Session 18 (`unibs:unibsA004850` of the reviewers' set): markers glued to the item
    /// before them, and a second list going on with `d)`, `e)`.
    #[test]
    fn issue3_s18_glued_letter_markers_and_later_letters() {
        assert_eq!(
            pieces(
                "in grado di:a) Comprendere la prospettiva dei beni culturalib) Elaborare i temi \
                 c) Esaminare i processi"
            ),
            [
                "in grado di:",
                "Comprendere la prospettiva dei beni culturali",
                "Elaborare i temi",
                "Esaminare i processi"
            ]
        );
        assert_eq!(
            pieces("in grado di:d) Riconoscere l'ambito dei beni culturalie) Analizzare i temi"),
            ["in grado di:", "Riconoscere l'ambito dei beni culturali", "Analizzare i temi"]
        );
        // A glued letter before a lowercase word is no marker.
        assert_eq!(pieces("the tab) and then b) nothing"), ["the tab) and then b) nothing"]);
    }

    #[test]
    fn bullets_and_dashes() {
        assert_eq!(
            pieces("• analyse data • design a study • evaluate"),
            ["analyse data", "design a study", "evaluate"]
        );
        assert_eq!(
            pieces("You will: - apply X - compare Y"),
            ["You will:", "apply X", "compare Y"]
        );
        assert_eq!(pieces("a well - known result"), ["a well - known result"]);
    }

    #[test]
    fn issue3_s18_camel_case_names_are_not_cut() {
        assert_eq!(
            pieces(
                "Read the text.The topics include: MapReduce systems, PageRank and link analysis"
            ),
            ["Read the text.", "The topics include: MapReduce systems, PageRank and link analysis"]
        );
    }

    #[test]
    fn issue3_s18_dash_items_after_semicolons_and_inner_semicolon_lists() {
        // Dublin items run together with `;-`; the dashes of a parenthesis before the list's
        // colon are no items.
        assert_eq!(
            pieces(
                "Il corso - avente ad oggetto il diritto - consiste nello studio. I risultati \
                 si articolano come segue:- in merito alla conoscenza, lo studente sa conoscere \
                 le norme;- in merito all'autonomia di giudizio, lo studente sa interpretare \
                 le norme;- in merito alle abilità comunicative, lo studente sa esporre"
            ),
            [
                "Il corso - avente ad oggetto il diritto - consiste nello studio. I risultati \
                 si articolano come segue:",
                "in merito alla conoscenza, lo studente sa conoscere le norme;",
                "in merito all'autonomia di giudizio, lo studente sa interpretare le norme;",
                "in merito alle abilità comunicative, lo studente sa esporre",
            ]
        );
        // A dash item that is a semicolon list of its own.
        assert_eq!(
            pieces(
                "Obiettivi: - la conoscenza dei sistemi;- Al termine lo studente sarà in grado \
                 di formalizzare modelli; sviluppare modelli; risolvere problemi"
            ),
            [
                "Obiettivi:",
                "la conoscenza dei sistemi;",
                "Al termine lo studente sarà in grado di formalizzare modelli",
                "sviluppare modelli",
                "risolvere problemi",
            ]
        );
    }

    /// Review of session 18: semicolons inside parentheses, a dash list before a colon-opened
    /// one, and `***` lines.
    #[test]
    fn issue3_s18_review_parentheses_dash_lists_and_stars() {
        assert_eq!(
            pieces(
                "Obiettivi: - conoscere le funzioni (lineari; quadratiche; esponenziali) - \
                 risolvere equazioni - calcolare derivate"
            ),
            [
                "Obiettivi:",
                "conoscere le funzioni (lineari; quadratiche; esponenziali)",
                "risolvere equazioni",
                "calcolare derivate"
            ]
        );
        let p = pieces(
            "Lo studente sarà in grado di - analizzare i dati - progettare esperimenti - valutare \
             i risultati. Competenze trasversali:- comunicare i risultati;- lavorare in gruppo.",
        );
        assert!(p.contains(&"analizzare i dati"), "{p:?}");
        assert!(p.contains(&"lavorare in gruppo."), "{p:?}");
        assert_eq!(item_marker("***Practice questions similar to real exam***"), None);
        assert_eq!(item_marker("- **Apply** the method"), Some(2));
    }

    #[test]
    fn every_bullet_starts_with_the_bytes_looked_for() {
        for b in BULLETS {
            let mut buf = [0u8; 4];
            let first = b.encode_utf8(&mut buf).as_bytes()[0];
            assert!(matches!(first, 0xC2 | 0xE2), "{b}: bullet_cuts looks for 0xC2 and 0xE2 only");
        }
    }

    #[test]
    fn semicolons() {
        assert_eq!(
            pieces("Students can: identify X; describe Y; apply Z"),
            ["Students can", "identify X", "describe Y", "apply Z"]
        );
    }

    #[test]
    fn markers() {
        assert_eq!(item_marker("• Apply"), Some("• ".len()));
        assert_eq!(item_marker("1. Identify"), Some(3));
        assert_eq!(item_marker("1.Identify"), Some(2));
        assert_eq!(item_marker("a) design"), Some(3));
        assert_eq!(item_marker("1.5 ECTS"), None);
        assert_eq!(item_marker("-5 °C"), None);
        assert_eq!(item_marker("J. Smith teaches"), None);
    }

    #[test]
    fn labels() {
        assert_eq!(label_prefix("What you will learn: Not specified"), Some(19));
        assert_eq!(label_prefix("See https://example.org for more"), None);
        assert_eq!(label_prefix("Starts at 10:30 every day"), None);
    }
}
