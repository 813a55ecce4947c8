"""The campaign a campaign noun phrase names: "the battle for Mosul", "the Raqqa offensive",
"Operation Inherent Resolve" (split out of :mod:`._mentions`).
"""

from __future__ import annotations

import re

from timeline._events._doc import DocMentions
from timeline._events._lexicon import ASPECT, REPORTING, VERBAL
from timeline._events._roles import AFTER_PLACE
from timeline._events._rx import rx
from timeline._events._where import CAPITALISED, NOT_PLACE, places_in

__all__ = ["AUX_ING", "VERB_FORMS", "campaign_in_phrase"]

#: Every verb form of the lexicon (triggers, aspectual and reporting verbs).
VERB_FORMS = frozenset(f for v in VERBAL for f in v.forms + v.past) | frozenset(
    f for forms, _ in ASPECT.values() for f in forms) | REPORTING
#: Words before an -ing form that make it a verb ("is retreating", "still fighting").
AUX_ING = frozenset(["is", "are", "was", "were", "been", "be", "am", "'re", "'s", "still", "now", "currently", "already"])

_CAMPAIGN_POST = re.compile(
    r"\s+(?:for|of|over)\s+(?:control\s+of\s+)?|"
    r"\s+(?:to|aimed\s+at|aiming\s+to)\s+(?:retake|recapture|liberate|free|take|capture|seize|reclaim|"
    r"retaking|recapturing|liberating|freeing|taking|capturing)\s+|"
    r"\s+(?:on|against)\s+",
    re.IGNORECASE,
)
_NAMED_OP = re.compile(r"\b(?:Operation +((?:[A-Z][\w'-]+ ?){1,4})|((?:[A-Z][\w'-]+ +(?:of +)?){1,4})"
                       r"(?=(?:operation|offensive|campaign)\b))")

def campaign_in_phrase(dm: DocMentions, start: int, end: int, np_lo: int) -> tuple[str | None, bool]:
    """The campaign a campaign noun at ``[start, end)`` names: (place or operation name, is_named).

    "the Mosul battle", "Iraq's Mosul offensive" (a place before the noun); "the battle for Mosul",
    "the offensive to retake the Iraqi city of Mosul", "the assault on Raqqa" (a place after it);
    "Operation Wrath of Euphrates", "the Wrath of Euphrates operation" (a name).
    """
    text = dm.text
    named = _named_operation(dm, start, end)
    if named is not None:
        return named, True
    for p in dm.spans("places").within(np_lo, start):
        if p.place_kind != "country":
            return p.name, False
    m = _CAMPAIGN_POST.match(text, end)
    if m is not None:
        window_end = min(len(text), m.end() + 45)
        stop = rx(r"[,;.]").search(text[m.end() : window_end])
        hi = m.end() + stop.start() if stop else window_end
        for name, pos in places_in(dm, m.end(), hi):
            if name in dm.spans("places").countries:
                continue
            gap = text[m.end() : pos]
            if rx(r"\b(?:near|in|at|from|with|against|toward|towards|outside|around|by|and|north|south|east|west|"
                  r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|[\d()]", re.IGNORECASE).search(gap):
                break  # not the object of the campaign noun ("operation ... near Bashiqa", "on Tuesday east of")
            part = _PART.match(text, pos) or _PART_BEFORE.search(text, max(0, pos - 12), pos)
            if part is not None and not _REGION_AFTER.match(text, max(pos, part.end()) + len(name)):
                # "the offensive on eastern Aleppo" is a campaign of its own, not the battle for the city
                return f"{part.group(1).lower()} {name}", False
            return name, False
        unknown = _unknown_place(dm, m)
        if unknown is not None:
            return unknown, False
    return None, False


_PART = re.compile(r"(eastern|western|northern|southern)\s+(?=[A-Z])", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(eastern|western|northern|southern)\s+$", re.IGNORECASE)
_REGION_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate|countryside|district)\b", re.IGNORECASE)


def _unknown_place(dm: DocMentions, post: re.Match[str]) -> str | None:
    """"the siege of Marawi", "the battle for Bakhmut": a capitalised name the gazetteer does not know,
    right after a campaign noun's "of/for/on" (not after "to retake", where a person may follow)."""
    if not rx(r"\s+(?:for|of|on|over)\s+(?:control\s+of\s+)?$").search(post.group()):
        return None  # (not "against": "an operation against Abu Sayyaf" is fought against a group)
    start = post.end() + (4 if dm.text.startswith("the ", post.end()) else 0)
    c = CAPITALISED.match(dm.text, start)
    if c is None or dm.spans("both").covers(c.start()):
        return None
    name = c.group()
    if len(name.split()) > 3 or name.split()[0] in NOT_PLACE or rx(r"-(?:held|controlled|led|backed|run)$").search(name):
        return None
    nxt = rx(r"\s+([a-z]+)").match(dm.text, c.end())
    if nxt is not None and nxt.group(1) not in VERB_FORMS and nxt.group(1) not in AUX_ING \
            and nxt.group(1) not in AFTER_PLACE and not nxt.group(1).endswith("ed"):
        return None  # an adjective before a noun: "the battle for Iraqi territory", "the Islamist militant bastion"
    if name.endswith(("'s", "s'")):
        return None  # "the battle for Assad's survival"
    return name


def _named_operation(dm: DocMentions, start: int, end: int) -> str | None:
    """"Operation Inherent Resolve", "the Wrath of Euphrates operation": a name that is not a place."""
    text = dm.text
    for op in _NAMED_OP.finditer(text, max(0, start - 50), min(len(text), end + 40)):
        if op.end() != start and op.start() != start:
            continue
        name = (op.group(1) or op.group(2) or "").strip()
        words_ = [w for w in rx(r"[\w'-]+").findall(name) if w != "of"]
        if not words_ or words_[0] in NOT_PLACE:
            continue
        covered = dm.spans("both")
        free = [w for w in rx(r"[\w'-]+").finditer(text[op.start() : op.end()])
                if w.group() != "of" and not covered.covers(op.start() + w.start())]
        if free and (len(words_) >= 2 or op.group(1)):
            return name
    return None
