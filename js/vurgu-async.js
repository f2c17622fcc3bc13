// The main thread's side of vurgu's Web Worker: long texts are analysed
// off the main thread in paragraph-sized chunks, and their marks go into
// the page a chunk at a time, each in its own short task, so the page keeps
// answering while a long document is highlighted.
import init, { beginHighlight, highlight, unhighlight } from "./vurgu.js";

const DEFAULT_THRESHOLD = 100_000;
const DEFAULT_CHUNK = 65_536;

let initialised;

/** Loads and instantiates the wasm module once; later calls share the first. */
export function ready(moduleOrPath) {
  initialised ??= init(moduleOrPath === undefined ? undefined : { module_or_path: moduleOrPath });
  return initialised;
}

let worker;
let nextId = 1;
const jobs = new Map();

function getWorker() {
  if (worker) return worker;
  // Written out literally so that bundlers (Vite, webpack, Rollup) see the
  // worker and ship it with its own copy of the module.
  worker = new Worker(new URL("./vurgu-worker.js", import.meta.url), { type: "module", name: "vurgu" });
  worker.addEventListener("message", (event) => {
    const msg = event.data;
    const job = jobs.get(msg?.id);
    if (!job) return;
    if (msg.type === "progress") {
      job.entities.push(...msg.entities);
      const progress = { done: msg.done, total: msg.total, entities: msg.entities };
      try {
        job.onProgress?.(progress);
      } catch (err) {
        finish(job, err);
        cancel(msg.id);
      }
    } else if (msg.type === "done") {
      const result = job.entities;
      Object.defineProperty(result, "lang", { value: msg.lang });
      finish(job, undefined, result);
    } else if (msg.type === "error") {
      finish(job, new Error(msg.message));
    }
  });
  worker.addEventListener("error", (event) => {
    // The worker itself failed (it could not load, or threw at top level):
    // every job in it is lost, and the next call starts a fresh worker.
    event.preventDefault?.();
    const err = new Error(`vurgu worker failed: ${event.message || "it could not be loaded"}`);
    for (const job of [...jobs.values()]) finish(job, err);
    worker?.terminate();
    worker = undefined;
  });
  return worker;
}

function finish(job, err, result) {
  if (!jobs.delete(job.id)) return;
  job.signal?.removeEventListener("abort", job.onAbort);
  if (err) job.reject(err);
  else job.resolve(result);
}

function cancel(id) {
  worker?.postMessage({ type: "cancel", id });
}

function abortError(signal) {
  return signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

/**
 * Analyses `text` in a Web Worker, in chunks cut at paragraph breaks.
 * Resolves to what `analyze` returns (entities with UTF-16 offsets into
 * `text`, plus `lang`); `onProgress` hears about each chunk as it is done.
 */
export function analyzeInWorker(text, options = {}, { onProgress, signal, chunkSize = DEFAULT_CHUNK } = {}) {
  if (typeof text !== "string") return Promise.reject(new TypeError(`text must be a string, got ${typeof text}`));
  if (!(Number.isInteger(chunkSize) && chunkSize >= 1024)) {
    return Promise.reject(new RangeError(`chunkSize must be a whole number ≥ 1024, got ${chunkSize}`));
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const id = nextId++;
    const job = { id, resolve, reject, onProgress, signal, entities: [] };
    job.onAbort = () => {
      cancel(id);
      finish(job, abortError(signal));
    };
    signal?.addEventListener("abort", job.onAbort, { once: true });
    jobs.set(id, job);
    getWorker().postMessage({ type: "analyze", id, text, options, chunkSize });
  });
}

/** Stops the worker (it starts again on the next call); pending calls reject. */
export function terminateWorker() {
  const err = new Error("vurgu worker terminated");
  for (const job of [...jobs.values()]) finish(job, err);
  worker?.terminate();
  worker = undefined;
}

// Main-thread work is done in slices of about this many milliseconds,
// with the page free to run in between. Marks go in one slice per frame:
// the browser then styles and lays out (and shapes the text of) only the
// paragraphs that slice touched, instead of a whole chunk's in one frame.
const SLICE_MS = 8;
const SLICE_ENTITIES = 100;
const COLLECT_NODES = 256;

/** Lets the page run: a task boundary without setTimeout's 4 ms clamp. */
function yieldToPage() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve();
    port2.postMessage(null);
  });
}

/** After the next frame is painted; just a task boundary in a hidden page, which paints nothing. */
function afterNextFrame() {
  if (typeof requestAnimationFrame !== "function" || document.visibilityState === "hidden") return yieldToPage();
  return new Promise((resolve) => requestAnimationFrame(() => yieldToPage().then(resolve)));
}

/**
 * Feeds the worker's chunks into `session.apply` a slice at a time. A
 * chunk's `onProgress` runs once its marks are all in.
 */
function feeder(session, onProgress, signal) {
  const queue = [];
  let pumping;
  let error;
  const pump = async () => {
    // Starts on a later microtask: a pump that finished synchronously would
    // clear `pumping` before `push` stored it, and the next push would wait
    // on a finished pump for ever.
    await null;
    try {
      while (queue.length) {
        if (signal?.aborted) throw abortError(signal);
        const started = performance.now();
        while (queue.length && performance.now() - started < SLICE_MS) {
          if (signal?.aborted) throw abortError(signal);
          const item = queue[0];
          const next = item.at + SLICE_ENTITIES;
          session.apply(item.progress.entities.slice(item.at, next));
          item.at = next;
          if (item.at >= item.progress.entities.length) {
            queue.shift();
            onProgress?.(item.progress);
          }
        }
        if (queue.length) await afterNextFrame();
      }
    } catch (err) {
      error ??= err;
      queue.length = 0;
    } finally {
      pumping = undefined;
    }
  };
  return {
    push(progress) {
      if (error) throw error;
      queue.push({ progress, at: 0 });
      pumping ??= pump();
    },
    async drain() {
      while (pumping) await pumping;
      if (error) throw error;
    },
    get error() {
      return error;
    },
  };
}

/**
 * `highlight`, with long elements analysed in the worker. `worker: "auto"`
 * (the default) uses it when the element holds `threshold` UTF-16 units of
 * text or more; `true` always, `false` never. On the main thread the
 * element's text is collected, and its marks go in, in short slices.
 */
export async function highlightAsync(element, options = {}, { worker: use = "auto", threshold = DEFAULT_THRESHOLD, onProgress, signal, chunkSize } = {}) {
  await ready();
  if (signal?.aborted) throw abortError(signal);
  if (use !== true && use !== false && use !== "auto") throw new TypeError(`worker must be true, false or "auto", got ${String(use)}`);
  const long = use === true || (use === "auto" && (element?.textContent?.length ?? 0) >= threshold);
  if (!long) return highlight(element, options);

  const session = beginHighlight(element, options);
  try {
    for (;;) {
      const started = performance.now();
      let done;
      do done = session.collect(COLLECT_NODES);
      while (!done && performance.now() - started < SLICE_MS);
      if (done) break;
      await yieldToPage();
      if (signal?.aborted) throw abortError(signal);
    }
    // The session already knows the language (given or detected on the
    // whole text); passing it keeps every chunk in that one language.
    const analysis = { lang: session.lang };
    if (options.labels !== undefined) analysis.labels = options.labels;
    if (options.refDate !== undefined) analysis.refDate = options.refDate;
    const feed = feeder(session, onProgress, signal);
    const stop = new AbortController();
    const onAbort = () => stop.abort(abortError(signal));
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      await analyzeInWorker(session.text, analysis, {
        signal: stop.signal,
        chunkSize,
        onProgress(progress) {
          try {
            feed.push(progress);
          } catch (err) {
            stop.abort(err);
          }
        },
      });
    } catch (err) {
      throw feed.error ?? err;
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
    await feed.drain();
    return session.finish();
  } catch (err) {
    unhighlight(element);
    throw err;
  } finally {
    session.free();
  }
}

export { highlight, unhighlight };
