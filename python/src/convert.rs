//! From an analysis to plain Python data, by way of the library's own JSON form.
//!
//! The dicts are made from what `serde_json` writes for an [`Analysis`] (SPEC §1), read
//! back as a [`Value`], so that every field the library adds or changes reaches Python
//! unchanged; the only thing added here is `start_char` / `end_char` on every span.

use mawqif::Analysis;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PySlice, PyString};
use serde_json::{Map, Value};

/// An analysis as JSON data, with the char offsets of every span added: all that can be
/// done without the GIL, so that batch workers do it in parallel.
pub fn prepare(analysis: &Analysis, text: &str) -> Value {
    // Through the JSON text rather than `serde_json::to_value`: the text writes an `f32`
    // score as its shortest form (0.95), `to_value` as the widened f64 (0.949999988...).
    let mut value = serde_json::to_string(analysis)
        .ok()
        .and_then(|json| serde_json::from_str::<Value>(&json).ok())
        .unwrap_or(Value::Null);
    let index = CharIndex::new(text);
    add_char_offsets(&mut value, &index);
    value
}

/// Adds `start_char` and `end_char` to every span: any object with integer `start` and
/// `end` and a string `text`, wherever it sits (actor mentions, quote cues and contents,
/// stance targets and evidence).
fn add_char_offsets(value: &mut Value, index: &CharIndex<'_>) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|v| add_char_offsets(v, index)),
        Value::Object(map) => {
            if let Some((start, end)) = byte_span(map) {
                map.insert("start_char".into(), index.char_at(start).into());
                map.insert("end_char".into(), index.char_at(end).into());
            }
            map.values_mut().for_each(|v| add_char_offsets(v, index));
        }
        _ => {}
    }
}

/// The byte range of an object that is a span.
fn byte_span(map: &Map<String, Value>) -> Option<(usize, usize)> {
    let start = map.get("start")?.as_u64()?;
    let end = map.get("end")?.as_u64()?;
    map.get("text")?.as_str()?;
    Some((usize::try_from(start).ok()?, usize::try_from(end).ok()?))
}

/// Byte offset to char (code point) offset, in constant time after a linear pass.
struct CharIndex<'a> {
    bytes: &'a [u8],
    /// Chars before each block of [`BLOCK`] bytes.
    chars_before_block: Vec<usize>,
}

const BLOCK: usize = 64;

impl<'a> CharIndex<'a> {
    fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        let mut chars_before_block = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0;
        for block in bytes.chunks(BLOCK) {
            chars_before_block.push(chars);
            chars += count_chars(block);
        }
        chars_before_block.push(chars);
        CharIndex {
            bytes,
            chars_before_block,
        }
    }

    /// How many chars start before byte `offset` (clamped to the text).
    fn char_at(&self, offset: usize) -> usize {
        let offset = offset.min(self.bytes.len());
        let block = offset / BLOCK;
        self.chars_before_block[block] + count_chars(&self.bytes[block * BLOCK..offset])
    }
}

/// Chars starting in `bytes`: every byte but UTF-8 continuation bytes starts one.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// The Python strings of dict keys, made once per call rather than once per dict: an
/// analysis repeats a score of key names thousands of times.
#[derive(Default)]
pub struct Keys {
    strings: Vec<(String, Py<PyString>)>,
}

impl Keys {
    fn get<'py>(&mut self, py: Python<'py>, key: &str) -> Bound<'py, PyString> {
        // A linear search: there are about twenty keys, and short ones.
        if let Some((_, s)) = self.strings.iter().find(|(k, _)| k == key) {
            return s.bind(py).clone();
        }
        let s = PyString::intern(py, key);
        self.strings.push((key.to_string(), s.clone().unbind()));
        s
    }
}

/// Builds the Python object of a prepared value. When the caller's string had lone
/// surrogates (which Rust strings cannot hold, so each was analyzed as U+FFFD), every
/// span's `text` is taken from `original` instead, so that slicing it still gives `text`.
pub fn to_python<'py>(
    py: Python<'py>,
    value: &Value,
    original: Option<&Bound<'py, PyString>>,
    keys: &mut Keys,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let items = items
                .iter()
                .map(|item| to_python(py, item, original, keys))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (key, item) in map {
                dict.set_item(keys.get(py, key), to_python(py, item, original, keys)?)?;
            }
            if let Some(original) = original {
                let chars = (map.get("start_char"), map.get("end_char"));
                if let (Some(Value::Number(s)), Some(Value::Number(e))) = chars {
                    let (s, e) = (s.as_u64().unwrap_or(0), e.as_u64().unwrap_or(0));
                    let slice = PySlice::new(py, s as isize, e as isize, 1);
                    dict.set_item(keys.get(py, "text"), original.get_item(slice)?)?;
                }
            }
            dict.into_any()
        }
    })
}
