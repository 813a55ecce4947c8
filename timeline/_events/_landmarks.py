"""A landmark taken inside a town is another target than the town.

"Troops recaptured the fortress at the heart of Qala on Saturday" and "troops have retaken the whole of
Qala, a commander said on Sunday" are two captures a day apart: the first took the fortress, the second
the town.  And "Yesterday's capture of the old fortress" (no town named) is the first one again, as is
"hold Qala airfield, seized on May 3" for "had taken the airfield of Qala".

So, before the mentions are clustered, a capture whose object is a landmark (a citadel, an airport, a
palace, ...) gets the landmark as its target, named with its town ("Qala fortress"): the town is the
name written before the landmark ("Qala airfield") or after it ("the airfield of Qala"), else the
mention's own target or place, else the place the document is about.  Two
captures of one landmark then share a target, and a capture of the town and one of its landmark do not.
"""

from __future__ import annotations

import re
from collections import Counter

from timeline._events._campaigns import main_place
from timeline._events._cluster import family
from timeline._events._mentions import DocMentions, Mention
from timeline._events._spellings import _skeleton

__all__ = ["LANDMARKS", "apart", "canonical_places", "landmark_of", "mark_landmarks"]

#: Sites inside a town that are taken on their own (a port is often the town itself and is left out).
LANDMARKS = ("citadel", "fortress", "castle", "airport", "airfield", "airbase", "air base", "palace", "dam",
             "refinery", "barracks", "stadium", "university")
_LM = r"(?P<lm>(?i:" + "|".join(x.replace(" ", r"\s+") for x in LANDMARKS) + r"))"
_WORD = r"(?:(?!(?:of|to|near|and|in|at|on|around|outside)\b)[\w'\u2019-]+\s+)"
#: what may follow the landmark noun of an object ("the airport of X", "the citadel at the heart of X",
#: "the palace on Sunday", "the castle."), never another noun ("the airport road") nor another object ("the
#: airport and the bridge at X": a capture of several sites, told as the town's)
_END = r"(?=\s*(?:[,.;:)]|$|\s+(?:of|at|in|on|near|from|after|before|overnight|earlier|together|" \
       r"outside|inside|yesterday|today|last|this|had|has|have|was|were|is|are|would|will|[A-Z][\w'-]*)\b))"
_AFTER_VERB = re.compile(r"\s+(?:back\s+)?(?:(?:full\s+)?control\s+of\s+)?(?:the\s+)?" + _WORD + r"{0,2}?" + _LM + _END)
_AFTER_NOUN = re.compile(r"\s+of\s+the\s+" + _WORD + r"{0,2}?" + _LM + _END)
_BEFORE = re.compile(_LM + r"(?:\s*,\s*(?:which\s+(?:was|were)\s+)?|\s+(?:was|were|has\s+been|had\s+been)\s+)$")
_NAME_BEFORE = re.compile(r"([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)(?:['\u2019]s)?\s+$")
_NAME_AFTER = re.compile(r"\s+of\s+([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)")


_NAMED = re.compile(r"\s(?:" + "|".join(LANDMARKS) + r")$")


def apart(a: list[str], b: list[str]) -> bool:
    """Targets that tell two captures apart: a landmark and another target ("Qala fortress" and "Qala")."""
    return bool(a and b and not set(a) & set(b)
                and any(_NAMED.search(t) is not None for t in (*a, *b)))


def landmark_of(dm: DocMentions, mn: Mention) -> tuple[str, int, int] | None:
    """The landmark a capture takes (its noun, lower case, and span), or None."""
    if family(mn.type) != "capture" or mn.campaign is not None:
        return None
    text, lo, hi = dm.text, mn.sent.start, mn.sent.end
    m = (_AFTER_NOUN if mn.nominal else _AFTER_VERB).match(text, mn.end, hi)
    if m is None and not mn.nominal:
        m = _BEFORE.search(text, max(lo, mn.start - 40), mn.start)
        if m is not None and m.end() != mn.start:
            m = None
    if m is None:
        return None
    return re.sub(r"\s+", " ", m.group("lm").lower()), m.start("lm"), m.end("lm")


def _town(dm: DocMentions, mn: Mention, start: int, end: int, known: set[str], countries: set[str]) -> str | None:
    before = _NAME_BEFORE.search(dm.text, max(0, start - 40), start)
    if before is not None and before.group(1) in known:
        return before.group(1)
    after = _NAME_AFTER.match(dm.text, end)
    if after is not None and after.group(1) in known:
        return after.group(1)
    own = [t for t in (*mn.targets, *mn.places) if t not in countries]
    if own:
        return own[0]
    return main_place(dm) or _topic(dm, countries)  # (once a landmark is found: rare, and few per article)


def _topic(dm: DocMentions, countries: set[str]) -> str | None:
    """The one place the document's events are at most often (a strict first), or None."""
    tally = Counter(x for m in dm.mentions for x in dict.fromkeys((*m.targets, *m.places))
                    if x not in countries and _NAMED.search(x) is None)
    top = tally.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def canonical_places(dms: list[DocMentions]) -> dict[str, str]:
    """Spelling skeleton -> each place as the corpus's mentions name it most (after :func:`._corpus_names.spellings`
    folded its spellings: "Hudaydah" written in a text is the corpus's "Hodeidah")."""
    tally: dict[str, Counter[str]] = {}
    for dm in dms:
        for name in {x for mn in dm.mentions for x in (*mn.places, *mn.targets)}:
            tally.setdefault(_skeleton(name), Counter())[name] += 1
    return {k: min(v, key=lambda n: (-v[n], n)) for k, v in tally.items()}


def mark_landmarks(dms: list[DocMentions]) -> None:
    """Give each capture of a landmark the landmark as its target (in place; see the module's docstring)."""
    canon = canonical_places(dms)
    for dm in dms:
        countries = {p.name for p in dm.places if p.place_kind == "country"}
        known = ({p.name for p in dm.places} | {x for m in dm.mentions for x in (*m.targets, *m.places)}
                 | dm.solid_names()) - countries
        for mn in dm.mentions:
            got = landmark_of(dm, mn)
            if got is None:
                continue
            town = _town(dm, mn, got[1], got[2], known, countries)
            if town is None or town in countries:
                continue
            mn.targets = [f"{canon.get(_skeleton(town), town)} {got[0]}"]
