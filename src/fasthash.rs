//! A small, fast, non-cryptographic hasher for the short keys of the hot path (words,
//! token indexes). The inputs are an article's own words, never an attacker's choice of
//! keys for a long-lived table, so the DoS resistance of SipHash buys nothing here.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The multiply-rotate hash of rustc (FxHash), a word at a time.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FastHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(load_le(rest) ^ (rest.len() as u64) << 56);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The multiply leaves the low bits depending on the low input bits alone, and the
    /// table picks buckets by the low bits: words that differ only in their last bytes
    /// (زهران1، زهران2 …) would all share a bucket and make every look-up a scan. The
    /// final fold (MurmurHash3's) spreads the high bits down.
    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.hash;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h
    }
}

/// The bytes of `rest` (at most 8) as a little-endian word, zero-padded: what copying
/// them into a zeroed `[u8; 8]` gives, but in at most three loads instead of a call to
/// `memcpy` with a variable length, which cost more than the hashing itself.
#[inline]
fn load_le(rest: &[u8]) -> u64 {
    let mut word = 0u64;
    let mut shift = 0;
    let mut rest = rest;
    if let Some((four, tail)) = rest.split_first_chunk::<4>() {
        word = u64::from(u32::from_le_bytes(*four));
        shift = 32;
        rest = tail;
    }
    if let Some((two, tail)) = rest.split_first_chunk::<2>() {
        word |= u64::from(u16::from_le_bytes(*two)) << shift;
        shift += 16;
        rest = tail;
    }
    if let [one] = rest {
        word |= u64::from(*one) << shift;
    }
    word
}

/// A hash of a short key (a word, a segment of a phrase) from its first and last eight
/// bytes (the whole key up to sixteen bytes), its length and `seed`: a few instructions,
/// where [`FastHasher`] takes a multiply for every eight bytes and a final fold. For
/// filters and for tables that compare the key itself behind the hash: longer keys that
/// share those bytes only share a bucket. High and low bits both depend on every input
/// bit.
#[inline]
pub(crate) fn short_key_hash(bytes: &[u8], seed: u64) -> u64 {
    let (head, tail) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
        _ => (load_le(bytes), 0),
    };
    let mixed =
        (head ^ tail.rotate_left(29) ^ (bytes.len() as u64) << 56 ^ seed).wrapping_mul(SEED);
    let hash = (mixed ^ mixed >> 31).wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^ hash >> 29
}

/// Bits of a word's fingerprint that index a [`Prefilter`]: 2^13 bits, 1 KiB.
const PREFILTER_BITS: u32 = 13;

/// One bit per value of the top bits of a word's fingerprint, set for the words of a small
/// set: a word whose bit is clear is not in the set. Most words of a text are in none of
/// the closed word classes, and this test touches one cache line where a probe of the map
/// touches two or three (its control bytes, its entry, the key's heap string).
#[derive(Debug, Clone)]
pub(crate) struct Prefilter {
    bits: Box<[u64]>,
}

impl Prefilter {
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Prefilter {
        let mut bits = vec![0u64; (1 << PREFILTER_BITS) / 64].into_boxed_slice();
        for w in words {
            let bit = Self::bit(w);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        Prefilter { bits }
    }

    /// The bit of a word: a multiply of its first and last eight bytes (the whole word up
    /// to sixteen bytes) and its length, rather than a hash of every byte. A filter needs
    /// no more: two words that share a bit are told apart by the set behind it.
    #[inline]
    fn bit(word: &str) -> usize {
        (short_key_hash(word.as_bytes(), 0) >> (64 - PREFILTER_BITS)) as usize
    }

    /// Whether `word` may be one of the words: false means it is none of them.
    #[inline]
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        let bit = Self::bit(word);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// A `HashMap` with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A `HashSet` with [`FastHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinguishes_words_and_lengths() {
        let mut set: FastSet<&str> = FastSet::default();
        for w in [
            "في",
            "من",
            "الى",
            "الي",
            "",
            "a",
            "aa",
            "abcdefgh",
            "abcdefghi",
        ] {
            assert!(set.insert(w));
        }
        assert!(set.contains("الي"));
        assert!(!set.contains("على"));
        assert_eq!(set.len(), 9);
    }

    #[test]
    fn prefilter_keeps_every_word_of_its_set() {
        let words = ["رئيس", "وزير", "المتحدث", "حركه", "الحركه", ""];
        let filter = Prefilter::new(words);
        assert!(words.iter().all(|w| filter.may_contain(w)));
        let others = (0..1000).filter(|i| filter.may_contain(&format!("كلمه{i}")));
        assert!(others.count() < 50);
    }

    #[test]
    fn remainder_loads_as_a_padded_copy() {
        let bytes = [0x81u8, 0x02, 0xf3, 0x04, 0x95, 0x06, 0xd7];
        for len in 0..=bytes.len() {
            let mut padded = [0u8; 8];
            padded[..len].copy_from_slice(&bytes[..len]);
            assert_eq!(
                load_le(&bytes[..len]),
                u64::from_le_bytes(padded),
                "{len} bytes"
            );
        }
    }

    /// Keys that differ only in their trailing bytes spread over the low bits, which
    /// pick the bucket.
    #[test]
    fn trailing_differences_reach_the_low_bits() {
        use std::hash::BuildHasher;
        let build = BuildHasherDefault::<FastHasher>::default();
        let low: FastSet<u64> = (0..1000)
            .map(|i| build.hash_one(format!("زهران{i}")) & 0xffff)
            .collect();
        assert!(low.len() > 900, "only {} distinct low halves", low.len());
    }
}
