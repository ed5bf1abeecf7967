//! The example programs (`target/release/examples/extract|corpus|evaluate`, which SPEC §1
//! names) take the arguments of `mawqif extract|corpus|evaluate` and give the same
//! output; and they stop quietly, with success, when their reader stops early.
//!
//! `cargo test` builds the examples before it runs the tests, into `<profile>/examples/`
//! next to this test's own `<profile>/deps/`: the test runs those binaries.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};

mod common;

/// Runs `program args`, feeding it `stdin`.
fn run(mut command: Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the program starts");
    let mut pipe = child.stdin.take().expect("a stdin pipe");
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let output = child.wait_with_output().expect("the program ends");
    feeder.join().expect("the stdin feeder");
    output
}

/// The example program and `mawqif COMMAND` with the same arguments give the same
/// output and status.
fn same_as_the_command(command: &str, args: &[&str], stdin: &[u8]) -> Output {
    let mut example = Command::new(common::example_binary(command));
    example.args(args);
    let mut installed = Command::new(env!("CARGO_BIN_EXE_mawqif"));
    installed.arg(command).args(args);
    let (a, b) = (run(example, stdin), run(installed, stdin));
    assert_eq!(a.status.code(), b.status.code(), "{command} {args:?}");
    assert_eq!(a.stdout, b.stdout, "{command} {args:?}");
    a
}

#[test]
fn examples_take_the_commands_arguments() {
    let text = mawqif::SAMPLE_ARTICLE.as_bytes();
    let out = same_as_the_command("extract", &["--json", "-"], text);
    assert!(out.status.success());
    let analysis: mawqif::Analysis = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(!analysis.stances.is_empty());
    same_as_the_command("extract", &["--date", "2015-08-11", "-"], text);
    let lines = serde_json::json!({"id": 1, "text": mawqif::SAMPLE_ARTICLE}).to_string();
    let out = same_as_the_command("corpus", &["--quiet", "--threads", "2"], lines.as_bytes());
    assert!(out.stdout.starts_with(b"{\"id\":1,\"analysis\":"));
    same_as_the_command("corpus", &["--quiet", "--format", "tsv"], lines.as_bytes());
    for command in ["extract", "corpus", "evaluate"] {
        let out = same_as_the_command(command, &["--bogus"], b"");
        assert_eq!(out.status.code(), Some(2));
    }
}

#[test]
fn extract_stops_quietly_when_its_reader_does() {
    // Far more output than a pipe buffers, so that writing meets the closed pipe.
    let text = mawqif::SAMPLE_ARTICLE.repeat(40);
    let mut child = Command::new(common::example_binary("extract"))
        .args(["--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("extract starts");
    let mut stdin = child.stdin.take().expect("piped stdin");
    stdin
        .write_all(text.as_bytes())
        .expect("extract reads its input");
    drop(stdin);
    let stdout = child.stdout.take().expect("piped stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a first line");
    assert_eq!(first.trim(), "{", "the JSON starts");
    // The reader goes away here, with most of the output unread.
    let output = child.wait_with_output().expect("extract ends");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{:?}: {stderr}", output.status);
    assert!(!stderr.contains("panicked"), "{stderr}");
}
