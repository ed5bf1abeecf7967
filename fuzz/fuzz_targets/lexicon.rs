//! Arbitrary bytes as a lexicon file: building must return `Ok` or a located
//! `Error::Lexicon`, never panic, and an extractor it builds must analyze validly.
//!
//! The first byte picks the file's kind; the rest, as lossy UTF-8, is the file. It is
//! added to a small fixed base (one role, one cue, one actor) rather than to the bundled
//! lexicons, so that each run compiles a small automaton and the fuzzer stays fast, while
//! role and parent references in the fuzzed file can still resolve.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mawqif::{Error, ExtractorBuilder, LexiconKind, LexiconSource};

#[path = "../../tests/common/mod.rs"]
mod common;

const ROLES: &str = "id: head_of_state\nname: head of state\nkind: person\n\
                     nisba_titles: الرئيس\nconstruct_titles: رئيس\nrefs: الرئيس\n";
const CUES: &str = "id: say\nm: قال\nf: قالت\nframes: that colon\n\n\
                    id: condemn\nm: أدان\nf: أدانت\nframes: object that\nstance: condemn 0.9\nquote: no\n";
const ACTORS: &str = "id: egypt\nname: Egypt\nkind: state\nnames: مصر\nnisba: مصري\n";
const SAMPLE: &str = "وقالت مصر إن القرار مرفوض. وأدان الرئيس المصري «الخطوة».";

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let kind = match selector % 6 {
        0 => LexiconKind::Actors,
        1 => LexiconKind::Cues,
        2 => LexiconKind::Roles,
        3 => LexiconKind::Evaluative,
        4 => LexiconKind::Modifiers,
        _ => LexiconKind::GivenNames,
    };
    let text = String::from_utf8_lossy(rest);
    let built = ExtractorBuilder::empty()
        .add_lexicon(LexiconSource::new("roles.txt", LexiconKind::Roles, ROLES))
        .add_lexicon(LexiconSource::new("cues.txt", LexiconKind::Cues, CUES))
        .add_lexicon(LexiconSource::new("base.txt", LexiconKind::Actors, ACTORS))
        .add_lexicon(LexiconSource::new("fuzz.txt", kind, text.as_ref()))
        .build();
    match built {
        Ok(ex) => {
            let a = ex.analyze(SAMPLE);
            common::assert_valid(SAMPLE, &a);
            // The fuzzed file's own words, analyzed by the extractor it built.
            let a = ex.analyze(&text);
            common::assert_valid(&text, &a);
        }
        Err(Error::Lexicon { location, .. }) => {
            assert!(location.line >= 1, "line 0 in an error");
            assert!(
                ["roles.txt", "cues.txt", "base.txt", "fuzz.txt"].contains(&location.file.as_str()),
                "unknown file {:?}",
                location.file
            );
        }
        Err(e) => panic!("not a lexicon error: {e}"),
    }
});
