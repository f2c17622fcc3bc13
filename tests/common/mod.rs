//! Shared helpers for the integration tests: expected output is written in
//! the corpus's inline markup, so a test reads like the gold files.

#![allow(dead_code)]

use vurgu::eval::parse_ann;
use vurgu::{analyze, Lang, LangChoice, Options, Ymd};

/// Analyses the plain text of `marked` and returns the differences from
/// its marks as readable lines (empty when equal).
pub fn diff(marked: &str, lang: Lang, ref_date: Option<&str>) -> Vec<String> {
    let gold = parse_ann(marked, "test").expect("test markup parses");
    let opts = Options {
        lang: LangChoice::Fixed(lang),
        ref_date: ref_date.map(|r| Ymd::parse(r).expect("valid ref date")),
        ..Options::default()
    };
    let got = analyze(&gold.text, &opts);
    let show = |s: usize, e: usize, l: &str, v: Option<String>| match v {
        Some(v) => format!("{{{{{l}:{v}|{}}}}}", &gold.text[s..e]),
        None => format!("{{{{{l}|{}}}}}", &gold.text[s..e]),
    };
    let want: Vec<String> =
        gold.spans.iter().map(|g| show(g.start, g.end, g.label.as_str(), g.value.clone())).collect();
    let have: Vec<String> =
        got.entities.iter().map(|e| show(e.start, e.end, e.label.as_str(), e.value.map(|v| v.to_string()))).collect();
    let mut out = Vec::new();
    for w in &want {
        if !have.contains(w) {
            out.push(format!("missing {w}"));
        }
    }
    for h in &have {
        if !want.contains(h) {
            out.push(format!("unexpected {h}"));
        }
    }
    out
}

/// Asserts that each marked sentence comes out exactly as marked.
pub fn check_all(cases: &[&str], lang: Lang, ref_date: Option<&str>) {
    let mut failures = Vec::new();
    for c in cases {
        let d = diff(c, lang, ref_date);
        if !d.is_empty() {
            failures.push(format!("{c}\n    {}", d.join("\n    ")));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// The base forms of the entities found in `text`.
pub fn bases(text: &str, lang: Lang) -> Vec<(String, String)> {
    let a = analyze(text, &Options { lang: LangChoice::Fixed(lang), ..Options::default() });
    a.entities.iter().map(|e| (e.text.to_string(), e.base.as_deref().unwrap_or("").to_string())).collect()
}
