//! `mawqif corpus`: JSON Lines in, JSON Lines (or CSV, TSV) out, on every core.
//!
//! ```text
//! mawqif corpus < in.jsonl > out.jsonl
//! mawqif corpus --threads 2 --output out.jsonl news.jsonl.gz more.jsonl
//! mawqif corpus --format csv news.jsonl.gz > stances.csv
//! ```
//!
//! Each input line `{"id": ..., "text": "...", "date": "YYYY-MM-DD..."}` (`id` and `date`
//! optional) gives exactly one output record, in input order: `{"id": ..., "analysis":
//! {...}}`, or `{"id": ..., "error": "what was wrong"}` when the line is not valid JSON,
//! not an object, lacks a string `text`, is not UTF-8 or is over a limit. A `date` that
//! is not a date gives the analysis record a `warning` saying so. The `id` comes back exactly as written, whatever its JSON type
//! (`null` when it cannot be read). Files are read in the order given, standard input
//! when there are none (or for `-`); gzip input (any input starting with a valid gzip
//! header) is decompressed on the fly.
//!
//! The run is a pipeline: one thread reads lines, `--threads` workers analyze them, the
//! main thread writes the results back in order; lines travel in batches of up to 16. At
//! most 256 lines (`--window`) and 32 MiB of input (`--window-bytes`) are between reading
//! and writing at any time, so memory stays bounded whatever the size of the corpus; a
//! line larger than the byte window still goes through, alone. A line longer than
//! `--max-line-bytes` is skipped while it is read, never held in memory whole, and gets an
//! error record. The output does not depend on the number of threads or the window.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Condvar, Mutex};
use std::time::{Duration, Instant};

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::value::RawValue;

use super::table::{self, Rows, Separator};
use super::{parse_date, print_text, usage_error, warn};
use crate::{Analysis, Date, Extractor};

const COMMAND: &str = "corpus";

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
/// Workers per core at most: more only add memory and contention.
const THREADS_PER_CORE_MAX: usize = 4;
/// What `--max-text-bytes N` allows a line beyond its text: JSON escapes take up to six
/// bytes per byte of text (`\u0001`), and the other fields some room of their own.
const LINE_BYTES_PER_TEXT_BYTE: usize = 6;
const LINE_BYTES_BEYOND_TEXT: usize = 64 << 10;

/// The `--help` text.
pub const HELP: &str = "\
usage: mawqif corpus [OPTIONS] [PATH ...]

Analyzes a corpus, one article a line, on every core, and writes one record per input
line, in input order.

Input: JSON Lines files, gzipped or not (recognized by their first bytes), read in the
order given; `-`, or no PATH when standard input is piped or redirected: standard
input. Each line is a JSON object
  {\"id\": ANY, \"text\": \"the article\", \"date\": \"2015-07-21\"}
`text` is required; `id` (any JSON value, written back exactly as given) and `date` are
optional. DATE: YYYY-MM-DD, optionally followed by a time after a space or a T
(2015-07-21 02:51:32, 2015-07-21T02:51:32Z); role phrases resolve to the holder on it.

Output (`--output PATH`, default standard output), `--format`:
  json (default)  one line per input line: {\"id\": ..., \"analysis\": {...}} or
                  {\"id\": ..., \"error\": \"what was wrong\"} (bad JSON, no string text,
                  invalid UTF-8, a line over a limit). A `date` that is not a date is
                  reported in the record, {..., \"warning\": \"...\"}, and the text
                  analyzed without a date. docs/FORMAT.md.
  csv, tsv        event data, a header row then one row per stance: id, date, actor,
                  actor_name, actor_kind, label, cameo, cameo_name, target,
                  target_actor, score, evidence, rules. With `--rows quotes`, one row per
                  quote: id, date, speaker, speaker_name, speaker_kind, kind, cue,
                  content, content_start, content_end, source. CSV quotes as RFC 4180;
                  TSV turns tabs and line breaks inside fields into spaces. Lines that
                  give an error record in JSON give no row: they are reported on
                  standard error with their line number, and so are warnings.

Options:
  -j, --threads N         worker threads (default, and 0: one per core; at most four per
                          core, a larger N is lowered, saying so)
  -o, --output PATH       where to write (default: standard output); never an input
  --format FORMAT         json, csv or tsv
  --rows ROWS             with csv or tsv: stances (default) or quotes
  -q, --quiet             no progress line, no summary (errors are still reported)
  --max-text-bytes N      a text longer than N bytes gets an error record instead of an
                          analysis; lines longer than 6 × N + 64 KiB are skipped unread
  --max-line-bytes N      a line longer than N bytes is skipped while it is read (memory
                          stays bounded) and gets an error record
  --window LINES          at most LINES lines read but not yet written (default 256)
  --window-bytes BYTES    at most BYTES bytes of input read but not yet written
                          (default 32 MiB; a longer line still goes through, alone)
  -h, --help              this text

Standard error: a progress line about once a second, then after any errors a summary.

Exit status: 0 when every line was read and written (error records included, and also
when the reader of the output stops early, as `| head` does); 1 an input could not be
read or the output not written; 2 a usage error (unknown option, bad number, an output
that is also an input).";

/// What the records are written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Table(Separator),
}

/// The command line, parsed.
struct Options {
    threads: usize,
    output: Option<String>,
    quiet: bool,
    max_text_bytes: Option<usize>,
    max_line_bytes: Option<usize>,
    window_lines: usize,
    window_bytes: usize,
    format: Format,
    rows: Rows,
    inputs: Vec<String>,
}

impl Options {
    /// The longest line read whole: `--max-line-bytes`, else what `--max-text-bytes`
    /// implies, else no limit.
    fn line_limit(&self) -> Option<(usize, String)> {
        if let Some(n) = self.max_line_bytes {
            return Some((n, format!("--max-line-bytes {n}")));
        }
        self.max_text_bytes.map(|n| {
            let limit = n
                .saturating_mul(LINE_BYTES_PER_TEXT_BYTE)
                .saturating_add(LINE_BYTES_BEYOND_TEXT);
            (
                limit,
                format!("{limit} bytes, the line limit of --max-text-bytes {n}"),
            )
        })
    }
}

/// Runs `mawqif corpus` with these arguments (without the command name).
pub fn main(args: Vec<String>) -> ExitCode {
    let options = match parse_args(args.into_iter()) {
        Ok(Some(o)) => o,
        Ok(None) => return print_text(HELP),
        Err(message) => return usage_error(COMMAND, &message),
    };
    if let Some(output) = &options.output {
        if let Some(input) = options
            .inputs
            .iter()
            .find(|i| *i != "-" && same_file(Path::new(i), Path::new(output)))
        {
            return usage_error(
                COMMAND,
                &format!(
                    "--output {output:?} is also an input ({input:?}): writing would empty it before it is read"
                ),
            );
        }
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let most = cores * THREADS_PER_CORE_MAX;
    let threads = match options.threads {
        0 => cores,
        n if n > most => {
            warn(
                COMMAND,
                &format!(
                    "--threads {n} lowered to {most} ({THREADS_PER_CORE_MAX} per core, {cores} {})",
                    plural(cores, "core")
                ),
            );
            most
        }
        n => n,
    };
    let output: Box<dyn Write> = match options.output.as_deref() {
        None | Some("-") => Box::new(io::stdout().lock()),
        Some(path) => match File::create(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                warn(COMMAND, &format!("{path}: {e}"));
                return ExitCode::FAILURE;
            }
        },
    };
    // Build the extractor before the clock starts: the summary measures analysis.
    let extractor = Extractor::bundled();
    let stats = run(
        &extractor,
        &options,
        threads,
        BufWriter::with_capacity(1 << 20, output),
    );
    // Errors first, the summary last, where a reader looks for it.
    let broken_pipe = stats.failures.iter().all(|f| f.broken_pipe);
    for f in stats.failures.iter().filter(|f| !f.broken_pipe) {
        warn(COMMAND, &f.message);
    }
    if !options.quiet && stats.failures.is_empty() {
        warn(
            COMMAND,
            &format!("done: {}", stats.progress.summary(threads)),
        );
    } else if !options.quiet {
        warn(
            COMMAND,
            &format!("stopped: {}", stats.progress.summary(threads)),
        );
    }
    if stats.failures.is_empty() || broken_pipe {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// "1 thread", "2 threads".
fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        what.to_string()
    } else {
        format!("{what}s")
    }
}

/// Whether two paths name the same existing file.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        match (a.canonicalize(), b.canonicalize()) {
            (Ok(x), Ok(y)) => x == y,
            _ => false,
        }
    }
}

/// Parses the arguments; `Ok(None)` asks for the help text.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options {
        threads: 0,
        output: None,
        quiet: false,
        max_text_bytes: None,
        max_line_bytes: None,
        window_lines: MAX_LINES_IN_FLIGHT,
        window_bytes: MAX_BYTES_IN_FLIGHT,
        format: Format::Json,
        rows: Rows::Stances,
        inputs: Vec::new(),
    };
    let mut rows_given = false;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--quiet" | "-q" => options.quiet = true,
            "--threads" | "-j" => options.threads = number(&mut args, &arg)?,
            "--max-text-bytes" => options.max_text_bytes = Some(number(&mut args, &arg)?),
            "--max-line-bytes" => options.max_line_bytes = Some(number(&mut args, &arg)?),
            "--window" => options.window_lines = number(&mut args, &arg)?.max(1),
            "--window-bytes" => options.window_bytes = number(&mut args, &arg)?,
            "--output" | "-o" => {
                options.output = Some(super::value_of(&mut args, &arg, "a path")?);
            }
            "--format" => {
                let value = super::value_of(&mut args, &arg, "json, csv or tsv")?;
                options.format = match value.to_ascii_lowercase().as_str() {
                    "json" | "jsonl" => Format::Json,
                    "csv" => Format::Table(Separator::Comma),
                    "tsv" => Format::Table(Separator::Tab),
                    _ => return Err(format!("--format {value:?}: expected json, csv or tsv")),
                };
            }
            "--rows" => {
                let value = super::value_of(&mut args, &arg, "stances or quotes")?;
                options.rows = value.parse()?;
                rows_given = true;
            }
            "--" => options.inputs.extend(args.by_ref()),
            "-" => options.inputs.push(arg),
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg:?}")),
            _ => options.inputs.push(arg),
        }
    }
    if rows_given && options.format == Format::Json {
        return Err("--rows goes with --format csv or tsv".to_string());
    }
    if options.inputs.is_empty() {
        // A terminal is no corpus: waiting for one to be typed would look like a hang.
        if io::stdin().is_terminal() {
            return Err(
                "no input: give JSON Lines files, or pipe them in (mawqif corpus < in.jsonl)"
                    .to_string(),
            );
        }
        options.inputs.push("-".to_string());
    }
    Ok(Some(options))
}

/// The value of option `name`: the next argument, a number.
fn number(args: &mut impl Iterator<Item = String>, name: &str) -> Result<usize, String> {
    let value = super::value_of(args, name, "a number")?;
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
    /// The line's bytes, without its line end; for a line over the limit, its first bytes.
    bytes: Vec<u8>,
    /// Whether it is the first line of its input, where a byte-order mark may sit.
    first: bool,
    /// Bytes read for it, line end included: what the MB counts use.
    size: u64,
    /// For a line skipped for its length: the limit it broke.
    over_limit: Option<String>,
}

/// The records of a batch, in its order.
struct Done {
    index: u64,
    records: Vec<Output>,
}

/// One output record.
struct Output {
    /// The serialized record (or rows), line ends included.
    record: Vec<u8>,
    /// What was wrong with the line, if anything.
    error: Option<String>,
    /// What was wrong with a line that was analyzed nevertheless.
    warning: Option<String>,
    /// The input line's size in bytes.
    size: u64,
    /// The bytes of it held in memory, what the budget counts.
    held: usize,
}

/// Something that made the run fail.
struct Failure {
    message: String,
    /// The reader of the output went away: not a failure of the run's own.
    broken_pipe: bool,
}

impl Failure {
    fn new(message: String) -> Failure {
        Failure {
            message,
            broken_pipe: false,
        }
    }
}

/// What a run did.
struct RunStats {
    progress: Progress,
    /// Inputs that could not be read, output that could not be written.
    failures: Vec<Failure>,
}

/// Reads, analyzes and writes everything; see the module documentation for the shape.
fn run(extractor: &Extractor, options: &Options, threads: usize, mut out: impl Write) -> RunStats {
    let budget = Budget::new(options.window_lines, options.window_bytes);
    let (job_tx, job_rx) = mpsc::channel::<Job>();
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    let mut progress = Progress::new(options.quiet);
    let mut failures = Vec::new();
    let line_limit = options.line_limit();
    let render = Render {
        format: options.format,
        rows: options.rows,
        max_text_bytes: options.max_text_bytes,
    };

    std::thread::scope(|scope| {
        let reader = scope.spawn(|| read_inputs(&options.inputs, line_limit, &budget, job_tx));
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let (job_rx, budget, render) = (&job_rx, &budget, &render);
            scope.spawn(move || work(extractor, render, job_rx, done_tx, budget));
        }
        // The workers hold the only senders now, so `done_rx` ends when they all have.
        drop(done_tx);
        let header = match options.format {
            Format::Json => Vec::new(),
            Format::Table(sep) => table::header(options.rows, sep),
        };
        let written = out.write_all(&header).and_then(|()| {
            write_in_order(&done_rx, &budget, &mut progress, options.format, &mut out)
        });
        if let Err(e) = written {
            failures.push(Failure {
                message: format!("writing the output: {e}"),
                broken_pipe: e.kind() == io::ErrorKind::BrokenPipe,
            });
            // Stop the reader and, through their closed channels, the workers.
            budget.close();
        }
        drop(done_rx);
        match reader.join() {
            Ok(errors) => failures.extend(errors.into_iter().map(Failure::new)),
            Err(_) => failures.push(Failure::new("the reader thread panicked".to_string())),
        }
    });
    RunStats { progress, failures }
}

/// The reader thread: sends every line of every input, in order, as the budget allows.
/// Returns the inputs it could not read.
fn read_inputs(
    inputs: &[String],
    line_limit: Option<(usize, String)>,
    budget: &Budget,
    jobs: Sender<Job>,
) -> Vec<String> {
    let mut errors = Vec::new();
    let mut batch = Batcher {
        jobs,
        next_index: 0,
        lines: Vec::new(),
        bytes: 0,
    };
    let limit = line_limit.as_ref().map_or(usize::MAX, |(n, _)| *n);
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
            let read = read_line_bounded(&mut *input, &mut line, limit);
            let failed = read.is_err();
            let (size, over) = match read {
                Ok(r) => r,
                Err((r, e)) => {
                    errors.push(format!("{path}: {e}"));
                    r
                }
            };
            // A read error keeps what was read so far; it goes out as a (truncated) line
            // so that no line read is lost.
            if size == 0 {
                break;
            }
            if !over {
                if line.last() == Some(&b'\n') {
                    line.pop();
                }
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
            }
            let held = line.len();
            // Hand over what is batched before waiting for room: the room it waits for
            // is freed by writing those very lines.
            if !budget.try_acquire(held) && (!batch.send() || !budget.acquire(held)) {
                return errors;
            }
            batch.lines.push(Line {
                bytes: line,
                first,
                size,
                over_limit: over
                    .then(|| line_limit.as_ref().map(|(_, n)| n.clone()))
                    .flatten(),
            });
            batch.bytes += held;
            if (batch.lines.len() >= BATCH_LINES || batch.bytes >= BATCH_BYTES) && !batch.send() {
                return errors;
            }
            first = false;
            if failed {
                break;
            }
        }
    }
    batch.send();
    errors
}

/// Reads one line, its `\n` included, into `line`, keeping at most `limit` bytes of it
/// (and its line end): returns the bytes read, 0 at the end of the input, and whether
/// the line, without its line end, was longer than `limit`. The rest of such a line is
/// read and dropped, so memory stays bounded by the limit. On an error, what was read
/// so far comes with it.
pub(super) fn read_line_bounded(
    input: &mut dyn BufRead,
    line: &mut Vec<u8>,
    limit: usize,
) -> Result<(u64, bool), ((u64, bool), io::Error)> {
    let keep = limit.saturating_add(2);
    let mut total = 0u64;
    let mut ended = false;
    let over = |total: u64, ended: bool| total.saturating_sub(u64::from(ended)) > limit as u64;
    while !ended {
        let available = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(((total, over(total, false)), e)),
        };
        if available.is_empty() {
            break;
        }
        let (chunk, end) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let room = keep.saturating_sub(line.len());
        line.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let n = chunk.len();
        input.consume(n);
        total += n as u64;
        ended = end;
    }
    Ok((total, over(total, ended)))
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

/// The gzip magic bytes.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Opens a path (`-`: standard input), decompressing it when it starts with a valid gzip
/// header.
pub(super) fn open_input(path: &str) -> io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if path == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(File::open(path)?)
    };
    let mut buffered = BufReader::with_capacity(1 << 20, raw);
    // Sniff rather than trust the extension: JSON text never starts with 0x1f.
    let head = buffered.fill_buf()?;
    if !head.starts_with(&GZIP_MAGIC) {
        return Ok(Box::new(buffered));
    }
    // Two magic bytes are no proof: a stream that does not decode from its first bytes
    // is read as lines, and its first line gets the error record.
    let mut probe = flate2::read::GzDecoder::new(head);
    if let Err(e) = probe.read(&mut [0u8; 1]) {
        let name = if path == "-" { "standard input" } else { path };
        warn(
            COMMAND,
            &format!("{name}: starts with the gzip magic bytes but is not gzip ({e}): read as JSON Lines"),
        );
        return Ok(Box::new(buffered));
    }
    // Multi-member, as `cat a.gz b.gz` and bgzip produce.
    Ok(Box::new(BufReader::with_capacity(
        1 << 20,
        flate2::read::MultiGzDecoder::new(buffered),
    )))
}

/// How workers turn lines into records.
struct Render {
    format: Format,
    rows: Rows,
    max_text_bytes: Option<usize>,
}

/// A worker thread: analyzes lines until there are none left or nobody listens.
fn work(
    extractor: &Extractor,
    render: &Render,
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
                let (size, held) = (line.size, line.bytes.len());
                let parsed = match line.over_limit {
                    Some(limit) => ParsedLine {
                        id: id_from_prefix(&line.bytes),
                        warning: None,
                        date: None,
                        outcome: Err(format!(
                            "line of {} bytes, over {limit}: skipped while reading, never held whole",
                            line.size
                        )),
                    },
                    None => {
                        parse_and_analyze(extractor, render.max_text_bytes, line.bytes, line.first)
                    }
                };
                let record = match render.format {
                    Format::Json => json_record(&parsed),
                    Format::Table(sep) => match &parsed.outcome {
                        Ok(analysis) => table::rows(
                            render.rows,
                            sep,
                            parsed.id.as_deref(),
                            parsed.date,
                            analysis,
                        ),
                        Err(_) => Vec::new(),
                    },
                };
                Output {
                    record,
                    error: parsed.outcome.err(),
                    warning: parsed.warning,
                    size,
                    held,
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

/// The JSON Lines record of one input line, `\n` included: `{"id": ..., "analysis":
/// {...}}` or `{"id": ..., "error": "..."}`, as `mawqif corpus` writes it.
///
/// ```
/// let extractor = mawqif::Extractor::bundled();
/// let line = r#"{"id": 123456789012345678901234567890, "text": "أدانت مصر الهجوم."}"#;
/// let record = mawqif::cli::corpus::record(&extractor, line.as_bytes());
/// assert!(record.starts_with(br#"{"id":123456789012345678901234567890,"analysis":"#));
/// let bad = mawqif::cli::corpus::record(&extractor, br#"{"id": [1], "text": 5}"#);
/// assert_eq!(bad, b"{\"id\":[1],\"error\":\"field \\\"text\\\" is a number, not a string\"}\n");
/// ```
pub fn record(extractor: &Extractor, line: &[u8]) -> Vec<u8> {
    json_record(&parse_and_analyze(extractor, None, line.to_vec(), true))
}

/// An input line read and analyzed.
struct ParsedLine {
    /// The `id` exactly as written, `None` when absent or unreadable.
    id: Option<Box<RawValue>>,
    /// What was wrong with a line that was analyzed nevertheless (a bad date).
    warning: Option<String>,
    /// The line's date, when it has one.
    date: Option<Date>,
    /// The analysis, or what was wrong with the line.
    outcome: Result<Analysis, String>,
}

/// An output record: exactly one of `analysis` and `error` is present.
#[derive(Serialize)]
struct Record<'a> {
    id: Option<&'a RawValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    analysis: Option<&'a Analysis>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    warning: Option<&'a str>,
}

/// The JSON record of a line, `\n` included.
fn json_record(parsed: &ParsedLine) -> Vec<u8> {
    let id = parsed.id.as_deref();
    let record = match &parsed.outcome {
        Ok(analysis) => Record {
            id,
            analysis: Some(analysis),
            error: None,
            warning: parsed.warning.as_deref(),
        },
        Err(message) => Record {
            id,
            analysis: None,
            error: Some(message),
            warning: None,
        },
    };
    let mut bytes = serde_json::to_vec(&record).unwrap_or_else(|e| {
        // Unreachable with the library's derived types, but a line must come out
        // whatever happens.
        let message = format!("could not serialize the result: {e}");
        serde_json::to_vec(&Record {
            id,
            analysis: None,
            error: Some(&message),
            warning: None,
        })
        .unwrap_or_else(|_| br#"{"id":null,"error":"could not serialize the result"}"#.to_vec())
    });
    bytes.push(b'\n');
    bytes
}

/// The three fields a line may have, as written; every other field is skipped unread
/// (serde_json skips values without recursion, so no depth of nesting there can fail).
#[derive(Deserialize)]
struct LineFields<'a> {
    #[serde(borrow, default, deserialize_with = "present")]
    id: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    text: Option<&'a RawValue>,
    #[serde(borrow, default, deserialize_with = "present")]
    date: Option<&'a RawValue>,
}

/// The fields of a line that is a JSON object. (A derived struct would also take an
/// array, by position.)
fn read_fields(json: &str) -> Result<LineFields<'_>, serde_json::Error> {
    if !json.trim_start().starts_with('{') {
        return Err(serde::de::Error::custom("not a JSON object"));
    }
    serde_json::from_str::<LineFields>(json)
}

/// A field that is there, `null` included (`Option` alone would read `null` as absent).
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<&'de RawValue>, D::Error> {
    <&RawValue>::deserialize(d).map(Some)
}

/// Reads and analyzes one line.
fn parse_and_analyze(
    extractor: &Extractor,
    max_text_bytes: Option<usize>,
    line: Vec<u8>,
    first: bool,
) -> ParsedLine {
    let article = match read_article(max_text_bytes, line, first) {
        Ok(a) => a,
        Err((id, message)) => {
            return ParsedLine {
                id,
                warning: None,
                date: None,
                outcome: Err(message),
            }
        }
    };
    let outcome = analyze_guarded(extractor, &article.text, article.date);
    ParsedLine {
        id: article.id,
        warning: article.warning,
        date: article.date,
        outcome,
    }
}

/// The analysis of a text; should the library ever break its promise not to panic, the
/// panic's message instead, so that the line still gets its record and the run goes on.
pub(super) fn analyze_guarded(
    extractor: &Extractor,
    text: &str,
    date: Option<Date>,
) -> Result<Analysis, String> {
    catch_unwind(AssertUnwindSafe(|| extractor.analyze_dated(text, date))).map_err(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("internal error: the analysis panicked: {what}")
    })
}

/// One input line's article.
pub(super) struct Article {
    /// The `id` exactly as written, `None` when absent.
    pub(super) id: Option<Box<RawValue>>,
    pub(super) date: Option<Date>,
    pub(super) text: String,
    /// What was wrong but did not stop the analysis: a `date` that is not a date, and
    /// the article analyzed without one.
    pub(super) warning: Option<String>,
}

/// What was wrong with a line, and its id when it could be read.
pub(super) type LineError = (Option<Box<RawValue>>, String);

/// Reads one input line (without its line end; `first`: the first of its input, where a
/// byte-order mark may sit) into its article.
pub(super) fn read_article(
    max_text_bytes: Option<usize>,
    mut line: Vec<u8>,
    first: bool,
) -> Result<Article, LineError> {
    if first && line.starts_with(b"\xEF\xBB\xBF") {
        line.drain(..3);
    }
    if first && line.starts_with(&GZIP_MAGIC) {
        return Err((
            None,
            "starts with the gzip magic bytes but is not a gzip stream".to_string(),
        ));
    }
    if line.iter().all(u8::is_ascii_whitespace) {
        return Err((None, "empty line".to_string()));
    }
    let json = match String::from_utf8(line) {
        Ok(t) => t,
        Err(e) => {
            let valid_up_to = e.utf8_error().valid_up_to();
            // Still try for the id, so that the error can be traced back to its article.
            let lossy = String::from_utf8_lossy(e.as_bytes());
            let id = read_fields(&lossy)
                .ok()
                .and_then(|f| f.id.map(RawValue::to_owned));
            return Err((id, format!("invalid UTF-8 at byte {valid_up_to}")));
        }
    };
    let fields = match read_fields(&json) {
        Ok(f) => f,
        Err(e) => return Err((None, unreadable(&json, &e))),
    };
    let id = fields.id.map(RawValue::to_owned);
    let text = match fields.text {
        None => return Err((id, "missing field \"text\"".to_string())),
        Some(raw) => match serde_json::from_str::<String>(raw.get()) {
            Ok(t) => t,
            Err(_) => {
                let message = format!("field \"text\" is {}, not a string", kind_of(raw.get()));
                return Err((id, message));
            }
        },
    };
    // A bad date is reported, but the text is still worth its analysis: corpora write
    // dates in many forms (05/17/2015, 2015/05/17).
    let (date, warning) = match fields
        .date
        .map(|raw| (raw, serde_json::from_str::<Option<String>>(raw.get())))
    {
        None | Some((_, Ok(None))) => (None, None),
        Some((_, Ok(Some(d)))) => match parse_date(&d) {
            Ok(date) => (Some(date), None),
            Err(e) => (
                None,
                Some(format!("field \"date\": {e}; analyzed without a date")),
            ),
        },
        Some((raw, Err(_))) => {
            let what = kind_of(raw.get());
            let message =
                format!("field \"date\" is {what}, not a string; analyzed without a date");
            (None, Some(message))
        }
    };
    if let Some(max) = max_text_bytes.filter(|&max| text.len() > max) {
        let message = format!("text of {} bytes, over --max-text-bytes {max}", text.len());
        return Err((id, message));
    }
    Ok(Article {
        id,
        date,
        text,
        warning,
    })
}

/// What was wrong with a line that did not read as an object with the expected fields.
fn unreadable(json: &str, error: &serde_json::Error) -> String {
    if !json.trim_start().starts_with('{') {
        return match serde_json::from_str::<serde::de::IgnoredAny>(json) {
            Ok(_) => format!("not a JSON object but {}", kind_of(json)),
            Err(e) => format!("invalid JSON: {e}"),
        };
    }
    if error.is_data() {
        // Valid JSON, but not as a line may be: a field given twice.
        format!("unusable line: {error}")
    } else {
        format!("invalid JSON: {error}")
    }
}

/// The id of a line skipped for its length, when it comes first (`{"id": ...`): the
/// error record can then still be traced back to its article.
fn id_from_prefix(prefix: &[u8]) -> Option<Box<RawValue>> {
    let prefix = prefix.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(prefix);
    let text = match std::str::from_utf8(prefix) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&prefix[..e.valid_up_to()]).ok()?,
    };
    let rest = text.trim_start().strip_prefix('{')?.trim_start();
    let rest = rest
        .strip_prefix("\"id\"")?
        .trim_start()
        .strip_prefix(':')?;
    let mut values = serde_json::Deserializer::from_str(rest).into_iter::<&RawValue>();
    match values.next() {
        Some(Ok(raw)) => Some(raw.to_owned()),
        _ => None,
    }
}

/// "a number", "an array"...: for error messages, from the first byte of a JSON value.
fn kind_of(json: &str) -> &'static str {
    match json.trim_start().as_bytes().first() {
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        Some(b'"') => "a string",
        Some(b'[') => "an array",
        Some(b'{') => "an object",
        _ => "a number",
    }
}

/// The writer (the main thread): writes records in input order as they arrive, freeing
/// their budget once written, and reports progress.
fn write_in_order(
    done: &Receiver<Done>,
    budget: &Budget,
    progress: &mut Progress,
    format: Format,
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
            let mut held = 0;
            for (offset, r) in d.records.iter().enumerate() {
                out.write_all(&r.record)?;
                if let Format::Table(_) = format {
                    // No row can carry them: standard error does, with the line's number.
                    let number = d.index + offset as u64 + 1;
                    if let Some(error) = &r.error {
                        warn(COMMAND, &format!("input line {number}: {error}"));
                    }
                    if let Some(warning) = r.warning.as_ref().filter(|_| !progress.quiet) {
                        warn(COMMAND, &format!("input line {number}: {warning}"));
                    }
                }
                progress.add(r.size, r.error.is_some(), r.warning.is_some());
                held += r.held;
            }
            budget.release(d.records.len(), held);
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
    warnings: u64,
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
            warnings: 0,
            bytes: 0,
        }
    }

    fn add(&mut self, bytes: u64, is_error: bool, is_warned: bool) {
        self.warnings += u64::from(is_warned);
        self.articles += 1;
        self.errors += u64::from(is_error);
        self.bytes += bytes;
    }

    /// Prints the progress line when a second has passed since the last one.
    fn tick(&mut self) {
        if self.quiet || self.last_print.elapsed() < PROGRESS_EVERY {
            return;
        }
        self.last_print = Instant::now();
        warn(COMMAND, &self.line());
    }

    /// Articles, errors, MB (10^6 bytes of uncompressed input) and their rates.
    fn line(&self) -> String {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        format!(
            "{} {} ({} {}, {} {}), {:.1} MB in {:.1} s: {:.0} articles/s, {:.2} MB/s",
            self.articles,
            plural(self.articles as usize, "article"),
            self.errors,
            plural(self.errors as usize, "error"),
            self.warnings,
            plural(self.warnings as usize, "warning"),
            mb,
            secs,
            self.articles as f64 / secs,
            mb / secs
        )
    }

    fn summary(&self, threads: usize) -> String {
        format!("{}, {threads} {}", self.line(), plural(threads, "thread"))
    }
}
