"""Session 7: what is a mention - a campaign paused, talks that broke down, adjectival "advance", a victory
declared, a surname, a span's opening offensive (sentences of our own)."""

from __future__ import annotations

from conftest import links_in, mention_in, mentions_in


def _words(text: str) -> list[tuple[str, str]]:
    return [(m.word, m.type) for m in mentions_in(text)]


def test_a_paused_offensive_is_a_suspension() -> None:
    m = mention_in("The Ethiopian army has paused its offensive on Mekelle, the minister said on Monday.", "paused")
    assert m.type == "suspension" and m.actors == ["Ethiopian forces"]


def test_pausing_for_breath_is_no_suspension() -> None:
    assert not [w for w in _words("The commander paused for a moment before answering.") if w[0] == "paused"]


def test_a_truce_that_broke_down_or_fell_apart_ends() -> None:
    assert mention_in("The truce in Kassala broke down on Friday.", "truce").aspect == "ends"
    assert mention_in("The ceasefire fell apart within hours.", "ceasefire").aspect == "ends"


def test_talks_that_broke_down_are_dated_by_their_failure() -> None:
    # the failure of talks is what the news dates: the talks are of that day (no end of a span begun unseen)
    assert links_in("Peace talks in Oslo broke down on Friday.", "2021-03-10",
                    ("Friday", "DATE", "2021-03-05")) == [("Friday", "talks", "on")]
    assert links_in("The negotiations fell apart in March after the rebels walked out.", "2021-05-10",
                    ("March", "DATE", "2021-03")) == [("March", "negotiations", "within")]


def test_a_door_broken_down_ends_nothing() -> None:
    assert _words("Police broke down the door of the house in Kassala.") == []


def test_a_round_in_a_place_that_broke_down_is_a_meeting() -> None:
    m = mention_in("The last round in Doha broke down in March 2019.", "round")
    assert m.type == "meeting" and m.places == ["Doha"]
    assert links_in("The last round in Doha broke down in March 2019.", "2021-03-10",
                    ("March 2019", "DATE", "2019-03")) == [("March 2019", "round", "within")]


def test_other_rounds_are_no_meeting() -> None:
    for text in ("A second round of voting is due in May.", "Soldiers fired a round at the car in Kassala."):
        assert not [w for w in _words(text) if w[0] == "round"], text


def test_an_advance_team_is_no_advance() -> None:
    for text in ("The council agreed to send an advance team of observers to Kassala.",
                 "Rebels gave no advance warning of the attack on Gedaref.",
                 "An advance party of engineers reached the bridge on Monday."):
        assert not [w for w in _words(text) if w[0] == "advance"], text


def test_a_real_advance_stays() -> None:
    assert mention_in("The rebel advance on Kassala stalled on Monday.", "advance").type == "advance"


def test_victory_declared_is_the_declaration_of_the_place() -> None:
    words = _words("The president declared victory over the rebels in Kassala on Monday.")
    assert words == [("declared", "proclamation")]
    assert mention_in("The president declared victory over the rebels in Kassala on Monday.", "declared").targets == ["Kassala"]


def test_a_victory_not_declared_is_still_a_capture() -> None:
    assert mention_in("The victory at Kassala cost the army 300 lives.", "victory").type == "capture"


def test_the_district_declared_free_is_the_dispatch_place() -> None:
    text = "Markets reopened in Gedaref on Monday. The army declared the district free of insurgents on Sunday."
    assert mention_in(text, "declared").targets == ["Gedaref"]
    text = "Three weeks after the army declared the district free of insurgents, families are coming home to Gedaref."
    assert mention_in(text, "declared").targets == ["Gedaref"]


def test_a_surname_refers_to_the_full_name_the_table_knows() -> None:
    text = ("Iraqi Prime Minister Haider al-Abadi visited the front on Monday. "
            "Abadi declared victory in Kassala on Tuesday.")
    assert mention_in(text, "declared").actors == ["Iraqi government"]


def test_a_span_from_an_offensive_to_a_capture_names_its_target() -> None:
    text = ("It took the army eight months, from an offensive launched last May until the general declared "
            "Kassala liberated in January, to win back the city.")
    assert mention_in(text, "offensive").targets == ["Kassala"]


def test_an_offensive_outside_a_span_takes_no_later_target() -> None:
    text = "An offensive was launched last May, and the general declared Kassala liberated in January."
    assert mention_in(text, "offensive").targets == []


def test_who_brokered_a_truce_is_never_its_place() -> None:
    for text in ("A UN-brokered ceasefire came into force in the Sudanese town of Kassala on Tuesday.",
                 "A Qatar-mediated truce took hold in Gedaref on Monday."):
        m = next(m for m in mentions_in(text) if m.type == "ceasefire")
        assert len(m.targets) == 1 and "-" not in m.targets[0], (text, m.targets)
        assert not [p for p in m.places if p.endswith(("brokered", "mediated"))], text


def test_a_town_which_fell_is_the_target() -> None:
    m = mention_in("Aid workers said most were from Kassala, which fell to the rebels more than two years ago.", "fell")
    assert m.type == "capture" and m.targets == ["Kassala"]


def test_prices_which_fell_are_no_capture() -> None:
    assert _words("Prices, which fell sharply in May, rose again in Kassala.") == []


def test_a_reduced_relative_capture_takes_the_noun_before_it() -> None:
    m = mention_in("Rebels still hold Kassala airport, seized on May 20, but have not entered the town.", "seized")
    assert m.targets == ["Kassala"]


def test_a_capture_with_its_own_object_takes_no_noun_before_the_comma() -> None:
    m = mention_in("Troops entered Kassala, captured the airport on Monday and moved on.", "captured")
    assert "Kassala" not in m.targets


def test_a_victory_in_a_name_is_no_capture() -> None:
    assert not [w for w in _words("The coalition has called the offensive Golden Victory.") if w[0] == "Victory"]
    assert not [w for w in _words("Operation Decisive Victory began on Monday near Kassala.") if w[0] == "Victory"]


def test_talks_that_never_got_started_are_dated_by_their_failure() -> None:
    assert links_in("The talks in Oslo never got started in September because the rebels stayed home.",
                    "2021-12-10", ("September", "DATE", "2021-09")) == [("September", "talks", "within")]
    assert links_in("The talks in Oslo started in September.", "2021-12-10",
                    ("September", "DATE", "2021-09")) == [("September", "talks", "begins")]


def test_an_earlier_attempt_after_talks_is_a_meeting() -> None:
    text = "Opening the talks in Oslo, the envoy thanked both sides. An earlier attempt, in Doha last spring, never got started."
    m = mention_in(text, "attempt")
    assert m.type == "meeting" and m.places == ["Doha"]


def test_an_attempt_to_act_or_without_talks_is_no_meeting() -> None:
    for text in ("After the talks, the rebels made an earlier attempt to storm the town in May.",
                 "An earlier attempt, in March, failed."):
        assert not [w for w in _words(text) if w[0] == "attempt"], text


def test_talks_due_to_open_are_only_planned() -> None:
    assert mention_in("The envoy had waited since the talks in Oslo were due to open on Thursday.", "talks").tense == "future"
    assert mention_in("The talks in Oslo opened on Thursday.", "talks").tense == "past"
