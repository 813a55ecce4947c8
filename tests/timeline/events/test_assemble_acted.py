"""An act told by a verb (or a noun with its object) stays on the timeline though no actor or place is named.

Before, a cluster naming nobody and nowhere was dropped whole, so "Armed men in camouflage ... seized
the police headquarters ... on Saturday" vanished when the long subject hid the actor.  A bare noun
("the operation", "Yesterday's advance") still names too little to stand alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.model import Document, Timeline


def _build(published: str, text: str) -> Timeline:
    return timeline.build([Document(id="d", text=text, published=dt.datetime.fromisoformat(published))])


@pytest.mark.parametrize(("published", "text", "word", "day"), [
    ("2015-03-16", "Men in black masks and unmarked vests seized the customs post on Saturday, witnesses said.",
     "seize", "2015-03-14"),
    ("2019-06-04", "Unknown attackers in a grey van blew up the railway bridge on Monday night.",
     "blew|blow", "2019-06-03"),
    ("2021-09-10", "Unidentified gunmen in two pick-up trucks kidnapped the headmaster on Wednesday.",
     "kidnap", "2021-09-08"),
    ("2012-11-02", "Masked men stormed the broadcaster's offices on Thursday and cut the signal.",
     "storm", "2012-11-01"),
])
def test_an_act_told_by_a_verb_is_kept_without_actor_or_place(published: str, text: str, word: str,
                                                               day: str) -> None:
    tl = _build(published, text)
    got = [e for e in tl.events
           if any(w in " ".join([e.label, *(x.text for x in e.evidence)]).lower() for w in word.split("|"))]
    assert got, [e.label for e in tl.events]
    start = got[0].interval.start[0]
    assert start is not None and start.date() == dt.date.fromisoformat(day), got[0].interval


@pytest.mark.parametrize(("published", "text", "word", "day"), [
    ("2021-02-03", "The coup on Monday ended a decade of civilian rule.", "coup", "2021-02-01"),
    ("2022-08-25", "The ambush on Wednesday was the deadliest in months, officers said.", "ambush", "2022-08-24"),
    ("2016-07-19", "The truce took effect on Monday morning, the envoy said.", "truce", "2016-07-18"),
])
def test_the_one_act_of_its_kind_stands_alone(published: str, text: str, word: str, day: str) -> None:
    tl = _build(published, text)
    got = [e for e in tl.events if word in " ".join([e.label, *(x.text for x in e.evidence)]).lower()]
    assert got, [e.label for e in tl.events]
    start = got[0].interval.start[0]
    assert start is not None and start.date() == dt.date.fromisoformat(day), got[0].interval


@pytest.mark.parametrize(("published", "text", "noun"), [
    # a bare noun beside an act of its kind is that act retold, not a second event
    ("2016-05-31", "Troops pushed into the town of Garma on Monday. Yesterday's advance was slow, officers said.",
     "advance"),
    # plural: no one act
    ("2018-02-02", "Attacks on Wednesday killed five people, a spokesman said.", "Attacks"),
])
def test_a_bare_noun_still_names_too_little(published: str, text: str, noun: str) -> None:
    tl = _build(published, text)
    assert not [e for e in tl.events if [x.text for x in e.evidence if x.text == noun]
                and len(e.evidence) <= 2 and all(x.text in {noun, "Wednesday", "Yesterday"} for x in e.evidence)], \
        [(e.label, [x.text for x in e.evidence]) for e in tl.events]
