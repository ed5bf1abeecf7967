//! Finding actors: lexicon names, role phrases composed from a title and a country or
//! body (الرئيس الأمريكي، رئيس كازاخستان، المتحدث باسم الخارجية الإيرانية), persons the
//! lexicon lacks (a title or a given name followed by a name), and the candidates for
//! references back (الحركة، الرئيس) that [`crate::coref`] resolves.

use std::sync::LazyLock;

use crate::fasthash::{FastMap, FastSet};

use crate::date::Date;
use crate::lexicon::{CueForm, Frame, Gender, Lexicon, RoleTenure};
use crate::matcher::{Hit, Lex};
use crate::segment::{abbreviation_at, punct_at, word_at, Token, TokenKind};
use crate::types::ActorKind;

mod bodies;
mod identity;
mod offices;
mod persons;
mod roles;
mod words;

use identity::person_surnames;
pub(crate) use persons::romanize;
pub(crate) use roles::resolve_roles;
use words::*;
pub(crate) use words::{
    derived_past_shaped, first_is_verb_shaped, has_article, has_possessive, is_body_head,
    is_definite_nisba, is_definite_noun, is_dual_description, is_fuul, is_indefinite_nisba,
    is_kin_noun, is_name_particle, is_not_name, is_partitive, is_tafaul_or_tafil, is_title_noun,
    is_verbal_noun_shaped, is_weekday, preposition_on_word, COLLECTIVE_HEADS, GROUP_HEADS,
    HONORIFICS, PRESIDENT_TITLES, ROYAL_TITLES,
};

/// One actor of the article: a lexicon actor, a composed role, or a derived person.
#[derive(Debug, Clone)]
pub(crate) struct Slot {
    pub id: String,
    pub name: String,
    pub kind: ActorKind,
    pub gender: Gender,
    /// The lexicon actor, when it is one.
    pub lexicon: Option<u32>,
    /// For a composed role: (role index, holder slot).
    pub role: Option<(u32, usize)>,
    /// Roles the article gives this person (الرئيس الفرنسي إيمانويل ماكرون): (role, holder).
    pub titles: Vec<(u32, Option<usize>)>,
    /// Head noun a definite description may take it up by (الحركة for حركة ...).
    pub merged_into: Option<usize>,
    /// Normalized surface names of a derived person, for later short mentions.
    pub surnames: Vec<String>,
    /// Head noun of a body found by pattern (صحيفة، منظمة), by which الصحيفة refers back.
    pub head: Option<String>,
    /// A role named only indefinitely (متحدث باسم الخارجية: a spokesperson, not the
    /// spokesperson): never resolved to the dated holder of the role.
    pub indefinite: bool,
    /// Where a derived actor's name stands in the normalized text, so that its `name`
    /// can be the words as the article writes them.
    pub name_at: Option<(usize, usize)>,
}

impl Slot {
    /// A slot for an actor the lexicon lacks (a composed role, a person or body found by
    /// pattern, a joint actor), with nothing known beyond what is given.
    pub(crate) fn derived(id: String, name: String, kind: ActorKind, gender: Gender) -> Slot {
        Slot {
            id,
            name,
            kind,
            gender,
            lexicon: None,
            role: None,
            titles: Vec::new(),
            merged_into: None,
            surnames: Vec::new(),
            head: None,
            indefinite: false,
            name_at: None,
        }
    }

    /// Whether this is a news organization: a lexicon actor marked `media`, or a body
    /// found by pattern with a media head (صحيفة، قناة) or a news agency's name (وكالة
    /// أنباء ...، وكالة ... للأنباء).
    pub(crate) fn is_media(&self, lex: &Lexicon) -> bool {
        match (self.lexicon, self.head.as_deref()) {
            (Some(actor), _) => lex.actors[actor as usize].media,
            (None, Some("وكاله")) => crate::normalize::fold_str(&self.name).contains("انباء"),
            (None, Some(head)) => MEDIA_HEADS.contains(&head),
            (None, None) => false,
        }
    }

    /// The slot of lexicon actor `actor`.
    pub(crate) fn of_lexicon(lex: &Lexicon, actor: u32) -> Slot {
        let a = &lex.actors[actor as usize];
        Slot {
            lexicon: Some(actor),
            ..Slot::derived(a.id.clone(), a.name.clone(), a.kind, a.gender)
        }
    }
}

/// How a mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    Name,
    Role,
    Reference,
    Pattern,
}

impl Via {
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Name => "name",
            Via::Role => "role",
            Via::Reference => "reference",
            Via::Pattern => "pattern",
        }
    }
}

/// One mention, in normalized coordinates.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MentionRec {
    pub tok_start: usize,
    pub tok_end: usize,
    pub start: usize,
    pub end: usize,
    pub slot: usize,
    pub via: Via,
    pub weak: bool,
    /// A body or state named inside another actor's mention (رئيس كازاخستان، the body in
    /// a person's apposition): an actor of the article, but never a verb's subject.
    pub inner: bool,
}

impl MentionRec {
    /// Whether the mention carries a prepositional proclitic (لترامب، بالحكومة): then it is
    /// no subject. The conjunctions و and ف are no obstacle (ومصر ترحب).
    pub(crate) fn prepositional(&self, text: &str, tokens: &[Token]) -> bool {
        let token_start = tokens
            .get(self.tok_start)
            .map_or(self.start, |t| t.start as usize);
        let prefix = text.get(token_start..self.start).unwrap_or("");
        if !prefix.is_empty() && prefix != "و" && prefix != "ف" {
            return true;
        }
        // ل before the article takes its alif (ل + الدنمارك → للدنمارك): the name is
        // matched with it, the mention starting at the ل.
        text.get(self.start..self.end)
            .is_some_and(|name| name.starts_with("لل") && !name.starts_with("للا "))
    }

    /// Whether the mention is a preposition's: on it (لمجلس الأمن) or after it (في مجلس
    /// الأمن). An oblique is no verb's subject, and less likely taken up than one.
    pub(crate) fn oblique(&self, text: &str, tokens: &[Token]) -> bool {
        self.prepositional(text, tokens)
            || self.tok_start > 0
                && crate::quotes::PREPOSITIONS.contains(&crate::segment::word_at(
                    text,
                    tokens,
                    self.tok_start - 1,
                ))
    }
}

/// Which of `len` tokens an actor mention covers: linear in the mentions' lengths.
pub(crate) fn covered_tokens(mentions: &[MentionRec], len: usize) -> Vec<bool> {
    let mut covered = vec![false; len];
    for m in mentions {
        // A slice, not take/skip from 0: linear in the mention's length.
        covered[m.tok_start.min(m.tok_end)..m.tok_end].fill(true);
    }
    covered
}

/// Which of `slots` actors some mention names.
fn mentioned_slots(mentions: &[MentionRec], slots: usize) -> Vec<bool> {
    let mut mentioned = vec![false; slots];
    for m in mentions {
        mentioned[m.slot] = true;
    }
    mentioned
}

/// What an unresolved definite description may refer to.
#[derive(Debug, Clone)]
pub(crate) enum RefTarget {
    /// Any lexicon actor of this reference group (الحركة for Hamas or Fatah), or a body
    /// found by pattern with the reference's head noun (المجلس for المجلس الشعبي الوطني).
    Group(u32, Option<String>),
    /// A holder of one of these roles (الرئيس، الوزارة).
    Roles(Vec<u32>),
    /// A body found by pattern with this head noun (الصحيفة for صحيفة لوطون).
    Head(String),
}

/// A definite description awaiting resolution.
#[derive(Debug, Clone)]
pub(crate) struct RefRec {
    pub tok_start: usize,
    pub tok_end: usize,
    pub start: usize,
    pub end: usize,
    pub target: RefTarget,
}

/// The actors and mentions of one article.
#[derive(Debug, Default)]
pub(crate) struct ActorFinding {
    pub slots: Vec<Slot>,
    pub mentions: Vec<MentionRec>,
    pub refs: Vec<RefRec>,
    /// Noun-phrase parses run: a machine-independent measure of this stage's work.
    pub parse_steps: usize,
    /// When the article was written, for who held a title then: its date, or else the
    /// year it mentions last (set by [`roles::resolve_roles`]).
    pub when: (Option<Date>, Option<u16>),
}

impl ActorFinding {
    /// Whether `slot` is a security body (an interior ministry, the police, the public
    /// prosecution) or a person who speaks for one: its reports of arrests, charges and
    /// crimes describe, and judge no one.
    pub(crate) fn is_security_body(&self, slot: usize) -> bool {
        let s = &self.slots[self.canonical(slot)];
        let body = match s.role {
            Some((_, holder)) if s.kind == ActorKind::Person && holder < self.slots.len() => {
                &self.slots[self.canonical(holder)]
            }
            _ => s,
        };
        let institution = body.id.rsplit('.').next().unwrap_or("");
        matches!(institution, "interior_ministry" | "public_prosecution")
            || body.kind != ActorKind::Person
                && body
                    .head
                    .as_deref()
                    .is_some_and(|h| matches!(h, "شرطه" | "الشرطه"))
    }

    /// Whether lexicon role tenure `t` was held when the article was written (any
    /// tenure, when the article tells neither date nor year).
    pub fn held_then(&self, t: &RoleTenure) -> bool {
        match self.when {
            (Some(date), _) => t.covers(date),
            (None, Some(y)) => t.held_in(y),
            (None, None) => true,
        }
    }

    /// The slot a slot was merged into, followed to the end.
    pub fn canonical(&self, mut slot: usize) -> usize {
        let mut guard = 0;
        while let Some(next) = self.slots[slot].merged_into {
            slot = next;
            guard += 1;
            if guard > self.slots.len() {
                break;
            }
        }
        slot
    }
}

/// Tokens whose original spelling tells what folding hides, each list sorted.
#[derive(Debug, Default)]
pub(crate) struct Spellings {
    /// Written «على» (the preposition): they fold to the given name علي. Also «مني»
    /// (from me) written with ي in an article that writes ى: it folds to the name منى.
    pub ala: Vec<u32>,
    /// Written «علي» in an article that writes «على» for the preposition: the given
    /// name Ali (علي الحازمي), not the preposition spelled loosely. Not with a shadda
    /// (عليّ «on me»).
    pub ali: Vec<u32>,
    /// Written و + hamza on alef (وأخلاق، وإسلام): the conjunction on a word, where
    /// و + bare alef may also be a foreign name (وارن، واين).
    pub waw_hamza: Vec<u32>,
    /// Written ب، ل or ك + hamza on alef (بإجمالي، لأسباب): the preposition on a word,
    /// where ب + bare alef may also start a name (باسلمة، باخشوين).
    pub prep_hamza: Vec<u32>,
    /// Written with a final ه where the article writes ة elsewhere (تفاؤله، جمهوره): an
    /// attached pronoun, where a final ة (حمامة، سلامة) may end a family name.
    pub pronoun_ha: Vec<u32>,
    /// Written with tanween (قرضاً، حفلًا، سوريًا): an indefinite noun or adjective,
    /// never a name nor a word of one.
    pub tanween: Vec<u32>,
    /// Written with a bare alif in the shape of a derived past verb (اشترى، اعتمد،
    /// انقطع، استغل) in an article that writes hamza on alif: the verb after a name,
    /// where a foreign name of that shape is written with hamza (أشتون، إنديك).
    pub alif_verb: Vec<u32>,
    /// A given name written with a final ى (ليلى): the name, where the same letters with
    /// ي read as a word (ليلي: ل + يلي «to what follows»).
    pub maqsura_name: Vec<u32>,
}

struct Ctx<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    tokens: &'a [Token],
    /// What the folded text no longer shows of the original spelling.
    spellings: &'a Spellings,
    /// The hits starting at each token: a slice each, read by [`Ctx::hits_at`] at nearly
    /// every token of every parser, where two indexes into `hits` cost four bounds
    /// checks a read ([`crate::matcher::hits_by_token`]).
    hits_by_token: &'a [&'a [Hit]],
    /// The [`word_class`] of each token (0 for punctuation).
    classes: Vec<u8>,
    /// The word of each token, "" for punctuation ([`crate::segment::token_words`]).
    words: &'a [&'a str],
    out: ActorFinding,
    keys: FastMap<String, usize>,
    /// Slots of lexicon actors, by lexicon index.
    lexicon_slots: FastMap<u32, usize>,
    /// Surnames of the persons mentioned so far, and how far `out.mentions` was read.
    surnames: FastSet<String>,
    surname_slots: FastSet<usize>,
    noted: usize,
    /// The last body found by pattern for each head noun, for الشرطة after شرطة دبي.
    body_by_head: FastMap<&'a str, usize>,
    /// Lexicon persons by the first one or two words of a name (السلطان هيثم for السلطان
    /// هيثم بن طارق): the first person mentioned with that lead, for [`Ctx::derived_person`].
    person_leads: FastMap<&'a str, usize>,
    /// Persons the lexicon lacks by the title before them and the given name that opens
    /// their longer name (الشيخ and راشد for الشيخ راشد بن عبدالله آل خليفة), or `None`
    /// when two such persons share both.
    given_name_leads: FastMap<(&'a str, &'a str), Option<usize>>,
    /// The same by the given name alone, for a given name written alone as a speech
    /// verb's subject (وقالت مرام).
    first_name_leads: FastMap<&'a str, Option<usize>>,
    /// Role slots mentioned so far, and whether every mention was indefinite.
    role_mentioned: FastMap<usize, bool>,
    /// Where each office title and the word after it first stand (see
    /// [`offices`]): built on the first office read, once an article.
    office_firsts: Option<FastMap<(&'a str, &'a str), usize>>,
    /// How deep the noun-phrase parsers are nested now, and how many parses the
    /// current top-level phrase has cost: both bounded, so that chains of titles and
    /// bodies (رئيس دولة رئيس دولة …) cost a constant per token, whatever their length.
    np_depth: u32,
    np_work: u32,
    /// Which actors the article names in full and which states it names (by name,
    /// nisba, or as the home of an actor named in full): built on the first weak name
    /// two lexicon actors share, once an article ([`Ctx::shared_weak_is`]).
    named_context: std::cell::OnceCell<(FastSet<u32>, FastSet<u32>)>,
}

/// The deepest nesting of titles and bodies a noun phrase may have: المتحدث باسم وزارة
/// الخارجية في حكومة دولة … needs four; beyond that the parsers abstain.
pub(crate) const MAX_NP_DEPTH: u32 = 6;
/// The parses one top-level noun phrase may cost (every title that is a prefix of another
/// is one more reading at each level); past it the phrase is not an actor.
pub(crate) const NP_WORK_BUDGET: u32 = 256;
/// Role modifiers (السابق، الحالي) read after a title.
const MAX_ROLE_MODIFIERS: usize = 3;
/// Titles a person collects from the article (الرئيس، رئيس الحزب …); more are dropped.
pub(crate) const MAX_TITLES: usize = 8;

/// The result of parsing a noun phrase at a token.
#[derive(Debug, Clone, Copy)]
struct Np {
    slot: usize,
    tok_end: usize,
    end: usize,
    via: Via,
    weak: bool,
}

/// Given names that are also a formula's word before «الله» (توفيق، أحمد، سامح).
static FORMULA_BEFORE_GOD: LazyLock<crate::wordlist::WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/formula_before_god.txt"))
});

/// Finds actor mentions and reference candidates.
pub(crate) fn find_actors(
    lex: &Lexicon,
    text: &str,
    tokens: &[Token],
    words: &[&str],
    hits_by_token: &[&[Hit]],
    spellings: &Spellings,
) -> ActorFinding {
    // Each word's class, once: the main loop and the kunya check look one word ahead.
    // An honorific marks the token after it instead of itself (see AFTER_HONORIFIC).
    let mut carried = 0u8;
    let classes: Vec<u8> = (0..tokens.len())
        .map(|t| {
            if !tokens[t].is_word() {
                // (د. «Dr.», the abbreviation and its period, is a personal honorific too:
                // د. مفلح القحطاني.)
                let doctor = t > 0
                    && word_at(text, tokens, t - 1) == "د"
                    && crate::segment::abbreviation_at(text, tokens, t - 1);
                carried = if doctor { AFTER_HONORIFIC } else { 0 };
                return 0;
            }
            let class = word_class(words[t]);
            let out = class & !(HONORIFIC | SECOND_TITLE) | carried;
            // (A second title passes the mark on: العقيد دكتور فلان. The mark and the
            // second title's bit are one bit, so the word keeps a mark it carries.)
            carried = (class & HONORIFIC) << 1 | carried & class & SECOND_TITLE;
            out
        })
        .collect();
    let mut ctx = Ctx {
        lex,
        text,
        tokens,
        spellings,
        hits_by_token,
        classes,
        words,
        out: ActorFinding::default(),
        keys: FastMap::default(),
        lexicon_slots: FastMap::default(),
        surnames: FastSet::default(),
        surname_slots: FastSet::default(),
        noted: 0,
        body_by_head: FastMap::default(),
        person_leads: FastMap::default(),
        given_name_leads: FastMap::default(),
        first_name_leads: FastMap::default(),
        role_mentioned: FastMap::default(),
        office_firsts: None,
        np_depth: 0,
        np_work: 0,
        named_context: std::cell::OnceCell::new(),
    };
    let mut i = 0;
    // The first token after `i` that is no word (punctuation, a line break), or the
    // number of tokens: kept from word to word rather than looked for ahead of each.
    let mut next_break = 0;
    while i < tokens.len() {
        if !tokens[i].is_word() {
            i += 1;
            continue;
        }
        // Most words are nothing to this stage: no lexicon form starts there, they are
        // no head, title or dual word, and no comma follows within three words. One
        // hash look-up and a glance ahead skip them.
        let class = ctx.classes[i];
        if next_break <= i {
            next_break = (i + 1..tokens.len())
                .find(|&k| !tokens[k].is_word())
                .unwrap_or(tokens.len());
        }
        let comma_ahead = next_break < (i + 4).min(tokens.len());
        let after_hit = i > 0 && !ctx.hits_at(i - 1).is_empty();
        // Evaluative words and modifiers start no actor: only names, titles, nisbas,
        // references and given names do (a cue may, for the nisba after it).
        let starts_actor = ctx.hits_at(i).iter().any(|h| {
            !matches!(
                h.lex,
                Lex::Eval { .. } | Lex::Modifier { .. } | Lex::Cue { .. }
            )
        });
        let before_lineage = ctx.classes.get(i + 1).is_some_and(|c| c & LINEAGE != 0);
        if !starts_actor && class == 0 && !comma_ahead && !after_hit && !before_lineage {
            i += 1;
            continue;
        }
        // The first parse that applies, with the way it found the actor and where its
        // mention starts (after the proclitics of a lexicon hit, or at the token).
        ctx.np_work = 0;
        // منظمات «X» و«Y»: bodies named in quotation marks after a plural head.
        // (comma_ahead first: a flag already computed, false at most words.)
        if comma_ahead && ctx.is_punct(i + 1, &OPENING_MARKS) {
            if let Some(next) = ctx.quoted_bodies(i) {
                i = next;
                continue;
            }
        }
        let found = if let Some(np) = ctx.parse_np(i, 0) {
            Some((np, np.via, ctx.mention_start(i), true))
        } else if let Some(np) = after_hit.then(|| ctx.parse_nisba_agent(i)).flatten() {
            Some((np, Via::Name, ctx.mention_start(i), false))
        } else if let Some(np) = (class & 1 != 0)
            .then(|| ctx.parse_pattern_body(i))
            .flatten()
        {
            Some((np, Via::Pattern, ctx.tokens[i].start as usize, false))
        } else if let Some(np) = (class & 8 != 0).then(|| ctx.parse_group(i)).flatten() {
            // Without the conjunction (ونواب → نواب).
            let conjunction = !GROUP_HEADS.contains(&ctx.word(i));
            let start =
                ctx.tokens[i].start as usize + if conjunction { 'و'.len_utf8() } else { 0 };
            Some((np, Via::Pattern, start, false))
        } else if let Some(np) = (class & 2 != 0).then(|| ctx.parse_dual(i)).flatten() {
            Some((np, Via::Reference, ctx.mention_start(i), false))
        } else if let Some(np) = (class & 4 != 0)
            .then(|| ctx.parse_titled_unknown(i))
            .flatten()
        {
            Some((np, Via::Pattern, ctx.tokens[i].start as usize, false))
        } else if let Some(np) = (comma_ahead || after_hit)
            .then(|| ctx.parse_apposed_name(i))
            .flatten()
        {
            Some((np, Via::Pattern, ctx.tokens[i].start as usize, true))
        } else if let Some(np) = (class & 4 != 0 || starts_actor)
            .then(|| ctx.parse_office(i))
            .flatten()
        {
            Some((np, Via::Pattern, ctx.tokens[i].start as usize, false))
        } else {
            None
        };
        if let Some((mut np, via, start, may_have_apposition)) = found {
            // جامعة الإمام محمد بن سعود، مطار الملك خالد: a person's name in the name of a
            // place or an institution mentions no one.
            if ctx.out.slots[np.slot].kind == ActorKind::Person && ctx.after_institution(i) {
                i = np.tok_end.max(i + 1);
                continue;
            }
            // A person the lexicons do not know, found by a given name, is no one where
            // the given name is a noun, a place or a formula's word: right after في (في
            // عمر الخامسة، في صالح العميل، في جيفري باي; a lexicon person is named there
            // too: يرى في هيفاء وهبي), or with «God» and nothing after (بعد توفيق الله،
            // أحمد الله; a compound name's first half stays: عبد الله، فتح الله).
            let derived_person = via == Via::Pattern
                && ctx.out.slots[np.slot].kind == ActorKind::Person
                && ctx.out.slots[np.slot].lexicon.is_none();
            let formula = np.tok_end == i + 2
                && ctx.word(i + 1) == "الله"
                && FORMULA_BEFORE_GOD.contains(&ctx.word(i));
            if derived_person && (i > 0 && ctx.word(i - 1) == "في" || formula) {
                i = np.tok_end.max(i + 1);
                continue;
            }
            np = if ctx.out.slots[np.slot].kind == ActorKind::Person {
                ctx.extend_family(np)
            } else {
                ctx.extend_member_states(np)
            };
            if may_have_apposition && ctx.out.slots[np.slot].kind == ActorKind::Person {
                let name_end = np.tok_end;
                np = ctx.extend_apposition(np, i);
                let inner = ctx.inner_bodies(name_end, np.tok_end, np.slot);
                ctx.out.mentions.extend(inner);
            }
            // متحدث باسم …، ناطق باسم …: an indefinite title linked by باسم names a
            // spokesperson, not the holder of the office. Any definite mention makes
            // the role definite again.
            if via == Via::Role && ctx.out.slots[np.slot].role.is_some() {
                let indefinite = !ctx.word(i).starts_with("ال") && ctx.word(i + 1) == "باسم";
                let seen = ctx.role_mentioned.entry(np.slot).or_insert(true);
                *seen &= indefinite;
                ctx.out.slots[np.slot].indefinite = *seen;
            }
            ctx.out.mentions.push(MentionRec {
                tok_start: i,
                tok_end: np.tok_end,
                start,
                end: np.end,
                slot: np.slot,
                via,
                weak: np.weak,
                inner: false,
            });
            // رئيس كازاخستان، الناطق باسم هيئة الموانئ فلان: the state or body a role
            // phrase names is mentioned too, beside the role's holder.
            // (So does an office: أمير منطقة القصيم، رئيس هيئة مكافحة الفساد; and a title
            // before the holder's name: القيادي في نداء تونس، فلان.)
            let office = via == Via::Pattern
                && ctx.out.slots[np.slot].kind == ActorKind::Person
                && (offices::is_office_title(ctx.word(i)) || is_title_noun(ctx.word(i)));
            if via == Via::Role || office {
                let inner = ctx.inner_bodies(i + 1, np.tok_end, np.slot);
                ctx.out.mentions.extend(inner);
            }
            i = np.tok_end.max(i + 1);
            continue;
        }
        if let Some(r) = (class & 1 != 0 || !ctx.hits_at(i).is_empty())
            .then(|| ctx.parse_ref(i))
            .flatten()
        {
            i = r.tok_end.max(i + 1);
            ctx.out.refs.push(r);
            continue;
        }
        i += 1;
    }
    ctx.cut_run_on_names();
    ctx.merge_abd_family_names();
    ctx.merge_lineage_names();
    ctx.drop_unsupported_weak();
    ctx.drop_bylines();
    ctx.short_name_pass();
    ctx.misspelled_surname_pass();
    ctx.merge_short_bodies();
    ctx.out.mentions.sort_by_key(|m| (m.start, m.end));
    ctx.joint_subjects();
    ctx.out
}

impl<'a> Ctx<'a> {
    /// Runs one noun-phrase parse one level deeper, or abstains when the phrase is nested
    /// too deep or has cost its budget ([`Ctx::enter_np`]).
    fn guarded(&mut self, parse: impl FnOnce(&mut Self) -> Option<Np>) -> Option<Np> {
        if !self.enter_np() {
            return None;
        }
        let np = parse(self);
        self.np_depth -= 1;
        np
    }

    /// Enters one more level of noun-phrase parsing, or refuses when the phrase is
    /// nested too deep or has cost its budget; a refusal is an abstention, not an error.
    fn enter_np(&mut self) -> bool {
        if self.np_depth >= MAX_NP_DEPTH || self.np_work >= NP_WORK_BUDGET {
            return false;
        }
        self.np_depth += 1;
        self.np_work += 1;
        self.out.parse_steps += 1;
        true
    }

    /// Notes a role the article gives a person, once, and at most [`MAX_TITLES`] of them:
    /// references back test every title, so the list must not grow with the text.
    fn add_title(&mut self, slot: usize, title: (u32, Option<usize>)) {
        let titles = &mut self.out.slots[slot].titles;
        if titles.len() < MAX_TITLES && !titles.contains(&title) {
            titles.push(title);
        }
    }

    /// The normalized byte range from the first to the last of `words`, when they are
    /// slices of this article's text (as the parsers' words are).
    fn span_of(&self, words: &[&str]) -> Option<(usize, usize)> {
        let base = self.text.as_ptr() as usize;
        let offset = |w: &str| {
            let at = (w.as_ptr() as usize).checked_sub(base)?;
            (at + w.len() <= self.text.len()).then_some(at)
        };
        let first = words.first()?;
        let last = words.last()?;
        let start = offset(first)?;
        let end = offset(last)? + last.len();
        (start < end).then_some((start, end))
    }

    fn hits_at(&self, t: usize) -> &'a [Hit] {
        self.hits_by_token.get(t).copied().unwrap_or_default()
    }

    /// Whether the word at `t` was written with tanween: no name's word.
    fn marked_indefinite(&self, t: usize) -> bool {
        self.spellings.tanween.binary_search(&(t as u32)).is_ok()
    }

    fn word(&self, t: usize) -> &'a str {
        self.words.get(t).copied().unwrap_or_default()
    }

    fn is_punct(&self, t: usize, chars: &[char]) -> bool {
        punct_at(self.tokens, t, chars)
    }

    /// Whether a finite speech verb stands at token `t` (قال، أعلنت، تدين).
    fn finite_cue_at(&self, t: usize) -> bool {
        self.hits_at(t).iter().any(|h| {
            matches!(
                h.lex,
                Lex::Cue {
                    form: CueForm::Finite(_),
                    ..
                }
            )
        })
    }

    /// Whether a finite speech verb ends right before token `t` (قال، أعلنت): what
    /// starts at `t` is likely its subject.
    fn after_finite_cue(&self, t: usize) -> bool {
        t > 0 && self.finite_cue_at(t - 1)
    }

    /// Where a mention starting at token `t` begins: after the proclitics of its first
    /// hit, or at the token itself.
    fn mention_start(&self, t: usize) -> usize {
        let tok = &self.tokens[t];
        self.hits_at(t)
            .iter()
            .map(|h| h.start as usize)
            .min()
            .unwrap_or_else(|| tok.start as usize + self.conjoined_kunya(t))
            .max(tok.start as usize)
    }

    /// The length of the conjunction on a kunya's particle at `t` (وأبو سليمان: another
    /// person, whose name starts after و), else 0.
    fn conjoined_kunya(&self, t: usize) -> usize {
        let kunya = self.classes.get(t).is_some_and(|c| c & KUNYA != 0);
        if kunya && self.word(t).starts_with('و') {
            'و'.len_utf8()
        } else {
            0
        }
    }

    /// The slot for a key, made on first use. Derived actors are keyed by their id
    /// (`id:…`), so one id is always one actor whichever pattern found it.
    fn slot_for_key(&mut self, key: String, make: impl FnOnce() -> Slot) -> usize {
        if let Some(&s) = self.keys.get(&key) {
            return s;
        }
        let s = self.out.slots.len();
        self.out.slots.push(make());
        self.keys.insert(key, s);
        s
    }

    /// The slot of an actor found by pattern, named by `words` as the article writes
    /// them; `fill` completes a new slot (its head, its surnames), made only once per id.
    fn written_slot(
        &mut self,
        id: String,
        words: &[&str],
        kind: ActorKind,
        gender: Gender,
        fill: impl FnOnce(Slot) -> Slot,
    ) -> usize {
        let name_at = self.span_of(words);
        self.slot_for_key(format!("id:{id}"), || {
            fill(Slot {
                name_at,
                ..Slot::derived(id, words.join(" "), kind, gender)
            })
        })
    }

    /// The mention a lexicon hit `h` of actor `actor` makes, by its name.
    fn hit_np(&mut self, actor: u32, h: &Hit) -> Np {
        Np {
            slot: self.lexicon_slot(actor),
            tok_end: h.tok_end as usize,
            end: h.end as usize,
            via: Via::Name,
            weak: false,
        }
    }

    fn lexicon_slot(&mut self, actor: u32) -> usize {
        if let Some(&s) = self.lexicon_slots.get(&actor) {
            return s;
        }
        let s = self.out.slots.len();
        self.out.slots.push(Slot::of_lexicon(self.lex, actor));
        self.lexicon_slots.insert(actor, s);
        let lex = self.lex;
        let entry = &lex.actors[actor as usize];
        if entry.kind == ActorKind::Person {
            for name in &entry.names {
                // The first one and two words of a longer name.
                let mut cuts = name.match_indices(' ').map(|(i, _)| i).take(2);
                for cut in cuts.by_ref() {
                    self.person_leads.entry(&name[..cut]).or_insert(s);
                }
            }
        }
        s
    }

    /// The longest actor-name hit at `t` that `keep` accepts; never a union's name that
    /// opens a federation's (الاتحاد الأوروبي لكرة القدم), nor a state's name that
    /// another state's nisba qualifies (الاحتلال الأميركي is no name of Israel's).
    fn actor_hit(&self, t: usize, keep: impl Fn(ActorKind) -> bool) -> Option<&'a Hit> {
        self.hits_at(t).iter().find(|h| match h.lex {
            Lex::Actor { actor, weak } => {
                keep(self.lex.actors[actor as usize].kind)
                    && !self.federation_after(actor, h.tok_end as usize)
                    && !self.other_states_nisba_after(actor, t, h.tok_end as usize)
                    && (!weak || self.shared_weak_is(t, h, actor))
            }
            _ => false,
        })
    }

    /// Whether weak hit `h` at `t` names `actor`, when other lexicon actors share its
    /// words (الجبهة الشعبية: the PFLP and Tunisia's Popular Front; الحزب الجمهوري;
    /// المالكي): the one the article also names in full; failing that, the one whose
    /// state it names when only one's is; failing both, none of them, since a guess
    /// between two parties is worse than none. A weak name of one actor alone is its.
    fn shared_weak_is(&self, t: usize, h: &Hit, actor: u32) -> bool {
        let rivals = || {
            self.hits_at(t).iter().filter_map(|o| match o.lex {
                Lex::Actor {
                    actor: a,
                    weak: true,
                } if o.start == h.start && o.end == h.end => Some(a),
                _ => None,
            })
        };
        if rivals().nth(1).is_none() {
            return true;
        }
        let (in_full, states) = self.named_context.get_or_init(|| {
            let (mut in_full, mut states) = (FastSet::default(), FastSet::default());
            // (Only the longest name at a place: جمهورية الكونغو inside جمهورية الكونغو
            // الديمقراطية names one state, not two.)
            let mut covered_until = 0;
            for t in 0..self.tokens.len() {
                // (A nisba the matcher does not list, the plural: حقوق التونسيين. Names
                // and the other nisbas are hits, below.)
                let word = self.word(t);
                if word.ends_with("يين") || word.ends_with("يون") {
                    let bare = word.strip_prefix(['و', 'ف']).unwrap_or(word);
                    let bare = bare
                        .strip_prefix(['ب', 'ك'])
                        .filter(|w| w.starts_with("ال"))
                        .unwrap_or(bare);
                    let state = match bare.strip_prefix("لل") {
                        Some(w) => self.lex.state_words.get(&format!("ال{w}")),
                        None => self.lex.state_words.get(bare),
                    };
                    states.extend(state.copied());
                }
                for o in self.hits_at(t) {
                    match o.lex {
                        Lex::Actor { actor, weak } if t >= covered_until => {
                            covered_until = o.tok_end as usize;
                            if !weak {
                                in_full.insert(actor);
                                states.extend(self.lex.homes.get(&actor).copied());
                            }
                        }
                        Lex::Nisba { actor, .. } => {
                            states.insert(actor);
                        }
                        _ => {}
                    }
                }
            }
            (in_full, states)
        });
        let only = |pick: &dyn Fn(u32) -> bool| {
            let mut chosen = rivals().filter(|&a| pick(a));
            match (chosen.next(), chosen.next()) {
                (Some(a), None) => Some(a),
                _ => None,
            }
        };
        let named_in_full = |a: u32| in_full.contains(&a);
        let home_named = |a: u32| self.lex.homes.get(&a).is_some_and(|s| states.contains(s));
        let choice = if rivals().any(named_in_full) {
            only(&named_in_full)
        } else {
            only(&home_named)
        };
        choice == Some(actor)
    }

    /// Whether the word at `next`, right after the name of state `actor` at `t`, is the
    /// definite nisba of another state, and not also a name (بادلت روسيا السعودية: two
    /// states). A name that is a nisba itself is left alone (العلاقات السعودية المصرية).
    fn other_states_nisba_after(&self, actor: u32, t: usize, next: usize) -> bool {
        if self.lex.actors[actor as usize].kind != ActorKind::State {
            return false;
        }
        let hits = self.hits_at(next);
        let is_nisba = |h: &Hit| matches!(h.lex, Lex::Nisba { .. });
        !self.hits_at(t).iter().any(is_nisba)
            && !hits.iter().any(|h| matches!(h.lex, Lex::Actor { .. }))
            && hits.iter().any(|h| {
                h.prefix == 0
                    && matches!(h.lex, Lex::Nisba { actor: other, definite: true }
                        if other != actor
                            && self.lex.actors[other as usize].kind == ActorKind::State)
            })
    }

    /// A noun phrase naming an actor at token `t`: the longest of the parses below.
    fn parse_np(&mut self, t: usize, depth: usize) -> Option<Np> {
        self.guarded(|ctx| ctx.parse_np_unguarded(t, depth))
    }

    fn parse_np_unguarded(&mut self, t: usize, depth: usize) -> Option<Np> {
        if depth > 3 {
            return None;
        }
        let mut best: Option<Np> = None;
        let mut consider = |np: Option<Np>| {
            if let Some(np) = np {
                if best.is_none_or(|b| np.tok_end > b.tok_end) {
                    best = Some(np);
                }
            }
        };
        // Which parsers can apply: most tokens carry only cues, evaluative words or
        // modifiers, and need none of them.
        let (mut nisba, mut construct, mut name, mut title, mut capital, mut given) =
            (false, false, false, false, false, false);
        for h in self.hits_at(t) {
            match h.lex {
                Lex::NisbaTitle { .. } => nisba = true,
                Lex::ConstructTitle { .. } => construct = true,
                Lex::Actor { .. } => name = true,
                Lex::RoleRef { .. } => title = true,
                Lex::Capital { .. } => capital = true,
                Lex::GivenName => given = true,
                _ => {}
            }
        }
        // On a tie the nisba reading wins: رئيس مجلس الشعب السوري is the speaker of
        // Syria's parliament, not the head of a body called مجلس الشعب السوري.
        if nisba {
            consider(self.parse_nisba_title(t));
        }
        if construct {
            consider(self.parse_construct(t, depth));
        }
        if name {
            consider(self.parse_name(t));
        }
        if title {
            consider(self.parse_titled_name(t));
        }
        if capital {
            consider(self.parse_capital(t));
        }
        if given || self.kunya_at(t) || self.unknown_first_name_at(t) {
            // After an honorific (الشيخ محمد العبدالله …) the name is read as after a title.
            let after_honorific = t > 0 && HONORIFICS.contains(&self.word(t - 1));
            consider(self.parse_given_name(t, after_honorific));
        }
        best
    }

    /// A word without the proclitic its given-name hit skipped (لأولي → أولي).
    fn stripped_word(&self, t: usize) -> &'a str {
        let tok = &self.tokens[t];
        let start = self
            .hits_at(t)
            .iter()
            .find(|h| matches!(h.lex, Lex::GivenName))
            .map_or_else(
                || tok.start as usize + self.conjoined_kunya(t),
                |h| h.start as usize,
            );
        &self.text[start..tok.end as usize]
    }

    /// Whether the word at token `t` is a title noun ([`is_title_noun`]): its class's bit,
    /// computed once, rather than the word looked up again.
    fn title_noun_at(&self, t: usize) -> bool {
        self.classes.get(t).is_some_and(|&c| c & TITLE_NOUN != 0)
    }

    /// Whether token `t` is a title: a title noun or a role's title.
    fn titled(&self, t: usize) -> bool {
        self.title_noun_at(t)
            || self.hits_at(t).iter().any(|h| {
                matches!(
                    h.lex,
                    Lex::RoleRef { .. } | Lex::ConstructTitle { .. } | Lex::NisbaTitle { .. }
                )
            })
    }
}

/// The latest plausible year the article mentions (1990 to 2035), as a stand-in for its
/// date when none is given.
pub(crate) fn latest_year(text: &str, tokens: &[Token]) -> Option<u16> {
    // Most four-byte words are two Arabic letters: one byte turns them away before parsing.
    tokens
        .iter()
        .filter(|t| {
            t.is_word()
                && t.end - t.start == 4
                && text.as_bytes()[t.start as usize].is_ascii_digit()
        })
        .filter_map(|t| text[t.range()].parse::<u16>().ok())
        .filter(|y| (1990..=2035).contains(y))
        .max()
}

/// The mentions the actor stage finds in `text` with `lex` (roles resolved for `date`),
/// each as (its text in `text`, its slot), with the finding: for the tests of this stage.
#[cfg(test)]
fn found_in(lex: &Lexicon, text: &str, date: Option<Date>) -> (Vec<(String, usize)>, ActorFinding) {
    let matcher = crate::matcher::LexMatcher::new(lex);
    let n = crate::normalize::normalize(text);
    let tokens = crate::segment::tokenize(n.as_str());
    let hits = matcher.scan(n.as_str(), &tokens);
    let words = crate::segment::token_words(n.as_str(), &tokens);
    let mut found = find_actors(
        lex,
        n.as_str(),
        &tokens,
        &words,
        &crate::matcher::hits_by_token(&hits, tokens.len()),
        &Spellings::default(),
    );
    resolve_roles(lex, &mut found, date, None);
    let mentions = found
        .mentions
        .iter()
        .map(|m| {
            let (s, e) = n.original_span(m.start, m.end);
            (text[s..e].to_string(), m.slot)
        })
        .collect();
    (mentions, found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{LexiconKind, LexiconSource};

    const ACTORS: &str = "id: kazakhstan\nname: Kazakhstan\nkind: state\nnames: كازاخستان | كازخستان\nnisba: كازاخي\n\n\
        id: united_states\nname: United States\nkind: state\nnames: الولايات المتحدة\nnisba: أمريكي | أميركي\n\n\
        id: iran\nname: Iran\nkind: state\nnames: إيران\nnisba: إيراني\n\n\
        id: hamas\nname: Hamas\nkind: organization\nnames: حماس | حركة حماس | حركة المقاومة الإسلامية\n\n\
        id: trump\nname: Donald Trump\nkind: person\nnames: دونالد ترامب | دونالد ترمب | ترامب | ترمب\nrole: head_of_state united_states 2017-01-20 2021-01-20\nrole: head_of_state united_states 2025-01-20 -\n\n\
        id: obama\nname: Barack Obama\nkind: person\nnames: باراك أوباما | أوباما\nrole: head_of_state united_states 2009-01-20 2017-01-20\n\n\
        id: tokayev\nname: Tokayev\nkind: person\nnames: قاسم جومارت توكاييف | توكاييف\nrole: head_of_state kazakhstan 2019-03-20 -\n";

    const ROLES: &str = "id: head_of_state\nname: head of state\nkind: person\nnisba_titles: الرئيس\nconstruct_titles: رئيس\nrefs: الرئيس\n\n\
        id: government\nname: government\nkind: government\nnisba_titles: الحكومة\nconstruct_titles: حكومة\n\n\
        id: foreign_ministry\nname: foreign ministry\nkind: government\nnisba_titles: وزارة الخارجية | الخارجية\n\n\
        id: spokesperson\nname: spokesperson\nkind: person\nconstruct_titles: المتحدث باسم\n\n\
        id: leader\nname: leader\nkind: person\nconstruct_titles: زعيم\n\n\
        id: state_descriptor\nname: state\nkind: state\nconstruct_titles: دولة\nidentity: yes\n";

    fn lexicon() -> Lexicon {
        Lexicon::from_sources(&[
            LexiconSource::new("a.txt", LexiconKind::Actors, ACTORS),
            LexiconSource::new("r.txt", LexiconKind::Roles, ROLES),
            LexiconSource::new("g.txt", LexiconKind::GivenNames, "بهرام\nسامي\n"),
        ])
        .unwrap()
    }

    /// (mention text, actor id) pairs found in `text`.
    fn mentions(text: &str, date: Option<&str>) -> Vec<(String, String)> {
        let (mentions, found) = found_in(&lexicon(), text, date.map(|d| d.parse().unwrap()));
        mentions
            .into_iter()
            .map(|(text, slot)| (text, found.slots[slot].id.clone()))
            .collect()
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn role_phrase_with_name_is_the_person() {
        assert_eq!(
            mentions("قال الرئيس الأميركي دونالد ترمب", None),
            [pair("الرئيس الأميركي دونالد ترمب", "trump")]
        );
    }

    #[test]
    fn role_phrase_resolves_by_date() {
        assert_eq!(
            mentions("رحب الرئيس الأميركي بالاتفاق", Some("2015-07-14")),
            [pair("الرئيس الأميركي", "obama")]
        );
        assert_eq!(
            mentions("رحب الرئيس الأميركي بالاتفاق", None),
            [pair("الرئيس الأميركي", "trump")]
        );
        // A holder the article names wins over the latest one.
        let got = mentions("قال أوباما ... وأضاف الرئيس الأمريكي", None);
        assert_eq!(got[1], pair("الرئيس الأمريكي", "obama"));
    }

    #[test]
    fn construct_and_nisba_institutions() {
        assert_eq!(
            mentions("أوضحت الحكومة الكازاخية", None),
            [pair("الحكومة الكازاخية", "kazakhstan.government")]
        );
        // The state the role names is mentioned inside it too.
        assert_eq!(
            mentions("رئيس كازخستان", None),
            [
                pair("رئيس كازخستان", "tokayev"),
                pair("كازخستان", "kazakhstan")
            ]
        );
        assert_eq!(
            mentions("لانضمام دولة كازاخستان", None),
            [pair("دولة كازاخستان", "kazakhstan")]
        );
    }

    #[test]
    fn nested_roles_and_unknown_names() {
        let got = mentions(
            "وقال المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي إن ... وأضاف قاسمي",
            None,
        );
        assert_eq!(
            got,
            [
                pair(
                    "المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي",
                    "bhram_qasmy"
                ),
                pair("وزارة الخارجية الإيرانية", "iran.foreign_ministry"),
                pair("قاسمي", "bhram_qasmy"),
            ]
        );
        let got = mentions("قال المتحدث باسم حماس", None);
        assert_eq!(
            got,
            [
                pair("المتحدث باسم حماس", "hamas.spokesperson"),
                pair("حماس", "hamas")
            ]
        );
    }

    #[test]
    fn apposition_alias_in_quotes() {
        assert_eq!(
            mentions("أعربت حركة المقاومة الإسلامية \"حماس\" عن", None),
            [pair("حركة المقاومة الإسلامية \"حماس\"", "hamas")]
        );
    }

    #[test]
    fn proclitics_are_outside_the_mention() {
        assert_eq!(mentions("وجه شكره للرئيس الأميركي ترمب", None)[0].1, "trump");
        assert_eq!(mentions("وحماس", None), [pair("حماس", "hamas")]);
    }

    #[test]
    fn romanizes_stably() {
        assert_eq!(romanize(&["سامي", "ابو", "زهري"]), "samy_abw_zhry");
        assert_eq!(romanize(&["ـ"]), "person");
    }

    #[test]
    fn a_tenure_is_held_on_the_date_else_in_the_year_else_always() {
        let tenure = RoleTenure {
            role: "foreign_minister".into(),
            holder: "united_states".into(),
            from: "2021-01-26".parse().unwrap(),
            to: Some("2025-01-20".parse().unwrap()),
        };
        let mut found = ActorFinding::default();
        assert!(found.held_then(&tenure));
        found.when = (None, Some(2015));
        assert!(!found.held_then(&tenure));
        found.when = (None, Some(2025));
        assert!(found.held_then(&tenure));
        found.when = ("2025-03-01".parse().ok(), Some(2022));
        assert!(!found.held_then(&tenure));
    }
}
