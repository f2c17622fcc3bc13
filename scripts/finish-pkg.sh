#!/usr/bin/env bash
# Runs after wasm-bindgen: types the raw ABI exports, checks the public
# types, prints the module's size.
set -euo pipefail
pkg=${1:-www/pkg}

# wasm-bindgen types the raw externref parameters of the low-level exports
# (InitOutput, vurgu_bg.wasm.d.ts) as `any` and has no switch for it;
# `unknown` is just as true and keeps `any` out of the package's types.
# Exports that return a JS value directly (a getter) come out as `=> any`.
sed -i -E '/^ *(readonly|export const) [A-Za-z0-9_]+: \(/ { s/\b([a-z]): any\b/\1: unknown/g; s/=> any;$/=> unknown;/ }' \
  "$pkg/vurgu.d.ts" "$pkg/vurgu_bg.wasm.d.ts"
if grep -nw any "$pkg/vurgu.d.ts" "$pkg/vurgu_bg.wasm.d.ts"; then
  echo "finish-pkg: the generated types above still use any" >&2
  exit 1
fi

wasm="$pkg/vurgu_bg.wasm"
printf '%s: %s bytes raw, %s bytes gzip -9\n' "$wasm" "$(wc -c < "$wasm")" "$(gzip -9c "$wasm" | wc -c)"
