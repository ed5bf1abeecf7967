//! Finding actors: lexicon names, role phrases composed from a title and a country or
//! body (الرئيس الأمريكي، رئيس كازاخستان، المتحدث باسم الخارجية الإيرانية), persons the
//! lexicon lacks (a title or a given name followed by a name), and the candidates for
//! references back (الحركة، الرئيس) that [`crate::coref`] resolves.

use std::sync::LazyLock;

use crate::fasthash::{FastMap, FastSet};

use crate::date::Date;
use crate::lexicon::{CueForm, Gender, Lexicon, RoleTenure};
use crate::matcher::{Hit, Lex};
use crate::segment::{punct_at, word_at, Token, TokenKind};
use crate::types::ActorKind;

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
        }
    }

    /// The slot of lexicon actor `actor`.
    pub(crate) fn of_lexicon(lex: &Lexicon, actor: u32) -> Slot {
        let a = &lex.actors[actor as usize];
        Slot {
            id: a.id.clone(),
            name: a.name.clone(),
            kind: a.kind,
            gender: a.gender,
            lexicon: Some(actor),
            role: None,
            titles: Vec::new(),
            merged_into: None,
            surnames: Vec::new(),
            head: None,
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
}

/// What an unresolved definite description may refer to.
#[derive(Debug, Clone)]
pub(crate) enum RefTarget {
    /// Any lexicon actor of this reference group (الحركة for Hamas or Fatah).
    Group(u32),
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
}

impl ActorFinding {
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

/// Words that never belong to a person's name: particles, prepositions, time words and
/// the nouns that follow a name in apposition.
const NOT_NAME: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "مع",
    "ان",
    "بان",
    "انه",
    "انها",
    "الذي",
    "التي",
    "الذين",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "كما",
    "قد",
    "لقد",
    "اذ",
    "اذا",
    "حيث",
    "بعد",
    "قبل",
    "خلال",
    "امس",
    "اليوم",
    "غدا",
    "حول",
    "ضد",
    "بين",
    "عند",
    "منذ",
    "حتي",
    "لدي",
    "او",
    "ثم",
    "بل",
    "لكن",
    "لكنه",
    "وقال",
    "قال",
    "انه",
    "هو",
    "هي",
    "هم",
    "ما",
    "لا",
    "لم",
    "لن",
    "كان",
    "كانت",
    "مساء",
    "صباح",
    "ظهر",
    "فجر",
    "ليل",
    "ليله",
    "عبر",
    "اثر",
    "عقب",
    "وفق",
    "وفقا",
    "حسب",
    "بحسب",
    "نحو",
    "لدي",
    "امام",
    "خلف",
    "فوق",
    "تحت",
    "دون",
    "غير",
    "كل",
    "بعض",
    "جميع",
    "مسءول",
    "مسءوله",
    "مدير",
    "مديره",
    "عضو",
    "نايب",
    "ناءب",
    "ممثل",
    "مندوب",
    "قاءد",
    "خبير",
    "باحث",
    "محلل",
    "مستشار",
    "منسق",
    "رءيس",
    "رءيسه",
    "وزير",
    "وزيره",
    "امين",
    "سفير",
    "سفيره",
    "المتحدث",
    "الناطق",
    "متحدث",
    "ناطق",
    "رسميا",
    "ايضا",
    "كذلك",
    "بيان",
    "بيانا",
    "تصريح",
    "تصريحات",
    "تصريحه",
    "كلمه",
    "مءتمر",
    "لقاء",
    "اتصال",
    "زياره",
    "حديث",
    "مقابله",
    "رساله",
    "تغريده",
    "له",
    "لها",
    "لهم",
    "به",
    "بها",
    "عنه",
    "عنها",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "اليه",
    "اليها",
    "عليه",
    "عليها",
    "الان",
    "حاليا",
    "السابق",
    "الحالي",
    "الاسبق",
    "الجديد",
    "المنتهيه",
    "المكلف",
    // Adjectives of the shape of a family name (الـ...ي) that follow titles.
    "الرسمي",
    "الرسميه",
    "الاعلامي",
    "الدولي",
    "الوطني",
    "العسكري",
    "السياسي",
    "الامني",
    "الاقتصادي",
    "الاقليمي",
    "المحلي",
    "العربي",
    "الاسلامي",
    "الاجنبي",
    "الشرعي",
    "القانوني",
    "الشعبي",
    "الدبلوماسي",
    "الاعلي",
    "الثاني",
    "الاول",
    "الفعلي",
    "الميداني",
    "الحقوقي",
    "التنفيذي",
    "الاداري",
    "الفني",
    "العلمي",
    "الصحفي",
    "الاتحادي",
    "الملكي",
    "الاميري",
    "الجمهوري",
    "الديمقراطي",
    "الحكومي",
    "البرلماني",
    "الحزبي",
    "الاممي",
    "الاوروبي",
];

/// Head nouns of bodies the lexicon may lack, with the kind and gender they give, and
/// whether the head alone, definite, names a body (الشرطة).
const BODY_HEADS: &[(&str, ActorKind, Gender, bool)] = &[
    ("صحيفه", ActorKind::Organization, Gender::Feminine, false),
    ("جريده", ActorKind::Organization, Gender::Feminine, false),
    ("مجله", ActorKind::Organization, Gender::Feminine, false),
    ("وكاله", ActorKind::Organization, Gender::Feminine, false),
    ("قناه", ActorKind::Organization, Gender::Feminine, false),
    ("موقع", ActorKind::Organization, Gender::Masculine, false),
    ("اذاعه", ActorKind::Organization, Gender::Feminine, false),
    ("منظمه", ActorKind::Organization, Gender::Feminine, false),
    ("حركه", ActorKind::Organization, Gender::Feminine, false),
    ("حزب", ActorKind::Organization, Gender::Masculine, false),
    ("جماعه", ActorKind::Group, Gender::Feminine, false),
    ("جمعيه", ActorKind::Organization, Gender::Feminine, false),
    ("مركز", ActorKind::Organization, Gender::Masculine, false),
    ("رابطه", ActorKind::Organization, Gender::Feminine, false),
    ("هيءه", ActorKind::Organization, Gender::Feminine, false),
    ("لجنه", ActorKind::Organization, Gender::Feminine, false),
    ("اتحاد", ActorKind::Organization, Gender::Masculine, false),
    ("تحالف", ActorKind::Group, Gender::Masculine, false),
    ("نقابه", ActorKind::Organization, Gender::Feminine, false),
    ("مءسسه", ActorKind::Organization, Gender::Feminine, false),
    ("شركه", ActorKind::Organization, Gender::Feminine, false),
    ("الشرطه", ActorKind::Government, Gender::Feminine, true),
    ("شرطه", ActorKind::Government, Gender::Feminine, false),
    ("بلديه", ActorKind::Government, Gender::Feminine, false),
    ("محكمه", ActorKind::Government, Gender::Feminine, false),
    ("مفوضيه", ActorKind::Organization, Gender::Feminine, false),
];

/// Whether a word is a head noun, a definite head, a dual or a title (bit flags, 0 for
/// none): the words the patterns of this stage start from.
fn word_class(word: &str) -> u8 {
    static CLASSES: LazyLock<FastMap<String, u8>> = LazyLock::new(|| {
        let mut m: FastMap<String, u8> = FastMap::default();
        for h in BODY_HEADS {
            *m.entry(h.0.to_string()).or_default() |= 1;
            *m.entry(format!("ال{}", h.0)).or_default() |= 1;
        }
        for d in DUALS {
            for p in ["", "و", "ف"] {
                *m.entry(format!("{p}{d}")).or_default() |= 2;
            }
        }
        for t in TITLE_NOUNS {
            *m.entry((*t).to_string()).or_default() |= 4;
        }
        m
    });
    CLASSES.get(word).copied().unwrap_or(0)
}

/// The entry of [`BODY_HEADS`] for a word, if it is one.
fn body_head(word: &str) -> Option<&'static (&'static str, ActorKind, Gender, bool)> {
    static INDEX: LazyLock<FastMap<&'static str, usize>> = LazyLock::new(|| {
        BODY_HEADS
            .iter()
            .enumerate()
            .map(|(i, h)| (h.0, i))
            .collect()
    });
    INDEX.get(word).map(|&i| &BODY_HEADS[i])
}

/// Dual descriptions of two actors named before (أكد الجانبان، البلدان يؤكدان).
const DUALS: &[&str] = &[
    "الجانبان",
    "الجانبين",
    "البلدان",
    "البلدين",
    "الطرفان",
    "الطرفين",
    "الدولتان",
    "الدولتين",
];

/// Head nouns of a title the lexicon may not know, which can open a long subject
/// (مساعد المبعوث الخاص ...، مسؤول الإغاثة ...).
pub(crate) const TITLE_NOUNS: &[&str] = &[
    "الخبير",
    "الخبيره",
    "خبير",
    "خبيره",
    "الباحثه",
    "باحثه",
    "مءرخ",
    "المءرخ",
    "اللواء",
    "العميد",
    "العقيد",
    "نجل",
    "نجله",
    "شقيق",
    "شقيقه",
    "مفتي",
    "المفتي",
    "الوالي",
    "والي",
    "المحافظ",
    "نقيب",
    "النقيب",
    "الداعيه",
    "الامام",
    "المرجع",
    "الزعيم",
    "ناشط",
    "الناشط",
    "ناشطه",
    "الناشطه",
    "المعارض",
    "الكاتب",
    "الصحفي",
    "المحلل",
    "محلل",
    "الباحث",
    "باحث",
    "المحامي",
    "محامي",
    "المفكر",
    "البروفيسور",
    "الاستاذ",
    "نايب",
    "ناءب",
    "الممثل",
    "ممثل",
    "مدير",
    "المدير",
    "مديره",
    "المديره",
    "رءيس",
    "رءيسه",
    "مسءول",
    "مسءوله",
    "المسءول",
    "عضو",
    "العضو",
    "الامين",
    "امين",
    "الناطق",
    "المتحدث",
    "متحدث",
    "ناطق",
    "منسق",
    "منسقه",
    "مساعد",
    "مساعده",
    "مستشار",
    "مستشاره",
    "مبعوث",
    "المبعوث",
    "سفير",
    "سفيره",
    "السفير",
    "وزير",
    "وزيره",
    "الوزير",
    "قاءد",
    "القاءد",
    "زعيم",
    "محافظ",
    "عمده",
    "رءيسه",
    "المفوض",
    "مفوض",
    "الممثله",
    "القنصل",
    "النايب",
    "الناءب",
    "السناتور",
    "مندوب",
    "المندوب",
    "مندوبه",
    "المندوبه",
    "الخبير",
    "خبير",
    "النايبه",
    "الناءبه",
    "المرشح",
    "المرشحه",
    "الجنرال",
    "قاضي",
    "القاضي",
];

/// Whether a word ends in a possessive pronoun (إنجازهم، موظفيها): no part of a name.
fn has_possessive(word: &str) -> bool {
    word.chars().count() >= 5
        && ["هم", "ها", "هما", "كم", "هن"]
            .iter()
            .any(|s| word.ends_with(s))
}

/// Whether an indefinite word has the shape of a finite verb: an imperfect prefix
/// (يعمل، تقوم، نعلن) or a past ending (نجحت، ساندوا) on a short stem. Names can have these
/// shapes too (تويتر، ثابت), so this only ends a name that has begun.
fn first_is_verb_shaped(word: &str) -> bool {
    let n = word.chars().count();
    if word.starts_with("ال") || !(3..=6).contains(&n) {
        return false;
    }
    looks_finite(word) || word.ends_with("وا")
}

/// An imperfect verb of three to five letters (يعمل، تقوم، تخنق), or a feminine past
/// (نجحت، قامت).
fn looks_finite(word: &str) -> bool {
    let n = word.chars().count();
    let imperfect = (word.starts_with('ي') || word.starts_with('ت') || word.starts_with('ن'))
        && (4..=5).contains(&n);
    let past = word.ends_with('ت') && (4..=5).contains(&n);
    imperfect || past
}

/// Whether a word has the shape of a derived verbal noun (استقالة، استخدام، انتخاب،
/// اجتماع): the patterns istif'al, infi'al and ifti'al make no family names.
fn is_verbal_noun_shaped(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    let istifal = word.starts_with("است") && (6..=8).contains(&n) && chars[4..6].contains(&'ا');
    let infial = word.starts_with("ان") && n == 5 && chars[3] == 'ا';
    let iftial = word.starts_with('ا') && n == 5 && chars[2] == 'ت' && chars[3] == 'ا';
    istifal || infial || iftial
}

/// Whether `word` (without ال) is the head noun of a body (صحيفة، منظمة، حزب ...).
pub(crate) fn is_body_head(word: &str) -> bool {
    body_head(word).is_some()
}

/// Whether `word` heads a title (مدير، المتحدث، مندوب ...).
pub(crate) fn is_title_noun(word: &str) -> bool {
    static SET: LazyLock<FastSet<&'static str>> =
        LazyLock::new(|| TITLE_NOUNS.iter().copied().collect());
    SET.contains(word)
}

/// Second parts of compound given names (صلاح الدين، سيف الإسلام، عبد الله): a name
/// goes on after them.
const COMPOUND_NAME_PARTS: &[&str] = &["الدين", "الاسلام", "الله", "الرحمن", "الرحيم"];

/// Particles inside compound names (عبد ربه، أبو زهري، بن سلمان).
const NAME_PARTICLES: &[&str] = &[
    "عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ال", "ولد", "دي", "دو", "دا", "فان", "فون",
    "لا", "لو", "سان",
];

/// Nouns of places and institutions that are named after people (مستشفى الملك فهد).
const NAMESAKE_PLACES: &[&str] = &[
    "جامعه",
    "مستشفي",
    "مطار",
    "مدينه",
    "مركز",
    "شارع",
    "مسجد",
    "مدرسه",
    "كليه",
    "قاعده",
    "ميناء",
    "جاءزه",
    "مءسسه",
    "معهد",
    "برج",
    "حي",
    "قاعه",
    "جسر",
    "طريق",
    "ميدان",
    "استاد",
    "ملعب",
    "مجمع",
    "مكتبه",
    "صندوق",
    "برنامج",
    "مشروع",
    "كرسي",
    "داره",
    "مستشفيات",
    "جامع",
    "ساحه",
    "منحه",
    "وقف",
    "مدارس",
];

/// Honorifics that stand between such a noun and the name (مطار الملك خالد).
const NAMESAKE_TITLES: &[&str] = &[
    "الملك",
    "الامير",
    "الاميره",
    "الامام",
    "الشيخ",
    "السلطان",
    "الشهيد",
    "الرءيس",
    "الزعيم",
];

/// Modifiers that may follow a role phrase before the holder's name.
const ROLE_MODIFIERS: &[&str] = &[
    "السابق",
    "السابقه",
    "الحالي",
    "الحاليه",
    "الاسبق",
    "الاسبقه",
    "الجديد",
    "الجديده",
    "المكلف",
    "المكلفه",
    "المنتخب",
    "المنتخبه",
    "المءقت",
    "بالوكاله",
    "الاعلي",
    "العام",
    // Honorifics of a sovereign (الملك المفدى، الأمير المفدى).
    "المفدي",
];

/// Two-word phrases that begin with a given name but name no one: idioms (حسن الجوار
/// "good neighbourliness") and places (خميس مشيط).
const NOT_PERSONS: &[(&str, &str)] = &[
    ("حسن", "الجوار"),
    ("حسن", "النيه"),
    ("حسن", "الظن"),
    ("حسن", "الخلق"),
    ("حسن", "السير"),
    ("حسن", "التنظيم"),
    ("حسن", "الاداء"),
    ("حسن", "التعامل"),
    ("حسن", "الاداره"),
    ("حسن", "الحظ"),
    ("حسن", "الضيافه"),
    ("حسن", "الاستقبال"),
    ("خميس", "مشيط"),
];

/// Whether `first second` is one of [`NOT_PERSONS`].
fn is_not_person(first: &str, second: &str) -> bool {
    NOT_PERSONS.contains(&(first, second))
}

/// Bodies by head noun that are no actors: waterways and generic descriptions
/// (قناة السويس "the Suez Canal", موقع التواصل الاجتماعي "a social network").
const NOT_BODIES: &[(&str, &str)] = &[
    ("قناه", "السويس"),
    ("قناه", "بنما"),
    ("موقع", "التواصل"),
    ("مواقع", "التواصل"),
];

/// Whether `word` is a weekday (or يوم itself).
pub(crate) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

/// Weekdays (and يوم itself), shared by the name stop-list and the time words of
/// subjects and adverbials.
const WEEKDAYS: &[&str] = &[
    "يوم",
    "السبت",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
];

/// Words that never belong to a person's name (see [`NOT_NAME`]).
pub(crate) fn is_not_name(word: &str) -> bool {
    if is_weekday(word) {
        return true;
    }
    static SET: LazyLock<FastSet<&'static str>> =
        LazyLock::new(|| NOT_NAME.iter().copied().collect());
    SET.contains(word)
}

struct Ctx<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    tokens: &'a [Token],
    hits: &'a [Hit],
    /// `hit_index[t]..hit_index[t + 1]` are the hits starting at token `t`.
    hit_index: Vec<usize>,
    out: ActorFinding,
    keys: FastMap<String, usize>,
    /// Slots of lexicon actors, by lexicon index.
    lexicon_slots: FastMap<u32, usize>,
    /// Surnames of the persons mentioned so far, and how far `out.mentions` was read.
    surnames: FastSet<String>,
    surname_slots: FastSet<usize>,
    noted: usize,
    /// The last body found by pattern for each head noun, for الشرطة after شرطة دبي.
    body_by_head: FastMap<String, usize>,
    /// Lexicon persons by the first one or two words of a name (السلطان هيثم for السلطان
    /// هيثم بن طارق): the first person mentioned with that lead, for [`Ctx::derived_person`].
    person_leads: FastMap<String, usize>,
    /// How deep the noun-phrase parsers are nested now, and how many parses the
    /// current top-level phrase has cost: both bounded, so that chains of titles and
    /// bodies (رئيس دولة رئيس دولة …) cost a constant per token, whatever their length.
    np_depth: u32,
    np_work: u32,
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

/// Finds actor mentions and reference candidates.
pub(crate) fn find_actors(
    lex: &Lexicon,
    text: &str,
    tokens: &[Token],
    hits: &[Hit],
) -> ActorFinding {
    let mut hit_index = vec![0usize; tokens.len() + 1];
    {
        let mut h = 0;
        for (t, slot) in hit_index.iter_mut().enumerate() {
            while h < hits.len() && (hits[h].tok_start as usize) < t {
                h += 1;
            }
            *slot = h;
        }
    }
    let mut ctx = Ctx {
        lex,
        text,
        tokens,
        hits,
        hit_index,
        out: ActorFinding::default(),
        keys: FastMap::default(),
        lexicon_slots: FastMap::default(),
        surnames: FastSet::default(),
        surname_slots: FastSet::default(),
        noted: 0,
        body_by_head: FastMap::default(),
        person_leads: FastMap::default(),
        np_depth: 0,
        np_work: 0,
    };
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_word() {
            i += 1;
            continue;
        }
        // Most words are nothing to this stage: no lexicon form starts there, they are
        // no head, title or dual word, and no comma follows within three words. One
        // hash look-up and a glance ahead skip them.
        let class = word_class(ctx.word(i));
        let comma_ahead = (i + 1..(i + 4).min(tokens.len())).any(|k| !tokens[k].is_word());
        let after_hit = i > 0 && !ctx.hits_at(i - 1).is_empty();
        if ctx.hits_at(i).is_empty() && class == 0 && !comma_ahead && !after_hit {
            i += 1;
            continue;
        }
        // The first parse that applies, with the way it found the actor and where its
        // mention starts (after the proclitics of a lexicon hit, or at the token).
        ctx.np_work = 0;
        let found = if let Some(np) = ctx.parse_np(i, 0) {
            Some((np, np.via, ctx.mention_start(i), true))
        } else if let Some(np) = after_hit.then(|| ctx.parse_nisba_agent(i)).flatten() {
            Some((np, Via::Name, ctx.mention_start(i), false))
        } else if let Some(np) = (class & 1 != 0)
            .then(|| ctx.parse_pattern_body(i))
            .flatten()
        {
            Some((np, Via::Pattern, ctx.tokens[i].start as usize, false))
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
            np = if ctx.out.slots[np.slot].kind == ActorKind::Person {
                ctx.extend_family(np)
            } else {
                ctx.extend_member_states(np)
            };
            if may_have_apposition && ctx.out.slots[np.slot].kind == ActorKind::Person {
                let name_end = np.tok_end;
                np = ctx.extend_apposition(np);
                let inner = ctx.inner_bodies(name_end, np.tok_end);
                ctx.out.mentions.extend(inner);
            }
            ctx.out.mentions.push(MentionRec {
                tok_start: i,
                tok_end: np.tok_end,
                start,
                end: np.end,
                slot: np.slot,
                via,
                weak: np.weak,
            });
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
    ctx.drop_unsupported_weak();
    ctx.short_name_pass();
    ctx.out.mentions.sort_by_key(|m| (m.start, m.end));
    ctx.joint_subjects();
    ctx.out
}

impl<'a> Ctx<'a> {
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

    fn hits_at(&self, t: usize) -> &'a [Hit] {
        if t >= self.tokens.len() {
            return &[];
        }
        &self.hits[self.hit_index[t]..self.hit_index[t + 1]]
    }

    fn word(&self, t: usize) -> &'a str {
        word_at(self.text, self.tokens, t)
    }

    fn is_punct(&self, t: usize, chars: &[char]) -> bool {
        punct_at(self.tokens, t, chars)
    }

    /// Where a mention starting at token `t` begins: after the proclitics of its first
    /// hit, or at the token itself.
    fn mention_start(&self, t: usize) -> usize {
        let tok = &self.tokens[t];
        self.hits_at(t)
            .iter()
            .map(|h| h.start as usize)
            .min()
            .unwrap_or(tok.start as usize)
            .max(tok.start as usize)
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

    fn lexicon_slot(&mut self, actor: u32) -> usize {
        if let Some(&s) = self.lexicon_slots.get(&actor) {
            return s;
        }
        let s = self.out.slots.len();
        self.out.slots.push(Slot::of_lexicon(self.lex, actor));
        self.lexicon_slots.insert(actor, s);
        let entry = &self.lex.actors[actor as usize];
        if entry.kind == ActorKind::Person {
            for name in &entry.names {
                // The first one and two words of a longer name.
                let mut cuts = name.match_indices(' ').map(|(i, _)| i).take(2);
                for cut in cuts.by_ref() {
                    self.person_leads
                        .entry(name[..cut].to_string())
                        .or_insert(s);
                }
            }
        }
        s
    }

    fn role_slot(&mut self, role: u32, holder: usize) -> usize {
        let r = &self.lex.roles[role as usize];
        let h = &self.out.slots[holder];
        let id = format!("{}.{}", h.id, r.id);
        let name = format!("{} {}", h.name, r.name);
        let (kind, gender) = (r.kind, r.gender);
        self.slot_for_key(format!("id:{id}"), || Slot {
            role: Some((role, holder)),
            ..Slot::derived(id, name, kind, gender)
        })
    }

    fn derived_person(&mut self, words: &[&str], gender: Gender) -> usize {
        // السلطان هيثم after السلطان هيثم بن طارق آل سعيد: the leading
        // words of a known person already named are that person.
        // A particle is no name (الملك عبد ...).
        if words.len() <= 2 && !words.last().is_some_and(|w| NAME_PARTICLES.contains(w)) {
            let lead = words.join(" ");
            let named = self.person_leads.get(&lead).copied();
            if let Some(slot) = named {
                return slot;
            }
        }
        let id = romanize(words);
        let name = words.join(" ");
        let surnames = surname_keys(words);
        self.slot_for_key(format!("id:{id}"), || Slot {
            surnames,
            ..Slot::derived(id, name, ActorKind::Person, gender)
        })
    }

    /// The longest actor-name hit at `t` that `keep` accepts.
    fn actor_hit(&self, t: usize, keep: impl Fn(ActorKind) -> bool) -> Option<&'a Hit> {
        self.hits_at(t).iter().find(|h| match h.lex {
            Lex::Actor { actor, .. } => keep(self.lex.actors[actor as usize].kind),
            _ => false,
        })
    }

    /// A noun phrase naming an actor at token `t`: the longest of the parses below.
    fn parse_np(&mut self, t: usize, depth: usize) -> Option<Np> {
        if !self.enter_np() {
            return None;
        }
        let np = self.parse_np_unguarded(t, depth);
        self.np_depth -= 1;
        np
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
        if given {
            consider(self.parse_given_name(t, false));
        }
        best
    }

    /// A person's name followed by their role in apposition (يان إيغلاند مسؤول ... لدى
    /// منظمة العفو الدولية; سامح شكري، وزير الخارجية): one mention of the person. Without a
    /// comma the role must fit what the lexicon knows of a lexicon person, since "التقى
    /// ترامب رئيس وزراء إسرائيل" names two people.
    fn extend_apposition(&mut self, np: Np) -> Np {
        let mut k = np.tok_end;
        let comma = self.is_punct(k, &['،', ',']);
        if comma {
            k += 1;
        }
        // والرئيس الفرنسي after الرئيس الأمريكي is a second person, not an apposition.
        if self.word(k).starts_with('و') && self.mention_start(k) > self.tokens[k].start as usize {
            return np;
        }
        let person = &self.out.slots[np.slot];
        let derived = person.lexicon.is_none();
        let lexicon_person = person.lexicon;
        let role_np = self.parse_np(k, 1).filter(|r| {
            let s = &self.out.slots[r.slot];
            r.slot != np.slot
                && s.kind == ActorKind::Person
                && s.lexicon.is_none()
                && s.surnames.is_empty()
        });
        let role_ref = self
            .hits_at(k)
            .iter()
            .find(|h| matches!(h.lex, Lex::RoleRef { role } if self.lex.roles[role as usize].kind == ActorKind::Person))
            .copied();
        let (tok_end, end, role) = match (role_np, role_ref) {
            (Some(r), _) => (r.tok_end, r.end, self.out.slots[r.slot].role),
            (None, Some(h)) => match h.lex {
                Lex::RoleRef { role } => {
                    (h.tok_end as usize, h.end as usize, Some((role, usize::MAX)))
                }
                _ => return np,
            },
            // A title the lexicon lacks (المدير الإقليمي لمنظمة ...): up to the next
            // comma, bracket, verb or complementizer.
            (None, None) if is_title_noun(self.word(k)) && (comma || np.via == Via::Pattern) => {
                let mut e = k;
                while e < self.tokens.len() && e < k + 10 && self.tokens[e].is_word() {
                    let w = self.word(e);
                    let cue = self
                        .hits_at(e)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::Cue { .. }));
                    if cue || matches!(w, "ان" | "انه" | "انها" | "بان" | "الذي" | "التي")
                    {
                        break;
                    }
                    e += 1;
                }
                if e == k {
                    return np;
                }
                (e, self.tokens[e - 1].end as usize, None)
            }
            (None, None) => return np,
        };
        let fits_lexicon = match (lexicon_person, role) {
            (Some(a), Some((r, holder))) => {
                let role_id = &self.lex.roles[r as usize].id;
                let holder_id = self.out.slots.get(holder).map(|h| h.id.as_str());
                self.lex.actors[a as usize]
                    .roles
                    .iter()
                    .any(|t| &t.role == role_id && holder_id.is_none_or(|h| h == t.holder))
            }
            _ => false,
        };
        if !(comma || derived || fits_lexicon) {
            return np;
        }
        if let Some((r, holder)) = role {
            let holder = (holder != usize::MAX).then_some(holder);
            self.add_title(np.slot, (r, holder));
        }
        Np { tok_end, end, ..np }
    }

    /// The bodies named inside a person's apposition (المدير الإقليمي لمنظمة ...) get
    /// mentions of their own beside the person's.
    fn inner_bodies(&mut self, from: usize, to: usize) -> Vec<MentionRec> {
        let mut out = Vec::new();
        let mut k = from;
        while k < to {
            let np = self.parse_np(k, 1).or_else(|| self.parse_pattern_body(k));
            match np {
                Some(np)
                    if np.tok_end <= to && self.out.slots[np.slot].kind != ActorKind::Person =>
                {
                    out.push(MentionRec {
                        tok_start: k,
                        tok_end: np.tok_end,
                        start: self.mention_start(k),
                        end: np.end,
                        slot: np.slot,
                        via: np.via,
                        weak: false,
                    });
                    k = np.tok_end;
                }
                _ => k += 1,
            }
        }
        out
    }

    /// A lexicon name, with an alias in quotation marks or brackets after it
    /// (حركة المقاومة الإسلامية "حماس").
    fn parse_name(&mut self, t: usize) -> Option<Np> {
        let h = *self.actor_hit(t, |_| true)?;
        let Lex::Actor { actor, weak } = h.lex else {
            return None;
        };
        let slot = self.lexicon_slot(actor);
        let mut np = Np {
            slot,
            tok_end: h.tok_end as usize,
            end: h.end as usize,
            via: Via::Name,
            weak,
        };
        // Apposition: NAME "ALIAS" or NAME (ALIAS) of the same actor.
        let open = np.tok_end;
        if self.is_punct(open, &['"', '«', '“', '(']) {
            if let Some(alias) = self.actor_hit(open + 1, |_| true) {
                if alias.lex == (Lex::Actor { actor, weak: false })
                    || alias.lex == (Lex::Actor { actor, weak: true })
                {
                    let close = alias.tok_end as usize;
                    if self.is_punct(close, &['"', '»', '”', ')']) {
                        np.tok_end = close + 1;
                        np.end = self.tokens[close].end as usize;
                        np.weak = false;
                    }
                }
            }
        }
        if self.lex.actors[actor as usize].kind == ActorKind::Person {
            // A person's name followed by an apposition naming their role adds nothing
            // to the mention, but a lexicon surname after a given name does.
        }
        Some(np)
    }

    /// A title followed by a body: رئيس كازاخستان، الأمين العام للأمم المتحدة،
    /// المتحدث باسم الخارجية الإيرانية بهرام قاسمي.
    fn parse_construct(&mut self, t: usize, depth: usize) -> Option<Np> {
        if !self.enter_np() {
            return None;
        }
        let np = self.parse_construct_unguarded(t, depth);
        self.np_depth -= 1;
        np
    }

    fn parse_construct_unguarded(&mut self, t: usize, depth: usize) -> Option<Np> {
        let titles: Vec<Hit> = self
            .hits_at(t)
            .iter()
            .filter(|h| matches!(h.lex, Lex::ConstructTitle { .. }))
            .copied()
            .collect();
        for h in titles {
            let Lex::ConstructTitle { role } = h.lex else {
                continue;
            };
            let mut k = h.tok_end as usize;
            if self.word(k) == "باسم" {
                k += 1;
            }
            let holder = match self.parse_holder(k, depth) {
                Some(h) => h,
                None => match self.located_state(k) {
                    Some(h) if self.word(k) == "في" => h,
                    _ => continue,
                },
            };
            let r = &self.lex.roles[role as usize];
            if r.identity {
                if self.out.slots[holder.slot].kind != ActorKind::State {
                    continue;
                }
                return Some(Np {
                    via: Via::Name,
                    ..holder
                });
            }
            let holder_kind = self.out.slots[holder.slot].kind;
            // رئيس + a movement or party is its leader, not a head of state.
            let holder_is_state = holder_kind == ActorKind::State;
            let role = if r.id == "head_of_state" && !holder_is_state {
                self.role_index("leader").unwrap_or(role)
            } else {
                role
            };
            return Some(self.finish_role(role, holder.slot, holder.tok_end, holder.end));
        }
        None
    }

    /// A state after في or ب (في مملكة البحرين، بتونس), with دولة/مملكة before it.
    fn located_state(&mut self, k: usize) -> Option<Np> {
        if !self.enter_np() {
            return None;
        }
        let np = self.located_state_unguarded(k);
        self.np_depth -= 1;
        np
    }

    fn located_state_unguarded(&mut self, k: usize) -> Option<Np> {
        let (k, prefixed) = if self.word(k) == "في" {
            (k + 1, false)
        } else {
            (k, true)
        };
        let is_state = |kind| kind == ActorKind::State;
        let np = if let Some(h) = self.actor_hit(k, is_state) {
            if prefixed
                && !self.text[self.tokens[k].start as usize..h.start as usize].ends_with('ب')
            {
                return None;
            }
            if !prefixed && h.prefix != 0 {
                return None;
            }
            let Lex::Actor { actor, .. } = h.lex else {
                return None;
            };
            let slot = self.lexicon_slot(actor);
            Np {
                slot,
                tok_end: h.tok_end as usize,
                end: h.end as usize,
                via: Via::Name,
                weak: false,
            }
        } else if !prefixed {
            let np = self.parse_construct(k, 2)?;
            if self.out.slots[np.slot].kind != ActorKind::State {
                return None;
            }
            np
        } else {
            return None;
        };
        Some(np)
    }

    fn role_index(&self, id: &str) -> Option<u32> {
        self.lex
            .roles
            .iter()
            .position(|r| r.id == id)
            .map(|i| i as u32)
    }

    /// The body after a construct title: a lexicon non-person actor or a composed
    /// institution, optionally after the preposition ل.
    fn parse_holder(&mut self, k: usize, depth: usize) -> Option<Np> {
        if !self.enter_np() {
            return None;
        }
        let np = self.parse_holder_unguarded(k, depth);
        self.np_depth -= 1;
        np
    }

    fn parse_holder_unguarded(&mut self, k: usize, depth: usize) -> Option<Np> {
        if k >= self.tokens.len() || !self.tokens[k].is_word() {
            return None;
        }
        let mut best: Option<Np> = None;
        if let Some(h) = self.actor_hit(k, |kind| kind != ActorKind::Person) {
            let Lex::Actor { actor, .. } = h.lex else {
                return None;
            };
            let slot = self.lexicon_slot(actor);
            best = Some(Np {
                slot,
                tok_end: h.tok_end as usize,
                end: h.end as usize,
                via: Via::Name,
                weak: false,
            });
        }
        if let Some(h) = self
            .hits_at(k)
            .iter()
            .find(|h| matches!(h.lex, Lex::Capital { .. }))
        {
            let Lex::Capital { actor } = h.lex else {
                return None;
            };
            if best.is_none() {
                let slot = self.lexicon_slot(actor);
                best = Some(Np {
                    slot,
                    tok_end: h.tok_end as usize,
                    end: h.end as usize,
                    via: Via::Name,
                    weak: false,
                });
            }
        }
        for np in [
            self.parse_nisba_title(k),
            self.parse_construct(k, depth + 1),
        ]
        .into_iter()
        .flatten()
        {
            if self.out.slots[np.slot].kind != ActorKind::Person
                && best.is_none_or(|b| np.tok_end > b.tok_end)
            {
                best = Some(np);
            }
        }
        best
    }

    /// A title followed by a nisba: الرئيس الأمريكي، الحكومة الكازاخية، وزارة الخارجية
    /// الإيرانية.
    fn parse_nisba_title(&mut self, t: usize) -> Option<Np> {
        if !self.enter_np() {
            return None;
        }
        let np = self.parse_nisba_title_unguarded(t);
        self.np_depth -= 1;
        np
    }

    fn parse_nisba_title_unguarded(&mut self, t: usize) -> Option<Np> {
        let titles: Vec<Hit> = self
            .hits_at(t)
            .iter()
            .filter(|h| matches!(h.lex, Lex::NisbaTitle { .. }))
            .copied()
            .collect();
        for h in titles {
            let Lex::NisbaTitle { role } = h.lex else {
                continue;
            };
            let k = h.tok_end as usize;
            let Some(n) = self
                .hits_at(k)
                .iter()
                .find(|n| matches!(n.lex, Lex::Nisba { definite: true, .. }) && n.prefix == 0)
                .copied()
            else {
                // رئيس البرلمان في دولة الكويت: the country after في.
                if let Some(state) = self.located_state(k) {
                    return Some(self.finish_role(role, state.slot, state.tok_end, state.end));
                }
                continue;
            };
            let Lex::Nisba { actor, .. } = n.lex else {
                continue;
            };
            let holder = self.lexicon_slot(actor);
            if self.lex.roles[role as usize].identity {
                return Some(Np {
                    slot: holder,
                    tok_end: n.tok_end as usize,
                    end: n.end as usize,
                    via: Via::Name,
                    weak: false,
                });
            }
            return Some(self.finish_role(role, holder, n.tok_end as usize, n.end as usize));
        }
        None
    }

    /// A composed role, extended by modifiers (السابق) and the holder's name when one
    /// follows (الرئيس الفرنسي إيمانويل ماكرون).
    fn finish_role(&mut self, role: u32, holder: usize, mut tok_end: usize, mut end: usize) -> Np {
        let slot = self.role_slot(role, holder);
        let is_person = self.lex.roles[role as usize].kind == ActorKind::Person;
        if !is_person {
            return Np {
                slot,
                tok_end,
                end,
                via: Via::Role,
                weak: false,
            };
        }
        let mut k = tok_end;
        let mut former = false;
        // A nisba repeating the holder (رئيس وزراء الاحتلال الإسرائيلي) adds nothing.
        if self
            .hits_at(k)
            .iter()
            .any(|h| matches!(h.lex, Lex::Nisba { definite: true, .. }) && h.prefix == 0)
        {
            k = self
                .hits_at(k)
                .iter()
                .filter(|h| matches!(h.lex, Lex::Nisba { .. }))
                .map(|h| h.tok_end as usize)
                .max()
                .unwrap_or(k + 1);
        }
        let modifiers_from = k;
        while k < modifiers_from + MAX_ROLE_MODIFIERS && ROLE_MODIFIERS.contains(&self.word(k)) {
            former |= self.word(k).starts_with("السابق") || self.word(k).starts_with("الاسبق");
            k += 1;
        }
        // Where the role is held: السفير الفرنسي لدى مصر، المبعوث الأممي إلى ليبيا.
        if matches!(self.word(k), "لدي" | "في" | "الي") {
            if let Some(h) = self.actor_hit(k + 1, |kind| kind != ActorKind::Person) {
                if h.prefix == 0 && self.person_after_title(h.tok_end as usize).is_some() {
                    k = h.tok_end as usize;
                }
            }
        }
        if let Some(name) = self.person_after_title(k) {
            self.add_title(name.slot, (role, Some(holder)));
            return Np {
                slot: name.slot,
                tok_end: name.tok_end,
                end: name.end,
                via: Via::Role,
                weak: false,
            };
        }
        if k > tok_end {
            tok_end = k;
            end = self.tokens[k - 1].end as usize;
        }
        let slot = if former {
            // A former holder is not today's: keep the role phrase as its own actor.
            let id = format!("{}.former", self.out.slots[slot].id);
            let name = format!("former {}", self.out.slots[slot].name);
            let gender = self.out.slots[slot].gender;
            self.slot_for_key(format!("id:{id}"), || {
                Slot::derived(id, name, ActorKind::Person, gender)
            })
        } else {
            slot
        };
        Np {
            slot,
            tok_end,
            end,
            via: Via::Role,
            weak: false,
        }
    }

    /// A person's name right after a title, or after a comma in apposition.
    fn person_after_title(&mut self, k: usize) -> Option<Np> {
        let k = if self.is_punct(k, &['،', ',']) && !self.word(k + 1).is_empty() {
            k + 1
        } else {
            k
        };
        // A name with a proclitic is another phrase (رئيس كازاخستان لترامب: the addressee).
        if let Some(h) = self
            .actor_hit(k, |kind| kind == ActorKind::Person)
            .filter(|h| h.prefix == 0)
        {
            let Lex::Actor { actor, .. } = h.lex else {
                return None;
            };
            let slot = self.lexicon_slot(actor);
            // A lexicon surname may carry the name on (أحمد أبو الغيط).
            return Some(Np {
                slot,
                tok_end: h.tok_end as usize,
                end: h.end as usize,
                via: Via::Name,
                weak: false,
            });
        }
        if let Some(np) = self.parse_given_name(k, true) {
            return Some(np);
        }
        // A single family name of the form الـ...ي after a title (رئيس الوزراء الكاظمي).
        let w = self.word(k);
        if w.starts_with("ال")
            && w.ends_with('ي')
            && w.chars().count() >= 5
            && self.hits_at(k).is_empty()
            && !is_not_name(w)
            && !self.is_nisba_like(k)
        {
            return Some(self.person_np(&[w], k + 1));
        }
        None
    }

    fn is_nisba_like(&self, k: usize) -> bool {
        self.hits_at(k)
            .iter()
            .any(|h| matches!(h.lex, Lex::Nisba { .. }))
    }

    /// A bare title followed by a name: الرئيس دونالد ترمب، رئيس الوزراء الكاظمي.
    fn parse_titled_name(&mut self, t: usize) -> Option<Np> {
        let titles: Vec<Hit> = self
            .hits_at(t)
            .iter()
            .filter(|h| matches!(h.lex, Lex::RoleRef { .. }))
            .copied()
            .collect();
        for h in titles {
            let Lex::RoleRef { role } = h.lex else {
                continue;
            };
            if self.lex.roles[role as usize].kind != ActorKind::Person {
                continue;
            }
            let mut k = h.tok_end as usize;
            while k < h.tok_end as usize + MAX_ROLE_MODIFIERS
                && ROLE_MODIFIERS.contains(&self.word(k))
            {
                k += 1;
            }
            if let Some(name) = self.person_after_title(k) {
                self.add_title(name.slot, (role, None));
                return Some(Np {
                    via: Via::Role,
                    ..name
                });
            }
        }
        None
    }

    /// A capital standing for its state (رحبت موسكو), but not a dateline (طهران: ...).
    fn parse_capital(&mut self, t: usize) -> Option<Np> {
        let h = *self
            .hits_at(t)
            .iter()
            .find(|h| matches!(h.lex, Lex::Capital { .. }))?;
        let Lex::Capital { actor } = h.lex else {
            return None;
        };
        let line_start = t == 0 || self.tokens[t - 1].kind == TokenKind::Newline;
        let next = h.tok_end as usize;
        if line_start
            && (self.is_punct(next, &[':', '-', '/', '(', '–', '،', ','])
                || self.is_dateline_time(next))
        {
            return None;
        }
        let slot = self.lexicon_slot(actor);
        Some(Np {
            slot,
            tok_end: next,
            end: h.end as usize,
            via: Via::Name,
            weak: false,
        })
    }

    fn is_dateline_time(&self, t: usize) -> bool {
        let w = self.word(t);
        !w.is_empty() && (w.bytes().all(|b| b.is_ascii_digit()) || is_not_name(w))
    }

    /// A person the lexicon lacks, from a given name: حازم قاسم، ماري دو بوا.
    /// Outside a title's apposition it needs at least two name words.
    fn parse_given_name(&mut self, t: usize, after_title: bool) -> Option<Np> {
        if !self
            .hits_at(t)
            .iter()
            .any(|h| matches!(h.lex, Lex::GivenName))
        {
            return None;
        }
        // A lexicon person starting here wins: it carries a stable id.
        if self.actor_hit(t, |k| k == ActorKind::Person).is_some() {
            return None;
        }
        let first = self.stripped_word(t);
        if is_not_person(first, self.word(t + 1)) {
            return None;
        }
        // باختيار is a given name, and also ب + اختيار (but in لأولي the name is after ل).
        let whole_word = self
            .hits_at(t)
            .iter()
            .any(|h| matches!(h.lex, Lex::GivenName) && h.prefix == 0);
        if whole_word && self.is_prepositional_phrase(self.word(t)) {
            return None;
        }
        // The surname of someone already named (قيس سعيد ... وقال سعيد) is that person.
        if self.known_surname(first) {
            return None;
        }
        // A given name that folds to a particle (علي / على) needs a name after it; one
        // that is also a cue (دان) is the verb.
        let next_is_name = NAME_PARTICLES.contains(&self.word(t + 1))
            || self
                .hits_at(t + 1)
                .iter()
                .any(|h| matches!(h.lex, Lex::GivenName));
        if is_not_name(first) && !next_is_name
            || self
                .hits_at(t)
                .iter()
                .any(|h| matches!(h.lex, Lex::Cue { .. }))
        {
            return None;
        }
        let mut words: Vec<&'a str> = vec![first];
        let mut k = t + 1;
        while words.len() < 4 && k < self.tokens.len() && self.tokens[k].is_word() {
            let w = self.word(k);
            if is_not_name(w)
                || self.lex.common_words.contains(w)
                || w.chars().count() < 2 && !NAME_PARTICLES.contains(&w)
            {
                break;
            }
            // A preposition on a common word or an article (هيلين كلارك باختيار، بالقرار)
            // starts what follows the name; so does an idiom (على حسن الجوار).
            if words.len() >= 2 && self.is_prepositional_phrase(w)
                || w.starts_with("لل")
                || w.starts_with("بال")
                || is_title_noun(w)
                || is_not_person(w, self.word(k + 1))
            {
                break;
            }
            // و starts a conjunct (عبد الله إسحق وفواز، حسن وتصبحون): another person or
            // another clause, unless the whole word is a name (وليد، وائل).
            let whole_name = self
                .hits_at(k)
                .iter()
                .any(|h| matches!(h.lex, Lex::GivenName) && h.prefix == 0);
            let conjunct = w.strip_prefix('و').is_some_and(|rest| {
                rest.starts_with("ال")
                    || self.lex.common_words.contains(rest)
                    || self
                        .hits_at(k)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::GivenName) && h.prefix > 0)
            });
            // (ويستفول، ويليام are names: only a known name or word after و is a conjunct.)
            if conjunct && !whole_name && !NAME_PARTICLES.contains(&w) {
                break;
            }
            // A derived-form imperfect verb (يتنفس، يستمر، ينتظر) or a plural past verb
            // (ساندوا) after a name is the sentence going on, unless the word is itself
            // a name; surnames take every other shape (تيلور، بركات).
            let any_name = self
                .hits_at(k)
                .iter()
                .any(|h| matches!(h.lex, Lex::GivenName | Lex::Actor { .. }));
            let derived_imperfect = ["يت", "يس", "ين", "تت", "تس"]
                .iter()
                .any(|p| w.starts_with(p))
                && w.chars().count() >= 5;
            let plural_past = w.ends_with("وا") && (4..=6).contains(&w.chars().count());
            if !any_name && (derived_imperfect || plural_past || is_verbal_noun_shaped(w)) {
                break;
            }
            // An adverbial participle (مخاطبا، مؤكدا) follows a name, never belongs to it;
            // nor does a noun with a possessive (حسن إنجازهم).
            if w.starts_with('م') && w.ends_with('ا') && w.chars().count() >= 5 || has_possessive(w)
            {
                break;
            }
            // Any lexicon form other than a name ends the name: a cue, a title, a nisba.
            let blocked = self.hits_at(k).iter().any(|h| {
                !matches!(
                    h.lex,
                    Lex::GivenName | Lex::Actor { .. } | Lex::Modifier { .. }
                )
            }) || self.hits_at(k).iter().any(|h| {
                matches!(h.lex, Lex::Actor { actor, .. } if self.lex.actors[actor as usize].kind != ActorKind::Person)
            });
            if blocked || w.bytes().all(|b| b.is_ascii_digit()) {
                break;
            }
            // A definite word followed by a definite adjective is a noun phrase
            // (صالح الهجوم الأخير), not a family name.
            let compound = COMPOUND_NAME_PARTS.contains(&w);
            if w.starts_with("ال") && !compound && self.word(k + 1).starts_with("ال") {
                break;
            }
            words.push(w);
            k += 1;
            if w.starts_with("ال") && !compound && !NAME_PARTICLES.contains(&words[words.len() - 2])
            {
                break;
            }
        }
        // Particles cannot end a name.
        while words.len() > 1 && NAME_PARTICLES.contains(words.last().unwrap_or(&"")) {
            words.pop();
            k -= 1;
        }
        if words.len() < 2 && (!after_title || is_not_name(first)) {
            return None;
        }
        Some(self.person_np(&words, k))
    }

    /// Whether `w` is a preposition (ب، ل، ك) on a common word or a definite noun
    /// (باختيار، بالقرار، لموسم): no part of a name.
    fn is_prepositional_phrase(&self, w: &str) -> bool {
        ['ب', 'ل', 'ك']
            .iter()
            .find_map(|&p| w.strip_prefix(p))
            .is_some_and(|rest| rest.starts_with("ال") || self.lex.common_words.contains(rest))
    }

    /// Whether `word` is the last name of a person already mentioned.
    fn known_surname(&mut self, word: &str) -> bool {
        // Bring the set up to date with the mentions pushed since the last call, each
        // person once, so that the check stays linear in the text.
        while self.noted < self.out.mentions.len() {
            let slot = self.out.mentions[self.noted].slot;
            self.noted += 1;
            if self.surname_slots.insert(slot) && self.out.slots[slot].kind == ActorKind::Person {
                let keys: Vec<String> = person_surnames(self.lex, &self.out.slots[slot])
                    .map(str::to_string)
                    .collect();
                self.surnames.extend(keys);
            }
        }
        self.surnames.contains(word)
    }

    /// A word without the proclitic its given-name hit skipped (لأولي → أولي).
    fn stripped_word(&self, t: usize) -> &'a str {
        let tok = &self.tokens[t];
        let start = self
            .hits_at(t)
            .iter()
            .find(|h| matches!(h.lex, Lex::GivenName))
            .map_or(tok.start as usize, |h| h.start as usize);
        &self.text[start..tok.end as usize]
    }

    /// A subject right after a speech verb made of a title the lexicon lacks and a name
    /// it lacks too (قال الناشط البيئي المغربي سمير بنعلي، ...): the name is the
    /// last run of two or three name-like words before the clause goes on.
    fn parse_titled_unknown(&mut self, t: usize) -> Option<Np> {
        if !is_title_noun(self.word(t)) || t == 0 {
            return None;
        }
        let after_verb = self.hits_at(t - 1).iter().any(|h| {
            matches!(
                h.lex,
                Lex::Cue {
                    form: CueForm::Finite(_),
                    ..
                }
            )
        });
        if !after_verb {
            return None;
        }
        let mut k = t + 1;
        let mut run_start = k;
        while k < self.tokens.len() && k < t + 10 && self.tokens[k].is_word() {
            let w = self.word(k);
            // Particles end the phrase; adjectives (الحقوقي، الكردي) only are no name.
            let stop = is_not_name(w) && !w.starts_with("ال")
                || self
                    .hits_at(k)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::Cue { .. }));
            if stop {
                break;
            }
            let plain = !w.starts_with("ال")
                && !self.lex.common_words.contains(w)
                && self
                    .hits_at(k)
                    .iter()
                    .all(|h| matches!(h.lex, Lex::GivenName));
            if !plain {
                run_start = k + 1;
            }
            k += 1;
        }
        let run = k - run_start;
        // The run must end the phrase: at punctuation or a clause-opening word.
        let ends = k >= self.tokens.len() || !self.tokens[k].is_word() || is_not_name(self.word(k));
        if !(2..=3).contains(&run) || !ends {
            return None;
        }
        let words: Vec<&str> = (run_start..k).map(|j| self.word(j)).collect();
        Some(self.person_np(&words, k))
    }

    /// A person the lexicon lacks, named by `words`, as a phrase ending before `tok_end`.
    fn person_np(&mut self, words: &[&str], tok_end: usize) -> Np {
        let slot = self.derived_person(words, Gender::Masculine);
        Np {
            slot,
            tok_end,
            end: self.tokens[tok_end - 1].end as usize,
            via: Via::Pattern,
            weak: false,
        }
    }

    /// A nisba right after a verbal noun names who acts (ترحيب أوروبي بالاتفاق، إدانة
    /// عربية واسعة): the state or bloc of the nisba.
    fn parse_nisba_agent(&mut self, t: usize) -> Option<Np> {
        let after_noun = self.hits_at(t - 1).iter().any(|h| {
            h.tok_end as usize == t
                && matches!(
                    h.lex,
                    Lex::Cue {
                        form: CueForm::Noun,
                        enclitic: false,
                        ..
                    }
                )
        });
        if !after_noun {
            return None;
        }
        let (actor, end) = self.hits_at(t).iter().find_map(|h| match h.lex {
            Lex::Nisba {
                actor,
                definite: false,
            } if h.tok_end as usize == t + 1 => Some((actor, h.end as usize)),
            _ => None,
        })?;
        Some(Np {
            slot: self.lexicon_slot(actor),
            tok_end: t + 1,
            end,
            via: Via::Name,
            weak: false,
        })
    }

    /// Whether the name at token `t` follows a noun of a place or an institution named
    /// after someone, with or without an honorific between (مستشفى الملك فهد، جامعة
    /// الإمام محمد بن سعود، بمطار الملك خالد).
    fn after_institution(&self, t: usize) -> bool {
        let mut k = t;
        if k > 0 && NAMESAKE_TITLES.contains(&self.word(k - 1)) {
            k -= 1;
        }
        if k == 0 {
            return false;
        }
        let w = self.word(k - 1);
        let bare = ['و', 'ب', 'ل', 'ف']
            .iter()
            .find_map(|&p| w.strip_prefix(p).filter(|r| NAMESAKE_PLACES.contains(r)));
        NAMESAKE_PLACES.contains(&w) || bare.is_some()
    }

    /// A lexicon actor named at token `t` without a proclitic, that a head noun `head`
    /// fits (the actor is taken up again by the head with the article: منظمة → المنظمة),
    /// and the token after its name.
    fn known_after_head(&self, head: &str, t: usize) -> Option<(u32, usize)> {
        let definite_head = format!("ال{head}");
        self.hits_at(t).iter().find_map(|h| match h.lex {
            Lex::Actor { actor, .. }
                if h.prefix == 0
                    && self.lex.actors[actor as usize]
                        .refs
                        .contains(&definite_head) =>
            {
                Some((actor, h.tok_end as usize))
            }
            _ => None,
        })
    }

    /// A body's name carries on with the states it gathers (منظمة التعاون للدول
    /// الإسلامية، الاتحاد البرلماني للدول العربية): لدول or للدول, then one or two words
    /// with the article.
    fn extend_member_states(&self, np: Np) -> Np {
        let k = np.tok_end;
        if !matches!(self.word(k), "لدول" | "للدول") {
            return np;
        }
        let definite = |t: usize| self.word(t).starts_with("ال");
        let words = (k + 1..k + 3).take_while(|&t| definite(t)).count();
        if words == 0 {
            return np;
        }
        let last = k + words;
        Np {
            tok_end: last + 1,
            end: self.tokens[last].end as usize,
            ..np
        }
    }

    /// A person's name carries on with its family or dynasty (… آل سعود، … آل ثاني):
    /// آل folds to ال, written apart, then one name.
    fn extend_family(&self, np: Np) -> Np {
        let k = np.tok_end;
        let family = self.word(k + 1);
        if self.word(k) != "ال" || family.is_empty() || is_not_name(family) {
            return np;
        }
        Np {
            tok_end: k + 2,
            end: self.tokens[k + 1].end as usize,
            ..np
        }
    }

    /// Whether token `t` is a title: a title noun or a role's title.
    fn titled(&self, t: usize) -> bool {
        is_title_noun(self.word(t))
            || self.hits_at(t).iter().any(|h| {
                matches!(
                    h.lex,
                    Lex::RoleRef { .. } | Lex::ConstructTitle { .. } | Lex::NisbaTitle { .. }
                )
            })
    }

    /// A name no lexicon knows, shown by the title in apposition after it: two or three
    /// name-like words, a comma, then a title (كارين ديكر، المديرة الإقليمية ...).
    fn parse_apposed_name(&mut self, t: usize) -> Option<Np> {
        // Cheap test first, since this runs at almost every word: two or three words,
        // then a comma and a title, or (right after a speech verb, where the comma may be
        // missing: قال توباياس إلوود وزير ...) a title.
        let after_verb = t > 0
            && self.hits_at(t - 1).iter().any(|h| {
                matches!(
                    h.lex,
                    Lex::Cue {
                        form: CueForm::Finite(_),
                        ..
                    }
                )
            });
        let comma = |k: usize| self.is_punct(k, &['،', ',']);
        let title_after = |k: usize| {
            if comma(k) {
                Some(k + 1)
            } else if after_verb {
                Some(k)
            } else {
                None
            }
        };
        if !(t + 2..=t + 3).any(|k| title_after(k).is_some_and(|at| self.titled(at))) {
            return None;
        }
        let mut words: [&'a str; 3] = [""; 3];
        let mut count = 0;
        let mut k = t;
        while k < self.tokens.len() && self.tokens[k].is_word() && count < words.len() {
            let w = self.word(k);
            // A word with the article may only end the name (إلوود folds to الوود).
            let plain = !is_not_name(w)
                && !self.lex.common_words.contains(w)
                && (!w.starts_with("ال") || count > 0)
                && w.chars().count() >= 2
                && !w.bytes().any(|b| b.is_ascii_digit())
                && self
                    .hits_at(k)
                    .iter()
                    .all(|h| matches!(h.lex, Lex::GivenName));
            if !plain {
                break;
            }
            words[count] = w;
            count += 1;
            k += 1;
            if w.starts_with("ال") {
                break;
            }
        }
        if count < 2 || !title_after(k).is_some_and(|at| self.titled(at)) {
            return None;
        }
        Some(self.person_np(&words[..count], k))
    }

    /// A dual description (الجانبان، البلدان، الطرفان) of the two actors named last:
    /// one joint actor, as in a joint statement.
    fn parse_dual(&mut self, t: usize) -> Option<Np> {
        let w = self.word(t);
        ["", "و", "ف"]
            .iter()
            .find_map(|p| w.strip_prefix(p).filter(|r| DUALS.contains(r)))?;
        // The two parties are the bodies the article has named most (a visit, a joint
        // statement), the more recent first on a tie.
        let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // (slot, count, last seen)
        for (i, m) in self.out.mentions.iter().enumerate().rev().take(256) {
            let s = &self.out.slots[m.slot];
            if s.kind == ActorKind::Person || s.id.contains('+') {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == m.slot) {
                Some(c) => c.1 += 1,
                None => counts.push((m.slot, 1, i)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)));
        if counts.len() < 2 {
            return None;
        }
        let slot = self.joint_slot(counts[0].0, counts[1].0);
        Some(Np {
            slot,
            tok_end: t + 1,
            end: self.tokens[t].end as usize,
            via: Via::Reference,
            weak: false,
        })
    }

    /// The joint actor of two actors (a joint statement, الجانبان): named in id order, so
    /// that the same two are always one actor.
    fn joint_slot(&mut self, first: usize, second: usize) -> usize {
        let mut pair = [first, second];
        pair.sort_by(|a, b| self.out.slots[*a].id.cmp(&self.out.slots[*b].id));
        let (a, b) = (&self.out.slots[pair[0]], &self.out.slots[pair[1]]);
        let id = format!("{}+{}", a.id, b.id);
        let name = format!("{} and {}", a.name, b.name);
        self.slot_for_key(format!("id:{id}"), || {
            Slot::derived(id, name, ActorKind::Group, Gender::Plural)
        })
    }

    /// Two actors joined by و before a dual or plural speech verb (المملكة والأردن
    /// تؤكدان، ترامب وماكرون يبحثان) speak together: one joint actor over both mentions,
    /// as for الجانبان. Mentions must be sorted; they stay sorted.
    fn joint_subjects(&mut self) {
        let mentions = &self.out.mentions;
        let mut joints: Vec<(usize, usize)> = Vec::new();
        for i in 1..mentions.len() {
            let (a, b) = (&mentions[i - 1], &mentions[i]);
            let tok = &self.tokens[b.tok_start];
            let joined = b.tok_start == a.tok_end
                && b.start == tok.start as usize + 'و'.len_utf8()
                && self.text[tok.start as usize..].starts_with('و');
            let plural_verb = self.hits_at(b.tok_end).iter().any(|h| {
                matches!(
                    h.lex,
                    Lex::Cue {
                        form: CueForm::Finite(Gender::Plural),
                        ..
                    }
                )
            });
            if joined && plural_verb && a.slot != b.slot {
                joints.push((i - 1, i));
            }
        }
        for (ia, ib) in joints {
            let (a, b) = (self.out.mentions[ia], self.out.mentions[ib]);
            let slot = self.joint_slot(a.slot, b.slot);
            self.out.mentions.push(MentionRec {
                tok_start: a.tok_start,
                tok_end: b.tok_end,
                start: a.start,
                end: b.end,
                slot,
                via: Via::Reference,
                weak: false,
            });
        }
        self.out.mentions.sort_by_key(|m| (m.start, m.end));
    }

    /// A body the lexicon lacks, shown by its head noun and a name after it
    /// (صحيفة "لوموند"، منظمة أطباء العالم، الشرطة الاتحادية في ولاية بافاريا).
    fn parse_pattern_body(&mut self, t: usize) -> Option<Np> {
        let w = self.word(t);
        let head = body_head(w)?;
        if !self.hits_at(t).is_empty() {
            return None;
        }
        let next = self.word(t + 1);
        let bare_head = w.strip_prefix("ال").unwrap_or(w);
        if NOT_BODIES
            .iter()
            .any(|&(h, n)| h == bare_head && next.ends_with(n))
        {
            return None;
        }
        let mut k = t + 1;
        let mut words: Vec<&str> = vec![w];
        if self.is_punct(k, &['"', '«', '“']) {
            // A quoted name: up to five words and the closing mark.
            let mut j = k + 1;
            while j < self.tokens.len() && self.tokens[j].is_word() && j <= k + 5 {
                words.push(self.word(j));
                j += 1;
            }
            if j == k + 1 || !self.is_punct(j, &['"', '»', '”']) {
                return None;
            }
            // منظمة "أطباء بلا حدود": a name the lexicon knows, in quotation marks, after a
            // head noun that fits it.
            if let Some((actor, _)) = self
                .known_after_head(w, k + 1)
                .filter(|&(_, name_end)| name_end == j)
            {
                return Some(Np {
                    slot: self.lexicon_slot(actor),
                    tok_end: j + 1,
                    end: self.tokens[j].end as usize,
                    via: Via::Name,
                    weak: false,
                });
            }
            k = j + 1;
        } else {
            // شركة ألمانية، مجلة نسائية، وكالة فضاء هندية: an indefinite head with an
            // indefinite adjective describes a kind of body, it names none.
            if !w.starts_with("ال") && (self.describes_a_kind(k) || self.describes_a_kind(k + 1))
            {
                return None;
            }
            // موقع is mostly a place (موقع الحادث، موقع جديد); a website's name is quoted.
            if w == "موقع" {
                return None;
            }
            // حركة السير، حركة التنقل، مركز العمليات: a head with a common definite noun is
            // traffic, motion or a facility; a movement or centre the lexicon lacks has a
            // proper name.
            if matches!(w, "حركه" | "مركز")
                && next
                    .strip_prefix("ال")
                    .is_some_and(|stem| self.lex.common_words.contains(stem))
            {
                return None;
            }
            while k < self.tokens.len() && self.tokens[k].is_word() && words.len() <= 5 {
                let x = self.word(k);
                let blocked = self.hits_at(k).iter().any(|h| {
                    matches!(
                        h.lex,
                        Lex::Cue { .. } | Lex::Modifier { .. } | Lex::GivenName
                    )
                });
                let bare = x.strip_prefix('و').unwrap_or(x);
                // مؤسسة جسر الملك فهد: a body named after a person goes on with the name.
                let namesake = NAMESAKE_TITLES.contains(words.last().unwrap_or(&""));
                let blocked = blocked && !namesake;
                // Once the name has gone definite (شركة الاتصالات السعودية) only definite
                // words, nisbas and given names after a title go on with it: an indefinite
                // word after it is the next phrase (فأصدرت، أفضل، ملف).
                let definite_chain = words.len() > 1
                    && words[1..]
                        .iter()
                        .any(|w| w.starts_with("ال") || w.starts_with("لل"));
                let definite_word = x.starts_with("ال")
                    || x.starts_with("لل")
                    || x.starts_with("وال")
                    || self
                        .hits_at(k)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::Nisba { .. }));
                if definite_chain && !definite_word && !namesake {
                    break;
                }
                if is_not_name(x)
                    || is_not_name(bare)
                    || blocked
                    || has_possessive(x)
                    || x.bytes().all(|b| b.is_ascii_digit())
                    || !self.continues_body_name(k, words.len() == 1)
                {
                    break;
                }
                words.push(x);
                k += 1;
            }
            if words.len() < 2 && !head.3 {
                return None;
            }
        }
        let (kind, gender) = (head.1, head.2);
        // الشرطة الاتحادية after شرطة دبي: a definite head takes up the body named before.
        if let Some(stem) = w.strip_prefix("ال") {
            if let Some(&slot) = self.body_by_head.get(stem) {
                return Some(Np {
                    slot,
                    tok_end: k,
                    end: self.tokens[k - 1].end as usize,
                    via: Via::Reference,
                    weak: false,
                });
            }
        }
        let id = romanize(&words);
        let name = words.join(" ");
        let head_word = w.to_string();
        let head_key = head_word.clone();
        let slot = self.slot_for_key(format!("id:{id}"), || Slot {
            head: Some(head_word),
            ..Slot::derived(id, name, kind, gender)
        });
        self.body_by_head.insert(head_key, slot);
        Some(Np {
            slot,
            tok_end: k,
            end: self.tokens[k - 1].end as usize,
            via: Via::Pattern,
            weak: false,
        })
    }

    /// Whether the word at `k`, after an indefinite head noun, is an indefinite adjective
    /// (a nisba of a state, or a feminine adjective in ـية): the phrase describes a kind
    /// of body (شركة ألمانية، مجلة نسائية) rather than naming one.
    fn describes_a_kind(&self, k: usize) -> bool {
        let x = self.word(k);
        let nisba = self.hits_at(k).iter().any(|h| {
            matches!(
                h.lex,
                Lex::Nisba {
                    definite: false,
                    ..
                }
            ) && h.prefix == 0
        });
        nisba || !x.starts_with("ال") && x.ends_with("يه") && x.chars().count() >= 5
    }

    /// Whether the word at `k` can go on a body's name found by pattern: the name is a
    /// noun phrase, so it stops at a verb (نجحت، تعمل، وتم، وساندوا), a title or a
    /// person's name after it (it never swallows the person), an indefinite word after a
    /// preposition (بطريقة، لتكون: a manner or purpose, not the name) and a new
    /// conjunct that is not definite (ونادي ...). `first` is the word right after the
    /// head, which may be a foreign name of any shape (شركة تويتر).
    fn continues_body_name(&self, k: usize, first: bool) -> bool {
        let x = self.word(k);
        if is_title_noun(x) || is_title_noun(x.strip_prefix('و').unwrap_or(x)) {
            return false;
        }
        if let Some(rest) = x.strip_prefix('و') {
            // والأوقاف، والتنمية: a definite conjunct belongs to official names.
            return rest.starts_with("ال") && !first;
        }
        if x.starts_with("ال") || x.starts_with("لل") {
            return true;
        }
        if self
            .hits_at(k)
            .iter()
            .any(|h| matches!(h.lex, Lex::Nisba { .. }))
        {
            return true;
        }
        if x.starts_with('ب') || x.starts_with('ل') || x.starts_with('ك') {
            // بالرياض stays (a definite place), بطريقة and لتكون do not.
            return false;
        }
        // Right after the head a foreign name may look like a verb (تويتر): only the
        // shortest verb shapes end the phrase there.
        if first {
            return !(first_is_verb_shaped(x) && x.chars().count() == 4);
        }
        !first_is_verb_shaped(x)
    }

    /// A definite description to resolve later: الحركة (an actor's ref) or a bare title.
    fn parse_ref(&self, t: usize) -> Option<RefRec> {
        let hits = self.hits_at(t);
        // The longest reference form; one form is one group of actors.
        if let Some(h) = hits.iter().find(|h| matches!(h.lex, Lex::ActorRef { .. })) {
            if let Lex::ActorRef { group } = h.lex {
                return Some(RefRec {
                    tok_start: t,
                    tok_end: h.tok_end as usize,
                    start: h.start as usize,
                    end: h.end as usize,
                    target: RefTarget::Group(group),
                });
            }
        }
        let w = self.word(t);
        if let Some(head) = w.strip_prefix("ال") {
            if body_head(head).is_some() {
                let tok = &self.tokens[t];
                return Some(RefRec {
                    tok_start: t,
                    tok_end: t + 1,
                    start: tok.start as usize,
                    end: tok.end as usize,
                    target: RefTarget::Head(head.to_string()),
                });
            }
        }
        // The longest bare title; one form may title several roles (الوزارة).
        let h = hits.iter().find(|h| matches!(h.lex, Lex::RoleRef { .. }))?;
        let roles: Vec<u32> = hits
            .iter()
            .filter(|o| o.end == h.end)
            .filter_map(|o| match o.lex {
                Lex::RoleRef { role } => Some(role),
                _ => None,
            })
            .collect();
        Some(RefRec {
            tok_start: t,
            tok_end: h.tok_end as usize,
            start: h.start as usize,
            end: h.end as usize,
            target: RefTarget::Roles(roles),
        })
    }

    /// Weak names count only when the article names the actor another way too.
    fn drop_unsupported_weak(&mut self) {
        let mut strong = vec![false; self.out.slots.len()];
        for m in &self.out.mentions {
            if !m.weak {
                strong[m.slot] = true;
            }
        }
        // A weak name right after or before a speech verb is its subject (ونددت فتح،
        // فتح تدين): the verb is support enough.
        let by_cue = |m: &MentionRec| {
            let near_cue = |t: usize| {
                self.hits_at(t).iter().any(|h| {
                    matches!(
                        h.lex,
                        Lex::Cue {
                            form: CueForm::Finite(_),
                            ..
                        }
                    )
                })
            };
            (m.tok_start > 0 && near_cue(m.tok_start - 1)) || near_cue(m.tok_end)
        };
        let keep: Vec<bool> = self
            .out
            .mentions
            .iter()
            .map(|m| !m.weak || strong[m.slot] || by_cue(m))
            .collect();
        let mut i = 0;
        self.out.mentions.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }

    /// Later mentions of a derived person by a shorter form (إيغلاند after يان
    /// إيغلاند): looked up word by word among the words no mention covers.
    fn short_name_pass(&mut self) {
        let mut short: FastMap<&str, usize> = FastMap::default();
        let slots = std::mem::take(&mut self.out.slots);
        let mentioned: Vec<bool> = {
            let mut v = vec![false; slots.len()];
            for m in &self.out.mentions {
                v[m.slot] = true;
            }
            v
        };
        for (i, s) in slots.iter().enumerate() {
            if mentioned[i] && s.kind == ActorKind::Person {
                for key in person_surnames(self.lex, s) {
                    short.entry(key).or_insert(i);
                }
            }
        }
        if short.is_empty() {
            self.out.slots = slots;
            return;
        }
        let mut key_lens = [false; 128];
        // Every key ends in one of a few letters: a cheap test before any look-up.
        let mut last_chars: Vec<char> = Vec::new();
        for k in short.keys() {
            if let Some(slot) = key_lens.get_mut(k.len()) {
                *slot = true;
            }
            if let Some(c) = k.chars().next_back() {
                if !last_chars.contains(&c) {
                    last_chars.push(c);
                }
            }
        }
        let mut covered = vec![false; self.tokens.len()];
        for m in &self.out.mentions {
            // A slice, not take/skip from 0: linear in the mention's length.
            covered[m.tok_start.min(m.tok_end)..m.tok_end].fill(true);
        }
        let mut extra = Vec::new();
        for (t, tok) in self.tokens.iter().enumerate() {
            if covered[t] || !tok.is_word() {
                continue;
            }
            let w = &self.text[tok.range()];
            if !w
                .chars()
                .next_back()
                .is_some_and(|c| last_chars.contains(&c))
            {
                continue;
            }
            for p in ["", "و", "ف", "ل", "ب", "وب", "ول"] {
                // Most words have no surname's length: skip the lookup for them.
                let len = w.len().wrapping_sub(p.len());
                if len < key_lens.len() && !key_lens[len] {
                    continue;
                }
                if let Some(rest) = w.strip_prefix(p) {
                    if let Some(&slot) = short.get(rest) {
                        extra.push(MentionRec {
                            tok_start: t,
                            tok_end: t + 1,
                            start: tok.start as usize + p.len(),
                            end: tok.end as usize,
                            slot,
                            via: Via::Name,
                            weak: false,
                        });
                        break;
                    }
                }
            }
        }
        self.out.slots = slots;
        self.out.mentions.extend(extra);
    }
}

/// The surnames a person named in the article may be mentioned by later: a derived
/// person's surname keys, and the last word of a lexicon person's multi-word names.
fn person_surnames<'s>(lex: &'s Lexicon, slot: &'s Slot) -> impl Iterator<Item = &'s str> + 's {
    let lexicon_names = slot
        .lexicon
        .map(|a| lex.actors[a as usize].names.as_slice())
        .unwrap_or(&[]);
    slot.surnames.iter().map(String::as_str).chain(
        lexicon_names
            .iter()
            .filter_map(|n| n.rsplit_once(' ').map(|(_, last)| last))
            .filter(|last| last.chars().count() >= 3 && !is_not_name(last)),
    )
}

/// The short forms a derived person may be mentioned by later: the family name (the
/// words after the given name) when it is distinctive.
fn surname_keys(words: &[&str]) -> Vec<String> {
    if words.len() < 2 {
        return Vec::new();
    }
    let rest = words[1..].join(" ");
    let mut keys = Vec::new();
    if rest.chars().count() >= 4 && !is_not_name(&rest) {
        keys.push(rest);
    }
    let last = words[words.len() - 1];
    if words.len() > 2 && last.chars().count() >= 4 && !is_not_name(last) {
        keys.push(last.to_string());
    }
    keys
}

/// An ASCII id for a name the lexicon lacks: a plain letter-by-letter transliteration,
/// the same for the same normalized name.
pub(crate) fn romanize(words: &[&str]) -> String {
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push('_');
        }
        for c in w.chars() {
            let s = match c {
                'ا' => "a",
                'ب' => "b",
                'ت' => "t",
                'ث' => "th",
                'ج' => "j",
                'ح' => "h",
                'خ' => "kh",
                'د' => "d",
                'ذ' => "dh",
                'ر' => "r",
                'ز' => "z",
                'س' => "s",
                'ش' => "sh",
                'ص' => "s",
                'ض' => "d",
                'ط' => "t",
                'ظ' => "z",
                'ع' => "a",
                'غ' => "gh",
                'ف' => "f",
                'ق' => "q",
                'ك' => "k",
                'ل' => "l",
                'م' => "m",
                'ن' => "n",
                'ه' => "h",
                'و' => "w",
                'ي' => "y",
                'ء' => "",
                c if c.is_ascii_alphanumeric() => {
                    out.push(c.to_ascii_lowercase());
                    continue;
                }
                _ => "",
            };
            out.push_str(s);
        }
    }
    if out.is_empty() || out.bytes().all(|b| b == b'_') {
        out = "person".to_string();
    }
    out
}

/// Resolves composed person roles (الرئيس الأمريكي) to the person the lexicon says held
/// the role: on `date` when given, else a holder the article names, else the holder in
/// the year the article mentions last, else the latest holder.
pub(crate) fn resolve_roles(
    lex: &Lexicon,
    found: &mut ActorFinding,
    date: Option<Date>,
    text_year: Option<u16>,
) {
    let named: FastSet<u32> = found
        .mentions
        .iter()
        .filter_map(|m| found.slots[m.slot].lexicon)
        .collect();
    let n = found.slots.len();
    // (role, holder) → the person the article gave that title, first one wins.
    let mut titled: FastMap<(u32, usize), usize> = FastMap::default();
    for (p, slot) in found.slots.iter().enumerate() {
        for &(role, holder) in &slot.titles {
            if let Some(h) = holder {
                titled.entry((role, h)).or_insert(p);
            }
        }
    }
    // The lexicon's holders of the (role, holder) pairs this article composes, read in
    // one pass over the lexicon, and the slot of each lexicon actor: the loop below then
    // looks up instead of scanning everything per role phrase.
    let wanted: FastSet<(String, String)> = (0..n)
        .filter(|&s| found.slots[s].kind == ActorKind::Person)
        .filter_map(|s| found.slots[s].role)
        .map(|(role, holder)| {
            (
                lex.roles[role as usize].id.clone(),
                found.slots[holder].id.clone(),
            )
        })
        .collect();
    let wanted_roles: FastSet<&str> = (0..n)
        .filter_map(|s| found.slots[s].role)
        .map(|(role, _)| lex.roles[role as usize].id.as_str())
        .collect();
    let mut tenures: FastMap<(String, String), Vec<(u32, &RoleTenure)>> = FastMap::default();
    if !wanted.is_empty() {
        for (i, a) in lex.actors.iter().enumerate() {
            for t in a
                .roles
                .iter()
                .filter(|t| wanted_roles.contains(t.role.as_str()))
            {
                let key = (t.role.clone(), t.holder.clone());
                if wanted.contains(&key) {
                    tenures.entry(key).or_default().push((i as u32, t));
                }
            }
        }
    }
    let mut lexicon_slot: FastMap<u32, usize> = FastMap::default();
    for (i, sl) in found.slots.iter().enumerate() {
        if let Some(a) = sl.lexicon {
            lexicon_slot.entry(a).or_insert(i);
        }
    }
    for s in 0..n {
        let Some((role, holder)) = found.slots[s].role else {
            continue;
        };
        if found.slots[s].kind != ActorKind::Person {
            continue;
        }
        // A person the article itself gave this role (رئيس البرلمان في دولة الكويت مرزوق
        // الغانم ... رئيس البرلمان الكويتي) is who the role phrase means.
        if let Some(&p) = titled.get(&(role, holder)).filter(|&&p| p != s) {
            found.slots[s].merged_into = Some(p);
            continue;
        }
        let role_id = lex.roles[role as usize].id.clone();
        let key = (role_id, found.slots[holder].id.clone());
        let Some(held) = tenures.get(&key) else {
            continue;
        };
        let candidates: Vec<(u32, Date)> = held
            .iter()
            .filter(|(_, t)| date.is_none_or(|d| t.covers(d)))
            .map(|(a, t)| (*a, t.from))
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let pick = candidates
            .iter()
            .find(|(a, _)| named.contains(a))
            .or_else(|| {
                let y = text_year?;
                candidates.iter().find(|(a, _)| {
                    held.iter().any(|(h, t)| {
                        h == a && t.from.year() <= y && t.to.is_none_or(|to| to.year() >= y)
                    })
                })
            })
            .or_else(|| candidates.iter().max_by_key(|(_, from)| *from))
            .map(|(a, _)| *a);
        if let Some(actor) = pick {
            let target = match lexicon_slot.get(&actor) {
                Some(&t) => t,
                None => {
                    found.slots.push(Slot::of_lexicon(lex, actor));
                    lexicon_slot.insert(actor, found.slots.len() - 1);
                    found.slots.len() - 1
                }
            };
            if target != s {
                found.slots[s].merged_into = Some(target);
                let titles = &mut found.slots[target].titles;
                let title = (role, Some(holder));
                if titles.len() < MAX_TITLES && !titles.contains(&title) {
                    titles.push(title);
                }
            }
        }
    }
    for m in found.mentions.iter_mut() {
        let mut slot = m.slot;
        let mut guard = 0;
        while let Some(next) = found.slots[slot].merged_into {
            slot = next;
            guard += 1;
            if guard > n + 1 {
                break;
            }
        }
        m.slot = slot;
    }
}

/// The latest plausible year the article mentions (1990 to 2035), as a stand-in for its
/// date when none is given.
pub(crate) fn latest_year(text: &str, tokens: &[Token]) -> Option<u16> {
    tokens
        .iter()
        .filter(|t| t.is_word() && t.end - t.start == 4)
        .filter_map(|t| text[t.range()].parse::<u16>().ok())
        .filter(|y| (1990..=2035).contains(y))
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{LexiconKind, LexiconSource};
    use crate::matcher::LexMatcher;
    use crate::normalize::normalize;
    use crate::segment::tokenize;

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
        let lex = lexicon();
        let m = LexMatcher::new(&lex);
        let n = normalize(text);
        let t = tokenize(n.as_str());
        let hits = m.scan(n.as_str(), &t);
        let mut found = find_actors(&lex, n.as_str(), &t, &hits);
        resolve_roles(&lex, &mut found, date.map(|d| d.parse().unwrap()), None);
        found
            .mentions
            .iter()
            .map(|m| {
                let (s, e) = n.original_span(m.start, m.end);
                (text[s..e].to_string(), found.slots[m.slot].id.clone())
            })
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
        assert_eq!(
            mentions("رئيس كازخستان", None),
            [pair("رئيس كازخستان", "tokayev")]
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
                pair("قاسمي", "bhram_qasmy"),
            ]
        );
        let got = mentions("قال المتحدث باسم حماس", None);
        assert_eq!(got, [pair("المتحدث باسم حماس", "hamas.spokesperson")]);
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
}
