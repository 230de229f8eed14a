#!/usr/bin/env python3
"""Draw the non-English outcome statements labelled (blind to mcaudit) in eval/bloom_ml2_spans.csv.

  python3 eval/draw_bloom_ml2.py                 # prints the drawn statements, per language
  python3 eval/draw_bloom_ml2.py --out FILE.csv  # also writes id,source,lang,statement (verbatim;
                                                 # keep it outside the repository)
  python3 eval/draw_bloom_ml2.py --pool          # pool sizes only

Population.  As ml1's: the records build_dev.py rebuilds for unibs (it), fub (de), usp (pt),
thomasmore (nl) and coursera (es, fr), minus every id of ../shared/dev/dev.jsonl and every record
of our own multilingual set eval/bloom_own_spans.csv; no candidate may equal (by
draw_bloom_dev3.key(): whitespace-folded, lower-cased, trailing ";,.:" dropped) a statement of a
Bloom-labelled set (LABELLED: ml1's list plus dev 23, dev 24 and ml1 itself; read with
draw_bloom_dev3.labelled_keys), so none of ml1's, dev 23's or dev 24's statements comes back.  This
set was drawn in session 26 after ml1, dev 23 and dev 24, and labelled blind: mcaudit was neither
run nor its output read for these statements.

Draw.  As ml1's with seed 2602 (the candidate rules, below, are ml1's unchanged): quotas it 40,
de 40, pt 40, nl 30, es 30, fr 20, drawn in that order; per language a fresh random.Random(2602)
shuffles the eligible records (sorted by id); at most two of a record's candidates.  REJECT is
ml1's table (statements ml1 rejected are still candidates and keep ml1's reason when drawn again)
followed by this draw's additions; a statement whose key equals one rejected before shares its
reason, one equal to a statement drawn before is skipped.

Candidates (verbatim substrings of the whitespace-folded description, 3 to 60 words, at least two
of them starting lower-case, not ending in "?"):
  unibs       the "Obiettivi formativi" field; fub "Qualifikationsziele"; usp "Objetivos";
              thomasmore "Doelstellingen" (each up to the next field label); coursera the "What you
              will learn" field when its function words are mostly Spanish or French (lang_of; the
              field decides the record's language, a piece is only dropped when it reads English).
  The field is cut at sentence ends (also run into the next word: "professionale.CONOSCENZE";
  not after abbreviations), ";", ":" (a piece ending in ":" is a lead-in such as "Lo studente sarà
  in grado di:" and is dropped), "||" (thomasmore), bullets (also Symbol-font private-use bullets
  of pasted Word lists), dashes and "1." / "a)" items after a punctuation mark, an upper-case
  heading run into the text ("AUTONOMIA DI GIUDIZIOSaper"), Dublin-descriptor headings (Italian or
  English, "D1-", "a)" numbered; a heading alone is dropped) and, in unibs, an item word
  (Capacità di, Conoscere, Saper, Essere in grado ...) after a lower-case word.  coursera items run
  together are cut at a lower-case letter followed by a capitalised word, or at a capitalised word
  ending like an infinitive or imperative (-ar/-er/-ir/-re/-ez/-e/-a) after a lower-case word or
  a space.  usp pieces that open with a teacher-side verb or subject (Apresentar, Introduzir,
  Proporcionar, Capacitar, Fornecer, Ensinar, Desenvolver nos alunos, O curso, A disciplina ...:
  PT_TEACHER) are not candidates: they are most of its "Objetivos" and would only be rejected.

Result.  Pools: it 71 records (403 candidates), de 491 (1753), pt 128 (235), nl 7 (25), es 177
(538), fr 39 (117).  Drawn: it 40 (29 records), de 40 (25), pt 40 (30), nl 11 (6: its pool is used
up again, short of 30 by 19), es 30 (17), fr 20 (14); 181 in all.  223 drawn statements rejected
(pt 155, it 44, es 11, fr 10, nl 2, de 1): 125 by this draw's additions, 89 by ml1's entries, 9 as
twins of a statement rejected before or a repeat.  By reason: course aim 80, broken item 32, course
content 28, topic 27, no act 18, course action 16, teaching method 9, course structure 3, logistics
3, prerequisite 2, audience 1, assessment description 1, course feature 1, affective 1, same text
as a statement drawn before 1 (usp:LOQ4087's "Dominar o uso de tabelas ...", drawn from LOQ4076).
The 125 additions: course aim 42 (unibs "Il corso ha lo scopo di / consente agli studenti di",
"L'insegnamento fornisce / abitua lo studente", "Obiettivo del corso è"; usp "Viabilizar",
"Levá-los a", "Aprimorar", "a disciplina tem por objetivos (a) fornecer", "deseja-se apresentar",
usp:LOM3056's "Contextualizar ..., para permitir que os estudantes"), course content 20, broken
item 18 (pieces of items: usp "e (c) aplicar e estender ...", coursera:1220 "... aspectos
fundamentales de la", coursera:1590 "Software as a"), topic 12, no act 11 (usp:LOQ4236 "Desenvolver
competências técnicas ... e transversais", coursera:2428 "Obtenez les compétences nécessaires pour
réussir"), course action 9 (usp lists written from the teacher's side: LOM3107's and LOM3004's
"Descrever ...", LOT2023's "Demonstrar ... abordando"), teaching method 6, course structure 3,
audience 1, logistics 1, assessment description 1, affective 1 (coursera:1408 "Faire preuve
d'empathie avec les utilisateurs", as ml1's coursera:3578).

Labels (eval/bloom_ml2_spans.csv; R / U / Ap / An / E / C, statements):
  it 1 / 29 / 10 / 5 / 9 / 2 (40)      de 7 / 17 / 21 / 1 / 8 / 10 (40)
  pt 6 / 19 / 14 / 2 / 0 / 8 (40)      nl 2 / 3 / 5 / 1 / 0 / 2 (11)
  es 9 / 10 / 4 / 2 / 3 / 5 (30)       fr 4 / 7 / 7 / 1 / 2 / 2 (20)
  all 29 / 85 / 61 / 12 / 22 / 29 (181); 52 statements have two or more levels.
Labelled as ml1 (its docstring lists the conventions): one level per main verb, means and purpose
clauses not counted, vague knowledge verbs understand (of principles, foundations, a discipline,
methods) or remember (of facts, terms, tools, classes, requirements).  Notable decisions:
unibsA000028 "individuare, elaborare e interpretare i dati, al fine di formulare valutazioni e
giudizi" analyse + evaluate, as the reviewers' unibsA004832 and unibsA005638 (the judgement purpose
counted there); unibs702995 "determinare quale modello sia più appropriato ..., valutare la
soluzione con i metodi appresi, valutarla criticamente" apply + evaluate (the first "valutare" is
computing); unibsA004814 "redigere e ... leggere in modo critico il bilancio" create + analyse;
unibs750510 "esporre brevemente ragioni e dare spiegazioni su opinioni" (a CEFR B1 line) understand
only; fub:236 "Sie wissen, welche Ergebnisse ... abgeleitet werden können" remember, as the
reviewers' wissen rows (fub:167, fub:472); fub:363 "setzen grafische Bedienoberflächen innerhalb
von ... Prototypen ... um" create (a prototype built, not a procedure carried out); fub:92
"Forschungsansätze diskutieren" and coursera:491 "Discuter du rôle" understand, "Discuter des
avantages et inconvénients" (coursera:1590) evaluate, as glasgow:111 / fub:356; fub:379 "kennen
Methoden des Computersehens ... ein Computersystem ... programmieren" understand + create;
coursera:4403 "Integrar los procesos creativos artísticos a la práctica educativa" and usp:LOT2065
"demonstrar a capacidade de articulação das competências" create (integrating, as SPEC.md's create
row and ml1's usp:LOQ4238; LOT2065 also apply, for "Aplicar"); usp:LOM3261 "descrever
matematicamente e resolver numericamente problemas" create + apply (formalising, as the reviewers'
"formalizzare modelli"); usp nominal items ("Utilização de ...", "Entendimento da ...", "Realização
de experimentos ... e elaboração de relatórios") kept and labelled by their noun, as the reviewers'
usp:LOM3217 "Aplicação dos formalismos", while usp:LOM3046's "Seleção adequada das técnicas
experimentais" and "Verificação dos custos ..." are course content (items of a list of the course's
"Apresentação ..."), as ml1 rejected that record's other items; usp:LOT2005 "Desenvolver
habilidades no campo da bioquímica através da execução ... de atividades práticas" kept as apply,
whereas "Desenvolver competências ..." without a field is no act (ml1's usp:LOM3082); usp:LOQ4233
"Caracterizar as diversas áreas funcionais" kept (understand) though its neighbours are the
teacher's; unibsA004821 "di aver acquisito conoscenze ..." kept (understand) although its lead-in
was cut off.

First measure (the session's binary of commit ada2948; no rule was drawn from this set): macro-F1
0.700, exact match 0.608: de 0.607, es 0.743, fr 0.755, it 0.568, nl 0.711, pt 0.575; session
25's last binary 0.697.

Python 3 standard library only; the corpora are read at run time from ../shared/data
(build_dev.DATA); exits 0 with a message when they are absent.
"""
import argparse
import csv
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_dev  # noqa: E402
import draw_bloom_dev3 as base  # noqa: E402  (fold, key, sha, labelled_keys)

fold, key, sha = base.fold, base.key, base.sha

SEED = 2602
LANGS = ["it", "de", "pt", "nl", "es", "fr"]
QUOTA = {"it": 40, "de": 40, "pt": 40, "nl": 30, "es": 30, "fr": 20}
# language -> (source, label of the learning-outcome field)
FIELD = {"it": ("unibs", "Obiettivi formativi"), "de": ("fub", "Qualifikationsziele"),
         "pt": ("usp", "Objetivos"), "nl": ("thomasmore", "Doelstellingen"),
         "es": ("coursera", "What you will learn"), "fr": ("coursera", "What you will learn")}
# labels of the fields that follow the learning-outcome field (build_dev.py's order)
NEXT = {"unibs": ("Modalità di verifica dell'apprendimento", "Prerequisiti"),
        "fub": ("Inhalte", "Prüfungsform"),
        "usp": ("Programa resumido", "Método de avaliação"),
        "thomasmore": ("Leerinhoud",)}
PER_RECORD = 2
MIN_WORDS, MAX_WORDS = 3, 60
OWN = "bloom_ml2_spans.csv"  # this draw's own result, not an exclusion
DEV = os.path.dirname(build_dev.DEV)
# Our own multilingual set: its records give nothing.
OWN_SET = "bloom_own_spans.csv"
# The Bloom-labelled sets as of this draw (a fixed list, so that later files change nothing):
# no candidate may equal one of their statements (by key).
LABELLED = ("bloom_dev3_spans.csv", "bloom_dev4_spans.csv", "bloom_dev5_spans.csv",
            "bloom_dev6_spans.csv", "bloom_dev7_spans.csv", "bloom_dev8_spans.csv",
            "bloom_dev9_spans.csv", "bloom_dev10_spans.csv", "bloom_dev11_spans.csv",
            "bloom_dev12_spans.csv", "bloom_dev13_spans.csv", "bloom_dev14_spans.csv",
            "bloom_dev15_spans.csv", "bloom_dev16_spans.csv", "bloom_dev17_spans.csv",
            "bloom_dev18_spans.csv", "bloom_dev19_spans.csv", "bloom_dev20_spans.csv",
            "bloom_dev21_spans.csv", "bloom_dev22_spans.csv",
            "bloom_dev23_spans.csv", "bloom_dev24_spans.csv", "bloom_ml1_spans.csv",
            "bloom_heldout_spans.csv", "bloom_mooc_spans.csv", "bloom_mooc2_spans.csv",
            "bloom_own_spans.csv", "bloom_test_spans.csv", "bloom_test_annotator2_spans.csv",
            "bloom_dev_en_annotator.csv", os.path.join(DEV, "bloom_dev.csv"))

# (id, sha1 of the statement) -> reason; filled in while reading the draw.
REJECT = {
    ("unibs:unibs702995", "f55b8c9c6bf1"): "course action",  # it
    ("unibs:unibs702995", "ca11a199749a"): "course content",  # it
    ("unibs:unibs750541", "55a4ee25a179"): "course aim",  # it
    ("unibs:unibsA004841", "abda3d449f52"): "course aim",  # it
    ("unibs:unibsA004849", "90e31592c0de"): "topic",  # it
    ("unibs:unibsA004849", "6d529a7a0174"): "topic",  # it
    ("unibs:unibsA004848", "ba7a8972f746"): "teaching method",  # it
    ("unibs:unibsA004848", "44ebde05ff0f"): "teaching method",  # it
    ("unibs:unibsING0065", "17b7a405bf4b"): "course aim",  # it
    ("unibs:unibsING0065", "73018f288569"): "course structure",  # it
    ("unibs:unibsA004835", "2904ae4edae7"): "course action",  # it
    ("unibs:unibsA000298", "8eeebdd1ef9a"): "teaching method",  # it
    ("unibs:unibs702774", "36b46398ab86"): "course aim",  # it
    ("unibs:unibs703054", "c8f74e0c2ff4"): "course aim",  # it
    ("unibs:unibs703054", "cacec1156dc3"): "teaching method",  # it
    ("unibs:unibs703006", "f05fa117d9cd"): "course aim",  # it
    ("unibs:unibsA003913", "fb515efb286f"): "course aim",  # it
    ("unibs:unibsA003913", "c1a0d415a7b7"): "audience",  # it
    ("unibs:unibsA000227", "94b8ea2b6b7e"): "broken item",  # it
    ("unibs:unibsA003495", "d710f69344d9"): "course aim",  # it
    ("unibs:unibs750598", "0c356cf881d8"): "course aim",  # it
    ("unibs:unibs750598", "756bc61a4faf"): "course aim",  # it
    ("unibs:unibs702816", "261bbad76fba"): "course aim",  # it
    ("unibs:unibs702816", "17de423560e4"): "course action",  # it
    ("unibs:unibsA000689", "1709f3455149"): "course aim",  # it
    ("unibs:unibsA000689", "9320ff59dba3"): "topic",  # it
    ("unibs:unibsA000028", "a253e762deab"): "course action",  # it
    ("unibs:unibs750639", "bb972ab554d2"): "assessment description",  # it
    ("unibs:unibs750506", "bcad634c27e8"): "broken item",  # it
    ("unibs:unibsA004836", "d20e40fcd676"): "course aim",  # it
    ("unibs:unibsA004836", "707c145d0f77"): "course content",  # it
    ("unibs:unibs703571", "b20c939c0730"): "course aim",  # it
    ("unibs:unibsA004831", "b12ac9dd0148"): "no act",  # it
    ("unibs:unibsA004831", "02eefafd2909"): "course aim",  # it
    ("unibs:unibs703053", "bdcf13bf3787"): "course aim",  # it
    ("unibs:unibs703053", "6ea6bfceac97"): "logistics",  # it
    ("unibs:unibsA005214", "31308337bcb9"): "course aim",  # it
    ("unibs:unibsA003787", "41729108b342"): "course aim",  # it
    ("unibs:unibsING0159", "abaeaa4a0b97"): "course content",  # it
    ("unibs:unibsING0159", "d7cda5b43a90"): "course content",  # it
    ("unibs:unibs703038", "00a2df03cec4"): "course content",  # it
    ("unibs:unibs702762", "3f2926f6d4c5"): "course content",  # it
    ("unibs:unibs702762", "a26f269d3afd"): "course content",  # it
    ("unibs:unibsA005669", "721a9ed1e9b5"): "course aim",  # it
    ("unibs:unibsA003588", "2d54a0032a67"): "course content",  # it
    ("unibs:unibsA003588", "6bc85e64f488"): "course content",  # it
    ("unibs:unibs702776", "4c0b01ff8ce3"): "course structure",  # it
    ("unibs:unibs702776", "524a367118c2"): "course content",  # it
    ("unibs:unibs703051", "317781fd7feb"): "course aim",  # it
    ("unibs:unibs703051", "cf1c4a5a8dd1"): "broken item",  # it
    ("unibs:unibsA000027", "c2719970b9f8"): "course aim",  # it
    ("unibs:unibsA005668", "840fe38ace82"): "course aim",  # it
    ("fub:117", "5ea31230c420"): "broken item",  # de
    ("usp:LOB1008", "f00901ed3370"): "course aim",  # pt
    ("usp:LOQ4100", "bb387dda1177"): "broken item",  # pt
    ("usp:LOQ4100", "2c09284e9ec0"): "broken item",  # pt
    ("usp:LOM3049", "99ee7c1461b0"): "course aim",  # pt
    ("usp:LOM3049", "5bce9c841cd8"): "topic",  # pt
    ("usp:LOM3219", "29b1826a0db2"): "broken item",  # pt
    ("usp:LOM3219", "c50ce95b418a"): "broken item",  # pt
    ("usp:LOM3105", "ba6105d65b67"): "course content",  # pt
    ("usp:LOM3105", "808fc82e0650"): "course feature",  # pt
    ("usp:LOB1021", "3759038c5b51"): "course aim",  # pt
    ("usp:LOT2037", "0515c5944f60"): "course aim",  # pt
    ("usp:LOT2037", "31597463eae6"): "course aim",  # pt
    ("usp:LOQ4096", "3bcca60bc1cb"): "course aim",  # pt
    ("usp:LOB1012", "9f0da062bb53"): "course aim",  # pt
    ("usp:LOM3005", "4fc31bcf284e"): "topic",  # pt
    ("usp:LOT2063", "a37b5bc74740"): "course aim",  # pt
    ("usp:LOQ4065", "36a984d1657d"): "course aim",  # pt
    ("usp:LOQ4234", "cd922bd2823f"): "course aim",  # pt
    ("usp:LOQ4234", "b0a6d28ab7e6"): "no act",  # pt
    ("usp:LOQ4062", "dacf1443b7b3"): "course content",  # pt
    ("usp:LOQ4099", "40b46c0e8fc9"): "course aim",  # pt
    ("usp:LOT2007", "5d6790ba9ca0"): "prerequisite",  # pt
    ("usp:LOM3046", "5510741c3a4b"): "course content",  # pt
    ("usp:LOM3046", "d0954ba56502"): "course content",  # pt
    ("usp:LOB1031", "f21791764709"): "course aim",  # pt
    ("usp:LOB1031", "cba9baa360c5"): "topic",  # pt
    ("usp:LOM3082", "410167c92607"): "no act",  # pt
    ("usp:LOB1201", "89d33f2bcc46"): "topic",  # pt
    ("usp:LOM3092", "28b38b131a08"): "broken item",  # pt
    ("usp:LOM3092", "fd6ce88fbe0b"): "course aim",  # pt
    ("usp:LOM3013", "4a7a4f3e58a8"): "course content",  # pt
    ("usp:LOQ4084", "4aee6e1e8044"): "course content",  # pt
    ("usp:LOQ4093", "e0e4bd550c3c"): "topic",  # pt
    ("usp:LOQ4093", "238ee7cbf655"): "topic",  # pt
    ("usp:LOM3116", "558d42dbbc65"): "course action",  # pt
    ("usp:LOM3073", "a46020574650"): "course aim",  # pt
    ("usp:LOM3109", "49cbd99fffa2"): "course aim",  # pt
    ("usp:LOT2025", "96fb06a7c788"): "topic",  # pt
    ("usp:LOT2025", "2df069339249"): "topic",  # pt
    ("usp:LOM3204", "0cf98ae4944e"): "course aim",  # pt
    ("usp:LOM3265", "a28f0de2e2a6"): "course aim",  # pt
    ("usp:LOM3265", "80b32a19354d"): "broken item",  # pt
    ("usp:LOT2004", "71ae50d2efe9"): "prerequisite",  # pt
    ("usp:LOM3122", "8a3383b708d1"): "course action",  # pt
    ("usp:LOM3122", "729557e06a07"): "course action",  # pt
    ("usp:LOT2059", "10b8b23fc26f"): "topic",  # pt
    ("usp:LOT2059", "50c566960dc1"): "topic",  # pt
    ("usp:LOQ4238", "adf7bf08a869"): "no act",  # pt
    ("usp:LOM3027", "6110cc341020"): "course action",  # pt
    ("usp:LOM3110", "d2f695197c57"): "logistics",  # pt
    ("usp:LOM3110", "4c07e8d21a47"): "logistics",  # pt
    ("usp:LOT2060", "911b03982a29"): "course aim",  # pt
    ("usp:LOQ4037", "dca4e9eac703"): "course aim",  # pt
    ("usp:LOM3263", "53abe0338ca9"): "course aim",  # pt
    ("usp:LOM3263", "8373ad04a8f3"): "broken item",  # pt
    ("usp:LOB1223", "357504e0c8ac"): "assessment description",  # pt
    ("usp:LOB1205", "3689d72bb01d"): "broken item",  # pt
    ("usp:LOB1214", "584c85a7ffdb"): "course action",  # pt
    ("usp:LOB1042", "7b5ecfdbbd52"): "topic",  # pt
    ("usp:LOB1042", "92d55a2f1911"): "topic",  # pt
    ("usp:LOT2042", "94c361b4a850"): "course aim",  # pt
    ("usp:LOQ4237", "b7dccbb8674e"): "no act",  # pt
    ("usp:LOM3111", "61df41ef5838"): "broken item",  # pt
    ("usp:LOQ4010", "c9f1d83c2f77"): "course aim",  # pt
    ("usp:LOQ4010", "45522f6848e5"): "course aim",  # pt
    ("usp:LOT2062", "93a628a5aec4"): "course aim",  # pt
    ("usp:LOT2062", "5dd2a3aad4c2"): "course aim",  # pt
    ("usp:LOQ4264", "7cca70e0f3a7"): "course aim",  # pt
    ("usp:LOM3107", "ec9e704aaf71"): "course action",  # pt
    ("usp:LOM3107", "ea3d8bbd55ff"): "course aim",  # pt
    ("usp:LOM3264", "1ef820abfe3b"): "course aim",  # pt
    ("usp:LOT2002", "143485f5955a"): "course aim",  # pt
    ("thomasmore:Z13984", "e713792d32fc"): "no act",  # nl
    ("thomasmore:Z13983", "da422f3f7cb9"): "no act",  # nl
    ("coursera:2496", "78db7a3a3806"): "broken item",  # es
    ("coursera:2496", "2671b5767266"): "broken item",  # es
    ("coursera:3578", "e9ccbe140081"): "affective, no cognitive act",  # es
    ("coursera:2891", "58afec0c9642"): "topic",  # es
    ("coursera:2891", "2959dec97781"): "topic",  # es
    ("coursera:255", "22d6ae1191d7"): "broken item",  # es
    ("coursera:313", "56cb1164039d"): "broken item",  # es
    ("coursera:1219", "bcb713b65bb6"): "broken item",  # es
    ("coursera:4135", "27478ce4f4cc"): "no act",  # es
    ("coursera:3318", "989115af9896"): "broken item",  # fr
    ("coursera:2439", "906e0b37ddd2"): "broken item",  # fr
    ("coursera:5189", "52f84c631c3b"): "broken item",  # fr
    ("coursera:5189", "d1bb2a0b9e19"): "broken item",  # fr
    ("coursera:1966", "cc9c49622641"): "topic",  # fr
    ("coursera:1966", "489c9dcbc259"): "topic",  # fr
    ("coursera:2782", "a84282a0602e"): "broken item",  # fr
    ("coursera:2782", "00c9fe459a4b"): "broken item",  # fr
    ("coursera:5328", "ff713372d590"): "topic",  # fr
    ("coursera:5328", "24baa58b9e65"): "topic",  # fr
    ("coursera:4450", "ec3f2552b946"): "topic",  # fr
    ("coursera:4450", "5f842b13ccc4"): "topic",  # fr
    ("coursera:2049", "2066d1c631a2"): "broken item",  # fr
    # ml2's additions
    ("unibs:unibsA004848", "e4c042602855"): "teaching method",  # it
    ("unibs:unibsA004831", "1139be2b1013"): "course aim",  # it
    ("unibs:unibsA004831", "32e74b3fc976"): "course aim",  # it
    ("unibs:unibs703003", "afdc75dbabf4"): "course structure",  # it
    ("unibs:unibs750598", "b20c939c0730"): "course aim",  # it
    ("unibs:unibsA004814", "437fba4534c2"): "course aim",  # it
    ("unibs:unibs702776", "af28c580089b"): "course content",  # it
    ("unibs:unibs703016", "bea8a2053bf5"): "course aim",  # it
    ("unibs:unibsA004835", "9a468dc8bf8b"): "course aim",  # it
    ("unibs:unibs750542", "fc9ac3033d5f"): "course aim",  # it
    ("unibs:unibsA003588", "cedf19de62dc"): "audience",  # it
    ("unibs:unibsA003532", "f84c0d1c43d0"): "course content",  # it
    ("unibs:unibsA000027", "a2be600e624e"): "course aim",  # it
    ("unibs:unibsING0022", "d39a6833f5b0"): "course aim",  # it
    ("unibs:unibs703419", "684d85a24031"): "teaching method",  # it
    ("unibs:unibs703419", "d5c7e1164b70"): "logistics",  # it
    ("unibs:unibsA003491", "70f91f38be08"): "course aim",  # it
    ("unibs:unibsA003491", "22c4dfbdd889"): "course content",  # it
    ("unibs:unibsING0130", "53e6f3bb1b24"): "course aim",  # it
    ("fub:20", "509af530ab1d"): "topic",  # de
    ("usp:LOB1242", "61c7af89cbbf"): "topic",  # pt
    ("usp:LOQ4092", "cc477059c0aa"): "course aim",  # pt
    ("usp:LOQ4092", "b6e99fdb95c7"): "course content",  # pt
    ("usp:LOM3096", "ecc98731def8"): "course content",  # pt
    ("usp:LOQ4100", "0969f8f6338c"): "broken item",  # pt
    ("usp:LOQ4091", "71e0523c2d7a"): "course aim",  # pt
    ("usp:LOQ4271", "3bcc6504657a"): "broken item",  # pt
    ("usp:LOQ4212", "d342eba6b9d4"): "course aim",  # pt
    ("usp:LOM3205", "5088687e990b"): "topic",  # pt
    ("usp:LOM3205", "d125c763111e"): "topic",  # pt
    ("usp:LOM3046", "ba2123a80092"): "course content",  # pt
    ("usp:LOM3046", "d192f4801a05"): "course content",  # pt
    ("usp:8800014", "cfea145c4523"): "teaching method",  # pt
    ("usp:LOQ4096", "03dc8e84e93d"): "course aim",  # pt
    ("usp:LOM3006", "8a4b37d6ec88"): "course content",  # pt
    ("usp:LOM3100", "02ea686a907f"): "course action",  # pt
    ("usp:LOB1271", "0de307e8c5eb"): "course aim",  # pt
    ("usp:LOQ4083", "22d4a49dd660"): "course content",  # pt
    ("usp:LOQ4093", "385f6839e74b"): "topic",  # pt
    ("usp:LOB1223", "decc46b9182c"): "course aim",  # pt
    ("usp:LOQ4063", "0b7310bb3fb3"): "teaching method",  # pt
    ("usp:LOQ4063", "0a34f5428539"): "course content",  # pt
    ("usp:LOQ4104", "b65c99aa34d6"): "course content",  # pt
    ("usp:LOQ4078", "365bbc8a2a6a"): "no act",  # pt
    ("usp:LOQ4097", "d6793de761e1"): "broken item",  # pt
    ("usp:LOT2028", "feed7e529564"): "broken item",  # pt
    ("usp:LOT2028", "120c7593c9a3"): "broken item",  # pt
    ("usp:LOQ4086", "cdd775dd7be9"): "course action",  # pt
    ("usp:LOQ4086", "483d9865d6ea"): "course content",  # pt
    ("usp:LOM3219", "48c5108b4763"): "no act",  # pt
    ("usp:LOM3219", "bd860e30be22"): "course content",  # pt
    ("coursera:1042", "8d1d710c97db"): "topic",  # es
    ("coursera:1596", "a7955c314a28"): "topic",  # es
    ("coursera:1596", "603e2825489e"): "topic",  # es
    ("coursera:1220", "ece5e58bd5bc"): "broken item",  # es
    ("coursera:1220", "4b394d0d8633"): "broken item",  # es
    ("coursera:2428", "b0a278451d1c"): "no act",  # fr
    ("coursera:492", "73f224a120b7"): "broken item",  # fr
    ("coursera:1590", "294eb8f3bc1a"): "broken item",  # fr
    ("coursera:1224", "d1ccd5b03e2d"): "broken item",  # fr
    ("coursera:1408", "e10cd85eb973"): "affective, no cognitive act",  # fr
    ("unibs:unibs702885", "26c313d1ee78"): "course aim",  # it
    ("unibs:unibs703571", "756bc61a4faf"): "course aim",  # it
    ("unibs:unibsA004821", "15516e495848"): "course aim",  # it
    ("usp:LOM3121", "8a3383b708d1"): "course action",  # pt
    ("usp:LOM3121", "729557e06a07"): "course action",  # pt
    ("usp:LOB1009", "02c2fe153c50"): "course aim",  # pt
    ("usp:LOQ4236", "0606acc86160"): "no act",  # pt
    ("usp:LOB1237", "24b1e813dad6"): "course aim",  # pt
    ("usp:LOB1237", "f4e90e2869e9"): "course aim",  # pt
    ("usp:LOQ4038", "f3b8a44ff53f"): "course aim",  # pt
    ("usp:LOM3056", "91a4ab59c327"): "course aim",  # pt
    ("usp:LOT2059", "e95ccf5c5750"): "broken item",  # pt
    ("usp:LOT2047", "5c2fd281a41e"): "broken item",  # pt
    ("usp:LOQ4060", "64a148b0d48d"): "teaching method",  # pt
    ("usp:LOM3103", "44db1ce76dbf"): "topic",  # pt
    ("usp:LOQ4103", "f7b28582b2c3"): "course content",  # pt
    ("usp:LOB1229", "2266b11b943b"): "course aim",  # pt
    ("usp:LOB1229", "f67f57f458e1"): "course structure",  # pt
    ("usp:LOB1208", "edfdabcadf2a"): "broken item",  # pt
    ("coursera:2041", "ef817a55ca1f"): "no act",  # es
    ("coursera:2041", "05938b0cb143"): "broken item",  # es
    ("unibs:unibsA003456", "0e69d668881a"): "course aim",  # it
    ("unibs:unibsA003456", "2f7a4c949472"): "teaching method",  # it
    ("usp:LOM3059", "1580bba90376"): "no act",  # pt
    ("usp:LOM3059", "5870da0b0e78"): "no act",  # pt
    ("usp:LOQ4057", "77784b0f4ab3"): "course content",  # pt
    ("usp:LOQ4057", "0aa3b151036b"): "course content",  # pt
    ("usp:LOM3266", "894867370c60"): "course aim",  # pt
    ("usp:LOM3266", "8373ad04a8f3"): "broken item",  # pt
    ("usp:LOB1038", "9bad254cd594"): "course content",  # pt
    ("usp:LOM3107", "671db6467070"): "course action",  # pt
    ("unibs:unibs750639", "270d2ff81756"): "course aim",  # it
    ("unibs:unibs750639", "27ee203e9762"): "assessment description",  # it
    ("usp:LOM3270", "67560a732f89"): "course aim",  # pt
    ("usp:LOM3270", "ebb5f32b79f5"): "course structure",  # pt
    ("usp:LOM3098", "22f057b68501"): "broken item",  # pt
    ("usp:LOM3098", "bad631cf4379"): "course aim",  # pt
    ("usp:LOB1262", "8bc1d10802a3"): "course action",  # pt
    ("usp:LOM3257", "0017cf60e0ca"): "course action",  # pt
    ("usp:LOM3084", "65572195875c"): "course aim",  # pt
    ("unibs:unibs703052", "14ceb047d267"): "course aim",  # it
    ("usp:LOB1056", "a626afce23f2"): "no act",  # pt
    ("usp:LOB1056", "dee93fe7ab56"): "topic",  # pt
    ("usp:LOB1283", "be49f35d1d53"): "no act",  # pt
    ("usp:LOB1283", "ffafdd6224e1"): "no act",  # pt
    ("usp:LOQ4037", "52471ec638d1"): "course aim",  # pt
    ("usp:LOT2023", "27898ea5ecfa"): "course action",  # pt
    ("usp:LOM3262", "620ead266c14"): "course aim",  # pt
    ("usp:LOT2043", "7a94a29ad735"): "course aim",  # pt
    ("usp:LOQ4087", "845f6c2b999b"): "course aim",  # pt
    ("usp:LOT2069", "56fbbb1996bd"): "course aim",  # pt
    ("usp:LOM3004", "0d458885d443"): "course action",  # pt
    ("usp:LOM3004", "5ac2205570fe"): "course content",  # pt
    ("usp:LOT2039", "158e4a322afe"): "course content",  # pt
    ("usp:LOM3066", "f99f3829f0f0"): "course aim",  # pt
    ("usp:LOQ4275", "7bed82bc1430"): "broken item",  # pt
    ("usp:LOM3242", "27b599d47015"): "no act",  # pt
    ("usp:LOM3120", "87aeb96a0b25"): "course aim",  # pt
    ("usp:LOM3120", "6ca5ffb3eb22"): "course content",  # pt
    ("usp:LOM3083", "5cb2861dfda1"): "course aim",  # pt
    ("usp:LOT2030", "38e4896db670"): "topic",  # pt
    ("usp:LOT2030", "07a372ab06e0"): "topic",  # pt
    ("usp:LOQ4099", "0ad8b954cb0e"): "course aim",  # pt
    ("usp:LOM3083", "6853957962b9"): "broken item",  # pt
}

# ------------------------------------------------------------------ language
FW = {
    "it": set("il lo la gli le di del della dei delle degli e ed che per con un una nel nella "
              "sono alla allo ai al dello essere studente corso".split()),
    "es": set("el los las del y en para con una que como por sus su al es se lo".split()),
    "pt": set("o os as do da dos das em com uma para ao no na não são e se que".split()),
    "fr": set("le les des du et pour avec dans sur est une vous au aux votre vos".split()),
    "de": set("der die das und zu mit für ein eine ist von den sie wie auf im sich können".split()),
    "nl": set("de het een en van voor met je op te zijn in deze die wordt".split()),
    "en": set("the and of to in for with you your will how this is are from on".split()),
}


def lang_of(t):
    """The language whose function words are the most frequent in t (None when none is)."""
    toks = re.findall(r"[^\W\d_]+", t.lower())
    n = {l: sum(x in ws for x in toks) for l, ws in FW.items()}
    best = max(n, key=lambda l: n[l])
    if n[best] == 0 or sorted(n.values())[-2] == n[best]:
        return None
    return best


# ------------------------------------------------------------------ splitting
ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|ecc|es|ca|bzw|z\.B|z\. B|d\.h|u\.a|ggf|evtl|vgl|bzgl|Nr"
                    r"|vs|Prof|Dr|sr|dr|ex|p\.ex|i\.d\.R|m\.b\.v|o\.a|b\.v|bv|nl|resp|incl|min|max"
                    r"|[A-Za-z])|\d)$")
# an upper-case heading run into the next word ("COMPRENSIONEObiettivi", "GIUDIZIOSaper")
CAPS_RUN = re.compile(r"(?<=[A-ZÀ-ÝÄÖÜ]{4})(?=[A-ZÀ-ÝÄÖÜ][a-zà-ÿäöüß]{2,})")
# coursera: items run together ("sostenibleEntender", "CloudDefinir", "monde Reconnaître")
INF = re.compile(r"[A-ZÁÉÍÓÚÀÈÊÎÔ][a-záéíóúàèêîôâûçñœ]+(?:ar|er|ir|re|ez|e|a)\b")


BULLET = "•■▪●✔✓➢►◦❖→·\uf000-\uf0ff"  # with Symbol-font bullets of pasted Word lists
# Dublin-descriptor headings (Italian and English, also "D1-", "a)" numbered) that introduce unibs
# items: cut before and after; a piece that is only a heading is dropped
DUBLIN_HEAD = (r"(?:\bD\d\s*[-–.:]\s*|\b[a-e]\)\s*)?(?:conoscenz[ae] e capacità di comprensione"
                    r"(?: applicat[ae])?|capacità di applicare (?:le )?conoscenz[ae](?: e comprensione)?"
                    r"|conoscenz[ae] applicat[ae]|autonomia di giudizio|abilità comunicative"
                    r"|capacità di apprendere|capacità di apprendimento"
                    r"|(?:applying )?knowledge and understanding|making judge?ments"
                    r"|communication skills|(?:lifelong )?learning skills)")
DUBLIN = re.compile(DUBLIN_HEAD + r"(?=\s*(?-i:[A-ZÀ-Ý])|\s*[:\-–%s])" % BULLET, re.I)
DUBLIN_ONLY = re.compile(DUBLIN_HEAD, re.I)
# an item run into the next after a lower-case word ("... grafica Capacità di leggere")
ITEM_IT = re.compile(r"(?<=[a-zà-ù]) ?(?=(?:Capacità di|Conoscere|Conoscenza d|Comprendere|Saper|"
                     r"Essere in grado) )")


def cut_points(t, coursera=False):
    cuts = set()
    for m in DUBLIN.finditer(t):
        cuts.add(m.start())
        cuts.add(m.end())
    for m in ITEM_IT.finditer(t):
        cuts.add(m.end())
    for m in re.finditer(r"[.!?]+(?=\s*[\"“«(]?[A-ZÀ-ÝÄÖÜ])", t):
        if m.group().startswith(".") and ABBREV.search(t[:m.start()]):
            continue
        j = m.end()
        while j < len(t) and t[j] == " ":
            j += 1
        cuts.add(j)
    for m in re.finditer(r";|\|\||:(?!//)(?!\d)", t):
        cuts.add(m.end())
    for m in CAPS_RUN.finditer(t):
        cuts.add(m.start())
    for m in re.finditer("[%s]" % BULLET, t):
        cuts.add(m.start())
    # dashes and numbered/lettered items after a punctuation mark or at the start
    for m in re.finditer(r"(?:(?<=[.:;!?])\s?|^)(?:[*\-–]|\d{1,2}[.)]|\(?[a-z]\))(?=\s?\S)", t):
        cuts.add(m.start())
    if coursera:
        for m in re.finditer(r"(?<=[a-zá-úàèêîôâûçñœ)])(?=[A-ZÁÉÍÓÚÀÈÊÎÔ][a-zá-úàèêîôâûçñœ]{2,})", t):
            w = re.match(r"\w+", t[m.start():]).group()
            left = re.search(r"\w*$", t[:m.start()]).group()
            if left[:1].islower() or INF.fullmatch(w):
                cuts.add(m.start())
        for m in re.finditer(r"(?<=[a-zá-úàèêîôâûçñœ]) (?=[A-ZÁÉÍÓÚÀÈÊÎÔ][a-zá-úàèêîôâûçñœ]+)", t):
            w = re.match(r"\w+", t[m.end():]).group()
            if INF.fullmatch(w):
                cuts.add(m.end())
    cuts.discard(0)
    return sorted(cuts)


def pieces(t, **kw):
    cuts = [0] + cut_points(t, **kw) + [len(t)]
    return [t[a:b] for a, b in zip(cuts, cuts[1:]) if t[a:b].strip()]


def clean(s):
    s = s.strip()
    s = re.sub(r"^(?:[%s*\-–]|\d{1,2}[.)]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s*" % BULLET, "", s)
    s = s.strip()
    s = re.sub(r"[\s;,.:|]+$", "", s)
    return s.strip()


def ok(s):
    w = s.split()
    if not MIN_WORDS <= len(w) <= MAX_WORDS or s.endswith("?"):
        return False
    return sum(1 for x in w if x[:1].islower()) >= 2  # not a heading or a title


# ------------------------------------------------------------------ candidates
# usp: most "Objetivos" are the course's aims written from the teacher's side ("Apresentar aos
# alunos ...", "Capacitar o aluno a ...", "A disciplina visa ..."); a piece opening so is not a
# candidate (the remaining teacher-side pieces are rejected by the reader)
PT_TEACHER = re.compile(
    r"(?:(?:objetivo geral|objetivos? específicos?|objetivos?)\s*:?\s*)?"
    r"(?:apresentar|introduzir|proporcionar|propiciar|fornecer|capacitar|oferecer|transmitir|ensinar"
    r"|conferir|dar|levar|familiarizar|possibilitar|permitir|orientar|formar|conscientizar|auxiliar"
    r"|mostrar|complementar|preparar|habilitar|despertar|estimular|incentivar|promover|treinar"
    r"|desenvolver (?:n[oa]s? (?:alunos?|discentes?|estudantes?|educandos?)|junto)"
    r"|(?:o|este|esse) curso|(?:a|esta|essa) disciplina|(?:o|este) objetivo|(?:os|estes) objetivos"
    r"|a proposta)\b", re.I)


def field_text(rec, lang):
    src, lab = FIELD[lang]
    desc = rec["description"]
    if src == "coursera":
        m = re.match(r"What you will learn: (.*?)\nSkills you will gain:", desc, re.S)
        return m.group(1) if m else ""
    if not desc.startswith(lab + "\n"):
        return ""
    body = desc[len(lab) + 1:]
    end = len(body)
    for nxt in NEXT[src]:
        k = body.find("\n\n%s\n" % nxt)
        if 0 <= k < end:
            end = k
    return body[:end]


def candidates(rec, lang):
    t = fold(field_text(rec, lang))
    if not t or t == "Not specified" or lang_of(t) != lang:
        return []
    fd = fold(rec["description"])
    out, seen = [], set()
    for p in pieces(t, coursera=FIELD[lang][0] == "coursera"):
        if p.rstrip().endswith(":"):
            continue  # a lead-in ("Lo studente sarà in grado di:")
        c = clean(p)
        if DUBLIN_ONLY.fullmatch(c):
            continue  # a heading only
        if not ok(c) or c in seen or fd.find(c) < 0:
            continue
        if lang == "pt" and PT_TEACHER.match(c):
            continue
        if lang != "en" and lang_of(c) == "en":
            continue  # an English sentence in the field
        seen.add(c)
        out.append(c)
    out.sort(key=lambda c: fd.find(c))
    return out


def excluded_ids():
    ids = set()
    with open(os.path.join(DEV, "dev.jsonl"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ids.add(json.loads(line)["id"])
    with open(os.path.join(HERE, OWN_SET), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            ids.add(row["id"].strip())
    return ids


def eligible(excl, same_text):
    pool = {}
    for lang in LANGS:
        src = FIELD[lang][0]
        recs = build_dev.load_source(src)
        ids = sorted((i for i, r in recs.items() if r is not None and i not in excl), key=numkey)
        rows = []
        for i in ids:
            cs = [c for c in candidates(recs[i], lang) if key(c) not in same_text]
            if cs:
                rows.append((i, cs))
        pool[lang] = rows
    return pool


def numkey(i):
    tail = i.split(":", 1)[1]
    return (0, int(tail), "") if tail.isdigit() else (1, 0, tail)


def draw(pool, rejected_log):
    out, seen, rejected = [], set(), {}
    for lang in LANGS:
        rng = random.Random(SEED)
        order = list(pool[lang])
        rng.shuffle(order)
        got = []
        for rid, cands in order:
            if len(got) >= QUOTA[lang]:
                break
            k = min(PER_RECORD, len(cands))
            for j in sorted(rng.sample(range(len(cands)), k)):
                if len(got) >= QUOTA[lang]:
                    break
                s = cands[j]
                reason = REJECT.get((rid, sha(s))) or rejected.get(key(s))
                if not reason and key(s) in seen:
                    reason = "same text as a statement drawn before"
                if reason:
                    rejected.setdefault(key(s), reason)  # its twins in other records share it
                    rejected_log.append((lang, rid, s, reason))
                    continue
                seen.add(key(s))
                got.append((lang, FIELD[lang][0], rid, s))
        out.extend(got)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="write id,source,lang,statement to this CSV (outside the repository)")
    ap.add_argument("--pool", action="store_true", help="print pool sizes only")
    a = ap.parse_args()
    if not os.path.isdir(build_dev.DATA):
        print("%s: %s absent; nothing to draw" % (os.path.basename(sys.argv[0]), build_dev.DATA))
        return 0
    pool = eligible(excluded_ids(), base.labelled_keys(LABELLED))
    for lang in LANGS:
        print("# pool %-2s %-10s records %4d statements %5d" % (
            lang, FIELD[lang][0], len(pool[lang]), sum(len(c) for _, c in pool[lang])))
    if a.pool:
        return 0
    rej = []
    got = draw(pool, rej)
    for lang in LANGS:
        rows = [g for g in got if g[0] == lang]
        print("# %s: %d statements from %d records (quota %d)" % (
            lang, len(rows), len({g[2] for g in rows}), QUOTA[lang]))
        for _, _, rid, s in rows:
            print("%s\t%s\t%s" % (rid, sha(s), s))
    print("# rejected %d: %s" % (len(rej), dict(Counter(r[3] for r in rej))))
    for lang, rid, s, reason in rej:
        print("#  REJ %s\t%s\t%s\t%s" % (lang, rid, reason, s))
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["id", "source", "lang", "statement"])
            for lang, src, rid, s in got:
                w.writerow([rid, src, lang, s])
    return 0


if __name__ == "__main__":
    sys.exit(main())
