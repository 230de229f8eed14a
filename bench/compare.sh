#!/usr/bin/env bash
# mcaudit against the pandas + NLTK peer (../shared/peers/pandas_nltk_baseline.py --jobs 2) on
# the same generated input: records/s, MB/s of description text, peak RSS (/usr/bin/time -v)
# and the ratio. Also runs mcaudit alone on a larger input when asked.
#
#   bash bench/compare.sh [RECORDS] [MCAUDIT_BINARY]      (default 100000, release build)
#   PEER=0 bash bench/compare.sh 1000000                  (mcaudit only: the 1M-record check)
#
# Needs /usr/bin/time (GNU time) and, for the peer, python3 with pandas and nltk.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
MC=${2:-}
if [ -z "$MC" ]; then
  cargo build --release -q
  MC="${CARGO_TARGET_DIR:-target}/release/mcaudit"
fi
WORK=${WORK:-out/bench}
mkdir -p "$WORK"
IN="$WORK/generated-$N.jsonl"
[ -f "$IN" ] || "$MC" generate --records "$N" --out "$IN"
# Description text only (what both tools analyse), in MB.
TEXT_MB=$(python3 -c "
import json,sys
n=0
with open(sys.argv[1],encoding='utf-8') as f:
    for line in f: n+=len(json.loads(line)['description'].encode())
print(f'{n/1e6:.1f}')" "$IN")
FILE_MB=$(du -m "$IN" | cut -f1)
echo "input: $IN, $N records, $FILE_MB MB file, $TEXT_MB MB of description text; $(nproc) cores"

measure() { # name, command...
  local name=$1; shift
  local log="$WORK/time-$name.txt"
  /usr/bin/time -v "$@" > "$WORK/stdout-$name.txt" 2> "$log" || { tail -5 "$log"; exit 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{print $NF}')
  python3 - "$name" "$wall" "$rss" "$N" "$TEXT_MB" "$WORK" <<'PY'
import sys
name, wall, rss, n, mb, work = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), sys.argv[6]
print(f"{name:8} wall {wall:8.2f} s  {n/wall:10.0f} records/s  {mb/wall:7.2f} MB/s  peak RSS {rss/1024:7.0f} MB")
open(f"{work}/.{name}.wall", "w").write(str(wall))
PY
}

measure mcaudit "$MC" analyse "$IN" --out "$WORK/mcaudit-$N" --force -q
if [ "${PEER:-1}" = 1 ]; then
  if python3 -c "import pandas, nltk" 2>/dev/null; then
    measure peer python3 ../shared/peers/pandas_nltk_baseline.py "$IN" "$WORK/peer-$N" --jobs 2
    python3 - "$WORK" <<'PY'
import sys
a = float(open(f"{sys.argv[1]}/.mcaudit.wall").read())
b = float(open(f"{sys.argv[1]}/.peer.wall").read())
print(f"ratio: mcaudit has {b/a:.1f}x the peer's throughput on the same input")
PY
  else
    echo "(pandas or nltk missing: peer skipped; pip install pandas nltk)"
  fi
fi
