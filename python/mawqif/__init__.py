"""mawqif: who said what, and which stance they took, in Arabic news.

>>> import mawqif
>>> ex = mawqif.Extractor()
>>> [(s["actor"], s["label"]) for s in ex.analyze("أدانت مصر الهجوم.")["stances"]]
[('egypt', 'condemn')]

An analysis is plain Python data: a dict with "actors", "quotes" and "stances" in the
JSON form of the project's SPEC.md §1. Every span carries byte offsets "start"/"end" into
the UTF-8 encoding of the text and "start_char"/"end_char" into the str itself, so that
``text[span["start_char"]:span["end_char"]] == span["text"]``.
"""

from ._mawqif import Extractor, LexiconError, __version__

__all__ = ["Extractor", "LexiconError", "__version__"]
