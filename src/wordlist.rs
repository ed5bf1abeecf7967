//! Closed word classes kept as data in `lexicons/words/`: the words the parsers stop at or
//! start from (title nouns, body heads, duals, words that are never names, unnamed
//! sources …). One normalized word a line (the forms the matcher sees: ة as ه, ى as ي,
//! hamza carriers as ا or ء), `#` comments, blank lines ignored; `body_heads.txt` adds
//! the kind and gender a head gives, and a flag: `alone` when the definite head names a
//! body, `definite` when only the definite head does (الجامعة الملكية ... but not the
//! universities جامعة ...).
//!
//! The files are compiled in. [`problems`] checks one the way the other lexicons are
//! checked, naming the file, line and what is wrong; the tests run it on every bundled
//! file, and the loaders below keep only the lines it accepts.

use crate::fasthash::Prefilter;
use crate::lexicon::Gender;
use crate::normalize::normalize;
use crate::types::ActorKind;

/// One line's entry: its fields, split on whitespace.
fn entries(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim();
        (!line.is_empty() && !line.starts_with('#'))
            .then(|| (i + 1, line.split_whitespace().collect()))
    })
}

/// Whether `word` is written as the matcher sees it, in Arabic letters.
fn is_normalized_word(word: &str) -> bool {
    normalize(word).as_str() == word && word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

#[cfg(test)]
/// What is wrong with a word list (`columns` 1), a phrase list (`columns` 0: one or two
/// words a line, each normalized) or the body-head table (`columns` 3), one located
/// message per problem: `FILE:LINE: ...`.
pub(crate) fn problems(file: &str, text: &str, columns: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut seen_phrases = std::collections::HashSet::new();
    for (line, fields) in entries(text) {
        let word = fields[0];
        if columns == 0 {
            if fields.len() > 2 || !fields.iter().all(|w| is_normalized_word(w)) {
                out.push(format!(
                    "{file}:{line}: field \"phrase\": {:?} is not one or two normalized Arabic words",
                    fields.join(" ")
                ));
            } else if !seen_phrases.insert(fields.join(" ")) {
                out.push(format!("{file}:{line}: field \"phrase\": listed twice"));
            }
            continue;
        }
        let arity_ok = if columns == 1 {
            fields.len() == 1
        } else {
            fields.len() == columns
                || fields.len() == columns + 1 && matches!(fields[columns], "alone" | "definite")
        };
        if !arity_ok {
            out.push(format!(
                "{file}:{line}: expected {columns} field(s), found {}",
                fields.len()
            ));
            continue;
        }
        if !is_normalized_word(word) {
            out.push(format!(
                "{file}:{line}: field \"word\": {word:?} is not one normalized Arabic word (write {:?})",
                normalize(word).as_str()
            ));
        }
        if !seen.insert(word) {
            out.push(format!(
                "{file}:{line}: field \"word\": {word:?} is listed twice"
            ));
        }
        if columns == 3 {
            if parse_kind(fields[1]).is_none() {
                out.push(format!(
                    "{file}:{line}: field \"kind\": unknown kind {:?}",
                    fields[1]
                ));
            }
            if parse_gender(fields[2]).is_none() {
                out.push(format!(
                    "{file}:{line}: field \"gender\": unknown gender {:?}",
                    fields[2]
                ));
            }
        }
    }
    out
}

/// A word list that is looked up word by word in the parsers' loops: the words in file
/// order (a slice, through `Deref`), and a [`Prefilter`] that turns away most words
/// before they are compared with every word of the list.
#[derive(Debug, Clone)]
pub(crate) struct WordList {
    words: Vec<&'static str>,
    filter: Prefilter,
}

impl WordList {
    /// Whether `word` is one of the words (what `contains` of the slice answers).
    #[inline]
    pub fn contains(&self, word: &&str) -> bool {
        self.filter.may_contain(word) && self.words.contains(word)
    }
}

impl From<Vec<&'static str>> for WordList {
    fn from(words: Vec<&'static str>) -> WordList {
        let filter = Prefilter::new(words.iter().copied());
        WordList { words, filter }
    }
}

impl std::ops::Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        &self.words
    }
}

/// [`words`] as a [`WordList`].
pub(crate) fn word_list(text: &'static str) -> WordList {
    words(text).into()
}

fn parse_kind(s: &str) -> Option<ActorKind> {
    Some(match s {
        "organization" => ActorKind::Organization,
        "government" => ActorKind::Government,
        "group" => ActorKind::Group,
        "state" => ActorKind::State,
        "person" => ActorKind::Person,
        "international_organization" => ActorKind::InternationalOrganization,
        "other" => ActorKind::Other,
        _ => return None,
    })
}

fn parse_gender(s: &str) -> Option<Gender> {
    Some(match s {
        "m" => Gender::Masculine,
        "f" => Gender::Feminine,
        "pl" => Gender::Plural,
        _ => return None,
    })
}

/// A phrase list's phrases, one or two words each, in file order (what [`problems`]
/// accepts with `columns` 0).
pub(crate) fn phrases(text: &'static str) -> Vec<Vec<&'static str>> {
    entries(text)
        .filter(|(_, f)| f.len() <= 2 && f.iter().all(|w| is_normalized_word(w)))
        .map(|(_, f)| f)
        .collect()
}

/// The words of a bundled list, in file order; lines [`problems`] rejects are left out.
pub(crate) fn words(text: &'static str) -> Vec<&'static str> {
    let mut seen = std::collections::HashSet::new();
    entries(text)
        .filter(|(_, f)| f.len() == 1 && is_normalized_word(f[0]) && seen.insert(f[0]))
        .map(|(_, f)| f[0])
        .collect()
}

/// A body head of `body_heads.txt`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BodyHead {
    pub word: &'static str,
    pub kind: ActorKind,
    pub gender: Gender,
    /// The definite head alone names a body (الشرطة).
    pub alone: bool,
    /// Only the definite head heads a body (الجامعة التونسية لكرة اليد); the
    /// indefinite one heads other things (جامعة: a university).
    pub definite_only: bool,
}

/// The bundled body-head table; lines [`problems`] rejects are left out.
pub(crate) fn body_heads(text: &'static str) -> Vec<BodyHead> {
    entries(text)
        .filter_map(|(_, f)| {
            let flag = match f.len() {
                3 => "",
                4 if matches!(f[3], "alone" | "definite") => f[3],
                _ => return None,
            };
            Some(BodyHead {
                word: f[0],
                kind: parse_kind(f[1])?,
                gender: parse_gender(f[2])?,
                alone: flag == "alone",
                definite_only: flag == "definite",
            })
            .filter(|h| is_normalized_word(h.word))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prefilter changes no answer: every word of a list is in it, and other words,
    /// whatever their length, are in it exactly when the slice holds them.
    #[test]
    fn word_list_answers_as_its_slice() {
        let list = word_list(include_str!("../lexicons/words/not_name.txt"));
        assert!(list.len() > 100);
        assert!(list.iter().all(|w| list.contains(w)));
        let sample = crate::normalize::normalize(crate::SAMPLE_ARTICLE);
        let words = sample.as_str().split(|c: char| !c.is_alphanumeric());
        for w in words.chain(["", "a", "abcdefghijklmnopq"]) {
            assert_eq!(list.contains(&w), list.words.contains(&w), "{w}");
        }
    }

    /// Every bundled list passes the same checks as a lexicon would.
    #[test]
    fn bundled_lists_have_no_problems() {
        macro_rules! list {
            ($file:literal) => {
                ($file, include_str!(concat!("../lexicons/words/", $file)))
            };
        }
        let lists = [
            list!("adverbial_openers.txt"),
            list!("background_openers.txt"),
            list!("claim_nouns.txt"),
            list!("club_prefixes.txt"),
            list!("collective_heads.txt"),
            list!("combat_words.txt"),
            list!("denied_deeds.txt"),
            list!("duals.txt"),
            list!("family_nouns.txt"),
            list!("federation_fields.txt"),
            list!("granted_acts.txt"),
            list!("legality_adjectives.txt"),
            list!("manner_nouns.txt"),
            list!("dynasty_names.txt"),
            list!("date_adjectives.txt"),
            list!("distinct_adjectives.txt"),
            list!("month_names.txt"),
            list!("ordinals.txt"),
            list!("group_heads.txt"),
            list!("honorifics.txt"),
            list!("honorific_pronouns.txt"),
            list!("media_heads.txt"),
            list!("name_particles.txt"),
            list!("namesake_places.txt"),
            list!("namesake_titles.txt"),
            list!("not_name.txt"),
            list!("institution_adjectives.txt"),
            list!("guests.txt"),
            list!("proclitic_lookalikes.txt"),
            list!("public_nouns.txt"),
            list!("report_nouns.txt"),
            list!("construct_adverbials.txt"),
            list!("counting_tens.txt"),
            list!("formula_before_god.txt"),
            list!("kind_adjectives.txt"),
            list!("noun_given_names.txt"),
            list!("office_complements.txt"),
            list!("office_titles.txt"),
            list!("norm_nouns.txt"),
            list!("partitives.txt"),
            list!("plural_body_heads.txt"),
            list!("pronoun_complements.txt"),
            list!("role_modifiers.txt"),
            list!("topic_openers.txt"),
            list!("second_titles.txt"),
            list!("president_titles.txt"),
            list!("royal_titles.txt"),
            list!("statement_nouns.txt"),
            list!("text_follows.txt"),
            list!("time_words.txt"),
            list!("title_nouns.txt"),
            list!("kin_nouns.txt"),
            list!("title_surnames.txt"),
            list!("unasserted_before.txt"),
            list!("unnamed_sources.txt"),
            list!("waw_surnames.txt"),
            list!("weekdays.txt"),
            list!("martyrdom_words.txt"),
            list!("veil_idioms.txt"),
        ];
        for (file, text) in lists {
            assert_eq!(problems(file, text, 1), Vec::<String>::new());
            assert!(!words(text).is_empty(), "{file}");
        }
        let formulas = include_str!("../lexicons/words/scripture_formulas.txt");
        assert_eq!(
            problems("scripture_formulas.txt", formulas, 0),
            Vec::<String>::new()
        );
        assert!(phrases(formulas).len() >= 5);
        let heads = include_str!("../lexicons/words/body_heads.txt");
        assert_eq!(problems("body_heads.txt", heads, 3), Vec::<String>::new());
        assert!(body_heads(heads).len() >= 20);
    }

    #[test]
    fn located_problems() {
        let text = "# comment\nحزب\n\nحزب\nحِزب\npart y\n";
        let p = problems("w.txt", text, 1);
        assert!(
            p.iter()
                .any(|m| m.starts_with("w.txt:4:") && m.contains("twice")),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|m| m.starts_with("w.txt:5:") && m.contains("normalized")),
            "{p:?}"
        );
        assert!(
            p.iter()
                .any(|m| m.starts_with("w.txt:6:") && m.contains("field(s)")),
            "{p:?}"
        );
        assert_eq!(
            words(Box::leak(text.to_string().into_boxed_str())),
            vec!["حزب"]
        );
        let table = "صحيفه organization f\nشرطه government f alone\nمجلس body m\nجامعه organization f definite\nلجنه organization f often\n";
        let p = problems("b.txt", table, 3);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].starts_with("b.txt:3: field \"kind\""), "{p:?}");
        assert!(p[1].starts_with("b.txt:5: expected 3 field(s)"), "{p:?}");
        let heads = body_heads(Box::leak(table.to_string().into_boxed_str()));
        assert_eq!(heads.len(), 3);
        assert!(heads[1].alone && !heads[1].definite_only);
        assert!(heads[2].definite_only && !heads[2].alone);
    }
}
