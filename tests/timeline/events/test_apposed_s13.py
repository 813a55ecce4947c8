"""Session 13 (acts told in a participial appositive), on sentences of our own:

* "NP, <past participle> [by AGENT] <date>" is an act of that verb done to the noun phrase, dated by that date:
  a lexicon verb makes an ordinary mention of its type with the noun phrase as target (even one whose rule
  wants an object after it: "X, taken on Sunday"), a verb the lexicon lacks an open act ("Army deployed");
* the date is not the main clause's verb's;
* an event noun before the comma keeps its date ("The deal, signed on Saturday"); a participle with an object,
  a participle of support or of state, and a noun phrase that names nobody make nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import mention_in, mentions_in

from timeline.model import Event, Timeline


def _events(tl: Timeline, word: str) -> list[Event]:
    return [e for e in tl.events if word in " ".join([e.label, *(x.text for x in e.evidence)]).lower()]


def _start(e: Event) -> tuple[str | None, str | None]:
    a, b = e.interval.start
    return (f"{a:%Y-%m-%d}" if a else None, f"{b:%Y-%m-%d}" if b else None)


def _on(e: Event, day: str) -> bool:
    a, b = e.interval.start
    return a is not None and b is not None and a.date() <= dt.date.fromisoformat(day) <= b.date()


# --- lexicon verbs: a mention of their type, the noun phrase its target ------------------------------------------
@pytest.mark.parametrize(("text", "word", "target", "day"), [
    ("Rebels now hold Kidal, seized on Friday after a two-day battle, and are pushing south towards Gao.",
     "seized", "Kidal", "Friday"),
    ("Iraqi troops have recaptured most of Tal Afar, the Zuhur district, taken on Sunday, and the citadel.",
     "taken", "Zuhur", "Sunday"),
    ("The journalist Peter Greste, freed on Sunday after 400 days in jail, flew home to Australia.",
     "freed", "Peter Greste", "Sunday"),
    ("Omar al-Bashir, arrested by the army on Thursday, was taken to Kober prison.",
     "arrested", "Omar al-Bashir", "Thursday"),
    ("The regime has lost Zawiya, Gharyan and Tripoli, taken by the rebels last week, and now holds only Sirte.",
     "taken", "Tripoli", "last week"),
    ("Viktor Medvedchuk, recaptured on Tuesday by the security service, appeared handcuffed in a photograph.",
     "recaptured", "Viktor Medvedchuk", "Tuesday"),
    ("Mosul, captured by Islamic State in June 2014, is home to about a million people.",
     "captured", "Mosul", "June 2014"),
])
def test_a_lexicon_participle_is_an_act_done_to_the_noun_phrase(text: str, word: str, target: str, day: str) -> None:
    mn = mention_in(text, word)
    assert target in mn.targets, (mn.type, mn.targets)
    assert not mn.type.startswith("act:")


@pytest.mark.parametrize(("published", "text", "word", "day", "main"), [
    ("2017-08-30", "Iraqi troops have recaptured most of Tal Afar, the Zuhur district, taken on Sunday, and the citadel.",
     "taken", "2017-08-27", "recaptur"),
    ("2011-08-30", "The regime has lost Zawiya and Tripoli, taken by the rebels on Sunday, and now holds only Sirte.",
     "taken", "2011-08-28", "lost"),
    ("2012-04-03", "The army has abandoned Gao and Kidal, seized by the rebels on Friday, and fallen back to Mopti.",
     "seized", "2012-03-30", "abandon"),
])
def test_the_date_is_the_participles_not_the_main_verbs(tmp_path: Path, published: str, text: str, word: str,
                                                        day: str, main: str) -> None:
    tl = _build(tmp_path, [("a", published, text)])
    assert any(_start(e) == (day, day) for e in _events(tl, word)), [(e.label, _start(e)) for e in tl.events]
    assert not any(_on(e, day) for e in _events(tl, main) if not _events(tl, word) or e not in _events(tl, word)), \
        [(e.label, _start(e)) for e in tl.events]


# --- verbs the lexicon lacks: open acts, labelled by the noun phrase ----------------------------------------------
@pytest.mark.parametrize(("published", "text", "word", "day", "label"), [
    ("2014-09-02", "The peacekeepers, flown in on Tuesday from Kenya, began patrolling the border.",
     "flown", "2014-09-02", "flown"),
    ("2011-01-30", "The riot police, deployed on Friday night after the unrest, have so far stood aside.",
     "deployed", "2011-01-28", "deployed"),
    ("2019-10-20", "Kurdish fighters, evicted from Ras al-Ain on Sunday, headed south.",
     "evicted", "2019-10-20", "evicted"),
    ("2013-07-08", "Mohamed Morsi, ousted by the army on Wednesday, is being held at a secret location.",
     "oust", "2013-07-03", "oust"),
    ("2017-07-12", "Maidan Square, reopened on Tuesday, filled with crowds.", "reopened", "2017-07-11", "reopened"),
    ("1995-07-24", "On Sunday, the Dutch battalion, rotated out of Srebrenica on Friday, reached Zagreb.",
     "rotated", "1995-07-21", "rotated"),
])
def test_an_open_participle_is_an_open_act(tmp_path: Path, published: str, text: str, word: str, day: str,
                                           label: str) -> None:
    tl = _build(tmp_path, [("a", published, text)])
    found = _events(tl, word)
    assert any(_start(e) == (day, day) for e in found), [(e.label, _start(e)) for e in tl.events]
    assert any(label in e.label.lower() for e in found), [e.label for e in found]


def test_an_open_act_label_reads_the_noun_phrase(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2011-01-30", "The army, deployed on Friday night after the police melted away, "
                                               "has so far stood aside.")])
    assert [e.label for e in _events(tl, "deployed")] == ["Army deployed"]


# --- across articles: the apposed telling joins the plain one ------------------------------------------------------
@pytest.mark.parametrize("docs", [
    [("a", "2012-03-31", "Tuareg rebels took Gao on Saturday after a day of fighting."),
     ("b", "2012-04-04", "The army now holds only Mopti, and Gao, taken by rebels on Saturday, is under curfew.")],
    [("a", "2007-07-05", "The journalist Alan Johnston was freed on Wednesday after 114 days in captivity."),
     ("b", "2007-07-06", "Alan Johnston, released on Wednesday after nearly four months, thanked his supporters.")],
    [("a", "2007-07-05", "Crowds cheered the release of Alan Johnston in Gaza. Johnston was freed on Wednesday after "
                         "114 days in captivity."),
     ("b", "2007-07-06", "Alan Johnston, released on Wednesday after nearly four months, thanked his supporters.")],
])
def test_the_apposed_telling_joins_the_plain_one(tmp_path: Path, docs: list[tuple[str, str, str]]) -> None:
    tl = _build(tmp_path, docs)
    assert any({x.doc for x in e.evidence} == {"a", "b"} for e in tl.events), \
        [(e.label, _start(e), sorted({x.doc for x in e.evidence})) for e in tl.events]


# --- what stays as it was -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("published", "text", "word", "day"), [
    ("2015-02-20", "The ceasefire, agreed on Thursday in Minsk, collapsed within days.", "ceasefire", "2015-02-19"),
    ("2020-03-02", "The deal, signed on Saturday in Doha, sets a timetable for the withdrawal of troops.", "deal",
     "2020-02-29"),
])
def test_an_event_noun_before_the_comma_keeps_its_date(tmp_path: Path, published: str, text: str, word: str,
                                                       day: str) -> None:
    tl = _build(tmp_path, [("a", published, text)])
    assert any(_start(e) == (day, day) for e in _events(tl, word)), [(e.label, _start(e)) for e in tl.events]
    assert not any(e.label.lower().startswith(("agreed", "signed")) for e in tl.events)


def test_a_since_time_starts_the_lexicon_act() -> None:
    mn = mention_in("The town of Irpin, shelled since Monday, has no water or power.", "shelled")
    assert mn.type == "attack"


@pytest.mark.parametrize(("text", "word"), [
    ("Ukrainian troops entered Kherson, greeted by cheering crowds on Friday.", "greeted"),
    ("The army retook the old city, backed by US air strikes on Monday.", "backed"),
    ("The wounded, taken to hospital on Monday, were treated for shrapnel injuries.", "taken"),
    ("The report, published on Tuesday, said hundreds had died.", "published"),
    ("Meanwhile, reached by phone on Monday, the mayor said the town was calm.", "reached"),
    ("Stocks, battered on Monday, recovered some ground.", "battered"),
    ("The town's residents, trapped since Monday, have no water.", "trapped"),
])
def test_no_act_where_the_participle_tells_none(text: str, word: str) -> None:
    assert not [m for m in mentions_in(text) if m.word == word], [(m.word, m.type) for m in mentions_in(text)]


def test_a_verb_with_its_object_after_a_comma_is_no_participle() -> None:
    mn = mention_in("Rebels stormed the town, seized the airport on Wednesday and blocked the road.", "seized")
    assert mn.actors, "the rebels seized the airport: an active verb, its subject the actor"


def test_the_main_verb_keeps_its_own_date(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2022-11-12", "Ukrainian troops entered Kherson, greeted by cheering crowds on "
                                               "Friday.")])
    assert any(_start(e) == ("2022-11-11", "2022-11-11") for e in _events(tl, "enter"))
