"""Session 6b: event nouns told only in some wordings, a polity's vote, a place that was "the last to collapse",
one name for a militia's men (sentences written for these tests; places and actors invented or unrelated)."""

from __future__ import annotations

import pytest
from conftest import mention_in, mentions_in


def _words(text: str) -> list[str]:
    return [m.word for m in mentions_in(text)]


# --- "strike" is an attack noun unless its words make it a stoppage of work -----------------------------------

def test_weapon_strike_is_a_noun_attack() -> None:
    m = mention_in("The drone strike on the Marib grain depot, carried out on Monday, killed nine.", "strike")
    assert m.nominal and m.type == "attack"


def test_missile_strikes_on_a_place_are_nouns() -> None:
    m = mention_in("Missile strikes on the port of Hodeidah killed six people.", "strikes")
    assert m.nominal and m.type == "attack"


def test_side_strike_is_a_noun_with_its_actor() -> None:
    m = mention_in("A Turkish strike hit a fuel depot near Qamishli.", "strike")
    assert m.nominal and "Turkish forces" in m.actors


def test_strike_against_a_target_is_a_noun() -> None:
    assert mention_in("A strike against the rebel depot killed four guards.", "strike").nominal


def test_labour_strikes_are_no_attack() -> None:
    assert "strike" not in _words("A general strike shut the shops of Tunis.")
    assert "strike" not in _words("Dockers in Mombasa began a hunger strike on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "A Saudi strike hit a wedding hall in Hajjah on Tuesday.",
        "The coalition's strike on the bridge at Raqqa came at dawn.",
        "A strike that hit the clinic in Maarat killed four nurses.",
    ],
)
def test_an_unqualified_strike_is_an_attack(text: str) -> None:
    assert mention_in(text, "strike").type == "attack"


@pytest.mark.parametrize(
    "text",
    [
        "Port workers in Aden staged a two-day strike on Tuesday.",
        "A strike by dock workers shut the port of Mombasa.",
        "Bus drivers in Harare joined the strike on Monday.",
        "The union called a strike over unpaid wages.",
    ],
)
def test_a_stoppage_of_work_is_no_attack(text: str) -> None:
    assert "strike" not in _words(text)


def test_strike_as_a_verb_stays_a_verb() -> None:
    m = mention_in("Government jets strike rebel positions near Idlib every night.", "strike")
    assert not m.nominal


def test_air_strike_keeps_its_compound() -> None:
    assert mention_in("The air strike on the Saada market killed twelve.", "air strike").type == "airstrike"


# --- "offer" is a proposal only as an offer to do something --------------------------------------------------

def test_offer_to_freeze_is_a_proposal() -> None:
    m = mention_in("Madrid has not answered the Catalan offer to suspend the independence declaration.", "offer")
    assert m.nominal and m.type == "proposal"


def test_offer_of_help_is_no_event() -> None:
    assert "offer" not in _words("The government in Lima rejected an offer of help from Norway.")
    assert "offer" not in _words("The engineer accepted a job offer in Quito.")


# --- "the <Name> region voted": the region's government called the vote ---------------------------------------

def test_region_voting_is_its_regional_government() -> None:
    text = "Three weeks after the Catalonia region voted overwhelmingly for independence in a referendum, police raided offices."
    assert mention_in(text, "voted").actors == ["Catalonia Regional Government"]
    assert mention_in(text, "referendum").actors == ["Catalonia Regional Government"]


def test_region_at_sentence_start() -> None:
    assert mention_in("The Tigray region voted in a local election on Sunday.", "voted").actors == \
        ["Tigray Regional Government"]


def test_voters_in_a_region_are_not_its_government() -> None:
    assert mention_in("Voters in the Tigray region voted on Sunday.", "voted").actors == []


def test_region_as_a_place_gives_no_actor() -> None:
    m = mention_in("Rebels from the Tigray region attacked the town of Humera.", "attacked")
    assert "Tigray Regional Government" not in m.actors


def test_vote_noun_of_another_clause_keeps_no_actor() -> None:
    text = "Parliament voted on Monday in a special session; the referendum is due next week."
    assert mention_in(text, "referendum").actors == []


# --- "X was the last town to collapse / to fall": X fell -------------------------------------------------------

def test_last_stronghold_to_collapse_is_its_fall() -> None:
    m = mention_in("Herat, a city of 400,000 near the Iranian border, was the last stronghold of the old regime "
                   "to collapse in March 1998.", "collapse")
    assert m.type == "capture" and m.targets == ["Herat"]


def test_last_city_to_fall() -> None:
    m = mention_in("Officials said Herat was the last city to fall to the rebels in 1998.", "fall")
    assert m.type == "capture" and m.targets == ["Herat"] and m.actors == ["rebels"]


def test_collapse_of_talks_or_truce_is_no_fall() -> None:
    assert all(m.type != "capture" for m in mentions_in("Talks in Geneva collapsed on Monday."))
    assert all(m.type != "capture" for m in mentions_in("The truce in Herat collapsed on Monday."))


def test_next_town_to_fall_is_a_prospect() -> None:
    assert all(m.type != "capture" for m in mentions_in("Rebels hope Herat will be the next town to fall."))
    assert all(m.type != "capture" for m in mentions_in("It was the last attempt to retake Herat."))


def test_appositive_subject_fell_after_an_earlier_sentence() -> None:
    m = mention_in("Rebels advanced. Grozny, the capital of Chechnya, fell to the rebels on Friday.", "fell")
    assert m.targets == ["Grozny"]


# --- one name for a militia's men -----------------------------------------------------------------------------

def test_militia_fighters_are_the_militias() -> None:
    assert mention_in("Militia fighters withdrew from the town of Tessit.", "withdrew").actors == ["militias"]
    assert mention_in("The militia's withdrawal from Tessit was slow.", "withdrawal").actors == ["militias"]


def test_other_fighters_keep_their_name() -> None:
    assert mention_in("Tribal fighters withdrew from Tessit.", "withdrew").actors == ["tribal militants"]
    assert mention_in("Islamist fighters attacked the post at Tessit.", "attacked").actors == ["islamist militants"]


def test_going_on_strike_is_no_attack() -> None:
    # a stoppage of work is no attack (it may be a ``strike_action`` of the civil lexicon)
    for text in ("The dock workers of Durban went on strike on Monday.", "Teachers in Rabat are on hunger strike.",
                 "A nationwide strike paralysed Lagos on Tuesday."):
        assert all(m.type not in ("attack", "airstrike") for m in mentions_in(text)), text


def test_went_on_to_strike_is_still_an_attack() -> None:
    assert mention_in("Rebels went on to strike the port of Kismayo.", "strike").type == "attack"


def test_first_city_to_fall_in_a_when_clause_fell_then() -> None:
    m = mention_in("Rebels have held Qasr Amin since early May, when it became the first major town to fall "
                   "after the uprising.", "fall")
    assert m.type == "capture" and m.tense == "past"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Taliban attack checkpoints in Kunduz every night.", "Kunduz"),
        ("The Houthis attack ships near Hodeidah almost daily.", "Hodeidah"),
        ("Separatists attack the village of Shyrokyne every night.", "Shyrokyne"),
    ],
)
def test_a_named_group_before_its_verb_and_object_is_the_subject(text: str, target: str) -> None:
    m = mention_in(text, "attack")
    assert not m.nominal and target in m.targets


@pytest.mark.parametrize(
    "text",
    ["A week after the Kabul attack, the Taliban struck Kunduz.", "The Kabul attack killed 30 people.",
     "The Taliban attack on Kunduz began at dawn.", "A Russian attack killed ten soldiers."],
)
def test_a_name_before_the_noun_still_makes_it_a_noun(text: str) -> None:
    assert mention_in(text, "attack").nominal


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Moscow ordered a daily four-hour pause in the fighting around Idlib.", "pause", "ceasefire"),
        ("A 72-hour pause in the shelling of Donetsk began at noon.", "pause", "ceasefire"),
        ("The envoy called for a halt to air strikes on Sanaa.", "halt", "suspension"),
    ],
)
def test_a_pause_or_halt_of_fighting_is_a_truce_or_suspension(text: str, word: str, kind: str) -> None:
    assert mention_in(text, word).type == kind


@pytest.mark.parametrize(
    "text",
    [
        "After a brief pause, the gunners resumed firing on Kharkiv.",
        "Traffic on the bridge resumed after a pause of two hours.",
        "The column ground to a halt outside Bucha.",
        "Defenders brought the armoured advance on Sumy to a halt.",
    ],
)
def test_any_other_stop_is_no_truce(text: str) -> None:
    assert not {m.type for m in mentions_in(text)} & {"ceasefire", "suspension"}
