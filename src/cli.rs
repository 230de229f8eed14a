//! Command-line arguments (clap derive). Validation into [`crate::settings::Settings`] happens
//! before any record is touched.

use std::path::PathBuf;

use clap::{Args as ClapArgs, Parser, Subcommand};

/// Audit micro-credential and course descriptions: learning outcomes, structure classes,
/// metadata.
#[derive(Debug, Parser)]
#[command(name = "mcaudit", version, about, propagate_version = true)]
pub struct Args {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read descriptions, analyse them, and write tables to an output folder.
    #[command(visible_alias = "analyze")]
    Analyse(AnalyseArgs),
    /// Compare a run's classes with expert labels: confusion matrix, kappa, macro-F1.
    Evaluate(EvaluateArgs),
    /// Show one record of a run with its statements and the rule path behind its class.
    Explain(ExplainArgs),
    /// Compare our Bloom levels with labelled outcome statements (one 0/1 column per level).
    EvaluateLevels(EvaluateLevelsArgs),
    /// Compare our ESCO skill links with statements and the skills judged right.
    EvaluateSkills(EvaluateSkillsArgs),
    /// Write N synthetic course descriptions (CSV, or JSON Lines for .jsonl) for benchmarks.
    Generate(GenerateArgs),
    /// Rebuild the tables, the workbook (report.xlsx) and the page (report.html) of a previous
    /// run from its Parquet outputs, without analysing again.
    Report(ReportArgs),
    /// Compare the metadata audit with elements judged by hand: per-element precision / recall.
    EvaluateAudit(EvaluateAuditArgs),
    /// List the lexicons or check a lexicon file.
    #[command(subcommand)]
    Lexicon(LexiconCommand),
}

/// Options of `mcaudit report`: rebuilds `tables/`, `report.xlsx` and `report.html` in the run's
/// folder from its Parquet outputs, without analysing again.
#[derive(Debug, ClapArgs)]
pub struct ReportArgs {
    /// Output folder of a previous `mcaudit analyse` run; its tables/, report.xlsx and
    /// report.html are rebuilt.
    #[arg(long, value_name = "DIR")]
    pub from: PathBuf,
    /// Also tabulate classes by this records column or mapped field (repeatable; default: the
    /// run's own --group-by columns).
    #[arg(long, value_name = "COL")]
    pub group_by: Vec<String>,
}

/// Options of `mcaudit evaluate-audit`.
#[derive(Debug, ClapArgs)]
pub struct EvaluateAuditArgs {
    /// Output folder of a previous `mcaudit analyse` run.
    #[arg(long, value_name = "DIR")]
    pub records: PathBuf,
    /// CSV with columns id, element, status (present / absent), value.
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `mcaudit lexicon ...`
#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// Entries per language and kind (with `--lang`, every entry of that language).
    List {
        /// Print the entries of one language (en, it, fr, de, es, pt, nl).
        #[arg(long)]
        lang: Option<String>,
        /// Folder of extra lexicon files, as for `analyse --lexicon-dir`.
        #[arg(long, value_name = "DIR")]
        lexicon_dir: Option<PathBuf>,
        /// The files of `--lexicon-dir` replace the shipped ones, as for `analyse`.
        #[arg(long, requires = "lexicon_dir")]
        lexicon_replace: bool,
    },
    /// Check lexicon files (`<kind>/<lang>.csv`); errors name the file and line.
    Check {
        /// Files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// Options of `mcaudit generate`.
#[derive(Debug, ClapArgs)]
pub struct GenerateArgs {
    /// Number of records.
    #[arg(long, value_name = "N")]
    pub records: u64,
    /// Output file (.csv, or .jsonl for JSON Lines).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Seed: the same seed and N give the same bytes.
    #[arg(long, default_value_t = 2022)]
    pub seed: u64,
}

/// Options of `mcaudit evaluate-skills`.
#[derive(Debug, ClapArgs)]
pub struct EvaluateSkillsArgs {
    /// CSV of statements with a column of gold ESCO concept URIs (space-separated, may be empty).
    pub file: PathBuf,
    /// Folder of the ESCO CSV export (skills_LANG.csv).
    #[arg(long, value_name = "DIR")]
    pub esco: PathBuf,
    /// Column holding the statement.
    #[arg(long, default_value = "statement", value_name = "COL")]
    pub text: String,
    /// Column holding the gold concept URIs.
    #[arg(long, default_value = "uris", value_name = "COL")]
    pub gold: String,
    /// Column holding the language (en, it, ...); detected when absent or empty.
    #[arg(long, default_value = "lang", value_name = "COL")]
    pub lang_col: String,
    /// Minimum BM25 score of a skill.
    #[arg(long, default_value_t = mcaudit_core::esco::DEFAULT_MIN_SCORE, value_name = "S")]
    pub min_score: f32,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Options of `mcaudit evaluate-levels`.
#[derive(Debug, ClapArgs)]
pub struct EvaluateLevelsArgs {
    /// CSV of statements with columns Remember, Understand, Apply, Analyse (or Analyze), Evaluate, Create.
    pub file: PathBuf,
    /// Column holding the statement.
    #[arg(long, default_value = "statement", value_name = "COL")]
    pub text: String,
    /// Column holding the language (en, it, ...); detected when absent or empty.
    #[arg(long, default_value = "lang", value_name = "COL")]
    pub lang_col: String,
    /// How a statement's level is chosen among its candidates.
    #[arg(long, default_value = "verbs", value_parser = ["highest", "lowest", "first", "verbs"])]
    pub policy: String,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also write one CSV row per statement (gold, predicted, the verbs found with their
    /// levels and lexicon rows) to FILE: the evidence behind every disagreement.
    #[arg(long, value_name = "FILE")]
    pub details: Option<PathBuf>,
}

/// Options of `mcaudit evaluate`.
#[derive(Debug, ClapArgs)]
#[command(group(clap::ArgGroup::new("run").required(true).multiple(true).args(["records", "predictions"])))]
pub struct EvaluateArgs {
    /// Output folder of a previous `mcaudit analyse` run.
    #[arg(long, value_name = "DIR")]
    pub records: Option<PathBuf>,
    /// Any CSV of predictions (another tool's, a second coder's) with an id and a class column;
    /// with `--records` too, languages come from the run.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
    /// Id column of `--predictions`.
    #[arg(long, default_value = "id", value_name = "COL")]
    pub pred_id_col: String,
    /// Class column of `--predictions`.
    #[arg(long, default_value = "class", value_name = "COL")]
    pub pred_label_col: String,
    /// CSV of expert labels (one row per record).
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// Column of the gold file holding the record id.
    #[arg(long, default_value = "id", value_name = "COL")]
    pub id_col: String,
    /// Column of the gold file holding the label (A, B or C).
    #[arg(long, default_value = "label", value_name = "COL")]
    pub label_col: String,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also write the figures as CSV files into DIR (created when missing), for a paper's
    /// tables: confusion.csv, per_class.csv, summary.csv (accuracy, macro-F1, kappa with its
    /// 95 % interval; overall, then per language) and disagreements.csv.
    #[arg(long, value_name = "DIR")]
    pub csv: Option<PathBuf>,
    /// Disagreements to list (0 = all).
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub show: usize,
}

/// Options of `mcaudit explain`.
#[derive(Debug, ClapArgs)]
pub struct ExplainArgs {
    /// Record id.
    pub id: String,
    /// Output folder of a previous `mcaudit analyse` run.
    #[arg(long, value_name = "DIR")]
    pub records: PathBuf,
}

/// Options of `mcaudit analyse`.
#[derive(Debug, ClapArgs)]
pub struct AnalyseArgs {
    /// Inputs: CSV / TSV / semicolon files, JSON Lines, JSON arrays, folders of .html/.htm/.txt pages.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Output folder (created if missing).
    #[arg(short, long, value_name = "DIR", help_heading = "Output")]
    pub out: PathBuf,

    /// Overwrite an output folder that already holds a previous run.
    #[arg(long, help_heading = "Output")]
    pub force: bool,

    /// Field holding the record id (default: recognised `id`/`code` column, else FILE:INDEX).
    #[arg(long, value_name = "COL", help_heading = "Mapping")]
    pub id: Option<String>,

    /// Field(s) forming the description; repeat for several (each becomes a `COL:` heading).
    #[arg(long, value_name = "COL", help_heading = "Mapping")]
    pub text: Vec<String>,

    /// Field holding the title.
    #[arg(long, value_name = "COL", help_heading = "Mapping")]
    pub title: Option<String>,

    /// Field holding the provider / awarding body.
    #[arg(long, value_name = "COL", help_heading = "Mapping")]
    pub provider: Option<String>,

    /// Structured metadata (repeatable): see `meta_help` for the elements.
    #[arg(long, value_name = "COL=ELEMENT", help_heading = "Mapping", help = meta_help())]
    pub meta: Vec<String>,

    /// Only the `--meta` columns are metadata: no other column is recognised as metadata by its
    /// name (by default the `--meta` columns add to the recognised ones and replace the
    /// recognised column of their element).
    #[arg(long, help_heading = "Mapping")]
    pub meta_only: bool,

    /// TOML file describing the mapping and options once per source (the command line wins).
    #[arg(long, value_name = "FILE", help_heading = "Mapping")]
    pub config: Option<PathBuf>,

    /// Language of every record (en, it, fr, de, es, pt, nl) instead of detecting it.
    #[arg(long, value_name = "LANG", help_heading = "Analysis")]
    pub lang: Option<String>,

    /// How a statement's Bloom level is chosen among its candidates: highest (default), lowest,
    /// first, or verbs (each main verb's level).
    #[arg(long, value_name = "POLICY", help_heading = "Analysis")]
    pub level_policy: Option<String>,

    /// Folder of extra lexicon files (`bloom/<lang>.csv`, `vague/`, `forms/`, `cues/`, `nouns/`)
    /// added to the shipped ones.
    #[arg(long, value_name = "DIR", help_heading = "Analysis")]
    pub lexicon_dir: Option<PathBuf>,

    /// Each file of `--lexicon-dir` replaces the shipped file of its kind and language instead of
    /// adding to it (for example `bloom/en.csv`: your own English verb list); the kinds and
    /// languages it does not hold stay shipped.
    #[arg(long, requires = "lexicon_dir", help_heading = "Analysis")]
    pub lexicon_replace: bool,

    /// Folder of an ESCO CSV export (skills_LANG.csv from the ESCO portal): link every
    /// outcome statement to its nearest ESCO skills (skills.parquet). The index is cached next
    /// to the export (or in ~/.cache/mcaudit/esco when that folder is read-only).
    #[arg(long, value_name = "DIR", help_heading = "Analysis")]
    pub esco: Option<PathBuf>,

    /// ESCO skills kept per outcome statement.
    #[arg(long, value_name = "K", help_heading = "Analysis")]
    pub esco_top: Option<usize>,

    /// Minimum score of a kept ESCO skill (BM25 times the share of the skill's label matched).
    #[arg(long, value_name = "S", help_heading = "Analysis")]
    pub esco_min_score: Option<f32>,

    /// Longest text analysed per record, in bytes; longer texts are cut with a warning.
    #[arg(long, value_name = "BYTES", help_heading = "Analysis")]
    pub max_record_bytes: Option<usize>,

    /// Also tabulate classes by this column (repeatable): a records column, a metadata element
    /// (`--group-by country`) or an input column, carried into the records (`--group-by course`).
    #[arg(long, value_name = "COL", help_heading = "Output")]
    pub group_by: Vec<String>,

    /// Exit with status 1 when any record was rejected, an input could not be opened or an
    /// input held no records.
    #[arg(long, help_heading = "Run")]
    pub strict: bool,

    /// Worker threads: 0 (the default) uses one per core; at most 1024. The outputs are the
    /// same whatever the number.
    #[arg(short = 'j', long, default_value_t = 0, value_name = "N", help_heading = "Run",
          value_parser = threads_in_range)]
    pub threads: usize,

    /// Print nothing but errors.
    #[arg(short, long, help_heading = "Run")]
    pub quiet: bool,

    /// Never show a progress bar.
    #[arg(long, help_heading = "Run")]
    pub no_progress: bool,
}

/// `--meta`'s help, listing every element of [`crate::settings::ELEMENTS`] (so that the help
/// cannot fall behind the code).
fn meta_help() -> String {
    format!(
        "Structured metadata: COL=ELEMENT, the input column COL read as ELEMENT (repeatable). \
         ELEMENT is one of: {}",
        crate::settings::ELEMENTS.join(", ")
    )
}

/// Most worker threads `-j` accepts (many more aborted the process before any output).
const MAX_THREADS: usize = 1024;

/// `-j N` with N at most [`MAX_THREADS`].
fn threads_in_range(v: &str) -> Result<usize, String> {
    let n: usize = v.parse().map_err(|_| format!("{v:?} is not a number of threads"))?;
    if n > MAX_THREADS {
        return Err(format!("at most {MAX_THREADS} worker threads"));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn args_are_consistent() {
        super::Args::command().debug_assert();
    }
}
