//! Document-level consistency: a name recognised once is recognised in its
//! other mentions (`Steve Jobs` → `Jobs`, `NPD Group` → `NPD`), also where
//! a capital alone says nothing (sentence starts, Title Case headlines);
//! and an abbreviation in brackets after a name takes the name's label
//! (`European Commission (EC)`).

use super::words::Words;
use crate::candidate::{prio, Candidate, Kind};
use crate::lexicon::{DEMONYM, NONNAME, ORG_LEGAL, STOP, TITLE};
use crate::token::{ALLCAPS, SPACE_BEFORE};
use crate::types::Label;
use std::collections::HashMap;

fn key_words(base: &str) -> Vec<String> {
    base.split_whitespace().map(|w| crate::fold::fold(w, crate::fold::Folding::Default)).collect()
}

/// Adds bracketed abbreviations after the names found so far.
pub fn brackets(w: &Words<'_, '_>, used: &[bool], out: &mut Vec<Candidate>) {
    let d = w.doc;
    let mut by_end: HashMap<usize, (Kind, usize)> = HashMap::new();
    for c in out.iter() {
        if c.label() != Some(Label::Date) {
            by_end.insert(c.end, (c.kind, c.start));
        }
    }
    for t in 1..d.len() {
        if d.punct_at(t) != Some('(') || !d.is(t, SPACE_BEFORE) {
            continue;
        }
        let a = t + 1;
        if !d.is(a, ALLCAPS) || used.get(a).copied().unwrap_or(true) || d.punct_at(a + 1) != Some(')') {
            continue;
        }
        let Some(&(kind, start)) = by_end.get(&d.end(t - 1)) else { continue };
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
    let mut spans: Vec<(usize, usize)> = out.iter().map(|c| (c.start, c.end)).collect();
    spans.sort_unstable();
    for (t, tok) in d.tokens.iter().enumerate() {
        let (s, e) = (tok.start as usize, tok.end as usize);
        let from = spans.partition_point(|sp| sp.1 <= s);
        covered[t] = spans[from..].iter().take_while(|sp| sp.0 < e).any(|sp| sp.1 > s);
    }
    // Known names: full names and their one-word forms.
    let mut names: HashMap<String, Label> = HashMap::new();
    for c in out.iter() {
        let Kind::Entity(label) = c.kind else { continue };
        if label == Label::Date || c.prio <= prio::WEAK {
            continue;
        }
        let Some(base) = d.text.get(c.start..c.base_end) else { continue };
        let words = key_words(base);
        match (label, words.as_slice()) {
            (_, []) => {}
            (_, [one]) => {
                names.entry(one.clone()).or_insert(label);
            }
            (Label::Person, [.., last]) => {
                if last.chars().count() >= 3 && !last.ends_with('.') {
                    names.entry(last.clone()).or_insert(label);
                }
                names.entry(words.join(" ")).or_insert(label);
            }
            (_, [init @ .., last]) => {
                names.entry(words.join(" ")).or_insert(label);
                // `NPD Group` → `NPD`, `Apple Inc.` → `Apple`.
                if label == Label::Org && w.lex.get(last).has(ORG_LEGAL) {
                    names.entry(init.join(" ")).or_insert(label);
                }
            }
        }
    }
    if names.is_empty() {
        return;
    }
    let mut t = 0;
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
        let mut key = String::new();
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
            key.push_str(&w.key(j, last));
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
        if d.punct_at(end + 1) == Some('-') && d.attached(end + 1) && d.is_lower_word(end + 2) {
            t = end + 1;
            continue;
        }
        out.push(Candidate::new(d.start(t), d.end(end), Kind::Entity(label), prio::ECHO).with_base(d.end(last), None));
        t = end + 1;
    }
}
