//! Inputs that once broke an invariant of `robust::invariants` (found by
//! the property tests or the fuzzer), kept so that every `cargo test`
//! checks them again; plus the fuzzer's committed seed corpus and any
//! crash inputs it found (fuzz/seeds/pipeline/, tests/fuzz-crashes/), each
//! decoded exactly as the fuzz target decodes it.

mod robust;

use robust::invariants::{check, check_fuzz_input};
use std::path::Path;
use vurgu::{Lang, LangChoice, Options, Ymd};

fn case(text: &str, lang: Lang, ref_date: &str) {
    let opts = Options { lang: LangChoice::Fixed(lang), ref_date: Ymd::parse(ref_date), ..Options::default() };
    check(text, &opts);
}

/// Relative dates near the ends of the reference-date range (years 1 and
/// 9999) were given values outside four-digit years: `-01` (a decade
/// before year 1), `10000-01-01`, `9999-12-27/10000-01-02`.
#[test]
fn relative_dates_at_the_ends_of_the_calendar() {
    case("past decade", Lang::En, "0001-01-01");
    case("sabah", Lang::Az, "9999-12-31");
    case("this week", Lang::En, "9999-12-31");
    case("Saturday", Lang::En, "9999-12-31");
    // Still dates, only without a value they cannot have.
    let a = vurgu::analyze(
        "sabah",
        &Options { lang: LangChoice::Fixed(Lang::Az), ref_date: Ymd::parse("9999-12-31"), ..Options::default() },
    );
    assert_eq!(a.entities.len(), 1);
    assert_eq!(a.entities[0].value, None);
    let a = vurgu::analyze(
        "sabah",
        &Options { lang: LangChoice::Fixed(Lang::Az), ref_date: Ymd::parse("9999-12-30"), ..Options::default() },
    );
    assert_eq!(a.entities[0].value.map(|v| v.to_string()).as_deref(), Some("9999-12-31"));
}

/// A browser parsing `renderHtml`'s output turns CR and CRLF into LF, so
/// the page's text was no longer the analysed text (and its UTF-16
/// offsets were off by one per CRLF). CR must leave as `&#13;`.
#[test]
fn carriage_returns_survive_an_html_parser() {
    for t in ["Bakı\r\nGəncə", "\r", "İlham Əliyev\rBakıda", "a\r\n\r\nb"] {
        for lang in [Lang::Az, Lang::En] {
            case(t, lang, "2023-09-30");
        }
    }
    let a = vurgu::analyze("İlham Əliyev\r\nBakıda", &Options::default());
    let h = vurgu::render::html::render("İlham Əliyev\r\nBakıda", &a.entities);
    assert!(h.contains("</mark>&#13;\n<mark "), "{h}");
}

/// A word that echoes a one-word name through consonant alternation
/// (`Uya` read as `Uk` + `-a`, after `UK`): the split accepted the
/// alternated stem but the echo looked up the unaltered one, and panicked
/// ("no entry found for key", src/lang/az/echo.rs) — a trap that kills
/// the wasm module for the rest of the page's life.
#[test]
fn echo_through_consonant_alternation_does_not_panic() {
    for t in ["UK'Uya", "UK dedi. Uya getdi.", "Bulaq kəndi. Bulağa gəldi.", "ABŞ Abya"] {
        for rd in ["2023-09-30", ""] {
            case(t, Lang::Az, rd);
        }
    }
}

fn files_in(dir: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut v: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.map(|e| e.expect("dir entry").path()).filter(|p| p.is_file()).collect(),
        Err(_) => Vec::new(),
    };
    v.retain(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| !n.starts_with('.') && n != "README.md"));
    v.sort();
    v
}

#[test]
fn fuzz_seed_corpus() {
    let seeds = files_in("fuzz/seeds/pipeline");
    assert!(seeds.len() >= 20, "the seed corpus is committed: {}", seeds.len());
    run_files(&seeds);
}

#[test]
fn fuzz_crash_inputs() {
    run_files(&files_in("tests/fuzz-crashes"));
}

fn run_files(files: &[std::path::PathBuf]) {
    for f in files {
        let data = std::fs::read(f).expect("input file");
        if std::panic::catch_unwind(|| check_fuzz_input(&data)).is_err() {
            panic!("{} breaks an invariant (message above)", f.display());
        }
    }
}
