"""Beyond one machine: the per-document stages of a corpus on Dask, the corpus-wide ones locally.

Anchoring, extraction and resolution see one document at a time, so they run on a Dask cluster as a
``dask.bag``: each task reads its inputs (files are read *on the workers*, so a corpus on a shared
file system never travels through the client) and calls the pipeline's own per-document function,
:func:`timeline._pipeline.anchor_and_extract`.  A bag keeps its order, so the documents come back
in input order with exactly the anchors and expressions of a single-process run.  Events and
reasoning need the whole corpus at once; :func:`build_distributed` gathers the documents and runs
them here with :func:`timeline._pipeline.assemble`, the same function ``timeline build`` uses, so
the timeline is the one a local run gives.

>>> from distributed import Client                                   # doctest: +SKIP
>>> from timeline._dask import build_distributed                     # doctest: +SKIP
>>> with Client("tcp://scheduler:8786") as client:                   # doctest: +SKIP
...     tl = build_distributed(["/shared/news/2016/"], client=client)

Dask is an optional extra: ``pip install 'timeline[dask]'``.  Paths must be readable by the
workers (same path on every machine); :class:`~timeline.model.Document` objects are shipped from
the client instead.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from timeline._ingest import InputProblem
from timeline.model import Document, Finding, Timeline, UserAnchor

if TYPE_CHECKING:
    import dask.bag

    from timeline._pipeline import Run

__all__ = ["Extracted", "build_distributed", "collect", "extract_bag", "extract_distributed", "run_distributed"]

Input = str | Path | Document


class Extracted(NamedTuple):
    """One element of :func:`extract_bag`: an anchored, extracted document, or an input problem."""

    document: Document | None
    findings: tuple[Finding, ...] = ()
    problem: InputProblem | None = None


def _dask_bag() -> Any:
    """The ``dask.bag`` module, typed loosely (dask's own annotations are partial)."""
    try:
        return importlib.import_module("dask.bag")
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise RuntimeError("the Dask adapter needs dask: pip install 'timeline[dask]'") from e


def _read_partition(items: Iterable[Input]) -> list[Document | InputProblem]:
    """Worker side: ingest a partition of inputs exactly as the local pipeline would."""
    from timeline import _ingest

    out: list[Document | InputProblem] = []
    for item in items:
        docs, problems = _ingest.read_inputs([item])
        out.extend(docs)
        out.extend(problems)
    return out


def _extract_partition(items: Iterable[Document | InputProblem], dct: dt.datetime | None) -> list[Extracted]:
    """Worker side: the pipeline's per-document function on every document of a partition."""
    from timeline._pipeline import anchor_and_extract  # inside: workers import what they run

    out: list[Extracted] = []
    for item in items:
        if isinstance(item, Document):
            doc, findings = anchor_and_extract(item, dct)
            out.append(Extracted(doc, tuple(findings)))
        else:
            out.append(Extracted(None, (), item))
    return out


def _default_partitions(client: Any) -> int:
    if client is not None:
        try:
            threads: dict[str, int] = client.nthreads()
            return max(1, 4 * sum(threads.values()))
        except Exception:  # a client without workers yet
            pass
    return max(1, 4 * (os.cpu_count() or 1))


def extract_bag(
    inputs: Iterable[Input] | Input,
    dct: dt.date | dt.datetime | str | None = None,
    *,
    npartitions: int | None = None,
    client: Any = None,
) -> dask.bag.Bag:
    """A lazy ``dask.bag`` of :class:`Extracted`, one per document (or input problem), in input order.

    ``inputs`` are paths (as on the command line: files, directories) and/or ready
    :class:`Document` objects; ``dct`` is the publication date for documents that carry none.
    Paths are read on the workers.  ``npartitions`` (default: four per worker thread of
    ``client``, or per local core) is how finely the documents are spread for extraction.
    """
    db = _dask_bag()
    from timeline._pipeline import _as_datetime, _listify

    items = _listify(inputs)
    parts = npartitions or _default_partitions(client)
    cli_dct = _as_datetime(dct)
    if not items:
        empty: dask.bag.Bag = db.from_sequence([], npartitions=1)
        return empty
    if all(isinstance(i, Document) for i in items):
        docs: Any = db.from_sequence(items, npartitions=min(parts, len(items)))
    else:
        # One input per task for reading, then spread the documents for extraction: a single
        # large JSON Lines file is read by one worker but extracted by all of them.
        docs = db.from_sequence(items, npartitions=len(items)).map_partitions(_read_partition)
        if parts != len(items):
            docs = docs.repartition(npartitions=parts)
    bag: dask.bag.Bag = docs.map_partitions(_extract_partition, cli_dct)
    return bag


def collect(bag: dask.bag.Bag, client: Any = None) -> tuple[list[Document], list[Finding], list[InputProblem]]:
    """Compute ``bag`` (on ``client``, else on Dask's current scheduler) and split its elements."""
    b: Any = bag
    extracted: list[Extracted] = b.compute(scheduler=client) if client is not None else b.compute()
    docs: list[Document] = []
    findings: list[Finding] = []
    problems: list[InputProblem] = []
    for e in extracted:
        if e.document is not None:
            docs.append(e.document)
            findings.extend(e.findings)
        if e.problem is not None:
            problems.append(e.problem)
    return docs, findings, problems


def run_distributed(
    inputs: Iterable[Input] | Input,
    dct: dt.date | dt.datetime | str | None = None,
    anchors_file: str | Path | None = None,
    *,
    stage: str = "build",
    client: Any = None,
    npartitions: int | None = None,
) -> Run:
    """:func:`timeline._pipeline.run` with the per-document stages on Dask; keeps the input problems."""
    from timeline import _ingest
    from timeline._pipeline import Run, assemble

    user_anchors: list[UserAnchor] = []
    anchor_problems: list[InputProblem] = []
    if anchors_file is not None:
        user_anchors, anchor_problems = _ingest.read_user_anchors(Path(anchors_file))
    bag = extract_bag(inputs, dct, npartitions=npartitions, client=client)
    docs, findings, problems = collect(bag, client)
    return Run(assemble(docs, findings, user_anchors, stage=stage), problems + anchor_problems)


def extract_distributed(
    inputs: Iterable[Input] | Input,
    dct: dt.date | dt.datetime | str | None = None,
    *,
    client: Any = None,
    npartitions: int | None = None,
) -> list[Document]:
    """Like :func:`timeline.extract`, with the work done on Dask."""
    return list(run_distributed(inputs, dct, stage="extract", client=client, npartitions=npartitions).timeline.documents)


def build_distributed(
    inputs: Iterable[Input] | Input,
    dct: dt.date | dt.datetime | str | None = None,
    anchors: str | Path | None = None,
    *,
    client: Any = None,
    npartitions: int | None = None,
) -> Timeline:
    """Like :func:`timeline.build`: per-document stages on Dask, events and reasoning here."""
    return run_distributed(inputs, dct, anchors, client=client, npartitions=npartitions).timeline

