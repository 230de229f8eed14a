#!/usr/bin/env python3
"""Draw the blind sample labelled in eval/own_labels_blind24.csv (session 20, second sample).

  python3 eval/draw_blind24.py                         # prints id,source (draw order)
  python3 eval/draw_blind24.py --out /tmp/blind24_texts.csv
                                    # also writes id,source,description there

The population and the procedure are eval/draw_blind17.py's (its docstring describes them; this
script imports them), with a new seed (20261202) and sample 19's quotas (in proportion to the
sources of the reviewers' shared/dev/dev.jsonl, scaled to about 80 records): coursera 24, edx 13,
unibs 11, fub 10, usp 8, udemy 6, udacity 5. Glasgow, Deakin and Thomas More have no record left.
Every id of the eval/*.csv files made before this one (eval/label_chronology.py) is excluded,
own_labels_blind23.csv and bloom_dev12_spans.csv included (unibs has no record left). Drawn in
session 20 after the rules drawn from sample 23 and the user review, so that its first measure
is the session's later binary's on records nobody had read.

Python 3 standard library only; the corpora are read at run time and the script exits 0 with a
message when they are absent.  --out must name a file outside the repository.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_blind17 as base  # noqa: E402

base.SEED = 20261202
base.OWN = "own_labels_blind24.csv"
base.QUOTA = {"coursera": 24, "edx": 13, "udemy": 6, "udacity": 5, "glasgow": 10, "deakin": 10,
              "unibs": 11, "fub": 10, "usp": 8, "thomasmore": 10}
main = base.main

if __name__ == "__main__":
    sys.exit(main())
