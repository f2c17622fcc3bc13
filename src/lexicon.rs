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

/// The decoded keys, their offsets, the first-byte buckets and a Bloom
/// filter: built once at first use from the compact static form.
struct Index {
    keys: String,
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
    /// Front-coded keys (see build.rs).
    fc: &'static [u8],
    palette: &'static [u32],
    flag_ix: &'static [u8],
    payloads: &'static [u8],
    index: OnceLock<Index>,
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

pub static AZ: Lexicon = Lexicon::new(AZ_FC, &AZ_PALETTE, AZ_FLAG_IX, AZ_PAYLOADS);
pub static EN: Lexicon = Lexicon::new(EN_FC, &EN_PALETTE, EN_FLAG_IX, EN_PAYLOADS);

impl Lexicon {
    const fn new(
        fc: &'static [u8],
        palette: &'static [u32],
        flag_ix: &'static [u8],
        payloads: &'static [u8],
    ) -> Lexicon {
        Lexicon { fc, palette, flag_ix, payloads, index: OnceLock::new() }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let n = self.flag_ix.len();
            let mut keys: Vec<u8> = Vec::with_capacity(self.fc.len() * 2);
            let mut offs = Vec::with_capacity(n + 1);
            offs.push(0u32);
            let mut prev_start = 0usize;
            let mut i = 0usize;
            while i < self.fc.len() {
                let shared = self.fc[i] as usize;
                i += 1;
                let start = keys.len();
                let prev_len = start - prev_start;
                keys.extend_from_within(prev_start..prev_start + shared.min(prev_len));
                while i < self.fc.len() && self.fc[i] != 0xFF {
                    keys.push(self.fc[i]);
                    i += 1;
                }
                i += 1;
                prev_start = start;
                offs.push(keys.len() as u32);
            }
            // The build wrote valid UTF-8 keys; anything else means no table.
            let keys = String::from_utf8(keys).unwrap_or_default();
            if offs.len() != n + 1 || keys.is_empty() && n > 0 {
                offs = vec![0; n + 1];
            }
            // Where each first byte's keys start, so a lookup searches only
            // the keys sharing the first byte.
            let mut first = [0u32; 257];
            let mut k = 0usize;
            for (b, slot) in first.iter_mut().enumerate().take(256) {
                while k < n && keys.as_bytes().get(offs[k] as usize).map_or(0, |&x| x as usize) < b {
                    k += 1;
                }
                *slot = k as u32;
            }
            first[256] = n as u32;
            let mut bloom = vec![0u64; BLOOM_BITS / 64];
            for w in offs.windows(2) {
                let key = keys.get(w[0] as usize..w[1] as usize).unwrap_or("");
                let (a, b) = bloom_probes(key);
                bloom[a / 64] |= 1 << (a % 64);
                bloom[b / 64] |= 1 << (b % 64);
            }
            Index { keys, offs, first, bloom }
        })
    }

    fn key(&self, i: usize) -> &str {
        let idx = self.index();
        match (idx.offs.get(i), idx.offs.get(i + 1)) {
            (Some(&a), Some(&b)) => idx.keys.get(a as usize..b as usize).unwrap_or(""),
            _ => "",
        }
    }

    fn hit(&self, i: usize) -> Hit {
        let flags = self.flag_ix.get(i).and_then(|&p| self.palette.get(p as usize)).copied().unwrap_or(0);
        Hit { flags, payload: self.payloads.get(i).copied().unwrap_or(0) }
    }

    pub fn len(&self) -> usize {
        self.flag_ix.len()
    }

    pub fn is_empty(&self) -> bool {
        self.flag_ix.is_empty()
    }

    /// Looks up a folded key.
    pub fn get(&self, key: &str) -> Hit {
        let idx = self.index();
        let (pa, pb) = bloom_probes(key);
        if idx.bloom[pa / 64] & (1 << (pa % 64)) == 0 || idx.bloom[pb / 64] & (1 << (pb % 64)) == 0 {
            return Hit::default();
        }
        let b = *key.as_bytes().first().unwrap_or(&0) as usize;
        let (mut lo, mut hi) = (idx.first[b] as usize, idx.first[b + 1] as usize);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let k = idx.keys.get(idx.offs[mid] as usize..idx.offs[mid + 1] as usize).unwrap_or("");
            match k.cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return self.hit(mid),
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
    pub fn entries_with(&self, flags: u32) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).filter(move |&i| self.hit(i).flags & flags == flags).map(move |i| self.key(i))
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
