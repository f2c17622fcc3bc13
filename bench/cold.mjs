// One cold start, loaded by bench/run.mjs in a fresh browser context (empty
// HTTP and code caches; the server also sends Cache-Control: no-store):
// init() = fetch + compile + instantiate of www/pkg/vurgu_bg.wasm, then the
// first analyze() on the language's first dev article. The JS glue and the
// article are loaded before the clock starts.
import init, { analyze } from "/www/pkg/vurgu.js";

const lang = new URLSearchParams(location.search).get("lang");
const articles = await (await fetch("/artifacts/bench/inputs/articles.json")).json();
const a = articles.find((x) => x.lang === lang);
const opts = a.refDate ? { lang, refDate: a.refDate } : { lang };
// This machine's cost of any request in a fresh page (served no-store like
// the .wasm): read beside init(), whose fetch pays it too.
const f0 = performance.now();
await (await fetch("/bench/cold.html")).text();
const requestMs = performance.now() - f0;
const t0 = performance.now();
await init();
const t1 = performance.now();
const n = analyze(a.text, opts).length;
const t2 = performance.now();
const second = performance.now();
analyze(a.text, opts);
const t3 = performance.now();
const wasmEntry = performance.getEntriesByType("resource").find((e) => e.name.endsWith(".wasm"));
window.coldResult = {
  lang,
  id: a.id,
  entities: n,
  initMs: t1 - t0,
  firstCallMs: t2 - t1,
  totalMs: t2 - t0,
  secondCallMs: t3 - second,
  sinceNavigationMs: t2,
  wasmFetchMs: wasmEntry ? wasmEntry.responseEnd - wasmEntry.startTime : null,
  requestMs,
};
