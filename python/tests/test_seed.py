"""The seed article of ../shared/gold gives its annotated stances."""

import json

import pytest

from conftest import GOLD


def test_seed_article_gives_its_known_stances(extractor):
    gold_path, text_path = GOLD / "seed.json", GOLD / "seed.txt"
    if not gold_path.is_file():
        pytest.skip(f"{gold_path} is absent: the gold tests need ../shared beside the repository")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = text_path.read_text(encoding="utf-8")
    analysis = extractor.analyze(text)

    # Gold names actors by key and lists their mentions; an analysis actor is the gold
    # one when it has one of those mentions.
    def actor_ids(key):
        gold_actor = next(a for a in gold["actors"] if a["key"] == key)
        wanted = set(gold_actor["mentions"])
        return {a["id"] for a in analysis["actors"] if wanted & {m["text"] for m in a["mentions"]}}

    found = {(s["actor"], s["label"]) for s in analysis["stances"]}
    expected = [(s["actor"], s["label"]) for s in gold["stances"]]
    assert {("hamas", "condemn"), ("trump", "praise"), ("tokayev", "praise"), ("kazakhstan_government", "justify")} <= set(expected)
    for key, label in expected:
        ids = actor_ids(key)
        assert ids, f"gold actor {key} is found"
        assert any((i, label) in found for i in ids), f"{key} {label}: found {sorted(found)}"
    for stance in analysis["stances"]:
        for evidence in stance["evidence"]:
            assert text[evidence["start_char"] : evidence["end_char"]] == evidence["text"]
