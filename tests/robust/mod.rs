//! Shared by the robustness tests: the invariants every analysis must
//! keep, input generators, and a case runner that shrinks a failing input
//! before reporting it.

#![allow(dead_code)]

pub mod gen;
pub mod invariants;

use std::panic::{catch_unwind, AssertUnwindSafe};

/// How many generated cases a property test runs: `base` times the
/// `VURGU_PROPTEST_SCALE` environment variable (default 1), so a longer
/// soak is `VURGU_PROPTEST_SCALE=20 cargo test --test properties`.
pub fn cases(base: usize) -> usize {
    let scale = std::env::var("VURGU_PROPTEST_SCALE").ok().and_then(|s| s.parse::<usize>().ok()).unwrap_or(1);
    base * scale.max(1)
}

fn fails(f: &dyn Fn(&str), text: &str) -> Option<String> {
    catch_unwind(AssertUnwindSafe(|| f(text))).err().map(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

/// Runs `f` on `text`; when it panics, shrinks `text` (dropping ever
/// smaller char ranges while `f` still panics) and panics with the
/// smallest input found, its seed and the first message.
pub fn run_case(what: &str, seed: u64, text: &str, f: &dyn Fn(&str)) {
    let Some(first) = fails(f, text) else { return };
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut cur: Vec<char> = text.chars().collect();
    let mut chunk = (cur.len() / 2).max(1);
    let mut budget = 4000usize;
    while chunk >= 1 && budget > 0 {
        let mut i = 0;
        let mut shrunk = false;
        while i < cur.len() && budget > 0 {
            budget -= 1;
            let mut cand = cur.clone();
            cand.drain(i..(i + chunk).min(cur.len()));
            let s: String = cand.iter().collect();
            if fails(f, &s).is_some() {
                cur = cand;
                shrunk = true;
            } else {
                i += chunk;
            }
        }
        if !shrunk {
            if chunk == 1 {
                break;
            }
            chunk /= 2;
        }
    }
    let small: String = cur.iter().collect();
    let last = fails(f, &small).unwrap_or_default();
    std::panic::set_hook(hook);
    panic!(
        "{what} (seed {seed:#x}) broke an invariant on a {}-byte input.\nfirst message: {first}\nshrunk to {small:?}\nwhich says: {last}",
        text.len()
    );
}
