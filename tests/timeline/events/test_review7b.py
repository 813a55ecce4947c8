"""Review r7b of the cross-document truce join (session 7): a length-named truce joins the one such truce of
another article only while the two tellings can be one truce, on our own dispatches (Niger, Somalia, Chad):

- a 72-hour truce four weeks later is another 72-hour truce, not the same one told with another day;
- a "72-hour truce" told from another capital, naming no place, is not the 72-hour truce named in Niger;
- "the two-week-old ceasefire" names its age, not its length;
- and the joins that must stay: "the three-day ceasefire" is the 72-hour one, told on one day or on two.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline._events._truce_words import truce_modifier
from timeline.model import Event, Timeline

_NIAMEY = ("a", "2029-03-03", "NIAMEY - A 72-hour ceasefire between Niger's army and the Air rebels took effect at "
                              "noon on Friday (March 2), the Chadian mediators said.")


def _joined(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs) and e.type == "ceasefire"]


def _later(published: str, text: str) -> tuple[str, str, str]:
    return ("b", published, text)


def test_a_72_hour_truce_four_weeks_later_is_another_truce(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_NIAMEY, _later("2029-04-02", "N'DJAMENA - The 72-hour ceasefire in Niger, which took "
                                                         "effect on March 30, was broken within hours, the "
                                                         "mediators said on Monday.")])
    assert not _joined(tl, "a", "b")
    assert not _errors(tl)


def test_a_72_hour_truce_told_with_a_day_off_inside_its_length_is_one_that_the_articles_disagree_on(
        tmp_path: Path) -> None:
    tl = _build(tmp_path, [_NIAMEY, _later("2029-03-05", "N'DJAMENA - The 72-hour ceasefire in Niger, which took "
                                                         "effect on March 1, was broken within hours, the "
                                                         "mediators said on Monday.")])
    assert len(_joined(tl, "a", "b")) == 1
    assert "documents-disagree" in _errors(tl)


def test_a_truce_told_from_another_capital_naming_no_place_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_NIAMEY, _later("2029-03-06", "MOGADISHU - The 72-hour truce, which took effect on "
                                                         "March 4, was largely holding, clan elders said on "
                                                         "Tuesday.")])
    assert not _joined(tl, "a", "b")
    assert not _errors(tl)


def test_the_age_of_a_truce_is_not_its_length() -> None:
    assert truce_modifier("the two-week-old") is None
    assert truce_modifier("the 10-day-old") is None
    assert truce_modifier("the two-week") == "336h"


def test_a_two_week_old_truce_is_not_the_two_week_truce(tmp_path: Path) -> None:
    first = ("a", "2029-03-03", "NIAMEY - A two-week ceasefire between Niger's army and the Air rebels took effect "
                                "at noon on Friday (March 2), the Chadian mediators said.")
    tl = _build(tmp_path, [first, _later("2029-03-20", "N'DJAMENA - The two-week-old ceasefire in Niger, which "
                                                       "took effect on March 6, was broken within hours, the "
                                                       "mediators said on Tuesday.")])
    assert "documents-disagree" not in _errors(tl)


def test_a_three_day_truce_is_the_72_hour_one(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_NIAMEY, _later("2029-03-04", "N'DJAMENA - The three-day ceasefire in Niger, which took "
                                                         "effect on March 2, was holding, the mediators said on "
                                                         "Sunday.")])
    assert len(_joined(tl, "a", "b")) == 1
    assert not _errors(tl)


def test_a_72_hour_truce_that_follows_one_that_expired_is_another_truce(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_NIAMEY, _later("2029-03-08", "N'DJAMENA - The 72-hour ceasefire in Niger, which took "
                                                         "effect on March 5 when the first one expired, has been "
                                                         "broken, the mediators said on Thursday.")])
    assert not _joined(tl, "a", "b")
    assert not _errors(tl)


def test_orthodox_christmas_is_another_occasion_than_christmas() -> None:
    assert truce_modifier("the Orthodox Christmas") == "Orthodox Christmas"
    assert truce_modifier("a Christmas") == "Christmas"
    assert truce_modifier("the Orthodox Easter") != truce_modifier("the Easter")


# -- talks at one venue on one day between two other pairs of parties are two meetings -----------------------------
def _talks(doc: str, published: str, parties: str, day: str) -> tuple[str, str, str]:
    return (doc, published, f"OSLO - Talks between {parties} collapsed on {day}, a Norwegian envoy said.")


def test_talks_between_other_parties_that_share_one_are_two_meetings(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_talks("m", "2029-03-04", "the Tuareg rebels and Niger", "Saturday"),
                           _talks("n", "2029-03-05", "the Tuareg rebels and Chad", "Saturday (March 3)")])
    assert not [e for e in tl.events if {"m", "n"} <= set(e.docs)]


def test_talks_between_the_same_parties_named_in_another_order_are_one_meeting(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_talks("m", "2029-03-04", "the Tuareg rebels and Niger", "Saturday"),
                           _talks("n", "2029-03-05", "Niger and the Tuareg rebels", "Saturday (March 3)")])
    assert [e for e in tl.events if {"m", "n"} <= set(e.docs) and e.type == "meeting"]


@pytest.mark.parametrize("text", ["NEAR KYIV - Talks between the two delegations opened on Monday.",
                                  "OUTSIDE BAKHMUT, Ukraine - Talks on a prisoner swap opened on Monday."])
def test_a_dateline_near_a_town_names_no_meeting_place(text: str) -> None:
    from timeline._events._aliases import load_table
    from timeline._events._meetings import dateline_places
    from timeline._events._mentions import find_mentions

    assert dateline_places(find_mentions("d", text, load_table(), None)) == []
