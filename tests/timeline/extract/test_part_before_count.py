"""A part of the day told before a clause that opens with a count ("By evening two towns had fallen")."""

from __future__ import annotations

import pytest

from timeline._extract import extract


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Rebels crossed the river on Monday. By evening two villages had fallen.", "evening"),
        ("By morning 14 trucks had crossed into Tigray, the agency said.", "morning"),
        ("In the night 30 shells hit the port, residents said.", "the night"),
        ("Police moved in at dawn, and by the afternoon hundreds had been detained.", "the afternoon"),
    ],
)
def test_a_part_before_a_count_is_a_time(text: str, span: str) -> None:
    assert span in [e.text for e in extract(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # still no time: a part of the day that modifies a noun, or a habit in the present
        ("Viewers of the evening news saw the fires.", "evening"),
        ("Farmers in the valley work in the morning two hours before the heat.", "morning"),
    ],
)
def test_no_time(text: str, word: str) -> None:
    assert not [e for e in extract(text) if word in e.text]
