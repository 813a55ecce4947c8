"""How many days a gap phrase states: "three days" -> (3, 3), "four weeks" -> (25, 31), "hours" -> (0, 1)
(split from :mod:`._relations`, so that the event-relative phrases of :mod:`._offsets` read gaps the same way)."""

from __future__ import annotations

import math
import re

from timeline._events._rx import rx

__all__ = ["QTY", "gap_days"]

_NUM = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}
_UNIT_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
# Rounding of a plain count: days are counted exactly, weeks to a few days, months to half a month.
_TOL = {"hour": 0.0, "day": 0.0, "week": 3.0, "month": 15.0, "year": 182.0}
QTY = (r"(?:(?P<qual>(?:nearly|almost|about|around|some|roughly|more\s+than|over|less\s+than|just\s+over|"
       r"just\s+under|at\s+least|only|barely|just|exactly)\s+)?"
       r"(?:(?P<num>\d+|a\s+few|several|few|" + "|".join(_NUM) + r")[\s-]+(?P<unit>hour|day|week|month|year)s?"
       r"|(?P<bare>hours|days|weeks|months)\b))")


def gap_days(text: str) -> tuple[float, float] | None:
    """Days a gap phrase states, as ``(lo, hi)``: "three days" -> (3, 3); "four weeks" -> (25, 31).

    Days are exact; "nearly"/"almost" allow up to one unit's rounding below, "more than" above;
    "a few" is 2-4 units and "several" 2-9, with rounding.
    """
    m = rx(QTY, re.IGNORECASE).search(text)
    if m is None:
        return None
    unit = (m.group("unit") or m.group("bare")[:-1]).lower()
    u, tol = _UNIT_DAYS[unit], _TOL[unit]
    qual = " ".join((m.group("qual") or "").lower().split())
    num = " ".join((m.group("num") or "several").lower().split())  # "hours after", "days before": a few or several
    if num in {"a few", "few"}:
        lo_n, hi_n = 2.0, 4.0
    elif num == "several":
        lo_n, hi_n = 2.0, 9.0
    else:
        lo_n = hi_n = float(_NUM[num]) if num in _NUM else float(num)
    lo, hi = lo_n * u - tol, hi_n * u + tol
    if qual in {"nearly", "almost", "less than", "just under"}:
        lo, hi = lo_n * u - max(tol, u), hi_n * u
    elif qual in {"more than", "over", "just over", "at least"}:
        lo, hi = lo_n * u, hi_n * u + max(2 * tol, u)
    elif qual in {"about", "around", "some", "roughly"}:
        lo, hi = lo_n * u - max(1.5 * tol, 1.0), hi_n * u + max(1.5 * tol, 1.0)
    if unit == "hour":
        return (0.0, float(math.ceil(hi)))
    return (max(0.0, round(lo, 2)), round(hi, 2))
