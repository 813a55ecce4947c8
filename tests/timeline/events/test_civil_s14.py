"""Session 14 (civil crises): a movement told by its start and by its age, and coordinated acts of one day.

- "marched on Tuesday (January 25), the first day of protests" dates the *start* of the protests
  (:func:`timeline._events._movements.first_day_of`);
- "Now in its fifth week, the uprising has spread" measures the uprising it opens, an uprising has an age of its
  own (it is no attack), and the protests' start and the uprising's age, told by two articles, are one movement
  (:mod:`timeline._events._aged`): the reasoning stage reports an age that does not fit and stays silent when it
  does;
- "declared a state of emergency on Friday" starts the emergency, and "two weeks into the state of emergency"
  measures it: the two are one emergency, checked the same way (the noun is an event only so told: declared, the
  declaring verb is the event);
- "ordered the army onto the streets and imposed a curfew on Friday": the date closing the second of two
  coordinated acts of one day dates the first too (:func:`timeline._events._link_clauses.coordinated_first`),
  never a siege or a battle that may have begun before.

Every sentence our own, from other crises than the practice sets (Sudan 2018-19, Ukraine 2013, Belarus 2020,
Hong Kong 2019, Sri Lanka 2022, Algeria 2019, Thailand 2014, Burkina Faso 2022, Czechoslovakia 1989, Ethiopia 2021, Kazakhstan
2022).
These run the real pipeline (extraction, events, reasoning) unless they test one function.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors
from conftest import mention_in

from timeline.model import Event, Timeline


def _links(tmp_path: Path, text: str, published: str) -> list[tuple[str, str, str]]:
    """(expression text, trigger word, relation) of each time link of ``text``, read with the real extraction."""
    import json

    import timeline
    from timeline._events._aliases import load_table
    from timeline._events._link import link_document
    from timeline._events._mentions import find_mentions

    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "t", "published": published, "text": text}) + "\n", encoding="utf-8")
    doc = timeline.extract([path])[0]
    dm = find_mentions("t", doc.text, load_table())
    links, _rel = link_document(dm, doc.expressions, doc.anchor.value)
    return [(doc.expressions[ln.expression].text, dm.mentions[ln.mention].word, ln.relation) for ln in links]


def _joined(tl: Timeline, *docs: str) -> list[Event]:
    return [e for e in tl.events if set(docs) <= set(e.docs)]


# -- a movement's start and its age ------------------------------------------------------------------------
_SUDAN_START = ("a", "2018-12-20", "KHARTOUM, Dec. 20 (Nile Post) - Thousands of Sudanese protesters marched in Atbara "
                                   "on Wednesday (December 19), the first day of protests against bread price rises, "
                                   "witnesses said.")
_MAIDAN_START = ("a", "2013-11-22", "KIEV, Nov. 22 (Dnieper Wire) - Students rallied on Independence Square on Thursday "
                                    "(Nov. 21), the first day of protests against the shelving of the trade pact, police "
                                    "said.")
_BELARUS_START = ("a", "2020-08-11", "MINSK - Protests began on Sunday (Aug. 9) after the disputed presidential election, "
                                     "officials said.")
_LANKA_START = ("a", "2022-04-10", "COLOMBO, April 10 (Lanka Herald) - Thousands of protesters rallied outside the "
                                   "presidential secretariat on Saturday (April 9), the first day of protests over fuel "
                                   "shortages, police said.")
_AIRPORT_START = ("a", "2019-07-27", "HONG KONG - Protesters began a sit-in at the airport on Friday (July 26), police "
                                     "said.")

_FITTING = [
    ([_SUDAN_START, ("b", "2019-02-10", "KHARTOUM - Now in its eighth week, the uprising against President Omar "
                                        "al-Bashir has spread to the capital's universities, doctors said on Sunday.")],
     "sudan"),
    ([_MAIDAN_START, ("b", "2013-12-25", "KIEV - Now in its fifth week, the uprising against President Viktor "
                                         "Yanukovich has drawn miners from the east, organisers said on Wednesday.")],
     "maidan"),
    ([_BELARUS_START, ("b", "2020-09-20", "MINSK - The protests, now in their second month, drew tens of thousands "
                                          "to Independence Avenue on Sunday, witnesses said.")],
     "belarus"),
    ([_LANKA_START, ("b", "2022-06-20", "COLOMBO - The protests, now in their 11th week, have emptied the "
                                        "ministries around the seafront, officials said on Monday.")],
     "lanka"),
    ([_AIRPORT_START, ("b", "2019-08-05", "HONG KONG - Ten days into the sit-in at the airport, airlines cancelled "
                                          "dozens of flights on Monday, officials said.")],
     "airport"),
]
_UNFIT = [
    ([_SUDAN_START, ("b", "2019-02-10", "KHARTOUM - Now in its third week, the uprising against President Omar "
                                        "al-Bashir has spread to the capital's universities, doctors said on Sunday.")],
     "sudan"),
    ([_MAIDAN_START, ("b", "2013-12-25", "KIEV - Now in its second week, the uprising against President Viktor "
                                         "Yanukovich has drawn miners from the east, organisers said on Wednesday.")],
     "maidan"),
    ([_BELARUS_START, ("b", "2020-09-20", "MINSK - The protests, now in their second week, drew tens of thousands "
                                          "to Independence Avenue on Sunday, witnesses said.")],
     "belarus"),
    ([_LANKA_START, ("b", "2022-06-20", "COLOMBO - The protests, now in their third week, have emptied the "
                                        "ministries around the seafront, officials said on Monday.")],
     "lanka"),
    ([_AIRPORT_START, ("b", "2019-08-05", "HONG KONG - Three weeks into the sit-in at the airport, airlines "
                                          "cancelled dozens of flights on Monday, officials said.")],
     "airport"),
]


@pytest.mark.parametrize(("docs", "name"), _FITTING, ids=[n for _d, n in _FITTING])
def test_a_movement_whose_age_fits_its_start_is_one_event_and_no_error(
        tmp_path: Path, docs: list[tuple[str, str, str]], name: str) -> None:
    tl = _build(tmp_path, docs)
    assert _joined(tl, "a", "b"), [(e.label, e.docs) for e in tl.events]
    assert _errors(tl) == []


@pytest.mark.parametrize(("docs", "name"), _UNFIT, ids=[n for _d, n in _UNFIT])
def test_a_movement_whose_age_does_not_fit_its_start_is_reported(
        tmp_path: Path, docs: list[tuple[str, str, str]], name: str) -> None:
    assert "documents-disagree" in _errors(_build(tmp_path, docs))


@pytest.mark.parametrize(("text", "noun"), [
    ("Riot police fired tear gas on Saturday (Nov. 18), the first day of protests in the capital.", "protests"),
    ("Thousands marched on Monday (March 4), the opening day of the general strike.", "general strike"),
    ("Students gathered in the square on Friday, the first day of the uprising against the junta.", "uprising"),
    ("Crowds filled the avenue on Sunday, marking the first day of the protests against the vote.", "protests"),
])
def test_the_first_day_of_a_movement_is_its_start(tmp_path: Path, text: str, noun: str) -> None:
    links = _links(tmp_path, text, "2019-03-05")
    assert any(w == noun and r == "begins" for _x, w, r in links), links


@pytest.mark.parametrize("text", [
    "Fans queued outside the stadium on Saturday, the first day of the season.",
    "Shoppers crowded the markets on Monday, the first day of the holidays.",
    "Pilgrims prayed at the shrine on Friday, the first day of the fast.",
])
def test_the_first_day_of_something_else_starts_no_movement(tmp_path: Path, text: str) -> None:
    assert all(r != "begins" for _x, _w, r in _links(tmp_path, text, "2019-03-05"))


def test_an_uprising_is_no_attack() -> None:
    # "Two weeks into the uprising ... since last Wednesday's attack": the uprising's age is not the attack's
    assert mention_in("Two weeks into the uprising, the crowd still held the square.", "uprising").type != "attack"


def test_a_season_of_five_weeks_is_no_event(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2019-03-02", "LONDON - The fifth week of the season brought three draws on "
                                               "Saturday, the league said.")])
    assert all("season" not in e.label.lower() for e in tl.events)


# -- a state of emergency: its declaration and its age ------------------------------------------------------
_LANKA_EMERGENCY = ("a", "2022-05-07", "COLOMBO, May 7 (Lanka Herald) - President Gotabaya Rajapaksa declared a state "
                                       "of emergency on Friday (May 6), police said.")
_ETHIOPIA_EMERGENCY = ("a", "2021-11-03", "ADDIS ABABA, Nov. 3 (Horn Wire) - The government declared a six-month state "
                                          "of emergency on Tuesday (Nov. 2), state media said.")
_SUDAN_EMERGENCY = ("a", "2019-02-23", "KHARTOUM, Feb. 23 (Nile Post) - President Omar al-Bashir declared a year-long "
                                       "state of emergency on Friday (Feb. 22), his office said.")
_KAZAKH_EMERGENCY = ("a", "2022-01-06", "ALMATY, Jan. 6 (Steppe Wire) - President Kassym-Jomart Tokayev declared a "
                                        "state of emergency on Wednesday (Jan. 5), his office said.")
_EMERGENCY_FITS = [
    ([_LANKA_EMERGENCY, ("b", "2022-05-20", "COLOMBO - Two weeks into the state of emergency, soldiers still guard "
                                            "the fuel stations, residents said on Friday.")], "lanka"),
    ([_ETHIOPIA_EMERGENCY, ("b", "2021-11-23", "ADDIS ABABA - Three weeks into Ethiopia's state of emergency, police "
                                               "have detained thousands, lawyers said on Tuesday.")], "ethiopia"),
    ([_SUDAN_EMERGENCY, ("b", "2019-03-04", "KHARTOUM - Ten days into Sudan's state of emergency, the streets of "
                                            "Omdurman were quiet, residents said on Monday.")], "sudan"),
    ([_KAZAKH_EMERGENCY, ("b", "2022-01-19", "ALMATY - Two weeks into the state of emergency, banks reopened in the "
                                             "city, officials said on Wednesday.")], "kazakhstan"),
]
_EMERGENCY_UNFIT = [
    ([_LANKA_EMERGENCY, ("b", "2022-06-17", "COLOMBO - Two weeks into the state of emergency, soldiers still guard "
                                            "the fuel stations, residents said on Friday.")], "lanka"),
    ([_ETHIOPIA_EMERGENCY, ("b", "2021-11-23", "ADDIS ABABA - Barely a week into Ethiopia's state of emergency, "
                                               "police have detained thousands, lawyers said on Tuesday.")], "ethiopia"),
    ([_SUDAN_EMERGENCY, ("b", "2019-03-04", "KHARTOUM - Five weeks into Sudan's state of emergency, the streets of "
                                            "Omdurman were quiet, residents said on Monday.")], "sudan"),
]


@pytest.mark.parametrize(("docs", "name"), _EMERGENCY_FITS, ids=[n for _d, n in _EMERGENCY_FITS])
def test_a_state_of_emergency_whose_age_fits_its_declaration_is_no_error(
        tmp_path: Path, docs: list[tuple[str, str, str]], name: str) -> None:
    tl = _build(tmp_path, docs)
    assert _joined(tl, "a", "b"), [(e.label, e.docs) for e in tl.events]
    assert _errors(tl) == []


@pytest.mark.parametrize(("docs", "name"), _EMERGENCY_UNFIT, ids=[n for _d, n in _EMERGENCY_UNFIT])
def test_a_state_of_emergency_whose_age_does_not_fit_its_declaration_is_reported(
        tmp_path: Path, docs: list[tuple[str, str, str]], name: str) -> None:
    assert "documents-disagree" in _errors(_build(tmp_path, docs))


# -- coordinated acts of one day -------------------------------------------------------------------------------
@pytest.mark.parametrize(("published", "text", "first"), [
    ("2019-06-04", "KHARTOUM - Police arrested the opposition leader and imposed a curfew on Monday, witnesses said.",
     "arrested"),
    ("2021-02-02", "YANGON - The junta declared a state of emergency and shut down the internet on Monday, state "
                   "media said.", "declared"),
    ("2019-08-12", "HONG KONG - Security forces detained 40 students and banned gatherings on Sunday, police said.",
     "detained"),
    ("2019-04-07", "ALGIERS - The authorities blocked social media and imposed a curfew on Saturday, rights groups "
                   "said.", "blocked"),
    ("1989-11-18", "PRAGUE - Riot police detained hundreds of students and imposed a curfew on Friday, witnesses said.",
     "detained"),
    ("2014-05-23", "BANGKOK - The army chief suspended the constitution and imposed a curfew late on Thursday, hours "
                   "after talks failed.", "suspended"),
    ("2020-08-10", "MINSK - Police detained dozens of protesters and cut mobile internet on Sunday night, rights groups "
                   "said.", "detained"),
])
def test_one_date_after_two_coordinated_acts_of_a_day_dates_both(
        tmp_path: Path, published: str, text: str, first: str) -> None:
    links = _links(tmp_path, text, published)
    assert any(w == first for _x, w, _r in links), links


def test_a_siege_is_not_dated_by_the_capture_that_ends_it(tmp_path: Path) -> None:
    links = _links(tmp_path, "MOSUL - Iraqi forces besieged the town and captured it on Wednesday, the army said.", "2016-10-20")
    assert not any(w == "besieged" for _x, w, _r in links), links


@pytest.mark.parametrize("text", [
    "Parliament approved a state of emergency on Thursday, a day after the president declared it.",
    "Shops reopened under the state of emergency, traders said.",
    "The government declared a state of emergency on Friday.",
    "Since the state of emergency was declared nine days ago, decrees have closed schools.",
    "Lawmakers voted to extend the state of emergency by three months.",
])
def test_a_state_of_emergency_not_told_by_its_age_is_no_event_noun(text: str) -> None:
    from conftest import mentions_in

    assert all(m.word != "state of emergency" for m in mentions_in(text))
