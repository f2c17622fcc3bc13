//! Quoted names: `“Benfika” klubu`, `“Report”a`, `"Azərbaycan Hava
//! Yolları" QSC`, `“Brigades” sarayı`, `“Hökmdar və qızı” pyesi`. The
//! word after the closing quote decides the label; a quote that no word
//! describes takes the label the same name got elsewhere in the article,
//! else ORG (in Azerbaijani news, quotes mostly wrap companies, clubs and
//! media).

use super::cues::{desc_after, Desc};
use super::morph::{self, Mode, PL};
use super::words::Words;
use crate::candidate::{prio, Candidate, Kind};
use crate::entity::is_quote;
use crate::hash::FastMap as HashMap;
use crate::lexicon::{
    CONNECTOR, EVENT_HEAD, FACILITY_HEAD, ORG, ORG_DESC, ORG_LEGAL, PARTICLE, PLACE_DESC, PLACE_STRONG, WORK_DESC,
};

/// The descriptor lists a plural noun after listed quotes is looked up in.
const PLACE_DESC_ANY: u32 = PLACE_DESC | ORG_DESC;
use crate::token::{Kind as TokKind, SENT_START, SPACE_BEFORE};
use crate::types::Label;

struct Quote {
    open: usize,
    close: usize,
}

fn closer_for(c: char) -> &'static [char] {
    match c {
        '“' => &['”', '“'],
        '«' => &['»'],
        '„' => &['“', '”'],
        '"' => &['"'],
        _ => &[],
    }
}

fn find_quotes(w: &Words<'_, '_>) -> Vec<Quote> {
    let d = w.doc;
    let mut out = Vec::new();
    let mut i = 0;
    while i < d.len() {
        let Some(c) = d.punct_at(i) else {
            i += 1;
            continue;
        };
        let closers = closer_for(c);
        // An opening quote stands before a word it touches.
        let opens = d.is_word(i + 1) || (d.kind(i + 1) == Some(TokKind::Num) && d.is_cap_word(i + 2));
        if closers.is_empty()
            || !opens
            || !d.attached(i + 1)
            || (c == '"' && i > 0 && !d.is(i, SPACE_BEFORE) && d.is_word(i - 1))
        {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut close = None;
        while j < d.len() && j <= i + 40 {
            if let Some(p) = d.punct_at(j) {
                if closers.contains(&p) && d.attached(j) {
                    close = Some(j);
                    break;
                }
                if matches!(p, '.' | '!' | '?' | '(' | ')' | '“' | '«') && !(p == '.' && d.attached(j + 1)) {
                    break;
                }
            }
            j += 1;
        }
        match close {
            Some(k) if k > i + 1 => {
                out.push(Quote { open: i, close: k });
                i = k + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// What follows a closing quote.
enum After {
    /// A suffix written onto the quote: `”ın`; the suffix token.
    Suffix(usize),
    /// A singular legal form: `" QSC`; its last token.
    Legal(usize),
    Desc(Desc),
}

pub fn find(w: &Words<'_, '_>, used: &mut [bool], out: &mut Vec<Candidate>) {
    let d = w.doc;
    let quotes = find_quotes(w);
    let mut known: HashMap<&str, Option<Label>> = HashMap::default();
    let mut pending = Vec::new();
    for q in &quotes {
        let (a, b) = (q.open + 1, q.close - 1);
        let content = &d.folded[d.tokens[a].fstart as usize..d.tokens[b].fend as usize];
        let name_like = is_name_like(w, a, b);
        let after = match after_quote(w, q.close) {
            After::Desc(Desc::None) => After::Desc(listed_desc_ahead(w, q.close)),
            a => a,
        };
        let works_list = plural_work_ahead(w, q.close);
        // A quoted title ending in a document or event head (`“… 2022–2028-ci
        // illər üçün Dövlət Proqramı”`) is opaque, dates and places inside
        // included.
        let titled = d.is_cap_word(b) && w.flags(b) & EVENT_HEAD != 0 && b > a;
        // `peyki “Azersky”nin`, `filmi “X”`: a work word before the quote.
        let work_before = q.open > 0 && d.is_lower_word(q.open - 1) && w.stem_in(q.open - 1, WORK_DESC).is_some();
        let decided: Option<Option<Label>> = match after {
            _ if titled || work_before => Some(None),
            After::Desc(Desc::Work | Desc::Event) => Some(None),
            _ if works_list => Some(None),
            // `“Azərbaycan müəllimi” qəzeti`: a title named by an
            // organisation word is that organisation, whatever its case.
            After::Desc(Desc::Org) if d.is_cap_word(a) => Some(Some(Label::Org)),
            _ if !name_like => {
                // A quoted phrase (a title, a slogan) is opaque unless it
                // speaks of a known place or organisation.
                let strong = (a..=b).any(|t| d.is_cap_word(t) && w.flags(t) & (PLACE_STRONG | ORG) != 0);
                if strong {
                    continue;
                }
                Some(None)
            }
            After::Legal(l) => {
                push(w, out, a, l, Some(Label::Org), d.end(b), prio::STRUCTURE);
                mark(used, a, b);
                continue;
            }
            After::Suffix(s) => {
                pending.push((a, b, Some(s)));
                mark(used, a, b);
                continue;
            }
            After::Desc(Desc::Place) => Some(Some(Label::Place)),
            After::Desc(Desc::Org) => Some(Some(Label::Org)),
            After::Desc(_) => None,
        };
        mark(used, a, b);
        match decided {
            Some(label) => {
                known.insert(content, label);
                if label == Some(Label::Place) && is_hyphen_list(w, a, b) {
                    // `“Azəri-Çıraq-Günəşli” yataqları`: one place a part.
                    let mut t = a;
                    while t <= b {
                        if d.is_word(t) {
                            push(w, out, t, t, label, d.end(t), prio::STRUCTURE);
                        }
                        t += 1;
                    }
                } else {
                    push(w, out, a, b, label, d.end(b), prio::STRUCTURE);
                }
            }
            None => pending.push((a, b, None)),
        }
    }
    for (a, b, suffix) in pending {
        let content = &d.folded[d.tokens[a].fstart as usize..d.tokens[b].fend as usize];
        // `“Neftçi Arena”da`: a facility's own head says it is a place.
        // `“Azerspace-1”`, `“Ariane-5”`: a name with a number hyphened to
        // it is a product (`“20 Yanvar”` is not).
        let numbered = (a..=b).any(|t| d.kind(t) == Some(TokKind::Num) && d.punct_at(t.wrapping_sub(1)) == Some('-'));
        // A date-named quote says what it is only by its descriptor.
        let default = if numbered || d.kind(a) == Some(TokKind::Num) {
            None
        } else if w.flags(b) & FACILITY_HEAD != 0 {
            Some(Label::Place)
        } else {
            Some(Label::Org)
        };
        let label = known.get(content).copied().unwrap_or(default);
        let last = suffix.unwrap_or(b);
        push(w, out, a, last, label, d.end(b), prio::STRUCTURE);
    }
}

fn mark(used: &mut [bool], a: usize, b: usize) {
    for u in used.iter_mut().take(b + 1).skip(a) {
        *u = true;
    }
}

fn push(
    w: &Words<'_, '_>,
    out: &mut Vec<Candidate>,
    a: usize,
    last: usize,
    label: Option<Label>,
    base_end: usize,
    p: u8,
) {
    let d = w.doc;
    let kind = label.map_or(Kind::Opaque, Kind::Entity);
    out.push(Candidate::new(d.start(a), d.end(last), kind, p).with_base(base_end, None));
}

/// Every word capitalised (particles and connectors aside), at most six
/// words, only hyphens and full stops between them.
fn is_name_like(w: &Words<'_, '_>, a: usize, b: usize) -> bool {
    let d = w.doc;
    let mut words = 0;
    for t in a..=b {
        match d.kind(t) {
            Some(TokKind::Word) => {
                words += 1;
                if !d.is_cap_word(t) && !w.exact(t).has(PARTICLE | CONNECTOR) {
                    return false;
                }
            }
            Some(TokKind::Num) => {}
            Some(TokKind::Punct) => {
                if !matches!(d.punct(t), '-' | '.' | '&' | '\'' | '’' | '+') {
                    return false;
                }
            }
            None => return false,
        }
    }
    // `“20 Yanvar”`, `“8 Noyabr”`: stations and streets named after a date.
    let date_named = d.kind(a) == Some(TokKind::Num) && d.is_cap_word(a + 1);
    (1..=6).contains(&words) && (d.is_cap_word(a) || date_named)
}

/// `Azəri-Çıraq-Günəşli`: capitalised words joined by hyphens only.
fn is_hyphen_list(w: &Words<'_, '_>, a: usize, b: usize) -> bool {
    let d = w.doc;
    b > a
        && (a..=b).all(|t| {
            if (t - a) % 2 == 0 {
                d.is_cap_word(t)
            } else {
                d.punct(t) == '-' && d.attached(t) && d.attached(t + 1)
            }
        })
}

fn after_quote(w: &Words<'_, '_>, close: usize) -> After {
    let d = w.doc;
    let j = close + 1;
    if d.attached(j) && d.is_lower_word(j) {
        let prev = d.folded(close - 1);
        if morph::chain(prev, d.folded(j), Mode::Lenient).is_some_and(|m| m != 0) {
            return After::Suffix(j);
        }
    }
    if d.is(j, SPACE_BEFORE) && d.is_cap_word(j) && w.exact(j).has(ORG_LEGAL) {
        let last = w.at(j).last;
        if w.at(j).morphs & PL == 0 {
            return After::Legal(last);
        }
        return After::Desc(Desc::None);
    }
    if d.is(j, SPACE_BEFORE) && d.is_lower_word(j) {
        return After::Desc(desc_after(w, close));
    }
    After::Desc(Desc::None)
}

/// `“Koroğlu”, “28 May” və “Nəriman Nərimanov” stansiyalarında`: quotes
/// listed with commas and `və` share the plural place or organisation
/// noun after the last one.
fn listed_desc_ahead(w: &Words<'_, '_>, close: usize) -> Desc {
    let d = w.doc;
    let mut j = close + 1;
    while j < d.len() && j <= close + 24 {
        // Between the quotes only commas and `və`.
        if !(w.doc.punct_at(j) == Some(',') || d.word_is(j, "və")) {
            return Desc::None;
        }
        let open = j + 1;
        if !d.punct_at(open).is_some_and(is_quote) {
            return Desc::None;
        }
        let Some(next) = (open + 1..(open + 12).min(d.len())).find(|&k| d.punct_at(k).is_some_and(is_quote)) else {
            return Desc::None;
        };
        if d.is(next + 1, SPACE_BEFORE) && d.is_lower_word(next + 1) && !d.word_is(next + 1, "və") {
            let plural = w.stem_in(next + 1, PLACE_DESC_ANY).is_some_and(|(_, sp)| sp.morphs & PL != 0);
            return match desc_after(w, next) {
                desc @ (Desc::Place | Desc::Org) if plural => desc,
                _ => Desc::None,
            };
        }
        j = next + 1;
    }
    Desc::None
}

/// `“A”, “B” və “C” əsərləri`: a plural work word after a later quote in
/// the same sentence makes every title in the list a work.
fn plural_work_ahead(w: &Words<'_, '_>, close: usize) -> bool {
    let d = w.doc;
    let mut j = close + 1;
    while j < d.len() && j <= close + 24 && !d.is(j, SENT_START) {
        if d.punct_at(j).is_some_and(is_quote) && d.is_lower_word(j + 1) && d.is(j + 1, SPACE_BEFORE) {
            if let Some((hit, sp)) = w.stem_in(j + 1, WORK_DESC) {
                return hit.has(WORK_DESC) && sp.morphs & PL != 0;
            }
        }
        j += 1;
    }
    false
}
