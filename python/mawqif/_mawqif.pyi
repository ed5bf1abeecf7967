"""Type stubs of the native part of mawqif."""

import datetime
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Union

__version__: str

StrPath = Union[str, os.PathLike[str]]
DateLike = Union[None, str, datetime.date]
LexiconKindName = str  # "actors", "roles", "cues", "evaluative", "modifiers", "given_names", "common_words"
Analysis = dict[str, list[dict[str, Any]]]

class LexiconError(ValueError):
    """A lexicon entry is malformed or inconsistent.

    ``str(error)`` reads ``FILE:LINE: field "FIELD": what is wrong``.
    """

    file: str
    """The lexicon file, as given (or its path inside ``lexicons/`` for a bundled one)."""
    line: int
    """The 1-based line of the problem."""
    field: str | None
    """The field the problem is in, or None when it concerns the entry as a whole."""
    reason: str
    """What is wrong, without the location."""

class Extractor:
    """Reads Arabic news: actors, quotes and stances.

    Built once (about 15 ms with the bundled lexicons) and used for any number of
    articles, from any number of threads.
    """

    def __init__(
        self,
        *,
        add: Mapping[LexiconKindName, StrPath | Sequence[StrPath]] | None = None,
        replace: Mapping[LexiconKindName, StrPath | Sequence[StrPath]] | None = None,
        bundled: bool = True,
    ) -> None:
        """Builds an extractor.

        ``add`` maps a lexicon kind to a file or files loaded besides the bundled ones;
        ``replace`` maps a kind to files that take the place of every bundled file of
        that kind; ``bundled=False`` starts from no lexicon at all.

        Raises ``LexiconError`` for a malformed entry, ``OSError`` (``FileNotFoundError``
        ...) for a file that cannot be read, ``ValueError`` for an unknown kind.
        """

    def analyze(self, text: str, date: DateLike = None) -> Analysis:
        """Analyzes one article.

        ``date`` (a ``datetime.date`` or ``"YYYY-MM-DD"``) decides who a role phrase such
        as "the US president" means. Returns ``{"actors": [...], "quotes": [...],
        "stances": [...]}`` (SPEC §1); every span has "start"/"end" (UTF-8 byte offsets)
        and "start_char"/"end_char" (str indices). Any str is valid input.
        """

    def analyze_json(self, text: str, date: DateLike = None) -> str:
        """The analysis as the JSON text of SPEC §1, exactly as the Rust library writes
        it (byte offsets only)."""

    def analyze_batch(
        self,
        texts: Iterable[str],
        dates: Iterable[DateLike] | None = None,
        threads: int = 0,
    ) -> list[Analysis]:
        """Analyzes many articles on ``threads`` threads (0: one per core) with the GIL
        released; the analyses come back in input order, each as ``analyze`` gives it.
        ``dates`` has one entry per text when given."""

    def corpus_records(
        self, lines: Iterable[bytes | str], threads: int = 1
    ) -> list[str]:
        """The records the corpus program writes for JSON Lines input lines, as JSON
        text: ``{"id": ..., "analysis": {...}}`` or ``{"id": ..., "error": "..."}``."""
