"""Publication-date anchors: what a document's relative dates hang on (STUB: owned by a helper)."""

from __future__ import annotations

import datetime as dt

from timeline.model import Anchor, Document, Finding

__all__ = ["find_anchor"]


def find_anchor(doc: Document, dct: dt.datetime | None = None) -> tuple[Anchor, list[Finding]]:
    """The anchor of ``doc`` by priority: metadata > ``--dct`` > page tags > dateline > none."""
    if doc.published is not None:
        return Anchor(value=doc.published, source="metadata", earliest=doc.published, latest=doc.published), []
    if dct is not None:
        return Anchor(value=dct, source="cli", earliest=dct, latest=dct), []
    return Anchor(), []
