#!/usr/bin/env bash
# Spark local[2] (examples/spark/corpus.py) against the corpus program on 2 threads,
# over the same first LINES lines of ../shared/corpus/news.jsonl.gz (uncompressed, so
# that Spark splits the file into two partitions), RUNS times each, interleaved; and
# Spark over an empty file: the fixed cost of a run (JVM, context, Python workers);
# and Spark reading and writing the lines without analysing them (spark_passthrough.py).
# Each run prints its wall time and CPU time (user + system, children included); Spark
# runs also the duration of the job that analyses and writes (from Spark's log).
#
#   bash python/benchmarks/spark_vs_corpus.sh [LINES] [RUNS]
#
# Needs `pip install ./python pyspark`, Java, GNU time and
# `cargo build --release --example corpus`.
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
# "wall W s, cpu C s" of a command, its output in $work/log.
measure() {
  /usr/bin/time -f "wall %e s, cpu %U+%S s" -o "$work/time" "$@" > "$work/log" 2>&1
  awk '{ split($5, c, "+"); printf "wall %s s, cpu %.2f s", $2, c[1] + c[2] }' "$work/time"
}
spark() {
  rm -rf "$work/out"
  measure spark-submit --master 'local[2]' --conf spark.ui.enabled=false \
    "${2:-examples/spark/corpus.py}" "$1" "$work/out"
}
job() { grep -o 'runJob at SparkHadoopWriter.scala:[0-9]*, took [0-9.]* ms' "$work/log" | awk '{ printf "job %.2f s", $5 / 1000 }'; }
for run in $(seq "$runs"); do
  c=$(measure target/release/examples/corpus --quiet --threads 2 "$work/in.jsonl" -o "$work/corpus.jsonl")
  s=$(spark "$work/in.jsonl"); sj=$(job)
  cat "$work"/out/part-* | cmp - "$work/corpus.jsonl"
  p=$(spark "$work/in.jsonl" python/benchmarks/spark_passthrough.py); pj=$(job)
  e=$(spark "$work/empty.jsonl"); ej=$(job)
  echo "run $run: corpus program: $c | Spark: $s, $sj | Spark, lines passed through unanalyzed: $p, $pj | Spark, empty file: $e, $ej"
done
echo "every Spark run's part files, in order, equal the corpus program's output byte for byte"
