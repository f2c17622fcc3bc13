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
# Classes get `[Symbol.dispose](): void`, which only type-checks with the
# ESNext.Disposable lib; without the line the types work with any lib
# (free() is there either way).
sed -i '/^ *\[Symbol\.dispose\]()/d' "$pkg/vurgu.d.ts"
if grep -nw any "$pkg/vurgu.d.ts" "$pkg/vurgu_bg.wasm.d.ts"; then
  echo "finish-pkg: the generated types above still use any" >&2
  exit 1
fi

# Before init() resolves, wasm-bindgen's `wasm` is undefined and a call
# fails with "Cannot read properties of undefined (reading 'analyze')".
# Make it a stand-in whose every read throws an Error that says what to do,
# and let the glue's "already initialised?" checks compare against it.
# Each edit must apply exactly where expected, or the build stops.
js="$pkg/vurgu.js"
decl='let wasmModule, wasmInstance, wasm;'
again='if (wasm !== undefined) return wasm;'
if [ "$(grep -cxF "$decl" "$js")" != 1 ] || [ "$(grep -cF "$again" "$js")" != 2 ] || [ "$(grep -c 'wasm [!=]==' "$js")" != 2 ]; then
  echo "finish-pkg: wasm-bindgen's glue changed shape; update the before-init guard here" >&2
  exit 1
fi
guard='const NOT_READY = new Proxy({}, { get() { throw new Error("vurgu is not initialised: call and await init() (the default export of vurgu.js) before using its functions"); } });'
sed -i -e "s|^$decl\$|$guard\nlet wasmModule, wasmInstance, wasm = NOT_READY;|" -e "s|$again|if (wasm !== NOT_READY) return wasm;|" "$js"

wasm="$pkg/vurgu_bg.wasm"
printf '%s: %s bytes raw, %s bytes gzip -9\n' "$wasm" "$(wc -c < "$wasm")" "$(gzip -9c "$wasm" | wc -c)"
