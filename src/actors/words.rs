//! The closed word classes the actor parsers need: words that are never names, body
//! head nouns, title nouns, duals, name particles, role modifiers, namesake places and
//! titles, and the shapes of verbs and verbal nouns that end a name.

use super::*;

/// Words that never belong to a person's name: particles, prepositions, time words and
/// the nouns that follow a name in apposition.
pub(super) const NOT_NAME: &[&str] = &[
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
pub(super) const BODY_HEADS: &[(&str, ActorKind, Gender, bool)] = &[
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
    ("وزاره", ActorKind::Government, Gender::Feminine, false),
    ("اداره", ActorKind::Government, Gender::Feminine, false),
    ("مجلس", ActorKind::Government, Gender::Masculine, false),
    ("مكتب", ActorKind::Organization, Gender::Masculine, false),
];

/// Whether a word is a head noun, a definite head, a dual or a title (bit flags, 0 for
/// none): the words the patterns of this stage start from.
pub(super) fn word_class(word: &str) -> u8 {
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
pub(super) fn body_head(word: &str) -> Option<&'static (&'static str, ActorKind, Gender, bool)> {
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
pub(super) const DUALS: &[&str] = &[
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
pub(super) fn has_possessive(word: &str) -> bool {
    word.chars().count() >= 5
        && ["هم", "ها", "هما", "كم", "هن"]
            .iter()
            .any(|s| word.ends_with(s))
}

/// Whether an indefinite word has the shape of a finite verb: an imperfect prefix
/// (يعمل، تقوم، نعلن) or a past ending (نجحت، ساندوا) on a short stem. Names can have these
/// shapes too (تويتر، ثابت), so this only ends a name that has begun.
pub(super) fn first_is_verb_shaped(word: &str) -> bool {
    let n = word.chars().count();
    if word.starts_with("ال") || !(3..=6).contains(&n) {
        return false;
    }
    looks_finite(word) || word.ends_with("وا")
}

/// An imperfect verb of three to five letters (يعمل، تقوم، تخنق), or a feminine past
/// (نجحت، قامت).
pub(super) fn looks_finite(word: &str) -> bool {
    let n = word.chars().count();
    let imperfect = (word.starts_with('ي') || word.starts_with('ت') || word.starts_with('ن'))
        && (4..=5).contains(&n);
    let past = word.ends_with('ت') && (4..=5).contains(&n);
    imperfect || past
}

/// Whether a word has the shape of a derived verbal noun (استقالة، استخدام، انتخاب،
/// اجتماع): the patterns istif'al, infi'al and ifti'al make no family names.
pub(super) fn is_verbal_noun_shaped(word: &str) -> bool {
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
pub(super) const COMPOUND_NAME_PARTS: &[&str] = &["الدين", "الاسلام", "الله", "الرحمن", "الرحيم"];

/// Particles inside compound names (عبد ربه، أبو زهري، بن سلمان).
pub(super) const NAME_PARTICLES: &[&str] = &[
    "عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ال", "ولد", "دي", "دو", "دا", "فان", "فون",
    "لا", "لو", "سان",
];

/// Nouns of places and institutions that are named after people (مستشفى الملك فهد).
pub(super) const NAMESAKE_PLACES: &[&str] = &[
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
pub(super) const NAMESAKE_TITLES: &[&str] = &[
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
pub(super) const ROLE_MODIFIERS: &[&str] = &[
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
pub(super) const NOT_PERSONS: &[(&str, &str)] = &[
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
pub(super) fn is_not_person(first: &str, second: &str) -> bool {
    NOT_PERSONS.contains(&(first, second))
}

/// Bodies by head noun that are no actors: waterways and generic descriptions
/// (قناة السويس "the Suez Canal", موقع التواصل الاجتماعي "a social network").
pub(super) const NOT_BODIES: &[(&str, &str)] = &[
    ("قناه", "السويس"),
    ("قناه", "بنما"),
    ("موقع", "التواصل"),
    ("مواقع", "التواصل"),
    // A company's board and a ministry's office are parts of whatever they belong to.
    ("مجلس", "اداره"),
    ("مجلس", "الاداره"),
    ("مكتب", "الوزاره"),
    ("مكتب", "الوزير"),
];

/// Whether `word` is a weekday (or يوم itself).
pub(crate) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

/// Weekdays (and يوم itself), shared by the name stop-list and the time words of
/// subjects and adverbials.
pub(super) const WEEKDAYS: &[&str] = &[
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
