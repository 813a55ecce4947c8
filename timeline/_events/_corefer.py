"""Coreference: mentions of one event, within a document and across documents, become one cluster.

Within a document, an anaphoric noun ("the move", "Yesterday's move", "the pre-dawn operation")
joins the closest earlier mention of the same family within a few sentences, preferring one that
shares a modifier ("pre-dawn assault" ... "pre-dawn operation"); other mentions of the same type,
actor and (compatible) place and date join too.  Campaign noun phrases ("the battle for Mosul", "the
Mosul offensive") form one cluster per campaign, across the whole corpus.

Across documents two clusters are one event when they share the event family and an actor, their
places or targets do not contradict each other (both known and disjoint) and their dated starts
overlap.  An undated cluster never merges across documents: without a date, "an offensive by the
same militia" is too weak a match - except in documents whose publication date is unknown, where a
mention dated by a day that hangs on that unknown date ("Yesterday's move", "on Saturday (October
29)") joins the one such mention of another article with the same family, actor and target
(:func:`_merge_anchorless`); the reasoning stage checks the merge and infers the dates from it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from timeline._events._dating import Bounds4, bounds_of_link, intersect
from timeline._events._lexicon import ANAPHOR_ONLY, OFFENSIVE_FAMILY
from timeline._events._link import RelativeStart, TimeLink
from timeline._events._mentions import DocMentions, Mention
from timeline._events._relations import MentionRelation, derive
from timeline._events._rx import rx
from timeline.model import Document

__all__ = ["Cluster", "cluster"]

_FAMILY = {t: "offensive" for t in OFFENSIVE_FAMILY}


def family(t: str) -> str:
    """The coreference family of an event type (offensive, attack and advance tell one push)."""
    return _FAMILY.get(t, t)


class _Tally:
    """What a cluster's members say, summed over ``members[:n]`` (``members`` is the list summed).

    ``members`` only ever grows in place (``+=``) or is replaced by a new list, so the tally adds the
    new members' actors, targets, places and modifiers, and starts again when the list was replaced:
    each member is read once, however many times the cluster is compared.
    """

    __slots__ = ("members", "n", "actors", "actor_first", "targets", "target_first", "geo_t", "geo_p",
                 "mods", "ranked")

    def __init__(self, members: list[tuple[int, int]]) -> None:
        self.members = members
        self.n = 0
        self.actors: Counter[str] = Counter()
        self.actor_first: dict[str, int] = {}
        self.targets: Counter[str] = Counter()
        self.target_first: dict[str, int] = {}
        self.geo_t: set[str] = set()
        self.geo_p: set[str] = set()
        self.mods: set[str] = set()
        self.ranked: tuple[int, list[str]] | None = None  # (n, actors ranked) when last ranked

    def catch_up(self, dms: list[DocMentions]) -> None:
        for k in range(self.n, len(self.members)):
            d, m = self.members[k]
            dm = dms[d]
            mn = dm.mentions[m]
            for a in mn.actors:
                self.actors[a] += 1
                self.actor_first.setdefault(a, k)
            for t in mn.targets:
                self.targets[t] += 1
                self.target_first.setdefault(t, k)
            countries = {p.name for p in dm.places if p.place_kind == "country"}
            self.geo_t.update(t for t in mn.targets if t not in countries)
            self.geo_p.update(p for p in mn.places if p not in countries)
            self.mods.update(w for w in mn.modifiers if not w.isdigit())
        self.n = len(self.members)


@dataclass(eq=False)  # identity: two clusters are never "equal", however alike
class Cluster:
    """Mentions (document index, mention index) of one event, with their time links.

    Summaries (actors, places, start range) are kept in ``memo`` and brought up to date
    incrementally: ``members``, ``links`` and ``derived`` only ever grow (in place, or replaced by
    a longer list), so only what was added since the last look is read.  ``memo.clear()`` forgets.
    """

    type: str
    members: list[tuple[int, int]] = field(default_factory=list)
    links: list[tuple[int, TimeLink]] = field(default_factory=list)
    relative: list[tuple[int, RelativeStart]] = field(default_factory=list)
    campaign: str | None = None
    named: bool = False
    derived: list[Bounds4] = field(default_factory=list)  # bounds an event-to-event relation gives
    memo: dict[str, Any] = field(default_factory=dict, repr=False)

    def _tally(self, dms: list[DocMentions]) -> _Tally:
        tally = self.memo.get("tally")
        if not isinstance(tally, _Tally) or tally.members is not self.members or tally.n > len(self.members):
            tally = self.memo["tally"] = _Tally(self.members)
        if tally.n < len(self.members):
            tally.catch_up(dms)
        return tally

    def actors(self, dms: list[DocMentions]) -> list[str]:
        tally = self._tally(dms)
        if tally.ranked is None or tally.ranked[0] != tally.n:
            c, first = tally.actors, tally.actor_first
            tally.ranked = (tally.n, sorted(c, key=lambda a: (-c[a], first[a])))
        return list(tally.ranked[1])

    def geo(self, dms: list[DocMentions]) -> tuple[set[str], set[str]]:
        """(targets, places) of all members; places leave out countries, too coarse to tell events apart."""
        tally = self._tally(dms)
        return set(tally.geo_t), set(tally.geo_p)

    def modifiers(self, dms: list[DocMentions]) -> set[str]:
        return set(self._tally(dms).mods)

    def target_counts(self, dms: list[DocMentions]) -> Counter[str]:
        return Counter(self._tally(dms).targets)

    def targets(self, dms: list[DocMentions]) -> list[str]:
        tally = self._tally(dms)
        c, first = tally.targets, tally.target_first
        return sorted(c, key=lambda t: (-c[t], first[t]))


def _fold(acc: Bounds4 | None, b: Bounds4 | None) -> Bounds4 | None:
    """One step of the start range: intersect with ``b``, ignoring a bound that contradicts the rest."""
    if b is None:
        return acc
    nxt = b if acc is None else intersect(acc, b)
    return acc if nxt is None else nxt


def _start_range(cl: Cluster, docs: list[Document]) -> Bounds4 | None:
    """Bounds from the cluster's strong links and relations only (None when it has none).

    The strong links are folded in order, then the relations' bounds: the fold over the links is
    kept and extended as links are added; the (few) relations' bounds are folded on top per call.
    """
    state = cl.memo.get("range")
    if state is None or state[0] is not cl.links or state[1] > len(cl.links):
        state = (cl.links, 0, None)
    links, n, acc = state
    if n < len(links):
        for d, ln in links[n:]:
            if not ln.weak:
                acc = _fold(acc, bounds_of_link(docs[d].expressions[ln.expression], ln.relation))
        state = (links, len(links), acc)
    cl.memo["range"] = state
    for b in cl.derived:
        acc = _fold(acc, b)
    return acc


def _overlap(a: Bounds4, b: Bounds4) -> bool:
    lo = max((x for x in (a[0], b[0]) if x is not None), default=None)
    hi = min((x for x in (a[1], b[1]) if x is not None), default=None)
    if lo is None or hi is None:
        return False  # an open start is no evidence of sameness
    return lo <= hi


def _geo_ok(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> bool:
    """Targets, when both have some, must share one.

    Places alone do not separate events: "in the Kharkiv region" and "toward Balakliia" may be one
    push, and the gazetteer does not know which place lies inside which.
    """
    if a[0] and b[0]:
        return bool(a[0] & b[0])
    return True


def _width(a: Bounds4 | None) -> dt.timedelta | None:
    if a is None or a[0] is None or a[1] is None:
        return None
    return a[1] - a[0]


def _same_time(a: Bounds4 | None, b: Bounds4 | None, geo_match: bool) -> bool:
    """Starts that overlap and are precise enough to tell events apart.

    Within a month for any two events; within a year when they also share a target or a place
    ("seized by Isis in 2014" and "overran Mosul nearly three years ago").
    """
    wa, wb = _width(a), _width(b)
    if a is None or b is None or wa is None or wb is None or not _overlap(a, b):
        return False
    limit = dt.timedelta(days=400 if geo_match else 31)
    return wa <= limit and wb <= limit


def cluster(docs: list[Document], dms: list[DocMentions], links: list[list[TimeLink]],
            rels: list[list[RelativeStart]], relations: list[list[MentionRelation]] | None = None
            ) -> tuple[list[Cluster], list[tuple[int, RelativeStart]]]:
    """Clusters over the corpus; the relative starts that name no event are returned apart.

    ``relations`` (event-to-event, per document) lend dates between the events of one document
    before they are matched across documents ("three days after its fighters took the last
    positions" dates the taking from the announcement's date).
    """
    campaigns: dict[str, Cluster] = {}
    clusters: list[Cluster] = []
    by_time = _ByTime(dms)
    loose_rel: list[tuple[int, RelativeStart]] = []
    for d, dm in enumerate(dms):
        local: list[Cluster] = []
        of_mention: dict[int, Cluster] = {}
        for mn in dm.mentions:
            if mn.campaign is not None:
                cl = campaigns.get(mn.campaign)
                if cl is None:
                    cl = campaigns[mn.campaign] = Cluster("campaign", campaign=mn.campaign, named=mn.named)
                cl.members.append((d, mn.index))
                of_mention[mn.index] = cl
                continue
            host = _antecedent(dm, mn, of_mention) if (mn.anaphoric and not mn.plural) else None
            if host is None:
                host = _apposition(dm, mn, of_mention)
            participle = rx(r",\s+[a-z]+ing\s+(?:[\w'-]+\s+){0,3}$").search(dm.text[max(mn.sent.start, mn.start - 60) : mn.start])
            if mn.anaphoric and not mn.plural and host is None and participle is not None:
                # no antecedent: "SDF fighters closed the road, completing the encirclement":
                # the act of the sentence's subject
                lead = [a for a in dm.actors if mn.sent.start <= a.start < mn.start]
                mn.actors = [lead[0].name] if lead else []
            if host is None and mn.lemma in ANAPHOR_ONLY:
                continue  # "the announcement" with nothing to refer back to: not an event of its own
            if host is None and mn.actors and mn.nominal and mn.definite and not mn.plural:
                # "the offensive launched by the Hashid": a definite description refers back
                host = _same_in_doc(dm, mn, local, d, links[d], docs)
            if host is None:
                host = Cluster(mn.type)
                local.append(host)
            host.members.append((d, mn.index))
            if mn.type == "offensive" and host.type in OFFENSIVE_FAMILY:
                host.type = "offensive"  # "a massive attack" ... "the offensive": an offensive
            of_mention[mn.index] = host
        for ln in links[d]:
            cl = of_mention.get(ln.mention)
            if cl is not None:
                cl.links.append((d, ln))
        for r in rels[d]:
            cl = of_mention.get(r.mention) if r.mention is not None else None
            if cl is not None and cl.campaign is None and r.kind != "since":
                # "N weeks into the offensive" names a long campaign, not a single push
                cl = None
            if cl is None and r.kind == "since" and r.mention is not None:
                cl = of_mention.get(r.mention)
            if cl is None and r.kind != "since":
                # "the almost two-week-old campaign", "two weeks into the offensive": with no place
                # of its own, the campaign is the one this document is about.
                cl = _dominant_campaign(dm, of_mention)
            if cl is None:
                loose_rel.append((d, r))
            else:
                cl.relative.append((d, r))
        _propagate_local(docs, dms, d, (relations or [[] for _ in dms])[d], of_mention)
        for cl in _fold_headlines(dm, local):
            _merge_across(cl, clusters, dms, docs, by_time)
    loose_rel = [(d, r) for d, r in loose_rel if not _by_head_noun(dms, campaigns, d, r, clusters, docs)]
    clusters = _merge_undated(clusters, docs, dms)
    clusters = _merge_anchorless(clusters, docs, dms)
    return list(campaigns.values()) + clusters, loose_rel


def _by_head_noun(dms: list[DocMentions], campaigns: dict[str, Cluster], d: int, r: RelativeStart,
                  clusters: list[Cluster] | None = None, docs: list[Document] | None = None) -> bool:
    """"Four weeks into the counteroffensive", in an article that names no campaign: the one campaign
    of the corpus called a counteroffensive, if there is exactly one."""
    if r.kind == "since" or r.mention is None:
        return False
    head = dms[d].mentions[r.mention].word.lower()
    named_so = [cl for cl in campaigns.values() if not cl.named
                and any(dms[x].mentions[m].word.lower() == head for x, m in cl.members)]
    if not named_so and head in _DISTINCT_HEADS and clusters is not None and docs is not None:
        # no campaign called so: the one dated, attributed counteroffensive (incursion, invasion) of
        # the corpus ("Ukraine launched a counteroffensive in the Kherson region on Monday")
        named_so = [cl for cl in clusters if cl.actors(dms) and _start_range(cl, docs) is not None
                    and (d, r.mention) not in cl.members
                    and any(dms[x].mentions[m].word.lower() == head for x, m in cl.members)]
    if len(named_so) != 1:
        return False
    named_so[0].relative.append((d, r))
    return True


#: Nouns distinctive enough that "N weeks into the counteroffensive" means the corpus's one such event.
_DISTINCT_HEADS = frozenset({"counteroffensive", "counter-offensive", "incursion", "invasion", "siege"})


def _apposition(dm: DocMentions, mn: Mention, of_mention: dict[int, Cluster]) -> Cluster | None:
    """"launched an offensive on Saturday, an operation that ...": the appositive names the same event."""
    if not mn.nominal or not rx(r",\s+(?:a|an)\s+(?:[\w-]+\s+)?$").search(dm.text[max(0, mn.start - 30) : mn.start]):
        return None
    prev = next((p for p in reversed(dm.mentions[: mn.index]) if p.sent.index == mn.sent.index
                 and p.campaign is None and family(p.type) == family(mn.type)), None)
    return of_mention.get(prev.index) if prev is not None else None


def _is_headline(dm: DocMentions, sent_index: int) -> bool:
    s = dm.sentences[sent_index]
    return sent_index <= 3 and dm.text[s.end - 1] not in '.!?"\''


def _fold_headlines(dm: DocMentions, local: list[Cluster]) -> list[Cluster]:
    """A headline retells the lead: its event joins the first body mention of that family and actor."""
    out: list[Cluster] = []
    for cl in local:
        acts = {a for _, m in cl.members for a in dm.mentions[m].actors}
        if acts and not cl.links and all(_is_headline(dm, dm.mentions[m].sent.index) for _, m in cl.members):
            body = next((o for o in local if o is not cl and o.links and family(o.type) == family(cl.type)
                         and acts & {a for _, m in o.members for a in dm.mentions[m].actors}
                         and not all(_is_headline(dm, dm.mentions[m].sent.index) for _, m in o.members)), None)
            if body is not None:
                body.members = sorted(body.members + cl.members)
                body.links += cl.links
                body.relative += cl.relative
                continue
        out.append(cl)
    return out


def _dominant_campaign(dm: DocMentions, of_mention: dict[int, Cluster]) -> Cluster | None:
    counts = Counter(mn.campaign for mn in dm.mentions if mn.campaign is not None and not mn.named)
    if not counts:
        return None
    top = max(counts.values())
    name = next(mn.campaign for mn in dm.mentions if mn.campaign is not None and counts[mn.campaign] == top)
    first = next(mn for mn in dm.mentions if mn.campaign == name)
    return of_mention.get(first.index)


def _antecedent(dm: DocMentions, mn: Mention, of_mention: dict[int, Cluster]) -> Cluster | None:
    fam = family(mn.type)
    best: Mention | None = None
    earlier = [p for p in reversed(dm.mentions[: mn.index])
               if p.campaign is None and family(p.type) == fam and not p.plural and (p.nominal or p.type == mn.type)]
    # "the pre-dawn operation" goes back to "a pre-dawn assault" however far back it was;
    # a bare "the move" to the closest mention of its family within four sentences.
    best = next((p for p in earlier if set(p.modifiers) & set(mn.modifiers)), None)
    if best is None:  # then the closest of the same type ("the operation" -> "an offensive"), then family
        best = next((p for p in earlier if p.type == mn.type and p.nominal and p.actors), None)
    if best is None:
        best = next((p for p in earlier if p.actors or p.index in of_mention), None)
    if best is None:
        return None
    return of_mention.get(best.index)


def _same_in_doc(dm: DocMentions, mn: Mention, local: list[Cluster], d: int, links: list[TimeLink],
                 docs: list[Document]) -> Cluster | None:
    fam = family(mn.type)
    mine = [ln for ln in links if ln.mention == mn.index and not ln.weak]
    mine_b = None
    for ln in mine:
        mine_b = bounds_of_link(docs[d].expressions[ln.expression], ln.relation)
    for cl in reversed(local):
        first = dm.mentions[cl.members[0][1]]
        if family(first.type) != fam or first.campaign is not None:
            continue
        acts = {a for _, m in cl.members for a in dm.mentions[m].actors}
        if not acts & set(mn.actors):
            continue
        cl_b = None
        for dd, ln in ((dd, ln) for dd, ln in [(d, x) for x in links] if ln.mention in {m for _, m in cl.members}):
            cl_b = bounds_of_link(docs[dd].expressions[ln.expression], ln.relation)
        if mine_b is not None and cl_b is not None and intersect(mine_b, cl_b) is None:
            continue
        return cl
    return None


class _ByTime:
    """Dated clusters by (family, month of their possible start): who may be the same event.

    ``_same_time`` needs two start ranges that overlap and are at most 400 days wide, so two
    clusters that can merge share a month; only those are compared (in corpus order, as before).
    """

    def __init__(self, dms: list[DocMentions]) -> None:
        self.buckets: dict[tuple[str, int], list[int]] = {}
        self.order: list[Cluster] = []
        self.dms = dms
        self.unique: dict[tuple[str, str], list[Cluster]] = {}  # (head noun, actor) -> "its counteroffensive"s

    @staticmethod
    def _months(b: Bounds4 | None) -> range:
        w = _width(b)
        if b is None or b[0] is None or b[1] is None or w is None or w > dt.timedelta(days=400):
            return range(0)
        return range(b[0].year * 12 + b[0].month - 1, b[1].year * 12 + b[1].month)

    def add(self, cl: Cluster, docs: list[Document]) -> None:
        self.order.append(cl)
        for key in _unique_keys(cl, self.dms):
            self.unique.setdefault(key, []).append(cl)
        for month in self._months(_start_range(cl, docs)):
            self.buckets.setdefault((family(cl.type), month), []).append(len(self.order) - 1)

    def candidates(self, fam: str, b: Bounds4 | None) -> list[Cluster]:
        found: set[int] = set()
        for month in self._months(b):
            found.update(self.buckets.get((fam, month), ()))
        return [self.order[k] for k in sorted(found)]


def _unique_keys(cl: Cluster, dms: list[DocMentions]) -> set[tuple[str, str]]:
    """(head, actor) for a possessed or definite distinctive noun: "its counteroffensive", "Ukraine's invasion"."""
    heads = {mn.word.lower() for mn in (dms[d].mentions[m] for d, m in cl.members)
             if mn.nominal and mn.word.lower() in _DISTINCT_HEADS and mn.campaign is None
             and (mn.definite or mn.premod.lower().endswith("'s") or " its " in f" {mn.premod.lower()} ")}
    return {(h, a) for h in heads for a in cl.actors(dms)}


def _same_named_event(cl: Cluster, index: _ByTime, dms: list[DocMentions], docs: list[Document], mine: Bounds4
                      ) -> bool:
    """"Ukraine's counteroffensive in the Kherson region, which began on August 15" and "Ukraine launched its
    counteroffensive in the Kherson region on Monday (August 29)": one event told with two dates, which
    the reasoning stage must then flag.  Only for a distinctive noun that both tell as known (possessed or
    definite), by the same actor at the same place, starts at most two months apart, and one candidate."""
    keys = _unique_keys(cl, dms)
    if not keys:
        return False
    geo = cl.geo(dms)
    found: list[Cluster] = []
    for key in sorted(keys):
        for other in index.unique.get(key, ()):
            theirs = _start_range(other, docs)
            other_geo = other.geo(dms)
            if other in found or theirs is None or not _geo_ok(geo, other_geo) \
                    or not (geo[0] | geo[1]) & (other_geo[0] | other_geo[1]):
                continue
            if mine[0] is None or theirs[0] is None or abs((mine[0] - theirs[0]).days) > 62:
                continue
            found.append(other)
    if len(found) != 1:
        return False
    found[0].members += cl.members
    found[0].links += cl.links
    found[0].relative += cl.relative
    return True


def _merge_across(cl: Cluster, clusters: list[Cluster], dms: list[DocMentions], docs: list[Document],
                  index: _ByTime | None = None) -> None:
    mine = _start_range(cl, docs)
    if mine is not None:
        acts = set(cl.actors(dms))
        geo = cl.geo(dms)
        mods = cl.modifiers(dms)
        fam = family(cl.type)
        pool = clusters if index is None else index.candidates(fam, mine)
        for other in pool:
            if family(other.type) != fam:
                continue
            their_acts = set(other.actors(dms))
            if acts and their_acts:
                if not acts & their_acts:
                    continue
            elif acts or their_acts:
                # one side names nobody ("Yesterday's withdrawal from Izium"): the same target and
                # the same day must then carry the match
                tg, other_tg = cl.geo(dms)[0], other.geo(dms)[0]
                w1, w2 = _width(mine), _width(_start_range(other, docs))
                if not (tg & other_tg) or w1 is None or w2 is None or max(w1, w2) > dt.timedelta(days=1) \
                        or not _overlap(mine, _start_range(other, docs) or mine):
                    continue
            elif not mods or mods != other.modifiers(dms):
                continue  # no actor on either side: "the 2003 US-led invasion" twice, modifiers alike
            other_geo = other.geo(dms)
            if not _geo_ok(geo, other_geo):
                continue
            shared = bool((geo[0] | geo[1]) & (other_geo[0] | other_geo[1]))
            if not _same_time(mine, _start_range(other, docs), shared or not (acts or their_acts)):
                continue
            other.members += cl.members
            other.links += cl.links
            other.relative += cl.relative
            if cl.type == "offensive":
                other.type = "offensive"
            return
    if mine is not None and index is not None and _same_named_event(cl, index, dms, docs, mine):
        return
    clusters.append(cl)
    if index is not None:
        index.add(cl, docs)


def tellable(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A campaign, or an event with an actor or a target: one that can go on the timeline and lend dates."""
    return cl.campaign is not None or bool(cl.actors(dms)) or bool(cl.geo(dms)[0])


def _propagate_local(docs: list[Document], dms: list[DocMentions], d: int, relations: list[MentionRelation],
                     of_mention: dict[int, Cluster]) -> None:
    """Dates across the relations of one document, between events that are not campaigns."""
    for r in relations:
        dep, oth = of_mention.get(r.dependent), of_mention.get(r.other)
        if dep is None or oth is None or dep is oth or dep.campaign is not None or oth.campaign is not None:
            continue
        ranges = {id(dep): _start_range(dep, docs), id(oth): _start_range(oth, docs)}
        for src, dst, inverse in ((oth, dep, False), (dep, oth, True)):
            if not tellable(src, dms):
                continue  # "12 days after the first strikes": strikes by nobody, nowhere lend no date
            b = ranges[id(src)]
            new = derive(r, b, inverse) if b is not None else None
            if new is not None and (new[0] is not None or new[1] is not None or new[2] is not None
                                    or new[3] is not None):
                dst.derived.append(new)


_NEAR = dt.timedelta(days=31)
_DIRECTION = r"(north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?\s+(?:outskirts\s+)?of\s+(?:the\s+)?(?:city\s+of\s+)?"


def _directions(dms: list[DocMentions], cl: Cluster) -> set[tuple[str, str]]:
    """("west", "Mosul") for "a push to the west of Mosul": where, relative to a place, it went."""
    out: set[tuple[str, str]] = set()
    for d, m in cl.members:
        dm = dms[d]
        mn = dm.mentions[m]
        lo, hi = max(mn.sent.start, mn.start - 20), min(mn.sent.end, mn.end + 60)
        for hit in rx(_DIRECTION, re.IGNORECASE).finditer(dm.text, lo, hi):
            place = next((p.name for p in dm.places if p.start == hit.end()), None)
            if place is not None:
                out.add((hit.group(1).lower(), place))
    return out


def _fits_undated(cl: Cluster, other: Cluster, docs: list[Document], dms: list[DocMentions]) -> bool:
    """Whether the dated ``other`` may be what the undated ``cl`` tells: every sign agrees."""
    if family(cl.type) != family(other.type) or other.campaign is not None:
        return False
    if {d for d, _ in cl.members} & {d for d, _ in other.members}:
        return False  # the same article kept them apart
    if not set(cl.actors(dms)) & set(other.actors(dms)):
        return False
    geo, other_geo = cl.geo(dms), other.geo(dms)
    if not _geo_ok(geo, other_geo) or not (geo[0] | geo[1]) & (other_geo[0] | other_geo[1]):
        return False
    mine_dir, their_dir = _directions(dms, cl), _directions(dms, other)
    if mine_dir and not mine_dir & their_dir and not geo[0] & other_geo[0]:
        return False  # "west of Mosul" is not "south of Mosul"
    if not geo[0] & other_geo[0] and not mine_dir & their_dir:
        return False  # only a shared city: too weak without a shared target or direction
    b = _start_range(other, docs)
    if b is None:
        return False
    for d, m in cl.members:
        if not dms[d].mentions[m].actors:
            continue  # "opposed the Hashed's participation in the operation": the clause's tense is not its own
        anchor = docs[d].anchor.value
        tense = dms[d].mentions[m].tense
        if anchor is None:
            return False
        day = dt.datetime(anchor.year, anchor.month, anchor.day)
        if b[0] is None or b[1] is None:
            return False
        # News tells of what is recent or imminent: the dated event must start within a month of
        # the article, after it when told as still to come, before it when told as under way or done.
        if tense == "future" and not (day <= b[0] and b[1] <= day + _NEAR):
            return False
        if tense != "future" and not (day - _NEAR <= b[0] and b[1] <= day + dt.timedelta(days=1)):
            return False
    return True


def _merge_undated(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """An undated mention joins a dated event of another article only when exactly one fits it.

    "Hashd fighters were preparing for a push to the west of Mosul" (undated, future, 25 October)
    and "the Hashd launched an offensive towards the west of Mosul on Saturday (October 29)": same
    actor, same kind of event, same target or direction, and the date does not contradict the tense.
    Two candidates, or any disagreement, and it stays apart: a false merge is worse than a missed one.
    """
    dated = [cl for cl in clusters if _start_range(cl, docs) is not None or cl.relative]
    is_dated = {id(cl) for cl in dated}
    by_actor: dict[tuple[str, str], list[int]] = {}  # (family, actor) -> dated clusters: an actor must be shared
    for k, cl in enumerate(dated):
        for a in cl.actors(dms):
            by_actor.setdefault((family(cl.type), a), []).append(k)
    out: list[Cluster] = []
    for cl in clusters:
        if id(cl) in is_dated or cl.campaign is not None or not cl.actors(dms):
            out.append(cl)
            continue
        near = sorted({k for a in cl.actors(dms) for k in by_actor.get((family(cl.type), a), ())})
        fits = [o for o in (dated[k] for k in near) if _fits_undated(cl, o, docs, dms)]
        if len(fits) != 1:
            out.append(cl)
            continue
        fits[0].members += cl.members
        fits[0].links += cl.links
    return out


_DAY_KINDS = ("relday", "weekday", "date")


def anchorless_day(doc: Document, index: int) -> bool:
    """Whether expression ``index`` of ``doc`` names a day that hangs on an unknown publication date.

    "Yesterday", "on Saturday", "Saturday (October 29)" (no year) in an article whose anchor is
    unknown or only a window: the day is a constraint on that anchor, not a date.
    """
    a = doc.anchor
    if a.value is not None and (a.source != "inferred" or a.earliest == a.latest):
        return False
    e = doc.expressions[index]
    if e.spec is None or e.spec.kind not in _DAY_KINDS or e.spec.fields.get("year") is not None:
        return False
    if e.spec.kind == "date":
        return e.spec.fields.get("month") is not None and e.spec.fields.get("day") is not None
    return e.spec.kind != "relday" or isinstance(e.spec.fields.get("offset"), int)


def _day_linked(cl: Cluster, docs: list[Document]) -> bool:
    return any(ln.relation in ("on", "within", "begins") and anchorless_day(docs[d], ln.expression)
               for d, ln in cl.links)


def _merge_anchorless(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Mentions dated only by a day of an undated article, joined across articles (conservatively).

    Such a cluster and another one (of the same kind, or dated to the day by a known publication
    date) are one event when they are of one family, share an actor and a target (or,
    when neither names a target, a place), no target of one contradicts the other's, and the pair
    is unique: exactly one earlier group fits.  Clusters are taken in document order, so a group
    grows ("toward Tal Afar" + "west of Mosul, to reach Tal Afar" + "a bid to encircle Mosul").
    """
    groups: list[Cluster] = []
    out: list[Cluster] = []
    # dated to the day by a known publication date: an undated article's mention may tell it too
    dated = [cl for cl in clusters if cl.campaign is None and cl.actors(dms) and not _day_linked(cl, docs)
             and (w := _width(_start_range(cl, docs))) is not None and w <= dt.timedelta(days=1)]
    for cl in clusters:
        if cl.campaign is not None or not cl.actors(dms) or not _day_linked(cl, docs):
            out.append(cl)
            continue
        mine = {d for d, _ in cl.members}
        acts, geo = set(cl.actors(dms)), cl.geo(dms)
        fits = []
        for g in [*groups, *dated]:
            if g is cl or family(g.type) != family(cl.type) or mine & {d for d, _ in g.members}:
                continue
            g_geo = g.geo(dms)
            if not acts & set(g.actors(dms)) or not _geo_ok(geo, g_geo):
                continue
            shared = (geo[0] & g_geo[0]) if geo[0] and g_geo[0] else ((geo[0] | geo[1]) & (g_geo[0] | g_geo[1]))
            if shared:
                fits.append(g)
        if len(fits) == 1:
            g = fits[0]
            g.members += cl.members
            g.links += cl.links
            g.relative += cl.relative
            g.derived += cl.derived
            g.memo.clear()
            if cl.type == "offensive":
                g.type = "offensive"
            continue
        groups.append(cl)
        out.append(cl)
    return out
