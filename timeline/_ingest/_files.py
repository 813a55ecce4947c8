"""Files: expanding directories, reading bytes safely, and telling text from binary.

Nothing here raises on a bad input: every failure becomes a problem naming the file.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
import sys
from collections.abc import Iterator

from timeline._ingest._problems import Problems, display

__all__ = ["SUFFIXES", "decode", "expand", "read_bytes", "read_stdin", "suffix_of"]

#: The document formats, by file suffix (case-insensitive).
SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
#: Bytes sampled to tell text from binary (git's heuristic uses the first 8000 bytes).
_SAMPLE = 8192
#: C0 controls other than tab, newlines, form feed and escape: rare in any text file.
_CONTROL = bytes([*range(0, 8), 11, *range(14, 27), *range(28, 32), 127])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)


def suffix_of(path: str) -> str:
    """The lower-cased suffix of ``path`` ('' if none)."""
    return os.path.splitext(path)[1].lower()


def _reason(e: OSError, path: str) -> str:
    if e.errno == errno.ENOENT:
        broken = os.path.islink(path) and not os.path.exists(path)
        return "broken symbolic link" if broken else "no such file or directory"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if e.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    if e.errno == errno.EISDIR:
        return "is a directory"
    return (e.strerror or type(e).__name__).lower()


def expand(item: str, problems: Problems) -> Iterator[tuple[str, bool]]:
    """The files ``item`` names: itself (``explicit`` True), or every document below a directory.

    Directories are walked depth first in name order (deterministic), hidden entries (``.name``)
    skipped, symbolic links followed but each directory read once (a link cycle is not a hang).
    """
    try:
        st = os.stat(item)
    except (OSError, ValueError) as e:
        problems.add(display(item), _reason(e, item) if isinstance(e, OSError) else "not a valid path")
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _walk(item, problems, set())
    else:
        yield item, True


def _walk(directory: str, problems: Problems, visited: set[tuple[int, int]]) -> Iterator[tuple[str, bool]]:
    try:
        st = os.stat(directory)
        key = (st.st_dev, st.st_ino)
        if key in visited:
            problems.warn(display(directory), "directory already read (a symbolic-link cycle), skipped")
            return
        visited.add(key)
        with os.scandir(directory) as it:
            entries = sorted((e.name, e.path) for e in it)
    except OSError as e:
        problems.add(display(directory), f"cannot list directory: {_reason(e, directory)}")
        return
    for name, path in entries:
        if name.startswith("."):
            continue
        try:
            is_dir = os.path.isdir(path)
        except (OSError, ValueError):
            is_dir = False
        if is_dir:
            yield from _walk(path, problems, visited)
        elif suffix_of(name) in SUFFIXES:
            yield path, False


def read_bytes(path: str, explicit: bool, problems: Problems) -> bytes | None:
    """The bytes of ``path``, or ``None`` with a problem recorded.

    A special file (FIFO, device) found in a directory is skipped with a warning: opening a FIFO
    would block forever.  Named on the command line, it is read (``<(zcat a.jsonl)`` works).
    """
    shown = display(path)
    listed = False
    try:
        st = os.stat(path)
        listed = True
        if stat.S_ISDIR(st.st_mode):
            problems.add(shown, "is a directory")
            return None
        if not stat.S_ISREG(st.st_mode) and not explicit:
            problems.warn(shown, "not a regular file (a pipe or device), skipped")
            return None
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        gone = listed and e.errno == errno.ENOENT
        problems.add(shown, "disappeared before it could be read" if gone else _reason(e, path))
    except (ValueError, MemoryError) as e:
        problems.add(shown, f"cannot read: {type(e).__name__}")
    return None


def read_stdin(problems: Problems) -> bytes:
    """Standard input as bytes (empty, with a problem, if it cannot be read)."""
    try:
        buffer = getattr(sys.stdin, "buffer", None)
        if buffer is not None:
            data = buffer.read()
            return data if isinstance(data, bytes) else str(data).encode("utf-8", "surrogateescape")
        return sys.stdin.read().encode("utf-8", "surrogateescape")
    except (OSError, ValueError, AttributeError) as e:
        problems.add("<stdin>", f"cannot read standard input: {e}")
        return b""


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than one byte in ten a control character, in the first 8 KiB."""
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))  # deleting the rest leaves the controls
    return controls * 10 > len(sample)


def decode(data: bytes, shown: str, problems: Problems) -> str | None:
    """``data`` as text, or ``None`` (with a fatal problem) for a binary file.

    UTF-8 (a byte-order mark is dropped); UTF-16 when the file starts with its byte-order mark.
    Invalid UTF-8 is decoded with U+FFFD replacement characters and a warning naming the line of
    the first bad byte: the document is still processed.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not data.startswith(codecs.BOM_UTF32_LE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if looks_binary(data):
        problems.add(shown, "binary file, not a document (want UTF-8 text)")
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        text = data.decode("utf-8", "replace")
        sample = text[:_SAMPLE]
        if sample.count("\ufffd") * 3 > len(sample):
            problems.add(shown, "binary file, not a document (mostly not UTF-8 text)")
            return None
        line = data.count(b"\n", 0, e.start) + 1
        problems.warn(shown, f"invalid UTF-8 (first bad byte at offset {e.start}), decoded with replacement characters",
                      line)
        return text
