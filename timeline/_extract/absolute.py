"""Absolute dates: every common news format of a calendar day or month.

Rules: ``abs_weekday_date`` ("Saturday (October 29)", "Tuesday 25 Oct 2016", "Sunday, 05 April
2020"), ``abs_month_day`` ("October 24, 2016", "Oct. 24", "Oct 24th"), ``abs_day_month``
("24 Oct 2016", "the 5th of May"; both also "the morning/night of Oct. 7": TIME of that day), ``abs_month_year`` ("June 2014", "June of 2014"),
``abs_day_ordinal`` ("on the 17th": a day of the anchor's month, or the one before/after by
tense), ``abs_iso`` ("2016-10-24"), ``abs_numeric`` ("24/10/2016": only when the day/month order is
unambiguous).  A date with its year carries its value already; without a year it is resolved
against the anchor by tense.

A day that does not exist ("February 30", "30 February 2017", "Saturday (February 30)", "April
31") is still a DATE expression, with ``fields["impossible"] = True``, the value as written
(``2017-02-30``; ``XXXX-02-30`` without a year) and no interval, so that the reasoning stage can
report it; a day above 31 is no date at all.
"""

from __future__ import annotations

import calendar
import re

from timeline._extract._lexicon import DAYNUM, MONTH, WEEKDAY, YEAR4, month_number, part_code, weekday_number
from timeline._extract._rule import POSMOD, Example, Hit, Rule, grp, posmod_code

__all__ = ["EXAMPLES", "NEGATIVES", "RULES", "possible"]

_PART_OF = r"the\s+(?P<part0>morning|afternoon|evening|night)\s+of\s+"
# "1 January 0000": there is no year 0, but dropping it would leave a confident "1 January" of the anchor's
# year; matched, the date is kept as written and flagged impossible (see ``possible``).
_YEAR0 = r"(?<![\d,.$\u20ac\u00a3#])0000(?!\d|[,.]\d)"
_YEAR_TAIL = rf"(?:,?\s*(?:of\s+)?(?P<year>{YEAR4}|{_YEAR0})|\s+(?P<yshift>last|this|next)\s+year)?"
_MD = rf"(?P<month>{MONTH})\s*(?P<day>{DAYNUM}){_YEAR_TAIL}"
_DM = rf"(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<month2>{MONTH}){_YEAR_TAIL.replace('year>', 'year2>').replace('yshift', 'yshift2')}"


def possible(f: dict[str, str | int | float | bool | None]) -> bool:
    """Whether a day/month (and year, when given) exists: not "February 30", "April 31", or
    "29 February 2017"."""
    month, day, year = f.get("month"), f.get("day"), f.get("year")
    if not isinstance(month, int) or not isinstance(day, int):
        return True
    if isinstance(year, int) and not isinstance(year, bool):
        return year >= 1 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
    return 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


_NON_DIGIT = re.compile(r"\D")


def _day(s: str) -> int:
    return int(_NON_DIGIT.sub("", s))


def _date_hit(m: re.Match[str], *, mod: str | None = None) -> Hit | None:
    month_s = grp(m, "month") or grp(m, "month2")
    day_s = grp(m, "day") or grp(m, "day2")
    year_s = grp(m, "year") or grp(m, "year2")
    if month_s is None or day_s is None:
        return None
    month, day = month_number(month_s), _day(day_s)
    if day > 31:
        return None
    fields: dict[str, str | int | float | bool | None] = {"month": month, "day": day}
    value = ""
    if year_s:
        fields["year"] = int(year_s)
        value = f"{int(year_s):04d}-{month:02d}-{day:02d}"
    if not possible(fields):
        fields["impossible"] = True  # kept: the reasoning stage reports it (value as written, no interval)
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
    if not possible(fields):
        fields["impossible"] = True
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
    fields: dict[str, str | int | float | bool | None] = {"year": y, "month": month, "day": day}
    if not possible(fields):
        fields["impossible"] = True
    return Hit("date", "DATE", fields, value=f"{y:04d}-{month:02d}-{day:02d}")


def _md(m: re.Match[str]) -> Hit | None:
    h = _date_hit(m, mod=posmod_code(grp(m, "pmod")))
    part = grp(m, "part0")
    if h is not None and part:  # "the morning of Oct. 7": that part of the day
        h.fields["part"] = part_code(part)
        h.type = "TIME"
    return h


def _day_ordinal(m: re.Match[str]) -> Hit | None:
    day = int(m.group("dayo"))
    if not 1 <= day <= 31:
        return None
    return Hit("monthday", "DATE", {"day": day})


RULES = [
    Rule("abs_weekday_date",
         rf"(?P<weekday>{WEEKDAY}),?\s*(?:\(\s*)?(?:the\s+)?(?:{_MD}|{_DM})\s*\)?(?<!\s)", _weekday_date, 5),
    Rule("abs_iso", r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:[T ](?P<hh>[0-2]\d):(?P<mm>[0-5]\d)(?::\d\d)?)?(?![\d-])",
         _iso, 5),
    Rule("abs_numeric", r"(?<![\d/.-])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])", _numeric, 6),
    Rule("abs_month_day", rf"(?:{POSMOD}|(?P<shift>last|next|this)\s+|{_PART_OF})?{_MD}(?![\d,]\d)", _md, 10),
    Rule("abs_day_month", rf"(?:{_PART_OF}|the\s+)?{_DM}", _md, 10),
    Rule("abs_day_ordinal",
         r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
         r"the\s+(?P<dayo>[12]?\d|3[01])(?:st|nd|rd|th)(?![\w-])(?!\s+(?:of|century|anniversary|time|floor|day|week|"
         r"month|year|round|place|minute|hour|annual|birthday|straight|consecutive|edition|session|amendment|"
         r"district|division|brigade|army|fleet|regiment|street|avenue)\b)",
         _day_ordinal, 12),
    Rule("abs_month_year", rf"{POSMOD}?(?P<month>{MONTH})\s*(?:,\s*)?(?:of\s+)?(?P<year>{YEAR4})", _month_year, 11),
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
    Example("The fort was built on 1 January 0000, the plaque says.", "1 January 0000", "0000-01-01", interval=None),
    Example("The group took the city in June 2014.", "June 2014", "2014-06",
            interval=("2014-06-01", "2014-07-01")),
    Example("The plant opened in September of 1998.", "September of 1998", "1998-09"),
    Example("Prices rose sharply in early March 2015.", "early March 2015", "2015-03", mod="START"),
    Example("Elections are planned for mid-November 2017.", "mid-November 2017", "2017-11", mod="MID"),
    Example("The decree took effect March 1st.", "March 1st", "2016-03-01"),
    Example("OCTOBER 12, 2016 - Troops advanced.", "OCTOBER 12, 2016", "2016-10-12"),
    Example("Rockets were fired on the 17th, officials said.", "the 17th", "2016-10-17"),
    Example("Payments resume from the 3rd.", "the 3rd", "2016-11-03"),
    Example("Troops must leave by the 30th.", "the 30th", "2016-10-30"),
    Example("Gunmen attacked on the morning of Oct. 7.", "the morning of Oct. 7", "2016-10-07TMO", type="TIME"),
    Example("Shelling resumed on the night of 12 October.", "the night of 12 October", "2016-10-12TNI"),
    Example("The summit ends on the evening of November 3.", "the evening of November 3", "2016-11-03TEV"),
    # an attribution after a comma ("..., the company said.") does not set the tense
    Example("Stock of record Nov. 16 qualifies, the company said.", "Nov. 16", "1989-11-16", anchor="1989-11-01"),
    Example("Holders get the payout on Dec. 21, the bank said.", "Dec. 21", "2016-12-21"),
    Example("The city fell on Oct. 3, the army said.", "Oct. 3", "2016-10-03"),
    # a deadline does not send a day that just passed a year ahead; extended/postponed to = ahead
    Example("The court ordered the boy returned by Jan. 14.", "Jan. 14", "2000-01-14", anchor="2000-01-15"),
    Example("Monitors were sent as laid down by the Feb. 23 accord.", "Feb. 23", "1998-02-23", anchor="1998-03-06"),
    Example("Payment is due by Jan. 14.", "Jan. 14", "2000-01-14", anchor="2000-01-05"),
    Example("The offer was extended to Nov. 16.", "Nov. 16", "1989-11-16", anchor="1989-10-30"),
    Example("The hearing was postponed till March 3.", "March 3", "2017-03-03"),
    Example("The deadline was pushed back to June 1, diplomats said.", "June 1", "2017-06-01"),
    # adjectives in -ed are no past cue
    Example("It will redeem its preferred shares on Oct. 31.", "Oct. 31", "1989-10-31", anchor="1989-10-27"),
    Example("The payout comes on an unspecified date in January.", "January", "1990-01", anchor="1989-10-26"),
    Example("Bonds mature on the undisclosed date of Nov. 30.", "Nov. 30", "2016-11-30"),
    # impossible days are kept (value as written, no interval) for the reasoning stage
    Example("The decree is dated February 30.", "February 30", "XXXX-02-30", interval=None),
    Example("Talks opened on 30 February 2017 in Astana.", "30 February 2017", "2017-02-30", interval=None),
    Example("Troops moved on Saturday (February 30).", "Saturday (February 30)", "XXXX-02-30", interval=None),
    Example("The rally on April 31 was banned.", "April 31", "XXXX-04-31", interval=None),
    Example("It was signed on 29 February 2017.", "29 February 2017", "2017-02-29", interval=None),
    Example("It was signed on 29 February 2016.", "29 February 2016", "2016-02-29",
            interval=("2016-02-29", "2016-03-01")),
]

NEGATIVES = [
    Example("The form number is 03/04/2016 in the registry.", None),
    Example("Call 555-2016-10 for tickets.", None),
    Example("He may 5 times have tried.", None),
    Example("The vote ran 55 to 45 on March 45th.", "45th"),
    Example("He finished on the 3rd floor.", "3rd"),
    Example("It was won by the 4th Brigade.", "4th"),
    Example("On the 20th anniversary, crowds gathered.", "20th"),
]
