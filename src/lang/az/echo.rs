//! Document-level consistency: a name recognised once is recognised in its
//! other forms in the same article (`Blinken` → `Blinkenin`, `Kiş kəndi`
//! → `Kiş`, a headline's `Makron` from the body's `Emmanuel Makron`).

use super::morph::{self, Mode};
use super::words::Words;
use crate::candidate::{prio, Candidate, Kind};
use crate::hash::FastMap as HashMap;
use crate::lexicon::{NONNAME, STOP, TITLE};
use crate::token::Kind as TokKind;
use crate::types::Label;

/// Adds echo candidates for capitalised words no candidate covers.
pub fn find(w: &Words<'_, '_>, used: &[bool], out: &mut Vec<Candidate>) {
    let d = w.doc;
    // Token coverage of the candidates so far: each candidate marks its
    // tokens, found by binary search (linear in the text, however the
    // candidates overlap).
    let mut covered = vec![false; d.len()];
    for c in out.iter() {
        let first = d.tokens.partition_point(|t| (t.end as usize) <= c.start);
        for (t, tok) in d.tokens.iter().enumerate().skip(first) {
            if tok.start as usize >= c.end {
                break;
            }
            covered[t] = true;
        }
    }
    // Known names: one-word stems, and full person names.
    let mut single: HashMap<String, Label> = HashMap::default();
    let mut full: HashMap<String, Label> = HashMap::default();
    let mut folded = String::new();
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
        let words: Vec<&str> =
            folded.split(|ch: char| ch.is_whitespace() || ch == '.').filter(|x| !x.is_empty()).collect();
        match words.as_slice() {
            [] => {}
            [one] => {
                if one.chars().count() >= 2 && !single.contains_key(*one) {
                    single.insert(one.to_string(), label);
                }
            }
            [.., last] => {
                if label == Label::Person {
                    if last.chars().count() >= 3 && !single.contains_key(*last) {
                        single.insert(last.to_string(), label);
                    }
                    full.entry(words.join(" ")).or_insert(label);
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
        let s = d.surface(t);
        let base_end = d.start(t) + s.char_indices().nth(stem_chars).map_or(s.len(), |(b, _)| b);
        out.push(Candidate::new(d.start(t), w.unit_end(t), Kind::Entity(label), prio::ECHO).with_base(base_end, None));
        t = w.at(t).last + 1;
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
