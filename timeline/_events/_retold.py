"""Tellings of one act that the streaming merge keeps apart, joined once every article is read.

- :func:`merge_retold`: "The air raid on the Qana residential building, carried out on the night of
  July 26" and "An air strike hit a residential building in Qana late on Sunday (July 30)": a definite
  telling of one strike on one facility at one place is the one strike another article tells there
  within two weeks, whatever day each gives it (the reasoning stage reports that they disagree);
- :func:`merge_stormed`: "stormed Kunduz before dawn on Monday" is how the Taliban took it: the capture of
  that town by that actor on that day;
- :func:`merge_open`: "said on Sunday that its troops had captured the town" (done by Sunday, no lower
  bound) is the one capture of that town another article dates in the week before.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline._events._cluster import Cluster, _start_range, _width
from timeline._events._dating import Bounds4
from timeline._events._local import BARE_CLASSES
from timeline._events._mentions import DocMentions
from timeline._events._rx import rx
from timeline._events._undated import _kin
from timeline.model import Document

__all__ = ["merge_open", "merge_retold", "merge_stormed"]

_DAY = dt.timedelta(days=1)


#: What one strike hits, named by the sentences that tell it: two articles telling a strike on "the
#: migrant detention centre" at one place tell one strike, whatever day each gives it.
_FACILITY = rx(r"\b(hospital|clinic|school|detention\s+cent(?:re|er)|cent(?:re|er)|market(?:place)?|mosque|church|"
               r"bakery|shelter|prison|camp|convoy|embassy|wedding|funeral|refinery|power\s+(?:plant|station)|"
               r"dam|bridge|airport|apartment\s+(?:block|building)|residential\s+building|building|theatre|theater|"
               r"railway\s+station|station)s?\b", re.IGNORECASE)
_ANOTHER = rx(r"\b(?:another|second|third|new|latest|fresh|renewed|earlier|previous|further|repeated)\b", re.IGNORECASE)
_RETOLD = dt.timedelta(days=14)


def _facilities(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    out: set[str] = set()
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        for hit in _FACILITY.finditer(dms[d].text, mn.sent.start, mn.sent.end):
            out.add(re.sub(r"\s+", " ", hit.group(1).lower()).replace("center", "centre"))
    return out


def _retelling(cl: Cluster, dms: list[DocMentions]) -> bool:
    """One article's definite telling of a single strike ("The air raid on the Tajoura migrant detention
    centre, carried out on ..."): the strike the reader knows, not another one."""
    if cl.campaign is not None or len({d for d, _ in cl.members}) != 1 or _kin(cl.type) != _kin("attack"):
        return False
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        if mn.nominal and mn.definite and not mn.plural and _ANOTHER.search(mn.premod) is None:
            return True
    return False


def merge_retold(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """A definite telling of one strike on a named facility at a named place ("the air raid on the Qana
    residential building, carried out on the night of July 26") and the one strike on that facility at
    that place another article tells within two weeks ("An air strike hit a residential building in Qana
    late on Sunday (July 30)") are one strike, even when the days differ: the reasoning stage then
    reports that the articles disagree.  Both sides must be the only candidates of each other; a
    strike told as "another"/"a second" one stays apart, and so do two different actors.
    """
    single: list[tuple[Cluster, Bounds4, set[str]]] = []
    for cl in clusters:
        b = _start_range(cl, docs)
        w = _width(b)
        if b is None or w is None or w > _DAY or cl.campaign is not None or _kin(cl.type) != _kin("attack"):
            continue
        fac = _facilities(cl, dms)
        if fac and any(cl.geo(dms)):
            single.append((cl, b, fac))
    if len(single) < 2:
        return clusters

    def near(a: tuple[Cluster, Bounds4, set[str]], g: tuple[Cluster, Bounds4, set[str]]) -> bool:
        (ca, ba, fa), (cg, bg, fg) = a, g
        if ca is cg or {d for d, _ in ca.members} & {d for d, _ in cg.members} or not fa & fg:
            return False
        ga, gg = ca.geo(dms), cg.geo(dms)
        if not (ga[0] | ga[1]) & (gg[0] | gg[1]):
            return False
        acts, theirs = set(ca.actors(dms)), set(cg.actors(dms))
        if acts and theirs and not acts & theirs:
            return False
        assert ba[0] is not None and bg[0] is not None
        return abs(ba[0] - bg[0]) <= _RETOLD

    # rows by the places they name: only rows sharing a place are compared (a corpus-sized pile of strikes
    # meets the few at each place)
    at: dict[str, list[int]] = {}
    for k, (c, _b, _f) in enumerate(single):
        for place in sorted(c.geo(dms)[0] | c.geo(dms)[1]):
            at.setdefault(place, []).append(k)

    def sharing(row: tuple[Cluster, Bounds4, set[str]]) -> list[tuple[Cluster, Bounds4, set[str]]]:
        ks = sorted({k for place in row[0].geo(dms)[0] | row[0].geo(dms)[1] for k in at.get(place, ())})
        return [single[k] for k in ks]

    gone: set[int] = set()
    for row in single:
        cl = row[0]
        if id(cl) in gone or not _retelling(cl, dms):
            continue
        fits = [g for g in sharing(row) if id(g[0]) not in gone and near(row, g)]
        if len(fits) != 1 or len([h for h in sharing(fits[0]) if id(h[0]) not in gone and near(fits[0], h)]) != 1:
            continue
        g = fits[0][0]
        g.absorb(cl)
        g.memo.clear()
        gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]


_BY = dt.timedelta(days=7)


def merge_open(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """An act told only as done by a day ("said on Sunday that its troops had captured the town": a start
    with no lower bound) and the one act of its kind at that target that another article dates on a day at
    most a week before it are one act.  Named actors must agree (a bare class such as "forces" agrees
    with anyone); two candidates, and it stays apart.

    Failing a telling dated to the day, one dated roughly ("entered the Old City through the breached walls
    in early July": half a month at most) whose window reaches into that week is the act, when both name
    one actor (a class alone is too loose for a rough date) and their objects, if both say one, agree."""
    precise: list[tuple[Cluster, Bounds4]] = []
    rough: list[tuple[Cluster, Bounds4]] = []
    open_: list[tuple[Cluster, dt.datetime]] = []
    for cl in clusters:
        if cl.campaign is not None or not cl.geo(dms)[0]:
            continue
        b = _start_range(cl, docs)
        if b is None:
            continue
        w = _width(b)
        if w is not None and w <= _DAY:
            precise.append((cl, b))
        elif w is not None and w <= _ROUGH:
            rough.append((cl, b))
        elif b[0] is None and b[1] is not None:
            open_.append((cl, b[1]))
    if not open_ or not (precise or rough):
        return clusters
    by_target = _by_target([g for g, _b in precise], dms)
    rough_at = _by_target([g for g, _b in rough], dms)
    gone: set[int] = set()
    for cl, hi in open_:
        mine = {d for d, _ in cl.members}
        acts = set(cl.actors(dms)) - BARE_CLASSES
        targets = cl.geo(dms)[0]
        fits = []
        for g, b in (precise[k] for k in sorted({k for t in targets for k in by_target.get(t, ())})):
            if id(g) in gone or _kin(g.type) != _kin(cl.type) or mine & {d for d, _ in g.members}:
                continue
            assert b[0] is not None
            if not (hi - _BY <= b[0] <= hi) or not targets & g.geo(dms)[0]:
                continue
            theirs = set(g.actors(dms)) - BARE_CLASSES
            if acts and theirs and not acts & theirs:
                continue
            fits.append(g)
        if not fits and acts:
            fits = [g for g, b in (rough[k] for k in sorted({k for t in targets for k in rough_at.get(t, ())}))
                    if id(g) not in gone and _roughly(cl, g, b, hi, acts, dms)]
        _join_the_one(fits, cl, gone)
    return [cl for cl in clusters if id(cl) not in gone]


_ROUGH = dt.timedelta(days=16)


def _roughly(cl: Cluster, g: Cluster, b: Bounds4, hi: dt.datetime, acts: set[str], dms: list[DocMentions]) -> bool:
    """A roughly dated telling ``g`` (start ``b``) of the act ``cl`` tells as done by ``hi``: its kind, its
    target, its named actor, its object (if both say one), a window reaching into the week before ``hi``."""
    if _kin(g.type) != _kin(cl.type) or {d for d, _ in cl.members} & {d for d, _ in g.members}:
        return False
    if b[0] is None or b[1] is None or b[0] > hi or b[1] < hi - _BY or not cl.geo(dms)[0] & g.geo(dms)[0]:
        return False
    if not acts & (set(g.actors(dms)) - BARE_CLASSES):
        return False
    mine, theirs = _objects(cl, dms), _objects(g, dms)
    return not (mine and theirs and not mine & theirs)


def _objects(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    """The objects the cluster's mentions name, singular ("walls" -> "wall")."""
    return {o.lower().removesuffix("s") for o in (dms[d].mentions[m].obj for d, m in cl.members) if o}


_STORM = frozenset({"storm", "overrun", "sweep", "swarm"})


def merge_stormed(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """"Hundreds of fighters stormed Kunduz before dawn on Monday" and "a day after the Taliban overran the
    city" (another article): storming a town is how it was taken, when the same named actor took that
    town on that day.  The storming joins the one capture of that target by that actor on that day."""
    captures: list[tuple[Cluster, Bounds4]] = []
    storms: list[tuple[Cluster, Bounds4]] = []
    for cl in clusters:
        if cl.campaign is not None:
            continue
        b = _start_range(cl, docs)
        w = _width(b)
        if b is None or w is None or w > _DAY or not cl.geo(dms)[0]:
            continue
        if cl.type == "capture":
            captures.append((cl, b))
        elif _kin(cl.type) == _kin("attack") and any(
                not dms[d].mentions[m].nominal and dms[d].mentions[m].lemma in _STORM for d, m in cl.members):
            storms.append((cl, b))
    if not storms or not captures:
        return clusters
    by_target = _by_target([g for g, _b in captures], dms)
    gone: set[int] = set()
    for cl, b in storms:
        acts = set(cl.actors(dms)) - BARE_CLASSES
        if not acts:
            continue  # "troops stormed the town": whose capture, it does not say
        near = [captures[k] for k in sorted({k for t in cl.geo(dms)[0] for k in by_target.get(t, ())})]
        fits = [g for g, gb in near if id(g) not in gone and acts & set(g.actors(dms))
                and cl.geo(dms)[0] & g.geo(dms)[0] and b[0] is not None and gb[0] is not None
                and abs(b[0] - gb[0]) <= _DAY and not {d for d, _ in cl.members} <= {d for d, _ in g.members}]
        _join_the_one(fits, cl, gone)
    return [cl for cl in clusters if id(cl) not in gone]


def _by_target(rows: list[Cluster], dms: list[DocMentions]) -> dict[str, list[int]]:
    """Row indexes by each target/place the row's cluster names (so a merge compares only rows sharing one)."""
    out: dict[str, list[int]] = {}
    for k, g in enumerate(rows):
        for t in sorted(g.geo(dms)[0]):
            out.setdefault(t, []).append(k)
    return out


def _join_the_one(fits: list[Cluster], cl: Cluster, gone: set[int]) -> None:
    """Exactly one candidate fits: ``cl`` is that event, told again (two, and it stays apart)."""
    if len(fits) == 1:
        fits[0].absorb(cl)
        fits[0].memo.clear()
        gone.add(id(cl))
