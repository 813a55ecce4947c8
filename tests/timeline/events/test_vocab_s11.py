"""Session 11 (part c): what crisis and war reporting tells after the fact (every sentence our own).

``timeline/data/lexicon_aftermath.yaml``: force used on crowds (live rounds, tear gas, rubber bullets or water
cannon fired at protesters; "opened fire" whose whole span is the trigger; "the crackdown on protesters", "the
shooting of two protesters"), mass graves found and bodies exhumed, a leader's visit ("made a surprise trip to",
"walked through the ruined centre of", "X, who toured the recaptured city"); the phrases of
``lexicon_civil.yaml`` (a charge or a ban told with the verb that brought it); and the lexicon's new keys
(``whole_span``, ``needs_both``, ``phrases``).  Each with negatives that share its words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline._events._aliases import load_table
from timeline._events._lexicon import NEEDS_BOTH, PHRASES, WHOLE_SPAN, load_lexicon
from timeline._events._mentions import find_mentions
from timeline._events._modifiers import modifier_gap

_TABLE = load_table()


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.word, m.type) for m in find_mentions("t", text, _TABLE).mentions]


def _types(text: str) -> set[str]:
    return {t for _w, t in _mentions(text)}


# --- force used on crowds -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "trigger"), [
    ("Paramilitary troops fired live ammunition into a crowd of protesters in Khartoum on Monday.",
     "fired live ammunition"),
    ("Riot police fired rubber bullets and stun grenades at demonstrators in Minsk on Monday night.",
     "fired rubber bullets and stun grenades"),
    ("Security forces fired tear gas at protesters in Tehran on Wednesday.", "fired tear gas"),
    ("Police fired water cannon, tear gas and rubber bullets at students in Colombo on Thursday.",
     "fired water cannon, tear gas and rubber bullets"),
    ("Soldiers fired on the crowd outside the palace in Conakry on Sunday.", "fired"),
    ("Security forces opened fire on mourners at a cemetery in Saqqez on Tuesday.", "opened fire"),
    ("Gunmen opened fire on the sit-in outside the defence ministry on Monday.", "opened fire"),
])
def test_fire_on_crowds(text: str, trigger: str) -> None:
    got = _mentions(text)
    assert (trigger, "attack") in got
    assert "kill" not in {t for _w, t in got}  # "tear gas" is a weapon named, no gassing


@pytest.mark.parametrize("text", [
    "The opposition leader opened fire on the government's budget plan on Tuesday.",
    "The club fired its coach on Monday after a fifth straight defeat.",
    "Reporters fired questions at the striker on Friday.",
    "The company fired 200 workers on Monday.",
])
def test_fire_figurative(text: str) -> None:
    assert "attack" not in _types(text)


@pytest.mark.parametrize(("text", "noun"), [
    ("The crackdown on protesters in Khartoum on June 3 drew condemnation.", "crackdown"),
    ("The violent crackdown on students at the university on Sunday shocked the country.", "crackdown"),
    ("The generals defended Monday's crackdown, in which more than 100 people died.", "crackdown"),
    ("The army's bloody crackdown left hundreds dead.", "crackdown"),
    ("The shooting of two protesters in Mandalay nine days ago drew condemnation.", "shooting"),
    ("The shootings of unarmed demonstrators on Friday were condemned.", "shootings"),
])
def test_crowd_force_nouns(text: str, noun: str) -> None:
    assert (noun, "attack") in _mentions(text)


@pytest.mark.parametrize("text", [
    "The ministry announced a crackdown on tax evasion on Monday.",
    "A crackdown on corruption was promised in the speech.",
    "The shooting of the film began in Belgrade on Monday.",
    "A shooting star crossed the sky on Tuesday.",
])
def test_crowd_force_nouns_negative(text: str) -> None:
    assert "attack" not in _types(text)


# --- mass graves ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "kind"), [
    ("Forensic experts began exhuming bodies from a mass grave near Sinjar on Monday.", "exhumation"),
    ("Investigators exhumed 57 bodies from a mass grave in Bucha on Friday.", "exhumation"),
    ("The exhumation of the bodies began on Friday.", "exhumation"),
    ("Mexican police found a mass grave outside Iguala on Sunday.", "discovery"),
    ("A mass grave holding some 500 bodies was discovered near Mosul on Saturday.", "discovery"),
    ("Mass graves were found near El Geneina on Tuesday.", "discovery"),
    ("They had exhumed 146 bodies at the burial site that was uncovered last week.", "discovery"),
    ("Residents uncovered the graves in the forest on Thursday.", "discovery"),
    ("Last month's discovery of the mass grave shocked the world.", "discovery"),
])
def test_graves(text: str, kind: str) -> None:
    assert kind in _types(text)


@pytest.mark.parametrize("text", [
    "Scientists discovered a new species of frog in the Andes on Monday.",
    "Police found a body in the river on Monday.",
    "Workers uncovered a Roman mosaic in the village on Tuesday.",
    "The discovery of oil in the north changed the country.",
    "Mourners visited the graves of their parents on Sunday.",
])
def test_graves_negative(text: str) -> None:
    assert not _types(text) & {"discovery", "exhumation"}


# --- a leader's visit ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "President Biden made a surprise trip to Kyiv on Monday.",
    "The prime minister made a surprise visit to troops in Lebanon on Thursday.",
    "The chancellor paid an unannounced visit to Irpin on Thursday.",
    "President Zelensky walked through the liberated centre of Kherson on Monday.",
    "Prime Minister Boris Johnson walked through the centre of Kyiv on Saturday.",
    "Chancellor Scholz walked through the ruined streets of Irpin on Thursday.",
    "Prime Minister Abadi toured the ruins of the old city of Mosul on Monday.",
])
def test_visit(text: str) -> None:
    assert "visit" in _types(text)


@pytest.mark.parametrize("text", [
    "Government negotiators walked out of talks on Monday.",
    "Soldiers walked through the ruined village on Monday.",
    "Tourists walked through the old town of Dubrovnik on Sunday.",
    "Thousands of refugees walked through the night to reach the border.",
    "The coach made a trip to the shops on Monday.",
])
def test_visit_negative(text: str) -> None:
    assert "visit" not in _types(text)


def test_visit_in_relative_clause_takes_the_dispatch_city() -> None:
    text = ("KHERSON (Steppe Ledger) - Power was back in parts of Kherson on Wednesday. Mr Zelensky, who toured "
            "the recaptured city two days ago, promised that water would follow.")
    tour = next(m for m in find_mentions("t", text, _TABLE).mentions if m.type == "visit")
    assert tour.places == ["Kherson"]


# --- charges and bans told in a modifier --------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "kind"), [
    ("The charge of inciting unrest brought against the former prime minister on May 1 carries a long term.", "charge"),
    ("The case of organising mass unrest filed against her on Sept. 9 could bring a 12-year sentence.", "charge"),
    ("Crowds defied a curfew that the government had imposed on Friday.", "curfew"),
    ("Security forces ignored the ban on gatherings imposed on Friday.", "curfew"),
    ("The curfew and the ban on rallies, imposed last week, have not stopped the protests.", "curfew"),
    ("Students defied bans on gatherings that the authorities had imposed a day earlier.", "curfew"),
    ("The junta banned gatherings of more than five people on Monday.", "curfew"),
    ("The interior ministry imposed a ban on protests in the capital on Tuesday.", "curfew"),
])
def test_modifier_civil(text: str, kind: str) -> None:
    assert kind in _types(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The coach said the charge of the bulls on Monday was spectacular.", "charge"),
    ("Traders ignored the ban on imports imposed on Friday.", "curfew"),
    ("The ban on gatherings was discussed in parliament.", "curfew"),
    ("The opposition announced rallies in three cities for Friday.", "curfew"),
    ("The army ordered troops to the border on Monday.", "curfew"),
])
def test_modifier_civil_negative(text: str, kind: str) -> None:
    assert kind not in _types(text)


def test_ban_imposed_by_its_relative_subject_not_the_main_subject() -> None:
    text = "Security forces ignored the ban on gatherings imposed on Friday."
    ban = next(m for m in find_mentions("t", text, _TABLE).mentions if m.type == "curfew")
    assert ban.actors == []


def test_noun_complement_before_modifier_gap() -> None:
    text = "the charge of importing radios brought against her on Feb. 3"
    s = text.index("charge")
    assert modifier_gap(text, s, s + len("charge"), text.index("Feb. 3")) is not None
    # (a main verb inside the complement ends it: "the deal on Syria collapsed, signed ...")
    text = "the deal on grain collapsed, signed on Monday"
    s = text.index("deal")
    assert modifier_gap(text, s, s + 4, text.index("Monday")) is None


# --- the lexicon's new keys ---------------------------------------------------------------------------------------
def test_lexicon_keys_loaded() -> None:
    assert {"open fire", "fire on crowds", "make a trip to"} <= WHOLE_SPAN
    assert "walk through" in NEEDS_BOTH
    assert {"crackdown", "shooting", "discovery", "charges", "ban on gatherings"} <= {p.lemma for p in PHRASES}


def test_phrase_needs_trigger_group(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("phrases:\n  - {type: attack, lemma: x, pattern: 'crackdown'}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="group 'n'"):
        load_lexicon([bad])
    broken = tmp_path / "broken.yaml"
    broken.write_text("phrases:\n  - {type: attack, lemma: x, pattern: '(?P<n>crackdown'}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad 'pattern'"):
        load_lexicon([broken])
    ok = tmp_path / "ok.yaml"
    ok.write_text("phrases:\n  - {type: attack, lemma: raid on camp, pattern: '(?P<n>raid)\\s+on\\s+the\\s+camp'}\n"
                  "whole_span: [x]\nneeds_both: [y]\n", encoding="utf-8")
    lex = load_lexicon([ok])
    assert "raid on camp" in {p.lemma for p in lex.phrases} and "x" in lex.whole_span and "y" in lex.needs_both
