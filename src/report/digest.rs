//! The terminal summary of the records' warnings and rejections: per input and reason, the first
//! few with their location and detail, then one line for the rest with their lines, so a scraped
//! file with thousands of short rows says so in a few lines instead of thousands.
//!
//! Guarantees: every record keeps its own row in `errors.csv` and its `warnings` in `records.*`
//! (this is a view of them, never a replacement); the summary lists groups in the order their
//! first issue arrived (input order, so it does not depend on the thread count); memory is
//! bounded per group ([`SHOWN`] details, [`LISTED`] locations), whatever the number of records.

/// Issues of one kind shown in full per input, before the rest are collapsed.
pub const SHOWN: usize = 3;
/// Locations listed on the collapsed line.
pub const LISTED: usize = 10;
/// Groups (input × severity × reason) summarised; the others are counted on one last line.
pub const GROUPS: usize = 20;

/// Issues of one severity and reason in one input.
#[derive(Debug)]
struct Group {
    input: String,
    severity: &'static str,
    reason: String,
    /// Every issue of the group.
    n: u64,
    /// The first [`SHOWN`]: location and detail.
    shown: Vec<(String, String)>,
    /// The locations of the next [`LISTED`] (relative to the input).
    listed: Vec<String>,
    /// Whether every issue after the shown ones has a line (a row of a delimited or JSON Lines
    /// input).
    all_lines: bool,
}

/// Record-level issues, grouped by input, severity and reason in arrival order.
#[derive(Debug, Default)]
pub struct Digest {
    groups: Vec<Group>,
    /// The index in `groups` of each (input, severity, reason).
    index: std::collections::HashMap<(String, &'static str, String), usize>,
}

impl Digest {
    /// Adds an issue of a record of `input` (the input as given on the command line).
    pub fn add(&mut self, input: &str, issue: &mcaudit_core::model::Issue) {
        let severity = issue.severity.as_str();
        let key = (input.to_string(), severity, issue.reason.clone());
        let groups = &mut self.groups;
        let i = *self.index.entry(key).or_insert_with(|| {
            groups.push(Group {
                input: input.to_string(),
                severity,
                reason: issue.reason.clone(),
                n: 0,
                shown: Vec::new(),
                listed: Vec::new(),
                all_lines: true,
            });
            groups.len() - 1
        });
        let g = &mut self.groups[i];
        g.n += 1;
        let loc = &issue.location;
        if g.shown.len() < SHOWN {
            g.shown.push((loc.to_string(), issue.detail.clone()));
            return;
        }
        g.all_lines &= loc.line.is_some();
        if g.listed.len() < LISTED {
            // The line alone within the input itself; a file of an input folder by its name.
            let label = match (loc.file == input, loc.line) {
                (true, Some(line)) => line.to_string(),
                _ => {
                    let rel = std::path::Path::new(&loc.file)
                        .strip_prefix(input)
                        .map_or_else(|_| loc.file.clone(), |p| p.display().to_string());
                    mcaudit_core::model::Location { file: rel, ..loc.clone() }.to_string()
                }
            };
            g.listed.push(label);
        }
    }

    /// The lines to print on stderr (without the `mcaudit: ` prefix): per group, its first
    /// issues in full (`warning: FILE:LINE: REASON: DETAIL`), then `warning: REASON: N more
    /// rows in FILE (lines a, b, c, ... and M more; see errors.csv)`; past [`GROUPS`] groups,
    /// one line counts the rest.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        for g in self.groups.iter().take(GROUPS) {
            for (at, detail) in &g.shown {
                out.push(format!("{}: {at}: {}: {detail}", g.severity, g.reason));
            }
            let rest = g.n - g.shown.len() as u64;
            if rest == 0 {
                continue;
            }
            let what = if g.all_lines { "rows" } else { "records" };
            let unlisted = rest - g.listed.len() as u64;
            let more = if unlisted > 0 { format!(" and {unlisted} more") } else { String::new() };
            let at = if g.all_lines && g.listed.iter().all(|l| l.parse::<u64>().is_ok()) {
                "lines "
            } else {
                ""
            };
            out.push(format!(
                "{}: {}: {rest} more {what} in {} ({at}{}{more}; see errors.csv)",
                g.severity,
                g.reason,
                g.input,
                g.listed.join(", ")
            ));
        }
        if self.groups.len() > GROUPS {
            let others = &self.groups[GROUPS..];
            let n: u64 = others.iter().map(|g| g.n).sum();
            out.push(format!(
                "warning: {n} more warnings or rejections of {} other inputs or reasons (see errors.csv)",
                others.len()
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mcaudit_core::model::{Issue, Location, Severity, Stage};

    fn issue(file: &str, line: Option<u64>, reason: &str, severity: Severity) -> Issue {
        Issue {
            location: Location { file: file.into(), line, index: line.map(|l| l - 2) },
            record: Some("r".into()),
            stage: Stage::Ingest,
            severity,
            reason: reason.into(),
            detail: "6 fields for 7 columns; the last 1 are taken as empty".into(),
        }
    }

    /// Session-23 review: a scraped CSV of thousands of short rows gave a `missing_fields`
    /// warning per row and nothing on stderr said which; the summary shows the first three with
    /// their line and collapses the rest into one line per input and reason, for every kind.
    /// See: #8
    #[test]
    fn issue8_s23_repeated_warnings_are_collapsed_per_input_and_reason() {
        let mut d = Digest::default();
        for line in 2..=265 {
            d.add(
                "data/Udacity.csv",
                &issue("data/Udacity.csv", Some(line), "missing_fields", Severity::Warning),
            );
        }
        d.add(
            "data/Udacity.csv",
            &issue("data/Udacity.csv", Some(300), "wrong_field_count", Severity::Rejected),
        );
        for (i, f) in ["a.html", "b.html", "c.html", "d.html", "e.html"].iter().enumerate() {
            let mut is = issue(&format!("pages/{f}"), None, "truncated", Severity::Warning);
            is.location.index = Some(i as u64);
            d.add("pages", &is);
        }
        let lines = d.lines();
        assert_eq!(lines.len(), 4 + 1 + 4, "{lines:#?}");
        assert_eq!(
            lines[0],
            "warning: data/Udacity.csv:2: missing_fields: 6 fields for 7 columns; the last 1 are taken as empty"
        );
        assert!(
            lines[2].starts_with("warning: data/Udacity.csv:4: missing_fields"),
            "{}",
            lines[2]
        );
        assert_eq!(
            lines[3],
            "warning: missing_fields: 261 more rows in data/Udacity.csv (lines 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 and 251 more; see errors.csv)"
        );
        assert!(lines[4].starts_with("rejected: data/Udacity.csv:300: wrong_field_count: "));
        assert_eq!(
            lines[8],
            "warning: truncated: 2 more records in pages (d.html[3], e.html[4]; see errors.csv)"
        );
        // Many inputs or reasons: the groups past GROUPS are counted on one line.
        let mut d = Digest::default();
        for k in 0..GROUPS + 5 {
            let f = format!("in{k}.csv");
            d.add(&f, &issue(&f, Some(2), "missing_fields", Severity::Warning));
        }
        let lines = d.lines();
        assert_eq!(lines.len(), GROUPS + 1);
        assert_eq!(
            lines[GROUPS],
            "warning: 5 more warnings or rejections of 5 other inputs or reasons (see errors.csv)"
        );
    }
}
