import type { AnalyzeOptions, AnalyzeResult, Entity, HighlightOptions, HighlightSummary, InitInput, InitOutput } from "./vurgu.js";
export { highlight, unhighlight } from "./vurgu.js";

/** Loads and instantiates the wasm module once; later calls share the first. */
export function ready(moduleOrPath?: InitInput | Promise<InitInput>): Promise<InitOutput>;

/** One chunk done by the worker. */
export interface WorkerProgress {
  /** UTF-16 units of the text analysed so far. */
  done: number;
  total: number;
  /** The chunk's entities, offsets into the whole text. */
  entities: Entity[];
}

export interface WorkerRunOptions {
  onProgress?: (progress: WorkerProgress) => void;
  signal?: AbortSignal;
  /** Largest chunk in UTF-16 units (default 65536); chunks end after a blank line where possible. */
  chunkSize?: number;
}

/** `analyze` in a Web Worker, chunk by chunk. */
export function analyzeInWorker(text: string, options?: AnalyzeOptions, run?: WorkerRunOptions): Promise<AnalyzeResult>;

/** Stops the worker; pending calls reject and the next call starts a new one. */
export function terminateWorker(): void;

export interface HighlightAsyncOptions extends WorkerRunOptions {
  /** `"auto"` (default): the worker for elements with `threshold` or more UTF-16 units of text. */
  worker?: boolean | "auto";
  /** Default 100000. */
  threshold?: number;
}

/** `highlight`, with long elements analysed in the worker and marked chunk by chunk. */
export function highlightAsync(element: Element, options?: HighlightOptions, run?: HighlightAsyncOptions): Promise<HighlightSummary>;
