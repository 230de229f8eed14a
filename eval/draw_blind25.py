#!/usr/bin/env python3
"""Draw the blind sample labelled in eval/own_labels_blind25.csv (session 21, first sample).

  python3 eval/draw_blind25.py                         # prints id,source (draw order)
  python3 eval/draw_blind25.py --out /tmp/blind25_texts.csv
                                    # also writes id,source,description there

The population and the procedure are eval/draw_blind17.py's (its docstring describes them; this
script imports them), with a new seed (20261125) and sample 19's quotas (in proportion to the
sources of the reviewers' shared/dev/dev.jsonl, scaled to about 80 records): coursera 24, edx 13,
unibs 11, fub 10, usp 8, udemy 6, udacity 5. Glasgow, Deakin and Thomas More have no record left.
Every id of the eval/*.csv label files made before this one (eval/label_chronology.py) is
excluded, own_labels_blind24.csv included. Drawn at the start of session 21, before any of its
rules, so that its first measure is session 20's last binary's on records nobody had read.

Drawn (eligible / drawn): coursera 3940 / 24, edx 126 / 13, udemy 186 / 6, udacity 90 / 5,
fub 351 / 10, usp 213 / 8; glasgow, deakin, unibs and thomasmore 0 / 0 (no record left);
66 records in all.

Python 3 standard library only; the corpora are read at run time and the script exits 0 with a
message when they are absent.  --out must name a file outside the repository.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_blind17 as base  # noqa: E402

base.SEED = 20261125
base.OWN = "own_labels_blind25.csv"
base.QUOTA = {"coursera": 24, "edx": 13, "udemy": 6, "udacity": 5, "glasgow": 10, "deakin": 10,
              "unibs": 11, "fub": 10, "usp": 8, "thomasmore": 10}
main = base.main

if __name__ == "__main__":
    sys.exit(main())
