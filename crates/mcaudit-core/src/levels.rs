//! Bloom levels per statement and per record, Dublin-descriptor areas, and the
//! level-consistency finding of SPEC.md section 3.
//!
//! Guarantees: a statement's candidate levels are every level of every main verb (the mapping
//! is many-to-many, each candidate keeps the lexicon row it came from); the chosen level follows
//! a stated [`LevelPolicy`]; a record's profile counts only statements led by action verbs;
//! the consistency flag reports a clash between a declared level and the profile, never judges it.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::extract::{Role, Statement};
use crate::lexicon::Level;

/// How one level is chosen among a statement's candidates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LevelPolicy {
    /// The highest candidate (SPEC.md's default).
    #[default]
    Highest,
    /// The lowest candidate.
    Lowest,
    /// The first listed level of the leading verb.
    First,
    /// Every main verb's own level, as a set: what reviewers label. A verb on two levels
    /// counts with its primary one (the lexicon row marked `primary`: `explain` understands,
    /// `critique` evaluates, as in Anderson & Krathwohl's cognitive processes).
    Verbs,
}

impl LevelPolicy {
    /// Parses `highest`, `lowest`, `first` or `verbs`.
    pub fn parse(s: &str) -> Option<LevelPolicy> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "highest" => LevelPolicy::Highest,
            "lowest" => LevelPolicy::Lowest,
            "first" => LevelPolicy::First,
            "verbs" | "all" => LevelPolicy::Verbs,
            _ => return None,
        })
    }
}

/// All candidate levels of a statement (every main verb), sorted, without duplicates.
pub fn candidates(st: &Statement) -> Vec<Level> {
    let mut v: Vec<Level> = st.verbs.iter().flat_map(|l| l.levels.iter().map(|x| x.0)).collect();
    v.sort();
    v.dedup();
    v
}

/// The level(s) of a statement under a policy (empty when no verb has a level).
pub fn choose(st: &Statement, policy: LevelPolicy) -> Vec<Level> {
    let all = candidates(st);
    match policy {
        LevelPolicy::Highest => all.last().copied().into_iter().collect(),
        LevelPolicy::Lowest => all.first().copied().into_iter().collect(),
        LevelPolicy::First => {
            st.verbs.iter().find_map(|l| l.levels.first().map(|x| x.0)).into_iter().collect()
        }
        LevelPolicy::Verbs => {
            let mut v: Vec<Level> =
                st.verbs.iter().filter_map(|l| l.levels.first().map(|x| x.0)).collect();
            v.sort();
            v.dedup();
            v
        }
    }
}

/// A record's outcome profile.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Profile {
    /// Statements at each level (remember..create), by the chosen level.
    pub counts: [u32; 6],
    /// The highest chosen level.
    pub highest: Option<Level>,
    /// Share of leveled statements at analyse or above.
    pub share_higher: f64,
}

/// Profile over the statements led by action verbs that the class judges
/// ([`crate::classify::judged`]: not content, not skill tags).
pub fn profile(text: &str, statements: &[Statement], policy: LevelPolicy) -> Profile {
    let mut p = Profile::default();
    let mut leveled = 0u32;
    let mut higher = 0u32;
    let judged = crate::classify::judged(text, statements);
    for (st, _) in statements.iter().zip(&judged).filter(|(s, j)| **j && s.role == Role::Action) {
        let chosen = choose(st, policy);
        if let Some(&top) = chosen.iter().max() {
            leveled += 1;
            if top >= Level::Analyse {
                higher += 1;
            }
            p.highest = p.highest.max(Some(top));
        }
        for l in chosen {
            p.counts[l as usize - 1] += 1;
        }
    }
    p.share_higher = if leveled == 0 { 0.0 } else { f64::from(higher) / f64::from(leveled) };
    p
}

/// Dublin-descriptor area of a statement: from its heading when it sits under one, otherwise
/// from its verb (present, communicate, write → communication; evaluate, justify, judge →
/// making judgements; apply, analyse, create → applying; remember, understand → knowledge).
pub fn dublin_area(st: &Statement) -> Option<String> {
    if let Some(a) = &st.dublin_area {
        return Some(a.clone());
    }
    let lead = st.lead.as_ref()?;
    if lead.vague {
        return Some("knowledge".into());
    }
    if COMMUNICATION.iter().any(|c| lead.lemma == *c) {
        return Some("communication".into());
    }
    let top = lead.levels.iter().map(|x| x.0).max()?;
    Some(
        match top {
            Level::Remember | Level::Understand => "knowledge",
            Level::Apply | Level::Analyse | Level::Create => "applying",
            Level::Evaluate => "judgement",
        }
        .into(),
    )
}

/// Communication verbs of the seven languages (lemmas as in the lexicons).
const COMMUNICATION: &[&str] = &[
    "present",
    "communicate",
    "write",
    "report",
    "discuss",
    "argue",
    "debate",
    "presentare",
    "comunicare",
    "esporre",
    "discutere",
    "scrivere",
    "présenter",
    "communiquer",
    "rédiger",
    "discuter",
    "argumenter",
    "präsentieren",
    "kommunizieren",
    "diskutieren",
    "schreiben",
    "vortragen",
    "presentar",
    "comunicar",
    "redactar",
    "exponer",
    "debatir",
    "apresentar",
    "redigir",
    "discutir",
    "presenteren",
    "communiceren",
    "rapporteren",
    "schrijven",
];

/// A level the description declares.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Declared {
    /// EQF level 1-8 when stated, else inferred from words (introductory 3-4, advanced 7).
    pub eqf: Option<u8>,
    /// `low` (beginner, introductory) or `high` (advanced, master, EQF 7-8).
    pub band: &'static str,
    /// The text that declared it.
    pub cue: String,
}

/// Compiles with ASCII word boundaries, so the regex runs on its fast DFA over non-ASCII text
/// (a Unicode `\b` made this stage a sixth of the per-record time). Every `\b` here touches an
/// ASCII letter or digit of the pattern, where the two kinds of boundary agree.
fn ascii_words(pattern: &str) -> Regex {
    Regex::new(&pattern.replace(r"\b", r"(?-u:\b)")).expect("valid level regex (covered by tests)")
}

static EQF: LazyLock<Regex> = LazyLock::new(|| {
    ascii_words(
        r"(?i)\b(?:eqf|nqf|qnq|cec|dqr|nlqf|mec|qeq)[\s-]*(?:level|livello|niveau|nivel|nível)?[\s:-]*([1-8])\b|\b(?:level|livello|niveau|nivel|nível|stufe)\s+([1-8])\s+(?:of the |del |du |des |de )?(?:eqf|qnq|cec|dqr|mec|nlqf)\b",
    )
});
static LOW: LazyLock<Regex> = LazyLock::new(|| {
    ascii_words(
        r"(?i)\b(beginner|introductory|foundation level|entry[- ]level|principiante|introduttivo|livello base|débutant|initiation|einsteiger|grundlagen|anfänger|principiante|introductorio|iniciante|introdutório|beginner|inleidend)\b",
    )
});
static HIGH: LazyLock<Regex> = LazyLock::new(|| {
    // `avancé` ends in a non-ASCII letter: it is matched without a trailing boundary.
    ascii_words(
        r"(?i)\b(advanced|master'?s?[- ]level|postgraduate|livello avanzato|avanzato|magistrale|fortgeschritten|vertiefung|avanzado|avançado|gevorderd)\b|\b(avancé)",
    )
});

/// Any of [`EQF`], [`LOW`] and [`HIGH`]: matches a text exactly when one of them does.
static ANY: LazyLock<Regex> = LazyLock::new(|| {
    let parts = [&*EQF, &*LOW, &*HIGH].map(|r| format!("(?:{})", r.as_str()));
    Regex::new(&parts.join("|")).expect("valid level regex (covered by tests)")
});

/// The level a record declares, from its `level` metadata or its text.
pub fn declared(text: &str, meta_level: Option<&str>) -> Option<Declared> {
    for src in meta_level.into_iter().chain(std::iter::once(text)) {
        // One pass over the text tells whether any cue is there (most texts have none); only
        // then do the three searches run, in their order of precedence.
        if !ANY.is_match(src) {
            continue;
        }
        if let Some(c) = EQF.captures(src) {
            let n: u8 = c.get(1).or(c.get(2)).and_then(|m| m.as_str().parse().ok())?;
            let band = if n >= 7 {
                "high"
            } else if n <= 4 {
                "low"
            } else {
                "middle"
            };
            return Some(Declared {
                eqf: Some(n),
                band,
                cue: c.get(0).map_or("", |m| m.as_str()).to_string(),
            });
        }
        if let Some(m) = HIGH.find(src) {
            return Some(Declared { eqf: None, band: "high", cue: m.as_str().to_string() });
        }
        if let Some(m) = LOW.find(src) {
            return Some(Declared { eqf: None, band: "low", cue: m.as_str().to_string() });
        }
    }
    None
}

/// The consistency finding: `high_level_low_outcomes` or `low_level_high_outcomes`, with a reason.
pub fn consistency(declared: Option<&Declared>, p: &Profile) -> Option<(&'static str, String)> {
    let d = declared?;
    let leveled: u32 = p.counts.iter().sum();
    if leveled < 2 {
        return None;
    }
    let top = p.highest?;
    match d.band {
        "high" if top <= Level::Understand => Some((
            "high_level_low_outcomes",
            format!("declares {:?} but its outcomes stop at {}", d.cue, top.as_str()),
        )),
        "low" if p.share_higher > 0.5 && top >= Level::Evaluate => Some((
            "low_level_high_outcomes",
            format!(
                "declares {:?} but {:.0} % of its outcomes are at analyse or above",
                d.cue,
                p.share_higher * 100.0
            ),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_levels() {
        assert_eq!(
            declared("Livello EQF 7, 6 CFU", None).map(|d| (d.eqf, d.band)),
            Some((Some(7), "high"))
        );
        assert_eq!(declared("niveau 6 du CEC", None).map(|d| d.eqf), Some(Some(6)));
        assert_eq!(declared("", Some("Beginner level")).map(|d| d.band), Some("low"));
        assert_eq!(declared("Corso di livello avanzato", None).map(|d| d.band), Some("high"));
        assert_eq!(declared("no level here", None), None);
        // Accented cues with ASCII word boundaries (issue 7 made these regexes ASCII-bounded).
        assert_eq!(declared("Cours de niveau avancé.", None).map(|d| d.band), Some("high"));
        assert_eq!(declared("Formation Débutant", None).map(|d| d.band), Some("low"));
        assert_eq!(declared("Für Anfänger", None).map(|d| d.band), Some("low"));
        assert_eq!(declared("Curso avançado", None).map(|d| d.band), Some("high"));
        assert_eq!(declared("ein Einsteigerkurs", None), None, "no cue inside a word");
    }
}
