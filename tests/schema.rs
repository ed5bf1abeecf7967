//! `docs/analysis.schema.json` against real output: analyses of the bundled sample, of
//! sentences of this test's own and (when `../shared` is present) of the gold and corpus
//! articles, and `mawqif corpus` records, good and bad.
//!
//! The validator is small and hand-written: the schema uses a handful of JSON Schema
//! keywords, and the `jsonschema` crate would bring some forty crates into a build shared
//! by every test. It refuses any keyword it does not know, so the schema cannot use one
//! it does not check. It is also stricter than JSON Schema in one way: every field of the
//! output must be declared in the schema, so that the schema stays complete. Where
//! Python's `jsonschema` package is installed, the same documents are checked with it too.

use std::path::Path;

use serde_json::{Map, Value};

mod common;

fn schema() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/analysis.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("the schema")).expect("JSON")
}

/// Validates `value` against `schema` (a part of `root`), pushing every problem.
fn validate(root: &Value, schema: &Value, value: &Value, at: &str, problems: &mut Vec<String>) {
    let Some(rules) = schema.as_object() else {
        problems.push(format!("{at}: the schema is not an object: {schema}"));
        return;
    };
    for (keyword, rule) in rules {
        match keyword.as_str() {
            "$schema" | "$id" | "$defs" | "title" | "description" => {}
            "$ref" => {
                let name = rule
                    .as_str()
                    .and_then(|r| r.strip_prefix("#/$defs/"))
                    .expect("only #/$defs/ references");
                let target = &root["$defs"][name];
                assert!(!target.is_null(), "no $defs/{name}");
                validate(root, target, value, at, problems);
            }
            "type" => {
                let ok = match rule.as_str().expect("one type") {
                    "object" => value.is_object(),
                    "array" => value.is_array(),
                    "string" => value.is_string(),
                    "integer" => value.is_u64() || value.is_i64(),
                    "number" => value.is_number(),
                    "null" => value.is_null(),
                    "boolean" => value.is_boolean(),
                    other => panic!("unknown type {other}"),
                };
                if !ok {
                    problems.push(format!("{at}: {value} is not of type {rule}"));
                }
            }
            "enum" => {
                if !rule.as_array().expect("enum list").contains(value) {
                    problems.push(format!("{at}: {value} is not one of {rule}"));
                }
            }
            "minimum" | "maximum" => {
                if let (Some(x), Some(bound)) = (value.as_f64(), rule.as_f64()) {
                    let ok = if keyword == "minimum" {
                        x >= bound
                    } else {
                        x <= bound
                    };
                    if !ok {
                        problems.push(format!("{at}: {x} breaks {keyword} {bound}"));
                    }
                }
            }
            "minItems" => {
                if let Some(items) = value.as_array() {
                    if (items.len() as u64) < rule.as_u64().expect("a count") {
                        problems.push(format!("{at}: fewer than {rule} items"));
                    }
                }
            }
            "pattern" => {
                if let Some(s) = value.as_str() {
                    let re = regex::Regex::new(rule.as_str().expect("a pattern")).expect("regex");
                    if !re.is_match(s) {
                        problems.push(format!("{at}: {s:?} does not match {rule}"));
                    }
                }
            }
            "required" => {
                if let Some(object) = value.as_object() {
                    for field in rule.as_array().expect("a list") {
                        let field = field.as_str().expect("a name");
                        if !object.contains_key(field) {
                            problems.push(format!("{at}: missing required field {field:?}"));
                        }
                    }
                }
            }
            "properties" => {
                if let Some(object) = value.as_object() {
                    let declared: &Map<String, Value> = rule.as_object().expect("properties");
                    for (field, v) in object {
                        match declared.get(field) {
                            Some(s) => validate(root, s, v, &format!("{at}.{field}"), problems),
                            None => problems.push(format!(
                                "{at}: field {field:?} is not declared in the schema"
                            )),
                        }
                    }
                }
            }
            "items" => {
                if let Some(items) = value.as_array() {
                    for (i, item) in items.iter().enumerate() {
                        validate(root, rule, item, &format!("{at}[{i}]"), problems);
                    }
                }
            }
            "anyOf" | "oneOf" => {
                let passing = rule
                    .as_array()
                    .expect("a list of schemas")
                    .iter()
                    .filter(|s| {
                        let mut inner = Vec::new();
                        validate(root, s, value, at, &mut inner);
                        inner.is_empty()
                    })
                    .count();
                let ok = if keyword == "anyOf" {
                    passing >= 1
                } else {
                    passing == 1
                };
                if !ok {
                    problems.push(format!("{at}: {passing} of the {keyword} schemas pass"));
                }
            }
            other => panic!("the validator does not know the keyword {other:?}"),
        }
    }
}

fn problems(schema: &Value, part: &str, value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    validate(schema, &schema["$defs"][part], value, part, &mut out);
    out
}

/// Texts to analyze: the bundled sample, sentences of this test's own, and the gold
/// articles and the first 300 corpus articles when `../shared` is there.
fn texts() -> Vec<String> {
    let mut texts = vec![
        mawqif::SAMPLE_ARTICLE.to_string(),
        String::new(),
        "دافعت الحكومة الإيرانية عن قرارها، وقالت إنه يأتي في إطار حماية السيادة وإنه حق مشروع."
            .to_string(),
        "«نرفض هذا»، قال مصدر مسؤول. ورحبت قطر بالاتفاق وأشادت بدور مصر.".to_string(),
    ];
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let gold = shared.join("gold/dev");
    match std::fs::read_dir(&gold) {
        Ok(entries) => texts.extend(
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .filter_map(|p| std::fs::read_to_string(p).ok()),
        ),
        Err(_) => common::say(&format!(
            "SKIPPED: {} is absent: schema checked on the bundled sample and test sentences only",
            gold.display()
        )),
    }
    let corpus = shared.join("corpus/news.jsonl.gz");
    if let Ok(file) = std::fs::File::open(corpus) {
        use std::io::BufRead;
        let reader = std::io::BufReader::new(flate2::read::MultiGzDecoder::new(file));
        for line in reader.lines().take(300).map_while(Result::ok) {
            if let Some(text) = serde_json::from_str::<Value>(&line)
                .ok()
                .and_then(|v| v["text"].as_str().map(str::to_string))
            {
                texts.push(text);
            }
        }
    }
    texts
}

#[test]
fn real_analyses_and_corpus_records_follow_the_schema() {
    let schema = schema();
    let extractor = mawqif::Extractor::bundled();
    let mut documents = Vec::new();
    let mut stances = 0;
    for text in texts() {
        let analysis = extractor.analyze(&text);
        stances += analysis.stances.len();
        let value = serde_json::to_value(&analysis).expect("JSON");
        let found = problems(&schema, "analysis", &value);
        assert!(found.is_empty(), "{found:#?}");
        documents.push(value);
    }
    assert!(stances > 0, "some stances to check");
    let lines = [
        r#"{"id": 12345678901234567890123, "text": "أدانت مصر الهجوم."}"#,
        r#"{"id": {"a": 1}, "text": 7}"#,
        r#"{"text": "رحبت قطر بالاتفاق.", "date": "2020-01-02"}"#,
        "not json",
        r#"{"id": "x", "text": "y", "date": "soon"}"#,
    ];
    for line in lines {
        let record = mawqif::cli::corpus::record(&extractor, line.as_bytes());
        let value: Value = serde_json::from_slice(&record).expect("a JSON record");
        let found = problems(&schema, "record", &value);
        assert!(found.is_empty(), "{found:#?}");
    }
    // And the schema does reject what breaks it.
    let bad = serde_json::json!({"actors": [], "quotes": [], "stances": [{"actor": "a",
        "label": "blame", "target": null, "target_actor": null, "evidence": [], "quotes": [],
        "score": 1.5}]});
    let found = problems(&schema, "analysis", &bad);
    assert_eq!(found.len(), 3, "{found:#?}");

    python_check(&documents);
}

/// The same analyses checked by Python's `jsonschema`, when it is installed.
fn python_check(documents: &[Value]) {
    let dir = std::env::temp_dir().join(format!("mawqif-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let data = dir.join("analyses.json");
    std::fs::write(&data, Value::Array(documents.to_vec()).to_string()).expect("write");
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/analysis.schema.json");
    let script = "import json, sys, jsonschema\n\
                  schema = json.load(open(sys.argv[1]))\n\
                  jsonschema.Draft202012Validator.check_schema(schema)\n\
                  v = jsonschema.Draft202012Validator(schema)\n\
                  docs = json.load(open(sys.argv[2]))\n\
                  for d in docs: v.validate(d)\n\
                  print(len(docs))";
    let output = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&schema)
        .arg(&data)
        .output();
    let _ = std::fs::remove_dir_all(&dir);
    match output {
        Ok(out) if out.status.success() => {
            let n = String::from_utf8_lossy(&out.stdout).trim().to_string();
            assert_eq!(n, documents.len().to_string());
        }
        Ok(out) if String::from_utf8_lossy(&out.stderr).contains("No module named") => {
            common::say("SKIPPED: Python's jsonschema is not installed: schema checked by the test's own validator only")
        }
        Ok(out) => panic!("jsonschema: {}", String::from_utf8_lossy(&out.stderr)),
        Err(_) => common::say("SKIPPED: python3 is not installed: schema checked by the test's own validator only"),
    }
}
