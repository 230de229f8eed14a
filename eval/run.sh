#!/usr/bin/env bash
# Agreement of mcaudit and of the pandas peer with the labelled development sets.
# Usage: bash eval/run.sh [path/to/mcaudit]   (default: cargo run --release)
# Needs ../shared (dev sets, corpora, peer); the peer needs `pip install pandas nltk`.
set -euo pipefail
cd "$(dirname "$0")/.."
MC=${1:-}
if [ -z "$MC" ]; then
  cargo build --release -q
  MC="${CARGO_TARGET_DIR:-target}/release/mcaudit"
fi
SHARED=../shared
OUT=out/eval
mkdir -p "$OUT"
python3 eval/build_dev.py --ids eval/own_labels_en.csv --ids eval/own_labels_multi.csv --out "$OUT/own_dev.jsonl"
{ cat eval/own_labels_en.csv; tail -n +2 eval/own_labels_multi.csv; } > "$OUT/own_gold.csv"
# A blind sample of session 16 (100 records, 10 per source), measured before any rule was drawn
# from it (accuracy 0.880, macro-F1 0.842, kappa 0.800); developed on since.
python3 eval/build_dev.py --ids eval/own_labels_blind16.csv --out "$OUT/blind16_dev.jsonl"
# A blind sample of session 17 (71 records, 10 per source where any is left,
# eval/draw_blind17.py), first measured at 0.831 / 0.775 / kappa 0.644.
python3 eval/build_dev.py --ids eval/own_labels_blind17.csv --out "$OUT/blind17_dev.jsonl"
# A blind sample of session 18 (77 records in proportion to the reviewers' sources,
# eval/draw_blind18.py).
python3 eval/build_dev.py --ids eval/own_labels_blind18.csv --out "$OUT/blind18_dev.jsonl"
# A second blind sample of session 18 (77 records, eval/draw_blind19.py), drawn after the rules
# of sample 18 and first measured with the session's last rules at 0.857 / 0.825 / kappa 0.695.
python3 eval/build_dev.py --ids eval/own_labels_blind19.csv --out "$OUT/blind19_dev.jsonl"
# A blind sample of session 19 (77 records, eval/draw_blind20.py), drawn before the session's
# rules and first measured with the session-start binary.
python3 eval/build_dev.py --ids eval/own_labels_blind20.csv --out "$OUT/blind20_dev.jsonl"
# A second blind sample of session 19 (76 records, eval/draw_blind21.py), drawn after the rules
# of sample 20 to measure the session's last rules.
python3 eval/build_dev.py --ids eval/own_labels_blind21.csv --out "$OUT/blind21_dev.jsonl"
# A third blind sample of session 19 (66 records, eval/draw_blind22.py), drawn after all of its
# rules and their review.
python3 eval/build_dev.py --ids eval/own_labels_blind22.csv --out "$OUT/blind22_dev.jsonl"
# A blind sample of session 20 (66 records, eval/draw_blind23.py), drawn before the session's
# rules and first measured with session 19's last binary at 0.909 / 0.876 / kappa 0.818.
python3 eval/build_dev.py --ids eval/own_labels_blind23.csv --out "$OUT/blind23_dev.jsonl"
# A second blind sample of session 20 (66 records, eval/draw_blind24.py), drawn after the
# session's rules and first measured with them at 0.833 / 0.772 / kappa 0.638.
python3 eval/build_dev.py --ids eval/own_labels_blind24.csv --out "$OUT/blind24_dev.jsonl"
# Session 21's blind sample (66 records, eval/draw_blind25.py), drawn at the session's start and
# first measured with session 20's last binary.
python3 eval/build_dev.py --ids eval/own_labels_blind25.csv --out "$OUT/blind25_dev.jsonl"
# Session 21's second blind sample (66 records, eval/draw_blind26.py), drawn after all of the
# session's rules and first measured with its last binary.
python3 eval/build_dev.py --ids eval/own_labels_blind26.csv --out "$OUT/blind26_dev.jsonl"
# Session 22's blind sample (66 records, eval/draw_blind27.py), drawn at the session's start and
# first measured with session 21's last binary.
python3 eval/build_dev.py --ids eval/own_labels_blind27.csv --out "$OUT/blind27_dev.jsonl"
# Session 22's second blind sample (66 records, eval/draw_blind28.py), drawn after all of the
# session's rules and first measured with its last binary.
python3 eval/build_dev.py --ids eval/own_labels_blind28.csv --out "$OUT/blind28_dev.jsonl"
# Session 23's blind sample (66 records, eval/draw_blind29.py), drawn at the session's start and
# first measured with session 22's last binary.
python3 eval/build_dev.py --ids eval/own_labels_blind29.csv --out "$OUT/blind29_dev.jsonl"
# Session 23's second blind sample (66 records, eval/draw_blind30.py), drawn during the session
# without running mcaudit and first measured with its last binary.
python3 eval/build_dev.py --ids eval/own_labels_blind30.csv --out "$OUT/blind30_dev.jsonl"
# Session 24's blind sample (66 records, eval/draw_blind31.py), drawn and labelled at the
# session's start without running mcaudit; first measured with session 23's last binary, then
# with session 24's last (no rule drawn from it in between).
python3 eval/build_dev.py --ids eval/own_labels_blind31.csv --out "$OUT/blind31_dev.jsonl"
# Session 24's second blind sample (66 records, eval/draw_blind32.py), drawn and labelled during
# the session without running mcaudit, first measured with its last binary.
python3 eval/build_dev.py --ids eval/own_labels_blind32.csv --out "$OUT/blind32_dev.jsonl"
# Session 25's blind sample (66 records, eval/draw_blind33.py), drawn and labelled at the
# session's start without running mcaudit; first measured with session 24's last binary.
python3 eval/build_dev.py --ids eval/own_labels_blind33.csv --out "$OUT/blind33_dev.jsonl"
# Session 25's second blind sample (62 records, eval/draw_blind34.py), drawn and labelled during
# the session without running mcaudit, first measured with its last binary.
python3 eval/build_dev.py --ids eval/own_labels_blind34.csv --out "$OUT/blind34_dev.jsonl"
# Session 26's blind sample (53 records, eval/draw_blind35.py), drawn and labelled at the
# session's start without running mcaudit; first measured with session 25's last binary.
python3 eval/build_dev.py --ids eval/own_labels_blind35.csv --out "$OUT/blind35_dev.jsonl"
# Session 26's second blind sample (53 records, eval/draw_blind36.py), drawn and labelled during
# the session without running mcaudit; first measured with the session's binary of f6d1950.
python3 eval/build_dev.py --ids eval/own_labels_blind36.csv --out "$OUT/blind36_dev.jsonl"

for set in shared own blind16 blind17 blind18 blind19 blind20 blind21 blind22 blind23 blind24 blind25 blind26 blind27 blind28 blind29 blind30 blind31 blind32 blind33 blind34 blind35 blind36; do
  case "$set" in
    shared) IN=$SHARED/dev/dev.jsonl; GOLD=$SHARED/dev/labels_dev.csv ;;
    own) IN=$OUT/own_dev.jsonl; GOLD=$OUT/own_gold.csv ;;
    *) IN=$OUT/${set}_dev.jsonl; GOLD=eval/own_labels_$set.csv ;;
  esac
  "$MC" analyse "$IN" --id id --text description --title title --provider provider --out "$OUT/$set" --force -q
  echo "== mcaudit on the $set development set"
  "$MC" evaluate --records "$OUT/$set" --gold "$GOLD" --show 0 | sed -n '/^confusion/,/^disagreements/p'
  if python3 -c "import pandas, nltk" 2>/dev/null; then
    python3 "$SHARED/peers/pandas_nltk_baseline.py" "$IN" "$OUT/peer-$set" 2>/dev/null
    echo "== pandas peer on the $set development set"
    "$MC" evaluate --records "$OUT/$set" --predictions "$OUT/peer-$set/records.csv" --gold "$GOLD" | sed -n '/^accuracy/,/^disagreements/p'
  else
    echo "(pandas or nltk missing: peer skipped)"
  fi
done
