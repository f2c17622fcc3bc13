//! Lexicon lookup: the static tables `build.rs` makes from `data/`.
//!
//! One sorted table a language maps a folded key (words joined by single
//! spaces) to category flags and a small payload. The keys ship
//! front-coded (small in the .wasm); the first lookup decodes them and
//! builds a hash index.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/lexicon_tables.rs"));

/// Any place category.
pub const PLACE_ANY: u32 = COUNTRY | CITY | REGION | VILLAGE | GEO | FACILITY;
/// Places strong enough to mark without any other cue.
pub const PLACE_STRONG: u32 = COUNTRY | CITY | REGION | GEO | FACILITY;

/// The decoded keys, their offsets and an open-addressing hash table over
/// them: built once at first use from the compact static form. Lookups run
/// several times per token, and a hash probe costs a fifth of the binary
/// search it replaced (callgrind numbers in the commit that added it).
struct Index {
    /// The keys' bytes, end to end. Lookups compare bytes, so the decoded
    /// keys are never validated as UTF-8 (a quarter of the first call's
    /// cost when they were).
    keys: Vec<u8>,
    offs: Vec<u32>,
    /// `0` is an empty slot; otherwise the entry's index + 1 in the low
    /// `IX_BITS` bits and a tag from the key's hash above them, so a probe
    /// compares key bytes only when the tags agree.
    slots: Vec<u32>,
    mask: usize,
}

const IX_BITS: u32 = 20;
const IX_MASK: u32 = (1 << IX_BITS) - 1;

/// A multiply-rotate hash over eight bytes at a time (the FxHash recipe);
/// the table lives only in this process, so it needs no stable output.
#[inline]
fn key_hash(key: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = key.len() as u64;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    // The high bits are the well-mixed ones: fold them down for the slot.
    h ^ (h >> 29)
}

/// Where the first 0xFF byte is (the end of a key's rest), eight bytes
/// at a time: a byte loop was a sixth of building the index.
#[inline]
fn until_ff(b: &[u8]) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    let mut k = 0;
    while let Some(c) = b.get(k..k + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        // 0xFF bytes are zero bytes of the complement; the lowest flag
        // found this way is always a real one.
        let w = !u64::from_le_bytes(w);
        let z = w.wrapping_sub(LO) & !w & (LO << 7);
        if z != 0 {
            return k + (z.trailing_zeros() / 8) as usize;
        }
        k += 8;
    }
    let tail = b.get(k..).unwrap_or(&[]);
    k + tail.iter().position(|&x| x == 0xFF).unwrap_or(tail.len())
}

#[inline]
fn slot_tag(h: u64) -> u32 {
    ((h >> 52) as u32) << IX_BITS
}

/// A language's lexicon table.
pub struct Lexicon {
    /// Front-coded keys (see build.rs) and their decoded size.
    fc: &'static [u8],
    key_bytes: usize,
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

pub static AZ: Lexicon = Lexicon::new((AZ_FC, AZ_KEY_BYTES), &AZ_PALETTE, AZ_FLAG_IX, AZ_PAYLOADS);
pub static EN: Lexicon = Lexicon::new((EN_FC, EN_KEY_BYTES), &EN_PALETTE, EN_FLAG_IX, EN_PAYLOADS);

impl Lexicon {
    const fn new(
        (fc, key_bytes): (&'static [u8], usize),
        palette: &'static [u32],
        flag_ix: &'static [u8],
        payloads: &'static [u8],
    ) -> Lexicon {
        Lexicon { fc, key_bytes, palette, flag_ix, payloads, index: OnceLock::new() }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let n = self.flag_ix.len();
            // Twice as many slots as keys (rounded up to a power of two)
            // keeps probe chains short; indices must fit beside the tag.
            let n = if n < IX_MASK as usize { n } else { 0 };
            let mask = (n * 2).next_power_of_two().max(2) - 1;
            let mut slots = vec![0u32; mask + 1];
            // One pass: decode a key, hash it, place it. The buffer has the
            // decoded size from build.rs, so it never grows.
            let mut keys = vec![0u8; self.key_bytes];
            let mut offs = Vec::with_capacity(n + 1);
            offs.push(0u32);
            let (mut at, mut prev, mut i) = (0usize, 0usize, 0usize);
            while let Some(&shared) = self.fc.get(i) {
                let rest = self.fc.get(i + 1..).unwrap_or(&[]);
                let len = until_ff(rest);
                let (shared, rest) = (shared as usize, &rest[..len]);
                if shared > at - prev {
                    break;
                }
                let end = at + shared + len;
                let Some(suffix) = keys.get_mut(at + shared..end) else {
                    break;
                };
                suffix.copy_from_slice(rest);
                keys.copy_within(prev..prev + shared, at);
                i += len + 2;
                let h = key_hash(&keys[at..end]);
                let mut s = h as usize & mask;
                while slots[s] != 0 {
                    s = (s + 1) & mask;
                }
                slots[s] = slot_tag(h) | offs.len() as u32;
                offs.push(end as u32);
                prev = at;
                at = end;
            }
            if offs.len() != n + 1 {
                offs = vec![0; n + 1];
                slots.iter_mut().for_each(|s| *s = 0);
            }
            Index { keys, offs, slots, mask }
        })
    }

    fn key(&self, i: usize) -> &str {
        let idx = self.index();
        match (idx.offs.get(i), idx.offs.get(i + 1)) {
            // The build wrote every key from a Rust string.
            (Some(&a), Some(&b)) => {
                idx.keys.get(a as usize..b as usize).and_then(|k| std::str::from_utf8(k).ok()).unwrap_or("")
            }
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
        let h = key_hash(key.as_bytes());
        let tag = slot_tag(h);
        let mut s = h as usize & idx.mask;
        // The table is at most half full, so an empty slot ends every chain.
        while let Some(&v) = idx.slots.get(s) {
            if v == 0 {
                break;
            }
            if v & !IX_MASK == tag {
                let i = (v & IX_MASK) as usize - 1;
                let k = match (idx.offs.get(i), idx.offs.get(i + 1)) {
                    (Some(&a), Some(&b)) => idx.keys.get(a as usize..b as usize).unwrap_or(&[]),
                    _ => &[],
                };
                if k == key.as_bytes() {
                    return self.hit(i);
                }
            }
            s = (s + 1) & idx.mask;
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

    #[test]
    fn every_key_decodes_and_is_found_again() {
        // The decoder and the hash index agree with the table for every key,
        // including the last (whose 0xFF is the last byte of the table).
        for lx in [&AZ, &EN] {
            assert_eq!(lx.index().offs.len(), lx.len() + 1);
            for i in 0..lx.len() {
                let k = lx.key(i);
                assert!(!k.is_empty());
                assert_eq!(lx.get(k), lx.hit(i), "{k:?}");
            }
        }
    }

    #[test]
    fn the_terminator_is_found_wherever_it_is() {
        for len in 0..40 {
            for at in 0..=len {
                let mut b: Vec<u8> = (0..len).map(|i| (i * 37 % 255) as u8).collect();
                if at < len {
                    b[at] = 0xFF;
                    b.extend_from_slice(&[0xFF, 0x41]);
                }
                let want = b.iter().position(|&x| x == 0xFF).unwrap_or(b.len());
                assert_eq!(until_ff(&b), want, "{b:?}");
            }
        }
    }
}
