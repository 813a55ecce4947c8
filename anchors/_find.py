"""The anchor of a document, by priority, and the findings when its sources disagree."""

from __future__ import annotations

import datetime as dt

from anchors._dateline import Dateline, scan
from timeline.model import Anchor, AnchorSource, Document, Evidence, Finding, format_point

__all__ = ["find_anchor"]

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Sources that differ from the anchor by more than this are reported (a day of slack: time zones
#: and papers dated the evening before).
_TOLERANCE = dt.timedelta(days=1)
_SOURCE_NAMES = {"metadata": "the metadata", "cli": "--dct", "html": "the page's tags", "dateline": "the dateline"}


def _midnight(p: dt.datetime | dt.date) -> dt.datetime:
    return dt.datetime(p.year, p.month, p.day)


def _day(p: dt.datetime) -> str:
    return p.date().isoformat()


def _dateline_evidence(doc: Document, d: Dateline) -> Evidence:
    return Evidence(doc=doc.id, text=d.text, start=d.start, end=d.end, source="dateline")


def _point_evidence(doc: Document, source: AnchorSource, p: dt.datetime, text: str | None = None) -> Evidence:
    src = "html" if source == "html" else "cli" if source == "cli" else "metadata"
    return Evidence(doc=doc.id, text=text or format_point(p) or "", start=0, end=0, source=src)


def _nearest_year_gap(anchor: dt.datetime, month: int, day: int) -> dt.timedelta | None:
    """How far a year-less month/day is from ``anchor`` in the nearest year (None: no such day)."""
    gaps: list[dt.timedelta] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            gaps.append(abs(dt.datetime(year, month, day) - anchor))
        except (ValueError, OverflowError):
            continue
    return min(gaps) if gaps else None


def _disagrees(doc: Document, anchor: Anchor, other: str, evidence: list[Evidence], other_day: str) -> Finding:
    assert anchor.value is not None  # only called for an anchor with a value
    return Finding(
        severity="warning",
        code=f"anchor-{anchor.source}-disagrees",
        message=(f"{doc.id}: {_SOURCE_NAMES[anchor.source]} dates it {_day(anchor.value)} but {other} says "
                 f"{other_day}; the anchor is {_day(anchor.value)} ({anchor.source})"),
        evidence=(*evidence, _point_evidence(doc, anchor.source, anchor.value, anchor.text)),
    )


def _checks(doc: Document, anchor: Anchor, datelines: list[Dateline]) -> list[Finding]:
    findings: list[Finding] = []
    full = next((d for d in datelines if d.date is not None), None)
    impossible = next((d for d in datelines if d.year is not None and d.date is None), None)
    yearless = next((d for d in datelines if d.year is None), None)
    if full is not None and full.weekday_mismatch and full.weekday is not None and full.date is not None:
        findings.append(Finding(
            severity="warning", code="anchor-weekday-mismatch",
            message=(f"{doc.id}: the dateline '{full.text}' names a {_WEEKDAY_NAMES[full.weekday]} but "
                     f"{full.date.isoformat()} was a {_WEEKDAY_NAMES[full.date.weekday()]}; the date is kept"),
            evidence=(_dateline_evidence(doc, full),)))
    if impossible is not None and (full is None or impossible.start < full.start):
        findings.append(Finding(
            severity="warning", code="anchor-impossible-date",
            message=f"{doc.id}: the dateline '{impossible.text}' names a day that does not exist; it is not an anchor",
            evidence=(_dateline_evidence(doc, impossible),)))
    value = anchor.value
    if value is None or anchor.source == "dateline":
        return findings
    if full is not None and full.date is not None and abs(_midnight(full.date) - value) > _TOLERANCE:
        findings.append(_disagrees(doc, anchor, f"the dateline '{full.text}'", [_dateline_evidence(doc, full)],
                                   full.date.isoformat()))
    elif full is None and yearless is not None:
        gap = _nearest_year_gap(value, yearless.month, yearless.day)
        if gap is not None and gap > _TOLERANCE:
            findings.append(_disagrees(doc, anchor, f"the dateline '{yearless.text}'",
                                       [_dateline_evidence(doc, yearless)], f"{yearless.month:02d}-{yearless.day:02d}"))
    if anchor.source in ("metadata", "cli") and doc.html_date is not None:
        html = _midnight(doc.html_date)
        if abs(html - value) > _TOLERANCE:
            findings.append(_disagrees(doc, anchor, "the page's tags",
                                       [_point_evidence(doc, "html", html, doc.html_date_text)], _day(html)))
    return findings


def find_anchor(doc: Document, dct: dt.datetime | None = None) -> tuple[Anchor, list[Finding]]:
    """The publication-date anchor of ``doc``, and findings about its sources.

    Priority: the document's metadata (``published``, source ``metadata``) > ``dct`` (the command
    line's ``--dct``, source ``cli``) > the date read from the page's tags at ingestion
    (``html_date``, source ``html``) > a dateline in the head of the text (source ``dateline``,
    with its span) > nothing (``value`` None, source ``none``).  Page furniture ("Last Update",
    copyright years, captions, counters, subscription blurbs) is never an anchor.

    ``value`` has day precision: the anchor's date at midnight (a time of day, if a source gave
    one, stays in ``Document.published``/``html_date``); ``earliest == latest == value``.

    Findings (severity ``warning``): ``anchor-weekday-mismatch`` when a dateline's weekday is not
    its date's; ``anchor-impossible-date`` for a dateline naming a day that does not exist;
    ``anchor-<source>-disagrees`` when a lower-priority source (page tags, dateline, year-less
    dateline) puts the document more than a day away from the chosen anchor.  Pure: no clock, no
    I/O; the same document gives the same answer.
    """
    datelines = scan(doc.text)
    anchor: Anchor
    if doc.published is not None:
        anchor = _point_anchor(doc.published, "metadata")
    elif dct is not None:
        anchor = _point_anchor(dct, "cli")
    elif doc.html_date is not None:
        anchor = _point_anchor(doc.html_date, "html", doc.html_date_text)
    else:
        best = next((d for d in datelines if d.date is not None), None)
        if best is not None and best.date is not None:
            v = _midnight(best.date)
            anchor = Anchor(value=v, source="dateline", text=best.text, start=best.start, end=best.end,
                            earliest=v, latest=v)
        else:
            anchor = Anchor()
    return anchor, _checks(doc, anchor, datelines)


def _point_anchor(p: dt.datetime, source: AnchorSource, text: str | None = None) -> Anchor:
    v = _midnight(p)
    return Anchor(value=v, source=source, text=text, earliest=v, latest=v)
