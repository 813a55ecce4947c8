"""Ingest: turn the command line's inputs into Documents (STUB: owned by the ingest/anchors helper)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from timeline.model import Document, UserAnchor

__all__ = ["InputProblem", "read_inputs", "read_user_anchors"]


@dataclass(frozen=True)
class InputProblem:
    """Something wrong with an input: ``fatal`` problems make the CLI exit 2 (the rest still runs)."""

    path: str
    message: str
    line: int | None = None
    fatal: bool = True

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


def read_inputs(inputs: list[str | Path | Document]) -> tuple[list[Document], list[InputProblem]]:
    """Read every input (files, directories, ``-`` for stdin, or ready Documents)."""
    docs: list[Document] = []
    problems: list[InputProblem] = []
    for item in inputs:
        if isinstance(item, Document):
            docs.append(item)
            continue
        p = Path(item)
        try:
            docs.append(Document(id=p.stem, text=p.read_text(encoding="utf-8"), path=str(p)))
        except OSError as e:
            problems.append(InputProblem(str(p), e.strerror or str(e)))
    return docs, problems


def read_user_anchors(path: Path) -> tuple[list[UserAnchor], list[InputProblem]]:
    """Read ``--anchors FILE.yaml|.json``: a list of ``{name, aliases, start, end}``."""
    return [], []
