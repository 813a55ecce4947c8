"""One act a place sees once, told by two articles with two dates, is one event (and a disagreement).

"The evacuation of X, which began on Feb. 25" presupposes the one evacuation of X the corpus tells; when
another article dates that evacuation on another day, the reasoning stage must be able to say that the
two articles disagree, so the events stage joins them (:func:`timeline._events._twice.merge_presupposed`).
Acts one town sees many of (shelling), indefinite or "second" ones, other actors, other targets, two
candidates, a taking back and tellings two months apart stay apart.

Dispatches of our own (Mali, Syria, Yemen), through the whole pipeline.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline.model import Event, Timeline

_MALI = "2019-03-05", ("MOPTI, March 5 (Sahel Wire) - Malian troops began evacuating the garrison town of Tessit "
                       "on Monday (March 4), the defence ministry said.")
_SYRIA = "2021-05-04", ("HAMA, May 4 (Orontes Wire) - Government troops began pulling back from the town of Rastan "
                        "on Monday (May 3), a monitoring group said.")
_CAPTURE = "2019-03-05", ("IDLIB, March 5 (Orontes Wire) - Rebel fighters captured the hill town of Kafr Halab on "
                          "Sunday (March 3), a monitoring group said.")


def _corpus(tmp_path: Path, first: tuple[str, str], second: tuple[str, str], *more: tuple[str, str]) -> Timeline:
    """The dispatches as a corpus: ``a``, ``b`` (, ``c`` ...) and a bystander ``z`` about the weather."""
    docs = [(chr(ord("a") + k), p, t) for k, (p, t) in enumerate((first, second, *more))]
    docs.append(("z", second[0], "BAMAKO - Heavy rain flooded several districts of the capital on Monday."))
    return _build(tmp_path, docs)


def _with(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs)]


def _disagree_naming(tl: Timeline, *docs: str) -> None:
    errors = [f for f in tl.findings if f.severity == "error"]
    assert [f.code for f in errors] == ["documents-disagree"], [(f.code, f.message) for f in errors]
    named = {x.doc for x in errors[0].evidence}
    assert set(docs) <= named and "z" not in named


def _apart(tl: Timeline, *docs: str) -> None:
    """No event joins the two dispatches, each has one of its own, and nothing is an error."""
    assert not _with(tl, *docs)
    for doc in docs:
        assert _with(tl, doc), doc
    assert _errors(tl) == []


# -- one act, two dates: one event, and the reasoning names both articles ---------------------------------------
def test_the_evacuation_of_a_town_begun_on_another_day(tmp_path: Path) -> None:
    tl = _corpus(tmp_path, _MALI, ("2019-03-12", (
        "GAO - The evacuation of Tessit, which began on Feb. 25, left the road to the border unguarded, officers "
        "said on Monday.")))
    [ev] = _with(tl, "a", "b")
    assert ev.target == "Tessit"
    _disagree_naming(tl, "a", "b")


def test_the_capture_of_a_town_on_another_day(tmp_path: Path) -> None:
    tl = _corpus(tmp_path, _CAPTURE, ("2019-03-12", (
        "ANTAKYA - The capture of Kafr Halab on Feb. 24 cut the northern supply road, commanders said on Monday.")))
    [ev] = _with(tl, "a", "b")
    assert ev.actors[0] == "rebels"
    _disagree_naming(tl, "a", "b")


def test_an_actor_s_withdrawal_begun_on_another_day(tmp_path: Path) -> None:
    # "The army's withdrawal": owned, not "the"; the army and "government troops" are one actor
    tl = _corpus(tmp_path, _SYRIA, ("2021-05-11", (
        "BEIRUT - The army's withdrawal from Rastan, which began on April 26, left the road to the coast open, "
        "a commander said on Monday.")))
    assert _with(tl, "a", "b")
    _disagree_naming(tl, "a", "b")


_DISTRICT = "2018-04-04", ("DAMASCUS, April 4 (Euphrates Wire) - Rebel fighters began withdrawing from the Jobar "
                           "district of Damascus on Tuesday (April 3), a spokesman said.")


def test_the_withdrawal_from_a_district_of_a_city(tmp_path: Path) -> None:
    # the other article names the city around the district too: the district is what it tells
    tl = _corpus(tmp_path, _DISTRICT, ("2018-04-10", (
        "BEIRUT - The withdrawal from Jobar, which began on March 27, surprised residents, a local council said "
        "on Monday.")))
    assert _with(tl, "a", "b")
    _disagree_naming(tl, "a", "b")


def test_the_withdrawal_from_the_city_is_not_that_from_one_district(tmp_path: Path) -> None:
    tl = _corpus(tmp_path, _DISTRICT, ("2018-04-10", (
        "BEIRUT - The withdrawal from Damascus, which began on March 27, surprised residents, a local council "
        "said on Monday.")))
    assert not _with(tl, "a", "b")
    assert _errors(tl) == []


def test_a_day_s_surrender_told_on_another_day(tmp_path: Path) -> None:
    # published on Tuesday, June 18: "Saturday's surrender" is June 15, the other article says June 10
    tl = _corpus(tmp_path, ("2019-06-11", (
        "ADEN, June 11 (Gulf Wire) - Tribal fighters surrendered the town of Zinjibar to the army on Monday "
        "(June 10), officials said.")), ("2019-06-18", (
            "RIYADH - Saturday's surrender of Zinjibar ended a week-long standoff, a spokesman said on Tuesday.")))
    assert _with(tl, "a", "b")
    _disagree_naming(tl, "a", "b")


def test_a_definite_noun_whose_month_holds_the_day_is_one_event_and_no_error(tmp_path: Path) -> None:
    # a month is too loose for the streaming merge; the one evacuation of Tessit it is, and consistent
    tl = _corpus(tmp_path, _MALI, ("2019-04-02", (
        "GAO - The evacuation of Tessit, which began in March, left the road to the border unguarded, officers "
        "said on Monday.")))
    [ev] = _with(tl, "a", "b")
    assert ev.interval is not None and ev.interval.start[0] is not None
    assert ev.interval.start[0].date() == dt.date(2019, 3, 4)
    assert _errors(tl) == []


# -- what stays apart -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("first", "second"), [
    ("Heavy shelling hit the hill town of Talbiseh on Monday (May 3), killing four civilians, a monitoring group said.",
     "The shelling of Talbiseh on June 2 destroyed the town's only bakery, residents said on Monday."),
    ("Rebel fighters attacked the hill town of Talbiseh on Monday (May 3), a monitoring group said.",
     "The attack on Talbiseh on June 2 destroyed the town's only bakery, residents said on Monday."),
], ids=["shelling", "attack"])
def test_two_shellings_or_attacks_of_a_town_a_month_apart_are_two_events(tmp_path: Path, first: str,
                                                                         second: str) -> None:
    # a town is shelled and attacked again and again: "the shelling of Talbiseh" need not be the one
    # another article told a month before
    tl = _corpus(tmp_path, ("2021-05-04", f"HOMS, May 4 (Orontes Wire) - {first}"),
                 ("2021-06-08", f"BEIRUT - {second}"))
    _apart(tl, "a", "b")


@pytest.mark.parametrize("telling", [
    "A withdrawal from Rastan began on April 26, a commander said on Monday.",  # indefinite: any withdrawal
    "The second withdrawal from Rastan, which began on April 26, left the road open, a commander said on Monday.",
    "The final withdrawal from Rastan, which began on April 26, left the road open, a commander said on Monday.",
    "The withdrawal from Rastan, which began again on April 26, left the road open, a commander said on Monday.",
    "The rebels' withdrawal from Rastan, which began on April 26, left the road open, a commander said on Monday.",
    "The withdrawal from Rastan, which began on Feb. 20, left the road open, a commander said on Monday.",  # 72 days
], ids=["indefinite", "second", "final", "again", "other-actor", "two-months-apart"])
def test_what_is_not_the_one_withdrawal_stays_apart(tmp_path: Path, telling: str) -> None:
    tl = _corpus(tmp_path, _SYRIA, ("2021-05-11", f"BEIRUT - {telling}"))
    _apart(tl, "a", "b")


def test_a_definite_noun_that_refers_back_within_its_article_stays_apart(tmp_path: Path) -> None:
    # "The withdrawal from Rastan" here is the one its own article just told (April 26), not the corpus's
    tl = _corpus(tmp_path, _SYRIA, ("2021-05-11", (
        "BEIRUT - Government soldiers began withdrawing from Rastan on April 26, a commander said on Monday. The "
        "withdrawal from Rastan left the road to the coast open.")))
    _apart(tl, "a", "b")


def test_a_day_that_is_not_the_noun_s_own_does_not_join(tmp_path: Path) -> None:
    # the day is the celebration's, not the capture's
    tl = _corpus(tmp_path, _CAPTURE, ("2019-03-12", (
        "ANTAKYA - The capture of Kafr Halab was celebrated in the streets of Idlib on Sunday (March 10), "
        "residents said.")))
    assert not _with(tl, "a", "b")
    assert _errors(tl) == []


def test_a_definite_noun_with_two_candidates_stays_apart(tmp_path: Path) -> None:
    # two withdrawals from Rastan within the window: which one "the withdrawal" means, nobody can say
    tl = _corpus(tmp_path, _SYRIA, ("2021-05-20", (
        "HAMA, May 20 (Orontes Wire) - Rebel fighters began pulling back from the town of Rastan on Wednesday "
        "(May 19), a monitoring group said.")), ("2021-05-25", (
            "BEIRUT - The withdrawal from Rastan, which began on April 26, left the road open, a commander said "
            "on Monday.")))
    assert not _with(tl, "a", "c") and not _with(tl, "b", "c")
    assert _errors(tl) == []


def test_the_evacuation_of_two_towns_is_not_that_of_one(tmp_path: Path) -> None:
    tl = _corpus(tmp_path, _MALI, ("2019-03-12", (
        "GAO - The evacuation of Tessit and Anefis, which began on Feb. 25, left the road to the border "
        "unguarded, officers said on Monday.")))
    _apart(tl, "a", "b")


@pytest.mark.parametrize("noun", ["recapture", "liberation"])
def test_a_taking_back_is_not_the_capture_it_undoes(tmp_path: Path, noun: str) -> None:
    tl = _corpus(tmp_path, _CAPTURE, ("2019-03-12", (
        f"ANTAKYA - The {noun} of Kafr Halab on Feb. 24 cut the northern supply road, commanders said on "
        "Monday.")))
    _apart(tl, "a", "b")


def test_a_withdrawal_done_by_a_day_and_one_begun_earlier_do_not_disagree(tmp_path: Path) -> None:
    # "withdrew from Rastan on Monday" may be the day it ended; "which began on April 26" tells its start:
    # the two tell different points of a withdrawal that takes days, no contradiction to report
    tl = _corpus(tmp_path, ("2021-05-04", (
        "HOMS, May 4 (Orontes Wire) - Rebel fighters withdrew from the town of Rastan on Monday (May 3), a "
        "monitoring group said.")), ("2021-05-11", (
            "BEIRUT - The withdrawal from Rastan, which began on April 26, left the road open, a commander said "
            "on Monday.")))
    assert _errors(tl) == []


def test_a_withdrawal_begun_on_two_days_is_one_and_a_disagreement(tmp_path: Path) -> None:
    # the same start told two ways: "began pulling back on Monday (May 3)" and "which began on April 26"
    tl = _corpus(tmp_path, _SYRIA, ("2021-05-11", (
        "BEIRUT - The withdrawal from Rastan, which began on April 26, left the road open, a commander said on "
        "Monday.")))
    assert _with(tl, "a", "b")
    _disagree_naming(tl, "a", "b")
