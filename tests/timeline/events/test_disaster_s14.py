"""Session 14: disasters, accidents and rescues (``lexicon_disaster.yaml``, ``_disaster``, ``_disaster_merge``), on
sentences of our own from many disasters:

* accidents as verbs and nouns: a mine or a building collapsing or caving in, a fire breaking out, an explosion of
  gas or stored chemicals, a river or a dam bursting, a spill, a train derailing or crashing; "Thursday's collapse",
  "the cave-in of August 5"; "the accident", "their ordeal" refer back to the accident told;
* rescues: people found alive, contacted, reached by a drill or a probe, pulled out, brought to the surface; the
  works of a rescue (a shaft bored, a drill breaking through, a capsule tested);
* tellings of one accident, find, drilling stage, test or rescue in two articles are one event; "a second
  explosion" is another; an accident dated only by an ordeal's age ("four weeks into their ordeal") is checked
  against its dated telling;
* everyday and market senses fire nothing ("the talks collapsed", "the currency crashed", "prices exploded").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes, mentions_in

from timeline.model import Event, Timeline


def _events(tl: Timeline, word: str) -> list[Event]:
    return [e for e in tl.events if word in " ".join([e.label, *(x.text for x in e.evidence)]).lower()]


def _on(e: Event, day: str) -> bool:
    a, b = e.interval.start
    return a is not None and b is not None and a.date() <= dt.date.fromisoformat(day) <= b.date()


def _docs(e: Event) -> set[str]:
    return {x.doc for x in e.evidence}


# --- the vocabulary: a mention of its type ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "word", "type_"), [
    # a structure collapsing or caving in
    ("The eight-storey Rana Plaza building collapsed on Wednesday morning, burying garment workers.", "collapsed",
     "disaster"),
    ("The main access ramp of the El Teniente mine, 40 km east of Rancagua, collapsed at dawn.", "collapsed",
     "disaster"),
    ("The Morandi bridge collapsed during a storm on Tuesday, sending cars into the river.", "collapsed", "disaster"),
    ("The roof of the Pike River mine caved in on Friday, hours after a methane leak.", "caved", "disaster"),
    ("A second cave-in blocked the escape tunnel on Saturday.", "cave-in", "disaster"),
    ("Saturday's rockfall forced the search teams back to the surface.", "rockfall", "disaster"),
    ("Families have waited at the gate since the mine collapse on Monday.", "collapse", "disaster"),
    # fires, explosions, water, spills
    ("A fire broke out in the 24-storey Grenfell Tower shortly before 1 a.m. on Wednesday.", "broke", "disaster"),
    ("The blaze swept through the nightclub within minutes on Saturday night.", "swept", "disaster"),
    ("Thousands of tonnes of ammonium nitrate stored at the port exploded on Tuesday evening.", "exploded",
     "disaster"),
    ("A gas tanker exploded on the motorway near the toll station on Friday.", "exploded", "disaster"),
    ("A methane explosion ripped through the Eynez coal mine on Tuesday afternoon.", "explosion", "disaster"),
    ("The river burst its banks on Sunday, flooding hundreds of homes.", "burst", "disaster"),
    ("The tailings dam burst on Friday, sending a wave of mud over the village.", "burst", "disaster"),
    ("Crude oil spilled from the stricken tanker for three days.", "spilled", "disaster"),
    ("A 7.8-magnitude quake struck southern Turkey before dawn on Monday.", "struck", "disaster"),
    # crashes and derailments
    ("A runaway freight train carrying crude oil derailed in the centre of the town early on Saturday.",
     "derailed", "crash"),
    ("A packed commuter train crashed into a freight train near the station on Thursday.", "crashed", "crash"),
    ("A bus crashed off a mountain road in the Andes on Sunday.", "crashed", "crash"),
    # people found, reached, brought out
    ("British divers found the 12 boys and their coach alive late on Monday inside the flooded cave.", "found",
     "contact"),
    ("Rescuers found two survivors alive under the rubble of the hotel on Thursday.", "found", "contact"),
    ("All 18 workers are alive, the mining company learned on Tuesday.", "learned", "contact"),
    ("Rescuers made contact with the trapped miners on Sunday through a narrow borehole.", "made", "contact"),
    ("Rescuers pulled a two-year-old girl alive from the rubble on Thursday.", "pulled", "rescue"),
    ("The last four boys were brought out of the cave on Tuesday.", "brought", "rescue"),
    ("The first of the 29 men was winched to the surface on Wednesday evening.", "winched", "rescue"),
    ("The foreman reached the surface shortly after 9 p.m. on Wednesday.", "reached", "rescue"),
    ("Dozens of climbers were airlifted off the glacier on Saturday.", "airlifted", "rescue"),
    # the works of a rescue
    ("Engineers began drilling a second borehole on Friday.", "drilling", "drilling"),
    ("A giant drill began boring the escape shaft late on Monday.", "boring", "drilling"),
    ("The rig went to work at 10 p.m. on Sunday.", "went", "drilling"),
    ("The drill broke through to the flooded gallery on Thursday.", "broke", "drilling"),
    ("The second drill punched through into the chamber at dawn on Saturday.", "punched", "drilling"),
    ("A probe reached the trapped men on Monday.", "reached", "drilling"),
    ("The escape tunnel was completed on Friday night.", "completed", "drilling"),
    ("Rescuers lowered an empty capsule to the bottom of the shaft in a final test on Monday.", "lowered",
     "trial_run"),
    ("The cage, tested on Sunday, carried the first man up at noon.", "tested", "trial_run"),
])
def test_vocabulary(text: str, word: str, type_: str) -> None:
    got = [(m.word, m.type) for m in mentions_in(text)]
    assert (word, type_) in got, got


# --- what must fire nothing of these types ----------------------------------------------------------------------
_OURS = {"disaster", "crash", "contact", "drilling", "trial_run", "rescue"}


@pytest.mark.parametrize("text", [
    "The talks collapsed on Friday.",
    "The government collapsed on Tuesday after the coalition split.",
    "The economy collapsed in 2008.",
    "The currency crashed on Monday.",
    "Shares crashed on Wall Street on Thursday.",
    "Prices exploded last year.",
    "The population exploded after the war.",
    "The retailer held a fire sale of its assets.",
    "Crowds flooded the square on Friday.",
    "The scandal derailed his campaign in March.",
    "The team broke through the defence in the second half.",
    "Secrets leaked to the press on Monday.",
    "He found it hard to believe.",
    "The company was hoisted to the top of the index.",
    "Troops pulled out of the town on Friday.",
    "The ban was lifted on Monday.",
    "The accident of history made him king.",
    "It was a disaster for the economy, the minister said on Monday.",
])
def test_negatives(text: str) -> None:
    assert not [(m.word, m.type) for m in mentions_in(text) if m.type in _OURS]


def test_anaphor_needs_an_accident_told() -> None:
    told = mentions_in("The roof of the Bolkar mine caved in on Monday. Two days after the accident, a second "
                       "rockfall blocked the shaft.")
    assert [m.word for m in told if m.type == "disaster"] == ["caved", "accident", "rockfall"]
    assert not [m for m in mentions_in("The accident happened on Monday.") if m.type == "disaster"]


def test_breakthrough_of_a_drill_is_no_advance() -> None:
    told = mentions_in("The drill punched through into the chamber. The breakthrough came at 8 a.m. on Sunday.")
    assert [m.type for m in told if m.word == "breakthrough"] == ["drilling"]
    war = mentions_in("Tanks pushed south on Monday. The breakthrough came near the river on Sunday.")
    assert [m.type for m in war if m.word == "breakthrough"] == ["advance"]


def test_war_breach_stays_a_breach() -> None:
    assert [(m.word, m.type) for m in mentions_in("Troops broke through the wall on Friday.")] == [("broke", "breach")]


def test_blast_of_a_bomb_stays_an_attack() -> None:
    got = [m.type for m in mentions_in("A car bomb explosion at the port killed 12 people on Monday.")
           if m.word == "explosion"]
    assert got == ["attack"]


# --- one accident, find or rescue told by two articles -----------------------------------------------------------
def test_collapse_told_as_verb_and_noun(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("rp-1", "2013-04-25", "SAVAR, Bangladesh - The eight-storey Rana Plaza building collapsed on Wednesday "
                               "morning, burying thousands of garment workers, police said."),
        ("rp-2", "2013-04-27", "DHAKA - Rescuers searched the rubble of the Rana Plaza building on Friday, two days "
                               "after Wednesday's collapse, as the death toll passed 300."),
    ])
    got = [e for e in _events(tl, "collaps") if _docs(e) == {"rp-1", "rp-2"}]
    assert got and _on(got[0], "2013-04-24")


def test_found_alive_told_twice(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("th-1", "2018-07-03", "MAE SAI, Thailand - British divers found the 12 boys and their football coach alive "
                               "late on Monday inside the flooded Tham Luang cave, the governor said on Tuesday."),
        ("th-2", "2018-07-05", "CHIANG RAI - Navy divers stayed on Wednesday with the boys in the Tham Luang cave, "
                               "who were found alive on Monday night on a muddy ledge."),
    ])
    got = [e for e in _events(tl, "found") if _docs(e) == {"th-1", "th-2"}]
    assert got and _on(got[0], "2018-07-02")


def test_rescue_told_by_verb_and_noun(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("bg-1", "2021-03-10", "BAGUIO - The last of the nine trapped miners was winched to the surface late on "
                               "Tuesday at the Itogon gold mine, officials said."),
        ("bg-2", "2021-03-11", "ITOGON - Tuesday's rescue at the Itogon gold mine ended nine days underground for "
                               "the men."),
    ])
    got = [e for e in _events(tl, "rescue") + _events(tl, "winched") if _docs(e) == {"bg-1", "bg-2"}]
    assert got and _on(got[0], "2021-03-09")


def test_second_explosion_is_another_accident(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("so-1", "2014-05-14", "SOMA, Turkey - An explosion ripped through the Eynez coal mine on Tuesday afternoon, "
                               "trapping hundreds of miners underground, officials said."),
        ("so-3", "2014-05-17", "SOMA - A second explosion shook the Eynez coal mine on Friday, forcing the rescue "
                               "teams back to the surface."),
    ])
    assert not [e for e in _events(tl, "explosion") if _docs(e) == {"so-1", "so-3"}]
    assert any(_on(e, "2014-05-13") for e in _events(tl, "explosion"))
    assert any(_on(e, "2014-05-16") for e in _events(tl, "explosion"))


def test_derailment_told_twice(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("lm-1", "2013-07-07", "LAC-MEGANTIC, Quebec - A runaway freight train carrying crude oil derailed in the "
                               "centre of the town early on Saturday, setting off explosions, police said."),
        ("lm-2", "2013-07-09", "LAC-MEGANTIC - Saturday's derailment set off a fire that levelled the town centre, "
                               "police said on Monday."),
    ])
    got = [e for e in _events(tl, "derail") if _docs(e) == {"lm-1", "lm-2"}]
    assert got and _on(got[0], "2013-07-06")


# --- an ordeal's age against the accident's date ------------------------------------------------------------------
_CAVED = ("ak-1", "2019-10-15", "CAMP ALPHA, Peru - Rescue teams began drilling a narrow borehole on Sunday to reach "
                                "seven workers trapped when the Alpha tunnel caved in on October 3.")


def test_ordeal_age_that_fits(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_CAVED, (
        "ak-2", "2019-10-31", "CAMP ALPHA - Four weeks into their ordeal, the workers trapped by the cave-in at the "
                              "Alpha tunnel were reached by a probe on Wednesday, officials said.")])
    assert not error_codes(tl)
    got = [e for e in _events(tl, "cave") if _docs(e) == {"ak-1", "ak-2"}]
    assert got and _on(got[0], "2019-10-03")


def test_ordeal_age_that_does_not_fit(tmp_path: Path) -> None:
    tl = _build(tmp_path, [_CAVED, (
        "ak-2", "2019-10-21", "CAMP ALPHA - Four weeks into their ordeal, the workers trapped by the cave-in at the "
                              "Alpha tunnel were reached by a probe on Monday, officials said.")])
    assert error_codes(tl)  # 18 days after the cave-in, not four weeks


def test_trapped_when_is_no_relation_of_the_drilling(tmp_path: Path) -> None:
    assert not error_codes(_build(tmp_path, [_CAVED]))
