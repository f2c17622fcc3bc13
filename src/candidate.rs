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
    /// Just above a weak guess: a reading the document itself supports
    /// (a person's family name seen in full, a one-word person in a list
    /// of people) over a cue-less guess.
    pub const OVER_WEAK: u8 = WEAK + 1;
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

/// Candidate spans sorted by start, with the running maximum of their
/// ends, answering "does any span overlap `s..e`?" in one binary search:
/// one does when a span starting before `e` reaches past `s`.
pub struct SpanIndex {
    /// (start, end, position in the order given).
    spans: Vec<(usize, usize, usize)>,
    reach: Vec<usize>,
}

impl SpanIndex {
    pub fn new(spans: impl Iterator<Item = (usize, usize)>) -> SpanIndex {
        let mut spans: Vec<(usize, usize, usize)> = spans.enumerate().map(|(i, (s, e))| (s, e, i)).collect();
        // The passes add their candidates in text order, so the spans come
        // in a few sorted runs, which the stable sort merges in about
        // linear time (the unstable one sorted them from scratch).
        spans.sort();
        let reach = spans
            .iter()
            .scan(0, |m, sp| {
                *m = sp.1.max(*m);
                Some(*m)
            })
            .collect();
        SpanIndex { spans, reach }
    }

    pub fn overlaps(&self, s: usize, e: usize) -> bool {
        let n = self.spans.partition_point(|sp| sp.0 < e);
        n > 0 && self.reach.get(n - 1).is_some_and(|&r| r > s)
    }

    /// The positions (in the order given to `new`, ascending) of every
    /// span overlapping `s..e`, into `out` (cleared first). Walks back from
    /// the last span starting before `e` while the running maximum of ends
    /// still reaches past `s`: no span before that point can.
    pub fn overlapping(&self, s: usize, e: usize, out: &mut Vec<usize>) {
        out.clear();
        let n = self.spans.partition_point(|sp| sp.0 < e);
        for k in (0..n).rev() {
            if self.reach.get(k).map_or(true, |&r| r <= s) {
                break;
            }
            if let Some(&(_, end, id)) = self.spans.get(k) {
                if end > s {
                    out.push(id);
                }
            }
        }
        out.sort_unstable();
    }
}

#[cfg(test)]
mod span_index_tests {
    use super::SpanIndex;

    #[test]
    fn overlaps_any_span_not_only_the_nearest() {
        // A long early span covers what later short ones do not.
        let ix = SpanIndex::new([(0, 50), (10, 12), (20, 22)].into_iter());
        assert!(ix.overlaps(30, 35));
        assert!(!ix.overlaps(50, 60));
        let ix = SpanIndex::new([(10, 12)].into_iter());
        assert!(!ix.overlaps(0, 10) && !ix.overlaps(12, 20) && ix.overlaps(11, 30));
        assert!(!SpanIndex::new(std::iter::empty()).overlaps(0, 100));
    }

    #[test]
    fn overlapping_lists_every_overlap_in_the_given_order() {
        let spans = [(20, 22), (0, 50), (10, 12), (30, 40), (60, 70), (35, 36)];
        let ix = SpanIndex::new(spans.iter().copied());
        let mut out = Vec::new();
        for (s, e) in [(11, 31), (0, 100), (50, 60), (36, 61), (12, 20), (45, 46)] {
            ix.overlapping(s, e, &mut out);
            let want: Vec<usize> = (0..spans.len()).filter(|&i| spans[i].0 < e && s < spans[i].1).collect();
            assert_eq!(out, want, "{s}..{e}");
        }
    }
}
