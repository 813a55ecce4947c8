"""Words for the timeline page: dates in words, escaped text, sentences with their spans marked.

Everything here returns *escaped* Plotly/HTML markup: user text (labels, sentences, sources) goes
through :func:`esc` once, and only the tags this module adds (``<b>``, ``<i>``, ``<br>``) stay
tags.  Plotly's hover and text labels interpret a subset of HTML and decode entities, so an
escaped ``&lt;script&gt;`` shows as the literal characters and never as markup.

Date conventions follow :mod:`timeline.model`: intervals are half-open, so an end at midnight of
20 Oct means the last day is 19 Oct; that is what the words say.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

from timeline.model import Interval

__all__ = [
    "between_words",
    "esc",
    "interval_words",
    "marked_sentence",
    "point_words",
    "shift",
    "shorten",
    "span_words",
]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAY = dt.timedelta(days=1)


def shift(p: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``p + delta``, clamped to the calendar (padding around year 1 or 9999 must not overflow)."""
    try:
        return p + delta
    except OverflowError:
        return dt.datetime.min if delta < dt.timedelta(0) else dt.datetime.max


def esc(text: str) -> str:
    """Escape user text for HTML and for Plotly's pseudo-HTML.

    ``&``, ``<`` and ``>`` become entities; quotes become *numeric* entities, because Plotly
    decodes numeric entities but only a few named ones (``&quot;`` would show as such); ``$``
    becomes ``&#36;`` so that a label between dollar signs is not taken for LaTeX.
    """
    return html.escape(text, quote=False).replace('"', "&#34;").replace("'", "&#39;").replace("$", "&#36;")


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis (never mid-escape)."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: max(1, limit - 1)].rstrip() + "…"


def _midnight(p: dt.datetime) -> bool:
    return p.hour == p.minute == p.second == p.microsecond == 0


def _day(p: dt.datetime | dt.date, year: bool = True, month: bool = True) -> str:
    out = str(p.day)
    if month:
        out += f" {_MONTHS[p.month - 1]}"
    if year:
        out += f" {p.year}"
    return out


def _clock(p: dt.datetime) -> str:
    return f"{p.hour:02d}:{p.minute:02d}"


def point_words(p: dt.datetime) -> str:
    """``29 Oct 2016``, or ``29 Oct 2016, 02:30`` for a point with a time of day."""
    return _day(p) if _midnight(p) else f"{_day(p)}, {_clock(p)}"


def between_words(lo: dt.datetime, hi: dt.datetime) -> str:
    """Two days (or times) as compactly as they read: ``between 15 and 19 Oct 2016``."""
    if lo == hi:
        return point_words(lo)
    if _midnight(lo) and _midnight(hi):
        if (lo.year, lo.month) == (hi.year, hi.month):
            return f"between {lo.day} and {_day(hi)}"
        if lo.year == hi.year:
            return f"between {_day(lo, year=False)} and {_day(hi)}"
        return f"between {_day(lo)} and {_day(hi)}"
    if lo.date() == hi.date():
        return f"between {_clock(lo)} and {_clock(hi)} on {_day(lo)}"
    return f"between {point_words(lo)} and {point_words(hi)}"


def _unit_words(s: dt.datetime, e: dt.datetime) -> str | None:
    """The calendar unit ``[s, e)`` covers exactly, if any: ``Jun 2014``, ``Jun–Aug 2014``, ``2014``."""
    if not (_midnight(s) and _midnight(e) and s.day == 1 and e.day == 1 and e > s):
        return None
    months = (e.year - s.year) * 12 + e.month - s.month
    if s.month == 1 and e.month == 1:
        years = e.year - s.year
        return str(s.year) if years == 1 else f"{s.year}–{e.year - 1}"
    last = shift(e, -_DAY)
    if months == 1:
        return f"{_MONTHS[s.month - 1]} {s.year}"
    if s.year == last.year:
        return f"{_MONTHS[s.month - 1]}–{_MONTHS[last.month - 1]} {s.year}"
    return f"{_MONTHS[s.month - 1]} {s.year} – {_MONTHS[last.month - 1]} {last.year}"


def span_words(s: dt.datetime, e: dt.datetime) -> str:
    """A span known exactly, half-open ``[s, e)``: ``29 Oct 2016``, ``15–19 Oct 2016``, ``Jun 2014``."""
    unit = _unit_words(s, e)
    if unit is not None:
        return unit
    if _midnight(s) and _midnight(e) and e > s:
        last = shift(e, -_DAY)
        if last == s:
            return _day(s)
        if (s.year, s.month) == (last.year, last.month):
            return f"{s.day}–{_day(last)}"
        if s.year == last.year:
            return f"{_day(s, year=False)} – {_day(last)}"
        return f"{_day(s)} – {_day(last)}"
    if s.date() == e.date() or (_midnight(e) and e - s <= _DAY):
        end = "24:00" if _midnight(e) and e > s else _clock(e)
        return f"{_day(s)}, {_clock(s)}–{end}" if e > s else point_words(s)
    return f"{point_words(s)} – {point_words(e)}"


def _last(e: dt.datetime) -> dt.datetime:
    """The last day a half-open end at midnight still covers (an end at a time of day is itself)."""
    return shift(e, -_DAY) if _midnight(e) else e


def _start_words(lo: dt.datetime | None, hi: dt.datetime | None) -> str:
    if lo is None and hi is None:
        return "start unknown"
    if lo is None:
        assert hi is not None
        return f"began by {point_words(hi)}"
    if hi is None:
        return f"began after {point_words(lo)}"
    if lo == hi:
        return f"from {point_words(lo)}"
    unit = _unit_words(lo, shift(hi, _DAY)) if _midnight(hi) else None
    if unit is not None:
        return f"began in {unit}"
    return f"began {between_words(lo, hi)}"


def _end_words(lo: dt.datetime | None, hi: dt.datetime | None) -> str:
    if lo is None and hi is None:
        return "end not stated"
    if hi is None:
        assert lo is not None
        return f"still going on {point_words(_last(lo))}"
    if lo is None:
        return f"ended by {point_words(_last(hi))}"
    if lo == hi:
        return f"until {point_words(_last(lo))}"
    unit = _unit_words(lo, hi)
    if unit is not None:
        return f"ended in {unit}"
    return f"ended {between_words(_last(lo), _last(hi))}"


def interval_words(iv: Interval) -> str:
    """An event's date in words, its uncertainty included.

    ``29 Oct 2016`` (a day known exactly), ``between 15 and 19 Oct 2016`` (one day, not known
    which), ``sometime in Jun 2014``, ``15–19 Oct 2016`` (a span known exactly), and otherwise the
    start and the end described separately: ``began in Nov 2016; still going on 10 May 2017``.
    """
    (s_lo, s_hi), (e_lo, e_hi) = iv.start, iv.end
    if s_lo is None and s_hi is None and e_lo is None and e_hi is None:
        return "date not stated"
    if s_lo is not None and s_lo == s_hi and e_lo is not None and e_lo == e_hi:
        return span_words(s_lo, e_lo)
    if None not in (s_lo, s_hi, e_lo, e_hi):
        assert s_lo is not None and s_hi is not None and e_lo is not None and e_hi is not None
        # A span of fixed length somewhere in a window: "between 15 and 19 Oct 2016".
        if e_lo - s_lo == e_hi - s_hi and e_lo - s_lo <= _DAY:
            unit = _unit_words(s_lo, e_hi)
            if unit is not None:
                return f"sometime in {unit}"
            return between_words(s_lo, _last(e_hi) if _midnight(e_hi) else e_hi)
    return f"{_start_words(s_lo, s_hi)}; {_end_words(e_lo, e_hi)}"


Segment = tuple[str, str]  # (visible text, tag or "")


def _line_markup(words: Sequence[Sequence[Segment]]) -> str:
    """One line: words joined by spaces, runs of the same tag merged into one element."""
    runs: list[list[str]] = []  # [tag, text]
    for k, word in enumerate(words):
        for j, (text, tag) in enumerate(word):
            if j == 0 and k > 0:  # the space between two words: inside a run only if both share its tag
                if runs[-1][0] == tag or not tag:
                    text = " " + text
                elif not runs[-1][0]:
                    runs[-1][1] += " "
                else:
                    runs.append(["", " "])
            if runs and runs[-1][0] == tag:
                runs[-1][1] += text
            else:
                runs.append([tag, text])
    return "".join(f"<{t}>{esc(x)}</{t}>" if t else esc(x) for t, x in runs)


def _wrap(words: Sequence[Sequence[Segment]], width: int) -> str:
    """Lines of at most ``width`` visible characters (a longer word gets a line of its own)."""
    lines: list[list[Sequence[Segment]]] = [[]]
    n = 0
    for word in words:
        size = sum(len(t) for t, _ in word)
        if lines[-1] and n + 1 + size > width:
            lines.append([])
            n = 0
        lines[-1].append(word)
        n += size + (1 if n else 0)
    return "<br>".join(_line_markup(line) for line in lines if line)


def marked_sentence(
    sentence: str,
    marks: Iterable[tuple[int, int, str]],
    width: int = 78,
    limit: int = 320,
) -> str:
    """The sentence escaped, wrapped to ``width``, with spans marked: ``(start, end, tag)``.

    Offsets are into ``sentence``; ``tag`` is ``"b"`` (the time expression) or ``"i"`` (the
    event's trigger).  Overlapping marks keep the first.  A sentence longer than ``limit`` is cut
    around its first mark with ellipses, so a hover box never fills the screen.
    """
    spans: list[tuple[int, int, str]] = []
    for s, e, tag in sorted(marks):
        s, e = max(0, s), min(len(sentence), e)
        if e > s and all(e <= a or s >= b for a, b, _ in spans):
            spans.append((s, e, tag))
    lo, hi = 0, len(sentence)
    if hi > limit:
        focus = spans[0][0] if spans else 0
        lo = max(0, min(focus - limit // 3, hi - limit))
        hi = min(hi, lo + limit)
    # Cut the sentence into chunks: (text, tag or "") then words, keeping marks whole.
    chunks: list[tuple[str, str]] = []
    pos = lo
    for s, e, tag in spans:
        if e <= lo or s >= hi:
            continue
        s, e = max(s, lo), min(e, hi)
        if s > pos:
            chunks.append((sentence[pos:s], ""))
        chunks.append((sentence[s:e], tag))
        pos = e
    if pos < hi:
        chunks.append((sentence[pos:hi], ""))
    words: list[list[Segment]] = []
    glue = False  # the previous chunk ended mid-word: attach to it
    for text, tag in chunks:
        parts = text.split()
        if not parts:
            glue = False
            continue
        lead_space = text[:1].isspace()
        for k, part in enumerate(parts):
            if k == 0 and glue and not lead_space and words:
                words[-1].append((part, tag))
            else:
                words.append([(part, tag)])
        glue = not text[-1:].isspace()
    body = _wrap(words, width)
    return ("…" if lo > 0 else "") + body + ("…" if hi < len(sentence) else "")
