#!/usr/bin/env python3
"""Draw the English outcome statements labelled (blind to mcaudit) in eval/bloom_dev14_spans.csv.

  python3 eval/draw_bloom_dev14.py                 # prints the drawn statements, source by source
  python3 eval/draw_bloom_dev14.py --out FILE.csv  # also writes id,source,statement (verbatim;
                                                   # keep it outside the repository)
  python3 eval/draw_bloom_dev14.py --pool          # pool sizes only

The candidates and the draw procedure are eval/draw_bloom_dev3.py's (its docstring describes them;
this script imports them), with a new seed, new quotas, its own REJECT table and a new population.

Population.  As dev 13's (statements, not records; dev 10's docstring explains why): the ids of
../shared/dev/dev.jsonl and of the sets kept for measuring only are excluded (MEASURE_ONLY; no
class label file is read, so the blind class samples drawn since change nothing), and any
candidate whose key equals a statement of a Bloom-labelled set (LABELLED below, dev 13 included).
Drawn after dev 13, once session 21's rules were in, on statements no Bloom set had labelled.

Draw.  Quotas: edx 40, coursera 160 (200); glasgow, deakin, udacity and udemy are listed with
quota 0 only so that --pool shows what is left of them (udemy's pool gave dev 13 8 statements out
of 161 records, nearly all the rest AWS exam marketing).  Drawn in the order of ORDER; a fresh
random.Random(1414) per source; at most two of a record's candidates; rejections as in dev 9 to
dev 13 (REJECT below); any shortfall goes to coursera (none here).

Result.  Pools: glasgow 4 records (5 candidate statements), deakin 0, udacity 1 (1), edx 189 (328),
udemy 161 (589), coursera 2147 (5207); with quota 0 nothing is drawn from glasgow, deakin, udacity
or udemy.  edx meets its quota after 156 of its 189 records and coursera after 114 of 2147.
Statements (records giving them): edx 40 (32), coursera 160 (93); 200 in all.  No drawn statement
skipped as a repeat.  201 drawn statements rejected (edx 166, coursera 35); 168 of them are
(id, sha1) pairs an earlier dev draw had rejected (151 of them in dev 9 to 13), all with the
reason of the latest draw that rejected them; of the 33 new ones, edx:288's "need to earn a
verified certificate in each of the three courses as well as pass a capstone exam" is "logistics"
as edx:197's identical statement is.  By reason: course feature 73 (edx), broken item 37 (edx 19,
coursera 18; coursera's mostly two or more items run together), marketing 22 (edx), topic 21
(coursera 17, edx 4), no act 18 (edx), logistics 9 (edx), course action 9 (edx), prerequisite 5
(edx), affective, no cognitive act 4 (edx), job role description 2 (edx), assignment description
1 (edx); none non-English.

Python 3 standard library only; the corpora are read at run time from ../shared/data
(build_dev.DATA).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import draw_bloom_dev3 as base  # noqa: E402

SEED = 1414
QUOTA = {"glasgow": 0, "deakin": 0, "udacity": 0, "edx": 40, "udemy": 0, "coursera": 160}
ORDER = ["glasgow", "deakin", "udacity", "edx", "udemy", "coursera"]
PER_RECORD = 2
OWN = "bloom_dev14_spans.csv"  # this draw's own result, not an exclusion
# Sets kept for measuring: their records give nothing.
MEASURE_ONLY = ("bloom_test_spans.csv", "bloom_test_annotator2_spans.csv",
                "bloom_heldout_spans.csv")
# The Bloom-labelled sets as of this draw (a fixed list, so that later files change nothing):
# no candidate may equal one of their statements.
LABELLED = ("bloom_dev3_spans.csv", "bloom_dev4_spans.csv", "bloom_dev5_spans.csv",
            "bloom_dev6_spans.csv", "bloom_dev7_spans.csv", "bloom_dev8_spans.csv",
            "bloom_dev9_spans.csv", "bloom_dev10_spans.csv", "bloom_dev11_spans.csv",
            "bloom_dev12_spans.csv", "bloom_dev13_spans.csv",
            "bloom_heldout_spans.csv", "bloom_mooc_spans.csv", "bloom_mooc2_spans.csv",
            "bloom_own_spans.csv", "bloom_test_spans.csv", "bloom_test_annotator2_spans.csv",
            "bloom_dev_en_annotator.csv", os.path.join(base.DEV, "bloom_dev.csv"))

# (id, sha1 of the statement) -> reason; filled in while reading the draw.
REJECT = {
    ("edx:296", "36b579036041"): "no act",
    ("edx:158", "a6464d6e3ae1"): "logistics",
    ("edx:90", "af0a799cea11"): "marketing",
    ("edx:335", "ccda1c1db495"): "course feature",
    ("edx:381", "3010421cfca5"): "course feature",
    ("edx:364", "d1393247362d"): "course feature",
    ("edx:364", "ccb12f1abd27"): "affective, no cognitive act",
    ("edx:443", "4153c23bdb16"): "course feature",
    ("edx:369", "db5f7722a98f"): "broken item",
    ("edx:286", "64c09c851ddf"): "course feature",
    ("edx:466", "2e5582e2dcba"): "course feature",
    ("edx:114", "74dfac726ec1"): "marketing",
    ("edx:523", "f77c1047b318"): "broken item",
    ("edx:254", "49658117c139"): "course feature",
    ("edx:427", "8e5f6b03a441"): "affective, no cognitive act",
    ("edx:571", "d03eab51b8e1"): "logistics",
    ("edx:657", "f896eec1d8af"): "prerequisite",
    ("edx:341", "d48c5bc66a31"): "course feature",
    ("edx:638", "d3409eff9512"): "job role description",
    ("edx:165", "97afaf7315cf"): "course feature",
    ("edx:91", "38f3407592fd"): "course feature",
    ("edx:570", "bc77f9413376"): "course feature",
    ("edx:398", "969dc80a04ce"): "broken item",
    ("edx:586", "7e643df180ac"): "assignment description",
    ("edx:193", "125a88c82e66"): "broken item",
    ("edx:234", "73047301492b"): "prerequisite",
    ("coursera:438", "f18bff8197dc"): "broken item",
    ("coursera:4383", "e36d1062bd39"): "topic",
    ("coursera:2123", "5504b4e24bf3"): "broken item",
    ("coursera:2123", "045d6f84ad9e"): "topic",
    ("coursera:2715", "e090e541ff0e"): "broken item",
    ("coursera:3077", "84b060294281"): "topic",
    ("coursera:1410", "caa254d510b4"): "topic",
    ("coursera:3474", "09d798b6b90b"): "broken item",
    ("coursera:116", "d047f8c5feb2"): "topic",
    ("coursera:116", "21e438f8165f"): "topic",
    ("coursera:5013", "ee5b4d9fe887"): "topic",
    ("edx:381", "a6464d6e3ae1"): "logistics",
    ("edx:282", "0db04081057f"): "course feature",
    ("edx:240", "552e1e2419c7"): "marketing",
    ("edx:326", "c8d441d063f7"): "course feature",
    ("edx:374", "1e7be665abcf"): "topic",
    ("edx:374", "85ccfee7f3e8"): "topic",
    ("edx:418", "81fbc8141b91"): "course action",
    ("edx:278", "8870f6e3dbc2"): "no act",
    ("edx:278", "19ba4d848f46"): "course feature",
    ("edx:464", "a770fa72b29e"): "course feature",
    ("edx:464", "1118824a6b93"): "marketing",
    ("edx:242", "acb2c536b0e4"): "course feature",
    ("edx:242", "a75a9cac7f7e"): "marketing",
    ("edx:201", "480bea2120a2"): "course feature",
    ("edx:696", "2d2737d820bb"): "marketing",
    ("edx:15", "deca218341f3"): "course feature",
    ("edx:15", "76e0fbd374ad"): "no act",
    ("edx:196", "8bcdd76a7f68"): "no act",
    ("edx:196", "7d5cb982f99b"): "course feature",
    ("edx:33", "8cb47298e15d"): "course feature",
    ("edx:313", "59d2ea9a2370"): "marketing",
    ("coursera:5013", "18444a0009a2"): "broken item",
    ("coursera:2622", "04606516386c"): "broken item",
    ("edx:528", "a6464d6e3ae1"): "logistics",
    ("edx:313", "a770fa72b29e"): "course feature",
    ("edx:337", "4db4be8da2c4"): "no act",
    ("edx:588", "b6af65704c95"): "marketing",
    ("edx:263", "ba82e7c50c8e"): "course feature",
    ("edx:263", "eae66720848c"): "course feature",
    ("edx:470", "c19e24caa82b"): "no act",
    ("edx:219", "d0a47dd7d0e4"): "course feature",
    ("edx:677", "efb6ba64542d"): "course feature",
    ("edx:48", "665d62571fd9"): "course feature",
    ("edx:347", "579d23643d81"): "course feature",
    ("edx:347", "9df47b46b8ad"): "course feature",
    ("edx:161", "54217f17bc28"): "course feature",
    ("edx:354", "25aa8ee09598"): "marketing",
    ("edx:84", "f79de69858f6"): "course feature",
    ("edx:592", "f349f1ee6952"): "course feature",
    ("edx:574", "252df33b2546"): "course feature",
    ("edx:249", "0db04081057f"): "course feature",
    ("edx:358", "7862f2776982"): "affective, no cognitive act",
    ("edx:551", "a28cfcfbb673"): "course feature",
    ("edx:517", "28c960bc80d0"): "no act",
    ("edx:222", "721ae47ca72e"): "course feature",
    ("edx:251", "e778a414ad04"): "no act",
    ("edx:152", "49aa67941cee"): "marketing",
    ("edx:448", "949635fb3302"): "marketing",
    ("edx:448", "2f7d68b437ba"): "logistics",
    ("edx:295", "8a0e9ad6eff4"): "marketing",
    ("edx:529", "affadb71444d"): "topic",
    ("edx:290", "2a0d5ef54322"): "no act",
    ("edx:36", "b5fdfdebeebe"): "course feature",
    ("edx:406", "c124e0974b14"): "no act",
    ("edx:342", "36cb5a8a6e35"): "course feature",
    ("edx:264", "c4a00b395721"): "course action",
    ("edx:94", "a0af667e1e70"): "prerequisite",
    ("edx:509", "d936c309b786"): "marketing",
    ("edx:324", "1752459636e3"): "prerequisite",
    ("edx:265", "d0b3a7b85b75"): "course feature",
    ("edx:75", "cf1a97836c00"): "broken item",
    ("edx:473", "d5d09ee692e3"): "broken item",
    ("edx:473", "29588e51d119"): "course feature",
    ("edx:109", "db19f8d14414"): "broken item",
    ("edx:277", "28419e119f1d"): "course feature",
    ("edx:277", "9a722fc58cc5"): "logistics",
    ("edx:461", "39205430132b"): "broken item",
    ("edx:590", "26284d669f9d"): "no act",
    ("edx:123", "1fdcde95bf62"): "broken item",
    ("edx:88", "3005bb209c8e"): "course feature",
    ("edx:476", "f387ab40d64e"): "no act",
    ("edx:476", "c4fa01afc837"): "no act",
    ("edx:331", "efe557e11117"): "course feature",
    ("edx:266", "9598cc335b7e"): "marketing",
    ("edx:98", "ccda1c1db495"): "course feature",
    ("edx:308", "44799b87cebd"): "no act",
    ("edx:288", "268809b0a4f4"): "logistics",
    ("edx:16", "a7ea321cf4c0"): "course feature",
    ("edx:588", "98043d51412c"): "broken item",
    ("edx:432", "e27a5d43dc53"): "course feature",
    ("edx:432", "9e051299c938"): "course feature",
    ("edx:64", "bdb441a0c80f"): "marketing",
    ("edx:64", "836c6082d46e"): "broken item",
    ("edx:529", "324aaabf6c96"): "topic",
    ("edx:559", "3615962ca0d3"): "logistics",
    ("edx:549", "3efa0aa5c93e"): "course feature",
    ("coursera:1871", "11c1dc01d171"): "broken item",
    ("coursera:4527", "d07475281171"): "broken item",
    ("coursera:1441", "28e2512f3135"): "broken item",
    ("coursera:3019", "107016178df8"): "topic",
    ("coursera:3336", "1f69c9cbf1d5"): "topic",
    ("coursera:3340", "d9c5da628b2e"): "topic",
    ("coursera:4341", "030e53c55879"): "broken item",
    ("coursera:1765", "934168fb6b65"): "broken item",
    ("coursera:1855", "3c9a088d6988"): "topic",
    ("coursera:1855", "cbbab61dc363"): "topic",
    ("coursera:2248", "ab4de7f14c6e"): "topic",
    ("coursera:3077", "789ec68d0d9c"): "topic",
    ("coursera:1499", "cb864df20512"): "broken item",
    ("coursera:4004", "58f19c96a472"): "topic",
    ("coursera:984", "a2447f117ed1"): "broken item",
    ("coursera:2599", "54b55c75511c"): "broken item",
    ("coursera:2331", "ce3a1dba5340"): "broken item",
    ("coursera:1067", "56fccd80c532"): "broken item",
    ("coursera:148", "773d3abcbe5a"): "topic",
    ("edx:197", "268809b0a4f4"): "logistics",
    ("edx:481", "5e38e71d636d"): "course feature",
    ("edx:407", "397f75603b01"): "course feature",
    ("edx:510", "2db4ac996967"): "course feature",
    ("edx:510", "e2ac64d8b920"): "course feature",
    ("edx:709", "969dc80a04ce"): "broken item",
    ("edx:397", "b5e0741e0ff5"): "course feature",
    ("edx:168", "34f7eb4e550d"): "broken item",
    ("edx:444", "d6a9794c83b1"): "course feature",
    ("edx:539", "18913ed19ea6"): "course feature",
    ("edx:298", "fe25b7f65282"): "course feature",
    ("edx:134", "a12b74c605f7"): "course feature",
    ("edx:71", "5944d0d9402a"): "no act",
    ("edx:27", "0c9c83f3df02"): "course feature",
    ("edx:27", "e247a1341cc6"): "course feature",
    ("edx:232", "67a4d5dc36f4"): "course feature",
    ("edx:469", "18c412da4356"): "marketing",
    ("edx:287", "9a371b422436"): "broken item",
    ("edx:56", "c8127438b37b"): "course action",
    ("edx:609", "65e724023387"): "course action",
    ("edx:132", "75ababfe23e1"): "course feature",
    ("edx:530", "f9897de2c467"): "broken item",
    ("edx:688", "27666038e12c"): "no act",
    ("edx:688", "11986325524d"): "course feature",
    ("edx:67", "dc8172ce885b"): "course action",
    ("edx:541", "f3c1ca8cc487"): "marketing",
    ("edx:639", "4028694b7373"): "marketing",
    ("edx:176", "817196ce1c4c"): "prerequisite",
    ("edx:176", "e39a162f2946"): "marketing",
    ("edx:699", "7b53aa779094"): "marketing",
    ("edx:247", "57653921f3ee"): "course feature",
    ("edx:247", "600301ff0b9a"): "marketing",
    ("edx:507", "933611dabfc4"): "course feature",
    ("edx:507", "ea6e0415158f"): "course feature",
    ("edx:2", "ccda1c1db495"): "course feature",
    ("edx:575", "bd712a155a82"): "broken item",
    ("edx:575", "9cbc6580ae37"): "course feature",
    ("edx:142", "2205be84979d"): "course action",
    ("edx:51", "09dbba0a544b"): "marketing",
    ("edx:143", "8cab35b86fa3"): "course action",
    ("edx:143", "e893a7bf1554"): "no act",
    ("edx:545", "783bdf7e4857"): "course action",
    ("edx:647", "c693f385663f"): "course feature",
    ("edx:59", "ccda1c1db495"): "course feature",
    ("edx:664", "b812871a5c59"): "course action",
    ("edx:145", "f9cd724622d4"): "course feature",
    ("edx:145", "e75a5ade2e91"): "course feature",
    ("edx:172", "1fdcde95bf62"): "broken item",
    ("edx:17", "2fd17fe53ae9"): "affective, no cognitive act",
    ("edx:610", "fc8f26f75261"): "broken item",
    ("edx:349", "ccda1c1db495"): "course feature",
    ("edx:139", "2c6fd5437e1f"): "broken item",
    ("edx:495", "1b90404d4caa"): "course feature",
    ("edx:495", "89edd6db5ade"): "course feature",
    ("edx:698", "7abe379fa958"): "no act",
    ("edx:690", "dfcb2cf6db15"): "job role description",
    ("coursera:1463", "8fe11e9ef310"): "broken item",
    ("coursera:507", "39fd8add51fe"): "broken item",
    ("coursera:1428", "9362e534dc13"): "topic",
}

base.configure(SEED, QUOTA, ORDER, PER_RECORD, OWN, (), REJECT,
               exclude=MEASURE_ONLY, same_text=base.labelled_keys(LABELLED), dup_records=False)
main = base.main

if __name__ == "__main__":
    sys.exit(main())
