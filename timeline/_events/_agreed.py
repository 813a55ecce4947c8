"""A truce agreed somewhere else: "The truce was agreed in Geneva last week" - Geneva is where the parties
agreed, not where the truce holds.

A ceasefire noun that is the subject of a passive "agreed" / "signed" loses the places told after that
verb (they belong to the agreement), and then holds where the dispatch is: the city it is about.
So does a ceasefire a reduced relative clause tells as agreed somewhere ("a ceasefire agreed by the two
presidents in Sochi came into force in Kassala", "the truce signed in Addis Ababa took effect"): the
venue is the agreement's; the truce holds at the other place its clause names, else at the dispatch's city,
else (no other place at all) at the venue: a local truce signed where it holds.
Runs on one sentence's mentions, once all are found.
"""

from __future__ import annotations

import bisect
import re

from timeline._events._doc import DocMentions, Mention
from timeline._events._where import salient_city

__all__ = ["agreed_elsewhere"]

_PASSIVE_GAP = re.compile(r"\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)(?:(?:\w+ly|first|finally)\s+)?",
                          re.IGNORECASE)
# "(a ceasefire) agreed by X and Y in ", "(the truce) signed in ", "(the deal) brokered at "
_REDUCED_VENUE = re.compile(r"\s+(?:agreed|signed|brokered|negotiated|mediated|reached|struck)\s+"
                            r"(?:(?:by|between)\s+[^,;.()]{1,60}?\s+)?(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)


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
        if verb.places:
            _move_off(dm, truce, set(verb.places), [])
    for truce in mine:
        if truce.type != "ceasefire" or not truce.nominal:
            continue
        venue = _REDUCED_VENUE.match(text, truce.end)
        if venue is None:
            continue
        j = bisect.bisect_left(dm.places, venue.end(), key=lambda p: p.start)
        if j < len(dm.places) and dm.places[j].start == venue.end():
            there = {dm.places[j].name}
        else:  # a venue the gazetteer does not know, but the truce took: "a ceasefire agreed in Amman"
            there = {n for n in truce.places + truce.targets if text.startswith(n, venue.end())}
        if there:
            countries = dm.spans("places").countries
            kept = (list(truce.places), list(truce.targets))
            _move_off(dm, truce, there, [p for p in truce.places if p not in there and p not in countries])
            if all(t in countries and t in venue.group() for t in truce.targets):  # (a broker: "by Russia")
                # no other place, no city of the dispatch: a local truce, signed where it holds ("a truce
                # brokered by Russia in Daraa", not held in Russia)
                truce.places, truce.targets = kept[0], [n for n in kept[0] if n in there][:1] or kept[1]


def _move_off(dm: DocMentions, truce: Mention, there: set[str], rest: list[str]) -> None:
    """Take the places in ``there`` off ``truce``; it then holds at ``rest``'s first or the dispatch's city."""
    truce.places = [p for p in truce.places if p not in there]
    truce.targets = [t for t in truce.targets if t not in there]
    if not truce.targets and rest:
        truce.targets = rest[:1]
    if not truce.targets:
        j = bisect.bisect_left(dm.places, truce.start, key=lambda p: p.end)
        city = salient_city(dm, [p for p in dm.places[max(0, j - 60) : j] if p.name not in there])
        truce.targets = [city] if city is not None else []
    if not truce.places:
        truce.places = list(truce.targets)
