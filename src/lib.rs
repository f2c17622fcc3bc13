//! vurgu finds person names, places, organisations and dates in news text,
//! Azerbaijani first and English second.
//!
//! The data flows one way, one module a stage:
//!
//! | stage | module |
//! |---|---|
//! | text → tokens | [`token`] (with [`fold`] for Azerbaijani casing) |
//! | tokens → candidates | [`lang`] (per-language rules using [`lexicon`], morphology, [`date`]) |
//! | candidates → chosen spans | [`resolve`] (the one overlap resolver) |
//! | spans → entities | [`entity`] (base forms, date values, group ids) |
//! | entities → output | [`render`] (HTML, JSON shapes), [`offsets`] (UTF-16 / code points) |
//! | output → hosts | `wasm` (browser bindings), `src/bin/vurgu.rs` (CLI) |
//!
//! [`detect`] chooses the language for `auto`; [`eval`] scores output
//! against the gold corpus. Offsets are UTF-8 bytes everywhere inside and
//! become UTF-16 or code points only in [`offsets`].
//!
//! ```
//! let a = vurgu::analyze("Prezident İlham Əliyev Bakıda görüşüb.", &vurgu::Options::default());
//! let found: Vec<_> = a.entities.iter().map(|e| (e.label.as_str(), e.text)).collect();
//! assert_eq!(found, [("PERSON", "İlham Əliyev"), ("PLACE", "Bakıda")]);
//! ```

pub mod candidate;
pub mod date;
pub mod detect;
pub mod entity;
pub mod eval;
pub mod fold;
pub mod hash;
pub mod lang;
pub mod lexicon;
pub mod offsets;
pub mod render;
pub mod resolve;
pub mod token;
pub mod types;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use date::{Timex, Ymd};
pub use types::{Analysis, Entity, Label, LabelSet, Lang, LangChoice, Options};

/// A line break, optional blanks, and another line break inside `s`.
fn spans_blank_line(s: &str) -> bool {
    let mut lines = s.split('\n');
    lines.next();
    let mut prev_blank = false;
    for line in lines {
        if prev_blank {
            return true;
        }
        prev_blank = line.trim().is_empty();
    }
    false
}

/// Finds the entities in `text`.
pub fn analyze<'a>(text: &'a str, opts: &Options) -> Analysis<'a> {
    let lang = match opts.lang {
        LangChoice::Fixed(l) => l,
        LangChoice::Auto => detect::detect(text),
    };
    let rules = lang::rules(lang);
    // The entities borrow the text, not the folded forms the tokens do.
    let text = token::clamp_len(text);
    let mut folded = String::new();
    let doc = token::Doc::new(text, rules.folding(), &mut folded);
    let mut cands = Vec::new();
    rules.candidates(&doc, &lang::Context { ref_date: opts.ref_date }, &mut cands);
    // No name runs across a blank line, whatever a rule joined: the
    // highlighter reads separate blocks as paragraphs.
    cands.retain(|c| !text.get(c.start..c.end).is_some_and(spans_blank_line));
    let chosen = resolve::resolve(cands);
    let entities = entity::finish(text, chosen, opts.labels, rules.folding());
    Analysis { lang, entities }
}
