"""Analyses a JSON Lines corpus with Spark: the corpus program, on a cluster.

    spark-submit examples/spark/corpus.py INPUT OUTPUT_DIR [--partitions N]

INPUT is what the corpus program reads: one article a line, ``{"id": ..., "text": ...,
"date": "YYYY-MM-DD"}`` (``date`` optional), a file, a directory or a glob, gzip allowed
(``.gz``). OUTPUT_DIR receives JSON Lines part files (``part-00000`` ...) that, read in
order, hold one record per input line, in input order, each the very record the corpus
program writes for that line: ``{"id": ..., "analysis": {...}}``, or ``{"id": ...,
"error": "..."}`` for a line it cannot read. One difference: Spark's text reader decodes
a line that is not UTF-8 with replacement characters (U+FFFD) before the script sees it,
so such a line is analyzed as decoded where the corpus program writes an error record.

Each partition builds one ``mawqif.Extractor`` and analyses its lines in batches with
the GIL released. A gzip file is a single partition; when the input has fewer
partitions than ``--partitions`` (default: Spark's default parallelism), its lines are
spread over that many, in order, before the analysis.

The master comes from ``spark-submit`` (``--master local[2]``, ``yarn``, ``k8s://...``),
so the same script runs on one machine or a cluster. Executors need the ``mawqif``
package: install it there, ship a packed environment (``--archives``), or pass its
wheel with ``--files mawqif-*.whl``, which this script unpacks on an executor where the
import fails (see the README, "Python and Spark").
"""

import argparse
import glob
import os
import sys
import tempfile
import zipfile

# Lines handed to the extension at a time: large enough that the per-call cost vanishes,
# small enough to keep a partition's memory flat.
BATCH_LINES = 64


def import_mawqif():
    """The mawqif package, from the executor's environment or from a wheel shipped with
    ``--files``."""
    try:
        import mawqif

        return mawqif
    except ImportError:
        pass
    from pyspark import SparkFiles

    wheels = sorted(glob.glob(os.path.join(SparkFiles.getRootDirectory(), "mawqif-*.whl")))
    if not wheels:
        raise ImportError(
            "mawqif is not installed on this executor: install it there, ship a packed "
            "environment with --archives, or its wheel with --files mawqif-*.whl"
        )
    # A directory of this process's own: Python workers on one executor may unpack at
    # the same time.
    target = tempfile.mkdtemp(prefix="mawqif-wheel-")
    with zipfile.ZipFile(wheels[-1]) as wheel:
        wheel.extractall(target)
    sys.path.insert(0, target)
    import mawqif

    return mawqif


def analyze_partition(lines):
    """The records of one partition's lines (bytes, without their line breaks)."""
    extractor = import_mawqif().Extractor()
    batch = []
    for line in lines:
        batch.append(line)
        if len(batch) >= BATCH_LINES:
            yield from extractor.corpus_records(batch)
            batch = []
    if batch:
        yield from extractor.corpus_records(batch)


def spread_in_order(lines, partitions):
    """The same lines over `partitions` partitions, contiguous ranges in order, so that
    the part files still read in input order."""
    count = lines.count()
    if count == 0:
        return lines
    numbered = lines.zipWithIndex().map(lambda pair: (pair[1], pair[0]))
    return numbered.repartitionAndSortWithinPartitions(
        numPartitions=partitions,
        partitionFunc=lambda index: index * partitions // count,
    ).values()


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Analyse a JSON Lines corpus with mawqif on Spark."
    )
    parser.add_argument("input", help="JSON Lines file, directory or glob (.gz allowed)")
    parser.add_argument("output", help="directory for the JSON Lines part files (must not exist)")
    parser.add_argument(
        "--partitions",
        type=int,
        default=0,
        help="spread the input over at least this many partitions "
        "(default: Spark's default parallelism)",
    )
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("mawqif-corpus").getOrCreate()
    try:
        context = spark.sparkContext
        # Bytes, not str: the extension reads UTF-8 bytes, so no decoding in Python.
        lines = context.textFile(args.input, use_unicode=False)
        partitions = args.partitions or context.defaultParallelism
        if lines.getNumPartitions() < partitions:
            lines = spread_in_order(lines, partitions)
        lines.mapPartitions(analyze_partition).saveAsTextFile(args.output)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
