#!/usr/bin/env python3
"""Draw the stratified random sample labelled in eval/own_labels_en.csv.

  python3 eval/draw_sample.py            # prints id,source (in draw order)

Population per stratum: every record build_dev.py can rebuild for the
source, minus the ids already in /work/shared/dev/labels_dev.csv.  Each
stratum's ids are sorted by number and put in a random order with
random.Random(SEED + stratum index).sample(pop, len(pop)); the first n are
taken, for coursera the first n whose text is judged English by the small
function-word test below (title + field contents, with the field labels and
"Not specified" left out).
Nothing is filtered on content (empty descriptions stay in).
"""
import csv
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build_dev  # noqa: E402

SEED = 20250601
STRATA = [("coursera", 50), ("edx", 30), ("udemy", 15), ("udacity", 15),
          ("glasgow", 25), ("deakin", 25)]
LABELS_DEV = "/work/shared/dev/labels_dev.csv"

WORDS = {
    "en": "the and of to in for with you your will how this is are from on learn".split(),
    "es": "el la los las de del y en para con un una que se como por aprender".split(),
    "fr": "le la les des de du et en pour avec un une que vous dans sur est".split(),
    "pt": "os da dos das em para com um uma que como você não são".split(),
    "de": "der das und zu mit für ein eine ist von den sie wie".split(),
    "it": "il lo la gli le di del della e per con un una che come".split(),
    "id": "dan yang untuk dengan dari ini pada anda cara dalam".split(),
}


def coursera_text(r):
    """Title + field contents, without the English field labels and the
    'Not specified' placeholders (they would make every record look English)."""
    d = r["description"]
    for lab in ("What you will learn:", "Skills you will gain:", "Modules:"):
        d = d.replace(lab, " ")
    return r["title"] + " " + d.replace("Not specified", " ")


def is_english(text):
    toks = re.findall(r"[^\W\d_]+", text.lower())
    if not toks:
        return False
    letters = "".join(toks)
    latin = sum(1 for ch in letters if ch < "\u0250")
    if latin < 0.9 * len(letters):
        return False  # mostly non-Latin script (zh, ja, ar, ru, ...)
    score = {lang: sum(1 for t in toks if t in set(ws)) for lang, ws in WORDS.items()}
    if not any(score.values()):
        # no function word at all (titles, skill tags): English if no
        # letters outside ASCII
        return all(ord(ch) < 128 for ch in "".join(toks))
    best = max(score, key=score.get)
    return best == "en" and score["en"] > max(v for k, v in score.items() if k != "en")


def main():
    if not os.path.isdir(build_dev.DATA):
        print("corpora absent; skipping")
        return 0
    with open(LABELS_DEV, encoding="utf-8", newline="") as f:
        taken = {row["id"] for row in csv.DictReader(f)}
    print("id,source")
    for k, (src, n) in enumerate(STRATA):
        recs = build_dev.load_source(src)
        pop = sorted((i for i, r in recs.items() if r is not None and i not in taken),
                     key=lambda i: int(i.split(":")[1]))
        order = random.Random(SEED + k).sample(pop, len(pop))  # a random permutation
        if src == "coursera":
            eligible = [i for i in order if is_english(coursera_text(recs[i]))]
        else:
            eligible = order
        pick = eligible[:n]
        sys.stderr.write("%s: population %d (eligible %d), drawn %d\n"
                         % (src, len(pop), len(eligible), n))
        for i in pick:
            print("%s,%s" % (i, src))
    return 0


if __name__ == "__main__":
    sys.exit(main())
