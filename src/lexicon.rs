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

/// Offsets of the keys and the first-byte buckets, built at first use.
struct Index {
    offs: Vec<u32>,
    first: [u32; 257],
    /// A two-probe Bloom filter over the keys: most lookups are of words
    /// that are in no list, and this rejects them without a search.
    bloom: Vec<u64>,
}

const BLOOM_BITS: usize = 1 << 18;

fn bloom_probes(key: &str) -> (usize, usize) {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key.as_bytes() {
        h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    ((h as usize) % BLOOM_BITS, ((h >> 32) as usize) % BLOOM_BITS)
}

/// A language's lexicon table.
pub struct Lexicon {
    keys: &'static str,
    lens: &'static [u8],
    offs: OnceLock<Index>,
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

    fn index(&self) -> &Index {
        self.offs.get_or_init(|| {
            let mut offs = Vec::with_capacity(self.lens.len() + 1);
            let mut at = 0u32;
            offs.push(0);
            for &l in self.lens {
                at += l as u32;
                offs.push(at);
            }
            // Where each first byte's keys start, so a lookup searches only
            // the keys sharing the first byte.
            let mut first = [0u32; 257];
            let mut k = 0usize;
            for b in 0..256usize {
                while k < self.lens.len() && self.keys.as_bytes().get(offs[k] as usize).map_or(0, |&x| x as usize) < b {
                    k += 1;
                }
                first[b] = k as u32;
            }
            first[256] = self.lens.len() as u32;
            let mut bloom = vec![0u64; BLOOM_BITS / 64];
            for i in 0..self.lens.len() {
                let key = self.keys.get(offs[i] as usize..offs[i + 1] as usize).unwrap_or("");
                let (a, b) = bloom_probes(key);
                bloom[a / 64] |= 1 << (a % 64);
                bloom[b / 64] |= 1 << (b % 64);
            }
            Index { offs, first, bloom }
        })
    }

    fn offsets(&self) -> &[u32] {
        &self.index().offs
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
        let idx = self.index();
        let (pa, pb) = bloom_probes(key);
        if idx.bloom[pa / 64] & (1 << (pa % 64)) == 0 || idx.bloom[pb / 64] & (1 << (pb % 64)) == 0 {
            return Hit::default();
        }
        let offs = &idx.offs[..];
        let b = *key.as_bytes().first().unwrap_or(&0) as usize;
        let (mut lo, mut hi) = (idx.first[b] as usize, idx.first[b + 1] as usize);
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
