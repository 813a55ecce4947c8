"""Time-expression extractors to compare `timeline` with, behind one signature.

Import it from another benchmark script (put ``benchmarks/`` on ``sys.path``)::

    from peers import peer_extractors   # or: from benchmarks.peers import peer_extractors
    for name, extract in peer_extractors().items():
        spans = extract(text, dct)       # [(start, end, TIMEX3 type, TIMEX3 value), ...]

``peer_extractors() -> dict[str, Extractor]`` where
``Extractor = Callable[[str, datetime], list[tuple[int, int, str, str]]]``: given a document's
text and its creation time (the anchor; the clock is never used), the time expressions found,
as code-point offsets into ``text`` (end exclusive), TIMEX3 type and TIMEX3 value.  Keys:

* ``timeline``: our pipeline (anchor = the DCT, extract, resolve).
* ``dateparser``: ``dateparser.search.search_dates(text, languages=["en"], settings={
  "RELATIVE_BASE": dct, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})``.
  It returns strings, not offsets: each is located in the text with a cursor that only moves
  forward (so a repeated "Friday" maps to its next occurrence, in order); a string not found
  after the cursor is dropped.
* ``datefinder``: ``datefinder.find_dates(text, source=True, index=True, base_date=dct)``,
  which gives offsets itself.
* ``ctparse``: ``ctparse.ctparse(sentence, ts=dct, timeout=1.0)``.  ctparse parses a *whole
  string* into at most one time (it is built for short inputs like "May 5th 2pm"), so it is run
  on each sentence and yields at most one expression per sentence, located by the
  ``mstart``/``mend`` of its resolution; latent resolutions (no span) are dropped.

None of the peers gives a TIMEX3 value, so one is made from the datetime at the grain the
surface string shows (:func:`grain_value`): a clock time gives ``TIME`` ``YYYY-MM-DDTHH:MM``, a
day (day number, weekday, today/yesterday/tomorrow) ``YYYY-MM-DD``, "week" ``YYYY-Www``, a
month name without a day ``YYYY-MM``, a bare year or "year" ``YYYY``, a decade ``YYY``; ctparse's resolution
carries its own grain (which fields are set).  The peers never yield DURATION or SET.

``SYSTEMS`` wraps the same three peers in ``bench_extract.py``'s whole-corpus shape
(``Callable[[], Callable[[Sequence[Document]], list[list[Span]]]]``), so the speed and the
accuracy benchmarks run identical peer code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

__all__ = ["SYSTEMS", "Extractor", "grain_value", "peer_extractors", "sentences"]

if TYPE_CHECKING:
    from timeline._timeml import Span
    from timeline.model import Document

Extractor = Callable[[str, dt.datetime], list[tuple[int, int, str, str]]]
#: bench_extract.py's shape: documents in (``published`` = the DCT), one span list per document out.
System = Callable[[Sequence["Document"]], list[list["Span"]]]

_TIME = re.compile(r"\b\d{1,2}(:\d{2})\b|\b\d{1,2}\s*[ap]\.?\s?m\b|\bnoon\b|\bmidnight\b", re.I)
_DAY = re.compile(
    r"\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(today|yesterday|tomorrow|tonight)\b"
    r"|\b\d{1,2}(st|nd|rd|th)?\b(?!\s*(?:years?|months?|weeks?))|\bdays?\b",
    re.I,
)
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b|\bmonths?\b", re.I)
_WEEK = re.compile(r"\bweeks?\b", re.I)
_YEAR_ONLY = re.compile(r"^\W*(in\s+)?(\d{4}|(last|next|this)\s+year|a\s+year\s+ago|years?)\W*$", re.I)


def grain_value(surface: str, when: dt.datetime) -> tuple[str, str]:
    """(TIMEX3 type, value) for a peer's ``when``, at the grain ``surface`` shows."""
    s = surface.strip()
    if _TIME.search(s):
        return "TIME", when.strftime("%Y-%m-%dT%H:%M")
    if re.search(r"\b\d{3}0'?s\b", s):
        return "DATE", f"{when.year // 10:03d}"
    if _YEAR_ONLY.match(s):
        return "DATE", f"{when.year:04d}"
    if _DAY.search(s) and not re.fullmatch(r"\W*\d{4}\W*", s):
        return "DATE", when.date().isoformat()
    if _WEEK.search(s):
        y, w, _ = when.isocalendar()
        return "DATE", f"{y:04d}-W{w:02d}"
    if _MONTH.search(s):
        return "DATE", f"{when.year:04d}-{when.month:02d}"
    if re.search(r"\b\d{4}\b|\byears?\b", s):
        return "DATE", f"{when.year:04d}"
    return "DATE", when.date().isoformat()


def _dateparser(text: str, dct: dt.datetime) -> list[tuple[int, int, str, str]]:
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": dct, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    found = search_dates(text, languages=["en"], settings=settings) or []
    out: list[tuple[int, int, str, str]] = []
    cursor = 0
    for surface, when in found:
        i = text.find(surface, cursor)
        if i < 0:
            continue
        cursor = i + len(surface)
        out.append((i, cursor, *grain_value(surface, when)))
    return out


def _datefinder(text: str, dct: dt.datetime) -> list[tuple[int, int, str, str]]:
    import datefinder

    out: list[tuple[int, int, str, str]] = []
    for when, surface, (start, end) in datefinder.find_dates(text, source=True, index=True, base_date=dct):
        out.append((start, end, *grain_value(surface, when)))
    return out


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)|[.!?]+")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pieces of ``text``: split after . ! ? and at newlines (crude, on purpose)."""
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text) if m.group().strip()]


def _ctparse_value(res: object) -> tuple[str, str] | None:
    from ctparse.types import Interval, Time

    t = res.t_from if isinstance(res, Interval) else res
    if not isinstance(t, Time) or t.year is None:
        return None
    if t.hour is not None:
        return "TIME", f"{t.year:04d}-{t.month or 1:02d}-{t.day or 1:02d}T{t.hour:02d}:{t.minute or 0:02d}"
    if t.day is not None and t.month is not None:
        return "DATE", f"{t.year:04d}-{t.month:02d}-{t.day:02d}"
    if t.month is not None:
        return "DATE", f"{t.year:04d}-{t.month:02d}"
    return "DATE", f"{t.year:04d}"


def _collapse(text: str, offsets: list[int], pattern: object, repl: str) -> tuple[str, list[int]]:
    """Replace each match of ``pattern`` by ``repl`` (one char), keeping each char's original offset."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in pattern.finditer(text):  # type: ignore[attr-defined]
        out.append(text[last:m.start()])
        where.extend(offsets[last:m.start()])
        out.append(repl)
        where.append(offsets[m.start()])
        last = m.end()
    out.append(text[last:])
    where.extend(offsets[last:])
    return "".join(out), where


def _ctparse_clean(sentence: str) -> tuple[str, list[int]]:
    """ctparse's own preprocessing (it reports offsets into the cleaned string), with an offset map."""
    from ctparse.ctparse import _repl1, _repl2

    clean, where = _collapse(sentence, list(range(len(sentence))), _repl1, " ")
    lead = len(clean) - len(clean.lstrip())
    clean, where = clean.strip(), where[lead:lead + len(clean.strip())]
    clean, where = _collapse(clean, where, _repl2, "-")
    lead = len(clean) - len(clean.lstrip())
    return clean.strip(), where[lead:lead + len(clean.strip())]


def _ctparse(text: str, dct: dt.datetime) -> list[tuple[int, int, str, str]]:
    import logging

    from ctparse.ctparse import ctparse as parse

    logging.getLogger("ctparse").setLevel(logging.ERROR)  # it logs every sentence without a time
    out: list[tuple[int, int, str, str]] = []
    for offset, sent in sentences(text):
        clean, where = _ctparse_clean(sent)
        if not clean:
            continue
        parsed = parse(clean, ts=dct, timeout=1.0)
        if parsed is None:
            continue
        res = parsed.resolution
        start, end = int(res.mstart), int(res.mend)
        tv = _ctparse_value(res)
        if end <= start or end > len(where) or tv is None:
            continue
        s, e = offset + where[start], offset + where[end - 1] + 1
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append((s, e, *tv))
    return out


def _timeline(text: str, dct: dt.datetime) -> list[tuple[int, int, str, str]]:
    from timeline._pipeline import anchor_and_extract
    from timeline.model import Document

    doc, _ = anchor_and_extract(Document(id="doc", text=text, published=dct), None)
    return [(e.start, e.end, e.type, e.value) for e in doc.expressions]


def peer_extractors() -> dict[str, Extractor]:
    """Every extractor whose package imports here, ``timeline`` first."""
    out: dict[str, Extractor] = {"timeline": _timeline}
    for name, fn in (("dateparser", _dateparser), ("datefinder", _datefinder), ("ctparse", _ctparse)):
        try:
            __import__(name)
        except ImportError:
            continue
        out[name] = fn
    return out


def _as_system(extract: Extractor) -> Callable[[], System]:
    def factory() -> System:
        from timeline._timeml import Span

        def run(docs: Sequence[Document]) -> list[list[Span]]:
            out: list[list[Span]] = []
            for d in docs:
                dct = d.published or dt.datetime(2000, 1, 1)
                out.append([Span(s, e, t, v, None, d.text[s:e]) for s, e, t, v in extract(d.text, dct)])
            return out

        return run

    return factory


#: The same peer wrappers for ``bench_extract.py`` (it prefers these to its own when present):
#: name -> factory of a whole-corpus system.
SYSTEMS: dict[str, Callable[[], System]] = {
    "dateparser.search_dates": _as_system(_dateparser),
    "datefinder": _as_system(_datefinder),
    "ctparse": _as_system(_ctparse),
}
