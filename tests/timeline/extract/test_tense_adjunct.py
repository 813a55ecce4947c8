"""A date that is the adjunct of a past verb keeps that verb's tense, even with a future verb after it."""

from __future__ import annotations

import pytest

from timeline._extract._tense import clause_tense


@pytest.mark.parametrize(
    ("sentence", "date", "want"),
    [
        ("The siege of Douma that started in October will end in the coming weeks.", "October", "past"),
        ("Talks that began on Monday will resume next week.", "Monday", "past"),
        ("The blockade, which began in March, will be lifted.", "March", "past"),
        ("Officials said in October they will leave the city.", "October", "past"),
        # not an adjunct of a past verb: the future governs
        ("The summit will be held in October.", "October", "future"),
        ("A referendum to be completed in May will follow.", "May", "future"),
        ("The vote will take place in October.", "October", "future"),
        ("The convoy in October will carry food.", "October", "future"),
    ],
)
def test_adjunct_of_a_past_verb(sentence: str, date: str, want: str) -> None:
    i = sentence.index(date)
    assert clause_tense(sentence, i, i + len(date)) == want
