//! The [`Extractor`]: lexicons compiled once, then any number of articles analyzed.

use std::sync::{Arc, LazyLock};

use crate::actors::{find_actors, latest_year, resolve_roles, ActorFinding, Spellings};
use crate::coref::resolve_references;
use crate::date::Date;
use crate::error::Result;
use crate::fasthash::{FastMap, FastSet};
use crate::lexicon::{
    bundled_sources, ActorEdits, Lexicon, LexiconKind, LexiconSource, LexiconStats,
};
use crate::matcher::{Lex, LexMatcher};
use crate::normalize::{normalize, Normalized};
use crate::quotes::{requirement_met, QuoteFinder, SpeechEvent};
use crate::segment::{pair_quotations, sentences, tokenize, Token};
use crate::stance::{classify, EventStance};
use crate::types::{Actor, ActorId, Analysis, Evidence, Mention, Quote, Span, Stance, StanceLabel};

struct Inner {
    lexicon: Lexicon,
    matcher: LexMatcher,
}

/// Finds actors, quotes and stances in Arabic news articles.
///
/// Built once (lexicons parsed and validated, the automaton compiled), then shared: it is
/// `Send + Sync` and cloning it is cheap.
///
/// ```
/// use mawqif::{Extractor, StanceLabel};
///
/// let extractor = Extractor::bundled();
/// let analysis = extractor.analyze("أدانت حركة حماس بشدة العدوان على غزة.");
/// assert!(analysis.stance("hamas", StanceLabel::Condemn).is_some());
/// ```
#[derive(Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("lexicon", &self.inner.lexicon.stats())
            .field("patterns", &self.inner.matcher.pattern_count())
            .finish()
    }
}

static BUNDLED: LazyLock<Extractor> = LazyLock::new(|| {
    ExtractorBuilder::new()
        .build()
        .expect("the bundled lexicons are checked by the test suite")
});

impl Default for Extractor {
    fn default() -> Self {
        Extractor::bundled()
    }
}

/// One article to analyze in a batch: its text and, when known, its date.
#[derive(Debug, Clone, Copy)]
pub struct Article<'a> {
    /// The article's text.
    pub text: &'a str,
    /// Its publication date, which decides who a role phrase (الرئيس الأمريكي) means.
    pub date: Option<Date>,
}

impl Extractor {
    /// The extractor with the bundled lexicons, built on first use and shared after.
    pub fn bundled() -> Extractor {
        BUNDLED.clone()
    }

    /// A builder to add or replace lexicons.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Analyzes one article.
    ///
    /// Any `&str` is valid input; spans in the result index it exactly. Role phrases
    /// resolve to the holder in the last year the article mentions, or the latest one:
    /// use [`Extractor::analyze_dated`] when the date is known. Texts longer than 4 GiB
    /// are analyzed in their first 4 GiB.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_dated(text, None)
    }

    /// Analyzes one article published on `date`.
    ///
    /// ```
    /// use mawqif::{Date, Extractor};
    /// let ex = Extractor::bundled();
    /// let date: Date = "2015-06-01".parse().unwrap();
    /// let a = ex.analyze_dated("رحب الرئيس الأمريكي بالاتفاق.", Some(date));
    /// assert_eq!(a.actors[0].id.as_str(), "barack_obama");
    /// ```
    pub fn analyze_dated(&self, text: &str, date: Option<Date>) -> Analysis {
        let mut analysis = Analysis::default();
        self.run(text, date, Stage::Stance, Some(&mut analysis));
        analysis
    }

    /// Runs the pipeline up to and including `last`, returning a count that depends on
    /// all the work done; when `out` is given (with `last` = [`Stage::Stance`]) the
    /// analysis is assembled into it. One sequence of stages for `analyze_dated` and the
    /// benchmarks' `run_stage`.
    fn run(
        &self,
        text: &str,
        date: Option<Date>,
        last: Stage,
        out: Option<&mut Analysis>,
    ) -> usize {
        let lex = &self.inner.lexicon;
        let norm = normalize(text);
        if last == Stage::Normalize {
            return norm.as_str().len();
        }
        let ntext = norm.as_str();
        let tokens = tokenize(ntext);
        let quotations = pair_quotations(&tokens);
        let sents = sentences(ntext, &tokens, &quotations);
        if last == Stage::Segment {
            return tokens.len() + sents.len();
        }
        let mut hits = self.inner.matcher.scan(ntext, &tokens);
        // Words written with tanween are indefinite nouns and adjectives (سوريًا "a
        // Syrian", قرضاً "a loan").
        let tanween = tanween_tokens(&norm, &tokens);
        // One pass over the hits drops those that stand for nothing here, for every
        // stage: a cue that needs a word after it and lacks it (حمّل ... المسؤولية، وجّه
        // ... انتقادات), which is no cue and bounds no name; a lexicon name or given name
        // on a word with tanween.
        hits.retain(|h| match h.lex {
            Lex::Cue { cue, .. } => {
                requirement_met(&lex.cues[cue as usize], ntext, &tokens, h, tokens.len())
            }
            Lex::Actor { .. } | Lex::Capital { .. } | Lex::GivenName => {
                tanween.is_empty()
                    || !(h.tok_start..h.tok_end).any(|t| tanween.binary_search(&t).is_ok())
            }
            _ => true,
        });
        if last == Stage::Scan {
            return hits.len();
        }
        // What folding hides, read from the original spelling where names are read:
        // «على» and «علي» both fold to علي (the preposition is no name's start), and و +
        // hamza (وأخلاق, the conjunction) folds like و + alef (وارن, a name). Only a
        // given-name hit starts a person, so one pass over those hits does: its token,
        // and the eight words a name may go on to.
        let original = |t: usize| {
            let tok = &tokens[t];
            norm.original_text(text, tok.start as usize, tok.end as usize)
        };
        let mut spellings = Spellings {
            tanween,
            ..Spellings::default()
        };
        // Hits come in text order: each token after a name is read once, however many
        // names' windows hold it, and the notes come out sorted.
        let mut read_to = 0;
        // (Only an article that writes ة tells a pronoun's ه from it: read once, for the
        // names here and for the quote finder.)
        let writes_ta_marbuta = text.contains('ة');
        // (And only one that writes «على» tells the preposition from the name علي.)
        let mut writes_ala: Option<bool> = None;
        let mut writes_alef_maqsura: Option<bool> = None;
        let mut writes_hamza: Option<bool> = None;
        for h in hits.iter().filter(|h| matches!(h.lex, Lex::GivenName)) {
            let t = h.tok_start as usize;
            // (Likewise «مني», from me, written with ي where the article writes ى: it
            // folds to the given name منى.)
            if ntext.as_bytes().get(tokens[t].range()) == Some("مني".as_bytes())
                && original(t).ends_with('ي')
                && *writes_alef_maqsura.get_or_insert_with(|| text.contains('ى'))
            {
                spellings.ala.push(t as u32);
            }
            // (A given name written with ى is the name, whatever word ي would make.)
            if h.prefix == 0 && original(t).ends_with('ى') {
                spellings.maqsura_name.push(t as u32);
            }
            if ntext.as_bytes().get(tokens[t].range()) == Some("علي".as_bytes()) {
                let written = original(t);
                if written.ends_with('ى') {
                    spellings.ala.push(t as u32);
                } else if written.ends_with('ي')
                    && *writes_ala.get_or_insert_with(|| text.contains("على"))
                {
                    spellings.ali.push(t as u32);
                }
            }
            let after = h.tok_end as usize;
            let from = after.max(read_to);
            read_to = read_to.max(after + 8);
            for (u, tok) in tokens.iter().enumerate().take(after + 8).skip(from) {
                let w = ntext.get(tok.range()).unwrap_or("");
                let hamza_second = || {
                    original(u)
                        .chars()
                        .nth(1)
                        .is_some_and(|c| matches!(c, 'أ' | 'إ' | 'آ'))
                };
                if w.starts_with("وا") && !w.starts_with("وال") && hamza_second() {
                    spellings.waw_hamza.push(u as u32);
                } else if ["با", "لا", "كا"].iter().any(|p| w.starts_with(p))
                    && !w.starts_with("بال")
                    && !w.starts_with("كال")
                    && hamza_second()
                {
                    spellings.prep_hamza.push(u as u32);
                }
                if w.ends_with('ه')
                    && !w.starts_with("ال")
                    && w.chars().count() >= 4
                    && original(u).ends_with('ه')
                    && writes_ta_marbuta
                {
                    spellings.pronoun_ha.push(u as u32);
                }
                if crate::actors::derived_past_shaped(w)
                    && original(u).starts_with('ا')
                    && *writes_hamza.get_or_insert_with(|| text.contains(['أ', 'إ']))
                {
                    spellings.alif_verb.push(u as u32);
                }
            }
        }
        spellings.ala.dedup();
        spellings.ali.dedup();
        spellings.maqsura_name.dedup();
        // Each token's word, once, for the actor and quote stages.
        let words = crate::segment::token_words(ntext, &tokens);
        // The hits of each token, once, for the actor and quote stages too.
        let hits_by_token = crate::matcher::hits_by_token(&hits, tokens.len());
        let mut found = find_actors(lex, ntext, &tokens, &words, &hits_by_token, &spellings);
        let year = date
            .is_none()
            .then(|| latest_year(ntext, &tokens))
            .flatten();
        resolve_roles(lex, &mut found, date, year);
        // The article's headline, when its first line is one: a title there may name
        // the person the text introduces below.
        let headline_end = sents
            .first()
            .filter(|s| s.headline && s.start == 0 && s.end > s.start)
            .and_then(|s| tokens.get(s.end - 1))
            .map(|t| t.end as usize);
        resolve_references(
            lex,
            &self.inner.matcher,
            (ntext, &tokens),
            &mut found,
            headline_end,
        );
        if last == Stage::Actors {
            return found.mentions.len() + found.parse_steps;
        }
        let events = QuoteFinder {
            lex,
            text: ntext,
            tokens: &tokens,
            words: &words,
            sentences: &sents,
            quotations: &quotations,
            hits: &hits,
            hits_by_token: &hits_by_token,
            found: &found,
            original: (text, &norm),
            writes_ta_marbuta,
        }
        .find();
        if last == Stage::Quotes {
            return events.len();
        }
        let mut stances = classify(lex, ntext, &tokens, &hits, &found, &events);
        // A news organization reports: its words carry the journalist's framing, not a
        // stance of its own (وكالة الأنباء تدين، الصحيفة وصفت القرار).
        stances.retain(|s| !found.slots[found.canonical(s.speaker)].is_media(lex));
        if let Some(out) = out {
            *out = Assembler {
                input: text,
                norm: &norm,
                tokens: &tokens,
                found: &found,
            }
            .assemble(&events, &stances);
        }
        stances.len()
    }

    /// Analyzes many articles on `threads` threads (0: one per core), keeping their
    /// order. Each thread takes the next article as it finishes the last, so long and
    /// short articles balance.
    ///
    /// ```
    /// use mawqif::{Article, Extractor};
    /// let ex = Extractor::bundled();
    /// let articles = [
    ///     Article { text: "رحبت مصر بالاتفاق.", date: None },
    ///     Article { text: "", date: None },
    /// ];
    /// let results = ex.analyze_batch(&articles, 2);
    /// assert_eq!(results.len(), 2);
    /// ```
    pub fn analyze_batch(&self, articles: &[Article<'_>], threads: usize) -> Vec<Analysis> {
        let threads = if threads == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            threads
        }
        .min(articles.len().max(1));
        if threads <= 1 {
            return articles
                .iter()
                .map(|a| self.analyze_dated(a.text, a.date))
                .collect();
        }
        let next = std::sync::atomic::AtomicUsize::new(0);
        let mut results: Vec<Option<Analysis>> = vec![None; articles.len()];
        let chunks: Vec<Vec<(usize, Analysis)>> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut local = Vec::new();
                        loop {
                            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            let Some(a) = articles.get(i) else { break };
                            local.push((i, self.analyze_dated(a.text, a.date)));
                        }
                        local
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_default())
                .collect()
        });
        for (i, a) in chunks.into_iter().flatten() {
            results[i] = Some(a);
        }
        results
            .into_iter()
            .enumerate()
            .map(|(i, r)| {
                r.unwrap_or_else(|| self.analyze_dated(articles[i].text, articles[i].date))
            })
            .collect()
    }

    /// What the extractor's lexicons hold.
    pub fn lexicon_stats(&self) -> LexiconStats {
        self.inner.lexicon.stats()
    }

    /// The number of distinct surface forms in the compiled automaton.
    pub fn pattern_count(&self) -> usize {
        self.inner.matcher.pattern_count()
    }

    /// Runs only the stages up to and including `stage`, returning a count that depends
    /// on all their work; for the benchmarks, which measure stage by stage.
    #[doc(hidden)]
    pub fn run_stage(&self, text: &str, stage: Stage) -> usize {
        self.run(text, None, stage, None)
    }

    /// The baseline of the benchmarks: an Aho-Corasick automaton (the crate's defaults)
    /// of every actor and cue form of the lexicons, for one bare overlapping scan of
    /// normalized text (`automaton.find_overlapping_iter(text).count()`).
    #[doc(hidden)]
    pub fn baseline_automaton(&self) -> aho_corasick::AhoCorasick {
        self.inner.matcher.baseline_automaton()
    }
}

impl Extractor {
    /// Byte spans of `text` where a speech or stance cue form of the lexicons matches
    /// (proclitics included), whatever its context; for the cue-mining program, which
    /// measures how much of the vocabulary in cue position the lexicons cover.
    #[doc(hidden)]
    pub fn cue_spans(&self, text: &str) -> Vec<(usize, usize)> {
        self.spans_of(text, |lex| matches!(lex, crate::matcher::Lex::Cue { .. }))
    }

    /// Byte spans of `text` where an evaluative form matches, whatever its context; for
    /// the mining program's report on the words of quote content.
    #[doc(hidden)]
    pub fn evaluative_spans(&self, text: &str) -> Vec<(usize, usize)> {
        self.spans_of(text, |lex| matches!(lex, crate::matcher::Lex::Eval { .. }))
    }

    fn spans_of(
        &self,
        text: &str,
        wanted: impl Fn(&crate::matcher::Lex) -> bool,
    ) -> Vec<(usize, usize)> {
        let norm = normalize(text);
        let ntext = norm.as_str();
        let tokens = tokenize(ntext);
        self.inner
            .matcher
            .scan(ntext, &tokens)
            .iter()
            .filter(|h| wanted(&h.lex))
            .map(|h| {
                norm.original_span(tokens[h.tok_start as usize].start as usize, h.end as usize)
            })
            .collect()
    }
}

/// Pipeline stages, for [`Extractor::run_stage`].
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stage {
    /// Normalization alone.
    Normalize,
    /// Normalization and segmentation.
    Segment,
    /// Up to the lexical scan.
    Scan,
    /// Up to actors and references.
    Actors,
    /// Up to speech events.
    Quotes,
    /// Everything but assembling the result.
    Stance,
}

/// Normalizes `text` as the pipeline does; for the benchmarks' baseline.
#[doc(hidden)]
pub fn normalize_for_matching(text: &str) -> String {
    normalize(text).as_str().to_string()
}

/// Configures an [`Extractor`]: which lexicons it uses.
///
/// ```
/// use mawqif::{Extractor, LexiconKind, LexiconSource, StanceLabel};
///
/// let extra = LexiconSource::new(
///     "my_actors.txt",
///     LexiconKind::Actors,
///     "id: acme_party\nname: Acme Party\nkind: organization\ngender: m\nnames: حزب أكمي\n",
/// );
/// let ex = Extractor::builder().add_lexicon(extra).build().unwrap();
/// let a = ex.analyze("وأدان حزب أكمي القرار.");
/// assert!(a.stance("acme_party", StanceLabel::Condemn).is_some());
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    sources: Vec<LexiconSource>,
    edits: ActorEdits,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder::new()
    }
}

impl ExtractorBuilder {
    /// A builder starting from the bundled lexicons.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder {
            sources: bundled_sources(),
            edits: ActorEdits::default(),
        }
    }

    /// A builder with no lexicons at all: add every one you need.
    pub fn empty() -> ExtractorBuilder {
        ExtractorBuilder {
            sources: Vec::new(),
            edits: ActorEdits::default(),
        }
    }

    /// Adds a lexicon file to those already there.
    pub fn add_lexicon(mut self, source: LexiconSource) -> ExtractorBuilder {
        self.sources.push(source);
        self
    }

    /// Replaces every lexicon file of the source's kind with this one.
    pub fn replace_lexicon(mut self, source: LexiconSource) -> ExtractorBuilder {
        self.sources.retain(|s| s.kind != source.kind);
        self.sources.push(source);
        self
    }

    /// Removes every lexicon file of a kind.
    pub fn without(mut self, kind: LexiconKind) -> ExtractorBuilder {
        self.sources.retain(|s| s.kind != kind);
        self
    }

    /// Replaces actors by id: each entry of `source` (an actors file) takes the place of
    /// the bundled or earlier entry with the same id, names and all, so that its names
    /// may be the old ones; an entry with a new id is added. The other actors stay.
    ///
    /// ```
    /// use mawqif::{Extractor, LexiconKind, LexiconSource};
    ///
    /// // Hamas under an id of the caller's scheme, with one more name.
    /// let mine = LexiconSource::new(
    ///     "override.txt",
    ///     LexiconKind::Actors,
    ///     "id: hamas\nname: Hamas movement\nkind: organization\nnames: حماس | حركة حماس | الحمساويين\n",
    /// );
    /// let ex = Extractor::builder().override_actors(mine).build().unwrap();
    /// let a = ex.analyze("وقالت حماس إن القرار مرفوض.");
    /// assert_eq!(a.actors[0].name, "Hamas movement");
    /// assert!(ex.lexicon_stats().actors > 1000);
    /// ```
    pub fn override_actors(mut self, source: LexiconSource) -> ExtractorBuilder {
        self.edits.overrides.push(source);
        self
    }

    /// Removes one actor by id, with the role tenures held for it; building fails if no
    /// actor has that id.
    ///
    /// ```
    /// use mawqif::Extractor;
    ///
    /// let ex = Extractor::builder().remove_actor("hamas").build().unwrap();
    /// let a = ex.analyze("وقالت حماس إن القرار مرفوض.");
    /// assert!(a.actors.iter().all(|actor| actor.id.as_str() != "hamas"));
    /// assert!(Extractor::builder().remove_actor("no_such_actor").build().is_err());
    /// ```
    pub fn remove_actor(mut self, id: impl Into<String>) -> ExtractorBuilder {
        self.edits.removed.push(id.into());
        self
    }

    /// Adds a lexicon file read from disk. A file that is not UTF-8 is an error naming
    /// the line of its first invalid byte.
    pub fn add_lexicon_file(
        self,
        kind: LexiconKind,
        path: impl AsRef<std::path::Path>,
    ) -> Result<ExtractorBuilder> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| crate::Error::Io {
            path: name.clone(),
            source,
        })?;
        let text = crate::lexicon::utf8_text(&name, bytes)?;
        Ok(self.add_lexicon(LexiconSource::new(name, kind, text)))
    }

    /// Parses and validates the lexicons and compiles the matcher.
    pub fn build(self) -> Result<Extractor> {
        let lexicon = Lexicon::build(&self.sources, &self.edits)?;
        let matcher = LexMatcher::new(&lexicon);
        Ok(Extractor {
            inner: Arc::new(Inner { lexicon, matcher }),
        })
    }
}

/// Turns the pipeline's token-level results into the public, original-text types.
struct Assembler<'a> {
    input: &'a str,
    norm: &'a Normalized,
    tokens: &'a [Token],
    found: &'a ActorFinding,
}

/// A name as the article writes it, in one pass: quotation marks as spaces, tatweel and
/// invisible marks dropped, runs of whitespace as one space, none at either end.
fn written_name(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        match c {
            '«' | '»' | '"' | '“' | '”' => space = true,
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{0640}' => {}
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

impl Assembler<'_> {
    fn span_bytes(&self, start: usize, end: usize) -> Span {
        let (s, e) = self.span_range(start, end);
        Span {
            start: s,
            end: e,
            text: self.input[s..e].to_string(),
        }
    }

    /// The original byte range of a normalized span, empty where the range is no slice of
    /// the input: what [`Assembler::span_bytes`] covers, without copying its text.
    fn span_range(&self, start: usize, end: usize) -> (usize, usize) {
        let (s, e) = self.norm.original_span(start, end);
        if self.input.get(s..e).is_some() {
            (s, e)
        } else {
            (s, s)
        }
    }

    fn span_tokens(&self, from: usize, to: usize) -> Span {
        let to = to.min(self.tokens.len());
        if from >= to {
            let b = self
                .tokens
                .get(from)
                .map_or(self.norm.as_str().len(), |t| t.start as usize);
            return self.span_bytes(b, b);
        }
        self.span_bytes(
            self.tokens[from].start as usize,
            self.tokens[to - 1].end as usize,
        )
    }

    fn assemble(&self, events: &[SpeechEvent], stances: &[EventStance]) -> Analysis {
        let found = self.found;
        // Actors in order of first mention.
        let mut order: Vec<usize> = Vec::new();
        // Mentions by slot, and whether the slot has been seen: indexed, not hashed.
        let mut mentions: Vec<Option<Vec<Mention>>> = vec![None; found.slots.len()];
        // Each actor's list sized once for all its mentions, rather than grown a push at
        // a time (a mention is some seventy bytes, its list reallocated and copied).
        let mut counts: Vec<u32> = vec![0; found.slots.len()];
        for m in &found.mentions {
            counts[found.canonical(m.slot)] += 1;
        }
        let mut seen: FastSet<(usize, usize, usize)> =
            FastSet::with_capacity_and_hasher(found.mentions.len(), Default::default());
        for m in &found.mentions {
            let slot = found.canonical(m.slot);
            let list = mentions[slot].get_or_insert_with(|| {
                order.push(slot);
                Vec::with_capacity(counts[slot] as usize)
            });
            // Duplicates are dropped before their text is copied.
            let (start, end) = self.span_range(m.start, m.end);
            if start == end || !seen.insert((slot, start, end)) {
                continue;
            }
            list.push(Mention {
                start,
                end,
                text: self.input[start..end].to_string(),
                via: m.via.as_str().to_string(),
            });
        }
        // A lexicon actor and a derived one could share an id; the first keeps it and the
        // other's mentions join it, so that ids stay unique.
        let mut by_id: FastMap<&str, usize> = FastMap::default();
        let mut order_merged: Vec<usize> = Vec::new();
        for &slot in &order {
            let id = found.slots[slot].id.as_str();
            match by_id.get(id) {
                Some(&first) => {
                    let extra = mentions[slot].take().unwrap_or_default();
                    mentions[first].get_or_insert_with(Vec::new).extend(extra);
                }
                None => {
                    by_id.insert(id, slot);
                    order_merged.push(slot);
                }
            }
        }
        let order = order_merged;
        let id_of = |slot: usize| ActorId(found.slots[found.canonical(slot)].id.clone());
        let mut actors: Vec<Actor> = Vec::with_capacity(order.len());
        for slot in &order {
            let mut list = mentions[*slot].take().unwrap_or_default();
            if list.is_empty() {
                continue;
            }
            list.sort_by_key(|m| (m.start, m.end));
            let s = &found.slots[*slot];
            // A derived actor is named as the article writes it (أحمد الزهراني, not the
            // folded احمد الزهراني), its whitespace collapsed.
            let written_at = |(a, b): (usize, usize)| {
                let (a, b) = self.span_range(a, b);
                written_name(&self.input[a..b])
            };
            // A role over a body found by pattern (المتحدث باسم هيئة الغابات الأمريكية)
            // is named after the body as written too.
            let written = s.name_at.map(written_at).or_else(|| {
                let (_, holder) = s.role?;
                let holder = &found.slots[holder];
                let role_name = s.name.strip_prefix(holder.name.as_str())?;
                Some(format!("{}{role_name}", written_at(holder.name_at?)))
            });
            actors.push(Actor {
                id: ActorId(s.id.clone()),
                name: written
                    .filter(|w| !w.is_empty())
                    .unwrap_or_else(|| s.name.clone()),
                kind: s.kind,
                mentions: list,
            });
        }
        // Quotes, in text order, one per content span.
        let mut quotes: Vec<Quote> = Vec::new();
        let mut quote_of_event: Vec<Option<usize>> = vec![None; events.len()];
        let mut by_content: FastMap<(usize, usize), usize> = FastMap::default();
        let mut order_ev: Vec<usize> = (0..events.len()).filter(|&i| events[i].is_quote).collect();
        order_ev.sort_by_key(|&i| (events[i].content.0, events[i].content.1));
        for i in order_ev {
            let ev = &events[i];
            let content = self.span_tokens(ev.content.0, ev.content.1);
            if content.is_empty() {
                continue;
            }
            if let Some(&q) = by_content.get(&(content.start, content.end)) {
                quote_of_event[i] = Some(q);
                continue;
            }
            let cue = ev.cue.map(|h| {
                self.span_bytes(
                    self.tokens[h.tok_start as usize].start as usize,
                    h.end as usize,
                )
            });
            by_content.insert((content.start, content.end), quotes.len());
            quote_of_event[i] = Some(quotes.len());
            quotes.push(Quote {
                speaker: ev.speaker.map(id_of),
                kind: ev.kind,
                cue,
                content,
                source: ev.source.clone(),
            });
        }
        // Stances, gathered per (actor, label).
        let mut gathered: Vec<((usize, StanceLabel), Vec<&EventStance>)> = Vec::new();
        let mut group_of: FastMap<(usize, StanceLabel), usize> = FastMap::default();
        for st in stances {
            let key = (found.canonical(st.speaker), st.label);
            let g = *group_of.entry(key).or_insert_with(|| {
                gathered.push((key, Vec::new()));
                gathered.len() - 1
            });
            gathered[g].1.push(st);
        }
        let mut out_stances = Vec::with_capacity(gathered.len());
        for ((slot, label), list) in gathered {
            let score = 1.0 - list.iter().fold(1.0f32, |acc, s| acc * (1.0 - s.score));
            let best = list
                .iter()
                .max_by(|a, b| a.score.total_cmp(&b.score))
                .copied();
            let mut evidence: Vec<Evidence> = Vec::new();
            let mut seen_spans: FastSet<(usize, usize)> = FastSet::default();
            for s in &list {
                for e in &s.evidence {
                    let span = self.span_tokens(e.from, e.to);
                    if span.is_empty() || !seen_spans.insert((span.start, span.end)) {
                        continue;
                    }
                    evidence.push(Evidence {
                        span,
                        rules: e.rules.clone(),
                        weight: crate::types::round4(f64::from(e.weight)),
                    });
                }
            }
            if evidence.is_empty() {
                continue;
            }
            evidence.sort_by(|a, b| b.weight.total_cmp(&a.weight));
            let mut quote_ids: Vec<usize> = list
                .iter()
                .filter(|s| !s.reported)
                .filter_map(|s| quote_of_event[s.event])
                .collect();
            quote_ids.sort_unstable();
            quote_ids.dedup();
            let target = best
                .and_then(|b| b.target)
                .map(|(a, b)| self.span_bytes(a, b))
                .filter(|s| !s.is_empty());
            let target_actor = best.and_then(|b| b.target_actor).map(id_of);
            out_stances.push(Stance {
                actor: id_of(slot),
                label,
                target,
                target_actor,
                evidence,
                quotes: quote_ids,
                score: crate::types::round4(f64::from(score.clamp(0.0, 1.0))),
            });
        }
        Analysis {
            actors,
            quotes,
            stances: out_stances,
        }
    }
}

/// The word tokens whose original spelling carries tanween (ً ٌ ٍ), in order.
fn tanween_tokens(norm: &Normalized, tokens: &[Token]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    for &at in norm.tanween_at() {
        // The mark was dropped right after a letter of its word (its last, or the one
        // before the alif): the word is the token that holds the byte before it.
        let at = at as usize;
        let t = tokens.partition_point(|tok| (tok.end as usize) < at);
        if let Some(tok) = tokens.get(t) {
            if tok.is_word() && (tok.start as usize) < at && out.last() != Some(&(t as u32)) {
                out.push(t as u32);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tanween_tokens_are_the_words_that_carry_it() {
        let text = "قدمت الشركة قرضاً جديدًا لسوريا، وقال رجلٌ: لا.";
        let norm = normalize(text);
        let tokens = tokenize(norm.as_str());
        let words: Vec<&str> = tanween_tokens(&norm, &tokens)
            .iter()
            .map(|&t| &norm.as_str()[tokens[t as usize].range()])
            .collect();
        assert_eq!(words, ["قرضا", "جديدا", "رجل"]);
        assert!(tanween_tokens(&normalize(""), &[]).is_empty());
        // A mark on its own, or after a space, is on no word.
        let text = "ً ً";
        let norm = normalize(text);
        assert!(tanween_tokens(&norm, &tokenize(norm.as_str())).is_empty());
    }

    #[test]
    fn written_names_as_the_chain_of_replacements_gave_them() {
        let old = |t: &str| {
            t.replace(['«', '»', '"', '“', '”'], " ")
                .replace(
                    |c: char| {
                        matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{0640}')
                    },
                    "",
                )
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        for t in [
            "",
            " ",
            "أحمد الزهراني",
            "  «هيئة»  الأوقاف\n\tالإسلامية» ",
            "صلا\u{200B}ح \u{200F} الدين\u{0640}",
            "\u{FEFF}\"لوموند\"",
            "a\u{2028}b\u{00A0}c\u{202A}",
        ] {
            assert_eq!(written_name(t), old(t), "{t:?}");
        }
    }

    #[test]
    fn extractor_is_send_sync_and_cheap_to_clone() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Extractor>();
    }

    #[test]
    fn builder_reports_bad_lexicons() {
        let err = Extractor::builder()
            .add_lexicon(LexiconSource::new(
                "mine.txt",
                LexiconKind::Actors,
                "id: x\nname: X\nkind: planet\nnames: س\n",
            ))
            .build()
            .unwrap_err();
        assert!(
            err.to_string().starts_with("mine.txt:3: field \"kind\""),
            "{err}"
        );
    }

    #[test]
    fn batch_keeps_order() {
        let ex = Extractor::bundled();
        let texts = ["أدانت حماس الهجوم.", "", "رحبت مصر بالقرار."];
        let arts: Vec<Article> = texts
            .iter()
            .map(|t| Article {
                text: t,
                date: None,
            })
            .collect();
        let one = ex.analyze_batch(&arts, 1);
        let two = ex.analyze_batch(&arts, 2);
        assert_eq!(one, two);
        assert_eq!(one[1], Analysis::default());
    }
}
