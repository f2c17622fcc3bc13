//! Capitalised runs → person, place and organisation candidates.
//!
//! A run is read right to left for its structure first: an event or
//! document head makes it opaque, an organisation or facility head makes
//! it one name with everything before it (`BMT-nin Rezident Əlaqələndirici
//! Ofisinin`). What is left is segmented left to right: lexicon phrases,
//! places with their official-name heads, people (given name, surname,
//! particles, patronymic, initials, a title before them), then single
//! words with whatever cue they have.

use super::morph::{ABL, ACC, CASE, COP, DAT, GEN, INS, KI, LOC, POSS3};
use super::runs::{is_abbrev, Item, Join, Role, Run};
use super::words::Words;
use crate::candidate::{prio, Candidate, Kind};
use crate::lexicon::*;
use crate::token::SENT_START;
use crate::types::Label;

/// What the word after a run says about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Desc {
    None,
    Place,
    Org,
    Work,
    Event,
}

/// Lexicon categories that make a word (part of) a name.
const NAMEISH: u32 =
    GIVEN | SURNAME | PLACE_ANY | ORG | ORG_HEAD | ORG_LEGAL | FACILITY_HEAD | PLACE_MOD | PLACE_HEAD | NONNAME | PARTICLE;
/// Categories of ordinary vocabulary.
const VOCAB: u32 = NUMWORD | STOP | TITLE | MONTH | WEEKDAY | DEMONYM | EVENT_HEAD | WORK_DESC | ORG_DESC | PLACE_DESC | CONNECTOR;

/// `COP29`, `F-16`: abbreviations with numbers name events and products.
fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

/// Participle and converb endings: a sentence's first word in one of these
/// is a verb form, not a name (`Saxlanılan`, `Yaranmış`).
fn verbal(folded: &str) -> bool {
    const ENDS: &[&str] = &["lan", "lən", "ılan", "ilən", "mış", "miş", "muş", "müş", "acaq", "əcək", "dıqda", "dikdə", "araq", "ərək"];
    folded.chars().count() > 5 && ENDS.iter().any(|e| folded.ends_with(e))
}

/// `word` is `stem` plus a suffix chain.
fn morph_stem(word: &str, stem: &str) -> bool {
    super::morph::stem_is(word, stem, super::morph::Mode::Strict).is_some()
}

/// An unknown word in `-dakı/-dəki` (`Berklidəki`): the suffix of places.
fn located(folded: &str) -> bool {
    let stem = folded.strip_suffix("dakı").or_else(|| folded.strip_suffix("dəki"));
    stem.is_some_and(|s| s.chars().count() >= 3)
}

/// `COVID-19`, `Su-25`: a word with a number hyphened to it.
fn numbered(w: &Words<'_, '_>, t: usize) -> bool {
    let d = w.doc;
    d.punct_at(t + 1) == Some('-') && d.attached(t + 1) && d.attached(t + 2) && d.kind(t + 2) == Some(crate::token::Kind::Num)
}

/// A title or role right before token `t` (`Prezident`, `naziri`, `xanım`).
pub fn title_before(w: &Words<'_, '_>, t: usize) -> bool {
    t > 0 && w.doc.is_word(t - 1) && w.is(t - 1, TITLE)
}

/// The descriptor after the unit ending at token `end`, looking across
/// coordinated names (`Yekəxana və Şahsoltanlı kəndlərinə`).
pub fn desc_after(w: &Words<'_, '_>, end: usize) -> Desc {
    let d = w.doc;
    let mut j = end + 1;
    // Hop over coordinated names: `A, B və C kəndləri`, `A və digər kəndlər`.
    for _ in 0..8 {
        if d.punct_at(j) == Some(',') && d.is_cap_word(j + 1) {
            j += 1;
            while d.is_cap_word(j) {
                j = w.at(j).last + 1;
            }
            continue;
        }
        if !d.is_word(j) || !d.is_lower_word(j) {
            return Desc::None;
        }
        if d.word_is(j, "və") {
            j += 1;
            if d.word_is(j, "digər") || d.word_is(j, "başqa") {
                return desc_word(w, j + 1);
            }
            while d.is_cap_word(j) {
                j = w.at(j).last + 1;
            }
            continue;
        }
        return desc_word(w, j);
    }
    Desc::None
}

fn desc_word(w: &Words<'_, '_>, j: usize) -> Desc {
    // One morphological split for all four descriptor lists.
    let Some((hit, _)) = w.stem_in(j, PLACE_DESC | ORG_DESC | EVENT_HEAD | WORK_DESC) else {
        return Desc::None;
    };
    if hit.has(PLACE_DESC) {
        Desc::Place
    } else if hit.has(ORG_DESC) {
        Desc::Org
    } else if hit.has(EVENT_HEAD) {
        Desc::Event
    } else {
        Desc::Work
    }
}

pub struct Names<'x, 'd, 'a> {
    pub w: &'x Words<'d, 'a>,
    pub out: &'x mut Vec<Candidate>,
}

impl<'x, 'd, 'a> Names<'x, 'd, 'a> {
    fn f(&self, t: usize) -> u32 {
        self.w.flags(t)
    }

    fn morphs(&self, t: usize) -> u16 {
        self.w.at(t).morphs
    }

    /// A word whose case or copula ending closes a name.
    fn closes(&self, t: usize) -> bool {
        self.morphs(t) & (CASE | COP | KI) != 0
    }

    /// Item `m` ends the name it is in. A lone accusative vowel on a
    /// given name followed by an unknown capitalised word is the foreign
    /// name's own ending (`Alberti Kasellati`, `Luici Di Mayo`).
    fn closes_name(&self, items: &[Item], m: usize) -> bool {
        let t = items[m].tok;
        if !self.closes(t) {
            return false;
        }
        let acc_only = self.morphs(t) == super::morph::ACC;
        let next_unknown = items.get(m + 1).is_some_and(|n| n.role == Role::Cap && self.unknown(n.tok));
        !(acc_only && self.given(t) && next_unknown)
    }

    /// No list knows the word as (part of) a name.
    fn unknown(&self, t: usize) -> bool {
        self.f(t) & NAMEISH == 0
    }

    /// A surname, or an Azerbaijani `-lı/-li/-lu/-lü` name that reads as
    /// one after a given name (`Kamal Umudlu`, `Tural Həsənli`).
    fn surnamish(&self, t: usize) -> bool {
        if self.surname(t) {
            return true;
        }
        let f = self.w.doc.folded(t);
        let stem: String = f.chars().take(self.w.at(t).stem_chars).collect();
        stem.chars().count() >= 5 && ["lı", "li", "lu", "lü"].iter().any(|e| stem.ends_with(e))
    }

    fn surname(&self, t: usize) -> bool {
        self.f(t) & SURNAME != 0
    }

    fn given(&self, t: usize) -> bool {
        self.f(t) & GIVEN != 0
    }

    fn strong_place(&self, t: usize) -> bool {
        self.f(t) & PLACE_STRONG != 0
    }

    fn never_name(&self, t: usize) -> bool {
        let f = self.f(t);
        // `Qazax` is a rayon and "Kazakh": capitalised mid-sentence, a place.
        let place_word = f & PLACE_STRONG != 0 && !self.w.doc.is(t, SENT_START);
        (f & STOP != 0 && f & PARTICLE == 0) || (f & DEMONYM != 0 && !place_word)
    }

    /// A sentence's first word that the article also writes in lower case
    /// and that no place or organisation list knows.
    fn common_opener(&self, t: usize) -> bool {
        self.w.doc.is(t, SENT_START) && self.f(t) & (PLACE_STRONG | ORG | PARTICLE) == 0 && self.w.seen_lower(t)
    }

    /// A title word used as a title, not as a name: `Sədri xanım …`, but
    /// `Sultan Məmmədov` is a name.
    fn is_title(&self, items: &[Item], k: usize) -> bool {
        let t = items[k].tok;
        let fl = self.f(t);
        if fl & TITLE == 0 || fl & (PLACE_ANY | ORG) != 0 {
            return false;
        }
        // A capitalised title word mid-sentence before a surname is a given
        // name (titles are written in lower case there); at a sentence's
        // start it is the title (`Nazir Bayramov dedi`).
        fl & GIVEN == 0 || self.w.doc.is(t, SENT_START) || !items.get(k + 1).is_some_and(|n| n.role == Role::Cap && self.surname(n.tok))
    }

    fn emit(&mut self, label: Option<Label>, first: usize, last: usize, p: u8) {
        let d = self.w.doc;
        let start = d.start(first);
        let end = self.w.unit_end(last);
        let base_end = self.w.stem_end(last);
        let kind = label.map_or(Kind::Opaque, Kind::Entity);
        let c = Candidate::new(start, end, kind, p).with_base(base_end, self.w.at(last).altered);
        self.out.push(c);
    }

    pub fn run(&mut self, run: &Run) {
        let items = &run.items;
        let cue = title_before(self.w, items[0].tok);
        let last = self.w.at(items[items.len() - 1].tok).last;
        let desc = desc_after(self.w, last);
        self.whole(items, cue, desc);
    }

    /// Structure read from the right: events, organisations, facilities.
    fn whole(&mut self, items: &[Item], cue: bool, desc: Desc) {
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
            if let Some(c) = (0..e).rev().find(|&c| self.w.at(items[c].tok).morphs & (LOC | ABL | DAT | ACC | INS) != 0) {
                self.whole(&items[..=c], cue, Desc::None);
                self.whole(&items[c + 1..], false, desc);
                return;
            }
            let last_tok = items[e].tok;
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
            let label = if self.f(head) & (ORG_HEAD | ORG_LEGAL) != 0 { Label::Org } else { Label::Place };
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

    /// Where an organisation ending in head `h` starts: after a sentence's
    /// opening word that is plainly
    /// not part of it (`Əmr Nazirlər Kabinetinin`) as long as
    /// a modifier is left.
    fn org_start(&self, items: &[Item], h: usize) -> usize {
        let mut from = 0;
        // A person's name (after any titles) before a place that starts
        // the organisation's name (`dosent Azad Novruzov Naxçıvan Muxtar
        // Respublikası Ali Məclisi`).
        let lead = (0..items.len()).take_while(|&i| items[i].role == Role::Cap && self.is_title(items, i)).count();
        for p in (2..=4).rev() {
            let end = lead + p;
            if h > end && self.personish(&items[lead..end]) && items[end].role == Role::Cap && self.strong_place(items[end].tok) {
                from = end;
                break;
            }
        }
        let t = items[from].tok;
        // An unknown opener before a place or a person's name
        // (`Oyun Tofiq Bəhramov Stadionunda`): such names start there.
        let before_place = items
            .get(from + 1)
            .is_some_and(|n| self.strong_place(n.tok) || (self.given(n.tok) && self.f(n.tok) & COMMON == 0))
            && self.droppable(t);
        let plural = self.morphs(t) & super::morph::PL != 0;
        let opener = self.w.doc.is(t, SENT_START)
            && self.f(t) & (NONNAME | PLACE_ANY | ORG | SURNAME) == 0
            && (self.f(t) & GIVEN == 0 || self.droppable(t))
            && (self.w.seen_lower(t) || before_place || plural || (self.unknown(t) && verbal(self.w.doc.folded(t))));
        if from == 0 && opener && h >= from + 2 {
            from += 1;
        }
        // A leading word in the locative, ablative, dative, accusative or
        // with `-dakı` is not a modifier (`Mərasimdə Prezident
        // Administrasiyasının`, `Berklidəki Kaliforniya Universiteti`).
        // The last case-marked or `-dakı` word (or hyphened group,
        // `Los-Ancelesdəki`) before the name's first head or genitive is
        // not part of it: `Tələbələr Berklidəki | Kaliforniya Universiteti`.
        let first_link = (from..h).find(|&i| self.f(items[i].tok) & ORG_HEAD != 0 || self.morphs(items[i].tok) & GEN != 0).unwrap_or(h);
        let mut cut = None;
        let mut i = from;
        while i < first_link {
            let mut g = i;
            while items.get(g + 1).is_some_and(|x| x.join == Join::Hyphen) {
                g += 1;
            }
            let t = items[g].tok;
            let marked = self.morphs(t) & (LOC | ABL | DAT | ACC | INS | KI) != 0 || (self.unknown(t) && located(self.w.doc.folded(t)));
            if items[g].role == Role::Cap && marked && h >= g + 2 {
                cut = Some(g + 1);
            }
            i = g + 1;
        }
        if let Some(c) = cut {
            from = c;
        }
        from
    }

    /// A word that is no name's first word: unknown, plural, or a given
    /// name that is also an ordinary word (`Qonaqlar`, `Oyun`).
    fn droppable(&self, t: usize) -> bool {
        let fl = self.f(t);
        self.unknown(t) || self.morphs(t) & super::morph::PL != 0 || (fl & COMMON != 0 && fl & (PLACE_STRONG | ORG | SURNAME) == 0)
    }

    /// `və` joins two names; `yanında`, `nəzdində`, `adına`, `üzrə` build
    /// one name out of two parts.
    fn coordinates(&self, t: usize) -> bool {
        matches!(self.w.doc.folded(t), "və" | "and")
    }

    /// A piece that is a whole organisation name: two or more capitalised
    /// words ending in an organisation head.
    fn org_complete(&self, items: &[Item]) -> bool {
        let caps: Vec<usize> = items.iter().filter(|it| it.role == Role::Cap).map(|it| it.tok).collect();
        caps.len() >= 2 && caps.last().is_some_and(|&t| self.f(t) & (ORG_HEAD | ORG_LEGAL) != 0)
    }

    /// `(PFL)` right after the unit ending at token `t`.
    fn bracket_abbrev_after(&self, t: usize) -> bool {
        let d = self.w.doc;
        let j = self.w.at(t).last + 1;
        d.punct_at(j) == Some('(') && is_abbrev(self.w, j + 1) && d.punct_at(self.w.at(j + 1).last + 1) == Some(')')
    }

    /// A piece that reads as a person's name: given name(s) then a surname.
    fn personish(&self, items: &[Item]) -> bool {
        if items.iter().any(|it| it.role == Role::Connector) {
            return false;
        }
        // Titles before the name do not change what it is (`Prezident İlham Əliyev`).
        let lead = (0..items.len()).take_while(|&i| items[i].role == Role::Cap && self.is_title(items, i)).count();
        let caps: Vec<usize> = items[lead..].iter().filter(|it| it.role == Role::Cap).map(|it| it.tok).collect();
        match caps.as_slice() {
            [first, .., last] => self.given(*first) && self.surname(*last),
            _ => false,
        }
    }

    /// The rightmost organisation or facility head with a capitalised
    /// modifier before it; not a place's own head (`Rusiya Federasiyası`).
    fn rightmost_head(&self, items: &[Item]) -> Option<usize> {
        for h in (1..items.len()).rev() {
            let t = items[h].tok;
            if items[h].role != Role::Cap || self.f(t) & (ORG_HEAD | ORG_LEGAL | FACILITY_HEAD) == 0 {
                continue;
            }
            if items[h].join == Join::Hyphen {
                continue;
            }
            // `Rusiya Federasiyası`: a place's own head after the place.
            if self.f(t) & PLACE_HEAD != 0 && self.f(items[h - 1].tok) & PLACE_ANY != 0 && items[h - 1].role == Role::Cap {
                return None;
            }
            // An event head after the organisation head (`... Forumu`) is
            // handled as an event; anything else after it is read anew.
            return Some(h);
        }
        None
    }

    /// Left-to-right segmentation of a piece without a head.
    fn segment(&mut self, items: &[Item], mut cue: bool, desc: Desc) {
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
                && ((g + 1 == n && desc == Desc::Place) || routed || items[k..=g].iter().any(|it| self.strong_place(it.tok)))
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
    fn phrase(&mut self, items: &[Item], k: usize) -> Option<usize> {
        let (last_tok, hit, _) = self.w.phrase(items[k].tok)?;
        let m = (k + 1..items.len()).find(|&m| items[m].tok == last_tok)?;
        let label = if hit.has(ORG) {
            Label::Org
        } else if hit.has(PLACE_ANY) {
            Label::Place
        } else if hit.has(GIVEN | SURNAME) {
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
            || (fb & PLACE_HEAD != 0 && (a_place || self.unknown(a)) && !self.w.doc.is(a, SENT_START))
            || (fb & PLACE_HEAD != 0 && a_place)
            || (a_place && fb & PLACE_ANY != 0 && self.morphs(b) & POSS3 != 0);
        ok.then_some(m)
    }

    /// A person's name starting at item `k`; returns its last item.
    fn person(&self, items: &[Item], k: usize, cue: bool) -> Option<usize> {
        let t = items[k].tok;
        let d = self.w.doc;
        let initial = d.surface(t).chars().count() == 1;
        let fl = self.f(t);
        let weak_given = fl & (COMMON | NONNAME) != 0 || self.strong_place(t) || fl & ORG != 0;
        let next_surname = items.get(k + 1).is_some_and(|n| n.role == Role::Cap && n.join == Join::Space && self.surname(n.tok));
        let regnal = super::runs::regnal(self.w, t);
        // `Di Mayonun`, `Fon der Lyayenin`: a surname with its particle.
        let particle_start = self.f(t) & PARTICLE != 0
            && items.get(k + 1).is_some_and(|n| n.role == Role::Cap || n.role == Role::Particle);
        let surname_first = self.surname(t) && items.last().is_some_and(|x| x.role == Role::Patronym);
        let can_start = initial
            || particle_start
            || surname_first
            || regnal
            || self.given(t)
            || (cue && (self.unknown(t) || self.surname(t)))
            || (self.unknown(t) && next_surname && !self.closes(t) && !(d.is(t, SENT_START) && verbal(d.folded(t))));
        if !can_start || (self.closes(t) && !cue && !initial) || self.morphs(t) & super::morph::PL != 0 {
            return None;
        }
        let mut m = k;
        let mut has_surname = false;
        while m + 1 < items.len() && !self.closes_name(items, m) {
            let nx = items[m + 1];
            if nx.role == Role::Particle || nx.role == Role::Patronym {
                let mut e = m + 1;
                while items.get(e).is_some_and(|x| x.role == Role::Particle || x.role == Role::Patronym) {
                    e += 1;
                }
                if items.get(e).is_some_and(|x| x.role == Role::Cap) {
                    m = e;
                    has_surname = true;
                    continue;
                }
                break;
            }
            if nx.role != Role::Cap {
                break;
            }
            let nt = nx.tok;
            let nf = self.f(nt);
            // A particle after a surname opens the next name (`Bayramov Di
            // Mayonun`).
            if (nf & PARTICLE != 0 || nx.role == Role::Particle) && self.surname(items[m].tok) && !self.given(items[m].tok) {
                break;
            }
            // Capitalised particles inside a name (`Luici Di Mayo`, `Həməd
            // Al Sani`): the word after one belongs to the name.
            if nf & PARTICLE != 0 && items.get(m + 2).is_some_and(|x| x.role == Role::Cap) {
                m += 2;
                has_surname = true;
                continue;
            }
            if self.never_name(nt) || nf & (TITLE | NONNAME | ORG | ORG_HEAD) != 0 && nf & (GIVEN | SURNAME) == 0 {
                break;
            }
            if is_abbrev(self.w, nt) || (self.strong_place(nt) && nf & (SURNAME | GIVEN) == 0) {
                break;
            }
            if self.given(nt) && has_surname && !self.surname(nt) {
                break;
            }
            if nx.join == Join::Hyphen && (self.strong_place(nt) || items.get(m + 2).is_some_and(|x| x.join == Join::Hyphen)) {
                break;
            }
            // A known multi-word name starts here (`Donald Tramp Ağ Evdə`).
            if self.w.phrase(nt).is_some_and(|(last, hit, _)| last > nt && hit.has(PLACE_ANY | ORG)) {
                break;
            }
            if !self.given(nt) || self.surname(nt) {
                has_surname = true;
            }
            m += 1;
        }
        // After a given name that is also a word, the next must be a
        // surname or an unambiguous given name.
        let second_surnamish = m > k && {
            let n = items[k + 1].tok;
            self.surnamish(n) || (self.given(n) && self.f(n) & (COMMON | NONNAME) == 0)
        };
        let with_patronym = items[k..=m].iter().any(|it| it.role == Role::Patronym);
        let long_with_surname = m >= k + 2 && self.surname(items[m].tok);
        // A name written surname first with the patronymic last
        // (`Allahverdiyev Rövşən Oqtay oğlu`).
        let patronym_last = items.get(m + 1).is_some_and(|x| x.role == Role::Patronym) && m + 2 == items.len();
        let m = if patronym_last { m + 1 } else { m };
        let accept = if regnal || particle_start || patronym_last {
            m > k
        } else if m == k {
            // A lone given name needs a title on either side.
            !initial && (cue || self.title_after(t)) && !self.strong_place(t) && self.f(t) & NONNAME == 0
        } else if initial {
            true
        } else if cue {
            true
        } else if weak_given {
            second_surnamish || with_patronym || long_with_surname
        } else {
            self.given(t) || next_surname
        };
        accept.then_some(m)
    }

    /// `yunan-Roma`: hyphened after a nationality word.
    fn after_demonym_hyphen(&self, t: usize) -> bool {
        let d = self.w.doc;
        t >= 2 && d.punct_at(t - 1) == Some('-') && d.attached(t) && d.attached(t - 1) && self.w.exact(t - 2).has(DEMONYM)
    }

    /// `İbrahim xan`, `Əli bəy`.
    fn title_after(&self, t: usize) -> bool {
        let j = self.w.at(t).last + 1;
        self.w.doc.is_lower_word(j) && self.w.exact(j).has(TITLE_AFTER)
    }

    /// One capitalised word on its own.
    fn single(&mut self, t: usize, cue: bool, desc: Desc) {
        let fl = self.f(t);
        let d = self.w.doc;
        let sent = d.is(t, SENT_START);
        // `rejissor Əməkdar incəsənət xadimi …`: a word inside a title
        // chain is no name, and ordinary vocabulary is not either.
        let next = self.w.at(t).last + 1;
        let cue = cue && !(d.is_lower_word(next) && self.w.is(next, TITLE));
        let vocab = fl & VOCAB != 0 && fl & NAMEISH == 0;
        let desc = if vocab { Desc::None } else { desc };
        // A legal form alone (`ASC-lərə`) names no one; nor does a word
        // numbered like an event or product (`Paris-2024`) or hyphened to a
        // nationality (`yunan-Roma güləşi`).
        if (fl & ORG_LEGAL != 0 && fl & ORG == 0) || numbered(self.w, t) || self.after_demonym_hyphen(t) {
            return;
        }
        // `Berklidəki`: `-dakı` follows places.
        if self.unknown(t) && !sent && located(d.folded(t)) {
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
        } else if cue && fl & (NONNAME | PLACE_ANY) == 0 {
            (Label::Person, prio::STRUCTURE)
        } else if fl & GIVEN != 0 && fl & COMMON == 0 && self.title_after(t) {
            (Label::Person, prio::STRUCTURE)
        } else if is_abbrev(self.w, t) && fl & (NONNAME | TITLE | ORG_LEGAL) == 0 && !has_digit(self.w.doc.surface(t)) && !numbered(self.w, t) {
            (Label::Org, prio::WEAK)
        } else if fl & VILLAGE != 0 && fl & COMMON == 0 && !sent {
            (Label::Place, prio::WEAK)
        } else {
            return;
        };
        self.emit(Some(label), t, t, p);
    }
}
