"""One resolver per ``Spec.kind``: the value and the interval of an expression given the anchor day.

Direction by tense (bare weekdays, months, seasons, dates without a year, quarters): past tense
picks the most recent occurrence on or before the anchor, future tense the next on or after it,
no tense (or present) the nearest, ties going to the past.  "Last <month>" is the most recent such
month before the anchor's, except the month just before it, which would be "last month": named,
it is the one a year earlier ("crashed last February" written on 1 March).

Quantities (durations, "ago"): a plain count is exact.  A modified count strays from n by at most
a *slack* s = min(n / 4, cap), cap = one unit for units shorter than a month (hours, days, weeks,
fortnights) and half a unit for a month or longer (months, quarters, years, decades): "nearly/
almost n" is between n - s and n; "about/around n" between n - s and n + s (by the modifier word,
with or without a TIMEX3 mod); "more than/over/at least n" between n and n + max(1 unit, n / 4);
"less than/under/at most n" between max(0, n - max(1 unit, n / 4)) and n.  So "nearly eight years
ago" is 7.5 to 8 years back (not 6 to 8), "about two weeks" 10.5 to 17.5 days, "nearly a year" 9
to 12 months, "more than eight years ago" 8 to 10 years back, "less than two years" 1 to 2 years,
"less than a year" 0 to 1 year.  A vague count ("several", "a few") is between 2 and 10 units.  Anchored durations run up to the anchor ("the past 12 days" from
anchor 2016-10-29: start 2016-10-17, end 2016-10-29) or from it ("the next three weeks").
Vague references: PAST_REF covers ``window`` days before the anchor (recently: 30, in recent
days: 10, recent weeks: 42, recent months: 183, recent years: 5 years; "the past": unbounded),
PRESENT_REF the anchor day, FUTURE_REF ``window`` days after it (soon: 30, unbounded "future").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from timeline._resolve._calendar import (
    DAY,
    Period,
    add_units,
    day_value,
    exact,
    half_period,
    hijri_day,
    holiday_date,
    month_period,
    part_interval,
    period_of_unit,
    position,
    quarter_period,
    season_period,
    week_period,
    year_period,
)
from timeline.model import Interval, Spec

__all__ = ["resolve_spec"]

Result = tuple[str, Interval | None]
Fields = dict[str, str | int | float | bool | None]


def _i(f: Fields, k: str, default: int = 0) -> int:
    v = f.get(k)
    return int(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else default


_FAR, _NEAR = dt.timedelta(days=200), dt.timedelta(days=92)
_RECENT = dt.timedelta(days=30)
_SURE_GAP = 30
_PRESENT_BIAS = 3  # days: without a tense, news mostly reports the past  # characters: a tense cue this close governs the expression ("fell in November")


def _pick(cands: list[tuple[dt.datetime, dt.datetime]], a: dt.datetime, tense: str | None,
          gap: int = 0) -> int:
    """Index of the candidate period (start, end) the tense points to, relative to anchor day a.

    A tense read from a distant cue (more than ~30 characters away: "said" at the end of a long
    sentence) does not send a date more than ~200 days away when the other direction has one
    within ~3 months: "payable Dec. 7" in an Oct. 27 report is the coming Dec. 7, but "the city
    fell in November" written on Oct. 29 is last November.  A deadline word (``gap`` 0: "by Jan.
    14") points ahead, but not a year ahead when the day passed within the last 30 days.
    """
    far_ok = gap <= _SURE_GAP
    past = [i for i, (s, _) in enumerate(cands) if s <= a]
    fut = [i for i, (_, e) in enumerate(cands) if e > a]
    p = max(past, key=lambda i: cands[i][0]) if past else None
    f = min(fut, key=lambda i: cands[i][0]) if fut else None
    if tense == "past" and p is not None:
        if far_ok or not (f is not None and a - cands[p][0] > _FAR and cands[f][0] - a < _NEAR):
            return p
        return f
    # a deadline word ("by Jan. 14", "by the Feb. 23 accord") does not send a day that just
    # passed a year ahead: a deadline reported right after it passed is the past one
    if (tense == "future" and f is not None and gap == 0 and p is not None
            and a - cands[p][1] < _RECENT and cands[f][0] - a > _FAR):
        return p
    if tense == "future" and f is not None:
        if far_ok or not (p is not None and cands[f][0] - a > _FAR and a - cands[p][0] < _NEAR):
            return f
        return p

    def dist(i: int) -> tuple[float, int]:
        s, e = cands[i]
        if s <= a < e:
            return (0.0, 0)
        d = (s - a) if s > a else (a - e + DAY)
        return (d.total_seconds(), 0 if s <= a else 1)

    return min(range(len(cands)), key=dist)


def _period_result(p: Period, mod: str | None) -> Result:
    s, e, value, grain = p
    return value, position(s, e, mod, grain)


def _with_part(d: dt.datetime, f: Fields, mod: str | None, uncertain: bool = False) -> Result:
    part = f.get("part")
    if isinstance(part, str):
        code = part if part in ("MO", "AF", "EV", "NI", "MI", "DT") else "NI"
        return f"{day_value(d)}T{code}", part_interval(d, part, uncertain)
    if mod in ("START", "END") and not f.get("side"):  # "earlier today": the whole day, mod START
        h = dt.timedelta(hours=1)
        if mod == "START":
            return day_value(d), Interval(start=(d, d), end=(d + 6 * h, d + 12 * h), grain="day")
        return day_value(d), Interval(start=(d + 15 * h, d + 20 * h), end=(d + DAY, d + DAY), grain="day")
    return day_value(d), exact(d, d + DAY, "day")


# --- kinds -----------------------------------------------------------------------------------

def _date(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    month, day = _i(f, "month"), _i(f, "day")
    if f.get("impossible"):  # "February 30": kept as written, not on the calendar
        return (value or f"XXXX-{month:02d}-{day:02d}"), None
    if "year" in f:
        return _with_part(dt.datetime(_i(f, "year"), month, day), f, mod)
    if a is None:
        return f"XXXX-{month:02d}-{day:02d}", None
    if "year_shift" in f:
        return _with_part(dt.datetime(a.year + _i(f, "year_shift"), month, day), f, mod)
    cands: list[dt.datetime] = []
    for y in (a.year - 1, a.year, a.year + 1):
        try:
            cands.append(dt.datetime(y, month, day))
        except ValueError:
            continue
    if "weekday" in f:
        match = [c for c in cands if c.weekday() == _i(f, "weekday") and abs((c - a).days) <= 200]
        if match:
            cands = match
    shift = f.get("shift")
    if shift in (-1, 1):
        tense = "past" if shift == -1 else "future"
    i = _pick([(c, c + DAY) for c in cands], a, tense, _i(f, "tense_gap"))
    return _with_part(cands[i], f, mod)


def _monthday(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    """ "on the 17th": that day of the anchor's month, or of the month before or after, by tense."""
    day = _i(f, "day")
    if a is None:
        return f"XXXX-XX-{day:02d}", None
    cands: list[dt.datetime] = []
    for k in (-1, 0, 1):
        first = add_units(dt.datetime(a.year, a.month, 1), k, "M")
        try:
            cands.append(first.replace(day=day))
        except ValueError:
            continue
    i = _pick([(c, c + DAY) for c in cands], a, tense, _i(f, "tense_gap"))
    return _with_part(cands[i], f, mod)


def _weekday(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    w = _i(f, "weekday")
    if a is None:
        part = f.get("part")
        return f"XXXX-WXX-{w + 1}" + (f"T{part}" if isinstance(part, str) else ""), None
    back = (a.weekday() - w) % 7
    fwd = (w - a.weekday()) % 7
    shift = f.get("shift")
    if shift == -1:
        d = a - dt.timedelta(days=back or 7)
    elif shift == 1:
        d = a + dt.timedelta(days=fwd or 7)
    elif tense == "past" or (f.get("possessive") and not f.get("told_subject")):
        # "Wednesday's ruling": an event already reported (but "said Thursday's summit would go
        # ahead": the subject of a reported clause, placed by that clause's own tense)
        d = a - dt.timedelta(days=back)
    elif tense == "future" or shift == 0:
        d = a + dt.timedelta(days=fwd)
    else:
        d = a - dt.timedelta(days=back) if back <= fwd + _PRESENT_BIAS else a + dt.timedelta(days=fwd)
    return _with_part(d + _i(f, "day_offset", 0) * DAY, f, mod)  # "the day before last Tuesday"


def _weekday_next(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    """ "the day before last Tuesday": that weekday (its own key, not a weekday claim) moved by ``day_offset``."""
    return _weekday({**f, "weekday": f.get("next_to_weekday")}, value, mod, a, tense)


def _relday(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    if a is None:
        part = f.get("part")
        return "XXXX-XX-XX" + (f"T{part}" if isinstance(part, str) else ""), None
    return _with_part(a + _i(f, "offset") * DAY, f, mod)


def _overnight(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    if a is None:
        return "XXXX-XX-XXTNI", None
    d = a - DAY
    if tense == "future":
        d = a
    return f"{day_value(d)}TNI", part_interval(d, "NI")


def _daypart(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    part = str(f.get("part", "NI"))
    code = {"predawn": "NI", "dawn": "MO", "dusk": "EV"}.get(part, part)
    if a is None:
        return f"XXXX-XX-XXT{code}", None
    # no day is named: the day is the anchor's or the one before (a report of last night)
    return f"{day_value(a)}T{code}", part_interval(a, part, day_uncertain=True)


def _relunit(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    unit = str(f.get("unit", "Y"))
    off = _i(f, "offset")
    if a is None or (f.get("narrative") and not f.get("anchor_fallback")):
        part = f"T{f['part']}" if f.get("part") else ""  # "that night": XXXX-XX-XXTNI
        return {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX",
                "DE": "XXX", "CE": "XX"}.get(unit, "XXXX") + part, None
    if f.get("reported") and tense != "future":
        off = -1  # "profit rose in the quarter": the last completed quarter, the one reported
    step = {"WE": "W", "DE": "DE", "CE": "CE"}.get(unit, unit)
    point = add_units(a, off, step)
    if "year" in f:  # "the 1988 quarter": that period of the anchor's calendar, in the year named
        point = point.replace(year=_i(f, "year"), day=1)
    s, e, val, grain = period_of_unit(point, unit)
    side = f.get("side")
    if side == "before":
        return val, Interval(start=(s, s), end=(a, a + DAY), grain=grain)
    if side == "after":
        return val, Interval(start=(a, a + DAY), end=(e, e), grain=grain)
    return val, position(s, e, mod, grain)


def _weekend(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    if a is None:
        return "XXXX-WXX-WE", None
    # the coming (or current) Saturday: on a Sunday, the weekend that day ends, unless looking ahead
    sat = a - DAY if a.weekday() == 6 and tense != "future" else a + dt.timedelta(days=(5 - a.weekday()) % 7)
    if a.weekday() < 5 and tense != "future":
        sat -= dt.timedelta(days=7)  # on a weekday, a past-tense weekend is the last one
    s, e, val, grain = period_of_unit(sat, "WE")
    return val, exact(s, e, grain)


def _islamic_holiday(f: Fields, a: dt.datetime | None, tense: str | None) -> Result:
    """An Islamic holiday: the observed day is the tabular one, give or take a day (the moon)."""
    mo, x = _i(f, "hmonth"), _i(f, "hx")
    period = bool(f.get("period"))

    def span(hy: int) -> tuple[dt.datetime, dt.datetime]:
        s = hijri_day(hy, mo, x)
        return s, (hijri_day(hy + (mo == 12), mo % 12 + 1, 1) if period else s + DAY)

    if "year" in f:
        y = _i(f, "year")
        cands = [span(hy) for hy in range(int((y - 622) * 33 / 32) - 1, int((y - 622) * 33 / 32) + 3)]
        inside = [c for c in cands if c[0].year == y] or [c for c in cands if c[1].year == y]
        if not inside:
            return "XXXX-XX-XX", None
        s, e = inside[0]
    elif a is None:
        return "XXXX-XX-XX", None
    else:
        h0 = int((a.year - 622) * 33 / 32)
        cands = [span(hy) for hy in range(h0 - 2, h0 + 4)]
        shift = f.get("shift")
        if shift in (-1, 1):
            tense = "past" if shift == -1 else "future"
        s, e = cands[_pick(cands, a, tense)]
    iv = Interval(start=(s - DAY, s + DAY), end=(e - DAY, e + DAY), grain="month" if period else "day")
    return (f"{s.year:04d}" if period else day_value(s)), iv


def _holiday_week(f: Fields, a: dt.datetime | None, tense: str | None) -> Result:
    if "year" in f:
        d = holiday_date(f, _i(f, "year"))
    elif a is None:
        return "XXXX-WXX", None
    else:
        days = [holiday_date(f, y) for y in (a.year - 1, a.year, a.year + 1)]
        weeks = [(week_period(d)[0], week_period(d)[1]) for d in days]
        shift = f.get("shift")
        if shift in (-1, 1):
            tense = "past" if shift == -1 else "future"
        d = days[_pick(weeks, a, tense)]
    s, e, value, grain = week_period(d)
    return value, exact(s, e, grain)


def _holiday(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    if f.get("how") == "unknown":  # a national day of an unknown country (see resolve(): a date next to it)
        return "XXXX-XX-XX", None
    if f.get("how") == "hijri":
        return _islamic_holiday(f, a, tense)
    if f.get("week"):  # "Easter week": the ISO week that holds the feast day
        return _holiday_week(f, a, tense)
    if "year" in f:
        d = holiday_date(f, _i(f, "year"))
        return day_value(d), exact(d, d + DAY, "day")
    if a is None:
        return "XXXX-XX-XX", None
    cands = [holiday_date(f, y) for y in (a.year - 1, a.year, a.year + 1)]
    shift = f.get("shift")
    if shift in (-1, 1):
        tense = "past" if shift == -1 else "future"
    d = cands[_pick([(c, c + DAY) for c in cands], a, tense)]
    return day_value(d), exact(d, d + DAY, "day")


def _month(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    m = _i(f, "month")
    if "year" in f:
        return _period_result(month_period(_i(f, "year"), m), mod)
    if a is None:
        return f"XXXX-{m:02d}", None
    if "year_shift" in f:
        return _period_result(month_period(a.year + _i(f, "year_shift"), m), mod)
    shift = f.get("shift")
    if shift == -1:
        y = a.year if m < a.month else a.year - 1
        if m == (a.month + 10) % 12 + 1:
            # the month just before the anchor's is "last month"; naming it ("crashed last
            # February" on 1 March) means the one a year earlier
            y -= 1
    elif shift == 1:
        y = a.year if m > a.month else a.year + 1
    elif shift == 0:
        y = a.year
    else:
        cands = [month_period(y, m) for y in (a.year - 1, a.year, a.year + 1)]
        y = a.year - 1 + _pick([(p[0], p[1]) for p in cands], a, tense, _i(f, "tense_gap"))
    return _period_result(month_period(y, m), mod)


def _week_of(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    """ "the week of March 6": the ISO week (Monday to Monday) holding the day, placed like a date."""
    dv, iv = _date(f, value, None, a, tense)
    if iv is None:
        return "XXXX-WXX", None
    s, e, val, grain = week_period(dt.datetime.fromisoformat(dv[:10]))
    return val, exact(s, e, grain)


def _month_week(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    """ "the first week of November": days 1-7 of the month (the k-th: 7k-6 to 7k; the last: its
    last seven days), the month placed like a bare month; value the ISO week of the middle day."""
    k = _i(f, "week", 1)
    m_value, m_iv = _month(f, value, None, a, tense)
    if m_iv is None or m_iv.start[0] is None or m_iv.end[1] is None:
        return f"{m_value}-WXX" if m_value.startswith("XXXX") else m_value, None
    ms, me = m_iv.start[0], m_iv.end[1]
    s = me - 7 * DAY if k == -1 else ms + 7 * (k - 1) * DAY
    e = min(s + 7 * DAY, me)
    y, w, _ = (s + 3 * DAY).isocalendar()
    return f"{y:04d}-W{w:02d}", exact(s, e, "week")


def _season(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    code = str(f.get("season", "SU"))
    if "year" in f:
        return _period_result(season_period(_i(f, "year"), code), mod)
    if a is None:
        return f"XXXX-{code}", None
    cands = [season_period(y, code) for y in (a.year - 2, a.year - 1, a.year, a.year + 1)]
    shift = f.get("shift")
    if shift == -1:
        ok = [p for p in cands if p[1] <= a] or cands[:1]
        p = ok[-1]
    elif shift == 1:
        p = [p for p in cands if p[0] > a][0]
    elif shift == 0:  # "this summer": the one of the anchor's year (winter: the one around New Year)
        y = a.year - 1 if code == "WI" and a.month <= 2 else a.year
        p = season_period(y, code)
    else:
        p = cands[_pick([(p[0], p[1]) for p in cands], a, tense)]
    return _period_result(p, mod)


def _quarter(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    q = _i(f, "quarter", 1)
    if "year" in f:
        return _period_result(quarter_period(_i(f, "year"), q), mod)
    if a is None:
        return f"XXXX-Q{q}", None
    y = a.year + _i(f, "shift")
    if "shift" not in f:
        aq = (a.month - 1) // 3 + 1
        if tense == "past" and q > aq:
            y -= 1
    return _period_result(quarter_period(y, q), mod)


def _half(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    h = _i(f, "half", 1)
    if "year" in f:
        return _period_result(half_period(_i(f, "year"), h), mod)
    if a is None:
        return f"XXXX-H{h}", None
    return _period_result(half_period(a.year + _i(f, "shift"), h), mod)


def _year(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    if _i(f, "year") < 1:  # "the year 0": no such year, kept for the reasoning stage
        return value or "0000", None
    return _period_result(year_period(_i(f, "year")), mod)


def _decade(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    d = _i(f, "decade")
    return f"{d:03d}", position(dt.datetime(d * 10, 1, 1), dt.datetime(d * 10 + 10, 1, 1), mod, "decade")


def _century(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    c = _i(f, "century")
    return f"{c:02d}", position(dt.datetime(max(c * 100, 1), 1, 1), dt.datetime(c * 100 + 100, 1, 1), mod, "century")


_APPROX_WORDS = frozenset({"about", "around", "approximately", "roughly", "some"})


_SHORT_UNITS = frozenset({"S", "MIN", "H", "D", "WE", "W", "FN"})


def _span(n: float | None, qmod: str | None, mod: str | None, unit: str = "D") -> tuple[float, float]:
    """(low, high) multiples of ``unit`` that a modified count allows (module docstring)."""
    if n is None:
        return 2.0, 10.0
    slack = min(n / 4, 1.0 if unit in _SHORT_UNITS else 0.5)
    w = (qmod or "").lower()
    if w in ("nearly", "almost", "close to"):
        return n - slack, n
    # the modifier word decides, not only the TIMEX3 mod: a span that leaves "about" outside (the
    # TimeBank convention) has no mod, yet "about two weeks" is still approximate
    if mod == "APPROX" or w in _APPROX_WORDS:
        return n - slack, n + slack
    if mod in ("MORE_THAN", "EQUAL_OR_MORE"):
        return n, n + max(1.0, n / 4)
    if mod in ("LESS_THAN", "EQUAL_OR_LESS"):
        return max(0.0, n - max(1.0, n / 4)), n
    return n, n


def _num(f: Fields) -> float | None:
    v = f.get("n")
    return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None


def _duration(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    direction = f.get("direction")
    if a is None or direction not in ("past", "future"):
        return value, None
    unit = str(f.get("unit", "D"))
    n = _num(f)
    lo, hi = _span(n, str(f.get("qmod") or ""), mod, unit)
    # a fractional bound ("the past week and a half", "at least the past 18 months": up to 22.5)
    # is rounded outward to whole days: no noon or 18:43 in a day-grain interval
    whole = (lo.is_integer() and hi.is_integer()) or unit in ("H", "MIN", "S")
    if direction == "past":
        s0, s1 = add_units(a, -hi, unit), add_units(a, -lo, unit)
        if not whole:
            s0, s1 = _day_floor(s0), _day_ceil(s1)
        return value, Interval(start=(s0, s1), end=(a, a), grain="day")
    e0, e1 = add_units(a, lo, unit), add_units(a, hi, unit)
    if not whole:
        e0, e1 = _day_floor(e0), _day_ceil(e1)
    return value, Interval(start=(a, a), end=(e0, e1), grain="day")


def _day_floor(p: dt.datetime) -> dt.datetime:
    return dt.datetime(p.year, p.month, p.day, tzinfo=p.tzinfo)


def _day_ceil(p: dt.datetime) -> dt.datetime:
    f = _day_floor(p)
    return f if f == p else f + DAY


def _ago(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    unit = str(f.get("unit", "D"))
    n = _num(f)
    sign = 1 if f.get("direction") == "after" else -1
    if a is None:
        return ("PAST_REF" if n is None and sign < 0 else "FUTURE_REF" if n is None else
                {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX"}.get(unit, "XXXX")), None
    if n is None:
        lo, hi = _span(None, None, None)
        p1, p2 = add_units(a, sign * lo, unit), add_units(a, sign * hi, unit)
        s, e = min(p1, p2), max(p1, p2)
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), Interval(start=(s, e), end=(s + DAY, e + DAY), grain="day")
    grain_unit = {"FN": "W", "WE": "W", "DE": "Y", "CE": "Y", "ML": "Y", "Q": "M"}.get(unit, unit)
    point = add_units(a, sign * n, unit)
    if f.get("grain") == "Q":
        # the quarter a story of results compares with: the last completed one, n years back
        point = add_units(period_of_unit(a, "Q")[0] - DAY, sign * n, unit)
        grain_unit = "Q"
    s, e, val, grain = period_of_unit(point, grain_unit)
    if unit == "Q":
        val = period_of_unit(point, "Q")[2]
    lo, hi = _span(n, str(f.get("qmod") or ""), mod, unit)
    if (lo, hi) == (n, n):
        return val, exact(s, e, grain)
    p1, p2 = add_units(a, sign * lo, unit), add_units(a, sign * hi, unit)
    s2, e2 = min(p1, p2), max(p1, p2)
    s2 = dt.datetime(s2.year, s2.month, s2.day)
    e2 = dt.datetime(e2.year, e2.month, e2.day)
    return val, Interval(start=(s2, e2), end=(s2 + DAY, e2 + DAY), grain="day")


def _vague(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    ref = str(f.get("ref", "PAST"))
    val = f"{ref}_REF"
    if a is None:
        return val, None
    w = f.get("window")
    span = dt.timedelta(days=int(w)) if isinstance(w, (int, float)) and w else None
    if ref == "PRESENT":
        return val, exact(a, a + DAY, "day")
    if ref == "PAST":
        if span is None:
            return val, Interval(start=(None, a), end=(None, a + DAY))
        return val, Interval(start=(a - span, a), end=(a - span + DAY, a + DAY), grain="day")
    if span is None:
        return val, Interval(start=(a, None), end=(a + DAY, None))
    return val, Interval(start=(a, a + span), end=(a + DAY, a + span + DAY), grain="day")


def _time(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    hh, mm = _i(f, "hour"), _i(f, "minute")
    t = dt.timedelta(hours=hh, minutes=mm)
    minute = dt.timedelta(minutes=1)
    if "year" in f:
        d = dt.datetime(_i(f, "year"), _i(f, "month"), _i(f, "day"))
        uncertain = False
    elif a is None:
        return f"XXXX-XX-XXT{hh:02d}:{mm:02d}", None
    elif "month" in f and "day" in f:  # "5 p.m. EST, Nov. 6": the date named with it, placed like a date
        # (also beside a weekday: "7 p.m. on Tuesday (Aug. 26)"; the weekday is checked against it)
        dv, _ = _date({k: v for k, v in f.items() if k not in ("hour", "minute", "weekday")}, "", None, a, tense)
        d = dt.datetime.fromisoformat(dv[:10])
        uncertain = False
    elif "weekday" in f:
        wv, _ = _weekday(f, "", None, a, tense)
        d = dt.datetime.fromisoformat(wv[:10])
        uncertain = False
    elif "offset" in f:
        d, uncertain = a + _i(f, "offset") * DAY, False
    else:
        d, uncertain = a, True
    p = d + t
    val = f"{day_value(d)}T{hh:02d}:{mm:02d}"
    if uncertain:
        # no day named: the anchor's day or, as news reports the past, the day before; a clock
        # time ahead ("will leave at 4 in the morning") is the anchor's day or the next
        if tense == "future":
            return val, Interval(start=(p, p + DAY), end=(p + minute, p + DAY + minute), grain="minute")
        return val, Interval(start=(p - DAY, p), end=(p - DAY + minute, p + minute), grain="minute")
    return val, exact(p, p + minute, "minute")


def _eventrel(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    # only an event's age ("the almost two-week-old campaign") runs up to the anchor; the others
    # hang on an event the reasoning stage places
    if f.get("direction") == "past":
        return _duration(f, value, mod, a, tense)
    return value, None


def _fixed(f: Fields, value: str, mod: str | None, a: dt.datetime | None, tense: str | None) -> Result:
    return value, None


_KINDS: dict[str, Callable[[Fields, str, str | None, dt.datetime | None, str | None], Result]] = {
    "date": _date, "monthday": _monthday, "weekday": _weekday, "relday": _relday, "overnight": _overnight,
    "daypart": _daypart, "relunit": _relunit, "month": _month, "season": _season,
    "quarter": _quarter, "month_week": _month_week, "week_of": _week_of, "half": _half, "year": _year, "decade": _decade, "century": _century,
    "weekend": _weekend, "holiday": _holiday, "weekday_next": _weekday_next, "duration": _duration, "ago": _ago, "vague": _vague, "time": _time, "set": _fixed,
    "eventrel": _eventrel,
}


def resolve_spec(spec: Spec, value: str, mod: str | None, anchor: dt.datetime | None) -> Result:
    """(value, interval) of one expression's ``spec`` against the anchor day (or ``None``)."""
    fn = _KINDS.get(spec.kind, _fixed)
    try:
        return fn(dict(spec.fields), value, mod, anchor, spec.tense)
    except (ValueError, OverflowError):  # a date that does not exist (Feb 30), or out of range
        try:  # then as without an anchor: the same answer whatever was resolved before
            return fn(dict(spec.fields), value, mod, None, spec.tense)
        except (ValueError, OverflowError):
            return value or "XXXX-XX-XX", None
