//! Offices: a title in construct with what it heads (أمير منطقة القصيم، محافظ عدن، مدير
//! عام الجمارك), with no name after it, as the subject of a speech verb. The office is
//! then an actor of its own, named as the article writes it, rather than no speaker.

use super::*;

/// Titles that head an office (`office_titles.txt`).
static OFFICE_TITLES: LazyLock<crate::wordlist::WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/office_titles.txt"))
});

/// Whether `w` is an office title (`office_titles.txt`).
pub(super) fn is_office_title(w: &str) -> bool {
    OFFICE_TITLES.contains(&w)
}

/// The words an office's complement opens with (`office_complements.txt`).
static OFFICE_COMPLEMENTS: LazyLock<crate::wordlist::WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../../lexicons/words/office_complements.txt"))
});

/// At most this many words of what the title heads.
const MAX_COMPLEMENT: usize = 5;

/// How far past the office a holder's name is looked for (past a relative clause:
/// وزير النقل الذي يرأس وفد الحكومة في المفاوضات ... الشيخ فلان).
const NAME_REACH: usize = 25;

/// Quotation marks, which may enclose the holder's name.
const QUOTE_MARKS: [char; 5] = ['"', '«', '»', '“', '”'];

/// Words that open the clause after a subject (أن، بأن، إلى): what follows is no
/// part of it.
fn is_clause_opener(w: &str) -> bool {
    crate::quotes::is_complementizer(w) || w == "الي"
}

impl<'a> Ctx<'a> {
    /// An office at token `t`: an office title right after a finite speech verb (or an
    /// honorific after one: وأشاد سمو أمير ...), then one to [`MAX_COMPLEMENT`] words in
    /// construct up to where the subject ends (punctuation, a particle or a preposition
    /// on a noun). Abstains where a name follows (the person's parsers read it), where
    /// the lexicon knows the title (a role), where the phrase runs on and where the
    /// same office was named earlier in the article.
    pub(super) fn parse_office(&mut self, t: usize) -> Option<Np> {
        let title = self.word(t);
        if !is_office_title(title) {
            return None;
        }
        let after_verb = self.after_finite_cue(t)
            || t > 1 && self.after_finite_cue(t - 1) && HONORIFICS.contains(&self.word(t - 1));
        if !after_verb {
            return None;
        }
        // (A construct title at `t` is no obstacle: the role parses ran first and found
        // no state or body of the lexicon after it, as in أمير منطقة القصيم.)
        let known = |ctx: &Self, k: usize, construct: bool| {
            ctx.hits_at(k).iter().any(|h| match h.lex {
                Lex::RoleRef { .. } | Lex::NisbaTitle { .. } | Lex::Cue { .. } => true,
                Lex::GivenName => true,
                Lex::ConstructTitle { .. } => construct,
                _ => false,
            })
        };
        if known(self, t, false) {
            return None;
        }
        if !self.opens_office_complement(t) {
            return None;
        }
        let mut k = t + 1;
        let mut closed = false;
        while k < self.tokens.len()
            && k <= t + MAX_COMPLEMENT
            && self.tokens[k].is_word()
            && !self.phrase_ends_at(k)
            && !self.preposition_on_noun(self.word(k))
            && !abbreviation_at(self.text, self.tokens, k)
            // (A lone letter is a proclitic cut off by a mark: وزير الثقافة بـ«...».)
            && self.word(k).chars().count() > 1
        {
            let person_named = self.names_person_at(k);
            // A second title (أمين المنطقة المشرف العام على ...، وأمين عام الجائزة) is an
            // apposition the references and the person's parsers read.
            let second_title = k > t + 1 && is_title_noun(self.word(k).trim_start_matches('و'));
            // The chain closes at its first definite word or name (محافظة عدن، منطقة
            // القصيم): only definite adjectives follow; any other word may be a name.
            let w = self.word(k);
            let definite = w.starts_with("ال") || w.starts_with("وال");
            if known(self, k, true)
                || person_named
                || second_title
                || self.unknown_first_name_at(k)
                || closed && !definite
            {
                return None;
            }
            closed |= definite || !self.lex.common_words.contains(w);
            k += 1;
        }
        let ends = self.phrase_ends_at(k) || self.preposition_on_noun(self.word(k));
        // (A body's head alone is no office's complement: رئيس هيئة «الطيران».)
        let head_only = k == t + 2 && OFFICE_COMPLEMENTS.contains(&self.word(t + 1));
        if k == t + 1 || head_only || !ends || self.holder_named_after(k) {
            return None;
        }
        // An office named before (فلان، وكيل وزارة الصحة ... وأوضح وكيل وزارة الصحة)
        // is most often the person introduced with it: the references resolve it.
        if self.office_named_before(t) {
            return None;
        }
        let words: Vec<&str> = (t..k).map(|j| self.word(j)).collect();
        let gender = if title.ends_with('ه') {
            Gender::Feminine
        } else {
            Gender::Masculine
        };
        let id = romanize(&words);
        let slot = self.written_slot(id, &words, ActorKind::Person, gender, |s| s);
        Some(self.pattern_np(slot, k))
    }

    /// Whether the word after the title at `t` (after عام: مدير عام) opens what an
    /// office heads: a public body's or a region's head, a state or a capital, or after
    /// وزير a definite noun, the ministry's field.
    fn opens_office_complement(&self, t: usize) -> bool {
        let mut k = t + 1;
        if self.word(k) == "عام" {
            k += 1;
        }
        if !self.tokens.get(k).is_some_and(|tok| tok.is_word()) {
            return false;
        }
        let w = self.word(k);
        let minister = matches!(self.word(t), "وزير" | "وزيره");
        // محافظ جدة، أمين الطائف: a governor's or a mayor's town, often unknown to
        // the lexicon, is a word that is no common word and no given name.
        // (أمين is also a given name: only a definite town after it, أمين الطائف; not
        // أمين مباركي.)
        let town = (self.word(t) == "محافظ" || self.word(t) == "امين" && w.starts_with("ال"))
            && !self
                .lex
                .common_words
                .contains(w.strip_prefix("ال").unwrap_or(w))
            && !self.given_name_at(k)
            && !is_not_name(w)
            && w.chars().count() >= 3;
        OFFICE_COMPLEMENTS.contains(&w)
            || town
            || minister && w.starts_with("ال") && w.chars().count() >= 4
            || self.hits_at(k).iter().any(|h| match h.lex {
                Lex::Capital { .. } => true,
                Lex::Actor { actor, .. } => {
                    self.lex.actors[actor as usize].kind == ActorKind::State
                }
                _ => false,
            })
    }

    /// Whether a person is named within [`NAME_REACH`] words from `k`, before the
    /// clause goes on (punctuation, أن، إن): the title's complement went on to the
    /// holder's name (مدير المكتب الإقليمي للمنظمة في عمّان فلان، وكيل الوزارة للشؤون
    /// الوقائية الدكتور فلان), which the person's parsers read.
    fn holder_named_after(&self, k: usize) -> bool {
        (k..(k + NAME_REACH).min(self.tokens.len()))
            // (A name in quotation marks is the holder's too: رئيس المجلس «فلان».)
            .take_while(|&j| {
                if abbreviation_at(self.text, self.tokens, j) {
                    // د. فلان، م. فلان: an abbreviated title, before a name.
                    return true;
                }
                if self.tokens[j].is_word() {
                    !is_clause_opener(self.word(j))
                } else {
                    // (... and after a comma: وزير البيشمركة في حكومة الإقليم، فلان.)
                    self.is_punct(j, &QUOTE_MARKS) || self.is_punct(j, &['،', ','])
                }
            })
            .any(|j| {
                // (علي before a word no common noun is the name, رئيس المجلس علي داود;
                // before one it is على: أكد المحافظ على أهمية.)
                let ali = self.word(j) == "علي"
                    && self.tokens.get(j + 1).is_some_and(|tok| tok.is_word())
                    && !self.lex.common_words.contains(self.word(j + 1))
                    && !self.word(j + 1).starts_with("ال")
                    && !is_clause_opener(self.word(j + 1));
                ali || abbreviation_at(self.text, self.tokens, j)
                    || self.tokens[j].is_word() && HONORIFICS.contains(&self.word(j))
                    || self.given_name_at(j)
                    || self.unknown_first_name_at(j)
                    || self.names_person_at(j)
            })
    }

    /// Whether a lexicon person's name starts at token `k`.
    fn names_person_at(&self, k: usize) -> bool {
        self.actor_hit(k, |kind| kind == ActorKind::Person)
            .is_some()
    }

    /// Whether the office title at `t` and the word after it stand earlier in the
    /// article with a holder named after them. One pass over the tokens builds the
    /// first such place of every pair, on the first call: linear in the article (a
    /// bounded look for a name at each office title), whatever the number of offices.
    fn office_named_before(&mut self, t: usize) -> bool {
        if self.office_firsts.is_none() {
            // (Only where a holder is named with it: a headline's «أمير منطقة القصيم
            // يشيد» or an office that spoke before introduces no one.)
            let mut firsts: FastMap<(&'a str, &'a str), usize> = FastMap::default();
            for k in 0..self.tokens.len().saturating_sub(1) {
                let w = self.word(k);
                if self.tokens[k].is_word() && is_office_title(w) && self.holder_named_after(k + 1)
                {
                    firsts.entry((w, self.word(k + 1))).or_insert(k);
                }
            }
            self.office_firsts = Some(firsts);
        }
        let key = (self.word(t), self.word(t + 1));
        self.office_firsts
            .as_ref()
            .and_then(|firsts| firsts.get(&key))
            .is_some_and(|&first| first < t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{LexiconKind, LexiconSource};

    /// The (mention text, kind) pairs of the actors found in `text`, with a lexicon of
    /// one speech verb, one state, one role and one given name.
    fn mentions(text: &str) -> Vec<(String, ActorKind)> {
        let lex = Lexicon::from_sources(&[
            LexiconSource::new(
                "a.txt",
                LexiconKind::Actors,
                "id: egypt\nname: Egypt\nkind: state\nnames: مصر\nnisba: مصري\n",
            ),
            LexiconSource::new(
                "c.txt",
                LexiconKind::Cues,
                "id: say\nverb: قال يقول\nframes: that colon\nquote: yes\n",
            ),
            LexiconSource::new(
                "r.txt",
                LexiconKind::Roles,
                "id: head_of_state\nname: head of state\nkind: person\nconstruct_titles: أمير\n",
            ),
            LexiconSource::new("g.txt", LexiconKind::GivenNames, "حسين\n"),
        ])
        .unwrap();
        let (mentions, found) = found_in(&lex, text, None);
        mentions
            .into_iter()
            .map(|(text, slot)| (text, found.slots[slot].kind))
            .collect()
    }

    #[test]
    fn an_office_after_a_speech_verb_is_an_actor() {
        let got = mentions("وقال أمير منطقة القصيم إن المهرجان ناجح.");
        assert_eq!(got, [("أمير منطقة القصيم".to_string(), ActorKind::Person)]);
        // A governor's town, a state after the title.
        let got = mentions("وقال محافظ بيشة إن الموسم جيد. وقال وزير السياحة المصري إن العدد زاد.");
        assert_eq!(got[0].0, "محافظ بيشة");
        assert_eq!(got[1].0, "وزير السياحة المصري");
    }

    #[test]
    fn no_office_where_a_name_follows_or_no_public_body_is_headed() {
        // The holder's name after the title: the person's parsers read it.
        let got =
            mentions("وقال وكيل وزارة الصحة للشؤون الوقائية الدكتور حسين العلي إن الموسم جيد.");
        assert!(
            got.iter()
                .all(|(m, _)| !m.starts_with("وكيل") || m.ends_with("حسين العلي")),
            "{got:?}"
        );
        // A company's or a club's manager is no office.
        assert!(mentions("وقال مدير الشركة إن الأرباح زادت.").is_empty());
        // Not without a speech verb before it.
        assert!(mentions("زار أمير منطقة القصيم المعرض.").is_empty());
    }

    #[test]
    fn an_office_in_a_headline_introduces_no_one() {
        // The headline names the office with no holder: the body's subject is the office.
        let got =
            mentions("أمير منطقة القصيم يشيد بالمهرجان\nوقال أمير منطقة القصيم إن الموسم جيد.");
        assert_eq!(got, [("أمير منطقة القصيم".to_string(), ActorKind::Person)]);
    }

    #[test]
    fn an_office_named_before_is_left_to_the_references() {
        // Named with its holder first (the person's parsers read him), the office later
        // is that person, whom the references find.
        let got = mentions(
            "وصل أمير منطقة القصيم الدكتور حسين العلي إلى المعرض. وقال أمير منطقة القصيم إن المهرجان ناجح.",
        );
        assert!(got.iter().all(|(m, _)| m != "أمير منطقة القصيم"), "{got:?}");
    }
}
