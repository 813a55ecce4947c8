"""Durations, vague plural spans: a unit with no count ("for years", "weeks, if not months", "after weeks
of strikes", "a matter of days", "hours, not months"), ``dur_plural``; ``dur_plural_minutes`` ("within
minutes": ``PTXM``); ``dur_plural_of`` ("Months of talks"); ``dur_plural_advance`` ("announced weeks in
advance", "months ahead": ``PXW``); ``dur_plural_ago`` ("just months ago": PAST_REF);
``dur_plural_rel`` ("days after Congress voted", "weeks later": ``PXD``/``PXW`` hung on an event, no
interval) and ``dur_the_plural_rel`` ("in the weeks before the shooting", "in the hours after the
blast"); ``dur_vague_span`` ("for some time", "for a while": ``PXX``) and ``dur_the_plural`` ("over the
years", "through the decades": ``PXY``).  The family of :mod:`timeline._extract.durations`, which lists :data:`PLURAL_RULES` among its
rules in this order (kept apart so that each module has room).
"""

from __future__ import annotations

import re

from timeline._extract._lexicon import duration_value, unit_code
from timeline._extract._rule import Hit, Rule

__all__ = ["CLAUSE", "PLURAL_RULES", "plural"]

#: The clause a span hangs on after "before"/"after": up to eight words, to a punctuation mark or the end.
CLAUSE = re.compile(r"\s+(?P<ref>(?:[\w'\u2019-]+\s+){0,7}?[\w'\u2019-]+)(?=\s*[.,;:!?)\"\u201d]|\s*$)")


def _plural_rel(m: re.Match[str]) -> Hit | None:
    """ "days after Congress voted", "weeks later": a vague span hung on an event of the story."""
    unit = unit_code(m.group("unit"))
    rel = m.group("rel").lower()
    h = Hit("eventrel", "DURATION", {"n": None, "unit": unit}, value=duration_value(None, unit), tense=False)
    h.event_relation = rel
    if rel in ("before", "after"):
        nxt = CLAUSE.match(m.string, m.end())
        if nxt:
            h.event_ref = nxt.group("ref")
    return h


def _plural_ago(m: re.Match[str]) -> Hit | None:
    unit = unit_code(m.group("unit"))
    return Hit("ago", "DATE", {"n": None, "unit": unit, "direction": "before"}, tense=False)


def _the_plural_rel(m: re.Match[str]) -> Hit | None:
    """ "in the weeks before the shooting": TimeBank tags "weeks" (3 of 3 in the dev split), a vague
    stretch hung on the event that follows ("minutes" only after "in/during/within the": "approved the
    minutes before the session closed" is a record)."""
    unit = unit_code(m.group("unit") or m.group("mins"))
    rel = " ".join(m.group("rel").lower().split())
    h = Hit("eventrel", "DURATION", {"n": None, "unit": unit}, value=duration_value(None, unit), tense=False)
    h.event_relation = "before" if rel in ("before", "preceding", "leading up to") else "after"
    if rel == "that followed":
        return h  # "in the years that followed": after the story's last event, named before
    tail = m.string.find(m.group("rel"), m.end()) + len(m.group("rel"))
    nxt = CLAUSE.match(m.string, tail)
    if nxt:
        h.event_ref = nxt.group("ref")
    return h


#: "over in days", "could fall in weeks", "the first rain in months": a vague span; not "in days of
#: old", "in days gone by", "in years past", "in months to come" (a time of a poem, not a span)
_IN_NOT_SPAN = re.compile(r"\s+(?:of|gone|past|to\s+come|ahead|when|where|that|which)\b|['\u2019]")


def plural(m: re.Match[str]) -> Hit | None:
    """A vague span of the unit matched ("for years": ``PXY``), from the unit on."""
    if m.group(0)[:2].lower() == "in" and _IN_NOT_SPAN.match(m.string, m.end()):
        return None
    unit = unit_code(m.group("unit"))
    return Hit("duration", "DURATION", {"n": None, "unit": unit}, value=duration_value(None, unit),
               start=m.start("unit"), tense=False)


#: More words a bare plural unit follows as a vague span: "a matter of weeks", "a question of days",
#: and a second unit set against a first ("hours, not months", "weeks rather than months").
_PLURAL_LEAD = (r"matter\s+of|question\s+of|rather\s+than|"
                + "|".join(rf"(?<={u},\s)not|(?<={u}\s)not" for u in ("hours", "days", "weeks", "months", "years")))


def _the_plural(m: re.Match[str]) -> Hit | None:
    unit = unit_code(m.group("unit"))
    return Hit("duration", "DURATION", {"n": None, "unit": unit}, value=duration_value(None, unit), tense=False)


def _vague_span(m: re.Match[str]) -> Hit | None:
    """ "for some time", "for a while", "for a long time": a span of no unit and no count (``PXX``,
    the TimeML value of a vague duration whose unit is not said); the span starts after "for"."""
    return Hit("duration", "DURATION", {"n": None, "unit": "X"}, value="PXX", start=m.start("span"), tense=False)


PLURAL_RULES = [
    # "over the years", "through the decades": a vague span with its article (TimeBank dev 1 / 1: "over the
    # years" is "the years" PXY); not "over the years 1990 to 1995", "the weeks ahead" (vague_future)
    Rule("dur_the_plural",
         r"(?:(?<=\bover\s)|(?<=\bthrough\s)|(?<=\bacross\s))the\s+(?P<unit>years|decades|centuries)(?![\w-])"
         r"(?!\s+(?:ahead|to\s+come|that|when|of\s+the|since|before|after|\d)\b|\s+\d)",
         _the_plural, 61),
    # "stay for some time", "go on for a while", "for a fairly lengthy period" (TimeBank dev 3 / 3, all
    # after "for"); not "some time ago", "took a while" (no "for"), "for some time in March" (a point).
    # "for a long time" is left out: the dev gold leaves its one case unannotated (0 / 1)
    Rule("dur_vague_span",
         r"(?<=\bfor\s)(?P<span>(?:quite\s+)?some\s+time|a\s+(?:long\s+|short\s+|little\s+)?while"
         r"|a\s+(?:fairly\s+|very\s+)?(?:long|lengthy|short|brief)\s+period"
         r"(?:\s+of\s+time)?)(?![\w-])"
         r"(?!\s+(?:ago|earlier|later|when|that|of\s+(?!time\b)|next|this|last|"
         r"in\s+the\s+(?:spring|summer|autumn|fall|winter|first|second|third|fourth|coming|next))\b)"
         r"(?!\s+in\s+(?-i:[A-Z])|\s+in\s+\d)",
         _vague_span, 61),
    Rule("dur_plural",
         r"(?:for|take|takes|took|taking|(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\bmy\s)last|lasted|lasting|within|over|after|"
         r"spent|spend|if\s+not|need|needs|"
         r"needed|require|requires|required|"
         rf"or\s+even|or|in|{_PLURAL_LEAD})\s+(?P<unit>hours|days|weeks|months|years|decades|centuries)(?![\w-])"
         r"(?!\s+(?:ago|earlier|later|of\s+(?:the|this|that|these|those|age|his|her|their|its|our|my|your)\b))",
         plural, 61),
    # "within minutes", "over in minutes", "within minutes of the blast": a vague span of minutes, after a
    # preposition only ("took minutes", "the minutes of the meeting", "said in minutes released on
    # Wednesday" are a record, not a time)
    Rule("dur_plural_minutes",
         r"(?:within|for|after|in|over)\s+(?P<unit>minutes)(?![\w-])(?!\s+(?:ago|earlier|later)\b)"
         r"(?!(?<!within\sminutes)\s+of\b)"
         r"(?!\s+(?:released|published|issued|obtained|seen|show(?:s|ed)?|from|of\s+(?:the|its|a)\s+meeting)\b)",
         plural, 61),
    # "weeks of strikes", "Months of talks": a vague span of an activity (a count before it is
    # dur_quantity's; "days of the week", "years of age" are not spans)
    Rule("dur_plural_of",
         r"(?<!\bthe\s)(?<!\bearly\s)(?<!\blate\s)(?<!\bsmall\s)(?<!\bwee\s)(?<!\blast\s)(?<!\bfinal\s)(?P<unit>hours|days|weeks|months|years|decades)(?=\s+of\s+(?!(?:the|this|that|these|those|age|"
         r"experience|service|his|her|their|its|our|my|your)\b)[a-z])",
         plural, 62),
    Rule("dur_plural_rel",
         r"(?<!\bthe\s)(?<!\bthose\s)(?<!\bthese\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bfirst\s)(?<!\blast\s)"
         r"(?<!\bfinal\s)(?<!\bearly\s)(?<!\binitial\s)(?<!\bopening\s)(?<!\btrading\s)(?<!\bbusiness\s)"
         r"(?<!\bworking\s)(?P<unit>minutes|hours|days|weeks|months|years)"
         r"(?=\s+(?P<rel>after|before|later|earlier)\b)",
         _plural_rel, 62),
    # "announced weeks in advance", "booked months ahead", "days beforehand": a vague lead time (TimeML
    # gives a count the same way: "three weeks in advance" is P3W); not "the weeks ahead" (vague_future)
    Rule("dur_plural_advance",
         r"(?<!\bthe\s)(?<!\bthose\s)(?<!\bthese\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bcoming\s)"
         r"(?P<unit>hours|days|weeks|months|years)(?=\s+(?:in\s+advance|beforehand|ahead)\b)"
         r"(?!\s+ahead\s+of\s+(?:the\s+|its\s+|their\s+)?(?:rest|rivals?|competitors?|others|pack|curve|field)\b)",
         plural, 62),
    # "just months ago", "years earlier": a vague count back from the anchor (PAST_REF, like "a few years ago")
    Rule("dur_plural_ago",
         r"(?<!\bthe\s)(?<!\bfor\s)(?<!\bof\s)(?P<unit>days|weeks|months|years|decades)\s+(?P<ago>ago)(?![\w-])",
         _plural_ago, 61),
    # "in the weeks before the shooting": a vague stretch hung on an event of the story
    Rule("dur_the_plural_rel",
         r"(?:(?<=\bthe\s)(?P<unit>hours|days|weeks|months|years)|(?:(?<=\bin\sthe\s)|(?<=\bduring\sthe\s)"
         r"|(?<=\bwithin\sthe\s))(?P<mins>minutes))"
         r"(?=\s+(?P<rel>before|after|following|preceding|leading\s+up\s+to|that\s+followed)\b)",
         _the_plural_rel, 61),
]
