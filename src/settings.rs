//! Arguments plus the optional TOML config file, resolved into validated [`Settings`] before
//! any record is read. The command line overrides the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use mcaudit_core::ingest::Mapping;
use mcaudit_core::ingest::mapping::MetaField;
use mcaudit_core::lang::Lang;
use serde::{Deserialize, Serialize};

use crate::cli::AnalyseArgs;

/// The `--config` file: the same mapping as the command line, described once per source.
///
/// ```toml
/// id = "id"
/// text = ["goals", "content"]
/// title = "name"
/// provider = "organizer"
/// lang = "de"
/// [meta]
/// credit_points = "credits"
/// ```
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default, rename_all = "kebab-case")]
pub struct Config {
    /// Id field.
    pub id: Option<String>,
    /// Description fields.
    pub text: Vec<String>,
    /// Title field.
    pub title: Option<String>,
    /// Provider field.
    pub provider: Option<String>,
    /// field = element.
    pub meta: BTreeMap<String, String>,
    /// Only the `[meta]` fields are metadata (no column recognised by its name).
    pub meta_only: Option<bool>,
    /// Language override.
    pub lang: Option<String>,
    /// Per-record text cap.
    pub max_record_bytes: Option<usize>,
    /// Level policy (highest, lowest, first, verbs).
    pub level_policy: Option<String>,
    /// Extra lexicon folder.
    pub lexicon_dir: Option<PathBuf>,
    /// Its files replace the shipped ones.
    pub lexicon_replace: Option<bool>,
    /// ESCO export folder.
    pub esco: Option<PathBuf>,
    /// ESCO skills kept per statement.
    pub esco_top: Option<usize>,
    /// Minimum ESCO score.
    pub esco_min_score: Option<f32>,
}

/// Everything `analyse` needs, validated.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    /// Inputs in command-line order.
    pub inputs: Vec<PathBuf>,
    /// Output folder.
    pub out: PathBuf,
    /// Overwrite a previous run.
    pub force: bool,
    /// Field mapping.
    pub mapping: Mapping,
    /// Language override.
    pub lang: Option<Lang>,
    /// Per-record text cap in bytes.
    pub max_record_bytes: usize,
    /// Level policy.
    pub level_policy: mcaudit_core::levels::LevelPolicy,
    /// Extra lexicon files.
    pub lexicon_dir: Option<PathBuf>,
    /// The extra files replace the shipped ones of their kind and language.
    pub lexicon_replace: bool,
    /// ESCO export folder.
    pub esco: Option<PathBuf>,
    /// ESCO skills kept per statement.
    pub esco_top: usize,
    /// Minimum ESCO score.
    pub esco_min_score: f32,
    /// Extra grouping columns for the class tables.
    pub group_by: Vec<String>,
    /// Exit 1 when records were rejected or an input held none.
    pub strict: bool,
    /// Worker threads (0 = auto).
    pub threads: usize,
    /// No messages.
    pub quiet: bool,
    /// Progress bar wanted.
    pub progress: bool,
    /// The files inside input folders that no input reads, with why (reported as warnings).
    #[serde(skip)]
    pub not_read: Vec<(PathBuf, String)>,
}

/// Known metadata elements (`--meta COL=ELEMENT`).
pub const ELEMENTS: &[&str] = &[
    "credits",
    "level",
    "hours",
    "duration",
    "language",
    "country",
    "mode",
    "assessment",
    "quality_assurance",
    "prerequisites",
    "fees",
    "start_date",
    "end_date",
    "isced",
    "esco",
    "provider_type",
    "credential_type",
    "stackability",
    "url",
    // A column of categories (`--meta Skills=category`; what a repeated description column is
    // read as, see `mapping::Resolved::demote_categories`).
    "category",
];

fn parse_meta(s: &str) -> anyhow::Result<MetaField> {
    let Some((field, element)) = s.split_once('=') else {
        bail!("--meta {s:?}: expected COL=ELEMENT, for example --meta cfu=credits");
    };
    let element = element.trim().to_lowercase().replace([' ', '-'], "_");
    if !ELEMENTS.contains(&element.as_str()) {
        bail!(
            "--meta {s:?}: unknown element {element:?} (expected one of: {})",
            ELEMENTS.join(", ")
        );
    }
    Ok(MetaField { field: field.trim().to_string(), element })
}

fn parse_lang(s: &str) -> anyhow::Result<Lang> {
    Lang::parse(s).filter(|l| *l != Lang::Und).with_context(|| {
        format!("--lang {s:?}: unknown language (expected one of: en, it, fr, de, es, pt, nl)")
    })
}

fn read_config(path: &Path) -> anyhow::Result<Config> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read config", path.display()))?;
    toml::from_str(&text).with_context(|| format!("{}: invalid config", path.display()))
}

impl Settings {
    /// Resolves arguments and config.
    pub fn from_args(a: AnalyseArgs) -> anyhow::Result<Settings> {
        let config = match &a.config {
            Some(p) => read_config(p)?,
            None => Config::default(),
        };
        let mut meta = Vec::new();
        if a.meta.is_empty() {
            for (field, element) in &config.meta {
                meta.push(
                    parse_meta(&format!("{field}={element}"))
                        .with_context(|| "in config [meta]".to_string())?,
                );
            }
        } else {
            for m in &a.meta {
                meta.push(parse_meta(m)?);
            }
        }
        // A `--group-by` name that is neither a column of `records.*` nor a metadata element is
        // an input column, carried into the records to be grouped by (`--group-by course`).
        let fixed = crate::report::record_columns(&[]);
        let mut keep: Vec<String> = Vec::new();
        let mut group_by: Vec<String> = Vec::new();
        for g in a.group_by {
            let element = g.strip_prefix("meta_").unwrap_or(&g);
            if fixed.contains(&g) || ELEMENTS.contains(&element) {
                group_by.push(element.to_string());
            } else {
                let name = mcaudit_core::ingest::mapping::kept_name(&g);
                // Two columns whose names clean to the same one would share a table.
                if let Some(other) =
                    keep.iter().find(|k| mcaudit_core::ingest::mapping::kept_name(k) == name)
                {
                    bail!(
                        "--group-by {g:?} and {other:?} both become the column meta_{name}: group by one of them"
                    );
                }
                group_by.push(name);
                keep.push(g);
            }
        }
        let mapping = Mapping {
            id: a.id.or(config.id),
            text: if a.text.is_empty() { config.text } else { a.text },
            title: a.title.or(config.title),
            provider: a.provider.or(config.provider),
            meta,
            meta_only: a.meta_only || config.meta_only.unwrap_or(false),
            keep,
        };
        let lang = a.lang.or(config.lang).as_deref().map(parse_lang).transpose()?;
        let max_record_bytes = a
            .max_record_bytes
            .or(config.max_record_bytes)
            .unwrap_or(mcaudit_core::pipeline::DEFAULT_MAX_RECORD_BYTES);
        if max_record_bytes == 0 {
            bail!("--max-record-bytes must be at least 1");
        }
        let policy_name =
            a.level_policy.or(config.level_policy).unwrap_or_else(|| "highest".into());
        let level_policy =
            mcaudit_core::levels::LevelPolicy::parse(&policy_name).with_context(|| {
                format!(
                    "level policy {policy_name:?}: expected one of highest, lowest, first, verbs"
                )
            })?;
        let esco_top = a.esco_top.or(config.esco_top).unwrap_or(mcaudit_core::esco::DEFAULT_TOP);
        if esco_top == 0 {
            bail!("--esco-top must be at least 1");
        }
        let esco_min_score = a
            .esco_min_score
            .or(config.esco_min_score)
            .unwrap_or(mcaudit_core::esco::DEFAULT_MIN_SCORE);
        if !esco_min_score.is_finite() || esco_min_score < 0.0 {
            bail!("--esco-min-score must be a number >= 0");
        }
        // A folder's tables and credential documents are inputs of their own; the output
        // folder, when it lies inside an input folder, is not read.
        let expanded = mcaudit_core::ingest::expand_folders(
            &a.inputs,
            &[mcaudit_core::ingest::pages::canonical(&a.out)],
        );
        Ok(Settings {
            esco: a.esco.or(config.esco),
            esco_top,
            esco_min_score,
            level_policy,
            lexicon_replace: a.lexicon_replace || config.lexicon_replace.unwrap_or(false),
            lexicon_dir: a.lexicon_dir.or(config.lexicon_dir),
            group_by,
            inputs: expanded.inputs,
            not_read: expanded.not_read,
            out: a.out,
            force: a.force,
            mapping,
            lang,
            max_record_bytes,
            strict: a.strict,
            threads: a.threads,
            quiet: a.quiet,
            progress: !a.quiet && !a.no_progress,
        })
    }
}
