//! # mcaudit-core
//!
//! The pure pipeline of mcaudit: no polars, no command line, no output files. Ingest reads
//! inputs into [`model::RawRecord`]s (I/O at the edge); every other stage takes values and returns
//! values.
//!
//! ```text
//! ingest ──► decode ──► html ──► normalise ──► lang ──► segment ──► extract ──► classify
//!  files      bytes→str   tags→lines  NFC, spaces   whatlang   headings,     statements,  A / B / C
//!                                                              items,        roles, verbs
//!                                                              sentences
//!   ──► levels ──────────────► audit ──────────────► isced (──► esco, when an export is given)
//!       Bloom profile,          EU 2022 elements,      ISCED-F field     skills and occupations
//!       declared level check    completeness
//! ```
//!
//! Per-record stages are behind [`pipeline::process_record`], which is order-independent and
//! safe to run under rayon.
//!
//! ```
//! use mcaudit_core::pipeline::{Context, process_record};
//! use mcaudit_core::model::{RawRecord, Location, SegmentKind};
//!
//! let ctx = Context::new(None);
//! let rec = RawRecord {
//!     id: "demo:1".into(),
//!     location: Location { file: "demo.csv".into(), line: Some(2), index: Some(0) },
//!     title: None, provider: None, meta: vec![], encoding: "utf-8", warnings: vec![],
//!     text: "Learning outcomes:\n• Apply the method\n• Design a test".into(),
//! };
//! let out = process_record(rec, &ctx);
//! assert_eq!(out.count(SegmentKind::Item), 2);
//! ```

pub mod audit;
pub mod bm25;
pub mod classify;
pub mod decode;
pub mod error;
pub mod esco;
pub mod evaluate;
pub mod extract;
mod gate;
pub mod html;
pub mod ingest;
pub mod isced;
pub mod lang;
pub mod levels;
pub mod lexicon;
pub mod model;
pub mod normalise;
pub mod pipeline;
pub mod segment;
pub mod text;

pub use error::{Error, Result};
