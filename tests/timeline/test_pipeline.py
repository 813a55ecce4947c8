"""The pipeline's own logic: event order, finding de-duplication, inputs of every kind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import timeline
from timeline._pipeline import _dedupe, _order
from timeline.model import Document, Event, Finding, Interval


def _event(i: str, doc: str, lo: dt.datetime | None, hi: dt.datetime | None, start: int = 0) -> Event:
    return Event(id=i, label=i, doc=doc, sentence="s", start=start, end=start + 1,
                 interval=Interval(start=(lo, hi)))


def test_events_ordered_by_earliest_then_latest_start_then_document_order() -> None:
    docs = [Document(id="d1", text=""), Document(id="d2", text="")]
    d = dt.datetime
    events = [
        _event("late", "d1", d(2016, 10, 30), d(2016, 10, 30)),
        _event("wide", "d1", d(2016, 10, 15), d(2016, 10, 19)),
        _event("narrow", "d1", d(2016, 10, 15), d(2016, 10, 15)),
        _event("second-doc", "d2", d(2016, 10, 30), d(2016, 10, 30)),
        _event("unknown", "d1", None, None),
    ]
    assert [e.id for e in _order(events, docs)] == ["narrow", "wide", "late", "second-doc", "unknown"]


def test_identical_findings_are_reported_once() -> None:
    f = Finding(severity="warning", code="x", message="m")
    g = Finding(severity="error", code="x", message="m")
    assert _dedupe([f, g, f]) == [f, g]


def test_build_accepts_documents_and_paths(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("The talks ended without a deal.", encoding="utf-8")
    tl = timeline.build([p, Document(id="b", text="Nothing happened.")], dct="2020-01-02")
    assert [d.id for d in tl.documents] == ["a", "b"]
    assert all(d.anchor.source == "cli" for d in tl.documents)
    assert tl.documents[0].anchor.value == dt.datetime(2020, 1, 2)


def test_metadata_beats_cli_date() -> None:
    doc = Document(id="m", text="x", published=dt.datetime(2016, 10, 29))
    [out] = timeline.extract([doc], dct="2020-01-01")
    assert out.anchor.source == "metadata" and out.anchor.value == dt.datetime(2016, 10, 29)
