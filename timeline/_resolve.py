"""Resolution: turn underspecified expressions into TIMEX3 values and Intervals (STUB).

Pure: the anchor is the only notion of "now".
"""

from __future__ import annotations

from collections.abc import Sequence

from timeline.model import Anchor, Expression

__all__ = ["resolve"]


def resolve(expressions: Sequence[Expression], anchor: Anchor) -> list[Expression]:
    """Resolve each expression against ``anchor`` (idempotent: resolving twice is harmless)."""
    return list(expressions)
