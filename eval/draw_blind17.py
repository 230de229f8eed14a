#!/usr/bin/env python3
"""Draw the blind sample labelled in eval/own_labels_blind17.csv (after session 17).

  python3 eval/draw_blind17.py                         # prints id,source (draw order)
  python3 eval/draw_blind17.py --out /tmp/blind17_texts.csv
                                    # also writes id,source,description there

Population per source (coursera, edx, udemy, udacity, glasgow, deakin, unibs,
fub, usp, thomasmore): every record eval/build_dev.py can rebuild for it,
  - minus every id in /work/shared/dev/labels_dev.csv and in the `id` column
    of every eval/*.csv file (label and span files alike; files without an
    `id` column, such as grammar_probe.csv, hold none) except this draw's own
    label file eval/own_labels_blind17.csv, so that a re-run gives the same
    draw;
  - minus every record whose description, whitespace folded (runs of
    whitespace to one space, ends stripped), equals the folded description of
    any other rebuilt record of the ten sources, labelled or not.  All copies
    are dropped, none is kept as a representative; this drops every empty
    description, and the last unlabelled Glasgow and Deakin records, which
    repeat labelled ones (glasgow:38 = glasgow:83, deakin:47 = deakin:18,
    deakin:61 = deakin:37 = deakin:43, deakin:65 = deakin:39).
The eligible ids of a source are sorted by the first number in the part
after `source:` (ties and ids without a number: as strings, after the
numbered ones), shuffled with random.Random(20261126 + source index) and the
first 10 are taken (all of them when fewer are eligible).

Population sizes (measured 2026-11-26; rebuilt / after the labelled ids /
eligible after the duplicates / drawn):
  coursera    5585 / 4439 / 4398 / 10
  edx          720 /  231 /  227 / 10
  udemy        339 /  253 /  239 / 10
  udacity      263 /  149 /  135 / 10
  glasgow      127 /    1 /    0 /  0   (none left: take all = none)
  deakin        79 /    3 /    0 /  0   (none left: take all = none)
  unibs        151 /   64 /   53 / 10
  fub          625 /  537 /  431 / 10
  usp          359 /  283 /  279 / 10
  thomasmore    37 /    1 /    1 /  1   (fewer than 10: all taken)
  all         8285 / 5961 / 5763 / 71

Python 3 standard library only; the corpora are read at run time and the
script exits 0 with a message when they are absent.  --out must name a file
outside the repository (the texts are not to be committed).
"""
import argparse
import csv
import glob
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_dev  # noqa: E402
import label_chronology  # noqa: E402

SEED = 20261126
N = 10
SOURCES = ["coursera", "edx", "udemy", "udacity", "glasgow", "deakin",
           "unibs", "fub", "usp", "thomasmore"]
LABELS_DEV = os.path.join(HERE, "..", "..", "shared", "dev", "labels_dev.csv")
OWN = "own_labels_blind17.csv"
# Records drawn per source (session 17: N from every source).
QUOTA = {s: N for s in SOURCES}
REPO = os.path.realpath(os.path.join(HERE, ".."))


def taken_ids():
    paths = [LABELS_DEV] + sorted(p for p in glob.glob(os.path.join(HERE, "*.csv"))
                                  if os.path.basename(p) not in (OWN,) + label_chronology.after(OWN))
    taken = set()
    for p in paths:
        with open(p, encoding="utf-8", newline="") as f:
            rd = csv.DictReader(f)
            if "id" not in (rd.fieldnames or []):
                continue
            for row in rd:
                if row.get("id"):
                    taken.add(row["id"].strip())
    return taken


def fold(text):
    return " ".join(text.split())


def sort_key(id_):
    local = id_.split(":", 1)[1]
    m = re.search(r"\d+", local)
    return (0, int(m.group()), id_) if m else (1, 0, id_)


def draw():
    """[(source, population size, [drawn records])] in source order."""
    taken = taken_ids()
    recs = {s: {i: r for i, r in build_dev.load_source(s).items() if r is not None}
            for s in SOURCES}
    counts = {}
    for s in SOURCES:
        for r in recs[s].values():
            k = fold(r["description"])
            counts[k] = counts.get(k, 0) + 1
    out = []
    for k, s in enumerate(SOURCES):
        pop = sorted((i for i, r in recs[s].items()
                      if i not in taken and counts[fold(r["description"])] == 1),
                     key=sort_key)
        random.Random(SEED + k).shuffle(pop)
        out.append((s, len(pop), [recs[s][i] for i in pop[:QUOTA[s]]]))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="write id,source,description to this CSV file "
                                  "(outside the repository)")
    a = ap.parse_args(argv)
    if not os.path.isdir(build_dev.DATA):
        print("%s: corpora directory %s is absent; skipping."
              % (os.path.basename(sys.argv[0]), build_dev.DATA))
        return 0
    if a.out:
        target = os.path.realpath(os.path.abspath(a.out))
        if target == REPO or target.startswith(REPO + os.sep):
            ap.error("--out must be outside the repository (%s)" % REPO)
    drawn = draw()
    print("id,source")
    rows = []
    for s, n, picked in drawn:
        q = QUOTA[s]
        note = " (fewer than %d eligible: all taken)" % q if n < q else ""
        sys.stderr.write("%s: eligible %d, drawn %d%s\n" % (s, n, len(picked), note))
        for r in picked:
            print("%s,%s" % (r["id"], s))
            rows.append(r)
    if a.out:
        d = os.path.dirname(a.out)
        if d:
            os.makedirs(d, exist_ok=True)
        with open(a.out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "source", "description"])
            for r in rows:
                w.writerow([r["id"], r["source"], r["description"]])
        sys.stderr.write("wrote %d records to %s\n" % (len(rows), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
