//! Streaming writers for the per-record tables: each batch of rows is appended to a temporary
//! file (a Parquet row group, or CSV lines) and the files are renamed into place only when the
//! run finishes.
//!
//! Guarantees: memory holds one batch of rows, never the corpus; a table is either complete or
//! absent: dropping a [`Sink`] before [`Sink::finish`] (an error, a signal, a full disk) removes
//! its temporary files.

use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use polars::io::csv::write::BatchedWriter as CsvBatched;
use polars::io::parquet::write::BatchedWriter as ParquetBatched;
use polars::prelude::{CsvWriter, DataFrame, ParquetCompression, ParquetWriter, SerWriter};

enum Writer {
    /// Buffered: the Parquet writer emits its page headers and footer a few bytes per call (one
    /// system call each, unbuffered); its footer flushes the buffer, errors included.
    Parquet(Box<ParquetBatched<BufWriter<File>>>),
    Csv(CsvBatched<File>),
}

struct Part {
    name: String,
    tmp: PathBuf,
    writer: Option<Writer>,
}

/// The temporary files of a run's streamed tables.
pub struct Sink {
    dir: PathBuf,
    parts: Vec<Part>,
}

impl Sink {
    /// A sink writing into `dir`.
    pub fn new(dir: &Path) -> Sink {
        Sink { dir: dir.to_path_buf(), parts: Vec::new() }
    }

    /// Appends `df` to table `name` (`.parquet` or `.csv`); the first batch fixes the schema.
    pub fn write(&mut self, name: &str, df: &DataFrame) -> anyhow::Result<()> {
        let i = match self.parts.iter().position(|p| p.name == name) {
            Some(i) => i,
            None => {
                let tmp = self.dir.join(format!(".{name}.tmp"));
                self.parts.push(Part { name: name.to_string(), tmp, writer: None });
                self.parts.len() - 1
            }
        };
        let part = &mut self.parts[i];
        if part.writer.is_none() {
            let file = File::create(&part.tmp)
                .with_context(|| format!("{}: cannot create", part.tmp.display()))?;
            let schema = df.schema();
            part.writer = Some(if name.ends_with(".csv") {
                Writer::Csv(CsvWriter::new(file).include_header(true).batched(schema)?)
            } else {
                Writer::Parquet(Box::new(
                    // Encoded on this thread: the workers are busy with the next records, and
                    // polars' own pool would add threads (and allocator arenas) for little.
                    ParquetWriter::new(BufWriter::with_capacity(1 << 16, file))
                        .with_compression(ParquetCompression::Zstd(None))
                        .set_parallel(false)
                        .batched(schema)?,
                ))
            });
        }
        let result = match part.writer.as_mut() {
            Some(Writer::Csv(w)) => w.write_batch(df),
            Some(Writer::Parquet(w)) => w.write_batch(df),
            None => Ok(()),
        };
        result.with_context(|| format!("{}: cannot write", part.tmp.display()))
    }

    /// Whether table `name` has received a batch.
    pub fn has(&self, name: &str) -> bool {
        self.parts.iter().any(|p| p.name == name)
    }

    /// Closes every table, syncs it to disk and renames it into place; pushes each final path
    /// on `written` as soon as it is there.
    pub fn finish(mut self, written: &mut Vec<PathBuf>) -> anyhow::Result<()> {
        let parts = std::mem::take(&mut self.parts);
        let mut rest = parts.into_iter();
        while let Some(mut part) = rest.next() {
            let result = (|| -> anyhow::Result<PathBuf> {
                // A buffered Parquet file meets a full disk here at the latest (its footer
                // flushes the buffer): the error names the file, as one from a batch does.
                let done = match part.writer.take() {
                    Some(Writer::Csv(mut w)) => w.finish(),
                    Some(Writer::Parquet(w)) => w.finish().map(drop),
                    None => Ok(()),
                };
                done.with_context(|| format!("{}: cannot write", part.tmp.display()))?;
                File::open(&part.tmp)
                    .and_then(|f| f.sync_all())
                    .with_context(|| format!("{}: cannot sync", part.tmp.display()))?;
                let path = self.dir.join(&part.name);
                std::fs::rename(&part.tmp, &path)
                    .with_context(|| format!("{}: cannot rename into place", path.display()))?;
                Ok(path)
            })();
            match result {
                Ok(p) => written.push(p),
                Err(e) => {
                    // This part and the ones not finished yet are removed.
                    self.parts.push(part);
                    self.parts.extend(rest);
                    return Err(e);
                }
            }
        }
        Ok(())
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        for p in &mut self.parts {
            drop(p.writer.take());
            let _ = std::fs::remove_file(&p.tmp);
        }
    }
}
