//! Languages the analysis supports, and per-record language detection.
//!
//! Guarantees: detection answers one of the seven supported languages, or
//! [`Lang::Other`] with the ISO 639-1 code of another language that whatlang tells reliably
//! (Polish, Swedish, Czech, Russian, Chinese: the verb and Bloom lexicons then find nothing in
//! its text, see [`crate::lexicon::Lexicons::get`]), or [`Lang::Und`] when the text has too few
//! letters to say, or is mostly in another script whose language whatlang cannot tell. Function
//! words of one of the seven by a wide margin decide first, so another language is only said
//! of a text they do not claim; in Latin or Cyrillic letters it needs [`RELIABLE_WORDS`] words
//! besides field labels, and in Latin letters the same answer with the labels read (see
//! [`Detector::other_language`]). A shorter Latin-script text keeps a guess among the seven,
//! marked unreliable: whatlang reads English tag lists as Latin or Catalan. Measured on the ten
//! shared corpora (8,467 records, session 23): 175 records changed language, none written in one
//! of the seven (Chinese, Japanese, Korean, Arabic, Russian, Ukrainian, Indonesian, Turkish,
//! Hungarian, Vietnamese, Hindi texts that were `und` or labelled by their English field labels).

use serde::{Deserialize, Serialize};

/// A language the pipeline has lexicons and a stemmer for, another language it can name but
/// not analyse, or `Und` (undetermined). Serialised as its code (`"en"`, `"pl"`, `"und"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// English.
    En,
    /// Italian.
    It,
    /// French.
    Fr,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Portuguese.
    Pt,
    /// Dutch.
    Nl,
    /// A language outside the seven, by its ISO 639-1 code (`pl`, `sv`, `cs`, `ru`, `zh`):
    /// named in the outputs, with no lexicon, stemmer or segmentation rules of its own.
    Other(&'static str),
    /// Undetermined: empty or too short a text, or a language whatlang cannot tell reliably.
    Und,
}

impl Lang {
    /// Every supported language, in table order.
    pub const ALL: [Lang; 7] =
        [Lang::En, Lang::It, Lang::Fr, Lang::De, Lang::Es, Lang::Pt, Lang::Nl];

    /// ISO 639-1 code (`und` for undetermined).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::It => "it",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Nl => "nl",
            Lang::Other(code) => code,
            Lang::Und => "und",
        }
    }

    /// Parses an ISO 639-1 code or an English language name, case-insensitively.
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_lowercase();
        Some(match s.as_str() {
            "en" | "eng" | "english" | "inglese" => Lang::En,
            "it" | "ita" | "italian" | "italiano" => Lang::It,
            "fr" | "fra" | "fre" | "french" | "français" | "francais" => Lang::Fr,
            "de" | "deu" | "ger" | "german" | "deutsch" => Lang::De,
            "es" | "spa" | "spanish" | "español" | "espanol" => Lang::Es,
            "pt" | "por" | "portuguese" | "português" | "portugues" => Lang::Pt,
            "nl" | "nld" | "dut" | "dutch" | "nederlands" => Lang::Nl,
            "und" => Lang::Und,
            _ => return None,
        })
    }

    /// The Snowball algorithm for this language. Stemmers expect lowercase input: lowercase
    /// first.
    pub fn stemmer(self) -> Option<rust_stemmers::Algorithm> {
        use rust_stemmers::Algorithm as A;
        Some(match self {
            Lang::En => A::English,
            Lang::It => A::Italian,
            Lang::Fr => A::French,
            Lang::De => A::German,
            Lang::Es => A::Spanish,
            Lang::Pt => A::Portuguese,
            Lang::Nl => A::Dutch,
            Lang::Other(_) | Lang::Und => return None,
        })
    }

    /// Whether the pipeline has lexicons for it (one of [`Lang::ALL`]).
    pub fn supported(self) -> bool {
        !matches!(self, Lang::Other(_) | Lang::Und)
    }

    /// One of the seven for whatlang's answer, else `Und` (for the detector restricted to
    /// the seven).
    fn from_whatlang(l: whatlang::Lang) -> Lang {
        match Lang::of_whatlang(l) {
            Lang::Other(_) => Lang::Und,
            l => l,
        }
    }

    /// Any language whatlang knows: one of the seven, or [`Lang::Other`] with its ISO 639-1
    /// code.
    fn of_whatlang(l: whatlang::Lang) -> Lang {
        use whatlang::Lang as W;
        Lang::Other(match l {
            W::Eng => return Lang::En,
            W::Ita => return Lang::It,
            W::Fra => return Lang::Fr,
            W::Deu => return Lang::De,
            W::Spa => return Lang::Es,
            W::Por => return Lang::Pt,
            W::Nld => return Lang::Nl,
            W::Epo => "eo",
            W::Rus => "ru",
            W::Cmn => "zh",
            W::Ben => "bn",
            W::Ukr => "uk",
            W::Kat => "ka",
            W::Ara => "ar",
            W::Hin => "hi",
            W::Jpn => "ja",
            W::Heb => "he",
            W::Yid => "yi",
            W::Pol => "pl",
            W::Amh => "am",
            W::Jav => "jv",
            W::Kor => "ko",
            W::Nob => "nb",
            W::Dan => "da",
            W::Swe => "sv",
            W::Fin => "fi",
            W::Tur => "tr",
            W::Hun => "hu",
            W::Ces => "cs",
            W::Ell => "el",
            W::Bul => "bg",
            W::Bel => "be",
            W::Mar => "mr",
            W::Kan => "kn",
            W::Ron => "ro",
            W::Slv => "sl",
            W::Hrv => "hr",
            W::Srp => "sr",
            W::Mkd => "mk",
            W::Lit => "lt",
            W::Lav => "lv",
            W::Est => "et",
            W::Tam => "ta",
            W::Vie => "vi",
            W::Urd => "ur",
            W::Tha => "th",
            W::Guj => "gu",
            W::Uzb => "uz",
            W::Pan => "pa",
            W::Aze => "az",
            W::Ind => "id",
            W::Tel => "te",
            W::Pes => "fa",
            W::Mal => "ml",
            W::Ori => "or",
            W::Mya => "my",
            W::Nep => "ne",
            W::Sin => "si",
            W::Khm => "km",
            W::Tuk => "tk",
            W::Aka => "ak",
            W::Zul => "zu",
            W::Sna => "sn",
            W::Afr => "af",
            W::Lat => "la",
            W::Slk => "sk",
            W::Cat => "ca",
            W::Tgl => "tl",
            W::Hye => "hy",
        })
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    /// One of the seven or `und` (as [`Lang::parse`]); another language's code is read too,
    /// when whatlang knows it.
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let s = String::deserialize(de)?;
        Lang::parse(&s).or_else(|| Lang::other(&s)).ok_or_else(|| {
            serde::de::Error::custom(format!("unknown language {s:?} (expected an ISO 639-1 code)"))
        })
    }
}

impl Lang {
    /// [`Lang::Other`] for the ISO 639-1 code of a language whatlang knows outside the seven.
    pub fn other(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        whatlang::Lang::all()
            .iter()
            .map(|l| Lang::of_whatlang(*l))
            .find(|l| matches!(l, Lang::Other(c) if *c == code))
    }
}

/// A language detector: the seven supported languages, or another one whatlang tells
/// reliably. Build once, share across threads.
pub struct Detector {
    /// whatlang restricted to the seven.
    inner: whatlang::Detector,
    /// whatlang over every language it knows, to name a language outside the seven.
    any: whatlang::Detector,
}

impl Default for Detector {
    fn default() -> Self {
        Detector::new()
    }
}

/// How many bytes of a text detection looks at: enough for a stable answer, bounded cost.
const DETECT_BYTES: usize = 4096;

impl Detector {
    /// A detector over en, it, fr, de, es, pt, nl.
    pub fn new() -> Detector {
        let allow = vec![
            whatlang::Lang::Eng,
            whatlang::Lang::Ita,
            whatlang::Lang::Fra,
            whatlang::Lang::Deu,
            whatlang::Lang::Spa,
            whatlang::Lang::Por,
            whatlang::Lang::Nld,
        ];
        Detector {
            inner: whatlang::Detector::with_allowlist(allow),
            any: whatlang::Detector::new(),
        }
    }

    /// Detects the language of `text`: `(lang, reliable)`. Texts with fewer than 20 letters are
    /// `Und`. A text whose function words name one language by a wide margin (see
    /// [`by_function_words`]) is that language, reliably; a text whatlang reliably says is in
    /// another language ([`Detector::other_language`]) is that one; any other goes to whatlang
    /// restricted to the seven.
    pub fn detect(&self, text: &str) -> (Lang, bool) {
        self.detect_unless(text, |_| false)
    }

    /// [`Detector::detect`], where a language outside the seven found in Latin letters is
    /// dropped when `seven(sample)` says the text is one of the seven after all (the pipeline's
    /// vote of function words and lexicon verbs: English tag lists were Latin or Catalan to
    /// whatlang); whatlang restricted to the seven then decides, as for any other text.
    pub fn detect_unless(&self, text: &str, seven: impl FnOnce(&str) -> bool) -> (Lang, bool) {
        let sample = crate::text::prefix(text, DETECT_BYTES);
        // Addresses are no language (a description that is only a URL was French).
        let cleaned;
        let sample = if sample.contains("://") || sample.contains("www.") {
            cleaned = sample
                .split_whitespace()
                .filter(|w| !w.contains("://") && !w.starts_with("www."))
                .collect::<Vec<_>>()
                .join(" ");
            cleaned.as_str()
        } else {
            sample
        };
        if !has_letters(sample, 20) {
            return (Lang::Und, false);
        }
        if let Some(lang) = by_function_words(sample) {
            return (lang, true);
        }
        // A language outside the seven found in Latin letters is dropped when `seven(sample)`:
        // asked before whatlang's pass over every language (about 900 k instructions), which
        // is then skipped (its script is the one `detect_script` finds, so the answer is the
        // same).
        // The text without labels and its script, read once for both questions below.
        let content = without_labels(sample);
        let other_script = mostly_other_script(&content);
        if let Some(lang) = self.other_language_of(sample, content, other_script, seven) {
            return (lang, true);
        }
        // Labels aside, mostly letters of a script none of the seven is written in (`Modules:
        // Модуль 1, Модуль 2`, an Arabic title under English labels), and too short for whatlang
        // to name its language: undetermined, not the language of the labels.
        if other_script {
            return (Lang::Und, false);
        }
        self.detect_whatlang(sample)
    }

    /// The language outside the seven that whatlang, over every language it knows, reliably
    /// says `sample` is in (Polish, Swedish, Czech, Russian), else `None`. As for the seven,
    /// a text of fewer than [`RELIABLE_WORDS`] words is no reliable answer when its script is
    /// shared by many languages told apart by their words (Latin, Cyrillic); a script of its
    /// own (Greek, Hangul, Chinese characters) needs only the 20 letters `detect` asks.
    ///
    /// Field labels (`What you will learn:`, `Skill gain:`) and `Not specified` are the
    /// scraper's words, not the description's: they are left out, so English labels over a tag
    /// list count no words. A text of Latin letters with more than 5 % of letters of another
    /// script (English labels and product names around Japanese) is mixed: its Latin trigrams
    /// name no language (they gave Swedish and Catalan for Japanese outcomes).
    pub fn other_language(&self, sample: &str) -> Option<Lang> {
        self.other_language_unless(sample, |_| false)
    }

    /// [`Detector::other_language`], or `None` for a language found in Latin letters when
    /// `seven(sample)`: then the pass over every language is skipped. `seven` is asked only for
    /// a text of enough words in Latin letters.
    fn other_language_unless(
        &self,
        sample: &str,
        seven: impl FnOnce(&str) -> bool,
    ) -> Option<Lang> {
        let sample = crate::text::prefix(sample, DETECT_BYTES);
        let content = without_labels(sample);
        let other_script = mostly_other_script(&content);
        self.other_language_of(sample, content, other_script, seven)
    }

    /// [`Detector::other_language_unless`] of a sample of at most [`DETECT_BYTES`] bytes, given
    /// `without_labels(sample)` and whether it is [`mostly_other_script`].
    fn other_language_of(
        &self,
        sample: &str,
        mut content: String,
        other_script: bool,
        seven: impl FnOnce(&str) -> bool,
    ) -> Option<Lang> {
        // Mostly another script (Japanese around `Google Cloud`, `Kubernetes`): its letters
        // alone, or the Latin ones, whatlang's largest single script, would name a Latin-script
        // language (Japanese letters are counted as three scripts).
        if other_script {
            content.retain(|c| !(c.is_alphabetic() && is_latin(c)));
        }
        // A short text in a script shared by many languages is no answer (below) whatever
        // whatlang says: its script alone (what `detect` finds first) decides, without scoring
        // every language's trigrams.
        let short = content.split_whitespace().nth(RELIABLE_WORDS - 1).is_none();
        let script = whatlang::detect_script(&content);
        if short && matches!(script, Some(whatlang::Script::Latin | whatlang::Script::Cyrillic)) {
            return None;
        }
        // whatlang's answer is in the script `detect_script` finds: in Latin letters, an answer
        // that `seven` would drop is not worth the pass.
        if script == Some(whatlang::Script::Latin) && seven(sample) {
            return None;
        }
        let info = self.any.detect(&content)?;
        let lang = Lang::of_whatlang(info.lang());
        if lang.supported() || !info.is_reliable() {
            return None;
        }
        let shared_script =
            matches!(info.script(), whatlang::Script::Latin | whatlang::Script::Cyrillic);
        if shared_script && short {
            return None;
        }
        if info.script() == whatlang::Script::Latin
            && latin_share(&content).is_some_and(|(latin, letters)| latin * 20 < letters * 19)
        {
            return None;
        }
        // In Latin letters, the answer must hold with the labels read too: English labels pull
        // an English tag list back towards English (whatlang's Latin or Catalan for `Cash Flow,
        // Financial Statement, Balance Sheet` fell below its reliability), while a foreign
        // text under them stays foreign (Indonesian, Turkish, Hungarian outcomes).
        let latin = info.script() == whatlang::Script::Latin;
        if latin
            && content.len() != sample.len()
            && !self.any.detect(sample).is_some_and(|i| i.lang() == info.lang() && i.is_reliable())
        {
            return None;
        }
        Some(lang)
    }

    /// whatlang's answer alone (no function-word shortcut), for `detect` and for comparing the
    /// two (`examples/lang_agreement.rs`).
    pub fn detect_whatlang(&self, text: &str) -> (Lang, bool) {
        let sample = crate::text::prefix(text, DETECT_BYTES);
        if !has_letters(sample, 20) {
            return (Lang::Und, false);
        }
        // whatlang calls a short text reliable on a few trigrams (`Learning outcomes: Analyse
        // survey data, Design a questionnaire, Evaluate sampling methods` was reliably French):
        // under `RELIABLE_WORDS` words its answer is a guess, which the pipeline's lexicon vote
        // may overrule.
        let short = sample.split_whitespace().nth(RELIABLE_WORDS - 1).is_none();
        match self.inner.detect(sample) {
            Some(info) => (Lang::from_whatlang(info.lang()), info.is_reliable() && !short),
            None => (Lang::Und, false),
        }
    }
}

/// Whether a letter is of the Latin script: ASCII, Latin-1 to Latin Extended-B, and Latin
/// Extended Additional (Vietnamese `ệ`).
fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Letters of `s` in the Latin script and all its letters, or `None` when it has none.
fn latin_share(s: &str) -> Option<(usize, usize)> {
    // An ASCII letter is Latin; [`letters_of`] asks `is_latin` of the others only.
    let (latin, letters) = letters_of(s, is_latin);
    (letters > 0).then_some((latin, letters))
}

/// Whether most letters of `s` are of a script none of the seven is written in.
fn mostly_other_script(s: &str) -> bool {
    latin_share(s).is_some_and(|(latin, letters)| latin * 2 < letters)
}

/// `sample` without field labels (up to five words before a colon at the start of a line:
/// `What you will learn:`, `Skill gain:`) and without lines saying `Not specified`.
fn without_labels(sample: &str) -> String {
    let mut out = String::with_capacity(sample.len());
    for line in sample.lines() {
        let line = match line.split_once(':') {
            Some((label, rest)) if label.split_whitespace().count() <= 5 => rest,
            _ => line,
        };
        let line = line.trim();
        if line.is_empty() || line.eq_ignore_ascii_case("not specified") {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Whether `s` holds at least `n` alphabetic chars (read no further than the `n`-th).
fn has_letters(s: &str, n: usize) -> bool {
    n == 0 || s.chars().filter(|c| c.is_alphabetic()).nth(n - 1).is_some()
}

/// The fewest words of a text whose whatlang answer counts as reliable.
pub const RELIABLE_WORDS: usize = 20;

/// Words read by the function-word shortcut.
const SHORTCUT_WORDS: usize = 120;
/// Function words of one language needed for the shortcut ...
const SHORTCUT_MIN: u32 = 12;
/// ... and how many times the runner-up's count they must reach.
const SHORTCUT_MARGIN: u32 = 4;

/// The language of `sample` when its function words say so by a wide margin, else `None`.
///
/// Counts, in the first `SHORTCUT_WORDS` words, the words of `data/lexicons/stopwords/` that
/// belong to one language's list only (`the`, `und`, `della`, `het`; not `de` or `a`). At least
/// `SHORTCUT_MIN` of one language and `SHORTCUT_MARGIN` times the runner-up's count decide;
/// mixed, short or foreign texts, and texts with more than 5 % of letters outside the Latin
/// script, go to whatlang. The shortcut costs a few hash lookups per word
/// where whatlang scores every trigram against seven profiles. A terse text (at least
/// `TERSE_MIN` words of one language only, none of another, and at most one foreign function
/// word per `TERSE_FOREIGN` of its own) is decided too. On the ten shared corpora, the dev set
/// and 5,000 generated records (13,585 texts) the shortcut answers 11,506 and differs from
/// whatlang on 73: it says English where whatlang, mostly unreliable, said German or French,
/// nearly all English texts or English headings over English topic names
/// (`examples/lang_agreement.rs`).
pub fn by_function_words(sample: &str) -> Option<Lang> {
    // Letters of other scripts (a Korean or Arabic text under English headings): whatlang. An
    // ASCII sample has none, and needs no count.
    if !sample.is_ascii() {
        let (latin, letters) = latin_letters(sample);
        if latin * 20 < letters * 19 {
            return None;
        }
    }
    let c = function_words(sample);
    let counts = c.own;
    let (best, &n) = counts.iter().enumerate().max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))?;
    let runner_up = counts.iter().enumerate().filter(|(i, _)| *i != best).map(|(_, n)| *n).max()?;
    let wide = n >= SHORTCUT_MIN && n >= SHORTCUT_MARGIN * runner_up;
    // A terse text (a syllabus in note form) has few function words, but when every one of them
    // fits one language and some belong to it alone, that language it is. A foreign function
    // word (English headings over Spanish content) sends the text to whatlang.
    let foreign = c.any - c.listed[best];
    let terse = n >= TERSE_MIN && runner_up == 0 && foreign * TERSE_FOREIGN <= c.listed[best];
    (wide || terse).then(|| Lang::ALL[best])
}

/// Letters of `s` in the Latin script as [`by_function_words`] counts them (ASCII, Latin-1 to
/// Latin Extended-B), and all its letters. ASCII letters are counted over the bytes, and
/// eight bytes at a time with no byte of another character are skipped: only the other
/// characters are decoded.
fn latin_letters(s: &str) -> (usize, usize) {
    letters_of(s, |c| ('\u{00C0}'..='\u{024F}').contains(&c))
}

/// Letters of `s` that are ASCII or that `latin_of` accepts, and all its letters: ASCII letters
/// counted over the bytes, eight bytes at a time with no byte of another character skipped,
/// only the other characters decoded (and given to `latin_of`).
#[inline]
fn letters_of(s: &str, latin_of: impl Fn(char) -> bool) -> (usize, usize) {
    let bytes = s.as_bytes();
    let ascii = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
    let (mut latin, mut letters) = (ascii, ascii);
    let mut i = 0;
    while i < bytes.len() {
        if let Some(word) = bytes.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok())
            && u64::from_le_bytes(word) & 0x8080_8080_8080_8080 == 0
        {
            i += 8;
            continue;
        }
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        // `i` is on a char boundary: it only ever moves past whole characters.
        let Some(c) = s[i..].chars().next() else { break };
        if c.is_alphabetic() {
            letters += 1;
            latin += usize::from(latin_of(c));
        }
        i += c.len_utf8();
    }
    (latin, letters)
}

/// Fewest function words of one language only for the terse-text rule ...
const TERSE_MIN: u32 = 5;
/// ... and at most one foreign function word per this many of the language's own.
const TERSE_FOREIGN: u32 = 10;

/// Longest word looked up, in bytes (the function words of `data/lexicons/stopwords/` have 9
/// at most).
const FUNCTION_WORD_BYTES: usize = 16;

/// Function words → the languages whose list holds them (bit `i` for [`Lang::ALL`]`[i]`).
static LISTS: std::sync::LazyLock<WordMasks> = std::sync::LazyLock::new(|| {
    let mut langs: crate::lexicon::FastMap<String, u8> = Default::default();
    for (i, (_, text)) in crate::lexicon::embedded::STOPWORDS.iter().enumerate() {
        for w in text.lines().skip(1).map(str::trim).filter(|w| !w.is_empty()) {
            *langs.entry(w.to_lowercase()).or_default() |= 1 << i;
        }
    }
    WordMasks::new(langs)
});

/// Longest word of [`WordMasks`]' packed table, in bytes: a word and its length fit a `u128`.
const PACKED_BYTES: usize = 15;

/// Lowercase words → a byte, for the function words looked up at every word of a text: words
/// of up to [`PACKED_BYTES`] bytes packed into a `u128` (their bytes, then their length) in an
/// open-addressing table, a few instructions per lookup and no string hashing; longer words
/// (none in the shipped lists) and the empty word in a map.
struct WordMasks {
    /// Slots of (packed word, mask); a packed word is never 0 (its length byte is not).
    slots: Vec<(u128, u8)>,
    /// `slots.len() - 1` (a power of two).
    mask: usize,
    /// Words longer than [`PACKED_BYTES`], and the empty word.
    long: crate::lexicon::FastMap<String, u8>,
}

impl WordMasks {
    fn new(words: crate::lexicon::FastMap<String, u8>) -> WordMasks {
        let n = (words.len() * 4).next_power_of_two().max(16);
        let mut table = WordMasks { slots: vec![(0, 0); n], mask: n - 1, long: Default::default() };
        for (w, m) in words {
            match Self::pack(w.as_bytes()) {
                Some(k) => {
                    let mut at = Self::slot(k) & table.mask;
                    while table.slots[at].0 != 0 {
                        at = (at + 1) & table.mask;
                    }
                    table.slots[at] = (k, m);
                }
                None => {
                    table.long.insert(w, m);
                }
            }
        }
        table
    }

    /// A word of 1 to [`PACKED_BYTES`] bytes as a `u128`: its bytes, its length last (never 0,
    /// the empty slot).
    #[inline]
    fn pack(w: &[u8]) -> Option<u128> {
        if w.is_empty() || w.len() > PACKED_BYTES {
            return None;
        }
        let mut buf = [0u8; 16];
        buf[..w.len()].copy_from_slice(w);
        buf[15] = w.len() as u8;
        Some(u128::from_le_bytes(buf))
    }

    #[inline]
    fn slot(k: u128) -> usize {
        let x = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize
    }

    /// The byte of a lowercase word, if it is in the table.
    #[inline(always)]
    fn get(&self, w: &str) -> Option<u8> {
        let Some(k) = Self::pack(w.as_bytes()) else {
            return if self.long.is_empty() { None } else { self.long.get(w).copied() };
        };
        self.probe(k)
    }

    /// [`WordMasks::get`] of an ASCII word of letters and digits, 1 to [`PACKED_BYTES`] bytes,
    /// lowercased as it is packed: setting bit 0x20 of every byte lowercases an ASCII letter
    /// (what `char::to_lowercase` does to it) and leaves a digit as it is.
    #[inline(always)]
    fn get_ascii(&self, w: &[u8]) -> Option<u8> {
        debug_assert!(!w.is_empty() && w.len() <= PACKED_BYTES);
        debug_assert!(w.iter().all(u8::is_ascii_alphanumeric));
        let mut buf = [0u8; 16];
        buf[..w.len()].copy_from_slice(w);
        let used = (1u128 << (8 * w.len())) - 1;
        let k = (u128::from_le_bytes(buf) | (0x2020_2020_2020_2020_2020_2020_2020_2020 & used))
            | (w.len() as u128) << 120;
        self.probe(k)
    }

    /// The byte of a packed word, if it is in the table.
    #[inline(always)]
    fn probe(&self, k: u128) -> Option<u8> {
        let mut at = Self::slot(k) & self.mask;
        loop {
            let (key, m) = self.slots[at];
            if key == k {
                return Some(m);
            }
            if key == 0 {
                return None;
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// [`LISTS`]' languages of a lowercase word.
#[inline]
fn list_mask(lower: &str) -> Option<u8> {
    LISTS.get(lower)
}

/// Function words of the first `SHORTCUT_WORDS` words of a text.
pub struct FunctionWords {
    /// Per language of [`Lang::ALL`], the words that are function words of that language only.
    pub own: [u32; Lang::ALL.len()],
    /// Per language, the words its list holds (shared ones included).
    pub listed: [u32; Lang::ALL.len()],
    /// Words that are function words of any language.
    pub any: u32,
}

/// Per language of [`Lang::ALL`], the words of the first `SHORTCUT_WORDS` of `sample` that
/// are function words of that language only.
pub fn function_word_counts(sample: &str) -> [u32; Lang::ALL.len()] {
    function_words(sample).own
}

/// [`function_word_counts`] of words already split as `sample` would be (runs of letters and
/// digits, in text order) and lowercased: each word's length in bytes as written, and its
/// lowercase form (no split and no lowercasing again).
pub fn function_word_counts_of<'a>(
    words: impl IntoIterator<Item = (usize, &'a str)>,
) -> [u32; Lang::ALL.len()] {
    let mut own = [0; Lang::ALL.len()];
    for (bytes, lower) in words.into_iter().take(SHORTCUT_WORDS) {
        if bytes > FUNCTION_WORD_BYTES {
            continue;
        }
        if let Some(mask) = list_mask(lower)
            && mask.count_ones() == 1
        {
            own[mask.trailing_zeros() as usize] += 1;
        }
    }
    own
}

/// The function words of the first `SHORTCUT_WORDS` words of `sample`, by language.
pub fn function_words(sample: &str) -> FunctionWords {
    let mut out = FunctionWords { own: [0; Lang::ALL.len()], listed: [0; Lang::ALL.len()], any: 0 };
    let mut lower = String::new();
    let words = AlnumWords { s: sample, at: 0 };
    for (w, ascii) in words.take(SHORTCUT_WORDS) {
        // Function words are short: a long word is none (and costs no lowercasing).
        if w.len() > FUNCTION_WORD_BYTES {
            continue;
        }
        // An ASCII word is lowercased as it is packed for the lookup; others as chars.
        let mask = if ascii && w.len() <= PACKED_BYTES {
            LISTS.get_ascii(w.as_bytes())
        } else {
            crate::text::lowercase_into(&mut lower, w);
            list_mask(&lower)
        };
        let Some(mask) = mask else { continue };
        out.any += 1;
        for (i, n) in out.listed.iter_mut().enumerate() {
            *n += u32::from(mask >> i & 1);
        }
        if mask.count_ones() == 1 {
            out.own[mask.trailing_zeros() as usize] += 1;
        }
    }
    out
}

/// The runs of letters and digits of a text, in order (what splitting at every char that is not
/// alphanumeric and dropping the empty pieces gives), each with whether it is all ASCII. ASCII
/// bytes are classified as bytes; only other characters are decoded.
struct AlnumWords<'a> {
    s: &'a str,
    /// Where the next run is looked for: always on a char boundary.
    at: usize,
}

impl<'a> Iterator for AlnumWords<'a> {
    type Item = (&'a str, bool);

    fn next(&mut self) -> Option<(&'a str, bool)> {
        let bytes = self.s.as_bytes();
        let mut i = self.at;
        // To the first letter or digit.
        let start = loop {
            let Some(&b) = bytes.get(i) else {
                self.at = i;
                return None;
            };
            if b.is_ascii() {
                if b.is_ascii_alphanumeric() {
                    break i;
                }
                i += 1;
            } else {
                let Some(c) = self.s.get(i..).and_then(|t| t.chars().next()) else {
                    self.at = bytes.len();
                    return None;
                };
                if c.is_alphanumeric() {
                    break i;
                }
                i += c.len_utf8();
            }
        };
        // To the end of the run.
        let mut ascii = true;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphanumeric() {
                i += 1;
            } else if b.is_ascii() {
                self.at = i + 1;
                return self.s.get(start..i).map(|w| (w, ascii));
            } else {
                let Some(c) = self.s.get(i..).and_then(|t| t.chars().next()) else { break };
                if !c.is_alphanumeric() {
                    self.at = i + c.len_utf8();
                    return self.s.get(start..i).map(|w| (w, ascii));
                }
                ascii = false;
                i += c.len_utf8();
            }
        }
        self.at = bytes.len();
        self.s.get(start..).map(|w| (w, ascii))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte-level word split and the packed ASCII lookup count what the char-by-char
        /// split and lowercasing did.
        #[test]
        fn issue7_s26_function_words_as_split_by_chars(
            text in "([a-zA-Z0-9 ,.:;'\\-\n]|[éÉßİıΣσςçÇñÑøØ½²٣一]|(the|The|THE|und|Und|della|het|de|a|les|Les|für|Für|ÜBER) ){0,200}"
        ) {
            let mut want = FunctionWords { own: [0; Lang::ALL.len()], listed: [0; Lang::ALL.len()], any: 0 };
            for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(SHORTCUT_WORDS) {
                if w.len() > FUNCTION_WORD_BYTES {
                    continue;
                }
                let lower: String = w.chars().flat_map(char::to_lowercase).collect();
                let Some(mask) = list_mask(&lower) else { continue };
                want.any += 1;
                for (i, n) in want.listed.iter_mut().enumerate() {
                    *n += u32::from(mask >> i & 1);
                }
                if mask.count_ones() == 1 {
                    want.own[mask.trailing_zeros() as usize] += 1;
                }
            }
            let got = function_words(&text);
            proptest::prop_assert_eq!((got.own, got.listed, got.any), (want.own, want.listed, want.any));
            let words: Vec<&str> = AlnumWords { s: &text, at: 0 }.map(|(w, _)| w).collect();
            let split: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            proptest::prop_assert_eq!(words, split);
        }
    }

    #[test]
    fn issue7_s26_seven_asked_first_drops_only_latin_answers() {
        // `seven` is asked before whatlang's pass over every language: a language outside the
        // seven in Latin letters is dropped when it says yes, one in another script stands, and
        // a text `seven` would not overrule keeps the pass's answer.
        let d = Detector::new();
        let polish = "Kurs obejmuje podstawy programowania w języku Python oraz analizę danych. \
            Uczestnicy poznają biblioteki do wizualizacji i nauczą się pisać własne skrypty, \
            które pomogą im w codziennej pracy z danymi w firmie.";
        let russian = "Курс охватывает основы программирования на языке Python и анализ данных. \
            Участники познакомятся с библиотеками для визуализации и научатся писать свои \
            собственные скрипты для ежедневной работы с данными в компании.";
        let pl = d.detect_unless(polish, |_| false);
        assert_eq!(pl, (Lang::Other("pl"), true));
        assert_eq!(d.other_language(polish), Some(Lang::Other("pl")));
        let dropped = d.detect_unless(polish, |_| true);
        assert!(dropped.0 != pl.0, "{dropped:?}");
        assert_eq!(dropped, d.detect_whatlang(polish));
        let ru = d.detect_unless(russian, |_| false);
        assert_eq!(ru, (Lang::Other("ru"), true));
        assert_eq!(d.detect_unless(russian, |_| true), ru);
    }

    #[test]
    fn word_masks_find_their_words_only() {
        let mut words: crate::lexicon::FastMap<String, u8> = Default::default();
        for (i, w) in [
            "the",
            "und",
            "della",
            "het",
            "a",
            "de",
            "quindicilettere",
            "sedicilettere16x",
            "è",
            "ünd",
        ]
        .iter()
        .enumerate()
        {
            words.insert(w.to_string(), i as u8 + 1);
        }
        let table = WordMasks::new(words.clone());
        for (w, m) in &words {
            assert_eq!(table.get(w), Some(*m), "{w}");
        }
        for w in ["", "th", "thee", "und ", "sedicilettere16y", "quindicilettera", "e", "ü"] {
            assert_eq!(table.get(w), None, "{w}");
        }
        // The shipped lists: every word found with its mask.
        for (i, (_, text)) in crate::lexicon::embedded::STOPWORDS.iter().enumerate() {
            for w in text.lines().skip(1).map(str::trim).filter(|w| !w.is_empty()) {
                assert!(list_mask(&w.to_lowercase()).is_some_and(|m| m >> i & 1 == 1), "{w}");
            }
        }
    }

    #[test]
    fn detects_the_seven_languages() {
        let d = Detector::new();
        let cases = [
            (
                Lang::En,
                "By the end of this course you will be able to design and evaluate experiments.",
            ),
            (
                Lang::It,
                "Al termine del corso lo studente sarà in grado di progettare e valutare esperimenti.",
            ),
            (
                Lang::Fr,
                "À l'issue de la formation, le participant sera capable de concevoir et d'évaluer des expériences.",
            ),
            (
                Lang::De,
                "Nach Abschluss des Moduls können die Studierenden Experimente entwerfen und bewerten.",
            ),
            (
                Lang::Es,
                "Al finalizar el curso, el estudiante será capaz de diseñar y evaluar experimentos.",
            ),
            (
                Lang::Pt,
                "Ao final do curso, o estudante será capaz de projetar e avaliar experimentos com dados.",
            ),
            (
                Lang::Nl,
                "Na afloop van dit opleidingsonderdeel kan de student experimenten ontwerpen en evalueren.",
            ),
        ];
        for (want, text) in cases {
            assert_eq!(
                d.detect(text).0,
                want,
                "{text}\nhelp: the allow-list or the sample size is off"
            );
        }
    }

    #[test]
    fn short_or_foreign_text_is_undetermined() {
        let d = Detector::new();
        assert_eq!(d.detect("N/A").0, Lang::Und);
        assert_eq!(d.detect("").0, Lang::Und);
        assert_eq!(d.detect("Русский текст").0, Lang::Und);
    }

    #[test]
    fn function_words_decide_only_by_a_wide_margin() {
        let en = "In this course you will learn how the parts of a bicycle work, and you will be able to \
                  repair the brakes and the gears of your own bike with the tools that are in the kit.";
        assert_eq!(by_function_words(en), Some(Lang::En));
        // English scaffolding around Italian content: too few words either way, whatlang decides.
        let mixed = "What you will learn: Il corso affronta le tematiche della meccanica e della \
                     termodinamica. Skills you will gain: fisica.";
        assert_eq!(by_function_words(mixed), None);
        let d = Detector::new();
        assert_eq!(d.detect(mixed).0, Lang::It);
        // Another script under English headings: whatlang decides.
        let other = "What you will learn: 데이터 분석의 기초와 시각화 방법을 배웁니다. You will be able to \
                     use the tools of the course, and the skills that you will gain are in the list.";
        assert_eq!(by_function_words(other), None);
        // A terse syllabus: few function words, all of them Portuguese.
        let terse = "Objetivos: Fornecer fundamentos teóricos de cálculo, com ênfase nas aplicações \
                     em engenharia. Apresentar os métodos numéricos e suas limitações para os alunos.";
        assert_eq!(by_function_words(terse), Some(Lang::Pt));
        // English headings over Spanish content: a foreign function word, whatlang decides.
        let headed = "What you will learn: Not specified. Skills you will gain: Gestión de \
                      proyectos, liderazgo y comunicación para los equipos.";
        assert_eq!(by_function_words(headed), None);
    }

    #[test]
    fn parse_accepts_codes_and_names() {
        assert_eq!(Lang::parse("IT"), Some(Lang::It));
        assert_eq!(Lang::parse("Deutsch"), Some(Lang::De));
        assert_eq!(Lang::parse("klingon"), None);
    }

    proptest::proptest! {
        #[test]
        fn latin_letters_counts_as_chars_do(text in "[a-zA-Z0-9 ,.àéßœţșẞệДж水\n]{0,80}") {
            let (mut latin, mut letters) = (0usize, 0usize);
            for c in text.chars().filter(|c| c.is_alphabetic()) {
                letters += 1;
                latin += usize::from(c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c));
            }
            proptest::prop_assert_eq!(latin_letters(&text), (latin, letters));
        }

        #[test]
        fn issue7_s26_latin_share_counts_as_chars_do(text in "[a-zA-Z0-9 ,.àéßœţșẞệḂДж水\n]{0,80}") {
            let (mut latin, mut letters) = (0usize, 0usize);
            for c in text.chars().filter(|c| c.is_alphabetic()) {
                letters += 1;
                latin += usize::from(is_latin(c));
            }
            proptest::prop_assert_eq!(latin_share(&text), (letters > 0).then_some((latin, letters)));
        }
    }
}
