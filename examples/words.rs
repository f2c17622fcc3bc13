//! Development aid: prints what the lexicon says about each word.
//! `cargo run --example words -- Təhsil Nazirliyinin Bankının`
use vurgu::fold::{fold, Folding};
use vurgu::lexicon::AZ;

fn main() {
    const NAMES: &[(&str, u32)] = &[
        ("given", vurgu::lexicon::GIVEN),
        ("surname", vurgu::lexicon::SURNAME),
        ("country", vurgu::lexicon::COUNTRY),
        ("city", vurgu::lexicon::CITY),
        ("region", vurgu::lexicon::REGION),
        ("village", vurgu::lexicon::VILLAGE),
        ("geo", vurgu::lexicon::GEO),
        ("facility", vurgu::lexicon::FACILITY),
        ("org", vurgu::lexicon::ORG),
        ("org_head", vurgu::lexicon::ORG_HEAD),
        ("title", vurgu::lexicon::TITLE),
        ("nonname", vurgu::lexicon::NONNAME),
        ("stop", vurgu::lexicon::STOP),
        ("common", vurgu::lexicon::COMMON),
        ("event_head", vurgu::lexicon::EVENT_HEAD),
        ("place_desc", vurgu::lexicon::PLACE_DESC),
        ("prefix", vurgu::lexicon::PREFIX),
        ("particle", vurgu::lexicon::PARTICLE),
    ];
    for w in std::env::args().skip(1) {
        let f = fold(&w, Folding::Turkic);
        let flags = AZ.flags(&f);
        let names: Vec<&str> = NAMES.iter().filter(|(_, b)| flags & b != 0).map(|(n, _)| *n).collect();
        println!("{w}: {names:?}");
    }
}
