"""The invariants every stage's output must keep, checked by the property tests and the fuzz targets.

Kept free of pytest, hypothesis and atheris so that ``fuzz/*.py`` can import it too.  Each check
raises ``AssertionError`` naming what broke (an ``assert`` would vanish under ``python -O``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any

from timeline.model import Anchor, Document, Evidence, Expression, Interval, Timeline

__all__ = [
    "check_anchor",
    "check_document",
    "check_expressions",
    "check_interval",
    "check_timeline",
    "dump_documents",
    "dump_timeline",
]

_TYPES = {"DATE", "TIME", "DURATION", "SET"}
_SOURCES = {"metadata", "cli", "dateline", "html", "inferred", "none"}
_SEVERITIES = {"error", "warning", "info"}


def _fail(what: str) -> None:
    raise AssertionError(what)


def _le(a: dt.datetime | None, b: dt.datetime | None) -> bool:
    """``a <= b`` where either may be unbounded (``None``)."""
    return a is None or b is None or a <= b


def check_interval(iv: Interval, where: str) -> None:
    """``earliest <= latest`` for each end, ``start.earliest <= end.latest``, naive points only."""
    for name, (lo, hi) in (("start", iv.start), ("end", iv.end)):
        for p in (lo, hi):
            if p is not None and p.tzinfo is not None:
                _fail(f"{where}: {name} bound {p!r} is time-zone aware (the model's points are naive)")
        if not _le(lo, hi):
            _fail(f"{where}: {name} earliest {lo} > latest {hi}")
    if not _le(iv.start[0], iv.end[1]):
        _fail(f"{where}: start.earliest {iv.start[0]} > end.latest {iv.end[1]}")


def _check_span(text: str, start: int, end: int, span_text: str, where: str) -> None:
    if not (0 <= start <= end <= len(text)):
        _fail(f"{where}: span [{start}, {end}) outside the text (length {len(text)})")
    if text[start:end] != span_text:
        _fail(f"{where}: text[{start}:{end}] == {text[start:end]!r}, expression says {span_text!r}")


def check_expressions(text: str, expressions: Sequence[Expression], where: str = "doc") -> None:
    """Spans inside ``text`` and equal to the expression's text; valid types; sane intervals."""
    for i, e in enumerate(expressions):
        w = f"{where}#{i} {e.text!r}"
        _check_span(text, e.start, e.end, e.text, w)
        if e.type not in _TYPES:
            _fail(f"{w}: type {e.type!r}")
        if e.interval is not None:
            check_interval(e.interval, w)


def check_anchor(text: str, anchor: Anchor, where: str = "doc") -> None:
    """A known source; ``value`` None iff source ``none``; its span (if any) inside the text."""
    if anchor.source not in _SOURCES:
        _fail(f"{where}: anchor source {anchor.source!r}")
    if (anchor.value is None) != (anchor.source == "none"):
        _fail(f"{where}: anchor value {anchor.value} with source {anchor.source!r}")
    if anchor.start is not None or anchor.end is not None:
        if anchor.start is None or anchor.end is None or anchor.text is None:
            _fail(f"{where}: anchor span half set: {anchor.start}, {anchor.end}, {anchor.text!r}")
        else:
            _check_span(text, anchor.start, anchor.end, anchor.text, f"{where} anchor")
    if not (_le(anchor.earliest, anchor.latest)
            and _le(anchor.earliest, anchor.value) and _le(anchor.value, anchor.latest)):
        _fail(f"{where}: anchor bounds {anchor.earliest} <= {anchor.value} <= {anchor.latest} broken")


def check_document(doc: Document) -> None:
    """Anchor and expressions of one document (after anchoring, extraction and resolution)."""
    check_anchor(doc.text, doc.anchor, doc.id)
    check_expressions(doc.text, doc.expressions, doc.id)


def _check_evidence(texts: dict[str, str], evidence: Iterable[Evidence], where: str) -> None:
    for ev in evidence:
        if ev.source != "text":
            continue  # user anchors, metadata and --dct have no span in a document
        if ev.doc not in texts:
            _fail(f"{where}: evidence names unknown document {ev.doc!r}")
        _check_span(texts[ev.doc], ev.start, ev.end, ev.text, f"{where} evidence in {ev.doc}")


def check_timeline(tl: Timeline, input_ids: Sequence[str] | None = None) -> None:
    """Every document kept (in order), every span real, every interval sane, events in order."""
    ids = [d.id for d in tl.documents]
    if input_ids is not None and ids != list(input_ids):
        _fail(f"documents {ids} != inputs {list(input_ids)}")
    texts = {d.id: d.text for d in tl.documents}
    for d in tl.documents:
        check_document(d)
    for e in tl.events:
        w = f"event {e.id}"
        if e.doc not in texts:
            _fail(f"{w}: unknown document {e.doc!r}")
        t = texts[e.doc]
        if not (0 <= e.start <= e.end <= len(t)):
            _fail(f"{w}: span [{e.start}, {e.end}) outside {e.doc} (length {len(t)})")
        check_interval(e.interval, w)
        _check_evidence(texts, e.evidence, w)
    for f in tl.findings:
        if f.severity not in _SEVERITIES:
            _fail(f"finding {f.code}: severity {f.severity!r}")
        _check_evidence(texts, f.evidence, f"finding {f.code}")
    _check_order(tl)


def _check_order(tl: Timeline) -> None:
    """Events by earliest start (unbounded last), then latest start (contract)."""
    far = dt.datetime.max
    keys = [(e.interval.start[0] or e.interval.start[1] or far, e.interval.start[1] or e.interval.start[0] or far)
            for e in tl.events]
    if keys != sorted(keys):
        _fail("events are not ordered by (earliest start, latest start)")


def dump_documents(docs: Iterable[Document]) -> str:
    """The ``extract --json`` text of ``docs`` (raises if it is not JSON-serialisable)."""
    from timeline._export.json_out import documents_dict, dumps

    text = dumps(documents_dict(docs))
    _roundtrip(text)
    return text


def dump_timeline(tl: Timeline) -> str:
    """The ``build --json`` text of ``tl``, checked to parse back and to encode as UTF-8."""
    text = tl.to_json()
    _roundtrip(text)
    return text


def _roundtrip(text: str) -> Any:
    text.encode("utf-8")  # a lone surrogate would make writing the file or stdout fail
    return json.loads(text)
