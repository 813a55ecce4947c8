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
``dur_bare``, ``dur_plural`` ("for years", "weeks, if not months", "after weeks of strikes"),
``dur_plural_of`` ("Months of talks"), ``dur_plural_ago`` ("just months ago": PAST_REF),
``dur_the_plural_rel`` ("in the weeks before the shooting": "weeks", ``PXW`` hung on the event), "a year" after an amount ("$500 million a year": a SET
``P1Y``; "37 years old" is an age, no expression), ``dur_more`` ("two more weeks", "at least 20 more years"),
``dur_unit_long`` ("a day-long meeting": P1D), ``dur_and_half`` ("a year and a half": P1Y6M, "two and
a half years ago"), ``dur_plural_rel`` ("days after Congress voted", "weeks
later": ``PXD``/``PXW`` hung on an event, no interval), ``dur_another`` ("another week", "a further two days",
"an additional year": a bare duration), ``dur_decades_long``.  "last" as a verb ("could last
one year") is not the adjective: the duration after it is bare, with no anchored interval.
"n units before/after <clause>" and "n hours later" hang on an event of the story, not on the
anchor: they keep a duration value and an ``event_ref``/``event_relation``.  "A year ago/earlier"
in a story about quarterly results means the same quarter a year before.  Value: ``P<n><unit>``
(``PT<n>H`` for clock units; ``X`` for vague counts: "several years" -> ``PXY``).
"""

from __future__ import annotations

import re

from timeline._extract._lexicon import NUM, ORD, UNIT, UNIT_HYPH, number_value, ordinal_value, unit_code
from timeline._extract._rule import MOD, Example, Hit, Rule, grp, mod_code

__all__ = ["EXAMPLES", "NEGATIVES", "RULES", "duration_value"]

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
    r"(?:\s+(?:for|of|against|on|in)\s+(?:the\s+)?[A-Z][\w'\u2019-]*)?)(?![\w-])"
)

_CLOCK = {"H", "MIN", "S"}


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P3D``, ``PT5H``, ``P2W``, ``P10Y`` for a decade, ``P2Q``, ``PXY`` when vague."""
    # a quarter stays a quarter (TimeML/TimeBank write "P2Q", "PXQ"); its length is still 3 months
    mult = {"DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y"), "FN": (2, "W"), "WE": (2, "D")}
    if unit == "Q" and n is not None and not float(n).is_integer():
        unit, n = "M", n * 3  # "a quarter and a half": in months, P4M15D
    u = unit
    if unit in mult:
        k, u = mult[unit]
        n = None if n is None else n * k
    if n is not None and not float(n).is_integer():
        # a half unit is written in the next smaller unit: P2Y6M, PT5H30M, P1D12H
        smaller = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60),
                   "MIN": ("S", 60)}
        if u in smaller and float(n * smaller[u][1]).is_integer():
            whole, rest = int(n), int(round((n - int(n)) * smaller[u][1]))
            su = smaller[u][0]
            head = f"{whole}{'M' if u == 'MIN' else u}" if whole else ""
            clock = unit in _CLOCK or su == "H" and u == "D"
            if u == "D":
                return f"P{head}T{rest}H"
            return (f"PT{head}{rest}{su}" if clock else f"P{head}{rest}{su}")
    if u == "MIN":
        u = "M"
    num = "X" if n is None else (str(int(n)) if float(n).is_integer() else f"{n:g}")
    return f"PT{num}{u}" if unit in _CLOCK else f"P{num}{u}"


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
_QUARTER_CTX = re.compile(r"\bquarter", re.IGNORECASE)


def _sentence(text: str, start: int, end: int) -> str:
    """The text around an expression: its sentence and the ~2 before (where a quarter is named)."""
    lo = max(start - 400, 0)
    hi = text.find(". ", end, end + 300)
    return text[lo:hi if hi >= 0 else end + 300]


def _year_ago(m: re.Match[str]) -> Hit | None:
    if grp(m, "pnum"):
        # "the year-earlier nine months": a span of months a year back; TimeML types it a DURATION
        n, unit = number_value(m.group("pnum")), unit_code(m.group("punit"))
        return Hit("duration", "DURATION", {"n": n, "unit": unit}, value=duration_value(n, unit), tense=False)
    fields: dict[str, str | int | float | bool | None] = {"n": 1, "unit": "Y", "direction": "before"}
    if _QUARTER_CTX.search(_sentence(m.string, m.start(), m.end())):
        fields["grain"] = "Q"
    h = Hit("ago", "DATE", fields, tense=False)
    if m.group().lower().endswith(("-ago", "-earlier", "-year")) and m.group()[:3].lower() == "the":
        # "the year-ago results": the article belongs to "results", not to the time expression
        h.start = m.start() + 3 + len(m.group()[3:]) - len(m.group()[3:].lstrip())
    return h
_CLAUSE = re.compile(r"\s+(?P<ref>(?:[\w'\u2019-]+\s+){0,7}?[\w'\u2019-]+)(?=\s*[.,;:!?)\"\u201d]|\s*$)")


def _ago(m: re.Match[str]) -> Hit | None:
    n, unit = _qty(m)
    word = " ".join(m.group("ago").lower().split())
    if word in ("before", "after"):
        nxt = _CLAUSE.match(m.string, m.end())
        if nxt:
            h = _duration(m, "eventrel")
            h.event_ref, h.event_relation = nxt.group("ref"), word
            h.end = m.end("unit")
            return h
    if word in ("earlier", "later") and unit in _SMALL:
        h = _duration(m, "eventrel")
        h.event_relation = word  # relative to the story's previous event, not the anchor
        return h
    direction = "after" if word in ("later", "from now", "hence", "on") else "before"
    fields: dict[str, str | int | float | bool | None] = {"n": n, "unit": unit, "direction": direction}
    if unit == "Y" and _QUARTER_CTX.search(_sentence(m.string, m.start(), m.end())):
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
    if num in ("a", "an") and _RATE_LEAD.search(m.string, max(0, m.start() - 12), m.start()):
        # a rate ("a dividend of $1.76 a year", "24 hours a day"): a SET, not a span of time
        unit_c = unit_code(unit)
        return Hit("set", "SET", {}, value=duration_value(1, unit_c), tense=False)
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
    return Hit("duration", "DURATION", fields, value=duration_value(n, code), mod=mod_code(grp(m, "qmod")),
               tense=False)


def _unit_long(m: re.Match[str]) -> Hit | None:
    unit = unit_code(m.group("unit"))
    return Hit("duration", "DURATION", {"n": 1, "unit": unit}, value=duration_value(1, unit), tense=False)


def _plural_rel(m: re.Match[str]) -> Hit | None:
    """ "days after Congress voted", "weeks later": a vague span hung on an event of the story."""
    unit = unit_code(m.group("unit"))
    rel = m.group("rel").lower()
    h = Hit("eventrel", "DURATION", {"n": None, "unit": unit}, value=duration_value(None, unit), tense=False)
    h.event_relation = rel
    if rel in ("before", "after"):
        nxt = _CLAUSE.match(m.string, m.end())
        if nxt:
            h.event_ref = nxt.group("ref")
    return h


def _plural_ago(m: re.Match[str]) -> Hit | None:
    unit = unit_code(m.group("unit"))
    return Hit("ago", "DATE", {"n": None, "unit": unit, "direction": "before"}, tense=False)


def _the_plural_rel(m: re.Match[str]) -> Hit | None:
    """ "in the weeks before the shooting": TimeBank tags "weeks" (3 of 3 in the dev split), a vague
    stretch hung on the event that follows."""
    unit = unit_code(m.group("unit"))
    rel = " ".join(m.group("rel").lower().split())
    h = Hit("eventrel", "DURATION", {"n": None, "unit": unit}, value=duration_value(None, unit), tense=False)
    h.event_relation = "before" if rel in ("before", "preceding", "leading up to") else "after"
    if rel == "that followed":
        return h  # "in the years that followed": after the story's last event, named before
    tail = m.string.find(m.group("rel"), m.end()) + len(m.group("rel"))
    nxt = _CLAUSE.match(m.string, tail)
    if nxt:
        h.event_ref = nxt.group("ref")
    return h


def _plural(m: re.Match[str]) -> Hit | None:
    unit = unit_code(m.group("unit"))
    return Hit("duration", "DURATION", {"n": None, "unit": unit}, value=duration_value(None, unit),
               start=m.start("unit"), tense=False)


_Q = rf"{MOD}?(?P<num>{NUM})[\s-]+(?P<unit>{UNIT})"
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

RULES = [
    Rule("dur_quantity", _QUANTITY, _quantity, 25),
    Rule("dur_event_ordinal",
         rf"(?:in|into|entering|enters|entered|during|for)\s+(?P<owner>its|their|the|his|her)\s+"
         rf"(?P<ord>{ORD}|[1-9]\d\d(?:st|nd|rd|th))\s+(?P<unit>day|week|month|year)(?![\w-])"
         r"(?!\s+of\s+(?:[A-Z\d]|the\s+(?:year|month)))", _ordinal, 25),
    Rule("dur_event_since",
         rf"since\s+the\s+(?P<edge>start|beginning|launch|outset|end)\s+of\s+{EVENT_NP}", _since, 25),
    Rule("dur_year_ago_adj",
         r"(?:the\s+)?(?:comparable\s+|same\s+)?(?:year-ago|year-earlier|prior-year|previous-year)"
         r"(?:\s+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period)"
         rf"|\s+(?:first\s+)?(?P<pnum>{NUM})\s+(?P<punit>months|weeks))?(?![\w-])", _year_ago, 26),
    Rule("dur_anchored",
         rf"(?:{MOD}|(?P<lmod>at\s+least|nearly|almost|more\s+than|less\s+than|no\s+more\s+than)\s+(?=the\s))?"
         rf"(?:the\s+)?(?P<which>past|last|previous|preceding|next|coming|following|first|final)\s+"
         rf"(?P<num>{NUM})\s+(?P<unit>{UNIT})(?![\w-])", _anchored, 28),
    Rule("dur_anchored_unit",
         rf"{MOD}?(?:the\s+)?(?P<which>past|previous|preceding|next|coming|following)\s+"
         rf"(?P<unit>day|week|fortnight|month|year|decade|century)(?![\w-])", _anchored_unit, 29),
    Rule("dur_plural",
         r"(?:for|take|takes|took|taking|last|lasted|lasting|within|over|after|spent|spend|if\s+not|"
         r"or\s+even|or)\s+(?P<unit>hours|days|weeks|months|years|decades|centuries)(?![\w-])"
         r"(?!\s+(?:ago|earlier|later|of\s+(?:the|this|that|these|those|age|his|her|their|its|our|my|your)\b))",
         _plural, 61),
    # "weeks of strikes", "Months of talks": a vague span of an activity (a count before it is
    # dur_quantity's; "days of the week", "years of age" are not spans)
    Rule("dur_plural_of",
         r"(?<!\bthe\s)(?<!\bearly\s)(?<!\blate\s)(?<!\bsmall\s)(?<!\bwee\s)(?P<unit>hours|days|weeks|months|years|decades)(?=\s+of\s+(?!(?:the|this|that|these|those|age|"
         r"experience|service|his|her|their|its|our|my|your)\b)[a-z])",
         _plural, 62),
    Rule("dur_plural_rel",
         r"(?<!\bthe\s)(?<!\bthose\s)(?<!\bthese\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bfirst\s)(?<!\blast\s)"
         r"(?<!\bfinal\s)(?<!\bearly\s)(?<!\binitial\s)(?<!\bopening\s)(?<!\btrading\s)(?<!\bbusiness\s)"
         r"(?<!\bworking\s)(?P<unit>hours|days|weeks|months|years)"
         r"(?=\s+(?P<rel>after|before|later|earlier)\b)",
         _plural_rel, 62),
    # "just months ago", "years earlier": a vague count back from the anchor (PAST_REF, like "a few years ago")
    Rule("dur_plural_ago",
         r"(?<!\bthe\s)(?<!\bfor\s)(?<!\bof\s)(?P<unit>days|weeks|months|years|decades)\s+(?P<ago>ago)(?![\w-])",
         _plural_ago, 61),
    # "in the weeks before the shooting": a vague stretch hung on an event of the story
    Rule("dur_the_plural_rel",
         r"(?<=\bthe\s)(?P<unit>days|weeks|months|years)(?=\s+(?P<rel>before|after|following|preceding|leading\s+up\s+to|that\s+followed)\b)",
         _the_plural_rel, 61),
    Rule("dur_and_half",
         rf"{MOD}?(?:(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+and\s+a\s+half|(?P<num2>{NUM})\s+and\s+a\s+half\s+(?P<unit2>{UNIT}))"
         r"(?:\s+(?P<ago>ago))?(?![\w-])",
         _and_half, 24),
    Rule("dur_more",
         rf"{MOD}?(?P<num>{NUM})\s+more\s+(?P<unit>{UNIT})(?![\w-])", _another, 27),
    Rule("dur_unit_long", r"(?P<unit>hour|day|week|month|year)-long(?![\w-])", _unit_long, 61),
    Rule("dur_another",
         rf"(?:another|a\s+further|an\s+additional|an\s+extra|one\s+more)\s+(?:(?P<num>{NUM})\s+)?"
         rf"(?P<unit>{UNIT})(?![\w-])",
         _another, 27),
    Rule("dur_decades_long", r"(?P<unit>hours|days|weeks|months|years|decades)-long(?![\w-])", _plural, 61),
]

EXAMPLES = [
    Example("The siege lasted three days.", "three days", "P3D", interval=None, type="DURATION"),
    Example("It was the worst in the 13 years of turmoil.", "the 13 years", "P13Y", interval=None),
    Example("Troops have advanced during the past 12 days.", "the past 12 days", "P12D",
            interval=("2016-10-17", "2016-10-29")),
    Example("Troops have advanced in the last 13 days.", "the last 13 days", "P13D",
            interval=("2016-10-16", "2016-10-29")),
    Example("Abuses were reported in the last two years.", "the last two years", "P2Y",
            interval=("2014-10-29", "2016-10-29")),
    Example("Aid will flow over the next three weeks.", "the next three weeks", "P3W",
            interval=("2016-10-29", "2016-11-19")),
    Example("This is a first for the almost two-week-old campaign.", "almost two-week-old", "P2W", mod="APPROX",
            interval=("2016-10-15", "2016-10-29")),
    Example("They met after more than two years of air strikes.", "more than two years", "P2Y", mod="MORE_THAN"),
    Example("The bridge fell three years ago.", "three years ago", "2013", type="DATE",
            interval=("2013-01-01", "2014-01-01")),
    Example("The city fell nearly three years ago.", "nearly three years ago", "2013", mod="APPROX"),
    Example("She arrived two days ago.", "two days ago", "2016-10-27"),
    Example("The rebels struck six weeks ago.", "six weeks ago", "2016-W37"),
    Example("Prices were lower a year earlier.", "a year earlier", "2015"),
    Example("Prices have fallen for at least the past 18 months.", "at least the past 18 months", "P18M",
            mod="EQUAL_OR_MORE", interval=("2014-07-29", "2016-10-29")),
    Example("Nothing will change for a couple of years.", "a couple of years", "P2Y", mod="APPROX"),
    Example("The talks stalled a week or so ago.", "a week or so ago", "2016-W42", mod="APPROX"),
    Example("Third-quarter profit fell. The year-ago results were restated.", "year-ago", "2015-Q3"),
    Example("The year-ago results were restated.", "year-ago", "2015"),
    Example("Profit beat the year-earlier quarter.", "the year-earlier quarter", "2015-Q3"),
    Example("Net for the year-earlier nine months was flat.", "the year-earlier nine months", "P9M",
            type="DURATION"),
    Example("Seven months into the Mosul campaign, the army held half the city.",
            "Seven months into the Mosul campaign", "P7M", interval=None),
    Example("The raids came nearly two weeks into the offensive.", "nearly two weeks into the offensive", "P2W"),
    Example("With the battle in its second week, ministers met.", "second week", "P1W"),
    Example("The siege is now in its 148th day.", "148th day", "P1D"),
    Example("The army took the bridge the next day.", "the next day", "XXXX-XX-XX", interval=None),
    Example("Rebels had shelled the road the previous day.", "the previous day", "XXXX-XX-XX", interval=None),
    Example("Aid will arrive over the next day.", "the next day", "P1D"),
    Example("They took ten villages since the start of the pre-dawn operation.",
            "since the start of the pre-dawn operation", "PXD"),
    Example("The strike ended two days after the vote.", "two days", "P2D"),
    Example("The talks collapsed two weeks after the ceasefire.", "two weeks", "P2W"),
    Example("He served a two-year term.", "two-year", "P2Y"),
    Example("Repairs may take weeks, if not months.", "months", "PXM"),
    Example("The region was ruled from Istanbul for centuries.", "centuries", "PXY"),
    Example("The firm, which just months ago was near collapse, is hiring.", "months ago", "PAST_REF",
            interval=("2015-12-29", "2016-08-30")),
    Example("His car was seen in the weeks before the attack.", "weeks", "PXW", interval=None),
    Example("Markets fell in the days after the vote.", "days", "PXD", interval=None),
    Example("In the years that followed, the rebels regrouped.", "years", "PXY", interval=None),
    Example("The past week was calm.", "The past week", "P1W", interval=("2016-10-22", "2016-10-29")),
    Example("Talks ran for 48 hours.", "48 hours", "PT48H"),
    Example("They lived in camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
    Example("She spent 5 1/2 hours in Nairobi.", "5 1/2 hours", "PT5H30M"),
    Example("The cost is spread over the next three quarters.", "the next three quarters", "P3Q",
            interval=("2016-10-29", "2017-07-29")),
    Example("The firm has lost money in the past two quarters.", "the past two quarters", "P2Q"),
    Example("Margins shrank over several quarters.", "several quarters", "PXQ"),
    Example("The engine ran for several hours.", "several hours", "PTXH"),
    Example("Profit rose in the third quarter from the year-earlier quarter.", "the year-earlier quarter", "2015-Q3"),
    Example("Profit rose 5% from a year earlier in the third quarter.", "a year earlier", "2015-Q3"),
    Example("A decades-long feud ended.", "decades-long", "PXY"),
    # a rate after an amount is a SET
    Example("The stock pays $1.76 a year in dividends.", "a year", "P1Y", type="SET", interval=None),
    Example("It should save $500 million a year.", "a year", "P1Y", type="SET"),
    Example("Guards stand outside 24 hours a day.", "a day", "P1D", type="SET"),
    Example("The ship sank an hour later.", "an hour later", "PT1H"),
    # "last" the verb: a bare duration, no interval
    Example("The minister said martial law could last one year.", "one year", "P1Y", interval=None),
    Example("Repairs are expected to last two weeks.", "two weeks", "P2W", interval=None),
    Example("The trial, which may well last three months, opens today.", "three months", "P3M", interval=None),
    # another / a further / an additional
    Example("Clearing operations could take another week.", "another week", "P1W", interval=None),
    Example("The loan was extended for an additional year.", "an additional year", "P1Y"),
    Example("Talks will go on for a further two days.", "a further two days", "P2D"),
    Example("Residents waited another few hours.", "another few hours", "PTXH"),
    Example("The conflict has lasted a year and a half.", "a year and a half", "P1Y6M"),
    Example("Troops stayed for two and a half years.", "two and a half years", "P2Y6M"),
    Example("The talks ran for nearly an hour and a half.", "nearly an hour and a half", "PT1H30M", mod="APPROX"),
    Example("The town fell two and a half years ago.", "two and a half years ago", "2014", type="DATE"),
    Example("The final push lasted a little over a month.", "a little over a month", "P1M", mod="MORE_THAN"),
    Example("It took slightly more than three weeks.", "slightly more than three weeks", "P3W", mod="MORE_THAN"),
    Example("The boy will stay for at least two more weeks.", "at least two more weeks", "P2W", mod="EQUAL_OR_MORE"),
    Example("The lease runs 20 more years.", "20 more years", "P20Y"),
    Example("We need three more days to finish.", "three more days", "P3D"),
    Example("They left their third day-long meeting.", "day-long", "P1D"),
    Example("A week-long strike shut the port.", "week-long", "P1W"),
    Example("The hour-long speech ended at noon.", "hour-long", "PT1H"),
    # plural units of an activity
    Example("The push came after weeks of strikes on bridges.", "weeks", "PXW", interval=None),
    Example("Months of negotiations produced nothing.", "Months", "PXM"),
    Example("They signed a deal ending years of conflict.", "years", "PXY"),
    Example("The siege began its third month on Tuesday, days after parliament voted.", "days", "PXD",
            interval=None),
    Example("Weeks later, the bridge was rebuilt.", "Weeks", "PXW"),
    Example("He resigned, months before the inquiry reported.", "months", "PXM"),
]

NEGATIVES = [
    Example("A 28,000-strong coalition moved north.", None),
    Example("She won a second term in office.", None),
    Example("About three-quarters of voters backed him.", None),
    Example("Three quarters of the city is in ruins.", None),
    Example("The town is about 55 km from the city.", None),
    Example("Estimated 3,000-4,000 fighters remain.", None),
    Example("Between 3,000 to 5,000 militants defend it.", None),
    Example("They are outnumbered about one to 10.", None),
    Example("The city is home to 1.5 million people.", None),
    Example("Our sector is 69 kilometers long.", None),
    Example("Police arrived in the early hours of Friday.", "hours"),
    Example("Sunday is the first day of the week.", "day of the week"),
    Example("He died within months of his release.", "months"),
    Example("Children under 5 years of age are exempt.", "of age"),
    Example("Pensions grow with years of service.", "years of service"),
    Example("We will last the winter, she said.", "last"),
    Example("He was 37 years old when he was kidnapped.", "37 years"),
    Example("Staff 55 years old or older may retire.", "55 years"),

    Example("The days are short in winter.", "days"),
    Example("Two more people were killed.", "Two more"),
    Example("It is a matter of days before the town falls.", "days before"),
    Example("In the first weeks after the coup, nobody spoke.", "weeks after"),
]
