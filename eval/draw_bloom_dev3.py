#!/usr/bin/env python3
"""Draw the English outcome statements labelled (blind to mcaudit) in eval/bloom_dev3_spans.csv.

  python3 eval/draw_bloom_dev3.py                 # prints the drawn statements, source by source
  python3 eval/draw_bloom_dev3.py --out FILE.csv  # also writes id,source,statement (verbatim; keep
                                                  # it outside the repository)
  python3 eval/draw_bloom_dev3.py --pool          # pool sizes only

Population.  The records build_dev.py rebuilds for coursera, edx, glasgow, deakin, udemy and
udacity, minus (1) every id in ../shared/dev/dev.jsonl, ../shared/dev/labels_dev.csv and the
`id` column of every eval/*.csv file except this draw's own eval/bloom_dev3_spans.csv (only that
column is read), and (2) every record whose description, with whitespace runs folded to one
space, equals another record's (the whole duplicated group is left out).  A record is eligible when it yields at least one candidate.

Candidates (English outcome statements, verbatim substrings of the folded description):
  glasgow / deakin  the items of the "Intended learning outcomes" field: numbered items
                    ("1.Describe ...;2.Use ...") or lines; the lead-in "... will be able to:" is
                    dropped.
  coursera          the "What you will learn" field (not "Not specified"), judged English by a
                    function-word count, split into items at sentence ends, bullets, a lower-case
                    letter (or ")") run into an upper-case word ("strategyHow"; brand names such
                    as "JavaScript", where the left part starts upper-case and the right part is
                    not an item-opening word, are not split), a hyphen run into an item-opening
                    word ("perspectives-The ..."), numbered items ("1.2 Design ...") and a space
                    before an item-opening verb after a lower-case word ("environment Create a").
  edx / udemy /     the text is cut into segments at sentence ends, ":", bullets (also "-" or "*"
  udacity           after a sentence end), numbered items and run-together lower/upper case; a
                    candidate is (a) the rest of a segment after the first
                    "be able to", "learn (how) to", "you will" or "you'll" (chained triggers such
                    as "you will learn how to" are skipped together), (b) a bulleted item, or
                    (c) a segment following a heading such as "What you'll learn", "learning
                    outcomes/objectives", "abilities validated", "you will be able to:" (up to
                    12 segments, until the next segment ending in ":" or "?").
  Every candidate has list markers and trailing ";", ",", "." and ":" trimmed, 3 to 80 words of
  which at least two start lower-case (titles and name lists are left out), does not end in "?"
  and must be found verbatim in the folded description.

Draw.  Quotas: coursera 90, edx 60, glasgow 50, deakin 40, udemy 30, udacity 30 (300).  For
each source a fresh random.Random(7373) shuffles the eligible ids sorted by number; records are
taken in that order and, with the same generator, at most two of a record's candidates are
chosen at random (rng.sample of the candidate indices, kept in text order).  A drawn statement
that is not a learner outcome (exam marketing, course features, the course's own actions, no
verb and no act, non-English, a noun-phrase topic that states no outcome, a broken fragment) is
rejected by the reader (REJECT below: id + sha1 of the statement + reason) and the draw simply
continues with the next statements/records until the quota is met.

Shortfall.  After the exclusions glasgow keeps 5 eligible records and deakin 1, so at two
statements per record their quotas cannot be met; any source's shortfall is added to the coursera
quota (coursera "What you will learn" items are the closest in form to intended learning
outcomes), so the set still has 300 statements.  Sources are drawn in the order glasgow, deakin,
edx, udemy, udacity, coursera.  Result: glasgow 10 statements (5 records), deakin 2 (1), edx 60
(40), udemy 21 (14; its pool of candidates is used up, nearly all of it AWS exam marketing),
udacity 30 (29), coursera 177 (94); 260 drawn statements rejected.

Options for later draws (configure(); the defaults above are dev 3 to dev 8's): a fixed list of
files whose ids are excluded instead of every eval/*.csv file (`exclude`), a per-source number of
statements per record (`per_record` as a dict), keeping records whose description repeats
another's (`dup_records=False`), and a duplicate-text exclusion (`same_text`: a set of statement
keys, key() = whitespace-folded, lower-cased text without trailing ";,.:", that no candidate may
equal; with it the drawn statements are also unique by key across the whole set, a repeat being
skipped like a rejection).

Python 3 standard library only; the corpora are read at run time from ../shared/data
(build_dev.DATA).
"""
import argparse
import csv
import glob
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_dev  # noqa: E402
import label_chronology  # noqa: E402

SEED = 7373
QUOTA = {"coursera": 90, "edx": 60, "glasgow": 50, "deakin": 40, "udemy": 30, "udacity": 30}
ORDER = ["glasgow", "deakin", "edx", "udemy", "udacity", "coursera"]
PER_RECORD = 2
OWN = "bloom_dev3_spans.csv"  # this draw's own result, not an exclusion
# Sets labelled after this draw ran (not excluded, so that the draw stays reproducible).
LATER = label_chronology.after(OWN)
DEV = os.path.dirname(build_dev.DEV)  # ../shared/dev, or $MCAUDIT_DEV's folder

# (id, sha1 of the statement) -> reason; filled in while reading the draw.
REJECT = {
    ("edx:27", "0c9c83f3df02"): "course feature",
    ("edx:27", "bec443db219d"): "exam marketing",
    ("edx:510", "e2ac64d8b920"): "course feature",
    ("edx:510", "659bf94a2bef"): "marketing",
    ("edx:29", "fde9068b2014"): "exam marketing",
    ("edx:29", "c3e930167e14"): "course feature",
    ("edx:98", "ccda1c1db495"): "course feature",
    ("edx:513", "dfe34434afb4"): "course feature",
    ("edx:262", "77b7a8548c97"): "broken item",
    ("edx:586", "7e643df180ac"): "assignment description",
    ("edx:33", "8cb47298e15d"): "course feature",
    ("edx:193", "125a88c82e66"): "broken item",
    ("edx:282", "0db04081057f"): "course feature",
    ("edx:318", "db92254948c9"): "topic",
    ("edx:241", "2b341d669712"): "course feature",
    ("udemy:264", "a3e0e804bcad"): "course feature",
    ("udemy:251", "d590e28f394c"): "course feature",
    ("udemy:327", "3f867b996f3f"): "exam question text",
    ("udemy:327", "de895fd677c7"): "exam question text",
    ("udemy:64", "ffdfb56cb3a5"): "course feature",
    ("udemy:304", "25333c08f2bb"): "course feature",
    ("udemy:304", "daf969fd83f3"): "marketing",
    ("udemy:316", "2544be725451"): "marketing",
    ("udemy:310", "449146073254"): "no act",
    ("udemy:303", "eb62e9ec8d9f"): "exam marketing",
    ("udemy:248", "ff404f500166"): "marketing",
    ("udemy:265", "2576921d9dc6"): "course feature",
    ("udemy:265", "2df8b12b5dcb"): "exam marketing",
    ("udemy:196", "d536abc5fdd1"): "marketing",
    ("udemy:46", "f4adaffb23aa"): "exam marketing",
    ("udemy:1", "737cecd2f4b5"): "job role description",
    ("udemy:1", "fa82518e705f"): "job role description",
    ("udemy:161", "ca46138cab26"): "marketing",
    ("udemy:331", "f99854e49439"): "course feature",
    ("udemy:331", "40dc3833c80a"): "exam marketing",
    ("udemy:198", "79fb7b1de782"): "course feature",
    ("udemy:258", "c6629730d76a"): "exam marketing",
    ("udemy:258", "e72f239bf6d3"): "course feature",
    ("udemy:338", "74f175aa309a"): "exam marketing",
    ("udemy:31", "0e5c23251ce7"): "exam marketing",
    ("udacity:193", "17afabb9f59d"): "broken item",
    ("edx:397", "b5e0741e0ff5"): "course feature",
    ("udemy:186", "f61a89aefe19"): "course feature",
    ("udemy:179", "1e9173ce2999"): "exam marketing",
    ("udemy:179", "7a414d440779"): "exam marketing",
    ("udemy:264", "d6251b8b3f8c"): "exam marketing",
    ("udemy:251", "392f16c8ae32"): "course feature",
    ("udemy:64", "b8133023e025"): "exam marketing",
    ("udemy:128", "8e7625164047"): "course feature",
    ("udemy:209", "c388efe74c8f"): "exam marketing",
    ("udemy:209", "576ac6bbde4a"): "exam marketing",
    ("udemy:316", "e3fe27d3a0bf"): "marketing",
    ("udemy:172", "e44e0975c808"): "exam marketing",
    ("udemy:172", "401bcf1d8ab3"): "exam marketing",
    ("udemy:271", "0e6b39d5bdbf"): "course feature",
    ("udemy:271", "63132ec526de"): "exam marketing",
    ("udemy:323", "0e6b39d5bdbf"): "course feature",
    ("udemy:323", "63132ec526de"): "exam marketing",
    ("udemy:311", "ccd20b2cac72"): "exam marketing",
    ("udemy:311", "90b5aea0bf95"): "exam marketing",
    ("udemy:247", "e86257437a57"): "exam marketing",
    ("udemy:164", "69fdfc8490c4"): "exam marketing",
    ("udemy:283", "15bbd0afb64d"): "topic",
    ("udemy:303", "ccd20b2cac72"): "exam marketing",
    ("udemy:248", "d1112fbb4c6e"): "exam marketing",
    ("udemy:53", "b5a9a627baad"): "exam marketing",
    ("udemy:126", "363e28134996"): "exam marketing",
    ("udemy:196", "8e2ff256f8bf"): "exam marketing",
    ("udemy:182", "b5a9a627baad"): "exam marketing",
    ("udemy:161", "a8249a7330ab"): "exam marketing",
    ("udemy:252", "1ade99372b6a"): "marketing",
    ("udemy:321", "0e6b39d5bdbf"): "course feature",
    ("udemy:321", "63132ec526de"): "exam marketing",
    ("udemy:111", "4aabc2187562"): "exam marketing",
    ("udemy:111", "b8133023e025"): "exam marketing",
    ("udemy:101", "2d919cba0f68"): "exam domain heading",
    ("udemy:101", "de40e9873803"): "exam domain heading",
    ("udemy:181", "c6bd36456df4"): "exam marketing",
    ("udemy:131", "63132ec526de"): "exam marketing",
    ("udemy:198", "416e398cc339"): "exam marketing",
    ("udemy:338", "ff947d2477c3"): "exam marketing",
    ("udemy:31", "727e813c5fa8"): "course feature",
    ("udemy:237", "4a19a114a425"): "course feature",
    ("udemy:237", "1a2a757c2223"): "course feature",
    ("udemy:63", "3315df3b157d"): "exam marketing",
    ("udemy:63", "ce7d4d8786c1"): "exam marketing",
    ("udemy:129", "b5a9a627baad"): "exam marketing",
    ("udemy:267", "c9629748c51b"): "exam marketing",
    ("udemy:267", "5e9893b94510"): "marketing",
    ("udemy:26", "b52ebf85574b"): "exam marketing",
    ("udemy:123", "27407c1f97de"): "exam marketing",
    ("udemy:215", "d04fcffa62e9"): "exam marketing",
    ("udemy:215", "901c80421d4b"): "exam marketing",
    ("udemy:337", "f4adaffb23aa"): "exam marketing",
    ("udemy:337", "27add440f821"): "exam marketing",
    ("udemy:125", "a20a88cb0bcf"): "marketing",
    ("udemy:228", "439c71e27e28"): "broken item",
    ("udemy:20", "f5aaddbf2d44"): "course feature",
    ("udemy:18", "83ad054e3b32"): "exam marketing",
    ("udemy:83", "27407c1f97de"): "exam marketing",
    ("udemy:261", "94469656e276"): "course feature",
    ("udemy:336", "6804f5b8a5bb"): "exam marketing",
    ("udemy:336", "e52cfcf10716"): "course feature",
    ("udemy:176", "faae3265b59a"): "exam marketing",
    ("udemy:176", "d4550dbddb31"): "exam marketing",
    ("udemy:189", "901c80421d4b"): "exam marketing",
    ("udemy:189", "4afca5379b42"): "exam marketing",
    ("udemy:19", "baebea5520b3"): "exam marketing",
    ("udemy:19", "56a7741f9f27"): "exam marketing",
    ("udemy:335", "a96deac3eb4e"): "exam marketing",
    ("udemy:335", "080aed3583f1"): "exam marketing",
    ("udemy:77", "da02741a63e0"): "course feature",
    ("udemy:320", "d536abc5fdd1"): "marketing",
    ("udemy:78", "80d30d05feab"): "exam marketing",
    ("udemy:90", "e7662af17f53"): "exam marketing",
    ("udemy:59", "d44797a28e6f"): "course feature",
    ("udemy:59", "e7662af17f53"): "exam marketing",
    ("udemy:322", "0e6b39d5bdbf"): "course feature",
    ("udemy:322", "63132ec526de"): "exam marketing",
    ("udemy:224", "1b7dfc7b9055"): "exam marketing",
    ("udemy:224", "4016ffa77b5f"): "exam marketing",
    ("udemy:227", "86a5aa4ede26"): "exam marketing",
    ("udemy:178", "024707bbe7ec"): "topic",
    ("udemy:178", "f6f941700db0"): "course feature",
    ("udemy:185", "b08bb6630666"): "exam marketing",
    ("udemy:185", "33424767e004"): "course feature",
    ("udemy:300", "fa92ffd85cfc"): "exam marketing",
    ("udemy:300", "df9f06c7fad2"): "exam marketing",
    ("udemy:79", "572a4e1767ef"): "exam marketing",
    ("udemy:79", "5f01e35e27b0"): "exam marketing",
    ("udemy:92", "04668efd5046"): "exam marketing",
    ("udemy:25", "63132ec526de"): "exam marketing",
    ("udemy:103", "82788603d112"): "exam marketing",
    ("udemy:110", "d183b584bb39"): "course feature",
    ("udemy:110", "b782b1a34f95"): "exam marketing",
    ("udemy:66", "7e32243ef25c"): "exam marketing",
    ("udemy:216", "257ada0014fc"): "exam marketing",
    ("udemy:216", "b43eda793d84"): "exam marketing",
    ("udemy:233", "eb62e9ec8d9f"): "exam marketing",
    ("udemy:234", "aaea4ff77153"): "exam marketing",
    ("udemy:117", "0e6b39d5bdbf"): "course feature",
    ("udemy:117", "63132ec526de"): "exam marketing",
    ("udemy:295", "cd5d97cdb559"): "exam question text",
    ("udemy:295", "95dc4616f23b"): "exam question text",
    ("udemy:219", "c976eb3cbb86"): "exam marketing",
    ("udemy:219", "7e32243ef25c"): "exam marketing",
    ("udemy:299", "ff89ca9e8d8f"): "exam marketing",
    ("udemy:54", "8d98a852c4c6"): "exam marketing",
    ("udemy:54", "4169ab14b0c0"): "exam marketing",
    ("udemy:199", "d3a8aa5ed7a1"): "exam marketing",
    ("udemy:199", "9103ed951fc6"): "marketing",
    ("udemy:250", "c5c79f2ef9ef"): "exam marketing",
    ("udemy:13", "e30ba2eb67ef"): "exam marketing",
    ("udemy:330", "03735851bc7c"): "exam marketing",
    ("udemy:71", "8d89e02a49a7"): "course feature",
    ("udemy:71", "ff77e1c04b81"): "course feature",
    ("udemy:238", "0a23d8be9181"): "course action",
    ("udemy:290", "e6965e7139b9"): "exam marketing",
    ("udemy:50", "f4adaffb23aa"): "exam marketing",
    ("udemy:207", "9d3b224945f9"): "exam marketing",
    ("udemy:124", "7d1c8044ac0b"): "course feature",
    ("udemy:188", "15ebc6e48c8a"): "broken item",
    ("udemy:7", "0519836cf322"): "exam marketing",
    ("udemy:7", "c5236bc77e75"): "exam marketing",
    ("udemy:34", "00eaa47e8557"): "course feature",
    ("udemy:34", "b993f6bb89c1"): "exam marketing",
    ("udemy:257", "eefd1cc2ef2c"): "exam marketing",
    ("udemy:274", "ff89ca9e8d8f"): "exam marketing",
    ("udemy:10", "c388efe74c8f"): "exam marketing",
    ("udemy:10", "576ac6bbde4a"): "exam marketing",
    ("udemy:98", "d40cfc1f33b6"): "exam marketing",
    ("udemy:253", "45e4ca4eed1a"): "exam marketing",
    ("udemy:102", "c55d99b41e60"): "course feature",
    ("udemy:102", "63132ec526de"): "exam marketing",
    ("udemy:38", "8b8fb878a01f"): "exam marketing",
    ("udemy:334", "5c6c243837ec"): "exam marketing",
    ("udemy:334", "faf20b33ea2a"): "exam marketing",
    ("udemy:202", "f334fedc9d63"): "exam marketing",
    ("udemy:52", "901c80421d4b"): "exam marketing",
    ("udemy:52", "4afca5379b42"): "exam marketing",
    ("udemy:44", "74f175aa309a"): "exam marketing",
    ("udemy:44", "ea09bd712015"): "exam marketing",
    ("udemy:177", "eb669fac81f2"): "course feature",
    ("udemy:177", "5ad06c48bcab"): "exam marketing",
    ("udemy:166", "94d80dedddeb"): "exam marketing",
    ("udemy:114", "ca10853f07e9"): "exam marketing",
    ("udemy:114", "b8721ff4f0ee"): "exam marketing",
    ("udemy:174", "9a0bfbae529b"): "broken item",
    ("udemy:293", "24a67af92ebe"): "course feature",
    ("udemy:293", "db1deec840dd"): "course feature",
    ("udemy:135", "d691f1b551d6"): "marketing",
    ("udemy:135", "1788f410d263"): "exam marketing",
    ("udemy:278", "bcdef4f626ae"): "exam marketing",
    ("udemy:246", "4edbd1db1c9d"): "exam marketing",
    ("udemy:246", "55ec1031cf1e"): "exam marketing",
    ("udemy:260", "b1f6d36db014"): "broken item",
    ("udemy:260", "ad178707f1e1"): "course feature",
    ("udemy:277", "ca27d30a8793"): "exam marketing",
    ("udemy:275", "8fb0a6c93aff"): "exam marketing",
    ("udemy:40", "aa047465b7ab"): "exam marketing",
    ("udemy:82", "3315df3b157d"): "exam marketing",
    ("udemy:82", "ce7d4d8786c1"): "exam marketing",
    ("udemy:15", "f8fc879fe5b5"): "exam marketing",
    ("udemy:262", "a41301207a9e"): "exam marketing",
    ("udemy:307", "285dedb9201f"): "exam marketing",
    ("udemy:307", "062eac7c990f"): "exam marketing",
    ("udemy:195", "0e6b39d5bdbf"): "course feature",
    ("udemy:195", "63132ec526de"): "exam marketing",
    ("udemy:41", "b5a9a627baad"): "exam marketing",
    ("udemy:41", "794517f09d46"): "exam marketing",
    ("udemy:48", "e372e95eb873"): "exam marketing",
    ("udemy:280", "0e6b39d5bdbf"): "course feature",
    ("udemy:280", "63132ec526de"): "exam marketing",
    ("udemy:55", "f0a370ebc4b6"): "exam marketing",
    ("udemy:55", "ee3419fb8ffb"): "exam marketing",
    ("udemy:139", "0299b2f66a52"): "course feature",
    ("udemy:139", "2510d3c6b1bd"): "course feature",
    ("udemy:2", "9adbfec474e0"): "exam marketing",
    ("udemy:2", "da4a4e845227"): "exam marketing",
    ("udemy:329", "2ababaf71938"): "exam marketing",
    ("udemy:329", "ccd20b2cac72"): "exam marketing",
    ("udemy:91", "46db7493e60e"): "exam marketing",
    ("udemy:211", "d99569f1e176"): "course feature",
    ("udemy:211", "bcafef7f0ecf"): "marketing",
    ("udemy:39", "83ad054e3b32"): "exam marketing",
    ("udemy:326", "60af434b41ae"): "course feature",
    ("udemy:326", "410d902e74b8"): "exam marketing",
    ("udemy:27", "1accde9a58d9"): "audience",
    ("udemy:27", "9cd9a564c99b"): "prerequisite",
    ("udemy:104", "4afca5379b42"): "exam marketing",
    ("udemy:312", "0e6b39d5bdbf"): "course feature",
    ("udemy:312", "63132ec526de"): "exam marketing",
    ("udemy:97", "7687d60b3551"): "exam marketing",
    ("udemy:306", "eb62e9ec8d9f"): "exam marketing",
    ("udemy:306", "ccd20b2cac72"): "exam marketing",
    ("udemy:268", "04dfadf3eed4"): "exam marketing",
    ("udemy:328", "ad786520d4ec"): "exam marketing",
    ("udemy:218", "87ce18c8ad21"): "exam marketing",
    ("udemy:218", "de913218bfef"): "marketing",
    ("coursera:4034", "3cc8da1ec1f7"): "course action",
    ("coursera:4034", "bba7439cf7be"): "course action",
    ("coursera:3588", "a0798e0fb2ac"): "broken item",
    ("coursera:1197", "a7dee21f67e3"): "broken item",
    ("coursera:1087", "45a14e293a1e"): "topic",
    ("coursera:1495", "79b5d5a85df0"): "topic",
    ("coursera:1377", "e8ebf62d4f44"): "broken item",
    ("coursera:4603", "5f98de581b64"): "topic",
    ("coursera:4603", "fdec3c082335"): "topic",
    ("coursera:2313", "10ecbc1e2930"): "broken item",
    ("coursera:479", "0af4ac40b1ea"): "broken item",
    ("coursera:1860", "ac0475b7ff1f"): "broken item",
    ("coursera:1037", "e8fb0c4d2798"): "topic",
    ("coursera:3861", "b7c59b0b96cd"): "topic",
    ("coursera:1446", "125eccd85e8e"): "broken item",
    ("coursera:1075", "ee6d4d621197"): "topic",
    ("coursera:2619", "58125335d37e"): "topic",
    ("coursera:2619", "a9eb7a88c232"): "topic",
    ("coursera:5308", "24f3d2e2d2e3"): "topic",
    ("coursera:5213", "ad903ed4751d"): "topic",
    ("coursera:1154", "dab7b1c50d6c"): "broken item",
}


# Options set by configure() for later draws; these defaults are dev 3 to dev 8's behaviour.
EXCLUDE = None      # None: excluded_ids()'s default files; else a tuple of files (ids excluded)
SAME_TEXT = None    # None: off; else a set of key()s no candidate may equal (and drawn keys unique)
DUP_RECORDS = True  # leave out every record whose folded description equals another record's


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


def key(s):
    """Whitespace-folded, lower-cased text without the trailing ";,.:" clean() trims (verbatim
    files such as shared/dev/bloom_dev.csv keep a final full stop): equal keys, same statement."""
    return re.sub(r"[\s;,.:]+$", "", fold(s)).lower()


def per_record(src):
    return PER_RECORD[src] if isinstance(PER_RECORD, dict) else PER_RECORD


def sha(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:12]


def num(i):
    return int(re.sub(r"\D", "", i.split(":", 1)[1]) or 0)


# ------------------------------------------------------------------ exclusions
def excluded_ids():
    ids = set()
    if EXCLUDE is not None:
        files = [f if os.path.isabs(f) else os.path.join(HERE, f) for f in EXCLUDE]
        files = [f for f in files if os.path.basename(f) not in (OWN,) + tuple(LATER)]
    else:
        files = [f for f in sorted(glob.glob(os.path.join(HERE, "*.csv")))
                 if os.path.basename(f) not in (OWN,) + tuple(LATER)] + [os.path.join(DEV, "labels_dev.csv")]
    for path in files:
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("id"):
                    ids.add(row["id"].strip())
    with open(os.path.join(DEV, "dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ids.add(json.loads(line)["id"])
    return ids


def labelled_keys(files):
    """key()s of the statements of labelled sets: spans files (id, start, end, sha1: rebuilt from
    the folded description, kept when the hash matches) and verbatim files (a `statement`
    column).  Level columns are not read."""
    keys = set()
    if not os.path.isdir(build_dev.DATA):
        return keys  # main() then says the corpora are absent
    for path in files:
        path = path if os.path.isabs(path) else os.path.join(HERE, path)
        with open(path, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("statement"):
                    keys.add(key(row["statement"]))
                elif row.get("start") and row.get("end"):
                    rec = build_dev.get_record(row["id"])
                    if rec is None:
                        continue
                    st = fold(rec["description"])[int(row["start"]):int(row["end"])]
                    if sha(st) == row["sha1"]:
                        keys.add(key(st))
    return keys


# ------------------------------------------------------------------ splitting
ITEM_WORDS = ("Understand Explain Describe Identify Apply Use Create Build Develop Design Implement "
              "Analyze Analyse Evaluate Assess Compare Learn Discover Explore Examine Recognize "
              "Recognise Define Demonstrate Perform Write Gain Discuss Prepare Conduct Calculate "
              "Interpret Summarize Summarise Construct Deploy Configure Install Visualize Visualise "
              "Communicate Master Manage Determine Distinguish Differentiate Select Choose Solve "
              "Reflect Engage Navigate Leverage Utilize Integrate Outline List Estimate Measure "
              "Organize Produce Formulate Critique Justify Recall Collaborate Present Improve "
              "Optimize Automate Debug Establish Enhance Work Get Become Know Practice Make Plan "
              "Test Train Run Read Set Process Model Program Code Access Connect Find Extract Load "
              "How What Why When Where Which The An Basic Key Fundamentals Introduction "
              "Principles Concepts Skills Understanding").split()
ITEM_SET = set(ITEM_WORDS)
SPACE_VERBS = set(("Understand Explain Describe Identify Apply Use Create Build Develop Design "
                   "Implement Analyze Analyse Evaluate Assess Compare Learn Discover Explore Examine "
                   "Recognize Recognise Define Demonstrate Perform Write Gain Discuss Prepare "
                   "Conduct Calculate Interpret Summarize Summarise Construct Deploy Configure "
                   "Install Visualize Visualise Communicate Utilize Leverage Formulate Critique "
                   "Justify Differentiate Distinguish Determine How").split())
ABBREV = re.compile(r"\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Ms|Mrs|St|Inc|No|approx|incl|Prof|Jr|Sr|Fig"
                    r"|[A-Z](?:\.[A-Z])+)$")
INITIAL = re.compile(r"(?:^|\s)[A-Z]$")
BULLET = "•■▪●✔✓➢►◦❖→·"


def cut_points(t, space_rule=False, colon=False):
    """Offsets in t where a new item starts."""
    cuts = set()
    # sentence ends
    for m in re.finditer(r"[.!?]+(?=\s*[A-Z\"“(])", t):
        if m.group().startswith(".") and ABBREV.search(t[:m.start()]):
            continue
        if (m.group() == "." and INITIAL.search(t[:m.start()]) and m.end() < len(t)
                and t[m.end()] == " "):
            continue  # an initial ("J. Smith"); "in R.Explore" is still cut
        if m.start() > 0 and t[m.start() - 1].isdigit() and m.end() < len(t) and t[m.end()].isdigit():
            continue
        j = m.end()
        while j < len(t) and t[j] == " ":
            j += 1
        cuts.add(j)
    # run-together lower/upper case ("strategyHow", "(UI)Demonstrate")
    for m in re.finditer(r"([A-Za-z]*)([a-z)])([A-Z][a-z]+)", t):
        left = m.group(1) + m.group(2)
        right = m.group(3)
        if m.group(2) == ")" or (left[:1].islower() and len(left) >= 2) or right in ITEM_SET:
            cuts.add(m.start(3))
    # a hyphen run into an item ("perspectives-The challenges")
    for m in re.finditer(r"(?<=[a-z])-([A-Z][a-z]+)", t):
        if m.group(1) in ITEM_SET:
            cuts.add(m.start())
    # numbered items ("1. Design", "1.2 Design") after a sentence end or at the start
    for m in re.finditer(r"(?:(?<=[.;:)] )|^)\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-Z])", t):
        cuts.add(m.start())
    # bullets
    for m in re.finditer("[%s]" % re.escape(BULLET), t):
        cuts.add(m.start())
    for m in re.finditer(r"(?:(?<=[.:;!?] )|^)[*\-–](?=\s?[A-Za-z])", t):
        cuts.add(m.start())
    if colon:
        for m in re.finditer(r":", t):
            if m.end() < len(t) and t[m.end():m.end() + 2] == "//":
                continue
            if m.start() > 0 and t[m.start() - 1].isdigit() and m.end() < len(t) and t[m.end()].isdigit():
                continue
            cuts.add(m.end())
    if space_rule:
        for m in re.finditer(r"(?<=[a-z]) (?=([A-Z][a-z]+)\b)", t):
            if m.group(1) in SPACE_VERBS:
                cuts.add(m.end())
    cuts.discard(0)
    return sorted(cuts)


def pieces(t, **kw):
    """(start, text) pieces of t at the cut points."""
    cuts = [0] + cut_points(t, **kw) + [len(t)]
    return [(a, t[a:b]) for a, b in zip(cuts, cuts[1:]) if t[a:b].strip()]


def clean(s):
    s = s.strip()
    s = re.sub(r"^(?:[%s*\-–]|\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|\(?\d{1,2}[.)]|\(?[a-z][.)](?=\s))\s*"
               % re.escape(BULLET), "", s)
    s = s.strip()
    s = re.sub(r"[\s;,.:]+$", "", s)
    return s.strip()


def ok(s):
    w = s.split()
    if not 3 <= len(w) <= 80 or s.endswith("?"):
        return False
    if sum(1 for x in w if x[:1].islower()) < 2:
        return False  # a title or a list of names, not a statement
    letters = [c for c in s if c.isalpha()]
    return letters and sum(c < "\u0250" for c in letters) >= 0.95 * len(letters)


EN = set("the and of to in for with you your will how this is are from on learn a an use "
         "understand be by as that data".split())
OTHER = set("el la los las de del y en para con un una que se como por le les des du et pour "
            "avec dans sur est os da dos das em com uma não são der das und zu mit für ein eine "
            "ist von den sie wie il lo gli di della e per che".split())


def english(t):
    toks = re.findall(r"[^\W\d_]+", t.lower())
    if not toks:
        return False
    letters = "".join(toks)
    if sum(c < "\u0250" for c in letters) < 0.9 * len(letters):
        return False
    en = sum(t in EN for t in toks)
    other = sum(t in OTHER for t in toks)
    return en > other


# ------------------------------------------------------------------ candidates
def ilo_candidates(desc):
    k = desc.find("Intended learning outcomes")
    if k < 0:
        return []
    body = desc[k + len("Intended learning outcomes"):]
    items = []
    for line in body.split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = re.split(r"(?:(?<=^)|(?<=[:;.\s]))\d{1,2}\s*\.(?=\s*[A-Za-z])", line)
        for p in parts:
            if re.search(r"(?:will|should) be able to\s*:?\s*$", p) or re.search(r"be able to:\s*$", p):
                continue
            items.append(p)
    return items


def coursera_candidates(desc):
    m = re.match(r"What you will learn: (.*?)\nSkills you will gain:", desc, re.S)
    if not m:
        return []
    t = fold(m.group(1))
    if t in ("", "Not specified") or not english(t):
        return []
    return [p for _, p in pieces(t, space_rule=True)]


TRIG = re.compile(r"\b(?:be able to|learn (?:how )?to|you will|you[’']ll)\b"
                  r"(?:\s+(?:also|then|now|further|quickly|easily|soon|even))?"
                  r"(?:\s+(?:be able to|learn (?:how )?to))*\s*:?", re.I)
HEAD = re.compile(r"(what you(?:[’']ll| will) learn|learning (?:outcomes|objectives)|abilities validated"
                  r"|(?:be able to|skills to|you will|you[’']ll learn(?: how)? to|you will learn(?: how)? to)"
                  r"\s*:?\s*$)", re.I)


def mooc_candidates(desc):
    t = fold(desc)
    segs = [s for _, s in pieces(t, colon=True)]
    out = []
    head_left = 0
    for s in segs:
        st = s.strip()
        if head_left:
            if st.endswith(":") or st.endswith("?"):
                head_left = 0
            else:
                out.append(st)
                head_left -= 1
                continue
        if HEAD.search(st) and (st.endswith(":") or st.endswith(".") or HEAD.search(st).end() >= len(st) - 1):
            head_left = 12
        if st[:1] in BULLET or re.match(r"[*\-–]\s", st):
            out.append(st)
            continue
        m = TRIG.search(st)
        if m:
            out.append(st[m.end():])
    return out


def candidates(rec):
    src = rec["source"]
    desc = rec["description"]
    if src in ("glasgow", "deakin"):
        raw = ilo_candidates(desc)
    elif src == "coursera":
        raw = coursera_candidates(desc)
    else:
        raw = mooc_candidates(desc)
    fd = fold(desc)
    out, seen = [], set()
    for r in raw:
        c = clean(fold(r))
        if not ok(c) or c in seen or fd.find(c) < 0:
            continue
        seen.add(c)
        out.append(c)
    out.sort(key=lambda c: fd.find(c))
    return out


# ------------------------------------------------------------------ draw
def eligible(excl):
    folded = {}
    recs = {}
    for src in QUOTA:
        for i, r in build_dev.load_source(src).items():
            if r is None:
                continue
            recs[i] = r
            folded[i] = fold(r["description"])
    cnt = Counter(folded.values())
    pool = {}
    for src in QUOTA:
        ids = [i for i in recs if i.startswith(src + ":") and i not in excl
               and (cnt[folded[i]] == 1 or not DUP_RECORDS)]
        ids.sort(key=num)
        pool[src] = [(i, candidates(recs[i])) for i in ids]
        if SAME_TEXT is not None:
            pool[src] = [(i, [c for c in cs if key(c) not in SAME_TEXT]) for i, cs in pool[src]]
        pool[src] = [(i, c) for i, c in pool[src] if c]
    return pool


def draw(pool, quota, rejected_log):
    out = []
    seen = set()  # keys of the drawn statements (used when SAME_TEXT is set)
    for src in ORDER:
        q = quota[src]
        rng = random.Random(SEED)
        order = list(pool[src])
        rng.shuffle(order)
        got = []
        for rid, cands in order:
            if len(got) >= q:
                break
            k = min(per_record(src), len(cands))
            pick = sorted(rng.sample(range(len(cands)), k))
            for j in pick:
                if len(got) >= q:
                    break
                s = cands[j]
                reason = REJECT.get((rid, sha(s)))
                if not reason and SAME_TEXT is not None and key(s) in seen:
                    reason = "same text as a statement drawn before"
                if reason:
                    rejected_log.append((src, rid, s, reason))
                    continue
                seen.add(key(s))
                got.append((src, rid, s))
        short = q - len(got)
        if short > 0 and src != "coursera":
            quota["coursera"] += short
        out.extend(got)
    return out


def configure(seed, quota, order, per_record, own, later, reject,
              exclude=None, same_text=None, dup_records=True):
    """Set this module's draw up for a later set (draw_bloom_dev4.py ... draw_bloom_dev9.py).

    per_record: an int, or a dict source -> int.  exclude: None (every eval/*.csv file but own and
    later, plus labels_dev.csv and dev.jsonl) or a tuple of files (eval/ names or absolute paths)
    whose `id` columns are excluded (dev.jsonl's ids are always excluded).  same_text: None or a
    set of key()s that no candidate may equal; drawn statements are then also unique by key.
    dup_records: False keeps records whose folded description repeats another's."""
    global SEED, QUOTA, ORDER, PER_RECORD, OWN, LATER, REJECT, EXCLUDE, SAME_TEXT, DUP_RECORDS
    SEED, QUOTA, ORDER, PER_RECORD, OWN, LATER, REJECT = (
        seed, quota, order, per_record, own, later, reject)
    EXCLUDE, SAME_TEXT, DUP_RECORDS = exclude, same_text, dup_records


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="write id,source,statement to this CSV (outside the repository)")
    ap.add_argument("--pool", action="store_true", help="print pool sizes only")
    a = ap.parse_args()
    if not os.path.isdir(build_dev.DATA):
        print("%s: %s absent; nothing to draw" % (os.path.basename(sys.argv[0]), build_dev.DATA))
        return 0
    pool = eligible(excluded_ids())
    for src in ORDER:
        print("# pool %-8s records %4d statements %5d" % (
            src, len(pool[src]), sum(len(c) for _, c in pool[src])))
    if a.pool:
        return 0
    quota = dict(QUOTA)
    rej = []
    got = draw(pool, quota, rej)
    print("# quotas after shortfall:", quota)
    for src in ORDER:
        rows = [g for g in got if g[0] == src]
        print("# %s: %d statements from %d records" % (src, len(rows), len({g[1] for g in rows})))
        for _, rid, s in rows:
            print("%s\t%s\t%s" % (rid, sha(s), s))
    print("# rejected %d: %s" % (len(rej), dict(Counter(r[3] for r in rej))))
    for src, rid, s, reason in rej:
        print("#  REJ %s\t%s\t%s" % (rid, reason, s))
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["id", "source", "statement"])
            for src, rid, s in got:
                w.writerow([rid, src, s])
    return 0


if __name__ == "__main__":
    sys.exit(main())
