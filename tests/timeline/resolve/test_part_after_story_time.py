"""A part of the day told after a later time of the story's day is the next day's (x7r review)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import _extract, _resolve
from timeline.model import Anchor

WED = Anchor(value=dt.datetime(2019, 3, 13), source="metadata")  # a Wednesday


def _value(text: str, span: str) -> str:
    found = _resolve.resolve(_extract.extract(text), WED)
    return next(e.value for e in found if e.text == span)


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        # after a night, an evening or a late clock time, "by morning" is the next morning
        ("Mortars fell on the camp all through Sunday night. By morning six tents had burned.", "morning",
         "2019-03-11TMO"),
        ("Militants seized the bank at 10 p.m. on Friday. By morning the army had surrounded it.", "morning",
         "2019-03-09TMO"),
        ("The barges left Basra on Monday evening, and by morning they had reached Fao.", "morning",
         "2019-03-12TMO"),
        # an earlier time of the day keeps the day
        ("Militants seized the bank at 3 a.m. on Friday. By morning the army had surrounded it.", "morning",
         "2019-03-08TMO"),
        ("The barges left Basra on Monday morning, and by evening they had reached Fao.", "evening",
         "2019-03-11TEV"),
        ("The barges left Basra on 4 March, and by evening they had reached Fao.", "evening", "2019-03-04TEV"),
    ],
)
def test_a_part_of_the_day_after_the_story_time(text: str, span: str, want: str) -> None:
    assert _value(text, span) == want


def test_a_part_not_reached_by_keeps_the_day() -> None:
    # "in the morning" after an afternoon may tell what had happened before it: the same day
    text = "Police fired tear gas in Harare on Tuesday afternoon. In the morning, crowds had gathered peacefully."
    assert _value(text, "the morning") == "2019-03-12TMO"
