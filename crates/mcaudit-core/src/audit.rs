//! Metadata completeness: the EU 2022 standard elements (Council Recommendation 2022/C 243/02,
//! Annex I) and ECCOE descriptors, per record (SPEC.md section 4).
//!
//! Guarantees: every record gets one [`Finding`] per [`Element`], in a fixed order, each
//! `present` from a mapped field, `present` from the text (with the value and its byte span
//! in the normalised text), or `absent`; values are normalised (credits as ECTS with CFU counted
//! as ECTS and US credit hours kept apart, hours as a number, EQF 1-8, assessment and
//! participation as controlled codes). Learner identification and date of issuing belong to
//! issued credentials, not descriptions: they are not audited, and the completeness score is over
//! the nine applicable mandatory elements. Pure: no I/O.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::classify::Class;

/// An audited element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Element {
    /// Title (mandatory).
    Title,
    /// Awarding body / provider (mandatory).
    Provider,
    /// Country or region of the issuer (mandatory).
    Country,
    /// Learning outcomes (mandatory).
    LearningOutcomes,
    /// Notional workload in ECTS (mandatory: workload, ECTS where possible).
    Credits,
    /// Workload or duration in hours (counts for the workload element).
    Hours,
    /// EQF / NQF level or cycle (mandatory where applicable).
    EqfLevel,
    /// Type of assessment (mandatory).
    Assessment,
    /// Form of participation (mandatory).
    Participation,
    /// Type of quality assurance (mandatory).
    QualityAssurance,
    /// Language(s) of instruction (ECCOE).
    Language,
    /// Prerequisites / entry requirements (optional).
    Prerequisites,
    /// Duration in weeks or months (ECCOE).
    Duration,
    /// Fees (ECCOE).
    Fees,
    /// Integration / stackability (optional).
    Stackability,
    /// ESCO or ISCED-F references (ECCOE).
    Taxonomy,
}

impl Element {
    /// Every element, in table order.
    pub const ALL: [Element; 16] = [
        Element::Title,
        Element::Provider,
        Element::Country,
        Element::LearningOutcomes,
        Element::Credits,
        Element::Hours,
        Element::EqfLevel,
        Element::Assessment,
        Element::Participation,
        Element::QualityAssurance,
        Element::Language,
        Element::Prerequisites,
        Element::Duration,
        Element::Fees,
        Element::Stackability,
        Element::Taxonomy,
    ];

    /// Name used in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Element::Title => "title",
            Element::Provider => "provider",
            Element::Country => "country",
            Element::LearningOutcomes => "learning_outcomes",
            Element::Credits => "credits",
            Element::Hours => "hours",
            Element::EqfLevel => "eqf_level",
            Element::Assessment => "assessment",
            Element::Participation => "participation",
            Element::QualityAssurance => "quality_assurance",
            Element::Language => "language",
            Element::Prerequisites => "prerequisites",
            Element::Duration => "duration",
            Element::Fees => "fees",
            Element::Stackability => "stackability",
            Element::Taxonomy => "esco_isced",
        }
    }

    /// Mandatory in the 2022 Recommendation for a description (hours count with credits as
    /// the workload element).
    pub fn mandatory(self) -> bool {
        matches!(
            self,
            Element::Title
                | Element::Provider
                | Element::Country
                | Element::LearningOutcomes
                | Element::Credits
                | Element::Hours
                | Element::EqfLevel
                | Element::Assessment
                | Element::Participation
                | Element::QualityAssurance
        )
    }
}

/// Where an element was found.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A mapped field holds it (the field's element name).
    Field(String),
    /// The text states it, at this byte span.
    Text(Range<usize>),
    /// Not found.
    Absent,
}

impl Status {
    /// `field`, `text` or `absent`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Field(_) => "field",
            Status::Text(_) => "text",
            Status::Absent => "absent",
        }
    }
}

/// One element of one record.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// The element.
    pub element: Element,
    /// Present from a field, from the text, or absent.
    pub status: Status,
    /// Normalised value (`6 ECTS`, `120`, `7`, `written,oral`, `online`...).
    pub value: Option<String>,
}

/// A record's audit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Audit {
    /// One finding per element, in [`Element::ALL`] order.
    pub findings: Vec<Finding>,
    /// Share of the nine applicable mandatory elements present (workload = credits or hours).
    pub completeness: f64,
    /// Mandatory elements missing.
    pub missing: Vec<&'static str>,
    /// Contradictions: (code, explanation).
    pub contradictions: Vec<(&'static str, String)>,
}

fn re(s: &str) -> Regex {
    Regex::new(s).expect("valid audit regex (covered by tests)")
}

/// Like [`re`], with ASCII word boundaries: a Unicode `\b` keeps the regex engine off its fast
/// DFA on non-ASCII text (the audit ran at 9 MB/s with it). Only for patterns whose every `\b`
/// touches an ASCII letter or digit of the pattern (numbers and units, names that start and end
/// in ASCII). Both boundaries then agree, except for a number glued to an accented letter
/// (`é6 ects`), which the ASCII form also finds; `tests::ascii_boundaries_are_safe` checks the
/// demo corpus. An alternative that starts or ends with a non-ASCII letter is written outside
/// the boundaries (`|évaluation\b`, `|België`), and word cues are searched with [`find_word`],
/// which drops a match glued to an accented letter; `tests::accented_cues_are_found` checks
/// both.
fn re_ascii(s: &str) -> Regex {
    Regex::new(&s.replace(r"\b", r"(?-u:\b)")).expect("valid audit regex (covered by tests)")
}

/// The first match of a word cue `r` (compiled by [`re_ascii`]) that is not glued to a
/// non-ASCII letter or digit: what a Unicode `\b` would give (`verifica` is not found in
/// `verificação`), at the speed of the ASCII form.
fn find_word<'a>(r: &Regex, s: &'a str) -> Option<regex::Match<'a>> {
    let glued = |c: Option<char>| c.is_some_and(|c| !c.is_ascii() && c.is_alphanumeric());
    let mut at = 0;
    while let Some(m) = r.find_at(s, at) {
        if !glued(s[..m.start()].chars().next_back()) && !glued(s[m.end()..].chars().next()) {
            return Some(m);
        }
        at = m.start() + s[m.start()..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

static CREDITS: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:-\s*)?(us credit hours|credit hours|ects(?:[- ]credits?|[- ]punkte)?|cfu|crediti(?: formativi)?|credits? points?|credit points?|leistungspunkte|lp|credits?|crédits?(?: ects)?|créditos?(?: ects)?|studiepunten|sp)\b|\b(ects|cfu|leistungspunkte|credit points|studiepunten|créditos|crediti)\s*[:=]?\s*(\d{1,3}(?:[.,]\d{1,2})?)\b",
    )
});
static HOURS: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(\d{1,4}(?:[.,]\d{1,2})?)\s*(?:-\s*\d{1,4}\s*)?(hours?|hrs?|ore|heures?|stunden|std\.?|horas?|uur|uren|h)\b",
    )
});
static WEEKS: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(\d{1,3})\s*(weeks?|settimane|semaines?|wochen|semanas?|weken|months?|mesi|mois|monate|meses|maanden|days?|giorni|jours|tage|días|dias|dagen)\b",
    )
});
static EQF: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(?:eqf|nqf|qnq|cec|dqr|mec|qeq|nlqf|qf-ehea)[\s-]*(?:level|livello|niveau|nivel|nível|stufe)?[\s:-]*([1-8])\b|\b(?:level|livello|niveau|nivel|nível|stufe)\s+([1-8])\s+(?:of the |del |du |des |de |der )?(?:eqf|qnq|cec|dqr|mec|nlqf)\b|\b(first|second|third|primo|secondo|terzo|premier|deuxième|troisième|primer|segundo|tercer|primeiro|terceiro|eerste|tweede|derde)\s+(?:cycle|ciclo|cycle|zyklus|cyclus)\b|\b(?:dqr|eqf)-niveau\s*([1-8])\b",
    )
});
static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"(?:[€$£]\s?\d[\d.,]*|\b\d[\d.,]*\s?(?:€|eur|euro|euros|usd|\$|chf|gbp)\b|\b(?:free of charge|free course|gratuito|gratuit|kostenlos|gratis|gratuita)\b|\b(?:fees?|tuition|price|prezzo|costo|tarif|prix|gebühr|kosten|precio|preço|inschrijvingsgeld)\s*[:=]\s*\S+)",
    )
});

/// (code, cue regexes) for assessment, most specific first.
static ASSESSMENT: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    vec![
        (
            "written",
            re_ascii(
                r"\b(written (?:exam|examination|test)|exam(?:ination)? (?:is )?written|prova scritta|esame scritto|scritto|examen écrit|schriftliche|klausur|prova escrita|examen escrito|schriftelijk)\w*|épreuve écrite\w*",
            ),
        ),
        (
            "oral",
            re_ascii(
                r"\b(oral (?:exam|examination|presentation)|prova orale|esame orale|orale|examen oral|mündlich\w*|prova oral|mondeling\w*)\b",
            ),
        ),
        (
            "practical",
            re_ascii(
                r"\b(practical (?:exam|test|assessment|work)|lab(?:oratory)? (?:work|report)s?|prova pratica|travaux pratiques|praktikum|praktische prüfung|prácticas|práticas|praktijk\w*)\b",
            ),
        ),
        (
            "project",
            re_ascii(
                r"\b(projects?|capstone|progett[oi]|projets?|projekt\w*|proyectos?|projetos?|projectwerk|hausarbeit|term paper|tesina|relazione|relatório)\b",
            ),
        ),
        ("portfolio", re_ascii(r"\b(portfolios?|portfolio)\b")),
        (
            "peer",
            re_ascii(
                r"\b(peer[- ](?:review|reviewed|graded|assessment|feedback)|valutazione tra pari|peer-feedback|evaluación entre pares|avaliação por pares)\b|évaluation par les pairs\b",
            ),
        ),
        (
            "quiz",
            re_ascii(
                r"\b(quiz(?:zes)?|multiple[- ]choice|test a risposta multipla|qcm|questionnaires?|cuestionarios?|questionários?|practice tests?)\b",
            ),
        ),
        (
            "exam",
            re_ascii(
                r"\b(exam(?:ination)?s?|assessments?|graded assignments?|assignments?|esame|esami|prova|prove|verifica|valutazione|examen|prüfung\w*|evaluación|exame|avaliação|provas?|evaluatie|tentamen)\b|évaluation\b",
            ),
        ),
    ]
});

static PARTICIPATION: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    vec![
        (
            "blended",
            re_ascii(
                r"\b(blended|hybrid|ibrid[oa]|hybride|hybrid\w*|híbrid[oa]|semipresencial|gemengd)\b",
            ),
        ),
        (
            "self-paced",
            re_ascii(
                r"\b(self[- ]paced|flexible schedule|at your own pace|in autonomia|im eigenen tempo|a tu ritmo|no seu ritmo|in je eigen tempo)\b|à votre rythme\b",
            ),
        ),
        (
            "online",
            re_ascii(
                r"\b(online|on-line|e-learning|elearning|distance learning|a distanza|en ligne|fernstudium|a distancia|ead|afstandsonderwijs|remote|virtual)\b|à distance\b|à distância\b",
            ),
        ),
        (
            "on-site",
            re_ascii(
                r"\b(on[- ]site|on campus|in person|in-person|face[- ]to[- ]face|classroom|in presenza|présentiel|en présentiel|präsenz\w*|presencial|presencialmente|op de campus|contactonderwijs|lezioni frontali)\b",
            ),
        ),
    ]
});

static QA: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(accredited|accreditation|quality[- ]assur\w+|quality[- ]assured|anvur|ava\b|qualiopi|certifié qualiopi|akkreditiert|akkreditierung|acreditad[oa]|acreditação|acreditación|geaccrediteerd|nvao|equis|aacsb|abet|amba|eqar|enqa|accreditato)",
    )
});
static LANGUAGE: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(?:taught in|language of instruction|course language|language:|lingua(?: del corso| di insegnamento)?\s*:?|langue d'enseignement\s*:?|langue\s*:|unterrichtssprache\s*:?|sprache\s*:|idioma(?: de instrucción)?\s*:?|língua\s*:?|taal\s*:?|instructietaal\s*:?)\s*(english|inglese|italian[oa]?|italian|anglais|français|french|francese|deutsch|german|tedesco|allemand|español|spanish|spagnolo|espagnol|português|portuguese|nederlands|dutch|englisch|inglés|inglês|engels)\b",
    )
});
static PREREQ: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(prerequisites?|pre-requisites?|entry requirements|prior knowledge|prerequisiti|conoscenze preliminari|prérequis|\w*voraussetzung(?:en)?|\w*vorkenntnisse|requisitos previos|prerrequisitos|pré-requisitos|requisitos|vereiste voorkennis|voorkennis|no prior experience|no experience required|nessun prerequisito|aucun prérequis|sin requisitos|sem pré-requisitos|geen voorkennis)\b",
    )
});
static STACK: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(stackable|stackability|credit towards|counts? towards|transfer(?:able)? credits?|recognised towards|recognized towards|riconoscimento crediti|riconosciut[oi]|anrechenbar\w*|anrechnung|reconocimiento de créditos|aproveitamento|convalid\w*|part of the [\w ]{1,40} (?:specialization|program|programme|certificate|degree))\b",
    )
});
static TAXONOMY: LazyLock<Regex> = LazyLock::new(|| re_ascii(r"\b(esco|isced(?:-f)?)\b"));
static COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(Italy|Italia|France|Germany|Deutschland|Spain|España|Portugal|Belgium|Belgique|Netherlands|Nederland|Austria|Ireland|Finland|Sweden|Denmark|Poland|Greece|Czechia|Hungary|Romania|Bulgaria|Croatia|Slovenia|Slovakia|Estonia|Latvia|Lithuania|Luxembourg|Malta|Cyprus|Switzerland|Schweiz|United Kingdom|Scotland|England|Brazil|Brasil|United States|USA|Australia|Canada|India)\b|België|Österreich\b",
    )
});
/// What must stand right before a country name for it to be the provider's or the course's
/// place: a location phrase (`based in`, `held in`, `campus in`) or a label (`Country:`,
/// `Sede:`). A country named in the course's topic (`Medieval Spain`, `racism in the United
/// States`) has neither.
static COUNTRY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:(?i:\b(?:based|located|headquartered|situated|offered|taught|delivered|hosted|campus(?:es)?|sede|situ[ée]e?|ansässig|gevestigd|localizad[ao]|ubicad[ao])\s+(?:in|at|en|em|a|à|au|aux|in der|im|op)\s+(?:the\s+)?)|(?i:\b(?:course|programme|program|classes|lectures|workshops?|modules?|sessions?|training)\s+(?:is\s+|are\s+|will\s+be\s+)?held\s+(?:in|at)\s+(?:the\s+)?)|(?i:\b(?:country|countries|land|paese|pays|país|sede|location|standort|locatie|localização)\s*:\s*))$",
    )
});

/// A city and a comma, or an opening parenthesis, right before a country name that ends its
/// phrase (`Leuven, België.`, `based in Helsinki (Finland)`); in a list (`Brazil, Egypt,
/// France, Israel`) the name is followed by more of it.
static COUNTRY_AFTER_CITY: LazyLock<Regex> =
    LazyLock::new(|| re(r"(\p{Lu}[\p{L}'.-]+)(?:,\s*|\s*\(\s*)$"));

/// The first country name in `text` that names a place of the course or its provider (see
/// [`COUNTRY_BEFORE`], [`COUNTRY_AFTER_CITY`]).
fn country_in(text: &str) -> Option<Range<usize>> {
    let glued = |c: Option<char>| c.is_some_and(|c| !c.is_ascii() && c.is_alphanumeric());
    COUNTRY.find_iter(text).map(|m| m.range()).find(|r| {
        let from = (0..=r.start.saturating_sub(60)).rev().find(|&i| text.is_char_boundary(i));
        let before = &text[from.unwrap_or(0)..r.start];
        let next = text[r.end..].trim_start_matches([' ', '\t']).chars().next();
        !glued(text[..r.start].chars().next_back())
            && !glued(text[r.end..].chars().next())
            && (COUNTRY_BEFORE.is_match(before)
                // The place before it is a name, not another country of a list (`Brazil,
                // Egypt, France, Italy.`) nor a lowercase word (`national (USA)`).
                || COUNTRY_AFTER_CITY.captures(before).is_some_and(|c| {
                    c.get(1).is_some_and(|w| find_word(&COUNTRY, w.as_str()).is_none())
                }) && next.is_none_or(|c| matches!(c, '.' | ')' | ';' | '\n')))
    })
}

static NAME: LazyLock<Regex> = LazyLock::new(|| re(r"^\p{Lu}[\w&.' -]{2,80}"));
static PROVIDER: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(?:offered by|provided by|delivered by|awarded by|erogato da|offerto da|proposé par|délivré par|angeboten von|ofrecido por|oferecido por|aangeboden door)\s+",
    )
});

/// `text` lowercased char by char where that keeps each char's UTF-8 length, so byte spans
/// found in the result are spans of `text` (cue regexes are lowercase and case-sensitive: much
/// faster than case-insensitive matching with Unicode word boundaries).
pub fn lower_same_len(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) if x.len_utf8() == c.len_utf8() => out.push(x),
            _ => out.push(c),
        }
    }
    out
}

/// Parses a number with a comma or point as decimal separator.
fn number(s: &str) -> Option<f64> {
    s.replace(',', ".").parse::<f64>().ok()
}

fn fmt_num(x: f64) -> String {
    if (x - x.round()).abs() < 1e-9 { format!("{}", x.round() as i64) } else { format!("{x}") }
}

/// Credits from a piece of text: (ECTS or None when US credit hours, value text, span).
fn credits_in(s: &str) -> Option<(Option<f64>, String, Range<usize>)> {
    for c in CREDITS.captures_iter(s) {
        let whole = c.get(0)?;
        let (num, unit) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
            (Some(n), Some(u), _, _) => (n.as_str(), u.as_str().to_lowercase()),
            (_, _, Some(u), Some(n)) => (n.as_str(), u.as_str().to_lowercase()),
            _ => continue,
        };
        let n = number(num)?;
        if unit.contains("hour") {
            return Some((None, format!("{} us-credit-hours", fmt_num(n)), whole.range()));
        }
        // A bare `credits`/`sp`/`lp` with a number over 60 is not a course's ECTS.
        if n <= 0.0 || n > 60.0 {
            continue;
        }
        return Some((Some(n), format!("{} ECTS", fmt_num(n)), whole.range()));
    }
    None
}

fn hours_in(s: &str) -> Option<(f64, Range<usize>)> {
    HOURS.captures_iter(s).find_map(|c| {
        let n = number(c.get(1)?.as_str())?;
        let unit = c.get(2)?.as_str();
        // `h` alone is accepted only right after a number of at least 2 digits (`30h`, `120 h`).
        if unit.eq_ignore_ascii_case("h") && n < 10.0 {
            return None;
        }
        (n > 0.0 && n <= 5000.0).then(|| (n, c.get(0).map_or(0..0, |m| m.range())))
    })
}

fn eqf_in(s: &str) -> Option<(String, Range<usize>)> {
    let c = EQF.captures(s)?;
    let whole = c.get(0)?;
    if let Some(n) = c.get(1).or(c.get(2)).or(c.get(4)) {
        return Some((n.as_str().to_string(), whole.range()));
    }
    let cycle = c.get(3)?.as_str().to_lowercase();
    let n = match cycle.as_str() {
        "first" | "primo" | "premier" | "primer" | "primeiro" | "eerste" => "6",
        "second" | "secondo" | "deuxième" | "segundo" | "tweede" => "7",
        _ => "8",
    };
    Some((n.to_string(), whole.range()))
}

fn codes_in(s: &str, table: &[(&'static str, Regex)]) -> Option<(String, Range<usize>)> {
    let mut codes: Vec<&str> = Vec::new();
    let mut first: Option<Range<usize>> = None;
    for (code, r) in table {
        if let Some(m) = find_word(r, s) {
            // The generic `exam` only when nothing more specific was found.
            if *code == "exam" && !codes.is_empty() {
                continue;
            }
            codes.push(code);
            if first.as_ref().is_none_or(|f| m.start() < f.start) {
                first = Some(m.range());
            }
        }
    }
    codes.sort_unstable();
    first.map(|f| (codes.join(","), f))
}

/// Inputs of the audit for one record.
pub struct AuditInput<'a> {
    /// Normalised text.
    pub text: &'a str,
    /// Title field.
    pub title: Option<&'a str>,
    /// Provider field.
    pub provider: Option<&'a str>,
    /// (element, value) pairs from mapped fields.
    pub meta: &'a [(String, String)],
    /// The class decided for the record.
    pub class: Class,
}

/// Audits one record.
pub fn audit(input: &AuditInput<'_>) -> Audit {
    let original = input.text;
    let lower = lower_same_len(original);
    let text = lower.as_str();
    let field = |names: &[&str]| {
        input
            .meta
            .iter()
            .find(|(e, v)| names.contains(&e.as_str()) && !v.trim().is_empty())
            .map(|(e, v)| (e.clone(), lower_same_len(v)))
    };
    let mut findings = Vec::with_capacity(Element::ALL.len());
    let mut contradictions = Vec::new();
    let absent = |element| Finding { element, status: Status::Absent, value: None };
    let from_text = |element, span: Range<usize>, value: String| Finding {
        element,
        status: Status::Text(span),
        value: Some(value),
    };
    let from_field = |element, name: String, value: String| Finding {
        element,
        status: Status::Field(name),
        value: Some(value),
    };

    for element in Element::ALL {
        let f = match element {
            Element::Title => match input.title {
                Some(t) if !t.trim().is_empty() => {
                    from_field(element, "title".into(), t.trim().to_string())
                }
                _ => absent(element),
            },
            Element::Provider => {
                let in_text = PROVIDER.find(text).and_then(|cue| {
                    NAME.find(&original[cue.end()..])
                        .map(|m| cue.end() + m.start()..cue.end() + m.end())
                });
                match (input.provider, in_text) {
                    (Some(p), _) if !p.trim().is_empty() => {
                        from_field(element, "provider".into(), p.trim().to_string())
                    }
                    (_, Some(r)) => from_text(element, r.clone(), original[r].trim().to_string()),
                    _ => absent(element),
                }
            }
            Element::Country => match (field(&["country"]), country_in(original)) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(r)) => from_text(element, r.clone(), original[r].to_string()),
                _ => absent(element),
            },
            Element::LearningOutcomes => match input.class {
                Class::A => Finding {
                    element,
                    status: Status::Field("class".into()),
                    value: Some("A (well-structured)".into()),
                },
                Class::B => Finding {
                    element,
                    status: Status::Field("class".into()),
                    value: Some("B (unstructured)".into()),
                },
                Class::C => absent(element),
            },
            Element::Credits => {
                let in_field = field(&["credits"]).and_then(|(n, v)| {
                    credits_in(&v)
                        .or_else(|| {
                            number(v.trim())
                                .map(|x| (Some(x), format!("{} ECTS", fmt_num(x)), 0..0))
                        })
                        .map(|c| (n, c))
                });
                let in_text = credits_in(text);
                if let (Some((_, (Some(a), _, _))), Some((Some(b), _, span))) =
                    (&in_field, &in_text)
                    && (a - b).abs() > 0.01
                {
                    contradictions.push((
                        "credits_mismatch",
                        format!(
                            "the credits field says {} ECTS but the text says {} ({:?})",
                            fmt_num(*a),
                            fmt_num(*b),
                            &original[span.clone()]
                        ),
                    ));
                }
                match (in_field, in_text) {
                    (Some((n, (_, v, _))), _) => from_field(element, n, v),
                    (None, Some((_, v, span))) => from_text(element, span, v),
                    _ => absent(element),
                }
            }
            Element::Hours => {
                let in_field = field(&["hours"]).and_then(|(n, v)| {
                    hours_in(&v).map(|h| h.0).or_else(|| number(v.trim())).map(|h| (n, h))
                });
                let in_text = hours_in(text);
                if let (Some((_, a)), Some((b, span))) = (&in_field, &in_text)
                    && (a - b).abs() > 0.01
                {
                    contradictions.push((
                        "hours_mismatch",
                        format!(
                            "the hours field says {} but the text says {:?}",
                            fmt_num(*a),
                            &original[span.clone()]
                        ),
                    ));
                }
                match (in_field, in_text) {
                    (Some((n, h)), _) => from_field(element, n, fmt_num(h)),
                    (None, Some((h, span))) => from_text(element, span, fmt_num(h)),
                    _ => absent(element),
                }
            }
            Element::EqfLevel => match (
                field(&["level"]).and_then(|(n, v)| eqf_in(&v).map(|e| (n, e.0))),
                eqf_in(text),
            ) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some((v, span))) => from_text(element, span, v),
                _ => absent(element),
            },
            Element::Assessment => match (
                field(&["assessment"]).map(|(n, v)| {
                    (n, codes_in(&v, &ASSESSMENT).map_or_else(|| "exam".to_string(), |c| c.0))
                }),
                codes_in(text, &ASSESSMENT),
            ) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some((v, span))) => from_text(element, span, v),
                _ => absent(element),
            },
            Element::Participation => match (
                field(&["mode"]).and_then(|(n, v)| codes_in(&v, &PARTICIPATION).map(|c| (n, c.0))),
                codes_in(text, &PARTICIPATION),
            ) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some((v, span))) => from_text(element, span, v),
                _ => absent(element),
            },
            Element::QualityAssurance => match (field(&["quality_assurance"]), QA.find(text)) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(m)) => from_text(element, m.range(), m.as_str().to_string()),
                _ => absent(element),
            },
            Element::Language => match (field(&["language"]), LANGUAGE.captures(text)) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(c)) => match (c.get(0), c.get(1)) {
                    (Some(w), Some(l)) => from_text(element, w.range(), l.as_str().to_lowercase()),
                    _ => absent(element),
                },
                _ => absent(element),
            },
            Element::Prerequisites => match (field(&["prerequisites"]), PREREQ.find(text)) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(m)) => from_text(element, m.range(), m.as_str().to_lowercase()),
                _ => absent(element),
            },
            Element::Duration => match (field(&["duration"]), WEEKS.find(text)) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(m)) => from_text(element, m.range(), m.as_str().to_lowercase()),
                _ => absent(element),
            },
            Element::Fees => match (field(&["fees"]), MONEY.find(text)) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(m)) => from_text(element, m.range(), original[m.range()].to_string()),
                _ => absent(element),
            },
            Element::Stackability => match (field(&["stackability"]), STACK.find(text)) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(m)) => from_text(element, m.range(), m.as_str().to_lowercase()),
                _ => absent(element),
            },
            Element::Taxonomy => match (field(&["esco", "isced"]), find_word(&TAXONOMY, text)) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(m)) => from_text(element, m.range(), m.as_str().to_uppercase()),
                _ => absent(element),
            },
        };
        findings.push(f);
    }
    // Workload consistency: 25-30 hours per ECTS; "far outside" is below 15 or above 45.
    let value = |e: Element| findings.iter().find(|f| f.element == e).and_then(|f| f.value.clone());
    if let (Some(c), Some(h)) = (value(Element::Credits), value(Element::Hours))
        && let (Some(ects), Some(hours)) = (c.strip_suffix(" ECTS").and_then(number), number(&h))
        && ects > 0.0
    {
        let per = hours / ects;
        if !(15.0..=45.0).contains(&per) {
            contradictions.push((
                "hours_per_ects",
                format!(
                    "{} hours for {} ECTS is {:.1} hours per ECTS (expected 25-30)",
                    fmt_num(hours),
                    fmt_num(ects),
                    per
                ),
            ));
        }
    }
    let present =
        |e: Element| findings.iter().any(|f| f.element == e && f.status != Status::Absent);
    let mandatory = [
        ("title", present(Element::Title)),
        ("provider", present(Element::Provider)),
        ("country", present(Element::Country)),
        ("learning_outcomes", present(Element::LearningOutcomes)),
        ("workload", present(Element::Credits) || present(Element::Hours)),
        ("eqf_level", present(Element::EqfLevel)),
        ("assessment", present(Element::Assessment)),
        ("participation", present(Element::Participation)),
        ("quality_assurance", present(Element::QualityAssurance)),
    ];
    let n_present = mandatory.iter().filter(|m| m.1).count();
    let missing = mandatory.iter().filter(|m| !m.1).map(|m| m.0).collect();
    Audit {
        findings,
        completeness: n_present as f64 / mandatory.len() as f64,
        missing,
        contradictions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The patterns compiled with ASCII word boundaries find exactly what their Unicode form
    /// finds, on the demo corpus (seven languages) and on accented edge cases.
    #[test]
    fn ascii_boundaries_are_safe() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sample");
        let mut texts = vec![
            "6 crédits ects, 25 heures; 3 créditos; 120 horas. niveau 6 du cec. präsenz 30 stunden"
                .to_string(),
            "prérequis: aucun; língua: português; accreditato anvur; gebühr: 300 €; 2ª edição"
                .to_string(),
        ];
        texts.push(std::fs::read_to_string(root.join("catalogue.csv")).expect("demo catalogue"));
        for e in std::fs::read_dir(root.join("pages")).expect("demo pages").flatten() {
            texts.push(
                String::from_utf8_lossy(&std::fs::read(e.path()).expect("page")).into_owned(),
            );
        }
        let statics: [(&str, &Regex); 10] = [
            ("credits", &CREDITS),
            ("hours", &HOURS),
            ("weeks", &WEEKS),
            ("eqf", &EQF),
            ("money", &MONEY),
            ("qa", &QA),
            ("language", &LANGUAGE),
            ("prereq", &PREREQ),
            ("stack", &STACK),
            ("provider", &PROVIDER),
        ];
        let tables = ASSESSMENT.iter().chain(PARTICIPATION.iter()).map(|(c, r)| (*c, r));
        let more = [("taxonomy", &*TAXONOMY), ("country", &*COUNTRY)];
        for (name, fast) in statics.into_iter().chain(tables).chain(more) {
            let unicode = Regex::new(&fast.as_str().replace(r"(?-u:\b)", r"\b")).expect("regex");
            for t in &texts {
                let t = t.to_lowercase();
                let a: Vec<_> = fast.find_iter(&t).map(|m| m.range()).collect();
                let b: Vec<_> = unicode.find_iter(&t).map(|m| m.range()).collect();
                assert_eq!(a, b, "{name} differs with ASCII boundaries");
            }
        }
    }

    #[test]
    fn accented_cues_are_found() {
        let lower = |t: &str| lower_same_len(t);
        for (text, table, want) in [
            ("Épreuve écrite de deux heures.", &ASSESSMENT, "written"),
            ("Évaluation par les pairs des projets.", &ASSESSMENT, "peer,project"),
            ("Une évaluation finale.", &ASSESSMENT, "exam"),
            ("Formation à votre rythme.", &PARTICIPATION, "self-paced"),
            ("Cours à distance.", &PARTICIPATION, "online"),
            ("Curso à distância.", &PARTICIPATION, "online"),
            ("Curso híbrido.", &PARTICIPATION, "blended"),
        ] {
            let got = codes_in(&lower(text), table).map(|c| c.0);
            assert_eq!(got.as_deref(), Some(want), "{text}");
        }
        for text in ["Wien, Österreich.", "Leuven, België."] {
            assert!(find_word(&COUNTRY, text).is_some(), "{text}");
        }
        // A cue glued to an accented letter is part of another word.
        for (text, table) in [
            ("verificação dos cálculos.", &ASSESSMENT),
            ("réévaluation des besoins.", &ASSESSMENT),
            ("onlineé", &PARTICIPATION),
        ] {
            assert_eq!(codes_in(text, table), None, "{text}");
        }
    }

    fn run(text: &str, meta: &[(&str, &str)]) -> Audit {
        let meta: Vec<(String, String)> =
            meta.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        audit(&AuditInput { text, title: Some("T"), provider: None, meta: &meta, class: Class::A })
    }

    fn value(a: &Audit, e: Element) -> (&'static str, Option<String>) {
        let f = a.findings.iter().find(|f| f.element == e).expect("every element");
        (f.status.as_str(), f.value.clone())
    }

    #[test]
    fn credits_in_seven_languages() {
        for (text, want) in [
            ("6 ECTS", "6 ECTS"),
            ("Crediti: 3 CFU", "3 ECTS"),
            ("5 crediti formativi", "5 ECTS"),
            ("Leistungspunkte: 10", "10 ECTS"),
            ("4 créditos ECTS", "4 ECTS"),
            ("2,5 crédits ECTS", "2.5 ECTS"),
            ("6 studiepunten", "6 ECTS"),
            ("3 credit hours", "3 us-credit-hours"),
        ] {
            assert_eq!(
                value(&run(text, &[]), Element::Credits),
                ("text", Some(want.into())),
                "{text}"
            );
        }
    }

    #[test]
    fn hours_eqf_assessment_participation() {
        let a = run(
            "120 ore, livello EQF 7, esame scritto e orale, in presenza o online. Accreditato ANVUR.",
            &[],
        );
        assert_eq!(value(&a, Element::Hours).1.as_deref(), Some("120"));
        assert_eq!(value(&a, Element::EqfLevel).1.as_deref(), Some("7"));
        assert_eq!(value(&a, Element::Assessment).1.as_deref(), Some("oral,written"));
        assert_eq!(value(&a, Element::Participation).1.as_deref(), Some("on-site,online"));
        assert_eq!(value(&a, Element::QualityAssurance).0, "text");
        let b = run(
            "Niveau 6 du CEC. Formation en présentiel, 25 heures. Évaluation par les pairs.",
            &[],
        );
        assert_eq!(value(&b, Element::EqfLevel).1.as_deref(), Some("6"));
        assert_eq!(value(&b, Element::Assessment).1.as_deref(), Some("peer"));
        assert_eq!(value(&b, Element::Hours).1.as_deref(), Some("25"));
    }

    /// Session-14 review: any country name counted as the country element (all 41 text hits on
    /// Coursera were topics: `Medieval Spain`, `racism in the United States`), and the word
    /// `keine` anywhere as prerequisites (`Es gibt keine Anwesenheitspflicht`).
    #[test]
    fn review14_country_and_prerequisite_cues_need_their_context() {
        for text in [
            "The history of Medieval Spain and its kingdoms.",
            "Racism in the United States since 1865.",
            "Sanità pubblica in Italia: storia e organizzazione.",
            // Second review: a list's last country, a parenthesis after a lowercase word.
            "Countries of focus include Brazil, Egypt, France, Italy.",
            "The national (USA) and international policies.",
            "The history of elections held in the United States.",
        ] {
            assert_eq!(value(&run(text, &[]), Element::Country), ("absent", None), "{text}");
        }
        for (text, want) in [
            ("The course is offered in Italy by the university.", "Italy"),
            ("Universität Wien, Österreich.", "Österreich"),
            ("Country: Portugal", "Portugal"),
            ("The course is held in Italy every spring.", "Italy"),
            ("Università degli Studi di Brescia (Italia)", "Italia"),
        ] {
            assert_eq!(
                value(&run(text, &[]), Element::Country),
                ("text", Some(want.into())),
                "{text}"
            );
        }
        let a = run("Es gibt keine Anwesenheitspflicht.", &[]);
        assert_eq!(value(&a, Element::Prerequisites), ("absent", None));
        let a = run("Keine Vorkenntnisse erforderlich.", &[]);
        assert_eq!(value(&a, Element::Prerequisites).0, "text");
        // Second review: German compounds (`Teilnahmevoraussetzungen: keine`) had only been
        // found through `keine`.
        for text in ["Teilnahmevoraussetzungen: keine", "Zugangsvoraussetzungen: keine"] {
            assert_eq!(value(&run(text, &[]), Element::Prerequisites).0, "text", "{text}");
        }
    }

    #[test]
    fn fields_win_and_contradictions_are_flagged() {
        let a = run(
            "The module is worth 3 CFU and takes 300 hours.",
            &[("credits", "5"), ("mode", "Flexible schedule")],
        );
        assert_eq!(value(&a, Element::Credits), ("field", Some("5 ECTS".into())));
        assert_eq!(value(&a, Element::Participation), ("field", Some("self-paced".into())));
        let codes: Vec<&str> = a.contradictions.iter().map(|c| c.0).collect();
        assert_eq!(codes, ["credits_mismatch", "hours_per_ects"]);
    }

    #[test]
    fn completeness_over_nine_elements() {
        let a = run("", &[]);
        assert!(
            (a.completeness - 2.0 / 9.0).abs() < 1e-9,
            "title and outcomes only: {}",
            a.completeness
        );
        assert!(a.missing.contains(&"workload") && a.missing.contains(&"quality_assurance"));
    }
}
