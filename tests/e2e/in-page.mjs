// Helpers that run inside the test pages, imported there as /t/in-page.mjs
// (robust.test.mjs serves this folder at /t/, elements.test.mjs mounts it).

/** The highlight names paint() fills, in label order. */
export const HIGHLIGHTS = ["vurgu-person", "vurgu-place", "vurgu-org", "vurgu-date"];

/** The ranges painted in highlight `name` under `root`, as Ranges (which
 * read their text, StaticRanges do not) in document order. */
export function paintedRanges(root, name) {
  const ranges = [...(CSS.highlights.get(name) ?? [])].filter((s) => root.contains(s.startContainer)).map((s) => {
    const r = document.createRange();
    r.setStart(s.startContainer, s.startOffset);
    r.setEnd(s.endContainer, s.endOffset);
    return r;
  });
  return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
}

/** For a run over generated documents: `alert` calls are recorded in
 * `window.__ran` instead of shown (the hostile text tries to call it), and
 * `fail(seed, msg)` keeps the first 20 failures. */
export function hostileRun() {
  window.__ran = [];
  window.alert = (x) => window.__ran.push(String(x));
  const failures = [];
  const fail = (seed, msg) => failures.length < 20 && failures.push(`doc ${seed}: ${msg}`);
  return { failures, fail };
}

/** Generated document `seed` (hostile.mjs's `fillDocument`) in a new
 * element on the page, a clone of it as it was, and the language to
 * analyse it in (az, en and auto in turn). */
export function hostileRoot(seed, fillDocument) {
  const root = document.createElement(seed % 3 === 0 ? "article" : "div");
  document.body.append(root);
  fillDocument(root, seed);
  return { root, clone: root.cloneNode(true), lang: ["az", "en", "auto"][seed % 3] };
}
