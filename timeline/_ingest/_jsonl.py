"""JSON Lines: one document per line, ``{"id", "text", "published"?, "source"?, "url"?, "title"?}``.

A bad line is a problem naming the file and line; the other lines are still read.  Work is linear
in the size of the input (one split, one ``json.loads`` per line).
"""

from __future__ import annotations

import codecs
import json

from timeline._ingest._dates import parse_point
from timeline._ingest._files import looks_binary
from timeline._ingest._problems import Problems, scrub
from timeline.model import Document

__all__ = ["parse_jsonl"]


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _json_error(e: Exception) -> str:
    if isinstance(e, json.JSONDecodeError):
        return f"not valid JSON: {e.msg} at column {e.colno}"
    if isinstance(e, RecursionError):
        return "not valid JSON: nested too deeply"
    return f"not valid JSON: {e}"


def _string(obj: dict[str, object], key: str, shown: str, line: int, problems: Problems) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return scrub(value) if isinstance(value, str) else None
    problems.warn(shown, f"'{key}' is not a string ({type(value).__name__}), ignored", line, kind=f"{key}-type")
    return None


def _identity(obj: dict[str, object], stem: str, shown: str, line: int, problems: Problems) -> str:
    value = obj.get("id")
    if isinstance(value, str) and value.strip():
        return scrub(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value == value:
        problems.warn(shown, f"'id' {_short(value)} is not a string, used as '{value}'", line, kind="id-type")
        return str(value)
    made = f"{stem}-{line}"
    problems.warn(shown, f"no usable 'id', named '{made}'", line, kind="id-missing")
    return made


def parse_jsonl(data: bytes, shown: str, stem: str, problems: Problems) -> list[Document]:
    """The documents of a JSON Lines file (``shown`` names it in problems; ``stem`` makes ids)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if looks_binary(data):
        problems.add(shown, "binary file, not JSON Lines")
        return []
    docs: list[Document] = []
    for number, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("utf-8", "replace")
            problems.warn(shown, "invalid UTF-8, decoded with replacement characters", number, kind="utf8")
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as e:
            problems.add(shown, _json_error(e), number, kind="json")
            continue
        if not isinstance(obj, dict):
            problems.add(shown, f"not a JSON object (a {type(obj).__name__}), skipped", number, kind="object")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            what = "no 'text'" if text is None else f"'text' is not a string ({type(text).__name__})"
            problems.add(shown, f"{what}, skipped", number, kind="text")
            continue
        clean = scrub(text)
        if clean != text:
            problems.warn(shown, "lone surrogate code points in 'text' replaced by U+FFFD", number, kind="surrogate")
        published = None
        raw_published = obj.get("published")
        if raw_published is not None and not (isinstance(raw_published, str) and not raw_published.strip()):
            published = parse_point(raw_published)
            if published is None:
                problems.warn(shown, f"'published' {_short(raw_published)} is not a date (want YYYY-MM-DD or "
                              "ISO 8601), the document has no publication date", number, kind="published")
        docs.append(Document(
            id=_identity(obj, stem, shown, number, problems), text=clean, published=published,
            source=_string(obj, "source", shown, number, problems), url=_string(obj, "url", shown, number, problems),
            title=_string(obj, "title", shown, number, problems), path=shown, line=number,
        ))
    if not docs and not any(p.path == shown for p in problems.items):
        problems.warn(shown, "no documents (empty file)")
    return docs
