#!/usr/bin/env python3
"""Draw the English outcome statements labelled (blind to mcaudit) in eval/bloom_dev4_spans.csv.

  python3 eval/draw_bloom_dev4.py                 # prints the drawn statements, source by source
  python3 eval/draw_bloom_dev4.py --out FILE.csv  # also writes id,source,statement (verbatim; keep
                                                  # it outside the repository)
  python3 eval/draw_bloom_dev4.py --pool          # pool sizes only

A copy of eval/draw_bloom_dev3.py with a new seed, new quotas and its own REJECT table; the
population, candidates and draw procedure are unchanged.

Population.  The records build_dev.py rebuilds for coursera, edx, udemy and udacity, minus
(1) every id in ../shared/dev/dev.jsonl, ../shared/dev/labels_dev.csv and the `id` column of every
eval/*.csv file (eval/bloom_dev3_spans.csv included) except this draw's own
eval/bloom_dev4_spans.csv (only that column is read), and (2) every record whose description,
with whitespace runs folded to one space, equals another record's (the whole duplicated group is
left out).  A record is eligible when it yields at least one candidate.  glasgow and deakin are
not drawn: after the exclusions they keep no eligible record.  Pools: edx 279 records (664
candidate statements), udemy 139 (325), udacity 9 (9), coursera 2240 (6908).

Candidates (English outcome statements, verbatim substrings of the folded description):
  glasgow / deakin  the items of the "Intended learning outcomes" field: numbered items
                    ("1.Describe ...;2.Use ...") or lines; the lead-in "... will be able to:" is
                    dropped.  (Kept for completeness; not drawn here.)
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

Draw.  Quotas: coursera 160, edx 90, udemy 25, udacity 25 (300).  For each source a fresh
random.Random(8484) shuffles the eligible ids sorted by number; records are taken in that order
and, with the same generator, at most two of a record's candidates are chosen at random
(rng.sample of the candidate indices, kept in text order).  A drawn statement that is not a
learner outcome (exam marketing, course features, the course's own actions, no act, an affective
state with no cognitive act, non-English, a noun-phrase topic that states no outcome, a broken
fragment, a job-role description) is rejected by the reader (REJECT below: id + sha1 of the
statement + reason) and the draw simply continues with the next statements/records until the
quota is met.

Shortfall.  Any source's shortfall is added to the coursera quota (coursera "What you will learn"
items are the closest in form to intended learning outcomes), so the set still has 300
statements.  Sources are drawn in the order edx, udemy, udacity, coursera.  Result: edx 90
statements (57 records), udemy 2 (2; its pool is used up, nearly all of it AWS exam marketing
and practice-test features), udacity 8 (8; its pool is used up), coursera 200 (110; quota 160 +
23 + 17); 287 drawn statements rejected (udemy 216, coursera 36, edx 34, udacity 1).

Python 3 standard library only; the corpora are read at run time from ../shared/data
(build_dev.DATA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_bloom_dev3 as base  # noqa: E402

SEED = 8484
QUOTA = {"coursera": 160, "edx": 90, "udemy": 25, "udacity": 25}
ORDER = ["edx", "udemy", "udacity", "coursera"]
PER_RECORD = 2
OWN = "bloom_dev4_spans.csv"  # this draw's own result, not an exclusion

# (id, sha1 of the statement) -> reason; filled in while reading the draw.
REJECT = {
    ("udemy:283", "15bbd0afb64d"): "topic",
    ("udemy:13", "e30ba2eb67ef"): "exam marketing",
    ("udemy:79", "572a4e1767ef"): "exam marketing",
    ("udemy:79", "5f01e35e27b0"): "exam marketing",
    ("udemy:92", "04668efd5046"): "exam marketing",
    ("udemy:15", "f8fc879fe5b5"): "exam marketing",
    ("udemy:261", "94469656e276"): "exam marketing",
    ("udemy:55", "f0a370ebc4b6"): "exam marketing",
    ("udemy:55", "ee3419fb8ffb"): "exam marketing",
    ("udemy:257", "eefd1cc2ef2c"): "exam marketing",
    ("udemy:54", "8d98a852c4c6"): "exam marketing",
    ("udemy:54", "4169ab14b0c0"): "exam marketing",
    ("udemy:295", "cd5d97cdb559"): "exam question text",
    ("udemy:295", "2c1ed9d42296"): "exam question text",
    ("udemy:46", "f4adaffb23aa"): "exam marketing",
    ("udemy:188", "15ebc6e48c8a"): "broken item",
    ("udemy:126", "363e28134996"): "exam marketing",
    ("udemy:97", "7687d60b3551"): "exam marketing",
    ("udemy:178", "024707bbe7ec"): "topic",
    ("udemy:178", "433adc842f5f"): "course feature",
    ("udemy:38", "8b8fb878a01f"): "exam marketing",
    ("udemy:252", "1ade99372b6a"): "exam marketing",
    ("udemy:312", "0e6b39d5bdbf"): "course feature",
    ("udemy:312", "63132ec526de"): "exam marketing",
    ("udemy:207", "9d3b224945f9"): "exam marketing",
    ("udemy:246", "4edbd1db1c9d"): "exam marketing",
    ("udemy:246", "55ec1031cf1e"): "exam marketing",
    ("udemy:320", "d536abc5fdd1"): "marketing",
    ("udemy:215", "15e0592b4fda"): "exam marketing",
    ("udemy:215", "d04fcffa62e9"): "course feature",
    ("udemy:271", "0e6b39d5bdbf"): "course feature",
    ("udemy:271", "63132ec526de"): "exam marketing",
    ("udemy:18", "83ad054e3b32"): "exam marketing",
    ("udemy:66", "7e32243ef25c"): "exam marketing",
    ("udemy:334", "e3fe27d3a0bf"): "broken item",
    ("udemy:334", "faf20b33ea2a"): "marketing",
    ("udemy:293", "24a67af92ebe"): "course feature",
    ("udemy:293", "db1deec840dd"): "course feature",
    ("udemy:131", "63132ec526de"): "exam marketing",
    ("udemy:77", "da02741a63e0"): "course feature",
    ("udemy:209", "c388efe74c8f"): "exam marketing",
    ("udemy:209", "576ac6bbde4a"): "exam marketing",
    ("udemy:1", "d40cfc1f33b6"): "exam marketing",
    ("udemy:1", "fa82518e705f"): "job role description",
    ("udemy:7", "0519836cf322"): "broken item",
    ("udemy:7", "c5236bc77e75"): "course feature",
    ("udemy:128", "8e7625164047"): "course feature",
    ("udemy:34", "bf0ae884b9d5"): "exam marketing",
    ("udemy:264", "a3e0e804bcad"): "course feature",
    ("udemy:264", "a73c6147941f"): "course feature",
    ("udemy:101", "2d919cba0f68"): "exam marketing",
    ("udemy:101", "de40e9873803"): "exam marketing",
    ("udemy:330", "03735851bc7c"): "marketing",
    ("udemy:304", "25333c08f2bb"): "course feature",
    ("udemy:304", "daf969fd83f3"): "marketing",
    ("udemy:166", "94d80dedddeb"): "exam marketing",
    ("udemy:329", "2ababaf71938"): "exam marketing",
    ("udemy:329", "8c724561e31f"): "exam marketing",
    ("udemy:336", "6804f5b8a5bb"): "exam marketing",
    ("udemy:336", "e52cfcf10716"): "course feature",
    ("udemy:251", "d44359a4a145"): "exam marketing",
    ("udemy:251", "5a44ed5185bb"): "course feature",
    ("udemy:129", "b5a9a627baad"): "exam marketing",
    ("udemy:300", "7857c782a131"): "exam marketing",
    ("udemy:300", "df9f06c7fad2"): "exam marketing",
    ("udemy:27", "f0a5856fc392"): "broken item",
    ("udemy:27", "81e013bd8dd9"): "broken item",
    ("udemy:181", "c6bd36456df4"): "course feature",
    ("udemy:176", "f50760edbbac"): "exam marketing",
    ("udemy:176", "faae3265b59a"): "exam marketing",
    ("udemy:103", "82788603d112"): "exam marketing",
    ("udemy:233", "eb62e9ec8d9f"): "exam marketing",
    ("udemy:102", "0e6b39d5bdbf"): "course feature",
    ("udemy:102", "63132ec526de"): "exam marketing",
    ("udemy:268", "04dfadf3eed4"): "exam marketing",
    ("udemy:52", "c7c591280f45"): "exam marketing",
    ("udemy:52", "4afca5379b42"): "exam marketing",
    ("udemy:110", "d183b584bb39"): "course feature",
    ("udemy:110", "b782b1a34f95"): "exam marketing",
    ("udemy:98", "d40cfc1f33b6"): "exam marketing",
    ("udemy:265", "2576921d9dc6"): "course feature",
    ("udemy:265", "2df8b12b5dcb"): "course feature",
    ("udemy:2", "9adbfec474e0"): "exam marketing",
    ("udemy:2", "da4a4e845227"): "exam marketing",
    ("udemy:64", "4aabc2187562"): "exam marketing",
    ("udemy:64", "b8133023e025"): "exam marketing",
    ("udemy:172", "e44e0975c808"): "course feature",
    ("udemy:172", "401bcf1d8ab3"): "exam marketing",
    ("udemy:48", "e372e95eb873"): "exam marketing",
    ("udemy:177", "eb669fac81f2"): "exam marketing",
    ("udemy:177", "5ad06c48bcab"): "exam marketing",
    ("udemy:25", "63132ec526de"): "exam marketing",
    ("udemy:275", "8fb0a6c93aff"): "exam marketing",
    ("udemy:182", "b5a9a627baad"): "exam marketing",
    ("udemy:258", "a27597be5ae7"): "course feature",
    ("udemy:258", "1e32d448f86d"): "course feature",
    ("udemy:307", "285dedb9201f"): "exam marketing",
    ("udemy:307", "f966bae8046e"): "exam marketing",
    ("udemy:338", "ea09bd712015"): "exam marketing",
    ("udemy:338", "6de760225ecc"): "exam marketing",
    ("udemy:124", "7d1c8044ac0b"): "course feature",
    ("udemy:50", "f4adaffb23aa"): "exam marketing",
    ("udemy:82", "3315df3b157d"): "exam marketing",
    ("udemy:82", "ce7d4d8786c1"): "exam marketing",
    ("udemy:267", "c9629748c51b"): "exam marketing",
    ("udemy:267", "5e9893b94510"): "course feature",
    ("udemy:41", "b5a9a627baad"): "exam marketing",
    ("udemy:41", "a4ce6c7ab313"): "course feature",
    ("udemy:247", "e86257437a57"): "course feature",
    ("udemy:78", "80d30d05feab"): "exam marketing",
    ("udemy:63", "3315df3b157d"): "exam marketing",
    ("udemy:63", "ce7d4d8786c1"): "exam marketing",
    ("udemy:237", "4a19a114a425"): "course feature",
    ("udemy:237", "74fcd5edd5a5"): "course feature",
    ("udemy:335", "a96deac3eb4e"): "exam marketing",
    ("udemy:335", "ccd20b2cac72"): "exam marketing",
    ("udemy:199", "f71e83c6a0d6"): "course feature",
    ("udemy:199", "c277cad42066"): "broken item",
    ("udemy:277", "ca27d30a8793"): "exam marketing",
    ("udemy:71", "8d89e02a49a7"): "course feature",
    ("udemy:71", "ff77e1c04b81"): "course feature",
    ("udemy:322", "0e6b39d5bdbf"): "course feature",
    ("udemy:322", "63132ec526de"): "exam marketing",
    ("udemy:135", "d691f1b551d6"): "marketing",
    ("udemy:135", "1788f410d263"): "exam marketing",
    ("udemy:117", "0e6b39d5bdbf"): "course feature",
    ("udemy:117", "63132ec526de"): "exam marketing",
    ("udemy:198", "416e398cc339"): "exam marketing",
    ("udemy:198", "79fb7b1de782"): "course feature",
    ("udemy:306", "ccd20b2cac72"): "exam marketing",
    ("udemy:306", "90b5aea0bf95"): "exam marketing",
    ("udemy:174", "9a0bfbae529b"): "broken item",
    ("udemy:196", "8e2ff256f8bf"): "exam marketing",
    ("udemy:196", "d536abc5fdd1"): "marketing",
    ("udemy:53", "b5a9a627baad"): "exam marketing",
    ("udemy:211", "d99569f1e176"): "course feature",
    ("udemy:211", "bcafef7f0ecf"): "marketing",
    ("udemy:104", "4afca5379b42"): "exam marketing",
    ("udemy:40", "aa047465b7ab"): "exam marketing",
    ("udemy:31", "0e5c23251ce7"): "course feature",
    ("udemy:31", "81f0c640eac8"): "exam marketing",
    ("udemy:39", "83ad054e3b32"): "exam marketing",
    ("udemy:83", "27407c1f97de"): "exam marketing",
    ("udemy:321", "0e6b39d5bdbf"): "course feature",
    ("udemy:321", "63132ec526de"): "exam marketing",
    ("udemy:125", "a20a88cb0bcf"): "marketing",
    ("udemy:19", "baebea5520b3"): "exam marketing",
    ("udemy:19", "56a7741f9f27"): "exam marketing",
    ("udemy:139", "81f0c640eac8"): "exam marketing",
    ("udemy:139", "0299b2f66a52"): "course feature",
    ("udemy:228", "439c71e27e28"): "exam marketing",
    ("udemy:179", "1e9173ce2999"): "course feature",
    ("udemy:179", "b0b6c47d32b8"): "course feature",
    ("udemy:185", "89b5e6ae6803"): "exam marketing",
    ("udemy:185", "b08bb6630666"): "exam marketing",
    ("udemy:186", "f61a89aefe19"): "course feature",
    ("udemy:216", "91332ddf1c0d"): "course feature",
    ("udemy:216", "257ada0014fc"): "exam marketing",
    ("udemy:274", "ff89ca9e8d8f"): "exam marketing",
    ("udemy:327", "6bd14adc533e"): "exam question text",
    ("udemy:327", "edd3ba4a0156"): "exam question text",
    ("udemy:316", "2544be725451"): "marketing",
    ("udemy:316", "6def23d068fd"): "marketing",
    ("udemy:234", "aaea4ff77153"): "exam marketing",
    ("udemy:331", "f99854e49439"): "course feature",
    ("udemy:331", "40dc3833c80a"): "exam marketing",
    ("udemy:123", "27407c1f97de"): "exam marketing",
    ("udemy:195", "0e6b39d5bdbf"): "course feature",
    ("udemy:195", "63132ec526de"): "exam marketing",
    ("udemy:290", "e6965e7139b9"): "exam marketing",
    ("udemy:26", "b52ebf85574b"): "exam marketing",
    ("udemy:278", "bcdef4f626ae"): "exam marketing",
    ("udemy:10", "c388efe74c8f"): "exam marketing",
    ("udemy:10", "576ac6bbde4a"): "exam marketing",
    ("udemy:303", "eb62e9ec8d9f"): "exam marketing",
    ("udemy:303", "ccd20b2cac72"): "exam marketing",
    ("udemy:337", "27add440f821"): "exam marketing",
    ("udemy:202", "f334fedc9d63"): "exam marketing",
    ("udemy:260", "e63840cf3e56"): "course feature",
    ("udemy:260", "cba671cbb7ac"): "course feature",
    ("udemy:164", "69fdfc8490c4"): "exam marketing",
    ("udemy:224", "1b7dfc7b9055"): "course feature",
    ("udemy:224", "4016ffa77b5f"): "exam marketing",
    ("udemy:253", "45e4ca4eed1a"): "exam marketing",
    ("udemy:280", "0e6b39d5bdbf"): "course feature",
    ("udemy:280", "63132ec526de"): "exam marketing",
    ("udemy:111", "b8133023e025"): "exam marketing",
    ("udemy:111", "ffdfb56cb3a5"): "course feature",
    ("udemy:218", "87ce18c8ad21"): "exam marketing",
    ("udemy:218", "de913218bfef"): "marketing",
    ("udemy:311", "eb62e9ec8d9f"): "exam marketing",
    ("udemy:311", "ccd20b2cac72"): "exam marketing",
    ("udemy:189", "c7c591280f45"): "exam marketing",
    ("udemy:189", "4afca5379b42"): "exam marketing",
    ("udemy:326", "60af434b41ae"): "course feature",
    ("udemy:326", "410d902e74b8"): "marketing",
    ("udemy:262", "a41301207a9e"): "course feature",
    ("udemy:310", "449146073254"): "broken item",
    ("udemy:328", "ad786520d4ec"): "exam marketing",
    ("udemy:161", "ca46138cab26"): "marketing",
    ("udemy:161", "a8249a7330ab"): "exam marketing",
    ("udemy:248", "1a51d25bee36"): "exam marketing",
    ("udemy:248", "92b6807941a2"): "marketing",
    ("udemy:299", "ff89ca9e8d8f"): "exam marketing",
    ("udemy:323", "0e6b39d5bdbf"): "course feature",
    ("udemy:323", "63132ec526de"): "exam marketing",
    ("udemy:59", "1348fa2d2da5"): "course feature",
    ("udemy:59", "e7662af17f53"): "course feature",
    ("udemy:250", "c5c79f2ef9ef"): "exam marketing",
    ("udemy:44", "74f175aa309a"): "course feature",
    ("udemy:44", "ea09bd712015"): "exam marketing",
    ("udemy:114", "ce7d4d8786c1"): "exam marketing",
    ("udemy:114", "b8721ff4f0ee"): "exam marketing",
    ("udemy:219", "c976eb3cbb86"): "course feature",
    ("udemy:219", "7e32243ef25c"): "exam marketing",
    ("udemy:91", "46db7493e60e"): "exam marketing",
    ("edx:592", "f349f1ee6952"): "course feature",
    ("edx:277", "28419e119f1d"): "course feature",
    ("edx:277", "9a722fc58cc5"): "logistics",
    ("edx:296", "36b579036041"): "marketing",
    ("edx:507", "933611dabfc4"): "course feature",
    ("edx:507", "ea6e0415158f"): "course feature",
    ("edx:51", "09dbba0a544b"): "marketing",
    ("edx:241", "2b341d669712"): "course feature",
    ("edx:310", "f27d6c7fbf7a"): "course feature",
    ("edx:242", "acb2c536b0e4"): "course feature",
    ("edx:242", "a75a9cac7f7e"): "marketing",
    ("edx:263", "ba82e7c50c8e"): "course feature",
    ("edx:263", "eae66720848c"): "course feature",
    ("edx:190", "0b44779f1baf"): "marketing",
    ("edx:91", "38f3407592fd"): "course feature",
    ("edx:266", "9598cc335b7e"): "marketing",
    ("edx:109", "db19f8d14414"): "broken item",
    ("edx:427", "8e5f6b03a441"): "marketing",
    ("edx:165", "97afaf7315cf"): "course feature",
    ("edx:127", "502c5dcfd75a"): "marketing",
    ("edx:347", "9df47b46b8ad"): "course feature",
    ("edx:699", "7b53aa779094"): "marketing",
    ("edx:638", "d3409eff9512"): "job role description",
    ("edx:510", "2db4ac996967"): "course feature",
    ("edx:510", "e2ac64d8b920"): "course feature",
    ("coursera:2005", "fd600335e082"): "topic",
    ("coursera:2272", "ca3d9704d6ee"): "topic",
    ("coursera:2272", "81b873850484"): "topic",
    ("coursera:1740", "f6c956b305a2"): "topic",
    ("coursera:4817", "cd5f92ef7222"): "affective, no cognitive act",
    ("coursera:4633", "c2c70bd4c503"): "topic",
    ("coursera:4633", "a7c5ee458f27"): "topic",
    ("coursera:1960", "7e6e2d75d37b"): "topic",
    ("coursera:3855", "6e303b4b50d3"): "topic",
    ("coursera:2228", "c297fbbe74e8"): "topic",
    ("coursera:3807", "278f54148f53"): "topic",
    ("coursera:3807", "45bc413273ec"): "topic",
    ("coursera:5393", "8d8c08113d33"): "topic",
    ("coursera:5393", "5633003fd8de"): "topic",
    ("coursera:3733", "862273117b91"): "topic",
    ("coursera:875", "8c65e3dccb76"): "topic",
    ("coursera:875", "064768dbba91"): "topic",
    ("coursera:2958", "f0a6b11a7745"): "topic",
    ("coursera:2958", "461d11fdfbdc"): "topic",
    ("coursera:1555", "5eb7da297c59"): "topic",
    ("coursera:1763", "20f23d9cabdd"): "topic",
    ("coursera:1763", "f9d9d050b2c9"): "topic",
    ("coursera:4563", "2b64ea62b3e6"): "affective, no cognitive act",
    ("coursera:3068", "129a234a95ee"): "topic",
    ("coursera:3068", "c9f1402a6a2a"): "broken item",
    ("coursera:4486", "25307e9fe4a9"): "topic",
    ("coursera:1902", "711ffb1a8338"): "exam marketing",
    ("udacity:193", "17afabb9f59d"): "broken item",
    ("edx:473", "d5d09ee692e3"): "broken item",
    ("edx:473", "29588e51d119"): "course feature",
    ("edx:688", "11986325524d"): "assignment description",
    ("edx:588", "b6af65704c95"): "marketing",
    ("edx:588", "1959bd020f9c"): "marketing",
    ("edx:342", "36cb5a8a6e35"): "course feature",
    ("coursera:3691", "444b57d57015"): "broken item",
    ("coursera:4182", "afb54a24320f"): "course action",
    ("coursera:3527", "66a047432f09"): "course action",
    ("coursera:3527", "49b8283fe82e"): "course action",
    ("coursera:3122", "3187d5ec4779"): "course action",
    ("edx:168", "34f7eb4e550d"): "broken item",
    ("edx:647", "c693f385663f"): "course feature",
    ("edx:647", "9a6a5a96056a"): "course feature",
    ("coursera:519", "77cfe483cd13"): "affective, no cognitive act",
    ("coursera:3392", "4e7200c63737"): "affective, no cognitive act",
    ("coursera:3392", "02c2d657ee35"): "affective, no cognitive act",
    ("coursera:3122", "b023e691181b"): "course action",
}


# The candidates, the exclusions and the draw are draw_bloom_dev3.py's, with this draw's seed,
# quotas, order, own file and rejections.
base.SEED = SEED
base.QUOTA = QUOTA
base.ORDER = ORDER
base.PER_RECORD = PER_RECORD
base.OWN = OWN
base.LATER = ()
base.REJECT = REJECT
main = base.main

if __name__ == "__main__":
    sys.exit(main())
