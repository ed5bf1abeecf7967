//! The typed results of an analysis. Their JSON form is the contract of `SPEC.md` §1.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A half-open byte range of the caller's original text, with the text it covers.
///
/// `start` and `end` lie on char boundaries and `text == &input[start..end]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// The covered text, copied from the input.
    pub text: String,
}

impl Span {
    /// The span `start..end` of `input`.
    ///
    /// Returns `None` unless both ends are char boundaries of `input` with `start <= end`.
    ///
    /// ```
    /// use mawqif::Span;
    /// let s = Span::of("قالت حماس", 9, 17).unwrap();
    /// assert_eq!(s.text, "حماس");
    /// assert!(Span::of("قالت", 1, 2).is_none());
    /// ```
    pub fn of(input: &str, start: usize, end: usize) -> Option<Span> {
        let text = input.get(start..end)?;
        Some(Span {
            start,
            end,
            text: text.to_string(),
        })
    }

    /// The number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A stable actor identifier, such as `"hamas"` or `"kazakhstan.government"`.
///
/// Lexicon actors keep their lexicon id across articles; actors composed from a role
/// (`HOLDER.ROLE`) or found by a pattern get an id derived from their name, the same for
/// the same name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActorId(pub String);

impl ActorId {
    /// The id as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ActorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for ActorId {
    fn from(s: &str) -> ActorId {
        ActorId(s.to_string())
    }
}

/// What sort of actor an [`Actor`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A leader, minister, spokesperson or other individual.
    Person,
    /// A movement, party, union, NGO or news organization.
    Organization,
    /// A government, ministry, parliament, army or other state institution.
    Government,
    /// A state.
    State,
    /// A body of states: the UN, the EU, the Arab League ...
    InternationalOrganization,
    /// An armed group, militia or other named group.
    Group,
    /// Anything else.
    Other,
}

impl ActorKind {
    /// The name used in JSON and in lexicon files.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Government => "government",
            ActorKind::State => "state",
            ActorKind::InternationalOrganization => "international_organization",
            ActorKind::Group => "group",
            ActorKind::Other => "other",
        }
    }
}

impl FromStr for ActorKind {
    type Err = String;
    fn from_str(s: &str) -> Result<ActorKind, String> {
        Ok(match s {
            "person" => ActorKind::Person,
            "organization" => ActorKind::Organization,
            "government" => ActorKind::Government,
            "state" => ActorKind::State,
            "international_organization" => ActorKind::InternationalOrganization,
            "group" => ActorKind::Group,
            "other" => ActorKind::Other,
            _ => return Err(format!("unknown kind {s:?}")),
        })
    }
}

impl fmt::Display for ActorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One place where the article names or refers to an actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte offset of the mention's first byte in the input.
    pub start: usize,
    /// Byte offset one past its last byte.
    pub end: usize,
    /// The mention's text.
    pub text: String,
    /// How the mention was found: `name`, `role`, `reference`, `pronoun`, `pattern`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub via: String,
}

/// A political actor the article mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable identifier.
    pub id: ActorId,
    /// Canonical English name.
    pub name: String,
    /// What sort of actor it is.
    pub kind: ActorKind,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// Whether a quote gives the speaker's own words or reports them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Quoted words: in quotation marks or after a colon.
    Direct,
    /// Reported content: after أن/إن and similar.
    Indirect,
}

/// A piece of reported speech.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Who said it, or `None` when no speaker could be found.
    pub speaker: Option<ActorId>,
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// The speech cue (قال، أكدت، مشيرا ...), when there is one.
    pub cue: Option<Span>,
    /// What was said, without the cue, the complementizer or the quotation marks.
    pub content: Span,
    /// The lexicon cue entry that produced it (`say`, `stress` ...), or the construction
    /// (`headline`, `colon`) when no cue word did.
    #[serde(default)]
    pub source: String,
}

/// The stance an actor takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StanceLabel {
    /// Denounces, rejects, criticises or opposes.
    Condemn,
    /// Commends, welcomes, thanks or endorses.
    Praise,
    /// Explains or defends an act as legitimate or necessary.
    Justify,
}

impl StanceLabel {
    /// Every label, in a fixed order.
    pub const ALL: [StanceLabel; 3] = [
        StanceLabel::Condemn,
        StanceLabel::Praise,
        StanceLabel::Justify,
    ];

    /// The name used in JSON and lexicon files.
    pub fn as_str(self) -> &'static str {
        match self {
            StanceLabel::Condemn => "condemn",
            StanceLabel::Praise => "praise",
            StanceLabel::Justify => "justify",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl FromStr for StanceLabel {
    type Err = String;
    fn from_str(s: &str) -> Result<StanceLabel, String> {
        match s {
            "condemn" => Ok(StanceLabel::Condemn),
            "praise" => Ok(StanceLabel::Praise),
            "justify" => Ok(StanceLabel::Justify),
            _ => Err(format!("unknown stance label {s:?}")),
        }
    }
}

impl fmt::Display for StanceLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a stance was assigned: a span of the article and the rule that read it there.
///
/// In JSON it is a span (`start`, `end`, `text`) with two more fields, `rule` and
/// `weight`, so that SPEC §1 readers see the plain span they expect.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The span of the article that shows the stance.
    #[serde(flatten)]
    pub span: Span,
    /// The lexicon entry behind it (`cue:condemn`, `eval:condemn.crime` ...).
    #[serde(default)]
    pub rule: String,
    /// How much it weighed, in [0, 1].
    #[serde(default)]
    pub weight: f32,
}

/// An actor's stance: one (actor, label) pair with all its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stance {
    /// Who takes the stance.
    pub actor: ActorId,
    /// Condemn, praise or justify.
    pub label: StanceLabel,
    /// What the stance is about, when it could be found.
    pub target: Option<Span>,
    /// The target as an actor, when it is one.
    pub target_actor: Option<ActorId>,
    /// Spans of the article that show the stance (at least one), strongest first.
    pub evidence: Vec<Evidence>,
    /// Indexes into [`Analysis::quotes`] of the quotes that carry it.
    pub quotes: Vec<usize>,
    /// Confidence in [0, 1].
    pub score: f32,
}

/// Everything found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Every political actor mentioned, in order of first mention.
    pub actors: Vec<Actor>,
    /// Every piece of reported speech, in text order.
    pub quotes: Vec<Quote>,
    /// Each actor's stances, one per (actor, label).
    pub stances: Vec<Stance>,
}

impl Analysis {
    /// The actor with this id, if the article mentions it.
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id.as_str() == id)
    }

    /// The stance of `actor` with `label`, if the article shows it.
    pub fn stance(&self, actor: &str, label: StanceLabel) -> Option<&Stance> {
        self.stances
            .iter()
            .find(|s| s.actor.as_str() == actor && s.label == label)
    }

    /// The quotes attributed to `actor`.
    pub fn quotes_by<'a>(&'a self, actor: &'a str) -> impl Iterator<Item = &'a Quote> + 'a {
        self.quotes
            .iter()
            .filter(move |q| q.speaker.as_ref().is_some_and(|s| s.as_str() == actor))
    }
}
