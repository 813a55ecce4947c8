"""Campaigns told by description: "the NATO air campaign", "the siege", "the Ukrainian offensive".

A campaign named by its place ("the battle for Mosul") or its name ("Operation Inherent Resolve")
is one cluster across the corpus already (:mod:`._corefer`).  Many are only *described*: "the
international air campaign over Libya" (one article), "five months into the NATO air campaign"
(another), "its seven-month air campaign over Libya" (a third).  Such a noun phrase has a *head*
(campaign, offensive, siege, war, ...) and a *signature*: who (actors, proper premodifiers:
"NATO", "Russian", "US-led"), what (content premodifiers: "air", "bombing", "ground") and where
(the place the phrase names: "over Libya", "of Marawi", "to retake Kherson", and the targets); the
actors of its clause count as evidence, not as a "who" that could contradict ("French warplanes
opened the international air campaign" does not make it a French campaign).

Only definite or possessed phrases ("the", "its", "Ukraine's") tell a campaign already known; "launched
an offensive" tells a new one.  Two described campaigns of different articles are one when their heads
agree and

- nothing contradicts: not two different "who"s, not two different named places;
- their signatures share two or more words and their starts lie within two months of each other
  (four when one start is only counted back, "two weeks into ..."): close enough to be one campaign
  told with a wrong date, which the reasoning stage then flags; or
  they share one word and their starts overlap (one word is enough for a siege, an invasion, an
  occupation: "the siege" and "the five-month siege" told from Marawi);
- exactly one earlier campaign fits (a false merge is worse than a missed one).

Candidates are looked up by (head, signature word); a word shared by too many distinct campaigns
tells nothing and is not used for lookup, so the pass stays linear in the number of mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from timeline._events._cluster import Cluster, _start_range
from timeline._events._dating import Bounds4, intersect, relative_bounds
from timeline._events._mentions import DocMentions, Mention
from timeline._events._rx import rx
from timeline.model import Document

__all__ = ["HEADS", "dateline_end", "described", "main_place", "merge_described"]

#: Head nouns of a campaign, by group: nouns of one group may tell one campaign.
HEADS = {
    "campaign": "campaign", "offensive": "offensive", "counteroffensive": "offensive",
    "counter-offensive": "offensive", "operation": "operation", "siege": "siege", "blockade": "siege",
    "battle": "battle", "fight": "battle", "war": "war", "invasion": "invasion", "incursion": "invasion",
    "bombardment": "bombardment", "occupation": "occupation", "insurgency": "insurgency",
}
_GENERIC = frozenset([
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "new", "major",
    "main", "latest", "big", "large", "massive", "fresh", "renewed", "first", "second", "third", "final", "last",
    "international", "military", "long", "long-awaited", "ongoing", "current", "full-scale", "large-scale",
    "brutal", "bloody", "fierce", "heavy", "intense", "week-long", "month-long", "year-long", "almost", "nearly",
    "about", "some", "more", "than", "over", "just", "now", "still", "already", "whole", "entire", "planned",
    "promised", "expected", "successful", "costly", "deadly", "so-called", "much", "broader", "wider",
    "great", "all-out", "long-expected", "much-anticipated",
])
_LAPSE = rx(r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)-"
            r"(?:day|week|month|year)s?(?:-old|-long)?$|-old$|^\d+$")
_PLACE_AFTER = re.compile(
    r"\s+(?:over|in|on|of|for|against|across|into|to\s+(?:retake|recapture|capture|take|liberate|free|seize))\s+"
    r"(?:the\s+)?(?:(?:city|town|region|province|port|country)\s+of\s+)?"
    r"([A-Z][\w'\u2019-]+(?:[ -](?:al-)?[A-Z][\w'\u2019-]+){0,2})")
#: Heads distinctive enough that one shared word ("the siege" ... "the five-month siege", both in
#: Marawi) carries the match, as two do for a campaign.
_DISTINCT = frozenset({"siege", "invasion", "occupation"})
_MAX_BUCKET = 64  # a signature word shared by more distinct campaigns than this is not looked up by
_DATED_GAP = dt.timedelta(days=62)  # two launch dates further apart than this are two launches
_RELATIVE_GAP = dt.timedelta(days=122)  # "two weeks into" said three months late is one campaign miscounted


def _stem(w: str) -> str:
    """One form for a name and its adjective: "Ukraine"/"Ukrainian", "Russia"/"Russian", "US-led"/"US"."""
    w = w.lower().replace("\u2019", "'")
    w = rx(r"-(?:led|backed|run|held|controlled|allied)$").sub("", w)
    w = rx(r"'s$").sub("", w)
    for suffix in ("ian", "ia", "ean", "ese", "ish", "an", "i", "a", "e", "s"):  # ("Russia" like "Russian")
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


@dataclass
class Signature:
    """Who, what and where a described campaign is: stemmed words, and the places its phrase names."""

    head: str
    who: set[str] = field(default_factory=set)  # said by the phrase: two different ones contradict
    by: set[str] = field(default_factory=set)   # the actors of its clause ("French warplanes opened ..."): evidence
    what: set[str] = field(default_factory=set)
    where: set[str] = field(default_factory=set)  # named by the phrase, or its targets: these must agree
    near: set[str] = field(default_factory=set)   # places of its clause: evidence, never a contradiction

    def words(self) -> set[str]:
        return {f"who:{w}" for w in self.who | self.by} | {f"what:{w}" for w in self.what} | {
            f"at:{w}" for w in self.where | self.near}

    def add(self, other: Signature) -> None:
        self.who |= other.who
        self.by |= other.by
        self.what |= other.what
        self.where |= other.where
        self.near |= other.near


def _head(mn: Mention) -> str | None:
    if not mn.nominal or mn.plural or mn.campaign is not None:
        return None
    if not mn.definite and not rx(r"['\u2019]s\b").search(mn.premod):
        return None  # "launched an offensive", "a second offensive": a new event, not one told before
    return HEADS.get(mn.word.lower())


def signature(dm: DocMentions, mn: Mention, known: frozenset[str] = frozenset()) -> Signature | None:
    """The signature of a campaign noun phrase (None when ``mn`` is not one)."""
    head = _head(mn)
    if head is None:
        return None
    sig = Signature(head)
    sig.by = {_stem(a) for a in mn.actors}
    words = rx(r"[\w'\u2019-]+").findall(mn.premod)
    for k, w in enumerate(words):
        low = w.lower()
        if low in _GENERIC or _LAPSE.search(low) or (k == 0 and low in {"the", "a", "an"}):
            continue
        if low.endswith(("'s", "\u2019s")) or w[:1].isupper():
            sig.who.add(_stem(w))  # "NATO", "Russia's", "US-led": who wages it
        elif w.isalpha() and not low.endswith(("ing", "ed", "ly")):
            sig.what.add(low)  # "air", "bombing" is kept out: a participle more often
    m = _PLACE_AFTER.match(dm.text, mn.end, min(len(dm.text), mn.end + 80))
    if m is not None:
        sig.where.add(_stem(m.group(1)))
    sig.where |= {_stem(t) for t in mn.targets}
    sig.near = {_stem(p) for p in mn.places} - sig.where - sig.who - sig.by
    if mn.word.lower() in _DISTINCT and not sig.where and not sig.near:
        # "the five-month siege", in a dispatch about Marawi: the siege of the place it is about
        main = main_place(dm) or _main_name(dm, known)
        if main is not None:
            sig.near.add(_stem(main))
    return sig


def main_place(dm: DocMentions) -> str | None:
    """The place a document names most (not a country), first named on a tie.  The dateline's town
    ("Damascus - The army declared ... Aleppo") is where the reporter files from: it counts only when the
    text names no other place."""
    counts: dict[str, int] = {}
    body = dateline_end(dm.text)
    for p in dm.places:
        if p.place_kind != "country" and p.start >= body:
            counts[p.name] = counts.get(p.name, 0) + 1
    if not counts:
        for p in dm.places:
            if p.place_kind != "country":
                counts[p.name] = counts.get(p.name, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None


_DATELINE_END = re.compile(r"\s*((?:[A-Z\d][\w'.\u2019-]*,?\s+|\([^)\n]{1,40}\)\s*){0,8}?)[-\u2013\u2014]\s")


def dateline_end(text: str) -> int:
    """Where a dispatch's dateline ends ("BEIRUT, Dec. 7 (Levant Wire) - ", "Damascus - "), 0 without one."""
    m = _DATELINE_END.match(text, 0, min(len(text), 100))
    return m.end() if m is not None and m.group(1) else 0


def _main_name(dm: DocMentions, known: frozenset[str]) -> str | None:
    """The name a document uses most among those other articles of the corpus use as places
    ("MARAWI — President Duterte declared Marawi liberated": no preposition says it is a place here)."""
    if not known:
        return None
    counts: dict[str, int] = {}
    for n in dm.names:
        if n.text in known:
            counts[n.text] = counts.get(n.text, 0) + 1
    return max(counts, key=lambda n: counts[n]) if counts else None


def corpus_places(dms: list[DocMentions]) -> frozenset[str]:
    """Names some article of the corpus uses as a place (not a country)."""
    return frozenset(p.name for dm in dms for p in dm.places if p.place_kind != "country")


def described(dm: DocMentions, mn: Mention) -> bool:
    """Whether an event-relative phrase's noun ("two weeks into *the NATO air campaign*") names a
    campaign of its own: a campaign head that says who, what or where."""
    sig = signature(dm, mn)
    return sig is not None and bool(sig.who or sig.by or sig.what or sig.where)


def _start(cl: Cluster, docs: list[Document]) -> Bounds4 | None:
    acc = _start_range(cl, docs)
    for _d, r in cl.relative:
        b = relative_bounds(r)
        if b is not None:
            acc = b if acc is None else (intersect(acc, b) or acc)
    if acc is None or acc[0] is None or acc[1] is None:
        return None
    return acc


def _counted_only(cl: Cluster, docs: list[Document]) -> bool:
    """Whether the cluster's start comes from "N units into" phrases alone (a count, often loose)."""
    return bool(cl.relative) and _start_range(cl, docs) is None


def _gap(a: Bounds4, b: Bounds4) -> dt.timedelta:
    """How far apart two start ranges are (zero when they overlap)."""
    assert a[0] is not None and a[1] is not None and b[0] is not None and b[1] is not None
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return dt.timedelta(0)


def _fits(a: Signature, b: Signature, sa: Bounds4 | None, sb: Bounds4 | None, counted: bool) -> bool:
    if a.head != b.head:
        return False
    if a.who and b.who and not a.who & b.who:
        return False  # "the Russian air campaign" is not "the US-led air campaign"
    if a.where and b.where and not a.where & b.where:
        return False  # "the siege of Marawi" is not "the siege of Sarajevo"
    shared = len((a.who | a.by) & (b.who | b.by)) + len(a.what & b.what) + len((a.where | a.near) & (b.where | b.near))
    if shared >= 2 or (shared == 1 and a.head in _DISTINCT):
        return sa is None or sb is None or _gap(sa, sb) <= (_RELATIVE_GAP if counted else _DATED_GAP)
    return shared == 1 and sa is not None and sb is not None and _gap(sa, sb) == dt.timedelta(0)


def merge_described(clusters: list[Cluster], docs: list[Document], dms: list[DocMentions]) -> list[Cluster]:
    """Described campaigns of different articles that are one campaign, merged (see the module doc).

    Only clusters with a date (a start, an end, or an event-relative phrase) take part: an undated
    "the air campaign" lends nothing and risks a false merge.
    """
    known = corpus_places(dms)
    groups: list[tuple[Cluster, Signature, set[int]]] = []
    index: dict[tuple[str, str], list[int]] = {}
    out: list[Cluster] = []
    for cl in clusters:
        sig: Signature | None = None
        for d, m in cl.members:
            s = signature(dms[d], dms[d].mentions[m], known)
            if s is not None and (sig is None or s.head == sig.head):
                if sig is None:
                    sig = s
                else:
                    sig.add(s)
        if sig is None or cl.campaign is not None or not (cl.links or cl.relative or cl.derived):
            out.append(cl)
            continue
        mine = _start(cl, docs)
        my_docs = {d for d, _ in cl.members}
        found: set[int] = set()
        for w in sig.words():
            bucket = index.get((sig.head, w), [])
            if len(bucket) <= _MAX_BUCKET:
                found.update(bucket)
        fits = [k for k in sorted(found) if not my_docs & groups[k][2]
                and _fits(sig, groups[k][1], mine, _start(groups[k][0], docs),
                          _counted_only(cl, docs) or _counted_only(groups[k][0], docs))]
        if len(fits) == 1:
            host, host_sig, host_docs = groups[fits[0]]
            host.absorb(cl)
            host.memo.clear()
            host_docs |= my_docs
            new = sig.words() - host_sig.words()
            host_sig.add(sig)
            for w in new:
                index.setdefault((sig.head, w), []).append(fits[0])
            continue
        for w in sig.words():
            index.setdefault((sig.head, w), []).append(len(groups))
        groups.append((cl, sig, my_docs))
        out.append(cl)
    return out
