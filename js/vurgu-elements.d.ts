import type { HighlightOptions, HighlightSummary, SelectDetail } from "./vurgu.js";
import type { HighlightAsyncOptions } from "./vurgu-async.js";

/** The summary of the last highlight of `element` done through this module or vurgu-embed. */
export function summaryOf(element: Element): HighlightSummary | undefined;

/** Options from attributes: `get("ref-date")` reads `ref-date` (or `data-vurgu-ref-date`). */
export function optionsFrom(
  get: (name: string) => string | null,
  lang?: string,
): { options: HighlightOptions; run: HighlightAsyncOptions };

/** Highlights and fires `vurgu:done` or `vurgu:error` on the element; resolves to the summary or undefined. */
export function highlightWithEvents(
  element: Element,
  options?: HighlightOptions,
  run?: HighlightAsyncOptions,
): Promise<HighlightSummary | undefined>;

/** `<vurgu-text lang="az" ref-date="2024-03-20" labels="PERSON,PLACE" exclude="figure" worker interactive="false">` */
export class VurguText extends HTMLElement {
  static observedAttributes: string[];
  readonly summary: HighlightSummary | undefined;
  /** Highlights again now. */
  refresh(): Promise<HighlightSummary | undefined>;
  /** Removes the marks; returns whether there were any. */
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
    "vurgu:done": CustomEvent<HighlightSummary>;
    "vurgu:error": CustomEvent<VurguErrorDetail>;
    "vurgu:select": CustomEvent<SelectDetail | null>;
  }
  interface DocumentEventMap {
    "vurgu:done": CustomEvent<HighlightSummary>;
    "vurgu:error": CustomEvent<VurguErrorDetail>;
    "vurgu:select": CustomEvent<SelectDetail | null>;
  }
}
