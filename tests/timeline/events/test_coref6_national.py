"""Session 6 (E5): a vote held in a named country is an event of that country ("Sunday's referendum", in a
dispatch about Kenya), while a vote or an act told with nobody and nowhere stays off the timeline."""

from __future__ import annotations

from pathlib import Path

from conftest import build_corpus as _build

_VOTE = ("NAIROBI - The electoral council of Kenya said on Monday that 64 percent of voters had backed a new "
         "charter in Sunday's referendum, which the opposition boycotted.")


def test_a_referendum_in_a_named_country_is_on_the_timeline(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2019-04-08", _VOTE)])
    [vote] = [e for e in tl.events if e.type == "vote"]
    assert vote.place == "Kenya"
    assert vote.interval.start[0] is not None and vote.interval.start[0].day == 7


def test_a_referendum_told_with_no_place_stays_off(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2019-04-08", _VOTE.replace(" of Kenya", ""))])
    assert not [e for e in tl.events if e.type == "vote"]
