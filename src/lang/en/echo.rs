//! Document-level consistency: a name recognised once is recognised in its
//! other mentions (`Steve Jobs` → `Jobs`, `NPD Group` → `NPD`), also where
//! a capital alone says nothing (sentence starts, Title Case headlines);
//! and an abbreviation in brackets after a name takes the name's label
//! (`European Commission (EC)`).

use super::words::Words;
use crate::candidate::{prio, Candidate, Kind};
use crate::hash::{insert_new, FastMap as HashMap};
use crate::lexicon::{COUNTRY, DEMONYM, NONNAME, ORG_LEGAL, PLACE_ANY, REGION, STOP, TITLE};
use crate::token::{SENT_START, SPACE_BEFORE};
use crate::types::Label;

/// Heads after which the rest of a company's name names it alone.
const COMPANY_HEADS: &[&str] =
    &["games", "group", "holdings", "entertainment", "studios", "technologies", "software", "systems", "motors"];

/// A name's folded words, joined by single spaces in one buffer: its
/// tails, heads and whole are slices of it, so a lookup copies nothing and
/// only a key not yet known is allocated.
#[derive(Default)]
struct KeyWords {
    joined: String,
    /// Byte range of each word in `joined`.
    words: Vec<(usize, usize)>,
}

impl KeyWords {
    /// Splits at (Unicode) white space and folds each word; an ASCII word
    /// (most of them) only needs its letters lowered.
    fn fill(&mut self, base: &str) {
        self.joined.clear();
        self.words.clear();
        for w in base.split_whitespace() {
            if !self.words.is_empty() {
                self.joined.push(' ');
            }
            let start = self.joined.len();
            if w.is_ascii() {
                self.joined.push_str(w);
                if let Some(new) = self.joined.get_mut(start..) {
                    new.make_ascii_lowercase();
                }
            } else {
                crate::fold::fold_into(w, crate::fold::Folding::Default, &mut self.joined);
            }
            self.words.push((start, self.joined.len()));
        }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    fn word(&self, k: usize) -> &str {
        self.words.get(k).and_then(|&(a, b)| self.joined.get(a..b)).unwrap_or("")
    }

    /// Words `k..` (all of them from 0).
    fn from(&self, k: usize) -> &str {
        self.words.get(k).and_then(|&(a, _)| self.joined.get(a..)).unwrap_or("")
    }

    /// Words `..k`.
    fn until(&self, k: usize) -> &str {
        k.checked_sub(1).and_then(|l| self.words.get(l)).and_then(|&(_, b)| self.joined.get(..b)).unwrap_or("")
    }
}

/// Adds bracketed abbreviations after the names found so far.
pub fn brackets(w: &Words<'_, '_>, used: &[bool], out: &mut Vec<Candidate>) {
    let d = w.doc;
    let mut by_end: HashMap<usize, (Kind, usize)> = HashMap::default();
    for c in out.iter() {
        if c.label() != Some(Label::Date) {
            by_end.insert(c.end, (c.kind, c.start));
        }
    }
    for t in 1..d.len() {
        let Some(a) = w.bracketed_abbrev(t, used) else {
            continue;
        };
        let Some(&(kind, start)) = by_end.get(&d.end(t - 1)) else {
            continue;
        };
        // The abbreviation of a one-word name starts with its letter
        // (`BTC` is not `Ceyhan`'s).
        let name = d.text.get(start..d.end(t - 1)).unwrap_or("");
        let first = |s: &str| s.chars().next().map(|c| c.to_ascii_uppercase());
        if !name.contains(' ') && first(name) != first(d.surface(a)) {
            continue;
        }
        // After an event's name the abbreviation is the event's: claimed,
        // not marked (`World Wide Developers Conference (WWDC)`).
        let p = if kind == Kind::Opaque { prio::FIXED } else { prio::STRUCTURE };
        out.push(Candidate::new(d.start(a), d.end(a), kind, p));
    }
}

/// Adds echo candidates for capitalised words no candidate covers.
pub fn find(w: &Words<'_, '_>, used: &[bool], out: &mut Vec<Candidate>) {
    let d = w.doc;
    let mut covered = vec![false; d.len()];
    // A name found elsewhere in the article outranks a place list's guess
    // about one word (`Gonzalez Rogers`, not the town of Rogers), so only
    // surer candidates and other people and organisations block an echo.
    let mut spans: Vec<(usize, usize)> = out
        .iter()
        .filter(|c| c.prio > prio::LEXICON || matches!(c.label(), Some(Label::Person | Label::Org)))
        .map(|c| (c.start, c.end))
        .collect();
    // Stable: it merges the passes' runs in text order instead of
    // partitioning them again.
    spans.sort();
    // One sweep: spans come by start, so the first token a span can
    // reach only moves right; a search per token cost more than the rest.
    let mut first = 0;
    for &(s, e) in &spans {
        while d.tokens.get(first).is_some_and(|tok| tok.end as usize <= s) {
            first += 1;
        }
        let mut t = first;
        while let Some(tok) = d.tokens.get(t).filter(|tok| (tok.start as usize) < e) {
            if tok.end as usize > s {
                if let Some(c) = covered.get_mut(t) {
                    *c = true;
                }
            }
            t += 1;
        }
    }
    // Known names: full names and their one-word forms. The first label
    // found for a form wins, but a place list's guess about one word comes
    // last: `Ibarra` in a headline is the `Ana Lucía Ibarra` of the text,
    // not the town.
    let mut names: HashMap<String, Label> = HashMap::default();
    let mut kw = KeyWords::default();
    // (A space test is enough: this only orders the names.)
    let one_word = |c: &Candidate| !d.text.get(c.start..c.end).is_some_and(|s| s.as_bytes().contains(&b' '));
    let guess = |c: &Candidate| c.label() == Some(Label::Place) && c.prio <= prio::LEXICON && one_word(c);
    let mut guesses = Vec::new();
    for c in out.iter() {
        if guess(c) {
            guesses.push(c);
        } else {
            learn(c, w, &mut kw, &mut names);
        }
    }
    for c in guesses {
        learn(c, w, &mut kw, &mut names);
    }
    if names.is_empty() {
        return;
    }
    let mut t = 0;
    let mut key = String::new();
    while t < d.len() {
        let skip = covered[t]
            || used.get(t).copied().unwrap_or(true)
            || !w.cap(t)
            || w.hit(t).flags & (STOP | TITLE | NONNAME | DEMONYM) != 0;
        if skip {
            t += 1;
            continue;
        }
        // Longest known name from here, units joined by single spaces.
        key.clear();
        let mut best = None;
        let mut j = t;
        for _ in 0..6 {
            if j >= d.len() || covered[j] || !w.cap(j) || (j > t && !d.is(j, SPACE_BEFORE)) {
                break;
            }
            let (last, end) = w.unit(j);
            if !key.is_empty() {
                key.push(' ');
            }
            // A unit's tokens are attached: its key is one folded slice.
            key.push_str(w.folded_span(j, last));
            if let Some(l) = names.get(&key) {
                best = Some((last, end, *l));
            }
            if end != last {
                break;
            }
            j = last + 1;
        }
        let Some((last, end, label)) = best else {
            t += 1;
            continue;
        };
        // `Intel-based`: a modifier, not a mention.
        if w.is_punct(end + 1, b'-') && d.attached(end + 1) && w.lower(end + 2) {
            t = end + 1;
            continue;
        }
        // A person's name echoed outranks a place list's word (see above),
        // except a country's or region's name standing alone.
        let several = (t..=last).any(|x| d.is(x, SPACE_BEFORE) && x > t);
        let p = if label == Label::Person && (several || !w.has(t, COUNTRY | REGION)) {
            prio::LEXICON + 1
        } else {
            prio::ECHO
        };
        // `Gotabaya Rajapaksa fled`: a family's name echoed right after a
        // sentence's first word that no list knows and the article never
        // writes in lower case takes that word as the given name.
        let given = t.checked_sub(1).filter(|&g| {
            label == Label::Person
                && !several
                && d.is(g, SENT_START)
                && w.cap(g)
                && d.is(t, SPACE_BEFORE)
                && !covered[g]
                && !used.get(g).copied().unwrap_or(true)
                && w.hit(g).flags == 0
                && !w.seen_lower(g)
                && d.surface(g).chars().all(char::is_alphabetic)
        });
        let from = given.unwrap_or(t);
        out.push(Candidate::new(d.start(from), d.end(end), Kind::Entity(label), p).with_base(d.end(last), None));
        t = end + 1;
    }
}

/// Adds a found name's forms to `names` (the first label for a form stays).
fn learn(c: &Candidate, w: &Words<'_, '_>, kw: &mut KeyWords, names: &mut HashMap<String, Label>) {
    let d = w.doc;
    let Kind::Entity(label) = c.kind else {
        return;
    };
    if label == Label::Date || c.prio <= prio::WEAK {
        return;
    }
    let Some(base) = d.text.get(c.start..c.base_end) else {
        return;
    };
    kw.fill(base);
    let n = kw.len();
    match (label, n) {
        (_, 0) => {}
        (_, 1) => insert_new(names, kw.word(0), label),
        (Label::Person, _) => {
            // `Ferdinand Marcos Jr.` goes on as `Marcos`.
            let n = if n > 2 && super::words::generational(kw.word(n - 1)) { n - 1 } else { n };
            let last = kw.word(n - 1);
            if last.chars().count() >= 3 && !last.ends_with('.') {
                insert_new(names, last, label);
            }
            // A first name no list knows is often the name the
            // article goes on with (`Gukesh Dommaraju` → `Gukesh`);
            // a common one (`Steve`) may be anyone's.
            let first = kw.word(0);
            if n == 2 && first.chars().count() >= 3 && !w.lex.get(first).is_entry() && !first.ends_with('.') {
                insert_new(names, first, label);
            }
            // Every tail of the name: `Yvonne Gonzalez Rogers` →
            // `Gonzalez Rogers`.
            for k in 0..n - 1 {
                insert_new(names, kw.from(k), label);
            }
        }
        (_, _) => {
            insert_new(names, kw.from(0), label);
            // `NPD Group` → `NPD`, `Apple Inc.` → `Apple`, `Epic Games`
            // → `Epic`: a company's distinctive part names it alone.
            let last = kw.word(n - 1);
            let company = w.lex.get(last).has(ORG_LEGAL) || COMPANY_HEADS.contains(&last);
            let plain =
                (0..n - 1).all(|k| w.lex.get(kw.word(k)).flags & (STOP | DEMONYM | PLACE_ANY | TITLE | NONNAME) == 0);
            if label == Label::Org && company && plain {
                insert_new(names, kw.until(n - 1), label);
                // `Lumora Health Inc.` → `Lumora`: a first word no list
                // knows is the company's own.
                let first = kw.word(0);
                if n >= 3 && first.chars().count() >= 3 && !w.lex.get(first).is_entry() && !first.ends_with('.') {
                    insert_new(names, first, label);
                }
            }
        }
    }
}
