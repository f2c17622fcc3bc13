//! An organisation's own body named after its possessive (`OSCE's Office
//! for Democratic Institutions and Human Rights`) is one name, as the
//! guidelines write `BMT-nin Rezident Əlaqələndirici Ofisi` (rules 4 and
//! 14); a country's possessive stays its own place (`Russia's Defence
//! Ministry`).

use super::words::Words;
use crate::candidate::{prio, Candidate, Kind};
use crate::hash::FastMap as HashMap;
use crate::types::Label;

/// Heads of the bodies an organisation has inside it.
const BODIES: &[&str] = &[
    "office",
    "council",
    "committee",
    "commission",
    "secretariat",
    "department",
    "directorate",
    "bureau",
    "division",
    "assembly",
    "board",
    "tribunal",
];

/// Adds one organisation over `X's` and the body named right after it.
pub fn find(w: &Words<'_, '_>, out: &mut Vec<Candidate>) {
    let d = w.doc;
    // Organisations named by a head (structure), by where they start.
    let mut bodies: HashMap<usize, (usize, usize, u8)> = HashMap::default();
    for c in out.iter() {
        if c.label() == Some(Label::Org) && c.prio >= prio::STRUCTURE {
            let e = bodies.entry(c.start).or_insert((c.end, c.base_end, c.prio));
            if c.end > e.0 {
                *e = (c.end, c.base_end, c.prio.max(e.2));
            }
        }
    }
    let mut extra = Vec::new();
    for c in out.iter() {
        if c.label() != Some(Label::Org) || c.base_end >= c.end {
            continue;
        }
        let possessive = d.text.get(c.base_end..c.end).is_some_and(|s| s.starts_with(['\'', '’']));
        let after = d.text.get(c.end..).and_then(|s| s.strip_prefix(' ')).map(|s| d.text.len() - s.len());
        let Some(&(end, base_end, p)) = after.and_then(|a| bodies.get(&a)) else {
            continue;
        };
        // A body within the organisation, not a company it owns (`the
        // Beatles' Apple Corps`).
        let body = d.text.get(after.unwrap_or(0)..base_end).is_some_and(|s| {
            let words: Vec<&str> = s.split_whitespace().collect();
            [words.first(), words.last()]
                .iter()
                .flatten()
                .any(|x| BODIES.contains(&crate::fold::fold(x, crate::fold::Folding::Default).as_str()))
        });
        if possessive && body {
            let n = Candidate::new(c.start, end, Kind::Entity(Label::Org), p.max(c.prio) + 1);
            extra.push(n.with_base(base_end, None));
        }
    }
    out.extend(extra);
}
