"""A departure or arrival in the progressive is a plan (session 14).

"The carrier is leaving port on Monday", "a task force was being readied, with the carrier leaving
port on Monday": the day is ahead of the report.  A gerund after a preposition ("after leaving the
city on Monday"), a past progressive ("was leaving") and a result ("leaving 14 dead") are no plan.
Sentences of our own; the anchor is a Saturday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import _extract, _resolve
from timeline.model import Anchor

SAT = Anchor(value=dt.datetime(2021, 5, 15), source="metadata")  # a Saturday


def _value(text: str, span: str) -> str:
    found = _resolve.resolve(_extract.extract(text), SAT)
    return next(e.value for e in found if e.text == span)


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("The defence minister said a naval task force was being readied, with the flagship leaving port on Monday.",
         "Monday", "2021-05-17"),
        ("Officials said a relief convoy was being loaded, with the first lorries departing on Tuesday.",
         "Tuesday", "2021-05-18"),
        ("The hospital ship is leaving Naples on Wednesday for the disaster zone.", "Wednesday", "2021-05-19"),
        ("UN envoys are arriving in Juba on Thursday, a spokesman said.", "Thursday", "2021-05-20"),
        ("The evacuation flotilla is now sailing on Friday, the port authority said.", "Friday", "2021-05-21"),
        ("Engineers were sent ahead, with the main column setting off on Monday.", "Monday", "2021-05-17"),
        ("The peace envoy is also arriving in Kabul on Tuesday, diplomats said.", "Tuesday", "2021-05-18"),
    ],
)
def test_a_planned_departure_or_arrival_looks_ahead(text: str, span: str, want: str) -> None:
    assert _value(text, span) == want


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("After leaving the city on Monday, the envoy flew to Rome.", "Monday", "2021-05-10"),
        ("A car bomb exploded in the market, leaving 14 dead on Monday.", "Monday", "2021-05-10"),
        ("The ferry was leaving port on Tuesday when the storm hit.", "Tuesday", "2021-05-11"),
        ("Refugees crossed the river on Wednesday, with many arriving on foot.", "Wednesday", "2021-05-12"),
        ("The storm swept the coast, with the floods leaving thousands homeless on Thursday.", "Thursday",
         "2021-05-13"),
        ("Before departing on Friday, the delegation met the mayor.", "Friday", "2021-05-14"),
    ],
)
def test_no_plan_without_the_progressive(text: str, span: str, want: str) -> None:
    assert _value(text, span) == want
