#!/usr/bin/env python3
"""ESCO skill links of our own outcome statements, stored as spans (no corpus text in the repository).

`eval/esco_own_spans.csv` holds id, start, end, lang, sha1 and `uris`, the gold ESCO v1.0
conceptUris (best first, joined by one space, empty when no ESCO concept fits). id/start/end/
lang/sha1 are copied from `eval/bloom_own_spans.csv`: start/end are character offsets into the
record's description (rebuilt by build_dev.py) with every whitespace run folded to one space.
This script rebuilds the verbatim statements:

  python3 eval/esco_spans.py --out out/eval/esco_own.csv

and writes `id,lang,statement,uris`. A row whose rebuilt statement does not match its hash is
left out and counted. When the ESCO export is present, uris that it does not hold are reported.
"""
import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_dev  # noqa: E402
from bloom_spans import fold, sha  # noqa: E402  (same fold/sha helpers as the Bloom spans)

SPANS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "esco_own_spans.csv")
ESCO = os.path.normpath(os.path.join(build_dev.DATA, "esco_v1.0_multilang", "skills_en-us.csv"))


def known_uris():
    if not os.path.exists(ESCO):
        return None
    with open(ESCO, encoding="utf-8") as f:
        return {r["conceptUri"] for r in csv.DictReader(f)}


def rebuild(dst):
    if not os.path.isdir(build_dev.DATA):
        print("skipping: %s not found" % build_dev.DATA)
        return
    rows = list(csv.DictReader(open(SPANS, encoding="utf-8")))
    known = known_uris()
    os.makedirs(os.path.dirname(dst) or ".", exist_ok=True)
    bad, unknown = 0, 0
    with open(dst, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "lang", "statement", "uris"])
        for r in rows:
            rec = build_dev.get_record(r["id"])
            st = fold(rec["description"])[int(r["start"]):int(r["end"])] if rec else ""
            if sha(st) != r["sha1"]:
                bad += 1
                continue
            if known is not None:
                unknown += sum(1 for u in r["uris"].split() if u not in known)
            w.writerow([r["id"], r["lang"], st, r["uris"]])
    print("wrote %d statements to %s (%d did not match their hash)" % (len(rows) - bad, dst, bad))
    if known is None:
        print("ESCO export %s absent: uris not checked" % ESCO)
    else:
        print("%d gold uris not in %s" % (unknown, ESCO))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default="out/eval/esco_own.csv")
    rebuild(ap.parse_args().out)
