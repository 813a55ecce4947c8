"""Where each event goes on the Gantt chart: its glyphs, its lane and row, the axis ranges.

Pure geometry, no Plotly: :func:`lay_out` turns a :class:`~timeline.model.Timeline` into
:class:`Glyph` records that :mod:`timeline._export._figure` draws.  The rules, stated once:

* **Uncertainty.**  An event's interval has bounds on each end.  The *certain* span (latest start
  to earliest end) is drawn solid; the *possible* span (earliest start to latest end) as a light
  band behind it.  An event with no certain span (one day somewhere between 15 and 19 Oct) is the
  band alone.
* **Open ends.**  An unbounded end is drawn to the event's latest evidence (the newest publication
  date among the documents that tell it) with an arrow; an unbounded start from the left edge of
  the data with an arrow.
* **Nothing invisible.**  A point event (its possible span a day or shorter) gets a diamond at its
  middle, and so does a day-grain event known only to be on or before a day (on that day); an event too short to see at the default view gets a dot; an undated event is placed at
  its report's date as a hollow circle.  Bars keep their real extent, so zooming to hours shows it.
* **Lanes and rows.**  Events are grouped into lanes (actor, place, document, type); at most
  ``MAX_LANES`` lanes, the smallest merged into one "other" lane.  Inside a lane events are packed
  into rows so that bars (and their labels, at the default zoom) do not overlap; a lane has at
  most a few rows, after which events share the least-crowded row.
* **Labels.**  Only the ``MAX_LABELS`` biggest events (told by most articles, then longest) carry a
  text label; every event has its hover.
* **Default view.**  Fitted to the data; when a few outliers (the 2003 invasion on a 2017 chart)
  would squash the rest, the default view is the window holding nine events in ten and the range
  slider below shows everything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from timeline._export._figure_text import shift
from timeline.model import Document, Event, Evidence, Finding, Timeline

__all__ = ["GROUPS", "Glyph", "Lane", "Layout", "event_docs", "lay_out", "report_date"]

GROUPS = ("actor", "place", "document", "type")
MAX_LANES = 14
MAX_ROWS = 60  # rows in the whole chart, all lanes together
MAX_LANE_ROWS = 12
MAX_LABELS = 40
LABEL_CHARS = 40  # labels longer than this are cut with an ellipsis
PLOT_PX = 1000.0  # plot width assumed when spacing labels for the default view
_DAY = dt.timedelta(days=1)
_SEVERITY_RANK = {"error": 2, "warning": 1, "info": 0}
_FINE = ("day", "part_of_day", "hour", "minute")  # grains of events that last a day or less

Status = Literal["ok", "warning", "error"]
MarkerKind = Literal["", "point", "short", "undated"]


@dataclass
class Glyph:
    """How one event is drawn.  Times are naive datetimes; ``row`` counts from the top."""

    event: Event
    index: int  # position in Timeline.events
    x0: dt.datetime  # left edge of everything drawn for it
    x1: dt.datetime  # right edge
    bar: tuple[dt.datetime, dt.datetime] | None = None  # certain span
    band: tuple[dt.datetime, dt.datetime] | None = None  # possible span, when wider than the bar
    marker: dt.datetime | None = None
    marker_kind: MarkerKind = ""
    open_start: dt.datetime | None = None
    open_end: dt.datetime | None = None
    report: dt.datetime | None = None  # latest publication date among its documents
    status: Status = "ok"
    findings: list[int] = field(default_factory=list)  # indexes into Timeline.findings
    lane: int = 0
    row: int = 0
    label: str | None = None
    label_at: Literal["right", "left", "inside"] = "right"  # where the label fits at the default view


@dataclass
class Lane:
    key: str
    title: str
    size: int = 0  # events in it
    first_row: int = 0
    rows: int = 1


@dataclass
class Layout:
    glyphs: list[Glyph]
    lanes: list[Lane]
    undated: list[Event]  # events with no date and no dated document: listed, not drawn
    full: tuple[dt.datetime, dt.datetime]  # everything drawn, padded: the range slider
    view: tuple[dt.datetime, dt.datetime]  # the default view
    hidden_before: int = 0  # events entirely left of the default view
    hidden_after: int = 0
    rows: int = 0
    group_by: str = "actor"
    docs: dict[str, Document] = field(default_factory=dict)


def report_date(doc: Document | None) -> dt.datetime | None:
    """When a document was published: its anchor, else its metadata date."""
    if doc is None:
        return None
    return doc.anchor.value or doc.published


def event_docs(e: Event) -> list[str]:
    """Every document that tells the event, in order of first mention, without repeats."""
    out: list[str] = []
    for d in (*e.docs, e.doc, *(ev.doc for ev in e.evidence)):
        if d not in out:
            out.append(d)
    return out


def _spans(e: Event) -> list[tuple[str, int, int]]:
    spans = [(e.doc, e.start, e.end)]
    spans += [(ev.doc, ev.start, ev.end) for ev in e.evidence]
    spans += [(ln.doc, ln.start, ln.end) for ln in e.links]
    return spans


def _overlaps(a: tuple[str, int, int], b: Evidence) -> bool:
    doc, s, e = a
    if doc != b.doc or b.source != "text":  # a publication date from metadata is no span of the text
        return False
    if s == e or b.start == b.end:  # an empty span matches where it sits
        return s <= b.start <= e if s == e else b.start <= s <= b.end
    return s < b.end and b.start < e


def _involved(events: Sequence[Event], findings: Sequence[Finding]) -> list[list[int]]:
    """For each event, the findings whose evidence overlaps one of its mentions or dating spans.

    The findings' text evidence is indexed by document once, so each event meets only the
    evidence of its own documents: O(spans + evidence), not events x findings.
    """
    by_doc: dict[str, list[tuple[Evidence, int]]] = {}
    for k, f in enumerate(findings):
        for ev in f.evidence:
            if ev.source == "text":
                by_doc.setdefault(ev.doc, []).append((ev, k))
    out: list[list[int]] = []
    for e in events:
        hit: set[int] = set()
        for sp in _spans(e):
            for ev, k in by_doc.get(sp[0], ()):
                if k not in hit and _overlaps(sp, ev):
                    hit.add(k)
        out.append(sorted(hit))
    return out


def _lane_key(e: Event, group_by: str) -> str:
    if group_by == "actor":
        return e.actors[0] if e.actors else ""
    if group_by == "place":
        return e.place or ""
    if group_by == "document":
        return e.doc
    return e.type or ""


def _lane_title(key: str, group_by: str, docs: dict[str, Document]) -> str:
    if not key:
        return {"actor": "no actor named", "place": "no place named", "type": "no type"}.get(group_by, "—")
    if group_by == "document":
        d = docs.get(key)
        if d is not None and d.source:
            return f"{d.source} · {key}"
    return key


def _place(e: Event, i: int, report: dt.datetime | None, lo: dt.datetime, hi: dt.datetime,
           pad: dt.timedelta) -> Glyph | None:
    """The glyph of one event before lanes: bar, band, open ends (markers come later)."""
    (s_lo, s_hi), (e_lo, e_hi) = e.interval.start, e.interval.end
    if s_lo is None and s_hi is None and e_lo is None and e_hi is None:
        if report is None:
            return None
        return Glyph(e, i, report, report, marker=report, marker_kind="undated", report=report)
    g = Glyph(e, i, lo, hi, report=report)
    bar = (s_hi, e_lo) if s_hi is not None and e_lo is not None and e_lo > s_hi else None
    firsts = [p for p in (s_lo, s_hi, e_lo, e_hi) if p is not None]
    if s_lo is None:
        left = min(lo, min(firsts))
        if left >= min(firsts):
            left = shift(min(firsts), -pad)
        g.open_start = left
    else:
        left = s_lo
    if e_hi is None:
        right = max([*firsts, *([report] if report is not None else [])])
        if right <= max(firsts) and report is None:
            right = shift(max(firsts), pad)
        if right <= left:
            right = shift(left, pad)
        g.open_end = right
    else:
        right = e_hi
    right = max(right, left)
    g.bar = bar
    if (left, right) != bar:
        g.band = (left, right)
    g.x0, g.x1 = left, right
    return g


def _middle(g: Glyph) -> dt.datetime:
    """Where an event sits, for finding the story's window: the middle of what is stated about it,
    or its one known edge when the other is open (an occupation "since before 2014" that ended in
    October 2017 sits in October 2017)."""
    iv = g.event.interval
    known = [p for p in (*iv.start, *iv.end) if p is not None] or [g.x0]
    lo, hi = min(known), max(known)
    if g.open_start is not None and g.open_end is None:
        return hi
    if g.open_end is not None and g.open_start is None:
        return lo
    return lo + (hi - lo) / 2


def _core_window(glyphs: Sequence[Glyph]) -> tuple[dt.datetime, dt.datetime] | None:
    """Where the story is: the narrowest run of nine in ten events by their middles.

    The window runs from the first to the last of those middles, widened to show the whole of the
    events in it but by no more than a quarter of its width on each side (an event that began in
    2003 does not drag the window back to 2003).
    """
    n = len(glyphs)
    if n < 4:
        return None
    k = n - max(1, n // 10)
    order = sorted(glyphs, key=lambda g: (_middle(g), g.index))
    mids = [_middle(g) for g in order]
    best = min(range(n - k + 1), key=lambda i: (mids[i + k - 1] - mids[i], i))
    core = order[best : best + k]
    lo, hi = mids[best], mids[best + k - 1]
    room = max((hi - lo) / 4, _DAY)
    return max(min(g.x0 for g in core), shift(lo, -room)), min(max(g.x1 for g in core), shift(hi, room))


def _pad(lo: dt.datetime, hi: dt.datetime, frac: float) -> tuple[dt.datetime, dt.datetime]:
    p = max((hi - lo) * frac, dt.timedelta(hours=6))
    return shift(lo, -p), shift(hi, p)


def _importance(g: Glyph) -> tuple[int, int, dt.timedelta, dt.datetime, int]:
    e = g.event
    told = len(event_docs(e))
    return (-_SEVERITY_RANK.get(g.status, 0), -told * 1000 - e.mentions, -(g.x1 - g.x0), g.x0, g.index)


def _pack_lane(glyphs: Sequence[Glyph], cap: int, per_px: dt.timedelta,
               view: tuple[dt.datetime, dt.datetime]) -> list[int]:
    """First-fit rows for one lane's glyphs (sorted by start); returns each glyph's row.

    A glyph's footprint is its extent, a few pixels for a marker, and its label at the default
    zoom (on the right, or on the left when it would run off the view, or inside a bar that covers
    the view's left edge).  Past ``cap`` rows a glyph shares the row that frees up first, and loses
    its label so that no text is drawn over another.
    """
    ends: list[dt.datetime] = []
    rows: list[int] = []
    for g in glyphs:
        mark = g.marker is not None or g.open_end is not None or g.open_start is not None
        lo = shift(g.x0, -per_px * (8 if mark else 2))
        hi = max(shift(g.x1, per_px * (8 if mark else 0)), shift(g.x0, per_px * 10))
        g.label_at = "right"
        if g.label:
            text = per_px * (6.2 * min(len(g.label), LABEL_CHARS) + 12)
            if shift(hi, text) <= view[1]:
                hi = shift(hi, text)
            elif shift(lo, -text) >= view[0]:
                g.label_at, lo = "left", shift(lo, -text)
            else:
                g.label_at = "inside"
        free = [r for r, end in enumerate(ends) if end <= lo]
        if free:
            r = free[0]
        elif len(ends) < cap:
            r = len(ends)
            ends.append(hi)
        else:  # the lane is full: share the row that frees up first
            r = min(range(len(ends)), key=lambda r: (ends[r], r))
            g.label = None
        ends[r] = max(ends[r], hi)
        rows.append(r)
    return rows


def _pack(lanes: list[Lane], by_lane: dict[int, list[Glyph]], view: tuple[dt.datetime, dt.datetime]) -> int:
    """Assign rows inside each lane; ``MAX_ROWS`` in all, shared out by need (water-filling)."""
    per_px = (view[1] - view[0]) / PLOT_PX
    order = {li: sorted(by_lane.get(li, []), key=lambda g: (g.x0, g.x0 - g.x1, g.index)) for li in range(len(lanes))}
    labels = {g.index: g.label for gs in order.values() for g in gs}
    need = {li: max([0, *_pack_lane(gs, MAX_ROWS, per_px, view)]) + 1 for li, gs in order.items()}
    cap = 1
    while cap < MAX_LANE_ROWS and sum(min(n, cap + 1) for n in need.values()) <= MAX_ROWS:
        cap += 1
    row0 = 0
    for li, lane in enumerate(lanes):
        for g in order[li]:
            g.label = labels[g.index]  # the trial run may have dropped it
        rows = _pack_lane(order[li], min(need[li], cap), per_px, view)
        for g, r in zip(order[li], rows, strict=True):
            g.row = row0 + r
            if need[li] > cap:  # a crowded lane shares rows: labels would be drawn over other events
                g.label = None
        lane.first_row, lane.rows = row0, max([0, *rows]) + 1
        row0 += lane.rows
    return row0


def _add_markers(glyphs: Sequence[Glyph], view: tuple[dt.datetime, dt.datetime]) -> None:
    """Markers for point events (a day or shorter) and for anything too short to see at the view."""
    tiny = (view[1] - view[0]) / 150
    for g in glyphs:
        if g.marker_kind == "undated":
            continue
        mid = g.x0 + (g.x1 - g.x0) / 2
        (s_lo, s_hi), (e_lo, e_hi) = g.event.interval.start, g.event.interval.end
        if g.x1 - g.x0 <= _DAY:
            g.marker, g.marker_kind = mid, "point"
        elif s_lo is None and s_hi is not None and e_hi is not None and e_hi - s_hi <= _DAY and (
            g.event.interval.grain in _FINE or (e_lo is not None and e_lo <= s_hi)
        ):  # a one-day event known only to be "on or before" a day: the diamond sits on that day
            g.marker, g.marker_kind = s_hi + (e_hi - s_hi) / 2, "point"
        elif g.x1 - g.x0 < tiny and g.open_end is None and g.open_start is None:
            g.marker, g.marker_kind = mid, "short"


def _make_lanes(glyphs: Sequence[Glyph], group_by: str, docs: dict[str, Document]) -> tuple[
        list[Lane], dict[int, list[Glyph]]]:
    """Group glyphs into lanes (the smallest merged into one when there are more than ``MAX_LANES``),
    ordered by their first event, the unnamed and the merged lanes last."""
    sizes: dict[str, list[Glyph]] = {}
    for g in glyphs:
        sizes.setdefault(_lane_key(g.event, group_by), []).append(g)
    keys = sorted(sizes, key=lambda k: (-len(sizes[k]), min(g.x0 for g in sizes[k]), k))
    other = "\0other"  # cannot collide with a name from the text
    other_title = ""
    if len(keys) > MAX_LANES:
        rest = keys[MAX_LANES - 1 :]
        sizes[other] = [g for k in rest for g in sizes.pop(k)]
        noun = {"actor": "actors", "place": "places", "document": "documents", "type": "types"}[group_by]
        other_title = f"{len(rest)} other {noun}"
    order = sorted(sizes, key=lambda k: (k == other, k == "", min(g.x0 for g in sizes[k]), k))
    lanes = [Lane(k, other_title if k == other else _lane_title(k, group_by, docs), len(sizes[k])) for k in order]
    by_lane: dict[int, list[Glyph]] = {}
    for li, k in enumerate(order):
        for g in sizes[k]:
            g.lane = li
        by_lane[li] = sizes[k]
    return lanes, by_lane


def lay_out(tl: Timeline, group_by: str = "actor", label_limit: int = MAX_LABELS) -> Layout:
    """Place every event of ``tl`` on the chart (see the module docstring for the rules)."""
    if group_by not in GROUPS:
        raise ValueError(f"group_by must be one of {', '.join(GROUPS)}, not {group_by!r}")
    docs = {d.id: d for d in tl.documents}
    reports = [report_date(docs.get(d)) for e in tl.events for d in event_docs(e)]
    points: list[dt.datetime] = [p for e in tl.events for p in (*e.interval.start, *e.interval.end) if p is not None]
    points += [r for r in reports if r is not None]
    lo, hi = (min(points), max(points)) if points else (dt.datetime(2000, 1, 1), dt.datetime(2000, 1, 2))
    pad = max((hi - lo) * 0.03, _DAY)
    involved = _involved(tl.events, tl.findings)
    glyphs: list[Glyph] = []
    undated: list[Event] = []
    for i, e in enumerate(tl.events):
        dates = [r for r in (report_date(docs.get(d)) for d in event_docs(e)) if r is not None]
        g = _place(e, i, max(dates) if dates else None, lo, hi, pad)
        if g is None:
            undated.append(e)
            continue
        g.findings = involved[i]
        worst = max((_SEVERITY_RANK[tl.findings[k].severity] for k in g.findings), default=0)
        g.status = "error" if worst == 2 else "warning" if worst == 1 else "ok"
        glyphs.append(g)
    drawn = (min(g.x0 for g in glyphs), max(g.x1 for g in glyphs)) if glyphs else (lo, hi)
    full = _pad(*drawn, 0.02)
    core = _core_window(glyphs)
    view = full
    if core is not None and (core[1] - core[0]) < 0.35 * (full[1] - full[0]):
        view = _pad(core[0], core[1], 0.03)
    _add_markers(glyphs, view)
    lanes, by_lane = _make_lanes(glyphs, group_by, docs)
    # Labels for the biggest events only.
    for g in sorted(glyphs, key=_importance)[:label_limit]:
        g.label = g.event.label
    rows = _pack(lanes, by_lane, view)
    glyphs.sort(key=lambda g: g.index)
    hidden_before = sum(1 for g in glyphs if g.x1 < view[0])
    hidden_after = sum(1 for g in glyphs if g.x0 > view[1])
    return Layout(glyphs, lanes, undated, full, view, hidden_before, hidden_after, rows, group_by, docs)

