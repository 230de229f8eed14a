#!/usr/bin/env python3
"""Draw the English outcome statements labelled (blind to mcaudit) in eval/bloom_dev10_spans.csv.

  python3 eval/draw_bloom_dev10.py                 # prints the drawn statements, source by source
  python3 eval/draw_bloom_dev10.py --out FILE.csv  # also writes id,source,statement (verbatim;
                                                   # keep it outside the repository)
  python3 eval/draw_bloom_dev10.py --pool          # pool sizes only

The candidates and the draw procedure are eval/draw_bloom_dev3.py's (its docstring describes them;
this script imports them), with a new seed, new quotas, its own REJECT table and a new population.

Population.  Dev 9 used up every Glasgow and Deakin record that no Bloom set had touched, but
most of those records list more outcomes than the two or three drawn from each.  The reviewers'
own Bloom rows are mostly Glasgow and Deakin module outcomes, so this draw is made at the level
of statements, not records: a record already drawn from may give its other statements.  Excluded
are the ids of ../shared/dev/dev.jsonl and of the sets kept for measuring only
(bloom_test_spans.csv, bloom_test_annotator2_spans.csv, bloom_heldout_spans.csv), and any
candidate whose key (whitespace-folded, lower-cased, without trailing ";,.:") equals a statement
of a Bloom-labelled set (LABELLED below, dev 9 included: spans rebuilt and checked against their
sha1; bloom_dev.csv's statements).  A drawn statement whose key equals one drawn before in this
set is skipped.  Records whose description repeats another's are kept (dup_records=False).

Pools: glasgow 33 records (79 candidate statements), deakin 6 (9), udacity 2 (2), edx 243
(508), udemy 165 (636), coursera 2341 (5981).

Draw.  Quotas: glasgow 80, deakin 10, udacity 5, edx 40, udemy 15, coursera 150 (300), drawn in
that order.  For each source a fresh random.Random(1010) shuffles the eligible ids sorted by
number; records are taken in that order and, with the same generator, at most four of a
record's candidates (glasgow), three (deakin) or two (the others) are chosen at random.  A drawn statement
that is not a learner outcome is rejected by the reader (REJECT below: id + sha1 + reason, the
reasons of draw_bloom_dev9.py) and the draw continues.  Any source's shortfall is added to the
coursera quota.

Result.  glasgow, deakin and udacity use up their pools (every record drawn, at most four,
three or two statements each); edx meets its quota after 52 of its 243 records, udemy after
103 of 165, coursera after 115 of 2341; coursera's quota becomes 150 + 16 + 1 + 4 = 171.
Statements (records giving them): glasgow 64 (27), deakin 9 (6), udacity 1 (1), edx 40 (27),
udemy 15 (11; nearly all of its drawn statements are AWS exam marketing and practice-test
features), coursera 171 (103).  4 drawn statements skipped as repeats of one drawn before
(glasgow 3, udemy 1).  225 drawn statements rejected (udemy 147, edx 40, coursera 32, glasgow 5,
udacity 1).  By reason: exam marketing 86 (udemy 84, coursera 2), course feature 61 (udemy 39,
edx 19, coursera 3), broken item 22 (edx 7, glasgow 5, coursera 5, udemy 4, udacity 1),
marketing 21 (udemy 14, edx 5, coursera 2), topic 18 (coursera 17, udemy 1), no act 4 (edx 3,
coursera 1), course action 4 (edx 3, coursera 1), logistics 3 (edx 2, udemy 1), affective, no
cognitive act 2 (edx 1, coursera 1), job role description 2 (udemy), exam question text 2
(udemy); none non-English, none prerequisite.

Python 3 standard library only; the corpora are read at run time from ../shared/data
(build_dev.DATA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_bloom_dev3 as base  # noqa: E402

SEED = 1010
QUOTA = {"glasgow": 80, "deakin": 10, "udacity": 5, "edx": 40, "udemy": 15, "coursera": 150}
ORDER = ["glasgow", "deakin", "udacity", "edx", "udemy", "coursera"]
PER_RECORD = {"glasgow": 4, "deakin": 3, "udacity": 2, "edx": 2, "udemy": 2, "coursera": 2}
OWN = "bloom_dev10_spans.csv"  # this draw's own result, not an exclusion
# Sets kept for measuring: their records give nothing.
MEASURE_ONLY = ("bloom_test_spans.csv", "bloom_test_annotator2_spans.csv",
                "bloom_heldout_spans.csv")
# The Bloom-labelled sets as of this draw (a fixed list, so that later files change nothing):
# no candidate may equal one of their statements.
LABELLED = ("bloom_dev3_spans.csv", "bloom_dev4_spans.csv", "bloom_dev5_spans.csv",
            "bloom_dev6_spans.csv", "bloom_dev7_spans.csv", "bloom_dev8_spans.csv",
            "bloom_dev9_spans.csv", "bloom_heldout_spans.csv", "bloom_mooc_spans.csv",
            "bloom_mooc2_spans.csv", "bloom_own_spans.csv", "bloom_test_spans.csv",
            "bloom_test_annotator2_spans.csv", "bloom_dev_en_annotator.csv",
            os.path.join(base.DEV, "bloom_dev.csv"))

# (id, sha1 of the statement) -> reason; filled in while reading the draw.
REJECT = {
    ("glasgow:126", "86f389b3baf2"): "broken item",
    ("glasgow:65", "48cd7f067580"): "broken item",
    ("glasgow:100", "a7f9159b5d4e"): "broken item",
    ("glasgow:100", "4ec1cb80c332"): "broken item",
    ("glasgow:42", "0dd8f15d0ba7"): "broken item",
    ("udacity:193", "17afabb9f59d"): "broken item",
    ("edx:590", "26284d669f9d"): "no act",
    ("edx:341", "d48c5bc66a31"): "course feature",
    ("edx:427", "8e5f6b03a441"): "affective, no cognitive act",
    ("edx:240", "552e1e2419c7"): "marketing",
    ("edx:290", "2a0d5ef54322"): "no act",
    ("edx:513", "dfe34434afb4"): "course feature",
    ("edx:331", "efe557e11117"): "course feature",
    ("edx:67", "dc8172ce885b"): "course action",
    ("edx:172", "1fdcde95bf62"): "broken item",
    ("edx:158", "a6464d6e3ae1"): "logistics",
    ("edx:536", "3bc36a77c123"): "broken item",
    ("edx:536", "8decd851e5e0"): "broken item",
    ("edx:551", "a28cfcfbb673"): "course feature",
    ("edx:51", "09dbba0a544b"): "marketing",
    ("edx:313", "a770fa72b29e"): "course feature",
    ("edx:295", "8a0e9ad6eff4"): "marketing",
    ("edx:575", "bd712a155a82"): "broken item",
    ("udemy:278", "bcdef4f626ae"): "exam marketing",
    ("udemy:335", "a96deac3eb4e"): "exam marketing",
    ("udemy:335", "080aed3583f1"): "exam marketing",
    ("udemy:114", "b8721ff4f0ee"): "exam marketing",
    ("udemy:114", "ddbcb4a4590a"): "exam marketing",
    ("udemy:192", "71a88b8d5b02"): "exam marketing",
    ("udemy:192", "449aca61de70"): "course feature",
    ("udemy:338", "6de760225ecc"): "exam marketing",
    ("udemy:338", "d003c1bcdcdd"): "exam marketing",
    ("udemy:241", "fa09777d7932"): "marketing",
    ("udemy:241", "945d982d89be"): "marketing",
    ("udemy:310", "449146073254"): "broken item",
    ("udemy:186", "f61a89aefe19"): "course feature",
    ("udemy:254", "fab8bbaa197e"): "exam marketing",
    ("coursera:4182", "afb54a24320f"): "course action",
    ("coursera:4747", "12d8774e7101"): "topic",
    ("coursera:244", "7e266fb019ec"): "marketing",
    ("coursera:1579", "8b4f070afc34"): "topic",
    ("coursera:1579", "8123d55ba7e9"): "broken item",
    ("coursera:4061", "7f8883c5b967"): "broken item",
    ("coursera:2871", "43eadf786e3c"): "topic",
    ("coursera:5080", "0438c8a12936"): "marketing",
    ("coursera:4022", "e4f3b60d4b63"): "no act",
    ("coursera:2874", "fd1c56d0d64e"): "topic",
    ("coursera:2874", "7f2a1f4f64af"): "topic",
    ("coursera:3614", "eedb657c6b7f"): "topic",
    ("coursera:3614", "c2b29564d572"): "topic",
    ("coursera:3362", "b52eafd85a70"): "topic",
    ("coursera:541", "6628f8726f35"): "course feature",
    ("coursera:541", "9975dce35330"): "course feature",
    ("coursera:4099", "4f8f18a2b2a5"): "exam marketing",
    ("coursera:4099", "022a1ad10355"): "course feature",
    ("coursera:3699", "2c21ece4a756"): "topic",
    ("coursera:3699", "b3a0d2400807"): "topic",
    ("coursera:3715", "c5018ea00ec9"): "affective, no cognitive act",
    ("coursera:75", "b9be1c2e7fd8"): "topic",
    ("coursera:3255", "49fc0ce0dd46"): "topic",
    ("coursera:3255", "10f3c8f95aa8"): "topic",
    ("coursera:2005", "fd600335e082"): "topic",
    ("coursera:1561", "7be6ee5f7594"): "topic",
    ("edx:575", "9cbc6580ae37"): "course feature",
    ("edx:241", "2b341d669712"): "course feature",
    ("edx:264", "c4a00b395721"): "course action",
    ("edx:369", "79e38dbc163f"): "course feature",
    ("edx:369", "db5f7722a98f"): "broken item",
    ("edx:139", "2c6fd5437e1f"): "broken item",
    ("edx:545", "783bdf7e4857"): "course action",
    ("edx:232", "67a4d5dc36f4"): "course feature",
    ("edx:461", "39205430132b"): "broken item",
    ("edx:196", "8bcdd76a7f68"): "no act",
    ("udemy:181", "c6bd36456df4"): "course feature",
    ("udemy:271", "0e6b39d5bdbf"): "course feature",
    ("udemy:271", "63132ec526de"): "exam marketing",
    ("udemy:64", "b8133023e025"): "exam marketing",
    ("udemy:64", "ffdfb56cb3a5"): "course feature",
    ("udemy:291", "d9a3dc66eaa3"): "exam marketing",
    ("udemy:191", "a35b337ab173"): "exam marketing",
    ("udemy:320", "d536abc5fdd1"): "marketing",
    ("udemy:63", "3315df3b157d"): "exam marketing",
    ("udemy:63", "ce7d4d8786c1"): "exam marketing",
    ("coursera:1561", "1eb5c687d0a3"): "topic",
    ("coursera:4472", "e090e541ff0e"): "broken item",
    ("coursera:4732", "410575290c77"): "topic",
    ("coursera:4136", "681684fff022"): "exam marketing",
    ("coursera:2400", "1fed769489c8"): "broken item",
    ("edx:196", "7d5cb982f99b"): "course feature",
    ("edx:48", "665d62571fd9"): "course feature",
    ("edx:354", "25aa8ee09598"): "marketing",
    ("edx:222", "721ae47ca72e"): "course feature",
    ("edx:249", "0db04081057f"): "course feature",
    ("edx:286", "64c09c851ddf"): "course feature",
    ("udemy:330", "03735851bc7c"): "marketing",
    ("udemy:234", "aaea4ff77153"): "exam marketing",
    ("udemy:293", "24a67af92ebe"): "course feature",
    ("udemy:293", "db1deec840dd"): "course feature",
    ("udemy:48", "e372e95eb873"): "exam marketing",
    ("udemy:126", "363e28134996"): "exam marketing",
    ("udemy:258", "c6629730d76a"): "exam marketing",
    ("udemy:258", "a27597be5ae7"): "course feature",
    ("udemy:101", "2d919cba0f68"): "exam marketing",
    ("udemy:101", "de40e9873803"): "exam marketing",
    ("coursera:2803", "e0b831bbc1d9"): "broken item",
    ("edx:381", "3010421cfca5"): "course feature",
    ("edx:381", "a6464d6e3ae1"): "logistics",
    ("edx:349", "ccda1c1db495"): "course feature",
    ("udemy:38", "8b8fb878a01f"): "exam marketing",
    ("udemy:274", "ff89ca9e8d8f"): "exam marketing",
    ("udemy:174", "9a0bfbae529b"): "broken item",
    ("udemy:303", "eb62e9ec8d9f"): "exam marketing",
    ("udemy:303", "ccd20b2cac72"): "exam marketing",
    ("udemy:267", "c9629748c51b"): "exam marketing",
    ("udemy:267", "5e9893b94510"): "course feature",
    ("udemy:228", "439c71e27e28"): "exam marketing",
    ("udemy:246", "4edbd1db1c9d"): "exam marketing",
    ("udemy:246", "55ec1031cf1e"): "exam marketing",
    ("edx:444", "d6a9794c83b1"): "course feature",
    ("edx:299", "d503e4ed53de"): "course feature",
    ("edx:425", "eae66720848c"): "course feature",
    ("udemy:125", "a20a88cb0bcf"): "marketing",
    ("udemy:128", "8e7625164047"): "course feature",
    ("udemy:26", "b52ebf85574b"): "exam marketing",
    ("udemy:322", "0e6b39d5bdbf"): "course feature",
    ("udemy:322", "63132ec526de"): "exam marketing",
    ("udemy:262", "a41301207a9e"): "course feature",
    ("udemy:282", "4669501f48e1"): "marketing",
    ("udemy:198", "416e398cc339"): "exam marketing",
    ("udemy:198", "79fb7b1de782"): "course feature",
    ("edx:509", "d936c309b786"): "marketing",
    ("udemy:265", "2576921d9dc6"): "course feature",
    ("udemy:265", "2df8b12b5dcb"): "course feature",
    ("udemy:253", "45e4ca4eed1a"): "exam marketing",
    ("udemy:189", "901c80421d4b"): "exam marketing",
    ("udemy:189", "4afca5379b42"): "exam marketing",
    ("udemy:215", "15e0592b4fda"): "exam marketing",
    ("udemy:215", "d04fcffa62e9"): "course feature",
    ("udemy:182", "b5a9a627baad"): "exam marketing",
    ("udemy:117", "0e6b39d5bdbf"): "course feature",
    ("udemy:117", "63132ec526de"): "exam marketing",
    ("udemy:233", "eb62e9ec8d9f"): "exam marketing",
    ("udemy:123", "27407c1f97de"): "exam marketing",
    ("udemy:66", "7e32243ef25c"): "exam marketing",
    ("udemy:82", "3315df3b157d"): "exam marketing",
    ("udemy:82", "ce7d4d8786c1"): "exam marketing",
    ("udemy:40", "aa047465b7ab"): "exam marketing",
    ("udemy:110", "d183b584bb39"): "course feature",
    ("udemy:110", "b782b1a34f95"): "exam marketing",
    ("udemy:257", "eefd1cc2ef2c"): "exam marketing",
    ("udemy:83", "27407c1f97de"): "exam marketing",
    ("udemy:273", "5b0b34775ed0"): "topic",
    ("udemy:273", "851084e37837"): "course feature",
    ("udemy:316", "2544be725451"): "marketing",
    ("udemy:316", "6def23d068fd"): "marketing",
    ("udemy:111", "b8133023e025"): "exam marketing",
    ("udemy:111", "ffdfb56cb3a5"): "course feature",
    ("udemy:218", "87ce18c8ad21"): "exam marketing",
    ("udemy:218", "de913218bfef"): "marketing",
    ("udemy:337", "27add440f821"): "exam marketing",
    ("udemy:2", "9adbfec474e0"): "exam marketing",
    ("udemy:2", "da4a4e845227"): "exam marketing",
    ("udemy:34", "b993f6bb89c1"): "marketing",
    ("udemy:34", "bf0ae884b9d5"): "exam marketing",
    ("udemy:207", "9d3b224945f9"): "exam marketing",
    ("udemy:176", "f50760edbbac"): "exam marketing",
    ("udemy:176", "faae3265b59a"): "exam marketing",
    ("udemy:7", "0519836cf322"): "broken item",
    ("udemy:7", "c5236bc77e75"): "course feature",
    ("udemy:224", "1b7dfc7b9055"): "course feature",
    ("udemy:224", "4016ffa77b5f"): "exam marketing",
    ("udemy:46", "f4adaffb23aa"): "exam marketing",
    ("udemy:1", "fa82518e705f"): "job role description",
    ("udemy:1", "7314f96535ec"): "job role description",
    ("udemy:153", "d590e28f394c"): "course feature",
    ("udemy:153", "b401eeeff650"): "course feature",
    ("udemy:205", "9f68b8b52ff1"): "exam marketing",
    ("udemy:205", "1f961a4fdaa3"): "exam marketing",
    ("udemy:247", "e86257437a57"): "course feature",
    ("udemy:299", "ff89ca9e8d8f"): "exam marketing",
    ("udemy:98", "d40cfc1f33b6"): "exam marketing",
    ("udemy:251", "b4e248d88239"): "exam marketing",
    ("udemy:251", "b401eeeff650"): "course feature",
    ("udemy:135", "d691f1b551d6"): "marketing",
    ("udemy:135", "1788f410d263"): "exam marketing",
    ("udemy:28", "fea9b6978d10"): "course feature",
    ("udemy:261", "94469656e276"): "exam marketing",
    ("udemy:59", "e7662af17f53"): "course feature",
    ("udemy:237", "4a19a114a425"): "logistics",
    ("udemy:237", "1a2a757c2223"): "course feature",
    ("udemy:329", "2ababaf71938"): "exam marketing",
    ("udemy:329", "881e5e0a98fa"): "exam marketing",
    ("udemy:161", "ca46138cab26"): "marketing",
    ("udemy:161", "a8249a7330ab"): "exam marketing",
    ("udemy:209", "c388efe74c8f"): "exam marketing",
    ("udemy:209", "576ac6bbde4a"): "exam marketing",
    ("udemy:104", "4afca5379b42"): "exam marketing",
    ("udemy:306", "eb62e9ec8d9f"): "exam marketing",
    ("udemy:306", "90b5aea0bf95"): "exam marketing",
    ("udemy:31", "5bddd1e3c35b"): "course feature",
    ("udemy:31", "727e813c5fa8"): "course feature",
    ("udemy:300", "7857c782a131"): "exam marketing",
    ("udemy:300", "df9f06c7fad2"): "exam marketing",
    ("udemy:71", "8d89e02a49a7"): "course feature",
    ("udemy:71", "ff77e1c04b81"): "course feature",
    ("udemy:124", "7d1c8044ac0b"): "course feature",
    ("udemy:196", "8e2ff256f8bf"): "exam marketing",
    ("udemy:196", "d536abc5fdd1"): "marketing",
    ("udemy:54", "4169ab14b0c0"): "exam marketing",
    ("udemy:54", "56a7741f9f27"): "exam marketing",
    ("udemy:188", "15ebc6e48c8a"): "broken item",
    ("udemy:25", "63132ec526de"): "exam marketing",
    ("udemy:44", "ff947d2477c3"): "exam marketing",
    ("udemy:44", "74f175aa309a"): "course feature",
    ("udemy:102", "c55d99b41e60"): "course feature",
    ("udemy:102", "0e6b39d5bdbf"): "course feature",
    ("udemy:15", "f8fc879fe5b5"): "exam marketing",
    ("udemy:295", "cd5d97cdb559"): "exam question text",
    ("udemy:295", "2c1ed9d42296"): "exam question text",
    ("udemy:129", "b5a9a627baad"): "exam marketing",
    ("udemy:131", "63132ec526de"): "exam marketing",
    ("udemy:199", "9103ed951fc6"): "marketing",
    ("udemy:195", "0e6b39d5bdbf"): "course feature",
    ("udemy:195", "63132ec526de"): "exam marketing",
    ("udemy:90", "d44797a28e6f"): "course feature",
}

base.configure(SEED, QUOTA, ORDER, PER_RECORD, OWN, (), REJECT,
               exclude=MEASURE_ONLY, same_text=base.labelled_keys(LABELLED), dup_records=False)
main = base.main

if __name__ == "__main__":
    sys.exit(main())
