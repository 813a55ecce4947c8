"""A campaign halted, told by two articles: "The Emirates have paused their offensive on the port, a minister
said on Sunday" and, months later, "The campaign was halted in July and revived in September".

A halt (pause, suspension) is told together with what it halts: the campaign noun it governs ("paused
*its offensive*", "suspended *the operation*") or whose passive it tells ("*The campaign* was halted"; a
bare definite noun, in an article that tells one campaign, is that campaign).
Two halts of one campaign (the noun's cluster, as the merge passes left it) in two articles, whose dates
allow one day, are one halt: only when both are dated and each is the other's only such fit (a campaign
halted twice, and told so, keeps both).
"""

from __future__ import annotations

import re

from timeline._events._campaigns import HEADS
from timeline._events._cluster import Cluster, _start_range
from timeline._events._dating import intersect
from timeline._events._mentions import DocMentions, Mention
from timeline.model import Document

__all__ = ["merge_halts"]

_HALT = "suspension"
#: "paused its offensive", "halted the Emirati-led operation"
_OBJECT = re.compile(r"\s+(?:its|their|the|his|her)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[a-z-]+)\b")
#: "The campaign was halted", "the offensive, which was paused"
_PASSIVE = re.compile(r"(?P<noun>[a-z-]+)(?:\s*,\s*which)?\s+(?:was|were|has\s+been|had\s+been|is\s+being)\s+$")


def _halted(dm: DocMentions, mn: Mention) -> Mention | None:
    """The campaign noun mention a halt governs, or None."""
    if mn.nominal:
        return None
    m = _OBJECT.match(dm.text, mn.end, mn.sent.end)
    if m is None:
        m = _PASSIVE.search(dm.text, max(mn.sent.start, mn.start - 60), mn.start)
    if m is None or m.group("noun") not in HEADS:
        return None
    return next((x for x in dm.mentions_starting(m.start("noun"), m.end("noun")) if x.nominal), None)


def merge_halts(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join two tellings of one campaign's halt (see the module's docstring)."""
    halts = [cl for cl in clusters if cl.type == _HALT and cl.campaign is None]
    if len(halts) < 2:
        return clusters
    owner = {(d, m): k for k, cl in enumerate(clusters) for d, m in cl.members}
    campaigns_of: dict[int, set[int]] = {}  # document -> its campaign clusters
    for k, c in enumerate(clusters):
        if c.campaign is not None:
            for d, _m in c.members:
                campaigns_of.setdefault(d, set()).add(k)
    of: dict[int, set[int]] = {}  # halt cluster -> the clusters of the campaigns it halts
    for cl in halts:
        for d, m in cl.members:
            noun = _halted(dms[d], dms[d].mentions[m])
            got = owner.get((d, noun.index)) if noun is not None else None
            if noun is not None and got is not None and clusters[got].campaign is None and noun.definite \
                    and not noun.places and not noun.targets:
                # "The campaign was halted", in an article about one campaign: that campaign
                own = sorted(campaigns_of.get(d, ()))
                got = own[0] if len(own) == 1 else got
            if got is not None:
                of.setdefault(id(cl), set()).add(got)
    rows = [cl for cl in halts if len(of.get(id(cl), ())) == 1]
    by_campaign: dict[int, list[Cluster]] = {}  # a halt is compared only with halts of its campaign
    for cl in rows:
        by_campaign.setdefault(min(of[id(cl)]), []).append(cl)

    def fits(a: Cluster) -> list[Cluster]:
        ba = _start_range(a, docs) or (None, None, None, None)
        da = {d for d, _ in a.members}
        return [b for b in by_campaign[min(of[id(a)])] if b is not a and not da & {d for d, _ in b.members}
                and intersect(ba, _start_range(b, docs) or (None, None, None, None)) is not None]

    gone: set[int] = set()
    for cl in rows:
        if id(cl) in gone:
            continue
        mine = [b for b in fits(cl) if id(b) not in gone]
        if len(mine) != 1 or [b for b in fits(mine[0]) if id(b) not in gone] != [cl]:
            continue
        if _start_range(cl, docs) is None or _start_range(mine[0], docs) is None:
            continue  # an undated halt ("has suspended its offensive on X"): nothing says it is the dated one
        cl.absorb(mine[0])
        cl.memo.clear()
        gone.add(id(mine[0]))
    return [cl for cl in clusters if id(cl) not in gone]
