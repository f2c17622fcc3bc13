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

/**
 * `highlight`, with long elements analysed in the worker. `worker: "auto"`
 * (the default) uses it when the element holds `threshold` UTF-16 units of
 * text or more; `true` always, `false` never. Marks go in chunk by chunk.
 */
export async function highlightAsync(element, options = {}, { worker: use = "auto", threshold = DEFAULT_THRESHOLD, onProgress, signal, chunkSize } = {}) {
  await ready();
  if (signal?.aborted) throw abortError(signal);
  if (use !== true && use !== false && use !== "auto") throw new TypeError(`worker must be true, false or "auto", got ${String(use)}`);
  const long = use === true || (use === "auto" && (element?.textContent?.length ?? 0) >= threshold);
  if (!long) return highlight(element, options);

  const session = beginHighlight(element, options);
  try {
    // The session already knows the language (given or detected on the
    // whole text); passing it keeps every chunk in that one language.
    const analysis = { lang: session.lang };
    if (options.labels !== undefined) analysis.labels = options.labels;
    if (options.refDate !== undefined) analysis.refDate = options.refDate;
    await analyzeInWorker(session.text, analysis, {
      signal,
      chunkSize,
      onProgress(progress) {
        session.apply(progress.entities);
        onProgress?.(progress);
      },
    });
    return session.finish();
  } catch (err) {
    unhighlight(element);
    throw err;
  } finally {
    session.free();
  }
}

export { highlight, unhighlight };
