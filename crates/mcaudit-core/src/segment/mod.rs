//! Segmentation of normalised text into headings, list items and sentences.
//!
//! Guarantees (checked by property tests): segments are returned in text order, do not overlap,
//! are non-empty, contain at least one letter or digit, and start and end on char boundaries of
//! the text they were computed on. Spans exclude list markers (`•`, `1.`, `a)`) and trailing
//! separators (`;`, `,`).
//!
//! Order of decisions, per line of the text:
//! 1. a line starting with a list marker is an item;
//! 2. a short line that ends with `:`, starts with `#`, is wrapped in `__`/`**`, is in capitals, or
//!    stands alone before a blank line or a list, is a heading;
//! 3. other lines form paragraphs (a line wrapped mid-sentence, as PDFs do, joins the next one:
//!    a line that opens in lowercase; in German, where wrapped lines often open with a noun, also
//!    after a long line or one ending in a comma, a hyphen or an article, preposition or
//!    conjunction, see `joins`); a `Label: rest` prefix of a paragraph is a heading;
//! 4. inside items and paragraphs, run-together lists are recovered (see [`runs`]): numbered
//!    items (`able to:1.Identify...;2.Describe`), inline bullets and dashes, semicolon lists, and
//!    words glued by scraping (`problemsApply`); what is left is split into sentences (UAX #29).

pub mod runs;

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use unicode_segmentation::UnicodeSegmentation;

use crate::lang::Lang;
use crate::model::{Segment, SegmentKind};

/// Segments `text` (normalised with [`crate::normalise::normalise`]).
pub fn segment(text: &str, lang: Lang) -> Vec<Segment> {
    let mut b = Builder { text, out: Vec::new(), section: 0 };
    let lines = line_spans(text);
    let mut para: Option<Range<usize>> = None;
    // The list item being read: its wrapped continuation lines belong to it.
    let mut item: Option<Range<usize>> = None;
    for (i, line) in lines.iter().enumerate() {
        let l = &text[line.clone()];
        if l.trim().is_empty() {
            if let Some(it) = item.take() {
                b.item(it);
            }
            if let Some(p) = para.take() {
                b.prose(p);
            }
            continue;
        }
        // `Projektsteuerung und` / `-koordination, Teamarbeit`: a German compound's part glued
        // to a hyphen after `und` / `oder` / a comma is the wrapped paragraph going on, no item.
        let compound_part = lang == Lang::De
            && l.strip_prefix('-').is_some_and(|r| r.starts_with(char::is_lowercase))
            && para.as_ref().is_some_and(|p| {
                let prev = text[p.clone()].trim_end();
                let last = prev.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                prev.ends_with(',') || matches!(last, "und" | "oder" | "sowie" | "bzw")
            });
        if compound_part && let Some(p) = para.take() {
            para = Some(p.start..line.end);
            continue;
        }
        if let Some(skip) = runs::item_marker(l) {
            if let Some(it) = item.take() {
                b.item(it);
            }
            if let Some(p) = para.take() {
                b.prose(p);
            }
            item = Some(line.start + skip..line.end);
            continue;
        }
        let next = lines.get(i + 1).map(|r| &text[r.clone()]);
        // `- sich mit einfachen sprachlichen Mitteln in Alltagssituationen` / `verständigen,`:
        // a hard-wrapped item continues on the next lines as a paragraph would ([`joins`]).
        if let Some(it) = &item
            && !is_heading_line(l, next)
            && item_joins(&text[it.clone()], l, lang)
        {
            item = Some(it.start..line.end);
            continue;
        }
        if let Some(it) = item.take() {
            b.item(it);
        }
        if is_heading_line(l, next) {
            if let Some(p) = para.take() {
                b.prose(p);
            }
            b.heading(line.clone());
            continue;
        }
        para = match para {
            None => Some(line.clone()),
            Some(p) => {
                let prev = &text[p.start..p.end];
                if joins(prev, l, lang) {
                    Some(p.start..line.end)
                } else {
                    b.prose(p);
                    Some(line.clone())
                }
            }
        };
    }
    if let Some(it) = item.take() {
        b.item(it);
    }
    if let Some(p) = para.take() {
        b.prose(p);
    }
    b.out
}

fn line_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            spans.push(start..i);
            start = i + 1;
        }
    }
    spans.push(start..text.len());
    spans
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Whether a whole line is a heading.
fn is_heading_line(line: &str, next: Option<&str>) -> bool {
    let t = line.trim();
    if t.starts_with('#') {
        return true;
    }
    let words = word_count(t);
    if (t.starts_with("__") && t.ends_with("__") || t.starts_with("**") && t.ends_with("**"))
        && t.len() > 4
        && words <= 12
    {
        return true;
    }
    if t.ends_with(':') && words <= 14 {
        return true;
    }
    if words <= 10 && all_capitals(t) {
        return true;
    }
    let Some(next) = next else { return false };
    let ends_open = !t.ends_with(['.', '!', '?', ';', ',']);
    let starts_upper = t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric());
    let next_blank = next.trim().is_empty();
    // `Projektsteuerung und` / `-koordination`: a compound's part after a conjunction is no item.
    let last = t.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let compound_next = next.strip_prefix('-').is_some_and(|r| r.starts_with(char::is_lowercase))
        && (t.ends_with(',') || matches!(last, "und" | "oder" | "sowie" | "bzw"));
    let next_item = runs::item_marker(next).is_some() && !compound_next;
    // `Skills: Risk Management, Security` alone in its paragraph is a label and its value (a
    // paragraph whose `Label:` prefix is the heading), not a heading as a whole.
    let labelled = t.split_once(':').is_some_and(|(label, rest)| {
        !rest.trim().is_empty() && !rest.starts_with("//") && word_count(label) <= 5
    });
    words <= 8
        && t.len() <= 80
        && ends_open
        && starts_upper
        && !labelled
        && (next_blank || next_item)
}

/// Whether `t` has at least four letters and none of them lowercase (`LEARNING OUTCOMES`).
/// Lowercase letters are alphabetic, so one pass decides without collecting the letters.
fn all_capitals(t: &str) -> bool {
    let mut letters = 0;
    for c in t.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 4
}

/// Whether line `next` continues the paragraph that ends with `prev` (a wrapped line).
///
/// German module handbooks are wrapped at a fixed width, and a wrapped line may start with a
/// capitalised noun: a German line continues its paragraph when the previous line is long, or
/// ends in a comma, a hyphen or a word that cannot end a sentence (`der`, `mit`, `und`); a next
/// line opening with a quote or a parenthesis is read from its first letter (`im Umgang mit` /
/// `(Geschlechter-)Differenzen kritisch zu reflektieren`). Elsewhere only a lowercase start
/// continues (lists of one item per line are common, and their items may end with a comma).
fn joins(prev: &str, next: &str, lang: Lang) -> bool {
    let prev = prev.trim_end();
    if prev.ends_with(['.', '!', '?', ';', ':']) {
        return false;
    }
    let last_line = prev.rsplit('\n').next().unwrap_or(prev);
    let next = next.trim_start();
    // A line opening with a lowercase one-word label (`content: ...`, a composed field's
    // name) starts anew, unless the line before ends on a word that cannot end a sentence
    // (`dieses zu` / `analysieren:`, `apply the` / `following:`): a wrapped line then.
    let last_word = last_line.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    let dangling = last_line.ends_with(char::is_alphabetic)
        && (DE_DANGLING.contains(&last_word) || EN_DANGLING.contains(&last_word));
    if !dangling
        && next.split_once(':').is_some_and(|(label, rest)| {
            (2..=30).contains(&label.len())
                && !label.contains(char::is_whitespace)
                && !label.contains(char::is_uppercase)
                && (rest.is_empty() || rest.starts_with([' ', '\n']))
        })
    {
        return false;
    }
    let first = next.chars().next();
    if lang == Lang::De {
        let first = next.trim_start_matches(DE_OPENERS).chars().next();
        let last_word = last_line.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let dangling = last_line.ends_with(char::is_alphabetic) && DE_DANGLING.contains(&last_word);
        return match first {
            Some(c) if c.is_lowercase() => true,
            Some(c) if c.is_alphanumeric() => {
                last_line.chars().count() >= 55 || prev.ends_with([',', '-']) || dangling
            }
            _ => false,
        };
    }
    first.is_some_and(char::is_lowercase)
}

/// Whether a line continues the list item before it: as [`joins`] for a paragraph, except that
/// a long German item line does not take a capitalised next line (`- der ... Vertiefung des
/// Strukturwissens` / `Die Studierenden` is a new sentence, not the item's end), unless the
/// item is a clause with a modal or an `um` whose verb has not come yet (`1. Sie können zu
/// ihnen vertrauten` / `Themen kurze einfache Texte verstehen.`) and the next line holds no
/// label, no second sentence and no new subject.
fn item_joins(prev: &str, next: &str, lang: Lang) -> bool {
    let opened = next.trim_start().trim_start_matches(DE_OPENERS);
    if lang == Lang::De && opened.starts_with(char::is_uppercase) {
        let prev = prev.trim_end();
        let last_line = prev.rsplit('\n').next().unwrap_or(prev);
        let last_word = last_line.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let first_word = opened.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        // A modal or a purpose clause (`um ...`) whose verb has not come yet.
        let open_clause =
            prev.split(|c: char| !c.is_alphanumeric()).any(|w| DE_MODALS.contains(&w) || w == "um");
        let one_sentence =
            !next.contains(':') && !next.trim_end().trim_end_matches('.').contains(['.', '!', '?']);
        return prev.ends_with([',', '-'])
            || last_line.ends_with(char::is_alphabetic) && DE_DANGLING.contains(&last_word)
            || open_clause
                && one_sentence
                && !DE_NEW_SUBJECT.contains(&first_word)
                && joins(prev, next, lang);
    }
    joins(prev, next, lang)
}

/// German modal verbs whose infinitive closes the clause (`Sie können ... verstehen`).
const DE_MODALS: &[&str] = &["können", "kann", "sollen", "sollten", "müssen", "werden", "wird"];

/// German words that open a new sentence's subject or a new clause at the start of a line.
const DE_NEW_SUBJECT: &[&str] = &[
    "Und",
    "Anschließend",
    "Schließlich",
    "Teilnehmende",
    "Literatur",
    "Voraussetzungen",
    "Die",
    "Der",
    "Das",
    "Sie",
    "Er",
    "Es",
    "Ein",
    "Eine",
    "Man",
    "Diese",
    "Dieser",
    "Dieses",
    "Zudem",
    "Außerdem",
    "Darüber",
    "Ferner",
    "Weiterhin",
    "Zusätzlich",
    "Dabei",
    "Hierbei",
    "Studierende",
    "Studierenden",
    "Studentinnen",
    "Absolventinnen",
    "Absolventen",
    "Nach",
    "Im",
    "Am",
    "Zum",
    "Zur",
    "Durch",
    "Mit",
    "In",
    "Auf",
    "Bei",
];

/// Opening quotes and parentheses a wrapped German line may start with.
const DE_OPENERS: &[char] = &['(', '[', '"', '\'', '„', '“', '‘', '«', '‹', '‚'];

/// English words that cannot end a sentence (articles, prepositions, conjunctions).
const EN_DANGLING: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "with", "by", "at", "from", "as",
    "into", "about",
];

/// German words that cannot end a sentence: articles, prepositions, conjunctions.
const DE_DANGLING: &[&str] = &[
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "einer",
    "eines",
    "einem",
    "einen",
    "und",
    "oder",
    "sowie",
    "mit",
    "von",
    "vom",
    "zu",
    "zur",
    "zum",
    "im",
    "in",
    "ins",
    "für",
    "über",
    "auf",
    "an",
    "am",
    "bei",
    "beim",
    "aus",
    "durch",
    "nach",
    "als",
    "insbesondere",
    "wie",
    "sowohl",
    "zwischen",
    "unter",
    "ihre",
    "ihrer",
    "ihren",
    "seine",
    "deren",
    "dessen",
];

struct Builder<'a> {
    text: &'a str,
    out: Vec<Segment>,
    section: u32,
}

impl Builder<'_> {
    fn push(&mut self, kind: SegmentKind, span: Range<usize>) {
        let Some(span) = trim_span(self.text, span) else { return };
        if let Some(last) = self.out.last() {
            debug_assert!(last.span.end <= span.start);
            if last.span.end > span.start {
                return;
            }
        }
        if kind == SegmentKind::Heading {
            self.section += 1;
        }
        self.out.push(Segment { kind, span, section: self.section });
    }

    fn heading(&mut self, span: Range<usize>) {
        let t = &self.text[span.clone()];
        let lead = t.len() - t.trim_start_matches(['#', '_', '*', ' ']).len();
        let tail = t.len() - t.trim_end_matches(['_', '*', ':', ' ']).len();
        if span.start + lead < span.end - tail {
            self.push(SegmentKind::Heading, span.start + lead..span.end - tail);
        }
    }

    fn item(&mut self, span: Range<usize>) {
        let pieces = runs::split_runs(&self.text[span.clone()]);
        if pieces.len() <= 1 {
            self.item_sentences(span);
            return;
        }
        for p in pieces {
            let abs = span.start + p.span.start..span.start + p.span.end;
            if p.lead {
                self.sentences(abs);
            } else {
                self.item_sentences(abs);
            }
        }
    }

    /// An item whose text runs on for several sentences: the first sentence is the item, the
    /// rest are sentences (a long scraped paragraph must not count as one statement).
    fn item_sentences(&mut self, span: Range<usize>) {
        let mut bounds = sentence_bounds(&self.text[span.clone()])
            .into_iter()
            .map(|i| span.start + i)
            .collect::<Vec<_>>();
        bounds.push(span.end);
        for (k, w) in bounds.windows(2).enumerate() {
            let kind = if k == 0 { SegmentKind::Item } else { SegmentKind::Sentence };
            self.push(kind, w[0]..w[1]);
        }
    }

    fn prose(&mut self, span: Range<usize>) {
        let t = &self.text[span.clone()];
        let mut start = span.start;
        if let Some(colon) = runs::label_prefix(t) {
            self.push(SegmentKind::Heading, span.start..span.start + colon);
            start = span.start + colon + 1;
        }
        let rest = &self.text[start..span.end];
        let pieces = runs::split_runs(rest);
        if pieces.len() > 1 {
            for p in pieces {
                let abs = start + p.span.start..start + p.span.end;
                if p.lead {
                    self.sentences(abs);
                } else {
                    self.item_sentences(abs);
                }
            }
        } else {
            self.sentences(start..span.end);
        }
    }

    fn sentences(&mut self, span: Range<usize>) {
        let mut starts = sentence_bounds(&self.text[span.clone()]);
        starts.push(span.end - span.start);
        for w in starts.windows(2) {
            self.push(SegmentKind::Sentence, span.start + w[0]..span.start + w[1]);
        }
    }
}

/// Abbreviations that end in a period but rarely end a sentence (lowercase, with and without
/// their inner space): UAX #29 breaks after `z. B.` or `e.g.` when a capital follows.
const ABBREVIATIONS: &[&str] = &[
    "z. b.", "z.b.", "d. h.", "d.h.", "u. a.", "u.a.", "z. t.", "z.t.", "bzw.", "vgl.", "ggf.",
    "bspw.", "evtl.", "sog.", "inkl.", "e.g.", "e. g.", "i.e.", "i. e.", "cf.", "vs.", "approx.",
    "ca.", "ad es.", "p. es.", "p.es.", "p. ex.", "p.ex.", "prof.", "dr.", "fig.",
];

/// Sentence starts of `t` ([`sentence_starts`]) without the breaks UAX #29 makes inside or
/// after an abbreviation ([`ABBREVIATIONS`]): `(z. B. Python)` stays in its sentence.
fn sentence_bounds(t: &str) -> Vec<usize> {
    let mut starts = sentence_starts(t);
    if starts.len() > 1 {
        let covered = abbreviation_spans(t);
        starts.retain(|&s| {
            s == 0 || !covered.iter().any(|r| r.start < s && s <= r.end) && !after_initial(t, s)
        });
    }
    starts
}

/// Whether the sentence start `s` follows a name's middle initial (`David J. Malan`): a
/// capitalised word, one capital letter and its period.
fn after_initial(t: &str, s: usize) -> bool {
    let Some(before) = t[..s].trim_end().strip_suffix('.') else {
        return false;
    };
    let mut rev = before.chars().rev();
    let (Some(initial), Some(' ')) = (rev.next(), rev.next()) else {
        return false;
    };
    // Reversed: the word before the initial.
    let name: String = rev.take_while(|c| !c.is_whitespace()).collect::<String>();
    let name: String = name.chars().rev().collect();
    // `Plan A. Evaluate ...`, `Appendix B. Compare ...`, `Quantum Mechanics I. At MIT`: a
    // label's letter or a Roman numeral ends its sentence; so does one before a word that
    // opens sentences.
    const LABELS: &[&str] = &[
        "Plan",
        "Part",
        "Table",
        "Appendix",
        "Annex",
        "Vitamin",
        "Figure",
        "Fig",
        "Section",
        "Chapter",
        "Step",
        "Phase",
        "Option",
        "Type",
        "Level",
        "Grade",
        "Class",
        "Group",
        "Model",
        "Unit",
        "Module",
        "Exhibit",
        "Schedule",
        "Form",
        "Block",
        "Track",
        "Room",
        "Building",
        "Hepatitis",
        "Category",
        "Tier",
        "Stage",
        "Round",
        "Lab",
        "Case",
        "Task",
        "Exercise",
    ];
    let next: String = t[s..].chars().take_while(|c| c.is_alphabetic()).collect();
    initial.is_ascii_uppercase()
        && !"IVX".contains(initial)
        && name.chars().count() >= 2
        && name.chars().all(char::is_alphabetic)
        && name.starts_with(char::is_uppercase)
        && !LABELS.contains(&name.as_str())
        && next.starts_with(char::is_uppercase)
        && next.chars().count() >= 2
        && !matches!(
            next.as_str(),
            "At" | "In"
                | "On"
                | "The"
                | "This"
                | "These"
                | "It"
                | "We"
                | "You"
                | "Our"
                | "An"
                | "For"
                | "By"
                | "With"
                | "From"
                | "After"
                | "Before"
                | "Students"
                | "Learners"
                | "Participants"
                | "If"
                | "When"
                | "There"
                | "They"
                | "He"
                | "She"
                | "His"
                | "Her"
        )
}

/// Byte ranges of the abbreviations of [`ABBREVIATIONS`] standing as words in `t`, each with
/// the spaces after it.
fn abbreviation_spans(t: &str) -> Vec<Range<usize>> {
    static FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(ABBREVIATIONS)
            .ok()
    });
    let Some(finder) = FINDER.as_ref() else {
        return Vec::new();
    };
    finder
        .find_iter(t)
        .filter(|m| t[..m.start()].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
        .map(|m| {
            let spaces = t[m.end()..].len() - t[m.end()..].trim_start().len();
            m.start()..m.end() + spaces
        })
        .collect()
}

/// Byte offsets where the sentences of `t` start (UAX #29), the first being 0.
///
/// Line breaks inside a paragraph are wrapped lines, not paragraph ends (UAX #29 would break
/// there): they are read as spaces. UAX #29 breaks only after a terminator (`.`, `!`, `?`, the
/// terminators of other scripts) or a paragraph separator, and whether it does depends only on
/// the characters from the start of the terminator's word to the first letter after it
/// (SB6-SB11). So the segmenter runs on that window around each *trigger* (a terminator or any
/// character that is neither a letter, a digit nor common punctuation) and never on the plain
/// text between: a text without a trigger is one sentence. The window ends at the first ASCII
/// letter after the trigger, where every rule has decided; a property test checks the result
/// against the segmenter run on the whole text.
fn sentence_starts(t: &str) -> Vec<usize> {
    let trigger = |c: char| {
        if c.is_ascii() {
            matches!(c, '.' | '!' | '?' | '\r')
        } else {
            !(c.is_alphanumeric()
                || matches!(c, '’' | '‘' | '“' | '”' | '–' | '—' | '•' | '«' | '»' | '\u{a0}'))
        }
    };
    // `t[from..].find(trigger)`, ASCII bytes tested as bytes.
    let find = |t: &str, from: usize| {
        let bytes = t.as_bytes();
        let mut i = from;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii() {
                if matches!(b, b'.' | b'!' | b'?' | b'\r') {
                    return Some(i);
                }
                i += 1;
            } else {
                let c = t[i..].chars().next()?;
                if trigger(c) {
                    return Some(i);
                }
                i += c.len_utf8();
            }
        }
        None
    };
    let mut starts = vec![0];
    let Some(first) = find(t, 0) else {
        return starts;
    };
    // Line breaks read as spaces (no copy when there is none).
    let t: std::borrow::Cow<str> = if t.contains('\n') {
        std::borrow::Cow::Owned(t.replace('\n', " "))
    } else {
        std::borrow::Cow::Borrowed(t)
    };
    let mut from = first;
    // No rule reads back past an ASCII letter: a window never starts before the last window's
    // letter, so text without spaces (`a.a.a.`, dotted names) costs linear time.
    let mut floor = 0;
    while let Some(p) = find(&t, from) {
        // The window: the trigger's word (SB7 reads the letter before a full stop) ...
        let a = t[floor..p]
            .rfind(char::is_whitespace)
            .map_or(floor, |i| floor + i + t[floor + i..].chars().next().map_or(1, char::len_utf8));
        // ... to the first ASCII letter after it (SB8 reads ahead to a letter).
        let after = p + t[p..].chars().next().map_or(1, char::len_utf8);
        let letter =
            t[after..].find(|c: char| c.is_ascii_alphabetic()).map_or(t.len(), |i| after + i);
        let end = letter + usize::from(letter < t.len());
        // The common cases: a full stop, `!` or `?` at the end (spaces after it at most), or
        // followed by spaces and a capital (`word. Next`). UAX #29 breaks at the end only, or
        // before the capital (SB11; SB7 needs the capital right after the full stop, SB8 a
        // lowercase letter), whatever precedes the terminator: no segmenter run.
        let bytes = t.as_bytes();
        let spaces = bytes[after..].iter().take_while(|&&b| b == b' ').count();
        let terminator = matches!(bytes[p], b'.' | b'!' | b'?');
        if terminator && after + spaces == t.len() {
        } else if terminator
            && spaces > 0
            && letter == after + spaces
            && bytes.get(letter).is_some_and(u8::is_ascii_uppercase)
        {
            starts.push(letter);
        } else {
            starts.extend(
                t[a..end]
                    .split_sentence_bound_indices()
                    .map(|(i, _)| a + i)
                    .filter(|&b| b > p && b <= letter && b < t.len()),
            );
        }
        from = letter.max(after);
        floor = letter.min(t.len());
    }
    starts
}

/// Trims whitespace and separators; `None` when nothing with a letter or digit is left.
fn trim_span(text: &str, span: Range<usize>) -> Option<Range<usize>> {
    let s = text.get(span.clone())?;
    let lead =
        s.len() - s.trim_start_matches(|c: char| c.is_whitespace() || c == ';' || c == ',').len();
    let body = &s[lead..];
    let body = body.trim_end_matches(|c: char| c.is_whitespace() || c == ';' || c == ',');
    if !body.chars().any(|c| c.is_alphanumeric()) {
        return None;
    }
    let start = span.start + lead;
    Some(start..start + body.len())
}

#[cfg(test)]
mod tests;
