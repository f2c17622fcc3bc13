//! People: where a capitalised run is a person's name. A name starts at a
//! known given name (`Kylian`, `Jeyhun`), an initial, or after a title or
//! role; without those, its shape can tell: a last word that looks like a
//! family name (`Mirzoyan`, `Rostropovich`, `Marciniak`) or is written with
//! letters English words do not use (`Mbappé`), or a speech verb or an
//! appositive next to two or three unknown capitalised words.

use super::names::{is_roman, Item, Join, Names, Role};
use crate::candidate::prio;
use crate::lexicon::*;
use crate::token::{ALLCAPS, NL_BEFORE, SENT_START, SPACE_BEFORE};
use crate::types::Label;

/// Nouns of the stock market after a company's name.
const MARKET: &[&str] = &["shares", "stock", "stocks", "shareholders", "stockholders", "share"];

/// Words after which a capitalised pair is a thing, not a person.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "our", "this", "that", "these", "those"];

/// Endings of family names from the languages English news most often
/// transliterates: Slavic (`-ov`, `-enko`, `-vich`, `-ski`), Armenian
/// (`-yan`), Georgian (`-shvili`, `-dze`), Turkic and Persian (`-oglu`,
/// `-zade`), Romanian (`-escu`), Spanish (`-ez`). Applied to folded words of
/// five letters or more with no lexicon entry, so `Kiev` and `Rostov` (in
/// the place lists) never get here.
const FAMILY_SUFFIXES: &[&str] = &[
    "ov", "ova", "ev", "eva", "yev", "yeva", "enko", "vich", "wicz", "ski", "sky", "ska", "skiy", "yan", "yants",
    "shvili", "dze", "oglu", "oğlu", "zade", "zadeh", "escu", "ovic", "ović", "evic", "ević", "czyk", "chuk", "yuk",
    "ez", "sson",
];

/// The folded word ends like a family name (see [`FAMILY_SUFFIXES`]).
pub(super) fn family_suffix(folded: &str) -> bool {
    folded.chars().count() >= 5
        && folded.chars().all(|c| c.is_alphabetic())
        && FAMILY_SUFFIXES.iter().any(|s| folded.ends_with(s))
}

/// Written with a letter English words do not use (`Mbappé`, `Łukasz`).
pub(super) fn accented(surface: &str) -> bool {
    surface.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

/// Words that name a storm after them (`Hurricane Ian`): the storm is an
/// event, not the person its name sounds like.
const STORMS: &[&str] = &["hurricane", "storm", "typhoon", "cyclone"];

/// Verbs of saying that sit next to the people news quotes.
fn is_speech(f: &str) -> bool {
    matches!(
        f,
        "said"
            | "says"
            | "told"
            | "added"
            | "stated"
            | "wrote"
            | "explained"
            | "noted"
            | "announced"
            | "argued"
            | "insisted"
    )
}

impl Names<'_, '_, '_> {
    /// `X Y said`, `said X Y`, `X Y, the chief executive,` and `X Y, 49,`.
    pub(super) fn speech_cue(&self, items: &[Item]) -> bool {
        let d = self.w.doc;
        let (Some(a), Some(b)) = (items.first(), items.last()) else {
            return false;
        };
        let after = b.end + 1;
        let said = |t: usize| self.w.lower(t) && is_speech(d.folded(t));
        if said(after) || (a.first > 0 && said(a.first - 1)) {
            return true;
        }
        if self.w.is_punct(after, b',') {
            // `X Y, who ...`: only people are `who`.
            if d.word_is(after + 1, "who") || d.word_is(after + 1, "whose") {
                return true;
            }
            let mut t = after + 1;
            if d.word_is(t, "the")
                || d.word_is(t, "a")
                || d.word_is(t, "an")
                || d.word_is(t, "its")
                || d.word_is(t, "his")
                || d.word_is(t, "her")
            {
                t += 1;
            }
            // `, the Brazilian forward`, `, a long-serving coach`: a few
            // adjectives may stand before the role.
            let mut n = 0;
            while n < 4 && !(self.w.lower(t) && self.w.has(t, TITLE)) {
                let adjective = (self.w.lower(t) && !self.w.has(t, STOP))
                    || (self.w.cap(t) && self.w.has(t, DEMONYM))
                    || (self.w.is_punct(t, b'-') && d.attached(t));
                if !adjective {
                    break;
                }
                t += 1;
                n += 1;
            }
            let lower_title = self.w.lower(t) && self.w.has(t, TITLE);
            let age = d.number(t).is_some_and(|n| (16..=110).contains(&n)) && self.w.is_punct(t + 1, b',');
            return lower_title || age;
        }
        false
    }

    /// `Hurricane Ian`, `Storm Ciarán`: the storm word and the capitalised
    /// words after it; returns the last item.
    pub(super) fn storm(&self, items: &[Item], k: usize) -> Option<usize> {
        let it = &items[k];
        if it.end != it.last || !STORMS.contains(&self.w.doc.folded(it.last)) {
            return None;
        }
        let cap = |x: &Item| x.role == Role::Cap && x.join == Join::Space && self.f(x) & (ORG | PLACE_ANY) == 0;
        let n = items[k + 1..].iter().take(2).take_while(|x| cap(x)).count();
        (n > 0).then_some(k + n)
    }

    /// A regnal numeral right after a person's last item (`Felipe VI`,
    /// `Elizabeth II's`); a bare `I` only after a title (it is also the
    /// pronoun).
    pub(super) fn regnal(&self, last: &Item, cue: bool) -> Option<Item> {
        let d = self.w.doc;
        let t = last.last + 1;
        if last.end != last.last || !d.is(t, SPACE_BEFORE) || d.is(t, SENT_START) || !d.is_word(t) {
            return None;
        }
        let s = d.surface(t);
        let upper = s.bytes().all(|b| b.is_ascii_uppercase());
        if !upper || !is_roman(s) || s.len() > 5 || (s.len() < 2 && !cue) {
            return None;
        }
        let end = self.w.possessive(t).unwrap_or(t);
        Some(Item { first: t, last: t, end, join: Join::Space, role: Role::Cap })
    }

    /// Two or three unknown capitalised words next to a speech verb or
    /// before an appositive role are a person (`said Jan Hatzius`,
    /// `Noel Forgeard, the chief executive,`).
    pub(super) fn quoted_person(&self, items: &[Item], k: usize) -> Option<usize> {
        let rest = &items[k..];
        if !self.speech || !(1..=3).contains(&rest.len()) || self.w.in_headline(items[k].first) {
            return None;
        }
        // One word only when it looks foreign and is no English word
        // (`Pelé, the Brazilian forward`).
        let d = self.w.doc;
        if rest.len() == 1 {
            let s = d.surface(rest[0].first);
            let shaped = accented(s) || family_suffix(d.folded(rest[0].first));
            if !shaped || self.w.seen_lower(rest[0].first) || rest[0].end != rest[0].last {
                return None;
            }
        }
        const NOT: u32 = ORG
            | PLACE_ANY
            | TITLE
            | STOP
            | NONNAME
            | DEMONYM
            | ORG_HEAD
            | ORG_LEGAL
            | FACILITY_HEAD
            | EVENT_HEAD
            | MONTH
            | WEEKDAY;
        let ok = rest.iter().enumerate().all(|(n, x)| {
            x.role == Role::Cap && (n == 0 || x.join == Join::Space) && self.f(x) & NOT == 0 && !d.is(x.first, ALLCAPS)
        });
        ok.then_some(items.len() - 1)
    }

    /// A person's name starting at item `k`; returns its last item.
    pub(super) fn person(&self, items: &[Item], k: usize, cue: bool) -> Option<usize> {
        let d = self.w.doc;
        let it = &items[k];
        let fl = self.f(it);
        let initial = d.surface(it.first).chars().count() == 1 && it.last > it.first;
        let namey = |x: &Item| {
            let f = self.f(x);
            x.role == Role::Cap
                && f & (ORG | ORG_HEAD | ORG_LEGAL | TITLE | STOP | NONNAME | DEMONYM | MONTH | WEEKDAY) == 0
                && (f & PLACE_ANY == 0 || f & (GIVEN | SURNAME) != 0)
                && !(d.is(x.first, ALLCAPS) && d.surface(x.first).chars().count() > 1 && !is_roman(d.surface(x.first)))
        };
        // Inside a name, a surname that is also a company or a month
        // (`Gerald Ford`, `Theresa May`) is the surname.
        let inner = |x: &Item| {
            let f = self.f(x);
            namey(x)
                || (x.role == Role::Cap
                    && f & SURNAME != 0
                    && f & (TITLE | STOP | NONNAME | DEMONYM | ORG_HEAD | ORG_LEGAL) == 0
                    && !d.is(x.first, ALLCAPS))
        };
        if fl & (STOP | NONNAME | DEMONYM) != 0
            || (fl & ORG != 0 && fl & GIVEN == 0)
            || (d.is(it.first, ALLCAPS) && !initial)
        {
            return None;
        }
        let given = fl & GIVEN != 0;
        // A role before a headline's capitals says little (`Foreign
        // Ministers End Peace Talks`).
        let cue = cue && (given || !self.w.in_headline(it.first) || self.byline(it.first));
        let can_start =
            initial || given || (cue && (self.unknown(it) || fl & SURNAME != 0)) || self.shaped(items, k, &namey);
        if !can_start {
            return None;
        }
        // A given name that is also a word (`Candy Crush`, `Will Apple`)
        // starts a name only before a family name, one the article also
        // uses alone (`Mark Papermaster` ... `Papermaster`), or with a cue.
        if given && fl & COMMON != 0 && !cue && !initial {
            let family = items.get(k + 1).is_some_and(|x| {
                x.role == Role::Particle
                    || self.f(x) & PARTICLE != 0
                    || (namey(x)
                        && (self.f(x) & (GIVEN | SURNAME) != 0
                            || self.surname_like(x)
                            || self.w.cap_elsewhere(x.first)))
            });
            if !family && items.get(k + 1).is_some_and(|x| x.role == Role::Cap && x.join == Join::Space) {
                return None;
            }
        }
        let mut m = k;
        while m + 1 < items.len() && items[m].end == items[m].last {
            let nx = &items[m + 1];
            if nx.role == Role::Particle {
                let mut e = m + 1;
                while items.get(e).is_some_and(|x| x.role == Role::Particle) {
                    e += 1;
                }
                if items.get(e).is_some_and(&namey) {
                    m = e;
                    continue;
                }
                break;
            }
            // After a role, an unknown first name takes a last word that is
            // also a town's name (`champion Viswanathan Anand`).
            let town = cue
                && m == k
                && m + 2 == items.len()
                && self.unknown(it)
                && nx.role == Role::Cap
                && nx.join == Join::Space
                && self.f(nx) & !(CITY | VILLAGE | COMMON | PREFIX | SURNAME | GIVEN) == 0
                && !d.is(nx.first, ALLCAPS);
            if town {
                m += 1;
                break;
            }
            if !inner(nx) {
                // A title word that is also a surname ends a name
                // (`Martin Luther King`) when no name follows it.
                let nf = self.f(nx);
                // `Jr.` after it ends the name too (`Martin Luther King Jr.`).
                let generation = |x: &Item| x.join == Join::Space && super::words::generational(d.folded(x.first));
                let tail = nx.role == Role::Cap
                    && nf & TITLE != 0
                    && nf & SURNAME != 0
                    && m > k
                    && items.get(m + 2).map_or(true, |x| !namey(x) || generation(x));
                if tail {
                    m += 1;
                    if items.get(m + 1).is_some_and(generation) {
                        m += 1;
                    }
                }
                break;
            }
            m += 1;
        }
        if m == k && !cue {
            // A given name alone: only mid-sentence and when it is
            // nothing else (`Steve said`, not `Will Apple`).
            if initial || fl & (COMMON | PLACE_ANY | ORG | SURNAME) != 0 || self.weak(it) {
                return None;
            }
        }
        if m == k && cue && self.weak(it) && self.unknown(it) && self.w.in_headline(it.first) {
            return None;
        }
        Some(m)
    }

    /// Two or three capitalised words that no list knows, the last shaped
    /// like a family name (`Ararat Mirzoyan`, `Geoff Hurst`, `Kylian
    /// Mbappé`). Not after an article (`the Golden Boot`), and at a
    /// sentence start or in a headline only with a foreign-looking last
    /// word and a first word the article never writes in lower case.
    fn shaped(&self, items: &[Item], k: usize, namey: &dyn Fn(&Item) -> bool) -> bool {
        let d = self.w.doc;
        let it = &items[k];
        let fl = self.f(it);
        if fl & !(SURNAME | COMMON | PREFIX) != 0
            || it.end != it.last
            || d.is(it.first, ALLCAPS)
            || self.w.in_headline(it.first)
        {
            return false;
        }
        if it.first > 0 && self.w.lower(it.first - 1) && DETERMINERS.contains(&d.folded(it.first - 1)) {
            return false;
        }
        let rest: Vec<&Item> =
            items[k + 1..].iter().take(2).take_while(|x| x.role == Role::Cap && x.join == Join::Space).collect();
        // A particle after unknown capitals and before another name marks a
        // foreign name (`Edson Arantes do Nascimento`).
        let at = k + rest.len() + 1;
        let particle_after = items.get(at).is_some_and(|x| x.role == Role::Particle)
            && items[at..].iter().find(|x| x.role != Role::Particle).is_some_and(namey);
        // Not from a sentence's first word: an English word may open it
        // (`Born Edson ...`), and the name starts after it.
        if !rest.is_empty() && rest.iter().all(|x| namey(x)) && particle_after && !self.weak(it) {
            return true;
        }
        let Some(n) =
            (0..rest.len()).rev().find(|&n| rest[..=n].iter().all(|x| namey(x)) && self.surname_like(rest[n]))
        else {
            return false;
        };
        // The name must end there (`Competition Markets Authority` is not
        // one), unless a name goes on (`Luiz Inácio Lula da Silva`).
        let goes_on = |x: &Item| namey(x) && (self.f(x) & (GIVEN | SURNAME) != 0 || self.surname_like(x));
        if items.get(k + n + 2).is_some_and(|x| x.role == Role::Cap && x.join == Join::Space && !goes_on(x)) {
            return false;
        }
        let last = rest[n];
        let strong = family_suffix(self.w.doc.folded(last.first)) || accented(d.surface(last.first));
        if self.weak(it) {
            return strong && !self.w.seen_lower(it.first) && fl & COMMON == 0;
        }
        strong || self.f(last) & SURNAME != 0
    }

    /// A known surname, or a word shaped like one.
    fn surname_like(&self, x: &Item) -> bool {
        let d = self.w.doc;
        x.first == x.last
            && !d.is(x.first, ALLCAPS)
            && (self.f(x) & SURNAME != 0 || family_suffix(d.folded(x.first)) || accented(d.surface(x.first)))
    }

    /// A single capitalised word with no lexicon entry of its own kind:
    /// places written `City, State`, people with their age after them.
    pub(super) fn single(&mut self, items: &[Item], k: usize, cue: bool) {
        let d = self.w.doc;
        let it = items[k];
        // `FreshLink shares jumped`, `while Koelhaven stock fell`: a word no
        // list knows before a word of the stock market is a company; it
        // may open a sentence when the article never writes it in lower
        // case. (Echoes then find its other mentions.)
        let market = |t: usize| self.w.lower(t) && MARKET.contains(&d.folded(t));
        if k + 1 == items.len()
            && it.end == it.last
            && self.unknown(&it)
            && d.surface(it.first).chars().count() >= 3
            && market(it.end + 1)
            && (!self.weak(&it) || !self.w.seen_lower(it.first))
        {
            self.emit(Some(Label::Org), &it, &it, prio::LEXICON);
            return;
        }
        // A dateline: `LUSAIL, Qatar, Dec. 19.` opening a paragraph.
        if items.len() == 1
            && d.is(it.first, NL_BEFORE)
            && d.is(it.first, ALLCAPS)
            && d.surface(it.first).chars().count() >= 3
        {
            let j = it.end + 1;
            let place_after = self.w.is_punct(j, b',')
                && self.w.phrase(j + 1).is_some_and(|(_, h)| h.has(COUNTRY | REGION) && !h.has(ORG));
            if place_after && self.f(&it) & !(PREFIX | COMMON) == 0 {
                self.emit(Some(Label::Place), &it, &it, prio::LEXICON);
                return;
            }
        }
        if k + 1 != items.len() || self.weak(&it) || cue {
            return;
        }
        let fl = self.f(&it);
        if fl & (TITLE | NONNAME | STOP | DEMONYM | ORG_HEAD | ORG_LEGAL | FACILITY_HEAD | EVENT_HEAD) != 0 {
            return;
        }
        if d.is(it.first, ALLCAPS) {
            return;
        }
        let j = it.end + 1;
        if self.w.is_punct(j, b',') && it.end == it.last {
            // `Cupertino, California`
            if let Some((last, hit)) = self.w.phrase(j + 1) {
                if hit.has(COUNTRY | REGION) && !hit.has(ORG) && !self.w.is_punct(last + 1, b'-') {
                    self.emit(Some(Label::Place), &it, &it, prio::WEAK);
                    return;
                }
            }
            // `Papermaster, 49,`
            if d.number(j + 1).is_some_and(|n| (16..=110).contains(&n)) && matches!(d.punct_at(j + 2), Some(',')) {
                self.emit(Some(Label::Person), &it, &it, prio::WEAK);
            }
        }
    }

    /// For each piece of a run split at connectors: whether it takes a
    /// person cue from a neighbour across `and` that is a person.
    pub(super) fn coordinated_people(&self, items: &[Item], pieces: &[std::ops::Range<usize>]) -> Vec<bool> {
        let d = self.w.doc;
        let mut out = vec![false; pieces.len()];
        if pieces.len() < 2 || self.w.in_headline(items[0].first) {
            return out;
        }
        // Only a sure person lends its cue: not one whose given name is
        // also a word (`Candy Crush and Farm Heroes`).
        let is_person = |r: &std::ops::Range<usize>| {
            r.len() >= 2
                && self.f(&items[r.start]) & COMMON == 0
                && self.person(&items[r.clone()], 0, false) == Some(r.len() - 1)
        };
        let unknown_pair = |r: &std::ops::Range<usize>| {
            (2..=3).contains(&r.len())
                && items[r.clone()].iter().all(|x| {
                    x.role == Role::Cap
                        && x.join != Join::Hyphen
                        && self.f(x) & !(SURNAME | GIVEN | COMMON | PREFIX) == 0
                        && !d.is(x.first, ALLCAPS)
                })
        };
        // `Alireza Firouzja of France`: unknown words before `of` and a
        // country are a player or a delegate, not an organisation.
        let of_country: Vec<bool> = pieces
            .iter()
            .enumerate()
            .map(|(n, r)| {
                // A plural is a group's name (`Medical Teams of Ukraine`).
                let last = &items[r.end - 1];
                let plural = d.folded(last.last).ends_with('s') && self.f(last) & (GIVEN | SURNAME) == 0;
                unknown_pair(r)
                    && !plural
                    && pieces.get(n + 1).is_some_and(|next| {
                        next.start == r.end + 1
                            && d.word_is(items[r.end].first, "of")
                            && self.w.phrase(items[next.start].first).is_some_and(|(_, h)| h.has(COUNTRY))
                    })
            })
            .collect();
        for n in 0..pieces.len() {
            let and_with = |m: usize| {
                let (a, b) = if m < n { (&pieces[m], &pieces[n]) } else { (&pieces[n], &pieces[m]) };
                b.start == a.end + 1 && d.word_is(items[a.end].first, "and") && (of_country[m] || is_person(&pieces[m]))
            };
            let left = n > 0 && and_with(n - 1);
            let right = n + 1 < pieces.len() && and_with(n + 1);
            out[n] = of_country[n] || ((left || right) && unknown_pair(&pieces[n]));
        }
        out
    }
}
