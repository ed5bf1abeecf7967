//! Invariants every [`Analysis`] must satisfy, whatever the input (SPEC §1), shared by
//! `tests/robustness.rs`, `tests/properties.rs`, `tests/soak.rs` and the fuzz targets.
//!
//! [`violations`] lists what is wrong instead of panicking, so that the soak run can count
//! problems over a whole corpus; [`assert_valid`] panics with the list.

#![allow(dead_code)]

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use mawqif::{Analysis, Span};

/// Checks one span against the input: `start <= end <= input.len()`, both ends on char
/// boundaries, and `text == &input[start..end]`.
fn check_span(
    input: &str,
    what: &str,
    start: usize,
    end: usize,
    text: &str,
    out: &mut Vec<String>,
) {
    if start > end || end > input.len() {
        out.push(format!(
            "{what}: span {start}..{end} out of order or past the input's {} bytes",
            input.len()
        ));
        return;
    }
    if !input.is_char_boundary(start) || !input.is_char_boundary(end) {
        out.push(format!(
            "{what}: span {start}..{end} not on char boundaries"
        ));
        return;
    }
    if &input[start..end] != text {
        out.push(format!(
            "{what}: text {:?} differs from input[{start}..{end}] = {:?}",
            short(text),
            short(&input[start..end])
        ));
    }
}

fn check_plain_span(input: &str, what: &str, s: &Span, out: &mut Vec<String>) {
    check_span(input, what, s.start, s.end, &s.text, out);
}

fn short(s: &str) -> String {
    let mut t: String = s.chars().take(60).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    t
}

/// Every invariant of SPEC §1 that an analysis of `input` breaks; empty when it is valid.
///
/// - every span (actor mentions, quote cue and content, stance target and evidence):
///   `start <= end <= input.len()`, both on char boundaries, `text == input[start..end]`;
///   mentions, quote contents and evidence are non-empty;
/// - actor ids are unique; every quote speaker, stance actor and stance target actor is
///   one of them;
/// - at most one stance per (actor, label);
/// - stance `quotes` index `quotes` (sorted, no repeats); `evidence` non-empty;
///   `score` and evidence weights are finite and in [0, 1];
/// - the analysis survives a JSON round trip unchanged.
pub fn violations(input: &str, a: &Analysis) -> Vec<String> {
    let mut out = Vec::new();
    let mut ids: HashSet<&str> = HashSet::new();
    for (i, actor) in a.actors.iter().enumerate() {
        if !ids.insert(actor.id.as_str()) {
            out.push(format!("actor {i}: duplicate id {:?}", actor.id.as_str()));
        }
        if actor.id.as_str().is_empty() {
            out.push(format!("actor {i}: empty id"));
        }
        if actor.mentions.is_empty() {
            out.push(format!("actor {i} ({}): no mentions", actor.id));
        }
        for (j, m) in actor.mentions.iter().enumerate() {
            let what = format!("actor {} mention {j}", actor.id);
            check_span(input, &what, m.start, m.end, &m.text, &mut out);
            if m.start == m.end {
                out.push(format!("{what}: empty"));
            }
        }
    }
    for (i, q) in a.quotes.iter().enumerate() {
        if let Some(s) = &q.speaker {
            if !ids.contains(s.as_str()) {
                out.push(format!(
                    "quote {i}: speaker {:?} is not an actor",
                    s.as_str()
                ));
            }
        }
        if let Some(cue) = &q.cue {
            check_plain_span(input, &format!("quote {i} cue"), cue, &mut out);
        }
        check_plain_span(input, &format!("quote {i} content"), &q.content, &mut out);
        if q.content.is_empty() {
            out.push(format!("quote {i}: empty content"));
        }
    }
    let mut pairs = HashSet::new();
    for (i, s) in a.stances.iter().enumerate() {
        if !ids.contains(s.actor.as_str()) {
            out.push(format!(
                "stance {i}: actor {:?} is not an actor",
                s.actor.as_str()
            ));
        }
        if !pairs.insert((s.actor.as_str(), s.label)) {
            out.push(format!(
                "stance {i}: second stance for ({}, {})",
                s.actor, s.label
            ));
        }
        if let Some(t) = &s.target_actor {
            if !ids.contains(t.as_str()) {
                out.push(format!(
                    "stance {i}: target_actor {:?} is not an actor",
                    t.as_str()
                ));
            }
        }
        if let Some(t) = &s.target {
            check_plain_span(input, &format!("stance {i} target"), t, &mut out);
        }
        if s.evidence.is_empty() {
            out.push(format!("stance {i}: no evidence"));
        }
        for (j, e) in s.evidence.iter().enumerate() {
            check_plain_span(
                input,
                &format!("stance {i} evidence {j}"),
                &e.span,
                &mut out,
            );
            if e.span.is_empty() {
                out.push(format!("stance {i} evidence {j}: empty"));
            }
            if !(0.0..=1.0).contains(&e.weight) {
                out.push(format!(
                    "stance {i} evidence {j}: weight {} outside [0, 1]",
                    e.weight
                ));
            }
        }
        for &q in &s.quotes {
            if q >= a.quotes.len() {
                out.push(format!("stance {i}: quote index {q} of {}", a.quotes.len()));
            }
        }
        if s.quotes.windows(2).any(|w| w[0] >= w[1]) {
            out.push(format!(
                "stance {i}: quote indexes not sorted and unique: {:?}",
                s.quotes
            ));
        }
        if !(0.0..=1.0).contains(&s.score) {
            out.push(format!("stance {i}: score {} outside [0, 1]", s.score));
        }
    }
    match serde_json::to_string(a) {
        Ok(json) => match serde_json::from_str::<Analysis>(&json) {
            Ok(back) if &back == a => {}
            Ok(_) => out.push("JSON round trip changed the analysis".to_string()),
            Err(e) => out.push(format!("JSON does not read back: {e}")),
        },
        Err(e) => out.push(format!("JSON serialization failed: {e}")),
    }
    out
}

/// Panics, listing every problem, unless `a` is a valid analysis of `input`.
#[track_caller]
pub fn assert_valid(input: &str, a: &Analysis) {
    let problems = violations(input, a);
    assert!(
        problems.is_empty(),
        "invalid analysis of a {}-byte input starting {:?}:\n  {}",
        input.len(),
        short(input),
        problems.join("\n  ")
    );
}

/// Analyzes `input` twice with the bundled extractor, asserts that both results are
/// equal and valid, and returns one.
#[track_caller]
pub fn analyze_checked(input: &str) -> Analysis {
    let ex = mawqif::Extractor::bundled();
    let a = ex.analyze(input);
    assert_valid(input, &a);
    let b = ex.analyze(input);
    assert!(a == b, "two analyses of the same input differ");
    a
}

/// A tiny deterministic xorshift64* generator (no extra crates).
#[derive(Debug, Clone)]
pub struct XorShift(u64);

impl XorShift {
    /// A generator from a seed (0 is replaced by a fixed non-zero seed).
    pub fn new(seed: u64) -> XorShift {
        XorShift(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Says something in the normal output of `cargo test`, which captures `println!` and
/// `eprintln!` from passing tests but not a direct write to the standard output handle:
/// how a test that skips for want of `../shared` says so (`SKIPPED: ...`).
pub fn say(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stdout(), "{message}");
}

/// An example program built alongside the running test (`cargo test` builds the
/// examples): `<profile>/deps/<test>-<hash>` → `<profile>/examples/<name>`.
pub fn example_binary(name: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the test knows where it is");
    let profile = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test runs from <profile>/deps");
    let binary = profile
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        binary.is_file(),
        "{} is missing: `cargo test` builds it; with `--test` alone, run \
         `cargo build --examples` (same profile) first",
        binary.display()
    );
    binary
}

/// The pieces a [`structured_text`] is built from: titles, bodies, states and their
/// nisbas, names, appositions, references back, cues, complementizers, relative pronouns,
/// quotation marks and punctuation — the material of the noun-phrase parsers.
pub const STRUCTURE_PIECES: &[&str] = &[
    "رئيس ",
    "رئيس وزراء ",
    "وزير خارجية ",
    "وزير الخارجية ",
    "المتحدث باسم ",
    "الأمين العام ل",
    "نائب ",
    "دولة ",
    "حكومة ",
    "وزارة الخارجية ",
    "حركة ",
    "منظمة ",
    "حزب ",
    "جمعية ",
    "مصر ",
    "الأردن ",
    "الأمم المتحدة ",
    "المصري ",
    "الأردنية ",
    "الإيرانية ",
    "سامي أبو زهري ",
    "دونالد ترامب ",
    "محمد ",
    "، وزير الخارجية، ",
    "، رئيس الحزب، ",
    "الحركة ",
    "الرئيس ",
    "الوزير ",
    "الحزب ",
    "الذي ",
    "التي ",
    "وقال ",
    "وأكدت ",
    "أدان ",
    "رحب ",
    "من جانبه ",
    "إن ",
    "أن ",
    "«",
    "» ",
    "\"",
    "، ",
    ". ",
    ": ",
    "\n",
    "في ",
    "و",
    "ل",
];

/// Text built from `choices`: each byte below 0x80 appends the piece it picks; a byte
/// of 0x80 or more repeats the last piece 2^(byte & 0x0f) times (at most 32,768), which
/// makes long chains of titles, bodies, appositions and references from a few bytes.
/// The text stops growing past `max_bytes`.
pub fn structured_text(choices: &[u8], max_bytes: usize) -> String {
    let mut out = String::new();
    let mut last = "";
    for &b in choices {
        if b < 0x80 {
            last = STRUCTURE_PIECES[b as usize % STRUCTURE_PIECES.len()];
            out.push_str(last);
        } else {
            let times = 1usize << (b & 0x0f);
            for _ in 0..times {
                if out.len() > max_bytes {
                    break;
                }
                out.push_str(last);
            }
        }
        if out.len() > max_bytes {
            break;
        }
    }
    out
}

/// Analyzes `text` on a thread with a 256 KiB stack (an eighth of the corpus program's
/// workers') and checks the result is valid and deterministic; whether that thread
/// finished without panicking. Parsers that recursed with the input would overflow it.
pub fn valid_on_small_stack(text: String) -> bool {
    std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || {
            let ex = mawqif::Extractor::bundled();
            let a = ex.analyze(&text);
            assert_valid(&text, &a);
            assert!(a == ex.analyze(&text), "not deterministic");
        })
        .is_ok_and(|handle| handle.join().is_ok())
}
