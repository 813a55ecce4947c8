"""A landmark taken inside a town is another target than the town.

"Troops recaptured the fortress at the heart of Qala on Saturday" and "troops have retaken the whole of
Qala, a commander said on Sunday" are two captures a day apart: the first took the fortress, the second
the town.  And "Yesterday's capture of the old fortress" (no town named) is the first one again, as is
"hold Qala airfield, seized on May 3" for "had taken the airfield of Qala".

So, before the mentions are clustered, a capture whose object is a landmark (a citadel, an airport, a
palace, ...) gets the landmark as its target, named with its town ("Qala fortress"): the town is the
name written before the landmark ("Qala airfield", "Qala's police station") or after it ("the airfield of
Qala"), else the mention's own target or place, else the place the document is about.  Two
captures of one landmark then share a target, and a capture of the town and one of its landmark do not.

Buildings are landmarks too, each named as one kind ("the police headquarters" and "the town's police
station" are one site), and storming a building is taking it ("gunmen stormed the police station": a
capture).  A list of sites gives each site ("seized the police headquarters and the security service
building"; "captured the last positions in X, the hospital and the stadium"), so "the fall of the stadium"
is that capture; a list with another object ("the airport and the bridge") stays the town's.
"""

from __future__ import annotations

import re
from collections import Counter

from timeline._events._campaigns import main_place
from timeline._events._cluster import family
from timeline._events._mentions import DocMentions, Mention
from timeline._events._rx import rx
from timeline._events._sites import doc_sites, object_site
from timeline._events._spellings import _skeleton
from timeline._events._where import COMPASS_OF

__all__ = ["BUILDINGS", "LANDMARKS", "apart", "canonical_places", "landmark_of", "landmarks_of", "mark_landmarks"]

#: Buildings a town's rebels or troops seize ("seized the police headquarters", "stormed the town's police
#: station"), each named as one kind: two names of one building are one target, two buildings are two.  The
#: seat of the town's rule (town hall, governor's office) is left out: "took control of the governor's office
#: in X" is how the town itself is told taken.
BUILDINGS = {"police headquarters": "police station", "police station": "police station",
             "police building": "police station", "police hq": "police station",
             "security service building": "security service building",
             "security services building": "security service building",
             "security service headquarters": "security service building",
             "television station": "television station",
             "tv station": "television station", "television centre": "television station",
             "television tower": "television tower", "tv tower": "television tower", "hospital": "hospital",
             "prison": "prison", "central bank": "central bank"}
#: Other landmarks with two names: one kind ("Tabqa airbase" is "Tabqa air base")
_KINDS = {"airbase": "air base", "nuclear power plant": "power plant", "nuclear plant": "power plant",
          "power station": "power plant"}
#: Sites inside a town that are taken on their own (a port is often the town itself and is left out).
LANDMARKS = (*sorted(BUILDINGS, key=lambda b: (-len(b.split()), b)), "citadel", "fortress", "castle", "airport",
             "airfield", "airbase", "air base", "nuclear power plant", "nuclear plant", "power plant",
             "power station", "palace", "dam", "refinery", "barracks", "stadium", "university")
_LM_ANY = r"(?i:" + "|".join(x.replace(" ", r"\s+").replace("'", "['\u2019]") for x in LANDMARKS) + r")"
_LM = r"(?P<lm>" + _LM_ANY + r")"
_WORD = r"(?:(?!(?:of|to|near|and|in|at|on|around|outside)\b)[\w'\u2019-]+\s+)"
#: what may follow the landmark noun of an object ("the airport of X", "the citadel at the heart of X",
#: "the palace on Sunday", "the castle."), never another noun ("the airport road") nor another object ("the
#: airport and the bridge at X": a capture of several sites, told as the town's)
_END = r"(?=\s*(?:[,.;:)]|$|\s+(?:of|at|in|on|near|from|after|before|overnight|earlier|together|" \
       r"outside|inside|yesterday|today|last|this|had|has|have|was|were|is|are|would|will|that|which|where|" \
       r"[A-Z][\w'-]*|(?:[\w-]+\s+)?(?:days?|weeks?|months?|hours?)\s+ago|" \
       + COMPASS_OF + r"|\d+\s*(?:km|kilometres|kilometers|miles))\b))"
#: one more site of a list of sites ("the police headquarters and the security service building", "the
#: national hospital and the municipal stadium"): each is a target of the capture
_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?" + _WORD + r"{0,3}?" + _LM + _END)
#: the head of a list: a landmark followed by another ("the airport and the bridge" is no list of sites)
_LIST = r"(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?" + _WORD + r"{0,3}?" + _LM_ANY + _END + ")"
#: "captured the last positions in X, the national hospital and the municipal stadium": the positions
#: named by the sites that follow them
_APPOSED = re.compile(r"\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,4}?(?:positions|strongholds|pockets|bastions|"
                      r"redoubts|holdouts|footholds)(?:\s+(?:in|of|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]+)?\s*,\s*"
                      r"(?:the\s+)?" + _WORD + r"{0,3}?" + _LM + r"(?=\s*,?\s+and\s+)")
_AFTER_VERB = re.compile(r"\s+(?:back\s+|over\s+)?(?:(?:full\s+)?control\s+of\s+)?(?:the\s+)?" + _WORD
                         + r"{0,3}?" + _LM + r"(?:" + _END + "|" + _LIST + ")")
_AFTER_NOUN = re.compile(r"\s+of\s+the\s+" + _WORD + r"{0,2}?" + _LM + r"(?:" + _END + "|" + _LIST + ")")
_BEFORE = re.compile(_LM + r"(?:\s*,\s*(?:which\s+(?:was|were)\s+)?|\s+(?:was|were|has\s+been|had\s+been)\s+)$")
_BEFORE_FALL = re.compile(_LM + r"\s+$")  # "the Kandahar airfield fell to the Taliban"
_NAME_BEFORE = re.compile(r"([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)(?:['\u2019]s)?\s+$")
_NAME_AFTER = re.compile(r"\s+of\s+([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)")


_NAMED = re.compile(r"\s(?:" + "|".join(LANDMARKS) + r")$")


def apart(a: list[str], b: list[str]) -> bool:
    """Targets that tell two captures apart: a landmark and another target ("Qala fortress" and "Qala")."""
    return bool(a and b and not set(a) & set(b)
                and any(_NAMED.search(t) is not None for t in (*a, *b)))


#: Verbs of an attack that, told of a building, tell its taking ("gunmen stormed the police station")
_TAKEN_BY = frozenset({"storm"})


def _taker(mn: Mention) -> bool:
    """A capture, or the storming of a site (a capture when the site is a building, see :func:`landmarks_of`)."""
    return mn.campaign is None and (family(mn.type) == "capture" or (not mn.nominal and mn.lemma in _TAKEN_BY))


def landmarks_of(dm: DocMentions, mn: Mention) -> list[tuple[str, int, int]]:
    """The landmarks a capture takes (each noun, lower case, two names of one building made one, and its
    span): one, or each site of a list of sites ("seized the police headquarters and the security service
    building", "captured the last positions, the hospital and the stadium"); [] when it takes none."""
    if not _taker(mn):
        return []
    text, lo, hi = dm.text, mn.sent.start, mn.sent.end
    m = (_AFTER_NOUN if mn.nominal else _AFTER_VERB).match(text, mn.end, hi)
    if m is None and not mn.nominal:
        m = _APPOSED.match(text, mn.end, hi)
    if m is None and not mn.nominal:
        m = (_BEFORE_FALL if mn.lemma == "fall" else _BEFORE).search(text, max(lo, mn.start - 40), mn.start)
        if m is not None and m.end() != mn.start:
            m = None
    found: list[tuple[str, int, int]] = []
    while m is not None:
        noun = re.sub(r"\s+", " ", m.group("lm").lower()).replace("\u2019", "'")
        found.append((BUILDINGS.get(noun, _KINDS.get(noun, noun)), m.start("lm"), m.end("lm")))
        m = _NEXT.match(text, m.end("lm"), hi)
    if family(mn.type) != "capture" and not all(n in BUILDINGS.values() for n, _, _ in found):
        return []  # "stormed the airport": an assault on it, perhaps beaten back
    return found


def landmark_of(dm: DocMentions, mn: Mention) -> tuple[str, int, int] | None:
    """The (first) landmark a capture takes (its noun, lower case, and span), or None."""
    got = landmarks_of(dm, mn)
    return got[0] if got else None


def _town(dm: DocMentions, mn: Mention, start: int, end: int, known: set[str], countries: set[str]) -> str | None:
    before = _NAME_BEFORE.search(dm.text, max(0, start - 40), start)
    if before is not None and before.group(1) in known:
        return before.group(1)
    name = rx(r"['\u2019]s$").sub("", before.group(1)) if before is not None else ""
    if before is not None and name != before.group(1) and before.start() > 0 \
            and name not in {a.name for a in dm.actors}:
        return name  # "stormed Vorna's police station": a town the gazetteer may not know
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
        named: dict[str, set[str]] | None = None
        for mn in dm.mentions:
            if not _taker(mn):
                continue
            if named is None:
                named = doc_sites(dm)
            found = landmarks_of(dm, mn)
            site = object_site(dm, mn, named)
            if site is not None:  # "seized the al-Anad air base": a site of its own name (see _sites), no town's
                if found and family(mn.type) != "capture":
                    mn.type, mn.targets = "capture", [site]  # "stormed the Sednaya prison": they took it
                continue
            sites = []
            for noun, start, end in found:
                town = _town(dm, mn, start, end, known, countries)
                if town is not None and town not in countries:
                    sites.append(f"{canon.get(_skeleton(town), town)} {noun}")
            if not sites:
                continue
            mn.targets = list(dict.fromkeys(sites))
            if family(mn.type) != "capture":
                mn.type = "capture"  # "gunmen stormed the police station": they took it
