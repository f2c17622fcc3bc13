// Never break a page: the built module (www/pkg, release build, panics
// abort) in the system's headless Chromium, on a blank page of the local
// server.
// - Calls before `init()` throw an Error that says so; init then works.
// - Misuse (wrong types, unknown labels, bad options) throws clear Errors
//   and the module keeps answering.
// - renderHtml over hundreds of hostile inputs, parsed by the browser
//   three ways (template, DOMParser, live in the document): only <mark>s
//   with the allowed attributes, text exactly the input, no handler runs.
// - highlight()/unhighlight() over 1,000 generated documents: only marks
//   are added, the text is unchanged, and undo restores the DOM exactly.
// - 10 MB through the module's worker and through analyzeFlat in a worker
//   with the page responsive (longest main-thread task reported, and held
//   to RAIL's 100 ms input budget) and wasm memory bounded (reported, and
//   not growing on a second run).
// Numbers go to artifacts/robust-page.json.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { mkdtemp, rm, access, mkdir, writeFile, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { hostileInputs, ALLOWED_ATTRS } from "./hostile.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const BLANK = "<!doctype html><meta charset=utf-8><title>robust</title><body></body>";
const TYPES = { ".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm", ".css": "text/css", ".ts": "text/plain" };
const report = {};

/** /pkg/ is `make build`'s www/pkg (with the glue's snippets/ below it),
 * falling back to js/ for the wrappers (vurgu-async.js, vurgu-worker.js)
 * next to it; /t/ is this folder. */
async function serve(req, res) {
  const url = new URL(req.url, "http://x");
  const name = path.basename(url.pathname);
  const rel = path.posix.normalize(decodeURIComponent(url.pathname.slice("/pkg/".length)));
  const tryFiles = url.pathname.startsWith("/pkg/")
    ? rel.startsWith("..")
      ? []
      : [path.join(ROOT, "www/pkg", rel), path.join(ROOT, "js", rel)]
    : url.pathname.startsWith("/t/")
      ? [path.join(HERE, name)]
      : [];
  if (url.pathname === "/") {
    res.writeHead(200, { "content-type": "text/html" }).end(BLANK);
    return;
  }
  for (const f of tryFiles) {
    try {
      const body = await readFile(f);
      res.writeHead(200, { "content-type": TYPES[path.extname(f)] ?? "application/octet-stream" }).end(body);
      return;
    } catch {
      // next candidate
    }
  }
  res.writeHead(404).end();
}

let server;
let context;
let base;
let profile;
const offsite = [];

before(async () => {
  await access(path.join(ROOT, "www/pkg/vurgu.js")).catch(() => {
    throw new Error("www/pkg is missing: run `make build` first");
  });
  server = createServer((req, res) => void serve(req, res));
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${server.address().port}/`;
  profile = await mkdtemp(path.join(tmpdir(), "vurgu-robust-profile-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      // gc() before each measured run: the previous run's garbage is not this run's pause.
      "--js-flags=--expose-gc",
    ],
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("blob:")) return route.continue();
    offsite.push(url);
    return route.abort();
  });
});

after(async () => {
  await context?.close();
  server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
  await mkdir(path.join(ROOT, "artifacts"), { recursive: true });
  await writeFile(path.join(ROOT, "artifacts/robust-page.json"), JSON.stringify(report, null, 2) + "\n");
});

/** A fresh blank page of the local server, its errors collected. */
async function blankPage() {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  await page.goto(base);
  return { page, errors };
}

test("calling an export before init() throws a clear Error; init then works", async () => {
  const { page, errors } = await blankPage();
  const r = await page.evaluate(async () => {
    const m = await import("/pkg/vurgu.js");
    const before = {};
    for (const name of ["analyze", "analyzeFlat", "renderHtml", "detectLanguage"]) {
      try {
        m[name]("Prezident İlham Əliyev Bakıda görüşüb.");
        before[name] = { threw: false };
      } catch (e) {
        before[name] = { threw: true, isError: e instanceof Error, type: e?.constructor?.name, message: String(e?.message ?? e) };
      }
    }
    await m.default();
    const after = m.analyze("Prezident İlham Əliyev Bakıda görüşüb.").map((e) => e.text);
    return { before, after };
  });
  report.beforeInit = r.before;
  for (const [name, got] of Object.entries(r.before)) {
    assert.equal(got.threw, true, `${name} before init must throw`);
    assert.equal(got.isError, true, `${name} throws an Error: ${JSON.stringify(got)}`);
    assert.match(got.message, /init/i, `${name}'s message says to call init(): ${got.message}`);
  }
  assert.deepEqual(r.after, ["İlham Əliyev", "Bakıda"]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("misuse throws clear Errors and the module keeps working after each", async () => {
  const { page, errors } = await blankPage();
  const r = await page.evaluate(async () => {
    const m = await import("/pkg/vurgu.js");
    await m.default();
    const probe = "Prezident İlham Əliyev Bakıda görüşüb.";
    const ok = () => m.analyze(probe).map((e) => e.text).join("|") === "İlham Əliyev|Bakıda";
    const calls = [
      () => m.analyze(),
      () => m.analyze(null),
      () => m.analyze(42),
      () => m.analyze(Symbol("s")),
      () => m.analyze(10n),
      () => m.analyze(new String("Bakı")),
      () => m.analyze(["Bakı"]),
      () => m.analyzeFlat({ toString: () => "Bakı" }),
      () => m.renderHtml(undefined),
      () => m.detectLanguage(7),
      () => m.analyze(probe, "az"),
      () => m.analyze(probe, null),
      () => m.analyze(probe, []),
      () => m.analyze(probe, 1),
      () => m.analyze(probe, () => {}),
      () => m.analyze(probe, { lang: "tr" }),
      () => m.analyze(probe, { lang: 1 }),
      () => m.analyze(probe, { lang: null }),
      () => m.analyze(probe, { labels: "PERSON" }),
      () => m.analyze(probe, { labels: ["PERSON", "LOCATION"] }),
      () => m.analyze(probe, { labels: [null] }),
      () => m.analyze(probe, { labels: [{}] }),
      () => m.analyze(probe, { refDate: "2023-02-29" }),
      () => m.analyze(probe, { refDate: new Date() }),
      () => m.analyze(probe, { refDate: "10000-01-01" }),
      () => m.analyze(probe, { ref_date: "2023-01-01" }),
      () => m.renderHtml(probe, { labels: ["FOO"] }),
      () => m.analyzeFlat(probe, { lang: "xx" }),
      () => m.analyze(probe, { get lang() { throw new Error("getter"); } }),
    ];
    const out = [];
    for (const call of calls) {
      let result;
      try {
        call();
        result = { threw: false };
      } catch (e) {
        result = { threw: true, isError: e instanceof Error, message: String(e?.message ?? e) };
      }
      result.worksAfter = ok();
      result.call = call.toString();
      out.push(result);
    }
    return out;
  });
  report.misuse = r.map(({ call, message }) => ({ call, message }));
  for (const c of r) {
    assert.equal(c.threw, true, `${c.call} must throw`);
    assert.equal(c.isError, true, `${c.call} throws an Error`);
    assert.ok(c.message.length > 10 && !/unreachable|RuntimeError|undefined \(reading/.test(c.message), `${c.call}: ${c.message}`);
    assert.equal(c.worksAfter, true, `the module answers after ${c.call}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("renderHtml over hostile input: only marks, only allowed attributes, the input's text exactly", async () => {
  const { page, errors } = await blankPage();
  const inputs = hostileInputs();
  assert.ok(inputs.length >= 100, `${inputs.length} hostile inputs`);
  const r = await page.evaluate(
    async ({ inputs, allowed }) => {
      const m = await import("/pkg/vurgu.js");
      await m.default();
      const ALLOWED = new Set(allowed);
      window.__ran = [];
      window.alert = (x) => window.__ran.push(String(x));
      const failures = [];
      let marks = 0;
      let parses = 0;
      const fail = (msg, text) => failures.length < 20 && failures.push(`${msg} :: ${JSON.stringify(text).slice(0, 300)}`);
      for (const text of inputs) {
        for (const lang of ["az", "en", "auto"]) {
          const html = m.renderHtml(text, { lang });
          const want = text.toWellFormed().replaceAll("\0", "\uFFFD");
          const ents = m.analyze(text, { lang });
          const tpl = document.createElement("template");
          tpl.innerHTML = html;
          const doc = new DOMParser().parseFromString("<!doctype html><body>" + html, "text/html");
          const live = document.createElement("div");
          document.body.append(live);
          live.innerHTML = html;
          for (const [where, root] of [["template", tpl.content], ["DOMParser", doc.body], ["live", live]]) {
            parses++;
            const found = [];
            for (const el of root.querySelectorAll("*")) {
              if (el.localName !== "mark" && el.localName !== "br") fail(`${where}: element <${el.localName}>`, text);
              if (el.localName === "mark" && el.querySelector("*")) fail(`${where}: something inside a mark`, text);
              for (const a of el.attributes) {
                if (!ALLOWED.has(a.name)) fail(`${where}: attribute ${a.name}`, text);
              }
              if (el.localName !== "mark") continue;
              const label = el.getAttribute("data-label");
              if (!["PERSON", "PLACE", "ORG", "DATE"].includes(label)) fail(`${where}: data-label ${label}`, text);
              if (el.getAttribute("class") !== `vurgu vurgu-${label.toLowerCase()}`) fail(`${where}: class ${el.getAttribute("class")}`, text);
              if (!/^[1-9][0-9]*$/.test(el.getAttribute("data-group"))) fail(`${where}: data-group`, text);
              const v = el.getAttribute("data-value");
              if (v !== null && !/^[0-9XWQH/-]+$/.test(v)) fail(`${where}: data-value ${v}`, text);
              found.push(el.textContent);
            }
            if (root.textContent !== want) fail(`${where}: text differs: ${JSON.stringify(root.textContent).slice(0, 200)}`, text);
            const wantMarks = ents.map((e) => e.text.toWellFormed().replaceAll("\0", "\uFFFD"));
            if (JSON.stringify(found) !== JSON.stringify(wantMarks)) fail(`${where}: marks ${JSON.stringify(found)} vs entities ${JSON.stringify(wantMarks)}`, text);
            if (where === "live") marks += found.length;
          }
          live.remove();
        }
      }
      // Give any handler that slipped through (onerror, onload) its chance to run.
      await new Promise((r) => setTimeout(r, 200));
      return { failures, marks, parses, ran: window.__ran, scripts: document.scripts.length };
    },
    { inputs, allowed: ALLOWED_ATTRS },
  );
  report.hostileHtml = { inputs: inputs.length, languages: 3, parses: r.parses, marks: r.marks };
  assert.deepEqual(r.failures, []);
  assert.deepEqual(r.ran, [], "no handler or script ran");
  assert.equal(r.scripts, 0, "no script element reached the document");
  assert.ok(r.marks >= inputs.length, `names mixed into the hostile input are marked: ${r.marks}`);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Attributes highlight() puts on the marks it creates (src/wasm/wrap.rs). */
const HIGHLIGHT_ATTRS = ["class", "data-label", "data-entity", "data-group", "data-base", "data-value", "data-part", "tabindex", "aria-description"];

test("highlight over 1,000 generated hostile documents: only marks added, text unchanged, unhighlight restores the DOM exactly", async () => {
  const { page, errors } = await blankPage();
  const r = await page.evaluate(
    async ({ docs, allowed }) => {
      const m = await import("/pkg/vurgu.js");
      await m.default();
      const { fillDocument } = await import("/t/hostile.mjs");
      const { hostileRun, hostileRoot } = await import("/t/in-page.mjs");
      if (typeof m.highlight !== "function") return { missing: true };
      const ALLOWED = new Set(allowed);
      const { failures, fail } = hostileRun();
      const attrsOf = (el) => [...el.attributes].map((a) => `${a.name}=${a.value}`).join(" ");
      let entities = 0;
      let marks = 0;
      let splitEntities = 0;
      for (let seed = 0; seed < docs; seed++) {
        const { root, clone, lang } = hostileRoot(seed, fillDocument);
        const text = root.textContent;
        const before = [...root.querySelectorAll("*")];
        const beforeSet = new Set(before);
        const beforeAttrs = before.map(attrsOf);
        const opts = { lang, interactive: seed % 2 === 0 };
        if (seed % 5 === 0) opts.exclude = ["blockquote", ".x"];
        let summary;
        try {
          summary = m.highlight(root, opts);
        } catch (e) {
          fail(seed, `highlight threw ${e?.message ?? e}`);
          root.remove();
          continue;
        }
        if (root.textContent !== text) fail(seed, "textContent changed");
        const after = [...root.querySelectorAll("*")];
        const created = after.filter((el) => !beforeSet.has(el));
        for (const el of created) {
          if (el.localName !== "mark" || !el.classList.contains("vurgu")) fail(seed, `created <${el.localName} ${attrsOf(el)}>`);
          if (el.children.length) fail(seed, "a created mark holds elements");
          for (const a of el.attributes) if (!ALLOWED.has(a.name)) fail(seed, `mark attribute ${a.name}`);
        }
        const kept = after.filter((el) => beforeSet.has(el));
        if (kept.length !== before.length) fail(seed, `${before.length - kept.length} original elements gone`);
        kept.forEach((el, i) => {
          if (el !== before[i]) fail(seed, "original elements reordered");
          else if (attrsOf(el) !== beforeAttrs[i]) fail(seed, `attributes of <${el.localName}> changed: ${attrsOf(el)}`);
        });
        // Each entity's pieces, joined, are its text; offsets index
        // summary.text. That text is the element's as rendered: each
        // whitespace char outside pre-formatted elements reads as a space.
        const pieces = new Map();
        for (const mk of created) {
          const n = Number(mk.getAttribute("data-entity"));
          pieces.set(n, (pieces.get(n) ?? "") + mk.textContent);
        }
        summary.entities.forEach((e, n) => {
          if (summary.text.slice(e.start, e.end) !== e.text) fail(seed, `summary offsets: ${e.text}`);
          const read = (pieces.get(n) ?? "").toWellFormed();
          if (read !== e.text && read.replace(/[\t\n\r\f]/g, " ") !== e.text) fail(seed, `marks of entity ${n} read ${JSON.stringify(read)}, not ${JSON.stringify(e.text)}`);
        });
        if (summary.marks !== created.length) fail(seed, `summary.marks ${summary.marks} vs ${created.length} created`);
        entities += summary.entities.length;
        marks += created.length;
        splitEntities += summary.entities.filter((_, n) => created.filter((mk) => mk.getAttribute("data-entity") === String(n)).length > 1).length;
        if (seed % 4 === 0) {
          // Highlighting again replaces the first run.
          const html = root.innerHTML;
          m.highlight(root, opts);
          if (root.innerHTML !== html) fail(seed, "a second highlight differs from the first");
        }
        if (m.unhighlight(root) !== true) fail(seed, "unhighlight found nothing to undo");
        if (!root.isEqualNode(clone)) fail(seed, `not restored: ${root.innerHTML.slice(0, 300)} vs ${clone.innerHTML.slice(0, 300)}`);
        if (m.unhighlight(root) !== false) fail(seed, "a second unhighlight claimed to undo something");
        root.remove();
      }
      await new Promise((r) => setTimeout(r, 100));
      return { failures, entities, marks, splitEntities, ran: window.__ran, docs };
    },
    { docs: 1000, allowed: HIGHLIGHT_ATTRS },
  );
  if (r.missing) {
    // Not possible once the DOM exports landed (deb3bf6); kept explicit.
    assert.fail("the module has no highlight export");
  }
  report.highlightDocuments = { documents: r.docs, entities: r.entities, marks: r.marks, entitiesSplitAcrossElements: r.splitEntities };
  assert.deepEqual(r.failures, []);
  assert.deepEqual(r.ran, [], "no handler or script ran");
  assert.ok(r.entities > 1000 && r.splitEntities > 50, `${r.entities} entities, ${r.splitEntities} split across elements`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("paint over 1,000 generated hostile documents: the DOM untouched, one range per entity reading its text, unpaint takes them all", async () => {
  const { page, errors } = await blankPage();
  const r = await page.evaluate(
    async ({ docs }) => {
      const m = await import("/pkg/vurgu.js");
      await m.default();
      const { fillDocument } = await import("/t/hostile.mjs");
      const { HIGHLIGHTS, hostileRun, hostileRoot, paintedRanges } = await import("/t/in-page.mjs");
      const { failures, fail } = hostileRun();
      const LABELS = ["PERSON", "PLACE", "ORG", "DATE"];
      const sizes = () => HIGHLIGHTS.map((n) => CSS.highlights.get(n)?.size ?? 0);
      let entities = 0;
      for (let seed = 0; seed < docs; seed++) {
        const { root, clone, lang } = hostileRoot(seed, fillDocument);
        const html = root.innerHTML;
        const opts = seed % 5 === 0 ? { lang, exclude: ["blockquote", ".x"] } : { lang };
        const before = sizes();
        let summary;
        try {
          summary = m.paint(root, opts);
        } catch (e) {
          fail(seed, `paint threw ${e?.message ?? e}`);
          root.remove();
          continue;
        }
        if (root.innerHTML !== html || !root.isEqualNode(clone)) fail(seed, "paint changed the DOM");
        const added = sizes().map((n, i) => n - before[i]);
        LABELS.forEach((l, i) => {
          if (added[i] < summary.counts[l]) fail(seed, `${added[i]} ${l} ranges for ${summary.counts[l]} entities`);
        });
        if (summary.ranges !== added.reduce((x, y) => x + y, 0)) fail(seed, `summary.ranges ${summary.ranges}, added ${added}`);
        // A label's ranges (one per text node an entity touches), in
        // document order, spell its entities, and nothing between them:
        // no skipped element's text (whitespace outside pre reads as a
        // space in summary.text).
        for (const [i, n] of HIGHLIGHTS.entries()) {
          const got = paintedRanges(root, n).map((r) => r.toString()).join("").toWellFormed().replace(/[\t\n\r\f]/g, " ");
          const want = summary.entities.filter((e) => e.label === LABELS[i]).map((e) => e.text).join("");
          if (got !== want) fail(seed, `${LABELS[i]}: ranges read ${JSON.stringify(got)}, entities ${JSON.stringify(want)}`);
        }
        entities += summary.entities.length;
        if (seed % 4 === 0) {
          m.paint(root, opts);
          if (sizes().some((n, i) => n !== before[i] + added[i])) fail(seed, "a second paint added ranges instead of replacing them");
        }
        if (m.unpaint(root) !== true) fail(seed, "unpaint found nothing to take away");
        if (sizes().some((n, i) => n !== before[i])) fail(seed, `ranges left after unpaint: ${sizes()}`);
        if (m.unpaint(root) !== false) fail(seed, "a second unpaint claimed to take something away");
        root.remove();
      }
      await new Promise((r) => setTimeout(r, 100));
      return { failures, entities, ran: window.__ran, docs };
    },
    { docs: 1000 },
  );
  report.paintDocuments = { documents: r.docs, entities: r.entities };
  assert.deepEqual(r.failures, []);
  assert.deepEqual(r.ran, [], "no handler or script ran");
  assert.ok(r.entities > 1000, `${r.entities} entities`);
  assert.deepEqual(errors, []);
  await page.close();
});

/** 10 MB of news paragraphs in both languages (UTF-16 length 10 Mi). */
function tenMegabytes() {
  const para =
    "Prezident İlham Əliyev Sentyabrın 26-da Bakıda ABŞ Dövlət katibi Entoni Blinken ilə görüşüb. " +
    "Əliyev dedi, Blinken cavab verdi. U.S. Secretary of State Antony Blinken spoke on Sunday with Ilham Aliyev in Baku. 😀 Qarabağ\n\n";
  return para.repeat(Math.ceil((10 * 1024 * 1024) / para.length)).slice(0, 10 * 1024 * 1024);
}

/** Runs `work` in the page with a 10 ms heartbeat and a long-task observer going. */
const WATCH = `
  window.__watch = () => {
    const longTasks = [];
    const obs = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration); });
    obs.observe({ type: "longtask" });
    let last = performance.now(), maxGap = 0, beats = 0;
    const hb = setInterval(() => { const now = performance.now(); maxGap = Math.max(maxGap, now - last); last = now; beats++; }, 10);
    return () => {
      clearInterval(hb);
      obs.disconnect();
      return { beats, maxHeartbeatGapMs: Math.round(maxGap), longTasks: longTasks.length, longestTaskMs: Math.round(Math.max(0, ...longTasks)) };
    };
  };
`;

test("10 MB through the module's worker (analyzeInWorker): completes with the page responsive", async () => {
  const { page, errors } = await blankPage();
  await page.addScriptTag({ content: WATCH });
  const r = await page.evaluate(async (src) => {
    const text = eval(`(${src})`)();
    const { analyzeInWorker, terminateWorker } = await import("/pkg/vurgu-async.js");
    const runs = [];
    for (const lang of ["az", "en"]) {
      // Start from a collected heap, so that the previous run's garbage
      // is not counted against this one.
      globalThis.gc?.();
      await new Promise((r) => setTimeout(r, 50));
      const stop = window.__watch();
      const t0 = performance.now();
      let chunks = 0;
      const result = await analyzeInWorker(text, { lang }, { onProgress: () => chunks++ });
      const ms = performance.now() - t0;
      const watch = stop();
      // Checked after the watch: 500,000 slices are main-thread work of their own.
      let bad = 0;
      let prev = 0;
      for (const e of result) {
        if (e.start < prev || text.slice(e.start, e.end) !== e.text) bad++;
        prev = e.end;
      }
      runs.push({ lang, chars: text.length, entities: result.length, chunks, bad, lang_used: result.lang, totalMs: Math.round(ms), ...watch });
      result.length = 0;
    }
    terminateWorker();
    return runs;
  }, tenMegabytes.toString());
  report.analyzeInWorker10MB = r;
  console.log("analyzeInWorker, 10 MB:", JSON.stringify(r));
  for (const run of r) {
    assert.ok(run.entities > 300_000, `${run.lang}: ${run.entities} entities`);
    assert.equal(run.bad, 0, "every entity's offsets slice its text out of the page's string");
    // The product requirement: the page keeps answering input while the
    // worker runs (RAIL: respond within 100 ms). The heartbeat gap is
    // reported only: on a loaded machine the OS alone can delay a timer.
    assert.ok(run.longestTaskMs < 100, `${run.lang}: longest main-thread task ${run.longestTaskMs} ms`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("10 MB in one analyzeFlat call in a worker: responsive, wasm memory bounded and not growing on a second run", async () => {
  const { page, errors } = await blankPage();
  await page.addScriptTag({ content: WATCH });
  const r = await page.evaluate(async (src) => {
    const text = eval(`(${src})`)();
    // A module worker with its own instance of the module, reporting the
    // instance's memory after each call.
    const code = `
      import init, { analyzeFlat } from "${location.origin}/pkg/vurgu.js";
      const wasm = await init();
      self.onmessage = (e) => {
        const t0 = performance.now();
        try {
          const flat = analyzeFlat(e.data.text, { lang: e.data.lang });
          self.postMessage({ flat, ms: performance.now() - t0, memory: wasm.memory.buffer.byteLength }, [flat.buffer]);
        } catch (err) {
          self.postMessage({ error: String((err && err.message) || err) });
        }
      };
      self.postMessage({ ready: true, memory: wasm.memory.buffer.byteLength });
    `;
    const worker = new Worker(URL.createObjectURL(new Blob([code], { type: "text/javascript" })), { type: "module" });
    const next = () =>
      new Promise((resolve, reject) => {
        worker.onmessage = (e) => (e.data.error ? reject(new Error(e.data.error)) : resolve(e.data));
        worker.onerror = (e) => reject(new Error(e.message));
      });
    const ready = await next();
    globalThis.gc?.();
    const stop = window.__watch();
    const runs = [];
    for (const lang of ["az", "az", "en", "en"]) {
      const t0 = performance.now();
      worker.postMessage({ text, lang });
      const res = await next();
      const n = res.flat.length / 4;
      runs.push({
        lang,
        entities: n,
        lastEntity: text.slice(res.flat[4 * (n - 1)], res.flat[4 * (n - 1) + 1]),
        lastEnd: res.flat[4 * (n - 1) + 1],
        workerMs: Math.round(res.ms),
        roundTripMs: Math.round(performance.now() - t0),
        wasmMemoryBytes: res.memory,
      });
    }
    const watch = stop();
    worker.terminate();
    return { chars: text.length, utf8Bytes: new TextEncoder().encode(text).length, initialMemoryBytes: ready.memory, runs, ...watch };
  }, tenMegabytes.toString());
  report.analyzeFlatWorker10MB = r;
  console.log("analyzeFlat in a worker, 10 MB:", JSON.stringify(r));
  for (const run of r.runs) {
    assert.ok(run.entities > 300_000, `${run.lang}: ${run.entities} entities`);
    // Offsets reach the end of a 10 Mi-unit string (the last paragraph is about 200 units).
    assert.ok(run.lastEnd > r.chars - 250 && run.lastEnd <= r.chars && run.lastEntity.length > 2, `${run.lang}: last entity ${run.lastEntity} at ${run.lastEnd}`);
  }
  assert.ok(r.longestTaskMs < 100, `longest main-thread task ${r.longestTaskMs} ms`);
  // Bounded: a second run of the same text reuses the memory the first
  // one grew; what it grew to stays within a small multiple of the text.
  const [az1, az2, en1, en2] = r.runs.map((x) => x.wasmMemoryBytes);
  assert.ok(az2 <= az1 * 1.05 && en2 <= Math.max(az1, en1) * 1.05, `memory ${az1}, ${az2}, ${en1}, ${en2}`);
  assert.ok(Math.max(az1, az2, en1, en2) < 40 * r.utf8Bytes, `memory ${Math.max(az1, az2, en1, en2)} for ${r.utf8Bytes} bytes of text`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("nothing was fetched from outside", () => {
  assert.deepEqual(offsite, []);
});
