"""Which period a story of results compares with: a quarter, or nine months, a half, a year.

Shared by the families that read a year back ("a year earlier", "the year-ago quarter", "the
corresponding period last year", "the 1988 period"): :func:`own_period` is the period named in the
expression's own sentence, :func:`quarter_story` whether the comparison is of quarters (the own
sentence's period, else a quarter named in the few sentences before, else the last period the
story named).
"""

from __future__ import annotations

import re

__all__ = ["QUARTER_CTX", "own_period", "quarter_story", "sentence_around"]

QUARTER_CTX = re.compile(r"\bquarter", re.IGNORECASE)


def sentence_around(text: str, start: int, end: int) -> str:
    """The text around an expression: its sentence and the ~2 before (where a quarter is named)."""
    lo = max(start - 400, 0)
    hi = text.find(". ", end, end + 300)
    return text[lo:hi if hi >= 0 else end + 300]


#: The periods a results story talks about: the last one named before "a year earlier" is the
#: one it compares with ("third-quarter profit ... A year earlier, net income was ...").
_PERIOD_CUE = re.compile(
    r"\b(?:(?P<q>quarter(?:ly)?|(?:first|second|third|fourth)-period|three\s+months)"
    r"|(?:nine|six|12|twelve)\s+months|first\s+half|fiscal\s+(?:year|19\d\d|20\d\d)|full\s+year|the\s+year)\b",
    re.IGNORECASE)
_OWN_END = re.compile(r"[.!?](?=\s|$)|\n")  # the end of the expression's own sentence
_PERIOD_LOOK = 3000  # characters back: a results story names its period in its first paragraphs


def own_period(text: str, start: int, end: int) -> bool | None:
    """Whether the period named in the own sentence of ``[start, end)`` is a quarter (``True``) or
    another (``False``: nine months, a half, a year), the last one before it, else the first after;
    ``None`` when the sentence names none ("In the nine months, net rose to $9 million from $7
    million a year earlier" compares nine months, whatever the paragraph before reported)."""
    s0 = max(text.rfind(". ", max(0, start - 400), start) + 2, text.rfind("\n", max(0, start - 400), start) + 1)
    stop = _OWN_END.search(text, end, end + 300)
    own = [c for c in _PERIOD_CUE.finditer(text, s0, stop.start() if stop else min(len(text), end + 300))
           if not start <= c.start() < end]
    if not own:
        return None
    before = [c for c in own if c.start() < start]
    return (before[-1] if before else own[0]).group("q") is not None


def quarter_story(text: str, start: int, end: int) -> bool:
    """Whether a year-back comparison at ``[start, end)`` compares quarters: the period of its own
    sentence, else a quarter named in the few sentences before, else the last period the story named
    being a quarter."""
    own = own_period(text, start, end)
    if own is not None:
        return own
    if QUARTER_CTX.search(sentence_around(text, start, end)):
        return True
    last: re.Match[str] | None = None
    for cue in _PERIOD_CUE.finditer(text, max(0, start - _PERIOD_LOOK), start):
        last = cue
    return last is not None and last.group("q") is not None
