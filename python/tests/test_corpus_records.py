"""`Extractor.corpus_records` writes, for every line, the very record the corpus program
(`examples/corpus.rs`) writes: error records included."""

import json

from conftest import corpus_lines, run_corpus_program

OWN_LINES = [
    '\ufeff{"id": "bom", "text": "أدانت مصر الهجوم."}'.encode(),
    json.dumps({"id": 1, "text": "رحبت قطر بالاتفاق.", "date": "2015-06-01"}, ensure_ascii=False).encode(),
    json.dumps({"id": 2.5, "text": "رحب الرئيس الأمريكي بالاتفاق.", "date": "2015-06-01 10:00:00"}, ensure_ascii=False).encode(),
    json.dumps({"id": {"z": 1, "a": [2, {"y": 0, "b": 1}]}, "text": "x", "date": "not a date"}).encode(),
    json.dumps({"id": [1, "a"], "text": "", "extra": None}).encode(),
    b'{"text": "\\u0623\\u062f\\u0627\\u0646\\u062a \\u0645\\u0635\\u0631 \\u0627\\u0644\\u0647\\u062c\\u0648\\u0645"}',
    b'{"id": "crlf", "text": "plain"}\r',
    b"",
    b"   \t",
    b"{not json",
    b"[1, 2]",
    b'"just a string"',
    b'{"id": "no-text"}',
    b'{"id": "number-text", "text": 42}',
    b'{"id": "null-text", "text": null}',
    b'{"id": "bad-utf8", "text": "\xff\xfe"}',
    b'{"id": 12345678901234567890, "text": "big id"}',
    b'{"id": null, "text": "null id"}',
    b'{"id": "dup", "id": "dup2", "text": "a", "text": "b"}',
]


def test_records_equal_the_corpus_program_on_odd_lines(extractor, corpus_binary):
    expected = run_corpus_program(corpus_binary, b"\n".join(OWN_LINES) + b"\n")
    assert len(expected) == len(OWN_LINES)
    assert extractor.corpus_records(OWN_LINES) == expected
    assert extractor.corpus_records(OWN_LINES, threads=3) == expected
    # Lines 7 to 15 cannot be read; lines 0 to 6, 16 and 17 are articles. (Line 18, with
    # repeated keys, is the command's to judge.)
    records = [json.loads(r) for r in expected]
    assert [i for i, r in enumerate(records) if "error" in r and i != 18] == list(range(7, 16))
    assert records[0]["id"] == "bom" and records[3]["id"] == {"z": 1, "a": [2, {"y": 0, "b": 1}]}


def test_records_equal_the_corpus_program_on_corpus_lines(extractor, corpus_binary):
    lines = corpus_lines(100)
    expected = run_corpus_program(corpus_binary, b"\n".join(lines) + b"\n")
    assert extractor.corpus_records(lines, threads=2) == expected
    # str lines give the same records as their UTF-8 bytes
    assert extractor.corpus_records([line.decode() for line in lines[:10]]) == expected[:10]
