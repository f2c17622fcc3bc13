//! Clubs named after their towns (`Leinster 24 Toulouse 31`, `beat
//! Leinster 31-24`): in a match report the town's name is the team, an
//! organisation, wherever it plays, scores or is beaten. A score names the
//! teams; in a report that has one, the verbs of a fixture (`beating
//! Cardiff`, `against Munster`, `will meet Northampton Saints or
//! Bordeaux-Bègles`) name more. Countries stay places: national sides are
//! marked as their country.

use super::words::Words;
use crate::candidate::{prio, Candidate, Kind};
use crate::lexicon::{COUNTRY, DEMONYM, MONTH, STOP, TITLE, WEEKDAY};
use crate::token::{Kind as TokKind, NL_BEFORE, SPACE_BEFORE};
use crate::types::Label;

/// Words longest for a team's name.
const MAX_WORDS: usize = 3;

/// Verbs and prepositions of a fixture before the team they name.
const FIXTURE: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "beaten",
    "defeated",
    "defeating",
    "edged",
    "thrashed",
    "against",
    "meet",
    "meets",
    "meeting",
    "face",
    "faces",
    "facing",
    "host",
    "hosts",
    "hosting",
    "visit",
    "visits",
];

/// Adds the organisation reading of every mention of a team.
pub fn find(w: &Words<'_, '_>, used: &[bool], out: &mut Vec<Candidate>) {
    let d = w.doc;
    // A report names a handful of teams: a list searched in order is
    // enough, and keeps a string-set type out of the .wasm.
    let mut teams: Vec<String> = Vec::new();
    // Scores are short numbers: the other tokens are passed over here.
    let short = d.tokens.iter().enumerate().filter(|(_, k)| k.kind == TokKind::Num && k.end - k.start <= 3);
    for (t, _) in short {
        if let Some((a, b)) = score(w, t) {
            // On a score line the second team stands between the numbers.
            let between = name_from(w, a + 1).filter(|&(_, last)| last + 1 == b);
            for name in [before(w, a), between, after_score(w, b)].into_iter().flatten() {
                add(w, name, &mut teams);
            }
        }
    }
    if teams.is_empty() {
        return;
    }
    // A report with a score: fixtures name the other teams.
    for t in 0..d.len() {
        if w.lower(t) && FIXTURE.contains(&d.folded(t)) {
            if let Some(name) = name_from(w, t + 1) {
                add(w, name, &mut teams);
                // `Northampton Saints or Bordeaux-Bègles`
                let next = name.1 + 1;
                if d.word_is(next, "or") || d.word_is(next, "and") {
                    if let Some(other) = name_from(w, next + 1) {
                        add(w, other, &mut teams);
                    }
                }
            }
        }
    }
    // In a match report a bare half is the match's, not the year's
    // (`early in the second half`, `a first-half try`).
    out.retain(|c| {
        !(c.label() == Some(Label::Date)
            && d.text.get(c.start..c.end).is_some_and(|s| {
                ["first half", "second half", "first-half", "second-half"].iter().any(|h| s.eq_ignore_ascii_case(h))
            }))
    });
    // Only a token that opens some team's name is looked at further.
    // (A key's first word token ends at its first mark or space:
    // `bordeaux-bègles`, `st. louis`.)
    let firsts: Vec<&str> = teams.iter().filter_map(|k| k.split(|c: char| !c.is_alphanumeric()).next()).collect();
    let mut t = 0;
    while t < d.len() {
        if !w.cap(t) || !firsts.contains(&d.folded(t)) {
            t += 1;
            continue;
        }
        match mention(w, &teams, t, used) {
            Some(last) => {
                let end = w.possessive(last).unwrap_or(last);
                out.push(
                    Candidate::new(d.start(t), d.end(end), Kind::Entity(Label::Org), prio::STRUCTURE)
                        .with_base(d.end(last), None),
                );
                t = end + 1;
            }
            None => t += 1,
        }
    }
}

/// A score at token `t`: `31-24`, `31–24`, or `Leinster 24 Toulouse 31`
/// on a line of its own. Returns the tokens of the two numbers.
fn score(w: &Words<'_, '_>, t: usize) -> Option<(usize, usize)> {
    let d = w.doc;
    let small = |k: usize| {
        d.kind(k) == Some(TokKind::Num) && d.end(k) - d.start(k) <= 3 && d.number(k).is_some_and(|n| n <= 200)
    };
    // `31-24` (the shape first: most numbers are no score)
    let dash = d.attached(t + 1) && (w.is_punct(t + 1, b'-') || d.punct_at(t + 1) == Some('–'));
    if dash && d.attached(t + 2) {
        return (small(t) && small(t + 2)).then_some((t, t + 2));
    }
    // `Leinster 24 Toulouse 31`: a line of a name, a number, a name and
    // a number.
    if !(t > 0 && w.cap(t - 1) && w.cap(t + 1) && small(t)) {
        return None;
    }
    let (_, last) = name_from(w, t + 1)?;
    let m = last + 1;
    let (first, _) = before(w, t)?;
    let line_end = d.kind(m + 1).is_none() || d.is(m + 1, NL_BEFORE);
    (small(m) && d.is(m, SPACE_BEFORE) && line_end && d.is(first, NL_BEFORE)).then_some((t, m))
}

/// The team named right before a score's first number (`beat Leinster
/// 31-24`, `Leinster 24`).
fn before(w: &Words<'_, '_>, n: usize) -> Option<(usize, usize)> {
    let d = w.doc;
    let last = n.checked_sub(1).filter(|&k| w.cap(k) && d.is(n, SPACE_BEFORE))?;
    let mut first = last;
    while first > 0 && first + MAX_WORDS > last + 1 && w.cap(first - 1) && joined(w, first) {
        first -= 1;
    }
    Some((first, last))
}

/// The team after a score's second number: `31-22 by Toulouse`, `3-1 win
/// over Leinster`.
fn after_score(w: &Words<'_, '_>, m: usize) -> Option<(usize, usize)> {
    let d = w.doc;
    let mut k = m + 1;
    if d.word_is(k, "win") || d.word_is(k, "victory") || d.word_is(k, "defeat") {
        k += 1;
    }
    (d.word_is(k, "by") || d.word_is(k, "over") || d.word_is(k, "against")).then(|| name_from(w, k + 1)).flatten()
}

/// The capitalised name starting at token `t` (up to `MAX_WORDS` words
/// joined by spaces or hyphens), as (first, last) tokens.
fn name_from(w: &Words<'_, '_>, t: usize) -> Option<(usize, usize)> {
    if !w.cap(t) || w.has(t, STOP | TITLE | MONTH | WEEKDAY | DEMONYM) {
        return None;
    }
    let mut last = t;
    let mut words = 1;
    while words < MAX_WORDS {
        let hyphen = w.is_punct(last + 1, b'-') && w.doc.attached(last + 1) && w.doc.attached(last + 2);
        let next = if hyphen { last + 2 } else { last + 1 };
        if !w.cap(next) || !(hyphen || joined(w, next)) {
            break;
        }
        last = next;
        words += 1;
    }
    Some((t, last))
}

/// Token `t` continues the name before it across a single space on the
/// same line.
fn joined(w: &Words<'_, '_>, t: usize) -> bool {
    w.doc.is(t, SPACE_BEFORE) && !w.doc.is(t, NL_BEFORE)
}

/// The folded words of tokens `first..=last`, as team keys store them.
fn key(w: &Words<'_, '_>, first: usize, last: usize) -> String {
    let mut k = String::new();
    for t in first..=last {
        if w.doc.is(t, SPACE_BEFORE) && t > first {
            k.push(' ');
        }
        k.push_str(w.doc.folded(t));
    }
    k
}

fn add(w: &Words<'_, '_>, (first, last): (usize, usize), teams: &mut Vec<String>) {
    // A country's side is marked as the country.
    if first == last && w.has(first, COUNTRY) {
        return;
    }
    if let Some((l, h)) = w.phrase(first) {
        if l == last && h.has(COUNTRY) {
            return;
        }
    }
    let k = key(w, first, last);
    if !teams.contains(&k) {
        teams.push(k);
    }
}

/// A mention of a team starting at token `t`: the longest team name there,
/// standing alone (not the start of a longer name such as `Cardiff Arms
/// Park`) and not after a preposition of place (`in Toulouse`). Returns
/// its last token.
fn mention(w: &Words<'_, '_>, teams: &[String], t: usize, used: &[bool]) -> Option<usize> {
    let d = w.doc;
    if !w.cap(t) || used.get(t).copied().unwrap_or(true) {
        return None;
    }
    let (_, most) = name_from(w, t)?;
    let last = (t..=most).rev().find(|&l| teams.contains(&key(w, t, l)))?;
    let headline = w.in_headline(t);
    let longer = w.cap(last + 1) && joined(w, last + 1) && !headline;
    let inside = t > 0 && w.cap(t - 1) && joined(w, t) && !headline;
    let placed = t > 0 && w.lower(t - 1) && matches!(d.folded(t - 1), "in" | "at" | "near" | "from" | "outside");
    (!longer && !inside && !placed).then_some(last)
}
