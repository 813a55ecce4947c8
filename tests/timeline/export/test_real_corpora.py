"""The bundled example corpus and the shared Mosul seeds, built by the real pipeline, all go on the chart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import timeline
from timeline._export import _figure_layout as fl
from timeline._export._figure import build_figure
from timeline._export._figure_text import esc, interval_words
from timeline._export._page import render_page

ROOT = Path(__file__).resolve().parents[3]
CORPORA = [ROOT / "examples" / "corpus", ROOT.parent / "shared" / "corpus" / "mosul-seeds.jsonl"]


@pytest.mark.parametrize("path", CORPORA, ids=["examples", "mosul-seeds"])
def test_every_event_is_drawn_with_its_words(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} is not here")
    tl = timeline.build([str(path)])
    lay = fl.lay_out(tl)
    fig = build_figure(tl, lay, title=False)
    drawn = {cd[0] for tr in fig.data for cd in tr.customdata}
    reported = {d.id for d in tl.documents if fl.report_date(d) is not None}
    placeable = {e.id for e in tl.events
                 if any(p is not None for p in (*e.interval.start, *e.interval.end)) or set(fl.event_docs(e)) & reported}
    assert drawn == placeable
    assert {e.id for e in lay.undated} == {e.id for e in tl.events} - placeable
    hovers = {cd[0]: h for tr in fig.data for cd, h in zip(tr.customdata, tr.hovertext, strict=True)}
    for e in tl.events:
        if e.id in drawn:
            assert esc(interval_words(e.interval)) in hovers[e.id]
            assert "“" in hovers[e.id] or not e.sentence
    page = render_page(tl, lay, fig, plotlyjs=False)
    codes = re.findall(r'<li class="finding" id="finding-\d+" data-severity="\w+" data-code="([^"]+)"', page)
    assert codes == [esc(f.code) for f in tl.findings]
