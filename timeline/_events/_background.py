"""Background facts told again: one proclamation, one accord, one truce, told by several articles with
no place of their own.

"whose self-styled republic was proclaimed in May last year" and "since they proclaimed it in May 2016"
(two articles) tell one proclamation; "the envoys agreed on Tuesday on a peace plan" (dateline GENEVA)
and "the Geneva accord of early March" one accord; "a truce that is to take hold from Friday, March 6"
and "a truce that was barely three days old" (written March 9) one truce.  The streaming merge keeps them
apart: they name no actor or target in common.

Only for acts a war has few of (:data:`ONCE_TYPES`), and only when nothing tells them apart: starts
that overlap, none wider than two months; no two named actors that differ (a place written as an actor,
"the Geneva accord", counts as a place); no two sets of places or targets that differ.  Tellings of one
day (at most a day wide) are joined first; a wider telling ("in mid-March") then joins the one day-dated
telling it fits, and two wider ones join each other only when each is the other's only fit.  Two
candidates, and a telling stays apart: a long corpus with two accords in one month keeps both.
"""

from __future__ import annotations

import datetime as dt

from timeline._events._campaigns import _start
from timeline._events._cluster import Cluster, _overlap, _width
from timeline._events._dating import Bounds4, bounds_of_link, intersect, relative_bounds
from timeline._events._local import BARE_CLASSES
from timeline._events._mentions import DocMentions
from timeline._events._spellings import _COUNTRIES
from timeline.model import Document

__all__ = ["ONCE_TYPES", "OWN_AGE", "links_agree", "merge_background"]

#: Acts a war has few of, told as background with no place of their own.
ONCE_TYPES = frozenset({"proclamation", "agreement", "ceasefire", "annexation"})
#: Votes of a whole people: one announced ballot ("plans to hold a referendum on May 4") and the ballot
#: told on its day ("followed the referendum on Sunday") are one vote; other votes (a council's, an
#: assembly's) are many and never join here.
_BALLOTS = frozenset({"referendum", "plebiscite"})
#: Nouns whose age is their own ("a truce that was barely four days old", "the truce, in its third day"),
#: not that of the campaign around them.
OWN_AGE = frozenset({"ceasefire", "strike_action", "protest"})  # (a strike, protests: their own age)
_DAY = dt.timedelta(days=1)
_WIDEST = dt.timedelta(days=62)

_Row = tuple[Cluster, Bounds4, set[str], set[str], frozenset[int]]


def links_agree(a: Cluster, b: Cluster, docs: list[Document]) -> bool:
    """Whether every dated link of one cluster allows every dated link of the other ("agreed on Thursday"
    and "the accord ... now looks close to collapse", read as its end: not one act, or a misread link,
    and either way no merge that the reasoning stage would report as two articles disagreeing)."""
    def bounds(cl: Cluster) -> list[Bounds4]:
        out = [bounds_of_link(docs[d].expressions[ln.expression], ln.relation) for d, ln in cl.links if not ln.weak]
        out += [relative_bounds(r) for _d, r in cl.relative]
        return [x for x in out if x is not None]

    mine, theirs = bounds(a), bounds(b)
    return all(intersect(x, y) is not None for x in mine for y in theirs)


def _row(cl: Cluster, docs: list[Document], dms: list[DocMentions], places: frozenset[str]) -> _Row | None:
    if cl.campaign is not None or (cl.type not in ONCE_TYPES and _ballot(cl, dms) is None):
        return None
    b = _start(cl, docs)
    w = _width(b)
    if b is None or w is None or w > _WIDEST:
        return None
    acts = set(cl.actors(dms))
    geo = {g for g in cl.geo(dms)[0] | cl.geo(dms)[1] | (acts & places) if g not in _COUNTRIES}
    return cl, b, acts - places - BARE_CLASSES, geo, frozenset(d for d, _ in cl.members)


def _ballot(cl: Cluster, dms: list[DocMentions]) -> str | None:
    """The ballot noun of a vote cluster ("the independence referendum"), None for other votes."""
    if cl.type != "vote":
        return None
    words = sorted({dms[d].mentions[k].word.lower() for d, k in cl.members
                    if dms[d].mentions[k].nominal} & _BALLOTS)
    return words[0] if words else None


def _fit(a: _Row, b: _Row, docs: list[Document]) -> bool:
    """Nothing tells the two apart: other articles, the same type, overlapping starts, no named actors or
    places that differ, no dates that contradict each other."""
    if a[0] is b[0] or a[0].type != b[0].type or a[4] & b[4] or not _overlap(a[1], b[1]):
        return False
    if a[2] and b[2] and not a[2] & b[2]:
        return False
    return not (a[3] and b[3] and not a[3] & b[3]) and links_agree(a[0], b[0], docs)


def merge_background(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join the tellings of one background fact (see the module's docstring)."""
    places = frozenset(p.name for dm in dms for p in dm.places) | frozenset(
        x for dm in dms for mn in dm.mentions for x in (*mn.places, *mn.targets))
    rows = [r for r in (_row(cl, docs, dms, places) for cl in clusters) if r is not None]
    if len(rows) < 2:
        return clusters
    by_type: dict[str, list[_Row]] = {}
    for r in rows:
        by_type.setdefault(_ballot(r[0], dms) or r[0].type, []).append(r)
    gone: set[int] = set()
    for group in by_type.values():
        if len(group) > 1:
            _join_group(group, gone, docs)
    return [cl for cl in clusters if id(cl) not in gone]


class _Pool:
    """Rows indexed by the days their start may fall on (at most two months each), so that a telling is
    compared only with those it may overlap: a corpus of thousands of truces stays linear."""

    def __init__(self) -> None:
        self.rows: list[_Row] = []
        self.days: dict[dt.date, list[int]] = {}

    def add(self, r: _Row) -> None:
        k = len(self.rows)
        self.rows.append(r)
        for day in _days(r[1]):
            self.days.setdefault(day, []).append(k)

    def near(self, r: _Row, gone: set[int]) -> list[int]:
        ks = sorted({k for day in _days(r[1]) for k in self.days.get(day, ())})
        return [k for k in ks if id(self.rows[k][0]) not in gone and self.rows[k][0] is not r[0]]


def _days(b: Bounds4) -> list[dt.date]:
    assert b[0] is not None and b[1] is not None
    first, n = b[0].date(), (b[1].date() - b[0].date()).days
    return [first + dt.timedelta(days=k) for k in range(n + 1)]


def _join_group(rows: list[_Row], gone: set[int], docs: list[Document]) -> None:
    # one day: a telling joins the one earlier telling it fits, when no other one of its days is left
    heads = _Pool()
    for r in (r for r in rows if _narrow(r[1])):
        near = heads.near(r, gone)
        fits = [k for k in near if _fit(heads.rows[k], r, docs)]
        if len(fits) == 1 and len(near) == 1:
            _absorb(heads, fits[0], r, gone)
        else:
            heads.add(r)
    # a wider telling ("in mid-March") joins the one day-dated telling it fits
    pending = _Pool()
    for r in (r for r in rows if not _narrow(r[1])):
        fits = [k for k in heads.near(r, gone) if _fit(heads.rows[k], r, docs)]
        if len(fits) == 1:
            _absorb(heads, fits[0], r, gone)
        elif not fits:
            pending.add(r)
    # two wider tellings, each the other's only fit
    for r in list(pending.rows):
        if id(r[0]) in gone:
            continue
        fits = [k for k in pending.near(r, gone) if _fit(pending.rows[k], r, docs)]
        if len(fits) != 1:
            continue
        other = pending.rows[fits[0]]
        back = [k for k in pending.near(other, gone) if _fit(pending.rows[k], other, docs)]
        if len(back) == 1 and pending.rows[back[0]][0] is r[0]:
            _absorb(pending, fits[0], r, gone)


def _narrow(b: Bounds4) -> bool:
    w = _width(b)
    return w is not None and w <= _DAY


def _absorb(pool: _Pool, k: int, r: _Row, gone: set[int]) -> None:
    """Row ``k`` of ``pool`` takes ``r`` in; its start range narrows to what both allow."""
    host = pool.rows[k]
    host[0].absorb(r[0])
    host[0].memo.clear()
    gone.add(id(r[0]))
    lo = max(x for x in (host[1][0], r[1][0]) if x is not None)
    hi = min(x for x in (host[1][1], r[1][1]) if x is not None)
    pool.rows[k] = (host[0], (min(lo, hi), hi, host[1][2], host[1][3]), host[2] | r[2], host[3] | r[3], host[4] | r[4])
