"""One act told by two articles with two dates: join the tellings so that reasoning names the conflict.

Coreference across documents asks for overlapping dates (:mod:`._corefer`), which is right when the
articles agree and leaves a disagreement unseen: "Russian troops entered Gori on Wednesday (Aug. 13)" in
one dispatch and "Gori, which Russian troops entered on Aug. 9" in another become two entries, both
"true".  Some acts happen once to their target, though, so two tellings of one of them by one actor are
one act, whatever the dates say:

- the capture of a place by an actor ("seized", "took", "captured"; not "regained", "recaptured");
- the entry of an actor into a place ("entered", "rolled into"; not "re-entered");
- the landing of an actor's troops from the sea at a place ("landed at X", "went ashore at X", "put its troops
  ashore at X", "the landings at X": :data:`._naval.LANDING_LEMMAS`);
- the declaration of a place's liberation, or of victory in it ("declared Raqqa liberated");
- the launch of an actor's offensive, told once with its day and once only by its age ("launched a
  nationwide offensive on Saturday (May 1)" and "now in its fourth week, the Taliban offensive"); two
  dated tellings of offensives may be two offensives ("began on June 6", "launched on Friday toward X"),
  unless both noun phrases name one place (or a city and its country), the days lie at most :data:`_GAP`
  apart and each is the other's one dated telling at that place by that actor ("launched a counteroffensive
  in the X region on Tuesday (Sept. 6)" / "Ukraine's counteroffensive in the X region, which began on
  Sept. 1": :func:`_dated_offensives`).

One of the two tellings must tell the act as known, not as news: in a relative clause, in a "since" clause
("Since the army captured X on December 18, ..."), by a definite or possessed noun, or by its age; two fresh reports ("seized the airport on Friday", "seized the airport on
Monday") may be two acts, the place lost and taken again in between.  The join also needs: different documents, the same actor (one shared name, or a bare class and a member of it: "forces" and "Sri Lankan forces"), the same target (the
offensive: no two places apart, and none named by the age alone: "launched operations in Ukraine" and
"two months into the offensive in Donbas" may be a campaign and a later phase of it), both starts known to a day (the offensive: to a month), starts that do
not overlap and lie at most :data:`_GAP` apart (:data:`_GAP_OFFENSIVE` for an offensive), no telling
marked as one of several ("again", "a second"), and one candidate each way: a third telling of that act
by that actor leaves all of them apart.  The joined event carries both dates; the reasoning stage then
reports ``documents-disagree`` with both articles as evidence.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline._events._aged import later_phase
from timeline._events._cluster import Cluster, _start_range, _width, family
from timeline._events._launch_day import _named_places, _one_where
from timeline._events._mentions import DocMentions
from timeline._events._naval import LANDING_LEMMAS
from timeline._events._nps import RENEWED
from timeline._events._one_act import _docs, _mentions
from timeline.model import Document

__all__ = ["merge_disputed"]

# a retelling a month off still tells that act ("captured X on December 18" for the capture of January 2);
# two reports further apart may be the place lost and taken again
_GAP = dt.timedelta(days=31)
_GAP_OFFENSIVE = dt.timedelta(days=180)
_DAY = dt.timedelta(days=1)
_MONTH = dt.timedelta(days=31)
#: a second taking of a place, a return: another act than the first capture or entry
_AGAIN_LEMMA = re.compile(r"^(?:re-?(?:captur|tak|gain|enter|seiz|claim|occup)|regain|win back|won back|take back"
                          r"|took back|retak|recaptur)", re.IGNORECASE)
#: one of several: "another offensive", "a second assault", "entered again", "for the third time"
_SEVERAL = re.compile(r"\b(?:" + "|".join((*RENEWED, "repeated", "further")) + r")\b", re.IGNORECASE)
_AGAIN = re.compile(r"\b(?:again|once\s+more|anew|for\s+the\s+\w+\s+time)\b", re.IGNORECASE)
#: a non-restrictive relative clause up to the trigger: "Gori, which Russian troops entered"
_WHICH = re.compile(r",\s*(?:which|where|whom)\s+(?:[\w.'\u2019-]+\s+){0,7}$", re.IGNORECASE)
#: a "since" clause up to the trigger presupposes the act: "Since the army captured X on December 18, ..."
_SINCE = re.compile(r"(?:^|[,;:]\s*|\s-\s+)[Ss]ince\s+(?:[\w.'\u2019-]+\s+){0,6}$")
#: what a declaration declares once: the place freed, the fight won
_OUTCOME = re.compile(r"\b(?:liberat\w*|free(?:d)?|victory|victorious|cleared|fully\s+under)\b", re.IGNORECASE)


def _repeated(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A telling marked as one of several acts of its kind."""
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        if _SEVERAL.search(mn.premod) or _AGAIN.search(dms[d].text, mn.sent.start, mn.sent.end):
            return True
    return False


def _retold(cl: Cluster, dms: list[DocMentions]) -> bool:
    """Told as known rather than as news: in a relative clause ("Gori, which they entered on Aug. 9"), by a
    definite or possessed noun ("the capture of Brega on March 5", "Friday's fall of the town"), or by age."""
    if cl.relative:
        return True
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        if mn.nominal and (mn.definite or mn.possessive_time or mn.premod.rstrip().endswith(("'s", "\u2019s"))):
            return True
        if _WHICH.search(dms[d].text, max(mn.sent.start, mn.start - 90), mn.start) \
                or _SINCE.search(dms[d].text[max(mn.sent.start, mn.start - 90) : mn.start]):
            return True
    return False


def _kind(cl: Cluster, dms: list[DocMentions]) -> str | None:
    """Which once-only act the cluster tells (every member the same), or ``None``."""
    mns = _mentions(cl, dms)
    if not mns or any(_AGAIN_LEMMA.match(mn.lemma) or _AGAIN_LEMMA.match(mn.word) for mn in mns):
        return None
    if all(mn.type == "capture" for mn in mns):
        return "capture"
    if all(mn.type == "advance" and mn.lemma.lower() in {"enter", "entry"} for mn in mns):
        return "entry"
    if all(mn.type == "advance" and mn.lemma.lower() in LANDING_LEMMAS for mn in mns):
        return "landing"
    if all(mn.type == "proclamation" and _OUTCOME.search(mn.obj or "") for mn in mns):
        return "declared"
    if family(cl.type) == "offensive" and all(mn.type == "offensive" and mn.nominal for mn in mns):
        return "offensive"
    return None


def _days(cl: Cluster, docs: list[Document], within: dt.timedelta) -> tuple[dt.datetime, dt.datetime, bool] | None:
    """The start's range, when known to ``within``, and whether only an age gives it ("in its fourth week")."""
    b = _start_range(cl, docs)
    aged = False
    if b is None and len(cl.relative) == 1:
        r = cl.relative[0][1]
        if r.ref is not None and r.lo is not None and r.hi is not None:
            b, aged = (r.ref - dt.timedelta(days=r.hi), r.ref - dt.timedelta(days=r.lo), None, None), True
    w = _width(b)
    if b is None or b[0] is None or b[1] is None or w is None or w > within:
        return None
    return b[0], b[1], aged


def _fits(a: Cluster, b: Cluster, kind: str, dms: list[DocMentions]) -> bool:
    """The same actor, and the same target (an offensive: no two targets or places apart)."""
    if not any(_one_actor(x, y) for x in a.actors(dms) for y in b.actors(dms)):
        return False
    (ta, pa), (tb, pb) = a.geo(dms), b.geo(dms)
    if kind == "offensive":  # no two targets or places apart
        return not (ta and tb and not ta & tb) and not (pa and pb and not pa & pb)
    return bool(ta & tb)


def _one_actor(x: str, y: str) -> bool:
    """One actor by name, or a bare class and a member of it: "forces" (the army, troops) and "Sri Lankan
    forces" (not "rebels" and "forces": two classes)."""
    if x == y:
        return True
    short, long = sorted((x.lower(), y.lower()), key=len)
    return " " not in short and long.endswith(" " + short)


def _apart(x: tuple[dt.datetime, dt.datetime, bool], y: tuple[dt.datetime, dt.datetime, bool], gap: dt.timedelta
           ) -> bool:
    """Starts that cannot be one day, yet lie close enough to tell one act."""
    if x[1].date() < y[0].date():
        return y[0] - x[1] <= gap
    if y[1].date() < x[0].date():
        return x[0] - y[1] <= gap
    return False


def merge_disputed(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join two tellings of a once-only act whose dates disagree (see the module); the rest unchanged."""
    if len(docs) < 2:
        return clusters
    rows: list[tuple[int, str, tuple[dt.datetime, dt.datetime, bool]]] = []
    for k, cl in enumerate(clusters):
        if cl.occurrence or _repeated(cl, dms):
            continue
        kind = _kind(cl, dms)
        if kind is None or (kind != "offensive" and cl.campaign is not None):
            continue
        days = _days(cl, docs, _MONTH if kind == "offensive" else _DAY)
        if days is not None:
            rows.append((k, kind, days))
    fits: dict[int, list[int]] = {}
    for x, (i, kind, di) in enumerate(rows):
        for j, kind_j, dj in rows[x + 1:]:
            a, b = clusters[i], clusters[j]
            if kind_j != kind or _docs(a) & _docs(b) or not _fits(a, b, kind, dms):
                continue
            if kind == "offensive" and di[2] == dj[2]:
                continue  # an offensive: one telling gives the day, the other only the age
            if kind == "offensive" and later_phase(*((b, a) if di[2] else (a, b)), dms):
                continue  # "in Ukraine" and "two months into the offensive in Donbas": perhaps a later phase
            if not (_retold(a, dms) or _retold(b, dms)):
                continue  # two reports of news may be two acts (the place lost and taken again)
            # any other telling of the act by the actor, on the same day or not, leaves the pair apart
            fits.setdefault(i, []).append(j)
            fits.setdefault(j, []).append(i)
            if _apart(di, dj, _GAP_OFFENSIVE if kind == "offensive" else _GAP):
                fits.setdefault(-1 - i, []).append(j)
                fits.setdefault(-1 - j, []).append(i)
    return _dated_offensives(_join(clusters, fits), docs, dms)


def _join(clusters: list[Cluster], fits: dict[int, list[int]]) -> list[Cluster]:
    """Join each pair that is the other's one fit (``fits[i]``) and lies apart (``fits[-1 - i]``)."""
    gone: set[int] = set()
    for i, js in sorted(fits.items()):
        if i < 0 or len(js) != 1:
            continue
        j = js[0]
        if len(fits.get(j, ())) != 1 or fits.get(-1 - i) != [j] or i in gone or j in gone:
            continue
        keep, drop = (i, j) if i < j else (j, i)
        clusters[keep].absorb(clusters[drop])
        clusters[keep].memo.clear()
        gone.add(drop)
    return [cl for k, cl in enumerate(clusters) if k not in gone]


def _fresh(cl: Cluster, days: tuple[dt.datetime, dt.datetime, bool], docs: list[Document]) -> bool:
    """An indefinite telling ("launched a counteroffensive on Tuesday") is the news of that launch only in a
    dispatch of its first days; told weeks later ("began a counteroffensive on August 15") it introduces
    another campaign."""
    for d, _ in cl.members:
        anchor = docs[d].anchor.value
        if anchor is None or anchor - days[1] > _FRESH:
            return False
    return True


_FRESH = dt.timedelta(days=3)


def _dated_offensives(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """One offensive told twice by its start day, the days disagreeing ("launched a counteroffensive in the X
    region on Tuesday (Sept. 6)" / "Ukraine's counteroffensive in the X region, which began on Sept. 1"): both
    starts known to a day, at most :data:`_GAP` apart, the same actor, both noun phrases placed and at one
    place (or a city and its country, :func:`._launch_day._one_where`), one telling told as known and the other
    known too or the news of a dispatch of its first days (:func:`_fresh`), none as one of several ("a new
    offensive"), and one candidate each way among all the dated tellings of an offensive by
    that actor at that place, whatever their dates."""
    rows: list[tuple[int, tuple[dt.datetime, dt.datetime, bool], set[str]]] = []
    for k, cl in enumerate(clusters):
        if cl.occurrence or _repeated(cl, dms) or _kind(cl, dms) != "offensive":
            continue
        days = _days(cl, docs, _DAY)
        where = _named_places(cl, dms)
        if days is not None and not days[2] and where:
            rows.append((k, days, where))
    fits: dict[int, list[int]] = {}
    for x, (i, di, wi) in enumerate(rows):
        for j, dj, wj in rows[x + 1:]:
            a, b = clusters[i], clusters[j]
            if _docs(a) & _docs(b) or not set(a.actors(dms)) & set(b.actors(dms)) or not _one_where(wi, wj):
                continue
            fits.setdefault(i, []).append(j)
            fits.setdefault(j, []).append(i)
            ra, rb = _retold(a, dms), _retold(b, dms)
            if (ra or rb) and (ra or _fresh(a, di, docs)) and (rb or _fresh(b, dj, docs)) and _apart(di, dj, _GAP):
                fits.setdefault(-1 - i, []).append(j)
                fits.setdefault(-1 - j, []).append(i)
    return _join(clusters, fits)
