"""Session 6 (E5): a battle told only as a past week's news ("last week's battle for X") is the one capture of
X another article dates inside that week (:mod:`._known_battles`); with two captures, a capture outside the
week, or a battle counted as going on, it stays a campaign of its own.  Dispatches of our own."""

from __future__ import annotations

from pathlib import Path

from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline.model import Timeline

_TAKEN = ("a", "2018-05-12", "BARQA, May 12 (Coast Wire) - Government troops captured Qasr Amin, the last town on "
                             "the road to the coast, on Friday after a three-hour gunfight with rebel units, the army "
                             "said.")
_PAUSE = ("The army halted its advance on Friday for two days, officials said. The pause follows two weeks of "
          "operations that included last week's battle for Qasr Amin.")


def _captures(tl: Timeline) -> list[tuple[str, ...]]:
    return [e.docs for e in tl.events if e.type == "capture"]


def test_last_weeks_battle_for_a_town_is_the_capture_dated_in_that_week(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_TAKEN, ("b", "2018-05-19", _PAUSE)])
    assert _captures(tl) == [("a", "b")]
    assert not [e for e in tl.events if e.type == "campaign" and e.place == "Qasr Amin"]
    assert not _errors(tl)


def test_a_battle_of_another_week_stays_a_campaign(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_TAKEN, ("b", "2018-05-26", _PAUSE)])
    assert _captures(tl) == [("a",)]


def test_a_battle_with_two_captures_in_its_week_stays_a_campaign(tmp_path: Path) -> None:
    other = ("c", "2018-05-09", "Rebel units captured Qasr Amin on Tuesday, a spokesman for the rebels said.")
    tl = _build(tmp_path, [_TAKEN, other, ("b", "2018-05-19", _PAUSE)])
    assert all("b" not in docs for docs in _captures(tl))


def test_a_battle_counted_as_going_on_stays_a_campaign(tmp_path: Path) -> None:
    counted = ("c", "2018-05-10", "The battle for Qasr Amin, now in its second week, has emptied the town, aid "
                                  "workers said on Thursday.")
    tl = _build(tmp_path, [_TAKEN, counted, ("b", "2018-05-19", _PAUSE)])
    assert all("b" not in docs for docs in _captures(tl))
