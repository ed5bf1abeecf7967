//! Mines a corpus for the words in speech-cue position and measures how many of them the
//! cue lexicon covers: a verb between a known actor and أن/إن/«/: (SVO), a verb before a
//! known actor followed by أن/إن/«/: (VSO), a participle after a comma followed by أن or «.
//! Prints the coverage by count and the uncovered forms by frequency, to read and turn
//! into lemmas (lexicons/cues.txt). Then, for evaluative words, the words of quote
//! content that no evaluative form covers, ranked by how much more often they occur in
//! what actors said than in the rest of the text: candidates to read by hand for
//! lexicons/evaluative.txt.
//!
//! ```text
//! cargo run --release --example mine_cues -- ../shared/corpus/news.jsonl.gz 5000 40
//! ```
//! Arguments: the corpus (gzip JSON Lines with a `text` field), how many articles to read
//! (default 5,000), how many uncovered forms to print (default 40).

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Write as _};
use std::process::ExitCode;

use mawqif::{normalize_for_matching, Extractor};

/// Words that stand in cue position without being verbs: adverbs of time and manner,
/// particles and connectives (قال الرئيس اليوم إن، ، علما أن). They are no cue to add,
/// so the coverage leaves them out; they are printed apart.
const NOT_VERBS: &[&str] = &[
    // Time and manner.
    "اليوم",
    "أمس",
    "أيضا",
    "كذلك",
    "الأحد",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "مساء",
    "صباح",
    "صباحا",
    "الليلة",
    "حينها",
    "علما",
    "خصوصا",
    "خاصة",
    "لاسيما",
    "سابقا",
    "مجددا",
    "مؤخرا",
    "أخيرا",
    "تقريبا",
    "عام",
    "لدرجة",
    // Particles, prepositions, pronouns and connectives.
    "أمام",
    "إلا",
    "غير",
    "لكن",
    "حيث",
    "كما",
    "رغم",
    "بدوره",
    "بدورها",
    "جانبه",
    "جانبها",
    "فيه",
    "فيها",
    "عنه",
    "عنها",
    "له",
    "لها",
    "ذلك",
    "هذا",
    "هذه",
    "هي",
    "هو",
    "في",
    "من",
    "على",
    "إلى",
    "عن",
    "مع",
    "أول",
    "إن",
    "أن",
    "أنه",
    "أنها",
    "إذ",
    "ثم",
    "بل",
    "أو",
    "أم",
    "قبل",
    "بعد",
    "عندما",
    "حين",
    "بين",
    "أما",
    "وما",
    "ما",
    "فما",
    "بأن",
    "بأنه",
    "علينا",
    "عليه",
    "عليها",
    "منها",
    "منه",
    "باسم",
    "حسب",
    "فإن",
    "بما",
    "لا",
    "لم",
    "لن",
    "التي",
    "الذي",
    "الذين",
    "يمكن",
    "يجب",
    "بعنوان",
    // Parts of names and titles the actor finder left outside a mention.
    "أبو",
    "بن",
    "ابن",
    "بنت",
    "آل",
    "عبد",
];

/// Verbs that stand between an actor and أن without reporting speech or a stance
/// (يريد أن، تستطيع أن، حاول أن، قرر أن), read from this program's output: counted
/// apart, as no lemma should be added for them.
const NOT_CUES: &[&str] = &[
    "يريد",
    "أراد",
    "تريد",
    "أرادت",
    "يستطيع",
    "تستطيع",
    "استطاع",
    "استطاعت",
    "استطاعوا",
    "حاول",
    "حاولت",
    "يحاول",
    "قرر",
    "قررت",
    "تقرر",
    "عاد",
    "وجد",
    "وجدت",
    "وجدوا",
    "كان",
    "تكون",
    "نشرت",
    "نقلت",
    "أسسوا",
    "تعلم",
    "يعلم",
    "علم",
    "علمت",
    "يمتلك",
    "تمتلك",
    "تنظم",
    "تنفذ",
    "بدا",
    "يبدو",
    "يثبت",
    "أثبتت",
    "يتابع",
    "تتابع",
    "اختار",
    "أطلق",
    "أطلقت",
    "قام",
    "وضع",
    "حصل",
    "فاز",
    "وصل",
    "زاد",
    "تمكن",
    "يعتزم",
    "تخشى",
    "تحاربه",
];

/// Whether a normalized word can be a finite verb or an indefinite participle: Arabic
/// letters only, no article (الدكتور، الشيخ are titles), no final ة of a noun.
fn verb_like(word: &str) -> bool {
    word.chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        && !word.starts_with("ال")
        && !word.starts_with("بال")
        && !word.starts_with("لل")
}

/// Whether the sample also holds another inflection of `word` as a verb or participle
/// (أعلنت beside أعلنوا, يقول beside تقول, مؤكدا beside مؤكدة): nouns in construct before
/// an actor (بيان الحكومة أن، تقرير المنظمة أن) have none, so they are not counted.
fn inflects_as_verb(word: &str, vocabulary: &HashSet<String>) -> bool {
    let has = |w: String| vocabulary.contains(&w);
    let chars: Vec<char> = word.chars().collect();
    let rest = |n: usize| chars[n..].iter().collect::<String>();
    let init = |n: usize| chars[..chars.len() - n].iter().collect::<String>();
    match (chars.first(), chars.last()) {
        (Some('ي'), _) => has(format!("ت{}", rest(1))) && has(format!("{word}ون")),
        (Some('ت'), _) if has(format!("ي{}", rest(1))) => true,
        (Some('م'), Some('ا' | 'ه')) => has(format!("{}ين", init(1))),
        _ if word.ends_with("وا") => has(format!("{}ت", init(2))),
        (_, Some('ت')) => has(format!("{}وا", init(1))),
        (_, Some('ا')) => has(format!("{}ه", init(1))) && has(format!("{}ين", init(1))),
        _ => has(format!("{word}ت")) && has(format!("{word}وا")),
    }
}

/// Words that introduce what was said.
fn opens_content(word: &str) -> bool {
    matches!(word, "ان" | "بان" | "«" | ":" | "\"")
}

struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    word: bool,
}

fn tokens(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let punct = matches!(c, '«' | '»' | ':' | '"' | '،' | ',' | '.' | '؛' | '(' | ')');
        if c.is_whitespace() || punct {
            if let Some(s) = start.take() {
                out.push(Token {
                    start: s,
                    end: i,
                    text: &text[s..i],
                    word: true,
                });
            }
            if punct {
                let e = i + c.len_utf8();
                out.push(Token {
                    start: i,
                    end: e,
                    text: &text[i..e],
                    word: false,
                });
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Token {
            start: s,
            end: text.len(),
            text: &text[s..],
            word: true,
        });
    }
    out
}

/// The form without its conjunction (وقال → قال), normalized as the matcher sees it.
fn display(word: &str) -> String {
    let folded = normalize_for_matching(word);
    let stripped = folded
        .strip_prefix('و')
        .or_else(|| folded.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(&folded);
    stripped.to_string()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .map_or("../shared/corpus/news.jsonl.gz", String::as_str);
    let limit: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(5000);
    let top: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(40);
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("mine_cues: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let reader = BufReader::new(flate2::read::MultiGzDecoder::new(file));
    let extractor = Extractor::bundled();
    let texts: Vec<String> = reader
        .lines()
        .map_while(Result::ok)
        .take(limit)
        .filter_map(|line| {
            let value: serde_json::Value = serde_json::from_str(&line).ok()?;
            Some(value.get("text")?.as_str()?.to_string())
        })
        .collect();
    // Every word of the sample, for the test of verb morphology.
    let mut vocabulary: HashSet<String> = HashSet::new();
    for text in &texts {
        for word in normalize_for_matching(text).split(|c: char| !c.is_alphabetic()) {
            if !word.is_empty() && !vocabulary.contains(word) {
                vocabulary.insert(word.to_string());
            }
        }
    }
    let mut uncovered: HashMap<String, usize> = HashMap::new();
    // Per word: (in quote content, elsewhere, in quote content and no evaluative form).
    let mut content_words: HashMap<String, (usize, usize, usize)> = HashMap::new();
    let mut not_verbs: HashMap<String, usize> = HashMap::new();
    let (mut total, mut covered, mut articles, mut not_cues) = (0usize, 0usize, 0usize, 0usize);
    for text in &texts {
        let text = text.as_str();
        articles += 1;
        let toks = tokens(text);
        let analysis = extractor.analyze(text);
        let cues = extractor.cue_spans(text);
        // Which tokens are inside an actor mention.
        let mut in_mention = vec![false; toks.len()];
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for m in analysis.actors.iter().flat_map(|a| &a.mentions) {
            let a = toks.partition_point(|t| t.end <= m.start);
            let b = toks.partition_point(|t| t.start < m.end);
            if a < b {
                in_mention[a..b].iter_mut().for_each(|x| *x = true);
                spans.push((a, b));
            }
        }
        let normalized: Vec<String> = toks
            .iter()
            .map(|t| normalize_for_matching(t.text))
            .collect();
        let mut candidates: Vec<usize> = Vec::new();
        for &(a, b) in &spans {
            // SVO: actor, verb, content.
            if b + 1 < toks.len()
                && toks[b].word
                && !in_mention[b]
                && opens_content(&normalized[b + 1])
            {
                candidates.push(b);
            }
            // VSO: verb, actor, content.
            if a > 0
                && b < toks.len()
                && toks[a - 1].word
                && !in_mention[a - 1]
                && opens_content(&normalized[b])
            {
                candidates.push(a - 1);
            }
        }
        // A participle after a comma: ، مؤكدا أن.
        for i in 0..toks.len().saturating_sub(2) {
            let after_comma = matches!(toks[i].text, "،" | ",");
            let w = &normalized[i + 1];
            let participle_like = (w.ends_with('ا') || w.ends_with('ه')) && !w.starts_with("ال");
            if after_comma
                && toks[i + 1].word
                && participle_like
                && matches!(normalized[i + 2].as_str(), "ان" | "بان" | "«")
            {
                candidates.push(i + 1);
            }
        }
        // Words of what was said, and of the rest.
        let evaluative = extractor.evaluative_spans(text);
        let mut in_quote = vec![false; toks.len()];
        for q in &analysis.quotes {
            let a = toks.partition_point(|t| t.end <= q.content.start);
            let b = toks.partition_point(|t| t.start < q.content.end);
            in_quote[a..b.max(a)].iter_mut().for_each(|x| *x = true);
        }
        for (i, t) in toks.iter().enumerate() {
            if !t.word {
                continue;
            }
            let form = display(t.text);
            if !verb_like(&form) || form.chars().count() < 3 {
                continue;
            }
            let counts = content_words.entry(form).or_insert((0, 0, 0));
            if in_quote[i] {
                counts.0 += 1;
                let covered_eval = evaluative.iter().any(|&(s, e)| s < t.end && t.start < e);
                if !covered_eval {
                    counts.2 += 1;
                }
            } else {
                counts.1 += 1;
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        for i in candidates {
            let form = display(toks[i].text);
            let not_verb = NOT_VERBS.iter().any(|w| normalize_for_matching(w) == form);
            if not_verb
                || !verb_like(&form)
                || form.chars().count() < 2
                || !inflects_as_verb(&form, &vocabulary)
            {
                *not_verbs.entry(form).or_default() += 1;
                continue;
            }
            let not_cue = NOT_CUES.iter().any(|w| normalize_for_matching(w) == form);
            if not_cue {
                not_cues += 1;
                continue;
            }
            total += 1;
            let (s, e) = (toks[i].start, toks[i].end);
            if cues
                .iter()
                .any(|&(cs, ce)| cs <= s && e <= ce || cs < e && s < ce && ce >= e)
            {
                covered += 1;
            } else {
                *uncovered.entry(form).or_default() += 1;
            }
        }
    }
    // The report is written at once; a reader that stopped early (`| head`) is no error.
    let mut out = String::new();
    let mut list: Vec<(String, usize)> = uncovered.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let _ = writeln!(out, "articles                {articles}");
    let _ = writeln!(
        out,
        "cue-position words      {total}, covered {covered} ({:.1}%)",
        100.0 * covered as f64 / total.max(1) as f64
    );
    let skipped: usize = not_verbs.values().sum();
    let _ = writeln!(out, "non-verbs left out      {skipped}");
    let _ = writeln!(out, "verbs that are no cue   {not_cues}");
    let _ = writeln!(out, "uncovered forms by frequency:");
    for (form, n) in list.iter().take(top) {
        let _ = writeln!(out, "  {n:>6}  {form}");
    }
    // Words over-represented in quote content, uncovered by evaluative forms.
    let (quoted, other): (usize, usize) = content_words
        .values()
        .fold((0, 0), |(q, o), c| (q + c.0, o + c.1));
    let mut ranked: Vec<(String, usize, f64)> = content_words
        .into_iter()
        .filter(|(_, c)| c.2 >= 10)
        .map(|(w, c)| {
            let lift =
                (c.0 as f64 / quoted.max(1) as f64) / ((c.1 + 1) as f64 / other.max(1) as f64);
            (w, c.2, lift)
        })
        .filter(|(_, _, lift)| *lift >= 2.0)
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let _ = writeln!(
        out,
        "words of quote content without an evaluative form, at least twice as frequent there:"
    );
    for (form, n, lift) in ranked.iter().take(top) {
        let _ = writeln!(out, "  {n:>6}  {lift:>5.1}x  {form}");
    }
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("mine_cues: {e}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}
