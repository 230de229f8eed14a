//! Loading an ESCO export with its index cached on disk.
//!
//! The index is built once per export and stored next to it as `.mcaudit-esco-<hash>.bin`,
//! where `<hash>` is the SHA-256 of the format version, of the function words the index leaves
//! out (`data/lexicons/stopwords/`) and of every `skills_<lang>.csv` read.
//! When the export's folder is read-only, the cache goes to `$XDG_CACHE_HOME/mcaudit/esco/`
//! (or `~/.cache/mcaudit/esco/`). A changed export gets a new hash, so a stale index is never
//! used; a cache file that does not decode is rebuilt.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use mcaudit_core::esco::{Esco, discover};
use sha2::{Digest, Sha256};

/// Bumped whenever the index layout or the tokenisation changes.
const FORMAT: &str = "mcaudit-esco-index-1";

/// Where the index came from, for the run's messages and manifest.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Loaded {
    /// Languages of the export (codes).
    pub langs: Vec<String>,
    /// Skills per language.
    pub skills: usize,
    /// The cache file.
    pub cache: String,
    /// Whether the cache was used (false: built now).
    pub cached: bool,
}

fn hash(files: &[(mcaudit_core::lang::Lang, PathBuf)]) -> anyhow::Result<String> {
    let mut h = Sha256::new();
    h.update(FORMAT.as_bytes());
    // The function words shape the index: a changed list gets a new index.
    for lang in mcaudit_core::lang::Lang::ALL {
        let mut words: Vec<&String> = mcaudit_core::lexicon::stopwords(lang).iter().collect();
        words.sort();
        for w in words {
            h.update(w.as_bytes());
            h.update(b"\n");
        }
    }
    for (lang, path) in files {
        h.update(lang.code().as_bytes());
        let mut f = std::fs::File::open(path)
            .with_context(|| format!("{}: cannot open", path.display()))?;
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = f.read(&mut buf).with_context(|| format!("{}: cannot read", path.display()))?;
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
        }
    }
    Ok(h.finalize().iter().take(12).map(|b| format!("{b:02x}")).collect())
}

fn user_cache() -> Option<PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|d| d.join("mcaudit").join("esco"))
}

fn read_cache(path: &Path) -> Option<Esco> {
    let bytes = std::fs::read(path).ok()?;
    let (mut esco, _): (Esco, usize) =
        bincode::serde::decode_from_slice(&bytes, bincode::config::standard()).ok()?;
    esco.restore();
    Some(esco)
}

/// Writes through a temporary file so a concurrent run never reads half an index.
fn write_cache(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!("{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    let path = dir.join(name);
    std::fs::rename(&tmp, &path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })?;
    Ok(path)
}

/// Loads the export in `dir`, from the cache when it is there.
pub fn load(dir: &Path) -> anyhow::Result<(Esco, Loaded)> {
    let files = discover(dir)?;
    let name = format!(".mcaudit-esco-{}.bin", hash(&files)?);
    let langs: Vec<String> = files.iter().map(|(l, _)| l.code().to_string()).collect();
    let mut places = vec![dir.to_path_buf()];
    places.extend(user_cache());
    for place in &places {
        let path = place.join(&name);
        if let Some(esco) = read_cache(&path) {
            let skills = esco.langs.first().map_or(0, |l| l.uris.len());
            let cache = path.display().to_string();
            return Ok((esco, Loaded { langs, skills, cache, cached: true }));
        }
    }
    let esco = Esco::build(&files)?;
    let bytes = bincode::serde::encode_to_vec(&esco, bincode::config::standard())
        .context("encoding the ESCO index")?;
    let mut cache = String::from("(not cached: no writable place)");
    for place in &places {
        if let Ok(p) = write_cache(place, &name, &bytes) {
            cache = p.display().to_string();
            break;
        }
    }
    let skills = esco.langs.first().map_or(0, |l| l.uris.len());
    Ok((esco, Loaded { langs, skills, cache, cached: false }))
}
