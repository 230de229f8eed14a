#!/usr/bin/env python3
"""Draw the English outcome statements labelled (blind to mcaudit) in eval/bloom_dev8_spans.csv.

  python3 eval/draw_bloom_dev8.py                 # prints the drawn statements, source by source
  python3 eval/draw_bloom_dev8.py --out FILE.csv  # also writes id,source,statement (verbatim; keep
                                                  # it outside the repository)
  python3 eval/draw_bloom_dev8.py --pool          # pool sizes only

The population, the candidates and the draw procedure are eval/draw_bloom_dev3.py's (its
docstring describes them; this script imports them), with a new seed, new quotas and its own
REJECT table.  Every id of the other eval/*.csv files is excluded, eval/bloom_dev3_spans.csv to
eval/bloom_dev7_spans.csv included (as are the mooc, mooc2, heldout, test, test_annotator2 and own
sets and own_labels_blind16.csv).  glasgow and deakin are not drawn: after the exclusions they keep
no eligible record.  udemy and udacity get no quota: udemy's pool (130 records, 291 candidate
statements) is what is left of the pool dev5's draw went through entirely, rejecting all but 3
statements (AWS exam marketing and practice-test features), and udacity's single candidate
(1 record) is the broken fragment dev5 rejected.  Pools drawn from: edx 50 records (78 candidate
statements), coursera 1761 (5404).

Draw.  Quotas: coursera 236, edx 64 (300); 64 is every statement edx's pool can give at two per
record (36 records with one candidate, 14 with two or more).  For each source a fresh
random.Random(8585) shuffles the eligible ids sorted by number; records are taken in that order
and, with the same generator, at most two of a record's candidates are chosen at random
(rng.sample of the candidate indices, kept in text order).  A drawn statement that is not a
learner outcome (exam marketing, course features, the course's own actions, no act, an affective
state with no cognitive act, non-English, a noun-phrase topic that states no outcome, a broken
fragment or two items run together, a prerequisite, logistics, a job-role description) is
rejected by the reader (REJECT below: id + sha1 of the statement + reason) and the draw simply
continues with the next statements/records until the quota is met.

Shortfall.  Any source's shortfall is added to the coursera quota.  Sources are drawn in the order
edx, coursera.  edx's pool is used up: all 50 records are drawn (64 statements), 62 of them are
rejected (what is left of edx after dev7 is nearly all course features and marketing), so edx
gives 2 statements (2 records) and its shortfall of 62 goes to coursera (quota 236 + 62 = 298).
Result: edx 2 statements (2 records), coursera 298 (169); 144 drawn statements rejected (edx 62,
coursera 82).  By reason: topic 44 (coursera 42, edx 2), broken item 32 (coursera 24, edx 8),
course feature 29 (edx 26, coursera 3), marketing 12 (edx 11, coursera 1), no act 10 (edx 5,
coursera 5), affective, no cognitive act 6 (coursera 4, edx 2), course action 4 (edx 3,
coursera 1), exam marketing 4 (edx 2, coursera 2), prerequisite 2 (edx), job role description 1
(edx); none non-English, none logistics.

Python 3 standard library only; the corpora are read at run time from ../shared/data
(build_dev.DATA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_bloom_dev3 as base  # noqa: E402
import label_chronology  # noqa: E402

SEED = 8585
QUOTA = {"coursera": 236, "edx": 64, "udemy": 0, "udacity": 0}
ORDER = ["edx", "coursera"]
PER_RECORD = 2
OWN = "bloom_dev8_spans.csv"  # this draw's own result, not an exclusion

# (id, sha1 of the statement) -> reason; filled in while reading the draw.
REJECT = {
    ("edx:335", "ccda1c1db495"): "course feature",
    ("edx:310", "f27d6c7fbf7a"): "course feature",
    ("edx:61", "00b6284b297c"): "no act",
    ("edx:109", "db19f8d14414"): "broken item",
    ("edx:98", "ccda1c1db495"): "course feature",
    ("edx:265", "d0b3a7b85b75"): "course feature",
    ("edx:427", "8e5f6b03a441"): "affective, no cognitive act",
    ("edx:507", "933611dabfc4"): "course feature",
    ("edx:507", "ea6e0415158f"): "course feature",
    ("edx:476", "85df7d332ab0"): "marketing",
    ("edx:476", "7750bc21b111"): "no act",
    ("edx:91", "38f3407592fd"): "course feature",
    ("edx:510", "2db4ac996967"): "course feature",
    ("edx:510", "4a54fe5b94bc"): "course feature",
    ("edx:699", "7b53aa779094"): "marketing",
    ("edx:444", "d6a9794c83b1"): "course feature",
    ("edx:263", "ba82e7c50c8e"): "course feature",
    ("edx:263", "eae66720848c"): "course feature",
    ("edx:696", "2d2737d820bb"): "marketing",
    ("edx:51", "09dbba0a544b"): "marketing",
    ("edx:241", "2b341d669712"): "course feature",
    ("edx:179", "6eb2ed134c1a"): "course feature",
    ("edx:29", "fde9068b2014"): "exam marketing",
    ("edx:29", "9bfc977a5023"): "exam marketing",
    ("edx:469", "18c412da4356"): "marketing",
    ("edx:152", "49aa67941cee"): "marketing",
    ("edx:168", "34f7eb4e550d"): "broken item",
    ("edx:664", "b812871a5c59"): "course action",
    ("edx:481", "5e38e71d636d"): "course feature",
    ("edx:568", "ccda1c1db495"): "course feature",
    ("edx:590", "26284d669f9d"): "no act",
    ("edx:470", "c19e24caa82b"): "no act",
    ("edx:242", "acb2c536b0e4"): "course feature",
    ("edx:242", "a75a9cac7f7e"): "marketing",
    ("edx:84", "f79de69858f6"): "course feature",
    ("edx:161", "54217f17bc28"): "course feature",
    ("edx:349", "ccda1c1db495"): "course feature",
    ("edx:638", "d3409eff9512"): "job role description",
    ("edx:76", "af0a799cea11"): "marketing",
    ("edx:324", "1752459636e3"): "prerequisite",
    ("edx:592", "f349f1ee6952"): "course feature",
    ("edx:90", "af0a799cea11"): "marketing",
    ("edx:176", "e39a162f2946"): "marketing",
    ("edx:2", "ccda1c1db495"): "course feature",
    ("edx:523", "f77c1047b318"): "broken item",
    ("edx:374", "fa05ea803903"): "topic",
    ("edx:374", "1e7be665abcf"): "topic",
    ("edx:418", "81fbc8141b91"): "course action",
    ("edx:495", "1b90404d4caa"): "course feature",
    ("edx:495", "89edd6db5ade"): "course action",
    ("edx:118", "f6bf67d424e8"): "broken item",
    ("edx:118", "4153c23bdb16"): "course feature",
    ("edx:267", "e1b3e0502df7"): "broken item",
    ("edx:398", "969dc80a04ce"): "broken item",
    ("edx:657", "f896eec1d8af"): "prerequisite",
    ("edx:196", "8bcdd76a7f68"): "no act",
    ("edx:196", "7d5cb982f99b"): "course feature",
    ("edx:709", "969dc80a04ce"): "broken item",
    ("edx:473", "d5d09ee692e3"): "broken item",
    ("edx:473", "29588e51d119"): "course feature",
    ("edx:588", "b6af65704c95"): "marketing",
    ("edx:588", "1959bd020f9c"): "affective, no cognitive act",
    ("coursera:5125", "869f100d1fe2"): "topic",
    ("coursera:4217", "e59e00da65a7"): "no act",
    ("coursera:3168", "8404931c796b"): "topic",
    ("coursera:3168", "f6f9758f4003"): "topic",
    ("coursera:128", "ef001404af69"): "broken item",
    ("coursera:4100", "193fd26dfc3f"): "exam marketing",
    ("coursera:4100", "42bf87d377ef"): "exam marketing",
    ("coursera:5293", "d714077adb27"): "topic",
    ("coursera:5293", "2d8bab9e2cc3"): "topic",
    ("coursera:5123", "98cd70db702b"): "affective, no cognitive act",
    ("coursera:3474", "09d798b6b90b"): "broken item",
    ("coursera:4223", "8b49fc6754da"): "no act",
    ("coursera:1514", "3a4844d542a7"): "broken item",
    ("coursera:316", "4fc05380751a"): "topic",
    ("coursera:1495", "79b5d5a85df0"): "topic",
    ("coursera:1116", "debe4e798b64"): "topic",
    ("coursera:484", "46d721f8f4fd"): "broken item",
    ("coursera:3564", "e2ebdf646dc0"): "topic",
    ("coursera:3564", "fed6ee782083"): "topic",
    ("coursera:3255", "49fc0ce0dd46"): "topic",
    ("coursera:3255", "10f3c8f95aa8"): "topic",
    ("coursera:5085", "c2e90e856167"): "topic",
    ("coursera:5085", "7f1973d92b68"): "topic",
    ("coursera:4382", "889b97a8cf06"): "affective, no cognitive act",
    ("coursera:880", "00d2554df9b8"): "topic",
    ("coursera:880", "612544dc3dd5"): "topic",
    ("coursera:1098", "8f50e8675536"): "broken item",
    ("coursera:3331", "c7df0964af53"): "topic",
    ("coursera:3331", "540b972e3f0c"): "topic",
    ("coursera:77", "f9c5627a7a79"): "no act",
    ("coursera:77", "a0825c99c086"): "marketing",
    ("coursera:1149", "60909f02bdce"): "broken item",
    ("coursera:452", "0010fb46e032"): "topic",
    ("coursera:2123", "5504b4e24bf3"): "broken item",
    ("coursera:2123", "045d6f84ad9e"): "topic",
    ("coursera:900", "f79c0a67581a"): "broken item",
    ("coursera:3674", "1ea56ceb2aff"): "course feature",
    ("coursera:3112", "76f5370d2d0b"): "topic",
    ("coursera:3112", "1297dc7e6575"): "topic",
    ("coursera:205", "d9f1f4406c5e"): "course feature",
    ("coursera:205", "7136bbf7294d"): "course action",
    ("coursera:384", "da5977341c75"): "course feature",
    ("coursera:3861", "b7c59b0b96cd"): "topic",
    ("coursera:2502", "feec23314a65"): "topic",
    ("coursera:129", "7d12cc05a7c7"): "broken item",
    ("coursera:4603", "5f98de581b64"): "topic",
    ("coursera:4603", "fdec3c082335"): "topic",
    ("coursera:675", "f3b332a88e71"): "topic",
    ("coursera:32", "e0567898334a"): "broken item",
    ("coursera:32", "b1be7a186eb0"): "topic",
    ("coursera:4645", "9dbc45cbaad4"): "broken item",
    ("coursera:3115", "cd2d465896a1"): "topic",
    ("coursera:3115", "ad8fdcfa7dbb"): "broken item",
    ("coursera:1156", "155994ff5009"): "broken item",
    ("coursera:1410", "caa254d510b4"): "topic",
    ("coursera:2536", "29ed5b2e2cfe"): "broken item",
    ("coursera:3711", "270da6fb935c"): "topic",
    ("coursera:3711", "ba73d39e3d65"): "affective, no cognitive act",
    ("coursera:4016", "e4f3b60d4b63"): "no act",
    ("coursera:742", "5273762a0e48"): "broken item",
    ("coursera:4732", "410575290c77"): "topic",
    ("coursera:2715", "e090e541ff0e"): "broken item",
    ("coursera:3801", "f20033b052f7"): "topic",
    ("coursera:3801", "883863ceb348"): "topic",
    ("coursera:1144", "6d4b2606d261"): "broken item",
    ("coursera:2400", "d0c7ef553c2b"): "no act",
    ("coursera:2400", "1fed769489c8"): "broken item",
    ("coursera:1974", "354f32e0a3bd"): "topic",
    ("coursera:671", "d7c6e4183920"): "affective, no cognitive act",
    ("coursera:54", "89becd66bb6d"): "topic",
    ("coursera:2230", "7dd4b6b0a5c2"): "topic",
    ("coursera:2230", "c26699fbcdcb"): "broken item",
    ("coursera:5001", "830f8e9e9d51"): "topic",
    ("coursera:5402", "8302bda47cb7"): "broken item",
    ("coursera:3545", "1e703d223316"): "broken item",
    ("coursera:1073", "7138fbb2bf82"): "topic",
    ("coursera:1494", "79b5d5a85df0"): "topic",
    ("coursera:4889", "725b9cb53344"): "topic",
    ("coursera:5298", "987156071a7a"): "broken item",
    ("coursera:5371", "ebf15ce8adc0"): "broken item",
    ("coursera:957", "9faf9eaddc9a"): "topic",
    ("coursera:1179", "4eb5dac4e6ee"): "broken item",
}


# The candidates, the exclusions and the draw are draw_bloom_dev3.py's, with this draw's seed,
# quotas, order, own file and rejections.
base.configure(SEED, QUOTA, ORDER, PER_RECORD, OWN, label_chronology.after(OWN), REJECT)
main = base.main

if __name__ == "__main__":
    sys.exit(main())
