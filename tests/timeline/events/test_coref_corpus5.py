"""Session 4 (E1b) classes of cross-document merging, each tested on dispatches of our own about other wars.

- transliterations of one place join; two places a letter apart never do (Slovakia / Slovenia);
- one strike at one place told by two articles is one event, kept even when it names nobody
  ("An air strike hit a school in Qana"), and two days for it are two articles disagreeing;
- a counter-offensive is not the start of the offensive it answers;
- "the capital" is the capital of the country the corpus is about; "two weeks into X's assault on
  the capital" and "ordered his troops on Thursday to march on Sanaa" tell the campaign;
- a date of the main clause does not date a noun inside a later relative clause.

These run the real pipeline (extraction, events, reasoning) unless they test one function.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

from timeline.model import Event, Timeline


def _with_docs(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs)]


# -- transliterations -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b"), [
    ("Severodonetsk", "Sievierodonetsk"), ("Sloviansk", "Slovyansk"), ("Kharkiv", "Kharkov"),
    ("Lysychansk", "Lisichansk"), ("Avdiivka", "Avdeyevka"), ("Pokrovske", "Pokrovskoye"),
    ("Dzhankoi", "Jankoi"), ("Mariupol", "Mariupol'"),
])
def test_transliterations_of_one_place(a: str, b: str) -> None:
    from timeline._events._spellings import _known_places, transliterations

    assert transliterations(a, b, _known_places())


@pytest.mark.parametrize(("a", "b"), [
    ("Slovakia", "Slovenia"), ("Austria", "Australia"), ("Mauritania", "Mauritius"), ("Pokrovsk", "Pokrovske"),
    ("Kramatorsk", "Kostiantynivka"), ("Novoaidar", "Novoazovsk"), ("Gambia", "Zambia"),
])
def test_two_places_a_letter_or_two_apart_stay_two(a: str, b: str) -> None:
    from timeline._events._spellings import _known_places, transliterations

    assert not transliterations(a, b, _known_places())


def test_spellings_never_join_two_countries() -> None:
    from timeline._events._aliases import load_table
    from timeline._events._corpus_names import spellings
    from timeline._events._mentions import find_mentions

    table = load_table()
    a = find_mentions("a", "Troops shelled the outskirts of Slovakia on Monday.", table)
    b = find_mentions("b", "Troops shelled the outskirts of Slovenia on Monday.", table)
    assert spellings([a, b]) == {}
    c = find_mentions("c", "Rebels shelled the outskirts of Lisichansk on Monday.", table)
    d = find_mentions("d", "Rebels shelled the outskirts of Lysychansk on Monday.", table)
    e = find_mentions("e", "Fighting went on in Lysychansk on Tuesday.", table)
    assert spellings([c, d, e]) == {"Lisichansk": "Lysychansk"}


# -- one strike, two articles ---------------------------------------------------------------------------------
_STRIKE = ("q1", "2006-07-31", "BEIRUT, July 31 (Levant Wire) - An air strike hit a residential building for "
           "refugees in Qana, south of Tyre, late on Sunday (July 30), killing at least 28 people, Lebanese "
           "officials said.")
_BYSTANDER = ("q3", "2006-08-02", "ROME - Farmers marched through the capital on Wednesday for the third week in a row.")


def test_one_strike_told_by_two_articles_on_one_day_is_one_event(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_STRIKE, ("q2", "2006-08-02", (
        "GENEVA - The air strike on the residential building in Qana late on Sunday (July 30) may amount to a "
        "crime, the UN human rights office said on Wednesday.")), _BYSTANDER])
    [ev] = _with_docs(tl, "q1", "q2")
    assert ev.interval is not None and ev.interval.start[0] is not None
    assert ev.interval.start[0].date() == dt.date(2006, 7, 30)
    assert _errors(tl) == []
    assert ev.label == "Air strike on Qana"  # what the strike was, not the verb's "Strikes on"
    # "late on Sunday (July 30)": the day holds the evening, no disagreement between the two
    assert not [f for f in tl.findings if f.code == "event-dates-disagree"]


def test_one_strike_told_on_two_days_is_a_disagreement_naming_both(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_STRIKE, ("q2", "2006-08-02", (
        "GENEVA - The air strike on the residential building in Qana on the night of July 26 may amount to a "
        "crime, the UN human rights office said on Wednesday.")), _BYSTANDER])
    errors = [f for f in tl.findings if f.severity == "error"]
    assert [f.code for f in errors] == ["documents-disagree"]
    assert {x.doc for x in errors[0].evidence} >= {"q1", "q2"}
    assert "q3" not in {x.doc for x in errors[0].evidence}


def test_another_strike_on_the_building_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_STRIKE, ("q2", "2006-08-02", (
        "GENEVA - Another air strike on the residential building in Qana on the night of July 26 killed two "
        "people, the UN human rights office said on Wednesday.")), _BYSTANDER])
    assert _with_docs(tl, "q1", "q2") == []
    assert _errors(tl) == []


def test_a_car_bomb_that_struck_a_market_is_one_act(tmp_path: Path) -> None:
    from timeline._events._aliases import load_table
    from timeline._events._local import subject_act
    from timeline._events._mentions import find_mentions

    dm = find_mentions("x", "A car bomb struck a crowded market in Baghdad on Monday.", load_table())
    bomb, struck = dm.mentions[0], dm.mentions[1]
    assert struck.lemma == "strike"
    from timeline._events._cluster import Cluster

    host = Cluster(bomb.type, members=[(0, bomb.index)])
    assert subject_act(dm, struck, {bomb.index: host}) is host
    other = find_mentions("y", "A car bomb was found in Baghdad, and troops struck the market on Monday.", load_table())
    v = next(m for m in other.mentions if m.lemma == "strike")
    assert subject_act(other, v, {m.index: host for m in other.mentions if m.index != v.index}) is None


# -- campaigns ----------------------------------------------------------------------------------------------
_MISRATA = [
    ("m1", "2011-04-20", "MISRATA, April 20 (Desert Wire) - The battle for Misrata, now in its eighth week, has "
                         "cost hundreds of lives, doctors at the port said on Wednesday."),
    ("m3", "2011-05-10", "MISRATA - The battle for Misrata has barely moved the front lines since March, residents "
                         "say.\n\nHow the battle for Misrata has unfolded:\nFebruary 18 - Rebels take the city centre.\n"
                         "April 24 - The rebels launch their counter-offensive.\nMay 1 - A rocket hits the port."),
]


def test_a_counter_offensive_is_not_the_start_of_the_battle(tmp_path: Path) -> None:
    tl = _build(tmp_path, _MISRATA)
    [battle] = [e for e in tl.events if e.type == "campaign" and "Misrata" in e.label]
    assert battle.interval is not None and battle.interval.start[0] is not None
    assert battle.interval.start[0].date() < dt.date(2011, 4, 24)
    [counter] = [e for e in tl.events if "counter" in e.label.lower()]
    assert counter.interval is not None and counter.interval.start[0] is not None
    assert counter.interval.start[0].date() == dt.date(2011, 4, 24)
    assert _errors(tl) == []


def test_the_capital_is_the_capital_of_the_country_of_the_corpus(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("y1", "2015-03-27", "ADEN, March 27 (Gulf Wire) - The battle for Sanaa has driven thousands from Yemen's "
                             "north, aid agencies said on Friday."),
        ("y2", "2015-04-10", "Two weeks into the Houthis' assault on the capital, families sleep in schools, "
                             "a Yemeni aid worker said on Friday."),
    ])
    campaign = [e for e in tl.events if e.type == "campaign" and "y2" in e.docs]
    assert campaign and "Sanaa" in campaign[0].label
    assert _errors(tl) == []


def test_corpus_capital_needs_one_leading_country() -> None:
    from timeline._events._aliases import load_table
    from timeline._events._corpus_names import corpus_capital
    from timeline._events._mentions import find_mentions

    table = load_table()
    a = find_mentions("a", "Fighting spread across Yemen on Monday.", table)
    b = find_mentions("b", "Aid reached Yemen on Tuesday.", table)
    c = find_mentions("c", "Talks opened in Lebanon on Tuesday.", table)
    assert corpus_capital([a, b, c], table) == "Sanaa"
    assert corpus_capital([a, c], table) is None


def test_an_order_to_march_on_the_place_opens_its_campaign(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("g1", "1994-12-08", "MOSCOW, Dec. 8 - President Boris Yeltsin ordered his troops on Thursday to march on "
                             "Grozny, officials said."),
        ("g2", "1994-12-30", "GROZNY - The battle for Grozny, now in its fourth week, has levelled whole "
                             "districts, residents said on Friday."),
    ])
    [ev] = [e for e in tl.events if e.type == "campaign" and "Grozny" in e.label]
    assert "g1" in ev.docs
    assert ev.interval is not None and ev.interval.start[0] is not None
    assert ev.interval.start[0].date() == dt.date(1994, 12, 8)
    assert _errors(tl) == []


def test_a_date_of_the_main_clause_does_not_date_a_noun_of_a_later_relative_clause(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("k0", "2016-06-01", "SIRTE, June 1 - The offensive on Sirte entered its third week on Wednesday, officials said."),
        ("k1", "2016-06-23", "Government troops took back Bin Jawad on Wednesday in a surprise attack, depriving the "
                             "militants of the forward base from which they have run their offensive. The offensive, "
                             "now in its sixth week, has stalled in the suburbs of Sirte."),
    ])
    [ev] = [e for e in tl.events if e.type == "campaign"]
    assert set(ev.docs) == {"k0", "k1"}
    assert _errors(tl) == []


def test_storming_a_town_is_how_the_same_actor_took_it_that_day(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("b1", "2015-01-03", "MAIDUGURI, Jan. 3 (Sahel Wire) - Hundreds of Boko Haram fighters stormed Baga before dawn "
                             "on Saturday and by the afternoon had raised their flag over the market, residents said."),
        ("b2", "2015-01-05", "ABUJA - Boko Haram overran Baga, a fishing town on Lake Chad, on Saturday (Jan. 3), "
                             "officials said on Monday, and the army has promised to win it back."),
    ])
    assert _with_docs(tl, "b1", "b2"), [(e.label, e.docs) for e in tl.events]
    assert _errors(tl) == []


def test_a_town_stormed_by_one_group_and_taken_by_another_stays_two(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("b1", "2015-01-03", "MAIDUGURI, Jan. 3 (Sahel Wire) - Hundreds of Boko Haram fighters stormed Baga before dawn "
                             "on Saturday, residents said."),
        ("b2", "2015-01-05", "ABUJA - Nigerian troops overran Baga on Saturday (Jan. 3), officials said on Monday."),
    ])
    assert not [e for e in _with_docs(tl, "b1", "b2") if e.type != "campaign"]


def test_since_a_month_is_when_the_campaign_began_not_a_span_it_lies_in(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("s1", "2011-03-19", "BENGHAZI, March 19 (Desert Wire) - Gaddafi's forces ordered their troops on Saturday to "
                             "march on Benghazi, officials said."),
        ("s0", "2011-03-26", "BENGHAZI - The battle for Benghazi, now in its second week, has emptied the southern "
                             "districts, residents said on Saturday."),
        ("s2", "2011-06-27", "Rebels took back Ajdabiya on Wednesday in a surprise attack, depriving Gaddafi's forces of "
                             "the forward base from which they have run their offensive since March. The offensive, now "
                             "in its 15th week, has stalled in the suburbs of Benghazi."),
    ])
    [ev] = [e for e in tl.events if e.type == "campaign"]
    assert {"s0", "s1", "s2"} <= set(ev.docs)
    assert _errors(tl) == []


def test_done_by_a_day_is_the_one_capture_dated_in_the_week_before(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("h1", "2019-08-21", "BEIRUT, Aug. 21 (Levant Wire) - Syrian government forces captured Khan Shaykhun on "
                             "Tuesday (Aug. 20), a war monitor said."),
        ("h2", "2019-08-26", "DAMASCUS - The army said on Sunday that its troops had captured Khan Shaykhun, the "
                             "biggest town of the province."),
    ])
    [ev] = [e for e in _with_docs(tl, "h1", "h2") if e.type == "capture"]
    assert ev.interval is not None and ev.interval.start[0] is not None
    assert ev.interval.start[0].date() == dt.date(2019, 8, 20)
    assert _errors(tl) == []
