#!/usr/bin/env python3
"""Draw the English outcome statements labelled (blind to mcaudit) in eval/bloom_dev7_spans.csv.

  python3 eval/draw_bloom_dev7.py                 # prints the drawn statements, source by source
  python3 eval/draw_bloom_dev7.py --out FILE.csv  # also writes id,source,statement (verbatim; keep
                                                  # it outside the repository)
  python3 eval/draw_bloom_dev7.py --pool          # pool sizes only

The population, the candidates and the draw procedure are eval/draw_bloom_dev3.py's (its
docstring describes them; this script imports them), with a new seed, new quotas and its own
REJECT table.  Every id of the other eval/*.csv files is excluded, eval/bloom_dev3_spans.csv,
eval/bloom_dev4_spans.csv, eval/bloom_dev5_spans.csv and eval/bloom_dev6_spans.csv included (as are
the mooc, mooc2, heldout, test, test_annotator2 and own sets).  glasgow and deakin are not drawn:
after the exclusions they keep no eligible record.  udemy and udacity get no quota: udemy's pool
(134 records, 303 candidate statements) is the one dev5's draw went through entirely, rejecting
all but 3 statements (AWS exam marketing and practice-test features), and udacity's single
candidate (1 record) is the broken fragment dev5 rejected.  Pools drawn from: edx 74 records (128
candidate statements), coursera 1919 (5890).

Draw.  Quotas: coursera 240, edx 60 (300).  For each source a fresh random.Random(7373) shuffles
the eligible ids sorted by number; records are taken in that order and, with the same generator,
at most two of a record's candidates are chosen at random (rng.sample of the candidate indices,
kept in text order).  A drawn statement that is not a learner outcome (exam marketing, course
features, the course's own actions, no act, an affective state with no cognitive act,
non-English, a noun-phrase topic that states no outcome, a broken fragment or two items run
together, a prerequisite, logistics, a job-role description) is rejected by the reader (REJECT
below: id + sha1 of the statement + reason) and the draw simply continues with the next
statements/records until the quota is met.

Shortfall.  Any source's shortfall is added to the coursera quota.  Sources are drawn in the order
edx, coursera.  edx's pool is used up: all 74 records are drawn (103 statements), 72 of them are
rejected, so edx gives 31 statements (22 records) and its shortfall of 29 goes to coursera
(quota 240 + 29 = 269).  Result: edx 31 statements (22 records), coursera 269 (153); 130 drawn
statements rejected (edx 72, coursera 58).  By reason: topic 40 (coursera 38, edx 2), course
feature 36 (edx), broken item 22 (coursera 14, edx 8), marketing 10 (edx), no act 7 (edx 6,
coursera 1), affective, no cognitive act 4 (edx 2, coursera 2), course action 4 (edx 2, coursera
2), prerequisite 4 (edx), exam marketing 2 (edx 1, coursera 1), job role description 1 (edx);
none non-English, none logistics.

Python 3 standard library only; the corpora are read at run time from ../shared/data
(build_dev.DATA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_bloom_dev3 as base  # noqa: E402
import label_chronology  # noqa: E402

SEED = 7373
QUOTA = {"coursera": 240, "edx": 60, "udemy": 0, "udacity": 0}
ORDER = ["edx", "coursera"]
PER_RECORD = 2
OWN = "bloom_dev7_spans.csv"  # this draw's own result, not an exclusion

# (id, sha1 of the statement) -> reason; filled in while reading the draw.
REJECT = {
    ("edx:469", "18c412da4356"): "marketing",
    ("edx:29", "e5e9d570ff6e"): "exam marketing",
    ("edx:29", "c3e930167e14"): "course feature",
    ("edx:76", "af0a799cea11"): "marketing",
    ("edx:152", "49aa67941cee"): "marketing",
    ("edx:242", "acb2c536b0e4"): "course feature",
    ("edx:242", "a75a9cac7f7e"): "marketing",
    ("edx:179", "6eb2ed134c1a"): "course feature",
    ("edx:523", "f77c1047b318"): "broken item",
    ("edx:349", "ccda1c1db495"): "course feature",
    ("edx:118", "4153c23bdb16"): "course feature",
    ("edx:118", "b9d71f1412e3"): "course feature",
    ("edx:161", "54217f17bc28"): "course feature",
    ("edx:418", "81fbc8141b91"): "course action",
    ("edx:481", "5e38e71d636d"): "course feature",
    ("edx:638", "d3409eff9512"): "job role description",
    ("edx:466", "2e5582e2dcba"): "course feature",
    ("edx:109", "db19f8d14414"): "broken item",
    ("edx:568", "ccda1c1db495"): "course feature",
    ("edx:495", "1b90404d4caa"): "course feature",
    ("edx:495", "49c9369c508f"): "course feature",
    ("edx:709", "969dc80a04ce"): "broken item",
    ("edx:590", "26284d669f9d"): "no act",
    ("edx:326", "c8d441d063f7"): "course feature",
    ("edx:241", "2b341d669712"): "course feature",
    ("edx:94", "a0af667e1e70"): "prerequisite",
    ("edx:470", "c19e24caa82b"): "no act",
    ("edx:444", "d6a9794c83b1"): "course feature",
    ("edx:98", "ccda1c1db495"): "course feature",
    ("edx:513", "dfe34434afb4"): "course feature",
    ("edx:324", "1752459636e3"): "prerequisite",
    ("edx:240", "552e1e2419c7"): "course feature",
    ("edx:310", "f27d6c7fbf7a"): "course feature",
    ("edx:592", "f349f1ee6952"): "course feature",
    ("edx:265", "d0b3a7b85b75"): "course feature",
    ("edx:90", "af0a799cea11"): "marketing",
    ("edx:168", "34f7eb4e550d"): "broken item",
    ("edx:664", "b812871a5c59"): "course action",
    ("edx:27", "0c9c83f3df02"): "course feature",
    ("edx:27", "e247a1341cc6"): "course feature",
    ("edx:657", "f896eec1d8af"): "prerequisite",
    ("edx:263", "ba82e7c50c8e"): "course feature",
    ("coursera:1505", "50243c5db46c"): "broken item",
    ("coursera:5034", "1315236ab461"): "topic",
    ("coursera:5034", "c4dd97752991"): "topic",
    ("coursera:1532", "088f1b3f793b"): "broken item",
    ("coursera:2029", "cd312238ced7"): "broken item",
    ("coursera:5348", "61d377591abc"): "broken item",
    ("coursera:1936", "eda5bc5c5565"): "broken item",
    ("coursera:116", "d047f8c5feb2"): "topic",
    ("coursera:116", "21e438f8165f"): "topic",
    ("coursera:723", "025b593f8a3d"): "topic",
    ("coursera:723", "d5a40a145e48"): "topic",
    ("coursera:1173", "38527103ae5d"): "course action",
    ("coursera:5397", "5a481eb105ad"): "affective, no cognitive act",
    ("coursera:2873", "adcc91a4ed39"): "topic",
    ("coursera:689", "edda21839c4b"): "broken item",
    ("coursera:2865", "5abcce3e69a2"): "topic",
    ("coursera:2865", "f9ca685a5b5e"): "topic",
    ("coursera:3688", "5864ac7d00ef"): "broken item",
    ("coursera:3177", "6f6a43548214"): "topic",
    ("coursera:1975", "0d2d1f6f1534"): "topic",
    ("coursera:3077", "84b060294281"): "topic",
    ("coursera:3077", "4baea3c1212a"): "topic",
    ("coursera:1073", "fa7018eec0bc"): "topic",
    ("coursera:1073", "7138fbb2bf82"): "topic",
    ("coursera:1603", "00e547200166"): "broken item",
    ("coursera:4358", "ea1be1a4f87d"): "broken item",
    ("coursera:3330", "aed595cf7e0a"): "no act",
    ("coursera:2025", "e03dd7178e1c"): "topic",
    ("coursera:2025", "03672e0f122b"): "topic",
    ("coursera:3923", "06fe19469c61"): "topic",
    ("coursera:3331", "c7df0964af53"): "topic",
    ("coursera:3331", "540b972e3f0c"): "topic",
    ("coursera:827", "b98f3e2fac7f"): "broken item",
    ("coursera:3593", "f7c4a8121d1a"): "course action",
    ("coursera:2954", "42044a93e7b1"): "topic",
    ("coursera:3913", "ede11b1e211d"): "topic",
    ("coursera:916", "b4f4e9886cb0"): "topic",
    ("coursera:5188", "24c7c1b94217"): "topic",
    ("coursera:3709", "d6817307cb50"): "topic",
    ("coursera:3709", "52ddafdacafc"): "topic",
    ("coursera:1962", "1cbb46a07f63"): "broken item",
    ("coursera:3847", "a2d8d98d45c1"): "topic",
    ("coursera:3847", "71280a732c3a"): "topic",
    ("coursera:3036", "0314e72e896a"): "topic",
    ("coursera:1070", "843b20ebc3b2"): "topic",
    ("coursera:109", "41959b19df96"): "exam marketing",
    ("coursera:4383", "e36d1062bd39"): "topic",
    ("coursera:4383", "395d407ea025"): "topic",
    ("edx:263", "eae66720848c"): "course feature",
    ("edx:473", "d5d09ee692e3"): "broken item",
    ("edx:473", "29588e51d119"): "course feature",
    ("edx:176", "817196ce1c4c"): "prerequisite",
    ("edx:176", "e39a162f2946"): "marketing",
    ("edx:51", "09dbba0a544b"): "marketing",
    ("edx:640", "328a6b393d78"): "broken item",
    ("edx:510", "4a54fe5b94bc"): "course feature",
    ("edx:510", "e2ac64d8b920"): "course feature",
    ("edx:335", "ccda1c1db495"): "course feature",
    ("edx:2", "ccda1c1db495"): "course feature",
    ("edx:267", "e1b3e0502df7"): "broken item",
    ("edx:91", "38f3407592fd"): "course feature",
    ("edx:374", "1e7be665abcf"): "topic",
    ("edx:374", "85ccfee7f3e8"): "topic",
    ("edx:476", "f387ab40d64e"): "no act",
    ("edx:476", "7750bc21b111"): "no act",
    ("edx:696", "2d2737d820bb"): "marketing",
    ("edx:398", "969dc80a04ce"): "broken item",
    ("edx:507", "933611dabfc4"): "course feature",
    ("edx:507", "ea6e0415158f"): "course feature",
    ("edx:84", "f79de69858f6"): "course feature",
    ("edx:61", "ce50e434e8d1"): "course feature",
    ("edx:61", "00b6284b297c"): "no act",
    ("edx:588", "b6af65704c95"): "marketing",
    ("edx:588", "1959bd020f9c"): "affective, no cognitive act",
    ("edx:196", "8bcdd76a7f68"): "no act",
    ("edx:196", "7d5cb982f99b"): "course feature",
    ("edx:699", "7b53aa779094"): "marketing",
    ("coursera:880", "00d2554df9b8"): "topic",
    ("coursera:880", "612544dc3dd5"): "topic",
    ("coursera:1155", "00d59595dcf8"): "broken item",
    ("coursera:1658", "a011271a2ba9"): "affective, no cognitive act",
    ("coursera:2304", "fa5413a02e9d"): "broken item",
    ("edx:427", "8e5f6b03a441"): "affective, no cognitive act",
    ("coursera:3848", "56f4a2feb91e"): "topic",
    ("coursera:3787", "f364e46ed064"): "broken item",
    ("coursera:158", "7a0ab4454d73"): "topic",
    ("coursera:1561", "1f96993bd180"): "topic",
    ("coursera:1561", "7be6ee5f7594"): "topic",
}


# The candidates, the exclusions and the draw are draw_bloom_dev3.py's, with this draw's seed,
# quotas, order, own file and rejections.
base.configure(SEED, QUOTA, ORDER, PER_RECORD, OWN, label_chronology.after(OWN), REJECT)
main = base.main

if __name__ == "__main__":
    sys.exit(main())
