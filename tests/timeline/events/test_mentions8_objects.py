"""Session 8: what an act is done to - a long object's town, unidentified armed men, an aircraft shot down,
people shot dead or set free (sentences of our own)."""

from __future__ import annotations

from pathlib import Path

from conftest import build_corpus, mention_in, mentions_in


def _labels(tmp_path: Path, text: str, published: str = "2019-03-10") -> list[str]:
    return [e.label for e in build_corpus(tmp_path, [("d-1", published, text)]).events]


# -- 1. a long object: the town its buildings stand in ---------------------------------------------------
def test_a_long_object_keeps_its_town() -> None:
    for text, town in (
            ("Gunmen seized the town hall and the regional television centre in the northern Malian town of "
             "Gossi on Monday, while residents fled into the bush.", "Gossi"),
            ("Rebels captured the main army barracks, the police academy and the customs post of the border "
             "town of Nimule early on Tuesday.", "Nimule"),
            ("Militiamen overran the governor's compound and the old prison building in the provincial town "
             "of Malakal on Sunday as the garrison withdrew.", "Malakal"),
            ("Masked men stormed the regional administration building and the prosecutor's office in the "
             "eastern city of Kharkiv on Monday night, witnesses said.", "Kharkiv")):
        m = next(m for m in mentions_in(text) if m.type in {"capture", "attack"})
        assert m.targets == [town], (text, m.targets)


def test_a_second_clause_gives_no_town() -> None:
    # the place after the clause break is the protesters', not the object's
    text = ("Soldiers seized the customs post and the old warehouses by the river on Monday, while protesters "
            "marched through the streets of Gossi.")
    assert mention_in(text, "seized").targets == []


def test_unidentified_armed_men_are_an_actor(tmp_path: Path) -> None:
    for text in ("Armed men in uniforms without insignia seized the airport and the radio station in the town of "
                 "Simferopol on Friday, while crowds gathered outside.",
                 "Masked men took over the police station in Horlivka on Monday."):
        m = next(m for m in mentions_in(text) if m.type == "capture")
        assert m.actors == ["militants"], (text, m.actors)
    labels = _labels(tmp_path, "Armed men in camouflage without insignia seized the police headquarters and the "
                               "local security service building in the eastern town of Kramatorsk on Saturday, "
                               "while protesters piled up tyres to barricade the streets around them.",
                     "2014-04-13")
    assert any(x.startswith("Militants seize Kramatorsk") for x in labels), labels


def test_men_without_arms_are_no_actor() -> None:
    assert mentions_in("Two men in suits captured the attention of the room on Monday.") == [] or all(
        m.actors == [] for m in mentions_in("Two men in suits captured the attention of the room on Monday."))


# -- 3. an aircraft shot down is a shoot-down; a person shot dead is a killing ----------------------------
def test_an_aircraft_shot_down_is_no_killing() -> None:
    for text, obj in (
            ("Rebels shot down a Sudanese air force transport plane near Kadugli on Thursday.",
             "Sudanese air force transport plane"),
            ("Houthi fighters shot down an American MQ-9 drone over Marib on Sunday.", "American MQ-9 drone"),
            ("Turkish jets shot down a Russian Su-24 bomber near the border on Tuesday.", "Russian Su-24 bomber"),
            ("Separatists brought down two army helicopters with missiles near Kramatorsk on Friday.",
             "army helicopters")):
        m = next(m for m in mentions_in(text) if m.word in {"shot", "brought"})
        assert m.type in {"attack", "airstrike"} and m.lemma in {"shoot down", "bring down"}, (text, m.type, m.lemma)
        assert m.obj == obj and m.targets == [], (text, m.obj, m.targets)


def test_a_shoot_down_is_labelled_by_its_aircraft(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "Rebels shot down a government military helicopter near Kadugli on Thursday, "
                               "killing all six crew.", "2019-03-09")
    assert "Rebels shoot down government military helicopter in Kadugli" in labels, labels


def test_people_shot_dead_are_a_killing_named_by_them(tmp_path: Path) -> None:
    for text in ("Police shot dead three protesters in Khartoum on Monday.",
                 "Soldiers shot two demonstrators dead in Omdurman on Monday.",
                 "Gunmen gunned down a local commander in Kirkuk on Monday."):
        m = next(m for m in mentions_in(text) if m.word in {"shot", "gunned"})
        assert m.type == "kill", (text, m.type)
    labels = _labels(tmp_path, "Police shot dead three protesters in Khartoum on Saturday.")
    assert "Forces shoot dead three protesters in Khartoum" in labels, labels


def test_a_named_victim_stays_the_target() -> None:
    m = mention_in("Troops shot dead Abu Bakr Shekau in Sambisa on Friday.", "shot")
    assert m.type == "kill" and m.obj is None


# -- 2. people set free: a release, not a capture ----------------------------------------------------------
def test_people_freed_or_released_are_a_release() -> None:
    for text, who in (
            ("The militia freed the four Red Cross workers in Bentiu on Tuesday.", "four Red Cross workers"),
            ("Kidnappers released two Italian nuns near Kidal on Wednesday.", "two Italian nuns"),
            ("The captured pilots were released in Sanaa on Friday after talks.", "captured pilots"),
            ("The rebels freed the observers on Sunday.", "observers")):
        m = next(m for m in mentions_in(text) if m.word in {"freed", "released"})
        assert m.type == "release" and m.targets == [who], (text, m.type, m.targets)


def test_a_pronoun_or_a_possessive_release_takes_the_people_named_before() -> None:
    text = ("Five Norwegian engineers held by the militia in Bentiu flew home on Monday, after their release on "
            "Saturday was arranged by a church envoy. They were freed a day after the militia's leader met the "
            "governor.")
    release = mention_in(text, "release")
    freed = mention_in(text, "freed")
    assert release.type == freed.type == "release"
    assert release.targets == freed.targets == ["five Norwegian engineers"]
    assert mention_in("The release of the three journalists on Monday was welcomed.", "release").targets == [
        "three journalists"]


def test_other_releases_are_no_release_of_people() -> None:
    for text in ("The ministry issued a press release on Tuesday.",
                 "The army released its report on the Gedaref strike on Monday.",
                 "The release of funds for the dam was approved on Tuesday.",
                 "The film's release in Juba was delayed until March."):
        assert not [m for m in mentions_in(text) if m.type == "release"], text


def test_a_place_freed_is_still_a_capture() -> None:
    for text in ("Government troops freed Kadugli on Tuesday.", "The army freed the town of Abyei on Sunday."):
        m = next(m for m in mentions_in(text) if m.word == "freed")
        assert m.type == "capture", text


def test_a_release_is_an_event(tmp_path: Path) -> None:
    labels = _labels(tmp_path, "The Italian hostages were released in Misrata on Friday after weeks of talks.")
    assert "Release of Italian hostages" in labels, labels
