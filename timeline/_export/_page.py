"""The HTML page around the figure: header, how-to-read key, details panel, findings, undated events.

The page is one file: plotly.js is inlined, styles and scripts are inline, nothing is fetched.
Everything user-provided is escaped here (``esc``) or in :mod:`._figure_text`; the event details
shown on click are pre-rendered, escaped HTML kept in a JSON ``<script>`` block whose ``<``, ``>``
and ``&`` are ``\\u``-escaped so that no text can close the block.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from timeline._export._figure import figure_height, sentence_html
from timeline._export._figure_layout import Glyph, Layout, event_docs, report_date
from timeline._export._figure_text import esc, interval_words, marked_sentence, point_words, shorten
from timeline.model import Document, Event, Evidence, Finding, Timeline

if TYPE_CHECKING:
    import plotly.graph_objects as go

__all__ = ["render_page"]

DIV_ID = "timeline"  # fixed: plotly's default is a random uuid, which breaks byte-identical output

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;color:#222;
 background:#fff}
header,main>section{padding:0 24px}
header h1{font-size:20px;margin:16px 0 4px}
.summary{margin:0 0 6px;color:#444}
.key{font-size:13px;color:#444;margin:0 0 4px;line-height:1.5;max-width:1100px}
#details{border-top:1px solid #ddd;padding-top:8px;min-height:40px;font-size:14px}
#details h3{margin:4px 0}
#details blockquote,.finding blockquote{margin:4px 0 8px 12px;padding-left:8px;border-left:3px solid #ccc}
.muted{color:#666}
.finding{margin-bottom:10px}
.sev{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px;font-weight:600}
.sev-error{background:#D55E00}.sev-warning{background:#E69F00}.sev-info{background:#777}
code{font-size:13px}
a[data-event]{cursor:pointer}
"""

_KEY = (
    '<p class="key">Each bar or ◆ is an event, in lanes by {group}. <b>Thick bar</b>: when it surely went on. '
    "<b>Thin light band</b>: all that the articles still allow; an arrow means open-ended (▶ still going on at "
    "the latest report). <b>◆</b>: a day or less. <b>Orange / red</b>: involved in a warning / an error (see "
    "Findings). Hover for the date, sentence and source; click for every article that tells it. Zoom from "
    "years to hours by dragging across the dates, with the buttons or with the slider under the chart; "
    "double-click to reset.</p>"
)

_CLICK_JS = """
var gd = document.getElementById('{plot_id}');
gd.on('plotly_click', function (ev) {
  if (ev && ev.points && ev.points.length && ev.points[0].customdata) {
    window.timelineShow(ev.points[0].customdata[0]);
  }
});
gd.on('plotly_relayout', function (ev) {
  if (!ev || !Object.keys(ev).some(function (k) { return k.indexOf('xaxis.range') === 0; })) { return; }
  var notes = (gd.layout.annotations || []);
  for (var i = 0; i < notes.length; i++) {
    if (notes[i].name === 'outside-note' && notes[i].visible !== false) {
      var upd = {}; upd['annotations[' + i + '].visible'] = false;
      Plotly.relayout(gd, upd);
    }
  }
});
"""

_PAGE_JS = """
(function () {
  var details = JSON.parse(document.getElementById('event-details').textContent);
  window.timelineShow = function (id) {
    var box = document.getElementById('details');
    if (Object.prototype.hasOwnProperty.call(details, id)) {
      box.innerHTML = details[id];
      box.scrollIntoView({block: 'nearest'});
    }
  };
  document.querySelectorAll('a[data-event]').forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      window.timelineShow(a.getAttribute('data-event'));
    });
  });
})();
"""


def _json_script(obj: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left to close or open tags."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _safe_url(url: str | None) -> str | None:
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def _source_html(doc_id: str, doc: Document | None) -> str:
    name = esc(doc.source) if doc is not None and doc.source else esc(doc_id)
    url = _safe_url(doc.url if doc is not None else None)
    out = f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{name}</a>' if url else name
    if doc is not None and doc.source:
        out += f' <span class="muted">({esc(doc_id)})</span>'
    published = report_date(doc)
    if published is not None:
        out += f' <span class="muted">· published {point_words(published)}</span>'
    if doc is not None and doc.title:
        out += f" — <i>{esc(shorten(doc.title, 120))}</i>"
    return out


_NOT_TEXT = {
    "metadata": "publication date in the article's metadata",
    "cli": "publication date given with --dct",
    "html": "publication date from the web page's tags",
    "inferred": "publication date inferred from the text",
    "user": "a known event given with --anchors",
    "dateline": "dateline",
}


def _evidence_sentence(ev: Evidence, doc: Document | None, event: Event | None) -> str:
    if ev.source != "text" and not (ev.source == "dateline" and ev.end > ev.start):
        return f'<span class="muted">{_NOT_TEXT.get(ev.source, esc(ev.source))}:</span> <b>{esc(ev.text)}</b>'
    if ev.sentence:
        return sentence_html(ev, doc, event, width=10**6, limit=600)
    if doc is not None and 0 <= ev.start <= ev.end <= len(doc.text):
        lo, hi = max(0, ev.start - 120), min(len(doc.text), ev.end + 120)
        body = marked_sentence(doc.text[lo:hi], [(ev.start - lo, ev.end - lo, "b")], width=10**6, limit=600)
        return ("…" if lo else "") + body + ("…" if hi < len(doc.text) else "")
    return f"<b>{esc(ev.text)}</b>" if ev.text else ""


def _details(g: Glyph | None, e: Event, lay: Layout, findings: Sequence[Finding]) -> str:
    docs = lay.docs
    parts = [f"<h3>{esc(e.label)}</h3>", f"<p>{esc(interval_words(e.interval))}"]
    if g is not None and g.open_end is not None:
        parts.append(f' <span class="muted">(open end: drawn to {point_words(g.open_end)}, the latest report)</span>')
    parts.append("</p>")
    facts = [("type", e.type)] + ([("actors", ", ".join(e.actors))] if e.actors else [])
    facts += [("place", e.place)] if e.place else []
    parts.append("<p class=\"muted\">" + " · ".join(f"{k}: {esc(v)}" for k, v in facts if v) + "</p>")
    mentions: list[Evidence] = list(e.evidence) or [
        Evidence(doc=e.doc, text=e.sentence[:0], start=e.start, end=e.end, sentence=e.sentence)
    ]
    told = event_docs(e)
    parts.append(f"<p>Told by {len(told)} article{'s' if len(told) != 1 else ''}"
                 f"{f' ({len(mentions)} mentions)' if len(mentions) > len(told) else ''}:</p><ol>")
    for ev in mentions:
        doc = docs.get(ev.doc)
        parts.append(f"<li>{_source_html(ev.doc, doc)}<blockquote>“{_evidence_sentence(ev, doc, e)}”</blockquote></li>")
    parts.append("</ol>")
    if g is not None and g.findings:
        items = "".join(
            f'<li><span class="sev sev-{esc(findings[k].severity)}">{esc(findings[k].severity)}</span> '
            f'<a href="#finding-{k + 1}">#{k + 1}</a> <code>{esc(findings[k].code)}</code> {esc(findings[k].message)}</li>'
            for k in g.findings
        )
        parts.append(f"<p>Findings:</p><ul>{items}</ul>")
    return "".join(parts)


def _evidence_item(ev: Evidence, doc: Document | None) -> str:
    body = _evidence_sentence(ev, doc, None)
    in_text = ev.source == "text" or ev.end > ev.start
    body = f"<blockquote>“{body}”</blockquote>" if in_text else f"<br>{body}"
    return f"<li>{_source_html(ev.doc, doc)}{body}</li>"


def _findings_html(tl: Timeline, lay: Layout) -> str:
    by_finding: dict[int, list[Glyph]] = {}
    for g in lay.glyphs:
        for k in g.findings:
            by_finding.setdefault(k, []).append(g)
    if not tl.findings:
        return '<section id="findings"><h2>Findings (0)</h2><p class="muted">No findings.</p></section>'
    rows = []
    for k, f in enumerate(tl.findings):
        ev_items = "".join(_evidence_item(ev, lay.docs.get(ev.doc)) for ev in f.evidence)
        events = by_finding.get(k, [])
        links = ", ".join(
            f'<a href="#details" data-event="{esc(g.event.id)}">{esc(shorten(g.event.label, 60))}</a>' for g in events
        )
        rows.append(
            f'<li class="finding" id="finding-{k + 1}" data-severity="{esc(f.severity)}" data-code="{esc(f.code)}">'
            f'<span class="sev sev-{esc(f.severity)}">{esc(f.severity)}</span> <code>{esc(f.code)}</code> '
            f'<span class="message">{esc(f.message)}</span>'
            + (f'<p class="events">Events: {links}</p>' if links else "")
            + (f'<ol class="evidence">{ev_items}</ol>' if ev_items else "")
            + "</li>"
        )
    errors = sum(1 for f in tl.findings if f.severity == "error")
    head = f"Findings ({len(tl.findings)}, {errors} error{'s' if errors != 1 else ''})"
    return f'<section id="findings"><h2>{head}</h2><ol>{"".join(rows)}</ol></section>'


def _undated_html(lay: Layout) -> str:
    if not lay.undated:
        return ""
    items = "".join(
        f'<li data-event="{esc(e.id)}"><b>{esc(e.label)}</b> — {_source_html(e.doc, lay.docs.get(e.doc))}'
        f"<blockquote>“{esc(e.sentence)}”</blockquote></li>"
        for e in lay.undated
    )
    return (f'<section id="undated"><h2>Undated events ({len(lay.undated)})</h2><p class="muted">No date '
            f"stated and no dated article: not on the chart.</p><ul>{items}</ul></section>")


def _summary(tl: Timeline, lay: Layout) -> str:
    n_docs = len(tl.documents) or len({d for e in tl.events for d in event_docs(e)})
    out = f"{len(tl.events)} event{'s' if len(tl.events) != 1 else ''} from {n_docs} article{'s' if n_docs != 1 else ''}"
    if lay.glyphs:
        lo = min(g.x0 for g in lay.glyphs)
        hi = max(g.x1 for g in lay.glyphs)
        out += f", {point_words(lo)} to {point_words(hi)}"
    errors = sum(1 for f in tl.findings if f.severity == "error")
    if tl.findings:
        out += f"; {len(tl.findings)} finding{'s' if len(tl.findings) != 1 else ''} ({errors} error{'s' if errors != 1 else ''}), listed below the chart"
    return out + "."


def render_page(tl: Timeline, lay: Layout, fig: go.Figure, plotlyjs: bool = True) -> str:
    """The whole self-contained page as text (deterministic: fixed div id, no clock, no uuid).

    ``plotlyjs=False`` leaves plotly.js out (the page then does not work on its own: for tests).
    """
    config = {
        "displaylogo": False,
        "responsive": True,
        "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
        "toImageButtonOptions": {"filename": "timeline", "format": "png", "scale": 2},
    }
    div = fig.to_html(
        include_plotlyjs=plotlyjs, full_html=False, div_id=DIV_ID, config=config, post_script=_CLICK_JS,
        default_width="100%", default_height=f"{figure_height(lay, title=False)}px",
    )
    glyph_of = {g.event.id: g for g in lay.glyphs}
    details = {e.id: _details(glyph_of.get(e.id), e, lay, tl.findings) for e in tl.events}
    group = {"actor": "actor (the first named)", "place": "place", "document": "article", "type": "event type"}
    return "".join([
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>Timeline — {len(tl.events)} events</title>\n<style>{_CSS}</style>\n</head>\n<body>\n",
        f'<header><h1>Campaign timeline</h1><p class="summary">{esc(_summary(tl, lay))}</p>',
        _KEY.replace("{group}", group.get(lay.group_by, lay.group_by)), "</header>\n",
        f'<script type="application/json" id="event-details">{_json_script(details)}</script>\n',
        f"<main>\n<section>{div}</section>\n",
        '<section id="details"><p class="muted">Click a bar or marker to see every article that tells it.</p></section>\n',
        _findings_html(tl, lay), "\n", _undated_html(lay), "\n</main>\n",
        f"<script>{_PAGE_JS}</script>\n</body>\n</html>\n",
    ])
