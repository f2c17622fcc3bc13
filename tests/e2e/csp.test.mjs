// The embedding under a strict Content-Security-Policy: no inline script or
// style, no eval; WebAssembly needs only 'wasm-unsafe-eval'. The page (and
// the worker, which gets the same header) must run with no violation,
// seen both by the page's securitypolicyviolation listener and by the
// reports Chromium sends to the server.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startServer, launch, screenshot, NPM, FIXTURES } from "./lib.mjs";

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

let server;
let browser;
let page;
let response;

before(async () => {
  server = await startServer({ "/pkg/": NPM, "/": FIXTURES }, [`Content-Security-Policy: ${POLICY}; report-uri /csp-report`]);
  browser = await launch(server.base);
  page = browser.page;
  response = await page.goto(`${server.base}embed.html`);
  await page.waitForFunction(() => window.vurguEvents.filter((e) => e.type === "vurgu:done").length >= 5, null, { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

const reports = async () => (await fetch(`${server.base}csp-reports`)).json();

test("the page is served with the strict policy", async () => {
  assert.equal(response.headers()["content-security-policy"], `${POLICY}; report-uri /csp-report`);
});

test("everything works under it: data-vurgu, the worker, <vurgu-text>, the legend, clicks", async () => {
  const done = await page.evaluate(() => window.vurguEvents.filter((e) => e.type === "vurgu:done").map((e) => e.target).sort());
  assert.deepEqual(done, ["box", "en", "long", "painted", "story"]);
  const painted = await page.evaluate(() => window.vurguEvents.find((e) => e.type === "vurgu:done" && e.target === "painted").detail);
  assert.equal(painted.ranges, 3, "paint() works under the policy");
  assert.deepEqual(await page.evaluate(() => window.vurguEvents.filter((e) => e.type === "vurgu:error")), []);
  assert.deepEqual(await page.$$eval("#long mark.vurgu", (ms) => ms.map((m) => m.textContent)), ["İlham Əliyev", "Naxçıvanda"], "the worker ran");
  // The styles come from vurgu.css, not from inline style.
  const bg = await page.$eval("#story mark.vurgu-person", (m) => getComputedStyle(m).backgroundColor);
  assert.equal(bg, "rgb(220, 236, 248)");
  await page.click("#story p mark.vurgu[data-label=PERSON]:not(a mark)");
  assert.ok((await page.locator("#story mark.vurgu-active").count()) >= 2);
  await page.uncheck('vurgu-legend input[data-label="PLACE"]');
  assert.ok(await page.$eval("#story", (s) => s.classList.contains("vurgu-hide-place")));
  await screenshot(page, "embed-csp.png");
});

test("no violations, no errors, nothing fetched from elsewhere", async () => {
  // Reports are sent asynchronously; give them a moment to arrive.
  await new Promise((r) => setTimeout(r, 500));
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  assert.deepEqual(await reports(), []);
  assert.deepEqual(browser.errors, []);
  assert.deepEqual(browser.offsite, []);
});

test("control: the policy is enforced and a violation would have been seen", async () => {
  await page.evaluate(() => document.body.setAttribute("style", "outline: 1px solid red"));
  await page.waitForFunction(() => window.cspViolations.length > 0);
  const v = await page.evaluate(() => window.cspViolations[0]);
  assert.equal(v.directive, "style-src-attr");
  assert.equal(await page.$eval("body", (b) => getComputedStyle(b).outlineStyle), "none", "the inline style was blocked");
  const deadline = Date.now() + 5000;
  while ((await reports()).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.ok((await reports()).length > 0, "the server received the report");
});
