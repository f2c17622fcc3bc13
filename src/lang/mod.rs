//! Language-specific rules behind one interface.
//!
//! # Adding a language
//! A new language (say Turkish, `tr`) needs:
//! 1. a data folder `data/tr/` with the lexicon categories listed in
//!    `build.rs` (`given`, `country`, `city`, `org`, `org_head`, `title`,
//!    `month`, `weekday`, …; one entry a line) and its folding added to
//!    `LANGS` there, plus a `TR` table exported from `lexicon.rs`;
//! 2. a rules module `src/lang/tr/` implementing [`Language`]: the
//!    language's case folding, its lexicon, and `candidates`, which turns
//!    a tokenised document into candidate spans (names, places,
//!    organisations, dates with values) using the shared tokenizer,
//!    lexicon lookup, date arithmetic (`crate::date`) and resolver;
//! 3. a `Lang::Tr` variant in `types.rs`, an entry in [`rules`], and its
//!    function words in `detect.rs` so `auto` can choose it;
//! 4. gold articles in the corpus and tests written the same way as the
//!    existing ones.
//!
//! Everything after candidates (overlap resolution, base forms, group ids,
//! renderers, bindings) is shared and needs no change.
//!
//! The two languages here show the range: [`az`] needs morphology (case
//! endings on names, `Bakıda`) and Turkic folding; [`en`] needs none of
//! that but reads structure from capitalisation, possessives (`Apple's`),
//! abbreviations with dots (`U.S.`, `Inc.`), `X of Y` names and Title Case
//! headlines. Both follow the same order: dates first (they claim their
//! tokens), then capitalised runs, then document-level echoes.

pub mod az;
pub mod en;

use crate::candidate::Candidate;
use crate::date::Ymd;
use crate::fold::Folding;
use crate::lexicon::Lexicon;
use crate::token::Doc;
use crate::types::Lang;

/// What the rules may know about the document beyond its text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    pub ref_date: Option<Ymd>,
}

/// One language's recognition rules.
pub trait Language: Sync {
    fn lang(&self) -> Lang;
    fn folding(&self) -> Folding;
    fn lexicon(&self) -> &'static Lexicon;
    /// Proposes candidate spans for the whole document.
    fn candidates(&self, doc: &Doc<'_>, ctx: &Context, out: &mut Vec<Candidate>);
}

/// The rules for `lang`.
pub fn rules(lang: Lang) -> &'static dyn Language {
    match lang {
        Lang::Az => &az::Azerbaijani,
        Lang::En => &en::English,
    }
}
