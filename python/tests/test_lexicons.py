"""Lexicon options: extra and replacement files, and errors that say where."""

import pytest

import mawqif

ACME = """\
id: acme_party
name: Acme Party
kind: organization
gender: m
names: حزب أكمي
"""


def test_added_actor_is_found(tmp_path):
    path = tmp_path / "my_actors.txt"
    path.write_text(ACME, encoding="utf-8")
    text = "وأدان حزب أكمي القرار."
    assert not any(s["actor"] == "acme_party" for s in mawqif.Extractor().analyze(text)["stances"])
    for extractor in (mawqif.Extractor(add={"actors": path}), mawqif.Extractor(add={"actors": [str(path)]})):
        stances = extractor.analyze(text)["stances"]
        assert ("acme_party", "condemn") in {(s["actor"], s["label"]) for s in stances}


def test_replaced_lexicon_takes_the_place_of_the_bundled_one(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(ACME, encoding="utf-8")
    extractor = mawqif.Extractor(replace={"actors": path})
    analysis = extractor.analyze("أدانت مصر وحزب أكمي الهجوم.")
    assert [a["id"] for a in analysis["actors"]] == ["acme_party"]


def test_bad_lexicon_raises_with_file_line_and_field(tmp_path):
    path = tmp_path / "broken.txt"
    path.write_text(ACME + "\nid: second\nname: Second\nkind: sate\nnames: ثاني\n", encoding="utf-8")
    with pytest.raises(mawqif.LexiconError) as caught:
        mawqif.Extractor(add={"actors": path})
    error = caught.value
    assert error.file == str(path)
    assert error.line == 9
    assert error.field == "kind"
    assert "sate" in error.reason
    assert str(error).startswith(f'{path}:9: field "kind"')


def test_duplicate_id_is_located_too(tmp_path):
    path = tmp_path / "dup.txt"
    path.write_text(ACME + "\n" + ACME, encoding="utf-8")
    with pytest.raises(mawqif.LexiconError) as caught:
        mawqif.Extractor(add={"actors": path})
    assert caught.value.file == str(path)
    assert caught.value.line == 7


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(FileNotFoundError) as caught:
        mawqif.Extractor(add={"cues": tmp_path / "nope.txt"})
    assert caught.value.filename == str(tmp_path / "nope.txt")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(b"id: x\nname: \xe9\n")
    with pytest.raises(mawqif.LexiconError) as caught:
        mawqif.Extractor(add={"actors": latin1})
    assert (caught.value.file, caught.value.line) == (str(latin1), 2)
    assert "UTF-8" in str(caught.value)


def test_unknown_kind_and_bad_values():
    with pytest.raises(ValueError, match="unknown lexicon kind"):
        mawqif.Extractor(add={"actor": "x.txt"})
    with pytest.raises(TypeError):
        mawqif.Extractor(add={"actors": 3})


def test_no_bundled_lexicons():
    extractor = mawqif.Extractor(bundled=False)
    assert extractor.analyze("أدانت مصر الهجوم.") == {"actors": [], "quotes": [], "stances": []}
