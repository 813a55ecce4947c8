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

from timeline._resolve._calendar import add_units, month_period, part_interval, period_of_unit, season_period
from timeline._resolve._kinds import resolve_spec
from timeline.model import Anchor, Expression, Interval, Spec

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
        out.append(_dated_beside_time(out, e.model_copy(update={"value": value, "interval": interval})))
    return _dated_by_story(_dated_by_neighbour(out), day)


#: How fine a reference must be for each unit of a story-relative expression ("that day" needs a day).
_FINE_ENOUGH = {"D": ("day", "hour", "minute"), "W": ("week", "day", "hour", "minute"),
                "M": ("month", "week", "day", "hour", "minute"), "Q": ("quarter", "month", "week", "day", "hour", "minute"),
                "Y": ("year", "quarter", "month", "week", "day", "hour", "minute")}
_STEP = {"same": 0, "following": 1, "previous": -1}
_NARRATIVE_LOOK = 1500  # characters: the story's last-named time, within a few paragraphs


def _dated_by_story(out: list[Expression], day: dt.datetime | None) -> list[Expression]:
    """A story-relative period ("later that year", "that day", "the following year") takes its value
    from the last expression before it whose calendar interval is exact and fine enough (HeidelTime's
    narrative reference time): "fled to Florida in June 1998 and returned later that year" is 1998.
    Only the value: the interval stays ``None`` (the reference is a guess the reasoning stage may
    overrule with the events it knows).

    In a report of the past, the story's time moves with what happened, not with what was said
    would happen: a date told as still to come (in a clause of future tense, or placed after the
    anchor's day: "told lawmakers on Sunday that he would not stay on after Nov. 1. Later that
    evening, ..." is Sunday evening) is no reference for a story-relative time of the past."""
    every: list[_Ref] = []  # (offset of its end, grain, start, year guessed, end, ahead) of each exact date
    begun: dict[int, dt.datetime] = {}  # a part of a day taken as its day (by its end): when the part begins
    told: set[int] = set()  # the days (by their end) that date a telling ("officials said on Friday")
    for k, e in enumerate(out):
        f = e.spec.fields if e.spec is not None else {}
        step = f.get("story_step")
        if e.spec is not None and e.spec.kind in ("month", "season") and (f.get("story_year") or step is not None):
            years = _story_years(_pool(every, e), e.start)
            if not years:
                if f.get("story_year") or step == 0:  # "in August of that year", "that winter", no year before
                    out[k] = e.model_copy(update={"value": "XXXX" + e.value[4:], "interval": None})
                    continue  # ("the following spring" with no time before it: from the anchor, as before)
            else:
                y = _story_period_year(e.spec.kind, f, years[-1], int(step) if isinstance(step, int) else 0)
                fields = {key: v for key, v in f.items() if key != "shift"}
                value, interval = resolve_spec(Spec(kind=e.spec.kind, fields={**fields, "year": y}), e.value, e.mod, None)
                out[k] = e = e.model_copy(update={"value": value, "interval": interval})
        if e.spec is not None and e.spec.kind == "time" and _bare_clock(f) and e.spec.tense != "future":
            days = _recent_days(every, e, told)
            if days:
                out[k] = _on_day(e, _clock_day(e, days[-1], begun))
            continue
        if e.spec is not None and f.get("story") and e.spec.kind in ("daypart", "overnight"):
            days = _recent_days(every, e, told)
            part = str(f.get("part", "NI"))
            if days and day is not None and part == "NI" and days[-1][2].date() == day.date():
                # "Aug. 6 - Rescue teams worked through the night ...": a night told in the past on
                # the report's own day is the night that ended that morning, the anchor's rule (the
                # night before), not the night still to come of the report's day
                continue
            if days and e.spec.tense == "past":  # "stormed the town on Monday and by the afternoon ...": Monday's
                d = days[-1][2]
                d = dt.datetime(d.year, d.month, d.day)
                code = _PART_CODE.get(part, part)
                start = part_interval(d, part).start[0]
                if f.get("by") and start is not None and start < begun.get(days[-1][0], days[-1][2]):
                    # "went on through Monday night; by morning ...": a part reached by, earlier in the
                    # day than the story's time, is the next day's ("In the morning, crowds had
                    # gathered" after "Tuesday afternoon" may look back: left on the day)
                    d += dt.timedelta(days=1)
                out[k] = e.model_copy(update={"value": f"{d:%Y-%m-%d}T{code}", "interval": part_interval(d, part)})
            continue
        if e.spec is not None and e.spec.kind == "relunit" and f.get("narrative"):
            unit = str(f.get("unit", "Y"))
            step = _STEP.get(e.event_relation or "")
            ok = _FINE_ENOUGH.get(unit, ())
            ref = _pool(every, e)
            near = [r for r in ref if r[1] in ok and e.start - r[0] <= _NARRATIVE_LOOK]
            if unit == "Y":
                near = _story_years(ref, e.start)
            if f.get("anchor_fallback") and unit == "D" and e.spec.tense != "past":
                near = []  # "will speak later in the day": the anchor's day, not the story's
            if step is not None and near:
                try:
                    value = period_of_unit(add_units(near[-1][2], step, unit), unit)[2]
                except (ValueError, OverflowError):  # a step past the calendar's first or last year
                    continue
                if f.get("part"):  # "the next morning": that day's part, "2015-03-05TMO"
                    value += f"T{f['part']}"
                out[k] = e.model_copy(update={"value": value, "interval": None})
            continue
        iv = e.interval
        if iv is None or iv.grain is None or iv.start[0] is None or not e.value[:4].isdigit():
            continue
        if f.get("told"):
            told.add(e.end)
        if iv.start[0] == iv.start[1]:
            every.append((e.end, iv.grain, iv.start[0], _year_guessed(e), iv.end[1] or iv.start[0], _ahead(e, day)))
        elif _within_one_day(iv):
            # "late on Thursday", "Tuesday afternoon": a part of one known day is that day for the
            # story ("... the cabinet had accepted that morning", "... ended at 3 p.m.")
            d0 = iv.start[0]
            d = dt.datetime(d0.year, d0.month, d0.day)
            every.append((e.end, "day", d, _year_guessed(e), d + dt.timedelta(days=1), _ahead(e, day)))
            begun[e.end] = d0
    return out


def _within_one_day(iv: Interval) -> bool:
    """Whether an interval of day or part-of-day grain starts at an uncertain time of one known day."""
    s0, s1 = iv.start
    return (iv.grain in ("day", "part_of_day") and s0 is not None and s1 is not None
            and s0.date() == s1.date())


def _recent_days(every: list[_Ref], e: Expression, told: set[int]) -> list[_Ref]:
    """The day-grain references ``e`` may take, within a clock time's reach before it.  A day that
    dates a telling ("officials said on Friday") is the report's, not the story's: when a day of
    the story is within reach too, that one is taken ("a cave-in on Thursday afternoon trapped 30
    men, officials said on Friday. The ramp collapsed at 2 p.m.": Thursday 14:00)."""
    days = [r for r in _pool(every, e) if r[1] in _DAY_GRAINS and e.start - r[0] <= _CLOCK_LOOK]
    return [r for r in days if r[0] not in told] or days


def _ahead(e: Expression, day: dt.datetime | None) -> bool:
    """Whether ``e`` is told as still to come: after the anchor's day, placed there by a guess of
    this resolver (a weekday, "Nov. 1" with no year, "tomorrow") or in a clause of future tense (a
    past-tense date with a year the text wrote is a fact, whatever the anchor; "today" in a future
    clause is still the story's day).  Without an anchor: in a clause of future tense."""
    if e.spec is None or e.interval is None or e.interval.start[0] is None:
        return False
    future = e.spec.tense == "future"
    if day is None:
        return future
    # by the date, not day + 1 day: an anchor on 9999-12-31 has no next day
    return e.interval.start[0].date() > day.date() and (future or "year" not in e.spec.fields)


def _pool(every: list[_Ref], e: Expression) -> list[_Ref]:
    """The references a story-relative ``e`` may take: in a clause of past tense (its own, or for
    a time that takes none, the clause's as the extractor read it), not the dates told as ahead."""
    if e.spec is None or (e.spec.tense or e.spec.fields.get("clause_tense")) != "past":
        return every
    return [r for r in every if not r[5]]


#: Kinds whose year, when the text does not write it, is a guess from the tense and the anchor
#: ("in March": the last March or the next): no reference for "that year" when a year the text
#: wrote (or "last year", "yesterday") precedes within reach.
_GUESSED_YEAR = ("month", "season", "quarter", "half", "date", "monthday", "month_week", "week_of", "holiday")


def _year_guessed(e: Expression) -> bool:
    if e.spec is None or e.spec.kind not in _GUESSED_YEAR:
        return False
    return not any(k in e.spec.fields for k in ("year", "year_shift", "shift", "story_year"))


_Ref = tuple[int, str, dt.datetime, bool, dt.datetime, bool]


def _story_period_year(kind: str, f: dict[str, str | int | float | bool | None], r: _Ref, step: int) -> int:
    """The year of the month (season) told relative to the story's time ``r``: of the same year
    (step 0: "that winter", "August of that year"), the first one starting at or after its end
    (step 1: "the following spring" after 2012 is 2013's; after January 2012, 2012's), or the last
    one ending at or before its start (step -1: "the previous autumn")."""
    y0 = r[2].year
    if step == 0:
        return y0

    def span(y: int) -> tuple[dt.datetime, dt.datetime]:
        p = month_period(y, int(f.get("month") or 1)) if kind == "month" else season_period(y, str(f.get("season")))
        return p[0], p[1]

    years = range(y0 - 2, y0 + 3)
    if step > 0:
        return next(y for y in years if span(y)[0] >= r[4])
    return [y for y in years if span(y)[1] <= r[2]][-1]


def _story_years(ref: list[_Ref], at: int) -> list[_Ref]:
    """The references "that year" may take, last one best: the dated expressions within reach,
    those whose year the text fixed when there is one ("encircled since 2013; in August of that
    year": 2013, not the anchor's year a bare month before it would give)."""
    near = [r for r in ref if r[1] in _FINE_ENOUGH["Y"] and at - r[0] <= _NARRATIVE_LOOK]
    return [r for r in near if not r[3]] or near


#: A clock time with no day of its own ("the assault began at 3am") in a report of the past takes
#: the day the story named just before it, within a sentence or two ("Militants attacked the base
#: on Tuesday. The assault began at 3am": Tuesday 03:00); without one it stays on the anchor's day
#: (or the day before).  A clock time ahead ("will leave at 4 am") keeps the anchor's rule.
_CLOCK_LOOK = 300  # characters
_DAY_GRAINS = ("day", "part_of_day", "hour", "minute")
_PART_CODE = {"predawn": "NI", "dawn": "MO", "dusk": "EV"}  # the TIMEX3 code of a finer part of the day


def _bare_clock(f: dict[str, str | int | float | bool | None]) -> bool:
    return not any(k in f for k in ("year", "weekday", "month", "day", "offset"))


#: A clock time in the small hours (before this hour) told after a part of a day that began in the
#: late afternoon or later ("late on Wednesday", "Tuesday night") is past that day's midnight: "was
#: lifted out late on Wednesday; the rescuers were back soon after midnight" is Thursday 00:00, "stormed
#: the town on Tuesday night. At 3 a.m. the garrison surrendered" is Wednesday 03:00, and so after a
#: late clock time with its day ("seized the bank at 10 p.m. on Monday. Commandos went in at 4 a.m.").  An afternoon, a
#: morning or a whole day keeps the clock on its own day.
_SMALL_HOURS = 6
_LATE_PART = 15  # hour: "late on D" may begin at 15:00, an evening at 17:00, a night at 18:00
_LATE_CLOCK = 18  # hour: a clock time with its day from which the small hours are the next day's


def _clock_day(e: Expression, ref: _Ref, begun: dict[int, dt.datetime]) -> dt.datetime:
    """The day a bare clock time ``e`` takes from the story's reference ``ref`` (see ``_SMALL_HOURS``)."""
    f = e.spec.fields if e.spec is not None else {}
    # a clock time with its day ("at 10 p.m. on Monday") began at itself; it must be of the evening
    # (a look back from the afternoon is likelier: "ended at 4 p.m. on Monday; it had begun at 5 a.m.")
    began, late = begun.get(ref[0]), _LATE_PART
    if began is None and ref[1] in ("hour", "minute"):
        began, late = ref[2], _LATE_CLOCK
    if began is not None and began.hour >= late and int(f.get("hour") or 0) < _SMALL_HOURS:
        return ref[2] + dt.timedelta(days=1)
    return ref[2]


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


def _dated_beside_time(before: list[Expression], o: Expression) -> Expression:
    """The date ``o`` set beside a clock time's weekday ("7 p.m. on Monday (Aug. 26)", "noon on Friday,
    3 May"), one of the two expressions resolved just ``before`` it, takes the year that dates that time
    (its year from the clause's tense), so the two never name different days (the date alone may have
    no tense of its own in parentheses).  Any other expression is returned as it is."""
    g = o.spec.fields if o.spec is not None else {}
    if o.spec is None or o.spec.kind != "date" or "year" in g:
        return o
    dated = o
    for t in before[-2:]:  # the nearer time last: its year is the one kept
        f = t.spec.fields if t.spec is not None else {}
        if (t.spec is not None and t.spec.kind == "time" and "weekday" in f and "day" in f and t.value[:4].isdigit()
                and 0 <= o.start - t.end <= _APPOSED and g.get("month") == f.get("month") and g.get("day") == f.get("day")):
            value, interval = resolve_spec(Spec(kind="date", fields={**g, "year": int(t.value[:4])}), o.value, o.mod, None)
            dated = o.model_copy(update={"value": value, "interval": interval})
    return dated


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
