"""Links and roles, session 11, on sentences of our own.

* a date closing a predicate ("the march on parliament ten days ago, and came a week after the general
  strike") is not the date of a noun or verb of the coordinated predicate after ", and <verb>";
* a subordinate or coordinated clause with a subject of its own that is no known actor ("a day after
  protesters blocked the highways") does not take the main clause's actor;
* a capitalised plural common noun opening a sentence ("Shells fell", "Convoys were attacked",
  "Connections were cut") is no name: no target or place (as an active subject it still tells who acted);
* a possessive day on an event noun ("Sunday's raid, in which ..., had already drawn condemnation") dates the
  noun in a past-perfect or present-perfect sentence.

Each class comes with negatives that must not change.
"""

from __future__ import annotations

import pytest
from conftest import links_in, mentions_in

# -- 1. a date closing its predicate is not the coordinated predicate's ----------------------------------------

AGO = [
    ("The rally was the largest since the march on parliament ten days ago, and came a week after the general strike.",
     "2019-12-02", "ten days ago", "2019-11-22", "general strike"),
    ("The funeral drew bigger crowds than the vigil in the city two weeks ago, and followed a night of airstrikes.",
     "2017-05-10", "two weeks ago", "2017-04-26", "airstrikes"),
    ("Relatives recalled the disappearance of the activists a month ago, and demanded an inquiry into the killings.",
     "2015-11-03", "a month ago", "2015-10", "killings"),
    ("Officials compared the scenes with the exodus from the mountain a week ago, and warned of a new offensive.",
     "2014-08-15", "a week ago", "2014-08-08", "offensive"),
    ("Officials compared the scenes with the exodus from the mountain a week ago, and warned of a new offensive.",
     "2014-08-15", "a week ago", "2014-08-08", "warned"),
    ("The report echoed the findings of the inspectors a week ago, and prompted calls for the arrest of the commander.",
     "2020-03-12", "a week ago", "2020-03-05", "arrest"),
    ("Aid workers described the flight of families from the villages three days ago, and feared a new assault.",
     "2016-06-20", "three days ago", "2016-06-17", "assault"),
    ("Survivors spoke of the chaos at the border crossing four days ago, and described the shelling that followed.",
     "2023-04-28", "four days ago", "2023-04-24", "shelling"),
    ("Volunteers unloaded the aid delivered on Tuesday, and watched the airstrikes from the roof.",
     "2022-03-18", "Tuesday", "2022-03-15", "airstrikes"),
]


@pytest.mark.parametrize(("text", "pub", "expr", "value", "word"), AGO)
def test_a_date_closing_its_predicate_is_not_the_next_ones(text: str, pub: str, expr: str, value: str,
                                                           word: str) -> None:
    links = links_in(text, pub, (expr, "DATE", value))
    assert not any(w.lower() == word for _e, w, _r in links), links


@pytest.mark.parametrize(
    ("text", "pub", "expr", "value", "word"),
    [
        # the noun the date closes keeps it
        ("The blast dwarfed the bombing of a bus in Kabul two weeks ago, and came three days after an airstrike "
         "had hit the province.", "2021-05-20", "two weeks ago", "2021-05-06", "bombing"),
        ("Residents fled the shelling of the port district five days ago, and have waited since for a truce.",
         "2018-06-20", "five days ago", "2018-06-15", "shelling"),
        ("Doctors treated the wounded from the explosion at the hospital three days ago, and feared a new airstrike.",
         "2023-10-20", "three days ago", "2023-10-17", "explosion"),
        ("The army had withdrawn from the ridge on Monday, and was bracing for an offensive.",
         "2022-08-12", "Monday", "2022-08-08", "withdrawn"),
        # no comma: one predicate ("attacked ... and seized" is told by the first verb); a date opening the sentence
        ("Insurgents attacked the checkpoint two days ago and seized the weapons.",
         "2021-05-20", "two days ago", "2021-05-18", "attacked"),
        ("Two days ago, and again on Monday, insurgents attacked the checkpoints.",
         "2021-05-20", "Monday", "2021-05-17", "attacked"),
    ],
)
def test_the_predicate_the_date_closes_keeps_it(text: str, pub: str, expr: str, value: str, word: str) -> None:
    links = links_in(text, pub, (expr, "DATE", value))
    assert any(w.lower() == word for e, w, _r in links if e == expr), links


# -- 2. a clause's own subject wins over the main clause's actor -----------------------------------------------

def _actors(text: str, word: str) -> list[str]:
    found = [m for m in mentions_in(text) if m.word == word]
    assert found, [m.word for m in mentions_in(text)]
    return found[0].actors


@pytest.mark.parametrize(
    ("text", "word", "main"),
    [
        ("The authorities cut mobile data across the country on Saturday morning, a day after protesters blocked "
         "the main highways.", "blocked", "government"),
        ("Security forces shut down the internet on Saturday, two days after demonstrators set fire to banks in "
         "Shiraz.", "set", "security forces"),
        ("The government declared a state of emergency on Wednesday after rioters stormed the mayor's office.",
         "stormed", "government"),
        ("The regime cut the internet on Friday, a day after students occupied the main square.", "occupied",
         "government"),
        ("The army sealed the bridges in Istanbul on Friday night, hours before crowds surrounded the barracks.",
         "surrounded", "forces"),
        ("Police fired tear gas in the square on Sunday, hours after mourners attacked a police station.",
         "attacked", "forces"),
        ("Police dispersed the crowd on Monday, and rioters stormed a police station in the old town.", "stormed",
         "forces"),
        ("Soldiers opened fire on Sunday when mourners stormed the governor's office.", "stormed", "forces"),
    ],
)
def test_a_clause_with_its_own_subject_keeps_no_main_actor(text: str, word: str, main: str) -> None:
    assert main not in _actors(text, word)


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        # a pronoun, a verb with no subject, a coordinated verb, a known actor of its own
        ("Government troops retook the town on Monday, a day after they withdrew from the ridge.", "withdrew",
         "government forces"),
        ("The authorities cut the internet on Saturday, a day after blocking social media.", "blocking", "government"),
        ("Rebels shelled the port on Monday and seized the airport.", "seized", "rebels"),
        ("Police arrested the former prime minister on Tuesday, a day after his supporters attacked the army "
         "headquarters.", "attacked", "supporters"),
        ("The army retook the bridge on Sunday, hours after rebel fighters blew it up.", "blew", "rebels"),
        ("Troops sealed off the district on Friday, while gunmen attacked a checkpoint on the ring road.", "attacked",
         "militants"),
        ("The army said on Monday that its troops had retaken the town.", "retaken", "forces"),
    ],
)
def test_a_clause_without_a_subject_of_its_own_keeps_its_actor(text: str, word: str, actor: str) -> None:
    assert actor in _actors(text, word)


# -- 3. a plural common noun opening a sentence is no name -----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Shells fell on Ganja again on Wednesday.", "Shells"),
        ("Convoys were attacked on the road to the port on Wednesday.", "Convoys"),
        ("Rockets struck a trolleybus stop in the city centre on Thursday.", "Rockets"),
        ("Airstrikes pounded the last rebel positions on Tuesday.", "Airstrikes"),
        ("Mourners were shot dead outside the barracks on Saturday.", "Mourners"),
        ("Checkpoints were attacked across the capital on Monday.", "Checkpoints"),
        ("Connections were cut again on Sunday, and the blackout was blamed on the junta.", "Connections"),
    ],
)
def test_a_plural_common_noun_opening_a_sentence_is_no_name(text: str, noun: str) -> None:
    for m in mentions_in(text):
        assert noun not in m.targets + m.places, (m.word, m.targets, m.places)


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        # a city of the gazetteer, a name the document writes mid-sentence too
        ("Homs was shelled on Monday.", "shelled", "Homs"),
        ("Gunmen seized Ruwens on Sunday. Ruwens fell after a day of fighting.", "fell", "Ruwens"),
    ],
)
def test_a_name_opening_a_sentence_stays_a_name(text: str, word: str, name: str) -> None:
    found = [m for m in mentions_in(text) if m.word == word]
    assert found and name in found[0].targets + found[0].places, [(m.word, m.targets) for m in mentions_in(text)]


# -- 4. a possessive day dates its noun in a perfect sentence -------------------------------------------------

@pytest.mark.parametrize(
    ("text", "pub", "expr", "value", "noun"),
    [
        ("Sunday's raid, in which at least 12 people died, had already drawn condemnation from the United Nations.",
         "2019-11-14", "Sunday", "2019-11-10", "raid"),
        ("Last week's raid on the ammunition depot has left Russian units short of shells.", "2022-09-15",
         "Last week", "2022-W36", "raid"),
        ("Saturday's bombing, which killed 30 people at a market, had prompted the United Nations to suspend "
         "deliveries.", "2016-04-07", "Saturday", "2016-04-02", "bombing"),
        ("Sunday's takeover of the capital had stunned Western governments.", "2021-08-19", "Sunday", "2021-08-15",
         "takeover"),
        ("Friday's airstrike on the market in Omdurman, which killed 17 people, had already drawn condemnation.",
         "2023-06-08", "Friday", "2023-06-02", "airstrike"),
        ("Monday's general strike had shut most shops in the capital, union leaders said.", "2018-10-11", "Monday",
         "2018-10-08", "general strike"),
        ("Sunday's ambush near Fuzuli, in which nine soldiers died, has been blamed on the separatists.",
         "2020-10-08", "Sunday", "2020-10-04", "ambush"),
        ("Sunday's referendum in Donetsk has been dismissed as a sham.", "2014-05-15", "Sunday", "2014-05-11",
         "referendum"),
    ],
)
def test_a_possessive_day_dates_its_noun_in_a_perfect_sentence(text: str, pub: str, expr: str, value: str,
                                                                noun: str) -> None:
    links = links_in(text, pub, (expr, "DATE", value))
    assert any(w == noun and e == expr for e, w, _r in links), links
