"""Calendar arithmetic of the network: units, durations with slack, and what a Spec ties to the anchor.

Units, stated once: inside the network every time point is an **integer number of minutes since
the origin** (0001-01-01 00:00, the ``origin`` point), so shortest paths are exact.
:class:`timeline.model.Constraint` carries the same bounds as float days (minutes / 1440).
Points of day grain (anchors, dates, events dated by days) sit at midnight; between two such
points a bound is rounded *inward* to whole days (``t(j) - t(i)`` is then a whole number of
days), which is what makes "nearly two weeks" (11.2-14 days) mean 12-14 days between two dates.

Durations (``n`` units, TIMEX3 ``mod``), in days:

* a unit spans ``[lo, hi]`` days: D 1, W 7, M 28-31, Q 89-92, Y 365-366, DE 3652-3653, ...;
  ``n`` months or longer may be rounded by the writer, so they get half a unit of slack each way;
  a plain count of weeks gets three days each way ("five weeks into" = 32-38 days; "a week" 6-8);
  days are exact (but a count of the days an event went on, "34 days of fighting", "raged for 12
  days", is N-1 to N days at the anchor: writers count the first day as day one as often as not);
  an ordinal period is that period ("in its second week" = 7-13 days);
* "nearly"/"almost"/"close to" (extraction's ``APPROX`` with that word, or ``LESS_THAN`` /
  ``EQUAL_OR_LESS``): ``[0.8 n lo, n hi]`` (``[0, n hi]`` for "less than"/"up to");
* lengths in days or longer units are then rounded inward to whole days;
* "about"/"around" (``APPROX``): ``[0.8 n lo, 1.2 n hi]``;
* "more than"/"at least" (``MORE_THAN``/``EQUAL_OR_MORE``): ``[n lo, inf)``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from timeline.model import Expression

__all__ = [
    "DAY",
    "Reading",
    "day_of",
    "unit_days",
    "duration_days",
    "minutes",
    "ordinal_of",
    "point_of",
    "read_expression",
    "valid_date",
]

DAY = 1440
_ORIGIN = dt.datetime(1, 1, 1)

_UNIT_DAYS: dict[str, tuple[float, float]] = {
    "S": (1 / 86400, 1 / 86400), "MIN": (1 / DAY, 1 / DAY), "H": (1 / 24, 1 / 24), "D": (1, 1),
    "WE": (2, 2), "W": (7, 7), "FN": (14, 14), "M": (28, 31), "Q": (89, 92), "Y": (365, 366),
    "DE": (3652, 3653), "CE": (36524, 36525), "ML": (365242, 365243),
}
_ROUNDED = {"M", "Q", "Y", "DE", "CE", "ML"}
_WEEKLY = {"W", "FN"}
_WEEK_SLACK = 3.0  # days either way on a plain count of weeks ("five weeks" = 32..38 days)
_NEARLY = re.compile(r"^\W*(?:the\s+)?(?:nearly|almost|close\s+to|just\s+under|not\s+quite)\b", re.I)
_ISO_DURATION = re.compile(r"^P(?:T)?(\d+(?:\.\d+)?)(Y|M|W|D|H|S)$")


def minutes(p: dt.datetime) -> int:
    """Minutes since the origin (0001-01-01 00:00)."""
    d = p - _ORIGIN
    return d.days * DAY + d.seconds // 60


def point_of(m: float) -> dt.datetime | None:
    """The datetime of a minute count (``None`` when unbounded or off the calendar)."""
    if math.isinf(m):
        return None
    try:
        return _ORIGIN + dt.timedelta(minutes=int(m))
    except OverflowError:
        return None


def day_of(m: float) -> int:
    """The day number (0 = 0001-01-01) that minute ``m`` falls in."""
    return int(m) // DAY


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10}
_ORDINAL = re.compile(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d{1,2})(?:st|nd|rd|th))"
                      r"\s+(day|week|month|year)\b", re.I)


def ordinal_of(text: str) -> tuple[int | None, str | None]:
    """"its second week" -> ``(2, "W")``; ``(None, None)`` when the text has no ordinal period."""
    m = _ORDINAL.search(text)
    if m is None:
        return None, None
    k = int(m.group(2)) if m.group(2) else _ORDINALS[m.group(1).lower()]
    return k, {"day": "D", "week": "W", "month": "M", "year": "Y"}[m.group(3).lower()]


def unit_days(unit: str) -> tuple[float, float] | None:
    """The calendar length of ONE unit, without a writer's slack: an ordinal period ("its 13th week")
    counts whole calendar units (weeks of 7 days), unlike a count ("13 weeks", a few days either way)."""
    return _UNIT_DAYS.get(unit)


def duration_days(n: float, unit: str, mod: str | None, text: str = "") -> tuple[float, float] | None:
    """``[lo, hi]`` days of ``n`` units with ``mod`` (``hi`` may be ``inf``); ``None`` if unknown.

    A length told in days or longer units is known to the day: the bounds are rounded inward to
    whole days ("nearly two weeks" is 12 to 14 days), keeping ``lo <= hi``.
    """
    r = _duration_days(n, unit, mod, text)
    if r is None or unit not in _UNIT_DAYS or _UNIT_DAYS[unit][0] < 1:
        return r
    lo, hi = r
    lo2 = float(math.ceil(lo - 1e-9))
    hi2 = hi if math.isinf(hi) else float(math.floor(hi + 1e-9))
    return (lo2, hi2) if lo2 <= hi2 else (lo, hi)


def _duration_days(n: float, unit: str, mod: str | None, text: str = "") -> tuple[float, float] | None:
    span = _UNIT_DAYS.get(unit)
    if span is None or n <= 0:
        return None
    ulo, uhi = span
    lo, hi = n * ulo, n * uhi
    if unit in _ROUNDED:
        lo, hi = (n - 0.5) * ulo, (n + 0.5) * uhi
    elif unit in _WEEKLY:  # "five weeks into": a person counts weeks loosely (a few days either way)
        slack = _WEEK_SLACK if n >= 2 else 1.0
        lo, hi = n * ulo - slack, n * uhi + slack
    if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        return n * ulo, math.inf
    if mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        return (0.8 * n * ulo if _NEARLY.search(text) else 0.0), n * uhi
    if mod == "APPROX":
        if _NEARLY.search(text):
            return 0.8 * n * ulo, n * uhi
        return 0.8 * n * ulo, 1.2 * n * uhi
    return lo, hi


def _duration_of(e: Expression) -> tuple[float, float] | None:
    f = e.spec.fields if e.spec is not None else {}
    n, unit = f.get("n"), f.get("unit")
    # extraction keeps the modifier word ("nearly", "about") in ``qmod``: it tells "nearly" from "about"
    words = f"{f.get('qmod') or ''} {e.text}".strip()
    if isinstance(n, (int, float)) and not isinstance(n, bool) and isinstance(unit, str):
        return duration_days(float(n), unit, e.mod, words)
    m = _ISO_DURATION.match(e.value or "")
    if m:
        u = m.group(2)
        if e.value.startswith("PT"):
            u = {"H": "H", "M": "MIN", "S": "S"}.get(u, u)
        return duration_days(float(m.group(1)), u, e.mod, words)
    return None


@dataclass(frozen=True)
class Reading:
    """What an expression says about time, in the network's terms (days, relative to the anchor).

    ``absolute`` expressions are placed against the origin by their resolved interval; the
    others only through the anchor.  ``start``/``end`` are ``(lo, hi)`` days from the anchor's
    midnight to the expression's start/end when the Spec alone fixes them (used when the anchor
    is unknown).  ``weekday`` (0 = Monday), ``month``/``day``/``year`` are unary constraints on the
    start day.  ``duration`` is the length it states (DURATION); ``eventrel``/``ordinal`` say how
    it hangs on an event ("into", "week_of", "age").
    """

    absolute: bool = False
    start: tuple[float, float] | None = None
    end: tuple[float, float] | None = None
    weekday: int | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    duration: tuple[float, float] | None = None
    eventrel: str | None = None
    ordinal: int | None = None
    unit: str | None = None
    fine: bool = False  # has a time of day: its points are not at midnight
    length: tuple[float, float] | None = None  # days from its start to its end, when the Spec fixes it


def _int(v: object) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def read_expression(e: Expression) -> Reading:
    """Interpret an expression's Spec (from extraction) into a :class:`Reading`."""
    spec = e.spec
    f = spec.fields if spec is not None else {}
    kind = spec.kind if spec is not None else ""
    tense = spec.tense if spec is not None else None
    fine = e.type == "TIME" or "hour" in f
    weekday, month, day, year = _int(f.get("weekday")), _int(f.get("month")), _int(f.get("day")), _int(f.get("year"))
    if spec is None:
        # hand-built or foreign expressions: a written four-digit year makes them absolute
        ym = re.match(r"^(\d{4})", e.value or "")
        absolute = bool(ym) and ym is not None and ym.group(1) in e.text
        return Reading(absolute=absolute, duration=_duration_of(e) if e.type == "DURATION" else None, fine=fine)
    if e.event_relation is not None:
        return Reading(duration=_duration_of(e), eventrel=e.event_relation, ordinal=_int(f.get("ordinal")),
                       unit=f.get("unit") if isinstance(f.get("unit"), str) else None)  # type: ignore[arg-type]
    if year is not None:
        return Reading(absolute=True, weekday=weekday, month=month, day=day, year=year, fine=fine)
    start: tuple[float, float] | None = None
    if kind == "relday" and _int(f.get("offset")) is not None:
        k = float(f["offset"])  # type: ignore[arg-type]
        return Reading(start=(k, k), end=(k + 1, k + 1), fine=fine, length=(1, 1))
    if kind in ("weekday", "time") and weekday is not None and month is None:
        shift = _int(f.get("shift"))
        if shift == -1:
            start = (-7, -1)
        elif shift == 1:
            start = (1, 7)
        elif tense == "past" or shift == 0 and tense != "future":
            start = (-6, 0)
        elif tense == "future":
            start = (0, 6)
        else:
            start = (-3, 3)
        return Reading(start=start, end=(start[0] + 1, start[1] + 1), weekday=weekday, fine=fine, length=(1, 1))
    if kind == "time" and _int(f.get("offset")) is not None:
        k = float(f["offset"])  # type: ignore[arg-type]
        return Reading(start=(k, k + 1), end=(k, k + 1), fine=True)
    if kind == "date" and month is not None and day is not None:
        if tense == "past":
            start = (-366, 0)
        elif tense == "future":
            start = (0, 366)
        else:
            start = (-183, 183)
        return Reading(start=start, end=(start[0] + 1, start[1] + 1), weekday=weekday, month=month, day=day,
                       length=(1, 1))
    if kind == "duration" and f.get("direction") in ("past", "future"):
        d = _duration_of(e)
        if d is not None and not math.isinf(d[1]):
            if f.get("direction") == "past":  # "the past 12 days": ends today (or at its start)
                return Reading(start=(-d[1], 1 - d[0]), end=(0, 1), duration=d, length=d)
            return Reading(start=(0, 1), end=(d[0], d[1] + 1), duration=d, length=d)
    if kind == "ago" and f.get("relative_to") is None:
        d = _duration_of(e)
        if d is not None and not math.isinf(d[1]):
            start = (d[0], d[1]) if f.get("direction") == "after" else (-d[1], -d[0])
            return Reading(start=start, end=(start[0] + 1, start[1] + 1))
    if e.type == "DURATION":
        return Reading(duration=_duration_of(e))
    return Reading(weekday=weekday, month=month, day=day, fine=fine)
