"""Cheap clause-tense heuristic: the nearest tense cue to the expression, within its sentence.

Past cues: "was/were/had/did/said", irregular past forms, ``-ed`` words (minus participles that
usually signal the future: "expected", "scheduled", "planned").  Future cues: "will", "would",
"'ll", "shall", "going to", "expected/due/set/scheduled/plans to", "is to", and a modal before
a plain verb on the left ("could resume", "may report"; not "could have", "could not").  Present cues:
"is/are/says".  The nearest cue wins (ties: future > past > present); none gives ``None``.
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

from timeline._extract._caseless import fast

__all__ = ["Tense", "TenseIndex", "clause_tense"]

Tense = Literal["past", "present", "future"]

_IRREGULAR = ["was", "were", "had", "did", "said", "told", "went", "came", "took", "gave", "made", "got", "began", "began", "fought", "fell", "felt", "found", "held", "kept", "left", "led", "lost", "met", "paid", "ran", "saw", "sent", "set", "spoke", "stood", "struck", "swept", "thought", "threw", "tried", "won", "wrote", "broke", "brought", "built", "bought", "caught", "chose", "drew", "drove", "flew", "forgot", "froze", "grew", "heard", "hid", "hit", "hurt", "knew", "laid", "lay", "meant", "overran", "overtook", "put", "quit", "rose", "sought", "sold", "shot", "shut", "slew", "spent", "spread", "stole", "stuck", "swore", "took", "tore", "understood", "undertook", "withdrew", "withheld", "woke", "seized", "killed", "retook", "became", "bore", "arose", "awoke", "bled", "blew", "bred"]
_NOT_PAST = {"expected", "scheduled", "planned", "supposed", "proposed", "need", "needed",
             "indeed", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "based", "led",
             "armed", "united", "alleged", "so-called", "called", "embed", "breed", "creed",
             "greed", "deed", "weed", "wed", "bled", "fled", "sled", "med", "ted", "ned",
             # adjectives far more often than verbs in news ("Series H preferred shares on Oct. 31")
             "preferred", "limited", "listed", "detailed", "related", "interested", "concerned",
             "experienced"}
# a future cue under a past perfect is a past plan: "had been due to expire Friday"
_HAD = re.compile(r"\bhad\s+(?:previously\s+)?been\s+(?:[a-z]+\s+){0,3}$|\bhad\s+$", re.IGNORECASE)
# a reporting verb after the expression, past a comma, that ends its sentence is an attribution
# ("... record Nov. 16, the company said."): it dates the report, not the expression
_REPORTING = re.compile(r"said|says|told|added|reported|announced|stated|according", re.IGNORECASE)
_ENDS_CLAUSE = re.compile(r"(?:\s+(?:on|in|at|to|late|early|today|yesterday)\b[^.,;\n]{0,30})?\s*[.,;\n\"\u201d']|\s*$")
# "had" before a deadline makes it a past one, unless it is an intention ("had pledged to clear
# the city by ...", "had to leave by ...": still ahead of the report)
_HAD_NEAR = re.compile(
    r"\bhad\b(?!\s+(?:to|pledged|promised|vowed|planned|hoped|aimed|wanted|agreed|threatened|intended|"
    r"expected|been\s+(?:scheduled|expected|due|set|told|ordered|asked|given))\b)", re.IGNORECASE)
_FUTURE = (r"will|payable|effective|expires?|deadline|expected|scheduled|slated|due|won't|wo\s+n't|would|'ll|shall|going\s+to|gonna|expected\s+to|due\s+to|"
           r"set\s+to|scheduled\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|"
           r"is\s+to|are\s+to|to\s+be\s+held|next|upcoming|coming|set\s+for|slated\s+for|(?:un)?likely\s+to|"
           r"poised\s+to|ready\s+to|about\s+to")
# a modal before a plain verb looks ahead ("talks could resume in mid-January"); not "could have"
# (past), nor a negation ("could not be reached Friday": a past report).  Only a modal on the left
# governs: one on the right is usually in a clause of its own ("warned on Thursday that strikes
# could do harm").
_MODAL = r"(?-i:could|might|may|should|can|must)\s+(?!not\b|n't\b|have\b|be\s+reached\b)[a-z]{2,}(?<!ed)"
_CUE = re.compile(
    rf"\b(?:(?P<fut>{_FUTURE})|(?P<modal>{_MODAL})|(?P<pres>is|are|am|says|say|remains|continues|'s\s+(?:now|still))"
    rf"|(?P<past>{'|'.join(_IRREGULAR)}|has\s+been|have\s+been|[a-z]{{2,}}ed))\b",
    re.IGNORECASE,
)
_CUE = fast(_CUE)  # the same matches, ~3x faster: letters as [aA] classes, word lists as a trie
_SENT_END = re.compile(r"[.!?\n]")
_LEFT_END = re.compile(r"[.?!](?= )|\n")  # a sentence start seen from the right: ". " or a new line
_RANK = {"future": 0, "past": 1, "present": 2}
_DEADLINE = re.compile(r"(?:\buntil|\btill|\bby|\bas\s+soon\s+as|\bas\s+early\s+as|\bno\s+later\s+than|"
                       r"\b(?:extended|postponed|delayed|adjourned|deferred|pushed\s+back|put\s+off)\s+(?:to|till))\s+(?:the\s+)?$",
                       re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_AUX = re.compile(r"\b(?:be|been|being|get|got)\s+$", re.IGNORECASE)
_WINDOW = 220
# a character no cue contains (cues are letters, spaces and apostrophes): a scan may restart after it
_BARRIER = re.compile(r"[^\w\s']|[\d_]")
_SYNC_LOOK = 100  # characters: how far back a barrier is looked for before the whole text is scanned


_Cue = tuple[int, int, Tense, bool]  # start, end, tense, governs only what follows (a modal)


class TenseIndex:
    """The tense cues of a text, found only around the expressions asked about.

    Most of a text is far from any expression, so cues are not listed up front: each question scans
    a few characters on each side of its expression.  A scan may start at a *barrier* (a character
    no cue contains: punctuation, a digit) and find exactly the cues a scan of the whole text finds
    after it; only a window with no barrier near it makes the whole text be scanned (once).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._all: list[_Cue] | None = None  # every cue, listed only when a local scan cannot start
        self._all_starts: list[int] = []

    def _cue(self, m: re.Match[str]) -> _Cue | None:
        """The cue a match of ``_CUE`` is, or ``None`` when it is not one after all."""
        text = self.text
        kind = m.lastgroup  # fut, modal, pres or past: the alternatives are the only named groups
        s0 = m.start()
        if kind == "past":
            word = m.group().lower()
            if (word in _NOT_PAST or (word[:2] == "un" and word[-2:] == "ed")  # "unspecified"
                    or _AUX.search(text, max(0, s0 - 8), s0)):
                return None  # "be named": the auxiliary carries the tense
            return s0, m.end(), "past", False
        if kind == "pres":
            return s0, m.end(), "present", False
        if kind == "fut" and _HAD.search(text, max(0, s0 - 30), s0):
            return s0, m.end(), "past", False
        return s0, m.end(), "future", kind == "modal"

    def _every(self) -> list[_Cue]:
        if self._all is None:
            self._all = [c for c in map(self._cue, _CUE.finditer(self.text)) if c is not None]
            self._all_starts = [c[0] for c in self._all]
        return self._all

    def _sync(self, pos: int) -> int:
        """The last restart point at or before ``pos`` (just past a barrier, or the text's start)
        within :data:`_SYNC_LOOK` characters; -1 when there is none."""
        lo = max(0, pos - _SYNC_LOOK)
        q = 0 if lo == 0 else -1
        for b in _BARRIER.finditer(self.text, lo, pos):
            q = b.end()
        return q

    def _last_in(self, q: int, stop: int) -> _Cue | None:
        """The last cue starting in ``[q, stop)``; ``q`` is a restart point."""
        last = None
        for m in _CUE.finditer(self.text, q):
            if m.start() >= stop:
                break
            c = self._cue(m)
            if c is not None:
                last = c
        return last

    def _left(self, lo: int, start: int) -> _Cue | None:
        """The nearest cue starting in ``[lo, start)``."""
        if self._all is None:
            # the stretches between barriers, right to left: the first with a cue holds the nearest
            stop = start
            for q in reversed([b.end() for b in _BARRIER.finditer(self.text, lo, start)]):
                c = self._last_in(q, stop)
                if c is not None:
                    return c
                stop = q
            q0 = self._sync(lo)
            if q0 >= 0:
                c = self._last_in(q0, stop)
                return c if c is not None and c[0] >= lo else None
        cues = self._every()
        i = bisect.bisect_left(self._all_starts, start) - 1
        return cues[i] if i >= 0 and cues[i][0] >= lo else None

    def _right(self, end: int, hi: int) -> _Cue | None:
        """The first cue starting at or after ``end`` that governs what precedes it (not a modal),
        if it starts by ``hi``."""
        if self._all is None:
            q = self._sync(end)
            if q >= 0:
                for m in _CUE.finditer(self.text, q):
                    s0 = m.start()
                    if s0 > hi:
                        return None
                    if s0 < end:
                        continue
                    c = self._cue(m)
                    if c is not None and not c[3]:
                        return c
                return None
        cues = self._every()
        j = bisect.bisect_left(self._all_starts, end)
        while j < len(cues) and cues[j][3]:
            j += 1
        return cues[j] if j < len(cues) and cues[j][0] <= hi else None

    def _sentence(self, start: int, end: int, width: int) -> tuple[int, int]:
        """The sentence around ``[start, end)``, at most ``width`` characters on each side.

        Its left end is just past the last ". " (or new line) before ``start``, its right end the
        first ``.!?`` or new line at or after ``end``; only the ``width`` characters on each side
        are searched (beyond them the bound is the width).
        """
        text = self.text
        lo = max(0, start - width)
        # up to start + 1: "[.?!](?= )" looks one character ahead; only a cue before start counts
        for m in _LEFT_END.finditer(text, lo, start + 1):
            if m.start() < start:
                lo = m.start() + 1
        m2 = _SENT_END.search(text, end, end + width)
        return lo, (m2.start() if m2 is not None else min(len(text), end + width))

    def tense_gap(self, start: int, end: int) -> tuple[Tense | None, int]:
        """The tense and how far (characters) its cue is from the expression (0: a deadline word)."""
        text = self.text
        if _DEADLINE.search(text, max(0, start - 30), start):
            # a deadline: "by Jan. 14", "until Tuesday", "as soon as Friday", "extended to Nov. 16";
            # under a past perfect it is a past one ("had filed reports by Wednesday")
            lo0, hi0 = self._sentence(start, end, 60)
            if _HAD_NEAR.search(text, lo0, start) or _HAD_NEAR.search(text, end, hi0):
                return "past", 0
            return "future", 0
        if _SINCE.search(text, max(0, start - 12), start):
            return "past", 0  # "since January" looks back
        lo, hi = self._sentence(start, end, _WINDOW)
        found: list[tuple[int, int, Tense]] = []
        left = self._left(lo, start)
        if left is not None:  # the nearest cue on the left
            found.append((start - left[1], _RANK[left[2]], left[2]))
        right = self._right(end, hi)
        if right is not None and right[1] <= hi:  # and on the right
            cs, ce, tense = right[0], right[1], right[2]
            attribution = ("," in text[end:cs] and _REPORTING.fullmatch(text, cs, ce) is not None
                           and _ENDS_CLAUSE.match(text, ce) is not None)
            if not attribution:
                found.append((cs - end, _RANK[tense], tense))
        if not found:
            return None, _WINDOW
        best = min(found)
        return best[2], best[0]


def clause_tense(text: str, start: int, end: int) -> Tense | None:
    """The tense of the clause around ``text[start:end]`` by the nearest cue in its sentence."""
    return TenseIndex(text).tense_gap(start, end)[0]
