"""Resolution: turn underspecified expressions into TIMEX3 values and Intervals.

Pure: the anchor is the only notion of "now" (its day: the time of day of an anchor is ignored).
Every expression is resolved from its ``spec`` alone, so resolving twice, or again after the
anchor changed, gives the same result as resolving once.  Without an anchor value, relative
expressions get an underspecified value (``XXXX-XX-XX``, ``XXXX-WXX-6``) and no interval, while
absolute ones still resolve.  Semantics are stated in :mod:`timeline._resolve._calendar` and
:mod:`timeline._resolve._kinds` (and docs/expressions.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from timeline._resolve._kinds import resolve_spec
from timeline.model import Anchor, Expression

__all__ = ["resolve"]


def resolve(expressions: Sequence[Expression], anchor: Anchor) -> list[Expression]:
    """Resolve each expression against ``anchor`` (idempotent: resolving twice is harmless)."""
    a = anchor.value
    day = dt.datetime(a.year, a.month, a.day) if a is not None else None
    out: list[Expression] = []
    for e in expressions:
        if e.spec is None:
            out.append(e)
            continue
        value, interval = resolve_spec(e.spec, e.value, e.mod, day)
        out.append(e.model_copy(update={"value": value, "interval": interval}))
    return out
