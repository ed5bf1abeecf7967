//! Persons the lexicon lacks: a given name or a title followed by name words, a name in
//! apposition with a role, and the derived ids and surnames by which they are named again.

use super::*;

/// Records that `key` leads the name of the person in `slot`; a key that leads two
/// persons' names leads none (`None`).
fn note_lead<K: std::hash::Hash + Eq>(leads: &mut FastMap<K, Option<usize>>, key: K, slot: usize) {
    leads
        .entry(key)
        .and_modify(|s| {
            if *s != Some(slot) {
                *s = None;
            }
        })
        .or_insert(Some(slot));
}

impl<'a> Ctx<'a> {
    pub(super) fn derived_person(&mut self, words: &[&str], gender: Gender) -> usize {
        // السلطان هيثم after السلطان هيثم بن طارق آل سعيد: the leading
        // words of a known person already named are that person.
        // A particle is no name (الملك عبد ...).
        if words.len() <= 2 && !words.last().is_some_and(|w| NAME_PARTICLES.contains(w)) {
            let lead = words.join(" ");
            let named = self.person_leads.get(lead.as_str()).copied();
            if let Some(slot) = named {
                return slot;
            }
        }
        // صلاحالدين الحداد and صلاح الدين الحداد, عبدالله and عبد الله: one person, one id.
        let split = split_compounds(words);
        let id = romanize(&split);
        // Most mentions are of a person already named: the rest is built only for a new one.
        let lex = self.lex;
        self.written_slot(id, words, ActorKind::Person, gender, |slot| Slot {
            surnames: family_keys(lex, &split),
            ..slot
        })
    }

    /// A person's name followed by their role in apposition (يان إيغلاند مسؤول ... لدى
    /// منظمة العفو الدولية; سامح شكري، وزير الخارجية): one mention of the person. Without a
    /// comma the role must fit what the lexicon knows of a lexicon person, since "التقى
    /// ترامب رئيس وزراء إسرائيل" names two people.
    pub(super) fn extend_apposition(&mut self, np: Np, name_start: usize) -> Np {
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
            // comma, bracket, verb, complementizer, time word, the verb's إلى or على
            // (دعت X وزيرة الدولة ... إلى تضامن; but المشرف على) or مع, or another
            // person's given name. Right after the title such a name is that person's,
            // and so is the title (اتهم X الوزير Y); after a body's head it is part of the
            // body's name (بنك سانت لويس، أكاديمية ناصر).
            (None, None) if is_title_noun(self.word(k)) && (comma || np.via == Via::Pattern) => {
                // دافع X رئيس النادي عن ...، أعرب X ... عن: after a verb that takes عن
                // the first عن is the verb's, not the title's (المسؤول عن، النائب عن).
                let verb_takes_an = (name_start.saturating_sub(2)..name_start).any(|t| {
                    self.hits_at(t).iter().any(|h| {
                        matches!(
                            h.lex,
                            Lex::Cue {
                                form: CueForm::Finite(_),
                                ..
                            }
                        ) && self.lex.cue_takes(&h.lex, Frame::About)
                    })
                });
                let mut e = k;
                let mut in_body_name = false;
                while e < self.tokens.len() && e < k + 10 && self.tokens[e].is_word() {
                    let w = self.word(e);
                    let cue = self
                        .hits_at(e)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::Cue { .. }));
                    if !in_body_name && e > k && self.given_name_at(e) {
                        if e <= k + 2 {
                            return np;
                        }
                        break;
                    }
                    // (... والدكتور X: another person's honorific, before a word, ends
                    // it, in a body's name too; without و the role before it is that
                    // person's, below. The token classes mark the word after one.)
                    let next_person = e > k && self.after_honorific(e + 1);
                    if cue
                        || next_person
                        || crate::quotes::is_time_word(w)
                        || matches!(
                            w,
                            "ان" | "انه" | "انها" | "بان" | "الذي" | "التي" | "الي" | "مع"
                        )
                        // (... بحضور، رفقة: in whose company, no part of the title.)
                        || matches!(
                            w,
                            "بحضور" | "وبحضور" | "رفقه" | "برفقه" | "بمرافقه" | "بصحبه"
                        )
                        || w == "عن" && verb_takes_an
                        || w == "علي" && !(k..e).any(|i| self.word(i).ends_with("مشرف"))
                        // (... في بيان، في تصريح: where the words were said, no part of the
                        // title.)
                        || w == "في" && crate::quotes::is_statement_word(self.word(e + 1))
                    {
                        break;
                    }
                    in_body_name |= [w, w.strip_prefix(['ب', 'ل']).unwrap_or(w)]
                        .iter()
                        .map(|x| x.strip_prefix("ال").unwrap_or(x))
                        .any(|bare| is_body_head(bare) || NAMESAKE_PLACES.contains(&bare));
                    e += 1;
                }
                if e == k {
                    return np;
                }
                (e, self.tokens[e - 1].end as usize, None)
            }
            (None, None) => return np,
        };
        // استقبل X رئيس الحكومة الإيطالي ماريو دراغي: a role right before another
        // given name (past a nationality) is that person's title.
        let nisba = self
            .hits_at(tok_end)
            .iter()
            .any(|h| matches!(h.lex, Lex::Nisba { .. }));
        if self.given_name_at(tok_end)
            || nisba && self.given_name_at(tok_end + 1)
            || self.after_honorific(tok_end + 1) && !self.word(tok_end).starts_with('و')
        {
            return np;
        }
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

    /// Whether a kunya starts at token `t`: أبو، أبي or أبا before a given name (أبو بكر
    /// البغدادي), read from the particle so that the name is not cut after it; or an
    /// unknown first name before بن (see [`Ctx::lineage_at`]).
    pub(super) fn kunya_at(&self, t: usize) -> bool {
        let class = |t: usize| self.classes.get(t).copied().unwrap_or(0);
        class(t) & KUNYA != 0 && self.given_name_at(t + 1)
            || class(t + 1) & LINEAGE != 0 && self.lineage_at(t)
    }

    /// Whether a first name the lexicons lack starts a lineage at `t`: an unknown word,
    /// or a title's word, before بن or بنت and a given name (مشبب بن محمد القحطاني, not
    /// محمد القحطاني; الأمير سلطان بن سلمان).
    fn lineage_at(&self, t: usize) -> bool {
        matches!(self.word(t + 1), "بن" | "بنت")
            && self.given_name_at(t + 2)
            && self.tokens[t].is_word()
            && {
                let w = self.word(t);
                w.chars().count() >= 3
                    && !w.starts_with("ال")
                    // (وحازم بن ...: a conjunction, and the name after it, is not read here.)
                    && !w.starts_with('و')
                    && !is_not_name(w)
                    && !is_title_noun(w)
                    && !HONORIFICS.contains(&w)
                    && !self.lex.common_words.contains(w)
            }
            // (A title is a name before بن: سلطان بن سلمان is no sultan; so is a name
            // the lexicon gives a famous bearer only weakly: مبارك بن سعد is no Mubarak.)
            && self.hits_at(t).iter().all(|h| {
                matches!(
                    h.lex,
                    Lex::ConstructTitle { .. }
                        | Lex::NisbaTitle { .. }
                        | Lex::RoleRef { .. }
                        | Lex::Actor { weak: true, .. }
                ) && h.prefix == 0
            })
    }

    /// Whether token `t` is a first name the lexicon lacks, told by its place: after an
    /// honorific that only persons take (الدكتور مفلح القحطاني، اللواء مستور الحارثي)
    /// and before a family name, a father's given name or بن, a word that is nothing else
    /// the lexicons know (no common word, title, cue or preposition on a word). Or such a
    /// word where a subject or an apposition begins (right after a speech verb or a
    /// comma) before بن or بنت and a father's or family name that is no common word
    /// (قال فلان، رئيسة الهيئة، سهام بن سدرين): a lineage makes a name of its first word.
    #[inline(always)]
    pub(super) fn unknown_first_name_at(&self, t: usize) -> bool {
        // (Most words follow no honorific: one look at the token's class; and most are
        // followed by no بن.)
        if self.after_honorific(t) {
            self.unknown_first_name_after_honorific(t)
        } else {
            // (Not a word in و, the conjunction as often as a name's letter, nor in a
            // preposition's letter, nor in ة, a noun's feminine as often: رمزية بن غوريون.
            // Elsewhere بن follows nouns of places and clubs named after someone:
            // سبورتينغ بن عروس.)
            // (The next token's length first, four or six bytes: one load, where the
            // word comparison would run at most tokens.)
            self.tokens
                .get(t + 1)
                .is_some_and(|k| matches!(k.end - k.start, 4 | 6))
                && matches!(self.word(t + 1), "بن" | "بنت")
                && !self.word(t).starts_with(['و', 'ف', 'ل', 'ب', 'ك'])
                && !self.word(t).ends_with('ه')
                && (self.after_finite_cue(t) || t > 0 && self.is_punct(t - 1, &['،', ',']))
                && self.plain_unknown_word(t)
                && self.tokens.get(t + 2).is_some_and(|tok| tok.is_word())
                && {
                    let father = self.word(t + 2);
                    !father.starts_with("ال")
                        && father.chars().count() >= 3
                        && !self.lex.common_words.contains(father)
                        && !is_not_name(father)
                        && self
                            .hits_at(t + 2)
                            .iter()
                            .all(|h| matches!(h.lex, Lex::GivenName))
                }
        }
    }

    /// Whether token `t` follows an honorific only persons take (its class bit).
    fn after_honorific(&self, t: usize) -> bool {
        self.classes
            .get(t)
            .is_some_and(|c| c & AFTER_HONORIFIC != 0)
    }

    /// The rest of [`Ctx::unknown_first_name_at`], for a word token after an honorific
    /// (the class bit is set on word tokens only).
    fn unknown_first_name_after_honorific(&self, t: usize) -> bool {
        if !self.plain_unknown_word(t) {
            return false;
        }
        // The family name: a definite word no common word (القحطاني، الحارثي), or a
        // nisba of one (a common stem in ي); not a feminine adjective (الشيخ زويد
        // الأخيرة is a town).
        let next = self.word(t + 1);
        let family = next.strip_prefix("ال").is_some_and(|stem| {
            stem.chars().count() >= 3
                && !stem.ends_with('ه')
                && (!self.lex.common_words.contains(stem) || stem.ends_with('ي'))
                && !self
                    .hits_at(t + 1)
                    .iter()
                    .any(|h| !matches!(h.lex, Lex::GivenName | Lex::Nisba { .. }))
        });
        // (Or a father's name after بن, known or not: العقيد فلان بن فلان القرشي.)
        let lineage = matches!(next, "بن" | "بنت")
            && self.tokens.get(t + 2).is_some_and(|tok| tok.is_word())
            && !self.word(t + 2).starts_with("ال");
        family || lineage || self.given_name_at(t + 1)
    }

    /// Whether the word at `t` may be a first name no lexicon knows: no word the
    /// lexicons have (common word, title, cue, second title: الأستاذ دكتور، اللواء
    /// متقاعد), no preposition on a word, no verb's shape.
    fn plain_unknown_word(&self, t: usize) -> bool {
        let w = self.word(t);
        w.chars().count() >= 3
            && word_class(w) & SECOND_TITLE == 0
            && !w.starts_with("ال")
            && self.hits_at(t).is_empty()
            && !self.lex.common_words.contains(w)
            && !is_not_name(w)
            && !is_title_noun(w)
            && !self.is_prepositional_phrase(w)
            && !w
                .strip_prefix('و')
                .is_some_and(|rest| rest.starts_with("ال") || self.lex.common_words.contains(rest))
            && !first_is_verb_shaped(w)
    }

    /// Whether a given name, as a word of its own, starts at token `t`; «على» as written
    /// is the preposition, not علي.
    pub(super) fn given_name_at(&self, t: usize) -> bool {
        t < self.tokens.len()
            && self.tokens[t].is_word()
            && self.spellings.ala.binary_search(&(t as u32)).is_err()
            && self
                .hits_at(t)
                .iter()
                .any(|h| matches!(h.lex, Lex::GivenName) && h.prefix == 0)
    }

    /// The bodies named inside a person's apposition (المدير الإقليمي لمنظمة ...) or a
    /// role phrase (رئيس كازاخستان) get mentions of their own beside the mention of
    /// `outer`, the actor the whole phrase names.
    pub(super) fn inner_bodies(&mut self, from: usize, to: usize, outer: usize) -> Vec<MentionRec> {
        let mut out = Vec::new();
        let mut k = from;
        while k < to {
            // A body starts at its head noun or a lexicon name; a title with a nisba only
            // after باسم (المتحدث باسم الخارجية الإيرانية): in وزير الخارجية المصري the
            // words الخارجية المصري are the minister's title, no ministry. Given names
            // and kunyas would parse persons, which are not taken.
            let after_bism = k > 0 && self.word(k - 1) == "باسم";
            let may_start_body = self.classes[k] & 1 != 0
                || self.hits_at(k).iter().any(|h| match h.lex {
                    Lex::Actor { .. } | Lex::Capital { .. } => true,
                    Lex::NisbaTitle { .. } | Lex::ConstructTitle { .. } => after_bism,
                    _ => false,
                });
            if !may_start_body {
                k += 1;
                continue;
            }
            let np = self.parse_np(k, 1).or_else(|| self.parse_pattern_body(k));
            match np {
                Some(np)
                    if np.tok_end <= to
                        && np.slot != outer
                        && self.out.slots[np.slot].kind != ActorKind::Person =>
                {
                    out.push(MentionRec {
                        tok_start: k,
                        tok_end: np.tok_end,
                        start: self.mention_start(k),
                        end: np.end,
                        slot: np.slot,
                        via: np.via,
                        weak: false,
                        inner: true,
                    });
                    k = np.tok_end;
                }
                _ => k += 1,
            }
        }
        out
    }

    /// Whether a lexicon name's hit is given names joined by a lineage particle and
    /// nothing else (محمد بن عبدالرحمن، عبدالله بن عبدالعزيز), before a word with the
    /// article that may be a family name (not مأدبة in «محمد بن راشد مأدبة إفطار», nor
    /// the common word in «نقل محمد بن سلمان الدعوة»).
    fn patronymic_only(&self, h: &Hit) -> bool {
        let (a, b) = (h.tok_start as usize, h.tok_end as usize);
        b - a >= 3
            && self
                .word(b)
                .strip_prefix("ال")
                .is_some_and(|w| !self.lex.common_words.contains(w))
            && (a..b).any(|k| self.classes[k] & LINEAGE != 0)
            && (a..b).all(|k| {
                self.classes[k] & LINEAGE != 0
                    || self
                        .hits_at(k)
                        .iter()
                        .any(|x| matches!(x.lex, Lex::GivenName))
            })
    }

    /// A person the lexicon lacks, from a given name: حازم قاسم، ماري دو بوا.
    /// Outside a title's apposition it needs at least two name words.
    pub(super) fn parse_given_name(&mut self, t: usize, after_title: bool) -> Option<Np> {
        let kunya = self.kunya_at(t);
        if !kunya
            && !self
                .hits_at(t)
                .iter()
                .any(|h| matches!(h.lex, Lex::GivenName))
            && !self.unknown_first_name_at(t)
        {
            return None;
        }
        // في 19 جوان، رجب الماضي: a month that is also a given name dates, names no one.
        let before = if t > 0 { self.word(t - 1) } else { "" };
        if month_not_name(before, self.word(t), self.word(t + 1)) {
            return None;
        }
        // خالد أبو راشد ... وقال أبو راشد: a kunya that is the surname of someone named
        // before is that person, left to the surname pass.
        if kunya {
            let surname = format!("{} {}", self.word(t), self.word(t + 1));
            if self.known_surname(&surname) {
                return None;
            }
        }
        // A lexicon person starting here wins: it carries a stable id. A weak name (a
        // first name the lexicon gives a famous bearer: مشعل) does not: the longer parse
        // wins (الأمير مشعل بن ماجد is not Khaled Meshaal).
        // (Only a whole word: لصالح is «in favour of», whatever name follows.)
        // (Not a name of given names and a lineage alone, محمد بن عبدالرحمن: borne by
        // many, it is the lexicon person only when no family name follows; with one,
        // محمد بن عبدالرحمن المخرج, the longer parse names someone else.)
        let known = self
            .actor_hit(t, |k| k == ActorKind::Person)
            .is_some_and(|h| {
                matches!(h.lex, Lex::Actor { weak: false, .. }) && !self.patronymic_only(h)
                    || h.prefix > 0
            });
        if known {
            return None;
        }
        // ... and so does one that takes this word in (الملك سلمان الوفد: the lexicon
        // names the king by his title and first name).
        let inside_known = (t.saturating_sub(3)..t).any(|s| {
            self.hits_at(s).iter().any(|h| {
                h.tok_end as usize > t
                    && matches!(h.lex, Lex::Actor { actor, .. }
                        if self.lex.actors[actor as usize].kind == ActorKind::Person)
            })
        });
        if inside_known {
            return None;
        }
        let first = self.stripped_word(t);
        if is_not_person(first, self.word(t + 1)) {
            return None;
        }
        // الإمام تركي بن عبد الله: a name right after بن is a father's name, in a
        // lineage whose first name the parse did not take; alone it is a fragment.
        if t > 0 && self.classes[t - 1] & LINEAGE != 0 && self.word(t) == first {
            return None;
        }
        // غير محمود العواقب، غير سعيد: after «not» a given name is the adjective.
        // (Not a name after و: ريتشارد غير وجينيفر أنستون.)
        if t > 0 && matches!(self.word(t - 1), "غير" | "وغير") && self.word(t) == first {
            return None;
        }
        // شهر رجب، خلال شهري رمضان وشوال: after «month» a given name is the month.
        if t > 0 && matches!(self.word(t - 1), "شهر" | "شهري" | "لشهر" | "بشهر" | "وشهر")
        {
            return None;
        }
        // ألقي القبض على محمد: «على» as written is the preposition, not the name علي
        // (but after a title it is the name: الدكتور على أبو الريش).
        if !after_title && self.spellings.ala.binary_search(&(t as u32)).is_ok() {
            return None;
        }
        // باختيار is a given name, and also ب + اختيار (but in لأولي the name is after ل).
        let whole_word = self
            .hits_at(t)
            .iter()
            .any(|h| matches!(h.lex, Lex::GivenName) && h.prefix == 0);
        let maqsura = self
            .spellings
            .maqsura_name
            .binary_search(&(t as u32))
            .is_ok();
        if whole_word && !maqsura && self.is_prepositional_phrase(self.word(t)) {
            return None;
        }
        // لدينا، لديك، كليا: a word that is common as written is no preposition on a
        // name (دينا، ديك، ليا). (The list holds ومحمد and the like, for the name stop.)
        if !whole_word && !kunya {
            let written = self.word(t);
            if !written.starts_with('و')
                && (self.lex.common_words.contains(written) || is_not_name(written))
            {
                return None;
            }
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
                .any(|h| matches!(h.lex, Lex::GivenName))
            || self.spellings.ali.binary_search(&(t as u32)).is_ok()
                && self.family_name_after_ali(t + 1);
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
        // Up to six words: a Gulf name runs to five (فرحان بن نايف الفيصل الجربا); a
        // lineage (عبد الرحمن بن عبد الله بن محمد السند، فيصل بن مشعل بن سعود بن
        // عبدالعزيز) counts each عبد and its complement, and each بن and the name after
        // it, as one, to thirteen words at most.
        let cap = |words: &[&str]| {
            6 + words.iter().filter(|w| **w == "عبد").count().min(3)
                + words
                    .iter()
                    .filter(|w| NAME_PARTICLES.contains(w))
                    .count()
                    .min(4)
        };
        while words.len() < cap(&words) && k < self.tokens.len() && self.tokens[k].is_word() {
            let w = self.word(k);
            // عبد العزيز اشترى، جوزيه مورينيو اعتمد: a derived past verb written with a
            // bare alif is the clause after the name.
            if self.spellings.alif_verb.binary_search(&(k as u32)).is_ok() {
                break;
            }
            // The word after بن is a name, whatever else it looks like (بن تركي، بن ضاوي).
            let after_particle = words.last().is_some_and(|l| NAME_PARTICLES.contains(l));
            // علي written with ي after a name is the father's name (محمد علي العتيق);
            // written على it is the preposition.
            // (Not before a definite common word: أكد محمد علي الأمر is the preposition
            // spelled with ي.)
            let ali = w == "علي"
                && self.spellings.ala.binary_search(&(k as u32)).is_err()
                && !self.word(k + 1).strip_prefix("ال").is_some_and(|stem| {
                    !stem.ends_with('ي') && self.lex.common_words.contains(stem)
                });
            // الرئيس السنغالي السابق عبدو ضيوف أنه ...: after a title, a common word
            // right after the first name and right before أن or a colon is the family
            // name (ضيوف، حرب، مدني) unless shaped like a verb or an adverb (يرى، قائلا).
            // (So is one before a title in apposition, with or without a title before the
            // name: أحمد عيد رئيس الاتحاد، ناصر كامل، رئيس المصلحة. Not a title or an
            // honorific itself, مساعد رئيس، معالي; nor a pronoun, a clause in و or ف, or a
            // verb of the shape أفعل: منصور أفاد المدير.)
            let title_after = || {
                let at = k + 1 + usize::from(self.is_punct(k + 1, &['،', ',']));
                let verb_shaped = w.starts_with('ا') && w.chars().count() == 4;
                is_title_noun(self.word(at))
                    && !is_title_noun(w)
                    && !HONORIFICS.contains(&w)
                    && !w.starts_with(['و', 'ف'])
                    && !verb_shaped
            };
            // (So after a speech verb: وقال جلال خلف إن. Not a time word, وقال محمد
            // أمس إن.)
            let before_complement = matches!(self.word(k + 1), "ان" | "انه" | "انها" | "انهم")
                || self.is_punct(k + 1, &[':']);
            let common_surname = words.len() == 1
                && self.lex.common_words.contains(w)
                && ((after_title || self.after_finite_cue(t) && !crate::quotes::is_time_word(w))
                    && before_complement
                    || title_after())
                && self.may_be_family_name(w);
            if common_surname {
                words.push(w);
                k += 1;
                break;
            }
            // (A common noun in the accusative, its tanween unwritten, is no name either:
            // أبو حمزة تفسيرا، بن ملجم كافرا.)
            // (Nor is one followed by its adjective in the accusative, the noun unknown
            // to the word list: فاتح ناشطا كرويا. Not as a second word, where a family
            // name in ا may stand before an accusative: جاكوب زوما رئيسا.)
            let with_adjective = w.chars().count() >= 4
                && w.ends_with('ا')
                && self.tokens.get(k + 1).is_some_and(|tok| tok.is_word())
                && self.common_noun_in_accusative(self.word(k + 1));
            let accusative = words.len() >= 2
                && (self.common_noun_in_accusative(w) || with_adjective)
                && !after_particle
                && !self.given_name_at(k);
            if is_not_name(w) && !ali
                || self.marked_indefinite(k)
                || accusative
                || self.lex.common_words.contains(w) && !after_particle
                || w.chars().count() < 2 && !NAME_PARTICLES.contains(&w)
            {
                break;
            }
            // Past four words only the chain of a lineage goes on: a particle, a given
            // name or a definite family name (... بن محمد بن صالح الصمعاني).
            let lineage = NAME_PARTICLES.contains(&w)
                || after_particle
                || w.starts_with("ال") && !w.starts_with("لل")
                || self
                    .hits_at(k)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::GivenName) && h.prefix == 0);
            if words.len() >= 4 && !lineage {
                break;
            }
            // A definite feminine nisba after a first name in construct with the noun
            // before it agrees with that noun (قوات صالح الموالية، كلية نايف الأمنية):
            // it is no family name. (Not after a descriptor with a preposition: كالمخرج
            // ناصر الفقيه.)
            if words.len() == 1
                && w.starts_with("ال")
                && w.ends_with("يه")
                && w.chars().count() >= 6
                && !self.name_may_begin_at(t)
                && !(t > 0
                    && (self.preposition_on_noun(self.word(t - 1))
                        // (Nor after a father's بن or a state: سلطان بروناي حسن البلقية.)
                        || NAME_PARTICLES.contains(&self.word(t - 1))
                        || self
                            .hits_at(t - 1)
                            .iter()
                            .any(|h| matches!(h.lex, Lex::Actor { .. }))))
                && self.word(t) == first
            {
                break;
            }
            // A role's modifier or «aged» describes the person, it is no family name
            // (… السابقة، … البالغ من العمر، أمينه العام).
            if ROLE_MODIFIERS.contains(&w) || w.starts_with("البالغ") {
                break;
            }
            // A definite plural participle (المسافرين، المستخدمين، المخالفات) is a
            // noun the name's first word governs (رضا المسافرين), no family name.
            if is_plural_participle(w) {
                break;
            }
            // A preposition on a common word or an article (هيلين كلارك باختيار، بالقرار)
            // starts what follows the name; so does an idiom (على حسن الجوار).
            // ... and ل or ب on a derived verbal noun (لانطلاق، بانتظار), or, past a
            // whole name, ل on a noun in construct with a definite one (أبوت لمزارع
            // الرياح). Foreign names in ل start with a long vowel (لافروف، لوبان، ليبرت)
            // or are short (لباد), and the word after بن is a name (بن لادن).
            // (Not right before أن or a mark: there the clause has ended, and a name in
            // ب is a family name, وقال فلان بايتاس إن.)
            let clause_ended = !self.tokens.get(k + 1).is_some_and(|tok| tok.is_word())
                || matches!(self.word(k + 1), "ان" | "انه" | "انها" | "انهم" | "بان");
            let on_clause = !after_particle
                && !clause_ended
                && ['ل', 'ب'].iter().any(|&p| {
                    w.strip_prefix(p).is_some_and(|rest| {
                        is_verbal_noun_shaped(rest)
                            // (ل and an imperfect, «to ...», before its object: نادية لتملأ
                            // حياتها، فلان ليشغل منصب; a foreign name in لي mostly has a
                            // long vowel, ليبمان، ليفين, or ends the phrase: ليبرت،.)
                            || p == 'ل'
                                && is_bare_imperfect(rest)
                                && self.tokens.get(k + 1).is_some_and(|t| t.is_word())
                            || p == 'ل'
                                && words.len() >= 2
                                && rest.chars().count() >= 4
                                && !rest.starts_with(['ا', 'و', 'ي', 'ل'])
                                && self.word(k + 1).starts_with("ال")
                    })
                });
            // (A preposition on a hamza word, بإجمالي، لأسباب، is one too, unless a
            // name follows it: بأحمد.)
            let prep_on_word = self.spellings.prep_hamza.binary_search(&(k as u32)).is_ok()
                && !self
                    .hits_at(k)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::GivenName));
            // (Right after the first name, only ب on a longer common noun: نادية
            // بثلاثة، فوزي بجائزة; a family name may be ك or ل and a word: كمال، لبيب,
            // or ب and a verb or و: بيكون، بوعلي.)
            let prep_after_first = words.len() == 1
                && w.strip_prefix('ب').is_some_and(|rest| {
                    rest.chars().count() >= 4
                        && !rest.starts_with(['و', 'ي'])
                        && self.lex.common_words.contains(rest)
                })
                && !self
                    .hits_at(k)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::GivenName | Lex::Actor { .. }));
            if words.len() >= 2 && self.is_prepositional_phrase(w)
                || prep_after_first
                || prep_on_word
                || on_clause
                    && !self.hits_at(k).iter().any(|h| {
                        h.prefix == 0 && matches!(h.lex, Lex::GivenName | Lex::Actor { .. })
                    })
                || w.starts_with("لل")
                || w.starts_with("بال")
                // (After بن a title noun is the father's name: خالد بن مساعد.)
                || is_title_noun(w) && !after_particle
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
            // (ويلسون، ويليام are names: only a known name or word after و is a conjunct.)
            // Otherwise و + a word is one unless the word is shaped like a W surname
            // (ووكر، ويب، وارن; not وصبر، ويتوجه، وأخلاق); past a name's second word even
            // a given name is (عمر بن العاص وعقبة، محمد عبده وسام).
            let particle = NAME_PARTICLES.contains(&w) || WAW_SURNAMES.contains(&w);
            // وابن عمه، وأبو بكر: و on a particle starts the next person or phrase.
            if w.strip_prefix('و').is_some_and(is_name_link) {
                break;
            }
            let conjoined = w.starts_with('و')
                && !particle
                && (!w_surname_shape(w) && (words.len() >= 2 || !whole_name)
                    || self.spellings.waw_hamza.binary_search(&(k as u32)).is_ok());
            if (conjunct && !whole_name || conjoined) && !particle {
                break;
            }
            // A derived-form imperfect verb (يتنفس، يستمر، ينتظر) or a plural past verb
            // (ساندوا) after a name is the sentence going on, unless the word is itself
            // a name; surnames take every other shape (تيلور، بركات).
            let any_name = self
                .hits_at(k)
                .iter()
                .any(|h| matches!(h.lex, Lex::GivenName | Lex::Actor { .. }));
            // (An imperfect in ي of four or five letters too: ماجد يصافح، نيكي يصعد.)
            // (يس/تس only as istaf'ala or up to six letters: تسيبراس is a name.)
            // (With ف the verb is six letters or more: فيتمتع، not فيتيل، فيتور.)
            let derived_imperfect = (["يت", "ين", "تت", "يست", "تست"]
                .iter()
                .any(|p| w.starts_with(p))
                || (w.starts_with("فيت") || w.starts_with("فتت")) && w.chars().count() >= 6
                || (w.starts_with("يس") || w.starts_with("تس")) && w.chars().count() <= 6)
                && w.chars().count() >= 5
                || w.starts_with('ي') && (4..=5).contains(&w.chars().count())
                // (... and past a whole name an imperfect of four letters in ت: فاتن حمامة
                // تطرح; not تا, which starts names: تافت، تامر.)
                || words.len() >= 2
                    && w.starts_with('ت')
                    && !w.starts_with("تا")
                    && w.chars().count() == 4;
            let plural_past = w.ends_with("وا") && (4..=6).contains(&w.chars().count());
            // بجدارته، ونظراته، لخلفيته: a preposition or و on a noun with a pronoun is
            // the sentence going on (a name in ـة such as فلاتة has no proclitic).
            let with_pronoun = ['ب', 'ل', 'و'].iter().any(|&c| w.starts_with(c))
                && w.ends_with("ته")
                && w.chars().count() >= 5;
            if !any_name
                && !after_particle
                && (derived_imperfect
                    || plural_past
                    || with_pronoun
                    || is_verbal_noun_shaped(w)
                    || w.strip_prefix("ال").is_some_and(|stem| {
                        is_verbal_noun_shaped(stem) || is_tafaul_or_tafil(stem)
                    }))
            {
                break;
            }
            // An adverbial participle (مخاطبا، مؤكدا) follows a name, never belongs to it;
            // nor does a noun with a possessive (حسن إنجازهم).
            if w.starts_with('م') && w.ends_with('ا') && w.chars().count() >= 5 || has_possessive(w)
            {
                break;
            }
            // ... nor a common noun with «your», «our» or a short one with «their» (حسن
            // ظنكم، حسن حظنا، طاعتك، حسن ظنهم); a stem in a long vowel is a foreign
            // name's (لويس بلاك، بول ارينا).
            let with_possessive = self.noun_with_pronoun(w, &["ك", "كم", "نا", "هم", "هما"]);
            if with_possessive && !any_name && !after_particle {
                break;
            }
            // ... or ه for «his» on a common noun (كريم حداد تفاؤله، شقيقته).
            // (After بن the word is a family name whatever its shape: بن طواله.)
            if self.noun_with_his(k) && !any_name && !after_particle {
                break;
            }
            // Any lexicon form other than a name ends the name: a cue, a title, a nisba.
            // A definite evaluative adjective is a family name there (عبد الله الرشيد):
            // no adjective follows a person's name directly.
            let family_adjective = w.starts_with("ال")
                && !words
                    .last()
                    .is_some_and(|l| l.starts_with("ال") && !COMPOUND_NAME_PARTS.contains(l));
            // اللواء منصور التركي، المهندس عادل المغربي: after an honorific only persons
            // take and a first name, a nisba is the family name (a nationality comes
            // before the name: الدكتور المصري محمد ...); and so it is after a whole
            // kunya, as a nom de guerre (أبو حمزة الفرنسي، أبو عبد الله الليبي).
            let whole_kunya = words.len() >= 2
                && is_kunya_particle(words[0])
                && words.len() == 1 + given_name_len(&words[1..]);
            let family_nisba =
                w.starts_with("ال") && (words.len() == 1 && self.after_honorific(t) || whole_kunya);
            // إبراهيم السلطان، وقال محمد القاضي إن: a title that is also a family name,
            // right after a first name and ending the phrase, is the family name (a title
            // in apposition names what it is title of: محمد، الأمين العام للحزب).
            let title_family = TITLE_SURNAMES.contains(&w) && self.phrase_ends_at(k + 1);
            let name_like = |h: &Hit| {
                matches!(
                    h.lex,
                    Lex::GivenName | Lex::Actor { .. } | Lex::Modifier { .. }
                ) || (family_adjective || after_particle) && matches!(h.lex, Lex::Eval { .. })
                    || (after_particle || family_nisba) && matches!(h.lex, Lex::Nisba { .. })
                    || title_family && matches!(h.lex, Lex::RoleRef { .. } | Lex::NisbaTitle { .. })
            };
            let blocked = self.hits_at(k).iter().any(|h| !name_like(h)) || self.hits_at(k).iter().any(|h| {
                matches!(h.lex, Lex::Actor { actor, .. } if self.lex.actors[actor as usize].kind != ActorKind::Person)
            });
            if blocked || w.bytes().all(|b| b.is_ascii_digit()) {
                break;
            }
            // A definite word followed by a definite adjective is a noun phrase
            // (صالح الهجوم الأخير), not a family name.
            // After a title or honorific the family chain of a Gulf name goes on (الشيخ
            // سالم الحمد العلي الجابر).
            // (After عبد، بن، أبو ... the word completes the name: عبد العزيز الدوسري.)
            let compound = COMPOUND_NAME_PARTS.contains(&w)
                || words.last().is_some_and(|l| *l == "عبد" || is_name_link(l));
            // (A Gulf family name in two words is no noun phrase: الجار الله، العبد
            // اللطيف; but after a nisba, or before تعالى, «God» is the verb's object:
            // سألت X الحربي الله أن ...)
            let family_compound = w == "العبد"
                || self.word(k + 1) == "الله"
                    && !w.ends_with('ي')
                    && !matches!(self.word(k + 2), "عز" | "تعالي" | "سبحانه");
            // (Nor is a family nisba before the verb's object: صلاح الدين الأيوبي
            // المذهب; but a participle before its complement is the sentence going on:
            // X المنتمي إلى ...)
            // (Only a derived participle's shape, م with a ت of the stem: المنتمي، المتحدث;
            // a family name before إلى is the subject's end: محمد القحطاني إلى.)
            let participle_shaped = || {
                w.strip_prefix("الم").is_some_and(|rest| {
                    let mut letters = rest.chars();
                    letters.next() == Some('ت') || letters.next() == Some('ت')
                })
            };
            let family_nisba_shape =
                family_nisba_shaped(w) && !(self.word(k + 1) == "الي" && participle_shaped());
            // (After a whole compound first name or kunya, a word no common noun is the
            // family name whatever follows: عبد الرحمن الزيد الحكم الدولي، أبو جعفر
            // الحطاب التونسي. After a simple first name it may be the noun the name
            // governs: سعد البارحة الماضية.)
            let whole_compound =
                whole_kunya || words.len() >= 2 && words.len() == given_name_len(&words);
            // (أحمد الله الكريم: «I praise God», no name.)
            let family_after_compound = whole_compound
                && (words[1] != "الله" || words[0] == "عبد")
                && !w
                    .strip_prefix("ال")
                    .is_some_and(|stem| self.lex.common_words.contains(stem))
                && !self.lex.common_words.contains(w);
            // (Right after a first name that is no noun, a definite word that is no
            // common noun is the family name, whatever follows: أدان محمد المطرود
            // الهجوم، أوضح فهد العتيق الذي. Only where a name can begin: after a verb
            // of speech, a descriptor, a preposition or punctuation; after an
            // indefinite noun the first name is its complement, in construct, and the
            // definite word something else: تمثال حورية البحر، أسرار سعود القاسية. Nor
            // a participle before إلى, أحمد المنتمي إلى, nor a first name read off a
            // preposition, بروز الخلافات.)
            let family_after_given = || {
                let common = |stem: &str| self.lex.common_words.contains(stem);
                words.len() == 1
                    && !NOUN_GIVEN_NAMES.contains(&words[0])
                    && !w.strip_prefix("ال").is_some_and(common)
                    && self.name_may_begin_at(t)
                    && !(self.word(k + 1) == "الي" && participle_shaped())
                    && self.word(t).strip_prefix('و').unwrap_or(self.word(t)) == first
            };
            if w.starts_with("ال")
                && !compound
                && !after_title
                && !family_compound
                && !family_nisba_shape
                && !family_after_compound
                && self.word(k + 1).starts_with("ال")
                && !family_after_given()
            {
                break;
            }
            // بيل كلينتون التفوق، ديفيد هيكتون الاتهامات: past a whole name whose last
            // word is a family name, a definite common word is the sentence going on
            // (the object of the verb before the name). After a first name it may be the
            // family name (محمد عبدالعزيز محمد القصير).
            let common_definite = w
                .strip_prefix("ال")
                .is_some_and(|stem| self.lex.common_words.contains(stem));
            let after_family_name = words.len() >= 2
                && !self.given_name_at(k - 1)
                && !words.last().is_some_and(|l| NAME_PARTICLES.contains(l))
                // (عبد العزيز القصير: the second word of a compound first name.)
                && words[words.len() - 2] != "عبد"
                && !words.last().is_some_and(|l| COMPOUND_NAME_PARTS.contains(l));
            if common_definite && !compound && after_family_name {
                break;
            }
            words.push(w);
            k += 1;
            if w.starts_with("ال") && !compound && !NAME_PARTICLES.contains(&words[words.len() - 2])
            {
                // محمد الخالد الصباح: a ruling family's name closes the chain, and so
                // does the second word of a family name in two (الجار الله، العبد اللطيف).
                let closing = DYNASTY_NAMES.contains(&self.word(k))
                    || family_compound && self.word(k).starts_with("ال");
                if k < self.tokens.len() && self.tokens[k].is_word() && closing {
                    words.push(self.word(k));
                    k += 1;
                }
                break;
            }
        }
        // Particles cannot end a name.
        while words.len() > 1 && NAME_PARTICLES.contains(words.last().unwrap_or(&"")) {
            words.pop();
            k -= 1;
        }
        if words.len() < 2 && (!after_title || is_not_name(first)) {
            // وقالت مرام: «...»، وأوضح إبراهيم أنه: a given name alone as a speech verb's
            // subject, before what was said, is the one person of the article
            // introduced with it (none when two were).
            // (Cheapest test first: most lone given names run on into the sentence.)
            let said_next = k >= self.tokens.len()
                || !self.tokens[k].is_word()
                || crate::quotes::is_complementizer(self.word(k));
            let after_cue = || {
                t > 0
                    && self
                        .hits_at(t - 1)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::Cue { .. }) && h.tok_end as usize == t)
            };
            if words.len() == 1 && said_next && !self.first_name_leads.is_empty() && after_cue() {
                if let Some(&Some(slot)) = self.first_name_leads.get(first) {
                    return Some(self.pattern_np(slot, k));
                }
            }
            return None;
        }
        // بتوفيق الله، بحمد الله، بأمر الله، رضوان الله عليهم: a word and «God» after a
        // preposition, or before عليه/عليهم, is a formula, not a name.
        if words.len() == 2 && words[1] == "الله" {
            let proclitic = first.len() < self.word(t).len();
            let blessing = matches!(self.word(k), "عليه" | "عليها" | "عليهم" | "عليهما");
            if first != "عبد" && (proclitic || blessing) {
                return None;
            }
        }
        // جمال الطبيعة، رضا الجمهور، عمر المباراة: a given name that is also a noun,
        // before a definite common word alone, is that noun in construct.
        if let [given, family] = words.as_slice() {
            let common_family = family.strip_prefix("ال").is_some_and(|stem| {
                self.lex.common_words.contains(stem) && !COMPOUND_NAME_PARTS.contains(family)
            });
            if NOUN_GIVEN_NAMES.contains(given) && common_family {
                return None;
            }
        }
        // الشيخ راشد after الشيخ راشد بن عبدالله آل خليفة, الدكتور هاني after الدكتور
        // هاني بن محمد أبوراس: the same title and given name alone name the one person
        // of the article introduced with them (none when two were).
        let title = (after_title && t > 0).then(|| self.word(t - 1));
        if let (Some(title), [given]) = (title, words.as_slice()) {
            if let Some(&Some(slot)) = self.given_name_leads.get(&(title, *given)) {
                return Some(self.pattern_np(slot, k));
            }
        }
        let np = self.person_np(&words, k);
        if let [given, _, ..] = words.as_slice() {
            note_lead(&mut self.first_name_leads, *given, np.slot);
            if let Some(title) = title {
                note_lead(&mut self.given_name_leads, (title, *given), np.slot);
            }
        }
        Some(np)
    }

    /// Whether a person's name may begin at token `t` by what comes before it: the
    /// text's or a clause's start, punctuation, a cue (أوضح، قالت), a definite word (a
    /// descriptor: المنشد، رجل الأعمال) or a preposition; not an indefinite noun, whose
    /// complement a given name there is (تمثال حورية، أم نايف).
    fn name_may_begin_at(&self, t: usize) -> bool {
        if t == 0 || !self.tokens[t - 1].is_word() {
            return true;
        }
        let prev = self.word(t - 1);
        let bare = prev.strip_prefix('و').unwrap_or(prev);
        bare.is_empty()
            || bare.starts_with("ال")
            || crate::quotes::PREPOSITIONS.contains(&bare)
            || self
                .hits_at(t - 1)
                .iter()
                .any(|h| matches!(h.lex, Lex::Cue { .. }) && h.tok_end as usize == t)
    }

    /// Whether the word at `k` is a common noun with ه for «his» (تفاؤله، قراره), where
    /// the article writes ة for the feminine ending: foreign names write a final e with
    /// ه (شويبله، غوتزه، فيفريه), and their stems are no words or end in ي; زاده is
    /// Persian «son of» (نعمت زاده).
    fn noun_with_his(&self, k: usize) -> bool {
        let w = self.word(k);
        self.written_with_his(k)
            && w != "زاده"
            && w.strip_suffix('ه')
                .is_some_and(|stem| !stem.ends_with('ي') && self.noun_stem(stem))
    }

    /// Whether the word at `k` ends in ه written where the article writes ة elsewhere:
    /// the pronoun «his», not a feminine folded.
    fn written_with_his(&self, k: usize) -> bool {
        self.spellings.pronoun_ha.binary_search(&(k as u32)).is_ok()
    }

    /// Whether a word without its attached pronoun is a common noun: as it is (ظن in
    /// ظنكم), or with ة restored where the pronoun turned it to ت (طاعة in طاعتك).
    fn noun_stem(&self, stem: &str) -> bool {
        self.lex.common_words.contains(stem)
            || stem
                .strip_suffix('ت')
                .is_some_and(|noun| self.lex.common_words.contains(&format!("{noun}ه")))
    }

    /// Whether `w` is a common noun in the accusative, its tanween unwritten (تفسيرا،
    /// نموذجا، عقدا): a verb's object or an adverbial, never a word of a name.
    pub(super) fn common_noun_in_accusative(&self, w: &str) -> bool {
        w.chars().count() >= 4
            && w.strip_suffix('ا').is_some_and(|stem| {
                // (... or a verbal noun of forms II and VI the list lacks: تفسيرا، توضيحا;
                // not the forms in ا, which foreign names share: أنتارا.)
                self.lex.common_words.contains(stem) || is_tafaul_or_tafil(stem)
            })
    }

    /// Whether a name phrase ends before token `t`: at the end of the text, at
    /// punctuation or at a word that never belongs to a name (أن، في، الذي).
    pub(super) fn phrase_ends_at(&self, t: usize) -> bool {
        t >= self.tokens.len() || !self.tokens[t].is_word() || is_not_name(self.word(t))
    }

    /// Whether `w` is a preposition on a definite noun or on a common noun of four
    /// letters or more (للجدل، بالمهرجان، لفندق; not بيلي, a name that reads ب + يلي):
    /// stricter than [`Self::is_prepositional_phrase`], for words that may be names.
    pub(super) fn preposition_on_noun(&self, w: &str) -> bool {
        // لل is ل on the article, its alif dropped.
        w.starts_with("لل") && w.chars().count() >= 5
            || ['ب', 'ل', 'ك']
                .iter()
                .find_map(|&p| w.strip_prefix(p))
                .is_some_and(|rest| {
                    rest.starts_with("ال")
                        || rest.chars().count() >= 4 && self.lex.common_words.contains(rest)
                })
    }

    /// Whether `w` is a common noun with one of the attached pronouns `suffixes` (ظنكم،
    /// تحريرها); a stem in a long vowel is a foreign name's (لويس بلاك، بول ارينا).
    fn noun_with_pronoun(&self, w: &str, suffixes: &[&str]) -> bool {
        suffixes.iter().any(|suffix| {
            w.strip_suffix(suffix)
                .is_some_and(|stem| !stem.ends_with(['ا', 'و', 'ي']) && self.noun_stem(stem))
        })
    }

    /// Whether the word at `k`, after the name علي, is a family name (علي الحازمي): a
    /// definite word that is no common noun (علي الرغم، علي الفور are the preposition
    /// spelled loosely), a nisba allowed (علي العراقي).
    fn family_name_after_ali(&self, k: usize) -> bool {
        let w = self.word(k);
        w.strip_prefix("ال").is_some_and(|stem| {
            stem.chars().count() >= 3
                && (stem.ends_with('ي') || !self.lex.common_words.contains(stem))
                && !self.lex.common_words.contains(w)
                && self.may_be_family_name(w)
        })
    }

    /// Whether a common word right after a first name may be the family name (ضيوف،
    /// حرب): no word that never belongs to a name, no preposition on a word (بأنه), no
    /// verb shape (يرى) and no adverb in the accusative (أيضا، قائلا).
    fn may_be_family_name(&self, w: &str) -> bool {
        !is_not_name(w)
            && !self.is_prepositional_phrase(w)
            && !first_is_verb_shaped(w)
            && !w.ends_with('ا')
            && !w.starts_with('ي')
    }

    /// Whether `w` is a preposition (ب، ل، ك) on a common word or a definite noun
    /// (باختيار، بالقرار، لموسم): no part of a name.
    pub(super) fn is_prepositional_phrase(&self, w: &str) -> bool {
        preposition_on_word(w, &self.lex.common_words)
    }

    /// Whether `word` is the last name of a person already mentioned.
    pub(super) fn known_surname(&mut self, word: &str) -> bool {
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

    /// A subject right after a speech verb made of a title the lexicon lacks and a name
    /// it lacks too (قال الناشط البيئي المغربي سمير بنعلي، ...): the name is the
    /// last run of two or three name-like words before the clause goes on.
    pub(super) fn parse_titled_unknown(&mut self, t: usize) -> Option<Np> {
        if !is_title_noun(self.word(t)) || t == 0 {
            return None;
        }
        // (نجل فلان، زوجة فلان: a noun of kinship makes the name after it the possessor,
        // no title of it. Written with ه for «his», نجله فلان, it is the son himself.)
        if is_kin_noun(self.word(t)) && !self.written_with_his(t) {
            return None;
        }
        if !self.after_finite_cue(t) {
            return None;
        }
        let mut k = t + 1;
        let mut run_start = k;
        // A lone letter is a proclitic cut off by a tatweel or a quotation mark (سمير
        // لـ«الشرق الأوسط»): the name ends before it, as at punctuation.
        let mut lone_letter = false;
        let mut object_follows = false;
        while k < self.tokens.len() && k < t + 10 && self.tokens[k].is_word() {
            let w = self.word(k);
            // د. محمد عاشور: an abbreviated title and its period; the name follows.
            if abbreviation_at(self.text, self.tokens, k) {
                k += 2;
                run_start = k;
                continue;
            }
            if w.chars().count() < 2 {
                lone_letter = true;
                break;
            }
            // Particles end the phrase; adjectives (الحقوقي، الكردي) only are no name.
            let stop = is_not_name(w) && !w.starts_with("ال")
                || self.marked_indefinite(k)
                || self
                    .hits_at(k)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::Cue { .. }));
            if stop {
                break;
            }
            // ... and so does a common noun with «his», where the article writes ة for
            // the feminine ending (برر الوزير فلان قراره بأن): the verb's object.
            // (Not after بن, where any word is the family name.)
            if k > run_start && !is_lineage(self.word(k - 1)) && self.noun_with_his(k) {
                object_follows = true;
                break;
            }
            // (A common word after a first name, right before the phrase ends, is the
            // family name: أكد رئيس اللجنة سامي حرب أن ...; not a verb or an
            // adverb: جمال يرى، سامي أيضا.)
            let common_surname = k == run_start + 1
                && self.given_name_at(run_start)
                && self.phrase_ends_at(k + 1)
                && self.may_be_family_name(w);
            // A definite word, with و or without (والمهني), a preposition on a noun
            // (المثير للجدل) or a noun with its pronoun (رئيس تحريرها) is no part of a
            // name: the name, if any, comes after.
            // (آل, folded to ال, is the family particle: كميل آل بوشوكة.)
            let definite = w.starts_with("ال") && w != "ال"
                || w.strip_prefix('و')
                    .is_some_and(|r| r.starts_with("ال") && r.chars().count() >= 5);
            let plain = !definite
                && (!self.lex.common_words.contains(w) || common_surname)
                && !self.preposition_on_noun(w)
                // (Not ـه, which folds with ة: سلامه.)
                && !self.noun_with_pronoun(w, &["ها", "هم", "هما", "كم", "نا"])
                && self
                    .hits_at(k)
                    .iter()
                    .all(|h| matches!(h.lex, Lex::GivenName));
            // A family name of the form الـ...ي ends a run of name words (عضو المفوضية
            // معتمد الموسوي).
            let family = k > run_start
                && w.ends_with('ي')
                && w.chars().count() >= 5
                && self.hits_at(k).is_empty()
                && w.strip_prefix("ال")
                    .is_some_and(|stem| !self.lex.common_words.contains(stem));
            if family {
                k += 1;
                break;
            }
            // مدير فرع الاتحاد بصفاقس مراد المشري: a word in ب or ل no lexicon knows
            // right after the title's definite complement and before a given name is a
            // preposition and a place, not the first word of the holder's name.
            let place_after_complement = plain
                && k == run_start
                && k > t + 1
                && w.starts_with(['ب', 'ل'])
                && !is_lineage(w)
                && w.chars().count() >= 5
                && self.hits_at(k).is_empty()
                && self.word(k - 1).starts_with("ال")
                && self.given_name_at(k + 1);
            // مسؤول تنفيذي بغوغل، خبير اقتصادي فلان: an indefinite word in ي right after
            // the title, no given name, is the title's adjective, not a first name.
            let title_adjective = plain
                && k == t + 1
                && w.ends_with('ي')
                && w.chars().count() >= 5
                && !self.given_name_at(k);
            if !plain || place_after_complement || title_adjective {
                run_start = k + 1;
            }
            k += 1;
        }
        let run = k - run_start;
        // قال مدير المهرجان، سهام الكعبي، إن: the holder's name in apposition after a
        // comma, when the title's words hold none.
        if !(2..=3).contains(&run) && !lone_letter && !object_follows {
            if let Some(end) = self.name_after_comma(k) {
                let words: Vec<&str> = (k + 1..end).map(|j| self.word(j)).collect();
                return Some(self.person_np(&words, end));
            }
        }
        // The run must end the phrase: at punctuation or a clause-opening word.
        if !(2..=3).contains(&run) || !(lone_letter || object_follows || self.phrase_ends_at(k)) {
            return None;
        }
        let words: Vec<&str> = (run_start..k).map(|j| self.word(j)).collect();
        Some(self.person_np(&words, k))
    }

    /// How many words from `from` (at most three) may make a name no lexicon knows: no
    /// particle, common word, word with a pronoun (المكاسب التي يضمنها: no name's) or
    /// with a digit, no lexicon word but a given name; a word with the article only
    /// last (إلوود folds to الوود).
    fn name_words(&self, from: usize) -> usize {
        let mut k = from;
        while k < self.tokens.len() && self.tokens[k].is_word() && k < from + 3 {
            let w = self.word(k);
            let definite = w.starts_with("ال");
            let plain = !is_not_name(w)
                && !has_possessive(w)
                && !self.marked_indefinite(k)
                && !self.lex.common_words.contains(w)
                && (!definite || k > from)
                && w.chars().count() >= 2
                && !w.bytes().any(|b| b.is_ascii_digit())
                && self
                    .hits_at(k)
                    .iter()
                    .all(|h| matches!(h.lex, Lex::GivenName));
            if !plain {
                break;
            }
            k += 1;
            if definite {
                break;
            }
        }
        k - from
    }

    /// Where a name of two or three words no lexicon knows ends, set off by a comma at
    /// `k` and closed by another mark or the complementizer (، سهام الكعبي، إن): the
    /// [`Ctx::name_words`], its first word not in و nor verb-shaped.
    fn name_after_comma(&self, k: usize) -> Option<usize> {
        if !self.is_punct(k, &['،', ',']) {
            return None;
        }
        let first = self.word(k + 1);
        if first.starts_with('و') || first_is_verb_shaped(first) {
            return None;
        }
        let j = k + 1 + self.name_words(k + 1);
        let closed = self.is_punct(j, &['،', ',', ':'])
            || j < self.tokens.len()
                && self.tokens[j].is_word()
                && crate::quotes::is_complementizer(self.word(j));
        ((2..=3).contains(&(j - k - 1)) && closed).then_some(j)
    }

    /// A person the lexicon lacks, named by `words`, as a phrase ending before `tok_end`.
    pub(super) fn person_np(&mut self, words: &[&str], tok_end: usize) -> Np {
        let slot = self.derived_person(words, Gender::Masculine);
        self.pattern_np(slot, tok_end)
    }

    /// A phrase found by pattern, naming actor `slot`, ending before `tok_end`.
    pub(super) fn pattern_np(&self, slot: usize, tok_end: usize) -> Np {
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
    pub(super) fn parse_nisba_agent(&mut self, t: usize) -> Option<Np> {
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

    /// A person's name carries on with its family or dynasty (… آل سعود، … آل ثاني):
    /// آل folds to ال, written apart, then one name. A person found by pattern whose
    /// name was read from this very mention gets the family in its name too (جلوي بن
    /// محمد آل كركمان, as the article writes it); its id stays that of the words before.
    pub(super) fn extend_family(&mut self, np: Np) -> Np {
        let k = np.tok_end;
        let family = self.word(k + 1);
        if self.word(k) != "ال" || family.is_empty() || is_not_name(family) {
            return np;
        }
        let family_end = self.tokens[k + 1].end as usize;
        let slot = &mut self.out.slots[np.slot];
        if slot.lexicon.is_none() && slot.kind == ActorKind::Person {
            if let Some((start, _)) = slot.name_at.filter(|&(_, end)| end == np.end) {
                slot.name_at = Some((start, family_end));
                slot.name = self.text[start..family_end].to_string();
            }
        }
        Np {
            tok_end: k + 2,
            end: family_end,
            ..np
        }
    }

    /// A name no lexicon knows, shown by the title in apposition after it: two or three
    /// name-like words, a comma, then a title (كارين ديكر، المديرة الإقليمية ...).
    pub(super) fn parse_apposed_name(&mut self, t: usize) -> Option<Np> {
        // Cheap test first, since this runs at almost every word: two or three words,
        // then a comma and a title, or (right after a speech verb, where the comma may be
        // missing: قال جون هاريس وزير ...) a title.
        let after_verb = self.after_finite_cue(t);
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
        let count = self.name_words(t);
        let k = t + count;
        if count < 2 || !title_after(k).is_some_and(|at| self.titled(at)) {
            return None;
        }
        let mut words: [&'a str; 3] = [""; 3];
        for (slot, j) in words.iter_mut().zip(t..k) {
            *slot = self.word(j);
        }
        // واكتشفت دانييل موريل، الرئيسة ...، يعتزم منصور البلوي: before a given name, an
        // unknown word in و or ال, a preposition on a common word, a word with a
        // pronoun, an imperfect or an istaf'ala verb is the clause before the name, which
        // starts at the given name. (Other unknown words are first names before a
        // father's: حسنية هاشم، جان كلود يونكر، باسكال فوزي.)
        let clause_word = |w: &str| {
            w.starts_with('و')
                || w.starts_with("ال")
                || self.is_prepositional_phrase(w)
                || has_possessive(w)
                || w.starts_with("است")
                || w.starts_with('ي') && w.chars().count() >= 4
        };
        if self.given_name_at(t + 1) && !self.given_name_at(t) && clause_word(words[0]) {
            return None;
        }
        Some(self.person_np(&words[..count], k))
    }
}

/// Whether a word is a definite plural participle: ال + م + at least four letters +
/// ين/ون/ات (المسافرين، المتورطين، المخالفات). Family names in الم are shorter
/// (المرهون) or have other endings.
fn is_plural_participle(w: &str) -> bool {
    w.starts_with("الم")
        && w.chars().count() >= 8
        && (w.ends_with("ين") || w.ends_with("ون") || w.ends_with("ات"))
}

/// Whether a word in و is shaped like a foreign surname written with W (ووكر، وارن، ويب،
/// ويلسون) rather than the conjunction on a word (وصبر، ويتوجه): a long vowel after و,
/// not ت after ي (the derived imperfect). Hamza words (وأخاه) are told by their spelling.
fn w_surname_shape(w: &str) -> bool {
    let mut chars = w.chars().skip(1);
    match (chars.next(), chars.next()) {
        (Some('ا' | 'و'), _) => true,
        (Some('ي'), Some(c)) => c != 'ت',
        _ => false,
    }
}

/// The short forms a derived person may be mentioned by later: the family name (the
/// words after the given name) when it is distinctive.
/// The words of a name with joined compounds written apart: صلاحالدين → صلاح الدين،
/// عبدالعزيز → عبد العزيز (news writes either), so that both spellings give one id.
pub(super) fn split_compounds<'w>(words: &[&'w str]) -> Vec<&'w str> {
    let mut out = Vec::with_capacity(words.len() + 1);
    for &w in words {
        let second = COMPOUND_NAME_PARTS
            .iter()
            .find(|p| w.len() > p.len() + 2 && w.ends_with(*p))
            .map(|p| w.len() - p.len());
        let first = (w.starts_with("عبد") && w.chars().count() >= 6).then_some("عبد".len());
        match second.or(first) {
            Some(cut) if w.is_char_boundary(cut) => {
                out.push(&w[..cut]);
                out.push(&w[cut..]);
            }
            _ => out.push(w),
        }
    }
    out
}

/// How many of a name's words (compounds split) its given name takes: two for a
/// compound (عبد الله، صلاح الدين), else one.
pub(super) fn given_name_len(words: &[&str]) -> usize {
    let compound = words.first() == Some(&"عبد")
        || words
            .get(1)
            .is_some_and(|w| COMPOUND_NAME_PARTS.contains(w));
    if compound {
        2
    } else {
        1
    }
}

pub(crate) fn surname_keys(words: &[&str]) -> Vec<String> {
    // A compound given name's second part is no family name, and alone it is God or
    // the faith (الله، الدين) wherever written.
    let given = given_name_len(words);
    if words.len() <= given {
        return Vec::new();
    }
    let rest = words[given..].join(" ");
    let mut keys = Vec::new();
    // (A regnal number is no surname: إليزابيث الثانية is never «الثانية».)
    if rest.chars().count() >= 4 && !is_not_name(&rest) && !ORDINALS.contains(&rest.as_str()) {
        keys.push(rest);
    }
    let last = words[words.len() - 1];
    // (After بن the last word is the father's name, not the family's.)
    let fathers_name = words.len() >= 2 && is_lineage(words[words.len() - 2]);
    if words.len() > given + 1
        && !fathers_name
        && last.chars().count() >= 4
        && !is_not_name(last)
        && !COMPOUND_NAME_PARTS.contains(&last)
        && !ORDINALS.contains(&last)
    {
        keys.push(last.to_string());
    }
    keys
}

/// The surname keys of a person the lexicon lacks ([`surname_keys`]), with two more
/// kinds of word the article may call the person by, when no given name, common word or
/// part of a compound: a family name of three letters (رزق، روب in كريستيان رزق، دونالد
/// روب; not a noun given name, حسن، أمل, nor an honorific, سيد), and a middle word of
/// four letters or more, a father's or a second family name (شيعان in حسن شيعان حامي).
fn family_keys(lex: &Lexicon, words: &[&str]) -> Vec<String> {
    let name_word = |w: &str| {
        !is_not_name(w)
            && !COMPOUND_NAME_PARTS.contains(&w)
            && !lex.common_words.contains(w)
            && lex
                .given_names
                .binary_search_by(|g| g.as_str().cmp(w))
                .is_err()
    };
    let mut keys = surname_keys(words);
    let given = given_name_len(words);
    if let [.., before, last] = words {
        let short_family = words.len() > given
            && last.chars().count() == 3
            && !is_lineage(before)
            && !NOUN_GIVEN_NAMES.contains(last)
            && name_word(last)
            && !HONORIFICS.contains(&format!("ال{last}").as_str());
        if short_family {
            keys.push(last.to_string());
        }
    }
    // (After the given name, which is one or two words, so each has a word before it.)
    if words.len() >= given + 2 {
        for (i, w) in words.iter().enumerate().take(words.len() - 1).skip(given) {
            let middle = w.chars().count() >= 4
                && !is_lineage(words[i - 1])
                && !is_lineage(w)
                && name_word(w);
            if middle {
                keys.push(w.to_string());
            }
        }
    }
    keys
}

/// An ASCII id for a name the lexicon lacks: a plain letter-by-letter transliteration,
/// the same for the same normalized name.
pub(crate) fn romanize(words: &[&str]) -> String {
    // Sized once: a letter (two bytes) gives at most two, any other char no more than
    // its bytes, plus one separator a word.
    let mut out = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
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

/// Whether `rest` (a word without its ل) is an imperfect verb of three or four root
/// letters with no long vowel after its prefix: يكتمل، تملا، ينقذ (the final ا is a
/// folded hamza), not ليبمان's يبمان.
fn is_bare_imperfect(rest: &str) -> bool {
    let mut chars = rest.chars();
    if !matches!(chars.next(), Some('ي' | 'ت' | 'ن')) {
        return false;
    }
    let root = chars.as_str();
    let body = root.strip_suffix('ا').unwrap_or(root);
    (3..=4).contains(&root.chars().count()) && !body.chars().any(|c| matches!(c, 'ا' | 'و' | 'ي'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_imperfect_has_no_long_vowel_after_its_prefix() {
        // (Words without their ل, folded: تملأ is تملا.)
        for verb in ["يشغل", "يكتمل", "تملا", "ينضم"] {
            assert!(is_bare_imperfect(verb), "{verb}");
        }
        for other in ["يبمان", "يفين", "ينش", "وريتا", "يشغلون"] {
            assert!(!is_bare_imperfect(other), "{other}");
        }
    }

    #[test]
    fn joined_compounds_are_split_for_ids() {
        assert_eq!(
            split_compounds(&["صلاحالدين", "الحداد"]),
            ["صلاح", "الدين", "الحداد"]
        );
        assert_eq!(
            split_compounds(&["عبدالعزيز", "الحربي"]),
            ["عبد", "العزيز", "الحربي"]
        );
        assert_eq!(split_compounds(&["الدين"]), ["الدين"]);
        assert_eq!(
            romanize(&split_compounds(&["صلاحالدين", "الحداد"])),
            romanize(&["صلاح", "الدين", "الحداد"])
        );
    }
}
