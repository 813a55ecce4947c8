"""What sets one truce apart from the others of a war: its length ("ten-day", "week-long", "72-hour"), its
occasion ("Eid", "Christmas") or its openness ("open-ended", "indefinite", "permanent").  Read by
:mod:`._truces` (two tellings of one such truce join) and :mod:`._twice` (two truces told with other such
words are two truces)."""

from __future__ import annotations

import re

from timeline._events._cluster import Cluster
from timeline._events._mentions import DocMentions
from timeline._events._rx import rx

__all__ = ["truce_modifier", "truce_words"]

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
            "forty-eight": 48, "seventy-two": 72, "twenty-four": 24, "ninety": 90, "sixty": 60}
_HOURS = {"hour": 1, "day": 24, "week": 168, "month": 720}
#: "ten-day", "72-hour", "week-long", "one-month", "three-week"
_LENGTH = rx(r"\b(?:(?P<n>\d+|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")[-\s])?"
             r"(?P<unit>hour|day|week|month)(?:s)?(?:-long)?\b", re.IGNORECASE)
#: a truce named by its occasion: "the Eid ceasefire", "the Christmas truce"
_OCCASION = rx(r"\b(?P<o>Eid(?:\s+al-(?:Fitr|Adha))?|Ramadan|Orthodox\s+(?:Christmas|Easter)|Christmas|Easter|"
               r"New\s+Year|Nowruz)\b")
#: a truce without an end: "the open-ended ceasefire", "an indefinite truce", "a permanent ceasefire"
_OPEN = rx(r"\b(?:open-ended|indefinite|permanent|lasting|long-term|durable)\b", re.IGNORECASE)


def truce_modifier(premod: str) -> str | None:
    """What sets a truce apart in the words before it: its length in hours ("ten-day" -> "240h",
    "week-long" -> "168h"), its occasion ("Eid") or "open" ("open-ended", "indefinite"); None for none
    ("the ceasefire", "a humanitarian truce")."""
    m = _LENGTH.search(premod)
    if m is not None and premod[m.end() :].startswith("-old"):
        return None  # its age, not its length: "the two-week-old ceasefire" (next week "three-week-old")
    if m is not None and (m.group("n") is not None or premod[m.end("unit") : m.end()].lower().endswith("-long")):
        n = m.group("n")
        k = 1 if n is None else int(n) if n.isdigit() else _NUMBERS[n.lower()]
        return f"{k * _HOURS[m.group('unit').lower()]}h"
    o = _OCCASION.search(premod)
    if o is not None:
        words = o.group("o").split()  # "Orthodox Christmas" (Jan. 7) is not "Christmas" (Dec. 25)
        return " ".join(words[:2]) if words[0] == "Orthodox" else words[0].capitalize()
    return "open" if _OPEN.search(premod) is not None else None


def truce_words(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    """What sets a truce apart ("72-hour", "open-ended", "Eid"), read off every mention of ``cl``: two truces
    told with other such words, or one with and one without, are two truces (a war has several)."""
    if cl.type != "ceasefire":
        return set()
    return {w for w in (truce_modifier(dms[d].mentions[m].premod) for d, m in cl.members) if w is not None}
