//! Every input through `vurgu::analyze` as az, en and auto (with the
//! reference date and label subset its first byte picks) and through
//! `render::html::render`, asserting the same invariants as the property
//! tests: tests/robust/invariants.rs, included here by path so that the
//! fuzzer and `cargo test` check exactly the same things.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../tests/robust/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    invariants::check_fuzz_input(data);
});
