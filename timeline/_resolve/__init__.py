"""Resolution: turn underspecified expressions into TIMEX3 values and Intervals.

Pure: the anchor is the only notion of "now" (its day: the time of day of an anchor is ignored).
Every expression is resolved from its ``spec`` alone, so resolving twice, or again after the
anchor changed, gives the same result as resolving once.  Without an anchor value, relative
expressions get an underspecified value (``XXXX-XX-XX``, ``XXXX-WXX-6``) and no interval, while
absolute ones still resolve.  Story-relative periods ("later that year", "the following year")
take their value from the last exactly dated expression before them (no interval).  Semantics are stated in :mod:`timeline._resolve._calendar` and
:mod:`timeline._resolve._kinds` (and docs/expressions.md).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from timeline._resolve._calendar import add_units, period_of_unit
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
    return _dated_by_story(_dated_by_neighbour(out))


#: How fine a reference must be for each unit of a story-relative expression ("that day" needs a day).
_FINE_ENOUGH = {"D": ("day", "hour", "minute"), "W": ("week", "day", "hour", "minute"),
                "M": ("month", "week", "day", "hour", "minute"), "Q": ("quarter", "month", "week", "day", "hour", "minute"),
                "Y": ("year", "quarter", "month", "week", "day", "hour", "minute")}
_STEP = {"same": 0, "following": 1, "previous": -1}
_NARRATIVE_LOOK = 1500  # characters: the story's last-named time, within a few paragraphs


def _dated_by_story(out: list[Expression]) -> list[Expression]:
    """A story-relative period ("later that year", "that day", "the following year") takes its value
    from the last expression before it whose calendar interval is exact and fine enough (HeidelTime's
    narrative reference time): "fled to Florida in June 1998 and returned later that year" is 1998.
    Only the value: the interval stays ``None`` (the reference is a guess the reasoning stage may
    overrule with the events it knows)."""
    ref: list[tuple[int, str, dt.datetime]] = []  # (end, grain, start) of each exact dated expression
    for k, e in enumerate(out):
        f = e.spec.fields if e.spec is not None else {}
        if e.spec is not None and e.spec.kind == "time" and _bare_clock(f) and e.spec.tense != "future":
            days = [r for r in ref if r[1] in _DAY_GRAINS and e.start - r[0] <= _CLOCK_LOOK]
            if days:
                out[k] = _on_day(e, days[-1][2])
            continue
        if e.spec is not None and e.spec.kind == "relunit" and f.get("narrative"):
            unit = str(f.get("unit", "Y"))
            step = _STEP.get(e.event_relation or "")
            ok = _FINE_ENOUGH.get(unit, ())
            near = [r for r in ref if r[1] in ok and e.start - r[0] <= _NARRATIVE_LOOK]
            if step is not None and near:
                try:
                    value = period_of_unit(add_units(near[-1][2], step, unit), unit)[2]
                except (ValueError, OverflowError):  # a step past the calendar's first or last year
                    continue
                if f.get("part"):  # "the next morning": that day's part, "2015-03-05TMO"
                    value += f"T{f['part']}"
                out[k] = e.model_copy(update={"value": value})
            continue
        iv = e.interval
        if (iv is not None and iv.grain is not None and iv.start[0] is not None and iv.start[0] == iv.start[1]
                and e.value[:4].isdigit()):
            ref.append((e.end, iv.grain, iv.start[0]))
    return out


#: A clock time with no day of its own ("the assault began at 3am") in a report of the past takes
#: the day the story named just before it, within a sentence or two ("Militants attacked the base
#: on Tuesday. The assault began at 3am": Tuesday 03:00); without one it stays on the anchor's day
#: (or the day before).  A clock time ahead ("will leave at 4 am") keeps the anchor's rule.
_CLOCK_LOOK = 300  # characters
_DAY_GRAINS = ("day", "part_of_day", "hour", "minute")


def _bare_clock(f: dict[str, str | int | float | bool | None]) -> bool:
    return not any(k in f for k in ("year", "weekday", "month", "day", "offset"))


def _on_day(e: Expression, day: dt.datetime) -> Expression:
    f = e.spec.fields if e.spec is not None else {}
    hh = int(f.get("hour") or 0)
    mm = int(f.get("minute") or 0)
    d = dt.datetime(day.year, day.month, day.day)
    p = d + dt.timedelta(hours=hh, minutes=mm)
    value = f"{d:%Y-%m-%d}T{hh:02d}:{mm:02d}" + e.value[16:]  # keep a zone suffix, if any
    return e.model_copy(update={"value": value, "interval": Interval.exact(p, p + dt.timedelta(minutes=1), "minute")})


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
