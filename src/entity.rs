//! Resolved candidates → entities: surface text, base form, date value and
//! a group id shared by all mentions of the same real-world entity
//! (`İlham Əliyev`, `İ.Əliyev`, `Əliyevə`).

use crate::candidate::Candidate;
use crate::date::{Point, Timex};
use crate::fold::{fold_into, Folding};
use crate::hash::FastMap as HashMap;
use crate::types::{Entity, Label, LabelSet};
use std::borrow::Cow;

/// Builds the entities for the chosen candidates (sorted, disjoint).
pub fn finish<'a>(text: &'a str, chosen: Vec<Candidate>, labels: LabelSet, folding: Folding) -> Vec<Entity<'a>> {
    let mut out = Vec::with_capacity(chosen.len());
    for c in chosen {
        let Some(label) = c.label() else { continue };
        let (Some(surface), Some(base_raw)) = (text.get(c.start..c.end), text.get(c.start..c.base_end)) else {
            continue;
        };
        let base = if label == Label::Date { None } else { Some(base_form(base_raw, c.base_last)) };
        let value = c.value.filter(|v| four_digit_years(*v));
        out.push(Entity { start: c.start, end: c.end, label, text: surface, base, value, group: 0 });
    }
    assign_groups(&mut out, folding);
    out.retain(|e| labels.contains(e.label));
    out
}

/// A value TIMEX can write: years 0000..=9999 (as `refDate` takes them).
/// Relative dates counted from a reference date near year 1 or 9999 can
/// fall outside; such a date keeps its span and loses only its value.
fn four_digit_years(v: Timex) -> bool {
    let ok = |p: Point| match p {
        Point::Day { y, .. } | Point::Month { y, .. } => y.map_or(true, |y| (0..=9999).contains(&y)),
        Point::Year(y) | Point::Week { y, .. } | Point::Quarter { y, .. } | Point::Half { y, .. } => {
            (0..=9999).contains(&y)
        }
        Point::Decade(d) => (0..=999).contains(&d),
    };
    match v {
        Timex::One(p) => ok(p),
        Timex::Range(a, b) => ok(a) && ok(b),
    }
}

/// The base as written, minus any closing quote, with an alternated last
/// char put back.
fn base_form(raw: &str, last: Option<char>) -> Cow<'_, str> {
    let trimmed = raw.trim_end_matches(|c: char| is_quote(c) || c.is_whitespace() || c == '-');
    match last {
        None => Cow::Borrowed(trimmed),
        Some(l) => {
            let mut s: String = trimmed.to_string();
            s.pop();
            s.push(l);
            Cow::Owned(s)
        }
    }
}

pub fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '\'' | '’' | '‘' | '‹' | '›')
}

/// The name parts of an already folded base (words, with initials (`i.`)
/// kept as their letter) as far as grouping needs them: how many, how
/// many are not initials, the first and the last; `joined` gets them
/// joined by single spaces.
struct Parts<'s> {
    n: usize,
    words: usize,
    first: &'s str,
    last: &'s str,
}

fn parts<'s>(folded: &'s str, joined: &mut String) -> Parts<'s> {
    joined.clear();
    let mut p = Parts { n: 0, words: 0, first: "", last: "" };
    for w in folded.split(|c: char| c.is_whitespace() || c == '.').filter(|w| !w.is_empty()) {
        let w = w.trim_end_matches('\'');
        if p.n == 0 {
            p.first = w;
        } else {
            joined.push(' ');
        }
        joined.push_str(w);
        p.last = w;
        p.n += 1;
        p.words += usize::from(!is_initial(w));
    }
    p
}

fn is_initial(p: &str) -> bool {
    let mut c = p.chars();
    c.next().is_some() && c.next().is_none()
}

/// Group ids by label and key: looked up by `&str`, so a key is copied
/// only the first time it is seen. Ids count up in order of first sight.
struct Groups {
    maps: [HashMap<String, u32>; 4],
    next: u32,
}

impl Groups {
    fn of(&mut self, label: Label, key: &str) -> u32 {
        let map = &mut self.maps[label as usize];
        if let Some(&g) = map.get(key) {
            return g;
        }
        let g = self.next;
        self.next += 1;
        map.insert(key.to_string(), g);
        g
    }
}

fn assign_groups(ents: &mut [Entity<'_>], folding: Folding) {
    let mut groups = Groups { maps: Default::default(), next: 1 };
    // Full person names by surname, in text order: (position, first part, group).
    // (A mention is matched on its first and last parts only.)
    let mut by_surname: HashMap<String, Vec<(usize, String, u32)>> = HashMap::default();
    let mut pending: Vec<usize> = Vec::new();
    let (mut key, mut joined) = (String::new(), String::new());
    for (i, e) in ents.iter_mut().enumerate() {
        key.clear();
        match (&e.base, e.value) {
            (Some(b), _) => fold_into(b, folding, &mut key),
            (None, Some(v)) => v.push_to(&mut key),
            (None, None) => fold_into(e.text, folding, &mut key),
        }
        if e.label == Label::Person {
            let ps = parts(&key, &mut joined);
            if !(ps.n >= 2 && ps.words >= 2) {
                pending.push(i);
                continue;
            }
            let g = groups.of(Label::Person, &joined);
            by_surname.entry(ps.last.to_string()).or_default().push((i, ps.first.to_string(), g));
            e.group = g;
            continue;
        }
        e.group = groups.of(e.label, &key);
    }
    // The earliest full name by its first part, for a lone first name
    // that no surname list holds.
    let mut by_first: HashMap<&str, (usize, u32)> = HashMap::default();
    for (at, first, g) in by_surname.values().flatten() {
        let e = by_first.entry(first.as_str()).or_insert((*at, *g));
        if *at < e.0 {
            *e = (*at, *g);
        }
    }
    // Short person mentions join the nearest full name they fit, else
    // each other.
    for i in pending {
        let Some(e) = ents.get(i) else { continue };
        key.clear();
        if let Some(b) = e.base.as_deref() {
            fold_into(b, folding, &mut key);
        }
        let ps = parts(&key, &mut joined);
        // Every candidate below shares the mention's last part (the
        // surname it is listed under): a lone part fits any of them, an
        // initial and a surname those whose first part the initial opens.
        let initial = (ps.n == 2 && is_initial(ps.first)).then_some(ps.first);
        let fits = |first: &str| -> bool {
            match (ps.n, initial) {
                (1, _) => true,
                (2, Some(init)) => first.starts_with(init),
                _ => false,
            }
        };
        // The nearest full name before the mention, else the first after.
        let cands = (ps.n > 0).then(|| by_surname.get(ps.last)).flatten();
        // Each list is in text order: split it at the mention instead of
        // scanning it whole (that was quadratic on long texts).
        let split = cands.map(|v| v.split_at(v.partition_point(|(at, _, _)| *at < i)));
        let before = split.and_then(|(b, _)| b.iter().rev().find(|(_, f, _)| fits(f)).map(|(_, _, g)| *g));
        let after = split.and_then(|(_, a)| a.iter().find(|(_, f, _)| fits(f)).map(|(_, _, g)| *g));
        let from_surname = before.or(after);
        // Every full name a lone part can fit outside `cands` has it as
        // its first part.
        let from_first = || if ps.n == 1 { by_first.get(ps.first).map(|&(_, g)| g) } else { None };
        let g = from_surname.or_else(from_first).unwrap_or_else(|| groups.of(Label::Person, &joined));
        if let Some(e) = ents.get_mut(i) {
            e.group = g;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::candidate::prio;

    fn ent(text: &str, needle: &str, base_len: usize, label: Label) -> Candidate {
        let s = text.find(needle).unwrap();
        Candidate::entity(label, s, s + needle.len(), prio::LEXICON).with_base(s + base_len, None)
    }

    #[test]
    fn bases_and_groups() {
        let t = "İlham Əliyevə zəng. İ.Əliyev dedi. Əliyevin sözləri. Bakıda və Bakının.";
        let cands = vec![
            ent(t, "İlham Əliyevə", "İlham Əliyev".len(), Label::Person),
            ent(t, "İ.Əliyev", "İ.Əliyev".len(), Label::Person),
            ent(t, "Əliyevin", "Əliyev".len(), Label::Person),
            ent(t, "Bakıda", "Bakı".len(), Label::Place),
            ent(t, "Bakının", "Bakı".len(), Label::Place),
        ];
        let es = finish(t, cands, LabelSet::ALL, Folding::Turkic);
        assert_eq!(es[0].base.as_deref(), Some("İlham Əliyev"));
        assert_eq!(es[0].text, "İlham Əliyevə");
        assert_eq!(es[0].group, es[1].group);
        assert_eq!(es[0].group, es[2].group);
        assert_eq!(es[3].group, es[4].group);
        assert_ne!(es[0].group, es[3].group);
    }

    #[test]
    fn different_people_with_one_surname_stay_apart() {
        let t = "Heydər Əliyev və İlham Əliyev. Əliyev dedi.";
        let cands = vec![
            ent(t, "Heydər Əliyev", "Heydər Əliyev".len(), Label::Person),
            ent(t, "İlham Əliyev", "İlham Əliyev".len(), Label::Person),
            ent(t, "Əliyev dedi", "Əliyev".len(), Label::Person),
        ];
        let mut cs = cands;
        cs[2].end = cs[2].start + "Əliyev".len();
        let es = finish(t, cs, LabelSet::ALL, Folding::Turkic);
        assert_ne!(es[0].group, es[1].group);
        // A bare surname joins the nearest full name before it.
        assert_eq!(es[2].group, es[1].group);
    }

    #[test]
    fn quotes_and_alternation_leave_the_base() {
        assert_eq!(base_form("Qarabağ”", None), "Qarabağ");
        assert_eq!(base_form("Soyuqbulağ", Some('q')), "Soyuqbulaq");
    }

    #[test]
    fn label_filter_applies_after_grouping() {
        let t = "Bakı və Əliyev";
        let cands = vec![ent(t, "Bakı", 5, Label::Place), ent(t, "Əliyev", 8, Label::Person)];
        let es = finish(t, cands, [Label::Person].into_iter().collect(), Folding::Turkic);
        assert_eq!(es.len(), 1);
        assert_eq!(es[0].label, Label::Person);
    }
}
