//! Lexicon loading (issue 6): `Extractor::builder().add_lexicon(..).build()` rejects bad
//! lexicon files with an error that names the file, the line and the field, and never
//! panics, whatever the file holds.
//!
//! Each case checks both the structured [`mawqif::Location`] and the message text: it
//! contains the file name, `:LINE:` and `field "FIELD"` (file-level problems, such as a
//! file that is too large, have no field).

use mawqif::{Error, Extractor, LexiconKind, LexiconSource};

/// Builds the bundled lexicons plus `text` as a file `name` of `kind`, and returns the
/// error it must give.
#[track_caller]
fn build_err(name: &str, kind: LexiconKind, text: &str) -> Error {
    match Extractor::builder()
        .add_lexicon(LexiconSource::new(name, kind, text))
        .build()
    {
        Ok(_) => panic!(
            "{name}: a bad {kind} lexicon was accepted:\n{}",
            preview(text)
        ),
        Err(e) => e,
    }
}

fn preview(text: &str) -> String {
    text.chars().take(200).collect()
}

/// Asserts that `err` is a lexicon error at `file:line` in `field` (`""`: none), whose
/// message mentions `words`.
#[track_caller]
fn assert_at(err: &Error, file: &str, line: usize, field: &str, words: &str) {
    let text = err.to_string();
    let Error::Lexicon { location, message } = err else {
        panic!("not a lexicon error: {text}");
    };
    assert_eq!(
        (
            location.file.as_str(),
            location.line,
            location.field.as_str()
        ),
        (file, line, field),
        "wrong location in: {text}"
    );
    assert!(text.contains(file), "no file name in: {text}");
    assert!(
        text.contains(&format!("{file}:{line}:")),
        "no :{line}: in: {text}"
    );
    if !field.is_empty() {
        assert!(
            text.contains(&format!("field \"{field}\"")),
            "no field \"{field}\" in: {text}"
        );
    }
    assert!(
        message.contains(words),
        "message {message:?} does not mention {words:?}"
    );
    // An error message is one readable line, not a dump of the file.
    assert!(
        text.len() < 500 && !text.contains('\n'),
        "message too long: {text:.600}"
    );
}

const A: LexiconKind = LexiconKind::Actors;

#[test]
fn syntax_errors() {
    let e = build_err(
        "mine.txt",
        A,
        "id: a\nname: A\nkind: state\nno colon here\n",
    );
    assert_at(&e, "mine.txt", 4, "", "field: value");
    let e = build_err("mine.txt", A, "id: a\nName: A\nkind: state\nnames: سين\n");
    assert_at(&e, "mine.txt", 2, "Name", "lowercase");
    let e = build_err("mine.txt", A, "id: a\n: A\n");
    assert_at(&e, "mine.txt", 2, "", "lowercase");
    let e = build_err(
        "mine.txt",
        A,
        "id: a\nname: A\nkind: state\nnmae: x\nnames: سين\n",
    );
    assert_at(&e, "mine.txt", 4, "nmae", "unknown field");
    let e = build_err("mine.txt", A, "id: a\nname: A\nnames: سين\n");
    assert_at(&e, "mine.txt", 1, "kind", "missing");
    let e = build_err(
        "mine.txt",
        A,
        "id: a\nname: A\nkind: state\nkind: state\nnames: سين\n",
    );
    assert_at(&e, "mine.txt", 4, "kind", "twice");
    let e = build_err(
        "mine.txt",
        A,
        "id: Bad-Id\nname: A\nkind: state\nnames: سين\n",
    );
    assert_at(&e, "mine.txt", 1, "id", "lowercase");
    // CRLF and a BOM do not shift line numbers.
    let e = build_err(
        "crlf.txt",
        A,
        "\u{FEFF}# c\r\nid: a\r\nname: A\r\nkind: planet\r\nnames: سين\r\n",
    );
    assert_at(&e, "crlf.txt", 4, "kind", "planet");
}

#[test]
fn unknown_kinds_and_labels() {
    let e = build_err("mine.txt", A, "id: a\nname: A\nkind: planet\nnames: سين\n");
    assert_at(&e, "mine.txt", 3, "kind", "planet");
    let e = build_err(
        "mine.txt",
        A,
        "id: a\nname: A\nkind: state\ngender: n\nnames: سين\n",
    );
    assert_at(&e, "mine.txt", 4, "gender", "\"n\"");
    let e = build_err(
        "eval.txt",
        LexiconKind::Evaluative,
        "id: x.y\nlabel: hate\nweight: 0.5\nforms: كره\n",
    );
    assert_at(&e, "eval.txt", 2, "label", "hate");
    let e = build_err(
        "eval.txt",
        LexiconKind::Evaluative,
        "id: x.y\nlabel: condemn\nweight: 1.5\nforms: كره\n",
    );
    assert_at(&e, "eval.txt", 3, "weight", "1.5");
    let e = build_err(
        "eval.txt",
        LexiconKind::Evaluative,
        "id: x.y\nlabel: condemn\nweight: NaN\nforms: كره\n",
    );
    assert_at(&e, "eval.txt", 3, "weight", "NaN");
    let e = build_err(
        "eval.txt",
        LexiconKind::Evaluative,
        "id: x.y\nlabel: condemn\nweight: 0.5\nforms: كره\nafter_cues: call | shout\n",
    );
    assert_at(&e, "eval.txt", 5, "after_cues", "\"shout\"");
    let e = build_err(
        "eval.txt",
        LexiconKind::Evaluative,
        "id: x.y\nlabel: condemn\nweight: 0.5\nforms: كره\nunless_next: ـــ\n",
    );
    assert_at(&e, "eval.txt", 5, "unless_next", "normalizes to nothing");
    let e = build_err("cues.txt", LexiconKind::Cues, "id: c\nm: قال\nrequires: ً\n");
    assert_at(&e, "cues.txt", 3, "requires", "normalizes to nothing");
    let e = build_err(
        "cues.txt",
        LexiconKind::Cues,
        "id: c\nm: قال\nexplicit_subject: maybe\n",
    );
    assert_at(&e, "cues.txt", 3, "explicit_subject", "maybe");
    let e = build_err(
        "cues.txt",
        LexiconKind::Cues,
        "id: c\nm: قال\nstance: loathe 0.5\n",
    );
    assert_at(&e, "cues.txt", 3, "stance", "loathe");
    let e = build_err(
        "cues.txt",
        LexiconKind::Cues,
        "id: c\nm: قال\nframes: that sideways\n",
    );
    assert_at(&e, "cues.txt", 3, "frames", "sideways");
    // An actors entry in a cues file: its fields are unknown there.
    let e = build_err(
        "cues2.txt",
        LexiconKind::Cues,
        "id: a\nname: A\nkind: state\nnames: سين\n",
    );
    assert_at(&e, "cues2.txt", 2, "name", "unknown field");
    let e = build_err(
        "mod.txt",
        LexiconKind::Modifiers,
        "id: m\ntype: amplifier\nforms: جدا\n",
    );
    assert_at(&e, "mod.txt", 2, "type", "amplifier");
}

#[test]
fn duplicate_ids() {
    // In one file.
    let e = build_err(
        "mine.txt",
        A,
        "id: a\nname: A\nkind: state\nnames: سين\n\nid: a\nname: B\nkind: state\nnames: صاد\n",
    );
    assert_at(&e, "mine.txt", 6, "id", "duplicate");
    // Against a bundled actor: the message points back to the first definition.
    let e = build_err(
        "mine.txt",
        A,
        "# header\nid: hamas\nname: H\nkind: organization\nnames: حماس الجديدة\n",
    );
    assert_at(&e, "mine.txt", 2, "id", "duplicate");
    assert!(e.to_string().contains("lexicons/actors/"), "{e}");
    // Cues, evaluative entries, modifiers and roles.
    let cue = "id: say\nm: قال\n";
    assert_at(
        &build_err("c.txt", LexiconKind::Cues, cue),
        "c.txt",
        1,
        "id",
        "duplicate",
    );
    let eval = "id: z.z\nlabel: praise\nweight: 0.5\nforms: رائع\n\n\
                id: z.z\nlabel: praise\nweight: 0.5\nforms: ممتاز\n";
    assert_at(
        &build_err("e.txt", LexiconKind::Evaluative, eval),
        "e.txt",
        6,
        "id",
        "duplicate",
    );
    let modifier = "id: m.m\ntype: negator\nforms: ليس\n\nid: m.m\ntype: negator\nforms: لا\n";
    assert_at(
        &build_err("m.txt", LexiconKind::Modifiers, modifier),
        "m.txt",
        5,
        "id",
        "duplicate",
    );
    let role = "id: head_of_state\nname: x\nkind: person\nrefs: الزعيم\n";
    assert_at(
        &build_err("r.txt", LexiconKind::Roles, role),
        "r.txt",
        1,
        "id",
        "duplicate",
    );
    // Two actors sharing an unambiguous name.
    let e = build_err(
        "mine.txt",
        A,
        "id: not_hamas\nname: X\nkind: organization\nnames: حماس\n",
    );
    assert_at(&e, "mine.txt", 1, "names", "also a name of");
}

#[test]
fn empty_names_and_values() {
    let e = build_err("mine.txt", A, "id: a\nname:\nkind: state\nnames: سين\n");
    assert_at(&e, "mine.txt", 2, "name", "empty");
    for names in ["names:", "names: |", "names:  |  | "] {
        let text = format!("id: a\nname: A\nkind: state\n{names}\n");
        let e = build_err("mine.txt", A, &text);
        let Error::Lexicon { location, .. } = &e else {
            panic!("{e}")
        };
        // The block's line or the field's line, but the field must be named.
        assert!([1, 4].contains(&location.line), "{names:?}: {e}");
        assert_eq!(location.field, "names", "{names:?}: {e}");
        assert!(
            e.to_string().contains("mine.txt:") && e.to_string().contains("field \"names\""),
            "{e}"
        );
    }
    let e = build_err(
        "e.txt",
        LexiconKind::Evaluative,
        "id: x.x\nlabel: praise\nweight: 0.5\n",
    );
    assert_eq!(
        match &e {
            Error::Lexicon { location, .. } => location.field.as_str(),
            _ => "",
        },
        "forms",
        "{e}"
    );
}

/// Names that are nothing once folded: only harakat, tatweel, invisible marks or
/// punctuation.
#[test]
fn names_that_normalize_to_nothing() {
    for bad in [
        "\u{064E}\u{064F}\u{0650}",
        "ـــ",
        "\u{200B}\u{200F}",
        "\u{FEFF}",
        "«»",
        "...",
        "ً ٌ ٍ",
    ] {
        let text = format!("id: a\nname: A\nkind: state\nnames: مصرستان | {bad}\n");
        let e = build_err("mine.txt", A, &text);
        assert_at(&e, "mine.txt", 4, "names", "normalizes to nothing");
    }
    let e = build_err(
        "mine.txt",
        A,
        "id: a\nname: A\nkind: organization\nnames: مصرستان\nrefs: ـ\n",
    );
    assert_at(&e, "mine.txt", 5, "refs", "normalizes to nothing");
    let e = build_err("c.txt", LexiconKind::Cues, "id: c\nm: \u{064E}\n");
    assert_at(&e, "c.txt", 2, "m", "normalizes to nothing");
    let e = build_err(
        "g.txt",
        LexiconKind::GivenNames,
        "# names\nسامي\n\u{064E}\u{064F}\n",
    );
    assert_at(&e, "g.txt", 3, "name", "normalizes to nothing");
}

#[test]
fn invalid_and_reversed_dates() {
    let person = |role: &str| {
        format!("id: someone_new\nname: S\nkind: person\nnames: زيد عمرو بكر\nrole: {role}\n")
    };
    for bad in [
        "head_of_state egypt 2019-13-01 -",
        "head_of_state egypt 2019-02-30 -",
        "head_of_state egypt 20x9 -",
        "head_of_state egypt 2019-1-1 -",
        "head_of_state egypt 0999 -",
        "head_of_state egypt 2019 2020-00",
        "head_of_state egypt 2019-01-01-01 -",
        "head_of_state egypt ٢٠١٩ -",
    ] {
        let e = build_err("p.txt", A, &person(bad));
        assert_at(&e, "p.txt", 5, "role", "invalid date");
    }
    let e = build_err("p.txt", A, &person("head_of_state egypt 2012 2010"));
    assert_at(&e, "p.txt", 5, "role", "ends before");
    let e = build_err(
        "p.txt",
        A,
        &person("head_of_state egypt 2012-05-02 2012-05-01"),
    );
    assert_at(&e, "p.txt", 5, "role", "ends before");
    let e = build_err("p.txt", A, &person("head_of_state egypt 2012"));
    assert_at(&e, "p.txt", 5, "role", "ROLE HOLDER FROM TO");
}

#[test]
fn references_to_nothing() {
    let e = build_err(
        "mine.txt",
        A,
        "id: a\nname: A\nkind: state\nnames: مصرستان\nparent: nowhere\n",
    );
    assert_at(&e, "mine.txt", 5, "parent", "nowhere");
    let person = |role: &str| {
        format!("id: p_new\nname: P\nkind: person\nnames: زيد عمرو بكر\nrole: {role}\n")
    };
    let e = build_err("p.txt", A, &person("emperor egypt 2010 -"));
    assert_at(&e, "p.txt", 5, "role", "emperor");
    let e = build_err("p.txt", A, &person("head_of_state atlantis 2010 -"));
    assert_at(&e, "p.txt", 5, "role", "atlantis");
    let e = build_err(
        "p.txt",
        A,
        &person("spokesperson egypt.ministry_of_magic 2010 -"),
    );
    assert_at(&e, "p.txt", 5, "role", "ministry_of_magic");
    let e = build_err(
        "mine.txt",
        A,
        "id: a\nname: A\nkind: state\nnames: مصرستان\nrole: head_of_state egypt 2010 -\n",
    );
    assert_at(&e, "mine.txt", 5, "role", "only persons");
}

/// A 20 KB line is refused. The line names a field, and the error should say which.
#[test]
fn a_twenty_kilobyte_line() {
    let long = "س".repeat(10_000);
    let e = build_err(
        "big.txt",
        A,
        &format!("id: a\nname: A\nkind: state\nnames: {long}\n"),
    );
    assert_at(&e, "big.txt", 4, "names", "bytes");
    let e = build_err("big.txt", A, &format!("# {long}\n"));
    assert!(e.to_string().starts_with("big.txt:1"), "{e}");
    let e = build_err("g.txt", LexiconKind::GivenNames, &format!("سامي\n{long}\n"));
    assert!(e.to_string().starts_with("g.txt:2"), "{e}");
}

#[test]
fn two_thousand_forms_in_one_field() {
    let forms: Vec<String> = (0..2000).map(|i| format!("اسم{i}")).collect();
    // Split over lines short enough to pass the line limit, all in one `names` field
    // (the field repeats; its items accumulate).
    let mut text = "id: a\nname: A\nkind: state\n".to_string();
    for chunk in forms.chunks(200) {
        text += &format!("names: {}\n", chunk.join(" | "));
    }
    let e = build_err("many.txt", A, &text);
    assert_at(&e, "many.txt", 4, "names", "2000 forms");
    // Too many words in one name.
    let words = vec!["كلمة"; 20].join(" ");
    let e = build_err(
        "many.txt",
        A,
        &format!("id: a\nname: A\nkind: state\nnames: {words}\n"),
    );
    assert_at(&e, "many.txt", 4, "names", "words");
    // Too many fields in one block (a missing blank line between a thousand entries).
    let mut text = "id: a\nname: A\nkind: state\n".to_string();
    for i in 0..600 {
        text += &format!("note: {i}\n");
    }
    let e = build_err("many.txt", A, &text);
    assert!(e.to_string().starts_with("many.txt:"), "{e}");
}

#[test]
fn a_forty_megabyte_file() {
    let entry = "id: a\nname: A\nkind: state\nnames: سين\n\n";
    let text = entry.repeat((40 << 20) / entry.len() + 1);
    assert!(text.len() >= 40 << 20);
    for kind in [A, LexiconKind::Cues, LexiconKind::GivenNames] {
        let e = build_err("huge.txt", kind, &text);
        assert_at(&e, "huge.txt", 1, "", "");
        assert!(e.to_string().contains("huge.txt:1"), "{e}");
    }
}

/// Files the loader must accept: comments, blank lines, CRLF, a BOM, an empty file.
#[test]
fn odd_but_valid_files_load() {
    for text in [
        "",
        "\n\n\n",
        "# only a comment\n",
        "\u{FEFF}",
        "\u{FEFF}id: new_a\r\nname: A\r\nkind: state\r\nnames: مصرستان\r\n",
        "   # indented comment\n\n\nid: new_a\nname: A\nkind: state\nnames: مصرستان | مصرستان\n\n\n",
    ] {
        let built = Extractor::builder()
            .add_lexicon(LexiconSource::new("ok.txt", A, text))
            .build();
        assert!(built.is_ok(), "{text:?}: {}", built.unwrap_err());
    }
}

#[test]
fn invalid_utf8_is_located() {
    let dir = std::env::temp_dir().join(format!("mawqif-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.txt");
    let mut bytes = "id: x\nname: X\nkind: state\n".as_bytes().to_vec();
    bytes.extend_from_slice(b"names: \xff\xfe\n");
    std::fs::write(&path, &bytes).unwrap();
    let err = Extractor::builder()
        .add_lexicon_file(A, &path)
        .map(|_| ())
        .unwrap_err();
    let file = path.display().to_string();
    assert_at(&err, &file, 4, "", "UTF-8");
    assert!(err.to_string().contains("byte 8"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn names_of_function_words_letters_or_proclitics_are_rejected() {
    for (name, line) in [("في", 4), ("من هو", 4), ("ب", 4), ("وال", 4)] {
        let text = format!("id: x\nname: X\nkind: person\nnames: {name}\n");
        let err = build_err("n.txt", A, &text);
        assert_at(&err, "n.txt", line, "names", "function words");
    }
    let err = build_err(
        "n.txt",
        A,
        "id: x\nname: X\nkind: person\nnames: زيد عمرو\nweak: في\n",
    );
    assert_at(&err, "n.txt", 5, "weak", "function words");
    let err = build_err("g.txt", LexiconKind::GivenNames, "سامي\nو\n");
    assert_at(&err, "g.txt", 2, "name", "function words");
    // Letters spelled apart are an acronym (ا ف ب), and a name may hold a function word.
    Extractor::builder()
        .add_lexicon(LexiconSource::new(
            "ok.txt",
            A,
            "id: x\nname: X\nkind: organization\nnames: ب ت ث | جبهة من أجل التغيير\n",
        ))
        .build()
        .unwrap();
}
