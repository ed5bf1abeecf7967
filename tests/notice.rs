//! NOTICE credits every source the lexicons name: each `source:` value of each lexicon
//! file, with the file, and the licence text of each source.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn lexicon_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("lexicons/ reads") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            lexicon_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "txt") {
            out.push(path);
        }
    }
}

#[test]
fn notice_credits_every_lexicon_source() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let notice = std::fs::read_to_string(root.join("NOTICE")).expect("NOTICE");
    let mut files = Vec::new();
    lexicon_files(&root.join("lexicons"), &mut files);
    let mut sources = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a lexicon file");
        let relative = file.strip_prefix(root).expect("inside the crate");
        let relative = relative.to_string_lossy().replace('\\', "/");
        for line in text.lines() {
            if let Some(source) = line.strip_prefix("source:") {
                let source = source.trim().to_string();
                assert!(
                    notice.contains(&format!("source: {source}")),
                    "NOTICE does not credit {source:?} ({relative})"
                );
                assert!(
                    notice.contains(&relative),
                    "NOTICE does not name {relative}"
                );
                sources.insert(source);
            }
        }
    }
    assert!(!sources.is_empty(), "the lexicons name their sources");
    // One licence text per source.
    assert_eq!(
        notice.matches("Permission is hereby granted").count(),
        sources.len(),
        "{sources:?}"
    );
    assert!(root.join("LICENSE").is_file());
}
