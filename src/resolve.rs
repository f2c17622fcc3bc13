//! The one overlap resolver: from all candidates, keeps a set of
//! non-overlapping spans, preferring surer rules, then longer spans (only
//! the outermost entity is marked), then earlier ones.

use crate::candidate::{Candidate, Kind};

/// Returns the chosen candidates sorted by start, opaque ones removed.
pub fn resolve(cands: Vec<Candidate>) -> Vec<Candidate> {
    // The order is sorted as packed keys (priority, then longer, then
    // earlier, then the rule's own order): a quarter of the cost of a
    // stable sort of the candidates themselves.
    let mut order: Vec<u128> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.start < c.end)
        .map(|(i, c)| {
            let len = u32::try_from(c.end - c.start).unwrap_or(u32::MAX);
            let start = u32::try_from(c.start).unwrap_or(u32::MAX);
            (u128::from(u8::MAX - c.prio) << 96)
                | (u128::from(u32::MAX - len) << 64)
                | (u128::from(start) << 32)
                | i as u128
        })
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<Candidate>> = cands.into_iter().map(Some).collect();
    // The bytes chosen spans cover, one bit each: a new span is free when
    // none of its bits is set (a word or two for a name-sized span).
    let len = slots.iter().flatten().map(|c| c.end).max().unwrap_or(0);
    let mut taken = Taken(vec![0u64; len / 64 + 1]);
    let mut chosen: Vec<Candidate> = Vec::new();
    for k in order {
        let Some(c) = slots.get_mut(k as u32 as usize).and_then(Option::take) else { continue };
        if !taken.any(c.start, c.end) {
            taken.set(c.start, c.end);
            chosen.push(c);
        }
    }
    // Chosen spans are disjoint and non-empty, so their starts differ.
    chosen.sort_unstable_by_key(|c| c.start);
    chosen.retain(|c| c.kind != Kind::Opaque);
    chosen
}

/// A bit per byte of the text.
struct Taken(Vec<u64>);

impl Taken {
    /// The 64-bit words of `s..e` with the mask of its bits in each.
    fn words(s: usize, e: usize) -> impl Iterator<Item = (usize, u64)> {
        let (first, last) = (s / 64, (e - 1) / 64);
        (first..=last).map(move |w| {
            let lo = if w == first { s % 64 } else { 0 };
            let hi = if w == last { (e - 1) % 64 } else { 63 };
            let mask = (u64::MAX >> (63 - hi)) & (u64::MAX << lo);
            (w, mask)
        })
    }

    fn any(&self, s: usize, e: usize) -> bool {
        Taken::words(s, e).any(|(w, m)| self.0.get(w).is_some_and(|&x| x & m != 0))
    }

    fn set(&mut self, s: usize, e: usize) {
        for (w, m) in Taken::words(s, e) {
            if let Some(x) = self.0.get_mut(w) {
                *x |= m;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::candidate::prio;
    use crate::types::Label;

    fn c(s: usize, e: usize, l: Label, p: u8) -> Candidate {
        Candidate::entity(l, s, e, p)
    }

    #[test]
    fn overlaps_are_seen_across_word_boundaries_of_the_bitmap() {
        let out = resolve(vec![
            c(60, 70, Label::Org, prio::FIXED),
            c(69, 200, Label::Place, prio::LEXICON),
            c(70, 128, Label::Person, prio::LEXICON),
            c(127, 129, Label::Date, prio::WEAK),
            c(128, 192, Label::Place, prio::WEAK),
        ]);
        assert_eq!(
            out,
            vec![
                c(60, 70, Label::Org, prio::FIXED),
                c(70, 128, Label::Person, prio::LEXICON),
                c(128, 192, Label::Place, prio::WEAK)
            ]
        );
    }

    #[test]
    fn outermost_wins_at_equal_priority() {
        let out = resolve(vec![
            c(0, 5, Label::Org, prio::LEXICON),
            c(0, 30, Label::Org, prio::LEXICON),
            c(10, 20, Label::Person, prio::LEXICON),
        ]);
        assert_eq!(out, vec![c(0, 30, Label::Org, prio::LEXICON)]);
    }

    #[test]
    fn surer_rule_beats_longer_span() {
        let out = resolve(vec![c(0, 30, Label::Person, prio::WEAK), c(5, 10, Label::Date, prio::FIXED)]);
        assert_eq!(out, vec![c(5, 10, Label::Date, prio::FIXED)]);
    }

    #[test]
    fn opaque_blocks_and_disappears() {
        let out = resolve(vec![
            Candidate::new(0, 20, Kind::Opaque, prio::FIXED),
            c(5, 10, Label::Place, prio::LEXICON),
            c(25, 30, Label::Place, prio::LEXICON),
        ]);
        assert_eq!(out, vec![c(25, 30, Label::Place, prio::LEXICON)]);
    }

    #[test]
    fn result_is_sorted_and_disjoint() {
        let out = resolve(vec![
            c(40, 50, Label::Place, 1),
            c(0, 10, Label::Place, 1),
            c(20, 30, Label::Place, 1),
            c(9, 21, Label::Org, 1),
            c(7, 7, Label::Org, 9),
        ]);
        let spans: Vec<_> = out.iter().map(|c| (c.start, c.end)).collect();
        // (9, 21) is longest, so it wins over both spans it overlaps.
        assert_eq!(spans, [(9, 21), (40, 50)]);
    }
}
