"""Extraction: find time expressions and emit *underspecified* values.

Pure: sees only the text, never the anchor or the clock.  English goes through one pass of the
combined scanner (:mod:`timeline._extract._scanner`); other languages through dateparser's
language data (:mod:`timeline._extract.foreign`, slower).
"""

from __future__ import annotations

from timeline._extract._scanner import scan
from timeline.model import Expression

__all__ = ["extract"]


def extract(text: str, lang: str = "en") -> list[Expression]:
    """Every time expression in ``text``, in text order, with ``spec`` set and no interval."""
    if lang != "en":
        from timeline._extract.foreign import extract_foreign

        return extract_foreign(text, lang)
    return scan(text)
