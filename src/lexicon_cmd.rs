//! `mcaudit lexicon list|check`.

use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, bail};
use mcaudit_core::lang::Lang;
use mcaudit_core::lexicon::{LangLexicon, Lexicons, Sources};

use crate::Outcome;
use crate::cli::LexiconCommand;

/// Runs a lexicon subcommand.
pub fn run(c: LexiconCommand) -> anyhow::Result<Outcome> {
    match c {
        LexiconCommand::List { lang, lexicon_dir, lexicon_replace } => {
            list(lang.as_deref(), lexicon_dir.as_deref(), lexicon_replace)
        }
        LexiconCommand::Check { files } => check(&files),
    }
}

fn list(lang: Option<&str>, dir: Option<&Path>, replace: bool) -> anyhow::Result<Outcome> {
    let lex = Lexicons::with_extra(dir, replace)?;
    let mut out = std::io::stdout().lock();
    if let Some(code) = lang {
        let l = Lang::parse(code).filter(|l| *l != Lang::Und).with_context(|| {
            format!("--lang {code:?}: expected one of en, it, fr, de, es, pt, nl")
        })?;
        let ll = lex.get(l);
        let mut rows: Vec<(String, String, String)> = ll
            .verbs
            .iter()
            .map(|(stem, v)| {
                let kind = if v.vague { "vague" } else { "verb" };
                let levels: Vec<&str> = v.levels.iter().map(|x| x.0.as_str()).collect();
                (v.lemma.clone(), format!("{kind} stem={stem}"), levels.join(","))
            })
            .collect();
        rows.extend(ll.phrases.iter().map(|p| {
            (
                p.info.lemma.clone(),
                format!("phrase stems={}", p.stems.join(" ")),
                p.info.levels.iter().map(|x| x.0.as_str()).collect::<Vec<_>>().join(","),
            )
        }));
        rows.sort();
        writeln!(out, "lemma,kind,levels")?;
        for (a, b, c) in rows {
            writeln!(out, "{a},{b},{c}")?;
        }
        return Ok(Outcome::Ok);
    }
    writeln!(
        out,
        "lang  verb-stems  phrases  action  vague  nouns  light  leadin  modal  aim  aim_verb  subject  content_heading  placeholder"
    )?;
    for l in Lang::ALL {
        let ll = lex.get(l);
        let vague = ll.verbs.values().filter(|v| v.vague).count()
            + ll.phrases.iter().filter(|p| p.info.vague).count();
        let action = ll.verbs.len() + ll.phrases.len() - vague;
        let c = &ll.cues;
        writeln!(
            out,
            "{:<5} {:>10} {:>8} {:>7} {:>6} {:>6} {:>6} {:>7} {:>6} {:>4} {:>9} {:>8} {:>16} {:>12}",
            l.code(),
            ll.verbs.len(),
            ll.phrases.len(),
            action,
            vague,
            ll.nouns.values().map(Vec::len).sum::<usize>(),
            ll.light.len(),
            c.leadin.len(),
            c.modal.len(),
            c.aim.len(),
            c.aim_verb.len(),
            c.subject.len(),
            c.content_heading.len(),
            c.placeholder.len()
        )?;
    }
    Ok(Outcome::Ok)
}

/// The sources that check file `name` of `kind` (text `text`): forms with the shipped bloom and
/// vague files they refer to; `None` for an unknown kind.
fn sources<'a>(
    kind: &str,
    name: &str,
    text: &'a str,
    shipped: &Sources<'static>,
) -> Option<Sources<'a>> {
    let file = vec![(name.to_string(), text)];
    Some(match kind {
        "bloom" => Sources { bloom: file, ..Default::default() },
        "vague" => Sources { vague: file, ..Default::default() },
        "cues" => Sources { cues: file, ..Default::default() },
        "nouns" => Sources { nouns: file, ..Default::default() },
        "forms" => Sources {
            bloom: shipped.bloom.clone(),
            forms: file,
            vague: shipped.vague.clone(),
            ..Default::default()
        },
        _ => return None,
    })
}

fn check(files: &[std::path::PathBuf]) -> anyhow::Result<Outcome> {
    let mut failed = 0;
    for f in files {
        let text =
            std::fs::read_to_string(f).with_context(|| format!("{}: cannot read", f.display()))?;
        let kind = f.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).unwrap_or("");
        let lang = f
            .file_stem()
            .and_then(|s| s.to_str())
            .and_then(Lang::parse)
            .filter(|l| *l != Lang::Und);
        let Some(lang) = lang else {
            eprintln!(
                "{}: file name must be <lang>.csv with lang one of en, it, fr, de, es, pt, nl",
                f.display()
            );
            failed += 1;
            continue;
        };
        let name = f.display().to_string();
        // Forms refer to lemmas: check them against the shipped bloom and vague files.
        let shipped = mcaudit_core::lexicon::shipped_sources(lang);
        let src = match sources(kind, &name, text.as_str(), &shipped) {
            Some(src) => src,
            None => {
                eprintln!(
                    "{}: unknown lexicon kind {kind:?} (the file must sit in a bloom/, forms/, vague/, cues/ or nouns/ folder)",
                    f.display()
                );
                failed += 1;
                continue;
            }
        };
        match LangLexicon::parse(lang, &src) {
            Ok(l) => println!(
                "{}: ok ({} verb stems, {} phrases, {} nouns, {} light verbs)",
                f.display(),
                l.verbs.len(),
                l.phrases.len(),
                l.nouns.values().map(Vec::len).sum::<usize>(),
                l.light.len()
            ),
            Err(e) => {
                // Parsing stops at the first error; each row is then read on its own, under the
                // header, so that every bad row is listed at once (with its own line number).
                let mut errors = vec![e.to_string()];
                let mut lines = text.lines();
                let header = lines.next().unwrap_or("");
                for (i, line) in lines.enumerate() {
                    // The row alone under the header is line 2; its message gets its own line.
                    let one = format!("{header}\n{line}\n");
                    let Some(row_src) = sources(kind, &name, one.as_str(), &shipped) else {
                        continue;
                    };
                    if let Err(e) = LangLexicon::parse(lang, &row_src) {
                        let at = format!("{}:2:", f.display());
                        let msg = e.to_string();
                        errors.push(match msg.strip_prefix(&at) {
                            Some(rest) => format!("{}:{}:{rest}", f.display(), i + 2),
                            None => msg,
                        });
                    }
                }
                let mut seen = std::collections::BTreeSet::new();
                errors.retain(|e| seen.insert(e.clone()));
                // In file order: the line number follows the file name.
                let line_of = |e: &str| -> usize {
                    e.strip_prefix(&format!("{}:", f.display()))
                        .and_then(|r| r.split(':').next())
                        .and_then(|n| n.parse().ok())
                        .unwrap_or(0)
                };
                errors.sort_by_key(|e| line_of(e));
                for e in &errors {
                    eprintln!("{e}");
                }
                failed += 1;
            }
        }
    }
    if failed > 0 {
        bail!("{failed} lexicon file(s) have errors");
    }
    Ok(Outcome::Ok)
}
