"""Session 8: one act told by two articles with two words (``timeline._events._one_act``).

An entry into a town and its capture by the same actor on the same day are one event; a ceasefire agreed on
day D and one taking effect on D or D+1 are one truce; "detained X in a raid on D" is one detention, and the
same person detained that day in another article is that detention.  Other towns, actors, days, people, or a
second candidate, and they stay apart.  Real pipeline, dispatches of our own (2024: March 1 is a Friday).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline.model import Event, Timeline


def _joint(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs)]


def _day(e: Event) -> str:
    return str(e.interval.start[0])[:10]


# --- an entry that is a capture ------------------------------------------------------------------------------

@pytest.mark.parametrize(("entered", "took"), [
    ("Iraqi troops entered Tal Afar on Friday after a week of fighting.",
     "Iraqi troops recaptured Tal Afar on Friday, the defence ministry said on Monday."),
    ("Kurdish fighters entered Manbij on Friday, a monitoring group said.",
     "Residents cheered as Kurdish fighters captured Manbij on Friday."),
    ("Syrian army units entered Palmyra on Friday as the jihadists pulled back.",
     "Syrian army units, which seized Palmyra on Friday, began clearing mines."),
])
def test_entered_and_captured_the_same_day_are_one(tmp_path: Path, entered: str, took: str) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", entered), ("b", "2024-03-04", took)])
    got = _joint(tl, "a", "b")
    assert len(got) == 1 and _day(got[0]) == "2024-03-01", [(e.label, e.docs) for e in tl.events]
    assert not _errors(tl)


def test_entered_one_town_and_captured_another_stay_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", "Iraqi troops entered Tal Afar on Friday after a week of fighting."),
                           ("b", "2024-03-04", "Iraqi troops recaptured Hawija on Friday, the ministry said.")])
    assert not _joint(tl, "a", "b")


def test_entered_and_captured_days_apart_stay_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", "Iraqi troops entered Tal Afar on Friday after a week of fighting."),
                           ("b", "2024-03-06", "Iraqi troops recaptured Tal Afar on Tuesday, the ministry said.")])
    assert not _joint(tl, "a", "b")


def test_entered_by_one_side_captured_by_another_stay_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", "Turkish troops entered Afrin on Friday after a week of fighting."),
                           ("b", "2024-03-04", "Kurdish fighters recaptured Afrin on Friday, the group said.")])
    assert not _joint(tl, "a", "b")


# --- a truce agreed and in force -----------------------------------------------------------------------------

@pytest.mark.parametrize(("agreed", "began"), [
    ("Israel and Hamas agreed a truce on Thursday night after weeks of talks.",
     "The Qatari-mediated truce, which came into force on Friday, has largely held."),
    ("Sudan's army and the RSF signed a ceasefire on Thursday night in Jeddah.",
     "The Saudi-brokered ceasefire that took effect on Friday has so far held."),
    ("Georgia and the separatists agreed a ceasefire on Thursday.",
     "The ceasefire, which began on Thursday, was holding, monitors said."),
    ("Ethiopia and the TPLF agreed a truce on Thursday night to end two years of war.",
     "A truce that took effect on Friday was still holding a week later."),
    ("Colombia and the ELN signed a ceasefire on Thursday night in Havana.",
     "The ceasefire that took effect on Friday was broken within hours, the army said."),
    pytest.param("Israel and Hamas agreed a truce late on Thursday after weeks of talks.",
                 "The truce, which came into force on Friday, has largely held.",
                 marks=pytest.mark.xfail(reason="'agreed ... late on Thursday' links the truce 'on' Thursday (ends by "
                                         "midnight), so a Friday start disagrees: the link should bound the truce's "
                                         "start (asked of the link helper); kept apart meanwhile", strict=True)),
])
def test_a_truce_agreed_and_one_in_force_the_next_day_are_one(tmp_path: Path, agreed: str, began: str) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", agreed), ("b", "2024-03-03", began)])
    got = [e for e in _joint(tl, "a", "b") if e.type == "ceasefire"]
    assert len(got) == 1, [(e.label, e.docs) for e in tl.events]
    assert _day(got[0]) in ("2024-02-29", "2024-03-01")
    assert not _errors(tl)


def test_a_truce_in_force_three_days_later_is_another(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", "The warring parties reached a ceasefire on Thursday."),
                           ("b", "2024-03-04", "A ceasefire took effect on Sunday, officials said.")])
    assert not [e for e in _joint(tl, "a", "b") if e.type == "ceasefire"]


def test_a_new_truce_the_next_day_is_another(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", "The warring parties reached a ceasefire on Thursday."),
                           ("b", "2024-03-03", "A new ceasefire took effect on Friday after the first one "
                                               "collapsed within hours.")])
    assert not [e for e in _joint(tl, "a", "b") if e.type == "ceasefire"]


def test_two_truces_in_force_leave_the_agreed_one_alone(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", "The warring parties reached a ceasefire on Thursday."),
                           ("b", "2024-03-03", "A ceasefire took effect in Sennar on Friday, elders said."),
                           ("c", "2024-03-03", "A ceasefire took effect in Kassala on Friday, officials said.")])
    assert not [e for e in _joint(tl, "a", "b") + _joint(tl, "a", "c") if e.type == "ceasefire"]


# --- an act done in a raid; one person detained ---------------------------------------------------------------

@pytest.mark.parametrize(("raid", "later"), [
    ("Police detained the opposition leader in a dawn raid on Friday.",
     "The leader, who was detained on Friday, appeared in court."),
    ("Security forces arrested the editor during a raid on Friday.",
     "The editor was arrested on Friday, his lawyer said on Sunday."),
    pytest.param("Security forces arrested the editor during an overnight raid on Friday.",
                 "The editor was arrested on Friday, his lawyer said on Sunday.",
                 marks=pytest.mark.xfail(reason="'an overnight raid on Friday' resolves to Thursday evening "
                                         "(18:00-22:00), so the days differ (time resolution, not the merge)",
                                         strict=True)),
    ("Soldiers detained the governor in a raid on his home on Friday.",
     "Soldiers detained the governor on Friday, his party said."),
])
def test_a_detention_in_a_raid_and_its_retelling_are_one(tmp_path: Path, raid: str, later: str) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", raid), ("b", "2024-03-03", later)])
    got = _joint(tl, "a", "b")
    assert len(got) == 1 and _day(got[0]) == "2024-03-01", [(e.label, e.docs) for e in tl.events]
    assert not _errors(tl)


def test_another_person_detained_that_day_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", "Police detained the opposition leader in a dawn raid on Friday."),
                           ("b", "2024-03-03", "The journalist, who was detained on Friday, appeared in court.")])
    assert not _joint(tl, "a", "b")


def test_the_same_person_detained_another_day_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", "Police detained the opposition leader in a dawn raid on Friday."),
                           ("b", "2024-03-06", "The leader, who was detained on Tuesday, appeared in court.")])
    assert not _joint(tl, "a", "b")


def test_a_raid_with_a_verb_of_its_own_day_stays_its_own(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", "Police detained the editor on Wednesday, days before a raid on the "
                                               "newspaper's offices on Friday.")])
    assert len([e for e in tl.events if "a" in e.docs]) >= 1
    assert not [e for e in tl.events if _day(e) == "2024-02-28" and any(x.text == "raid" for x in e.evidence)]


# --- a generic verb aimed at a town, and the assault on it --------------------------------------------------

@pytest.mark.parametrize(("moved", "assault"), [
    ("Syrian government forces moved against the rebel stronghold of Homs on Friday, activists said.",
     "Friday's assault by government forces in Homs killed dozens, activists said on Sunday."),
    ("Iraqi security forces moved on Fallujah on Friday after weeks of shelling.",
     "The assault by Iraqi forces on Fallujah, launched on Friday, met fierce resistance."),
    ("Army units moved against the militant stronghold of Marawi on Friday.",
     "The army's attack on Marawi on Friday was the heaviest in weeks."),
])
def test_moved_against_and_the_assault_are_one(tmp_path: Path, moved: str, assault: str) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", moved), ("b", "2024-03-03", assault)])
    got = _joint(tl, "a", "b")
    assert len(got) == 1 and _day(got[0]) == "2024-03-01", [(e.label, e.docs) for e in tl.events]
    assert not _errors(tl)


@pytest.mark.parametrize("moved", [
    "Rebel fighters moved against the army garrison of Homs on Friday, activists said.",  # the other side
    "Syrian government forces moved against the rebel stronghold of Idlib on Friday, activists said.",  # a town
    "Syrian government forces moved against the rebel stronghold of Homs on Tuesday, activists said.",  # a day
])
def test_another_side_town_or_day_stays_apart_from_the_assault(tmp_path: Path, moved: str) -> None:
    tl = _build(tmp_path, [("a", "2024-03-01", moved),
                           ("b", "2024-03-03", "Friday's assault by government forces in Homs killed dozens, "
                                               "activists said on Sunday.")])
    assert not _joint(tl, "a", "b"), [(e.label, e.docs) for e in tl.events]


# --- a deal named by the act it arranges ----------------------------------------------------------------------

_EVACUATED = ("a", "2024-03-03", "Buses began taking wounded fighters and their families out of Mosul on Sunday, "
                                 "local officials said.")


@pytest.mark.parametrize("deal", [
    "The weekend's evacuation deal was brokered by tribal elders, a commander said on Tuesday.",
    "The weekend's evacuation agreement held, a commander said on Tuesday.",
    "A commander said on Tuesday that the weekend's evacuation deal had let 300 fighters leave the city.",
])
def test_an_evacuation_deal_is_the_evacuation_of_its_weekend(tmp_path: Path, deal: str) -> None:
    tl = _build(tmp_path, [_EVACUATED, ("b", "2024-03-05", deal)])
    got = _joint(tl, "a", "b")
    assert len(got) == 1 and _day(got[0]) == "2024-03-03", [(e.label, e.docs) for e in tl.events]
    assert not _errors(tl)


def test_a_withdrawal_deal_is_no_evacuation(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_EVACUATED, ("b", "2024-03-05", "The weekend's withdrawal deal was brokered by tribal "
                                                          "elders, a commander said on Tuesday.")])
    assert not _joint(tl, "a", "b")


def test_an_evacuation_deal_of_another_week_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_EVACUATED, ("b", "2024-03-20", "Last weekend's evacuation deal was brokered by tribal "
                                                          "elders, a commander said on Wednesday.")])
    assert not _joint(tl, "a", "b")


def test_two_evacuations_that_weekend_leave_the_deal_alone(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_EVACUATED,
                           ("c", "2024-03-03", "Buses began taking civilians out of Tal Afar on Saturday, officials "
                                               "said."),
                           ("b", "2024-03-05", "The weekend's evacuation deal was brokered by tribal elders, a "
                                               "commander said on Tuesday.")])
    assert not _joint(tl, "a", "b") and not _joint(tl, "c", "b")
