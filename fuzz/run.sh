#!/usr/bin/env bash
# Runs the libFuzzer target for a bounded time: `make fuzz` (part of
# `make test`), or `fuzz/run.sh SECONDS`. New interesting inputs go to
# fuzz/corpus/pipeline (not committed; it grows across local runs) on top
# of the committed seeds; the summary (executions, corpus size, time) is
# printed and written to artifacts/fuzz.txt. A crash fails the run after
# minimising it and printing the command that keeps it as a regression
# input under tests/fuzz-crashes/.
#
# cargo-fuzz needs nightly flags: RUSTC_BOOTSTRAP=1 lets the stable
# toolchain accept them. No sanitizer: vurgu has no `unsafe`, and what we
# look for are panics, overflow (debug assertions are on) and broken
# invariants, which run twice as fast without ASan.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
export RUSTC_BOOTSTRAP=1
flags=(--sanitizer none)
corpus=corpus/pipeline
mkdir -p "$corpus" artifacts/pipeline ../artifacts
log=../artifacts/fuzz.log
summary=../artifacts/fuzz.txt

t0=$(date +%s)
cargo fuzz build "${flags[@]}" pipeline
t1=$(date +%s)
before=$(ls artifacts/pipeline | wc -l)
status=0
cargo fuzz run "${flags[@]}" pipeline "$corpus" seeds/pipeline -- \
  -max_total_time="$secs" -max_len=8192 -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 >"$log" 2>&1 || status=$?
t2=$(date +%s)

stat() { awk -v k="stat::$1:" '$1 == k { print $2 }' "$log" | tail -1; }
{
  echo "fuzz target: pipeline (vurgu::analyze az/en/auto + render::html::render, tests/robust/invariants.rs)"
  echo "build: $((t1 - t0)) s; run: $((t2 - t1)) s (limit ${secs} s)"
  echo "executions: $(stat number_of_executed_units) ($(stat average_exec_per_sec)/s), new corpus units: $(stat new_units_added), peak RSS: $(stat peak_rss_mb) MB"
  echo "corpus: $(ls "$corpus" | wc -l) files in fuzz/$corpus + $(ls seeds/pipeline | wc -l) seeds"
} | tee "$summary"

if [ "$status" -ne 0 ]; then
  grep -E 'panicked|ERROR|SUMMARY|Test unit written' "$log" | head -20 >&2 || true
  crash=$(ls -t artifacts/pipeline/* 2>/dev/null | head -1)
  if [ -n "$crash" ] && [ "$(ls artifacts/pipeline | wc -l)" -gt "$before" ]; then
    cargo fuzz tmin "${flags[@]}" pipeline "$crash" -- -runs=2000 >>"$log" 2>&1 || true
    min=$(ls -t artifacts/pipeline/minimized-from-* 2>/dev/null | head -1)
    keep=${min:-$crash}
    echo "crash: fuzz/$keep (full log: artifacts/fuzz.log)" | tee -a "$summary" >&2
    echo "keep it as a regression input: cp fuzz/$keep tests/fuzz-crashes/\$(sha1sum fuzz/$keep | cut -c1-16)" >&2
  else
    tail -30 "$log" >&2
  fi
  exit 1
fi
