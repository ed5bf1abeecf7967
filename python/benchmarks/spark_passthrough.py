"""Spark's own share of a corpus run: the same reading and writing as
examples/spark/corpus.py, with each line written back unanalyzed.

    spark-submit --master 'local[2]' python/benchmarks/spark_passthrough.py INPUT OUTPUT_DIR
"""

import sys

from pyspark.sql import SparkSession


def main():
    source, target = sys.argv[1], sys.argv[2]
    spark = SparkSession.builder.appName("mawqif-passthrough").getOrCreate()
    try:
        lines = spark.sparkContext.textFile(source, use_unicode=False)
        lines.mapPartitions(lambda part: (line.decode("utf-8", "replace") for line in part)).saveAsTextFile(target)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
