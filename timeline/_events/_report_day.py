"""An act told undated in a dispatch of its own day joins the one dated telling of it (session 11).

"A statement read on state television declared a state of emergency for one year" in a dispatch published on
the day of a coup gives the declaration no date of its own; a later article dates it ("since the state of
emergency was declared on February 1").  The undated telling is bounded by its report: a past act told as
news is done by the article's day, and most often on it.  :func:`merge_report_day` joins such a cluster when

- it has no date at all (no link but a duration's, no age, nothing derived), all its mentions in one article with a known day,
  every mention told in the past and not as one of several ("a second curfew", "again");
- its act is a proclamation or a civil act done once (:data:`._civil.CIVIL_FAMILIES`: "declared a state of
  emergency", "imposed a curfew", "cut the internet", "called a general strike"), and what it was done to is one class
  (:func:`._acted_on.acted_on`: "emergency", "curfew", "internet", ...);
- exactly one cluster of another article, of that family and object, is dated to a day that lies on the
  report's day or the two days before it, with no named actor apart and no place apart.

Two candidates, or a candidate of another object ("imposed a curfew" and "declared a state of emergency" of
one day), and it stays apart.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline._events._acted_on import acted_on
from timeline._events._civil import CIVIL_FAMILIES
from timeline._events._cluster import Cluster, _start_range, _width, family
from timeline._events._local import BARE_CLASSES
from timeline._events._mentions import DocMentions
from timeline._events._nps import RENEWED
from timeline.model import Document

__all__ = ["merge_report_day"]

_DAY = dt.timedelta(days=1)
_BEFORE = dt.timedelta(days=2)  # how far before its report an undated act told as news may lie
_KINDS = CIVIL_FAMILIES | {"proclamation"}
_SEVERAL = re.compile(r"\b(?:" + "|".join((*RENEWED, "again", "anew", "once more", "repeated", "further")) + r")\b",
                      re.IGNORECASE)


def _what(cl: Cluster, dms: list[DocMentions]) -> str | None:
    """The one class of what all the cluster's mentions were done to, or ``None``."""
    found = {acted_on(dms[d], dms[d].mentions[m]) for d, m in cl.members}
    return found.pop() if len(found) == 1 else None


def _undated(cl: Cluster, docs: list[Document], dms: list[DocMentions]) -> dt.datetime | None:
    """The report day of an undated past telling (see the module), or ``None``."""
    if cl.relative or cl.derived or cl.occurrence or cl.campaign is not None:
        return None
    if any(ln.relation != "lasts" for _, ln in cl.links):
        return None  # ("for one year" says how long, not when)
    ds = {d for d, _ in cl.members}
    if len(ds) != 1:
        return None
    d = next(iter(ds))
    day = docs[d].anchor.value
    if day is None:
        return None
    for _, m in cl.members:
        mn = dms[d].mentions[m]
        if mn.tense != "past" or _SEVERAL.search(dms[d].text, max(mn.sent.start, mn.start - 40), mn.end + 40):
            return None
    return day


def _apart(a: Cluster, b: Cluster, dms: list[DocMentions]) -> bool:
    """Named actors apart, or places apart."""
    na, nb = set(a.actors(dms)) - BARE_CLASSES, set(b.actors(dms)) - BARE_CLASSES
    if na and nb and not na & nb:
        return True
    (ta, pa), (tb, pb) = a.geo(dms), b.geo(dms)
    return bool(ta | pa and tb | pb and not (ta | pa) & (tb | pb))


def merge_report_day(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join each undated telling to the one dated telling the policy above finds (see the module)."""
    if len(docs) < 2:
        return clusters
    undated: list[tuple[Cluster, dt.datetime, str, str]] = []
    dated: dict[tuple[str, str], list[tuple[Cluster, dt.datetime]]] = {}
    for cl in clusters:
        fam = family(cl.type)
        if fam not in _KINDS:
            continue
        what = _what(cl, dms)
        if what is None:
            continue
        day = _undated(cl, docs, dms)
        if day is not None:
            undated.append((cl, day, fam, what))
            continue
        b = _start_range(cl, docs)
        w = _width(b)
        if b is not None and b[0] is not None and w is not None and w <= _DAY:
            dated.setdefault((fam, what), []).append((cl, b[0]))
    gone: set[int] = set()
    for cl, day, fam, what in undated:
        mine = {d for d, _ in cl.members}
        fits = [g for g, start in dated.get((fam, what), ())
                if id(g) not in gone and not mine & {d for d, _ in g.members}
                and day - _BEFORE <= start < day + _DAY and not _apart(cl, g, dms)]
        if len(fits) == 1:
            fits[0].absorb(cl)
            fits[0].memo.clear()
            gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]
