//! Errors that stop a run (as opposed to record-level [`crate::model::Issue`]s, which are data).

use std::path::PathBuf;

/// A fatal error of the library: every variant names where it happened.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input could not be opened or read at all.
    #[error("{path}: cannot read input: {source}")]
    ReadInput {
        /// The input.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The input's format could not be recognised.
    #[error(
        "{path}: unknown input format (expected .csv, .tsv, .jsonl, .json, a .txt page or tab-separated table, an .html page, or a folder of .html/.htm/.txt pages)"
    )]
    UnknownFormat {
        /// The input.
        path: PathBuf,
    },
    /// A mapped column does not exist in the input.
    #[error("{path}: column {column:?} not found (columns are: {available})")]
    MissingColumn {
        /// The input.
        path: PathBuf,
        /// The column asked for.
        column: String,
        /// The columns present, comma-separated.
        available: String,
    },
    /// A delimited file's header holds a quote that does not pair up: it swallowed the rows, so
    /// no column can be told apart.
    #[error(
        "{path}:1: the header's quotes do not pair up: a quoted field opened on line 1 runs to line {last_line}, swallowing the rows; fix the quoting of line 1"
    )]
    UnbalancedHeader {
        /// The input.
        path: PathBuf,
        /// The line where the header, as read, ends.
        last_line: u64,
    },
    /// The input has no column that could hold a description and none was given.
    #[error(
        "{path}: no description column recognised (columns are: {available}); name one with --text COLUMN"
    )]
    NoTextColumn {
        /// The input.
        path: PathBuf,
        /// The columns present.
        available: String,
    },
    /// A JSON document does not parse: none of its records can be told apart.
    #[error(
        "{path}:{line}:{column}: invalid JSON document, nothing in it could be read: {message}"
    )]
    InvalidDocument {
        /// The input.
        path: PathBuf,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// The parser's message.
        message: String,
    },
    /// An XML document does not parse, or is no Europass credential: nothing in it can be read.
    #[error(
        "{path}:{line}:{column}: unreadable credential XML, nothing in it could be read: {message}"
    )]
    InvalidXml {
        /// The input.
        path: PathBuf,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column of the error.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A lexicon file is malformed.
    #[error("{file}{}: {message}", if *line > 0 { format!(":{line}") } else { String::new() })]
    Lexicon {
        /// The lexicon file (or folder).
        file: String,
        /// 1-based line; 0 when the error is about the whole file or folder.
        line: usize,
        /// What is wrong and what to do.
        message: String,
    },
    /// A taxonomy export (ESCO) is missing or malformed.
    #[error("{path}: {message}")]
    Taxonomy {
        /// The file or folder.
        path: PathBuf,
        /// What is wrong and what to do.
        message: String,
    },
}

impl Error {
    /// The 1-based line the error points at, when it points at one (`errors.csv`'s `line`).
    pub fn line(&self) -> Option<u64> {
        match self {
            Error::InvalidDocument { line, .. }
            | Error::InvalidXml { line, .. }
            | Error::Lexicon { line, .. } => Some(*line as u64).filter(|&l| l > 0),
            Error::UnbalancedHeader { .. } => Some(1),
            _ => None,
        }
    }
}

/// Result with the library's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
