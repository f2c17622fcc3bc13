// Uses every export of the package, as an app bundled by Vite would.
// The page tests build this with `vite build`, serve dist/ and read the
// results from #result; tsc checks it against the package's types.
import init, {
  analyze,
  analyzeFlat,
  beginHighlight,
  detectLanguage,
  highlight,
  initSync,
  paint,
  renderHtml,
  unhighlight,
  unpaint,
  type AnalyzeOptions,
  type AnalyzeResult,
  type Entity,
  type HighlightOptions,
  type HighlightSession,
  type HighlightSummary,
  type InitOutput,
  type Label,
  type Lang,
  type PaintOptions,
  type PaintSummary,
  type SelectDetail,
} from "vurgu";
import { analyzeInWorker, highlightAsync, ready, terminateWorker, type HighlightAsyncOptions, type WorkerProgress } from "vurgu/async";
import { highlightWithEvents, optionsFrom, summaryOf, VurguLegend, VurguText } from "vurgu/elements";
import { done, scan, summaryOf as embeddedSummary } from "vurgu/embed";
import "vurgu/vurgu.css";

const out: Record<string, unknown> = {};
const selections: (SelectDetail | null)[] = [];

async function main(): Promise<void> {
  const exports: InitOutput = await init();
  out.memory = exports.memory instanceof WebAssembly.Memory;
  out.initSync = typeof initSync === "function";
  await ready();

  const text = "Prezident İlham Əliyev 20 martda Bakıda olub.";
  const options: AnalyzeOptions = { lang: "az", refDate: "2024-03-20", labels: ["PERSON", "PLACE", "DATE"] };
  const found: AnalyzeResult = analyze(text, options);
  const first: Entity | undefined = found[0];
  const lang: Lang = found.lang;
  out.analyze = found.map((e) => `${e.label}:${e.text}${e.value ? `=${e.value}` : ""}`);
  out.first = first?.base;
  out.lang = lang;
  out.flat = Array.from(analyzeFlat(text, options)).length / 4;
  out.detect = detectLanguage("The President met the Prime Minister in London on Monday.");
  out.html = renderHtml("Bakı", { lang: "az" }).startsWith("<mark");

  const story = document.getElementById("story");
  if (!story) throw new Error("no #story");
  story.addEventListener("vurgu:select", (e) => selections.push(e.detail));
  const hl: HighlightOptions = { lang: "az", exclude: ["figure"], interactive: true };
  const summary: HighlightSummary = highlight(story, hl);
  const labels: Label[] = summary.entities.map((e) => e.label);
  out.highlight = { marks: summary.marks, labels, counts: summary.counts };
  out.unhighlight = unhighlight(story);

  const po: PaintOptions = { lang: "az", exclude: ["figure"] };
  const painted: PaintSummary = paint(story, po);
  out.paint = { ranges: painted.ranges, entities: painted.entities.length, marks: story.querySelectorAll("mark").length };
  out.unpaint = unpaint(story);

  const session: HighlightSession = beginHighlight(story, { lang: "az" });
  session.collect(10);
  session.apply(analyze(session.text, { lang: session.lang }));
  out.session = session.finish().entities.length;
  session.free();
  unhighlight(story);

  const run: HighlightAsyncOptions = { worker: true, onProgress: (p: WorkerProgress) => void p.done };
  const viaWorker = await highlightAsync(story, { lang: "az" }, run);
  out.worker = viaWorker.entities.length;
  out.analyzeInWorker = (await analyzeInWorker(text, { lang: "az" })).length;
  out.summaryOf = summaryOf(story) === undefined;
  const again = await highlightWithEvents(story, optionsFrom((name) => (name === "lang" ? "az" : null)).options);
  out.highlightWithEvents = again?.marks;

  out.embedded = (await done).length;
  out.scan = (await scan(document.getElementById("embedded") ?? document)).length;
  out.embeddedSummary = embeddedSummary(document.getElementById("embedded") as Element)?.lang;
  out.elements = [customElements.get("vurgu-text") === VurguText, customElements.get("vurgu-legend") === VurguLegend];
  const custom = document.querySelector("vurgu-text");
  out.custom = custom ? (await custom.refresh())?.marks : null;
  terminateWorker();
  out.selections = selections.length;
}

main()
  .catch((err: unknown) => {
    out.error = err instanceof Error ? err.message : String(err);
  })
  .finally(() => {
    const pre = document.getElementById("result");
    if (pre) pre.textContent = JSON.stringify(out);
    document.documentElement.dataset.ready = "true";
  });
