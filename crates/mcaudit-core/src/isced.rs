//! The ISCED-F 2013 field of education (broad and narrow) suggested for a record from its title
//! and the start of its description.
//!
//! Terms come from `data/lexicons/isced/<lang>.csv` (narrow code, word or phrase) and are matched
//! on Snowball stems, longest phrase first, in the record's language and in English (course
//! titles are often English whatever the language). A term in the title weighs 3, each of up to
//! 3 occurrences in the text weighs 1; the narrow field with the highest score wins, ties going
//! to the lower code. Fewer than [`MIN_SCORE`] points suggest nothing.
//!
//! Guarantees: deterministic; cost bounded by the title plus [`TEXT_BYTES`] of text.

use std::collections::BTreeMap;

use crate::lexicon::FastMap;
use std::sync::LazyLock;

use rust_stemmers::Stemmer;

use crate::lang::Lang;
use crate::lexicon::embedded;

/// Bytes of the description read (the subject is stated early).
pub const TEXT_BYTES: usize = 1500;
/// Minimum score of a suggestion: one term found anywhere (the terms are specific subject
/// names; on `eval/isced_own.csv` a threshold of 2 cut coverage from 0.92 to 0.80 and accuracy
/// from 0.725 to 0.664, reading 3,000 bytes of text).
pub const MIN_SCORE: u32 = 1;
/// Longest term, in words.
const MAX_WORDS: usize = 5;

/// A suggested field.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Narrow field code (3 digits).
    pub narrow: String,
    /// Its name.
    pub narrow_name: String,
    /// Broad field code (2 digits).
    pub broad: String,
    /// Its name.
    pub broad_name: String,
    /// Score (see the module docs).
    pub score: u32,
    /// Terms found, as written in the lexicon, best first.
    pub terms: Vec<String>,
}

struct Terms {
    /// Every stem of a term → its id.
    vocab: FastMap<String, u32>,
    /// Stem ids of a term → (narrow code, term).
    by_ids: FastMap<Vec<u32>, (String, String)>,
    /// By stem id: the most words a term starting with it has, 0 when no term starts with it (a
    /// cheap filter: most words start no term, and need no phrase lookup).
    first: Vec<usize>,
}

struct Lexicon {
    names: FastMap<String, String>,
    langs: Vec<Terms>,
}

fn stems(text: &str, stemmer: &Stemmer) -> Vec<String> {
    crate::lexicon::words(text).iter().map(|w| stemmer.stem(w).into_owned()).collect()
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let names = embedded::ISCED_FIELDS
        .1
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(','))
        .map(|(c, n)| (c.to_string(), n.trim_matches('"').to_string()))
        .collect();
    let langs = Lang::ALL
        .iter()
        .zip(embedded::ISCED.iter())
        .map(|(lang, (_, text))| {
            let stemmer =
                Stemmer::create(lang.stemmer().unwrap_or(rust_stemmers::Algorithm::English));
            let mut vocab: FastMap<String, u32> = FastMap::default();
            let mut by_ids = FastMap::default();
            let mut first: Vec<usize> = Vec::new();
            for line in text.lines().skip(1) {
                let Some((code, term)) = line.split_once(',') else { continue };
                let term = term.trim_matches('"');
                let ids: Vec<u32> = stems(term, &stemmer)
                    .into_iter()
                    .map(|st| {
                        let next = vocab.len() as u32;
                        *vocab.entry(st).or_insert(next)
                    })
                    .collect();
                let Some(&head) = ids.first() else { continue };
                first.resize(vocab.len(), 0);
                let n = &mut first[head as usize];
                *n = (*n).max(ids.len().min(MAX_WORDS));
                by_ids.entry(ids).or_insert_with(|| (code.to_string(), term.to_string()));
            }
            Terms { vocab, by_ids, first }
        })
        .collect();
    Lexicon { names, langs }
});

/// No term holds this word's stem.
const NO_STEM: u32 = u32::MAX;

/// Hits of each language's terms in `text`, appended to `out` language by language in the order
/// of `langs`: (code, term) per occurrence, longest match first. The words are split once, and
/// one cache lookup per word as written gives their term-stem ids in every language (the ids
/// of its lowercase form).
fn hits(text: &str, langs: &[Lang], out: &mut Vec<(&'static str, &'static str)>) {
    let langs: Vec<usize> =
        langs.iter().filter_map(|l| Lang::ALL.iter().position(|x| x == l)).collect();
    let stemmers: Vec<Stemmer> = langs
        .iter()
        .map(|&i| {
            Stemmer::create(Lang::ALL[i].stemmer().unwrap_or(rust_stemmers::Algorithm::English))
        })
        .collect();
    // Per language, the stem ids of the words.
    let mut ids: Vec<Vec<u32>> = vec![Vec::new(); langs.len()];
    // Lowercased in one reused buffer, only when an id is to be worked out.
    let mut lower = String::new();
    // The ids of a word (as written) in each language, those not yet known computed from its
    // lowercase form (through the shared per-thread stem cache) and pushed.
    let mut fill = |w: &str, known: &mut [u32; Lang::ALL.len()], ids: &mut Vec<Vec<u32>>| {
        let mut lowered = false;
        for ((&i, stemmer), ids) in langs.iter().zip(&stemmers).zip(ids.iter_mut()) {
            if known[i] == UNKNOWN {
                if !lowered {
                    crate::text::lowercase_into(&mut lower, w);
                    lowered = true;
                }
                let vocab = &LEXICON.langs[i].vocab;
                known[i] = crate::lexicon::with_stem(Lang::ALL[i], &lower, stemmer, |st| {
                    vocab.get(st).copied().unwrap_or(NO_STEM)
                });
            }
            ids.push(known[i]);
        }
    };
    IDS.with(|c| {
        let mut cache = c.borrow_mut();
        for w in text.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()) {
            if let Some(known) = cache.get_mut(w) {
                fill(w, known, &mut ids);
            } else {
                let mut known = [UNKNOWN; Lang::ALL.len()];
                fill(w, &mut known, &mut ids);
                if cache.len() >= ID_CACHE {
                    cache.clear();
                }
                cache.insert(w.to_string(), known);
            }
        }
    });
    for (&i, ids) in langs.iter().zip(&ids) {
        let terms = &LEXICON.langs[i];
        let mut at = 0;
        while at < ids.len() {
            let longest = match ids[at] {
                NO_STEM => 0,
                id => terms.first.get(id as usize).copied().unwrap_or(0),
            };
            let mut step = 1;
            for n in (1..=longest.min(ids.len() - at)).rev() {
                if let Some((code, term)) = terms.by_ids.get(&ids[at..at + n]) {
                    out.push((code.as_str(), term.as_str()));
                    step = n;
                    break;
                }
            }
            at += step;
        }
    }
}

/// A word's id in a language of [`IDS`] not looked up yet.
const UNKNOWN: u32 = u32::MAX - 1;

thread_local! {
    /// Per thread, the term-stem id in each language of [`Lang::ALL`] of each word already seen,
    /// as written (`Data` and `data` have an entry each, with the same ids: those of the
    /// lowercase form), [`UNKNOWN`] where not looked up yet: one hash lookup per word for all
    /// the languages read, instead of two per language (the word's stem, then the stem's id),
    /// and no lowercasing of a word seen before.
    static IDS: std::cell::RefCell<FastMap<String, [u32; Lang::ALL.len()]>> =
        std::cell::RefCell::new(FastMap::default());
}

/// Words kept per thread before [`IDS`] starts again (bounded memory).
const ID_CACHE: usize = 20_000;

/// The suggested field of a record, or `None` when no term scores [`MIN_SCORE`].
pub fn suggest(title: Option<&str>, text: &str, lang: Lang) -> Option<Field> {
    let langs: Vec<Lang> = match lang {
        Lang::En | Lang::Other(_) | Lang::Und => vec![Lang::En],
        other => vec![other, Lang::En],
    };
    let mut in_title = Vec::new();
    let mut in_text = Vec::new();
    let text = crate::text::prefix(text, TEXT_BYTES);
    if let Some(t) = title {
        hits(t, &langs, &mut in_title);
    }
    hits(text, &langs, &mut in_text);
    // Per code: term → points.
    let mut points: BTreeMap<&str, BTreeMap<&str, u32>> = BTreeMap::new();
    for &(code, term) in &in_title {
        let p = points.entry(code).or_default().entry(term).or_default();
        *p = (*p).max(3);
    }
    let mut counts: BTreeMap<(&str, &str), u32> = BTreeMap::new();
    for &(code, term) in &in_text {
        *counts.entry((code, term)).or_default() += 1;
    }
    for ((code, term), n) in counts {
        *points.entry(code).or_default().entry(term).or_default() += n.min(3);
    }
    let (code, terms) = points
        .iter()
        .map(|(c, t)| (*c, t, t.values().sum::<u32>()))
        .filter(|(_, _, s)| *s >= MIN_SCORE)
        // Highest score; on a tie the lower code (BTreeMap order, max_by keeps the last).
        .max_by(|a, b| a.2.cmp(&b.2).then(b.0.cmp(a.0)))
        .map(|(c, t, _)| (c, t))?;
    let mut best: Vec<(&str, u32)> = terms.iter().map(|(t, p)| (*t, *p)).collect();
    best.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let broad = code.get(..2).unwrap_or(code).to_string();
    let name = |c: &str| LEXICON.names.get(c).cloned().unwrap_or_default();
    Some(Field {
        narrow_name: name(code),
        broad_name: name(&broad),
        narrow: code.to_string(),
        broad,
        score: terms.values().sum(),
        terms: best.into_iter().map(|(t, _)| t.to_string()).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_from_title_and_text_in_several_languages() {
        let f = suggest(
            Some("Introduction to Machine Learning"),
            "Learn supervised learning and neural networks with Python.",
            Lang::En,
        )
        .expect("a field");
        assert_eq!((f.broad.as_str(), f.narrow.as_str()), ("06", "061"), "{f:?}");
        assert!(!f.terms.is_empty() && !f.narrow_name.is_empty() && !f.broad_name.is_empty());
        let f =
            suggest(Some("Statistica"), "Il corso introduce la statistica inferenziale.", Lang::It)
                .expect("a field");
        assert_eq!(f.narrow, "054", "{f:?}");
        let f = suggest(
            Some("Krankenpflege I"),
            "Pflegeprozess und Pflegeplanung im Krankenhaus.",
            Lang::De,
        );
        assert_eq!(f.map(|f| f.broad), Some("09".to_string()));
    }

    #[test]
    fn nothing_without_evidence() {
        assert_eq!(suggest(Some("A relaxed weekend"), "We walk and talk.", Lang::En), None);
        assert_eq!(suggest(None, "", Lang::Und), None);
    }

    #[test]
    fn every_lexicon_code_has_a_name() {
        for t in &LEXICON.langs {
            for (code, _) in t.by_ids.values() {
                assert!(LEXICON.names.contains_key(code), "{code} has no name");
                assert!(LEXICON.names.contains_key(&code[..2]), "{code} has no broad field");
            }
        }
    }
}
