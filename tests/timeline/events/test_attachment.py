"""Precision of attachment: a time expression dates the event of its own clause, never a neighbour.

Two families of false inconsistencies on true news (our own sentences, invented dispatches):

- an event-relative phrase in an appositive about a local event ("The advance, four weeks into the
  offensive, took the port on Thursday") counts from the campaign it names, not from the advance;
- a time expression of a main clause after a relative clause ("the air strikes that began four
  months ago are expected to wind down soon") dates the main clause's verb, and a future vague
  reference ("soon", "in the coming days") never dates the start of what already happened.

Each test builds a small consistent corpus: ``timeline validate`` must find no error in it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import timeline
from timeline.model import Event

_PUB = "2019-03-08"  # a Friday


def _build(tmp_path: Path, *texts: str) -> timeline.Timeline:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": f"t-{k}", "published": _PUB, "text": t}) + "\n"
                            for k, t in enumerate(texts)), encoding="utf-8")
    return timeline.build([path])


def _errors(tl: timeline.Timeline) -> list[str]:
    return [f.message for f in tl.findings if f.severity == "error"]


def _texts(ev: Event) -> set[str]:
    return {x.text for x in ev.evidence}


# -- (a) "N weeks into the X" in an appositive about a local event -------------------------------
APPOSITIVE = [
    "The advance, four weeks into the offensive, took the fighters to the port on Thursday.",
    "Rebel fighters pushed toward the port of Zawiya on Thursday. The advance, four weeks into the "
    "offensive, took the fighters to the port on Thursday.",
    "The rebels' advance, four weeks into their offensive, took them to the port of Zawiya on Thursday.",
    "Rebels advanced on Zawiya on Thursday. The advance, four weeks into the rebel offensive, took the "
    "fighters to the port of Zawiya on Thursday.",
    "The assault on the airport, three weeks into the army's campaign, began on Tuesday.",
    "The army's push into Saraqib on Wednesday, a month into the offensive, was the fastest of the war.",
    "Government forces stormed Saraqib on Wednesday, three weeks into the offensive on Idlib.",
    # a participle with its own date: the later date of the main clause finds the offensive going on
    "The marines' offensive on southern Fallujah, launched on November 15, took the industrial district "
    "on Thursday.",
]


@pytest.mark.parametrize("text", APPOSITIVE)
def test_weeks_into_an_offensive_does_not_date_the_local_push(tmp_path: Path, text: str) -> None:
    tl = _build(tmp_path, text)
    assert not _errors(tl)
    for ev in tl.events:
        counted = any(" into " in t for t in _texts(ev))
        local = _texts(ev) & {"Thursday", "Tuesday", "Wednesday"}
        assert not (counted and local and ev.interval.start[0] is not None
                    and ev.interval.start[0].date().isoformat() >= "2019-03-01"), ev.label


def test_the_campaign_keeps_the_count_and_the_push_keeps_its_day(tmp_path: Path) -> None:
    tl = _build(tmp_path, APPOSITIVE[3])
    [offensive] = [e for e in tl.events if any(" into " in t for t in _texts(e))]
    [push] = [e for e in tl.events if "advanced" in _texts(e)]
    assert offensive.interval.start[0] is not None and offensive.interval.start[1] is not None
    assert offensive.interval.start[0].date().isoformat() >= "2019-02-05"
    assert offensive.interval.start[1].date().isoformat() <= "2019-02-11"
    assert push.interval.start[0] is not None and push.interval.start[0].date().isoformat() == "2019-03-07"


def test_the_noun_before_an_appositive_is_the_subject_of_the_verb(tmp_path: Path) -> None:
    tl = _build(tmp_path, APPOSITIVE[4])
    [assault] = [e for e in tl.events if "assault" in _texts(e)]
    assert "Tuesday" in _texts(assault)


def test_a_relative_clause_about_the_campaign_still_dates_it(tmp_path: Path) -> None:
    tl = _build(tmp_path, "Four weeks into the offensive on Zawiya, which began on 8 February, the rebels "
                          "reached the port on Thursday.")
    assert not _errors(tl)
    [ev] = [e for e in tl.events if any(" into " in t for t in _texts(e))]
    assert "8 February" in _texts(ev)


def test_a_true_contradiction_through_the_campaign_is_still_found(tmp_path: Path) -> None:
    # launched on 1 February and "ten weeks into" it on 8 March: cannot both be true
    tl = _build(tmp_path, "The rebels launched the offensive on Zawiya on 1 February.",
                "The advance, ten weeks into the offensive on Zawiya, took the fighters to the port on "
                "Thursday.")
    assert _errors(tl)


# -- (b) a date of the main clause after a relative clause; a future never dates a past start ----
RELATIVE = [
    "The US-led air strikes on Raqqa that began four months ago are expected to wind down soon, a "
    "coalition spokesman said on Friday.",
    "Russian air strikes, which began four months ago, will end soon, officials said.",
    "The offensive against the rebels that began two weeks ago will be halted in the coming days, the "
    "army said.",
    "Government troops who seized the town last week are expected to withdraw soon.",
    "NATO air strikes that started last month may stop soon.",
    "The militants who stormed the prison on Monday were expected to surrender in the coming days.",
]


@pytest.mark.parametrize("text", RELATIVE)
def test_a_main_clause_date_does_not_date_the_relative_clause_event(tmp_path: Path, text: str) -> None:
    tl = _build(tmp_path, text)
    assert not _errors(tl)
    for ev in tl.events:
        assert not _texts(ev) & {"soon", "coming days"}, ev.label


def test_the_relative_clause_date_stays_with_its_event(tmp_path: Path) -> None:
    tl = _build(tmp_path, RELATIVE[0])
    [strikes] = [e for e in tl.events if "air strikes" in _texts(e)]
    assert "four months ago" in _texts(strikes)
    assert strikes.interval.start[0] is not None and strikes.interval.start[0].date().isoformat() == "2018-11-01"


def test_a_main_clause_date_without_relative_clause_is_still_linked(tmp_path: Path) -> None:
    tl = _build(tmp_path, "Government troops seized the town of Saraqib on Monday.")
    [ev] = [e for e in tl.events if "seized" in _texts(e)]
    assert "Monday" in _texts(ev)
