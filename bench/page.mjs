// The browser half of `make bench`: bench/run.mjs opens page.html in
// headless Chromium and calls window.bench(cfg), which returns every
// browser measurement as one JSON-able object. Inputs come from
// /artifacts/bench/inputs/ (written by run.mjs); the module is the one
// `make build` wrote to www/pkg. The server sends COOP/COEP headers so the
// page is cross-origin isolated and performance.now() has 5 µs resolution
// instead of 100 µs.
import init, * as vurgu from "/www/pkg/vurgu.js";
const Mark = window.Mark; // mark.js is a UMD script, loaded by page.html
// compromise and chrono-node are imported in the last phase, after every
// vurgu measurement: with compromise in the page, building analyze()'s
// entity objects took 12x longer (16,765 objects with sliced strings:
// 1.8 -> 21.6 ms in a probe, analyze() on 1 MB 100 -> 155 ms while
// analyzeFlat() stayed at 100); it patches no builtin, so it is V8's heap
// state, and a page without it should not be measured with it.

const LANGS = ["az", "en"];
const SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];
const IN = "/artifacts/bench/inputs/";
const now = () => performance.now();
const log = (...a) => console.log(...a);

const text = async (name) => {
  const r = await fetch(IN + name);
  if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
  return r.text();
};
const utf8 = (s) => new TextEncoder().encode(s).length;

function percentile(v, p) {
  const s = [...v].sort((a, b) => a - b);
  const rank = Math.min(Math.max(Math.ceil(p * s.length), 1), s.length);
  return s[rank - 1];
}
const median = (v) => percentile(v, 0.5);
function stats(v) {
  const s = [...v].sort((a, b) => a - b);
  return { median: median(v), min: s[0], max: s[s.length - 1], n: v.length };
}
const time = (f) => {
  const t = now();
  f();
  return now() - t;
};
/** Lets the event loop run (GC, console) between phases, not inside timings. */
const breathe = () => new Promise((r) => setTimeout(r, 0));

window.bench = async function bench(cfg) {
  const quick = !!cfg.quick;
  const out = { crossOriginIsolated: self.crossOriginIsolated, userAgent: navigator.userAgent };
  {
    // Timer resolution actually seen: the smallest non-zero step.
    let step = Infinity;
    for (let i = 0, last = now(); i < 20000; i++) {
      const t = now();
      if (t > last) step = Math.min(step, t - last);
      last = t;
    }
    out.timerResolutionUs = step * 1000;
  }

  const articles = JSON.parse(await text("articles.json"));
  const t0 = now();
  const wasm = await init();
  out.initMsWarmServer = now() - t0; // not cold (the page already loaded once); cold.html measures cold
  const memMB = () => wasm.memory.buffer.byteLength / 1e6;
  out.memoryAfterInitMB = memMB();
  out.highlightExported = typeof vurgu.highlight === "function";

  // --- per-article latency, warm, analyze() with each article's language and date
  log("latency");
  const optsOf = (a) => (a.refDate ? { lang: a.lang, refDate: a.refDate } : { lang: a.lang });
  for (let r = 0; r < 3; r++) for (const a of articles) vurgu.analyze(a.text, optsOf(a));
  const rounds = quick ? 10 : 40;
  const lat = { az: [], en: [] };
  const roundMs = { az: [], en: [] };
  const perArticle = articles.map(() => []);
  for (let r = 0; r < rounds; r++) {
    const sum = { az: 0, en: 0 };
    articles.forEach((a, i) => {
      const o = optsOf(a);
      const ms = time(() => vurgu.analyze(a.text, o));
      lat[a.lang].push(ms * 1000);
      perArticle[i].push(ms * 1000);
      sum[a.lang] += ms;
    });
    for (const l of LANGS) roundMs[l].push(sum[l]);
  }
  out.latency = {};
  out.latencyRounds = rounds;
  for (const l of LANGS) {
    const arts = articles.filter((a) => a.lang === l);
    const bytes = arts.reduce((n, a) => n + utf8(a.text), 0);
    // Each article's median over the rounds: the spread between articles
    // without GC pauses and the machine's stalls.
    const medians = articles.map((a, i) => (a.lang === l ? median(perArticle[i]) : null)).filter((x) => x !== null);
    out.latency[l] = {
      articles: arts.length,
      medianBytes: median(arts.map((a) => utf8(a.text))),
      samples: lat[l].length,
      p50us: percentile(lat[l], 0.5),
      p99us: percentile(lat[l], 0.99),
      articleMedians: { p50us: percentile(medians, 0.5), p99us: percentile(medians, 0.99) },
      // The same loop read as throughput: what compromise and chrono-node are compared with.
      corpusBytes: bytes,
      perArticleMBps: stats(roundMs[l].map((ms) => bytes / 1e3 / ms)),
    };
  }
  await breathe();

  // --- throughput on 1 MB, analyze() and analyzeFlat(), interleaved
  log("throughput");
  const mb = {};
  for (const l of LANGS) mb[l] = await text(`${l}-1000000.txt`);
  const apis = { analyze: vurgu.analyze, analyzeFlat: vurgu.analyzeFlat };
  const count = { analyze: (r) => r.length, analyzeFlat: (r) => r.length / 4 };
  const reps = quick ? 3 : 7;
  const tp = {};
  const entities = {};
  for (const api in apis) for (const l of LANGS) {
    tp[`${api}/${l}`] = [];
    for (let w = 0; w < 2; w++) entities[`${api}/${l}`] = count[api](apis[api](mb[l], { lang: l }));
  }
  for (let r = 0; r < reps; r++) {
    for (const api in apis) for (const l of LANGS) {
      tp[`${api}/${l}`].push(utf8(mb[l]) / 1e3 / time(() => apis[api](mb[l], { lang: l })));
    }
    await breathe();
  }
  out.throughput = {};
  for (const api in apis) {
    out.throughput[api] = {};
    for (const l of LANGS) {
      out.throughput[api][l] = { bytes: utf8(mb[l]), entities: entities[`${api}/${l}`], mbPerS: stats(tp[`${api}/${l}`]) };
    }
  }
  out.memoryAfter1MB_MB = memMB();

  // --- time against size, analyzeFlat(): batches of at least 200 KB of text
  // (one call from 1 MB up), fewer batches for the big sizes, as
  // examples/bench_native.rs does it; the code is warm by now.
  log("scaling");
  out.scaling = {};
  for (const l of LANGS) {
    out.scaling[l] = [];
    for (const size of SIZES) {
      const t = size === 1_000_000 ? mb[l] : await text(`${l}-${size}.txt`);
      const bytes = utf8(t);
      const calls = Math.ceil(200_000 / bytes);
      const batches = size >= 10_000_000 ? 1 : quick ? 2 : size >= 1_000_000 ? 3 : 5;
      const batch = () => time(() => {
        for (let i = 0; i < calls; i++) vurgu.analyzeFlat(t, { lang: l });
      });
      if (size < 1_000_000) batch();
      const ns = [];
      for (let b = 0; b < batches; b++) ns.push((batch() * 1e6) / (calls * bytes));
      out.scaling[l].push({ bytes, calls, nsPerByte: stats(ns) });
      await breathe();
    }
  }
  out.memoryAfter10MB_MB = memMB();

  // --- a 5,000-word article highlighted in place, and mark.js on the same article
  log("dom");
  const stage = document.getElementById("stage");
  const build = (t) => {
    const el = document.createElement("article");
    const paras = t.split("\n\n");
    paras.forEach((p, i) => {
      const e = document.createElement("p");
      e.textContent = p;
      el.append(e);
      if (i < paras.length - 1) el.append("\n\n");
    });
    stage.replaceChildren(el);
    el.getBoundingClientRect(); // laid out before the clock starts
    return el;
  };
  const domReps = quick ? 5 : 15;
  out.dom = {};
  for (const l of LANGS) {
    const t = await text(`${l}-5000w.txt`);
    const opts = { lang: l };
    const flat = vurgu.analyzeFlat(t, opts);
    const ranges = [];
    const strings = new Set();
    for (let i = 0; i < flat.length; i += 4) {
      ranges.push({ start: flat[i], length: flat[i + 1] - flat[i] });
      strings.add(t.slice(flat[i], flat[i + 1]));
    }
    const vurguWay = out.highlightExported
      ? { how: "highlight(element, options)", run: (el) => vurgu.highlight(el, opts) }
      : {
          how: "renderHtml(el.textContent) + el.innerHTML (no highlight() export yet)",
          run: (el) => {
            el.innerHTML = vurgu.renderHtml(el.textContent, opts);
          },
        };
    const ways = {
      vurgu: vurguWay.run,
      // The same recognition shown with the CSS Custom Highlight API: ranges, no DOM change.
      ...(typeof vurgu.paint === "function" ? { paint: (el) => vurgu.paint(el, opts) } : {}),
      markRanges: (el) => {
        let done = false;
        new Mark(el).markRanges(ranges.map((r) => ({ ...r })), { done: () => (done = true) });
        if (!done) throw new Error("mark.js finished asynchronously");
      },
      markStrings: (el) => {
        let done = false;
        new Mark(el).mark([...strings], { separateWordSearch: false, done: () => (done = true) });
        if (!done) throw new Error("mark.js finished asynchronously");
      },
    };
    // mark(strings) takes seconds a call: English only, a few calls, no warm-up.
    const repsOf = { vurgu: domReps, paint: domReps, markRanges: domReps, markStrings: l === "en" ? (quick ? 1 : 3) : 0 };
    const res = {};
    for (const w in ways) res[w] = { script: [], withLayout: [], marks: 0 };
    for (let r = -2; r < domReps; r++) {
      for (const w in ways) {
        if (r >= repsOf[w] || (r < 0 && w === "markStrings")) continue;
        const el = build(t);
        const t0 = now();
        const ret = ways[w](el);
        if (ret && typeof ret.then === "function") await ret; // should highlight() ever be async
        const t1 = now();
        el.getBoundingClientRect(); // style + layout of the new marks
        const t2 = now();
        if (r >= 0) {
          res[w].script.push(t1 - t0);
          res[w].withLayout.push(t2 - t0);
        }
        res[w].marks = w === "paint" ? ret.ranges : el.querySelectorAll("mark").length;
        if (el.textContent !== t) throw new Error(`${w} changed the article's text`);
        if (w === "paint") vurgu.unpaint(el); // the next element gets fresh highlights
      }
      await breathe();
    }
    // Where highlight()'s time goes: the same work in the steps of a
    // beginHighlight session (text collected from the DOM, analysed,
    // entities wrapped in marks).
    const phases = { collect: [], analyze: [], wrap: [] };
    for (let r = -2; r < domReps; r++) {
      const el = build(t);
      const t0 = now();
      const s = vurgu.beginHighlight(el, opts);
      s.collect();
      const text = s.text;
      const t1 = now();
      const ents = vurgu.analyze(text, opts);
      const t2 = now();
      s.apply(ents);
      s.finish();
      const t3 = now();
      if (r >= 0) {
        phases.collect.push(t1 - t0);
        phases.analyze.push(t2 - t1);
        phases.wrap.push(t3 - t2);
      }
      if (el.textContent !== t) throw new Error("a highlight session changed the article's text");
      await breathe();
    }
    stage.replaceChildren();
    out.dom[l] = {
      phasesMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, stats(v)])),
      words: t.split(/\s+/).filter(Boolean).length,
      bytes: utf8(t),
      entities: flat.length / 4,
      uniqueStrings: strings.size,
      vurguHow: vurguWay.how,
    };
    for (const w in ways) {
      if (!res[w].script.length) continue;
      out.dom[l][w] = { scriptMs: stats(res[w].script), withLayoutMs: stats(res[w].withLayout), marks: res[w].marks };
    }
  }
  // --- compromise (+ compromise-dates) and chrono-node, article by article
  // over the English dev articles (the text the 1 MB English input repeats).
  // compromise on one 1 MB string would take minutes: its cost grows faster
  // than the text (offsets and dates), so per article is also the fair use.
  log("compromise, chrono-node");
  const { default: nlp } = await import("/bench/node_modules/compromise/builds/three/compromise-three.mjs");
  const { default: compromiseDates } = await import("/bench/node_modules/compromise-dates/builds/compromise-dates.mjs");
  const chrono = await import("/bench/node_modules/chrono-node/dist/esm/index.js");
  nlp.plugin(compromiseDates);
  const en = articles.filter((a) => a.lang === "en");
  const enBytes = en.reduce((n, a) => n + utf8(a.text), 0);
  const compromiseRun = (a) => {
    const d = nlp(a.text);
    return (
      d.people().json({ offset: true }).length +
      d.places().json({ offset: true }).length +
      d.organizations().json({ offset: true }).length +
      d.dates(a.refDate ? { today: a.refDate } : {}).json({ offset: true }).length
    );
  };
  const chronoRun = (a) => chrono.parse(a.text, a.refDate ? new Date(`${a.refDate}T12:00:00`) : new Date()).length;
  const others = {};
  for (const [name, run, rnds] of [["compromise", compromiseRun, quick ? 1 : 3], ["chrono", chronoRun, quick ? 3 : 10]]) {
    let found = 0;
    for (const a of en) found += run(a); // warm-up round
    const mbps = [];
    for (let r = 0; r < rnds; r++) {
      const ms = time(() => {
        for (const a of en) run(a);
      });
      mbps.push(enBytes / 1e3 / ms);
      await breathe();
    }
    others[name] = { articles: en.length, bytes: enBytes, found, mbPerS: stats(mbps) };
  }
  out.others = others;

  out.jsHeapMB = performance.memory ? performance.memory.usedJSHeapSize / 1e6 : null;
  return out;
};
window.benchReady = true;
