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


def run_script(submit, source, output, python, extra=()):
    environment = dict(os.environ, PYSPARK_PYTHON=python, PYSPARK_DRIVER_PYTHON=sys.executable)
    done = subprocess.run(
        [submit, "--master", "local[2]", "--conf", "spark.ui.enabled=false", *extra, str(SCRIPT), str(source), str(output)],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout.decode(errors="replace")[-5000:]
    parts = sorted(output.glob("part-*"))
    return parts, [line for part in parts for line in part.read_text(encoding="utf-8").splitlines()]


def test_spark_records_equal_the_corpus_program(tmp_path, corpus_binary):
    submit = spark_submit()
    lines = corpus_lines(200)
    # Error lines as well, since the script must keep them too. (Not invalid UTF-8:
    # Spark's text reader decodes it with replacement characters before Python sees it.)
    lines += [b"", b"{not json", b'{"id": "no-text"}', b'{"id": 7, "text": 7}']
    source = tmp_path / "news.jsonl.gz"
    with gzip.open(source, "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    parts, spark_lines = run_script(submit, source, tmp_path / "out", sys.executable)
    assert len(parts) == 2, "a gzip file is spread over local[2]'s two partitions"
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


def test_spark_ships_the_wheel_to_executors_without_it(tmp_path, corpus_binary):
    # The executors' Python lacks mawqif; the wheel goes along with --files, as on a
    # cluster whose nodes have nothing installed.
    submit = spark_submit()
    bare = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True)
    bare_python = str(bare / "bin" / "python")
    assert subprocess.run([bare_python, "-c", "import mawqif"], capture_output=True).returncode != 0
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(REPO / "python")],
        check=True,
        timeout=1200,
    )
    (wheel,) = wheels.glob("mawqif-*.whl")
    lines = corpus_lines(40)
    source = tmp_path / "news.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    _, spark_lines = run_script(submit, source, tmp_path / "out", bare_python, ["--files", str(wheel)])
    assert spark_lines == run_corpus_program(corpus_binary, source.read_bytes())
