//! Name particles before a family name (`von der Leyen`, `da Silva`). A
//! capitalised run starts at a capital, so a particle that opens a name
//! (lower case mid-sentence, or capitalised at a sentence's start) is left
//! outside it; this pass puts it back into the person's span, and names a
//! person after such particles even where no other rule did: English words
//! are never written `von X` or `da X`.

use super::words::Words;
use crate::candidate::{prio, Candidate, Kind, SpanIndex};
use crate::hash::FastSet as HashSet;
use crate::lexicon::{GIVEN, PARTICLE, PREFIX, SURNAME};
use crate::token::{ALLCAPS, NL_BEFORE, SENT_START, SPACE_BEFORE};
use crate::types::Label;

/// Particles that are also articles (`al Jazeera`, `la Liga`, `El
/// Salvador`) or English words (`do`) open no name by themselves.
const NOT_LEADING: &[&str] = &["al", "el", "la", "le", "do"];

/// Adds the particles before each person's name to its span, and a person
/// for `particles + unknown capitalised word` that nothing else claimed.
pub fn find(w: &Words<'_, '_>, used: &[bool], out: &mut Vec<Candidate>) {
    let d = w.doc;
    let token_at = |byte: usize| d.tokens.binary_search_by_key(&byte, |t| t.start as usize).ok();
    for c in out.iter_mut() {
        if c.label() != Some(Label::Person) {
            continue;
        }
        if let Some(p) = token_at(c.start).and_then(|t| leading(w, used, t)) {
            c.start = d.start(given_before(w, used, p));
        }
    }
    // Other labels' spans, and where people start.
    let taken = SpanIndex::new(out.iter().filter(|c| c.label() != Some(Label::Person)).map(|c| (c.start, c.end)));
    let overlaps = |s: usize, e: usize| taken.overlaps(s, e);
    let starts: HashSet<usize> = out.iter().map(|c| c.start).collect();
    let mut extra = Vec::new();
    for t in 1..d.len() {
        if !w.cap(t)
            || used.get(t).copied().unwrap_or(true)
            || d.is(t, ALLCAPS)
            || w.hit(t).flags & !(PREFIX | SURNAME | GIVEN) != 0
        {
            continue;
        }
        let Some(p) = leading(w, used, t) else {
            continue;
        };
        let (last, end) = w.unit(t);
        let (s, e) = (d.start(given_before(w, used, p)), d.end(end));
        if overlaps(s, e) || starts.contains(&s) {
            continue;
        }
        extra.push(Candidate::new(s, e, Kind::Entity(Label::Person), prio::LEXICON).with_base(d.end(last), None));
    }
    out.extend(extra);
}

/// The first of one or two particles right before token `t`, when they
/// open a name: lower case, or capitalised where a sentence starts.
fn leading(w: &Words<'_, '_>, used: &[bool], t: usize) -> Option<usize> {
    let d = w.doc;
    // A particle is a word of its own (not the `-da` of `26-da`) on the
    // same line as the name it opens.
    let particle = |p: usize| {
        d.is_word(p)
            && w.has(p, PARTICLE)
            && (p == 0 || d.is(p, SPACE_BEFORE))
            && d.is(p + 1, SPACE_BEFORE)
            && !d.is(p + 1, NL_BEFORE)
            && !used.get(p).copied().unwrap_or(true)
            && (w.lower(p) || d.is(p, SENT_START))
    };
    let mut p = t.checked_sub(1).filter(|&p| particle(p))?;
    if p > 0 && particle(p - 1) && !d.is(p, SENT_START) {
        p -= 1;
    }
    // Inside a run a particle joins the capitals around it already; a
    // capitalised word right before means this is no name's start, unless
    // its capital says nothing (`Later von der Leyen`).
    let after_cap = p > 0 && w.cap(p - 1) && !w.weak_cap(p - 1) && d.is(p, SPACE_BEFORE) && !d.is(p, SENT_START);
    (!after_cap && !NOT_LEADING.contains(&d.folded(p))).then_some(p)
}

/// `Dieter von Rautenberg, 61, denies…`: a sentence's first word right
/// before the particles is the given name when no list knows it as
/// anything else and the article never writes it in lower case
/// (`Later von der Leyen said` keeps `Later` out). Returns where the
/// name starts: that word, or the first particle `p`.
fn given_before(w: &Words<'_, '_>, used: &[bool], p: usize) -> usize {
    let d = w.doc;
    let given = p.checked_sub(1).filter(|&g| {
        d.is(g, SENT_START)
            && w.cap(g)
            && d.is(p, SPACE_BEFORE)
            && !used.get(g).copied().unwrap_or(true)
            && w.hit(g).flags & !(GIVEN | SURNAME | PREFIX) == 0
            && !w.seen_lower(g)
            && d.surface(g).chars().all(char::is_alphabetic)
    });
    given.unwrap_or(p)
}
