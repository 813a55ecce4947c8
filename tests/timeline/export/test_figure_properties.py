"""Any timeline the model allows can be drawn: no crash, every dated event on the chart, escaped text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from export_timelines import make_doc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline._export import _figure_layout as fl
from timeline._export._page import render_page
from timeline._export.html import to_figure
from timeline.model import Event, Evidence, Finding, Interval, Timeline

EDGES = [dt.datetime.min, dt.datetime(1, 1, 2), dt.datetime(999, 12, 31), dt.datetime(2016, 10, 29),
         dt.datetime(2016, 10, 29, 3, 30), dt.datetime(9999, 12, 31), dt.datetime.max.replace(microsecond=0)]
points = st.one_of(st.none(), st.sampled_from(EDGES),
                   st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)))


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b, c, d = sorted(draw(points) or dt.datetime(2016, 1, 1) for _ in range(4))
    drop = draw(st.lists(st.booleans(), min_size=4, max_size=4))
    vals = [None if k else v for k, v in zip(drop, (a, b, c, d), strict=True)]
    return Interval(start=(vals[0], vals[1]), end=(vals[2], vals[3]), grain=draw(st.sampled_from([None, "day", "hour"])))


texts = st.lists(st.sampled_from(list("ab <>&\"'%{}/\n\u2028") + ["<script>", "&amp;", "%{x}"]), max_size=12).map("".join)


@given(st.lists(st.tuples(intervals(), texts, st.sampled_from(["", "<x>", "A"])), max_size=12),
       st.sampled_from(fl.GROUPS), st.booleans())
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_timeline_draws(items: list[tuple[Interval, str, str]], group_by: str, dated_doc: bool) -> None:
    sentence = "Something happened then."
    doc = make_doc("d<1>", [sentence], dt.datetime(2017, 5, 10) if dated_doc else None, "S&P", "https://x.example/?a=<b>")
    events = tuple(
        Event(id=f"e{i}", label=label or "x", doc="d<1>", sentence=sentence, start=0, end=9, interval=iv,
              actors=(actor,) if actor else (), place=actor or None,
              evidence=(Evidence(doc="d<1>", text="Something", start=0, end=9, sentence=sentence),))
        for i, (iv, label, actor) in enumerate(items)
    )
    findings = (Finding(severity="error", code="X<", message="<m>", evidence=events[0].evidence),) if events else ()
    tl = Timeline(events=events, findings=findings, documents=(doc,))
    lay = fl.lay_out(tl, group_by)
    drawn = {g.event.id for g in lay.glyphs}
    undated = {e.id for e in lay.undated}
    assert drawn | undated == {e.id for e in events} and not drawn & undated
    for g in lay.glyphs:
        assert g.x0 <= g.x1
    fig = to_figure(tl, group_by)
    assert {cd[0] for tr in fig.data for cd in tr.customdata} == drawn
    page = render_page(tl, lay, fig, plotlyjs=False)
    assert "<script>" not in page.split('<script type="application/json"')[0]
    assert "<x>" not in page and "<m>" not in page


def test_page_with_extreme_dates_writes(tmp_path: Path) -> None:
    s = "Long ago."
    doc = make_doc("d", [s], None)
    e = Event(id="e", label="Ages", doc="d", sentence=s, start=0, end=4,
              interval=Interval(start=(dt.datetime.min, dt.datetime(1, 1, 2)), end=(None, dt.datetime(9999, 12, 31))))
    fig = to_figure(Timeline(events=(e,), documents=(doc,)))
    assert fig.data[0].base[0].startswith("0001-01-01")
