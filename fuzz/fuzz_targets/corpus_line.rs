//! One line of a corpus run (SPEC §1, docs/FORMAT.md): arbitrary bytes as a JSON Lines
//! input line must give exactly one output record — `{"id", "analysis"}` or `{"id",
//! "error"}` — on one line, that reads back as JSON; an analysis must be valid for the
//! line's text.
//!
//! The record is made by the very function `mawqif corpus` uses,
//! `mawqif::cli::corpus::record`, so that the line reader, serde_json, the record shape
//! and the analysis are fuzzed together.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mawqif::{Analysis, Extractor};
use serde::Deserialize;
use serde_json::value::RawValue;

#[path = "../../tests/common/mod.rs"]
mod common;

/// A record as written. The id is kept raw: it may nest deeper than a `Value` reads.
#[derive(Deserialize)]
struct Record<'a> {
    #[serde(borrow)]
    id: &'a RawValue,
    analysis: Option<Analysis>,
    error: Option<String>,
}

/// The text of a line that gave an analysis.
#[derive(Deserialize)]
struct Line {
    text: String,
}

fuzz_target!(|data: &[u8]| {
    // One input line: the fuzzer's bytes up to the first newline, as a reader splits them.
    let line = data.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let record = mawqif::cli::corpus::record(&Extractor::bundled(), line);
    let (last, body) = record.split_last().expect("a record is never empty");
    assert_eq!(*last, b'\n', "a record ends its line");
    assert!(!body.contains(&b'\n'), "a record spans several lines");
    let read: Record = serde_json::from_slice(body).expect("a record reads back");
    assert!(!read.id.get().is_empty());
    match (&read.analysis, &read.error) {
        (Some(analysis), None) => {
            let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
            let text = serde_json::from_slice::<Line>(line)
                .expect("a line that gave an analysis has a text")
                .text;
            common::assert_valid(&text, analysis);
        }
        (None, Some(_)) => {}
        _ => panic!("exactly one of analysis and error"),
    }
});
