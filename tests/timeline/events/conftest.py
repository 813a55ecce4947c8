"""Builders for the events tests: documents whose expressions we state by hand.

The events stage must not depend on how extraction happens to behave today, so most tests give it
the expressions (span, type, value, interval) a correct extractor would produce.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import timeline
from timeline._events._aliases import load_table
from timeline._events._link import RelativeStart, link_document
from timeline._events._mentions import Mention, find_mentions
from timeline._events._relations import relate_document
from timeline.model import Anchor, Document, Expression, Interval, Timeline

Spec = tuple[Any, ...]  # (surface, type, value[, interval | None][, extra fields dict])
DocBuilder = Callable[..., Document]


def _interval(value: str) -> Interval | None:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return Interval.day(dt.date(int(m[1]), int(m[2]), int(m[3])))
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        y, mo = int(m[1]), int(m[2])
        s = dt.datetime(y, mo, 1)
        e = dt.datetime(y + (mo == 12), mo % 12 + 1, 1)
        return Interval.exact(s, e, "month")
    if re.fullmatch(r"\d{4}", value):
        y = int(value)
        return Interval.exact(dt.datetime(y, 1, 1), dt.datetime(y + 1, 1, 1), "year")
    return None


def span(first: str, last: str) -> Interval:
    """An exact interval from ``first`` to ``last`` (ISO dates, half-open)."""
    return Interval.exact(dt.datetime.fromisoformat(first), dt.datetime.fromisoformat(last), "day")


def build_doc(doc_id: str, text: str, published: str | None, *exprs: Spec) -> Document:
    """A document with its anchor and the expressions listed, located by their surface text.

    Each spec is ``(surface, type, value)`` with an optional interval (default: from the value)
    and an optional dict of other Expression fields; a surface found several times is taken at its
    next occurrence after the previous spec's.
    """
    out: list[Expression] = []
    pos: dict[str, int] = {}
    for spec in exprs:
        surface, typ, value = spec[0], spec[1], spec[2]
        iv = spec[3] if len(spec) > 3 and not isinstance(spec[3], dict) else _interval(value)
        extra = next((x for x in spec[3:] if isinstance(x, dict)), {})
        k = text.index(surface, pos.get(surface, 0))
        pos[surface] = k + 1
        out.append(Expression(text=surface, start=k, end=k + len(surface), type=typ, value=value, interval=iv,
                              **extra))
    out.sort(key=lambda e: e.start)
    anchor = Anchor()
    if published is not None:
        p = dt.datetime.fromisoformat(published)
        anchor = Anchor(value=p, source="metadata", earliest=p, latest=p)
    return Document(id=doc_id, text=text, anchor=anchor, expressions=tuple(out),
                    published=anchor.value)


@pytest.fixture
def make_doc() -> DocBuilder:
    return build_doc


def build_corpus(tmp_path: Path, docs: list[tuple[str, str, str]]) -> Timeline:
    """The whole pipeline on (id, published, text) dispatches written to a JSON Lines file."""
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": i, "published": p, "text": t}) + "\n" for i, p, t in docs),
                    encoding="utf-8")
    return timeline.build([path])


def error_codes(tl: Timeline) -> list[str]:
    return [f.code for f in tl.findings if f.severity == "error"]


def mentions_in(text: str) -> list[Mention]:
    """The event mentions of ``text`` read as one document (packaged alias table)."""
    return find_mentions("t", text, load_table()).mentions


def mention_in(text: str, word: str) -> Mention:
    """The first mention of ``text`` whose trigger is ``word`` (fails the test, naming what there is, if none)."""
    found = [m for m in mentions_in(text) if m.word == word]
    assert found, f"no mention {word!r} in {text!r}: {[m.word for m in mentions_in(text)]}"
    return found[0]


Linked = tuple[list[tuple[str, str, str]], list[RelativeStart], list[str]]


def linked(text: str, published: str | None, *exprs: Spec) -> Linked:
    """Link ``text`` as the events stage does (relations first, their expressions skipped): the
    (expression text, trigger word, relation) of each time link, the event-relative starts, and
    the trigger words of the document's mentions."""
    doc = build_doc("t", text, published, *exprs)
    dm = find_mentions("t", doc.text, load_table())
    er = relate_document(dm, doc.expressions)
    skip = frozenset(i for r in er for i in r.expressions)
    against = {r.other: (r.start, r.end) for r in er if r.relation != "during"}
    links, rel = link_document(dm, doc.expressions, doc.anchor.value, skip, against)
    words = [m.word for m in dm.mentions]
    return [(doc.expressions[ln.expression].text, words[ln.mention], ln.relation) for ln in links], rel, words


def links_in(text: str, published: str | None, *exprs: Spec) -> list[tuple[str, str, str]]:
    """The (expression text, trigger word, relation) of each time link of ``text`` (see :func:`linked`)."""
    return linked(text, published, *exprs)[0]
