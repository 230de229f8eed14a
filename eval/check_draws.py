#!/usr/bin/env python3
"""Checks that every draw script still draws the statements or records its labels were made on.

  python3 eval/check_draws.py

Bloom sets dev 3 to dev 24, ml1 and ml2: runs eval/draw_bloom_devN.py (draw_bloom_mlN.py) and
compares the (id, sha1) pairs it prints with the id and sha1 columns of the set's spans file (no
label is read). Blind class samples 17 to 36: runs eval/draw_blindN.py and compares its ids
with eval/own_labels_blindN.csv's (a label file not made yet is skipped). A draw changes when a
later label file takes ids out of its pool and eval/label_chronology.py does not list that file
after the draw's own: run this after adding a label file. Exits 1 on a mismatch, 0 with a message when ../shared/data is absent.
"""
import csv
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import build_dev  # noqa: E402


def run(script):
    out = subprocess.run([sys.executable, os.path.join(HERE, script)], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    return out.stdout


def main():
    if not os.path.isdir(build_dev.DATA):
        print("check_draws.py: corpora directory %s is absent; skipping." % build_dev.DATA)
        return 0
    ok = True
    for n in list(range(3, 25)) + ["ml1", "ml2"]:
        name = n if isinstance(n, str) else "dev%d" % n
        if not os.path.exists(os.path.join(HERE, "bloom_%s_spans.csv" % name)):
            print("bloom %s: no spans file yet" % name)
            continue
        drawn = []
        for line in run("draw_bloom_%s.py" % name).splitlines():
            if line.startswith("#") or not line.strip():
                continue
            rid, sha, _ = line.split("\t", 2)
            drawn.append((rid, sha))
        with open(os.path.join(HERE, "bloom_%s_spans.csv" % name), encoding="utf-8") as f:
            spans = [(r["id"], r["sha1"]) for r in csv.DictReader(f)]
        same = sorted(drawn) == sorted(spans)
        ok &= same
        print("bloom %s: drawn %d, labelled %d, %s" % (name, len(drawn), len(spans),
                                                      "same" if same else "DIFFERENT"))
    for n in range(17, 37):
        labels = os.path.join(HERE, "own_labels_blind%d.csv" % n)
        if not os.path.exists(labels):
            print("blind %d: no label file yet" % n)
            continue
        drawn = sorted(line.split(",")[0] for line in run("draw_blind%d.py" % n).splitlines()[1:])
        with open(labels, encoding="utf-8") as f:
            ids = sorted(r["id"] for r in csv.DictReader(f))
        same = drawn == ids
        ok &= same
        print("blind %d: drawn %d, labelled %d, %s" % (n, len(drawn), len(ids),
                                                     "same" if same else "DIFFERENT"))
    print("all draws reproduce" if ok else "a draw changed: list the later label file in it")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
