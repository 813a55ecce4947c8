"""The one place that composes the stages: ingest -> anchor -> extract -> resolve -> events -> reason.

Stages never import one another; each speaks only the vocabulary in :mod:`timeline.model`.  This
module wires them together, and is what the CLI and the public API call.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, field
from pathlib import Path

import anchors
from timeline import _events, _extract, _ingest, _reason, _resolve
from timeline._ingest import InputProblem
from timeline.model import Document, Event, Finding, Timeline, UserAnchor

__all__ = ["Run", "anchor_and_extract", "assemble", "build", "extract", "run", "stream_extract"]

#: What the pipeline reads: a path (file, directory, ``-`` for stdin) or a ready :class:`Document`.
Input = str | Path | Document
PathLike = str | Path


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


def anchor_and_extract(doc: Document, dct: dt.datetime | None, lang: str = "en") -> tuple[Document, list[Finding]]:
    """Anchor one document, then extract and resolve its time expressions (pure, no clock).

    ``lang``: the language of the text (ISO 639-1); other than ``en`` goes through dateparser's data.
    """
    anchor, findings = anchors.find_anchor(doc, dct)
    raw = _extract.extract(doc.text, lang)
    resolved = _resolve.resolve(raw, anchor)
    return doc.model_copy(update={"anchor": anchor, "expressions": tuple(resolved)}), findings


def _reresolve(doc: Document) -> Document:
    return doc.model_copy(update={"expressions": tuple(_resolve.resolve(doc.expressions, doc.anchor))})


def _analyse(
    docs: list[Document], user_anchors: Sequence[UserAnchor]
) -> tuple[list[Document], list[Event], list[Finding], _reason.Result]:
    events, event_findings = _events.find_events(docs, user_anchors)
    result = _reason.reason(docs, events, user_anchors)
    reasoned, yearless = _complete_yearless(result.documents, {})
    for _ in range(3):
        inferred = {d.id for d, new in zip(docs, reasoned, strict=True) if new.anchor != d.anchor}
        if not inferred:
            break
        # An inferred anchor changes what every relative expression of that document means:
        # resolve them again and let events and reasoning see the new values.  Reasoning keeps a
        # one-day anchor and may narrow an inferred window (then once more; at most 3 rounds).
        docs = [_reresolve(d) if d.id in inferred else d for d in reasoned]
        events, event_findings = _events.find_events(docs, user_anchors)
        result = _reason.reason(docs, events, user_anchors)
        reasoned, yearless = _complete_yearless(result.documents, yearless)
    # the documents returned are resolved against the anchors they carry
    final = [new if new.anchor == d.anchor else _reresolve(new)
             for d, new in zip(docs, reasoned, strict=True)]
    return final, list(result.events), [*event_findings, *yearless.values()], result


def _year_from_corpus(docs: list[Document]) -> tuple[list[Document], list[Finding]]:
    """Documents with no anchor but a year-less dateline take the year of the nearest dated article
    (see :func:`anchors.complete_yearless`), before events and reasoning read them."""
    if all(d.anchor.source != "none" for d in docs):
        return docs, []
    known = sorted((d.anchor.value, d.id) for d in docs
                   if d.anchor.value is not None and d.anchor.source in {"metadata", "cli", "dateline", "html"})
    if not known:
        return docs, []
    out: list[Document] = []
    found: list[Finding] = []
    for d in docs:
        done = anchors.complete_yearless(d, known) if d.anchor.source == "none" else None
        if done is None:
            out.append(d)
        else:
            out.append(_reresolve(d.model_copy(update={"anchor": done[0]})))
            found.append(done[1])
    return out, found


def _complete_yearless(
    docs: Sequence[Document], found: dict[str, Finding]
) -> tuple[list[Document], dict[str, Finding]]:
    """Documents whose inferred window meets a year-less dateline get that day (see anchors)."""
    out: list[Document] = []
    found = dict(found)
    for d in docs:
        done = anchors.complete_yearless(d)
        if done is None:
            out.append(d)
        else:
            out.append(d.model_copy(update={"anchor": done[0]}))
            found[d.id] = done[1]
    return out, found


def run(
    inputs: Iterable[Input],
    dct: dt.date | dt.datetime | str | None = None,
    anchors_file: PathLike | None = None,
    *,
    stage: str = "build",
    jobs: int = 1,
    progress: bool = False,
    lang: str = "en",
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
    for doc, doc_findings in _map_anchor_extract(documents, cli_dct, jobs=jobs, progress=progress, lang=lang):
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
    docs, dated = _year_from_corpus(list(docs))
    findings = [*findings, *dated]
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
    documents: Iterable[Document], dct: dt.datetime | None, *, jobs: int, progress: bool, lang: str = "en",
    total: int | None = None,
) -> Iterable[tuple[Document, list[Finding]]]:
    n = len(documents) if isinstance(documents, Sized) else total
    if jobs > 1 and (n is None or n > 1) and lang == "en":
        from timeline._parallel import map_anchor_extract

        yield from map_anchor_extract(documents, dct, jobs=jobs, progress=progress, total=n)
        return
    from timeline._parallel import progress_iter

    for doc in progress_iter(documents, enabled=progress, total=n):
        yield anchor_and_extract(doc, dct, lang)


def stream_extract(
    inputs: Iterable[Input], dct: dt.date | dt.datetime | str | None = None, *, jobs: int = 1,
    progress: bool = False, lang: str = "en",
) -> tuple[Iterator[Document], list[InputProblem]]:
    """``run(..., stage="extract")``'s documents, yielded one by one as they are made, and the problems.

    The same documents in the same order (``timeline extract`` writes each as it comes).  A
    document with a firm anchor (its own date, page tags, a dateline, or ``dct``) is final the
    moment it is extracted.  Memory stays bounded when that is known in advance (every document
    has a ``published`` or page date, or ``dct`` is given): each input document is released as
    soon as it is written.  Otherwise the inputs are kept; from the first document without a date
    on, documents are held, and if one of them really has none (its anchor is then inferred from
    the whole corpus, as :func:`run` does), the documents already written are extracted again
    and the corpus goes through events and reasoning; the held ones are written after that.
    """
    documents, problems = _ingest.read_inputs(list(inputs))
    return _stream(documents, _as_datetime(dct), jobs, progress, lang), problems


def _stream(documents: list[Document], dct: dt.datetime | None, jobs: int, progress: bool,
            lang: str) -> Iterator[Document]:
    total = len(documents)
    dated = dct is not None or all(d.published is not None or d.html_date is not None for d in documents)
    source: Iterable[Document] = documents
    if dated:  # a metadata, page or --dct date always makes a firm anchor: nothing to go back to
        queue = deque(documents)
        documents = []
        source = (queue.popleft() for _ in range(total))
    held: list[Document] = []
    for doc, _ in _map_anchor_extract(source, dct, jobs=jobs, progress=progress, lang=lang, total=total):
        if not held and _reason.is_firm(doc.anchor):
            yield doc
        else:
            held.append(doc)
    if all(d.anchor.value is not None for d in held):
        yield from held
        return
    written = total - len(held)
    pairs = list(_map_anchor_extract(documents[:written], dct, jobs=jobs, progress=False, lang=lang))
    tl = assemble([d for d, _ in pairs] + held, stage="extract")
    yield from tl.documents[written:]


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


def extract(
    inputs: Iterable[Input] | Input, dct: dt.date | dt.datetime | str | None = None, lang: str = "en"
) -> list[Document]:
    """Read ``inputs`` and return the documents with their anchors and resolved expressions.

    The same content as ``timeline extract --json``.  Unreadable inputs are skipped (the CLI
    reports them); use :func:`run` to see them.  ``lang`` is the language of the texts (ISO 639-1,
    e.g. ``"fr"``): English has its own scanner, other languages go through dateparser's data.
    """
    return list(run(_listify(inputs), dct, stage="extract", lang=lang).timeline.documents)


def build(
    inputs: Iterable[Input] | Input,
    dct: dt.date | dt.datetime | str | None = None,
    anchors: PathLike | None = None,
) -> Timeline:
    """Build the timeline of a corpus: ordered events, findings and documents.

    ``inputs`` are paths (``.txt``, ``.jsonl``, ``.html``, directories) as for the command line,
    or :class:`Document` objects built in Python;
    ``dct`` is the publication date for documents that carry none; ``anchors`` is an optional
    YAML/JSON file of known events (``{name, aliases, start, end}``).
    """
    return run(_listify(inputs), dct, anchors).timeline


def _listify(inputs: Iterable[Input] | Input) -> list[Input]:
    if isinstance(inputs, (str, Path, Document)):
        return [inputs]
    return list(inputs)
