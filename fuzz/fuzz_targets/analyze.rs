//! Arbitrary bytes, read as lossy UTF-8, analyzed by the bundled extractor: the analysis
//! must keep every SPEC §1 invariant (`tests/common/mod.rs`) and be deterministic.
//! The first byte, when the input has one, picks an article date or none.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mawqif::{Date, Extractor};

#[path = "../../tests/common/mod.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let (date, rest) = match data.split_first() {
        Some((&b, rest)) if b < 0x20 => (Date::new(1990 + u16::from(b), 1 + b % 12, 1), rest),
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(rest);
    let ex = Extractor::bundled();
    let a = ex.analyze_dated(&text, date);
    common::assert_valid(&text, &a);
    assert!(a == ex.analyze_dated(&text, date), "not deterministic");
});
