//! The lexical scan: every surface form of every lexicon (actor names, nisbas, titles,
//! cues, evaluative words, modifiers, given names) that starts a word, after an allowed
//! proclitic chain, and ends one.
//!
//! Forms are looked up in a [`PhraseTable`] from each word's start and from the ends of
//! its possible proclitic chains, a token at a time, never from inside a word: the tokens
//! already say where words begin and end, so the scan does not run over every byte again.

use std::collections::HashMap;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
#[cfg(test)]
use aho_corasick::MatchKind;

use crate::lexicon::{CueForm, Gender, Lexicon, ModifierType};
use crate::phrases::PhraseTable;
use crate::segment::Token;
use crate::types::ActorKind;

/// What a matched surface form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    /// A name of an actor; `weak` names need support from another mention.
    Actor { actor: u32, weak: bool },
    /// A capital standing for its state.
    Capital { actor: u32 },
    /// A nisba adjective of a state or bloc.
    Nisba { actor: u32, definite: bool },
    /// A definite description that refers back to any actor of a group (الحركة for
    /// every movement whose entry lists it): one hit per occurrence, however many
    /// actors share the word, so that memory does not grow with the lexicon.
    ActorRef { group: u32 },
    /// A title followed by a nisba (الرئيس ...، الحكومة ...).
    NisbaTitle { role: u32 },
    /// A title followed by an actor (رئيس ...، المتحدث باسم ...).
    ConstructTitle { role: u32 },
    /// A bare title (الرئيس، الوزير).
    RoleRef { role: u32 },
    /// A speech or stance cue; `enclitic` when a possessive suffix is attached.
    Cue {
        cue: u32,
        form: CueForm,
        enclitic: bool,
    },
    /// An evaluative expression.
    Eval { entry: u32 },
    /// A negator, intensifier or exceptive.
    Modifier { entry: u32 },
    /// A given name.
    GivenName,
}

/// Which proclitic chains may precede a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Clitics {
    /// Nouns and adjectives: و ف ب ل ك and their pairs.
    Nominal,
    /// Finite verbs in the imperfect: و ف ل س and their pairs.
    Verbal,
    /// Finite verbs in the past: و ف only. Never the future's س (سابان is a name, not
    /// the future of أبان), nor ل: before a word of a past verb's letters it is the
    /// preposition on a verbal noun (لحث، لوصف، لكشف) or part of a noun (ولاتهم «their
    /// rulers», ولدان), and before a real past verb a counterfactual (لو ... لقال).
    Past,
    /// Participles: as nouns but never ك, «like» (كاملة is no ك + آملة).
    Participle,
    /// Particles: و ف.
    Particle,
}

#[derive(Debug, Clone, Copy)]
struct Payload {
    lex: Lex,
    clitics: Clitics,
    /// The pattern is a form beginning with ال written after the preposition ل, which
    /// drops the alef (ل + الرئيس → للرئيس): it must follow a chain ending in ل.
    elided: bool,
}

/// One lexicon form found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Index of the first token.
    pub tok_start: u32,
    /// Index one past the last token.
    pub tok_end: u32,
    /// Normalized byte where the form begins (after its proclitics; for an elided
    /// article, at the preposition ل that absorbed it).
    pub start: u32,
    /// Normalized byte where it ends.
    pub end: u32,
    /// Bytes of proclitics between the token's start and `start`.
    pub prefix: u8,
    pub lex: Lex,
}

/// The compiled forms and what each of them means.
#[derive(Debug, Clone)]
pub(crate) struct LexMatcher {
    phrases: PhraseTable,
    /// `payloads[ranges[p].0..ranges[p].1]` are the meanings of pattern `p`.
    ranges: Vec<(u32, u32)>,
    payloads: Vec<Payload>,
    /// The forms, sorted, for the benchmarks' baseline automaton.
    patterns: Vec<String>,
    /// The actors of each reference group ([`Lex::ActorRef`]), sorted.
    ref_groups: Vec<Box<[u32]>>,
}

const NOMINAL_PREFIXES: &[&str] = &[
    "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك",
];
const VERBAL_PREFIXES: &[&str] = &["", "و", "ف", "ل", "س", "وس", "فس", "ول", "فل"];
const PAST_PREFIXES: &[&str] = &["", "و", "ف"];
const PARTICLE_PREFIXES: &[&str] = &["", "و", "ف"];
const PARTICIPLE_PREFIXES: &[&str] = &["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"];
const ELIDED_PREFIXES: &[&str] = &["ل", "ول", "فل"];
const NOMINAL: u8 = 1;
const VERBAL: u8 = 2;
const PARTICLE: u8 = 4;
const ELIDED: u8 = 8;
const PAST: u8 = 16;
const PARTICIPLE: u8 = 32;

/// Which kinds of form a proclitic chain may stand before, as bits: once per word start,
/// rather than a string search per meaning of every form found.
fn chain_classes(prefix: &str) -> u8 {
    let mut classes = 0;
    for (list, bit) in [
        (NOMINAL_PREFIXES, NOMINAL),
        (VERBAL_PREFIXES, VERBAL),
        (PARTICLE_PREFIXES, PARTICLE),
        (ELIDED_PREFIXES, ELIDED),
        (PAST_PREFIXES, PAST),
        (PARTICIPLE_PREFIXES, PARTICIPLE),
    ] {
        if list.contains(&prefix) {
            classes |= bit;
        }
    }
    classes
}

struct Builder {
    map: HashMap<String, Vec<Payload>>,
}

impl Builder {
    fn add(&mut self, form: &str, lex: Lex, clitics: Clitics) {
        if form.is_empty() {
            return;
        }
        self.push(form.to_string(), lex, clitics, false);
        if clitics == Clitics::Nominal {
            if let Some(rest) = form.strip_prefix('ا') {
                if rest.starts_with('ل') && rest.len() > 2 {
                    self.push(rest.to_string(), lex, clitics, true);
                }
            }
        }
    }

    fn push(&mut self, form: String, lex: Lex, clitics: Clitics, elided: bool) {
        let list = self.map.entry(form).or_default();
        let payload = Payload {
            lex,
            clitics,
            elided,
        };
        if !list
            .iter()
            .any(|p| p.lex == lex && p.elided == elided && p.clitics == clitics)
        {
            list.push(payload);
        }
    }

    /// A noun with and without a possessive suffix (إدانة، إدانتها).
    fn add_with_enclitics(&mut self, form: &str, make: impl Fn(bool) -> Lex) {
        self.add(form, make(false), Clitics::Nominal);
        for derived in crate::lexicon::morph::possessed_forms(form) {
            self.add(&derived, make(true), Clitics::Nominal);
        }
    }
}

/// The head noun of a one-word definite reference (الحركة → حركه), if it is one.
fn single_word_head(reference: &str) -> Option<&str> {
    reference
        .strip_prefix("ال")
        .filter(|head| !head.contains(' ') && head.chars().count() >= 2)
}

/// A name with the compounds of عبد written both ways: joined (عبدالله، عبدالعزيز) and
/// apart (عبد الله، عبد العزيز), as news writes either. The lexicon lists one.
fn compound_spellings(name: &str) -> Vec<String> {
    const ABD: &str = "عبد";
    let words: Vec<&str> = name.split(' ').collect();
    let mut out = vec![String::new()];
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        // Each way this word (and maybe the next) can be written.
        let (ways, used): (Vec<String>, usize) = if w == ABD && i + 1 < words.len() {
            let next = words[i + 1];
            (vec![format!("{w} {next}"), format!("{w}{next}")], 2)
        } else if let Some(rest) = w.strip_prefix(ABD).filter(|r| r.chars().count() >= 3) {
            (vec![w.to_string(), format!("{ABD} {rest}")], 1)
        } else {
            (vec![w.to_string()], 1)
        };
        // A name has two compounds at most; the cap keeps a strange entry cheap.
        if out.len() * ways.len() > 16 {
            out.iter_mut().for_each(|o| {
                if !o.is_empty() {
                    o.push(' ');
                }
                o.push_str(&ways[0]);
            });
        } else {
            out = out
                .iter()
                .flat_map(|o| {
                    ways.iter().map(move |way| {
                        if o.is_empty() {
                            way.clone()
                        } else {
                            format!("{o} {way}")
                        }
                    })
                })
                .collect();
        }
        i += used;
    }
    out
}

/// The dual of a masculine finite form: past + ا (أكد → أكدا), present + ان in both
/// genders (يؤكد → يؤكدان، تؤكدان).
fn dual_forms(form: &str) -> Vec<String> {
    if let Some(stem) = form.strip_prefix('ي') {
        vec![format!("{form}ان"), format!("ت{stem}ان")]
    } else if form.ends_with('ا') || form.ends_with('ي') {
        Vec::new()
    } else {
        vec![format!("{form}ا")]
    }
}

/// The nisba forms derived from a masculine singular stem: definite and not, masculine
/// and feminine, applied word by word for two-word nisbas (كوري شمالي).
fn nisba_forms(stem: &str) -> Vec<(String, bool)> {
    let words: Vec<&str> = stem.split(' ').collect();
    let mut out = Vec::with_capacity(4);
    for definite in [false, true] {
        for feminine in [false, true] {
            let form: Vec<String> = words
                .iter()
                .map(|w| {
                    // Stems come without the article (lexicons/README.md), so a stem
                    // that begins with ال has it as letters of the word (ألماني).
                    let mut s = String::new();
                    if definite {
                        s.push_str("ال");
                    }
                    s.push_str(w);
                    if feminine {
                        s.push('ه');
                    }
                    s
                })
                .collect();
            out.push((form.join(" "), definite));
        }
    }
    out
}

impl LexMatcher {
    pub fn new(lex: &Lexicon) -> LexMatcher {
        let mut b = Builder {
            map: HashMap::new(),
        };
        // Reference words and the actors that share each, in lexicon order.
        let mut ref_groups: std::collections::BTreeMap<&str, Vec<u32>> = Default::default();
        for (i, a) in lex.actors.iter().enumerate() {
            let actor = i as u32;
            for n in &a.names {
                for form in compound_spellings(n) {
                    b.add(&form, Lex::Actor { actor, weak: false }, Clitics::Nominal);
                }
            }
            // A body named after its head noun, the one it is taken up again by (الحركة →
            // حركة حماس، المنظمة → منظمة العفو الدولية): derived, not listed.
            if a.kind != ActorKind::Person {
                for head in a.refs.iter().filter_map(|r| single_word_head(r)) {
                    for n in a.names.iter().filter(|n| !n.starts_with(head)) {
                        for form in compound_spellings(&format!("{head} {n}")) {
                            b.add(&form, Lex::Actor { actor, weak: false }, Clitics::Nominal);
                        }
                    }
                }
            }
            for n in &a.weak {
                for form in compound_spellings(n) {
                    b.add(&form, Lex::Actor { actor, weak: true }, Clitics::Nominal);
                }
            }
            for n in &a.capitals {
                b.add(n, Lex::Capital { actor }, Clitics::Nominal);
            }
            for n in &a.refs {
                ref_groups.entry(n.as_str()).or_default().push(actor);
            }
            for stem in &a.nisba {
                for (form, definite) in nisba_forms(stem) {
                    b.add(&form, Lex::Nisba { actor, definite }, Clitics::Nominal);
                }
            }
        }
        let mut groups = Vec::with_capacity(ref_groups.len());
        for (form, mut actors) in ref_groups {
            actors.sort_unstable();
            actors.dedup();
            b.add(
                form,
                Lex::ActorRef {
                    group: groups.len() as u32,
                },
                Clitics::Nominal,
            );
            groups.push(actors.into_boxed_slice());
        }
        for (i, r) in lex.roles.iter().enumerate() {
            let role = i as u32;
            for t in &r.nisba_titles {
                b.add(t, Lex::NisbaTitle { role }, Clitics::Nominal);
            }
            for t in &r.construct_titles {
                b.add(t, Lex::ConstructTitle { role }, Clitics::Nominal);
            }
            for t in &r.refs {
                b.add(t, Lex::RoleRef { role }, Clitics::Nominal);
            }
        }
        for (i, c) in lex.cues.iter().enumerate() {
            let cue = i as u32;
            // The cue's forms as a set: a look-up per form, not a scan of all of them.
            let own_forms: std::collections::HashSet<&str> =
                c.forms.iter().map(|(f, _)| f.as_str()).collect();
            for (form, kind) in &c.forms {
                match kind {
                    CueForm::Finite(g) => {
                        // A third-person imperfect begins with ي or ت; anything else is
                        // a past form.
                        let tense = |f: &str| {
                            if f.starts_with(['ي', 'ت']) {
                                Clitics::Verbal
                            } else {
                                Clitics::Past
                            }
                        };
                        b.add(
                            form,
                            Lex::Cue {
                                cue,
                                form: *kind,
                                enclitic: false,
                            },
                            tense(form),
                        );
                        // The dual agrees with two actors (أكد الجانبان، البلدان يؤكدان).
                        // Not for a form with an object pronoun (وصفه → وصفها is "described
                        // her", not a dual).
                        let object_pronoun = form
                            .strip_suffix('ه')
                            .is_some_and(|stem| own_forms.contains(stem));
                        if *g == Gender::Masculine && !form.contains(' ') && !object_pronoun {
                            for dual in dual_forms(form) {
                                b.add(
                                    &dual,
                                    Lex::Cue {
                                        cue,
                                        form: CueForm::Finite(Gender::Plural),
                                        enclitic: false,
                                    },
                                    tense(&dual),
                                );
                            }
                        }
                    }
                    CueForm::Personal => b.add(
                        form,
                        Lex::Cue {
                            cue,
                            form: *kind,
                            enclitic: false,
                        },
                        Clitics::Verbal,
                    ),
                    CueForm::Participle(_) => b.add(
                        form,
                        Lex::Cue {
                            cue,
                            form: *kind,
                            enclitic: false,
                        },
                        Clitics::Participle,
                    ),
                    CueForm::Noun => b.add_with_enclitics(form, |enclitic| Lex::Cue {
                        cue,
                        form: *kind,
                        enclitic,
                    }),
                }
            }
        }
        for (i, e) in lex.evaluative.iter().enumerate() {
            let entry = i as u32;
            for form in &e.forms {
                b.add(form, Lex::Eval { entry }, Clitics::Nominal);
            }
        }
        for (i, m) in lex.modifiers.iter().enumerate() {
            // A neutral expression is a noun phrase (للهجرة غير الشرعية).
            let clitics = if m.kind == ModifierType::Neutral {
                Clitics::Nominal
            } else {
                Clitics::Particle
            };
            for form in &m.forms {
                b.add(form, Lex::Modifier { entry: i as u32 }, clitics);
            }
        }
        for g in &lex.given_names {
            b.add(g, Lex::GivenName, Clitics::Nominal);
        }

        let mut keys: Vec<(String, Vec<Payload>)> = b.map.into_iter().collect();
        // Sorted so that the automaton, and so every result, is the same on every run.
        keys.sort_by(|a, b| a.0.cmp(&b.0));
        let mut ranges = Vec::with_capacity(keys.len());
        let mut payloads = Vec::new();
        let mut patterns = Vec::with_capacity(keys.len());
        for (k, p) in keys {
            let start = payloads.len() as u32;
            payloads.extend(p);
            ranges.push((start, payloads.len() as u32));
            patterns.push(k);
        }
        LexMatcher {
            phrases: PhraseTable::new(&patterns),
            ranges,
            payloads,
            patterns,
            ref_groups: groups,
        }
    }

    /// The lexicon actors a reference group may denote, sorted by index.
    pub fn ref_group(&self, group: u32) -> &[u32] {
        self.ref_groups.get(group as usize).map_or(&[], |g| g)
    }

    /// The number of distinct surface forms compiled.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// The benchmarks' baseline: an Aho-Corasick automaton, built with the crate's
    /// defaults, of every form that names an actor (names, capitals, nisbas, references)
    /// or is a cue. An overlapping scan with it is what a lexicon matcher that does not
    /// know where words begin would run over the text.
    pub fn baseline_automaton(&self) -> AhoCorasick {
        let forms = self
            .patterns
            .iter()
            .zip(&self.ranges)
            .filter(|(_, &(a, b))| {
                self.payloads[a as usize..b as usize].iter().any(|p| {
                    matches!(
                        p.lex,
                        Lex::Actor { .. }
                            | Lex::Capital { .. }
                            | Lex::Nisba { .. }
                            | Lex::ActorRef { .. }
                            | Lex::Cue { .. }
                    )
                })
            });
        AhoCorasick::new(forms.map(|(form, _)| form))
            .expect("lexicon patterns are bounded in size and count")
    }

    /// Every form, for tests that compare the scan with an overlapping automaton.
    #[cfg(test)]
    fn all_forms_automaton(&self) -> AhoCorasick {
        AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&self.patterns)
            .expect("lexicon patterns are bounded in size and count")
    }

    /// Every lexicon form in `text`, at word boundaries, sorted by first token and then
    /// longest first.
    pub fn scan(&self, text: &str, tokens: &[Token]) -> Vec<Hit> {
        // News text has about one hit in eight tokens (the first 3,000 corpus articles):
        // room for one in four spares the list its copies as it grows.
        let mut hits = Vec::with_capacity(tokens.len() / 4);
        self.each_form(text, tokens, |first, start, last, found| {
            self.push_hits((text, tokens), (first, start, last), found, &mut hits)
        });
        // The hits come in token order (`each_form` walks the tokens in order), so only
        // the few hits of each token need sorting: the same order as a stable sort of
        // all of them by (token, longest first, start), without the cost of one.
        debug_assert!(hits.is_sorted_by_key(|h| h.tok_start));
        for group in hits.chunk_by_mut(|a, b| a.tok_start == b.tok_start) {
            if group.len() > 1 {
                group.sort_by(|a, b| b.end.cmp(&a.end).then(a.start.cmp(&b.start)));
            }
        }
        hits
    }

    /// Calls `found(first, start, last, (pattern, chains))` for every form that begins
    /// at byte `start` of the word token `first`, after a possible proclitic chain (of the
    /// classes `chains`), and ends with the token `last`.
    fn each_form(
        &self,
        text: &str,
        tokens: &[Token],
        mut found: impl FnMut(usize, usize, usize, (u32, u8)),
    ) {
        let bytes = text.as_bytes();
        for (first, tok) in tokens.iter().enumerate() {
            if !tok.is_word() {
                continue;
            }
            let (tok_start, tok_end) = (tok.start as usize, tok.end as usize);
            let mut prefixes = [Chain::default(); 3];
            let count = proclitics(&bytes[tok_start..tok_end], &mut prefixes);
            for &Chain {
                len,
                classes: chains,
            } in &prefixes[..count]
            {
                let start = tok_start + len;
                self.phrases
                    .find(bytes, tokens, first, start, |last, pattern| {
                        found(first, start, last, (pattern, chains))
                    });
            }
        }
    }

    /// The hits of one form found at `(first, start, last)`: one per meaning whose
    /// proclitics allow the chain in front of it. `chains` says which chains the text
    /// in front is ([`chain_classes`]).
    fn push_hits(
        &self,
        (text, tokens): (&str, &[Token]),
        (first, s, last): (usize, usize, usize),
        (pattern, chains): (u32, u8),
        hits: &mut Vec<Hit>,
    ) {
        let tok_start = tokens[first].start as usize;
        // فدان: a word that only looks like a proclitic on a form keeps its letters.
        // (Asked only of a form found after a proclitic, a few words in a hundred.)
        if s > tok_start
            && PROCLITIC_LOOKALIKES.contains(&&text[tok_start..tokens[first].end as usize])
        {
            return;
        }
        let (ps, pe) = self.ranges[pattern as usize];
        for p in &self.payloads[ps as usize..pe as usize] {
            let class = if p.elided {
                ELIDED
            } else {
                match p.clitics {
                    Clitics::Nominal => NOMINAL,
                    Clitics::Verbal => VERBAL,
                    Clitics::Past => PAST,
                    Clitics::Particle => PARTICLE,
                    Clitics::Participle => PARTICIPLE,
                }
            };
            if chains & class == 0 {
                continue;
            }
            // For an elided article the mention begins at the preposition ل.
            let start = if p.elided { s - 'ل'.len_utf8() } else { s };
            hits.push(Hit {
                tok_start: first as u32,
                tok_end: last as u32 + 1,
                start: start as u32,
                end: tokens[last].end,
                prefix: (start - tok_start) as u8,
                lex: p.lex,
            });
        }
    }
}

/// The hits starting at each of `tokens` tokens, a slice of `hits` each, for stages that
/// read the hits of a token at nearly every token: `hits` in token order, as
/// [`LexMatcher::scan`] gives them, each run of hits of one token is that token's.
pub(crate) fn hits_by_token(hits: &[Hit], tokens: usize) -> Vec<&[Hit]> {
    debug_assert!(hits.is_sorted_by_key(|h| h.tok_start));
    let mut by_token: Vec<&[Hit]> = vec![&[]; tokens];
    for run in hits.chunk_by(|a, b| a.tok_start == b.tok_start) {
        if let Some(at) = by_token.get_mut(run[0].tok_start as usize) {
            *at = run;
        }
    }
    by_token
}

/// The UTF-8 bytes of a two-byte char (U+0080 to U+07FF), as one big-endian number.
const fn two_byte_code(c: char) -> u16 {
    let c = c as u32;
    assert!(c >= 0x80 && c < 0x800);
    (((0xC0 | (c >> 6)) << 8) | (0x80 | (c & 0x3F))) as u16
}

/// [`two_byte_code`] of each letter.
const fn two_byte_codes<const N: usize>(letters: [char; N]) -> [u16; N] {
    let mut codes = [0; N];
    let mut i = 0;
    while i < N {
        codes[i] = two_byte_code(letters[i]);
        i += 1;
    }
    codes
}

/// The place in `codes` ([`two_byte_codes`]) of the letter at byte `at` of `word`: two
/// bytes read as one number and compared with each code, rather than each letter encoded
/// and compared as a slice.
fn letter_at(word: &[u8], at: usize, codes: &[u16]) -> Option<usize> {
    let &[a, b] = word.get(at..at + 2)? else {
        return None;
    };
    let code = u16::from_be_bytes([a, b]);
    codes.iter().position(|&c| c == code)
}

/// Letters that may begin a proclitic chain.
const FIRST: [char; 6] = ['و', 'ف', 'ب', 'ل', 'ك', 'س'];
/// Letters that may follow the conjunction و or ف (the first two of [`FIRST`]) in a chain.
const AFTER_CONJUNCTION: [char; 4] = ['ب', 'ل', 'ك', 'س'];
const FIRST_CODES: [u16; 6] = two_byte_codes(FIRST);
const AFTER_CONJUNCTION_CODES: [u16; 4] = two_byte_codes(AFTER_CONJUNCTION);

/// A proclitic chain a word may begin with: its length in bytes and the classes of form
/// it may stand before ([`chain_classes`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Chain {
    len: usize,
    classes: u8,
}

/// [`chain_classes`] of every chain [`proclitics`] can find, by its letters' places in
/// [`FIRST`] and [`AFTER_CONJUNCTION`]: computed once from the prefix lists, where
/// comparing the chain with each list at every word start cost more than the look-up of
/// the forms after it.
struct ChainTable {
    empty: u8,
    one: [u8; FIRST.len()],
    two: [[u8; AFTER_CONJUNCTION.len()]; 2],
}

/// Words that begin with a proclitic's letter and carry none (فدان "acre", not ف + دان):
/// a form found after a proclitic on one of them is no hit.
static PROCLITIC_LOOKALIKES: LazyLock<crate::wordlist::WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/proclitic_lookalikes.txt"))
});

static CHAINS: LazyLock<ChainTable> = LazyLock::new(|| ChainTable {
    empty: chain_classes(""),
    one: FIRST.map(|a| chain_classes(a.encode_utf8(&mut [0; 4]))),
    two: [FIRST[0], FIRST[1]].map(|a| AFTER_CONJUNCTION.map(|b| chain_classes(&format!("{a}{b}")))),
});

/// The proclitic chains `word` may begin with, the empty chain first, with their classes;
/// a chain never takes the whole word. Any chain of [`NOMINAL_PREFIXES`],
/// [`VERBAL_PREFIXES`], [`PARTICLE_PREFIXES`] or [`ELIDED_PREFIXES`] is among them.
fn proclitics(word: &[u8], out: &mut [Chain; 3]) -> usize {
    const LETTER: usize = 2;
    let table = &*CHAINS;
    out[0] = Chain {
        len: 0,
        classes: table.empty,
    };
    let mut count = 1;
    if word.len() <= LETTER {
        return count;
    }
    let Some(first) = letter_at(word, 0, &FIRST_CODES) else {
        return count;
    };
    out[count] = Chain {
        len: LETTER,
        classes: table.one[first],
    };
    count += 1;
    // و and ف, the conjunctions, may take a second proclitic.
    if first < 2 && word.len() > 2 * LETTER {
        if let Some(second) = letter_at(word, LETTER, &AFTER_CONJUNCTION_CODES) {
            out[count] = Chain {
                len: 2 * LETTER,
                classes: table.two[first][second],
            };
            count += 1;
        }
    }
    count
}

/// What the stages' unit tests start from: a text scanned with the bundled lexicons.
#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::normalize::{normalize, Normalized};
    use crate::segment::tokenize;

    pub(crate) struct Scanned {
        pub lex: Lexicon,
        pub text: Normalized,
        pub tokens: Vec<Token>,
        pub hits: Vec<Hit>,
    }

    impl Scanned {
        /// `text` normalized, tokenized and scanned with the bundled lexicons.
        pub(crate) fn bundled(text: &str) -> Scanned {
            let lex = Lexicon::from_sources(&crate::lexicon::bundled_sources()).unwrap();
            let text = normalize(text);
            let tokens = tokenize(text.as_str());
            let hits = LexMatcher::new(&lex).scan(text.as_str(), &tokens);
            Scanned {
                lex,
                text,
                tokens,
                hits,
            }
        }
    }

    /// The first token of `tokens` (of the normalized `text`) that reads `word`
    /// normalized.
    pub(crate) fn token_of(text: &Normalized, tokens: &[Token], word: &str) -> usize {
        let word = normalize(word);
        tokens
            .iter()
            .position(|t| &text.as_str()[t.range()] == word.as_str())
            .unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{LexiconKind, LexiconSource};
    use crate::normalize::normalize;
    use crate::segment::tokenize;

    fn lexicon() -> Lexicon {
        Lexicon::from_sources(&[
            LexiconSource::new(
                "a.txt",
                LexiconKind::Actors,
                "id: hamas\nname: Hamas\nkind: organization\nnames: حماس | حركة حماس\n\n\
                 id: us\nname: United States\nkind: state\nnames: الولايات المتحدة\nnisba: أمريكي\n\n\
                 id: trump\nname: Trump\nkind: person\nnames: ترامب\n",
            ),
            LexiconSource::new(
                "r.txt",
                LexiconKind::Roles,
                "id: head_of_state\nname: head of state\nkind: person\nnisba_titles: الرئيس\nrefs: الرئيس\n",
            ),
            LexiconSource::new(
                "c.txt",
                LexiconKind::Cues,
                "id: condemn\nm: أدان | دان\nf: أدانت | تدين\nnoun: إدانة\nstance: condemn 0.9\n",
            ),
        ])
        .unwrap()
    }

    fn found(text: &str) -> Vec<(String, Lex)> {
        let lex = lexicon();
        let m = LexMatcher::new(&lex);
        let n = normalize(text);
        let t = tokenize(n.as_str());
        m.scan(n.as_str(), &t)
            .into_iter()
            .map(|h| {
                (
                    n.as_str()[h.start as usize..h.end as usize].to_string(),
                    h.lex,
                )
            })
            .collect()
    }

    #[test]
    fn matches_after_proclitics_only_at_word_boundaries() {
        let hits = found("وحماس لترامب حماسة بحركة حماس");
        let texts: Vec<&str> = hits.iter().map(|h| h.0.as_str()).collect();
        assert_eq!(texts, ["حماس", "ترامب", "حركه حماس", "حماس"]);
    }

    #[test]
    fn the_future_prefix_only_before_an_imperfect() {
        // ستدين is سـ + تدين; سأدان is no verb (a name such as سابان keeps its word).
        let hits = found("وأدانت ستدين سأدان فأدان");
        let texts: Vec<&str> = hits.iter().map(|h| h.0.as_str()).collect();
        assert_eq!(texts, ["ادانت", "تدين", "ادان"]);
    }

    #[test]
    fn a_lookalike_word_takes_no_proclitic() {
        // فدان is a unit of land; فأدان is ف + أدان, ودان و + دان.
        let hits = found("عشرة آلاف فدان فأدان ودان");
        let texts: Vec<&str> = hits.iter().map(|h| h.0.as_str()).collect();
        assert_eq!(texts, ["ادان", "دان"]);
    }

    #[test]
    fn no_lam_before_a_past_verb() {
        // ل + a past form is a verbal noun or a counterfactual, never a report; the
        // imperfect keeps it (ليدين: «so as to condemn»).
        let hits = found("لأدان ولأدان فلأدان وأدان لتدين");
        let texts: Vec<&str> = hits.iter().map(|h| h.0.as_str()).collect();
        assert_eq!(texts, ["ادان", "تدين"]);
    }

    #[test]
    fn elided_article_after_lam() {
        let hits = found("للرئيس الأمريكي وللولايات المتحدة");
        let texts: Vec<&str> = hits.iter().map(|h| h.0.as_str()).collect();
        assert!(texts.contains(&"للرءيس"), "{texts:?}");
        assert!(texts.contains(&"الامريكي"), "{texts:?}");
        assert!(texts.contains(&"للولايات المتحده"), "{texts:?}");
    }

    #[test]
    fn verbal_noun_with_possessive() {
        let hits = found("أعربت عن إدانتها");
        assert!(hits
            .iter()
            .any(|h| h.0 == "ادانتها" && matches!(h.1, Lex::Cue { enclitic: true, .. })));
    }

    #[test]
    fn nisba_forms_are_derived() {
        let forms: Vec<String> = nisba_forms("كوري شمالي").into_iter().map(|f| f.0).collect();
        assert!(forms.contains(&"الكوريه الشماليه".to_string()));
        assert!(forms.contains(&"كوري شمالي".to_string()));
        // The ال of ألماني is no article.
        let forms: Vec<String> = nisba_forms("الماني").into_iter().map(|f| f.0).collect();
        assert!(forms.contains(&"الالمانيه".to_string()), "{forms:?}");
        assert!(forms.contains(&"الماني".to_string()), "{forms:?}");
        let hits = found("الحكومة الأمريكية");
        assert!(hits
            .iter()
            .any(|h| matches!(h.1, Lex::Nisba { definite: true, .. })));
    }

    /// Every form found by the token-wise lookup is one that an overlapping scan of the
    /// whole text finds starting a word after a proclitic chain and ending a word, and
    /// the other way round: the lookup loses nothing by never looking inside words.
    #[test]
    fn lookup_finds_what_an_overlapping_scan_finds_at_word_boundaries() {
        let lex = Lexicon::from_sources(&crate::lexicon::bundled_sources()).unwrap();
        let m = LexMatcher::new(&lex);
        let automaton = m.all_forms_automaton();
        let texts = [
            crate::SAMPLE_ARTICLE.to_string(),
            "وللرئيس الأمريكي، والأمم المتحدة؛ فبحماس «الحركة» كالحكومة والولايات  المتحدة \
             وسيؤكد فالأمين العام للأمم المتحدة-غوتيريش x.y بالبيت الأبيض.\n\nالاتحاد\nالأوروبي"
                .to_string(),
        ];
        for text in texts {
            let n = normalize(&text);
            let (nt, tokens) = (n.as_str(), tokenize(n.as_str()));
            let mut lookup = Vec::new();
            m.each_form(nt, &tokens, |first, start, last, (pattern, _)| {
                lookup.push((first, start, last, pattern))
            });
            let mut scan = Vec::new();
            for hit in automaton.find_overlapping_iter(nt) {
                let (s, e) = (hit.start(), hit.end());
                let Some(first) = tokens
                    .iter()
                    .position(|t| t.start as usize <= s && s < t.end as usize)
                else {
                    continue;
                };
                let Some(last) = tokens.iter().position(|t| t.end as usize == e) else {
                    continue;
                };
                let tok = &tokens[first];
                let mut chains = [Chain::default(); 3];
                let count = proclitics(&nt.as_bytes()[tok.range()], &mut chains);
                let prefix = s - tok.start as usize;
                if tok.is_word() && chains[..count].iter().any(|c| c.len == prefix) {
                    scan.push((first, s, last, hit.pattern().as_u32()));
                }
            }
            lookup.sort_unstable();
            scan.sort_unstable();
            assert!(lookup.len() > 10, "{}", lookup.len());
            assert_eq!(lookup, scan);
        }
    }

    #[test]
    fn compounds_of_abd_are_spelled_both_ways() {
        let mut forms = compound_spellings("سعيد عبدالله حسن");
        forms.sort();
        assert_eq!(forms, ["سعيد عبد الله حسن", "سعيد عبدالله حسن"]);
        let mut forms = compound_spellings("عبد الله بن عبد العزيز");
        forms.sort();
        assert_eq!(
            forms,
            [
                "عبد الله بن عبد العزيز",
                "عبد الله بن عبدالعزيز",
                "عبدالله بن عبد العزيز",
                "عبدالله بن عبدالعزيز"
            ]
        );
        assert_eq!(compound_spellings("حماس"), ["حماس"]);
        let mut forms = compound_spellings("عبدربه منصور هادي");
        forms.sort();
        assert_eq!(forms, ["عبد ربه منصور هادي", "عبدربه منصور هادي"]);
        // عبد alone at the end, and عبده (a name of its own), stay as they are.
        assert_eq!(compound_spellings("ابن عبد"), ["ابن عبد"]);
        assert_eq!(compound_spellings("عبده"), ["عبده"]);
    }
}
