// Drives the demo page (www/, served as a plain static site) in the
// system's headless Chromium and checks what a reader sees against the
// seed article's gold annotation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm, access } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WWW = path.join(ROOT, "www");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const LABELS = ["PERSON", "PLACE", "ORG", "DATE"];

/** The corpus markup: `{{LABEL|surface}}` and `{{DATE:VALUE|surface}}` after `#key: value` header lines. */
function parseAnn(raw) {
  let body = raw;
  while (body.startsWith("#")) {
    const nl = body.indexOf("\n");
    body = nl < 0 ? "" : body.slice(nl + 1);
  }
  const spans = [];
  let text = "";
  const re = /\{\{([A-Z]+)(?::[^|}]*)?\|([^}]*)\}\}/g;
  let last = 0;
  for (const m of body.matchAll(re)) {
    text += body.slice(last, m.index);
    spans.push({ label: m[1], text: m[2] });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += body.slice(last);
  return { text, spans };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, ms = 15000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`static server did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let server;
let context;
let page;
let base;
let profile;
const offsite = [];
const pageErrors = [];

before(async () => {
  await access(path.join(WWW, "pkg", "vurgu.js")).catch(() => {
    throw new Error("www/pkg is missing: run `make build` first");
  });
  const port = await freePort();
  base = `http://127.0.0.1:${port}/`;
  server = spawn("python3", ["-m", "http.server", "--bind", "127.0.0.1", String(port), "--directory", WWW], {
    stdio: "ignore",
  });
  await waitForServer(base);
  profile = await mkdtemp(path.join(tmpdir(), "vurgu-e2e-profile-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 820 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // The page must work offline: anything not from the local server fails the run.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") pageErrors.push(m.text());
  });
  await page.goto(base);
  await page.waitForSelector("html[data-ready=true]", { timeout: 15000 });
});

after(async () => {
  await context?.close();
  server?.kill();
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** Types `text` in (as a paste would) and waits for the debounced render of exactly that text. */
async function enter(text) {
  await page.fill("#input", text);
  await page.waitForFunction(
    () => document.getElementById("output").textContent === document.getElementById("input").value,
    null,
    { timeout: 10000 },
  );
}

const marks = () => page.$$eval("#output mark.vurgu", (ms) => ms.map((m) => ({ label: m.dataset.label, text: m.textContent })));
const count = (label) => page.textContent(`[data-count="${label}"]`);

test("the seed article is highlighted exactly as its gold annotation", async () => {
  const gold = parseAnn(await readFile(path.join(ROOT, "tests/corpus/dev/az-seed.ann"), "utf8"));
  const seed = await readFile(path.join(WWW, "samples/az-seed.txt"), "utf8");
  assert.equal(gold.text, seed, "www/samples/az-seed.txt is the text of tests/corpus/dev/az-seed.ann");
  assert.equal(gold.spans.length, 27);

  await enter(seed);
  assert.deepEqual(await marks(), gold.spans);
  assert.equal(await page.textContent("#output"), seed, "the pane's text is the input, character for character");
  assert.deepEqual(
    await Promise.all(LABELS.map(count)),
    ["6", "15", "5", "1"],
    "legend counts PERSON, PLACE, ORG, DATE",
  );
  assert.match(await page.textContent("#lang-used"), /detected: Azerbaijani \(az\)/);
});

test("pointing at a mention shows its label, base form and group size", async () => {
  await page.hover("#output mark.vurgu >> nth=1");
  const field = (f) => page.textContent(`#details [data-field="${f}"]`);
  assert.equal(await field("label"), "PERSON");
  assert.equal(await field("text"), "İlham Əliyevə");
  assert.equal(await field("base"), "İlham Əliyev");
  assert.equal(await field("value"), "—");
  assert.equal(await field("group"), "3", "İlham Əliyevə twice and İlham Əliyev once");
  assert.equal(await page.locator("#output mark.same-group").count(), 3);

  await page.focus('#output mark[data-label="DATE"]');
  assert.equal(await field("label"), "DATE");
  assert.equal(await field("value"), "XXXX-09-26");
  assert.equal(await field("base"), "—");

  // For the picture: the text from its start, the pointer on İlham Əliyevə.
  await page.$eval("#input", (el) => {
    el.setSelectionRange(0, 0);
    el.scrollTop = 0;
  });
  await page.$eval(":focus", (el) => el.blur());
  await page.mouse.move(0, 0);
  await page.hover("#output mark.vurgu >> nth=1");
  assert.equal(await field("text"), "İlham Əliyevə");
  await mkdir(path.join(ROOT, "artifacts"), { recursive: true });
  await page.screenshot({ path: path.join(ROOT, "artifacts/demo.png") });
});

test("a legend toggle hides one label's highlighting without touching the text", async () => {
  const style = () =>
    page.$$eval("#output mark.vurgu", (ms) =>
      ms.map((m) => ({
        label: m.dataset.label,
        bg: getComputedStyle(m).backgroundColor,
        badge: getComputedStyle(m, "::after").content,
      })),
    );
  const hidden = (s) => s.bg === "rgba(0, 0, 0, 0)" && s.badge === "none";
  const before = await style();
  assert.ok(before.every((s) => !hidden(s)), "all labels highlighted at first");

  await page.uncheck('[data-toggle="PERSON"]');
  const off = await style();
  assert.equal(off.length, 27, "still the same marks: no re-analysis");
  for (const s of off) assert.equal(hidden(s), s.label === "PERSON", `${s.label} ${s.bg} ${s.badge}`);
  assert.equal(await count("PERSON"), "6");
  assert.equal(await page.textContent("#output"), await page.inputValue("#input"));

  await page.check('[data-toggle="PERSON"]');
  assert.ok((await style()).every((s) => !hidden(s)), "PERSON shown again");
});

test("text that looks like markup stays text", async () => {
  const text = "<img src=x onerror=alert(1)> Prezident İlham Əliyev & <b>Bakıda</b>\n\"x\" 'y'";
  await enter(text);
  assert.equal(await page.textContent("#output"), text);
  assert.equal(await page.locator("#output img, #output b").count(), 0);
  assert.deepEqual(await marks(), [
    { label: "PERSON", text: "İlham Əliyev" },
    { label: "PLACE", text: "Bakıda" },
  ]);
});

test("the samples load, the language is detected, and errors are shown", async () => {
  const en = await readFile(path.join(WWW, "samples/en-sample.txt"), "utf8");
  await page.click('[data-sample="samples/en-sample.txt"]');
  await page.waitForFunction(() => document.getElementById("lang-used").dataset.lang === "en");
  assert.equal(await page.inputValue("#input"), en);
  assert.equal(await page.textContent("#output"), en);

  await page.click('[data-sample="samples/az-seed.txt"]');
  await page.waitForFunction(() => document.querySelectorAll("#output mark.vurgu").length === 27);
  assert.equal(await count("PLACE"), "15");

  // Forcing English on Azerbaijani text is allowed and reported as such.
  await page.selectOption("#lang", "en");
  assert.equal(await page.textContent("#lang-used"), "using English");
  await page.selectOption("#lang", "auto");

  // A reference date the module rejects (five-digit year) surfaces as a visible error, and the page recovers.
  await page.$eval("#ref-date", (el) => {
    el.value = "10000-01-01";
    el.dispatchEvent(new Event("change"));
  });
  assert.equal(await page.isVisible("#error"), true);
  assert.match(await page.textContent("#error"), /invalid refDate "10000-01-01"/);
  await page.$eval("#ref-date", (el) => {
    el.value = "2023-10-01";
    el.dispatchEvent(new Event("change"));
  });
  assert.equal(await page.isVisible("#error"), false);
  await page.focus('#output mark[data-label="DATE"]');
  assert.equal(await page.textContent('#details [data-field="value"]'), "2023-09-26");
});

test("nothing was fetched from outside and the page logged no errors", () => {
  assert.deepEqual(offsite, []);
  assert.deepEqual(pageErrors, []);
});
