"""A date closing its clause before a coordinated predicate is not the next predicate's (session 11).

"The violence eclipsed the shooting of two protesters nine days ago, and came six days after a general
strike had shut the country": "nine days ago" closes the first predicate (it dates the shooting, or nothing
the rules know); the general strike, in the coordinated predicate after ", and came", is no candidate for
it.  The same for ", and was", ", and had", ", but left": a comma, "and"/"but" and a finite verb (a past
form or an auxiliary) whose subject is the main clause's begin a predicate of their own, with its own time.
A date at the head of its sentence ("On Monday, and again on Tuesday, ...") is not closed so.

The converse (session 14, :func:`coordinated_first`): two predicates of one subject joined by a bare "and" with one
date after the second ("ordered the army onto the streets and imposed a curfew late on Friday", "sacked the
cabinet and declared a state of emergency on Monday") tell two acts of that day: the date is both's, when one
of them is a civil act of a day (a curfew, an arrest, a dismissal, a decree) and neither lasts (a siege, a
battle, an offensive may have begun long before the day the second verb is dated).
"""

from __future__ import annotations

import re

from timeline._events._civil import CIVIL_FAMILIES
from timeline._events._doc import Mention
from timeline._events._rx import rx
from timeline._events._text import Sentence
from timeline.model import Expression

__all__ = ["closed_before", "coordinated_first"]

_IRREGULAR = ("came|went|took|left|fell|made|began|drew|saw|held|led|brought|sent|won|lost|struck|gave|met|ran|rose|"
              "spread|shut|cut|put|set|kept|fought|caught|became|broke|hit|drove|stood|sought|overran|withdrew|"
              "was|were|had|has|have|is|are|will|would|could|may|might|did|does")
_COORDINATED = re.compile(r"\s*,\s*(?:and|but)\s+(?:(?:then|later|also|again|now|soon|\w+ly)\s+)?"
                          r"(?:" + _IRREGULAR + r"|[a-z]+ed)\b", re.IGNORECASE)
# the coordinated verb itself: "the exodus a week ago, and warned of ..."
_AND_BEFORE_VERB = re.compile(r"\s*,\s*(?:and|but)\s+(?:(?:then|later|also|again|now|soon|\w+ly)\s+)?", re.IGNORECASE)
# the sentence's head before the date: its words, more than an opening adverbial
_HEAD = re.compile(r"[^,;]*\b[a-z]{3,}\b[^,;]*\s$")


def closed_before(text: str, sent: Sentence, e: Expression, m: Mention) -> bool:
    """Whether ``e`` closes a predicate that a coordinated one after it follows, and ``m`` lies in that one."""
    if m.start < e.end or not (_COORDINATED.match(text, e.end, m.start) or (
            not m.nominal and _AND_BEFORE_VERB.fullmatch(text, e.end, m.start))):
        return False
    return rx(r"\w+\s+\w+").search(text, sent.start, e.start) is not None and \
        _HEAD.search(text, sent.start, e.start) is not None


#: acts of one day a government or a crowd does (:func:`coordinated_first`)
_CIVIL_DAY = CIVIL_FAMILIES | {"arrest", "dismissal", "resignation", "release", "proclamation", "order", "decision",
                               "vote", "protest"}
#: acts that last, which a later day's verb does not date
_LASTING = frozenset({"offensive", "campaign", "battle", "fighting", "encirclement", "siege", "occupation",
                      "blockade", "bombardment"})
# the first predicate's rest, then a bare "and": no comma, no clause boundary ("ordered the military onto the
# streets and ")
_AND_GAP = re.compile(r"(?:\s+[\w'\u2019-]+){0,8}?\s+and\s+(?:(?:then|also|later|swiftly|promptly)\s+)?", re.IGNORECASE)


def coordinated_first(text: str, e: Expression, m: Mention, in_sent: list[Mention],
                      dated: set[int]) -> Mention | None:
    """The verb of the first of two coordinated predicates when ``e``, after the second (``m``), dates both
    (see the module); ``dated`` holds the mentions some date already owns."""
    if m.nominal or m.tense != "past" or m.start > e.start:
        return None
    # (a noun its declaring verb opens, "declared a state of emergency and shut down the internet", stands for
    # that verb: the date is its start)
    first = [x for x in in_sent if (not x.nominal or (x.aspect == "begins" and x.aspect_span is not None))
             and x.end <= m.start and x.sent.index == m.sent.index and x.index != m.index]
    if not first:
        return None
    x = max(first, key=lambda y: y.end)
    if (x.tense != "past" and not x.nominal) or x.index in dated or not _AND_GAP.fullmatch(text, x.end, m.start) \
            or x.type in _LASTING or m.type in _LASTING or not ({x.type, m.type} & _CIVIL_DAY):
        return None
    return x
