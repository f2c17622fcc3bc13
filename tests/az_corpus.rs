//! The gold corpus as a fixture: the seed article must come out exactly as
//! its gold, and the Azerbaijani dev set must not fall below the scores
//! the README reports (floors a little under the measured values, so that
//! a real regression fails and noise does not).

use std::path::Path;
use vurgu::eval::{parse_ann, Scores, Span};
use vurgu::{analyze, Label, LangChoice, Options, Ymd};

fn score(files: &[std::path::PathBuf]) -> Scores {
    let mut s = Scores::default();
    for f in files {
        let raw = std::fs::read_to_string(f).unwrap();
        let doc = parse_ann(&raw, "doc").unwrap();
        let opts = Options {
            lang: LangChoice::parse(doc.lang.as_deref().unwrap_or("auto")).unwrap(),
            ref_date: doc.ref_date.as_deref().map(|r| Ymd::parse(r).unwrap()),
            ..Options::default()
        };
        let pred: Vec<Span> = analyze(&doc.text, &opts)
            .entities
            .iter()
            .map(|e| Span { start: e.start, end: e.end, label: e.label, value: e.value.map(|v| v.to_string()) })
            .collect();
        s.add(&doc.spans, &pred);
    }
    s
}

fn dev(prefix: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/dev");
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .collect();
    v.sort();
    v
}

#[test]
fn seed_article_matches_its_gold_exactly() {
    let raw = include_str!("corpus/dev/az-seed.ann");
    let doc = parse_ann(raw, "seed").unwrap();
    assert_eq!(doc.spans.len(), 27);
    let got = analyze(&doc.text, &Options { lang: LangChoice::parse("az").unwrap(), ..Options::default() });
    let pred: Vec<(usize, usize, Label, Option<String>)> =
        got.entities.iter().map(|e| (e.start, e.end, e.label, e.value.map(|v| v.to_string()))).collect();
    let gold: Vec<(usize, usize, Label, Option<String>)> =
        doc.spans.iter().map(|s| (s.start, s.end, s.label, s.value.clone())).collect();
    assert_eq!(pred, gold);
}

#[test]
fn azerbaijani_dev_set_keeps_its_scores() {
    let files = dev("az-");
    assert_eq!(files.len(), 15);
    let s = score(&files);
    eprintln!("{}", s.table());
    assert!(s.micro().f1() >= 0.97, "micro F1 {:.3}", s.micro().f1());
    for l in Label::ALL {
        let f1 = s.per_label[&l].f1();
        assert!(f1 >= 0.95, "{l} F1 {f1:.3}");
    }
    assert!(s.value_accuracy() >= 0.97, "date values {:.3}", s.value_accuracy());
}
