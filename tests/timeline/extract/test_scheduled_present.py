"""A present verb of a scheduled act looks ahead only when it tells a scheduled act (x7r review)."""

from __future__ import annotations

import pytest

from timeline._extract._tense import clause_tense


@pytest.mark.parametrize(
    ("sentence", "date", "want"),
    [
        # "leaves" naming a result, "opens fire", fighting that "resumes": no scheduled act
        ("A lorry bomb leaves 22 dead in Baidoa on Thursday, the governor said.", "Thursday", None),
        ("The flood leaves hundreds of families homeless on Sunday.", "Sunday", None),
        ("The cyclone leaves the port without power on Saturday night.", "Saturday night", None),
        ("A gunman opens fire on worshippers in Kano on Friday.", "Friday", None),
        ("Shelling resumes in Marib on Wednesday.", "Wednesday", None),
        ("Mortar fire resumes in Taiz on Sunday.", "Sunday", None),
        ("Rocket fire begins again over Sderot on Monday.", "Monday", None),
        ("Clashes in the old city resume on Monday after the truce broke down, medics said.", "Monday", "past"),
        # a plain form completing a verb of seeing or helping is a past act
        ("Farmers watched the first tankers arrive in Gedaref on Tuesday.", "Tuesday", "past"),
        ("Volunteers helped the clinic reopen on Saturday.", "Saturday", "past"),
        ("Neighbours saw the two envoys depart on Sunday morning.", "Sunday morning", "past"),
        # a photo caption with its credit: the picture shows what happened
        ("A tanker convoy arrives in Zintan on Thursday. REUTERS/Hani Amara", "Thursday", None),
        ("Pilgrims leave the shrine in Karbala on Sunday (AFP Photo)", "Sunday", None),
        ("A ferry departs Lampedusa on Monday. AFP/Getty Images", "Monday", None),
    ],
)
def test_no_scheduled_act(sentence: str, date: str, want: str | None) -> None:
    i = sentence.index(date)
    assert clause_tense(sentence, i, i + len(date)) == want


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # the scheduled acts still look ahead
        ("The ferry leaves Tartus on Friday without its naval escort.", "Friday"),
        ("The aid ship leaves Larnaca for Ashdod on Monday.", "Monday"),
        ("Talks between the two parties resume in Jeddah on Thursday.", "Thursday"),
        ("The new terminal opens to travellers on Sunday.", "Sunday"),
        ("The envoys arrive in Juba on Wednesday, a spokesman said.", "Wednesday"),
        ("The assembly begins its spring session on Tuesday.", "Tuesday"),
        # a news agency named in the text, or a label of the next picture, is no credit
        ("The envoy flies to Nairobi on Tuesday, Reuters reported.", "Tuesday"),
        ("The envoy flies to Nairobi on Tuesday. Photo: the envoy in Addis Ababa last year.", "Tuesday"),
        ("The minister arrives on Friday. A REUTERS/Ipsos poll shows support.", "Friday"),
    ],
)
def test_scheduled_act_still_looks_ahead(sentence: str, date: str) -> None:
    i = sentence.index(date)
    assert clause_tense(sentence, i, i + len(date)) == "future"


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        # fighting that is not the subject: the talks about it still look ahead
        ("Talks to end the fighting resume in Addis Ababa on Monday.", "Monday"),
        ("Mediators said talks on the clashes resume on Friday.", "Friday"),
        ("A ceasefire begins in Idlib on Saturday, the envoy said.", "Saturday"),
    ],
)
def test_fighting_not_the_subject(sentence: str, date: str) -> None:
    i = sentence.index(date)
    assert clause_tense(sentence, i, i + len(date)) == "future"
