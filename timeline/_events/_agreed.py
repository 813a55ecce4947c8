"""A truce agreed somewhere else: "The truce was agreed in Geneva last week" - Geneva is where the parties
agreed, not where the truce holds.

A ceasefire noun that is the subject of a passive "agreed" / "signed" loses the places told after that
verb (they belong to the agreement), and then holds where the dispatch is: the city it is about.
Runs on one sentence's mentions, once all are found.
"""

from __future__ import annotations

import bisect
import re

from timeline._events._doc import DocMentions
from timeline._events._where import salient_city

__all__ = ["agreed_elsewhere"]

_PASSIVE_GAP = re.compile(r"\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)(?:(?:\w+ly|first|finally)\s+)?",
                          re.IGNORECASE)


def agreed_elsewhere(dm: DocMentions, first: int) -> None:
    """Move the agreement's places off the ceasefire it agreed (see the module docstring)."""
    text = dm.text
    mine = dm.mentions[first:]
    for k, verb in enumerate(mine):
        if verb.type != "agreement" or verb.nominal or k == 0:
            continue
        truce = mine[k - 1]
        if truce.type != "ceasefire" or not truce.nominal or _PASSIVE_GAP.fullmatch(text, truce.end, verb.start) is None:
            continue
        there = set(verb.places)
        if not there:
            continue
        truce.places = [p for p in truce.places if p not in there]
        truce.targets = [t for t in truce.targets if t not in there]
        if not truce.targets:
            j = bisect.bisect_left(dm.places, truce.start, key=lambda p: p.end)
            city = salient_city(dm, [p for p in dm.places[max(0, j - 60) : j] if p.name not in there])
            truce.targets = [city] if city is not None else []
        if not truce.places:
            truce.places = list(truce.targets)
