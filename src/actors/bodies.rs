//! Bodies: lexicon names with their aliases, bodies the lexicon lacks found by a head
//! noun (صحيفة، منظمة، وزارة …) as well-formed noun phrases, duals and joint actors.

use super::*;

/// Words of a generation after a name (junior, father): with a person's name before
/// them, another person of the family. (Not الابن, «the son», which as often sets the
/// famous son himself apart from his father: باراك أوباما الابن.)
const GENERATIONS: [&str; 3] = ["جونيور", "جونير", "الاب"];

impl<'a> Ctx<'a> {
    /// A lexicon name, with an alias in quotation marks or brackets after it
    /// (حركة المقاومة الإسلامية "حماس").
    pub(super) fn parse_name(&mut self, t: usize) -> Option<Np> {
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
        // دونالد ترامب جونيور، باراك أوباما الأب: a person's full name and a generation
        // after it name their son or father, a person of their own.
        let next = np.tok_end;
        if !weak
            && self.lex.actors[actor as usize].kind == ActorKind::Person
            && self.tokens.get(next).is_some_and(|k| k.is_word())
            && GENERATIONS.contains(&self.word(next))
        {
            let text = self.text;
            let mut words: Vec<&'a str> =
                text[h.start as usize..h.end as usize].split(' ').collect();
            words.push(self.word(next));
            // (Read off a lexicon name: no pattern person, whose apposition runs on.)
            let np = self.person_np(&words, next + 1);
            return Some(Np {
                via: Via::Name,
                ..np
            });
        }
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
        Some(np)
    }

    /// Whether a union's name (`actor`, ending before token `next`) opens a sports
    /// federation's: الاتحاد الأوروبي لكرة القدم is UEFA, named by pattern.
    pub(super) fn federation_after(&self, actor: u32, next: usize) -> bool {
        self.lex.actors[actor as usize].kind == ActorKind::InternationalOrganization
            && FEDERATION_FIELDS.contains(&self.word(next))
    }

    /// Whether the name at token `t` follows a noun of a place or an institution named
    /// after someone, with or without an honorific between (مستشفى الملك فهد، جامعة
    /// الإمام محمد بن سعود، بمطار الملك خالد).
    pub(super) fn after_institution(&self, t: usize) -> bool {
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
    pub(super) fn known_after_head(&self, head: &str, t: usize) -> Option<(u32, usize)> {
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
    pub(super) fn extend_member_states(&self, np: Np) -> Np {
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

    /// A group named by a plural head and a definite complement no lexicon knows, with
    /// its definite adjectives (نواب المعارضة، قادة الفصائل المسلحة): its members speak
    /// as one actor. Before a body the lexicon knows (أعضاء مجلس الأمن) they are that
    /// body; before a state, or alone, the head names no one (an unnamed source to the
    /// quote stage).
    pub(super) fn parse_group(&mut self, t: usize) -> Option<Np> {
        let w = self.word(t);
        let head = w
            .strip_prefix('و')
            .filter(|r| GROUP_HEADS.contains(r))
            .unwrap_or(w);
        if !GROUP_HEADS.contains(&head) || !self.hits_at(t).is_empty() {
            return None;
        }
        // أحد زعماء القبائل، بعض نواب المعارضة: one or some of them speak, not the group.
        if t > 0 && (is_partitive(self.word(t - 1)) || self.word(t - 1) == "من") {
            return None;
        }
        let complement = t + 1;
        // أعضاء مجلس الأمن، قادة الحركة ...: the members of a body the lexicon knows
        // speak as that body. (A state's leaders or ministers are no such voice.)
        if let Some(h) = self.actor_hit(complement, |kind| {
            !matches!(kind, ActorKind::Person | ActorKind::State)
        }) {
            let Lex::Actor { actor, weak: false } = h.lex else {
                return None;
            };
            if h.prefix != 0 {
                return None;
            }
            return Some(self.hit_np(actor, h));
        }
        let free = |k: usize| self.hits_at(k).is_empty();
        // قادة دول الخليج، وزراء مالية الدول الأعضاء: up to two indefinite nouns in
        // construct before the definite one that closes the chain.
        let mut definite_at = complement;
        while definite_at < complement + 2
            && self.tokens.get(definite_at).is_some_and(|tok| tok.is_word())
            && !self.word(definite_at).starts_with("ال")
            && free(definite_at)
            && !is_not_name(self.word(definite_at))
            && self.lex.common_words.contains(self.word(definite_at))
            // (أعضاء هيئة البحث: a body's members are left to the body's parse.)
            && body_head(self.word(definite_at)).is_none()
        {
            definite_at += 1;
        }
        let stem = self.word(definite_at).strip_prefix("ال")?;
        // The closing noun names no actor of its own, or is a body or region the group
        // belongs to (منطقة اليورو) when the chain leads to it.
        let closing_free = free(definite_at)
            || definite_at > complement
                && self.hits_at(definite_at).iter().all(|h| {
                    matches!(h.lex, Lex::Actor { actor, .. }
                        if self.lex.actors[actor as usize].kind != ActorKind::Person)
                });
        if stem.chars().count() < 3
            || !closing_free
            || !self
                .tokens
                .get(definite_at)
                .is_some_and(|tok| tok.is_word())
            || is_not_name(self.word(definite_at))
        {
            return None;
        }
        // Adjectives go with the group (الفصائل المسلحة، المعارضة الموريتانية), up to two.
        let mut k = definite_at + 1;
        while k < definite_at + 3
            && self.definite_adjective(k)
            && self
                .hits_at(k)
                .iter()
                .all(|h| matches!(h.lex, Lex::Nisba { .. }))
        {
            k += 1;
        }
        let words: Vec<&str> = std::iter::once(head)
            .chain((complement..k).map(|j| self.word(j)))
            .collect();
        let id = romanize(&words);
        let slot = self.written_slot(id, &words, ActorKind::Group, Gender::Plural, |s| s);
        Some(self.pattern_np(slot, k))
    }

    /// A dual description (الجانبان، البلدان، الطرفان) of the two actors named last:
    /// one joint actor, as in a joint statement.
    pub(super) fn parse_dual(&mut self, t: usize) -> Option<Np> {
        let w = self.word(t);
        let dual = ["", "و", "ف"]
            .iter()
            .find_map(|p| w.strip_prefix(p).filter(|r| DUALS.contains(r)))?;
        // البلدان is also the plural «countries»: so it is before a definite word
        // that is no dual (البلدان الأعضاء، البلدان العربية; not البلدان الشقيقان).
        // (And after هذه، تلك or a quantifier, or before التي: هذه البلدان، معظم
        // البلدان، البلدان التي.)
        let next = self.word(t + 1);
        let prev = if t > 0 { self.word(t - 1) } else { "" };
        let plural = next.starts_with("ال") && !next.ends_with("ان")
            || matches!(prev, "هذه" | "تلك")
            || super::is_partitive(prev)
            || next == "التي";
        if dual == "البلدان" && plural {
            return None;
        }
        // البلدان، الدولتان: two states, not any two parties.
        let states_only = dual.starts_with("البلد") || dual.starts_with("الدولت");
        // The two parties are the bodies the article has named most (a visit, a joint
        // statement), the more recent first on a tie.
        let mut counts: Vec<(usize, usize, usize)> = Vec::new(); // (slot, count, last seen)
        for (i, m) in self.out.mentions.iter().enumerate().rev().take(256) {
            let s = &self.out.slots[m.slot];
            // (A news outlet reports the meeting, it is never one of its sides.)
            if matches!(s.kind, ActorKind::Person | ActorKind::Group)
                || states_only && s.kind != ActorKind::State
                || s.is_media(self.lex)
            {
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
    pub(super) fn joint_slot(&mut self, first: usize, second: usize) -> usize {
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
    pub(super) fn joint_subjects(&mut self) {
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
                inner: false,
            });
        }
        self.out.mentions.sort_by_key(|m| (m.start, m.end));
    }

    /// The closing quotation mark of a name of one to five words whose opening mark is
    /// token `k` («...»، "..."، “...”), or `None` when `k` opens no such name.
    fn quoted_name_end(&self, k: usize) -> Option<usize> {
        if !self.is_punct(k, &OPENING_MARKS) {
            return None;
        }
        let mut j = k + 1;
        while j < self.tokens.len() && self.tokens[j].is_word() && j <= k + 5 {
            j += 1;
        }
        (j > k + 1 && self.is_punct(j, &['"', '»', '”'])).then_some(j)
    }

    /// Bodies named in quotation marks after a plural or dual head, joined by و
    /// (منظمات «الشبكة الدولية» و«مجتمع الدفاع»، شركتا "هيونداي" و"كيا"): each name a body
    /// with a mention of its own, a lexicon actor when the lexicon knows it. Returns the
    /// token after the last name, or `None` when no name follows the head. At most eight
    /// names, of up to five words each.
    pub(super) fn quoted_bodies(&mut self, t: usize) -> Option<usize> {
        let head = self.word(t);
        if !PLURAL_BODY_HEADS.contains(&head.strip_prefix('و').unwrap_or(head)) {
            return None;
        }
        let mut after: Option<usize> = None;
        let mut k = t + 1;
        for _ in 0..8 {
            let Some(j) = self.quoted_name_end(k) else {
                break;
            };
            let words: Vec<&str> = (k + 1..j).map(|x| self.word(x)).collect();
            // منظمات «إرهابية»، شركات "واجهة": one feminine adjective or common word in the
            // marks describes, it names no one; nor does a phrase with a number.
            let describes = words.len() == 1 && {
                let w = words[0];
                w.ends_with("يه")
                    || self
                        .lex
                        .common_words
                        .contains(w.strip_prefix("ال").unwrap_or(w))
            };
            if describes || words.iter().any(|w| w.bytes().any(|b| b.is_ascii_digit())) {
                break;
            }
            let known = self
                .actor_hit(k + 1, |kind| kind != ActorKind::Person)
                .filter(|h| h.tok_end as usize == j && h.prefix == 0)
                .and_then(|h| match h.lex {
                    Lex::Actor { actor, .. } => Some(self.hit_np(actor, h)),
                    _ => None,
                });
            let np = match known {
                Some(np) => np,
                None => {
                    let slot = self.written_slot(
                        romanize(&words),
                        &words,
                        ActorKind::Organization,
                        Gender::Feminine,
                        |s| s,
                    );
                    self.pattern_np(slot, j)
                }
            };
            self.out.mentions.push(MentionRec {
                tok_start: k + 1,
                tok_end: j,
                start: self.tokens[k + 1].start as usize,
                end: np.end,
                slot: np.slot,
                via: np.via,
                weak: false,
                inner: false,
            });
            after = Some(j + 1);
            // و«...»: the next name (و is a token of its own before the mark).
            k = j + 1;
            if self.word(k) != "و" {
                break;
            }
            k += 1;
        }
        after
    }

    /// A body the lexicon lacks, shown by its head noun and a name after it
    /// (صحيفة "لوموند"، منظمة أطباء العالم، الشرطة الاتحادية في ولاية بافاريا).
    pub(super) fn parse_pattern_body(&mut self, t: usize) -> Option<Np> {
        self.pattern_body_headed(t, false)
    }

    /// [`Ctx::parse_pattern_body`], or with `spoken_for` any indefinite noun the lexicons
    /// lack heading the phrase when a definite word follows it: after باسم only a body can
    /// stand (ناطق باسم خفر السواحل اليوناني), whatever its head (feminine in ة, else
    /// masculine); the name then goes on by the pattern rules.
    pub(super) fn pattern_body_headed(&mut self, t: usize, spoken_for: bool) -> Option<Np> {
        static ANY_HEAD: [crate::wordlist::BodyHead; 2] = [
            crate::wordlist::BodyHead {
                word: "",
                kind: ActorKind::Organization,
                gender: Gender::Feminine,
                alone: false,
                definite_only: false,
            },
            crate::wordlist::BodyHead {
                word: "",
                kind: ActorKind::Organization,
                gender: Gender::Masculine,
                alone: false,
                definite_only: false,
            },
        ];
        let w = self.word(t);
        let (head, institution) = match body_head(w) {
            Some(head) if !head.definite_only => (head, false),
            _ => match self.definite_institution(t) {
                Some(head) => (head, true),
                None if spoken_for
                    && !w.starts_with("ال")
                    && w.chars().count() >= 3
                    && !is_not_name(w)
                    && self.hits_at(t).is_empty()
                    && self.word(t + 1).starts_with("ال") =>
                {
                    (&ANY_HEAD[usize::from(!w.ends_with('ه'))], false)
                }
                None => return None,
            },
        };
        // A word of the lexicons starts no body by pattern, except a bare reference
        // form opening an institution's name (الاتحاد العراقي لكرة القدم: not the
        // union named before).
        let only_references = self
            .hits_at(t)
            .iter()
            .all(|h| matches!(h.lex, Lex::ActorRef { .. } | Lex::RoleRef { .. }));
        // وأعلنت إدارة الجوازات: a construct title (إدارة ترامب) before a word that names
        // no one heads a body of its own as the subject of a speech verb; elsewhere
        // إدارة is as often the verbal noun (إدارة الأزمة، إدارة المشروعات). Asked last:
        // only a head that carries nothing but a construct title gets here.
        let unused_title = || {
            self.hits_at(t)
                .iter()
                .all(|h| matches!(h.lex, Lex::ConstructTitle { .. }))
                && self.after_finite_cue(t)
                && !is_title_noun(self.word(t + 1))
                && !self.hits_at(t + 1).iter().any(|h| {
                    matches!(
                        h.lex,
                        Lex::Actor { .. }
                            | Lex::GivenName
                            | Lex::RoleRef { .. }
                            | Lex::ActorRef { .. }
                    )
                })
        };
        // الاتحاد الأوروبي لكرة القدم: a union's name before a sport heads a federation.
        let federation = || {
            self.hits_at(t).iter().any(|h| {
                matches!(h.lex, Lex::Actor { actor, .. } if self.federation_after(actor, h.tok_end as usize))
            })
        };
        // وأعلنت الإدارة العامة للجمارك: so does a one-word nisba title (الإدارة الأمريكية)
        // before an institution's adjective or a complement in لل, no state's nisba, as
        // the subject of a speech verb.
        let unused_nisba_title = || {
            self.hits_at(t)
                .iter()
                .all(|h| matches!(h.lex, Lex::NisbaTitle { .. }) && h.tok_end as usize == t + 1)
                && self.after_finite_cue(t)
                && self.hits_at(t + 1).is_empty()
                && {
                    let next = self.word(t + 1);
                    next.starts_with("لل")
                        || next
                            .strip_prefix("ال")
                            .is_some_and(|stem| INSTITUTION_ADJECTIVES.contains(&stem))
                }
        };
        let free = self.hits_at(t).is_empty()
            || institution && only_references
            || unused_title()
            || unused_nisba_title()
            || federation();
        if !free {
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
        if self.is_punct(k, &OPENING_MARKS) {
            // A quoted name: up to five words and the closing mark.
            let j = self.quoted_name_end(k)?;
            words.extend((k + 1..j).map(|x| self.word(x)));
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
            // (So does a common adjective of kind or size right after the head: شركة
            // ناشئة، بلدية جديدة، مؤسسة عامة.)
            // (And after a masculine head an indefinite word in ـي, not followed by a
            // definite word or ل, is its adjective: مركز صحي، تحالف سياسي؛ after a
            // feminine head such a word is a name: شركة هرفي.)
            let after_next = self.word(t + 2);
            let masculine_nisba = head.gender == Gender::Masculine
                && next.ends_with('ي')
                && !next.starts_with("ال")
                && next.chars().count() >= 4
                && self.hits_at(k).is_empty()
                && !after_next.starts_with("ال")
                && !after_next.starts_with('ل');
            // (So does an activity, a verbal noun taf'il, whose object is no definite
            // word or name: هيئة تدريس، شركة تأمين، لجنة تحقيق، شركة تطوير عقاري; with
            // one it names a body: مركز تدريب الشرطة. Not tafa'ul, which names some:
            // لجنة تراحم.)
            let names_its_object = || {
                for j in k + 1..k + 4 {
                    if !self.tokens.get(j).is_some_and(|t| t.is_word()) {
                        return false;
                    }
                    let x = self.word(j);
                    // (A definite word or a name ends the construct: تصحيح أوضاع
                    // اليمنيين، تطوير مكة المكرمة.)
                    if x.starts_with("ال") || x.starts_with("لل") || !self.hits_at(j).is_empty()
                    {
                        return true;
                    }
                    if is_not_name(x) || first_is_verb_shaped(x) || x.starts_with('و') {
                        return false;
                    }
                }
                false
            };
            let activity = is_tafil(next) && self.hits_at(k).is_empty() && !names_its_object();
            if !w.starts_with("ال")
                && (self.describes_a_kind(k)
                    || self.describes_a_kind(k + 1)
                    || KIND_ADJECTIVES.contains(&next)
                    || masculine_nisba
                    || activity)
            {
                return None;
            }
            // 57 شركة، 127 شركة مدرجة: a counted head is one of many, none named.
            if !w.starts_with("ال")
                && t > 0
                && self.tokens[t - 1].is_word()
                && self.word(t - 1).bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            // شركة ارتفعت أسعارها، تحالف تتقاطع فيه: a derived verb right after the head
            // (the past of istaf'ala and ifta'ala in ـت, an imperfect in تتـ/يتـ) is the
            // clause going on; brands take other shapes (إيليوت، أسمنت).
            let derived_verb = (next.starts_with("است") || next.chars().nth(2) == Some('ت'))
                && next.starts_with('ا')
                && !next.starts_with("ال")
                && next.ends_with('ت')
                && !next.ends_with("ات")
                && (5..=7).contains(&next.chars().count())
                || (next.starts_with("تت") || next.starts_with("يت")) && next.chars().count() >= 5;
            if !w.starts_with("ال") && derived_verb && self.hits_at(k).is_empty() {
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
                // منظمة الدفاع عن المستهلك، الجمعية التونسية للدفاع عن حقوق الطفل: «the
                // defence of» keeps its preposition and what it defends in the name.
                if let Some(n) = self.defence_of_at(k, words.last().copied()) {
                    words.extend((k..k + n).map(|j| self.word(j)));
                    k += n;
                    continue;
                }
                // A name the lexicon knows after a name already complete (its last word
                // definite) is an actor of its own, in apposition or the next phrase
                // (... للثقافة والفنون اليونسكو، الاستخبارات الأمريكية والبنتاغون); in
                // construct it is the body's owner (مجلس الجامعة العربية) and stays.
                let after_definite = words.last().is_some_and(|l| {
                    l.starts_with("ال") || l.starts_with("لل") || l.starts_with("وال")
                });
                let known_name = words.len() >= 2
                    && after_definite
                    && self.hits_at(k).iter().any(|h| {
                        matches!(h.lex, Lex::Actor { actor, weak: false }
                            if self.lex.actors[actor as usize].kind != ActorKind::State)
                    });
                let blocked = known_name
                    || self.hits_at(k).iter().any(|h| {
                        matches!(
                            h.lex,
                            Lex::Cue { .. } | Lex::Modifier { .. } | Lex::GivenName
                        )
                    });
                // الأسبوع الماضي، الشهر المقبل، أمس، الخميس: a time phrase follows the
                // name, it is never part of it.
                if self.time_phrase_at(k) {
                    break;
                }
                // ... الخيرية والجمعية السعودية: a body head after و opens the next body.
                let conjoined_head = x.strip_prefix('و').is_some_and(|rest| {
                    body_head(rest.strip_prefix("ال").unwrap_or(rest)).is_some()
                });
                if conjoined_head && words.len() >= 2 {
                    break;
                }
                let bare = x.strip_prefix('و').unwrap_or(x);
                // مؤسسة جسر الملك فهد: a body named after a person goes on with the name.
                let namesake = NAMESAKE_TITLES.contains(words.last().unwrap_or(&""));
                let blocked = blocked && !namesake;
                // Once the name has gone definite (شركة الاتصالات السعودية) only definite
                // words, nisbas and given names after a title go on with it: an indefinite
                // word after it is the next phrase (فأصدرت، أفضل، ملف).
                // (A definite head is in construct with nothing: الشرطة رجلا، الشرطة
                // اعتقال are the clause going on.)
                let definite_chain = w.starts_with("ال")
                    || words.len() > 1
                        && words[1..]
                            .iter()
                            .any(|w| w.starts_with("ال") || w.starts_with("لل"));
                // لكرة القدم completes a definite institution's name (الاتحاد العراقي
                // لكرة القدم); after an indefinite head it is a title's complement
                // (وكيل وزارة الحج لشؤون الحج).
                let chain = self.construct_chain(k).filter(|_| w.starts_with("ال"));
                let construct = chain.is_some();
                let definite_word = x.starts_with("ال")
                    || x.starts_with("لل")
                    || x.starts_with("وال")
                    || construct
                    || self
                        .hits_at(k)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::Nisba { .. }));
                if definite_chain && !definite_word && !namesake {
                    break;
                }
                // الشعبي، الوطني are no person's name, but go on with a body's.
                let not_name = (is_not_name(x) || is_not_name(bare)) && !self.definite_adjective(k);
                // A common noun in the accusative, its tanween unwritten, is the clause
                // going on (... موتورز نموذجا، ... عقدا): the verb's object.
                let accusative = words.len() >= 2 && self.common_noun_in_accusative(x);
                // After a nisba only adjectives go on with a name (الجمهورية الإسلامية
                // الإيرانية، المحكمة الدستورية العليا): a definite noun there starts the
                // next phrase, the verb's object (الشرطة الفرنسية النار، الجيش التركي
                // الهجوم).
                // (Five letters in ي may be a noun in ى folded: القوى العاملة.)
                let noun_after_adjective = words.last().is_some_and(|l| {
                    is_definite_nisba(l) && (l.ends_with("يه") || l.chars().count() >= 6)
                }) && x.starts_with("ال")
                    && !self.adjective_after_nisba(k);
                if not_name
                    || accusative
                    || noun_after_adjective
                    || self.marked_indefinite(k)
                    || blocked
                    || has_possessive(x)
                    || x.bytes().all(|b| b.is_ascii_digit())
                    || !(construct || self.continues_body_name(k, words.len() == 1))
                {
                    break;
                }
                words.push(x);
                k += 1;
                // The rest of a construct chain goes in whole, up to its definite word
                // (لقطاع شركات الحج): cut short, the name would end indefinite.
                if let Some(n) = chain.filter(|&n| n > 1) {
                    words.extend((k..k + n).map(|j| self.word(j)));
                    k += n;
                }
            }
            if words.len() < 2 && !head.alone {
                return None;
            }
            // المعهد المذكور، الديوان المعني: «the said institute» refers back to a body
            // named before; it names none of its own.
            if words.len() == 2
                && w.starts_with("ال")
                && matches!(
                    words[1],
                    "المذكور" | "المذكوره" | "المعني" | "المعنيه" | "نفسه" | "ذاته"
                )
            {
                return None;
            }
            // حركة is mostly motion (حركة المرور، حركة الرياح، حركة اليد، حركة السفر); a
            // movement the lexicon lacks is taken when it speaks, right after a speech
            // verb or right before one (its name in quotation marks is read above), or
            // when it is named after an actor the lexicon knows (حركة الحوثي).
            let speaks = || {
                self.after_finite_cue(t)
                    || self.finite_cue_at(k)
                    || self
                        .hits_at(t + 1)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::Actor { .. }))
            };
            if bare_head == "حركه" && !w.starts_with("ال") && !speaks() {
                return None;
            }
            // مركز is as often a district (مركز عريعرة، مركز القوز) or a facility (مركز
            // صحي، مركز تدريب، مركز احتجاز) as a centre that acts: without a complement
            // in ل (مركز الخليج للأبحاث) or a namesake (مركز الملك عبدالله) it must speak.
            let complement = words[1..]
                .iter()
                .any(|x| x.starts_with('ل') && !x.starts_with("لا"));
            if bare_head == "مركز"
                && !w.starts_with("ال")
                && !complement
                && !NAMESAKE_TITLES.contains(&words[1])
                && !speaks()
            {
                return None;
            }
            // مجلس مقاطعة، مكتب محاماة: a council, office, department or ministry is
            // named by a chain that ends in a definite noun or a nisba (مجلس صيانة
            // الدستور، وزارة جهاد التعمير), or it is a description.
            let generic_head = matches!(bare_head, "مجلس" | "مكتب" | "اداره" | "وزاره");
            let last = *words.last().unwrap_or(&"");
            // (A definite conjunct ends it too: ... والجوازات والإقامة.)
            let last = last.strip_prefix('و').unwrap_or(last);
            let definite_end = last.starts_with("ال")
                || last.starts_with("لل")
                || self
                    .hits_at(k - 1)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::Nisba { .. } | Lex::Actor { .. }));
            if generic_head && !definite_end {
                return None;
            }
        }
        let (kind, gender) = (head.kind, head.gender);
        let id = romanize(&words);
        let end = self.tokens[k - 1].end as usize;
        let taken_up = |slot: usize, via: Via| Np {
            slot,
            tok_end: k,
            end,
            via,
            weak: false,
        };
        // The same name again is the same body, whatever was named in between (a bare
        // head, الشرطة, takes up the latest body of its head below instead).
        if let Some(&slot) = self
            .keys
            .get(&format!("id:{id}"))
            .filter(|_| words.len() >= 2)
        {
            return Some(taken_up(slot, Via::Pattern));
        }
        let state_nisba = self
            .hits_at(t + 1)
            .iter()
            .any(|h| matches!(h.lex, Lex::Nisba { definite: true, .. }) && h.prefix == 0);
        // الاتحاد الأردني after اتحاد غرب آسيا and الاتحاد الأردني لكرة السلة: a body named
        // before that holds the words, not merely the latest of the head.
        let described = w.starts_with("ال") && words.len() == 2 && state_nisba;
        if let Some(slot) = described.then(|| self.named_body_with(&words)).flatten() {
            return Some(taken_up(slot, Via::Reference));
        }
        // الشرطة الاتحادية after شرطة دبي: a definite head takes up the body named before
        // (and الصحيفة البريطانية the paper named before), unless a state's nisba and a
        // complement with ل make a name of its own that does not hold the earlier one
        // (الاتحاد الأردني لكرة السلة after اتحاد غرب آسيا; but الشركة السعودية للكهرباء
        // after شركة الكهرباء is that company).
        let own_name =
            words.len() >= 3 && words[2..].iter().any(|x| x.starts_with('ل')) && state_nisba;
        if let Some(stem) = w.strip_prefix("ال") {
            if let Some(&slot) = self
                .body_by_head
                .get(stem)
                .filter(|&&slot| !own_name || id_parts_hold(&id, &self.out.slots[slot].id))
            {
                return Some(taken_up(slot, Via::Reference));
            }
        }
        // هيئة الإغاثة after هيئة الإغاثة الإنسانية التركية: a short form of a body
        // the article named before is that body, not a new one.
        if let Some(slot) = self.named_body_with(&words) {
            return Some(taken_up(slot, Via::Reference));
        }
        // The name and head are made only for a new body, not for one named again.
        // The head without its article: الاتحاد takes up الاتحاد العراقي ... and اتحاد ...
        let slot = self.written_slot(id, &words, kind, gender, |s| Slot {
            head: Some(bare_head.to_string()),
            ..s
        });
        self.body_by_head.insert(w, slot);
        Some(taken_up(slot, Via::Pattern))
    }

    /// A lexicon body already in the article (among the latest 256 actors) one of whose
    /// names holds every word of `words`, articles and prepositions aside; or a body
    /// found by pattern with the same head whose longer name holds them.
    pub(super) fn named_body_with(&self, words: &[&str]) -> Option<usize> {
        fn stem(w: &str) -> &str {
            ["لل", "ال", "ول", "وال", "بال", "ل", "ب"]
                .iter()
                .find_map(|p| w.strip_prefix(p).filter(|r| r.chars().count() >= 3))
                .unwrap_or(w)
        }
        if words.len() < 2 {
            return None;
        }
        let wanted: Vec<&str> = words.iter().map(|w| stem(w)).collect();
        let slots = &self.out.slots;
        let holds_all = |n: &str| {
            // More words than wanted, counted as spaces + 1: a byte count, where splitting
            // searched char by char through every name of every body in the article.
            n.bytes().filter(|&b| b == b' ').count() >= wanted.len()
                // A stem is a suffix of its word: most words are turned away by their end
                // before trying every prefix.
                && wanted
                    .iter()
                    .all(|w| n.split(' ').any(|h| h.ends_with(w) && stem(h) == *w))
        };
        (0..slots.len()).rev().take(256).find(|&i| {
            let s = &slots[i];
            s.kind != ActorKind::Person
                && match s.lexicon {
                    Some(a) => self.lex.actors[a as usize]
                        .names
                        .iter()
                        .any(|n| holds_all(n)),
                    // A body found by pattern under the same head (مجلس القضاء within
                    // مجلس القضاء الأعلى).
                    None => {
                        s.head.is_some()
                            && s.merged_into.is_none()
                            && s.name.split(' ').next().map(stem) == wanted.first().copied()
                            && holds_all(&s.name)
                    }
                }
        })
    }

    /// A body found by pattern that is a short form of a lexicon body the article names
    /// anywhere (هيئة الإغاثة in a headline, هيئة الإغاثة الإنسانية التركية in
    /// the text) is merged into it.
    pub(super) fn merge_short_bodies(&mut self) {
        for i in 0..self.out.slots.len() {
            let s = &self.out.slots[i];
            if s.lexicon.is_some() || s.head.is_none() || s.merged_into.is_some() {
                continue;
            }
            let name = s.name.clone();
            let words: Vec<&str> = name.split(' ').collect();
            if let Some(target) = self.named_body_with(&words).filter(|&t| t != i) {
                self.out.slots[i].merged_into = Some(target);
            }
        }
    }

    /// A definite head noun that opens an institution's name rather than taking up one
    /// named before (الاتحاد العراقي لكرة القدم، الشركة الكويتية لنفط الخليج، المجلس
    /// التنسيقي لـ…): followed by a nisba, or by a definite word that is no common word
    /// when the head itself is no reference form of the lexicons (الحزب الحاكم stays a
    /// reference to the party named before).
    pub(super) fn definite_institution(
        &self,
        t: usize,
    ) -> Option<&'static crate::wordlist::BodyHead> {
        let w = self.word(t);
        let head = body_head(w.strip_prefix("ال")?)?;
        let next = self.word(t + 1);
        let nisba = self
            .hits_at(t + 1)
            .iter()
            .any(|h| matches!(h.lex, Lex::Nisba { definite: true, .. }) && h.prefix == 0);
        let is_reference = self
            .hits_at(t)
            .iter()
            .any(|h| matches!(h.lex, Lex::ActorRef { .. } | Lex::RoleRef { .. }));
        // (Not a date: the head is then an adjective, الانتخابات البلدية المقبلة.)
        let proper = head.word != "شركه"
            && next.strip_prefix("ال").is_some_and(|stem| {
                stem.chars().count() >= 3 && !self.lex.common_words.contains(stem)
            })
            && !is_date_adjective(next)
            && !is_reference;
        // المجلس الشعبي الوطني، اللجنة الفنية الثلاثية: a head with two definite
        // adjectives (nisbas in ـي/ـية) names one body.
        let two_adjectives = self.definite_adjective(t + 1) && self.definite_adjective(t + 2);
        // المكتب الإعلامي للحكومة، المجلس التنسيقي لقطاع ...: a definite adjective and a
        // complement with ل name the body too, even after a head that is a reference.
        // (So do the general adjectives: الهيئة العامة للأرصاد، اللجنة العليا
        // للانتخابات.)
        // (Not after «movement»: الحركة العامة للسوق is the market's. Nor inside a
        // title, رئيس اللجنة العامة لـ...: there, as with the lexicon's bodies, the
        // phrase names its holder, whom the name after it gives.)
        let general = head.word != "حركه"
            && !(t > 0 && is_title_noun(self.word(t - 1)))
            && next
                .strip_prefix("ال")
                .is_some_and(|stem| INSTITUTION_ADJECTIVES.contains(&stem));
        let complemented = (self.definite_adjective(t + 1) || general)
            && (self.word(t + 2).starts_with("لل") || self.construct_complement(t + 2));
        (nisba || proper || two_adjectives || complemented).then_some(head)
    }

    /// Whether the word at `k`, after an indefinite head noun, is an indefinite adjective
    /// (a nisba of a state, or a feminine adjective in ـية): the phrase describes a kind
    /// of body (شركة ألمانية، مجلة نسائية) rather than naming one.
    pub(super) fn describes_a_kind(&self, k: usize) -> bool {
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
        // ... or an indefinite participle in ـة (جماعة متطرفة، لجنة مستقلة للتحقيق)
        // that ends the phrase or is followed by a preposition: a kind of body. (A noun
        // in ـة before a name or a definite word is a construct: بلدية محافظة جدة.)
        let next = self.word(k + 1);
        let phrase_ends = !self.tokens.get(k + 1).is_some_and(|t| t.is_word())
            || ["ل", "ب", "و", "ف"].iter().any(|p| next.starts_with(p))
            || matches!(
                next,
                "في" | "من" | "علي" | "الي" | "عن" | "مع" | "ان" | "التي" | "الذي"
            );
        let participle = x.starts_with('م')
            && x.ends_with('ه')
            && x.chars().count() >= 5
            && self.hits_at(k).is_empty()
            && phrase_ends;
        // شركة أخرى، منظمة ثانية، جهة واحدة: another, a second, one body, none named.
        let other = matches!(x, "اخري" | "اخر" | "ثانيه" | "ثان" | "واحده" | "واحد");
        nisba
            || !x.starts_with("ال") && x.ends_with("يه") && x.chars().count() >= 4
            || participle
            || other
    }

    /// Whether the definite word at `k` may be an adjective after a nisba: a nisba, a
    /// participle (المتحدة، المستقلة), an elative or its feminine (الأعلى، الكبرى،
    /// العليا), an institution's adjective (العامة) or a nisba the lexicon knows.
    fn adjective_after_nisba(&self, k: usize) -> bool {
        let x = self.word(k);
        let Some(stem) = x.strip_prefix("ال") else {
            return false;
        };
        let n = stem.chars().count();
        // فاعل and فعيل, masculine or feminine (القابضة، الجديدة), unless a preposition
        // makes them a clause's head (الصادرة في، القائمة على).
        let base = stem.strip_suffix('ه').unwrap_or(stem);
        let next = self.word(k + 1);
        let clause = matches!(next, "في" | "علي" | "عن" | "من" | "الي" | "مع" | "منذ")
            || next.starts_with('ب') && next.chars().count() > 3;
        let faail_or_fail = base.chars().count() == 4
            && (base.chars().nth(1) == Some('ا') || base.chars().nth(2) == Some('ي'));
        is_definite_nisba(x)
            || stem.starts_with('م') && n >= 4
            || n == 4 && (stem.starts_with('ا') || stem.ends_with(['ي', 'ا']))
            || faail_or_fail && !clause
            || INSTITUTION_ADJECTIVES.contains(&stem)
            || self
                .hits_at(k)
                .iter()
                .any(|h| matches!(h.lex, Lex::Nisba { .. }))
    }

    /// Whether the word at `k` is a definite adjective in ـي/ـية (الشعبي، الوطنية), as
    /// bodies' names go on with (a word no person's name has).
    pub(super) fn definite_adjective(&self, k: usize) -> bool {
        self.tokens.get(k).is_some_and(|t| t.is_word()) && is_definite_nisba(self.word(k))
    }

    /// Whether a time adverbial starts at `k`: أمس، a weekday, or a definite noun
    /// followed by الماضي، المقبل، القادم، الجاري (الأسبوع الماضي، الشهر المقبل).
    pub(super) fn time_phrase_at(&self, k: usize) -> bool {
        let x = self.word(k);
        if x == "امس" || is_weekday(x) {
            return true;
        }
        x.starts_with("ال") && is_date_adjective(self.word(k + 1))
    }

    /// Whether the word at `k` is ل on a noun in construct with a definite word
    /// (لكرة القدم، لحقوق الإنسان), which may complete a name already under way; an
    /// imperfect verb (ليكون، لنضمن) or a lone word (لمدة) does not.
    pub(super) fn construct_complement(&self, k: usize) -> bool {
        self.construct_chain(k).is_some()
    }

    /// The words after ل on a noun at `k` that complete its construct, up to and with
    /// the definite word that ends it: one for لكرة القدم, more where indefinite nouns
    /// stand between (لقطاع مصانع الأسمنت, at most two).
    pub(super) fn construct_chain(&self, k: usize) -> Option<usize> {
        let x = self.word(k);
        let stem = x.strip_prefix('ل')?;
        // (An evaluative word is no obstacle right after the head's adjective: الهيئة
        // الوطنية لحماية المستهلك، المركز العربي لدعم الثقافة name what the body is for.
        // After a complement it is a purpose: الشركة السعودية للكهرباء لدعم ...)
        let after_adjective = || k >= 1 && is_definite_nisba(self.word(k - 1));
        let hits = self.hits_at(k);
        let blocked = !hits.is_empty()
            && (hits.iter().any(|h| !matches!(h.lex, Lex::Eval { .. })) || !after_adjective());
        if stem.starts_with('ل')
            || stem.chars().count() < 3
            || stem.starts_with(['ي', 'ن', 'ا'])
            || blocked
        {
            return None;
        }
        let word_at = |j: usize| self.tokens.get(j).is_some_and(|t| t.is_word());
        // ل on a verbal noun of forms II and V, or of the derived patterns, is mostly
        // purpose (لتحديد موعد، لتفريق المحتجين): its chain is no name.
        let purpose = stem.starts_with('ت') || is_verbal_noun_shaped(stem);
        for j in k + 1..k + 4 {
            if !word_at(j) {
                return None;
            }
            let w = self.word(j);
            if w.starts_with("ال") {
                return Some(j - k);
            }
            if purpose {
                return None;
            }
            // An indefinite noun in the chain: no lexicon word, particle, verb shape,
            // pronoun or number.
            let plain = self.hits_at(j).is_empty()
                && !is_not_name(w)
                // (A plural in ـات is no feminine past verb: لقطاع شركات النقل.)
                && (!first_is_verb_shaped(w) || w.ends_with("ات"))
                && !has_possessive(w)
                && !w.starts_with('و')
                && w.chars().count() >= 3
                && !w.bytes().any(|b| b.is_ascii_digit());
            if !plain {
                return None;
            }
        }
        None
    }

    /// Whether the word at `k` can go on a body's name found by pattern: the name is a
    /// noun phrase, so it stops at a verb (نجحت، تعمل، وتم، وساندوا), a title or a
    /// person's name after it (it never swallows the person), an indefinite word after a
    /// preposition (بطريقة، لتكون: a manner or purpose, not the name) and a new
    /// conjunct that is not definite (ونادي ...). `first` is the word right after the
    /// head, which may be a foreign name of any shape (شركة تويتر).
    pub(super) fn continues_body_name(&self, k: usize, first: bool) -> bool {
        let x = self.word(k);
        // قرر الاتحاد الأردني لكرة السلة الانسحاب من البطولة: a sport ends a body's
        // name (لكرة القدم، للسباحة); only an adjective in ي / ية goes on after it
        // (لكرة القدم النسائية), and a second sport (للسيارات والدراجات النارية), not the
        // verbal noun of what the body decided.
        let sport_ended = k >= 1 && {
            let prev = self.word(k - 1);
            let two_word = |w: &str| matches!(w, "لكره" | "للعبه" | "لالعاب");
            FEDERATION_FIELDS.contains(&prev) && !two_word(prev)
                || k >= 2 && two_word(self.word(k - 2))
        };
        if sport_ended && !(x.ends_with('ي') || x.ends_with("يه") || x.starts_with("وال")) {
            return false;
        }
        if is_title_noun(x)
            || is_title_noun(x.strip_prefix('و').unwrap_or(x))
            || HONORIFICS.contains(&x)
        {
            return false;
        }
        if let Some(rest) = x.strip_prefix('و') {
            // والأوقاف، والتنمية: a definite conjunct belongs to official names.
            return rest.starts_with("ال") && !first;
        }
        if x.starts_with("ال") && k >= 1 && self.verbal_noun_after_genitive(k) {
            return false;
        }
        if x.starts_with("ال") || x.starts_with("لل") && !first {
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
            return !(first_is_verb_shaped(x) && (x.chars().count() == 4 || x.ends_with("وا")));
        }
        !first_is_verb_shaped(x)
    }

    /// How many words at `k` continue a body's name after «the defence» (`last`, الدفاع
    /// or للدفاع): عن and a definite noun (عن المستهلك), with a second one in construct
    /// (عن حقوق الطفل). `None` elsewhere.
    fn defence_of_at(&self, k: usize, last: Option<&str>) -> Option<usize> {
        let defence = last.is_some_and(|l| matches!(l, "الدفاع" | "للدفاع" | "والدفاع"));
        if !defence || self.word(k) != "عن" || !self.tokens.get(k + 1).is_some_and(|t| t.is_word())
        {
            return None;
        }
        let object = self.word(k + 1);
        if object.starts_with("ال") {
            return Some(2);
        }
        // (حقوق الإنسان: an indefinite noun in construct with a definite one.)
        let then = self.word(k + 2);
        (self.tokens.get(k + 2).is_some_and(|t| t.is_word())
            && then.starts_with("ال")
            && !is_not_name(object))
        .then_some(3)
    }

    /// Whether the definite word at `k` is a verbal noun (اللجوء، الانسحاب، التصعيد)
    /// right after a definite noun: a construct has one definite word, at its end, so
    /// what follows it in a name is an adjective (الهلال الأحمر، الأمم المتحدة); a
    /// definite verbal noun there is what the body does (قررت نقابة الأطباء الانسحاب من
    /// الحوار), not its name.
    fn verbal_noun_after_genitive(&self, k: usize) -> bool {
        let prev = self.word(k - 1);
        // Adjectives in ي and ية (الأسترالية، التركية) have the shapes too.
        let adjective = |k: usize| {
            is_definite_nisba(self.word(k))
                || self
                    .hits_at(k)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::Nisba { .. }))
        };
        let genitive = prev.starts_with("ال") && !adjective(k - 1);
        let Some(stem) = self.word(k).strip_prefix("ال").filter(|_| !adjective(k)) else {
            return false;
        };
        // (fu'ul: اللجوء، الخروج، الدخول.)
        genitive && (is_verbal_noun_shaped(stem) || is_tafaul_or_tafil(stem) || is_fuul(stem))
    }
}

/// Whether every word of the romanized id `shorter` (without its article or preposition)
/// is a word of `longer`: شركة الكهرباء within الشركة السعودية للكهرباء.
fn id_parts_hold(longer: &str, shorter: &str) -> bool {
    fn bare(part: &str) -> &str {
        ["wal", "al", "ll", "l"]
            .iter()
            .find_map(|p| part.strip_prefix(p).filter(|r| r.len() >= 3))
            .unwrap_or(part)
    }
    shorter
        .split('_')
        .all(|p| longer.split('_').any(|q| bare(q) == bare(p)))
}

#[cfg(test)]
mod tests {
    use super::id_parts_hold;

    #[test]
    fn a_longer_id_holds_a_shorter_one_by_its_bare_words() {
        assert!(id_parts_hold("alshrkh_alsawdyh_llkhrba", "shrkh_alkhrba"));
        assert!(id_parts_hold("alathad_albwlyfy_lkrh_alqdm", "athad_alkrh"));
        assert!(!id_parts_hold(
            "alathad_alaraqy_lkrh_alqdm",
            "athad_ghrb_asya"
        ));
        assert!(!id_parts_hold("alshrkh_alsawdyh_llsnaaat", "shrkh_maadn"));
    }
}
