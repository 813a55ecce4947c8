"""Naval and amphibious acts (session 14): the vocabulary of ``timeline/data/lexicon_naval.yaml``, the roles
:mod:`timeline._events._naval` gives them, and the join of two dates of one landing (:mod:`timeline._events._disputed`).

Every sentence our own, from other wars than the practice set's (Pearl Harbor, Normandy, Gallipoli, Inchon, the
Moskva, the Kursk, the Cole, the Eilat, the Gulf of Tonkin).
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline._events._aliases import load_table
from timeline._events._mentions import find_mentions
from timeline._events._naval import ship_name
from timeline.model import Document


def _mentions(text: str) -> list[tuple[str, str, list[str]]]:
    dm = find_mentions("d", text, load_table())
    return [(m.lemma, m.type, m.targets) for m in dm.mentions]


def _lemmas(text: str) -> set[str]:
    return {lemma for lemma, _, _ in _mentions(text)}


@pytest.mark.parametrize(("text", "lemma"), [
    ("The battleship Arizona was bombed and sunk by Japanese aircraft at Pearl Harbor on Sunday.", "sink"),
    ("A German U-boat sank the liner off the Irish coast on Friday.", "sink"),
    ("The Russian flagship Moskva sank on Thursday after being hit by two Ukrainian missiles.", "sink"),
    ("The cruiser was torpedoed in the Java Sea on Saturday.", "torpedo"),
    ("The crew scuttled the submarine off Montevideo on Sunday.", "scuttle"),
    ("The German battleship Bismarck was sent to the bottom by British warships on Tuesday.", "send to the bottom"),
    ("Torpedo boats hit the destroyer USS Maddox in the Gulf of Tonkin on Sunday.", "hit ship"),
    ("Dive-bombers crippled the carrier off Midway on Thursday.", "cripple"),
])
def test_ship_acted_on(text: str, lemma: str) -> None:
    assert lemma in _lemmas(text)
    assert all(t in {"attack", "airstrike"} for lm, t, _ in _mentions(text) if lm == lemma)


@pytest.mark.parametrize(("text", "lemma"), [
    ("The invasion fleet sailed from Portsmouth on Monday night.", "sail"),
    ("The carrier Theodore Roosevelt sailed out of Norfolk on Tuesday.", "sail"),
    ("The Pacific squadron set sail from Vladivostok on Monday.", "set sail"),
    ("The Black Sea fleet put to sea on Friday.", "put to sea"),
    ("The carrier group weighed anchor on Monday.", "weigh anchor"),
    ("The hospital ship docked at Valletta on Wednesday.", "dock"),
])
def test_departures_and_arrivals(text: str, lemma: str) -> None:
    assert lemma in _lemmas(text)


@pytest.mark.parametrize(("text", "lemma"), [
    ("Allied troops went ashore on the beaches of Normandy early on Tuesday.", "go ashore"),
    ("Anzac troops waded ashore at Gallipoli on Sunday.", "go ashore"),
    ("The task force put its troops ashore at Inchon on Friday.", "put ashore"),
    ("The navy landed 13,000 marines at Inchon on Friday.", "land troops"),
    ("The marines established a beachhead on Friday.", "establish beachhead"),
    ("Units from that beachhead, set up nine days ago, are pushing inland.", "establish beachhead"),
])
def test_landings(text: str, lemma: str) -> None:
    assert lemma in _lemmas(text)
    assert all(t == "advance" for lm, t, _ in _mentions(text) if lm == lemma)


@pytest.mark.parametrize("text", [
    "Shares sank on Monday as the bailout stalled.",
    "The deal sank in parliament on Tuesday.",
    "The health plan was torpedoed by three senators on Friday.",
    "Her son landed a job at the port on Monday.",
    "The news landed badly in the capital on Wednesday.",
    "The bill sailed through the senate on Tuesday.",
    "His ship-shape plan would sail through parliament.",
    "The loss of face over the affair cost him his seat.",
    "The team was sent to the bottom of the league on Sunday.",
    "The ferry sank in a storm on Monday.",
    "The tanker sank in a storm on Monday.",
    "Turkish soldiers last went into Syria in force in August 2016.",
    "Hurricane Katrina came ashore near New Orleans on Monday.",
    "A policy anchored in Washington would fail.",
    "The blast killed two people on Monday, damaging several others.",
])
def test_no_naval_act(text: str) -> None:
    naval = {"sink", "torpedo", "scuttle", "send to the bottom", "hit ship", "cripple", "sail", "set sail",
             "go ashore", "put ashore", "land troops", "land", "establish beachhead", "sinking", "anchor"}
    assert not _lemmas(text) & naval


def test_ship_name_prefix() -> None:
    assert ship_name("HMS Glamorgan") == "Glamorgan"
    assert ship_name("USS Cole") == "Cole"
    assert ship_name("Moskva") == "Moskva"
    assert ship_name("USSR") == "USSR"


def test_loss_of_the_destroyer_targets_the_ship() -> None:
    got = _mentions("The fleet has been on alert since the loss of the destroyer Glamorgan on May 4.")
    assert ("sinking", "attack", ["Glamorgan"]) in got


def test_prefixed_ship_is_its_name() -> None:
    got = _mentions("The destroyer USS Cole was hit by a bomb in Aden harbour on Thursday.")
    assert any(t == ["Cole"] for _, _, t in got)


def test_sailing_port_is_target() -> None:
    got = _mentions("The cruisers Rochester and Toledo sailed from Sasebo on Monday.")
    assert ("sail", "sailing", ["Sasebo"]) in got


def test_ship_anaphor_joins_named_ship() -> None:
    got = _mentions("The destroyer USS Maddox was hit by torpedo boats on Sunday. The ship was hit again on Tuesday.")
    assert [t for lm, _, t in got if lm in {"hit", "hit ship"}] == [["Maddox"], ["Maddox"]]


def test_beachhead_with_its_landing_is_one_mention() -> None:
    got = _mentions("Allied troops went ashore at Omaha Beach early on Tuesday and have built a firm beachhead.")
    assert [lm for lm, _, _ in got if lm in {"go ashore", "establish beachhead"}] == ["go ashore"]


def _build(*docs: tuple[str, str]) -> timeline.Timeline:
    return timeline.build([Document(id=f"d{i}", text=t, published=dt.datetime.fromisoformat(p))
                           for i, (p, t) in enumerate(docs)])


def test_two_dates_of_one_landing_disagree() -> None:
    tl = _build(("1950-09-16", "US marines landed at Inchon on Friday (Sept. 15) and have established a beachhead."),
                ("1950-10-03", "Since US marines landed at Inchon on Sept. 8, they have pushed inland to Seoul."))
    assert any({"d0", "d1"} <= set(e.docs) for e in tl.events)
    assert any(f.code == "documents-disagree" for f in tl.findings)


def test_two_fresh_landings_stay_apart() -> None:
    tl = _build(("1944-06-07", "Allied troops landed at Omaha Beach on Tuesday."),
                ("1944-06-20", "Fresh troops landed at Omaha Beach on Monday."))
    assert not any({"d0", "d1"} <= set(e.docs) for e in tl.events)
