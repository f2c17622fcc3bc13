//! Organisation names in a capitalised run: the rightmost head, where the
//! name starts (past openers, case-marked words, a person before a place),
//! and what `və` and `yanında` do between names.

use super::cues::*;
use super::morph::{ABL, DAT, GEN, INS, KI, LOC};
use super::names::Names;
use super::runs::{is_abbrev, Item, Join, Role};
use crate::lexicon::*;
use crate::token::SENT_START;

impl<'x, 'd, 'a> Names<'x, 'd, 'a> {
    /// Where an organisation ending in head `h` starts: after a sentence's
    /// opening word that is plainly
    /// not part of it (`Əmr Nazirlər Kabinetinin`) as long as
    /// a modifier is left.
    pub(super) fn org_start(&self, items: &[Item], h: usize) -> usize {
        let mut from = 0;
        // A person's name (after any titles) before a place that starts
        // the organisation's name (`dosent Azad Novruzov Naxçıvan Muxtar
        // Respublikası Ali Məclisi`).
        let lead = (0..items.len()).take_while(|&i| items[i].role == Role::Cap && self.is_title(items, i)).count();
        for p in (2..=4).rev() {
            let end = lead + p;
            if h > end
                && self.personish(&items[lead..end])
                && items[end].role == Role::Cap
                && self.strong_place(items[end].tok)
            {
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
        // (An unknown word is not analysed; its plural shows in its ending.)
        let folded = self.w.doc.folded(t);
        let plural_shaped = folded.ends_with("lar") || folded.ends_with("lər");
        // (A plural joined by `və` is the name's first conjunct: `Gənclər
        // və İdman Nazirliyi`.)
        let conjunct =
            items.get(from + 1).is_some_and(|n| n.role == Role::Connector && self.w.doc.word_is(n.tok, "və"));
        let plural = !conjunct
            && (self.morphs(t) & super::morph::PL != 0
                || (self.unknown(t) && plural_shaped && folded.chars().count() > 5));
        // A sentence's first word the article also writes in lower case
        // goes when what follows is a known name by itself (`Əmr | Nazirlər
        // Kabineti`) or when it carries a case ending (`Forumu | Nizami
        // Gəncəvi Beynəlxalq Mərkəzinin`); many names start with a bare one
        // (`Xarici İşlər Nazirliyi`).
        let rest_known = items
            .get(from + 1)
            .is_some_and(|n| self.w.phrase(n.tok).is_some_and(|(last, hit, _)| last == items[h].tok && hit.has(ORG)));
        let opener = self.w.doc.is(t, SENT_START)
            && self.f(t) & (NONNAME | PLACE_ANY | ORG | SURNAME) == 0
            && (self.f(t) & GIVEN == 0 || self.droppable(t))
            && ((self.w.seen_lower(t) && (rest_known || self.morphs(t) != 0 || self.w.opener_inflected(t)))
                || (rest_known && self.f(t) == 0)
                || before_place
                || plural
                || (self.unknown(t) && verbal(self.w.doc.folded(t))));
        // A plural the lists call no name (`Tərəflər`) opens no name either
        // (`Milli`, `Dövlət` often do).
        let nonname = self.w.doc.is(t, SENT_START)
            && self.f(t) & (PLACE_ANY | ORG | SURNAME | GIVEN) == 0
            && self.f(t) & NONNAME != 0
            && (plural_shaped || rest_known);
        if from == 0 && (opener || nonname) && h >= from + 2 {
            from += 1;
        }
        // A title or a surname in the nominative before a name of two or
        // more words is the sentence's subject (`Prezident | Xarici İşlər
        // Nazirliyinin fəaliyyətini`, `Bayramov | Təhsil Nazirliyində`);
        // `Prezident Administrasiyası` keeps its one-word rest.
        let t = items[from].tok;
        let subject = self.morphs(t) == 0
            && (self.is_title(items, from) || (self.surname(t) && !self.given(t)))
            && items.get(from + 1).is_some_and(|n| n.role == Role::Cap);
        // (With the head in the nominative the title is the name's own
        // first word: `Akademik Milli Dram Teatrı`.)
        let rest = if self.surname(t) { 2 } else { 3 };
        if subject && h >= from + rest && self.morphs(items[h].tok) & (GEN | LOC | DAT | ABL | INS) != 0 {
            from += 1;
        }
        // A leading word in the locative, ablative, dative, accusative or
        // with `-dakı` is not a modifier (`Mərasimdə Prezident
        // Administrasiyasının`, `Berklidəki Kaliforniya Universiteti`).
        // The last case-marked or `-dakı` word (or hyphened group,
        // `Los-Ancelesdəki`) before the name's first head or genitive is
        // not part of it: `Tələbələr Berklidəki | Kaliforniya Universiteti`.
        let first_link = (from..h)
            .find(|&i| self.f(items[i].tok) & ORG_HEAD != 0 || self.morphs(items[i].tok) & GEN != 0)
            .unwrap_or(h);
        let mut cut = None;
        let mut i = from;
        while i < first_link {
            let mut g = i;
            while items.get(g + 1).is_some_and(|x| x.join == Join::Hyphen) {
                g += 1;
            }
            let t = items[g].tok;
            // (The accusative `-ı` reads like the izafet `-ı`: `Nəqliyyatı
            // İntellektual İdarəetmə Mərkəzi` keeps its first word.)
            let marked = self.morphs(t) & (LOC | ABL | DAT | INS | KI) != 0
                || (self.unknown(t) && located(self.w.doc.folded(t)));
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
    pub(super) fn droppable(&self, t: usize) -> bool {
        let fl = self.f(t);
        self.unknown(t)
            || self.morphs(t) & super::morph::PL != 0
            || (fl & COMMON != 0 && fl & (PLACE_STRONG | ORG | SURNAME) == 0)
    }

    /// `və` joins two names; `yanında`, `nəzdində`, `adına`, `üzrə` build
    /// one name out of two parts.
    pub(super) fn coordinates(&self, t: usize) -> bool {
        matches!(self.w.doc.folded(t), "və" | "and")
    }

    /// A piece that is a whole organisation name: two or more capitalised
    /// words ending in an organisation head.
    pub(super) fn org_complete(&self, items: &[Item]) -> bool {
        let caps: Vec<usize> = items.iter().filter(|it| it.role == Role::Cap).map(|it| it.tok).collect();
        caps.len() >= 2 && caps.last().is_some_and(|&t| self.f(t) & (ORG_HEAD | ORG_LEGAL) != 0)
    }

    /// `(PFL)` right after the unit ending at token `t`.
    pub(super) fn bracket_abbrev_after(&self, t: usize) -> bool {
        let d = self.w.doc;
        let j = self.w.at(t).last + 1;
        d.punct_at(j) == Some('(') && is_abbrev(self.w, j + 1) && d.punct_at(self.w.at(j + 1).last + 1) == Some(')')
    }

    /// An institution named as the place where something happens (rule
    /// 13): in the locative, a venue (`Muzey Mərkəzində sərgi`, `Milli
    /// Dram Teatrında`), or any institution before `keçirilən`, `açılıb`
    /// (`ADA Universitetində keçirilən forum`).
    pub(super) fn venue_here(&self, head: usize) -> bool {
        const VENUES: [&str; 9] =
            ["muzey", "mərkəz", "teatr", "saray", "filarmoniya", "qalereya", "arena", "kompleks", "zal"];
        const HAPPENS: [&str; 4] = ["keçiril", "açıl", "təşkil", "nümayiş"];
        let d = self.w.doc;
        if self.morphs(head) & LOC == 0 || self.f(head) & ORG_LEGAL != 0 {
            return false;
        }
        let f = d.folded(head);
        let next = self.w.at(head).last + 1;
        VENUES.iter().any(|v| f.starts_with(v))
            || (d.is_lower_word(next) && HAPPENS.iter().any(|h| d.folded(next).starts_with(h)))
    }

    /// Where a run holds two organisations, the end of the first: a head in
    /// the nominative followed by a place that opens the next name (`Bakı
    /// Ağır Cinayətlər Məhkəməsi | Gəncə Şəhər İcra Hakimiyyətinin`).
    pub(super) fn first_org_end(&self, items: &[Item], h: usize) -> Option<usize> {
        (1..h.saturating_sub(1)).find(|&e| {
            let t = items[e].tok;
            self.f(t) & ORG_HEAD != 0
                && self.morphs(t) == 0
                && items
                    .get(e + 1)
                    .is_some_and(|n| n.role == Role::Cap && n.join == Join::Space && self.strong_place(n.tok))
        })
    }

    /// The rightmost organisation or facility head with a capitalised
    /// modifier before it; not a place's own head (`Rusiya Federasiyası`).
    pub(super) fn rightmost_head(&self, items: &[Item]) -> Option<usize> {
        for h in (1..items.len()).rev() {
            let t = items[h].tok;
            if items[h].role != Role::Cap || self.f(t) & (ORG_HEAD | ORG_LEGAL | FACILITY_HEAD) == 0 {
                continue;
            }
            if items[h].join == Join::Hyphen {
                continue;
            }
            // `Rusiya Federasiyası`: a place's own head after the place.
            if self.f(t) & PLACE_HEAD != 0
                && self.f(items[h - 1].tok) & PLACE_ANY != 0
                && items[h - 1].role == Role::Cap
            {
                return None;
            }
            // An event head after the organisation head (`... Forumu`) is
            // handled as an event; anything else after it is read anew.
            return Some(h);
        }
        None
    }
}
