"""The whole pipeline on real corpora: the Mosul seed articles (shared, read-only) and the bundled
Raqqa dispatches.  These run the real extractor and reasoning, so they check the integration."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import timeline
from timeline.model import Event, Timeline

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT.parent / "shared" / "corpus" / "mosul-seeds.jsonl"
RAQQA = ROOT / "examples" / "corpus"
D = dt.datetime


@pytest.fixture(scope="module")
def mosul() -> Timeline:
    if not SEEDS.exists():
        pytest.skip("../shared/corpus is not here")
    return timeline.build([SEEDS])


def _find(tl: Timeline, pred: object) -> list[Event]:
    return [e for e in tl.events if pred(e)]  # type: ignore[operator]


def test_militias_offensive_told_by_three_articles(mosul: Timeline) -> None:
    [ev] = _find(mosul, lambda e: e.target == "Tal Afar" and e.type == "offensive")
    assert [d[:3] for d in ev.docs][:3] == ["000", "001", "002"]
    assert "Hashd al-Shaabi" in ev.actors
    assert ev.interval.start == (D(2016, 10, 29), D(2016, 10, 29))
    assert {x.doc[:3] for x in ev.evidence} >= {"000", "001", "002"}
    # 003 (25 October, undated, future) told the same push: "preparing for a push to the west of Mosul"
    assert any(x.doc[:3] == "003" and x.text == "push" for x in ev.evidence)


def test_battle_of_mosul_starts_mid_october(mosul: Timeline) -> None:
    [ev] = _find(mosul, lambda e: e.label == "Battle of Mosul")
    lo, hi = ev.interval.start
    assert lo is not None and hi is not None
    assert D(2016, 10, 15) <= lo <= hi <= D(2016, 10, 19)
    texts = {lk.text for lk in ev.links}
    assert {"the last 13 days", "the past 12 days"} <= texts
    assert any("nearly two weeks into" in t for t in texts) and any("second week" in t for t in texts)
    assert ev.interval.end[0] is not None and ev.interval.end[0] >= D(2017, 5, 12)  # still on in May 2017


def test_caliphate_proclaimed_in_june_2014(mosul: Timeline) -> None:
    [ev] = _find(mosul, lambda e: e.type == "proclamation")
    assert "caliphate" in ev.label and ev.actors[0] == "ISIS"
    assert ev.interval.start[0] == D(2014, 6, 1) and ev.interval.end[1] == D(2014, 7, 1)


def test_offensive_toward_qairawan_and_baaj(mosul: Timeline) -> None:
    [ev] = _find(mosul, lambda e: e.target == "Qairawan")
    assert ev.label == "Hashd al-Shaabi offensive toward Qairawan and Baaj"
    assert ev.interval.start == (D(2017, 5, 12), D(2017, 5, 12))


def test_bundled_raqqa_corpus() -> None:
    tl = timeline.build([RAQQA], anchors=ROOT / "examples" / "anchors.yaml")
    labels = {e.label: e for e in tl.events}
    battle = labels["Battle of Raqqa"]
    assert battle.interval.start == (D(2017, 6, 6), D(2017, 6, 6))
    assert "user" in battle.docs and len(battle.docs) >= 6
    capture = labels["Syrian Democratic Forces capture Raqqa"]
    assert capture.interval.start == (D(2017, 10, 17), D(2017, 10, 17)) and len(capture.docs) >= 2
    assert labels["Wrath of Euphrates"].interval.start[0] == D(2016, 11, 6)
    # the timeline is ordered by start
    starts = [e.interval.start[0] or e.interval.start[1] for e in tl.events]
    known = [s for s in starts if s is not None]
    assert known == sorted(known)


def test_held_out_dispatches_on_another_campaign() -> None:
    # six dispatches of our own on the 2022 Kharkiv counteroffensive, through the real pipeline
    tl = timeline.build([Path(__file__).parent / "data" / "kharkiv.jsonl"])
    by_label = {e.label: e for e in tl.events}
    push = by_label["Ukrainian armed forces offensive toward Balakliia"]
    assert push.docs == ("kh-01", "kh-02", "kh-03") and push.interval.start == (D(2022, 9, 6), D(2022, 9, 6))
    izium = by_label["Russian armed forces pull out of Izium"]  # "pulled out ... on Saturday" = "Yesterday's withdrawal"
    assert izium.docs == ("kh-04", "kh-05") and izium.interval.start == (D(2022, 9, 10), D(2022, 9, 10))
    campaign = by_label["Kharkiv counteroffensive"]
    lo, hi = campaign.interval.start
    assert lo is not None and hi is not None and lo <= D(2022, 9, 6) <= hi and (hi - lo).days <= 4
    assert set(campaign.docs) == {"kh-05", "kh-06"}
    # other actors, other days, other places stay apart
    assert by_label["Ukrainian armed forces capture Lyman"].docs == ("kh-06",)
    assert by_label["Ukrainian armed forces enter Kupiansk"].docs == ("kh-04",)


def test_held_out_dispatches_fallujah() -> None:
    # seven dispatches of our own on the 2016 battle for Fallujah, and one on Syria the same day
    tl = timeline.build([Path(__file__).parent / "data" / "fallujah.jsonl"])
    by_label = {e.label: e for e in tl.events}
    battle = by_label["Battle of Fallujah"]
    assert battle.interval.start == (D(2016, 5, 23), D(2016, 5, 23))
    assert battle.interval.end == (D(2016, 6, 26), D(2016, 6, 27))  # declared liberated on Sunday
    assert set(battle.docs) == {"f1", "f2", "f3", "f5", "f6"}
    [centre] = [e for e in tl.events if e.docs == ("f4", "f5")]  # "entered the centre" = "Friday's push"
    assert centre.actors[0] == "Counter-Terrorism Service" and centre.interval.start[0] == D(2016, 6, 17)
    [manbij] = [e for e in tl.events if "f7" in e.docs]
    assert manbij.docs == ("f7",) and manbij.target == "Manbij"
