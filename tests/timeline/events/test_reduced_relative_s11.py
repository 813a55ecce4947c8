"""A participle right after a noun phrase a preposition or a verb governs, with its time after it, opens a
reduced relative clause (session 11): "Police carried out raids under the state of emergency declared on
Friday" - the declaring is not the police's.  "the truce Moscow brokered on Monday" names its actor before
the verb, so it is read as before."""

from __future__ import annotations

import pytest

from timeline._events._aliases import load_table
from timeline._events._mentions import find_mentions


def _actors_of(text: str, word: str) -> list[str]:
    dm = find_mentions("d", text, load_table(), None)
    found = [m for m in dm.mentions if m.word == word]
    assert found, [m.word for m in dm.mentions]
    return found[0].actors


@pytest.mark.parametrize(("text", "word"), [
    ("Police carried out 168 raids overnight under the state of emergency declared on Friday.", "declared"),
    ("Soldiers patrolled the streets under the martial law declared on Monday.", "declared"),
    ("Protesters marched in the capital, defying the curfew ordered last week.", "ordered"),
    ("Militias shelled the town despite the ceasefire declared on Sunday.", "declared"),
    ("Rebels attacked the convoy in violation of the ceasefire declared on Tuesday.", "declared"),
    ("The army extended the state of emergency declared in July.", "declared"),
])
def test_the_participle_takes_no_subject_as_actor(text: str, word: str) -> None:
    assert _actors_of(text, word) == []


@pytest.mark.parametrize(("text", "word"), [
    ("The rebels observed the truce Moscow brokered on Monday.", "brokered"),
    ("The government declared a state of emergency on Friday.", "declared"),
    ("Turkish troops shelled the town on Sunday.", "shelled"),
    ("Looting spread after the army withdrew on Monday.", "withdrew"),
    ("Rebels moved in after the government forces retreated on Friday.", "retreated"),
])
def test_a_clause_with_its_own_subject_keeps_it(text: str, word: str) -> None:
    assert _actors_of(text, word) != []
