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
from timeline.model import Anchor, Expression, Interval

__all__ = ["resolve"]


def _day(p: dt.datetime | None) -> dt.datetime | None:
    return dt.datetime(p.year, p.month, p.day) if p is not None else None


def _lo(*ps: dt.datetime | None) -> dt.datetime | None:
    return None if any(p is None for p in ps) else min(p for p in ps if p is not None)


def _hi(*ps: dt.datetime | None) -> dt.datetime | None:
    return None if any(p is None for p in ps) else max(p for p in ps if p is not None)


def _envelope(ivs: list[Interval]) -> Interval:
    """The interval that holds each of ``ivs``: the bounds of every end, widened to cover all."""
    return Interval(
        start=(_lo(*(i.start[0] for i in ivs)), _hi(*(i.start[1] for i in ivs))),
        end=(_lo(*(i.end[0] for i in ivs)), _hi(*(i.end[1] for i in ivs))),
        grain=ivs[0].grain,
    )


def resolve(expressions: Sequence[Expression], anchor: Anchor) -> list[Expression]:
    """Resolve each expression against ``anchor`` (idempotent: resolving twice is harmless).

    When the anchor is only known within bounds (an inferred anchor with ``earliest`` and
    ``latest``), each relative expression's interval is widened to hold its placement against
    every anchor day in those bounds (computed at both ends); its value is the one at
    ``anchor.value``.  Absolute expressions do not move.
    """
    day = _day(anchor.value)
    lo, hi = _day(anchor.earliest), _day(anchor.latest)
    spread = day is not None and lo is not None and hi is not None and (lo, hi) != (day, day)
    out: list[Expression] = []
    for e in expressions:
        if e.spec is None:
            out.append(e)
            continue
        value, interval = resolve_spec(e.spec, e.value, e.mod, day)
        if spread and interval is not None:
            others = [resolve_spec(e.spec, e.value, e.mod, d)[1] for d in (lo, hi)]
            if all(o is not None for o in others):
                interval = _envelope([interval, *(o for o in others if o is not None)])
        out.append(e.model_copy(update={"value": value, "interval": interval}))
    return out
