"""One act that happens once at a place, told by two articles with two dates: one event.

"Government troops began pulling out of the besieged town of X on Wednesday (May 14)" and, a week
later in another article, "The withdrawal from X, which began on May 7, left the army short of
guns": the definite noun presupposes the one withdrawal from X the reader knows.  The streaming
merge keeps the two apart (their dates conflict, and only one names an actor); :func:`merge_presupposed`
joins them, once every article is read, so that the reasoning stage can report that the articles
disagree on when it began.

It only joins when nothing else could be meant:

- the noun is definite ("the evacuation of X") or owned ("Tuesday's handover of X", "the army's
  withdrawal from X"), singular, and names its own target; it is no "second", "new", "final" or
  "partial" one, and its sentence does not tell it "again"; it opens the event in its article (not
  "Troops left X on Monday. The withdrawal from X ..."), and the day its article gives it is its own
  phrase's ("the capture of X on Feb. 24", "which began on", "Saturday's"; not "the capture of X was
  celebrated on Sunday");
- its family is one of the acts a place sees once in a season (a withdrawal from it, its evacuation,
  handover, surrender, capture, encirclement, annexation, a ceasefire in it: "The ceasefire in X, which came
  into force on Dec. 4"), never an attack, a strike, shelling or fighting, which one town may see every day;
- exactly one dated cluster of that family at that target starts within about two months of it
  (``_WINDOW``), in another article; none of them is told as a repeat; both start ranges are known
  to within a month;
- the noun names no target the other does not know, and the other's main target is the noun's ("withdrew
  from the X district of Y" is "the withdrawal from X", not "from Y"); a target named with others ("the
  evacuation of X and Y") is not that of X alone;
- their actors, when both name one, agree, and a taking back ("the recapture of X") meets only another;
- an act that takes days (a withdrawal, an evacuation) is told by the same point on both sides: two
  starts ("began withdrawing on", "which began on") or two plain days, never a start and a day that may
  be its end ("withdrew from X on Friday").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from timeline._events._cluster import Cluster, _start_range, _width, family
from timeline._events._dating import Bounds4
from timeline._events._link import TimeLink
from timeline._events._local import BARE_CLASSES, with_classes
from timeline._events._mentions import DocMentions, Mention
from timeline._events._nps import RENEWED
from timeline._events._rx import rx
from timeline._events._truce_words import truce_words
from timeline.model import Document

__all__ = ["merge_presupposed"]

#: Acts a place sees once in a season: "the withdrawal from X" can only mean the one the corpus tells.
_ONCE = frozenset({"withdrawal", "evacuation", "handover", "surrender", "capture", "encirclement", "annexation",
                   "ceasefire"})
#: Nouns of those families that name a state or an outcome rather than the act ("the occupation of X").
_NOT_THE_ACT = frozenset({"victory", "occupation"})
#: Words that make a noun one of several: "the second withdrawal", "the final evacuation", "the new push".
_ONE_OF_SEVERAL = rx(r"(?<![\w-])(?:" + "|".join((*RENEWED, "newest", "earlier", "previous", "prior", "further", "repeated", "first",
                                              "last", "final", "partial", "full", "complete", "initial", "later",
                                              "subsequent", "next", "other", "latter", "former")) + r")(?![\w-])", re.IGNORECASE)
# (a word of a compound is not the word: "full-scale withdrawal" is no "full" one, "pre-dawn" no "dawn")
#: A sentence telling an act again: "withdrew again", "once more", "for the second time".
_AGAIN = rx(r"\b(?:again|once\s+more|anew|for\s+the\s+(?:second|third|fourth|\w+th)\s+time)\b", re.IGNORECASE)
#: A taking back: "the recapture of X", "the liberation of X" is not the capture of X that it undoes.
_BACK = frozenset({"recapture", "retake", "regain", "reclaim", "recover", "liberate", "liberation"})
#: A target told with others: "the evacuation of X and Y", "withdrew from X, Y and Z".
_AND_OTHERS = rx(r"^(?:\s*,\s*(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)*"
                 r"\s*,?\s+(?:and|or|as\s+well\s+as)\s+"
                 r"(?:the\s+(?:towns?|villages?|cit(?:y|ies)\s+of\s+)?)?[A-Z]")
#: Owned: "Tuesday's", "the army's" (the noun names the act the reader knows).
_OWNED = rx(r"['\u2019]s?\s*$")
#: "began withdrawing", "started to evacuate": a verb told by its start.
_BEGAN = rx(r"\b(?:began|begun|begin|begins|beginning|started|start|starts|starting)\s+(?:to\s+)?$", re.IGNORECASE)
#: Acts that take days: the day of "withdrew from X" may be its last, the day of "began withdrawing" its first.
_DURATIVE = frozenset({"withdrawal", "evacuation", "ceasefire"})
_WINDOW = dt.timedelta(days=62)
_PRECISE = dt.timedelta(days=31)


def _presupposing(mn: Mention) -> bool:
    """"The evacuation of X", "Tuesday's handover of X": a definite or owned singular noun of an act a place
    sees once, naming its target, that is no "second"/"final" one."""
    return mn.nominal and not mn.plural and mn.campaign is None and mn.type in _ONCE \
        and mn.lemma.lower() not in _NOT_THE_ACT and bool(mn.targets) \
        and (mn.definite or _OWNED.search(mn.premod) is not None) \
        and _ONE_OF_SEVERAL.search(mn.premod) is None


def _told_again(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A member told as one of several: "withdrew again", "a second evacuation", "the latest handover"."""
    if cl.occurrence:
        return True
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        if _ONE_OF_SEVERAL.search(mn.premod) is not None or _AGAIN.search(dms[d].text, mn.sent.start, mn.sent.end):
            return True
    return False


def _with_others(cl: Cluster, dms: list[DocMentions]) -> bool:
    """A member whose target is one of several named together ("the evacuation of X and Y"): the act of
    all of them is not the act of one."""
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        text = dms[d].text
        for t in mn.targets:
            k = text.find(t, mn.sent.start, mn.sent.end)
            while k >= 0:
                if _AND_OTHERS.search(text[k + len(t) : mn.sent.end]) is not None:
                    return True
                k = text.find(t, k + len(t), mn.sent.end)
    return False


def _taken_back(cl: Cluster, dms: list[DocMentions]) -> bool:
    """"The recapture of X", "retook X", "liberated X": a taking back, not the taking it undoes."""
    return any(mn.lemma.lower() in _BACK or (mn.type == "capture" and mn.word.lower().startswith("re"))
               for mn in (dms[d].mentions[m] for d, m in cl.members))


def _actors_agree(a: Cluster, b: Cluster, dms: list[DocMentions]) -> bool:
    """No two different actors: named ones must share one, and so must bare classes ("troops" and "rebels")."""
    mine, theirs = set(a.actors(dms)), set(b.actors(dms))
    if not mine or not theirs:
        return True
    named, their_named = mine - BARE_CLASSES, theirs - BARE_CLASSES
    if named and their_named:
        return bool(named & their_named)
    return bool(with_classes(mine) & with_classes(theirs))


def _own_targets(cl: Cluster, docs: list[Document], dms: list[DocMentions]) -> set[str]:
    """What the presupposing nouns of ``cl`` name as their target (countries left out, as in ``geo``), when
    one opens the event in its article and the days its article gives it are its own phrase's; else none.

    "Troops left X on Monday. The withdrawal ..." refers back within the article, not to the corpus; and
    in "The anniversary of the capture of X fell on Sunday" the day is not the capture's."""
    geo_t = cl.geo(dms)[0]
    first: dict[int, int] = {}
    for d, m in cl.members:
        first[d] = min(first.get(d, m), m)
    out: set[str] = set()
    for d, m in cl.members:
        mn = dms[d].mentions[m]
        if first[d] != m or not _presupposing(mn):
            continue
        mine = [ln for dd, ln in cl.links if dd == d and ln.mention == m and not ln.weak]
        if all(_own_day(docs[d], mn, ln) for ln in mine):
            out.update(mn.targets)
    return out & geo_t


#: What may stand between a noun and its own day: its object ("of the encircled town of X", "from X")
#: and "which began", "that took place" - no other verb ("the capture of X fell on Sunday").
_PHRASE_WORD = (r"(?:[A-Z][\w'\u2019.-]*|the|its|their|his|her|of|from|out|at|near|in|to|by|and|[a-z]+-held|"
                r"encircled|besieged|surrounded|eastern|western|northern|southern|central|old|strategic|key|"
                r"town|city|village|district|port|enclave|pocket|region|area|garrison|base|hill|hilltop|"
                r"troops|forces|soldiers|fighters|rebels|army|units|militants|government|civilians|residents)")
_OWN_DAY = rx(r"^(?:\s+" + _PHRASE_WORD + r")*\s*(?:,\s*(?:which|that)\s+(?:first\s+)?(?:began|begun|started|"
              r"took\s+place|happened|occurred|got\s+under\s*way|came\s+into\s+(?:force|effect)|took\s+(?:effect|"
              r"hold)|went\s+into\s+effect|entered\s+into\s+force)\s*)?(?:\s*(?:on|in|at|during|late\s+on|"
              r"early\s+on))?\s*$")
_OWNER_DAY = rx(r"^['\u2019]s?\s+(?:[\w-]+\s+){0,2}$")  # "Saturday's surrender", "Friday's dawn handover"


def _own_day(doc: Document, mn: Mention, ln: TimeLink) -> bool:
    """Whether the day linked to ``mn`` is told by the noun's own phrase: "the capture of X on Feb. 24",
    "the withdrawal from X, which began on May 2", "Saturday's surrender of X"."""
    e = doc.expressions[ln.expression]
    if e.end <= mn.start:
        return e.start >= mn.sent.start and _OWNER_DAY.match(doc.text[e.end : mn.start]) is not None
    return _OWN_DAY.match(doc.text[mn.end : e.start]) is not None


def _told_as(cl: Cluster, docs: list[Document], dms: list[DocMentions]) -> set[str]:
    """How the cluster's strong links date it: "start" ("began withdrawing on Monday", "the evacuation, which
    began on May 2"), "day" ("withdrew on Monday") or "other" (an end, a span)."""
    out: set[str] = set()
    for d, ln in cl.links:
        if ln.weak or ln.relation in ("before", "after"):
            continue  # (a bound: "said on Monday" that it had begun)
        mn = dms[d].mentions[ln.mention]
        before = dms[d].text[max(mn.sent.start, mn.start - 30) : mn.start]
        if ln.relation == "begins" or (ln.relation == "on" and (mn.aspect == "begins" or _BEGAN.search(before))):
            out.add("start")
        elif ln.relation == "on" and mn.aspect is None:
            out.add("day")
        else:
            out.add("other")
    return out


def _dated(cl: Cluster, docs: list[Document]) -> Bounds4 | None:
    b = _start_range(cl, docs)
    w = _width(b)
    if b is None or b[0] is None or w is None or w > _PRECISE:
        return None
    return b


def merge_presupposed(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """A definite noun of an act a place sees once ("The withdrawal from X, which began on May 7") joins the
    one dated act of that family at that target another article tells within two months ("troops began
    pulling out of X on Wednesday (May 14)"), whatever day each gives it: the reasoning stage then reports
    that the articles disagree.  Two candidates, a repeat, a different target or actor: it stays apart."""
    if len(docs) < 2:
        return clusters
    rows: list[tuple[Cluster, Bounds4]] = []
    at: dict[tuple[str, str], list[tuple[dt.datetime, int]]] = {}  # (family, target or place) -> (start, row)
    for cl in clusters:
        if cl.campaign is not None or cl.type not in _ONCE:
            continue
        b = _dated(cl, docs)
        if b is None or b[0] is None:
            continue
        geo = cl.geo(dms)
        for name in sorted(geo[0] | geo[1]):
            at.setdefault((family(cl.type), name), []).append((b[0], len(rows)))
        rows.append((cl, b))
    for bucket in at.values():
        bucket.sort()
    memo: dict[tuple[str, int], bool] = {}
    points: dict[int, set[str]] = {}  # how a candidate is dated (unchanged by what it absorbs: the same point)

    def once(test: str, c: Cluster) -> bool:
        """``_told_again``/``_with_others``/``_taken_back`` of ``c``, each read once (a big cluster may be the
        candidate of many nouns; what it absorbs passed the same tests)."""
        key = (test, id(c))
        if key not in memo:
            memo[key] = {"again": _told_again, "others": _with_others, "back": _taken_back}[test](c, dms)
        return memo[key]

    gone: set[int] = set()
    for cl, b in rows:
        if id(cl) in gone:
            continue
        own = _own_targets(cl, docs, dms)
        if not own or once("again", cl) or once("others", cl):
            continue
        geo = cl.geo(dms)
        fam = family(cl.type)
        assert b[0] is not None
        near: set[int] = set()
        for t in sorted(own):
            bucket = at.get((fam, t), [])
            lo = bisect.bisect_left(bucket, (b[0] - _WINDOW, -1))
            for start, k in bucket[lo:]:
                if start > b[0] + _WINDOW or len(near) > 1:
                    break
                if rows[k][0] is not cl and id(rows[k][0]) not in gone:
                    near.add(k)
        # every act of the family at that target within the window competes, also one of the same article
        if len(near) != 1:
            continue
        g = rows[near.pop()][0]
        g_geo = g.geo(dms)
        if {d for d, _ in cl.members} & {d for d, _ in g.members} or once("again", g) or once("others", g) \
                or not _actors_agree(cl, g, dms) or once("back", cl) != once("back", g) \
                or truce_words(cl, dms) != truce_words(g, dms):
            continue  # ("the open-ended ceasefire in X" is not the 72-hour one a week before)
        # the noun names no target the other does not, and the other's main target is the noun's: "withdrew
        # from the Jobar district of Damascus" is "the withdrawal from Jobar", not "the withdrawal from Damascus"
        g_main = next((t for t in g.targets(dms) if t in g_geo[0]), None)
        if not geo[0] <= g_geo[0] | g_geo[1] or (g_main is not None and g_main not in geo[0] | geo[1]):
            continue
        if cl.type in _DURATIVE:
            told = _told_as(cl, docs, dms)
            if id(g) not in points:
                points[id(g)] = _told_as(g, docs, dms)
            if len(told) != 1 or told != points[id(g)]:
                continue  # "withdrew from X on Friday" may be its end: only two starts, or two days, may disagree
        g.absorb(cl)
        g.memo.clear()
        gone.add(id(cl))
    return [cl for cl in clusters if id(cl) not in gone]
