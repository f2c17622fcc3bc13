// The Web Worker path (vurgu-async.js + vurgu-worker.js) in headless
// Chromium: the same entities as analyze(), chunks cut at paragraph breaks
// with offsets and groups that hold across them, a multi-megabyte text
// with the main thread kept free, highlightAsync on a long element, abort.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { startServer, launch, paragraphs, parseAnn, NPM, FIXTURES, ROOT, ARTIFACTS } from "./lib.mjs";

let server;
let browser;
let page;
let seed;

before(async () => {
  seed = parseAnn(await readFile(path.join(ROOT, "tests/corpus/dev/az-seed.ann"), "utf8")).trim();
  server = await startServer({ "/pkg/": NPM, "/": FIXTURES });
  browser = await launch(server.base);
  page = browser.page;
  await page.goto(`${server.base}news.html`);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test("a text shorter than a chunk gives exactly what analyze gives", async () => {
  const r = await page.evaluate(async (text) => {
    const inWorker = await window.vurgu.analyzeInWorker(text, { refDate: "2023-10-01" });
    const direct = window.vurgu.analyze(text, { refDate: "2023-10-01" });
    return { inWorker: [...inWorker], direct: [...direct], langs: [inWorker.lang, direct.lang] };
  }, seed);
  assert.equal(r.direct.length, 27);
  assert.deepEqual(r.inWorker, r.direct);
  assert.deepEqual(r.langs, ["az", "az"]);
});

test("chunks end at paragraph breaks; offsets and groups hold across them; progress is reported", async () => {
  const copies = 12;
  const text = Array(copies).fill(seed).join("\n\n");
  const r = await page.evaluate(async ({ text, seed }) => {
    const progress = [];
    const found = await window.vurgu.analyzeInWorker(text, { lang: "az" }, {
      chunkSize: 4096,
      onProgress: (p) => progress.push({ done: p.done, total: p.total, n: p.entities.length }),
    });
    const one = window.vurgu.analyze(seed, { lang: "az" });
    return { found: [...found], one: [...one], progress };
  }, { text, seed });
  const step = seed.length + 2;
  assert.ok(r.progress.length >= copies / 2, `${r.progress.length} chunks`);
  for (const p of r.progress.slice(0, -1)) {
    assert.equal(text.slice(p.done - 2, p.done), "\n\n", "each chunk ends after a blank line");
  }
  assert.equal(r.progress.at(-1).done, text.length);
  assert.ok(r.progress.every((p, i) => i === 0 || p.done > r.progress[i - 1].done));
  assert.equal(r.progress.reduce((s, p) => s + p.n, 0), r.found.length);
  assert.equal(r.found.length, copies * r.one.length);
  r.found.forEach((e, i) => {
    const k = Math.floor(i / r.one.length);
    const o = r.one[i % r.one.length];
    assert.deepEqual([e.start, e.end, e.label, e.text], [o.start + k * step, o.end + k * step, o.label, o.text]);
    assert.equal(text.slice(e.start, e.end), e.text);
  });
  // İlham Əliyev is one group in every chunk, and not Blinken's.
  const groupOf = (t) => new Set(r.found.filter((e) => e.base === t).map((e) => e.group));
  assert.equal(groupOf("İlham Əliyev").size, 1);
  assert.equal(groupOf("Entoni Blinken").size, 1);
  assert.notDeepEqual([...groupOf("İlham Əliyev")], [...groupOf("Entoni Blinken")]);
});

test("a multi-megabyte text is analysed in the worker while the page stays responsive", async () => {
  const text = (await paragraphs("az", 420_000)).join("\n\n");
  assert.ok(text.length > 3_000_000, `${text.length} chars`);
  const r = await page.evaluate(async (text) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    });
    observer.observe({ type: "longtask", buffered: false });
    // A heartbeat sees any stall, long task or not.
    let last = performance.now();
    let gap = 0;
    let beats = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      gap = Math.max(gap, now - last);
      last = now;
      beats++;
    }, 10);
    const t0 = performance.now();
    let chunks = 0;
    const found = await window.vurgu.analyzeInWorker(text, { lang: "az" }, { onProgress: () => chunks++ });
    const ms = performance.now() - t0;
    clearInterval(timer);
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    const bad = found.filter((e) => text.slice(e.start, e.end) !== e.text).length;
    const sorted = found.every((e, i) => i === 0 || e.start >= found[i - 1].end);
    return { ms, chunks, entities: found.length, bad, sorted, longest: Math.max(0, ...tasks), longTasks: tasks.length, gap, beats };
  }, text);
  const report = { textChars: text.length, ...r };
  await writeFile(path.join(ARTIFACTS, "worker-timing.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`worker, ${(text.length / 1e6).toFixed(1)} M chars: ${JSON.stringify(report)}`);
  assert.equal(r.bad, 0, "every entity's offsets give its text");
  assert.ok(r.sorted);
  assert.ok(r.entities > 50_000, `${r.entities} entities`);
  assert.ok(r.chunks >= 40, `${r.chunks} chunks`);
  assert.ok(r.longest < 100, `longest main-thread task ${r.longest} ms`);
  assert.ok(r.beats > r.ms / 50, `the heartbeat ran ${r.beats} times in ${r.ms} ms`);
});

test("highlightAsync marks a long element chunk by chunk, the same as highlight, and keeps the page responsive", async () => {
  const paras = await paragraphs("az", 60_000);
  const r = await page.evaluate(async (paras) => {
    const make = () => {
      const art = document.createElement("article");
      for (const p of paras) {
        const el = document.createElement("p");
        el.textContent = p;
        art.append(el);
      }
      document.body.append(art);
      return art;
    };
    const a = make();
    const b = make();
    const before = b.cloneNode(true);
    document.body.offsetHeight;
    const sync = window.vurgu.highlight(a, { lang: "az" });
    document.body.offsetHeight;
    const tasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push(e.duration);
    });
    observer.observe({ type: "longtask", buffered: false });
    let progress = 0;
    const t0 = performance.now();
    const summary = await window.vurgu.highlightAsync(b, { lang: "az" }, { worker: true, onProgress: () => progress++ });
    const ms = performance.now() - t0;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    observer.disconnect();
    // Group ids may differ (chunks link equal names only), the marks may not.
    const strip = (el) => el.innerHTML.replace(/ data-group="\d+"/g, "");
    const same = strip(a) === strip(b);
    const undone = window.vurgu.unhighlight(b);
    const restored = b.isEqualNode(before);
    a.remove();
    b.remove();
    return { chars: summary.text.length, entities: summary.entities.length, syncEntities: sync.entities.length, progress, same, undone, restored, ms, longest: Math.max(0, ...tasks) };
  }, paras);
  console.log(`highlightAsync, ${(r.chars / 1e3).toFixed(0)} K chars: ${JSON.stringify(r)}`);
  assert.equal(r.entities, r.syncEntities);
  assert.ok(r.same, "the worker's marks are highlight's marks");
  assert.ok(r.progress >= 5, `${r.progress} chunks`);
  assert.ok(r.undone && r.restored, "unhighlight restores the long element");
  // Looser than the 100 ms above: here the main thread also styles, lays
  // out and shapes the text of every paragraph that gets marks (one slice
  // per frame), work the browser does whoever inserts them.
  assert.ok(r.longest < 200, `longest main-thread task ${r.longest} ms`);
});

test("aborting stops the work, rejects, and leaves the element as it was", async () => {
  const paras = await paragraphs("az", 30_000);
  const r = await page.evaluate(async (paras) => {
    const art = document.createElement("article");
    for (const p of paras) art.append(Object.assign(document.createElement("p"), { textContent: p }));
    document.body.append(art);
    const before = art.cloneNode(true);
    const ctl = new AbortController();
    let seen = 0;
    const result = await window.vurgu
      .highlightAsync(art, { lang: "az" }, { worker: true, chunkSize: 8192, signal: ctl.signal, onProgress: () => ++seen === 2 && ctl.abort() })
      .then(() => "resolved", (e) => e.name);
    const restored = art.isEqualNode(before) && art.querySelectorAll("mark").length === 0;
    const bad = await window.vurgu.analyzeInWorker("Bakı", { lang: "xx" }).then(() => "resolved", (e) => e.message);
    const after = await window.vurgu.analyzeInWorker("Prezident İlham Əliyev Bakıda görüşüb.", { lang: "az" });
    art.remove();
    return { result, seen, restored, bad, after: after.map((e) => e.text) };
  }, paras);
  assert.equal(r.result, "AbortError");
  assert.equal(r.seen, 2);
  assert.ok(r.restored, "the partly marked element is restored");
  assert.equal(r.bad, 'unknown language "xx": expected "az", "en" or "auto"');
  assert.deepEqual(r.after, ["İlham Əliyev", "Bakıda"], "the worker keeps working after errors");
});

test("the page logged no errors and fetched nothing from outside", () => {
  assert.deepEqual(browser.offsite, []);
  assert.deepEqual(browser.errors, []);
});
