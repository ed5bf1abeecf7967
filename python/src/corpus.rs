//! One corpus line to its output record, exactly as the corpus program writes it
//! (`examples/corpus.rs`, SPEC §1): `{"id": ..., "analysis": {...}}`, or
//! `{"id": ..., "error": "..."}` when the line cannot be read.
//!
//! The corpus program keeps this logic private to its binary, so it is mirrored here,
//! messages included; `tests/test_spark.py` and `tests/test_corpus_records.py` compare
//! the two programs' records line by line, so a change to one that the other lacks fails.

use std::panic::{catch_unwind, AssertUnwindSafe};

use mawqif::{Analysis, Date, Extractor};
use serde::Serialize;
use serde_json::Value;

/// An output record: exactly one of `analysis` and `error` is present.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    analysis: Option<&'a Analysis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// The record of one input line (without its line break), as JSON text on one line.
///
/// A byte-order mark at the start of the line is skipped: the corpus program does so on
/// the first line of each file, and a reader that splits files into parts cannot tell
/// which line was first.
pub fn record(extractor: &Extractor, line: &[u8]) -> String {
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let (mut id, outcome) = analyze_line(extractor, line);
    // The corpus program's serde_json keeps object keys sorted; this crate's keeps them
    // in input order (for the Python dicts), so an object id is sorted to match.
    sort_keys(&mut id);
    let record = match &outcome {
        Ok(analysis) => Record {
            id: &id,
            analysis: Some(analysis),
            error: None,
        },
        Err(message) => Record {
            id: &id,
            analysis: None,
            error: Some(message),
        },
    };
    serde_json::to_string(&record).unwrap_or_else(|e| {
        let message = format!("could not serialize the result: {e}");
        serde_json::to_string(&Record {
            id: &id,
            analysis: None,
            error: Some(&message),
        })
        .unwrap_or_else(|_| r#"{"id":null,"error":"could not serialize the result"}"#.into())
    })
}

/// Reads and analyzes one line: its id (`null` when unreadable) and its analysis or what
/// was wrong with it.
fn analyze_line(extractor: &Extractor, line: &[u8]) -> (Value, Result<Analysis, String>) {
    if line.iter().all(u8::is_ascii_whitespace) {
        return (Value::Null, Err("empty line".to_string()));
    }
    let json = match std::str::from_utf8(line) {
        Ok(t) => t,
        Err(e) => {
            let lossy = String::from_utf8_lossy(line);
            let id = serde_json::from_str::<Value>(&lossy)
                .ok()
                .and_then(|mut v| v.get_mut("id").map(Value::take))
                .unwrap_or(Value::Null);
            return (
                id,
                Err(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
            );
        }
    };
    let mut value = match serde_json::from_str::<Value>(json) {
        Ok(v) => v,
        Err(e) => return (Value::Null, Err(format!("invalid JSON: {e}"))),
    };
    let Some(object) = value.as_object_mut() else {
        return (
            Value::Null,
            Err(format!("not a JSON object but {}", kind_of(&value))),
        );
    };
    let id = object.shift_remove("id").unwrap_or(Value::Null);
    let text = match object.get("text") {
        Some(Value::String(t)) => t,
        Some(other) => {
            let message = format!("field \"text\" is {}, not a string", kind_of(other));
            return (id, Err(message));
        }
        None => return (id, Err("missing field \"text\"".to_string())),
    };
    // A date that does not parse is no reason to drop the article: analyze it undated.
    let date = match object.get("date") {
        Some(Value::String(d)) => d.parse::<Date>().ok(),
        _ => None,
    };
    let outcome =
        catch_unwind(AssertUnwindSafe(|| extractor.analyze_dated(text, date))).map_err(|panic| {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            format!("internal error: the analysis panicked: {what}")
        });
    (id, outcome)
}

/// Sorts the keys of every object inside `value`.
fn sort_keys(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.sort_keys();
            map.values_mut().for_each(sort_keys);
        }
        Value::Array(items) => items.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

/// "a number", "an array"...: for error messages.
fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
