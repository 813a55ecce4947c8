"""A clock time's weekday with a full date beside it ("2 a.m. on Wednesday (Aug. 21, 2013)"): the date's
own year dates the time, so a weekday that fits that date raises no error (x7r review)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import timeline


def _build(tmp_path: Path, text: str) -> timeline.Timeline:
    path = tmp_path / "doc.jsonl"
    path.write_text(json.dumps({"id": "d1", "published": "2019-05-20", "text": text}) + "\n", encoding="utf-8")
    return timeline.build([path])


@pytest.mark.parametrize(("text", "want"), [
    ("Looking back, the shells hit the suburb at 2 a.m. on Wednesday (Aug. 21, 2013), doctors said.",
     "2013-08-21T02:00"),
    ("Polls closed at 8 p.m. on Sunday, 7 June 2015, across the south-east.", "2015-06-07T20:00"),
])
def test_the_year_beside_the_time_dates_it(tmp_path: Path, text: str, want: str) -> None:
    tl = _build(tmp_path, text)
    assert [f.code for f in tl.findings if f.severity == "error"] == []
    assert want in [e.value for d in tl.documents for e in d.expressions if e.type == "TIME"]


def test_a_weekday_that_does_not_fit_the_dated_year(tmp_path: Path) -> None:
    tl = _build(tmp_path, "The shells hit the suburb at 2 a.m. on Thursday (Aug. 21, 2013), doctors said.")
    assert "weekday-mismatch" in [f.code for f in tl.findings if f.severity == "error"]
