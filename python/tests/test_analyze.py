"""`Extractor.analyze`: the shape of SPEC §1, spans in bytes and in chars, dates, and
any str as input."""

import datetime
import json

import pytest

import mawqif

SPAN_FIELDS = {"start", "end", "text", "start_char", "end_char"}


def spans(analysis):
    """Every span of an analysis, with a name saying where it is."""
    for actor in analysis["actors"]:
        for mention in actor["mentions"]:
            yield f"actor {actor['id']} mention", mention
    for i, quote in enumerate(analysis["quotes"]):
        if quote["cue"] is not None:
            yield f"quote {i} cue", quote["cue"]
        yield f"quote {i} content", quote["content"]
    for stance in analysis["stances"]:
        if stance["target"] is not None:
            yield f"stance {stance['actor']} target", stance["target"]
        for evidence in stance["evidence"]:
            yield f"stance {stance['actor']} evidence", evidence


def assert_spans_index(text, analysis):
    encoded = text.encode("utf-8", "surrogatepass")
    count = 0
    for where, span in spans(analysis):
        assert SPAN_FIELDS <= span.keys(), where
        assert text[span["start_char"] : span["end_char"]] == span["text"], where
        piece = encoded[span["start"] : span["end"]].decode("utf-8", "surrogatepass")
        assert piece == span["text"], where
        count += 1
    return count


def test_spec_fields_exactly(extractor):
    analysis = extractor.analyze("وقالت حركة حماس في بيان إن القرار مرفوض تماما.")
    assert list(analysis) == ["actors", "quotes", "stances"]
    actor = analysis["actors"][0]
    assert {"id", "name", "kind", "mentions"} <= actor.keys()
    quote = analysis["quotes"][0]
    assert {"speaker", "kind", "cue", "content"} <= quote.keys()
    assert quote["speaker"] == "hamas" and quote["kind"] == "indirect"
    stance = next(s for s in analysis["stances"] if s["actor"] == "hamas")
    assert stance["label"] == "condemn"
    assert {"actor", "label", "target", "target_actor", "evidence", "quotes", "score"} <= stance.keys()
    assert 0.0 <= stance["score"] <= 1.0


def test_dicts_are_the_library_json_plus_char_offsets(extractor):
    text = "أشاد الرئيس الأمريكي دونالد ترامب بالاتفاق، فيما أدانت إيران الخطوة."
    analysis = extractor.analyze(text)
    from_json = json.loads(extractor.analyze_json(text))

    def without_chars(value):
        if isinstance(value, dict):
            return {k: without_chars(v) for k, v in value.items() if k not in ("start_char", "end_char")}
        if isinstance(value, list):
            return [without_chars(v) for v in value]
        return value

    assert without_chars(analysis) == from_json
    assert from_json["stances"], "the sentence has stances"


def test_spans_in_chars_and_bytes_with_emoji_and_combining_marks(extractor):
    # Emoji (4 UTF-8 bytes, 1 char, some with joiners and variation selectors) and
    # harakat (combining marks, 2 bytes each) before and inside the spans: byte and
    # char offsets part ways at once.
    text = (
        "🇪🇬👍🏽 عاجل 👨‍👩‍👧: أَدَانَتْ وزارةُ الخارجيةِ المصرية بشدة الهجومَ على القافلة ❤️، "
        "وقال المتحدث باسمها إن «هذا العمل 💥 مرفوض تماماً».\n"
        "ورحب الاتحاد الأوروبي بالمبادرة المصرية 🙏🏼 ووصفها بأنها خطوة إيجابية."
    )
    analysis = extractor.analyze(text)
    assert assert_spans_index(text, analysis) >= 5
    stance_actors = {(s["actor"], s["label"]) for s in analysis["stances"]}
    assert ("egypt.foreign_ministry", "condemn") in stance_actors
    assert any(label == "praise" for _, label in stance_actors)
    # Offsets really differ here, so the test would catch one used for the other.
    mention = analysis["actors"][0]["mentions"][0]
    assert mention["start"] != mention["start_char"]


def test_lone_surrogates_keep_offsets(extractor):
    # A str decoded with surrogateescape holds lone surrogates, which UTF-8 cannot.
    text = b"\xff\xfe \xd8\xa3\xd8\xaf\xd8\xa7\xd9\x86\xd8\xaa \xd9\x85\xd8\xb5\xd8\xb1 \xff".decode(
        "utf-8", "surrogateescape"
    ) + " الهجوم على \udcff القافلة."
    analysis = extractor.analyze(text)
    assert ("egypt", "condemn") in {(s["actor"], s["label"]) for s in analysis["stances"]}
    assert_spans_index(text, analysis)


def test_dates_pick_the_role_holder(extractor):
    text = "رحب الرئيس الأمريكي بالاتفاق."
    holders = {
        extractor.analyze(text, date)["actors"][0]["id"]
        for date in (
            "2015-06-01",
            "01/06/2015",
            datetime.date(2015, 6, 1),
            datetime.datetime(2015, 6, 1, 12, 30),
        )
    }
    assert holders == {"barack_obama"}
    assert extractor.analyze(text, "2018-03-01")["actors"][0]["id"] == "donald_trump"


@pytest.mark.parametrize("date", ["2015-13-01", "yesterday", "2015-02-30", "06/13/2015"])
def test_bad_dates_raise(extractor, date):
    with pytest.raises(ValueError):
        extractor.analyze("رحب الرئيس الأمريكي بالاتفاق.", date)


def test_wrong_types_raise(extractor):
    with pytest.raises(TypeError):
        extractor.analyze(b"bytes")
    with pytest.raises(TypeError):
        extractor.analyze("نص", 2015)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n" * 1000,
        "ح" * (1 << 20),  # 1 MB (2 MB of UTF-8) without a space
        "x" * (1 << 20),
        "«" * 100_000,
        "\u064e" * 50_000,  # only harakat
        "\x00\x01\ufeff\u200f" * 10_000,
        "قال " * 50_000,
        "🙂" * 100_000,
    ],
    ids=["empty", "space", "newlines", "1MB-arabic", "1MB-latin", "quotes", "harakat", "controls", "cues", "emoji"],
)
def test_hostile_text_returns(extractor, text):
    analysis = extractor.analyze(text)
    assert set(analysis) == {"actors", "quotes", "stances"}
    assert_spans_index(text, analysis)
    if not text.strip():
        assert analysis == {"actors": [], "quotes": [], "stances": []}


def test_extractor_is_shareable_between_threads(extractor):
    from concurrent.futures import ThreadPoolExecutor

    texts = ["أدانت مصر الهجوم.", "رحبت قطر بالاتفاق.", "وقالت حماس إن القرار مرفوض."] * 20
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(extractor.analyze, texts))
    assert results == [extractor.analyze(t) for t in texts]


def test_module_surface():
    assert mawqif.__version__
    assert issubclass(mawqif.LexiconError, ValueError)
    assert "Extractor" in repr(mawqif.Extractor())
