import type { HighlightOptions, HighlightSummary, PaintSummary, SelectDetail } from "./vurgu.js";
import type { HighlightAsyncOptions } from "./vurgu-async.js";

/** How `highlightWithEvents` runs: the worker options, or `paint` for CSS highlights instead of marks. */
export interface RunOptions extends HighlightAsyncOptions {
  paint?: boolean;
}

/** The summary of the last highlight (or paint) of `element` done through this module or vurgu-embed. */
export function summaryOf(element: Element): HighlightSummary | PaintSummary | undefined;

/** Options from attributes: `get("ref-date")` reads `ref-date` (or `data-vurgu-ref-date`). */
export function optionsFrom(
  get: (name: string) => string | null,
  lang?: string,
): { options: HighlightOptions; run: RunOptions };

/** Highlights (or paints) and fires `vurgu:done` or `vurgu:error` on the element; resolves to the summary or undefined. */
export function highlightWithEvents(
  element: Element,
  options?: HighlightOptions,
  run?: RunOptions,
): Promise<HighlightSummary | PaintSummary | undefined>;

/** `<vurgu-text lang="az" ref-date="2024-03-20" labels="PERSON,PLACE" exclude="figure" worker interactive="false" paint>` */
export class VurguText extends HTMLElement {
  static observedAttributes: string[];
  readonly summary: HighlightSummary | PaintSummary | undefined;
  /** Highlights again now. */
  refresh(): Promise<HighlightSummary | undefined>;
  /** Removes the marks or painted highlights; returns whether there were any. */
  clear(): boolean;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(): void;
}

/** `<vurgu-legend for="article-id">`: counts per label with show/hide toggles. */
export class VurguLegend extends HTMLElement {
  connectedCallback(): void;
  disconnectedCallback(): void;
}

export interface VurguErrorDetail {
  error: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    "vurgu-text": VurguText;
    "vurgu-legend": VurguLegend;
  }
  interface HTMLElementEventMap {
    "vurgu:done": CustomEvent<HighlightSummary | PaintSummary>;
    "vurgu:error": CustomEvent<VurguErrorDetail>;
    "vurgu:select": CustomEvent<SelectDetail | null>;
  }
  interface DocumentEventMap {
    "vurgu:done": CustomEvent<HighlightSummary | PaintSummary>;
    "vurgu:error": CustomEvent<VurguErrorDetail>;
    "vurgu:select": CustomEvent<SelectDetail | null>;
  }
}
