"""Reasoning: one Simple Temporal Network over the corpus (STUB: owned by a helper)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline.model import Constraint, Document, Event, Finding, UserAnchor

__all__ = ["Result", "reason"]


@dataclass(frozen=True)
class Result:
    """What reasoning returns: documents (inferred anchors filled), tightened events, findings."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    findings: tuple[Finding, ...] = ()
    constraints: tuple[Constraint, ...] = field(default=())


def reason(
    documents: Sequence[Document], events: Sequence[Event], user_anchors: Sequence[UserAnchor] = ()
) -> Result:
    """Check the corpus for consistency, tighten event intervals, infer missing anchors."""
    return Result(tuple(documents), tuple(events))
