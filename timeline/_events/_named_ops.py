"""A bare "the offensive" is the named operation the corpus knows.

"The army launched Operation Desert Anvil against the militias on Tuesday" and, two weeks later in another
article that names no operation of its own, "aid workers said the offensive had driven 40,000 people from
their homes": the definite noun, told by nobody and nowhere and undated, can only mean the one named
operation another article dates as begun in the month before it was written.  :func:`merge_named_operation`
joins it there (it lends no date, so it never makes two articles disagree).

It stays apart when its article names or dates an offensive of its own, when it names an actor the
operation does not have, when it is "a new", "second" or "another" offensive, or when two named operations
began in that month.
"""

from __future__ import annotations

import datetime as dt

from timeline._events._cluster import Cluster, _start_range
from timeline._events._dating import Bounds4, intersect, relative_bounds
from timeline._events._local import BARE_CLASSES
from timeline._events._mentions import DocMentions
from timeline._events._retold import _join_the_one
from timeline._events._twice import _ONE_OF_SEVERAL
from timeline.model import Document

__all__ = ["merge_named_operation"]

_MONTH = dt.timedelta(days=31)
_BARE = "offensive"


def _lone(cl: Cluster, docs: list[Document], dms: list[DocMentions]) -> bool:
    """An undated "the offensive" of one article, by no named actor, at no target."""
    if cl.campaign is not None or cl.type != _BARE or cl.relative or _start_range(cl, docs) is not None \
            or len({d for d, _ in cl.members}) != 1 or cl.geo(dms)[0] or set(cl.actors(dms)) - BARE_CLASSES:
        return False
    return all(mn.nominal and mn.definite and not mn.plural and not mn.possessive_time
               and _ONE_OF_SEVERAL.search(mn.premod) is None for mn in (dms[d].mentions[m] for d, m in cl.members))


def _begun(cl: Cluster, docs: list[Document]) -> Bounds4 | None:
    """Its start: from its links, else from what its relative phrases say ("for a second day on Wednesday")."""
    b = _start_range(cl, docs)
    for _d, r in cl.relative:
        rb = relative_bounds(r)
        if rb is not None:
            b = rb if b is None else (intersect(b, rb) or b)
    return b


def merge_named_operation(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join each lone undated "the offensive" to the one named operation begun in the month before its article
    (see the module's docstring)."""
    named: list[tuple[Cluster, dt.datetime]] = []
    own: set[int] = set()  # articles that tell an operation, or a dated offensive, of their own
    for cl in clusters:
        b = _begun(cl, docs)
        is_named = cl.campaign is not None and any(dms[d].mentions[m].named for d, m in cl.members)
        if is_named or (cl.type == _BARE and b is not None):
            own.update(d for d, _ in cl.members)
        if is_named and b is not None and b[0] is not None and b[1] is not None and b[1] - b[0] <= _MONTH:
            named.append((cl, b[0]))
    if not named:
        return clusters
    gone: set[int] = set()
    for cl in clusters:
        if not _lone(cl, docs, dms):
            continue
        d = cl.members[0][0]
        anchor = docs[d].anchor.value
        if anchor is None or d in own:
            continue
        fits = [g for g, start in named if id(g) not in gone and anchor - _MONTH <= start <= anchor]
        _join_the_one(fits, cl, gone)
    return [cl for cl in clusters if id(cl) not in gone]
