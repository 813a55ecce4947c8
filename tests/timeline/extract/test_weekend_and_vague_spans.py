""""The weekend" in every place news puts it, and bare plural units as vague spans ("a matter of
weeks", "hours, not months"), on sentences of our own at several anchors."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import _extract, _resolve
from timeline.model import Anchor, Expression


def _run(text: str, anchor: str) -> list[Expression]:
    return _resolve.resolve(_extract.extract(text), Anchor(value=dt.datetime.fromisoformat(anchor), source="cli"))


def _one(text: str, span: str, anchor: str) -> Expression:
    hits = [e for e in _run(text, anchor) if e.text == span]
    assert hits, [(e.text, e.value) for e in _run(text, anchor)]
    return hits[0]


# Wednesday 18 Oct 2017: the weekend just past is 14-15 Oct (W41), the coming one 21-22 Oct (W42)
@pytest.mark.parametrize(
    ("sentence", "span", "want"),
    [
        ("The weekend's prisoner swap had eased tension along the border.", "The weekend", "2017-W41-WE"),
        ("Officials blamed the weekend's flooding on a burst dam.", "the weekend", "2017-W41-WE"),
        ("The weekend brought the first rain in months.", "The weekend", "2017-W41-WE"),
        ("The weekend ended with a curfew in the old city.", "The weekend", "2017-W41-WE"),
        ("Rescuers spent the weekend searching the rubble.", "the weekend", "2017-W41-WE"),
        ("Over the weekend, militia fighters withdrew from the ridge.", "the weekend", "2017-W41-WE"),
        ("Last weekend the ferry service stopped.", "Last weekend", "2017-W41-WE"),
        ("Last weekend's clashes left nine dead.", "Last weekend", "2017-W41-WE"),
        ("This weekend the ferry service will resume.", "This weekend", "2017-W42-WE"),
        ("The weekend's runoff vote will settle the presidency.", "The weekend", "2017-W42-WE"),
        ("Talks are due to resume over the weekend.", "the weekend", "2017-W42-WE"),
    ],
)
def test_the_weekend_on_a_wednesday(sentence: str, span: str, want: str) -> None:
    e = _one(sentence, span, "2017-10-18")
    assert (e.type, e.value) == ("DATE", want)


def test_the_weekend_on_a_sunday_and_a_monday() -> None:
    # on a Sunday, a report of the past means the weekend that Sunday ends
    assert _one("The weekend's storms cut power to the island.", "The weekend", "2017-10-15").value == "2017-W41-WE"
    # on a Monday, the one that ended the day before
    assert _one("The weekend saw protests in four cities.", "The weekend", "2017-10-16").value == "2017-W41-WE"


@pytest.mark.parametrize(
    "sentence",
    [
        "The weekend is a time for rest, the union says.",
        "Doctors on the weekend shift were stretched thin.",
        "The weekend edition sold out by noon.",
        "After a weekend of talks, the deal was signed.",
    ],
)
def test_no_one_weekend(sentence: str) -> None:
    assert [e.text for e in _run(sentence, "2017-10-18") if "weekend" in e.text.lower()] == []


@pytest.mark.parametrize(
    ("sentence", "span", "want"),
    [
        ("'The fall of the city is a matter of weeks,' a commander said.", "weeks", "PXW"),
        ("Talks on a truce could be a matter of days, diplomats said.", "days", "PXD"),
        ("Rebuilding the bridge is a question of months.", "months", "PXM"),
        ("He promised the blockade would last days, not weeks.", "weeks", "PXW"),
        ("The siege should take weeks rather than months.", "months", "PXM"),
        ("Families will not be able to return for months.", "months", "PXM"),
        ("The drought has gripped the plains for years.", "years", "PXY"),
        ("Aid should reach the valley within days.", "days", "PXD"),
        ("The town has had no power for weeks.", "weeks", "PXW"),
    ],
)
def test_vague_spans(sentence: str, span: str, want: str) -> None:
    e = _one(sentence, span, "2017-10-18")
    assert (e.type, e.value, e.interval) == ("DURATION", want, None)


def test_a_matter_of_days_before_a_clause_hangs_on_no_event() -> None:
    e = _one("It is a matter of days before the garrison gives up.", "days", "2017-10-18")
    assert e.event_ref is None and e.event_relation is None


@pytest.mark.parametrize(
    "sentence",
    [
        "It is a matter of principle for the council.",
        "The hours not billed were written off.",
        "Voters, not weeks of campaigning, decide elections.",
    ],
)
def test_no_vague_span(sentence: str) -> None:
    found = [(e.text, e.rule) for e in _run(sentence, "2017-10-18") if e.rule == "dur_plural"]
    assert found == []
