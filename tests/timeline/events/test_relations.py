"""Event-to-event relations ("four weeks after the battle began"), on sentences of our own.

Each rule is told three ways; the relation lands on the dependent event, names the other event by
id, and tightens the dates of whichever side was not dated.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DocBuilder

from timeline._events import find_events
from timeline._events._aliases import load_table
from timeline._events._mentions import find_mentions
from timeline._events._relations import gap_days, relate_document
from timeline.model import Event

D = dt.datetime


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("three days", (3.0, 3.0)),
        ("a day", (1.0, 1.0)),
        ("four weeks", (25.0, 31.0)),
        ("nearly two weeks", (7.0, 14.0)),
        ("more than two months", (60.88, 91.32)),
        ("about five days", (4.0, 6.0)),
        ("several days", (2.0, 9.0)),
        ("36 hours", (0.0, 2.0)),
    ],
)
def test_gap_days(text: str, expected: tuple[float, float]) -> None:
    lo, hi = gap_days(text) or (None, None)
    assert lo == pytest.approx(expected[0], abs=0.01) and hi == pytest.approx(expected[1], abs=0.01)


def _one(events: list[Event], type_: str) -> Event:
    [ev] = [e for e in events if e.type == type_]
    return ev


LAUNCH = "The SDF launched the battle for Raqqa on Tuesday (June 6). "


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("SDF fighters breached the Old City wall four weeks after the battle for Raqqa began.",
         (D(2017, 7, 1), D(2017, 7, 7))),
        ("Four weeks after the battle for Raqqa began, SDF fighters breached the Old City wall.",
         (D(2017, 7, 1), D(2017, 7, 7))),
        ("SDF fighters breached the Old City wall 28 days after the start of the battle for Raqqa.",
         (D(2017, 7, 4), D(2017, 7, 4))),
    ],
)
def test_a_gap_after_a_campaign_dates_the_dependent(make_doc: DocBuilder, sentence: str,
                                                     start: tuple[D, D]) -> None:
    doc = make_doc("r", LAUNCH + sentence, "2017-07-20", ("Tuesday (June 6)", "DATE", "2017-06-06"))
    events, _ = find_events([doc])
    battle, breach = _one(events, "campaign"), _one(events, "breach")
    assert breach.interval.start == start
    [rel] = breach.relations
    assert (rel.other, rel.relation, rel.point) == (battle.id, "after", "start")
    assert "after" in rel.evidence.text and rel.evidence.doc == "r"


DECLARED = "The SDF declared Raqqa liberated on Friday (October 20). "


@pytest.mark.parametrize(
    "sentence",
    [
        # the dependent (the declaration) is dated: the gap dates the other event, backwards
        "The announcement came three days after its fighters took the last positions in the city.",
        # the other event (the declaration) is dated: the gap dates the dependent
        "Three days before the declaration, SDF fighters captured the stadium in Raqqa.",
        "Its fighters had taken the last districts of Raqqa three days before the declaration.",
    ],
)
def test_a_gap_dates_whichever_side_is_undated(make_doc: DocBuilder, sentence: str) -> None:
    doc = make_doc("r", DECLARED + sentence, "2017-10-21", ("Friday (October 20)", "DATE", "2017-10-20"))
    events, _ = find_events([doc])
    capture = _one(events, "capture")
    declaration = _one(events, "proclamation")
    # (the stadium in Raqqa is a landmark of the town: its capture has target "Raqqa stadium", E7b session 7)
    assert capture.actors[0] == "Syrian Democratic Forces" and capture.target in ("Raqqa", "Raqqa stadium")
    assert capture.interval.start == (D(2017, 10, 17), D(2017, 10, 17))
    assert declaration.interval.start == (D(2017, 10, 20), D(2017, 10, 20))
    rels = declaration.relations + capture.relations
    assert len(rels) == 1 and rels[0].lo_days == rels[0].hi_days == 3.0


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Iraqi forces were advancing toward Mosul on Tuesday (October 25) as defence chiefs from the US-led "
         "coalition met in Paris.", "advance"),
        ("As Iraqi forces advanced toward Mosul on Tuesday (October 25), the US-led coalition met in Paris.",
         "advance"),
        ("The US-led coalition met in Paris when Iraqi forces entered Bartalla on Tuesday (October 25).", "advance"),
    ],
)
def test_simultaneous_clauses_share_a_date(make_doc: DocBuilder, text: str, dated: str) -> None:
    doc = make_doc("m", text, "2016-10-26", ("Tuesday (October 25)", "DATE", "2016-10-25"))
    events, _ = find_events([doc])
    meeting, other = _one(events, "meeting"), _one(events, dated)
    assert meeting.interval.start == (D(2016, 10, 25), D(2016, 10, 25))
    [rel] = meeting.relations
    assert (rel.other, rel.relation) == (other.id, "during")


@pytest.mark.parametrize(
    "text",
    [
        "The square was named after the general who captured the town.",
        "Leaders focus on Tal Afar, a town that had a Shiite majority before it fell to IS in 2014.",
        "The militias will not enter Mosul before the army captured the airport.",
        "Ministers met to review the war after more than two years of air strikes.",
        "Before it was seized by ISIS the town also had a strong Shia presence, and the war went on.",
    ],
)
def test_no_relation(text: str) -> None:
    dm = find_mentions("x", text, load_table())
    assert relate_document(dm) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army took control of all operations in Mosul on Thursday (October 12), 12 days after the first strikes.",
        "Commanders took charge of the offensive on Thursday (October 12), two days after the first raids.",
        "The general assumed command of the operation on Thursday (October 12), a week after the first strikes.",
    ],
)
def test_no_date_from_an_event_nobody_did(make_doc: DocBuilder, text: str) -> None:
    # the strikes (by nobody, nowhere) are no event: the gap must not move a date onto anything
    doc = make_doc("q", text, "2017-10-17", ("Thursday (October 12)", "DATE", "2017-10-12"))
    events, _ = find_events([doc])
    assert all(e.interval.start[0] is None or e.interval.start[0] <= D(2017, 10, 12) for e in events)
    assert not any("operation" in e.label.lower() or "offensive" in e.label.lower() for e in events)
