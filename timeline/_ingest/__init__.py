"""Ingest: turn the command line's inputs into :class:`~timeline.model.Document` objects.

Inputs (see ../shared/contract.md and docs/cli.md): ``.txt`` (one document, id = file stem),
``.jsonl`` (one document per line), ``.html``/``.htm`` (main text + page date), directories (every
such file below, in name order), ``-`` (JSON Lines on standard input), or ready Documents.

Nothing here raises on bad input and nothing is lost silently: every problem is an
:class:`InputProblem` naming the file (and line), ``fatal`` when an input or a line could not be
used (the CLI then exits 2) and a warning when it was used anyway (invalid UTF-8 replaced, an
unparsable ``published`` dropped, a duplicate id renamed, an empty file).  Ids are made unique
across the whole run: a repeated id gets ``~2``, ``~3``, ... in input order.
"""

from __future__ import annotations

import os
from pathlib import Path

from timeline._gc import paused
from timeline._ingest._files import decode, expand, read_bytes, read_stdin, suffix_of
from timeline._ingest._html import parse_html
from timeline._ingest._jsonl import parse_jsonl
from timeline._ingest._problems import InputProblem, Problems, display, scrub
from timeline._ingest._user_anchors import read_user_anchors
from timeline.model import Document

__all__ = ["InputProblem", "read_inputs", "read_user_anchors"]


def _stem(path: str) -> str:
    return display(os.path.splitext(os.path.basename(path))[0]) or "document"


def _read_file(path: str, explicit: bool, problems: Problems) -> list[Document]:
    shown = display(path)
    suffix = suffix_of(path)
    if suffix not in (".txt", ".jsonl", ".html", ".htm"):
        data = read_bytes(path, explicit, problems)
        if data is not None and decode(data, shown, Problems()) is None:
            problems.add(shown, "binary file, not a document")
        elif data is not None:
            problems.add(shown, f"unsupported file type '{suffix or '(none)'}' (want .txt, .jsonl, .html or .htm)")
        return []
    data = read_bytes(path, explicit, problems)
    if data is None:
        return []
    if not data.strip():
        problems.warn(shown, "empty file, no document")
        return []
    if suffix == ".jsonl":
        return parse_jsonl(data, shown, _stem(path), problems)
    text = decode(data, shown, problems)
    if text is None:
        return []
    if suffix == ".txt":
        return [Document(id=_stem(path), text=scrub(text), path=shown)]
    doc = parse_html(text, shown, _stem(path), problems)
    return [doc] if doc is not None else []


def _unique(docs: list[Document], problems: Problems) -> list[Document]:
    taken = {d.id for d in docs}
    seen: set[str] = set()
    out: list[Document] = []
    for d in docs:
        if d.id in seen:
            n = 2
            while f"{d.id}~{n}" in taken:
                n += 1
            new = f"{d.id}~{n}"
            taken.add(new)
            problems.warn(d.path or "<input>", f"duplicate id '{d.id}', renamed '{new}'", d.line, kind="duplicate")
            d = d.model_copy(update={"id": new})
        seen.add(d.id)
        out.append(d)
    return out


def read_inputs(inputs: list[str | Path | Document]) -> tuple[list[Document], list[InputProblem]]:
    """Read every input (files, directories, ``-`` for stdin, or ready Documents), in order.

    Returns the documents (ids unique) and the problems.  Never raises on bad input; a file that
    appears twice (named twice, or also inside a named directory) is read once.
    """
    with paused():  # many small acyclic Documents: see timeline._gc
        return _read_all(inputs)


def _read_all(inputs: list[str | Path | Document]) -> tuple[list[Document], list[InputProblem]]:
    problems = Problems()
    docs: list[Document] = []
    read: set[tuple[int, int]] = set()
    for item in inputs:
        if isinstance(item, Document):
            docs.append(item)
            continue
        name = os.fspath(item)
        if name == "-":
            docs.extend(parse_jsonl(read_stdin(problems), "<stdin>", "stdin", problems))
            continue
        for path, explicit in expand(name, problems):
            try:
                st = os.stat(path)
                key = (st.st_dev, st.st_ino)
            except OSError:
                key = None
            if key is not None and key in read:
                continue
            docs.extend(_read_file(path, explicit, problems))
            if key is not None:
                read.add(key)
    docs = _unique(docs, problems)
    return docs, problems.finish()
