"""Cheap clause-tense heuristic: the nearest tense cue to the expression, within its sentence.

Past cues: "was/were/had/did/said", irregular past forms, ``-ed`` words (minus participles that
usually signal the future: "expected", "scheduled", "planned").  Future cues: "will", "would",
"'ll", "shall", "going to", "expected/due/set/scheduled/plans to", "is to".  Present cues:
"is/are/says".  The nearest cue wins (ties: future > past > present); none gives ``None``.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Tense", "clause_tense", "clause_tense_gap"]

Tense = Literal["past", "present", "future"]

_IRREGULAR = ["was", "were", "had", "did", "said", "told", "went", "came", "took", "gave", "made", "got", "began", "began", "fought", "fell", "felt", "found", "held", "kept", "left", "led", "lost", "met", "paid", "ran", "saw", "sent", "set", "spoke", "stood", "struck", "swept", "thought", "threw", "tried", "won", "wrote", "broke", "brought", "built", "bought", "caught", "chose", "drew", "drove", "flew", "forgot", "froze", "grew", "heard", "hid", "hit", "hurt", "knew", "laid", "lay", "meant", "overran", "overtook", "put", "quit", "rose", "sought", "sold", "shot", "shut", "slew", "spent", "spread", "stole", "stuck", "swore", "took", "tore", "understood", "undertook", "withdrew", "withheld", "woke", "seized", "killed", "retook", "became", "bore", "arose", "awoke", "bled", "blew", "bred"]
_NOT_PAST = {"expected", "scheduled", "planned", "supposed", "proposed", "need", "needed",
             "indeed", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "based", "led",
             "armed", "united", "alleged", "so-called", "called", "embed", "breed", "creed",
             "greed", "deed", "weed", "wed", "bled", "fled", "sled", "med", "ted", "ned"}
_FUTURE = (r"will|payable|effective|expires?|deadline|expected|scheduled|slated|due|won't|wo\s+n't|would|'ll|shall|going\s+to|gonna|expected\s+to|due\s+to|"
           r"set\s+to|scheduled\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|"
           r"is\s+to|are\s+to|to\s+be\s+held|next|upcoming|coming")
_CUE = re.compile(
    rf"\b(?:(?P<fut>{_FUTURE})|(?P<pres>is|are|am|says|say|remains|continues|'s\s+(?:now|still))"
    rf"|(?P<past>{'|'.join(_IRREGULAR)}|has\s+been|have\s+been|[a-z]{{2,}}ed))\b",
    re.IGNORECASE,
)
_SENT_END = re.compile(r"[.!?\n]")
_DEADLINE = re.compile(r"(?:\buntil|\btill|\bby|\bas\s+soon\s+as|\bas\s+early\s+as|\bno\s+later\s+than)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_AUX = re.compile(r"\b(?:be|been|being|get|got)\s+$", re.IGNORECASE)
_WINDOW = 220


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]`` by the nearest cue in its sentence."""
    return clause_tense_gap(text, start, end)[0]


def clause_tense_gap(text: str, start: int, end: int) -> tuple[Tense | None, int]:
    """The tense and how far (characters) its cue is from the expression (0: a deadline word)."""
    if _DEADLINE.search(text, max(0, start - 24), start):
        return "future", 0  # a deadline: "by Jan. 14", "until Tuesday", "as soon as Friday"
    lo = max(0, start - _WINDOW)
    left = text[lo:start]
    cut = max(left.rfind(". "), left.rfind("\n"), left.rfind("? "), left.rfind("! "))
    if cut >= 0:
        lo = lo + cut + 1
    m_end = _SENT_END.search(text, end, min(len(text), end + _WINDOW))
    hi = m_end.start() if m_end else min(len(text), end + _WINDOW)
    best: tuple[int, int, Tense] | None = None
    for m in _CUE.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        word = m.group(0).lower()
        if m.group("past") and (word in _NOT_PAST or _AUX.search(text, max(0, m.start() - 8), m.start())):
            continue  # "be named": the auxiliary carries the tense
        tense: Tense = "future" if m.group("fut") else "past" if m.group("past") else "present"
        dist = start - m.end() if m.end() <= start else m.start() - end
        rank = {"future": 0, "past": 1, "present": 2}[tense]
        key = (dist, rank)
        if best is None or key < (best[0], best[1]):
            best = (dist, rank, tense)
    return (best[2], best[0]) if best else (None, _WINDOW)
