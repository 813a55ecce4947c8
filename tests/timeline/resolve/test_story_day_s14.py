"""The story's day for bare clock times and for "the night" (session 14).

Three classes, on sentences of our own:

* a night told in the past on the report's own day (its dateline, or the weekday that is the
  report's day) is the night before the report, as when no day is named;
* the small hours after a late part of a day ("late on Monday", "Monday night", "at 10 p.m. on
  Monday") are the next day's;
* a day that dates a telling ("police said on Wednesday") is the report's, not the story's: a
  bare clock time after it takes the story's day named before it, when there is one.
"""

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
    ("text", "want"),
    [
        ("March 13 (Reuters) - Divers searched the flooded tunnels through the night, the coastguard said.",
         "2019-03-12TNI"),
        ("KATHMANDU, March 13 - Soldiers cleared rubble through the night after the quake.", "2019-03-12TNI"),
        ("Firefighters fought the blaze in the warehouse through the night, the fire service said on Wednesday.",
         "2019-03-12TNI"),
        ("Volunteers on Wednesday said they had dug through the night to reach the buried school.",
         "2019-03-12TNI"),
        ("MOGADISHU, 13 March - Gunmen held the hotel through the night before troops stormed it.",
         "2019-03-12TNI"),
        ("Wednesday, March 13 - Medics in the besieged town worked through the night as shells fell.",
         "2019-03-12TNI"),
        # another day of the story keeps its own night
        ("Troops shelled the ridge on Monday and kept up the barrage through the night.", "2019-03-11TNI"),
        ("The ferry sank on Tuesday. Coastguard boats searched through the night.", "2019-03-12TNI"),
    ],
)
def test_a_night_told_on_the_reports_day_is_the_night_before(text: str, want: str) -> None:
    assert _value(text, "the night") == want


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("The last hostages were freed late on Monday. Police left the building soon after midnight.",
         "midnight", "2019-03-12T00:00"),
        ("Rebels stormed the town on Monday night. At 3 a.m. the garrison surrendered.", "3 a.m.",
         "2019-03-12T03:00"),
        ("The storm made landfall on Sunday evening. The levee failed at 1:30 a.m., flooding the district.",
         "1:30 a.m.", "2019-03-11T01:30"),
        ("Militants seized the bank at 10 p.m. on Monday. Commandos went in at 4 a.m.", "4 a.m.",
         "2019-03-12T04:00"),
        ("The vote count ran late into Monday night. The result was announced at 2 a.m.", "2 a.m.",
         "2019-03-12T02:00"),
        ("The convoy set off late on Sunday and crossed the border at 5 a.m.", "5 a.m.", "2019-03-11T05:00"),
        # not after an afternoon, a morning or a whole day; not a clock of the evening
        ("Rebels attacked on Tuesday afternoon. The assault had begun at 2 a.m.", "2 a.m.", "2019-03-12T02:00"),
        ("Militants seized the bank at 3 p.m. on Monday. Commandos went in at 4 a.m.", "4 a.m.",
         "2019-03-11T04:00"),
        ("Gunmen attacked on Monday evening. The first shots were fired at 7 p.m.", "7 p.m.", "2019-03-11T19:00"),
        ("Gunmen attacked late on Monday. The first shots were fired at 9 p.m.", "9 p.m.", "2019-03-11T21:00"),
    ],
)
def test_the_small_hours_after_a_late_part_are_the_next_day(text: str, span: str, want: str) -> None:
    assert _value(text, span) == want


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        ("A landslide on Monday morning buried 12 homes, police said on Wednesday. The slope gave way at 6:40 a.m.",
         "6:40 a.m.", "2019-03-11T06:40"),
        ("Gunmen stormed the hotel on Tuesday evening, the ministry said on Wednesday. The siege ended at 11 p.m.",
         "11 p.m.", "2019-03-12T23:00"),
        ("The ferry capsized on Sunday, officials told reporters on Tuesday. It went down at about 4 p.m.",
         "4 p.m.", "2019-03-10T16:00"),
        ("The dam burst on Monday, the governor announced on Wednesday. Water reached the town at 9 a.m.",
         "9 a.m.", "2019-03-11T09:00"),
        ("A bomb hit the market on Tuesday, police confirmed on Wednesday. It exploded at 10:15 a.m.",
         "10:15 a.m.", "2019-03-12T10:15"),
        ("Rebels shelled the port on Monday, a spokesman said Tuesday. The first rounds fell at 5 p.m.",
         "5 p.m.", "2019-03-11T17:00"),
        # the telling's day is the only day within reach: it is taken, as before
        ("Officials said on Tuesday that the levee broke at 3 p.m.", "3 p.m.", "2019-03-12T15:00"),
        ("Police said on Monday a car bomb killed four people. It went off at 8 a.m.", "8 a.m.",
         "2019-03-11T08:00"),
    ],
)
def test_a_telling_day_is_not_the_storys(text: str, span: str, want: str) -> None:
    assert _value(text, span) == want


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officials said on Friday that the road was cut.", "Friday"),
        ("The envoy told reporters on Monday he would stay.", "Monday"),
        ("Police confirmed Tuesday that two men were held.", "Tuesday"),
    ],
)
def test_a_day_after_a_telling_verb_is_marked(text: str, span: str) -> None:
    found = next(e for e in _extract.extract(text) if e.text == span)
    assert found.spec is not None and found.spec.fields.get("told") is True


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rebels attacked on Friday, officials said.", "Friday"),
        ("The army said the town fell on Monday.", "Monday"),
        ("Talks resume on Tuesday in Geneva.", "Tuesday"),
    ],
)
def test_a_day_of_the_story_is_not_marked(text: str, span: str) -> None:
    found = next(e for e in _extract.extract(text) if e.text == span)
    assert found.spec is not None and "told" not in found.spec.fields
