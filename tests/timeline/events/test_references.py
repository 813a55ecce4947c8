"""Actors told by reference ("the group", "its fighters", "they"), on sentences of our own."""

from __future__ import annotations

import pytest
from conftest import DocBuilder

from timeline._events import find_events
from timeline._events._aliases import load_table
from timeline._events._anaphora import resolve_actor_references
from timeline._events._mentions import find_mentions
from timeline._events._text import normalise, sentences


def _refs(text: str) -> list[tuple[str, str]]:
    """(reference text, actor) for every reference the rules resolve in ``text``."""
    table = load_table()
    t = normalise(text)
    named = table.named_in(t)
    plain = table.find(t, named=named, kind="actor")
    from timeline._events._mentions import _TRIGGERS  # the same trigger pattern the mention finder uses

    found = resolve_actor_references(t, sentences(t), plain, table, _TRIGGERS)
    return [(t[m.start : m.end], m.name) for m in found if m not in plain]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite noun phrase: the nearest compatible actor of the same sentence
        ("The SDF offensive has pushed into a second district of Raqqa, the group said on Friday.",
         [("the group", "Syrian Democratic Forces")]),
        ("Islamic State lost Tabqa. On Monday the jihadist group withdrew from Raqqa.",
         [("the jihadist group", "ISIS")]),
        ("Three weeks into the battle, SDF fighters are advancing. On Monday the alliance said it was close.",
         [("the alliance", "Syrian Democratic Forces")]),
        # else the first (the subject) of the closest earlier sentence naming one
        ("Leaders of the Popular Mobilization Units spoke before IS struck Baiji. A spokesman for the group "
         "said so.", [("the group", "Hashd al-Shaabi")]),
        # a possessive
        ("The SDF declared Raqqa liberated. Its fighters took the stadium three days earlier.",
         [("Its fighters", "Syrian Democratic Forces")]),
        ("Islamic State said its fighters had repelled the attack.", [("its fighters", "ISIS")]),
        ("Ukrainian forces crossed the river. Their troops entered Kherson.",
         [("Their troops", "Ukrainian armed forces")]),
        # a pronoun only as the subject of an event verb
        ("Iraqi forces reached Shura. They had captured Bartalla a day earlier.",
         [("They", "Iraqi security forces")]),
        ("The SDF reached Tabqa on Monday and later they captured the dam.", [("they", "Syrian Democratic Forces")]),
        ("Islamic State lost ground; it launched a counterattack on Kirkuk.", [("it", "ISIS")]),
    ],
)
def test_references_resolve(text: str, expected: list[tuple[str, str]]) -> None:
    assert _refs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi forces and the Peshmerga advanced; the forces closing in on Mosul met resistance.",  # "the forces": all
        "The SDF took the group of villages east of Raqqa.",  # "the group of": not a reference
        "Hollande spoke in Paris. They met again on Tuesday.",  # no armed actor to refer to
        "The town fell. It was seized by Islamic State in 2014.",  # "it" is the town, a passive
        "The group said it would fight on.",  # nothing named before it
    ],
)
def test_no_reference(text: str) -> None:
    assert _refs(text) == []


def test_reference_gives_the_event_its_actor(make_doc: DocBuilder) -> None:
    doc = make_doc("r", "The SDF held a ceremony in Raqqa. Its fighters took the last positions in the city on "
                        "Tuesday (October 17).", "2017-10-20", ("Tuesday (October 17)", "DATE", "2017-10-17"))
    events, _ = find_events([doc])
    [capture] = [e for e in events if e.type == "capture"]
    assert capture.actors == ("Syrian Democratic Forces",) and capture.target == "Raqqa"
    assert capture.label == "Syrian Democratic Forces take Raqqa"


def test_mentions_use_the_reference() -> None:
    dm = find_mentions("x", "Islamic State lost Tabqa. On Monday the group withdrew from Raqqa.", load_table())
    [withdrew] = [m for m in dm.mentions if m.type == "withdrawal"]
    assert withdrew.actors == ["ISIS"]


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        # a capital or a country as the subject or owner of an event stands for its forces (alias table: actor)
        ("Kyiv launched its southern counteroffensive on Monday.", "counteroffensive", "Ukrainian armed forces"),
        ("Ukraine's counteroffensive in the south began on Monday.", "counteroffensive", "Ukrainian armed forces"),
        ("Moscow withdrew from Kherson on Wednesday.", "withdrew", "Russian armed forces"),
        ("Ukraine said on Tuesday it had launched a counteroffensive.", "counteroffensive", "Ukrainian armed forces"),
        # a nationality with a word for armed forces the table does not list
        ("Philippine troops stormed the town on Tuesday.", "stormed", "Philippine forces"),
        ("Chadian soldiers retook the village of Tessit.", "retook", "Chadian forces"),
        ("The Malian army captured Kidal on Monday.", "captured", "Malian forces"),
    ],
)
def test_actors_named_through_a_place_or_nationality(text: str, word: str, actor: str) -> None:
    [mn] = [m for m in find_mentions("x", text, load_table()).mentions if m.word == word]
    assert mn.actors[:1] == [actor]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Officials in Kyiv said Russian forces attacked the city on Monday.", "attacked"),  # Kyiv: a place
        ("The battle for Kyiv began in February.", "battle"),
        ("Syrian troops captured the airport on Monday.", "captured"),  # the table knows them
    ],
)
def test_places_stay_places(text: str, word: str) -> None:
    dm = find_mentions("x", text, load_table())
    [mn] = [m for m in dm.mentions if m.word == word]
    assert "Ukrainian armed forces" not in mn.actors
    assert all(not a.endswith(" forces") or a in {"Russian armed forces", "Syrian government forces"}
               for a in mn.actors)
