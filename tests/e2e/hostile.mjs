// Hostile text for the HTML renderer and the in-place highlighter: markup,
// entities, script vectors, comments, CDATA, conditional comments, NUL,
// huge attributes, mixed with real names so that marks do appear (also
// right next to and inside the markup).

/** The attributes src/render/html.rs writes on a <mark>. */
export const ALLOWED_ATTRS = ["class", "data-label", "data-group", "data-base", "data-value", "title"];

export const NAMES = [
  "İlham Əliyev",
  "Bakıda",
  "Sentyabrın 26-da",
  "Entoni Blinken",
  "Azərbaycan Respublikasının",
  "Barack Obama",
  "Baku",
  "September 26, 2023",
  "Apple Inc.",
  "Qarabağ",
];

export const HOSTILE = [
  "<script>alert(1)</script>",
  "<script src=//evil.example/x.js></script>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
  "<body onload=alert(1)>",
  "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
  "<iframe src=javascript:alert(1)>",
  "<a href=\"javascript:alert(1)\">click</a>",
  "<a href=javascript&colon;alert(1)>x</a>",
  "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "<form action=javascript:alert(1)><button>x</button></form>",
  "<input autofocus onfocus=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<video><source onerror=alert(1)></video>",
  "<object data=javascript:alert(1)>",
  "<embed src=javascript:alert(1)>",
  "<base href=//evil.example/>",
  "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
  "<link rel=stylesheet href=//evil.example/x.css>",
  "<style>*{background:url(javascript:alert(1))}</style>",
  "<div style=\"background:url(javascript:alert(1))\">x</div>",
  "</mark>",
  "<mark>",
  "</mark><script>alert(1)</script><mark>",
  "<mark class=\"vurgu vurgu-person\" data-label=\"PERSON\" onclick=\"alert(1)\">fake</mark>",
  "<MARK DATA-LABEL=ORG>",
  "</MARK >",
  "<br>",
  "<br/>",
  "</br>",
  "<p>",
  "</p></div></body></html>",
  "<html><head><title>x</title></head>",
  "<!DOCTYPE html>",
  "<?xml version=\"1.0\"?>",
  "<![CDATA[ <script>alert(1)</script> ]]>",
  "<!-- <script>alert(1)</script> -->",
  "<!--",
  "-->",
  "--!>",
  "<!---->",
  "<![endif]>",
  "<!--[if IE]><script>alert(1)</script><![endif]-->",
  "<![if !IE]>x<![endif]>",
  "<template><script>alert(1)</script></template>",
  "<textarea></textarea><script>alert(1)</script>",
  "<title></title><script>alert(1)</script>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "<xmp><script>alert(1)</script></xmp>",
  "<plaintext>",
  "<table><td><script>alert(1)</script></td></table>",
  "<select><option><img src=x onerror=alert(1)>",
  "<frameset onload=alert(1)>",
  "<isindex action=javascript:alert(1)>",
  "<a><a><a>",
  "<",
  ">",
  "</",
  "<>",
  "< b>",
  "<b",
  "<b/>",
  "<b title='x' title=\"y\">",
  "=\"",
  "\" onmouseover=\"alert(1)",
  "' onmouseover='alert(1)",
  "\"><script>alert(1)</script>",
  "'><script>alert(1)</script>",
  "`><script>alert(1)</script>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#x3c;script&#x3e;alert(1)&#x3c;/script&#x3e;",
  "&#60;script&#62;",
  "&#060;&#0000060;",
  "&amp;lt;",
  "&amp;",
  "&",
  "&&",
  "&;",
  "&#;",
  "&#x;",
  "&#0;",
  "&#x0;",
  "&#13;",
  "&#xD800;",
  "&#1114112;",
  "&#128512;",
  "&#X1F600;",
  "&nbsp;",
  "&copy",
  "&notin;",
  "&notit;",
  "&NotAnEntity;",
  "&quot;&apos;&#39;",
  "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
  "\\x3cscript\\x3e",
  "%3Cscript%3Ealert(1)%3C/script%3E",
  "\uFF1Cscript\uFF1E",
  "\u2039script\u203A",
  "\0",
  "<scr\0ipt>alert(1)</scr\0ipt>",
  "a\0b<b\0>",
  "\r\n<b>\r",
  "\r",
  "\u2028\u2029",
  "\uFEFF<b>",
  "\u202E<b>",
  "\u200D<\u200Db>",
  "{{constructor.constructor('alert(1)')()}}",
  "${alert(1)}",
  "<div title=\"" + "A".repeat(100_000) + "\">huge</div>",
  "<b " + "x=y ".repeat(5_000) + ">",
  "<a title=\"İlham Əliyev\" href=\"Bakı\">Bakıda</a>",
  "<b>İlham Əliyev</b>",
  "İlham<b> Əliyev</b>",
  "<i>Bakı</i>da",
  "«<b>Qarabağ</b>»ın",
];

/** Every hostile piece alone, with a name on each side, glued to names,
 *  and a few long mixtures: several hundred inputs in all. */
export function hostileInputs() {
  const out = [];
  HOSTILE.forEach((h, i) => {
    const a = NAMES[i % NAMES.length];
    const b = NAMES[(i * 7 + 3) % NAMES.length];
    out.push(h);
    out.push(`${a} ${h} ${b}.`);
    out.push(`${a}${h}${b}`);
  });
  // Long mixtures: every piece, with names between them.
  let mix = "";
  HOSTILE.forEach((h, i) => {
    if (h.length < 1000) mix += `${h} ${NAMES[i % NAMES.length]}\n`;
  });
  out.push(mix, mix.replaceAll("\n", "\r\n"), mix.toUpperCase());
  return out;
}

// ---------------------------------------------------------------------------
// Generated documents for highlight()/unhighlight(): runs in the browser
// (this file has no Node imports, and the page test serves it).

function rng(seed) {
  let s = BigInt.asUintN(64, BigInt(seed) * 0x9e3779b97f4a7c15n + 1n);
  const next = () => {
    s = BigInt.asUintN(64, s + 0x9e3779b97f4a7c15n);
    let z = s;
    z = BigInt.asUintN(64, (z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n);
    z = BigInt.asUintN(64, (z ^ (z >> 27n)) * 0x94d049bb133111ebn);
    return Number((z ^ (z >> 31n)) & 0xffffffffn);
  };
  const below = (n) => next() % n;
  return { below, pick: (xs) => xs[below(xs.length)], chance: (p) => next() / 0x100000000 < p };
}

const INLINE = ["b", "i", "em", "strong", "a", "span", "small", "u", "s", "code", "abbr", "q", "sub", "sup", "mark", "time", "cite", "font", "label"];
const BLOCK = ["p", "div", "section", "blockquote", "h2", "h3", "li", "ul", "article", "aside", "pre", "figure", "header", "footer", "details", "table"];
const SKIPPED = ["script", "style", "noscript", "template", "textarea", "button", "select"];
const ATTRS = [
  ["class", () => "x y"],
  ["id", (r) => `id${r.below(1000)}`],
  ["title", (r) => r.pick(NAMES)],
  ["data-x", (r) => r.pick(HOSTILE.filter((h) => h.length < 200))],
  ["style", () => "color: red; white-space: pre-wrap"],
  ["href", () => "javascript:alert(1)"],
  ["onclick", () => "alert(1)"],
  ["lang", (r) => r.pick(["az", "en", "tr"])],
  ["dir", (r) => r.pick(["rtl", "ltr", "auto"])],
  ["hidden", () => ""],
  ["contenteditable", (r) => r.pick(["true", "false", ""])],
  ["aria-label", (r) => r.pick(NAMES)],
  ["tabindex", () => "0"],
];
const WEIRD_TEXT = ["", " ", "\n", "\r\n", "\t", "\u00a0", "\u200d", "\u0301", "\ud800", "\udfff", "\0", "😀", "«", "»", "’", "-", ".", ",", "\u202e", "\ufeff", "<", "&amp;"];

function esc(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Fills `root` with a random document: nested inline and block elements
 * with attributes, comments, scripts and styles, names whole and split
 * across elements, hostile text, and (through the DOM API) empty, adjacent
 * and odd text nodes that markup could not make. */
export function fillDocument(root, seed) {
  const r = rng(seed);
  const words = () => {
    const out = [];
    for (let i = 0, n = 1 + r.below(6); i < n; i++) {
      const k = r.below(10);
      out.push(k < 5 ? r.pick(NAMES) : k < 7 ? r.pick(["və", "the", "dedi", "said", "ilə", "in", "görüşüb", "on Monday"]) : k < 8 ? r.pick(HOSTILE.filter((h) => h.length < 200)) : r.pick(WEIRD_TEXT));
    }
    return out.join(r.pick([" ", " ", "", "\n", ", "]));
  };
  const splitName = () => {
    // A name cut into pieces by inline markup: İlham <b>Əli</b>yev.
    const name = r.pick(NAMES);
    const cut1 = 1 + r.below(Math.max(1, name.length - 1));
    const cut2 = cut1 + r.below(Math.max(1, name.length - cut1));
    const tag = r.pick(INLINE);
    return `${esc(name.slice(0, cut1))}<${tag}>${esc(name.slice(cut1, cut2))}</${tag}>${esc(name.slice(cut2))}`;
  };
  const attrs = () => {
    let s = "";
    for (let i = 0, n = r.below(3); i < n; i++) {
      const [name, val] = r.pick(ATTRS);
      if (!s.includes(` ${name}=`)) s += ` ${name}="${esc(val(r))}"`;
    }
    return s;
  };
  const node = (depth) => {
    const k = r.below(depth > 3 ? 5 : 12);
    if (k < 2) return esc(words());
    if (k < 4) return splitName();
    if (k === 4) return r.pick(["<!-- İlham Əliyev -->", "<!---->", "<br>", "<wbr>", "<hr>", "<img alt=\"Bakı\">"]);
    if (k === 5) {
      const tag = r.pick(SKIPPED);
      return tag === "select" ? "<select><option>Bakı</option></select>" : `<${tag}>${esc(r.pick(NAMES))} if (a < b) {}</${tag}>`;
    }
    const tag = k < 9 ? r.pick(INLINE) : r.pick(BLOCK);
    let inner = "";
    for (let i = 0, n = 1 + r.below(4); i < n; i++) inner += node(depth + 1);
    if (tag === "ul") return `<ul${attrs()}><li>${inner}</li></ul>`;
    if (tag === "table") return `<table${attrs()}><tbody><tr><td>${inner}</td><td>${esc(r.pick(NAMES))}</td></tr></tbody></table>`;
    return `<${tag}${attrs()}>${inner}</${tag}>`;
  };
  let html = "";
  for (let i = 0, n = 1 + r.below(6); i < n; i++) html += node(0);
  root.innerHTML = html;
  // Text nodes markup cannot make: empty ones, adjacent ones, lone
  // surrogates, NUL, CR.
  const all = [root, ...root.querySelectorAll("*")].filter((e) => !["script", "style", "template", "textarea", "select", "br", "hr", "img", "wbr"].includes(e.localName));
  for (let i = 0, n = r.below(5); i < n; i++) {
    const host = r.pick(all);
    const t = document.createTextNode(r.chance(0.5) ? r.pick(WEIRD_TEXT) : r.pick(NAMES));
    const at = host.childNodes[r.below(host.childNodes.length + 1)] ?? null;
    host.insertBefore(t, at);
  }
  return root;
}
