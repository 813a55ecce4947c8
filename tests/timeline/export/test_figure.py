"""The Gantt figure's data (no browser): glyphs, uncertainty, open ends, findings, lanes, escaping."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from export_timelines import D, campaign, make_doc, make_event, synthetic

from timeline._export import _figure_layout as fl
from timeline._export._figure import HOVER_AREA
from timeline._export.html import to_figure
from timeline.model import Evidence, Finding, Interval, Link, Timeline


def _points(fig: Any) -> dict[str, list[tuple[str, Any, Any, Any]]]:
    """event id -> [(trace name, x, base, y)] over every trace point."""
    out: dict[str, list[tuple[str, Any, Any, Any]]] = {}
    for tr in fig.data:
        if tr.name == HOVER_AREA:
            continue
        bases = tr.base if getattr(tr, "base", None) is not None else [None] * len(tr.x)
        for (eid,), x, base, y in zip(tr.customdata, tr.x, bases, tr.y, strict=True):
            out.setdefault(eid, []).append((tr.name, x, base, y))
    return out


def _hover(fig: Any, eid: str) -> str:
    for tr in fig.data:
        for (i,), h in zip(tr.customdata, tr.hovertext, strict=True):
            if i == eid:
                return str(h)
    raise KeyError(eid)


@pytest.fixture(scope="module")
def tl() -> Timeline:
    return campaign()


@pytest.fixture(scope="module")
def fig(tl: Timeline) -> Any:
    return to_figure(tl)


def test_every_dated_event_is_drawn(tl: Timeline, fig: Any) -> None:
    drawn = _points(fig)
    # The one event with no date and no dated article is listed on the page, not drawn.
    assert set(drawn) == {e.id for e in tl.events} - {"e-ghost"}
    lay = fl.lay_out(tl)
    assert [e.id for e in lay.undated] == ["e-ghost"]


def test_day_event_is_a_marker_at_its_middle(fig: Any) -> None:
    names = {(n, x) for n, x, _, _ in _points(fig)["e-strike"]}
    assert ("a day or less", "2017-06-02 12:00:00") in names


def test_uncertain_start_is_band_plus_certain_bar(fig: Any) -> None:
    pts = _points(fig)["e-siege"]  # start 1–10 Jul, end 1 Sep (a warning touches it)
    bars = sorted((base, x) for _, x, base, _ in pts if base is not None)
    day_ms = 86_400_000
    assert bars == [("2017-07-01 00:00:00", 62 * day_ms), ("2017-07-10 00:00:00", 53 * day_ms)]


def test_one_day_in_a_window_has_no_certain_bar(tl: Timeline) -> None:
    lay = fl.lay_out(tl)
    g = next(g for g in lay.glyphs if g.event.id == "e-ambush")
    assert g.bar is None
    assert g.band == (D(2016, 10, 15), D(2016, 10, 20))


def test_open_end_is_drawn_to_the_latest_report_with_an_arrow(tl: Timeline, fig: Any) -> None:
    lay = fl.lay_out(tl)
    g = next(g for g in lay.glyphs if g.event.id == "e-operation")
    assert g.open_end == D(2017, 6, 21)  # monitor-02, the later of its two articles
    assert g.band == (D(2016, 11, 1), D(2017, 6, 21))
    assert ("open end", "2017-06-21 00:00:00") in {(n, x) for n, x, _, _ in _points(fig)["e-operation"]}
    assert "drawn to 21 Jun 2017, the latest report" in _hover(fig, "e-operation")


def test_open_start_reaches_the_left_edge(tl: Timeline) -> None:
    lay = fl.lay_out(tl)
    g = next(g for g in lay.glyphs if g.event.id == "e-rule")
    assert g.open_start is not None and g.open_start <= D(2003, 3, 20)
    assert g.bar == (D(2014, 3, 1), D(2017, 10, 17))


def test_two_hour_raid_keeps_its_hours_and_gets_a_marker(tl: Timeline) -> None:
    lay = fl.lay_out(tl)
    g = next(g for g in lay.glyphs if g.event.id == "e-raid")
    assert g.bar == (D(2017, 6, 20, 2), D(2017, 6, 20, 4))
    assert g.marker == D(2017, 6, 20, 3) and g.marker_kind == "point"


def test_undated_event_sits_at_its_report(tl: Timeline) -> None:
    g = next(g for g in fl.lay_out(tl).glyphs if g.event.id == "e-hospital")
    assert (g.marker, g.marker_kind) == (D(2017, 10, 20), "undated")


def test_nothing_is_invisible_at_the_default_view() -> None:
    for t in (campaign(), synthetic(300)):
        lay = fl.lay_out(t)
        tiny = (lay.view[1] - lay.view[0]) / 150
        for g in lay.glyphs:
            assert g.marker is not None or g.open_end or g.open_start or g.x1 - g.x0 >= tiny, g.event.id


def test_findings_colour_the_events_they_touch(tl: Timeline) -> None:
    status = {g.event.id: g.status for g in fl.lay_out(tl).glyphs}
    assert status["e-mishlab"] == status["e-raid"] == "error"
    assert status["e-siege"] == "warning"  # matched by the span of its time expression
    assert {k for k, v in status.items() if v == "ok"} == {
        "e-ambush", "e-operation", "e-invasion", "e-rule", "e-hospital", "e-strike"}


def test_error_traces_are_named_and_coloured(fig: Any) -> None:
    err = [tr for tr in fig.data if tr.legendgroup == "error"]
    assert err and {eid for tr in err for (eid,) in tr.customdata} == {"e-mishlab", "e-raid"}
    assert all(tr.marker.color == "#D55E00" for tr in err)


def test_hover_carries_words_sentence_source_and_count(fig: Any) -> None:
    h = _hover(fig, "e-ambush")
    assert "<b>Convoy ambushed</b>" in h
    assert "between 15 and 19 Oct 2016" in h
    assert "<b>between</b> <b>15</b>" not in h  # the expression is marked as one span
    assert "<b>between 15 and 19 October</b>" in h.replace("<br>", " ")
    assert "Euphrates Monitor" in h and "told by 1 article" in h
    h = _hover(fig, "e-mishlab")
    assert "told by 2 articles (also Euphrates Monitor)" in h
    assert "<i>stormed</i>" in h and "<b>Tuesday</b>" in h
    assert "https://levant.example/a?id=1&amp;x=&lt;2&gt;" in h
    assert "⚠ error #1" in h


def test_user_text_is_escaped_everywhere(fig: Any) -> None:
    text = json.dumps(fig.to_plotly_json(), ensure_ascii=False)
    assert "<script>" not in text and "<Coalition>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;Coalition&gt; (1)" in fig.layout.yaxis.ticktext


def test_default_view_skips_the_2003_outlier_but_the_slider_has_it(tl: Timeline, fig: Any) -> None:
    lay = fl.lay_out(tl)
    assert lay.view[0] > D(2015, 1, 1) and lay.view[1] >= D(2017, 10, 18)
    assert lay.full[0] < D(2003, 3, 20)
    assert lay.hidden_before == 1
    assert fig.layout.xaxis.rangeslider.visible
    assert any("1 earlier" in a.text for a in fig.layout.annotations)


def test_invasion_and_raid_alone_share_one_chart() -> None:
    s1 = "The invasion began on 20 March 2003."
    s2 = "A raid took place between 02:00 and 04:00 on 20 June 2017."
    d = make_doc("d", [s1, s2], D(2017, 6, 21))
    tl = Timeline(documents=(d,), events=(
        make_event("inv", "Invasion", d, s1, "invasion", "20 March 2003", Interval.exact(D(2003, 3, 20), D(2003, 5, 1))),
        make_event("raid", "Raid", d, s2, "raid", "between 02:00 and 04:00 on 20 June 2017",
                   Interval.exact(D(2017, 6, 20, 2), D(2017, 6, 20, 4))),
    ))
    lay = fl.lay_out(tl)
    assert lay.view[0] < D(2003, 3, 20) and lay.view[1] > D(2017, 6, 20, 4)
    raid = next(g for g in lay.glyphs if g.event.id == "raid")
    assert raid.marker is not None and raid.bar == (D(2017, 6, 20, 2), D(2017, 6, 20, 4))
    assert set(_points(to_figure(tl))) == {"inv", "raid"}


@pytest.mark.parametrize("group_by", ["actor", "place", "document", "type"])
def test_group_by_makes_the_lanes(tl: Timeline, group_by: str) -> None:
    lay = fl.lay_out(tl, group_by)
    titles = [lane.title for lane in lay.lanes]
    expected = {
        "actor": {"SDF", "Islamic State", "US-led coalition", "Special forces", "MSF", "<Coalition>"},
        "place": {"Raqqa", "Tabqa", "Iraq", "no place named"},
        "document": {"Levant Wire · levant-01", "Euphrates Monitor · monitor-02", "Archive Desk · archive-03"},
        "type": {"offensive", "siege", "attack", "campaign", "raid", "invasion", "occupation", "aid", "strike"},
    }[group_by]
    assert set(titles) == expected
    assert sum(lane.size for lane in lay.lanes) == len(lay.glyphs)
    for g in lay.glyphs:  # each event sits inside its lane's rows
        lane = lay.lanes[g.lane]
        assert lane.first_row <= g.row < lane.first_row + lane.rows


def test_unknown_group_by_is_refused(tl: Timeline) -> None:
    with pytest.raises(ValueError, match="group_by"):
        to_figure(tl, group_by="colour")


def test_rows_do_not_overlap_when_there_is_room(tl: Timeline) -> None:
    lay = fl.lay_out(tl)
    by_row: dict[int, list[fl.Glyph]] = {}
    for g in lay.glyphs:
        by_row.setdefault(g.row, []).append(g)
    for gs in by_row.values():
        gs.sort(key=lambda g: g.x0)
        for a, b in zip(gs, gs[1:], strict=False):
            assert a.x1 <= b.x0, (a.event.id, b.event.id)


def test_500_events_stay_readable() -> None:
    tl = synthetic(500)
    lay = fl.lay_out(tl)
    fig = to_figure(tl)
    assert len(_points(fig)) == 500
    assert len(lay.lanes) <= fl.MAX_LANES
    assert lay.lanes[-1].title.endswith("other actors")
    assert lay.rows <= fl.MAX_ROWS
    labelled = [g for g in lay.glyphs if g.label]
    assert 0 < len(labelled) <= fl.MAX_LABELS
    assert len(fig.data) <= 20  # a dozen traces, not one per event
    # A labelled event's label does not run over another event of its row (at the default view).
    per_px = (lay.view[1] - lay.view[0]) / fl.PLOT_PX
    for g in labelled:
        if g.label_at != "right":
            continue
        text_end = g.x1 + per_px * (6.2 * min(len(g.event.label), fl.LABEL_CHARS) + 12)
        for h in lay.glyphs:
            if h is not g and h.row == g.row:
                assert not (g.x1 < h.x0 < text_end), (g.event.id, h.event.id)


def test_empty_timeline_gives_an_empty_chart() -> None:
    fig = to_figure(Timeline())
    assert len(fig.data) == 0
    assert fig.layout.xaxis.type == "date"
    assert [a.text for a in fig.layout.annotations] == ["No dated events to draw"]


def test_figure_is_deterministic(tl: Timeline) -> None:
    assert to_figure(tl).to_json() == to_figure(campaign()).to_json()


def test_hours_zoom_is_possible() -> None:
    """The axis is a date axis with a range slider and buttons from a day to ten years."""
    fig = to_figure(campaign())
    labels = [b.label for b in fig.layout.xaxis.rangeselector.buttons]
    assert labels[0] == "1 day" and labels[-1] == "all"
    assert fig.layout.xaxis.type == "date" and fig.layout.yaxis.fixedrange is True
    assert isinstance(dt.datetime.fromisoformat(fig.layout.xaxis.range[0]), dt.datetime)


def test_a_day_known_only_as_on_or_before_is_a_diamond_on_that_day() -> None:
    s = "The fighters had taken the dam, officials said on Wednesday."
    d = make_doc("d", [s], D(2017, 5, 10))
    iv = Interval(start=(None, D(2017, 5, 10)), end=(None, D(2017, 5, 11)), grain="day")
    other = Interval.exact(D(2016, 11, 1), D(2016, 11, 2))
    tl = Timeline(documents=(d,), events=(
        make_event("dam", "Dam taken", d, s, "taken", "Wednesday", iv),
        make_event("early", "Earlier", d, s, "fighters", None, other),
    ))
    g = next(g for g in fl.lay_out(tl).glyphs if g.event.id == "dam")
    assert (g.marker, g.marker_kind) == (D(2017, 5, 10, 12), "point")
    assert g.open_start is not None and g.band is not None and g.band[1] == D(2017, 5, 11)
    # One day somewhere in a whole year is not pinned to the year's last day: it stays a band.
    iv2 = Interval(start=(D(2014, 1, 1), D(2014, 12, 31)), end=(D(2014, 1, 2), D(2015, 1, 1)))
    tl2 = Timeline(documents=(d,), events=(make_event("y", "Some day in 2014", d, s, "taken", None, iv2),))
    g2 = fl.lay_out(tl2).glyphs[0]
    assert g2.marker is None and g2.band == (D(2014, 1, 1), D(2015, 1, 1))


def test_hover_quotes_the_sentence_that_dates_the_event() -> None:
    s1 = "The battle for the city is expected to be long."
    s2 = "The battle began on Monday, officers said on Monday evening."
    d = make_doc("d", [s1, s2], D(2016, 10, 18))
    e = make_event("b", "Battle", d, s1, "battle", None, Interval.day(dt.date(2016, 10, 17)), also=[(d, s2, "battle")])
    k = d.text.index("Monday")
    e = e.model_copy(update={"links": (Link(doc="d", expression=0, relation="on", text="Monday", start=k, end=k + 6),)})
    h = _hover(to_figure(Timeline(documents=(d,), events=(e,))), "b")
    assert "“The <i>battle</i> began on <b>Monday</b>, officers said on Monday evening.”" in h


def test_metadata_evidence_matches_no_event() -> None:
    s = "Fighters took the dam on Tuesday."
    d = make_doc("d", [s], D(2017, 5, 10))
    e = make_event("dam", "Dam taken", d, s, "Fighters", "Tuesday", Interval.day(dt.date(2017, 5, 9)))
    assert e.start == 0  # the trigger sits at offset 0, where a metadata evidence claims to be
    meta = Evidence(doc="d", text="2017-05-10", start=0, end=0, source="metadata")
    tl = Timeline(documents=(d,), events=(e,), findings=(Finding(severity="error", code="C", message="m",
                                                                evidence=(meta,)),))
    assert fl.lay_out(tl).glyphs[0].status == "ok"
    tl2 = tl.model_copy(update={"findings": (Finding(severity="error", code="C", message="m",
                                                     evidence=(meta, e.evidence[0])),)})
    assert fl.lay_out(tl2).glyphs[0].status == "error"


def test_legend_shows_each_status_once_on_a_solid_glyph(fig: Any) -> None:
    shown = [(tr.name, tr.type) for tr in fig.data if tr.showlegend is not False]
    names = [n for n, _ in shown]
    assert len(names) == len(set(names))
    err = [tr for tr in fig.data if tr.legendgroup == "error" and tr.showlegend is not False]
    assert len(err) == 1 and err[0].marker.color == "#D55E00"  # a solid glyph, not the light band


def test_labels_stay_inside_the_default_view() -> None:
    for t in (campaign(), synthetic(200)):
        lay = fl.lay_out(t)
        per_px = (lay.view[1] - lay.view[0]) / fl.PLOT_PX
        for g in lay.glyphs:
            if not g.label or g.x1 < lay.view[0] or g.x0 > lay.view[1]:
                continue
            text = per_px * (6.2 * min(len(g.label), fl.LABEL_CHARS) + 12)
            if g.label_at == "right":
                assert g.x1 + text <= lay.view[1] + per_px * 10, g.event.id
            elif g.label_at == "left":
                assert g.x0 - text >= lay.view[0] - per_px * 10, g.event.id
            else:  # inside a bar that runs past the left edge of the view
                assert g.x0 < lay.view[0] < g.x1, g.event.id
    where = {g.event.id: g.label_at for g in fl.lay_out(campaign()).glyphs}
    assert where["e-siege"] == "left" and where["e-rule"] == "inside"


def test_too_many_lanes_merge_into_other() -> None:
    lay = fl.lay_out(synthetic(300), "document")
    assert len(lay.lanes) == fl.MAX_LANES
    assert lay.lanes[-1].title == f"{300 - (fl.MAX_LANES - 1)} other documents"
    assert sum(lane.size for lane in lay.lanes) == 300
