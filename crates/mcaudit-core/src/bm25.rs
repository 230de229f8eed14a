//! A small BM25F index over stemmed words and word pairs, for linking statements to ESCO
//! skills.
//!
//! Guarantees: deterministic (documents are scored in index order, ties go to the lower
//! document number); a query costs the length of the postings of its terms, never a scan of
//! every document; in a collection of 100 documents or more, terms in more than [`STOP_SHARE`]
//! of the documents are dropped at build time (the language's function words: and, the, de...).

use std::collections::{HashMap, HashSet};

use rust_stemmers::{Algorithm, Stemmer};
use serde::{Deserialize, Serialize};

/// BM25 term-frequency saturation.
const K1: f32 = 1.2;
/// BM25 length normalisation.
const B: f32 = 0.75;
/// Terms in a larger share of the documents are function words and are not indexed.
pub const STOP_SHARE: f32 = 0.12;
/// Candidates re-ranked by label coverage.
const RERANK: usize = 50;

/// A document to index: weighted fields of text.
pub struct Doc<'a> {
    /// (text, weight, pairs) triples; a weight of 3 counts each word three times (BM25F);
    /// `pairs`: adjacent words of the field also form pair terms (labels, not descriptions).
    pub fields: Vec<(&'a str, f32, bool)>,
    /// The document's names (preferred and alternative labels): a hit covering all the words
    /// of one of them ranks above a hit on one word of a long label.
    pub labels: Vec<&'a str>,
}

/// The index: term → postings of (document, precomputed BM25 weight), sorted by document.
#[derive(Serialize, Deserialize)]
pub struct Index {
    terms: HashMap<String, u32>,
    postings: Vec<Vec<(u32, f32)>>,
    /// Per document, the term ids of each of its labels.
    labels: Vec<Vec<Vec<u32>>>,
    /// Stems too common to index (function words).
    stop: HashSet<String>,
    n_docs: u32,
    #[serde(skip, default = "default_algorithm")]
    algorithm: Option<Algorithm>,
    language: String,
}

fn default_algorithm() -> Option<Algorithm> {
    None
}

/// One hit of a query.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Document number.
    pub doc: u32,
    /// BM25 score.
    pub score: f32,
    /// Query terms (surface words, pairs joined by a space) that the document holds.
    pub matched: Vec<String>,
}

/// Lowercase words of `s` with their stems (runs of letters and digits).
fn stems(s: &str, stemmer: &Stemmer) -> Vec<(String, String)> {
    crate::lexicon::words(s)
        .into_iter()
        .map(|w| {
            let st = stemmer.stem(&w).into_owned();
            (w, st)
        })
        .collect()
}

fn pair(a: &str, b: &str) -> String {
    format!("{a} {b}")
}

/// The Snowball algorithm of a language code (`en`, `es`...).
pub fn algorithm(language: &str) -> Option<Algorithm> {
    crate::lang::Lang::parse(language).and_then(crate::lang::Lang::stemmer)
}

impl Index {
    /// Builds an index for documents in `language` (a code such as `en`).
    /// Words in `stopwords` (lowercase) are not indexed.
    pub fn build(language: &str, docs: &[Doc<'_>], stopwords: &HashSet<String>) -> Index {
        let algorithm = algorithm(language);
        let stemmer = Stemmer::create(algorithm.unwrap_or(Algorithm::English));
        let n = docs.len().max(1);
        // First pass: the stop set (stems in too many documents).
        let stemmed: Vec<Vec<Vec<(String, String)>>> = docs
            .iter()
            .map(|d| {
                d.fields
                    .iter()
                    .map(|(t, _, _)| {
                        let mut st = stems(t, &stemmer);
                        st.retain(|(w, _)| !stopwords.contains(w));
                        st
                    })
                    .collect()
            })
            .collect();
        let mut unigram_df: HashMap<&str, u32> = HashMap::new();
        for d in &stemmed {
            let mut seen: Vec<&str> = d.iter().flatten().map(|(_, s)| s.as_str()).collect();
            seen.sort_unstable();
            seen.dedup();
            for s in seen {
                *unigram_df.entry(s).or_default() += 1;
            }
        }
        // The share rule needs a real collection: tiny indexes (tests) keep every term.
        let stop: HashSet<String> = unigram_df
            .iter()
            .filter(|(_, c)| n >= 100 && **c as f32 > STOP_SHARE * n as f32)
            .map(|(s, _)| s.to_string())
            .collect();
        // Weighted term frequencies and lengths per document.
        let mut per_doc: Vec<HashMap<String, f32>> = Vec::with_capacity(docs.len());
        let mut lengths = Vec::with_capacity(docs.len());
        let mut df: HashMap<String, u32> = HashMap::new();
        for (d, fields) in docs.iter().zip(&stemmed) {
            let mut tf: HashMap<String, f32> = HashMap::new();
            let mut len = 0.0f32;
            for ((_, w, pairs), st) in d.fields.iter().zip(fields) {
                let content: Vec<&str> =
                    st.iter().map(|(_, s)| s.as_str()).filter(|s| !stop.contains(*s)).collect();
                for s in &content {
                    *tf.entry(s.to_string()).or_default() += w;
                    len += w;
                }
                if *pairs {
                    for p in content.windows(2) {
                        *tf.entry(pair(p[0], p[1])).or_default() += w;
                    }
                }
            }
            for t in tf.keys() {
                *df.entry(t.clone()).or_default() += 1;
            }
            per_doc.push(tf);
            lengths.push(len);
        }
        let avg = (lengths.iter().sum::<f32>() / n as f32).max(1.0);
        let mut names: Vec<&String> = df.keys().collect();
        names.sort();
        let terms: HashMap<String, u32> =
            names.iter().enumerate().map(|(i, t)| ((*t).clone(), i as u32)).collect();
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); terms.len()];
        for (doc, tf) in per_doc.iter().enumerate() {
            let norm = K1 * (1.0 - B + B * lengths[doc] / avg);
            for (t, f) in tf {
                if let Some(&id) = terms.get(t) {
                    let d = df.get(t).copied().unwrap_or(1) as f32;
                    let idf = (1.0 + (n as f32 - d + 0.5) / (d + 0.5)).ln();
                    postings[id as usize].push((doc as u32, idf * f * (K1 + 1.0) / (f + norm)));
                }
            }
        }
        for p in &mut postings {
            p.sort_by_key(|(d, _)| *d);
        }
        let labels = docs
            .iter()
            .map(|d| {
                d.labels
                    .iter()
                    .map(|l| {
                        let mut ids: Vec<u32> = stems(l, &stemmer)
                            .iter()
                            .filter_map(|(_, s)| terms.get(s).copied())
                            .collect();
                        ids.sort_unstable();
                        ids.dedup();
                        ids
                    })
                    .filter(|ids| !ids.is_empty())
                    .collect()
            })
            .collect();
        Index {
            terms,
            postings,
            labels,
            stop,
            n_docs: docs.len() as u32,
            algorithm,
            language: language.into(),
        }
    }

    /// Restores the stemmer after deserialising.
    pub fn restore(&mut self) {
        self.algorithm = algorithm(&self.language);
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.n_docs as usize
    }

    /// Whether the index holds no document.
    pub fn is_empty(&self) -> bool {
        self.n_docs == 0
    }

    /// Language code of the index.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The `k` best documents for `query`, best first; documents scoring below `min_score`
    /// are left out. The BM25 score of the best candidates is multiplied by the largest share
    /// of one label's words that the query holds: a skill whose name the statement does not
    /// use at all scores 0, a skill named in full keeps its BM25 score.
    ///
    /// Words in any of `stopwords` (function words of the query's language, lowercase) are left
    /// out.
    /// A hit must hold at least two words of one of its labels, or all of a one-word label.
    pub fn search(
        &self,
        query: &str,
        k: usize,
        min_score: f32,
        stopwords: &[&HashSet<String>],
    ) -> Vec<Hit> {
        let stemmer = Stemmer::create(self.algorithm.unwrap_or(Algorithm::English));
        let words: Vec<(String, String)> = stems(query, &stemmer)
            .into_iter()
            .filter(|(w, s)| !stopwords.iter().any(|sw| sw.contains(w)) && !self.stop.contains(s))
            .collect();
        // Query terms: stems, then adjacent pairs; each once, in first-seen order.
        let mut query_terms: Vec<(u32, String)> = Vec::new();
        let mut push = |term: &str, surface: String| {
            if let Some(&id) = self.terms.get(term)
                && !query_terms.iter().any(|(i, _)| *i == id)
            {
                query_terms.push((id, surface));
            }
        };
        for (w, s) in &words {
            push(s, w.clone());
        }
        for p in words.windows(2) {
            push(&pair(&p[0].1, &p[1].1), pair(&p[0].0, &p[1].0));
        }
        if query_terms.is_empty() || k == 0 {
            return Vec::new();
        }
        let mut scores: HashMap<u32, f32> = HashMap::new();
        for (id, _) in &query_terms {
            for &(doc, w) in &self.postings[*id as usize] {
                *scores.entry(doc).or_default() += w;
            }
        }
        let mut ranked: Vec<(u32, f32)> = scores.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(RERANK.max(k));
        let ids: Vec<u32> = query_terms.iter().map(|(i, _)| *i).collect();
        for (doc, score) in &mut ranked {
            let mut cover = 0.0f32;
            for l in self.labels.get(*doc as usize).into_iter().flatten() {
                let held = l.iter().filter(|t| ids.contains(t)).count();
                if held >= l.len().min(2) {
                    cover = cover.max(held as f32 / l.len() as f32);
                }
            }
            *score *= cover;
        }
        ranked.retain(|(_, s)| *s > 0.0);
        ranked.retain(|(_, s)| *s >= min_score);
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.truncate(k);
        ranked
            .into_iter()
            .map(|(doc, score)| {
                let matched = query_terms
                    .iter()
                    .filter(|(id, _)| {
                        self.postings[*id as usize].binary_search_by_key(&doc, |(d, _)| *d).is_ok()
                    })
                    .map(|(_, s)| s.clone())
                    .collect();
                Hit { doc, score: (score * 1000.0).round() / 1000.0, matched }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Vec<(&'static str, &'static str)> {
        vec![
            ("manage a project", "plan and control the work of a project team"),
            ("apply statistical analysis techniques", "use statistics to analyse data"),
            ("machine learning", "principles of algorithms that learn from data"),
            ("bake bread", "prepare dough and bake it in an oven"),
            ("the and of", "the and of the and of"),
        ]
    }

    fn index() -> Index {
        let d = docs();
        let docs: Vec<Doc<'_>> = d
            .iter()
            .map(|(l, desc)| Doc {
                fields: vec![(l, 3.0, true), (desc, 1.0, false)],
                labels: vec![l],
            })
            .collect();
        Index::build("en", &docs, &HashSet::new())
    }

    #[test]
    fn best_document_first_with_matched_terms() {
        let idx = index();
        let hits = idx.search("Apply statistical techniques to survey data", 2, 0.0, &[]);
        assert_eq!(hits[0].doc, 1, "{hits:?}");
        assert!(hits[0].matched.contains(&"statistical".to_string()), "{hits:?}");
        let hits = idx.search("Build machine learning models", 1, 0.0, &[]);
        assert_eq!(hits[0].doc, 2);
        assert!(hits[0].matched.contains(&"machine learning".to_string()), "{hits:?}");
    }

    #[test]
    fn function_words_alone_match_nothing() {
        let labels: Vec<String> = (0..120).map(|i| format!("skill{i} of the and")).collect();
        let docs: Vec<Doc<'_>> = labels
            .iter()
            .map(|l| Doc { fields: vec![(l.as_str(), 1.0, true)], labels: vec![l.as_str()] })
            .collect();
        let idx = Index::build("en", &docs, &HashSet::new());
        assert!(idx.search("the and of", 3, 0.0, &[]).is_empty());
        assert_eq!(idx.search("the skill7", 3, 0.0, &[])[0].doc, 7);
        assert!(index().search("", 3, 0.0, &[]).is_empty());
    }

    #[test]
    fn min_score_and_k_cut_the_list() {
        let idx = index();
        assert!(idx.search("project", 5, 1000.0, &[]).is_empty());
        assert_eq!(idx.search("manage project, bake bread", 2, 0.0, &[]).len(), 2);
    }
}
