//! Lists of people: a single capitalised word between commas next to a
//! person's full name, or after `and` closing such a list, is one more
//! person (`tributes from Neymar, Lionel
//! Messi and Cristiano Ronaldo`), the way news lists players, ministers
//! or artists, some by one name.

use super::words::Words;
use crate::candidate::{prio, Candidate, Kind, SpanIndex};
use crate::hash::{FastMap as HashMap, FastSet as HashSet};
use crate::lexicon::{GIVEN, PREFIX, SURNAME};
use crate::token::ALLCAPS;
use crate::types::Label;

/// Adds the one-word people standing in a comma list beside a person.
pub fn find(w: &Words<'_, '_>, used: &[bool], out: &mut Vec<Candidate>) {
    let d = w.doc;
    // People of two words or more, by start and by end (the end mapped to
    // whether a comma stands before the name: `, Cristiano Ronaldo and`).
    let mut starts = HashSet::default();
    let mut ends: HashMap<usize, bool> = HashMap::default();
    for c in out.iter().filter(|c| c.label() == Some(Label::Person)) {
        if d.text.get(c.start..c.base_end).is_some_and(|s| s.contains(' ')) {
            starts.insert(c.start);
            let listed = d.text.get(..c.start).is_some_and(|s| s.trim_end().ends_with(','));
            *ends.entry(c.end).or_insert(false) |= listed;
        }
    }
    if starts.is_empty() {
        return;
    }
    let index = SpanIndex::new(out.iter().map(|c| (c.start, c.end)));
    let covered = |s: usize, e: usize| index.overlaps(s, e);
    let mut extra = Vec::new();
    for t in 1..d.len().saturating_sub(2) {
        let plain = w.cap(t)
            && !w.weak_cap(t)
            && !d.is(t, ALLCAPS)
            && !used.get(t).copied().unwrap_or(true)
            && w.hit(t).flags & !(PREFIX | GIVEN | SURNAME) == 0;
        if !plain {
            continue;
        }
        let (last, end) = w.unit(t);
        if last != t || covered(d.start(t), d.end(end)) {
            continue;
        }
        let comma_after = w.is_punct(end + 1, b',');
        let before_person = comma_after && starts.contains(&d.start(end + 2));
        let closes = comma_after || d.word_is(end + 1, "and") || w.is_punct(end + 1, b'.');
        let before = t.checked_sub(2).and_then(|p| ends.get(&d.end(p)).copied());
        // After a comma the word must close its item (`, Kestrel chief
        // executive` is an appositive); after `and` the list ends there.
        let after_person = (closes && w.is_punct(t - 1, b',') && before.is_some())
            || (d.word_is(t - 1, "and") && before == Some(true));
        if before_person || after_person {
            extra.push(Candidate::new(d.start(t), d.end(end), Kind::Entity(Label::Person), prio::OVER_WEAK));
        }
    }
    out.extend(extra);
}
