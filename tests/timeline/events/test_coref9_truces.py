"""Session 8: one ceasefire told by its declaration, its start, its length and its end ("the week-long ceasefire
the president declared last Friday", "a 10-day ceasefire that ran out late on Monday", "after the ceasefire
took effect on June 20") is one truce; two truces weeks apart, or in two towns, stay two.  Real pipeline,
dispatches of our own (2025: June 20 is a Friday)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline.model import Event, Timeline

_LATER = ("b", "2025-07-01", "TARVA, July 1 (Steppe Wire) - Government forces resumed air strikes on rebel positions on "
                             "Tuesday, hours after President Mara Olsen said he would not prolong a 10-day ceasefire "
                             "that ran out late on Monday. Officials say 27 soldiers were killed after the ceasefire "
                             "took effect on June 20.")


def _first(told: str) -> tuple[str, str, str]:
    return ("a", "2025-06-25", f"KESH, June 25 (Steppe Wire) - Rebels shot down an army helicopter near Lesk on "
                               f"Tuesday, in the gravest violation yet of {told}.")


def _truces(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs) and e.type == "ceasefire"]


@pytest.mark.parametrize("told", ["the week-long ceasefire President Mara Olsen declared last Friday",
                                  "the week-long ceasefire that took effect on Friday",
                                  "the truce, which began on Friday (June 20)",
                                  pytest.param("the truce the government announced on Friday (June 20)",
                                               marks=pytest.mark.xfail(reason="'announced' in the reduced relative "
                                                                       "does not date the truce yet (asked of the "
                                                                       "link helper)", strict=False))])
def test_a_truce_declared_and_a_truce_begun_that_day_are_one(tmp_path: Path, told: str) -> None:
    tl = _build(tmp_path, [_first(told), _LATER])
    got = _truces(tl, "a", "b")
    assert len(got) == 1 and str(got[0].interval.start[0])[:10] == "2025-06-20", [e.label for e in tl.events]
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_a_truce_declared_weeks_before_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_first("the week-long ceasefire President Mara Olsen declared on May 30"), _LATER])
    assert not _truces(tl, "a", "b")


def test_two_local_truces_of_one_day_stay_two(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("c", "2025-06-21", "A local ceasefire took effect in Lesk on Friday, elders said."),
        ("d", "2025-06-21", "A local ceasefire took effect in Dalma on Friday, after talks in the town's mosque.")])
    assert not _truces(tl, "c", "d")
