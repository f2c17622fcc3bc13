// Scores compromise (with its compromise-dates plugin) and vurgu on the
// English dev corpus with one strict metric: a predicted entity counts when
// its start, end (Unicode code points) and label equal a gold entity's, as
// in GUIDELINES.md; DATE values are scored over correctly found dates.
//
//   cd bench/compare && npm ci && node compare.mjs [GOLD.ann ...]
//   (or `make compare` from the repository root)
//
// With no arguments it reads ../../tests/corpus/dev/en-meantime-*.ann and
// en-region-*.ann and prints one table a tool for each set. vurgu runs as
// the release CLI (`cargo run --release -- --format jsonl`, built once;
// VURGU_BIN overrides the binary).
//
// compromise's output is mapped to the corpus conventions before scoring,
// so that the comparison measures recognition, not formatting:
// people() → PERSON, places() → PLACE, organizations() → ORG, dates() →
// DATE; spans lose surrounding punctuation, a leading article or
// preposition (`the`, `on`, `in` …), and places written `City, State` are
// split at the comma. Offsets: compromise reports UTF-16 indices, which are
// converted to code points.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const LABELS = ['PERSON', 'PLACE', 'ORG', 'DATE'];

// ---- gold ---------------------------------------------------------------

/** Parses an .ann file: headers, text with marks removed, code-point spans. */
function parseAnn(raw, file) {
  const doc = { id: file, lang: null, ref_date: null, text: '', spans: [] };
  const lines = raw.split(/(?<=\n)/);
  let body = 0;
  for (const line of lines) {
    const m = /^#(\w+):(.*)$/.exec(line.replace(/\r?\n$/, ''));
    if (!m) break;
    const v = m[2].trim();
    if (m[1] === 'id') doc.id = v;
    if (m[1] === 'lang') doc.lang = v;
    if (m[1] === 'ref_date' && v) doc.ref_date = v;
    body += line.length;
  }
  let rest = raw.slice(body);
  let cp = 0; // code points written so far
  const push = (s) => {
    doc.text += s;
    cp += [...s].length;
  };
  for (;;) {
    const i = rest.indexOf('{{');
    if (i < 0) break;
    push(rest.slice(0, i));
    const after = rest.slice(i + 2);
    const close = after.indexOf('}}');
    const mark = after.slice(0, close);
    const bar = mark.indexOf('|');
    const head = mark.slice(0, bar);
    const surface = mark.slice(bar + 1);
    const [label, value] = head.includes(':') ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)] : [head, null];
    const start = cp;
    push(surface);
    doc.spans.push({ start, end: cp, label, value });
    rest = after.slice(close + 2);
  }
  push(rest);
  return doc;
}

// ---- compromise ----------------------------------------------------------

/** UTF-16 index → code-point index for one text. */
function cpIndex(text) {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return (u) => map[Math.max(0, Math.min(u, text.length))];
}

const LEAD = /^(?:the|a|an|on|in|at|by|since|until|during|from|of|for|to|this\s+(?=morning))\s+/i;

/** Trims a UTF-16 span [s, e) of `text` to the corpus conventions. */
function trim(text, s, e) {
  for (;;) {
    const piece = text.slice(s, e);
    const lead = LEAD.exec(piece);
    if (lead && lead[0].length < piece.length) {
      s += lead[0].length;
      continue;
    }
    break;
  }
  while (s < e && /[\s.,;:!?"“”()\[\]'‘—–-]/.test(text[s])) s++;
  while (e > s && /[\s.,;:!?"“”()\[\]—–-]/.test(text[e - 1])) e--;
  // A closing single quote stays only as a plural possessive (`Beatles'`).
  while (e > s && /['‘’]/.test(text[e - 1]) && !/s/i.test(text[e - 2] || '')) e--;
  return [s, e];
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/** compromise-dates' start/end → a TIMEX-style value. */
function timex(d) {
  if (!d || !d.start) return null;
  const a = d.start.slice(0, 10);
  const b = (d.end || d.start).slice(0, 10);
  if (a === b) return a;
  const [ay, am, ad] = a.split('-').map(Number);
  const [by, bm, bd] = b.split('-').map(Number);
  const last = new Date(Date.UTC(by, bm, 0)).getUTCDate();
  if (ad === 1 && bd === last && ay === by && am === bm) return `${ay}-${pad(am)}`;
  if (ad === 1 && am === 1 && bm === 12 && bd === 31 && ay === by) return String(ay);
  return `${a}/${b}`;
}

function compromiseSpans(doc) {
  const text = doc.text;
  const toCp = cpIndex(text);
  const d = nlp(text);
  const out = [];
  const add = (label, s16, e16, value = null) => {
    const [s, e] = trim(text, s16, e16);
    if (s < e) out.push({ start: toCp(s), end: toCp(e), label, value });
  };
  const take = (label, matches) => {
    for (const m of matches) {
      const o = m.offset;
      if (!o) continue;
      if (label === 'PLACE') {
        // `San Francisco, California` is two places in the corpus.
        let s = o.start;
        for (const part of text.slice(o.start, o.start + o.length).split(/(,\s*)/)) {
          if (!/^,\s*$/.test(part)) add(label, s, s + part.length);
          s += part.length;
        }
      } else {
        add(label, o.start, o.start + o.length, label === 'DATE' ? timex(m.dates) : null);
      }
    }
  };
  take('PERSON', d.people().json({ offset: true }));
  take('PLACE', d.places().json({ offset: true }));
  take('ORG', d.organizations().json({ offset: true }));
  const opts = doc.ref_date ? { today: doc.ref_date } : {};
  take('DATE', d.dates(opts).json({ offset: true }));
  return out;
}

// ---- vurgu ----------------------------------------------------------------

function vurguSpans(docs) {
  let bin = process.env.VURGU_BIN;
  if (!bin) {
    const target = process.env.CARGO_TARGET_DIR || join(root, 'target');
    execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'vurgu'], { cwd: root, stdio: 'inherit' });
    bin = join(target, 'release', 'vurgu');
  }
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text, lang: 'en', ref_date: d.ref_date })).join('\n') + '\n';
  const out = execFileSync(bin, ['--format', 'jsonl'], { input, maxBuffer: 64 << 20 }).toString();
  const byId = new Map();
  for (const line of out.split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    byId.set(r.id, r.entities.map((e) => ({ start: e.start, end: e.end, label: e.label, value: e.value ?? null })));
  }
  return docs.map((d) => byId.get(d.id) || []);
}

// ---- scoring ----------------------------------------------------------------

function score(docs, preds) {
  const c = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  let found = 0;
  let valueOk = 0;
  docs.forEach((doc, i) => {
    const pred = preds[i];
    const used = new Array(pred.length).fill(false);
    for (const g of doc.spans) {
      const k = pred.findIndex((p, j) => !used[j] && p.start === g.start && p.end === g.end && p.label === g.label);
      if (k >= 0) {
        used[k] = true;
        c[g.label].tp++;
        if (g.label === 'DATE') {
          found++;
          if (pred[k].value === g.value) valueOk++;
        }
      } else c[g.label].fn++;
    }
    pred.forEach((p, j) => {
      if (!used[j] && c[p.label]) c[p.label].fp++;
    });
  });
  return { c, found, valueOk };
}

const ratio = (a, b) => (b === 0 ? 0 : a / b);
const f1 = (x) => {
  const p = ratio(x.tp, x.tp + x.fp);
  const r = ratio(x.tp, x.tp + x.fn);
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
};

function table(name, s) {
  const rows = [`${name}`, 'label       tp    fp    fn       P       R      F1'];
  const micro = { tp: 0, fp: 0, fn: 0 };
  for (const l of LABELS) {
    const x = s.c[l];
    micro.tp += x.tp;
    micro.fp += x.fp;
    micro.fn += x.fn;
    const [p, r, f] = f1(x);
    rows.push(`${l.padEnd(8)}${String(x.tp).padStart(6)}${String(x.fp).padStart(6)}${String(x.fn).padStart(6)}${p.toFixed(3).padStart(8)}${r.toFixed(3).padStart(8)}${f.toFixed(3).padStart(8)}`);
  }
  const [p, r, f] = f1(micro);
  rows.push(`${'micro'.padEnd(8)}${String(micro.tp).padStart(6)}${String(micro.fp).padStart(6)}${String(micro.fn).padStart(6)}${p.toFixed(3).padStart(8)}${r.toFixed(3).padStart(8)}${f.toFixed(3).padStart(8)}`);
  rows.push(`date values: ${s.valueOk}/${s.found} correct (${ratio(s.valueOk, s.found).toFixed(3)})`);
  return rows.join('\n');
}

// ---- main ---------------------------------------------------------------------

function devFiles(prefix) {
  const dir = join(root, 'tests', 'corpus', 'dev');
  return readdirSync(dir).filter((f) => f.startsWith(prefix) && f.endsWith('.ann')).sort().map((f) => join(dir, f));
}

const args = process.argv.slice(2);
const sets = args.length
  ? [['given files', args]]
  : [['en-meantime (30 Wikinews docs)', devFiles('en-meantime-')], ['en-region (4 docs)', devFiles('en-region-')]];

for (const [name, files] of sets) {
  const docs = files.filter(existsSync).map((f) => parseAnn(readFileSync(f, 'utf8'), f));
  const comp = score(docs, docs.map(compromiseSpans));
  const vur = score(docs, vurguSpans(docs));
  console.log(`== ${name}, strict match ==\n`);
  console.log(table(`compromise ${nlp.version} + compromise-dates`, comp));
  console.log();
  console.log(table('vurgu', vur));
  console.log();
}
