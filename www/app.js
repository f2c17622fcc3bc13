// The demo page: re-highlights as you type, using the Rust renderer's
// escaped HTML, so no user text is ever inserted as markup here.
import init, { renderHtml, detectLanguage } from "./pkg/vurgu.js";

const LABELS = ["PERSON", "PLACE", "ORG", "DATE"];
const LANG_NAMES = { az: "Azerbaijani", en: "English" };
const DEBOUNCE_MS = 150;

const $ = (id) => document.getElementById(id);
const input = $("input");
const output = $("output");
const langSelect = $("lang");
const refDate = $("ref-date");
const langUsed = $("lang-used");
const errorBox = $("error");
const status = $("status");
const details = $("details");

let groupSizes = new Map();
let timer = 0;

function showError(err) {
  if (err == null) {
    errorBox.hidden = true;
    errorBox.textContent = "";
    return;
  }
  errorBox.textContent = err instanceof Error ? err.message : String(err);
  errorBox.hidden = false;
}

function options() {
  const opts = { lang: langSelect.value };
  // An unfinished date field reads as "", which means no reference date.
  if (refDate.value) opts.refDate = refDate.value;
  return opts;
}

function update() {
  clearTimeout(timer);
  const text = input.value;
  let html;
  const opts = options();
  const t0 = performance.now();
  try {
    html = renderHtml(text, opts);
  } catch (err) {
    showError(err);
    return;
  }
  const ms = performance.now() - t0;
  showError(null);
  output.innerHTML = html;

  const counts = Object.fromEntries(LABELS.map((l) => [l, 0]));
  groupSizes = new Map();
  const marks = output.querySelectorAll("mark.vurgu");
  for (const m of marks) {
    counts[m.dataset.label] += 1;
    groupSizes.set(m.dataset.group, (groupSizes.get(m.dataset.group) ?? 0) + 1);
    m.tabIndex = 0;
  }
  for (const l of LABELS) document.querySelector(`[data-count="${l}"]`).textContent = String(counts[l]);

  const used = opts.lang === "auto" ? detectLanguage(text) : opts.lang;
  langUsed.dataset.lang = used;
  langUsed.textContent = opts.lang === "auto" ? `detected: ${LANG_NAMES[used]} (${used})` : `using ${LANG_NAMES[used]}`;
  status.textContent = `${marks.length} ${marks.length === 1 ? "entity" : "entities"} in ${ms.toFixed(1)} ms`;
  clearDetails();
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, DEBOUNCE_MS);
}

function clearDetails() {
  details.querySelector(".hint").hidden = false;
  details.querySelector("dl").hidden = true;
  for (const m of output.querySelectorAll("mark.same-group")) m.classList.remove("same-group");
}

function showDetails(mark) {
  const label = mark.dataset.label;
  if (output.classList.contains(`hide-${label.toLowerCase()}`)) return;
  clearDetails();
  const field = (name, value) => {
    const dd = details.querySelector(`[data-field="${name}"]`);
    dd.textContent = value ?? "—";
  };
  field("label", label);
  field("text", mark.textContent);
  field("base", mark.dataset.base);
  field("value", mark.dataset.value);
  field("group", String(groupSizes.get(mark.dataset.group) ?? 1));
  details.querySelector(".hint").hidden = true;
  details.querySelector("dl").hidden = false;
  for (const m of output.querySelectorAll(`mark[data-group="${CSS.escape(mark.dataset.group)}"]`)) {
    m.classList.add("same-group");
  }
}

function onPoint(event) {
  const mark = event.target instanceof Element ? event.target.closest("mark.vurgu") : null;
  if (mark && output.contains(mark)) showDetails(mark);
}

async function loadSample(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
  input.value = await res.text();
  update();
}

function wire() {
  input.addEventListener("input", schedule);
  langSelect.addEventListener("change", update);
  refDate.addEventListener("change", update);
  output.addEventListener("mouseover", onPoint);
  output.addEventListener("focusin", onPoint);
  for (const box of document.querySelectorAll("[data-toggle]")) {
    // Hiding is pure CSS: the analysis and the text stay as they are.
    box.addEventListener("change", () => {
      output.classList.toggle(`hide-${box.dataset.toggle.toLowerCase()}`, !box.checked);
    });
  }
  for (const btn of document.querySelectorAll("[data-sample]")) {
    btn.addEventListener("click", () => loadSample(btn.dataset.sample).catch(showError));
  }
}

window.addEventListener("unhandledrejection", (e) => showError(e.reason));
window.addEventListener("error", (e) => showError(e.error ?? e.message));

try {
  await init();
  wire();
  update();
  document.documentElement.dataset.ready = "true";
} catch (err) {
  status.textContent = "";
  showError(new Error(`The WebAssembly module did not load (run \`make build\` first?): ${err?.message ?? err}`));
}
