"""A campaign told by its head noun or by its opening act, in an article that does not name it.

- "Four weeks into the counteroffensive", in an article that names no campaign: the one campaign of
  the corpus called a counteroffensive (:func:`by_head_noun`, for the event-relative phrases).
- "More than 200 people have died in the district since the assault began on the night of May 3", in a
  dispatch that names Port Vell, when the corpus's one campaign called an assault is the assault on Port
  Vell: the bare noun is that campaign, and its date is the campaign's start (:func:`merge_openings`).
- "Government troops have been firing rockets and shells at Port Vell since Friday": an attack told as
  going on since a day, on the place of the corpus's one campaign at that place (another article: "the
  government assault on Port Vell entered its second month"), is that campaign told with its start.

Both need one and only one campaign, every sign agreeing: the place named by the article (or the act's
target), the act's actor as the campaign's (a shared actor, or its name in the campaign's phrase: "the
government assault"), a start that overlaps what the campaign's other articles count ("now in its third
week"), and an article that does not tell the campaign itself (then the act is a phase of it, told apart).
"""

from __future__ import annotations

import re

from timeline._events._campaigns import _GENERIC, _start, _stem
from timeline._events._cluster import Cluster, _overlap, _start_range, family
from timeline._events._link import RelativeStart
from timeline._events._mentions import DocMentions, Mention
from timeline._events._rx import rx
from timeline.model import Document

__all__ = ["DISTINCT_HEADS", "Heads", "by_head_noun", "merge_openings"]

#: Nouns distinctive enough that "N weeks into the counteroffensive" means the corpus's one such event.
DISTINCT_HEADS = frozenset({"counteroffensive", "counter-offensive", "incursion", "invasion", "siege"})
#: Head nouns a bare "the assault began on ..." may name a campaign by.
_OPENING_HEADS = frozenset({"assault", "offensive", "siege", "battle", "bombardment", "onslaught", "campaign"})
#: Words of an actor's name that say what it is, not whose: "Russian armed forces", "rebel units".
_HEADWORDS = frozenset({"forces", "force", "armed", "troops", "units", "fighters", "security", "the"})
_SINCE = rx(r"\bsince\s+(?:(?:late|early|last|this)\s+)?$", re.IGNORECASE)


class Heads:
    """Which campaigns, and which dated attributed events, each head noun names (computed once)."""

    def __init__(self, dms: list[DocMentions], campaigns: dict[str, Cluster], clusters: list[Cluster],
                 docs: list[Document]) -> None:
        self.campaigns: dict[str, list[Cluster]] = {}
        for cl in campaigns.values():
            if not cl.named:
                for head in dict.fromkeys(dms[x].mentions[m].word.lower() for x, m in cl.members):
                    self.campaigns.setdefault(head, []).append(cl)
        self.events: dict[str, list[tuple[Cluster, set[tuple[int, int]]]]] = {}
        for cl in clusters:
            heads = {dms[x].mentions[m].word.lower() for x, m in cl.members} & DISTINCT_HEADS
            if heads and cl.actors(dms) and _start_range(cl, docs) is not None:
                for head in sorted(heads):
                    self.events.setdefault(head, []).append((cl, set(cl.members)))


def by_head_noun(dms: list[DocMentions], heads: Heads, d: int, r: RelativeStart) -> bool:
    """"Four weeks into the counteroffensive", in an article that names no campaign: the one campaign
    of the corpus called a counteroffensive, if there is exactly one."""
    if r.kind == "since" or r.mention is None:
        return False
    head = dms[d].mentions[r.mention].word.lower()
    named_so = heads.campaigns.get(head, [])
    if not named_so and head in DISTINCT_HEADS:
        # no campaign called so: the one dated, attributed counteroffensive (incursion, invasion) of
        # the corpus ("Ukraine launched a counteroffensive in the Kherson region on Monday")
        named_so = [cl for cl, members in heads.events.get(head, [])[:3] if (d, r.mention) not in members]
    if len(named_so) != 1:
        return False
    named_so[0].relative.append((d, r))
    return True


def _bare_opening(mn: Mention) -> bool:
    """"the assault began on ...": a definite campaign noun with nothing of its own but its start."""
    return (mn.nominal and mn.definite and not mn.plural and mn.campaign is None and not mn.actors
            and not mn.places and not mn.targets and mn.word.lower() in _OPENING_HEADS
            and not rx(r"[A-Z\d]|['\u2019]s\b").search(mn.premod))


def _since_act(dm: DocMentions, mn: Mention, cl: Cluster, docs: list[Document], d: int) -> bool:
    """"have been firing rockets at X since Friday": a verbal attack whose only date is a "since" start."""
    if mn.nominal or family(mn.type) != "offensive" or mn.type == "advance" or len(mn.targets) != 1:
        return False
    text = docs[d].text
    for _, ln in cl.links:
        x = docs[d].expressions[ln.expression]
        if ln.weak or ln.relation != "begins" or _SINCE.search(text, max(0, x.start - 20), x.start) is None:
            return False
    return bool(cl.links)


def _waged_by(host: Cluster, cl: Cluster, dms: list[DocMentions]) -> bool:
    """Whether the campaign is told as the act's actor's: a shared actor, or a word of the actor's name in
    the campaign's own phrase ("Russian troops have been shelling X" and "the Russian assault on X")."""
    mine, theirs = set(cl.actors(dms)), set(host.actors(dms))
    if mine & theirs:
        return True
    if theirs:
        return False  # two different actors
    names = {_stem(w) for a in mine for w in a.split() if w.lower() not in _HEADWORDS}
    said = {_stem(w) for d, m in host.members for w in rx(r"[\w'\u2019-]+").findall(dms[d].mentions[m].premod)
            if w.lower() not in _GENERIC}
    return bool(names & said)


def _campaign_for(cl: Cluster, dms: list[DocMentions], docs: list[Document], heads: Heads,
                  campaigns: dict[str, Cluster], told: dict[str, set[int]]) -> Cluster | None:
    """The one campaign ``cl`` (one article's telling) opens, or None."""
    ds = {d for d, _ in cl.members}
    if cl.campaign is not None or len(ds) != 1 or not cl.links or cl.relative:
        return None
    d = ds.pop()
    dm = dms[d]
    mns = [dm.mentions[m] for _, m in cl.members]
    if all(_bare_opening(mn) for mn in mns):
        hosts = {id(h): h for mn in mns for h in heads.campaigns.get(mn.word.lower(), [])}
        if len(hosts) != 1 or any(ln.weak or ln.relation != "begins" for _, ln in cl.links):
            return None
        host = next(iter(hosts.values()))
        assert host.campaign is not None
        if not any(p.name == host.campaign for p in dm.places):
            return None  # the article must name the campaign's place
    elif len(mns) == 1 and _since_act(dm, mns[0], cl, docs, d):
        found = campaigns.get(mns[0].targets[0])
        if found is None or found.named:
            return None
        host = found
        if not _waged_by(host, cl, dms):
            return None
        if d in told.get(host.campaign or "", set()) or any(x == d for x, _ in host.relative):
            return None  # the article tells the campaign itself: the act is a phase of it
    else:
        return None
    start, theirs_start = _start_range(cl, docs), _start(host, docs)
    if start is None or theirs_start is None or not _overlap(start, theirs_start):
        return None
    return host


def merge_openings(campaigns: dict[str, Cluster], clusters: list[Cluster], dms: list[DocMentions],
                   docs: list[Document]) -> list[Cluster]:
    """One article's bare "the assault began on D" or "have been shelling X since D", joined to the one
    campaign it opens (see the module doc); the others are returned as they are."""
    heads = Heads(dms, campaigns, [], docs)
    told = {name: {d for d, _ in camp.members} for name, camp in campaigns.items()}
    out: list[Cluster] = []
    for cl in clusters:
        host = _campaign_for(cl, dms, docs, heads, campaigns, told)
        if host is None:
            out.append(cl)
            continue
        host.absorb(cl)
        host.memo.clear()
        told.setdefault(host.campaign or "", set()).update(d for d, _ in cl.members)
    return out
