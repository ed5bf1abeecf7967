//! The `mawqif` command as a user meets it: help texts, unknown options, piped input, a
//! reader that stops early, bad dates, an empty gold folder.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Runs `mawqif ARGS` with `stdin` piped in.
fn mawqif(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mawqif"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mawqif starts");
    let mut pipe = child.stdin.take().expect("a stdin pipe");
    let input = stdin.to_vec();
    // From a thread: the command may fill its stdout before it has read everything.
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("mawqif ends");
    feeder.join().expect("the stdin feeder");
    output
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A scratch directory of this test's own, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("mawqif-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const ARTICLE: &str =
    "أدانت وزارة الخارجية المصرية الهجوم. وقال الرئيس الأمريكي إن الاتفاق خطوة مهمة.";

#[test]
fn every_command_has_a_help_text_with_its_exit_codes() {
    for command in ["extract", "corpus", "evaluate", "view"] {
        for args in [vec![command, "--help"], vec!["help", command]] {
            let out = mawqif(&args, b"");
            assert!(out.status.success(), "{args:?}: {}", stderr(&out));
            let help = String::from_utf8_lossy(&out.stdout);
            assert!(help.contains(&format!("usage: mawqif {command}")), "{help}");
            assert!(help.contains("Exit status"), "{args:?}: {help}");
            assert!(help.lines().count() > 10, "a real help text: {help}");
        }
    }
    let out = mawqif(&["--help"], b"");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("commands:"));
    // No command, or an unknown one: a usage error.
    assert_eq!(mawqif(&[], b"").status.code(), Some(2));
    let unknown = mawqif(&["frobnicate"], b"");
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("unknown command \"frobnicate\""));
}

#[test]
fn unknown_options_say_what_was_wrong() {
    for command in ["extract", "corpus", "evaluate", "view"] {
        let out = mawqif(&[command, "--bogus"], b"");
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = stderr(&out);
        assert!(
            err.contains("unknown option \"--bogus\""),
            "{command}: {err}"
        );
        assert!(!err.contains("No such file"), "{command}: {err}");
        assert!(out.stdout.is_empty(), "{command}");
    }
}

#[test]
fn extract_reads_piped_input_without_a_dash() {
    let piped = mawqif(&["extract", "--json"], ARTICLE.as_bytes());
    assert!(piped.status.success(), "{}", stderr(&piped));
    let analysis: mawqif::Analysis = serde_json::from_slice(&piped.stdout).expect("JSON");
    assert_eq!(analysis, mawqif::Extractor::bundled().analyze(ARTICLE));
    assert!(
        analysis.actor("egypt.foreign_ministry").is_some(),
        "{analysis:?}"
    );
    // The same as with `-`.
    let dashed = mawqif(&["extract", "--json", "-"], ARTICLE.as_bytes());
    assert_eq!(piped.stdout, dashed.stdout);
}

#[test]
fn bad_dates_are_usage_errors_that_name_the_forms() {
    for date in ["someday", "2015-13-01", "07/21/2015"] {
        let out = mawqif(&["extract", "--date", date, "-"], ARTICLE.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{date}");
        let err = stderr(&out);
        assert!(err.contains(date) && err.contains("YYYY-MM-DD"), "{err}");
    }
    let missing = mawqif(&["extract", "--date"], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("--date needs a value"));
    let good = mawqif(
        &["extract", "--date", "2015-07-21T02:51:32Z", "-"],
        ARTICLE.as_bytes(),
    );
    assert!(good.status.success(), "{}", stderr(&good));
}

#[test]
fn a_missing_file_is_an_input_error() {
    let out = mawqif(&["extract", "/nonexistent/mawqif/article.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/nonexistent/mawqif/article.txt"));
    let two = mawqif(&["extract", "a.txt", "b.txt"], b"");
    assert_eq!(two.status.code(), Some(2));
}

#[test]
fn stats_are_readable_text() {
    let out = mawqif(&["extract", "--stats"], b"");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("bundled lexicons"), "{text}");
    assert!(
        !text.contains("LexiconStats") && !text.contains('{'),
        "{text}"
    );
}

/// Runs a command whose output is far larger than a pipe holds, reads one line of it and
/// closes the pipe: the command must end quietly, with success.
fn stops_quietly_when_the_reader_does(args: &[&str], stdin: Vec<u8>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mawqif"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mawqif starts");
    let mut pipe = child.stdin.take().expect("piped stdin");
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&stdin);
    });
    let stdout = child.stdout.take().expect("piped stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a first line");
    assert!(!first.is_empty(), "{args:?} wrote nothing");
    // The reader goes away here, with most of the output unread.
    let output = child.wait_with_output().expect("mawqif ends");
    feeder.join().expect("the feeder");
    let err = stderr(&output);
    assert!(
        output.status.success(),
        "{args:?}: {:?}: {err}",
        output.status
    );
    assert!(
        !err.contains("panicked") && !err.contains("Broken pipe"),
        "{args:?}: {err}"
    );
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let article = ARTICLE.repeat(2000);
    stops_quietly_when_the_reader_does(&["extract", "--json"], article.clone().into_bytes());
    stops_quietly_when_the_reader_does(&["extract"], article.clone().into_bytes());
    stops_quietly_when_the_reader_does(&["view"], article.into_bytes());
    let line = serde_json::json!({"id": 1, "text": ARTICLE}).to_string() + "\n";
    let lines = line.repeat(3000).into_bytes();
    stops_quietly_when_the_reader_does(&["corpus", "--quiet"], lines.clone());
    stops_quietly_when_the_reader_does(&["corpus", "--format", "csv"], lines);
    // A help text into a closed pipe: nothing to read at all.
    let mut child = Command::new(env!("CARGO_BIN_EXE_mawqif"))
        .args(["corpus", "--help"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mawqif starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("mawqif ends");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(!stderr(&output).contains("panicked"));
}

#[test]
fn a_full_output_is_an_error_not_a_panic() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        common_say("SKIPPED: no /dev/full on this system");
        return;
    };
    for args in [&["corpus", "--help"][..], &["extract", "--json", "-"]] {
        let output = Command::new(env!("CARGO_BIN_EXE_mawqif"))
            .args(args)
            .stdin(Stdio::null())
            .stdout(full.try_clone().expect("/dev/full again"))
            .stderr(Stdio::piped())
            .output()
            .expect("mawqif runs");
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains("writing the output"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

/// Says something in the normal test output (`println!` is captured for passing tests).
fn common_say(message: &str) {
    let _ = writeln!(std::io::stdout(), "{message}");
}

#[test]
fn evaluate_needs_gold_files() {
    let none = mawqif(&["evaluate"], b"");
    assert_eq!(none.status.code(), Some(2));
    let err = stderr(&none);
    assert!(err.contains("which gold files?"), "{err}");
    let dir = TempDir::new("empty-gold");
    let empty = mawqif(&["evaluate", dir.0.to_str().expect("UTF-8")], b"");
    assert_eq!(
        empty.status.code(),
        Some(1),
        "an empty folder scores nothing"
    );
    assert!(
        stderr(&empty).contains("no gold files"),
        "{}",
        stderr(&empty)
    );
    assert!(empty.stdout.is_empty(), "no 1.000 for nothing");
}

#[test]
fn evaluate_scores_a_gold_file() {
    // A gold file of this test's own: one actor who condemns, one quote.
    let dir = TempDir::new("gold");
    let text = "أدانت حركة حماس بشدة العدوان على غزة.";
    std::fs::write(dir.0.join("a.txt"), text).expect("text");
    let gold = serde_json::json!({
        "id": "a", "text_file": "a.txt",
        "actors": [{"key": "hamas", "name": "Hamas", "kind": "organization", "mentions": ["حماس"]}],
        "quotes": [],
        "stances": [{"actor": "hamas", "label": "condemn", "evidence": ["أدانت"]}]
    });
    std::fs::write(dir.0.join("a.json"), gold.to_string()).expect("gold");
    let out = mawqif(&["evaluate", "--json", dir.0.to_str().expect("UTF-8")], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["articles"], 1);
    assert_eq!(report["stance"]["recall"], 1.0, "{report}");
}

#[test]
fn view_writes_the_page_of_the_library() {
    let out = mawqif(
        &["view", "--title", "مقال", "--date", "2020-01-02"],
        ARTICLE.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let date = "2020-01-02".parse().ok();
    let analysis = mawqif::Extractor::bundled().analyze_dated(ARTICLE, date);
    let expected = mawqif::view::render_page(ARTICLE, &analysis, "مقال");
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
    let dir = TempDir::new("view-one");
    let file = dir.0.join("page.html");
    let to_file = mawqif(
        &["view", "-o", file.to_str().expect("UTF-8"), "-"],
        ARTICLE.as_bytes(),
    );
    assert!(to_file.status.success() && to_file.stdout.is_empty());
    assert!(std::fs::read_to_string(&file)
        .expect("the page")
        .starts_with("<!DOCTYPE html>"));
}

#[test]
fn view_of_a_corpus_writes_an_index_and_a_page_per_article() {
    let dir = TempDir::new("view-corpus");
    let lines = [
        serde_json::json!({"id": "first", "text": ARTICLE}).to_string(),
        "not json".to_string(),
        serde_json::json!({"id": 3, "text": "رحبت مصر بالاتفاق.", "date": "2020-01-02"}).to_string(),
        serde_json::json!({"id": "bad-date", "text": ARTICLE, "date": "soon"}).to_string(),
    ];
    let input = lines.join("\n") + "\n";
    let out_dir = dir.0.join("site");
    let out = mawqif(
        &[
            "view",
            "--corpus",
            "-",
            "-o",
            out_dir.to_str().expect("UTF-8"),
        ],
        input.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("line 2: invalid JSON"), "{err}");
    assert!(err.contains("line 4: field \"date\""), "{err}");
    let index = std::fs::read_to_string(out_dir.join("index.html")).expect("the index");
    for (page, id) in [("pages/1.html", "first"), ("pages/3.html", "3")] {
        assert!(
            index.contains(page) && index.contains(id),
            "{page} in {index}"
        );
        let html = std::fs::read_to_string(out_dir.join(page)).expect("a page");
        assert!(html.starts_with("<!DOCTYPE html>"));
    }
    assert!(
        !out_dir.join("pages/2.html").exists(),
        "no page for a line without JSON"
    );
    assert!(
        index.contains("pages/4.html"),
        "a bad date still gives a page"
    );
    // --limit stops early; --corpus without -o is a usage error.
    let limited = dir.0.join("limited");
    let out = mawqif(
        &[
            "view",
            "--corpus",
            "-",
            "--limit",
            "1",
            "-o",
            limited.to_str().expect("UTF-8"),
        ],
        input.as_bytes(),
    );
    assert!(out.status.success());
    assert_eq!(
        std::fs::read_dir(limited.join("pages"))
            .expect("pages")
            .count(),
        1
    );
    assert_eq!(
        mawqif(&["view", "--corpus", "-"], input.as_bytes())
            .status
            .code(),
        Some(2)
    );
}
