#!/usr/bin/env python3
"""Draw the blind sample labelled in eval/own_labels_blind28.csv (session 22, second sample).

  python3 eval/draw_blind28.py                         # prints id,source (draw order)
  python3 eval/draw_blind28.py --out /tmp/blind28_texts.csv
                                    # also writes id,source,description there

The population and the procedure are eval/draw_blind17.py's (its docstring describes them; this
script imports them), with a new seed (20261128) and sample 19's quotas (in proportion to the
sources of the reviewers' shared/dev/dev.jsonl, scaled to about 80 records): coursera 24, edx 13,
unibs 11, fub 10, usp 8, udemy 6, udacity 5. Every id of the eval/*.csv label files made before
this one (eval/label_chronology.py) is excluded, own_labels_blind27.csv and bloom_dev15_spans.csv
included. Drawn at the end of session 22, after all of its rules, so that its first measure is
the session's last binary's on records nobody had read.

Drawn (eligible / drawn): coursera 3697 / 24, edx 87 / 13, udemy 167 / 6, udacity 75 / 5,
fub 321 / 10, usp 189 / 8; glasgow, deakin, unibs and thomasmore 0 / 0 (no record left);
66 records in all.

Python 3 standard library only; the corpora are read at run time and the script exits 0 with a
message when they are absent.  --out must name a file outside the repository.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_blind17 as base  # noqa: E402

base.SEED = 20261128
base.OWN = "own_labels_blind28.csv"
base.QUOTA = {"coursera": 24, "edx": 13, "udemy": 6, "udacity": 5, "glasgow": 10, "deakin": 10,
              "unibs": 11, "fub": 10, "usp": 8, "thomasmore": 10}
main = base.main

if __name__ == "__main__":
    sys.exit(main())
