"""Session 7 (E7d) cross-document classes, on dispatches of our own (positives and the negatives that must stay
apart):

- one truce known by its length or occasion ("the ten-day ceasefire in X, which took effect on D") is the one
  such truce another article dates, even on another day (the reasoning stage then reports the disagreement);
  a war has several truces, so a bare "the ceasefire", another length, a "new" one, two candidates or
  another country keep them apart; "the ceasefire in X, which came into force on D" joins the one truce at X only
  when both name the same (or no) length, occasion or openness;
- two meetings at one place in one month between other parties are two meetings; talks to come are not the
  round held;
- "the war, which began on D" is the fighting another article says broke out that day;
- a bare "the offensive" is the one named operation begun in the month before;
- an undated halt of a campaign is not the dated pause weeks before.
"""

from __future__ import annotations

from pathlib import Path

from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline._events._truces import truce_modifier
from timeline.model import Event, Timeline


def _with_docs(tl: Timeline, *docs: str, kind: str = "ceasefire") -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs) and e.type == kind]


_FIRST = ("a", "2028-06-03", "BAMAKO - A ten-day ceasefire between Mali's army and the northern rebels took effect "
                             "at 6 a.m. on Friday (June 2), the Algerian mediators said.")


def _second(day: str, noun: str = "The ten-day ceasefire", where: str = "Mali") -> tuple[str, str, str]:
    return ("b", "2028-06-07", f"ALGIERS - {noun} in {where}, which took effect on {day}, has been broken "
                               "several times, the mediators said on Tuesday.")


def test_the_modifier_of_a_truce_is_its_length_or_occasion() -> None:
    assert truce_modifier("The ten-day") == "240h"
    assert truce_modifier("a week-long") == truce_modifier("the seven-day") == "168h"
    assert truce_modifier("the 72-hour humanitarian") == "72h"
    assert truce_modifier("the Eid") == "Eid"
    assert truce_modifier("the humanitarian") is None
    assert truce_modifier("the") is None


def test_one_truce_of_one_length_told_with_two_start_days_is_one_that_the_articles_disagree_on(
        tmp_path: Path) -> None:
    tl = _build(tmp_path, [_FIRST, _second("May 26")])
    assert len(_with_docs(tl, "a", "b")) == 1
    assert "documents-disagree" in _errors(tl)


def test_one_truce_of_one_length_told_with_one_day_is_one_and_consistent(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_FIRST, _second("June 2")])
    assert len(_with_docs(tl, "a", "b")) == 1
    assert not _errors(tl)


def test_a_bare_ceasefire_stays_apart_from_a_dated_one(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_FIRST, _second("May 26", noun="The ceasefire")])
    assert not _with_docs(tl, "a", "b")
    assert not _errors(tl)


def test_another_length_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_FIRST, _second("May 26", noun="The 72-hour ceasefire")])
    assert not _with_docs(tl, "a", "b")
    assert not _errors(tl)


def test_a_new_truce_of_the_same_length_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_FIRST, _second("May 26", noun="The new ten-day ceasefire")])
    assert not _with_docs(tl, "a", "b")
    assert not _errors(tl)


def test_another_country_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_FIRST, _second("May 26", where="Niger")])
    assert not _with_docs(tl, "a", "b")
    assert not _errors(tl)


def test_two_truces_of_that_length_leave_the_definite_one_apart(tmp_path: Path) -> None:
    other = ("c", "2028-05-21", "GAO - A ten-day ceasefire between Mali's army and the northern rebels took effect "
                                "on Saturday (May 20), the mediators said.")
    tl = _build(tmp_path, [other, _FIRST, _second("May 26")])
    assert not _with_docs(tl, "a", "b") and not _with_docs(tl, "c", "b")


# -- "the war, which began on D" is the fighting another article says broke out that day --------------------------
_OUTBREAK = ("f", "2028-09-10", "BANGUI - Fighting between the army and the Kodro militia erupted in Bangui on "
                                "Saturday morning, witnesses said.")
_WAR = ("g", "2028-10-02", "DOUALA - Aid agencies said on Sunday that the war, which began on September 9, has "
                           "driven 300,000 people from their homes.")


def test_the_war_that_began_on_a_day_is_the_fighting_that_broke_out_that_day(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_OUTBREAK, _WAR])
    assert [e for e in tl.events if {"f", "g"} <= set(e.docs)]
    assert not _errors(tl)


def test_the_war_stays_apart_when_two_fights_broke_out_that_day(tmp_path: Path) -> None:
    other = ("h", "2028-09-10", "BERBERATI - Fighting between the army and the Mambere militia erupted in "
                                "Berberati on Saturday, the mayor said.")
    tl = _build(tmp_path, [_OUTBREAK, other, _WAR])
    assert not [e for e in tl.events if "g" in e.docs and len(e.docs) > 1]


# -- talks at one venue: who met tells them apart ----------------------------------------------------------------
def _talks(doc: str, published: str, who: str) -> tuple[str, str, str]:
    return (doc, published, f"DOHA, Qatar - Talks between {who} opened on Saturday, the foreign ministry said.")


def test_talks_at_one_venue_on_one_day_between_other_parties_are_two_meetings(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_talks("m", "2028-03-05", "Chad's army and the Tibesti front"),
                           _talks("n", "2028-03-06", "the Taliban and Pakistan")])
    assert not _with_docs(tl, "m", "n", kind="meeting")
    assert _with_docs(tl, "m", kind="meeting")  # (it names who met: it is kept though no actor was read)


def test_talks_at_one_venue_on_one_day_between_the_same_parties_are_one_meeting(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_talks("m", "2028-03-05", "the Taliban and Pakistan"),
                           _talks("n", "2028-03-06", "Pakistan and the Taliban")])
    assert len(_with_docs(tl, "m", "n", kind="meeting")) == 1


def test_talks_to_come_at_a_venue_are_not_the_round_held_there(tmp_path: Path) -> None:
    held = ("p", "2028-03-05", "GENEVA - Talks between the Taliban and Pakistan collapsed on Saturday, a UN envoy said.")
    for text in ("ISLAMABAD - Pakistan will send a delegation to the Geneva talks, officials said.",
                 "ISLAMABAD - Officials said Pakistan had chosen its delegation for the next Geneva talks."):
        tl = _build(tmp_path, [held, ("q", "2028-04-20", text)])
        assert not _with_docs(tl, "p", "q", kind="meeting"), text


# -- a bare "the offensive" is the one named operation begun in the month before -----------------------------------
_OPERATION = ("r", "2028-04-12", "TRIPOLI - The army launched Operation Desert Anvil against the militias in Sirte on "
                                 "Tuesday, a spokesman said.")
_BARE = ("s", "2028-04-25", "MISRATA - Hospitals are full, and aid workers said the offensive had driven 40,000 "
                            "people from their homes.")


def _joined(tl: Timeline, a: str, b: str) -> bool:
    return any({a, b} <= set(e.docs) for e in tl.events)


def test_the_offensive_is_the_named_operation_begun_weeks_before(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_OPERATION, _BARE])
    assert _joined(tl, "r", "s")
    assert not _errors(tl)


def test_the_offensive_stays_apart_when_two_operations_began_that_month(tmp_path: Path) -> None:
    other = ("t", "2028-04-08", "BENGHAZI - The eastern forces launched Operation Black Shield against the rebels in "
                                "Derna on Friday, a spokesman said.")
    tl = _build(tmp_path, [other, _OPERATION, _BARE])
    assert not _joined(tl, "r", "s") and not _joined(tl, "t", "s")


def test_the_offensive_stays_apart_from_an_operation_begun_months_before(tmp_path: Path) -> None:
    old = ("r", "2028-01-12", _OPERATION[2])
    tl = _build(tmp_path, [old, _BARE])
    assert not _joined(tl, "r", "s")


def test_a_new_offensive_is_not_the_named_operation(tmp_path: Path) -> None:
    new = ("s", "2028-04-25", "MISRATA - Aid workers said the new offensive had driven 40,000 people from their homes.")
    tl = _build(tmp_path, [_OPERATION, new])
    assert not _joined(tl, "r", "s")


# -- "the ceasefire in X, which came into force on D" (merge_presupposed) needs the same truce words -------------
_SHORT = ("u", "2028-08-08", "TAIZ - A 72-hour ceasefire in Taiz took effect on Monday (Aug. 7), the UN envoy said.")


def _later(noun: str) -> tuple[str, str, str]:
    return ("v", "2028-09-02", f"ADEN - {noun} in Taiz, which came into force on Aug. 28, has largely held, "
                               "residents said on Friday.")


def test_an_open_ended_truce_is_not_the_72_hour_one_weeks_before(tmp_path: Path) -> None:
    for noun in ("The open-ended ceasefire", "The ceasefire"):
        tl = _build(tmp_path, [_SHORT, _later(noun)])
        assert not _with_docs(tl, "u", "v"), noun
        assert not _errors(tl), noun


def test_the_ceasefire_in_a_town_is_still_its_one_truce_when_neither_names_a_length(tmp_path: Path) -> None:
    first = ("u", "2028-08-09", "TAIZ - A UN-brokered ceasefire came into force in Taiz on Tuesday (Aug. 8), "
                                "the envoy said.")
    second = ("v", "2028-08-12", "ADEN - The ceasefire in Taiz, which came into force on Aug. 4, has been broken "
                                 "several times, residents said on Friday.")
    tl = _build(tmp_path, [first, second])
    assert len(_with_docs(tl, "u", "v")) == 1
    assert "documents-disagree" in _errors(tl)


# -- a campaign halted twice: an undated halt is no retelling of the dated one -------------------------------------
_PAUSE = ("w", "2028-05-03", "QALA - The army paused its offensive on Qala on Tuesday for the Eid holiday, a "
                             "spokesman said.")


def test_an_undated_halt_is_not_the_dated_pause_weeks_before(tmp_path: Path) -> None:
    for text in ("QALA - The army suspended its offensive on Qala again after aid convoys were shelled, a spokesman "
                 "said.",
                 "QALA - The army has suspended its offensive on Qala after aid convoys were shelled, a spokesman "
                 "said."):
        tl = _build(tmp_path, [_PAUSE, ("x", "2028-06-20", text)])
        assert not _with_docs(tl, "w", "x", kind="suspension"), text
