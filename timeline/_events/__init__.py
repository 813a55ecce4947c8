"""Events: what the dates date, linked to expressions and merged across documents (STUB)."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.model import Document, Event, Finding, UserAnchor

__all__ = ["find_events"]


def find_events(
    documents: Sequence[Document], user_anchors: Sequence[UserAnchor] = ()
) -> tuple[list[Event], list[Finding]]:
    """Event mentions of every document, coreferent ones merged into one Event each."""
    return [], []
