//! People's names in a capitalised run: given names, surnames and their
//! shapes, particles, patronymics, initials, regnal numbers, titles as
//! cues and where a name ends.

use super::cues::*;
use super::names::Names;
use super::runs::{is_abbrev, Item, Join, Role};
use crate::lexicon::*;
use crate::token::SENT_START;

impl<'x, 'd, 'a> Names<'x, 'd, 'a> {
    /// Item `m` ends the name it is in. A lone accusative vowel on a
    /// given name followed by an unknown capitalised word is the foreign
    /// name's own ending (`Alberti Kasellati`, `Luici Di Mayo`).
    pub(super) fn closes_name(&self, items: &[Item], m: usize) -> bool {
        let t = items[m].tok;
        if !self.closes(t) {
            return false;
        }
        let acc_only = self.morphs(t) == super::morph::ACC;
        let next_unknown = items.get(m + 1).is_some_and(|n| n.role == Role::Cap && self.unknown(n.tok));
        !(acc_only && self.given(t) && next_unknown)
    }

    /// A surname, or an Azerbaijani `-lı/-li/-lu/-lü` name that reads as
    /// one after a given name (`Kamal Umudlu`, `Tural Həsənli`).
    pub(super) fn surnamish(&self, t: usize) -> bool {
        if self.surname(t) {
            return true;
        }
        let stem = super::words::first_chars(self.w.doc.folded(t), self.w.at(t).stem_chars);
        stem.chars().count() >= 5 && ["lı", "li", "lu", "lü"].iter().any(|e| stem.ends_with(e))
    }

    /// A title word used as a title, not as a name: `Sədri xanım …`, but
    /// `Sultan Məmmədov` is a name.
    pub(super) fn is_title(&self, items: &[Item], k: usize) -> bool {
        let t = items[k].tok;
        let fl = self.f(t);
        if fl & TITLE == 0 || fl & (PLACE_ANY | ORG) != 0 {
            return false;
        }
        // A capitalised title word mid-sentence before a surname is a given
        // name (titles are written in lower case there); at a sentence's
        // start it is the title (`Nazir Bayramov dedi`).
        fl & GIVEN == 0
            || self.w.doc.is(t, SENT_START)
            || !items.get(k + 1).is_some_and(|n| n.role == Role::Cap && self.surname(n.tok))
    }

    /// A piece that reads as a person's name: given name(s) then a surname.
    pub(super) fn personish(&self, items: &[Item]) -> bool {
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

    /// A person's name starting at item `k`; returns its last item.
    pub(super) fn person(&self, items: &[Item], k: usize, cue: bool) -> Option<usize> {
        let t = items[k].tok;
        let d = self.w.doc;
        // `rəssamın Mərdəkandakı ev-muzeyi`: `-dakı` follows places, so a
        // title before it does not make a person.
        if self.unknown(t) && super::cues::located(d.folded(t)) {
            return None;
        }
        let initial = d.surface(t).chars().count() == 1;
        let fl = self.f(t);
        let weak_given = fl & (COMMON | NONNAME) != 0 || self.strong_place(t) || fl & ORG != 0;
        let next_surname =
            items.get(k + 1).is_some_and(|n| n.role == Role::Cap && n.join == Join::Space && self.surname(n.tok));
        let regnal = super::runs::regnal(self.w, t);
        // `Di Mayonun`, `Fon der Lyayenin`: a surname with its particle.
        let particle_start = self.f(t) & PARTICLE != 0
            && items.get(k + 1).is_some_and(|n| n.role == Role::Cap || n.role == Role::Particle);
        let surname_first = self.surname(t) && items.last().is_some_and(|x| x.role == Role::Patronym);
        // Two or three words no list knows, mid-sentence, with nothing after
        // them that makes a place or an organisation: in Azerbaijani only
        // names are capitalised there, and most such pairs are people
        // (`Neytan Tella`, `Cerimi Frimponq`).
        // A country or city may follow as a word of its own (`Maqnus
        // Karlsen ABŞ təmsilçisi ilə`).
        // A capitalised word no list knows, spelled like a name.
        let stranger = |tok: usize| {
            let f = d.folded(tok);
            self.unknown(tok) && !super::cues::derived_noun(f) && super::cues::az_spelled(f)
        };
        let pair_then_place = || {
            let unknowns = items[k..].iter().take_while(|it| it.role == Role::Cap && stranger(it.tok)).count();
            let place_after = match items.get(k + unknowns..) {
                Some([]) => true,
                Some([p]) => p.role == Role::Cap && p.join == Join::Space && self.strong_place(p.tok),
                _ => false,
            };
            (2..=3).contains(&unknowns) && place_after
        };
        let unknown_pair = !d.is(t, SENT_START)
            && !self.w.shouting(t)
            && self.unknown(t)
            && !self.closes(t)
            && items.get(k + 1).is_some_and(|n| n.role == Role::Cap && n.join == Join::Space && self.unknown(n.tok))
            && pair_then_place();
        // A first name no list knows before a listed one and a third word
        // (`Ayşe Nur Karabulut`): mid-sentence only names are capitalised.
        let unknown_then_given = !d.is(t, SENT_START)
            && !self.w.shouting(t)
            && self.unknown(t)
            && items.get(k + 2).is_some_and(|n| n.role == Role::Cap && n.join == Join::Space)
            && items.get(k + 1).is_some_and(|n| n.role == Role::Cap && n.join == Join::Space && self.given(n.tok))
            && !self.closes(t)
            && stranger(t);
        let can_start = initial
            || particle_start
            || unknown_pair
            || unknown_then_given
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
            if (nf & PARTICLE != 0 || nx.role == Role::Particle)
                && self.surname(items[m].tok)
                && !self.given(items[m].tok)
            {
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
            // One surname a person: a second surname-shaped word opens the
            // next name (`Ağaəli İbrahimov | Rüstəmovu`).
            if has_surname && self.surname(items[m].tok) && self.surname(nt) && !self.given(items[m].tok) {
                break;
            }
            if nx.join == Join::Hyphen
                && (self.strong_place(nt) || items.get(m + 2).is_some_and(|x| x.join == Join::Hyphen))
            {
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
        let accept = if regnal || particle_start || patronym_last || unknown_pair {
            m > k
        } else if m == k {
            // A lone given name needs a title on either side.
            !initial && (cue || self.title_after(t)) && !self.strong_place(t) && self.f(t) & NONNAME == 0
        } else if initial || cue {
            true
        } else if weak_given {
            second_surnamish || with_patronym || long_with_surname
        } else {
            self.given(t) || next_surname
        };
        (accept || (unknown_then_given && m >= k + 2 && has_surname)).then_some(m)
    }

    /// `İbrahim xan`, `Əli bəy`.
    pub(super) fn title_after(&self, t: usize) -> bool {
        let j = self.w.at(t).last + 1;
        self.w.doc.is_lower_word(j) && self.w.exact(j).has(TITLE_AFTER)
    }
}
