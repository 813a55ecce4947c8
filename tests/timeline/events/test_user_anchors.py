"""User anchors (``--anchors FILE``): known events join the evidence with source "user"."""

from __future__ import annotations

import datetime as dt

from conftest import DocBuilder

from timeline._events import find_events
from timeline.model import Document, UserAnchor

D = dt.datetime


def _docs(make_doc: DocBuilder) -> list[Document]:
    return [
        make_doc("1", "Three weeks into the battle for Raqqa, fighters advance street by street.", "2017-06-27",
                 ("Three weeks into the battle for Raqqa", "DURATION", "P3W", None,
                  {"event_ref": "the battle for Raqqa", "event_relation": "into"})),
        make_doc("2", "The SDF has closed in on Raqqa since it launched the Wrath of Euphrates operation.",
                 "2017-05-10"),
    ]


def test_an_anchor_names_a_campaign_by_an_alias(make_doc: DocBuilder) -> None:
    ua = UserAnchor(name="Battle of Raqqa", aliases=("assault on Raqqa",), start=D(2017, 6, 6), end=D(2017, 10, 17))
    events, findings = find_events(_docs(make_doc), [ua])
    [ev] = [e for e in events if e.label == "Battle of Raqqa"]
    assert ev.interval.start == (D(2017, 6, 6), D(2017, 6, 6))
    assert ev.interval.end == (D(2017, 10, 18), D(2017, 10, 18))  # the stated last day, half-open
    assert [x.source for x in ev.evidence if x.doc == "user"] == ["user"]
    assert "user" in ev.docs and findings == []


def test_an_alias_in_another_wording_still_matches(make_doc: DocBuilder) -> None:
    ua = UserAnchor(name="Raqqa campaign", aliases=("the Raqqa offensive",), start=D(2017, 6, 6))
    events, _ = find_events(_docs(make_doc), [ua])
    [ev] = [e for e in events if e.type == "campaign" and e.place == "Raqqa"]
    assert any(x.source == "user" for x in ev.evidence)


def test_a_named_operation_matches_its_name(make_doc: DocBuilder) -> None:
    ua = UserAnchor(name="Wrath of Euphrates", aliases=("Operation Wrath of Euphrates",), start=D(2016, 11, 6))
    events, _ = find_events(_docs(make_doc), [ua])
    [ev] = [e for e in events if e.label == "Wrath of Euphrates"]
    assert ev.docs == ("2", "user") and ev.interval.start == (D(2016, 11, 6), D(2016, 11, 6))


def test_an_anchor_that_matches_nothing_is_its_own_event(make_doc: DocBuilder) -> None:
    ua = UserAnchor(name="Fall of Tabqa dam", start=D(2017, 5, 10), end=D(2017, 5, 10))
    events, _ = find_events(_docs(make_doc), [ua])
    [ev] = [e for e in events if e.label == "Fall of Tabqa dam"]
    assert ev.type == "user" and ev.doc == "user" and ev.evidence[0].source == "user"
    assert ev.interval.start == (D(2017, 5, 10), D(2017, 5, 10))


def test_an_anchor_that_contradicts_the_text_is_reported(make_doc: DocBuilder) -> None:
    ua = UserAnchor(name="Battle of Raqqa", start=D(2017, 9, 1))  # the text says early June
    events, findings = find_events(_docs(make_doc), [ua])
    assert [f.code for f in findings] == ["user-anchor-disagrees"]
    [ev] = [e for e in events if e.label == "Battle of Raqqa"]
    assert ev.interval.start == (D(2017, 9, 1), D(2017, 9, 1))  # the user's statement wins, and is flagged
