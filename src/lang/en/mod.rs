//! English rules: dates first (they claim their tokens), then capitalised
//! runs (structure, lexicon, people), then abbreviations in brackets, then
//! document-level echoes of names already found.

mod dates;
mod echo;
mod names;
mod words;

use super::{Context, Language};
use crate::candidate::Candidate;
use crate::fold::Folding;
use crate::lexicon::{self, Lexicon};
use crate::token::Doc;
use crate::types::Lang;

pub struct English;

impl Language for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn folding(&self) -> Folding {
        Folding::Default
    }

    fn lexicon(&self) -> &'static Lexicon {
        &lexicon::EN
    }

    fn candidates(&self, doc: &Doc<'_>, ctx: &Context, out: &mut Vec<Candidate>) {
        let w = words::Words::new(doc);
        let mut used = vec![false; doc.len()];
        dates::find(&w, ctx.ref_date, &mut used, out);
        names::Names { w: &w, used: &used, out }.find();
        echo::brackets(&w, &used, out);
        echo::find(&w, &used, out);
    }
}
