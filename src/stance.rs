//! Classifying stance: each speech event is scored for condemn, praise and justify from
//! its frame (the cue's own stance: أدان، أشاد، برر; the noun after أعرب عن) and from the
//! evaluative words of its content, with negation and intensifiers; the scores of one
//! actor's events are then gathered per label.

use crate::actors::ActorFinding;
use crate::lexicon::{CueForm, Frame, Gender, Lexicon, ModifierType};
use crate::matcher::{Hit, Lex};
use crate::quotes::{indefinite_feminine_noun, next_word_fits, requirement_met, SpeechEvent};
use crate::segment::{is_number, punct_at, word_at, Token, TokenKind};
use crate::types::{ActorKind, StanceLabel};
use crate::wordlist::WordList;
use std::sync::LazyLock;

/// Accusations and claims: rejecting one is defending oneself (رفض الاتهامات).
static CLAIM_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| crate::wordlist::word_list(include_str!("../lexicons/words/claim_nouns.txt")));

/// Deeds one is accused of (ارتكاب، قيام، تورط): denying one defends oneself.
static DENIED_DEEDS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/denied_deeds.txt"))
});

/// Acts one grants or hands over (منح، إعطاء، السماح، تسليم), as word beginnings:
/// refusing one is no condemnation.
static GRANTED_ACTS: LazyLock<Vec<&str>> =
    LazyLock::new(|| crate::wordlist::words(include_str!("../lexicons/words/granted_acts.txt")));

/// Nouns of manner (بطريقة، بشكل، بصفة، بصورة) that make an adverb of غير + an
/// adjective of legality ([`LEGALITY_ADJECTIVES`]).
static MANNER_NOUNS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/manner_nouns.txt"))
});

/// Adjectives of legality (شرعي، قانوني، مشروع، نظامي), as word beginnings after an
/// optional article.
static LEGALITY_ADJECTIVES: LazyLock<Vec<&str>> = LazyLock::new(|| {
    crate::wordlist::words(include_str!("../lexicons/words/legality_adjectives.txt"))
});

/// Words after which a stance word inside what was said is no act of the speaker's: a
/// condition, the passive, criticism undergone, a cause told (إذا رفض، تم رفض، تعرض
/// لانتقادات، بسبب رفضه).
static UNASSERTED_BEFORE: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/unasserted_before.txt"))
});

/// Guests and audiences after رحب ب: a welcome to people is hospitality.
static GUESTS: LazyLock<WordList> =
    LazyLock::new(|| crate::wordlist::word_list(include_str!("../lexicons/words/guests.txt")));

/// The public (الناس، الشارع): a speaker who invokes its anger voices it.
static PUBLIC_NOUNS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/public_nouns.txt"))
});

/// How many tokens before a verb a subject's mention may start: a bound that keeps the
/// look-up short (a role and a name run to a dozen words).
const MAX_SUBJECT_TOKENS: usize = 24;

/// Words of fighting something (مكافحة، محاربة، الحد ...): the evil after them is a task's
/// topic (`combat_words.txt`).
static COMBAT_WORDS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/combat_words.txt"))
});

/// The least score at which an event shows a stance.
pub(crate) const THRESHOLD: f32 = 0.5;

/// How far, in tokens, the object of a stance cue that reports no words reaches.
const OBJECT_SPAN: usize = 30;

/// One piece of evidence, in token coordinates.
#[derive(Debug, Clone)]
pub(crate) struct TokEvidence {
    pub from: usize,
    pub to: usize,
    pub rules: Vec<String>,
    pub weight: f32,
}

/// The stance one event shows for one label.
#[derive(Debug, Clone)]
pub(crate) struct EventStance {
    pub event: usize,
    pub speaker: usize,
    pub label: StanceLabel,
    pub score: f32,
    pub evidence: Vec<TokEvidence>,
    /// Byte range of the target in the normalized text.
    pub target: Option<(usize, usize)>,
    pub target_actor: Option<usize>,
    /// A stance the speaker reports of another actor (قال إن الاتحاد ساند القرار), held
    /// by that actor but not said by it in this event: no quote of its own.
    pub reported: bool,
}

/// Scores every event with a speaker and keeps the labels at or above [`THRESHOLD`].
pub(crate) fn classify(
    lex: &Lexicon,
    text: &str,
    tokens: &[Token],
    hits: &[Hit],
    found: &ActorFinding,
    events: &[SpeechEvent],
) -> Vec<EventStance> {
    // Tokens covered by an actor mention: evaluative words inside a name
    // (ميليشيا الحوثي) describe no one's stance.
    let mut in_mention = crate::actors::covered_tokens(&found.mentions, tokens.len() + 1);
    // ... and so do fixed expressions that name a topic (الهجرة غير الشرعية).
    for h in hits {
        if let Lex::Modifier { entry } = h.lex {
            if lex.modifiers[entry as usize].kind == ModifierType::Neutral {
                let (a, b) = (h.tok_start as usize, (h.tok_end as usize).min(tokens.len()));
                in_mention[a.min(b)..b].fill(true);
            }
        }
    }
    // The actor of the first mention starting at each token, for evaluations that need
    // a beneficiary and for the agent of a stance noun.
    // (u32::MAX where none starts: a sentinel, not an Option, keeps the vector a
    // quarter the size, written once per article.)
    let mut slot_starting: Vec<u32> = vec![u32::MAX; tokens.len() + 1];
    for m in &found.mentions {
        if let Some(slot) = slot_starting.get_mut(m.tok_start) {
            if *slot == u32::MAX {
                *slot = m.slot as u32;
            }
        }
    }
    let starting = |t: usize| {
        slot_starting
            .get(t)
            .filter(|&&s| s != u32::MAX)
            .map(|&s| s as usize)
    };
    let mention_starts = |t: usize| starting(t).is_some();
    // The actor of the longest mention ending right before token `t`: the subject of a
    // verb that follows it (الاتحاد ساند القرار). Asked only at stance verbs inside what
    // was said, so looked up there: mentions are sorted by start, and a name is short.
    // (Not a name after a preposition, في المملكة المتحدة: no subject there.)
    let ending = |t: usize| {
        let lo = found
            .mentions
            .partition_point(|m| m.tok_start + MAX_SUBJECT_TOKENS < t);
        found.mentions[lo..]
            .iter()
            .take_while(|m| m.tok_start < t)
            .filter(|m| m.tok_end == t && !m.inner && !m.oblique(text, tokens))
            .min_by_key(|m| m.tok_start)
            .map(|m| found.canonical(m.slot))
    };
    let mut out = Vec::new();
    let mut reported: Vec<EventStance> = Vec::new();
    for (ei, ev) in events.iter().enumerate() {
        let Some(speaker) = ev.speaker else {
            continue;
        };
        // وبحسب المرصد، قتل 13 شخصا؛ وفق بلاغ الوزارة، تمكنت الوحدات من إيقاف ...: what
        // a source is cited for is the news it gives (arrests, charges, casualties),
        // not a stance it takes; its stances have verbs of their own.
        if ev.source == "according_to" {
            continue;
        }
        let (from, to) = ev.content;
        // A stance cue's object (أدان الهجوم الذي ...) is a noun phrase and what hangs on
        // it: evaluations further on, in a sentence that runs on (no full stop for
        // lines), are other clauses', the writer's or another actor's.
        let to = if ev.is_quote {
            to
        } else {
            to.min(from + OBJECT_SPAN)
        };
        let mut per_label: [Vec<TokEvidence>; 3] = Default::default();
        let mut frame_target: Option<usize> = None;
        // Whether a condemnation of this event was said in words that judge: a cue of
        // its own, a description (وصفه بالإرهابي), the object of a frame (أعرب عن إدانته).
        let mut judged_in_words = false;
        // The id of the event's cue, for the rules of a few cues below.
        let cue_id = ev.cue.and_then(|c| match c.lex {
            Lex::Cue { cue, .. } => Some(lex.cues[cue as usize].id.as_str()),
            _ => None,
        });
        // رفض الاتهامات، رافضا ما تردد عن: rejecting a claim defends; the claim itself
        // (الاتهامات) is what is rejected, not the speaker's accusation.
        let rebuts = cue_id == Some("reject") && rejects_a_claim(text, tokens, from);
        // The frame: the cue's own stance. A denial has none, but denying an act of
        // one's own or an accusation defends it (نفى أن يكون، نفت مسؤوليتها، نفى ارتكاب
        // أي خطأ); denying a rumour or a fact (نفى وجود) takes no side.
        if let Some(cue_hit) = ev.cue {
            if let Lex::Cue { cue, .. } = cue_hit.lex {
                let entry = &lex.cues[cue as usize];
                let negated = negated_at(lex, text, tokens, hits, cue_hit.tok_start as usize);
                let denial = (cue_id == Some("deny") && denies_an_act(text, tokens, from))
                    .then_some((StanceLabel::Justify, DENIAL_WEIGHT));
                // رحب بالحضور، رحب بالأمير فلان، مرحبا بكم: welcoming people who came
                // is hospitality; a welcome shows a stance to a decision or an event.
                let hospitality = cue_id == Some("welcome")
                    && welcomes_people(text, tokens, found, from, to.min(from + 4));
                // دعم المستشفيات بأطباء، يدعم المدينة بالمحروقات: support given in kind is
                // aid, not an endorsement.
                let in_kind = cue_id == Some("support")
                    && supplied_with(lex, text, tokens, from, to.min(from + 5));
                let tally = counted_after(text, tokens, cue_hit.tok_end as usize);
                // رفضت منح تأشيرة، رفض إعطاء تفاصيل، رفضوا تسليم أنفسهم: an act of one's
                // own refused judges no one. (The event stays: what follows is still
                // the refuser's, مشيرا إلى ...)
                // (Right after the cue, or after its subject: ورفضت السلطات السماح.)
                let act_refused = cue_id.is_some_and(|id| {
                    refuses_a_grant(id, text, tokens, &[cue_hit.tok_end as usize, from])
                });
                if let Some((mut label, mut w)) = entry
                    .stance
                    .or(denial)
                    .filter(|_| !hospitality && !in_kind && !tally && !act_refused)
                {
                    // هاجم X منتقدي الاتفاق، هاجم من يعرقل: attacking a person, a body or
                    // «whoever» is criticism; attacking a village or a convoy is no stance.
                    if cue_id == Some("attack")
                        && (mention_starts(from) || word_at(text, tokens, from) == "من")
                    {
                        w = w.max(0.85);
                    }
                    if rebuts {
                        label = StanceLabel::Justify;
                    }
                    if !negated {
                        let start = cue_hit.tok_start as usize;
                        let end = if ev.is_quote {
                            start + 1
                        } else {
                            to.min(start + OBJECT_SPAN)
                        };
                        per_label[label.index()].push(TokEvidence {
                            from: start,
                            to: end.max(start + 1),
                            rules: vec![format!("cue:{}", entry.id)],
                            weight: w,
                        });
                        if !ev.is_quote {
                            frame_target = Some(from);
                        }
                    }
                }
            }
        }
        // The content: evaluative words, negated or not.
        let lo = hits.partition_point(|h| (h.tok_start as usize) < from);
        let mut first_eval_in_object = true;
        // Tokens up to here are taken by an accepted form: غير مبرر is one evaluation,
        // not also مبرر.
        let mut taken_until = 0usize;
        // Where the last «described as» ends (وصفها بالرائعة، وصف زيارته بالناجحة): a
        // word of general goodness there is the actor's own judgement. (Not after
        // اعتبر: its passive يعتبر، تعتبر "is considered" describes: تعتبر مميزة.)
        let is_consider = |h: &Hit| {
            matches!(h.lex, Lex::Cue { cue, .. } if lex.cues[cue as usize].id == "consider")
                && text[h.start as usize..h.end as usize].contains("صف")
        };
        // نفى أي اتهامات، نفت الادعاءات: the accusation a denial takes as object is the
        // claim denied, not the speaker's own (nor, rejected, a condemnation: `rebuts`).
        let denial_event = cue_id == Some("deny") || rebuts;
        let claim_denied =
            |t: usize| denial_event && CLAIM_NOUNS.contains(&word_at(text, tokens, t));
        // إذا رفض، تم رفض، تعرض لانتقادات: supposed, passive or undergone, no act of the
        // speaker's.
        let unasserted = |t: usize| t > 0 && unasserted_after(word_at(text, tokens, t - 1));
        let mut called_at = ev
            .cue
            .filter(|c| is_consider(c))
            .map(|c| c.tok_end as usize);
        for h in &hits[lo..] {
            let t = h.tok_start as usize;
            if t >= to {
                break;
            }
            if is_consider(h) {
                called_at = Some(h.tok_end as usize);
            }
            // A stance verb inside what was said (الشعب المصري يرفض ...) is the
            // speaker's stance too, a little weaker than their own frame.
            if let Lex::Cue { cue, form, .. } = h.lex {
                let c = &lex.cues[cue as usize];
                // مجموعات معارضة، كيانات متهمة، مسيرات منددة: a feminine participle right
                // after an indefinite noun in ة or ات agrees with it, an adjective that
                // describes others; no stance of the speaker's.
                if form == CueForm::Participle(Gender::Feminine)
                    && t > 0
                    && indefinite_feminine_noun(word_at(text, tokens, t - 1))
                {
                    continue;
                }
                // تحولت إلى متهمة، من معارضين: after a preposition a participle is the
                // noun (the accused, opponents), no one's stance.
                if matches!(form, CueForm::Participle(_))
                    && t > 0
                    && crate::quotes::PREPOSITIONS.contains(&word_at(text, tokens, t - 1))
                {
                    continue;
                }
                // رفضوا، يدينون inside one person's words: what others did, reported
                // (أكد أنهم رفضوا المطلب), not the speaker's own stance; that would be
                // in the first person (نرفض).
                if matches!(
                    form,
                    CueForm::Finite(Gender::Plural) | CueForm::Participle(Gender::Plural)
                ) && found.slots[speaker].kind == ActorKind::Person
                {
                    continue;
                }
                // ندافع عن وطننا، الجيش يدافع عن الحدود، سيدافع عن مصالحه: defending inside
                // what was said is mostly literal, or someone else's act; condemning and
                // praising are what the speaker does by saying it.
                if c.stance
                    .is_some_and(|(label, _)| label == StanceLabel::Justify)
                {
                    continue;
                }
                if claim_denied(t)
                    || unasserted(t)
                    || counted_after(text, tokens, h.tok_end as usize)
                {
                    continue;
                }
                // (قائلا: مرحبا بكم: hospitality inside what was said too.)
                let end = h.tok_end as usize;
                if c.id == "welcome" && welcomes_people(text, tokens, found, end, to.min(end + 4)) {
                    continue;
                }
                // أن رفض الكونغرس للاتفاق، إشادة الأمير فلان بـ: a stance noun in
                // construct with an actor is that actor's act, reported, not the
                // speaker's, unless the actor is the speaker or what it speaks for (رفض
                // مصر in the words of Egypt's minister).
                // (Only where the word reads as the noun: after a verb, وتتهم الشركة,
                // the actor may be the object.)
                let noun_reading = |x: &Hit| matches!(x.lex, Lex::Cue { cue: other, form: CueForm::Noun, .. } if other == cue);
                let reads_as_noun = form == CueForm::Noun || {
                    let at = hits.partition_point(|x| (x.tok_start as usize) < t);
                    hits[at..]
                        .iter()
                        .take_while(|x| x.tok_start as usize == t)
                        .any(noun_reading)
                };
                if reads_as_noun {
                    let end = (h.tok_end as usize).min(tokens.len());
                    match starting(end) {
                        Some(agent) => {
                            if !speaks_for(lex, found, speaker, found.canonical(agent)) {
                                continue;
                            }
                        }
                        // (... or with a title no actor was found for: بعد رفض مدير
                        // الشركة للمقترح.)
                        None => {
                            // (... or some of a group: لاقى استنكار عدد من النواب.)
                            let next = word_at(text, tokens, end);
                            if crate::actors::is_title_noun(next.strip_prefix("ال").unwrap_or(next))
                                || some_of_a_group(next)
                            {
                                continue;
                            }
                        }
                    }
                }
                // (قبضت على 45 متهما: the accused, counted, no accusation.)
                if crate::quotes::counted_person(lex, text, tokens, h) {
                    continue;
                }
                let own = ev.cue.is_some_and(|own| own.tok_start == h.tok_start);
                // ... القرار الذي يدين: a relative clause's verb is someone else's act.
                let relative =
                    t > 0 && matches!(word_at(text, tokens, t - 1), "الذي" | "التي" | "الذين");
                if relative {
                    continue;
                }
                // An ambiguous form (ثمن) counts only as its own event's cue.
                let mut next = h.tok_end as usize;
                while next < to && in_mention[next] {
                    next += 1;
                }
                // قال إن الاتحاد ساند القرار: a finite verb right after an actor's name,
                // inside what was said, is that actor's stance, told; the speaker's too
                // only when the actor is the speaker, what it speaks for, or a body it
                // voices (below).
                // (Not a verb with و or ف on it: a new clause, its subject unwritten.)
                // (Subject and verb agree before it: «إسرائيل ثمن» is a price, no praise.)
                // (Only for a cue that carries a stance: the others add nothing here.)
                // (An opening quotation mark may stand between them: إن مصر «تدين ...».)
                let quoted_from = if t > from && punct_at(tokens, t - 1, &['«', '"', '“']) {
                    t - 1
                } else {
                    t
                };
                let subject = match form {
                    CueForm::Finite(g) if h.prefix == 0 && c.stance.is_some() => {
                        ending(quoted_from).filter(|&a| {
                            let slot = &found.slots[a];
                            let unknown_gender = slot.kind == ActorKind::Person
                                && slot.lexicon.is_none()
                                && slot.role.is_none();
                            g != Gender::Plural && (slot.gender == g || unknown_gender)
                        })
                    }
                    _ => None,
                }
                .filter(|_| quoted_from > from && !in_mention[t]);
                let required = requirement_met(c, text, tokens, h, to)
                    && next_word_fits(c, text, tokens, next)
                    && (!c.explicit_subject || subject.is_some());
                // (A person who says a body's stance, قال المتحدث إن الحكومة ترفض، أكد
                // القيادي أن الحركة تدعم, mostly speaks for it, known or not: the stance is
                // the speaker's too. A state's or another person's is only theirs.)
                let voiced = |a: usize| {
                    found.slots[speaker].kind == ActorKind::Person
                        && matches!(
                            found.slots[a].kind,
                            ActorKind::Government | ActorKind::Organization
                        )
                };
                // (إيران تدعم الإرهاب: backing what is condemned is an accusation, the
                // speaker's, no praise of the one accused.)
                let backs_the_condemned = || {
                    let end = h.tok_end as usize;
                    let stop = (end + 3).min(to);
                    let condemned_word = hits
                        [hits.partition_point(|x| (x.tok_start as usize) < end)..]
                        .iter()
                        .take_while(|x| (x.tok_start as usize) < stop)
                        .any(|x| {
                            matches!(x.lex, Lex::Eval { entry }
                                if lex.evaluative[entry as usize].label == StanceLabel::Condemn)
                        });
                    let terror = (end..stop).any(|k| {
                        let w = word_at(text, tokens, k);
                        w.contains("ارهاب") || w.contains("تطرف")
                    });
                    c.stance.is_some_and(|(l, _)| l == StanceLabel::Praise)
                        && (condemned_word || terror)
                };
                if let Some(agent) = subject.filter(|&a| !speaks_for(lex, found, speaker, a)) {
                    if let Some((label, w)) = c
                        .stance
                        .filter(|_| required && t >= taken_until && !backs_the_condemned())
                    {
                        if !negated_at(lex, text, tokens, hits, t) {
                            reported.push(EventStance {
                                event: ei,
                                speaker: agent,
                                label,
                                score: w * 0.8,
                                evidence: vec![TokEvidence {
                                    from: t,
                                    to: (h.tok_end as usize).max(t + 1),
                                    rules: vec![format!("cue:{}", c.id)],
                                    weight: w * 0.8,
                                }],
                                target: None,
                                target_actor: None,
                                reported: true,
                            });
                        }
                    }
                    if !voiced(agent) {
                        continue;
                    }
                }
                // أن اللجنة المشرفة قد رفضت، إن المحكمة رفضت الطعن: a third person's verb
                // right after a definite noun no actor was found for, agreeing with it,
                // has that noun for subject: someone else's act, unnamed. (Not the public,
                // whose anger a speaker voices: الشارع يرفض.)
                if subject.is_none() && !own && t > from && !in_mention[t] {
                    if let CueForm::Finite(g) = form {
                        let mut k = quoted_from;
                        if k > from && matches!(word_at(text, tokens, k - 1), "قد" | "لقد") {
                            k -= 1;
                        }
                        let prev = if k > from {
                            word_at(text, tokens, k - 1)
                        } else {
                            ""
                        };
                        let feminine = crate::quotes::feminine_form(prev);
                        let noun_subject = k > from
                            && !in_mention[k - 1]
                            && prev.starts_with("ال")
                            && prev.chars().count() > 3
                            && !PUBLIC_NOUNS.contains(&prev)
                            && !crate::quotes::is_complementizer(prev)
                            && match g {
                                Gender::Feminine => feminine,
                                Gender::Masculine => !feminine,
                                _ => false,
                            };
                        if noun_subject && c.stance.is_some() {
                            continue;
                        }
                    }
                }
                // (رفضوا السماح، رافضا إعطاء: an act refused, as above.)
                if refuses_a_grant(&c.id, text, tokens, &[h.tok_end as usize]) {
                    continue;
                }
                if let Some((label, w)) = c
                    .stance
                    .filter(|_| !own && required && t >= from && t >= taken_until)
                {
                    if !negated_at(lex, text, tokens, hits, t) && !in_mention[t] {
                        taken_until = h.tok_end as usize;
                        per_label[label.index()].push(TokEvidence {
                            from: t,
                            to: (h.tok_end as usize).max(t + 1),
                            rules: vec![format!("cue:{}", c.id)],
                            weight: w * 0.8,
                        });
                    }
                }
                continue;
            }
            let Lex::Eval { entry } = h.lex else {
                continue;
            };
            // One evaluation per token: the longest form (hits are longest first).
            if t < taken_until
                || in_mention[t]
                || (h.tok_end as usize) > to
                || rebuts && t == from
                || claim_denied(t)
            {
                continue;
            }
            let e = &lex.evaluative[entry as usize];
            // مكافحة الجريمة، محاربة الفساد: what one fights is the topic of a task,
            // no judgement on anyone.
            if e.label == StanceLabel::Condemn
                && (t.saturating_sub(2)..t)
                    .any(|k| COMBAT_WORDS.contains(&word_at(text, tokens, k)))
            {
                continue;
            }
            // دخلوا بطريقة غير شرعية، يقيم بصفة غير قانونية: the manner of an act told,
            // a fact about it, no judgement of anyone.
            if e.label == StanceLabel::Condemn && illegal_manner_at(text, tokens, t) {
                continue;
            }
            // ... and so is an attitude (تم رفض، تعرض لانتقادات), as a stance verb is.
            if !e.held_construct.is_empty() && unasserted(t) {
                continue;
            }
            // A call to stop something (دعا إلى وقف، طالب بإنهاء) condemns it; the same
            // noun anywhere else in what was said does not.
            let called_for = e.after_cues.is_empty()
                || (t <= from + 3
                    && ev.cue.is_some_and(
                        |c| matches!(c.lex, Lex::Cue { cue, .. } if e.after_cues.contains(&cue)),
                    ));
            let next = word_at(text, tokens, h.tok_end as usize);
            // (A form that lists the times it does not open, انطلاقا من الساعة، opens no
            // date either: انطلاقا من 12 أفريل.)
            let date_next = !e.unless_next.is_empty()
                && !next.is_empty()
                && next
                    .chars()
                    .all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c));
            if !called_for || date_next || e.unless_next.iter().any(|w| w == next) {
                continue;
            }
            // استجابة ل: only before a word in ل, the preposition the form ends with.
            if !next.starts_with('ل')
                && e.before_l
                    .iter()
                    .any(|f| f.as_str() == &text[h.start as usize..h.end as usize])
            {
                continue;
            }
            // عبروا عن غضبهم، نال إعجاب الجماهير، تأييد الديمقراطيين للاتفاق: an attitude
            // in construct with who holds it, or one person's report of a group's, is
            // someone else's. (With «his», مقدما شكره، it is mostly the speaker's own; so
            // is the public's anger a speaker invokes: عوامل تثير سخط الشارع.) At the
            // head of what was said (لفت إلى رفض رئيس البلدية) only a title's or another
            // person's is: a body's there is mostly the speaker's own (اعتزاز الجمعية،
            // ترحيب اللجنة), and after نقل، أعرب، جدد the speaker voices it (نقل شكر الملك).
            if !e.held_construct.is_empty() {
                let form = &text[h.start as usize..h.end as usize];
                let listed =
                    |list: &[String]| list.binary_search_by(|f| f.as_str().cmp(form)).is_ok();
                let end = h.tok_end as usize;
                let before_holder = listed(&e.held_construct) && end < to && tokens[end].is_word();
                let someone_else = if t <= from + 2 {
                    let by_person = |a: usize| {
                        let a = found.canonical(a);
                        a != speaker && found.slots[a].kind == ActorKind::Person
                    };
                    !matches!(cue_id, Some("relay" | "express" | "renew"))
                        && before_holder
                        && (crate::actors::is_title_noun(next.strip_prefix("ال").unwrap_or(next))
                            || starting(end).is_some_and(by_person))
                } else {
                    let by_group =
                        found.slots[speaker].kind == ActorKind::Person && listed(&e.held_by_group);
                    let construct = before_holder
                        && (crate::actors::is_definite_noun(next)
                            || mention_starts(end)
                            || crate::actors::is_title_noun(next)
                            || some_of_a_group(next))
                        && !(e.label == StanceLabel::Condemn && PUBLIC_NOUNS.contains(&next));
                    by_group || construct
                };
                if someone_else {
                    continue;
                }
            }
            // Solidarity with no one named is a topic, not an endorsement.
            let end = h.tok_end as usize;
            if e.beneficiary && !(end..(end + 4).min(to)).any(mention_starts) {
                continue;
            }
            taken_until = h.tok_end as usize;
            let mut label = e.label;
            let mut weight = e.weight;
            if negated_at(lex, text, tokens, hits, t) {
                match label {
                    StanceLabel::Praise | StanceLabel::Justify => {
                        label = StanceLabel::Condemn;
                        weight *= 0.8;
                    }
                    StanceLabel::Condemn => continue,
                }
            }
            // ووصف الهجوم بأنه «عمل إرهابي»، وصفت التفجير بالعمل الإرهابي: what the
            // description predicates, past its object, is the judgement too.
            // (بأنه may come after a long object, and a noun and a quotation mark stand
            // before the judgement: وصفت القرار الذي ... بأنه قرار «تاريخي».)
            let predicated = called_at.is_some_and(|c| {
                t > c
                    && (t <= c + 8 && word_at(text, tokens, t).starts_with("بال")
                        || t <= c + OBJECT_SPAN
                            && (t.saturating_sub(3).max(c)..t).any(|p| {
                                let w = word_at(text, tokens, p);
                                w.starts_with("بانه") && crate::quotes::is_complementizer(w)
                            }))
            });
            if (called_at == Some(t) || predicated) && label != StanceLabel::Justify {
                weight = weight.max(0.8);
                judged_in_words |= label == StanceLabel::Condemn;
            }
            weight = (weight + intensity(lex, hits, h.tok_end as usize)).min(1.0);
            // The noun right after أعرب عن / عبر عن carries the frame's full weight.
            let in_frame = !ev.is_quote && first_eval_in_object && t <= from + 2;
            judged_in_words |= in_frame && label == StanceLabel::Condemn;
            if in_frame {
                // A weak word (قلقه) stays weak even as the frame's object.
                if e.weight >= 0.6 {
                    weight = weight.max(0.9);
                }
                frame_target.get_or_insert(h.tok_end as usize);
            }
            first_eval_in_object = false;
            per_label[label.index()].push(TokEvidence {
                from: if in_frame { from } else { t },
                to: if in_frame {
                    to.min(from + OBJECT_SPAN)
                } else {
                    h.tok_end as usize
                },
                rules: vec![format!("eval:{}", e.id)],
                weight,
            });
        }
        // Justifying defends an act already done or decided; what a call or a demand
        // introduces (دعا إلى حماية، طالب بتلبية) is an act wanted, not defended.
        if matches!(cue_id, Some("call" | "demand")) {
            per_label[StanceLabel::Justify.index()]
                .retain(|e| e.rules.iter().all(|r| r.starts_with("cue:")));
        }
        // استشهد ... دفاعا عن وطنه، فقدت ولدها شهيدا مدافعا عن أمن المجتمع: a death in
        // defence of the homeland is told (with pride, or grief), not argued for.
        let defending = |e: &TokEvidence| {
            e.rules.iter().any(|r| {
                matches!(
                    r.as_str(),
                    "cue:defend" | "cue:defending" | "eval:justify.defense"
                )
            })
        };
        let justify = &mut per_label[StanceLabel::Justify.index()];
        if justify.iter().any(defending) {
            let cue_at = ev.cue.map_or(from, |c| c.tok_start as usize);
            if martyrdom_near(text, tokens, cue_at.min(from), to) {
                justify.retain(|e| !defending(e));
            }
        }
        for label in StanceLabel::ALL {
            let ev_list = std::mem::take(&mut per_label[label.index()]);
            if ev_list.is_empty() {
                continue;
            }
            // أفادت وزارة الداخلية بالقبض على ... المتورطين في جريمة: a security body's
            // report of arrests, charges and crimes describes them; it condemns only with
            // a cue or a description of its own (أدانت، وصفت الهجوم بالإرهابي).
            if label == StanceLabel::Condemn
                && !judged_in_words
                && ev_list
                    .iter()
                    .all(|e| e.rules.iter().all(|r| r.starts_with("eval:")))
                && found.is_security_body(speaker)
            {
                continue;
            }
            let score = 1.0 - ev_list.iter().fold(1.0, |acc, e| acc * (1.0 - e.weight));
            // Words that describe violence without judging it (إرهابي، ميليشيا, under the
            // threshold alone) add up to no condemnation by themselves, nor do words of
            // general goodness (مهم، ناجح، مميز، رائع) to praise: one piece of evidence
            // must judge. (Justifications are made of such small steps: لضمان، حماية،
            // بهدف; of two kinds at least: a word said twice, الحماية ... حماية، الأمن
            // القومي ... الأمن القومي, is a topic, not a reason given.)
            // (The same word: its text without article or proclitic, لحماية، الحماية.)
            let kinds = || {
                let mut words: Vec<&str> = ev_list
                    .iter()
                    .filter_map(|e| {
                        let span = &text[tokens.get(e.from)?.start as usize
                            ..tokens.get(e.to.max(e.from + 1) - 1)?.end as usize];
                        let bare = span.strip_prefix(['و', 'ف']).unwrap_or(span);
                        let bare = bare.strip_prefix(['ل', 'ب']).unwrap_or(bare);
                        Some(bare.strip_prefix("ال").unwrap_or(bare))
                    })
                    .collect();
                words.sort_unstable();
                words.dedup();
                words.len()
            };
            let judged = ev_list.iter().any(|e| e.weight >= THRESHOLD)
                || label == StanceLabel::Justify && kinds() >= 2;
            if score < THRESHOLD || !judged {
                continue;
            }
            let target_tokens =
                target_of(lex, text, tokens, hits, frame_target.unwrap_or(from), to);
            // The cue's preposition (أشاد بدور، ندد بجريمة) is not part of the target,
            // nor is one written on the article (بالهجوم).
            let takes_bi = ev.cue.is_some_and(|c| lex.cue_takes(&c.lex, Frame::With));
            // (Not the first letter of a name: باكستان، بغداد.)
            let name_in_b = |a: usize, start: usize| {
                let at = found.mentions.partition_point(|m| m.tok_start < a);
                found.mentions[at..]
                    .iter()
                    .take_while(|m| m.tok_start == a)
                    .any(|m| m.start == start)
            };
            let target = target_tokens.map(|(a, b)| {
                let first = &tokens[a];
                let word = &text[first.range()];
                let skip = if word.starts_with("بال")
                    || takes_bi
                        && word.starts_with('ب')
                        && word.chars().count() > 3
                        && !name_in_b(a, first.start as usize)
                {
                    'ب'.len_utf8()
                } else {
                    0
                };
                (first.start as usize + skip, tokens[b - 1].end as usize)
            });
            let target_actor = target_tokens.and_then(|(a, b)| {
                let first = found.mentions.partition_point(|m| m.tok_start < a);
                found.mentions[first..]
                    .iter()
                    .take_while(|m| m.tok_start < b)
                    .find(|m| m.tok_end <= b)
                    .map(|m| found.canonical(m.slot))
                    .filter(|&s| s != speaker)
            });
            let mut evidence = ev_list;
            // Quote content is the evidence of a content-based stance.
            if ev.is_quote
                && evidence
                    .iter()
                    .all(|e| e.rules.iter().all(|r| r.starts_with("eval:")))
            {
                let w = evidence.iter().map(|e| e.weight).fold(0.0, f32::max);
                let rules: Vec<String> = evidence.iter().flat_map(|e| e.rules.clone()).collect();
                evidence = vec![TokEvidence {
                    from,
                    to,
                    rules,
                    weight: w,
                }];
            }
            out.push(EventStance {
                event: ei,
                speaker,
                label,
                score,
                evidence,
                target,
                target_actor,
                reported: false,
            });
        }
    }
    out.append(&mut reported);
    out
}

/// Whether actor `agent` is `speaker` or what it speaks for: the state or body of a
/// role it holds, by the article (وزير الخارجية المصري) or by the lexicon, or the state
/// a ministry belongs to (egypt for egypt.foreign_ministry).
fn speaks_for(lex: &Lexicon, found: &ActorFinding, speaker: usize, agent: usize) -> bool {
    if agent == speaker {
        return true;
    }
    let s = &found.slots[speaker];
    let agent_id = found.slots[agent].id.as_str();
    let of_agent = |id: &str| {
        id == agent_id
            || id
                .strip_prefix(agent_id)
                .is_some_and(|rest| rest.starts_with('.'))
    };
    s.role
        .is_some_and(|(_, holder)| holder < found.slots.len() && found.canonical(holder) == agent)
        || s.titles.iter().any(|&(_, holder)| {
            holder.is_some_and(|h| h < found.slots.len() && found.canonical(h) == agent)
        })
        || of_agent(&s.id)
        || s.lexicon.is_some_and(|a| {
            lex.actors[a as usize]
                .roles
                .iter()
                .any(|t| of_agent(&t.holder))
        })
}

/// Whether `word` takes some members of a group (عدد، بعض، كثير; with a pronoun,
/// بعضهم، أحدهم): their attitude, not the speaker's.
fn some_of_a_group(word: &str) -> bool {
    crate::actors::is_partitive(word)
        || ["هم", "هما", "ها"].iter().any(|p| {
            word.strip_suffix(p)
                .is_some_and(crate::actors::is_partitive)
        })
}

/// Whether a stance word right after `previous` is no act of the speaker's
/// (`unasserted_before.txt`), after a conjunction و or ف on it.
fn unasserted_after(previous: &str) -> bool {
    UNASSERTED_BEFORE.contains(&previous)
        || previous
            .strip_prefix(['و', 'ف'])
            .is_some_and(|rest| UNASSERTED_BEFORE.contains(&rest))
}

/// Whether a word in ب among tokens `from..to` names what was supplied (بالمحروقات،
/// بأطباء، بمعدات): ب on a definite or a common noun (not a word that begins with the
/// letter: برنامج، بلاتيني), not a manner or a cause (بقوة، بالشكل، بكل، بسبب). Stops
/// at punctuation.
fn supplied_with(lex: &Lexicon, text: &str, tokens: &[Token], from: usize, to: usize) -> bool {
    (from + 1..to.min(tokens.len()))
        .take_while(|&t| tokens[t].is_word())
        .map(|t| word_at(text, tokens, t))
        .any(|w| {
            w.strip_prefix('ب').is_some_and(|rest| {
                (rest.starts_with("ال") || lex.common_words.contains(rest))
                    && !matches!(
                        rest,
                        "قوه"
                            | "شده"
                            | "شكل"
                            | "الشكل"
                            | "كامل"
                            | "الكامل"
                            | "كل"
                            | "سبب"
                    )
            })
        })
}

/// Whether the first word in ب among tokens `from..to` (the welcome's object, past an
/// adverbial: رحب في بداية الحفل بالحضور) is a person or an audience: a guest noun, a
/// pronoun or honorific for a person, or a person's mention.
fn welcomes_people(
    text: &str,
    tokens: &[Token],
    found: &ActorFinding,
    from: usize,
    to: usize,
) -> bool {
    // (Not بعد، بين، بداية: the adverbial before the object, بعد ذلك، في بداية الحفل.)
    let Some(t) = (from..to.min(tokens.len())).find(|&t| {
        let w = word_at(text, tokens, t);
        w.starts_with('ب') && !crate::quotes::PREPOSITIONS.contains(&w) && w != "بدايه"
    }) else {
        return false;
    };
    let word = word_at(text, tokens, t);
    if GUESTS.contains(&&word['ب'.len_utf8()..]) {
        return true;
    }
    let first = found.mentions.partition_point(|m| m.tok_start < t);
    found.mentions[first..]
        .iter()
        .take_while(|m| m.tok_start == t)
        .any(|m| found.slots[found.canonical(m.slot)].kind == crate::types::ActorKind::Person)
}

/// Whether a negator stands in the two words before token `t` (three when the last is
/// «أي», four when «أي» and a noun are), with no exceptive (سوى، إلا) after it to undo it.
fn negated_at(lex: &Lexicon, text: &str, tokens: &[Token], hits: &[Hit], t: usize) -> bool {
    // «أي» (any) right before the word keeps a negation one word further back in
    // scope (لا نرى أي مبرر، ليس لها أي مبرر), and «أي» and a noun the word describes
    // two words (لم ترتكب أي عمل غير قانوني).
    // (With a preposition on it too: لا وجود لأي مبرر، ليس بأي حال مبررا.)
    let any_at = (1..=2)
        .rev()
        .find(|&d| t >= d && matches!(word_at(text, tokens, t - d), "اي" | "لاي" | "باي" | "واي"));
    // (Quotation marks are neither words nor breaks: لا يعد "عدوانا".)
    let quote_mark = |k: &Token| matches!(k.kind, TokenKind::Punct('"' | '«' | '»' | '“' | '”'));
    // ... and so does an existential (لم يعد هناك مبرر، لا يوجد مبرر).
    let existential = t >= 1
        && matches!(
            word_at(text, tokens, t - 1),
            "هناك" | "هنالك" | "ثمه" | "يوجد" | "توجد"
        );
    let mut lo = t;
    let mut words = 0;
    while lo > 0 && words < 2 + any_at.unwrap_or(0) + usize::from(existential) {
        lo -= 1;
        if !quote_mark(&tokens[lo]) {
            words += 1;
        }
    }
    let mut negated = false;
    let first = hits.partition_point(|h| (h.tok_start as usize) < lo);
    for h in &hits[first..] {
        let s = h.tok_start as usize;
        if s >= t {
            break;
        }
        if let Lex::Modifier { entry } = h.lex {
            match lex.modifiers[entry as usize].kind {
                ModifierType::Negator if (h.tok_end as usize) <= t => negated = true,
                ModifierType::Exceptive => negated = false,
                _ => {}
            }
        }
    }
    // A sentence break between the negator and the word ends its scope.
    negated
        && !tokens[lo..t]
            .iter()
            .any(|k| !k.is_word() && k.end - k.start == 1 && !quote_mark(k))
}

/// Extra weight from an intensifier right after an evaluative word (إدانتها الشديدة).
fn intensity(lex: &Lexicon, hits: &[Hit], t: usize) -> f32 {
    let lo = hits.partition_point(|h| (h.tok_start as usize) < t);
    hits[lo..]
        .iter()
        .take_while(|h| h.tok_start as usize == t)
        .find_map(|h| match h.lex {
            Lex::Modifier { entry } => match lex.modifiers[entry as usize].kind {
                ModifierType::Intensifier(w) => Some(w),
                _ => None,
            },
            _ => None,
        })
        .unwrap_or(0.0)
}

/// What a stance is about: the phrase that starts at `from` (after prepositions and
/// intensifiers), up to the first clause break or a dozen words.
fn target_of(
    lex: &Lexicon,
    text: &str,
    tokens: &[Token],
    hits: &[Hit],
    mut from: usize,
    to: usize,
) -> Option<(usize, usize)> {
    // The token after a preposition or after a whole intensifier (بأشد العبارات), or
    // `None` if the phrase starts at `t`.
    let skip = |t: usize| -> Option<usize> {
        let w = word_at(text, tokens, t);
        if matches!(w, "عن" | "ب" | "ل" | "علي" | "الي" | "من" | "مع") {
            return Some(t + 1);
        }
        hits[hits.partition_point(|h| (h.tok_start as usize) < t)..]
            .iter()
            .take_while(|h| h.tok_start as usize == t)
            .filter(|h| {
                matches!(h.lex, Lex::Modifier { entry }
                    if matches!(lex.modifiers[entry as usize].kind, ModifierType::Intensifier(_)))
            })
            .map(|h| h.tok_end as usize)
            .max()
    };
    while from < to {
        if !tokens[from].is_word() {
            from += 1;
        } else if let Some(next) = skip(from) {
            from = next.max(from + 1);
        } else {
            break;
        }
    }
    if from >= to {
        return None;
    }
    let mut end = from;
    while end < to && end < from + 12 {
        let t = &tokens[end];
        if !t.is_word() && matches!(&text[t.range()], "،" | "," | "." | ":" | "؛") {
            break;
        }
        end += 1;
    }
    (end > from).then_some((from, end))
}

/// How sure a denial of one's own act makes a justification.
const DENIAL_WEIGHT: f32 = 0.6;

/// Whether what a denial takes as object, at token `from`, is an act: the denier's own,
/// written with a possessive (مسؤوليتها، سعيها; not ـه, which folds with ة), a deed
/// (ارتكاب، قيام، تورط), a having-been (أن يكون) or an accusation (الاتهامات). Not a
/// rumour, a fact or a thing (ما يتم تداوله، وجود إصابات), nor exile (نُفي إلى).
fn denies_an_act(text: &str, tokens: &[Token], from: usize) -> bool {
    let word = |t: usize| word_at(text, tokens, t);
    let first = word(from);
    // (... but «that there is», أن يكون هناك خلاف، denies a state of things, no act.)
    if from > 0 && word(from - 1) == "ان" {
        return matches!(
            first,
            "يكون" | "تكون" | "يكونوا" | "يكونا" | "تكونا" | "نكون"
        ) && word(from + 1) != "هناك";
    }
    if first == "الي" || from > 0 && word(from - 1) == "الي" {
        return false;
    }
    // نفى أي علاقة، نفت أي تورط: «any» before a deed or a tie; not أي أزمة, a fact.
    if first == "اي" {
        let next = word(from + 1);
        return CLAIM_NOUNS.contains(&next) || DENIED_DEEDS.contains(&next);
    }
    CLAIM_NOUNS.contains(&first)
        || DENIED_DEEDS.contains(&first)
        || first.chars().count() >= 4
            && (first.ends_with("ها") || first.ends_with("هم") || first.ends_with("هما"))
}

/// Whether the word at token `t` is an act one grants or hands over (منح، إعطاء،
/// السماح، تسليمه: [`GRANTED_ACTS`]), whose refusal is no condemnation.
fn grants_at(text: &str, tokens: &[Token], t: usize) -> bool {
    let word = word_at(text, tokens, t);
    GRANTED_ACTS.iter().any(|a| word.starts_with(a))
}

/// Whether cue `cue_id` is رفض and one of the tokens `at` (right after the cue, after
/// its subject) is an act granted: رفضت منح تأشيرة، رفضوا تسليم أنفسهم.
fn refuses_a_grant(cue_id: &str, text: &str, tokens: &[Token], at: &[usize]) -> bool {
    cue_id == "reject" && at.iter().any(|&t| grants_at(text, tokens, t))
}

/// Whether token `t` opens غير + an adjective of legality right after a noun of
/// manner: بطريقة غير شرعية، بشكل غير قانوني، بصفة غير مشروعة.
fn illegal_manner_at(text: &str, tokens: &[Token], t: usize) -> bool {
    t > 0
        && word_at(text, tokens, t) == "غير"
        && MANNER_NOUNS.contains(&word_at(text, tokens, t - 1))
        && {
            let adjective = word_at(text, tokens, t + 1);
            let adjective = adjective.strip_prefix("ال").unwrap_or(adjective);
            LEGALITY_ADJECTIVES.iter().any(|a| adjective.starts_with(a))
        }
}

/// Whether what a rejection takes as object, at token `from`, is an accusation, a claim or
/// a rumour (الاتهامات، المزاعم، ما تردد، ما يشاع).
fn rejects_a_claim(text: &str, tokens: &[Token], from: usize) -> bool {
    let word = |t: usize| word_at(text, tokens, t);
    CLAIM_NOUNS.contains(&word(from))
        || word(from) == "ما"
            && matches!(
                word(from + 1),
                "تردد" | "يتردد" | "اشيع" | "يشاع" | "يقال" | "قيل"
            )
}

/// The beginnings of words that tell a martyr's death (`martyrdom_words.txt`).
static MARTYRDOM_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| crate::wordlist::words(include_str!("../lexicons/words/martyrdom_words.txt")));

/// Whether a martyr's death is told around tokens `from..to` (up to 25 words before):
/// a word that begins as one of `martyrdom_words.txt`, after its proclitics.
fn martyrdom_near(text: &str, tokens: &[Token], from: usize, to: usize) -> bool {
    let end = to.min(tokens.len());
    (from.saturating_sub(25)..end).any(|t| {
        let w = text.get(tokens[t].range()).unwrap_or("");
        let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
        MARTYRDOM_WORDS.iter().any(|stem| w.starts_with(stem))
    })
}

/// Whether a number follows a stance verb at token `t` (رفض 22 نائبا، ونددت 19 منظمة،
/// اتهم 15 منهم): a tally of those who voted or acted, or of those accused, no stance of
/// the verb's speaker.
fn counted_after(text: &str, tokens: &[Token], t: usize) -> bool {
    is_number(word_at(text, tokens, t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::test_support::{token_of, Scanned};
    use crate::normalize::normalize;
    use crate::segment::tokenize;

    /// Whether the denial's object starting at word `at` of `text` is an act.
    fn denial_object(text: &str, at: &str) -> bool {
        at_word(text, at, denies_an_act)
    }

    #[test]
    fn what_a_denial_defends() {
        assert!(denial_object("نفى أن يكون قد التقى الوفد", "يكون"));
        assert!(denial_object("نفت مسؤوليتها عن الحادث", "مسؤوليتها"));
        assert!(denial_object("نفى ارتكاب أي مخالفة", "ارتكاب"));
        assert!(denial_object("نفى الاتهامات", "الاتهامات"));
        // A fact, a rumour or a thing is not an act of the denier's.
        assert!(!denial_object("نفى أن الوضع خطير", "الوضع"));
        assert!(!denial_object("نفى وجود إصابات", "وجود"));
        assert!(!denial_object("نفى ما يتم تداوله", "ما"));
        // نُفي إلى: exiled, no denial.
        assert!(!denial_object("ثم نفي إلى مالطا", "إلى"));
        // «Any» before a tie or an intent defends; before a state of things it does not,
        // nor does «that there is».
        assert!(denial_object("نفى أي علاقة له بالحادث", "أي"));
        assert!(denial_object("نفى أي نوايا للتوسع", "أي"));
        assert!(!denial_object("نفى أي أزمة بين البلدين", "أي"));
        assert!(!denial_object("نافيا أن يكون هناك خلاف بين البلدين", "يكون"));
    }

    /// What `test` says of the word `at` of `text`, normalized and tokenized.
    fn at_word(text: &str, at: &str, test: fn(&str, &[Token], usize) -> bool) -> bool {
        let n = normalize(text);
        let tokens = tokenize(n.as_str());
        test(n.as_str(), &tokens, token_of(&n, &tokens, at))
    }

    #[test]
    fn an_illegal_manner_is_a_noun_of_manner_then_a_legality() {
        assert!(at_word("دخلوا بطريقة غير شرعية", "غير", illegal_manner_at));
        assert!(at_word("يقيم بصفة غير قانونية", "غير", illegal_manner_at));
        assert!(at_word("وبشكل غير المشروع", "غير", illegal_manner_at));
        // An evaluative manner, or the legality of a thing, is a judgement.
        assert!(!at_word("تصرف بشكل غير مقبول", "غير", illegal_manner_at));
        assert!(!at_word("الجدار غير شرعي", "غير", illegal_manner_at));
    }

    #[test]
    fn acts_granted_are_word_beginnings() {
        assert!(at_word("رفضت منحه تأشيرة", "منحه", grants_at));
        assert!(at_word("رفضت السماح بدخول", "السماح", grants_at));
        assert!(at_word("رفضوا تسليمهما", "تسليمهما", grants_at));
        // Words one gives are acts granted too: رفض التعليق، رفضت الكشف عن هويته.
        assert!(at_word("رفض التعليق على ذلك", "التعليق", grants_at));
        assert!(at_word("رفضت الإفصاح عن اسمها", "الإفصاح", grants_at));
        assert!(!at_word("رفضت القرار", "القرار", grants_at));
        // Only a refusal: طالب بمنح is a demand.
        let n = normalize("رفضت منح التأشيرة");
        let tokens = tokenize(n.as_str());
        assert!(refuses_a_grant("reject", n.as_str(), &tokens, &[1]));
        assert!(!refuses_a_grant("demand", n.as_str(), &tokens, &[1]));
        assert!(!refuses_a_grant("reject", n.as_str(), &tokens, &[2]));
    }

    /// Whether the word `at` of `text` is under a negation, by the bundled lexicons.
    fn negated_word(text: &str, at: &str) -> bool {
        let s = Scanned::bundled(text);
        let t = token_of(&s.text, &s.tokens, at);
        negated_at(&s.lex, s.text.as_str(), &s.tokens, &s.hits, t)
    }

    #[test]
    fn a_negation_reaches_past_quotation_marks_not_past_a_break() {
        assert!(negated_word("لا يعد عدوانا", "عدوانا"));
        assert!(negated_word("لا يعد \"عدوانا\"", "عدوانا"));
        assert!(negated_word("لا يعد «عدوانا»", "عدوانا"));
        assert!(!negated_word("لا يعد. عدوانا", "عدوانا"));
    }

    #[test]
    fn any_keeps_a_negation_in_scope_with_a_preposition_on_it() {
        assert!(negated_word("لا نرى أي مبرر", "مبرر"));
        assert!(negated_word("لا وجود لأي مبرر", "مبرر"));
        assert!(negated_word("ليس بأي حال مبررا", "مبررا"));
        // (Without «any» the negation stays two words away.)
        assert!(!negated_word("لا وجود له مبرر", "مبرر"));
    }
}
