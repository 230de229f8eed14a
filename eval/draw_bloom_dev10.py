#!/usr/bin/env python3
"""Draw the English outcome statements labelled (blind to mcaudit) in eval/bloom_dev10_spans.csv.

  python3 eval/draw_bloom_dev10.py                 # prints the drawn statements, source by source
  python3 eval/draw_bloom_dev10.py --out FILE.csv  # also writes id,source,statement (verbatim;
                                                   # keep it outside the repository)
  python3 eval/draw_bloom_dev10.py --pool          # pool sizes only

The candidates and the draw procedure are eval/draw_bloom_dev3.py's (its docstring describes them;
this script imports them), with a new seed, new quotas, its own REJECT table and a new population.

Population.  Dev 9 used up every Glasgow and Deakin record that no Bloom set had touched, but
most of those records list more outcomes than the two or three drawn from each.  The reviewers'
own Bloom rows are mostly Glasgow and Deakin module outcomes, so this draw is made at the level
of statements, not records: a record already drawn from may give its other statements.  Excluded
are the ids of ../shared/dev/dev.jsonl and of the sets kept for measuring only
(bloom_test_spans.csv, bloom_test_annotator2_spans.csv, bloom_heldout_spans.csv), and any
candidate whose key (whitespace-folded, lower-cased, without trailing ";,.:") equals a statement
of a Bloom-labelled set (LABELLED below, dev 9 included: spans rebuilt and checked against their
sha1; bloom_dev.csv's statements).  A drawn statement whose key equals one drawn before in this
set is skipped.  Records whose description repeats another's are kept (dup_records=False).

Pools: glasgow 33 records (79 candidate statements), deakin 6 (9), udacity 2 (2), edx 243
(508), udemy 165 (636), coursera 2341 (5981).

Draw.  Quotas: glasgow 80, deakin 10, udacity 5, edx 40, udemy 15, coursera 150 (300), drawn in
that order.  For each source a fresh random.Random(1010) shuffles the eligible ids sorted by
number; records are taken in that order and, with the same generator, at most four of a
record's candidates (glasgow), three (deakin) or two (the others) are chosen at random.  A drawn statement
that is not a learner outcome is rejected by the reader (REJECT below: id + sha1 + reason, the
reasons of draw_bloom_dev9.py) and the draw continues.  Any source's shortfall is added to the
coursera quota.

Python 3 standard library only; the corpora are read at run time from ../shared/data
(build_dev.DATA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_bloom_dev3 as base  # noqa: E402

SEED = 1010
QUOTA = {"glasgow": 80, "deakin": 10, "udacity": 5, "edx": 40, "udemy": 15, "coursera": 150}
ORDER = ["glasgow", "deakin", "udacity", "edx", "udemy", "coursera"]
PER_RECORD = {"glasgow": 4, "deakin": 3, "udacity": 2, "edx": 2, "udemy": 2, "coursera": 2}
OWN = "bloom_dev10_spans.csv"  # this draw's own result, not an exclusion
# Sets kept for measuring: their records give nothing.
MEASURE_ONLY = ("bloom_test_spans.csv", "bloom_test_annotator2_spans.csv",
                "bloom_heldout_spans.csv")
# The Bloom-labelled sets as of this draw (a fixed list, so that later files change nothing):
# no candidate may equal one of their statements.
LABELLED = ("bloom_dev3_spans.csv", "bloom_dev4_spans.csv", "bloom_dev5_spans.csv",
            "bloom_dev6_spans.csv", "bloom_dev7_spans.csv", "bloom_dev8_spans.csv",
            "bloom_dev9_spans.csv", "bloom_heldout_spans.csv", "bloom_mooc_spans.csv",
            "bloom_mooc2_spans.csv", "bloom_own_spans.csv", "bloom_test_spans.csv",
            "bloom_test_annotator2_spans.csv", "bloom_dev_en_annotator.csv",
            os.path.join(base.DEV, "bloom_dev.csv"))

# (id, sha1 of the statement) -> reason; filled in while reading the draw.
REJECT = {
}

base.configure(SEED, QUOTA, ORDER, PER_RECORD, OWN, (), REJECT,
               exclude=MEASURE_ONLY, same_text=base.labelled_keys(LABELLED), dup_records=False)
main = base.main

if __name__ == "__main__":
    sys.exit(main())
