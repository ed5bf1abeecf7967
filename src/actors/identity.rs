//! Who is who across the article: definite descriptions awaiting resolution, weak names
//! that need support, and surnames that take up a person named before.

use super::persons::{given_name_len, split_compounds};
use super::*;

impl<'a> Ctx<'a> {
    /// A definite description to resolve later: الحركة (an actor's ref) or a bare title.
    pub(super) fn parse_ref(&self, t: usize) -> Option<RefRec> {
        let rec = self.parse_ref_at(t)?;
        // الرئيس التنفيذي، الملك الراحل: another holder than the one named before. (Not
        // after a body's noun, الاتحاد الدولي takes up الاتحاد الدولي لألعاب القوى, nor
        // an institution's, وزارة الصحة العمومية is the health ministry.)
        let title = matches!(&rec.target, RefTarget::Roles(roles)
            if roles.iter().all(|&r| self.lex.roles[r as usize].kind == ActorKind::Person));
        if title && names_another(self.word(rec.tok_end)) || self.adjective_after_noun(&rec) {
            return None;
        }
        Some(rec)
    }

    /// Whether a one-word reference of a nisba's shape (الخارجية، الداخلية) stands right
    /// after a definite noun (a preposition on it too: للشؤون، بالأسواق) or one with a
    /// possessive pronoun, whose adjective it then is: السياسة الخارجية، للأسواق
    /// الخارجية، فروعها الخارجية name no ministry.
    fn adjective_after_noun(&self, rec: &RefRec) -> bool {
        let t = rec.tok_start;
        if !matches!(rec.target, RefTarget::Roles(_))
            || rec.tok_end != t + 1
            || t == 0
            || !self.tokens[t - 1].is_word()
        {
            return false;
        }
        let (w, before) = (self.word(t), self.word(t - 1));
        let noun = has_article(before) || has_possessive(before);
        w.ends_with("يه") && is_definite_nisba(w) && noun
    }

    fn parse_ref_at(&self, t: usize) -> Option<RefRec> {
        let hits = self.hits_at(t);
        // A definite body head noun (المجلس، الصحيفة), as a word of its own.
        let body_head_noun = self
            .word(t)
            .strip_prefix("ال")
            .filter(|head| body_head(head).is_some());
        // The longest reference form; one form is one group of actors.
        if let Some(h) = hits.iter().find(|h| matches!(h.lex, Lex::ActorRef { .. })) {
            if let Lex::ActorRef { group } = h.lex {
                // A one-word reference with a body's head noun also takes up a body of
                // that head the lexicon does not know.
                let head = body_head_noun
                    .filter(|_| h.tok_end as usize == t + 1)
                    .map(str::to_string);
                return Some(RefRec {
                    tok_start: t,
                    tok_end: h.tok_end as usize,
                    start: h.start as usize,
                    end: h.end as usize,
                    target: RefTarget::Group(group, head),
                });
            }
        }
        if let Some(head) = body_head_noun {
            let tok = &self.tokens[t];
            return Some(RefRec {
                tok_start: t,
                tok_end: t + 1,
                start: tok.start as usize,
                end: tok.end as usize,
                target: RefTarget::Head(head.to_string()),
            });
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
        // المتحدث الرسمي للحكومة، السفير فلان: a spokesperson with a complement the role
        // parsers could not read, and a person named right after it, is that person, not
        // the spokesperson named before (without a name, باسم الجيش may well be the same).
        let after = h.tok_end as usize;
        let next = self.word(after);
        let speaks_for_another = (next == "باسم" || next.starts_with('ل'))
            && roles
                .iter()
                .any(|&r| self.lex.roles[r as usize].id == "spokesperson")
            && (after + 1..after + 5)
                .any(|j| HONORIFICS.contains(&self.word(j)) || self.given_name_at(j));
        if speaks_for_another {
            return None;
        }
        Some(RefRec {
            tok_start: t,
            tok_end: h.tok_end as usize,
            start: h.start as usize,
            end: h.end as usize,
            target: RefTarget::Roles(roles),
        })
    }

    /// Weak names count only when the article names the actor another way too.
    pub(super) fn drop_unsupported_weak(&mut self) {
        let mut strong = vec![false; self.out.slots.len()];
        for m in &self.out.mentions {
            if !m.weak {
                strong[m.slot] = true;
            }
        }
        // Whether a mention is its token's whole word, no proclitic read off before it.
        let whole_word = |m: &MentionRec| m.start == self.tokens[m.tok_start].start as usize;
        // A weak name right after or before a speech verb is its subject (ونددت فتح،
        // فتح تدين): the verb is support enough, when it agrees with a person's gender
        // (الوثائق تؤكد سلامة الإجراءات: «soundness», not Ghassan Salamé).
        let agrees_at = |t: usize, m: &MentionRec| {
            let slot = &self.out.slots[m.slot];
            self.hits_at(t).iter().any(|h| {
                matches!(h.lex, Lex::Cue { form: CueForm::Finite(g), .. }
                    if slot.kind != ActorKind::Person || g == slot.gender)
            })
        };
        // (Not a person's definite family name alone: المالكي، العربي، المعلم are borne
        // by many, and are also «the teacher», «the guest» (الضيف); only another name
        // or a role supports them.)
        // (Nor one read off a word with a proclitic: وأكد وجوده is «his presence», no
        // جودة.)
        let by_cue = |m: &MentionRec| {
            whole_word(m)
                && !(self.out.slots[m.slot].kind == ActorKind::Person
                    && self.word(m.tok_start).starts_with("ال"))
                && (m.tok_start > 0 && agrees_at(m.tok_start - 1, m) || agrees_at(m.tok_end, m))
        };
        // A weak name that is the surname of a person the article introduced more
        // recently than it named the lexicon's bearer (جواد هادي عباس ... وأوضح عباس) is
        // that person's: it goes, and the short-name pass gives it to them.
        let mut surnames: FastMap<&str, usize> = FastMap::default();
        let mut last_strong: Vec<Option<usize>> = vec![None; self.out.slots.len()];
        let mut keep = vec![true; self.out.mentions.len()];
        for (i, m) in self.out.mentions.iter().enumerate() {
            let slot = &self.out.slots[m.slot];
            if m.weak {
                let word = &self.text[m.start..m.end];
                let introduced = surnames.get(word).copied();
                let later_than_bearer =
                    introduced.is_some_and(|at| last_strong[m.slot].is_none_or(|named| at > named));
                // مبارك عبدالكريم، مبارك بن فلان: a person's short name followed by a
                // name is the first name of someone else, whom the lexicon's bearer is
                // not.
                let named_on = slot.kind == ActorKind::Person && self.name_follows(m.tok_end);
                // نور مبارك، حافظ وهبة، آل صالح: after a first name or a family particle
                // the word is someone else's family name, not the lexicon's bearer.
                let named_before = slot.kind == ActorKind::Person
                    && m.tok_start > 0
                    && (self.given_name_at(m.tok_start - 1) || {
                        // (Not لا or لو, as often «no» and «if».)
                        let prev = self.word(m.tok_start - 1);
                        NAME_PARTICLES.contains(&prev) && !matches!(prev, "لا" | "لو")
                    });
                // حزب العمال الأسترالي، حزب العمال النرويجي: a state's nisba right after a
                // body's weak name says whose party it is, not the lexicon's.
                let other_states = slot.kind != ActorKind::Person
                    && self.hits_at(m.tok_end).iter().any(|h| {
                        matches!(h.lex, Lex::Nisba { definite: true, .. }) && h.prefix == 0
                    });
                // اللغة العربية، التجارة الحرة: a body's weak name shaped like a definite
                // feminine adjective, written without a proclitic, right after a definite
                // noun agrees with it: an adjective (Arab, free), no channel.
                let word = self.word(m.tok_start);
                let adjective = slot.kind != ActorKind::Person
                    && whole_word(m)
                    && word.starts_with("ال")
                    && word.ends_with('ه')
                    && m.tok_start > 0
                    && self.tokens[m.tok_start - 1].is_word()
                    && has_article(self.word(m.tok_start - 1));
                // القاعدة العسكرية، القاعدة الجوية: a one-word weak body name before a
                // definite adjective in ية is the common noun it qualifies (a base).
                let qualified = slot.kind != ActorKind::Person
                    && m.tok_end == m.tok_start + 1
                    && word.starts_with("ال")
                    && {
                        let next = self.word(m.tok_end);
                        next.starts_with("ال") && next.ends_with("يه")
                    };
                keep[i] = !later_than_bearer
                    && !named_on
                    && !named_before
                    && !other_states
                    && !adjective
                    && !qualified
                    && (strong[m.slot] || by_cue(m));
                continue;
            }
            last_strong[m.slot] = Some(m.start);
            if slot.kind == ActorKind::Person && slot.lexicon.is_none() {
                for key in person_surnames(self.lex, slot) {
                    surnames.insert(key, m.start);
                }
            }
        }
        let mut i = 0;
        self.out.mentions.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }

    /// Whether a name goes on at token `t`, after a word taken for a short name: بن or
    /// بنت, or a given name written without a proclitic (not علي, which is also على; not
    /// وعبدالرحمن, the next of a list, nor لصالح «for the benefit of»). (Not a definite
    /// word in ـي: as often an adjective, وزير البيئة فلان المعني، حكومة مودي القومي.)
    fn name_follows(&self, t: usize) -> bool {
        if !self.tokens.get(t).is_some_and(|k| k.is_word()) {
            return false;
        }
        let next = self.word(t);
        matches!(next, "بن" | "بنت")
            || next != "علي"
                && self
                    .hits_at(t)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::GivenName) && h.prefix == 0)
    }

    /// A byline (خالد خليل – سبق – جدة: at a line's start): the article's writer, who
    /// reports what others say. A person found by pattern there, right before a dash,
    /// with a colon before the line ends, keeps no mention, so never speaks.
    pub(super) fn drop_bylines(&mut self) {
        let tokens = self.tokens;
        let slots = &self.out.slots;
        let kind = |t: usize| tokens.get(t).map(|k| k.kind);
        self.out.mentions.retain(|m| {
            let at_line_start =
                m.tok_start == 0 || kind(m.tok_start - 1) == Some(TokenKind::Newline);
            let byline = at_line_start
                && m.via == Via::Pattern
                && slots[m.slot].kind == ActorKind::Person
                && matches!(kind(m.tok_end), Some(TokenKind::Punct('-' | '–' | '—')))
                && (m.tok_end + 1..(m.tok_end + 9).min(tokens.len()))
                    .take_while(|&t| kind(t) != Some(TokenKind::Newline))
                    .any(|t| kind(t) == Some(TokenKind::Punct(':')));
            !byline
        });
    }

    /// A name the article also writes shorter, as a person of its own, ends where the
    /// shorter one does when the words after are no names (فاتن حمامة علمتني
    /// الالتزام beside فاتن حمامة): the parse ran on into the next words, which the
    /// article itself shows. Its mentions are cut and go to the shorter person. When the
    /// words after are names (a grandfather's given name, a family nisba: محمد سعد
    /// العبدلي), the shorter name written after the longer one is the same person's.
    pub(super) fn cut_run_on_names(&mut self) {
        // Derived persons mentioned, by id: the candidates for the shorter name.
        let by_id = self.mentioned_derived_persons();
        if by_id.len() < 2 {
            return;
        }
        // For each longer name, the shorter person and the id of the words run on.
        let mut cut_to: FastMap<usize, (usize, &str)> = FastMap::default();
        for (&id, &long) in &by_id {
            // The longest shorter name of at least two words that leads this one.
            let mut at = id.len();
            while let Some(us) = id[..at].rfind('_') {
                at = us;
                let Some(&short) = by_id.get(&id[..at]) else {
                    continue;
                };
                let written = self.out.slots[short]
                    .name_at
                    .and_then(|(a, b)| self.text.get(a..b));
                if id[..at].contains('_') && written.is_some_and(two_name_lead) {
                    cut_to.insert(long, (short, &id[at + 1..]));
                }
                break;
            }
        }
        if cut_to.is_empty() {
            return;
        }
        let (text, tokens) = (self.text, self.tokens);
        let mut cuts = Vec::new();
        // Longer names whose words after the shorter one are names: the shorter name is
        // the same person's (احمد سعيد القحطاني ... واوضح احمد سعيد), by short slot.
        let mut same_person: FastMap<usize, FastSet<usize>> = FastMap::default();
        for (i, m) in self.out.mentions.iter().enumerate() {
            let Some(&(short, tail)) = cut_to.get(&m.slot) else {
                continue;
            };
            // The trailing words of the mention that spell the words run on.
            let mut e = m.tok_end;
            let mut spelled = String::new();
            while e > m.tok_start + 1 && spelled.len() < tail.len() && tokens[e - 1].is_word() {
                e -= 1;
                let w = word_at(text, tokens, e);
                let part = romanize(&split_compounds(&[w]));
                spelled = if spelled.is_empty() {
                    part
                } else {
                    format!("{part}_{spelled}")
                };
            }
            let names = (e..m.tok_end).all(|t| self.family_name_word_at(t));
            // جورج بوش الابن، عماد مغنية الاكبر: a qualifier tells two namesakes apart.
            if spelled != tail || NAMESAKE_QUALIFIERS.contains(&word_at(text, tokens, e)) {
                continue;
            }
            if names {
                same_person.entry(short).or_default().insert(m.slot);
                continue;
            }
            cuts.push((i, e, short));
        }
        // (Only where one longer name leads with it and no run-on is cut to it: two
        // namesakes leave it alone. And only where the article writes the longer name
        // first, as it introduces a person: a shorter name written before a longer one
        // is as often a longer name's run-on, هاري بوتر before هاري بوتر السحري.)
        if !same_person.is_empty() {
            let cut_shorts: FastSet<usize> = cuts.iter().map(|&(_, _, short)| short).collect();
            let first_at = self.first_mentions();
            let moves: FastMap<usize, usize> = same_person
                .into_iter()
                .filter(|(short, longs)| longs.len() == 1 && !cut_shorts.contains(short))
                .filter_map(|(short, longs)| longs.into_iter().next().map(|long| (short, long)))
                .filter(|&(short, long)| first_at[long] < first_at[short])
                .collect();
            for m in &mut self.out.mentions {
                if let Some(&long) = moves.get(&m.slot) {
                    m.slot = long;
                }
            }
        }
        for (i, e, short) in cuts {
            let m = &mut self.out.mentions[i];
            m.tok_end = e;
            m.end = tokens[e - 1].end as usize;
            m.slot = short;
        }
    }

    /// A family name of the form «عبد X» (منير فخري عبد النور، حسين عبد الغني) is
    /// read as a compound given name when it stands alone later (وقال عبد النور): that
    /// short person, mentioned after the longer name, is the longer name's bearer.
    pub(super) fn merge_abd_family_names(&mut self) {
        // Derived persons of a given name (or more) and عبد X, mentioned, by the id of
        // «عبد X»: the one named first.
        let first_at = self.first_mentions();
        let mut long_by_tail: FastMap<&str, usize> = FastMap::default();
        for (slot, s) in self.out.slots.iter().enumerate() {
            if s.kind != ActorKind::Person || s.lexicon.is_some() || first_at[slot] == usize::MAX {
                continue;
            }
            let Some(at) = s.id.rfind("_abd_") else {
                continue;
            };
            // (After بن, عبد X is the father's name: خالد بن عبد القادر.)
            let lineage = matches!(s.id[..at].rsplit('_').next(), Some("bn" | "bnt"));
            if s.id[at + 1..].matches('_').count() == 1 && !lineage {
                let long = long_by_tail.entry(&s.id[at + 1..]).or_insert(slot);
                if first_at[slot] < first_at[*long] {
                    *long = slot;
                }
            }
        }
        if long_by_tail.is_empty() {
            return;
        }
        let slots = &self.out.slots;
        for m in &mut self.out.mentions {
            let s = &slots[m.slot];
            if s.kind != ActorKind::Person || s.lexicon.is_some() || s.role.is_some() {
                continue;
            }
            if let Some(&long) = long_by_tail.get(s.id.as_str()) {
                // Only after the longer name: a first mention of «عبد X» is its own.
                if long != m.slot && m.start > first_at[long] {
                    m.slot = long;
                }
            }
        }
    }

    /// A person named by a lineage (سعود بن فهد, in a headline or later) and again by
    /// a longer one that goes on with it (الأمير سعود بن فهد بن عبدالرحمن) is one
    /// person: the longer lineage names a grandfather or the family (بن، بنت، آل after
    /// the shorter), not someone else. Each name's mentions go to the next longer
    /// lineage, and on along the chain; where two lineages of one length go on with it
    /// (بن X beside بن Y) it stays apart.
    pub(super) fn merge_lineage_names(&mut self) {
        // (Most articles name no two lineages: one look at the ids first.)
        let lineages = self
            .out
            .slots
            .iter()
            .filter(|s| s.kind == ActorKind::Person && s.id.contains("_bn"))
            .take(2)
            .count();
        if lineages < 2 {
            return;
        }
        let by_id = self.mentioned_derived_persons();
        if by_id.len() < 2 {
            return;
        }
        // For each shorter lineage, the longer one that goes on with it by the fewest
        // words (`None` when two of that length do), and that number of words.
        let mut next: FastMap<usize, (Option<usize>, usize)> = FastMap::default();
        for (&id, &long) in &by_id {
            let mut at = id.len();
            let mut words = 0;
            while let Some(us) = id[..at].rfind('_') {
                at = us;
                words += 1;
                let follows = id[at + 1..].split('_').next();
                let short_id = &id[..at];
                // (The shorter must be a lineage itself: فلان بن فلان, not a given name.)
                if !matches!(follows, Some("bn" | "bnt" | "al"))
                    || !(short_id.contains("_bn_") || short_id.contains("_bnt_"))
                {
                    continue;
                }
                let Some(&short) = by_id.get(short_id) else {
                    continue;
                };
                match next.get_mut(&short) {
                    Some(link) if link.1 == words => link.0 = None,
                    Some(link) if link.1 < words => {}
                    _ => {
                        next.insert(short, (Some(long), words));
                    }
                }
            }
        }
        let links: FastMap<usize, usize> = next
            .into_iter()
            .filter_map(|(short, (long, _))| long.map(|long| (short, long)))
            .collect();
        if links.is_empty() {
            return;
        }
        for m in &mut self.out.mentions {
            // (A chain is as long as a name has words: the walk ends.)
            let mut slot = m.slot;
            while let Some(&long) = links.get(&slot) {
                slot = long;
            }
            m.slot = slot;
        }
    }

    /// The persons found by pattern (no lexicon actor, no role) that have a mention, by
    /// id: the first mentioned where two share one.
    fn mentioned_derived_persons(&self) -> FastMap<&str, usize> {
        let mut by_id: FastMap<&str, usize> = FastMap::default();
        for m in &self.out.mentions {
            let s = &self.out.slots[m.slot];
            if s.kind == ActorKind::Person && s.lexicon.is_none() && s.role.is_none() {
                by_id.entry(s.id.as_str()).or_insert(m.slot);
            }
        }
        by_id
    }

    /// Where each slot is first mentioned (`usize::MAX` for none), by slot.
    fn first_mentions(&self) -> Vec<usize> {
        let mut first_at = vec![usize::MAX; self.out.slots.len()];
        for m in &self.out.mentions {
            first_at[m.slot] = first_at[m.slot].min(m.start);
        }
        first_at
    }

    /// Whether the word at `t` may be a name after a given and a father's name: another
    /// given name (a grandfather's) or a family nisba (القحطاني).
    fn family_name_word_at(&self, t: usize) -> bool {
        let w = self.word(t);
        self.given_name_at(t) || family_nisba_shaped(w)
    }

    /// A person found by pattern whose name is another's, earlier in the article, but
    /// for one word misspelled (ألكسيس تسبيراس after ألكسيس تسيبراس) is that person.
    /// Names are grouped by their first word and length, a few to a group: the
    /// comparisons stay linear in the article.
    fn merge_misspelled_persons(&mut self) {
        const PER_GROUP: usize = 8;
        let slots = &self.out.slots;
        // (Not two words of the language: جمال الشاطئ، جمال الشواطئ.)
        let common = |w: &str| {
            self.lex
                .common_words
                .contains(w.strip_prefix("ال").unwrap_or(w))
        };
        let mut groups: FastMap<(&str, usize), Vec<usize>> = FastMap::default();
        let mut merges = Vec::new();
        for (i, s) in slots.iter().enumerate() {
            if s.kind != ActorKind::Person || s.lexicon.is_some() || s.merged_into.is_some() {
                continue;
            }
            let Some((first, _)) = s.name.split_once(' ') else {
                continue;
            };
            let group = groups
                .entry((first, s.name.split(' ').count()))
                .or_default();
            let same = group.iter().copied().find(|&j| {
                let mut differ = s
                    .name
                    .split(' ')
                    .zip(slots[j].name.split(' '))
                    .filter(|(a, b)| a != b);
                matches!((differ.next(), differ.next()), (Some((a, b)), None)
                    if a.chars().count() >= 5 && !common(a) && !common(b) && misspelled_as(a, b))
            });
            match same {
                Some(j) => merges.push((i, j)),
                None if group.len() < PER_GROUP => group.push(i),
                None => {}
            }
        }
        for (i, j) in merges {
            self.out.slots[i].merged_into = Some(j);
        }
    }

    /// Later mentions of a person by a surname misspelled (تسبيراس after أليكسيس
    /// تسيبراس, دي ميتسورا after دي ميستورا): a word no lexicon and no mention knows,
    /// of five letters or more, that misspells ([`misspelled_as`]) a single-word surname
    /// of six letters or more of exactly one person of the article. Not a definite word,
    /// nor a common one: those are words of the language, not names misspelled.
    pub(super) fn misspelled_surname_pass(&mut self) {
        const MIN_LETTERS: usize = 6;
        // Surnames with the same first and last letters, a few to a bucket: each word
        // is compared with one bucket, which keeps the pass linear in the article.
        const PER_BUCKET: usize = 8;
        self.merge_misspelled_persons();
        let ends_of = |w: &str| -> Option<u64> {
            Some(
                u64::from(u32::from(w.chars().next()?)) << 32
                    | u64::from(u32::from(w.chars().next_back()?)),
            )
        };
        let mentioned = mentioned_slots(&self.out.mentions, self.out.slots.len());
        let mut buckets: FastMap<u64, Vec<(&str, usize)>> = FastMap::default();
        for (i, slot) in self.out.slots.iter().enumerate() {
            if !mentioned[i] || slot.kind != ActorKind::Person {
                continue;
            }
            for key in person_surnames(self.lex, slot) {
                // (A definite surname is matched by no word: definite words are skipped.)
                if key.contains(' ') || key.starts_with("ال") || key.chars().count() < MIN_LETTERS
                {
                    continue;
                }
                if let Some(bucket) = ends_of(key).map(|e| buckets.entry(e).or_default()) {
                    if bucket.len() < PER_BUCKET {
                        bucket.push((key, i));
                    }
                }
            }
        }
        if buckets.is_empty() {
            return;
        }
        // The last byte of the surnames, and the second byte of their first letter
        // (Arabic letters take two): most words are turned away on these, before any
        // decoding or hashing.
        let (mut seconds, mut lasts) = ([false; 256], [false; 256]);
        for bucket in buckets.values() {
            for (key, _) in bucket {
                let b = key.as_bytes();
                seconds[usize::from(b[1.min(b.len() - 1)])] = true;
                lasts[usize::from(b[b.len() - 1])] = true;
            }
        }
        let covered = covered_tokens(&self.out.mentions, self.tokens.len());
        let mut extra = Vec::new();
        let bytes = self.text.as_bytes();
        for (t, tok) in self.tokens.iter().enumerate() {
            if covered[t] || !tok.is_word() {
                continue;
            }
            // On the bytes first: the word's last, and its first letter's second (after
            // a و, whose bytes are D9 88).
            let (start, end) = (tok.start as usize, tok.end as usize);
            let p = usize::from(bytes.get(start..start + 2) == Some(&[0xD9, 0x88][..])) * 2;
            if end < start + p + 2
                || !seconds[usize::from(bytes[start + p + 1])]
                || !lasts[usize::from(bytes[end - 1])]
            {
                continue;
            }
            let w = &self.text[start + p..end];
            if !self.hits_at(t).is_empty() {
                continue;
            }
            let Some(bucket) = ends_of(w).and_then(|e| buckets.get(&e)) else {
                continue;
            };
            if w.chars().count() < MIN_LETTERS - 1
                || w.starts_with("ال")
                || self.lex.common_words.contains(w)
                || is_not_name(w)
            {
                continue;
            }
            // ... nor a common word behind a proclitic (بهزيمة is no بنزيمة).
            let behind_proclitic = w
                .strip_prefix(['ب', 'ل', 'ك', 'ف'])
                .is_some_and(|rest| self.lex.common_words.contains(rest));
            if behind_proclitic || bucket.iter().any(|&(key, _)| key == w) {
                continue;
            }
            let mut persons = bucket
                .iter()
                .filter(|&&(key, _)| misspelled_as(w, key))
                .map(|&(_, slot)| slot);
            let Some(slot) = persons.next() else {
                continue;
            };
            // (A misspelling of two persons' names is neither's.)
            if persons.any(|other| other != slot) {
                continue;
            }
            extra.push(one_word_name(t, tok, p, slot));
        }
        self.out.mentions.extend(extra);
    }

    /// Later mentions of a derived person by a shorter form (إيغلاند after يان
    /// إيغلاند): looked up word by word among the words no mention covers.
    pub(super) fn short_name_pass(&mut self) {
        let mut short: FastMap<&str, usize> = FastMap::default();
        let slots = std::mem::take(&mut self.out.slots);
        let mentioned = mentioned_slots(&self.out.mentions, slots.len());
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
        // Every key ends in one of a few letters, so in one of a few bytes: a cheap test
        // before any look-up (a word passing it still has to be a key).
        let mut last_bytes = [false; 256];
        for k in short.keys() {
            if let Some(slot) = key_lens.get_mut(k.len()) {
                *slot = true;
            }
            if let Some(&b) = k.as_bytes().last() {
                last_bytes[usize::from(b)] = true;
            }
        }
        let covered = covered_tokens(&self.out.mentions, self.tokens.len());
        // Keys of two words, a particle and a name (بن شفيق، دي سانتيس): looked up at
        // the particle, with or without و before it.
        // (Their particles, few: each word is compared with these, not looked up.)
        let mut pair_particles: Vec<&str> = short
            .keys()
            .filter_map(|k| k.split_once(' ').map(|(particle, _)| particle))
            .filter(|&particle| particle != "عبد" && NAME_PARTICLES.contains(&particle))
            .collect();
        pair_particles.sort_unstable();
        pair_particles.dedup();
        let mut extra = Vec::new();
        // From here on in each round `t` is the index of the token after `tok`: the
        // second word of a pair, skipped with `t += 1` when the pair is a surname.
        let mut t = 0;
        while t < self.tokens.len() {
            let tok = &self.tokens[t];
            t += 1;
            if covered[t - 1] || !tok.is_word() {
                continue;
            }
            let w = &self.text[tok.range()];
            // (A particle is short, و and three letters at most.)
            if !pair_particles.is_empty()
                && w.len() <= 8
                && t < self.tokens.len()
                && !covered[t]
                && self.tokens[t].is_word()
            {
                let p =
                    usize::from(w.starts_with('و') && w.len() > 'و'.len_utf8()) * 'و'.len_utf8();
                // (عبد starts given names, not surnames; a pair that goes on with a name,
                // بن محمد العيبان، or comes after a given name, مساعد بن محمد, is part of
                // someone else's.)
                let particle = &w[p..];
                let someone_elses = || {
                    let after = self.word(t + 1);
                    after.starts_with("ال") && !is_not_name(after)
                        || NAME_PARTICLES.contains(&after)
                        || self.given_name_at(t + 1)
                        || t >= 2
                            && self
                                .hits_at(t - 2)
                                .iter()
                                .any(|h| matches!(h.lex, Lex::GivenName))
                };
                if pair_particles.contains(&particle) && !someone_elses() {
                    let next = &self.text[self.tokens[t].range()];
                    if let Some(&slot) = short.get(format!("{particle} {next}").as_str()) {
                        extra.push(MentionRec {
                            tok_start: t - 1,
                            tok_end: t + 1,
                            start: tok.start as usize + p,
                            end: self.tokens[t].end as usize,
                            slot,
                            via: Via::Name,
                            weak: false,
                            inner: false,
                        });
                        t += 1;
                        continue;
                    }
                }
            }
            if !w
                .as_bytes()
                .last()
                .is_some_and(|&b| last_bytes[usize::from(b)])
            {
                continue;
            }
            // The word itself, then without a proclitic و، ف، ل or ب, then without وب or
            // ول: the lengths of the proclitics it has, read off the bytes of its first
            // two letters rather than decoded or compared prefix by prefix.
            let letter_at = |at: usize, letters: &[char]| {
                letters.iter().any(|c| {
                    w.as_bytes().get(at..at + 2) == Some(c.encode_utf8(&mut [0; 4]).as_bytes())
                })
            };
            let proclitics = [
                Some(0),
                letter_at(0, &['و', 'ف', 'ل', 'ب']).then_some('و'.len_utf8()),
                (letter_at(0, &['و']) && letter_at(2, &['ب', 'ل'])).then_some(2 * 'و'.len_utf8()),
            ];
            for p in proclitics.into_iter().flatten() {
                // Most words have no surname's length: skip the lookup for them.
                if key_lens.get(w.len() - p) == Some(&false) {
                    continue;
                }
                // ل on a definite surname drops the article's alef: للبغدادي is
                // ل + البغدادي. Only a nisba's: a surname of another shape may be a
                // noun a phrase taken for a name ends with (للمرأة، للشركة).
                // (The preposition stays outside the mention, the article's ل in it.)
                let with_article = || {
                    w[p..]
                        .strip_prefix("لل")
                        .filter(|stem| stem.ends_with('ي'))
                        .and_then(|stem| short.get(format!("ال{stem}").as_str()))
                        .map(|&slot| (slot, p + 'ل'.len_utf8()))
                };
                let found = short.get(&w[p..]).map(|&slot| (slot, p));
                if let Some((slot, skip)) = found.or_else(with_article) {
                    // محمد كريم after فلانة محمد، عباس بن أحمد: a surname followed by a
                    // name is someone else's first name. (After عائلة، أسرة، قبيلة it
                    // names the family, not the person.)
                    let family = t >= 2 && is_family_noun(self.word(t - 2));
                    if !self.name_follows(t) && !family {
                        extra.push(one_word_name(t - 1, tok, skip, slot));
                    }
                    break;
                }
            }
        }
        self.out.slots = slots;
        self.out.mentions.extend(extra);
    }
}

/// A person's mention by one word, token `t`, from `skip` bytes into it (past a
/// proclitic) to its end.
fn one_word_name(t: usize, tok: &Token, skip: usize, slot: usize) -> MentionRec {
    MentionRec {
        tok_start: t,
        tok_end: t + 1,
        start: tok.start as usize + skip,
        end: tok.end as usize,
        slot,
        via: Via::Name,
        weak: false,
        inner: false,
    }
}

/// Letters that transcriptions of one foreign sound alternate between (غ / ج / ق for g,
/// ت / ط, س / ص), and the long vowels, which they write or leave out.
fn same_sound(a: char, b: char) -> bool {
    const GROUPS: [&str; 6] = ["غجقك", "اويء", "تط", "سصث", "زذظ", "دض"];
    GROUPS.iter().any(|g| g.contains(a) && g.contains(b))
}

/// Whether `word` is `name` misspelled the way transcriptions vary: the same first and
/// last letter, and one difference: two neighbours swapped (تسيبراس / تسبيراس), a
/// letter of the same sound (رودريغيز / رودريجيز), or a long vowel or a doubled
/// letter written or left out (كيسينجر / كيسنجر، لوناتي / لوناتتي).
fn misspelled_as(word: &str, name: &str) -> bool {
    let a: Vec<char> = word.chars().collect();
    let b: Vec<char> = name.chars().collect();
    if a.first() != b.first() || a.last() != b.last() || a == b {
        return false;
    }
    if a.len() == b.len() {
        let mut diff = (0..a.len()).filter(|&i| a[i] != b[i]);
        return match (diff.next(), diff.next(), diff.next()) {
            (Some(i), None, _) => same_sound(a[i], b[i]),
            (Some(i), Some(j), None) => j == i + 1 && a[i] == b[j] && a[j] == b[i],
            _ => false,
        };
    }
    let (long, short) = if a.len() > b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() != short.len() + 1 {
        return false;
    }
    let i = (0..short.len())
        .find(|&i| long[i] != short[i])
        .unwrap_or(short.len());
    long[i + 1..] == short[i..] && ("اوي".contains(long[i]) || i > 0 && long[i - 1] == long[i])
}

/// The surnames a person named in the article may be mentioned by later: a derived
/// person's surname keys, and the last word of a lexicon person's multi-word names.
pub(crate) fn person_surnames<'s>(
    lex: &'s Lexicon,
    slot: &'s Slot,
) -> impl Iterator<Item = &'s str> + 's {
    let lexicon_names = slot
        .lexicon
        .map(|a| lex.actors[a as usize].names.as_slice())
        .unwrap_or(&[]);
    slot.surnames.iter().map(String::as_str).chain(
        lexicon_names
            .iter()
            .filter_map(|n| n.rsplit_once(' '))
            // (After بن the last word is the father's name: سلمان بن عبدالعزيز is not
            // «عبدالعزيز».)
            .filter(|(before, _)| !before.rsplit(' ').next().is_some_and(is_lineage))
            .map(|(_, last)| last)
            .filter(|last| {
                last.chars().count() >= 3
                    && !is_not_name(last)
                    && !COMPOUND_NAME_PARTS.contains(last)
                    // (A regnal number: الحرب العالمية الثانية is no Elizabeth II.)
                    && !ORDINALS.contains(last)
            }),
    )
}

/// Words after a name that tell namesakes apart (father and son, elder and younger).
const NAMESAKE_QUALIFIERS: &[&str] = &[
    "الاب",
    "الابن",
    "الاكبر",
    "الاصغر",
    "الاول",
    "الثاني",
    "الثالث",
    "الرابع",
    "جونيور",
];

/// Whether a name's first two words (normalized) are a given name and a father's
/// name, plain names both: not a compound given name (عبد الله، صلاح الدين، أبو بكر)
/// nor a lineage (محمد بن).
fn two_name_lead(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let split = split_compounds(&words);
    // (The second word may open a compound of its own: محمد عبد الله.)
    let plain = |w: &str| w != "عبد" && w != "ام" && !is_name_link(w);
    split.len() >= 2 && given_name_len(&split) == 1 && plain(split[0]) && plain(split[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lead_is_two_plain_names() {
        assert!(two_name_lead("كريم حداد"));
        assert!(two_name_lead("احمد سعيد القحطاني"));
        // A compound given name, a kunya or a lineage is one name, not two.
        assert!(!two_name_lead("عبد الله"));
        assert!(!two_name_lead("عبدالله النسور"));
        assert!(!two_name_lead("صلاح الدين"));
        assert!(!two_name_lead("ابو بكر"));
        assert!(!two_name_lead("محمد بن سلمان"));
        assert!(!two_name_lead("كريم"));
    }

    #[test]
    fn misspellings_are_one_transcription_step_apart() {
        // Neighbours swapped, a letter of the same sound, a long vowel or a doubled
        // letter more or less.
        assert!(misspelled_as("تسبيراس", "تسيبراس"));
        assert!(misspelled_as("رودريجيز", "رودريغيز"));
        assert!(misspelled_as("كيسنجر", "كيسينجر"));
        assert!(misspelled_as("لوناتتي", "لوناتي"));
        // Not the same word, another consonant, a first or last letter changed, two
        // steps, or other letters swapped.
        assert!(!misspelled_as("تسيبراس", "تسيبراس"));
        assert!(!misspelled_as("لوريان", "لودريان"));
        assert!(!misspelled_as("كلايتون", "كلينتون"));
        assert!(!misspelled_as("دارويني", "داروين"));
        assert!(!misspelled_as("بهزيمه", "بنزيمه"));
        assert!(!misspelled_as("كلسيتش", "كيلستش"));
    }
}
