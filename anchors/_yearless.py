"""A year-less dateline completed by the corpus: "MISRATA, Libya, May 13 (Agency) --".

Wire copy often prints the day and month of publication but not the year.  Alone that anchors
nothing (:func:`anchors.find_anchor` leaves the anchor unknown).  Once the reasoning stage has
inferred a window for the document from the rest of the corpus, the two sources are complementary:
the dateline is exact about the day and month, the corpus about the year.  :func:`complete_yearless`
puts them together: the stated month and day in the year that brings it nearest to the inferred
window.

Why the dateline wins over the window on the day: the window comes from chains of relative
expressions and event coreference across articles, any link of which may be wrong; the dateline
is what the desk printed.  When the dated day falls outside the window, the finding says so (a
warning: something in the corpus chain disagrees with the dateline).  Pure: no clock.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import Literal

from anchors._dateline import Dateline, scan
from timeline.model import Anchor, Document, Evidence, Finding

__all__ = ["complete_yearless"]

#: A window wider than this says too little about the year: a year-less day could then fall in
#: two candidate years equally well.
_MAX_WINDOW = dt.timedelta(days=180)
#: How far from the nearest dated article of the corpus a year-less day may fall for that article to
#: choose its year.  At three months the chosen year's day is at least three times nearer than the
#: same day in the year before or after (which lies 9 months or more away).
_MAX_FROM_KNOWN = dt.timedelta(days=92)


def _yearless(doc: Document) -> Dateline | None:
    datelines = scan(doc.text)
    if any(d.date is not None for d in datelines):
        return None  # a full dateline exists: find_anchor already used it
    return next((d for d in datelines if d.year is None), None)


def _distance(day: dt.datetime, lo: dt.datetime, hi: dt.datetime) -> dt.timedelta:
    if day < lo:
        return lo - day
    if day > hi:
        return day - hi
    return dt.timedelta(0)


def _nearest(month: int, day: int, lo: dt.datetime, hi: dt.datetime) -> dt.datetime | None:
    candidates: list[dt.datetime] = []
    for year in range(lo.year - 1, hi.year + 2):
        try:
            candidates.append(dt.datetime(year, month, day))
        except (ValueError, OverflowError):
            continue  # 29 February in a common year, or beyond the calendar
    if not candidates:
        return None
    # ties (a window exactly between two years) go to the earlier year: news is read after the fact
    return min(candidates, key=lambda c: (_distance(c, lo, hi), c))


def complete_yearless(
    doc: Document, known: Sequence[tuple[dt.datetime, str]] = ()
) -> tuple[Anchor, Finding] | None:
    """A one-day anchor for ``doc`` from its year-less dateline and its inferred window, or ``None``.

    Applies only to a document whose anchor was inferred by the corpus (``source == "inferred"``
    with ``earliest``/``latest`` at most 180 days apart, even a single day: the printed day wins) and whose head carries a year-less
    dateline and no full one.  The anchor keeps the source ``inferred`` (the year is inferred) with
    ``earliest == latest`` and the dateline's span; the finding (``anchor-yearless-dateline``,
    ``info``, or ``warning`` when the day lies outside the window) names the dateline.

    ``known`` are the corpus's firm publication days, ``(day, document id)`` sorted by day.  A
    document with no anchor at all (``source == "none"``) takes its year from the nearest of them
    when the dateline's day, in that year, lies within three months of it: wire copy in one corpus
    is written around the same weeks, and the print is exact about day and month.
    """
    a = doc.anchor
    if a.source == "none" and known:
        return _from_known(doc, known)
    if a.source != "inferred" or a.earliest is None or a.latest is None or a.text is not None:
        return None  # not inferred, or already completed from its dateline
    if a.latest - a.earliest > _MAX_WINDOW:
        return None
    line = _yearless(doc)
    if line is None:
        return None
    day = _nearest(line.month, line.day, a.earliest, a.latest)
    if day is None:
        return None
    lo, hi = a.earliest.date().isoformat(), a.latest.date().isoformat()
    window = lo if lo == hi else f"{lo} to {hi}"
    inside = _distance(day, a.earliest, a.latest) == dt.timedelta(0)
    message = (f"{doc.id} carries no year in its dateline '{line.text}'; the corpus puts it in {window}, so it is "
               f"{day.date().isoformat()}" + ("" if inside else " (outside that window: the dateline is taken over "
                                                                 "the corpus's chain of relative dates)"))
    return _completed(doc, line, day, message, "info" if inside else "warning")


def _from_known(doc: Document, known: Sequence[tuple[dt.datetime, str]]) -> tuple[Anchor, Finding] | None:
    line = _yearless(doc)
    if line is None:
        return None
    best: tuple[dt.timedelta, dt.datetime, dt.datetime, str] | None = None
    days = [k[0] for k in known]
    years = {days[0].year - 1, days[-1].year + 1, *(d.year for d in days)} if days else set()
    for year in sorted(years):
        try:
            day = dt.datetime(year, line.month, line.day)
        except (ValueError, OverflowError):
            continue
        i = bisect.bisect_left(days, day)
        for k in known[max(0, i - 1):i + 1]:  # the dated articles just before and just after that day
            gap = abs(k[0] - day)
            if best is None or (gap, day, k[0], k[1]) < best:
                best = (gap, day, k[0], k[1])
    if best is None or best[0] > _MAX_FROM_KNOWN:
        return None
    _, day, near, near_id = best
    message = (f"{doc.id} carries no year in its dateline '{line.text}'; the nearest dated article of the corpus "
               f"({near_id}, {near.date().isoformat()}) puts it in {day.year}, so it is {day.date().isoformat()}")
    return _completed(doc, line, day, message, "info")


def _completed(doc: Document, line: Dateline, day: dt.datetime, message: str,
               severity: Literal["info", "warning"]) -> tuple[Anchor, Finding]:
    """The one-day anchor at ``day`` read from ``line``, and the finding that tells how its year was chosen."""
    finding = Finding(
        severity=severity, code="anchor-yearless-dateline", message=message,
        evidence=(Evidence(doc=doc.id, text=line.text, start=line.start, end=line.end, source="dateline"),))
    anchor = Anchor(value=day, source="inferred", text=line.text, start=line.start, end=line.end,
                    earliest=day, latest=day)
    return anchor, finding
