//! Metadata completeness: the EU 2022 standard elements (Council Recommendation 2022/C 243/02,
//! Annex I) and ECCOE descriptors, per record (SPEC.md section 4).
//!
//! Guarantees: every record gets one [`Finding`] per [`Element`], in a fixed order, each `present`
//! from a mapped field, `present` from the text (with the value and its byte span in the normalised
//! text), or `absent`; values are normalised (credits as ECTS with CFU counted as ECTS and US
//! credit hours kept apart, hours as a total number, EQF 1-8, assessment and participation as
//! controlled codes). A weekly rate of hours is a total only with its weeks (`3 hours per week
//! for 10 weeks`: 30; the weeks of the sentence, else of the duration element), and is otherwise
//! kept as a rate (`3 per week`), which no hours comparison uses. A range of hours (`20-25
//! hours`, `20–25`, `20 to 25`, `between 20 and 25`, `da 3 a 5 ore`) is kept as a range
//! (`20-25`, `3-5 per week`): SPEC.md section 4 asks for the *notional* workload, an estimate,
//! and a range states it as the provider gives it, where its first, last or middle figure would
//! each claim a precision the description does not have (its first figure was taken when written
//! with a hyphen, its last with a dash or a word, before session 23). A weekly range times its
//! weeks multiplies bound by bound (`3-5 hours per week for 10 weeks`: `30-50`; `for 8-10
//! weeks`: `24-50`), and the comparisons flag a range only when none of its values fits
//! (`hours_mismatch` when the field's and the text's ranges share no value, `hours_per_ects` when
//! the whole range per ECTS lies outside 15-45). Text cues of how the course is run (assessment, participation, quality assurance,
//! provider, fees, duration) are not looked for inside the record's learning outcomes and skill
//! tags ([`AuditInput::topics`]), nor when a negation precedes them in their clause, nor when an exam
//! is one the course prepares for (`the PMP exam`), nor when an evaluation is a subject (`evaluación económica`, `valutazione dei rischi`: not the learner's
//! assessment), and each needs its context (a word of teaching, of price, of length; a clock time
//! is no workload, an access period no duration, a programme's credits
//! (`60-LP-Modulangebot`) not the module's); a mapped field holding a placeholder or `none` states nothing, and so does a
//! label in the text whose value is one (`Assessment: none.`, `Prüfung: keine`, a `--text` column
//! written `exam: TODO`), but for prerequisites, where `none` is the information; a label is
//! evidence only with its value, and its span then covers the value. Learner identification and
//! date of issuing belong to issued credentials, not descriptions: they are not audited, and the
//! completeness score is over the nine applicable mandatory elements, the findings whose
//! [`Element::mandatory`] is true and the names [`Audit::missing`] uses (the workload is one of
//! them, stated by credits or hours). Pure: no I/O.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use crate::classify::Class;
use crate::gate::Gate;

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
    /// Notional workload (mandatory: "notional workload, ECTS where possible"): present when
    /// [`Element::Credits`] or [`Element::Hours`] is, with the credits' value and evidence
    /// first.
    Workload,
    /// ECTS credit points (ECCOE; one of the two ways to state the workload).
    Credits,
    /// Workload in hours (ECCOE; the other way to state the workload).
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
    pub const ALL: [Element; 17] = [
        Element::Title,
        Element::Provider,
        Element::Country,
        Element::LearningOutcomes,
        Element::Workload,
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
            Element::Workload => "workload",
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

    /// Mandatory in the 2022 Recommendation for a description: the nine of SPEC.md section 4
    /// (credits and hours are the two ways of stating the one mandatory [`Element::Workload`]).
    pub fn mandatory(self) -> bool {
        matches!(
            self,
            Element::Title
                | Element::Provider
                | Element::Country
                | Element::LearningOutcomes
                | Element::Workload
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
    /// Share of the nine applicable mandatory elements present (workload = credits or hours),
    /// from 0 to 1.
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
        r"\b(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:-\s*)?(us credit hours|credit[- ]hours?|ects(?:[- ]credits?|[- ]punkte)?|cfu|crediti(?: formativi)?|credits? points?|credit points?|leistungspunkte|lp|credits?|crédits?(?: ects)?|créditos?(?: ects)?|studiepunten|sp)\b|\b(ects|cfu|leistungspunkte|credit points|studiepunten|créditos|crediti)\s*[:=]?\s*(\d{1,3}(?:[.,]\d{1,2})?)\b",
    )
});
static HOURS: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(?:(between|tra|fra|entre|zwischen|tussen)\s+)?(\d{1,4}(?:[.,]\d{1,2})?)\s*(?:(-|–|—|to|a|à|al|bis|tot|até|and|e|et|y|und|en)\s*(\d{1,4}(?:[.,]\d{1,2})?)\s*)?(hours?|hrs?|ore|heures?|stunden|std\.?|horas?|uur|uren|h)\b",
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
        r"(?:[€$£]\s?\d(?:[\d.,]*\d)?|\b\d[\d.,]*\s?(?:€|eur|euro|euros|usd|\$|chf|gbp)\b|\b(?:free of charge|free course|gratuito|gratuit|kostenlos|gratis|gratuita)\b|\b(?:fees?|tuition|price|prezzo|costo|tarif|prix|gebühr|kosten|precio|preço|inschrijvingsgeld)\s*[:=]\s*\S+)",
    )
});

/// (code, cue regexes) for assessment, most specific first.
static ASSESSMENT: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    vec![
        (
            "written",
            re_ascii(
                r"\b(written (?:exam|examination|test)|exam(?:ination)? (?:is )?written|prova scritta|esame scritto|scritt[aeio]|in forma scritta|examen écrit|schriftliche|klausur|prova escrita|examen escrito|schriftelijk)\w*|épreuve écrite\w*",
            ),
        ),
        (
            "oral",
            re_ascii(
                r"\b(oral (?:exam|examination|presentation)|prova orale|esame orale|orale|examen oral|mündlich\w*|vortrag|präsentation|referat|prova oral|mondeling\w*)\b",
            ),
        ),
        (
            "practical",
            re_ascii(
                r"\b(practical (?:exam|test|assessment|work)|lab(?:oratory)? (?:work|report)s?|prova pratica|travaux pratiques|praktikum|praktische prüfung|prácticas de laboratorio|práticas de laboratório|aulas práticas|praktijkopdracht\w*|praktijktoets\w*|praktijkexamen\w*)\b",
            ),
        ),
        (
            "project",
            re_ascii(
                r"\b(capstone|(?:final|course|group|individual|team|graded|guided|hands-on|end[- ]of[- ]course|term|research|applied|practical|mini|class|semester|peer-graded|real-world) projects?|projects? work|project-based|progetto (?:finale|di gruppo|individuale|d'esame)|projet (?:final|de groupe|tutoré|individuel)|projektarbeit\w*|projektbericht\w*|proyecto final|projeto final|projectwerk|projectopdracht\w*|hausarbeit|term paper|tesina|relazione (?:finale|scritta|di laboratorio)|relatório)\b",
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
                r"\b(quiz(?:zes)?|multiple[- ]choice|test a risposta multipla|qcm|cuestionarios?|questionários?|practice tests?)\b",
            ),
        ),
        (
            "exam",
            re_ascii(
                r"\b(exam(?:ination)?s?|assessments?|graded assignments?|assignments?|esame|esami|prova|prove (?:in itinere|intermedie|scritte|orali|finali|pratiche|parziali)|verifica|valutazione|examen|prüfung\w*|evaluación|exame|avaliação|provas?|evaluatie|tentamen)\b|évaluation\b",
            ),
        ),
    ]
});

static PARTICIPATION: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    // Each cue names how the course is followed, not a topic: `virtual`, `remote`, `hybrid`,
    // `classroom` and `face to face` only with a word of teaching after them (`virtual
    // classroom`, not `virtual machine`; `face-to-face sessions`, not `face-to-face
    // communication`), `in presenza` only after a word of teaching (`in presenza di` is
    // `given`).
    const TEACHING: &str = r"(?:classroom|classes|class|courses?|sessions?|lectures?|learning|teaching|campus|format|delivery|events?|workshops?|seminars?|training|instruction|meetings?|programmes?|programs?|study)";
    vec![
        (
            "blended",
            re_ascii(&format!(
                r"\b(blended|hybrid {TEACHING}|ibrid[oa]|hybride|hybrid(?:e|es|en)? (?:lehre|format|veranstaltung\w*|seminar\w*|kurs\w*)|híbrid[oa]|semipresencial|gemengd)\b"
            )),
        ),
        (
            "self-paced",
            re_ascii(
                r"\b(self[- ]paced|flexible schedule|at your own pace|im eigenen tempo|a tu ritmo|no seu ritmo|in je eigen tempo)\b|à votre rythme\b",
            ),
        ),
        (
            "online",
            re_ascii(&format!(
                r"\b((?:online|on-line|virtual|remote) {TEACHING}|online-(?:kurs|seminar|veranstaltung|lehre|vorlesung|format|modul|cursus|opleiding)\w*|(?:delivered|taught|held|offered|available|run|entirely|fully|completely|100%|100 %|100 percent|study|studied|learn) (?:online|virtually|remotely)|fully[- ]online|(?:format|mode of delivery|delivery mode|delivery|location|mode|modalità|modalidad|modalidade|lernform|modus|vorm|modalité)\s*:\s*(?:fully |100% |100 % )?(?:online|on-line)|(?:in presenza|in person|in-person|on-site|on campus|présentiel|presencial|präsenz|face-to-face) (?:o|e|ed|or|and|ou|oder|und|y|en|of) online|online (?:o|e|ed|or|and|ou|oder|und|y|en|of) (?:in presenza|in person|in-person|on-site|on campus|en présentiel|presencial|in präsenz|face-to-face)|e-learning|elearning|distance learning|(?:corso|corsi|didattica|lezioni|modalità|erogat[oa]|formazione) (?:a distanza|online)|en ligne|fernstudium|a distancia|educação a distância|ead|afstandsonderwijs)\b|à distance\b|à distância\b"
            )),
        ),
        (
            "on-site",
            re_ascii(&format!(
                r"\b(on-site|onsite|on campus|in person|in-person|face[- ]to[- ]face {TEACHING}|classroom[- ](?:based|sessions?|training|teaching|courses?|lectures?)|in the classroom|(?:lezioni|didattica|attività|frequenza|corso|modalità|erogat[oa]|svolt[oa]) in presenza|in presenza(?: (?:o|e|ed|oppure|presso)\b|\s*[,.;)/])|présentiel|en présentiel|präsenz\w*|presencial|presencialmente|op de campus|contactonderwijs|lezioni frontali)\b"
            )),
        ),
    ]
});

/// (code, cue regexes) for a mapped mode field: every word of a mode counts there (`Online`,
/// `Burwood campus, OnlineTrimester 2`, `virtual`, `Präsenz`).
/// (code, cue regexes) for a mapped assessment field: the text table and the bare words of a
/// project and of tests, which in such a field name the assessment (`Projetos`, `Avaliações`).
static ASSESSMENT_FIELD: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    ASSESSMENT
        .iter()
        .map(|(code, r)| {
            let extra = match *code {
                "project" => {
                    r"|\b(?:projects?|projetos?|proyectos?|progett[oi]|projets?|projekt\w*)\b"
                }
                "exam" => r"|\b(?:avaliações|avaliacoes|provas|prove|evaluaciones|tests?)\b",
                _ => "",
            };
            (*code, re_ascii(&format!("{}{extra}", r.as_str().replace(r"(?-u:\b)", r"\b"))))
        })
        .collect()
});

static PARTICIPATION_FIELD: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    vec![
        (
            "blended",
            re_ascii(
                r"\b(blended|hybrid\w*|ibrid[oa]|hybride|híbrid[oa]|semipresencial|gemengd)\b",
            ),
        ),
        (
            "self-paced",
            re_ascii(
                r"\b(self[- ]paced|flexible schedule|at your own pace|im eigenen tempo|a tu ritmo|no seu ritmo|in je eigen tempo)\b|à votre rythme\b",
            ),
        ),
        (
            "online",
            re_ascii(
                r"\b(on-?line|e-learning|elearning|distance|a distanza|en ligne|fernstudium|a distancia|ead\b|afstand\w*|remote|virtual)|à distance\b|à distância\b",
            ),
        ),
        (
            "on-site",
            re_ascii(
                r"\b(on[- ]?site|campus|in person|in-person|face[- ]to[- ]face|classroom|in presenza|presenza|présentiel|präsenz\w*|presencial\w*|presential|contactonderwijs|lezioni frontali)\b",
            ),
        ),
    ]
});

static QA: LazyLock<Regex> = LazyLock::new(|| {
    // The credential's own quality assurance (SPEC section 4): accredited or quality-assured
    // by someone, an agency's name; not quality assurance as a topic (`quality assurance and
    // quality control`, `sistemas de acreditación`).
    re_ascii(
        r"\b((?:is|are|fully|officially|nationally|internationally) accredited|accredited (?:by|course|programme|program|provider|training|institution|university|college|degree|certificate)|accreditation (?:by|from|body|agency)|quality[- ]assured|quality assurance (?:agency|body|framework|standards? of|by|of the (?:university|institution|provider))|anvur|qualiopi|akkreditiert|akkreditierung|systemakkreditiert|acreditad[oa] (?:por|pela|pelo|ante)|acreditação|geaccrediteerd|nvao|equis|aacsb|abet|amba|eqar|enqa|accreditat[oa] (?:da|dal|dalla|presso)|accrédité(?:e|es|s)? par|certifié qualiopi)\b",
    )
});
static LANGUAGE: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(?:taught in|language of instruction|course language|language:|lingua(?: del corso| di insegnamento)?\s*:?|langue d'enseignement\s*:?|langue\s*:|unterrichtssprache\s*:?|sprache\s*:|idioma(?: de instrucción)?\s*:?|língua\s*:?|taal\s*:?|instructietaal\s*:?)\s*(english|inglese|italian[oa]?|italian|anglais|français|french|francese|deutsch|german|tedesco|allemand|español|spanish|spagnolo|espagnol|português|portuguese|nederlands|dutch|englisch|inglés|inglês|engels)\b",
    )
});
static PREREQ: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(prerequisites?|pre-requisites?|entry requirements|prior knowledge|prerequisiti|conoscenze preliminari|prérequis|\w*voraussetzung(?:en)?|\w*vorkenntnisse|requisitos previos|prerrequisitos|pré-requisitos|requisitos prévios|vereiste voorkennis|voorkennis|no prior experience|no experience required|nessun prerequisito|aucun prérequis|sin requisitos|sem pré-requisitos|geen voorkennis|(?:no|little|little to no|little or no|little or even no|basic|some) (?:prior |previous )?(?:experience|knowledge) (?:is |are )?(?:required|needed|necessary|recommended|assumed|expected)|beginners? (?:are )?welcome|no (?:prior |previous )?(?:experience|knowledge) (?:with|of|in)|(?:little|no) (?:to no |or no |or even no )?(?:prior |previous )?experience|(?:knowledge|experience|familiarity)(?: (?:of|with|in) [\w ,.+#-]{1,40})? (?:is|are) (?:required|recommended|assumed|expected|helpful|necessary))\b",
    )
});
static STACK: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(stackable|stackability|credit towards|counts? towards|transfer(?:able)? credits?|recognised towards|recognized towards|riconoscimento crediti|riconosciut[oi]|anrechenbar\w*|anrechnung|reconocimiento de créditos|aproveitamento|convalid\w*|part of the [\w ]{1,40} (?:specialization|program|programme|certificate|degree))\b",
    )
});
static TAXONOMY: LazyLock<Regex> = LazyLock::new(|| re_ascii(r"\b(esco|isced(?:-f)?)\b"));

/// The cue regexes that the regex crate cannot prefilter (each otherwise a lazy DFA over the
/// whole text), each with a search for its literals first (see [`crate::gate`]): most records
/// hold none of them. The others already skip through the text with SIMD.
static GATE: LazyLock<Gate> = LazyLock::new(|| {
    let table = ASSESSMENT.iter().chain(PARTICIPATION.iter());
    let mut regexes: Vec<&'static Regex> = table
        .filter(|(code, _)| matches!(*code, "project" | "online" | "on-site"))
        .map(|(_, r)| r)
        .collect();
    regexes.extend([&*QA, &*PREREQ, &*EQF, &*PROVIDER, &*CREDITS, &*HOURS, &*WEEKS]);
    Gate::new(regexes)
});
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
/// Words of a person (a teacher, an author) in the clause before a place: the place is theirs.
const PERSON_WORDS: &[&str] = &[
    "he",
    "she",
    "his",
    "her",
    "i",
    "my",
    "instructor",
    "teacher",
    "author",
    "trainer",
    "lecturer",
    "professor",
    "docente",
    "enseignant",
    "dozent",
    "dozentin",
    "profesor",
    "professora",
    "docent",
];

fn country_in(text: &str) -> Option<Range<usize>> {
    let glued = |c: Option<char>| c.is_some_and(|c| !c.is_ascii() && c.is_alphanumeric());
    COUNTRY.find_iter(text).map(|m| m.range()).find(|r| {
        let from = (0..=r.start.saturating_sub(60)).rev().find(|&i| text.is_char_boundary(i));
        let before = &text[from.unwrap_or(0)..r.start];
        let next = text[r.end..].trim_start_matches([' ', '\t']).chars().next();
        // A person's place (`He is based in Helsinki (Finland)`, `the instructor lives in`) is
        // not the provider's.
        let clause = window_before(text, r.start, 80).to_lowercase();
        let personal =
            clause.split(|c: char| !c.is_alphanumeric()).any(|w| PERSON_WORDS.contains(&w));
        !glued(text[..r.start].chars().next_back())
            && !glued(text[r.end..].chars().next())
            && !personal
            && (COUNTRY_BEFORE.is_match(before)
                // The place before it is a name, not another country of a list (`Brazil,
                // Egypt, France, Italy.`) nor a lowercase word (`national (USA)`).
                || COUNTRY_AFTER_CITY.captures(before).is_some_and(|c| {
                    c.get(1).is_some_and(|w| find_word(&COUNTRY, w.as_str()).is_none())
                }) && next.is_none_or(|c| matches!(c, '.' | ')' | ';' | '\n')))
    })
}

/// A provider cue: a phrase of offering (`offered by`) or a label opening a line (`Provider:`,
/// `Anbieter:`, `Ente erogatore:`, `Organisme :`, `Proveedor:`, `Instituição:`, `Aanbieder:`).
static PROVIDER: LazyLock<Regex> = LazyLock::new(|| {
    re_ascii(
        r"\b(?:offered by|provided by|delivered by|awarded by|erogato da|offerto da|proposé par|délivré par|angeboten von|ofrecido por|oferecido por|aangeboden door)\s+|\b(?:(?:course |training |education )?provider|awarding body|(?:kurs|bildungs)?anbieter|fornitore|ente erogatore|organisme(?: de formation| formateur)?|proveedor|instituição|institución|aanbieder)[ \t]*:[ \t]*",
    )
});

/// `text` (lowercase) with the byte spans `topics` blanked to spaces, same byte length (spans are
/// statement spans: on char boundaries); `None` when nothing is blanked.
fn blank(text: &str, topics: &[Range<usize>]) -> Option<String> {
    if topics.is_empty() {
        return None;
    }
    let mut bytes = text.as_bytes().to_vec();
    for r in topics {
        let (a, b) = (r.start.min(bytes.len()), r.end.min(bytes.len()));
        if text.is_char_boundary(a) && text.is_char_boundary(b) {
            bytes[a..b].fill(b' ');
        }
    }
    String::from_utf8(bytes).ok()
}

/// Placeholder values of a mapped field: they state nothing (language-neutral, lowercase; the
/// placeholders of `data/lexicons/cues` that fill whole fields, and `0`).
const PLACEHOLDERS: &[&str] = &[
    "-",
    "--",
    "---",
    "?",
    "0",
    "0.0",
    "0,0",
    "n/a",
    "na",
    "n.a.",
    "n/d",
    "nan",
    "null",
    "todo",
    "tbd",
    "tba",
    "to be announced",
    "to be determined",
    "not specified",
    "not available",
    "k.a.",
    "keine angabe",
    "keine angaben",
    "nicht angegeben",
    "entfällt",
    "non specificato",
    "non disponibile",
    "da definire",
    "non précisé",
    "non spécifié",
    "à définir",
    "no especificado",
    "sin especificar",
    "por definir",
    "no aplica",
    "não especificado",
    "a definir",
    "niet gespecificeerd",
    "nvt",
    "n.v.t.",
    "see above",
    "siehe oben",
    "vedi sopra",
    "voir ci-dessus",
    "ver arriba",
    "ver acima",
    "zie boven",
];

/// Values saying there is none (`Keine`, `none`, `not applicable`), in the seven languages.
const NONE_VALUES: &[&str] = &[
    "none",
    "no",
    "nil",
    "not applicable",
    "not required",
    "keine",
    "kein",
    "nein",
    "nicht zutreffend",
    "nicht vorgesehen",
    "nessuno",
    "nessuna",
    "non applicabile",
    "non prevista",
    "non previsto",
    "aucun",
    "aucune",
    "non applicable",
    "sans objet",
    "non prévue",
    "non prévu",
    "ninguno",
    "ninguna",
    "no aplicable",
    "no procede",
    "nenhum",
    "nenhuma",
    "não aplicável",
    "não se aplica",
    "geen",
    "niet van toepassing",
];

fn placeholder(v: &str) -> bool {
    let v = v.trim().trim_end_matches('.').to_lowercase();
    v.is_empty() || PLACEHOLDERS.contains(&v.as_str())
}

fn none_value(v: &str) -> bool {
    let v = v.trim().trim_end_matches('.').to_lowercase();
    NONE_VALUES.contains(&v.as_str())
}

/// Up to two words and a colon right after a cue: the cue is a label (`Assessment:`,
/// `Évaluation :`, `Type of assessment:`, `Prüfungsform:`, `exam:` as `--text` writes a
/// column's name).
static LABEL_AFTER: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:[ \t]+[\p{L}()/]+){0,2}[ \t]*:"));

/// When the cue at `r` in `s` is a label, the byte span of its value: the rest of the label's
/// line, or the next non-blank line when the label ends its line (a heading), trimmed; an empty
/// span at the end of `s` when nothing follows (a bare label). `None` when the cue is no label.
fn label_value(s: &str, r: &Range<usize>) -> Option<Range<usize>> {
    // A label opens its line or clause, after at most three words (`Type of assessment:`,
    // `Course requirements or prerequisites:`).
    if window_before(s, r.start, 60).split_whitespace().count() > 3 {
        return None;
    }
    // A cue that holds its own colon (`fees: \S+`), else a colon after it.
    let colon = match s[r.clone()].find(':') {
        Some(i) => r.start + i,
        None => r.end + LABEL_AFTER.find(&s[r.end..])?.end() - 1,
    };
    // `self-paced:Data Analysis` (a colon glued to the next word) is scraped text, not a label.
    if s[colon + 1..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let mut at = colon + 1;
    loop {
        let line_end = s[at..].find('\n').map_or(s.len(), |i| at + i);
        let line = &s[at..line_end];
        let lead = line.len() - line.trim_start().len();
        let value = at + lead..at + lead + line.trim().len();
        if !value.is_empty() || line_end == s.len() {
            return Some(value);
        }
        at = line_end + 1;
    }
}

/// A cue's span, through its value's first sentence when it is a label (`Assessment: coursework
/// and a viva.`, at most 200 bytes): a label is evidence with its value, never alone.
fn with_value(s: &str, r: Range<usize>) -> Range<usize> {
    let Some(v) = label_value(s, &r) else { return r };
    let text = &s[v.clone()];
    let mut end = text.find(". ").or_else(|| text.find("; ")).map_or(text.len(), |i| i + 1);
    while end > 200 || !text.is_char_boundary(end) {
        end -= 1;
    }
    r.start..(v.start + end).max(r.end)
}

/// Whether a label's value says there is nothing: empty (a bare label), a placeholder (`TODO`,
/// `n/a`, `-`), or, unless `none_counts`, `none` (`Assessment: none.`, `Prüfung: keine`,
/// `Évaluation : aucune (auditeurs libres)`). The first piece of the value decides, up to a
/// bracket, a comma, a semicolon, a dash or a full stop.
fn says_nothing(value: &str, none_counts: bool) -> bool {
    let whole = value.trim();
    // Scraped text puts stray stops after a colon (`Exam Details:. The AWS ...`).
    let rest = whole.trim_start_matches(['.', ',', ';', ' ']);
    let head = rest.split(['(', ',', ';', '–', '—', '.']).next().unwrap_or("").trim();
    placeholder(whole)
        || (!head.is_empty() && placeholder(head))
        || (!none_counts && (none_value(whole) || none_value(head)))
}

/// Words that negate a cue when they stand before it in its clause (`Non è prevista una prova
/// orale`, `This course is not accredited`).
const NEGATIONS: &[&str] = &[
    "not", "no", "without", "never", "n't", "non", "nessun", "nessuna", "senza", "pas", "aucun",
    "aucune", "sans", "kein", "keine", "keinen", "nicht", "ohne", "sin", "ningún", "ninguna",
    "não", "sem", "nenhum", "nenhuma", "geen", "niet", "zonder",
];

/// Up to `n` bytes of `s` before `at`, within the clause (after the last `.`, `;`, `,`, `!`,
/// `?` or line break; a label's colon stays in: `Cost: $500`), on a char boundary.
fn window_before(s: &str, at: usize, n: usize) -> &str {
    let from = (0..=at.saturating_sub(n)).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
    let w = &s[from..at];
    match w.rfind(['.', ';', ',', '\n', '!', '?']) {
        Some(i) => &w[i + 1..],
        None => w,
    }
}

/// Whether the clause before a cue at `at` holds a negation within five words.
fn negated(s: &str, at: usize) -> bool {
    let before = window_before(s, at, 60);
    // Words split at spaces and stripped of punctuation: `non-credit` is no negation.
    before
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(5)
        .any(|w| NEGATIONS.contains(&w) || w.ends_with("n't"))
}

/// The first match of a word cue `r` (see [`find_word`]) that `keep` accepts and, when
/// `negatable`, that no negation precedes. A cue that is a label (`Assessment:`, `exam:`) counts
/// only with a value that states something (see [`says_nothing`]; `none` states the element
/// when `none_counts`, as for prerequisites): `Assessment: none.` and a column `exam` holding
/// `TODO` give nothing, and the cues inside such a value are skipped with it.
fn find_cue<'a>(
    r: &Regex,
    s: &'a str,
    negatable: bool,
    none_counts: bool,
    keep: impl Fn(Range<usize>) -> bool,
) -> Option<regex::Match<'a>> {
    let mut at = 0;
    while at <= s.len() {
        let m = find_word(r, &s[at..])?;
        let range = at + m.start()..at + m.end();
        let empty_label = label_value(s, &range)
            .filter(|v| says_nothing(&s[v.clone()], none_counts))
            .map(|v| v.end);
        if (negatable && negated(s, range.start)) || empty_label.is_some() {
            // Nothing inside a negated cue counts either (`non è prevista una prova orale`
            // holds `orale`), nor inside a value saying there is none.
            at = range.end.max(range.start + 1).max(empty_label.unwrap_or(0));
            while at < s.len() && !s.is_char_boundary(at) {
                at += 1;
            }
            continue;
        }
        if keep(range.clone()) {
            return r.find_at(s, range.start).filter(|x| x.range() == range);
        }
        at = range.start + s[range.start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// Words before an assessment cue that make it a topic's compound (`risk assessment`, `investment
/// portfolio`).
const TOPIC_BEFORE: &[&str] = &[
    "risk",
    "needs",
    "impact",
    "environmental",
    "health",
    "patient",
    "person",
    "credit",
    "threat",
    "vulnerability",
    "nutritional",
    "clinical",
    "geriatric",
    "technology",
    "market",
    "property",
    "investment",
    "asset",
    "stock",
    "financial",
    "product",
    "project",
    "skills",
    "github",
    "economic",
    "economische",
    "policy",
];

/// Words after an assessment cue that make it a topic's compound (`portfolio management`,
/// `project management`).
const TOPIC_AFTER: &[&str] = &[
    "management",
    "manager",
    "managers",
    "optimization",
    "optimisation",
    "theory",
    "construction",
    "selection",
    "planning",
    "lifecycle",
    "methodology",
    "methodologies",
];

/// Words right after an assessment cue that make it a subject taught (`valutazione economica`,
/// `evaluación económica`, `évaluation économique`, `valutazione d'impatto`): an evaluation of
/// something other than the learner.
const TOPIC_ADJ_AFTER: &[&str] = &[
    "economica",
    "economico",
    "economiche",
    "económica",
    "económico",
    "económicas",
    "économique",
    "économiques",
    "econômica",
    "econômico",
    "ökonomische",
    "ökonomischen",
    "ambientale",
    "ambientali",
    "ambiental",
    "environnementale",
    "environnemental",
    "finanziaria",
    "financière",
    "financiera",
    "financeira",
    "aziendale",
    "strategica",
    "stratégique",
    "estratégica",
    "sanitaria",
    "sanitaire",
    "sanitária",
    "clinica",
    "clinique",
    "clínica",
    "psicologica",
    "psychologique",
    "psicológica",
    "nutrizionale",
    "nutritionnelle",
    "nutricional",
    "energetica",
    "énergétique",
    "energética",
    "immobiliare",
    "immobilière",
    "inmobiliaria",
    "imobiliária",
    "sensoriale",
    "sensorielle",
    "sensorial",
    "tecnologica",
    "technologique",
    "tecnológica",
    "impatto",
    "impact",
    "impacto",
];

/// Articles and prepositions between an assessment cue and what is assessed (`valutazione delle
/// politiche`, `évaluation des risques`, `evaluación de los proyectos de inversión`).
const TOPIC_LINKS: &[&str] = &[
    "of", "the", "di", "d", "del", "della", "dello", "dei", "degli", "delle", "l", "de", "des",
    "du", "la", "le", "les", "los", "las", "el", "do", "da", "dos", "das", "van", "het", "der",
];

/// What an assessment cue evaluates when it is a subject, not the learner (`evaluation of
/// policies`, `valutazione dei rischi`, `évaluation des politiques publiques`, `avaliação de
/// impacto`); the learner's learning, knowledge or work (`valutazione dell'apprendimento`,
/// `évaluation des acquis`, `avaliação do aluno`) is none of them.
const TOPIC_HEADS: &[&str] = &[
    "policies",
    "policy",
    "politiche",
    "politica",
    "politiques",
    "politique",
    "políticas",
    "política",
    "beleid",
    "programmes",
    "programs",
    "programmi",
    "programas",
    "risks",
    "rischi",
    "rischio",
    "risques",
    "risque",
    "riesgos",
    "riesgo",
    "riscos",
    "risco",
    "impatto",
    "impact",
    "impacts",
    "impacto",
    "impactos",
    "investments",
    "investimenti",
    "investissements",
    "inversiones",
    "inversión",
    "investimentos",
    "aziende",
    "azienda",
    "imprese",
    "entreprises",
    "entreprise",
    "empresas",
    "empresa",
    "companies",
    "technologies",
    "tecnologie",
    "tecnologías",
    "tecnologias",
    "qualità",
    "qualité",
    "calidad",
    "qualidade",
    "costs",
    "costi",
    "coûts",
    "costos",
    "custos",
    "assets",
    "beni",
    "biens",
    "bienes",
    "bens",
    "products",
    "prodotti",
    "produits",
    "productos",
    "produtos",
    "services",
    "servizi",
    "servicios",
    "serviços",
    "interventions",
    "interventi",
    "intervenciones",
    "intervenções",
    "patients",
    "patient",
    "paziente",
    "pazienti",
    "paciente",
    "pacientes",
    "ciclo",
    "cycle",
    "sostenibilità",
    "durabilité",
    "sostenibilidad",
    "sustentabilidade",
    "sustainability",
];

/// Whether the words after an assessment cue make it a subject taught: an adjective of a field
/// (`evaluación económica`) or, after articles and prepositions, a thing evaluated that is not
/// the learner (`evaluation of policies`, `valutazione dei rischi`).
fn subject_after(after: &str) -> bool {
    let mut words = after.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let Some(first) = words.next() else { return false };
    if TOPIC_ADJ_AFTER.contains(&first) {
        return true;
    }
    if !TOPIC_LINKS.contains(&first) {
        return false;
    }
    words.find(|w| !TOPIC_LINKS.contains(w)).is_some_and(|w| TOPIC_HEADS.contains(&w))
}

/// Words of length before a number of weeks, months or days.
const DURATION_BEFORE: &[&str] = &[
    "duration",
    "lasts",
    "last ",
    "lasting",
    "runs ",
    "run for",
    "time:",
    "takes ",
    "length",
    "over ",
    "spread",
    "for ",
    "durata",
    "dura ",
    "durée",
    "dure ",
    "pendant",
    "dauer",
    "dauert",
    "über ",
    "duración",
    "durante",
    "duração",
    "duur",
    "looptijd",
    "gedurende",
    "weeks:",
    "wochen:",
];

/// Words of access or validity before a number of weeks or months: the period is the learner's
/// access (`access to the videos for 12 months`), not the course's duration.
const ACCESS_BEFORE: &[&str] = &[
    "access",
    "accesso",
    "accès",
    "zugang",
    "zugriff",
    "acceso",
    "acesso",
    "toegang",
    "valid",
    "valable",
    "gültig",
    "geldig",
    "subscription",
    "abbonamento",
    "abonnement",
    "suscripción",
    "assinatura",
    "licence",
    "license",
    "lizenz",
];

/// Words that, before an amount, make it a salary, an income or an exam's cost rather than the
/// course's fee.
const SALARY_BEFORE: &[&str] = &[
    "earn",
    "salar",
    "income",
    "paid",
    "worth",
    "market",
    "revenue",
    "raised",
    "make ",
    "making",
    "exam",
    "voucher",
    "avg",
    "average",
    "annual",
    "per annum",
];

/// Words of price before an amount (in the same clause).
const FEE_BEFORE: &[&str] = &[
    // `cost` and `pay` only as a label or of the course (`Cost: $500`, `the course costs`):
    // `these practice tests cost 20 USD` is someone else's price.
    "fee",
    "tuition",
    "price",
    "cost:",
    "costs:",
    "course costs",
    "course cost",
    "priced",
    "certificate costs",
    "certificate cost",
    "cost to convert",
    "cost to ",
    "enrol",
    "register",
    "pay for",
    "for only",
    "just ",
    "prezzo",
    "costo:",
    "quota",
    "tarif",
    "prix",
    "gebühr",
    "kosten:",
    "preis",
    "precio",
    "matrícula",
    "preço",
    "custo:",
    "inschrijvingsgeld",
    "prijs",
    "kostprijs",
];

/// The assessment from the mapped fields: the first whose value names a kind of assessment
/// (codes), else `other` for a field that states one in words the codes do not name; fields
/// holding a placeholder or `none` state none.
fn assessment_field(meta: &[(String, String)]) -> Option<(String, String)> {
    let fields: Vec<&(String, String)> = meta
        .iter()
        .filter(|(e, v)| e == "assessment" && !placeholder(v) && !none_value(v))
        .collect();
    fields
        .iter()
        .find_map(|(e, v)| {
            codes_in(&lower_same_len(v), &ASSESSMENT_FIELD).map(|c| (e.clone(), c.0))
        })
        .or_else(|| fields.first().map(|(e, _)| (e.clone(), "other".to_string())))
}

/// A provider named in the text: a cue (`offered by`) about the course itself (a word for the
/// course before it in the clause) followed by a name of capitalised words.
fn provider_in(original: &str, cues: &str) -> Option<Range<usize>> {
    const COURSE: &[&str] = &[
        "course",
        "programme",
        "program",
        "certificate",
        "credential",
        "badge",
        "module",
        "training",
        "specialization",
        "specialisation",
        "this",
        "corso",
        "cours",
        "formation",
        "kurs",
        "curso",
        "cursus",
        "opleiding",
        "modul",
    ];
    for cue in PROVIDER.find_iter(cues) {
        let before = window_before(cues, cue.start(), 60);
        // `Offered by Harvard University.` opens its clause: it is the course's.
        let opens = before.trim().is_empty();
        // A label (`Provider: Ashcombe Business School`, `Anbieter: ...`) opening its clause:
        // its value up to the end of the line or sentence is the name, whatever its case.
        if cues[cue.range()].contains(':') {
            if !opens {
                continue;
            }
            let rest = &original[cue.end()..];
            let end = [rest.find('\n'), rest.find(". "), rest.find(';'), rest.find(" | ")]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(rest.len());
            let name = rest[..end].trim_end().trim_end_matches('.');
            if !name.is_empty() && name.len() <= 120 && !says_nothing(name, false) {
                return Some(cue.end()..cue.end() + name.len());
            }
            continue;
        }
        if !opens
            && !COURSE.iter().any(|w| before.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w))
        {
            continue;
        }
        let rest = &original[cue.end()..];
        // Capitalised words (and a few joining words), up to the first other word.
        let mut start = 0;
        let mut end = 0;
        let pieces = rest.split_inclusive([' ', '\n', ',', ';', '(', ')']).scan(0, |pos, w| {
            let at = *pos;
            *pos += w.len();
            Some((at, w))
        });
        for (words, (i, w)) in pieces.enumerate() {
            let word = w.trim_end_matches([' ', '\n', ',', ';', '(', ')', '.']);
            let capital =
                word.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            let joining =
                ["of", "and", "&", "for", "de", "di", "della", "du", "der", "für", "van", "the"]
                    .contains(&word);
            if !(capital || (joining && words > 0) || (words == 0 && word == "the")) || words >= 8 {
                break;
            }
            if capital {
                end = i + word.len();
            } else if words == 0 {
                // A leading `the` is no part of the name.
                start = i + w.len();
            }
            if w.ends_with([',', ';', '(', ')', '\n']) || w.trim_end().ends_with('.') {
                break;
            }
        }
        if end >= start + 2 {
            return Some(cue.end() + start..cue.end() + end);
        }
    }
    None
}

/// `text` lowercased char by char where that keeps each char's UTF-8 length, so byte spans
/// found in the result are spans of `text` (cue regexes are lowercase and case-sensitive: much
/// faster than case-insensitive matching with Unicode word boundaries).
pub fn lower_same_len(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // A run of ASCII copied at once, then one other char.
        let ascii = rest.bytes().position(|b| !b.is_ascii()).unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..ascii]);
        out[from..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else { break };
        let mut l = c.to_lowercase();
        match (l.next(), l.next()) {
            (Some(x), None) if x.len_utf8() == c.len_utf8() => out.push(x),
            _ => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
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

/// Heads of a compound or of the noun after a credits figure that name the programme or its
/// offer, not the module (`60-LP-Modulangebot`, `im 30-LP-Nebenfach`, `a 60-credit programme`).
const PROGRAMME_HEADS: &[&str] = &[
    "angebot",
    "studiengang",
    "studiengäng",
    "programm",
    "nebenfach",
    "kernfach",
    "hauptfach",
    "studium",
    "bereich",
    "master",
    "bachelor",
    "programme",
    "program",
    "degree",
    "minor",
    "major",
    "curriculum",
    "laurea",
    "opleiding",
];

/// Whether the words right after a credits figure make it the programme's (`60-LP-Modulangebot`:
/// the head of the compound; `60 credit programme`: the next noun).
fn programme_credits(rest: &str) -> bool {
    let compound = rest.strip_prefix('-').map(|r| {
        let end = r.find(|c: char| !(c.is_alphanumeric() || c == '-')).unwrap_or(r.len());
        &r[..end]
    });
    match compound {
        Some(c) if !c.is_empty() => PROGRAMME_HEADS.iter().any(|h| c.contains(h)),
        _ => {
            let next = rest.trim_start().split(|c: char| !c.is_alphanumeric()).next();
            next.is_some_and(|w| PROGRAMME_HEADS.iter().any(|h| w.starts_with(h)))
        }
    }
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
        if programme_credits(&s[whole.end()..]) {
            continue;
        }
        // English `credits` alone name no system (US, continuing-education, AMA PRA Category 1
        // credits): kept as credits, not counted as ECTS.
        if unit == "credit" || unit == "credits" {
            let before = s[..whole.start()].trim_end();
            if ["category", "level", "tier", "week", "module"].iter().any(|w| before.ends_with(w)) {
                continue;
            }
            return Some((None, format!("{} credits", fmt_num(n)), whole.range()));
        }
        return Some((Some(n), format!("{} ECTS", fmt_num(n)), whole.range()));
    }
    None
}

/// What stands before a clock time (`19.00 tot 21.30 uur`, `from 18.00 to 20.00 h`, `om 19.00
/// uur`): another clock time and a word of range, or a word of time of day.
static CLOCK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\d{1,2}[.:h]\d{2}\s*(?:-|–|to|tot|till|until|bis|à|a|al|alle|até|às|y|e|et|und|en|and|t/m)|\b(?:om|at|um|alle|dalle|dalle ore|ore|à|às|a las|de las|from|von|vanaf|van|desde|dès))\s*$",
    )
});

/// Whether the number at `n` (the number of an hours cue) is a clock time, not a workload: the
/// minutes of `9:00-12:30 h`, or `hh.mm` after another clock time and a word of range, or after
/// a word of time of day (`19.00 tot 21.30 uur`, `from 18.00 to 20.00 h`, `om 19.00 uur`).
fn clock_time(s: &str, n: Range<usize>) -> bool {
    let before = &s[..n.start];
    let b = before.as_bytes();
    if b.len() >= 2 && matches!(b[b.len() - 1], b':' | b'.') && b[b.len() - 2].is_ascii_digit() {
        return true;
    }
    let num = &s[n];
    let clock = num.split_once(['.', ':']).is_some_and(|(h, m)| {
        m.len() == 2
            && h.parse::<u32>().is_ok_and(|h| h <= 24)
            && m.parse::<u32>().is_ok_and(|m| m < 60)
    });
    let from = (0..=before.len().saturating_sub(24)).rev().find(|&i| before.is_char_boundary(i));
    clock && CLOCK_BEFORE.is_match(&before[from.unwrap_or(0)..])
}

/// Hours of study stated in a text or a field: a total, or a weekly rate (`3 hours per week`),
/// with the number of weeks when the same sentence gives it (`3 hours per week for 10 weeks`).
/// A range (`20-25 hours`, `3 to 5 hours per week`) is kept as one: `hi` is its upper bound
/// (equal to `n` for a single figure).
#[derive(Clone, Debug, PartialEq)]
struct HoursCue {
    /// The number of hours (per week when `weekly`); the lower bound of a range.
    n: f64,
    /// The upper bound of a range; `n` for a single figure.
    hi: f64,
    /// The cue: the hours, and the weeks when the sentence gives them.
    span: Range<usize>,
    /// A rate per week, not a total.
    weekly: bool,
    /// The number of weeks stated with a weekly rate (lower and upper bound).
    weeks: Option<(f64, f64)>,
}

impl HoursCue {
    /// A single figure of hours.
    fn single(n: f64, span: Range<usize>) -> HoursCue {
        HoursCue { n, hi: n, span, weekly: false, weeks: None }
    }

    /// The total workload in hours, as (lower, upper) bounds: the number or range, or a weekly
    /// rate times its weeks (each bound rounded to two decimals); `None` for a rate whose weeks
    /// are unknown.
    fn total(&self) -> Option<(f64, f64)> {
        let round = |x: f64| (x * 100.0).round() / 100.0;
        match (self.weekly, self.weeks) {
            (false, _) => Some((self.n, self.hi)),
            (true, Some((w_lo, w_hi))) => Some((round(self.n * w_lo), round(self.hi * w_hi))),
            (true, None) => None,
        }
    }

    /// The value of the hours element: the total (`30`, `30-50`), else the rate (`3 per week`,
    /// `3-5 per week`).
    fn value(&self) -> String {
        match self.total() {
            Some((lo, hi)) => fmt_range(lo, hi),
            None => format!("{} per week", fmt_range(self.n, self.hi)),
        }
    }
}

/// `30`, or `30-50` for a range.
fn fmt_range(lo: f64, hi: f64) -> String {
    if (hi - lo).abs() < 1e-9 { fmt_num(lo) } else { format!("{}-{}", fmt_num(lo), fmt_num(hi)) }
}

/// The bounds of a value written by [`fmt_range`] (`30` or `30-50`).
fn parse_range(s: &str) -> Option<(f64, f64)> {
    match s.split_once('-') {
        Some((lo, hi)) => Some((number(lo)?, number(hi)?)),
        None => number(s).map(|n| (n, n)),
    }
}

/// Whether two ranges of hours (`(lo, hi)`, equal bounds for a single figure) share no value.
fn apart(a: (f64, f64), b: (f64, f64)) -> bool {
    a.1 < b.0 - 0.01 || b.1 < a.0 - 0.01
}

/// What follows an hours figure that makes it a rate per week (`3 hours per week`, `5 hrs/wk`,
/// `12 hours of work a week`, `4 ore settimanali`, `2 heures par semaine`, `3 Stunden pro
/// Woche`, `4 horas semanales`, `3 uur per week`): up to two words, then a word of week.
static WEEKLY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:[\p{L}-]+\s+){0,2}?(?:(?:per|a|an|each|every|pro|je|par|por|a la|alla|la|in der|in de|/)\s*(?:week|wk|w\b|settimana|semaine|woche|semana)|(?:weekly|wöchentlich|settimanali|hebdomadaires?|semanales|semanais|wekelijks)\b)",
    )
});

/// The number of weeks in `s` (a value of the duration element, or the rest of a sentence
/// after a weekly rate): `10 weeks`, `6 settimane`, a range as its bounds (`8-10 weeks`, `8 to
/// 10 weeks`: 8 and 10); not months or days.
fn weeks_in(s: &str) -> Option<((f64, f64), Range<usize>)> {
    WEEKS.captures_iter(s).find_map(|c| {
        let unit = c.get(2)?.as_str();
        let week = ["week", "settiman", "semaine", "woche", "semana", "weken"]
            .iter()
            .any(|w| unit.starts_with(w));
        let n = number(c.get(1)?.as_str())?;
        let whole = c.get(0)?.range();
        if !(week && n > 0.0) {
            return None;
        }
        // The lower bound of a range before it (`8-10 weeks`, `8 to 10 weeks`).
        let before = &s[..whole.start];
        let lower = WEEKS_FROM.captures(before).and_then(|b| {
            let lo = number(b.get(1)?.as_str())?;
            (lo > 0.0 && lo < n).then_some((lo, b.get(0)?.start()))
        });
        Some(match lower {
            Some((lo, at)) => ((lo, n), at..whole.end),
            None => ((n, n), whole),
        })
    })
}

/// The lower bound and connector of a range of weeks, just before its upper bound (`8-`, `8 to `).
static WEEKS_FROM: LazyLock<Regex> =
    LazyLock::new(|| re_ascii(r"\b(\d{1,3})\s*(?:-|–|—|to|a|à|al|bis|tot|até)\s*$"));

/// Connectors of a range of hours that are coordinating conjunctions (`between 3 and 5
/// hours`): a range only after a word of between; else the figure before the unit stands alone
/// (`Chapter 3 and 5 hours of video` is 5 hours).
const RANGE_AND: &[&str] = &["and", "e", "et", "y", "und", "en"];

fn hours_in(s: &str) -> Option<HoursCue> {
    HOURS.captures_iter(s).find_map(|c| {
        let first = c.get(2)?;
        let unit = c.get(5)?.as_str();
        // A range (`20-25 hours`, `3 to 5`, `between 3 and 5`); a conjunction without a word of
        // between, or bounds in the wrong order, leave the figure before the unit alone.
        let range = match (c.get(3), c.get(4)) {
            (Some(conn), Some(second)) => {
                let conj = RANGE_AND.contains(&conn.as_str());
                let (lo, hi) = (number(first.as_str())?, number(second.as_str())?);
                if (conj && c.get(1).is_none()) || hi <= lo {
                    (second, hi, hi)
                } else {
                    (first, lo, hi)
                }
            }
            _ => {
                let n = number(first.as_str())?;
                (first, n, n)
            }
        };
        let (num, n, hi) = range;
        // `19.00 tot 21.30 uur`, `9:00-12:30 h`, `9.00-12.30 h`: clock times, not a workload.
        if clock_time(s, num.range()) || c.get(4).is_some_and(|m| clock_time(s, m.range())) {
            return None;
        }
        // `h` alone is accepted only right after a number of at least 2 digits (`30h`, `120 h`).
        if unit.eq_ignore_ascii_case("h") && n < 10.0 {
            return None;
        }
        let whole = c.get(0)?;
        // The cue starts at its figure (`between` included when it makes the range).
        let start = if hi > n && c.get(1).is_some() { whole.start() } else { num.start() };
        // `de 9 h 00 à 12 h 30`, `14h30`: the French clock time, its minutes after the `h`.
        if unit.eq_ignore_ascii_case("h") {
            let m = s[whole.end()..].trim_start_matches(' ').as_bytes();
            if m.len() >= 2
                && m[..2].iter().all(u8::is_ascii_digit)
                && m.get(2).is_none_or(|b| !b.is_ascii_digit())
            {
                return None;
            }
        }
        // `24 hours a day`, `in the next 24 hours`: a time of day or a deadline, no workload.
        let after = s[whole.end()..].trim_start();
        if [
            "a day",
            "per day",
            "every day",
            "each day",
            "daily",
            "ago",
            "a week, 7",
            "/7",
            "of the day",
            "prior to",
            "before",
            "each",
            "to complete the exam",
            "for the exam",
        ]
        .iter()
        .any(|w| after.starts_with(w))
            || s[..start].trim_end().ends_with("next")
        {
            return None;
        }
        if !(n > 0.0 && hi <= 5000.0) {
            return None;
        }
        // `3 hours per week`: a rate, the total only with the weeks of the same sentence
        // (`for 10 weeks`).
        let after_unit = &s[whole.end()..];
        let weekly = WEEKLY_AFTER.find(after_unit.trim_start()).is_some();
        let mut cue = HoursCue { n, hi, span: start..whole.end(), weekly, weeks: None };
        if weekly {
            let end = after_unit.find(['.', ';', '\n', '?', '!']).unwrap_or(after_unit.len());
            let end = (0..=end.min(80)).rev().find(|&i| after_unit.is_char_boundary(i));
            if let Some((w, r)) = end.and_then(|e| weeks_in(&after_unit[..e])) {
                cue.weeks = Some(w);
                cue.span = start..whole.end() + r.end;
            }
        }
        Some(cue)
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
    codes_in_cased(s, s, table)
}

/// Words of preparing for an exam: before an exam in its clause, the exam is one the course
/// prepares for (`prepares you for the PMP exam`, `Vorbereitung auf die IHK-Prüfung`), not the
/// course's own, unless it is the course's final or midterm exam.
const PREPARE_BEFORE: &[&str] = &[
    "prepares you",
    "prepare you",
    "preparing you",
    "prepare for",
    "prepares for",
    "preparing for",
    "preparation for",
    "prep for",
    "ready for",
    "vous prépare",
    "te prépare",
    "prépare à",
    "préparer à",
    "préparation à",
    "vorbereitung auf",
    "bereitet sie",
    "voorbereiding op",
    "ti prepara",
    "vi prepara",
    "te prepara",
    "prepara você",
    "preparação para",
    "prepara all",
    "prepara al ",
    "preparazione all",
    "preparazione al ",
    "preparación para",
    "prepara para",
    "preparar para",
    "bereidt je voor",
    "bereidt u voor",
];

/// Words right before an exam that make it the course's own even after a word of preparing
/// (`prepares you for the final exam`).
const OWN_EXAM_BEFORE: &[&str] =
    &["final", "midterm", "mid-term", "course", "module", "written", "oral", "finale", "finali"];

/// Whether the word right before `at` in `orig` (the original case) is an acronym of a
/// certification (`the PMP exam`, `CCNA exam`, `AZ-900 exam`, `IHK-Prüfung`): two to eight
/// capitals and digits, with at least two capitals (`MCQ` and `OSCE` name an exam's format).
fn certification_acronym(orig: &str, at: usize) -> bool {
    let Some(before) = orig.get(..at) else { return false };
    // A heading in capitals (`FINAL EXAM`) names no certification.
    let cue = orig.get(at..).unwrap_or("").split(|c: char| !c.is_alphanumeric()).next();
    let cue = cue.unwrap_or("");
    if cue.chars().all(|c| !c.is_lowercase()) {
        return false;
    }
    let word = before.trim_end_matches('-').trim_end().rsplit([' ', '\n', '(', '/']).next();
    word.is_some_and(|w| {
        let w = w.trim_end_matches('-');
        let caps = w.chars().filter(char::is_ascii_uppercase).count();
        (2..=8).contains(&w.len())
            && caps >= 2
            && w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
            && !["MCQ", "MCQS", "OSCE", "OSCES"].contains(&w)
    })
}

/// [`codes_in`] over lowercase `s` with `orig`, the same text in its original case (same byte
/// length), where a certification's acronym before an exam is seen; a cue that [`GATE`] rules
/// out for `s` is not searched.
fn codes_in_cased(
    s: &str,
    orig: &str,
    table: &[(&'static str, Regex)],
) -> Option<(String, Range<usize>)> {
    let mut codes: Vec<&str> = Vec::new();
    let mut first: Option<Range<usize>> = None;
    for (code, r) in table {
        // `an examination of the scroll`, `assessment of risks`: a noun of the topic.
        // An external certification's exam, or preparing for one (`AWS Certification exams`,
        // `exam prep`, `exam guide`), is not how the course assesses.
        let of = |m: Range<usize>| {
            let after = &s[m.end..];
            let before = window_before(s, m.start, 40);
            // A compound naming a topic: `Risk Assessment`, `Portfolio Management`.
            let prev = before.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty());
            let next = after.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty());
            // `Assessment of students is by coursework` is how the course assesses.
            let of_learners = [
                " of students",
                " of learners",
                " of participants",
                " of the students",
                " of your learning",
                " of learning",
                // The course's own (`graded assignments of this course`).
                " of this course",
                " of the course",
                " of this module",
                " of the module",
                " of each module",
                " of each week",
            ]
            .iter()
            .any(|w| after.starts_with(w));
            // The exam regulations or office (`Prüfungsordnung`) are no assessment.
            let word = &s[m.clone()];
            let office =
                ["prüfungsordnung", "prüfungsamt", "prüfungsausschuss", "prüfungsverwaltung"]
                    .iter()
                    .any(|w| word.starts_with(w));
            // An exam the course prepares for, or a certification's (`the PMP exam`).
            let first_word = word.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            // The exam's name may be long (`preparation for a Lean Six Sigma Green Belt exam`):
            // the words of preparing are looked for in the whole clause.
            let clause = window_before(s, m.start, 120);
            let prepared = PREPARE_BEFORE.iter().any(|w| clause.contains(w))
                && !prev.is_some_and(|w| OWN_EXAM_BEFORE.contains(&w))
                && !OWN_EXAM_BEFORE.contains(&first_word);
            // Only an exam is a certification's (`FPGA Capstone`, `SAA-C02 practice tests`,
            // `UX portfolio` are the course's work).
            let exam_word =
                ["exam", "prüfung", "esame", "tentamen"].iter().any(|w| first_word.starts_with(w));
            let certification = exam_word && certification_acronym(orig, m.start);
            let of_other = after.starts_with(" of ") && !of_learners;
            !office
                && !prepared
                && !certification
                && !of_other
                && ![" prep", " guide", " voucher", " code", " simulator", " questions"]
                    .iter()
                    .any(|w| after.starts_with(w))
                && !prev.is_some_and(|w| TOPIC_BEFORE.contains(&w))
                && !next.is_some_and(|w| TOPIC_AFTER.contains(&w))
                && !subject_after(after)
                && !["certification", "certified", "latest", "certificación", "zertifizierung"]
                    .iter()
                    .any(|w| before.contains(w))
        };
        // The topic and certification tests are for assessment cues, not for modes.
        let mode = matches!(*code, "online" | "on-site" | "blended" | "self-paced");
        if !GATE.may_match(r, s) {
            continue;
        }
        if let Some(m) = find_cue(r, s, true, false, |m: Range<usize>| mode || of(m)) {
            // The generic `exam` only when nothing more specific was found.
            if *code == "exam" && !codes.is_empty() {
                continue;
            }
            codes.push(code);
            if first.as_ref().is_none_or(|f| m.start() < f.start) {
                first = Some(with_value(s, m.range()));
            }
        }
    }
    codes.sort_unstable();
    first.map(|f| (codes.join(","), f))
}

/// Hours per ECTS credit outside which credits and hours contradict each other (`hours_per_ects`):
/// an ECTS credit is 25-30 hours of work (ECTS Users' Guide 2015); the wider range leaves room
/// for rounded figures (a 6 ECTS course of 120 hours, 20 per ECTS, is not flagged).
pub const HOURS_PER_ECTS_FLAGGED: std::ops::RangeInclusive<f64> = 15.0..=45.0;

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
    /// Byte span of the first statement of the evidence that decided the class (where the text
    /// states the learning outcomes); `None` when there is none.
    pub outcomes: Option<Range<usize>>,
    /// Byte spans of the record's learning outcomes and skill tags: what the course teaches,
    /// where a cue is a topic (`Create a virtual machine`, `Project management`), not how the
    /// course is run. Cues of assessment, participation, quality assurance, provider, fees,
    /// duration and stackability are not looked for there.
    pub topics: &'a [Range<usize>],
}

/// Audits one record.
pub fn audit(input: &AuditInput<'_>) -> Audit {
    let original = input.text;
    let lower = lower_same_len(original);
    let text = lower.as_str();
    // The text with the topics blanked (same byte length): where the cues of how the course is
    // run are looked for.
    let masked = blank(text, input.topics);
    let cues = masked.as_deref().unwrap_or(text);
    // A mapped field holding a placeholder (`TODO`, `n/a`, `0`) states nothing; one saying
    // `none` (`Keine`) states that there is none: the element is absent, but for
    // prerequisites, where `none` is the information.
    let field = |names: &[&str]| {
        input
            .meta
            .iter()
            .find(|(e, v)| {
                names.contains(&e.as_str())
                    && !placeholder(v)
                    && (e == "prerequisites" || !none_value(v))
            })
            .map(|(e, v)| (e.clone(), lower_same_len(v)))
    };
    let mut findings = Vec::with_capacity(Element::ALL.len());
    let mut contradictions = Vec::new();
    // Hours per week of a weekly rate whose weeks the sentence does not give: the duration
    // element's weeks, when it has them, make it a total (below).
    let mut weekly_rate: Option<(f64, f64)> = None;
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
                let in_text =
                    GATE.may_match(&PROVIDER, cues).then(|| provider_in(original, cues)).flatten();
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
            // The outcomes are read from the text (no field maps them): present from the
            // text, at the first statement that decided the class, with the class as value.
            // Filled from credits and hours once both are known (below).
            Element::Workload => absent(element),
            Element::LearningOutcomes => {
                let span = input.outcomes.clone().unwrap_or(0..0);
                match input.class {
                    Class::A => from_text(element, span, "A (well-structured)".into()),
                    Class::B => from_text(element, span, "B (unstructured)".into()),
                    Class::C => absent(element),
                }
            }
            Element::Credits => {
                let in_field = field(&["credits"]).and_then(|(n, v)| {
                    credits_in(&v)
                        .or_else(|| {
                            number(v.trim())
                                .map(|x| (Some(x), format!("{} ECTS", fmt_num(x)), 0..0))
                        })
                        .map(|c| (n, c))
                });
                let in_text = GATE.may_match(&CREDITS, text).then(|| credits_in(text)).flatten();
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
                // A field's hours (`80`, `Approx. 40 hours to complete`, `5 hours/week`).
                let in_field = field(&["hours"]).and_then(|(n, v)| {
                    hours_in(&v)
                        .or_else(|| {
                            // A bare figure or range (`80`, `20-25`).
                            parse_range(v.trim())
                                .filter(|(lo, hi)| lo <= hi)
                                .map(|(lo, hi)| HoursCue { hi, ..HoursCue::single(lo, 0..0) })
                        })
                        .map(|h| (n, h))
                });
                let in_text = GATE.may_match(&HOURS, text).then(|| hours_in(text)).flatten();
                // Totals are compared; a rate whose weeks are unknown is not.
                if let (Some((_, a)), Some(b)) = (&in_field, &in_text)
                    && let (Some(x), Some(y)) = (a.total(), b.total())
                    && apart(x, y)
                {
                    // Ranges contradict only when they share no value (`20-25` and `24`
                    // agree).
                    contradictions.push((
                        "hours_mismatch",
                        format!(
                            "the hours field says {} but the text says {:?}",
                            fmt_range(x.0, x.1),
                            &original[b.span.clone()]
                        ),
                    ));
                }
                match (in_field, in_text) {
                    (Some((n, h)), _) => {
                        weekly_rate = h.total().is_none().then_some((h.n, h.hi));
                        from_field(element, n, h.value())
                    }
                    (None, Some(h)) => {
                        weekly_rate = h.total().is_none().then_some((h.n, h.hi));
                        from_text(element, h.span.clone(), h.value())
                    }
                    _ => absent(element),
                }
            }
            Element::EqfLevel => match (
                field(&["level"]).and_then(|(n, v)| eqf_in(&v).map(|e| (n, e.0))),
                GATE.may_match(&EQF, text).then(|| eqf_in(text)).flatten(),
            ) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some((v, span))) => from_text(element, span, v),
                _ => absent(element),
            },
            Element::Assessment => {
                match (assessment_field(input.meta), codes_in_cased(cues, original, &ASSESSMENT)) {
                    (Some((n, v)), _) => from_field(element, n, v),
                    (None, Some((v, span))) => from_text(element, span, v),
                    _ => absent(element),
                }
            }
            Element::Participation => match (
                field(&["mode"])
                    .and_then(|(n, v)| codes_in(&v, &PARTICIPATION_FIELD).map(|c| (n, c.0))),
                codes_in(cues, &PARTICIPATION),
            ) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some((v, span))) => from_text(element, span, v),
                _ => absent(element),
            },
            Element::QualityAssurance => {
                match (
                    field(&["quality_assurance"]),
                    GATE.may_match(&QA, cues)
                        .then(|| find_cue(&QA, cues, true, false, |_| true))
                        .flatten(),
                ) {
                    (Some((n, v)), _) => from_field(element, n, v),
                    (None, Some(m)) => from_text(element, m.range(), m.as_str().to_string()),
                    _ => absent(element),
                }
            }
            Element::Language => match (field(&["language"]), LANGUAGE.captures(text)) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(c)) => match (c.get(0), c.get(1)) {
                    (Some(w), Some(l)) => from_text(element, w.range(), l.as_str().to_lowercase()),
                    _ => absent(element),
                },
                _ => absent(element),
            },
            Element::Prerequisites => match (
                field(&["prerequisites"]),
                // `X is a prerequisite for Y` names what X is needed for, not the course's own.
                GATE.may_match(&PREREQ, text)
                    .then(|| {
                        find_cue(&PREREQ, text, false, true, |m| {
                            let after = text[m.end..].trim_start_matches([' ', '\t']);
                            !["for ", "para ", "per ", "pour ", "für ", "voor "]
                                .iter()
                                .any(|w| after.starts_with(w))
                        })
                    })
                    .flatten(),
            ) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(m)) => from_text(element, m.range(), m.as_str().to_lowercase()),
                _ => absent(element),
            },
            Element::Duration => match (
                field(&["duration"]),
                // `30 days money back`, `365 days a year`: no duration of the course.
                GATE.may_match(&WEEKS, cues)
                    .then(|| {
                        find_cue(&WEEKS, cues, false, false, |m| {
                            let after = cues[m.end..].trim_start();
                            let before = window_before(cues, m.start, 40);
                            // The course's length: after a word of length (`Duration: 6 weeks`, `over
                            // 8 weeks`, `runs for`) or before `long` / `course` (`a 6-week course`);
                            // not `learn AWS in 30 days`, `6 months of experience`, `30 days money back`.
                            (DURATION_BEFORE.iter().any(|w| before.contains(w))
                        || [
                            "long",
                            "course",
                            "programme",
                            "program",
                            "module",
                            "of study",
                            "of studies",
                            "of learning",
                            "of instruction",
                            "to complete",
                        ]
                        .iter()
                        .any(|w| after.starts_with(w)))
                        && ![
                            "money",
                            "refund",
                            "guarantee",
                            "a year",
                            "per year",
                            "free trial",
                            "trial",
                            "of experience",
                            "experience",
                            "access",
                            "of access",
                            "di accesso",
                            "d'accès",
                            "de acceso",
                            "de acesso",
                            "zugang",
                            "zugriff",
                            "toegang",
                        ]
                        .iter()
                        .any(|w| after.starts_with(w))
                        // An access or validity period (`access to the videos for 12 months`,
                        // `valid for 24 months`) is not how long the course runs.
                        && !ACCESS_BEFORE
                            .iter()
                            .any(|w| window_before(cues, m.start, 80).contains(w))
                        })
                    })
                    .flatten(),
            ) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(m)) => from_text(element, m.range(), m.as_str().to_lowercase()),
                _ => absent(element),
            },
            Element::Fees => match (
                field(&["fees"]),
                // A salary or a market figure is no fee (`earn over $150,000 per year`).
                GATE.may_match(&MONEY, cues)
                    .then(|| {
                        find_cue(&MONEY, cues, false, false, |m| {
                            let before = window_before(cues, m.start, 50);
                            let after = cues[m.end..].trim_start();
                            let hit = &cues[m.clone()];
                            // An amount is a fee after a word of price (`Cost: $500`, `tuition`), and
                            // not a certification exam's, a salary or a market figure.
                            let priced = !hit
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_ascii_digit() || "€$£".contains(c))
                                || FEE_BEFORE.iter().any(|w| before.contains(w));
                            // `Course fee (including exam): €300` is a fee: a word of the course's price
                            // outweighs an exam named beside it, not a salary or a voucher.
                            let own = ["fee", "tuition", "course cost", "certificate cost"]
                                .iter()
                                .any(|w| before.contains(w));
                            priced
                                && !SALARY_BEFORE
                                    .iter()
                                    .any(|w| before.contains(w) && !(own && *w == "exam"))
                                && ![
                                    "per year",
                                    "a year",
                                    "per month",
                                    "a month",
                                    "per hour",
                                    "an hour",
                                    "/year",
                                    "/hr",
                                    "/hour",
                                    "salary",
                                    "annually",
                                    "million",
                                    "billion",
                                ]
                                .iter()
                                .any(|w| after.starts_with(w))
                        })
                    })
                    .flatten(),
            ) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(m)) => from_text(element, m.range(), original[m.range()].to_string()),
                _ => absent(element),
            },
            Element::Stackability => {
                // Not masked: `part of the X Specialization` often opens what the course
                // covers.
                match (field(&["stackability"]), find_cue(&STACK, text, true, false, |_| true)) {
                    (Some((n, v)), _) => from_field(element, n, v),
                    (None, Some(m)) => from_text(element, m.range(), m.as_str().to_lowercase()),
                    _ => absent(element),
                }
            }
            Element::Taxonomy => match (field(&["esco", "isced"]), find_word(&TAXONOMY, text)) {
                (Some((n, v)), _) => from_field(element, n, v),
                (None, Some(m)) => from_text(element, m.range(), m.as_str().to_uppercase()),
                _ => absent(element),
            },
        };
        findings.push(f);
    }
    // A weekly rate (`12 hours per week`) with the course's length in weeks from the duration
    // element (`This course runs for 6 weeks`) is a total: 72 hours.
    let value = |findings: &[Finding], e: Element| {
        findings.iter().find(|f| f.element == e).and_then(|f| f.value.clone())
    };
    // A range multiplies bound by bound (`3-5 hours per week` over `8-10 weeks`: 24-50).
    if let Some((r_lo, r_hi)) = weekly_rate
        && let Some(((w_lo, w_hi), _)) =
            value(&findings, Element::Duration).as_deref().and_then(weeks_in)
        && let Some(f) = findings.iter_mut().find(|f| f.element == Element::Hours)
    {
        let round = |x: f64| (x * 100.0).round() / 100.0;
        f.value = Some(fmt_range(round(r_lo * w_lo), round(r_hi * w_hi)));
    }
    // The workload element: the credits (ECTS where possible), else the hours.
    let workload = [Element::Credits, Element::Hours]
        .iter()
        .find_map(|e| findings.iter().find(|f| f.element == *e && f.status != Status::Absent))
        .map(|f| Finding {
            element: Element::Workload,
            status: f.status.clone(),
            value: f.value.as_ref().map(|v| match f.element {
                Element::Hours => match v.strip_suffix(" per week") {
                    Some(rate) => format!("{rate} hours per week"),
                    None => format!("{v} hours"),
                },
                _ => v.clone(),
            }),
        });
    if let Some(w) = workload
        && let Some(f) = findings.iter_mut().find(|f| f.element == Element::Workload)
    {
        *f = w;
    }
    // Workload consistency: an ECTS credit is 25-30 hours of work; only a figure far from it
    // (outside 15-45 hours per ECTS) is flagged, as credits and hours are often rounded.
    if let (Some(c), Some(h)) =
        (value(&findings, Element::Credits), value(&findings, Element::Hours))
        && let (Some(ects), Some((lo, hi))) =
            (c.strip_suffix(" ECTS").and_then(number), parse_range(&h))
        && ects > 0.0
    {
        // A range of hours is flagged only when none of its values fits (`20-25 hours` for 1
        // ECTS is not).
        let (per_lo, per_hi) = (lo / ects, hi / ects);
        if per_hi < *HOURS_PER_ECTS_FLAGGED.start() || per_lo > *HOURS_PER_ECTS_FLAGGED.end() {
            let per = if (per_hi - per_lo).abs() < 1e-9 {
                format!("{per_lo:.1}")
            } else {
                format!("{per_lo:.1}-{per_hi:.1}")
            };
            contradictions.push((
                "hours_per_ects",
                format!(
                    "{} hours for {} ECTS is {per} hours per ECTS, far from the 25-30 hours of an \
                     ECTS credit (flagged below {} or above {})",
                    fmt_range(lo, hi),
                    fmt_num(ects),
                    HOURS_PER_ECTS_FLAGGED.start(),
                    HOURS_PER_ECTS_FLAGGED.end()
                ),
            ));
        }
    }
    let mandatory: Vec<(&'static str, bool)> = findings
        .iter()
        .filter(|f| f.element.mandatory())
        .map(|f| (f.element.as_str(), f.status != Status::Absent))
        .collect();
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

    proptest::proptest! {
        /// The ASCII runs copied at once give what lowercasing char by char gives.
        #[test]
        fn lower_same_len_is_char_by_char(text in "[a-zA-Z0-9 .,\\-ÀÉÎÕÜàéîõüßİΣσЖж\u{212A}\u{0130}]{0,40}") {
            let mut expected = String::new();
            for c in text.chars() {
                let mut l = c.to_lowercase();
                match (l.next(), l.next()) {
                    (Some(x), None) if x.len_utf8() == c.len_utf8() => expected.push(x),
                    _ => expected.push(c),
                }
            }
            proptest::prop_assert_eq!(lower_same_len(&text), expected);
        }
    }

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
        let tables = ASSESSMENT
            .iter()
            .chain(PARTICIPATION.iter())
            .chain(PARTICIPATION_FIELD.iter())
            .map(|(c, r)| (*c, r));
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

    /// The gate rules a cue regex out only for a text it has no match in: each gated regex over
    /// the demo corpus, its lines, and every cue of the tests' own texts (see: #7).
    #[test]
    fn issue7_the_gate_never_rules_out_a_match() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/sample");
        let mut texts = vec![
            "6 crédits ects, 25 heures; 3 créditos; 120 horas. niveau 6 du cec. präsenz 30 stunden"
                .to_string(),
            "prérequis: aucun; língua: português; accreditato anvur; gebühr: 300 €; 2ª edição"
                .to_string(),
            "offered by the university; this online course; projektarbeit; 5 lp; eqf level 6"
                .to_string(),
        ];
        texts.push(std::fs::read_to_string(root.join("catalogue.csv")).expect("demo catalogue"));
        for e in std::fs::read_dir(root.join("pages")).expect("demo pages").flatten() {
            texts.push(
                String::from_utf8_lossy(&std::fs::read(e.path()).expect("page")).into_owned(),
            );
        }
        let lines: Vec<String> = texts.iter().flat_map(|t| t.lines().map(str::to_string)).collect();
        texts.extend(lines);
        let tables = ASSESSMENT.iter().chain(PARTICIPATION.iter()).map(|(_, r)| r);
        let all: Vec<&Regex> = tables
            .chain([&*QA, &*PREREQ, &*EQF, &*PROVIDER, &*CREDITS, &*HOURS, &*WEEKS, &*MONEY])
            .collect();
        let mut ruled_out = 0;
        for t in &texts {
            let t = lower_same_len(t);
            for r in &all {
                let may = GATE.may_match(r, &t);
                assert!(may || !r.is_match(&t), "the gate ruled out {r} for {t:?}");
                ruled_out += usize::from(!may);
            }
        }
        // help: the gate ruled nothing out: its literals are probably no longer extracted.
        assert!(ruled_out > 0);
    }

    #[test]
    fn accented_cues_are_found() {
        let lower = |t: &str| lower_same_len(t);
        for (text, table, want) in [
            ("Épreuve écrite de deux heures.", &ASSESSMENT, "written"),
            ("Évaluation par les pairs des projets de groupe.", &ASSESSMENT, "peer"),
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
        run_topics(text, &[], meta)
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

    fn run_topics(text: &str, topics: &[&str], meta: &[(&str, &str)]) -> Audit {
        let meta: Vec<(String, String)> =
            meta.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        let spans: Vec<Range<usize>> =
            topics.iter().filter_map(|t| text.find(t).map(|i| i..i + t.len())).collect();
        audit(&AuditInput {
            text,
            title: Some("T"),
            provider: None,
            meta: &meta,
            class: Class::A,
            outcomes: None,
            topics: &spans,
        })
    }

    /// Session-15 audit review: cues that were topics, idioms, negated statements, salaries
    /// and placeholders counted as elements present.
    #[test]
    fn review15_cues_of_topics_idioms_and_negations_are_no_elements() {
        let absent = |a: &Audit, e: Element| value(a, e).0 == "absent";
        // Outcomes and skill tags are what the course teaches, not how it is run.
        let text = "Create a Virtual Machine. Use laws to prove theorems. Compute and project free \
                    cash flows. Skills: Project Management, Quality Assurance.";
        let a = run_topics(
            text,
            &[
                "Create a Virtual Machine.",
                "Use laws to prove theorems.",
                "Compute and project free cash flows.",
                "Project Management, Quality Assurance.",
            ],
            &[],
        );
        for e in [Element::Participation, Element::Assessment, Element::QualityAssurance] {
            assert!(absent(&a, e), "{e:?}: {:?}", value(&a, e));
        }
        // Idioms and topics in prose.
        for text in [
            "Risolvere problemi complessi in presenza di risorse limitate.",
            "Saper affrontare in autonomia un progetto.",
            "Grundlagen des hybriden Projektmanagements.",
            "Face-to-face, written and non-verbal communication.",
            "The course is focused on site reliability engineering.",
            "Use within the classroom environment is discussed.",
            "A/B tests are online experiments.",
        ] {
            assert!(absent(&run(text, &[]), Element::Participation), "{text}");
        }
        for text in [
            "Non è prevista una prova orale.",
            "An examination of the illustrated scroll comes next.",
            "Managing Machine Learning Projects with Google Cloud.",
            "Week 3: Risk Assessment, Week 4: Risk Management.",
            "Exploring Portfolio Management Techniques.",
            "Es wird auf die Studien- und Prüfungsordnung verwiesen.",
            "Updated for the latest AWS Certification exams.",
            "This exam prep will help you.",
        ] {
            assert!(absent(&run(text, &[]), Element::Assessment), "{text}");
        }
        assert!(absent(
            &run("This course is not certified or accredited.", &[]),
            Element::QualityAssurance
        ));
        assert!(absent(
            &run(
                "Analysts earn over $150,000 per year; the exam voucher costs $300. These \
                 practice tests cost 20 or 30 USD. The annual pay is $164,439.",
                &[]
            ),
            Element::Fees
        ));
        assert!(absent(&run("Support is there 24 hours a day.", &[]), Element::Hours));
        assert!(absent(
            &run("He is a Principal Architect. He is based in Helsinki (Finland) and works.", &[]),
            Element::Country
        ));
        assert!(absent(
            &run("A 30 days money back guarantee. Learn AWS in 30 days.", &[]),
            Element::Duration
        ));
        assert!(
            absent(
                &run("Practice tests provided by AWS but these only have 20 questions.", &[]),
                Element::Provider
            ) || value(
                &run("Practice tests provided by AWS but these only have 20 questions.", &[]),
                Element::Provider
            )
            .0 == "field"
        );
        for text in
            ["Definição de requisitos do sistema.", "Python should be a pre-requisite for anyone."]
        {
            assert!(absent(&run(text, &[]), Element::Prerequisites), "{text}");
        }
        // Credits that are not ECTS.
        for (text, want) in [
            ("A 3-credit hour course.", Some("3 us-credit-hours")),
            ("Earn 2 AMA PRA Category 1 Credits.", None),
            ("Worth 4 credits at the college.", Some("4 credits")),
        ] {
            assert_eq!(value(&run(text, &[]), Element::Credits).1.as_deref(), want, "{text}");
        }
        // Placeholder and `none` fields state nothing; `none` prerequisites are information.
        let a = run(
            "",
            &[
                ("assessment", "Keine"),
                ("language", "TODO"),
                ("hours", "0"),
                ("prerequisites", "keine"),
            ],
        );
        assert!(absent(&a, Element::Assessment));
        assert!(absent(&a, Element::Language));
        assert!(absent(&a, Element::Hours));
        assert_eq!(value(&a, Element::Prerequisites).0, "field");
        // A field that names no kind of assessment is `other`, the next field's kind wins.
        let a = run("", &[("assessment", "Aulas expositivas."), ("assessment", "Prova escrita.")]);
        assert_eq!(value(&a, Element::Assessment).1.as_deref(), Some("written"));
        // A mode field says the mode in any words, glued ones too.
        let a = run("", &[("mode", "Trimester 1: Burwood (Melbourne), OnlineTrimester 2")]);
        assert_eq!(value(&a, Element::Participation).1.as_deref(), Some("online"));
        let a = run("", &[("assessment", "Aulas expositivas.")]);
        assert_eq!(value(&a, Element::Assessment).1.as_deref(), Some("other"));
    }

    /// A label whose value lines are blank (topics blanked to spaces) to the end of the text
    /// has an empty value, not a reversed span (the first version panicked on such a record).
    /// See: #5
    #[test]
    fn issue5_s20_label_value_on_blank_lines() {
        let s = "exam:      \n          ";
        assert_eq!(label_value(s, &(0..4)), Some(s.len()..s.len()));
        assert_eq!(label_value("exam:   x  ", &(0..4)), Some(8..9));
        assert!(codes_in(s, &ASSESSMENT).is_none());
    }

    /// What the cues must still find.
    #[test]
    fn review15_cues_of_how_the_course_is_run_are_found() {
        let a = run(
            "This online course is offered by the University of Leeds. Cost: $500. Duration: 6 \
             weeks. Prerequisites: basic Python. The programme is accredited by EQAR members. \
             Assessment: a final project and weekly quizzes.",
            &[],
        );
        assert_eq!(value(&a, Element::Participation).1.as_deref(), Some("online"));
        assert!(value(&a, Element::Provider).1.is_some_and(|p| p.contains("University of Leeds")));
        assert_eq!(value(&a, Element::Fees).1.as_deref(), Some("$500"));
        assert_eq!(value(&a, Element::Duration).1.as_deref(), Some("6 weeks"));
        assert_eq!(value(&a, Element::Prerequisites).0, "text");
        assert_eq!(value(&a, Element::QualityAssurance).0, "text");
        assert_eq!(value(&a, Element::Assessment).1.as_deref(), Some("project,quiz"));
        let b = run(
            "Lezioni in presenza o online. Beginners welcome: no prior experience required.",
            &[],
        );
        assert_eq!(value(&b, Element::Participation).1.as_deref(), Some("on-site,online"));
        assert_eq!(value(&b, Element::Prerequisites).0, "text");
    }

    /// Session-15 second review: statements the context rules had lost.
    #[test]
    fn review15_labelled_and_plain_statements_of_the_course_are_found() {
        for (text, element, want) in [
            ("Format: Online", Element::Participation, "online"),
            ("Mode of delivery: online.", Element::Participation, "online"),
            ("Modalità: online", Element::Participation, "online"),
            (
                "Le lezioni si terranno in presenza presso il campus.",
                Element::Participation,
                "on-site",
            ),
            ("This non-credit online course is free.", Element::Participation, "online"),
            ("Estimated time: 6 weeks", Element::Duration, "6 weeks"),
            ("The course runs 8 weeks.", Element::Duration, "8 weeks"),
            ("Course fee (including exam): €300", Element::Fees, "€300"),
            ("The verified certificate costs $99.", Element::Fees, "$99"),
            ("Assessment of students is by coursework.", Element::Assessment, "exam"),
        ] {
            assert_eq!(value(&run(text, &[]), element).1.as_deref(), Some(want), "{text}");
        }
        let p =
            value(&run("Offered by Harvard University. Learn to code.", &[]), Element::Provider);
        assert_eq!(p.1.as_deref(), Some("Harvard University"));
        // In an assessment field, bare project and test words name the assessment.
        for (field, want) in
            [("Projetos e relatórios.", "project"), ("Avaliações escritas.", "exam")]
        {
            let a = run("", &[("assessment", field)]);
            assert!(value(&a, Element::Assessment).1.is_some_and(|v| v.contains(want)), "{field}");
        }
        let a = run("", &[("mode", "Presential")]);
        assert_eq!(value(&a, Element::Participation).1.as_deref(), Some("on-site"));
    }
}
