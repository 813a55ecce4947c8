"""Session 9: new event words (a seizure, a resignation, protests, a blocked road, an interception), natural
disasters that strike, and acts told only as conditions, denials or possibilities (sentences of our own)."""

from __future__ import annotations

from pathlib import Path

from conftest import build_corpus, mentions_in


def _types(text: str) -> list[tuple[str, str]]:
    return [(m.word, m.type) for m in mentions_in(text)]


def _labels(tmp_path: Path, text: str, published: str = "2021-05-12") -> list[str]:
    return [e.label for e in build_corpus(tmp_path, [("d-1", published, text)]).events]


# -- 1. nouns of an act done to someone or something --------------------------------------------------------
def test_new_event_nouns() -> None:
    for text, word, typ in (
            ("Saturday's seizure of the grain terminal by the militia alarmed traders.", "seizure", "capture"),
            ("The detention of three opposition leaders on Monday drew protests abroad.", "detention", "arrest"),
            ("The storming of the parliament building on Friday left two guards dead.", "storming", "attack"),
            ("The resignation of the prime minister on Tuesday ended a month of deadlock.", "resignation",
             "resignation"),
            ("The general's overthrow of the civilian cabinet in May was condemned.", "overthrow", "coup"),
            ("The removal of President Ortega by the assembly on Sunday split the country.", "removal", "coup"),
            ("The downing of a cargo helicopter near the river on Thursday killed its crew.", "downing", "attack"),
            ("Protests broke out in the port city of Sfax on Sunday.", "Protests", "protest"),
            ("The helicopter crash on Wednesday killed the regional governor.", "crash", "crash")):
        assert (word, typ) in _types(text), (text, _types(text))


def test_non_event_senses_of_the_new_nouns() -> None:
    for text, word in (
            ("Police reported a record seizure of cocaine at the port.", None),  # kept: a seizure of something
            ("He was held in pretrial detention for a year.", "detention"),
            ("The patient suffered a seizure on Monday.", "seizure"),
            ("Officials met at Downing Street on Tuesday.", "Downing"),
            ("The removal of rubble from the square began on Monday.", "removal"),
            ("The stock market crash of 1929 ruined millions.", "crash"),
            ("A flood of refugees reached the border on Monday.", "flood"),
            ("Thousands marched to demand the minister's resignation on Friday.", "resignation")):
        if word is not None:
            assert word not in [m.word for m in mentions_in(text)], (text, _types(text))


def test_the_noun_carries_what_it_was_done_to(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "The resignation of the defence minister on Tuesday surprised his allies.",
                     "2021-05-13")
    assert any("esignation" in x for x in labels), labels
    labels = _labels(tmp_path, "Thursday's overthrow of the elected government came after weeks of unrest.",
                     "2021-05-15")
    assert any("overthrow" in x.lower() or "coup" in x.lower() for x in labels), labels


def test_protests_of_months_are_no_event_of_one_day() -> None:
    text = "The army deposed the governor on Monday after months of street protests."
    assert "protests" not in [m.word for m in mentions_in(text)]
    assert "protests" in [m.word for m in mentions_in("Street protests erupted in the capital on Monday.")] or \
        "Protests" in [m.word for m in mentions_in("Street protests erupted in the capital on Monday.")]


# -- 2. new verbs: a road blocked, a ship intercepted, a leader resigned, a town lost, a deal reached ---------
def test_new_event_verbs() -> None:
    for text, word, typ in (
            ("Farmers blocked the main road to the airport on Monday.", "blocked", "blockade"),
            ("The border crossing was blocked on Thursday by striking drivers.", "blocked", "blockade"),
            ("The coast guard intercepted two boats carrying fuel on Sunday.", "intercepted", "interception"),
            ("The drone was intercepted over the bay on Friday.", "intercepted", "interception"),
            ("The prime minister resigned on Wednesday after losing a confidence vote.", "resigned", "resignation"),
            ("The militia, which lost the river town of Kosti on Monday, regrouped.", "lost", "capture"),
            ("The two factions reached a ceasefire agreement in Doha on Friday.", "reached", "agreement"),
            ("The army said its tanks had reached the outskirts of the town on Monday.", "reached", "advance"),
            ("Its tanks reached the western edge of the city on Monday.", "reached", "advance"),
            ("The navy fired more than a dozen cruise missiles at the depots on Tuesday.", "fired", "attack"),
            ("A military transport plane crashed near the airbase on Monday.", "crashed", "crash")):
        assert (word, typ) in _types(text), (text, _types(text))


def test_non_event_senses_of_the_new_verbs() -> None:
    for text, word in (
            ("Russia blocked a resolution on the crisis on Monday.", "blockade"),  # a veto, not a road shut
            ("Traffic police blocked the bridge for the marathon on Sunday.", "blockade"),  # keeping order
            ("The agency intercepted calls between the two men in May.", "interception"),
            ("She resigned herself to defeat on Monday.", "resignation"),
            ("The party lost the vote on Tuesday.", "capture"),
            ("The death toll reached 300 on Monday.", "advance"),
            ("The company fired more than a dozen senior managers on Tuesday.", "attack"),
            ("Bank shares crashed on Monday after the report.", "crash"),
            ("His car crashed into a wall on Friday.", "crash")):
        assert word not in [t for _, t in _types(text)], (text, _types(text))


# -- 3. a natural disaster strikes: no military strike -------------------------------------------------------
def test_a_disaster_that_strikes_is_no_attack() -> None:
    for text in ("A powerful earthquake struck the mountain province of Van on Sunday.",
                 "The cyclone that hit the coast on Friday destroyed thousands of homes.",
                 "The typhoon struck the island before dawn on Monday.",
                 "Three villages were hit by floods on Tuesday.",
                 "A second quake, which struck the valley on Wednesday, was weaker.",
                 "Floods destroyed the main bridge on Saturday."):
        types = [t for w, t in _types(text) if w in {"struck", "hit", "destroyed"}]
        assert "attack" not in types, (text, _types(text))
        assert "disaster" in [t for _, t in _types(text)], (text, _types(text))


def test_an_armed_strike_stays_an_attack() -> None:
    for text in ("Warplanes struck the rebel-held town of Idlib on Sunday.",
                 "Rebel artillery struck the power station in Bor on Friday.",
                 "Drones struck an oil depot near the coast on Monday after the storm had passed."):
        assert {"attack", "airstrike"} & {t for w, t in _types(text) if w in {"struck", "hit"}}, (text, _types(text))


def test_a_disaster_is_labelled_as_such(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "A strong earthquake struck the border province of Kars before dawn on Monday.",
                     "2021-05-11")
    assert any(x.lower().startswith("earthquake") for x in labels), labels
    assert not any(x.lower().startswith("strike") for x in labels), labels


# -- 4. conditions, denials and possibilities are no acts -----------------------------------------------------
def test_conditional_denied_and_possible_acts_are_no_events() -> None:
    for text, word in (
            ("If the rebels advance on Sunday, the road will be cut.", "advance"),
            ("If government troops attack the camp next week, aid will stop.", "attack"),
            ("Unless the militia withdraws by Friday, talks will end.", "withdraws"),
            ("The ministry denied on Monday that its jets had bombed the market.", "bombed"),
            ("The general denied reports on Tuesday that soldiers had shelled the village.", "shelled"),
            ("Diplomats warned that an offensive could begin as early as Friday.", "offensive"),
            ("Analysts said a ceasefire might take place within days.", "ceasefire")):
        assert word not in [m.word for m in mentions_in(text)], (text, _types(text))


def test_real_acts_near_those_words_stay() -> None:
    for text, word in (
            ("Rebels captured the bridge on Monday, even though officials had denied it.", "captured"),
            ("The army denied the claims, but its jets bombed the market on Monday.", "bombed"),
            ("Troops attacked the camp on Friday, officials said.", "attacked"),
            ("The offensive began on Friday and could last for weeks.", "offensive"),
            ("Rebels seized the airport on Sunday; if they hold it, aid can land.", "seized")):
        assert word in [m.word for m in mentions_in(text)], (text, _types(text))


def test_an_aircraft_crash_is_labelled_by_what_crashed(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "A Sudanese military cargo plane crashed near El Obeid on Tuesday, killing its crew.",
                     "2021-05-12")
    assert any(x.startswith("Crash of") and "plane" in x for x in labels), labels
