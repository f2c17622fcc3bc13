// Zero-code embedding (fixtures/embed.html: one module script, data-vurgu,
// <vurgu-text>, <vurgu-legend>), interaction, accessibility and colour
// contrast, in the system's headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { startServer, launch, screenshot, NPM, FIXTURES, ROOT } from "./lib.mjs";

let server;
let browser;
let page;

before(async () => {
  server = await startServer({ "/pkg/": NPM, "/t/": path.join(ROOT, "tests/e2e"), "/": FIXTURES });
  browser = await launch(server.base);
  page = browser.page;
  await page.goto(`${server.base}embed.html`);
  await page.waitForFunction(() => window.vurguEvents.filter((e) => e.type === "vurgu:done").length >= 5, null, { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  server?.stop();
});

const events = (type) => page.evaluate((t) => window.vurguEvents.filter((e) => e.type === t), type);
const marksIn = (sel) => page.$$eval(`${sel} mark.vurgu`, (ms) => ms.map((m) => ({ label: m.dataset.label, text: m.textContent, group: m.dataset.group })));

test("one module script highlights every [data-vurgu] element with options from its attributes", async () => {
  const done = await events("vurgu:done");
  assert.deepEqual(done.map((e) => e.target).sort(), ["box", "en", "long", "painted", "story"]);
  assert.deepEqual((await marksIn("#long")).map((m) => m.text), ["İlham Əliyev", "Naxçıvanda"], "data-vurgu-worker: marked through the worker");
  assert.deepEqual(await events("vurgu:error"), []);
  const story = done.find((e) => e.target === "story").detail;
  assert.equal(story.lang, "az");
  assert.ok(story.counts.PERSON >= 3 && story.counts.PLACE >= 3 && story.counts.DATE >= 2, JSON.stringify(story.counts));
  assert.equal(await page.locator("#story figure mark").count(), 0, "data-vurgu-exclude=figure");
  // The ref date resolved "29 mart" to a full date.
  const values = await page.$$eval("#story mark[data-label=DATE]", (ms) => ms.map((m) => m.dataset.value));
  assert.ok(values.includes("2025-03-29"), values.join());

  const en = done.find((e) => e.target === "en").detail;
  assert.equal(en.lang, "en", "lang=en-GB on the element picks English");
  const enMarks = await marksIn("#en");
  assert.ok(enMarks.some((m) => m.text === "Antony Blinken" && m.label === "PERSON"), JSON.stringify(enMarks));
  assert.ok(enMarks.every((m) => m.label === "PERSON" || m.label === "PLACE"), "data-vurgu-labels keeps dates out");
  assert.equal(en.counts.DATE, 0);

  const viaModule = await page.evaluate(async () => {
    const embed = await import("/pkg/vurgu-embed.js");
    const results = await embed.done;
    return { n: results.length, same: embed.summaryOf(document.getElementById("story"))?.marks };
  });
  assert.deepEqual(viaModule, { n: 4, same: story.marks });
});

test("<vurgu-text> highlights its content and follows attribute and content changes", async () => {
  assert.deepEqual(
    (await marksIn("#box")).map((m) => [m.label, m.text]),
    [["PERSON", "İlham Əliyev"], ["PLACE", "Gəncədə"]],
    "labels=PERSON,PLACE leaves the date out",
  );
  const count = async () => (await events("vurgu:done")).filter((e) => e.target === "box").length;
  const n0 = await count();
  await page.$eval("#box", (el) => el.setAttribute("labels", "DATE"));
  await page.waitForFunction((n) => window.vurguEvents.filter((e) => e.type === "vurgu:done" && e.target === "box").length > n, n0);
  assert.deepEqual((await marksIn("#box")).map((m) => [m.label, m.text]), [["DATE", "20 martda"]]);
  assert.equal(await page.$eval("#box mark", (m) => m.dataset.value), "2024-03-20", "ref-date anchors the year");

  const n1 = await count();
  await page.$eval("#box", (el) => {
    el.setAttribute("labels", "PERSON,PLACE,DATE");
    const p = document.createElement("p");
    p.textContent = "Sonra Şuşaya gedib.";
    el.append(p);
  });
  await page.waitForFunction((n) => window.vurguEvents.filter((e) => e.type === "vurgu:done" && e.target === "box").length > n, n1);
  await page.waitForFunction(() => [...document.querySelectorAll("#box mark")].some((m) => m.textContent === "Şuşaya"));
  assert.equal(await page.$eval("#box", (el) => el.summary.counts.PLACE), 2);

  const cleared = await page.$eval("#box", (el) => {
    const text = el.textContent;
    const had = el.clear();
    return { had, marks: el.querySelectorAll("mark").length, same: el.textContent === text };
  });
  assert.deepEqual(cleared, { had: true, marks: 0, same: true });
  await page.$eval("#box", (el) => el.refresh());
  assert.equal(await page.locator("#box mark.vurgu").count(), 4);
});

/** The text of each painted range under `sel`, by highlight name, in document order. */
const paintedIn = (sel) =>
  page.$eval(sel, async (root) => {
    const { HIGHLIGHTS, paintedRanges } = await import("/t/in-page.mjs");
    const out = {};
    for (const name of HIGHLIGHTS) {
      const rs = paintedRanges(root, name);
      if (rs.length) out[name] = rs.map((r) => r.toString());
    }
    return out;
  });

test("data-vurgu-paint and <vurgu-text paint> show the entities as CSS highlights and leave the DOM alone", async () => {
  const painted = (await events("vurgu:done")).find((e) => e.target === "painted").detail;
  assert.equal(await page.locator("#painted mark").count(), 0, "no marks");
  assert.equal(await page.$eval("#painted", (el) => el.innerHTML.includes("<b>İlham</b> Əliyev Şuşada")), true, "markup as written");
  assert.deepEqual(await paintedIn("#painted"), { "vurgu-person": ["İlham", " Əliyev"], "vurgu-place": ["Şuşada"] });
  assert.deepEqual({ marks: painted.marks, ranges: painted.ranges, counts: painted.counts }, { marks: 0, ranges: 3, counts: { PERSON: 1, PLACE: 1, ORG: 0, DATE: 0 } });

  // <vurgu-text>: paint replaces its marks, and taking the attribute away brings them back.
  const count = async () => (await events("vurgu:done")).filter((e) => e.target === "box").length;
  const n0 = await count();
  const before = await page.$eval("#box", (el) => el.querySelectorAll("mark").length);
  await page.$eval("#box", (el) => el.setAttribute("paint", ""));
  await page.waitForFunction((n) => window.vurguEvents.filter((e) => e.type === "vurgu:done" && e.target === "box").length > n, n0);
  assert.equal(await page.locator("#box mark").count(), 0, "marks gone when painting");
  const boxPaint = await paintedIn("#box");
  assert.ok(boxPaint["vurgu-person"]?.join("") === "İlham Əliyev", JSON.stringify(boxPaint));
  const n1 = await count();
  await page.$eval("#box", (el) => el.removeAttribute("paint"));
  await page.waitForFunction((n) => window.vurguEvents.filter((e) => e.type === "vurgu:done" && e.target === "box").length > n, n1);
  assert.deepEqual(await paintedIn("#box"), {}, "highlights gone with marks back");
  assert.equal(await page.locator("#box mark.vurgu").count(), before);
});

test("the legend shows counts per label and hides a label without touching the text", async () => {
  const story = (await events("vurgu:done")).find((e) => e.target === "story").detail;
  const counts = await page.$$eval("vurgu-legend .vurgu-legend-count", (cs) => cs.map((c) => [c.dataset.count, Number(c.textContent)]));
  assert.deepEqual(Object.fromEntries(counts), story.counts);
  assert.deepEqual(await page.$$eval("vurgu-legend .vurgu-swatch", (s) => s.map((x) => x.textContent)), ["Şəxs", "Yer", "Təşkilat", "Tarix"]);

  const style = () =>
    page.$$eval("#story mark.vurgu", (ms) => ms.map((m) => ({ label: m.dataset.label, bg: getComputedStyle(m).backgroundColor })));
  const text = await page.textContent("#story");
  await page.uncheck('vurgu-legend input[data-label="PERSON"]');
  assert.ok(await page.$eval("#story", (s) => s.classList.contains("vurgu-hide-person")));
  for (const s of await style()) assert.equal(s.bg === "rgba(0, 0, 0, 0)", s.label === "PERSON", JSON.stringify(s));
  assert.equal(await page.textContent("#story"), text);
  await screenshot(page, "embed-legend-person-hidden.png");
  await page.check('vurgu-legend input[data-label="PERSON"]');
  assert.ok((await style()).every((s) => s.bg !== "rgba(0, 0, 0, 0)"));
});

test("clicking an entity emphasises every mention of it, and clicking again clears that", async () => {
  // Not one inside a link: clicking there follows the link, as it should.
  const target = page.locator("#story p mark.vurgu[data-label=PERSON]:not(a mark)").first();
  const group = await target.getAttribute("data-group");
  await target.click();
  const state = () => page.$$eval("#story mark.vurgu", (ms) => ms.map((m) => [m.dataset.group, m.classList.contains("vurgu-active")]));
  const s = await state();
  assert.ok(s.filter(([g]) => g === group).length >= 3, "several mentions of the person");
  for (const [g, active] of s) assert.equal(active, g === group);
  const select = (await events("vurgu:select")).at(-1);
  assert.equal(select.target, "story");
  assert.equal(String(select.detail.group), group);
  assert.equal(select.detail.label, "PERSON");
  const mentions = await page.$$eval(`#story mark.vurgu[data-group="${group}"]`, (ms) => new Set(ms.map((m) => m.dataset.entity)).size);
  assert.ok(mentions >= 2);
  assert.equal(select.detail.mentions, mentions);
  await screenshot(page, "embed-group-emphasis.png");

  await target.click();
  assert.ok((await state()).every(([, a]) => !a));
  assert.equal((await events("vurgu:select")).at(-1).detail, null);
});

test("keyboard: one tab stop for the entities, arrows move between them, Enter emphasises, Escape clears", async () => {
  const focused = () => page.evaluate(() => {
    const a = document.activeElement;
    return a?.matches("#story mark.vurgu") ? { entity: Number(a.dataset.entity), label: a.dataset.label, text: a.textContent, tabindex: a.getAttribute("tabindex") } : { tag: a?.tagName };
  });
  const zeroes = () => page.$$eval('#story mark.vurgu[tabindex="0"]', (ms) => ms.map((m) => Number(m.dataset.entity)));
  // Tab from the page header through the legend and the article's links:
  // of all the marks, only the one holding the tab stop is on the way.
  const stop = await zeroes();
  assert.equal(stop.length, 1);
  await page.focus("header.site nav a");
  const visited = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press("Tab");
    const f = await focused();
    if (f.entity !== undefined) visited.push(f.entity);
  }
  assert.deepEqual(visited, stop, "Tab passes one of the article's entities, the tab stop");
  await page.focus(`#story mark.vurgu[data-entity="${stop[0]}"]`);
  const first = await focused();

  await page.keyboard.press("ArrowRight");
  const second = await focused();
  assert.ok(second.entity > first.entity, JSON.stringify([first, second]));
  assert.deepEqual(await zeroes(), [second.entity], "the tab stop moves with the focus");
  await page.keyboard.press("ArrowLeft");
  assert.equal((await focused()).entity, first.entity);
  await page.keyboard.press("End");
  const last = await focused();
  const total = await page.$$eval("#story mark.vurgu", (ms) => Math.max(...ms.map((m) => Number(m.dataset.entity))));
  assert.equal(last.entity, total);
  await page.keyboard.press("Home");
  assert.equal((await focused()).entity, 0);

  await page.keyboard.press("Enter");
  const active = await page.$$eval("#story mark.vurgu-active", (ms) => ms.map((m) => m.dataset.group));
  assert.ok(active.length >= 2 && new Set(active).size === 1, active.join());
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#story mark.vurgu-active").count(), 0);

  // Labels the legend hides are passed over.
  await page.uncheck('vurgu-legend input[data-label="PLACE"]');
  await page.focus("#story mark.vurgu[data-entity='0']");
  const seen = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press("ArrowRight");
    seen.push((await focused()).label);
  }
  assert.ok(!seen.includes("PLACE"), seen.join());
  await page.check('vurgu-legend input[data-label="PLACE"]');
  // Tab leaves the entities for the next control instead of visiting each one.
  await page.keyboard.press("Tab");
  const after = await focused();
  assert.equal(after.entity, undefined, `Tab left the entities: ${JSON.stringify(after)}`);
});

test("screen readers get the label from aria-description; the text and its textContent stay as they were", async () => {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Accessibility.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const ax = async (selector) => {
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
    return nodes[0];
  };
  const person = await ax("#story mark.vurgu[data-label=PERSON]");
  assert.equal(person.role.value, "mark");
  assert.equal(person.description?.value, "şəxs");
  assert.equal((await ax("#en mark.vurgu[data-label=PLACE]")).description?.value, "place");

  // With badges on, they are drawn but stay out of the accessibility tree.
  await page.$eval("#story", (s) => s.classList.add("vurgu-badges"));
  const badge = await page.$eval("#story mark.vurgu[data-label=PERSON][data-part=end], #story mark.vurgu[data-label=PERSON]:not([data-part])", (m) => getComputedStyle(m, "::after").content);
  assert.notEqual(badge, "none", "the badge is shown");
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const names = nodes.map((n) => n.name?.value ?? "").filter((n) => /^(PERSON|PLACE|ORG|DATE)$/.test(n));
  assert.deepEqual(names, [], "no badge text reaches screen readers");
  await page.$eval("#story", (s) => s.classList.remove("vurgu-badges"));
  await cdp.detach();
});

/** WCAG 2 relative luminance contrast of two CSS rgb() colours. */
function contrast(a, b) {
  const lum = (css) => {
    const [r, g, bl] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

async function colours() {
  return page.evaluate(() => {
    const story = document.getElementById("story");
    story.classList.add("vurgu-badges");
    const page = getComputedStyle(document.body).backgroundColor;
    const out = {};
    for (const label of ["PERSON", "PLACE", "ORG", "DATE"]) {
      const m = story.querySelector(`mark.vurgu[data-label=${label}]:not([data-part=start]):not([data-part=middle])`);
      const s = getComputedStyle(m);
      const after = getComputedStyle(m, "::after");
      m.classList.add("vurgu-active");
      const ring = getComputedStyle(m).boxShadow;
      m.classList.remove("vurgu-active");
      out[label] = { fg: s.color, bg: s.backgroundColor, accent: s.borderBottomColor, badgeFg: after.color, badgeBg: after.backgroundColor, ring, page };
    }
    story.classList.remove("vurgu-badges");
    return out;
  });
}

function assertContrast(theme, c) {
  for (const [label, x] of Object.entries(c)) {
    const at = `${theme} ${label} ${JSON.stringify(x)}`;
    assert.ok(contrast(x.fg, x.bg) >= 4.5, `text ${at}`);
    assert.ok(contrast(x.badgeFg, x.badgeBg) >= 4.5, `badge ${at}`);
    assert.ok(contrast(x.accent, x.bg) >= 3, `underline on the mark ${at}`);
    assert.ok(contrast(x.accent, x.page) >= 3, `underline on the page ${at}`);
    assert.ok(contrast(x.ring, x.page) >= 3, `emphasis ring ${at}`);
  }
}

test("colours meet WCAG AA in the light and dark themes", async () => {
  const light = await colours();
  assertContrast("light", light);
  await screenshot(page, "embed-light.png", { fullPage: true });

  // The reader prefers dark and the page supports it (color-scheme: light dark).
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await colours();
  assertContrast("dark", dark);
  assert.notEqual(dark.PERSON.bg, light.PERSON.bg, "the marks follow the page into dark");
  await screenshot(page, "embed-dark.png", { fullPage: true });

  // A light-only page keeps light marks whatever the reader prefers…
  await page.$eval('meta[name="color-scheme"]', (m) => m.setAttribute("content", "light"));
  assert.equal((await colours()).PERSON.bg, light.PERSON.bg);
  // …and .vurgu-dark forces dark marks on a dark part of a light page.
  await page.emulateMedia({ colorScheme: "light" });
  await page.$eval("body", (b) => b.classList.add("vurgu-dark", "vurgu-dark-page"));
  const forced = await colours();
  assertContrast("vurgu-dark", forced);
  assert.equal(forced.PERSON.bg, dark.PERSON.bg);
  await page.$eval("body", (b) => b.classList.remove("vurgu-dark", "vurgu-dark-page"));
  await page.$eval('meta[name="color-scheme"]', (m) => m.setAttribute("content", "light dark"));
});

test("high contrast, more contrast and print keep each label's underline style", async () => {
  const look = () =>
    page.$$eval("#story mark.vurgu", (ms) => {
      const by = {};
      for (const m of ms) {
        const s = getComputedStyle(m);
        by[m.dataset.label] ??= { bg: s.backgroundColor, style: s.borderBottomStyle, width: s.borderBottomWidth, color: s.color };
      }
      return by;
    });
  const styles = (l) => [l.PERSON.style, l.PLACE.style, l.ORG?.style ?? "dotted", l.DATE.style];
  assert.deepEqual(styles(await look()), ["solid", "dashed", "dotted", "double"]);

  await page.emulateMedia({ forcedColors: "active" });
  const forced = await look();
  assert.deepEqual(styles(forced), ["solid", "dashed", "dotted", "double"]);
  await screenshot(page, "embed-forced-colors.png");

  await page.emulateMedia({ forcedColors: "none", contrast: "more" });
  const more = await look();
  assert.equal(more.PERSON.width, "3px");
  assert.ok(contrast(more.PERSON.color, more.PERSON.bg) >= 7, JSON.stringify(more.PERSON));

  await page.emulateMedia({ contrast: "no-preference", media: "print" });
  const paper = await look();
  assert.equal(paper.PERSON.bg, "rgba(0, 0, 0, 0)", "no backgrounds on paper");
  assert.deepEqual(styles(paper), ["solid", "dashed", "dotted", "double"]);
  await page.emulateMedia({ media: "screen" });
});

test("the page logged no errors and fetched nothing from outside", async () => {
  assert.deepEqual(browser.offsite, []);
  assert.deepEqual(browser.errors, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
});
