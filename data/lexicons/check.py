#!/usr/bin/env python3
"""Check the mcaudit lexicon CSVs (stdlib + nltk; `pip install nltk`, Snowball needs no downloads).

Usage: python3 data/lexicons/check.py [LEXICON_DIR]
       python3 data/lexicons/check.py --tables [LEXICON_DIR]   # print the row-count tables of SOURCES.md

Checks every file under bloom/, forms/, vague/, cues/ and nouns/:
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
  - cues: kind is known, dublin rows carry an area code, no phrase twice under one kind;
  - nouns (kind,word,level,note): kind is "noun" (a deverbal noun naming a cognitive act, with its level)
    or "light" (a support verb such as carry out / svolgere / durchführen, whose object noun carries the
    level; its level is empty); a noun's Snowball stem sequence maps to one level unless every row of it
    has note "ambiguous", and two nouns with the same stem sequence and level are an error (a plural or
    variant that stems like its singular is dead weight); a one-word noun must not stem to 3 letters or
    fewer (fr jugement -> "jug" like juge); no light verb stems like a noun of the same file; fields are
    quoted only when needed. Warnings, not errors: a noun that stems like a vague lemma (understanding /
    understand), or like a bloom lemma none of whose levels is the noun's, and light verbs that are also
    bloom lemmas (the matcher should let the object noun's level win).
and the files under isced/:
  - fields.csv (code,name): every ISCED-F 2013 broad (2-digit) and narrow (3-digit) field, each narrow code
    under a listed broad code; `name` may have capitals (the only field exempt from the lowercase rule);
  - <lang>.csv (code,term): code is a narrow code of fields.csv; term is not a generic word (course, project,
    analysis...); no term, and no Snowball stem sequence, under two codes of one language (the matcher could
    not tell them apart); every substantive narrow code has at least ISCED_MIN terms in every language.
    The residual codes (last digit 0 "not further defined", 8 "inter-disciplinary", 9 "not elsewhere
    classified") are named in fields.csv but need no terms: no word is evidence for them;
  - both: fields are quoted only when needed (the csv module's minimal quoting).
and SOURCES.md: its three row-count tables (bloom / forms / vague / cues rows, cue rows by kind,
noun rows by kind and level) must equal the files' counts (`--tables` prints them to paste).
It prints the row count of every file and exits 1 on any error.

Words are maximal runs of \\w characters of the lowercased NFC text (so apostrophes and hyphens
split: "s'approprier" -> s, approprier); each word is stemmed with NLTK's Snowball stemmer of the
file's language, which gives the same output as rust-stemmers.
"""
import csv
import io
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
NOUN_KINDS = ("noun", "light")
NOUN_MIN_STEM = 4  # a one-word noun whose stem is shorter matches unrelated words (fr jugement -> "jug", juge)
GENERIC = ("comun", "commun")  # truncated stems longer than 5 that still hit common nouns
HEADERS = {"bloom": ["lemma", "level", "pos", "note"], "forms": ["form", "lemma"],
           "vague": ["lemma", "pos", "note"], "cues": ["kind", "phrase", "note"],
           "nouns": ["kind", "word", "level", "note"]}
REQUIRED = {"bloom": 3, "forms": 2, "vague": 2, "cues": 2, "nouns": 2}  # leading fields that must be non-empty
ISCED_HEADERS = {"isced_fields": ["code", "name"], "isced_terms": ["code", "term"]}
ALL_HEADERS = {**HEADERS, **ISCED_HEADERS, "stopwords": ["word"]}
REQUIRED.update({"isced_fields": 2, "isced_terms": 2, "stopwords": 1})
MINIMAL_QUOTING = {"isced_fields", "isced_terms", "nouns"}  # kinds whose lines must match csv.writer output
LOWER_EXEMPT = {"isced_fields": {1}}  # field indexes allowed to carry capitals (fields.csv `name`)
ISCED_MIN = 10  # terms per substantive narrow field and language
ISCED_RESIDUAL = "089"  # last digit of residual narrow codes: not further defined, inter-disciplinary, n.e.c.
# Words found in nearly every course description (or stemming like one): never evidence for a field.
# A one-word term whose stem equals the stem of one of these is an error (en "programming" stems to
# "program", it "programmazione" to "programm" like "programma", fr "danse" to "dans").
ISCED_GENERIC = {
    "en": "course project analysis management data skill skills introduction program programme system method "
          "theory development design learning student business technology research communication security network",
    "it": "corso progetto analisi gestione dati competenze introduzione programma sistema metodo teoria sviluppo "
          "apprendimento studente insegnamento didattica docente formazione sicurezza tecnologia ricerca "
          "comunicazione stata",
    "fr": "cours projet analyse gestion données compétences introduction programme système méthode théorie "
          "développement apprentissage étudiant enseignement pédagogique formation sécurité technologie recherche "
          "communication dans",
    "de": "kurs projekt analyse management daten kompetenzen einführung programm system methode theorie entwicklung "
          "lernen studierende lehre literatur sicherheit technologie forschung kommunikation recht",
    "es": "curso proyecto análisis gestión datos competencias introducción programa sistema método teoría desarrollo "
          "aprendizaje estudiante enseñanza docente educativo formación seguridad tecnología investigación "
          "comunicación cada del parte",
    "pt": "curso projeto análise gestão dados competências introdução programa sistema método teoria "
          "desenvolvimento aprendizagem aluno ensino docente formação segurança tecnologia pesquisa comunicação "
          "cada ponto cor",
    "nl": "cursus project analyse beheer gegevens competenties vaardigheden inleiding programma systeem methode "
          "theorie ontwikkeling leren student onderwijs docent literatuur veiligheid technologie onderzoek "
          "communicatie dan tal",
}

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
    lines = text.splitlines()
    rows = list(csv.reader(lines))
    if not rows or rows[0] != ALL_HEADERS[kind]:
        err(path, 1, f"header is {rows[0] if rows else None}, expected {','.join(ALL_HEADERS[kind])}")
        return []
    out = []
    prev = None
    seen = set()
    for no, row in enumerate(rows[1:], start=2):
        if len(row) != len(ALL_HEADERS[kind]):
            err(path, no, f"{len(row)} fields, expected {len(ALL_HEADERS[kind])}")
            continue
        for i, f in enumerate(row):
            if f != f.strip() or "  " in f:
                err(path, no, f"field {f!r} has stray whitespace")
            if unicodedata.normalize("NFC", f) != f:
                err(path, no, f"field {f!r} is not NFC")
            if f.lower() != f and i not in LOWER_EXEMPT.get(kind, ()):
                err(path, no, f"field {f!r} is not lowercase")
        if kind in MINIMAL_QUOTING and len(lines) == len(rows):
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\n").writerow(row)
            if buf.getvalue()[:-1] != lines[no - 1]:
                err(path, no, f"line {lines[no - 1]!r} is not minimally quoted (expected {buf.getvalue()[:-1]!r})")
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


def check_isced(root, counts):
    """Check isced/fields.csv and isced/<lang>.csv (see the module docstring)."""
    fpath = root / "isced" / "fields.csv"
    if not fpath.exists():
        err(fpath, 0, "missing file")
        return
    fields = read(fpath, "isced_fields")
    counts.append((str(fpath.relative_to(root)), len(fields)))
    broad, narrow = set(), set()
    for no, (code, name) in fields:
        if re.fullmatch(r"\d{2}", code):
            broad.add(code)
        elif re.fullmatch(r"\d{3}", code):
            narrow.add(code)
        else:
            err(fpath, no, f'code "{code}" is neither a broad (2-digit) nor a narrow (3-digit) field code')
    for no, (code, name) in fields:
        if len(code) == 3 and code[:2] not in broad:
            err(fpath, no, f'narrow code "{code}" has no broad field "{code[:2]}" in fields.csv')
    if not broad or not narrow:
        err(fpath, 0, "no broad or no narrow codes")
    substantive = sorted(c for c in narrow if c[2] not in ISCED_RESIDUAL)
    for lang, name in LANGS.items():
        st = SnowballStemmer(name)
        path = root / "isced" / f"{lang}.csv"
        if not path.exists():
            err(path, 0, "missing file")
            continue
        data = read(path, "isced_terms")
        counts.append((str(path.relative_to(root)), len(data)))
        generic = {stems(st, w) for w in ISCED_GENERIC[lang].split()}
        per_code = defaultdict(int)
        by_term = defaultdict(list)   # term -> [(no, code)]
        by_stem = defaultdict(list)   # stem sequence -> [(no, code, term)]
        for no, (code, term) in data:
            if code not in narrow:
                err(path, no, f'code "{code}" is not a narrow code of isced/fields.csv')
            s = stems(st, term)
            if not s:
                err(path, no, f'term "{term}" has no word characters')
                continue
            if s in generic:
                err(path, no, f'term "{term}" stems to {" ".join(s)!r} like a generic word of every course '
                    "description; use a more specific phrase")
            per_code[code] += 1
            by_term[term].append((no, code))
            by_stem[s].append((no, code, term))
        for term, rs in by_term.items():
            if len({c for _, c in rs}) > 1:
                err(path, rs[0][0], f'term "{term}" is listed under {len(rs)} codes: '
                    + ", ".join(f"line {n} {c}" for n, c in rs))
        for s, rs in by_stem.items():
            codes = {c for _, c, _ in rs}
            if len(codes) > 1 and len({t for _, _, t in rs}) > 1:
                err(path, rs[0][0], f'terms under different codes share the stem sequence {" ".join(s)!r}: '
                    + "; ".join(f"line {n} {c} {t}" for n, c, t in rs))
            elif len(codes) == 1 and len(rs) > 1:
                warnings.append(f'{path}: terms {sorted(t for _, _, t in rs)} share stem {" ".join(s)!r} '
                                "(same code, redundant)")
        for code in substantive:
            if per_code[code] < ISCED_MIN:
                err(path, 0, f"narrow field {code} has {per_code[code]} terms, at least {ISCED_MIN} needed")


def count_tables(root):
    """The row-count tables of SOURCES.md, computed from the files (markdown, blank-line separated)."""
    def rows(p):
        with open(p, encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    out = ["| language | bloom rows (lemmas, of which ambiguous) | forms | vague | cues |",
           "| --- | --- | --- | --- | --- |"]
    tot = [0, 0, 0, 0]
    for lang in LANGS:
        bloom = rows(root / "bloom" / f"{lang}.csv")
        lemmas = defaultdict(int)
        for r in bloom:
            lemmas[r["lemma"]] += 1
        n = [len(bloom), len(rows(root / "forms" / f"{lang}.csv")),
             len(rows(root / "vague" / f"{lang}.csv")), len(rows(root / "cues" / f"{lang}.csv"))]
        amb = sum(1 for c in lemmas.values() if c > 1)
        out.append(f"| {lang} | {n[0]} ({len(lemmas)}, {amb}) | {n[1]} | {n[2]} | {n[3]} |")
        tot = [a + b for a, b in zip(tot, n)]
    out.append(f"| total | {tot[0]} | {tot[1]} | {tot[2]} | {tot[3]} |")
    out += ["", "| language | " + " | ".join(KINDS_ORDER) + " |", "| --- |" + " --- |" * len(KINDS_ORDER)]
    for lang in LANGS:
        c = defaultdict(int)
        for r in rows(root / "cues" / f"{lang}.csv"):
            c[r["kind"]] += 1
        out.append(f"| {lang} | " + " | ".join(str(c[k]) for k in KINDS_ORDER) + " |")
    out += ["", "| language | rows | noun | light | " + " | ".join(LEVELS) + " | ambiguous |",
            "| --- |" + " --- |" * 10]
    total = [0] * 10
    for lang in LANGS:
        r = rows(root / "nouns" / f"{lang}.csv")
        kinds = defaultdict(int)
        levels = defaultdict(int)
        amb = 0
        for x in r:
            kinds[x["kind"]] += 1
            if x["kind"] == "noun":
                levels[x["level"]] += 1
                amb += "ambiguous" in (x.get("note") or "")
        vals = [len(r), kinds["noun"], kinds["light"]] + [levels[k] for k in LEVELS] + [amb]
        total = [a + b for a, b in zip(total, vals)]
        out.append(f"| {lang} | " + " | ".join(map(str, vals)) + " |")
    out.append("| total | " + " | ".join(map(str, total)) + " |")
    return "\n".join(out)


# Column order of the cue table in SOURCES.md.
KINDS_ORDER = ("leadin", "dublin", "modal", "aim", "aim_verb", "skills_heading", "content_heading",
               "placeholder", "subject")


def main():
    if "--tables" in sys.argv[1:]:
        args = [a for a in sys.argv[1:] if a != "--tables"]
        root = Path(args[0]) if args else Path(__file__).resolve().parent
        print(count_tables(root))
        return 0
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
            if len(levels) > 1 and any(r[3] not in ("ambiguous", "ambiguous primary") for r in rs):
                where = "; ".join(f"line {r[0]} {r[1]} -> {r[2]} (note {r[3]!r})" for r in rs)
                err(paths["bloom"], rs[0][0], f'stem {" ".join(s)!r} maps to {len(levels)} levels '
                    f'without note "ambiguous" on every row: {where}')
            if len(rs) > 1 and len(levels) == 1 and len({r[1] for r in rs}) > 1:
                warnings.append(f'{paths["bloom"]}: lemmas {sorted({r[1] for r in rs})} share stem '
                                f'{" ".join(s)!r} (same level, harmless)')

        # vague
        vague_lemmas = set()
        vague_stems = {}  # stems -> lemma
        for no, (lemma, pos, note) in data["vague"]:
            check_pos(paths["vague"], no, lemma, pos)
            vague_lemmas.add(lemma)
            s = stems(st, lemma)
            vague_stems.setdefault(s, lemma)
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

        # nouns
        noun_stems = defaultdict(list)  # stems -> [(no, word, level, note)]
        light = []                      # [(no, word, stems)]
        for no, (kind, word, level, note) in data["nouns"]:
            s = stems(st, word)
            if not s:
                err(paths["nouns"], no, f'word "{word}" has no word characters')
                continue
            if kind == "light":
                if level:
                    err(paths["nouns"], no, f'light verb "{word}" has level "{level}"; a light verb\'s level is empty '
                        "(its object noun carries the level)")
                if note == "ambiguous":
                    err(paths["nouns"], no, f'light verb "{word}" cannot be "ambiguous" (it has no level)')
                light.append((no, word, s))
            elif kind == "noun":
                if level not in LEVELS:
                    err(paths["nouns"], no, f'unknown level "{level}" (expected one of: {", ".join(LEVELS)})')
                if len(s) == 1 and len(s[0]) < NOUN_MIN_STEM:
                    err(paths["nouns"], no, f'noun "{word}" stems to "{s[0]}", shorter than {NOUN_MIN_STEM} letters; '
                        "such stems match unrelated words (jug, uso...), drop the row or use a phrase")
                noun_stems[s].append((no, word, level, note))
            else:
                err(paths["nouns"], no, f'unknown kind "{kind}" (expected one of: {", ".join(NOUN_KINDS)})')
            if lang == "en" and note not in ("", "ambiguous"):
                err(paths["nouns"], no, f'note "{note}": English rows take an empty note or "ambiguous"')
        for s, rs in noun_stems.items():
            levels = [r[2] for r in rs]
            where = "; ".join(f"line {r[0]} {r[1]} -> {r[2]} (note {r[3]!r})" for r in rs)
            if len(set(levels)) > 1 and any(r[3] != "ambiguous" for r in rs):
                err(paths["nouns"], rs[0][0], f'stem {" ".join(s)!r} maps to {len(set(levels))} levels '
                    f'without note "ambiguous" on every row: {where}')
            if len(set(levels)) < len(levels):
                err(paths["nouns"], rs[0][0], f'nouns share stem {" ".join(s)!r} and level (a plural or variant that '
                    f"stems like another row is dead weight, keep one): {where}")
            if s in vague_stems:
                warnings.append(f'{paths["nouns"]}: noun "{rs[0][1]}" stems like vague lemma '
                                f'"{vague_stems[s]}" ({" ".join(s)!r}); the matcher must tell them apart')
            if s in by_stem and not {r[2] for r in by_stem[s]} & set(levels):
                other = ", ".join(sorted({f"{r[1]} -> {r[2]}" for r in by_stem[s]}))
                warnings.append(f'{paths["nouns"]}: noun "{rs[0][1]}" -> {"/".join(sorted(set(levels)))} stems like bloom '
                                f"{other}")
        also_bloom = []
        for no, word, s in light:
            if s in noun_stems:
                err(paths["nouns"], no, f'light verb "{word}" stems like noun "{noun_stems[s][0][1]}" ({" ".join(s)!r}); '
                    "keep one of them (Snowball gives a verb and its action noun one stem)")
            if s in by_stem:
                also_bloom.append(word)
        if also_bloom:
            warnings.append(f'{paths["nouns"]}: light verbs that are also bloom lemmas: {", ".join(also_bloom)} '
                            "(expected; the object noun's level should win)")

    check_isced(root, counts)

    # stopwords/<lang>.csv: one lowercase word per row (the generic checks: sorted, unique, NFC).
    for lang in LANGS:
        path = root / "stopwords" / f"{lang}.csv"
        if not path.exists():
            err(path, 0, "missing")
            continue
        data = read(path, "stopwords")
        counts.append((str(path.relative_to(root)), len(data)))
        for no, row in data:
            if " " in row[0]:
                err(path, no, f'"{row[0]}" is not one word')

    sources = root / "SOURCES.md"
    if sources.exists() and not errors:
        text = sources.read_text(encoding="utf-8")
        for table in count_tables(root).split("\n\n"):
            if table not in text:
                err(sources, 0, f"row-count table '{table.splitlines()[0][:40]}...' is out of date "
                    "(print the tables with `python3 data/lexicons/check.py --tables` and paste them)")

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
