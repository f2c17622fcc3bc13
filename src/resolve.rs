//! The one overlap resolver: from all candidates, keeps a set of
//! non-overlapping spans, preferring surer rules, then longer spans (only
//! the outermost entity is marked), then earlier ones.

use crate::candidate::{Candidate, Kind};
use std::collections::BTreeMap;

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
    // Chosen spans by start: the only span that can overlap a new one is
    // the last chosen span starting before the new one's end.
    let mut chosen: BTreeMap<usize, Candidate> = BTreeMap::new();
    for k in order {
        let Some(c) = slots.get_mut(k as u32 as usize).and_then(Option::take) else { continue };
        let clash = chosen.range(..c.end).next_back().is_some_and(|(_, p)| p.end > c.start);
        if !clash {
            chosen.insert(c.start, c);
        }
    }
    chosen.into_values().filter(|c| c.kind != Kind::Opaque).collect()
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
