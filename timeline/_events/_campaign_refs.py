"""A campaign told across the corpus by its quoted name or by its opening push.

1. :func:`merge_quoted` - a campaign known by a quoted name is one campaign across the corpus.

   "The acting president announced on Sunday a full-scale 'counter-terrorism operation'", "the most serious
   push since it announced its 'counter-terrorism operation' nearly three weeks ago" and "the president said
   the 'counter-terrorism operation' should last hours, not months": the quotation marks say the phrase is
   the campaign's own name (a government's word for its war), so the articles that quote it tell one
   campaign however each dates it or leaves it undated.

   :func:`merge_quoted` joins the clusters holding such a noun (a campaign head - operation, offensive,
   campaign - whose modifier opens a quotation the head closes) by the quoted phrase.  It stays apart when
   two of them name disjoint forces (actors the alias table knows) or targets, or when their dated starts
   do not overlap within two months (one government's "'anti-terror operation'" of one year and another's,
   years later), or when one is "a new", "second" or "another" such operation.

2. :func:`fold_opened` - the opening of a campaign told as "its attack on X", in a dispatch of the
   campaign's first days.

   "A US-backed alliance said on Tuesday it had begun its long-awaited attack on Dara ... the 'great battle'
   had started", written on the day the battle for Dara began, while later articles write "the offensive" and
   "the battle for Dara": a noun of one push (attack, assault, onslaught) or a campaign noun told as just
   begun, known (definite or owned) and aimed at no other place, is that campaign - but only when the article
   is written within the campaign's first days (its start known to a day or two).  A later "the attack on X"
   (an air strike on a hospital of X, weeks into the battle) or "the final assault" is a push of its own.

   :func:`fold_opened` runs after :func:`._corpus_names.fold_bare`, which folds the campaign nouns ("the
   siege", "their offensive") of any dispatch about the campaign's place; it takes the clusters that one left
   because a member is such a push noun or carries a quoted word ("the 'great battle'").
"""

from __future__ import annotations

import datetime as dt
import re

from timeline._events._campaigns import _GENERIC, _LAPSE, HEADS
from timeline._events._cluster import Cluster, _start_range
from timeline._events._corpus_names import _BARE, _NOT_LAUNCH, answers, doc_campaign
from timeline._events._dating import Bounds4
from timeline._events._local import BARE_CLASSES
from timeline._events._mentions import DocMentions, Mention
from timeline._events._rx import rx
from timeline.model import Document

__all__ = ["fold_opened", "merge_quoted", "quoted_name"]

_OPEN = re.compile(r"['\u2018\"\u201c]((?:[\w-]+\s+){0,3}[\w-]+)\s*$")
_CLOSE = "'\u2019\"\u201d"
_SLACK = dt.timedelta(days=62)
#: "a new 'counter-terrorism operation'": another one than the corpus's (a whole word: "full-scale" is not "full")
_ANOTHER = re.compile(r"(?<![\w-])(?:another|second|third|fourth|new|fresh|renewed|separate|latest|next|other)(?![\w-])",
                      re.IGNORECASE)


def quoted_name(dm: DocMentions, mn: Mention) -> str | None:
    """The quoted name a campaign noun is part of ("its 'anti-terrorist operation'" -> "anti-terrorist
    operation"), lower case, or None."""
    if not mn.nominal or mn.plural or mn.word.lower() not in HEADS or _ANOTHER.search(mn.premod):
        return None
    m = _OPEN.search(mn.premod)
    if m is None or dm.text[mn.end : mn.end + 1] not in _CLOSE or not dm.text[mn.end : mn.end + 1]:
        return None
    return f"{m.group(1).lower()} {mn.word.lower()}"


def _fits(a: Bounds4 | None, b: Bounds4 | None) -> bool:
    """Starts that may be one (either unknown, or within two months of overlapping)."""
    if a is None or b is None:
        return True
    lo = max((x for x in (a[0], b[0]) if x is not None), default=None)
    hi = min((x for x in (a[1], b[1]) if x is not None), default=None)
    return lo is None or hi is None or lo - hi <= _SLACK


def _forces(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    """The cluster's actors that the alias table knows (states, armies, militias), bare classes left out: a
    person who announces an operation ("Acting President X") may be another name of its side."""
    out: set[str] = set()
    for d, m in cl.members:
        known = {a.name for a in dms[d].actors}
        out.update(a for a in dms[d].mentions[m].actors if a in known)
    return out - BARE_CLASSES


def _agree(group: list[Cluster], dms: list[DocMentions]) -> bool:
    """Known actors and targets shared (or missing on one side) between every two clusters."""
    for k, a in enumerate(group):
        acts_a, tg_a = _forces(a, dms), a.geo(dms)[0]
        for b in group[k + 1 :]:
            acts_b, tg_b = _forces(b, dms), b.geo(dms)[0]
            if (acts_a and acts_b and not acts_a & acts_b) or (tg_a and tg_b and not tg_a & tg_b):
                return False
    return True


def merge_quoted(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Join the clusters that quote one campaign name (see the module's docstring)."""
    by_name: dict[str, list[Cluster]] = {}
    for cl in clusters:
        names = {n for n in (quoted_name(dms[d], dms[d].mentions[m]) for d, m in cl.members) if n is not None}
        if len(names) == 1:
            by_name.setdefault(names.pop(), []).append(cl)
    gone: set[int] = set()
    for _name, group in sorted(by_name.items()):
        if len(group) < 2 or len({d for cl in group for d, _ in cl.members}) < 2 or not _agree(group, dms):
            continue
        starts = [_start_range(cl, docs) for cl in group]
        if not all(_fits(a, b) for k, a in enumerate(starts) for b in starts[k + 1 :]):
            continue
        host = next((cl for cl in group if cl.campaign is not None), group[0])
        for cl in group:
            if cl is not host:
                host.absorb(cl)
                gone.add(id(cl))
        host.memo.clear()
    return [cl for cl in clusters if id(cl) not in gone]


# -- the opening push ------------------------------------------------------------------------------
#: Nouns of one push that name the campaign when told as opened ("had begun its long-awaited attack on X")
_OPENED = frozenset({"attack", "assault", "onslaught"})
_QUOTES = "'\u2018\u2019\"\u201c\u201d"
_DAY = dt.timedelta(days=1)
_FIRST_DAYS = dt.timedelta(days=2)


def _known_push(mn: Mention, place: str, countries: set[str]) -> bool:
    """A known (definite or owned), singular noun of the campaign or of one push, plain ("long-awaited",
    "'great'"; never "final", "new", "pre-dawn"), aimed at ``place`` or nowhere."""
    word = mn.word.lower()
    if not mn.nominal or mn.plural or mn.campaign is not None or mn.possessive_time \
            or word not in _OPENED | _BARE:
        return False
    mods = [w.strip(_QUOTES) for w in mn.modifiers]
    if any(w not in _GENERIC and not _LAPSE.search(w) for w in mods) or set(mods) & _NOT_LAUNCH:
        return False
    if any(t != place for t in mn.targets):
        return False
    if any(p != place and p not in countries for p in mn.places) and mn.targets != [place]:
        return False  # (a noun aimed at the place may name others: "the assault on X crowns a campaign ...")
    return mn.definite or rx(r"['\u2019]s$").search(mn.premod) is not None or " its " in f" {mn.premod.lower()} "


def _first_days(host: Cluster, anchor: dt.datetime | None, docs: list[Document]) -> bool:
    """Whether an article of ``anchor`` is written in the campaign's first days (its start known to two days)."""
    b = _start_range(host, docs)
    if anchor is None or b is None or b[0] is None or b[1] is None or b[1] - b[0] > 2 * _DAY:
        return False
    return b[0] - _DAY <= anchor <= b[1] + _FIRST_DAYS


def fold_opened(campaigns: dict[str, Cluster], clusters: list[Cluster], dms: list[DocMentions],
                docs: list[Document]) -> list[Cluster]:
    """Fold each one-article cluster of known push nouns, one told as begun, into the campaign of its
    article's place when the article is of the campaign's first days (see the module's docstring)."""
    names = {n for n, cl in campaigns.items() if not cl.named}
    names = {n for n in names if not any(o != n and n in o.split() for o in names)}
    if not names:
        return clusters
    out: list[Cluster] = []
    for cl in clusters:
        d = cl.members[0][0]
        place = doc_campaign(dms[d], names) if cl.campaign is None else None
        host = campaigns.get(place) if place is not None else None
        mentions = [dms[dd].mentions[m] for dd, m in cl.members]
        countries = set(dms[d].spans("places").countries)
        if host is None or place is None or any(dd != d for dd, _ in cl.members) \
                or not all(_known_push(mn, place, countries) for mn in mentions) \
                or not any(mn.aspect == "begins" for mn in mentions) \
                or not _first_days(host, docs[d].anchor.value, docs) or answers(cl, host, dms):
            out.append(cl)
            continue
        host.absorb(cl)
        host.memo.clear()
    return out
