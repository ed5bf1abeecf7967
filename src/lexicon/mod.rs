//! Lexicons: the human-edited data behind the pipeline, parsed and validated.
//!
//! The bundled files under `lexicons/` are compiled in; a caller may add or replace any
//! of them through [`ExtractorBuilder`](crate::ExtractorBuilder). Every problem is an
//! [`Error::Lexicon`] naming the file, line and field.

mod block;
pub(crate) mod morph;

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::date::Date;
use crate::error::{Error, Result};
use crate::normalize::fold_str;
use crate::types::{ActorKind, StanceLabel};
use block::{parse_blocks, Block, Field};

/// Which part of the lexicon a file holds. New kinds may come: match with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LexiconKind {
    /// Political actors (`lexicons/actors/*.txt`).
    Actors,
    /// Titles and institutions that compose with a country or a body (`roles.txt`).
    Roles,
    /// Speech and stance verbs (`cues.txt`).
    Cues,
    /// Evaluative expressions (`evaluative.txt`).
    Evaluative,
    /// Negators, intensifiers and exceptives (`modifiers.txt`).
    Modifiers,
    /// Given names, one a line (`given_names.txt`).
    GivenNames,
    /// Common words never part of a name, one a line (`common_words.txt`).
    CommonWords,
}

impl fmt::Display for LexiconKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LexiconKind::Actors => "actors",
            LexiconKind::Roles => "roles",
            LexiconKind::Cues => "cues",
            LexiconKind::Evaluative => "evaluative",
            LexiconKind::Modifiers => "modifiers",
            LexiconKind::GivenNames => "given names",
            LexiconKind::CommonWords => "common words",
        })
    }
}

/// One lexicon file: its name (for error messages), what it holds and its text.
#[derive(Debug, Clone)]
pub struct LexiconSource {
    /// Shown in errors: a path or any label the caller chooses.
    pub name: String,
    /// What the file holds.
    pub kind: LexiconKind,
    /// The file's contents, in the format of `lexicons/README.md`.
    pub text: String,
}

impl LexiconSource {
    /// A lexicon file from its name, kind and text.
    pub fn new(name: impl Into<String>, kind: LexiconKind, text: impl Into<String>) -> Self {
        LexiconSource {
            name: name.into(),
            kind,
            text: text.into(),
        }
    }
}

macro_rules! bundled {
    ($kind:ident, $path:literal) => {
        (
            concat!("lexicons/", $path),
            LexiconKind::$kind,
            include_str!(concat!("../../lexicons/", $path)),
        )
    };
}

/// The lexicon files compiled into the crate.
pub(crate) const BUNDLED: &[(&str, LexiconKind, &str)] = &[
    bundled!(Actors, "actors/states.txt"),
    bundled!(Actors, "actors/international.txt"),
    bundled!(Actors, "actors/organizations.txt"),
    bundled!(Actors, "actors/persons_arab.txt"),
    bundled!(Actors, "actors/persons_world.txt"),
    bundled!(Roles, "roles.txt"),
    bundled!(Cues, "cues.txt"),
    bundled!(Evaluative, "evaluative.txt"),
    bundled!(Modifiers, "modifiers.txt"),
    bundled!(GivenNames, "given_names.txt"),
    bundled!(CommonWords, "common_words.txt"),
];

/// The bundled lexicon files as sources.
pub(crate) fn bundled_sources() -> Vec<LexiconSource> {
    BUNDLED
        .iter()
        .map(|&(name, kind, text)| LexiconSource::new(name, kind, text))
        .collect()
}

/// The text of a lexicon file read as bytes; invalid UTF-8 is an error at the line of
/// the first invalid byte.
pub(crate) fn utf8_text(name: &str, bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = 1 + bytes[..valid].iter().filter(|&&b| b == b'\n').count();
        let column = valid
            - bytes[..valid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
        Error::lexicon(
            name,
            line,
            "",
            format!(
                "invalid UTF-8 at byte {} of the line: a lexicon is UTF-8 text",
                column + 1
            ),
        )
    })
}

/// Grammatical agreement of a verb with an actor as its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    Masculine,
    Feminine,
    Plural,
}

impl Gender {
    fn parse(s: &str) -> Option<Gender> {
        match s {
            "m" => Some(Gender::Masculine),
            "f" => Some(Gender::Feminine),
            "pl" => Some(Gender::Plural),
            _ => None,
        }
    }

    fn default_for(kind: ActorKind) -> Gender {
        match kind {
            ActorKind::Person | ActorKind::Other => Gender::Masculine,
            ActorKind::Group => Gender::Plural,
            _ => Gender::Feminine,
        }
    }
}

/// A period during which a person held a role.
#[derive(Debug, Clone)]
pub(crate) struct RoleTenure {
    /// Role id (`head_of_state`).
    pub role: String,
    /// Whose role: an actor id, or actor id + `.` + institution id.
    pub holder: String,
    pub from: Date,
    pub to: Option<Date>,
}

impl RoleTenure {
    pub fn covers(&self, date: Date) -> bool {
        self.from <= date && self.to.is_none_or(|to| date <= to)
    }

    /// Whether the tenure ran at some time in year `year`.
    pub fn held_in(&self, year: u16) -> bool {
        self.from.year() <= year && self.to.is_none_or(|to| to.year() >= year)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct ActorEntry {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub gender: Gender,
    /// Folded unambiguous names.
    pub names: Vec<String>,
    /// Folded ambiguous short forms.
    pub weak: Vec<String>,
    /// Folded masculine singular nisba stems.
    pub nisba: Vec<String>,
    pub capitals: Vec<String>,
    /// Folded definite descriptions that refer back to it (given and derived).
    pub refs: Vec<String>,
    pub roles: Vec<RoleTenure>,
    /// A news organization (agency, paper, channel, site): it reports what others
    /// say, and what it writes is the journalist's framing, no stance of its own.
    pub media: bool,
    /// The id of the state a body belongs to (`country:`), checked against the states
    /// once every file is read; see [`Lexicon::homes`].
    pub country: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct RoleEntry {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub gender: Gender,
    pub nisba_titles: Vec<String>,
    pub construct_titles: Vec<String>,
    /// Bare titles usable alone or before a person's name (الرئيس، الوزير).
    pub refs: Vec<String>,
    /// A descriptor (دولة، جمهورية): the composed phrase is the holder itself.
    pub identity: bool,
}

/// How a cue form agrees and what part of speech it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum CueForm {
    Finite(Gender),
    Participle(Gender),
    Noun,
    /// A first- or second-person form (ندين، أكدنا): what a speaker says of itself, never
    /// a report about another actor.
    Personal,
}

/// A construction a cue takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Frame {
    That,
    ToThat,
    OnThat,
    Colon,
    Object,
    About,
    /// على + noun: شدد على ضرورة ...
    On,
    /// من أن: شكا من أن ...، حذر من أن ...
    FromThat,
    To,
    With,
    /// عن + the actor reported from, who is the speaker (نقلت الصحيفة عن الوزير).
    Source,
    /// The verbal noun of a speech cue as object: that report made again, read with
    /// the noun's own frames (جدد تأكيده على أن ...، جددت الوزارة دعوتها إلى ...).
    Restates,
}

impl Frame {
    fn parse(s: &str) -> Option<Frame> {
        Some(match s {
            "that" => Frame::That,
            "to_that" => Frame::ToThat,
            "on_that" => Frame::OnThat,
            "from_that" => Frame::FromThat,
            "colon" => Frame::Colon,
            "object" => Frame::Object,
            "about" => Frame::About,
            "on" => Frame::On,
            "to" => Frame::To,
            "with" => Frame::With,
            "source" => Frame::Source,
            "restates" => Frame::Restates,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone)]
pub(crate) struct CueEntry {
    pub id: String,
    pub forms: Vec<(String, CueForm)>,
    /// The forms' strings, for look-ups during analysis (the ي twin of a ت form).
    pub form_set: crate::fasthash::FastSet<String>,
    pub frames: Vec<Frame>,
    pub stance: Option<(StanceLabel, f32)>,
    pub quote: bool,
    /// When not empty, one of these words must follow within the clause for a form to
    /// be this cue (حمّل ... المسؤولية): forms that are otherwise common verbs.
    pub requires: Vec<String>,
    /// A finite form counts only with its subject named right before or after it: forms
    /// that are also common nouns (ثمّن "appreciated", ثمن "price").
    pub explicit_subject: bool,
    /// The participle also names a person (متهم "accused", معارض "opponent"): counted by
    /// a number (431 متهما) it is that noun, no report.
    pub participle_names_people: bool,
    /// The verb always takes an object: a finite form with no object, pronoun or noun,
    /// before its ب complement is the passive (اتُّهم بالفساد، وُصفت بالخطيرة), no report.
    pub object_required: bool,
    /// When not empty, the word right after a form must begin with one of these (نوّه
    /// بـ is praise, نوّه إلى a remark).
    pub next_prefix: Vec<String>,
    /// Words that, right after a form, make it another cue or none (نوّه بأن).
    pub unless_next: Vec<String>,
    /// Beginnings of the word right after a form that make it no cue: دافع before a
    /// word in ل is the noun «motive» (دافعا لبذل المزيد), not the verb «defended».
    pub unless_next_prefix: Vec<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct EvalEntry {
    pub id: String,
    pub label: StanceLabel,
    pub weight: f32,
    /// Every surface form, generated from the entry's lemmas and fixed expressions.
    pub forms: Vec<String>,
    /// When not empty, the entry counts only as the first thing these cues introduce
    /// (دعا إلى وقف، طالب بإنهاء): indexes into `Lexicon::cues`.
    pub after_cues: Vec<u32>,
    /// Words that, right after a form, take its meaning away (وقف إطلاق النار).
    pub unless_next: Vec<String>,
    /// Forms listed with a final ل (استجابة ل، تجنبا ل), kept without it: they count
    /// only before a word that carries the ل as its proclitic (استجابة لمطالب).
    pub before_l: Vec<String>,
    /// The entry counts only with an actor named within a few words after the form,
    /// the one it is for (التضامن مع مصر، الوقوف إلى جانب الأردن).
    pub beneficiary: bool,
    /// For nouns of an attitude someone holds (`held: yes`: تقدير، غضب), their forms
    /// that take a genitive, the holder (تقدير القاضي، غضب الشارع), sorted.
    pub held_construct: Vec<String>,
    /// ... and their forms with a plural pronoun (غضبهم، تقديرهما), sorted: a group's
    /// attitude when reported inside what one person said.
    pub held_by_group: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum ModifierType {
    Negator,
    Intensifier(f32),
    Exceptive,
    /// A fixed expression that names a topic (الهجرة غير الشرعية): the evaluative words
    /// inside it evaluate nothing.
    Neutral,
}

#[derive(Debug, Clone)]
pub(crate) struct ModifierEntry {
    pub id: String,
    pub kind: ModifierType,
    pub forms: Vec<String>,
}

/// Every lexicon, parsed and validated.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    pub actors: Vec<ActorEntry>,
    pub roles: Vec<RoleEntry>,
    pub cues: Vec<CueEntry>,
    pub evaluative: Vec<EvalEntry>,
    pub modifiers: Vec<ModifierEntry>,
    pub given_names: Vec<String>,
    /// Folded common words that never belong to a name.
    pub common_words: crate::fasthash::FastSet<String>,
    /// Who held each role of each holder: (role id, holder id) → (actor, tenure index),
    /// in lexicon order, so that a role phrase finds its holders without a scan.
    pub holders: crate::fasthash::FastMap<(String, String), Vec<(u32, u32)>>,
    /// The state each person headed, as head of state or of government (their latest
    /// such tenure): person actor → state actor. حكومة نتنياهو، إدارة أوباما name that
    /// state's government.
    pub leads: crate::fasthash::FastMap<u32, u32>,
    /// The state each actor belongs to: a state itself, a body's `country:`, the state
    /// of a person's latest role. Tells apart actors that share a weak name (الجبهة
    /// الشعبية: the PFLP, Tunisia's Popular Front) by the states an article names.
    pub homes: crate::fasthash::FastMap<u32, u32>,
    /// The words that name one state: its one-word names and its nisba in every
    /// number and gender, definite or not (تونس، التونسية، التونسيين) → the state.
    pub state_words: crate::fasthash::FastMap<String, u32>,
    /// The participle forms of the cues that also name people (`participle_names_people`:
    /// متهم، متهما، متهمة ...), for a look-up of a definite word (المتهم) in one probe.
    pub people_participles: crate::fasthash::FastSet<String>,
    /// The same forms that end in the accusative's ا, without it (متهما → متهم): the
    /// singular a sound plural (المتهمون) is looked up by.
    pub people_participle_stems: crate::fasthash::FastSet<String>,
}

/// Counts of what a lexicon holds, for reports and the README. More counts may come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LexiconStats {
    /// Actors of every kind.
    pub actors: usize,
    /// Actors of kind person.
    pub persons: usize,
    /// Persons with at least one dated role.
    pub persons_with_roles: usize,
    /// Dated role tenures.
    pub role_tenures: usize,
    /// States.
    pub states: usize,
    /// Titles and institutions.
    pub roles: usize,
    /// Speech and stance cues, and their inflected forms.
    pub cues: usize,
    /// Inflected cue forms.
    pub cue_forms: usize,
    /// Evaluative entries.
    pub evaluative: usize,
    /// Evaluative forms (before enclitic expansion).
    pub evaluative_forms: usize,
    /// Negators, intensifiers and exceptives.
    pub modifiers: usize,
    /// Given names.
    pub given_names: usize,
    /// Common words that never belong to a name.
    pub common_words: usize,
}

const ACTOR_FIELDS: &[&str] = &[
    "id", "name", "kind", "gender", "names", "weak", "nisba", "capital", "refs", "parent",
    "country", "role", "media", "source", "note",
];
const ROLE_FIELDS: &[&str] = &[
    "id",
    "name",
    "kind",
    "gender",
    "nisba_titles",
    "construct_titles",
    "refs",
    "identity",
    "note",
];
const CUE_FIELDS: &[&str] = &[
    "id",
    "verb",
    "participle",
    "object_pronouns",
    "except",
    "m",
    "f",
    "pl",
    "participle_m",
    "participle_f",
    "participle_pl",
    "noun",
    "frames",
    "stance",
    "quote",
    "requires",
    "next_prefix",
    "unless_next",
    "unless_next_prefix",
    "explicit_subject",
    "participle_names_people",
    "object_required",
    "source",
    "note",
];
const EVAL_FIELDS: &[&str] = &[
    "id",
    "label",
    "weight",
    "nouns",
    "adjectives",
    "noun_phrases",
    "negated_adjectives",
    "predicative",
    "beneficiary",
    "held",
    "forms",
    "enclitics",
    "except",
    "after_cues",
    "unless_next",
    "source",
    "note",
];
const MODIFIER_FIELDS: &[&str] = &["id", "type", "weight", "forms", "note"];

/// Head nouns of body names that the body can be taken up again by (حركة حماس → الحركة).
/// Only these: the first word of other names (جنوب أفريقيا, سري لانكا) is no head.
const REF_HEADS: &[&str] = &[
    "حركه",
    "منظمه",
    "حزب",
    "جماعه",
    "مجلس",
    "وزاره",
    "هيءه",
    "لجنه",
    "جامعه",
    "وكاله",
    "محكمه",
    "اتحاد",
    "تيار",
    "جبهه",
    "مءسسه",
    "جمعيه",
    "مركز",
    "رابطه",
    "كتاءب",
    "قوات",
    "تنظيم",
    "تحالف",
    "صندوق",
    "مفوضيه",
    "برنامج",
    "حلف",
    "بعثه",
    "ميليشيا",
    "ميليشيات",
    "شبكه",
    "نقابه",
];

/// A name longer than this many words is a pasted sentence, not a name.
const MAX_NAME_WORDS: usize = 12;
/// An entry with more surface forms than this is a mistake.
const MAX_FORMS: usize = 1000;

/// Changes to the actors of the lexicon files: ids whose entries are dropped (to be
/// removed, or replaced by the entries of `overrides`).
#[derive(Debug, Clone, Default)]
pub(crate) struct ActorEdits {
    /// Actor ids to remove, with no replacement.
    pub removed: Vec<String>,
    /// Actor files whose entries replace the entries with the same ids.
    pub overrides: Vec<LexiconSource>,
}

impl Lexicon {
    /// Whether a hit is a cue whose entry takes the construction `frame` (عن after أعرب,
    /// an object after رفض, ب after أشاد).
    pub(crate) fn cue_takes(&self, lex: &crate::matcher::Lex, frame: Frame) -> bool {
        matches!(*lex, crate::matcher::Lex::Cue { cue, .. }
            if self.cues[cue as usize].frames.contains(&frame))
    }

    /// Parses and validates a set of lexicon files.
    #[cfg(test)]
    pub fn from_sources(sources: &[LexiconSource]) -> Result<Lexicon> {
        Lexicon::build(sources, &ActorEdits::default())
    }

    /// Parses and validates a set of lexicon files, with some actors removed or
    /// replaced.
    pub fn build(sources: &[LexiconSource], edits: &ActorEdits) -> Result<Lexicon> {
        // The ids that the override files define, and where, to drop earlier entries.
        let mut dropped: HashSet<String> = edits.removed.iter().cloned().collect();
        for source in &edits.overrides {
            if source.kind != LexiconKind::Actors {
                return Err(Error::lexicon(
                    &source.name,
                    1,
                    "",
                    format!("an actor override is an actors file, not {}", source.kind),
                ));
            }
            for block in parse_blocks(&source.name, &source.text)? {
                dropped.insert(parse_id(&block, false)?);
            }
        }
        // Removed ids, whose tenures and parent links go with them.
        let removed: HashSet<&str> = edits.removed.iter().map(String::as_str).collect();
        let mut found_removed: HashSet<String> = HashSet::new();
        let all_sources = sources
            .iter()
            .map(|s| (s, false))
            .chain(edits.overrides.iter().map(|s| (s, true)));
        let mut lex = Lexicon::default();
        let mut ids: [HashSet<String>; 4] = Default::default();
        // Where each id was defined, for cross-reference errors.
        let mut actor_at: HashMap<String, (String, usize)> = HashMap::new();
        let mut role_lines: Vec<(String, usize, RoleTenure)> = Vec::new();
        let mut parent_lines: Vec<(String, usize, String)> = Vec::new();
        // Where each `country:` field is, for its error.
        let mut country_at: HashMap<String, (String, usize)> = HashMap::new();
        // (file, line, evaluative entry index, cue id) of every after_cues item.
        let mut after_cue_lines: Vec<(String, usize, usize, String)> = Vec::new();
        for (source, is_override) in all_sources {
            let file = source.name.as_str();
            if source.kind == LexiconKind::GivenNames {
                lex.given_names
                    .extend(parse_word_list(file, &source.text, "name")?);
                lex.given_names.sort();
                lex.given_names.dedup();
                continue;
            }
            if source.kind == LexiconKind::CommonWords {
                lex.common_words
                    .extend(parse_word_list(file, &source.text, "word")?);
                continue;
            }
            for block in parse_blocks(file, &source.text)? {
                match source.kind {
                    LexiconKind::Actors => {
                        let (entry, roles) = parse_actor(&block)?;
                        let id_line = block.required("id")?.line;
                        if !is_override && dropped.contains(&entry.id) {
                            found_removed.insert(entry.id);
                            continue;
                        }
                        if let Some((f, l)) = actor_at.get(&entry.id) {
                            return Err(Error::lexicon(
                                file,
                                id_line,
                                "id",
                                format!("duplicate actor id {:?} (first at {f}:{l})", entry.id),
                            ));
                        }
                        actor_at.insert(entry.id.clone(), (file.to_string(), id_line));
                        if let Some(p) = block.optional("parent")? {
                            parent_lines.push((file.to_string(), p.line, p.value.to_string()));
                        }
                        if let Some(c) = block.optional("country")? {
                            country_at.insert(entry.id.clone(), (file.to_string(), c.line));
                        }
                        for (line, tenure) in roles {
                            role_lines.push((file.to_string(), line, tenure));
                        }
                        let mut entry = entry;
                        // A removed actor's roles go with it (held for it, not by it).
                        entry.roles.retain(|t| {
                            !removed.contains(t.holder.split('.').next().unwrap_or(""))
                        });
                        lex.actors.push(entry);
                    }
                    LexiconKind::Roles => {
                        let entry = parse_role(&block)?;
                        push_unique(
                            &block,
                            &mut ids[0],
                            &mut lex.roles,
                            entry,
                            |r| &r.id,
                            "role",
                        )?;
                    }
                    LexiconKind::Cues => {
                        let entry = parse_cue(&block)?;
                        push_unique(&block, &mut ids[1], &mut lex.cues, entry, |c| &c.id, "cue")?;
                    }
                    LexiconKind::Evaluative => {
                        let entry = parse_eval(&block)?;
                        for (cue, line) in block.items("after_cues") {
                            after_cue_lines.push((
                                file.to_string(),
                                line,
                                lex.evaluative.len(),
                                cue.to_string(),
                            ));
                        }
                        push_unique(
                            &block,
                            &mut ids[2],
                            &mut lex.evaluative,
                            entry,
                            |e| &e.id,
                            "evaluative",
                        )?;
                    }
                    LexiconKind::Modifiers => {
                        let entry = parse_modifier(&block)?;
                        push_unique(
                            &block,
                            &mut ids[3],
                            &mut lex.modifiers,
                            entry,
                            |m| &m.id,
                            "modifier",
                        )?;
                    }
                    LexiconKind::GivenNames | LexiconKind::CommonWords => {
                        unreachable!("word lists are handled above")
                    }
                }
            }
        }
        // Cross-references: parents, role ids and holders.
        for id in &edits.removed {
            if !found_removed.contains(id) {
                return Err(Error::lexicon(
                    "remove_actor",
                    1,
                    "id",
                    format!("no actor has id {id:?}"),
                ));
            }
        }
        for (file, line, parent) in &parent_lines {
            if !actor_at.contains_key(parent) && !removed.contains(parent.as_str()) {
                return Err(Error::lexicon(
                    file,
                    *line,
                    "parent",
                    format!("no actor has id {parent:?}"),
                ));
            }
        }
        let role_ids: HashSet<&str> = lex.roles.iter().map(|r| r.id.as_str()).collect();
        for (file, line, tenure) in &role_lines {
            if !role_ids.contains(tenure.role.as_str()) {
                return Err(Error::lexicon(
                    file,
                    *line,
                    "role",
                    format!("no role in roles.txt has id {:?}", tenure.role),
                ));
            }
            let (actor, institution) = match tenure.holder.split_once('.') {
                Some((a, i)) => (a, Some(i)),
                None => (tenure.holder.as_str(), None),
            };
            if removed.contains(actor) {
                continue;
            }
            if !actor_at.contains_key(actor) {
                return Err(Error::lexicon(
                    file,
                    *line,
                    "role",
                    format!("holder {actor:?} is not an actor id"),
                ));
            }
            if let Some(i) = institution {
                if !role_ids.contains(i) {
                    return Err(Error::lexicon(
                        file,
                        *line,
                        "role",
                        format!("holder institution {i:?} is not a role id"),
                    ));
                }
            }
        }
        let cue_index: HashMap<&str, usize> = lex
            .cues
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        for (file, line, entry, cue) in after_cue_lines {
            let Some(&index) = cue_index.get(cue.as_str()) else {
                return Err(Error::lexicon(
                    &file,
                    line,
                    "after_cues",
                    format!("no cue in cues.txt has id {cue:?}"),
                ));
            };
            lex.evaluative[entry].after_cues.push(index as u32);
        }
        lex.check_name_conflicts(&actor_at)?;
        for (a, actor) in lex.actors.iter().enumerate() {
            for (t, tenure) in actor.roles.iter().enumerate() {
                lex.holders
                    .entry((tenure.role.clone(), tenure.holder.clone()))
                    .or_default()
                    .push((a as u32, t as u32));
            }
        }
        let index_of: HashMap<&str, u32> = lex
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i as u32))
            .collect();
        let mut leads = crate::fasthash::FastMap::default();
        for (a, actor) in lex.actors.iter().enumerate() {
            let led = actor
                .roles
                .iter()
                .filter(|t| matches!(t.role.as_str(), "head_of_state" | "head_of_government"))
                .filter_map(|t| {
                    let state = *index_of.get(t.holder.as_str())?;
                    (lex.actors[state as usize].kind == ActorKind::State).then_some((t.from, state))
                })
                .max_by_key(|&(from, _)| from);
            if let Some((_, state)) = led {
                leads.insert(a as u32, state);
            }
        }
        lex.leads = leads;
        // The words that name a state: its one-word names (تونس) and its nisba, definite
        // or not, masculine, feminine or plural (التونسي، تونسية، التونسيين).
        let mut state_words: crate::fasthash::FastMap<String, u32> = Default::default();
        for (a, actor) in lex.actors.iter().enumerate() {
            if actor.kind != ActorKind::State {
                continue;
            }
            let nisba_forms = actor.nisba.iter().flat_map(|n| {
                ["", "ه", "ين", "ون"]
                    .into_iter()
                    .flat_map(move |end| [format!("{n}{end}"), format!("ال{n}{end}")])
            });
            let one_word = actor.names.iter().filter(|n| !n.contains(' ')).cloned();
            for w in nisba_forms.chain(one_word) {
                // (A word two states share names neither.)
                state_words
                    .entry(w)
                    .and_modify(|s| {
                        if *s != a as u32 {
                            *s = u32::MAX;
                        }
                    })
                    .or_insert(a as u32);
            }
        }
        state_words.retain(|_, s| *s != u32::MAX);
        lex.state_words = state_words;
        let state_words = &lex.state_words;
        for (a, actor) in lex.actors.iter().enumerate() {
            let state_of = |id: &str| {
                index_of
                    .get(id)
                    .copied()
                    .filter(|&s| lex.actors[s as usize].kind == ActorKind::State)
            };
            let home = if actor.kind == ActorKind::State {
                Some(a as u32)
            } else if let Some(country) = &actor.country {
                let Some(state) = state_of(country) else {
                    let (file, line) = country_at.get(&actor.id).unwrap_or(&actor_at[&actor.id]);
                    return Err(Error::lexicon(
                        file,
                        *line,
                        "country",
                        format!("no state has id {country:?}"),
                    ));
                };
                Some(state)
            } else if actor.kind == ActorKind::Person {
                actor
                    .roles
                    .iter()
                    .filter_map(|t| Some((t.from, state_of(t.holder.split('.').next()?)?)))
                    .max_by_key(|&(from, _)| from)
                    .map(|(_, state)| state)
            } else {
                // حزب العمال التونسي، الاتحاد العام التونسي للشغل: a body whose names
                // hold one state's name or nisba, and no other's, is that state's.
                let mut named = actor
                    .names
                    .iter()
                    .flat_map(|n| n.split(' '))
                    .filter_map(|w| state_words.get(w).copied());
                let first = named.next();
                first.filter(|&f| named.all(|s| s == f))
            };
            if let Some(state) = home {
                lex.homes.insert(a as u32, state);
            }
        }
        lex.people_participles = lex
            .cues
            .iter()
            .filter(|c| c.participle_names_people)
            .flat_map(|c| &c.forms)
            .filter(|(_, form)| matches!(form, CueForm::Participle(_)))
            .map(|(f, _)| f.clone())
            .collect();
        lex.people_participle_stems = lex
            .people_participles
            .iter()
            .filter_map(|f| f.strip_suffix('ا').map(str::to_string))
            .collect();
        Ok(lex)
    }

    /// Two actors may not claim the same unambiguous name: which one a mention means
    /// would be decided by file order. An ambiguous form belongs in `weak`, where the
    /// article's other mentions decide.
    fn check_name_conflicts(&self, actor_at: &HashMap<String, (String, usize)>) -> Result<()> {
        let mut owner: HashMap<&str, &str> = HashMap::new();
        for actor in &self.actors {
            for name in actor.names.iter().chain(&actor.capitals) {
                if let Some(other) = owner.insert(name.as_str(), actor.id.as_str()) {
                    if other != actor.id {
                        let (file, line) = &actor_at[&actor.id];
                        return Err(Error::lexicon(
                            file,
                            *line,
                            "names",
                            format!(
                                "{:?} is also a name of {other:?}: move it to `weak` in one of them",
                                name
                            ),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// Counts for reports.
    pub fn stats(&self) -> LexiconStats {
        let persons = self.actors.iter().filter(|a| a.kind == ActorKind::Person);
        LexiconStats {
            actors: self.actors.len(),
            persons: persons.clone().count(),
            persons_with_roles: persons.clone().filter(|a| !a.roles.is_empty()).count(),
            role_tenures: self.actors.iter().map(|a| a.roles.len()).sum(),
            states: self
                .actors
                .iter()
                .filter(|a| a.kind == ActorKind::State)
                .count(),
            roles: self.roles.len(),
            cues: self.cues.len(),
            cue_forms: self.cues.iter().map(|c| c.forms.len()).sum(),
            evaluative: self.evaluative.len(),
            evaluative_forms: self.evaluative.iter().map(|e| e.forms.len()).sum(),
            modifiers: self.modifiers.len(),
            given_names: self.given_names.len(),
            common_words: self.common_words.len(),
        }
    }
}

/// A list of words or short names, one a line, `#` for comments.
fn parse_word_list(file: &str, text: &str, field: &str) -> Result<Vec<String>> {
    if text.len() > block::MAX_FILE_BYTES {
        return Err(Error::lexicon(file, 1, "", "file too large for a lexicon"));
    }
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim().trim_start_matches('\u{FEFF}');
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.len() > 100 || line.split_whitespace().count() > 3 {
            return Err(Error::lexicon(
                file,
                index + 1,
                field,
                format!("a {field} is at most three words"),
            ));
        }
        let folded = fold_str(line);
        if folded.is_empty() {
            return Err(Error::lexicon(
                file,
                index + 1,
                field,
                format!("{line:?} normalizes to nothing"),
            ));
        }
        let harmful = harmful_name(&folded);
        if field == "name" && harmful {
            return Err(Error::lexicon(
                file,
                index + 1,
                field,
                format!("{line:?} is made only of function words, single letters or proclitics"),
            ));
        }
        out.push(folded);
    }
    Ok(out)
}

fn parse_id(block: &Block<'_>, dots: bool) -> Result<String> {
    let f = block.required("id")?;
    let ok = f
        .value
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || (dots && b == b'.'));
    if !ok {
        return Err(block.error(
            f,
            format!(
                "{:?}: an id is lowercase ASCII letters, digits and `_`{}",
                f.value,
                if dots { " or `.`" } else { "" }
            ),
        ));
    }
    Ok(f.value.to_string())
}

/// Folds the ` | `-separated forms of a field, rejecting forms that fold to nothing or are
/// absurdly long.
fn folded_items(block: &Block<'_>, field: &'static str) -> Result<Vec<String>> {
    let items = block.items(field);
    if items.len() > MAX_FORMS {
        return Err(Error::lexicon(
            block.file,
            items[0].1,
            field,
            format!("{} forms, more than {MAX_FORMS}", items.len()),
        ));
    }
    let mut out = Vec::with_capacity(items.len());
    for (item, line) in items {
        let folded = fold_str(item);
        if folded.is_empty() || !folded.chars().any(char::is_alphanumeric) {
            return Err(Error::lexicon(
                block.file,
                line,
                field,
                format!("{item:?} normalizes to nothing"),
            ));
        }
        if folded.split(' ').count() > MAX_NAME_WORDS {
            return Err(Error::lexicon(
                block.file,
                line,
                field,
                format!("{item:?} has more than {MAX_NAME_WORDS} words"),
            ));
        }
        if !out.contains(&folded) {
            out.push(folded);
        }
    }
    Ok(out)
}

/// Function words: a name made only of these (في، من هو) would match all over the text.
/// Not على: it folds to علي, the name Ali; not أمام, also Imam.
const STOP_WORDS: &[&str] = &[
    "في",
    "من",
    "الي",
    "عن",
    "مع",
    "ان",
    "لا",
    "لم",
    "لن",
    "ما",
    "ماذا",
    "هو",
    "هي",
    "هم",
    "هن",
    "هما",
    "انا",
    "نحن",
    "انت",
    "انتم",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "الذي",
    "التي",
    "الذين",
    "او",
    "ام",
    "ثم",
    "قد",
    "لقد",
    "كل",
    "بعض",
    "غير",
    "بين",
    "عند",
    "حتي",
    "اذا",
    "اذ",
    "كما",
    "لكن",
    "بل",
    "منذ",
    "خلال",
    "حول",
    "ضد",
    "دون",
    "فوق",
    "تحت",
    "قبل",
    "بعد",
    "اي",
    "ايضا",
    "كان",
    "كانت",
    "يكون",
    "تكون",
    "ليس",
    "ليست",
    "هناك",
    "هنا",
    "له",
    "لها",
    "به",
    "بها",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "الا",
    "وهو",
    "وهي",
    "the",
    "of",
    "and",
    "a",
    "in",
    "to",
];

/// Proclitic chains that the matcher strips, and the article: no name on their own.
const PROCLITIC_WORDS: &[&str] = &[
    "و", "ف", "ب", "ل", "ك", "س", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "ول",
    "وك", "فب", "فل", "فك", "وس", "فس",
];

/// Whether every word of a name is a function word or a proclitic, or the name is one
/// letter. Letters spelled apart (ا ف ب for AFP) are an acronym, not harmful.
fn harmful_name(name: &str) -> bool {
    name.chars().count() <= 1
        || name
            .split(' ')
            .all(|w| STOP_WORDS.contains(&w) || PROCLITIC_WORDS.contains(&w))
}

/// Rejects a name whose every word is a function word, a single letter or a proclitic:
/// it would be found in nearly every sentence (في as an actor's name).
fn check_name(block: &Block<'_>, field: &str, names: &[String]) -> Result<()> {
    for name in names {
        let harmful = harmful_name(name);
        if harmful {
            let line = block
                .all(field)
                .find(|f| {
                    f.value
                        .split('|')
                        .any(|item| fold_str(item.trim()) == *name)
                })
                .map_or(block.line, |f| f.line);
            return Err(Error::lexicon(
                block.file,
                line,
                field,
                format!(
                    "{name:?} is made only of function words, single letters or proclitics: \
                     it would match nearly every sentence"
                ),
            ));
        }
    }
    Ok(())
}

fn parse_kind(block: &Block<'_>) -> Result<ActorKind> {
    let f = block.required("kind")?;
    f.value
        .parse()
        .map_err(|e: crate::ParseNameError| block.error(f, e.to_string()))
}

fn parse_gender(block: &Block<'_>, kind: ActorKind) -> Result<Gender> {
    match block.optional("gender")? {
        None => Ok(Gender::default_for(kind)),
        Some(f) => Gender::parse(f.value)
            .ok_or_else(|| block.error(f, format!("{:?}: expected m, f or pl", f.value))),
    }
}

fn parse_yes_no(block: &Block<'_>, field: &str, default: bool) -> Result<bool> {
    match block.optional(field)? {
        None => Ok(default),
        Some(f) => match f.value {
            "yes" => Ok(true),
            "no" => Ok(false),
            other => Err(block.error(f, format!("{other:?}: expected yes or no"))),
        },
    }
}

fn parse_weight(block: &Block<'_>, f: &Field<'_>, s: &str) -> Result<f32> {
    match s.parse::<f32>() {
        Ok(w) if (0.0..=1.0).contains(&w) => Ok(w),
        _ => Err(block.error(f, format!("{s:?}: a weight is a number in [0, 1]"))),
    }
}

fn parse_actor(block: &Block<'_>) -> Result<(ActorEntry, Vec<(usize, RoleTenure)>)> {
    block.check_fields(ACTOR_FIELDS)?;
    let id = parse_id(block, false)?;
    let name = block.required("name")?.value.to_string();
    let kind = parse_kind(block)?;
    let gender = parse_gender(block, kind)?;
    let names = folded_items(block, "names")?;
    if names.is_empty() {
        return Err(Error::lexicon(
            block.file,
            block.line,
            "names",
            "an actor needs at least one name",
        ));
    }
    let weak = folded_items(block, "weak")?;
    let nisba = folded_items(block, "nisba")?;
    let capitals = folded_items(block, "capital")?;
    check_name(block, "names", &names)?;
    check_name(block, "weak", &weak)?;
    check_name(block, "capital", &capitals)?;
    check_name(block, "refs", &folded_items(block, "refs")?)?;
    let mut refs = folded_items(block, "refs")?;
    if kind != ActorKind::Person {
        // "حركة حماس" can be taken up again as "الحركة", "منظمة ..." as "المنظمة".
        for n in &names {
            if let Some((head, _)) = n.split_once(' ') {
                if REF_HEADS.contains(&head) {
                    let r = format!("ال{head}");
                    if !refs.contains(&r) {
                        refs.push(r);
                    }
                }
            }
        }
    }
    let mut roles = Vec::new();
    for f in block.all("role") {
        let parts: Vec<&str> = f.value.split_whitespace().collect();
        if parts.len() != 4 {
            return Err(block.error(f, format!("{:?}: expected `ROLE HOLDER FROM TO`", f.value)));
        }
        let from = Date::parse_bound(parts[2], false).map_err(|e| block.error(f, e.to_string()))?;
        let to = match parts[3] {
            "-" => None,
            s => Some(Date::parse_bound(s, true).map_err(|e| block.error(f, e.to_string()))?),
        };
        if to.is_some_and(|to| to < from) {
            return Err(block.error(f, "the role ends before it begins"));
        }
        roles.push((
            f.line,
            RoleTenure {
                role: parts[0].to_string(),
                holder: parts[1].to_string(),
                from,
                to,
            },
        ));
    }
    let media = parse_yes_no(block, "media", false)?;
    if let Some(f) = block
        .optional("media")?
        .filter(|_| media && kind == ActorKind::Person)
    {
        return Err(block.error(f, "a person is no news organization"));
    }
    if !roles.is_empty() && kind != ActorKind::Person {
        return Err(Error::lexicon(
            block.file,
            roles[0].0,
            "role",
            "only persons hold roles",
        ));
    }
    let entry = ActorEntry {
        id,
        name,
        kind,
        gender,
        names,
        weak,
        nisba,
        capitals,
        refs,
        roles: roles.iter().map(|r| r.1.clone()).collect(),
        media,
        country: block.optional("country")?.map(|f| f.value.to_string()),
    };
    Ok((entry, roles))
}

fn parse_role(block: &Block<'_>) -> Result<RoleEntry> {
    block.check_fields(ROLE_FIELDS)?;
    let id = parse_id(block, false)?;
    let name = block.required("name")?.value.to_string();
    let kind = parse_kind(block)?;
    let gender = parse_gender(block, kind)?;
    let nisba_titles = folded_items(block, "nisba_titles")?;
    let construct_titles = folded_items(block, "construct_titles")?;
    let refs = folded_items(block, "refs")?;
    if nisba_titles.is_empty() && construct_titles.is_empty() && refs.is_empty() {
        return Err(Error::lexicon(
            block.file,
            block.line,
            "nisba_titles",
            "a role needs at least one title",
        ));
    }
    Ok(RoleEntry {
        id,
        name,
        kind,
        gender,
        nisba_titles,
        construct_titles,
        refs,
        identity: parse_yes_no(block, "identity", false)?,
    })
}

fn parse_cue(block: &Block<'_>) -> Result<CueEntry> {
    block.check_fields(CUE_FIELDS)?;
    let id = parse_id(block, true)?;
    let mut forms = Vec::new();
    for (item, line) in block.items("verb") {
        let folded = fold_str(item);
        let parts: Vec<&str> = folded.split_whitespace().collect();
        // A past ending in a hamza on alef (هنأ) folds to a final ا, like the
        // defective دعا: only the written form tells them apart.
        let hamza_final = item.split_whitespace().next().and_then(|past| {
            past.chars()
                .rev()
                .find(|c| !('\u{064B}'..='\u{065F}').contains(c))
        }) == Some('أ');
        let generated = match parts.as_slice() {
            [past, present] => morph::verb_forms(past, present, None, hamza_final),
            [past, present, stem] => morph::verb_forms(past, present, Some(stem), hamza_final),
            _ => Err(format!(
                "{item:?}: expected `PAST PRESENT` or `PAST PRESENT STEM`"
            )),
        }
        .map_err(|message| Error::lexicon(block.file, line, "verb", message))?;
        if parse_yes_no(block, "object_pronouns", false)? {
            let with_objects = morph::with_object_pronouns(&generated);
            forms.extend(generated);
            forms.extend(with_objects);
        } else {
            forms.extend(generated);
        }
    }
    for (item, line) in block.items("participle") {
        let folded = fold_str(item);
        if folded.contains(' ') || folded.chars().count() < 2 {
            return Err(Error::lexicon(
                block.file,
                line,
                "participle",
                format!("{item:?}: a participle is one word, its masculine singular"),
            ));
        }
        forms.extend(morph::participle_forms(&folded));
    }
    // `except` takes generated verb and participle forms away, never a listed noun.
    remove_exceptions(block, &mut forms, |(f, _)| f)?;
    for (item, line) in block.items("noun") {
        let (singular, plurals) = noun_item(block.file, line, "noun", item)?;
        forms.push((singular.clone(), CueForm::Noun));
        for p in plurals {
            forms.push((p, CueForm::Noun));
        }
    }
    let groups: [(&'static str, CueForm); 6] = [
        ("m", CueForm::Finite(Gender::Masculine)),
        ("f", CueForm::Finite(Gender::Feminine)),
        ("pl", CueForm::Finite(Gender::Plural)),
        ("participle_m", CueForm::Participle(Gender::Masculine)),
        ("participle_f", CueForm::Participle(Gender::Feminine)),
        ("participle_pl", CueForm::Participle(Gender::Plural)),
    ];
    for (field, form) in groups {
        for f in folded_items(block, field)? {
            forms.push((f, form));
        }
    }
    let mut seen = HashSet::new();
    forms.retain(|(f, kind)| seen.insert((f.clone(), *kind)));
    if forms.len() > MAX_FORMS {
        return Err(Error::lexicon(
            block.file,
            block.line,
            "verb",
            format!("{} forms, more than {MAX_FORMS}", forms.len()),
        ));
    }
    if forms.is_empty() {
        return Err(Error::lexicon(
            block.file,
            block.line,
            "verb",
            "a cue needs at least one form (verb, participle, noun or m/f/pl)",
        ));
    }
    let mut frames = Vec::new();
    for (item, line) in block.items("frames") {
        for word in item.split_whitespace() {
            frames.push(Frame::parse(word).ok_or_else(|| {
                Error::lexicon(
                    block.file,
                    line,
                    "frames",
                    format!("unknown frame {word:?}"),
                )
            })?);
        }
    }
    let stance = match block.optional("stance")? {
        None => None,
        Some(f) if f.value == "none" => None,
        Some(f) => {
            let mut parts = f.value.split_whitespace();
            let label: StanceLabel = parts
                .next()
                .unwrap_or("")
                .parse()
                .map_err(|e: crate::ParseNameError| block.error(f, e.to_string()))?;
            let weight = parse_weight(block, f, parts.next().unwrap_or("0.8"))?;
            Some((label, weight))
        }
    };
    Ok(CueEntry {
        id,
        form_set: forms.iter().map(|(f, _)| f.clone()).collect(),
        forms,
        frames,
        stance,
        quote: parse_yes_no(block, "quote", true)?,
        requires: if block.items("requires").is_empty() {
            Vec::new()
        } else {
            folded_items(block, "requires")?
        },
        explicit_subject: parse_yes_no(block, "explicit_subject", false)?,
        object_required: parse_yes_no(block, "object_required", false)?,
        participle_names_people: parse_yes_no(block, "participle_names_people", false)?,
        next_prefix: folded_prefixes(block, "next_prefix"),
        unless_next: if block.items("unless_next").is_empty() {
            Vec::new()
        } else {
            folded_items(block, "unless_next")?
        },
        unless_next_prefix: folded_prefixes(block, "unless_next_prefix"),
    })
}

/// The beginnings of words a field lists (`next_prefix: ب`), folded like the text; any
/// string is a prefix, so none is malformed.
fn folded_prefixes(block: &Block<'_>, field: &str) -> Vec<String> {
    block
        .items(field)
        .into_iter()
        .map(|(p, _)| fold_str(p))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Appends `entry` to `list` unless an entry with its id is there already: then the
/// error names the block's `id` line.
fn push_unique<T>(
    block: &Block<'_>,
    ids: &mut HashSet<String>,
    list: &mut Vec<T>,
    entry: T,
    id: impl Fn(&T) -> &String,
    what: &str,
) -> Result<()> {
    // A set, not a scan of the list: building stays linear in the entries.
    if !ids.insert(id(&entry).clone()) {
        let f = block.required("id")?;
        return Err(block.error(f, format!("duplicate {what} id {:?}", id(&entry))));
    }
    list.push(entry);
    Ok(())
}

fn parse_eval(block: &Block<'_>) -> Result<EvalEntry> {
    block.check_fields(EVAL_FIELDS)?;
    let id = parse_id(block, true)?;
    let f = block.required("label")?;
    let label: StanceLabel = f
        .value
        .parse()
        .map_err(|e: crate::ParseNameError| block.error(f, e.to_string()))?;
    let f = block.required("weight")?;
    let weight = parse_weight(block, f, f.value)?;
    let fixed = folded_items(block, "forms")?;
    let enclitics = parse_yes_no(block, "enclitics", false)?;
    let mut forms = Vec::new();
    let mut before_l = Vec::new();
    for form in &fixed {
        // A final ل is the next word's proclitic, which no form can match across.
        if let Some(stem) = form.strip_suffix(" ل") {
            forms.push(stem.to_string());
            before_l.push(stem.to_string());
            continue;
        }
        forms.push(form.clone());
        if enclitics && !form.contains(' ') {
            let stem = match form.strip_suffix('ه') {
                Some(s) => format!("{s}ت"),
                None => form.clone(),
            };
            for p in morph::ATTACHED_PRONOUNS {
                forms.push(format!("{stem}{p}"));
            }
        }
    }
    // Listed also without its ل (وضع حد | وضع حد ل), a form counts anywhere.
    before_l.retain(|f| !fixed.contains(f));
    let held = parse_yes_no(block, "held", false)?;
    let (mut held_construct, mut held_by_group) = (Vec::new(), Vec::new());
    for (item, line) in block.items("nouns") {
        let (singular, plurals) = noun_item(block.file, line, "nouns", item)?;
        let plurals: Vec<&str> = plurals.iter().map(String::as_str).collect();
        forms.extend(morph::noun_forms(&singular, &plurals));
        if held {
            let (construct, possessed) = morph::construct_and_plural_possessed(&singular, &plurals);
            held_construct.extend(construct);
            held_by_group.extend(possessed);
        }
    }
    for list in [&mut held_construct, &mut held_by_group] {
        list.sort_unstable();
        list.dedup();
    }
    // A predicative adjective evaluates (الإجراء قانوني); with the article it only
    // names a kind of thing (الحكومة الشرعية، التوضيحات الضرورية).
    let predicative = parse_yes_no(block, "predicative", false)?;
    for (item, line) in block.items("adjectives") {
        let (singular, plurals) = noun_item(block.file, line, "adjectives", item)?;
        let plurals: Vec<&str> = plurals.iter().map(String::as_str).collect();
        let generated = morph::adjective_forms(&singular, &plurals);
        forms.extend(
            generated
                .into_iter()
                .filter(|f| !(predicative && f.starts_with("ال") && !singular.starts_with("ال"))),
        );
    }
    // غير مقبول، غير المقبولة، غير مشروعا: the negation is the evaluation.
    for (item, line) in block.items("negated_adjectives") {
        let (singular, plurals) = noun_item(block.file, line, "negated_adjectives", item)?;
        let plurals: Vec<&str> = plurals.iter().map(String::as_str).collect();
        for form in morph::adjective_forms(&singular, &plurals) {
            forms.push(format!("غير {form}"));
        }
    }
    for phrase in folded_items(block, "noun_phrases")? {
        forms.extend(morph::noun_phrase_forms(&phrase));
    }
    let mut seen = HashSet::new();
    forms.retain(|f| seen.insert(f.clone()));
    remove_exceptions(block, &mut forms, |f| f)?;
    if forms.is_empty() {
        return Err(Error::lexicon(
            block.file,
            block.line,
            "forms",
            "an evaluative entry needs at least one form (nouns, adjectives, noun_phrases or forms)",
        ));
    }
    if forms.len() > MAX_FORMS {
        return Err(Error::lexicon(
            block.file,
            block.line,
            "nouns",
            format!("{} forms, more than {MAX_FORMS}", forms.len()),
        ));
    }
    let unless_next = if block.items("unless_next").is_empty() {
        Vec::new()
    } else {
        folded_items(block, "unless_next")?
    };
    Ok(EvalEntry {
        id,
        label,
        weight,
        forms,
        // Resolved to cue indexes once every file is read.
        after_cues: Vec::new(),
        unless_next,
        before_l,
        beneficiary: parse_yes_no(block, "beneficiary", false)?,
        held_construct,
        held_by_group,
    })
}

/// A lemma item `SINGULAR` or `SINGULAR / PLURAL / PLURAL ...`, folded: one word each.
fn noun_item(file: &str, line: usize, field: &str, item: &str) -> Result<(String, Vec<String>)> {
    let mut words = Vec::new();
    for part in item.split('/') {
        let folded = fold_str(part.trim());
        if folded.contains(' ') || folded.chars().count() < 2 {
            return Err(Error::lexicon(
                file,
                line,
                field,
                format!("{item:?}: a lemma and its plurals are one word each, separated by `/`"),
            ));
        }
        words.push(folded);
    }
    let singular = words.remove(0);
    Ok((singular, words))
}

/// Drops the generated forms an entry's `except` field lists (مدينة is "city", not the
/// participle of أدان); an exception that is no generated form is a mistake.
fn remove_exceptions<T>(
    block: &Block<'_>,
    forms: &mut Vec<T>,
    form_of: impl Fn(&T) -> &String,
) -> Result<()> {
    for (item, line) in block.items("except") {
        let folded = fold_str(item);
        let before = forms.len();
        forms.retain(|f| *form_of(f) != folded);
        if forms.len() == before {
            return Err(Error::lexicon(
                block.file,
                line,
                "except",
                format!("{item:?} is not one of the entry's forms"),
            ));
        }
    }
    Ok(())
}

fn parse_modifier(block: &Block<'_>) -> Result<ModifierEntry> {
    block.check_fields(MODIFIER_FIELDS)?;
    let id = parse_id(block, true)?;
    let f = block.required("type")?;
    let kind = match f.value {
        "negator" => ModifierType::Negator,
        "exceptive" => ModifierType::Exceptive,
        "neutral" => ModifierType::Neutral,
        "intensifier" => {
            let w = block.required("weight")?;
            ModifierType::Intensifier(parse_weight(block, w, w.value)?)
        }
        other => {
            return Err(block.error(
                f,
                format!("{other:?}: expected negator, intensifier, exceptive or neutral"),
            ))
        }
    };
    let forms = folded_items(block, "forms")?;
    if forms.is_empty() {
        return Err(Error::lexicon(
            block.file,
            block.line,
            "forms",
            "a modifier needs at least one form",
        ));
    }
    Ok(ModifierEntry { id, kind, forms })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actors(text: &str) -> Result<Lexicon> {
        Lexicon::from_sources(&[
            LexiconSource::new(
                "roles.txt",
                LexiconKind::Roles,
                "id: head_of_state\nname: head of state\nkind: person\nconstruct_titles: رئيس\n",
            ),
            LexiconSource::new("a.txt", LexiconKind::Actors, text),
        ])
    }

    #[test]
    fn bundled_lexicons_load() {
        let lex = Lexicon::from_sources(&bundled_sources()).unwrap();
        assert!(!lex.cues.is_empty());
        assert!(!lex.roles.is_empty());
    }

    #[test]
    fn parses_an_actor_with_roles_and_derived_refs() {
        let lex = actors(
            "id: kz\nname: Kazakhstan\nkind: state\nnames: كازاخستان | كازخستان\nnisba: كازاخي\n\n\
             id: tok\nname: Tokayev\nkind: person\nnames: توكاييف\nrole: head_of_state kz 2019-03-20 -\n\n\
             id: hamas\nname: Hamas\nkind: organization\nnames: حركة حماس\n\n\
             id: paper\nname: Paper\nkind: organization\nnames: صحيفة الغد\nmedia: yes\n",
        )
        .unwrap();
        assert_eq!(lex.actors.len(), 4);
        assert!(lex.actors[3].media && !lex.actors[2].media);
        assert_eq!(lex.actors[0].names, ["كازاخستان", "كازخستان"]);
        assert_eq!(lex.actors[0].gender, Gender::Feminine);
        let tenure = &lex.actors[1].roles[0];
        assert!(tenure.covers("2020-01-01".parse().unwrap()));
        assert!(!tenure.covers("2019-01-01".parse().unwrap()));
        assert_eq!(lex.actors[2].refs, ["الحركه"]);
        // Homes: a state is its own, a person's is the state of the latest role.
        assert_eq!(lex.homes.get(&0), Some(&0));
        assert_eq!(lex.homes.get(&1), Some(&0));
        assert_eq!(lex.homes.get(&2), None);
    }

    #[test]
    fn a_body_belongs_to_the_state_its_country_names() {
        let lex = actors(
            "id: tn\nname: Tunisia\nkind: state\nnames: تونس\n\n\
             id: front\nname: Front\nkind: organization\nnames: جبهة تونسية\ncountry: tn\n",
        )
        .unwrap();
        assert_eq!(lex.homes.get(&1), Some(&0));
        // Only a state is a country.
        let err = actors(
            "id: tn\nname: Tunisia\nkind: state\nnames: تونس\n\n\
             id: party\nname: Party\nkind: organization\nnames: حزب ما\n\n\
             id: front\nname: Front\nkind: organization\nnames: جبهة ما\ncountry: party\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("a.txt:15: field \"country\""), "{err}");
    }

    #[test]
    fn reports_file_line_and_field() {
        let cases = [
            (
                "id: a\nname: A\nkind: sate\nnames: xx",
                "a.txt:3: field \"kind\"",
            ),
            (
                "id: a\nname: A\nkind: state\nnames: ـــ",
                "a.txt:4: field \"names\"",
            ),
            (
                "id: A\nname: A\nkind: state\nnames: xx",
                "a.txt:1: field \"id\"",
            ),
            (
                "id: a\nname: A\nkind: state\nnames: xx\n\nid: a\nname: B\nkind: state\nnames: yy",
                "a.txt:6: field \"id\": duplicate",
            ),
            (
                "id: a\nname: A\nkind: person\nnames: xx\nrole: head_of_state nowhere 2010 -",
                "a.txt:5: field \"role\"",
            ),
            (
                "id: a\nname: A\nkind: person\nnames: xx\nrole: king a 2010 -",
                "no role",
            ),
            (
                "id: a\nname: A\nkind: person\nnames: xx\nrole: head_of_state a 2012 2010",
                "ends before",
            ),
            (
                "id: a\nname: A\nkind: person\nnames: xx\nrole: head_of_state a 2012-13 -",
                "invalid date",
            ),
            (
                "id: a\nname: A\nkind: state\nnames: xx\nparent: b",
                "a.txt:5: field \"parent\"",
            ),
            (
                "id: a\nname: A\nkind: state\nnames: xx\n\nid: b\nname: B\nkind: state\nnames: xx",
                "also a name of",
            ),
            ("id: a\nname: A\nkind: state", "a.txt:1: field \"names\""),
            (
                "id: a\nname: A\nkind: organization\nnames: xx\nmedia: maybe",
                "a.txt:5: field \"media\"",
            ),
            (
                "id: a\nname: A\nkind: person\nnames: xx\nmedia: yes",
                "a.txt:5: field \"media\": a person is no news organization",
            ),
        ];
        for (text, expected) in cases {
            let err = actors(text).unwrap_err().to_string();
            assert!(err.contains(expected), "{text:?}: {err}");
        }
    }

    #[test]
    fn weak_names_may_be_shared() {
        let lex = actors(
            "id: a\nname: A\nkind: person\nnames: محمود عباس\nweak: عباس\n\n\
             id: b\nname: B\nkind: person\nnames: عباس عراقجي\nweak: عباس\n",
        );
        assert!(lex.is_ok());
    }

    #[test]
    fn rejects_bad_cues_and_evaluative_entries() {
        let cue = Lexicon::from_sources(&[LexiconSource::new(
            "cues.txt",
            LexiconKind::Cues,
            "id: say\nm: قال\nframes: that sideways\n",
        )]);
        assert!(cue.unwrap_err().to_string().contains("unknown frame"));
        let eval = Lexicon::from_sources(&[LexiconSource::new(
            "e.txt",
            LexiconKind::Evaluative,
            "id: x\nlabel: hate\nweight: 0.5\nforms: كره\n",
        )]);
        assert!(eval
            .unwrap_err()
            .to_string()
            .contains("e.txt:2: field \"label\""));
        let eval = Lexicon::from_sources(&[LexiconSource::new(
            "e.txt",
            LexiconKind::Evaluative,
            "id: x\nlabel: condemn\nweight: 7\nforms: كره\n",
        )]);
        assert!(eval.unwrap_err().to_string().contains("weight"));
    }

    #[test]
    fn a_final_preposition_is_the_next_words() {
        let lex = Lexicon::from_sources(&[LexiconSource::new(
            "e.txt",
            LexiconKind::Evaluative,
            "id: x\nlabel: justify\nweight: 0.7\nforms: استجابة ل | وضع حد | وضع حد ل\n",
        )])
        .unwrap();
        let e = &lex.evaluative[0];
        assert!(e.forms.iter().any(|f| f == "استجابه"));
        assert!(!e.forms.iter().any(|f| f.ends_with(" ل")));
        // وضع حد is listed bare too: it counts anywhere.
        assert_eq!(e.before_l, ["استجابه"]);
    }

    #[test]
    fn given_names_fold_and_dedupe() {
        let lex = Lexicon::from_sources(&[LexiconSource::new(
            "g.txt",
            LexiconKind::GivenNames,
            "# names\nأحمد\nاحمد\nسامي\n",
        )])
        .unwrap();
        assert_eq!(lex.given_names, ["احمد", "سامي"]);
    }
}
