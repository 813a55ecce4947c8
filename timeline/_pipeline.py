"""The one place that composes the stages: ingest -> anchor -> extract -> resolve -> events -> reason.

Stages never import one another; each speaks only the vocabulary in :mod:`timeline.model`.  This
module wires them together, and is what the CLI and the public API call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import anchors
from timeline import _events, _extract, _ingest, _reason, _resolve
from timeline._ingest import InputProblem
from timeline.model import Document, Event, Finding, Timeline, UserAnchor

__all__ = ["Run", "anchor_and_extract", "assemble", "build", "extract", "run"]

Input = str | Path


@dataclass
class Run:
    """Everything one pipeline run produced, including the input problems the CLI reports."""

    timeline: Timeline
    problems: list[InputProblem] = field(default_factory=list)


def _as_datetime(d: dt.date | dt.datetime | str | None) -> dt.datetime | None:
    if d is None:
        return None
    if isinstance(d, str):
        d = dt.date.fromisoformat(d[:10])
    if isinstance(d, dt.datetime):
        return d
    return dt.datetime(d.year, d.month, d.day)


def anchor_and_extract(doc: Document, dct: dt.datetime | None) -> tuple[Document, list[Finding]]:
    """Anchor one document, then extract and resolve its time expressions (pure, no clock)."""
    anchor, findings = anchors.find_anchor(doc, dct)
    raw = _extract.extract(doc.text)
    resolved = _resolve.resolve(raw, anchor)
    return doc.model_copy(update={"anchor": anchor, "expressions": tuple(resolved)}), findings


def _reresolve(doc: Document) -> Document:
    return doc.model_copy(update={"expressions": tuple(_resolve.resolve(doc.expressions, doc.anchor))})


def _analyse(
    docs: list[Document], user_anchors: Sequence[UserAnchor]
) -> tuple[list[Document], list[Event], list[Finding], _reason.Result]:
    events, event_findings = _events.find_events(docs, user_anchors)
    result = _reason.reason(docs, events, user_anchors)
    for _ in range(3):
        inferred = {d.id for d, new in zip(docs, result.documents, strict=True) if new.anchor != d.anchor}
        if not inferred:
            break
        # An inferred anchor changes what every relative expression of that document means:
        # resolve them again and let events and reasoning see the new values.  Reasoning keeps a
        # one-day anchor and may narrow an inferred window (then once more; at most 3 rounds).
        docs = [_reresolve(d) if d.id in inferred else d for d in result.documents]
        events, event_findings = _events.find_events(docs, user_anchors)
        result = _reason.reason(docs, events, user_anchors)
    # the documents returned are resolved against the anchors they carry
    final = [new if new.anchor == d.anchor else _reresolve(new)
             for d, new in zip(docs, result.documents, strict=True)]
    return final, list(result.events), event_findings, result


def run(
    inputs: Iterable[Input],
    dct: dt.date | dt.datetime | str | None = None,
    anchors_file: Input | None = None,
    *,
    stage: str = "build",
    jobs: int = 1,
    progress: bool = False,
) -> Run:
    """Run the pipeline up to ``stage`` (``extract`` or ``build``) and keep the input problems."""
    documents, problems = _ingest.read_inputs(list(inputs))
    user_anchors: list[UserAnchor] = []
    if anchors_file is not None:
        loaded, anchor_problems = _ingest.read_user_anchors(Path(anchors_file))
        user_anchors.extend(loaded)
        problems.extend(anchor_problems)
    cli_dct = _as_datetime(dct)
    docs: list[Document] = []
    findings: list[Finding] = []
    for doc, doc_findings in _map_anchor_extract(documents, cli_dct, jobs=jobs, progress=progress):
        docs.append(doc)
        findings.extend(doc_findings)
    return Run(assemble(docs, findings, user_anchors, stage=stage), problems)


def assemble(
    docs: Sequence[Document],
    findings: Sequence[Finding] = (),
    user_anchors: Sequence[UserAnchor] = (),
    *,
    stage: str = "build",
) -> Timeline:
    """The corpus-wide stages (events, reasoning) over documents already anchored and extracted.

    ``docs`` and ``findings`` are what :func:`anchor_and_extract` returned for each document, in
    input order, however it was run (here, on ``--jobs`` processes, or on a Dask cluster).
    """
    docs = list(docs)
    findings = list(findings)
    if stage == "extract" and all(d.anchor.value is not None for d in docs):
        return Timeline(documents=tuple(docs), findings=tuple(findings))
    docs, events, event_findings, result = _analyse(docs, user_anchors)
    findings.extend(event_findings)
    findings.extend(result.findings)
    return Timeline(
        events=tuple(_order(events, docs)),
        findings=tuple(_dedupe(findings)),
        documents=tuple(docs),
        constraints=tuple(result.constraints),
    )


def _map_anchor_extract(
    documents: list[Document], dct: dt.datetime | None, *, jobs: int, progress: bool
) -> Iterable[tuple[Document, list[Finding]]]:
    if jobs > 1 and len(documents) > 1:
        from timeline._parallel import map_anchor_extract

        yield from map_anchor_extract(documents, dct, jobs=jobs, progress=progress)
        return
    from timeline._parallel import progress_iter

    for doc in progress_iter(documents, enabled=progress):
        yield anchor_and_extract(doc, dct)


def _order(events: Sequence[Event], docs: Sequence[Document]) -> list[Event]:
    """Earliest start, then latest start, then document order (unbounded starts go last)."""
    doc_rank = {d.id: i for i, d in enumerate(docs)}
    far = dt.datetime.max

    def key(e: Event) -> tuple[dt.datetime, dt.datetime, int, int, str]:
        lo, hi = e.interval.start
        return (lo or hi or far, hi or lo or far, doc_rank.get(e.doc, len(doc_rank)), e.start, e.id)

    return sorted(events, key=key)


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    seen: set[str] = set()
    out: list[Finding] = []
    for f in findings:
        k = f.model_dump_json()
        if k not in seen:
            seen.add(k)
            out.append(f)
    return _reason.drop_covered(out)  # and by meaning: a warning an error already tells


def extract(inputs: Iterable[Input] | Input, dct: dt.date | dt.datetime | str | None = None) -> list[Document]:
    """Read ``inputs`` and return the documents with their anchors and resolved expressions.

    The same content as ``timeline extract --json``.  Unreadable inputs are skipped (the CLI
    reports them); use :func:`run` to see them.
    """
    return list(run(_listify(inputs), dct, stage="extract").timeline.documents)


def build(
    inputs: Iterable[Input] | Input,
    dct: dt.date | dt.datetime | str | None = None,
    anchors: Input | None = None,
) -> Timeline:
    """Build the timeline of a corpus: ordered events, findings and documents.

    ``inputs`` are paths (``.txt``, ``.jsonl``, ``.html``, directories) as for the command line;
    ``dct`` is the publication date for documents that carry none; ``anchors`` is an optional
    YAML/JSON file of known events (``{name, aliases, start, end}``).
    """
    return run(_listify(inputs), dct, anchors).timeline


def _listify(inputs: Iterable[Input] | Input) -> list[Input]:
    if isinstance(inputs, (str, Path)):
        return [inputs]
    return list(inputs)
