"""One campaign told by two articles with one launch day and two places: one campaign (session 11).

"Western analysts said the Kharkiv counteroffensive, begun on September 6, ..." (a campaign the corpus
knows by its city) and "Kyiv says the operation, launched on Sept. 6, has freed more than 300 settlements"
in a dispatch that places it only in the country, or "the army's offensive in the north, launched on
Tuesday", stay two events: the passes before want one place, and :mod:`._sameday` leaves campaigns
alone.  :func:`merge_launch_day` joins two such clusters when

- both are campaign nouns only ("offensive", "counteroffensive", "operation", "campaign"; or air strikes an
  actor "began", which open an air campaign), none told as one of several ("a new offensive", "a second push", "the next phase", "a separate operation");
- both starts are known to a day and overlap;
- they share a named actor (not a bare class: "forces"), or two named actors begin with one country's word
  ("Russian aircraft", "Russia"); a campaign known by its place, whose nouns often
  carry no actor, may instead share who wages it with the other: the proper words before its noun ("Ukraine's
  Kherson counteroffensive") and the first word of the other's actor ("Ukrainian armed forces");
- the places their noun phrases name ("the offensive in X", "the X counteroffensive", their targets; not the
  other places of their sentences) are compatible: one place, two names of one city (the gazetteer), a city
  and the country it lies in, or one side placed by a region word only ("in the north-east") or nowhere;
  a city the one names lies in a country the other's sentences name, when they name one;
- at least one is placed somewhere (two unplaced offensives of one actor and day tell nothing);
- each is the other's only candidate: two offensives launched by one actor on one day on two fronts
  leave a third telling, placed in the country only, alone.

A campaign the corpus knows by its place stays the host; two campaigns are never joined here.
"""

from __future__ import annotations

import re

from timeline._events._campaigns import _PLACE_AFTER, HEADS, _stem
from timeline._events._cluster import Cluster, _overlap
from timeline._events._gazetteer import city_countries, country_code, one_place
from timeline._events._mentions import DocMentions, Mention
from timeline._events._nps import RENEWED
from timeline._events._sameday import _acts_at, _Side, _side
from timeline.model import Document

__all__ = ["merge_launch_day"]

_GROUPS = frozenset({"offensive", "operation", "campaign"})
_PART = re.compile(r"\b(?:" + "|".join((*RENEWED, "separate", "next", "phase", "stage", "other", "further", "repeated"))
                   + r")\b", re.IGNORECASE)


def _campaign_nouns(cl: Cluster, dms: list[DocMentions]) -> bool:
    """Every member a campaign noun that names a whole campaign, none told as one of several."""
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        word = mn.word.lower()
        opening = mn.nominal and mn.type == "airstrike" and mn.aspect == "begins"
        if not opening and (not mn.nominal or HEADS.get(word, HEADS.get(word.removesuffix("s"))) not in _GROUPS):
            return False  # ("began air strikes in Syria on Wednesday" opens an air campaign: counted)
        if _PART.search(mn.premod):
            return False
    return bool(cl.members)


def _named_places(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    """The places the campaign's noun phrases name ("the offensive *in Donbas*", "the *Kharkiv* counteroffensive",
    its targets), not the other places of their sentences ("..., the front has settled along the Oskil")."""
    out = {cl.campaign} if cl.campaign is not None else set()
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        hit = _PLACE_AFTER.match(dms[d].text, mn.end, min(len(dms[d].text), mn.end + 80))
        if hit is not None:
            out.add(hit.group(1))
        out.update(mn.targets)
        if mn.campaign is not None:
            out.add(mn.campaign)
    return out


def _within(city: str, country: str) -> bool:
    code = country_code(country)
    return code is not None and code in city_countries(city)


def _one_where(a: set[str], b: set[str]) -> bool:
    """Two sets of places that may tell one front: one unplaced, a shared name, two names of one city, or a
    city and the country it lies in."""
    if not a or not b or one_place(a, b):
        return True
    return any(_within(x, y) or _within(y, x) for x in sorted(a) for y in sorted(b))


def _who(cl: Cluster, dms: list[DocMentions], named: set[str]) -> set[str]:
    """Who wages it, stemmed: the first word of each named actor ("Iraqi security forces"), and the proper
    words before its nouns ("Ukraine's Kherson counteroffensive", "the Iraqi troops' Mosul offensive")."""
    out = {_stem(a.split()[0]) for a in named}
    places = _named_places(cl, dms)
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        out.update(_stem(w) for w in _np_words(dms[d], mn)
                   if w[:1].isupper() and w.lower() not in {"the", "a", "an"} and w not in places)
    return out


_ACTOR_NOUN = re.compile(r"^(?:army|armed|military|forces|troops|government|regime|junta|rebels|fighters|militias?|"
                         r"coalition|navy|air|force)(?:['\u2019]s?)?$", re.IGNORECASE)


def _np_words(dm: DocMentions, mn: Mention) -> list[str]:
    """The words of the noun phrase before the trigger, back to its start: "The Syrian army's Aleppo" before
    "offensive" (capitalised words, possessives and the nouns of an actor)."""
    words = re.findall(r"[\w'\u2019-]+", dm.text[max(mn.sent.start, mn.start - 80) : mn.start])
    out: list[str] = []
    for w in reversed(words):
        if not (w[:1].isupper() or _ACTOR_NOUN.match(w) or w.lower().endswith(("'s", "\u2019s", "'"))):
            break
        out.append(w)
    return out


def _one_actor(a: _Side, b: _Side, who_a: set[str], who_b: set[str]) -> bool:
    """One named actor; or, when a side names none (a campaign known by its place: "the X offensive"), who the
    other's noun phrases or actors say wages it."""
    if a.named and b.named and a.named & b.named:
        return True
    if a.named and b.named:  # "Russian aircraft" and "Russia": one country's, by the first word of each
        return bool({_stem(x.split()[0]) for x in a.named} & {_stem(x.split()[0]) for x in b.named})
    return bool(who_a & who_b)


def _fits(a: _Side, b: _Side, wa: set[str], wb: set[str], who_a: set[str], who_b: set[str]) -> bool:
    if a.docs & b.docs or not _overlap(a.start, b.start) or not _one_actor(a, b, who_a, who_b):
        return False
    if not (wa or wb or a.places or a.countries or b.places or b.countries):
        return False  # two unplaced offensives of one actor and day tell nothing
    if not _one_where(wa, wb):
        return False
    for city, other in ((wa, b), (wb, a)):  # "the Kharkiv counteroffensive" and "Georgia's offensive"
        codes = {c for c in (country_code(n) for n in other.countries) if c is not None}
        if codes and not wa & wb and any(city_countries(p) and not city_countries(p) & codes for p in city):
            return False
    return True


def merge_launch_day(campaigns: dict[str, Cluster], clusters: list[Cluster], docs: list[Document],
                     dms: list[DocMentions]) -> list[Cluster]:
    """Join each pair of campaign tellings that the policy above finds to be one campaign (see the module);
    a campaign of ``campaigns`` absorbs the other cluster, which leaves ``clusters``."""
    if len(docs) < 2:
        return clusters
    pool: list[Cluster] = [cl for _name, cl in sorted(campaigns.items())] + clusters
    at: dict[int, dict[str, int]] = {}
    sides: list[_Side] = []
    where: list[set[str]] = []
    who: list[set[str]] = []
    for cl in pool:
        if cl.occurrence or not _campaign_nouns(cl, dms):
            continue
        for d, _ in cl.members:
            if d not in at:
                at[d] = _acts_at(dms[d])
        s = _side(cl, docs, dms, at, any_kind=True)
        wages = _who(cl, dms, s.named) if s is not None else set()
        # (a campaign whose actor only its noun phrase tells, "the US-led air campaign in Syria", counts too)
        if s is not None and (s.named or cl.campaign is not None or wages):
            sides.append(s)
            where.append(_named_places(cl, dms))
            who.append(wages)
    if len(sides) < 2:
        return clusters
    cands: dict[int, list[int]] = {}
    for i, a in enumerate(sides):
        for j in range(i + 1, len(sides)):
            if _fits(a, sides[j], where[i], where[j], who[i], who[j]):
                cands.setdefault(i, []).append(j)
                cands.setdefault(j, []).append(i)
    gone: set[int] = set()  # ids of clusters absorbed
    for i, js in sorted(cands.items()):
        if len(js) != 1 or cands.get(js[0]) != [i] or i > js[0]:
            continue
        ca, cb = sides[i].cl, sides[js[0]].cl
        if ca.campaign is not None and cb.campaign is not None:
            continue
        host, guest = (ca, cb) if ca.campaign is not None or cb.campaign is None else (cb, ca)
        if id(host) in gone or id(guest) in gone:
            continue
        host.absorb(guest)
        host.memo.clear()
        gone.add(id(guest))
    return [cl for cl in clusters if id(cl) not in gone]
