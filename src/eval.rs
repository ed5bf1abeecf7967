//! Scoring analyses against gold annotations, exactly as `SPEC.md` §3 defines it.
//!
//! ```
//! use mawqif::eval::{score_article, Gold};
//! use mawqif::Extractor;
//!
//! let gold: Gold = serde_json::from_str(r#"{
//!   "id": "t", "text": "أدانت حركة حماس القرار.",
//!   "actors": [{"key": "hamas", "name": "Hamas", "kind": "organization",
//!               "mentions": ["حركة حماس"]}],
//!   "quotes": [],
//!   "stances": [{"actor": "hamas", "label": "condemn", "evidence": ["أدانت"]}]
//! }"#).unwrap();
//! let text = gold.text.clone().unwrap();
//! let analysis = Extractor::bundled().analyze(&text);
//! let score = score_article(&gold, &text, &analysis);
//! assert_eq!(score.counts.stance_tp, 1);
//! assert_eq!(score.counts.stance_f1(), 1.0);
//! ```

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::types::{Analysis, StanceLabel};

/// A gold actor.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldActor {
    /// Key other gold entries refer to.
    pub key: String,
    /// English name.
    #[serde(default)]
    pub name: String,
    /// Kind, as in SPEC §1.
    #[serde(default)]
    pub kind: String,
    /// Surface strings; every occurrence in the text is a mention.
    pub mentions: Vec<String>,
}

/// A gold quote.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldQuote {
    /// Key of the speaking actor.
    pub speaker: String,
    /// `direct` or `indirect`.
    #[serde(default)]
    pub kind: String,
    /// Exact substring of the text.
    pub content: String,
}

/// A gold stance.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GoldStance {
    /// Key of the actor.
    pub actor: String,
    /// The label.
    pub label: StanceLabel,
    /// What it is about.
    #[serde(default)]
    pub target: Option<String>,
    /// The target's key, when it is an actor.
    #[serde(default)]
    pub target_actor: Option<String>,
    /// Substrings showing the stance.
    #[serde(default)]
    pub evidence: Vec<String>,
}

/// One gold file (SPEC §2).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Gold {
    /// The article's id.
    #[serde(default)]
    pub id: String,
    /// The text, when inline.
    #[serde(default)]
    pub text: Option<String>,
    /// The text's file, beside the gold file, when not inline.
    #[serde(default)]
    pub text_file: Option<String>,
    /// Every named political actor.
    #[serde(default)]
    pub actors: Vec<GoldActor>,
    /// Every piece of reported speech by a listed actor.
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Each (actor, label) the article shows.
    #[serde(default)]
    pub stances: Vec<GoldStance>,
}

/// A gold file with its text, ready to score.
#[derive(Debug, Clone)]
pub struct GoldArticle {
    /// Where it was read from.
    pub path: PathBuf,
    /// The annotation.
    pub gold: Gold,
    /// The article's text.
    pub text: String,
}

impl GoldArticle {
    /// Reads a gold file and its text.
    pub fn load(path: impl AsRef<Path>) -> Result<GoldArticle> {
        let path = path.as_ref();
        let bad = |message: String| Error::Gold {
            path: path.display().to_string(),
            message,
        };
        let raw = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.display().to_string(),
            source,
        })?;
        let gold: Gold = serde_json::from_str(&raw).map_err(|e| bad(e.to_string()))?;
        let text = match (&gold.text, &gold.text_file) {
            (Some(t), _) => t.clone(),
            (None, Some(f)) => {
                let p = path.parent().unwrap_or(Path::new(".")).join(f);
                std::fs::read_to_string(&p).map_err(|source| Error::Io {
                    path: p.display().to_string(),
                    source,
                })?
            }
            (None, None) => return Err(bad("neither \"text\" nor \"text_file\"".into())),
        };
        Ok(GoldArticle {
            path: path.to_path_buf(),
            gold,
            text,
        })
    }

    /// Reads every `*.json` gold file of a folder, sorted by name.
    pub fn load_dir(dir: impl AsRef<Path>) -> Result<Vec<GoldArticle>> {
        let dir = dir.as_ref();
        let entries = std::fs::read_dir(dir).map_err(|source| Error::Io {
            path: dir.display().to_string(),
            source,
        })?;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        paths.iter().map(GoldArticle::load).collect()
    }
}

/// Counts behind the metrics; they add up over articles (micro-averaging). More counts
/// may come: build one with `Counts::default()`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Counts {
    /// System (actor, label) pairs that match gold.
    pub stance_tp: usize,
    /// System (actor, label) pairs.
    pub stance_system: usize,
    /// Gold (actor, label) pairs.
    pub stance_gold: usize,
    /// System quotes with a speaker that are correct.
    pub quote_correct: usize,
    /// System quotes with a speaker.
    pub quote_system: usize,
    /// Gold quotes found by some correct system quote.
    pub quote_found: usize,
    /// Gold quotes.
    pub quote_gold: usize,
    /// Speaking gold actors aligned to a system actor.
    pub speakers_aligned: usize,
    /// Gold actors that speak or hold a stance.
    pub speakers_gold: usize,
    /// The stance counts of each label, in the order of [`StanceLabel::ALL`].
    pub by_label: [LabelCounts; 3],
}

/// Stance counts of one label: the (actor, label) pairs of that label alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct LabelCounts {
    /// System pairs of this label that match gold.
    pub tp: usize,
    /// System pairs of this label.
    pub system: usize,
    /// Gold pairs of this label.
    pub gold: usize,
}

impl LabelCounts {
    /// Precision of this label.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.system)
    }
    /// Recall of this label.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    /// F1 of this label.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

fn label_index(label: StanceLabel) -> usize {
    StanceLabel::ALL
        .iter()
        .position(|&l| l == label)
        .unwrap_or(0)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Counts {
    /// Stance precision.
    pub fn stance_precision(&self) -> f64 {
        ratio(self.stance_tp, self.stance_system)
    }
    /// Stance recall.
    pub fn stance_recall(&self) -> f64 {
        ratio(self.stance_tp, self.stance_gold)
    }
    /// Stance F1.
    pub fn stance_f1(&self) -> f64 {
        f1(self.stance_precision(), self.stance_recall())
    }
    /// Quote precision.
    pub fn quote_precision(&self) -> f64 {
        ratio(self.quote_correct, self.quote_system)
    }
    /// Quote recall.
    pub fn quote_recall(&self) -> f64 {
        ratio(self.quote_found, self.quote_gold)
    }
    /// Quote F1.
    pub fn quote_f1(&self) -> f64 {
        f1(self.quote_precision(), self.quote_recall())
    }
    /// Speaking-actor recall.
    pub fn speaker_recall(&self) -> f64 {
        ratio(self.speakers_aligned, self.speakers_gold)
    }
    /// The stance counts of one label.
    ///
    /// ```
    /// use mawqif::eval::Counts;
    /// use mawqif::StanceLabel;
    /// let counts = Counts::default();
    /// assert_eq!(counts.label(StanceLabel::Justify).system, 0);
    /// ```
    pub fn label(&self, label: StanceLabel) -> LabelCounts {
        self.by_label[label_index(label)]
    }

    /// Adds another article's counts.
    pub fn add(&mut self, o: &Counts) {
        self.stance_tp += o.stance_tp;
        self.stance_system += o.stance_system;
        self.stance_gold += o.stance_gold;
        self.quote_correct += o.quote_correct;
        self.quote_system += o.quote_system;
        self.quote_found += o.quote_found;
        self.quote_gold += o.quote_gold;
        self.speakers_aligned += o.speakers_aligned;
        self.speakers_gold += o.speakers_gold;
        for (mine, theirs) in self.by_label.iter_mut().zip(&o.by_label) {
            mine.tp += theirs.tp;
            mine.system += theirs.system;
            mine.gold += theirs.gold;
        }
    }
}

/// One article's score with what was missed and what was extra. More may come.
#[derive(Debug, Clone, Default, Serialize)]
#[non_exhaustive]
pub struct ArticleScore {
    /// The counts.
    pub counts: Counts,
    /// System actor id → gold key, for aligned actors.
    pub alignment: Vec<(String, String)>,
    /// Gold (actor, label) pairs the system missed.
    pub missed_stances: Vec<(String, StanceLabel)>,
    /// System (actor, label) pairs gold does not have.
    pub extra_stances: Vec<(String, StanceLabel)>,
    /// Gold quotes not found: (speaker, content).
    pub missed_quotes: Vec<(String, String)>,
    /// System quotes not correct: (speaker, content).
    pub extra_quotes: Vec<(String, String)>,
    /// Speaking gold actors no system actor aligns to.
    pub missed_speakers: Vec<String>,
}

/// Byte intervals, sorted and merged.
fn merge(mut v: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    v.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(v.len());
    for (s, e) in v {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Characters shared by two merged interval lists of `text`.
fn shared_chars(text: &str, a: &[(usize, usize)], b: &[(usize, usize)]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let s = a[i].0.max(b[j].0);
        let e = a[i].1.min(b[j].1);
        if s < e {
            n += text.get(s..e).map_or(e - s, |t| t.chars().count());
        }
        if a[i].1 < b[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    n
}

/// Every occurrence of `needle` in `text`.
fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    if needle.is_empty() {
        return Vec::new();
    }
    text.match_indices(needle)
        .map(|(i, m)| (i, i + m.len()))
        .collect()
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Scores one analysis of `text` against its gold annotation.
pub fn score_article(gold: &Gold, text: &str, analysis: &Analysis) -> ArticleScore {
    let mut out = ArticleScore::default();
    // 1. Actor alignment by shared mention characters, largest overlap first.
    let gold_spans: Vec<Vec<(usize, usize)>> = gold
        .actors
        .iter()
        .map(|a| {
            merge(
                a.mentions
                    .iter()
                    .flat_map(|m| occurrences(text, m))
                    .collect(),
            )
        })
        .collect();
    let sys_spans: Vec<Vec<(usize, usize)>> = analysis
        .actors
        .iter()
        .map(|a| merge(a.mentions.iter().map(|m| (m.start, m.end)).collect()))
        .collect();
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (si, s) in sys_spans.iter().enumerate() {
        for (gi, g) in gold_spans.iter().enumerate() {
            let n = shared_chars(text, s, g);
            if n > 0 {
                pairs.push((n, si, gi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut sys_to_gold: HashMap<&str, &str> = HashMap::new();
    let mut gold_taken = vec![false; gold.actors.len()];
    let mut sys_taken = vec![false; analysis.actors.len()];
    for (_, si, gi) in pairs {
        if sys_taken[si] || gold_taken[gi] {
            continue;
        }
        sys_taken[si] = true;
        gold_taken[gi] = true;
        sys_to_gold.insert(
            analysis.actors[si].id.as_str(),
            gold.actors[gi].key.as_str(),
        );
        out.alignment.push((
            analysis.actors[si].id.0.clone(),
            gold.actors[gi].key.clone(),
        ));
    }
    // 2. Stances as sets of (actor, label).
    let gold_pairs: BTreeSet<(&str, StanceLabel)> = gold
        .stances
        .iter()
        .map(|s| (s.actor.as_str(), s.label))
        .collect();
    let sys_pairs: BTreeSet<(&str, StanceLabel)> = analysis
        .stances
        .iter()
        .map(|s| (s.actor.as_str(), s.label))
        .collect();
    let mut matched_gold: BTreeSet<(&str, StanceLabel)> = BTreeSet::new();
    for &(actor, label) in &sys_pairs {
        match sys_to_gold.get(actor) {
            Some(g) if gold_pairs.contains(&(*g, label)) => {
                out.counts.stance_tp += 1;
                out.counts.by_label[label_index(label)].tp += 1;
                matched_gold.insert((g, label));
            }
            _ => out.extra_stances.push((actor.to_string(), label)),
        }
    }
    for &(g, label) in &gold_pairs {
        if !matched_gold.contains(&(g, label)) {
            out.missed_stances.push((g.to_string(), label));
        }
    }
    out.counts.stance_system = sys_pairs.len();
    out.counts.stance_gold = gold_pairs.len();
    for &(_, label) in &sys_pairs {
        out.counts.by_label[label_index(label)].system += 1;
    }
    for &(_, label) in &gold_pairs {
        out.counts.by_label[label_index(label)].gold += 1;
    }
    // 3. Quotes: content overlap and aligned speaker.
    let gold_quote_spans: Vec<Vec<(usize, usize)>> = gold
        .quotes
        .iter()
        .map(|q| occurrences(text, &q.content))
        .collect();
    let mut found = vec![false; gold.quotes.len()];
    for q in &analysis.quotes {
        let Some(speaker) = &q.speaker else { continue };
        out.counts.quote_system += 1;
        let span = (q.content.start, q.content.end);
        let aligned = sys_to_gold.get(speaker.as_str());
        let mut correct = false;
        for (gi, gq) in gold.quotes.iter().enumerate() {
            if aligned == Some(&gq.speaker.as_str())
                && gold_quote_spans[gi].iter().any(|&g| overlaps(g, span))
            {
                correct = true;
                found[gi] = true;
            }
        }
        if correct {
            out.counts.quote_correct += 1;
        } else {
            out.extra_quotes
                .push((speaker.0.clone(), q.content.text.chars().take(80).collect()));
        }
    }
    out.counts.quote_gold = gold.quotes.len();
    out.counts.quote_found = found.iter().filter(|&&f| f).count();
    for (gi, f) in found.iter().enumerate() {
        if !f {
            let q = &gold.quotes[gi];
            out.missed_quotes
                .push((q.speaker.clone(), q.content.chars().take(80).collect()));
        }
    }
    // 4. Speaking-actor recall.
    let speaking: BTreeSet<&str> = gold
        .quotes
        .iter()
        .map(|q| q.speaker.as_str())
        .chain(gold.stances.iter().map(|s| s.actor.as_str()))
        .collect();
    let aligned_gold: BTreeSet<&str> = sys_to_gold.values().copied().collect();
    out.counts.speakers_gold = speaking.len();
    for s in speaking {
        if aligned_gold.contains(s) {
            out.counts.speakers_aligned += 1;
        } else {
            out.missed_speakers.push(s.to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{
        Actor, ActorId, ActorKind, Evidence, Mention, Quote, QuoteKind, Span, Stance,
    };

    const TEXT: &str = "قالت حماس إن القرار مرفوض. ورحب ترامب بالقرار.";

    fn gold() -> Gold {
        serde_json::from_str(
            r#"{"id": "t", "text": "",
            "actors": [
              {"key": "hamas", "mentions": ["حماس"]},
              {"key": "trump", "mentions": ["ترامب"]}],
            "quotes": [{"speaker": "hamas", "kind": "indirect", "content": "القرار مرفوض"}],
            "stances": [
              {"actor": "hamas", "label": "condemn", "evidence": ["مرفوض"]},
              {"actor": "trump", "label": "praise", "evidence": ["رحب"]}]}"#,
        )
        .unwrap()
    }

    fn span(needle: &str) -> Span {
        let s = TEXT.find(needle).unwrap();
        Span::of(TEXT, s, s + needle.len()).unwrap()
    }

    fn actor(id: &str, mention: &str) -> Actor {
        let s = span(mention);
        Actor {
            id: ActorId(id.into()),
            name: id.into(),
            kind: ActorKind::Person,
            mentions: vec![Mention {
                start: s.start,
                end: s.end,
                text: s.text,
                via: String::new(),
            }],
        }
    }

    fn stance(actor: &str, label: StanceLabel) -> Stance {
        Stance {
            actor: ActorId(actor.into()),
            label,
            target: None,
            target_actor: None,
            evidence: vec![Evidence {
                span: span("مرفوض"),
                rules: vec![],
                weight: 1.0,
            }],
            quotes: vec![],
            score: 1.0,
        }
    }

    fn perfect() -> Analysis {
        Analysis {
            actors: vec![actor("h", "حماس"), actor("t", "ترامب")],
            quotes: vec![Quote {
                speaker: Some(ActorId("h".into())),
                kind: QuoteKind::Indirect,
                cue: None,
                content: span("القرار مرفوض"),
                source: String::new(),
            }],
            stances: vec![
                stance("h", StanceLabel::Condemn),
                stance("t", StanceLabel::Praise),
            ],
        }
    }

    #[test]
    fn a_perfect_analysis_scores_one() {
        let s = score_article(&gold(), TEXT, &perfect());
        assert_eq!(s.counts.stance_f1(), 1.0);
        assert_eq!(s.counts.quote_f1(), 1.0);
        assert_eq!(s.counts.speaker_recall(), 1.0);
    }

    #[test]
    fn a_wrong_label_lowers_stance_precision_and_recall() {
        let mut a = perfect();
        a.stances[1].label = StanceLabel::Condemn;
        let s = score_article(&gold(), TEXT, &a);
        assert_eq!(s.counts.stance_precision(), 0.5);
        assert_eq!(s.counts.stance_recall(), 0.5);
        assert_eq!(s.counts.quote_f1(), 1.0);
        // Per label: both condemn pairs were said, one is right; praise was missed.
        let condemn = s.counts.label(StanceLabel::Condemn);
        assert_eq!((condemn.tp, condemn.system, condemn.gold), (1, 2, 1));
        assert_eq!(condemn.precision(), 0.5);
        let praise = s.counts.label(StanceLabel::Praise);
        assert_eq!((praise.tp, praise.system, praise.gold), (0, 0, 1));
        assert_eq!(praise.recall(), 0.0);
        let mut total = Counts::default();
        total.add(&s.counts);
        total.add(&s.counts);
        assert_eq!(total.label(StanceLabel::Condemn).system, 4);
    }

    #[test]
    fn a_wrong_speaker_lowers_quote_scores_only() {
        let mut a = perfect();
        a.quotes[0].speaker = Some(ActorId("t".into()));
        let s = score_article(&gold(), TEXT, &a);
        assert_eq!(s.counts.quote_precision(), 0.0);
        assert_eq!(s.counts.quote_recall(), 0.0);
        assert_eq!(s.counts.stance_f1(), 1.0);
    }

    #[test]
    fn an_unaligned_actor_never_matches() {
        let mut a = perfect();
        a.actors.remove(1);
        let s = score_article(&gold(), TEXT, &a);
        assert_eq!(s.counts.stance_tp, 1);
        assert_eq!(s.counts.speaker_recall(), 0.5);
        assert_eq!(s.missed_speakers, ["trump"]);
    }

    #[test]
    fn null_speaker_quotes_are_not_counted() {
        let mut a = perfect();
        a.quotes[0].speaker = None;
        let s = score_article(&gold(), TEXT, &a);
        assert_eq!(s.counts.quote_system, 0);
        assert_eq!(s.counts.quote_precision(), 1.0);
        assert_eq!(s.counts.quote_recall(), 0.0);
    }
}
