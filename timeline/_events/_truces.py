"""One truce told by two articles with two start dates, known by what sets it apart.

"A ten-day ceasefire between the army and the rebels took effect at 6 a.m. on Friday (June 2)" and, days
later in another article, "The ten-day ceasefire in Mali, which took effect on May 26, has been broken":
the definite noun with the same distinguishing modifier (its length, "ten-day", "week-long", "72-hour",
or its occasion, "Eid", "Christmas") presupposes the one such truce the reader knows, whatever day each
article gives it; :func:`merge_truces` joins them so that the reasoning stage can report that the articles
disagree.  A war has several truces: without such a modifier (a bare "the ceasefire"), with another
length, as "a new" or "renewed" one, with two candidates, or in another place, the truces stay apart.

It only joins when:

- the noun is definite or owned, singular, no campaign, opens its event in its article, is no "new",
  "second", "renewed" one, and its day is its own phrase's ("which took effect on May 26");
- exactly one dated ceasefire of another article carries the same modifier and starts within a month
  (``_WINDOW``) of it, and, for a truce named by its length, within that length and a day (a 72-hour truce
  that began four weeks before is over: "the 72-hour ceasefire, which took effect on D" is another one),
  and is not told as a repeat nor beside another truce's end or extension ("when the first one expired");
- both name a place (countries included), and the places meet (a "72-hour truce" told from Sanaa, naming
  no place, is not the 72-hour truce in Mali);
- both are told by their start ("took effect", "began", "which came into force on").
"""

from __future__ import annotations

import datetime as dt
import re

from timeline._events._cluster import Cluster
from timeline._events._mentions import DocMentions, Mention
from timeline._events._truce_words import truce_modifier, truce_words
from timeline._events._twice import _ONE_OF_SEVERAL, _OWNED, _dated, _own_day, _told_again, _told_as
from timeline.model import Document

__all__ = ["merge_truces", "truce_modifier"]

_WINDOW = dt.timedelta(days=31)
#: a sentence that tells a truce's end or successor tells two truces: "which took effect on April 27, when the
#: first one expired", "the truce, extended on Monday", "replacing the earlier one"
_SUCCESSION = re.compile(r"\b(?:expir\w*|laps(?:ed|es)|extend\w*|extension|replac\w*|succeed\w*|"
                         r"(?:first|earlier|previous|last|old)\s+one)\b", re.IGNORECASE)


def _succession(cl: Cluster, dms: list[DocMentions]) -> bool:
    return any(_SUCCESSION.search(dms[d].text, mn.sent.start, mn.sent.end) is not None
               for mn, d in ((dms[d].mentions[m], d) for d, m in cl.members))


def _window(mod: str) -> dt.timedelta:
    """How far apart two tellings of one truce may put its start: its length and a day ("72h": 4 days), at
    most a month (an occasion or an open-ended truce: a month)."""
    if mod.endswith("h") and mod[:-1].isdigit():
        return min(_WINDOW, dt.timedelta(hours=int(mod[:-1]), days=1))
    return _WINDOW


def _presupposing(mn: Mention) -> str | None:
    """The modifier of a definite or owned singular truce noun that is no "new"/"second" one, else None."""
    if not mn.nominal or mn.plural or mn.campaign is not None or mn.type != "ceasefire" \
            or not (mn.definite or _OWNED.search(mn.premod) is not None) or _ONE_OF_SEVERAL.search(mn.premod):
        return None
    return truce_modifier(mn.premod)


def _where(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    return {p for d, m in cl.members for p in (*dms[d].mentions[m].places, *dms[d].mentions[m].targets)}


def _own(cl: Cluster, docs: list[Document], dms: list[DocMentions]) -> str | None:
    """The modifier of the presupposing noun that opens ``cl`` in its one article, dated by its own phrase."""
    if len({d for d, _ in cl.members}) != 1:
        return None
    d, m = min(cl.members)
    mn = dms[d].mentions[m]
    mod = _presupposing(mn)
    links = [ln for dd, ln in cl.links if dd == d and ln.mention == m and not ln.weak]
    if mod is None or not links or not all(_own_day(docs[d], mn, ln) for ln in links):
        return None
    return mod


def merge_truces(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join "the ten-day ceasefire in X, which took effect on D" to the one dated ten-day ceasefire another
    article tells within a month (see the module's docstring)."""
    if len(docs) < 2:
        return clusters
    rows = []
    for cl in clusters:
        if cl.type != "ceasefire" or cl.campaign is not None:
            continue
        b = _dated(cl, docs)
        mods = truce_words(cl, dms)
        if b is not None and b[0] is not None and mods:
            rows.append((cl, b[0], mods))
    gone: set[int] = set()
    for cl, start, _mods in rows:
        mod = _own(cl, docs, dms) if id(cl) not in gone else None
        if mod is None or _told_again(cl, dms) or _succession(cl, dms):
            continue
        mine = {d for d, _ in cl.members}
        fits = [g for g, s, ms in rows if g is not cl and id(g) not in gone and mod in ms
                and abs(s - start) <= _window(mod) and not mine & {d for d, _ in g.members}]
        if len(fits) != 1 or _told_again(fits[0], dms) or _succession(fits[0], dms):
            continue
        g = fits[0]
        here, there = _where(cl, dms), _where(g, dms)
        told, told_g = _told_as(cl, docs, dms), _told_as(g, docs, dms)
        if not here & there or "start" not in told or "start" not in told_g \
                or "other" in told | told_g:
            continue
        g.absorb(cl)
        g.memo.clear()
        gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]
