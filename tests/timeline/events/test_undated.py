"""Undated mentions join a dated event of another article only when every sign agrees (our own text)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DocBuilder

import timeline
from timeline._events import find_events
from timeline.model import Document, Event

DATED = ("Hashd al-Shaabi militias launched an offensive on Saturday (October 29) towards the west of Mosul, "
         "aiming to reach the town of Tal Afar.")


def _dated(make_doc: DocBuilder) -> Document:
    return make_doc("dated", DATED, "2016-10-30", ("Saturday (October 29)", "DATE", "2016-10-29"))


def _offensives(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "offensive"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Hashd fighters were preparing for a push to the west of Mosul.",
        "Hashd commanders say an offensive toward Tal Afar will begin within days.",
        "The Popular Mobilization Forces are expected to launch a major push west of Mosul soon.",
    ],
)
def test_undated_plan_joins_the_event_it_announced(make_doc: DocBuilder, text: str) -> None:
    docs = [_dated(make_doc), make_doc("plan", text, "2016-10-25")]
    events, _ = find_events(docs)
    [ev] = _offensives(events)
    assert set(ev.docs) == {"dated", "plan"}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # another direction
        ("Thousands of Hashd fighters were preparing for a push to the south of Mosul.", "2016-10-25"),
        # told as done five days before the dated launch: not the same push
        ("Hashd fighters pushed toward Tal Afar, their commanders said.", "2016-10-24"),
        # told as to come, but months before
        ("Hashd commanders say an offensive toward Tal Afar will begin within days.", "2016-07-01"),
        # another actor
        ("Peshmerga fighters were preparing for a push to the west of Mosul.", "2016-10-25"),
    ],
)
def test_undated_mention_stays_apart(make_doc: DocBuilder, text: str, published: str) -> None:
    docs = [_dated(make_doc), make_doc("other", text, published)]
    events, _ = find_events(docs)
    assert all(set(e.docs) == {"dated"} for e in _offensives(events))


def test_two_candidates_no_merge(make_doc: DocBuilder) -> None:
    second = ("Hashd al-Shaabi militias launched a second offensive on Monday (October 31) toward Tal Afar from "
              "the west of Mosul.")
    docs = [_dated(make_doc), make_doc("second", second, "2016-11-01", ("Monday (October 31)", "DATE", "2016-10-31")),
            make_doc("plan", "Hashd commanders say an offensive toward Tal Afar will begin within days.",
                     "2016-10-25")]
    events, _ = find_events(docs)
    assert not any("plan" in e.docs for e in events)


# An undated article's weekday is a constraint even before its date is known: "on Sunday" cannot be
# the capture another article dates to a Tuesday (the build below infers no anchor from such a merge).
_TUESDAY = ("HARBIN, Feb. 10 (Northern Wire) - Border troops drove the rebels out of the last streets they held "
            "in Ostrava on Tuesday, weeks after the first districts fell.")


@pytest.mark.parametrize(
    ("undated", "joins"),
    [
        ("Border troops seized the central market in Ostrava on Sunday, officers said.", False),
        ("Border troops seized the last streets of Ostrava on Tuesday, officers said.", True),
    ],
)
def test_anchorless_weekday_must_fit_the_dated_day(undated: str, joins: bool) -> None:
    docs = [Document(id="dated", text=_TUESDAY, published=dt.date(2016, 2, 10)),
            Document(id="undated", text=undated)]
    tl = timeline.build(docs)
    shared = [e for e in tl.events if set(e.docs) == {"dated", "undated"}]
    assert bool(shared) is joins
    anchor = next(d.anchor for d in tl.documents if d.id == "undated")
    assert (anchor.value is not None) is joins
    if joins:
        assert anchor.earliest is not None and anchor.earliest >= dt.datetime(2016, 2, 9)
