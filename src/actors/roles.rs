//! Role phrases: a title composed with a state or a body (الرئيس الأمريكي، رئيس
//! كازاخستان، المتحدث باسم وزارة الخارجية الإيرانية), nested to a bounded depth, the
//! holder's name after it, and the dated holder of each role ([`resolve_roles`]).

use super::*;

impl<'a> Ctx<'a> {
    pub(super) fn role_slot(&mut self, role: u32, holder: usize) -> usize {
        let r = &self.lex.roles[role as usize];
        let h = &self.out.slots[holder];
        let id = format!("{}.{}", h.id, r.id);
        let key = format!("id:{id}");
        // Most role phrases repeat one named before: its name need not be made again.
        if let Some(&s) = self.keys.get(&key) {
            return s;
        }
        let name = format!("{} {}", h.name, r.name);
        let (kind, gender) = (r.kind, r.gender);
        self.slot_for_key(key, || Slot {
            role: Some((role, holder)),
            ..Slot::derived(id, name, kind, gender)
        })
    }

    /// A title followed by a body: رئيس كازاخستان، الأمين العام للأمم المتحدة،
    /// المتحدث باسم الخارجية الإيرانية بهرام قاسمي.
    pub(super) fn parse_construct(&mut self, t: usize, depth: usize) -> Option<Np> {
        self.guarded(|ctx| ctx.parse_construct_unguarded(t, depth))
    }

    pub(super) fn parse_construct_unguarded(&mut self, t: usize, depth: usize) -> Option<Np> {
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
            // The title's own words may end in باسم (المتحدث باسم), or it may follow.
            let bism_follows = self.word(k) == "باسم";
            let in_the_name_of = bism_follows || k > 0 && self.word(k - 1) == "باسم";
            if bism_follows {
                k += 1;
            }
            // حكومة نتنياهو، إدارة أوباما، نظام الرئيس السوري بشار الأسد: a government
            // named by the person who led it is that state's.
            if self.lex.roles[role as usize].kind == ActorKind::Government {
                if let Some(np) = self.government_led_by(role, k) {
                    return Some(np);
                }
            }
            // وحمّل الأمين العام إسرائيل المسؤولية: a definite title is in construct with
            // nothing; the actor right after it, with no ل، ب or باسم between, is the
            // verb's object (الأمين العام للأمم المتحدة takes its holder after ل).
            let definite_title = self.word(t).starts_with("ال");
            let direct = !in_the_name_of && !self.word(k).starts_with(['ل', 'ب']);
            if definite_title && direct {
                continue;
            }
            let holder = match self.parse_holder(k, depth) {
                Some(h) => h,
                None => match self.located_state(k) {
                    Some(h) if self.word(k) == "في" => h,
                    // المتحدث باسم الشرطة التشادية، ناطق باسم نقابة المعلمين: a
                    // spokesperson speaks for a body the lexicon may lack.
                    _ if in_the_name_of => match self.spokesperson_of_pattern_body(role, k) {
                        Some(np) => return Some(np),
                        None => continue,
                    },
                    _ => continue,
                },
            };
            let r = &self.lex.roles[role as usize];
            if r.identity {
                // A state's descriptor (دولة الكويت) takes a state; a body's (الأمانة العامة
                // لـ...) a body, never a state or a person.
                let holder_kind = self.out.slots[holder.slot].kind;
                let fits = if r.kind == ActorKind::State {
                    holder_kind == ActorKind::State
                } else {
                    !matches!(holder_kind, ActorKind::State | ActorKind::Person)
                };
                if !fits {
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

    /// The government `role` of the state whose head of state or of government is named
    /// at `k`: a lexicon person (نتنياهو، أوباما), or a head's title with its state
    /// (الرئيس السوري بشار الأسد). The lexicon's tenures say which state a person led.
    fn government_led_by(&mut self, role: u32, k: usize) -> Option<Np> {
        if let Some(h) = self.actor_hit(k, |kind| kind == ActorKind::Person) {
            let Lex::Actor { actor, .. } = h.lex else {
                return None;
            };
            let state = *self.lex.leads.get(&actor)?;
            let (tok_end, end) = (h.tok_end as usize, h.end as usize);
            let holder = self.lexicon_slot(state);
            return Some(self.finish_role(role, holder, tok_end, end));
        }
        // (The title with the name is the person, when the lexicon knows them.)
        let head = self.parse_nisba_title(k)?;
        let slot = &self.out.slots[head.slot];
        let state = match (slot.role, slot.lexicon) {
            (Some((head_role, state)), _) => {
                let leads = matches!(
                    self.lex.roles[head_role as usize].id.as_str(),
                    "head_of_state" | "head_of_government"
                );
                (leads && self.out.slots[state].kind == ActorKind::State).then_some(state)?
            }
            (None, Some(person)) => {
                let state = *self.lex.leads.get(&person)?;
                self.lexicon_slot(state)
            }
            (None, None) => return None,
        };
        Some(self.finish_role(role, state, head.tok_end, head.end))
    }

    /// The spokesperson of a body found by pattern at `k`, or the person named after it
    /// (المتحدث باسم مجلس المحافظة فلان). Without a person, the body must end where
    /// the sentence goes on (a mark, إن، لوكالة، أمس, a verb): an unknown word after
    /// it may be a name the lexicons lack, and the role would take that person's words.
    fn spokesperson_of_pattern_body(&mut self, role: u32, k: usize) -> Option<Np> {
        let body = self.pattern_body_headed(k, true)?;
        let role_slot = self.role_slot(role, body.slot);
        let np = self.finish_role(role, body.slot, body.tok_end, body.end);
        if np.slot != role_slot {
            return Some(np);
        }
        let next = np.tok_end;
        let clause_goes_on = next >= self.tokens.len()
            || !self.tokens[next].is_word()
            || crate::quotes::is_complementizer(self.word(next))
            || matches!(self.word(next), "اليوم" | "خلال")
            || self.word(next).starts_with('ل')
            || self.time_phrase_at(next)
            || self
                .hits_at(next)
                .iter()
                .any(|h| matches!(h.lex, Lex::Cue { .. }));
        clause_goes_on.then_some(np)
    }

    /// A state after في or ب (في مملكة البحرين، بتونس), with دولة/مملكة before it.
    pub(super) fn located_state(&mut self, k: usize) -> Option<Np> {
        self.guarded(|ctx| ctx.located_state_unguarded(k))
    }

    pub(super) fn located_state_unguarded(&mut self, k: usize) -> Option<Np> {
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
            self.hit_np(actor, h)
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

    pub(super) fn role_index(&self, id: &str) -> Option<u32> {
        self.lex
            .roles
            .iter()
            .position(|r| r.id == id)
            .map(|i| i as u32)
    }

    /// The body after a construct title: a lexicon non-person actor or a composed
    /// institution, optionally after the preposition ل.
    pub(super) fn parse_holder(&mut self, k: usize, depth: usize) -> Option<Np> {
        self.guarded(|ctx| ctx.parse_holder_unguarded(k, depth))
    }

    pub(super) fn parse_holder_unguarded(&mut self, k: usize, depth: usize) -> Option<Np> {
        if k >= self.tokens.len() || !self.tokens[k].is_word() {
            return None;
        }
        let mut best: Option<Np> = None;
        if let Some(h) = self.actor_hit(k, |kind| kind != ActorKind::Person) {
            let Lex::Actor { actor, .. } = h.lex else {
                return None;
            };
            best = Some(self.hit_np(actor, h));
        }
        if let Some(h) = self
            .hits_at(k)
            .iter()
            .find(|h| matches!(h.lex, Lex::Capital { .. }))
        {
            let Lex::Capital { actor } = h.lex else {
                return None;
            };
            // (رئيس باريس سان جيرمان: a club's president, no state's.)
            if self.capital_names_a_club(k, h) {
                return None;
            }
            if best.is_none() {
                best = Some(self.hit_np(actor, h));
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
    pub(super) fn parse_nisba_title(&mut self, t: usize) -> Option<Np> {
        self.guarded(|ctx| ctx.parse_nisba_title_unguarded(t))
    }

    pub(super) fn parse_nisba_title_unguarded(&mut self, t: usize) -> Option<Np> {
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
    pub(super) fn finish_role(
        &mut self,
        role: u32,
        holder: usize,
        mut tok_end: usize,
        mut end: usize,
    ) -> Np {
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
        // A nisba repeating the holder (رئيس وزراء الأردن الأردني) adds nothing.
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
        // ... or the region the holder serves: المتحدث الرسمي للهلال الأحمر بمنطقة
        // الرياض فلان، الناطق باسم المقاومة في عدن فلان. At most three words of place
        // before the name, or none taken.
        let name = self.person_after_title(k).or_else(|| {
            let w = self.word(k);
            let locative = w == "في"
                || w.starts_with("بال")
                || matches!(w, "بمنطقه" | "بمحافظه" | "بمدينه" | "بولايه" | "باقليم");
            if !locative {
                return None;
            }
            (k + 1..k + 4)
                .take_while(|&j| j < self.tokens.len() && self.tokens[j].is_word())
                .find_map(|j| self.person_after_title(j))
        });
        if let Some(name) = name {
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
    pub(super) fn person_after_title(&mut self, k: usize) -> Option<Np> {
        let mut k = if self.is_punct(k, &['،', ',']) && !self.word(k + 1).is_empty() {
            k + 1
        } else {
            k
        };
        // وزير الزراعة الاتحادي المهندس …: one definite word the lexicons lack may complete
        // the title when an honorific follows it.
        if self.word(k).starts_with("ال")
            && self.hits_at(k).is_empty()
            && HONORIFICS.contains(&self.word(k + 1))
        {
            k += 1;
        }
        // وزير المالية الأستاذ سامر …، الرئيس الدكتور …: an honorific between the title
        // and the name (at most two: صاحب السمو).
        let mut honorifics = 0;
        while honorifics < 2 && HONORIFICS.contains(&self.word(k)) && !self.word(k + 1).is_empty() {
            k += 1;
            honorifics += 1;
        }
        // A name with a proclitic is another phrase (رئيس كازاخستان لترامب: the addressee).
        if let Some(h) = self
            .actor_hit(k, |kind| kind == ActorKind::Person)
            .filter(|h| h.prefix == 0)
        {
            let Lex::Actor { actor, weak } = h.lex else {
                return None;
            };
            // A weak name (a famous bearer's first name) that a longer name goes on
            // from is someone else (الأمير مشعل بن ماجد).
            if weak {
                if let Some(np) = self
                    .parse_given_name(k, true)
                    .filter(|np| np.tok_end > h.tok_end as usize)
                {
                    return Some(np);
                }
            }
            // A lexicon surname may carry the name on (أحمد أبو الغيط).
            return Some(self.hit_np(actor, h));
        }
        // (Nor is a given name behind a preposition: الرئيس برقية is ب + رقية, a
        // telegram. A conjunction starts the next person: الرئيس ومحمد فلان.)
        let behind_proclitic = |h: &Hit| matches!(h.lex, Lex::GivenName) && h.prefix > 0;
        let proclitic_only = !self.word(k).starts_with(['و', 'ف'])
            && self.hits_at(k).iter().any(behind_proclitic)
            && !self
                .hits_at(k)
                .iter()
                .any(|h| matches!(h.lex, Lex::GivenName) && h.prefix == 0);
        if let Some(np) = (!proclitic_only)
            .then(|| self.parse_given_name(k, true))
            .flatten()
        {
            return Some(np);
        }
        // A first name spelled as the lexicon does not (سيرغيه لافروف for سيرغي لافروف)
        // before a known person's family name: that person, the whole name the mention.
        let first = self.word(k);
        if !first.is_empty()
            && self.hits_at(k).is_empty()
            && !first.starts_with("ال")
            && !is_not_name(first)
            && !self.lex.common_words.contains(first)
        {
            if let Some(h) = self
                .actor_hit(k + 1, |kind| kind == ActorKind::Person)
                .filter(|h| h.prefix == 0)
            {
                let Lex::Actor { actor, .. } = h.lex else {
                    return None;
                };
                return Some(self.hit_np(actor, h));
            }
        }
        // No lone الـ...ي word after a title is taken for a family name: of 99 such
        // persons in 12,000 articles nine in ten were adjectives (الرئيس الشيشاني،
        // الرئيس الفخري، الزعيم الاشتراكي); a surname the article gave with its first
        // name is linked by the surname pass instead.
        None
    }

    /// A bare title followed by a name: الرئيس دونالد ترمب، رئيس الوزراء الكاظمي.
    pub(super) fn parse_titled_name(&mut self, t: usize) -> Option<Np> {
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
    pub(super) fn parse_capital(&mut self, t: usize) -> Option<Np> {
        let h = *self
            .hits_at(t)
            .iter()
            .find(|h| matches!(h.lex, Lex::Capital { .. }))?;
        let Lex::Capital { actor } = h.lex else {
            return None;
        };
        let line_start = t == 0 || self.tokens[t - 1].kind == TokenKind::Newline;
        let next = h.tok_end as usize;
        if self.capital_names_a_club(t, &h) {
            return None;
        }
        if line_start
            && (self.is_punct(next, &[':', '-', '/', '(', '–', '،', ','])
                || self.is_dateline_time(next))
        {
            return None;
        }
        Some(self.hit_np(actor, &h))
    }

    /// Whether capital hit `h` at `t` opens a club's name: ريال مدريد، باريس سان جيرمان،
    /// روما الإيطالي, a club named after its city (a state's capital stands for a feminine
    /// state; الإيطالي is the masculine club). (Not a capital with a proclitic: ألف ريال
    /// بالرياض is a sum of riyals.)
    fn capital_names_a_club(&self, t: usize, h: &Hit) -> bool {
        let next = h.tok_end as usize;
        t > 0 && h.prefix == 0 && opens_a_club(self.word(t - 1))
            || self.word(next) == "سان"
            || self.word(next).ends_with('ي')
                && self
                    .hits_at(next)
                    .iter()
                    .any(|n| matches!(n.lex, Lex::Nisba { definite: true, .. }) && n.prefix == 0)
    }

    pub(super) fn is_dateline_time(&self, t: usize) -> bool {
        let w = self.word(t);
        crate::segment::is_number(w) || !w.is_empty() && is_not_name(w)
    }
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
    found.when = (date, text_year);
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
        if found.slots[s].kind != ActorKind::Person || found.slots[s].indefinite {
            continue;
        }
        // A person the article itself gave this role (رئيس البرلمان في دولة الكويت مرزوق
        // الغانم ... رئيس البرلمان الكويتي) is who the role phrase means.
        if let Some(&p) = titled.get(&(role, holder)).filter(|&&p| p != s) {
            found.slots[s].merged_into = Some(p);
            continue;
        }
        let key = (
            lex.roles[role as usize].id.clone(),
            found.slots[holder].id.clone(),
        );
        let Some(indexed) = lex.holders.get(&key) else {
            continue;
        };
        let held: Vec<(u32, &RoleTenure)> = indexed
            .iter()
            .map(|&(a, t)| (a, &lex.actors[a as usize].roles[t as usize]))
            .collect();
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
                candidates
                    .iter()
                    .find(|(a, _)| held.iter().any(|(h, t)| h == a && t.held_in(y)))
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
