//! Capitalised runs → person, place and organisation candidates.
//!
//! A run is a sequence of capitalised units (`Apple Inc.`, `U.S.`,
//! `AT&T`) held together by spaces, hyphens, name particles (`van`, `de`)
//! and the connectors of long official names (`of`, `for`, `and`). It is
//! read for structure first: an organisation, facility or event head makes
//! everything before it one name (`NPD Group`, `Royal Courts of Justice`,
//! `Moscone Center`); what is left is segmented left to right into
//! lexicon phrases, people and single words with whatever cue they have.
//! Capitals that open a sentence or stand in a Title Case headline are no
//! evidence: there only lexicon entries count (and, later, echoes).

use super::words::Words;
use crate::candidate::{prio, Candidate, Kind};
use crate::lexicon::*;
use crate::token::{ALLCAPS, NL_BEFORE, SENT_START, SPACE_BEFORE};
use crate::types::Label;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    First,
    Space,
    Hyphen,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Cap,
    /// `of`, `for`, `and`, `&`: binds only inside organisation names.
    Connector,
    /// `van`, `de`, `bin`: binds inside personal names.
    Particle,
}

#[derive(Clone, Copy, Debug)]
pub struct Item {
    pub first: usize,
    /// Last token of the unit without its possessive.
    pub last: usize,
    /// Last token with the possessive.
    pub end: usize,
    pub join: Join,
    pub role: Role,
}

pub struct Names<'x, 'd, 'a> {
    pub w: &'x Words<'d, 'a>,
    pub used: &'x [bool],
    pub out: &'x mut Vec<Candidate>,
    /// The run being read is the subject or object of a speech verb, or
    /// has an appositive role after it: `X Y said`, `said X Y`,
    /// `X Y, the chief executive`.
    pub(super) speech: bool,
    /// An ordinal right before the run (`9th U.S. Circuit Court of
    /// Appeals`): part of the organisation's name; its first token.
    pub(super) lead: Option<usize>,
    /// First token of the run being read.
    run_first: usize,
    /// The run stands in a list of places (`the villages of A, B and C`).
    pub(super) place_list: bool,
    /// Last token of the current list of places.
    place_list_end: Option<usize>,
}

/// Items in one run at most (a run's last step may add up to three).
const MAX_RUN: usize = 24;

/// Pieces of one run at most: one a connector, and a run holds fewer than
/// MAX_RUN + 3 items.
const PIECES: usize = 32;

/// Roman numerals (`OS X`, `Henry VIII`) are not names by themselves.
pub(super) fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

impl<'x, 'd, 'a> Names<'x, 'd, 'a> {
    pub fn new(w: &'x Words<'d, 'a>, used: &'x [bool], out: &'x mut Vec<Candidate>) -> Self {
        Names { w, used, out, speech: false, lead: None, run_first: 0, place_list: false, place_list_end: None }
    }

    pub fn find(&mut self) {
        let d = self.w.doc;
        let mut i = 0;
        // One buffer for every run's items.
        let mut items = Vec::new();
        while i < d.len() {
            // The capital test inline first: most tokens fail it.
            if !self.w.cap(i) || !self.starts_unit(i) {
                i += 1;
                continue;
            }
            self.run(i, &mut items);
            let next = items.last().map_or(i + 1, |it| it.end + 1);
            self.speech = self.speech_cue(&items);
            self.run_first = i;
            self.lead = self.ordinal_before(i);
            if self.place_list_end.map_or(true, |e| i > e) {
                self.place_list_end = self.place_list(i);
            }
            self.place_list = self.place_list_end.is_some_and(|e| i <= e);
            let cue = self.cue_before(items[0].first) || self.appositive(&items);
            self.whole(&items, cue);
            i = next.max(i + 1);
        }
    }

    /// `9th`, `2nd` right before token `i`; returns the number's token.
    fn ordinal_before(&self, i: usize) -> Option<usize> {
        let d = self.w.doc;
        let (n, suffix) = (i.checked_sub(2)?, i - 1);
        let ord = d.number(n).is_some() && d.attached(suffix) && matches!(d.folded(suffix), "st" | "nd" | "rd" | "th");
        (ord && d.is(i, SPACE_BEFORE)).then_some(n)
    }

    fn starts_unit(&self, i: usize) -> bool {
        let d = self.w.doc;
        // Most tokens are no capitalised word: that test first.
        if !self.w.cap(i) || self.used.get(i).copied().unwrap_or(true) {
            return false;
        }
        let roman = d.is(i, ALLCAPS) && is_roman(d.surface(i));
        // `US$299` is money.
        let money = self.w.is_punct(i + 1, b'$') && d.attached(i + 1);
        !roman && !money
    }

    /// The unit starting at word `i` (see `Words::unit`).
    fn unit(&self, i: usize) -> Item {
        let (last, end) = self.w.unit(i);
        Item { first: i, last, end, join: Join::First, role: Role::Cap }
    }

    fn run(&self, i: usize, items: &mut Vec<Item>) {
        let d = self.w.doc;
        items.clear();
        items.push(self.unit(i));
        // No real name is longer; the cap keeps the reading of a run (and
        // its recursion) bounded on pathological text.
        while items.len() < MAX_RUN {
            let cur = items[items.len() - 1];
            // A possessive ends the run, also one kept in the name
            // (`Christie's | King Street saleroom`) unless a known name
            // goes on (`Lloyd's of London`).
            if cur.end != cur.last
                || (cur.last >= 2
                    && d.folded(cur.last) == "s"
                    && self.w.possessive(cur.last - 2) == Some(cur.last)
                    && self.w.phrase(cur.first).map_or(true, |(l, _)| l <= cur.last))
            {
                break;
            }
            let n = cur.last + 1;
            if n >= d.len() || d.is(n, NL_BEFORE) {
                break;
            }
            if self.w.is_punct(n, b'-') && d.attached(n) && d.attached(n + 1) && self.starts_unit(n + 1) {
                let mut it = self.unit(n + 1);
                it.join = Join::Hyphen;
                items.push(it);
                continue;
            }
            // A dot that belongs to an abbreviation (`Mr.`, `Inc.`) ends no
            // sentence, whatever the tokenizer guessed.
            let abbrev_dot = self.w.is_punct(cur.last, b'.') && self.f(&cur) & !PREFIX != 0;
            if !d.is(n, SPACE_BEFORE) || (d.is(n, SENT_START) && !abbrev_dot) {
                break;
            }
            if self.starts_unit(n) {
                let mut it = self.unit(n);
                it.join = Join::Space;
                items.push(it);
                continue;
            }
            let role = if self.w.is_punct(n, b'&') || (self.w.lower(n) && self.w.has(n, CONNECTOR)) {
                Role::Connector
            } else if self.w.lower(n) && self.w.has(n, PARTICLE) {
                Role::Particle
            } else {
                break;
            };
            let mut k = n + 1;
            if role == Role::Particle && self.w.lower(k) && self.w.has(k, PARTICLE) {
                k += 1;
            }
            // `Agency of the Republic of Azerbaijan`, `Court for the District`
            if role == Role::Connector && (d.word_is(n, "of") || d.word_is(n, "for")) && d.word_is(k, "the") {
                k += 1;
            }
            if !d.is(k, SPACE_BEFORE) || d.is(k, SENT_START) || !self.starts_unit(k) {
                break;
            }
            for t in n..k {
                items.push(Item { first: t, last: t, end: t, join: Join::Space, role });
            }
            let mut it = self.unit(k);
            it.join = Join::Space;
            items.push(it);
        }
    }

    /// Lexicon flags of an item's unit (`U.S.`, `Inc.` looked up whole).
    pub(super) fn f(&self, it: &Item) -> u32 {
        if it.first == it.last {
            return self.w.hit(it.first).flags;
        }
        // The unit's tokens are attached: their folded forms stand side by
        // side in the folded text.
        let key = self.w.folded_span(it.first, it.last);
        let h = self.w.lex.get(key);
        if h.is_entry() {
            return h.flags;
        }
        self.w.lex.get(key.trim_end_matches('.')).flags
    }

    /// A title that is nothing else (`Spokesperson`, not `General Motors`).
    pub(super) fn title_word(&self, it: &Item) -> bool {
        let f = self.f(it);
        f & TITLE != 0 && f & (ORG | PLACE_ANY) == 0
    }

    pub(super) fn unknown(&self, it: &Item) -> bool {
        self.f(it) & !PREFIX == 0
    }

    pub(super) fn weak(&self, it: &Item) -> bool {
        self.w.weak_cap(it.first)
    }

    pub(super) fn emit(&mut self, label: Option<Label>, a: &Item, b: &Item, p: u8) {
        let d = self.w.doc;
        let kind = label.map_or(Kind::Opaque, Kind::Entity);
        let first = match self.lead {
            Some(n) if label == Some(Label::Org) && a.first == self.run_first => n,
            _ => a.first,
        };
        let c = Candidate::new(d.start(first), d.end(b.end), kind, p).with_base(d.end(b.last), None);
        self.out.push(c);
    }

    fn whole(&mut self, items: &[Item], cue: bool) {
        if self.dateline(items) || self.state_after_town(items) {
            return;
        }
        if let Some(from) = self.party(items) {
            self.emit(Some(Label::Org), &items[from], &items[items.len() - 1], prio::STRUCTURE);
            return;
        }
        let mut s = 0;
        // Function words and nationality adjectives open runs (`The`,
        // `Armenian Prime Minister`) but are no part of a name, unless a
        // head follows that makes them one (`American Airlines`).
        while s < items.len()
            && (items[s].role != Role::Cap
                || self.f(&items[s]) & (STOP | DEMONYM) != 0 && self.f(&items[s]) & (ORG | PLACE_ANY) == 0)
        {
            if self.w.phrase(items[s].first).is_some_and(|(l, h)| l > items[s].last && h.has(ORG | PLACE_ANY))
                || self.compass_place(items, s).is_some()
            {
                break;
            }
            s += 1;
        }
        let items = &items[s..];
        if items.is_empty() {
            return;
        }
        let headline = self.w.in_headline(items[0].first);
        if !headline {
            if let Some((h, to)) = self.rightmost_head(items) {
                let from = self.org_start(items, h, to, cue);
                if from > 0 {
                    self.whole(&items[..from], cue);
                }
                let from = (from..=h).find(|&k| items[k].role == Role::Cap).unwrap_or(h);
                let label = self.head_label(items, from, h, to);
                if label.is_none() {
                    // An organisation known by name before an event stays
                    // marked (`Apple Worldwide Developers Conference`).
                    if let Some(m) = self.lexicon_org(items, from, h) {
                        self.emit(Some(Label::Org), &items[from], &items[m], prio::LEXICON);
                        self.emit(None, &items[m + 1], &items[to], prio::STRUCTURE);
                        return self.rest(items, to);
                    }
                }
                self.emit(label, &items[from], &items[to], prio::STRUCTURE);
                return self.rest(items, to);
            }
        }
        // Without a head, connectors do not bind, except inside a lexicon
        // phrase (`Secretary of State`, `Bank of America`).
        // Runs hold at most MAX_RUN + 2 items: flags and pieces fit on the
        // stack (a bit per item).
        let mut bound = 0u64;
        for k in 0..items.len() {
            if let Some((last, _)) = self.w.phrase(items[k].first) {
                if let Some(m) = (k + 1..items.len()).find(|&m| items[m].last == last) {
                    bound |= (u64::MAX >> 63usize.saturating_sub(m)) & u64::MAX.checked_shl(k as u32).unwrap_or(0);
                }
            }
        }
        let mut pieces: [std::ops::Range<usize>; PIECES] = Default::default();
        let mut np = 0;
        let mut from = 0;
        for k in 0..=items.len() {
            let cut = k == items.len()
                || (items[k].role == Role::Connector && bound.checked_shr(k as u32).unwrap_or(0) & 1 == 0);
            if cut {
                if from < k {
                    if let Some(p) = pieces.get_mut(np) {
                        *p = from..k;
                        np += 1;
                    }
                }
                from = k + 1;
            }
        }
        let pieces = pieces.get(..np).unwrap_or(&[]);
        // `Kingsley Coman and Aurélien Tchouaméni`: a person on one side
        // of `and` makes an unknown two- or three-word name on the other a
        // person too.
        let people = if pieces.len() < 2 { Vec::new() } else { self.coordinated_people(items, pieces) };
        for (n, r) in pieces.iter().cloned().enumerate() {
            let c = (n == 0 && cue) || people.get(n).copied().unwrap_or(false);
            self.segment(&items[r], c);
        }
    }

    fn rest(&mut self, items: &[Item], to: usize) {
        if to + 1 < items.len() {
            let from = (to + 1..items.len()).find(|&k| items[k].role == Role::Cap).unwrap_or(items.len());
            let cue = to + 1 < items.len() && self.f(&items[to]) & TITLE != 0;
            if from < items.len() {
                self.whole(&items[from..], cue);
            }
        }
    }

    /// Left-to-right segmentation of a piece without a head.
    fn segment(&mut self, items: &[Item], mut cue: bool) {
        let n = items.len();
        // In a list of places each name is one place, whatever its words
        // look like (`the villages of Baghanis Ayrum, Kheyrimli and ...`).
        if self.place_list
            && n > 0
            && items
                .iter()
                .all(|x| x.role != Role::Connector && self.f(x) & (ORG | TITLE | STOP | NONNAME | DEMONYM) == 0)
        {
            self.emit(Some(Label::Place), &items[0], &items[n - 1], prio::STRUCTURE);
            return;
        }
        if let Some(p) = self.unknown_place(items, cue) {
            self.emit(Some(Label::Place), &items[0], &items[n - 1], p);
            return;
        }
        if self.prefixed_place(items) {
            return;
        }
        let mut k = 0;
        while k < n {
            let it = items[k];
            if it.role != Role::Cap {
                k += 1;
                continue;
            }
            let fl = self.f(&it);
            if let Some(m) = self.compass_place(items, k) {
                self.emit(Some(Label::Place), &it, &items[m], prio::LEXICON);
                k = m + 1;
                cue = false;
                continue;
            }
            // After a title a given name is the person's, not a town's
            // (`Queen Elizabeth`); a country keeps its name.
            let titled_given = cue && fl & GIVEN != 0 && fl & COUNTRY == 0;
            if let Some(m) = if titled_given { None } else { self.phrase(items, k) } {
                k = m + 1;
                cue = false;
                continue;
            }
            // A title of several words: `Chief Operating Officer`.
            if let Some((last, h)) = self.w.phrase(it.first) {
                if h.has(TITLE) && !h.has(ORG | PLACE_ANY) {
                    if let Some(m) = (k + 1..n).find(|&m| items[m].last == last) {
                        cue = true;
                        k = m + 1;
                        continue;
                    }
                }
            }
            // A title that is also a given name is the title before another
            // given name (`Queen Elizabeth`, `King Charles`).
            let title_first = k + 1 >= n || self.f(&items[k + 1]) & GIVEN != 0;
            if fl & TITLE != 0 && fl & (ORG | PLACE_ANY) == 0 && (fl & GIVEN == 0 || title_first) {
                cue = true;
                k += 1;
                continue;
            }
            if fl & (STOP | NONNAME | DEMONYM) != 0 && fl & (GIVEN | SURNAME) == 0 {
                k += 1;
                cue = false;
                continue;
            }
            if let Some(m) = self.storm(items, k) {
                self.emit(None, &it, &items[m], prio::STRUCTURE);
                k = m + 1;
                cue = false;
                continue;
            }
            if let Some(m) = self.person(items, k, cue).or_else(|| self.quoted_person(items, k)) {
                let p = if cue { prio::STRUCTURE } else { prio::LEXICON };
                let last = self.regnal(&items[m], cue).unwrap_or(items[m]);
                self.emit(Some(Label::Person), &it, &last, p);
                k = m + 1;
                cue = false;
                continue;
            }
            self.single(items, k, cue);
            k += 1;
            cue = false;
        }
    }

    /// A lexicon place or organisation starting at item `k`; returns its
    /// last item. Words that are also common words (`Mobile`, `Time`)
    /// need a capital that means something.
    fn phrase(&mut self, items: &[Item], k: usize) -> Option<usize> {
        let (last, hit) = self.w.phrase(items[k].first)?;
        let m = (k..items.len()).find(|&m| items[m].last == last)?;
        if items[k + 1..=m].iter().any(|it| it.join == Join::Hyphen) && m > k {
            // `U.S.-Azerbaijan`: a hyphen joins two names, not one.
            if !hit.has(ORG) && !hit.has(PLACE_ANY) {
                return None;
            }
        }
        let label = if hit.has(ORG) {
            Label::Org
        } else if hit.has(PLACE_ANY) {
            Label::Place
        } else {
            return None;
        };
        let d = self.w.doc;
        let after = items[m].end + 1;
        // `Intel-based`, `US dollars`: modifiers, not mentions; but a
        // birthplace is named (`Baku-born`).
        let modifier =
            self.w.is_punct(after, b'-') && d.attached(after) && self.w.lower(after + 1) && d.attached(after + 1);
        if modifier && !(label == Label::Place && d.word_is(after + 1, "born")) {
            return Some(m);
        }
        if label == Label::Place && (d.word_is(after, "dollar") || d.word_is(after, "dollars")) {
            return Some(m);
        }
        let one_word = m == k && items[k].first == items[k].last;
        if one_word {
            // A given name that starts a person's name is the person's
            // (`Georgia Smith`), and a common word opening a sentence is
            // no name (`Mobile phones`).
            if hit.has(GIVEN) && self.person(items, k, false).is_some_and(|e| e > k) {
                return None;
            }
            if (hit.has(COMMON) || self.w.seen_lower(items[k].first)) && self.weak(&items[k]) {
                return Some(k);
            }
        }
        let p = if hit.has(COMMON) { prio::WEAK } else { prio::LEXICON };
        self.emit(Some(label), &items[k], &items[m], p);
        Some(m)
    }
}
