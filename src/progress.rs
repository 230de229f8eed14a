//! Progress on stderr: shown only when stderr is a terminal and neither `--quiet` nor
//! `--no-progress` was given. stdout stays for data.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

/// An optional spinner counting records.
pub struct Progress(Option<ProgressBar>);

impl Progress {
    /// A progress display, or nothing when it would not be seen.
    pub fn new(enabled: bool) -> Progress {
        if !enabled || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::new_spinner();
        if let Ok(style) = ProgressStyle::with_template("{spinner} {pos} records ({per_sec}) {msg}")
        {
            bar.set_style(style);
        }
        Progress(Some(bar))
    }

    /// Adds `n` processed records.
    pub fn inc(&self, n: u64) {
        if let Some(b) = &self.0 {
            b.inc(n);
        }
    }

    /// Shows which input is being read.
    pub fn message(&self, msg: String) {
        if let Some(b) = &self.0 {
            b.set_message(msg);
        }
    }

    /// Removes the display.
    pub fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
}
