#!/usr/bin/env bash
# Verb coverage of outcome statements on every shared corpus (issue 4).
# Usage: bash eval/verb_coverage.sh [path/to/mcaudit] [--missing N]
# Needs ../shared/data and the Python package polars.
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
OUT=out/eval/coverage
mkdir -p "$OUT"
runs=()
for src in coursera edx udemy udacity glasgow deakin unibs fub usp thomasmore; do
  python3 eval/build_dev.py --all "$src" --out "$OUT/$src.jsonl" >/dev/null
  "$MC" analyse "$OUT/$src.jsonl" --id id --text description --title title --provider provider \
    --out "$OUT/$src" --force -q --no-progress
  runs+=("$OUT/$src")
done
python3 eval/verb_coverage.py "${runs[@]}" "$@"
