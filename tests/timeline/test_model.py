"""The vocabulary: serialisation conventions and invariants stated in timeline/model.py."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from timeline.model import Anchor, Document, Expression, Interval, format_point


def test_day_points_serialise_as_dates_and_times_as_datetimes() -> None:
    assert format_point(dt.datetime(2016, 10, 29)) == "2016-10-29"
    assert format_point(dt.datetime(2016, 10, 29, 9, 40)) == "2016-10-29T09:40:00"
    assert format_point(None) is None


def test_interval_day_is_half_open_and_exact() -> None:
    iv = Interval.day(dt.date(2016, 10, 29))
    assert iv.start == (dt.datetime(2016, 10, 29), dt.datetime(2016, 10, 29))
    assert iv.end == (dt.datetime(2016, 10, 30), dt.datetime(2016, 10, 30))
    assert json.loads(iv.model_dump_json()) == {
        "start": ["2016-10-29", "2016-10-29"],
        "end": ["2016-10-30", "2016-10-30"],
        "grain": "day",
    }


def test_unbounded_ends_serialise_as_null() -> None:
    iv = Interval(start=(dt.datetime(2014, 6, 1), None))
    assert iv.model_dump(mode="json")["start"] == ["2014-06-01", None]
    assert iv.model_dump(mode="json")["end"] == [None, None]


def test_models_are_frozen_and_reject_unknown_fields() -> None:
    e = Expression(text="Saturday", start=0, end=8, type="DATE")
    with pytest.raises(ValidationError):
        e.text = "Sunday"
    with pytest.raises(ValidationError):
        Expression(text="x", start=0, end=1, type="DATE", colour="red")
    with pytest.raises(ValidationError):
        Expression(text="x", start=0, end=1, type="WHEN")


def test_anchor_and_document_defaults() -> None:
    d = Document(id="a", text="t")
    assert d.anchor == Anchor()
    assert d.anchor.source == "none" and d.anchor.value is None
    dumped = json.loads(Anchor(value=dt.datetime(2016, 10, 25), source="dateline").model_dump_json())
    assert dumped["value"] == "2016-10-25"
