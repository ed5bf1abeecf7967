"""`analyze_batch`: the same as one at a time, in order, on any number of threads."""

import datetime
import json
import threading
import time

import pytest

from conftest import corpus_lines

OWN_TEXTS = [
    "أدانت مصر الهجوم.",
    "",
    "رحب الرئيس الأمريكي بالاتفاق.",
    "🙂 وقالت حماس إن القرار مرفوض تماما.",
    "ح" * 100_000,
]


def test_batch_equals_one_by_one_on_own_texts(extractor):
    expected = [extractor.analyze(t) for t in OWN_TEXTS]
    for threads in (0, 1, 2, 3, 16):
        assert extractor.analyze_batch(OWN_TEXTS, threads=threads) == expected


def test_batch_with_dates(extractor):
    dates = [None, "2015-01-01", datetime.date(2015, 6, 1), None, None]
    expected = [extractor.analyze(t, d) for t, d in zip(OWN_TEXTS, dates)]
    assert extractor.analyze_batch(OWN_TEXTS, dates, threads=2) == expected
    assert extractor.analyze_batch(iter(OWN_TEXTS), iter(dates), threads=2) == expected
    assert expected[2]["actors"][0]["id"] == "barack_obama"
    with pytest.raises(ValueError, match="5 texts but 2 dates"):
        extractor.analyze_batch(OWN_TEXTS, dates[:2])
    with pytest.raises(ValueError):
        extractor.analyze_batch(OWN_TEXTS, ["2015-99-01"] * 5)


def test_batch_equals_one_by_one_on_corpus_articles(extractor):
    articles = [json.loads(line) for line in corpus_lines(300)]
    texts = [a["text"] for a in articles]
    dates = [a.get("date") for a in articles]
    expected = [extractor.analyze(t, d) for t, d in zip(texts, dates)]
    assert extractor.analyze_batch(texts, dates, threads=2) == expected
    assert extractor.analyze_batch(texts, dates, threads=1) == expected
    assert sum(len(a["stances"]) for a in expected) > 100


def test_batch_edge_cases(extractor):
    assert extractor.analyze_batch([]) == []
    assert extractor.analyze_batch((t for t in ["أدانت مصر الهجوم."]))[0]["stances"][0]["actor"] == "egypt"
    with pytest.raises(TypeError):
        extractor.analyze_batch("أدانت مصر الهجوم.")
    with pytest.raises(TypeError):
        extractor.analyze_batch(["نص", 3])


@pytest.mark.parametrize("threads", [1, 2])
def test_batch_releases_the_gil(extractor, threads):
    # A Python thread counts while the batch runs: with the GIL held for the batch it
    # would stand still; released, it counts at a good part of its free-running rate.
    # Long texts with little to find: the analyses, not their conversion, take the time.
    texts = ["كان الطقس معتدلا في المدينة والشوارع هادئة صباح اليوم. " * 4000] * 40
    ticks = 0
    done = threading.Event()

    def count():
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    counter = threading.Thread(target=count)
    counter.start()
    try:
        time.sleep(0.2)
        free_rate = ticks / 0.2
        before, start = ticks, time.perf_counter()
        extractor.analyze_batch(texts, threads=threads)
        during, elapsed = ticks - before, time.perf_counter() - start
    finally:
        done.set()
        counter.join()
    assert elapsed > 0.05, "the batch is long enough to tell"
    assert during > 0.1 * free_rate * elapsed
