//! Places no list knows, from the words around them: a list after a
//! plural place noun (`the villages of A, B and C`, `villages such as A
//! and B`), a place noun after the name (`Al Haouz province`), and a
//! preposition of place before unknown capitals (`died in Taroudant`,
//! `neighbouring Taroudant`).

use super::names::{Item, Names, Role};
use super::orgs::AFFILIATION;
use crate::candidate::prio;
use crate::lexicon::*;
use crate::token::ALLCAPS;

/// Place nouns before a list of names.
const PLURALS: &[&str] = &[
    "villages",
    "towns",
    "cities",
    "districts",
    "regions",
    "provinces",
    "settlements",
    "countries",
    "states",
    "islands",
    "rivers",
    "village",
    "town",
    "city",
    "district",
    "region",
    "province",
    "state",
];

/// Lower-case nouns after a place's name (`Al Haouz province`).
const AFTER: &[&str] = &[
    "province",
    "region",
    "district",
    "county",
    "village",
    "town",
    "municipality",
    "prefecture",
    "governorate",
    "oblast",
    "valley",
];

/// Words before a place: `in X`, `near X`, `neighbouring X`.
const BEFORE: &[&str] = &["in", "at", "near", "neighbouring", "neighboring", "outside"];

impl Names<'_, '_, '_> {
    /// `the villages of A, B and C`, `villages such as A and B`: when a
    /// place noun and `of` or `such as` stand right before token `i`, the
    /// last token of the list of capitalised names, commas and `and` that
    /// follows.
    pub(super) fn place_list(&self, i: usize) -> Option<usize> {
        let d = self.w.doc;
        let of = i.checked_sub(1)?;
        let noun = if d.word_is(of, "of") {
            of.checked_sub(1)?
        } else if d.word_is(of, "as") && of > 1 && d.word_is(of - 1, "such") {
            of - 2
        } else {
            return None;
        };
        if !(d.is_lower_word(noun) && PLURALS.contains(&d.folded(noun))) {
            return None;
        }
        let mut t = i;
        let mut end = i;
        while t < d.len() && t < i + 60 {
            if self.w.cap(t) && !self.used.get(t).copied().unwrap_or(true) {
                end = t;
            } else if !(d.punct_at(t) == Some(',')
                || d.word_is(t, "and")
                || (d.punct_at(t) == Some('-') && d.attached(t)))
            {
                break;
            }
            t += 1;
        }
        Some(end)
    }

    /// A piece of unknown capitalised words that the words around it make
    /// a place: a place noun after it, or a preposition of place before it
    /// when no word is a given name. Returns the candidate's priority.
    pub(super) fn unknown_place(&self, items: &[Item], cue: bool) -> Option<u8> {
        let d = self.w.doc;
        let (first, last) = (items.first()?, items.last()?);
        if cue || items.len() > 3 || last.end != last.last {
            return None;
        }
        let plain = |x: &Item, allowed: u32| {
            (x.role == Role::Cap || x.role == Role::Particle)
                && self.f(x) & !allowed == 0
                && !(d.is(x.first, ALLCAPS) && x.role == Role::Cap)
        };
        let after = last.end + 1;
        if d.is_lower_word(after) && AFTER.contains(&d.folded(after)) && items.iter().all(|x| plain(x, !NAMEY_NOT)) {
            return Some(prio::STRUCTURE);
        }
        let before = first.first.checked_sub(1)?;
        // `a report in Ars Technica` is in a publication.
        let written = before > 0 && d.is_word(before - 1) && WRITTEN.contains(&d.folded(before - 1));
        // `an analyst at Gartner`, `works at Ubisoft`: an employer.
        let employer = d.word_is(before, "at")
            && before > 0
            && (self.w.has(before - 1, TITLE) || AFFILIATION.contains(&d.folded(before - 1)));
        let prep = d.is_lower_word(before) && BEFORE.contains(&d.folded(before)) && !written && !employer;
        // `Al` is a particle before it is a given name (`in Al Haouz`).
        let unknown = items.iter().all(|x| {
            let given = if self.f(x) & PARTICLE != 0 { GIVEN } else { 0 };
            plain(x, PREFIX | PARTICLE | SURNAME | COMMON | given)
        });
        (prep && unknown && !self.weak(first)).then_some(prio::LEXICON)
    }
}

/// Words before `in` that make what follows a publication.
const WRITTEN: &[&str] = &[
    "report",
    "reported",
    "article",
    "interview",
    "story",
    "column",
    "editorial",
    "piece",
    "published",
    "wrote",
    "writing",
    "op-ed",
    "letter",
    "appeared",
];

/// Flags that keep a word out of a place's name even before a place noun.
const NAMEY_NOT: u32 = ORG | PLACE_ANY | TITLE | STOP | NONNAME | DEMONYM | MONTH | WEEKDAY | ORG_HEAD | EVENT_HEAD;
