"""From a link (expression + relation) to bounds on an event's start and end, and their intersection.

Bounds are ``(start_lo, start_hi, end_lo, end_hi)``, ``None`` meaning unbounded, on the half-open
convention of :mod:`timeline.model` (an event on a day ``d`` starts in ``[d, d]`` and ends in
``[d+1, d+1]``).  What each relation says, for an expression whose interval starts in ``[s0, s1]``
and ends in ``[e0, e1]``:

========  ==========================================  ==========================================
relation  start                                       end
========  ==========================================  ==========================================
on        ``[s0, s1]``                                ``[e0, e1]``
within    ``[s0, e1 - 1 day]``                        ``[s0 + 1 day, e1]``
begins    ``[s0, s1]`` (day or finer), else as within  unbounded, after the start
ends      up to ``e1``                                ``[s0, e1]``
before    up to ``e1``                                up to ``e1``
after     from ``s0``                                 unbounded
includes  up to ``s1``                                from ``e0``
lasts     nothing on the calendar (a duration, for the reasoning stage)
========  ==========================================  ==========================================
"""

from __future__ import annotations

import datetime as dt
import math

from timeline._events._link import RelativeStart, grain_of
from timeline.model import Expression, Grain, Interval

__all__ = ["Bounds4", "bounds_of_link", "bounds_to_interval", "intersect", "relative_bounds"]

Point = dt.datetime | None
Bounds4 = tuple[Point, Point, Point, Point]
_DAY = dt.timedelta(days=1)


def _fine(e: Expression) -> bool:
    return grain_of(e) in {"day", "hour", "minute", "part_of_day"}


def bounds_of_link(e: Expression, relation: str) -> Bounds4 | None:
    """What one link says about its event (``None`` when the expression has no interval)."""
    iv = e.interval
    if iv is None:
        return None
    s0, s1 = iv.start
    e0, e1 = iv.end
    if relation == "on":
        return (s0, s1, e0, e1)
    if relation == "within" or (relation == "begins" and not _fine(e)):
        hi = max(s0, e1 - _DAY) if (s0 is not None and e1 is not None) else None
        lo_end = s0 + _DAY if s0 is not None else None
        if relation == "begins":
            return (s0, hi, s0, None)
        return (s0, hi, lo_end, e1)
    if relation == "begins":
        return (s0, s1, s0, None)
    if relation == "ends":
        return (None, e1, s0, e1)
    if relation == "before":
        return (None, e1, None, e1)
    if relation == "after":
        return (s0, None, s0, None)
    if relation == "includes":
        return (None, s1, e0, None)
    return None


def _max(a: Point, b: Point) -> Point:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


def _min(a: Point, b: Point) -> Point:
    if a is None:
        return b
    if b is None:
        return a
    return min(a, b)


def intersect(a: Bounds4, b: Bounds4) -> Bounds4 | None:
    """The bounds both allow, or ``None`` when they contradict each other."""
    out = (_max(a[0], b[0]), _min(a[1], b[1]), _max(a[2], b[2]), _min(a[3], b[3]))
    if out[0] is not None and out[1] is not None and out[0] > out[1]:
        return None
    if out[2] is not None and out[3] is not None and out[2] > out[3]:
        return None
    if out[0] is not None and out[3] is not None and out[0] > out[3]:
        return None
    return out


def bounds_to_interval(b: Bounds4, grain: Grain | None = None) -> Interval:
    """An :class:`Interval` from bounds, keeping its invariants (a start never after its end)."""
    s0, s1, e0, e1 = b
    if s0 is not None and e0 is not None and e0 < s0:
        e0 = s0
    if s1 is not None and e1 is not None and s1 > e1:
        s1 = e1
    return Interval(start=(s0, s1), end=(e0, e1), grain=grain)


def relative_bounds(r: RelativeStart) -> Bounds4 | None:
    """Start bounds from "N units into": ``[ref - hi, ref - lo]`` (whole days); the event is still on at ref.

    The ``ago`` kind ("a day after the Kurds struck a deal") bounds the act's start only (a moment that far
    back, over by then); its gap may be negative ("two days before the vote": after ref)."""
    if r.ref is None or r.lo is None or r.hi is None:
        return None
    ref = dt.datetime(r.ref.year, r.ref.month, r.ref.day)
    try:
        lo: dt.datetime | None = ref - dt.timedelta(days=math.ceil(r.hi - 0.001))
    except OverflowError:  # "three years into" near the start of the calendar: unbounded below
        lo = None
    try:
        hi = ref - dt.timedelta(days=math.floor(r.lo))
    except OverflowError:
        return None  # the start would lie before year 1: nothing to say
    if r.kind == "ago":
        return (lo, hi, None, None)
    return (lo, hi, ref, None)
