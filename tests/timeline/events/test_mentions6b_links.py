"""Session 6b: a time that owns a campaign noun dates it within that time ("last week's battle for X")."""

from __future__ import annotations

from conftest import build_doc, mentions_in

from timeline._events._aliases import load_table
from timeline._events._link import link_document
from timeline._events._mentions import find_mentions


def _links(text: str, *exprs: tuple[object, ...]) -> dict[str, list[tuple[str, str]]]:
    d = build_doc("x", text, "2021-03-10", *exprs)
    dm = find_mentions(d.id, d.text, load_table())
    links, _ = link_document(dm, d.expressions, d.anchor.value, frozenset(), {})
    out: dict[str, list[tuple[str, str]]] = {}
    for m in dm.mentions:
        out[m.word] = [(d.expressions[x.expression].text, x.relation) for x in links if x.mention == m.index]
    return out


def test_owner_week_dates_the_battle_within_it() -> None:
    got = _links("Officials said on Tuesday that last week's battle for Qasr Amin killed 40 fighters.",
                 ("Tuesday", "DATE", "2021-03-09"), ("last week", "DATE", "2021-W09", None))
    assert got["battle"] == [("last week", "within")]


def test_battle_told_on_a_day_was_going_on_then() -> None:
    got = _links("On Tuesday the battle for Qasr Amin entered a new phase.", ("Tuesday", "DATE", "2021-03-09"))
    assert ("Tuesday", "includes") in got["battle"]


def test_clause_that_only_says_when_dates_the_noun_before_it() -> None:
    got = _links("The pullout from the Tal Rif district of Homs, which took place on March 2, left the town empty.",
                 ("March 2", "DATE", "2021-03-02"))
    assert got["pullout"] == [("March 2", "on")]


def test_carried_out_on_a_night_dates_the_strike() -> None:
    got = _links("The drone strike on the Saada clinic, carried out on the night of March 1, killed nine, "
                 "officials said on Tuesday.", ("the night of March 1", "DATE", "2021-03-01"),
                 ("Tuesday", "DATE", "2021-03-09"))
    assert got["strike"] == [("the night of March 1", "on")]


def test_a_main_verb_after_the_comma_keeps_its_date() -> None:
    got = _links("The offensive, which began on May 5, took the port on Friday.",
                 ("May 5", "DATE", "2021-05-05"), ("Friday", "DATE", "2021-05-07"))
    assert ("May 5", "begins") in got["offensive"]
    assert got["took"] == [("Friday", "on")]


def test_war_crime_is_no_war() -> None:
    assert all(m.word != "war" for m in mentions_in("Rights groups said the shelling of Saada could be a war crime."))
