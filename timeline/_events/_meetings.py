"""Talks across articles: a meeting is where it is held, and "the Lisbon talks" is the one the corpus tells.

- :func:`meeting_places`: the talks a dispatch leads with ("LISBON, May 2 - Envoys of the two parties sat
  down for their first talks on Thursday"; "OSLO, Norway - Peace talks on Kelmar collapsed on Saturday")
  are held where the dispatch is filed from, its dateline's town and country, not in a country named in
  the parties' names ("Kelmar's rebel movement") or the talks' subject ("talks on Kelmar"): a lead mention
  placed only in countries gets the dateline's places; one whose own phrase names a place ("talks in
  Lisbon", "the Lisbon talks"), or that has no place, keeps what it has.
- :func:`merge_meetings`: two dated meetings at one place whose starts allow one day, each the other's only
  fit, are one ("talks collapsed on Saturday", dateline GENEVA; "an earlier attempt, in Geneva nearly three
  months ago"); an undated meeting whose own phrase names its place ("after the Lisbon talks fell
  apart", "at the close of a week of talks in Portugal") is the one meeting at that place that another
  article dates (at least the latest day it began) in the three months before it was written.  Two candidates, and it stays apart.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline._events._cluster import Cluster, _start_range, _width
from timeline._events._dating import Bounds4, intersect
from timeline._events._descriptors import _WORLD
from timeline._events._local import BARE_CLASSES
from timeline._events._mentions import DocMentions, Mention
from timeline._events._retold import _join_the_one
from timeline.model import Document

__all__ = ["dateline_places", "meeting_places", "merge_meetings", "names_parties"]

_MEETING = "meeting"
_MONTHS = frozenset({"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                     "January", "February", "March", "April", "June", "July", "August", "September", "October",
                     "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                     "Sunday"})
#: "LISBON, Portugal, May 2 (Wire) -", "OSLO -", "RIMA, Norway —": the town and the country after it
_DATELINE = re.compile(r"\s*([A-Z][A-Z'\u2019-]+(?:\s[A-Z][A-Z'\u2019-]+){0,2})"
                       r"(?:,\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\.?)?\s*(?:,|\(|\s[-\u2013\u2014]\s)")
_NAME = r"([A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+)?)"
#: the talks' own place: "talks in Lisbon", "consultations at Rima" (a few words on)
_IN = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:in|at)\s+(?:the\s+)?" + _NAME)
_PREMOD = re.compile(_NAME)
_LEAD = 2  # sentences: what a dispatch leads with is its news
_WINDOW = dt.timedelta(days=92)
_MONTH = dt.timedelta(days=31)


def dateline_places(dm: DocMentions) -> list[str]:
    """The dateline's town and country, as names ("RIMA, Norway -" -> ["Rima", "Norway"])."""
    m = _DATELINE.match(dm.text, 0, min(len(dm.text), 60))
    if m is None or m.group(1).split()[0] in ("NEAR", "OUTSIDE"):  # "NEAR KYIV": no town the talks are in
        return []
    town = " ".join("-".join(p.capitalize() for p in w.split("-")) for w in m.group(1).split())
    country = m.group(2) if m.group(2) is not None and m.group(2).split()[0] not in _MONTHS else None
    return [town] + ([country] if country else [])


def own_places(dm: DocMentions, mn: Mention, known: set[str]) -> list[str]:
    """The places (of ``known``) a meeting's own phrase names: "the Lisbon talks", "talks in Lisbon"."""
    out = [m.group(1) for m in _PREMOD.finditer(mn.premod)]
    after = _IN.match(dm.text, mn.end, mn.sent.end)
    if after is not None:
        out.append(after.group(1))
    return [x for x in out if x in known]


def _known(dms: list[DocMentions]) -> set[str]:
    """Every place of the corpus: named by the mentions or the gazetteer, or a dateline's."""
    return {p.name for dm in dms for p in dm.places} | {x for dm in dms for mn in dm.mentions for x in mn.places} \
        | {x for dm in dms for x in dateline_places(dm)}


def meeting_places(dms: list[DocMentions]) -> None:
    """The talks a dispatch leads with are held where it is filed from (in place; see the docstring)."""
    known = _known(dms)
    for dm in dms:
        line = dateline_places(dm)
        if not line:
            continue
        countries = {p.name for p in dm.places if p.place_kind == "country"} | _WORLD
        for mn in dm.mentions:
            if mn.type != _MEETING or mn.sent.index >= _LEAD or mn.tense == "future" or own_places(dm, mn, known):
                continue
            if mn.places and all(p in countries for p in mn.places):  # ("talks last week between X and Y": kept)
                mn.places = list(line)


def merge_meetings(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join an undated meeting that names its place to the one dated meeting there (see the docstring)."""
    dated: list[tuple[Cluster, dt.datetime, set[str]]] = []
    known = _known(dms)
    for cl in clusters:
        b = _start_range(cl, docs) if cl.type == _MEETING and cl.campaign is None else None
        if b is not None and b[1] is not None:  # ("collapsed on Saturday": begun by then)
            dated.append((cl, b[1], _places(cl, dms, known)))
    if not dated:
        return clusters
    at: dict[str, list[int]] = {}  # place -> the dated meetings there (an undated one reads only its places')
    for k, (_g, _start, where) in enumerate(dated):
        for p in sorted(where):
            at.setdefault(p, []).append(k)
    gone: set[int] = set()
    _join_dated(dated, at, docs, dms, gone)
    for cl in clusters:
        if cl.type != _MEETING or cl.campaign is not None or _start_range(cl, docs) is not None or not cl.members:
            continue
        d = cl.members[0][0]
        anchor = docs[d].anchor.value
        own = {p for dd, m in cl.members for p in own_places(dms[dd], dms[dd].mentions[m], known)}
        if anchor is None or not own or any(dd != d for dd, _ in cl.members) or _ahead(cl, dms):
            continue  # ("will attend the Geneva talks", "the next Lisbon talks": another round)
        near = sorted({k for p in own for k in at.get(p, ())})
        fits = [g for g, start, _where in (dated[k] for k in near) if id(g) not in gone
                and anchor - _WINDOW <= start <= anchor and d not in {dd for dd, _ in g.members}]
        _join_the_one(fits, cl, gone)
    return [cl for cl in clusters if id(cl) not in gone]


def _join_dated(dated: list[tuple[Cluster, dt.datetime, set[str]]], at: dict[str, list[int]],
                docs: list[Document], dms: list[DocMentions], gone: set[int]) -> None:
    """"Peace talks collapsed on Saturday" (dateline GENEVA) and "an earlier attempt, in Geneva nearly three
    months ago": two dated meetings at one place, in two articles, whose starts (each known within a month)
    allow one day, each the other's only such fit, and no two different parties named, are one meeting."""
    def fits(k: int) -> list[int]:
        cl, _s, where = dated[k]
        b = _start_range(cl, docs)
        mine = {d for d, _ in cl.members}
        out = []
        for j in sorted({j for p in where for j in at.get(p, ())} - {k}):
            g = dated[j][0]
            gb = _start_range(g, docs)
            if id(g) in gone or mine & {d for d, _ in g.members} or b is None or gb is None:
                continue
            if _narrow(b) and _narrow(gb) and intersect(b, gb) is not None and _same_parties(cl, g, dms):
                out.append(j)
        return out

    for k in range(len(dated)):
        if id(dated[k][0]) in gone:
            continue
        mine = fits(k)
        if len(mine) == 1 and fits(mine[0]) == [k]:
            host, other = dated[k][0], dated[mine[0]][0]
            host.absorb(other)
            host.memo.clear()
            gone.add(id(other))
            dated[k] = (host, dated[k][1], dated[k][2] | dated[mine[0]][2])


#: who met: "talks between Mali's army and the Azawad front" (the capitalised words up to the clause's end)
_BETWEEN = re.compile(r"\s+(?:between|among)\s+([^.;:,]{0,80})")
_NAMEWORD = re.compile(r"\b[A-Z][\w'\u2019-]*")


def _parties(cl: Cluster, dms: list[DocMentions], between_only: bool = False) -> set[str]:
    """The named actors of ``cl`` and the capitalised words of its "between X and Y" phrases."""
    out = set() if between_only else set(cl.actors(dms)) - BARE_CLASSES
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        got = _BETWEEN.match(dms[d].text, mn.end, mn.sent.end)
        if got is not None:
            out.update(w.rstrip("'\u2019s") for w in _NAMEWORD.findall(got.group(1)) if w not in _MONTHS and w != "The")
    return out


def names_parties(dm: DocMentions, mn: Mention) -> bool:
    """Talks told with who met ("talks between the Taliban and Pakistan"): they name somebody."""
    got = _BETWEEN.match(dm.text, mn.end, mn.sent.end) if mn.type == _MEETING else None
    return got is not None and any(w not in _MONTHS and w != "The" for w in _NAMEWORD.findall(got.group(1)))


def _same_parties(a: Cluster, b: Cluster, dms: list[DocMentions]) -> bool:
    """No two sets of parties that share nobody ("talks between Mali and the Azawad front" and "talks
    between Niger and Benin" at one venue in one week are two meetings)."""
    ba, bb = _parties(a, dms, True), _parties(b, dms, True)
    if ba and bb:  # both say who met: the same ("Taliban and Pakistan" is not "Taliban and Iran")
        return ba == bb
    pa, pb = _parties(a, dms), _parties(b, dms)
    return not pa or not pb or bool(pa & pb)


#: a round other than the one told: "the next Geneva talks", "new talks in Lisbon", "a second round"
_ANOTHER = re.compile(r"\b(?:new|next|fresh|another|second|third|fourth|renewed|further|upcoming|planned|proposed|"
                      r"future|coming)\b", re.IGNORECASE)


def _ahead(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A meeting told as to come or as another round ("will attend the Geneva talks", "new talks in Lisbon")."""
    return any(mn.tense == "future" or _ANOTHER.search(mn.premod) is not None
               for mn in (dms[d].mentions[m] for d, m in cl.members))


def _narrow(b: Bounds4) -> bool:
    w = _width(b)
    return w is not None and w <= _MONTH


def _places(cl: Cluster, dms: list[DocMentions], known: set[str]) -> set[str]:
    return {p for d, m in cl.members
            for p in (*dms[d].mentions[m].places, *own_places(dms[d], dms[d].mentions[m], known))}
