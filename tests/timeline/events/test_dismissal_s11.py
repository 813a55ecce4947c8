"""Firing someone is a dismissal; opening fire on someone's words is not (session 11)."""

from __future__ import annotations

import pytest

import timeline
from timeline.model import Document


def _types(text: str) -> list[str]:
    tl = timeline.build([Document(id="d", text=text, published="2021-02-09")])
    return [e.type for e in tl.events]


@pytest.mark.parametrize("text", [
    "Critics opened fire on the minister's remarks on Monday.",
    "Opposition leaders opened fire on the governor's budget on Friday.",
    "Columnists opened fire on the prime minister's speech on Sunday.",
])
def test_opening_fire_on_words_is_no_dismissal(text: str) -> None:
    assert "dismissal" not in _types(text)


@pytest.mark.parametrize("text", [
    "The president fired his army chief on Monday.",
    "The premier sacked the defence minister on Friday.",
    "The king dismissed the governor of the central bank on Tuesday.",
])
def test_firing_a_chief_is_a_dismissal(text: str) -> None:
    assert "dismissal" in _types(text)
