"""One act told in different words by different articles: an invasion that is a seizure, a surrender told by the
commander, by the garrison, by "laid down its arms" (session 14).

The same-day merge (:mod:`._sameday`) joins two tellings of one family whose actors and places match by name.
Articles telling one act often use another verb of the act, another name of its actor and another name of its
place:

- "Iraqi troops seized Kuwait on Thursday" / "two days after Iraq invaded Kuwait" / "Thursday's invasion": an
  invasion and a seizure (capture, occupation) of one territory by one side on one day are one act
  (:func:`merge_told_apart`, the group ``take``);
- "General X, the commander of the Pakistani army in the east, surrendered his forces in Dacca on Thursday" /
  "the Pakistani garrison laid down its arms on Thursday" / "accepted the surrender from General X": a surrender
  told by the commander, the garrison or the government of one side, at one place on one day, is one act (the
  group ``give``);
- "the invasion of August 2", with no actor and no place, presupposes the one invasion the corpus dates that day
  (:func:`merge_bare_invasion`).

The sides are compared by country: "Iraq", "Iraqi troops" and "Iraq government" are one side (the country a
name or its demonym begins with, :func:`side_of`); a named actor whose country is unknown must be shared.
Places must not contradict: both named (countries too, save the actor's own) and one (equal, two names of one
city by the gazetteer, or "Port X" / "X"), or one side names none.  Both starts are known to the day and
overlap; neither is told as a repeat ("again", "a second invasion"); each is the other's only candidate.  So two
surrenders at two places, or on two days, and a first invasion and a later one, stay apart.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline._events._cluster import Cluster, _overlap, _start_range, _width, family, join_mutual
from timeline._events._dating import Bounds4
from timeline._events._gazetteer import city_countries, country_named, country_of_word
from timeline._events._gazetteer import one_place as same_place
from timeline._events._local import BARE_CLASSES
from timeline._events._mentions import DocMentions, Mention
from timeline._events._scored import own_start
from timeline._events._twice import _told_again
from timeline.model import Document

__all__ = ["merge_bare_invasion", "merge_tellings", "merge_told_apart", "one_place", "side_of"]

_DAY = dt.timedelta(days=1)
#: The gaps that date a taking or a surrender itself (see :func:`._scored.own_start`).
_GAPS = frozenset({"ago", "into"})
#: The groups of families one act may be told by: a territory taken (invaded, seized, captured, occupied);
#: forces given up (surrendered, laid down their arms, capitulated, gave themselves up).
_GROUP = {"invasion": "take", "capture": "take", "surrender": "give"}
#: Words before a place's name that make another name of it: "Port Stanley" / "Stanley", "Fort X" / "X".
_PORT = frozenset({"Port", "Fort", "Puerto", "Porto"})
#: A definite noun: "the invasion", "the Iraqi invasion", "Friday's invasion" (a premodifier ending in 's).
#: The object of a verb or noun of taking: "invaded Cyprus", "invaded the Falkland Islands", "the invasion of
#: Kuwait", "captured Cyprus's northern coast" (the mention finder leaves a country out of its targets).
_OBJECT = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")
_DEFINITE = re.compile(r"(?:\bthe|['\u2019]s?)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def side_of(actor: str) -> str | None:
    """The country whose side an actor is: "Argentina", "Argentine forces", "Argentina government", "Sri Lankan
    troops" (by its first one to three words, a country's name or its demonym); "Soviet-led forces", "the
    Tigers": None."""
    words = actor.split()
    for k in (3, 2, 1):
        if len(words) >= k and (code := country_named(" ".join(words[:k]))) is not None:
            return code
    for k in (2, 1):
        got = country_of_word(" ".join(words[:k])) if len(words) >= k and words[0][:1].isupper() else None
        if got is not None:
            return got
    return None


def one_place(a: set[str], b: set[str]) -> bool:
    """Whether two sets of place names share a place: :func:`~._gazetteer.one_place` (one name, two names of one
    city), or a name and the name after "Port"/"Fort" ("Port Stanley", "Stanley")."""
    if same_place(a, b):
        return True
    for x in sorted(a):
        for y in sorted(b):
            short, long_ = sorted((x, y), key=len)
            head, _, rest = long_.partition(" ")
            if head in _PORT and rest == short:
                return True
    return False


@dataclass
class _Side:
    """What one cluster says: its articles, group, start, actors (their countries) and places."""

    docs: frozenset[int]
    group: str
    fams: frozenset[str]
    start: Bounds4
    actors: set[str]
    named: set[str]  # actors that are not a bare class
    sides: set[str]  # the countries of its actors
    unsided: set[str]  # named actors of no country ("the Tigers", "the Khmer Rouge")
    geo: set[str]  # targets and places, countries too, save its actors' own countries
    targets: set[str]  # what was taken or given up: targets and a taking's object, save its actors' countries


def _side(cl: Cluster, docs: list[Document], dms: list[DocMentions]) -> _Side | None:
    fams = frozenset(family(dms[d].mentions[m].type) for d, m in cl.members)
    groups = {_GROUP.get(f) for f in fams}
    if len(groups) != 1 or None in groups or cl.campaign is not None or cl.occurrence or _told_again(cl, dms):
        return None
    start = own_start(cl, docs, _GAPS)  # ("two days after Iraq invaded Kuwait": the gap dates the act)
    w = _width(start)
    if start is None or w is None or w > _DAY or start[0] is None or start[1] is None:
        return None
    actors = set(cl.actors(dms))
    named = {a for a in actors if a.lower() not in BARE_CLASSES}
    sides = {s for s in (side_of(a) for a in named) if s is not None}
    unsided = {a for a in named if side_of(a) is None}
    geo: set[str] = set()
    targets: set[str] = set()
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        geo.update(mn.targets)
        geo.update(mn.places)
        targets.update(mn.targets)
        targets.update(_object_places(dms[d], mn))
    own = {g for g in geo | targets if country_named(g) in sides}  # "Turkey invaded": no place
    geo, targets = (geo | targets) - own, targets - own
    group = groups.pop()
    assert group is not None
    return _Side(frozenset(d for d, _ in cl.members), group, fams, start, actors, named, sides, unsided, geo, targets)


def apart_cities(a: set[str], b: set[str]) -> bool:
    """Two different cities, each known to the gazetteer: "surrendered in Dhaka" and "laid down their arms in
    Chittagong" (forces give up where they stand, so two such places are two surrenders).  A name the gazetteer
    does not know ("Stanley", a town too small for it) proves nothing."""
    if not a or not b or one_place(a, b):
        return False
    return all(city_countries(n) for n in a | b) and not any(
        x in y or y in x for x in a for y in b)


def _object_places(dm: DocMentions, mn: Mention) -> set[str]:
    """The place a taking is done to, read from the words right after its trigger when they name a country or
    a place of the article ("invaded Cyprus", "the invasion of the Falkland Islands")."""
    if _GROUP.get(family(mn.type)) != "take":
        return set()
    m = _OBJECT.match(dm.text, mn.end, mn.sent.end)
    if m is None or (not mn.nominal and dm.text[mn.end : m.start("name")].strip().startswith("of")):
        return set()
    name = m.group("name").removesuffix("'s").removesuffix("\u2019s")
    known = {p.name for p in dm.spans("places").within(m.start("name"), m.end("name"))}
    return {name} if name in known or country_named(name) is not None else {n for n in known if name.startswith(n)}


def _fits(a: _Side, b: _Side) -> bool:
    """Whether two sides of disjoint articles may tell one act (see the module)."""
    if a.group != b.group or a.docs & b.docs or not _overlap(a.start, b.start):
        return False
    if not a.named or not b.named:
        return False  # who did it is what ties two wordings together
    if not (a.sides & b.sides or a.named & b.named):
        return False
    if (a.unsided or b.unsided) and not a.unsided & b.unsided and not a.named & b.named:
        return False  # a named actor of no country on one side only: perhaps another actor
    if a.sides and b.sides and not a.sides & b.sides:
        return False
    if a.targets and b.targets and not (one_place(a.targets, b.targets) or _within(a, b) or _within(b, a)):
        return False  # two things taken or given up
    # (a place of the telling, "the government in Nicosia said", may not be the place taken: one shared is enough)
    return not a.geo or not b.geo or one_place(a.geo, b.geo) or _within(a, b) or _within(b, a)


def _within(a: _Side, b: _Side) -> bool:
    """A taking of a country (``a``) and of a city that lies in it (``b``): "the invasion of Kuwait" and "captured
    Kuwait City" (the gazetteer's cities; a surrender is of the forces at one place, so it needs that place)."""
    if a.group != "take":
        return False
    codes = {c for n in a.targets if (c := country_named(n)) is not None}
    return bool(codes) and bool(b.targets) and all(city_countries(n) & codes for n in b.targets)


def merge_told_apart(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join two tellings of one taking or one surrender by one side on one day at one place, told in different
    words or by different names of the side, each the other's only candidate (see the module)."""
    if len(docs) < 2:
        return clusters
    sides: dict[int, _Side] = {}
    by_day: dict[tuple[str, dt.date], list[int]] = {}
    for k, cl in enumerate(clusters):
        s = _side(cl, docs, dms)
        if s is None:
            continue
        sides[k] = s
        for day in _days(s.start):
            by_day.setdefault((s.group, day), []).append(k)
    partner: dict[int, int] = {}
    for k, s in sides.items():
        found = {j for day in _days(s.start) for j in by_day.get((s.group, day), ()) if j != k and _fits(s, sides[j])}
        if len(found) == 1:
            partner[k] = found.pop()
    return join_mutual(clusters, partner)


def _days(start: Bounds4) -> list[dt.date]:
    assert start[0] is not None and start[1] is not None
    out, day = [], start[0].date()
    while day <= start[1].date():
        out.append(day)
        day += _DAY
    return out


def _bare_invasion(cl: Cluster, docs: list[Document], dms: list[DocMentions]) -> bool:
    """A cluster told only by a definite, singular "the invasion" / "Friday's invasion", with no actor, target
    or place, dated to the day."""
    if cl.campaign is not None or cl.occurrence or _told_again(cl, dms) or cl.actors(dms) or cl.geo(dms)[0]:
        return False
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        text = dms[d].text
        if not mn.nominal or mn.plural or family(mn.type) != "invasion" or mn.targets \
                or _DEFINITE.search(text, max(mn.sent.start, mn.start - 40), mn.start) is None:
            return False
    w = _width(_start_range(cl, docs))
    return w is not None and w <= _DAY


def _at(places: set[str], cl: Cluster, dms: list[DocMentions]) -> bool:
    """Whether the places of a bare telling are the invasion's: one of its places or targets, or a city of the
    country it invaded."""
    geo = set().union(*cl.geo(dms))
    for d, m in cl.members:
        geo |= _object_places(dms[d], dms[d].mentions[m])
    codes = {c for n in geo if (c := country_named(n)) is not None}
    return one_place(places, geo) or all(city_countries(p) & codes for p in places)


def merge_bare_invasion(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """"The war that began with the invasion of April 2": a bare definite invasion presupposes the one invasion
    by a named actor that other articles date on that day; two such invasions (or none) that day, and it stays
    apart."""
    if len(docs) < 2:
        return clusters
    told: list[tuple[int, Bounds4]] = []
    for k, cl in enumerate(clusters):
        if cl.campaign is not None or cl.occurrence or not cl.actors(dms):
            continue
        if not any(family(dms[d].mentions[m].type) == "invasion" for d, m in cl.members):
            continue
        b = _start_range(cl, docs)
        w = _width(b)
        if b is not None and w is not None and w <= _DAY:
            told.append((k, b))
    joins: list[tuple[int, int]] = []
    for k, cl in enumerate(clusters):
        if not _bare_invasion(cl, docs, dms):
            continue
        b = _start_range(cl, docs)
        assert b is not None
        mine = {d for d, _ in cl.members}
        at = cl.geo(dms)[1]  # "Life in X has changed since the invasion": X must be where the invasion was
        found = [j for j, bj in told if _overlap(b, bj) and not mine & {d for d, _ in clusters[j].members}
                 and (not at or _at(at, clusters[j], dms))]
        if len(found) == 1:
            joins.append((k, found[0]))
    gone: set[int] = set()
    for k, j in joins:  # (several articles' "the invasion" may each presuppose the one invasion)
        clusters[j].absorb(clusters[k])
        clusters[j].memo.clear()
        gone.add(k)
    return [cl for k, cl in enumerate(clusters) if k not in gone]


def merge_tellings(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Both passes: tellings of one taking or surrender in other words, then the bare "the invasion of D"."""
    return merge_bare_invasion(merge_told_apart(clusters, docs, dms), docs, dms)
