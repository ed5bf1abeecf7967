//! Soak test (issue 6), ignored by default: every article of the shared corpus, and
//! mutated copies of it, analyzed on every core, each result checked against the SPEC §1
//! invariants (`common::violations`).
//!
//! ```text
//! cargo test --release --test soak -- --ignored --nocapture
//! MAWQIF_SOAK_LIMIT=2000 MAWQIF_SOAK_THREADS=2 cargo test --release --test soak -- --ignored --nocapture
//! ```
//!
//! It reads `../shared/corpus/news.jsonl.gz` (relative to the crate's root; the test
//! prints a message and passes when the file is absent) and, for each article, analyzes
//! with its date:
//!
//! 1. the article as it is;
//! 2. a copy with 1–16 random bytes overwritten, made valid UTF-8 again by
//!    `String::from_utf8_lossy`;
//! 3. a copy truncated at a random byte, often mid-character (lossy again);
//! 4. a copy with its quotation marks doubled, and extra ones sprinkled in;
//! 5. a copy with some or all of its quotation marks deleted;
//! 6. the article concatenated with the next one.
//!
//! Mutations come from a seeded xorshift generator per article, so a run is the same on
//! any machine and any number of threads (`MAWQIF_SOAK_SEED` changes the seed). Every
//! 50th input is analyzed twice to check determinism. A panic is caught and counted, not
//! fatal, so that one run reports everything. The test fails if any analysis panicked or
//! broke an invariant; it prints counts, the problems found (first 20) and the slowest
//! inputs (times are reported, never asserted).

mod common;

use std::io::{BufRead, BufReader};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::{violations, XorShift};
use mawqif::{Date, Extractor};

struct Article {
    id: String,
    date: Option<Date>,
    text: String,
}

const VARIANTS: [&str; 6] = [
    "original",
    "byte flips",
    "truncated",
    "doubled quotes",
    "deleted quotes",
    "concatenated",
];

/// How many of the slowest inputs are re-timed at the end.
const SLOWEST: usize = 30;

/// The seed of article `i`'s mutations.
fn article_seed(seed: u64, i: usize) -> u64 {
    seed ^ (i as u64).wrapping_mul(0x9E37_79B9)
}

const QUOTE_MARKS: [char; 7] = ['«', '»', '"', '“', '”', '„', '\''];

fn env_usize(name: &str) -> Option<usize> {
    std::env::var(name).ok().and_then(|v| v.parse().ok())
}

fn load(path: &Path, limit: usize) -> (Vec<Article>, usize) {
    let file = std::fs::File::open(path).expect("the corpus opens");
    let reader = BufReader::new(flate2::read::GzDecoder::new(file));
    let mut articles = Vec::new();
    let mut unreadable = 0;
    for line in reader.split(b'\n') {
        if articles.len() >= limit {
            break;
        }
        let line = line.expect("the corpus decompresses");
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(&line) else {
            unreadable += 1;
            continue;
        };
        let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
            unreadable += 1;
            continue;
        };
        articles.push(Article {
            id: value
                .get("id")
                .and_then(|i| i.as_str())
                .unwrap_or("?")
                .to_string(),
            date: value
                .get("date")
                .and_then(|d| d.as_str())
                .and_then(|d| d.parse().ok()),
            text: text.to_string(),
        });
    }
    (articles, unreadable)
}

/// The six inputs made from article `i`.
fn variants(articles: &[Article], i: usize, rng: &mut XorShift) -> [String; 6] {
    let text = &articles[i].text;
    let bytes = text.as_bytes();
    // Random byte flips.
    let mut flipped = bytes.to_vec();
    if !flipped.is_empty() {
        for _ in 0..1 + rng.below(16) {
            let at = rng.below(flipped.len());
            flipped[at] = rng.next_u64() as u8;
        }
    }
    let flipped = String::from_utf8_lossy(&flipped).into_owned();
    // Truncation at a random byte: inside a character more often than not in Arabic.
    let cut = if bytes.is_empty() {
        0
    } else {
        rng.below(bytes.len())
    };
    let truncated = String::from_utf8_lossy(&bytes[..cut]).into_owned();
    // Doubled quotation marks, plus a few stray ones.
    let mut doubled = String::with_capacity(text.len() + 64);
    for c in text.chars() {
        doubled.push(c);
        if QUOTE_MARKS.contains(&c) {
            doubled.push(c);
        }
        if c == ' ' && rng.below(40) == 0 {
            doubled.push(QUOTE_MARKS[rng.below(QUOTE_MARKS.len())]);
        }
    }
    // Deleted quotation marks: all of them, or each with probability 1/2.
    let all = rng.below(2) == 0;
    let deleted: String = text
        .chars()
        .filter(|c| !QUOTE_MARKS.contains(c) || (!all && rng.below(2) == 0))
        .collect();
    // Two articles in one.
    let next = &articles[(i + 1) % articles.len()].text;
    let sep = ["", "\n", " ", "\n\n"][rng.below(4)];
    let concatenated = format!("{text}{sep}{next}");
    [
        text.clone(),
        flipped,
        truncated,
        doubled,
        deleted,
        concatenated,
    ]
}

#[derive(Default)]
struct Totals {
    analyses: [usize; 6],
    bytes: usize,
    actors: usize,
    quotes: usize,
    stances: usize,
    determinism_checks: usize,
    problems: Vec<String>,
    problem_count: usize,
    panics: usize,
    /// The slowest inputs in the run: (time, article index, variant). Re-timed at the
    /// end, since a thread preempted on a shared machine makes any input look slow.
    slowest: Vec<(Duration, usize, usize)>,
}

impl Totals {
    fn note_slow(&mut self, entry: (Duration, usize, usize)) {
        self.slowest.push(entry);
        if self.slowest.len() > 100 {
            self.slowest.sort_by_key(|e| std::cmp::Reverse(e.0));
            self.slowest.truncate(SLOWEST);
        }
    }

    fn merge(&mut self, other: Totals) {
        for v in 0..6 {
            self.analyses[v] += other.analyses[v];
        }
        self.bytes += other.bytes;
        self.actors += other.actors;
        self.quotes += other.quotes;
        self.stances += other.stances;
        self.determinism_checks += other.determinism_checks;
        self.problem_count += other.problem_count;
        self.panics += other.panics;
        for p in other.problems {
            if self.problems.len() < 20 {
                self.problems.push(p);
            }
        }
        for s in other.slowest {
            self.note_slow(s);
        }
    }
}

fn check_one(
    ex: &Extractor,
    (index, article): (usize, &Article),
    variant: usize,
    input: &str,
    serial: usize,
    totals: &mut Totals,
) {
    let name = VARIANTS[variant];
    let started = Instant::now();
    let outcome = catch_unwind(AssertUnwindSafe(|| ex.analyze_dated(input, article.date)));
    let elapsed = started.elapsed();
    totals.analyses[variant] += 1;
    totals.bytes += input.len();
    let where_ = format!("{} ({name}, {} bytes)", article.id, input.len());
    let a = match outcome {
        Ok(a) => a,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            totals.panics += 1;
            totals.problem_count += 1;
            if totals.problems.len() < 20 {
                totals.problems.push(format!("{where_}: PANIC {what}"));
            }
            return;
        }
    };
    totals.note_slow((elapsed, index, variant));
    totals.actors += a.actors.len();
    totals.quotes += a.quotes.len();
    totals.stances += a.stances.len();
    let mut found = violations(input, &a);
    if serial % 50 == 0 {
        totals.determinism_checks += 1;
        if ex.analyze_dated(input, article.date) != a {
            found.push("second analysis differs".to_string());
        }
    }
    if !found.is_empty() {
        totals.problem_count += 1;
        if totals.problems.len() < 20 {
            totals
                .problems
                .push(format!("{where_}: {}", found.join("; ")));
        }
    }
}

#[test]
#[ignore = "soak: cargo test --release --test soak -- --ignored --nocapture"]
fn soak_corpus_and_mutations() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/news.jsonl.gz");
    if !path.exists() {
        println!("soak: {} is absent; nothing to do", path.display());
        return;
    }
    let limit = env_usize("MAWQIF_SOAK_LIMIT").unwrap_or(usize::MAX);
    let seed = env_usize("MAWQIF_SOAK_SEED").unwrap_or(0x6d61_7771) as u64;
    let threads = env_usize("MAWQIF_SOAK_THREADS")
        .filter(|&t| t > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));

    let started = Instant::now();
    let (articles, unreadable) = load(&path, limit);
    let loaded = started.elapsed();
    println!(
        "soak: {} articles ({} MB), {unreadable} unreadable lines, loaded in {loaded:.1?}; \
         {threads} threads, seed {seed:#x}",
        articles.len(),
        articles.iter().map(|a| a.text.len()).sum::<usize>() >> 20
    );
    assert!(!articles.is_empty(), "the corpus holds no article");

    let ex = Extractor::bundled();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let totals = Mutex::new(Totals::default());
    let analyzing = Instant::now();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut local = Totals::default();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= articles.len() {
                        break;
                    }
                    let mut rng = XorShift::new(article_seed(seed, i));
                    for (v, input) in variants(&articles, i, &mut rng).iter().enumerate() {
                        check_one(&ex, (i, &articles[i]), v, input, i * 6 + v, &mut local);
                    }
                    let d = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if d % 5000 == 0 {
                        eprintln!("soak: {d} articles, {:.0?}", analyzing.elapsed());
                    }
                }
                totals.lock().expect("no panic holds the lock").merge(local);
            });
        }
    });
    let elapsed = analyzing.elapsed();
    let t = totals.into_inner().expect("no panic holds the lock");
    let analyses: usize = t.analyses.iter().sum();
    println!(
        "soak: {analyses} analyses of {} MB in {elapsed:.1?} ({:.1} MB/s on {threads} threads)",
        t.bytes >> 20,
        t.bytes as f64 / (1 << 20) as f64 / elapsed.as_secs_f64()
    );
    for (name, n) in VARIANTS.iter().zip(t.analyses) {
        println!("  {name:<15} {n:>8}");
    }
    println!(
        "  found {} actors, {} quotes, {} stances; {} determinism checks",
        t.actors, t.quotes, t.stances, t.determinism_checks
    );
    // The slowest inputs of the run, re-timed alone (best of 3): the first time counts
    // preemption, the second only the work.
    let mut slowest = t.slowest.clone();
    slowest.sort_by_key(|e| std::cmp::Reverse(e.0));
    slowest.truncate(SLOWEST);
    let mut retimed: Vec<(Duration, Duration, usize, usize, usize)> = slowest
        .iter()
        .map(|&(first, i, v)| {
            let mut rng = XorShift::new(article_seed(seed, i));
            let input = &variants(&articles, i, &mut rng)[v];
            let best = (0..3)
                .map(|_| {
                    let started = Instant::now();
                    std::hint::black_box(ex.analyze_dated(input, articles[i].date));
                    started.elapsed()
                })
                .min()
                .unwrap_or_default();
            (best, first, i, v, input.len())
        })
        .collect();
    retimed.sort_by_key(|e| std::cmp::Reverse(e.0));
    println!("  slowest inputs, re-timed alone (best of 3; in the run):");
    for (best, first, i, v, len) in retimed.iter().take(10) {
        println!(
            "    {best:>10.1?} ({first:>8.1?})  {len:>8} bytes  {:>7.1} µs/KB  {} ({})",
            best.as_secs_f64() * 1e6 / (*len as f64 / 1024.0).max(1.0),
            articles[*i].id,
            VARIANTS[*v]
        );
    }
    println!(
        "soak: {} inputs with problems, {} panics",
        t.problem_count, t.panics
    );
    for p in &t.problems {
        println!("  {p}");
    }
    assert!(
        t.problem_count == 0,
        "{} of {analyses} analyses broke an invariant or panicked (first: {})",
        t.problem_count,
        t.problems.first().map_or("", String::as_str)
    );
}
