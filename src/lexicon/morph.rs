//! Surface forms from lemmas: the inflections of a verb, a participle, a noun or an
//! adjective that news writes, generated in the normalized space (hamza on alef folded
//! to ا, ى to ي, ة to ه, ؤ and ئ to ء; see `normalize.rs`) so that they match the
//! normalized text as they are. Proclitics (و ف ب ل ك س) are the matcher's business and
//! are never generated here. See `lexicons/README.md` for the entry format.

use super::{CueForm, Gender};

/// Possessive and object suffixes: his, her, their, their (two), their (f.), our, my,
/// your, your (pl.).
pub(crate) const ATTACHED_PRONOUNS: &[&str] = &["ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم"];

/// The attached pronouns of the third person plural and dual.
const PLURAL_PRONOUNS: &[&str] = &["هم", "هما", "هن"];

/// Object pronouns a reporting verb takes (اعتبره، وصفها، اتهمهم).
const OBJECT_PRONOUNS: &[&str] = &["ه", "ها", "هم", "هما"];

fn push(out: &mut Vec<(String, CueForm)>, form: String, kind: CueForm) {
    if form.chars().count() >= 2 && !out.iter().any(|(f, _)| *f == form) {
        out.push((form, kind));
    }
}

fn without_last(s: &str) -> &str {
    let mut chars = s.chars();
    chars.next_back();
    chars.as_str()
}

fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// Whether a past stem is defective (its last radical a vowel: دعا، نفى → نفي).
fn defective_past(past: &str) -> bool {
    matches!(last_char(past), Some('ا' | 'ي'))
}

/// The past stem before a suffix that begins with a consonant (ت، نا، تم، ن): قال → قل،
/// أدان → ادن، دعا → دعو، رد → ردد; other verbs keep their stem (اكد → اكد).
fn consonant_stem(past: &str) -> String {
    let chars: Vec<char> = past.chars().collect();
    match chars.as_slice() {
        // Doubled: رد → رددت.
        [a, b] => format!("{a}{b}{b}"),
        [.., 'ا'] => format!("{}و", without_last(past)),
        // Hollow: the long vowel before the last radical drops (اختار → اخترت).
        [.., 'ا', last] if chars.len() >= 3 && !defective_past(past) => {
            let mut s: String = chars[..chars.len() - 2].iter().collect();
            s.push(*last);
            s
        }
        _ => past.to_string(),
    }
}

/// Every finite form of a verb from its past (3rd person masculine singular) and present
/// (3rd person masculine singular, with its ي): past and present (indicative,
/// subjunctive and jussive) for every person, gender and number, the dual included.
/// `stem` overrides the past stem before consonant suffixes for the verbs the rules of
/// [`consonant_stem`] get wrong (أقر → أقررت). The third person comes first, so that a
/// form shared with the first or second person (أكدت) keeps its third-person agreement.
pub(crate) fn verb_forms(
    past: &str,
    present: &str,
    stem: Option<&str>,
    hamza_final: bool,
) -> Result<Vec<(String, CueForm)>, String> {
    let Some(rest) = present.strip_prefix('ي') else {
        return Err(format!(
            "{present:?}: the present is the 3rd person masculine singular, beginning with ي"
        ));
    };
    if past.chars().count() < 2 || rest.chars().count() < 2 {
        return Err(format!("{past:?} {present:?}: too short for a verb"));
    }
    use CueForm::{Finite, Personal};
    use Gender::{Feminine as F, Masculine as M, Plural as P};
    let mut out = Vec::with_capacity(48);
    // Past, third person.
    let defective = defective_past(past) && !hamza_final;
    let base = if defective { without_last(past) } else { past };
    push(&mut out, past.to_string(), Finite(M));
    push(&mut out, format!("{base}ت"), Finite(F));
    push(&mut out, format!("{base}وا"), Finite(P));
    push(&mut out, format!("{base}تا"), Finite(P));
    if !(defective && past.ends_with('ا')) {
        push(&mut out, format!("{past}ا"), Finite(P));
    }
    let cstem = match stem {
        Some(s) => s.to_string(),
        None if hamza_final => past.to_string(),
        None => consonant_stem(past),
    };
    push(&mut out, format!("{cstem}ن"), Finite(P));
    // Present, third person: indicative, then subjunctive and jussive (يؤكدوا، يؤكدا).
    let present_defective = matches!(last_char(rest), Some('و' | 'ي'));
    let plural_base = if present_defective {
        without_last(rest)
    } else {
        rest
    };
    push(&mut out, present.to_string(), Finite(M));
    push(&mut out, format!("ت{rest}"), Finite(F));
    push(&mut out, format!("ي{plural_base}ون"), Finite(P));
    push(&mut out, format!("ي{plural_base}وا"), Finite(P));
    for prefix in ["ي", "ت"] {
        push(&mut out, format!("{prefix}{rest}ان"), Finite(P));
        push(&mut out, format!("{prefix}{rest}ا"), Finite(P));
    }
    // Feminine plural of the present, for verbs whose stem keeps its letters (يؤكدن);
    // hollow and defective ones change theirs (يقلن) and are left out.
    let rest_chars: Vec<char> = rest.chars().collect();
    let hollow_present =
        rest_chars.len() >= 2 && matches!(rest_chars[rest_chars.len() - 2], 'ا' | 'و' | 'ي');
    if !present_defective && !hollow_present {
        push(&mut out, format!("{present}ن"), Finite(P));
    }
    // First and second person.
    for suffix in ["ت", "نا", "تم", "تما", "تن"] {
        push(&mut out, format!("{cstem}{suffix}"), Personal);
    }
    push(&mut out, format!("ا{rest}"), Personal);
    push(&mut out, format!("ن{rest}"), Personal);
    push(&mut out, format!("ت{plural_base}ين"), Personal);
    push(&mut out, format!("ت{plural_base}ون"), Personal);
    push(&mut out, format!("ت{plural_base}وا"), Personal);
    Ok(out)
}

/// The third-person finite forms of `forms` with an object pronoun (اعتبره، اعتبرتها،
/// اعتبروهم، يصفها): the plural's silent alef drops before it.
pub(crate) fn with_object_pronouns(forms: &[(String, CueForm)]) -> Vec<(String, CueForm)> {
    let mut out = Vec::new();
    for (form, kind) in forms {
        if !matches!(kind, CueForm::Finite(_)) || form.contains(' ') {
            continue;
        }
        let stem = form
            .strip_suffix("وا")
            .map_or_else(|| form.clone(), |s| format!("{s}و"));
        for p in OBJECT_PRONOUNS {
            push(&mut out, format!("{stem}{p}"), *kind);
        }
    }
    out
}

/// A circumstantial participle from its masculine singular (مؤكد، داعي): the forms with
/// tanween or the accusative ending that news uses after a comma, in both genders and
/// every number (مؤكدا، مؤكدة، مؤكدين، مؤكدتين، مؤكدات).
pub(crate) fn participle_forms(masculine: &str) -> Vec<(String, CueForm)> {
    use CueForm::Participle;
    use Gender::{Feminine as F, Masculine as M, Plural as P};
    let mut out = Vec::with_capacity(5);
    if !masculine.ends_with('ا') {
        push(&mut out, format!("{masculine}ا"), Participle(M));
    }
    push(&mut out, format!("{masculine}ه"), Participle(F));
    push(&mut out, format!("{masculine}ين"), Participle(P));
    push(&mut out, format!("{masculine}تين"), Participle(P));
    push(&mut out, format!("{masculine}ات"), Participle(P));
    out
}

/// The accusative tanween of an indefinite word, written with an alef except after
/// teh marbuta, alef or a hamza after alef (إنجازا، جريمة، اعتداء).
fn accusative(word: &str) -> Option<String> {
    (!(word.ends_with('ه') || word.ends_with('ا') || word.ends_with("اء")))
        .then(|| format!("{word}ا"))
}

fn add(out: &mut Vec<String>, form: String) {
    if !out.contains(&form) {
        out.push(form);
    }
}

fn with_article(out: &mut Vec<String>, form: &str) {
    add(out, form.to_string());
    if !form.starts_with("ال") {
        add(out, format!("ال{form}"));
    }
}

fn with_pronouns(out: &mut Vec<String>, stem: &str) {
    for p in ATTACHED_PRONOUNS {
        if !nisba_like(stem, p) {
            add(out, format!("{stem}{p}"));
        }
    }
}

/// A noun's forms with an attached pronoun (إدانة → إدانتها، إدانتي), none for a phrase:
/// the stem before a pronoun as [`stem_and_plurals`] gives it.
pub(crate) fn possessed_forms(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    if !form.contains(' ') {
        with_pronouns(&mut out, &stem_and_plurals(form, &[]).0);
    }
    out
}

/// Whether a noun in ـاء with «my» is spelt as a nisba in ـائي, which is what the
/// spelling nearly always is (ثنائي "bilateral" for ثنائي "my praise", بنائي,
/// إجرائي): that form is left out.
fn nisba_like(stem: &str, pronoun: &str) -> bool {
    pronoun == "ي" && stem.ends_with("اء")
}

/// A noun from its singular and its broken plurals (جريمة / جرائم): bare, definite, with
/// tanween, dual, the feminine plural in ات of a noun in ة, and each with an attached
/// pronoun (جريمته، جرائمهم، انتهاكاتها).
pub(crate) fn noun_forms(singular: &str, plurals: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(40);
    let (stem, all_plurals) = stem_and_plurals(singular, plurals);
    with_article(&mut out, singular);
    if let Some(acc) = accusative(singular) {
        add(&mut out, acc);
    }
    for dual in ["ان", "ين"] {
        add(&mut out, format!("{stem}{dual}"));
    }
    with_pronouns(&mut out, &stem);
    for plural in &all_plurals {
        with_article(&mut out, plural);
        with_pronouns(&mut out, plural);
    }
    out
}

/// A noun's stem before an attached pronoun (ة written ت: جريمت in جريمته) and all its
/// plurals: the broken ones given, and the ات plural of a noun in ة (جريمات).
fn stem_and_plurals(singular: &str, plurals: &[&str]) -> (String, Vec<String>) {
    let mut all_plurals: Vec<String> = Vec::with_capacity(plurals.len() + 1);
    for plural in plurals {
        add(&mut all_plurals, plural.to_string());
    }
    let stem = match singular.strip_suffix('ه') {
        Some(s) => {
            add(&mut all_plurals, format!("{s}ات"));
            format!("{s}ت")
        }
        None => singular.to_string(),
    };
    (stem, all_plurals)
}

/// The forms of a noun that stand before a genitive (the singular and all its plurals,
/// as [`stem_and_plurals`] gives them: تقدير، انتقادات), and those forms with an attached
/// pronoun of the third person plural or dual (غضبهم، تقديرهما، انتقاداتهن).
pub(crate) fn construct_and_plural_possessed(
    singular: &str,
    plurals: &[&str],
) -> (Vec<String>, Vec<String>) {
    let (stem, all_plurals) = stem_and_plurals(singular, plurals);
    let mut construct = vec![singular.to_string()];
    let mut possessed = Vec::new();
    for (i, base) in std::iter::once(&stem).chain(&all_plurals).enumerate() {
        if i > 0 {
            add(&mut construct, base.clone());
        }
        for p in PLURAL_PRONOUNS {
            add(&mut possessed, format!("{base}{p}"));
        }
    }
    (construct, possessed)
}

/// An adjective from its masculine singular (إجرامي، خطير) and its broken plurals: both
/// genders, every number, with the article and with tanween (إجرامية، الإجراميين،
/// خطيرا، خطيرات).
pub(crate) fn adjective_forms(masculine: &str, plurals: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(16);
    // The nominative dual (خطيران) is rare in evaluation; ين is the oblique dual too.
    for suffix in ["", "ه", "ين", "ون", "ات"] {
        with_article(&mut out, &format!("{masculine}{suffix}"));
    }
    if let Some(acc) = accusative(masculine) {
        add(&mut out, acc);
    }
    for plural in plurals {
        with_article(&mut out, plural);
    }
    out
}

/// A noun with adjectives agreeing with it (عمل إرهابي، جريمة بشعة): as written, definite
/// (العمل الإرهابي) and with the accusative tanween (عملا إرهابيا). Its plural, when
/// broken, is a phrase of its own (أعمال إرهابية).
pub(crate) fn noun_phrase_forms(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let mut out = vec![phrase.to_string()];
    let definite: Vec<String> = words
        .iter()
        .map(|w| {
            if w.starts_with("ال") {
                w.to_string()
            } else {
                format!("ال{w}")
            }
        })
        .collect();
    add(&mut out, definite.join(" "));
    let accusative: Vec<String> = words
        .iter()
        .map(|w| accusative(w).unwrap_or_else(|| w.to_string()))
        .collect();
    add(&mut out, accusative.join(" "));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_noun_in_hamza_takes_no_my_which_is_a_nisba_spelling() {
        let forms = noun_forms("ثناء", &[]);
        assert!(forms.iter().any(|f| f == "ثناءه"));
        assert!(!forms.iter().any(|f| f == "ثناءي"));
        assert!(noun_forms("اشاده", &[]).iter().any(|f| f == "اشادتي"));
    }

    fn forms(list: &[(String, CueForm)]) -> Vec<&str> {
        list.iter().map(|(f, _)| f.as_str()).collect()
    }

    fn kind_of(list: &[(String, CueForm)], form: &str) -> Option<CueForm> {
        list.iter().find(|(f, _)| f == form).map(|(_, k)| *k)
    }

    #[test]
    fn sound_verb_every_person_and_number() {
        let v = verb_forms("اكد", "يءكد", None, false).unwrap();
        for f in [
            "اكد",
            "اكدت",
            "اكدا",
            "اكدتا",
            "اكدوا",
            "اكدن",
            "يءكد",
            "تءكد",
            "يءكدان",
            "تءكدان",
            "يءكدون",
            "يءكدوا",
            "يءكدن",
            "اكدنا",
            "اءكد",
            "نءكد",
        ] {
            assert!(forms(&v).contains(&f), "{f}: {:?}", forms(&v));
        }
        assert_eq!(kind_of(&v, "اكدت"), Some(CueForm::Finite(Gender::Feminine)));
        assert_eq!(kind_of(&v, "يءكدوا"), Some(CueForm::Finite(Gender::Plural)));
        assert_eq!(kind_of(&v, "نءكد"), Some(CueForm::Personal));
    }

    #[test]
    fn hollow_defective_and_doubled_verbs() {
        let v = verb_forms("قال", "يقول", None, false).unwrap();
        assert!(forms(&v).contains(&"قلنا") && forms(&v).contains(&"قالوا"));
        assert!(!forms(&v).contains(&"يقولن"));
        let v = verb_forms("دعا", "يدعو", None, false).unwrap();
        for f in ["دعت", "دعوا", "دعتا", "يدعون", "يدعوا", "يدعوان", "دعونا"]
        {
            assert!(forms(&v).contains(&f), "{f}: {:?}", forms(&v));
        }
        assert!(!forms(&v).contains(&"دعات"));
        let v = verb_forms("نفي", "ينفي", None, false).unwrap();
        for f in ["نفت", "نفيا", "نفوا", "ينفون", "ينفيان", "نفينا"] {
            assert!(forms(&v).contains(&f), "{f}: {:?}", forms(&v));
        }
        let v = verb_forms("رد", "يرد", None, false).unwrap();
        assert!(forms(&v).contains(&"رددنا"));
        let v = verb_forms("اقر", "يقر", Some("اقرر"), false).unwrap();
        assert!(forms(&v).contains(&"اقررنا") && forms(&v).contains(&"اقروا"));
        assert!(verb_forms("قال", "قول", None, false).is_err());
        // هنأ folds to هنا: with its hamza it is no defective verb.
        let v = verb_forms("هنا", "يهنء", None, true).unwrap();
        assert!(forms(&v).contains(&"هناوا") && forms(&v).contains(&"هنات"));
    }

    #[test]
    fn object_pronouns_on_third_person_forms() {
        let v = verb_forms("اعتبر", "يعتبر", None, false).unwrap();
        let o = with_object_pronouns(&v);
        for f in ["اعتبره", "اعتبرتها", "اعتبروه", "يعتبرونها"] {
            assert!(forms(&o).contains(&f), "{f}");
        }
    }

    #[test]
    fn participles_in_both_genders_and_every_number() {
        let p = participle_forms("مءكد");
        assert_eq!(forms(&p), ["مءكدا", "مءكده", "مءكدين", "مءكدتين", "مءكدات"]);
    }

    #[test]
    fn nouns_and_adjectives() {
        let n = noun_forms("جريمه", &["جراءم"]);
        for f in [
            "جريمه",
            "الجريمه",
            "جريمتها",
            "جريمتان",
            "جراءم",
            "الجراءم",
            "جراءمهم",
            "جريمات",
        ] {
            assert!(n.contains(&f.to_string()), "{f}: {n:?}");
        }
        let n = noun_forms("انجاز", &[]);
        assert!(n.contains(&"انجازا".to_string()) && n.contains(&"الانجاز".to_string()));
        let a = adjective_forms("اجرامي", &[]);
        for f in ["اجراميه", "الاجراميه", "اجراميا", "الاجراميين", "اجراميات"]
        {
            assert!(a.contains(&f.to_string()), "{f}: {a:?}");
        }
        let p = noun_phrase_forms("عمل ارهابي");
        assert_eq!(p, ["عمل ارهابي", "العمل الارهابي", "عملا ارهابيا"]);
    }

    #[test]
    fn an_attitudes_construct_and_group_forms() {
        let (construct, possessed) = construct_and_plural_possessed("اشاده", &["اشادات"]);
        assert_eq!(construct, ["اشاده", "اشادات"]);
        for f in ["اشادتهم", "اشادتهما", "اشاداتهن"] {
            assert!(possessed.contains(&f.to_string()), "{f}: {possessed:?}");
        }
        // «His» is mostly the speaker's own: not among them.
        assert!(!possessed.iter().any(|f| f == "اشادته"), "{possessed:?}");
    }
}
