//! Places no list knows, from the words around them: a list after a
//! plural place noun (`the villages of A, B and C`, `villages such as A
//! and B`), a place noun after the name (`Al Haouz province`), and a
//! preposition of place before unknown capitals (`died in Taroudant`,
//! `neighbouring Taroudant`).

use super::names::{Item, Join, Names, Role};
use super::orgs::affiliation;
use crate::candidate::prio;
use crate::lexicon::*;
use crate::token::{ALLCAPS, NL_BEFORE};
use crate::types::Label;

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

/// Place nouns after a list of names (`Butte, Yuba and Plumas counties`).
const PLURALS_AFTER: &[&str] = &["counties", "provinces", "districts", "regions", "states", "prefectures", "oblasts"];

/// Words before a place: `in X`, `near X`, `neighbouring X`.
const BEFORE: &[&str] = &["in", "at", "near", "neighbouring", "neighboring", "outside"];

/// The Associated Press's abbreviations of US states that datelines use
/// (`CAPE CANAVERAL, Fla.`), the ones that are no English word; read only
/// there.
const AP_STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Kan", "Ky", "Md", "Mich", "Minn", "Mont", "Neb",
    "Nev", "Okla", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo",
];

/// The AP abbreviations that are also English words or names (`Ore.`,
/// `Wash.`): read only after a town and a comma.
const AP_STATES_WORDS: &[&str] = &["Del", "Ill", "Ind", "La", "Mass", "Miss", "Mo", "Ore", "Pa", "Wash"];

/// Capitalised points of the compass that open a region's name before a
/// listed place (`Western Balkans`, `Eastern Anatolia`).
fn is_compass(f: &str) -> bool {
    matches!(
        f,
        "western"
            | "eastern"
            | "northern"
            | "southern"
            | "central"
            | "north"
            | "south"
            | "east"
            | "west"
            | "upper"
            | "lower"
    )
}

impl Names<'_, '_, '_> {
    /// `Western Balkans`: a compass word and the listed place after it are
    /// one place (guideline 3); returns the place's last item.
    pub(super) fn compass_place(&self, items: &[Item], k: usize) -> Option<usize> {
        let d = self.w.doc;
        let it = &items[k];
        if it.end != it.last || !is_compass(d.folded(it.first)) || self.f(it) & (ORG | PLACE_ANY) != 0 {
            return None;
        }
        let next = items.get(k + 1).filter(|x| x.role == Role::Cap && x.join == Join::Space)?;
        let (last, hit) = self.w.phrase(next.first)?;
        if !hit.has(PLACE_ANY) || hit.has(ORG) {
            return None;
        }
        let m = (k + 1..items.len()).find(|&m| items[m].last == last)?;
        // The place's name must end the run (`West Bank Group` is not one).
        (m + 1 == items.len() || items[m + 1].role != Role::Cap).then_some(m)
    }

    /// A dateline opening a paragraph in capitals before a country, a
    /// state or a state's abbreviation (`CAPE CANAVERAL, Fla., Nov. 16`):
    /// the town, and the abbreviation, are places.
    pub(super) fn dateline(&mut self, items: &[Item]) -> bool {
        let d = self.w.doc;
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
            return false;
        };
        let caps = items.iter().all(|x| {
            x.role == Role::Cap
                && d.is(x.first, ALLCAPS)
                && self.f(x) & (ORG | STOP | TITLE | MONTH | WEEKDAY | NONNAME | DEMONYM) == 0
        });
        if !caps || !d.is(first.first, NL_BEFORE) || items.len() > 3 || d.surface(first.first).chars().count() < 3 {
            return false;
        }
        let j = last.end + 1;
        if !self.w.is_punct(j, b',') {
            return false;
        }
        let ap = d.is_word(j + 1) && AP_STATES.contains(&d.surface(j + 1)) && self.w.is_punct(j + 2, b'.');
        let known = self.w.phrase(j + 1).is_some_and(|(_, h)| h.has(COUNTRY | REGION) && !h.has(ORG));
        // One word before a listed state is read where single words are.
        if !(ap || (known && items.len() > 1)) {
            return false;
        }
        self.emit(Some(Label::Place), first, last, prio::LEXICON);
        if ap {
            let st = Item { first: j + 1, last: j + 2, end: j + 2, join: Join::Space, role: Role::Cap };
            self.emit(Some(Label::Place), &st, &st, prio::LEXICON);
        }
        true
    }

    /// `Lake Oroville`, `Mount Kenya`, `Cape Agulhas`, `Fort Bragg`: a
    /// place word before one or two capitalised words makes the whole run
    /// one place.
    pub(super) fn prefixed_place(&mut self, items: &[Item]) -> bool {
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
            return false;
        };
        let d = self.w.doc;
        let head = first.role == Role::Cap
            && first.first == first.last
            && matches!(d.folded(first.first), "lake" | "mount" | "mt" | "cape" | "fort");
        let rest = &items[1..];
        let named = (1..=2).contains(&rest.len())
            && rest.iter().all(|x| {
                x.role == Role::Cap
                    && x.join == Join::Space
                    && self.f(x) & !PLACE_ANY & !PREFIX & !GIVEN & !SURNAME == 0
            });
        if !(head && named) {
            return false;
        }
        self.emit(Some(Label::Place), first, last, prio::STRUCTURE);
        true
    }

    /// A state's AP abbreviation after a town and a comma (`Reno, Nev.,
    /// and Medford, Ore.`) is a place.
    pub(super) fn state_after_town(&mut self, items: &[Item]) -> bool {
        let d = self.w.doc;
        let [x] = items else {
            return false;
        };
        // The token tests first: a run is rarely one word between a comma
        // and a full stop.
        let shaped = x.first == x.last
            && x.first >= 2
            && self.w.is_punct(x.first + 1, b'.')
            && self.w.is_punct(x.first - 1, b',')
            && d.attached(x.first + 1)
            && self.w.cap(x.first - 2)
            && !d.is(x.first, NL_BEFORE);
        let s = d.surface(x.first);
        if !(shaped && (AP_STATES.contains(&s) || AP_STATES_WORDS.contains(&s))) {
            return false;
        }
        let st = Item { first: x.first, last: x.first + 1, end: x.first + 1, join: Join::Space, role: Role::Cap };
        self.emit(Some(Label::Place), &st, &st, prio::LEXICON);
        true
    }

    /// `the villages of A, B and C`, `villages such as A and B`: when a
    /// place noun and `of` or `such as` stand right before token `i`, the
    /// last token of the list of capitalised names, commas and `and` that
    /// follows.
    ///
    /// Also `in A, B and C` when `A` is a listed place: three or more names
    /// listed after a preposition of place are places alike.
    pub(super) fn place_list(&self, i: usize) -> Option<usize> {
        let d = self.w.doc;
        let of = i.checked_sub(1)?;
        let noun = if d.word_is(of, "of") {
            of.checked_sub(1)
        } else if d.word_is(of, "as") && of > 1 && d.word_is(of - 1, "such") {
            Some(of - 2)
        } else {
            None
        };
        let nouned = noun.is_some_and(|n| self.w.lower(n) && PLURALS.contains(&d.folded(n)));
        // The list's first name may be claimed already (`in Kelantan, |
        // Terengganu and Kedah`): step back over listed places.
        let place = |t: usize| {
            self.w.cap(t) && (self.w.has(t, PLACE_STRONG) || self.w.hit(t).flags & !PREFIX == 0) && !self.w.has(t, ORG)
        };
        let mut first = i;
        while first >= 2 && self.w.is_punct(first - 1, b',') && place(first - 2) {
            first -= 2;
        }
        let listed = !nouned
            && first > 0
            && self.w.lower(first - 1)
            && matches!(d.folded(first - 1), "in" | "across" | "throughout")
            && place(first);
        if !nouned && !listed {
            return None;
        }
        let (mut t, mut end, mut commas, mut and) = (i, i, (i - first) / 2, false);
        while t < d.len() && t < i + 60 {
            if self.w.cap(t) && !self.used.get(t).copied().unwrap_or(true) {
                end = t;
            } else if self.w.is_punct(t, b',') {
                commas += 1;
            } else if d.word_is(t, "and") {
                and = true;
            } else if !(self.w.is_punct(t, b'-') && d.attached(t)) {
                break;
            }
            t += 1;
        }
        // Without a place noun the list must end its clause (`in Paris,
        // Macron and Scholz said` lists people) or the noun close it (`in
        // Butte, Yuba and Plumas counties`).
        let closed = d.kind(end + 1).is_none()
            || matches!(d.punct_at(end + 1), Some('.' | ',' | ';' | ':' | ')'))
            || (self.w.lower(end + 1) && PLURALS_AFTER.contains(&d.folded(end + 1)));
        (nouned || (commas >= 1 && and && end > i && closed)).then_some(end)
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
        if self.w.lower(after) && AFTER.contains(&d.folded(after)) && items.iter().all(|x| plain(x, !NAMEY_NOT)) {
            return Some(prio::STRUCTURE);
        }
        let before = first.first.checked_sub(1)?;
        // `a report in Ars Technica` is in a publication.
        let written = before > 0 && d.is_word(before - 1) && WRITTEN.contains(&d.folded(before - 1));
        // `an analyst at Gartner`, `works at Ubisoft`: an employer.
        let employer = d.word_is(before, "at")
            && before > 0
            && (self.w.has(before - 1, TITLE) || affiliation(d.folded(before - 1)));
        let prep = self.w.lower(before) && BEFORE.contains(&d.folded(before)) && !written && !employer;
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
