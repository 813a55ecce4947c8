"""Session 8: an old capture told twice - dated by one article ("took full control of X in January 2027"),
recalled by another only as "nearly four years after the jihadists seized the city" - is one event; a
capture of another year or another town stays apart.  ("made it the seat of its rule" needs a mention:
asked of the mentions helper.)  Real pipeline, dispatches of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline.model import Event, Timeline

_DATED = ("a", "2030-06-06", "AMMAN, June 6 (Levant Wire) - Rebels said on Tuesday they had begun an attack on Dara. "
                             "The jihadists took full control of Dara in January 2027.")


def _recalled(told: str, town: str = "Dara") -> tuple[str, str, str]:
    return ("b", "2030-10-21", f"{town.upper()}, Syria - The alliance formally proclaimed the liberation of {town} "
                               f"on Friday, {told}.")


def _with(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs) and e.type == "capture"]


@pytest.mark.parametrize("told", ["nearly four years after the jihadists seized the city",
                                  "almost four years after the jihadists captured the city",
                                  "nearly four years after the jihadists overran it"])
def test_an_old_capture_dated_and_recalled_is_one(tmp_path: Path, told: str) -> None:
    tl = _build(tmp_path, [_DATED, _recalled(told)])
    got = _with(tl, "a", "b")
    assert len(got) == 1 and str(got[0].interval.start[0])[:7] == "2027-01", [e.label for e in tl.events]
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


def test_a_capture_of_another_year_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_DATED, _recalled("a year after the jihadists seized the city")])
    assert not _with(tl, "a", "b")


def test_a_capture_of_another_town_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_DATED, _recalled("nearly four years after the jihadists seized the city", town="Kesh")])
    assert not _with(tl, "a", "b")
