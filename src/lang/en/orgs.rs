//! Organisation structure: where a name ending in a head word starts
//! (`and` inside `Competition and Markets Authority`, a country before
//! its agency), and what it is: an organisation (`Federal Trade
//! Commission`), a place (`Novodevichy Cemetery`), or an event, work or
//! document (`World Cup`, opaque). The head decides by default; a known
//! name covering the whole run, the verb around it and the words before
//! the head can overrule it.

use super::names::{Item, Join, Names, Role};
use crate::lexicon::*;
use crate::token::ALLCAPS;
use crate::types::Label;

/// Institutions that are also buildings (guideline 13: an organisation
/// when it acts or teaches, a place when something happens there).
const DUAL_HEADS: &[&str] =
    &["conservatory", "conservatoire", "university", "college", "academy", "school", "opera", "ballet"];

/// Verbs and nouns that tie a person to an institution: `studied at the
/// Moscow Conservatory` names the institution, not the building.
pub(super) const AFFILIATION: &[&str] = &[
    "studied",
    "study",
    "studies",
    "studying",
    "graduated",
    "graduate",
    "taught",
    "teach",
    "teaches",
    "teaching",
    "works",
    "worked",
    "work",
    "working",
    "professor",
    "lecturer",
    "student",
    "students",
    "enrolled",
    "trained",
    "educated",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "director",
    "head",
    "rector",
    "dean",
];

/// An affiliation word, or a scholar's or analyst's title by its ending
/// (`a glaciologist at the University of Leeds`, `economist at`).
pub(super) fn affiliation(folded: &str) -> bool {
    const ENDINGS: &[&str] = &["ologist", "ologists", "omist", "omists", "icist", "icists", "analyst", "analysts"];
    AFFILIATION.contains(&folded) || ENDINGS.iter().any(|e| folded.ends_with(e))
}

/// Verbs right after a facility's name that make it act as a body.
const ACTS: &[&str] = &["said", "says", "announced", "confirmed", "stated", "told", "reported", "signed", "added"];

/// Words before `Games` that make it an event (`Olympic Games`, `Asian
/// Games`); other `X Games` are companies (`Epic Games`, `Riot Games`).
const GAMES_EVENTS: &[&str] = &[
    "olympic",
    "paralympic",
    "commonwealth",
    "youth",
    "world",
    "european",
    "asian",
    "pan",
    "islamic",
    "summer",
    "winter",
    "mind",
    "invictus",
    "special",
];

/// Lower-case nouns after a party's or bloc's name (`the ruling Georgian
/// Dream party`): the capitalised words before them name it, a nationality
/// adjective included.
const PARTY_NOUNS: &[&str] = &["party", "coalition", "bloc", "alliance", "movement", "faction"];

impl Names<'_, '_, '_> {
    /// The first item of a party's name that a party noun follows, when
    /// some word of it is more than a nationality or a place (`Georgian
    /// Dream party`, not `the Georgian party`).
    pub(super) fn party(&self, items: &[Item]) -> Option<usize> {
        let d = self.w.doc;
        let last = items.last()?;
        let after = last.end + 1;
        if last.end != last.last || !self.w.lower(after) || !PARTY_NOUNS.contains(&d.folded(after)) {
            return None;
        }
        let from = items.iter().position(|x| x.role == Role::Cap && self.f(x) & STOP == 0)?;
        let name = &items[from..];
        let own = name.iter().any(|x| x.role == Role::Cap && self.f(x) & (DEMONYM | PLACE_ANY) == 0);
        let clean = name.iter().all(|x| x.role != Role::Cap || self.f(x) & (TITLE | MONTH | WEEKDAY) == 0);
        // `John Brennan party members`: a person's party.
        let person = name.len() > 1 && self.person(name, 0, false) == Some(name.len() - 1);
        (own && clean && !person && !self.w.in_headline(name[0].first)).then_some(from)
    }

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
                // A listed competition, holiday or product (`Champions
                // League`) is opaque whatever its head.
                if hit.has(NONNAME) {
                    return None;
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
            // A facility that speaks or signs acts as an institution
            // (guideline 13): `Heathrow Airport said`, `Carnegie Hall
            // announced`.
            let next = items[to].end + 1;
            let acts = self.w.lower(next) && ACTS.contains(&d.folded(next));
            return Some(if acts { Label::Org } else { Label::Place });
        }
        if head == "games" && h > from {
            let plain = items[from..h].iter().all(|x| {
                let f = self.f(x);
                f & (PLACE_ANY | DEMONYM | NONNAME | EVENT_HEAD | STOP) == 0
                    && !GAMES_EVENTS.contains(&d.folded(x.first))
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
        let Some(p) = t.checked_sub(1) else {
            return false;
        };
        if !["at", "in", "outside", "inside", "near", "into"].iter().any(|w| d.word_is(p, w)) {
            return false;
        }
        let back = p.saturating_sub(3);
        !(back..p).any(|x| d.is_word(x) && affiliation(d.folded(x)))
    }

    /// A lexicon organisation from item `from` ending before item `h`.
    pub(super) fn lexicon_org(&self, items: &[Item], from: usize, h: usize) -> Option<usize> {
        let (last, hit) = self.w.phrase(items[from].first)?;
        let m = (from..h).find(|&m| items[m].last == last)?;
        (hit.has(ORG) && hit.flags & COMMON == 0 && m + 2 <= h).then_some(m)
    }

    /// The rightmost head with a capitalised word before it, or followed
    /// by `of` and a name (`Ministry of Foreign Affairs`); returns the head
    /// and the last item of the name.
    pub(super) fn rightmost_head(&self, items: &[Item]) -> Option<(usize, usize)> {
        const HEADS: u32 = ORG_HEAD | ORG_LEGAL | FACILITY_HEAD | EVENT_HEAD;
        // A head followed by `of` takes in every head after it (`State Oil
        // Company of Azerbaijan Republic`).
        let of_head = (0..items.len()).find(|&h| {
            items[h].role == Role::Cap
                && self.f(&items[h]) & HEADS != 0
                && items.get(h + 1).is_some_and(|c| c.role == Role::Connector && self.w.doc.word_is(c.first, "of"))
        });
        let top = of_head.map_or(items.len(), |h| h + 1);
        for h in (0..top).rev() {
            let it = &items[h];
            if it.role != Role::Cap || self.f(it) & HEADS == 0 || it.join == Join::Hyphen {
                continue;
            }
            // A head word that opens a known name of capitalised words is
            // that name's (`Goldman Sachs and Capital Economics`; `Bank of
            // England` keeps its head).
            if items.get(h + 1).is_some_and(|n| n.role == Role::Cap)
                && self.w.phrase(it.first).is_some_and(|(l, hit)| l > it.last && hit.has(ORG | PLACE_ANY))
            {
                continue;
            }
            // `X of Y Z`: the name runs through the connected words.
            let mut to = h;
            if items.get(h + 1).is_some_and(|c| {
                c.role == Role::Connector && (self.w.doc.word_is(c.first, "of") || self.w.doc.word_is(c.first, "for"))
            }) {
                let mut k = h + 1;
                while k + 1 < items.len() && items[k].role == Role::Connector {
                    // `and` joins a second name, not a part of this one,
                    // when what follows has a head or a lexicon name of
                    // its own (`Ministry of Foreign Affairs and General
                    // Motors Corp.`), not in `Ecology and Natural Resources`.
                    if k > h + 1 && !self.w.doc.word_is(items[k].first, "of") && self.own_name_after(items, k) {
                        break;
                    }
                    while k + 1 < items.len() && items[k + 1].role == Role::Connector {
                        k += 1;
                    }
                    if items.get(k + 1).map_or(true, |x| x.role != Role::Cap) {
                        break;
                    }
                    k += 1;
                    while k + 1 < items.len()
                        && items[k + 1].role == Role::Cap
                        && items[k + 1].join != Join::Hyphen
                        && !self.title_word(&items[k + 1])
                    {
                        k += 1;
                    }
                    to = k;
                    k += 1;
                }
            }
            let before = items[..h].iter().enumerate().any(|(n, b)| {
                b.role == Role::Cap && (self.f(b) & (STOP | TITLE) == 0 || (n + 1 == h && self.f(b) & STOP == 0))
            });
            if !before && to == h {
                continue;
            }
            return Some((h, to));
        }
        None
    }

    /// The capitalised words after connector `k` (up to the next
    /// connector) hold a head or start a known organisation or place.
    pub(super) fn own_name_after(&self, items: &[Item], k: usize) -> bool {
        const HEADS: u32 = ORG_HEAD | ORG_LEGAL | FACILITY_HEAD | EVENT_HEAD;
        let seg: Vec<&Item> = items[k + 1..].iter().take_while(|x| x.role == Role::Cap).collect();
        let known = seg.first().is_some_and(|x| self.w.phrase(x.first).is_some_and(|(_, h)| h.has(ORG | PLACE_ANY)));
        // A person's name after `and` is no part of the organisation's
        // (`Bank of England and John Smith`).
        let person = seg.len() >= 2 && self.f(seg[0]) & GIVEN != 0 && self.f(seg[0]) & (ORG | PLACE_ANY) == 0;
        // An event's head names one only at the end (`Camp Fire`); inside,
        // it is a word of the organisation's (`Forestry and Fire Protection`).
        let head = |(n, x): (usize, &&Item)| {
            let f = self.f(x);
            f & HEADS & !EVENT_HEAD != 0 || (f & EVENT_HEAD != 0 && n + 1 == seg.len())
        };
        known || person || seg.iter().enumerate().any(head)
    }

    /// Where a name ending in head `h` (and running to item `to`) starts:
    /// after `and` (two names, not one), after a title, after a person
    /// and `of` (`Judge X Y of the ... Court`), and after a country whose
    /// own organisation follows (`U.S. State Department`). `cue`: a title
    /// stands before the run.
    pub(super) fn org_start(&self, items: &[Item], h: usize, to: usize, cue: bool) -> usize {
        let mut from = 0;
        let mut titled = cue;
        for (c, it) in items.iter().enumerate().take(h) {
            // An organisation's name does not start with a person's.
            if it.role == Role::Connector && self.w.doc.word_is(it.first, "of") && c > from {
                let person = self.person(&items[from..c], 0, titled) == Some(c - from - 1);
                let given = self.f(&items[from]) & GIVEN != 0 && c - from >= 2;
                if person && (titled || given) {
                    from = (c + 1..h).find(|&k| items[k].role == Role::Cap).unwrap_or(h);
                    titled = false;
                    continue;
                }
            }
            // `and` joins two names unless what stands before it is no name
            // of its own (`Competition and Markets Authority`, `Food and
            // Drug Administration`).
            let left = if self.abbreviated_country(&items[from]) { from + 1 } else { from };
            let and = it.role == Role::Connector
                && !self.w.doc.word_is(it.first, "of")
                && self.own_name(&items[left.min(c)..c]);
            // A title right before the head names the body (`Justice
            // Department`); further back it is a person's (`Judge X Court`).
            let title = it.role == Role::Cap
                && c + 1 != h
                && self.title_word(it)
                && !self.w.phrase(it.first).is_some_and(|(l, h)| l > it.last && h.has(ORG));
            if and || title {
                from = c + 1;
                titled = title;
            }
        }
        if from < h && self.f(&items[from]) & COUNTRY != 0 && self.lexicon_org(items, from + 1, h + 1).is_some() {
            from += 1;
        } else if from < h && self.abbreviated_country(&items[from]) && self.lead.is_none() && to == h {
            // `U.S. Federal Trade Commission`: an official name does not
            // abbreviate its country, so the country is its own place
            // (`9th U.S. Circuit Court of Appeals` keeps it: see `lead`;
            // so does a full name with its own tail, `U.S. District Court
            // for the District of Columbia`).
            from += 1;
        }
        from
    }

    /// `U.S.`, `UK`, `US`: a country written as an abbreviation.
    pub(super) fn abbreviated_country(&self, it: &Item) -> bool {
        let d = self.w.doc;
        self.f(it) & COUNTRY != 0
            && (it.last > it.first || d.is(it.first, ALLCAPS))
            && !self.w.phrase(it.first).is_some_and(|(l, h)| l > it.last && h.has(ORG))
    }

    /// The items before an `and` make a name by themselves: a lexicon
    /// name or head, a given name, an abbreviation.
    /// A head counts only with more of a name around it: `Securities` in
    /// `Securities and Exchange Commission` is no name by itself.
    pub(super) fn own_name(&self, items: &[Item]) -> bool {
        const NAMEY: u32 = ORG | PLACE_ANY | GIVEN;
        const HEADS: u32 = ORG_HEAD | ORG_LEGAL | FACILITY_HEAD | EVENT_HEAD;
        let caps = items.iter().filter(|x| x.role == Role::Cap).count();
        caps == 0
            || items.iter().any(|x| x.role == Role::Cap && (self.f(x) & NAMEY != 0 || self.w.doc.is(x.first, ALLCAPS)))
            || (caps >= 2 && items.iter().any(|x| x.role == Role::Cap && self.f(x) & HEADS != 0))
    }
}
