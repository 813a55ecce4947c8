"""Open-vocabulary acts: a past verb the lexicon lacks, dated by an expression nothing else takes.

Sentences written for these tests (invented places: Kostiv, Dolyna, Tartus as a port of call), with
verbs chosen because a war-news lexicon has no reason to list them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from conftest import DocBuilder, build_corpus, span

from timeline._events import find_events
from timeline.model import Anchor, Document, Event, Expression, Interval

PUB = "2023-03-06"  # a Monday


def _acts(events: Sequence[Event]) -> list[Event]:
    return [e for e in events if e.type == "act"]


def _day(ev: Event) -> dt.datetime:
    day = ev.interval.start[0]
    assert day is not None
    return day


def test_motion_verb_with_a_particle_is_dated(make_doc: DocBuilder) -> None:
    doc = make_doc("a", "Weary paratroopers trekked out of Kostiv on Wednesday.", PUB,
                   ("Wednesday", "DATE", "2023-03-01"))
    events, _ = find_events([doc])
    [ev] = _acts(events)
    assert "trek out of Kostiv" in ev.label
    assert _day(ev) == dt.datetime(2023, 3, 1) and ev.interval.end[1] == dt.datetime(2023, 3, 2)
    [lk] = ev.links
    assert lk.relation == "on" and lk.inferred  # our conclusion: a conflict is never an error of the news


def test_passive_is_dated_within_its_month(make_doc: DocBuilder) -> None:
    doc = make_doc("a", "The insurgents were scattered at Dolyna last August, and have not regrouped since.", PUB,
                   ("last August", "DATE", "2022-08"))
    events, _ = find_events([doc])
    [ev] = _acts(events)
    assert ev.label.endswith("scattered at Dolyna")
    assert ev.links[0].relation == "within"
    assert _day(ev) == dt.datetime(2022, 8, 1) and ev.interval.end[1] == dt.datetime(2022, 9, 1)


def test_fronted_date_and_a_subject_no_table_knows(make_doc: DocBuilder) -> None:
    doc = make_doc("a", "On Friday, the Estonian envoy sailed into Tartus aboard a navy cutter.", PUB,
                   ("Friday", "DATE", "2023-03-03"))
    events, _ = find_events([doc])
    [ev] = _acts(events)
    assert ev.label == "Estonian envoy sails into Tartus"
    assert _day(ev) == dt.datetime(2023, 3, 3)


def test_perfect_and_an_irregular_past(make_doc: DocBuilder) -> None:
    doc = make_doc("a", "Kurdish fighters had paddled across the Khabur river on Saturday. The rebels slung "
                   "a banner over the mosque gate on Sunday.", PUB,
                   ("Saturday", "DATE", "2023-03-04"), ("Sunday", "DATE", "2023-03-05"))
    events, _ = find_events([doc])
    labels = {ev.label: _day(ev) for ev in _acts(events)}
    assert any("paddle across" in k and v == dt.datetime(2023, 3, 4) for k, v in labels.items()), labels
    assert any("sling banner over mosque gate" in k and v == dt.datetime(2023, 3, 5) for k, v in labels.items()), labels


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # the saying's day, not an act's
        ("Officials said on Friday that the talks in Tartus went well.", "Friday", "2023-03-03"),
        ("Weary paratroopers left their trenches, a spokesman told reporters on Friday.", "Friday", "2023-03-03"),
        # a copula, a modal, a negation, an infinitive
        ("The Estonian envoy was in Tartus on Friday.", "Friday", "2023-03-03"),
        ("The Estonian envoy would sail into Tartus on Friday.", "Friday", "2023-03-03"),
        ("Kurdish fighters did not paddle across the Khabur river on Thursday.", "Thursday", "2023-03-02"),
        ("Kurdish fighters never paddled across the Khabur river on Thursday.", "Thursday", "2023-03-02"),
        ("Kurdish fighters trekked north to rebuild the bridge at Kostiv on Thursday.", "Thursday", "2023-03-02"),
        # a participle after a comma, an adjective, a verb of no act
        ("The barge, scuttled on Thursday, still blocks the channel at Kostiv.", "Thursday", "2023-03-02"),
        ("Kurdish fighters hoped for calm at Kostiv on Thursday.", "Thursday", "2023-03-02"),
        # nobody acted
        ("Posted on Friday, March 3. Views: 120", "Friday, March 3", "2023-03-03"),
        # not a point of the act
        ("Kurdish fighters patrolled the Khabur river since Thursday.", "Thursday", "2023-03-02"),
    ],
)
def test_no_act(make_doc: DocBuilder, text: str, surface: str, value: str) -> None:
    events, _ = find_events([make_doc("a", text, PUB, (surface, "DATE", value))])
    assert _acts(events) == []


def test_a_date_the_lexicon_takes_stays_with_it(make_doc: DocBuilder) -> None:
    doc = make_doc("a", "Rebels captured Kostiv on Wednesday and paraded through the market.", PUB,
                   ("Wednesday", "DATE", "2023-03-01"))
    events, _ = find_events([doc])
    assert _acts(events) == []
    [cap] = [e for e in events if e.type == "capture"]
    assert [(lk.text, lk.inferred) for lk in cap.links] == [("Wednesday", False)]


def test_a_dateline_dates_no_act() -> None:
    text = "KOSTIV, March 3 (Levant Wire) - Weary paratroopers trekked out of the town, residents said."
    k = text.index("March 3")
    anchor = Anchor(value=dt.datetime(2023, 3, 3), source="dateline", start=0, end=text.index(" - ") + 3)
    doc = Document(id="a", text=text, anchor=anchor, expressions=(
        Expression(text="March 3", start=k, end=k + 7, type="DATE", value="2023-03-03",
                   interval=Interval.day(dt.date(2023, 3, 3))),))
    events, _ = find_events([doc])
    assert _acts(events) == []


def test_a_time_told_with_a_linked_day_is_not_an_act_of_its_own(make_doc: DocBuilder) -> None:
    doc = make_doc("a", "Rebels captured Kostiv on Wednesday (March 1) and torched the depot.", PUB,
                   ("Wednesday", "DATE", "2023-03-01"), ("March 1", "DATE", "2023-03-01"))
    events, _ = find_events([doc])
    assert _acts(events) == []


def test_one_act_told_by_two_articles_is_one_event(make_doc: DocBuilder) -> None:
    a = make_doc("a", "Weary paratroopers trekked out of Kostiv on Wednesday.", "2023-03-02",
                 ("Wednesday", "DATE", "2023-03-01"))
    b = make_doc("b", "Paratroopers trekked out of Kostiv on March 1 under cover of fog, villagers recalled.",
                 "2023-03-08", ("March 1", "DATE", "2023-03-01"))
    events, _ = find_events([a, b])
    [ev] = _acts(events)
    assert set(ev.docs) == {"a", "b"} and _day(ev) == dt.datetime(2023, 3, 1)
    assert all(lk.inferred for lk in ev.links)


def test_acts_of_two_verbs_stay_apart(make_doc: DocBuilder) -> None:
    doc = make_doc("a", "Kurdish fighters paddled across the Khabur river on Saturday. Kurdish fighters "
                   "trekked out of Kostiv on Sunday.", PUB,
                   ("Saturday", "DATE", "2023-03-04"), ("Sunday", "DATE", "2023-03-05"))
    events, _ = find_events([doc])
    assert sorted(_day(ev) for ev in _acts(events)) == [dt.datetime(2023, 3, 4), dt.datetime(2023, 3, 5)]


def test_consistent_corpus_with_clashing_acts_has_no_error(tmp_path: Path) -> None:
    """Two consistent articles: the paratroopers trekked out of Kostiv twice (a week apart).  Open acts with
    one verb, one actor and one place but days that cannot both hold must never make an error."""
    tl = build_corpus(tmp_path, [
        ("k-1", "2023-03-02", "Weary paratroopers trekked out of Kostiv on Wednesday under heavy fog."),
        ("k-2", "2023-03-11", "Paratroopers trekked out of Kostiv again on Friday, eight days after they had "
                              "first pulled back."),
    ])
    assert [f.code for f in tl.findings if f.severity == "error"] == []
    days = sorted(_day(ev) for ev in _acts(tl.events))
    assert dt.datetime(2023, 3, 1) in days


def test_a_date_the_linker_gave_to_another_clause_dates_its_own_verb_too(make_doc: DocBuilder) -> None:
    doc = make_doc("a", "Thousands of Kurdish villagers waded across the Khabur river on Saturday as rebel "
                   "fighters closed in on Dolyna.", PUB, ("Saturday", "DATE", "2023-03-04"))
    events, _ = find_events([doc])
    [ev] = _acts(events)
    assert "wade across" in ev.label and _day(ev) == dt.datetime(2023, 3, 4)
    # the event the linker gave the day to keeps it as read (a conflict there is still the news's)
    others = [e for e in events if e.type != "act" and any(lk.text == "Saturday" for lk in e.links)]
    assert others and not any(lk.inferred for e in others for lk in e.links)


def test_they_after_a_reporting_verb_is_who_said_it(make_doc: DocBuilder) -> None:
    doc = make_doc("a", "Separatist fighters claimed they had scuttled the ferry at Kostiv on Monday.", PUB,
                   ("Monday", "DATE", "2023-02-27"))
    events, _ = find_events([doc])
    [ev] = _acts(events)
    assert "scuttle ferry" in ev.label and ev.actors and _day(ev) == dt.datetime(2023, 2, 27)


def test_the_subject_is_the_actor_next_to_its_verb(make_doc: DocBuilder) -> None:
    doc = make_doc("a", "Kurdish fighters were ferried in by night and Turkish troops bulldozed the earthen "
                   "berm at Dolyna early on Sunday.", PUB, ("early on Sunday", "TIME", "2023-03-05TMO",
                                                              span("2023-03-05T00:00", "2023-03-05T12:00")))
    events, _ = find_events([doc])
    [ev] = [e for e in _acts(events) if "bulldoze" in e.label]
    assert ev.label.startswith("Turkish")
