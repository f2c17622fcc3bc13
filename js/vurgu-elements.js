// Custom elements: <vurgu-text> highlights its own content, <vurgu-legend
// for="id"> shows counts per label for a highlighted element with toggles.
// Importing this module defines both (once, even if imported twice).
import { highlightAsync, ready, unhighlight } from "./vurgu-async.js";
import { paint, unpaint } from "./vurgu.js";

const LABELS = ["PERSON", "PLACE", "ORG", "DATE"];
const LABEL_NAMES = {
  az: { PERSON: "Şəxs", PLACE: "Yer", ORG: "Təşkilat", DATE: "Tarix" },
  en: { PERSON: "Person", PLACE: "Place", ORG: "Organisation", DATE: "Date" },
};
const summaries = new WeakMap();

/** The summary of the last highlight of `element` done through this module, if any. */
export function summaryOf(element) {
  return summaries.get(element);
}

/** `az-Latn`, `AZ` → `az`; a language vurgu does not know → auto-detection. */
function langFrom(value) {
  const primary = (value ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "az" || primary === "en" ? primary : "auto";
}

const list = (value) => value.split(/[\s,]+/).filter(Boolean);

/**
 * Highlight and async options from attributes. `get(name)` reads one
 * attribute (`ref-date` on <vurgu-text>, `data-vurgu-ref-date` on a
 * data-vurgu element); `lang` is the language attribute to fall back on.
 */
export function optionsFrom(get, lang) {
  const options = { lang: langFrom(get("lang") ?? lang) };
  const labels = get("labels");
  if (labels != null) options.labels = list(labels);
  const refDate = get("ref-date");
  if (refDate) options.refDate = refDate.trim();
  const exclude = get("exclude");
  if (exclude) options.exclude = exclude;
  const interactive = get("interactive");
  if (interactive != null) options.interactive = interactive !== "false";
  const worker = get("worker");
  const run = {};
  if (worker != null) run.worker = worker === "" || worker === "true" ? true : worker === "false" ? false : "auto";
  const threshold = Number(get("worker-threshold"));
  if (Number.isInteger(threshold) && threshold > 0) run.threshold = threshold;
  const painted = get("paint");
  if (painted != null && painted !== "false") run.paint = true;
  return { options, run };
}

/**
 * `paint` instead of marks (`run.paint`): the entities as CSS highlights,
 * the DOM untouched. Marks from an earlier run go first; `interactive`
 * and the worker options do not apply (there are no elements to click,
 * and the analysis runs here).
 */
function paintElement(element, options) {
  unhighlight(element);
  const { interactive, ...rest } = options;
  return paint(element, rest);
}

/**
 * Highlights `element` and reports the outcome with events that bubble:
 * `vurgu:done` (detail: the summary) or `vurgu:error` (detail: { error }).
 */
export async function highlightWithEvents(element, options, run = {}) {
  try {
    await ready();
    const summary = run.paint ? paintElement(element, options ?? {}) : await highlightAsync(element, options, run);
    summaries.set(element, summary);
    element.dispatchEvent(new CustomEvent("vurgu:done", { bubbles: true, composed: true, detail: summary }));
    return summary;
  } catch (error) {
    element.dispatchEvent(new CustomEvent("vurgu:error", { bubbles: true, composed: true, detail: { error } }));
    return undefined;
  }
}

/**
 * <vurgu-text lang="az" ref-date="2024-03-20" labels="PERSON,PLACE"
 * exclude="figure,.ad" worker interactive="false">…</vurgu-text>
 * Re-highlights when an attribute or the content changes. With `paint`,
 * the entities are CSS highlights and the content is never changed.
 */
export class VurguText extends HTMLElement {
  static observedAttributes = ["lang", "labels", "ref-date", "exclude", "interactive", "worker", "worker-threshold", "paint"];

  #observer = new MutationObserver(() => this.#schedule());
  #pending = false;
  #running = Promise.resolve();

  connectedCallback() {
    this.#schedule();
  }

  disconnectedCallback() {
    this.#observer.disconnect();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#schedule();
  }

  /** The summary of the last highlight. */
  get summary() {
    return summaries.get(this);
  }

  /** Highlights again now; resolves to the summary (undefined on error, with a vurgu:error event). */
  refresh() {
    this.#running = this.#running.then(() => this.#run());
    return this.#running;
  }

  /** Removes the marks (or painted highlights) until the next refresh or change. */
  clear() {
    this.#observer.disconnect();
    summaries.delete(this);
    const painted = unpaint(this);
    return unhighlight(this) || painted;
  }

  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    // Several attribute or content changes in one task give one highlight;
    // the parser may also still be adding children when we connect.
    const go = () => {
      this.#pending = false;
      if (this.isConnected) this.refresh();
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go, { once: true });
    else setTimeout(go, 0);
  }

  async #run() {
    // Our own marks must not count as content changes.
    this.#observer.disconnect();
    await ready();
    const { options, run } = optionsFrom((name) => this.getAttribute(name), undefined);
    const summary = await highlightWithEvents(this, options, run);
    if (this.isConnected) this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    return summary;
  }
}

/**
 * <vurgu-legend for="article-id">: a count per label for the element with
 * that id, each with a checkbox that hides or shows that label's marks
 * (by a `vurgu-hide-person` … class on the element; the text is untouched).
 */
export class VurguLegend extends HTMLElement {
  #box;
  #onDone = (event) => {
    if (event.target === this.#target()) this.#render(event.detail);
  };

  connectedCallback() {
    if (!this.#box) this.#build();
    document.addEventListener("vurgu:done", this.#onDone);
    this.#render(summaries.get(this.#target()));
  }

  disconnectedCallback() {
    document.removeEventListener("vurgu:done", this.#onDone);
  }

  #target() {
    const id = this.getAttribute("for");
    return id ? document.getElementById(id) : null;
  }

  #build() {
    const doc = this.ownerDocument;
    this.#box = doc.createElement("fieldset");
    this.#box.className = "vurgu-legend";
    const caption = doc.createElement("legend");
    caption.className = "vurgu-legend-caption";
    this.#box.append(caption);
    for (const label of LABELS) {
      const key = doc.createElement("label");
      key.className = "vurgu-legend-key";
      const box = doc.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.label = label;
      box.addEventListener("change", () => {
        this.#target()?.classList.toggle(`vurgu-hide-${label.toLowerCase()}`, !box.checked);
      });
      const swatch = doc.createElement("span");
      swatch.className = `vurgu-swatch vurgu-${label.toLowerCase()}`;
      const count = doc.createElement("span");
      count.className = "vurgu-legend-count";
      count.dataset.count = label;
      key.append(box, swatch, count);
      this.#box.append(key);
    }
    this.append(this.#box);
  }

  #render(summary) {
    const names = LABEL_NAMES[summary?.lang] ?? LABEL_NAMES[langFrom(this.closest("[lang]")?.getAttribute("lang"))] ?? LABEL_NAMES.en;
    this.#box.querySelector(".vurgu-legend-caption").textContent = summary?.lang === "az" ? "Göstər" : "Show";
    for (const label of LABELS) {
      const key = this.#box.querySelector(`input[data-label="${label}"]`).parentElement;
      key.querySelector(".vurgu-swatch").textContent = names[label];
      key.querySelector(".vurgu-legend-count").textContent = summary ? String(summary.counts[label]) : "–";
    }
  }
}

if (!customElements.get("vurgu-text")) customElements.define("vurgu-text", VurguText);
if (!customElements.get("vurgu-legend")) customElements.define("vurgu-legend", VurguLegend);
