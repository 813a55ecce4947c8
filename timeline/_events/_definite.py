"""An undated act that can only be one the reader already knows: "the recapture", "the fall", "the pull-out"
(a definite noun told by nobody, in a dispatch about one town), or "commanders told their troops to pull out
of Hama" (an undated act at a target of its own).

"HAMA - Hama is back in government hands ... Three weeks into the offensive, the recapture is the
heaviest defeat the insurgents have suffered" tells the capture of Hama another article dates ("Monday's
recapture of Hama").  The streaming merge cannot join it (no actor, no date, no target of its own); once
every article is read, it joins the one dated act of its type at its target (else the dispatch's town), told
by another article as starting at most a week before the dispatch (it is news) and not after it, by no other
named actor.  Two candidates, and it stays apart; it lends no date, so it never makes two articles disagree.
"""

from __future__ import annotations

import datetime as dt

from timeline._events._campaigns import main_place
from timeline._events._cluster import Cluster, _start_range
from timeline._events._corpus_names import doc_campaign
from timeline._events._local import BARE_CLASSES
from timeline._events._mentions import DocMentions
from timeline.model import Document

__all__ = ["merge_definite"]

#: Acts done once at a town, which a bare definite noun can only mean the known one of.
_ONCE = frozenset({"capture", "withdrawal", "surrender", "handover"})
_NEWS = dt.timedelta(days=7)


def _lone_definite(cl: Cluster, dms: list[DocMentions], docs: list[Document]) -> bool:
    """An undated act of one article: a definite noun by nobody ("the recapture"), or any telling of the act
    at a target of its own ("commanders told their troops to pull out of X", "units defending X have been
    ordered to fall back")."""
    if cl.campaign is not None or cl.type not in _ONCE or cl.relative or _start_range(cl, docs) is not None:
        return False
    if len({d for d, _ in cl.members}) != 1:
        return False
    mns = [dms[d].mentions[m] for d, m in cl.members]
    if any(mn.possessive_time or mn.plural for mn in mns):
        return False  # ("Sunday's fall": a day of its own, for merge_backrefs)
    if cl.geo(dms)[0]:
        return True
    return not set(cl.actors(dms)) - BARE_CLASSES and all(mn.nominal and mn.definite for mn in mns)


def merge_definite(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join each lone undated definite act to the one dated act it can only mean (module docstring)."""
    lone = [cl for cl in clusters if _lone_definite(cl, dms, docs)]
    if not lone:
        return clusters
    by_target: dict[tuple[str, str], list[tuple[Cluster, dt.datetime]]] = {}
    for cl in clusters:
        b = _start_range(cl, docs)
        if cl.campaign is None and cl.type in _ONCE and b is not None and b[0] is not None and b[1] is not None \
                and b[1] - b[0] <= dt.timedelta(days=1):
            for t in sorted(cl.geo(dms)[0]):
                by_target.setdefault((cl.type, t), []).append((cl, b[0]))
    known = {t for _type, t in by_target}
    gone: set[int] = set()
    for cl in lone:
        d = cl.members[0][0]
        anchor = docs[d].anchor.value
        targets = cl.geo(dms)[0]
        place = next(iter(targets)) if len(targets) == 1 else None
        if not targets:
            place = main_place(dms[d]) or doc_campaign(dms[d], known)
        if anchor is None or place is None:
            continue
        day = dt.datetime(anchor.year, anchor.month, anchor.day)
        acts = set(cl.actors(dms)) - BARE_CLASSES
        fits = [g for g, start in by_target.get((cl.type, place), ())
                if id(g) not in gone and d not in {x for x, _ in g.members} and day - _NEWS <= start <= day
                and not (acts and set(g.actors(dms)) - BARE_CLASSES and not acts & set(g.actors(dms)))]
        if len(fits) == 1:
            fits[0].absorb(cl)
            fits[0].memo.clear()
            gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]
