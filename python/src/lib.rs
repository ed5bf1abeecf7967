//! Python bindings of mawqif: `mawqif.Extractor` analyzes Arabic news into plain Python
//! data (dicts and lists in the JSON form of SPEC §1, every span with `start_char` and
//! `end_char` added), one article or many on all cores with the GIL released.

#![deny(missing_docs)]

mod convert;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex};

use mawqif::{Date, Error, ExtractorBuilder, LexiconKind};
use pyo3::create_exception;
use pyo3::exceptions::{PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use serde_json::Value;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

create_exception!(
    mawqif,
    LexiconError,
    PyValueError,
    "A lexicon file is malformed or inconsistent; `file`, `line` and `field` say where."
);

/// Reads Arabic news: actors, quotes and stances.
///
/// Extractor(*, add=None, replace=None, bundled=True)
///
/// Built once (about 15 ms with the bundled lexicons) and used for any number of
/// articles, from any number of threads. `add` maps a lexicon kind to a file (or a list
/// of files) to load besides the bundled ones; `replace` maps a kind to files that take
/// the place of every bundled file of that kind; `bundled=False` starts from no lexicon at
/// all. Kinds: "actors", "roles", "cues", "evaluative", "modifiers", "given_names",
/// "common_words". A malformed entry raises `LexiconError`; a file that cannot be read,
/// `OSError`.
#[pyclass(frozen, module = "mawqif")]
struct Extractor {
    inner: mawqif::Extractor,
}

/// One article of a batch, read from Python.
struct Item {
    text: String,
    /// The caller's string, kept only when it had lone surrogates (see [`text_of`]).
    original: Option<Py<PyString>>,
    date: Option<Date>,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (*, add = None, replace = None, bundled = true))]
    fn new(
        py: Python<'_>,
        add: Option<&Bound<'_, PyDict>>,
        replace: Option<&Bound<'_, PyDict>>,
        bundled: bool,
    ) -> PyResult<Extractor> {
        let mut builder = if bundled {
            ExtractorBuilder::new()
        } else {
            ExtractorBuilder::empty()
        };
        for (kind, paths) in lexicon_files(replace)? {
            builder = builder.without(kind);
            for path in paths {
                builder = builder
                    .add_lexicon_file(kind, path)
                    .map_err(|e| to_py_error(py, e))?;
            }
        }
        for (kind, paths) in lexicon_files(add)? {
            for path in paths {
                builder = builder
                    .add_lexicon_file(kind, path)
                    .map_err(|e| to_py_error(py, e))?;
            }
        }
        let inner = py
            .detach(|| builder.build())
            .map_err(|e| to_py_error(py, e))?;
        Ok(Extractor { inner })
    }

    /// analyze(text, date=None) -> dict
    ///
    /// Analyzes one article. `date` (a `datetime.date` or a "YYYY-MM-DD" string) decides
    /// who a role phrase such as "the US president" means. Returns a dict with "actors",
    /// "quotes" and "stances" (SPEC §1); every span has byte offsets "start"/"end" into the
    /// UTF-8 encoding of `text` and "start_char"/"end_char", so that
    /// `text[span["start_char"]:span["end_char"]] == span["text"]`. Any str is valid input.
    #[pyo3(signature = (text, date = None))]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        date: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let item = Item {
            date: date_of(date)?,
            ..text_of(text)?
        };
        let value = py.detach(|| self.prepare(&item));
        let original = item.original.as_ref().map(|o| o.bind(py));
        convert::to_python(py, &value, original, &mut convert::Keys::default())
    }

    /// analyze_json(text, date=None) -> str
    ///
    /// The analysis as the JSON text of SPEC §1, exactly as the Rust library writes it:
    /// byte offsets only, no "start_char"/"end_char".
    #[pyo3(signature = (text, date = None))]
    fn analyze_json(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let date = date_of(date)?;
        let item = text_of(text)?;
        Ok(py.detach(|| {
            let analysis = self.inner.analyze_dated(&item.text, date);
            serde_json::to_string(&analysis).unwrap_or_else(|_| "null".into())
        }))
    }

    /// analyze_batch(texts, dates=None, threads=0) -> list[dict]
    ///
    /// Analyzes many articles on `threads` threads (0: one per core) with the GIL
    /// released, and returns their analyses in input order, each as `analyze` gives it.
    /// `dates`, when given, has one entry per text (None, a `datetime.date` or a string).
    #[pyo3(signature = (texts, dates = None, threads = 0))]
    fn analyze_batch<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        dates: Option<&Bound<'py, PyAny>>,
        threads: usize,
    ) -> PyResult<Bound<'py, PyList>> {
        let mut items = Vec::new();
        for text in sequence(texts, "texts")? {
            items.push(text_of(&text?)?);
        }
        if let Some(dates) = dates.filter(|d| !d.is_none()) {
            let dates = sequence(dates, "dates")?
                .map(|d| date_of(Some(&d?)))
                .collect::<PyResult<Vec<_>>>()?;
            if dates.len() != items.len() {
                return Err(PyValueError::new_err(format!(
                    "{} texts but {} dates",
                    items.len(),
                    dates.len()
                )));
            }
            for (item, date) in items.iter_mut().zip(dates) {
                item.date = date;
            }
        }
        let analyses = self.run_batch(py, &items, threads_for(threads, items.len()))?;
        PyList::new(py, analyses)
    }

    /// corpus_records(lines, threads=1) -> list[str]
    ///
    /// Turns corpus lines (bytes or str, each one JSON Lines line `{"id": ..., "text":
    /// ..., "date": ...}`) into the records the corpus program writes for them, as JSON
    /// text: `{"id": ..., "analysis": {...}}` or `{"id": ..., "error": "..."}`, one per
    /// line, in order. The GIL is released while they are analyzed.
    #[pyo3(signature = (lines, threads = 1))]
    fn corpus_records(
        &self,
        py: Python<'_>,
        lines: &Bound<'_, PyAny>,
        threads: usize,
    ) -> PyResult<Vec<String>> {
        let mut raw: Vec<Vec<u8>> = Vec::new();
        for line in sequence(lines, "lines")? {
            let line = line?;
            if let Ok(bytes) = line.cast::<PyBytes>() {
                raw.push(bytes.as_bytes().to_vec());
            } else if let Ok(s) = line.cast::<PyString>() {
                raw.push(text_of(s.as_any())?.text.into_bytes());
            } else {
                return Err(PyTypeError::new_err("a corpus line must be bytes or str"));
            }
        }
        let threads = threads_for(threads, raw.len());
        let inner = &self.inner;
        Ok(py.detach(|| parallel_map(&raw, threads, |line| corpus_record(inner, line))))
    }

    fn __repr__(&self) -> String {
        let stats = self.inner.lexicon_stats();
        format!(
            "<mawqif.Extractor: {} actors, {} cues, {} evaluative entries>",
            stats.actors, stats.cues, stats.evaluative
        )
    }
}

impl Extractor {
    /// Everything about one article that needs no GIL.
    fn prepare(&self, item: &Item) -> Value {
        let analysis = self.inner.analyze_dated(&item.text, item.date);
        convert::prepare(&analysis, &item.text)
    }

    /// Analyzes `items` on `threads` workers while this thread turns the finished ones
    /// into Python objects, so that the conversion, which needs the GIL, overlaps the
    /// analyses instead of following them.
    fn run_batch<'py>(
        &self,
        py: Python<'py>,
        items: &[Item],
        threads: usize,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let original = |i: usize| items[i].original.as_ref().map(|o| o.bind(py));
        let mut keys = convert::Keys::default();
        if threads <= 1 {
            // One release of the GIL for the whole batch: taking it back after every
            // article would wait a switch interval each time another thread is busy.
            let values: Vec<Value> = py.detach(|| items.iter().map(|i| self.prepare(i)).collect());
            return values
                .iter()
                .enumerate()
                .map(|(i, value)| convert::to_python(py, value, original(i), &mut keys))
                .collect();
        }
        let next = AtomicUsize::new(0);
        let stop = AtomicBool::new(false);
        let (done_tx, done_rx) = mpsc::channel::<(usize, Value)>();
        // A `Receiver` is not `Sync`; the mutex lets the GIL-free closure borrow it.
        let done_rx = Mutex::new(done_rx);
        let mut results: Vec<Option<Bound<'py, PyAny>>> = (0..items.len()).map(|_| None).collect();
        let mut failure = None;
        std::thread::scope(|scope| {
            for _ in 0..threads {
                let done_tx = done_tx.clone();
                let (next, stop) = (&next, &stop);
                scope.spawn(move || {
                    while !stop.load(Ordering::Relaxed) {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        if done_tx.send((i, self.prepare(item))).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(done_tx);
            loop {
                // Everything finished so far, in one release of the GIL: the analyses go
                // on while this thread converts, and a busy Python thread costs one wait
                // for the GIL per round, not one per article.
                let received = py.detach(|| {
                    let rx = done_rx.lock().ok()?;
                    let first = rx.recv().ok()?;
                    Some(
                        std::iter::once(first)
                            .chain(rx.try_iter())
                            .collect::<Vec<_>>(),
                    )
                });
                let Some(received) = received else { break };
                for (i, value) in received {
                    match convert::to_python(py, &value, original(i), &mut keys) {
                        Ok(object) => results[i] = Some(object),
                        Err(e) => {
                            failure = Some(e);
                            stop.store(true, Ordering::Relaxed);
                            break;
                        }
                    }
                }
                if failure.is_some() {
                    break;
                }
            }
            // Dropping the receiver ends the workers' sends; the scope then joins them.
            drop(done_rx);
        });
        if let Some(e) = failure {
            return Err(e);
        }
        results
            .into_iter()
            .enumerate()
            .map(|(i, r)| match r {
                Some(object) => Ok(object),
                // Unreachable unless a worker died; analyze the article here then.
                None => convert::to_python(py, &self.prepare(&items[i]), original(i), &mut keys),
            })
            .collect()
    }
}

/// The record `mawqif corpus` writes for one input line, as a string without its line
/// break. The line loses a trailing CR first, as the command's reader takes it off.
fn corpus_record(extractor: &mawqif::Extractor, line: &[u8]) -> String {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let mut record = mawqif::cli::corpus::record(extractor, line);
    if record.last() == Some(&b'\n') {
        record.pop();
    }
    // serde_json writes UTF-8; the lossy read only guards against a broken promise.
    String::from_utf8(record).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Reads a Python str. A str with lone surrogates (from `surrogateescape` decoding, say)
/// cannot be UTF-8; each surrogate is then analyzed as U+FFFD, which keeps every char
/// offset and, with 3 bytes like a surrogate's own encoding, every byte offset.
fn text_of(object: &Bound<'_, PyAny>) -> PyResult<Item> {
    let Ok(string) = object.cast::<PyString>() else {
        let kind = object.get_type().name()?;
        return Err(PyTypeError::new_err(format!(
            "a text must be str, not {kind}"
        )));
    };
    if let Ok(text) = string.to_str() {
        return Ok(Item {
            text: text.to_owned(),
            original: None,
            date: None,
        });
    }
    let utf32 = string.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let utf32 = utf32.cast::<PyBytes>()?.as_bytes();
    let text = utf32
        .chunks_exact(4)
        .map(|c| {
            let code = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
            char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
        })
        .collect();
    Ok(Item {
        text,
        original: Some(string.clone().unbind()),
        date: None,
    })
}

/// Reads a date: None, a "YYYY-MM-DD" or "DD/MM/YYYY" string (a time may follow) or
/// anything with `year`, `month` and `day` (`datetime.date`, `datetime.datetime`, pandas'
/// Timestamp).
fn date_of(object: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Date>> {
    let Some(object) = object.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    if let Ok(s) = object.cast::<PyString>() {
        return s
            .to_str()?
            .parse::<Date>()
            .map(Some)
            .map_err(|e| PyValueError::new_err(e.to_string()));
    }
    let part = |name: &str| -> PyResult<i64> {
        object
            .getattr(name)
            .and_then(|v| v.extract())
            .map_err(|_| PyTypeError::new_err("a date must be None, a str or a datetime.date"))
    };
    let (year, month, day) = (part("year")?, part("month")?, part("day")?);
    let date = match (u16::try_from(year), u8::try_from(month), u8::try_from(day)) {
        (Ok(y), Ok(m), Ok(d)) => Date::new(y, m, d),
        _ => None,
    };
    date.map(Some)
        .ok_or_else(|| PyValueError::new_err(format!("not a date: {year:04}-{month:02}-{day:02}")))
}

/// Iterates a sequence argument; a lone str, itself iterable, is refused.
fn sequence<'py>(
    object: &Bound<'py, PyAny>,
    name: &str,
) -> PyResult<impl Iterator<Item = PyResult<Bound<'py, PyAny>>>> {
    if object.is_instance_of::<PyString>() || object.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(format!(
            "{name} must be a sequence of items, not a single str or bytes"
        )));
    }
    object.try_iter()
}

/// The lexicon files of an `add` or `replace` argument: kind name to a path or a list
/// of paths, in the dict's order.
fn lexicon_files(
    files: Option<&Bound<'_, PyDict>>,
) -> PyResult<Vec<(LexiconKind, Vec<std::path::PathBuf>)>> {
    let Some(files) = files else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for (kind, paths) in files.iter() {
        let kind: String = kind.extract()?;
        let kind = lexicon_kind(&kind)?;
        let paths = match paths.extract::<std::path::PathBuf>() {
            Ok(path) => vec![path],
            Err(_) => paths.extract::<Vec<std::path::PathBuf>>().map_err(|_| {
                PyTypeError::new_err("a lexicon must be given as a path or a list of paths")
            })?,
        };
        out.push((kind, paths));
    }
    Ok(out)
}

/// The lexicon kind of a keyword.
fn lexicon_kind(name: &str) -> PyResult<LexiconKind> {
    Ok(match name {
        "actors" => LexiconKind::Actors,
        "roles" => LexiconKind::Roles,
        "cues" => LexiconKind::Cues,
        "evaluative" => LexiconKind::Evaluative,
        "modifiers" => LexiconKind::Modifiers,
        "given_names" => LexiconKind::GivenNames,
        "common_words" => LexiconKind::CommonWords,
        _ => {
            return Err(PyValueError::new_err(format!(
                "unknown lexicon kind {name:?}: expected one of actors, roles, cues, \
                 evaluative, modifiers, given_names, common_words"
            )))
        }
    })
}

/// The library's error as the Python exception that fits it.
fn to_py_error(py: Python<'_>, error: Error) -> PyErr {
    match &error {
        Error::Lexicon { location, message } => {
            let err = LexiconError::new_err(error.to_string());
            let value = err.value(py);
            // The attributes are plain data on a fresh exception: setting them cannot fail
            // short of memory exhaustion, and the message says it all anyway.
            let field = (!location.field.is_empty()).then_some(location.field.as_str());
            let _ = value.setattr("file", &location.file);
            let _ = value.setattr("line", location.line);
            let _ = value.setattr("field", field);
            let _ = value.setattr("reason", message);
            err
        }
        Error::Io { path, source } => match source.raw_os_error() {
            // OSError(errno, strerror, filename) becomes FileNotFoundError and the like.
            Some(code) => PyOSError::new_err((code, source.to_string(), path.clone())),
            None => PyOSError::new_err(error.to_string()),
        },
        // Dates, gold files and whatever the (non-exhaustive) error type gains later.
        _ => PyValueError::new_err(error.to_string()),
    }
}

/// The number of threads to use: `requested`, or one per core for 0, never more than
/// there are items.
fn threads_for(requested: usize, items: usize) -> usize {
    let threads = match requested {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    threads.min(items.max(1))
}

/// `f` over `items` on `threads` threads, results in order.
fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let f = &f;
    let mut results: Vec<Option<R>> = (0..items.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut local = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        local.push((i, f(item)));
                    }
                    local
                })
            })
            .collect();
        for (i, r) in workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_default())
        {
            results[i] = Some(r);
        }
    });
    // Only a worker that panicked leaves a gap; its items are done again here.
    results
        .into_iter()
        .zip(items)
        .map(|(r, item)| r.unwrap_or_else(|| f(item)))
        .collect()
}

/// The native part of the `mawqif` package.
#[pymodule]
fn _mawqif(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Extractor>()?;
    m.add("LexiconError", m.py().get_type::<LexiconError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
