#!/usr/bin/env python3
"""Bloom-level statements of our own set, stored as spans (no corpus text in the repository).

`eval/bloom_own_spans.csv` holds id, start, end, lang, sha1 and the six 0/1 level columns;
start/end are character offsets into the record's description (rebuilt by build_dev.py) with
every whitespace run folded to one space. This script rebuilds the statements into the format
`mcaudit evaluate-levels` reads:

  python3 eval/bloom_spans.py --out out/eval/bloom_own.csv
  mcaudit evaluate-levels out/eval/bloom_own.csv

`--make FILE` converts a verbatim labelled file (same columns as shared/dev/bloom_dev.csv) into
spans once; the verbatim file itself is never committed.
"""
import argparse
import csv
import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_dev  # noqa: E402

LEVELS = ["Remember", "Understand", "Apply", "Analyze", "Evaluate", "Create"]
SPANS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bloom_own_spans.csv")


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def sha(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:12]


def make(src, spans=SPANS):
    rows = list(csv.DictReader(open(src, encoding="utf-8")))
    out, missing = [], 0
    for r in rows:
        rec = build_dev.get_record(r["id"])
        desc = fold(rec["description"]) if rec else ""
        st = fold(r["statement"])
        i = desc.find(st)
        if i < 0:
            missing += 1
            print("not found:", r["id"], file=sys.stderr)
            continue
        out.append([r["id"], i, i + len(st), r["lang"], sha(st)] + [r[k] for k in LEVELS])
    with open(spans, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "start", "end", "lang", "sha1"] + LEVELS)
        w.writerows(out)
    print("wrote %d spans to %s (%d not found)" % (len(out), spans, missing))


def rebuild(dst, spans=SPANS):
    if not os.path.isdir(build_dev.DATA):
        print("skipping: %s not found" % build_dev.DATA)
        return
    rows = list(csv.DictReader(open(spans, encoding="utf-8")))
    os.makedirs(os.path.dirname(dst) or ".", exist_ok=True)
    bad = 0
    with open(dst, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "lang", "statement"] + LEVELS)
        for r in rows:
            rec = build_dev.get_record(r["id"])
            st = fold(rec["description"])[int(r["start"]):int(r["end"])] if rec else ""
            if sha(st) != r["sha1"]:
                bad += 1
                continue
            w.writerow([r["id"], r["lang"], st] + [r[k] for k in LEVELS])
    print("wrote %d statements to %s (%d did not match their hash)" % (len(rows) - bad, dst, bad))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--make", metavar="FILE")
    ap.add_argument("--out", default="out/eval/bloom_own.csv")
    ap.add_argument("--spans", default=SPANS, help="spans file (default eval/bloom_own_spans.csv)")
    a = ap.parse_args()
    if a.make:
        make(a.make, a.spans)
    else:
        rebuild(a.out, a.spans)
