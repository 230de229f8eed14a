#!/usr/bin/env python3
"""Check the mcaudit lexicon CSVs (stdlib + nltk; `pip install nltk`, Snowball needs no downloads).

Usage: python3 data/lexicons/check.py [LEXICON_DIR]

Checks every file under bloom/, forms/, vague/ and cues/:
  - UTF-8 without BOM, "\n" line ends, final newline, the expected header;
  - every field NFC, lowercase, without surrounding whitespace; required fields not empty;
  - rows sorted by code-point order of their fields, no duplicate rows;
  - bloom: level in the six revised-Bloom levels, pos "phrase" when the lemma has a space, else "verb",
    every Snowball stem sequence maps to one level unless every row of it has note "ambiguous";
  - vague: pos as above; no stem sequence is both a bloom lemma and a vague lemma;
  - forms: the lemma exists in bloom/ or vague/ of the same language and the form's stem sequence
    differs from the lemma's (otherwise stemming already matches it and the row is dead weight);
    a one-word form must not stem to a short truncated prefix of its lemma's stem (it: usa -> "usa",
    valuta -> "val"), which would match unrelated words;
  - cues: kind is known, dublin rows carry an area code, no phrase twice under one kind.
It prints the row count of every file and exits 1 on any error.

Words are maximal runs of \\w characters of the lowercased NFC text (so apostrophes and hyphens
split: "s'approprier" -> s, approprier); each word is stemmed with NLTK's Snowball stemmer of the
file's language, which gives the same output as rust-stemmers.
"""
import csv
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

try:
    from nltk.stem.snowball import SnowballStemmer
except ImportError:  # pragma: no cover
    sys.exit("check.py: nltk is missing (pip install nltk)")

LANGS = {"en": "english", "it": "italian", "fr": "french", "de": "german",
         "es": "spanish", "pt": "portuguese", "nl": "dutch"}
LEVELS = ("remember", "understand", "apply", "analyse", "evaluate", "create")
POS = ("verb", "phrase")
KINDS = ("leadin", "dublin", "modal", "aim", "skills_heading", "placeholder", "subject", "content_heading", "aim_verb")
DUBLIN = ("knowledge", "applying", "judgement", "communication", "learning")
GENERIC = ("comun", "commun")  # truncated stems longer than 5 that still hit common nouns
HEADERS = {"bloom": ["lemma", "level", "pos", "note"], "forms": ["form", "lemma"],
           "vague": ["lemma", "pos", "note"], "cues": ["kind", "phrase", "note"]}
REQUIRED = {"bloom": 3, "forms": 2, "vague": 2, "cues": 2}  # leading fields that must be non-empty

errors = []
warnings = []


def err(path, line, msg):
    errors.append(f"{path}:{line}: {msg}")


def stems(stemmer, text):
    return tuple(stemmer.stem(w) for w in re.findall(r"\w+", text))


def read(path, kind):
    """Read one CSV, run the generic checks, return [(line_no, row)]."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(path, 1, "file starts with a byte-order mark (save as UTF-8 without BOM)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(path, 0, f"not UTF-8 ({e})")
        return []
    if "\r" in text:
        err(path, 0, "carriage return found (use \\n line ends)")
    if not text.endswith("\n"):
        err(path, 0, "no final newline")
    rows = list(csv.reader(text.splitlines()))
    if not rows or rows[0] != HEADERS[kind]:
        err(path, 1, f"header is {rows[0] if rows else None}, expected {','.join(HEADERS[kind])}")
        return []
    out = []
    prev = None
    seen = set()
    for no, row in enumerate(rows[1:], start=2):
        if len(row) != len(HEADERS[kind]):
            err(path, no, f"{len(row)} fields, expected {len(HEADERS[kind])}")
            continue
        for f in row:
            if f != f.strip() or "  " in f:
                err(path, no, f"field {f!r} has stray whitespace")
            if unicodedata.normalize("NFC", f) != f:
                err(path, no, f"field {f!r} is not NFC")
            if f.lower() != f:
                err(path, no, f"field {f!r} is not lowercase")
        for f in row[:REQUIRED[kind]]:
            if not f:
                err(path, no, "required field is empty")
        t = tuple(row)
        if t in seen:
            err(path, no, f"duplicate row {','.join(row)}")
        seen.add(t)
        if prev is not None and t < prev:
            err(path, no, f"not sorted: {','.join(row)} comes after {','.join(prev)}")
        prev = t
        out.append((no, row))
    return out


def check_pos(path, no, lemma, pos):
    want = "phrase" if " " in lemma else "verb"  # clitic forms (s'approprier, familiarizar-se) are verbs
    if pos not in POS:
        err(path, no, f'unknown pos "{pos}" (expected one of: {", ".join(POS)})')
    elif pos != want:
        err(path, no, f'pos is "{pos}" but "{lemma}" is a {want}')


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    counts = []
    for lang, name in LANGS.items():
        st = SnowballStemmer(name)
        paths = {k: root / k / f"{lang}.csv" for k in HEADERS}
        for k, p in paths.items():
            if not p.exists():
                err(p, 0, "missing file")
        data = {k: (read(p, k) if p.exists() else []) for k, p in paths.items()}
        for k, p in paths.items():
            counts.append((str(p.relative_to(root)), len(data[k])))

        # bloom
        by_stem = defaultdict(list)  # stems -> [(no, lemma, level, note)]
        bloom_lemmas = set()
        for no, (lemma, level, pos, note) in data["bloom"]:
            if level not in LEVELS:
                err(paths["bloom"], no, f'unknown level "{level}" (expected one of: {", ".join(LEVELS)})')
            check_pos(paths["bloom"], no, lemma, pos)
            by_stem[stems(st, lemma)].append((no, lemma, level, note))
            bloom_lemmas.add(lemma)
        for s, rs in by_stem.items():
            levels = {r[2] for r in rs}
            if len(levels) > 1 and any(r[3] != "ambiguous" for r in rs):
                where = "; ".join(f"line {r[0]} {r[1]} -> {r[2]} (note {r[3]!r})" for r in rs)
                err(paths["bloom"], rs[0][0], f'stem {" ".join(s)!r} maps to {len(levels)} levels '
                    f'without note "ambiguous" on every row: {where}')
            if len(rs) > 1 and len(levels) == 1 and len({r[1] for r in rs}) > 1:
                warnings.append(f'{paths["bloom"]}: lemmas {sorted({r[1] for r in rs})} share stem '
                                f'{" ".join(s)!r} (same level, harmless)')

        # vague
        vague_lemmas = set()
        for no, (lemma, pos, note) in data["vague"]:
            check_pos(paths["vague"], no, lemma, pos)
            vague_lemmas.add(lemma)
            s = stems(st, lemma)
            if s in by_stem:
                other = ", ".join(sorted({r[1] for r in by_stem[s]}))
                err(paths["vague"], no, f'"{lemma}" (stem {" ".join(s)!r}) is also a bloom lemma '
                    f"({other}); keep it in one list only")

        # forms
        all_stems = {}
        for lemma in bloom_lemmas | vague_lemmas:
            all_stems.setdefault(stems(st, lemma), set()).add(lemma)
        overlaps = 0
        for no, (form, lemma) in data["forms"]:
            if lemma not in bloom_lemmas and lemma not in vague_lemmas:
                err(paths["forms"], no, f'lemma "{lemma}" is in neither bloom/{lang}.csv nor vague/{lang}.csv')
                continue
            fs = stems(st, form)
            if fs == stems(st, lemma):
                err(paths["forms"], no, f'form "{form}" stems like its lemma "{lemma}" ({" ".join(fs)!r}); '
                    "stemming already matches it, drop the row")
            ls = stems(st, lemma)
            if len(fs) == 1 and fs != ls and ls[0].startswith(fs[0]) and (len(fs[0]) <= 5 or fs[0] in GENERIC):
                err(paths["forms"], no, f'form "{form}" stems to "{fs[0]}", a truncated prefix of its lemma\'s '
                    f'stem "{ls[0]}"; such short stems match unrelated words (usa, val, comun...), drop the row')
            if fs in all_stems and lemma not in all_stems[fs]:
                overlaps += 1
        if overlaps:
            warnings.append(f'{paths["forms"]}: {overlaps} forms stem like another lemma '
                            "(separable-verb bases such as ordnen/leiten/erkennen; expected)")

        # cues
        per_kind = defaultdict(set)
        for no, (kind, phrase, note) in data["cues"]:
            if kind not in KINDS:
                err(paths["cues"], no, f'unknown kind "{kind}" (expected one of: {", ".join(KINDS)})')
            if kind == "dublin" and note not in DUBLIN:
                err(paths["cues"], no, f'dublin note "{note}" is not an area code ({", ".join(DUBLIN)})')
            if phrase in per_kind[kind]:
                err(paths["cues"], no, f'phrase "{phrase}" listed twice under kind "{kind}"')
            per_kind[kind].add(phrase)
        for kind in KINDS:
            if not per_kind[kind]:
                err(paths["cues"], 0, f'no rows of kind "{kind}"')

    width = max(len(p) for p, _ in counts)
    for p, n in counts:
        print(f"{p:<{width}}  {n:>4} rows")
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if errors:
        print(f"check.py: {len(errors)} errors", file=sys.stderr)
        return 1
    print("check.py: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
