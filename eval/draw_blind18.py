#!/usr/bin/env python3
"""Draw the blind sample labelled in eval/own_labels_blind18.csv (session 18).

  python3 eval/draw_blind18.py                         # prints id,source (draw order)
  python3 eval/draw_blind18.py --out /tmp/blind18_texts.csv
                                    # also writes id,source,description there

The population and the procedure are eval/draw_blind17.py's (its docstring describes them; this
script imports them), with a new seed (20261127) and quotas in proportion to the sources of the
reviewers' shared/dev/dev.jsonl (coursera 75, edx 40, unibs 35, glasgow 30, fub 30, usp 25, udemy
20, deakin 20, udacity 15, thomasmore 10), scaled to about 80 records, so that the first measure
estimates the classes on records drawn as the reviewers drew theirs: coursera 24, edx 13, unibs
11, fub 10, usp 8, udemy 6, udacity 5 (77 records). Glasgow, Deakin and Thomas More have no
record left (quota 10 each, none eligible). Every id of the other eval/*.csv files is excluded,
own_labels_blind17.csv included. Eligible (measured 2026-11-25): coursera 4388, edx 217, udemy
229, udacity 125, unibs 43, fub 421, usp 269.

Python 3 standard library only; the corpora are read at run time and the script exits 0 with a
message when they are absent.  --out must name a file outside the repository.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_blind17 as base  # noqa: E402

base.SEED = 20261127
base.OWN = "own_labels_blind18.csv"
base.QUOTA = {"coursera": 24, "edx": 13, "udemy": 6, "udacity": 5, "glasgow": 10, "deakin": 10,
              "unibs": 11, "fub": 10, "usp": 8, "thomasmore": 10}
main = base.main

if __name__ == "__main__":
    sys.exit(main())
