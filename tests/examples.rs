//! The example programs as a user runs them: they stop quietly, with success, when the
//! program reading their output stops early (`extract ... | head`).

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

mod common;

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
