"""Campaigns named by a place the gazetteer does not know, read against the whole corpus.

Every text here is our own; the towns (Manbij, Hodeidah, Bakhmut, Marib, Sinjar) are not in the
packaged alias table, so what joins the articles is what the corpus says, not the table.  These
run the real pipeline (extraction, events, reasoning).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import build_corpus as _build
from conftest import error_codes as _errors

import timeline
from timeline.model import Event, Timeline

D = dt.datetime
DATA = Path(__file__).parent / "data"


def _with_docs(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs)]


def test_manbij_dispatches_mirror_the_mosul_acceptance() -> None:
    tl = timeline.build([DATA / "manbij.jsonl"])
    by_label = {e.label: e for e in tl.events}
    battle = by_label["Battle of Manbij"]  # "the battle for Manbij", "the Manbij offensive", "the Manbij campaign"
    assert set(battle.docs) >= {"mb-1", "mb-2", "mb-3", "mb-4", "mb-5"}
    lo, hi = battle.interval.start
    assert lo is not None and hi is not None and lo <= D(2016, 5, 31) <= hi and (hi - lo).days <= 2
    texts = {lk.text for lk in battle.links}
    assert "the past 11 days" in texts and "second week" in texts
    assert any("nearly two weeks into" in t for t in texts)
    # the push toward Jarablus: "on Saturday (June 11)", a headline "launched on Saturday", "Yesterday's push"
    [push] = [e for e in tl.events if e.target == "Jarablus"]
    assert {"mb-1", "mb-2", "mb-3"} <= set(push.docs)
    assert push.interval.start == (D(2016, 6, 11), D(2016, 6, 11))
    assert "Battle of Manbij" not in push.label
    later = [e for e in tl.events if e.docs == ("mb-5",) and e.type == "offensive"]
    assert [e.interval.start for e in later] == [(D(2016, 8, 12), D(2016, 8, 12))]
    [caliphate] = [e for e in tl.events if e.type == "proclamation"]
    assert caliphate.interval.start[0] == D(2014, 6, 1) and caliphate.interval.end[1] == D(2014, 7, 1)
    assert _errors(tl) == []


_LAUNCH = ("h1", "2018-06-14", "ADEN - Coalition-backed forces launched an offensive on Wednesday (June 13) to "
           "retake the port city of Hodeidah from the rebels, officials said.")


def test_a_described_offensive_joins_its_dated_launch(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        _LAUNCH,
        ("h2", "2018-06-20", "The offensive to retake Hodeidah, which began a week ago, reached the airport "
                             "on Tuesday, commanders said."),
    ])
    [ev] = _with_docs(tl, "h1", "h2")
    assert ev.interval.start == (D(2018, 6, 13), D(2018, 6, 13))
    assert _errors(tl) == []


def test_a_described_offensive_that_began_months_earlier_is_flagged(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        _LAUNCH,
        ("h2", "2018-06-20", "The offensive to drive the rebels out of Hodeidah, which began three months ago, "
                             "reached the airport on Tuesday, commanders said."),
        ("h3", "2018-06-20", "The president met tribal leaders in the capital on Monday."),
    ])
    errors = [f for f in tl.findings if f.severity == "error"]
    assert [f.code for f in errors] == ["documents-disagree"]
    assert {x.doc for x in errors[0].evidence} >= {"h1", "h2"}
    assert "h3" not in {x.doc for x in errors[0].evidence}


def test_a_new_offensive_months_later_is_not_the_launch(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        _LAUNCH,
        ("h4", "2018-11-02", "Coalition-backed forces launched a new offensive on Thursday to retake Hodeidah "
                             "after talks collapsed, officials said."),
    ])
    assert _errors(tl) == []
    assert not _with_docs(tl, "h1", "h4")


def test_an_offensive_toward_another_town_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("m1", "2020-02-10", "Government troops launched an offensive on Sunday to retake the city of Marib, "
                             "officials said."),
        ("m2", "2020-02-24", "Rebels launched an offensive on Saturday to capture Sinjar, a town west of Marib, "
                             "a spokesman said. The battle for Marib is now in its third week."),
    ])
    [marib] = [e for e in tl.events if e.label == "Battle of Marib"]
    assert set(marib.docs) == {"m1", "m2"}
    assert marib.interval.start == (D(2020, 2, 9), D(2020, 2, 9))
    # no article tells a campaign for Sinjar: a push of its own, dated to its day
    [sinjar] = [e for e in tl.events if e.type == "offensive" and "m2" in e.docs]
    assert sinjar.docs == ("m2",) and sinjar.interval.start == (D(2020, 2, 22), D(2020, 2, 22))
    assert _errors(tl) == []


def test_bare_siege_and_launch_in_dispatches_about_the_town(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("b1", "2022-08-04", "Russian troops closed in on the town of Bakhmut on Thursday. The mercenaries "
                             "launched their offensive on Monday (August 1) with heavy artillery, Ukrainian "
                             "officials said."),
        ("b2", "2022-08-23", "Shells hit the centre of Bakhmut overnight. Three weeks into the siege, the "
                             "defenders of Bakhmut still hold the road to the west."),
        ("b3", "2022-09-10", "Officials in Kyiv said the battle for Bakhmut had cost the attackers thousands of "
                             "men."),
    ])
    [battle] = [e for e in tl.events if e.place == "Bakhmut" and "b3" in e.docs]
    assert {"b1", "b2", "b3"} <= set(battle.docs)
    assert battle.interval.start == (D(2022, 8, 1), D(2022, 8, 1))
    assert _errors(tl) == []


def test_the_fall_of_a_headquarters_is_not_the_capture_of_the_city(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("s1", "2016-12-06", "Government forces said on Tuesday they had taken full control of Sirte. Since the "
                             "fall of their headquarters at the conference centre in Ouagadougou on Aug. 10, the "
                             "militants had been squeezed into a few blocks."),
    ])
    taken = [e for e in tl.events if e.target == "Sirte" and e.type == "capture"]
    assert taken and all(e.interval.start[0] is None or e.interval.start[0] >= D(2016, 12, 1) for e in taken)


def test_tikrit_dispatches_with_a_described_actor_and_a_copula() -> None:
    # the militias are only described in tk-1 ("Iraqi Shiite militias"), named in tk-2 and tk-3;
    # tk-1's "the largest operation since ... last summer" describes the battle, and lends it no date
    tl = timeline.build([DATA / "tikrit.jsonl"])
    [push] = [e for e in tl.events if e.docs[:3] == ("tk-1", "tk-2", "tk-3") and e.type == "offensive"]
    assert push.actors[0] == "Hashd al-Shaabi" and push.interval.start == (D(2015, 3, 14), D(2015, 3, 14))
    assert {x.text for x in push.evidence} >= {"Saturday (March 14)", "Saturday", "Yesterday"}
    battle = next(e for e in tl.events if e.label == "Battle of Tikrit")
    assert battle.interval.start == (D(2015, 3, 2), D(2015, 3, 2))
    assert "last summer" not in {lk.text for lk in battle.links}
    assert [e.interval.start for e in tl.events if e.docs == ("tk-5",) and e.type == "offensive"] == [
        (D(2015, 5, 15), D(2015, 5, 15))]
    assert _errors(tl) == []


def test_islamist_militants_are_not_named_by_another_article(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("i1", "2017-05-24", "Islamist militants stormed the town of Marawi on Tuesday, officials said."),
        ("i2", "2017-05-25", "Islamic State claimed an attack in Baghdad on Wednesday."),
    ])
    [storm] = [e for e in tl.events if "i1" in e.docs]
    assert "ISIS" not in storm.actors


def test_bakhmut_dispatches_with_an_actor_the_table_does_not_know() -> None:
    # "Wagner" is in no table: the push toward Soledar is joined by its day, family and target, the
    # headline "The group's new push, launched on Saturday" and "Yesterday's move" as the day's one push
    tl = timeline.build([DATA / "bakhmut.jsonl"])
    [push] = [e for e in tl.events if e.target == "Soledar"]
    assert set(push.docs) >= {"bk-1", "bk-2", "bk-3"}
    assert push.interval.start == (D(2023, 1, 7), D(2023, 1, 7))
    battle = next(e for e in tl.events if e.label == "Battle of Bakhmut")
    assert battle.interval.start == (D(2022, 12, 27), D(2022, 12, 27))
    assert {"bk-1", "bk-2", "bk-3", "bk-4"} <= set(battle.docs)
    [crimea] = [e for e in tl.events if "Crimea" in e.label]
    assert crimea.interval.start[0] == D(2014, 3, 1) and crimea.interval.end[1] == D(2014, 4, 1)
    assert _errors(tl) == []


def test_a_named_operation_is_the_campaign_it_names(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("n1", "2016-05-13", "Forces loyal to the unity government launched an operation on Thursday to drive Islamic "
                             "State militants out of the coastal city of Sirte. The offensive, named Bunyan "
                             "al-Marsous, is led by brigades from Misrata."),
        ("n2", "2016-06-10", "Brigades pushed into the centre of Sirte on Thursday. The campaign to retake Sirte is "
                             "four weeks old."),
        ("n3", "2016-07-01", "Seven weeks into the Bunyan al-Marsous operation, the militants hold only a few "
                             "districts."),
    ])
    [ev] = [e for e in tl.events if e.type == "campaign"]
    assert ev.docs == ("n1", "n2", "n3") and ev.interval.start == (D(2016, 5, 12), D(2016, 5, 12))
    assert any("Seven weeks into" in lk.text for lk in ev.links)
    assert _errors(tl) == []


def test_a_bare_siege_between_two_campaigns_joins_neither(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("s1", "2022-03-10", "The battle for Mariupol has cut the port off from the sea."),
        ("s2", "2022-03-11", "The battle for Chernihiv has left the city without power."),
        ("s3", "2022-03-20", "Shells fell on Mariupol and on Chernihiv overnight. Three weeks into the siege, "
                             "aid convoys still cannot reach the defenders."),
    ])
    for name in ("Mariupol", "Chernihiv"):
        [battle] = [e for e in tl.events if e.type == "campaign" and e.place == name]
        assert "s3" not in battle.docs


def test_the_city_of_a_dispatch_is_its_campaign_place(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("c1", "2023-01-10", "The battle for Vuhledar began on Monday (January 2), Ukrainian officials said."),
        ("c2", "2023-01-14", "Russian marines have stormed trenches around the city during the past 12 days of "
                             "fighting, the general staff said of Vuhledar."),
    ])
    [battle] = [e for e in tl.events if e.label == "Battle of Vuhledar"]
    assert "the past 12 days" in {lk.text for lk in battle.links}
    assert battle.interval.start == (D(2023, 1, 2), D(2023, 1, 2))
    assert _errors(tl) == []


def test_the_operation_to_retake_the_city_is_the_launched_offensive(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("d1", "2016-05-13", "Government forces launched an offensive on Thursday (May 12) to retake Sirte from "
                             "Islamic State, officials said."),
        ("d2", "2016-06-11", "The offensive to retake the city of Sirte, which began a month ago, has stalled, "
                             "commanders said on Friday."),
        ("d3", "2016-06-20", "Brigades fighting in Sirte have lost 300 men. The operation to retake the city, which "
                             "began on May 12, has been slowed by snipers."),
    ])
    [ev] = [e for e in tl.events if e.type == "campaign"]
    assert ev.docs == ("d1", "d2", "d3") and ev.interval.start == (D(2016, 5, 12), D(2016, 5, 12))
    assert _errors(tl) == []
