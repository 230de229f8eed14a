#!/usr/bin/env python3
"""Verb coverage of outcome statements in mcaudit runs (issue 4's coverage figure).

An outcome statement is an item or sentence under a learning-outcomes or Dublin-descriptor
heading, other than a bare lead-in or a placeholder. It is covered when mcaudit found a known
verb leading it (observable or vague). Prints coverage per language and source and, with
--missing N, the N most frequent first words of uncovered statements per language (to find
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
    if a.missing:
        print("\nuncovered: commonest first words per language")
        for lang in sorted(set(o["lang"].to_list())):
            c = collections.Counter()
            for t in o.filter((pl.col("lang") == lang) & ~pl.col("covered"))["text"].to_list():
                w = re.findall(r"\w+", t.lower())
                if w:
                    c[w[0]] += 1
            print(f"  {lang}: " + ", ".join(f"{w} {n}" for w, n in c.most_common(a.missing)))


if __name__ == "__main__":
    main()
