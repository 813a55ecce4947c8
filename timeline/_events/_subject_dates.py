"""The date of a main clause whose subject is an event told just before: "The strikes came a day after ...".

A gap phrase counts from its main clause (see :mod:`._offsets`); when that clause has no date of its own, its
subject may still be dated: an anaphoric event noun ("the strikes", "the retreat", "the violence") retells an
act an earlier sentence of the article dates ("Russian missiles struck the plant on Sunday evening. ...  The
strikes came a day after Ukrainian troops entered Kupiansk": Saturday).

The antecedent is the act of the same kind told in the three sentences before (for a general noun of
violence, "the violence", "the bloodshed", any act of violence), dated by the one day its clause gives it
("on Sunday", not a report's date: "officials said on Thursday"; but "Russia said on Saturday it had
withdrawn": that day or the day before).  Two such acts told of two days leave the subject undated (no
guess), and so does an antecedent its clause does not date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from timeline._events._mentions import DocMentions, Mention
from timeline._events._rx import rx
from timeline.model import Expression

__all__ = ["VIOLENCE_TYPES", "subject_days"]

#: general nouns that retell an act of violence told before ("the violence", "the bloodshed")
_GENERAL = frozenset({"violence", "bloodshed", "killings", "crackdown", "carnage", "massacre", "shooting",
                      "shootings", "attack", "attacks", "assault", "raid", "raids", "strikes", "bombing",
                      "bombings", "shelling", "clashes", "unrest"})
#: the acts a general noun of violence may retell
VIOLENCE_TYPES = frozenset({"attack", "airstrike", "kill"})
#: general nouns that retell a decision told before ("The announcement came a day after ...", "the move", "the
#: decision"), and the acts they may retell: a proclamation, an order, a decree's measure
_DECIDED = frozenset({"announcement", "decision", "declaration", "decree", "move", "step", "order", "measure"})
_DECISION_TYPES = frozenset({"proclamation", "order", "decision", "pledge", "suspension", "curfew", "dismissal",
                             "shutdown", "sanctions", "appointment", "extension", "ultimatum"})
# the subject of the main clause and its verb: "The strikes came", "This latest violence followed", "Sunday's
# crackdown eclipsed" (the relating verb, or any past verb right after the noun)
_SUBJECT = rx(r"\s*(?:(?:The|This|That|These|Those|Such|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
              r"Yesterday|Today)(?:['\u2019]s)?\s+)(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)"
              r"\s+(?:(?:also|only|just|then|had|has)\s+)?(?:came|come|comes|followed|follows|was|were|began|erupted|"
              r"broke\s+out|happened|took\s+place|started|eclipsed|marked|[a-z]{3,}ed)\b", re.IGNORECASE)
# a report's date: "said on Thursday" (the act told after it, "it had withdrawn", lay that day or the day before)
_REPORT_DATE = rx(r"\b(?:said|says|told|reported|announced|added|confirmed|claimed)\s+(?:\w+\s+)?(?:on\s+|late\s+|"
                  r"early\s+)?$", re.IGNORECASE)
_HAD = rx(r"\b(?:had|have|has)\s+(?:\w+ly\s+|already\s+|been\s+)?$", re.IGNORECASE)
_NEGATED = rx(r"\b(?:not|never|n't|no)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a gap or subordinator between an act and a date of its clause: the date is another act's
_APART = rx(r"\b(?:after|before|since|until|following|ago|later|earlier)\b", re.IGNORECASE)
# a time that owns a noun ("last week's failed coup"): it dates that noun, not the act of its clause
_POSSESSIVE = rx(r"['\u2019]s?\s")
_DAY = dt.timedelta(days=1)
_BACK = 3  # sentences


def _day(p: dt.datetime) -> dt.datetime:
    return dt.datetime(p.year, p.month, p.day)


def _days_of(x: Expression) -> tuple[dt.datetime, dt.datetime] | None:
    iv = x.interval
    if iv is None or iv.start[0] is None or iv.end[1] is None or x.value.startswith(("PRESENT", "PAST", "FUTURE")):
        return None
    day0, day1 = _day(iv.start[0]), _day(iv.end[1] - dt.timedelta(microseconds=1))
    if day1 - day0 > dt.timedelta(days=6):
        return None  # "last month": too wide to count a day's gap from
    return day0, max(day0, day1)


def _subject(dm: DocMentions, lo: int, hi: int) -> tuple[str, Mention | None] | None:
    """The anaphoric event noun the main clause ``[lo, hi)`` opens with, and its mention if it is one."""
    m = _SUBJECT.match(dm.text, lo, hi)
    if m is None:
        return None
    noun = m.group("noun").lower()
    mn = next((x for x in dm.mentions_starting(m.start("noun"), m.end("noun")) if x.nominal), None)
    if mn is not None and not mn.actors and not mn.campaign and not mn.named:
        return noun, mn
    return (noun, None) if noun in _GENERAL or noun in _DECIDED else None


def _clause(text: str, lo: int, hi: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence ``[lo, hi)`` that holds ``pos``: between semicolons or dashes."""
    a = max(text.rfind(";", lo, pos), text.rfind(" - ", lo, pos), text.rfind("\u2014", lo, pos))
    b = rx(r";|\s[-\u2013\u2014]\s").search(text, pos, hi)
    return (lo if a < 0 else a + 1), (b.start() if b else hi)


def _dated(dm: DocMentions, mn: Mention, expressions: Sequence[Expression]) -> tuple[dt.datetime, dt.datetime] | None:
    """The one day the clause of ``mn`` gives it (None: none, or two)."""
    text = dm.text
    lo, hi = _clause(text, mn.sent.start, mn.sent.end, mn.start)
    found: list[tuple[dt.datetime, dt.datetime]] = []
    for x in expressions:
        if not (lo <= x.start and x.end <= hi) or x.type not in {"DATE", "TIME"} or x.event_ref is not None:
            continue
        days = _days_of(x)
        a, b = (x.end, mn.start) if x.end <= mn.start else (mn.end, x.start)
        if days is None or _APART.search(text, a, b):
            continue  # "appeared in court on Monday, a day after the crackdown": not the crackdown's day
        if _POSSESSIVE.match(text, x.end) and not x.end <= mn.start <= x.end + 40:
            continue  # "declared a state of emergency late on Wednesday, ... behind last week's coup": the coup's
        if _REPORT_DATE.search(text, max(lo, x.start - 30), x.start):
            # "Russia said on Saturday it had withdrawn": the act lay that day or the day before
            if mn.start > x.end and _HAD.search(text, max(lo, mn.start - 25), mn.start):
                found.append((days[0] - _DAY, days[1]))
            continue
        found.append(days)
    return found[0] if len(set(found)) == 1 else None


def subject_days(dm: DocMentions, lo: int, hi: int, expressions: Sequence[Expression]
                 ) -> tuple[dt.datetime, dt.datetime] | None:
    """The days the anaphoric subject of the main clause ``[lo, hi)`` was told of earlier in the article."""
    subj = _subject(dm, lo, hi)
    sent = dm.sentence_at(lo)
    if subj is None or sent is None:
        return None
    noun, own = subj
    types = {own.type} if own is not None else set()
    if noun in _GENERAL or types & VIOLENCE_TYPES:  # ("the strikes" retell "jets struck", an air strike)
        types |= VIOLENCE_TYPES
    if noun in _DECIDED:  # ("the announcement" retells "declared a state of emergency late on Wednesday")
        types |= _DECISION_TYPES
    first = max(0, sent.index - _BACK)
    cands = [x for x in dm.mentions_starting(dm.sentences[first].start, sent.start)
             if x.type in types and x.tense != "future" and x.sent.index < sent.index
             and not _NEGATED.search(dm.text, max(0, x.start - 20), x.start)]
    if not cands:
        return None
    dates = {d for d in (_dated(dm, x, expressions) for x in cands) if d is not None}
    if len(dates) != 1:
        return None  # undated, or two acts of two days: no guess
    return next(iter(dates))
