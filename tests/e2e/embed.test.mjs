// highlight() and unhighlight() on a realistic news page (fixtures/news.html)
// in the system's headless Chromium, loading the built npm package from a
// static server: what is marked, what is left alone, that the text never
// changes and that undo restores the DOM exactly; and how long a
// 5,000-word article takes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { startServer, launch, screenshot, paragraphs, NPM, FIXTURES, ARTIFACTS } from "./lib.mjs";

let server;
let browser;
let page;

before(async () => {
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

/** Runs `fn(story, vurgu, ...args)` in the page. */
const inPage = (fn, ...args) =>
  page.evaluate(([src, args]) => new Function(`return (${src})`)()(document.getElementById("story"), window.vurgu, ...args), [fn.toString(), args]);

const marks = () =>
  page.$$eval("#story mark.vurgu", (ms) => ms.map((m) => ({ entity: m.dataset.entity, label: m.dataset.label, text: m.textContent, part: m.dataset.part ?? null })));

test("the article is highlighted in place, the text never changes, and unhighlight restores the DOM exactly", async () => {
  const r = await inPage((story, vurgu) => {
    window.storyBefore = story.cloneNode(true);
    const text = story.textContent;
    const summary = vurgu.highlight(story, { lang: "az", refDate: "2025-03-29" });
    const sameText = story.textContent === text;
    const marked = story.querySelectorAll("mark.vurgu").length;
    const again = vurgu.highlight(story, { lang: "az", refDate: "2025-03-29" });
    const nested = story.querySelectorAll("mark mark").length;
    return { summary, again: again.marks, sameText, marked, nested };
  });
  assert.ok(r.sameText, "textContent is unchanged after highlighting");
  assert.equal(r.nested, 0, "highlighting twice does not wrap twice");
  assert.equal(r.again, r.marked, "the second highlight replaces the first");
  assert.equal(r.summary.marks, r.marked);
  assert.equal(r.summary.lang, "az");
  const byLabel = (l) => r.summary.entities.filter((e) => e.label === l).length;
  assert.deepEqual(r.summary.counts, { PERSON: byLabel("PERSON"), PLACE: byLabel("PLACE"), ORG: byLabel("ORG"), DATE: byLabel("DATE") });
  for (const e of r.summary.entities) {
    assert.equal(r.summary.text.slice(e.start, e.end), e.text, "offsets index the analysed text");
  }
  assert.ok(r.summary.counts.PERSON >= 5 && r.summary.counts.PLACE >= 8 && r.summary.counts.DATE >= 2, JSON.stringify(r.summary.counts));

  const restored = await inPage((story, vurgu) => {
    const undone = vurgu.unhighlight(story);
    return { undone, equal: story.isEqualNode(window.storyBefore), marks: story.querySelectorAll("mark").length };
  });
  assert.deepEqual(restored, { undone: true, equal: true, marks: 0 });

  // After the comparison: taking a full-page picture gives the textarea a style attribute.
  await inPage((story, vurgu) => vurgu.highlight(story, { lang: "az", refDate: "2025-03-29" }));
  await mkdir(ARTIFACTS, { recursive: true });
  await screenshot(page, "embed-news.png", { fullPage: true });
});

test("names split by bold, italics and links are one entity in pieces", async () => {
  await inPage((story, vurgu) => vurgu.highlight(story, { lang: "az" }));
  const ms = await marks();
  const entity = (n) => ms.filter((m) => m.entity === n);
  const h1 = await page.$$eval("#story h1 mark.vurgu", (xs) => xs.map((m) => [m.dataset.entity, m.textContent, m.parentElement.tagName]));
  assert.deepEqual(h1.slice(0, 2).map((x) => x.slice(1)), [["İlham", "B"], [" Əliyevlə", "H1"]]);
  assert.equal(h1[0][0], h1[1][0], "İlham and Əliyevlə share data-entity");
  assert.deepEqual(entity(h1[0][0]).map((m) => m.part), ["start", "end"]);

  const link = await page.$$eval("#story a[href='/sexs/ilham-eliyev'] mark.vurgu", (xs) => xs.map((m) => [m.dataset.entity, m.textContent]));
  assert.deepEqual(link.map((x) => x[1]), ["İlham ", "Əliyevlə"], "a link with a bold surname inside");
  assert.equal(link[0][0], link[1][0]);

  const susa = await page.$eval("#story a[href='/yer/susa'] mark.vurgu", (m) =>
    [...m.closest("p").querySelectorAll(`mark[data-entity="${m.dataset.entity}"]`)].map((x) => [x.dataset.label, x.textContent, x.parentElement.tagName]),
  );
  assert.deepEqual(susa, [["PLACE", "Şuşa", "A"], ["PLACE", "da", "P"]], "<a>Şuşa</a>da is one place across the link's end");

  const rte = await page.$$eval("#story mark.vurgu", (xs) => xs.filter((m) => m.closest("i")).map((m) => m.dataset.entity));
  assert.equal(rte.length, 1);
  assert.deepEqual((await marks()).filter((m) => m.entity === rte[0]).map((m) => m.text), ["Rəcəb Tayyib", " Ərdoğan"]);
});

test("list items, headings and paragraphs never run into each other", async () => {
  const items = await page.$$eval("#story ul.cities li", (lis) => lis.map((li) => [...li.querySelectorAll("mark.vurgu")].map((m) => m.textContent)));
  assert.deepEqual(items, [["Gəncə"], ["Naxçıvan"], ["Ankara"]]);
  const crossing = await page.$$eval("#story mark.vurgu", (ms) => ms.filter((m) => m.closest("p, h1, h2, li, figcaption") === null).length);
  assert.equal(crossing, 0, "every mark sits inside one block");
  const text = await inPage((story, vurgu) => vurgu.highlight(story, { lang: "az" }).text);
  assert.match(text, /Müttəfiqlik\n\nİki ölkə/);
  assert.match(text, /Gəncə\n\nNaxçıvan\n\nAnkara/);
});

test("script, style, form fields and editors are not touched; exclude leaves the figure alone", async () => {
  const untouched = ["script", "style", "textarea", "input", "select", ".editor"];
  const r = await inPage((story, vurgu, sels) => {
    vurgu.unhighlight(story);
    const copies = sels.map((s) => story.querySelector(s).cloneNode(true));
    const values = [story.querySelector("textarea").value, story.querySelector("input").value];
    vurgu.highlight(story, { lang: "az" });
    const withCaption = story.querySelectorAll("figure mark").length;
    vurgu.highlight(story, { lang: "az", exclude: ["figure", ".byline"] });
    return {
      same: sels.map((s, i) => story.querySelector(s).isEqualNode(copies[i])),
      values: [story.querySelector("textarea").value, story.querySelector("input").value],
      before: values,
      withCaption,
      withoutCaption: story.querySelectorAll("figure mark, .byline mark").length,
      json: JSON.parse(story.querySelector("script").textContent).author,
    };
  }, untouched);
  assert.deepEqual(r.same, untouched.map(() => true));
  assert.deepEqual(r.values, r.before);
  assert.equal(r.json, "İlham Əliyev");
  assert.ok(r.withCaption >= 1, "the caption's name is marked by default");
  assert.equal(r.withoutCaption, 0);
});

test("text that looks like markup stays text", async () => {
  const r = await page.$eval("#story p.hostile", (p) => ({
    text: p.textContent,
    children: [...p.querySelectorAll("*")].map((e) => e.tagName),
    html: p.innerHTML,
  }));
  assert.equal(r.text, `Oxucu yazır: <img src=x onerror=alert(1)> İlham Əliyev & "Bakı" 'Gəncə' </mark><b>`);
  assert.ok(r.children.every((t) => t === "MARK"), r.children.join());
  assert.ok(r.children.length >= 2);
  assert.ok(r.html.includes("&lt;img src=x onerror=alert(1)&gt;"), r.html);
  assert.equal(await page.locator("#story img[src=x]").count(), 0);
});

test("highlight, then unhighlight after the page's own edits elsewhere, still restores the article", async () => {
  const r = await inPage((story, vurgu) => {
    vurgu.unhighlight(story);
    const copy = story.cloneNode(true);
    // Two adjacent text nodes: a normalize()-based undo would merge them.
    const p = story.querySelector("p.byline");
    p.append(document.createTextNode(" — "), document.createTextNode("Bakı"));
    const copy2 = story.cloneNode(true);
    vurgu.highlight(story, { lang: "az" });
    document.body.append(document.createElement("hr"));
    vurgu.unhighlight(story);
    const ok = story.isEqualNode(copy2) && p.childNodes.length === copy2.querySelector("p.byline").childNodes.length;
    p.lastChild.remove();
    p.lastChild.remove();
    return { ok, back: story.isEqualNode(copy) };
  });
  assert.deepEqual(r, { ok: true, back: true });
});

test("a 5,000-word article is highlighted in place in one analysis; the time is recorded", async () => {
  const paras = await paragraphs("az", 5000);
  const r = await page.evaluate((paras) => {
    const art = document.createElement("article");
    art.id = "long";
    paras.forEach((text, i) => {
      const el = document.createElement(i % 10 === 0 ? "h2" : "p");
      const words = text.split(" ");
      // Some inline markup, as a CMS would produce.
      if (words.length > 8) {
        const b = document.createElement("b");
        b.textContent = words.slice(2, 4).join(" ");
        el.append(`${words.slice(0, 2).join(" ")} `, b, ` ${words.slice(4).join(" ")}`);
      } else el.textContent = text;
      art.append(el);
    });
    document.body.append(art);
    const before = art.cloneNode(true);
    const opts = { lang: "az" };
    window.vurgu.unhighlight(art);
    window.vurgu.highlight(art, opts); // warm-up: first calls build tables
    window.vurgu.unhighlight(art);
    const times = [];
    const analysis = [];
    const undo = [];
    const render = [];
    let summary;
    // Style and layout are brought up to date before each timed call, so
    // that a call is not billed for the browser's pending work from the
    // one before; the browser's own style and layout of the new marks is
    // timed separately.
    const settle = () => document.body.offsetHeight;
    for (let i = 0; i < 9; i++) {
      settle();
      let t = performance.now();
      summary = window.vurgu.highlight(art, opts);
      times.push(performance.now() - t);
      t = performance.now();
      settle();
      render.push(performance.now() - t);
      t = performance.now();
      window.vurgu.unhighlight(art);
      undo.push(performance.now() - t);
      settle();
      t = performance.now();
      window.vurgu.analyzeFlat(summary.text, opts);
      analysis.push(performance.now() - t);
    }
    const min = (xs) => Math.min(...xs);
    const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const restored = art.isEqualNode(before);
    art.remove();
    return {
      words: summary.text.split(/\s+/).filter(Boolean).length,
      entities: summary.entities.length,
      marks: summary.marks,
      highlightMs: { min: min(times), median: median(times) },
      analysisMs: { min: min(analysis), median: median(analysis) },
      unhighlightMs: median(undo),
      browserStyleAndLayoutAfterMs: median(render),
      restored,
    };
  }, paras);
  const report = { ...r, domMs: +(r.highlightMs.median - r.analysisMs.median).toFixed(1) };
  await writeFile(path.join(ARTIFACTS, "embed-timing.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`5,000-word article: ${JSON.stringify(report)}`);
  assert.ok(r.words >= 5000, `${r.words} words`);
  assert.ok(r.entities > 300, `${r.entities} entities`);
  assert.ok(r.restored, "the long article is restored exactly");
  // Timing on shared CI machines is noisy, so this only catches a DOM
  // side gone badly wrong (a layout read per mark, an analysis per node);
  // the numbers themselves are in artifacts/embed-timing.json.
  assert.ok(r.highlightMs.min < r.analysisMs.min * 4 + 60, JSON.stringify(report));
});

test("the page logged no errors and fetched nothing from outside", () => {
  assert.deepEqual(browser.offsite, []);
  assert.deepEqual(browser.errors, []);
});
