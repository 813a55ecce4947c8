"""Extraction: find time expressions and emit *underspecified* values (STUB: owned by a helper).

Pure: sees only the text, never the anchor or the clock.
"""

from __future__ import annotations

from timeline.model import Expression

__all__ = ["extract"]


def extract(text: str) -> list[Expression]:
    """Every time expression in ``text``, in text order, with ``spec`` set and no interval."""
    return []
