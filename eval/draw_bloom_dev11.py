#!/usr/bin/env python3
"""Draw the English outcome statements labelled (blind to mcaudit) in eval/bloom_dev11_spans.csv.

  python3 eval/draw_bloom_dev11.py                 # prints the drawn statements, source by source
  python3 eval/draw_bloom_dev11.py --out FILE.csv  # also writes id,source,statement (verbatim;
                                                   # keep it outside the repository)
  python3 eval/draw_bloom_dev11.py --pool          # pool sizes only

The candidates and the draw procedure are eval/draw_bloom_dev3.py's (its docstring describes them;
this script imports them), with a new seed, new quotas, its own REJECT table and a new population.

Population.  As dev 10's (statements, not records; its docstring explains why): the ids of
../shared/dev/dev.jsonl and of the sets kept for measuring only are excluded, and any candidate
whose key equals a statement of a Bloom-labelled set (LABELLED below, dev 10 included).  Drawn
in session 19 after the rules drawn from dev 10, to measure the session's last binary on
statements nobody had read.

Draw.  Quotas: glasgow 20, edx 50, udemy 10, coursera 170 (250), drawn in that order; a fresh
random.Random(1111) per source; at most four of a record's candidates (glasgow) or two (the
others); rejections as in dev 9 and dev 10 (REJECT below); any shortfall goes to coursera.

Python 3 standard library only; the corpora are read at run time from ../shared/data
(build_dev.DATA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_bloom_dev3 as base  # noqa: E402

SEED = 1111
QUOTA = {"glasgow": 20, "edx": 50, "udemy": 10, "coursera": 170}
ORDER = ["glasgow", "edx", "udemy", "coursera"]
PER_RECORD = {"glasgow": 4, "edx": 2, "udemy": 2, "coursera": 2}
OWN = "bloom_dev11_spans.csv"  # this draw's own result, not an exclusion
# Sets kept for measuring: their records give nothing.
MEASURE_ONLY = ("bloom_test_spans.csv", "bloom_test_annotator2_spans.csv",
                "bloom_heldout_spans.csv")
# The Bloom-labelled sets as of this draw (a fixed list, so that later files change nothing):
# no candidate may equal one of their statements.
LABELLED = ("bloom_dev3_spans.csv", "bloom_dev4_spans.csv", "bloom_dev5_spans.csv",
            "bloom_dev6_spans.csv", "bloom_dev7_spans.csv", "bloom_dev8_spans.csv",
            "bloom_dev9_spans.csv", "bloom_dev10_spans.csv", "bloom_heldout_spans.csv",
            "bloom_mooc_spans.csv", "bloom_mooc2_spans.csv", "bloom_own_spans.csv", "bloom_test_spans.csv",
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
