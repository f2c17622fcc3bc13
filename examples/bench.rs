//! Native throughput: `cargo run --release --example bench -- FILE [az|en]`.
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = std::fs::read_to_string(&args[1]).expect("readable file");
    let lang = vurgu::LangChoice::parse(args.get(2).map_or("auto", |s| s.as_str())).expect("az, en or auto");
    let opts = vurgu::Options { lang, ..Default::default() };
    let mut n = 0;
    let t = Instant::now();
    let rounds = 5;
    for _ in 0..rounds {
        n = vurgu::analyze(&text, &opts).entities.len();
    }
    let secs = t.elapsed().as_secs_f64() / rounds as f64;
    println!("{} bytes, {} entities, {:.1} ms, {:.2} MB/s", text.len(), n, secs * 1e3, text.len() as f64 / secs / 1e6);
}
