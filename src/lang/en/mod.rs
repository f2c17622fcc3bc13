//! English rules (issue 4 builds them out).

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

    fn candidates(&self, _doc: &Doc<'_>, _ctx: &Context, _out: &mut Vec<Candidate>) {}
}
