//! What a name ending in a head word is: an organisation (`Federal Trade
//! Commission`), a place (`Novodevichy Cemetery`), or an event, work or
//! document (`World Cup`, opaque). The head decides by default; a known
//! name covering the whole run, the verb around it and the words before
//! the head can overrule it.

use super::names::{Item, Names};
use crate::lexicon::*;
use crate::types::Label;

/// Institutions that are also buildings (guideline 13: an organisation
/// when it acts or teaches, a place when something happens there).
const DUAL_HEADS: &[&str] = &["conservatory", "conservatoire", "university", "college", "academy", "school", "opera", "ballet"];

/// Verbs and nouns that tie a person to an institution: `studied at the
/// Moscow Conservatory` names the institution, not the building.
const AFFILIATION: &[&str] = &[
    "studied", "study", "studies", "studying", "graduated", "graduate", "taught", "teach", "teaches", "teaching", "works",
    "worked", "work", "working", "professor", "lecturer", "student", "students", "enrolled", "trained", "educated",
    "researcher", "researchers", "scientist", "scientists", "director", "head", "rector", "dean",
];

/// Words before `Games` that make it an event (`Olympic Games`, `Asian
/// Games`); other `X Games` are companies (`Epic Games`, `Riot Games`).
const GAMES_EVENTS: &[&str] = &["olympic", "paralympic", "commonwealth", "youth", "world", "european", "asian", "pan", "islamic", "summer", "winter", "mind", "invictus", "special"];

impl Names<'_, '_, '_> {
    /// The label of the name `items[from..=to]` whose head is `items[h]`;
    /// `None` for an event, work or document.
    pub(super) fn head_label(&self, items: &[Item], from: usize, h: usize, to: usize) -> Option<Label> {
        let d = self.w.doc;
        // A listed name that the whole run spells out keeps its own label
        // (`Soviet Union` is a country, not an organisation).
        if let Some((last, hit)) = self.w.phrase(items[from].first) {
            if last == items[to].last {
                if hit.has(ORG) {
                    return Some(Label::Org);
                }
                if hit.has(PLACE_STRONG) {
                    return Some(Label::Place);
                }
            }
        }
        let hf = self.f(&items[h]);
        let head = d.folded(items[h].first);
        if hf & (ORG_HEAD | ORG_LEGAL) != 0 {
            if DUAL_HEADS.contains(&head) && !self.speech && self.location_before(items[from].first) {
                return Some(Label::Place);
            }
            return Some(Label::Org);
        }
        if hf & FACILITY_HEAD != 0 {
            return Some(Label::Place);
        }
        if head == "games" && h > from {
            let plain = items[from..h].iter().all(|x| {
                let f = self.f(x);
                f & (PLACE_ANY | DEMONYM | NONNAME | EVENT_HEAD | STOP) == 0 && !GAMES_EVENTS.contains(&d.folded(x.first))
            });
            if plain {
                return Some(Label::Org);
            }
        }
        None
    }

    /// `at the X`, `in the X`, `outside X`, with no affiliation word just
    /// before the preposition: the name stands for a location.
    fn location_before(&self, first: usize) -> bool {
        let d = self.w.doc;
        let mut t = first;
        if t > 0 && d.word_is(t - 1, "the") {
            t -= 1;
        }
        let Some(p) = t.checked_sub(1) else { return false };
        if !["at", "in", "outside", "inside", "near", "into"].iter().any(|w| d.word_is(p, w)) {
            return false;
        }
        let back = p.saturating_sub(3);
        !(back..p).any(|x| d.is_word(x) && AFFILIATION.contains(&d.folded(x)))
    }
}
