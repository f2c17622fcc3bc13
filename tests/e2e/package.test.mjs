// The npm package (npm/, built by `make npm`): what `npm pack` would
// publish, and the package bundled by Vite (tests/vite-app, built by
// `make vite-app`, which also runs tsc on it) working in Chromium, worker
// and wasm included.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { access, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { startServer, launch, screenshot, NPM, ROOT } from "./lib.mjs";

const APP = path.join(ROOT, "tests/vite-app/dist");

test("npm pack publishes the module, the wrappers, their types and the CSS, and nothing else", async () => {
  const pkg = JSON.parse(await readFile(path.join(NPM, "package.json"), "utf8"));
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: NPM, encoding: "utf8" }));
  const files = packed.files.map((f) => f.path).sort();
  // A "dir/" entry publishes what is under it: the glue's snippets.
  const covers = (entry, f) => (entry.endsWith("/") ? f.startsWith(entry) : f === entry);
  const listed = [...pkg.files, "README.md", "package.json"];
  for (const f of files) assert.ok(listed.some((e) => covers(e, f)), `${f} is packed but not listed`);
  for (const e of listed) assert.ok(files.some((f) => covers(e, f)), `${e} is listed but not packed`);
  assert.ok(files.some((f) => /^snippets\/[^/]+\/inline0\.js$/.test(f)), "the entity-object builder the glue imports");
  assert.equal(packed.name, "vurgu");
  // Every path the exports map names is in the package.
  for (const target of Object.values(pkg.exports).flatMap((v) => (typeof v === "string" ? [v] : Object.values(v)))) {
    assert.ok(files.includes(target.replace(/^\.\//, "")), `${target} is exported but not packed`);
  }
  assert.equal(pkg.type, "module");
  assert.ok(pkg.sideEffects.includes("./vurgu-embed.js"));
  const wasm = packed.files.find((f) => f.path === "vurgu_bg.wasm");
  assert.ok(wasm.size > 100_000, "the real module, not a placeholder");
});

let server;
let browser;

before(async () => {
  await access(path.join(APP, "index.html")).catch(() => {
    throw new Error("tests/vite-app/dist is missing: run `make vite-app` first");
  });
  server = await startServer({ "/": APP });
  browser = await launch(server.base);
});

after(async () => {
  await browser?.close();
  server?.stop();
});

test("the Vite build of an app using every export runs in Chromium, worker and wasm included", async () => {
  const assets = await readdir(path.join(APP, "assets"));
  assert.ok(assets.some((f) => /^vurgu_bg-.*\.wasm$/.test(f)), `the wasm is an asset: ${assets}`);
  assert.ok(assets.some((f) => /^vurgu-worker-.*\.js$/.test(f)), `the worker is bundled: ${assets}`);
  const page = browser.page;
  await page.goto(server.base);
  await page.waitForSelector("html[data-ready=true]", { timeout: 20000 });
  const out = JSON.parse(await page.textContent("#result"));
  assert.equal(out.error, undefined, out.error);
  assert.deepEqual(out.analyze, ["PERSON:İlham Əliyev", "DATE:20 martda=2024-03-20", "PLACE:Bakıda"]);
  assert.equal(out.first, "İlham Əliyev");
  assert.equal(out.lang, "az");
  assert.equal(out.flat, 3);
  assert.equal(out.detect, "en");
  assert.equal(out.html, true);
  assert.equal(out.memory, true);
  assert.equal(out.initSync, true);
  assert.ok(out.highlight.marks >= 6, JSON.stringify(out.highlight));
  assert.equal(out.unhighlight, true);
  assert.deepEqual(out.paint, { ranges: out.highlight.marks, entities: out.highlight.labels.length, marks: 0 }, "paint() adds a range where highlight() adds a mark");
  assert.equal(out.unpaint, true);
  assert.equal(out.session, out.highlight.labels.length);
  assert.equal(out.worker, out.highlight.labels.length, "the bundled worker loaded the bundled wasm");
  assert.equal(out.analyzeInWorker, 3);
  assert.equal(out.highlightWithEvents, out.highlight.marks);
  assert.equal(out.embedded, 1, "vurgu/embed highlighted the data-vurgu section");
  assert.equal(out.embeddedSummary, "en");
  assert.deepEqual(out.elements, [true, true]);
  assert.equal(out.custom, 2);
  // vurgu.css came through Vite's CSS pipeline.
  const bg = await page.$eval("#story mark.vurgu-person", (m) => getComputedStyle(m).backgroundColor);
  assert.equal(bg, "rgb(220, 236, 248)");
  await screenshot(page, "vite-app.png");
  assert.deepEqual(browser.errors, []);
  assert.deepEqual(browser.offsite, []);
});

test("the demo's in-place page (www/article.html, make build's www/pkg) highlights its article", async () => {
  const www = await startServer({ "/": path.join(ROOT, "www") });
  const b = await launch(www.base);
  try {
    await b.page.goto(`${www.base}article.html`);
    await b.page.waitForFunction(() => document.querySelectorAll("#story mark.vurgu, #english mark.vurgu").length > 10, null, { timeout: 20000 });
    await b.page.waitForFunction(() => document.querySelector("vurgu-legend .vurgu-legend-count")?.textContent !== "–");
    assert.equal(await b.page.locator("#story figure mark").count(), 0);
    assert.ok((await b.page.locator("#english mark.vurgu-person").count()) >= 2);
    await screenshot(b.page, "article.png", { fullPage: true });
    assert.deepEqual(b.errors, []);
    assert.deepEqual(b.offsite, []);
  } finally {
    await b.close();
    www.stop();
  }
});
