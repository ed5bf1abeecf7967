//! Memory per input byte (issue 12): the peak heap of one analysis is bounded by a
//! constant per input byte, whatever the text and whatever the lexicon.
//!
//! A counting allocator wraps the system one and keeps, per thread, the bytes live and
//! their peak; each test measures only the allocations of its own thread, so the tests
//! of this file may run in parallel. The counts are deterministic: no clock is read.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use mawqif::{Extractor, LexiconKind, LexiconSource};

struct Counting;

thread_local! {
    static LIVE: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn note(delta: isize) {
    // `try_with`: during thread teardown the counters may be gone; the count is lost,
    // never the allocation.
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| {
            if now > peak.get() {
                peak.set(now);
            }
        });
    });
}

// SAFETY: every call is forwarded unchanged to `System`; the counters only observe.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            note(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        note(-(layout.size() as isize));
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            note(new_size as isize - layout.size() as isize);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most heap bytes that `analyze` had live at once beyond what was live before it.
fn peak_of_analysis(ex: &Extractor, text: &str) -> usize {
    let base = LIVE.with(Cell::get);
    PEAK.with(|p| p.set(base));
    let analysis = ex.analyze(text);
    let peak = PEAK.with(Cell::get);
    drop(analysis);
    (peak - base).max(0) as usize
}

/// The bound the README states: at most this many heap bytes per input byte, plus a
/// constant for the small structures every analysis has.
const BYTES_PER_INPUT_BYTE: usize = 64;
const CONSTANT_BYTES: usize = 1 << 20;

fn assert_bounded(name: &str, ex: &Extractor, make: impl Fn(usize) -> String, n: usize) {
    let mut peaks = Vec::new();
    for factor in [1, 4] {
        let text = make(n * factor);
        let peak = peak_of_analysis(ex, &text);
        let per_byte = peak as f64 / text.len().max(1) as f64;
        println!(
            "{name:<28} {:>9} bytes: peak {:>11} heap bytes, {per_byte:.1} per input byte",
            text.len(),
            peak
        );
        assert!(
            peak <= BYTES_PER_INPUT_BYTE * text.len() + CONSTANT_BYTES,
            "{name}: {peak} heap bytes for {} input bytes ({per_byte:.1} per byte), over the \
             stated bound of {BYTES_PER_INPUT_BYTE} per byte",
            text.len()
        );
        peaks.push(peak);
    }
    assert!(
        peaks[1] <= 5 * peaks[0] + CONSTANT_BYTES,
        "{name}: memory grows faster than the input: {} then {} for 4×",
        peaks[0],
        peaks[1]
    );
}

/// News-like prose: names, roles, cues, quotations, references back.
fn prose(n: usize) -> String {
    const SENTENCES: &[&str] = &[
        "وقال وزير الخارجية المصري في بيان إن القرار مرفوض تماما. ",
        "ورحبت حركة حماس بالاتفاق، مؤكدة أنه خطوة في الاتجاه الصحيح. ",
        "وأدانت الحكومة الأردنية «الاعتداء الخطير» على المدنيين. ",
        "من جانبه، أوضح الرئيس أن الخطوة تأتي في إطار حماية الأمن الوطني. ",
        "وأشارت الحركة إلى أن الاحتلال يتحمل المسؤولية الكاملة. ",
    ];
    (0..n).map(|i| SENTENCES[i % SENTENCES.len()]).collect()
}

#[test]
fn prose_memory_is_linear() {
    assert_bounded("prose", &Extractor::bundled(), prose, 2_000);
}

/// A reference word shared by dozens of bundled actors (الحزب).
#[test]
fn shared_reference_word_memory_is_linear() {
    assert_bounded(
        "shared reference word",
        &Extractor::bundled(),
        |n| "الحزب ".repeat(n),
        50_000,
    );
}

/// The same with a custom lexicon of 8,000 parties that all take the reference الحزب:
/// the memory of an occurrence must not grow with the number of actors sharing it.
#[test]
fn reference_shared_by_thousands_of_actors_memory_is_linear() {
    let mut parties = String::new();
    for i in 0..8_000 {
        // Names made of letters only, distinct per party.
        let name: String = format!("{i:05}")
            .chars()
            .map(|d| ['ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز'][d as usize - '0' as usize])
            .collect();
        parties.push_str(&format!(
            "id: party_{i}\nname: Party {i}\nkind: organization\nnames: حزب {name}\nrefs: الحزب\n\n"
        ));
    }
    let ex = Extractor::builder()
        .add_lexicon(LexiconSource::new(
            "parties.txt",
            LexiconKind::Actors,
            parties,
        ))
        .build()
        .expect("the generated lexicon is valid");
    assert_bounded(
        "8,000 actors share الحزب",
        &ex,
        |n| "قال حزب بتثجح إن الحزب ".repeat(n),
        10_000,
    );
}

/// Titles and bodies nested without end (رئيس دولة رئيس دولة …).
#[test]
fn title_chain_memory_is_linear() {
    assert_bounded(
        "title chain",
        &Extractor::bundled(),
        |n| "رئيس حكومة دولة ".repeat(n) + "مصر",
        20_000,
    );
}

/// Speech everywhere: every clause a quote with its speaker, cue and content, and a
/// stance with evidence, so the result itself is as large as it gets.
#[test]
fn quotes_and_stances_memory_is_linear() {
    assert_bounded(
        "quotes and stances",
        &Extractor::bundled(),
        |n| "وأدانت حماس «الجريمة»، وقالت مصر إن القرار مرفوض. ".repeat(n),
        4_000,
    );
}

/// Appositions, then references by another role (coreference candidates pile up).
#[test]
fn appositions_and_references_memory_is_linear() {
    assert_bounded(
        "appositions and references",
        &Extractor::bundled(),
        |n| {
            (0..n)
                .map(|i| {
                    format!("وقال سامي أبو زهري{i}، وزير الخارجية، إن الحل قريب. وأكد الرئيس أن ")
                })
                .collect()
        },
        2_000,
    );
}

/// Tanween everywhere: the normalizer notes where each mark was dropped and the
/// extractor the words that carried them, one entry per mark.
#[test]
fn tanween_memory_is_linear() {
    assert_bounded(
        "tanween",
        &Extractor::bundled(),
        |n| "ًٌٍ قرضاً جديدًا ".repeat(n),
        20_000,
    );
}
