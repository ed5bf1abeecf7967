//! Robustness (issue 6): pathological inputs never crash the extractor, never make it
//! produce an invalid analysis, and never slow it down more than linearly.
//!
//! Each test below feeds one kind of pathological input to `Extractor::bundled()` and
//! asserts every SPEC §1 invariant on the result (see `common::violations`: spans on char
//! boundaries with `text == input[start..end]`, ids that resolve, quote indexes in range,
//! scores in [0, 1], non-empty evidence, a lossless JSON round trip), plus determinism
//! (two analyses of the same input are equal).
//!
//! The scaling tests compare deterministic counts (stage counts of the hidden
//! `Extractor::run_stage` and the size of the JSON output) between an input and the same
//! pattern eight times longer. Wall-clock ratios are measured only by the `#[ignore]`d
//! `timing_*` tests:
//!
//! ```text
//! cargo test --release --test robustness -- --ignored --nocapture
//! ```

mod common;

use common::{analyze_checked, assert_valid};
use mawqif::{Extractor, StanceLabel};

// ---------------------------------------------------------------------------------------
// Pathological inputs
// ---------------------------------------------------------------------------------------

#[test]
fn empty_and_blank_inputs() {
    for input in [
        "", " ", "\n", "\n\n\n", "\t \r\n ", ".", "،", "«»", "\"\"", ":",
    ] {
        let a = analyze_checked(input);
        assert!(
            a.actors.is_empty() && a.quotes.is_empty() && a.stances.is_empty(),
            "{input:?}"
        );
    }
}

/// 10 MB of Arabic letters on one line: one giant word.
#[test]
fn ten_megabytes_without_spaces() {
    let unit = "حماسقالتانالقرارمرفوضوادانتمصر";
    let mut input = String::with_capacity(10 << 20);
    while input.len() < 10 << 20 {
        input.push_str(unit);
    }
    let a = analyze_checked(&input);
    // One word that is no lexicon form: nothing to find, and nothing invented.
    assert!(a.quotes.is_empty() && a.stances.is_empty());
}

/// Thousands of unbalanced and nested quotation marks of every kind.
#[test]
fn thousands_of_unbalanced_quotation_marks() {
    let mut inputs: Vec<String> = vec![
        "«".repeat(5000),
        "»".repeat(5000),
        "\"".repeat(5001),
        "“".repeat(5000),
        "”".repeat(5000),
        format!("{}{}", "«".repeat(3000), "”".repeat(3000)),
        format!("{}{}", "“".repeat(3000), "»".repeat(3000)),
        format!("قالت حماس: {} القرار مرفوض", "«".repeat(4000)),
        format!(
            "قالت حماس إن {}القرار مرفوض{}",
            "«“\"".repeat(1500),
            "»".repeat(2000)
        ),
        "قالت حماس «إن \"القرار “مرفوض» تماما” \" . ".repeat(1000),
        "«أ «ب «ج «د ".repeat(1000) + &"» ".repeat(2500),
        "\"قال\" ".repeat(3000),
        "وقال الرئيس الأمريكي: «".repeat(1000),
    ];
    // Deeply nested, properly balanced.
    inputs.push(format!(
        "قالت حماس: {}نرفض القرار{}",
        "«".repeat(2000),
        "»".repeat(2000)
    ));
    for input in &inputs {
        analyze_checked(input);
    }
}

/// Nothing but harakat and other combining marks the folding drops.
#[test]
fn only_harakat() {
    let marks: String = ('\u{064B}'..='\u{065F}').chain(['\u{0670}']).collect();
    let input = marks.repeat(2000);
    let a = analyze_checked(&input);
    assert_eq!(a, mawqif::Analysis::default());
    // Harakat between words and on their own.
    analyze_checked(&"َ ُ ِ ّ ْ ".repeat(2000));
    analyze_checked(&format!(
        "{}أدانت حماس القرار{}",
        "ً".repeat(1000),
        "ٌ".repeat(1000)
    ));
}

#[test]
fn only_tatweel() {
    let a = analyze_checked(&"ـ".repeat(100_000));
    assert_eq!(a, mawqif::Analysis::default());
    analyze_checked(&"ـ ".repeat(10_000));
    let a = analyze_checked("أدانـــــــــــت حـــــــــــماس القـــــــــرار");
    assert!(a.actor("hamas").is_some());
}

#[test]
fn mixed_scripts_and_emoji() {
    let inputs = [
        "Hamas حماس שלום עולם 🇵🇸 قالت 😀 «نرفض القرار» 👍🏽 and then ترامب said \"no\".",
        "👨‍👩‍👧‍👦 أدانت 🇪🇬 مصر 🏳️‍🌈 القرار، وقالت إن 🙂 الخطوة مرفوضة.",
        "ABC XYZ. أدانت حركة حماس القرار. Привет 你好 こんにちは 한국어 ελληνικά",
        "قال ترامب: \"Make America great\" — ثم رحّب 🎉 بالاتفاق.",
        "\u{1F600}\u{0301}\u{20E3}\u{FE0F}\u{E0041}\u{10FFFF}\u{E000}",
        "\u{FFFD}\u{FFFD} أدانت \u{FFFD}حماس\u{FFFD} القرار",
    ];
    for input in inputs {
        analyze_checked(input);
    }
    let a = analyze_checked(inputs[2]);
    assert!(a.stance("hamas", StanceLabel::Condemn).is_some(), "{a:#?}");
}

/// Zero-width and bidi marks are invisible to matching: a name broken by one is found,
/// and its mention span covers the mark.
#[test]
fn bidi_and_zero_width_marks_are_ignored_for_matching() {
    let marks = [
        '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{202A}',
        '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{FEFF}',
    ];
    for mark in marks {
        let input = format!("أدانت حم{mark}اس القرار");
        let a = analyze_checked(&input);
        let hamas = a
            .actor("hamas")
            .unwrap_or_else(|| panic!("U+{:04X} inside حماس hides it: {a:#?}", mark as u32));
        assert_eq!(hamas.mentions[0].text, format!("حم{mark}اس"));
        assert!(
            a.stance("hamas", StanceLabel::Condemn).is_some(),
            "U+{:04X}: {a:#?}",
            mark as u32
        );
        // Inside the cue, and several in a row everywhere.
        let input = format!("أد{mark}انت{mark} {mark}حماس{mark}{mark} الق{mark}رار");
        let a = analyze_checked(&input);
        assert!(
            a.stance("hamas", StanceLabel::Condemn).is_some(),
            "U+{:04X} in the cue: {a:#?}",
            mark as u32
        );
    }
    // A text made of nothing but marks.
    let all: String = marks.iter().collect();
    assert_eq!(
        analyze_checked(&all.repeat(3000)),
        mawqif::Analysis::default()
    );
}

/// NUL and other C0/C1 control characters act as spaces, never as word characters.
#[test]
fn nul_and_control_characters() {
    let controls: String = ('\u{0000}'..='\u{001F}')
        .chain('\u{007F}'..='\u{009F}')
        .collect();
    analyze_checked(&controls.repeat(500));
    let a = analyze_checked("أدانت\0حماس\0القرار");
    assert!(a.stance("hamas", StanceLabel::Condemn).is_some(), "{a:#?}");
    let a = analyze_checked("\u{1}\u{2}أدانت\u{7}حماس\u{8}\u{1B}[31mالقرار\u{1B}[0m\u{7F}");
    assert!(a.actor("hamas").is_some(), "{a:#?}");
    analyze_checked("حم\0اس \0\0\0 قال\0ت: «\0»");
}

/// `\r\n` and lone `\r` give the same findings as `\n`, with spans into the CRLF text.
#[test]
fn windows_line_endings() {
    let lf =
        "حماس: نرفض القرار\nوقالت حركة حماس في بيان إن القرار مرفوض تماما.\n\nورحبت مصر بالاتفاق.\n";
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    let a = analyze_checked(lf);
    for other in [&crlf, &cr] {
        let b = analyze_checked(other);
        let texts = |x: &mawqif::Analysis| -> Vec<String> {
            x.quotes
                .iter()
                .map(|q| q.content.text.replace('\r', "\n"))
                .collect()
        };
        assert_eq!(texts(&a), texts(&b));
        let stances = |x: &mawqif::Analysis| -> Vec<(String, StanceLabel)> {
            x.stances
                .iter()
                .map(|s| (s.actor.to_string(), s.label))
                .collect()
        };
        assert_eq!(stances(&a), stances(&b));
    }
    analyze_checked(&"\r\n".repeat(10_000));
    analyze_checked(&"\r".repeat(10_000));
    analyze_checked(&"\n\r".repeat(10_000));
}

#[test]
fn byte_order_marks() {
    let a = analyze_checked("\u{FEFF}أدانت حماس القرار");
    let m = &a.actor("hamas").expect("hamas after a BOM").mentions[0];
    assert_eq!(m.text, "حماس");
    assert_eq!(m.start, "\u{FEFF}أدانت ".len());
    analyze_checked(&"\u{FEFF}".repeat(10_000));
    analyze_checked("\u{FEFF}\u{FEFF}\u{FEFF}قال\u{FEFF}ت حماس\u{FEFF}: «\u{FEFF}»\u{FEFF}");
}

/// Persian and Urdu letter forms (ک ی ە ہ ھ گ پ چ ژ) fold to their Arabic counterparts.
#[test]
fn persian_and_urdu_letter_forms() {
    let a = analyze_checked("أدانت حرکة حماس القرار");
    assert!(a.actor("hamas").is_some(), "{a:#?}");
    let a = analyze_checked("أدانت إیران القرار");
    assert!(a.actor("iran").is_some(), "{a:#?}");
    analyze_checked("ک ی ە ہ ھ گ پ چ ژ ڤ ې ۍ ۀ ۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩");
    analyze_checked(&"کیەہھگپچژ".repeat(20_000));
    // Presentation forms (NFKC) and the lam-alef ligatures.
    analyze_checked(&"\u{FEFB}\u{FEF5}\u{FE83}\u{FDF2}\u{FDFA}\u{FDFB}".repeat(5000));
}

/// Repetition counts of the brief (100,000 cues, 50,000 words) are used as they are in
/// an optimized build; a debug build (plain `cargo test`) divides them by 10 so that the
/// default suite stays fast. `cargo test --release --test robustness` runs them in full.
const FULL: usize = if cfg!(debug_assertions) { 10 } else { 1 };

#[test]
fn a_hundred_thousand_repetitions_of_qala() {
    let n = 100_000 / FULL;
    let a = analyze_checked(&"قال ".repeat(n));
    assert!(a.stances.is_empty());
    analyze_checked(&"قال".repeat(n));
    analyze_checked(&"قال\n".repeat(n));
}

#[test]
fn a_hundred_thousand_speech_cues_and_commas() {
    let n = 100_000 / FULL;
    analyze_checked(&"قال، ".repeat(n));
    analyze_checked(&"وقالت، ".repeat(n));
    analyze_checked(&"قالت حماس، ".repeat(n / 5));
    analyze_checked(&"قائلا: ".repeat(n / 2));
}

/// One sentence of 50,000 words of news vocabulary, without a single punctuation mark.
#[test]
fn fifty_thousand_words_without_punctuation() {
    let input = long_sentence(50_000 / FULL);
    let a = analyze_checked(&input);
    assert!(a.actor("hamas").is_some());
}

// ---------------------------------------------------------------------------------------
// Scaling: deterministic work counts at length L and 8L
// ---------------------------------------------------------------------------------------

const VOCAB: &[&str] = &[
    "قالت",
    "حركة",
    "حماس",
    "إن",
    "الرئيس",
    "الأمريكي",
    "أدان",
    "القرار",
    "وزير",
    "الخارجية",
    "المصري",
    "أن",
    "الخطوة",
    "مرفوضة",
    "ورحبت",
    "مصر",
    "بالاتفاق",
    "وأكد",
    "المتحدث",
    "باسم",
    "الحكومة",
    "الإيرانية",
    "جريمة",
    "لا",
    "تبرر",
    "في",
    "بيان",
    "اليوم",
];

fn long_sentence(words: usize) -> String {
    let mut s = String::new();
    for i in 0..words {
        if i > 0 {
            s.push(' ');
        }
        // Deterministic but not periodic in a short cycle.
        s.push_str(VOCAB[(i * 7 + i / VOCAB.len()) % VOCAB.len()]);
    }
    s
}

// The pathological patterns, each a builder of `n` units. The comment names the code
// each one drove into quadratic time when it was written (found with `perf`; see
// ROBUSTNESS.md).

/// `pair_quotations`: a closing mark with no matching opener scans the whole stack.
fn openers_then_wrong_closers(n: usize) -> String {
    format!("{}{}", "«".repeat(n), "”".repeat(n))
}
/// `pair_quotations`, with ambiguous `"` that pair only sometimes.
fn unbalanced_mixed_marks(n: usize) -> String {
    "«\"“".repeat(n)
}
fn qala_with_spaces(n: usize) -> String {
    "قال ".repeat(n)
}
/// `quotes::Scan::long_subject`: a scan of every hit of the article for each cue.
fn qala_lines(n: usize) -> String {
    "قال\n".repeat(n)
}
/// `long_subject` again: one sentence of cues and commas.
fn cue_and_comma(n: usize) -> String {
    "قالت، ".repeat(n)
}
/// `Assembler::assemble`: each mention compared with every earlier mention of its actor.
fn cue_actor_comma(n: usize) -> String {
    "قالت حماس، ".repeat(n)
}
fn cues_without_speaker_one_sentence(n: usize) -> String {
    "قال إن القرار ".repeat(n)
}
/// `quotes::Scan::implicit` (walks back over every event and mention) and `long_subject`.
fn cues_without_speaker(n: usize) -> String {
    "قال إن القرار مرفوض. ".repeat(n)
}
/// `stance::target_of` (a scan of every hit for each word it skips) and the evidence
/// de-duplication of `Assembler::assemble` (each span compared with all earlier ones).
fn repeated_condemnation(n: usize) -> String {
    "أدانت حماس القرار. ".repeat(n)
}
/// The same in one sentence.
fn repeated_condemnation_one_sentence(n: usize) -> String {
    "أدانت حماس القرار و".repeat(n)
}
/// `Assembler::assemble`: mention de-duplication.
fn repeated_name(n: usize) -> String {
    "حماس ".repeat(n)
}
/// `coref::resolve_references`: a reference with no compatible antecedent walks back over
/// every earlier mention.
fn name_and_role_reference(n: usize) -> String {
    "حماس الرئيس ".repeat(n)
}
/// `coref::resolve_references`, all references after all names.
fn names_then_references(n: usize) -> String {
    format!("{}{}", "مصر ".repeat(n), "الحركة ".repeat(n))
}
/// `stance::target_of` and the evidence de-duplication.
fn direct_quotes(n: usize) -> String {
    "قالت حماس: «القرار جريمة». ".repeat(n)
}
fn long_sentence_of(n: usize) -> String {
    long_sentence(4 * n)
}
/// `Assembler::assemble`: mention de-duplication.
fn headline_colons(n: usize) -> String {
    "حماس: نرفض القرار\n".repeat(n)
}

/// Role phrases naming a person, then bare titles that refer back to them.
fn titled_person_and_references(n: usize) -> String {
    "قال الرئيس الأمريكي دونالد ترامب إن القرار نهائي. وأكد الرئيس أن ".repeat(n)
}
/// Construct titles on states and bodies, nested.
fn construct_titles(n: usize) -> String {
    "وزير خارجية مصر والأمين العام للأمم المتحدة ورئيس وزراء ".repeat(n)
}
/// Persons the lexicon lacks, then their family names alone.
fn derived_persons(n: usize) -> String {
    "وقال سامي أبو زهري إن أبو زهري ".repeat(n)
}
/// Bodies the lexicon lacks, then the definite head noun.
fn pattern_bodies(n: usize) -> String {
    "وقالت صحيفة لوطون إن الصحيفة ".repeat(n)
}
/// Headline quotes with an addressee.
fn headline_addressee(n: usize) -> String {
    "حماس لترامب: القرار مرفوض تماما\n".repeat(n)
}
/// New speakers marked by من جانبه.
fn on_its_part(n: usize) -> String {
    "ومن جانبه قال إن الخطوة جريمة، ".repeat(n)
}
/// Many different lexicon actors, each condemning.
fn many_actors(n: usize) -> String {
    const ACTORS: &[&str] = &[
        "مصر",
        "إيران",
        "حماس",
        "تركيا",
        "روسيا",
        "الصين",
        "فرنسا",
        "ألمانيا",
        "قطر",
        "الأردن",
        "لبنان",
        "العراق",
        "سوريا",
        "اليمن",
        "ليبيا",
        "تونس",
        "الجزائر",
        "المغرب",
    ];
    (0..n)
        .map(|i| format!("وأدانت {} القرار. ", ACTORS[i % ACTORS.len()]))
        .collect()
}

/// Titles on titles on states (رئيس دولة رئيس دولة …): every title is a prefix of a
/// longer reading, which once made the parsers exponential.
fn title_chain(n: usize) -> String {
    "رئيس دولة ".repeat(n) + "مصر"
}
/// Three-word links (رئيس حكومة دولة …), which once tripled the work at each link.
fn title_body_chain(n: usize) -> String {
    "رئيس حكومة دولة ".repeat(n) + "مصر"
}
/// One title repeated before a country, deep enough to overflow a recursive parser.
fn bare_title_chain(n: usize) -> String {
    "رئيس ".repeat(n) + "مصر"
}
/// Spokespeople of spokespeople.
fn spokesman_chain(n: usize) -> String {
    "المتحدث باسم ".repeat(n) + "وزارة الخارجية الإيرانية"
}
/// Ministers of ministers.
fn minister_chain(n: usize) -> String {
    "وزير خارجية ".repeat(n) + "مصر"
}
/// Persons in apposition with a role, each taken up again by another role's title: the
/// titles a person collects must not grow with the text.
fn appositions_then_references(n: usize) -> String {
    (0..n)
        .map(|i| format!("وقال سامي أبو زهري{i}، وزير الخارجية، إن الحل قريب. وأكد الرئيس أن "))
        .collect()
}
/// Many distinct two-word persons the lexicon lacks.
fn distinct_persons(n: usize) -> String {
    const FIRST: &[&str] = &["محمد", "أحمد", "خالد", "سامي", "علي", "حسن", "يوسف", "عمر"];
    (0..n)
        .map(|i| format!("وقال {} زهران{i} إن ", FIRST[i % FIRST.len()]))
        .collect()
}
/// A reference word that dozens of bundled actors share (الحزب).
fn shared_reference_word(n: usize) -> String {
    "الحزب ".repeat(n)
}
/// Role modifiers without end after a title.
fn modifier_chain(n: usize) -> String {
    "قال الرئيس الأمريكي ".to_string() + &"السابق ".repeat(n) + "إن"
}

type Builder = fn(usize) -> String;

fn patterns() -> Vec<(&'static str, Builder)> {
    vec![
        ("openers_then_wrong_closers", openers_then_wrong_closers),
        ("unbalanced_mixed_marks", unbalanced_mixed_marks),
        ("qala_with_spaces", qala_with_spaces),
        ("qala_lines", qala_lines),
        ("cue_and_comma", cue_and_comma),
        ("cue_actor_comma", cue_actor_comma),
        (
            "cues_without_speaker_one_sentence",
            cues_without_speaker_one_sentence,
        ),
        ("cues_without_speaker", cues_without_speaker),
        ("repeated_condemnation", repeated_condemnation),
        (
            "repeated_condemnation_one_sentence",
            repeated_condemnation_one_sentence,
        ),
        ("repeated_name", repeated_name),
        ("name_and_role_reference", name_and_role_reference),
        ("names_then_references", names_then_references),
        ("direct_quotes", direct_quotes),
        ("long_sentence", long_sentence_of),
        ("headline_colons", headline_colons),
        ("titled_person_and_references", titled_person_and_references),
        ("construct_titles", construct_titles),
        ("derived_persons", derived_persons),
        ("pattern_bodies", pattern_bodies),
        ("headline_addressee", headline_addressee),
        ("on_its_part", on_its_part),
        ("many_actors", many_actors),
        ("title_chain", title_chain),
        ("title_body_chain", title_body_chain),
        ("bare_title_chain", bare_title_chain),
        ("spokesman_chain", spokesman_chain),
        ("minister_chain", minister_chain),
        ("appositions_then_references", appositions_then_references),
        ("distinct_persons", distinct_persons),
        ("shared_reference_word", shared_reference_word),
        ("modifier_chain", modifier_chain),
    ]
}

/// A measure of the work and output of one analysis that cannot depend on the machine:
/// the counts `run_stage` returns for every stage, and the JSON size of the analysis.
fn work(ex: &Extractor, text: &str) -> Vec<(String, usize)> {
    use mawqif::Stage::*;
    let mut out: Vec<(String, usize)> = [Normalize, Segment, Scan, Actors, Quotes, Stance]
        .into_iter()
        .map(|s| (format!("{s:?}"), ex.run_stage(text, s)))
        .collect();
    let a = ex.analyze(text);
    assert_valid(text, &a);
    let json = serde_json::to_string(&a).expect("serializes");
    out.push(("json bytes".to_string(), json.len()));
    let evidence: usize = a.stances.iter().map(|s| s.evidence.len()).sum();
    out.push(("evidence".to_string(), evidence));
    out
}

/// What is asserted: for every pathological pattern, each deterministic count at 8× the
/// input is at most 9× (8×, plus room for JSON offsets that gain a digit) the count at
/// 1×, plus a small constant — stage outputs and the JSON size grow at most linearly
/// with the input. This catches output that grows quadratically (a span or evidence list
/// per pair of repetitions); it cannot catch an algorithm that is quadratic inside a
/// stage while its output stays linear: the ignored `time_*` tests measure that with a
/// clock.
#[test]
fn work_counts_scale_linearly() {
    let ex = Extractor::bundled();
    let n = 200;
    for (name, make) in patterns() {
        let small = make(n);
        let large = make(8 * n);
        assert!(
            large.len() >= 7 * small.len(),
            "{name}: the builder does not scale"
        );
        let w1 = work(&ex, &small);
        let w8 = work(&ex, &large);
        for ((what, c1), (_, c8)) in w1.iter().zip(&w8) {
            assert!(
                *c8 <= 9 * c1 + 64,
                "{name}: {what} grows faster than the input: {c1} at L, {c8} at 8L"
            );
        }
    }
}

/// Wall-clock scaling of one pattern: analyzing 4× the input may take at most 6× as
/// long (a linear pass takes ~4×, a quadratic one ~16×, and the margin absorbs a busy
/// host). Each time is the best of three runs, and the base length doubles until the
/// base run takes at least 40 ms.
fn assert_linear_time(name: &str, make: Builder) {
    let ex = Extractor::bundled();
    let best = |text: &str| {
        (0..3)
            .map(|_| {
                let t = std::time::Instant::now();
                std::hint::black_box(ex.analyze(text));
                t.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let mut n = 250;
    let mut small = make(n);
    let mut t1 = best(&small);
    while t1.as_millis() < 40 && n < 256_000 {
        n *= 2;
        small = make(n);
        t1 = best(&small);
    }
    let large = make(4 * n);
    let t4 = best(&large);
    let ratio = t4.as_secs_f64() / t1.as_secs_f64().max(1e-9);
    println!(
        "{name:<36} n={n:>6} {:>9} B {t1:>10.2?} | 4n {:>9} B {t4:>10.2?} | ×{ratio:.1}",
        small.len(),
        large.len()
    );
    assert!(
        ratio <= 6.0,
        "{name}: ×{ratio:.1} the time for 4× the input ({t1:?} → {t4:?}): not linear"
    );
}

/// One ignored wall-clock test per pattern, so that each reports on its own:
/// `cargo test --release --test robustness time_ -- --ignored --nocapture`.
macro_rules! linear_time {
    ($($test:ident => $builder:ident),* $(,)?) => {$(
        #[test]
        #[ignore = "wall clock: cargo test --release --test robustness time_ -- --ignored"]
        fn $test() {
            assert_linear_time(stringify!($builder), $builder);
        }
    )*};
}

linear_time! {
    time_openers_then_wrong_closers => openers_then_wrong_closers,
    time_unbalanced_mixed_marks => unbalanced_mixed_marks,
    time_qala_with_spaces => qala_with_spaces,
    time_qala_lines => qala_lines,
    time_cue_and_comma => cue_and_comma,
    time_cue_actor_comma => cue_actor_comma,
    time_cues_without_speaker_one_sentence => cues_without_speaker_one_sentence,
    time_cues_without_speaker => cues_without_speaker,
    time_repeated_condemnation => repeated_condemnation,
    time_repeated_condemnation_one_sentence => repeated_condemnation_one_sentence,
    time_repeated_name => repeated_name,
    time_name_and_role_reference => name_and_role_reference,
    time_names_then_references => names_then_references,
    time_direct_quotes => direct_quotes,
    time_long_sentence => long_sentence_of,
    time_headline_colons => headline_colons,
    time_titled_person_and_references => titled_person_and_references,
    time_construct_titles => construct_titles,
    time_derived_persons => derived_persons,
    time_pattern_bodies => pattern_bodies,
    time_headline_addressee => headline_addressee,
    time_on_its_part => on_its_part,
    time_many_actors => many_actors,
    time_title_chain => title_chain,
    time_title_body_chain => title_body_chain,
    time_bare_title_chain => bare_title_chain,
    time_spokesman_chain => spokesman_chain,
    time_minister_chain => minister_chain,
    time_appositions_then_references => appositions_then_references,
    time_distinct_persons => distinct_persons,
    time_shared_reference_word => shared_reference_word,
    time_modifier_chain => modifier_chain,
}

/// The chains that once recursed once per title: analyzed on a thread with a 256 KiB
/// stack (the corpus program's workers have 2 MiB), they must return, since the
/// parsers' nesting is bounded whatever the input.
#[test]
fn title_chains_need_no_deep_stack() {
    let builders: [(&str, Builder); 4] = [
        ("bare_title_chain", bare_title_chain),
        ("spokesman_chain", spokesman_chain),
        ("minister_chain", minister_chain),
        ("title_body_chain", title_body_chain),
    ];
    for (name, make) in builders {
        let text = make(20_000 / FULL);
        assert!(
            common::valid_on_small_stack(text),
            "{name}: the analysis failed"
        );
    }
}

/// Each title that is a prefix of a longer one is one more reading at each link of a
/// chain: without a bound the parses of 25 links were 2^25. The parse count of the
/// actor stage must grow linearly with the links.
#[test]
fn title_chains_cost_linear_parses() {
    let ex = Extractor::bundled();
    for (name, make) in [
        ("title_chain", title_chain as Builder),
        ("title_body_chain", title_body_chain),
    ] {
        let w = |n: usize| ex.run_stage(&make(n), mawqif::Stage::Actors);
        let (w25, w100) = (w(25), w(100));
        assert!(
            w100 <= 6 * w25,
            "{name}: {w25} parses for 25 links, {w100} for 100: not linear"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Bugs found by the property tests
// ---------------------------------------------------------------------------------------

/// An invisible mark between the `\r` and the `\n` of a Windows line ending must not
/// turn it into two line breaks (a paragraph break, which ends open quotations and
/// sentences). Found by `properties::dropped_marks_change_nothing_but_offsets`.
#[test]
fn invisible_mark_inside_crlf_is_one_line_break() {
    for mark in ['\u{200B}', '\u{200F}', '\u{FEFF}', '\u{064E}', '\u{0640}'] {
        let marked = format!("أ\r{mark}\nب");
        assert_eq!(
            mawqif::normalize_for_matching(&marked),
            mawqif::normalize_for_matching("أ\r\nب"),
            "U+{:04X} between \\r and \\n",
            mark as u32
        );
    }
    // Through the whole pipeline: a quotation across a CRLF line break stays paired.
    let plain = "قالت حماس: «نرفض\r\nالقرار» اليوم.";
    let marked = "قالت حماس: «نرفض\r\u{200F}\nالقرار» اليوم.";
    let a = analyze_checked(plain);
    let b = analyze_checked(marked);
    let contents = |x: &mawqif::Analysis| -> Vec<String> {
        x.quotes
            .iter()
            .map(|q| q.content.text.replace(['\r', '\u{200F}'], ""))
            .collect()
    };
    assert_eq!(contents(&a), contents(&b));
}

// ---------------------------------------------------------------------------------------
// Bugs found by the soak run
// ---------------------------------------------------------------------------------------

/// Two actors of one analysis must never share an id (SPEC §1: the id identifies the
/// actor; scoring and `Analysis::actor` look actors up by it). Found by the soak run on
/// two concatenated corpus articles (saudinewsnet:2015-07-21:133 + :134): a body found
/// by pattern, and then the same body inside a leader's title, came out as two actors
/// `shrth_wlayh_ywby` with the same name.
#[test]
fn actor_ids_are_unique() {
    analyze_checked("شرطة ولاية يوبي. وقال قائد شرطة ولاية يوبي إن الهجوم");
}
