//! Property tests over the whole pipeline (tokens → rules → resolver →
//! entities → offsets → HTML) on generated input: arbitrary Unicode,
//! Azerbaijani- and English-like token soups, mutated corpus articles and
//! fixed extremes (1 MB single words, only digits, only capitals, CRLF …),
//! each as az, en and auto, with and without a reference date. For each,
//! `robust::invariants::check` asserts: no panic; spans in bounds, sorted,
//! disjoint, non-empty, on char boundaries; `text[start..end] ==
//! entity.text`; names have a base form with a letter in it; date values
//! are real dates; UTF-16 and code-point offsets from `offsets::convert`
//! agree with re-encoding the text; the rendered HTML holds only the
//! marks with their allowed attributes, and with the marks removed and
//! the references decoded it is the input again.
//!
//! A failure prints the case's seed and a shrunk input. Cases are seeded
//! from fixed numbers, so every run checks the same inputs;
//! `VURGU_PROPTEST_SCALE=N` runs N times as many (new ones included).
//! A plain `cargo test` runs the small default; `make test-robust` (part
//! of `make test`) builds these tests optimised and runs them scaled up,
//! with the ignored 1 MB extremes.

mod robust;

use robust::gen::{self, Rng};
use robust::invariants::{check, check_with_subset, REF_DATES};
use robust::{cases, run_case};
use std::time::Instant;
use vurgu::offsets::{convert, Unit};
use vurgu::{Label, LabelSet, Lang, LangChoice, Options, Ymd};

const LANGS: [LangChoice; 3] = [LangChoice::Fixed(Lang::Az), LangChoice::Fixed(Lang::En), LangChoice::Auto];

fn random_ref(r: &mut Rng) -> Option<Ymd> {
    if r.chance(1, 2) {
        None
    } else if r.chance(1, 2) {
        Some(Ymd::parse(r.one(&REF_DATES)).unwrap())
    } else {
        let y = 1 + r.below(9999) as i32;
        let m = 1 + r.below(12) as u8;
        Some(Ymd::new(y, m, 1 + r.below(vurgu::date::days_in_month(y, m) as usize) as u8).unwrap())
    }
}

fn random_labels(r: &mut Rng) -> LabelSet {
    Label::ALL.into_iter().filter(|_| r.chance(1, 2)).collect()
}

/// Runs `n` generated texts through all three language choices, with a
/// random reference date and label subset per text. Returns (texts, entities).
fn soak(what: &str, seed: u64, n: usize, make: &dyn Fn(&mut Rng) -> String) -> (usize, usize) {
    let mut found = 0usize;
    for k in 0..n {
        let case_seed = seed ^ (k as u64).wrapping_mul(0x2545_f491_4f6c_dd1d);
        let mut r = Rng::new(case_seed);
        let text = make(&mut r);
        let ref_date = random_ref(&mut r);
        let labels = random_labels(&mut r);
        let count = std::cell::Cell::new(0);
        let what = format!("{what}, ref date {ref_date:?}, labels {labels:?},");
        run_case(&what, case_seed, &text, &|t| {
            for lang in LANGS {
                count.set(count.get() + check_with_subset(t, lang, ref_date, labels));
            }
        });
        found += count.get();
    }
    eprintln!("{what}: {n} texts x 3 languages, {found} entities (all labels)");
    (n, found)
}

#[test]
fn arbitrary_unicode() {
    soak("arbitrary unicode", 0x756e_6963_6f64_6531, cases(400), &|r| gen::unicode_soup(r, 80));
}

#[test]
fn long_arbitrary_unicode() {
    soak("long arbitrary unicode", 0x6c6f_6e67_756e_6931, cases(10), &|r| gen::unicode_soup(r, 20_000));
}

#[test]
fn azerbaijani_token_soup() {
    let p = gen::corpus_pieces("az-");
    let (_, found) = soak("azerbaijani soup", 0x617a_736f_7570_0001, cases(300), &|r| {
        gen::token_soup(r, &p, gen::AZ_SUFFIXES, gen::AZ_EXTRA, 40)
    });
    assert!(found > 1000, "the soups should contain names: {found}");
}

#[test]
fn english_token_soup() {
    let p = gen::corpus_pieces("en-");
    let (_, found) = soak("english soup", 0x656e_736f_7570_0001, cases(300), &|r| {
        gen::token_soup(r, &p, gen::EN_SUFFIXES, gen::EN_EXTRA, 40)
    });
    assert!(found > 1000, "the soups should contain names: {found}");
}

#[test]
fn article_length_soups() {
    // Long enough for the document-level rules (echoes of names found
    // elsewhere, group assignment) to have material: a 200-token soup
    // found the echo panic that 40-token soups never reached.
    let az = gen::corpus_pieces("az-");
    let en = gen::corpus_pieces("en-");
    soak("azerbaijani article soup", 0x617a_6172_7469_0001, cases(60), &|r| {
        gen::token_soup(r, &az, gen::AZ_SUFFIXES, gen::AZ_EXTRA, 400)
    });
    soak("english article soup", 0x656e_6172_7469_0001, cases(60), &|r| {
        gen::token_soup(r, &en, gen::EN_SUFFIXES, gen::EN_EXTRA, 400)
    });
}

#[test]
fn mixed_language_soup() {
    let az = gen::corpus_pieces("az-");
    let en = gen::corpus_pieces("en-");
    let both = gen::Pieces {
        names: az.names.iter().chain(&en.names).cloned().collect(),
        words: az.words.iter().chain(&en.words).cloned().collect(),
        texts: Vec::new(),
    };
    let suffixes: Vec<&str> = gen::AZ_SUFFIXES.iter().chain(gen::EN_SUFFIXES).copied().collect();
    let extra: Vec<&str> = gen::AZ_EXTRA.iter().chain(gen::EN_EXTRA).copied().collect();
    soak("mixed soup", 0x6d69_7865_6400_0001, cases(150), &|r| gen::token_soup(r, &both, &suffixes, &extra, 60));
}

#[test]
fn mutated_corpus_articles() {
    let az = gen::corpus_pieces("az-");
    let en = gen::corpus_pieces("en-");
    let texts: Vec<&String> = az.texts.iter().chain(&en.texts).collect();
    let (_, found) = soak("mutated articles", 0x6d75_7461_7465_0001, cases(60), &|r| {
        let t = r.pick(&texts).as_str();
        gen::mutate(r, t)
    });
    assert!(found > 1000, "mutated articles keep most of their names: {found}");
}

#[test]
fn unmodified_corpus_articles() {
    // The real articles, including every one through the other language.
    for prefix in ["az-", "en-"] {
        for (i, t) in gen::corpus_pieces(prefix).texts.iter().enumerate() {
            run_case("corpus article", i as u64, t, &|t| {
                for lang in LANGS {
                    for rd in [None, Some(Ymd::parse("2023-09-30").unwrap())] {
                        check_with_subset(t, lang, rd, LabelSet::ALL);
                    }
                }
            });
        }
    }
}

#[test]
#[ignore = "1 MB inputs take minutes unoptimised: `make test-robust` runs this optimised"]
fn extreme_inputs() {
    for (name, text) in gen::extremes() {
        let t0 = Instant::now();
        let mut found = 0;
        for lang in LANGS {
            for ref_date in [None, Some(Ymd::parse("2023-09-30").unwrap())] {
                // Large inputs are not shrunk: a failure names them instead.
                let a = std::panic::catch_unwind(|| {
                    check(&text, &Options { lang, ref_date, ..Options::default() }).entities.len()
                });
                match a {
                    Ok(n) => found += n,
                    Err(_) => panic!(
                        "extreme input {name:?} ({} bytes) as {lang:?}, ref {ref_date:?}: see the panic above",
                        text.len()
                    ),
                }
            }
        }
        // Measured, not asserted: a quadratic rule shows up here first.
        eprintln!("{name}: {} bytes, {found} entities over 6 runs, {:.2?}", text.len(), t0.elapsed());
    }
}

#[test]
fn offsets_convert_matches_reencoding_at_every_boundary() {
    // Not only entity offsets: every char boundary of random text, in
    // order, with repeats, through both units.
    for k in 0..cases(200) {
        let mut r = Rng::new(0x6f66_6673_0000 + k as u64);
        let text = gen::unicode_soup(&mut r, 60);
        let mut bytes: Vec<usize> =
            text.char_indices().map(|(i, _)| i).chain([text.len()]).filter(|_| r.chance(2, 3)).collect();
        if r.chance(1, 3) {
            let extra = bytes.clone();
            bytes.extend(extra);
            bytes.sort();
        }
        let u = convert(&text, &bytes, Unit::Utf16);
        let c = convert(&text, &bytes, Unit::CodePoint);
        for (i, &b) in bytes.iter().enumerate() {
            assert_eq!(u[i] as usize, text[..b].encode_utf16().count(), "{text:?} byte {b}");
            assert_eq!(c[i] as usize, text[..b].chars().count(), "{text:?} byte {b}");
        }
    }
}
