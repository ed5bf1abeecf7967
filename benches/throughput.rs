//! Throughput of the pipeline, stage by stage, against a bare Aho-Corasick baseline.
//!
//! ```text
//! cargo bench --bench throughput                  # everything, a few minutes on 2 cores
//! cargo bench --bench throughput -- stage/        # only the stages
//! ```
//!
//! The texts: every 20th article of `../shared/corpus/news.jsonl.gz` (up to 2,000, about
//! 5 MB), when the file is there (`MAWQIF_BENCH_CORPUS` names another JSON Lines file,
//! gzipped or not); else the bundled sample article, repeated. Every benchmark but
//! `build` runs over all of them per iteration and reports the bytes of *original* text
//! per second, so the figures compare directly:
//!
//! - `stage/<name>`: [`Extractor::run_stage`], the pipeline up to and including that
//!   stage (stages are cumulative: a stage's own cost is the difference with the one
//!   before);
//! - `analyze`: the whole [`Extractor::analyze`], result assembly included;
//! - `baseline/aho_corasick`: one overlapping Aho-Corasick pass with every surface form of
//!   the lexicons over the texts already normalized, the floor that any lexicon-driven
//!   pipeline pays;
//! - `build/extractor`: parsing and validating the bundled lexicons and compiling the
//!   automaton.
//!
//! On a machine shared with other work, wall time measures the neighbours as much as the
//! code: `MAWQIF_BENCH_CPU_TIME=1` measures the benchmark thread's own CPU time instead
//! (Linux, from `/proc/thread-self/schedstat`), which stays put under load. Throughput is
//! then in MB (10^6 bytes) per CPU-second, and the groups are named `cpu_stage/...` and so
//! on, so that criterion compares CPU runs with CPU runs only.

use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::time::Duration;

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{BenchmarkGroup, Criterion, SamplingMode, Throughput};
use mawqif::{Extractor, Stage};

/// At most this many articles are benchmarked.
const MAX_ARTICLES: usize = 2_000;
/// Every this-many-th line of the corpus is taken, so that all its sources are in.
const STRIDE: usize = 20;
/// Copies of the sample article when there is no corpus.
const SAMPLE_COPIES: usize = 100;

/// The benchmark texts and where they come from.
fn load_texts() -> (Vec<String>, String) {
    let path = std::env::var_os("MAWQIF_BENCH_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/news.jsonl.gz")
        });
    match read_corpus(&path) {
        Some(texts) if !texts.is_empty() => {
            let origin = format!("every {STRIDE}th article of {}", path.display());
            (texts, origin)
        }
        _ => (
            vec![mawqif::SAMPLE_ARTICLE.to_string(); SAMPLE_COPIES],
            format!(
                "the sample article ×{SAMPLE_COPIES} (no {})",
                path.display()
            ),
        ),
    }
}

/// The `text` of every `STRIDE`th line of a JSON Lines file, gzipped or not.
fn read_corpus(path: &PathBuf) -> Option<Vec<String>> {
    let file = std::fs::File::open(path).ok()?;
    let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let texts = BufReader::new(reader)
        .split(b'\n')
        .map_while(Result::ok)
        .step_by(STRIDE)
        .filter_map(|line| {
            let mut value: serde_json::Value = serde_json::from_slice(&line).ok()?;
            match value.get_mut("text")?.take() {
                serde_json::Value::String(text) => Some(text),
                _ => None,
            }
        })
        .take(MAX_ARTICLES)
        .collect();
    Some(texts)
}

/// Runs every benchmark; `prefix` starts each group's name, so that CPU-time results are
/// kept (and compared) apart from wall-time ones.
fn throughput<M: Measurement>(c: &mut Criterion<M>, prefix: &str) {
    let (texts, origin) = load_texts();
    let bytes: usize = texts.iter().map(String::len).sum();
    eprintln!(
        "throughput: {} articles, {:.2} MB, from {origin}",
        texts.len(),
        bytes as f64 / 1e6
    );
    let extractor = Extractor::bundled();

    let mut group = c.benchmark_group(format!("{prefix}stage"));
    group.throughput(Throughput::Bytes(bytes as u64));
    configure(&mut group);
    for (name, stage) in [
        ("1_normalize", Stage::Normalize),
        ("2_segment", Stage::Segment),
        ("3_scan", Stage::Scan),
        ("4_actors", Stage::Actors),
        ("5_quotes", Stage::Quotes),
        ("6_stance", Stage::Stance),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| {
                texts
                    .iter()
                    .map(|t| extractor.run_stage(t, stage))
                    .sum::<usize>()
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group(format!("{prefix}analyze"));
    group.throughput(Throughput::Bytes(bytes as u64));
    configure(&mut group);
    group.bench_function("whole", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| extractor.analyze(t).actors.len())
                .sum::<usize>()
        })
    });
    group.finish();

    let normalized: Vec<String> = texts
        .iter()
        .map(|t| mawqif::normalize_for_matching(t))
        .collect();
    let automaton = extractor.baseline_automaton();
    let mut group = c.benchmark_group(format!("{prefix}baseline"));
    group.throughput(Throughput::Bytes(bytes as u64));
    configure(&mut group);
    group.bench_function("aho_corasick", |b| {
        b.iter(|| {
            normalized
                .iter()
                .map(|t| automaton.find_overlapping_iter(t).count())
                .sum::<usize>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group(format!("{prefix}build"));
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    group.bench_function("extractor", |b| {
        b.iter(|| Extractor::builder().build().map(|e| e.pattern_count()))
    });
    group.finish();
}

/// Few, long samples: an iteration goes over megabytes, so ten of them measure well and
/// the whole run stays within a few minutes on two cores.
fn configure<M: Measurement>(group: &mut BenchmarkGroup<'_, M>) {
    group
        .sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
}

fn main() {
    if std::env::var_os("MAWQIF_BENCH_CPU_TIME").is_some_and(|v| v != "0") {
        if thread_cpu_nanos().is_none() {
            eprintln!(
                "throughput: no /proc/thread-self/schedstat here; unset MAWQIF_BENCH_CPU_TIME"
            );
            std::process::exit(2);
        }
        let mut c = Criterion::default()
            .with_measurement(ThreadCpuTime)
            .configure_from_args();
        throughput(&mut c, "cpu_");
        c.final_summary();
    } else {
        let mut c = Criterion::default().configure_from_args();
        throughput(&mut c, "");
        c.final_summary();
    }
}

/// The CPU time the calling thread has had, in nanoseconds (Linux only).
fn thread_cpu_nanos() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// A criterion measurement: CPU time of the benchmark thread, which is the thread that
/// runs the measured routine.
struct ThreadCpuTime;

impl Measurement for ThreadCpuTime {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        thread_cpu_nanos().unwrap_or(0)
    }

    fn end(&self, start: u64) -> u64 {
        thread_cpu_nanos().unwrap_or(0).saturating_sub(start)
    }

    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }

    fn zero(&self) -> u64 {
        0
    }

    fn to_f64(&self, value: &u64) -> f64 {
        *value as f64
    }

    fn formatter(&self) -> &dyn ValueFormatter {
        &CpuTimeFormatter
    }
}

/// Shows CPU nanoseconds as times ("12.3 ms cpu") and throughputs per CPU-second.
struct CpuTimeFormatter;

impl ValueFormatter for CpuTimeFormatter {
    fn scale_values(&self, typical: f64, values: &mut [f64]) -> &'static str {
        let (factor, unit) = if typical < 1e3 {
            (1.0, "ns cpu")
        } else if typical < 1e6 {
            (1e-3, "µs cpu")
        } else if typical < 1e9 {
            (1e-6, "ms cpu")
        } else {
            (1e-9, "s cpu")
        };
        values.iter_mut().for_each(|v| *v *= factor);
        unit
    }

    fn scale_throughputs(
        &self,
        _typical: f64,
        throughput: &Throughput,
        values: &mut [f64],
    ) -> &'static str {
        let (per_iteration, unit) = match throughput {
            Throughput::Bytes(n) | Throughput::BytesDecimal(n) => (*n as f64 / 1e6, "MB/cpu-s"),
            Throughput::Elements(n) => (*n as f64, "elem/cpu-s"),
        };
        // Values are nanoseconds per iteration.
        values
            .iter_mut()
            .for_each(|v| *v = per_iteration * 1e9 / v.max(1.0));
        unit
    }

    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}
