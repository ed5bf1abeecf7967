//! The typed results of an analysis. Their JSON form is the contract of `SPEC.md` §1.

use std::fmt;
use std::str::FromStr;

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize, Serializer};

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
///
/// New kinds may come: match with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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

impl ActorKind {
    /// Every kind, in a fixed order.
    pub const ALL: [ActorKind; 7] = [
        ActorKind::Person,
        ActorKind::Organization,
        ActorKind::Government,
        ActorKind::State,
        ActorKind::InternationalOrganization,
        ActorKind::Group,
        ActorKind::Other,
    ];
}

/// Parses the JSON name, in any case: `"state"`, `"State"`.
///
/// ```
/// use mawqif::ActorKind;
/// assert_eq!("International_Organization".parse(), Ok(ActorKind::InternationalOrganization));
/// let err = "sate".parse::<ActorKind>().unwrap_err();
/// assert_eq!(err.input(), "sate");
/// assert_eq!(err.to_string(), r#"unknown kind "sate": expected person, organization, government, state, international_organization, group or other"#);
/// ```
impl FromStr for ActorKind {
    type Err = ParseNameError;
    fn from_str(s: &str) -> Result<ActorKind, ParseNameError> {
        parse_name(s, "kind", &ActorKind::ALL, |k| k.as_str())
    }
}

/// A name that is none of the names of an enum ([`ActorKind`], [`QuoteKind`],
/// [`StanceLabel`]): what was given and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseNameError {
    what: &'static str,
    input: String,
    expected: Vec<&'static str>,
}

impl ParseNameError {
    /// What was given.
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The names that would have been accepted.
    pub fn expected(&self) -> &[&'static str] {
        &self.expected
    }
}

impl fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {:?}: expected ", self.what, self.input)?;
        for (i, name) in self.expected.iter().enumerate() {
            let sep = match i {
                0 => "",
                _ if i + 1 == self.expected.len() => " or ",
                _ => ", ",
            };
            write!(f, "{sep}{name}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseNameError {}

/// The value among `all` whose name is `s`, ignoring ASCII case and surrounding spaces.
fn parse_name<T: Copy>(
    s: &str,
    what: &'static str,
    all: &[T],
    name: impl Fn(T) -> &'static str,
) -> Result<T, ParseNameError> {
    let wanted = s.trim();
    all.iter()
        .copied()
        .find(|&v| name(v).eq_ignore_ascii_case(wanted))
        .ok_or_else(|| ParseNameError {
            what,
            input: s.to_string(),
            expected: all.iter().map(|&v| name(v)).collect(),
        })
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
#[non_exhaustive]
pub enum QuoteKind {
    /// Quoted words: in quotation marks or after a colon.
    Direct,
    /// Reported content: after أن/إن and similar.
    Indirect,
}

impl QuoteKind {
    /// Every kind, in a fixed order.
    pub const ALL: [QuoteKind; 2] = [QuoteKind::Direct, QuoteKind::Indirect];

    /// The name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Parses the JSON name, in any case.
///
/// ```
/// assert_eq!("Direct".parse(), Ok(mawqif::QuoteKind::Direct));
/// assert!("reported".parse::<mawqif::QuoteKind>().is_err());
/// ```
impl FromStr for QuoteKind {
    type Err = ParseNameError;
    fn from_str(s: &str) -> Result<QuoteKind, ParseNameError> {
        parse_name(s, "quote kind", &QuoteKind::ALL, |k| k.as_str())
    }
}

impl fmt::Display for QuoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
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
    /// when no cue word did: `headline`, `colon`, `printed_statement` for a paragraph
    /// of a statement printed whole after the line that introduces it, `according_to`
    /// (... بحسب فلان), or `continued` for a sentence that is one quotation right after
    /// the speaker's previous quote.
    #[serde(default)]
    pub source: String,
}

/// The stance an actor takes.
///
/// New labels may come: match with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
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

    /// The CAMEO event code of the label, for event-data tools: condemn is 111
    /// ("criticize or denounce"), praise 051 ("praise or endorse"), justify 052 ("defend
    /// verbally").
    ///
    /// ```
    /// use mawqif::StanceLabel;
    /// assert_eq!(StanceLabel::Praise.cameo(), "051");
    /// assert_eq!(StanceLabel::Condemn.cameo_name(), "criticize or denounce");
    /// ```
    pub fn cameo(self) -> &'static str {
        match self {
            StanceLabel::Condemn => "111",
            StanceLabel::Praise => "051",
            StanceLabel::Justify => "052",
        }
    }

    /// The name of the label's CAMEO event code.
    pub fn cameo_name(self) -> &'static str {
        match self {
            StanceLabel::Condemn => "criticize or denounce",
            StanceLabel::Praise => "praise or endorse",
            StanceLabel::Justify => "defend verbally",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// Parses the JSON name, in any case.
///
/// ```
/// use mawqif::StanceLabel;
/// assert_eq!("Condemn".parse(), Ok(StanceLabel::Condemn));
/// assert_eq!(" PRAISE ".parse(), Ok(StanceLabel::Praise));
/// let err = "denounce".parse::<StanceLabel>().unwrap_err();
/// assert_eq!(err.expected(), ["condemn", "praise", "justify"]);
/// ```
impl FromStr for StanceLabel {
    type Err = ParseNameError;
    fn from_str(s: &str) -> Result<StanceLabel, ParseNameError> {
        parse_name(s, "stance label", &StanceLabel::ALL, |l| l.as_str())
    }
}

impl fmt::Display for StanceLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a stance was assigned: a span of the article and the rules that read it there.
///
/// In JSON it is a span (`start`, `end`, `text`) with more fields: `rules`, the list of
/// rule ids; `rule`, the same joined by `+` as the first version wrote it; and `weight`,
/// rounded to 4 places. SPEC §1 readers see the plain span they expect.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "EvidenceFields")]
pub struct Evidence {
    /// The span of the article that shows the stance.
    pub span: Span,
    /// The lexicon entries that read it (`cue:condemn`, `eval:condemn.crime` ...); more
    /// than one when several evaluative words of one quote agree.
    pub rules: Vec<String>,
    /// How much it weighed, in [0, 1], to 4 decimal places.
    pub weight: f64,
}

/// [`Evidence`] as JSON has it, for reading it back.
#[derive(Deserialize)]
struct EvidenceFields {
    #[serde(flatten)]
    span: Span,
    #[serde(default)]
    rules: Option<Vec<String>>,
    #[serde(default)]
    rule: String,
    #[serde(default)]
    weight: f64,
}

impl From<EvidenceFields> for Evidence {
    fn from(f: EvidenceFields) -> Evidence {
        // JSON of the first version has only the joined `rule`.
        let rules = f.rules.unwrap_or_else(|| {
            f.rule
                .split('+')
                .filter(|r| !r.is_empty())
                .map(str::to_string)
                .collect()
        });
        Evidence {
            span: f.span,
            rules,
            weight: f.weight,
        }
    }
}

impl Serialize for Evidence {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Evidence", 6)?;
        s.serialize_field("start", &self.span.start)?;
        s.serialize_field("end", &self.span.end)?;
        s.serialize_field("text", &self.span.text)?;
        s.serialize_field("rule", &self.rules.join("+"))?;
        s.serialize_field("rules", &self.rules)?;
        s.serialize_field("weight", &round4(self.weight))?;
        s.end()
    }
}

/// `x` rounded to 4 decimal places, as scores and weights are written: `0.95`, never
/// `0.95000005`.
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// An actor's stance: one (actor, label) pair with all its evidence.
///
/// Its JSON has one field more than the struct: `cameo`, the label's CAMEO event code
/// ([`StanceLabel::cameo`]); `score` is rounded to 4 places.
#[derive(Debug, Clone, PartialEq, Deserialize)]
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
    /// Confidence in [0, 1], to 4 decimal places.
    pub score: f64,
}

impl Stance {
    /// The CAMEO event code of the stance's label.
    pub fn cameo(&self) -> &'static str {
        self.label.cameo()
    }
}

impl Serialize for Stance {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Stance", 8)?;
        s.serialize_field("actor", &self.actor)?;
        s.serialize_field("label", &self.label)?;
        s.serialize_field("cameo", self.label.cameo())?;
        s.serialize_field("target", &self.target)?;
        s.serialize_field("target_actor", &self.target_actor)?;
        s.serialize_field("evidence", &self.evidence)?;
        s.serialize_field("quotes", &self.quotes)?;
        s.serialize_field("score", &round4(self.score))?;
        s.end()
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn stance(score: f64, rules: &[&str]) -> Stance {
        Stance {
            actor: ActorId::from("egypt"),
            label: StanceLabel::Justify,
            target: None,
            target_actor: None,
            evidence: vec![Evidence {
                span: Span::of("برر القرار", 0, 6).unwrap(),
                rules: rules.iter().map(|r| r.to_string()).collect(),
                weight: score,
            }],
            quotes: vec![],
            score,
        }
    }

    #[test]
    fn scores_are_written_to_four_places() {
        let s = stance(f64::from(0.95f32), &["cue:defend"]);
        let json = serde_json::to_value(&s).unwrap();
        assert_eq!(json["score"], serde_json::json!(0.95));
        assert_eq!(json["evidence"][0]["weight"], serde_json::json!(0.95));
        assert!(!serde_json::to_string(&s).unwrap().contains("0.9499"));
    }

    #[test]
    fn stances_carry_their_cameo_code_in_json() {
        let json = serde_json::to_value(stance(0.5, &["cue:defend"])).unwrap();
        assert_eq!(json["cameo"], "052");
        let labels: Vec<&str> = StanceLabel::ALL.iter().map(|l| l.cameo()).collect();
        assert_eq!(labels, ["111", "051", "052"]);
    }

    #[test]
    fn evidence_rules_are_a_list_and_read_back() {
        let s = stance(0.75, &["eval:justify.framework", "eval:justify.defense"]);
        let json = serde_json::to_value(&s).unwrap();
        let evidence = &json["evidence"][0];
        assert_eq!(
            evidence["rules"],
            serde_json::json!(["eval:justify.framework", "eval:justify.defense"])
        );
        // The first version's joined form stays, for its readers.
        assert_eq!(
            evidence["rule"],
            "eval:justify.framework+eval:justify.defense"
        );
        assert_eq!(evidence["text"], "برر");
        let back: Stance = serde_json::from_value(json).unwrap();
        assert_eq!(back, s);
        // JSON of the first version, with only `rule`, reads into the list.
        let old: Evidence = serde_json::from_str(
            r#"{"start":0,"end":6,"text":"برر","rule":"cue:a+eval:b","weight":0.5}"#,
        )
        .unwrap();
        assert_eq!(old.rules, ["cue:a", "eval:b"]);
    }

    #[test]
    fn names_parse_in_any_case_with_typed_errors() {
        assert_eq!("JUSTIFY".parse::<StanceLabel>(), Ok(StanceLabel::Justify));
        assert_eq!("Indirect".parse::<QuoteKind>(), Ok(QuoteKind::Indirect));
        for kind in ActorKind::ALL {
            assert_eq!(kind.as_str().to_uppercase().parse::<ActorKind>(), Ok(kind));
        }
        let err = "blame".parse::<StanceLabel>().unwrap_err();
        assert_eq!(err.input(), "blame");
        assert_eq!(
            err.to_string(),
            r#"unknown stance label "blame": expected condemn, praise or justify"#
        );
    }
}
