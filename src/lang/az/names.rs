//! Capitalised runs → person, place and organisation candidates.
//!
//! A run is read right to left for its structure first: an event or
//! document head makes it opaque, an organisation or facility head makes
//! it one name with everything before it (`BMT-nin Rezident Əlaqələndirici
//! Ofisinin`). What is left is segmented left to right: lexicon phrases,
//! places with their official-name heads, people (given name, surname,
//! particles, patronymic, initials, a title before them), then single
//! words with whatever cue they have.

use super::cues::*;
use super::morph::{ABL, ACC, CASE, COP, DAT, GEN, INS, KI, LOC, POSS3};
use super::runs::{is_abbrev, Item, Join, Role};
use super::words::Words;
use crate::candidate::{prio, Candidate, Kind};
use crate::lexicon::*;
use crate::token::SENT_START;
use crate::types::Label;

pub struct Names<'x, 'd, 'a> {
    pub w: &'x Words<'d, 'a>,
    pub out: &'x mut Vec<Candidate>,
}

impl<'x, 'd, 'a> Names<'x, 'd, 'a> {
    pub(super) fn f(&self, t: usize) -> u32 {
        self.w.flags(t)
    }

    pub(super) fn morphs(&self, t: usize) -> u16 {
        self.w.at(t).morphs
    }

    /// A word whose case or copula ending closes a name.
    pub(super) fn closes(&self, t: usize) -> bool {
        self.morphs(t) & (CASE | COP | KI) != 0
    }

    /// No list knows the word as (part of) a name.
    pub(super) fn unknown(&self, t: usize) -> bool {
        self.f(t) & NAMEISH == 0
    }

    pub(super) fn surname(&self, t: usize) -> bool {
        self.f(t) & SURNAME != 0
    }

    pub(super) fn given(&self, t: usize) -> bool {
        self.f(t) & GIVEN != 0
    }

    pub(super) fn strong_place(&self, t: usize) -> bool {
        self.f(t) & PLACE_STRONG != 0
    }

    pub(super) fn never_name(&self, t: usize) -> bool {
        let f = self.f(t);
        // `Qazax` is a rayon and "Kazakh": capitalised mid-sentence, a place.
        let place_word = f & PLACE_STRONG != 0 && !self.w.doc.is(t, SENT_START);
        (f & STOP != 0 && f & PARTICLE == 0) || (f & DEMONYM != 0 && !place_word)
    }

    /// A sentence's first word that the article also writes in lower case
    /// and that no place or organisation list knows.
    pub(super) fn common_opener(&self, t: usize) -> bool {
        self.w.doc.is(t, SENT_START) && self.f(t) & (PLACE_STRONG | ORG | PARTICLE) == 0 && self.w.seen_lower(t)
    }

    pub(super) fn emit(&mut self, label: Option<Label>, first: usize, last: usize, p: u8) {
        let d = self.w.doc;
        let start = d.start(first);
        let end = self.w.unit_end(last);
        let base_end = self.w.stem_end(last);
        let kind = label.map_or(Kind::Opaque, Kind::Entity);
        let c = Candidate::new(start, end, kind, p).with_base(base_end, self.w.at(last).altered);
        self.out.push(c);
    }

    /// A run of items (never empty).
    pub fn run(&mut self, items: &[Item]) {
        let Some(first) = items.first() else { return };
        let cue = title_before(self.w, first.tok);
        let last = self.w.at(items.last().map_or(first.tok, |it| it.tok)).last;
        let desc = desc_after(self.w, last);
        self.whole(items, cue, desc);
    }

    /// Structure read from the right: events, organisations, facilities.
    pub(super) fn whole(&mut self, items: &[Item], cue: bool, desc: Desc) {
        let mut s = 0;
        // Leading words that are never names go, except a nationality word
        // in an izafet name (`Fransız Qvianası`).
        while s < items.len() && (items[s].role != Role::Cap || self.never_name(items[s].tok)) {
            let t = items[s].tok;
            let izafet = self.f(t) & DEMONYM != 0
                && (self.w.phrase(t).is_some()
                    || items.get(s + 1).is_some_and(|n| n.join == Join::Space && self.morphs(n.tok) & POSS3 != 0));
            if izafet {
                break;
            }
            s += 1;
        }
        let items = &items[s..];
        if items.is_empty() {
            return;
        }
        // The rightmost head decides: an event's, document's or holiday's
        // head makes the name up to it opaque (`Şarm-əş-Şeyx Sülh
        // Sammitində`); an organisation's or facility's is handled below.
        let event = (1..items.len()).rev().find(|&e| {
            let f = self.f(items[e].tok);
            items[e].role == Role::Cap && f & (EVENT_HEAD | ORG_HEAD | ORG_LEGAL | FACILITY_HEAD) != 0
        });
        if let Some(e) = event.filter(|&e| self.f(items[e].tok) & (ORG_HEAD | ORG_LEGAL | FACILITY_HEAD) == 0) {
            // Words before a case ending are not part of the event's name
            // (`Qaz Türkiyəyə | Cənubi Qafqaz Boru Kəməri`).
            if let Some(c) = (0..e).rev().find(|&c| self.w.at(items[c].tok).morphs & (LOC | ABL | DAT | ACC | INS) != 0)
            {
                self.whole(&items[..=c], cue, Desc::None);
                self.whole(&items[c + 1..], false, desc);
                return;
            }
            let last_tok = items[e].tok;
            // A person right before an event named after another
            // (`Şəhriyar Məmmədyarov | Vüqar Həşimov Memorialı`).
            let person_before = (2..e.saturating_sub(1)).find(|&c| {
                self.personish(&items[..c])
                    && self.given(items[c].tok)
                    && items[c].join == Join::Space
                    && self.personish(&items[c..c + 2])
            });
            if let Some(c) = person_before {
                self.whole(&items[..c], cue, Desc::None);
                self.emit(None, items[c].tok, last_tok, prio::FIXED);
                if e + 1 < items.len() {
                    self.whole(&items[e + 1..], false, desc);
                }
                return;
            }
            // An organisation written before an event's name
            // (`Akademik Musiqili Teatr | Milli Teatr Günündə`).
            let split = (1..e.saturating_sub(1)).find(|&h| self.f(items[h].tok) & ORG_HEAD != 0);
            if let Some(h) = split {
                self.whole(&items[..=h], cue, Desc::None);
                self.emit(None, items[h + 1].tok, last_tok, prio::FIXED);
            } else if self.bracket_abbrev_after(last_tok) {
                // `Peşəkar Futbol Liqası (PFL)`: a body, not the competition.
                self.emit(Some(Label::Org), items[0].tok, last_tok, prio::STRUCTURE);
            } else {
                self.emit(None, items[0].tok, last_tok, prio::FIXED);
            }
            if e + 1 < items.len() {
                self.whole(&items[e + 1..], false, desc);
            }
            return;
        }
        if let Some(h) = self.rightmost_head(items) {
            if let Some(e) = self.first_org_end(items, h) {
                self.whole(&items[..=e], cue, Desc::None);
                self.whole(&items[e + 1..], false, desc);
                return;
            }
            // Names joined by `və` before the head stand alone when they
            // are complete: a person, or an organisation with its own head.
            let mut joined_from = 0;
            for c in 0..h {
                if items[c].role == Role::Connector && self.coordinates(items[c].tok) {
                    let piece = &items[joined_from..c];
                    if self.personish(piece) || self.org_complete(piece) {
                        self.whole(piece, cue, Desc::None);
                        joined_from = c + 1;
                    }
                }
            }
            let items = &items[joined_from..];
            let h = h - joined_from;
            let mut from = self.org_start(items, h);
            if from > 0 {
                self.whole(&items[..from], cue, Desc::None);
                while items.get(from).is_some_and(|it| it.role != Role::Cap) {
                    from += 1;
                }
            }
            let t0 = items[from].tok;
            // A foreign country in the genitive before an organisation is
            // its own place: `Türkiyənin ... Agentliyi` (rule 14).
            if h >= from + 2
                && self.strong_place(t0)
                && self.morphs(t0) & GEN != 0
                && self.w.doc.folded(t0) != "azərbaycanın"
                && items[from + 1].join == Join::Space
            {
                self.emit(Some(Label::Place), t0, t0, prio::LEXICON);
                from += 1;
            }
            let head = items[h].tok;
            let label = if self.f(head) & (ORG_HEAD | ORG_LEGAL) != 0 && !self.venue_here(head) {
                Label::Org
            } else {
                Label::Place
            };
            self.emit(Some(label), items[from].tok, head, prio::STRUCTURE);
            if h + 1 < items.len() {
                self.whole(&items[h + 1..], false, desc);
            }
            return;
        }
        // Without a head, connectors do not bind: read each piece alone.
        // A place or organisation word after the last piece describes
        // every coordinated piece (`Yekəxana və Şahsoltanlı kəndləri`).
        let mut cue = cue;
        let pieces = items.split(|it| it.role == Role::Connector).count();
        let shared = if matches!(desc, Desc::Place | Desc::Org) { desc } else { Desc::None };
        for (n, piece) in items.split(|it| it.role == Role::Connector).enumerate() {
            if piece.is_empty() {
                continue;
            }
            let before = self.out.len();
            self.segment(piece, cue, if n + 1 == pieces { desc } else { shared });
            // `A B və C D`: a name joined to a person's name by `və` is read
            // as a person's name too.
            cue = self.out.len() > before && self.out.last().and_then(|c| c.label()) == Some(Label::Person);
        }
    }

    /// Left-to-right segmentation of a piece without a head.
    pub(super) fn segment(&mut self, items: &[Item], mut cue: bool, desc: Desc) {
        let n = items.len();
        let mut k = 0;
        // A lower-case event word after the run closes only its last name.
        let event_from = if matches!(desc, Desc::Event | Desc::Work) && !self.closes(items[n - 1].tok) {
            let mut e = n - 1;
            while e > 0 && items[e].join == Join::Hyphen {
                e -= 1;
            }
            Some(e)
        } else {
            None
        };
        while k < n {
            if event_from == Some(k) {
                self.emit(None, items[k].tok, items[n - 1].tok, prio::FIXED);
                return;
            }
            let it = items[k];
            let t = it.tok;
            if it.role == Role::Cap && self.never_name(t) {
                // A nationality word may open a known name (`Fransız Qvianası`).
                if let Some(m) = self.phrase(items, k) {
                    k = m + 1;
                    continue;
                }
            }
            if it.role != Role::Cap || self.never_name(t) || self.common_opener(t) {
                k += 1;
                cue = false;
                continue;
            }
            if self.is_title(items, k) {
                cue = true;
                k += 1;
                continue;
            }
            let last = k + 1 == n;
            // `Şarm-əş-Şeyx şəhəri`: a name through an Arabic article,
            // before a place word, is one place.
            let g = (k + 1..n).take_while(|&j| items[j].join == Join::Article).last().unwrap_or(k);
            if g > k && g + 1 == n && desc == Desc::Place {
                self.emit(Some(Label::Place), t, items[g].tok, prio::STRUCTURE);
                k = g + 1;
                continue;
            }
            // `Pirili-Muradxan-Sor-Sor yolu`: a hyphened list before a
            // place word, or with a known place in it, is a list of places.
            let g = (k + 1..n).take_while(|&j| items[j].join == Join::Hyphen).last().unwrap_or(k);
            let routed = g + 1 == n && self.route_after(items[g].tok);
            let list_of_places = g > k
                && ((g + 1 == n && desc == Desc::Place)
                    || routed
                    || items[k..=g].iter().any(|it| self.strong_place(it.tok)))
                && items[k..=g].iter().all(|it| self.f(it.tok) & (ORG_HEAD | FACILITY_HEAD | STOP) == 0);
            if list_of_places {
                self.place_list(&items[k..=g]);
                k = g + 1;
                cue = false;
                continue;
            }
            if let Some(m) = self.phrase(items, k) {
                k = m + 1;
                cue = false;
                continue;
            }
            if let Some(m) = self.place_pair(items, k) {
                self.emit(Some(Label::Place), t, items[m].tok, prio::LEXICON);
                k = m + 1;
                cue = false;
                continue;
            }
            if let Some(m) = self.person(items, k, cue) {
                // `Zərifə Əliyeva küçəsi`: a name before a place word is the
                // place's name.
                let label = if m + 1 == n && desc == Desc::Place { Label::Place } else { Label::Person };
                let p = if cue { prio::STRUCTURE } else { prio::LEXICON };
                self.emit(Some(label), t, items[m].tok, p);
                k = m + 1;
                cue = false;
                continue;
            }
            self.single(t, cue, if last { desc } else { Desc::None });
            k += 1;
            cue = false;
        }
    }

    /// `X-Y-Z yolu`, `X-Y avtomobil yolu`: a route names its ends.
    fn route_after(&self, t: usize) -> bool {
        let d = self.w.doc;
        let j = self.w.at(t).last + 1;
        let k = if d.word_is(j, "avtomobil") || d.word_is(j, "dəmir") || d.word_is(j, "qaz") { j + 1 } else { j };
        d.is_lower_word(k) && (morph_stem(d.folded(k), "yol") || morph_stem(d.folded(k), "magistral"))
    }

    /// Each member of a hyphened list of places, known multi-part names
    /// (`Sor-Sor`, `Alma-Atı`) kept whole.
    fn place_list(&mut self, items: &[Item]) {
        let mut j = 0;
        while j < items.len() {
            if let Some(m) = self.phrase(items, j) {
                j = m + 1;
                continue;
            }
            // A reduplicated name is one place (`Sor-Sor`).
            if items.get(j + 1).is_some_and(|n| self.w.doc.folded(n.tok) == self.w.doc.folded(items[j].tok)) {
                self.emit(Some(Label::Place), items[j].tok, items[j + 1].tok, prio::STRUCTURE);
                j += 2;
                continue;
            }
            let t = items[j].tok;
            if self.f(t) & (NONNAME | TITLE | DEMONYM) == 0 || self.strong_place(t) {
                let label = if self.f(t) & ORG != 0 && !self.strong_place(t) { Label::Org } else { Label::Place };
                self.emit(Some(label), t, t, prio::STRUCTURE);
            }
            j += 1;
        }
    }

    /// A multi-word lexicon entry starting at item `k`; returns its last item.
    pub(super) fn phrase(&mut self, items: &[Item], k: usize) -> Option<usize> {
        let (last_tok, hit, _) = self.w.phrase(items[k].tok)?;
        let m = (k + 1..items.len()).find(|&m| items[m].tok == last_tok)?;
        let label = if hit.has(ORG) {
            Label::Org
        } else if hit.has(PLACE_ANY) {
            Label::Place
        } else if hit.has(GIVEN | SURNAME) {
            // A listed given name of several words before a capitalised
            // word is the start of a longer name (`Jan-Lük Moro`).
            if hit.has(GIVEN) && items.get(m + 1).is_some_and(|x| x.role == Role::Cap && x.join == Join::Space) {
                return None;
            }
            Label::Person
        } else {
            return None;
        };
        self.emit(Some(label), items[k].tok, last_tok, prio::LEXICON);
        Some(m)
    }

    /// `Dağlıq Qarabağ`, `Albaniya Respublikasına`, `Qafqaz Albaniyası`.
    fn place_pair(&self, items: &[Item], k: usize) -> Option<usize> {
        let m = k + 1;
        let (a, b) = (items[k].tok, items.get(m)?.tok);
        if items[m].join != Join::Space || items[m].role != Role::Cap || self.closes(a) {
            return None;
        }
        let (fa, fb) = (self.f(a), self.f(b));
        let a_place = fa & PLACE_ANY != 0;
        let ok = (fa & PLACE_MOD != 0 && fb & PLACE_ANY != 0)
            || (fb & PLACE_HEAD != 0 && (a_place || (self.unknown(a) && !self.w.doc.is(a, SENT_START))))
            || (a_place && fb & PLACE_ANY != 0 && self.morphs(b) & POSS3 != 0);
        ok.then_some(m)
    }

    /// `yunan-Roma`: hyphened after a nationality word.
    fn after_demonym_hyphen(&self, t: usize) -> bool {
        let d = self.w.doc;
        t >= 2
            && d.punct_at(t - 1) == Some('-')
            && d.attached(t)
            && d.attached(t - 1)
            && self.w.exact(t - 2).has(DEMONYM)
    }

    /// One capitalised word on its own.
    pub(super) fn single(&mut self, t: usize, cue: bool, desc: Desc) {
        let fl = self.f(t);
        let d = self.w.doc;
        let sent = d.is(t, SENT_START);
        // `rejissor Əməkdar incəsənət xadimi …`: a word inside a title
        // chain is no name, and ordinary vocabulary is not either.
        let next = self.w.at(t).last + 1;
        let cue = cue && !(d.is_lower_word(next) && self.w.is(next, TITLE));
        let vocab = fl & VOCAB != 0 && fl & NAMEISH == 0;
        // (`Sakinlər kənd yolunu`: an opener the article also writes in
        // lower case is a word, not a place before its descriptor.)
        let desc = if vocab || self.common_opener(t) { Desc::None } else { desc };
        // A legal form alone (`ASC-lərə`) names no one; nor does a word
        // numbered like an event or product (`Paris-2024`) or hyphened to a
        // nationality (`yunan-Roma güləşi`).
        if (fl & ORG_LEGAL != 0 && fl & ORG == 0) || numbered(self.w, t) || self.after_demonym_hyphen(t) {
            return;
        }
        // A capitalised head alone is a back-reference (`Mərkəzin saytından`,
        // `Nazirliyin`), and a single letter names nothing (`H qrupunda`).
        if (fl & ORG_HEAD != 0 && fl & (ORG | PLACE_ANY) == 0) || d.surface(t).chars().count() < 2 {
            return;
        }
        // `Berklidəki`: `-dakı` follows places; so, mid-sentence, does a
        // locative or ablative on a word no list knows (`Tuluzada`,
        // `Leverkuzendən`): people and bodies rarely take them.
        if self.unknown(t) && (located(d.folded(t)) || (!sent && !cue && in_or_from(d.folded(t)))) {
            self.emit(Some(Label::Place), t, t, prio::WEAK);
            return;
        }
        let (label, p) = if fl & ORG != 0 && fl & PLACE_STRONG == 0 {
            (Label::Org, prio::LEXICON)
        } else if fl & PLACE_STRONG != 0 && !(cue && fl & GIVEN != 0) {
            (Label::Place, prio::LEXICON)
        } else if desc == Desc::Place && fl & (NONNAME | TITLE) == 0 {
            (Label::Place, prio::STRUCTURE)
        } else if desc == Desc::Org && fl & (NONNAME | TITLE) == 0 {
            (Label::Org, prio::STRUCTURE)
        } else if fl & SURNAME != 0 && fl & (NONNAME | COMMON) == 0 {
            (Label::Person, prio::LEXICON)
        } else if (cue && fl & (NONNAME | PLACE_ANY) == 0)
            || (fl & GIVEN != 0 && fl & COMMON == 0 && self.title_after(t))
        {
            (Label::Person, prio::STRUCTURE)
        } else if is_abbrev(self.w, t)
            && fl & (NONNAME | TITLE | ORG_LEGAL) == 0
            && !has_digit(self.w.doc.surface(t))
            && !numbered(self.w, t)
        {
            (Label::Org, prio::WEAK)
        } else if fl & VILLAGE != 0 && fl & COMMON == 0 && !sent {
            (Label::Place, prio::WEAK)
        } else {
            return;
        };
        self.emit(Some(label), t, t, p);
    }
}
