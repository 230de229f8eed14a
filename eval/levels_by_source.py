#!/usr/bin/env python3
"""Bloom-level macro-F1 of mcaudit per corpus source (coursera, edx, glasgow, ...) of each set.

`bash eval/levels.sh` writes, for each set NAME, the rebuilt statements (out/eval/bloom_NAME.csv,
whose `id` column is `source:number`) and mcaudit's per-statement details
(out/eval/details_NAME.csv, same row order); this script joins them and prints, per set and
source, the statements, macro-F1 over the levels present and exact match. Small groups give
noisy figures: read them as where the errors are, not as estimates.

Usage: python3 eval/levels_by_source.py [--dir out/eval] NAME [NAME ...]
Python 3 standard library only.
"""
import argparse
import csv
import os
import sys
from collections import defaultdict

LEVELS = ["remember", "understand", "apply", "analyse", "evaluate", "create"]


def labels(cell):
    return {x for x in cell.split("+") if x}


def macro_f1(rows):
    """Macro-F1 over the levels that occur (gold or predicted) in `rows`, and exact match."""
    scores = []
    for level in LEVELS:
        tp = sum(1 for g, p in rows if level in g and level in p)
        fp = sum(1 for g, p in rows if level not in g and level in p)
        fn = sum(1 for g, p in rows if level in g and level not in p)
        if tp + fp + fn == 0:
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    exact = sum(1 for g, p in rows if g == p) / len(rows)
    return (sum(scores) / len(scores) if scores else 0.0), exact


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default="out/eval")
    ap.add_argument("names", nargs="+")
    a = ap.parse_args()
    print("%-8s %-10s %5s  %s" % ("set", "source", "n", "macro-F1 / exact match"))
    for name in a.names:
        stmts = os.path.join(a.dir, "bloom_%s.csv" % name)
        details = os.path.join(a.dir, "details_%s.csv" % name)
        if not (os.path.exists(stmts) and os.path.exists(details)):
            print("%s: %s or %s missing (run eval/levels.sh first)" % (name, stmts, details))
            continue
        with open(stmts, encoding="utf-8") as f:
            ids = [r["id"] for r in csv.DictReader(f)]
        with open(details, encoding="utf-8") as f:
            det = list(csv.DictReader(f))
        if len(ids) != len(det):
            sys.exit("%s: %d statements but %d detail rows" % (name, len(ids), len(det)))
        groups = defaultdict(list)
        for rid, d in zip(ids, det):
            groups[rid.split(":")[0]].append((labels(d["gold"]), labels(d["predicted"])))
        for source in sorted(groups):
            f1, exact = macro_f1(groups[source])
            print("%-8s %-10s %5d  %.3f / %.3f" % (name, source, len(groups[source]), f1, exact))
    return 0


if __name__ == "__main__":
    sys.exit(main())
