"""The merge of the tellings of one disaster, accident or rescue (the vocabulary and the marks: :mod:`._disaster`).

One article's two tellings of one act of one type on one day ("a giant drill began boring the shaft late on
Monday"; "the machine went to work at 10:25 p.m.") are one event first.  Then two tellings of one accident, one
find, one stage of the drilling, one test or one rescue, in disjoint articles, are one event when their types are
of one group (:data:`._disaster.DISASTER_GROUPS`), their dated starts (each within three days; from a relation of
the article when no date of its own: "a second rockfall two days after the accident") share a day, the sites their
articles name do not differ, and both are first tellings or both ordinal ones ("a second cave-in" is never the
first); each must be the other's only candidate.  An accident told only by the age of the ordeal it began ("nine
weeks into their ordeal") joins the one accident at its site that another article dates, even a month apart, so
that the reasoning stage reports an age that does not fit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline._events._cluster import Cluster, _overlap, _width, join_mutual
from timeline._events._dating import Bounds4, intersect, relative_bounds
from timeline._events._disaster import DISASTER_GROUPS, doc_site, ordinal_of
from timeline._events._mentions import DocMentions
from timeline._events._scored import own_start
from timeline.model import Document

__all__ = ["merge_disasters"]

_FEW = dt.timedelta(days=3)
#: How far an accident dated only by an ordeal's age may lie from its dated telling and still be that accident (the
#: disagreement is then the reasoning stage's to report).
_AGE_SLACK = dt.timedelta(days=31)
#: Relations that count an accident's age ("nine weeks into their ordeal", "trapped for 17 days since").
_AGES = frozenset({"ago", "into", "since"})

@dataclass(frozen=True)
class _Side:
    """What a cluster of a disaster type says: its group and types, articles, start, site, ordinal, and whether
    only an age dates it."""

    group: str
    types: frozenset[str]
    docs: frozenset[int]
    start: Bounds4
    site: str | None
    ordinal: str
    aged: bool


def _sides(clusters: list[Cluster], dms: list[DocMentions], docs: list[Document]) -> dict[int, _Side]:
    """Per cluster of a disaster type, what it says (see :class:`_Side`)."""
    out: dict[int, _Side] = {}
    site_of: dict[int, str | None] = {}
    for k, cl in enumerate(clusters):
        types = frozenset(dms[d].mentions[m].type for d, m in cl.members)
        groups = {DISASTER_GROUPS.get(t) for t in types}
        if len(groups) != 1 or None in groups or cl.campaign is not None:
            continue
        # (a repeat of an act told once, "on Thursday and again on Friday", is kept: its ordinal is read below)
        aged = not any(not ln.weak for _d, ln in cl.links) and any(r.kind in _AGES for _d, r in cl.relative)
        start = own_start(cl, docs)
        if aged:  # "nine weeks into their ordeal": the age bounds the start
            for _d, r in cl.relative:
                b = relative_bounds(r) if r.kind in _AGES else None
                if b is not None:
                    start = b if start is None else (intersect(start, b) or start)
        if start is None:  # "a second rockfall two days after the accident": dated through its article's relation
            for b in cl.derived:
                start = b if start is None else (intersect(start, b) or start)
        w = _width(start)
        if start is None or w is None or start[0] is None or start[1] is None:
            continue
        if w > _FEW and not aged:
            continue
        for d, _m in cl.members:
            if d not in site_of:
                site_of[d] = doc_site(dms[d])
        sites = {s for d, _m in cl.members if (s := site_of[d]) is not None}
        ords = {ordinal_of(dms[d].text, dms[d].mentions[m]) for d, m in cl.members}
        out[k] = _Side(groups.pop() or "", types, frozenset(d for d, _ in cl.members), start,
                       next(iter(sites)) if len(sites) == 1 else None, "second" if ords - {""} else "", aged)
    return out


def _days(a: Bounds4) -> tuple[dt.date, dt.date]:
    assert a[0] is not None and a[1] is not None
    return a[0].date(), a[1].date()


def _near_days(a: Bounds4, b: Bounds4, slack: dt.timedelta) -> bool:
    """Whether two starts share a day once widened by ``slack`` on each side (with no slack, :func:`._cluster._overlap`:
    the day is the grain of these acts, "late on Monday" and "at 10:25 p.m." are one evening's)."""
    (alo, ahi), (blo, bhi) = _days(a), _days(b)
    return alo - slack <= bhi and blo - slack <= ahi


def _pairs(sides: dict[int, _Side], within: bool) -> dict[int, int]:
    """Each side's one partner: of one article (``within``: one type, one day) or of disjoint articles."""
    cands: dict[int, list[int]] = {}
    keys = sorted(sides)
    for i, k in enumerate(keys):
        a = sides[k]
        for j in keys[i + 1 :]:
            b = sides[j]
            if a.group != b.group or a.ordinal != b.ordinal:
                continue  # ("a second cave-in" is never the first)
            if within:
                if a.docs != b.docs or len(a.docs) != 1 or a.types != b.types or a.aged or b.aged or \
                        not _overlap(a.start, b.start):
                    continue
            else:
                if a.docs & b.docs:
                    continue
                if a.site is not None and b.site is not None and a.site.lower() != b.site.lower():
                    continue  # two accidents at two sites
                if a.aged or b.aged:
                    if a.aged == b.aged or a.group != "accident" or a.site is None or b.site is None or \
                            not _near_days(a.start, b.start, _AGE_SLACK):
                        continue  # (an age joins only a dated telling of one accident at one site)
                elif not _overlap(a.start, b.start):
                    continue
            cands.setdefault(k, []).append(j)
            cands.setdefault(j, []).append(k)
    return {k: js[0] for k, js in cands.items() if len(js) == 1}


def merge_disasters(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Merge one article's two tellings of one act of a disaster type on one day, then each pair of clusters of
    disjoint articles that tell one accident, find, drilling stage, test or rescue, each the other's only candidate
    (see the module); the merged cluster takes the place of the first."""
    clusters = join_mutual(clusters, _pairs(_sides(clusters, dms, docs), within=True))
    if len(docs) < 2:
        return clusters
    return join_mutual(clusters, _pairs(_sides(clusters, dms, docs), within=False))
