"""The date beside a clock time's weekday takes the time's year, so the two name one day (x7r)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline._extract import extract
from timeline._resolve import resolve
from timeline.model import Anchor


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        # a report of the past: the time is last August; its parenthesised date, without a tense of
        # its own, would be placed nearest the anchor (this coming August) if left alone
        ("Militiamen shelled the market at 10 p.m. on Sunday (Aug. 19), residents said.", "Aug. 19", "2018-08-19"),
        ("The hostages were freed at noon on Saturday (July 28) in Sabha.", "July 28", "2018-07-28"),
        ("Polls closed at 8 p.m. on Saturday, 28 July, in Sabha.", "28 July", "2018-07-28"),
        # a time still to come keeps its date ahead
        ("The border post reopens at 6 a.m. on Monday (Aug. 19), officials say.", "Aug. 19", "2019-08-19"),
    ],
)
def test_the_date_beside_a_time_takes_its_year(text: str, date: str, want: str) -> None:
    anchor = Anchor(value=dt.datetime(2019, 3, 13), source="metadata")
    out = resolve(extract(text), anchor)
    values = {e.text: e.value for e in out}
    assert values[date] == want
    times = [e.value for e in out if e.type == "TIME"]
    assert times and times[0][:10] == want
