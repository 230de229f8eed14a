//! ESCO skills for learning-outcome statements.
//!
//! Reads an ESCO CSV export as users download it from the ESCO portal: one `skills_<lang>.csv`
//! per language (`conceptUri`, `preferredLabel`, `altLabels`, `description`; `skills_en-us.csv`
//! counts as English when `skills_en.csv` is absent). Each language gets a BM25F index over the
//! stemmed preferred label (weight 3), alternative labels (weight 2) and description (weight 1),
//! with word pairs of the labels as extra terms.
//!
//! Guarantees: a statement is searched in the record's language when the export has it, else in
//! English; every hit carries its score and the query words it matched; results are
//! deterministic. Reading the export is the caller's only I/O here; caching the built index is
//! the binary's job (see `src/esco_cache.rs`).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::bm25::{Doc, Index};
use crate::error::{Error, Result};
use crate::lang::Lang;

/// Field weights (BM25F): preferred label, alternative labels, description.
const WEIGHTS: [f32; 3] = [3.0, 2.0, 1.0];

/// Default number of skills kept per statement.
pub const DEFAULT_TOP: usize = 3;
/// Default minimum BM25 score for a skill to be kept (chosen on `eval/esco_own_spans.csv`).
pub const DEFAULT_MIN_SCORE: f32 = 5.0;

/// One language of the export.
#[derive(Serialize, Deserialize)]
pub struct EscoLang {
    /// Language code (`en`, `es`...).
    pub lang: String,
    /// Concept URIs, by document number.
    pub uris: Vec<String>,
    /// Preferred labels, by document number.
    pub labels: Vec<String>,
    /// The index.
    pub index: Index,
}

/// The ESCO skills of an export, indexed per language.
#[derive(Serialize, Deserialize)]
pub struct Esco {
    /// Languages, sorted by code.
    pub langs: Vec<EscoLang>,
}

/// A skill linked to a statement.
#[derive(Clone, Debug, PartialEq)]
pub struct SkillHit {
    /// Rank among the statement's skills, from 1.
    pub rank: u32,
    /// ESCO concept URI.
    pub uri: String,
    /// Preferred label in the language searched.
    pub label: String,
    /// Language of the index searched (the record's, or `en` as fallback).
    pub lang: String,
    /// BM25 score.
    pub score: f32,
    /// Words and word pairs of the statement found in the skill.
    pub matched: Vec<String>,
}

/// The `skills_<lang>.csv` files of `dir`, one per supported language, sorted by language.
pub fn discover(dir: &Path) -> Result<Vec<(Lang, PathBuf)>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::Taxonomy {
        path: dir.to_path_buf(),
        message: format!("cannot read the ESCO folder: {e}"),
    })?;
    // (lang, exact code?, path): `skills_en.csv` wins over `skills_en-us.csv`.
    let mut found: Vec<(Lang, bool, PathBuf)> = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(code) = name.strip_prefix("skills_").and_then(|n| n.strip_suffix(".csv")) else {
            continue;
        };
        let (base, exact) = match code.split_once('-') {
            Some((b, _)) => (b, false),
            None => (code, true),
        };
        if let Some(lang) = Lang::parse(base).filter(|l| *l != Lang::Und) {
            found.push((lang, exact, e.path()));
        }
    }
    found.sort_by(|a, b| a.0.code().cmp(b.0.code()).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    found.dedup_by(|b, a| a.0 == b.0);
    if found.is_empty() {
        return Err(Error::Taxonomy {
            path: dir.to_path_buf(),
            message: "no skills_<lang>.csv file (an ESCO CSV export, e.g. skills_en.csv)".into(),
        });
    }
    Ok(found.into_iter().map(|(l, _, p)| (l, p)).collect())
}

fn read_skills(path: &Path) -> Result<(Vec<String>, Vec<[String; 3]>)> {
    let bad = |message: String| Error::Taxonomy { path: path.to_path_buf(), message };
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| bad(format!("cannot read: {e}")))?;
    let headers = r.headers().map_err(|e| bad(format!("cannot read the header: {e}")))?.clone();
    let col = |name: &str| {
        headers.iter().position(|h| h.trim_start_matches('\u{feff}') == name).ok_or_else(|| {
            bad(format!(
                "no column {name:?} (columns are: {}); expected an ESCO skills export",
                headers.iter().collect::<Vec<_>>().join(", ")
            ))
        })
    };
    let (uri, pref) = (col("conceptUri")?, col("preferredLabel")?);
    let alt = col("altLabels").ok();
    let desc = col("description").ok();
    let mut uris = Vec::new();
    let mut fields = Vec::new();
    for (i, row) in r.records().enumerate() {
        let row = row.map_err(|e| bad(format!("record {}: {e}", i + 1)))?;
        let get = |c: Option<usize>| c.and_then(|c| row.get(c)).unwrap_or("").to_string();
        let u = get(Some(uri));
        if u.is_empty() {
            continue;
        }
        uris.push(u);
        fields.push([get(Some(pref)), get(alt), get(desc)]);
    }
    if uris.is_empty() {
        return Err(bad("no skill rows".into()));
    }
    Ok((uris, fields))
}

impl Esco {
    /// Reads and indexes the given `skills_<lang>.csv` files (see [`discover`]).
    pub fn build(files: &[(Lang, PathBuf)]) -> Result<Esco> {
        let mut langs = Vec::new();
        for (lang, path) in files {
            let (uris, fields) = read_skills(path)?;
            let docs: Vec<Doc<'_>> = fields
                .iter()
                .map(|f| Doc {
                    fields: f
                        .iter()
                        .zip(WEIGHTS)
                        .enumerate()
                        .map(|(i, (t, w))| (t.as_str(), w, i < 2))
                        .collect(),
                    labels: std::iter::once(f[0].as_str()).chain(f[1].lines()).collect(),
                })
                .collect();
            let index = Index::build(lang.code(), &docs, crate::lexicon::stopwords(*lang));
            let labels = fields.into_iter().map(|[p, _, _]| p).collect();
            langs.push(EscoLang { lang: lang.code().into(), uris, labels, index });
        }
        Ok(Esco { langs })
    }

    /// Restores what serialisation leaves out (the stemmers).
    pub fn restore(&mut self) {
        for l in &mut self.langs {
            l.index.restore();
        }
    }

    /// The index searched for a record in `lang`: its own, else English, else none.
    pub fn for_lang(&self, lang: Lang) -> Option<&EscoLang> {
        self.langs
            .iter()
            .find(|l| l.lang == lang.code())
            .or_else(|| self.langs.iter().find(|l| l.lang == "en"))
    }

    /// The `k` best skills for a statement, best first, scoring at least `min_score`.
    pub fn link(&self, statement: &str, lang: Lang, k: usize, min_score: f32) -> Vec<SkillHit> {
        let Some(l) = self.for_lang(lang) else {
            return Vec::new();
        };
        // Function words of the statement's language, and of the index's when it falls back.
        let index_lang = Lang::parse(&l.lang).unwrap_or(Lang::En);
        let stop = [crate::lexicon::stopwords(lang), crate::lexicon::stopwords(index_lang)];
        l.index
            .search(statement, k, min_score, &stop)
            .into_iter()
            .enumerate()
            .map(|(i, h)| SkillHit {
                rank: i as u32 + 1,
                uri: l.uris.get(h.doc as usize).cloned().unwrap_or_default(),
                label: l.labels.get(h.doc as usize).cloned().unwrap_or_default(),
                lang: l.lang.clone(),
                score: h.score,
                matched: h.matched,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn export(dir: &Path) {
        std::fs::write(
            dir.join("skills_en-us.csv"),
            "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n\
             K,http://x/1,skill,cross,manage projects,\"project management\nrun projects\",Plan and control projects.\n\
             K,http://x/2,knowledge,cross,statistics,,The study of the collection and analysis of data.\n\
             K,http://x/3,skill,cross,bake bread,,Prepare dough.\n",
        )
        .expect("write");
        std::fs::write(
            dir.join("skills_es.csv"),
            "conceptUri,preferredLabel,altLabels,description\nhttp://x/1,gestionar proyectos,,\nhttp://x/2,estadística,,\nhttp://x/3,hornear pan,,\n",
        )
        .expect("write");
        std::fs::write(dir.join("occupations_en.csv"), "x\n").expect("write");
    }

    #[test]
    fn links_in_the_record_language_or_english() {
        let dir = tempfile::tempdir().expect("tempdir");
        export(dir.path());
        let files = discover(dir.path()).expect("files");
        assert_eq!(files.iter().map(|(l, _)| l.code()).collect::<Vec<_>>(), ["en", "es"]);
        let esco = Esco::build(&files).expect("build");
        let hits = esco.link("Apply project management methods", Lang::En, 2, 0.0);
        assert_eq!(hits[0].uri, "http://x/1");
        assert_eq!(hits[0].rank, 1);
        assert!(hits[0].matched.contains(&"project management".to_string()), "{hits:?}");
        let hits = esco.link("Aplicar la estadística", Lang::Es, 1, 0.0);
        assert_eq!((hits[0].uri.as_str(), hits[0].lang.as_str()), ("http://x/2", "es"));
        let hits = esco.link("Analyse data with statistics", Lang::De, 1, 0.0);
        assert_eq!((hits[0].uri.as_str(), hits[0].lang.as_str()), ("http://x/2", "en"));
    }

    #[test]
    fn missing_export_and_columns_are_clear_errors() {
        let dir = tempfile::tempdir().expect("tempdir");
        let e = discover(dir.path()).expect_err("no export").to_string();
        assert!(e.contains("no skills_<lang>.csv"), "{e}");
        std::fs::write(dir.path().join("skills_en.csv"), "uri,label\nx,y\n").expect("write");
        let files = discover(dir.path()).expect("files");
        let Err(e) = Esco::build(&files) else { panic!("a bad header is an error") };
        let e = e.to_string();
        assert!(e.contains("skills_en.csv") && e.contains("conceptUri"), "{e}");
    }
}
