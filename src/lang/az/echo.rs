//! Document-level consistency: a name recognised once is recognised in its
//! other forms in the same article (`Blinken` → `Blinkenin`, `Kiş kəndi`
//! → `Kiş`, a headline's `Makron` from the body's `Emmanuel Makron`).

use super::morph::{self, Mode};
use super::words::Words;
use crate::candidate::{prio, Candidate, Kind};
use crate::hash::{insert_new, FastMap as HashMap};
use crate::lexicon::{NONNAME, STOP, TITLE};
use crate::token::Kind as TokKind;
use crate::types::Label;

/// Adds echo candidates for capitalised words no candidate covers.
pub fn find(w: &Words<'_, '_>, used: &[bool], out: &mut Vec<Candidate>) {
    let d = w.doc;
    // Token coverage of the candidates so far: each candidate marks its
    // tokens, found by binary search (linear in the text, however the
    // candidates overlap).
    // A weak place guess (a village name with no cue) leaves its token
    // open to a person's echo: `Həsənli` after `Tural Həsənli`.
    let mut covered = vec![false; d.len()];
    let mut guessed = vec![false; d.len()];
    for c in out.iter() {
        let guess = c.prio <= prio::WEAK && c.kind == Kind::Entity(Label::Place);
        let first = d.tokens.partition_point(|t| (t.end as usize) <= c.start);
        for (t, tok) in d.tokens.iter().enumerate().skip(first) {
            if tok.start as usize >= c.end {
                break;
            }
            if guess {
                guessed[t] = true;
            } else {
                covered[t] = true;
            }
        }
    }
    // Known names: one-word stems, and full person names.
    let mut single: HashMap<String, Label> = HashMap::default();
    let mut full: HashMap<String, Label> = HashMap::default();
    let mut folded = String::new();
    // The words' byte ranges in `folded`, and the full name joined by
    // single spaces: reused, so only a new key is allocated.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut joined = String::new();
    for c in out.iter() {
        let Kind::Entity(label) = c.kind else {
            continue;
        };
        if label == Label::Date {
            continue;
        }
        let Some(base) = d.text.get(c.start..c.base_end) else {
            continue;
        };
        folded.clear();
        crate::fold::fold_into(base, crate::fold::Folding::Turkic, &mut folded);
        word_ranges(&folded, &mut words);
        let word = |k: usize| words.get(k).and_then(|&(a, b)| folded.get(a..b)).unwrap_or("");
        match words.len() {
            0 => {}
            1 => {
                let one = word(0);
                if one.chars().count() >= 2 {
                    insert_new(&mut single, one, label);
                }
            }
            n => {
                if label == Label::Person {
                    let last = word(n - 1);
                    if last.chars().count() >= 3 {
                        insert_new(&mut single, last, label);
                    }
                    joined.clear();
                    for k in 0..n {
                        if k > 0 {
                            joined.push(' ');
                        }
                        joined.push_str(word(k));
                    }
                    insert_new(&mut full, &joined, label);
                }
            }
        }
    }
    if single.is_empty() && full.is_empty() {
        return;
    }
    let mut t = 0;
    while t < d.len() {
        if covered[t]
            || used[t]
            || d.kind(t) != Some(TokKind::Word)
            || !d.is_cap_word(t)
            || w.flags(t) & (STOP | TITLE | NONNAME) != 0
        {
            t += 1;
            continue;
        }
        if let Some((last, label)) = full_name(w, &full, &covered, t) {
            out.push(
                Candidate::new(d.start(t), w.unit_end(last), Kind::Entity(label), prio::ECHO)
                    .with_base(w.stem_end(last), None),
            );
            t = last + 1;
            continue;
        }
        let folded = d.folded(t);
        let (stem_chars, label) = if w.at(t).attached {
            match single.get(folded) {
                Some(l) => (folded.chars().count(), *l),
                None => {
                    t += 1;
                    continue;
                }
            }
        } else {
            // The stem split accepts may be the alternated one (`Uy|a` as
            // `Uk` + `-a`), not a prefix of the word: keep its label.
            let mut hit = None;
            let sp = morph::split(folded, Mode::Strict, |s| {
                hit = single.get(s).copied();
                hit.is_some()
            });
            match sp.zip(hit) {
                Some((sp, l)) => (sp.stem_chars, l),
                None => {
                    t += 1;
                    continue;
                }
            }
        };
        if guessed[t] && label != Label::Person {
            t += 1;
            continue;
        }
        let base_end = d.start(t) + super::words::first_chars(d.surface(t), stem_chars).len();
        let p = if guessed[t] { prio::OVER_WEAK } else { prio::ECHO };
        out.push(Candidate::new(d.start(t), w.unit_end(t), Kind::Entity(label), p).with_base(base_end, None));
        t = w.at(t).last + 1;
    }
}

/// The byte ranges of the words of `s`, split at white space and full
/// stops (`İ.Əliyev` is two words).
fn word_ranges(s: &str, out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut start = None;
    for (i, ch) in s.char_indices() {
        if ch.is_whitespace() || ch == '.' {
            if let Some(a) = start.take() {
                out.push((a, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(a) = start {
        out.push((a, s.len()));
    }
}

/// A full person name seen elsewhere, starting at token `t`.
fn full_name(w: &Words<'_, '_>, full: &HashMap<String, Label>, covered: &[bool], t: usize) -> Option<(usize, Label)> {
    let d = w.doc;
    let mut key = String::from(d.folded(t));
    let mut j = t;
    let mut best = None;
    for _ in 0..4 {
        let n = j + 1;
        if !d.is_cap_word(n) || !d.is(n, crate::token::SPACE_BEFORE) || covered[n] {
            break;
        }
        key.push(' ');
        let base = key.len();
        // Each stem the split tries is appended to the words so far in
        // place and cut off again: no string per try.
        let mut probe = |s: &str| {
            key.truncate(base);
            key.push_str(s);
            full.get(key.as_str()).copied()
        };
        if let Some(sp) = morph::split(d.folded(n), Mode::Strict, |s| probe(s).is_some()) {
            best = probe(d.folded(n).get(..sp.stem_len).unwrap_or("")).map(|l| (n, l));
        }
        key.truncate(base);
        key.push_str(d.folded(n));
        j = n;
    }
    best
}
