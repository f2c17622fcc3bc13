//! Azerbaijani rules: quoted names and dates first (they claim their
//! tokens), then capitalised runs, then document-level echoes of names
//! already found.

mod cues;
mod dates;
mod days;
mod echo;
pub mod morph;
mod names;
mod orgs;
mod people;
mod periods;
mod quotes;
mod runs;
mod words;

use super::{Context, Language};
use crate::candidate::Candidate;
use crate::fold::Folding;
use crate::lexicon::{self, Lexicon};
use crate::token::Doc;
use crate::types::Lang;

pub struct Azerbaijani;

impl Language for Azerbaijani {
    fn lang(&self) -> Lang {
        Lang::Az
    }

    fn folding(&self) -> Folding {
        Folding::Turkic
    }

    fn lexicon(&self) -> &'static Lexicon {
        &lexicon::AZ
    }

    fn candidates(&self, doc: &Doc<'_>, ctx: &Context, out: &mut Vec<Candidate>) {
        let w = words::Words::new(doc);
        let mut used = vec![false; doc.len()];
        // Quoted names first: `“Sabah” klubu` is a club, not "tomorrow".
        quotes::find(&w, &mut used, out);
        dates::find(&w, ctx.ref_date, &mut used, out);
        let found = runs::runs(&w, &used);
        let mut n = names::Names { w: &w, out };
        for r in found.iter() {
            n.run(r);
        }
        echo::find(&w, &used, out);
    }
}
