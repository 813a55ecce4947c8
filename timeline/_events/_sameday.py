"""One act on one day, told by two articles in different words: one event (session 9).

The earlier cross-document passes need the two tellings to share an actor, or a target, by name.
Articles often do not: one names the actor, the other only its class or nobody ("Mercenary fighters
seized the headquarters in Rostov-on-Don on Saturday" / "The seizure of the Rostov headquarters on
Saturday"); one reads the actor as a place ("Azerbaijan launched a military operation in
Nagorno-Karabakh on Tuesday", actor "forces" for want of a subject it knows) where the other names it;
one tells the city, the other the country ("The president's resignation on Sunday left a power vacuum
in La Paz" / "Bolivia's president resigned on Sunday").

The policy: two clusters of disjoint articles are one event when

- they are of one family of discrete acts (an offensive, a capture, a withdrawal, a resignation, a
  release, ...: not a war or a battle, which go on for days, nor a killing, which many acts tell);
- both starts are known to the day (at most a day wide) and the days overlap;
- their actors are compatible: one shared; or one side names nobody; or one side names only a bare
  class ("forces", "the government") of the other's actor, or a bare class while its own mentions name
  the other's actor as a place;
- their places are compatible: targets, when both have some, are one (equal, or one city by the
  gazetteer, :mod:`._gazetteer`: "Rostov" / "Rostov-on-Don"); places other than countries, when both
  have some, are one likewise; a side without such places must not name only countries in which the
  other side's city does not lie ("in La Paz" fits "Bolivia's", not "Peru's");
- their civil acts were done to one kind of thing, when both say (:mod:`._acted_on`: a mobile-data cut and a
  television ban of one day are two acts); a side that names no actor and no place ("Internet access was cut
  nationwide") is still told by what was done to it, and merges only with a side that names that object;
- and each is the other's only candidate.  So a side that leaves its place (or its actor) untold
  merges only when the other article tells one act of that family that day, and two different cities
  taken on one day (two targets) or one act repeated on two days are never merged.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline._events._acted_on import acted_on
from timeline._events._civil import CIVIL_FAMILIES
from timeline._events._cluster import Cluster, _overlap, _start_range, _width, family, join_mutual
from timeline._events._dating import Bounds4
from timeline._events._gazetteer import city_countries, country_code, one_place
from timeline._events._landmarks import apart as landmarks_apart
from timeline._events._local import BARE_CLASSES, class_match
from timeline._events._mentions import DocMentions
from timeline._events._rx import rx
from timeline._events._surnames import surname_of
from timeline.model import Document

__all__ = ["FAMILIES", "merge_same_day"]

#: Families of discrete acts, each done once at one place on one day.
FAMILIES = frozenset({
    "offensive", "capture", "withdrawal", "resignation", "release", "arrest", "coup", "airstrike", "evacuation",
    "handover", "surrender", "annexation", "invasion", "encirclement", "crash", "interception", "airdrop",
    "defeat",
}) | CIVIL_FAMILIES

_DAY = dt.timedelta(days=1)


@dataclass
class _Side:
    """What one cluster says, for the comparison: its articles, day, actors and places."""

    cl: Cluster
    docs: frozenset[int]
    fam: str
    start: Bounds4
    actors: set[str]
    named: set[str]  # actors that are not a bare class
    targets: set[str]  # targets that are not countries
    places: set[str]  # targets and places that are not countries
    countries: set[str]  # countries its mentions name (as places, targets, in an actor's name or sentence)
    mentioned: set[str]  # every place and target its mentions name, countries too
    sents: list[tuple[int, str]]  # (article, text) of its mentions' sentences
    elsewhere: dict[int, dict[str, int]]  # per article: how many of the article's other mentions are at a place
    what: set[str]  # what its civil acts were done to ("internet", "mobile", "curfew": :mod:`._acted_on`)
    bare: bool = False  # no actor and no place: only its object tells it


def _side(cl: Cluster, docs: list[Document], dms: list[DocMentions], at: dict[int, dict[str, int]],
          any_kind: bool = False) -> _Side | None:
    """What ``cl`` says, when its start is known to a day (``any_kind``: a campaign, or a cluster of any family,
    too)."""
    if not any_kind and (cl.campaign is not None or family(cl.type) not in FAMILIES):
        return None
    start = _start_range(cl, docs)
    w = _width(start)
    if start is None or w is None or w > _DAY:
        return None
    actors = set(cl.actors(dms))
    targets: set[str] = set()
    places: set[str] = set()
    countries: set[str] = set()
    mentioned: set[str] = set()
    sents: list[tuple[int, str]] = []
    own: dict[tuple[int, str], int] = {}
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        spans = dms[d].spans("places")
        known = spans.countries
        # "Peru's prime minister resigned on Sunday", read as "government": the sentence names its country
        countries.update(p.name for p in spans.within(mn.sent.start, mn.sent.end) if p.place_kind == "country")
        countries.update(_countries_in(dms[d].text[mn.sent.start : mn.sent.end]))
        sents.append((d, dms[d].text[mn.sent.start : mn.sent.end]))
        for name in {*mn.targets, *mn.places}:
            own[d, name] = own.get((d, name), 0) + 1
        for name in (*mn.targets, *mn.places):
            mentioned.add(name)
            if name in known or country_code(name) is not None:
                countries.add(name)
            else:
                places.add(name)
                if name in mn.targets:
                    targets.add(name)
    for a in actors:  # "Bolivia government": the actor tells its country
        words = a.split()
        countries.update(" ".join(words[:k]) for k in (1, 2, 3) if country_code(" ".join(words[:k])) is not None)
    what = _what(cl, dms)
    bare = not actors and not places and not countries
    if bare and len(what) != 1 and not any_kind:
        return None  # nothing to tell it by ("Internet access was cut" is told by what was cut)
    named = {a for a in actors if a.lower() not in BARE_CLASSES}
    elsewhere = {d: {name: n - own.get((d, name), 0) for name, n in at[d].items()} for d, _ in cl.members}
    return _Side(cl, frozenset(d for d, _ in cl.members), family(cl.type), start, actors, named, targets, places,
                 countries, mentioned, sents, elsewhere, what, bare)


def _what(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    """What the cluster's civil acts were done to: the object classes its members name (none for other families)."""
    if family(cl.type) not in CIVIL_FAMILIES:
        return set()
    out: set[str] = set()
    for d, m in cl.members:
        got = acted_on(dms[d], dms[d].mentions[m])
        if got is not None:
            out.add(got)
    return out


def _objects_ok(a: _Side, b: _Side) -> bool:
    """No two objects apart (a mobile-data cut is not a television ban; a network cut and a blocked platform
    may be one act told two ways); a side told by its object alone needs the other to name that object."""
    if a.what and b.what and not {_MEDIUM.get(w, w) for w in a.what} & {_MEDIUM.get(w, w) for w in b.what}:
        return False
    return not (a.bare or b.bare) or bool(a.what & b.what)


#: objects one act may be told by ("cut the internet" / "blocked social media"; "shut TV channels" / "newspapers")
_MEDIUM = {"internet": "network", "mobile": "network", "social": "network", "phone": "network",
           "broadcast": "media", "press": "media"}


def _acts_at(dm: DocMentions) -> dict[str, int]:
    """How many of the article's mentions are at (or done to) each place."""
    out: dict[str, int] = {}
    for mn in dm.mentions:
        for name in {*mn.targets, *mn.places}:
            out[name] = out.get(name, 0) + 1
    return out


_NAME = rx(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")


def _countries_in(text: str) -> set[str]:
    """The countries a sentence names by the gazetteer's names ("Peru's prime minister resigned"), also
    those the place list lacks."""
    out: set[str] = set()
    for m in _NAME.finditer(text):
        words = m.group().split()
        out.update(" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
                   if country_code(" ".join(words[i:j])) is not None)
    return out


def _region_of(a: _Side, b: _Side) -> bool:
    """"The offensive to regain control of <region>, pounding its capital, <city>" and "the offensive on
    <city>": ``b`` is done to no target, ``a`` is told at (or done to) a region only (no place of it is a city
    the gazetteer knows), and its sentence names a place of ``b``, at which no other act of its article is
    told."""
    return not b.targets and not any(city_countries(p) for p in a.places) \
        and any(_told_in(a, p) for p in sorted(b.places))


def _told_in(a: _Side, name: str) -> bool:
    """Whether a sentence of ``a`` names ``name``, and no other act of that article is told at it."""
    pattern = rx(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    return any(a.elsewhere[d].get(name, 0) == 0 and pattern.search(text) is not None for d, text in a.sents)


def _surname_match(a: set[str], b: set[str]) -> bool:
    """One side names a person by the surname alone, the other in full: "Zelensky", "Volodymyr Zelensky"
    (the surname :func:`._surnames.surname_of` reads, as within one document)."""
    return any(x in {surname_of(y) for y in full} for one, full in ((a, b), (b, a)) for x in one if " " not in x)


def _actors_ok(a: _Side, b: _Side) -> bool:
    if not a.actors or not b.actors or a.actors & b.actors or class_match(a.actors, b.actors):
        return True
    if _surname_match(a.named, b.named):  # "Zelensky" and "Volodymyr Zelensky"
        return True
    # "Azerbaijan launched a military operation in Nagorno-Karabakh", read as forces in Azerbaijan
    return any(not bare.named and other.named & bare.mentioned for bare, other in ((a, b), (b, a)))


def _places_ok(a: _Side, b: _Side) -> bool:
    if a.targets and b.targets and not one_place(a.targets, b.targets):
        return False
    if landmarks_apart(sorted(a.targets), sorted(b.targets)):
        return False
    if a.places and b.places:
        return one_place(a.places, b.places) or _region_of(a, b) or _region_of(b, a)
    if a.places or b.places:
        city, other = (a, b) if a.places else (b, a)
        codes = {c for c in (country_code(n) for n in other.countries) if c is not None}
        if codes:  # "in La Paz" and "Bolivia's": the city must lie in one of the countries told
            return all(not city_countries(p) or city_countries(p) & codes for p in city.places)
        return True
    return not (a.countries and b.countries) or bool(a.countries & b.countries)


def _same_day(a: _Side, b: _Side) -> bool:
    return _overlap(a.start, b.start)


def merge_same_day(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Merge each pair of clusters that the policy above finds to be one act, each the other's only
    candidate; the merged cluster takes the place of the first in ``clusters``."""
    sides: dict[int, _Side] = {}
    at: dict[int, dict[str, int]] = {}
    by_day: dict[tuple[str, dt.date], list[int]] = {}
    for k, cl in enumerate(clusters):
        if cl.campaign is not None or family(cl.type) not in FAMILIES:
            continue
        for d, _ in cl.members:
            if d not in at:
                at[d] = _acts_at(dms[d])
        s = _side(cl, docs, dms, at)
        if s is None or s.start[0] is None or s.start[1] is None:
            continue
        sides[k] = s
        day = s.start[0].date()
        while day <= s.start[1].date():
            by_day.setdefault((s.fam, day), []).append(k)
            day += _DAY
    cands: dict[int, list[int]] = {}
    for k, s in sides.items():
        assert s.start[0] is not None and s.start[1] is not None
        seen: set[int] = set()
        day = s.start[0].date()
        found: list[int] = []
        while day <= s.start[1].date():
            for j in by_day.get((s.fam, day), ()):
                o = sides[j]
                if j == k or j in seen or s.docs & o.docs:
                    continue
                seen.add(j)
                if _same_day(s, o) and _objects_ok(s, o) and _actors_ok(s, o) and _places_ok(s, o):
                    found.append(j)
            day += _DAY
        cands[k] = found
    return join_mutual(clusters, {k: found[0] for k, found in cands.items() if len(found) == 1})
