#!/usr/bin/env bash
# Short fuzz runs for CI: each target for FUZZ_SECONDS (default 20) from the seed corpus.
# New corpus entries go to a temp dir (the repository stays clean); a crash leaves its input in
# fuzz/crashes/ and makes this script exit non-zero.  Replay one: .venv/bin/python fuzz/fuzz_extract.py FILE
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
SECS=${FUZZ_SECONDS:-20}
mkdir -p fuzz/crashes
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for t in extract ingest; do
  mkdir -p "$work/$t"
  echo "fuzz_$t: ${SECS}s"
  dict=(); [ -f "fuzz/$t.dict" ] && dict=(-dict="fuzz/$t.dict")
  "$PY" "fuzz/fuzz_$t.py" "${dict[@]}" -max_total_time="$SECS" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix=fuzz/crashes/ "$work/$t" "fuzz/corpus/$t" 2>"$work/$t.log" || {
      tail -40 "$work/$t.log"; echo "fuzz_$t: FAILED (input saved in fuzz/crashes/)"; exit 1; }
  grep -E "stat::number_of_executed_units|stat::average_exec_per_sec|cov:|corp:" "$work/$t.log" | tail -4
done
