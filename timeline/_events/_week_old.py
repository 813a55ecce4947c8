"""A town's fall told a week later by its age, by nobody: the one fall of that town another article dates.

"Zaranj, which fell a week ago, was the first of ..." names no actor and dates the fall only to the week
("a week ago", "last week", "earlier this week"); another article tells "Taliban fighters seized Zaranj on
Friday".  The streaming merge (:mod:`._corefer`) joins a telling by nobody to one by an actor only when
both give the day (or the week-wide one is possessive: "last week's capture of the hill"), and the later
rough-date pass (:func:`._undated.merge_vague`) looks for the vague telling's host by time alone, where an
act at no target ("overran scores of districts over the past three months") may take the fall first and
then keep it from its own day.

:func:`merge_week_old` runs before that pass: a cluster of captures (or entries) of one named target, by
nobody, dated to more than a day and at most :data:`_WEEK`, joins the one cluster of another article that
tells a capture (an entry) of that target dated to a day inside the window.  Two such candidates, or a
telling marked as a second act ("retook", "again"), and it stays apart.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline._events._cluster import Cluster, _overlap, _start_range, _width, family
from timeline._events._mentions import DocMentions
from timeline.model import Document

__all__ = ["merge_week_old"]

_DAY = dt.timedelta(days=1)
_WEEK = dt.timedelta(days=8)
_AGAIN = re.compile(r"^(?:re-?(?:captur|tak|gain|enter|seiz|claim|occup)|regain|win back|won back|take back"
                    r"|took back|retak|recaptur)", re.IGNORECASE)
_FAMILIES = frozenset({"capture"})


def _one_off(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A capture told once, never as a retaking."""
    if cl.campaign is not None or cl.occurrence or family(cl.type) not in _FAMILIES:
        return False
    return not any(_AGAIN.match(dms[d].mentions[m].lemma) or _AGAIN.match(dms[d].mentions[m].word)
                   for d, m in cl.members)


def merge_week_old(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join a week-dated fall by nobody to the one day-dated fall of its target (see the module)."""
    if len(docs) < 2:
        return clusters
    by_target: dict[str, list[Cluster]] = {}
    for cl in clusters:
        w = _width(_start_range(cl, docs))
        if w is not None and w <= _DAY and _one_off(cl, dms):
            for t in cl.geo(dms)[0]:
                by_target.setdefault(t, []).append(cl)
    gone: set[int] = set()
    for cl in clusters:
        b = _start_range(cl, docs)
        w = _width(b)
        targets = cl.geo(dms)[0]
        if b is None or w is None or not _DAY < w <= _WEEK or cl.actors(dms) or not targets \
                or not _one_off(cl, dms):
            continue
        mine = {d for d, _ in cl.members}
        fits: list[Cluster] = []
        for t in sorted(targets):
            for g in by_target.get(t, ()):
                gb = _start_range(g, docs)
                if g in fits or id(g) in gone or gb is None or mine & {d for d, _ in g.members} \
                        or not targets <= g.geo(dms)[0] or not _overlap(b, gb):
                    continue
                fits.append(g)
        if len(fits) != 1:
            continue
        fits[0].absorb(cl)
        fits[0].memo.clear()
        gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]
