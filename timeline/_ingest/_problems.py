"""Input problems: one-line messages naming the file (and line), collected without raising."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

__all__ = ["InputProblem", "Problems", "display", "scrub"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_NEWLINES = re.compile(r"[\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
#: Problems of one kind reported per file before the rest are summed up in one line.
MAX_PER_KIND = 20


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


def scrub(text: str) -> str:
    """``text`` with lone surrogates (unencodable as UTF-8) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def display(path: str | os.PathLike[str]) -> str:
    """A path as it can be printed: undecodable bytes of a file name become U+FFFD."""
    return scrub(os.fsencode(path).decode("utf-8", "replace"))


class Problems:
    """Collects problems; after :data:`MAX_PER_KIND` of one kind in one file, counts the rest."""

    def __init__(self) -> None:
        self.items: list[InputProblem] = []
        self._counts: dict[tuple[str, str], int] = {}
        self._suppressed: dict[tuple[str, str], tuple[int, int | None, bool, str]] = {}

    def add(self, path: str, message: str, line: int | None = None, *, fatal: bool = True, kind: str = "") -> None:
        """Record one problem (``kind`` groups repeated problems of one file for the cap)."""
        message = _NEWLINES.sub(" ", scrub(message)).strip()
        key = (path, kind or message)
        n = self._counts.get(key, 0) + 1
        self._counts[key] = n
        if n <= MAX_PER_KIND:
            self.items.append(InputProblem(_NEWLINES.sub(" ", path), message, line, fatal))
            return
        count, first, any_fatal, first_message = self._suppressed.get(key, (0, line, False, message))
        self._suppressed[key] = (count + 1, first, any_fatal or fatal, first_message)

    def warn(self, path: str, message: str, line: int | None = None, *, kind: str = "") -> None:
        """Record a non-fatal problem (a warning: the input is still used)."""
        self.add(path, message, line, fatal=False, kind=kind)

    def finish(self) -> list[InputProblem]:
        """All problems, with one summary line per capped kind."""
        for (path, _kind), (count, first, fatal, message) in self._suppressed.items():
            where = f" from line {first}" if first is not None else ""
            self.items.append(InputProblem(path, f"{count} more problems like this{where}: {message}", None, fatal))
        self._suppressed.clear()
        return self.items
