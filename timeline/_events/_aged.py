"""A campaign told once by its launch day and once only by its age, in two articles: one campaign.

"Ethiopia's army began military operations in Tigray on Wednesday (Nov. 4)" in one dispatch and "barely
three weeks into the federal campaign in Tigray" in another, weeks later, tell one campaign: the first by
the day it began, the second by how old it is.  The passes before keep them apart: the launch is an
indefinite (often plural) noun with an actor, the age a definite noun with another head and no actor
(:mod:`._campaigns` wants one head and a known noun; :mod:`._disputed` one shared actor).  So an age
that disagrees with the day ("three weeks" six weeks on) is never checked.

:func:`merge_aged` joins such a pair when

- the *launch* cluster is made of campaign nouns ("operations", "offensive", "campaign", "war"), not
  one of several ("a second offensive", "the final phase"), with a start known to a month from a link
  that says it began ("on Wednesday", "in May");
- the *aged* cluster is made of known campaign nouns ("the federal campaign", "their offensive"), dated
  only by one "N units into" / "N units old" phrase;
- their heads are one kind of campaign (campaign, operation, offensive; or war, invasion, incursion - a
  war and an operation only when both name one place), no two actors apart, the aged noun aimed at
  or placed in no place the launch does not name ("military operations in Ukraine" and "two months into
  the offensive in Donbas" may be a campaign and a later phase of it);
- the aged start lies within two months of the launch (closer is one campaign, whether the age fits or
  not: the reasoning stage then checks it);
- the aged telling has one candidate launch in the corpus (a false merge is worse than a missed one: two
  offensives launched in one spring leave "ten weeks into the offensive" alone); a campaign the corpus
  knows by its place takes the launch only when that launch fits no other aged telling.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline._events._campaigns import _PLACE_AFTER, _stem
from timeline._events._cluster import Cluster, _start_range
from timeline._events._dating import Bounds4, bounds_of_link, relative_bounds
from timeline._events._local import BARE_CLASSES
from timeline._events._mentions import DocMentions, Mention
from timeline._events._nps import RENEWED
from timeline.model import Document

__all__ = ["later_phase", "merge_aged", "phrase_places", "told_places"]

#: campaign nouns by kind: nouns of one kind may tell one campaign
_KIND = {
    "campaign": "op", "campaigns": "op", "operation": "op", "operations": "op", "offensive": "op",
    "war": "war", "invasion": "war", "incursion": "war",
    # a crisis or unrest told by its age ("barely two weeks into the coup"): each noun its own kind
    "coup": "coup", "putsch": "coup", "general strike": "strike", "uprising": "uprising",
    # a popular movement: its first protests and "the uprising" or "the revolution" it became are one movement
    # ("marched on Tuesday, the first day of protests" ... "now in its fifth week, the uprising")
    "protests": "uprising", "demonstrations": "uprising", "revolution": "uprising", "revolt": "uprising",
    "intifada": "uprising", "protest movement": "uprising",
    # a state of emergency, under way from the day it was declared ("barely two weeks into the state of emergency")
    "state of emergency": "emergency", "emergency rule": "emergency",
    "occupation": "occupation", "lockdown": "lockdown", "blockade": "siege", "siege": "siege",
    "sit-in": "sit-in", "standoff": "standoff", "trial": "trial",
}
#: kinds told by the one day they happened, so that a date "on" that day is their start ("seized power in a
#: coup on Monday"): the others need a link that says they began
_ONE_DAY = frozenset({"coup", "emergency"})
#: kinds a later phase in another place cannot be (a coup is the country's)
_NO_PHASE = frozenset({"coup", "strike", "uprising", "lockdown", "sit-in", "standoff", "trial", "emergency"})
#: one of several, or a part of the campaign ("the final phase", "a second offensive", "a new push")
_PART = re.compile(r"\b(?:" + "|".join((*RENEWED, "final", "last", "next", "separate", "phase", "stage", "ground", "counter"))
                   + r")\b", re.IGNORECASE)
#: a person by title, no place: "the uprising against President X", "protests against King Y"
_RULER = re.compile(r"(?:President|Prime|Premier|King|Queen|Emperor|Sultan|Emir|Sheikh|Chancellor|General|Gen\.|"
                    r"Colonel|Col\.|Field|Marshal|Mr|Mrs|Ms|Dr)\b")
_MONTH = dt.timedelta(days=31)
_GAP = dt.timedelta(days=62)


#: a state of emergency declared: its proclamation is its start ("declared a three-month state of emergency")
_EMERGENCY_OBJ = re.compile(r"(?:^|\s)(?:state\s+of\s+emergency|emergency\s+rule)$", re.IGNORECASE)


def _campaign_noun(mn: Mention) -> str | None:
    """The kind of a campaign noun that names the whole campaign (None otherwise); a proclamation of a state of
    emergency is the emergency's (kind ``emergency``)."""
    if not mn.nominal and mn.type == "proclamation" and mn.obj and _EMERGENCY_OBJ.search(mn.obj):
        return "emergency"
    if not mn.nominal or _PART.search(mn.premod):
        return None
    return _KIND.get(mn.word.lower())


def _kinds(cl: Cluster, dms: list[DocMentions]) -> set[str] | None:
    """The kinds of the cluster's members, all of them campaign nouns (None otherwise)."""
    out: set[str] = set()
    for d, m in cl.members:
        k = _campaign_noun(dms[d].mentions[m])
        if k is None:
            return None
        out.add(k)
    return out


def _launch(cl: Cluster, dms: list[DocMentions], docs: list[Document], kinds: set[str]) -> Bounds4 | None:
    """The start of a launch cluster: to a month, from a link that says it began (or, for an act of one
    day, that dates it)."""
    if cl.relative or cl.occurrence:
        return None
    b = _start_range(cl, docs)
    if b is None or b[0] is None or b[1] is None or b[1] - b[0] > _MONTH:
        return None
    for d, ln in cl.links:
        if ln.weak or (ln.relation != "begins" and not (ln.relation == "on" and kinds <= _ONE_DAY)):
            continue
        lb = bounds_of_link(docs[d].expressions[ln.expression], ln.relation)
        if lb is not None and lb[0] is not None and lb[1] is not None and lb[1] - lb[0] <= _MONTH:
            return b
    return None


def _aged(cl: Cluster, dms: list[DocMentions], docs: list[Document]) -> Bounds4 | None:
    """The start an aged cluster's one age phrase gives, when nothing else dates it."""
    if len(cl.relative) != 1 or cl.occurrence or _start_range(cl, docs) is not None:
        return None
    if any(not (mn.definite or mn.premod.rstrip().lower().endswith(("their", "its", "his", "'s", "\u2019s")))
           for mn in (dms[d].mentions[m] for d, m in cl.members)):
        return None
    b = relative_bounds(cl.relative[0][1])
    if b is None or (b[0] is None and b[1] is None):
        return None
    return b


def _near(a: Bounds4, b: Bounds4) -> bool:
    """Whether two starts lie within :data:`_GAP` of each other (an open end counts as reaching)."""
    assert a[0] is not None and a[1] is not None
    if b[1] is not None and b[1] < a[0]:
        return a[0] - b[1] <= _GAP
    if b[0] is not None and b[0] > a[1]:
        return b[0] - a[1] <= _GAP
    return True


def phrase_places(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    """The places the cluster's noun phrases name ("the offensive *in Donbas*", "the assault on *Kharkiv*"),
    stemmed; not the other places of their clauses ("..., soldiers reached Diabaly")."""
    out: set[str] = set()
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        hit = _PLACE_AFTER.match(dms[d].text, mn.end, min(len(dms[d].text), mn.end + 80))
        if hit is not None and not _RULER.match(hit.group(1)):
            out.add(_stem(hit.group(1)))
        out.update(_stem(t) for t in mn.targets)
    return out


def told_places(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    """Every place the cluster's mentions name, countries too, stemmed."""
    out: set[str] = set()
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        out.update(_stem(p) for p in [*mn.places, *mn.targets])
    return out | phrase_places(cl, dms)


def later_phase(dated: Cluster, aged: Cluster, dms: list[DocMentions]) -> bool:
    """The campaign told by its age names a place the dated launch does not ("military operations in
    Ukraine", "two months into the offensive in Donbas"): perhaps a later phase of it."""
    return bool(phrase_places(aged, dms) - told_places(dated, dms))


def _fits(launch: Cluster, aged: Cluster, kl: set[str], ka: set[str], dms: list[DocMentions]) -> bool:
    (tl, pl), (ta, pa) = launch.geo(dms), aged.geo(dms)
    if (ta and tl and not ta & tl) or (pa and pl and not pa & pl):
        return False
    if ka <= _NO_PHASE:
        # "the coup in Myanmar": a place the launch or its actors ("Myanmar's military") name
        if phrase_places(aged, dms) - told_places(launch, dms) - {_stem(a.split()[0]) for a in launch.actors(dms)}:
            return False
    elif later_phase(launch, aged, dms):
        return False
    if kl != ka and not (pl & pa or tl & ta):
        return False  # a war and an operation: one only when both name one place
    if ka == kl == {"emergency"}:
        return True  # a country's state of emergency: "Turkey's" names its place, not another actor than its declarer
    wl, wa = _who(launch, dms), _who(aged, dms)
    if wl and wa and not wl & wa:
        return False  # "the Russian air campaign" is not "the US-led air campaign"
    return _one_side(set(launch.actors(dms)) - BARE_CLASSES, set(aged.actors(dms)) - BARE_CLASSES)


def _who(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    """Who the cluster's noun phrases say wages the campaign: their proper premodifiers ("US-led", "Russian")."""
    return {_stem(w) for d, m in cl.members for w in re.findall(r"[\w'\u2019-]+", dms[d].mentions[m].premod)
            if w[:1].isupper() and w.lower() not in {"the", "a", "an"}}


def _one_side(a: set[str], b: set[str]) -> bool:
    """No two actors apart: a shared name, or one side's first word ("Russian aircraft", "Russian armed
    forces"; "Saudi-led warplanes", "the Saudi-led coalition"); a bare class ("forces") tells no one."""
    if not a or not b or a & b:
        return True
    return bool({_stem(x.split()[0]) for x in a} & {_stem(x.split()[0]) for x in b})


def merge_aged(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions],
               campaigns: dict[str, Cluster] | None = None) -> list[Cluster]:
    """Join a campaign's launch and its age told by another article (see the module); the rest unchanged.

    ``campaigns`` (by place): a campaign the corpus knows only by an age at its place ("ten days into the
    campaign in X") may be the aged telling too; the launch then joins it (it stays a campaign)."""
    if len(docs) < 2:
        return clusters
    launches: list[tuple[int, set[str], Bounds4]] = []
    ages: list[tuple[Cluster, set[str], Bounds4]] = []
    for k, cl in enumerate(clusters):
        kinds = _kinds(cl, dms)
        if kinds is None or len(kinds) != 1:
            continue
        b = _launch(cl, dms, docs, kinds)
        if b is not None:
            launches.append((k, kinds, b))
            continue
        b = _aged(cl, dms, docs)
        if b is not None:
            ages.append((cl, kinds, b))
    for name, cl in sorted((campaigns or {}).items()):
        kinds = _kinds(cl, dms)
        b = _aged(cl, dms, docs) if kinds is not None and len(kinds) == 1 and not cl.named else None
        if kinds is not None and b is not None and cl.geo(dms)[1] <= {name}:
            ages.append((cl, kinds, b))
    fits: dict[int, list[int]] = {}
    for i, ki, bi in launches:
        di = {d for d, _ in clusters[i].members}
        for j, (aged, kj, bj) in enumerate(ages):
            if di & {d for d, _ in aged.members} or not _near(bi, bj):
                continue
            if aged.campaign is not None and aged.campaign not in set().union(*clusters[i].geo(dms)):
                continue  # the campaign of a place: the launch names it
            if _fits(clusters[i], aged, ki, kj, dms):
                fits.setdefault(j, []).append(i)
    gone: set[int] = set()  # ids of the clusters merged into another
    for j, (aged, _k, _b) in enumerate(ages):
        hosts = fits.get(j, [])
        if len(hosts) != 1 or id(clusters[hosts[0]]) in gone:
            continue
        launch = clusters[hosts[0]]
        if aged.campaign is None:
            launch.absorb(aged)
            launch.memo.clear()
            gone.add(id(aged))
        elif sum(hosts[0] in v for v in fits.values()) == 1:
            aged.absorb(launch)  # (the campaign stays the host: the corpus knows it by its place)
            aged.memo.clear()
            gone.add(id(launch))
    return [cl for cl in clusters if id(cl) not in gone]
