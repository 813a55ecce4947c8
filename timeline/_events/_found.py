"""Campaigns no article names, found from what the articles count.

"Twenty days into the offensive", "Over the past 19 days the offensive has killed ...", "On the 19th
day of the conflict", "ending 34 days of fighting": dispatches often never write "the battle for
Palmyra" or "the Lebanon war", yet count the days of a campaign everybody knows.  Such a bare,
counted campaign noun, in a dispatch about one place, is the campaign of that place: the campaign
the corpus already has there, else a new one (:func:`found_campaigns`, after the clusters exist).

Only counted nouns found a campaign (an event-relative phrase, or a duration it lasts): "the
operation" alone may be any push.  A noun that says who or what ("the Russian air campaign") is its
own campaign (:func:`._campaigns.merge_described`).  War-like nouns (war, conflict, intervention,
invasion) are of a country more often than of a town.  Dates decide last: a counted noun whose start
does not overlap the campaign's stays apart (no false disagreement).  Counted war-like nouns of several
articles that name no place at all ("On the 19th day of the conflict", "ending 34 days of fighting"), in a
corpus with no war-like campaign, are one war when their counts allow one start (:func:`_placeless_war`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from timeline._events._campaigns import _GENERIC, _LAPSE, _start, corpus_places, dateline_end, main_place
from timeline._events._cluster import Cluster, _overlap
from timeline._events._corpus_names import dateline_place
from timeline._events._dating import relative_bounds
from timeline._events._link import RelativeStart
from timeline._events._local import CLASSES
from timeline._events._mentions import DocMentions, Mention
from timeline._events._nouns import GENERIC
from timeline._events._rx import rx
from timeline.model import Document

__all__ = ["found_campaigns"]

#: Heads of a counted noun that tell a whole campaign.
_HEADS = frozenset({"offensive", "campaign", "operation", "battle", "siege", "blockade", "war", "conflict",
                    "intervention", "invasion", "fighting", "combat", "fight", "drive", "counteroffensive",
                    "counter-offensive", "hostilities", "push", "assault", "onslaught"})
#: Whose side, not which campaign: "the rebel push, now in its second week" is still the campaign.
_SIDE = frozenset({"rebel", "separatist", "insurgent", "militant", "jihadist", "islamist", "government", "army",
                   "opposition", "enemy"})
#: Heads whose place is a country more often than a town ("the war", "the intervention").
_COUNTRY = frozenset({"war", "conflict", "intervention", "invasion", "hostilities"})
_NOT_WHOLE = frozenset({"new", "fresh", "second", "third", "renewed", "final", "another", "separate", "last",
                        "parallel", "smaller", "limited", "local", "first"})


def _head(word: str) -> str:
    return word.lower().split()[-1] if word.strip() else ""


def _doc_place(dm: DocMentions, head: str) -> str | None:
    """The place a dispatch is about, for a bare campaign noun: its main town (most named, first on a
    tie), or for a war-like noun the country it names most when it names one."""
    town = main_place(dm) if head not in _COUNTRY else None
    if town is not None:
        return town
    # a war-like noun, or a dispatch that names no town: "34 days of fighting" in Lebanon
    countries = Counter(p.name for p in dm.places if p.place_kind == "country")
    top = countries.most_common()
    if top and (len(top) == 1 or top[0][1] > top[1][1]):
        return top[0][0]
    return None  # "the 19th day of the conflict", in a dispatch about a strike on a village: not the village's


#: Words of manner, not of who or what: "the street fighting", "the house-to-house combat".
_MANNER = frozenset({"street", "urban", "ground", "house-to-house", "street-by-street", "close-quarters"})


def _bare(mn: Mention, dm: DocMentions) -> bool:
    """A campaign noun that says nothing of who wages it or what it is for ("the offensive", "the
    conflict", "the street fighting"), unlike "the Russian air campaign", "the French operation"."""
    if not mn.nominal or mn.plural or mn.campaign is not None or _head(mn.word) not in _HEADS \
            or mn.possessive_time:
        return False
    generic = {a.name for a in dm.actors if a.place_kind == GENERIC}
    if any(a.lower() not in CLASSES and a not in generic for a in mn.actors):
        return False  # (a generic actor is no one: "16 days of combat" that "government forces" waged)
    for w in rx(r"[\w'\u2019-]+").findall(mn.premod):
        low = w.lower()
        if low in _GENERIC or _LAPSE.search(low) or low in _MANNER or low in _SIDE:
            continue
        if low in _NOT_WHOLE or w[:1].isupper() or low.endswith(("'s", "\u2019s")):
            return False  # "the new offensive", "the French operation", "Russia's war"
        if w.isalpha() and not low.endswith(("ing", "ed", "ly")) or "-" in w:
            return False  # "the air campaign", "the anti-terrorist operation": a campaign of its own kind
    return True


def _place_of(dm: DocMentions, mn: Mention, known: set[str]) -> str | None:
    head = _head(mn.word)
    line = (dateline_place(dm) or "").lower()
    datelined = next((k for k in sorted(known) if k.lower() == line), None)
    body = dateline_end(dm.text)
    if datelined is not None and not mn.targets and head not in _COUNTRY \
            and any(start >= body for start in (*(p.start for p in dm.places if p.name == datelined),
                                                *(n.start for n in dm.names if n.text == datelined))):
        # "MARAWI - The fighting in Marawi entered its third month": the dispatch's own town, when its text
        # names it too ("DAMASCUS - Palmyra is back in government hands" is filed from the capital)
        return datelined
    own = [p for p in dict.fromkeys((*mn.targets, *mn.places)) if p not in dm.spans("places").countries]
    if len(own) == 1 and head not in _COUNTRY:
        return own[0]
    if own and head not in _COUNTRY:
        return None  # two places of its own: which campaign is unclear
    return _doc_place(dm, head)


def _counted(cl: Cluster, docs: list[Document]) -> bool:
    if any(r.kind != "since" for _d, r in cl.relative):
        return True
    return any(ln.relation in {"begins", "lasts", "within", "includes"}
               and docs[d].expressions[ln.expression].type == "DURATION" for d, ln in cl.links)


def found_campaigns(campaigns: dict[str, Cluster], clusters: list[Cluster], dms: list[DocMentions],
                    docs: list[Document], loose: list[tuple[int, RelativeStart]]
                    ) -> tuple[list[Cluster], list[tuple[int, RelativeStart]]]:
    """Counted bare campaign nouns join (or found) the campaign of the place their dispatch is about;
    returns the clusters left and the relative phrases still unattached."""
    owner = {(d, m): cl for cl in clusters for d, m in cl.members}
    unowned: list[tuple[int, RelativeStart]] = []
    for d, r in loose:
        cl = owner.get((d, r.mention)) if r.mention is not None else None
        if cl is not None and r.kind != "since" and r.mention is not None and _bare(dms[d].mentions[r.mention], dms[d]):
            cl.relative.append((d, r))  # "ending 34 days of fighting": the fighting's own count
        else:
            unowned.append((d, r))
    loose = unowned
    known = set(corpus_places(dms)) | {n for n, c in campaigns.items() if not c.named}
    groups: dict[str, list[Cluster]] = {}
    kept: list[Cluster] = []
    for cl in clusters:
        place = _cluster_place(cl, dms, known) if cl.campaign is None and _counted(cl, docs) else None
        if place is None or (place in campaigns and campaigns[place].named):
            kept.append(cl)
        else:
            groups.setdefault(place, []).append(cl)
    wars = [cl for cl in clusters if cl.campaign is None and _war_like(cl, dms)
            and (_counted(cl, docs) or (_known_war(cl, dms) and _start(cl, docs) is None))]
    groups_wars = {id(c) for g in groups.values() for c in g}
    for place in sorted(groups):
        for cl in groups[place]:
            # "Over the past 19 days the offensive has killed ...": a campaign still told went on through
            # the span it is counted over; it did not begin and end inside it
            cl.links = [(d, replace(ln, relation="includes") if ln.relation == "within"
                         and docs[d].expressions[ln.expression].type == "DURATION" else ln) for d, ln in cl.links]
            host = campaigns.get(place)
            if host is None:
                campaigns[place] = cl
                cl.type, cl.campaign = "campaign", place
                cl.memo.clear()
                continue
            mine, theirs = _start(cl, docs), _start(host, docs)
            if mine is not None and theirs is not None and not _overlap(mine, theirs) \
                    or not _counts_agree(cl.relative, host.relative):
                kept.append(cl)  # another campaign at the same place, or a miscount: not ours to merge
                continue
            host.absorb(cl)
            host.memo.clear()
    # "the war", "the conflict" with no place to go by: the one war-like campaign of the corpus, if one
    hosts = [c for c in campaigns.values() if not c.named and _war_like(c, dms)]
    if not hosts:
        founded = _placeless_war(wars, groups_wars, dms, docs)
        if founded is not None:
            campaigns[founded.campaign or ""] = founded
            hosts = [founded]
            kept = [k for k in kept if k is not founded]
    for cl in wars:
        if id(cl) in groups_wars or len(hosts) != 1:
            continue
        mine, theirs = _start(cl, docs), _start(hosts[0], docs)
        if mine is None and theirs is not None and not cl.relative and _known_war(cl, dms):
            mine = theirs  # "The intervention, code-named Serval, was ordered hours after ...": undated, no count
        if mine is not None and theirs is not None and _overlap(mine, theirs) \
                and _counts_agree(cl.relative, hosts[0].relative):
            hosts[0].absorb(cl)
            hosts[0].memo.clear()
            kept = [k for k in kept if k is not cl]
    left: list[tuple[int, RelativeStart]] = []
    for d, r in loose:
        head = _head(r.phrase)
        place = _doc_place(dms[d], head) if r.mention is None and head in _HEADS else None
        host = campaigns.get(place) if place is not None else None
        if host is None or host.named:
            left.append((d, r))
            continue
        theirs, mine = _start(host, docs), relative_bounds(r)
        if mine is not None and theirs is not None and not _overlap(mine, theirs) \
                or not _counts_agree(host.relative, [(d, r)]):
            left.append((d, r))
            continue
        host.relative.append((d, r))
        host.memo.clear()
    return kept, left


def _strict(r: RelativeStart) -> tuple[dt.date, dt.date] | None:
    """The start days a count allows as the reasoning reads it: an ordinal ("the 19th day") to the day,
    an exact count ("34 days of fighting", told with a day of slack either way) as N-1 to N days (the
    reasoning counts inclusively: the 34th day is 33 days after the first)."""
    if r.ref is None or r.lo is None or r.hi is None:
        return None
    lo, hi = r.lo, r.hi
    if (r.kind.endswith("_of") and hi - lo >= 1) or hi - lo == 2:
        hi -= 1
    ref = r.ref.date()
    try:
        return ref - dt.timedelta(days=int(hi + 0.999)), ref - dt.timedelta(days=int(lo))
    except OverflowError:
        return None


def _counts_agree(*groups: list[tuple[int, RelativeStart]]) -> bool:
    """Whether the counts of several clusters allow one start day between them."""
    lo, hi = dt.date.min, dt.date.max
    for rels in groups:
        for _d, r in rels:
            b = _strict(r)
            if b is not None:
                lo, hi = max(lo, b[0]), min(hi, b[1])
    return lo <= hi


def _war_like(cl: Cluster, dms: list[DocMentions]) -> bool:
    """Whether every member is a bare war-like noun ("the war", "the conflict", "34 days of fighting")."""
    return all(_bare(dms[d].mentions[m], dms[d]) and _head(dms[d].mentions[m].word) in _COUNTRY | _FIGHTING
               for d, m in cl.members)


_FIGHTING = frozenset({"fighting", "combat", "hostilities"})


def _placeless_war(wars: list[Cluster], grouped: set[int], dms: list[DocMentions], docs: list[Document]
                   ) -> Cluster | None:
    """"On the 19th day of the conflict", "ending 34 days of fighting": counted war-like nouns of two or more
    articles with no place to go by, in a corpus with no war-like campaign, whose counts allow one start, are one
    war - of the country the corpus names most, or of the two it names as often (None when three tie, or the
    counts disagree)."""
    counted = [cl for cl in wars if id(cl) not in grouped and cl.relative and _start(cl, docs) is not None]
    if len({d for cl in counted for d, _ in cl.members}) < 2 or not _counts_agree(*(cl.relative for cl in counted)):
        return None
    starts = [_start(cl, docs) for cl in counted]
    if any(a is None or b is None or not _overlap(a, b) for a in starts for b in starts):
        return None
    countries = Counter(p.name for dm in dms for p in dm.places if p.place_kind == "country")
    top = countries.most_common(3)
    if not top or (len(top) == 3 and top[1][1] == top[2][1]):
        return None
    # two countries named as often: a war between them ("Israel-Lebanon")
    name = top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else "-".join(sorted((top[0][0], top[1][0])))
    host = counted[0]
    for cl in counted[1:]:
        host.absorb(cl)
    host.type, host.campaign = "campaign", name
    host.memo.clear()
    return host
_TO_WAR = rx(r"\b(?:go|goes|went|gone|going)\s+to\s+$")


def _known_war(cl: Cluster, dms: list[DocMentions]) -> bool:
    """Uncounted war-like nouns the reader knows: "the war", "the intervention, code-named Serval", "the
    44-day war" (definite or possessed), or the start of one ("France went to war in Mali this afternoon");
    not "a war that ended in 1994"."""
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        if not (mn.definite or mn.premod.lower().endswith(("'s", "\u2019s"))
                or _TO_WAR.search(dms[d].text, max(0, mn.start - 12), mn.start) is not None):
            return False
    return True


def _cluster_place(cl: Cluster, dms: list[DocMentions], known: set[str]) -> str | None:
    """The one place every member of a bare counted campaign noun cluster is about (None otherwise)."""
    place: str | None = None
    for d, m in cl.members:
        dm = dms[d]
        mn = dm.mentions[m]
        if not _bare(mn, dm):
            return None
        p = _place_of(dm, mn, known)
        if p is None or (place is not None and p != place):
            return None
        place = p
    return place
