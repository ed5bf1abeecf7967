//! Lexicon forms looked up a token at a time.
//!
//! A form matches only where it starts a word (after the word's proclitics) and ends
//! one, so it is a sequence of *segments* that end where tokens end: its first word, then
//! each following token together with the space before it (`الامم` + ` المتحده`). The
//! table maps (the segments so far, the next segment) to a node by hash. Finding every
//! form that starts at a position then costs one hash of the rest of the word and one
//! probe into a table small enough to stay in cache, and one more per following token
//! only while some longer form still continues; no byte is visited twice and nothing
//! inside a word is ever looked at.

use crate::fasthash::short_key_hash;
use crate::segment::{tokenize, Token};

/// No pattern ends at a node, no other node shares its key.
const NONE: u32 = u32::MAX;
/// The root: the empty sequence of segments.
const ROOT: u32 = 0;
/// Bits of the key that index the presence filter: 2^17 bits, 16 KiB, which stays in
/// the first-level cache beside the text, while the table itself does not.
const FILTER_BITS: u32 = 17;

#[derive(Debug, Clone, Copy)]
struct Node {
    /// The hash of (parent, last segment): compared before the segment itself.
    key: u64,
    parent: u32,
    /// The node's last segment: `labels[label_start..label_start + label_len]`.
    label_start: u32,
    label_len: u32,
    /// The pattern that ends here, if any.
    pattern: u32,
    /// Whether some longer pattern continues from here.
    has_children: bool,
}

/// The forms, split into segments at the ends of their tokens; each form is a pattern,
/// identified by its index in the list the table was built from.
#[derive(Debug, Clone)]
pub(crate) struct PhraseTable {
    /// One bit per value of the key's top [`FILTER_BITS`] bits, set when some node has a
    /// key with those bits: most words start no form, and the filter turns them away
    /// without a probe into `index`.
    filter: Box<[u64]>,
    /// Open addressing by the low bits of a node's key, linear probing, at most half
    /// full: node ids, [`NONE`] for an empty slot. One probe reads a slot and the node
    /// it names, where a map of key to node read control bytes, an entry, then the node.
    index: Box<[u32]>,
    nodes: Vec<Node>,
    labels: Vec<u8>,
}

/// The key of (parent, segment): a hash of the segment's first and last bytes, seeded by
/// the parent. It is computed at every word start and for each proclitic chain, and
/// most words start no form: a full hash of every byte cost more than the probe.
#[inline]
fn key(parent: u32, segment: &[u8]) -> u64 {
    short_key_hash(
        segment,
        u64::from(parent).wrapping_mul(0x9e37_79b9_7f4a_7c15),
    )
}

#[inline]
fn filter_bit(key: u64) -> usize {
    (key >> (64 - FILTER_BITS)) as usize
}

impl PhraseTable {
    /// Builds the table of `patterns`. A pattern listed twice keeps its first index; one
    /// that could never start or end a word (empty, beginning with a space or a mark,
    /// ending with a space) is left out, as no text could match it.
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> PhraseTable {
        let mut table = PhraseTable {
            filter: vec![0u64; (1 << FILTER_BITS) / 64].into_boxed_slice(),
            index: vec![NONE; 1024].into_boxed_slice(),
            nodes: vec![Node {
                key: 0,
                parent: NONE,
                label_start: 0,
                label_len: 0,
                pattern: NONE,
                has_children: false,
            }],
            labels: Vec::new(),
        };
        for (index, pattern) in patterns.iter().enumerate() {
            let pattern = pattern.as_ref();
            let tokens = tokenize(pattern);
            let matchable = tokens.first().is_some_and(|t| t.is_word() && t.start == 0)
                && tokens
                    .last()
                    .is_some_and(|t| t.end as usize == pattern.len());
            if !matchable {
                continue;
            }
            let mut node = ROOT;
            let mut from = 0usize;
            for t in &tokens {
                let segment = &pattern.as_bytes()[from..t.end as usize];
                node = table.child_or_insert(node, segment);
                from = t.end as usize;
            }
            let n = &mut table.nodes[node as usize];
            if n.pattern == NONE {
                n.pattern = index as u32;
            }
        }
        table
    }

    /// Puts node `id` in the first empty slot from its key's.
    fn place(index: &mut [u32], key: u64, id: u32) {
        let mask = index.len() - 1;
        let mut slot = key as usize & mask;
        while index[slot] != NONE {
            slot = (slot + 1) & mask;
        }
        index[slot] = id;
    }

    fn child_or_insert(&mut self, parent: u32, segment: &[u8]) -> u32 {
        if let Some(found) = self.child(parent, segment) {
            return found;
        }
        let id = self.nodes.len() as u32;
        let k = key(parent, segment);
        let bit = filter_bit(k);
        self.filter[bit / 64] |= 1 << (bit % 64);
        self.nodes.push(Node {
            key: k,
            parent,
            label_start: self.labels.len() as u32,
            label_len: segment.len() as u32,
            pattern: NONE,
            has_children: false,
        });
        self.labels.extend_from_slice(segment);
        self.nodes[parent as usize].has_children = true;
        if 2 * self.nodes.len() > self.index.len() {
            // Twice as many slots, every node placed again (the root is no one's child).
            let mut index = vec![NONE; 2 * self.index.len()].into_boxed_slice();
            for (n, node) in self.nodes.iter().enumerate().skip(1) {
                Self::place(&mut index, node.key, n as u32);
            }
            self.index = index;
        } else {
            Self::place(&mut self.index, k, id);
        }
        id
    }

    /// Always inlined, into the scan's loop above all: saving and restoring registers for
    /// the call cost a sixth of the look-up (the compiler left it out of line).
    #[inline(always)]
    fn child(&self, parent: u32, segment: &[u8]) -> Option<u32> {
        let k = key(parent, segment);
        let bit = filter_bit(k);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let mask = self.index.len() - 1;
        let mut slot = k as usize & mask;
        loop {
            let id = self.index[slot];
            if id == NONE {
                return None;
            }
            let n = &self.nodes[id as usize];
            let (s, l) = (n.label_start as usize, n.label_len as usize);
            if n.key == k && n.parent == parent && &self.labels[s..s + l] == segment {
                return Some(id);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Calls `found(last, pattern)` for every pattern that begins at byte `start` of
    /// `text`, inside the word token `tokens[first]`, and ends at the end of a token:
    /// `tokens[last]`. Shortest first.
    #[inline]
    pub fn find(
        &self,
        text: &[u8],
        tokens: &[Token],
        first: usize,
        start: usize,
        mut found: impl FnMut(usize, u32),
    ) {
        let mut node = ROOT;
        let mut from = start;
        for (last, tok) in tokens.iter().enumerate().skip(first) {
            let end = tok.end as usize;
            let Some(next) = text.get(from..end).and_then(|seg| self.child(node, seg)) else {
                return;
            };
            node = next;
            let n = &self.nodes[node as usize];
            if n.pattern != NONE {
                found(last, n.pattern);
            }
            if !n.has_children {
                return;
            }
            from = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(table: &PhraseTable, text: &str, first: usize, start: usize) -> Vec<(usize, u32)> {
        let tokens = tokenize(text);
        let mut out = Vec::new();
        table.find(text.as_bytes(), &tokens, first, start, |last, p| {
            out.push((last, p))
        });
        out
    }

    #[test]
    fn forms_end_at_token_ends_only() {
        let table = PhraseTable::new(&["حماس", "حما", "حركة حماس", "حركة"]);
        assert!(matches(&table, "حماسة", 0, 0).is_empty());
        assert_eq!(matches(&table, "حماس", 0, 0), [(0, 0)]);
        assert_eq!(matches(&table, "حركة حماس قالت", 0, 0), [(0, 3), (1, 2)]);
        assert_eq!(matches(&table, "وحماس", 0, 2), [(0, 0)]);
        assert!(matches(&table, "وحماس", 0, 0).is_empty());
        // The second word must follow after exactly the space of the form.
        assert_eq!(matches(&table, "حركة  حماس", 0, 0), [(0, 3)]);
        assert_eq!(matches(&table, "حركة، حماس", 0, 0), [(0, 3)]);
    }

    #[test]
    fn marks_inside_forms_and_unmatchable_forms() {
        let table = PhraseTable::new(&["", " ا", "ا ", "-ا", "بن-سلمان", "a.b", "a.b", "a"]);
        assert_eq!(matches(&table, "بن-سلمان", 0, 0), [(2, 4)]);
        assert_eq!(matches(&table, "a.b c", 0, 0), [(0, 7), (2, 5)]);
        assert_eq!(matches(&table, "a. b", 0, 0), [(0, 7)]);
        assert!(matches(&table, "ا ", 0, 0).is_empty());
        assert_eq!(table.nodes.iter().filter(|n| n.pattern != NONE).count(), 3);
    }

    #[test]
    fn colliding_hashes_are_told_apart() {
        let mut table = PhraseTable::new(&["ab"]);
        // A second node with the key of the first, placed first on the probe path.
        let k = key(ROOT, b"ab");
        let id = table.nodes.len() as u32;
        table.nodes.push(Node {
            key: k,
            parent: ROOT,
            label_start: table.labels.len() as u32,
            label_len: 2,
            pattern: 1,
            has_children: false,
        });
        table.labels.extend_from_slice(b"cd");
        table.index.fill(NONE);
        PhraseTable::place(&mut table.index, k, id);
        PhraseTable::place(&mut table.index, k, 1);
        assert_eq!(table.child(ROOT, b"ab"), Some(1));
        assert_eq!(table.child(ROOT, b"cd"), None);
        assert_eq!(matches(&table, "ab", 0, 0), [(0, 0)]);
    }
}
