#!/usr/bin/env python3
"""Agreement of mcaudit's ISCED-F narrow field with eval/isced_own.csv (stdlib only).

    python3 eval/build_dev.py --ids eval/own_labels_en.csv --ids eval/own_labels_multi.csv --out out/eval/own_dev.jsonl
    mcaudit analyse out/eval/own_dev.jsonl --id id --text description --title title --provider provider --out out/eval/own -q
    python3 eval/isced_eval.py out/eval/own

Prints accuracy over the gold records with a field, the share given a field (coverage), the
precision of the suggestions made, macro-F1 over the narrow fields in the gold set, broad-field
accuracy, and the same per language.
"""
import csv
import os
import sys
from collections import Counter, defaultdict

run = sys.argv[1] if len(sys.argv) > 1 else "out/eval/own"
gold_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "isced_own.csv")
gold = {r["id"]: r["narrow"] for r in csv.DictReader(open(gold_path, encoding="utf-8"))}
pred, lang = {}, {}
for r in csv.DictReader(open(os.path.join(run, "records.csv"), encoding="utf-8")):
    pred[r["id"]] = r.get("isced_narrow", "") or "none"
    lang[r["id"]] = r.get("lang", "")
missing = [i for i in gold if i not in pred]
if missing:
    print(f"{len(missing)} gold ids not in the run, e.g. {missing[:3]}")


def report(ids, name):
    ids = [i for i in ids if i in pred and gold[i] != "none"]
    if not ids:
        return
    n = len(ids)
    right = sum(pred[i] == gold[i] for i in ids)
    given = [i for i in ids if pred[i] != "none"]
    broad = sum(pred[i][:2] == gold[i][:2] for i in ids)
    f1s = []
    for c in sorted({gold[i] for i in ids}):
        tp = sum(pred[i] == c and gold[i] == c for i in ids)
        fp = sum(pred[i] == c and gold[i] != c for i in ids)
        fn = sum(pred[i] != c and gold[i] == c for i in ids)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    prec = sum(pred[i] == gold[i] for i in given) / len(given) if given else 0.0
    print(f"{name:4} n={n:3}  accuracy {right / n:.3f}  coverage {len(given) / n:.3f}  "
          f"precision of suggestions {prec:.3f}  macro-F1 {sum(f1s) / len(f1s):.3f}  broad accuracy {broad / n:.3f}")


report(list(gold), "all")
by = defaultdict(list)
for i in gold:
    by[lang.get(i, "")].append(i)
for l in sorted(by):
    report(by[l], l)
conf = Counter((gold[i], pred[i]) for i in gold if i in pred and gold[i] != pred[i])
print("most frequent confusions (gold -> ours):", ", ".join(f"{g}->{p} x{n}" for (g, p), n in conf.most_common(8)))
