#!/usr/bin/env python3
"""Draw the English outcome statements labelled (blind to mcaudit) in eval/bloom_dev6_spans.csv.

  python3 eval/draw_bloom_dev6.py                 # prints the drawn statements, source by source
  python3 eval/draw_bloom_dev6.py --out FILE.csv  # also writes id,source,statement (verbatim; keep
                                                  # it outside the repository)
  python3 eval/draw_bloom_dev6.py --pool          # pool sizes only

The population, the candidates and the draw procedure are eval/draw_bloom_dev3.py's (its
docstring describes them; this script imports them), with a new seed, new quotas and its own
REJECT table.  Every id of the other eval/*.csv files is excluded, eval/bloom_dev3_spans.csv,
eval/bloom_dev4_spans.csv and eval/bloom_dev5_spans.csv included.  glasgow and deakin are not
drawn: after the exclusions they keep no eligible record.  udemy and udacity get no quota: udemy's
pool (134 records, 303 candidate statements) is what is left of dev5's (137 records, 317), which
dev5's draw went through entirely, rejecting all but 3 statements (AWS exam marketing and
practice-test features), and udacity's single candidate (1 record) is the broken fragment dev5
rejected.  Pools drawn from: edx 143 records (320 candidate
statements), coursera 2028 (6247).

Draw.  Quotas: coursera 200, edx 100 (300).  For each source a fresh random.Random(6262)
shuffles the eligible ids sorted by number; records are taken in that order and, with the same
generator, at most two of a record's candidates are chosen at random (rng.sample of the
candidate indices, kept in text order).  A drawn statement that is not a learner outcome (exam
marketing, course features, the course's own actions, no act, an affective state with no
cognitive act, non-English, a noun-phrase topic that states no outcome, a broken fragment or two
items run together, a prerequisite, logistics) is rejected by the reader (REJECT below: id +
sha1 of the statement + reason) and the draw simply continues with the next statements/records
until the quota is met.

Shortfall.  Any source's shortfall would be added to the coursera quota; there was none.
Sources are drawn in the order edx, coursera.  Result: edx 100 statements (69 records), coursera
200 (109); 103 drawn statements rejected (edx 59, coursera 44).  By reason: course feature 31
(edx 29, coursera 2), topic 21 (coursera 19, edx 2), broken item 19 (coursera 13, edx 6),
course action 11 (coursera 6, edx 5), marketing 9 (edx), no act 4 (edx 3, coursera 1), exam
marketing 2 (edx 1, coursera 1), affective, no cognitive act 2 (edx), non-English 2 (coursera,
Indonesian), prerequisite 1 (edx), logistics 1 (edx).

Python 3 standard library only; the corpora are read at run time from ../shared/data
(build_dev.DATA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_bloom_dev3 as base  # noqa: E402
import label_chronology  # noqa: E402

SEED = 6262
QUOTA = {"coursera": 200, "edx": 100, "udemy": 0, "udacity": 0}
ORDER = ["edx", "coursera"]
PER_RECORD = 2
OWN = "bloom_dev6_spans.csv"  # this draw's own result, not an exclusion

# (id, sha1 of the statement) -> reason; filled in while reading the draw.
REJECT = {
    ("edx:168", "34f7eb4e550d"): "broken item",
    ("edx:196", "8bcdd76a7f68"): "no act",
    ("edx:196", "7d5cb982f99b"): "course feature",
    ("edx:27", "e247a1341cc6"): "course feature",
    ("edx:27", "bec443db219d"): "exam marketing",
    ("edx:241", "2b341d669712"): "course feature",
    ("edx:588", "b6af65704c95"): "marketing",
    ("edx:588", "1959bd020f9c"): "affective, no cognitive act",
    ("edx:88", "3005bb209c8e"): "course feature",
    ("edx:145", "3199142e54c3"): "course feature",
    ("edx:324", "1752459636e3"): "prerequisite",
    ("edx:308", "d0de9ea475f2"): "course feature",
    ("edx:470", "c19e24caa82b"): "no act",
    ("edx:657", "f896eec1d8af"): "course feature",
    ("edx:536", "8decd851e5e0"): "broken item",
    ("edx:609", "65e724023387"): "course action",
    ("edx:98", "ccda1c1db495"): "course feature",
    ("edx:507", "933611dabfc4"): "course feature",
    ("edx:507", "ea6e0415158f"): "course feature",
    ("edx:699", "7b53aa779094"): "marketing",
    ("edx:590", "26284d669f9d"): "no act",
    ("edx:76", "af0a799cea11"): "marketing",
    ("edx:310", "f27d6c7fbf7a"): "course feature",
    ("edx:161", "54217f17bc28"): "course feature",
    ("edx:551", "a28cfcfbb673"): "course feature",
    ("edx:582", "879114b05df9"): "course feature",
    ("edx:337", "4db4be8da2c4"): "marketing",
    ("edx:654", "4f4f0c2481b9"): "broken item",
    ("edx:568", "ccda1c1db495"): "course feature",
    ("edx:84", "f79de69858f6"): "course feature",
    ("edx:545", "783bdf7e4857"): "course action",
    ("edx:67", "dc8172ce885b"): "course action",
    ("edx:2", "ccda1c1db495"): "course feature",
    ("edx:374", "fa05ea803903"): "topic",
    ("edx:374", "1e7be665abcf"): "topic",
    ("coursera:2371", "a2862fff4f24"): "topic",
    ("coursera:1173", "e6686684e26c"): "course action",
    ("coursera:1173", "38527103ae5d"): "course action",
    ("coursera:5214", "26682a3b3ba8"): "topic",
    ("coursera:5368", "cdaf74ad074b"): "broken item",
    ("coursera:3458", "adfbf4cbea15"): "broken item",
    ("coursera:3458", "0e41bbd3b11d"): "broken item",
    ("coursera:1104", "634cda2a6634"): "broken item",
    ("coursera:705", "85af79db1180"): "topic",
    ("coursera:258", "4b75b138ec3c"): "non-English",
    ("coursera:258", "444b2dbe544e"): "non-English",
    ("coursera:3926", "39d65c1ce5e9"): "broken item",
    ("coursera:3855", "6e303b4b50d3"): "topic",
    ("coursera:408", "22a9ec8e915e"): "broken item",
    ("coursera:408", "5a3ff50acab1"): "broken item",
    ("coursera:4099", "59ff79597946"): "exam marketing",
    ("coursera:4099", "022a1ad10355"): "course feature",
    ("coursera:3802", "a35c2f7c122d"): "course action",
    ("coursera:2522", "f8dc6844d916"): "topic",
    ("coursera:2522", "ee7e054aeed8"): "topic",
    ("coursera:1858", "c7625e83739d"): "broken item",
    ("coursera:3527", "66a047432f09"): "course action",
    ("coursera:3527", "7f4d96e5e488"): "course action",
    ("coursera:2871", "43eadf786e3c"): "topic",
    ("coursera:2871", "0382dcddc273"): "topic",
    ("coursera:5409", "25a9d4f33deb"): "no act",
    ("coursera:636", "88382266d92b"): "course feature",
    ("coursera:5034", "1315236ab461"): "topic",
    ("coursera:5034", "7aab0ce22ae3"): "topic",
    ("coursera:1909", "640e7eac4169"): "broken item",
    ("edx:473", "d5d09ee692e3"): "broken item",
    ("edx:473", "29588e51d119"): "course feature",
    ("edx:179", "6eb2ed134c1a"): "course feature",
    ("edx:444", "d6a9794c83b1"): "course feature",
    ("edx:481", "5e38e71d636d"): "course feature",
    ("edx:709", "969dc80a04ce"): "broken item",
    ("edx:349", "ccda1c1db495"): "course feature",
    ("edx:495", "1b90404d4caa"): "course feature",
    ("edx:495", "89edd6db5ade"): "course action",
    ("edx:418", "81fbc8141b91"): "course action",
    ("edx:528", "a6464d6e3ae1"): "logistics",
    ("edx:510", "4a54fe5b94bc"): "course feature",
    ("edx:510", "659bf94a2bef"): "marketing",
    ("edx:109", "db19f8d14414"): "broken item",
    ("edx:427", "8e5f6b03a441"): "affective, no cognitive act",
    ("coursera:4384", "bae81a3ace25"): "topic",
    ("coursera:4384", "f6ff2d890971"): "topic",
    ("coursera:2635", "ff2ae8059fac"): "broken item",
    ("coursera:4747", "12d8774e7101"): "topic",
    ("coursera:4910", "dde99dcced28"): "topic",
    ("coursera:3593", "f7c4a8121d1a"): "course action",
    ("coursera:4558", "aa413176762f"): "broken item",
    ("edx:91", "38f3407592fd"): "course feature",
    ("edx:59", "ccda1c1db495"): "course feature",
    ("edx:539", "18913ed19ea6"): "course feature",
    ("edx:335", "ccda1c1db495"): "course feature",
    ("edx:592", "f349f1ee6952"): "course feature",
    ("edx:51", "09dbba0a544b"): "marketing",
    ("edx:114", "74dfac726ec1"): "marketing",
    ("coursera:1090", "72fe03b151b2"): "broken item",
    ("coursera:1303", "ff17912cc0ff"): "topic",
    ("coursera:1303", "99fa5662d06f"): "topic",
    ("edx:541", "f3c1ca8cc487"): "marketing",
    ("coursera:3861", "b7c59b0b96cd"): "topic",
    ("coursera:1232", "75dbc15a4587"): "broken item",
    ("edx:90", "af0a799cea11"): "marketing",
    ("coursera:3710", "270da6fb935c"): "topic",
    ("coursera:3710", "5207434cfa5a"): "topic",
}


# The candidates, the exclusions and the draw are draw_bloom_dev3.py's, with this draw's seed,
# quotas, order, own file and rejections.
base.configure(SEED, QUOTA, ORDER, PER_RECORD, OWN, label_chronology.after(OWN), REJECT)
main = base.main

if __name__ == "__main__":
    sys.exit(main())
