#!/usr/bin/env python3
"""Verb coverage of outcome statements in mcaudit runs (issue 4's coverage figure).

An outcome statement is an item or sentence under a learning-outcomes or Dublin-descriptor
heading, other than a bare lead-in or a placeholder. It is covered when mcaudit found a known
verb leading it (observable, vague, or a course-side verb of an aim). Prints coverage per
language and source, what the uncovered statements look like (a question or how-to topic, a
noun phrase, another script, or a verb form the lexicons lack), and, with --missing N, the N most frequent first words of uncovered statements per language (to find
gaps in the lexicons; the words are counts, no text is stored).

Usage: python3 eval/verb_coverage.py OUT_DIR [OUT_DIR ...] [--missing 30]
Needs the Python package polars (pip install polars).
"""
import argparse
import collections
import re
import sys

try:
    import polars as pl
except ImportError:
    sys.exit("verb_coverage.py needs polars: pip install polars")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", help="output folders of `mcaudit analyse`")
    ap.add_argument("--missing", type=int, default=0, help="list the N commonest uncovered first words")
    a = ap.parse_args()
    frames = []
    for run in a.runs:
        o = pl.read_parquet(f"{run}/outcomes.parquet")
        frames.append(o.with_columns(pl.lit(run.rstrip("/").split("/")[-1]).alias("run")))
    o = pl.concat(frames)
    o = o.filter(
        pl.col("heading").is_in(["learning", "dublin"])
        & ~pl.col("role").is_in(["lead_in", "placeholder"])
    ).with_columns(pl.col("lead_verb").is_not_null().alias("covered"))
    total = o.height
    cov = o["covered"].sum()
    learner = o.filter(pl.col("role") != "aim")
    lcov = learner["covered"].sum()
    print(f"outcome statements {total}, with a known verb {cov} ({100 * cov / max(total, 1):.1f} %)")
    print(
        f"without the course's own aims (`the course provides ...`, no learner verb by design): "
        f"{learner.height}, with a known verb {lcov} ({100 * lcov / max(learner.height, 1):.1f} %)"
    )
    levelled = o["level"].is_not_null().sum()
    print(
        f"with a Bloom level at all (a verb, or a deverbal noun such as `Conoscenza dei ...`, "
        f"`Analysis of ...`): {levelled} ({100 * levelled / max(total, 1):.1f} %)"
    )
    for key in ["lang", "run"]:
        print(f"\nby {key}: all statements / without aims")
        g = (
            o.group_by(key)
            .agg(
                pl.len().alias("n"),
                pl.col("covered").sum().alias("covered"),
                (pl.col("role") != "aim").sum().alias("n_learner"),
                (pl.col("covered") & (pl.col("role") != "aim")).sum().alias("covered_learner"),
            )
            .sort(key)
        )
        for row in g.iter_rows(named=True):
            p_all = 100 * row["covered"] / row["n"]
            p_learner = 100 * row["covered_learner"] / max(row["n_learner"], 1)
            print(f"  {row[key]:<14} n={row['n']:<7} {p_all:5.1f} %   n={row['n_learner']:<7} {p_learner:5.1f} %")
    shapes(o.filter(~pl.col("covered")), o.height)
    if a.missing:
        print("\nuncovered: commonest first words per language")
        for lang in sorted(set(o["lang"].to_list())):
            c = collections.Counter()
            for t in o.filter((pl.col("lang") == lang) & ~pl.col("covered"))["text"].to_list():
                w = re.findall(r"\w+", t.lower())
                if w:
                    c[w[0]] += 1
            print(f"  {lang}: " + ", ".join(f"{w} {n}" for w, n in c.most_common(a.missing)))


# Words that open a question or a how-to topic, per language.
WH = {
    "en": {"how", "what", "why", "when", "which", "who", "where"},
    "it": {"come", "cosa", "perché", "quando", "quali", "quale"},
    "fr": {"comment", "pourquoi", "quoi", "quand", "quel", "quelle", "quels"},
    "de": {"wie", "was", "warum", "wann", "welche", "welcher"},
    "es": {"cómo", "qué", "por", "cuándo", "cuál", "cuáles"},
    "pt": {"como", "que", "porque", "quando", "qual", "quais"},
    "nl": {"hoe", "wat", "waarom", "wanneer", "welke"},
}
# Articles, determiners, pronouns and prepositions that open a noun phrase or a clause whose
# verb is not the statement's first word.
DET = {
    "en": {"the", "a", "an", "this", "these", "those", "its", "their", "your", "our", "basic",
           "key", "all", "some", "each", "in", "of", "for", "with", "on", "and", "to", "by",
           "it", "we", "i", "they", "there"},
    "it": {"il", "lo", "la", "i", "gli", "le", "l", "un", "una", "uno", "in", "per", "al",
           "alla", "nel", "nella", "nello", "del", "della", "dei", "si", "tale", "questo",
           "questa", "ciò", "e", "inoltre", "a"},
    "fr": {"le", "la", "les", "l", "un", "une", "des", "du", "de", "en", "pour", "votre"},
    "de": {"die", "der", "das", "den", "dem", "ein", "eine", "und", "in", "im", "für", "mit",
           "zu", "sie", "er", "es", "auf", "bei", "durch", "dabei", "außerdem", "darüber"},
    "es": {"el", "la", "los", "las", "un", "una", "en", "de", "del", "para", "a", "se", "te"},
    "pt": {"o", "a", "os", "as", "um", "uma", "da", "das", "do", "dos", "de", "no", "na",
           "em", "para", "ao", "esta", "este", "essa", "esse", "se", "além", "através"},
    "nl": {"de", "het", "een", "dit", "deze", "in", "van", "voor"},
}
# Endings of a base-form verb, per language: a first word with one is verb-shaped (English,
# Spanish and French: a first word of ESCO's skill labels, below).
VERB_END = {
    "it": ("are", "ere", "ire"),
    "fr": ("er", "ir", "re"),
    "es": ("ar", "er", "ir"),
    "pt": ("ar", "er", "ir"),
    "nl": ("en",),
}


def esco_verbs() -> dict:
    """First words of ESCO skill/competence labels (verb-led by ESCO's style guide), per
    language, when ../shared/data is present: an independent list of verbs."""
    import csv
    from pathlib import Path

    out = {}
    base = Path(__file__).resolve().parent.parent.parent / "shared/data/esco_v1.0_multilang"
    for lang, name in [("en", "skills_en-us.csv"), ("es", "skills_es.csv"), ("fr", "skills_fr.csv")]:
        path = base / name
        if not path.exists():
            continue
        c = collections.Counter()
        with open(path, newline="", encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r.get("skillType", "").startswith("skill"):
                    w = r.get("preferredLabel", "").split()
                    if w:
                        c[w[0].lower()] += 1
        out[lang] = {w for w, n in c.items() if n >= 3}
    return out


ESCO = esco_verbs()


def shape(lang: str, text: str) -> str:
    """What an uncovered statement looks like, from its first word (no lexicon involved)."""
    t = text.strip()
    words = re.findall(r"\w+", t.lower())
    if lang == "und" or not words or not re.match(r"[a-zà-ÿ]", words[0]):
        return "other script or language"
    w = words[0]
    if t.rstrip(" .").endswith("?") or w in WH.get(lang, ()):
        return "question or how-to topic"
    if w in DET.get(lang, ()):
        return "noun phrase or clause (article, pronoun, preposition first)"
    ends = VERB_END.get(lang)
    if ends and w.endswith(ends) and len(w) > 4:
        return "verb-shaped first word the lexicons lack"
    if w in ESCO.get(lang, ()) or lang == "en" and t[:1].islower():
        return "verb-shaped first word the lexicons lack"
    return "other (a noun or a capitalised name first)"


def shapes(uncovered, total: int) -> None:
    counts = collections.Counter(
        shape(lang, text) for lang, text in zip(uncovered["lang"].to_list(), uncovered["text"].to_list())
    )
    print(f"\nuncovered statements by shape ({uncovered.height} of {total}):")
    for k, n in counts.most_common():
        print(f"  {k:<62} {n:6}  {100 * n / max(total, 1):5.1f} % of all")


if __name__ == "__main__":
    main()
