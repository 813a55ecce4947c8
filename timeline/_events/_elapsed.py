"""How much time an event-relative phrase says has passed: "second week", "nearly two weeks",
"day 12" (split from :mod:`._link`, which links those phrases to the events they measure)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from timeline._events._rx import rx
from timeline.model import Expression

__all__ = ["elapsed_days", "fields_of", "ordinal_of"]

_NUM = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30, "several": 3, "few": 3,
}
_ORD = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}
_UNIT_DAYS = {"D": 1.0, "W": 7.0, "M": 30.44, "Y": 365.25}
# Rounding tolerance of a plain "N units" count, in days: people round weeks to a few days,
# months to half a month, years to half a year.
_TOL = {"D": 1.0, "W": 3.0, "M": 15.0, "Y": 182.0}
_UNIT = {"day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
         "year": "Y", "years": "Y"}
_DURATION_TEXT = re.compile(
    r"(?:(nearly|almost|about|around|some|roughly|more than|over|less than|just over|just under|at least)\s+)?"
    r"(?<![\w-])(\d+|" + "|".join(_NUM) + r")[\s-]+(day|week|month|year)s?\b",  # (not "one" of "thirty-one")
    re.IGNORECASE,
)
_ORDINAL_TEXT = re.compile(r"\b(" + "|".join(_ORD) + r"|\d+(?:st|nd|rd|th))\s+(day|week|month|year)\b", re.I)


def ordinal_of(text: str, fields: Mapping[str, object]) -> tuple[int, float] | None:
    """An ordinal period (k, days in its unit): as extraction read it ("day 12", "a 15th straight day"
    carry ``ordinal`` and ``unit``), else as written ("second week")."""
    k, unit = fields.get("ordinal"), fields.get("unit")
    if isinstance(k, int) and not isinstance(k, bool) and k >= 1 and isinstance(unit, str) and unit in _UNIT_DAYS:
        return k, _UNIT_DAYS[unit]
    o = _ORDINAL_TEXT.search(text)
    if o is None:
        return None
    return _ORD.get(o.group(1).lower()) or int(rx(r"\D").sub("", o.group(1))), _UNIT_DAYS[_UNIT[o.group(2).lower()]]


def fields_of(e: Expression) -> Mapping[str, object]:
    return e.spec.fields if e.spec is not None else {}


def elapsed_days(text: str, value: str = "", mod: str | None = None, fields: Mapping[str, object] | None = None
                 ) -> tuple[float, float] | None:
    """Days elapsed that a duration phrase states, as ``(lo, hi)`` (the spec of event-relative times).

    "second week" -> (7, 14): some day of the second week; "nearly two weeks" -> (11, 14): a little
    under a count; "more than two months" -> the count to the count plus twice its rounding;
    "seven months" -> the count within its rounding (half a month for months, three days for weeks,
    a day for days).
    """
    o = ordinal_of(text, fields or {})
    if o is not None:
        k, u = o
        return ((k - 1) * u, k * u)
    n: float
    m = _DURATION_TEXT.search(text)
    if m is not None:
        qual = (m.group(1) or "").lower()
        n_txt = m.group(2).lower()
        n = float(_NUM[n_txt]) if n_txt in _NUM else float(n_txt)
        unit = _UNIT[m.group(3).lower()]
    else:
        v = rx(r"P(\d+(?:\.\d+)?)([DWMY])").fullmatch(value)
        if v is None:
            return None
        n, unit = float(v.group(1)), v.group(2)
        qual = {"LESS_THAN": "nearly", "EQUAL_OR_LESS": "nearly", "MORE_THAN": "more than",
                "EQUAL_OR_MORE": "more than", "APPROX": "about"}.get(mod or "", "")
    base, tol = n * _UNIT_DAYS[unit], _TOL[unit]
    if qual in {"nearly", "almost", "less than", "just under"}:
        return (max(0.0, base - tol), base)
    if qual in {"more than", "over", "just over", "at least"}:
        return (base, base + 2 * tol)
    if qual in {"about", "around", "some", "roughly"}:
        return (max(0.0, base - 1.5 * tol), base + 1.5 * tol)
    return (max(0.0, base - tol), base + tol)
