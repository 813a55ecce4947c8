"""A repeated act is two events, not one event with two dates that disagree.

"Rebels shelled the town on Thursday and again on Friday": two occurrences of shelling, each dated
to its day; no inconsistency is reported.  A wrong date for ONE act is still flagged.  Our own
sentences; the real pipeline (extraction, events, reasoning).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

D = dt.datetime


@pytest.mark.parametrize("text", [
    "Rebels shelled the town of Jisr al-Shughur on Thursday and again on Friday, residents said.",
    "Rebels shelled the town of Jisr al-Shughur on Thursday and on Friday, residents said.",
    "Rebels shelled the town of Jisr al-Shughur on Thursday and Friday, residents said.",
])
def test_one_verb_two_days_is_two_events(tmp_path: Path, text: str) -> None:
    tl = _build(tmp_path, [("r1", "2019-05-11", text)])
    shelling = sorted((e for e in tl.events if e.type == "attack"), key=lambda e: e.interval.start[0] or D.min)
    assert [e.interval.start for e in shelling] == [(D(2019, 5, 9), D(2019, 5, 9)), (D(2019, 5, 10), D(2019, 5, 10))]
    assert len({e.id for e in shelling}) == 2
    assert _errors(tl) == []


def test_the_repeat_told_elsewhere_joins_only_its_own_day(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("r1", "2019-05-11", "Government jets bombed Khan Sheikhoun on Thursday and Friday, a monitor said."),
        ("r2", "2019-05-10", "Government jets bombed Khan Sheikhoun on Thursday, a monitor said."),
    ])
    by_day = {e.interval.start[0]: e for e in tl.events if "bombs" in e.label}
    assert set(by_day[D(2019, 5, 9)].docs) == {"r1", "r2"}
    assert by_day[D(2019, 5, 10)].docs == ("r1",)
    assert _errors(tl) == []


def test_one_act_with_two_dates_in_two_articles_is_still_flagged(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("f1", "2019-05-10", "Turkish-backed rebels launched an offensive to retake the town of Tal Rifaat on "
                             "Thursday (May 9), a spokesman said."),
        ("f2", "2019-05-20", "The offensive to retake Tal Rifaat, which began three weeks ago, stalled on Sunday."),
    ])
    assert "documents-disagree" in _errors(tl)
