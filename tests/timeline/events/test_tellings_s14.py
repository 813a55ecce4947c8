"""Session 14: one act told in different words by different articles (:mod:`timeline._events._tellings`), on
sentences of our own.

* a side is its country, whatever the name: "Iraq", "Iraqi troops", "Iraq government" (:func:`side_of`);
* "Port X" and "X" are one place; two cities the gazetteer knows are two places for a surrender, an unknown
  name proves nothing (:func:`one_place`, :func:`apart_cities`);
* "the capital" is the one capital (of the alias table) the article named before it (:func:`city_anaphor`);
* "capitulated" is a surrender, not a government that capitulated to demands;
* an invasion and a seizure of one territory by one side on one day are one event; a surrender told by the
  commander and by the garrison is one; a bare "the invasion of D" is the one invasion dated that day; and what
  must stay apart (see also the conformance entries ``s14c-*``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import mentions_in

from timeline._events._aliases import load_table
from timeline._events._mentions import find_mentions
from timeline._events._tellings import apart_cities, one_place, side_of
from timeline._events._where import city_anaphor
from timeline.model import Event, Timeline


def _with(tl: Timeline, *words: str) -> list[Event]:
    return [e for e in tl.events if any(w in " ".join([e.label, *(x.text for x in e.evidence)]).lower()
                                        for w in words)]


@pytest.mark.parametrize(("actor", "code"), [
    ("Iraq", "IQ"), ("Iraqi troops", "IQ"), ("Iraq government", "IQ"), ("Argentine forces", "AR"),
    ("Argentina", "AR"), ("Sri Lankan troops", "LK"), ("Sri Lanka forces", "LK"), ("Turkish troops", "TR"),
    ("Pakistani forces", "PK"), ("German forces", "DE"), ("Japanese troops", "JP"), ("British forces", "GB"),
    ("US troops", "US"), ("Vietnamese forces", "VN"), ("Russian forces", "RU"), ("Ukrainian army", "UA"),
])
def test_side_of_a_country_name_or_demonym(actor: str, code: str) -> None:
    assert side_of(actor) == code


@pytest.mark.parametrize("actor", ["Tamil Tigers", "Taliban", "Government forces", "forces", "Viet Minh",
                                   "Soviet-led forces", "Khmer Rouge"])
def test_side_of_no_country(actor: str) -> None:
    assert side_of(actor) is None


def test_one_place_port_and_its_name() -> None:
    assert one_place({"Port Stanley"}, {"Stanley"})
    assert one_place({"Fort Sumter"}, {"Sumter", "Charleston"})
    assert one_place({"Kuwait"}, {"Kuwait"})
    assert not one_place({"Port Said"}, {"Suez"})
    assert not one_place({"Dhaka"}, {"Chittagong"})


def test_apart_cities_needs_two_known_cities() -> None:
    assert apart_cities({"Dhaka"}, {"Chittagong"})
    assert apart_cities({"Singapore"}, {"Kuala Lumpur"})
    assert not apart_cities({"Port Stanley"}, {"Stanley"})  # one place
    assert not apart_cities({"Dhaka"}, set())  # one side names none
    assert not apart_cities({"Dhaka"}, {"Dhaka"})


@pytest.mark.parametrize(("text", "is_surrender"), [
    ("German troops in Stalingrad capitulated on Sunday.", True),
    ("The garrison capitulated after a six-week siege.", True),
    ("The government capitulated to the protesters' demands on Friday.", False),
    ("The council capitulated to pressure from the unions.", False),
])
def test_capitulate_is_a_surrender(text: str, is_surrender: bool) -> None:
    got = [m for m in mentions_in(text) if m.word == "capitulated"]
    assert (bool(got) and got[0].type == "surrender") is is_surrender


def test_invasion_and_seizure_one_event(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "2014-03-02", "Russian forces occupied Crimea on Saturday, surrounding Ukrainian bases."),
        ("b", "2014-03-04", "Kiev said on Tuesday that Russia invaded Crimea on Saturday."),
    ])
    got = _with(tl, "occupied", "invaded")
    assert len(got) == 1 and set(got[0].docs) == {"a", "b"}


def test_invasion_by_another_side_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "1990-08-03", "Iraqi troops seized Kuwait on Thursday."),
        ("b", "1990-08-04", "Syria invaded Kuwait on Thursday, a rumour said."),
    ])
    assert all(len(e.docs) == 1 for e in _with(tl, "seized", "invaded"))


def test_commander_and_garrison_surrender_one_event(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "1943-02-01", "Germany's commander at Stalingrad, Field Marshal Paulus, surrendered his army on Sunday."),
        ("b", "1943-02-03", "German troops in Stalingrad laid down their arms on Sunday, Moscow radio said."),
    ])
    got = _with(tl, "surrender", "laid down")
    assert len(got) == 1 and set(got[0].docs) == {"a", "b"}


def test_surrenders_in_two_cities_stay_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "1971-12-17", "Pakistani forces surrendered in Dhaka on Thursday."),
        ("b", "1971-12-18", "Pakistani troops in the port of Chittagong laid down their arms on Thursday."),
    ])
    assert all(len(e.docs) == 1 for e in _with(tl, "surrender", "laid down"))


def test_bare_invasion_joins_the_one_invasion_of_its_day(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "1983-10-26", "US troops invaded Grenada on Tuesday, landing at two airfields before dawn."),
        ("b", "1983-11-20", "Life on the island has changed since the invasion of October 25."),
    ])
    got = _with(tl, "invaded", "invasion")
    assert len(got) == 1 and set(got[0].docs) == {"a", "b"}


def test_bare_invasion_told_at_a_city_of_the_country(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "1990-08-03", "Iraqi troops invaded Kuwait on Thursday, diplomats said."),
        ("b", "1990-09-02", "Shops in Kuwait City have stayed shut since the invasion of August 2."),
    ])
    got = _with(tl, "invaded", "invasion")
    assert len(got) == 1 and set(got[0].docs) == {"a", "b"}


def test_bare_invasion_told_elsewhere_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "1990-08-03", "Iraqi troops invaded Kuwait on Thursday, diplomats said."),
        ("b", "1990-09-02", "Prices in Cairo have soared since the invasion of August 2."),
    ])
    assert not any({"a", "b"} <= set(e.docs) for e in tl.events)


def test_bare_invasion_with_two_invasions_that_day_stays_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "1941-06-23", "German troops invaded Lithuania on Sunday, and Romanian forces invaded Bessarabia "
                            "on Sunday."),
        ("b", "1941-12-01", "Nothing has been the same since the invasion of June 22, farmers said."),
    ])
    assert not any({"a", "b"} <= set(e.docs) for e in tl.events)


# --- "the capital": the one capital the article has named before ------------------------------------------------
@pytest.mark.parametrize(("text", "capital"), [
    ("Crowds swarmed onto the runway of Kabul airport on Monday, and several people died in the crush, a day after "
     "the capital fell to the Taliban.", "Kabul"),
    ("Looters emptied ministries in Baghdad on Thursday, and hospitals ran short of supplies, a day after the "
     "capital fell to US troops.", "Baghdad"),
    ("Crowds gathered in Damascus on Monday and prisoners walked out of the jails, a day after the capital fell "
     "to the rebels.", "Damascus"),
    ("Airlines suspended flights to Sanaa on Friday, and embassies pulled their staff out, weeks after Houthi "
     "fighters seized the capital.", "Sanaa"),
    ("Shelling shook Mogadishu overnight, and the port closed, days after the militants first entered the "
     "capital.", "Mogadishu"),
    ("Gunfire echoed across Tripoli on Monday night as residents hid indoors, hours before rebels stormed the "
     "capital.", "Tripoli"),
])
def test_the_capital_is_the_capital_named_before(text: str, capital: str) -> None:
    dm = find_mentions("t", text, load_table())
    at = text.rindex("the capital")
    assert (capital, at) in city_anaphor(dm, at, at + len("the capital"))


@pytest.mark.parametrize("text", [
    "Envoys flew from Kabul to Baghdad on Monday to discuss the crisis in the capital.",  # two capitals: which?
    "Investors fled the capital markets on Friday as prices fell in Kyiv.",  # no capital named before
    "Crowds gathered in Khartoum on Monday, a day after the capital fell.",  # a capital the table does not know
    "Grozny, the capital of Chechnya, fell on Friday.",  # the place follows
])
def test_the_capital_unresolved(text: str) -> None:
    dm = find_mentions("t", text, load_table())
    at = text.index("the capital")
    assert city_anaphor(dm, at, at + len("the capital")) == []


def test_the_capital_fell_is_its_capture(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "2021-08-16", "Crowds swarmed onto the runway of Kabul airport on Monday, and several people died in "
                            "the crush, a day after the capital fell to the Taliban."),
    ])
    got = _with(tl, "fell")
    assert got and got[0].target == "Kabul"


@pytest.mark.parametrize(("published", "text", "day"), [
    ("1990-08-05", "Oil prices jumped on Saturday, two days after Iraq invaded Kuwait.", "1990-08-02"),
    ("2003-03-22", "Markets rallied on Friday, a day after US forces invaded Iraq.", "2003-03-20"),
    ("1974-07-23", "The junta in Athens collapsed on Tuesday, three days after Turkey invaded Cyprus.", "1974-07-20"),
    pytest.param("1939-09-04", "Britain declared war on Sunday, two days after Germany invaded Poland.", "1939-09-01",
                 marks=pytest.mark.xfail(reason="the war the main clause declares is told at the invaded country, "
                                                "and the invasion's dated cluster is lost to it (session 14)")),
    ("1983-10-28", "Caribbean leaders met on Thursday, two days after US troops invaded Grenada.", "1983-10-25"),
])
def test_a_gap_after_an_invading_verb_dates_the_invasion(tmp_path: Path, published: str, text: str,
                                                         day: str) -> None:
    # the invasion told by its verb is an act of one day that the gap dates, not the age of a campaign of the article
    tl = _build(tmp_path, [("a", published, text)])
    got = _with(tl, "invaded", "invade")
    assert len(got) == 1
    lo, hi = got[0].interval.start
    assert lo is not None and hi is not None and lo.date().isoformat() == day == hi.date().isoformat()


def test_a_gap_into_the_invasion_noun_stays_the_campaigns_age(tmp_path: Path) -> None:
    # "three weeks into the invasion": the noun names the campaign, whose start the age gives
    tl = _build(tmp_path, [("a", "2003-04-10", "Three weeks into the invasion, US troops entered Baghdad on Wednesday.")])
    assert not any(e.interval.start[0] is not None and e.interval.start[0].date().isoformat() == "2003-04-09"
                   and "invasion" in e.label.lower() for e in tl.events)
