"""Absolute dates: every common news format of a calendar day or month.

Rules: ``abs_weekday_date`` ("Saturday (October 29)", "Tuesday 25 Oct 2016", "Sunday, 05 April
2020"), ``abs_month_day`` ("October 24, 2016", "Oct. 24", "Oct 24th"), ``abs_day_month``
("24 Oct 2016", "the 5th of May"), ``abs_month_year`` ("June 2014", "June of 2014"),
``abs_iso`` ("2016-10-24"), ``abs_numeric`` ("24/10/2016": only when the day/month order is
unambiguous).  A date with its year carries its value already; without a year it is resolved
against the anchor by tense.
"""

from __future__ import annotations

import re

from timeline._extract._lexicon import DAYNUM, MONTH, WEEKDAY, YEAR4, month_number, weekday_number
from timeline._extract._rule import POSMOD, Example, Hit, Rule, grp, posmod_code

__all__ = ["EXAMPLES", "NEGATIVES", "RULES"]

_YEAR_TAIL = rf"(?:,?\s*(?:of\s+)?(?P<year>{YEAR4})|\s+(?P<yshift>last|this|next)\s+year)?"
_MD = rf"(?P<month>{MONTH})\s*(?P<day>{DAYNUM}){_YEAR_TAIL}"
_DM = rf"(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH}){_YEAR_TAIL.replace('year>', 'year2>').replace('yshift', 'yshift2')}"


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _date_hit(m: re.Match[str], *, mod: str | None = None) -> Hit | None:
    month_s = grp(m, "month") or grp(m, "month2")
    day_s = grp(m, "day") or grp(m, "day2")
    year_s = grp(m, "year") or grp(m, "year2")
    if month_s is None or day_s is None:
        return None
    month, day = month_number(month_s), _day(day_s)
    if day > 31 or (month == 2 and day > 29) or (month in (4, 6, 9, 11) and day > 30):
        return None
    fields: dict[str, str | int | float | bool | None] = {"month": month, "day": day}
    value = ""
    if year_s:
        fields["year"] = int(year_s)
        value = f"{int(year_s):04d}-{month:02d}-{day:02d}"
    wd = grp(m, "weekday")
    if wd:
        fields["weekday"] = weekday_number(wd)
    ys = grp(m, "yshift") or grp(m, "yshift2")
    if ys and not year_s:
        fields["year_shift"] = {"last": -1, "this": 0, "next": 1}[ys.lower()]
    sh = grp(m, "shift")
    if sh and not year_s:
        fields["shift"] = -1 if sh.lower() == "last" else 1 if sh.lower() == "next" else 0
    return Hit("date", "DATE", fields, value=value, mod=mod)


def _weekday_date(m: re.Match[str]) -> Hit | None:
    if "(" in m.group(0) and ")" not in m.group(0):
        return None
    return _date_hit(m)


def _month_year(m: re.Match[str]) -> Hit | None:
    month, year = month_number(m.group("month")), int(m.group("year"))
    mod = posmod_code(grp(m, "pmod"))
    return Hit("month", "DATE", {"month": month, "year": year}, value=f"{year:04d}-{month:02d}", mod=mod)


def _iso(m: re.Match[str]) -> Hit | None:
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    fields: dict[str, str | int | float | bool | None] = {"year": y, "month": mo, "day": d}
    if m.group("hh"):
        fields.update(hour=int(m.group("hh")), minute=int(m.group("mm")))
        return Hit("time", "TIME", fields, value=f"{y:04d}-{mo:02d}-{d:02d}T{m.group('hh')}:{m.group('mm')}")
    return Hit("date", "DATE", fields, value=f"{y:04d}-{mo:02d}-{d:02d}")


def _numeric(m: re.Match[str]) -> Hit | None:
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if y < 100:
        y += 2000 if y < 50 else 1900
    if a > 12 and 1 <= b <= 12:
        day, month = a, b
    elif b > 12 and 1 <= a <= 12:
        day, month = b, a
    elif a == b and a <= 12:
        day = month = a
    else:  # 03/04/2016: the order is unknown, so say nothing rather than guess
        return None
    if day > 31:
        return None
    return Hit("date", "DATE", {"year": y, "month": month, "day": day}, value=f"{y:04d}-{month:02d}-{day:02d}")


def _md(m: re.Match[str]) -> Hit | None:
    return _date_hit(m, mod=posmod_code(grp(m, "pmod")))


RULES = [
    Rule("abs_weekday_date",
         rf"(?P<weekday>{WEEKDAY}),?\s*\(?\s*(?:the\s+)?(?:{_MD}|{_DM})\s*\)?(?<!\s)", _weekday_date, 5),
    Rule("abs_iso", r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d\d)?)?(?![\d-])",
         _iso, 5),
    Rule("abs_numeric", r"(?<![\d/.-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])", _numeric, 6),
    Rule("abs_month_day", rf"(?:{POSMOD}|(?P<shift>last|next|this)\s+)?{_MD}(?![\d,]\d)", _md, 10),
    Rule("abs_day_month", rf"(?:the\s+)?{_DM}", _md, 10),
    Rule("abs_month_year", rf"{POSMOD}?(?P<month>{MONTH})\s*,?\s*(?:of\s+)?(?P<year>{YEAR4})", _month_year, 11),
]

EXAMPLES = [
    Example("The talks ended on October 24, 2016, in Geneva.", "October 24, 2016", "2016-10-24",
            interval=("2016-10-24", "2016-10-25")),
    Example("Ministers met in Paris on 24 Oct 2016.", "24 Oct 2016", "2016-10-24"),
    Example("He resigned on the 3rd of March 2015.", "the 3rd of March 2015", "2015-03-03"),
    Example("The ceasefire was signed Oct. 24.", "Oct. 24", "2016-10-24"),
    Example("Voting is due to start on Nov. 8.", "Nov. 8", "2016-11-08"),
    Example("Rebels attacked the town on Dec 30 last year.", "Dec 30 last year", "2015-12-30"),
    Example("Rebels attacked the town on Dec 30.", "Dec 30", "2015-12-30"),  # "attacked" governs it
    Example("The offer, the firm said, is payable Dec 30.", "Dec 30", "2016-12-30"),
    Example("The file is dated 2016-10-24.", "2016-10-24", "2016-10-24"),
    Example("The photo was taken on 24/10/2016.", "24/10/2016", "2016-10-24"),
    Example("The photo was taken on 10/24/2016.", "10/24/2016", "2016-10-24"),
    Example("The army moved on Saturday (October 29) towards the city.", "Saturday (October 29)", "2016-10-29"),
    Example("Reuters, Tuesday 25 Oct 2016", "Tuesday 25 Oct 2016", "2016-10-25"),
    Example("It was announced on Monday, January 4, 2016.", "Monday, January 4, 2016", "2016-01-04"),
    Example("The group took the city in June 2014.", "June 2014", "2014-06",
            interval=("2014-06-01", "2014-07-01")),
    Example("The plant opened in September of 1998.", "September of 1998", "1998-09"),
    Example("Prices rose sharply in early March 2015.", "early March 2015", "2015-03", mod="START"),
    Example("Elections are planned for mid-November 2017.", "mid-November 2017", "2017-11", mod="MID"),
    Example("The decree took effect March 1st.", "March 1st", "2016-03-01"),
    Example("OCTOBER 12, 2016 - Troops advanced.", "OCTOBER 12, 2016", "2016-10-12"),
]

NEGATIVES = [
    Example("The form number is 03/04/2016 in the registry.", None),
    Example("Call 555-2016-10 for tickets.", None),
    Example("He may 5 times have tried.", None),
]
