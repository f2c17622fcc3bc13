//! Per-article latency: `cargo run --release --example bench_small -- FILE [az|en]`.
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("readable file");
    let lang = vurgu::LangChoice::parse(args.get(2).map_or("auto", |s| s.as_str())).expect("az, en or auto");
    let opts = vurgu::Options { lang, ..Default::default() };
    let t = Instant::now();
    vurgu::analyze("Bakı", &opts);
    println!("first call: {:.3} ms", t.elapsed().as_secs_f64() * 1e3);
    let n = 2000;
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(vurgu::analyze(&text, &opts));
    }
    println!("{} bytes: {:.1} µs per call", text.len(), t.elapsed().as_secs_f64() * 1e6 / n as f64);
}
