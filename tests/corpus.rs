//! The corpus program (`examples/corpus.rs`) against SPEC §1: one record per input line,
//! in input order, an error record for each bad line, the same output on any number of
//! threads.
//!
//! `cargo test` builds the examples before it runs the tests, into `<profile>/examples/`
//! next to this test's own `<profile>/deps/`: the test runs that binary.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use mawqif::{Date, Extractor};

mod common;
use serde_json::Value;

/// The corpus binary built alongside this test.
fn corpus_binary() -> PathBuf {
    common::example_binary("corpus")
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
    let mut child = Command::new(corpus_binary())
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
            // A bad date is ignored, not an error.
            line(serde_json::json!({"id": "bad-date", "text": ROLE, "date": "someday"})),
            Expect::Analysis("bad-date".into(), ROLE, None),
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
