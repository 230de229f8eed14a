//! Plain data shared by every stage: records as read, segments, issues.
//!
//! Nothing here does work; the stages in the sibling modules take and return these values.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// Where a record came from, precise enough for a person to open the file and find it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// The input path as given on the command line (or the file inside an input folder).
    pub file: String,
    /// 1-based line of the record's first byte, for line-oriented inputs (CSV, JSON Lines).
    pub line: Option<u64>,
    /// 0-based index of the record among the file's records (data row, array element).
    pub index: Option<u64>,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.index) {
            (Some(line), _) => write!(f, "{}:{line}", self.file),
            (None, Some(index)) => write!(f, "{}[{index}]", self.file),
            (None, None) => write!(f, "{}", self.file),
        }
    }
}

/// One description as read from an input, before any analysis.
///
/// `text` is decoded (UTF-8) but not yet normalised; several mapped text fields are already
/// joined, each introduced by its field name as a heading line (`Name: value`).
#[derive(Clone, Debug, PartialEq)]
pub struct RawRecord {
    /// Stable identifier: the mapped id field, else `<file stem>:<index>`.
    pub id: String,
    /// Where it came from.
    pub location: Location,
    /// Title, when mapped.
    pub title: Option<String>,
    /// Provider / awarding body, when mapped.
    pub provider: Option<String>,
    /// The description.
    pub text: String,
    /// Structured metadata: (element, value) pairs from `--meta` or recognised columns.
    pub meta: Vec<(String, String)>,
    /// Name of the encoding the record's bytes were decoded from (`utf-8`, `windows-1252`, ...).
    pub encoding: &'static str,
    /// Problems met while reading that did not prevent analysis (repairs, truncation).
    pub warnings: Vec<String>,
}

/// What kind of piece of text a [`Segment`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    /// A heading or label: `Learning outcomes`, `What you will learn:`, a Dublin heading.
    Heading,
    /// A list item: bulleted, numbered, or recovered from run-together text.
    Item,
    /// A sentence of running text.
    Sentence,
}

impl SegmentKind {
    /// The name used in tables.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Heading => "heading",
            SegmentKind::Item => "item",
            SegmentKind::Sentence => "sentence",
        }
    }
}

/// A span of the normalised text.
///
/// Invariant (checked by property tests): spans of one record are ordered, do not overlap,
/// are non-empty, and start and end on char boundaries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Heading, item or sentence.
    pub kind: SegmentKind,
    /// Byte span into the normalised text.
    pub span: Range<usize>,
    /// Index of the section (0 before the first heading, then +1 at each heading).
    pub section: u32,
}

/// The stage at which a record-level problem was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Opening, decoding or parsing an input.
    Ingest,
    /// Mapping fields to text and metadata.
    Map,
    /// Text analysis.
    Analyse,
}

impl Stage {
    /// The name used in `errors.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Ingest => "ingest",
            Stage::Map => "map",
            Stage::Analyse => "analyse",
        }
    }
}

/// A record-level problem: data, not an error. Goes to `errors.csv`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    /// Where.
    pub location: Location,
    /// The record id, when one could be read.
    pub record: Option<String>,
    /// At which stage.
    pub stage: Stage,
    /// `rejected` (the record is not analysed) or `warning` (it is, with a caveat).
    pub severity: Severity,
    /// Short machine-friendly reason code: `wrong_field_count`, `invalid_json`, ...
    pub reason: String,
    /// Human explanation with what to do.
    pub detail: String,
}

impl Issue {
    /// A record rejected while reading an input.
    pub fn rejected(
        location: Location,
        record: Option<String>,
        reason: &str,
        detail: String,
    ) -> Issue {
        Issue {
            location,
            record,
            stage: Stage::Ingest,
            severity: Severity::Rejected,
            reason: reason.to_string(),
            detail,
        }
    }
}

/// Whether an issue stopped the record from being analysed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The record is not analysed.
    Rejected,
    /// The record is analysed, with a caveat (repaired, truncated, transcoded...).
    Warning,
    /// An input (file or folder) could not be opened: not a record, none of its records were
    /// read, and it is counted apart from the rejected records.
    InputFailed,
}

impl Severity {
    /// The name used in `errors.csv`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Rejected => "rejected",
            Severity::Warning => "warning",
            Severity::InputFailed => "input_failed",
        }
    }
}

/// The per-record result of the text stages (decode to segments).
#[derive(Clone, Debug, PartialEq)]
pub struct Processed {
    /// The record as read, with `text` replaced by the normalised text.
    pub record: RawRecord,
    /// Language used for the analysis.
    pub lang: Lang,
    /// Whether `lang` came from a reliable detection or an override.
    pub lang_reliable: bool,
    /// Segments of the normalised text.
    pub segments: Vec<Segment>,
    /// Statements (items and clauses) with their roles and lead verbs.
    pub statements: Vec<crate::extract::Statement>,
    /// The A / B / C decision.
    pub decision: crate::classify::Decision,
    /// Outcome profile by Bloom level.
    pub profile: crate::levels::Profile,
    /// The level the description declares, if any.
    pub declared: Option<crate::levels::Declared>,
    /// Level-consistency finding: (code, reason).
    pub level_flag: Option<(&'static str, String)>,
    /// Metadata completeness.
    pub audit: crate::audit::Audit,
    /// ESCO skills linked to outcome statements: (statement index, skill), best first per
    /// statement; empty without an ESCO export.
    pub skills: Vec<(usize, crate::esco::SkillHit)>,
    /// Suggested ISCED-F field, if any term was found.
    pub isced: Option<crate::isced::Field>,
}

impl Processed {
    /// The text of one segment.
    pub fn segment_text(&self, segment: &Segment) -> &str {
        self.record.text.get(segment.span.clone()).unwrap_or("")
    }

    /// Number of segments of the given kind.
    pub fn count(&self, kind: SegmentKind) -> usize {
        self.segments.iter().filter(|s| s.kind == kind).count()
    }
}
