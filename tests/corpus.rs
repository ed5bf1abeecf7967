//! `mawqif corpus` against SPEC §1 and docs/FORMAT.md: one record per input line, in
//! input order, an error record for each bad line (a line over a limit, a bad date, a
//! first line that only looks like gzip), ids back exactly as given, the same output on
//! any number of threads; and its CSV and TSV event data.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use mawqif::{Date, Extractor};

mod common;
use serde_json::Value;

/// `mawqif corpus`, built alongside this test.
fn corpus_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_mawqif"));
    command.arg("corpus");
    command
}

/// A scratch directory of this test's own, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("mawqif-corpus-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("a temporary file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the corpus binary with `args`, feeding it `stdin`; it must succeed.
fn run(args: &[&str], stdin: &[u8]) -> Vec<u8> {
    let output = run_raw(args, stdin);
    assert!(
        output.status.success(),
        "corpus {args:?} failed: {}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    output.stdout
}

fn run_raw(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = corpus_command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the corpus binary starts");
    // Feed stdin from a thread: the child may fill its stdout before it reads it all.
    let mut pipe = child.stdin.take().expect("a stdin pipe");
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("the corpus binary ends");
    feeder.join().expect("the stdin feeder");
    output
}

const CONDEMN: &str = "أدانت حركة حماس بشدة العدوان على غزة.";
const PRAISE: &str = "وقالت الخارجية المصرية في بيان إن القرار خطوة مهمة.";
const ROLE: &str = "رحب الرئيس الأمريكي بالاتفاق.";

/// What each input line must give.
enum Expect {
    /// An analysis of this text on this date, under this id.
    Analysis(Value, &'static str, Option<&'static str>),
    /// An error record with this id, whose message contains this.
    Error(Value, &'static str),
    /// An analysis of this text without a date, under this id, with a warning that
    /// contains this.
    Warned(Value, &'static str, &'static str),
}

/// The input lines (bytes, without line ends) and what each must give.
fn cases() -> Vec<(Vec<u8>, Expect)> {
    let line = |v: Value| serde_json::to_vec(&v).expect("JSON");
    vec![
        (
            line(serde_json::json!({"id": "a", "text": CONDEMN})),
            Expect::Analysis("a".into(), CONDEMN, None),
        ),
        (
            line(serde_json::json!({"id": "dated", "text": ROLE, "date": "2015-07-21 02:51:32"})),
            Expect::Analysis("dated".into(), ROLE, Some("2015-07-21")),
        ),
        (
            // A bad date is reported in the line's record, which says what was
            // expected; the text is analyzed without a date.
            line(serde_json::json!({"id": "bad-date", "text": ROLE, "date": "07/21/2015"})),
            Expect::Warned(
                "bad-date".into(),
                ROLE,
                "field \"date\": not a date: \"07/21/2015\" (expected YYYY-MM-DD",
            ),
        ),
        (
            // Day first, as Arabic outlets write it.
            line(serde_json::json!({"id": "day-first", "text": ROLE, "date": "21/07/2015"})),
            Expect::Analysis("day-first".into(), ROLE, Some("2015-07-21")),
        ),
        (
            line(serde_json::json!({"id": "date-number", "text": ROLE, "date": 20150721})),
            Expect::Warned("date-number".into(), ROLE, "field \"date\" is a number"),
        ),
        (
            // A null date is no date.
            line(serde_json::json!({"id": "null-date", "text": ROLE, "date": null})),
            Expect::Analysis("null-date".into(), ROLE, None),
        ),
        (
            b"{\"id\": \"broken\", \"text\": ".to_vec(),
            Expect::Error(Value::Null, "invalid JSON"),
        ),
        (
            b"not json at all".to_vec(),
            Expect::Error(Value::Null, "invalid JSON"),
        ),
        (
            line(serde_json::json!({"id": "no-text", "title": "x"})),
            Expect::Error("no-text".into(), "missing field \"text\""),
        ),
        (
            line(serde_json::json!({"id": 7, "text": 42})),
            Expect::Error(7.into(), "not a string"),
        ),
        (
            line(serde_json::json!({"id": "null-text", "text": null})),
            Expect::Error("null-text".into(), "not a string"),
        ),
        (
            [
                &b"{\"id\": \"latin1\", \"text\": \"caf"[..],
                b"\xe9\xff",
                b"\"}",
            ]
            .concat(),
            Expect::Error("latin1".into(), "invalid UTF-8"),
        ),
        (Vec::new(), Expect::Error(Value::Null, "empty line")),
        (b"   ".to_vec(), Expect::Error(Value::Null, "empty line")),
        (
            b"[1, 2, 3]".to_vec(),
            Expect::Error(Value::Null, "not a JSON object"),
        ),
        (
            line(serde_json::json!({"text": PRAISE})),
            Expect::Analysis(Value::Null, PRAISE, None),
        ),
        (
            line(serde_json::json!({"id": "empty-text", "text": ""})),
            Expect::Analysis("empty-text".into(), "", None),
        ),
        (
            line(serde_json::json!({"id": "last", "text": PRAISE})),
            Expect::Analysis("last".into(), PRAISE, None),
        ),
    ]
}

/// The input file: a BOM on the first line, CRLF on every third line, and no line end
/// after the last line.
fn input(cases: &[(Vec<u8>, Expect)]) -> Vec<u8> {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    for (i, (line, _)) in cases.iter().enumerate() {
        bytes.extend_from_slice(line);
        if i + 1 < cases.len() {
            bytes.extend_from_slice(if i % 3 == 1 { b"\r\n" } else { b"\n" });
        }
    }
    bytes
}

/// Checks the output against the cases, record by record.
fn check(output: &[u8], cases: &[(Vec<u8>, Expect)]) {
    let text = std::str::from_utf8(output).expect("the output is UTF-8");
    assert!(text.ends_with('\n'), "every record ends its line");
    let records: Vec<&str> = text.lines().collect();
    assert_eq!(
        records.len(),
        cases.len(),
        "one record per input line:\n{text}"
    );
    let extractor = Extractor::bundled();
    for (i, (record, (_, expect))) in records.iter().zip(cases).enumerate() {
        let value: Value = serde_json::from_str(record)
            .unwrap_or_else(|e| panic!("record {i} is not JSON ({e}): {record}"));
        match expect {
            Expect::Analysis(id, text, date) => {
                // Byte for byte what the library gives: same fields, same order.
                let date = date.map(|d| d.parse::<Date>().expect("a test date"));
                let analysis = extractor.analyze_dated(text, date);
                let expected = format!(
                    "{{\"id\":{},\"analysis\":{}}}",
                    serde_json::to_string(id).expect("JSON"),
                    serde_json::to_string(&analysis).expect("JSON")
                );
                assert_eq!(*record, expected, "record {i}");
            }
            Expect::Warned(id, text, message) => {
                let analysis = extractor.analyze(text);
                let warning = value["warning"]
                    .as_str()
                    .unwrap_or_else(|| panic!("record {i} should have a warning: {record}"));
                assert!(
                    warning.contains(message),
                    "record {i}: {warning:?} lacks {message:?}"
                );
                let expected = format!(
                    "{{\"id\":{},\"analysis\":{},\"warning\":{}}}",
                    serde_json::to_string(id).expect("JSON"),
                    serde_json::to_string(&analysis).expect("JSON"),
                    serde_json::to_string(warning).expect("JSON")
                );
                assert_eq!(*record, expected, "record {i}");
            }
            Expect::Error(id, message) => {
                assert_eq!(&value["id"], id, "record {i}: {record}");
                let error = value["error"]
                    .as_str()
                    .unwrap_or_else(|| panic!("record {i} should be an error record: {record}"));
                assert!(
                    error.contains(message),
                    "record {i}: {error:?} lacks {message:?}"
                );
                assert!(value.get("analysis").is_none(), "record {i}: {record}");
            }
        }
    }
}

#[test]
fn one_record_per_line_in_order_on_any_number_of_threads() {
    let dir = TempDir::new("threads");
    let cases = cases();
    let path = dir.write("in.jsonl", &input(&cases));
    let path = path.to_str().expect("a UTF-8 temp path");
    let one = run(&["--quiet", "--threads", "1", path], b"");
    check(&one, &cases);
    let two = run(&["--quiet", "--threads", "2", path], b"");
    assert_eq!(one, two, "--threads 1 and --threads 2 differ");
    // A window of one line, and one of a few bytes that every line overflows: the lines go
    // through one at a time, still all of them and in order.
    let narrow = run(&["--quiet", "--threads", "2", "--window", "1", path], b"");
    assert_eq!(one, narrow, "--window 1 changes the output");
    let small = run(&["--quiet", "-j", "3", "--window-bytes", "10", path], b"");
    assert_eq!(one, small, "--window-bytes 10 changes the output");
}

#[test]
fn stdin_gzip_output_file_and_several_inputs() {
    let dir = TempDir::new("io");
    let cases = cases();
    let plain = input(&cases);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&plain).expect("gzip");
    let gz = gz.finish().expect("gzip");
    let expected = run(&["--quiet"], &plain);
    check(&expected, &cases);

    // Gzip on standard input, recognized by its magic bytes.
    assert_eq!(run(&["--quiet", "-"], &gz), expected, "gzip on stdin");

    // A gzip file to an output file.
    let gz_path = dir.write("in.jsonl.gz", &gz);
    let out_path = dir.0.join("out.jsonl");
    let stdout = run(
        &[
            "--quiet",
            "--output",
            out_path.to_str().expect("UTF-8"),
            gz_path.to_str().expect("UTF-8"),
        ],
        b"",
    );
    assert!(stdout.is_empty(), "--output leaves stdout empty");
    assert_eq!(std::fs::read(&out_path).expect("the output file"), expected);

    // Two inputs: the first one's unterminated last line stays its own line, and the
    // second one's BOM is dropped too.
    let plain_path = dir.write("in.jsonl", &plain);
    let both = run(
        &[
            "--quiet",
            plain_path.to_str().expect("UTF-8"),
            gz_path.to_str().expect("UTF-8"),
        ],
        b"",
    );
    assert_eq!(both, [expected.clone(), expected].concat());
}

#[test]
fn text_limit_gives_an_error_record() {
    let line = serde_json::json!({"id": "long", "text": CONDEMN}).to_string();
    let out = run(&["--quiet", "--max-text-bytes", "10"], line.as_bytes());
    let record: Value = serde_json::from_slice(&out).expect("one JSON record");
    assert_eq!(record["id"], "long");
    assert!(record["error"]
        .as_str()
        .is_some_and(|e| e.contains("--max-text-bytes")));
}

#[test]
fn empty_input_gives_empty_output_and_a_summary() {
    let output = run_raw(&[], b"");
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("done: 0 articles"), "{stderr}");
}

#[test]
fn bad_arguments_and_missing_files_fail() {
    assert_eq!(run_raw(&["--threads", "many"], b"").status.code(), Some(2));
    assert_eq!(run_raw(&["--frobnicate"], b"").status.code(), Some(2));
    let missing = run_raw(&["--quiet", "/nonexistent/mawqif/in.jsonl"], b"");
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/nonexistent/mawqif/in.jsonl"));
}

#[test]
fn a_line_larger_than_the_window_goes_through_alone() {
    // 4 MB of text between two small lines, with a 1 MB window: the big line waits for
    // the window to empty, passes alone, and the order holds.
    let big = "كان الجو جميلا في الصباح والناس في الشوارع. ".repeat(4_000_000 / 80);
    let lines = [
        serde_json::json!({"id": "before", "text": CONDEMN}),
        serde_json::json!({"id": "big", "text": big}),
        serde_json::json!({"id": "after", "text": PRAISE}),
    ];
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let out = run(
        &["--quiet", "--threads", "2", "--window-bytes", "1000000"],
        input.as_bytes(),
    );
    let ids: Vec<Value> = out
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            let record: Value = serde_json::from_slice(l).expect("a JSON record");
            assert!(record.get("analysis").is_some(), "{record}");
            record["id"].clone()
        })
        .collect();
    assert_eq!(ids, ["before", "big", "after"]);
}

/// The records of an output, one string per line.
fn records(out: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(out)
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn ids_of_any_type_come_back_exactly_as_written() {
    let ids = [
        "123456789012345678901234567890",
        "-0.10",
        "1e400",
        "\"\\u0041b\\\"c\"",
        "true",
        "{\"a\": [1, 2.50, null]}",
        "[]",
        "null",
    ];
    let input: String = ids
        .iter()
        .map(|id| format!("{{\"id\": {id}, \"text\": \"{CONDEMN}\"}}\n"))
        .collect();
    let out = records(&run(&["--quiet"], input.as_bytes()));
    assert_eq!(out.len(), ids.len());
    for (record, id) in out.iter().zip(ids) {
        assert!(
            record.starts_with(&format!("{{\"id\":{id},\"analysis\":")),
            "{id} came back as {record}"
        );
    }
}

#[test]
fn deeply_nested_extra_fields_are_ignored() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    let input = format!(
        "{{\"id\": \"deep\", \"meta\": {}, \"text\": \"{CONDEMN}\", \"more\": {{\"x\": {}}}}}\n\
         {{\"id\": {}, \"text\": \"{CONDEMN}\"}}\n",
        deep(100_000),
        deep(1_000),
        deep(200),
    );
    let out = records(&run(&["--quiet"], input.as_bytes()));
    assert_eq!(out.len(), 2);
    for record in &out {
        let value: Value = serde_json::from_str(record).unwrap_or_else(|e| {
            // Too deep for serde_json's Value to read back: check it by hand.
            assert!(e.to_string().contains("recursion"), "{e}");
            serde_json::from_str(&record.replace(&deep(200), "\"deep\"")).expect("JSON")
        });
        assert!(
            value.get("analysis").is_some(),
            "{}",
            &record[..100.min(record.len())]
        );
    }
    assert!(out[0].starts_with("{\"id\":\"deep\",\"analysis\":"));
    assert!(out[1].starts_with(&format!("{{\"id\":{},\"analysis\":", deep(200))));
}

#[test]
fn a_first_line_that_only_looks_like_gzip_is_one_error_record() {
    let good = serde_json::json!({"id": "after", "text": CONDEMN}).to_string();
    let input = [
        &b"\x1f\x8b this is no gzip stream\n"[..],
        good.as_bytes(),
        b"\n",
        good.as_bytes(),
    ]
    .concat();
    let output = run_raw(&["--quiet"], &input);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let out = records(&output.stdout);
    assert_eq!(out.len(), 3, "{out:?}");
    let first: Value = serde_json::from_str(&out[0]).expect("JSON");
    assert!(
        first["error"].as_str().is_some_and(|e| e.contains("gzip")),
        "{first}"
    );
    for record in &out[1..] {
        assert!(
            record.starts_with("{\"id\":\"after\",\"analysis\":"),
            "{record}"
        );
    }
    assert!(String::from_utf8_lossy(&output.stderr).contains("not gzip"));
}

#[test]
fn a_line_over_the_line_limit_is_skipped_with_an_error_record() {
    let long = "كلام ".repeat(200);
    let input = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"id": "before", "text": CONDEMN}),
        serde_json::json!({"id": "long", "text": long}),
        serde_json::json!({"id": "after", "text": PRAISE}),
    );
    let out = records(&run(
        &["--quiet", "--max-line-bytes", "300"],
        input.as_bytes(),
    ));
    assert_eq!(out.len(), 3);
    assert!(out[0].starts_with("{\"id\":\"before\",\"analysis\":"));
    let skipped: Value = serde_json::from_str(&out[1]).expect("JSON");
    assert_eq!(skipped["id"], "long", "the id, read from the line's start");
    let error = skipped["error"].as_str().expect("an error record");
    assert!(error.contains("--max-line-bytes 300"), "{error}");
    assert!(out[2].starts_with("{\"id\":\"after\",\"analysis\":"));
}

/// The peak resident memory of a running child, polled from `/proc` until it ends (Linux
/// only; `None` elsewhere).
fn peak_memory_kib(child: &std::process::Child) -> std::thread::JoinHandle<Option<u64>> {
    let status = format!("/proc/{}/status", child.id());
    std::thread::spawn(move || {
        let mut peak = None;
        while let Ok(s) = std::fs::read_to_string(&status) {
            let hwm = s
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok());
            if hwm.is_none() {
                break; // a zombie: it has ended
            }
            peak = hwm.max(peak);
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        peak
    })
}

#[test]
fn a_gigabyte_line_in_a_small_gzip_is_skipped_in_bounded_memory() {
    // One gzip member of 1 MiB of text, repeated 1,024 times: a 1 GiB line in about a
    // megabyte of gzip, between two ordinary lines.
    let gz = |bytes: &[u8]| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(bytes).expect("gzip");
        e.finish().expect("gzip")
    };
    let before = format!(
        "{}\n{{\"id\": \"big\", \"text\": \"",
        serde_json::json!({"id": "before", "text": CONDEMN})
    );
    let after = format!(
        "\"}}\n{}\n",
        serde_json::json!({"id": "after", "text": PRAISE})
    );
    let chunk = gz(&vec![b'a'; 1 << 20]);
    let mut input = gz(before.as_bytes());
    for _ in 0..1024 {
        input.extend_from_slice(&chunk);
    }
    input.extend_from_slice(&gz(after.as_bytes()));
    assert!(input.len() < 4 << 20, "{} bytes of gzip", input.len());

    let mut child = corpus_command()
        .args(["--quiet", "--max-text-bytes", "1000", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mawqif corpus starts");
    let peak = peak_memory_kib(&child);
    let mut pipe = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("mawqif corpus ends");
    feeder.join().expect("feeder");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let out = records(&output.stdout);
    assert_eq!(out.len(), 3, "{out:?}");
    let big: Value = serde_json::from_str(&out[1]).expect("JSON");
    assert_eq!(big["id"], "big");
    let error = big["error"].as_str().expect("an error record");
    assert!(
        error.contains("--max-text-bytes 1000") && error.contains("1073741"),
        "{error}"
    );
    assert!(out[2].starts_with("{\"id\":\"after\",\"analysis\":"));
    if let Some(kib) = peak.join().expect("the memory probe") {
        common::say(&format!(
            "peak memory with a 1 GiB line: {} MiB",
            kib / 1024
        ));
        assert!(
            kib < 200 * 1024,
            "peak {kib} KiB: the line was held in memory"
        );
    } else {
        common::say("SKIPPED: peak memory not measured (no /proc)");
    }
}

#[test]
fn a_huge_thread_count_is_lowered_and_said_so() {
    let line = serde_json::json!({"id": "a", "text": CONDEMN}).to_string();
    let output = run_raw(&["--threads", "1000000"], line.as_bytes());
    assert!(output.status.success());
    assert_eq!(records(&output.stdout).len(), 1);
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("--threads 1000000 lowered to"), "{err}");
    let one = run_raw(&["--threads", "1"], line.as_bytes());
    let err = String::from_utf8_lossy(&one.stderr);
    assert!(err.contains(", 1 thread\n"), "{err}");
}

#[test]
fn the_output_may_not_be_an_input() {
    let dir = TempDir::new("same");
    let input = serde_json::json!({"id": "a", "text": CONDEMN}).to_string() + "\n";
    let path = dir.write("in.jsonl", input.as_bytes());
    let path = path.to_str().expect("UTF-8");
    let output = run_raw(&["--quiet", "-o", path, path], b"");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("is also an input"));
    assert_eq!(std::fs::read(path).expect("still there"), input.as_bytes());
}

#[test]
fn the_summary_comes_after_the_errors() {
    let output = run_raw(&["/nonexistent/mawqif/in.jsonl"], b"");
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    let error_at = err.find("/nonexistent/mawqif/in.jsonl").expect("the error");
    let summary_at = err.find("0 articles").expect("the summary");
    assert!(error_at < summary_at, "{err}");
}

/// 1,000 corpus lines: the first 1,000 of `../shared/corpus/news.jsonl.gz` when it is
/// there, else articles assembled from sentences of this test's own.
fn thousand_lines() -> Vec<u8> {
    let corpus =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/news.jsonl.gz");
    if let Ok(file) = std::fs::File::open(&corpus) {
        use std::io::BufRead;
        let lines: Vec<String> = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file))
            .lines()
            .take(1000)
            .collect::<Result<_, _>>()
            .expect("the corpus reads");
        return lines
            .iter()
            .flat_map(|l| [l.as_bytes(), b"\n"].concat())
            .collect();
    }
    common::say(&format!(
        "note: {} is absent: 1,000 lines of the test's own instead",
        corpus.display()
    ));
    let sentences = [
        CONDEMN,
        PRAISE,
        ROLE,
        "وقال المتحدث باسم الحكومة: \"لن نقبل, بأي حال\"، الضغوط.",
    ];
    (0..1000)
        .map(|i| {
            let text: Vec<&str> = (0..=i % 4).map(|k| sentences[(i + k) % 4]).collect();
            serde_json::json!({"id": i, "date": "2020-01-02", "text": text.join("\n")}).to_string()
                + "\n"
        })
        .collect::<String>()
        .into_bytes()
}

#[test]
fn csv_has_one_row_per_stance_for_python_and_pandas() {
    let dir = TempDir::new("csv");
    let input = thousand_lines();
    let json = run(&["--quiet"], &input);
    let (mut stances, mut quotes) = (0usize, 0usize);
    for record in records(&json) {
        let value: Value = serde_json::from_str(&record).expect("JSON");
        stances += value["analysis"]["stances"].as_array().map_or(0, Vec::len);
        quotes += value["analysis"]["quotes"].as_array().map_or(0, Vec::len);
    }
    assert!(stances > 0);
    let csv = run(&["--quiet", "--format", "csv"], &input);
    let tsv = run(&["--quiet", "--format", "tsv"], &input);
    let quote_csv = run(&["--quiet", "--format", "csv", "--rows", "quotes"], &input);
    assert!(String::from_utf8_lossy(&csv)
        .starts_with("id,date,actor,actor_name,actor_kind,label,cameo,"));
    let csv_path = dir.write("stances.csv", &csv);
    let tsv_path = dir.write("stances.tsv", &tsv);
    let quotes_path = dir.write("quotes.csv", &quote_csv);

    let python = |script: &str| {
        Command::new("python3")
            .args(["-c", script])
            .arg(&csv_path)
            .arg(&tsv_path)
            .arg(&quotes_path)
            .output()
    };
    // Python's csv module: every row has the header's width.
    let counted = python(
        "import csv, sys\n\
         def rows(path, **kw):\n\
         \x20   with open(path, newline='', encoding='utf-8') as f:\n\
         \x20       r = list(csv.reader(f, **kw))\n\
         \x20   assert all(len(x) == len(r[0]) for x in r), path\n\
         \x20   return len(r) - 1\n\
         print(rows(sys.argv[1]), rows(sys.argv[2], delimiter='\\t', quoting=csv.QUOTE_NONE), rows(sys.argv[3]))",
    );
    match counted {
        Ok(out) if out.status.success() => {
            let counts = String::from_utf8_lossy(&out.stdout).trim().to_string();
            assert_eq!(
                counts,
                format!("{stances} {stances} {quotes}"),
                "csv module"
            );
        }
        Ok(out) => panic!("python3 csv: {}", String::from_utf8_lossy(&out.stderr)),
        Err(_) => common::say("SKIPPED: python3 is not installed: CSV not read by Python"),
    }
    let pandas = python(
        "import sys, pandas\n\
         s = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False)\n\
         t = pandas.read_csv(sys.argv[2], sep='\\t', dtype=str, keep_default_na=False, quoting=3)\n\
         q = pandas.read_csv(sys.argv[3], dtype=str, keep_default_na=False)\n\
         assert set(s['cameo']) <= {'111', '051', '052'}, set(s['cameo'])\n\
         assert (s['label'] == t['label']).all()\n\
         print(len(s), len(t), len(q))",
    );
    match pandas {
        Ok(out) if out.status.success() => {
            let counts = String::from_utf8_lossy(&out.stdout).trim().to_string();
            assert_eq!(counts, format!("{stances} {stances} {quotes}"), "pandas");
            common::say(&format!(
                "pandas read {stances} stance rows and {quotes} quote rows"
            ));
        }
        Ok(out) if String::from_utf8_lossy(&out.stderr).contains("No module named 'pandas'") => {
            common::say(
                "SKIPPED: pandas is not installed (pip install pandas): CSV not read by pandas",
            )
        }
        Ok(out) => panic!("pandas: {}", String::from_utf8_lossy(&out.stderr)),
        Err(_) => common::say("SKIPPED: python3 is not installed: CSV not read by pandas"),
    }
}
