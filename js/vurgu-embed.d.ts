import type { HighlightSummary, PaintSummary } from "./vurgu.js";
import "./vurgu-elements.js";
export { summaryOf } from "./vurgu-elements.js";

/** Highlights (or, with `data-vurgu-paint`, paints) every `[data-vurgu]` element under `root` (default: the document), nested ones first. */
export function scan(root?: Document | Element): Promise<(HighlightSummary | PaintSummary | undefined)[]>;

/** Resolves when the page's `[data-vurgu]` elements have been highlighted. */
export const done: Promise<(HighlightSummary | PaintSummary | undefined)[]>;
