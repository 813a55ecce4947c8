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
    return _dated_by_neighbour(out)


_DAY_KINDS = ("relday", "weekday", "date")
_APPOSED = 4  # characters: "Independence Day next Monday", "Independence Day (June 12)"


def _dated_by_neighbour(out: list[Expression]) -> list[Expression]:
    """A national holiday of an unknown country takes the day named next to it in its sentence
    ("raised yesterday to mark Independence Day"): the nearest day expression within the span
    ``[near_lo, near_hi)`` the extractor wrote into its fields.  When the country is known, only a
    date set right beside it ("by Independence Day next Monday") overrides the country's day."""
    for k, e in enumerate(out):
        f = e.spec.fields if e.spec is not None else {}
        lo, hi = f.get("near_lo"), f.get("near_hi")
        if e.spec is None or e.spec.kind != "holiday" or not isinstance(lo, int) or not isinstance(hi, int):
            continue
        if f.get("how") != "unknown":  # the country's day is known: only a date right next to it wins
            lo, hi = max(lo, e.start - _APPOSED), min(hi, e.end + _APPOSED)
        near = [o for o in out if o is not e and o.spec is not None and o.spec.kind in _DAY_KINDS
                and lo <= o.start and o.end <= hi and o.interval is not None and o.interval.grain == "day"]
        if near:
            best = min(near, key=lambda o: o.start - e.end if o.start >= e.end else e.start - o.end)
            out[k] = e.model_copy(update={"value": best.value[:10], "interval": best.interval})
    return out
