"""Linking, session 9, on sentences of our own: which event a date goes with when another verb or noun stands
next to it.

* a date after a verb that names no event, before "for <event>", is the verb's ("claimed responsibility on
  Tuesday for the bombing"), never the event's;
* an event noun that modifies a place ("at the concert arena") names no event and takes no date;
* a birth date ("Born on 3 March 1961, ...") dates nothing;
* a witness reporting an act not known before ("residents reported heavy shelling on Monday") tells it on its
  own day; a known act announced ("announced the capture of ...") was done by then;
* the anniversary of an event ("the second anniversary of the invasion on Saturday") is not the event's date.

Each class comes with negatives that must not change.
"""

from __future__ import annotations

import pytest
from conftest import links_in

PUB = "2021-06-12"
DAY = "2021-06-10"


def _links(text: str, expr: str, value: str = DAY, type_: str = "DATE") -> list[tuple[str, str, str]]:
    return links_in(text, PUB, (expr, type_, value))


def _dates(links: list[tuple[str, str, str]], word: str) -> bool:
    """Whether a trigger containing ``word`` is linked to the expression."""
    return any(word in w.lower() for _e, w, _r in links)


# -- 1. "on <date> for the <event>": the date is the verb's ------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "noun"),
    [
        ("The militia claimed responsibility on Thursday for the ambush on a police convoy.", "Thursday", "ambush"),
        ("Rebels took responsibility on Thursday for the rocket attack on the airport.", "Thursday", "attack"),
        ("Police detained two men on Thursday for the killing of a journalist.", "Thursday", "killing"),
        ("The government apologised on Thursday for the shelling of the village.", "Thursday", "shelling"),
        ("Prosecutors charged the general late on Thursday for the massacre in the valley.", "Thursday", "massacre"),
        ("The envoy pleaded on Thursday for an end to the siege of the port.", "Thursday", "siege"),
        ("Crowds rallied in the capital on Thursday for the release of the hostages.", "Thursday", "release"),
    ],
)
def test_a_date_before_for_an_event_is_not_that_events(text: str, expr: str, noun: str) -> None:
    links = _links(text, expr)
    assert not _dates(links, noun), links


@pytest.mark.parametrize(
    ("text", "expr", "noun", "rel"),
    [
        # the event before the date still takes it
        ("Troops attacked the base on Thursday for the second time.", "Thursday", "attack", "on"),
        ("Rebels launched an offensive on Thursday for control of the highway.", "Thursday", "offensive", "begins"),
        ("The bombing of the depot on Thursday was the worst for months.", "Thursday", "bombing", "on"),
    ],
)
def test_an_event_before_the_date_keeps_it(text: str, expr: str, noun: str, rel: str) -> None:
    links = _links(text, expr)
    assert any(noun in w.lower() and r == rel for _e, w, r in links), links


@pytest.mark.parametrize(
    ("text", "expr", "noun"),
    [
        # people who come together for an event come on its day
        ("Foreign ministers gathered in Vienna on Thursday for the first round of talks.", "Thursday", "talks"),
        ("The envoy is due in the capital on Thursday for a meeting with the rebels.", "Thursday", "meeting"),
        ("Delegates arrived in Doha on Thursday for talks with the government.", "Thursday", "talks"),
        ("Leaders met in Addis Ababa on Thursday for a summit on the war.", "Thursday", "summit"),
    ],
)
def test_gathering_on_a_date_for_an_event_dates_it(text: str, expr: str, noun: str) -> None:
    links = _links(text, expr)
    assert _dates(links, noun), links


# -- 2. an event noun naming a kind of place takes no date --------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "event", "modifier"),
    [
        ("The bombing at the concert arena on Thursday killed 22 people.", "Thursday", "bombing", "concert"),
        ("Militants attacked a checkpoint near the election commission on Thursday.", "Thursday", "attack",
         "election"),
        ("An attack outside the election office on Thursday injured two guards.", "Thursday", "attack", "election"),
        ("Gunmen stormed a hotel near the ceasefire line on Thursday.", "Thursday", "storm", "ceasefire"),
    ],
)
def test_a_noun_modifying_a_place_takes_no_date(text: str, expr: str, event: str, modifier: str) -> None:
    links = _links(text, expr)
    assert not _dates(links, modifier), links
    assert _dates(links, event), links


def test_both_dates_of_a_claim_sentence() -> None:
    text = "The faction claimed responsibility on Saturday for the bombing at the concert arena on Friday night."
    links = links_in(text, PUB, ("Saturday", "DATE", "2021-06-05"), ("Friday night", "TIME", "2021-06-04TNI"))
    assert ("Friday night", "bombing", "on") in links, links
    assert not any(e == "Saturday" for e, _w, _r in links), links
    assert not _dates(links, "concert"), links


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gathered at the concert on Thursday in the park.",
        "Police broke up the concert at the stadium on Thursday.",
    ],
)
def test_an_event_noun_that_heads_its_phrase_keeps_the_date(text: str) -> None:
    assert _dates(_links(text, "Thursday"), "concert")


# -- 3. a birth date dates nothing ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Born on 12 May 1948, the colonel seized power in a coup.", "12 May 1948", "1948-05-12"),
        ("Born in 1952, the commander joined the rebellion as a teenager.", "1952", "1952"),
        ("The general, who was born in 1961, led the assault on the airport.", "1961", "1961"),
        ("A veteran born in early 1970 was arrested at the border.", "early 1970", "1970"),
        ("The minister was born on 3 April 1966 and resigned after the vote.", "3 April 1966", "1966-04-03"),
    ],
)
def test_a_birth_date_dates_no_event(text: str, expr: str, value: str) -> None:
    assert _links(text, expr, value) == []


def test_a_date_near_born_but_not_of_it_still_dates() -> None:
    text = "The offensive, launched in 1952, reached the coast within weeks."
    assert _dates(_links(text, "1952", "1952"), "offensive")


# -- 4. a witness reporting an act tells it on its day; an announced known act was done by then ----------------

@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Villagers reported intense shelling on Thursday near the border crossing.", "shelling"),
        ("Aid workers reported fresh air strikes on Thursday in the northern suburbs.", "strike"),
        ("Monitors reported an attack on a convoy on Thursday north of the city.", "attack"),
        ("Witnesses reported arrests on Thursday in the old town.", "arrest"),
        ("Local people reported heavy bombardment on Thursday around the airport.", "bombardment"),
        ("Farmers reported a fresh withdrawal of troops on Thursday from the valley.", "withdrawal"),
    ],
)
def test_a_witness_report_dates_the_act(text: str, noun: str) -> None:
    links = _links(text, "Thursday")
    assert any(noun in w.lower() and r == "on" for _e, w, r in links), links


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The army announced the recapture of the town on Thursday.", "recapture"),
        ("The army reported the capture of the airport on Thursday.", "capture"),
        ("The ministry confirmed its withdrawal from the valley on Thursday.", "withdrawal"),
    ],
)
def test_an_announced_known_act_was_done_by_then(text: str, noun: str) -> None:
    links = _links(text, "Thursday")
    assert any(noun in w.lower() and r == "before" for _e, w, r in links), links


# -- 5. an anniversary is not the day of the event it recalls -------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "noun"),
    [
        ("On the first anniversary of the coup on Thursday, protesters marched in the capital.", "Thursday", "coup"),
        ("Veterans gathered on Thursday to mark the tenth anniversary of the massacre.", "Thursday", "massacre"),
        ("Thursday, the third anniversary of the siege, passed quietly.", "Thursday", "siege"),
        ("Leaders met in the city on the fifth anniversary of its liberation on Thursday.", "Thursday", "liberation"),
        ("Flags flew at half mast on Thursday for the anniversary of the bombing.", "Thursday", "bombing"),
    ],
)
def test_an_anniversary_does_not_date_what_it_recalls(text: str, expr: str, noun: str) -> None:
    links = _links(text, expr)
    assert not _dates(links, noun), links


def test_an_event_outside_the_anniversary_phrase_is_dated() -> None:
    links = _links("The massacre on Thursday shocked the country.", "Thursday")
    assert _dates(links, "massacre"), links


# -- 6. a participle right after a verb's date is that verb's adjunct ---------------------------------------------

@pytest.mark.parametrize(
    ("text", "owner", "not_owner"),
    [
        ("Rebels and the army signed a truce on Thursday evening ending the fighting in the valley.", "truce", "fighting"),
        ("The two sides agreed a ceasefire on Thursday ending weeks of clashes.", "ceasefire", "clash"),
        ("Troops captured the airport on Thursday ending a long siege.", "captured", "siege"),
        ("Government forces retook the town on Thursday ending the rebellion in the north.", "retook", "rebellion"),
        ("The militia seized the dam on Thursday ending the blockade of the city.", "seized", "blockade"),
        ("Both sides signed an accord on Thursday ending the war.", "accord", "war"),
    ],
)
def test_a_participle_after_a_dated_verb_does_not_take_the_date(text: str, owner: str, not_owner: str) -> None:
    links = _links(text, "Thursday")
    assert _dates(links, owner), links
    assert not _dates(links, not_owner), links


@pytest.mark.parametrize(
    ("text", "noun", "rel"),
    [
        # no verb before the date in its clause: the participle still tells when the event ended
        ("The army's arrival on Thursday ending the siege was celebrated.", "siege", "ends"),
        ("On Thursday, ending the siege, the army entered the city.", "siege", "ends"),
    ],
)
def test_a_participle_with_no_dated_verb_keeps_the_date(text: str, noun: str, rel: str) -> None:
    links = _links(text, "Thursday")
    assert any(noun in w.lower() and r == rel for _e, w, r in links), links


# -- 7. a relative clause without "that": "the truce the government announced on Friday" -------------------------

@pytest.mark.parametrize(
    ("text", "noun", "rel"),
    [
        ("Militias broke the truce the government announced on Thursday.", "truce", "after"),
        ("Rebels violated the ceasefire the army announced late on Thursday.", "ceasefire", "after"),
        ("Few buses joined the evacuation the governor announced on Thursday.", "evacuation", "after"),
        ("Villagers doubted the withdrawal President Karan Oduya announced on Thursday.", "withdrawal", "after"),
        ("Both parties broke the deal their leaders confirmed on Thursday.", "deal", "before"),
        ("Critics mocked the truce its commanders stated on Thursday would hold.", "truce", "after"),
    ],
)
def test_an_announced_noun_in_a_reduced_relative_takes_its_date(text: str, noun: str, rel: str) -> None:
    links = _links(text, "Thursday")
    assert any(noun in w.lower() and r == rel for _e, w, r in links), links


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # an indefinite noun, or a report verb with no date after it: not a relative clause of the noun
        ("After a truce rebels announced on Thursday new talks with the army.", "truce"),
        ("The truce the government announced was broken on Thursday.", "truce"),
    ],
)
def test_no_reduced_relative_without_its_marks(text: str, noun: str) -> None:
    links = _links(text, "Thursday")
    assert not any(noun in w.lower() and r == "after" for _e, w, r in links), links


@pytest.mark.parametrize(
    ("text", "expr", "noun"),
    [
        # a time or a verb after the noun: the noun heads its phrase
        ("Five soldiers died in the fighting Thursday near the airport.", "Thursday", "fighting"),
        ("Two men were hurt in the attack yesterday at the checkpoint.", "yesterday", "attack"),
        ("Houses burned in the shelling overnight at the edge of town.", "overnight", "shelling"),
    ],
)
def test_a_noun_before_a_time_word_is_no_place_modifier(text: str, expr: str, noun: str) -> None:
    assert _dates(_links(text, expr), noun)
