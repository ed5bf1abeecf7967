//! Finding speech: each speech cue with its speaker (the subject after or before the
//! verb, the subject hidden in the verb's ending, the speaker of the clause a participle
//! hangs on) and its content (after إن/أن/بأن/إلى أن, after a colon, inside quotation
//! marks, or the object of the cue), plus headline quotes (`X لـY: ...`).
//!
//! Cues that carry a stance but report no words (أدان، رحب، أعرب عن) give speech events
//! too, without a quote: their object is what the stance is about.

use std::sync::LazyLock;

use crate::actors::{is_title_noun, ActorFinding, MentionRec, Via, HONORIFICS, ROYAL_TITLES};
use crate::lexicon::{CueForm, Frame, Gender, Lexicon};
use crate::matcher::{Hit, Lex};
use crate::segment::{
    abbreviation_at, is_clause_break, punct_at, word_at, Quotation, Sentence, Token, TokenKind,
    TokenMap,
};
use crate::types::{ActorKind, QuoteKind};
use crate::wordlist::WordList;

/// A speech event: who said what, with which cue.
#[derive(Debug, Clone)]
pub(crate) struct SpeechEvent {
    /// Canonical actor slot of the speaker.
    pub speaker: Option<usize>,
    /// The cue's hit, when a cue word introduced it.
    pub cue: Option<Hit>,
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// Token range of the content (or, for a stance-only cue, of its object).
    pub content: (usize, usize),
    /// Whether the content is reported speech (a quote) or only a stance's object.
    pub is_quote: bool,
    /// What produced it: the cue id, or `headline`, `colon`, `printed_statement`,
    /// `according_to` or `continued`.
    pub source: String,
    /// Its verb's subject is written but names no one known (قال مسؤول في الوزارة):
    /// the verbs that continue it (وأضاف، مضيفا) have that unknown speaker too.
    pub unknown_subject: bool,
}

impl SpeechEvent {
    /// The words `content` of a known `speaker` that no cue word introduced (a
    /// headline's colon, a statement printed whole, an according-to phrase).
    fn uncued(speaker: usize, kind: QuoteKind, content: (usize, usize), source: &str) -> Self {
        SpeechEvent {
            speaker: Some(speaker),
            cue: None,
            kind,
            content,
            is_quote: true,
            source: source.to_string(),
            unknown_subject: false,
        }
    }
}

/// The formulas said after God's or a prophet's name (قال تعالى، قوله صلى الله عليه وسلم).
static SCRIPTURE_FORMULAS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    crate::wordlist::phrases(include_str!("../lexicons/words/scripture_formulas.txt"))
});

/// The objects of «كشف ... عن» as an idiom, «lifted the veil from» (كشف النقاب عن).
static VEIL_IDIOMS: LazyLock<WordList> =
    LazyLock::new(|| crate::wordlist::word_list(include_str!("../lexicons/words/veil_idioms.txt")));

/// Words introducing the statement a speaker made (وجاء في بيان لـ...، وأشار بيان ...).
static STATEMENT_NOUNS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/statement_nouns.txt"))
});

/// Rules and texts of law (الإجراءات، المساطر، القانون): after an according-to marker
/// they say «in accordance with», and name no source.
static NORM_NOUNS: LazyLock<WordList> =
    LazyLock::new(|| crate::wordlist::word_list(include_str!("../lexicons/words/norm_nouns.txt")));

/// Forms of «to be» and «not» after which a cue's participle is a predicate or an
/// adjective (كان متوقعا، غير متوقعة), not an adverb of speech.
const BE_OR_NOT: &[&str] = &[
    "كان",
    "كانت",
    "وكان",
    "وكانت",
    "يكن",
    "تكن",
    "يكون",
    "تكون",
    "غير",
    "وغير",
];

/// Words that say a text follows, ending the line that introduces a statement printed
/// whole (البيان التالي:، فيما يلي نصه:).
static TEXT_FOLLOWS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/text_follows.txt"))
});

/// Words that open the journalist's background paragraph (يذكر أن، وكانت ... قد): a
/// statement printed whole has ended before it.
static BACKGROUND_OPENERS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/background_openers.txt"))
});

/// Prepositions that open a short fronted adverbial (وفي سياق متصل، إلى ذلك، وبعد الاجتماع).
static ADVERBIAL_OPENERS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/adverbial_openers.txt"))
});

/// Words that open a fronted topic (وعن الأسعار، وحول العوائق، وبشأن الاتفاقية).
static TOPIC_OPENERS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/topic_openers.txt"))
});

/// Whether a word names a statement, with the article, a preposition or a possessive
/// (البيان، ببيان، رسالته، كلمتها).
pub(crate) fn is_statement_word(word: &str) -> bool {
    let known = |w: &str| {
        STATEMENT_NOUNS.contains(&w)
            // رسالته، كلمتها: the feminine ending is written ت before a pronoun.
            || w.strip_suffix("ها")
                .or_else(|| w.strip_suffix('ه'))
                .and_then(|stem| stem.strip_suffix('ت'))
                .is_some_and(|stem| STATEMENT_NOUNS.contains(&format!("{stem}ه").as_str()))
    };
    // Each proclitic is tried stripped and not (بيان is no ب on يان).
    let mut forms = vec![word];
    for clitic in ["و", "ف", "ب", "ل", "ال"] {
        let stripped: Vec<&str> = forms
            .iter()
            .filter_map(|f| f.strip_prefix(clitic))
            .collect();
        forms.extend(stripped);
    }
    forms.into_iter().any(known)
}

/// A statement printed whole, while its paragraphs last.
struct Statement {
    issuer: usize,
    /// A paragraph of it has been taken as its issuer's words.
    quoted: bool,
}

/// Whether a cue's verbal noun, renewed (جدد تأكيده على أن), is a report made again: a
/// statement, which takes على أن. A call renewed (جددت دعوتها إلى) is a stance taken,
/// its object not words said.
fn restatable(cue: &crate::lexicon::CueEntry) -> bool {
    cue.quote && cue.frames.contains(&Frame::OnThat)
}

/// Unnamed sources as the subject of a speech verb (قالت مصادر أمنية، أفاد مراسل):
/// someone the text does not name, never the last speaker.
/// Plural heads of groups that name no group (قال نواب إن) count among them.
static UNNAMED_SOURCES: LazyLock<WordList> = LazyLock::new(|| {
    let mut words = crate::wordlist::words(include_str!("../lexicons/words/unnamed_sources.txt"));
    words.extend(crate::actors::GROUP_HEADS.iter());
    words.into()
});

/// Indefinite nouns of reports and findings (`report_nouns.txt`: تقارير، أنباء، دراسة):
/// as a speech verb's subject, no actor and no one who spoke before.
static REPORT_NOUNS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/report_nouns.txt"))
});

/// Documents an organization or a government issues: with the article and no author
/// named (وأشار التقرير، وبحسب البيان), they are the last such speaker's.
const DOCUMENT_NOUNS: &[&str] = &["بيان", "تقرير", "بلاغ", "رساله", "مذكره", "وثيقه"];
/// How far back, in tokens, a document's issuer is looked for.
const ISSUED_LOOKBACK: usize = 400;

/// How far past a headline, in tokens, the holder of its title is looked for.
const HEADLINE_REACH: usize = 150;

/// Honorifics with a pronoun (سموه، معاليه): the subject is the person named before.
static HONORIFIC_PRONOUNS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/honorific_pronouns.txt"))
});

/// How many mentions back a royal's title is looked for (see `Scan::royal_titled`).
const ROYAL_LOOKBACK: usize = 512;

/// Whether a word is an honorific carrying a preposition (لفخامة، لمعالي، بسمو): the
/// person after it is the preposition's, no subject.
fn honorific_in_preposition(word: &str) -> bool {
    under_preposition(word).is_some_and(|bare| HONORIFICS.contains(&bare))
}

/// The word under the preposition ب or ل written on it, after و if any (لفخامة، وبوالد):
/// None when it carries neither.
fn under_preposition(word: &str) -> Option<&str> {
    word.strip_prefix('و')
        .unwrap_or(word)
        .strip_prefix(['ب', 'ل'])
}

/// How many words of a title in apposition (نظيره السعودي، السفير الأمريكي) may stand
/// between a preposition and the name it governs.
const APPOSITION_LOOKBACK: usize = 3;

/// How many words before a cue in فيه the document it describes is looked for.
const DOCUMENT_LOOKBACK: usize = 24;

/// Time words and adverbials that may stand between a verb and its subject.
static TIME_WORDS: LazyLock<WordList> =
    LazyLock::new(|| crate::wordlist::word_list(include_str!("../lexicons/words/time_words.txt")));

/// How many tokens after a cue its required word (`requires` in cues.txt) may come.
const REQUIRED_WITHIN: usize = 10;

/// Whether a cue's required word (`requires` in cues.txt) follows `hit` before token
/// `end`: حمّل الاحتلال المسؤولية. Not right after it: حمل المسؤولية is to carry it, not
/// to lay it on someone.
pub(crate) fn requirement_met(
    entry: &crate::lexicon::CueEntry,
    text: &str,
    tokens: &[Token],
    hit: &Hit,
    end: usize,
) -> bool {
    if entry.requires.is_empty() {
        return true;
    }
    let from = hit.tok_end as usize + 1;
    let to = end
        .min(hit.tok_start as usize + REQUIRED_WITHIN)
        .min(tokens.len());
    (from..to).any(|t| {
        let tok = &tokens[t];
        tok.is_word() && entry.requires.iter().any(|w| *w == text[tok.range()])
    })
}

/// Whether the word at token `next`, the one after a cue form (and its subject), is one
/// the entry accepts (`next_prefix`, `unless_next` and `unless_next_prefix` in cues.txt):
/// نوّه بجهود is praise, نوّه إلى / نوّه بأن a remark.
pub(crate) fn next_word_fits(
    entry: &crate::lexicon::CueEntry,
    text: &str,
    tokens: &[Token],
    next: usize,
) -> bool {
    if entry.next_prefix.is_empty()
        && entry.unless_next.is_empty()
        && entry.unless_next_prefix.is_empty()
    {
        return true;
    }
    // (A colon is matched as ":", for cues that take one: وزاد: «...».)
    let next = tokens.get(next).map_or("", |t| match t.kind {
        TokenKind::Punct(':') => ":",
        _ if t.is_word() => &text[t.range()],
        _ => "",
    });
    (entry.next_prefix.is_empty()
        || entry
            .next_prefix
            .iter()
            .any(|p| next.starts_with(p.as_str())))
        && !entry.unless_next.iter().any(|w| w == next)
        && !(entry
            .unless_next_prefix
            .iter()
            .any(|p| next.starts_with(p.as_str()))
            // (A title or a body's head there is the subject after the verb: ودافع
            // لاعب المنتخب، دافعت لجنة الانضباط.)
            && !is_title_noun(next)
            && !crate::actors::is_body_head(next))
}

/// The past of «to be», which opens the pluperfect (وكانت باريس قد انتقدت).
const BE_FORMS: &[&str] = &["كان", "كانت", "كانوا", "كانا"];

/// «Had» or «already» between a subject and its verb (X كانت أكدت، X قد أكد), as
/// written without a conjunction.
fn is_auxiliary(w: &str) -> bool {
    w == "قد" || BE_FORMS.contains(&w)
}

/// Whether `w` is a past of «to be», with و or ف or without (وكانت، فكان).
fn is_be_form(w: &str) -> bool {
    BE_FORMS.contains(&w.strip_prefix(['و', 'ف']).unwrap_or(w))
}

/// Whether a noun's form is one a verb agrees with in the feminine singular: a
/// feminine in ة (folded to ه), or a plural of things in ات (منظمة، القوات).
pub(crate) fn feminine_form(w: &str) -> bool {
    w.ends_with('ه') || w.ends_with("ات")
}

/// Whether `w` (folded) has the form of an indefinite feminine noun that a feminine
/// participle right after it qualifies (مجموعات معارضة، شركات متهمة): [`feminine_form`],
/// four letters or more, no article and no و. (In ه it may also be «his»: the quote
/// stage, which has the original spelling, tells them apart.)
pub(crate) fn indefinite_feminine_noun(w: &str) -> bool {
    // (The article after a preposition too: بالهزيمة، للمنطقة.)
    feminine_form(w)
        && w.chars().count() >= 4
        && !crate::actors::has_article(w)
        && !w.starts_with('و')
}

/// Words after which a new clause, and so a speech verb, may begin.
const CLAUSE_OPENERS: &[&str] = &[
    "كما",
    "فيما",
    "بينما",
    "حيث",
    "ثم",
    "لكن",
    "لكنه",
    "لكنها",
    "قد",
    "وقد",
    "لقد",
    "فقد",
    "بدوره",
    "بدورها",
    "جانبه",
    "جانبها",
    "جهته",
    "جهتها",
    "ناحيته",
    "ناحيتها",
    "جانبهم",
    "وبدوره",
    "وبدورها",
    "اما",
    "وكان",
    "وكانت",
    "كان",
    "كانت",
    "عندما",
    "حين",
    "بعدما",
    // A relative clause: its verb's subject is the noun it hangs on (قرار المجلس الذي يدين).
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
];

/// «Went on» (أضاف، تابع، أردف، استطرد), past, normalized: after a comma, the words
/// themselves may follow (وتابع، نحن نعمل).
const GOES_ON: &[&str] = &[
    "اضاف",
    "اضافت",
    "تابع",
    "تابعت",
    "اردف",
    "اردفت",
    "استطرد",
    "استطردت",
];

/// Prepositions: a noun phrase after one is no subject, a verb form after one is a noun.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "في", "من", "علي", "الي", "عن", "مع", "مثل", "بين", "ضد", "لدي", "بعد", "قبل", "حول", "خلال",
    "عبر", "نحو", "دون",
];

/// A preposition with an object pronoun (به، عنه، فيها): between a verb and its subject it
/// is the verb's complement (ونددت به قطر، وأشاد به كثيرون), the subject comes after it.
static PRONOUN_COMPLEMENTS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/pronoun_complements.txt"))
});

/// Whether verb `w` ends in an object pronoun (وصفها، اعتبره، اتهمهم), three letters at
/// least before it: اتهم «accused» ends in هم with none.
fn carries_object_pronoun(w: &str) -> bool {
    ["ه", "ها", "هم", "هما"].iter().any(|p| {
        w.strip_suffix(p)
            .is_some_and(|stem| stem.chars().count() >= 3)
    })
}

/// Whether `w` is a preposition, alone or with its pronoun (في، خلاله، به، له): an
/// adverbial or a complement, never the subject nor what a verb is passive of.
fn prepositional_word(w: &str) -> bool {
    PREPOSITIONS.contains(&w) || preposition_with_pronoun(w) || PRONOUN_COMPLEMENTS.contains(&w)
}

/// Whether `w` is a preposition (في، على، خلال ...) with an attached pronoun (فيهما،
/// خلاله): a complement or an adverbial, never a subject.
fn preposition_with_pronoun(w: &str) -> bool {
    PREPOSITIONS.iter().any(|prep| {
        w.strip_prefix(prep)
            .is_some_and(|rest| matches!(rest, "ه" | "ها" | "هم" | "هما" | "هن"))
    })
}

/// Whether cue hit `h` is a participle that also names people (متهم) counted by the
/// number right before it (431 متهما، عشرين متهما): the noun, no report. (Not any
/// participle: in «غادر 5,384,943 مشيرا إلى» the number ends a clause.)
pub(crate) fn counted_person(lex: &Lexicon, text: &str, tokens: &[Token], h: &Hit) -> bool {
    let Lex::Cue { cue, form, .. } = h.lex else {
        return false;
    };
    let t = h.tok_start as usize;
    if !matches!(form, CueForm::Participle(_))
        || t == 0
        || !lex.cues[cue as usize].participle_names_people
    {
        return false;
    }
    // Digits, or a ten, which takes its noun in the accusative like a participle of
    // speech.
    let w = word_at(text, tokens, t - 1);
    crate::segment::is_number(w) || COUNTING_TENS.contains(&w)
}

/// The tens (عشرين، وثلاثون): numbers that take the counted noun in the accusative.
static COUNTING_TENS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/counting_tens.txt"))
});

/// Nouns that open an adverbial in construct with what follows (أمام الصحفيين، إزاء
/// القرار، طوال الأسبوع): after a verb, not its subject.
static CONSTRUCT_ADVERBIALS: LazyLock<WordList> = LazyLock::new(|| {
    crate::wordlist::word_list(include_str!("../lexicons/words/construct_adverbials.txt"))
});

/// Prepositions that open an adverbial, never a title's complement (خلال، عقب).
const ADVERBIAL_PREPOSITIONS: &[&str] = &[
    "خلال",
    "اثناء",
    "عقب",
    "بعد",
    "قبل",
    "حول",
    "عبر",
    "نحو",
    "دون",
    "ضد",
    "مثل",
];

/// Whether a word is a time word or weekday.
pub(crate) fn is_time_word(word: &str) -> bool {
    TIME_WORDS.contains(&word) || crate::actors::is_weekday(word)
}

/// Relative pronouns: a verb right after one belongs to a relative clause.
const RELATIVE_PRONOUNS: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذان",
    "اللتان",
    "اللذين",
    "اللتين",
    "اللواتي",
    "اللاتي",
];

/// Complementizers after which the content begins.
const COMPLEMENTIZERS: &[&str] = &[
    "ان",
    "بان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "انهن",
    "انني",
    "اننا",
    "بانه",
    "بانها",
    "بانهم",
    "بانهما",
    "لان",
];

/// Whether a word is a complementizer after which the content begins (أن، بأن، أنه …).
pub(crate) fn is_complementizer(word: &str) -> bool {
    COMPLEMENTIZERS.contains(&word)
}

/// Words after which أن is not a complementizer (بعد أن، يجب أن).
const NOT_BEFORE_COMPLEMENTIZER: &[&str] = &[
    "بعد",
    "قبل",
    "منذ",
    "يجب",
    "يمكن",
    "ينبغي",
    "لابد",
    "بد",
    "دون",
    "من",
    "حتي",
    "الي",
    "علي",
    "يريد",
    "تريد",
    "يحاول",
    "تحاول",
    "بامكان",
    "استطاع",
    "يستطيع",
    "تستطيع",
    "مجرد",
    "رغم",
];

/// The finder's view of one article.
pub(crate) struct QuoteFinder<'a> {
    pub lex: &'a Lexicon,
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// The word of each token, "" for punctuation ([`crate::segment::token_words`]).
    pub words: &'a [&'a str],
    pub sentences: &'a [Sentence],
    pub quotations: &'a [Quotation],
    pub hits: &'a [Hit],
    /// The hits starting at each token ([`crate::matcher::hits_by_token`]), shared with
    /// the actor stage.
    pub hits_by_token: &'a [&'a [Hit]],
    pub found: &'a ActorFinding,
    /// The caller's text and its folding: a word as written, where folding joins what
    /// spelling tells apart (ة and the pronoun ه).
    pub original: (&'a str, &'a crate::normalize::Normalized),
    /// Whether the caller's text writes ة anywhere: if not, it writes it ه.
    pub writes_ta_marbuta: bool,
}

impl<'a> QuoteFinder<'a> {
    fn word(&self, t: usize) -> &'a str {
        self.words.get(t).copied().unwrap_or_default()
    }

    /// The word at token `t` as the caller's text writes it.
    fn written(&self, t: usize) -> &'a str {
        let (text, norm) = self.original;
        let tok = &self.tokens[t];
        norm.original_text(text, tok.start as usize, tok.end as usize)
    }

    /// Whether the word at `t` ends in the pronoun ه, «his», not in ة folded to ه: as
    /// written, or, in an article that never writes ة, never.
    fn ends_with_his(&self, t: usize) -> bool {
        self.writes_ta_marbuta && self.written(t).ends_with('ه')
    }

    /// (Inlined: the quote stage asks it at every token of a sentence.)
    #[inline]
    fn is_punct(&self, t: usize, chars: &[char]) -> bool {
        punct_at(self.tokens, t, chars)
    }

    /// Finds every speech event of the article, in text order.
    pub fn find(&self) -> Vec<SpeechEvent> {
        let n = self.tokens.len();
        // Mentions by first token, and which tokens a mention covers.
        let mut mention_at = TokenMap::new(n + 1);
        let mut mention_end_at = TokenMap::new(n + 1);
        let mut covered = vec![false; n + 1];
        for (i, m) in self.found.mentions.iter().enumerate() {
            // A body named inside another mention is no one's subject.
            if m.inner {
                continue;
            }
            if mention_end_at
                .at(m.tok_end)
                .is_none_or(|j| self.found.mentions[j].tok_start > m.tok_start)
            {
                mention_end_at.set(m.tok_end, i);
            }
            if mention_at
                .at(m.tok_start)
                .is_none_or(|j| self.found.mentions[j].tok_end < m.tok_end)
            {
                mention_at.set(m.tok_start, i);
            }
            // A slice, not take/skip from 0: linear in the mention's length.
            covered[m.tok_start.min(m.tok_end)..m.tok_end].fill(true);
        }
        // Quotation depth at each token (marks excluded), and the pair opening at a token.
        let mut depth = vec![0i32; n + 1];
        let mut pair_at = TokenMap::new(n + 1);
        let mut pair_close_at = TokenMap::new(n + 1);
        for (qi, q) in self.quotations.iter().enumerate() {
            depth[q.open + 1] += 1;
            depth[q.close] -= 1;
            pair_at.set(q.open, qi);
            pair_close_at.set(q.close, qi);
        }
        let mut inside = vec![false; n + 1];
        let mut d = 0;
        for (i, v) in depth.iter().enumerate().take(n) {
            d += v;
            inside[i] = d > 0;
        }
        let ctx = Scan {
            finder: self,
            hits_by_token: self.hits_by_token,
            mention_at,
            mention_end_at,
            covered,
            inside,
            pair_at,
            pair_close_at,
        };
        let mut events: Vec<SpeechEvent> = Vec::new();
        let mut statement: Option<Statement> = None;
        for s in self.sentences {
            let first_new = events.len();
            ctx.sentence_events(s, &mut events);
            if let Some(st) = statement.as_mut() {
                if !ctx.statement_paragraph(s, st, &mut events, first_new) {
                    statement = None;
                }
            }
            if events.len() == first_new {
                if let Some(ev) = ctx.continued_quotation(s, &events) {
                    events.push(ev);
                }
            }
            if let Some(issuer) = ctx.statement_intro(s) {
                statement = Some(Statement {
                    issuer,
                    quoted: false,
                });
            }
        }
        events
    }
}

/// How far back, in mentions or events, a subject or speaker is looked for: far enough
/// for any article, and a bound that keeps pathological inputs linear.
const LOOKBACK: usize = 64;

struct Scan<'f, 'a> {
    finder: &'f QuoteFinder<'a>,
    /// The hits starting at each token ([`Scan::hits_at`]).
    hits_by_token: &'a [&'a [Hit]],
    mention_at: TokenMap,
    /// The mention ending at each token (its last token + 1), the longest.
    mention_end_at: TokenMap,
    covered: Vec<bool>,
    inside: Vec<bool>,
    pair_at: TokenMap,
    /// The pair closing at a token.
    pair_close_at: TokenMap,
}

/// What stands in a verb's subject position when no mention does.
enum ExplicitSubject {
    /// No subject is written there (a complementizer, an adverbial, a participle).
    None,
    /// A phrase that names no one the lexicons know: the speaker is unknown.
    Unknown,
    /// A definite title (الوزير، المسؤول التونسي), at the token given, that takes up a
    /// person named before.
    Descriptor(usize),
    /// An actor named before that the subject takes up: a body's title (الأمانة العامة),
    /// or a short name quoted again («أبل» after شركة أبل).
    Body(usize),
    /// A head noun and an actor's name in quotation marks (تنظيم «داعش»): that actor,
    /// the subject ending at the token given.
    HeadedName(usize, usize),
}

/// A verb's subject as found.
struct Subject {
    speaker: Option<usize>,
    /// The token after the subject, when the subject follows the verb.
    end: Option<usize>,
    /// A subject is written that names no one known: the speaker is unknown, and so is
    /// the subject of the verbs that continue it (قال مسؤول ...، مضيفا).
    unknown: bool,
}

impl Subject {
    const UNKNOWN: Subject = Subject {
        speaker: None,
        end: None,
        unknown: true,
    };

    fn found(speaker: Option<usize>, end: Option<usize>) -> Subject {
        Subject {
            speaker,
            end,
            unknown: false,
        }
    }
}

/// A cue occurrence being turned into an event.
#[derive(Clone, Copy)]
struct Pending {
    hit: Hit,
    speaker: Option<usize>,
    /// Its subject is written but names no one known.
    unknown_subject: bool,
    /// A plural participle whose clause had one person for subject: a group's words,
    /// set aside.
    group_aside: bool,
    /// First token after the cue and its subject.
    after: usize,
    /// Token where this event's clause begins, which ends the previous event's content.
    boundary: usize,
    /// The quotation this cue attributes from after it («...»، قال فلان), by index.
    postposed: Option<usize>,
}

impl Scan<'_, '_> {
    fn mention(&self, i: usize) -> &MentionRec {
        &self.finder.found.mentions[i]
    }

    fn slot_of(&self, m: &MentionRec) -> usize {
        self.finder.found.canonical(m.slot)
    }

    /// The kind of the actor a mention names.
    fn kind_of(&self, m: &MentionRec) -> ActorKind {
        self.finder.found.slots[self.slot_of(m)].kind
    }

    fn can_speak(&self, slot: usize) -> bool {
        // A state's capital or a nisba-only phrase can speak too (رحبت موسكو); nothing
        // here is excluded but an actor that is only a place in a dateline, which never
        // becomes a mention.
        slot < self.finder.found.slots.len()
    }

    /// The cue hit used at each token of the sentence: one per token, the longest.
    fn cues_in(&self, s: &Sentence) -> Vec<Hit> {
        let f = self.finder;
        let mut out: Vec<Hit> = Vec::new();
        let lo = f.hits.partition_point(|h| (h.tok_start as usize) < s.start);
        for h in &f.hits[lo..] {
            let t = h.tok_start as usize;
            if t >= s.end {
                break;
            }
            let Lex::Cue { form, enclitic, .. } = h.lex else {
                continue;
            };
            // ندين، أكدنا: the speaker's own words, no report about an actor.
            if form == CueForm::Personal {
                continue;
            }
            // يذكر أن، ويذكر أن: the passive (يُذكر) of news background, "it is noted
            // that"; it reports no one. With a subject (يذكر التقرير أن) it is active.
            if matches!(form, CueForm::Finite(_)) && self.impersonal_mention(h) {
                continue;
            }
            // A cue whose next word does not fit leaves the token to another meaning of
            // the same form (نوّه بـ praise, else نوّه إلى).
            if let Lex::Cue { cue, .. } = h.lex {
                // After the subject when it follows the verb (نوهت مصر بجهود).
                let end = h.tok_end as usize;
                let next = self
                    .mention_at
                    .at(end)
                    .map_or(end, |mi| self.mention(mi).tok_end);
                let entry = &f.lex.cues[cue as usize];
                // (Or after a subject that names no actor: وبيّن المصدر أن، وأبان
                // المواطن فهد أن.)
                let fits = |n: usize| next_word_fits(entry, f.text, f.tokens, n);
                if !fits(next)
                    && !self
                        .complementizer_after_subject(t, end, s.end)
                        .is_some_and(fits)
                {
                    continue;
                }
                // (And the object's first word past a bracketed gloss or an unknown
                // name: ورفضت وزارة الدفاع (البنتاغون) تأكيد، ورفضت بيكر هيوز التعليق.)
                if !entry.unless_next.is_empty() {
                    let object = self.object_after_subject(next, s.end);
                    if object != next
                        && entry
                            .unless_next
                            .iter()
                            .any(|w| w == self.finder_word(object))
                    {
                        continue;
                    }
                }
                // اتُّهم بالفساد، وُصفت الإصابة بالخطيرة: a verb that must take an object,
                // with none before its ب complement, is the passive; no one reports.
                if entry.object_required
                    && matches!(form, CueForm::Finite(_))
                    && !enclitic
                    && !carries_object_pronoun(&f.text[h.start as usize..h.end as usize])
                    && self.passive_complement_at(end)
                {
                    continue;
                }
                // اتهامه بالتخطيط، بعد اتهامها بدعم: the verbal noun of such a verb,
                // its pronoun and then the ب complement: the pronoun is the one
                // accused, not the accuser (who speaks in اتهامه لها بدعم).
                if entry.object_required
                    && form == CueForm::Noun
                    && enclitic
                    && self.passive_complement_at(end)
                {
                    continue;
                }
            }
            if self.inside[t] || self.covered[t] {
                continue;
            }
            // لفت انتباه الحضور، لفتت الأنظار: «drew the attention» of someone, no report,
            // unless to something said (لفت الانتباه إلى أن).
            if self.draws_attention_only(h) {
                continue;
            }
            // كان متوقعا، غير متوقعة، لم يكن مستبعدا: a participle after «to be» or «not»
            // is a predicate or an adjective (was expected, unexpected), no one's adverb
            // of speech.
            if matches!(form, CueForm::Participle(_))
                && t > s.start
                && BE_OR_NOT.contains(&self.finder.word(t - 1))
            {
                continue;
            }
            // إصابة مؤكدة، رقابة مشددة، تشريعات مقترحة: a feminine participle right after
            // an indefinite feminine noun agrees with it, an adjective; the adverb of
            // speech follows a clause (..., مؤكدة أن) or takes و.
            // (Not before what is said: سفيرة مشيرة إلى أهمية، صور خاصة مبينة أن.)
            let said_next = || {
                let next = self.finder_word(h.tok_end as usize);
                COMPLEMENTIZERS.contains(&next) || next == "الي"
            };
            // (With و too, after another adjective: زيارة رسمية ومعلنة.)
            let bare_or_and = h.prefix == 0
                || usize::from(h.prefix) == 'و'.len_utf8() && self.finder_word(t).starts_with('و');
            if form == CueForm::Participle(Gender::Feminine)
                && bare_or_and
                && t > s.start
                && !said_next()
                && self.adjective_after_feminine_noun(t)
            {
                continue;
            }
            // القبض على 431 متهما: people counted, no one's adverb of speech.
            if t > s.start && counted_person(f.lex, f.text, f.tokens, h) {
                continue;
            }
            // رفض قاطع، شجب واستنكار، رفض التدخل في ...: a heading that opens with a form
            // both a past verb and its verbal noun, no actor after it, is the noun (a
            // heading names its act), not a verb whose hidden subject spoke before.
            if self.heading_noun(s, h) {
                continue;
            }
            // A bare verbal noun is a report only with a possessive or a following actor.
            if form == CueForm::Noun && !enclitic && self.mention_at.at(t + 1).is_none() {
                continue;
            }
            // With a possessive it reports only after a verb, a preposition or its owner
            // (جددت حماس دعوتها، أعربت عن إدانتها); after ما it is a verb with an object
            // pronoun (وهو ما انتقدته دول).
            if form == CueForm::Noun && enclitic && t > s.start {
                let prev = self.finder.word(t - 1);
                let after_owner = self.covered[t - 1];
                let after_cue = (t.saturating_sub(3)..t).any(|u| {
                    self.hits_at(u)
                        .iter()
                        .any(|o| o.tok_end as usize == t && matches!(o.lex, Lex::Cue { .. }))
                });
                let after_verbish = PREPOSITIONS.contains(&prev) || after_owner || after_cue;
                // (بقوله: «...»، بقولها إن: «by saying» reports after any verb and its
                // object, when what was said follows: واختتم حديثه بقوله: «...». After
                // a cue of the sentence it is that cue's frame: نفى ذلك بقوله: «...».)
                let by_saying = out.is_empty()
                    && self.finder_word(t).starts_with("بقول")
                    && self.opens_the_words(h.tok_end as usize);
                if !after_verbish && !by_saying && !f.tokens[t - 1].kind.eq(&TokenKind::Punct('،'))
                {
                    continue;
                }
            }
            // A cue negated (لم يقل) or made an adjective (غير مبرر) reports nothing.
            if out.last().is_some_and(|o| o.tok_start == h.tok_start) {
                continue;
            }
            out.push(*h);
        }
        out
    }

    /// Whether hit `h` is the first word of heading `s`, bare, a finite verb with the
    /// verbal noun of the same cue read at the same letters, and no actor after it.
    fn heading_noun(&self, s: &Sentence, h: &Hit) -> bool {
        let Lex::Cue {
            cue,
            form: CueForm::Finite(_),
            ..
        } = h.lex
        else {
            return false;
        };
        s.headline
            && h.tok_start as usize == s.start
            && h.prefix == 0
            && self.mention_at.at(h.tok_end as usize).is_none()
            && self.hits_at(s.start).iter().any(|o| {
                o.tok_end == h.tok_end
                    && matches!(o.lex, Lex::Cue { cue: other, form: CueForm::Noun, enclitic: false } if other == cue)
            })
    }

    fn sentence_events(&self, s: &Sentence, events: &mut Vec<SpeechEvent>) {
        let f = self.finder;
        // «مهدي جمعة: جددت عقدا واحدا»: an actor and a colon open the sentence, and the
        // rest is their words, whatever verbs are in them (جددت is the speaker's own).
        // Found once: when it does not own the sentence it is still the fallback below.
        let colon_quote = match self.headline_quote(s) {
            Some(ev) if self.owns_its_sentence(&ev) => {
                events.push(ev);
                return;
            }
            other => other,
        };
        let cues = self.cues_in(s);
        let first_event = events.len();
        let mut pending: Vec<Pending> = Vec::new();
        for hit in cues {
            let c = hit.tok_start as usize;
            // Skip a cue swallowed by the previous one's subject.
            if pending.last().is_some_and(|p| c < p.after) {
                continue;
            }
            let Lex::Cue {
                cue,
                form,
                enclitic,
            } = hit.lex
            else {
                continue;
            };
            // قالت «الأرصاد» عبر الإنذار المبكر: after an event of the sentence, a bare
            // form that is also a preposition is one (via), unless its subject follows.
            if !pending.is_empty() && hit.prefix == 0 && self.preposition_not_verb(c) {
                continue;
            }
            // A present-tense verb after an earlier event of the sentence belongs to what
            // was said (يستنكر ... ويؤكد وقوفه): news narrates its speech acts in the past.
            // Unless another actor, joined by و or after a clause break, is its subject
            // (الأردن يدين ... ومصر ترحب ...); after أن it is still what was said.
            let own_subject = self.mention_end_at.at(c).is_some_and(|mi| {
                let m = self.mention(mi);
                let slot = self.slot_of(m);
                let joined = self.joined_by_waw(m)
                    || m.tok_start == s.start
                    || is_clause_break(f.tokens, m.tok_start - 1);
                joined && pending.last().is_some_and(|p| p.speaker != Some(slot))
            });
            if !pending.is_empty()
                && matches!(form, CueForm::Finite(_))
                && self.is_present(&hit)
                && !own_subject
            {
                continue;
            }
            // A verbal noun right after a stance frame is that frame's object (أعربت عن
            // إدانة واستنكار الحكومة ...), not a report of its own.
            if form == CueForm::Noun
                && pending
                    .last()
                    .is_some_and(|p| c <= p.after + 3 && p.boundary <= c)
            {
                continue;
            }
            // A finite verb opens a speech event only where a clause can begin: at the
            // sentence start, after a comma or colon, with the conjunction و/ف, after
            // كما، فيما، قد ... or right after its subject (حماس تدين). Elsewhere it is
            // inside what was said (إن رفض المبادرة سيعمق الأزمة).
            if matches!(form, CueForm::Finite(_)) && !self.can_open_clause(s, c, &hit) {
                continue;
            }
            // A verb form where the previous cue's object begins is that object, a
            // verbal noun (وأكدت الوزارة، في بيان لها، رفض المملكة ...).
            if matches!(form, CueForm::Finite(_))
                && pending
                    .last()
                    .is_some_and(|p| c == self.skip_adverbials(p.after, s.end))
            {
                continue;
            }
            // الرئيس بارك أوباما: a verb form without a conjunction between two mentions
            // of one actor is a word of its name, misspelt or unknown to the lexicon.
            if matches!(form, CueForm::Finite(_))
                && hit.prefix == 0
                && self.inside_one_name(c, hit.tok_end as usize)
            {
                continue;
            }
            // After a preposition a verb form is a verbal noun (إلى رفض، على تأكيد).
            if matches!(form, CueForm::Finite(_))
                && c > s.start
                && PREPOSITIONS.contains(&self.finder_word(c - 1))
            {
                continue;
            }
            let entry = &f.lex.cues[cue as usize];
            if !requirement_met(entry, f.text, f.tokens, &hit, s.end) {
                continue;
            }
            let mut after = hit.tok_end as usize;
            let mut group_aside = false;
            let subject = match form {
                CueForm::Finite(g) => {
                    // السعودية تدين إيران: an imperfect verb without a conjunction after a
                    // name has that name for subject, whatever follows the verb.
                    let nominal = hit.prefix == 0 && self.is_present(&hit);
                    match self.adjacent_subject(s, c, g).filter(|_| nominal) {
                        Some(slot) => Subject::found(Some(slot), None),
                        None => self.finite_subject(s, c, after, g, events, &pending),
                    }
                }
                CueForm::Personal => continue,
                // قال مسؤول ...، مضيفا: the participle's subject is its clause's, unknown
                // when that one is. (A plural participle set aside as a group's, below, is
                // no clause of a singular one's: شكر فلان ...، مؤكدين ...، مؤكدا.)
                // ختم بالقول، اكتفى فلان بالقول إن: «by saying» after any verb, of either
                // gender; its speaker is the sentence's earlier event's, else the actor
                // the sentence opens with, else no one.
                CueForm::Participle(_) if self.cue_id(&hit) == Some("by_saying") => {
                    // (The subject is named at the sentence's start or right after its
                    // first verb, a title or two between: ورد الوزير فلان، فلان يرد.)
                    let named = || {
                        // (Titles or definite words between, not a noun in construct
                        // with the actor: ورد محاميا فلانة.)
                        let near_start = |m: &&MentionRec| {
                            m.tok_start <= s.start + 4
                                && (s.start + 1..m.tok_start).all(|t| {
                                    f.tokens[t].is_word()
                                        && (self.starts_with_title(t)
                                            || self.finder_word(t).starts_with("ال"))
                                })
                        };
                        self.subject_mentions(s, c)
                            .last()
                            .filter(near_start)
                            .map(|m| self.slot_of(m))
                            .filter(|&sl| self.can_speak(sl))
                    };
                    match pending.last() {
                        Some(p) if p.unknown_subject => Subject::UNKNOWN,
                        Some(p) => Subject::found(p.speaker, None),
                        None => Subject::found(named(), None),
                    }
                }
                CueForm::Participle(g) => match pending
                    .iter()
                    .rev()
                    .find(|p| g == Gender::Plural || !p.group_aside)
                {
                    Some(p) if p.unknown_subject => Subject::UNKNOWN,
                    // رحبت قيادات ...، مؤكدين: a plural participle is a group's, never the
                    // one person who spoke before it.
                    Some(p)
                        if g == Gender::Plural
                            && p.speaker.is_some_and(|sp| !self.agrees(sp, g, true)) =>
                    {
                        group_aside = true;
                        Subject::UNKNOWN
                    }
                    prev => {
                        let speaker = prev
                            .and_then(|p| p.speaker)
                            .or_else(|| self.implicit(s, c, g, events, false));
                        // داعيا سموه إلى ...: the honorific pronoun after the participle
                        // is its subject, and what was said begins after it.
                        let honorific = self.finder_word(after);
                        if after < s.end && HONORIFIC_PRONOUNS.contains(&honorific) {
                            let speaker =
                                self.honorific_referent(honorific, s, c, g, events, speaker);
                            Subject::found(speaker, Some(after + 1))
                        } else {
                            Subject::found(speaker, None)
                        }
                    }
                },
                CueForm::Noun => {
                    if enclitic {
                        // The possessive names its owner's gender: دعوتها (f), معارضته (m).
                        let word = &f.text[hit.start as usize..hit.end as usize];
                        let g = if word.ends_with("هم") || word.ends_with("هما") {
                            Gender::Plural
                        } else if word.ends_with("ها") {
                            Gender::Feminine
                        } else {
                            Gender::Masculine
                        };
                        // (A plural possessive is a group's, رفضهما، مطالبهم: not the
                        // singular body whose verb came before, as a plural verb after its
                        // subject may be.)
                        let prev = pending
                            .last()
                            .and_then(|p| p.speaker)
                            .filter(|&sp| self.agrees(sp, g, g != Gender::Plural));
                        let source = self.reported_from(s, c, g);
                        Subject::found(
                            source
                                .or(prev)
                                .or_else(|| self.implicit(s, c, g, events, false)),
                            None,
                        )
                    } else {
                        // (The actor after the noun is its agent, إدانة مصر للهجوم; one
                        // in ل or ب is what it is about: انتقادات لحزب ...)
                        // (... unless the noun must take an object and the actor stands
                        // right before its ب complement: اتهام روسيا بالتدخل names the
                        // accused; an adjective of a state still names the agent,
                        // اتهامات أمريكية بالاحتيال.)
                        let m = self
                            .mention_at
                            .at(after)
                            .map(|i| *self.mention(i))
                            .filter(|m| !self.prepositional(m))
                            .filter(|m| {
                                !self.object_before_complement(c, m)
                                    || self
                                        .hits_at(m.tok_start)
                                        .iter()
                                        .any(|h| matches!(h.lex, Lex::Nisba { .. }))
                            });
                        match m {
                            Some(m) => Subject::found(Some(self.slot_of(&m)), Some(m.tok_end)),
                            None => Subject::found(None, None),
                        }
                    }
                }
            };
            let Subject {
                speaker,
                end: subject_end,
                unknown: unknown_subject,
            } = subject;
            // قال تعالى، قوله صلى الله عليه وسلم: scripture or the Prophet quoted, no actor
            // of the article (and none who spoke before).
            let (speaker, unknown_subject) = if self.sacred_formula_at(hit.tok_end as usize) {
                (None, true)
            } else {
                (speaker, unknown_subject)
            };
            // ثمن الرئيس الجهود, not ثمن الحرية: an ambiguous form needs a named subject.
            let named_subject = subject_end.is_some()
                || self
                    .mention_end_at
                    .at(c)
                    .is_some_and(|mi| speaker == Some(self.slot_of(self.mention(mi))));
            if entry.explicit_subject && matches!(form, CueForm::Finite(_)) && !named_subject {
                continue;
            }
            if let Some(e) = subject_end {
                after = after.max(e);
            }
            // نقلت الصحيفة عن الوزير قوله إن: the speaker is the actor after عن; with
            // none there the form reports nothing (نقل is then «moved»).
            let (speaker, unknown_subject) = if entry.frames.contains(&Frame::Source) {
                // (The agency's name may run on past its mention: نقلت وكالة تسنيم
                // الإيرانية للأنباء عن ...: up to two plain words before عن.)
                let an = (after..after + 3)
                    .take_while(|&j| {
                        j < s.end && f.tokens[j].is_word() && self.mention_at.at(j).is_none()
                    })
                    .find(|&j| self.finder_word(j) == "عن");
                // (عن اللواء فلان: through a title the mention leaves out, to a
                // person's name.)
                let source = an
                    .map(|j| {
                        let k = self.apposition_end(j + 1, s.end);
                        (k, k > j + 1)
                    })
                    .and_then(|(k, skipped)| {
                        let m = *self.mention(self.mention_at.get(k)?);
                        let person = f.found.slots[self.slot_of(&m)].kind == ActorKind::Person;
                        (!skipped || person && m.via != Via::Role).then_some(m)
                    });
                let Some(m) = source else {
                    continue;
                };
                after = m.tok_end;
                if matches!(
                    self.finder_word(after),
                    "قوله" | "قولها" | "قولهم" | "القول"
                ) {
                    after += 1;
                }
                (Some(self.slot_of(&m)), false)
            } else {
                (speaker, unknown_subject)
            };
            // جدد الوزير تأكيده على أن ...: a speech cue's verbal noun as the object is
            // that report made again; the noun is the cue, read with its own frames.
            let (hit, after) = match self.restated(entry, after, speaker) {
                Some(noun) => (noun, noun.tok_end as usize),
                None => (hit, after),
            };
            // «...»، قال فلان: the words quoted before the cue are what it reports.
            // (Only with the subject written after it and named: «عاصفة الحزم»، يوضح
            // الدور ... is a name quoted, then another clause.)
            let postposed = subject_end
                .filter(|_| speaker.is_some())
                .and_then(|_| self.postposed_quotation(s, entry, &hit, after));
            let mut boundary = self.clause_start(s, c);
            if let Some(qi) = postposed {
                boundary = boundary.min(f.quotations[qi].open);
            }
            // An SVO subject starts the clause even without a comma before it (الأردن
            // يدين ... ومصر ترحب ...).
            if let Some(m) = self.mention_end_at.at(c).map(|mi| self.mention(mi)) {
                if m.tok_start >= s.start && speaker == Some(self.slot_of(m)) {
                    boundary = m.tok_start;
                }
            }
            // أدانت مصر والأردن وتونس الهجوم: a stance taken by the actors named one after
            // another, joined by و (or a comma and و), is each one's; what it is taken on
            // follows them all.
            // (Reported speech too: each of them said it, its words one quote.)
            let mut conjuncts: Vec<usize> = Vec::new();
            let mut after = after;
            if speaker.is_some() && subject_end == Some(after) {
                while conjuncts.len() < 8 {
                    let comma = f.is_punct(after, &['،', ',']);
                    let at = if comma { after + 1 } else { after };
                    let Some(m) = self.mention_at.at(at).map(|i| *self.mention(i)) else {
                        break;
                    };
                    let slot = self.slot_of(&m);
                    if !self.joined_by_waw(&m)
                        || self.prepositional(&m)
                        || !self.can_speak(slot)
                        || Some(slot) == speaker
                        || conjuncts.contains(&slot)
                    {
                        break;
                    }
                    conjuncts.push(slot);
                    after = m.tok_end;
                }
                // اتهم حزب العمال وتنظيم داعش بأن، دعا فيه الحكومة والحزب إلى: actors
                // right before (or a comma before) the preposition of a verb that takes
                // someone and ب or إلى are its objects, its subject not written there.
                let next = self.finder_word(after + usize::from(f.is_punct(after, &['،', ','])));
                if entry.quote
                    && self.cue_takes_at(c, &[Frame::Object])
                    && self.cue_takes_at(c, &[Frame::To, Frame::With])
                    && (next.starts_with('ب') || next == "الي")
                {
                    conjuncts.clear();
                    after = subject_end.unwrap_or(after);
                }
            }
            let pending_event = Pending {
                hit,
                speaker,
                unknown_subject,
                group_aside,
                after,
                boundary,
                postposed,
            };
            pending.push(pending_event);
            for slot in conjuncts {
                pending.push(Pending {
                    speaker: Some(slot),
                    ..pending_event
                });
            }
        }
        // Contents: each runs to the next event's clause or the sentence end.
        for i in 0..pending.len() {
            let p = &pending[i];
            // After «قال الوزير:» the words run on unquoted: a later event whose clause
            // opens at that colon (نرحب بالقرار الذي جدد ...) is inside them, not after.
            let opens_at_colon = |n: &Pending| {
                n.boundary > p.after
                    && n.boundary <= p.after + 2
                    && f.is_punct(n.boundary - 1, &[':'])
                    && self.pair_at.at(n.boundary).is_none()
            };
            let next = pending[i + 1..]
                .iter()
                .find(|n| !opens_at_colon(n) && n.hit != p.hit);
            // The next event's clause ends this content; a cue inside this content's
            // clause (دعوتها after جددت حماس) ends it at the cue itself.
            let limit = next.map_or(s.end, |n| {
                if n.boundary > p.after {
                    n.boundary
                } else {
                    (n.hit.tok_start as usize).max(p.after)
                }
            });
            let Lex::Cue { cue, .. } = p.hit.lex else {
                continue;
            };
            let entry = &f.lex.cues[cue as usize];
            if let Some(qi) = p.postposed {
                let q = f.quotations[qi];
                if let Some(content) = self.trim_content(q.open + 1, q.close, false, 3) {
                    events.push(SpeechEvent {
                        speaker: p.speaker,
                        cue: Some(p.hit),
                        kind: QuoteKind::Direct,
                        content,
                        is_quote: true,
                        source: entry.id.clone(),
                        unknown_subject: p.unknown_subject,
                    });
                    continue;
                }
            }
            if let Some(ev) = self.content(entry, p, limit) {
                events.push(ev);
            }
        }
        if events.len() == first_event {
            if let Some(ev) = colon_quote {
                events.push(ev);
            } else if let Some(ev) = self.according_to(s, events) {
                events.push(ev);
            }
        }
    }

    /// Whether the word before token `t` is an indefinite feminine noun (ending in ة or
    /// ات, no article, no conjunction, named by no mention), which a feminine participle
    /// at `t` then qualifies.
    fn adjective_after_feminine_noun(&self, t: usize) -> bool {
        let f = self.finder;
        if !f.tokens[t - 1].is_word() || self.covered[t - 1] {
            return false;
        }
        // (As written: ة, not the ه it folds to, which is as often «his», صفعه.)
        let w = self.finder_word(t - 1);
        indefinite_feminine_noun(w)
            && !(w.ends_with('ه') && f.ends_with_his(t - 1))
            && !self.is_cue_at(t - 1)
    }

    /// A sentence that is one quotation and nothing else, right after a quote that
    /// closed the sentence before: the same speaker going on («...». «...»; قال فلان:
    /// "...". "..."). Not after an unknown speaker's words, nor after a quote that ended
    /// earlier in its sentence (the writer has taken the floor back).
    fn continued_quotation(&self, s: &Sentence, events: &[SpeechEvent]) -> Option<SpeechEvent> {
        let f = self.finder;
        let qi = self.pair_at.at(s.start)?;
        let q = f.quotations[qi];
        if q.close >= s.end || (q.close + 1..s.end).any(|t| f.tokens[t].is_word()) {
            return None;
        }
        let last = events.last().filter(|e| e.is_quote)?;
        let speaker = last.speaker?;
        let (_, last_end) = last.content;
        // (Its content ends at the sentence's end: only marks between it and this one.)
        if last_end > s.start
            || last_end + 3 < s.start
            || (last_end..s.start).any(|t| f.tokens[t].is_word())
        {
            return None;
        }
        // (Four words at least: a source cited in quotation marks is no more words.)
        let content = self.trim_content(q.open + 1, q.close, false, 4)?;
        Some(SpeechEvent::uncued(
            speaker,
            QuoteKind::Direct,
            content,
            "continued",
        ))
    }

    /// The quotation a reporting verb attributes from after it: «...»، قال فلان (wire
    /// style, the words first). The verb, bare (no و or ف: «...»، وقال adds more), right
    /// after the comma that follows the closing mark; the sentence then ends, or another
    /// cue comes (قال فلان، مضيفا ...), with nothing said of the verb's own: no
    /// complementizer, colon or quotation (but an addressee's: لـ«الشرق الأوسط»).
    fn postposed_quotation(
        &self,
        s: &Sentence,
        entry: &crate::lexicon::CueEntry,
        hit: &Hit,
        after: usize,
    ) -> Option<usize> {
        let f = self.finder;
        let c = hit.tok_start as usize;
        if !entry.quote
            || hit.prefix != 0
            || !matches!(
                hit.lex,
                Lex::Cue {
                    form: CueForm::Finite(_),
                    ..
                }
            )
            || c < s.start + 2
            || !f.is_punct(c - 1, &['،', ','])
        {
            return None;
        }
        let qi = self.pair_close_at.at(c - 2)?;
        let mut t = after;
        while t < s.end && t < after + 20 {
            if t > after && self.is_cue_at(t) {
                return Some(qi);
            }
            if let Some(inner) = self.pair_at.at(t) {
                // (The addressee's name in quotation marks: قال لـ«الشرق الأوسط».)
                if !self.finder_word(t.saturating_sub(1)).starts_with('ل') {
                    return None;
                }
                t = f.quotations[inner].close + 1;
                continue;
            }
            // (Nor the verb's own complement: دعا فلان المجتمع إلى ...، طالبت حماس بـ...)
            let w = self.finder_word(t);
            let complement = matches!(w, "علي" | "عن" | "الي")
                || entry.frames.contains(&Frame::With)
                    && w.starts_with('ب')
                    && self.preposition_on_word_at(t);
            if f.is_punct(t, &[':']) || COMPLEMENTIZERS.contains(&w) || complement {
                return None;
            }
            t += 1;
        }
        (t >= s.end).then_some(qi)
    }

    /// Where a subject at `p` after the cue at `c` that names no actor ends: at the
    /// first frame word the cue takes, or past a parenthesis at the عن of its frame.
    fn unknown_subject_end(&self, s: &Sentence, c: usize, p: usize) -> Option<usize> {
        self.unnamed_subject_end(c, p, s.end)
            .or_else(|| self.subject_before_about(s, c, p))
    }

    /// For a cue at `c` that takes عن (أعلن، كشف، أعرب، تحدث), the عن that ends the noun
    /// phrase starting at `p`, its subject: within ten tokens, past a parenthesis
    /// between commas (أعلنت إدارة النادي، أمس، عن). None when the phrase opens with a
    /// preposition or a particle, or meets a complementizer, a colon, a quotation
    /// mark or another cue first, or a noun with a possessive pronoun (أعلن ...
    /// مسؤوليته عن: the object), or the veil of كشف النقاب عن.
    fn subject_before_about(&self, s: &Sentence, c: usize, p: usize) -> Option<usize> {
        let f = self.finder;
        if p >= s.end || !f.tokens[p].is_word() || !self.cue_takes_at(c, &[Frame::About]) {
            return None;
        }
        let first = self.finder_word(p);
        // (Nor an adverb, the subject being before the verb: بوتين، قد أعلن صراحة عن،
        // أعلن رسميا عن.)
        let adverb = first.ends_with('ا') || is_time_word(first) || first == "صراحه";
        // (Nor a preposition with its pronoun: أعرب خلاله عن، أعلن له عن.)
        if prepositional_word(first)
            || adverb
            || COMPLEMENTIZERS.contains(&first)
            || crate::actors::is_not_name(first) && !first.starts_with("ال")
            || self.preposition_on_word_at(p)
        {
            return None;
        }
        for t in p..s.end.min(p + 10) {
            if f.is_punct(t, &['،', ',']) {
                continue;
            }
            if !f.tokens[t].is_word() || self.pair_at.at(t).is_some() {
                return None;
            }
            let w = self.finder_word(t);
            if w == "عن" {
                return (t > p).then_some(t);
            }
            // (A ه as written: «his», or, where the article never writes ة, maybe ة;
            // either way no plain subject.)
            let possessive = w.chars().count() >= 4
                && (["ها", "هم", "هما"].iter().any(|x| w.ends_with(x))
                    || f.written(t).ends_with('ه'))
                && !self.covered[t];
            if COMPLEMENTIZERS.contains(&w)
                || self.is_cue_at(t)
                || possessive
                || VEIL_IDIOMS.contains(&w)
            {
                return None;
            }
        }
        None
    }

    /// Whether the words of the clause before token `end` (a verb's auxiliary) are a
    /// subject of one to four words headed by an unnamed source or a generic plural
    /// (مصادر، مسؤولون، أوساط، وسائل، جهات), naming no actor, at the start of a clause:
    /// the sentence's, after punctuation or a complementizer, or with و or ف.
    fn generic_subject_before(&self, s: &Sentence, end: usize) -> bool {
        let f = self.finder;
        let from = end.saturating_sub(4).max(s.start);
        (from..end).any(|head| {
            let w = self.finder_word(head);
            let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            let generic =
                UNNAMED_SOURCES.contains(&bare) || crate::actors::COLLECTIVE_HEADS.contains(&bare);
            let clause_start = head == s.start
                || bare.len() < w.len()
                || !f.tokens[head - 1].is_word()
                || is_complementizer(self.finder_word(head - 1));
            generic
                && clause_start
                && (head..end).all(|t| f.tokens[t].is_word() && self.mention_at.at(t).is_none())
        })
    }

    /// Where the object of a verb starts, given `next`, the token after the verb or after
    /// its subject the lexicon found: past a gloss in brackets (وزارة الدفاع
    /// (البنتاغون) ...) and past up to three words of a subject no lexicon knows, words
    /// of a name (no article, no common word: بيكر هيوز). `next` when nothing is skipped.
    fn object_after_subject(&self, next: usize, end: usize) -> usize {
        let f = self.finder;
        let mut k = next;
        if k < end && f.is_punct(k, &['(']) {
            match (k + 1..end.min(k + 6)).find(|&t| f.is_punct(t, &[')'])) {
                Some(close) => k = close + 1,
                None => return next,
            }
        }
        let name_like = |t: usize| {
            f.tokens[t].is_word() && {
                let w = self.finder_word(t);
                !w.starts_with("ال")
                    && !w.starts_with('و')
                    && !f.lex.common_words.contains(w)
                    && !crate::actors::is_not_name(w)
                    && !self.is_cue_at(t)
            }
        };
        let mut skipped = 0;
        while skipped < 3 && k + 1 < end && name_like(k) {
            k += 1;
            skipped += 1;
        }
        k
    }

    /// For the cue at `c` whose form ends at `after`, the complementizer (أن، بأن، إن)
    /// that follows one to five words of a plain noun phrase, its subject: وبيّن المصدر
    /// أن، وأبان المواطن فهد مضحي، أن. None when a preposition, a particle, a time word,
    /// a number, a conjunct in و or another cue comes first (بين مكة والطائف، زادت
    /// الأسعار بعد أن), and after ما (وما زاد الطين بلة أن: "what made it worse").
    fn complementizer_after_subject(&self, c: usize, after: usize, end: usize) -> Option<usize> {
        let f = self.finder;
        if c > 0 && matches!(self.finder_word(c - 1), "ما" | "مما" | "وما" | "ومما") {
            return None;
        }
        for t in after..end.min(after + 6) {
            if t > after && f.is_punct(t, &['،', ',', '؛']) {
                let next = t + 1;
                return (next < end && is_complementizer(self.finder_word(next))).then_some(next);
            }
            if !f.tokens[t].is_word() {
                return None;
            }
            let w = self.finder_word(t);
            if is_complementizer(w) {
                return (t > after).then_some(t);
            }
            if self.is_cue_at(t)
                || prepositional_word(w)
                // (Not the titles and apposition nouns of that list: وزير، السابق.)
                || crate::actors::is_not_name(w)
                    && !is_title_noun(w)
                    && (!w.starts_with("ال") || RELATIVE_PRONOUNS.contains(&w))
                || is_time_word(w)
                || (t > after && w.starts_with('و'))
                || w.bytes().any(|b| b.is_ascii_digit())
                || self.preposition_on_word_at(t)
            {
                return None;
            }
        }
        None
    }

    /// Whether mention `m`, right after cue `c`, is the object of a cue that must take
    /// one (اتهم، وصف): the ب complement follows it at once.
    /// (Not when the verb carries its object as a pronoun, تصفهم الأمم المتحدة بأنهم,
    /// nor before بأن, which opens what was said.)
    /// Likewise the actor right before the word such a cue requires (حمّلت وزارة الداخلية
    /// مسؤولية ما جرى: the ministry is held responsible), unless the one responsible
    /// is named after it with إلى or ل (حمّلت الهيئة مسؤولية التأجيل إلى الاتحاد).
    fn object_before_complement(&self, c: usize, m: &MentionRec) -> bool {
        // (Only three cues must take an object: most calls end at the first test.)
        let entries = || {
            self.hits_at(c).iter().filter_map(|h| match h.lex {
                Lex::Cue {
                    cue,
                    enclitic: false,
                    ..
                } => Some(&self.finder.lex.cues[cue as usize]).filter(|e| e.object_required),
                _ => None,
            })
        };
        if entries().next().is_none() || carries_object_pronoun(self.finder_word(c)) {
            return false;
        }
        let next = self.finder_word(m.tok_end);
        let required_next = entries().any(|e| e.requires.iter().any(|w| w == next))
            && !(m.tok_end + 1..(m.tok_end + 16).min(self.finder.tokens.len()))
                .take_while(|&t| !self.finder.is_punct(t, &['.', '،', ',', '؛']))
                .any(|t| {
                    let w = self.finder_word(t);
                    w == "الي" || w.starts_with('ل') && self.mention_at.at(t).is_some()
                });
        required_next || !is_complementizer(next) && self.passive_complement_at(m.tok_end)
    }

    /// Whether token `t` right after a verb is a ب complement with no object before it:
    /// the preposition ب on a word that names no actor and no person (بالفساد، بالخطيرة،
    /// بعدم، بـ«...»); not a name in ب (بالحاج، بسيس، بن), a subject that starts so
    /// (بعض المشاركين، بيان الجمعية، برلمان طرابلس), a preposition with its pronoun (وصف
    /// بها الآخرون: a relative's) nor بين، بعد.
    fn passive_complement_at(&self, t: usize) -> bool {
        let w = self.finder_word(t);
        w.starts_with('ب')
            && self.preposition_on_word_at(t)
            && !crate::actors::is_partitive(w)
            && !w.starts_with("بعض")
            && !STATEMENT_NOUNS.contains(&w)
            && !crate::actors::is_body_head(w)
            // (Another word in ب after it: the first is a name, the subject, and the
            // second the complement: واتهم بالمر بقتل.)
            && !self.finder_word(t + 1).starts_with('ب')
            // (A complementizer right after it: the verb's subject, a name in ب, and
            // what it said: واعتبر بالحاج، أمس، أن.)
            && !(t + 1..(t + 4).min(self.finder.tokens.len()))
                .any(|k| is_complementizer(self.finder_word(k)))
            && self.mention_at.at(t).is_none()
            && !self
                .hits_at(t)
                .iter()
                .any(|h| matches!(h.lex, Lex::GivenName | Lex::Actor { .. }))
            && !prepositional_word(w)
    }

    /// Whether the words at `t` are a formula said after God's or a prophet's name
    /// (`scripture_formulas.txt`: تعالى، صلى الله عليه وسلم ...): after a speech verb,
    /// the speaker quoted is scripture.
    fn sacred_formula_at(&self, t: usize) -> bool {
        let (first, next) = (self.finder_word(t), self.finder_word(t + 1));
        SCRIPTURE_FORMULAS
            .iter()
            .any(|phrase| phrase[0] == first && phrase.get(1).is_none_or(|w| *w == next))
    }

    /// Where an explicit subject that names no actor ends, for the cue at `c`: at the
    /// first frame word that cue takes (على، عن، إلى) after one to five plain words
    /// (شدد مدير الشركة على، أعرب مسؤول في الوزارة عن). None when punctuation, another
    /// cue or a complementizer comes first, or when the words open with a preposition
    /// (an adverbial, read elsewhere). (Only the cue's own frame words: in وتشير الدراسات
    /// على الفئران إلى, على is inside the subject.)
    fn unnamed_subject_end(&self, c: usize, after: usize, end: usize) -> Option<usize> {
        let f = self.finder;
        if after >= end
            || !f.tokens[after].is_word()
            || self.is_cue_at(after)
            || PREPOSITIONS.contains(&self.finder_word(after))
        {
            return None;
        }
        (after + 1..end.min(after + 6))
            .take_while(|&t| {
                f.tokens[t].is_word()
                    && !self.is_cue_at(t)
                    && !COMPLEMENTIZERS.contains(&self.finder_word(t))
            })
            .find(|&t| self.own_frame_word(c, t))
    }

    /// Whether the word at `t` is the preposition of a frame the cue at `c` takes: على
    /// (on, on_that), عن (about), إلى (to, to_that).
    fn own_frame_word(&self, c: usize, t: usize) -> bool {
        let frames: &[Frame] = match self.finder_word(t) {
            "علي" => &[Frame::On, Frame::OnThat],
            "عن" => &[Frame::About],
            "الي" => &[Frame::To, Frame::ToThat],
            _ => return false,
        };
        self.cue_takes_at(c, frames)
    }

    /// Whether a title or a reference ends right before token `from` and a name of the
    /// same actor begins at `to`: the words between are inside that title and name. (A
    /// name before and a title after is a clause and its subject: الذي ينتمي إليه النجيفي
    /// قال نائب الرئيس.)
    fn inside_one_name(&self, from: usize, to: usize) -> bool {
        let Some(before) = self.mention_end_at.at(from).map(|i| *self.mention(i)) else {
            return false;
        };
        let Some(after) = self.mention_at.at(to).map(|i| *self.mention(i)) else {
            return false;
        };
        matches!(before.via, Via::Role | Via::Reference)
            && after.via == Via::Name
            && self.slot_of(&before) == self.slot_of(&after)
    }

    /// Whether mention `m` carries the conjunction و (ومصر، والأردن).
    fn joined_by_waw(&self, m: &MentionRec) -> bool {
        let tok = &self.finder.tokens[m.tok_start];
        self.finder.text[tok.start as usize..m.start.max(tok.start as usize)].starts_with('و')
    }

    /// Whether a cue at token `c` takes one of `frames`.
    fn cue_takes_at(&self, c: usize, frames: &[Frame]) -> bool {
        self.hits_at(c).iter().any(|h| {
            frames
                .iter()
                .any(|&fr| self.finder.lex.cue_takes(&h.lex, fr))
        })
    }

    /// The verbal noun of a reporting cue after a cue with the frame `restates` and its
    /// subject (جدد الرئيس تأكيده): at `after`, or within the next three words when the
    /// subject named no actor (جدد الوزير القطري التأكيد على أن). The subject's name in
    /// apposition between commas is passed over (جدد الوزير، فلان، التأكيد على أن).
    fn restated(
        &self,
        entry: &crate::lexicon::CueEntry,
        after: usize,
        speaker: Option<usize>,
    ) -> Option<Hit> {
        if !entry.frames.contains(&Frame::Restates) {
            return None;
        }
        let tokens = self.finder.tokens;
        let commas = &['،', ','];
        // (The role mention takes the name in: وزير الخارجية، فلان is one mention.)
        let closes_appositive = self.finder.is_punct(after, commas)
            && self.mention_end_at.at(after).is_some_and(|i| {
                let m = self.mention(i);
                Some(self.slot_of(m)) == speaker
                    && (m.tok_start..after).any(|t| self.finder.is_punct(t, commas))
            });
        let after = if closes_appositive { after + 1 } else { after };
        (after..(after + 4).min(tokens.len()))
            .take_while(|&t| tokens[t].is_word() && (t == after || self.mention_at.at(t).is_none()))
            .find_map(|t| self.speech_noun_at(t))
    }

    /// A reporting cue's verbal noun at `t`, bare, with a pronoun or with the article.
    fn speech_noun_at(&self, t: usize) -> Option<Hit> {
        let found = self.hits_at(t).iter().copied().find(|h| match h.lex {
            Lex::Cue {
                cue,
                form: CueForm::Noun,
                ..
            } => h.prefix == 0 && restatable(&self.finder.lex.cues[cue as usize]),
            _ => false,
        });
        if found.is_some() {
            return found;
        }
        // The definite noun (جدد التأكيد على أن), which the matcher does not list.
        let stem = self.finder_word(t).strip_prefix("ال")?;
        let cue = self.finder.lex.cues.iter().position(|c| {
            restatable(c)
                && c.form_set.contains(stem)
                && c.forms
                    .iter()
                    .any(|(form, kind)| *kind == CueForm::Noun && form == stem)
        })?;
        let tok = &self.finder.tokens[t];
        Some(Hit {
            tok_start: t as u32,
            tok_end: t as u32 + 1,
            start: tok.start,
            end: tok.end,
            prefix: 0,
            lex: Lex::Cue {
                cue: cue as u32,
                form: CueForm::Noun,
                enclitic: false,
            },
        })
    }

    /// Reported content attributed with "according to" (ووفقا للأمم المتحدة، ...؛ وبحسب
    /// التقرير فإن ...؛ ...، بحسب الوزارة): the actor in the phrase said the rest.
    fn according_to(&self, s: &Sentence, events: &[SpeechEvent]) -> Option<SpeechEvent> {
        let f = self.finder;
        let is_marker = |t: usize| {
            // (وفق itself begins with و: strip it only from what is then a marker.)
            let marker = |w: &str| matches!(w, "بحسب" | "حسب" | "وفقا" | "وفق" | "طبقا");
            let w = self.finder_word(t);
            marker(w) || w.strip_prefix('و').is_some_and(marker)
        };
        // The phrase opens the sentence, closes it after a comma, or stands between
        // two commas inside it (سيتجاوز، حسب الوزارة، خمسين مليونا).
        let (marker, initial) = if is_marker(s.start) {
            (s.start, true)
        } else {
            let t = (s.start + 1..s.end)
                .rev()
                .find(|&t| f.is_punct(t - 1, &['،', ',']) && is_marker(t))?;
            (t, false)
        };
        // The actor: the first mention in the phrase (بحسب ما نشرته صحيفة الغارديان).
        let phrase_end = if initial {
            (marker + 1..s.end.min(marker + 14)).find(|&t| {
                f.is_punct(t, &['،', ',']) || matches!(self.finder_word(t), "فان" | "ان")
            })?
        } else {
            (marker + 1..s.end.min(marker + 12))
                .find(|&t| f.is_punct(t, &['،', ',']))
                .or((s.end <= marker + 12).then_some(s.end))?
        };
        // Inside the sentence, the phrase is a parenthesis when the clause goes on after
        // it; before a relative (بحسب لوند، الذي يرى) it still closes what was said.
        let closing = !initial && marker + 12 >= s.end && phrase_end == s.end;
        let after = self.finder_word(phrase_end + 1);
        let relative_after = matches!(after, "الذي" | "التي" | "الذين" | "وهو" | "وهي");
        let that_after = matches!(after, "فان" | "ان");
        let medial = !initial && !closing && !relative_after;
        // A speech verb inside the phrase makes it an ordinary report (ووفق البلاغ عبر ...).
        let cue_inside = (marker + 1..phrase_end).any(|t| {
            self.hits_at(t)
                .iter()
                .any(|h| matches!(h.lex, Lex::Cue { .. }))
        });
        if cue_inside {
            return None;
        }
        // «وفق اللوائح المتبعة لدى الاتحاد»: in accordance with rules, no source,
        // whatever body the rules belong to.
        let opening = self.finder_word(marker + 1);
        let opening = opening
            .strip_prefix("لل")
            .or_else(|| opening.strip_prefix("ال"))
            .or_else(|| opening.strip_prefix('ل'))
            .unwrap_or(opening);
        if NORM_NOUNS.contains(&opening) {
            return None;
        }
        // Inside a sentence only a name right after the marker, or after a statement
        // noun (وفق حديث فلان), attributes: «وفق ما تلقوه من أوامر من التنظيم» does not.
        let first = if initial || closing {
            marker + 1
        } else if f.tokens.get(marker + 1).is_some_and(|t| t.is_word())
            && is_statement_word(self.finder_word(marker + 1))
        {
            marker + 2
        } else {
            marker + 1
        };
        // (A title may stand before the name: بحسب الدكتور فلان.)
        let last = if initial || closing {
            phrase_end
        } else if is_title_noun(self.finder_word(first)) {
            (first + 2).min(phrase_end)
        } else {
            (first + 1).min(phrase_end)
        };
        let speaker = (first..last)
            .find_map(|t| self.mention_at.at(t))
            .map(|mi| self.slot_of(self.mention(mi)))
            .or_else(|| {
                (marker + 1..phrase_end)
                    .any(|t| self.is_definite_document(t))
                    .then(|| self.document_author(marker, events))
                    .flatten()
            })?;
        let (from, to) = if initial {
            (phrase_end + 1, s.end)
        } else if medial && that_after {
            (phrase_end + 2, s.end)
        } else if medial {
            (s.start, s.end)
        } else {
            (s.start, marker - 1)
        };
        let (from, to) = self.trim_content(from, to, true, 3)?;
        Some(SpeechEvent::uncued(
            speaker,
            QuoteKind::Indirect,
            (from, to),
            "according_to",
        ))
    }

    /// Whether a finite cue at token `c` stands where a clause can begin.
    fn can_open_clause(&self, s: &Sentence, c: usize, hit: &Hit) -> bool {
        let f = self.finder;
        // Any punctuation before it: a clause break, a dateline (غزة / سما / اعتبرت),
        // a closing quotation mark or bracket.
        if c == s.start || !f.tokens[c - 1].is_word() {
            return true;
        }
        let prefix = &f.text[f.tokens[c].start as usize..hit.start as usize];
        if prefix.starts_with('و') || prefix.starts_with('ف') {
            return true;
        }
        let prev = self.finder_word(c - 1);
        if CLAUSE_OPENERS.contains(&prev) || is_time_word(prev) {
            return true;
        }
        // A free relative, "what X called ..." (في ما وصفته الوزارة بأنه، وهو ما اعتبره):
        // only after a word that makes ما a relative, never the negator (ما قال).
        if prev == "ما"
            && c >= 2
            && matches!(
                self.finder_word(c - 2),
                "في" | "هو"
                    | "وهو"
                    | "هي"
                    | "وهي"
                    | "هذا"
                    | "وهذا"
                    | "ذلك"
                    | "وذلك"
                    | "حسب"
                    | "بحسب"
                    | "وفق"
            )
        {
            return true;
        }
        // نشرت بيانا قالت فيه ...: a relative clause on an indefinite statement noun.
        // (A form that is also a preposition only before its subject or فيه: وحسب
        // البيان عبر الوزير عن، كلمة عبر فيها عن ...; في تغريدة عبر حسابه is «via».)
        let bare = prev.strip_prefix("ال").unwrap_or(prev);
        if (STATEMENT_NOUNS.contains(&prev)
            || STATEMENT_NOUNS.contains(&bare)
            || matches!(self.finder_word(c + 1), "فيه" | "فيها"))
            && !self.preposition_not_verb(c)
        {
            return true;
        }
        // Right after a mention: SVO (الأمين العام يرحب، رئيس الوزراء أكد).
        if self.mention_end_at.at(c).is_some() {
            return true;
        }
        // ... or after a definite title that opens the sentence, with its complement
        // (المتحدث الرسمي باسم الوزارة شدد على أن): SVO with a descriptor.
        if self.opens_with_title_before(s, c) {
            return true;
        }
        self.after_fronted_adverbial(s, c) || self.after_fronted_topic(s, c)
    }

    /// Whether the bare cue form at `c` is the preposition it is also written as (عبر
    /// «via»): no subject (a mention or a title), فيه or عن after it.
    fn preposition_not_verb(&self, c: usize) -> bool {
        let next = self.finder_word(c + 1);
        PREPOSITIONS.contains(&self.finder_word(c))
            && self.mention_at.at(c + 1).is_none()
            && !is_title_noun(next)
            && !matches!(next, "فيه" | "فيها" | "عن")
    }

    /// Whether the words before the cue at `c` are a topic phrase that opens its clause,
    /// «as for, about» (وعن الأسعار أوضح، وحول أبرز العوائق قال، وبشأن الاتفاقية قال،
    /// وفيما يتعلق بالجانب التنظيمي أكد): what follows is said about that topic, and the
    /// verb begins the clause. Up to twelve words, actors and relative clauses among them
    /// (وعن راموس قال، وحول العوائق التي تواجه اللاعب قال), no cue or complementizer.
    fn after_fronted_topic(&self, s: &Sentence, c: usize) -> bool {
        let tokens = self.finder.tokens;
        let Some(t) = self.clause_opening(s, c, 12).filter(|&t| c - t >= 2) else {
            return false;
        };
        let first = self.finder_word(t);
        let first = first.strip_prefix('و').unwrap_or(first);
        let opens = TOPIC_OPENERS.contains(&first)
            || first == "فيما" && matches!(self.finder_word(t + 1), "يتعلق" | "يخص");
        let skip = if first == "فيما" { t + 2 } else { t + 1 };
        opens
            && (skip..c).all(|u| {
                tokens[u].is_word()
                    && !self.is_cue_at(u)
                    && !matches!(self.finder_word(u), "ان" | "ما")
            })
    }

    /// Whether the sentence opens with a definite title (المتحدث، الوزير، الأمين العام)
    /// whose phrase, its complements and adjectives, runs without punctuation, verb or
    /// complementizer to the cue at `c`, at most six words on.
    fn opens_with_title_before(&self, s: &Sentence, c: usize) -> bool {
        let f = self.finder;
        let first = self.finder_word(s.start);
        if c <= s.start + 1 || c > s.start + 6 || !first.starts_with("ال") {
            return false;
        }
        self.starts_with_title(s.start)
            && (s.start + 1..c).all(|t| {
                let w = self.finder_word(t);
                f.tokens[t].is_word()
                    && !self.has_cue(t)
                    && !COMPLEMENTIZERS.contains(&w)
                    && !crate::actors::first_is_verb_shaped(w)
            })
    }

    /// Whether the words before the cue at `c` are a short prepositional phrase that
    /// opens its clause (وفي سياق متصل قال، ومن جهة أخرى أكد، وفي هذا الصدد أوضح، إلى
    /// ذلك دعا، وبعد الاجتماع قال، وبهذه المناسبة أكد): a fronted adverbial, after which
    /// the verb begins the clause.
    fn after_fronted_adverbial(&self, s: &Sentence, c: usize) -> bool {
        let tokens = self.finder.tokens;
        let Some(t) = self.clause_opening(s, c, 3).filter(|&t| c - t >= 2) else {
            return false;
        };
        let opener = |w: &str| ADVERBIAL_OPENERS.contains(&w);
        let first = self.finder_word(t);
        // (في itself begins with ف: strip a conjunction only before an opener.)
        let opens_adverbial = opener(first) || first.strip_prefix(['و', 'ف']).is_some_and(opener);
        // The phrase names no one (في بيان الوزارة قال is a document, not an adverbial),
        // holds no verb of its own and no complement clause (من المقرر أن يعلن).
        // Two words need a definite noun (وفي المقابل قال); an indefinite one takes the verb
        // as its description (وعقب شائعات تحدثت عن ...).
        // (A demonstrative is definite too: إلى ذلك دعا، وفي هذا أكد.)
        let second = self.finder_word(t + 1);
        let definite = c - t > 2 || second.starts_with("ال") || matches!(second, "ذلك" | "هذا");
        // (A given name is no obstacle: على reads as علي, Ali, in على صعيد آخر; nor is
        // a reference that found no actor: الإطار in وفي هذا الإطار.)
        definite
            && opens_adverbial
            && (t..c).all(|u| {
                tokens[u].is_word()
                    && self.mention_at.at(u).is_none()
                    && self.hits_at(u).iter().all(|h| {
                        matches!(
                            h.lex,
                            Lex::GivenName | Lex::ActorRef { .. } | Lex::RoleRef { .. }
                        )
                    })
                    && !matches!(self.finder_word(u), "ان" | "ما" | "الذي" | "التي")
            })
    }

    /// Whether a cue is «يذكر»، «يتوقع» or «تبين» right before أن (or its pronoun forms):
    /// the impersonal passive of the background note (يذكر أن البنك تأسس عام ...، يذكر أنه،
    /// يذكر بأن)
    /// or of a forecast (ويتوقع أن يرتفع ...)
    /// or «it turned out» (وتبين أن المتهم ...، تبين لهم أن), which news writes without
    /// a speaker. (With its subject between, تبين الوزارة أن, it reports.)
    fn impersonal_mention(&self, hit: &Hit) -> bool {
        let f = self.finder;
        let word = &f.text[hit.start as usize..hit.end as usize];
        let next = self.finder_word(hit.tok_end as usize);
        // (Also with the preposition some outlets put before it: يذكر بأن.)
        let that = matches!(
            next.strip_prefix('ب').unwrap_or(next),
            "ان" | "انه" | "انها" | "انهم"
        );
        match word {
            // (يتوقع أن، يرجح أن: «it is expected / likely that», the forecast's passive.)
            "يذكر" | "يلاحظ" | "يتوقع" | "يرجح" => that,
            "تبين" => that || matches!(next, "لي" | "له" | "لها" | "لهم" | "لنا"),
            _ => false,
        }
    }

    /// Whether a finite cue is in the imperfect (يؤكد، تقول), by its prefix letter.
    fn is_present(&self, hit: &Hit) -> bool {
        let f = self.finder;
        let form = &f.text[hit.start as usize..hit.end as usize];
        let Lex::Cue { cue, .. } = hit.lex else {
            return false;
        };
        // A past form may begin with ت (تابعت); the imperfect's ت has a ي twin (تقول/يقول).
        let has_y_twin = |x: &str| {
            let twin = format!("ي{}", &x['ت'.len_utf8()..]);
            f.lex.cues[cue as usize].form_set.contains(&twin)
        };
        form.starts_with('ي') || form.starts_with('ت') && has_y_twin(form)
    }

    /// The token where the clause holding token `c` begins: after a comma (or at a
    /// conjunction و attached to the cue), else the cue itself.
    fn clause_start(&self, s: &Sentence, c: usize) -> usize {
        // Include an SVO subject and من جانبه before the cue in the same clause.
        self.clause_opening(s, c, 8).unwrap_or(c)
    }

    /// Where the clause of the cue at `c` opens, at the sentence's start or after a clause
    /// break, when that is at most `max_words` tokens before it.
    fn clause_opening(&self, s: &Sentence, c: usize, max_words: usize) -> Option<usize> {
        let tokens = self.finder.tokens;
        let mut t = c;
        while t > s.start && c - t < max_words && !is_clause_break(tokens, t - 1) {
            t -= 1;
        }
        (t == s.start || is_clause_break(tokens, t - 1)).then_some(t)
    }

    /// Whether token `t` is a document noun with the article (التقرير، البيان).
    fn is_definite_document(&self, t: usize) -> bool {
        let w = self.finder_word(t);
        let w = w.strip_prefix('و').unwrap_or(w);
        w.strip_prefix("ال")
            .is_some_and(|bare| DOCUMENT_NOUNS.contains(&bare))
    }

    /// Who issued a document the text names at token `t` without its author: of the last
    /// speaker that is not a person (an organization, a government, a state) and the
    /// last body named as issuing a document, the later.
    fn document_author(&self, t: usize, events: &[SpeechEvent]) -> Option<usize> {
        let spoke = events
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter(|e| e.content.0 <= t)
            .find_map(|e| {
                let sp = e.speaker?;
                let at = e.cue.map_or(e.content.0, |c| c.tok_start as usize);
                (self.finder.found.slots[sp].kind != ActorKind::Person).then_some((at, sp))
            });
        let issued = self.issued_before(t);
        match (spoke, issued) {
            (Some(a), Some(b)) => Some(if a.0 >= b.0 { a.1 } else { b.1 }),
            (a, b) => a.or(b).map(|x| x.1),
        }
    }

    /// The last document issued by a named body before token `t` (أصدرت منظمة العفو
    /// تقريرا، في بيان للوزارة): (token of the document noun, issuer), looked for within
    /// [`ISSUED_LOOKBACK`] tokens so that the search stays linear in the text.
    fn issued_before(&self, t: usize) -> Option<(usize, usize)> {
        let f = self.finder;
        let mentions = &f.found.mentions;
        (t.saturating_sub(ISSUED_LOOKBACK)..t).rev().find_map(|d| {
            let w = self.finder_word(d);
            let bare = w.strip_suffix('ا').unwrap_or(w);
            // وفقا لتقرير نشرته ...، في بيان لـ: a preposition on the noun (a conjunction
            // before it) still names the document.
            let after_preposition = bare
                .strip_prefix(['و', 'ف'])
                .unwrap_or(bare)
                .strip_prefix(['ل', 'ب']);
            let document = DOCUMENT_NOUNS.contains(&bare)
                || after_preposition.is_some_and(|rest| DOCUMENT_NOUNS.contains(&rest));
            if !document {
                // حسب بيانه، في تقريرها: the document of its sentence's subject.
                let owned = |x: &str| {
                    ["ها", "ه"]
                        .iter()
                        .find_map(|p| x.strip_suffix(p))
                        .is_some_and(|stem| DOCUMENT_NOUNS.contains(&stem))
                };
                if owned(w) || after_preposition.is_some_and(owned) {
                    return self.sentence_subject_body(d).map(|slot| (d, slot));
                }
                return None;
            }
            // Mentions are sorted by start; a name is a dozen tokens at most.
            let near = mentions.partition_point(|m| m.tok_start + 18 < d);
            mentions[near..]
                .iter()
                .take_while(|m| m.tok_start <= d + 6)
                .filter(|m| m.tok_end + 6 >= d)
                .filter(|m| f.found.slots[f.found.canonical(m.slot)].kind != ActorKind::Person)
                .min_by_key(|m| m.tok_start.abs_diff(d))
                .map(|m| (d, f.found.canonical(m.slot)))
        })
    }

    /// The body (not a person) that is the subject of the verb opening the sentence
    /// holding token `d` (قرر الاتحاد العراقي ...، أعلنت الوزارة ...): a mention right
    /// after its first word, ending before `d`. (Not the agency of a dateline that opens
    /// it, «واس - الرياض: توقعت ...», nor a name a word holds, «قال بنك الكويت».)
    fn sentence_subject_body(&self, d: usize) -> Option<usize> {
        let f = self.finder;
        let at = f.sentences.partition_point(|s| s.end <= d);
        let s = f.sentences.get(at).filter(|s| s.start <= d)?;
        let mentions = &f.found.mentions;
        let first = mentions[mentions.partition_point(|m| m.tok_start < s.start)..]
            .first()
            .filter(|m| m.tok_end <= d)
            .filter(|m| {
                // وأفادت «الشبكة السورية»: a quotation mark may open the name.
                let opened = m.tok_start == s.start + 2 && !f.tokens[s.start + 1].is_word();
                m.tok_start == s.start + 1 || opened
            })?;
        let slot = f.found.canonical(first.slot);
        (f.found.slots[slot].kind != ActorKind::Person).then_some(slot)
    }

    /// Whether what was said (a complementizer) follows token `t` past where it was
    /// said, a preposition and a statement (في بيان أمس الخميس إن، خلال مؤتمر صحفي
    /// اليوم أن): words no actor is named in, no other cue, six at most. (Not any
    /// adverbial: in «ابلغ الأثر في ترسيخ الاعتقاد بأن» no one speaks.)
    fn said_after_adverbials(&self, t: usize, end: usize) -> bool {
        let f = self.finder;
        if !matches!(self.finder_word(t), "في" | "خلال" | "عبر")
            || !is_statement_word(self.finder_word(t + 1))
        {
            return false;
        }
        (t + 2..(t + 7).min(end))
            .take_while(|&u| {
                f.tokens[u - 1].is_word()
                    && self.mention_at.at(u - 1).is_none()
                    && !self.has_cue(u - 1)
            })
            .any(|u| COMPLEMENTIZERS.contains(&self.finder_word(u)))
    }

    /// Whether token `t` begins with a title (رئيس، المتحدث باسم، زعيم، الوزير).
    fn starts_with_title(&self, t: usize) -> bool {
        self.hits_at(t).iter().any(|h| {
            matches!(
                h.lex,
                Lex::NisbaTitle { .. } | Lex::ConstructTitle { .. } | Lex::RoleRef { .. }
            )
        }) || is_title_noun(self.finder_word(t))
    }

    /// Whether token `t` is a preposition, written apart (في، إلى) or on its word
    /// (بتعيين، لمركز).
    fn preposition_at(&self, t: usize) -> bool {
        PREPOSITIONS.contains(&self.finder_word(t)) || self.preposition_on_word_at(t)
    }

    /// Whether the word at `t` is a preposition (ب، ل، ك) on a word (بالصحف، لي،
    /// لمناصريه), not a name that begins with one of those letters (بلاتر، كوستاكيس): the
    /// actor finder's test, and for a word after the letter that is no common word,
    /// also a pronoun ending, a short or a non-name remainder, or a word no name is like.
    fn preposition_on_word_at(&self, t: usize) -> bool {
        let w = self.finder_word(t);
        let Some(rest) = ['ب', 'ل', 'ك'].iter().find_map(|&c| w.strip_prefix(c)) else {
            return false;
        };
        crate::actors::preposition_on_word(w, &self.finder.lex.common_words)
            || w.starts_with("لل")
            || ["ه", "ها", "هم", "هما", "كم", "نا"]
                .iter()
                .any(|p| rest.ends_with(p))
            || rest.chars().count() < 4
            || crate::actors::is_not_name(rest)
            || !self.name_like(t, t + 1)
    }

    /// Where the topic starts when the cue at `c` carries the ف that answers an أما
    /// before it in its sentence, at most eight words back (أما فلان فقال).
    fn fronted_topic(&self, s: &Sentence, c: usize) -> Option<usize> {
        let fa = self.finder_word(c).starts_with('ف')
            && self
                .hits_at(c)
                .iter()
                .any(|h| matches!(h.lex, Lex::Cue { .. }) && h.prefix > 0);
        if !fa {
            return None;
        }
        let lo = s.start.max(c.saturating_sub(9));
        (lo..c)
            .rev()
            .find(|&t| matches!(self.finder_word(t), "اما" | "واما"))
            .map(|t| t + 1)
            .filter(|&t| t < c)
    }

    /// Whether the cue `h` is لفت (drew) with «attention» or «eyes» for object and no
    /// «إلى» within three words after it: لفت انتباه الحضور بعروضه.
    fn draws_attention_only(&self, h: &Hit) -> bool {
        let w = self.finder_word(h.tok_start as usize);
        let bare = w.strip_prefix('و').unwrap_or(w);
        if !(bare.starts_with("لفت") || bare.starts_with("يلفت") || bare.starts_with("تلفت"))
        {
            return false;
        }
        let next = h.tok_end as usize;
        let object = self.finder_word(next);
        let object = object.strip_prefix("ال").unwrap_or(object);
        let attention = ["انتباه", "نظر", "انظار", "اهتمام"]
            .iter()
            .any(|stem| object.starts_with(stem));
        attention && !(next + 1..next + 4).any(|t| self.finder_word(t) == "الي")
    }

    /// An actor named right before token `c`, in the same sentence and not after a
    /// preposition, that agrees with a verb of gender `g`.
    fn adjacent_subject(&self, s: &Sentence, c: usize, g: Gender) -> Option<usize> {
        let m = self.mention_end_at.at(c).map(|i| self.mention(i))?;
        let slot = self.slot_of(m);
        // منظمة الأعراف تدين، اتحاد الأعراف يدين: a body named by a head noun agrees as
        // that noun does, whatever the gender of its other names.
        let agrees = match self.head_gender(m).filter(|_| g != Gender::Plural) {
            Some(head) => head == g && self.can_speak(slot),
            None => self.agrees(slot, g, false),
        };
        (m.tok_start >= s.start
            && !self.after_preposition(m, s.start)
            && !self.prepositional(m)
            && agrees)
            .then_some(slot)
    }

    /// The subject of a finite cue: after it (VSO), before it (SVO), or in its ending.
    fn finite_subject(
        &self,
        s: &Sentence,
        c: usize,
        after: usize,
        g: Gender,
        events: &[SpeechEvent],
        pending: &[Pending],
    ) -> Subject {
        // A verb in a relative clause (الرئيس الذي انتقد المملكة) has the antecedent for
        // subject, and what follows the verb is its object. Only where the antecedent is
        // an actor: في الوقت الذي أكدت فيه مصادر … has its subject after the verb.
        // (A verb with an object pronoun takes the antecedent as object: قوات التحالف
        // التي وصفها …، ليندمان الذي وصفته قناة …; one that does not agree with it has
        // its own subject after it: الميليشيات التي صرح رئيس الوزراء ….)
        let object_pronoun = carries_object_pronoun(self.finder_word(c));
        let relative = c > s.start && RELATIVE_PRONOUNS.contains(&self.finder_word(c - 1));
        if relative && !object_pronoun {
            if let Some(antecedent) = self.relative_antecedent(s, c - 1, g) {
                return Subject::found(Some(antecedent), None);
            }
        }
        // وكانت باريس قد انتقدت طهران، بعد أن كانت واشنطن اتهمت تركيا: in the pluperfect
        // the subject stands between كان and the verb (before قد, when it is written),
        // and what follows the verb is its object.
        let before_qad = c >= s.start + 2 && self.finder_word(c - 1) == "قد";
        let subject_end = if before_qad { c - 1 } else { c };
        if let Some(m) = self
            .mention_end_at
            .at(subject_end)
            .map(|i| *self.mention(i))
            .filter(|m| m.tok_start >= s.start && !self.prepositional(m))
        {
            let after_be = m.tok_start > s.start && is_be_form(self.finder_word(m.tok_start - 1));
            let slot = self.slot_of(&m);
            if (before_qad || after_be) && self.agrees(slot, g, false) {
                return Subject::found(Some(slot), None);
            }
        }
        // وكان طارق فلان، نجل الممثل، قد صرح: the subject right after كان, with an
        // apposition between it and قد.
        if before_qad {
            let be = (c.saturating_sub(12).max(s.start)..c - 1)
                .rev()
                .find(|&t| is_be_form(self.finder_word(t)));
            if let Some(m) = be
                .and_then(|be| self.mention_at.at(be + 1))
                .map(|i| *self.mention(i))
            {
                let slot = self.slot_of(&m);
                if m.tok_end < c && !self.prepositional(&m) && self.agrees(slot, g, false) {
                    return Subject::found(Some(slot), None);
                }
            }
        }
        // أما فلان فقال: a topic fronted by أما is the subject of the verb its ف opens;
        // one that names no actor is someone unknown, not the last speaker. (Not a topic
        // opened by a preposition or a condition: أما عن المسلسل فقال، أما إذا ...)
        if let Some(topic) = self.fronted_topic(s, c) {
            let named = (topic..c).any(|t| self.mention_at.at(t).is_some());
            let w = self.finder_word(topic);
            let prepositional = PREPOSITIONS.contains(&w)
                || COMPLEMENTIZERS.contains(&w)
                || matches!(w, "اذا" | "لو" | "بالنسبه" | "فيما" | "عن" | "بعد" | "قبل")
                || self.preposition_on_word_at(topic);
            // (A topic the verb does not agree with is what is spoken of, not who
            // speaks: أما مشروع القطار فبينت [الإمارة] أنه ...)
            let head = w.strip_prefix("ال").unwrap_or(w);
            let feminine = feminine_form(head);
            let agrees = match g {
                Gender::Masculine => !feminine,
                Gender::Feminine => feminine,
                Gender::Plural => true,
            };
            if !named && !prepositional && agrees {
                return Subject::UNKNOWN;
            }
        }
        // VSO: the subject right after the verb, past time words and adverbials.
        let mut p = after;
        let mut skipped = 0;
        // وقال، فلان، رئيس الحركة، إن: some writers set the subject off with commas,
        // the first right after the verb.
        if self.finder.is_punct(p, &['،', ','])
            && self.finder.tokens.get(p + 1).is_some_and(|t| t.is_word())
        {
            p += 1;
        }
        // وأدانت كل من مصر والأردن: «each of» before the actors named.
        if self.finder_word(p) == "كل"
            && self.finder_word(p + 1) == "من"
            && self.mention_at.at(p + 2).is_some()
        {
            p += 2;
        }
        // وأفاد «المرصد السوري لحقوق الإنسان» بأن: a subject in quotation marks.
        if let Some(m) = self.quoted_mention(p) {
            let slot = self.slot_of(&m);
            if !self.prepositional(&m) && self.agrees(slot, g, true) {
                return Subject::found(Some(slot), Some(m.tok_end + 1));
            }
        }
        // أوضح ذلك فلان، صرح بذلك مدير ...: a demonstrative right after the verb is its
        // object, what was said before; the subject follows it.
        if matches!(self.finder_word(p), "ذلك" | "بذلك" | "هذا" | "بهذا")
            && (self.mention_at.at(p + 1).is_some() || self.starts_with_title(p + 1))
        {
            p += 1;
        }
        while p < s.end && skipped <= 3 {
            if let Some(mi) = self.mention_at.at(p) {
                let m = *self.mention(mi);
                let slot = self.slot_of(&m);
                // واتهمت باكستان بالوقوف وراء الهجوم: a verb that must take an object, with
                // one actor before its ب complement, has that actor for object (or for
                // the passive's subject): the accused, never the accuser.
                if self.object_before_complement(c, &m) {
                    break;
                }
                if !self.prepositional(&m)
                    && self.agrees(slot, g, true)
                    && !self.object_by_agreement(&m, g, c)
                {
                    return Subject::found(Some(slot), Some(m.tok_end));
                }
                // وقال لرويترز مسؤول أمريكي: the one spoken to, in ل, is no subject; the
                // subject may follow it.
                if self.prepositional(&m) && self.finder_word(p).starts_with('ل') {
                    p = m.tok_end;
                    skipped += 1;
                    continue;
                }
                break;
            }
            // وقال لـ«الشرق الأوسط» مصدر مطلع: so is a name in quotation marks after ل.
            if self.finder_word(p) == "ل" {
                if let Some(qi) = self.pair_at.get(p + 1) {
                    p = self.finder.quotations[qi].close + 1;
                    skipped += 1;
                    continue;
                }
            }
            let w = self.finder_word(p);
            let document = self.is_definite_document(p)
                || STATEMENT_NOUNS.contains(&w) && !(p > after && self.finder_word(p - 1) == "في");
            // السعودية رفضت بيان الخارجية الإيرانية: a document after the verb is its
            // object when a subject stands right before it.
            if document {
                if let Some(slot) = self.adjacent_subject(s, c, g) {
                    return Subject::found(Some(slot), None);
                }
            }
            // وأشار التقرير إلى أن ...: the document of the last organization that spoke
            // (but البيان الأوروبي names its author by a nisba the look-back cannot see).
            if self.is_definite_document(p) && self.mention_at.at(p + 1).is_none() {
                let nisba = self
                    .hits_at(p + 1)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::Nisba { .. }));
                let author = (!nisba).then(|| self.document_author(p, events)).flatten();
                return Subject::found(author, Some(p + 1));
            }
            // وجاء في بيان لـX / وأشار بيان المنظمة: the statement's author speaks.
            // ... but وقال في بيان: is an adverbial, not a subject.
            let after_fi = p > after && self.finder_word(p - 1) == "في";
            if STATEMENT_NOUNS.contains(&w) && !after_fi {
                let mut q = p + 1;
                while q < s.end && q <= p + 3 {
                    if let Some(mi) = self.mention_at.at(q) {
                        let m = *self.mention(mi);
                        let slot = self.slot_of(&m);
                        // (بيان نقلته وكالة الأنباء: the outlet that carried it is no
                        // author; بيان نشرته الوزارة is the ministry's own, and so is a
                        // report a newspaper published, تقرير نشرته الصحيفة.)
                        let carried_by_media = q > p + 1
                            && !w.starts_with("تقرير")
                            && self.finder_word(p + 1).ends_with('ه')
                            && self.finder.found.slots[self.finder.found.canonical(slot)]
                                .is_media(self.finder.lex);
                        if carried_by_media {
                            break;
                        }
                        return Subject::found(Some(slot), Some(m.tok_end));
                    }
                    q += 1;
                }
                // ويضيف التقرير أن ...: a statement without its author; better no speaker
                // than a wrong one.
                return Subject {
                    end: Some(p + 1),
                    ..Subject::UNKNOWN
                };
            }
            // (د. محمد، م. خالد، أ. د.: an abbreviated title and its period.)
            let abbreviation = abbreviation_at(self.finder.text, self.finder.tokens, p);
            if is_time_word(w)
                || HONORIFICS.contains(&w)
                || abbreviation
                || w == "في" && STATEMENT_NOUNS.contains(&self.finder_word(p + 1))
                || PRONOUN_COMPLEMENTS.contains(&w) && p == after
            {
                p += if abbreviation { 2 } else { 1 };
                skipped += 1;
                continue;
            }
            // وشدد معاليه على ...: an honorific pronoun is the subject, someone named
            // before; what was said begins after it.
            if HONORIFIC_PRONOUNS.contains(&w) {
                // (معاليه، سعادته address a minister or an official, never a head of
                // state: rather no speaker than the king named before.)
                // (An honorific is a person's: never a group or a state named before.)
                let speaker = self.implicit(s, c, g, events, false).filter(|&sl| {
                    self.finder.found.slots[sl].kind == ActorKind::Person
                        && !(matches!(w, "معاليه" | "معاليها" | "سعادته") && self.heads_a_state(sl))
                });
                let speaker = self.honorific_referent(w, s, c, g, events, speaker);
                // (Unresolved, the subject is still written: what follows it is no one
                // else's, so a participle after it has no speaker either.)
                return Subject {
                    unknown: speaker.is_none(),
                    ..Subject::found(speaker, Some(p + 1))
                };
            }
            // واعتبر البرلماني زهير المغزاوي أن: a definite title or description right
            // before a person's name is that person's; the subject is not someone named
            // before.
            // (... and with its nisbas: وأكد المهاجم الدولي كريم حداد، قال السيناتور
            // الجمهوري توم كوتون، كشفت الفنانة المصرية X: up to two.)
            // (Or any definite words no lexicon knows, before a verb that takes no
            // object: وقال المدعي العام فلان، وأوضح الأمين العام المساعد فلان. After one
            // that does, such words are a subject and the person its object: وانتقد
            // الإعلام المحلي فلانا.)
            if w.starts_with("ال") {
                let takes_object = || self.cue_takes_at(c, &[Frame::Object]);
                let mut q = p + 1;
                while q < p + 3 && self.mention_at.at(q).is_none() && {
                    let next = self.finder_word(q);
                    crate::actors::is_definite_nisba(next)
                        || next.starts_with("ال")
                            && self.finder.tokens[q].is_word()
                            && self.hits_at(q).is_empty()
                            && !takes_object()
                } {
                    q += 1;
                }
                // (الاقتصادي م. محمد عمر: an abbreviated title before the name.)
                if abbreviation_at(self.finder.text, self.finder.tokens, q) {
                    q += 2;
                }
                if let Some(m) = self.mention_at.at(q).map(|i| *self.mention(i)) {
                    let slot = self.slot_of(&m);
                    if self.finder.found.slots[slot].kind == ActorKind::Person
                        && !self.prepositional(&m)
                        && self.agrees(slot, g, true)
                    {
                        return Subject::found(Some(slot), Some(m.tok_end));
                    }
                }
            }
            break;
        }
        // SVO: a subject ending right before the verb in the same clause (past قد or
        // كان: وزارة الداخلية كانت أكدت، مصادر مسؤولة قد أكدت).
        let mut q = c;
        let mut gap = 0;
        let mut auxiliaries = 0;
        while q > s.start && gap <= 2 {
            let prev = q - 1;
            if let Some(m) = self
                .mention_end_at
                .at(prev + 1)
                .map(|i| self.mention(i))
                .filter(|m| m.tok_start >= s.start)
            {
                let slot = self.slot_of(m);
                let prefixed = self.prepositional(m);
                if !self.after_preposition(m, s.start) && !prefixed && self.agrees(slot, g, false) {
                    return Subject::found(Some(slot), None);
                }
                break;
            }
            let w = self.finder_word(prev);
            if is_auxiliary(w) && auxiliaries < 2 {
                q -= 1;
                auxiliaries += 1;
                continue;
            }
            // (A comma before a verb with و starts a coordinated clause: in استقبل السيسي
            // الصفدي، وأكد … the name before the comma is the first verb's object.)
            let coordinated = self.finder_word(c).starts_with('و');
            if is_time_word(w)
                || self.finder.is_punct(prev, &['،', ',', ')'])
                    && !(coordinated && self.finder.is_punct(prev, &['،', ',']))
            {
                q -= 1;
                gap += 1;
                continue;
            }
            break;
        }
        // مصادر مسؤولة كانت أكدت، أن وسائل إعلام إيطالية قد أعلنت: a subject before كان
        // or قد headed by an unnamed source or a generic plural, at the clause's start,
        // is someone unknown, never the last speaker.
        if auxiliaries > 0 && self.generic_subject_before(s, q) {
            return Subject::UNKNOWN;
        }
        // VSO with a long subject: a title phrase the lexicon does not know, ending in a
        // person's name (قال مساعد المبعوث الخاص ... بيتر ماورر في بيان إن ...).
        if let Some((speaker, end)) = self.long_subject(s, c, p, g) {
            return Subject {
                unknown: speaker.is_none(),
                ..Subject::found(speaker, end)
            };
        }
        // VSO with a subject the lexicons cannot name (وانتقد زعيم المعارضة ...، قالت
        // مصادر أمنية، وأفاد مراسل الجزيرة): the speaker is unknown, not the last one. A
        // definite title (وأكد المسؤول التونسي) takes up someone named before, and is
        // left to the look-back below.
        if p < s.end
            && (self.starts_with_title(p) || UNNAMED_SOURCES.contains(&self.finder_word(p)))
            && !self.finder_word(p).starts_with("ال")
        {
            return Subject {
                end: self.unknown_subject_end(s, c, p),
                ..Subject::UNKNOWN
            };
        }
        // Any other subject written out that names no actor (قال مسؤولو الوزارة إن،
        // وأكدت هذه الأوساط أن، وقال الوزير إن with no minister to take up): the speaker is
        // that phrase's referent, unknown here, never the last one who spoke.
        // (A verb that takes an object may have it right after it, its subject hidden:
        // وصف فيها الاحتجاجات بأنها ...، رفض الاتهامات.)
        let takes_object = self.cue_takes_at(c, &[Frame::Object]);
        match self.explicit_subject(s, c, p, takes_object) {
            // (Its words end where the cue's frame word begins: شدد مدير الشركة على أن.)
            ExplicitSubject::Unknown => {
                return Subject {
                    end: self.unknown_subject_end(s, c, p),
                    ..Subject::UNKNOWN
                }
            }
            // وأضاف الوزير، وأكد المسؤول التونسي: a descriptor no reference resolved takes
            // up the person this article last gave the floor, never a body or a state.
            // (Not «the official», المسؤول, unless the article named a person with that
            // word: after a minister it is an official left unnamed. With a state's
            // nisba, المسؤول التونسي, it takes up the person of that state named before.)
            ExplicitSubject::Descriptor(title) => {
                let official = matches!(self.finder_word(title), "المسءول" | "المسءوله")
                    && !self
                        .hits_at(title + 1)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::Nisba { .. }));
                // (Any other title takes up first the last person named with it:
                // after «وزير الخارجية فلان» and an ambassador, وأضاف الوزير is the
                // minister.)
                let person = if official {
                    self.last_person(c, g, events)
                        .filter(|&sl| self.named_with_word(sl, c, title))
                } else {
                    let last = self.last_person(c, g, events);
                    let titled = self.last_person_titled(c, g, events, title);
                    match (last, titled) {
                        (Some(l), Some(t)) if self.titled_otherwise(l, c, title) => Some(t),
                        (l, t) => l.or(t),
                    }
                };
                // (وقال الملك after a president only: someone else, unnamed.)
                let person = person.filter(|&sl| self.head_title_fits(sl, c, title));
                // (Nor is وقال الرئيس a lexicon person whose roles the lexicon knows,
                // none of them this title at the article's date, unless the article
                // named them with it: in 2015 Steinmeier was no president.)
                let person = person.filter(|&sl| self.may_hold_title(sl, c, title));
                return Subject::found(person, self.unnamed_subject_end(c, p, s.end));
            }
            ExplicitSubject::Body(slot) => return Subject::found(Some(slot), None),
            ExplicitSubject::HeadedName(slot, end) => return Subject::found(Some(slot), Some(end)),
            // أعلنت إدارة النادي، أمس، عن ...: before the عن of its frame the verb takes
            // no object, so the words after it are its subject, here naming no actor.
            ExplicitSubject::None => {
                if let Some(end) = self.subject_before_about(s, c, p) {
                    return Subject {
                        end: Some(end),
                        ..Subject::UNKNOWN
                    };
                }
            }
        }
        // المتمردين الذين أعلنوا، المسؤول الذي قال: a relative clause's verb with no
        // subject written after it has the antecedent for subject, here no actor: an
        // unknown speaker, never the last one.
        // (Only a verb that agrees with the pronoun: in «الذي قالت إنه» the verb's
        // subject is someone else, not written.)
        let agrees_with_pronoun = match self.finder_word(c.saturating_sub(1)) {
            "الذي" => g == Gender::Masculine,
            "التي" => g == Gender::Feminine,
            "الذين" => g == Gender::Plural,
            _ => false,
        };
        if relative && !object_pronoun && agrees_with_pronoun {
            return Subject::UNKNOWN;
        }
        // Implicit subject: من جانبه marks a new speaker among those mentioned.
        let side = self.on_its_part(s, c);
        // وأشاد فيريرا بالروح، ولفت الصبيحي إلى أن: one word no lexicon knows before the
        // verb's frame is a name, most often of a person named before under a longer
        // name. It takes up the person the look-back finds only if it is one of that
        // person's words, as written or a spelling away; else the speaker is someone
        // the article did not name, unknown.
        // (Not after a verb that takes an object, which the word may be: وصف السياسيين
        // بأنهم.)
        let prev_in_sentence = pending.last().and_then(|p| p.speaker);
        if !side && self.lone_name_word(s, p) && !self.cue_takes_at(c, &[Frame::Object]) {
            let fallback = prev_in_sentence
                .filter(|&sp| self.agrees(sp, g, false))
                .or_else(|| self.implicit(s, c, g, events, side));
            let word = self.finder_word(p);
            return match fallback.filter(|&sl| self.named_with(sl, c, word)) {
                Some(sl) => Subject::found(Some(sl), Some(p + 1)),
                None => Subject {
                    end: Some(p + 1),
                    ..Subject::UNKNOWN
                },
            };
        }
        if let Some(sp) = prev_in_sentence.filter(|_| !side) {
            if self.agrees(sp, g, false) {
                return Subject::found(Some(sp), None);
            }
        }
        // قامت أحزاب بعقد مؤتمرات أعلنت فيها، أصدر نادي الشباب بيانا ينفي فيه: a relative
        // clause on a noun of the sentence («in which») has that sentence's subject, named
        // in it or nobody known: never someone who spoke before. (Unless the sentence is
        // only a verb and that noun, its subject hidden: وأصدرت بيانا ذكرت فيه.)
        let verb_and_object = || {
            c == s.start + 2 && self.mention_at.at(s.start).is_none() && {
                let (verb, noun) = (self.finder_word(s.start), self.finder_word(s.start + 1));
                !verb.strip_prefix('و').unwrap_or(verb).starts_with("ال")
                    && (STATEMENT_NOUNS.contains(&noun) || noun.ends_with('ا'))
            }
        };
        if !side && matches!(self.finder_word(c + 1), "فيه" | "فيها") && !verb_and_object() {
            let speaker = self
                .document_sender(s, c, g)
                .or_else(|| self.sentence_subject(s, c, g));
            // (Unnamed, the subject is still that phrase: no later step takes up the
            // last speaker for it.)
            return Subject {
                unknown: speaker.is_none(),
                ..Subject::found(speaker, None)
            };
        }
        // وطالب تقرير المنظمات ...، واعتبره: a verb of the same gender after an event of
        // this sentence whose subject no one could name goes on with that unknown
        // speaker, not with one who spoke before (as across sentences: `implicit`).
        let goes_on_unknown = pending.last().is_some_and(|p| {
            p.speaker.is_none()
                && p.unknown_subject
                && matches!(p.hit.lex, Lex::Cue { form: CueForm::Finite(pg), .. } if pg == g)
        });
        if !side && goes_on_unknown && self.sentence_subject(s, c, g).is_none() {
            return Subject::UNKNOWN;
        }
        Subject::found(self.implicit(s, c, g, events, side), None)
    }

    /// Whether token `p`, right after a cue, is one word that may be a name and no
    /// lexicon knows, right before the verb's frame opens (a complementizer, إلى، على،
    /// عن، a word in ب, a colon or a quotation mark).
    fn lone_name_word(&self, s: &Sentence, p: usize) -> bool {
        let f = self.finder;
        if p + 1 >= s.end || !f.tokens[p].is_word() || self.mention_at.at(p).is_some() {
            return false;
        }
        // (The frame first: one look at the next token turns most words away.)
        if !(f.is_punct(p + 1, &[':', '«', '"', '“']) || self.opens_the_frame(p + 1)) {
            return false;
        }
        let w = self.finder_word(p);
        let stem = w.strip_prefix("ال").unwrap_or(w);
        self.hits_at(p).is_empty()
            && stem.chars().count() >= 3
            && !f.lex.common_words.contains(stem)
            && !crate::actors::is_not_name(w)
            && !is_time_word(w)
            && !PREPOSITIONS.contains(&w)
            && !preposition_with_pronoun(w)
            && !is_statement_word(w)
            // (A decree speaks for whoever issued it: وأشار المرسوم.)
            && !self.is_definite_document(p)
            && !HONORIFIC_PRONOUNS.contains(&w)
            // (Nor a preposition on a noun, قال ببساطة، صرح للصحافيين; nor a noun with a
            // pronoun, وشدد فضيلته، ويشير تعيينه، وتحدث مراسلنا، or a verb, وتابع استطعنا;
            // nor a verbal noun, ولفت الانتباه.)
            && !self.preposition_on_word_at(p)
            && !(stem.chars().count() >= 4 && (w.ends_with('ه') || w.ends_with("نا")))
            && !crate::actors::is_verbal_noun_shaped(stem)
            // (... a name's particle, وقال ابن علي; a common noun in the accusative,
            // أبلغ مؤتمرا.)
            && !crate::actors::is_name_particle(w)
            // (... a definite plural, whom the verb is addressed to: وأبلغ الإسرائيليين
            // بأن; and a definite word in ـي, a nisba as often as a family name, is left
            // to the look-back.)
            && !(w.starts_with("ال") && (w.ends_with("ين") || w.ends_with("ون")))
            && !crate::actors::is_definite_nisba(w)
            && !w.strip_suffix('ا').is_some_and(|noun| {
                f.lex.common_words.contains(noun) || crate::actors::is_tafaul_or_tafil(noun)
            })
    }

    /// Whether token `t` is a word that opens a speech verb's frame after its subject: a
    /// complementizer, إلى، على، عن, or a definite noun in ب (أشاد ... بالجهود).
    fn opens_the_frame(&self, t: usize) -> bool {
        let w = self.finder_word(t);
        self.finder.tokens.get(t).is_some_and(|tok| tok.is_word())
            && (COMPLEMENTIZERS.contains(&w)
                || matches!(w, "الي" | "علي" | "عن")
                || w.starts_with("بال"))
    }

    /// Whether `word` (without its article) is a word of a mention of `slot` before
    /// token `c`, as written or a spelling or two away (for words of four letters or
    /// more: زورق for زروق): the last 200 mentions are looked at.
    fn named_with(&self, slot: usize, c: usize, word: &str) -> bool {
        let f = self.finder;
        let word = word.strip_prefix("ال").unwrap_or(word);
        let end = f.found.mentions.partition_point(|m| m.tok_start < c);
        f.found.mentions[end.saturating_sub(200)..end]
            .iter()
            .filter(|m| f.found.canonical(m.slot) == f.found.canonical(slot))
            .flat_map(|m| (m.tok_start..m.tok_end).map(|t| self.finder_word(t)))
            .any(|x| {
                let x = x.strip_prefix("ال").unwrap_or(x);
                x == word || word.chars().count() >= 4 && within_two_edits(x, word)
            })
    }

    /// Whether the words at `p`, right after a cue and its adverbials, are a subject the
    /// lexicons cannot name: a definite title left unresolved (الوزير، المتحدث), or a
    /// noun phrase that runs, without a mention or a cue, into the complementizer, colon
    /// or quotation mark that opens the content (قال مسؤولو الوزارة إن، أكدت أوساط
    /// سياسية أن). A particle, a preposition, a time word or a participle there is no
    /// subject (وقال في بيان، وأضاف قائلا).
    fn explicit_subject(
        &self,
        s: &Sentence,
        c: usize,
        p: usize,
        takes_object: bool,
    ) -> ExplicitSubject {
        let f = self.finder;
        // وذكرت «إينوك» في بيان أنها، وقال "تجمع الأهالي" إن: a short name in quotation
        // marks right after the verb, then where it spoke or what it said, is the
        // subject, a body or a person no lexicon names (a known one is a mention).
        if let Some(q) = self.pair_at.get(p).map(|qi| f.quotations[qi]) {
            let short_name = q.open == p && q.close > p + 1 && q.close <= p + 4;
            let next = self.finder_word(q.close + 1);
            let goes_on = COMPLEMENTIZERS.contains(&next)
                || matches!(next, "في" | "خلال" | "عبر" | "علي" | "عن" | "الي");
            // (A word of an actor named before, which the press puts in quotation marks,
            // is that actor: وقال "عبدالغني" after حسين عبدالغني, وقالت «أبل» after شركة
            // أبل.)
            // (Not after a verb that takes someone: أبلغت «الشرق الأوسط» أن is whom
            // she told.)
            if short_name
                && !takes_object
                && q.close + 1 < s.end
                && goes_on
                && self.mention_at.at(p + 1).is_none()
            {
                return self
                    .named_before(q.open + 1, q.close)
                    .map_or(ExplicitSubject::Unknown, ExplicitSubject::Body);
            }
        }
        if p >= s.end || !f.tokens[p].is_word() || self.mention_at.at(p).is_some() {
            return ExplicitSubject::None;
        }
        let w = self.finder_word(p);
        // تبنى تنظيم «داعش»، وذكرت شبكة «سي إن إن»: a head noun, then a body's
        // name in quotation marks, is that body: when the head is a body's or the one the
        // lexicon refers back to the body by (التنظيم for داعش).
        if let Some(m) = self.quoted_mention(p + 1) {
            let slot = self.slot_of(&m);
            let named_with_head = || {
                let lex = self.finder.lex;
                self.finder.found.slots[slot].lexicon.is_some_and(|a| {
                    lex.actors[a as usize]
                        .refs
                        .iter()
                        .any(|r| r.strip_prefix("ال") == Some(w))
                })
            };
            let close = self.pair_at.get(p + 1).map(|qi| f.quotations[qi].close);
            if let Some(close) = close.filter(|_| {
                !matches!(self.kind_of(&m), ActorKind::Person | ActorKind::State)
                    && self.can_speak(slot)
                    && (crate::actors::is_body_head(w) || named_with_head())
            }) {
                return ExplicitSubject::HeadedName(slot, close + 1);
            }
        }
        // كشف عدد من التجار أن، قال بعض المسؤولين، أكد أحد النواب: some members of a
        // group, unnamed.
        // (So is one in construct with a group of an actor: أكد أحد قادة حركة حماس, a
        // member, not the movement nor the last speaker.)
        if crate::actors::is_partitive(w) && !self.finder_word(p + 1).is_empty() {
            return ExplicitSubject::Unknown;
        }
        // وتشير تقارير إلى أن، أكدت دراسة أن: a report or a finding no one is named for.
        // (After a verb that takes an object, only before the verb's own preposition or
        // the complementizer: نفى تقارير تحدثت عن is its object.)
        if REPORT_NOUNS.contains(&w)
            && (!takes_object
                || self.own_frame_word(c, p + 1)
                || COMPLEMENTIZERS.contains(&self.finder_word(p + 1)))
        {
            return ExplicitSubject::Unknown;
        }
        // يرى البعض، يقول الكثير: a quantifier after the verb is a generic plural
        // subject (or the object of a verb whose subject is hidden: أبلغ الجميع أن):
        // no one is named either way.
        if matches!(w, "البعض" | "الكثير" | "الجميع") {
            return ExplicitSubject::Unknown;
        }
        // أكدت البلدان الأعضاء، قال الجانبان: a dual or a plural of states that names no
        // two actors of the article (that would be a mention here) is an unnamed group.
        if crate::actors::is_dual_description(w) {
            return ExplicitSubject::Unknown;
        }
        // ورأت الفصائل أن، وأكد القادة على، قالت الدول الأعضاء إن: the definite plural head
        // of states, bodies or a group is an unnamed group. (Only after a verb that takes
        // no object: after one that does it is as often the object, the subject hidden:
        // وحث الأطراف على، دعا الدول إلى، انتقدت الدول الغربية.)
        if !takes_object
            && w.strip_prefix("ال")
                .is_some_and(|x| crate::actors::COLLECTIVE_HEADS.contains(&x))
        {
            return ExplicitSubject::Unknown;
        }
        // وأوضح القائمون على المركز، وقال الباحثون، يقول المسؤولون: a definite plural in
        // ـون is in the nominative, so the verb's subject: a group no lexicon names,
        // never the last one who spoke.
        // (So is an indefinite one no lexicon knows: وأشاد به كثيرون، يرى محللون; a
        // foreign name in ـون that no lexicon knows, جونسون، is no one known either.)
        let letters = w.chars().count();
        if w.ends_with("ون")
            && (w.starts_with("ال") && letters >= 6 || letters >= 5 && self.hits_at(p).is_empty())
        {
            return ExplicitSubject::Unknown;
        }
        // واستغرب المواطن فلان، وأضاف المواطن: a citizen, named or not, is no one who spoke
        // before (nor a title the article gave anyone).
        if matches!(w, "المواطن" | "المواطنه") {
            return ExplicitSubject::Unknown;
        }
        // اعترف المتهم، رفض الموقوف: a definite participle that names people (the
        // accused) is the subject, someone the article does not name. (Not a plural in
        // ـين after a verb that takes an object: حذر المعارضين is its object.)
        let oblique_object = takes_object && w.ends_with("ين");
        if w.starts_with("ال") && !oblique_object && self.names_people_at(p) {
            return ExplicitSubject::Unknown;
        }
        // (Nor a preposition with its pronoun, أكد خلاله أن، قال فيها: an adverbial.)
        if COMPLEMENTIZERS.contains(&w)
            || prepositional_word(w)
            || HONORIFIC_PRONOUNS.contains(&w)
            || is_time_word(w)
            || crate::actors::is_not_name(w)
            || self.has_cue(p)
        {
            return ExplicitSubject::None;
        }
        if w.starts_with("ال") && self.starts_with_title(p) {
            // السلطات، الجيش، الرئاسة: a body's title the actor finder left unresolved
            // names no person, so no earlier speaker either.
            if !self.person_title_at(p) {
                return self
                    .named_with_title(p)
                    .map_or(ExplicitSubject::Unknown, ExplicitSubject::Body);
            }
            return ExplicitSubject::Descriptor(p);
        }
        // وانتقدت الجامعية فلانة الفلانية: a definite word no lexicon knows, then two words
        // of a name (given names, or words no lexicon or common-word list knows, with no
        // article, preposition or possessive), is the subject written out: a person the
        // lexicons do not name, never the last speaker. (Not a plural, the verb's object
        // as often: وطالب اللاعبين بمضاعفة جهودهم.)
        let name_word = |k: usize| {
            let x = self.finder_word(k);
            // (The actor finder's test for a possessive: a short name in ها or نا, مها،
            // رنا, is a name.)
            let plain = !PREPOSITIONS.contains(&x)
                && !self.preposition_on_word_at(k)
                && !crate::actors::has_possessive(x);
            plain
                && (self.name_like(k, k + 1)
                    || !self.hits_at(k).is_empty()
                        && self.hits_at(k).iter().all(|h| {
                            matches!(h.lex, Lex::GivenName | Lex::Actor { weak: true, .. })
                        }))
        };
        let plural = ["ين", "ون", "ات"].iter().any(|e| w.ends_with(e));
        // (A family name ends in neither ة nor the accusative's ا, as a predicate does
        // after اعتبر: واعتبر الفن مرآة عاكسة; nor does اعتبر take its subject there.)
        let predicate_like = || {
            let last = self.finder_word(p + 2);
            let given_last = self
                .hits_at(p + 2)
                .iter()
                .any(|h| matches!(h.lex, Lex::GivenName));
            (last.ends_with('ه') || last.ends_with('ا')) && !given_last
        };
        let considers = || {
            self.hits_at(c)
                .iter()
                .any(|h| self.cue_id(h) == Some("consider"))
        };
        if w.starts_with("ال")
            && !plural
            && self.hits_at(p).is_empty()
            && p + 2 < s.end
            && self.mention_at.at(p + 1).is_none()
            && name_word(p + 1)
            && name_word(p + 2)
            && !predicate_like()
            && !considers()
        {
            return ExplicitSubject::Unknown;
        }
        // وصف السياسيين بأنهم، دعا الإسرائيليين إلى: a definite plural of a nisba in ـيين
        // is in the oblique case, the verb's object; its subject is not written here.
        // (Not any word in ـين: broken plurals end so in the nominative, العناوين، and
        // sound ones are written so for it too, ويرى المؤيدين.)
        if w.starts_with("ال") && w.ends_with("يين") && w.chars().count() >= 7 {
            return ExplicitSubject::None;
        }
        // الصحيفة، الوكالة: a body's head noun is a reference, which the actor finder
        // takes up when the article named such a body; left unresolved here it names
        // a body the article did not (never a state or a person who spoke before). A
        // preposition on a word (بالصحف، لي) opens no subject.
        let definite_head = w
            .strip_prefix("ال")
            .is_some_and(crate::actors::is_body_head);
        if definite_head {
            return ExplicitSubject::Unknown;
        }
        if self.preposition_on_word_at(p) {
            return ExplicitSubject::None;
        }
        // After a verb that takes no object, a noun no lexicon knows (not a statement,
        // not after a preposition: قال في تصريحات is where he said it) may be the subject
        // written out; the two shapes below say when it is.
        // (No lexicon word, and not after a preposition.)
        let unlexed = self.hits_at(p).is_empty()
            && !(p > 0 && PREPOSITIONS.contains(&self.finder_word(p - 1)));
        let unknown_noun = letters >= 5 && unlexed;
        let bare_noun = !takes_object && unknown_noun;
        // (After a verb that takes an object or «that», أعلن، كشف, such a noun phrase
        // followed by the complementizer is its subject too: أعلنت كتلة الحزب
        // بالبرلمان، اليوم، أنها ...; an object would not stand before أن.)
        let before_that = takes_object && unknown_noun && self.cue_takes_at(c, &[Frame::That]);
        // وتشير التقديرات، قالت شركات الوساطة، كشفت تحقيقات الشرطة: a feminine plural is
        // its subject, things or a group no lexicon names.
        if bare_noun && w.ends_with("ات") && !STATEMENT_NOUNS.contains(&w) {
            return ExplicitSubject::Unknown;
        }
        // وقالت قيادة قوات التحالف في بيان إن، أكد اتحاد الكتاب أن: an indefinite noun in
        // construct with a definite word or an actor (past one more indefinite noun: قيادة
        // قوات التحالف), then what was said, is a noun phrase, the subject, naming no
        // actor the lexicons know; the speaker is that phrase's, never the last one who
        // spoke. (Not an adverbial in construct: وقال أثناء الجلسة إن; nor the words said
        // with no complementizer: وقال تواجد السعودية في المحفل ...; nor a word in the
        // accusative, an adverbial: وأضاف مخاطبا حبري; nor a preposition with its
        // pronoun: ترى فيهما أنقرة; nor a word before a person, whose given name an
        // unknown first word may be: تقول فردوس محمد.)
        let genitive = (p + 1..(p + 3).min(s.end))
            .find(|&u| {
                let x = self.finder_word(u);
                x.starts_with("ال")
                    || self.mention_at.at(u).is_some()
                    || !self.hits_at(u).is_empty()
                    || !f.tokens[u].is_word()
                    || PREPOSITIONS.contains(&x)
            })
            .unwrap_or(p + 1);
        let next_word = self.finder_word(genitive);
        // (A body's head noun is that subject after any verb, even one that takes an
        // object: وأعلن مركز الدراسات الاقتصادي، مساء السبت، أنه; وقالت شرطة منطقة
        // باريس إن. Not when an actor other than a place is named before what was said,
        // the body's own name or its owner's: دعت حركة المقاومة حماس إلى، أورد موقع
        // الاتحاد الإفريقي أن.)
        let body_head = crate::actors::is_body_head(w) && unlexed;
        if (bare_noun || body_head || before_that)
            && !w.starts_with("ال")
            && (crate::actors::is_definite_noun(next_word)
                || self
                    .mention_at
                    .at(genitive)
                    .is_some_and(|mi| self.kind_of(self.mention(mi)) != ActorKind::Person))
            && f.tokens.get(genitive).is_some_and(|t| t.is_word())
            && !w.ends_with('ا')
            && !preposition_with_pronoun(w)
            && !is_statement_word(w)
            && !ADVERBIAL_PREPOSITIONS.contains(&w)
            && !CONSTRUCT_ADVERBIALS.contains(&w)
        {
            // Where what was said begins: a complementizer or an opening mark within
            // eight tokens of the genitive (eleven past a verb that takes an object,
            // for the time and place said between), before any other cue.
            let window = if bare_noun || body_head { 8 } else { 11 };
            let said = (genitive + 1..(genitive + window).min(s.end))
                .take_while(|&u| !self.has_cue(u))
                .find(|&u| {
                    COMPLEMENTIZERS.contains(&self.finder_word(u))
                        || f.is_punct(u, &[':', '«', '"', '“'])
                });
            // (Only states named between, or with `prepositional`, any actor in a
            // prepositional phrase: بمجلس نواب الشعب.)
            let only_places_named = |u: usize, prepositional: bool| {
                (p + 1..u).all(|k| {
                    self.mention_at.at(k).is_none_or(|mi| {
                        let m = self.mention(mi);
                        self.kind_of(m) == ActorKind::State
                            || prepositional && self.prepositional(m)
                    })
                })
            };
            // (After a verb that takes an object, only before the complementizer: not
            // بأن nor على أن, the frame of an object, وصف معسكر الفريق بأنه، حث أولياء
            // الدم على أن; nor لأن, «because».)
            let plain_complementizer = |u: usize| {
                let w = self.finder_word(u);
                COMPLEMENTIZERS.contains(&w)
                    && !w.starts_with(['ب', 'ل'])
                    && !PREPOSITIONS.contains(&self.finder_word(u - 1))
            };
            if said.is_some_and(|u| {
                bare_noun
                    || body_head && only_places_named(u, false)
                    || before_that && plain_complementizer(u) && only_places_named(u, true)
            }) {
                return ExplicitSubject::Unknown;
            }
        }
        // وأثنى الحضور على، وأشاد الجمهور بـ، وأكدت الدراسة أن: a definite noun right
        // before the preposition of the cue's frame or the complementizer is its
        // subject: people or a thing no lexicon names, never the last speaker.
        // (Not a definite name in ـي, a family name as often as a noun: ولفت الصبيحي
        // إلى أن; nor the object of لفت النظر / الانتباه إلى, «drew attention to»; nor a
        // decree or a decision, which speak for whoever issued them.)
        if bare_noun
            && w.starts_with("ال")
            && !w.ends_with('ي')
            && !matches!(w, "النظر" | "الانتباه" | "المرسوم" | "القرار")
            && !is_statement_word(w)
        {
            if self.opens_the_frame(p + 1) {
                return ExplicitSubject::Unknown;
            }
            // (... or past where and when it was said: وقال المتحف في بيان أمس إنه.)
            if self.said_after_adverbials(p + 1, s.end) {
                return ExplicitSubject::Unknown;
            }
        }
        // قال مكتب رئيس الوزراء في بيان، وقالت شرطة بكين: a body's head in construct
        // with a title, a person or a place is an office or a body of its own, which no
        // earlier speaker stands in for. (Before a body's name the head may be that
        // body's own: حركة المقاومة الشعبية.)
        if crate::actors::is_body_head(w) {
            let owner = self
                .mention_at
                .at(p + 1)
                .map(|mi| self.kind_of(self.mention(mi)));
            if self.starts_with_title(p + 1)
                || matches!(
                    owner,
                    Some(ActorKind::Person | ActorKind::State | ActorKind::Other)
                )
            {
                return ExplicitSubject::Unknown;
            }
        }
        // ودعا الخرينج إلى ...: one definite word of a family name's shape right before a
        // preposition or the complementizer is the subject, a person no lexicon knows;
        // not the verb's object with the last speaker for subject.
        // (Unless it is, spelt another way, the family name of a person named before:
        // الصبيحي after عبدالله صبيحي, الأنباري after ريم العنباري; then the earlier
        // speaker stays.)
        let next = self.finder_word(p + 1);
        if self.definite_family_name(p)
            && f.tokens.get(p + 1).is_some_and(|t| t.is_word())
            && (PREPOSITIONS.contains(&next) || COMPLEMENTIZERS.contains(&next))
            && !self.family_name_of_someone_named(p)
        {
            return ExplicitSubject::Unknown;
        }
        // ورحبت أحزاب سنية وشيعية، قالت إذاعة محلية: an indefinite noun and an indefinite
        // nisba adjective are an unnamed group or source, never the last one who spoke.
        // (After a verb that takes an object, only in the nominative: اتهم مسؤولين
        // أمنيين is the object, the subject hidden.)
        // (... or before the verb's own preposition or complementizer: رحبت أحزاب سنية
        // وشيعية بالدعوة، أشادت جهات رسمية بـ; or with the plural head of a group:
        // استنكرت أوساط عراقية التصريحات.)
        let adjective = self.finder_word(p + 1);
        let mut after_adjectives = p + 2;
        while after_adjectives < (p + 4).min(s.end) && {
            let x = self.finder_word(after_adjectives);
            crate::actors::is_indefinite_nisba(x.strip_prefix('و').unwrap_or(x))
        } {
            after_adjectives += 1;
        }
        let then = self.finder_word(after_adjectives);
        let frame_follows = COMPLEMENTIZERS.contains(&then)
            || matches!(then, "علي" | "عن" | "الي")
            || then.starts_with('ب') && then.chars().count() >= 4;
        if crate::actors::is_indefinite_nisba(adjective)
            && letters >= 4
            && !w.starts_with("ال")
            && self.hits_at(p).is_empty()
            && self.mention_at.at(p + 1).is_none()
            && f.tokens.get(p + 1).is_some_and(|t| t.is_word())
            && (!takes_object
                || adjective.ends_with("يون")
                || frame_follows
                || crate::actors::COLLECTIVE_HEADS.contains(&w))
            && !(p > 0 && PREPOSITIONS.contains(&self.finder_word(p - 1)))
        {
            return ExplicitSubject::Unknown;
        }
        let mut t = p + 1;
        while t < s.end && t <= p + 5 {
            if self.mention_at.at(t).is_some() || self.has_cue(t) {
                return ExplicitSubject::None;
            }
            let x = self.finder_word(t);
            if COMPLEMENTIZERS.contains(&x) || f.is_punct(t, &[':', '«', '"', '“']) {
                return ExplicitSubject::Unknown;
            }
            // وقال لويك فيرين، من محطة ...: two or three words no lexicon knows, then a
            // comma, are a name the article gives, an unknown person's.
            // (So is one such word of four letters or more, not in the accusative of an
            // adverb: وأكد مارتينيز، لدى تقديمه ...)
            // (Unless it is, spelt another way, the family name of a person named before:
            // قعيم after فرج أقعيم.)
            let one_name = t - p == 1 && {
                let x = self.finder_word(p);
                // (A word in ـا is an adverb in the accusative, وأكد مجددا، unless it is
                // a name of five letters or more set off by a comma, وقال ماروتا، ...;
                // not a word with «our» or «her»: كما ذكر محدثنا، ...)
                let in_alif = x.ends_with('ا')
                    && (x.chars().count() < 5
                        || !f.is_punct(p + 1, &['،', ','])
                        || x.ends_with("نا")
                        || x.ends_with("ها"));
                x.chars().count() >= 4
                    && !in_alif
                    && !x.ends_with('ه')
                    && !self.family_name_of_someone_named(p)
            };
            if f.is_punct(t, &['،', ','])
                && ((2..=3).contains(&(t - p)) || one_name)
                && self.name_like(p, t)
            {
                return ExplicitSubject::Unknown;
            }
            // ورأى كوستاكيس خلال لقاء مع الصحافيين أن ...: a name no lexicon knows, then the
            // adverbial of where it was said and the complementizer (or the quotation
            // itself: وقال بلاتر في مؤتمر صحفي "...").
            if matches!(x, "في" | "خلال") && (1..=3).contains(&(t - p)) && self.name_like(p, t)
            {
                let end = (t + 7).min(s.end);
                let stop = (t + 1..end).find(|&u| {
                    !(f.tokens[u].is_word() && self.mention_at.at(u).is_none() && !self.has_cue(u))
                        || COMPLEMENTIZERS.contains(&self.finder_word(u))
                });
                // (Not the quotation marks of a name after a preposition: في حديث
                // لـ«الشرق الأوسط» بأن.)
                let said_where = stop.is_some_and(|u| {
                    COMPLEMENTIZERS.contains(&self.finder_word(u))
                        || f.is_punct(u, &[':'])
                        || f.is_punct(u, &['«', '"', '“'])
                            && !PREPOSITIONS.contains(&self.finder_word(u - 1))
                            && self.finder_word(u - 1) != "ل"
                });
                if said_where {
                    return ExplicitSubject::Unknown;
                }
            }
            // وأشار تشاغوريس إلى أن، وأكد مارتينيز على: one to three words no lexicon
            // knows, then the preposition of the cue's own frame, are the subject's name
            // (the same guards as before a comma).
            if self.own_frame_word(c, t)
                && ((2..=3).contains(&(t - p)) || one_name)
                && self.name_like(p, t)
            {
                return ExplicitSubject::Unknown;
            }
            if !f.tokens[t].is_word() || PREPOSITIONS.contains(&x) {
                return ExplicitSubject::None;
            }
            t += 1;
        }
        ExplicitSubject::None
    }

    /// Whether the title at `t` may be a person's: a title noun, or a role of the
    /// lexicons whose holder is a person (not الجيش، السلطات، الرئاسة).
    fn person_title_at(&self, t: usize) -> bool {
        let roles = &self.finder.lex.roles;
        let mut role_hits = self.hits_at(t).iter().filter_map(|h| match h.lex {
            Lex::NisbaTitle { role } | Lex::ConstructTitle { role } | Lex::RoleRef { role } => {
                Some(role as usize)
            }
            _ => None,
        });
        is_title_noun(self.finder_word(t))
            || role_hits.any(|r| roles.get(r).is_some_and(|e| e.kind == ActorKind::Person))
    }

    /// The actor, no person, last mentioned with the title word at `t` at its head
    /// (الأمانة العامة for الأمانة العامة لجامعة الدول العربية).
    fn named_with_title(&self, t: usize) -> Option<usize> {
        let title = self.finder_word(t);
        // السلطات القضائية الأمريكية: a nationality of its own, which the earlier body
        // may not share.
        let nisba_follows = (t + 1..t + 4)
            .take_while(|&k| k < self.finder.tokens.len() && self.finder.tokens[k].is_word())
            .any(|k| {
                self.hits_at(k)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::Nisba { .. }))
            });
        if nisba_follows {
            return None;
        }
        self.mentions_before(t)
            .find(|m| {
                let head = self.finder_word(m.tok_start);
                head == title || head.strip_prefix(['و', 'ف']) == Some(title)
            })
            .map(|m| self.slot_of(m))
            .filter(|&sl| self.finder.found.slots[sl].kind != ActorKind::Person)
    }

    /// Whether the words `from..to` may be a name no lexicon knows: no common word, no
    /// function word, no article, no verb shape and nothing the matcher found.
    fn name_like(&self, from: usize, to: usize) -> bool {
        let f = self.finder;
        (from..to).all(|k| {
            let x = self.finder_word(k);
            !x.is_empty()
                && !x.starts_with("ال")
                && !x.starts_with('و')
                && !f.lex.common_words.contains(x)
                && !crate::actors::is_not_name(x)
                && !crate::actors::first_is_verb_shaped(x)
                && self.hits_at(k).is_empty()
        })
    }

    /// Whether the word at `p` has the shape of a family name with the article
    /// (الخرينج، الجاسر): no common word, title or lexicon word, and not the shape of a
    /// nisba (ي، ية), a plural, a participle or a verbal noun (الانسحاب، التصعيد).
    fn definite_family_name(&self, p: usize) -> bool {
        let w = self.finder_word(p);
        let Some(stem) = w.strip_prefix("ال") else {
            return false;
        };
        let common = &self.finder.lex.common_words;
        let n = stem.chars().count();
        // Broken plurals fu'ul and fi'lan (البنوك، الجيران), participles in م (المختص،
        // المذيع), feminine nouns in ة (الناقلة، الخزانة) and tafa''ul of four letters
        // (التثبت) are common nouns far more often than family names, and a final ا is a
        // title as often (البابا).
        let plural = crate::actors::is_fuul(stem) || n == 5 && stem.ends_with("ان");
        n >= 4
            && !common.contains(stem)
            && !common.contains(w)
            && !crate::actors::is_not_name(w)
            && !is_title_noun(w)
            && self.hits_at(p).is_empty()
            && !["يه", "ون", "ين", "ات", "اء", "ه", "ا"]
                .iter()
                .any(|e| stem.ends_with(e))
            && !stem.starts_with('م')
            && !(n == 4 && stem.starts_with('ت'))
            && !plural
            && !crate::actors::is_verbal_noun_shaped(stem)
            && !crate::actors::is_tafaul_or_tafil(stem)
    }

    /// Whether the definite word at `p`, its article aside, is within two edits of the
    /// last word of a person mentioned before it, or of the word after that mention (a
    /// family name written another way).
    fn family_name_of_someone_named(&self, p: usize) -> bool {
        let w = self.finder_word(p);
        let stem = w.strip_prefix("ال").unwrap_or(w);
        self.mentions_before(p)
            .filter(|m| self.kind_of(m) == ActorKind::Person)
            .any(|m| {
                // (Its last word, or the word after it, a family name the parse left
                // out: طارق بن مطلق الروقي السيالي; or any word of it as written, the
                // parse having run on past the family name: فلان تايرمان المختص.)
                [m.tok_end.saturating_sub(1), m.tok_end].iter().any(|&k| {
                    let x = self.finder_word(k);
                    within_two_edits(stem, x.strip_prefix("ال").unwrap_or(x))
                }) || (m.tok_start..m.tok_end).any(|k| self.finder_word(k) == w)
            })
    }

    /// The person who last spoke before token `c`, else the person last mentioned, who
    /// agrees with a verb of gender `g`.
    fn last_person(&self, c: usize, g: Gender, events: &[SpeechEvent]) -> Option<usize> {
        self.last_speaker_or_mention(c, events, |sl| self.person_of_gender(sl, g))
    }

    /// Whether `slot` is a person who agrees with a verb of gender `g`.
    fn person_of_gender(&self, slot: usize, g: Gender) -> bool {
        self.finder.found.slots[slot].kind == ActorKind::Person && self.agrees(slot, g, false)
    }

    /// The last speaker before `c` that `fits`, else the last actor mentioned that does
    /// (within [`LOOKBACK`] each).
    fn last_speaker_or_mention(
        &self,
        c: usize,
        events: &[SpeechEvent],
        fits: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        events
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter_map(|e| e.speaker)
            .find(|&sp| fits(sp))
            .or_else(|| {
                self.mentions_before(c)
                    .map(|m| self.slot_of(m))
                    .find(|&sl| fits(sl))
            })
    }

    /// The last person of gender `g` to speak, else to be named, before `c` whose name
    /// stood with the title at `title` ([`Self::titled_with`]) and the nisba or
    /// «former» after it.
    fn last_person_titled(
        &self,
        c: usize,
        g: Gender,
        events: &[SpeechEvent],
        title: usize,
    ) -> Option<usize> {
        // الوزير البحريني، الوزير السابق: its nisba or «former» must stand with the name
        // too.
        let modifiers: Vec<usize> = (title + 1..title + 3)
            .take_while(|&u| {
                matches!(self.finder_word(u), "السابق" | "السابقه")
                    || self
                        .hits_at(u)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::Nisba { .. }))
            })
            .collect();
        self.last_speaker_or_mention(c, events, |sl| {
            self.person_of_gender(sl, g)
                && self.titled_with(sl, c, title)
                && modifiers.iter().all(|&u| self.named_with_word(sl, c, u))
        })
    }

    /// Whether person `slot` may be the holder the bare title at `title` names: a
    /// lexicon person with dated roles only if one of them is the title's at the
    /// article's date (any time before السابق or المنتخب), or the article named them with
    /// the title; anyone else, always.
    fn may_hold_title(&self, slot: usize, c: usize, title: usize) -> bool {
        let f = self.finder;
        let with_roles = f.found.slots[slot]
            .lexicon
            .is_some_and(|a| !f.lex.actors[a as usize].roles.is_empty());
        if !with_roles {
            return true;
        }
        let roles: Vec<u32> = self
            .hits_at(title)
            .iter()
            .filter_map(|h| match h.lex {
                Lex::RoleRef { role } => Some(role),
                _ => None,
            })
            .collect();
        if roles.is_empty() {
            return true;
        }
        // (A former or a coming holder, of any time: الرئيس السابق، الرئيس المنتخب،
        // الرئيس المحتمل.)
        let next = self.finder_word(title + 1);
        let any_time = crate::coref::former_holder(next)
            || matches!(
                next,
                "المنتخب"
                    | "المنتخبه"
                    | "المقبل"
                    | "المقبله"
                    | "المحتمل"
                    | "المحتمله"
                    | "القادم"
                    | "القادمه"
            );
        crate::coref::holds_one_of(f.lex, f.found, slot, &roles, any_time)
            || self.named_with_word(slot, c, title)
    }

    /// Whether person `slot` was named before `c` with a title, never with the one at
    /// `title` (السفير فلان, and now وأضاف الوزير).
    fn titled_otherwise(&self, slot: usize, c: usize, title: usize) -> bool {
        let mut other = false;
        // (The title may stand a few words before a name found by pattern: رئيس الغرفة
        // التجارية فلان.)
        for m in self.mentions_before(c).filter(|m| self.slot_of(m) == slot) {
            other |=
                (m.tok_start.saturating_sub(3)..=m.tok_start).any(|u| self.starts_with_title(u));
        }
        other && !self.named_with_word(slot, c, title)
    }

    /// Whether the title at `title` may name person `slot`: a monarch's (الملك) not
    /// when the person's mentions before `c` carry a president's title only (see
    /// `coref::head_titles`). Any other word fits.
    fn head_title_fits(&self, slot: usize, c: usize, title: usize) -> bool {
        if crate::coref::title_family(self.finder_word(title)) != Some(crate::coref::MONARCH) {
            return true;
        }
        let f = self.finder;
        let carried = self
            .mentions_before(c)
            .filter(|m| m.via != Via::Reference && self.slot_of(m) == slot)
            .fold(0, |acc, m| {
                acc | crate::coref::mention_title_family(f.text, f.tokens, m)
            });
        carried != crate::coref::PRESIDENT
    }

    /// Whether a mention of `slot` before token `c` opens with the title at `title` (its
    /// bare form: وزير الإسكان فلان), has it right before (الوزير فلان) or in apposition
    /// after a comma (فلان، وزير ...). Stricter than [`Self::named_with_word`]: a title
    /// a few words off is often another's (طالب المبعوث الأممي نظام الأسد).
    fn titled_with(&self, slot: usize, c: usize, title: usize) -> bool {
        let is_title = |u: usize| self.same_word_bare(u, title);
        let f = self.finder;
        self.mentions_before(c)
            .filter(|m| self.slot_of(m) == slot)
            .any(|m| {
                // (Not a word in construct before it: مبعوث الأمين العام is another.)
                let before = m.tok_start >= 1
                    && is_title(m.tok_start - 1)
                    && self.finder_word(m.tok_start - 1).starts_with("ال");
                let apposition = m.tok_end + 1 < c
                    && f.is_punct(m.tok_end, &['،', ','])
                    && is_title(m.tok_end + 1);
                is_title(m.tok_start) || before || apposition
            })
    }

    /// Whether a mention of `slot` before token `c`, or the words just before or after
    /// it (a title, an apposition), holds the word at `title` or its bare form.
    fn named_with_word(&self, slot: usize, c: usize, title: usize) -> bool {
        const BEFORE: usize = 4;
        const AFTER: usize = 6;
        self.mentions_before(c)
            .filter(|m| self.slot_of(m) == slot)
            .any(|m| {
                (m.tok_start.saturating_sub(BEFORE)..(m.tok_end + AFTER).min(c))
                    .any(|u| self.same_word_bare(u, title))
            })
    }

    /// Whether the word at `u` is the word at `t` (a title), either with the article
    /// or without it (وزير and الوزير).
    fn same_word_bare(&self, u: usize, t: usize) -> bool {
        let word = self.finder_word(t);
        let bare = word.strip_prefix("ال").unwrap_or(word);
        let w = self.finder_word(u);
        w == bare || w.strip_prefix("ال") == Some(bare)
    }

    /// Whether the word at `t`, without its article, is a participle of a cue that also
    /// names people (المتهم، المتهمة: `participle_names_people`).
    fn names_people_at(&self, t: usize) -> bool {
        // (Every such participle is of a derived verb: it begins with م.)
        let Some(bare) = self
            .finder_word(t)
            .strip_prefix("ال")
            .filter(|b| b.starts_with('م'))
        else {
            return false;
        };
        // (The forms are circumstantial, متهما، متهمة: the masculine without its alif;
        // a sound plural, المتهمون، المتهمين, by its singular.)
        let singular = ["ون", "ين"]
            .iter()
            .find_map(|p| bare.strip_suffix(p))
            .unwrap_or(bare);
        let lex = self.finder.lex;
        lex.people_participles.contains(bare) || lex.people_participle_stems.contains(singular)
    }

    fn has_cue(&self, t: usize) -> bool {
        self.hits_at(t)
            .iter()
            .any(|h| matches!(h.lex, Lex::Cue { .. }))
    }

    /// The actor a relative pronoun at `rel` takes up: the mention right before it, or
    /// before a person's apposition in commas (درية شرف الدين، وزيرة الإعلام السابقة،
    /// التي قالت).
    fn relative_antecedent(&self, s: &Sentence, rel: usize, g: Gender) -> Option<usize> {
        let f = self.finder;
        // A mention in the sentence that agrees; after a preposition only a person
        // (خلفا لبلاتر الذي أعلن، التقى بفلان، رئيس ...، الذي قال).
        let antecedent = |m: &MentionRec| {
            let slot = self.slot_of(m);
            let oblique = self.prepositional(m);
            (m.tok_start >= s.start
                && (!oblique || f.found.slots[slot].kind == ActorKind::Person)
                && self.agrees(slot, g, false))
            .then_some(slot)
        };
        let mut end = rel;
        if f.is_punct(end.wrapping_sub(1), &['،', ',']) {
            // سوزان رايس، التي قالت: a name right before the comma.
            if let Some(slot) = self
                .mention_end_at
                .at(end - 1)
                .and_then(|i| antecedent(self.mention(i)))
            {
                return Some(slot);
            }
            // Back over the apposition to the comma that opens it.
            let open = (s.start..end - 1)
                .rev()
                .take(12)
                .find(|&t| f.is_punct(t, &['،', ',']))?;
            // Only an apposition that names a role (وزيرة الإعلام السابقة), not any
            // phrase in commas (حسب البيان، الذي …).
            if !self.starts_with_title(open + 1) {
                return None;
            }
            end = open;
        }
        self.mention_end_at
            .at(end)
            .and_then(|i| antecedent(self.mention(i)))
    }

    /// Whether the actor in `slot` is, by its title here or the lexicon's roles, a head
    /// of state (a president, a king: الرئيس، خادم الحرمين الشريفين).
    fn heads_a_state(&self, slot: usize) -> bool {
        let lex = self.finder.lex;
        let heads = |role: &str| matches!(role, "head_of_state" | "custodian");
        let s = &self.finder.found.slots[slot];
        s.role
            .iter()
            .map(|&(r, _)| r)
            .chain(s.titles.iter().map(|&(r, _)| r))
            .any(|r| heads(&lex.roles[r as usize].id))
            || s.lexicon
                .is_some_and(|a| lex.actors[a as usize].roles.iter().any(|t| heads(&t.role)))
    }

    /// The subject of a VSO cue when it is a longer noun phrase: the mentions between the
    /// verb and where the content begins; the last person among them, else the first.
    fn long_subject(
        &self,
        s: &Sentence,
        c: usize,
        after: usize,
        g: Gender,
    ) -> Option<(Option<usize>, Option<usize>)> {
        let f = self.finder;
        let first = self.finder_word(after);
        // Only a phrase that starts like a title.
        let titled = is_title_noun(first)
            || self.hits_at(after).iter().any(|h| {
                matches!(
                    h.lex,
                    Lex::RoleRef { .. } | Lex::NisbaTitle { .. } | Lex::ConstructTitle { .. }
                )
            });
        // Or a head noun the lexicons lack right before a person (أكد إمام مسجد الحي
        // سامي الخطيب، …): an indefinite noun that is no statement, particle or
        // verbal noun, with a person's mention within three words.
        let unknown_head = !titled
            && !first.starts_with("ال")
            && !STATEMENT_NOUNS.contains(&first)
            && !crate::actors::is_not_name(first)
            && !COMPLEMENTIZERS.contains(&first)
            && !PREPOSITIONS.contains(&first)
            // (Nor an honorific in ل: شكر لفخامة الرئيس فلان thanks him.)
            && !honorific_in_preposition(first)
            && self.mention_at.at(after).is_none()
            && (after + 1..(after + 4).min(s.end)).any(|t| {
                self.mention_at.at(t).is_some_and(|mi| {
                    self.kind_of(self.mention(mi))
                        == ActorKind::Person
                })
            })
            && (after..(after + 4).min(s.end)).all(|t| {
                // (علي starting a name is Ali, not the preposition.)
                self.finder.tokens[t].is_word()
                    && (self.mention_at.at(t).is_some()
                        || !PREPOSITIONS.contains(&self.finder_word(t)))
            })
            // أحد المقربين من …، بعض مستشاري …: one of a person's circle, not the person.
            && !crate::actors::is_partitive(first)
            && !matches!(first, "مستشار" | "مستشاري");
        if !titled && !unknown_head {
            return None;
        }
        // أكد وزير الشؤون الاجتماعية الدكتور فلان ضرورة الالتزام: a verb that takes an object
        // has it right after the person's name, where no title goes on (a title there is
        // the name's apposition: فلان وزير المالية). Only after a title: a noun the
        // lexicons lack before a person is as often the object, the person its possessor
        // (انتقد اهتمام فلان بالسحر).
        // (Nor after a preposition, where the verb's complement may have begun before
        // the person, or the title's complement holds it: رحب المجلس بتعيين فلان مبعوثا،
        // المتحدث لمركز الملك فلان للإغاثة.)
        let object_at = |t: usize, person: Option<(usize, usize)>| {
            titled
                && person.is_some_and(|(_, end)| end == t)
                && f.tokens.get(t).is_some_and(|tok| tok.is_word())
                && !self.starts_with_title(t)
                && self.mention_at.at(t).is_none()
                // (An object takes no preposition: مركز الملك فلان للإغاثة goes on.)
                && !self.preposition_at(t)
                && {
                    let start = self
                        .mention_end_at
                        .at(t)
                        .map_or(after, |i| self.mention(i).tok_start);
                    // (Not ك there: كتلة، كافل open the title's words, no «like».)
                    (after..start).all(|u| {
                        let w = self.finder_word(u);
                        !(PREPOSITIONS.contains(&w)
                            || w.starts_with(['ب', 'ل']) && self.preposition_on_word_at(u))
                    })
                }
                && self.cue_takes_at(c, &[Frame::Object])
        };
        // قال عضو في حزب الرئيس فلان، مسؤول بوزارة ...: an indefinite title and a
        // preposition before a body make «one of» the body's people, unnamed; a person
        // named inside the complement is its possessor, not the subject (only one set off
        // by a comma is). (Not before a field: مدربة في التنمية البشرية فلانة.)
        let body_head_at = |t: usize| {
            let w = self.finder_word(t);
            crate::actors::is_body_head(w.strip_prefix("ال").unwrap_or(w))
        };
        let one_of = titled && !first.starts_with("ال") && {
            let next = self.finder_word(after + 1);
            if matches!(next, "في" | "من") {
                body_head_at(after + 2) || body_head_at(after + 3)
            } else {
                next.strip_prefix('ب').is_some_and(|rest| {
                    crate::actors::is_body_head(rest.strip_prefix("ال").unwrap_or(rest))
                })
            }
        };
        let mut apposed = false;
        let mut person: Option<(usize, usize)> = None;
        let mut first_mention: Option<(usize, usize)> = None;
        let mut t = after;
        while t < s.end && t < after + 16 {
            let w = self.finder_word(t);
            // A comma before the person's name in apposition does not end the subject
            // (مدير إدارة آسيا بوزارة الخارجية، علي الهاشمي، ...), nor one before an
            // honorific and the name (المتحدث الرسمي للحكومة، الدكتور فلان).
            if f.is_punct(t, &['،', ',']) && person.is_none() {
                let mut name_at = t + 1;
                while name_at < t + 3
                    && crate::actors::HONORIFICS.contains(&self.finder_word(name_at))
                {
                    name_at += 1;
                }
                if let Some(mi) = self.mention_at.at(name_at) {
                    if self.kind_of(self.mention(mi)) == ActorKind::Person {
                        t = name_at;
                        apposed = true;
                        continue;
                    }
                }
            }
            // وأوضح وزير الحج د. فلان: an abbreviated title and its period go on to
            // the name; the period ends nothing.
            if person.is_none() && abbreviation_at(f.text, f.tokens, t) {
                t += 2;
                continue;
            }
            // A name in quotation marks (رئيس المجلس "محمد المنفي") is the person too.
            if person.is_none() {
                if let Some(m) = self.quoted_mention(t) {
                    let slot = self.slot_of(&m);
                    if f.found.slots[slot].kind == ActorKind::Person && self.agrees(slot, g, true) {
                        person = Some((slot, m.tok_end + 1));
                        t = m.tok_end + 1;
                        continue;
                    }
                }
            }
            let stop = COMPLEMENTIZERS.contains(&w)
                || t > after
                    && self
                        .hits_at(t)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::Cue { .. }))
                || f.is_punct(t, &[':', '«', '"', '“', '.', '،', ','])
                || w == "في" && STATEMENT_NOUNS.contains(&self.finder_word(t + 1))
                || is_time_word(w)
                // وأضاف الوزير خلال لقائه ...: an adverbial after the subject; no
                // title goes on with these (it may with في، من، لدى، عن، على).
                || ADVERBIAL_PREPOSITIONS.contains(&w)
                // يكشف ضابط ليبي كان يعمل في مخابرات فلان: a clause describing the
                // subject; the person inside it is not the subject.
                || person.is_none()
                    && (matches!(w, "كان" | "كانت" | "يعمل" | "تعمل")
                        || RELATIVE_PRONOUNS.contains(&w))
                // ولفت مدير ... المهندس محمد العمرة إلى: the verb's preposition right
                // after the person ends the subject.
                || person.is_some_and(|(_, end)| end == t) && self.opens_a_complement(t, titled)
                || object_at(t, person);
            if stop {
                break;
            }
            if let Some(mi) = self.mention_at.at(t) {
                let m = *self.mention(mi);
                let slot = self.slot_of(&m);
                // نائب رئيس الوزراء التركي، مستشار الرئيس الفلسطيني فلان: a person right
                // after an indefinite title is its possessor, in construct; the speaker
                // is the title's holder, unnamed here.
                // (After a noun of kinship every name of the phrase is in its construct,
                // the possessor's: نجل فلان، والد الطفل فلان، والدة البطل الأسترالي فلان.
                // Not with the pronoun «his» on it: شقيقه الأمير فلان is the brother.)
                let kin = self.kin_noun_at(after);
                let possessor = !apposed
                    && !first.starts_with("ال")
                    && (titled && t == after + 1 && self.possessor_after_title(&m) || kin);
                if f.found.slots[slot].kind == ActorKind::Person
                    && self.agrees(slot, g, true)
                    && (!one_of || apposed)
                    && !possessor
                {
                    person = Some((slot, m.tok_end));
                }
                if first_mention.is_none() && m.start == f.tokens[m.tok_start].start as usize {
                    first_mention = Some((slot, m.tok_end));
                }
                t = m.tok_end;
                continue;
            }
            t += 1;
        }
        let stopped_at_content = t < s.end
            && (COMPLEMENTIZERS.contains(&self.finder_word(t))
                || self
                    .hits_at(t)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::Cue { .. }))
                || f.is_punct(t, &[':', '«', '"', '“', '،', ','])
                || self.finder_word(t) == "في"
                || person.is_some_and(|(_, end)| end == t) && self.opens_a_complement(t, titled)
                || object_at(t, person)
                || person.is_some() && ADVERBIAL_PREPOSITIONS.contains(&self.finder_word(t))
                || is_time_word(self.finder_word(t)));
        if !stopped_at_content {
            return None;
        }
        // Without a person the phrase's own mention is the subject only when it is the
        // phrase itself (وزير الخارجية الأمريكي); an actor after a title is the title's
        // complement (مدير إدارة الجمارك، مسؤول في الوزارة), and the speaker is the
        // title's unnamed holder, whom no earlier speaker stands in for.
        if person.is_none() && self.mention_at.at(after).is_none() {
            return first_mention.map(|(_, end)| (None, Some(end)));
        }
        let first_mention = first_mention.filter(|&(sl, _)| self.agrees(sl, g, true));
        let (slot, end) = person.or(first_mention)?;
        Some((Some(slot), Some(end)))
    }

    /// Whether person mention `m`, right after an indefinite title (نائب، مستشار),
    /// names that title's possessor: a title the person held when the article was
    /// written, with the name or without (نائب رئيس الوزراء التركي، مستشار الرئيس
    /// الفلسطيني فلان). Not a title the named person does not hold (نائبة وزير
    /// الخارجية فلانة: she is the deputy), nor a person the lexicons do not know.
    fn possessor_after_title(&self, m: &MentionRec) -> bool {
        let f = self.finder;
        let slot = &f.found.slots[self.slot_of(m)];
        match m.via {
            // (A name alone after an indefinite title is as often in apposition: كما
            // أكد مهندس فلان، وزير ...)
            Via::Name | Via::Reference | Via::Pattern => false,
            Via::Role => {
                slot.role.is_some()
                    || slot.lexicon.is_some_and(|a| {
                        let held = &f.lex.actors[a as usize].roles;
                        self.hits_at(m.tok_start).iter().any(|h| match h.lex {
                            Lex::NisbaTitle { role }
                            | Lex::ConstructTitle { role }
                            | Lex::RoleRef { role } => {
                                let id = &f.lex.roles[role as usize].id;
                                held.iter().any(|t| &t.role == id && f.found.held_then(t))
                            }
                            _ => false,
                        })
                    })
            }
        }
    }

    /// Whether the word at `t`, right after a person's name, opens the verb's complement
    /// rather than continuing the subject: a preposition (إلى، في), or, after a title, a
    /// word carrying the preposition ب (رحب رئيس المجلس ... محمد المنفي بالبيان). The
    /// name's own parser has already stopped there, so بن and the like are not at stake.
    /// Not without a title: in اتهم فلان زميله X بـ... X is the object. (Four letters
    /// are enough, بدور، بقرار، unless they are a given name: بشار، بسام.)
    fn opens_a_complement(&self, t: usize, titled: bool) -> bool {
        let w = self.finder_word(t);
        PREPOSITIONS.contains(&w)
            || titled
                && self.finder.tokens[t].is_word()
                && w.starts_with('ب')
                && match w.chars().count() {
                    4 => !self
                        .hits_at(t)
                        .iter()
                        .any(|h| matches!(h.lex, Lex::GivenName)),
                    n => n >= 5,
                }
    }

    /// Whether a mention carries a prepositional proclitic (لترامب، بالحكومة): then it is
    /// no subject. The conjunctions و and ف are no obstacle (ومصر ترحب).
    fn prepositional(&self, m: &MentionRec) -> bool {
        m.prepositional(self.finder.text, self.finder.tokens)
    }

    /// Whether a preposition written apart stands right before mention `m`, which
    /// starts after token `from` (في بريطانيا، من وزير ...): no subject either. Also
    /// through a title in apposition the mention leaves out, up to
    /// [`APPOSITION_LOOKBACK`] words of counterpart, title noun or nisba (إلى نظيره
    /// السعودي فلان، من السفير الأمريكي فلان): the name is still the preposition's.
    fn after_preposition(&self, m: &MentionRec, from: usize) -> bool {
        let t = self.apposition_start(m.tok_start, from);
        t > from && {
            let w = self.finder_word(t - 1);
            // (بين is as often the verb «explained»: وبين الباحث فلان.)
            PREPOSITIONS.contains(&w) && (t == m.tok_start || w != "بين")
                // (An honorific carries the preposition: برقية لفخامة الرئيس فلان.)
                || honorific_in_preposition(w)
        }
    }

    /// Where the title in apposition right before token `t` starts: back over up to
    /// [`APPOSITION_LOOKBACK`] words of it ([`Self::apposition_word`]), never to
    /// `floor` or before it; `t` itself when there is none.
    fn apposition_start(&self, t: usize, floor: usize) -> usize {
        let mut k = t;
        while k > floor + 1 && t - k < APPOSITION_LOOKBACK && self.apposition_word(k - 1) {
            k -= 1;
        }
        k
    }

    /// The first token from `t` on, before `end`, that is no word of a title in
    /// apposition or opens a mention: past up to [`APPOSITION_LOOKBACK`] words of the
    /// title (عن اللواء فلان، من نظيره الجزائري فلان).
    fn apposition_end(&self, t: usize, end: usize) -> usize {
        (t..)
            .take(APPOSITION_LOOKBACK)
            .find(|&k| k >= end || self.mention_at.at(k).is_some() || !self.apposition_word(k))
            .unwrap_or(t + APPOSITION_LOOKBACK)
    }

    /// The sender of the document a relative clause in فيه or فيها describes (تلقى
    /// الرئيس رسالة من نظيره فلان أكد فيها: the one who wrote it, not who received it):
    /// the actor after من right after the last statement noun before cue `c` in its
    /// sentence (one word of complement between: برقية تهنئة من), through a title in
    /// apposition, agreeing with the cue.
    fn document_sender(&self, s: &Sentence, c: usize, g: Gender) -> Option<usize> {
        let f = self.finder;
        let lo = s.start.max(c.saturating_sub(DOCUMENT_LOOKBACK));
        let noun = (lo..c)
            .rev()
            .find(|&t| !self.inside[t] && is_statement_word(self.finder_word(t)))?;
        let from = (noun + 1..(noun + 3).min(c)).find(|&t| self.finder_word(t) == "من")?;
        let m = self.mention(self.mention_at.get(self.apposition_end(from + 1, c))?);
        let slot = self.slot_of(m);
        (m.tok_end <= c
            && f.found.slots[slot].kind != ActorKind::State
            && self.agrees(slot, g, false))
        .then_some(slot)
    }

    /// The actor a possessive cue right after it reports (نقلت الصحيفة عن فلان، مدير
    /// ...، قوله إن): a mention in the sentence that ends at cue `c`, or at a comma
    /// before it, and stands after عن, through a title in apposition. Whatever the
    /// outlet's name before عن, the possessor is the one quoted.
    fn reported_from(&self, s: &Sentence, c: usize, g: Gender) -> Option<usize> {
        let f = self.finder;
        let end = if c > s.start && f.is_punct(c - 1, &['،', ',']) {
            c - 1
        } else {
            c
        };
        let m = self.mention(self.mention_end_at.get(end)?);
        let t = self.apposition_start(m.tok_start, s.start);
        let slot = self.slot_of(m);
        (t > s.start && self.finder_word(t - 1) == "عن" && self.agrees(slot, g, false))
            .then_some(slot)
    }

    /// Whether token `t` is a word of a title in apposition before a name that the
    /// name's mention leaves out: a counterpart (نظيره), a definite title noun (اللواء،
    /// الباحث) or a nisba (السعودي). Not an indefinite title, whose noun is its
    /// possessor: محامي فلان، مساعد الوزير.
    fn apposition_word(&self, t: usize) -> bool {
        let w = self.finder_word(t);
        self.finder.tokens[t].is_word()
            && (w.starts_with("نظير")
                || w.starts_with("ال") && is_title_noun(w)
                || self
                    .hits_at(t)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::Nisba { .. })))
    }

    fn finder_word(&self, t: usize) -> &str {
        self.finder.word(t)
    }

    /// Whether `من جانبه`, `من جهتها`, `بدوره` ... stands before the cue in its sentence.
    fn on_its_part(&self, s: &Sentence, c: usize) -> bool {
        let lo = s.start.max(c.saturating_sub(6));
        (lo..c).any(|t| {
            let w = self.finder_word(t);
            let side_noun = matches!(
                w,
                "جانبه"
                    | "جانبها"
                    | "جهته"
                    | "جهتها"
                    | "ناحيته"
                    | "ناحيتها"
                    | "جانبهم"
                    | "جهتهم"
            );
            (side_noun && t > 0 && self.finder_word(t - 1) == "من")
                || matches!(w, "بدوره" | "بدورها" | "وبدوره" | "وبدورها")
        })
    }

    /// Whether the body of mention `m`, right after cue `c`, a verb that takes an
    /// object, is its object by agreement: a masculine verb before a feminine body
    /// (وطالب الحكومة بـ، ودعا الوزارة إلى، اتهم الشركة: a body that speaks takes
    /// وطالبت), or a verb in the plural, which never has its subject after it (وطالبوا
    /// الوزارة). A verb without an object keeps the body (وقال الشرطة، a slip of
    /// agreement); so does an indefinite nisba, an adjective that agrees with its noun
    /// (رفض إسرائيلي للمبادرة), not a state named by one (يتهم السعودية بـ).
    fn object_by_agreement(&self, m: &MentionRec, g: Gender, c: usize) -> bool {
        let s = &self.finder.found.slots[self.slot_of(m)];
        s.kind != ActorKind::Person
            && (self.finder_word(m.tok_start).starts_with("ال")
                || !self
                    .hits_at(m.tok_start)
                    .iter()
                    .any(|h| matches!(h.lex, Lex::Nisba { .. })))
            && match g {
                Gender::Masculine => s.gender == Gender::Feminine,
                Gender::Plural => true,
                Gender::Feminine => false,
            }
            && self.cue_takes_at(c, &[Frame::Object])
    }

    /// Whether an actor can be the subject of a verb or participle of gender `g`.
    /// `after_verb`: in VSO order a verb stays singular before a plural subject.
    fn agrees(&self, slot: usize, g: Gender, after_verb: bool) -> bool {
        if !self.can_speak(slot) {
            return false;
        }
        let s = &self.finder.found.slots[slot];
        // A person the lexicon does not know has no known gender (هيلين كلارك): any
        // singular verb may take them.
        let derived_person = s.kind == ActorKind::Person && s.lexicon.is_none() && s.role.is_none();
        if derived_person && g != Gender::Plural {
            return true;
        }
        // قالت سفيرة الولايات المتحدة، أكدت وزيرة الخارجية: a role's gender in the lexicon
        // is its title's masculine, and women hold it too; right after the verb the
        // verb's own gender tells. (Looking back, a feminine verb does not take a role
        // named in the masculine.)
        if after_verb && s.kind == ActorKind::Person && s.role.is_some() && g != Gender::Plural {
            return true;
        }
        match (g, s.gender) {
            (Gender::Masculine, Gender::Feminine) => s.kind != ActorKind::Person && after_verb,
            (Gender::Feminine, Gender::Masculine) => {
                // Feminine verbs take non-human masculine nouns in the broken plural
                // (قالت الولايات المتحدة is feminine already), not men.
                s.kind != ActorKind::Person && after_verb
            }
            // A plural verb is a group's (الحوثيون، the pair named before); a state, a
            // government or a body is singular, and the «they» of a plural verb looking
            // back is mostly people the lexicons do not name (السكان، المسؤولون).
            (Gender::Plural, Gender::Masculine | Gender::Feminine) => {
                after_verb && s.kind != ActorKind::Person
            }
            (Gender::Masculine | Gender::Feminine, Gender::Plural) => after_verb,
            _ => true,
        }
    }

    /// Whether the actor of mention `m`, named before a verb of gender `g`, can be its
    /// subject: as [`Self::agrees`] looking back, and a plural verb also takes a body
    /// named by its members (أعضاء مجلس الأمن ... رحبوا).
    fn agrees_back(&self, m: &MentionRec, g: Gender) -> bool {
        let slot = self.slot_of(m);
        self.agrees(slot, g, false)
            || g == Gender::Plural
                && self.can_speak(slot)
                && self.finder.found.slots[slot].kind != ActorKind::Person
                && {
                    let head = self.finder_word(m.tok_start);
                    crate::actors::GROUP_HEADS.contains(&head.strip_prefix('و').unwrap_or(head))
                }
    }

    /// The grammatical gender of a mention of a body that opens with a body's head noun
    /// (منظمة، هيئة feminine, and a plural of things, القوات; الاتحاد، مجلس masculine),
    /// which the verb agrees with.
    fn head_gender(&self, m: &MentionRec) -> Option<Gender> {
        if self.kind_of(m) == ActorKind::Person {
            return None;
        }
        let w = self.finder_word(m.tok_start);
        let w = w.strip_prefix('و').unwrap_or(w);
        let bare = w.strip_prefix("ال").unwrap_or(w);
        crate::actors::is_body_head(bare).then(|| {
            if feminine_form(bare) {
                Gender::Feminine
            } else {
                Gender::Masculine
            }
        })
    }

    /// The subject carried by a verb's ending: the last speaker of that gender, else the
    /// last actor of that gender mentioned before the cue. With `new_speaker` (من جانبه)
    /// the last speaker is passed over when another actor fits.
    fn implicit(
        &self,
        s: &Sentence,
        c: usize,
        g: Gender,
        events: &[SpeechEvent],
        new_speaker: bool,
    ) -> Option<usize> {
        let f = self.finder;
        let cue_start = f.tokens[c].start as usize;
        if let Some(sl) = self.sentence_subject(s, c, g) {
            return Some(sl);
        }
        // The last speaker who agrees; but when the last event with a verb of this
        // gender had a subject no one could name (قال مسؤول في الوزارة ... وأضاف), its
        // continuation is that unknown speaker too, not whoever spoke before.
        let last = events
            .iter()
            .rev()
            .take(LOOKBACK)
            .find_map(|e| match e.speaker {
                Some(sp) => self.agrees(sp, g, false).then_some(Some(sp)),
                None => (e.unknown_subject && self.finite_gender(e) == Some(g)).then_some(None),
            });
        if last == Some(None) && !new_speaker {
            return None;
        }
        let last_speaker = last.flatten();
        let mentioned = self
            .mentions_before(c)
            .filter(|m| m.end <= cue_start && self.agrees_back(m, g))
            .map(|m| self.slot_of(m))
            .filter(|&sl| Some(sl) != last_speaker.filter(|_| new_speaker))
            .find(|&sl| {
                let k = f.found.slots[sl].kind;
                k != ActorKind::State || g != Gender::Masculine
            });
        if new_speaker {
            mentioned.or(last_speaker)
        } else {
            last_speaker
                .or_else(|| mentioned.map(|sl| self.previous_opening_subject(s, g).unwrap_or(sl)))
        }
    }

    /// The subject the sentence gives a verb at `c` of gender `g` without one of its own:
    /// the actor a verb opening the sentence has for subject (استقبل السيسي الوزير
    /// الأردني، وأكد أن …: the actors between are objects), else an actor named earlier
    /// in the sentence as a subject, not after a preposition (وكانت السفارة قد نشرت
    /// بلاغا ذكرت فيه).
    fn sentence_subject(&self, s: &Sentence, c: usize, g: Gender) -> Option<usize> {
        let opening_subject = self
            .opening_mention(s)
            .filter(|m| m.tok_end <= c)
            .map(|m| self.slot_of(&m))
            .filter(|&sl| self.agrees(sl, g, false));
        if opening_subject.is_some() {
            return opening_subject;
        }
        self.subject_mentions(s, c)
            .find(|m| self.agrees_back(m, g))
            .map(|m| self.slot_of(m))
    }

    /// The mentions of sentence `s` that end before cue `c` and stand where a subject
    /// may (not inside what was said, not after a preposition), nearest first.
    fn subject_mentions<'m>(
        &'m self,
        s: &'m Sentence,
        c: usize,
    ) -> impl Iterator<Item = &'m MentionRec> + 'm {
        self.mentions_before(c)
            .filter(move |m| m.tok_start >= s.start && m.tok_end <= c && !self.inside[m.tok_start])
            .filter(move |m| !self.prepositional(m) && !self.after_preposition(m, s.start))
            .filter(move |m| !self.kin_possessor(m, s.start))
    }

    /// Whether mention `m` is in construct after a noun of kinship, right after it or
    /// through one definite word (اتصل بوالد الطفل فلان، نجل فلان): the possessor,
    /// never the subject of a verb. (Not after «his», نجله فلان: the son himself.)
    fn kin_possessor(&self, m: &MentionRec, from: usize) -> bool {
        let t = m.tok_start;
        t > from
            && (self.kin_noun_at(t - 1)
                || t > from + 1
                    && self.finder_word(t - 1).starts_with("ال")
                    && self.mention_at.at(t - 1).is_none()
                    && self.kin_noun_at(t - 2))
    }

    /// Whether the word at `k` is a noun of kinship, with و, ب or ل on it or none (والد،
    /// بوالد، لشقيق), and without the pronoun «his» (نجله: the son himself, whom a name
    /// after it names).
    fn kin_noun_at(&self, k: usize) -> bool {
        let w = self.finder_word(k);
        let noun = [Some(w), w.strip_prefix('و'), under_preposition(w)]
            .into_iter()
            .flatten()
            .find(|x| crate::actors::is_kin_noun(x));
        noun.is_some_and(|x| !(x.ends_with('ه') && self.finder.ends_with_his(k)))
    }

    /// Whom honorific pronoun `w` (سموه، معاليه) as the subject of cue `c` refers back
    /// to, `implicit` being who the verb's ending would take up. A royal one (وأكد سموه،
    /// وأشار جلالته) refers to a royal only: the `implicit` subject when a royal title
    /// names it; else the last royal who spoke; else the first royal named, not after a
    /// preposition, in this sentence or the one before (استقبل صاحب السمو الأمير ...
    /// الوزير ...، وأكد سموه). A minister or an official named in between is never the
    /// one meant: rather no speaker. The others take `implicit`.
    fn honorific_referent(
        &self,
        w: &str,
        s: &Sentence,
        c: usize,
        g: Gender,
        events: &[SpeechEvent],
        implicit: Option<usize>,
    ) -> Option<usize> {
        if !ROYAL_TITLES.contains(&w) {
            return implicit;
        }
        let royal = |sl: usize| {
            self.finder.found.slots[sl].kind == ActorKind::Person && self.royal_titled(sl, c)
        };
        if let Some(sl) = implicit.filter(|&sl| royal(sl)) {
            return Some(sl);
        }
        let last_royal = events
            .iter()
            .rev()
            .take(LOOKBACK)
            .filter_map(|e| e.speaker)
            .find(|&sl| self.agrees(sl, g, false) && royal(sl));
        if last_royal.is_some() {
            return last_royal;
        }
        let f = self.finder;
        let at = f.sentences.partition_point(|x| x.start < s.start);
        let from = at.checked_sub(1).map_or(s.start, |p| f.sentences[p].start);
        let all = &f.found.mentions;
        let lo = all.partition_point(|m| m.tok_start < from);
        all[lo..]
            .iter()
            .take_while(|m| m.tok_end <= c)
            .take(LOOKBACK)
            .filter(|m| !m.inner && !self.inside[m.tok_start])
            .filter(|m| !self.prepositional(m) && !self.after_preposition(m, from))
            .map(|m| self.slot_of(m))
            .find(|&sl| self.agrees(sl, g, false) && royal(sl))
    }

    /// Whether a mention of `slot` before token `c` carries a royal title, in it or in
    /// the three words before it (صاحب السمو الأمير فلان، الشيخ فلان). (Among the last
    /// [`ROYAL_LOOKBACK`] mentions: each honorific costs a bounded look back.)
    fn royal_titled(&self, slot: usize, c: usize) -> bool {
        let all = &self.finder.found.mentions;
        let end = all.partition_point(|m| m.tok_start < c);
        all[..end]
            .iter()
            .rev()
            .take(ROYAL_LOOKBACK)
            .filter(|m| self.slot_of(m) == slot)
            .any(|m| {
                (m.tok_start.saturating_sub(3)..m.tok_end)
                    .any(|t| ROYAL_TITLES.contains(&self.finder_word(t)))
            })
    }

    /// The subject of the sentence before `s` when it opens with a verb and a mention
    /// (استقبل ولي العهد فلان الرئيس الفرنسي.): with no one who spoke before, a verb
    /// without a subject in the next sentence continues that subject, not the object
    /// named after it.
    fn previous_opening_subject(&self, s: &Sentence, g: Gender) -> Option<usize> {
        let f = self.finder;
        let at = f.sentences.partition_point(|x| x.start < s.start);
        let prev = f.sentences.get(at.checked_sub(1)?)?;
        let m = self.opening_mention(prev)?;
        // (Only with another actor after it, the object it is preferred to.)
        let object_after = self
            .mention_at
            .at(m.tok_end)
            .is_some_and(|i| self.mention(i).tok_end <= prev.end);
        let slot = self.slot_of(&m);
        (object_after && self.agrees(slot, g, false)).then_some(slot)
    }

    /// The mention right after the word that opens sentence `s`, when that word may be
    /// a verb (not a mention, not a preposition: في بريطانيا، خطب ... opens with none)
    /// and the mention is its subject (not behind a proclitic preposition, not quoted).
    fn opening_mention(&self, s: &Sentence) -> Option<MentionRec> {
        let f = self.finder;
        let (verb, subject) = (s.start, s.start + 1);
        if subject >= s.end
            || !f.tokens[verb].is_word()
            || self.mention_at.at(verb).is_some()
            || self.covered[verb]
            || PREPOSITIONS.contains(&self.finder_word(verb))
        {
            return None;
        }
        let m = *self.mention(self.mention_at.at(subject)?);
        (!self.prepositional(&m) && !self.inside[m.tok_start]).then_some(m)
    }

    /// The mention that a quotation opening at token `t` holds and nothing else (a name
    /// quoted: «المرصد السوري لحقوق الإنسان»), or a pair of brackets (وعارضت (جبهة
    /// العلماء) ...).
    fn quoted_mention(&self, t: usize) -> Option<MentionRec> {
        let f = self.finder;
        if f.is_punct(t, &['(']) {
            let m = *self.mention(self.mention_at.get(t + 1)?);
            return f.is_punct(m.tok_end, &[')']).then_some(m);
        }
        let q = f.quotations[self.pair_at.get(t)?];
        let mi = self.mention_at.get(q.open + 1)?;
        let m = *self.mention(mi);
        (q.open == t && m.tok_end == q.close).then_some(m)
    }

    /// The id of the cue entry a hit is a form of, if it is a cue's.
    fn cue_id(&self, hit: &Hit) -> Option<&str> {
        match hit.lex {
            Lex::Cue { cue, .. } => Some(self.finder.lex.cues[cue as usize].id.as_str()),
            _ => None,
        }
    }

    /// The gender of the finite verb that introduced event `e`, if one did.
    fn finite_gender(&self, e: &SpeechEvent) -> Option<Gender> {
        match e.cue?.lex {
            Lex::Cue {
                form: CueForm::Finite(g),
                ..
            } => Some(g),
            _ => None,
        }
    }

    /// The actor one of whose mentions before tokens `from..to` has all their words
    /// (among the last [`LOOKBACK`] mentions, inner ones too), read without a proclitic:
    /// the press quotes a name it gave in full (بادي after «الناطق باسم الحكومة راجح
    /// بادي», «الجوازات» after «المديرية العامة للجوازات»). A person's mention may be
    /// followed by the rest of the name, looked at up to three words on.
    fn named_before(&self, from: usize, to: usize) -> Option<usize> {
        fn bare(w: &str) -> &str {
            match w.strip_prefix("لل") {
                Some(rest) => rest,
                None => w.strip_prefix("ال").unwrap_or(w),
            }
        }
        let all = &self.finder.found.mentions;
        let end = all.partition_point(|m| m.tok_start < from);
        // The quoted name's words of three letters or more: there must be one.
        let quoted: Vec<&str> = (from..to)
            .map(|u| bare(self.finder_word(u)))
            .filter(|w| w.chars().count() >= 3)
            .collect();
        if quoted.is_empty() {
            return None;
        }
        // Every one of them is among `words`.
        let all_found = |words: std::ops::Range<usize>| {
            quoted
                .iter()
                .all(|w| words.clone().any(|k| bare(self.finder_word(k)) == *w))
        };
        let recent = || all[..end].iter().rev().take(LOOKBACK);
        // The mention's own words first; then a person's name written on past the
        // mention (ناصر بن سلطان الشريف when only ناصر was taken).
        recent()
            .find(|m| all_found(m.tok_start..m.tok_end))
            .or_else(|| {
                recent()
                    .filter(|m| self.kind_of(m) == ActorKind::Person)
                    .find(|m| all_found(m.tok_start..(m.tok_end + 3).min(from)))
            })
            .map(|m| self.slot_of(m))
    }

    /// The mentions starting before token `c`, nearest first, at most [`LOOKBACK`].
    fn mentions_before(&self, c: usize) -> impl Iterator<Item = &MentionRec> + '_ {
        let all = &self.finder.found.mentions;
        let end = all.partition_point(|m| m.tok_start < c);
        all[..end].iter().rev().filter(|m| !m.inner).take(LOOKBACK)
    }

    /// The hits starting at token `t`.
    fn hits_at(&self, t: usize) -> &[Hit] {
        self.hits_by_token.get(t).copied().unwrap_or_default()
    }

    /// Builds the event of a pending cue, with its content up to `limit`.
    fn content(
        &self,
        entry: &crate::lexicon::CueEntry,
        p: &Pending,
        limit: usize,
    ) -> Option<SpeechEvent> {
        let f = self.finder;
        let c = p.hit.tok_start as usize;
        let mut t = p.after;
        let mut start: Option<(usize, QuoteKind)> = None;
        let mut direct_end: Option<usize> = None;
        let takes_that = entry.frames.iter().any(|fr| {
            matches!(
                fr,
                Frame::That | Frame::ToThat | Frame::OnThat | Frame::FromThat
            )
        });
        let scan_limit = limit.min(p.after + 45);
        let mut that_clause = false;
        if self.goes_on_after_comma(entry, p, limit) {
            start = Some((p.after + 1, QuoteKind::Direct));
            t = scan_limit;
        }
        while t < scan_limit {
            if let Some(qi) = self.pair_at.at(t) {
                // An opening quotation mark soon after the cue: the speaker's own words,
                // unless it names an addressee or a source (قال لـ«رويترز»).
                let q = f.quotations[qi];
                // ... or a name in quotation marks (وأكد «سامر الخطيب» أن): the
                // subject, not what was said.
                // (Nor after «via»: قال عبر «حسابه ...» إن. Nor after a title in
                // construct: أعلن عمدة «...», رئيس «...»: the holder's or the body's name.)
                let before = self.finder_word(t.wrapping_sub(1));
                let addressee = before == "ل"
                    || before == "عبر"
                    || !before.starts_with("ال")
                        && is_title_noun(before)
                        && t.checked_sub(1).is_some_and(|b| !self.covered[b])
                    || self.quoted_mention(t).is_some()
                    || q.close <= q.open + 3 && !f.is_punct(t.saturating_sub(1), &[':']);
                // (Its words are no part of the frame: «إن» in «كي تي إن» opens nothing.)
                if self.name_before_colon(q.open, q.close, scan_limit) {
                    t = q.close + 1;
                    continue;
                }
                if !addressee
                    && (t <= p.after + 8
                        || start.is_none() && self.finder.is_punct(t.saturating_sub(1), &[':']))
                {
                    let q = f.quotations[qi];
                    start = Some((q.open + 1, QuoteKind::Direct));
                    direct_end = Some(q.close);
                    break;
                }
            }
            if f.is_punct(t, &[':']) {
                let next = t + 1;
                if let Some(qi) = self.pair_at.get(next) {
                    let q = f.quotations[qi];
                    start = Some((q.open + 1, QuoteKind::Direct));
                    direct_end = Some(q.close);
                } else {
                    start = Some((next, QuoteKind::Direct));
                }
                break;
            }
            let w = self.finder_word(t);
            if takes_that && COMPLEMENTIZERS.contains(&w) && w != "لان" {
                let prev = self.finder_word(t.wrapping_sub(1));
                // (... nor after من, «that» as its object, for a cue of that frame: شكا
                // أيضا من أن، حذر من أن.)
                let ok = !NOT_BEFORE_COMPLEMENTIZER.contains(&prev)
                    || (prev == "الي" || prev == "علي") && t.saturating_sub(1) <= p.after + 1
                    || prev == "من"
                        && entry.frames.contains(&Frame::FromThat)
                        && t.saturating_sub(1) <= p.after + 5;
                if ok {
                    let next = t + 1;
                    if let Some(qi) = self.pair_at.get(next) {
                        let q = f.quotations[qi];
                        // The whole rest is quoted: a direct quote after أن.
                        if q.close + 2 >= limit {
                            start = Some((q.open + 1, QuoteKind::Direct));
                            direct_end = Some(q.close);
                            break;
                        }
                    }
                    start = Some((next, QuoteKind::Indirect));
                    that_clause = true;
                    break;
                }
            }
            // Another cue's clause or a sentence end stops the search.
            if t > p.after && self.is_cue_at(t) {
                break;
            }
            t += 1;
        }
        // A comma may close a long subject before its frame word (... آل الشيخ، على), and
        // a time word stand between them (كشف X، وزير ...، أمس، عن).
        let mut frame_at = p.after;
        while frame_at < limit.min(p.after + 3)
            && (f.is_punct(frame_at, &['،', ',']) || is_time_word(self.finder_word(frame_at)))
        {
            frame_at += 1;
        }
        // شدد الوزير في الوقت نفسه على ...: a short prepositional adverbial may stand
        // before the frame word too (four words at most, no punctuation, no cue).
        if matches!(self.finder_word(frame_at), "في" | "خلال" | "امام" | "عبر") {
            let frame_word = (frame_at + 2..limit.min(frame_at + 6))
                .take_while(|&t| f.tokens[t].is_word() && !self.is_cue_at(t))
                .find(|&t| matches!(self.finder_word(t), "علي" | "عن"));
            if let Some(t) = frame_word {
                frame_at = t;
            }
        }
        // (حول is «about» too: تساءل حول، تحدث حول.)
        let about = matches!(self.finder_word(frame_at), "عن" | "حول");
        // شدد على ضرورة ...: what is stressed starts after على.
        let on = self.finder_word(frame_at) == "علي" && entry.frames.contains(&Frame::On);
        let object_frame = entry.frames.iter().any(|fr| match fr {
            Frame::Object | Frame::To | Frame::With => true,
            Frame::About => about,
            _ => false,
        });
        if start.is_none() && on {
            // (شدد ... على أن: the complementizer is no part of what was stressed.)
            let after_on = if COMPLEMENTIZERS.contains(&self.finder_word(frame_at + 1)) {
                frame_at + 2
            } else {
                frame_at + 1
            };
            start = Some((self.skip_adverbials(after_on, limit), QuoteKind::Indirect));
        }
        if start.is_none() && (object_frame || !entry.quote) {
            start = Some((self.skip_adverbials(p.after, limit), QuoteKind::Indirect));
        }
        let (mut from, mut kind) = start?;
        // (A that-clause reports what was said even after a stance cue: برر قراره بأن ...)
        let mut is_quote = entry.quote || that_clause;
        // عبر عن "استغراب تونس ..." : a quoted object is the speaker's own words.
        if !entry.quote {
            // (From the subject's end on: skipping adverbials passes the mark itself. Not
            // without عن for a cue that takes it: عبر «...», عبر حسابه: "..." is «via».)
            let frame_ok = about || !entry.frames.iter().all(|fr| *fr == Frame::About);
            let open = (p.after.min(from)..(from + 3).min(limit))
                .filter(|_| frame_ok)
                .find_map(|t| self.pair_at.at(t));
            if let Some(qi) = open {
                let q = f.quotations[qi];
                // (A name in quotation marks after ل is whom it was said to, no words:
                // لإذاعة «أونس دييس».)
                let addressee = self.finder_word(q.open.saturating_sub(1)).starts_with('ل');
                if q.close > q.open + 2 && !addressee {
                    from = q.open + 1;
                    direct_end = Some(q.close);
                    kind = QuoteKind::Direct;
                    is_quote = true;
                }
            }
        }
        let mut to = direct_end.unwrap_or(limit).min(limit.max(from));
        // دعوة فلان إلى الحوار هي مناورة: a verbal noun with its agent may be the
        // subject of a nominal sentence; from the pronoun that opens the predicate on,
        // the words judge that act and are not part of it. (Not past a complementizer:
        // دعوته إلى أن الحل هو الحوار.)
        let bare_noun = matches!(
            p.hit.lex,
            Lex::Cue {
                form: CueForm::Noun,
                enclitic: false,
                ..
            }
        );
        if bare_noun && direct_end.is_none() && !that_clause {
            if let Some(t) = (from..to)
                .take_while(|&t| !is_complementizer(self.finder_word(t)))
                .find(|&t| matches!(self.finder_word(t), "هي" | "هو"))
            {
                to = t;
            }
        }
        // Inside quotation marks the content is all there is; otherwise trailing
        // punctuation and quotation marks are not content.
        let (from, to) = self.trim_content(from, to, direct_end.is_none(), 1)?;
        let Lex::Cue { cue, .. } = p.hit.lex else {
            return None;
        };
        let _ = c;
        Some(SpeechEvent {
            speaker: p.speaker,
            cue: Some(p.hit),
            kind,
            content: (from, to),
            is_quote,
            source: f.lex.cues[cue as usize].id.clone(),
            unknown_subject: p.unknown_subject,
        })
    }

    /// Whether the quotation `open..=close` is a name set in quotation marks before
    /// the colon that opens what was said (وقال فلان، رئيس «نايت فرانك» في لندن:
    /// «...»): a quotation of at most seven tokens, a colon within the seven tokens
    /// after it with no cue or other quotation between, and words after the colon.
    fn name_before_colon(&self, open: usize, close: usize, limit: usize) -> bool {
        let f = self.finder;
        if close > open + 8 {
            return false;
        }
        let Some(colon) = (close + 1..limit.min(close + 8))
            .take_while(|&u| !self.is_cue_at(u) && self.pair_at.at(u).is_none())
            .find(|&u| f.is_punct(u, &[':']))
        else {
            return false;
        };
        colon + 2 < limit
    }

    /// Whether what was said opens at token `t`: a colon, a quotation mark or a
    /// complementizer.
    fn opens_the_words(&self, t: usize) -> bool {
        t < self.finder.tokens.len()
            && (self.finder.is_punct(t, &[':', '«', '"', '“'])
                || self.pair_at.at(t).is_some()
                || is_complementizer(self.finder_word(t)))
    }

    /// Whether the cue of `p` is «went on» (أضاف، تابع، أردف، استطرد) right before a
    /// comma, with no subject written, and the words up to `limit` hold no
    /// complementizer, quotation or colon: the comma then opens what was said, as a
    /// colon does (وتابع، نحن نعمل على). With a fronted adverbial (وأضاف، في ختام
    /// كلمته، أن) or a name after the comma (وأضاف، فلان، أن) the usual frames read it.
    fn goes_on_after_comma(
        &self,
        entry: &crate::lexicon::CueEntry,
        p: &Pending,
        limit: usize,
    ) -> bool {
        let f = self.finder;
        let comma = p.after;
        let first = comma + 1;
        if comma != p.hit.tok_end as usize
            || first >= limit
            || !f.is_punct(comma, &['،', ','])
            || !entry.frames.contains(&Frame::Colon)
            || !matches!(
                p.hit.lex,
                Lex::Cue {
                    form: CueForm::Finite(_),
                    ..
                }
            )
        {
            return false;
        }
        let verb = self.finder_word(p.hit.tok_start as usize);
        let verb = verb.strip_prefix(['و', 'ف']).unwrap_or(verb);
        if !GOES_ON.contains(&verb) {
            return false;
        }
        let w = self.finder_word(first);
        if !f.tokens[first].is_word()
            || self.mention_at.at(first).is_some()
            || prepositional_word(w)
            || w == "فيما"
            || CONSTRUCT_ADVERBIALS.contains(&w)
            || is_time_word(w)
        {
            return false;
        }
        !(first..limit).any(|t| self.opens_the_words(t))
    }

    /// The content `from..to` without leading punctuation (but from an opening
    /// quotation mark on) and, with `trim_end`, without trailing punctuation (but with the
    /// closing mark of a quotation it contains); `None` under `min_words` words.
    fn trim_content(
        &self,
        mut from: usize,
        mut to: usize,
        trim_end: bool,
        min_words: usize,
    ) -> Option<(usize, usize)> {
        let tokens = self.finder.tokens;
        while from < to && !tokens[from].is_word() && self.pair_at.at(from).is_none() {
            from += 1;
        }
        while trim_end
            && to > from
            && !tokens[to - 1].is_word()
            && !self.closes_inner_quote(from, to - 1)
        {
            to -= 1;
        }
        let words = tokens[from.min(to)..to]
            .iter()
            .filter(|t| t.is_word())
            .count();
        (from < to && words >= min_words).then_some((from, to))
    }

    /// Whether token `t` is a closing quotation mark whose opening mark is at or after
    /// `from`: it stays inside the content (الحكومة "سترد بحزم").
    fn closes_inner_quote(&self, from: usize, t: usize) -> bool {
        self.pair_close_at
            .at(t)
            .is_some_and(|qi| self.finder.quotations[qi].open >= from)
    }

    /// Skips adverbials between a cue (and its subject) and its object: في بيان ...,
    /// اليوم، أمس ... up to a comma that closes them.
    fn skip_adverbials(&self, from: usize, limit: usize) -> usize {
        let f = self.finder;
        // وأكدت الوزارة، في بيان اليوم، رفض ...: a comma may open the adverbial.
        let from = if f.is_punct(from, &['،', ',']) {
            from + 1
        } else {
            from
        };
        let w = self.finder_word(from);
        // A prepositional adverbial (في بيان له اليوم،) runs to its comma; bare time
        // words (الجمعة) are skipped one by one below.
        let adverbial_start = matches!(w, "في" | "خلال" | "عقب" | "اثر");
        if adverbial_start {
            for t in from..limit.min(from + 10) {
                if f.is_punct(t, &['،', ',']) {
                    return t + 1;
                }
            }
        }
        let mut t = from;
        while t < limit && is_time_word(self.finder_word(t)) {
            t += 1;
        }
        t
    }

    fn is_cue_at(&self, t: usize) -> bool {
        let f = self.finder;
        self.hits_at(t).iter().any(|h| {
            matches!(
                h.lex,
                Lex::Cue {
                    form: CueForm::Finite(_) | CueForm::Participle(_),
                    ..
                }
            ) && is_clause_break(f.tokens, t.wrapping_sub(1))
        })
    }

    /// The issuer of a statement printed whole, when `s` is the line that introduces
    /// it: a line of its own ending in a colon, that says the text follows (نصه، نص
    /// البيان، or التالي right after a statement noun: أصدر الحزب البيان التالي:، صدر
    /// عن القيادة بيان فيما يلي نصه:، في رسالته الآتي نصها:). A list announced (أوجزتها
    /// فيما يلي:) is no statement. The issuer is the one actor named before the
    /// statement noun, an addressee or a place aside (لخادم الحرمين، في اليمن); with
    /// none or two, no one.
    fn statement_intro(&self, s: &Sentence) -> Option<usize> {
        let f = self.finder;
        let colon = s.end.checked_sub(1)?;
        if !s.headline || !f.is_punct(colon, &[':']) {
            return None;
        }
        let words: Vec<usize> = (s.start..colon)
            .filter(|&t| f.tokens[t].is_word())
            .collect();
        let follows = words.iter().enumerate().rev().take(4).any(|(i, &t)| {
            let w = f.word(t);
            TEXT_FOLLOWS.contains(&w)
                && (w.starts_with("نص") || i > 0 && is_statement_word(f.word(words[i - 1])))
        });
        if !follows {
            return None;
        }
        let noun = *words.iter().find(|&&t| is_statement_word(f.word(t)))?;
        let mut issuer = None;
        for t in s.start..noun {
            let Some(mi) = self.mention_at.at(t) else {
                continue;
            };
            let m = self.mention(mi);
            if self.prepositional(m)
                || t > s.start && matches!(f.word(t - 1), "الي" | "في" | "علي" | "من")
            {
                continue;
            }
            let slot = self.slot_of(m);
            match issuer {
                Some(other) if other != slot => return None,
                _ => issuer = Some(slot),
            }
        }
        issuer
    }

    /// One sentence after the line that introduced a statement printed whole: its
    /// issuer's words, unless it shows the statement has ended. Returns whether the
    /// statement goes on. It has ended at a line without final punctuation once a
    /// paragraph was taken (a signature, a new section; before, a title: بيان من
    /// الديوان), at the journalist's background (يذكر أن، وكانت ...), and at a report of
    /// anyone else's speech. The issuer's own reports in it stay as they are.
    fn statement_paragraph(
        &self,
        s: &Sentence,
        st: &mut Statement,
        events: &mut Vec<SpeechEvent>,
        first_new: usize,
    ) -> bool {
        let f = self.finder;
        if s.headline {
            return !st.quoted;
        }
        let first_word = (s.start..s.end).find(|&t| f.tokens[t].is_word());
        if first_word.is_some_and(|t| BACKGROUND_OPENERS.contains(&f.word(t))) {
            return false;
        }
        let own = &events[first_new..];
        if own.iter().any(|e| e.speaker != Some(st.issuer)) {
            return false;
        }
        if !own.iter().any(|e| e.is_quote) {
            if let Some(content) = self.trim_content(s.start, s.end, true, 3) {
                events.insert(
                    first_new,
                    SpeechEvent::uncued(st.issuer, QuoteKind::Direct, content, "printed_statement"),
                );
            }
        }
        st.quoted = true;
        true
    }

    /// A headline or lead of the form `X: ...` or `X لـY: ...`: X's words after the colon.
    /// Whether a colon quote found by [`Self::headline_quote`] is its sentence's only
    /// report: its speaker is no state (القاهرة: is a dateline) and its content does
    /// not open with a verb and the actor or title that reports it (الرياض: أعلنت
    /// الوزارة ...، نواف بن محمد: كشف عضو الشرف ...).
    fn owns_its_sentence(&self, ev: &SpeechEvent) -> bool {
        let Some(speaker) = ev.speaker else {
            return false;
        };
        if self.finder.found.slots[speaker].kind == ActorKind::State {
            return false;
        }
        let first = ev.content.0;
        let reported = self.has_cue(first)
            && (first + 1..(first + 3).min(self.finder.tokens.len()))
                .any(|t| self.mention_at.at(t).is_some() || self.starts_with_title(t));
        !reported
    }

    fn headline_quote(&self, s: &Sentence) -> Option<SpeechEvent> {
        let f = self.finder;
        let Some(mi) = self.mention_at.at(s.start) else {
            return self.titled_headline_quote(s);
        };
        let m = *self.mention(mi);
        let speaker = self.slot_of(&m);
        let mut t = m.tok_end;
        // An addressee: لترامب، لـ«رويترز».
        if let Some(ai) = self.mention_at.at(t) {
            let a = self.mention(ai);
            if a.start > f.tokens[a.tok_start].start as usize {
                t = a.tok_end;
            }
        }
        if !f.is_punct(t, &[':']) {
            return None;
        }
        let mut from = t + 1;
        let mut to = s.end;
        if let Some(qi) = self.pair_at.get(from) {
            let q = f.quotations[qi];
            from = q.open + 1;
            to = q.close.min(to);
        }
        let (from, to) = self.trim_content(from, to, true, 2)?;
        // العراق: مقتل 19 ...، إيطاليا: إنقاذ 414 مهاجرا: a state's name before a news line
        // that opens with an indefinite noun is a dateline, not the state's words (which
        // open with a definite subject, a particle or a verb in the first person: إيران:
        // الاتفاق لن ...، قطر: لا صحة ...، السعودية: نرفض ...).
        if f.found.slots[speaker].kind == ActorKind::State && m.via == crate::actors::Via::Name {
            let w = self.finder_word(from);
            let statement = w.starts_with("ال")
                || w.starts_with('ن')
                || matches!(
                    w,
                    "لن" | "لا" | "لم" | "ما" | "ليس" | "لسنا" | "ان" | "لقد" | "قد"
                );
            if f.tokens[from].is_word() && !statement {
                return None;
            }
        }
        Some(SpeechEvent::uncued(
            speaker,
            QuoteKind::Direct,
            (from, to),
            if s.headline { "headline" } else { "colon" },
        ))
    }

    /// A headline that names its speaker by an indefinite title and one or two words
    /// (وزير الإسكان: ...، وزير لبناني: ...، رئيس النادي: ...): the words after the colon
    /// are those of the person the article goes on to name with that title and those
    /// words (وزير الإسكان فلان، الوزير اللبناني فلان), looked for in the next
    /// [`HEADLINE_REACH`] tokens; none found, no quote (مسؤول يمني: ... is someone unnamed).
    fn titled_headline_quote(&self, s: &Sentence) -> Option<SpeechEvent> {
        let f = self.finder;
        if !s.headline {
            return None;
        }
        let title = self.finder_word(s.start);
        if title.starts_with("ال") || !is_title_noun(title) {
            return None;
        }
        let colon = (s.start + 2..(s.start + 4).min(s.end)).find(|&t| f.is_punct(t, &[':']))?;
        if !(s.start + 1..colon).all(|t| f.tokens[t].is_word() && self.mention_at.at(t).is_none()) {
            return None;
        }
        fn bare(w: &str) -> &str {
            let w = w.strip_prefix("ال").unwrap_or(w);
            w.strip_suffix('ه').unwrap_or(w)
        }
        let mentions = &f.found.mentions;
        let after = mentions.partition_point(|m| m.tok_start < s.end);
        let speaker = mentions[after..]
            .iter()
            .take_while(|m| m.tok_start < s.end + HEADLINE_REACH)
            .filter(|m| self.kind_of(m) == ActorKind::Person)
            // (Not one named after a preposition: بدعوة من وزير الصناعة فلان.)
            .filter(|m| !self.prepositional(m) && !self.after_preposition(m, 0))
            .find(|m| {
                (s.start..colon).all(|w| {
                    let wanted = bare(self.finder_word(w));
                    (m.tok_start.saturating_sub(6)..m.tok_end)
                        .any(|t| bare(self.finder_word(t)) == wanted)
                })
            })
            .map(|m| self.slot_of(m))?;
        let (from, to) = self.trim_content(colon + 1, s.end, true, 2)?;
        Some(SpeechEvent::uncued(
            speaker,
            QuoteKind::Direct,
            (from, to),
            "headline",
        ))
    }
}

/// Whether two words are at most two insertions, deletions or substitutions apart (by
/// chars; words are short, and longer ones are never compared). Chars and rows on the
/// stack: no allocation. Each word is decoded once, and a row whose every cell is past
/// two ends the comparison (no later row comes back under it): most pairs compared are
/// unrelated words.
fn within_two_edits(a: &str, b: &str) -> bool {
    const MAX: usize = 24;
    const MAX_EDITS: u8 = 2;
    let mut ca = ['\0'; MAX];
    let mut cb = ['\0'; MAX];
    let (Some(la), Some(lb)) = (chars_into(a, &mut ca), chars_into(b, &mut cb)) else {
        return false;
    };
    if la.abs_diff(lb) > usize::from(MAX_EDITS) {
        return false;
    }
    // Distances are at most MAX + 1: a byte each.
    let mut prev = [0u8; MAX + 1];
    let mut cur = [0u8; MAX + 1];
    for (j, cell) in prev.iter_mut().enumerate().take(lb + 1) {
        *cell = j as u8;
    }
    for (i, &x) in ca[..la].iter().enumerate() {
        cur[0] = i as u8 + 1;
        let mut row_min = cur[0];
        for (j, &y) in cb[..lb].iter().enumerate() {
            let substitution = prev[j] + u8::from(x != y);
            let cell = substitution.min(prev[j + 1] + 1).min(cur[j] + 1);
            cur[j + 1] = cell;
            row_min = row_min.min(cell);
        }
        if row_min > MAX_EDITS {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[lb] <= MAX_EDITS
}

/// The chars of `s` into `out`, and how many: `None` if they do not fit.
fn chars_into(s: &str, out: &mut [char]) -> Option<usize> {
    let mut n = 0;
    for c in s.chars() {
        *out.get_mut(n)? = c;
        n += 1;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::test_support::Scanned;

    #[test]
    fn an_honorific_may_carry_a_preposition() {
        for w in ["لفخامه", "لمعالي", "بسمو", "ولسماحه"] {
            assert!(honorific_in_preposition(w), "{w}");
        }
        for w in ["فخامه", "للرءيس", "لبنان", "بيان"] {
            assert!(!honorific_in_preposition(w), "{w}");
        }
    }

    /// The blame cue's forms found in `text`, and whether its required word is there.
    fn blame_requirement(text: &str) -> Vec<bool> {
        let s = Scanned::bundled(text);
        s.hits
            .iter()
            .filter_map(|h| match h.lex {
                Lex::Cue { cue, .. } if s.lex.cues[cue as usize].id == "blame" => {
                    Some(requirement_met(
                        &s.lex.cues[cue as usize],
                        s.text.as_str(),
                        &s.tokens,
                        h,
                        s.tokens.len(),
                    ))
                }
                _ => None,
            })
            .collect()
    }

    #[test]
    fn statement_words_with_article_preposition_or_possessive() {
        for w in ["البيان", "ببيان", "وبيانها", "رسالته", "كلمتها", "الرساله"]
        {
            assert!(is_statement_word(w), "{w}");
        }
        for w in ["البيانات", "رسالات", "بيت", "التالي"] {
            assert!(!is_statement_word(w), "{w}");
        }
    }

    #[test]
    fn a_required_word_must_follow_near_and_not_at_once() {
        assert_eq!(blame_requirement("وحملت الحركة الاحتلال المسؤولية"), [true]);
        // Right after the verb: carrying the responsibility, no blame.
        assert_eq!(blame_requirement("وحمل المسؤولية بنفسه"), [false]);
        // Too far away to belong to the verb.
        assert_eq!(
            blame_requirement("وحملت الطائرة مساعدات طبية وغذائية وأدوية إلى المدينة المنكوبة التي تتحمل الحكومة المسؤولية"),
            [false]
        );
        assert!(blame_requirement("وقال الوزير إن الوضع مستقر").is_empty());
    }

    #[test]
    fn two_edits_apart() {
        // The same answers as the full table, on pairs near and far apart.
        fn full_table(a: &str, b: &str) -> bool {
            let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            if a.len() > 24 || b.len() > 24 {
                return false;
            }
            let mut prev: Vec<usize> = (0..=b.len()).collect();
            for (i, x) in a.iter().enumerate() {
                let mut cur = vec![i + 1; b.len() + 1];
                for (j, y) in b.iter().enumerate() {
                    cur[j + 1] = (prev[j] + usize::from(x != y))
                        .min(prev[j + 1] + 1)
                        .min(cur[j] + 1);
                }
                prev = cur;
            }
            prev[b.len()] <= 2
        }
        let words = [
            "شمري",
            "شامي",
            "الشمري",
            "صبيحي",
            "انباري",
            "عنبري",
            "خرينج",
            "قحطاني",
            "",
            "ا",
            "ابراهيم",
            "براهيم",
            "ابرهيم",
            "ابراهيمي",
            "مهيارب",
            "abcdef",
            "abdcef",
            "fedcba",
        ];
        for a in words {
            for b in words {
                assert_eq!(within_two_edits(a, b), full_table(a, b), "{a} {b}");
            }
        }
        assert!(within_two_edits("شمري", "شامي"));
        assert!(within_two_edits("صبيحي", "صبيحي"));
        assert!(within_two_edits("انباري", "عنبري"));
        assert!(!within_two_edits("خرينج", "قحطاني"));
        assert!(!within_two_edits("ابراهيم", "ا"));
        let long = "ب".repeat(40);
        assert!(!within_two_edits(&long, &long));
    }
}
