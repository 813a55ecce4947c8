"""Session 8: one military move told as a verb by one article and as a possessed noun by another ("troops
attacked the stronghold of X on Friday" / "Friday's assault by government forces on the town") is one
event; another town, another day or another side stays apart.  Real pipeline, dispatches of our own.
("moved against the stronghold" needs the verb in the lexicon: asked of the mentions helper.)"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline.model import Event, Timeline

_VERB = ("a", "2025-05-02", "VORNA, Friday 2 May 2025 (Steppe Wire) - Government troops {verb} the rebel stronghold "
                            "of Vorna on Friday, and rebels shot down two army helicopters, the ministry said.")


def _noun(town: str = "the town", day: str = "Friday's", who: str = "government forces") -> tuple[str, str, str]:
    return ("b", "2025-05-04", f"KESH, May 4 (Steppe Wire) - Seven observers held by rebels in Vorna flew home "
                               f"overnight. They were freed a day after {day} assault by {who} on {town}, in which "
                               "a number of insurgents were killed.")


def _with(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs)]


@pytest.mark.parametrize("verb", ["attacked", "stormed", "launched an assault on", "shelled"])
def test_a_move_told_as_verb_and_as_possessed_noun_is_one(tmp_path: Path, verb: str) -> None:
    tl = _build(tmp_path, [(_VERB[0], _VERB[1], _VERB[2].format(verb=verb)), _noun()])
    got = _with(tl, "a", "b")
    assert len(got) == 1 and str(got[0].interval.start[0])[:10] == "2025-05-02", [e.label for e in tl.events]
    assert "error" not in [f.severity for f in tl.findings], _errors(tl)


@pytest.mark.xfail(reason="'assault by X on Y' gets no target Y from the mention finder (asked of its helper)",
                   strict=False)
def test_the_assault_on_another_town_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [(_VERB[0], _VERB[1], _VERB[2].format(verb="attacked")), _noun(town="the eastern town of Dalma")])
    assert not _with(tl, "a", "b")


def test_the_assault_of_another_day_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [(_VERB[0], _VERB[1], _VERB[2].format(verb="attacked")), _noun(day="Thursday's")])
    assert not _with(tl, "a", "b")


def test_the_assault_by_the_other_side_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [(_VERB[0], _VERB[1], _VERB[2].format(verb="attacked")), _noun(who="the rebels")])
    assert not _with(tl, "a", "b")
