"""Where the CPU time of the Python API goes, over the first 2,000 corpus articles:
the analyses with their JSON (`analyze_json`), as Python dicts (`analyze`), and
`analyze_batch` on 1 and 2 threads, with the calling thread's share (it alone holds the
GIL, to build the dicts). Medians of 5.

    python3 python/benchmarks/cpu_breakdown.py [ARTICLES]
"""

import gzip
import itertools
import json
import resource
import statistics
import sys
import time
from pathlib import Path

import mawqif

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "news.jsonl.gz"


def process_cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        articles = [json.loads(line) for line in itertools.islice(f, count)]
    texts = [a["text"] for a in articles]
    dates = [a.get("date") for a in articles]
    ex = mawqif.Extractor()
    runs = {
        "analyze_json in a loop": lambda: [ex.analyze_json(t, d) for t, d in zip(texts, dates)],
        "analyze in a loop": lambda: [ex.analyze(t, d) for t, d in zip(texts, dates)],
        "analyze_batch, 1 thread": lambda: ex.analyze_batch(texts, dates, threads=1),
        "analyze_batch, 2 threads": lambda: ex.analyze_batch(texts, dates, threads=2),
    }
    figures = {name: [] for name in runs}
    for _ in range(5):
        for name, run in runs.items():
            process, calling = process_cpu(), time.thread_time()
            run()
            figures[name].append((process_cpu() - process, time.thread_time() - calling))
    for name, pairs in figures.items():
        process = statistics.median(p for p, _ in pairs)
        calling = statistics.median(c for _, c in pairs)
        print(f"{name:26} CPU {process:.3f} s, of which the calling thread {calling:.3f} s")
    size = sum(len(ex.analyze_json(t, d).encode()) for t, d in zip(texts, dates))
    print(f"{count} articles; their analyses as JSON: {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
