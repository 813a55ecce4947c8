"""The object of an offensive (driven out, ousted, expelled, retaken from, fought against) is its
target, never its actor (our own sentences)."""

from __future__ import annotations

import pytest

from timeline._events._aliases import load_table
from timeline._events._mentions import Mention, find_mentions


def _one(text: str, word: str) -> Mention:
    [mn] = [m for m in find_mentions("t", text, load_table()).mentions if m.word == word]
    return mn


@pytest.mark.parametrize(("text", "word", "enemy"), [
    ("The campaign to drive ISIS out of Manbij ended on Friday.", "campaign", "ISIS"),
    ("The operation to oust the militants from the harbour ended on Friday.", "operation", "militants"),
    ("The offensive to expel Daesh from Sirte ended in December.", "offensive", "ISIS"),
    ("The campaign against the rebels ended on Friday.", "campaign", "rebels"),
    ("The operation to retake the dam from Islamic State ended on Friday.", "operation", "ISIS"),
])
def test_enemy_in_object_position_is_not_the_actor(text: str, word: str, enemy: str) -> None:
    assert enemy not in _one(text, word).actors


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("Kurdish fighters launched a campaign to drive ISIS out of Manbij on Friday.", "campaign", "Kurdish militants"),
    ("The Kenyan army's offensive against al-Shabaab began on Sunday.", "offensive", "Kenyan forces"),
    ("The offensive launched by the rebels ended on Friday.", "offensive", "rebels"),
])
def test_the_subject_or_owner_stays_the_actor(text: str, word: str, actor: str) -> None:
    assert actor in _one(text, word).actors


@pytest.mark.parametrize("text", [
    "Soldiers began an operation against Ansar Dine on Monday.",
    "An offensive against Jund Ansar was launched on Tuesday.",
])
def test_an_unknown_name_after_against_is_no_campaign_place(text: str) -> None:
    [mn] = [m for m in find_mentions("t", text, load_table()).mentions if m.nominal]
    assert mn.campaign is None
