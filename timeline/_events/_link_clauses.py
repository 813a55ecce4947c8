"""A date closing its clause before a coordinated predicate is not the next predicate's (session 11).

"The violence eclipsed the shooting of two protesters nine days ago, and came six days after a general
strike had shut the country": "nine days ago" closes the first predicate (it dates the shooting, or nothing
the rules know); the general strike, in the coordinated predicate after ", and came", is no candidate for
it.  The same for ", and was", ", and had", ", but left": a comma, "and"/"but" and a finite verb (a past
form or an auxiliary) whose subject is the main clause's begin a predicate of their own, with its own time.
A date at the head of its sentence ("On Monday, and again on Tuesday, ...") is not closed so.
"""

from __future__ import annotations

import re

from timeline._events._doc import Mention
from timeline._events._rx import rx
from timeline._events._text import Sentence
from timeline.model import Expression

__all__ = ["closed_before"]

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
