"""Times of day: "9:40 am", "10:35 a.m. Friday", "at 14:30 GMT", "7 p.m.", "noon", "midnight".

Rules: ``time_clock`` (h:mm with am/pm, a zone, or a time context word before it: "at", "by",
"around", "until", "from", "before", "after"; "Last Update 9:40" is no story time),
``time_hour`` ("7 p.m."; "7 p.m. on Tuesday (Aug. 26)": the date beside the weekday dates the time), ``time_military`` ("0600 GMT", "1430 hrs", "2200 local time"), ``time_in_the`` ("4 in the morning", "9 o'clock in the evening", "11 at
night"), ``time_named`` ("noon", "midnight", "midday").
A time without a day is placed on the anchor's day (value) with honest bounds on the day.
"""

from __future__ import annotations

import re

from timeline._extract._lexicon import AMPM, MONTH, WEEKDAY, month_number, weekday_number
from timeline._extract._rule import Example, Hit, Rule, grp, mod_code

__all__ = ["EXAMPLES", "NEGATIVES", "RULES"]

_ZONE = r"(?:GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|local\s+time|\(\d{4}\s+GMT\))"
# no day after a parenthesised zone: in "10:35 a.m. (0735 GMT) Friday" the day is its own TIMEX3
_DAYREF = rf"(?:(?<!\))(?:\s*,)?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<rel>today|yesterday|tomorrow|tonight)))?"
_CTX = r"(?P<ctx>at|by|around|about|until|till|from|before|after|since|approximately|roughly|shortly\s+(?:before|after))\s+"


_AMOUNT = re.compile(
    r"\s*(?:billion|million|thousand|trillion|percent|per\b|%|points?|shares?|cents|a\s+share|pence|"
    r"guilders|dollars|euros|pounds|yen|marks|francs|km|kilometres|kilometers|miles|metres|meters|tons|tonnes)",
    re.IGNORECASE)


#: the weekday right after a time, past a restatement in brackets: "4 a.m. local time (0100 GMT) on Tuesday"
_DAY_AFTER = re.compile(rf"\)?(?:\s*\([^()]{{0,40}}\))?(?:\s*,)?\s+(?:on\s+)?(?P<wd2>{WEEKDAY})(?![\w-])", re.IGNORECASE)


#: the weekday inside a restatement in brackets right after a time: "at 4 in the morning (4 a.m. EDT
#: Thursday)", "at 9 p.m. (1800 GMT Friday)": it dates the time before the brackets too
_DAY_IN_BRACKETS = re.compile(rf"\s*\((?:[^()]{{0,30}}?\s)?(?:on\s+)?(?P<wd3>{WEEKDAY})\s*\)", re.IGNORECASE)


#: "5 p.m. EST, Nov. 6": the date right after a clock time dates it, in one TIMEX3 with it (TimeBank's span)
_DATE_AFTER = re.compile(rf"\s*,?\s+(?:on\s+)?(?P<mon>{MONTH})\s+(?P<md>[0-3]?\d)(?![\d:])(?:,?\s+(?P<yr>1[89]\d\d|20\d\d)(?!\d))?", re.IGNORECASE)
#: "7 p.m. on Tuesday (Aug. 26)", "noon on Friday, 3 May": the date set beside the time's weekday (its
#: own TIMEX3 too) dates the time, and the weekday is checked against it
_DATE_BESIDE = re.compile(rf"\s*(?:,|\()\s*(?:(?P<mon>{MONTH})\s+(?P<md>[0-3]?\d)|(?P<md2>[0-3]?\d)\s+(?P<mon2>{MONTH}))(?![\d:])"
                          r"(?:,?\s+(?P<yr>1[89]\d\d|20\d\d)(?!\d))?",  # its year too: "(Aug. 21, 2013)"
                          re.IGNORECASE)


def _day_fields(m: re.Match[str], fields: dict[str, str | int | float | bool | None]) -> None:
    """The day a clock time names with it: a weekday (and a date set beside it) or "today"/"tonight"/..."""
    if grp(m, "wd"):
        fields["weekday"] = weekday_number(m.group("wd"))
        b = _DATE_BESIDE.match(m.string, m.end())
        if b is not None:
            md = int(b.group("md") or b.group("md2"))
            if 1 <= md <= 31:
                fields["month"], fields["day"] = month_number(b.group("mon") or b.group("mon2")), md
                if b.group("yr"):
                    fields["year"] = int(b.group("yr"))
    if grp(m, "rel"):
        fields["offset"] = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group("rel").lower()]


def _bracket_day(m: re.Match[str], fields: dict[str, str | int | float | bool | None]) -> None:
    """A weekday inside the restatement in brackets after the time dates it ("4 in the morning (4
    a.m. EDT Thursday)"); the restatement is its own TIMEX3."""
    b = _DAY_IN_BRACKETS.match(m.string, m.end())
    if b is not None:
        fields["weekday"] = weekday_number(b.group("wd3"))


def _time(m: re.Match[str]) -> Hit | None:
    h = int(m.group("h"))
    mi = int(grp(m, "mi") or 0)
    ap = (grp(m, "ap") or "").lower().replace(".", "")
    if not (grp(m, "ctx") or ap or grp(m, "zone") or grp(m, "wd") or grp(m, "rel")):
        return None
    dotted = m.group(0)[m.end("h") - m.start():][:1] == "."
    if dotted and not (ap or grp(m, "zone")) and (
            m.group("h").startswith("0") or _AMOUNT.match(m.string, m.end()) or not grp(m, "ctx")):
        # "at 2.46 billion guilders", "about 0.55 share", "fell 1.4%, or 6.43, on Friday": a number;
        # a dotted time ("at 6.30") needs am/pm, a zone or a time word before it
        return None
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    fields: dict[str, str | int | float | bool | None] = {"hour": h, "minute": mi}
    _day_fields(m, fields)
    ctx = (grp(m, "ctx") or "").lower()
    approx = ctx in ("around", "about", "approximately", "roughly")
    if approx:
        fields["qmod"] = ctx  # kept when "about" goes outside the span (and its mod with it)
    hit = Hit("time", "TIME", fields, mod=mod_code(ctx) if approx else None)
    if ctx and ctx not in ("around", "about", "approximately", "roughly"):
        hit.start = m.start("h")
    on = _DATE_AFTER.match(m.string, m.end()) if not (grp(m, "wd") or grp(m, "rel")) else None
    day = _DAY_AFTER.match(m.string, m.end()) if not (grp(m, "wd") or grp(m, "rel")) else None
    if day is not None:  # the day that follows is its own TIMEX3, but dates this time too
        fields["weekday"] = weekday_number(day.group("wd2"))
    elif on is not None and 1 <= int(on.group("md")) <= 31:
        fields["month"], fields["day"] = month_number(on.group("mon")), int(on.group("md"))
        if on.group("yr"):
            fields["year"] = int(on.group("yr"))
        hit.end = on.end()  # one TIMEX3, as TimeBank spans it ("5 p.m. EST, Nov. 6") and a weekday after a time
    elif not (grp(m, "wd") or grp(m, "rel")):
        _bracket_day(m, fields)
    if (grp(m, "zone") or "").startswith("("):
        hit.end = m.start("zone")  # "(0735 GMT)" restates the time in another zone: outside the span
    return hit


def _in_the(m: re.Match[str]) -> Hit | None:
    """ "4 in the morning", "9 o'clock in the evening": the hour of that part of the day."""
    h = int(m.group("h"))
    part = m.group("part").lower()
    if part in ("afternoon", "evening") and h < 12 or part == "night" and 6 <= h < 12:
        h += 12
    elif part == "morning" and h == 12:
        h = 0
    fields: dict[str, str | int | float | bool | None] = {"hour": h, "minute": 0}
    _day_fields(m, fields)  # also "4 in the morning on Friday (Oct. 28)": the date beside dates it
    if not (grp(m, "wd") or grp(m, "rel")):
        _bracket_day(m, fields)
    return Hit("time", "TIME", fields)


def _in_the_any(m: re.Match[str]) -> Hit | None:
    if grp(m, "part") is None:  # "11 at night"
        h = int(m.group("h"))
        h = h + 12 if 6 <= h < 12 else (0 if h == 12 else h)
        fields: dict[str, str | int | float | bool | None] = {"hour": h, "minute": 0}
        _day_fields(m, fields)
        if not (grp(m, "wd") or grp(m, "rel")):
            _bracket_day(m, fields)
        return Hit("time", "TIME", fields)
    return _in_the(m)


def _named(m: re.Match[str]) -> Hit | None:
    w = m.group("named").lower()
    h = 0 if w == "midnight" else 12
    if w == "midnight" and (grp(m, "wd") or grp(m, "rel")):
        h = 24  # "midnight Friday": the end of Friday (TIMEX3 T24:00), not its first minute
    fields: dict[str, str | int | float | bool | None] = {"hour": h, "minute": 0}
    _day_fields(m, fields)
    if not (grp(m, "wd") or grp(m, "rel")):
        _bracket_day(m, fields)
    return Hit("time", "TIME", fields)


RULES = [
    Rule("time_clock",
         rf"(?:{_CTX})?(?P<h>[01]?\d|2[0-4])[:.](?P<mi>[0-5]\d)(?!\d|[:.]\d)(?:\s*(?P<ap>{AMPM}))?(?:\s*(?P<zone>{_ZONE}))?{_DAYREF}",
         _time, 8),
    Rule("time_hour",
         rf"(?:{_CTX})?(?P<h>1[0-2]|0?[1-9])\s*(?P<ap>{AMPM})(?:\s*(?P<zone>{_ZONE}))?{_DAYREF}",
         _time, 8),
    Rule("time_military",
         rf"(?:{_CTX})?(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<zone>GMT|UTC|Zulu|Z\b|hrs\b|hours\s+(?:GMT|local\s+time)|local\s+time)"
         rf"{_DAYREF}",
         _time, 8),
    Rule("time_in_the",
         rf"(?P<h>1[0-2]|0?[1-9])(?:\s+o['\u2019]clock)?\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<part_n>night))"
         rf"(?![\w-]){_DAYREF}",
         _in_the_any, 9),
    Rule("time_named", rf"(?P<named>(?<!\bhigh\s)noon|midday|midnight)(?![\w-]){_DAYREF}", _named, 44),
]

EXAMPLES = [
    Example("The offer runs until 5 p.m. EST, Nov. 6, the bank said.", "5 p.m. EST, Nov. 6", "2016-11-06T17:00"),
    Example("Polls closed at 8 p.m. on March 3.", "8 p.m. on March 3", "2016-03-03T20:00", anchor="2016-03-05"),
    Example("The vote closed at 8 p.m., March 3, 2014.", "8 p.m., March 3, 2014", "2014-03-03T20:00"),
    # the date after a clock time is part of its TIMEX3 (one expression, as "9 a.m. Tuesday")
    Example("The ultimatum to the garrison in Kunduz expires at 6 a.m. local time, Nov. 2.",
            "6 a.m. local time, Nov. 2", "2016-11-02T06:00"),
    Example("Fighters in Sirte were told to leave by 0600 GMT on Oct. 31.", "0600 GMT on Oct. 31",
            "2016-10-31T06:00"),
    Example("Registration for the Mosul camps closes at 3 p.m., Nov. 4.", "3 p.m., Nov. 4", "2016-11-04T15:00"),
    Example("The bombing in Aden began at 11:30 p.m. on Oct. 20, officials said.", "11:30 p.m. on Oct. 20",
            "2016-10-20T23:30"),
    # a date beside the time's weekday dates the time (and the weekday is checked against it)
    Example("The truce began at 6 a.m. on Sunday (Oct. 23) in Aleppo.", "6 a.m. on Sunday", "2016-10-23T06:00"),
    Example("Polls close at midnight on Monday, 31 October.", "midnight on Monday", "2016-10-31T24:00"),
    Example("The blast happened at 9:40 am.", "9:40 am", "2016-10-29T09:40", type="TIME"),
    Example("Polls close at 8 p.m. Saturday.", "8 p.m. Saturday", "2016-10-29T20:00"),
    # a weekday inside the bracketed restatement dates the time before the brackets
    Example("The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.", "4 in the morning",
            "2016-11-03T04:00"),
    Example("The convoy left Aleppo at 9 p.m. (1800 GMT Friday), the Red Crescent said.", "9 p.m.",
            "2016-10-28T21:00"),
    Example("The truce in Taiz takes effect at 11 p.m. local time (2000 GMT Sunday).", "11 p.m. local time",
            "2016-10-30T23:00"),
    Example("Voting in Kabul ends at 5 in the afternoon (1230 GMT on Saturday), officials said.",
            "5 in the afternoon", "2016-10-29T17:00"),
    Example("The ferry from Misrata docked at 6 a.m. (0400 GMT Tuesday).", "6 a.m.", "2016-10-25T06:00"),
    Example("Shelling of Donetsk resumed at 10 at night (1900 GMT Thursday), residents said.", "10 at night",
            "2016-10-27T22:00"),
    Example("The curfew starts at 22:00 GMT.", "22:00 GMT", "2016-10-29T22:00"),
    Example("Shooting began around 7:15 p.m.", "around 7:15 p.m.", "2016-10-29T19:15", mod="APPROX"),
    Example("Troops pulled out at midnight.", "midnight", "2016-10-29T00:00"),
    Example("The vote closed at 18:30 local time.", "18:30 local time", "2016-10-29T18:30"),
    Example("Explosions were heard at 4:15 a.m. on Friday.", "4:15 a.m. on Friday", "2016-10-28T04:15"),
    Example("The talks resume at noon tomorrow.", "noon tomorrow", "2016-10-30T12:00"),
    Example("The offer expires at midnight Friday.", "midnight Friday", "2016-11-04T24:00",
            interval=("2016-11-05", "2016-11-05")),
    Example("The ceasefire ended at midnight on Tuesday, officials said.", "midnight on Tuesday", "2016-10-25T24:00"),
    Example("The curfew begins at midnight tonight.", "midnight tonight", "2016-10-29T24:00"),
    Example("He landed at 11 pm yesterday.", "11 pm yesterday", "2016-10-28T23:00"),
    Example("The army took control at 0600 GMT on Thursday.", "0600 GMT on Thursday", "2016-10-27T06:00", type="TIME"),
    Example("The curfew starts at 2200 local time.", "2200 local time", "2016-10-29T22:00"),
    Example("Jets struck at 1430 hrs, the ministry said.", "1430 hrs", "2016-10-29T14:30"),
    Example("The father will leave at 4 in the morning.", "4 in the morning", "2016-10-29T04:00", type="TIME"),
    Example("The shelling began at 9 o'clock in the evening on Friday.", "9 o'clock in the evening on Friday",
            "2016-10-28T21:00"),
    Example("Guards change at 11 at night.", "11 at night", "2016-10-29T23:00"),
    Example("The train left at 6.30 on Friday.", "6.30 on Friday", "2016-10-28T06:30"),
    Example("The mortar hit at 10:15 a.m. (0715 GMT) Friday, police said.", "10:15 a.m.", "2016-10-28T10:15"),
    Example("The mortar hit at 10:15 a.m. (0715 GMT) Friday, police said.", "Friday", "2016-10-28"),
    # a weekday after a restatement in brackets still dates both times
    Example("Around 4 a.m. local time (0100 GMT) on Tuesday, shelling began.", "Around 4 a.m. local time",
            "2016-10-25T04:00", anchor="2016-10-26"),
    Example("Around 4 a.m. local time (0100 GMT) on Tuesday, shelling began.", "0100 GMT",
            "2016-10-25T01:00", anchor="2016-10-26"),
    # a bare clock time takes the story's day (the resolver): the small hours after a late part of a
    # day are the next day's; a day that dates a telling ("police said on Saturday") is not the story's
    Example("Rebels stormed the town on Friday night. At 3 a.m. the garrison surrendered.", "3 a.m.",
            "2016-10-29T03:00"),
    Example("The last hostages were freed late on Thursday. Police left soon after midnight.", "midnight",
            "2016-10-28T00:00"),
    Example("Rebels attacked on Friday afternoon. The assault had begun at 2 a.m.", "2 a.m.", "2016-10-28T02:00"),
    Example("A landslide on Thursday morning buried 12 homes, police said on Saturday. The slope gave way "
            "at 6:40 a.m.", "6:40 a.m.", "2016-10-27T06:40"),
]

NEGATIVES = [
    Example("Last Update 9:40", "9:40"),
    Example("The ratio was 3:1 in favour.", "3:1"),
    Example("Read John 3:16 again.", "3:16"),
    Example("Sales were little changed at 2.46 billion guilders.", "2.46"),
    Example("The protest drew 2000 people in 2014.", "2000 people"),
    Example("Flight 1900 landed safely.", "1900"),
    Example("Holders get about 0.55 share for each share held.", "0.55"),
    Example("The index closed at 6.43 points higher.", "6.43"),
    Example("The index fell 1.2%, or 6.43, on Friday.", "6.43"),
    Example("She was 4 in the class rankings.", "4 in the"),
    Example("Two in the morning shift were hurt.", "Two"),
    Example("For the rebels, high noon has come.", "noon"),
    Example("He watched the film High Noon again.", "Noon"),
]
