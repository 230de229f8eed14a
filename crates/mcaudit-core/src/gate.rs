//! A cheap check before a regex search: whether the text holds what every match of the regex
//! holds (one of a set of literals, and a digit when each match has one).
//!
//! Guarantees: [`Gate::may_match`] is false only when the regex has no match anywhere in the
//! text, so a search skipped then would have found nothing, and skipping it changes no result.
//! A regex outside the gate, or one with neither usable literals nor a digit, always passes.
//!
//! The literals come from regex-syntax's literal extractor, as the regex crate finds its own
//! prefilters: a match begins with one of the regex's prefixes, ends with one of its suffixes,
//! holds one of the literals of each part it cannot skip, and one of those of the branch it
//! takes; of the sets found, the one whose shortest literal is longest, then the smallest, is
//! kept. The regex crate itself uses only prefixes, and drops them when there are too many or
//! a part like `\d` or `\w*` opens the regex: such a regex runs its lazy DFA over the whole
//! text. The check is an alternation of the literals, which the regex crate runs as a SIMD
//! literal search alone, after a byte scan for a digit.

use regex::Regex;
use regex::bytes::{Regex as BytesRegex, RegexBuilder};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Regexes, each with what every match of it holds.
pub(crate) struct Gate {
    regexes: Vec<(&'static Regex, Needs)>,
}

/// What every match of a regex holds.
struct Needs {
    /// A search for its literals (`None`: no usable literals).
    literals: Option<BytesRegex>,
    /// A decimal digit (`\d`, `[1-8]`): a text with no numeric character has no match.
    digit: bool,
}

impl Gate {
    /// A gate over `regexes`.
    pub(crate) fn new(regexes: Vec<&'static Regex>) -> Gate {
        let regexes = regexes
            .into_iter()
            .map(|r| {
                let hir = regex_syntax::parse(r.as_str()).ok();
                let literals = hir.as_ref().and_then(required).and_then(|ls| literal_search(&ls));
                (r, Needs { literals, digit: hir.as_ref().is_some_and(needs_digit) })
            })
            .collect();
        Gate { regexes }
    }

    /// Whether `r` may match `hay`: false only when `r` is a regex of the gate and `hay` holds
    /// none of its literals, or no numeric character when each match holds a digit (so `r` has
    /// no match in `hay`).
    pub(crate) fn may_match(&self, r: &Regex, hay: &str) -> bool {
        let Some((_, needs)) = self.regexes.iter().find(|(g, _)| std::ptr::eq(*g, r)) else {
            return true;
        };
        (!needs.digit || numeric(hay))
            && needs.literals.as_ref().is_none_or(|any| any.is_match(hay.as_bytes()))
    }
}

/// Whether `s` may hold a decimal digit (`\d`): an ASCII digit, or a character from U+0660 on
/// (where every other decimal digit lies; its UTF-8 lead byte is 0xD9 or more) that
/// [`char::is_numeric`] accepts (a superset of `\d`).
fn numeric(s: &str) -> bool {
    const CHUNK: usize = 64;
    let b = s.as_bytes();
    if b.chunks(CHUNK).any(|c| any_byte(c, |x| x.is_ascii_digit())) {
        return true;
    }
    b.chunks(CHUNK).enumerate().any(|(k, c)| {
        any_byte(c, |x| x >= 0xD9)
            && c.iter().enumerate().any(|(j, &x)| {
                // A lead byte starts a character: `k * CHUNK + j` is a char boundary.
                x >= 0xD9 && s[k * CHUNK + j..].chars().next().is_some_and(char::is_numeric)
            })
    })
}

/// Whether `f` holds for a byte of `c`, every byte read (no early exit: the loop vectorises).
#[inline]
fn any_byte(c: &[u8], f: impl Fn(u8) -> bool) -> bool {
    c.iter().fold(false, |a, &x| a | f(x))
}

/// Whether every match of `hir` holds a decimal digit: a class of digits alone that a match
/// cannot skip (a part of a sequence, a repetition of at least one, every branch of an
/// alternation).
fn needs_digit(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Class(Class::Unicode(c)) => {
            !c.ranges().is_empty()
                && c.ranges().iter().all(|r| (r.start()..=r.end()).all(|ch| ch.is_numeric()))
        }
        HirKind::Class(Class::Bytes(c)) => {
            !c.ranges().is_empty()
                && c.ranges().iter().all(|r| r.start().is_ascii_digit() && r.end().is_ascii_digit())
        }
        HirKind::Capture(c) => needs_digit(&c.sub),
        HirKind::Repetition(r) => r.min >= 1 && needs_digit(&r.sub),
        HirKind::Concat(parts) => parts.iter().any(needs_digit),
        HirKind::Alternation(alts) => alts.iter().all(needs_digit),
        _ => false,
    }
}

/// A search for any of `lits` (bytes; a literal may end inside a character): an alternation,
/// which the regex crate runs as its literal prefilter alone.
fn literal_search(lits: &[Vec<u8>]) -> Option<BytesRegex> {
    let alts: Vec<String> = lits
        .iter()
        .map(|l| {
            l.iter()
                .map(|&b| {
                    if b.is_ascii_alphanumeric() {
                        (b as char).to_string()
                    } else {
                        format!(r"\x{b:02x}")
                    }
                })
                .collect()
        })
        .collect();
    RegexBuilder::new(&alts.join("|")).unicode(false).build().ok()
}

/// The literals of `hir`'s prefixes or suffixes, when they are finite.
fn extract(kind: ExtractKind, hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let mut ex = Extractor::new();
    ex.kind(kind);
    let seq = ex.extract(hir);
    seq.literals().map(|ls| ls.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// How good a set of literals is: the shortest as long as possible (up to 6 bytes: longer
/// literals are rarer, but the extractor's prefixes of many literals, cut short, are no
/// better), then as few as possible. `None` for a set of no use: one holding the empty literal
/// (it rules nothing out) or one ASCII letter, digit or space on its own (nearly every text
/// holds it), or more than 64 literals (past a SIMD search).
fn score(lits: &[Vec<u8>]) -> Option<(usize, std::cmp::Reverse<usize>)> {
    let min = lits.iter().map(Vec::len).min()?;
    let common = |l: &Vec<u8>| l.len() == 1 && (l[0].is_ascii_alphanumeric() || l[0] == b' ');
    (min > 0 && lits.len() <= 64 && !lits.iter().any(common))
        .then_some((min.min(6), std::cmp::Reverse(lits.len())))
}

/// A set of literals one of which every match of `hir` contains, the best found (see
/// [`score`]); `None` when none is known.
fn required(hir: &Hir) -> Option<Vec<Vec<u8>>> {
    let mut best: Option<Vec<Vec<u8>>> = None;
    let mut consider = |cand: Option<Vec<Vec<u8>>>| {
        if let Some(c) = cand
            && let Some(s) = score(&c)
            && best.as_deref().and_then(score).is_none_or(|b| s > b)
        {
            best = Some(c);
        }
    };
    consider(extract(ExtractKind::Prefix, hir));
    consider(extract(ExtractKind::Suffix, hir));
    match hir.kind() {
        HirKind::Capture(c) => consider(required(&c.sub)),
        HirKind::Repetition(r) if r.min >= 1 => consider(required(&r.sub)),
        // One branch matches: the union of the branches' literals.
        HirKind::Alternation(alts) => consider(alts.iter().try_fold(Vec::new(), |mut all, a| {
            all.extend(required(a)?);
            Some(all)
        })),
        // Every part matches: any part's literals.
        HirKind::Concat(parts) => {
            for part in parts {
                consider(required(part));
            }
        }
        _ => {}
    }
    best
}

#[cfg(test)]
mod tests {
    use std::sync::LazyLock;

    use super::*;

    static WEEKS: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b(\d+)\s*(weeks?|settimane)\b").expect("regex"));
    static FEE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:fees?|price)\s*[:=]\s*\S+|\b\w*prüfung\b").expect("regex")
    });
    static ANY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("regex"));
    static OUTSIDE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"weeks").expect("regex"));

    #[test]
    fn a_regex_is_ruled_out_only_without_its_literals() {
        let gate = Gate::new(vec![&*WEEKS, &*FEE, &*ANY]);
        for text in ["", "in 6 settimane", "price: 30", "Die Abschlussprüfung", "ЖЖ 4 weeks", "x"]
        {
            for r in [&*WEEKS, &*FEE, &*ANY, &*OUTSIDE] {
                if r.is_match(text) {
                    assert!(gate.may_match(r, text), "{text:?} {r}");
                }
            }
        }
        let text = "no numbers, no charges here";
        assert!(!gate.may_match(&WEEKS, text) && !gate.may_match(&FEE, text));
        // A regex with no literals always passes, and so does one outside the gate.
        assert!(gate.may_match(&ANY, text) && gate.may_match(&OUTSIDE, text));
        // `WEEKS` needs a digit, `FEE` does not: `٣` is an Arabic-Indic three.
        assert!(!gate.may_match(&WEEKS, "weeks") && gate.may_match(&WEEKS, "٣ weeks"));
        let long = format!("{}“weeks”{}", "é".repeat(40), "x".repeat(100));
        assert!(!numeric(&long) && numeric(&format!("{long}7")) && numeric(&format!("{long}٣")));
        assert!(needs_digit(&regex_syntax::parse(WEEKS.as_str()).expect("hir")));
        assert!(!needs_digit(&regex_syntax::parse(FEE.as_str()).expect("hir")));
        assert!(!needs_digit(&regex_syntax::parse(r"[\d.]|\d?x").expect("hir")));
        assert!(needs_digit(&regex_syntax::parse(r"a[1-8]|(?:\d{2})+").expect("hir")));
    }

    #[test]
    fn literals_are_searched_as_bytes() {
        // `ü` cut after its first byte, and bytes a regex would read as syntax.
        let s = literal_search(&[b"pr\xc3".to_vec(), b"a.b".to_vec(), b"$".to_vec()]);
        let s = s.expect("search");
        assert!(s.is_match("prüfung".as_bytes()) && s.is_match(b"a.b") && s.is_match(b"$5"));
        assert!(!s.is_match(b"prx") && !s.is_match(b"axb"));
    }
}
