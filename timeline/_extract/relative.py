"""Relative days, parts of days, weeks, months, quarters and years.

Rules: ``rel_day`` ("today", "yesterday", "tomorrow", "tonight", "the day before yesterday",
"yesterday morning", "late yesterday"), ``rel_part`` ("this morning", "last night", "tomorrow
evening"), ``rel_overnight`` ("overnight", "overnight Sunday": the night of that day), ``rel_dawn`` ("pre-dawn",
"at dawn", "at first light", "by mid-morning", "mid-afternoon"),
``rel_unit`` ("last week", "this year", "next month", "the current quarter"), ``rel_unit_pos``
("earlier this week", "late last year", "early next month", "later this month"),
``rel_end_of_the`` ("the end of the year", "the start of the month"), ``rel_the_quarter`` ("the
quarter", "the latest quarter": in a past-tense report, the last completed quarter),
``rel_nth_day`` ("today is the eighth day of the siege", "... of Operation Olive Branch", "... of
"Desert Shield"": the anchor's day, hung on the event),
``rel_latest_period`` ("the latest period" after a quarter is named: that quarter),
``rel_that_unit`` ("that year", "later that day", "that same week": the period of the time the
story named last, like "the following year"; the resolver takes its value from that time),
``rel_story_part`` ("that night", "the next morning", "the previous evening": the story's day, as
"that day" / "the next day"),
``rel_the_part`` ("by the afternoon", "in the late afternoon", "during the night", "early in the
morning", "the early hours of the morning", "by morning", "by late afternoon" in a report of the past: the day the story named just before, else the anchor's; not "in
the afternoon sun", "the night shift", nor a habit in the present "shops open in the morning"),
"the same month" (the month of the time the story named last; with none, the anchor's),
``rel_same_day`` ("the airport fell the same day": the story's day, like "that same day"),
``rel_day_before`` ("The day before, rebels had fled": the story's day before, like "the previous day";
not "the day before the vote"),
``rel_weekend`` ("over the weekend", "since the weekend", "the weekend's talks", "The weekend saw
clashes"), ``rel_year_end`` ("by year-end", "around
year end": this year, mod END), ``rel_in_the`` ("earlier in the year": this year, mod START, the
interval up to the anchor; "later in the day": the story's day, like "later that day"), ``rel_the_year`` ("for the year", "the first nine months of the
year", "for the week": the anchor's year, week or month), ``rel_year_ended`` ("the fiscal year ended March 31": a DURATION P1Y,
TimeML's reading of a year named by its end).  "Earlier this week", "earlier today" take mod
START (the TimeML and TimeBank convention) while their interval runs up to the anchor.  ``rel_unit`` also reads "the current fiscal year", "last fiscal
year" (as the calendar year: the fiscal calendar of a firm is unknown).  Offsets are in whole calendar units from the anchor's own
unit; "the following/previous year" and "that year" are relative to the story, not the anchor: their
value comes from the last dated expression before them, their interval is left to the reasoning
stage.
"""

from __future__ import annotations

import re

from timeline._extract._lexicon import ORD, PART, WEEKDAY, ordinal_value, part_code, weekday_number
from timeline._extract._relative_corpus import EXAMPLES, NEGATIVES
from timeline._extract._rule import POSMOD, Hit, Rule, grp, posmod_code

__all__ = ["EXAMPLES", "NEGATIVES", "RULES"]

_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0,
         "the day before yesterday": -2, "the day after tomorrow": 2}
_DAY = r"today|yesterday|tomorrow|tonight|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
_UNITS = {"week": "W", "weekend": "WE", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE",
          "century": "CE"}
_UNIT = r"week(?:end)?|month|year|quarter|decade|century"
_SHIFT = {"last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1,
          "following": 1, "this coming": 1, "this": 0, "current": 0, "present": 0, "same": 0,
          "latest": -1}


def _shift_of(s: str) -> int:
    return _SHIFT[" ".join(s.lower().split()).removeprefix("the ")]


#: "today's" before a generic noun is the present age, not the anchor's day ("today's youth")
_GENERIC_TODAY = re.compile(
    r"['\u2019]s\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|young|kids|children|consumers|computers|"
    r"technology|technologies|economy|standards|teenagers|students|families|parents|culture|media|"
    r"military|armies|warfare|politics|politicians|music|fashion|women|men|people)\b", re.IGNORECASE)


def _title(m: re.Match[str], start: int) -> bool:
    """Whether a Title-Case "Today" / "This Week" at ``start`` names a programme or a paper: after
    a word inside a sentence ("USA Today", "VOA Today"), or quoted alone ('"This Week,"')."""
    s = m.string
    k = start - 1
    while k >= 0 and s[k] == " ":
        k -= 1
    if k >= 0 and (s[k].isalnum() or s[k] in ",;:") and k < start - 1:
        return True
    return k >= 0 and s[k] in "\"\u201c'" and _QUOTED_END.match(s, m.end()) is not None


_QUOTED_END = re.compile(r"[,.]?[\"\u201d']|\s+With\b")


def _day(m: re.Match[str]) -> Hit | None:
    word = " ".join(m.group("day").lower().split())
    if word == "today" and not grp(m, "part") and _GENERIC_TODAY.match(m.string, m.end()):
        return None
    if m.group("day") == "Today" and not grp(m, "pos") and _title(m, m.start("day")):
        return None
    fields: dict[str, str | int | float | bool | None] = {"offset": _DAYS[word]}
    part = grp(m, "part")
    if word == "tonight":
        fields["part"] = "NI"
    elif part:
        fields["part"] = part_code(part)
    pos = (grp(m, "pos") or "").lower()
    mod = "START" if pos.startswith("early") else "END" if pos.startswith("late") else None
    if pos in ("earlier", "later"):
        fields["side"] = "before" if pos == "earlier" else "after"
        mod = "START" if pos == "earlier" else None  # TimeML: "earlier today" is the day, mod START
    return Hit("relday", "TIME" if "part" in fields else "DATE", fields, mod=mod)


def _part(m: re.Match[str]) -> Hit | None:
    which = m.group("which").lower()
    part = part_code(m.group("part"))
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[which]
    if which == "last" and part not in ("NI", "EV"):
        offset = -1
    if which == "this" and part == "NI":
        offset = 0
    return Hit("relday", "TIME", {"offset": offset, "part": part})


def _overnight(m: re.Match[str]) -> Hit | None:
    wd = grp(m, "wd")
    if wd:  # "overnight Sunday", "overnight on Friday": the night of that day
        return Hit("weekday", "TIME", {"weekday": weekday_number(wd), "part": "NI"})
    return Hit("overnight", "TIME", {"part": "NI"})


def _dawn(m: re.Match[str]) -> Hit | None:
    w = m.group(0).lower()
    mod = None
    if w.startswith("mid"):  # "by mid-morning", "in mid-afternoon": the middle of that part
        code = "MO" if "morning" in w else "AF"
        mod = "MID"
    else:
        code = "predawn" if "pre" in w else "dawn" if "dawn" in w or "daybreak" in w or "light" in w else "dusk"
    timex = {"predawn": "NI", "dawn": "MO", "dusk": "EV"}.get(code, code)
    rd, wd = grp(m, "rd"), grp(m, "wd")
    if rd:  # "at dawn yesterday", "mid-afternoon today": that day's part
        return Hit("relday", "TIME", {"offset": _DAYS[rd.lower()], "part": timex}, mod=mod)
    if wd:
        return Hit("weekday", "TIME", {"weekday": weekday_number(wd), "part": timex}, mod=mod)
    return Hit("daypart", "TIME", {"part": code, "story": True}, mod=mod)  # in the past: the story's day


_NARRATIVE_SHIFT = re.compile(r"the\s+(?:following|previous)", re.IGNORECASE)
_SAME = re.compile(r"the\s+same", re.IGNORECASE)


def _unit(m: re.Match[str]) -> Hit | None:
    if m.group("shift") == "This" and m.group("unit")[0].isupper() and _title(m, m.start("shift")):
        return None  # ABC's "This Week": a programme
    unit = _UNITS[m.group("unit").lower()]
    if _SAME.fullmatch(m.group("shift")) and unit in ("W", "M", "Y") and not grp(m, "fiscal"):
        # "the same month": the month of the time the story named last ("took Raqqa in June 2017;
        # the same month ..."); with none before it, the anchor's (its value then, as before)
        h = Hit("relunit", "DATE", {"unit": unit, "narrative": True, "anchor_fallback": True, "offset": 0}, tense=False)
        h.event_relation = "same"
        return h
    if _NARRATIVE_SHIFT.match(m.group("shift")):
        # relative to the story's last-mentioned time, not to the anchor: left unresolved
        h = Hit("relunit", "DATE", {"unit": unit, "narrative": True}, tense=False)
        h.event_relation = "following" if "following" in m.group("shift").lower() else "previous"
        return h
    fields: dict[str, str | int | float | bool | None] = {"unit": unit, "offset": _shift_of(m.group("shift"))}
    mod = posmod_code(grp(m, "pmod"))
    side = grp(m, "side")
    if side:
        fields["side"] = "before" if side.lower() == "earlier" else "after"
        if side.lower() == "earlier":
            mod = "START"  # TimeML: "earlier this year" is the year, mod START (the interval: up to the anchor)
    return Hit("relunit", "DATE", fields, mod=mod, tense=False)


def _that_unit(m: re.Match[str]) -> Hit | None:
    """ "that year", "later that day", "that same quarter": the period of the time the story last
    named, not of the anchor (resolution takes the last dated expression before it)."""
    unit = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}[m.group("unit").lower()]
    h = Hit("relunit", "DATE", {"unit": unit, "narrative": True}, tense=False)
    h.event_relation = "same"
    return h


_STORY_STEP = {"next": "following", "following": "following", "previous": "previous", "preceding": "previous"}


def _story_part(m: re.Match[str]) -> Hit | None:
    """ "that night", "the next morning", "the previous evening": a part of the day the story last
    named (or of the day after or before it), resolved like "that day" / "the next day", a TIME
    with the part like "yesterday morning" ("2015-03-04TNI").  (TimeBank's dev split has one such
    sentence, "the next morning", given the day alone; our news and the family keep the part.)"""
    h = Hit("relunit", "TIME", {"unit": "D", "narrative": True, "part": part_code(m.group("part"))}, tense=False)
    h.event_relation = _STORY_STEP.get((grp(m, "step") or "").lower(), "same")
    return h


#: What may follow "by the afternoon" for it to be a time of the story: the end of a clause, a
#: function word, a verb or a name; a lower-case content word makes it a noun's modifier ("in the
#: afternoon sun", "the night shift", "the evening news"); a count opens a clause ("by evening two towns").
_PART_GO_ON = re.compile(
    r"[ \t]*(?:[.,;:!?)\"\u201d'\u2019\u2014-]|\n|$)|\s+(?:[A-Z]|(?:and|or|but|in|on|at|to|from|by|with|as|when|while|"
    r"until|till|after|before|since|the|a|an|this|his|her|their|its|our|some|most|all|many|it|he|she|they|we|i|you|"
    r"there|had|has|have|was|were|would|could|came|began|started|though|although|because|so|then|only|even|"
    r"[a-z]+ed|[a-z]+ly|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|both|no)\b)")


def _the_part(m: re.Match[str]) -> Hit | None:
    """ "by the afternoon", "in the late afternoon", "during the night": a part of a day with no day
    word, in a report of the past (the scanner drops it in any other tense: "shops open in the
    morning").  The day is the one the story named just before (resolution, like a bare clock
    time), else the anchor's or the day before; "during the night" alone is the last night."""
    if not _PART_GO_ON.match(m.string, m.end()):
        return None
    if grp(m, "hours"):  # "in the early hours": the small hours before dawn, like "pre-dawn"
        return Hit("daypart", "TIME", {"part": "predawn", "story": True}, past_only=True)
    part = part_code(m.group("part") or m.group("bare"))  # "by morning": no "the", the same part
    pos = (grp(m, "pos") or grp(m, "pos2") or grp(m, "pos3") or "").lower()
    mod = "START" if pos == "early" else "END" if pos == "late" else None
    wd = grp(m, "wd")
    if wd:  # "through the night on Tuesday": that day's part, told like "Tuesday night"
        return Hit("weekday", "TIME", {"weekday": weekday_number(wd), "part": part}, mod=mod, past_only=True)
    kind = "overnight" if part == "NI" else "daypart"
    by = m.string[max(0, m.start() - 6):m.start()].rstrip().lower().endswith(("by", "until", "till"))
    # "by morning": reached after the story's time, so the next morning after a night (resolution)
    return Hit(kind, "TIME", {"part": part, "story": True, **({"by": True} if by else {})}, mod=mod, past_only=True)


def _same_day(m: re.Match[str]) -> Hit | None:
    """ "took the port on Monday and the airport the same day": the story's day in a report of the
    past, else the anchor's; not "the same day as the vote", "the same day that he left" (an event's)."""
    h = Hit("relunit", "DATE", {"unit": "D", "narrative": True, "anchor_fallback": True, "offset": 0}, deadline=False)
    h.event_relation = "same"
    return h


def _day_before(m: re.Match[str]) -> Hit | None:
    """ "The day before, rebels had fled": the day before (after) the one the story named last, like
    "the previous day"; only with nothing after it ("the day before the vote", "the day after he
    arrived" hang on an event)."""
    h = Hit("relunit", "DATE", {"unit": "D", "narrative": True}, tense=False)
    h.event_relation = "previous" if m.group("rel").lower() == "before" else "following"
    return h


def _year_end(m: re.Match[str]) -> Hit | None:
    # "by year-end": the end of the anchor's year (a report in early January means the one that
    # just ended only in a past-tense sentence, left to the tense-free period rule: this year)
    return Hit("relunit", "DATE", {"unit": "Y", "offset": 0}, mod="END", tense=False)


def _end_of_the(m: re.Match[str]) -> Hit | None:
    if m.group("unit").lower() == "day":
        if grp(m, "half") or "turn" in m.group("pmod").lower():
            return None
        # "by the end of the day": the day the story tells of in a report of the past, else the
        # anchor's (like "later in the day")
        h = Hit("relunit", "DATE", {"unit": "D", "narrative": True, "anchor_fallback": True, "offset": 0},
                mod=posmod_code(m.group("pmod")), deadline=False)
        h.event_relation = "same"
        return h
    unit = _UNITS[m.group("unit").lower()]
    half = grp(m, "half")
    if half:  # "the first half of the month": its start (mod START), "the second half": its end
        mod = "START" if half.lower() == "first" else "END"
        if unit == "Y":
            return None  # "the first half of the year" is cal_half's H1
        return Hit("relunit", "DATE", {"unit": unit, "offset": 0}, mod=mod)
    return Hit("relunit", "DATE", {"unit": unit, "offset": 0}, mod=posmod_code(m.group("pmod")))


def _the_quarter(m: re.Match[str]) -> Hit | None:
    return Hit("relunit", "DATE", {"unit": "Q", "offset": 0, "reported": True})


def _in_the(m: re.Match[str]) -> Hit | None:
    """ "earlier in the year", "later in the month": the anchor's own period, before or after it."""
    side = m.group("side").lower()
    if m.group("unit").lower() == "day":
        # "later in the day": the day the story tells of ("took the bridge on Monday; later in the
        # day ..."), like "later that day"; with no day before it, the anchor's
        h = Hit("relunit", "DATE", {"unit": "D", "narrative": True, "anchor_fallback": True, "offset": 0},
                mod="START" if side == "earlier" else None, deadline=False)
        h.event_relation = "same"
        return h
    fields: dict[str, str | int | float | bool | None] = {
        "unit": _UNITS[m.group("unit").lower()], "offset": 0, "side": "before" if side == "earlier" else "after"}
    return Hit("relunit", "DATE", fields, mod="START" if side == "earlier" else None, tense=False)


def _the_year(m: re.Match[str]) -> Hit | None:
    # "for the year", "the first nine months of the year": the anchor's year, like "this year"
    if "Year" in m.group():
        return None  # a title: "Person of the Year", "Player of the Year"
    if grp(m, "unit2") and m.string[max(0, m.start() - 3):m.start()].lower() == "of ":
        return None  # "the first day of the week", "the end of the month": generic, or another rule's
    unit = "Y" if grp(m, "unit") else _UNITS[m.group("unit2").lower()]
    return Hit("relunit", "DATE", {"unit": unit, "offset": 0}, tense=False)


def _nth_day(m: re.Match[str]) -> Hit | None:
    # "today is the eighth day of the operation": the anchor's day (and the day's place in the event)
    h = Hit("relday", "DATE", {"offset": 0, "ordinal": ordinal_value(m.group("ord"))}, tense=False)
    h.event_ref, h.event_relation = m.group("event"), "day_of"
    h.end = m.end("day")
    return h


def _year_ended(m: re.Match[str]) -> Hit | None:
    # "the year ended March 31", "the fiscal year ending June 30": a (fiscal) year as a span of
    # time: TimeML types it a DURATION P1Y; where it lies is the date that follows, its own expression
    return Hit("duration", "DURATION", {"n": 1, "unit": "Y"}, value="P1Y", tense=False)


_QUARTER_BEFORE = re.compile(r"\bquarter", re.IGNORECASE)


def _latest_period(m: re.Match[str]) -> Hit | None:
    # "the latest period" of a results story is the quarter it reports; elsewhere it is no date
    if not _QUARTER_BEFORE.search(m.string, max(0, m.start() - 400), m.start()):
        return None
    return Hit("relunit", "DATE", {"unit": "Q", "offset": 0, "reported": True})


def _weekend(m: re.Match[str]) -> Hit | None:
    """ "over the weekend", "the weekend's deal", "the weekend saw ...": one weekend, placed by tense."""
    we = next(g for g in ("we", "own", "subj") if m.group(g))
    return Hit("weekend", "DATE", {}, start=m.start(we), end=m.end(we))


#: What "the weekend" follows when it is a time (a preposition, or a verb of spending time).
_WE_BEFORE = (r"over|during|at|on|this\s+past|for|since|until|till|by|before|after|through|throughout|"
              r"spent|spend|spends|spending")
#: A verb of the past after "the weekend" makes it the subject of a report, one weekend ("The
#: weekend saw heavy shelling"); a verb of the present is a habit ("the weekend is for rest").
_WE_VERB = r"saw|was|brought|had|went|proved|began|[a-z]{2,}ed"
#: nouns "weekend" modifies: "on the weekend shift" is a kind of shift, no time
_WE_NOUN = (r"shifts?|editions?|papers?|newspapers?|supplements?|markets?|breaks?|trips?|getaways?|crowds?|rush|"
            r"traffic|schedules?|rotas?|staff|services?|shows?|programmes?|programs?|classes|courses?|jobs?|work")


_SHIFT_RE = r"(?:the\s+)?(?:this\s+past|this\s+coming|last|past|previous|next|coming|following|this|current|latest)"

RULES = [
    Rule("rel_day", rf"(?:(?P<pos>early|late|earlier|later)\s+)?(?P<day>{_DAY})(?:\s+(?P<part>{PART}))?(?![\w-])",
         _day, 20),
    Rule("rel_part", r"(?P<which>this|last|yesterday|tomorrow)\s+(?P<part>morning|afternoon|evening|night)\b", _part, 19),
    Rule("rel_overnight", rf"overnight(?![\w-])(?!\s+(?:train|flight|bus|ferry|stay|shift|bag|guests?|visit|trip|"
         rf"delivery|rates?|session|lending|loans?|success|sensation|camp)s?\b)(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY})(?![\w-]))?", _overnight, 45),
    Rule("rel_dawn", r"(?:pre-?dawn(?:\s+hours(?=\s+(?:of|on)\s))?|(?:(?<=at\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s))(?:dawn|daybreak|first\s+light|dusk|nightfall)|(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\bat\s)|(?<=\buntil\s)|(?<=\baround\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
         r"|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\bby\s))mid-?\s?(?:morning|afternoon))(?![\w-])"
         rf"(?:\s+(?P<rd>yesterday|today|tomorrow)|\s+(?:on\s+|of\s+)?(?P<wd>{WEEKDAY}))?(?![\w-])",
         _dawn, 45),
    Rule("rel_unit_pos",
         rf"(?:(?P<side>earlier|later)\s+(?:in\s+)?|{POSMOD})(?P<shift>{_SHIFT_RE})\s+(?P<unit>{_UNIT})(?![\w-])",
         _unit, 18),
    Rule("rel_end_of_the", r"(?P<pmod>(?:the\s+)?(?:start|beginning|middle|end|close|turn|(?P<half>first|second|latter)\s+half)\s+of)"
         r"\s+the\s+(?P<unit>year|month|week|quarter|decade|century|day)(?![\w-])",
         _end_of_the, 18),
    Rule("rel_the_quarter", r"the\s+(?:latest\s+|most\s+recent\s+|just-ended\s+|recent\s+)?quarter(?![\w-])(?!\s+(?:of|century|mile))",
         _the_quarter, 21),
    Rule("rel_latest_period", r"the\s+(?:latest|most\s+recent|just-ended)\s+period(?![\w-])", _latest_period, 21),
    Rule("rel_nth_day",
         rf"(?:(?<=\bis\s)|(?<=\bit's\s)|(?<=\bit\u2019s\s)|(?<=\bmarks\s)|(?<=\btoday\s))(?:the\s+)?(?P<ord>{ORD})\s+(?P<day>day)\s+of\s+"
         r"(?!(?:the|a|an|each|every)\s+(?:week|month|year|quarter|season|decade|century|term|semester|school)\b)"
         r"(?P<event>(?:an?|the|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019\"-]+"
         # ... or an operation's name: "Operation Desert Shield", or quoted ("``Desert Shield''")
         r"|(?-i:Operation|Op\.)\s+(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}"
         r"|(?:``|[\"\u201c'\u2018])(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*){0,3}(?=,?(?:''|[\"\u201d'\u2019])))",
         _nth_day, 21),
    Rule("rel_weekend", rf"(?:(?:{_WE_BEFORE})\s+(?P<we>the\s+weekend)(?![\w-])(?!\s+(?:{_WE_NOUN})\b)"
         rf"|(?P<own>the\s+weekend)(?=['\u2019]s\s)|(?P<subj>the\s+weekend)(?=\s+(?:{_WE_VERB})\b))", _weekend, 21),
    Rule("rel_year_end",
         r"(?:(?<=\bby\s)|(?<=\bat\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\baround\s)|(?<=\bnear\s)|(?<=\btoward\s)"
         r"|(?<=\btowards\s))(?:the\s+)?year[-\s]end(?![\w-])",
         _year_end, 21),
    Rule("rel_in_the", r"(?P<side>earlier|later)\s+in\s+the\s+(?P<unit>year|month|week|day)(?![\w-])", _in_the, 18),
    Rule("rel_year_ended",
         r"the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|that\s+ended|which\s+ended|that\s+ends|which\s+ends)\s+"
         r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d|today|tomorrow|yesterday|this|last|next)\b)",
         _year_ended, 21),
    Rule("rel_the_year",
         r"(?:(?<=\bfor\s)|(?<=\bof\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthroughout\s)|(?<=\bthrough\s)|(?<=\bover\s))"
         r"the\s+(?:(?:fiscal\s+)?(?P<unit>year)|(?P<unit2>week|month)(?!\s+of\b))(?![\w-])(?!['\u2019]s)"
         r"(?!\s+(?:\d|two\s+thousand|nineteen|twenty|one\s+thousand|before|after|ago|earlier|later|prior|when|where|in\s+which|"
         r"during|since|he|she|it|they|we|i|you|that|which|ended|ending|to|the|a|an|his|her|their|its|our|my|of\s+the\b)\b)",
         _the_year, 22),
    Rule("rel_that_unit",
         r"(?:(?:later|earlier)\s+)?that\s+(?:same\s+|very\s+)?(?P<unit>day|week|month|quarter|year)(?![\w-])"
         r"(?!\s+(?:labou?rers?|care|trips?|pass(?:es)?|schools?|jobs?|shifts?|rooms?|traders?|centres?|centers?)\b)",
         _that_unit, 21),
    # "that night" but not "said that night raids ..." / "that morning prayers" (a complementiser
    # before a noun phrase): no plural or listed noun may follow
    Rule("rel_story_part",
         r"(?:(?:later|earlier)\s+)?(?:that\s+(?:same\s+)?|the\s+(?P<step>next|following|previous|preceding)\s+)"
         r"(?P<part>morning|afternoon|evening|night)(?![\w-])"
         r"(?!\s+(?:[a-z]+s|shift|club|sky|vision|watch|life|session|class|school|news|show|paper|edition|"
         r"rush|traffic|flight|train|bus|market|trading|sitting|meeting|briefing|prayer|service|mass|curfew|raid|"
         r"attack|patrol|air|light|duty|guard|nurse|staff|manager|editor|desk|crew|sun|star|owl)\b)",
         _story_part, 21),
    Rule("rel_same_day", r"the\s+same\s+day(?![\w-])(?!\s+(?:as|that|when|on|in|of|which|he|she|they|we|it)\b)",
         _same_day, 21),
    Rule("rel_day_before", r"the\s+day\s+(?P<rel>before|after)(?=\s*[,;:.!?)\u2014]|\s*$)", _day_before, 21),
    Rule("rel_the_part",
         r"(?:(?P<pos2>late|early)\s+in\s+|(?<=\bby\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthrough\s)"
         r"|(?<=\bthroughout\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\binto\s))"
         r"the\s+(?:(?P<pos>late|early)\s+)?(?-i:(?P<part>morning|afternoon|evening|night))(?![\w-])"
         rf"(?:\s+on\s+(?P<wd>{WEEKDAY})(?![\w-]))?"
         r"|(?:(?<=\bin\s)|(?<=\buntil\s)|(?<=\binto\s))the\s+(?-i:(?P<hours>early|small|wee)\s+hours)(?![\w-])"
         r"(?:\s+of\s+the\s+(?:morning|night))?"
         r"|(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s))(?:(?P<pos3>late|early)\s+)?(?-i:(?P<bare>morning|afternoon|evening))"
         r"(?![\w-])",
         _the_part, 46),
    Rule("rel_unit", rf"(?P<shift>(?:this\s+past|this\s+coming|last|next|this|the\s+(?:current|coming|following|previous|same|latest)))\s+(?:(?P<fiscal>fiscal)\s+)?(?P<unit>{_UNIT})(?![\w-])",
         _unit, 21),
]
