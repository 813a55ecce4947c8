"""A phase of a fight for a place is not its campaign; an act nobody does dates no campaign (our own sentences).

1. "the final push on X", "a new offensive on X", "the renewed assault on X" tell a phase of the fight for
   X: an act of its own time, not the campaign for X (whose start other articles give), so a "last week"
   on the phase does not contradict "twelve days into the offensive".
2. An activity over an anchored span ("over the past three days") dates a campaign's start only when
   someone does it ("troops have advanced on X over the past 12 days"); refugees fleeing the fighting who
   crossed a border over the past three days say nothing of when the war began.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline._events._aliases import load_table
from timeline._events._mentions import Mention, find_mentions
from timeline.model import Document


def _one(text: str, word: str) -> Mention:
    found = [m for m in find_mentions("t", text, load_table()).mentions if m.word == word]
    assert found, f"no mention {word!r} in {text!r}"
    return found[-1]


@pytest.mark.parametrize(("text", "word"), [
    ("Last week's final push on Tokmak met little resistance, officials said.", "push"),
    ("The army launched a new offensive on Bakhmut on Monday.", "offensive"),
    ("The renewed assault on Avdiivka began at dawn, officials said.", "assault"),
    ("The second offensive on Kharkiv opened on Thursday, officials said.", "offensive"),
    ("Government troops began the final assault on Baghuz on Saturday.", "assault"),
    ("A fresh push on Marib was repelled overnight, the coalition said.", "push"),
])
def test_a_phase_is_no_campaign(text: str, word: str) -> None:
    assert _one(text, word).campaign is None


@pytest.mark.parametrize(("text", "word", "place"), [
    ("The battle for Mosul entered its second week on Monday.", "battle", "Mosul"),
    ("The offensive on Raqqa began on June 6, officials said.", "offensive", "Raqqa"),
    ("The assault on Tal Afar was launched on Sunday, officials said.", "assault", "Tal Afar"),
    ("The final battle for Mosul's old city began on Sunday, officials said.", "battle", "Mosul"),
])
def test_the_campaign_still_is(text: str, word: str, place: str) -> None:
    assert _one(text, word).campaign == place


def _errors(*docs: tuple[str, str]) -> list[str]:
    tl = timeline.build([Document(id=f"d{i}", text=t, published=dt.datetime.fromisoformat(p))
                         for i, (p, t) in enumerate(docs)])
    return [f.code for f in tl.findings if f.severity == "error"]


def test_a_phase_dated_last_week_fits_an_older_offensive() -> None:
    assert _errors(
        ("2023-06-20", "Twelve days into the offensive, Ukrainian troops say they are closing in on Tokmak."),
        ("2023-08-30", "Last week's final push on Tokmak, ordered on August 21, gained little ground, officials said."),
    ) == []


@pytest.mark.parametrize("text", [
    "Thousands of refugees fleeing the fighting in Darfur have crossed into Chad over the past three days, officials "
    "said on Wednesday, as the war entered its second week.",
    "Families escaping the fighting in Tigray have streamed into Sudan over the past four days, aid workers said on "
    "Friday, as the conflict entered its third week.",
    "Hundreds of civilians fleeing the war in Karabakh have crossed into Armenia over the past two days, officials "
    "said, as the conflict entered its second week.",
])
def test_refugees_crossing_over_a_span_do_not_date_the_war(text: str) -> None:
    assert _errors(("2023-04-26", text)) == []
