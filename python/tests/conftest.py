"""Shared fixtures: the extractor, where the repository and ../shared are, the corpus
program and corpus lines."""

import gzip
import itertools
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import mawqif

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("MAWQIF_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "corpus" / "news.jsonl.gz"
GOLD = SHARED / "gold"


@pytest.fixture(scope="session")
def extractor():
    return mawqif.Extractor()


def corpus_lines(count):
    """The first `count` lines of the shared corpus, as bytes; skips (visibly) where
    ../shared is absent."""
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} is absent: the corpus tests need ../shared beside the repository")
    with gzip.open(CORPUS, "rb") as f:
        return [line.rstrip(b"\n") for line in itertools.islice(f, count)]


@pytest.fixture(scope="session")
def corpus_binary():
    """The corpus program (`examples/corpus.rs`), built with cargo if need be.

    MAWQIF_CORPUS_BIN names a built one; otherwise `cargo build --example corpus` (a
    no-op after `cargo test`, which builds the examples), or `--release` with
    MAWQIF_CORPUS_RELEASE=1.
    """
    given = os.environ.get("MAWQIF_CORPUS_BIN")
    if given:
        return Path(given)
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("cargo is missing: the corpus program cannot be built")
    release = os.environ.get("MAWQIF_CORPUS_RELEASE") == "1"
    command = [cargo, "build", "--quiet", "--example", "corpus"] + (["--release"] if release else [])
    subprocess.run(command, cwd=REPO, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    return target / ("release" if release else "debug") / "examples" / "corpus"


def run_corpus_program(binary, input_bytes):
    """The corpus program's output lines for JSON Lines input."""
    done = subprocess.run(
        [str(binary), "--quiet", "--threads", "2"],
        input=input_bytes,
        stdout=subprocess.PIPE,
        check=True,
    )
    return done.stdout.decode("utf-8").splitlines()
