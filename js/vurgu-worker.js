// The worker: analyses long texts in chunks cut at paragraph breaks and
// posts each chunk's entities as soon as they are found. Loaded by
// vurgu-async.js as a module worker; it needs nothing from the page.
import init, { analyze, detectLanguage } from "./vurgu.js";

const ready = init();
const cancelled = new Set();

self.addEventListener("message", async (event) => {
  const msg = event.data;
  if (msg?.type === "cancel") {
    cancelled.add(msg.id);
    return;
  }
  if (msg?.type !== "analyze") return;
  try {
    await ready;
    await run(msg);
  } catch (err) {
    self.postMessage({ type: "error", id: msg.id, message: err instanceof Error ? err.message : String(err) });
  } finally {
    cancelled.delete(msg.id);
  }
});

async function run({ id, text, options, chunkSize }) {
  const opts = { ...options };
  // One language for the whole text, chosen the way `analyze` would.
  if (opts.lang === undefined || opts.lang === "auto") opts.lang = detectLanguage(text);
  const groups = new Groups();
  for (const [start, end] of chunks(text, chunkSize)) {
    if (cancelled.has(id)) return;
    const found = analyze(text.slice(start, end), opts);
    groups.nextChunk();
    for (const e of found) {
      e.start += start;
      e.end += start;
      e.group = groups.global(e);
    }
    self.postMessage({ type: "progress", id, done: end, total: text.length, entities: found });
    // Lets a cancel message in between chunks.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (!cancelled.has(id)) self.postMessage({ type: "done", id, lang: opts.lang });
}

/**
 * Group ids that hold across chunks. Each chunk numbers its groups from 1;
 * a chunk's group joins an earlier one with the same label and base form
 * (or date value). Links the analysis makes inside a chunk (a surname
 * alone to the full name) are kept; across chunks only equal names join.
 */
class Groups {
  #byKey = new Map();
  #local = new Map();
  #next = 1;

  nextChunk() {
    this.#local = new Map();
  }

  global(e) {
    const key = `${e.label}\u0000${e.base ?? e.value ?? e.text}`;
    let g = this.#local.get(e.group);
    if (g === undefined) {
      g = this.#byKey.get(key) ?? this.#next++;
      this.#local.set(e.group, g);
    }
    if (!this.#byKey.has(key)) this.#byKey.set(key, g);
    return g;
  }
}

/** [start, end) pairs covering `text`, each at most `size` units, cut after a blank line where possible. */
function* chunks(text, size) {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) end = cut(text, start, end, size);
    yield [start, end];
    start = end;
  }
}

// A paragraph break is a boundary no entity crosses; a line break nearly
// so; a sentence end or a space is a last resort for text without either.
const BREAKS = ["\n\n", "\n", ". ", " "];

function cut(text, start, end, size) {
  const earliest = start + Math.floor(size / 2);
  for (const sep of BREAKS) {
    const i = text.lastIndexOf(sep, end - sep.length);
    if (i >= earliest) return i + sep.length;
  }
  // Never between the halves of a surrogate pair.
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff ? end - 1 : end;
}
