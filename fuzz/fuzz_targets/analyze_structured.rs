//! Structured input (issue 12): the fuzz bytes choose pieces — titles, bodies, states,
//! nisbas, names, appositions, references, cues, quotation marks — and repetitions of
//! them (`common::structured_text`), so that the fuzzer explores long chains of titles
//! and bodies, appositions and references rather than random bytes. The analysis, run
//! on a thread with a 256 KiB stack, must keep every SPEC §1 invariant and be
//! deterministic.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = common::structured_text(data, 4 << 20);
    assert!(common::valid_on_small_stack(text), "the analysis panicked");
});
