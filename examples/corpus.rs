//! Runs a corpus: JSON Lines in, JSON Lines out (`SPEC.md` §1), on every core.
//!
//! ```text
//! cargo build --release --example corpus
//! target/release/examples/corpus < in.jsonl > out.jsonl
//! target/release/examples/corpus --threads 2 --output out.jsonl news.jsonl.gz more.jsonl
//! ```
//!
//! Each input line `{"id": ..., "text": "...", "date": "YYYY-MM-DD..."}` (`date` optional)
//! gives exactly one output line, in input order: `{"id": ..., "analysis": {...}}`, or
//! `{"id": ..., "error": "what was wrong"}` when the line is not valid JSON, not an
//! object, lacks a string `text` or is not UTF-8 (`id` is `null` when it cannot be read).
//! A date that does not parse is ignored. Files are read in the order given, standard
//! input when there are none (or for `-`); gzip input (`.gz`, or any input starting with
//! the gzip magic bytes) is decompressed on the fly.
//!
//! The run is a pipeline: one thread reads lines, `--threads` workers analyze them, the
//! main thread writes the results back in order; lines travel in batches of up to 16. At most 256 lines (`--window`) and
//! 32 MiB of input (`--window-bytes`) are between reading and writing at any time, so
//! memory stays bounded whatever the size of the corpus; a line larger than the byte
//! window still goes through, alone. The output does not depend on the number of threads
//! or the window. `--max-text-bytes N` turns texts longer than N bytes into error records,
//! a guard for soak runs over untrusted input. A progress line goes to standard error
//! about once a second, and a summary at the end; `--quiet` silences both.
//!
//! Exit status: 0 when every line was read and written (error records included), 1 when
//! an input could not be read or the output could not be written, 2 on bad arguments.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use mawqif::{Analysis, Date, Extractor};

/// mimalloc rather than the system allocator: with glibc's, two workers that allocate
/// and free an analysis per line slowed each other down (two workers took 15 % more CPU
/// time than one for the same lines; with mimalloc, the same or less).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use serde::Serialize;
use serde_json::Value;

/// How many lines may be read but not yet written, unless `--window` says otherwise.
const MAX_LINES_IN_FLIGHT: usize = 256;
/// How many bytes of input may be read but not yet written, unless `--window-bytes` says
/// otherwise.
const MAX_BYTES_IN_FLIGHT: usize = 32 << 20;
/// Lines are handed to the workers, and back to the writer, in batches of at most this
/// many lines and bytes: one hand-over per line would cost a thread wake-up each.
const BATCH_LINES: usize = 16;
const BATCH_BYTES: usize = 256 << 10;
/// How often the progress line is printed.
const PROGRESS_EVERY: Duration = Duration::from_secs(1);

const USAGE: &str = "usage: corpus [OPTIONS] [PATH ...]
  PATH                   JSON Lines input, gzip allowed; '-' or none: standard input
  --threads N            worker threads (default and 0: one per core)
  --output PATH          where to write the results (default: standard output)
  --quiet                no progress line, no summary
  --max-text-bytes N     texts longer than N bytes get an error record instead of an
                         analysis (default: no limit)
  --window LINES         at most LINES lines read but not yet written (default 256)
  --window-bytes BYTES   at most BYTES bytes of input read but not yet written
                         (default 32 MiB; a longer line still goes through, alone)";

/// The command line, parsed.
struct Options {
    threads: usize,
    output: Option<String>,
    quiet: bool,
    max_text_bytes: Option<usize>,
    window_lines: usize,
    window_bytes: usize,
    inputs: Vec<String>,
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args().skip(1)) {
        Ok(Some(o)) => o,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("corpus: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let output: Box<dyn Write> = match &options.output {
        None => Box::new(io::stdout().lock()),
        Some(path) => match File::create(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                eprintln!("corpus: {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let threads = match options.threads {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    };
    // Build the extractor before the clock starts: the summary measures analysis.
    let extractor = Extractor::bundled();
    let stats = run(
        &extractor,
        &options,
        threads,
        BufWriter::with_capacity(1 << 20, output),
    );
    if !options.quiet {
        eprintln!("corpus: done: {}", stats.progress.summary(threads));
    }
    for e in &stats.failures {
        eprintln!("corpus: {e}");
    }
    if stats.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Parses the arguments; `Ok(None)` asks for the usage text.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options {
        threads: 0,
        output: None,
        quiet: false,
        max_text_bytes: None,
        window_lines: MAX_LINES_IN_FLIGHT,
        window_bytes: MAX_BYTES_IN_FLIGHT,
        inputs: Vec::new(),
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--quiet" | "-q" => options.quiet = true,
            "--threads" | "-j" => options.threads = number(&mut args, &arg)?,
            "--max-text-bytes" => options.max_text_bytes = Some(number(&mut args, &arg)?),
            "--window" => options.window_lines = number(&mut args, &arg)?.max(1),
            "--window-bytes" => options.window_bytes = number(&mut args, &arg)?,
            "--output" | "-o" => {
                options.output = Some(args.next().ok_or("--output needs a path")?);
            }
            "--" => options.inputs.extend(args.by_ref()),
            "-" => options.inputs.push(arg),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg:?}")),
            _ => options.inputs.push(arg),
        }
    }
    if options.inputs.is_empty() {
        options.inputs.push("-".to_string());
    }
    Ok(Some(options))
}

/// The value of option `name`: the next argument, a number.
fn number(args: &mut impl Iterator<Item = String>, name: &str) -> Result<usize, String> {
    let value = args.next().ok_or(format!("{name} needs a number"))?;
    value
        .parse()
        .map_err(|_| format!("{name}: not a number: {value:?}"))
}

/// One input line on its way to a worker.
struct Job {
    /// The index of the batch's first line; the others follow it.
    index: u64,
    lines: Vec<Line>,
}

/// One input line.
struct Line {
    /// The line's bytes, without its `\n`.
    bytes: Vec<u8>,
    /// Whether it is the first line of its input, where a byte-order mark may sit.
    first: bool,
    /// Bytes read for it, `\n` included: what the budget and the MB counts use.
    size: usize,
}

/// The records of a batch, in its order.
struct Done {
    index: u64,
    records: Vec<Output>,
}

/// One output record.
struct Output {
    /// The serialized record, `\n` included.
    record: Vec<u8>,
    is_error: bool,
    size: usize,
}

/// What a run did.
struct RunStats {
    progress: Progress,
    /// Inputs that could not be read, output that could not be written.
    failures: Vec<String>,
}

/// Reads, analyzes and writes everything; see the module documentation for the shape.
fn run(extractor: &Extractor, options: &Options, threads: usize, mut out: impl Write) -> RunStats {
    let budget = Budget::new(options.window_lines, options.window_bytes);
    let (job_tx, job_rx) = mpsc::channel::<Job>();
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    let mut progress = Progress::new(options.quiet);
    let mut failures = Vec::new();

    std::thread::scope(|scope| {
        let reader = scope.spawn(|| read_inputs(&options.inputs, &budget, job_tx));
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let (job_rx, budget) = (&job_rx, &budget);
            let limit = options.max_text_bytes;
            scope.spawn(move || work(extractor, limit, job_rx, done_tx, budget));
        }
        // The workers hold the only senders now, so `done_rx` ends when they all have.
        drop(done_tx);
        if let Err(e) = write_in_order(&done_rx, &budget, &mut progress, &mut out) {
            failures.push(format!("writing the output: {e}"));
            // Stop the reader and, through their closed channels, the workers.
            budget.close();
        }
        drop(done_rx);
        match reader.join() {
            Ok(errors) => failures.extend(errors),
            Err(_) => failures.push("the reader thread panicked".to_string()),
        }
    });
    RunStats { progress, failures }
}

/// The reader thread: sends every line of every input, in order, as the budget allows.
/// Returns the inputs it could not read.
fn read_inputs(inputs: &[String], budget: &Budget, jobs: Sender<Job>) -> Vec<String> {
    let mut errors = Vec::new();
    let mut batch = Batcher {
        jobs,
        next_index: 0,
        lines: Vec::new(),
        bytes: 0,
    };
    for path in inputs {
        let mut input = match open_input(path) {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!("{path}: {e}"));
                continue;
            }
        };
        let mut first = true;
        loop {
            // Read as bytes: a line that is not UTF-8 is that line's error, not the run's.
            let mut line = Vec::new();
            let read = input.read_until(b'\n', &mut line);
            if let Err(e) = &read {
                errors.push(format!("{path}: {e}"));
            }
            // A read error keeps what was read so far; it goes out as a (truncated) line
            // so that no line read is lost.
            if line.is_empty() {
                break;
            }
            let size = line.len();
            if line.last() == Some(&b'\n') {
                line.pop();
            }
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            // Hand over what is batched before waiting for room: the room it waits for
            // is freed by writing those very lines.
            if !budget.try_acquire(size) && (!batch.send() || !budget.acquire(size)) {
                return errors;
            }
            batch.lines.push(Line {
                bytes: line,
                first,
                size,
            });
            batch.bytes += size;
            if (batch.lines.len() >= BATCH_LINES || batch.bytes >= BATCH_BYTES) && !batch.send() {
                return errors;
            }
            first = false;
            if read.is_err() {
                break;
            }
        }
    }
    batch.send();
    errors
}

/// The lines read but not yet handed to the workers.
struct Batcher {
    jobs: Sender<Job>,
    next_index: u64,
    lines: Vec<Line>,
    bytes: usize,
}

impl Batcher {
    /// Hands the batch over, if any; false when nobody takes jobs any more.
    fn send(&mut self) -> bool {
        if self.lines.is_empty() {
            return true;
        }
        let lines = std::mem::take(&mut self.lines);
        let index = self.next_index;
        self.next_index += lines.len() as u64;
        self.bytes = 0;
        self.jobs.send(Job { index, lines }).is_ok()
    }
}

/// Opens a path (`-`: standard input), decompressing it when it starts like gzip.
fn open_input(path: &str) -> io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if path == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path)?)
    };
    let mut buffered = BufReader::with_capacity(1 << 20, raw);
    // Sniff rather than trust the extension: JSON text never starts with 0x1f.
    let gzip = buffered.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gzip {
        // Multi-member, as `cat a.gz b.gz` and bgzip produce.
        Box::new(BufReader::with_capacity(
            1 << 20,
            flate2::read::MultiGzDecoder::new(buffered),
        ))
    } else {
        Box::new(buffered)
    })
}

/// A worker thread: analyzes lines until there are none left or nobody listens.
fn work(
    extractor: &Extractor,
    max_text_bytes: Option<usize>,
    jobs: &Mutex<Receiver<Job>>,
    done: Sender<Done>,
    budget: &Budget,
) {
    loop {
        // The lock is held only to take the next job, never while analyzing.
        let job = match jobs.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok(job) = job else { return };
        if budget.is_closed() {
            return;
        }
        let records = job
            .lines
            .into_iter()
            .map(|line| {
                let (record, is_error) =
                    process_line(extractor, max_text_bytes, line.bytes, line.first);
                Output {
                    record,
                    is_error,
                    size: line.size,
                }
            })
            .collect();
        let done_batch = Done {
            index: job.index,
            records,
        };
        if done.send(done_batch).is_err() {
            return;
        }
    }
}

/// An output record: exactly one of `analysis` and `error` is present.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    analysis: Option<&'a Analysis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// Turns one input line into its output record (with its `\n`); the flag says whether it
/// is an error record.
fn process_line(
    extractor: &Extractor,
    max_text_bytes: Option<usize>,
    mut line: Vec<u8>,
    first: bool,
) -> (Vec<u8>, bool) {
    if first && line.starts_with(b"\xEF\xBB\xBF") {
        line.drain(..3);
    }
    let (id, outcome) = analyze_line(extractor, max_text_bytes, line);
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
    let mut bytes = serde_json::to_vec(&record).unwrap_or_else(|e| {
        // Unreachable with serde_json's own `Value` and the library's derived types, but
        // a line must come out whatever happens.
        let message = format!("could not serialize the result: {e}");
        serde_json::to_vec(&Record {
            id: &id,
            analysis: None,
            error: Some(&message),
        })
        .unwrap_or_else(|_| br#"{"id":null,"error":"could not serialize the result"}"#.to_vec())
    });
    bytes.push(b'\n');
    (bytes, outcome.is_err())
}

/// Reads and analyzes one line: its id (`null` when unreadable) and its analysis or what
/// was wrong with it.
fn analyze_line(
    extractor: &Extractor,
    max_text_bytes: Option<usize>,
    line: Vec<u8>,
) -> (Value, Result<Analysis, String>) {
    if line.iter().all(u8::is_ascii_whitespace) {
        return (Value::Null, Err("empty line".to_string()));
    }
    let json = match String::from_utf8(line) {
        Ok(t) => t,
        Err(e) => {
            let valid_up_to = e.utf8_error().valid_up_to();
            // Still try for the id, so that the error can be traced back to its article.
            let lossy = String::from_utf8_lossy(e.as_bytes());
            let id = serde_json::from_str::<Value>(&lossy)
                .ok()
                .and_then(|mut v| v.get_mut("id").map(Value::take))
                .unwrap_or(Value::Null);
            return (id, Err(format!("invalid UTF-8 at byte {valid_up_to}")));
        }
    };
    let parsed = serde_json::from_str::<Value>(&json);
    // The parsed value holds its own copy of the text: free the line before analyzing.
    drop(json);
    let mut value = match parsed {
        Ok(v) => v,
        Err(e) => return (Value::Null, Err(format!("invalid JSON: {e}"))),
    };
    let Some(object) = value.as_object_mut() else {
        return (
            Value::Null,
            Err(format!("not a JSON object but {}", kind_of(&value))),
        );
    };
    let id = object.remove("id").unwrap_or(Value::Null);
    let text = match object.get("text") {
        Some(Value::String(t)) => t,
        Some(other) => {
            let message = format!("field \"text\" is {}, not a string", kind_of(other));
            return (id, Err(message));
        }
        None => return (id, Err("missing field \"text\"".to_string())),
    };
    if let Some(max) = max_text_bytes.filter(|&max| text.len() > max) {
        let message = format!("text of {} bytes, over --max-text-bytes {max}", text.len());
        return (id, Err(message));
    }
    // A date that does not parse is no reason to drop the article: analyze it undated.
    let date = match object.get("date") {
        Some(Value::String(d)) => d.parse::<Date>().ok(),
        _ => None,
    };
    // The library promises not to panic; should it break that promise, the line still
    // gets its record and the run goes on.
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

/// The writer (the main thread): writes records in input order as they arrive, freeing
/// their budget once written, and reports progress.
fn write_in_order(
    done: &Receiver<Done>,
    budget: &Budget,
    progress: &mut Progress,
    out: &mut impl Write,
) -> io::Result<()> {
    // Records that arrived before some earlier one; bounded by the budget.
    let mut waiting: BTreeMap<u64, Done> = BTreeMap::new();
    let mut next = 0u64;
    loop {
        // Wake up at least once a second so that progress shows during a long line.
        match done.recv_timeout(PROGRESS_EVERY) {
            Ok(d) => {
                waiting.insert(d.index, d);
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
        while let Some(d) = waiting.remove(&next) {
            let mut bytes = 0;
            for r in &d.records {
                out.write_all(&r.record)?;
                progress.add(r.size, r.is_error);
                bytes += r.size;
            }
            budget.release(d.records.len(), bytes);
            next += d.records.len() as u64;
        }
        progress.tick();
    }
    out.flush()?;
    // Left-overs would mean a gap in the indexes: a worker died between taking a line
    // and sending it back. Never expected, but say so rather than drop lines silently.
    if let Some(first) = waiting.keys().next() {
        return Err(io::Error::other(format!(
            "line {} never came back from the workers",
            next.min(*first) + 1
        )));
    }
    Ok(())
}

/// The bound on what is in flight: lines read and not yet written, and their bytes.
struct Budget {
    max_lines: usize,
    max_bytes: usize,
    state: Mutex<BudgetState>,
    freed: Condvar,
    closed: AtomicBool,
}

#[derive(Default)]
struct BudgetState {
    lines: usize,
    bytes: usize,
}

impl Budget {
    fn new(max_lines: usize, max_bytes: usize) -> Budget {
        Budget {
            max_lines,
            max_bytes,
            state: Mutex::new(BudgetState::default()),
            freed: Condvar::new(),
            closed: AtomicBool::new(false),
        }
    }

    /// Waits until a line of `bytes` fits, and takes its room; false once closed.
    /// A line too big for the whole budget is let in when nothing else is in flight.
    fn acquire(&self, bytes: usize) -> bool {
        let Ok(mut state) = self.state.lock() else {
            return false;
        };
        loop {
            if self.is_closed() {
                return false;
            }
            if self.take(&mut state, bytes) {
                return true;
            }
            state = match self.freed.wait(state) {
                Ok(s) => s,
                Err(_) => return false,
            };
        }
    }

    /// Takes the room of a line of `bytes` if it fits now, without waiting.
    fn try_acquire(&self, bytes: usize) -> bool {
        match self.state.lock() {
            Ok(mut state) => !self.is_closed() && self.take(&mut state, bytes),
            Err(_) => false,
        }
    }

    fn take(&self, state: &mut BudgetState, bytes: usize) -> bool {
        let fits = state.lines < self.max_lines && state.bytes + bytes <= self.max_bytes;
        if state.lines == 0 || fits {
            state.lines += 1;
            state.bytes += bytes;
            return true;
        }
        false
    }

    /// Gives back the room of `lines` lines of `bytes` in all that have been written.
    fn release(&self, lines: usize, bytes: usize) {
        if let Ok(mut state) = self.state.lock() {
            state.lines -= lines;
            state.bytes -= bytes;
        }
        self.freed.notify_one();
    }

    /// Makes every `acquire`, waiting or to come, fail.
    fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        // Take the lock so that a reader between its check and its wait cannot miss this.
        drop(self.state.lock());
        self.freed.notify_all();
    }

    fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }
}

/// Counts what has been written and prints it.
struct Progress {
    quiet: bool,
    start: Instant,
    last_print: Instant,
    articles: u64,
    errors: u64,
    bytes: u64,
}

impl Progress {
    fn new(quiet: bool) -> Progress {
        let now = Instant::now();
        Progress {
            quiet,
            start: now,
            last_print: now,
            articles: 0,
            errors: 0,
            bytes: 0,
        }
    }

    fn add(&mut self, bytes: usize, is_error: bool) {
        self.articles += 1;
        self.errors += u64::from(is_error);
        self.bytes += bytes as u64;
    }

    /// Prints the progress line when a second has passed since the last one.
    fn tick(&mut self) {
        if self.quiet || self.last_print.elapsed() < PROGRESS_EVERY {
            return;
        }
        self.last_print = Instant::now();
        eprintln!("corpus: {}", self.line());
    }

    /// Articles, errors, MB (10^6 bytes of uncompressed input) and their rates.
    fn line(&self) -> String {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        format!(
            "{} articles ({} errors), {:.1} MB in {:.1} s: {:.0} articles/s, {:.2} MB/s",
            self.articles,
            self.errors,
            mb,
            secs,
            self.articles as f64 / secs,
            mb / secs
        )
    }

    fn summary(&self, threads: usize) -> String {
        format!("{}, {threads} threads", self.line())
    }
}
