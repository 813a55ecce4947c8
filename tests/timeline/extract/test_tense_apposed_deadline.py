"""Two tense cues that are not what they look like (session 11).

- A deadline hedged by "at least" / "at the earliest" / "at the latest" is still a deadline: "on orders
  that run until at least Sunday" looks ahead, "fighting raged until at least Tuesday" looks back.
- A past participle in an appositive right after the expression ("at 8 p.m., a custom meant to drive out
  evil spirits", "on Friday, a date chosen by the council") modifies that noun; it is no finite verb, so
  it does not make the expression past.  An attribution ("on Friday, a spokesman said") is unchanged.
"""

from __future__ import annotations

import pytest

from timeline._extract._tense import clause_tense


def _tense(sentence: str, date: str) -> str | None:
    i = sentence.index(date)
    return clause_tense(sentence, i, i + len(date))


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Messaging apps were blocked on Thursday, on orders that run until at least Sunday.", "Sunday"),
        ("The curfew will stay in force until at least Friday.", "Friday"),
        ("Schools remain shut until at the earliest Monday, the ministry said.", "Monday"),
        ("The border crossing is closed until at least March 3.", "March 3"),
        ("The suspect can be held until at least Wednesday while police investigate.", "Wednesday"),
        ("Flights are suspended until at the latest Saturday, the airline said.", "Saturday"),
    ],
)
def test_a_hedged_deadline_looks_ahead(sentence: str, date: str) -> None:
    assert _tense(sentence, date) == "future"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Fighting raged until at least Tuesday, residents said.", "Tuesday"),
        ("The siege lasted until at least mid-March.", "mid-March"),
        ("Protesters stayed in the square until at least Sunday night.", "Sunday"),
        ("The ceasefire had held until at least Friday.", "Friday"),
    ],
)
def test_a_hedged_past_state_looks_back(sentence: str, date: str) -> None:
    assert _tense(sentence, date) == "past"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Residents planned to bang pots from their windows at 8 p.m., a custom meant to ward off evil.", "8 p.m."),
        ("Fans will gather outside the stadium at 6 p.m., a time chosen by the organisers.", "6 p.m."),
        ("The vote is due on March 3, a date set by the court.", "March 3"),
        ("Unions plan to strike on Friday, a day known as payday.", "Friday"),
        ("Talks resume in Geneva next week, a venue picked for its neutrality.", "next week"),
        ("The new cabinet takes office on Monday, a date agreed by both parties.", "Monday"),
    ],
)
def test_an_apposed_participle_is_no_past_clause(sentence: str, date: str) -> None:
    assert _tense(sentence, date) != "past"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Rebels shelled the town on Friday, a spokesman said.", "Friday"),
        ("The army withdrew on Sunday, an act seen as a defeat.", "Sunday"),
        ("Police dispersed the crowd on Friday, a day known as the day of rage.", "Friday"),
        ("The bridge collapsed on Monday, a local official told reporters.", "Monday"),
    ],
)
def test_a_past_clause_stays_past(sentence: str, date: str) -> None:
    assert _tense(sentence, date) == "past"
