#!/usr/bin/env bash
# Prints the corpus score tables for the README: strict per-label F1, micro
# P/R/F1 and date-value accuracy for each set, from `vurgu eval`.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin vurgu
bin=target/release/vurgu
row() { # name files...
  local name=$1; shift
  "$bin" eval "$@" | awk -v name="$name" '
    $1=="PERSON"{p=$7} $1=="PLACE"{pl=$7} $1=="ORG"{o=$7} $1=="DATE"{d=$7}
    $1=="micro"{mp=$5; mr=$6; mf=$7}
    /^date values/{split($3,a,"/"); dv=sprintf("%s (%s/%s)", substr($5,2,5), a[1], a[2]); docs=$7}
    END{printf "| %s | %s | %s | %s | %s | %s | %s | %s | **%s** | %s |\n", name, docs, p, pl, o, d, mp, mr, mf, dv}'
}
echo "| set | docs | PERSON F1 | PLACE F1 | ORG F1 | DATE F1 | micro P | micro R | micro F1 | date values |"
echo "|---|---|---|---|---|---|---|---|---|---|"
row "dev az (seed + 14)" tests/corpus/dev/az-*.ann
row "dev en MEANTIME (30)" tests/corpus/dev/en-meantime-*.ann
row "dev en regional (4)" tests/corpus/dev/en-region-*.ann
row "golden az (12)" tests/golden/az-*.ann
row "golden en (6)" tests/golden/en-*.ann
if ls tests/holdout/az-*.ann >/dev/null 2>&1; then
  row "held-out az" tests/holdout/az-*.ann
  row "held-out en" tests/holdout/en-*.ann
fi
if ls tests/blind/az-*.ann >/dev/null 2>&1; then
  row "blind az" tests/blind/az-*.ann
  row "blind en" tests/blind/en-*.ann
fi
if ls tests/blind2/az-*.ann >/dev/null 2>&1; then
  row "blind2 az" tests/blind2/az-*.ann
  row "blind2 en" tests/blind2/en-*.ann
fi
if ls tests/blind3/az-*.ann >/dev/null 2>&1; then
  row "blind3 az" tests/blind3/az-*.ann
  row "blind3 en" tests/blind3/en-*.ann
fi
if ls tests/blind4/az-*.ann >/dev/null 2>&1; then
  row "blind4 az" tests/blind4/az-*.ann
  row "blind4 en" tests/blind4/en-*.ann
fi
