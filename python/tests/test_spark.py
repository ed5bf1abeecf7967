"""examples/spark/corpus.py on Spark local[2] writes the corpus program's records."""

import gzip
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, corpus_lines, run_corpus_program

SCRIPT = REPO / "examples" / "spark" / "corpus.py"


def spark_submit():
    """The spark-submit of the installed pyspark; skips, saying why, without Java or
    pyspark."""
    if importlib.util.find_spec("pyspark") is None:
        pytest.skip("pyspark is not installed (pip install pyspark): the Spark test cannot run")
    java_home = os.environ.get("JAVA_HOME")
    if shutil.which("java") is None and not (java_home and Path(java_home, "bin", "java").exists()):
        pytest.skip("Java is missing (apt-get install openjdk-17-jre-headless): the Spark test cannot run")
    import pyspark

    bundled = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    return str(bundled) if bundled.exists() else shutil.which("spark-submit")


def test_spark_records_equal_the_corpus_program(tmp_path, corpus_binary):
    submit = spark_submit()
    lines = corpus_lines(200)
    # Error lines as well, since the script must keep them too. (Not invalid UTF-8:
    # Spark's text reader decodes it with replacement characters before Python sees it.)
    lines += [b"", b"{not json", b'{"id": "no-text"}', b'{"id": 7, "text": 7}']
    source = tmp_path / "news.jsonl.gz"
    with gzip.open(source, "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    output = tmp_path / "out"
    environment = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    done = subprocess.run(
        [submit, "--master", "local[2]", "--conf", "spark.ui.enabled=false", str(SCRIPT), str(source), str(output)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout.decode(errors="replace")[-5000:]
    parts = sorted(output.glob("part-*"))
    assert len(parts) == 2, "a gzip file is spread over local[2]'s two partitions"
    spark_lines = [line for part in parts for line in part.read_text(encoding="utf-8").splitlines()]
    expected = run_corpus_program(corpus_binary, b"\n".join(lines) + b"\n")
    assert len(spark_lines) == len(expected) == len(lines)

    spark_records = [json.loads(line) for line in spark_lines]
    expected_records = [json.loads(line) for line in expected]

    def by_id(records):
        keyed = {json.dumps(r["id"]): r for r in records if r["id"] is not None}
        return keyed

    assert by_id(spark_records) == by_id(expected_records)
    assert len(by_id(expected_records)) >= 200
    # Beyond the ids: the same lines, in input order, byte for byte.
    assert spark_lines == expected
