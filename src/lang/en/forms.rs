//! Token classes and the document's word forms: for each form written
//! with a capital, how often and after which words it stands, and whether
//! the article also writes it in lower case. One map over the forms that
//! are not lower case (a few thousand in a long article) instead of sets
//! over every word: lower-case words only mark forms already there.

use crate::hash::FastMap as HashMap;
use crate::token::{Doc, Kind, CAP, LOWER};

/// A word token.
pub const WORD: u8 = 1;
/// A word whose first letter is upper case (`Doc::is_cap_word`).
pub const CAP_WORD: u8 = 2;
/// A word whose first letter is lower case (`Doc::is_lower_word`).
pub const LOWER_WORD: u8 = 4;

/// Each token's class, as `Doc::is_word`, `is_cap_word` and
/// `is_lower_word` answer it, computed once instead of per question.
pub fn classes(doc: &Doc<'_>) -> Vec<u8> {
    doc.tokens
        .iter()
        .map(|t| {
            if t.kind != Kind::Word {
                0
            } else if t.flags & CAP != 0 {
                WORD | CAP_WORD
            } else if t.flags & LOWER != 0 {
                WORD | LOWER_WORD
            } else {
                WORD
            }
        })
        .collect()
}

#[derive(Clone, Copy)]
struct Form<'d> {
    /// Capitalised occurrences.
    caps: u32,
    /// The word before the first capitalised occurrence (`""` after none).
    prev: Option<&'d str>,
    /// Some capitalised occurrence follows another word than `prev`.
    mixed: bool,
    /// The article writes the form in lower case somewhere.
    lower: bool,
}

/// Bits in the filter that spares most lower-case words a map lookup.
pub(super) const FILTER_BITS: u32 = 15;

/// A cheap hash of a form's length and edge bytes for the filter: most
/// lower-case words (`the` aside) are never written with a capital.
pub(super) fn filter_slot(b: &[u8]) -> usize {
    let at = |k: usize| u32::from(b.get(k).copied().unwrap_or(0));
    let h = (b.len() as u32) ^ (at(0) << 8) ^ (at(1) << 16) ^ (at(b.len().wrapping_sub(1)) << 24);
    (h.wrapping_mul(0x9e37_79b1) >> (32 - FILTER_BITS)) as usize
}

pub struct Forms<'d> {
    map: HashMap<&'d str, Form<'d>>,
    /// The slots (`filter_slot`) of the forms in `map`.
    filter: Vec<u64>,
}

impl<'d> Forms<'d> {
    pub fn new(doc: &'d Doc<'_>, class: &[u8]) -> Forms<'d> {
        let mut map: HashMap<&'d str, Form<'d>> = HashMap::default();
        let mut filter = vec![0u64; 1 << (FILTER_BITS - 6)];
        let is_word = |p: usize| class.get(p).is_some_and(|c| c & WORD != 0);
        for (i, &c) in class.iter().enumerate() {
            if c & WORD == 0 || c & LOWER_WORD != 0 {
                continue;
            }
            let f = doc.folded(i);
            let e = map.entry(f).or_insert(Form { caps: 0, prev: None, mixed: false, lower: false });
            if c & CAP_WORD != 0 {
                let prev = i.checked_sub(1).filter(|&p| is_word(p)).map_or("", |p| doc.folded(p));
                e.caps += 1;
                match e.prev {
                    None => e.prev = Some(prev),
                    Some(p) => e.mixed |= p != prev,
                }
            }
            let s = filter_slot(f.as_bytes());
            if let Some(x) = filter.get_mut(s >> 6) {
                *x |= 1 << (s & 63);
            }
        }
        Forms { map, filter }
    }

    /// Notes that the article writes `f` (folded, `bytes` its bytes) in
    /// lower case. Every lower-case word must come through here once
    /// before `seen_lower` is asked.
    pub fn mark_lower(&mut self, f: &str, bytes: &[u8]) {
        let s = filter_slot(bytes);
        if self.filter.get(s >> 6).is_some_and(|x| x & (1 << (s & 63)) != 0) {
            if let Some(e) = self.map.get_mut(f) {
                e.lower = true;
            }
        }
    }

    /// Some lower-case word of the article is `f` (for forms that are not
    /// lower case themselves).
    pub fn seen_lower(&self, f: &str) -> bool {
        self.map.get(f).is_some_and(|e| e.lower)
    }

    /// Capitalised `f` stands somewhere after another word than `prev`.
    pub fn cap_elsewhere(&self, f: &str, prev: &str) -> bool {
        match self.map.get(f) {
            Some(e) if e.caps > 0 => e.mixed || e.prev != Some(prev),
            _ => false,
        }
    }
}
