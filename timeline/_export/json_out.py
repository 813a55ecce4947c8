"""The JSON shapes of ../shared/contract.md, written deterministically and atomically."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from timeline._gc import paused
from timeline.model import Document, Event, Expression, Finding, Timeline

__all__ = ["document_dict", "dumps", "event_dict", "finding_dict", "iter_documents_json", "timeline_dict", "write_atomic"]


def dumps(obj: Any) -> str:
    """Deterministic JSON text (same input, same bytes), UTF-8 kept readable, newline-terminated."""
    with paused():  # acyclic dicts and text: see timeline._gc
        return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def _dump(model: Any) -> Any:
    return model.model_dump(mode="json", exclude_none=False)


def expression_dict(e: Expression) -> dict[str, Any]:
    d: dict[str, Any] = {
        "text": e.text,
        "start": e.start,
        "end": e.end,
        "type": e.type,
        "value": e.value,
        "interval": _dump(e.interval) if e.interval is not None else None,
        "rule": e.rule,
    }
    for k in ("mod", "event_ref", "event_relation", "quant", "freq"):
        v = getattr(e, k)
        if v is not None:
            d[k] = v
    return d


def document_dict(doc: Document) -> dict[str, Any]:
    d: dict[str, Any] = {"id": doc.id, "anchor": _dump(doc.anchor)}
    for k in ("source", "url", "title"):
        v = getattr(doc, k)
        if v is not None:
            d[k] = v
    d["expressions"] = [expression_dict(e) for e in doc.expressions]
    return d


def event_dict(e: Event) -> dict[str, Any]:
    d: dict[str, Any] = _dump(e)
    d["actors"] = list(e.actors)
    return d


def finding_dict(f: Finding) -> dict[str, Any]:
    return dict(_dump(f))


def documents_dict(docs: Iterable[Document]) -> dict[str, Any]:
    with paused():  # acyclic dicts and text: see timeline._gc
        return {"documents": [document_dict(d) for d in docs]}


def iter_documents_json(docs: Iterable[Document], chunk: int = 1 << 16) -> Iterator[str]:
    """``dumps(documents_dict(docs))`` in pieces of about ``chunk`` characters, as ``docs`` come.

    The same bytes as the one-shot text (``json.dumps`` with ``indent`` indents a nested value by
    its depth, so each document is dumped alone and shifted two levels), but only one document is
    held at a time: ``timeline extract`` writes a corpus of any size in bounded memory.
    """
    buf: list[str] = []
    size = 0
    first = True
    for d in docs:
        text = json.dumps(document_dict(d), ensure_ascii=False, indent=1).replace("\n", "\n  ")
        buf.append(('{\n "documents": [\n  ' if first else ",\n  ") + text)
        first = False
        size += len(text)
        if size >= chunk:
            yield "".join(buf)
            buf, size = [], 0
    buf.append('{\n "documents": []\n}\n' if first else "\n ]\n}\n")
    yield "".join(buf)


def findings_dict(findings: Iterable[Finding]) -> dict[str, Any]:
    with paused():  # acyclic dicts and text: see timeline._gc
        return {"findings": [finding_dict(f) for f in findings]}


def timeline_dict(tl: Timeline) -> dict[str, Any]:
    with paused():  # acyclic dicts and text: see timeline._gc
        return {
            "events": [event_dict(e) for e in tl.events],
            "findings": [finding_dict(f) for f in tl.findings],
            "documents": [document_dict(d) for d in tl.documents],
        }


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash never leaves half a file: temp file + rename.

    A symlink is written through (the link stays); a FIFO or device (``--json /dev/stdout``) is
    written into directly, since renaming over it would replace it.  A new file gets the mode
    ``open()`` would give it (0o666 less the umask; mkstemp alone gives 0o600); an existing one
    keeps its mode.
    """
    path = Path(os.path.realpath(path))
    try:
        st: os.stat_result | None = os.stat(path)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        if stat.S_ISDIR(st.st_mode):
            raise IsADirectoryError(21, "Is a directory", str(path))
        with open(path, "wb") as out:
            out.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(st.st_mode) if st is not None else 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
