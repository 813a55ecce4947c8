"""One act told by two articles with two different words: an entry that is a capture, a truce agreed and in force,
an arrest in a raid, an assault, a deal.

- "Ukrainian troops entered Sumy on Sunday" and, in another article, "Ukrainian troops retook Sumy on Sunday": the
  same actor coming into the same target on the same day is the taking of it, whatever verb each article
  uses (:func:`merge_entered`).  Another target, another actor, another day, or a second candidate on
  either side: they stay apart.
- "The two sides agreed a truce late on Saturday" and "The truce, which came into force on Sunday, ...":
  a ceasefire is agreed on one day and takes effect that day or the next, so the agreed one and the one
  told by its start one day later are one ceasefire (:func:`merge_agreed_truce`).  Only a single fit each
  way, with places and actors that do not contradict, and neither told as a repeat or a successor ("a
  new truce", "when the first one expired"); two days apart or more, they stay apart.

- "Soldiers detained the governor in a raid on Friday": the raid is how the detention was done, one act dated by
  the raid's day (:func:`merge_in_raid`); "The governor, who was detained on Friday" in another article is that
  detention, the same person held the same day (:func:`merge_same_person`).
- "Government troops moved against the rebel stronghold of X on Friday" and "Friday's assault by government forces
  in X": a generic verb aimed at a place and the assault there that day, by actors of one class
  (:func:`merge_moved_against`).
- "The weekend's evacuation deal" is the one evacuation another article tells that weekend (:func:`merge_deal_of`).

Every pass joins only a pair where each is the other's one fit; all but :func:`merge_in_raid` only join clusters
of different articles (within an article the merge of :mod:`._corefer` has already decided), and campaigns are
left alone.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline._events._cluster import Cluster, _start_range, _width, family
from timeline._events._local import with_classes
from timeline._events._mentions import DocMentions, Mention
from timeline._events._truces import _succession
from timeline._events._twice import _told_again, _told_as
from timeline.model import Document

__all__ = ["merge_acts", "merge_agreed_truce", "merge_entered", "merge_deal_of", "merge_in_raid", "merge_moved_against",
           "merge_same_person"]

_DAY = dt.timedelta(days=1)
#: an entry into a place: "entered", "rolled into" (the advance lemmas that end inside the target)
_ENTER = frozenset({"enter", "entry"})
#: "agreed a ceasefire", "signed a truce", "reached a 72-hour truce", "announced a ceasefire deal"
_AGREED = re.compile(r"(?<![\w-])(?:agreed|signed|reached|struck|sealed|brokered|announced|declared)\s+(?:to\s+)?"
                     r"(?:(?:a|an|the|their|its)\s+)?(?:[\w'-]+\s+){0,2}$", re.IGNORECASE)


def _docs(cl: Cluster) -> set[int]:
    return {d for d, _ in cl.members}


def _mentions(cl: Cluster, dms: list[DocMentions]) -> list[Mention]:
    return [dms[d].mentions[m] for d, m in cl.members]


def _day(cl: Cluster, docs: list[Document], within: dt.timedelta = _DAY) -> tuple[dt.date, dt.date] | None:
    """The days the cluster's start may fall on, when it is known to ``within`` (a day)."""
    b = _start_range(cl, docs)
    w = _width(b)
    if b is None or b[0] is None or b[1] is None or w is None or w > within:
        return None
    return b[0].date(), b[1].date()


def _apart(a: set[str], b: set[str]) -> bool:
    """Both known and disjoint."""
    return bool(a) and bool(b) and not a & b


def _on_days(rows: list[tuple[int, tuple[dt.date, dt.date]]]) -> dict[dt.date, list[tuple[int, tuple[dt.date, dt.date]]]]:
    """The rows filed under every day their start may fall on (a few days each): a query reads only its days, so
    a long feed of arrests or assaults is not compared pair by pair."""
    out: dict[dt.date, list[tuple[int, tuple[dt.date, dt.date]]]] = {}
    for k, day in rows:
        d = day[0]
        while d <= day[1]:
            out.setdefault(d, []).append((k, day))
            d += _DAY
    return out


def _near(index: dict[dt.date, list[tuple[int, tuple[dt.date, dt.date]]]], day: tuple[dt.date, dt.date],
          after: dt.timedelta = dt.timedelta(0)) -> list[tuple[int, tuple[dt.date, dt.date]]]:
    """The rows of ``index`` filed on a day from ``day[0]`` to ``day[1] + after``, each once, in order."""
    seen: dict[int, tuple[dt.date, dt.date]] = {}
    d = day[0]
    while d <= day[1] + after:
        for k, theirs in index.get(d, ()):
            seen[k] = theirs
        d += _DAY
    return sorted(seen.items())


def _unique_pairs(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pairs (i, j) where i fits only j and j only i."""
    left: dict[int, int] = {}
    right: dict[int, int] = {}
    for i, j in pairs:
        left[i] = left.get(i, 0) + 1
        right[j] = right.get(j, 0) + 1
    return [(i, j) for i, j in pairs if left[i] == 1 and right[j] == 1]


def _join(clusters: list[Cluster], pairs: list[tuple[int, int]], strong: bool = False) -> list[Cluster]:
    """``clusters[j]`` absorbs ``clusters[i]`` for each unique pair (``strong``: only its strong links)."""
    gone: set[int] = set()
    for i, j in _unique_pairs(pairs):
        if i in gone or j in gone:
            continue
        links = [x for x in clusters[i].links if not x[1].weak] if strong else None
        clusters[j].absorb(clusters[i], links)
        clusters[j].memo.clear()
        gone.add(i)
    return [cl for k, cl in enumerate(clusters) if k not in gone]


def _entry(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A cluster told only as an entry ("entered X", "their entry into X")."""
    mns = _mentions(cl, dms)
    return bool(mns) and all(mn.type == "advance" and mn.lemma.lower() in _ENTER for mn in mns)


def merge_entered(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join "X entered T on D" to the one capture of T by X on D another article tells (see the module)."""
    if len(docs) < 2:
        return clusters
    entries, captures = [], []
    for k, cl in enumerate(clusters):
        if cl.campaign is not None or cl.occurrence or _told_again(cl, dms):
            continue
        day = _day(cl, docs)
        if day is None or not cl.actors(dms) or not cl.geo(dms)[0]:
            continue
        if cl.type == "capture":
            captures.append((k, day))
        elif _entry(cl, dms):
            entries.append((k, day))
    pairs = []
    by_day = _on_days(captures)
    for i, di in entries:
        a, t = set(clusters[i].actors(dms)), clusters[i].geo(dms)[0]
        for j, dj in _near(by_day, di):
            g = clusters[j]
            if _docs(clusters[i]) & _docs(g) or di[0] > dj[1] or dj[0] > di[1]:
                continue
            if a & set(g.actors(dms)) and t & g.geo(dms)[0]:
                pairs.append((i, j))
    return _join(clusters, pairs)


def _agreed(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A ceasefire told as agreed ("agreed a ceasefire on Monday night"), by the verb that governs its noun."""
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        if mn.nominal and mn.type == "ceasefire" and \
                _AGREED.search(dms[d].text[max(mn.sent.start, mn.start - 60) : mn.start]) is not None:
            return True
    return False


def _fits(agreed: Cluster, started: Cluster, docs: list[Document]) -> bool:
    """Whether the agreed telling leaves the truce room to start when the other says: "agreed on Monday night"
    (into Tuesday's small hours) and "took effect on Tuesday" do, "agreed late on Thursday" (by midnight) and
    "came into force on Friday" do not - that is the deal's day, and the reasoning stage would find the two
    starts disagree."""
    a, s = _start_range(agreed, docs), _start_range(started, docs)
    if a is None or s is None or a[0] is None or s[0] is None or s[1] is None:
        return False
    end = a[3] or a[2]
    return a[0] <= s[1] and (end is None or end > s[0])


def merge_agreed_truce(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join a ceasefire agreed on day D to the one ceasefire another article tells taking effect on D or D+1."""
    if len(docs) < 2:
        return clusters
    agreed, started = [], []
    for k, cl in enumerate(clusters):
        if cl.type != "ceasefire" or cl.campaign is not None or cl.occurrence or _told_again(cl, dms) \
                or _succession(cl, dms) or any(mn.plural for mn in _mentions(cl, dms)):
            continue
        day = _day(cl, docs)
        if day is None:
            continue
        told = _told_as(cl, docs, dms)
        if _agreed(cl, dms) and "start" not in told:
            agreed.append((k, day))
        elif told == {"start"}:
            started.append((k, day))
    pairs = []
    by_day = _on_days(started)
    for i, di in agreed:
        a, (t, p) = set(clusters[i].actors(dms)), clusters[i].geo(dms)
        for j, dj in _near(by_day, di, _DAY):
            g = clusters[j]
            if _docs(clusters[i]) & _docs(g) or not (di[0] <= dj[0] and dj[1] <= di[1] + _DAY) \
                    or not _fits(clusters[i], g, docs):
                continue
            gt, gp = g.geo(dms)
            if _apart(a, set(g.actors(dms))) or _apart(t | p, gt | gp):
                continue
            pairs.append((i, j))
    return _join(clusters, pairs)



def merge_acts(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """All passes: an entry that is a capture, a truce agreed and in force, an act done in a raid, one person held."""
    clusters = merge_agreed_truce(merge_entered(clusters, docs, dms), docs, dms)
    clusters = merge_deal_of(merge_moved_against(clusters, docs, dms), docs, dms)
    return merge_same_person(merge_in_raid(clusters, docs, dms), docs, dms)


#: "detained the leader in a pre-dawn raid", "were killed during an overnight operation": the setting of the verb
_IN_SETTING = re.compile(r"\s+(?:in|during)\s+(?:a|an|the|their|its)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
_SETTINGS = frozenset({"raid", "operation", "sweep", "ambush", "crackdown", "swoop"})


def _single(cl: Cluster) -> tuple[int, int] | None:
    return cl.members[0] if len(cl.members) == 1 else None


def merge_in_raid(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """"Soldiers detained the leader in a pre-dawn raid on Monday": the raid is how the detention was done, one
    act, dated by the raid's day.  Only a verb with no day of its own, and a raid noun of the same sentence that
    follows it (within its clause, no verb of its own) and is an event only there."""
    at: dict[tuple[int, int], int] = {}
    for k, cl in enumerate(clusters):
        one = _single(cl)
        if one is not None and cl.campaign is None:
            at[one] = k
    pairs = []
    for (d, m), k in at.items():
        mn = dms[d].mentions[m]
        if not mn.nominal or mn.lemma.lower() not in _SETTINGS or mn.plural or _day(clusters[k], docs, 2 * _DAY) is None:
            continue
        verbs = [v for v in dms[d].mentions[:m] if not v.nominal and v.sent.index == mn.sent.index]
        if not verbs:
            continue
        v = verbs[-1]
        host = at.get((d, v.index))
        gap = dms[d].text[v.end : mn.start]
        if host is None or _start_range(clusters[host], docs) is not None or len(gap) > 90 \
                or _IN_SETTING.search(gap) is None or any(c in gap for c in ".;") or v.type == mn.type:
            continue
        if _apart(set(v.actors), set(mn.actors)):
            continue
        pairs.append((k, host))
    # the raid's bare time of day ("pre-dawn") is the raid's hour; the act done in it takes the raid's day, which
    # another article's "detained on Monday" then tells alike
    return _join(clusters, pairs, strong=True)


#: a verb's definite object, the person the reader knows: "detained the opposition leader in ...", "arrested the
#: editor on Friday"
_OBJECT = re.compile(r"\s+the\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+)(?=\s+(?:in|on|during|at|after|before|"
                     r"and|who|from)\b|\s*[,.;])")
#: the person a passive tells held: "The leader, who was detained", "the journalist was arrested"
_PASSIVE_HEAD = re.compile(r"(?P<head>[a-z]+)(?:\s*,\s*who)?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+$")


def _person(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    """The head nouns of who the cluster's acts were done to: the verb's object ("detained the elected
    leader": leader), the subject of its passive ("the leader, who was detained": leader)."""
    out: set[str] = set()
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        obj = _OBJECT.match(dms[d].text, mn.end, mn.sent.end) if not mn.nominal else None
        if mn.obj:
            out.add(mn.obj.split()[-1].lower())
        elif obj is not None:
            out.add(obj.group("head").lower())
        elif not mn.nominal:
            hit = _PASSIVE_HEAD.search(dms[d].text[max(mn.sent.start, mn.start - 40) : mn.start])
            if hit is not None:
                out.add(hit.group("head"))
    return out


def merge_same_person(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """"Soldiers detained the elected leader on Monday" and, in another article, "The leader, who was detained on
    Monday": the same act done to the same person on the same day is one, though one telling names no actor.
    Only for arrests, when the day is known to the day, actors and places do not contradict, and each is the
    other's one fit ("police detained a journalist on Monday" stays apart from the leader detained that day)."""
    if len(docs) < 2:
        return clusters
    rows = []
    for k, cl in enumerate(clusters):
        if cl.type != "arrest" or cl.campaign is not None or cl.occurrence or _told_again(cl, dms):
            continue
        day, who = _day(cl, docs, 2 * _DAY), _person(cl, dms)  # ("a pre-dawn raid on Monday": its night too)
        if day is not None and who and not any(mn.plural for mn in _mentions(cl, dms)):
            rows.append((k, day, who))
    pairs = []
    heads = {k: w for k, _, w in rows}
    by_day = _on_days([(k, day) for k, day, _ in rows])
    for i, di, wi in rows:
        for j, dj in _near(by_day, di):
            wj = heads[j]
            if j <= i:
                continue
            a, b = clusters[i], clusters[j]
            if _docs(a) & _docs(b) or di[0] > dj[1] or dj[0] > di[1] or not wi & wj:
                continue
            ga, gb = a.geo(dms), b.geo(dms)
            if _apart(set(a.actors(dms)), set(b.actors(dms))) or _apart(ga[0] | ga[1], gb[0] | gb[1]):
                continue
            pairs.append((i, j))
    return _join(clusters, pairs)


#: a verb of no event type of its own told against a target: "moved against the stronghold", "turned on the town"
_AGAINST = re.compile(r"\s+(?:against|on)\b", re.IGNORECASE)


def _moved_against(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A cluster told only by a generic act verb aimed at something ("troops moved against the town")."""
    mns = _mentions(cl, dms)
    return bool(mns) and all(mn.type.startswith("act:") and not mn.nominal and _AGAINST.match(dms[d].text, mn.end)
                             is not None for mn, (d, _) in zip(mns, cl.members, strict=True))


def merge_moved_against(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """"Government troops moved against the rebel-held town on Friday" and, in another article, "Friday's assault
    by army units on the town": a generic verb aimed at a place and an assault at that place on that day, by
    actors of one class ("government forces", "Ukrainian armed forces"), are one assault.  Rebels moving against
    the town, another town, another day, or a second assault that day: apart."""
    if len(docs) < 2:
        return clusters
    moves, assaults = [], []
    for k, cl in enumerate(clusters):
        if cl.campaign is not None or cl.occurrence or _told_again(cl, dms):
            continue
        day = _day(cl, docs)
        if day is None or not cl.actors(dms):
            continue
        if _moved_against(cl, dms):
            moves.append((k, day))
        elif family(cl.type) == "offensive":
            assaults.append((k, day))
    pairs = []
    by_day = _on_days(assaults)
    for i, di in moves:
        a, (t, p) = with_classes(set(clusters[i].actors(dms))), clusters[i].geo(dms)
        for j, dj in _near(by_day, di):
            g = clusters[j]
            gt, gp = g.geo(dms)
            if _docs(clusters[i]) & _docs(g) or di[0] > dj[1] or dj[0] > di[1] or not (t | p) & (gt | gp):
                continue
            if a & with_classes(set(g.actors(dms))):
                pairs.append((i, j))
    return _join(clusters, pairs)


#: the act a deal is about: "the weekend's evacuation deal", "a withdrawal agreement" (the act noun is its type)
_DEAL_OF = frozenset({"evacuation", "withdrawal", "surrender", "handover"})
_DEALS = frozenset({"deal", "agreement", "arrangement", "accord"})
_WEEKEND = dt.timedelta(days=3)


def _deal_of(cl: Cluster, dms: list[DocMentions]) -> str | None:
    """The act type of a cluster told only as a deal about it ("The weekend's evacuation deal": evacuation)."""
    kinds = set()
    for mn in _mentions(cl, dms):
        words = mn.premod.lower().split()
        if not mn.nominal or mn.lemma.lower() not in _DEALS or not words or words[-1] not in _DEAL_OF:
            return None
        kinds.add(words[-1])
    return kinds.pop() if len(kinds) == 1 else None


def merge_deal_of(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """"The weekend's evacuation deal" and, in another article, "Buses began taking civilians out of X on Sunday":
    a deal named by the act it arranges, dated to within a few days, is that act when another article tells the
    one such act in that window (the deal is told with what it brought about).  Two evacuations in the window,
    none, or places that differ: it stays apart."""
    if len(docs) < 2:
        return clusters
    deals, acts = [], []
    for k, cl in enumerate(clusters):
        if cl.campaign is not None or cl.occurrence or _told_again(cl, dms):
            continue
        day = _day(cl, docs, _WEEKEND)
        if day is None:
            continue
        kind = _deal_of(cl, dms) if cl.type == "agreement" else None
        if kind is not None:
            deals.append((k, day, kind))
        elif cl.type in _DEAL_OF:
            acts.append((k, day))
    pairs = []
    by_day = _on_days(acts)
    for i, di, kind in deals:
        a, (t, p) = set(clusters[i].actors(dms)), clusters[i].geo(dms)
        for j, dj in _near(by_day, di):
            g = clusters[j]
            gt, gp = g.geo(dms)
            if g.type != kind or _docs(clusters[i]) & _docs(g) or di[0] > dj[1] or dj[0] > di[1]:
                continue
            if _apart(a, set(g.actors(dms))) or _apart(t | p, gt | gp):
                continue
            pairs.append((i, j))
    return _join(clusters, pairs)
