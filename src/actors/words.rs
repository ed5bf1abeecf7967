//! The closed word classes the actor parsers need: words that are never names, body
//! head nouns, title nouns, duals, name particles, role modifiers, namesake places and
//! titles, and the shapes of verbs and verbal nouns that end a name.

use super::*;
use crate::fasthash::Prefilter;
use crate::wordlist::WordList;

/// Words that never belong to a person's name: particles, prepositions, time words and
/// the nouns that follow a name in apposition.
pub(super) static NOT_NAME: LazyLock<Vec<&str>> =
    LazyLock::new(|| crate::wordlist::words(include_str!("../../lexicons/words/not_name.txt")));

/// Head nouns of bodies the lexicon may lack, with the kind and gender they give, and
/// whether the head alone, definite, names a body (الشرطة).
pub(super) static BODY_HEADS: LazyLock<Vec<crate::wordlist::BodyHead>> = LazyLock::new(|| {
    crate::wordlist::body_heads(include_str!("../../lexicons/words/body_heads.txt"))
});

/// [`word_class`] bit of the title nouns ([`TITLE_NOUNS`]).
pub(super) const TITLE_NOUN: u8 = 4;
/// [`word_class`] bit of the particles that open a kunya (أبو، أبي، أبا).
pub(super) const KUNYA: u8 = 16;
/// [`word_class`] bit of بن and بنت, after a lineage's first name.
pub(super) const LINEAGE: u8 = 32;
/// [`word_class`] bit of the honorifics only persons take ([`PERSONAL_HONORIFICS`]),
/// before a first name the lexicon may lack.
pub(super) const HONORIFIC: u8 = 64;
/// A token's class bit (not a word's): the token follows a [`HONORIFIC`] word. The
/// honorific itself starts nothing, so it keeps no bit of its own in the token classes.
/// (The next bit up: the class loop shifts the one into the other.)
pub(super) const AFTER_HONORIFIC: u8 = HONORIFIC << 1;
/// [`word_class`] bit of the second titles ([`SECOND_TITLES`]), which pass an
/// honorific's mark on to the next word. A word's class only: the token classes use
/// this bit for [`AFTER_HONORIFIC`].
pub(super) const SECOND_TITLE: u8 = AFTER_HONORIFIC;

/// Whether a word is a head noun, a definite head, a dual, a title, a group's head, a
/// kunya's particle or بن (bit flags, 0 for none): the words the patterns of this stage
/// start from or look at.
pub(super) fn word_class(word: &str) -> u8 {
    // This runs at every word of the text, and most are in no class.
    static FILTER: LazyLock<Prefilter> =
        LazyLock::new(|| Prefilter::new(CLASSES.keys().map(String::as_str)));
    static CLASSES: LazyLock<FastMap<String, u8>> = LazyLock::new(|| {
        let mut m: FastMap<String, u8> = FastMap::default();
        for h in BODY_HEADS.iter() {
            if !h.definite_only {
                *m.entry(h.word.to_string()).or_default() |= 1;
            }
            *m.entry(format!("ال{}", h.word)).or_default() |= 1;
        }
        for d in DUALS.iter() {
            for p in ["", "و", "ف"] {
                *m.entry(format!("{p}{d}")).or_default() |= 2;
            }
        }
        for t in TITLE_NOUNS.iter() {
            *m.entry((*t).to_string()).or_default() |= TITLE_NOUN;
        }
        for g in GROUP_HEADS.iter() {
            for p in ["", "و"] {
                *m.entry(format!("{p}{g}")).or_default() |= 8;
            }
        }
        for k in ["ابو", "ابي", "ابا"] {
            for p in ["", "و"] {
                *m.entry(format!("{p}{k}")).or_default() |= KUNYA;
            }
        }
        for b in ["بن", "بنت"] {
            *m.entry(b.to_string()).or_default() |= LINEAGE;
        }
        for h in PERSONAL_HONORIFICS {
            for p in ["", "و"] {
                *m.entry(format!("{p}{h}")).or_default() |= HONORIFIC;
            }
        }
        for t in SECOND_TITLES.iter() {
            *m.entry((*t).to_string()).or_default() |= SECOND_TITLE;
        }
        m
    });
    if !FILTER.may_contain(word) {
        return 0;
    }
    CLASSES.get(word).copied().unwrap_or(0)
}

/// The entry of [`BODY_HEADS`] for a word, if it is one.
pub(super) fn body_head(word: &str) -> Option<&'static crate::wordlist::BodyHead> {
    static INDEX: LazyLock<FastMap<&'static str, usize>> = LazyLock::new(|| {
        BODY_HEADS
            .iter()
            .enumerate()
            .map(|(i, h)| (h.word, i))
            .collect()
    });
    INDEX.get(word).map(|&i| &BODY_HEADS[i])
}

/// The marks that open a quoted name.
pub(super) const OPENING_MARKS: [char; 3] = ['"', '«', '“'];

/// Head nouns of news organizations (صحيفة، قناة، موقع): their bodies take no stance.
pub(super) static MEDIA_HEADS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/media_heads.txt"))
});

/// Plural and dual heads of bodies (منظمات، شركتا): before names in quotation marks, each
/// name is a body of its own.
pub(super) static PLURAL_BODY_HEADS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/plural_body_heads.txt"))
});

/// Nouns of a family, a clan or a tribe (عائلة، أسرة، قبيلة): a surname after one names
/// the family, not the person.
pub(super) static FAMILY_NOUNS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/family_nouns.txt"))
});

/// Whether `word` is a family noun (عائلة، أسرة، قبيلة), with or without one proclitic
/// و، ل، ب or ف on it (لأسرة، وعائلة).
pub(super) fn is_family_noun(word: &str) -> bool {
    FAMILY_NOUNS.contains(&word)
        || word
            .strip_prefix(['و', 'ل', 'ب', 'ف'])
            .is_some_and(|rest| FAMILY_NOUNS.contains(&rest))
}

/// Dual descriptions of two actors named before (أكد الجانبان، البلدان يؤكدان).
pub(super) static DUALS: LazyLock<WordList> =
    LazyLock::new(|| crate::wordlist::word_list(include_str!("../../lexicons/words/duals.txt")));

/// Plural heads of groups (نواب، قادة، زعماء): with a definite complement no lexicon
/// knows they name a group (نواب المعارضة); otherwise they are an unnamed source.
pub(crate) static GROUP_HEADS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/group_heads.txt"))
});

/// Plural heads of unnamed groups (أوساط، جهات، شخصيات), of bodies (منظمات) and of
/// people (نواب): with an indefinite nisba after a verb, its subject, not its object.
pub(crate) static COLLECTIVE_HEADS: LazyLock<WordList> = LazyLock::new(|| {
    let mut words =
        crate::wordlist::words(include_str!("../../lexicons/words/collective_heads.txt"));
    words.extend(PLURAL_BODY_HEADS.iter());
    words.extend(GROUP_HEADS.iter());
    words.into()
});

/// Ruling-family names that are also common words (الصباح): they close a person's name
/// after a definite family name.
pub(super) static DYNASTY_NAMES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/dynasty_names.txt"))
});

/// Titles that are also family names (السلطان، القاضي): right after a first name and
/// ending the phrase, the family name.
pub(super) static TITLE_SURNAMES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/title_surnames.txt"))
});

/// Quantity and partitive nouns (أحد، بعض، عدد، عشرات): one or some members of a group.
static PARTITIVES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/partitives.txt"))
});

/// Whether a word is a dual description of two actors (الجانبان، البلدين).
pub(crate) fn is_dual_description(word: &str) -> bool {
    DUALS.contains(&word)
}

/// Whether a word takes one or some members of a group (أحد، بعض، عدد، معظم).
pub(crate) fn is_partitive(word: &str) -> bool {
    PARTITIVES.contains(&word)
}

/// Head nouns of a title the lexicon may not know, which can open a long subject
/// (مساعد المبعوث الخاص ...، مسؤول الإغاثة ...).
pub(crate) static TITLE_NOUNS: LazyLock<Vec<&str>> =
    LazyLock::new(|| crate::wordlist::words(include_str!("../../lexicons/words/title_nouns.txt")));

/// Nouns of kinship (نجل، والد، أرملة: `kin_nouns.txt`).
static KIN_NOUNS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/kin_nouns.txt"))
});

/// Whether `word` is a noun of kinship (نجل، والد، شقيقة، أرملة): a name in construct
/// after it is its possessor (نجل فلان), not the one the noun names.
pub(crate) fn is_kin_noun(word: &str) -> bool {
    KIN_NOUNS.contains(&word)
}

/// Whether a word ends in a possessive pronoun (إنجازهم، موظفيها): no part of a name.
pub(crate) fn has_possessive(word: &str) -> bool {
    word.chars().count() >= 5
        && ["هم", "ها", "هما", "كم", "هن"]
            .iter()
            .any(|s| word.ends_with(s))
}

/// Whether a folded word of five letters has the shape of a past verb of the derived
/// forms that begin with alif: افتعل (اشتري، اعتمد، اختطف), انفعل (انقطع) and the
/// first letters of استفعل (استغل). Not ال + a word (التزم reads as a definite noun too),
/// nor a long vowel second or fourth (ايتان، اوتشي، انجيل، اشتون: foreign names).
pub(crate) fn derived_past_shaped(word: &str) -> bool {
    // (Five Arabic letters are ten bytes: most words are turned away by length.)
    if word.len() != 10 || !word.starts_with('ا') {
        return false;
    }
    let mut letters = ['\0'; 5];
    for (slot, c) in letters.iter_mut().zip(word.chars()) {
        *slot = c;
    }
    !matches!(letters[1], 'ل' | 'ي' | 'و' | 'ا')
        && !matches!(letters[3], 'ي' | 'و' | 'ا')
        && (letters[2] == 'ت' || letters[1] == 'ن')
}

/// Whether a word has the shape of a family nisba (القحطاني، الأيوبي): definite, in ي,
/// six letters or more.
pub(super) fn family_nisba_shaped(word: &str) -> bool {
    word.starts_with("ال") && word.ends_with('ي') && word.chars().count() >= 6
}

/// Whether an indefinite word has the shape of a finite verb: an imperfect prefix
/// (يعمل، تقوم، نعلن) or a past ending (نجحت، ساندوا) on a short stem. Names can have these
/// shapes too (تويتر، ثابت), so this only ends a name that has begun.
pub(crate) fn first_is_verb_shaped(word: &str) -> bool {
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
pub(crate) fn is_verbal_noun_shaped(word: &str) -> bool {
    // Every pattern starts with ا: most words are turned away before counting anything
    // (this runs at each word of a name being read).
    if !word.starts_with('ا') {
        return false;
    }
    let n = word.chars().count();
    let nth = |i: usize| word.chars().nth(i);
    let istifal = word.starts_with("است")
        && (6..=8).contains(&n)
        && (nth(4) == Some('ا') || nth(5) == Some('ا'));
    // ان and three letters (إنقاذ، إنتاج), and infi'al of six (انسحاب، انخراط).
    let infial =
        word.starts_with("ان") && (n == 5 && nth(3) == Some('ا') || n == 6 && nth(4) == Some('ا'));
    let iftial = n == 5 && nth(2) == Some('ت') && nth(3) == Some('ا')
        // ... and the sound root of six letters, ت also as ط or د (ارتكاب، احترام،
        // اضطراب، ازدياد); not a word with the article (الدباغ) or a long vowel second
        // (أوتشان).
        || n == 6
            && matches!(nth(2), Some('ت' | 'ط' | 'د'))
            && nth(4) == Some('ا')
            && !matches!(nth(1), Some('ل' | 'و' | 'ي' | 'ا'));
    istifal || infial || iftial
}

/// The letters of a five-letter word starting with ت, the verbal nouns taf'il and
/// tafa'ul (تدريب، تعاون).
fn five_letters_in_t(w: &str) -> Option<[char; 5]> {
    let mut c = ['\0'; 5];
    let mut chars = w.chars();
    for slot in c.iter_mut() {
        *slot = chars.next()?;
    }
    (chars.next().is_none() && c[0] == 'ت').then_some(c)
}

/// Whether a word has the shape of the verbal noun taf'il, five letters (تدريب، تأمين،
/// تحقيق).
pub(super) fn is_tafil(w: &str) -> bool {
    five_letters_in_t(w).is_some_and(|c| c[3] == 'ي')
}

/// Whether a stem has the shape fu'ul of four letters: a verbal noun or a broken plural
/// (لجوء، خروج؛ جهود، بنوك), a common noun rather than a name's word.
pub(crate) fn is_fuul(stem: &str) -> bool {
    let mut c = stem.chars();
    let third = c.nth(2);
    third == Some('و') && c.next().is_some() && c.next().is_none()
}

/// Whether a stem has the shape of the verbal nouns tafā'ul or taf'īl (تنافس، تعاون;
/// تطوير، تعيين), five letters. Family names of that length in ت end in ي (الترابي،
/// التميمي) and are left out.
pub(crate) fn is_tafaul_or_tafil(stem: &str) -> bool {
    five_letters_in_t(stem).is_some_and(|c| c[4] != 'ي' && (c[2] == 'ا' || c[3] == 'ي'))
}

/// Whether a word has the shape of a definite nisba adjective, masculine or feminine
/// (الدولي، الوطنية; not the relative pronouns الذي، التي).
pub(crate) fn is_definite_nisba(x: &str) -> bool {
    x.starts_with("ال")
        && (x.ends_with('ي') || x.ends_with("يه"))
        && x.chars().count() >= 5
        && !matches!(x, "الذي" | "التي")
}

/// Whether a word has the shape of an indefinite nisba adjective of four letters or
/// more, in any gender or number (أمني، محلية، أمنيون، حقوقيين، رسميات).
pub(crate) fn is_indefinite_nisba(x: &str) -> bool {
    !x.starts_with("ال")
        && x.chars().count() >= 4
        && ["ي", "يه", "يون", "يين", "يات"]
            .iter()
            .any(|e| x.ends_with(e))
}

/// Whether a word is a definite noun or adjective, with the article: not one of the
/// words that only look so (الى folded to الي، الا، الان، الذي، التي، الذين).
pub(crate) fn is_definite_noun(x: &str) -> bool {
    x.starts_with("ال") && !matches!(x, "الي" | "الا" | "الان" | "الذي" | "التي" | "الذين")
}

/// Whether a word carries the article, after a conjunction and a preposition if any
/// (الحكومة، والحكومة، بالهزيمة، للمنطقة، كالمخرج).
pub(crate) fn has_article(w: &str) -> bool {
    let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    bare.starts_with("ال")
        || bare.starts_with("لل")
        || bare
            .strip_prefix(['ب', 'ك'])
            .is_some_and(|rest| rest.starts_with("ال"))
}

/// Whether a word is بن or بنت: the name after it is the father's.
pub(super) fn is_lineage(w: &str) -> bool {
    word_class(w) & LINEAGE != 0
}

/// Whether a word is a kunya's particle (أبو، أبي، أبا), with or without و before it.
pub(super) fn is_kunya_particle(w: &str) -> bool {
    word_class(w) & KUNYA != 0
}

/// Whether a word links a name to the next one, whose word then completes the name: a
/// kunya's particle or a lineage's (أبو، بن، ابن، بنت).
pub(super) fn is_name_link(w: &str) -> bool {
    w == "ابن" || word_class(w) & (KUNYA | LINEAGE) != 0
}

/// Whether `w` is a preposition (ب، ل، ك) on a common word or a definite noun
/// (باختيار، بالقرار، لموسم), by what follows the letter. The one test the actor and the
/// speech parsers share; each adds its own caution for names.
pub(crate) fn preposition_on_word(
    w: &str,
    common_words: &crate::fasthash::FastSet<String>,
) -> bool {
    ['ب', 'ل', 'ك']
        .iter()
        .find_map(|&p| w.strip_prefix(p))
        .is_some_and(|rest| rest.starts_with("ال") || common_words.contains(rest))
}

/// Whether `word` (without ال) is the head noun of a body (صحيفة، منظمة، حزب ...).
pub(crate) fn is_body_head(word: &str) -> bool {
    body_head(word).is_some()
}

/// Whether `word` heads a title (مدير، المتحدث، مندوب ...).
pub(crate) fn is_title_noun(word: &str) -> bool {
    static FILTER: LazyLock<Prefilter> =
        LazyLock::new(|| Prefilter::new(TITLE_NOUNS.iter().copied()));
    static SET: LazyLock<FastSet<&'static str>> =
        LazyLock::new(|| TITLE_NOUNS.iter().copied().collect());
    FILTER.may_contain(word) && SET.contains(word)
}

/// Second parts of compound given names (صلاح الدين، سيف الإسلام، عبد الله): a name
/// goes on after them.
pub(super) const COMPOUND_NAME_PARTS: &[&str] = &["الدين", "الاسلام", "الله", "الرحمن", "الرحيم"];

/// Particles inside compound names (عبد ربه، أبو زهري، بن سلمان).
pub(super) static NAME_PARTICLES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/name_particles.txt"))
});

/// Whether `w` is a particle inside compound names (`name_particles.txt`: عبد، أبو، بن).
pub(crate) fn is_name_particle(w: &str) -> bool {
    NAME_PARTICLES.contains(&w)
}

/// Given names that are also common nouns heading a construct (جمال الطبيعة، عمر الطفل).
pub(super) static NOUN_GIVEN_NAMES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/noun_given_names.txt"))
});

/// Family names in و (وهبي، ونوس): not the conjunction after a given name.
pub(super) static WAW_SURNAMES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/waw_surnames.txt"))
});

/// Nouns of places and institutions that are named after people (مستشفى الملك فهد).
pub(super) static NAMESAKE_PLACES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/namesake_places.txt"))
});

/// Sports after a union's name (الاتحاد الأوروبي لكرة القدم): a federation, not the union.
pub(super) static FEDERATION_FIELDS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/federation_fields.txt"))
});

/// Honorifics that stand between such a noun and the name (مطار الملك خالد).
pub(super) static NAMESAKE_TITLES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/namesake_titles.txt"))
});

/// Adjectives other than nisbas that, with a complement in ل, name an institution
/// after a definite head (الهيئة العامة للأرصاد، المجلس الأعلى للقضاء); without ال.
pub(super) static INSTITUTION_ADJECTIVES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!(
        "../../lexicons/words/institution_adjectives.txt"
    ))
});

/// Common adjectives that, after an indefinite head, describe a kind of body (شركة
/// ناشئة، بلدية جديدة): see `Ctx::describes_a_kind`.
pub(super) static KIND_ADJECTIVES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/kind_adjectives.txt"))
});

/// Modifiers that may follow a role phrase before the holder's name.
pub(super) static ROLE_MODIFIERS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/role_modifiers.txt"))
});

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
    // A university's faculty and a contest's jury are no political bodies.
    ("هيءه", "التدريس"),
    ("لجنه", "التحكيم"),
    // A diwan of poems is a book (ديوان الشعر العربي، ديوان شاعر).
    ("ديوان", "شعر"),
    ("ديوان", "شاعر"),
];

/// Whether `word` is a weekday (or يوم itself).
pub(crate) fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

/// Weekdays (and يوم itself), shared by the name stop-list and the time words of
/// subjects and adverbials.
pub(super) static WEEKDAYS: LazyLock<WordList> =
    LazyLock::new(|| crate::wordlist::word_list(include_str!("../../lexicons/words/weekdays.txt")));

/// Month names that are also given names (جوان، أفريل، رجب).
static MONTH_NAMES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/month_names.txt"))
});

/// Adjectives after which a bare person's title names another holder (التنفيذي، الراحل).
static DISTINCT_ADJECTIVES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/distinct_adjectives.txt"))
});

/// Whether the word `next`, after a bare person's title, makes the phrase name another
/// holder than a reference back would (الرئيس التنفيذي، الملك الراحل، الرئيس الفخري); not
/// a role modifier (العام، السابق، المفدى). Bodies' nouns keep their references
/// (الاتحاد الدولي takes up the international federation named in full).
pub(super) fn names_another(next: &str) -> bool {
    next.strip_prefix("ال").is_some_and(|stem| {
        (DISTINCT_ADJECTIVES.contains(&stem) || INSTITUTION_ADJECTIVES.contains(&stem))
            && !ROLE_MODIFIERS.contains(&next)
    })
}

/// Words that open a club's name before a capital (ريال مدريد، سسكا موسكو).
static CLUB_PREFIXES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/club_prefixes.txt"))
});

/// Whether `prev`, the word before a capital, opens a club's name (ريال، لريال).
pub(super) fn opens_a_club(prev: &str) -> bool {
    CLUB_PREFIXES.contains(&prev)
        || prev
            .strip_prefix(['و', 'ل', 'ب', 'ف'])
            .is_some_and(|rest| CLUB_PREFIXES.contains(&rest))
}

/// Ordinals (الثاني، الثانية): a regnal number, no surname.
pub(super) static ORDINALS: LazyLock<WordList> =
    LazyLock::new(|| crate::wordlist::word_list(include_str!("../../lexicons/words/ordinals.txt")));

/// Adjectives that date a month (الجاري، المقبل، الماضي).
static DATE_ADJECTIVES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/date_adjectives.txt"))
});

/// Whether `word` dates a time (الماضي، المقبلة، الجاري).
pub(super) fn is_date_adjective(word: &str) -> bool {
    DATE_ADJECTIVES.contains(&word)
}

/// Whether `word`, between `before` and `after`, is a month and no given name: one
/// that is also a name (جوان، رجب) after a day's number (في 19 جوان) or before a date
/// adjective (جوان الجاري، رجب الماضي).
pub(super) fn month_not_name(before: &str, word: &str, after: &str) -> bool {
    MONTH_NAMES.contains(&word)
        && (crate::segment::is_number(before) || DATE_ADJECTIVES.contains(&after))
}

/// Words that never belong to a person's name (see [`NOT_NAME`]).
pub(crate) fn is_not_name(word: &str) -> bool {
    // Most words are neither: one bit turns them away before the list and the set.
    static FILTER: LazyLock<Prefilter> =
        LazyLock::new(|| Prefilter::new(WEEKDAYS.iter().chain(NOT_NAME.iter()).copied()));
    if !FILTER.may_contain(word) {
        return false;
    }
    if is_weekday(word) {
        return true;
    }
    static SET: LazyLock<FastSet<&'static str>> =
        LazyLock::new(|| NOT_NAME.iter().copied().collect());
    SET.contains(word)
}

/// Honorifics only a person takes, whose next word is a first name: not الفريق (also
/// «the team»), nor a title of rank or royalty that heads role phrases too (سمو، الأمير).
pub(super) const PERSONAL_HONORIFICS: &[&str] = &[
    "الدكتور",
    "الدكتوره",
    "المهندس",
    "المهندسه",
    "الشيخ",
    "الشيخه",
    "السيد",
    "السيده",
    "الاستاذ",
    "الاستاذه",
    "اللواء",
    "العميد",
    "العقيد",
    "المشير",
];

/// Second titles after a personal honorific, no name (الأستاذ دكتور، اللواء متقاعد):
/// the name comes after them. Told by their [`SECOND_TITLE`] class bit.
static SECOND_TITLES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/second_titles.txt"))
});

/// Honorifics between a title and a name (الأستاذ، الدكتور، معالي): shared with the speech
/// stage, which skips them between a verb and its subject.
pub(crate) static HONORIFICS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/honorifics.txt"))
});

/// Titles of royalty, and the honorific pronouns that refer back to royalty only
/// (سموه، جلالته): shared by the speech stage and the references.
pub(crate) static ROYAL_TITLES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/royal_titles.txt"))
});

/// A president's titles (الرئيس، الرئيسة), the other family of a head of state's.
pub(crate) static PRESIDENT_TITLES: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/president_titles.txt"))
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_article_after_a_conjunction_and_a_preposition() {
        for w in [
            "الحكومه",
            "والحكومه",
            "بالهزيمه",
            "للمنطقه",
            "كالمخرج",
            "فالقرار",
        ] {
            assert!(has_article(w), "{w}");
        }
        for w in ["حكومه", "بلديه", "لجنه", "وزاره", ""] {
            assert!(!has_article(w), "{w}");
        }
    }

    #[test]
    fn a_month_after_a_day_or_before_a_date_adjective_is_no_name() {
        assert!(month_not_name("19", "جوان", "في"));
        assert!(month_not_name("في", "افريل", "الجاري"));
        assert!(month_not_name("منذ", "رجب", "الماضي"));
        // A person: no number before, a family name after; and a name no month.
        assert!(!month_not_name("قالت", "جوان", "ميلر"));
        assert!(!month_not_name("", "جوان", ""));
        assert!(!month_not_name("19", "محمد", "الماضي"));
    }

    #[test]
    fn kin_nouns_are_words_of_kinship_in_both_genders() {
        // (As the matcher sees them: ة folded to ه.)
        for w in ["نجل", "والد", "والده", "شقيقه", "زوجه", "ارمله"] {
            assert!(is_kin_noun(w), "{w}");
        }
        // ابن is a name's particle as often (ابن تيمية); titles are no kin.
        for w in ["ابن", "وزير", "مدير", "الوالد"] {
            assert!(!is_kin_noun(w), "{w}");
        }
    }

    #[test]
    fn indefinite_nisbas_in_every_gender_and_number() {
        for w in ["امني", "محليه", "امنيون", "حقوقيين", "رسميات"] {
            assert!(is_indefinite_nisba(w), "{w}");
        }
        for w in ["الامني", "علي", "مسءول", "تقارير"] {
            assert!(!is_indefinite_nisba(w), "{w}");
        }
    }

    #[test]
    fn verbal_noun_and_plural_shapes() {
        for stem in ["لجوء", "خروج", "جهود", "بنوك"] {
            assert!(is_fuul(stem), "{stem}");
        }
        for stem in ["لجو", "سعيد", "مبارك", "وزير"] {
            assert!(!is_fuul(stem), "{stem}");
        }
        // infi'al of six letters, and ان with three letters.
        for w in ["انسحاب", "انخراط", "انتاج"] {
            assert!(is_verbal_noun_shaped(w), "{w}");
        }
        assert!(!is_verbal_noun_shaped("انور"));
        assert!(is_tafaul_or_tafil("تفسير") && is_tafaul_or_tafil("تعاون"));
        assert!(!is_tafaul_or_tafil("تميمي"));
    }
}
