//! A name followed by its own abbreviation in brackets (`National People's
//! Power (NPP)`, `Indian Space Research Organisation (ISRO)`): the
//! abbreviation's letters are the initials of the name's capitalised
//! words, which tells exactly where the name starts, whatever the rules
//! guessed for its words (a nationality adjective left out, an unknown
//! party read as a person). Guideline 5 makes the name and the
//! abbreviation two spans of the same label.

use super::words::Words;
use crate::candidate::{prio, Candidate, Kind, SpanIndex};
use crate::token::{ALLCAPS, SPACE_BEFORE};
use crate::types::Label;

/// Lower-case words an official name may hold that its abbreviation skips.
const SKIPPED: &[&str] = &["of", "for", "and", "the", "on", "in", "de"];

/// Nouns after the bracket that say the name is an organisation's
/// (`National People's Power (NPP) coalition`).
const ORG_NOUNS: &[&str] = &[
    "party",
    "coalition",
    "alliance",
    "movement",
    "group",
    "agency",
    "company",
    "bank",
    "militia",
    "union",
    "council",
    "organisation",
    "organization",
    "government",
];

/// Longest abbreviation read, in letters.
const MAX_LETTERS: usize = 8;

/// Adds the name before each bracketed abbreviation that spells its
/// initials, and the abbreviation, with the name's label.
pub fn find(w: &Words<'_, '_>, used: &[bool], out: &mut Vec<Candidate>) {
    let d = w.doc;
    let mut extra = Vec::new();
    let mut index = None;
    let mut ids = Vec::new();
    for t in 1..d.len() {
        let Some(a) = w.bracketed_abbrev(t, used) else {
            continue;
        };
        let letters: Vec<char> = d.surface(a).chars().collect();
        if !(2..=MAX_LETTERS).contains(&letters.len()) {
            continue;
        }
        let Some(s) = name_start(w, used, t, &letters) else {
            continue;
        };
        let (start, end) = (d.start(s), d.end(t - 1));
        // Only a name some rule saw in part, or one an organisation noun
        // follows, is read: words no rule knows may be a product's or a
        // standard's (`Software Development Kit (SDK)`). A name found whole keeps its label (`European Economic
        // Area` a place); a person's name has no abbreviation, so a name
        // read as one is an organisation's; several places are a list
        // (`Baku-Tbilisi-Ceyhan (BTC)`).
        // One that ran on before the name (`Engineers of the ...`) is cut
        // back to it.
        // (Found through an index over the candidates, built at the first
        // abbreviation: a scan of them all per abbreviation was quadratic
        // on long texts.)
        let index = index.get_or_insert_with(|| SpanIndex::new(out.iter().map(|c| (c.start, c.end))));
        index.overlapping(start, end, &mut ids);
        let inside: Vec<&Candidate> =
            ids.iter().filter_map(|&i| out.get(i)).filter(|c| c.label() != Some(Label::Date)).collect();
        let org_after = w.lower(a + 2) && ORG_NOUNS.contains(&d.folded(a + 2));
        if (inside.is_empty() && !org_after) || inside.iter().any(|c| (c.start < start && c.end != end) || c.end > end)
        {
            continue;
        }
        let places = inside.iter().filter(|c| c.label() == Some(Label::Place)).count();
        let kind = match inside.iter().find(|c| c.start == start && c.end == end).map(|c| c.kind) {
            Some(Kind::Entity(Label::Person)) => Kind::Entity(Label::Org),
            Some(k) => k,
            None if places == inside.len() && places > 1 => continue,
            None if inside.iter().any(|c| c.kind == Kind::Opaque) => Kind::Opaque,
            None => Kind::Entity(Label::Org),
        };
        let p = if kind == Kind::Opaque { prio::FIXED } else { prio::STRUCTURE + 1 };
        extra.push(Candidate::new(start, end, kind, p));
        extra.push(Candidate::new(d.start(a), d.end(a), kind, p));
    }
    out.extend(extra);
}

/// The first token of the name before the bracket at `t` whose
/// capitalised words' initials spell `letters`.
fn name_start(w: &Words<'_, '_>, used: &[bool], t: usize, letters: &[char]) -> Option<usize> {
    let d = w.doc;
    let mut need = letters.len();
    let mut j = t;
    while j > 0 && need > 0 {
        j -= 1;
        if used.get(j).copied().unwrap_or(true) {
            return None;
        }
        let s = d.surface(j);
        if w.cap(j) {
            // `U.S.` gives a letter a unit, `People's` one; an abbreviation
            // inside the name may stand for all its letters (`NASA`).
            let n = s.chars().count();
            if d.is(j, ALLCAPS) && n <= need && s.chars().eq(letters[need - n..need].iter().copied()) {
                need -= n;
            } else if s.starts_with(letters[need - 1]) {
                need -= 1;
            } else {
                return None;
            }
            if need == 0 {
                return Some(j);
            }
            continue;
        }
        let glue = matches!(d.punct_at(j), Some('.' | '\'' | '’' | '&' | '-')) && d.attached(j);
        let poss = w.lower(j) && s == "s" && d.attached(j);
        let skipped = w.lower(j) && SKIPPED.contains(&d.folded(j)) && d.is(j, SPACE_BEFORE);
        // `Co-operation`: the letter is the compound's first part's.
        let hyphened = w.lower(j) && d.attached(j) && j > 0 && w.is_punct(j - 1, b'-');
        if !(glue || poss || skipped || hyphened) {
            return None;
        }
    }
    None
}
