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
        # ... or with a present verb after it ("launched on 17 October, is in its second week")
        ("The operation, launched on 17 October, is in its second week.", "17 October", "past"),
        # a past passive is a past verb: its adjunct stays in the past
        ("The offensive, which was launched in October, will end soon.", "October", "past"),
        ("The two villages, which were retaken in May, will be rebuilt.", "May", "past"),
        ("Thousands fled in the autumn.", "the autumn", "past"),
        # not an adjunct of a past verb: the future governs
        ("The summit will be held in October.", "October", "future"),
        ("A referendum to be completed in May will follow.", "May", "future"),
        ("The vote will take place in October.", "October", "future"),
        ("The convoy in October will carry food.", "October", "future"),
        ("The road is closed and will be reopened in October.", "October", "future"),
        ("The hospital, to be reopened in October, will treat the wounded.", "October", "future"),
    ],
)
def test_adjunct_of_a_past_verb(sentence: str, date: str, want: str) -> None:
    i = sentence.index(date)
    assert clause_tense(sentence, i, i + len(date)) == want


@pytest.mark.parametrize(
    ("sentence", "date", "want"),
    [
        # a period after an abbreviation ends no sentence: the verb beyond it still governs
        ("In May, after the Roe vs. Wade anniversary, a bomb killed a guard.", "May", "past"),
        ("In March, a blast in Selma, Ala., killed two guards.", "March", "past"),
        ("In June, Gen. Okafor led the column into the town.", "June", "past"),
        ("In April, the U.S. envoy will visit the capital.", "April", "future"),
        # "succeed", "proceed", "exceed" are not past forms
        ("Ms. Aydin will succeed him in February.", "February", "future"),
        ("The trial will proceed in March.", "March", "future"),
        # a past activity that ran until a time: that time is past; a time set ahead is not
        ("Fighting raged until late Tuesday.", "late Tuesday", "past"),
        ("The ceasefire held in the north until Friday, residents said.", "Friday", "past"),
        ("The curfew was extended until Friday.", "Friday", "future"),
        ("The army will hold the bridge until Friday.", "Friday", "future"),
        # a compound adjective is no verb
        ("The Saudi-led coalition keeps up strikes in May.", "May", None),
        # a real sentence end still bounds the clause
        ("The town fell. In May the army will return.", "May", "future"),
    ],
)
def test_sentence_bounds_and_false_pasts(sentence: str, date: str, want: str | None) -> None:
    i = sentence.index(date)
    assert clause_tense(sentence, i, i + len(date)) == want


@pytest.mark.parametrize(
    ("sentence", "date", "want"),
    [
        # a verb past "that"/"whether" after the date is the reported clause's: the telling's day
        ("The governor told the assembly on Thursday that she would step down.", "Thursday", "past"),
        ("Rebels informed mediators on Monday that they would leave the town.", "Monday", "past"),
        ("Army chiefs asked on Wednesday whether the bridge would hold.", "Wednesday", "past"),
        ("The envoy will tell the council on Friday that the truce has failed.", "Friday", "future"),
        # the "that" left out: a bare subject after the date starts the reported clause
        ("The premier told parliament on Sunday she would quit.", "Sunday", "past"),
        ("The minister warned on Monday the army would strike back.", "Monday", "past"),
        ("Rebel leaders promised on Tuesday Western envoys would be safe.", "Tuesday", "past"),
        ("The army said it would attack on Friday.", "Friday", "future"),
        # with no verb on the left, the reported clause's verb is all there is
        ("On Friday that the convoy would turn back was already clear.", "Friday", "future"),
        # without a complementiser the nearest verb still wins
        ("The council met Monday and will vote on Friday.", "Friday", "future"),
    ],
)
def test_reported_clause_after_the_date(sentence: str, date: str, want: str) -> None:
    i = sentence.index(date)
    assert clause_tense(sentence, i, i + len(date)) == want


@pytest.mark.parametrize(
    ("sentence", "date", "want"),
    [
        # a scheduled act in the simple present looks ahead
        ("The envoy arrives in Juba on Thursday.", "Thursday", "future"),
        ("The Kenyan and Somali presidents meet Friday in Nairobi.", "Friday", "future"),
        ("Talks between the two parties resume on Sunday in Oslo.", "Sunday", "future"),
        ("The trial of the four officers begins Wednesday, the court said.", "Wednesday", "future"),
        ("The premier leaves for Ankara on Monday.", "Monday", "future"),
        ("The Saudi-led coalition resumes strikes in May.", "May", "future"),
        # ... not after "to", "not", "did", nor a past verb nearer to the date
        ("The rival delegations failed to meet on Tuesday.", "Tuesday", "past"),
        ("The two ministers did not meet Saturday, aides said.", "Saturday", "past"),
        ("Parliament, which convenes rarely, met on Monday.", "Monday", "past"),
    ],
)
def test_scheduled_present_looks_ahead(sentence: str, date: str, want: str) -> None:
    i = sentence.index(date)
    assert clause_tense(sentence, i, i + len(date)) == want


@pytest.mark.parametrize(
    ("sentence", "date", "want"),
    [
        # "the next day/morning" moves the story on: no future cue for the date before it
        ("Police cleared the camp late on Friday; the next morning the tents were back.", "Friday", "past"),
        ("Rebels crossed the river on Monday; the next day they entered Kidal.", "Monday", "past"),
        # ... but "next" before other words still looks ahead
        ("The envoy arrives on Monday, and the next round opens in Doha.", "Monday", "future"),
        ("The deal is signed on Monday and the next phase begins in May.", "May", "future"),
    ],
)
def test_the_next_day_is_no_future_cue(sentence: str, date: str, want: str) -> None:
    i = sentence.index(date)
    assert clause_tense(sentence, i, i + len(date)) == want
