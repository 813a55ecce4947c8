"""Properties of the per-document stages and of a whole build, over arbitrary text and anchors.

Never an exception; every span is real (``text[start:end] == expression.text``); every interval
sane (``earliest <= latest``, ``start.earliest <= end.latest``); the same output twice; JSON
that serialises.  Text comes from arbitrary Unicode and from a grammar of date-like fragments,
so that it reaches the rules instead of bouncing off them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from robustness_invariants import (
    check_anchor,
    check_document,
    check_expressions,
    check_timeline,
    dump_documents,
    dump_timeline,
)
from robustness_strategies import EDGE_POINTS, EXAMPLES, date_like_text, points, texts

import timeline
from timeline import _extract, _pipeline, _resolve
from timeline.model import Anchor, Document

SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Texts written for these tests: every rule family near the calendar's edges.
SENTENCES = [
    "On Saturday (October 29) the army said it had taken the village two days ago.",
    "The offensive, launched on Oct. 17, 2016, entered its second week last Monday.",
    "Talks are due to resume next Tuesday, 8 November, and to last nearly two weeks.",
    "February 30 was the date printed on the order; the convoy left on 31 April.",
    "Saturday (October 30), the day after Friday October 28, fighting resumed at 5:30 a.m.",
    "The siege of the year 0 and of 0000-01-01 never happened; 10000 AD is far off.",
    "Every Friday since January 1 the market has been shelled, more than 40 times in all.",
    "Tomorrow, in the first week of next year, and in the 2020s, early 9999 or late year 1.",
    "Seven months into the campaign, the past 12 days were the worst since the 1990s.",
    "Updated: 9:40 Sunday, 05 April 2020 (c) 2010 Newsroom. AFP , Tuesday 25 Oct 2016 -",
]


def _anchor_for(p: dt.datetime | None) -> Anchor:
    if p is None:
        return Anchor()
    return Anchor(value=p, source="cli", earliest=p, latest=p)


@SETTINGS
@given(text=texts, published=st.none() | points, dct=st.none() | points)
@example(text=SENTENCES[0], published=dt.datetime(9999, 12, 31), dct=None)
@example(text=SENTENCES[7], published=dt.datetime(9999, 12, 31, 23, 59, 59), dct=None)
@example(text=SENTENCES[7], published=dt.datetime(1, 1, 1), dct=None)
@example(text=SENTENCES[2], published=None, dct=dt.datetime(1, 1, 1))
@example(text=SENTENCES[1], published=dt.datetime(2016, 2, 29), dct=None)
@example(text=SENTENCES[9], published=None, dct=None)
def test_anchor_and_extract_never_raises_and_keeps_invariants(
    text: str, published: dt.datetime | None, dct: dt.datetime | None
) -> None:
    doc = Document(id="d", text=text, published=published)
    out, findings = _pipeline.anchor_and_extract(doc, dct)
    assert out.text == text and out.id == "d"
    check_document(out)
    for f in findings:
        assert f.severity in ("error", "warning", "info")
    again, findings2 = _pipeline.anchor_and_extract(doc, dct)
    assert again.model_dump_json() == out.model_dump_json()
    assert [f.model_dump_json() for f in findings2] == [f.model_dump_json() for f in findings]
    dump_documents([out])


@SETTINGS
@given(text=texts, anchor=st.none() | points)
@example(text=" ".join(SENTENCES), anchor=dt.datetime(1, 1, 1))
@example(text=" ".join(SENTENCES), anchor=dt.datetime(9999, 12, 31))
def test_extract_then_resolve_spans_intervals_idempotence(text: str, anchor: dt.datetime | None) -> None:
    raw = _extract.extract(text)
    check_expressions(text, raw, "extract")
    starts = [(e.start, e.end) for e in raw]
    assert starts == sorted(starts), "extract returns expressions in text order"
    a = _anchor_for(anchor)
    resolved = _resolve.resolve(raw, a)
    check_expressions(text, resolved, "resolve")
    assert [(e.start, e.end, e.text) for e in resolved] == [(e.start, e.end, e.text) for e in raw]
    # resolving twice is harmless (documented): the pipeline re-resolves after inferring an anchor
    twice = _resolve.resolve(resolved, a)
    assert [e.model_dump_json() for e in twice] == [e.model_dump_json() for e in resolved]
    # pure: the same text gives the same expressions
    assert [e.model_dump_json() for e in _extract.extract(text)] == [e.model_dump_json() for e in raw]


@SETTINGS
@given(text=date_like_text, anchor=points)
@example(text="Wednesday", anchor=dt.datetime(1, 1, 1))  # bugs.md B3: a stale value survived an overflow
def test_resolving_against_no_anchor_then_an_anchor_is_like_resolving_once(text: str, anchor: dt.datetime) -> None:
    """The pipeline resolves with no anchor, then again once reasoning inferred one."""
    raw = _extract.extract(text)
    first = _resolve.resolve(_resolve.resolve(raw, Anchor()), _anchor_for(anchor))
    direct = _resolve.resolve(raw, _anchor_for(anchor))
    check_expressions(text, first)
    assert [e.model_dump_json() for e in first] == [e.model_dump_json() for e in direct]


_docs = st.lists(
    st.tuples(texts, st.none() | points), min_size=1, max_size=3
).map(lambda xs: [Document(id=f"doc{i}", text=t, published=p) for i, (t, p) in enumerate(xs)])


@settings(SETTINGS, max_examples=max(10, EXAMPLES // 2))
@given(docs=_docs, dct=st.none() | st.sampled_from(EDGE_POINTS))
@example(docs=[Document(id=f"s{i}", text=s) for i, s in enumerate(SENTENCES)], dct=dt.datetime(2016, 10, 30))
@example(docs=[Document(id=f"s{i}", text=s) for i, s in enumerate(SENTENCES)], dct=None)
@example(docs=[Document(id="a", text=SENTENCES[4], published=dt.datetime(9999, 12, 31)),
               Document(id="b", text=SENTENCES[0], published=dt.datetime(1, 1, 1))], dct=None)
def test_build_keeps_every_document_and_every_invariant(docs: list[Document], dct: dt.datetime | None) -> None:
    tl = timeline.build(cast("list[Any]", docs), dct=dct)
    check_timeline(tl, [d.id for d in docs])
    for d_in, d_out in zip(docs, tl.documents, strict=True):
        assert d_out.text == d_in.text
        if d_in.published is not None:
            # the publication day is the anchor (a time of day may be dropped)
            assert d_out.anchor.source == "metadata" and d_out.anchor.value is not None
            assert d_out.anchor.value.date() == d_in.published.date()
    text = dump_timeline(tl)
    assert dump_timeline(timeline.build(cast("list[Any]", docs), dct=dct)) == text, "not deterministic"


@pytest.mark.parametrize("p", EDGE_POINTS, ids=[x.isoformat() for x in EDGE_POINTS])
def test_every_sentence_at_every_calendar_edge(p: dt.datetime) -> None:
    docs = [Document(id=f"s{i}", text=s, published=p) for i, s in enumerate(SENTENCES)]
    tl = timeline.build(cast("list[Any]", docs))
    check_timeline(tl, [d.id for d in docs])
    dump_timeline(tl)
    for d in tl.documents:
        check_anchor(d.text, d.anchor, d.id)
