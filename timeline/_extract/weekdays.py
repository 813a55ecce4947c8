"""Weekdays: "Saturday", "last Saturday", "next Tuesday", "this coming Sunday", "early Tuesday",
"Saturday night".

Rules: ``wd_shifted`` (last/next/this/coming/previous/following + weekday), ``wd_bare`` (a
weekday on its own, optionally with early/late and a part of the day) and ``wd_day_before`` ("the day
before last Tuesday('s hearing)", "the day after Friday": that weekday's day before or after).  A bare weekday's direction
comes from the clause tense at resolution: past tense is the most recent such day on or before
the anchor (so "on Saturday" in a past-tense report written on a Saturday is that very day),
future tense the next one on or after it, no tense the nearest (ties go to the past).  A possessive
("Wednesday's ruling") names an event already reported: the past day, unless it opens the subject
of a reported clause ("said Thursday's summit would go ahead"), whose own verb then gives the tense.
"""

from __future__ import annotations

import re

from timeline._extract._lexicon import PART, TELLING, TELLING_WHOM, WEEKDAY, part_code, weekday_number
from timeline._extract._rule import Example, Hit, Rule, grp

__all__ = ["EXAMPLES", "NEGATIVES", "RULES"]

_SHIFTS = {"last": -1, "previous": -1, "the previous": -1, "this past": -1, "past": -1,
           "next": 1, "coming": 1, "this coming": 1, "the following": 1, "following": 1,
           "the next": 1, "this": 0}
_SHIFT = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_SHIFTS, key=len, reverse=True))
_POS = r"(?:(?P<pos>early|late|earlier|later)\s+(?:on\s+)?)?"
_TAIL = rf"(?:\s+(?P<part>{PART})|(?:\s*,)?\s+(?P<part2>at\s+(?:dawn|dusk|noon|midnight)))?"


_ON = re.compile(r"(?:\bon|\buntil|\bby|\bsince|\bfrom)\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_ON_BEFORE = re.compile(r"\son\s+$")
_TOLD_BEFORE = re.compile(r"\b(?:(?:" + "|".join(TELLING_WHOM) + r")\s+\w+|says|"
                          + "|".join(v for v in TELLING if v not in TELLING_WHOM) + r")\s+(?:that\s+)?$",
                          re.IGNORECASE)
#: ... and only when its noun is an event that is planned ahead (a summit, a vote, a rally): "said Friday's
#: bombing would not deter the government" tells of a bombing already done
_PLANNED = re.compile(
    r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:summit|talks|meeting|vote|ballot|elections?|polls?|referendum|runoff|run-off|"
    r"rally|march|protests?|demonstration|walkout|hearing|session|sitting|debate|match|game|final|ceremony|funeral|"
    r"visit|trip|deadline|conference|parade|inauguration|swearing-in|signing|round|negotiations|launch|opening|"
    r"speech|address|ruling|verdict|sentencing|trial|count)\b", re.IGNORECASE)


def _build(m: re.Match[str]) -> Hit | None:
    wd_text = m.group("wd")
    if wd_text.endswith(".") and not grp(m, "shift") and not _ON.search(m.string, max(0, m.start() - 7), m.start()):
        return None  # "Sun." or "Wed." alone ends too many sentences ("He reads The Sun.")
    fields: dict[str, str | int | float | bool | None] = {"weekday": weekday_number(wd_text)}
    shift = grp(m, "shift")
    if shift:
        fields["shift"] = _SHIFTS[" ".join(shift.lower().split())]
    part = grp(m, "part")
    p2 = grp(m, "part2")
    if part:
        fields["part"] = part_code(part)
    elif p2:
        fields["part"] = "MO" if "dawn" in p2 else "EV" if "dusk" in p2 else "MI" if "noon" in p2 else "NI"
    told = False
    if _POSSESSIVE.match(m.string[m.end("wd"):m.end("wd") + 3]):
        fields["possessive"] = True
        # "said Thursday's summit would go ahead": the day's noun is the subject of the reported
        # clause, whose own verb gives the tense (not the telling before it)
        told = (_TOLD_BEFORE.search(m.string, max(0, m.start() - 30), m.start()) is not None
                and _PLANNED.match(m.string, m.end("wd")) is not None)
        if told:
            fields["told_subject"] = True
    pos = grp(m, "pos")
    mod = None
    if pos:
        mod = "START" if pos.lower().startswith("early") else "END"
        if pos.lower() in ("earlier", "later"):
            # "Earlier Sunday": TimeML marks the day with mod START; the interval stays the whole
            # day (earlier than a moment of the story, not the morning)
            fields["side"] = "before" if pos.lower() == "earlier" else "after"
            mod = "START" if pos.lower() == "earlier" else None
    h = Hit("weekday", "TIME" if "part" in fields else "DATE", fields, mod=mod, right_only=told)
    if pos and _ON_BEFORE.search(m.string[m.start():m.start("wd")]):
        h.start = m.start("wd")  # "late on Tuesday": TimeML spans the day ("on" is a signal), mod kept
    return h


def _day_next_to(m: re.Match[str]) -> Hit | None:
    h = _build(m)
    if h is None:
        return None
    # the day is next to the weekday, not one: its own kind and key, so that nothing downstream reads
    # a weekday claim ("the day before last Tuesday" is a Monday)
    h.kind = "weekday_next"
    h.fields["next_to_weekday"] = h.fields.pop("weekday")
    h.fields["day_offset"] = -1 if m.group("rel").lower() == "before" else 1
    h.end = m.end("wd")
    return h


RULES = [
    # "the day before last Tuesday's hearing": the day next to a named weekday (TimeML spans "day before
    # last Tuesday"); not "the day before Tuesday's vote was called off" (same reading, also kept)
    Rule("wd_day_before", rf"(?<=\bthe\s)day\s+(?P<rel>before|after)\s+(?:(?P<shift>{_SHIFT})\s+)?(?P<wd>{WEEKDAY})"
         r"(?![\w-])", _day_next_to, 14),
    Rule("wd_shifted", rf"{_POS}(?P<shift>{_SHIFT})\s+(?P<wd>{WEEKDAY})(?:'s)?{_TAIL}(?![\w-])", _build, 15),
    Rule("wd_bare", rf"{_POS}(?P<wd>{WEEKDAY}){_TAIL}(?![\w-])", _build, 40),
]

EXAMPLES = [
    # a past activity that ran until a weekday: that weekday is past; a deadline set ahead is not
    Example("Fighting raged until late Tuesday.", "late Tuesday", "2016-10-25", mod="END"),
    Example("The curfew was extended until Tuesday.", "Tuesday", "2016-11-01"),
    # anchor 2016-10-29 is a Saturday
    Example("Militias launched an offensive on Saturday.", "Saturday", "2016-10-29",
            interval=("2016-10-29", "2016-10-30")),
    Example("Officials said on Thursday that the road was cut.", "Thursday", "2016-10-27"),
    Example("Troops advanced Monday and took two villages.", "Monday", "2016-10-24"),
    Example("The ministers will meet on Tuesday in Paris.", "Tuesday", "2016-11-01"),
    Example("The vote is expected on Monday.", "Monday", "2016-10-31"),
    Example("He spoke last Saturday to reporters.", "last Saturday", "2016-10-22"),
    Example("The delegation arrives next Saturday.", "next Saturday", "2016-11-05"),
    Example("Shelling continued through Friday night.", "Friday night", "2016-10-28TNI", type="TIME"),
    Example("The convoy left early Wednesday.", "early Wednesday", "2016-10-26", mod="START"),
    Example("Martial law was declared late on Tuesday.", "Tuesday", "2016-10-25", mod="END"),
    Example("Rebels attacked early on Monday, the army said.", "Monday", "2016-10-24", mod="START"),
    Example("Voting will start early on Thursday.", "Thursday", "2016-11-03", mod="START"),
    Example("Protesters gathered again this coming Sunday, organisers will say.", "this coming Sunday", "2016-10-30"),
    Example("Saturday's announcement surprised the allies.", "Saturday", "2016-10-29"),
    Example("The talks collapsed on Wed. after a walkout.", "Wed.", "2016-10-26"),
    Example("Fighters regrouped on Sunday.", "Sunday", "2016-10-23", anchor="2016-10-29"),
    Example("Fighters regrouped on Sunday.", "Sunday", "XXXX-WXX-7", anchor="", interval=None),
    # a plan under a past perfect is past; a deadline under a past perfect too
    Example("It had been due to expire Friday evening.", "Friday evening", "1989-10-27TEV", anchor="1989-10-30"),
    Example("The vote had been scheduled for Tuesday.", "Tuesday", "2016-10-25"),
    Example("Only two members had filed reports by Wednesday.", "Wednesday", "1990-08-15", anchor="1990-08-16"),
    Example("Until Thursday, police had not named a suspect.", "Thursday", "1999-05-06", anchor="1999-05-07"),
    Example("The report is due by Wednesday.", "Wednesday", "2016-11-02"),
    Example("The rebels had pledged to leave by Wednesday.", "Wednesday", "2016-11-02"),
    Example("Residents had to leave by Tuesday, the order said.", "Tuesday", "2016-11-01"),
    # "Earlier Sunday": TimeML's mod START, but the whole day
    Example("Earlier Friday, police sealed the square.", "Earlier Friday", "2016-10-28", mod="START",
            interval=("2016-10-28", "2016-10-29")),
    # a possessive day is an event already reported, unless it opens the subject of a reported
    # clause: that clause's verb places it ("said Tuesday's summit would go ahead": the coming one)
    Example("Aides said Tuesday's summit in Minsk would go ahead as planned.", "Tuesday", "2016-11-01"),
    Example("The mediator confirmed that Sunday's round of talks will open in Doha.", "Sunday", "2016-10-30"),
    Example("Observers said Sunday's vote in Tbilisi was marred by fraud.", "Sunday", "2016-10-23"),
    Example("Lawyers vowed they would challenge Thursday's verdict.", "Thursday", "2016-10-27"),
    # ... an act already done (a bombing, a blast) stays past whatever the reported clause's tense
    Example("The governor said Friday's bombing would not deter the police.", "Friday", "2016-10-28"),
    Example("Investigators announced Wednesday's blast at the depot will be studied.", "Wednesday", "2016-10-26"),
    Example("The general said Monday's air raid will not change the plan.", "Monday", "2016-10-24"),
    Example("Organisers said Sunday's planned march in Bamako would go ahead.", "Sunday", "2016-10-30"),
    # a modal on the right governs nothing before it
    Example("Moscow warned on Thursday that strikes could do serious harm.", "Thursday", "2016-10-27"),
    # the day before or after a named weekday (anchor 2016-10-29 is a Saturday)
    Example("The day before last Tuesday's hearing, the envoy flew to Aden.", "day before last Tuesday", "2016-10-24"),
    Example("Rebels shelled Taiz the day after Friday's vote.", "day after Friday", "2016-10-29"),
    Example("The convoy reached Kobani the day before Thursday's deadline.", "day before Thursday", "2016-10-26"),
    Example("Talks in Geneva resume the day after next Monday.", "day after next Monday", "2016-11-01"),
    Example("Police said the bomb was planted the day before Sunday's march.", "day before Sunday", "2016-10-22"),
    Example("Ballots in Kabul will be counted the day after Tuesday.", "day after Tuesday", "2016-11-02"),
]

NEGATIVES = [
    # "day before <weekday>" without "the": no day next to the weekday ("every day before Tuesday")
    Example("Every day before Tuesday was quiet in Mosul.", "before"),
    Example("Each day after Friday, aid trucks waited at the crossing.", "after"),
    Example("He reads The Sun every morning at breakfast.", "The Sun"),
    Example("We wed in spring.", "wed"),
    Example("Sat down with the minister.", "Sat"),
    Example("He reads The Sun.", "Sun."),
    Example("The story ran in the Mail on Sun. and Mon. editions", "editions"),
]
