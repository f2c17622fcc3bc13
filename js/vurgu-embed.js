// One script tag switches vurgu on over a page:
//   <script type="module" src="/vurgu/vurgu-embed.js"></script>
// loads the wasm module, defines <vurgu-text> and <vurgu-legend>, and
// highlights every element with a data-vurgu attribute. Options come from
// data attributes: data-vurgu="az" (or data-vurgu-lang, else the element's
// own lang attribute), data-vurgu-labels="PERSON,PLACE",
// data-vurgu-ref-date="2024-03-20", data-vurgu-exclude="figure,.ad",
// data-vurgu-interactive="false", data-vurgu-worker (always) or
// data-vurgu-worker="false" (never; the default is by length), and
// data-vurgu-paint (CSS highlights instead of marks: the DOM is untouched).
import { ready } from "./vurgu-async.js";
import { highlightWithEvents, optionsFrom } from "./vurgu-elements.js";

export { summaryOf } from "./vurgu-elements.js";

/**
 * Highlights every `[data-vurgu]` element under `root` (the whole document
 * by default). Nested ones go first, so that each keeps its own options
 * and the outer one leaves them alone. Resolves to the summaries, in
 * document order (undefined where an element failed; it got a vurgu:error).
 */
export async function scan(root = document) {
  await ready();
  const found = [...root.querySelectorAll("[data-vurgu]")];
  if (root instanceof Element && root.matches("[data-vurgu]")) found.unshift(root);
  const results = new Array(found.length);
  for (let i = found.length - 1; i >= 0; i--) {
    const el = found[i];
    const short = el.getAttribute("data-vurgu");
    const { options, run } = optionsFrom(
      (name) => el.getAttribute(`data-vurgu-${name}`) ?? (name === "lang" && short ? short : null),
      el.getAttribute("lang") ?? undefined,
    );
    results[i] = await highlightWithEvents(el, options, run);
  }
  return results;
}

/**
 * Resolves when the page's [data-vurgu] elements are highlighted. If the
 * module cannot load at all, the document gets a vurgu:error event and
 * this resolves to an empty list: the page itself is left as it was.
 */
export const done = (async () => {
  if (document.readyState === "loading") {
    await new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }));
  }
  return scan();
})().catch((error) => {
  document.dispatchEvent(new CustomEvent("vurgu:error", { bubbles: true, detail: { error } }));
  console.error("vurgu:", error);
  return [];
});
