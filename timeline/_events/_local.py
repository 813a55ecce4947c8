"""Decisions about one document's mentions, before they are matched across documents.

- :func:`repeats`: "shelled the town on Thursday and again on Friday" - one verb, two occurrences;
- :func:`predicate_of`: "The battle for Tikrit is the largest operation since ..." - a predicate noun
  describes its subject's event (and the dates of its clause are not its own);
- :func:`headline_actor`: "SDF opens new front ... / New push launched on Saturday" - a headline act
  that names nobody is the act of the actor the headline's first line names.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from timeline._events._aliases import load_table, packaged_table
from timeline._events._cluster import Cluster, _overlap, _start_range, _width, family
from timeline._events._dating import Bounds4, bounds_of_link, intersect
from timeline._events._link import TimeLink
from timeline._events._mentions import DocMentions, Mention
from timeline._events._rx import rx
from timeline.model import Document

__all__ = ["BARE_CLASSES", "CLASSES", "apposition", "class_match", "dates_clash", "dominant_campaign", "fold_headlines", "headline_actor", "is_headline", "links_by_mention", "one_vague", "other_clause",
           "predicate_of", "repeats", "same_day_at", "subject_act", "with_classes"]

#: The bare generic actors ("troops captured it", "officials said"): the class names of the lexicon's actor heads.
CLASSES = frozenset({"forces", "rebels", "militants", "militias", "mercenaries", "aircraft", "government", "council"})
#: Actors that name no one in particular (a class word alone, or "troops"): the merge passes ignore them when
#: they compare who did an act.
BARE_CLASSES = CLASSES | {"troops"}


def _refers() -> dict[str, frozenset[str]]:
    try:
        return load_table().refers
    except ValueError:  # a broken user alias file (reported by the stage): the packaged table
        return packaged_table().refers


def _classes(actor: str) -> set[str]:
    """The bare classes a named actor may be told by: its head ("Iraqi security forces" -> forces), or
    what the alias table says it is referred to as (ISIS: militants, jihadists, ...)."""
    last = actor.rsplit(None, 1)[-1].lower()
    if actor.lower() == last and last in CLASSES:
        return set()
    return ({last} & CLASSES) | (_refers().get(actor, frozenset()) & CLASSES)


def with_classes(actors: set[str] | list[str]) -> set[str]:
    """``actors`` and the bare classes of the named ones ("Iraqi security forces" -> "forces")."""
    return set(actors) | {c for a in actors for c in _classes(a)}


#: Qualifiers that say what kind of force, not whose: "federal troops", "regular forces" are still bare.
_KIND_OF = frozenset({"federal", "regular", "elite", "special", "ground", "armed", "heavily-armed"})


def _as_class(actor: str) -> str:
    """"Federal forces" -> "forces": a class with qualifiers that name no one."""
    words = actor.lower().split()
    if len(words) > 1 and words[-1] in CLASSES and set(words[:-1]) <= _KIND_OF:
        return words[-1]
    return actor


def class_match(acts: set[str], theirs: set[str]) -> bool:
    """One side names only bare classes ("troops took it", "the government"), the other side an actor of
    one of those classes ("Iraqi security forces seized the compound"): perhaps the same actor, told
    loosely by the second article (the caller then needs the same day and the same place)."""
    acts, theirs = {_as_class(a) for a in acts}, {_as_class(a) for a in theirs}
    for bare, named in ((acts, theirs), (theirs, acts)):
        if bare and bare <= CLASSES and not named <= CLASSES and bare & {c for a in named for c in _classes(a)}:
            return True
    return False


def is_headline(dm: DocMentions, sent_index: int) -> bool:
    """A headline or standfirst: one of the first lines, with no sentence-final punctuation."""
    s = dm.sentences[sent_index]
    return sent_index <= 3 and dm.text[s.end - 1] not in '.!?"\''


def repeats(doc: Document, links: list[TimeLink]) -> set[int]:
    """Links that date one more occurrence of their mention's act: a mention put "on" two separate
    days or parts of days ("on Thursday and again on Friday", "on Thursday and Friday").  The first
    occurrence (in the text) stays with the mention's event; the others are returned (by ``id``)."""
    by_mention: dict[int, list[TimeLink]] = {}
    for ln in links:
        iv = doc.expressions[ln.expression].interval
        if ln.relation == "on" and not ln.weak and iv is not None and iv.start[0] is not None \
                and iv.end[1] is not None and iv.end[1] - iv.start[0] <= dt.timedelta(days=1):
            by_mention.setdefault(ln.mention, []).append(ln)
    out: set[int] = set()
    for lns in by_mention.values():
        kept: list[tuple[dt.datetime, dt.datetime]] = []
        for ln in sorted(lns, key=lambda x: doc.expressions[x.expression].start):
            iv = doc.expressions[ln.expression].interval
            assert iv is not None and iv.start[0] is not None and iv.end[1] is not None
            span = (iv.start[0], iv.end[1])
            if kept and all(span[1] <= a or b <= span[0] for a, b in kept):
                out.add(id(ln))
            kept.append(span)
    return out


_COPULA = r"\s+(?:is|was|has\s+been|had\s+been|became|remains|will\s+be|would\s+be)\s+(?:now\s+|also\s+)?"
# "[subject] is the largest", "[the battle] for Tikrit is the largest": the copula, then the predicate's words
# "[Sunday's fall of the airport], the army's last foothold in the province, was [the worst defeat] ...":
# an apposition (or a parenthetical "officials said") may sit between the subject and its copula
_PREDICATE = rx(r"^(?:\s+(?:of|for|to|on|against)\s+[^,;.]{1,40})?(?:\s*,\s+[^,;.()]{3,70},)?" + _COPULA
                + r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$")


def predicate_of(dm: DocMentions, mn: Mention, of_mention: dict[int, Cluster]) -> Cluster | None:
    """The event whose predicate ``mn`` is: "[The battle for Tikrit] is [the largest operation] ...",
    "[The offensive] was [the first] ..." - a noun right after a copula whose subject is an event noun
    of the same sentence (a campaign, or any event told by a noun)."""
    if not mn.nominal or mn.index == 0:
        return None
    for p in reversed(dm.mentions[max(0, mn.index - 3) : mn.index]):
        if p.sent.index != mn.sent.index or not p.nominal or p.index not in of_mention:
            continue
        between = dm.text[p.end : mn.start]
        if len(between) < 150 and _PREDICATE.search(between) and not rx(r"\b(?:that|which|who|and|but)\b").search(between):
            return of_mention[p.index]
        return None
    return None


def headline_actor(dm: DocMentions) -> list[str]:
    """The actor a headline block is about: the first one its first line names ("SDF opens new front as
    US jets pound Manbij"), for a headline act that names nobody ("New push launched on Saturday")."""
    if not dm.sentences or not is_headline(dm, 0):
        return []
    first = dm.sentences[0]
    lead = [a for a in dm.actors if first.start <= a.start < first.end and (a.strong or a.place_kind != "generic")]
    return [lead[0].name] if lead else []


def links_by_mention(links: list[TimeLink]) -> dict[int, list[TimeLink]]:
    """One document's strong links by the mention they date (read once, so anaphors cost no scan)."""
    out: dict[int, list[TimeLink]] = {}
    for ln in links:
        if not ln.weak:
            out.setdefault(ln.mention, []).append(ln)
    return out


def dates_clash(mn: Mention, host: Cluster, d: int, by_mention: dict[int, list[TimeLink]],
                docs: list[Document]) -> bool:
    """Whether an anaphor's own date cannot be its antecedent's (start bounds that do not meet).
    ``by_mention``: the document's strong links by mention (:func:`links_by_mention`)."""
    own = by_mention.get(mn.index)
    if not own:
        return False
    mine = [bounds_of_link(docs[d].expressions[ln.expression], ln.relation) for ln in own]
    theirs = [bounds_of_link(docs[d].expressions[ln.expression], ln.relation)
              for dd, m in host.members if dd == d for ln in by_mention.get(m, ())]
    return any(a is not None and b is not None and intersect(a, b) is None for a in mine for b in theirs)


def one_vague(a: Bounds4 | None, b: Bounds4 | None) -> bool:
    """Whether exactly one of two starts is rough (wider than a month): which precise telling such an
    act is must wait until every article is read (two candidates and it stays apart)."""
    wa, wb = _width(a), _width(b)
    return wa is not None and wb is not None and (wa > _MONTH) != (wb > _MONTH)


_MONTH = dt.timedelta(days=31)


_DEEPER = rx(r",\s+[a-z]+ing\b[^.;]*?\b(?:which|where|whom)\b[^,.;]*$")


def other_clause(doc: Document, dm: DocMentions, ln: TimeLink) -> bool:
    """"took back the town on Wednesday, depriving the army of the base from which it has run its offensive
    since April": a noun inside a relative clause of a participle phrase that follows the date is told by
    another predicate; the main clause's day is not its own."""
    mn = dm.mentions[ln.mention]
    e = doc.expressions[ln.expression]
    if not mn.nominal or e.end > mn.start or e.start < mn.sent.start:
        return False
    return _DEEPER.search(doc.text, e.end, mn.start) is not None


#: Verbs whose subject may be the act itself: "An air strike hit the school", "A car bomb struck the market".
_STRIKE_VERBS = frozenset({"hit", "strike", "destroy", "damage", "flatten", "pound", "target", "rock", "tear"})
_SUBJECT_GAP = rx(r"\s+(?:(?:on|in|near|at|against)\s+[^,.;()]{1,60}?\s+)?(?:(?:also|reportedly|apparently|then|"
                  r"again|later|first)\s+)?")


def subject_act(dm: DocMentions, mn: Mention, of_mention: dict[int, Cluster]) -> Cluster | None:
    """"An air strike hit a school in Qana late on Sunday": the noun subject and its verb tell one act
    (the verb brings the target and the day, the noun what kind of act it was)."""
    if mn.nominal or mn.lemma not in _STRIKE_VERBS or mn.type not in ("attack", "airstrike"):
        return None
    prev = dm.mentions[mn.index - 1] if mn.index > 0 else None  # the mention right before, in its sentence
    if prev is None or prev.sent.index != mn.sent.index or not prev.nominal or prev.plural or prev.campaign is not None \
            or prev.type not in ("attack", "airstrike") or prev.end > mn.start:
        return None
    if _SUBJECT_GAP.fullmatch(dm.text[prev.end : mn.start]) is None:
        return None
    return of_mention.get(prev.index)


def same_day_at(cl: Cluster, other: Cluster, mine: Bounds4, dms: list[DocMentions], docs: list[Document]) -> bool:
    """Both tell one target and one day (each dated within a day, the days overlapping)."""
    theirs = _start_range(other, docs)
    w1, w2 = _width(mine), _width(theirs)
    return theirs is not None and w1 is not None and w2 is not None and max(w1, w2) <= dt.timedelta(days=1) \
        and bool(cl.geo(dms)[0] & other.geo(dms)[0]) and _overlap(mine, theirs)


def apposition(dm: DocMentions, mn: Mention, of_mention: dict[int, Cluster]) -> Cluster | None:
    """"launched an offensive on Saturday, an operation that ...": the appositive names the same event."""
    if not mn.nominal or not rx(r",\s+(?:a|an)\s+(?:[\w-]+\s+)?$").search(dm.text[max(0, mn.start - 30) : mn.start]):
        return None
    prev = None
    for p in reversed(dm.mentions[: mn.index]):
        if p.sent.index != mn.sent.index:
            break  # the appositive's event is in its own sentence: no need to look further back
        if p.campaign is None and family(p.type) == family(mn.type):
            prev = p
            break
    return of_mention.get(prev.index) if prev is not None else None


def dominant_campaign(dm: DocMentions, of_mention: dict[int, Cluster]) -> Cluster | None:
    counts = Counter(mn.campaign for mn in dm.mentions if mn.campaign is not None and not mn.named)
    if not counts:
        return None
    top = max(counts.values())
    name = next(mn.campaign for mn in dm.mentions if mn.campaign is not None and counts[mn.campaign] == top)
    first = next(mn for mn in dm.mentions if mn.campaign == name)
    return of_mention.get(first.index)


def fold_headlines(dm: DocMentions, local: list[Cluster]) -> list[Cluster]:
    """A headline retells the lead: its event joins the first body mention of that family and actor."""
    out: list[Cluster] = []
    for cl in local:
        acts = {a for _, m in cl.members for a in dm.mentions[m].actors}
        if acts and not cl.links and all(is_headline(dm, dm.mentions[m].sent.index) for _, m in cl.members):
            body = next((o for o in local if o is not cl and o.links and family(o.type) == family(cl.type)
                         and acts & {a for _, m in o.members for a in dm.mentions[m].actors}
                         and not all(is_headline(dm, dm.mentions[m].sent.index) for _, m in o.members)), None)
            if body is not None:
                body.members = sorted(body.members + cl.members)
                body.links += cl.links
                body.relative += cl.relative
                continue
        out.append(cl)
    return out
