#!/usr/bin/env bash
# Bloom-level agreement of mcaudit on every labelled statement set (issue 4's figures).
# Usage: bash eval/levels.sh [path/to/mcaudit] [--policy verbs|highest|lowest|first]
# Needs ../shared (the shared statements and the corpora the span files point into).
set -euo pipefail
cd "$(dirname "$0")/.."
MC=${1:-}
shift || true
if [ -z "$MC" ]; then
  cargo build --release -q
  MC="${CARGO_TARGET_DIR:-target}/release/mcaudit"
fi
if [ ! -d ../shared/data ]; then
  echo "../shared/data is absent: nothing to measure"; exit 0
fi
OUT=out/eval
mkdir -p "$OUT"
# name, span file, role (the test set is measured, never developed on)
sets=(
  "test:eval/bloom_test_spans.csv:never developed on"
  "heldout:eval/bloom_heldout_spans.csv:validation"
  "dev24:eval/bloom_dev24_spans.csv:first 0.841 blind, labelled during session 26, measured with its binary of 3e2d870 (session 25's last: 0.838)"
  "ml2:eval/bloom_ml2_spans.csv:first 0.700 blind, non-English, labelled during session 26, measured with its binary of ada2948 (session 25's last: 0.697)"
  "ml1:eval/bloom_ml1_spans.csv:first 0.745 blind, non-English (it, de, pt, es, fr, nl), drawn at session 26's start (session 25's last binary)"
  "dev23:eval/bloom_dev23_spans.csv:first 0.836 blind, drawn at session 26's start (session 25's last binary; session 24's: 0.820)"
  "dev22:eval/bloom_dev22_spans.csv:first 0.802 blind, labelled during session 25, measured with its last binary (session 24's: 0.783)"
  "dev21:eval/bloom_dev21_spans.csv:first 0.802 blind, drawn at session 25's start (session 24's last binary)"
  "dev20:eval/bloom_dev20_spans.csv:first 0.824 blind, measured with session 24's last binary (and session 23's: 0.824)"
  "dev19:eval/bloom_dev19_spans.csv:first 0.815 blind, drawn at session 24's start"
  "dev18:eval/bloom_dev18_spans.csv:first 0.857 blind, measured with session 23's last binary"
  "dev17:eval/bloom_dev17_spans.csv:first 0.844 blind, drawn at session 23's start"
  "dev16:eval/bloom_dev16_spans.csv:first 0.798 blind, drawn after session 22's rules"
  "dev15:eval/bloom_dev15_spans.csv:first 0.837 blind, developed on"
  "dev14:eval/bloom_dev14_spans.csv:first 0.851 blind, developed on"
  "dev13:eval/bloom_dev13_spans.csv:first 0.797 blind, developed on"
  "dev12:eval/bloom_dev12_spans.csv:first 0.761 blind, developed on"
  "dev11:eval/bloom_dev11_spans.csv:first 0.811 blind, developed on"
  "dev10:eval/bloom_dev10_spans.csv:first 0.847 blind, developed on"
  "dev9:eval/bloom_dev9_spans.csv:first 0.854 blind, developed on"
  "dev8:eval/bloom_dev8_spans.csv:first 0.827 blind, developed on"
  "dev7:eval/bloom_dev7_spans.csv:first 0.840 blind, developed on"
  "dev6:eval/bloom_dev6_spans.csv:developed on"
  "dev5:eval/bloom_dev5_spans.csv:developed on"
  "dev4:eval/bloom_dev4_spans.csv:developed on"
  "dev3:eval/bloom_dev3_spans.csv:developed on"
  "mooc2:eval/bloom_mooc2_spans.csv:developed on"
  "mooc:eval/bloom_mooc_spans.csv:developed on"
  "own:eval/bloom_own_spans.csv:developed on, seven languages"
)
names=()
printf '%-8s %-32s %s\n' set "role" "macro-F1 / exact match"
for s in "${sets[@]}"; do
  IFS=: read -r name spans role <<<"$s"
  python3 eval/bloom_spans.py --spans "$spans" --out "$OUT/bloom_$name.csv" >/dev/null
  f1=$("$MC" evaluate-levels "$OUT/bloom_$name.csv" "$@" --details "$OUT/details_$name.csv" \
    | grep '^macro-F1' | grep -v ' under ')
  printf '%-8s %-32s %s\n' "$name" "$role" "$f1"
  names+=("$name")
done
f1=$("$MC" evaluate-levels ../shared/dev/bloom_dev.csv "$@" | grep '^macro-F1' | grep -v ' under ')
printf '%-8s %-32s %s\n' shared "reviewers' labels, developed on" "$f1"
echo
echo "per source (small groups are noisy):"
python3 eval/levels_by_source.py --dir "$OUT" "${names[@]}"
echo "per level and per language: $MC evaluate-levels $OUT/bloom_NAME.csv [--details FILE]"
