//! One line of a corpus run (SPEC §1): arbitrary bytes as a JSON Lines input line must
//! give exactly one output record — `{"id", "analysis"}` or `{"id", "error"}` — on one
//! line, that reads back as JSON; an analysis must be valid for the line's text.
//!
//! The library has no line parser of its own (the corpus example, `examples/corpus.rs`,
//! reads lines with serde_json); this target reads a line the same way — UTF-8 check,
//! `serde_json::Value`, an object with a string `text`, an optional `id` and `date` — so
//! that serde_json, the record shape and the analysis are fuzzed together.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mawqif::{Date, Extractor};
use serde_json::{json, Value};

#[path = "../../tests/common/mod.rs"]
mod common;

fn record(line: &[u8]) -> Value {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let Ok(json) = std::str::from_utf8(line) else {
        return json!({"id": null, "error": "invalid UTF-8"});
    };
    let mut value: Value = match serde_json::from_str(json) {
        Ok(v) => v,
        Err(e) => return json!({"id": null, "error": format!("invalid JSON: {e}")}),
    };
    let Some(object) = value.as_object_mut() else {
        return json!({"id": null, "error": "not a JSON object"});
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    let Some(Value::String(text)) = object.get("text") else {
        return json!({"id": id, "error": "missing or non-string field \"text\""});
    };
    let date = match object.get("date") {
        Some(Value::String(d)) => d.parse::<Date>().ok(),
        _ => None,
    };
    let analysis = Extractor::bundled().analyze_dated(text, date);
    common::assert_valid(text, &analysis);
    json!({"id": id, "analysis": analysis})
}

fuzz_target!(|data: &[u8]| {
    // One input line: the fuzzer's bytes up to the first newline, as a reader splits them.
    let line = data.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let out = record(line);
    let text = serde_json::to_string(&out).expect("a record serializes");
    assert!(!text.contains('\n'), "a record spans several lines");
    let back: Value = serde_json::from_str(&text).expect("a record reads back");
    let object = back.as_object().expect("a record is an object");
    assert!(object.contains_key("id"));
    assert!(object.contains_key("analysis") != object.contains_key("error"));
});
