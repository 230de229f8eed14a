#!/usr/bin/env python3
"""Draw the blind sample labelled in eval/own_labels_blind36.csv (session 26, its second sample).

  python3 eval/draw_blind36.py                         # prints id,source (draw order)
  python3 eval/draw_blind36.py --out /tmp/blind36_texts.csv
                                    # also writes id,source,description there

The population and the procedure are eval/draw_blind17.py's (its docstring describes them; this
script imports them), with a new seed (20261206) and sample 19's quotas (in proportion to the
sources of the reviewers' shared/dev/dev.jsonl, scaled to about 80 records): coursera 24, edx 13,
unibs 11, fub 10, usp 8, udemy 6, udacity 5. Every id of the eval/*.csv label files made before
this one (eval/label_chronology.py) is excluded, own_labels_blind35.csv, bloom_dev23_spans.csv
and bloom_ml1_spans.csv included. Drawn in session 26 and labelled during the session from SPEC.md 2 without running
mcaudit on it; first measured with the session's binary of commit f6d1950 (its first rules),
on records nobody had read: accuracy 0.925, macro-F1 0.897, kappa 0.838 (session 25's last
binary gives the same).

Drawn (eligible / drawn): coursera 3060 / 24, udemy 119 / 6, udacity 35 / 5, fub 228 / 10,
usp 111 / 8; edx, glasgow, deakin, unibs and thomasmore 0 / 0 (no record left); 53 records in all.
Labels: A 7, B 37, C 9.

Python 3 standard library only; the corpora are read at run time and the script exits 0 with a
message when they are absent.  --out must name a file outside the repository.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_blind17 as base  # noqa: E402

base.SEED = 20261206
base.OWN = "own_labels_blind36.csv"
base.QUOTA = {"coursera": 24, "edx": 13, "udemy": 6, "udacity": 5, "glasgow": 10, "deakin": 10,
              "unibs": 11, "fub": 10, "usp": 8, "thomasmore": 10}
main = base.main

if __name__ == "__main__":
    sys.exit(main())
