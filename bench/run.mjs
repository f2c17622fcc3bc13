// `make bench`: one run, one table. Builds the inputs from the dev corpus,
// runs the native half (examples/bench_native.rs) and the browser half
// (bench/page.mjs in headless Chromium, cold starts via bench/cold.mjs),
// counts instructions with callgrind, and prints one markdown table, also
// written to artifacts/bench.md and, with every raw number, artifacts/bench.json.
//
//   node bench/run.mjs            the full run (make bench; about 3-4 minutes)
//   node bench/run.mjs --quick    fewer repetitions, for trying the harness
//   node bench/run.mjs --ir       only the callgrind instruction counts (make bench-ir)
//   options: --ir-bytes N (default 100000: 1000, 10000, 100000 or 1000000), --no-ir
//
// Expects www/pkg from `make build`. Environment: CHROMIUM (default
// /usr/bin/chromium), CARGO_TARGET_DIR.
import { execFileSync, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ART = path.join(ROOT, "artifacts");
const INPUTS = path.join(ART, "bench", "inputs");
const CORPUS = path.join(ROOT, "tests", "corpus", "dev");
const WASM = path.join(ROOT, "www", "pkg", "vurgu_bg.wasm");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const TARGET = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(ROOT, "target");
const LANGS = ["az", "en"];
const SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

const argv = process.argv.slice(2);
const has = (f) => argv.includes(f);
const QUICK = has("--quick");
const IR_ONLY = has("--ir");
const NO_IR = has("--no-ir");
const IR_BYTES = argv.includes("--ir-bytes") ? Number(argv[argv.indexOf("--ir-bytes") + 1]) : 100_000;
if (!SIZES.includes(IR_BYTES)) throw new Error(`--ir-bytes must be one of ${SIZES.join(", ")}`);
const COLD_LOADS = QUICK ? 3 : 9; // per language
const NATIVE_FIRST = QUICK ? 3 : 9; // fresh processes per language

const T0 = Date.now();
const say = (m) => process.stderr.write(`bench ${((Date.now() - T0) / 1000).toFixed(0).padStart(3)} s: ${m}\n`);
const median = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.ceil(0.5 * s.length) - 1];
};
const stats = (v) => {
  const s = [...v].sort((a, b) => a - b);
  return { median: median(v), min: s[0], max: s[s.length - 1], n: v.length };
};

// ---- inputs ------------------------------------------------------------------

/** The corpus markup: `#key: value` header lines, then text with `{{LABEL|surface}}` / `{{DATE:VALUE|surface}}`. */
function parseAnn(raw, file) {
  const doc = { id: file.replace(/\.ann$/, ""), lang: null, refDate: null, text: "" };
  let body = raw;
  for (;;) {
    const m = /^#(\w+):(.*)(?:\r?\n|$)/.exec(body);
    if (!m) break;
    const v = m[2].trim();
    if (m[1] === "id") doc.id = v;
    if (m[1] === "lang") doc.lang = v;
    if (m[1] === "ref_date" && v) doc.refDate = v;
    body = body.slice(m[0].length);
  }
  doc.text = body.replace(/\{\{[A-Z]+(?::[^|}]*)?\|([^}]*)\}\}/g, "$1");
  return doc;
}

/** Largest prefix of `buf` of at most `n` bytes that ends on a character boundary. */
function utf8Prefix(buf, n) {
  let k = Math.min(n, buf.length);
  while (k > 0 && k < buf.length && (buf[k] & 0xc0) === 0x80) k--;
  return buf.subarray(0, k);
}

/**
 * artifacts/bench/inputs/: articles.json (every dev article with its language
 * and date); {az,en}-{1000..10000000}.txt, prefixes of the language's dev
 * articles joined by blank lines and repeated; {az,en}-5000w.txt, the first
 * 5,000 words of the same text.
 */
function writeInputs() {
  mkdirSync(INPUTS, { recursive: true });
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".ann")).sort();
  const docs = files.map((f) => parseAnn(readFileSync(path.join(CORPUS, f), "utf8"), f));
  for (const d of docs) if (!LANGS.includes(d.lang)) throw new Error(`${d.id}: #lang must be az or en`);
  writeFileSync(path.join(INPUTS, "articles.json"), JSON.stringify(docs));
  const info = {};
  for (const l of LANGS) {
    const unit = docs.filter((d) => d.lang === l).map((d) => d.text.trim()).join("\n\n");
    const parts = [unit];
    let bytes = Buffer.byteLength(unit);
    const unitBytes = bytes + 2;
    while (bytes < SIZES[SIZES.length - 1]) {
      parts.push(unit);
      bytes += unitBytes;
    }
    const big = parts.join("\n\n");
    const buf = Buffer.from(big);
    for (const n of SIZES) writeFileSync(path.join(INPUTS, `${l}-${n}.txt`), utf8Prefix(buf, n));
    const words = [...big.matchAll(/\S+/g)];
    const w5000 = big.slice(0, words[4999].index + words[4999][0].length);
    writeFileSync(path.join(INPUTS, `${l}-5000w.txt`), w5000);
    info[l] = { articles: docs.filter((d) => d.lang === l).length, unitBytes: Buffer.byteLength(unit) };
  }
  return info;
}

// ---- native --------------------------------------------------------------------

function buildNative() {
  say("cargo build --release --example bench_native");
  execFileSync("cargo", ["build", "--release", "--quiet", "--example", "bench_native"], { cwd: ROOT, stdio: "inherit" });
  return path.join(TARGET, "release", "examples", "bench_native");
}

function runJson(bin, args) {
  const out = execFileSync(bin, ["--inputs", INPUTS, ...args], { cwd: ROOT, maxBuffer: 64 << 20 }).toString();
  return JSON.parse(out.trim().split("\n").pop());
}

function native(bin) {
  say("native: throughput, latency, size scaling");
  const full = runJson(bin, QUICK ? ["--quick"] : []);
  say("native: first calls in fresh processes");
  const first = { az: [], en: [] };
  for (let i = 0; i < NATIVE_FIRST; i++) for (const l of LANGS) first[l].push(runJson(bin, ["--first-call", l]));
  full.firstCall = {};
  for (const l of LANGS) {
    full.firstCall[l] = {
      firstUs: stats(first[l].map((r) => r.firstUs)),
      secondUs: stats(first[l].map((r) => r.secondUs)),
    };
  }
  return full;
}

/** The release profile's settings as built: opt-level from Cargo.toml, inline threshold from .cargo/config.toml. */
function buildProfile() {
  const cargo = readFileSync(path.join(ROOT, "Cargo.toml"), "utf8");
  const level = /\[profile\.release\][^[]*?^opt-level\s*=\s*"?([^"\n]+)"?/ms.exec(cargo)?.[1] ?? "?";
  const config = existsSync(path.join(ROOT, ".cargo/config.toml")) ? readFileSync(path.join(ROOT, ".cargo/config.toml"), "utf8") : "";
  const threshold = /inline-threshold=(\d+)/.exec(config)?.[1];
  return `opt-level ${level}${threshold ? `, inline threshold ${threshold}` : ""}`;
}

/** Instructions of one analyze() call, counted by callgrind inside `ir_measured` only. */
function callgrind(bin, lang, bytes, first) {
  const dir = mkdtempSync(path.join(tmpdir(), "vurgu-callgrind-"));
  const outFile = path.join(dir, "callgrind.out");
  try {
    const r = spawnSync(
      "valgrind",
      [
        "--tool=callgrind",
        `--callgrind-out-file=${outFile}`,
        "--collect-atstart=no",
        "--toggle-collect=*ir_measured*",
        bin, "--inputs", INPUTS, "--ir", lang, String(bytes), ...(first ? ["--first"] : []),
      ],
      { cwd: ROOT, maxBuffer: 16 << 20 },
    );
    if (r.status !== 0) throw new Error(`valgrind failed:\n${r.stderr}`);
    const run = JSON.parse(r.stdout.toString().trim());
    const m = /^(?:summary|totals):\s*(\d+)/m.exec(readFileSync(outFile, "utf8"));
    const ir = m ? Number(m[1]) : 0;
    if (!ir) throw new Error("callgrind counted nothing inside ir_measured (symbol renamed or inlined?)");
    return { ir, bytes: run.bytes, entities: run.entities };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function instructions(bin) {
  if (spawnSync("valgrind", ["--version"]).status !== 0) {
    say("valgrind is not installed: no instruction counts (apt-get install valgrind)");
    return null;
  }
  const out = { bytes: IR_BYTES };
  for (const l of LANGS) {
    say(`callgrind: ${l}, ${IR_BYTES} bytes`);
    const warm = callgrind(bin, l, IR_BYTES, false);
    const first = callgrind(bin, l, IR_BYTES, true);
    out[l] = {
      bytes: warm.bytes,
      entities: warm.entities,
      warmIr: warm.ir,
      irPerByte: warm.ir / warm.bytes,
      firstCallIr: first.ir,
      firstCallExtraIr: first.ir - warm.ir,
    };
  }
  return out;
}

// ---- browser -----------------------------------------------------------------------

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};
const SERVED = ["/bench/", "/www/pkg/", "/artifacts/bench/inputs/"];

/**
 * Static files with COOP/COEP (cross-origin isolation: 5 µs timers) and
 * no-store (no HTTP cache between cold loads).
 */
function serve() {
  const server = createServer((req, res) => {
    const p = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(ROOT, p);
    if (!SERVED.some((s) => p.startsWith(s)) || !file.startsWith(ROOT + path.sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Embedder-Policy": "require-corp",
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function browser() {
  const { chromium } = await import("playwright-core");
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  // launch() gives the browser a fresh temporary --user-data-dir of its own.
  const b = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
  try {
    const out = { version: b.version() };
    const guard = async (ctx) => {
      // Nothing may leave the local server.
      await ctx.route("**/*", (r) => (r.request().url().startsWith(base) ? r.continue() : r.abort()));
    };

    say(`chromium ${out.version}: ${COLD_LOADS} cold loads per language, each in a fresh context`);
    const cold = { az: [], en: [] };
    for (let i = 0; i < COLD_LOADS; i++) {
      for (const l of LANGS) {
        const ctx = await b.newContext();
        await guard(ctx);
        const page = await ctx.newPage();
        const errors = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(`${base}/bench/cold.html?lang=${l}`);
        await page.waitForFunction(() => window.coldResult, null, { timeout: 30000 }).catch(() => {
          throw new Error(`cold load failed: ${errors.join("; ") || "no result"}`);
        });
        cold[l].push(await page.evaluate(() => window.coldResult));
        await ctx.close();
      }
    }
    out.cold = {};
    for (const l of LANGS) {
      const c = cold[l];
      out.cold[l] = { id: c[0].id, loads: c.length };
      for (const k of ["initMs", "firstCallMs", "totalMs", "secondCallMs", "sinceNavigationMs", "wasmFetchMs", "requestMs"]) {
        out.cold[l][k] = stats(c.map((r) => r[k]));
      }
    }

    say("browser: latency, throughput, size scaling, compromise, chrono-node, DOM");
    const ctx = await b.newContext({ viewport: { width: 1280, height: 900 } });
    await guard(ctx);
    const page = await ctx.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
      else say(`  page: ${m.text()}`);
    });
    await page.goto(`${base}/bench/page.html`);
    await page.waitForFunction(() => window.benchReady, null, { timeout: 30000 }).catch(() => {
      throw new Error(`bench page did not load: ${errors.join("; ")}`);
    });
    out.page = await page.evaluate((cfg) => window.bench(cfg), { quick: QUICK });
    if (errors.length) throw new Error(`bench page: ${errors.join("; ")}`);
    await ctx.close();
    return out;
  } finally {
    await b.close();
    server.close();
  }
}

// ---- sizes, machine --------------------------------------------------------------------

function wasmSizes() {
  const raw = readFileSync(WASM);
  return {
    raw: raw.length,
    // The gzip tool, as make build and tests/e2e/size.test.mjs count it
    // (zlib's level 9 comes out about 1% bigger).
    gzip9: execFileSync("gzip", ["-9c", WASM], { maxBuffer: 64 << 20 }).length,
    brotli11: zlib.brotliCompressSync(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }).length,
  };
}

function machine() {
  const git = (...a) => spawnSync("git", a, { cwd: ROOT }).stdout.toString().trim();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit: git("rev-parse", "--short", "HEAD"),
    dirty: git("status", "--porcelain", "--untracked-files=no") !== "",
    cpu: cpus()[0]?.model ?? "?",
    cores: cpus().length,
    loadavgAtStart: loadavg()[0],
    node: process.version,
    rustc: spawnSync("rustc", ["--version"]).stdout?.toString().trim() ?? "?",
  };
}

// ---- the table -------------------------------------------------------------------------------

const f3 = (x) => (x == null || Number.isNaN(x) ? "—" : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toPrecision(2));
const ok = (b) => (b ? "✓" : "✗");
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const faster = (x) => (x >= 1 ? `is ${f3(x)}× faster` : `takes ${f3(1 / x)}× as long`);
const range = (s) => `${f3(s.min)}–${f3(s.max)}`;

function table(r) {
  const rows = [];
  const row = (measure, az, en, target, note) => rows.push([measure, az, en, target ?? "", note ?? ""]);
  const P = r.browser?.page;
  const N = r.native;
  const both = (fn) => LANGS.map(fn);

  if (P) {
    const a = P.throughput.analyze;
    const okA = LANGS.every((l) => a[l].mbPerS.median >= 30);
    row("wasm `analyze()` on 1 MB", ...both((l) => `${f3(a[l].mbPerS.median)} MB/s`), `≥ 30 MB/s ${ok(okA)}`,
      `objects out; n=${a.az.mbPerS.n}, range ${both((l) => range(a[l].mbPerS)).join(" / ")}; ${both((l) => a[l].entities).join(" / ")} entities`);
    const fl = P.throughput.analyzeFlat;
    row("wasm `analyzeFlat()` on 1 MB", ...both((l) => `${f3(fl[l].mbPerS.median)} MB/s`), "",
      `Uint32Array out; n=${fl.az.mbPerS.n}, range ${both((l) => range(fl[l].mbPerS)).join(" / ")}`);
  }
  if (N) {
    const t = N.throughput;
    row("native `analyze()` on 1 MB", ...both((l) => `${f3(t[l].mbPerS.median)} MB/s`), "",
      `release profile (${buildProfile()}); n=${t.az.mbPerS.n}, range ${both((l) => range(t[l].mbPerS)).join(" / ")}; ${both((l) => t[l].entities).join(" / ")} entities`);
  }
  if (P) {
    const L = P.latency;
    row("wasm per-article latency p50 / p99, warm", ...both((l) => `${f3(L[l].articleMedians.p50us)} / ${f3(L[l].articleMedians.p99us)} µs`), "",
      `\`analyze()\` over the ${L.az.articles} az / ${L.en.articles} en articles (median ${both((l) => kb(L[l].medianBytes)).join(" / ")}), each article's median of ${P.latencyRounds} rounds (p99 = the slowest article); over all ${both((l) => L[l].samples).join(" / ")} calls, stalls included: ${both((l) => `${f3(L[l].p50us)} / ${f3(L[l].p99us)}`).join(" and ")} µs`);
  }
  if (N) {
    const L = N.latency;
    row("native per-article latency p50 / p99, warm", ...both((l) => `${f3(L[l].articleMedians.p50us)} / ${f3(L[l].articleMedians.p99us)} µs`), "",
      `the same, ${N.latencyRounds} rounds; over all calls: ${both((l) => `${f3(L[l].p50us)} / ${f3(L[l].p99us)}`).join(" and ")} µs`);
  }
  const C = r.browser?.cold;
  if (C) {
    row("wasm first `analyze()` after `init()`", ...both((l) => `${f3(C[l].firstCallMs.median)} ms`), "",
      `median of the ${C.az.loads} cold loads per language below, first dev article (${both((l) => C[l].id).join(", ")}); the second call on it takes ${both((l) => f3(C[l].secondCallMs.median)).join(" / ")} ms`);
  }
  if (N) {
    const F = N.firstCall;
    row("native first `analyze()` in a fresh process", ...both((l) => `${f3(F[l].firstUs.median)} µs`), "",
      `same article; second call ${both((l) => f3(F[l].secondUs.median)).join(" / ")} µs; median of ${F.az.firstUs.n} processes`);
  }
  if (C) {
    row("wasm cold `init()`: fetch + compile + instantiate", ...both((l) => `${f3(C[l].initMs.median)} ms`), "",
      `fresh context, no cache; median of ${C.az.loads} loads each, range ${both((l) => range(C[l].initMs)).join(" / ")}`);
    const okC = LANGS.every((l) => C[l].totalMs.median < 50);
    row("wasm cold start: `init()` + first `analyze()`", ...both((l) => `${f3(C[l].totalMs.median)} ms`), `< 50 ms ${ok(okC)}`,
      `from navigation start to the first result: ${both((l) => f3(C[l].sinceNavigationMs.median)).join(" / ")} ms`);
    row("of which the .wasm's fetch / any request here", ...both((l) => `${f3(C[l].wasmFetchMs.median)} / ${f3(C[l].requestMs.median)} ms`), "",
      "resource timing of the .wasm; a 0.2 KB no-store request from the same fresh page just before `init()`: this machine's floor for any fetch");
  }
  if (P || N) {
    for (let i = 0; i < SIZES.length; i++) {
      const cell = (l) => `${P ? f3(P.scaling[l][i].nsPerByte.median) : "—"} / ${N ? f3(N.scaling[l][i].nsPerByte.median) : "—"}`;
      let note = i === 0 ? "ns per byte, wasm `analyzeFlat()` / native `analyze()`; median of batches of ≥ 200 KB of text (5 batches up to 100 KB, 3 at 1 MB, 1 call at 10 MB)" : "";
      if (i === SIZES.length - 1) {
        const growth = (S) => both((l) => f3(S[l][4].nsPerByte.median / S[l][2].nsPerByte.median)).join(" / ");
        note = `ns/byte at 10 MB ÷ at 100 KB (1.0 = linear): wasm ${P ? growth(P.scaling) : "—"}, native ${N ? growth(N.scaling) : "—"}`;
      }
      row(`ns/byte at ${["1 KB", "10 KB", "100 KB", "1 MB", "10 MB"][i]} (wasm / native)`, ...both(cell), "", note);
    }
  }
  if (P) {
    row("wasm linear memory after the 1 MB / 10 MB runs", `${f3(P.memoryAfter1MB_MB)} / ${f3(P.memoryAfter10MB_MB)} MB`, "(both languages)", "",
      `\`memory.buffer.byteLength\`, one instance for both languages (${f3(P.memoryAfterInitMB)} MB after init)`);
  }
  if (N) {
    const R = N.peakRss;
    row("native peak RSS after the 1 MB / 10 MB runs", `${f3(R.after1MB / 1e6)} / ${f3(R.after10MB / 1e6)} MB`, "(both languages)", "",
      `VmHWM (= getrusage maxrss), one process for both languages, ${f3(R.start / 1e6)} MB at start; includes the input texts`);
  }
  if (P) {
    const L = P.latency.en;
    const vurgu = L.perArticleMBps.median;
    const o = P.others;
    const xc = vurgu / o.compromise.mbPerS.median;
    row("compromise 14.17 + compromise-dates 3.9", "—", `${f3(o.compromise.mbPerS.median)} MB/s`, `vurgu ≥ 50× ${ok(xc >= 50)}`,
      `vurgu \`analyze()\` ${faster(xc)} on the same ${o.compromise.articles} articles (${f3(vurgu)} MB/s article by article; ${f3(P.throughput.analyze.en.mbPerS.median / o.compromise.mbPerS.median)}× vs its 1 MB rate); people/places/organizations/dates with offsets, n=${o.compromise.mbPerS.n}`);
    const xr = vurgu / o.chrono.mbPerS.median;
    row("chrono-node 2.10 `parse()`", "—", `${f3(o.chrono.mbPerS.median)} MB/s`, "",
      `dates only, same articles; vurgu \`analyze()\` (all four labels) ${faster(xr)}; n=${o.chrono.mbPerS.n}`);
    const D = P.dom;
    const okD = LANGS.every((l) => D[l].vurgu.scriptMs.median < 10);
    row(`5,000-word article highlighted in place`, ...both((l) => `${f3(D[l].vurgu.scriptMs.median)} ms`), `< 10 ms ${ok(okD)}`,
      `${D.en.vurguHow}; with style + layout ${both((l) => f3(D[l].vurgu.withLayoutMs.median)).join(" / ")} ms; ${both((l) => D[l].vurgu.marks).join(" / ")} marks, ${both((l) => kb(D[l].bytes)).join(" / ")}`);
    if (D.en.paint) {
      const okP = LANGS.every((l) => D[l].paint.scriptMs.median < 10);
      row("… the same painted with the CSS Custom Highlight API", ...both((l) => `${f3(D[l].paint.scriptMs.median)} ms`), `< 10 ms ${ok(okP)}`,
        `paint(element, options): the same recognition, a StaticRange per text node an entity touches in CSS.highlights, the DOM unchanged (no marks, attributes, focus or clicks); with style + layout ${both((l) => f3(D[l].paint.withLayoutMs.median)).join(" / ")} ms; ${both((l) => D[l].paint.marks).join(" / ")} ranges`);
    }
    const ph = (l, k) => f3(D[l].phasesMs[k].median);
    row("… the same in steps: collect / analyze / wrap", ...both((l) => `${ph(l, "collect")} / ${ph(l, "analyze")} / ${ph(l, "wrap")} ms`), "",
      "beginHighlight + collect() + text (DOM → string), analyze(text) (recognition, entity objects), apply(entities) + finish() (marks into the DOM); medians of the same repetitions");
    row("mark.js 8.11 `markRanges(vurgu's ranges)`, same article", ...both((l) => `${f3(D[l].markRanges.scriptMs.median)} ms`), "",
      `only wraps the given ranges (no recognition): ${both((l) => f3(D[l].markRanges.scriptMs.median / D[l].vurgu.scriptMs.median)).join(" / ")}× vurgu's whole recognise + highlight; with layout ${both((l) => f3(D[l].markRanges.withLayoutMs.median)).join(" / ")} ms`);
    const ms = D.en.markStrings;
    row("mark.js 8.11 `mark(entity strings)`, same article", "—", `${f3(ms.scriptMs.median)} ms`, "",
      `the ${D.en.uniqueStrings} distinct entity texts vurgu found, mark.js defaults but separateWordSearch off; marks every occurrence (${ms.marks}); ${f3(ms.scriptMs.median / D.en.vurgu.scriptMs.median)}× vurgu's time; n=${ms.scriptMs.n}`);
  }
  const S = r.wasmSize;
  row("`.wasm` size raw / gzip -9 / brotli 11", `${kb(S.raw)} / ${kb(S.gzip9)} / ${kb(S.brotli11)}`, "(both languages)", `≤ 250 KB gzip ${ok(S.gzip9 <= 250_000)}`,
    "www/pkg/vurgu_bg.wasm from `make build`; gzip tool at -9 (as `make build` prints it), brotli by node zlib at quality 11; KB = 1000 bytes");
  const I = r.instructions;
  if (I) {
    row(`native instructions per byte (callgrind, ${kb(I.bytes)})`, ...both((l) => `${f3(I[l].irPerByte)}`), "",
      `one warm \`analyze()\`: ${both((l) => `${(I[l].warmIr / 1e6).toFixed(1)}M`).join(" / ")} Ir; the first call costs ${both((l) => `${(I[l].firstCallExtraIr / 1e6).toFixed(1)}M`).join(" / ")} Ir more`);
  }

  const m = r.machine;
  const head = [
    `vurgu benchmark, ${m.date}, commit ${m.commit}${m.dirty ? " + uncommitted changes" : ""}${QUICK ? ", QUICK run (fewer repetitions)" : ""}`,
    `${m.cores} × ${m.cpu}, load average ${m.loadavgAtStart.toFixed(2)} at start; ${r.browser ? `Chromium ${r.browser.version} headless, ` : ""}node ${m.node}, ${m.rustc}`,
    `Medians of interleaved repetitions (n and min–max in the notes; the machine is shared, so expect ±10-20%); MB = 10^6 UTF-8 bytes; µs timers${P ? ` (page timer step ${f3(P.timerResolutionUs)} µs, cross-origin isolated: ${P.crossOriginIsolated})` : ""}.`,
  ];
  const md = [
    ...head.map((h) => `${h}  `),
    "",
    "| measure | az | en | target | notes |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
  return md + "\n";
}

function irTable(I) {
  const lines = [`callgrind, release profile, ${kb(I.bytes)} of each language (instructions inside one analyze() call):`, ""];
  lines.push("| | az | en |", "|---|---|---|");
  lines.push(`| instructions per byte, warm call | ${LANGS.map((l) => I[l].irPerByte.toFixed(2)).join(" | ")} |`);
  lines.push(`| instructions, warm call | ${LANGS.map((l) => I[l].warmIr.toLocaleString("en")).join(" | ")} |`);
  lines.push(`| extra instructions of the first call (built on first use) | ${LANGS.map((l) => I[l].firstCallExtraIr.toLocaleString("en")).join(" | ")} |`);
  lines.push(`| entities | ${LANGS.map((l) => I[l].entities).join(" | ")} |`);
  return lines.join("\n") + "\n";
}

// ---- main -------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const result = { machine: machine(), quick: QUICK };
  result.inputs = writeInputs();
  const bin = buildNative();
  if (IR_ONLY) {
    const I = instructions(bin);
    if (!I) process.exit(1);
    mkdirSync(ART, { recursive: true });
    writeFileSync(path.join(ART, "bench-ir.json"), JSON.stringify({ machine: result.machine, instructions: I }, null, 2));
    process.stdout.write(irTable(I));
    return;
  }
  if (!existsSync(WASM)) throw new Error("www/pkg/vurgu_bg.wasm is missing: run `make build` first");
  result.wasmSize = wasmSizes();
  // One thing at a time: the native and browser halves never overlap.
  result.native = native(bin);
  result.browser = await browser();
  // Sanity: the wasm module and the native library must be the same code.
  for (const l of LANGS) {
    const w = result.browser.page.throughput.analyze[l].entities;
    const n = result.native.throughput[l].entities;
    if (w !== n) say(`WARNING: ${l} 1 MB: wasm found ${w} entities, native ${n}; is www/pkg stale? (make build)`);
  }
  result.instructions = NO_IR ? null : instructions(bin);
  result.seconds = (Date.now() - started) / 1000;
  const md = table(result);
  mkdirSync(ART, { recursive: true });
  writeFileSync(path.join(ART, "bench.json"), JSON.stringify(result, null, 2));
  writeFileSync(path.join(ART, "bench.md"), md);
  process.stdout.write(`\n${md}\n`);
  say(`${result.seconds.toFixed(0)} s; artifacts/bench.md, artifacts/bench.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
