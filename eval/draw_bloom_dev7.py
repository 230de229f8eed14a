#!/usr/bin/env python3
"""Draw the English outcome statements labelled (blind to mcaudit) in eval/bloom_dev7_spans.csv.

  python3 eval/draw_bloom_dev7.py                 # prints the drawn statements, source by source
  python3 eval/draw_bloom_dev7.py --out FILE.csv  # also writes id,source,statement (verbatim; keep
                                                  # it outside the repository)
  python3 eval/draw_bloom_dev7.py --pool          # pool sizes only

DRAFT
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_bloom_dev3 as base  # noqa: E402

SEED = 7373
QUOTA = {"coursera": 240, "edx": 60, "udemy": 0, "udacity": 0}
ORDER = ["edx", "coursera"]
PER_RECORD = 2
OWN = "bloom_dev7_spans.csv"  # this draw's own result, not an exclusion

# (id, sha1 of the statement) -> reason; filled in while reading the draw.
REJECT = {
}


# The candidates, the exclusions and the draw are draw_bloom_dev3.py's, with this draw's seed,
# quotas, order, own file and rejections.
base.configure(SEED, QUOTA, ORDER, PER_RECORD, OWN, (), REJECT)
main = base.main

if __name__ == "__main__":
    sys.exit(main())
