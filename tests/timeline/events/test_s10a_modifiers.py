"""Session 10 (a): an act told inside a noun phrase's modifier, and agreements told by a support verb, on sentences
of our own.

* "under a truce brokered by Egypt on Thursday", "the accord which the parties signed in Juba on Monday", "the pact
  the government reached with the elders last week": the date is the noun's (its making), not the main verb's;
* a noun told as the circumstance of a dated act ("moved in on Wednesday under a deal ...") never takes that date;
* "the constitution that voters approved on Sunday": the vote is an event of that day;
* "agreed on Thursday to suspend the offensive": the agreement is dated, not the infinitive's act.

Each class comes with negatives: "the deal signed in 2015 collapsed on Monday" (two dates, two acts), "under the
deal, troops will leave by Friday" (the deal's terms), "agreed to meet on Friday" (the meeting's day).
"""

from __future__ import annotations

import pytest
from conftest import links_in

from timeline._events._aliases import load_table
from timeline._events._mentions import find_mentions
from timeline._events._modifiers import dated_modifier_at, modifier_gap

PUB = "2021-06-12"
DAY = "2021-06-10"


def _links(text: str, *exprs: tuple[str, str]) -> list[tuple[str, str, str]]:
    return links_in(text, PUB, *((x, "DATE", v) for x, v in exprs))


def _dated(links: list[tuple[str, str, str]], expr: str) -> set[str]:
    """The trigger words the expression ``expr`` is linked to (lower case)."""
    return {w.lower() for e, w, _r in links if e == expr}


# -- 1. the date in a noun's modifier is the noun's ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "noun", "verb"),
    [
        ("Peacekeepers deployed to the enclave on Friday under a truce signed by the two presidents on Thursday.",
         "Thursday", "truce", "deployed"),
        ("Buses left the besieged district on Friday under an evacuation deal brokered by Ankara on Thursday.",
         "Thursday", "deal", "left"),
        ("Fishermen put out to sea on Friday under the ceasefire agreed with the militants on Thursday.",
         "Thursday", "ceasefire", "put"),
        ("The accord which the parties signed in Juba on Thursday has already been violated.",
         "Thursday", "accord", "violated"),
        ("Aid agencies welcomed the truce that Qatar mediated on Thursday between the two sides.",
         "Thursday", "truce", "welcomed"),
        ("The truce the generals signed on Thursday held through the night.", "Thursday", "truce", "held"),
        ("Militiamen handed over their positions on Friday under the pact the government reached with the elders "
         "on Thursday.", "Thursday", "pact", "handed"),
        ("Shelling resumed on Friday despite the armistice concluded in Geneva on Thursday.",
         "Thursday", "armistice", "resumed"),
    ],
)
def test_modifier_date_is_the_nouns(text: str, expr: str, noun: str, verb: str) -> None:
    exprs = ([("Friday", "2021-06-11")] if "Friday" in text else []) + [(expr, DAY)]
    got = _dated(_links(text, *exprs), expr)
    assert got & {noun, "signed", "brokered", "agreed", "reached", "mediated", "concluded"}, (text, got)
    assert verb not in got


# -- 2. the main verb's date is not the circumstance's -------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Military police moved into the towns on Friday under a deal sealed by the two leaders on Thursday.", "deal"),
        ("Rebels began handing over weapons on Friday under an agreement reached with the officers on Thursday.",
         "agreement"),
        ("Troops shelled the villages on Friday despite the truce agreed in Addis Ababa on Thursday.", "truce"),
        ("The convoy left on Friday under the pact the rebels struck with the army on Thursday.", "pact"),
        ("Shelling resumed on Friday despite the ceasefire.", "ceasefire"),
        ("The army pulled back on Friday under the accord.", "accord"),
    ],
)
def test_circumstance_takes_no_main_date(text: str, noun: str) -> None:
    exprs = [("Friday", "2021-06-11")] + ([("Thursday", DAY)] if "Thursday" in text else [])
    got = _dated(_links(text, *exprs), "Friday")
    assert noun not in got and not got & {"sealed", "reached", "agreed", "struck"}, (text, got)


# -- 3. two dates, two acts ----------------------------------------------------------------------------------------

def test_signed_then_collapsed() -> None:
    links = links_in("The nuclear deal signed in 2015 collapsed on Thursday.", PUB,
                     ("2015", "DATE", "2015"), ("Thursday", "DATE", DAY))
    rel = {(e, r) for e, w, r in links if w.lower() == "deal"}
    assert ("2015", "within") in rel
    assert ("Thursday", "ends") in rel  # (the collapse ends the deal; it does not date its signing)


def test_deal_terms_to_come_not_dated() -> None:
    links = links_in("Under the deal, the troops will leave the city by Friday.", PUB, ("Friday", "DATE", "2021-06-11"))
    assert "deal" not in _dated(links, "Friday")


def test_modifier_gap_stops_at_a_main_verb() -> None:
    text = "The nuclear deal signed in 2015 collapsed on Thursday."
    n = text.index("deal")
    assert modifier_gap(text, n, n + 4, text.index("2015")) is not None
    assert modifier_gap(text, n, n + 4, text.index("Thursday")) is None
    text = "The truce brokered by Qatar last week was broken on Thursday."
    n = text.index("truce")
    assert modifier_gap(text, n, n + 5, text.index("last week")) is not None
    assert modifier_gap(text, n, n + 5, text.index("Thursday")) is None


@pytest.mark.parametrize(
    ("text", "noun", "dated"),
    [
        ("left under a deal sealed by the two leaders yesterday.", "deal", True),
        ("left under the truce brokered by Washington last week.", "truce", True),
        ("left under the pact Damascus reached with the Kurds at the weekend.", "pact", True),
        ("left under a pact signed in 2015.", "pact", True),
        ("left under the deal, which allows them to return.", "deal", False),
        ("left under a deal with the army.", "deal", False),
        ("left under a pact signed by both sides.", "pact", False),
    ],
)
def test_dated_modifier_at(text: str, noun: str, dated: bool) -> None:
    n = text.index(noun)
    assert dated_modifier_at(text, n, n + len(noun), len(text)) is dated


# -- 4. a vote whose object is the relative clause's antecedent ------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The new constitution that voters approved on Thursday takes effect next month.", "approved"),
        ("The transitional charter which the council adopted on Thursday gives the army a veto.", "adopted"),
        ("The unity government that lawmakers approved on Thursday was sworn in.", "approved"),
        ("The budget that parliament passed on Thursday leaves defence spending untouched.", "passed"),
        ("Residents mocked the truce plan which the assembly endorsed on Thursday.", "endorsed"),
        ("The treaty that the senate ratified on Thursday bans mines.", "ratified"),
    ],
)
def test_vote_in_relative_clause(text: str, verb: str) -> None:
    got = _dated(_links(text, ("Thursday", DAY)), "Thursday")
    assert verb in got, (text, got)


def test_vote_verb_without_date_is_no_event() -> None:
    dm = find_mentions("d", "The constitution that voters approved is short.", load_table())
    assert not [m for m in dm.mentions if m.word == "approved"]


# -- 5. "agreed <date> to <verb>": the agreement is dated -----------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "other"),
    [
        ("Turkey agreed on Thursday to suspend its offensive for 120 hours.", "Thursday", "offensive"),
        ("The warring parties agreed on Thursday to halt fighting around the port.", "Thursday", "fighting"),
        ("Moscow agreed late on Thursday to open humanitarian corridors from four cities.", "Thursday", "corridors"),
        ("The kidnappers agreed on Thursday to free the hostages in exchange for five prisoners.", "Thursday",
         "exchange"),
        ("The junta agreed on Thursday to suspend its crackdown so that mediators can reach the rebels.",
         "Thursday", "crackdown"),
        ("Both factions agreed on Thursday to postpone the vote so that monitors can deploy.", "Thursday", "vote"),
    ],
)
def test_agreed_date_to(text: str, expr: str, other: str) -> None:
    got = _dated(_links(text, (expr, DAY)), expr)
    assert "agreed" in got and other not in got, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed to meet again on Friday.",
        "The rebels agreed to a ceasefire that starts on Friday.",
        "Officials agreed that the talks would resume on Friday.",
    ],
)
def test_agreement_not_dated_by_what_it_agrees(text: str) -> None:
    got = _dated(_links(text, ("Friday", "2021-06-11")), "Friday")
    assert "agreed" not in got, (text, got)


def test_campaign_noun_made_that_day_begins() -> None:
    links = links_in("The offensive the army staged on Thursday has stalled.", PUB, ("Thursday", "DATE", DAY))
    assert ("Thursday", "offensive", "begins") in links
