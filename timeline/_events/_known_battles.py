"""A battle for a town the reader knows only as a past week's or day's news: the capture that ended it.

"The pause follows two weeks of operations that included last week's battle for Qasr Amin", and another
article: "Government troops captured Qasr Amin on Friday after a three-hour gunfight".  A battle told by
nothing but an owner time ("last week's battle for X", "Saturday's battle for X") is a short fight the reader
knows from the news of that day or week; when the corpus dates exactly one capture of X inside that time, told
by another article, it is the fight in which X was taken: one event, the capture.

Conservative: the battle is told by one article only, by owner-time nouns only (no "now in its third week",
no "began on", no duration, no relation), the capture is dated to a day inside the owner time, and exactly one
capture of X fits.  The battle lends no date (its owner time is a week or a day around the fight, not its
start), so the merge can never make two articles disagree.
"""

from __future__ import annotations

from timeline._events._cluster import Cluster, _start_range, _width
from timeline._events._dating import bounds_of_link
from timeline._events._mentions import DocMentions
from timeline._events._rx import rx
from timeline.model import Document

__all__ = ["merge_known_battles"]

_FIGHT_HEADS = frozenset({"battle", "fight", "fighting"})
_DAY_SECONDS = 86400
_OWNED = rx(r"['\u2019]s$")


def _owner_window(cl: Cluster, dms: list[DocMentions], docs: list[Document]) -> tuple[int, range] | None:
    """(document, days of the owner time) when ``cl`` is a battle told only as "last week's battle for X"."""
    if cl.named or cl.relative or cl.derived or not cl.links or cl.campaign is None:
        return None
    ds = {d for d, _ in cl.members}
    if len(ds) != 1:
        return None
    d = next(iter(ds))
    if not all((dms[d].mentions[m].possessive_time or _OWNED.search(dms[d].mentions[m].premod) is not None)
               and dms[d].mentions[m].word.lower() in _FIGHT_HEADS for _, m in cl.members):
        return None
    days: range | None = None
    for _, ln in cl.links:
        e = docs[d].expressions[ln.expression]
        if ln.weak or rx(r"['\u2019]s\b").match(docs[d].text, e.end) is None:
            return None  # every date is the owner time
        b = bounds_of_link(e, "within")
        if b is None or b[0] is None or b[1] is None:
            return None
        span = range(b[0].toordinal(), b[1].toordinal() + 1)
        days = span if days is None else range(max(days.start, span.start), min(days.stop, span.stop))
    if days is None or len(days) == 0 or len(days) > 8:
        return None
    return d, days


def merge_known_battles(campaigns: dict[str, Cluster], clusters: list[Cluster], dms: list[DocMentions],
                        docs: list[Document]) -> None:
    """Each battle told only by an owner time joins the one capture of its place dated in it (in place: the
    battle leaves ``campaigns``)."""
    battles = [(name, got) for name in sorted(campaigns)
               if (got := _owner_window(campaigns[name], dms, docs)) is not None]
    if not battles:
        return
    by_target: dict[str, list[Cluster]] = {}  # captures by target, looked up once per battle
    for g in clusters:
        if g.type == "capture" and g.campaign is None:
            for t in sorted(g.geo(dms)[0]):
                by_target.setdefault(t, []).append(g)
    for name, (d, days) in battles:
        cl = campaigns[name]
        fits = []
        for g in by_target.get(name, []):
            if d in {x for x, _ in g.members}:
                continue
            b = _start_range(g, docs)
            w = _width(b)
            if b is None or b[0] is None or b[1] is None or w is None or w.total_seconds() > _DAY_SECONDS:
                continue
            if b[0].toordinal() in days and b[1].toordinal() in days:
                fits.append(g)
        if len(fits) != 1:
            continue
        fits[0].absorb(cl, [])  # its members, not its dates
        fits[0].memo.clear()
        del campaigns[name]
