"""Read TimeML (``.tml``): the plain text of ``<TEXT>``, its TIMEX3 spans, and the DCT.

A tolerant reader rather than an XML parser: TimeBank, AQUAINT and the TempEval-3 files are
well-formed, but TimeML found elsewhere (older TimeBank releases, system output) often is not,
and a scorer that gives up on a stray ``&`` scores nothing.  The reader walks tags and text with
one regular expression, unescapes the XML entities in text and attribute values, and counts
offsets in code points of the unescaped text, so ``doc.text[e.start:e.end] == e.text``.

Only TIMEX3 tags become expressions; EVENT, SIGNAL and any other tag inside ``<TEXT>`` are
dropped and their content kept as text.  A TIMEX3 with no content (``<TIMEX3 .../>``, a
non-consuming timex) has no span and is not returned: the official scorer ignores them too.
The DCT is the TIMEX3 with ``functionInDocument="CREATION_TIME"`` wherever it is (normally in
``<DCT>``, outside ``<TEXT>``); it becomes ``Document.published``, not an expression.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline.model import Document, Expression, TimexType

__all__ = ["TimemlError", "TimemlFile", "parse_dct_value", "read_timeml", "read_timeml_text"]

_TYPES: frozenset[str] = frozenset({"DATE", "TIME", "DURATION", "SET"})
# A tag, a comment, a CDATA section, a processing instruction or a doctype; text is what lies between.
_TAG = re.compile(
    r"<!--.*?-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>|<!DOCTYPE[^>]*>"
    r"|<(?P<close>/)?(?P<name>[A-Za-z_][\w.:-]*)(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(?P<empty>/)?>",
    re.S,
)
_ATTR = re.compile(r"([A-Za-z_][\w.:-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_DCT_VALUE = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)?"
)


class TimemlError(ValueError):
    """A TimeML file that cannot be read; ``str()`` is a one-line message naming the file (and line)."""


@dataclass(frozen=True)
class TimemlFile:
    """One TimeML document: the :class:`Document` (gold TIMEX3 as expressions) and what else we saw.

    ``tids`` are the gold ``tid`` of each expression, in order; ``dct_value`` is the raw DCT value
    (``"1998-11-20T19:30"``); ``warnings`` list what the reader skipped (bad types, empty timexes).
    """

    document: Document
    tids: tuple[str, ...] = ()
    dct_value: str | None = None
    warnings: tuple[str, ...] = field(default=())


def _unescape(s: str) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name[0] != "#":
            return _NAMED[name]
        code = int(name[2:], 16) if name[1] in "xX" else int(name[1:])
        try:
            return chr(code)
        except (ValueError, OverflowError):
            return m.group(0)

    return _ENTITY.sub(sub, s) if "&" in s else s


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1): _unescape(m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(raw)}


def parse_dct_value(value: str) -> dt.datetime | None:
    """The DCT as a point: ``1998-01-08``, ``19980108``, ``1998-11-20T19:30`` (None if not a date)."""
    m = _DCT_VALUE.match(value.strip())
    if m is None:
        return None
    y, mo, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
    try:
        return dt.datetime(y, mo, d, h, mi, s)
    except ValueError:
        return None


def _line_of(source: str, pos: int) -> int:
    return source.count("\n", 0, pos) + 1


def read_timeml_text(source: str, *, name: str = "<string>", doc_id: str | None = None) -> TimemlFile:
    """Parse TimeML ``source``; ``name`` is used in messages, ``doc_id`` defaults to ``<DOCID>`` or ``name``."""
    warnings: list[str] = []
    text_open = re.search(r"<TEXT(?:\s[^>]*)?>", source)
    close_tag = "</TEXT>"
    if text_open is None:
        # Some TimeML (older TimeBank releases, system output) has no <TEXT>: the whole body of
        # the root element is the text then, as TimeML tools read it.
        text_open = re.search(r"<TimeML(?:\s[^>]*)?>", source)
        close_tag = "</TimeML>"
        if text_open is None:
            raise TimemlError(f"{name}: no <TEXT> element (nor a <TimeML> root)")
        warnings.append(f"{name}: no <TEXT>: the whole <TimeML> body is read as the text")
    text_close = source.find(close_tag, text_open.end())
    if text_close < 0:
        raise TimemlError(f"{name}:{_line_of(source, text_open.start())}: <{close_tag[2:-1]}> is never closed")
    body_start = text_open.end()

    # DCT and header: look at every TIMEX3 outside the text body.
    dct_value: str | None = None
    outside = source[:text_open.start()] + " " * (text_close - text_open.start()) + source[text_close:]
    for m in _TAG.finditer(outside):
        if m.group("name") == "TIMEX3" and not m.group("close"):
            a = _attrs(m.group("attrs") or "")
            if a.get("functionInDocument") == "CREATION_TIME" and dct_value is None:
                dct_value = a.get("value")
    docid = re.search(r"<DOCID>\s*(.*?)\s*</DOCID>", outside, re.S)
    title = re.search(r"<TITLE>(.*?)</TITLE>", outside, re.S)

    parts: list[str] = []
    pos = 0  # code points of plain text so far
    open_timex: list[tuple[int, dict[str, str], int]] = []  # (text offset, attrs, source offset)
    found: list[tuple[int, int, dict[str, str]]] = []
    body = source[body_start:text_close]
    last = 0
    for m in _TAG.finditer(body):
        chunk = _unescape(body[last:m.start()])
        parts.append(chunk)
        pos += len(chunk)
        last = m.end()
        if m.group("cdata") is not None:
            parts.append(m.group("cdata"))
            pos += len(m.group("cdata"))
            continue
        if m.group("name") != "TIMEX3":
            continue
        if m.group("close"):
            if not open_timex:
                raise TimemlError(f"{name}:{_line_of(source, body_start + m.start())}: </TIMEX3> without <TIMEX3>")
            start, a, _ = open_timex.pop()
            found.append((start, pos, a))
        elif m.group("empty"):
            warnings.append(f"{name}:{_line_of(source, body_start + m.start())}: empty TIMEX3 skipped")
        else:
            open_timex.append((pos, _attrs(m.group("attrs") or ""), body_start + m.start()))
    if open_timex:
        raise TimemlError(f"{name}:{_line_of(source, open_timex[-1][2])}: <TIMEX3> is never closed")
    tail = _unescape(body[last:])
    parts.append(tail)
    text = "".join(parts)

    expressions: list[Expression] = []
    tids: list[str] = []
    for start, end, a in sorted(found, key=lambda f: (f[0], -f[1])):
        if a.get("functionInDocument") == "CREATION_TIME" and dct_value is None:
            # a DCT written in the text (a dateline): it dates the document, and is also text to find
            dct_value = a.get("value")
        typ = a.get("type", "").strip().upper()
        if typ not in _TYPES:
            warnings.append(f"{name}: TIMEX3 {a.get('tid', '?')} has type '{a.get('type', '')}': skipped")
            continue
        if start == end or not text[start:end].strip():
            warnings.append(f"{name}: TIMEX3 {a.get('tid', '?')} spans no text: skipped")
            continue
        ttype: TimexType = typ  # type: ignore[assignment]  # checked against _TYPES just above
        expressions.append(
            Expression(
                text=text[start:end], start=start, end=end, type=ttype, value=a.get("value", ""),
                mod=a.get("mod") or None, quant=a.get("quant") or None, freq=a.get("freq") or None,
                rule=_rule_from_comment(a.get("comment")),
            )
        )
        tids.append(a.get("tid", ""))

    published = parse_dct_value(dct_value) if dct_value else None
    if dct_value is not None and published is None:
        warnings.append(f"{name}: DCT value '{dct_value}' is not a date")
    ident = doc_id or (docid.group(1).strip() if docid else "") or name
    doc = Document(
        id=ident, text=text, published=published, path=name,
        title=_unescape(re.sub(r"<[^>]*>", "", title.group(1))).strip() if title else None,
        expressions=tuple(expressions),
    )
    return TimemlFile(doc, tuple(tids), dct_value, tuple(warnings))


def _rule_from_comment(comment: str | None) -> str:
    # Our writer records the extraction rule as comment="rule=<id>"; other files have none.
    if comment and comment.startswith("rule="):
        return comment[5:]
    return ""


def read_timeml(path: Path, *, doc_id: str | None = None) -> TimemlFile:
    """Read one ``.tml`` file (UTF-8, or Latin-1 when it is not valid UTF-8)."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise TimemlError(f"{path}: {e.strerror or e}") from e
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        source = raw.decode("latin-1")
    return read_timeml_text(source, name=str(path), doc_id=doc_id)
