"""Undated mentions join a dated event of another article only when every sign agrees (our own text)."""

from __future__ import annotations

import pytest
from conftest import DocBuilder

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
