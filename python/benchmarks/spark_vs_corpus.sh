#!/usr/bin/env bash
# Spark local[2] (examples/spark/corpus.py) against the corpus program on 2 threads,
# over the same first LINES lines of ../shared/corpus/news.jsonl.gz (uncompressed, so
# that Spark splits the file into two partitions), RUNS times each, interleaved; and
# Spark over an empty file, the fixed cost of a run (JVM, context, Python workers).
#
#   bash python/benchmarks/spark_vs_corpus.sh [LINES] [RUNS]
#
# Needs `pip install ./python pyspark`, Java, and `cargo build --release --example corpus`.
set -euo pipefail
cd "$(dirname "$0")/../.."
lines=${1:-10000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# zcat meets a closed pipe once head has its lines.
zcat ../shared/corpus/news.jsonl.gz | head -n "$lines" > "$work/in.jsonl" || true
: > "$work/empty.jsonl"
export PYSPARK_PYTHON=${PYSPARK_PYTHON:-python3} PYSPARK_DRIVER_PYTHON=${PYSPARK_DRIVER_PYTHON:-python3}
seconds() {
  local start=$EPOCHREALTIME
  "$@" > /dev/null 2>&1
  awk "BEGIN { printf \"%.2f\", $EPOCHREALTIME - $start }"
}
spark() { rm -rf "$work/out"; spark-submit --master 'local[2]' --conf spark.ui.enabled=false examples/spark/corpus.py "$1" "$work/out"; }
for run in $(seq "$runs"); do
  c=$(seconds target/release/examples/corpus --quiet --threads 2 "$work/in.jsonl" -o "$work/corpus.jsonl")
  s=$(seconds spark "$work/in.jsonl")
  e=$(seconds spark "$work/empty.jsonl")
  test -f "$work/out/_SUCCESS"
  echo "run $run: corpus program ${c} s, Spark ${s} s, Spark on an empty file ${e} s"
done
rm -rf "$work/out"; spark "$work/in.jsonl" > /dev/null 2>&1
cat "$work"/out/part-* | cmp - "$work/corpus.jsonl" && echo "Spark's part files, in order, equal the corpus program's output byte for byte"
