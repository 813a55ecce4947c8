"""Intentions told with their infinitive, and states that are still to run up to a deadline (session 10).

An intention is past ("vowed", "agreed", "ordered the army"), its infinitive's act lies after it: a time
after the infinitive looks ahead; a time before the infinitive, or fronted, is the intention's own.  A
state under a future, modal or present auxiliary ("will be held until", "would remain in force until")
still has to run, unlike a past state that ran up to a time ("the truce held until Sunday").
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
        ("Students vowed to march again on Sunday.", "Sunday"),
        ("The union threatened to strike on Monday if wages were not paid.", "Monday"),
        ("The rebels agreed to hand over their heavy weapons in March.", "March"),
        ("The president ordered the army to clear the square by Friday.", "Friday"),
        ("The two sides pledged to resume talks in Geneva next month.", "next month"),
        ("Opposition leaders called on supporters to rally in the capital on Saturday.", "Saturday"),
        ("The governor promised to reopen the schools in September.", "September"),
        ("The junta decided to lift the curfew on Thursday.", "Thursday"),
        # a plan told in a past passive
        ("Organisers said another march was planned for Sunday.", "Sunday"),
        ("The rally, planned for Tuesday, was banned by the governor.", "Tuesday"),
    ],
)
def test_a_time_after_the_infinitive_looks_ahead(sentence: str, date: str) -> None:
    assert _tense(sentence, date) == "future"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # the time before the infinitive, or fronted: the intention's day
        ("Students vowed on Sunday to march again.", "Sunday"),
        ("On Monday, the union threatened to strike.", "Monday"),
        ("In March, the rebels agreed to hand over their heavy weapons.", "March"),
        ("The president on Friday ordered the army to clear the square.", "Friday"),
        # a past verb nearer than the intention governs its own adjunct
        ("The army vowed to crush the protests, which began on Saturday.", "Saturday"),
        ("The union agreed to talks after the strike that ended on Tuesday.", "Tuesday"),
        # no intention verb: an infinitive of purpose in a past clause
        ("Troops moved in to secure the bridge on Wednesday.", "Wednesday"),
    ],
)
def test_the_intention_or_a_nearer_past_verb_keeps_the_past(sentence: str, date: str) -> None:
    assert _tense(sentence, date) == "past"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("She will be held in custody until February 15.", "February 15"),
        ("Police said the activist would be held until Monday.", "Monday"),
        ("The emergency decree would remain in force until March.", "March"),
        ("The detainees are being kept at the base until Friday.", "Friday"),
        ("The monitors are expected to stay until June.", "June"),
        ("The curfew could continue until Sunday, officials warned.", "Sunday"),
    ],
)
def test_a_state_still_to_run_up_to_a_deadline_looks_ahead(sentence: str, date: str) -> None:
    assert _tense(sentence, date) == "future"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The ceasefire held until Sunday.", "Sunday"),
        ("Fighting raged until late Tuesday.", "late Tuesday"),
        ("The rebels kept the hostages until March.", "March"),
        ("The envoys stayed in the capital until Friday.", "Friday"),
        ("The truce had held until Monday.", "Monday"),
        ("Protesters remained in the square until Thursday.", "Thursday"),
    ],
)
def test_a_past_state_that_ran_up_to_a_time_stays_past(sentence: str, date: str) -> None:
    assert _tense(sentence, date) == "past"
