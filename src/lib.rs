//! # mcaudit
//!
//! Audits micro-credential and short-course descriptions. This crate is the command line and
//! the reporting (polars tables); the analysis itself lives in [`mcaudit_core`], which has no
//! polars and no I/O beyond reading inputs.
//!
//! ```text
//!  inputs ─► ingest ─► [chunk of records] ─par─► process_record ─► collect (input order)
//!                                                                   │
//!                          errors.csv ◄─ issues ◄───────────────────┤
//!     records.parquet/csv, segments.parquet ◄─ report (polars) ◄────┘ ─► manifest.json
//! ```

pub mod app;
pub mod audit_eval;
pub mod cli;
pub mod esco_cache;
pub mod esco_eval;
pub mod evaluate;
pub mod explain;
pub mod generate;
pub mod levels_eval;
pub mod lexicon_cmd;
pub mod progress;
pub mod report;
pub mod settings;
pub mod suggest;

/// Exit status of a finished run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Everything went as asked.
    Ok,
    /// Finished, but `--strict` was given and records were rejected or an input held none.
    StrictFailure,
    /// Finished, but no input could be opened: the outputs hold only the failures.
    NothingRead,
}

impl From<Outcome> for std::process::ExitCode {
    fn from(o: Outcome) -> Self {
        match o {
            Outcome::Ok => std::process::ExitCode::SUCCESS,
            Outcome::StrictFailure | Outcome::NothingRead => std::process::ExitCode::from(1),
        }
    }
}
