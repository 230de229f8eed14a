#!/usr/bin/env bash
# Regenerates docs/report.png, the screenshot in README.md: the demo corpus's report.html in
# headless Chromium (Debian's `chromium` package).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run -q -- analyse data/sample/catalogue.csv data/sample/pages --out out/sample --force -q
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$(mktemp -d)" --hide-scrollbars --window-size=1280,1000 \
  --screenshot=docs/report.png "file://$PWD/out/sample/report.html"
