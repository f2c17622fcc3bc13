//! The native half of `make bench` (bench/run.mjs builds the inputs, runs
//! this, and merges its JSON into the one table). Not for use on its own
//! except to repeat one number:
//!
//! ```sh
//! cargo run --release --example bench_native -- --inputs artifacts/bench/inputs [--quick]
//!     # throughput on 1 MB, warm per-article latency, ns/byte from 1 KB to 10 MB, peak RSS: JSON
//! cargo run --release --example bench_native -- --inputs DIR --first-call az
//!     # the first analyze() of a fresh process on the first az article: JSON
//! cargo run --release --example bench_native -- --inputs DIR --ir az 100000 [--first]
//!     # one warm-up call, then `ir_measured` once: run under callgrind with
//!     # --toggle-collect='*ir_measured*' to count the instructions of one warm call
//!     # (with --first, the very first call, i.e. with whatever is built on first use)
//! ```
//!
//! Inputs (written by bench/run.mjs): `DIR/{az,en}-{1000,…,10000000}.txt`
//! (prefixes of the language's dev articles concatenated and repeated,
//! sizes in UTF-8 bytes) and `DIR/articles.json` (`[{id, lang, refDate, text}]`).
//! Every time is a median over interleaved repetitions; MB = 10^6 bytes.
use serde_json::{json, Value};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;
use vurgu::{LangChoice, Options, Ymd};

const LANGS: [&str; 2] = ["az", "en"];
const SIZES: [usize; 5] = [1_000, 10_000, 100_000, 1_000_000, 10_000_000];

/// Text per timed batch in the size scaling: 200 calls at 1 KB, one at 1 MB.
const BATCH_BYTES: usize = 200_000;

/// Batches per size, as bench/page.mjs does it.
fn batches(size: usize, quick: bool) -> usize {
    match (size, quick) {
        (10_000_000.., _) => 1,
        (1_000_000.., false) => 3,
        (_, false) => 5,
        (_, true) => 2,
    }
}

struct Article {
    lang: String,
    opts: Options,
    text: String,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().position(|a| a == name);
    let value = |name: &str| flag(name).and_then(|i| args.get(i + 1)).cloned();
    let dir = PathBuf::from(value("--inputs").unwrap_or_else(|| usage("--inputs DIR is required")));
    if let Some(lang) = value("--first-call") {
        first_call(&dir, &lang);
    } else if let Some(i) = flag("--ir") {
        let lang = args.get(i + 1).cloned().unwrap_or_else(|| usage("--ir LANG BYTES"));
        let bytes: usize = args.get(i + 2).and_then(|s| s.parse().ok()).unwrap_or_else(|| usage("--ir LANG BYTES"));
        ir(&dir, &lang, bytes, flag("--first").is_some());
    } else {
        full(&dir, flag("--quick").is_some());
    }
}

fn usage(msg: &str) -> ! {
    eprintln!("bench_native: {msg}\nsee the top of examples/bench_native.rs");
    std::process::exit(2)
}

fn opts_for(lang: &str, ref_date: Option<&str>) -> Options {
    Options {
        lang: LangChoice::parse(lang).unwrap_or_else(|| usage("LANG must be az or en")),
        ref_date: ref_date.and_then(Ymd::parse),
        ..Options::default()
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| usage(&format!("{}: {e} (run `make bench` to write the inputs)", path.display())))
}

fn sized(dir: &Path, lang: &str, bytes: usize) -> String {
    read(&dir.join(format!("{lang}-{bytes}.txt")))
}

fn articles(dir: &Path) -> Vec<Article> {
    let raw: Value = serde_json::from_str(&read(&dir.join("articles.json"))).expect("articles.json is JSON");
    raw.as_array()
        .expect("articles.json is an array")
        .iter()
        .map(|a| {
            let lang = a["lang"].as_str().expect("lang").to_string();
            Article {
                opts: opts_for(&lang, a["refDate"].as_str()),
                lang,
                text: a["text"].as_str().expect("text").to_string(),
            }
        })
        .collect()
}

fn secs(f: impl FnOnce()) -> f64 {
    let t = Instant::now();
    f();
    t.elapsed().as_secs_f64()
}

fn median(v: &[f64]) -> f64 {
    percentile(v, 0.5)
}

/// Nearest rank, as bench/page.mjs computes it.
fn percentile(v: &[f64], p: f64) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let rank = ((p * s.len() as f64).ceil() as usize).clamp(1, s.len());
    s[rank - 1]
}

fn stats(v: &[f64]) -> Value {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    json!({ "median": median(v), "min": s[0], "max": s[s.len() - 1], "n": v.len() })
}

/// Peak resident set size so far (VmHWM), in bytes; what getrusage's
/// ru_maxrss and /usr/bin/time -v report.
fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

fn full(dir: &Path, quick: bool) {
    let rss_start = peak_rss();
    let reps = if quick { 3 } else { 11 };

    // Throughput on the 1 MB texts, the two languages interleaved.
    let texts: Vec<(String, Options)> = LANGS.iter().map(|l| (sized(dir, l, 1_000_000), opts_for(l, None))).collect();
    let mut entities = [0usize; 2];
    for _ in 0..2 {
        for (i, (t, o)) in texts.iter().enumerate() {
            entities[i] = vurgu::analyze(t, o).entities.len();
        }
    }
    let mut mbs = [Vec::new(), Vec::new()];
    for _ in 0..reps {
        for (i, (t, o)) in texts.iter().enumerate() {
            mbs[i].push(t.len() as f64 / secs(|| drop(black_box(vurgu::analyze(black_box(t), o)))) / 1e6);
        }
    }
    let throughput: Value = LANGS
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (l.to_string(), json!({ "bytes": texts[i].0.len(), "entities": entities[i], "mbPerS": stats(&mbs[i]) }))
        })
        .collect::<serde_json::Map<_, _>>()
        .into();
    drop(texts);
    let rss_1mb = peak_rss();

    // Per-article latency, warm: every article once a round, all rounds timed.
    let arts = articles(dir);
    let rounds = if quick { 10 } else { 40 };
    for _ in 0..3 {
        for a in &arts {
            black_box(vurgu::analyze(&a.text, &a.opts));
        }
    }
    let mut us: [Vec<f64>; 2] = [Vec::new(), Vec::new()];
    let mut per_article: Vec<Vec<f64>> = vec![Vec::new(); arts.len()];
    for _ in 0..rounds {
        for (i, a) in arts.iter().enumerate() {
            let t = secs(|| drop(black_box(vurgu::analyze(black_box(&a.text), &a.opts))));
            us[usize::from(a.lang == "en")].push(t * 1e6);
            per_article[i].push(t * 1e6);
        }
    }
    let latency: Value = LANGS
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let sizes: Vec<f64> = arts.iter().filter(|a| a.lang == *l).map(|a| a.text.len() as f64).collect();
            // Each article's median over the rounds: the spread between
            // articles without the machine's stalls.
            let medians: Vec<f64> =
                arts.iter().zip(&per_article).filter(|(a, _)| a.lang == *l).map(|(_, v)| median(v)).collect();
            (
                l.to_string(),
                json!({
                    "articles": sizes.len(), "medianBytes": median(&sizes), "samples": us[i].len(),
                    "p50us": percentile(&us[i], 0.5), "p99us": percentile(&us[i], 0.99),
                    "articleMedians": { "p50us": percentile(&medians, 0.5), "p99us": percentile(&medians, 0.99) },
                }),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into();

    // Time against size: batches of at least 200 KB of text (one call from
    // 1 MB up), fewer batches for the big sizes; code is warm by then.
    let mut scaling = serde_json::Map::new();
    for l in LANGS {
        let o = opts_for(l, None);
        let mut rows = Vec::new();
        for size in SIZES {
            let t = sized(dir, l, size);
            let calls = BATCH_BYTES.div_ceil(t.len());
            let batches = batches(size, quick);
            let batch = || secs(|| (0..calls).for_each(|_| drop(black_box(vurgu::analyze(black_box(&t), &o)))));
            if size < 1_000_000 {
                batch();
            }
            let ns: Vec<f64> = (0..batches).map(|_| batch() * 1e9 / (calls * t.len()) as f64).collect();
            rows.push(json!({ "bytes": t.len(), "calls": calls, "nsPerByte": stats(&ns) }));
        }
        scaling.insert(l.to_string(), rows.into());
    }
    let rss_10mb = peak_rss();

    let out = json!({
        "throughput": throughput,
        "latency": latency,
        "scaling": scaling,
        "peakRss": { "start": rss_start, "after1MB": rss_1mb, "after10MB": rss_10mb },
        "reps": reps, "latencyRounds": rounds,
    });
    println!("{out}");
}

fn first_call(dir: &Path, lang: &str) {
    let arts = articles(dir);
    let a = arts.iter().find(|a| a.lang == lang).unwrap_or_else(|| usage("no article in that language"));
    let t = Instant::now();
    let n = vurgu::analyze(&a.text, &a.opts).entities.len();
    let us = t.elapsed().as_secs_f64() * 1e6;
    // A second call on the same text: what the first cost beyond a warm one.
    let t = Instant::now();
    black_box(vurgu::analyze(&a.text, &a.opts));
    let second = t.elapsed().as_secs_f64() * 1e6;
    println!("{}", json!({ "lang": lang, "bytes": a.text.len(), "entities": n, "firstUs": us, "secondUs": second }));
}

/// The function callgrind counts (`--toggle-collect='*ir_measured*'`).
#[inline(never)]
fn ir_measured(text: &str, opts: &Options) -> usize {
    vurgu::analyze(black_box(text), opts).entities.len()
}

fn ir(dir: &Path, lang: &str, bytes: usize, first: bool) {
    let o = opts_for(lang, None);
    let t = sized(dir, lang, bytes);
    if !first {
        black_box(vurgu::analyze(&t, &o));
    }
    let n = black_box(ir_measured(&t, &o));
    println!("{}", json!({ "lang": lang, "bytes": t.len(), "entities": n, "first": first }));
}
