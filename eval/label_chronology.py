"""The order in which eval's blind label files were made, for the draw scripts.

A draw excludes the ids of the label files that existed when it ran and must keep excluding
exactly those: a label file made later takes ids out of the pool only if the draw forgets that it
came later.  Each draw script asks `after(OWN)` for the files made after its own, instead of
listing them by hand (a new file is added here once, at the end).  eval/check_draws.py checks
that every draw still reproduces its labelled ids.
"""

# Oldest first.  Files made before bloom_dev3_spans.csv are not drawn by a script that needs this.
CHRONOLOGY = (
    "bloom_dev3_spans.csv",
    "bloom_dev4_spans.csv",
    "bloom_dev5_spans.csv",
    "bloom_dev6_spans.csv",
    "bloom_dev7_spans.csv",
    "own_labels_blind16.csv",
    "bloom_dev8_spans.csv",
    "own_labels_blind17.csv",
    "own_labels_blind18.csv",
    "bloom_dev9_spans.csv",
    "own_labels_blind19.csv",
    "own_labels_blind20.csv",
    "bloom_dev10_spans.csv",
    "own_labels_blind21.csv",
    "bloom_dev11_spans.csv",
    "own_labels_blind22.csv",
    "own_labels_blind23.csv",
    "bloom_dev12_spans.csv",
    "own_labels_blind24.csv",
    "own_labels_blind25.csv",
    "bloom_dev13_spans.csv",
    "own_labels_blind26.csv",
    "bloom_dev14_spans.csv",
    "own_labels_blind27.csv",
    "bloom_dev15_spans.csv",
    "own_labels_blind28.csv",
    "bloom_dev16_spans.csv",
    "own_labels_blind29.csv",
    "bloom_dev17_spans.csv",
    "own_labels_blind30.csv",
    "bloom_dev18_spans.csv",
    "own_labels_blind31.csv",
    "bloom_dev19_spans.csv",
    "own_labels_blind32.csv",
    "bloom_dev20_spans.csv",
    "own_labels_blind33.csv",
    "bloom_dev21_spans.csv",
    "own_labels_blind34.csv",
    "bloom_dev22_spans.csv",
    "own_labels_blind35.csv",
    "bloom_dev23_spans.csv",
    "bloom_ml1_spans.csv",
    "own_labels_blind36.csv",
    "bloom_dev24_spans.csv",
    "bloom_ml2_spans.csv",
)


def after(own):
    """The label files made after `own` (a file name in CHRONOLOGY), oldest first."""
    return CHRONOLOGY[CHRONOLOGY.index(own) + 1:]
