"""A bare event noun told by its own day is an act of its own (session 11).

Assembly keeps a bare noun that names nobody and nowhere only when it is the one act of its kind its
article tells: "pushed into the city on Monday ... Yesterday's advance ran into car bombs" is that push
retold.  But a noun owned by a day ("Sunday's raid", "last week's crackdown") that no other act of its
kind in the article shares is no retelling: "Police fired tear gas at crowds on Wednesday.  Sunday's raid
on the camp, in which 12 died, had drawn condemnation" tells two acts.  This module says when.
"""

from __future__ import annotations

import re

from timeline._events._cluster import Cluster
from timeline._events._dating import Bounds4
from timeline._events._mentions import DocMentions

__all__ = ["apart_by_day"]

#: a noun owned by a period other than a named day: "last week's raid", "Saturday night's strikes"
_PERIOD_OWNED = re.compile(r"\b(?:week|weekend|month|year|night|morning|evening|afternoon)['\u2019]s$", re.IGNORECASE)


def _disjoint(a: Bounds4, b: Bounds4) -> bool:
    """Whether two events' possible starts cannot meet (both known on both sides)."""
    if a[0] is None or a[1] is None or b[0] is None or b[1] is None:
        return False
    return a[1] < b[0] or b[1] < a[0]


def apart_by_day(k: int, cl: Cluster, dms: list[DocMentions], owner: dict[tuple[int, int], int],
                 accs: list[Bounds4], of_type: dict[tuple[int, str], list[int]]) -> bool:
    """Whether every mention of ``cl`` (the event of row ``k``) is a singular noun owned by a day, and every
    other act of its kind in its article (``of_type``: the mentions of each article and type) is an event whose
    start cannot meet this one's."""
    if not cl.members or cl.type == "vote":
        return False  # (a vote is told by its country, see _assemble._national)
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        if not mn.nominal or mn.plural or not (mn.possessive_time or _PERIOD_OWNED.search(mn.premod)):
            return False
        for m2 in of_type.get((d, mn.type), []):
            if m2 == m:
                continue
            j = owner.get((d, m2))
            if j == k:
                continue
            if j is None or not _disjoint(accs[j], accs[k]):
                return False  # undated, or on a day this one may share: most likely it, retold
    return True
