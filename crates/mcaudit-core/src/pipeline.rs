//! The per-record stage: `process_record(rec, &ctx) -> Processed`.
//!
//! Guarantees: pure (no I/O, no globals besides read-only lexicons), order-independent and
//! thread-safe, so callers may run it under rayon and sort afterwards; the same record gives the
//! same result whatever the thread count. Texts longer than `max_record_bytes` are cut on a char
//! boundary, with a warning on the record.

use std::sync::LazyLock;

use crate::classify::classify;
use crate::extract::{HeadingKind, extract_under};
use crate::html;
use crate::lang::{Detector, Lang};
use crate::lexicon::Lexicons;
use crate::model::{Processed, RawRecord, SegmentKind};
use crate::normalise::normalise;
use crate::segment::segment;

/// Default cap on a record's text, in bytes.
pub const DEFAULT_MAX_RECORD_BYTES: usize = 1 << 20;

static SHIPPED_ARC: LazyLock<std::sync::Arc<Lexicons>> = LazyLock::new(|| {
    std::sync::Arc::new(Lexicons::shipped().expect("shipped lexicons are valid (checked by tests)"))
});

/// Everything expensive, built once before the parallel loop.
pub struct Context {
    detector: Detector,
    lexicons: std::sync::Arc<Lexicons>,
    lang: Option<Lang>,
    /// Cap on a record's text, in bytes.
    pub max_record_bytes: usize,
    /// How a statement's level is chosen among its candidates.
    pub level_policy: crate::levels::LevelPolicy,
    /// ESCO skills to link outcome statements to (`--esco`); `None` links nothing.
    pub esco: Option<std::sync::Arc<crate::esco::Esco>>,
    /// Skills kept per statement.
    pub esco_top: usize,
    /// Minimum score of a kept skill.
    pub esco_min_score: f32,
    /// Every record is one outcome statement or a list of them (`mcaudit evaluate-levels`):
    /// its text is read as if under a learning-outcomes heading.
    pub outcomes_only: bool,
}

impl Context {
    /// A context; `lang` overrides detection for every record.
    pub fn new(lang: Option<Lang>) -> Context {
        Context::with_lexicons(lang, None)
    }

    /// A context with lexicons other than the shipped ones (`--lexicon-dir`).
    pub fn with_lexicons(lang: Option<Lang>, lexicons: Option<Lexicons>) -> Context {
        let lexicons = match lexicons {
            Some(l) => std::sync::Arc::new(l),
            None => std::sync::Arc::clone(&SHIPPED_ARC),
        };
        Context {
            detector: Detector::new(),
            lexicons,
            lang,
            max_record_bytes: DEFAULT_MAX_RECORD_BYTES,
            level_policy: crate::levels::LevelPolicy::default(),
            esco: None,
            esco_top: crate::esco::DEFAULT_TOP,
            esco_min_score: crate::esco::DEFAULT_MIN_SCORE,
            outcomes_only: false,
        }
    }
}

/// Whether a field's text holds HTML markup worth converting.
fn has_markup(text: &str) -> bool {
    let lower_has = |tag: &str| text.contains(tag);
    [
        "<p>", "<p ", "<br", "<li>", "<li ", "<ul", "<ol", "<div", "</p>", "<h2", "<h3",
        "<strong>", "&nbsp;",
    ]
    .iter()
    .any(|t| lower_has(t))
}

/// Runs decode-level cleaning, language detection and segmentation on one record.
pub fn process_record(mut record: RawRecord, ctx: &Context) -> Processed {
    if record.text.len() > ctx.max_record_bytes {
        let cut = crate::text::prefix(&record.text, ctx.max_record_bytes).len();
        record.warnings.push(format!(
            "truncated: the text has {} bytes; analysed the first {cut} (raise --max-record-bytes to analyse more)",
            record.text.len()
        ));
        record.text.truncate(cut);
    }
    if has_markup(&record.text) {
        record.text = html::html_to_text(&record.text).text;
    }
    let text = normalise(&record.text);
    if let std::borrow::Cow::Owned(t) = text {
        record.text = t;
    }
    let (lang, lang_reliable) = match ctx.lang {
        Some(l) => (l, true),
        // A language outside the seven in Latin letters stands only when the vote finds none of
        // the seven (English tag lists were Latin or Catalan to whatlang).
        None => {
            let seven = |s: &str| vote(s, &ctx.lexicons).is_some();
            match ctx.detector.detect_unless(&record.text, seven) {
                // `und`: too few letters, or letters of another script; it stays.
                (l, false) if l != Lang::Und => {
                    (vote(&record.text, &ctx.lexicons).unwrap_or(l), false)
                }
                found => found,
            }
        }
    };
    let mut segments = segment(&record.text, lang);
    // A statement standing alone on its line is no heading here (`Sie können kurze Erzählungen
    // verstehen`): it is read as an item of the list the file is.
    if ctx.outcomes_only {
        for s in segments.iter_mut().filter(|s| s.kind == SegmentKind::Heading) {
            s.kind = SegmentKind::Sentence;
        }
    }
    let lex = ctx.lexicons.get(lang);
    let en = ctx.lexicons.get(Lang::En);
    let section = if ctx.outcomes_only { HeadingKind::Learning } else { HeadingKind::Other };
    let statements = extract_under(&record.text, &segments, lang, lex, en, section);
    let mut decision = classify(&record.text, &statements);
    if let Lang::Other(code) = lang {
        unsupported(&mut decision, code);
    }
    let profile = crate::levels::profile(&record.text, &statements, ctx.level_policy);
    let meta_level = record.meta.iter().find(|(e, _)| e == "level").map(|(_, v)| v.as_str());
    let declared = crate::levels::declared(&record.text, meta_level);
    let level_flag = crate::levels::consistency(declared.as_ref(), &profile);
    let audit = crate::audit::audit(&crate::audit::AuditInput {
        text: &record.text,
        title: record.title.as_deref(),
        provider: record.provider.as_deref(),
        meta: &record.meta,
        class: decision.class,
        outcomes: decision
            .evidence
            .iter()
            .filter_map(|&i| statements.get(i))
            .map(|s| s.span.clone())
            .min_by_key(|r| r.start),
        topics: &topics(&record.text, &statements),
    });
    let skills = match &ctx.esco {
        Some(esco) => link_skills(esco, &record.text, &statements, lang, ctx),
        None => Vec::new(),
    };
    let isced = crate::isced::suggest(record.title.as_deref(), &record.text, lang);
    Processed {
        isced,
        skills,
        record,
        lang,
        lang_reliable,
        segments,
        statements,
        decision,
        profile,
        declared,
        level_flag,
        audit,
    }
}

/// Says in a decision that the record's language (`code`) is none of the seven the lexicons
/// read: `unsupported_language` first among its reasons, and its rule path says so. The class
/// is decided as for any record whose outcomes have no recognised verb: its language's lexicon
/// is empty ([`Lexicons::get`]), while English labels a scraper put over it (`What you will
/// learn:`, `Skills you will gain:`) are read as headings, as over the other six languages; so
/// a list under them is B (`topic_list_no_verbs`, `skill_tags`) and a text without them C.
fn unsupported(decision: &mut crate::classify::Decision, code: &str) {
    decision.reasons.insert(0, UNSUPPORTED_LANGUAGE);
    decision.path = format!(
        "language {code} is not supported (the lexicons read {}): no verb, cue or heading is recognised; {}",
        Lang::ALL.map(Lang::code).join(", "),
        decision.path
    );
}

/// The reason of a record in a language outside the seven.
pub const UNSUPPORTED_LANGUAGE: &str = "unsupported_language";

/// ESCO skills of the outcome statements (action and vague roles), by statement index.
fn link_skills(
    esco: &crate::esco::Esco,
    text: &str,
    statements: &[crate::extract::Statement],
    lang: Lang,
    ctx: &Context,
) -> Vec<(usize, crate::esco::SkillHit)> {
    use crate::extract::Role;
    let mut out = Vec::new();
    for (i, st) in statements.iter().enumerate() {
        if !matches!(st.role, Role::Action | Role::Vague) {
            continue;
        }
        let s = text.get(st.span.clone()).unwrap_or("");
        for hit in esco.link(s, lang, ctx.esco_top, ctx.esco_min_score) {
            out.push((i, hit));
        }
    }
    out
}

/// The language of a text whatlang could not tell reliably (a terse list: `Configure EIGRP on
/// Cisco routers.Troubleshoot ...` was French): the one whose function words and written verbs
/// of the lexicons (`configure`, `troubleshoot`, `verify`) the first 200 words hold most, when
/// at least 3 and twice the runner-up's, field labels left out; else `None` (whatlang's guess
/// stays). Still marked unreliable.
fn vote(text: &str, lexicons: &Lexicons) -> Option<Lang> {
    // Field labels (`What you will learn:`, `Skill gain:`, the input's column names) and
    // `Not specified` are the scraper's words, not the description's: they do not vote.
    let mut sample = String::new();
    // Lowercase words as written are borrowed (no allocation for most words).
    let mut seen: crate::lexicon::FastSet<std::borrow::Cow<str>> = Default::default();
    for line in crate::text::prefix(text, 4096).lines() {
        let line = match line.split_once(':') {
            Some((label, rest)) if label.split_whitespace().count() <= 5 => rest,
            _ => line,
        };
        let line = line.trim();
        if line.eq_ignore_ascii_case("not specified") {
            continue;
        }
        // Two-letter words are too often another language's function word (`AI` is Italian
        // `ai`, `Op.` Dutch `op`); each word votes once (`Microsoft Access` five times in
        // Spanish module titles is one English verb).
        for w in line.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 3) {
            let key = if ascii_lowercase(w) {
                std::borrow::Cow::Borrowed(w)
            } else {
                std::borrow::Cow::Owned(w.to_lowercase())
            };
            if seen.insert(key) {
                sample.push_str(w);
                sample.push(' ');
            }
        }
        sample.push('\n');
    }
    let sample = sample.as_str();
    let mut score = crate::lang::function_words(sample).own;
    let mut lower = String::new();
    for w in sample.split(|c: char| !c.is_alphabetic()).filter(|w| w.len() >= 4).take(200) {
        let lower = if ascii_lowercase(w) {
            w
        } else {
            crate::text::lowercase_into(&mut lower, w);
            lower.as_str()
        };
        // A verb written alike in several languages (`organise`, `analysieren`) votes for none.
        let langs = lexicons.surface_langs(lower);
        if langs.count_ones() == 1 {
            score[langs.trailing_zeros() as usize] += 1;
        }
    }
    let (best, &n) = score.iter().enumerate().max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))?;
    let runner_up = score.iter().enumerate().filter(|(i, _)| *i != best).map(|(_, n)| *n).max()?;
    (n >= 3 && n >= 2 * runner_up).then(|| Lang::ALL[best])
}

/// Whether `w` is ASCII with no uppercase letter: its own lowercase form (as `str::to_lowercase`
/// and char-by-char lowercasing give it).
fn ascii_lowercase(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// Spans of what a description teaches, for the audit ([`crate::audit::AuditInput::topics`]):
/// outcome statements (action or vague) that are list items or follow a learner frame (`you will be
/// able to ...`), and skill tags (no sentence's end) under a skills heading. Prose stays, whatever
/// its heading: a scraped `Skills` column may hold a whole description (edX), and `The course is
/// taught online` after an outcome list is logistics. An outcome is a topic after the last comma or
/// colon before its verb (its lead-in clause is read). In a statement read as tags, only the tags
/// are topics: its pieces between commas, semicolons, colons and bars of at most [`TAG_WORDS`]
/// words; a longer piece is a clause (`After completion of the graded assignments of this course,
/// you will: Social Sciences`) and stays.
pub fn topics(text: &str, statements: &[crate::extract::Statement]) -> Vec<std::ops::Range<usize>> {
    use crate::extract::{HeadingKind, Role};
    use crate::model::SegmentKind;
    let mut spans = Vec::new();
    for s in statements {
        let outcome = matches!(s.role, Role::Action | Role::Vague)
            && s.heading != HeadingKind::Content
            && (s.kind == SegmentKind::Item || s.framed);
        // A tag list (`Project Management, Quality Assurance`): no sentence's end.
        let t = text.get(s.span.clone()).unwrap_or("");
        let tags = s.heading == HeadingKind::Skills
            && matches!(s.role, Role::Content | Role::Placeholder)
            && !t.trim_end().ends_with(['.', '!', '?']);
        if outcome {
            // From the verb on: the lead-in before it (`On completing the graded assignments of
            // this course, you will`) says how the course is run, not what it teaches.
            // The lead-in is an adverbial clause before the verb (`Through hands-on projects,
            // you will`), opened by a preposition and ended by a comma or colon; a verb at the
            // end, as German and Dutch put it (`Mit der Erstellung eines Portfolios beginnen,
            // in dem Sie ... präsentieren`), leaves the whole statement a topic.
            let head = s.lead.as_ref().and_then(|l| text.get(s.span.start..l.span.start));
            let opener = head
                .and_then(|h| h.split_whitespace().next())
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
                .is_some_and(|w| LEAD_IN_OPENERS.contains(&w.as_str()));
            let from = head
                .filter(|_| opener)
                .and_then(|h| h.rfind([',', ':']))
                .map_or(s.span.start, |i| s.span.start + i + 1);
            spans.push(from.min(s.span.end)..s.span.end);
        } else if tags {
            let mut at = s.span.start;
            for piece in t.split_inclusive([',', ';', ':', '|', '\n']) {
                if piece.split_whitespace().count() <= TAG_WORDS {
                    spans.push(at..at + piece.len());
                }
                at += piece.len();
            }
        }
    }
    spans
}

/// First words of an adverbial lead-in before an outcome's verb (`In this course, you will`,
/// `Through hands-on projects, students`, `Au terme du cours, vous`, `Al termine del corso, lo
/// studente`), in the languages that put the verb before its object.
const LEAD_IN_OPENERS: &[&str] = &[
    "in",
    "through",
    "with",
    "after",
    "by",
    "upon",
    "on",
    "at",
    "during",
    "throughout",
    "via",
    "using",
    "following",
    "once",
    "when",
    "from",
    "attraverso",
    "dopo",
    "al",
    "alla",
    "con",
    "durante",
    "mediante",
    "tramite",
    "à",
    "au",
    "après",
    "grâce",
    "par",
    "avec",
    "en",
    "dans",
    "lors",
    "a",
    "después",
    "tras",
    "ao",
    "após",
    "com",
    "por",
    "em",
    "através",
    "no",
    "na",
];

/// Most words of one skill tag (`Project Management`, `Machine Learning Model Deployment`).
pub const TAG_WORDS: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;

    /// Session-15 review: a terse English list whatlang could not tell reliably was French (and
    /// class B with French grammar, A with `--lang en`); an address alone was French.
    #[test]
    fn review15_unreliable_language_is_voted_by_function_words_and_verbs() {
        let lex = Lexicons::shipped().expect("shipped lexicons");
        let text = "What you will learn: Configure EIGRP on Cisco routers.Troubleshoot EIGRP \
                    connectivity issues.Verify EIGRP routes on Cisco routers.";
        assert_eq!(vote(text, &lex), Some(Lang::En));
        // English labels over Spanish topics: the labels do not vote.
        let text = "What you will learn: Not specified\nSkill gain: Not specified\nModules: \
                    Escribir para informar, Escribir para persuadir, Escribir para las redes";
        assert_ne!(vote(text, &lex), Some(Lang::En));
        // A product name repeated votes once.
        let text = "Modules: PRESENTACIÓN, BASE DE DATOS: MICROSOFT ACCESS (I), MICROSOFT ACCESS \
                    (II), MICROSOFT ACCESS (III), MICROSOFT ACCESS (IV), CONSULTAS Y FORMULARIOS";
        assert_ne!(vote(text, &lex), Some(Lang::En));
        let d = Detector::new();
        assert_eq!(
            d.detect("https://www.example.org/courses/data-analysis-fundamentals").0,
            Lang::Und
        );
    }

    /// Session-23 review: text in a language outside the seven was labelled one of them
    /// (Polish, Swedish and Czech outcomes as Portuguese, French or Spanish guesses) and read
    /// with that language's verbs. A language whatlang tells reliably is named by its ISO 639-1
    /// code, no lexicon reads it, and the record is C with `unsupported_language` first.
    /// See: #8
    #[test]
    fn issue8_s23_languages_outside_the_seven_are_named_not_guessed() {
        let cases = [
            (
                "pl",
                "Po ukończeniu tego kursu uczestnik będzie potrafił zaprojektować prosty \
                 eksperyment, przeanalizować zebrane dane i przedstawić wyniki w formie krótkiego \
                 raportu dla zespołu projektowego oraz kierownictwa firmy.",
            ),
            (
                "sv",
                "Efter avslutad kurs ska studenten kunna planera och genomföra en enkel \
                 undersökning, analysera insamlade data med lämpliga metoder och presentera \
                 resultaten skriftligt och muntligt för en bredare publik.",
            ),
            (
                "cs",
                "Po absolvování kurzu bude student schopen navrhnout jednoduchý experiment, \
                 analyzovat získaná data vhodnými statistickými metodami a srozumitelně \
                 prezentovat výsledky svým kolegům i vedení organizace v krátké zprávě.",
            ),
            (
                "ru",
                "После окончания курса студент сможет спланировать простой эксперимент, \
                 проанализировать собранные данные и представить результаты в виде короткого \
                 отчёта для команды проекта и руководства компании уже через неделю.",
            ),
        ];
        let ctx = Context::new(None);
        for (code, text) in cases {
            let raw = RawRecord {
                id: code.into(),
                location: crate::model::Location { file: "t".into(), line: None, index: Some(0) },
                title: None,
                provider: None,
                text: text.into(),
                meta: Vec::new(),
                encoding: "utf-8",
                warnings: Vec::new(),
            };
            let p = process_record(raw, &ctx);
            assert_eq!(
                (p.lang.code(), p.lang_reliable),
                (code, true),
                "{text}\nhelp: lang::Detector::other_language"
            );
            assert!(p.statements.iter().all(|s| s.lead.is_none() && s.verbs.is_empty()), "{code}");
            assert_eq!(p.decision.class, crate::classify::Class::C, "{code}");
            assert_eq!(p.decision.reasons.first(), Some(&UNSUPPORTED_LANGUAGE), "{code}");
            assert!(p.decision.path.contains(&format!("language {code} is not supported")));
            assert!(p.profile.counts.iter().all(|n| *n == 0), "{code}");
        }
        // Under English labels, a list of items in the language is a topic list with no verb
        // (B), as for any record whose outcomes have no recognised verb.
        let raw = RawRecord {
            id: "pl2".into(),
            location: crate::model::Location { file: "t".into(), line: None, index: Some(0) },
            title: None,
            provider: None,
            text: format!("What you will learn:\n- {}\n- {}", cases[0].1, cases[0].1),
            meta: Vec::new(),
            encoding: "utf-8",
            warnings: Vec::new(),
        };
        let p = process_record(raw, &ctx);
        assert_eq!(p.lang, Lang::Other("pl"));
        assert_eq!(p.decision.class, crate::classify::Class::B);
        assert_eq!(p.decision.reasons, [UNSUPPORTED_LANGUAGE, "topic_list_no_verbs"]);
        // Too short for whatlang to tell Latin-script languages apart (English tag lists were
        // Latin or Catalan): a guess among the seven, unreliable, as before. Another script,
        // labels aside, too short to name its language: undetermined.
        let d = Detector::new();
        let (guess, reliable) = d.detect("Cele kursu: analiza danych i raport.");
        assert!(guess.supported() && !reliable, "{guess}");
        let cyrillic = "Skill gain: Not specified\nModules: Анализ данных, Отчёт для команды";
        assert_eq!(d.detect(cyrillic), (Lang::Und, false));
        let it = "Al termine del corso lo studente sarà in grado di progettare e valutare \
                  esperimenti, analizzare i dati raccolti e presentare i risultati ai colleghi.";
        assert_eq!(d.detect(it), (Lang::It, true));
        // Codes serialise as written and read back.
        assert_eq!(serde_json::to_string(&Lang::Other("pl")).ok().as_deref(), Some("\"pl\""));
        assert_eq!(serde_json::from_str::<Lang>("\"sv\"").ok(), Some(Lang::Other("sv")));
        assert_eq!(serde_json::from_str::<Lang>("\"en\"").ok(), Some(Lang::En));
        assert!(serde_json::from_str::<Lang>("\"xx\"").is_err());
    }

    fn audited(text: &str) -> Vec<(&'static str, Option<String>)> {
        let raw = RawRecord {
            id: "r".into(),
            location: crate::model::Location { file: "t".into(), line: None, index: Some(0) },
            title: None,
            provider: None,
            text: text.into(),
            meta: Vec::new(),
            encoding: "utf-8",
            warnings: Vec::new(),
        };
        let p = process_record(raw, &Context::new(Some(Lang::En)));
        p.audit.findings.iter().map(|f| (f.element.as_str(), f.value.clone())).collect()
    }

    /// Session-15 second review: whole learning and skills sections were blanked for the
    /// audit, so logistics written there (edX's `Skills` column holds the whole description;
    /// a sentence after an outcome list) were lost; only outcome items, framed outcomes and
    /// tag lists are topics.
    #[test]
    fn review15_logistics_under_learning_and_skills_headings_are_read() {
        let get = |a: &[(&str, Option<String>)], e: &str| {
            a.iter().find(|(n, _)| *n == e).and_then(|(_, v)| v.clone())
        };
        let a = audited(
            "Learning outcomes:\n- Apply regression\n- Evaluate models\nThe course is taught \
             online and assessed by a written exam.",
        );
        assert_eq!(get(&a, "participation").as_deref(), Some("online"));
        assert_eq!(get(&a, "assessment").as_deref(), Some("written"));
        let a = audited(
            "Skills: This course runs over 6 weeks. Grading is based on 6 homework assignments.",
        );
        assert_eq!(get(&a, "assessment").as_deref(), Some("exam"));
        assert!(get(&a, "duration").is_some());
        // Outcome items and tag lists stay topics.
        let a = audited(
            "What you will learn:\n- Create a virtual classroom for your school\nSkills: Project \
             Management, Quality Assurance",
        );
        assert_eq!(get(&a, "participation"), None);
        assert_eq!(get(&a, "quality_assurance"), None);
    }
}
