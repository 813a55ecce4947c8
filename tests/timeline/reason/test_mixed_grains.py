"""A day-grain event related to a fine one (a part of day): the day stands for any minute of it.

"Rebels entered the town on Sunday after troops withdrew in the morning" is consistent, though Sunday's
midnight (how a day-grain start is read) comes before the morning; it used to be an ``inconsistent-dates``
error.  Relations that no minute of the days can satisfy are still errors.  Every sentence our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.model import Document

PUBLISHED = dt.datetime(2021, 8, 16)  # a Monday


def errors(text: str) -> list[str]:
    tl = timeline.build([Document(id="a", text=text, published=PUBLISHED)])
    return [f.code for f in tl.findings if f.severity == "error"]


@pytest.mark.parametrize("text", [
    "Rebel fighters entered the town on Sunday after government troops withdrew in the morning.",
    "Rebels entered Tikrit on Sunday after the army pulled out in the morning.",
    "The army shelled the district on Friday, hours after rebels attacked a checkpoint in the morning.",
    "Militants stormed the prison on Saturday, after guards abandoned their posts in the afternoon.",
    "Police arrested the suspect on Thursday, hours after the bombing in the evening.",
    "The convoy left the city on Sunday evening after the ceasefire took effect on Sunday.",
    "Protesters occupied the square on Friday night, after police withdrew on Friday.",
])
def test_a_day_and_a_part_of_that_day_fit(text: str) -> None:
    assert errors(text) == []


@pytest.mark.parametrize("text", [
    "Rebels entered Tikrit on Sunday morning after the army pulled out on Monday.",
    "The army shelled the district on Friday night, two days after rebels attacked a checkpoint on Saturday.",
    "Police arrested the suspect on Thursday morning, a day after bombers attacked the market on Friday.",
])
def test_days_no_minute_can_fit_are_still_an_error(text: str) -> None:
    assert "inconsistent-dates" in errors(text)
