"""Sentences, clauses, words and tense: the little syntax the rule-based event finder needs.

Everything works on code-point offsets into the document's text and never changes its length:
:func:`normalise` only swaps typographic quotes and dashes for ASCII ones of the same length, so
that "Yesterday’s" and "Shi’ite" match the same rules as their ASCII spellings.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Literal

from timeline._events._rx import rx

__all__ = [
    "Sentence",
    "Tense",
    "Word",
    "clause_bounds",
    "normalise",
    "sentences",
    "tense_at",
    "words",
]

Tense = Literal["past", "present", "future"]

_TRANS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset(
    ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "u.s", "u.k", "u.n", "e.g", "i.e", "approx", "est", "govt", "sen", "rep", "gov", "prof"]
)


def normalise(text: str) -> str:
    """``text`` with curly quotes, en/em dashes and no-break spaces made ASCII (same length)."""
    return text.translate(_TRANS)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its index in the document and its span ``[start, end)``."""

    index: int
    start: int
    end: int


_BREAK = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*\S)")


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences: at ., ! or ? before a capital, and at line breaks.

    Headlines and datelines sit on lines of their own in news text, so a line break always ends a
    sentence.  A full stop after a known abbreviation ("Gen.", "U.S.") or a single capital
    initial does not.
    """
    out: list[Sentence] = []
    start = 0
    for m in _BREAK.finditer(text):
        if (d := _DATELINE.match(text, start)) is not None and d.end() <= m.start():
            _add(out, text, start, d.start("sep"))  # "BEIRUT, Dec. 7 (Levant Wire) -": a sentence of its own
            start = d.end()
        if m.group().startswith(".") and m.group().strip(".\"')]") == "":
            before = text[start : m.start()].rsplit(None, 1)
            last = before[-1].lower().rstrip(".").lstrip("(\"'[") if before else ""  # ("on Monday (Aug. 26)")
            if last in _ABBREV or (len(last) == 1 and last.isalpha()):
                continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        _add(out, text, start, end)
        start = m.end()
    if (d := _DATELINE.match(text, start)) is not None:
        _add(out, text, start, d.start("sep"))
        start = d.end()
    _add(out, text, start, len(text))
    return out


# A dateline before the lead, on the lead's line: "BEIRUT, Dec. 7 (Levant Wire) - ", "Aleppo - ",
# "ALEPPO, Syria, Tuesday 13 Dec 2016 (Orient Tribune) -- " (dashes are ASCII after normalise()).
_DATELINE = re.compile(r"[ \t]*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}(?:,[^\n!?]{0,80}?)?(?P<sep>\s+-{1,2}\s+)(?=[A-Z\"'])")


# Longer "sentences" (a crawled page on one line, a table) are cut at a space: every rule looks at a
# sentence or a clause once per trigger, so an unbounded sentence would make the event stage quadratic
# in its length.  News sentences are far shorter, so real text is never cut.
_MAX_SENTENCE = 2_000


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > _MAX_SENTENCE:
        cut = text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        _add(out, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(len(out), start, end))


@dataclass(frozen=True)
class Word:
    """A word (or a run of punctuation) with its span."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


_WORD = re.compile(r"[A-Za-z0-9][\w'.-]*[\w]|[A-Za-z0-9]|[^\w\s]")


def words(text: str, start: int, end: int) -> list[Word]:
    """Words of ``text[start:end]`` with document offsets (a final possessive 's stays attached)."""
    return [Word(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


# Where a clause ends: punctuation, and conjunctions/relatives that open a new clause.
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:but|while|whereas|as|which|who|where|when|after|before|although|though|and)\b|"
    r"\s(?:but|while|whereas|although|though|when|because)\s|\s-\s|[,.?!]\"\s|,\s\"|,\s+(?=[a-z]+ing\b)|"
    r"(?<!\bsuch)(?<!\bas\swell)\sas\s(?!well\b|part\b|many\b|much\b|of\b|to\b|a\b|an\b|if\b|long\b|soon\b)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=64)
def _breaks(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Starts and ends of the clause breaks of one sentence (found once: a text asks many times)."""
    found = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text, start, end)]
    return [a for a, _ in found], [b for _, b in found]


def clause_bounds(text: str, sent: Sentence, pos: int) -> tuple[int, int]:
    """The clause of ``sent`` around offset ``pos``, cut at ; : quotes and clause-opening words."""
    starts, ends = _breaks(text, sent.start, sent.end)
    k = bisect.bisect_right(ends, pos)  # breaks[:k] end at or before pos
    lo = max(sent.start, ends[k - 1]) if k else sent.start
    if k < len(starts) and starts[k] < pos:
        k += 1  # a break around pos itself cuts neither side
    hi = min(sent.end, starts[k]) if k < len(starts) else sent.end
    return lo, hi


_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|would|going to|is expected to|are expected to|expected to|plans? to|planning to|"
    r"aims? to|preparing (?:for|to)|set to|is to|are to|due to|about to|intends? to|would begin|soon)\b",
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\b(?:has|have|had|'ve|'d)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|n|t)\b", re.IGNORECASE)
_PAST_AUX = re.compile(r"\b(?:was|were|did|had)\b", re.IGNORECASE)
_PRESENT_AUX = re.compile(r"\b(?:is|are|am|'s|'re)\s+(?:\w+ing)\b", re.IGNORECASE)


def tense_at(text: str, lo: int, hi: int, trigger_start: int, past_form: bool, nominal: bool = False) -> Tense:
    """The tense of the clause ``text[lo:hi]`` around a trigger.

    Future markers before the trigger win ("will launch", "is expected to begin", "preparing for a
    push"); then a past form of the trigger or a past/perfect auxiliary means past; a progressive
    with is/are means present.  Nominal triggers take the tense of their clause's verb.
    """
    before = text[lo:trigger_start]
    clause = text[lo:hi]
    if nominal:
        # a noun takes the tense of the verb just before it ("launched an offensive")
        before = clause = text[max(lo, trigger_start - 50) : trigger_start]
    if past_form and not rx(r"\b(?:will|would|'ll)\s+(?:have\s+)?$").search(before[-20:]):
        return "past"
    if _FUTURE.search(before) or (not past_form and _FUTURE.search(clause)):
        return "future"
    if past_form or _PERFECT.search(clause) or _PAST_AUX.search(clause):
        return "past"
    if _PRESENT_AUX.search(clause):
        return "present"
    if rx(r"\b\w+ed\b").search(clause):
        return "past"
    return "present"
