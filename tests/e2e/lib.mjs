// Shared by the page tests: the static server (serve.py), the system's
// headless Chromium, the corpus reader and artefact paths.
import { spawn } from "node:child_process";
import { access, mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const NPM = path.join(ROOT, "npm");
export const FIXTURES = path.join(ROOT, "tests/e2e/fixtures");
export const ARTIFACTS = path.join(ROOT, "artifacts");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, ms = 15000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`static server did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Starts serve.py with `mounts` ({ "/pkg/": dir, … }) and extra `headers`.
 * Returns { base, stop }.
 */
export async function startServer(mounts, headers = []) {
  await access(path.join(NPM, "vurgu.js")).catch(() => {
    throw new Error("npm/vurgu.js is missing: run `make npm` first");
  });
  const port = await freePort();
  const args = [path.join(ROOT, "tests/e2e/serve.py"), "--port", String(port)];
  for (const [prefix, dir] of Object.entries(mounts)) args.push("--mount", `${prefix}=${dir}`);
  for (const h of headers) args.push("--header", h);
  const proc = spawn("python3", args, { stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}/`;
  await waitForServer(`${base}csp-reports`);
  return { base, stop: () => proc.kill() };
}

/**
 * The system's Chromium, headless, with a fresh profile. Anything not from
 * `base` is aborted and recorded in `offsite`; page errors and console
 * errors (workers' included) go to `errors`.
 */
export async function launch(base, { colorScheme = "light" } = {}) {
  const profile = await mkdtemp(path.join(tmpdir(), "vurgu-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme,
    viewport: { width: 1100, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const offsite = [];
  const errors = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("data:")) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()}`);
  });
  page.on("worker", (w) => {
    w.on("console", (m) => {
      if (m.type() === "error") errors.push(`worker console: ${m.text()}`);
    });
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { context, page, offsite, errors, close };
}

export async function screenshot(page, name, options = {}) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name), ...options });
}

/** The corpus markup: `{{LABEL|surface}}` and `{{DATE:VALUE|surface}}` after `#key: value` header lines. */
export function parseAnn(raw) {
  const body = raw.replace(/^(#[^\n]*\n)+/, "");
  let text = "";
  let last = 0;
  for (const m of body.matchAll(/\{\{([A-Z]+)(?::[^|}]*)?\|([^}]*)\}\}/g)) {
    text += body.slice(last, m.index) + m[2];
    last = m.index + m[0].length;
  }
  return text + body.slice(last);
}

/** The plain texts of the development corpus articles in one language, in file order. */
export async function corpusTexts(lang) {
  const dir = path.join(ROOT, "tests/corpus/dev");
  const names = (await readdir(dir)).filter((n) => n.startsWith(`${lang}-`) && n.endsWith(".ann")).sort();
  return Promise.all(names.map(async (n) => parseAnn(await readFile(path.join(dir, n), "utf8")).trim()));
}

/** Paragraphs of the corpus, repeated until they hold at least `words` words. */
export async function paragraphs(lang, words) {
  const paras = (await corpusTexts(lang)).flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
  const out = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    count += p.split(" ").length;
  }
  return out;
}
