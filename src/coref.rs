//! Resolving definite descriptions (الحركة، المنظمة، الرئيس، الحكومة) to the most recent
//! actor they can denote. Pronoun subjects hidden in verb endings are resolved where the
//! speech events are built ([`crate::quotes`]), since only there is the verb known.

use crate::actors::{ActorFinding, MentionRec, RefRec, RefTarget, Slot, Via};
use crate::lexicon::Lexicon;
use crate::matcher::LexMatcher;
use crate::segment::{word_at, Token};
use crate::types::ActorKind;

/// Turns every resolvable reference candidate into a mention of its antecedent: the
/// closest preceding mention of a compatible actor; in the headline (which ends at byte
/// `headline_end` of the text), a person's title with none before takes up the first
/// compatible person the text names after it (وزير الخارجية يؤكد ... above «أكد وزير
/// الخارجية عادل ...»).
pub(crate) fn resolve_references(
    lex: &Lexicon,
    matcher: &LexMatcher,
    (text, tokens): (&str, &[Token]),
    found: &mut ActorFinding,
    headline_end: Option<usize>,
) {
    // A mention after a preposition (لمجلس الأمن، في مجلس الأمن) is an oblique, less
    // likely to be taken up than a subject or an object.
    let oblique = |m: &MentionRec| m.oblique(text, tokens);
    let refs = std::mem::take(&mut found.refs);
    let mut added = Vec::new();
    let mut composed = ArticleState::new(found);
    // (Computed at the first monarch's title to resolve: most articles have none.)
    let mut head_titles_of: Option<Vec<u8>> = None;
    for r in &refs {
        // الرئيس السابق، رئيس الحكومة الأسبق: a former holder, whatever the date.
        let former = former_holder(word_at(text, tokens, r.tok_end));
        // Mentions are sorted by start: walk back from the reference.
        let before = found.mentions.partition_point(|m| m.start < r.start);
        let monarch_ref = matches!(r.target, RefTarget::Roles(_))
            && title_family(word_at(text, tokens, r.tok_start)) == Some(MONARCH);
        if monarch_ref && head_titles_of.is_none() {
            head_titles_of = Some(head_titles(text, tokens, found));
        }
        let titles = head_titles_of.as_deref();
        let same_family =
            |slot: usize| !monarch_ref || titles.is_some_and(|t| t[slot] != PRESIDENT);
        // An antecedent is near: a bounded look back keeps long texts linear.
        let mut candidates = found.mentions[..before].iter().rev().take(128).filter(|m| {
            let slot = found.canonical(m.slot);
            compatible(lex, matcher, found, slot, &r.target, former) && same_family(slot)
        });
        let nearest = candidates.next();
        // A bare title (وزير الخارجية) after two holders, one introduced with another
        // state's nisba (وزير الخارجية الألماني ...) and one without: the bare title is
        // the article's own official, as its first mention was.
        let body_ref = matches!(r.target, RefTarget::Group(..) | RefTarget::Head(_));
        let antecedent = match nearest {
            // المجلس after «أعرب المجلس الوطني عن ارتياحه لقرار لمجلس الأمن»: the body
            // that acted, not the one in the prepositional phrase, when one of the next
            // two candidates is no oblique.
            Some(m) if body_ref && oblique(m) => candidates
                .take(2)
                .find(|c| !oblique(c) && found.canonical(c.slot) != found.canonical(m.slot))
                .or(Some(m)),
            Some(m) if foreign_title(found, found.canonical(m.slot), &r.target, composed.state) => {
                candidates
                    .find(|c| {
                        let slot = found.canonical(c.slot);
                        slot != found.canonical(m.slot)
                            && own_title(found, slot, &r.target, composed.state)
                    })
                    .or(Some(m))
            }
            other => other,
        };
        // With no mention before, an institution an earlier reference brought in
        // (وزارة البترول ... الوزارة) is taken up.
        let taken_up = || {
            added.iter().rev().take(16).find_map(|m: &MentionRec| {
                let slot = found.canonical(m.slot);
                compatible(lex, matcher, found, slot, &r.target, former).then_some(slot)
            })
        };
        let below = || {
            let end = headline_end.filter(|&end| r.end <= end)?;
            found.mentions[before..]
                .iter()
                .filter(|m| m.start > end)
                .take(64)
                .map(|m| found.canonical(m.slot))
                .find(|&slot| {
                    found.slots[slot].kind == ActorKind::Person
                        && compatible(lex, matcher, found, slot, &r.target, former)
                })
        };
        let slot = match antecedent {
            Some(m) => Some(found.canonical(m.slot)),
            None => below()
                .or_else(taken_up)
                .or_else(|| article_institution(lex, found, &r.target, &mut composed))
                .or_else(|| stateless_institution(lex, found, r, &mut composed)),
        };
        if let Some(slot) = slot.filter(|&slot| same_family(slot)) {
            added.push(MentionRec {
                tok_start: r.tok_start,
                tok_end: r.tok_end,
                start: r.start,
                end: r.end,
                slot,
                via: Via::Reference,
                weak: false,
                inner: false,
            });
        }
    }
    found.mentions.extend(added);
    found.mentions.sort_by_key(|m| (m.start, m.end));
}

/// A monarch's title (الملك، العاهل، الأمير، سمو ...: lexicons/words/royal_titles.txt).
pub(crate) const MONARCH: u8 = 1;
/// A president's title (الرئيس، الرئيسة: lexicons/words/president_titles.txt).
pub(crate) const PRESIDENT: u8 = 2;

/// The family of a head of state's title that word `w` is, if any; the conjunction or
/// the preposition ل on it aside (والملك، للرئيس).
pub(crate) fn title_family(w: &str) -> Option<u8> {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    // (للملك is ل + الملك: the list's word without its article.)
    let is_in = |list: &crate::wordlist::WordList| match w.strip_prefix("لل") {
        Some(rest) => list.iter().any(|t| t.strip_prefix("ال") == Some(rest)),
        None => list.contains(&w),
    };
    if is_in(&crate::actors::ROYAL_TITLES) {
        Some(MONARCH)
    } else if is_in(&crate::actors::PRESIDENT_TITLES) {
        Some(PRESIDENT)
    } else {
        None
    }
}

/// For each slot (canonical), the families of head-of-state titles its own mentions,
/// not references, carry in their first word or right before it: الملك takes up no
/// one the article named only as a president (الرئيس المصري فلان). (Not the other way
/// round: a prince may be a president, الرئيس العام لرعاية الشباب.)
fn head_titles(text: &str, tokens: &[Token], found: &ActorFinding) -> Vec<u8> {
    let mut out = vec![0u8; found.slots.len()];
    for m in found.mentions.iter().filter(|m| m.via != Via::Reference) {
        out[found.canonical(m.slot)] |= mention_title_family(text, tokens, m);
    }
    out
}

/// The families of head-of-state titles (bits [`MONARCH`], [`PRESIDENT`]) mention `m`
/// carries in its first word or right before it (الملك فلان، الرئيس المصري فلان).
pub(crate) fn mention_title_family(text: &str, tokens: &[Token], m: &MentionRec) -> u8 {
    let at = |t: usize| title_family(word_at(text, tokens, t)).unwrap_or(0);
    at(m.tok_start) | m.tok_start.checked_sub(1).map_or(0, at)
}

/// The state an article is about, when one dominates its mentions, and the
/// institutions composed with it so far.
struct ArticleState {
    state: Option<usize>,
    composed: crate::fasthash::FastMap<u32, usize>,
    by_id: crate::fasthash::FastMap<String, usize>,
}

impl ArticleState {
    fn new(found: &ActorFinding) -> ArticleState {
        // States named, and the states whose institutions are named (حكومة اليمن), with
        // how often: the article is about one when it names it at least twice as often
        // as any other.
        let mut counts: crate::fasthash::FastMap<usize, usize> = Default::default();
        for m in &found.mentions {
            let s = found.canonical(m.slot);
            let s = match found.slots[s].role {
                Some((_, holder)) => found.canonical(holder),
                None => s,
            };
            if found.slots[s].kind == ActorKind::State {
                *counts.entry(s).or_default() += 1;
            }
        }
        let mut ranked: Vec<(usize, usize)> = counts.into_iter().map(|(s, n)| (n, s)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        let state = match ranked.as_slice() {
            [(_, only)] => Some(*only),
            [(first, s), (second, _), ..] if *first >= 2 * *second => Some(*s),
            _ => None,
        };
        ArticleState {
            state,
            composed: Default::default(),
            by_id: Default::default(),
        }
    }

    /// The slot with id `id`, made by `make` and added when there is none.
    fn slot_for(
        &mut self,
        found: &mut ActorFinding,
        id: String,
        make: impl FnOnce(String, &ActorFinding) -> Slot,
    ) -> usize {
        // Slots by id, indexed once, so that many institutions cost no scan each.
        if self.by_id.is_empty() {
            self.by_id = found
                .slots
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.clone(), i))
                .collect();
        }
        if let Some(&slot) = self.by_id.get(&id) {
            return slot;
        }
        let slot = make(id.clone(), found);
        found.slots.push(slot);
        self.by_id.insert(id, found.slots.len() - 1);
        found.slots.len() - 1
    }
}

/// A bare institution that no actor before takes up (وزارة الخارجية، الحكومة) belongs to
/// the state the article is about when one dominates (named at least twice as often as
/// any other); else it stays unresolved (an article on Kuwait and Saudi Arabia alike does
/// not say whose ministry).
fn article_institution(
    lex: &Lexicon,
    found: &mut ActorFinding,
    target: &RefTarget,
    article: &mut ArticleState,
) -> Option<usize> {
    let RefTarget::Roles(roles) = target else {
        return None;
    };
    let state = article.state?;
    // Only when every reading of the word is an institution (الوزارة may be any ministry:
    // then it is no one's in particular).
    let [role] = roles.as_slice() else {
        return None;
    };
    let entry = &lex.roles[*role as usize];
    if entry.kind == ActorKind::Person || entry.identity {
        return None;
    }
    if let Some(&slot) = article.composed.get(role) {
        return Some(slot);
    }
    let id = format!("{}.{}", found.slots[state].id, entry.id);
    // The name is made only for a new slot.
    let slot = article.slot_for(found, id, |id, found| Slot {
        role: Some((*role, state)),
        ..Slot::derived(
            id,
            format!("{} {}", found.slots[state].name, entry.name),
            entry.kind,
            entry.gender,
        )
    });
    article.composed.insert(*role, slot);
    Some(slot)
}

/// An institution named in full (وزارة البترول، المكتب الإعلامي) that no actor before
/// takes up and no state the article is about claims: its own actor, of no known state,
/// whom later bare references (الوزارة) take up. A one-word reference (الحكومة،
/// الخارجية) names nothing on its own and stays unresolved.
fn stateless_institution(
    lex: &Lexicon,
    found: &mut ActorFinding,
    r: &RefRec,
    article: &mut ArticleState,
) -> Option<usize> {
    let RefTarget::Roles(roles) = &r.target else {
        return None;
    };
    let [role] = roles.as_slice() else {
        return None;
    };
    let entry = &lex.roles[*role as usize];
    if entry.kind == ActorKind::Person || entry.identity || r.tok_end < r.tok_start + 2 {
        return None;
    }
    Some(article.slot_for(found, entry.id.clone(), |id, _| Slot {
        titles: vec![(*role, None)],
        ..Slot::derived(id, entry.name.clone(), entry.kind, entry.gender)
    }))
}

/// Whether every title of person `slot` matching `target` was given with the nisba of
/// a state other than the one the article is about (وزير الخارجية الألماني).
fn foreign_title(
    found: &ActorFinding,
    slot: usize,
    target: &RefTarget,
    state: Option<usize>,
) -> bool {
    let RefTarget::Roles(roles) = target else {
        return false;
    };
    let mut matching = found.slots[slot]
        .titles
        .iter()
        .filter(|(role, _)| roles.contains(role))
        .peekable();
    matching.peek().is_some()
        && matching.all(|&(_, holder)| holder.is_some_and(|h| Some(found.canonical(h)) != state))
}

/// Whether the article gave person `slot` a title matching `target` without another
/// state's nisba (وزير الخارجية عادل ..., وزير الخارجية السعودي in a Saudi article).
fn own_title(found: &ActorFinding, slot: usize, target: &RefTarget, state: Option<usize>) -> bool {
    let RefTarget::Roles(roles) = target else {
        return false;
    };
    found.slots[slot].titles.iter().any(|&(role, holder)| {
        roles.contains(&role) && holder.is_none_or(|h| Some(found.canonical(h)) == state)
    })
}

/// Whether `slot` can be what `target` describes (`former`: a title followed by السابق
/// or الأسبق, held at any time).
fn compatible(
    lex: &Lexicon,
    matcher: &LexMatcher,
    found: &ActorFinding,
    slot: usize,
    target: &RefTarget,
    former: bool,
) -> bool {
    let s = &found.slots[slot];
    match target {
        RefTarget::Group(group, head) => {
            s.lexicon
                .is_some_and(|a| matcher.ref_group(*group).binary_search(&a).is_ok())
                || s.lexicon.is_none()
                    && s.kind != ActorKind::Person
                    && head.is_some()
                    && s.head.as_deref() == head.as_deref()
        }
        // الوزارة also takes up a ministry composed from a role (وزارة البترول المصرية)
        // or named without a state: an institution one of whose references it is.
        RefTarget::Head(head) => {
            s.head.as_deref() == Some(head.as_str())
                || s.kind != ActorKind::Person
                    && s.role
                        .map(|(r, _)| r)
                        .into_iter()
                        .chain(s.titles.iter().map(|t| t.0))
                        .any(|r| {
                            // (Lexicon refs are folded when loaded.)
                            lex.roles[r as usize]
                                .refs
                                .iter()
                                .any(|f| f.strip_prefix("ال") == Some(head.as_str()))
                        })
        }
        RefTarget::Roles(roles) => holds_one_of(lex, found, slot, roles, former),
    }
}

/// Whether `next`, right after a title, makes it a former holder's (السابق، الأسبق), who
/// may have held it at any time.
pub(crate) fn former_holder(next: &str) -> bool {
    matches!(next, "السابق" | "السابقه" | "الاسبق" | "الاسبقه")
}

/// Whether `slot` holds one of `roles`: by a title the article gave it, or, for a
/// lexicon person, by a role the lexicon gives them at the article's date (`former`: at
/// any time).
pub(crate) fn holds_one_of(
    lex: &Lexicon,
    found: &ActorFinding,
    slot: usize,
    roles: &[u32],
    former: bool,
) -> bool {
    let s = &found.slots[slot];
    roles.iter().any(|&role| {
        let role_entry = &lex.roles[role as usize];
        if s.role.is_some_and(|(r, _)| r == role) || s.titles.iter().any(|t| t.0 == role) {
            return true;
        }
        if role_entry.kind != ActorKind::Person || s.kind != ActorKind::Person {
            return false;
        }
        // (A role the lexicon gives the person, held when the article was written:
        // in 2015 شتاينماير is no «الرئيس», whatever he became later.)
        // (Not for a former holder: الرئيس السابق.)
        let (date, year) = if former { (None, None) } else { found.when };
        s.lexicon.is_some_and(|a| {
            lex.actors[a as usize].roles.iter().any(|t| {
                t.role == role_entry.id
                    && match (date, year) {
                        (Some(d), _) => t.covers(d),
                        (None, Some(y)) => t.held_in(y),
                        (None, None) => true,
                    }
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::actors::{find_actors, resolve_roles};
    use crate::lexicon::{Lexicon, LexiconKind, LexiconSource};
    use crate::matcher::LexMatcher;
    use crate::normalize::normalize;
    use crate::segment::tokenize;

    fn resolved(text: &str) -> Vec<(String, String)> {
        let lex = Lexicon::from_sources(&[
            LexiconSource::new(
                "a.txt",
                LexiconKind::Actors,
                "id: hamas\nname: Hamas\nkind: organization\nnames: حركة حماس | حماس\n\n\
                 id: fatah\nname: Fatah\nkind: organization\nnames: حركة فتح | فتح\n\n\
                 id: egypt\nname: Egypt\nkind: state\nnames: مصر\nnisba: مصري\n\n\
                 id: sisi\nname: Sisi\nkind: person\nnames: السيسي\nrole: head_of_state egypt 2014 -\n",
            ),
            LexiconSource::new(
                "r.txt",
                LexiconKind::Roles,
                "id: head_of_state\nname: head of state\nkind: person\nnisba_titles: الرئيس\nrefs: الرئيس\n\n\
                 id: government\nname: government\nkind: government\nnisba_titles: الحكومة\nrefs: الحكومة\n",
            ),
        ])
        .unwrap();
        let m = LexMatcher::new(&lex);
        let n = normalize(text);
        let t = tokenize(n.as_str());
        let hits = m.scan(n.as_str(), &t);
        let words = crate::segment::token_words(n.as_str(), &t);
        let mut found = find_actors(
            &lex,
            n.as_str(),
            &t,
            &words,
            &crate::matcher::hits_by_token(&hits, t.len()),
            &crate::actors::Spellings::default(),
        );
        resolve_roles(&lex, &mut found, None, None);
        super::resolve_references(&lex, &m, (n.as_str(), &t), &mut found, None);
        found
            .mentions
            .iter()
            .map(|m| {
                let (s, e) = n.original_span(m.start, m.end);
                (text[s..e].to_string(), found.slots[m.slot].id.clone())
            })
            .collect()
    }

    #[test]
    fn a_title_family_is_read_through_its_proclitics() {
        use super::{title_family, MONARCH, PRESIDENT};
        assert_eq!(title_family("الملك"), Some(MONARCH));
        assert_eq!(title_family("وللملك"), Some(MONARCH));
        assert_eq!(title_family("للملك"), Some(MONARCH));
        assert_eq!(title_family("والرءيس"), Some(PRESIDENT));
        assert_eq!(title_family("رءيس"), None);
        assert_eq!(title_family("الوزير"), None);
    }

    #[test]
    fn definite_description_takes_the_latest_matching_actor() {
        let got = resolved("هاجمت حركة فتح حماس. وقالت الحركة إن");
        assert_eq!(
            got.last().unwrap(),
            &("الحركة".to_string(), "hamas".to_string())
        );
    }

    #[test]
    fn role_reference_finds_a_holder() {
        let got = resolved("التقى السيسي الوفد. وقال الرئيس إن");
        assert_eq!(
            got.last().unwrap(),
            &("الرئيس".to_string(), "sisi".to_string())
        );
        let got = resolved("أعلنت الحكومة المصرية القرار. وأكدت الحكومة أن");
        assert_eq!(got.last().unwrap().1, "egypt.government");
    }

    #[test]
    fn unresolvable_reference_is_dropped() {
        let got = resolved("وقالت الحركة إن");
        assert!(got.is_empty());
    }
}
