#!/usr/bin/env bash
# Time per byte against record length (issue 8: no stage may be super-linear in the length).
# Builds one JSON Lines file per size, each holding 8 records of that size made of generated
# description text, and times `mcaudit analyse` on it (one thread). Flat MB/s = linear.
#
#   bash bench/length_scaling.sh [MCAUDIT_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
MC=${1:-}
if [ -z "$MC" ]; then
  cargo build --release -q
  MC="${CARGO_TARGET_DIR:-target}/release/mcaudit"
fi
WORK=${WORK:-out/bench/length}
mkdir -p "$WORK"
[ -f "$WORK/seed.jsonl" ] || "$MC" generate --records 3000 --out "$WORK/seed.jsonl" 2>/dev/null
printf "%10s %8s %10s\n" "bytes" "seconds" "MB/s"
for size in 10000 100000 1000000; do
  python3 - "$WORK/seed.jsonl" "$WORK/len-$size.jsonl" "$size" <<'PY'
import json, sys
src, dst, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [json.loads(l)["description"] for l in open(src, encoding="utf-8")]
with open(dst, "w", encoding="utf-8") as f:
    k = 0
    for r in range(8):
        parts, n = [], 0
        while n < size:
            t = texts[k % len(texts)]; k += 1
            parts.append(t); n += len(t.encode()) + 1
        text = "\n".join(parts).encode()[:size].decode("utf-8", "ignore")
        f.write(json.dumps({"id": f"r{r}", "description": text}) + "\n")
PY
  start=$(date +%s.%N)
  "$MC" analyse "$WORK/len-$size.jsonl" --out "$WORK/out-$size" --force -q -j 1 --max-record-bytes 2000000
  end=$(date +%s.%N)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); b=8*int(sys.argv[3]); print(f'{int(sys.argv[3]):>10} {s:8.2f} {b/s/1e6:10.2f}')" "$start" "$end" "$size"
done
