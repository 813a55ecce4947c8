"""A cluster of coreferent mentions and what its members say: actors, places, start range.

Shared by the coreference passes (:mod:`._corefer` within and across documents, :mod:`._undated` for
mentions without a date of their own, :mod:`._campaigns` for campaigns told by description).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from timeline._events._dating import Bounds4, bounds_of_link, intersect
from timeline._events._lexicon import OFFENSIVE_FAMILY
from timeline._events._link import RelativeStart, TimeLink
from timeline._events._mentions import DocMentions
from timeline.model import Document

__all__ = ["Cluster", "family", "join_mutual", "tellable"]

_FAMILY = {t: "offensive" for t in OFFENSIVE_FAMILY}


def family(t: str) -> str:
    """The coreference family of an event type (offensive, attack and advance tell one push)."""
    return _FAMILY.get(t, t)


class _Tally:
    """What a cluster's members say, summed over ``members[:n]`` (``members`` is the list summed).

    ``members`` only ever grows in place (``+=``) or is replaced by a new list, so the tally adds the
    new members' actors, targets, places and modifiers, and starts again when the list was replaced:
    each member is read once, however many times the cluster is compared.
    """

    __slots__ = ("members", "n", "actors", "actor_first", "targets", "target_first", "geo_t", "geo_p",
                 "mods", "ranked")

    def __init__(self, members: list[tuple[int, int]]) -> None:
        self.members = members
        self.n = 0
        self.actors: Counter[str] = Counter()
        self.actor_first: dict[str, int] = {}
        self.targets: Counter[str] = Counter()
        self.target_first: dict[str, int] = {}
        self.geo_t: set[str] = set()
        self.geo_p: set[str] = set()
        self.mods: set[str] = set()
        self.ranked: tuple[int, list[str]] | None = None  # (n, actors ranked) when last ranked

    def catch_up(self, dms: list[DocMentions]) -> None:
        for k in range(self.n, len(self.members)):
            d, m = self.members[k]
            dm = dms[d]
            mn = dm.mentions[m]
            for a in mn.actors:
                self.actors[a] += 1
                self.actor_first.setdefault(a, k)
            for t in mn.targets:
                self.targets[t] += 1
                self.target_first.setdefault(t, k)
            countries = {p.name for p in dm.places if p.place_kind == "country"}
            self.geo_t.update(t for t in mn.targets if t not in countries)
            self.geo_p.update(p for p in mn.places if p not in countries)
            self.mods.update(w for w in mn.modifiers if not w.isdigit())
        self.n = len(self.members)


@dataclass(eq=False)  # identity: two clusters are never "equal", however alike
class Cluster:
    """Mentions (document index, mention index) of one event, with their time links.

    Summaries (actors, places, start range) are kept in ``memo`` and brought up to date
    incrementally: ``members``, ``links`` and ``derived`` only ever grow (in place, or replaced by
    a longer list), so only what was added since the last look is read.  ``memo.clear()`` forgets.
    """

    type: str
    members: list[tuple[int, int]] = field(default_factory=list)
    links: list[tuple[int, TimeLink]] = field(default_factory=list)
    relative: list[tuple[int, RelativeStart]] = field(default_factory=list)
    campaign: str | None = None
    named: bool = False
    alias: str | None = None  # the name of an operation the campaign absorbed ("Operation Olive Branch")
    derived: list[Bounds4] = field(default_factory=list)  # bounds an event-to-event relation gives
    occurrence: int = 0  # 1, 2, ... for the repeats of an act told once ("on Thursday and again on Friday")
    memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def absorb(self, other: Cluster, links: list[tuple[int, TimeLink]] | None = None) -> None:
        """Take ``other``'s mentions and evidence (``links``: only these of its links).  The lists only
        grow, so the summaries in ``memo`` catch up by themselves."""
        self.members += other.members
        self.links += other.links if links is None else links
        self.relative += other.relative
        self.derived += other.derived

    def _tally(self, dms: list[DocMentions]) -> _Tally:
        tally = self.memo.get("tally")
        if not isinstance(tally, _Tally) or tally.members is not self.members or tally.n > len(self.members):
            tally = self.memo["tally"] = _Tally(self.members)
        if tally.n < len(self.members):
            tally.catch_up(dms)
        return tally

    def actors(self, dms: list[DocMentions]) -> list[str]:
        tally = self._tally(dms)
        if tally.ranked is None or tally.ranked[0] != tally.n:
            c, first = tally.actors, tally.actor_first
            tally.ranked = (tally.n, sorted(c, key=lambda a: (-c[a], first[a])))
        return list(tally.ranked[1])

    def geo(self, dms: list[DocMentions]) -> tuple[set[str], set[str]]:
        """(targets, places) of all members; places leave out countries, too coarse to tell events apart."""
        tally = self._tally(dms)
        return set(tally.geo_t), set(tally.geo_p)

    def modifiers(self, dms: list[DocMentions]) -> set[str]:
        return set(self._tally(dms).mods)

    def actor_counts(self, dms: list[DocMentions]) -> Counter[str]:
        return Counter(self._tally(dms).actors)

    def target_counts(self, dms: list[DocMentions]) -> Counter[str]:
        return Counter(self._tally(dms).targets)

    def targets(self, dms: list[DocMentions]) -> list[str]:
        tally = self._tally(dms)
        c, first = tally.targets, tally.target_first
        return sorted(c, key=lambda t: (-c[t], first[t]))


def _fold(acc: Bounds4 | None, b: Bounds4 | None) -> Bounds4 | None:
    """One step of the start range: intersect with ``b``, ignoring a bound that contradicts the rest."""
    if b is None:
        return acc
    nxt = b if acc is None else intersect(acc, b)
    return acc if nxt is None else nxt


def _start_range(cl: Cluster, docs: list[Document]) -> Bounds4 | None:
    """Bounds from the cluster's strong links and relations only (None when it has none).

    The strong links are folded in order, then the relations' bounds: the fold over the links is
    kept and extended as links are added; the (few) relations' bounds are folded on top per call.
    """
    state = cl.memo.get("range")
    if state is None or state[0] is not cl.links or state[1] > len(cl.links):
        state = (cl.links, 0, None)
    links, n, acc = state
    if n < len(links):
        for d, ln in links[n:]:
            if not ln.weak:
                acc = _fold(acc, bounds_of_link(docs[d].expressions[ln.expression], ln.relation))
        state = (links, len(links), acc)
    cl.memo["range"] = state
    for b in cl.derived:
        acc = _fold(acc, b)
    return acc


def _overlap(a: Bounds4, b: Bounds4) -> bool:
    lo = max((x for x in (a[0], b[0]) if x is not None), default=None)
    hi = min((x for x in (a[1], b[1]) if x is not None), default=None)
    if lo is None or hi is None:
        return False  # an open start is no evidence of sameness
    # by the day: "Yesterday" starts at midnight (a point), "Friday evening" at 17:00-19:00 of that day
    return lo.date() <= hi.date()


def _geo_ok(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """Targets, when both have some, must share one.

    Places alone do not separate events: "in the Kharkiv region" and "toward Balakliia" may be one
    push, and the gazetteer does not know which place lies inside which.
    """
    if a[0] and b[0]:
        return bool(a[0] & b[0])
    return True


def _width(a: Bounds4 | None) -> dt.timedelta | None:
    if a is None or a[0] is None or a[1] is None:
        return None
    return a[1] - a[0]


def _same_time(a: Bounds4 | None, b: Bounds4 | None, geo_match: bool) -> bool:
    """Starts that overlap and are precise enough to tell events apart.

    Within a month for any two events; within a year when they also share a target or a place
    ("seized by Isis in 2014" and "overran Mosul nearly three years ago").
    """
    wa, wb = _width(a), _width(b)
    if a is None or b is None or wa is None or wb is None or not _overlap(a, b):
        return False
    limit = dt.timedelta(days=400 if geo_match else 31)
    return wa <= limit and wb <= limit



def tellable(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A campaign, or an event with an actor, a target or a place: one that can go on the timeline and
    lend dates ("the end of combat operations in Marawi")."""
    return cl.campaign is not None or bool(cl.actors(dms)) or any(cl.geo(dms))


def join_mutual(clusters: list[Cluster], partner: dict[int, int]) -> list[Cluster]:
    """Merge each pair of clusters that are each other's one partner (``partner[k] == j`` and
    ``partner[j] == k``, indices into ``clusters``); the merged cluster takes the place of the first."""
    gone: set[int] = set()
    for k in sorted(partner):
        j = partner[k]
        if j < k or k in gone or j in gone or partner.get(j) != k:
            continue
        clusters[k].absorb(clusters[j])
        if clusters[j].type == "offensive":
            clusters[k].type = "offensive"  # "a massive attack" ... "the offensive": an offensive
        gone.add(j)
    return [cl for k, cl in enumerate(clusters) if k not in gone]
