//! Candidates: spans proposed by a language's rules before the resolver
//! decides between overlapping ones.

use crate::date::Timex;
use crate::types::Label;

/// What a candidate proposes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Entity(Label),
    /// The name of an event, work or document: wins its span so nothing
    /// inside it is marked, and is itself never reported.
    Opaque,
}

/// How sure the rule that made a candidate is; higher wins an overlap
/// before length is compared.
pub mod prio {
    /// Document-level repetition of a name found elsewhere.
    pub const ECHO: u8 = 10;
    /// A capitalised word with a weak cue.
    pub const WEAK: u8 = 20;
    /// A lexicon entry or a name pattern.
    pub const LEXICON: u8 = 30;
    /// A structure: head noun, title, descriptor, quotes, date grammar.
    pub const STRUCTURE: u8 = 40;
    /// Dates and opaque event names.
    pub const FIXED: u8 = 50;
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Byte span in the text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub prio: u8,
    /// End of the base form (the name without its suffixes) in bytes;
    /// equal to `end` when nothing is attached.
    pub base_end: usize,
    /// The base's last char when alternation changed it (`Bulağa` →
    /// `Bulaq`).
    pub base_last: Option<char>,
    pub value: Option<Timex>,
}

impl Candidate {
    pub fn new(start: usize, end: usize, kind: Kind, prio: u8) -> Candidate {
        Candidate { start, end, kind, prio, base_end: end, base_last: None, value: None }
    }

    pub fn entity(label: Label, start: usize, end: usize, prio: u8) -> Candidate {
        Candidate::new(start, end, Kind::Entity(label), prio)
    }

    pub fn with_base(mut self, base_end: usize, base_last: Option<char>) -> Candidate {
        self.base_end = base_end.clamp(self.start, self.end);
        self.base_last = base_last;
        self
    }

    pub fn with_value(mut self, value: Option<Timex>) -> Candidate {
        self.value = value;
        self
    }

    pub fn label(&self) -> Option<Label> {
        match self.kind {
            Kind::Entity(l) => Some(l),
            Kind::Opaque => None,
        }
    }

    pub fn overlaps(&self, o: &Candidate) -> bool {
        self.start < o.end && o.start < self.end
    }
}
