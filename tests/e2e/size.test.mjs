// The size budget of the issue "Fast and small": the built module, with
// every lexicon, must stay within 250 KB gzip (KB = 1000 bytes). Counted by
// the gzip tool at -9, the number `make build` prints: node's zlib at level 9
// comes out about 1% bigger on this module. Runs after `make build` (make
// test-e2e builds first). Sizes only: speed is measured by `make bench`,
// never asserted in tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WASM = path.join(ROOT, "www", "pkg", "vurgu_bg.wasm");
const BUDGET_GZIP = 250_000;

test("the wasm module is at most 250 KB gzip -9", () => {
  assert.ok(existsSync(WASM), "www/pkg/vurgu_bg.wasm is missing: run `make build` first");
  const raw = readFileSync(WASM);
  const gz = execFileSync("gzip", ["-9c", WASM], { maxBuffer: 64 << 20 }).length;
  assert.ok(
    gz <= BUDGET_GZIP,
    `www/pkg/vurgu_bg.wasm is ${gz} bytes gzip -9 (${raw.length} raw), over the budget of ${BUDGET_GZIP}`,
  );
});
