"""Back-references across articles: a noun owned by a time ("Sunday night's airdrops", "Tuesday's
assault", "Yesterday's arrival of the fighters") names the one event another article dated that day.

Our own sentences, other wars; the real pipeline (extraction, events, reasoning).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

import timeline

D = dt.datetime


def test_tuesdays_assault_is_the_storming_of_tuesday(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a1", "2019-03-06", "Government troops stormed the rebel-held base at Kafr Nabuda on Tuesday, a monitor said."),
        ("a2", "2019-03-07", "Tuesday's assault cost the army dozens of men, a commander admitted."),
    ])
    [ev] = [e for e in tl.events if "a2" in e.docs]
    assert ev.docs == ("a1", "a2") and ev.interval.start == (D(2019, 3, 5), D(2019, 3, 5))
    assert _errors(tl) == []


def test_two_attacks_that_day_leave_the_reference_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a1", "2019-03-06", "Government troops stormed the rebel-held base at Kafr Nabuda on Tuesday, a monitor said."),
        ("a2", "2019-03-07", "Tuesday's assault cost the army dozens of men, a commander admitted."),
        ("a3", "2019-03-06", "Rebels shelled the town of Suqaylabiyah on Tuesday."),
    ])
    assert not [e for e in tl.events if {"a1", "a2"} <= set(e.docs) or {"a2", "a3"} <= set(e.docs)]


def test_yesterdays_arrival_is_the_entry_of_friday_evening(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("b1", "2019-03-09", "A convoy of volunteers entered the besieged town of Douma on Friday evening, activists said."),
        ("b2", "2019-03-09", "Yesterday's arrival of the fighters lifted spirits among the defenders."),
        ("b3", "2019-03-09", "Defenders shelled positions east of Douma on Saturday."),
    ])
    [ev] = [e for e in tl.events if "b2" in e.docs]
    assert {"b1", "b2"} <= set(ev.docs)
    assert ev.interval.start[0] is not None and ev.interval.start[0].date() == dt.date(2019, 3, 8)
    # "Friday evening" and "Yesterday" (the same Friday) date one event: no contradiction
    assert _errors(tl) == []


def test_sunday_nights_airdrops_join_the_drop_of_october_19(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("c1", "2014-10-21", "ERBIL - Kurdish officials thanked Washington on Monday. Sunday night's airdrops "
                             "were the first of the war, a US official said."),
        ("c2", "2014-11-01", "The weapons dropped by US aircraft on Oct. 19 helped the defenders hold the line."),
    ])
    [ev] = [e for e in tl.events if "c1" in e.docs and e.type == "airdrop"]
    assert set(ev.docs) == {"c1", "c2"}
    assert ev.interval.start[0] is not None and ev.interval.start[0].date() == dt.date(2014, 10, 19)
    assert _errors(tl) == []


def test_an_undated_flag_raising_by_other_hands_lends_no_date(tmp_path: Path) -> None:
    # two flag raisings "on Monday" over one town, by two sides: the undated article is not dated by the other
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        json.dumps({"id": "f1", "text": "MURSITPINAR, Turkey, Tuesday 7 Oct 2014 (Border Courier) - Islamic State "
                                        "militants raised their black flag over a building in Kobani on Monday."})
        + "\n" + json.dumps({"id": "f2", "text": "Kurdish forces drove the last Islamic State fighters out of Kobani "
                                                 "on Monday and raised their flag over the town."}) + "\n",
        encoding="utf-8")
    tl = timeline.build([path])
    f2 = next(d for d in tl.documents if d.id == "f2")
    assert f2.anchor.value is None or f2.anchor.value.date() != dt.date(2014, 10, 7)
    assert not [e for e in tl.events if {"f1", "f2"} <= set(e.docs)]


def test_the_fall_of_a_quarter_joins_its_capture_but_does_not_end_the_battle(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("q1", "2016-12-08", "Syrian government forces captured the Old City of Aleppo on Wednesday. The battle for "
                             "Aleppo began in July 2012."),
        ("q2", "2016-12-08", "Yesterday's fall of the historic quarter left the rebels holding a tenth of the east."),
    ])
    [capture] = [e for e in tl.events if e.type == "capture"]
    assert capture.docs == ("q1", "q2") and capture.interval.start == (D(2016, 12, 7), D(2016, 12, 7))
    [battle] = [e for e in tl.events if e.type == "campaign"]
    assert "q2" not in {lk.doc for lk in battle.links}
    assert _errors(tl) == []


@pytest.mark.parametrize(("first", "second"), [
    (("w1", "2019-03-11", "Rebels ambushed an army convoy near Kafr Zita on Sunday night, a monitor said."),
     ("w2", "2019-03-11", "Last night's ambush cost the army a dozen men, officials admitted.")),
    (("w1", "2019-03-11", "Jets struck a market in Maarat al-Numan on Sunday, a monitor said."),
     ("w2", "2019-03-12", "The death toll from Sunday's air strike rose to 40, rescuers said on Tuesday.")),
])
def test_other_owner_times(tmp_path: Path, first: tuple[str, str, str], second: tuple[str, str, str]) -> None:
    tl = _build(tmp_path, [first, second])
    assert [e.docs for e in tl.events if "w2" in e.docs] == [("w1", "w2")]
    assert _errors(tl) == []
