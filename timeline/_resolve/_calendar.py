"""Calendar arithmetic, stated once: periods, their TIMEX3 values, shifts and position modifiers.

* Weeks are ISO weeks (Monday-Sunday); ``2016-W43``.  The weekend is Saturday-Sunday of that week.
* Seasons are meteorological: spring Mar-May, summer Jun-Aug, fall Sep-Nov, winter Dec-Feb (the
  winter of year Y starts in December of Y).
* Quarters: Q1 Jan-Mar ...; halves H1 Jan-Jun, H2 Jul-Dec; a decade ``199`` is 1990-1999; a
  century ``19`` is 1900-1999.
* Adding months clamps the day to the month's length (Jan 31 + 1 month = Feb 28/29).
* Position modifiers on a period ``[s, e)`` of length L: START = ``[s, s+L/3)`` with the end
  anywhere in ``[s+L/4, s+L/2]``; MID = start in ``[s+L/4, s+L/3]``, end in ``[s+2L/3, s+3L/4]``;
  END = start in ``[s+L/2, s+2L/3]``, end ``e``.  Bounds are rounded to the day for periods of a
  week or more.
* Holidays: fixed days, the nth weekday of a month, Western Easter (the anonymous Gregorian
  algorithm), Orthodox Easter (Meeus's Julian algorithm), US Election Day, and the arithmetical
  (tabular) Islamic calendar for Eid al-Fitr, Eid al-Adha, Ashura and Ramadan.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import math

from timeline.model import Grain, Interval

__all__ = [
    "DAY", "add_months", "add_units", "day_value", "exact", "half_period", "hijri_day", "holiday_date", "month_period",
    "part_interval", "period_of_unit", "position", "quarter_period", "season_period", "week_period",
    "week_value", "year_period",
]

DAY = dt.timedelta(days=1)
Period = tuple[dt.datetime, dt.datetime, str, Grain]  # start, end, TIMEX3 value, grain
Fields = dict[str, str | int | float | bool | None]


def exact(s: dt.datetime, e: dt.datetime, grain: Grain | None) -> Interval:
    return Interval(start=(s, s), end=(e, e), grain=grain)


def add_months(d: dt.datetime, n: int) -> dt.datetime:
    k = d.year * 12 + d.month - 1 + n
    y, m = divmod(k, 12)
    day = min(d.day, _cal.monthrange(y, m + 1)[1])
    return d.replace(year=y, month=m + 1, day=day)


def add_units(d: dt.datetime, n: float, unit: str) -> dt.datetime:
    """``d`` moved by ``n`` units (D, W, FN, WE, M, Q, Y, DE, CE, ML, H, MIN, S); may be negative."""
    if unit in ("D", "WE"):
        return d + dt.timedelta(days=n * (2 if unit == "WE" else 1))
    if unit in ("W", "FN"):
        return d + dt.timedelta(weeks=n * (2 if unit == "FN" else 1))
    if unit == "H":
        return d + dt.timedelta(hours=n)
    if unit == "MIN":
        return d + dt.timedelta(minutes=n)
    if unit == "S":
        return d + dt.timedelta(seconds=n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}[unit] * n
    whole = int(months)
    out = add_months(d, whole)
    frac = months - whole
    if frac:
        out += dt.timedelta(days=30.44 * frac)
    return out


def day_value(d: dt.datetime) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def week_value(d: dt.datetime) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def week_period(d: dt.datetime) -> Period:
    s = d - dt.timedelta(days=d.weekday())
    return s, s + dt.timedelta(days=7), week_value(d), "week"


def month_period(y: int, m: int) -> Period:
    s = dt.datetime(y, m, 1)
    return s, add_months(s, 1), f"{y:04d}-{m:02d}", "month"


def quarter_period(y: int, q: int) -> Period:
    s = dt.datetime(y, 3 * (q - 1) + 1, 1)
    return s, add_months(s, 3), f"{y:04d}-Q{q}", "quarter"


def half_period(y: int, h: int) -> Period:
    s = dt.datetime(y, 6 * (h - 1) + 1, 1)
    return s, add_months(s, 6), f"{y:04d}-H{h}", "half_year"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_period(y: int, code: str) -> Period:
    s = dt.datetime(y, _SEASON_START[code], 1)
    return s, add_months(s, 3), f"{y:04d}-{code}", "season"


def year_period(y: int) -> Period:
    return dt.datetime(y, 1, 1), dt.datetime(y + 1, 1, 1), f"{y:04d}", "year"


def period_of_unit(d: dt.datetime, unit: str) -> Period:
    """The calendar period of grain ``unit`` that contains ``d``."""
    if unit == "D":
        s = dt.datetime(d.year, d.month, d.day)
        return s, s + DAY, day_value(s), "day"
    if unit in ("W", "FN"):
        return week_period(d)
    if unit == "WE":
        s = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
        return s, s + 2 * DAY, week_value(d) + "-WE", "week"
    if unit == "M":
        return month_period(d.year, d.month)
    if unit == "Q":
        return quarter_period(d.year, (d.month - 1) // 3 + 1)
    if unit == "DE":
        y0 = d.year // 10 * 10
        return dt.datetime(y0, 1, 1), dt.datetime(y0 + 10, 1, 1), f"{y0 // 10:03d}", "decade"
    if unit in ("CE", "ML"):
        y0 = d.year // 100 * 100
        return dt.datetime(max(y0, 1), 1, 1), dt.datetime(y0 + 100, 1, 1), f"{y0 // 100:02d}", "century"
    if unit in ("H", "MIN", "S"):
        s = d.replace(minute=0, second=0, microsecond=0)
        return s, s + dt.timedelta(hours=1), s.strftime("%Y-%m-%dT%H"), "hour"
    return year_period(d.year)


def _round(p: dt.datetime, up: bool) -> dt.datetime:
    base = dt.datetime(p.year, p.month, p.day)
    return base + DAY if (up and p != base) else base


def position(s: dt.datetime, e: dt.datetime, mod: str | None, grain: Grain | None) -> Interval:
    """The interval of ``[s, e)`` under a position modifier (START, MID, END; else exact)."""
    if mod not in ("START", "MID", "END"):
        return exact(s, e, grain)
    L = e - s
    day_round = dt.timedelta(days=7) <= L

    def at(f: float, up: bool = False) -> dt.datetime:
        p = s + L * f
        return _round(p, up) if day_round else p

    if mod == "START":
        return Interval(start=(s, s), end=(at(0.25), at(0.5, True)), grain=grain)
    if mod == "MID":
        return Interval(start=(at(0.25), at(1 / 3, True)), end=(at(2 / 3), at(0.75, True)), grain=grain)
    return Interval(start=(at(0.5), at(2 / 3, True)), end=(e, e), grain=grain)


#: Parts of the day as hour bounds from midnight: (start earliest, start latest, end earliest,
#: end latest).  Night runs into the next morning.
PARTS = {
    "MO": (5, 8, 11, 12), "MI": (11, 12, 13, 14), "AF": (12, 13, 17, 18), "EV": (17, 19, 21, 24),
    "NI": (18, 22, 28, 31), "DT": (6, 9, 17, 19), "predawn": (0, 3, 5, 7), "dawn": (4, 5, 7, 8),
    "dusk": (17, 18, 19, 21),
}


def part_interval(d: dt.datetime, part: str, day_uncertain: bool = False) -> Interval:
    """The part ``part`` of day ``d``; ``day_uncertain`` lets the day be ``d - 1`` too."""
    a, b, c, e = PARTS.get(part, PARTS["NI"])
    h = dt.timedelta(hours=1)
    back = DAY if day_uncertain else dt.timedelta(0)
    return Interval(start=(d + a * h - back, d + b * h), end=(d + c * h - back, d + e * h), grain="part_of_day")


# -- holidays ------------------------------------------------------------------------------------
def _i(f: Fields, k: str) -> int:
    v = f.get(k)
    return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else 0


def holiday_date(f: Fields, y: int) -> dt.datetime:
    """The day of a named holiday in year ``y``: fixed (month, day), nth weekday of a month
    (``hn`` = -1: the last), Western Easter plus an offset, Orthodox Easter, or US Election Day."""
    how, mo, x, n = str(f.get("how")), _i(f, "hmonth"), _i(f, "hx"), _i(f, "hn")
    if how == "fixed":
        return dt.datetime(y, mo, x)
    if how == "easter":  # anonymous Gregorian algorithm
        a_, b, c = y % 19, y // 100, y % 100
        d, e = divmod(b, 4)
        g = (8 * b + 13) // 25
        h = (19 * a_ + b - d - g + 15) % 30
        i, k = divmod(c, 4)
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m_ = (a_ + 11 * h + 22 * l_) // 451
        month, day = divmod(h + l_ - 7 * m_ + 114, 31)
        return dt.datetime(y, month, day + 1) + dt.timedelta(days=n)
    if how == "jeaster":
        return julian_easter(y)
    if how == "election":  # the Tuesday after the first Monday of November
        first = dt.datetime(y, 11, 1)
        monday = first + dt.timedelta(days=(0 - first.weekday()) % 7)
        return monday + dt.timedelta(days=1)
    if n > 0:
        first = dt.datetime(y, mo, 1)
        return first + dt.timedelta(days=(x - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.datetime(y + (mo == 12), mo % 12 + 1, 1) - DAY
    return last - dt.timedelta(days=(last.weekday() - x) % 7)


_ISLAMIC_EPOCH = 1948439.5  # Julian day of 1 Muharram AH 1 (16 July 622, Julian calendar)


def hijri_day(y: int, m: int, d: int) -> dt.datetime:
    """Day ``d`` of month ``m`` of Hijri year ``y`` in the arithmetical (tabular) Islamic calendar:
    the Saudi Umm al-Qura day or the day after it (checked on 30 feasts of 2010-2024)."""
    jd = d + math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + (3 + 11 * y) // 30 + _ISLAMIC_EPOCH - 1
    o = dt.date.fromordinal(int(jd - 1721424.5))
    return dt.datetime(o.year, o.month, o.day)


def julian_easter(y: int) -> dt.datetime:
    """Orthodox Easter (Meeus's Julian algorithm), as a Gregorian day (1900-2099: +13 days)."""
    a_, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a_ + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.datetime(y, month, day + 1) + dt.timedelta(days=13)
