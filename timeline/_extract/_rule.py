"""The rule vocabulary shared by every family: a named pattern and the builder of its hit.

A :class:`Rule` is a regex (with named groups) plus a builder that turns a match into a
:class:`Hit` (or ``None`` to reject it: the scanner then tries the remaining rules at that
position).  Builders never see the anchor: they write what the text says into ``fields`` and the
resolution pass interprets it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from timeline._extract._lexicon import trie
from timeline.model import TimexType

__all__ = ["MOD", "NOT_TIME", "POSMOD", "Example", "Hit", "Rule", "behind", "grp", "mod_code", "posmod_code"]

FieldValue = str | int | float | bool | None

#: The kind of a hit that reads a name holding a time word ("The Sunday Times"): the scanner
#: consumes its words and drops it, so no other rule reads a time inside the name.
NOT_TIME = "not_time"


@dataclass
class Hit:
    """What one rule read in one match (before resolution)."""

    kind: str
    type: TimexType
    fields: dict[str, FieldValue] = field(default_factory=dict)
    value: str = ""  # set when the text alone fixes it (sets, fully written dates)
    mod: str | None = None
    start: int | None = None  # override of the match span (to drop "on", "in", context words)
    end: int | None = None
    event_ref: str | None = None
    event_relation: str | None = None
    quant: str | None = None
    freq: str | None = None
    tense: bool = True  # whether the clause tense matters for resolution
    rule: str | None = None  # the rule's name when one pattern serves several named rules
    past_only: bool = False  # kept only in a clause of past tense ("by the afternoon had taken")
    deadline: bool = True  # whether "by"/"until" before it makes the clause's tense future
    # the tense is the verb's after it only: a possessive weekday opening the subject of a reported
    # clause ("said Thursday's summit would go ahead") is no adjunct of the telling verb before it
    right_only: bool = False


Builder = Callable[["re.Match[str]"], "Hit | None"]


@dataclass(frozen=True)
class Rule:
    """A named extraction rule.  ``priority``: lower is tried first at the same position."""

    name: str
    pattern: str
    build: Builder
    priority: int = 50


@dataclass(frozen=True)
class Example:
    """One line of a family's example corpus.

    ``text`` is a sentence we wrote; ``match`` the expected expression text (``None`` for a
    negative example: nothing may match it, or nothing overlapping ``match_not``); ``value`` the
    expected TIMEX3 value against ``anchor``; ``interval`` the expected ``(start, end)`` days
    (``None`` when the expression places nothing on the calendar; omitted to not check).
    """

    text: str
    match: str | None
    value: str = ""
    anchor: str = "2016-10-29"
    type: str | None = None
    interval: tuple[str | None, str | None] | None | bool = False
    mod: str | None = None


# Modifiers before a quantity, and their TIMEX3 ``mod``.
_MODS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "APPROX", "close to": "APPROX",
    "more than": "MORE_THAN", "over": "MORE_THAN", "upwards of": "MORE_THAN",
    "longer than": "MORE_THAN", "well over": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "just under": "LESS_THAN", "a little over": "MORE_THAN", "a little more than": "MORE_THAN",
    "slightly more than": "MORE_THAN", "slightly over": "MORE_THAN", "a bit more than": "MORE_THAN",
    "a little less than": "LESS_THAN", "slightly less than": "LESS_THAN", "a little under": "LESS_THAN",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
}
#: A quantity modifier ("nearly", "more than"), captured as ``qmod``.
MOD = ("(?:(?=[abcflmnorsuw])(?P<qmod>" + trie(list(_MODS)) + r")\s+(?!the\b))")
#: A position-in-period modifier ("early", "mid-", "the end of"), captured as ``pmod``.
POSMOD = (r"(?:(?=[bemlst])(?P<pmod>(?:early|late|the\s+(?:start|beginning|middle|end|close|turn)\s+of|"
          r"(?:the\s+)?(?:start|beginning|middle|end)\s+of)\s+|early-|late-|mid-\s*|mid\s+|middle\s+of\s+))")


def mod_code(word: str | None) -> str | None:
    """TIMEX3 mod of a quantity modifier ("nearly" -> "APPROX"); ``None`` when absent."""
    if not word:
        return None
    return _MODS.get(" ".join(word.lower().split()))


def posmod_code(word: str | None) -> str | None:
    """TIMEX3 mod of a position modifier: START, MID, END."""
    if not word:
        return None
    w = word.lower()
    if "mid" in w:
        return "MID"
    if "early" in w or "start" in w or "beginning" in w:
        return "START"
    return "END"


def grp(m: re.Match[str], name: str) -> str | None:
    """Group ``name`` of ``m``, or ``None`` when the pattern has no such group or it is unset."""
    try:
        return m.group(name)
    except IndexError:
        return None


def behind(words: str, name: str = "ctx") -> str:
    """An optional empty group ``name`` set when one of ``words`` ("in|since|as of") precedes.

    Lookbehinds keep context words out of the match, so the expression itself starts the match
    and competes fairly with other rules at its own position.
    """
    by_len: dict[int, list[str]] = {}
    for w in words.split("|"):
        w = w.strip()
        by_len.setdefault(len(w), []).append(w.replace(" ", r"\s"))
    # one fixed-width lookbehind per word length (Python needs fixed width), longest first
    looks = [rf"(?<=\b(?:{'|'.join(ws)})\s)" for _, ws in sorted(by_len.items(), reverse=True)]
    return f"(?P<{name}>" + "|".join(looks) + ")?"
