"""Cheap clause-tense heuristic: the nearest tense cue to the expression, within its sentence.

Past cues: "was/were/had/did/said", irregular past forms, ``-ed`` words (minus participles that
usually signal the future: "expected", "scheduled", "planned").  Future cues: "will", "would",
"'ll", "shall", "going to", "expected/due/set/scheduled/plans to", "is to".  Present cues:
"is/are/says".  The nearest cue wins (ties: future > past > present); none gives ``None``.
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

__all__ = ["Tense", "TenseIndex", "clause_tense"]

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
_LEFT_END = re.compile(r"[.?!](?= )|\n")  # a sentence start seen from the right: ". " or a new line
_RANK = {"future": 0, "past": 1, "present": 2}
_DEADLINE = re.compile(r"(?:\buntil|\btill|\bby|\bas\s+soon\s+as|\bas\s+early\s+as|\bno\s+later\s+than)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_AUX = re.compile(r"\b(?:be|been|being|get|got)\s+$", re.IGNORECASE)
_WINDOW = 220


class TenseIndex:
    """Every tense cue and sentence end of a text, found in one pass each (then bisected).

    Built once per document, so the tense of each expression costs a few bisections instead of a
    regex scan of its sentence (which made pathological texts quadratic-looking).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.start() for m in _SENT_END.finditer(text)]
        self.left_ends = [m.start() for m in _LEFT_END.finditer(text)]
        self.cue_starts: list[int] = []
        self.cues: list[tuple[int, int, Tense]] = []
        for m in _CUE.finditer(text):
            word = m.group(0).lower()
            if m.group("past") and (word in _NOT_PAST or _AUX.search(text, max(0, m.start() - 8), m.start())):
                continue  # "be named": the auxiliary carries the tense
            tense: Tense = "future" if m.group("fut") else "past" if m.group("past") else "present"
            self.cue_starts.append(m.start())
            self.cues.append((m.start(), m.end(), tense))

    def tense_gap(self, start: int, end: int) -> tuple[Tense | None, int]:
        """The tense and how far (characters) its cue is from the expression (0: a deadline word)."""
        text = self.text
        if _DEADLINE.search(text, max(0, start - 24), start):
            return "future", 0  # a deadline: "by Jan. 14", "until Tuesday", "as soon as Friday"
        if _SINCE.search(text, max(0, start - 12), start):
            return "past", 0  # "since January" looks back
        k = bisect.bisect_left(self.left_ends, start) - 1
        lo = max(self.left_ends[k] + 1 if k >= 0 else 0, start - _WINDOW)
        k2 = bisect.bisect_left(self.ends, end)
        hi = min(self.ends[k2] if k2 < len(self.ends) else len(text), end + _WINDOW)
        found: list[tuple[int, int, Tense]] = []
        i = bisect.bisect_left(self.cue_starts, start) - 1
        if i >= 0 and self.cues[i][0] >= lo:  # the nearest cue on the left
            _, ce, tense = self.cues[i]
            found.append((start - ce, _RANK[tense], tense))
        j = bisect.bisect_left(self.cue_starts, end)
        if j < len(self.cues) and self.cues[j][1] <= hi:  # and on the right
            cs, _, tense = self.cues[j]
            found.append((cs - end, _RANK[tense], tense))
        if not found:
            return None, _WINDOW
        best = min(found)
        return best[2], best[0]


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]`` by the nearest cue in its sentence."""
    return TenseIndex(text).tense_gap(start, end)[0]
