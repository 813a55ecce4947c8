"""A campaign halted, told by two articles: "The Emirates have paused their offensive on the port, a minister
said on Sunday" and, months later, "The campaign was halted in July and revived in September".

A halt (pause, suspension) is told together with what it halts: the campaign noun it governs ("paused
*its offensive*", "suspended *the operation*") or whose passive it tells ("*The campaign* was halted"; a
bare definite noun, in an article that tells one campaign, is that campaign).
Two halts of one campaign (the noun's cluster, as the merge passes left it, the campaign's name the two
noun phrases give: "called a halt to its Decisive Storm air offensive" and "was ending Operation Decisive
Storm", or one head noun at one place: "the military operation in Georgia", "its operation in Georgia") in two
articles, whose dates allow one day, are one halt: only when both are dated and each is the
other's only such fit (a campaign halted twice, and told so, keeps both).  The halts told by a phrase the
lexicon lacks ("called a halt to", "was ending Operation X") are found by :mod:`._halt_acts`.
"""

from __future__ import annotations

import re

from timeline._events._campaigns import HEADS
from timeline._events._cluster import Cluster, _overlap, _start_range
from timeline._events._halt_acts import halt_name, halted_campaign
from timeline._events._mentions import DocMentions, Mention
from timeline.model import Document

__all__ = ["merge_halts"]

_HALT = "suspension"
#: halts told by an order or a declaration, whose campaign noun comes a few words on
_BY_ORDER = frozenset(["order halt to", "announce halt to", "declare end to"])
#: "paused its offensive", "halted the Emirati-led operation"
_OBJECT = re.compile(r"\s+(?:its|their|the|his|her)\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[a-z-]+)\b")
#: "The campaign was halted", "the offensive, which was paused"
_PASSIVE = re.compile(r"(?P<noun>[a-z-]+)(?:\s*,\s*which)?\s+(?:was|were|has\s+been|had\s+been|is\s+being)\s+$")


def _halted(dm: DocMentions, mn: Mention) -> Mention | None:
    """The campaign noun mention a halt governs, or None."""
    if mn.nominal:
        return None
    told = halted_campaign(dm, mn)  # "called a halt to its air offensive", "was ending Operation X"
    if told is not None:
        return told
    if mn.lemma in _BY_ORDER:
        # "ordered a halt to the military operation in Georgia", "announced that its operation was over": the
        # first campaign noun the sentence tells after the verb
        return next((x for x in dm.mentions_starting(mn.end, min(mn.sent.end, mn.end + 80))
                     if x.nominal and x.word.lower() in HEADS), None)
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
    named: dict[int, set[str]] = {}  # halt cluster -> the campaign names its noun phrases give
    sites: dict[int, set[str]] = {}  # halt cluster -> the head noun and place of the campaign it halts
    for cl in halts:
        for d, m in cl.members:
            name = halt_name(dms[d], dms[d].mentions[m]) if not dms[d].mentions[m].nominal else None
            if name is not None:
                named.setdefault(id(cl), set()).add(name.lower())
            noun = _halted(dms[d], dms[d].mentions[m])
            if noun is not None and noun.places:
                # "ordered a halt to the military operation in Georgia" / "its operation in Georgia was over"
                sites.setdefault(id(cl), set()).add(f"{noun.word.lower()}@{noun.places[0]}")
            got = owner.get((d, noun.index)) if noun is not None else None
            if noun is not None and got is not None and clusters[got].campaign is None and noun.definite \
                    and not noun.places and not noun.targets:
                # "The campaign was halted", in an article about one campaign: that campaign
                own = sorted(campaigns_of.get(d, ()))
                got = own[0] if len(own) == 1 else got
            if got is not None:
                of.setdefault(id(cl), set()).add(got)
    rows = [cl for cl in halts if len(of.get(id(cl), ())) == 1 and len(named.get(id(cl), ())) <= 1]
    key = _campaign_keys(rows, of, {k: named.get(k, set()) | sites.get(k, set()) for k in {*named, *sites}})
    by_campaign: dict[str, list[Cluster]] = {}  # a halt is compared only with halts of its campaign
    for cl in rows:
        by_campaign.setdefault(key[id(cl)], []).append(cl)

    def fits(a: Cluster) -> list[Cluster]:
        ba = _start_range(a, docs) or (None, None, None, None)
        da = {d for d, _ in a.members}
        return [b for b in by_campaign[key[id(a)]] if b is not a and not da & {d for d, _ in b.members}
                and _overlap(ba, _start_range(b, docs) or (None, None, None, None))]  # by the day

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


def _campaign_keys(rows: list[Cluster], of: dict[int, set[int]], named: dict[int, set[str]]) -> dict[int, str]:
    """One key per campaign: halts of one campaign cluster, or of one campaign name, share it (a union of both)."""
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    for cl in rows:
        keys = [f"cluster:{min(of[id(cl)])}", *(f"name:{n}" for n in named.get(id(cl), ()))]
        for k in keys[1:]:
            a, b = find(keys[0]), find(k)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {id(cl): find(f"cluster:{min(of[id(cl)])}") for cl in rows}
