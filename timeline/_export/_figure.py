"""The Plotly Gantt figure of a timeline: traces, hover texts, axes (geometry in ``_figure_layout``).

Each glyph kind is one trace per status (ok / warning / error), so that the legend explains the
picture ("certain span", "possible span", ...) and 500 events still make a dozen traces.  Every
point of every trace carries its event id in ``customdata[0]``, which the page's click handler and
the browser test use to tie what is drawn back to :attr:`Timeline.events`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from timeline._export._figure_layout import LABEL_CHARS, PLOT_PX, Glyph, Layout, event_docs, report_date
from timeline._export._figure_text import esc, interval_words, marked_sentence, point_words, shift, shorten
from timeline.model import Document, Event, Evidence, Finding, Timeline

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = ["COLORS", "HOVER_AREA", "build_figure", "hover_text", "mention_marks", "sentence_html"]

# Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
COLORS = {
    "ok": ("#0072B2", "rgba(0,114,178,0.38)"),
    "warning": ("#E69F00", "rgba(230,159,0,0.45)"),
    "error": ("#D55E00", "rgba(213,94,0,0.45)"),
}
_STATUS_NAME = {"warning": "⚠ warning", "error": "⚠ in conflict (error)"}
_KIND_NAME = {
    "bar": "certain",
    "band": "possible (bounds)",
    "point": "a day or less",
    "short": "short",
    "undated": "undated (at its report)",
    "open_end": "open end",
    "open_start": "open start",
}
_SYMBOL = {"point": "diamond", "short": "circle", "undated": "circle-open"}
HOVER_AREA = "hover area"  # name of the invisible trace that makes thin bands easy to hover
_BAR_WIDTH = {"bar": 0.62, "band": 0.26}  # the possible span is a thin band behind the solid bar


def _iso(p: dt.datetime) -> str:
    """Plotly's date string (four-digit years even before 1000, which strftime does not promise)."""
    return f"{p.year:04d}-{p.month:02d}-{p.day:02d} {p.hour:02d}:{p.minute:02d}:{p.second:02d}"


def mention_marks(sentence: str, doc: Document | None, spans: Sequence[tuple[int, int, str, str]],
                  anchor: tuple[int, int]) -> list[tuple[int, int, str]]:
    """Turn document-offset spans ``(start, end, text, tag)`` into offsets inside ``sentence``.

    ``anchor`` is a span known to lie in the sentence (the mention itself): the sentence is found in
    the document text around it, and spans outside the sentence are dropped.  When the document
    text is not at hand (or does not hold the sentence), each span's text is looked up in the
    sentence instead.
    """
    base: int | None = None
    if doc is not None and doc.text:
        at = doc.text.find(sentence, max(0, anchor[1] - len(sentence)))
        if 0 <= at <= anchor[0] and anchor[1] <= at + len(sentence):
            base = at
    out: list[tuple[int, int, str]] = []
    for s, e, text, tag in spans:
        if base is not None:
            if base <= s and e <= base + len(sentence):
                out.append((s - base, e - base, tag))
        elif text:
            k = sentence.find(text)
            if k >= 0:
                out.append((k, k + len(text), tag))
    return out


def sentence_html(ev: Evidence | Event, doc: Document | None, event: Event | None, width: int, limit: int) -> str:
    """A mention's sentence, escaped, the time expressions in bold and the trigger in italics."""
    sentence = ev.sentence or ""
    if not sentence:
        return ""
    doc_id = ev.doc
    spans: list[tuple[int, int, str, str]] = []
    if event is not None:
        spans += [(ln.start, ln.end, ln.text, "b") for ln in event.links if ln.doc == doc_id]
        if event.doc == doc_id:
            trigger = doc.text[event.start : event.end] if doc is not None else ""
            spans.append((event.start, event.end, trigger, "i"))
    if isinstance(ev, Evidence):
        timex = any(s == ev.start and e == ev.end for s, e, _, t in spans if t == "b")
        spans.append((ev.start, ev.end, ev.text, "b" if timex or event is None else "i"))
    marks = mention_marks(sentence, doc, spans, (ev.start, ev.end))
    return marked_sentence(sentence, marks, width=width, limit=limit)


def _dating_mention(e: Event, docs: dict[str, Document]) -> tuple[Event | Evidence, str]:
    """The mention to quote in the hover: the first whose sentence holds one of the event's time
    expressions (the sentence that dates it), else the first mention."""
    first = sentence_html(e, docs.get(e.doc), e, width=78, limit=320)
    if "<b>" in first:
        return e, first
    for ev in e.evidence:
        if ev.sentence and any(ln.doc == ev.doc for ln in e.links):
            text = sentence_html(ev, docs.get(ev.doc), e, width=78, limit=320)
            if "<b>" in text:
                return ev, text
    return e, first


def _source_line(doc_id: str, doc: Document | None) -> str:
    parts = []
    if doc is not None and doc.source:
        parts.append(esc(shorten(doc.source, 40)))
    parts.append(esc(shorten(doc_id, 40)))
    published = report_date(doc)
    if published is not None:
        parts.append(f"published {point_words(published)}")
    line = " · ".join(parts)
    if doc is not None and doc.url:
        line += f"<br>{esc(shorten(doc.url, 80))}"
    return line


def hover_text(g: Glyph, docs: dict[str, Document], findings: Sequence[Finding]) -> str:
    """The hover box of one event: label, date in words, sentence, source, corroboration, findings."""
    e = g.event
    lines = [f"<b>{esc(shorten(e.label, 80))}</b>"]
    when = esc(interval_words(e.interval))
    if g.marker_kind == "undated" and g.report is not None:
        when += f" (drawn at its report, {point_words(g.report)})"
    lines.append(when)
    if g.open_end is not None:
        lines.append(f"<i>open end: drawn to {point_words(g.open_end)}, the latest report</i>")
    who = [", ".join(e.actors)] if e.actors else []
    if e.place:
        who.append(e.place)
    if who:
        lines.append(esc(shorten(" · ".join(who), 90)))
    mention, sentence = _dating_mention(e, docs)
    if sentence:
        lines.append(f"“{sentence}”")
    lines.append(_source_line(mention.doc, docs.get(mention.doc)))
    told = event_docs(e)
    if len(told) > 1:
        others = [docs[d].source or d if d in docs else d for d in told[1:4]]
        more = f" +{len(told) - 4}" if len(told) > 4 else ""
        lines.append(f"told by {len(told)} articles (also {esc(shorten(', '.join(others), 70))}{more})")
    else:
        lines.append("told by 1 article")
    for k in g.findings[:3]:
        f = findings[k]
        lines.append(f"<b>⚠ {esc(f.severity)} #{k + 1}</b> {esc(f.code)}: {esc(shorten(f.message, 90))}")
    if len(g.findings) > 3:
        lines.append(f"… and {len(g.findings) - 3} more findings")
    return "<br>".join(lines)


def _trace_style(kind: str, status: str) -> tuple[str, str, str]:
    """``(name, legendgroup, colour)`` of one trace."""
    solid, light = COLORS[status]
    colour = light if kind == "band" else solid
    if kind == "undated":
        colour = "#555555" if status == "ok" else solid
    if status == "ok":
        return _KIND_NAME[kind], kind, colour
    return _STATUS_NAME[status], status, colour


def _traces(lay: Layout, hovers: dict[int, str]) -> list[Any]:
    import plotly.graph_objects as go

    traces: list[Any] = []
    # A warning or error group shows in the legend once, on its most telling glyph (solid before light).
    best: dict[str, str] = {}
    for status in ("warning", "error"):
        gs = [g for g in lay.glyphs if g.status == status]
        for kind, has in (("bar", any(g.bar for g in gs)), ("point", any(g.marker_kind == "point" for g in gs)),
                          ("short", any(g.marker_kind == "short" for g in gs)),
                          ("undated", any(g.marker_kind == "undated" for g in gs)),
                          ("open_end", any(g.open_end for g in gs)), ("open_start", any(g.open_start for g in gs)),
                          ("band", any(g.band for g in gs))):
            if has:
                best[status] = kind
                break

    def legend(group: str, kind: str = "") -> bool:
        if group in best:
            return best[group] == kind
        return True

    crowded = len(lay.glyphs) > 150  # smaller markers, so that dense lanes do not turn into a smear
    # The possible span is drawn thin; an invisible full-height bar over it is what the mouse finds.
    handles = [g for g in lay.glyphs if g.band is not None]
    if handles:
        traces.append(go.Bar(
            name=HOVER_AREA, showlegend=False, orientation="h",
            base=[_iso(g.band[0]) for g in handles if g.band is not None],
            x=[max((g.band[1] - g.band[0]) / dt.timedelta(milliseconds=1), 60_000.0)
               for g in handles if g.band is not None],
            y=[g.row for g in handles], width=_BAR_WIDTH["bar"],
            marker={"color": "rgba(0,0,0,0)", "line": {"width": 0}},
            customdata=[[g.event.id] for g in handles],
            hovertext=[hovers[g.index] for g in handles], hoverinfo="text",
        ))
    for status in ("ok", "warning", "error"):
        gs = [g for g in lay.glyphs if g.status == status]
        for kind in ("band", "bar"):
            sel = [(g, getattr(g, kind)) for g in gs if getattr(g, kind) is not None]
            if not sel:
                continue
            name, group, colour = _trace_style(kind, status)
            line = {"width": 1.2, "color": "#7a2a00"} if status == "error" and kind == "bar" else {"width": 0}
            traces.append(go.Bar(
                name=name, legendgroup=group, showlegend=legend(group, kind), orientation="h",
                base=[_iso(s) for _, (s, _) in sel],
                x=[max((e - s) / dt.timedelta(milliseconds=1), 60_000.0) for _, (s, e) in sel],
                y=[g.row for g, _ in sel], width=_BAR_WIDTH[kind],
                marker={"color": colour, "line": line},
                customdata=[[g.event.id] for g, _ in sel],
                hovertext=[hovers[g.index] for g, _ in sel], hoverinfo="text",
            ))
        for kind in ("point", "short", "undated"):
            sel2 = [g for g in gs if g.marker_kind == kind and g.marker is not None]
            if not sel2:
                continue
            name, group, colour = _trace_style(kind, status)
            size = (12 if kind == "point" else 9) - (3 if crowded else 0)
            traces.append(go.Scatter(
                name=name, legendgroup=group, showlegend=legend(group, kind), mode="markers",
                x=[_iso(g.marker) for g in sel2 if g.marker is not None], y=[g.row for g in sel2],
                marker={"symbol": _SYMBOL[kind], "size": size, "color": colour,
                        "line": {"width": 1, "color": "white" if kind != "undated" else colour}},
                customdata=[[g.event.id] for g in sel2],
                hovertext=[hovers[g.index] for g in sel2], hoverinfo="text",
            ))
        for kind, attr, symbol in (("open_end", "open_end", "triangle-right"),
                                   ("open_start", "open_start", "triangle-left")):
            sel3 = [(g, getattr(g, attr)) for g in gs if getattr(g, attr) is not None]
            if not sel3:
                continue
            name, group, colour = _trace_style(kind, status)
            traces.append(go.Scatter(
                name=name, legendgroup=group, showlegend=legend(group, kind), mode="markers",
                x=[_iso(p) for _, p in sel3], y=[g.row for g, _ in sel3],
                marker={"symbol": symbol, "size": 10, "color": colour},
                customdata=[[g.event.id] for g, _ in sel3],
                hovertext=[hovers[g.index] for g, _ in sel3], hoverinfo="text",
            ))
    return traces


def _labels(lay: Layout) -> list[dict[str, Any]]:
    """Text labels of the biggest events, as annotations (so they stay out of the range slider)."""
    per_px = (lay.view[1] - lay.view[0]) / PLOT_PX
    out = []
    for g in lay.glyphs:
        if not g.label:
            continue
        mark = g.marker is not None or g.open_end is not None or g.open_start is not None
        gap = per_px * (8 if mark else 3)
        x = {"left": shift(g.x0, -gap), "right": shift(g.x1, gap), "inside": shift(max(g.x0, lay.view[0]), gap)}[
            g.label_at]
        out.append({
            "x": _iso(x), "y": g.row, "xref": "x", "yref": "y",
            "xanchor": "right" if g.label_at == "left" else "left", "yanchor": "middle", "showarrow": False,
            "text": ("⚠ " if g.status == "error" else "") + esc(shorten(g.label, LABEL_CHARS)),
            "font": {"size": 11, "color": "#7a2a00" if g.status == "error" else "#222222"},
            **({"bgcolor": "rgba(255,255,255,0.8)"} if g.label_at == "inside" else {}),
        })
    return out


def _row_px(rows: int) -> int:
    return 28 if rows <= 12 else 22 if rows <= 30 else 16


def figure_height(lay: Layout, title: bool = True) -> int:
    """Pixels: room for every row, the legend on top, the date axis and the range slider below."""
    return max(380, (230 if title else 180) + lay.rows * _row_px(lay.rows))


def build_figure(tl: Timeline, lay: Layout, title: bool = True, interactive: bool = True) -> go.Figure:
    """The whole figure from a layout: traces, lanes, date axis with range slider and buttons.

    ``title=False`` leaves the title out (the HTML page has its own header); ``interactive=False``
    leaves out the zoom buttons and the hint to use them (for a static image).
    """
    import plotly.graph_objects as go

    hovers = {g.index: hover_text(g, lay.docs, tl.findings) for g in lay.glyphs}
    fig = go.Figure(data=_traces(lay, hovers))
    shapes: list[dict[str, Any]] = []
    for k, lane in enumerate(lay.lanes):
        y0, y1 = lane.first_row - 0.5, lane.first_row + lane.rows - 0.5
        if k % 2 == 0:
            shapes.append({"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": y0, "y1": y1,
                           "fillcolor": "rgba(0,0,0,0.04)", "line": {"width": 0}, "layer": "below"})
        if k:
            shapes.append({"type": "line", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "y0": y0, "y1": y0,
                           "line": {"width": 1, "color": "rgba(0,0,0,0.18)"}, "layer": "below"})
    annotations = _labels(lay)
    if not lay.glyphs:
        annotations.append({"xref": "paper", "yref": "paper", "x": 0.5, "y": 0.5, "showarrow": False,
                            "text": "No dated events to draw", "font": {"size": 16, "color": "#777777"}})
    hidden = []
    if lay.hidden_before:
        hidden.append(f"◀ {lay.hidden_before} earlier")
    if lay.hidden_after:
        hidden.append(f"{lay.hidden_after} later ▶")
    if hidden:
        annotations.append({
            "name": "outside-note",  # the page hides it once the reader zooms (it speaks of the default view)
            "xref": "paper", "yref": "paper", "x": 1, "y": 1, "xanchor": "right", "yanchor": "bottom",
            "showarrow": False, "font": {"size": 11, "color": "#555555"},
            "text": f"{' · '.join(hidden)} event(s) outside this view"
            + (": drag the slider below or press “all”" if interactive else " (see the strip below)"),
        })
    n_docs = len({d for g in lay.glyphs for d in event_docs(g.event)} | {d.id for d in tl.documents})
    errors = sum(1 for f in tl.findings if f.severity == "error")
    heading = f"{len(tl.events)} events from {n_docs} articles"
    if tl.findings:
        heading += f" · {len(tl.findings)} finding{'s' if len(tl.findings) != 1 else ''} ({errors} error{'s' if errors != 1 else ''})"
    buttons = [
        {"count": 1, "label": "1 day", "step": "day", "stepmode": "backward"},
        {"count": 7, "label": "1 week", "step": "day", "stepmode": "backward"},
        {"count": 1, "label": "1 month", "step": "month", "stepmode": "backward"},
        {"count": 6, "label": "6 months", "step": "month", "stepmode": "backward"},
        {"count": 1, "label": "1 year", "step": "year", "stepmode": "backward"},
        {"count": 10, "label": "10 years", "step": "year", "stepmode": "backward"},
        {"label": "all", "step": "all"},
    ]
    height = figure_height(lay, title)
    fig.update_layout(
        template="plotly_white",
        title={"text": esc(heading), "x": 0.01, "xanchor": "left", "y": 1 - 12 / height, "yanchor": "top",
               "font": {"size": 16}} if title else None,
        height=height,
        margin={"l": 10, "r": 20, "t": (130 if title else 80) - (0 if interactive else 30), "b": 20 if interactive else 30},
        barmode="overlay",
        hovermode="closest",
        hoverlabel={"bgcolor": "white", "bordercolor": "#888888", "font": {"size": 12, "color": "#222222"},
                    "align": "left"},
        legend={"orientation": "h", "x": 0, "y": 1 - (45 if title else 6) / height, "yref": "container",
                "yanchor": "top", "xanchor": "left",
                "font": {"size": 11}, "traceorder": "normal"},
        showlegend=True,
        shapes=shapes,
        annotations=annotations,
        dragmode="zoom",
        xaxis={
            "type": "date", "range": [_iso(lay.view[0]), _iso(lay.view[1])], "autorange": False,
            "showgrid": True, "gridcolor": "rgba(0,0,0,0.08)", "ticks": "outside",
            "rangeslider": {"visible": True, "range": [_iso(lay.full[0]), _iso(lay.full[1])], "thickness": 0.09,
                            "bgcolor": "rgba(0,0,0,0.03)"},
            "rangeselector": {"buttons": buttons, "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom",
                              "font": {"size": 11}, "visible": interactive},
        },
        yaxis={
            "tickmode": "array",
            "tickvals": [lane.first_row + (lane.rows - 1) / 2 for lane in lay.lanes],
            "ticktext": [f"{esc(shorten(lane.title, 30))} ({lane.size})" for lane in lay.lanes],
            "range": [lay.rows - 0.5, -0.5], "autorange": False, "fixedrange": True,
            "showgrid": False, "zeroline": False, "automargin": True, "ticks": "",
        },
    )
    return fig
