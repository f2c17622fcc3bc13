//! Lexicon lookup: the static tables `build.rs` makes from `data/`.
//!
//! One sorted table a language maps a folded key (words joined by single
//! spaces) to category flags and a small payload. A binary search costs
//! about 15 string comparisons for the largest table, and there is nothing
//! to build at start-up.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));

/// Any place category.
pub const PLACE_ANY: u32 = COUNTRY | CITY | REGION | VILLAGE | GEO | FACILITY;
/// Places strong enough to mark without any other cue.
pub const PLACE_STRONG: u32 = COUNTRY | CITY | REGION | GEO | FACILITY;

/// A language's lexicon table.
pub struct Lexicon {
    keys: &'static str,
    lens: &'static [u8],
    offs: OnceLock<Vec<u32>>,
    flags: &'static [u32],
    payloads: &'static [u8],
}

/// What a lookup found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Hit {
    pub flags: u32,
    pub payload: u8,
}

impl Hit {
    #[inline]
    pub fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    /// True when the key is a complete entry (not only a phrase prefix).
    #[inline]
    pub fn is_entry(&self) -> bool {
        self.flags & !PREFIX != 0
    }
}

pub static AZ: Lexicon = Lexicon::new(AZ_KEYS, &AZ_LENS, &AZ_FLAGS, &AZ_PAYLOADS);
pub static EN: Lexicon = Lexicon::new(EN_KEYS, &EN_LENS, &EN_FLAGS, &EN_PAYLOADS);

impl Lexicon {
    const fn new(keys: &'static str, lens: &'static [u8], flags: &'static [u32], payloads: &'static [u8]) -> Lexicon {
        Lexicon { keys, lens, offs: OnceLock::new(), flags, payloads }
    }

    fn offsets(&self) -> &[u32] {
        self.offs.get_or_init(|| {
            let mut offs = Vec::with_capacity(self.lens.len() + 1);
            let mut at = 0u32;
            offs.push(0);
            for &l in self.lens {
                at += l as u32;
                offs.push(at);
            }
            offs
        })
    }

    #[inline]
    fn key_in(&self, offs: &[u32], i: usize) -> &'static str {
        let a = offs[i] as usize;
        let b = offs[i + 1] as usize;
        self.keys.get(a..b).unwrap_or("")
    }

    fn key(&self, i: usize) -> &'static str {
        self.key_in(self.offsets(), i)
    }

    pub fn len(&self) -> usize {
        self.flags.len()
    }

    pub fn is_empty(&self) -> bool {
        self.flags.is_empty()
    }

    /// Looks up a folded key.
    pub fn get(&self, key: &str) -> Hit {
        let offs = self.offsets();
        let (mut lo, mut hi) = (0usize, self.flags.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key_in(offs, mid).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    return Hit { flags: self.flags[mid], payload: self.payloads[mid] };
                }
            }
        }
        Hit::default()
    }

    /// Flags of a folded key (0 when absent).
    #[inline]
    pub fn flags(&self, key: &str) -> u32 {
        self.get(key).flags
    }

    /// Every entry with all of `flags`, for tests and tooling.
    pub fn entries_with(&self, flags: u32) -> impl Iterator<Item = &'static str> + '_ {
        (0..self.len()).filter(move |&i| self.flags[i] & flags == flags).map(move |i| self.key(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_unique() {
        for lx in [&AZ, &EN] {
            for i in 1..lx.len() {
                assert!(lx.key(i - 1) < lx.key(i), "{:?} !< {:?}", lx.key(i - 1), lx.key(i));
            }
        }
    }

    #[test]
    fn finds_places_names_and_phrase_prefixes() {
        assert!(AZ.get("azərbaycan").has(COUNTRY));
        assert!(AZ.get("bakı").has(CITY));
        assert!(AZ.get("ilham").has(GIVEN));
        assert!(AZ.get("dağlıq qarabağ").has(REGION | GEO | PLACE_ANY));
        assert!(AZ.get("dağlıq").has(PREFIX));
        assert_eq!(AZ.get("sentyabr").payload, 9);
        assert!(!AZ.get("zzzz").is_entry());
    }
}
