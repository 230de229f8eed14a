//! Lexicons as data: Bloom verbs, inflected forms, vague verbs and cue phrases per language.
//!
//! Guarantees: the shipped files (`data/lexicons/<kind>/<lang>.csv`) are embedded and parsed
//! once; a malformed row is an [`Error::Lexicon`] naming the file and line; lemmas and forms are
//! lowercased and stemmed with the language's Snowball stemmer at load time (stems are never
//! stored in the files). `--lexicon-dir` files extend the shipped ones.

pub(crate) mod embedded;

use std::collections::HashMap;

/// A hash map with a fast hasher (foldhash): lexicon and cache lookups run for every word.
pub type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
/// A hash set with a fast hasher (foldhash).
pub type FastSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;
use std::path::Path;
use std::sync::LazyLock;

use rust_stemmers::Stemmer;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::lang::Lang;

/// A level of Bloom's revised taxonomy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// 1 remember.
    Remember = 1,
    /// 2 understand.
    Understand = 2,
    /// 3 apply.
    Apply = 3,
    /// 4 analyse.
    Analyse = 4,
    /// 5 evaluate.
    Evaluate = 5,
    /// 6 create.
    Create = 6,
}

impl Level {
    /// All levels, low to high.
    pub const ALL: [Level; 6] = [
        Level::Remember,
        Level::Understand,
        Level::Apply,
        Level::Analyse,
        Level::Evaluate,
        Level::Create,
    ];

    /// The name used in files and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Remember => "remember",
            Level::Understand => "understand",
            Level::Apply => "apply",
            Level::Analyse => "analyse",
            Level::Evaluate => "evaluate",
            Level::Create => "create",
        }
    }

    /// Parses a level name (US spellings accepted).
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s.trim().to_lowercase().as_str() {
            "remember" | "1" => Level::Remember,
            "understand" | "2" => Level::Understand,
            "apply" | "3" => Level::Apply,
            "analyse" | "analyze" | "4" => Level::Analyse,
            "evaluate" | "5" => Level::Evaluate,
            "create" | "6" => Level::Create,
            _ => return None,
        })
    }
}

/// What a verb is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbInfo {
    /// The lemma as written in the lexicon.
    pub lemma: String,
    /// Bloom levels (empty for vague verbs), each with the file row it came from.
    pub levels: Vec<(Level, String)>,
    /// A non-observable verb (understand, know, conoscere, ...).
    pub vague: bool,
}

/// A multi-word entry (`carry out`, `be aware of`, `mettre en œuvre`).
#[derive(Clone, Debug)]
pub struct Phrase {
    /// Stems of its words.
    pub stems: Vec<String>,
    /// What it is.
    pub info: VerbInfo,
}

/// Cue phrases of one language, each as lowercase word sequences.
#[derive(Clone, Debug, Default)]
pub struct Cues {
    /// Lead-ins and learning headings.
    pub leadin: Vec<Vec<String>>,
    /// Dublin-descriptor headings with their area.
    pub dublin: Vec<(Vec<String>, String)>,
    /// Modal frames between subject and verb.
    pub modal: Vec<Vec<String>>,
    /// Teacher-side aims.
    pub aim: Vec<Vec<String>>,
    /// Skill-tag headings.
    pub skills_heading: Vec<Vec<String>>,
    /// Placeholders.
    pub placeholder: Vec<String>,
    /// The learner as subject.
    pub subject: Vec<Vec<String>>,
    /// Headings of content sections (modules, syllabus, assessment, ...).
    pub content_heading: Vec<Vec<String>>,
    /// Verbs the course or teacher does (provide, introduce, fornire, apresentar), as stems.
    pub aim_verb: Vec<Vec<String>>,
    /// The same verbs as written in the cue file (`aim_verb_words[i]` for `aim_verb[i]`).
    pub aim_verb_words: Vec<String>,
    /// First words of the lead-in, modal, aim and subject phrases: a word not in it starts none
    /// of them (a cheap test before scanning the lists).
    pub firsts: FastSet<String>,
    /// First words of the lead-in, Dublin, skills and content heading phrases: a phrase of
    /// these lists starts only at such a word.
    pub heading_firsts: FastSet<String>,
    /// By first word, the indices in [`Cues::aim`], [`Cues::modal`], [`Cues::subject`] and
    /// [`Cues::leadin`] of the phrases starting with it, in list order (see [`Cues::aims_from`]).
    pub by_first: FastMap<String, [Vec<usize>; 4]>,
    /// Per list of [`Cues::by_first`], a filter of its first words: most words of a text start
    /// no phrase of a list, and the filter says so without hashing them.
    pub first_filters: [WordFilter; 4],
    /// The filter of [`Cues::firsts`].
    pub firsts_filter: WordFilter,
    /// The filter of [`Cues::heading_firsts`].
    pub heading_firsts_filter: WordFilter,
    /// The heading phrases of the other languages, by their words joined with one space: a
    /// line that is exactly one of them is that heading (`Modalità di verifica
    /// dell'apprendimento` above the English text of an Italian syllabus).
    pub foreign_headings: FastMap<String, HeadingCue>,
}

impl Cues {
    /// [`Cues::by_first`]'s list of aim phrases.
    pub const AIM: usize = 0;
    /// [`Cues::by_first`]'s list of modal frames.
    pub const MODAL: usize = 1;
    /// [`Cues::by_first`]'s list of learner subjects.
    pub const SUBJECT: usize = 2;
    /// [`Cues::by_first`]'s list of lead-ins.
    pub const LEADIN: usize = 3;

    /// The phrases of list `n` ([`Cues::AIM`], [`Cues::MODAL`], [`Cues::SUBJECT`] or
    /// [`Cues::LEADIN`]) starting with the word `w` (the only ones that can start at it), in
    /// list order.
    #[inline]
    pub fn from<'a>(
        &'a self,
        n: usize,
        w: &str,
    ) -> impl Iterator<Item = &'a Vec<String>> + use<'a> {
        let list: &[Vec<String>] = match n {
            Cues::AIM => &self.aim,
            Cues::MODAL => &self.modal,
            Cues::SUBJECT => &self.subject,
            Cues::LEADIN => &self.leadin,
            _ => &[],
        };
        let ix = if self.first_filters.get(n).is_some_and(|f| f.may_hold(w)) {
            self.first_index(n, w)
        } else {
            None
        };
        ix.into_iter().flatten().filter_map(move |&i| list.get(i))
    }

    /// [`Cues::by_first`]'s list `n` for `w`: the hash lookup of [`Cues::from`], out of line so
    /// that the filter's test before it stays cheap.
    #[inline(never)]
    fn first_index(&self, n: usize, w: &str) -> Option<&Vec<usize>> {
        self.by_first.get(w).and_then(|ix| ix.get(n))
    }

    /// Whether `w` is in [`Cues::firsts`].
    #[inline]
    pub fn is_first(&self, w: &str) -> bool {
        self.firsts_filter.may_hold(w) && self.firsts.contains(w)
    }

    /// Whether `w` is in [`Cues::heading_firsts`].
    #[inline]
    pub fn is_heading_first(&self, w: &str) -> bool {
        self.heading_firsts_filter.may_hold(w) && self.heading_firsts.contains(w)
    }

    /// The aim phrases starting with the word `w`, in list order.
    #[inline]
    pub fn aims_from<'a>(&'a self, w: &str) -> impl Iterator<Item = &'a Vec<String>> + use<'a> {
        self.from(Cues::AIM, w)
    }

    /// The modal frames starting with the word `w`, in list order.
    #[inline]
    pub fn modals_from<'a>(&'a self, w: &str) -> impl Iterator<Item = &'a Vec<String>> + use<'a> {
        self.from(Cues::MODAL, w)
    }

    /// The learner subjects starting with the word `w`, in list order.
    #[inline]
    pub fn subjects_from<'a>(&'a self, w: &str) -> impl Iterator<Item = &'a Vec<String>> + use<'a> {
        self.from(Cues::SUBJECT, w)
    }

    /// The lead-ins starting with the word `w`, in list order.
    #[inline]
    pub fn leadins_from<'a>(&'a self, w: &str) -> impl Iterator<Item = &'a Vec<String>> + use<'a> {
        self.from(Cues::LEADIN, w)
    }
}

/// A set of words as 256 bits, one per word chosen by its first and last bytes and its length:
/// a word whose bit is clear is in no set the filter was built from (no false negatives). A
/// test of a few instructions before a hash lookup that most words of a text would fail.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordFilter([u64; 4]);

impl WordFilter {
    /// The filter of `words`.
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> WordFilter {
        let mut f = WordFilter::default();
        for w in words {
            let bit = Self::bit(w);
            f.0[bit >> 6] |= 1 << (bit & 63);
        }
        f
    }

    /// The bit of `w` (0-255).
    #[inline]
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let (first, last) = match (b.first(), b.last()) {
            (Some(&f), Some(&l)) => (u32::from(f), u32::from(l)),
            _ => (0, 0),
        };
        let len = b.len().min(255) as u32;
        (((first | last << 8 | len << 16).wrapping_mul(0x9E37_79B1)) >> 24) as usize
    }

    /// Whether `w` may be in the set (it is not when this is false).
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        let bit = Self::bit(w);
        self.0[bit >> 6] >> (bit & 63) & 1 == 1
    }
}

/// What a heading phrase of the cue files announces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeadingCue {
    /// Learning outcomes (a `leadin` phrase).
    Learning,
    /// A Dublin-descriptor area.
    Dublin(String),
    /// Skill tags.
    Skills,
    /// A content section (modules, assessment, prerequisites...).
    Content,
}

/// The lexicon of one language.
pub struct LangLexicon {
    /// Its language.
    pub lang: Lang,
    stemmer: Stemmer,
    /// Single-word verbs and forms by stem.
    pub verbs: FastMap<String, VerbInfo>,
    /// German and Dutch stems shared by the split base of separable verbs (`stellt` of
    /// *darstellen*, *herstellen*; `werkt` of *uitwerken*, *samenwerken*): each lemma with the
    /// particle that tells it apart (`dar`, `uit`), or `""` for a lemma without one (*werten*
    /// beside *auswerten*). [`verbs`](Self::verbs) keeps their merged entry.
    pub separable: FastMap<String, Vec<(String, VerbInfo)>>,
    /// Multi-word verbs and forms, longest first.
    pub phrases: Vec<Phrase>,
    /// The stems that start a phrase: a word whose stem is not here starts none (a cheap test
    /// before scanning the phrases).
    pub phrase_firsts: FastSet<String>,
    /// For each stem, the phrases of two words or more that hold it exactly once, as indices
    /// into `phrases` in their order: the phrases a German or Dutch finite verb can open later
    /// in its clause, found without scanning them all.
    pub phrases_holding: FastMap<String, Vec<usize>>,
    /// For each stem in `phrase_firsts`, the phrases it starts, as indices into `phrases` in
    /// their order.
    pub phrases_from: FastMap<String, Vec<usize>>,
    /// Cue phrases.
    pub cues: Cues,
    /// Every lemma and form of a single word, as written (lowercase): tells a verb form from a
    /// noun with the same stem (`avaliar` / `avaliação`).
    pub surfaces: FastSet<String>,
    /// Deverbal nouns with a level (`analysis`, `conoscenza`), by the stem of their first word,
    /// longest first.
    pub nouns: FastMap<String, Vec<Noun>>,
    /// Light verbs whose object noun carries the level (`carry out`, `esprimere`), as stems,
    /// longest first.
    pub light: Vec<Vec<String>>,
    /// Verb forms matched as written, not by stem, with their lemma's stem: the present third
    /// persons the stemmer cuts shorter than the infinitive (it `valuta`, es `compara`, pt
    /// `avalia`). By stem they would also catch nouns (`verifiche` beside `verifica`).
    pub exact: FastMap<String, (String, VerbInfo)>,
}

/// A noun naming a cognitive act (`analysis` → analyse), from `nouns/<lang>.csv`.
#[derive(Clone, Debug)]
pub struct Noun {
    /// The noun as written in the lexicon.
    pub word: String,
    /// Stems of its words.
    pub stems: Vec<String>,
    /// Its level(s) with the lexicon row each came from.
    pub levels: Vec<(Level, String)>,
}

impl LangLexicon {
    /// A lexicon with nothing in it, for the languages outside the seven. Its language is `Und`
    /// and its stemmer English's (a stemmer is needed to build one; with no entry to match, its
    /// stems find nothing).
    fn empty() -> LangLexicon {
        LangLexicon {
            lang: Lang::Und,
            stemmer: Stemmer::create(rust_stemmers::Algorithm::English),
            verbs: FastMap::default(),
            separable: FastMap::default(),
            phrases: Vec::new(),
            phrase_firsts: FastSet::default(),
            phrases_holding: FastMap::default(),
            phrases_from: FastMap::default(),
            cues: Cues::default(),
            surfaces: FastSet::default(),
            nouns: FastMap::default(),
            light: Vec::new(),
            exact: FastMap::default(),
        }
    }

    /// Stem of a lowercase word.
    pub fn stem(&self, lower_word: &str) -> String {
        stem_cached(self.lang, lower_word, &self.stemmer)
    }

    /// Calls `f` with the stem of a lowercase word, without allocating when the word is cached.
    pub fn with_stem<R>(&self, lower_word: &str, f: impl FnOnce(&str) -> R) -> R {
        with_stem(self.lang, lower_word, &self.stemmer, f)
    }
}

/// A fixed word list stemmed once under every language's stemmer, for membership tests by stem
/// that allocate nothing (`PRESENTING.contains(stem)` without stemming the list per word).
pub struct StemList {
    per_lang: Vec<Vec<String>>,
}

impl StemList {
    /// Stems `words` (lowercase) with each of the seven stemmers.
    pub fn new(words: &[&str]) -> StemList {
        let per_lang = Lang::ALL
            .iter()
            .map(|l| match l.stemmer() {
                Some(a) => {
                    let st = Stemmer::create(a);
                    words.iter().map(|w| st.stem(w).into_owned()).collect()
                }
                None => Vec::new(),
            })
            .collect();
        StemList { per_lang }
    }

    /// Whether a lowercase word of `lex`'s language has the stem of one of the words.
    pub fn contains(&self, lex: &LangLexicon, lower_word: &str) -> bool {
        let Some(list) = Lang::ALL.iter().position(|l| *l == lex.lang).map(|i| &self.per_lang[i])
        else {
            return false;
        };
        lex.with_stem(lower_word, |s| list.iter().any(|x| x == s))
    }
}

/// Lexicons of all languages.
pub struct Lexicons {
    langs: Vec<LangLexicon>,
    /// The lexicon of a language outside the seven: empty, so nothing in its text is a verb,
    /// cue or heading.
    none: LangLexicon,
    /// Written verb forms ([`LangLexicon::surfaces`]) → the languages whose lexicon holds them
    /// (bit `i` for [`Lang::ALL`]`[i]`): one lookup for all seven.
    surface_langs: FastMap<String, u8>,
}

/// The shipped lexicons, parsed once. Covered by tests (`lexicon::tests`).
pub static SHIPPED: LazyLock<Lexicons> =
    LazyLock::new(|| Lexicons::shipped().expect("shipped lexicons are valid (checked by tests)"));

thread_local! {
    /// Per thread and language, the stems of words already seen: course texts reuse a small
    /// vocabulary, and a lookup costs a fraction of a Snowball run (extract, ISCED and ESCO
    /// all stem the same words).
    static STEMS: std::cell::RefCell<Vec<FastMap<String, String>>> =
        std::cell::RefCell::new(vec![FastMap::default(); Lang::ALL.len() + 1]);
}

/// Entries kept per language and thread before the cache starts again (bounded memory).
const STEM_CACHE: usize = 20_000;

/// The Snowball stem of a lowercase word of `lang` (by `stemmer`, which must be that language's),
/// through the thread's cache.
pub fn stem_cached(lang: Lang, lower_word: &str, stemmer: &Stemmer) -> String {
    with_stem(lang, lower_word, stemmer, str::to_string)
}

/// Calls `f` with the Snowball stem of a lowercase word of `lang`, through the thread's cache:
/// a cached word costs one hash lookup and no allocation.
pub fn with_stem<R>(
    lang: Lang,
    lower_word: &str,
    stemmer: &Stemmer,
    f: impl FnOnce(&str) -> R,
) -> R {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(Lang::ALL.len());
    STEMS.with(|c| {
        let mut c = c.borrow_mut();
        let cache = &mut c[i];
        if let Some(st) = cache.get(lower_word) {
            return f(st);
        }
        if cache.len() >= STEM_CACHE {
            cache.clear();
        }
        let st = stemmer.stem(lower_word).into_owned();
        let r = f(&st);
        cache.insert(lower_word.to_string(), st);
        r
    })
}

/// Function words of a language (`data/lexicons/stopwords/<lang>.csv`, one `word` column),
/// lowercase; empty for `und`.
pub fn stopwords(lang: Lang) -> &'static std::collections::HashSet<String> {
    static SETS: LazyLock<Vec<std::collections::HashSet<String>>> = LazyLock::new(|| {
        embedded::STOPWORDS
            .iter()
            .map(|(_, text)| text.lines().skip(1).map(str::to_string).collect())
            .collect()
    });
    static EMPTY: LazyLock<std::collections::HashSet<String>> = LazyLock::new(Default::default);
    match Lang::ALL.iter().position(|l| *l == lang) {
        Some(i) => &SETS[i],
        None => &EMPTY,
    }
}

/// Lowercase words of `s` (runs of letters and digits; apostrophes and hyphens split words).
pub fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

struct Row<'a> {
    line: usize,
    fields: Vec<&'a str>,
}

fn rows<'a>(file: &str, text: &'a str, header: &[&str]) -> Result<Vec<Row<'a>>> {
    let mut out = Vec::new();
    let mut lines = text.lines().enumerate();
    let Some((_, first)) = lines.next() else { return Ok(out) };
    let got: Vec<&str> = first.trim_start_matches('\u{feff}').split(',').collect();
    if got != header {
        return Err(Error::Lexicon {
            file: file.into(),
            line: 1,
            message: format!("header is {:?}, expected {:?}", got.join(","), header.join(",")),
        });
    }
    for (i, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let fields = split_csv_line(line);
        if fields.len() != header.len() {
            return Err(Error::Lexicon {
                file: file.into(),
                line: i + 1,
                message: format!(
                    "{} fields, expected {} ({})",
                    fields.len(),
                    header.len(),
                    header.join(",")
                ),
            });
        }
        if fields[0].trim().is_empty() {
            return Err(Error::Lexicon {
                file: file.into(),
                line: i + 1,
                message: format!("empty {}", header[0]),
            });
        }
        out.push(Row { line: i + 1, fields });
    }
    Ok(out)
}

/// Splits one CSV line; quoted fields may hold commas (no newlines in lexicon files).
fn split_csv_line(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                out.push(line[start..i].trim_matches('"'));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(line[start..].trim_matches('"'));
    out
}

/// The files of one language, as (name, text) pairs.
#[derive(Clone, Default)]
pub struct Sources<'a> {
    /// `bloom/<lang>.csv`.
    pub bloom: Vec<(String, &'a str)>,
    /// `forms/<lang>.csv`.
    pub forms: Vec<(String, &'a str)>,
    /// `vague/<lang>.csv`.
    pub vague: Vec<(String, &'a str)>,
    /// `cues/<lang>.csv`.
    pub cues: Vec<(String, &'a str)>,
    /// `nouns/<lang>.csv`.
    pub nouns: Vec<(String, &'a str)>,
}

impl LangLexicon {
    /// Builds a language's lexicon from file texts.
    pub fn parse(lang: Lang, src: &Sources<'_>) -> Result<LangLexicon> {
        let algorithm = lang.stemmer().ok_or_else(|| Error::Lexicon {
            file: "-".into(),
            line: 0,
            message: format!("no stemmer for {lang}"),
        })?;
        let mut lex = LangLexicon {
            lang,
            stemmer: Stemmer::create(algorithm),
            verbs: FastMap::default(),
            separable: FastMap::default(),
            phrases: Vec::new(),
            phrase_firsts: FastSet::default(),
            phrases_holding: FastMap::default(),
            phrases_from: FastMap::default(),
            cues: Cues::default(),
            surfaces: FastSet::default(),
            nouns: FastMap::default(),
            light: Vec::new(),
            exact: FastMap::default(),
        };
        let mut by_lemma: HashMap<String, VerbInfo> = HashMap::new();
        for (file, text) in &src.bloom {
            for r in rows(file, text, &["lemma", "level", "pos", "note"])? {
                let lemma = r.fields[0].trim().to_lowercase();
                let level = Level::parse(r.fields[1]).ok_or_else(|| Error::Lexicon {
                    file: file.clone(),
                    line: r.line,
                    message: format!("unknown level {:?} (expected one of: remember, understand, apply, analyse, evaluate, create)", r.fields[1]),
                })?;
                let e = by_lemma.entry(lemma.clone()).or_insert_with(|| VerbInfo {
                    lemma,
                    levels: Vec::new(),
                    vague: false,
                });
                let source = format!("{file}:{}", r.line);
                if !e.levels.iter().any(|(l, _)| *l == level) {
                    // The primary reading of a two-level verb (its level among the cognitive
                    // processes of Anderson & Krathwohl) comes first.
                    if r.fields[3].split_whitespace().any(|w| w == "primary") {
                        e.levels.insert(0, (level, source));
                    } else {
                        e.levels.push((level, source));
                    }
                }
            }
        }
        for (file, text) in &src.vague {
            for r in rows(file, text, &["lemma", "pos", "note"])? {
                let lemma = r.fields[0].trim().to_lowercase();
                // Vague verbs are not outcomes, but reviewers still give the statement a level:
                // knowing is Remember, the rest (understand, learn, gain insight) Understand.
                let level = if KNOW.contains(&lemma.as_str()) {
                    Level::Remember
                } else {
                    Level::Understand
                };
                let levels =
                    vec![(level, format!("{file}:{} (vague verb, default level)", r.line))];
                by_lemma.insert(lemma.clone(), VerbInfo { lemma, levels, vague: true });
            }
        }
        let mut entries: Vec<(String, VerbInfo)> =
            by_lemma.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (file, text) in &src.forms {
            for r in rows(file, text, &["form", "lemma"])? {
                let lemma = r.fields[1].trim().to_lowercase();
                let Some(info) = by_lemma.get(&lemma) else {
                    return Err(Error::Lexicon {
                        file: file.clone(),
                        line: r.line,
                        message: format!(
                            "form of unknown lemma {lemma:?} (add it to bloom/ or vague/ first)"
                        ),
                    });
                };
                entries.push((r.fields[0].trim().to_lowercase(), info.clone()));
            }
        }
        // The present third persons of Italian, Spanish and Portuguese verbs, where the Snowball
        // stemmer cuts them shorter than the infinitive (it `valuta` and `val`, es `compara` and
        // `comp`, pt `avalia` and `aval`: `-uta`, `-ara`, `-ia` are verb endings to it): matched
        // as written ([`LangLexicon::exact`]) when that shorter stem is no lemma's. The French
        // future of -re, -oir and -ir verbs likewise (`produiront`, `concevront`).
        let lemma_stems: FastSet<String> =
            by_lemma.keys().filter(|l| !l.contains(' ')).map(|l| lex.stem(l)).collect();
        let mut exact: Vec<(String, String, VerbInfo)> = Vec::new();
        for info in by_lemma.values().filter(|v| !v.lemma.contains(' ')) {
            let l = info.lemma.as_str();
            let endings: &[(&str, &[&str])] = match lang {
                Lang::It => {
                    &[("are", &["a", "ano"]), ("ere", &["e", "ono"]), ("ire", &["e", "ono"])]
                }
                Lang::Es => &[("ar", &["a", "an"]), ("er", &["e", "en"]), ("ir", &["e", "en"])],
                Lang::Pt => &[("ar", &["a", "am"]), ("er", &["e", "em"]), ("ir", &["e", "em"])],
                // The French future of -re, -oir and -ir verbs (`produiront`, `concevront`,
                // `choisiront`; the -er future stems like its infinitive), with the irregular
                // futures of -enir and -quérir first (`obtiendront`, `acquerront`; the stemmer
                // already reads `recueilleront`).
                Lang::Fr => &[
                    ("enir", &["iendra", "iendront", "iendrez"]),
                    ("quérir", &["querra", "querront", "querrez"]),
                    ("oir", &["ra", "ront", "rez"]),
                    ("re", &["ra", "ront", "rez"]),
                    ("ir", &["ira", "iront", "irez"]),
                ],
                _ => &[],
            };
            let Some((root, thirds)) =
                endings.iter().find_map(|(inf, t)| l.strip_suffix(inf).map(|r| (r, *t)))
            else {
                continue;
            };
            let own = lex.stem(l);
            for t in thirds {
                let form = format!("{root}{t}");
                let st = lex.stem(&form);
                if st != own && !lemma_stems.contains(&st) {
                    exact.push((form, own.clone(), info.clone()));
                }
            }
        }
        exact.sort_by(|a, b| a.0.cmp(&b.0).then(a.2.lemma.cmp(&b.2.lemma)));
        for (form, stem, info) in exact {
            lex.surfaces.insert(form.clone());
            lex.exact.entry(form).or_insert((stem, info));
        }
        // Lemmas first (sorted), then forms, so a lemma's own stem wins over a form's.
        entries.sort_by(|a, b| a.1.lemma.cmp(&b.1.lemma).then(a.0.cmp(&b.0)));
        for (surface, info) in entries {
            let ws = words(&surface);
            if ws.len() == 1 {
                lex.surfaces.insert(ws[0].clone());
            }
            let stems: Vec<String> = ws.iter().map(|w| lex.stem(w)).collect();
            if stems.len() == 1 {
                let stem = stems.into_iter().next().unwrap_or_default();
                let particle = split_particle(lang, &info.lemma, &ws[0]).unwrap_or("");
                if matches!(lang, Lang::De | Lang::Nl) {
                    let list = lex.separable.entry(stem.clone()).or_default();
                    if !list.iter().any(|(p, i)| p == particle && i.lemma == info.lemma) {
                        list.push((particle.to_string(), info.clone()));
                    }
                }
                lex.verbs.entry(stem).and_modify(|e| merge(e, &info)).or_insert(info);
            } else if !stems.is_empty() {
                lex.phrases.push(Phrase { stems, info });
            }
        }
        // Only stems with a split base need the particle to tell their lemmas apart. Without its
        // particle, such a form is still a verb, of a lemma the lexicon lacks (`Voert gesprekken`
        // is not *uitvoeren*): the base verb, with no level of its own.
        lex.separable.retain(|_, list| list.iter().any(|(p, _)| !p.is_empty()));
        for list in lex.separable.values_mut() {
            if !list.iter().any(|(p, _)| p.is_empty())
                && let Some((p, i)) = list.iter().find(|(p, _)| !p.is_empty())
            {
                let base = i.lemma.split(' ').next().unwrap_or("").get(p.len()..).unwrap_or("");
                let info = VerbInfo { lemma: base.to_string(), levels: Vec::new(), vague: false };
                list.push((String::new(), info));
            }
        }
        lex.phrases.sort_by(|a, b| b.stems.len().cmp(&a.stems.len()).then(a.stems.cmp(&b.stems)));
        for (file, text) in &src.cues {
            for r in rows(file, text, &["kind", "phrase", "note"])? {
                let phrase = r.fields[1].trim().to_lowercase();
                let ws = words(&phrase);
                let stems: Vec<String> =
                    ws.iter().map(|w| lex.stemmer.stem(w).into_owned()).collect();
                let c = &mut lex.cues;
                match r.fields[0].trim() {
                    "leadin" => c.leadin.push(ws),
                    "dublin" => c.dublin.push((ws, r.fields[2].trim().to_string())),
                    "modal" => c.modal.push(ws),
                    "aim" => c.aim.push(ws),
                    "skills_heading" => c.skills_heading.push(ws),
                    "placeholder" => c.placeholder.push(phrase),
                    "subject" => c.subject.push(ws),
                    "content_heading" => c.content_heading.push(ws),
                    "aim_verb" => {
                        c.aim_verb.push(stems);
                        c.aim_verb_words.push(phrase);
                    }
                    other => {
                        return Err(Error::Lexicon {
                            file: file.clone(),
                            line: r.line,
                            message: format!(
                                "unknown cue kind {other:?} (expected one of: leadin, dublin, modal, aim, skills_heading, placeholder, subject, content_heading, aim_verb)"
                            ),
                        });
                    }
                }
            }
        }
        for (file, text) in &src.nouns {
            for r in rows(file, text, &["kind", "word", "level", "note"])? {
                let word = r.fields[1].trim().to_lowercase();
                let stems: Vec<String> =
                    words(&word).iter().map(|w| lex.stemmer.stem(w).into_owned()).collect();
                if stems.is_empty() {
                    continue;
                }
                let level = r.fields[2].trim();
                match r.fields[0].trim() {
                    "light" if level.is_empty() => lex.light.push(stems),
                    "light" => {
                        return Err(Error::Lexicon {
                            file: file.clone(),
                            line: r.line,
                            message: format!(
                                "a light verb has no level (found {level:?}): its object noun carries it"
                            ),
                        });
                    }
                    "noun" => {
                        let level = Level::parse(level).ok_or_else(|| Error::Lexicon {
                            file: file.clone(),
                            line: r.line,
                            message: format!("unknown level {level:?} (expected one of: remember, understand, apply, analyse, evaluate, create)"),
                        })?;
                        let source = format!("{file}:{}", r.line);
                        let list = lex.nouns.entry(stems[0].clone()).or_default();
                        match list.iter_mut().find(|n| n.stems == stems) {
                            Some(n) => {
                                if !n.levels.iter().any(|(l, _)| *l == level) {
                                    n.levels.push((level, source));
                                }
                            }
                            None => list.push(Noun { word, stems, levels: vec![(level, source)] }),
                        }
                    }
                    other => {
                        return Err(Error::Lexicon {
                            file: file.clone(),
                            line: r.line,
                            message: format!("unknown kind {other:?} (expected noun or light)"),
                        });
                    }
                }
            }
        }
        for list in lex.nouns.values_mut() {
            list.sort_by(|a, b| b.stems.len().cmp(&a.stems.len()).then(a.stems.cmp(&b.stems)));
        }
        lex.light.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        lex.light.dedup();
        for list in [
            &mut lex.cues.leadin,
            &mut lex.cues.modal,
            &mut lex.cues.aim,
            &mut lex.cues.subject,
            &mut lex.cues.skills_heading,
            &mut lex.cues.content_heading,
        ] {
            list.retain(|p| !p.is_empty());
            list.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            list.dedup();
        }
        let c = &lex.cues;
        let firsts: FastSet<String> = [&c.leadin, &c.modal, &c.aim, &c.subject]
            .into_iter()
            .flatten()
            .filter_map(|p| p.first().cloned())
            .collect();
        let heading_firsts: FastSet<String> = [&c.leadin, &c.skills_heading, &c.content_heading]
            .into_iter()
            .flatten()
            .chain(c.dublin.iter().map(|(p, _)| p))
            .filter_map(|p| p.first().cloned())
            .collect();
        let mut by_first: FastMap<String, [Vec<usize>; 4]> = FastMap::default();
        for (n, list) in [&c.aim, &c.modal, &c.subject, &c.leadin].into_iter().enumerate() {
            for (i, p) in list.iter().enumerate() {
                if let Some(first) = p.first() {
                    by_first.entry(first.clone()).or_default()[n].push(i);
                }
            }
        }
        let mut first_filters = [WordFilter::default(); 4];
        for (n, f) in first_filters.iter_mut().enumerate() {
            *f = WordFilter::of(
                by_first.iter().filter(|(_, ix)| !ix[n].is_empty()).map(|(w, _)| w.as_str()),
            );
        }
        lex.cues.firsts_filter = WordFilter::of(firsts.iter().map(String::as_str));
        lex.cues.heading_firsts_filter = WordFilter::of(heading_firsts.iter().map(String::as_str));
        lex.cues.firsts = firsts;
        lex.cues.heading_firsts = heading_firsts;
        lex.cues.by_first = by_first;
        lex.cues.first_filters = first_filters;
        lex.phrase_firsts = lex.phrases.iter().filter_map(|p| p.stems.first().cloned()).collect();
        for (i, p) in lex.phrases.iter().enumerate() {
            if let Some(first) = p.stems.first() {
                lex.phrases_from.entry(first.clone()).or_default().push(i);
            }
        }
        for (i, p) in lex.phrases.iter().enumerate().filter(|(_, p)| p.stems.len() >= 2) {
            for (k, s) in p.stems.iter().enumerate() {
                // Each stem held once, listed once (`p.stems[..k]` does not hold it).
                if !p.stems[..k].contains(s) && p.stems.iter().filter(|x| *x == s).count() == 1 {
                    lex.phrases_holding.entry(s.clone()).or_default().push(i);
                }
            }
        }
        Ok(lex)
    }
}

/// Vague verbs of knowing facts (level Remember); other vague verbs default to Understand.
///
/// Knowing as acquaintance is not here: `be aware of` and the Romance *conoscere*, *conocer*,
/// *conhecer*, *connaître* (know a field, its principles, its approaches) are read as
/// understanding by reviewers (6 of the 7 such statements of the two labelled sets; the
/// nouns file puts awareness on understand too), while *know*, *kennen*, *wissen*, *sapere*
/// stay on remember.
const KNOW: &[&str] = &["know", "recall", "sapere", "savoir", "kennen", "wissen", "saber", "weten"];

/// Separable particles of German and Dutch verbs, longest first within each language.
const PARTICLES: &[(Lang, &[&str])] = &[
    (
        Lang::De,
        &[
            "auseinander",
            "gegenüber",
            "zusammen",
            "heraus",
            "hervor",
            "kennen",
            "wieder",
            "zurück",
            "weiter",
            "vorbei",
            "durch",
            "klar",
            "fest",
            "frei",
            "nach",
            "dar",
            "auf",
            "aus",
            "bei",
            "ein",
            "her",
            "hin",
            "mit",
            "vor",
            "weg",
            "ab",
            "an",
            "um",
            "zu",
        ],
    ),
    (
        Lang::Nl,
        &[
            "samen", "terug", "tegen", "door", "deel", "vast", "voor", "weer", "aan", "mee", "toe",
            "uit", "af", "bij", "in", "na", "om", "op",
        ],
    ),
];

/// The particle that a form of a separable verb leaves behind (`stellt` of *darstellen*: `dar`):
/// the lemma starts with it, the form does not, and what follows it starts like the form.
fn split_particle(lang: Lang, lemma: &str, form: &str) -> Option<&'static str> {
    let first = lemma.split(' ').next().unwrap_or(lemma);
    let list = PARTICLES.iter().find(|(l, _)| *l == lang)?.1;
    list.iter().copied().find(|p| {
        first.len() > p.len()
            && first.starts_with(p)
            && !form.starts_with(p)
            && first[p.len()..].chars().next() == form.chars().next()
    })
}

/// Two lemmas with one stem: keep both levels; vague wins only if both are vague.
fn merge(into: &mut VerbInfo, other: &VerbInfo) {
    for (l, src) in &other.levels {
        if !into.levels.iter().any(|(x, _)| x == l) {
            into.levels.push((*l, src.clone()));
        }
    }
    into.vague = into.vague && other.vague;
}

/// The shipped files of one language.
pub fn shipped_sources(lang: Lang) -> Sources<'static> {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    let one = |t: &[(&'static str, &'static str); 7]| vec![(t[i].0.to_string(), t[i].1)];
    Sources {
        bloom: one(&embedded::BLOOM),
        forms: one(&embedded::FORMS),
        vague: one(&embedded::VAGUE),
        cues: one(&embedded::CUES),
        nouns: one(&embedded::NOUNS),
    }
}

impl Lexicons {
    /// The shipped lexicons.
    pub fn shipped() -> Result<Lexicons> {
        Lexicons::with_extra(None, false)
    }

    /// The shipped lexicons extended with the files of `dir` (`<kind>/<lang>.csv`, same headers),
    /// or, with `replace`, each file of `dir` replacing the shipped file of its kind and language
    /// (an institution's own verb list instead of ours).
    pub fn with_extra(dir: Option<&Path>, replace: bool) -> Result<Lexicons> {
        let mut extra: Vec<(String, String)> = Vec::new();
        if let Some(dir) = dir {
            if !dir.is_dir() {
                return Err(Error::Lexicon {
                    file: dir.display().to_string(),
                    line: 0,
                    message:
                        "no such folder (--lexicon-dir expects a folder of <kind>/<lang>.csv files)"
                            .to_string(),
                });
            }
            for kind in ["bloom", "forms", "vague", "cues", "nouns"] {
                for lang in Lang::ALL {
                    let p = dir.join(kind).join(format!("{}.csv", lang.code()));
                    if p.exists() {
                        let text = std::fs::read_to_string(&p).map_err(|e| Error::Lexicon {
                            file: p.display().to_string(),
                            line: 0,
                            message: format!("cannot read: {e}"),
                        })?;
                        extra.push((p.display().to_string(), text));
                    }
                }
            }
        }
        // A folder laid out otherwise (`en.csv` at its top, `verbs/en.csv`) would change nothing,
        // silently: the user believes their verbs were applied.
        if let Some(dir) = dir
            && extra.is_empty()
        {
            return Err(Error::Lexicon {
                file: dir.display().to_string(),
                line: 0,
                message: format!(
                    "no lexicon file found: expected <kind>/<lang>.csv with kind one of bloom, forms, vague, cues, nouns and lang one of {}",
                    Lang::ALL.iter().map(|l| l.code()).collect::<Vec<_>>().join(", ")
                ),
            });
        }
        let mut langs = Vec::new();
        for (i, lang) in Lang::ALL.iter().enumerate() {
            let pick =
                |table: &[(&'static str, &'static str); 7], kind: &str| -> Vec<(String, &str)> {
                    let suffix = format!("{kind}/{}.csv", lang.code());
                    let mine: Vec<(String, &str)> = extra
                        .iter()
                        .filter(|(name, _)| name.ends_with(&suffix))
                        .map(|(name, text)| (name.clone(), text.as_str()))
                        .collect();
                    if replace && !mine.is_empty() {
                        return mine;
                    }
                    let mut v: Vec<(String, &str)> = vec![(table[i].0.to_string(), table[i].1)];
                    v.extend(mine);
                    v
                };
            let src = Sources {
                bloom: pick(&embedded::BLOOM, "bloom"),
                forms: pick(&embedded::FORMS, "forms"),
                vague: pick(&embedded::VAGUE, "vague"),
                cues: pick(&embedded::CUES, "cues"),
                nouns: pick(&embedded::NOUNS, "nouns"),
            };
            langs.push(LangLexicon::parse(*lang, &src)?);
        }
        // Each language's heading phrases, for the other languages' texts; in a fixed order
        // (languages as `Lang::ALL`, then Dublin, skills, content, lead-in), the first wins.
        let cues_of = |l: &LangLexicon| {
            let c = &l.cues;
            let mut v: Vec<(String, HeadingCue)> = Vec::new();
            v.extend(c.dublin.iter().map(|(p, a)| (p.join(" "), HeadingCue::Dublin(a.clone()))));
            v.extend(c.skills_heading.iter().map(|p| (p.join(" "), HeadingCue::Skills)));
            v.extend(c.content_heading.iter().map(|p| (p.join(" "), HeadingCue::Content)));
            v.extend(c.leadin.iter().map(|p| (p.join(" "), HeadingCue::Learning)));
            v
        };
        let all: Vec<Vec<(String, HeadingCue)>> = langs.iter().map(cues_of).collect();
        for (i, l) in langs.iter_mut().enumerate() {
            let mut m: FastMap<String, HeadingCue> = FastMap::default();
            for (j, list) in all.iter().enumerate() {
                if j != i {
                    for (p, c) in list {
                        m.entry(p.clone()).or_insert_with(|| c.clone());
                    }
                }
            }
            l.cues.foreign_headings = m;
        }
        let mut surface_langs: FastMap<String, u8> = FastMap::default();
        for (i, l) in langs.iter().enumerate().take(Lang::ALL.len()) {
            for w in &l.surfaces {
                *surface_langs.entry(w.clone()).or_default() |= 1 << i;
            }
        }
        Ok(Lexicons { langs, none: LangLexicon::empty(), surface_langs })
    }

    /// The lexicon of `lang`: English for undetermined (a short text is most often English),
    /// an empty one for a language outside the seven ([`Lang::Other`]), whose text no lexicon
    /// of ours can read (the pipeline still reads English labels over it with English's).
    pub fn get(&self, lang: Lang) -> &LangLexicon {
        if let Lang::Other(_) = lang {
            return &self.none;
        }
        let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        &self.langs[i]
    }

    /// The languages of [`Lang::ALL`] whose written verb forms hold a lowercase word: bit `i`
    /// when `self.get(Lang::ALL[i]).surfaces` contains it.
    pub fn surface_langs(&self, lower: &str) -> u8 {
        self.surface_langs.get(lower).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests;
