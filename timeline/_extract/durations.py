"""Durations: bare ("three days", "13 years", "a two-year term"), anchored to the document date
("the past 12 days", "the last two years", "the next three weeks"; but "the next/previous day" outside
"over/in/within" is a day of the story, a narrative-relative DATE), "ago" ("three years ago",
"a year earlier"), and event-relative ("seven months into the campaign", "in its second week",
"two days after the vote", "since the start of the operation", "the almost two-week-old
campaign").

Rules (``dur_event_into``, ``dur_event_age``, ``dur_event_before_after``, ``dur_ago`` and
``dur_bare`` share one pattern, ``dur_quantity``, and are told apart by their tail), tried in
this order at one position: ``dur_event_into``, ``dur_event_ordinal``,
``dur_event_since``, ``dur_event_age``, ``dur_event_before_after``, ``dur_year_ago_adj`` ("the
year-ago quarter", "year-earlier"), ``dur_ago``, ``dur_anchored``, ``dur_anchored_unit``,
``dur_anchored_half`` ("the past week and a half", "the last two and a half weeks"), ``dur_bare``, ``dur_plural`` ("for years", "weeks, if not months", "after weeks of strikes", "would need weeks",
"a matter of days", "hours, not months"),
``dur_plural_minutes`` ("within minutes": ``PTXM``), ``dur_plural_of`` ("Months of talks"), ``dur_plural_advance`` ("announced weeks in advance", "months
ahead", "days beforehand": ``PXW``), ``dur_plural_ago`` ("just months ago": PAST_REF),
``dur_the_plural_rel`` ("in the weeks before the shooting": "weeks", ``PXW`` hung on the event; "in the hours
after the blast": ``PTXH``), "a year" after an amount ("$500 million a year":
a rate, no expression; "three times a year": a SET ``P1Y``; "37 years old" is an age, no expression), ``dur_more`` ("two more weeks", "at least 20 more years"),
``dur_unit_long`` ("a day-long meeting": P1D), ``dur_compound`` ("two years and four months": P2Y4M;
"... ago": the month it points to), ``dur_and_half`` ("a year and a half": P1Y6M, "two and
a half years ago", "a week and a half into the offensive": ``into`` the event), ``dur_plural_rel`` ("days after Congress voted", "weeks
later": ``PXD``/``PXW`` hung on an event, no interval), ``dur_another`` ("another week", "a further two days",
"an additional year": a bare duration), ``dur_decades_long``.  "last" as a verb ("could last
one year") is not the adjective: the duration after it is bare, with no anchored interval.
"n units before/after <clause>" (however long the clause) and "n hours (years) later" hang on an event of
the story, not on the anchor: they keep a duration value and an ``event_ref``/``event_relation``.
"A year ago/earlier" in a story about quarterly results (a period named in its own sentence, else a
quarter named in the few before, or the last period the story named being a quarter) means the same
quarter a year before; so do ``dur_year_back``'s "the corresponding period last year", "the same
quarter a year earlier", "last year's quarter" and "last year" after an amount it is compared with
("compared with a loss of $3 million last year"; outside a story of quarters that "last year" is
``rel_unit``'s year).  "The past year" (no count) is last year, a DATE; "the past two years" a DURATION.  Value: ``P<n><unit>``
(``PT<n>H`` for clock units; ``X`` for vague counts: "several years" -> ``PXY``).  The vague plural
rules (``dur_plural`` ... ``dur_the_plural_rel``, ``dur_vague_span``: "for some time", "for a while", and ``dur_the_plural``: "over the years") are written in :mod:`timeline._extract._durations_plural`.
"""

from __future__ import annotations

import re

from timeline._extract._durations_corpus import EXAMPLES, NEGATIVES
from timeline._extract._durations_plural import CLAUSE, PLURAL_RULES, plural
from timeline._extract._lexicon import (
    NUM,
    ORD,
    UNIT,
    UNIT_HYPH,
    duration_value,
    number_value,
    ordinal_value,
    unit_code,
)
from timeline._extract._periods import QUARTER_CTX, quarter_story, sentence_around
from timeline._extract._rule import MOD, Hit, Rule, grp, mod_code

__all__ = ["EVENT_NOUNS", "EVENT_NP", "EXAMPLES", "NEGATIVES", "RULES"]

#: Nouns that name an event a time can hang on ("into the offensive").
EVENT_NOUNS = (
    "campaign|offensive|operation|battle|war|siege|fighting|conflict|assault|attack|push|crisis|"
    "strikes?|protests?|talks|trial|election|occupation|invasion|uprising|revolution|ceasefire|"
    "truce|standoff|investigation|inquiry|hearing|lockdown|pandemic|outbreak|blockade|"
    "negotiations|mission|presidency|term|tenure|season|tournament|game|match|war|insurgency|"
    "advance|onslaught|incursion|bombardment|raid|raids|shutdown|strike|marathon|journey|"
    "process|session|summit|visit|tour|regime|rule|reign|mandate|deal|agreement|program(?:me)?|"
    "year|month|week|fight|effort|drive|crackdown|standoff|evacuation|exodus|recount|race|"
    "shooting|killing|bombings?|murder|assassination|explosion|blast|coup|vote|referendum|massacre|"
    "ruling|verdict|arrest|landing|earthquake|crash|ambush|kidnapping"
)
_DET = r"(?:the|its|their|this|that|his|her|our|a|an)"
#: A short event noun phrase: a determiner, up to three modifiers, an event noun, and optionally
#: "for/of/against/on X" with a capitalised X.
EVENT_NP = (
    rf"(?P<event>{_DET}\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:{EVENT_NOUNS})"
    r"(?:\s+(?:for|of|against|on|in)\s+(?:the\s+)?[A-Z][\w'\u2019-]*)?"
    # a named operation: "Operation Inherent Resolve", "Operation Euphrates Shield"
    r"|(?-i:Operation(?:\s+[A-Z][\w'\u2019-]*){1,3}))(?![\w-])"
)

def _qmod(m: re.Match[str], fields: dict[str, str | int | float | bool | None]) -> None:
    q = grp(m, "qmod")
    if q:
        fields["qmod"] = " ".join(q.lower().split())


def _qty(m: re.Match[str]) -> tuple[float | None, str]:
    n = number_value(m.group("num"))
    return n, unit_code(m.group("unit"))


def _duration(m: re.Match[str], kind: str = "duration", **extra: str | int | float | bool | None) -> Hit:
    n, unit = _qty(m)
    fields: dict[str, str | int | float | bool | None] = {"n": n, "unit": unit, **extra}
    _qmod(m, fields)
    return Hit(kind, "DURATION", fields, value=duration_value(n, unit), mod=mod_code(grp(m, "qmod")), tense=False)


def _into(m: re.Match[str]) -> Hit | None:
    h = _duration(m, "eventrel")
    h.event_ref, h.event_relation = m.group("event"), "into"
    return h


def _ordinal(m: re.Match[str]) -> Hit | None:
    unit = unit_code(m.group("unit"))
    k = ordinal_value(m.group("ord"))
    if k <= 0:
        return None
    h = Hit("eventrel", "DURATION", {"n": 1, "unit": unit, "ordinal": k}, value=duration_value(1, unit), tense=False)
    h.event_ref = m.group("owner")
    h.event_relation = f"{m.group('unit').lower()}_of"
    h.start = m.start("ord")
    return h


def _since(m: re.Match[str]) -> Hit | None:
    h = Hit("eventrel", "DURATION", {"n": None, "unit": "D", "edge": m.group("edge").lower()}, value="PXD", tense=False)
    h.event_ref, h.event_relation = m.group("event"), "since"
    return h


def _age(m: re.Match[str]) -> Hit | None:
    h = _duration(m, "eventrel", direction="past")
    h.event_ref, h.event_relation = grp(m, "event_age"), "age"
    h.end = m.end("old")
    return h


def _before_after(m: re.Match[str]) -> Hit | None:
    h = _duration(m, "eventrel")
    h.event_ref, h.event_relation = m.group("event_ba"), m.group("rel").lower()
    h.end = m.end("unit")  # TimeML spans the quantity only: "two weeks" (after the ceasefire)
    return h


_SMALL = {"S", "MIN", "H", "D", "W", "FN", "WE"}

def _year_ago(m: re.Match[str]) -> Hit | None:
    if grp(m, "pnum"):
        # "the year-earlier nine months": a span of months a year back; TimeML types it a DURATION
        n, unit = number_value(m.group("pnum")), unit_code(m.group("punit"))
        return Hit("duration", "DURATION", {"n": n, "unit": unit}, value=duration_value(n, unit), tense=False)
    fields: dict[str, str | int | float | bool | None] = {"n": 1, "unit": "Y", "direction": "before"}
    if quarter_story(m.string, m.start(), m.end()):
        fields["grain"] = "Q"
    h = Hit("ago", "DATE", fields, tense=False)
    if m.group().lower().endswith(("-ago", "-earlier", "-year")) and m.group()[:3].lower() == "the":
        # "the year-ago results": the article belongs to "results", not to the time expression
        h.start = m.start() + 3 + len(m.group()[3:]) - len(m.group()[3:].lstrip())
    return h
def _year_back(m: re.Match[str]) -> Hit | None:
    """ "the corresponding period last year", "last year's quarter", "$3 million last year" after
    "compared with": the period a results story compares with, a year back: the quarter when the
    story reports one (named in the span or found by :func:`quarter_story`), else the year."""
    fields: dict[str, str | int | float | bool | None] = {"n": 1, "unit": "Y", "direction": "before"}
    if QUARTER_CTX.search(m.group()) or quarter_story(m.string, m.start(), m.end()):
        fields["grain"] = "Q"
    elif grp(m, "ly"):
        return None  # a bare "last year" outside a story of quarters: rel_unit's year, as before
    h = Hit("ago", "DATE", fields, tense=False)
    if grp(m, "ly"):
        h.start = m.start("ly")
    return h


#: an amount a results story compares with: "$3 million", "44 cents a share", "a loss of $3 million"
_AMOUNT = (r"(?:(?:a\s+(?:net\s+)?(?:loss|profit|gain|deficit)|(?:net\s+)?(?:income|earnings|net|profit|sales|revenue))"
           r"\s+of\s+)?(?:about\s+|roughly\s+|nearly\s+)?(?:C?\$|US\$|£|€)?\d[\d,.]*(?:\s*%|\s+(?:million|billion|cents?))?"
           r"(?:\s+(?:a|per)\s+share)?")

_CLAUSE_HEAD = re.compile(r"\s+(?P<ref>(?:[\w'\u2019-]+\s+){0,7}[\w'\u2019-]+)")


def _ago(m: re.Match[str]) -> Hit | None:
    n, unit = _qty(m)
    word = " ".join(m.group("ago").lower().split())
    if word in ("before", "after"):
        # "a day after he was hounded on the steps of the courthouse": a span between two events of
        # the story (a DURATION hung on the clause), whatever the clause's length; never a date
        # counted from the anchor
        nxt = CLAUSE.match(m.string, m.end()) or _CLAUSE_HEAD.match(m.string, m.end())
        h = _duration(m, "eventrel")
        h.event_ref, h.event_relation = (nxt.group("ref") if nxt else None), word
        h.end = m.end("unit")
        return h
    if word == "later" or (word == "earlier" and unit in _SMALL):
        # relative to the story's previous event, not the anchor: "two hours later", and with any
        # unit "Twelve years later" (a count ahead of the anchor is "in/from now", never "later");
        # "a year earlier" in a results story is the anchor's year before (TimeBank's DATE)
        h = _duration(m, "eventrel")
        h.event_relation = word
        return h
    direction = "after" if word in ("later", "from now", "hence", "on") else "before"
    fields: dict[str, str | int | float | bool | None] = {"n": n, "unit": unit, "direction": direction}
    # (a quarter named near "a year earlier" wins over a period of its own sentence: TimeBank dev gives
    # "For the nine months, ... up from $1.69 billion a year earlier" the quarter, 2 of 2)
    if unit == "Y" and (QUARTER_CTX.search(sentence_around(m.string, m.start(), m.end()))
                        or (n == 1 and quarter_story(m.string, m.start(), m.end()))):
        fields["grain"] = "Q"  # "profit fell from a year earlier": the same quarter a year before
    if word in ("earlier", "later", "before", "after", "on"):
        fields["relative_to"] = "context"
    _qmod(m, fields)
    return Hit("ago", "DATE", fields, mod=mod_code(grp(m, "qmod")), tense=False)


#: "last" as a verb: after a modal, "to", a negation or a relative pronoun ("could last one year",
#: "is expected to last two weeks", "which may well last a decade")
_VERB_LAST = re.compile(
    r"\b(?:could|would|will|may|might|should|can|must|shall|to|not|n't|does|do|did|which|that|it|they)"
    r"\s+(?:[a-z]+ly\s+|well\s+|still\s+)?$", re.IGNORECASE)


def _approx(m: re.Match[str], h: Hit) -> None:
    """ "a couple of years", "a week or so ago": TimeML's mod APPROX (and the wider interval of it)."""
    if h.mod is None and h.kind in ("duration", "ago") and (
            grp(m, "orso") or "couple" in (grp(m, "num") or "").lower()):
        h.mod = "APPROX"


def _anchored(m: re.Match[str]) -> Hit | None:
    n, unit = _qty(m)
    which = m.group("which").lower()
    if which == "last" and _VERB_LAST.search(m.string, max(0, m.start("which") - 30), m.start("which")):
        return None  # the verb: then the bare duration after it is found on its own
    direction = ("past" if which in ("past", "last", "previous", "preceding")
                 else "future" if which in ("next", "coming", "following")
                 else None)
    fields: dict[str, str | int | float | bool | None] = {"n": n, "unit": unit, "direction": direction}
    _qmod(m, fields)
    q = grp(m, "qmod") or grp(m, "lmod")  # "at least the past 18 months"
    if q:
        fields["qmod"] = " ".join(q.lower().split())
    h = Hit("duration", "DURATION", fields, value=duration_value(n, unit), mod=mod_code(q), tense=False)
    _approx(m, h)
    return h


def _anchored_half(m: re.Match[str]) -> Hit | None:
    """ "the past week and a half", "the last two and a half weeks": n + 0.5 units up to the anchor."""
    num = grp(m, "num")
    n0 = number_value(num) if num else 1.0
    if n0 is None:
        return None
    unit = unit_code(m.group("unit") or m.group("unit1"))
    which = m.group("which").lower()
    if which == "last" and _VERB_LAST.search(m.string, max(0, m.start("which") - 30), m.start("which")):
        return None  # "could last a week and a half": the verb
    direction = "past" if which in ("past", "last", "previous", "preceding") else "future"
    fields: dict[str, str | int | float | bool | None] = {"n": n0 + 0.5, "unit": unit, "direction": direction}
    _qmod(m, fields)
    return Hit("duration", "DURATION", fields, value=duration_value(n0 + 0.5, unit), mod=mod_code(grp(m, "qmod")),
               tense=False)


_SPAN_LEAD = re.compile(r"\b(?:over|in|during|within|for|throughout)\s+$", re.IGNORECASE)


def _anchored_unit(m: re.Match[str]) -> Hit | None:
    unit = unit_code(m.group("unit"))
    which = m.group("which").lower()
    if (unit == "D" and which in ("next", "following", "previous", "preceding")
            and not _SPAN_LEAD.search(m.string, max(0, m.start() - 12), m.start())):
        # "took the bridge the next day": a day of the story, not a span from the anchor
        h = Hit("relunit", "DATE", {"unit": "D", "narrative": True}, tense=False)
        h.event_relation = "following" if which in ("next", "following") else "previous"
        return h
    direction = "past" if which in ("past", "last", "previous", "preceding") else "future"
    if unit == "Y" and which == "past" and not grp(m, "qmod"):
        # "in the past year": TimeBank reads it as last year, a DATE (dev gold 2 / 0); "the past
        # week", "the past two years" stay spans running up to the anchor
        return Hit("relunit", "DATE", {"unit": "Y", "offset": -1}, tense=False)
    fields: dict[str, str | int | float | bool | None] = {"n": 1, "unit": unit, "direction": direction}
    return Hit("duration", "DURATION", fields, value=duration_value(1, unit), mod=mod_code(grp(m, "qmod")), tense=False)


def _quantity(m: re.Match[str]) -> Hit | None:
    if grp(m, "into"):
        h = _into(m)
        rule = "dur_event_into"
    elif grp(m, "old"):
        h = _age(m)
        rule = "dur_event_age"
    elif grp(m, "ba"):
        h = _before_after(m)
        rule = "dur_event_before_after"
    elif grp(m, "ago"):
        h = _ago(m)
        rule = "dur_ago"
    else:
        if m.string[m.end():m.end() + 1] == "-":
            return None  # "two-week-old" without its event noun: not "two-week"
        h = _bare(m)
        rule = "dur_bare"
    if h is not None:
        h.rule = rule
        _approx(m, h)
        q = grp(m, "qmod")
        if q and q.lower() == "over" and h.fields.get("n", 0) is None:
            # "over several years": a preposition before a vague count, not "more than"
            h.start, h.mod = m.start("num"), None
            h.fields.pop("qmod", None)
        hyphen = m.string[m.end("num"):m.start("unit")] == "-"
        if grp(m, "the") and (rule != "dur_bare" or hyphen):  # "the 14-day" -> "14-day"
            h.start = m.start("qmod") if grp(m, "qmod") else m.start("num")
        if grp(m, "long") and m.group("num").lower() in ("a", "an"):
            h.start = m.start("unit")  # "a week-long strike": the article is no count
    return h


_FOLLOW_WORD = re.compile(r"\s+(?!(?:of|or|and|to|in|on|at|for|ago|later|earlier|before|after)\b)[a-z]", re.IGNORECASE)
_OF = re.compile(r"\s+of\b", re.IGNORECASE)


_AGE = re.compile(r"\s+old\b", re.IGNORECASE)
#: before "a year", "a day": a rate ("$500 million a year", "24 hours a day"), not a duration
_RATE_LEAD = re.compile(
    r"(?:\d|\bmillion|\bbillion|\btrillion|\bpercent|%|\bhours|\bdays|\btimes|\bcents|\bdollars|\bpounds|"
    r"\beuros|\byen|\bshares?|\bbarrels|\btons|\btonnes)\s*$", re.IGNORECASE)


_SOMEDAY_LEAD = re.compile(r"\b(?:will|would|could|may|might|shall|can|should|must|to)\s+(?:[a-z]+ly\s+)?$|'ll\s+$",
                          re.IGNORECASE)


def _bare(m: re.Match[str]) -> Hit | None:
    num, unit = m.group("num").lower(), m.group("unit").lower()
    if _AGE.match(m.string, m.end()):
        return None  # an age: "37 years old", "employees 55 years old or older"
    lead = _RATE_LEAD.search(m.string, max(0, m.start() - 12), m.start()) if num in ("a", "an") else None
    if lead is not None:
        if not lead.group().lower().startswith("times"):
            # a rate of an amount ("a dividend of $1.76 a year", "$55 a night", "24 hours a day"):
            # the denominator of a quantity, no time expression (TBAQ dev: 2 of 6 annotated)
            return None
        # a frequency ("three times a year"): a SET
        return Hit("set", "SET", {}, value=duration_value(1, unit_code(unit)), tense=False)
    if num in ("a", "an") and unit.endswith("s"):
        return None  # "a decades-long feud", "an hours-long siege"
    if unit == "second" and num in ("a", "an", "one") and _FOLLOW_WORD.match(m.string, m.end()):
        return None  # "a second term": an ordinal, not a duration
    if num == "one" and unit == "day" and _SOMEDAY_LEAD.search(m.string, max(0, m.start() - 20), m.start()):
        # "Islam will one day be ...", "hopes to one day return": an unnamed future day
        return Hit("vague", "DATE", {"ref": "FUTURE"}, value="FUTURE_REF", tense=False)
    if unit.startswith("quarter") and number_value(num) is not None and _OF.match(m.string, m.end()) or m.string[m.end("num"):m.end("num") + 1] == "-" and unit == "quarters":
        return None  # "three quarters of the vote", "three-quarters": a fraction
    return _duration(m)


def _another(m: re.Match[str]) -> Hit | None:
    num = grp(m, "num")
    n = number_value(num) if num else 1.0
    unit = unit_code(m.group("unit"))
    if num is None and m.group("unit").lower().endswith("s"):
        return None  # "another days" is not English; "another few days" has its count
    fields: dict[str, str | int | float | bool | None] = {"n": n, "unit": unit, "extra": True}
    _qmod(m, fields)
    return Hit("duration", "DURATION", fields, value=duration_value(n, unit), mod=mod_code(grp(m, "qmod")),
               tense=False)


def _and_half(m: re.Match[str]) -> Hit | None:
    """ "a year and a half", "two and a half years": n + 0.5 units (P1Y6M, P2Y6M)."""
    num = m.group("num") or m.group("num2")
    unit = m.group("unit") or m.group("unit2")
    n0 = number_value(num)
    if n0 is None:
        return None
    n, code = n0 + 0.5, unit_code(unit)
    fields: dict[str, str | int | float | bool | None] = {"n": n, "unit": code}
    _qmod(m, fields)
    if grp(m, "ago"):
        fields["direction"] = "before"
        return Hit("ago", "DATE", fields, mod=mod_code(grp(m, "qmod")), tense=False)
    h = Hit("duration", "DURATION", fields, value=duration_value(n, code), mod=mod_code(grp(m, "qmod")), tense=False)
    if grp(m, "into"):  # "a week and a half into the offensive": hung on the event, like dur_event_into
        h.kind, h.event_ref, h.event_relation = "eventrel", m.group("event"), "into"
    return h


#: How many of the smaller unit make one of the larger, for the pairs news writes together.
_PAIR = {("Y", "M"): 12, ("W", "D"): 7, ("D", "H"): 24, ("H", "MIN"): 60}


def _compound(m: re.Match[str]) -> Hit | None:
    """ "two years and four months" (P2Y4M), "three days and 10 hours ago": one span of time; with
    "ago" a date at the grain of the smaller unit."""
    n1, n2 = number_value(m.group("num")), number_value(m.group("num2"))
    big, small = unit_code(m.group("unit")), unit_code(m.group("unit2"))
    k = _PAIR.get((big, small))
    if n1 is None or n2 is None or k is None or n2 >= k:
        return None  # "two weeks and three years", "a year and 14 months": not one span
    fields: dict[str, str | int | float | bool | None] = {}
    _qmod(m, fields)
    mod = mod_code(grp(m, "qmod"))
    ago = (grp(m, "ago") or "").lower()
    if ago == "ago":
        fields.update({"n": n1 * k + n2, "unit": small, "direction": "before"})
        return Hit("ago", "DATE", fields, mod=mod, tense=False)
    n = n1 + n2 / k
    fields.update({"n": n, "unit": big})
    h = Hit("duration", "DURATION", fields, value=duration_value(n, big), mod=mod, tense=False)
    if ago:  # "two days and six hours later": a span after an event of the story
        h.kind, h.event_relation = "eventrel", ago
        h.end = m.end("unit2")
    return h


def _unit_long(m: re.Match[str]) -> Hit | None:
    unit = unit_code(m.group("unit"))
    return Hit("duration", "DURATION", {"n": 1, "unit": unit}, value=duration_value(1, unit), tense=False)


# "eight trading days", "five working days": counted days of a calendar of their own, still days
_Q = rf"{MOD}?(?P<num>{NUM})[\s-]+(?:(?:trading|business|working)\s+(?=days?\b))?(?P<unit>{UNIT})"
_AGO = r"ago|earlier|later|before|after|from\s+now|hence|back"
_EVENT_NP2 = EVENT_NP.replace("?P<event>", "?P<event_ba>")
#: One pattern for every "quantity of units" rule (they share the costly prefix, so the scanner
#: reads it once): the tail picks the rule.
_QUANTITY = (
    rf"(?P<the>the\s+(?=\d|[a-z]+\s+(?:days|weeks|months|years)))?{_Q}"
    rf"(?:(?P<into>\s+(?:in)?to\s+{EVENT_NP})"
    rf"|(?P<old>-old)\s+(?P<event_age>(?:[\w'-]+\s+){{0,2}}?(?:{EVENT_NOUNS}))(?![\w-])"
    rf"|(?P<ba>\s+(?P<rel>before|after)\s+{_EVENT_NP2})"
    rf"|(?P<orso>\s+or\s+so)?\s+(?P<ago>{_AGO})(?![\w-])"
    rf"|(?P<long>-long))?(?![\w])"
)
_QH = rf"{MOD}?(?P<num>{NUM})[\s-]+(?P<unit>{UNIT_HYPH})"

#: a calendar period after "since the start of": "the year", "this month", "last week" (not an event); a
#: season only before punctuation ("the summer offensive" is an event)
_CAL_EDGE = (r"(?:the\s+|this\s+|last\s+|next\s+)?(?:(?:day|week|month|year|decade|century|quarter)(?![\w-])|"
             r"(?:season|summer|winter|spring|autumn|fall)(?=\s*[,.;:]))")

RULES = [
    Rule("dur_quantity", _QUANTITY, _quantity, 25),
    Rule("dur_event_ordinal",
         rf"(?:in|into|entering|enters|entered|during|for)\s+(?P<owner>its|their|the|his|her)\s+"
         rf"(?P<ord>{ORD}|[1-9]\d\d(?:st|nd|rd|th))\s+(?P<unit>day|week|month|year)(?![\w-])"
         r"(?!\s+of\s+(?:[A-Z\d]|the\s+(?:year|month)))", _ordinal, 25),
    Rule("dur_event_since",
         # "since the start of the year/month" is the calendar period's edge (``rel_end_of_the``), no event
         rf"since\s+the\s+(?P<edge>start|beginning|launch|outset|end)\s+of\s+(?!{_CAL_EDGE}){EVENT_NP}", _since, 25),
    Rule("dur_year_ago_adj",
         r"(?:the\s+)?(?:comparable\s+|same\s+)?(?:year-ago|year-earlier|prior-year|previous-year)"
         r"(?:\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period)"
         rf"|\s+(?:first\s+)?(?P<pnum>{NUM})\s+(?P<punit>months|weeks))?(?![\w-])", _year_ago, 26),
    # the period a results story compares with, a year back (TimeBank dev: "the corresponding period
    # last year", "last year's quarter", "compared with a loss of $3 million last year" are its quarter)
    Rule("dur_year_back",
         r"(?:the\s+)?(?:same|corresponding|comparable|like)\s+(?:period|quarter|three\s+months)\s+(?:of\s+)?"
         r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior|preceding)\s+year)(?![\w-])"
         r"|last\s+year['\u2019]s\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period)(?![\w-])"
         rf"|(?:compared\s+(?:with|to)|from|versus|against)\s+{_AMOUNT}"
         rf"(?:,?\s+or\s+{_AMOUNT})?,?\s+(?P<ly>last\s+year)(?![\w'\u2019-])",
         _year_back, 20),
    Rule("dur_anchored",
         rf"(?:{MOD}|(?P<lmod>at\s+least|nearly|almost|more\s+than|less\s+than|no\s+more\s+than)\s+(?=the\s))?"
         rf"(?:the\s+)?(?P<which>past|last|previous|preceding|next|coming|following|first|final)\s+"
         rf"(?P<num>{NUM})\s+(?P<unit>{UNIT})(?![\w-])", _anchored, 28),
    Rule("dur_anchored_half",
         rf"(?:the\s+)?(?P<which>past|last|previous|preceding|next|coming|following)\s+"
         rf"(?:(?P<num>{NUM})\s+and\s+a\s+half\s+(?P<unit>{UNIT})|(?P<unit1>day|week|month|year)\s+and\s+a\s+half)"
         r"(?![\w-])", _anchored_half, 20),
    Rule("dur_anchored_unit",
         rf"{MOD}?(?:the\s+)?(?P<which>past|previous|preceding|next|coming|following|last(?=\s+fortnight))\s+"
         rf"(?P<unit>day|week|fortnight|month|year|decade|century)(?![\w-])", _anchored_unit, 29),
    *PLURAL_RULES,
    Rule("dur_and_half",
         rf"{MOD}?(?:(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+and\s+a\s+half|(?P<num2>{NUM})\s+and\s+a\s+half\s+(?P<unit2>{UNIT}))"
         rf"(?:\s+(?P<ago>ago)|(?P<into>\s+into\s+{EVENT_NP}))?(?![\w-])",
         _and_half, 24),
    Rule("dur_compound",
         rf"{MOD}?(?P<num>{NUM})[\s-]+(?P<unit>{UNIT})(?:\s*,\s*|\s+and\s+)(?P<num2>{NUM})\s+(?P<unit2>{UNIT})"
         r"(?:\s+(?P<ago>ago|later|earlier))?(?![\w-])",
         _compound, 23),
    Rule("dur_more",
         rf"{MOD}?(?P<num>{NUM})\s+more\s+(?P<unit>{UNIT})(?![\w-])", _another, 27),
    Rule("dur_unit_long", r"(?P<unit>hour|day|week|month|year)-long(?![\w-])", _unit_long, 61),
    Rule("dur_another",
         rf"(?:another|a\s+further|an\s+additional|an\s+extra|one\s+more)\s+(?:(?P<num>{NUM})\s+)?"
         rf"(?P<unit>{UNIT})(?![\w-])",
         _another, 27),
    Rule("dur_decades_long", r"(?P<unit>hours|days|weeks|months|years|decades)-long(?![\w-])", plural, 61),
]
