"""Events: what the dates date, linked to expressions and merged across documents.

The stage runs in four steps, each a module of its own:

1. :mod:`._mentions` finds event mentions sentence by sentence: verbal triggers ("seized"),
   nominal ones ("the offensive"), campaign noun phrases ("the battle for Mosul"), with actors,
   place, target and tense, names normalised through the alias table (:mod:`._aliases`,
   ``timeline/data/aliases.yaml``, extensible with ``TIMELINE_ALIASES``);
2. :mod:`._link` links each time expression to the mention it dates, with a relation (on, within,
   begins, ends, lasts, before, after, includes), or, for event-relative expressions ("seven months
   into the Mosul campaign"), to the event whose start it measures; :mod:`._relations` finds
   event-to-event relations ("four weeks after the battle began", "two days before the vote");
3. :mod:`._corefer` merges mentions of one event within and across documents (:mod:`._cluster`
   keeps what a cluster says; :mod:`._campaigns` matches campaigns told by description, "the NATO
   air campaign", "the siege"; :mod:`._undated` joins undated mentions to the one dated event that
   fits them);
4. :mod:`._assemble` turns clusters into :class:`~timeline.model.Event` (interval, :mod:`._labels`, evidence,
   deterministic id, :class:`~timeline.model.EventRelation` to the events it is told against) and
   joins the user's anchors (``--anchors FILE``).

Two passes around these conclude what the text does not state, their links marked inferred (the reasoning
stage gives way on them first): :mod:`._open` dates past verbs the lexicon lacks, :mod:`._hot_news` dates an
act a dated report tells as done ("said on Monday it had overrun the port") on the report's day.

Rule-based throughout: no model to load, a few milliseconds per article.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from timeline._events._aliases import load_table, packaged_table
from timeline._events._assemble import apply_user_anchors, assemble
from timeline._events._corefer import cluster
from timeline._events._hot_news import HotNews
from timeline._events._link import link_document
from timeline._events._mentions import find_mentions
from timeline._events._open import OpenActs
from timeline._events._relations import relate_document
from timeline.model import Document, Event, Finding, UserAnchor

__all__ = ["find_events"]


def find_events(
    documents: Sequence[Document], user_anchors: Sequence[UserAnchor] = ()
) -> tuple[list[Event], list[Finding]]:
    """Event mentions of every document, coreferent ones merged into one Event each.

    Returns the events (in no particular order: the pipeline orders them) and findings about them
    (dates of one event that disagree, user anchors that contradict the text, an unreadable alias
    file named by ``TIMELINE_ALIASES``).
    """
    with _corpus_frozen():
        return _find_events(documents, user_anchors)


@contextmanager
def _corpus_frozen() -> Iterator[None]:
    """Keep the garbage collector off the input corpus while the stage runs.

    The documents (and their expressions) live as long as the stage; every full collection would
    walk all of them again, a cost that grows with the corpus on each of a number of collections
    that grows with it too (1.2x per document from 1k to 10k documents).  Frozen objects are
    skipped; they are handed back to the collector at the end.  Nothing is done when the caller
    froze objects of its own (we would unfreeze them) or turned the collector off.
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _find_events(
    documents: Sequence[Document], user_anchors: Sequence[UserAnchor]
) -> tuple[list[Event], list[Finding]]:
    findings: list[Finding] = []
    try:
        table = load_table()
    except ValueError as exc:  # a broken user alias file: say so, and go on with the packaged table
        findings.append(Finding(severity="warning", code="alias-file", message=str(exc)))
        table = packaged_table()
    docs = list(documents)
    dms = [find_mentions(d.id, d.text, table, d.title) for d in docs]
    links, rels, relations = [], [], []
    acts = OpenActs()  # past verbs the lexicon lacks, dated by an expression nothing else takes
    news = HotNews()  # acts a dated report tells as done: on the report's day, an inferred link
    for d, dm in zip(docs, dms, strict=True):
        er = relate_document(dm, d.expressions)
        skip = {i for r in er for i in r.expressions} | _dateline(d)
        against = {r.other: (r.start, r.end) for r in er if r.relation != "during"}
        ln, rl = link_document(dm, d.expressions, d.anchor.value, frozenset(skip), against)
        ln += acts.add(d, dm, ln, rl, frozenset(skip))
        ln += news.add(d, dm, ln, frozenset(skip))
        links.append(ln)
        rels.append(rl)
        relations.append(er)
    clusters, _unresolved = cluster(docs, dms, links, rels, relations)
    pairs, dating = assemble(docs, dms, clusters, relations, table.campaign)
    pairs = acts.finish(pairs, docs)
    pairs = news.finish(pairs, docs, dms)
    events, anchored = apply_user_anchors(pairs, user_anchors, table)
    return events, findings + dating + anchored


def _dateline(doc: Document) -> set[int]:
    """The expressions of a document's dateline ("BEIRUT, Dec. 7 (Levant Wire) -"): they date the
    article, not the events of its lead sentence."""
    a = doc.anchor
    if a.start is None or a.end is None or a.source not in {"dateline", "html"}:
        return set()
    return {i for i, e in enumerate(doc.expressions) if e.start < a.end and a.start < e.end}
