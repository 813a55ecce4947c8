"""Running the per-document stages across processes, with a progress bar (STUB: perf helper)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from timeline.model import Document, Finding

T = TypeVar("T")


def progress_iter(items: Sequence[T], *, enabled: bool) -> Iterator[T]:
    """Iterate ``items``, drawing a progress bar on stderr when ``enabled``."""
    yield from items


def map_anchor_extract(
    documents: Sequence[Document], dct: dt.datetime | None, *, jobs: int, progress: bool
) -> Iterable[tuple[Document, list[Finding]]]:
    """Anchor, extract and resolve ``documents`` on ``jobs`` processes, in input order."""
    from timeline._pipeline import anchor_and_extract

    for doc in progress_iter(documents, enabled=progress):
        yield anchor_and_extract(doc, dct)
