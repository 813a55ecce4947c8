"""A report that an event "had begun" by the day it was said does not contradict an hour given elsewhere.

"includes" (the report's day lies within the event) asked the event to start by the day's first minute;
an event known to the hour ("began at dawn on Tuesday") then "disagreed" with a report of that Tuesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.model import Document


def _errors(*docs: tuple[str, str]) -> list[str]:
    built = timeline.build([Document(id=f"d{i}", text=text, published=dt.datetime.fromisoformat(day))
                            for i, (day, text) in enumerate(docs)])
    return [f.code for f in built.findings if f.severity == "error"]


@pytest.mark.parametrize(("said", "hour"), [
    ("Army commanders told reporters on Tuesday that the battle for Dorva had started.",
     "The battle for Dorva began at dawn on Tuesday with a barrage of artillery fire, residents said."),
    ("The rebels said on Friday that their offensive on Keltan had begun.",
     "The rebel offensive on Keltan began at 4 a.m. on Friday, witnesses said."),
])
def test_begun_by_the_day_fits_an_hour_of_that_day(said: str, hour: str) -> None:
    day = "2019-04-09" if "Tuesday" in said else "2019-04-12"
    assert _errors((day, said), (day, hour)) == []


def test_begun_by_the_day_still_disagrees_with_a_later_day() -> None:
    said = "Army commanders told reporters on Tuesday that the battle for Dorva had started."
    later = "The battle for Dorva began at dawn on Thursday with a barrage of artillery fire, residents said."
    assert _errors(("2019-04-09", said), ("2019-04-12", later)) != []
