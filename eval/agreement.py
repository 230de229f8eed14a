#!/usr/bin/env python3
"""How far do annotators agree on Bloom levels? (the annotator-agreement study of eval/README.md)

  python3 eval/agreement.py

Two comparisons, each as macro-F1 over the six levels (the first file read as gold, as
`mcaudit evaluate-levels` does) and exact match:
- the reviewers' labels of the English statements of ../shared/dev/bloom_dev.csv against a blind
  annotator's (`eval/bloom_dev_en_annotator.csv`: row among the English statements, id, sha1 of
  the statement, six 0/1 columns);
- the test set (`eval/bloom_test_spans.csv`) against a second blind annotator of the same spans
  (`eval/bloom_test_annotator2_spans.csv`), both rebuilt from ../shared/data.

Python 3 standard library only; exits 0 with a message when ../shared is absent.
"""
import csv
import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bloom_spans  # noqa: E402
import build_dev  # noqa: E402

LEVELS = bloom_spans.LEVELS
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = os.path.join(os.path.dirname(build_dev.DEV), "bloom_dev.csv")


def sha(s):
    return hashlib.sha1(re.sub(r"\s+", " ", s).strip().encode("utf-8")).hexdigest()[:12]


def agreement(gold, other):
    """Macro-F1 over the six levels (gold first) and exact match of two lists of 0/1 rows."""
    f1s = []
    for j in range(len(LEVELS)):
        tp = sum(1 for g, o in zip(gold, other) if g[j] and o[j])
        fp = sum(1 for g, o in zip(gold, other) if not g[j] and o[j])
        fn = sum(1 for g, o in zip(gold, other) if g[j] and not o[j])
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    exact = sum(g == o for g, o in zip(gold, other)) / len(gold)
    return sum(f1s) / len(f1s), exact, f1s


def levels(row):
    return [int(row[k]) for k in LEVELS]


def main():
    if not os.path.exists(DEV) or not os.path.isdir(build_dev.DATA):
        print("skipping: ../shared/dev or ../shared/data not found")
        return
    experts = [r for r in csv.DictReader(open(DEV, encoding="utf-8")) if r["lang"] == "en"]
    blind = list(csv.DictReader(open(os.path.join(HERE, "bloom_dev_en_annotator.csv"), encoding="utf-8")))
    if len(experts) != len(blind) or any(sha(e["statement"]) != b["sha1"] for e, b in zip(experts, blind)):
        sys.exit("bloom_dev.csv changed: its English statements no longer match the annotator file")
    f1, exact, per = agreement([levels(r) for r in experts], [levels(r) for r in blind])
    print("reviewers vs blind annotator, %d English statements of bloom_dev.csv: macro-F1 %.3f, exact %.3f"
          % (len(experts), f1, exact))
    print("  " + ", ".join("%s %.3f" % (l.lower(), x) for l, x in zip(LEVELS, per)))
    first = [r for r in csv.DictReader(open(os.path.join(HERE, "bloom_test_spans.csv"), encoding="utf-8"))]
    second = [r for r in csv.DictReader(open(os.path.join(HERE, "bloom_test_annotator2_spans.csv"), encoding="utf-8"))]
    if [(r["id"], r["sha1"]) for r in first] != [(r["id"], r["sha1"]) for r in second]:
        sys.exit("the two test-set label files do not hold the same spans")
    f1, exact, _ = agreement([levels(r) for r in first], [levels(r) for r in second])
    print("test set, first vs second annotator, %d statements: macro-F1 %.3f, exact %.3f"
          % (len(first), f1, exact))


if __name__ == "__main__":
    main()
