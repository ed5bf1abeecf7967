"""analyze_batch on 1 thread and on N: wall-clock time over the first corpus articles.

    python3 python/benchmarks/batch_threads.py [ARTICLES] [THREADS] [RUNS]

Defaults: 2,000 articles of ../shared/corpus/news.jsonl.gz, 2 threads, 7 runs of each,
interleaved (1, N, 1, N ...) so that a busy neighbour slows both alike; prints every run
and the medians.
"""

import gzip
import itertools
import json
import statistics
import sys
import time
from pathlib import Path

import mawqif

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "news.jsonl.gz"


def main():
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        lines = [json.loads(line) for line in itertools.islice(f, articles)]
    texts = [a["text"] for a in lines]
    dates = [a.get("date") for a in lines]
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    ex = mawqif.Extractor()
    ex.analyze_batch(texts[:200], dates[:200], threads=threads)  # warm up
    times = {1: [], threads: []}
    for _ in range(runs):
        for n in (1, threads):
            start = time.perf_counter()
            ex.analyze_batch(texts, dates, threads=n)
            times[n].append(time.perf_counter() - start)
            print(f"{n} thread(s): {times[n][-1]:.3f} s", flush=True)
    one, many = statistics.median(times[1]), statistics.median(times[threads])
    print(
        f"{len(texts)} articles, {megabytes:.2f} MB: median 1 thread {one:.3f} s "
        f"({len(texts) / one:.0f} articles/s), {threads} threads {many:.3f} s "
        f"({len(texts) / many:.0f} articles/s): {one / many:.2f}x; "
        f"best {min(times[1]):.3f} s vs {min(times[threads]):.3f} s: "
        f"{min(times[1]) / min(times[threads]):.2f}x"
    )


if __name__ == "__main__":
    main()
