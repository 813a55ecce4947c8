"""Session-6 (E4) classes of event mentions, on sentences of our own (Mali, Chad, Somalia, Libya, Iraq, Syria).

- a place freed is a place taken ("troops had freed Gao"), not a person or hostages freed; an announcement
  that a place has been freed is a declaration of its day;
- "will be sworn in" is an appointment still to come, of the one sworn in (not "swore in front of");
- "flew into <Place>" is a visit; "reached the besieged garrison" is an advance; "Monday's breakthrough" is an
  advance; "weeks in advance" is no event;
- who acted: a truce "brokered by" a named go-between is his; a push "backed by" warplanes is not theirs; a
  name right before a verb in an after-clause is its subject ("a step after Russia and China blocked ..."); an
  offensive launched in a participle (", launching the largest offensive") is the main clause's, at its place;
  "experts from the World Health Organization concluded" are the organisation's;
- where: "hoisted over Faya's main market" is at Faya;
- part of speech: "a week after the Kabul attack" is a noun.
"""

from __future__ import annotations

from conftest import mention_in, mentions_in


def _words(text: str) -> list[tuple[str, str]]:
    return [(m.word, m.type) for m in mentions_in(text)]


# -- a place freed ------------------------------------------------------------------------------------------
def test_a_place_freed_is_a_capture_and_its_announcement_a_declaration() -> None:
    text = "The governor announced on Monday that Malian troops had freed Gao, the last rebel-held town in the north."
    freed = mention_in(text, "freed")
    assert freed.type == "capture" and freed.targets == ["Gao"]
    said = mention_in(text, "announced")
    assert said.type == "proclamation" and said.targets == ["Gao"]


def test_people_freed_are_no_capture() -> None:
    assert ("freed", "capture") not in _words("Police freed Ahmed Salem on Friday after a week in custody.")
    assert ("freed", "capture") not in _words("The militants freed two Turkish engineers on Monday.")


def test_a_mere_saying_that_a_place_was_freed_is_no_declaration() -> None:
    # (only an announcement makes the victory an event of its day; "said" reports it)
    assert not [m for m in mentions_in("The rebels said on Monday that they had freed Gao.")
                if m.type == "proclamation"]


# -- sworn in, flew into, reached, breakthrough ------------------------------------------------------------
def test_a_swearing_in_to_come_is_an_appointment_of_the_one_sworn_in() -> None:
    mn = mention_in("Ali Mahdi will be sworn in as president next Thursday.", "sworn")
    assert mn.type == "appointment" and mn.tense == "future" and mn.actors == ["Ali Mahdi"]
    past = mention_in("Ali Mahdi was sworn in on Thursday in Mogadishu.", "sworn")
    assert past.type == "appointment" and past.tense == "past"


def test_swearing_in_front_of_someone_is_no_appointment() -> None:
    assert not [m for m in mentions_in("He swore in front of the cameras that he would come back.")
                if m.type == "appointment"]


def test_a_passive_still_to_come_is_future() -> None:
    assert mention_in("The militants will be driven out of the valley in the coming weeks, he said.",
                      "driven").tense == "future"
    assert mention_in("The militants were driven out of the valley in May.", "driven").tense == "past"


def test_flying_into_a_place_is_a_visit() -> None:
    mn = mention_in("The foreign minister flew into Tobruk on Sunday for talks with the commander.", "flew")
    assert mn.type == "visit" and "Tobruk" in mn.places
    assert ("flew", "visit") not in _words("The drone flew into a building on Sunday.")


def test_reaching_a_besieged_garrison_is_an_advance() -> None:
    assert mention_in("Relief columns reached the encircled garrison at Kut on Monday.", "reached").type == "advance"
    assert ("reached", "advance") not in _words("The talks reached a dead end on Monday.")


def test_a_breakthrough_is_an_advance_and_in_advance_is_none() -> None:
    assert mention_in("Monday's breakthrough opened the road to the city.", "breakthrough").type == "advance"
    assert _words("The raid had been announced weeks in advance.") == [("raid", "attack")]


# -- who -------------------------------------------------------------------------------------------------
def test_a_truce_brokered_by_someone_is_his() -> None:
    assert mention_in("A truce brokered by Lakhdar Brahimi took effect at noon on Friday.",
                      "truce").actors == ["Lakhdar Brahimi"]


def test_a_push_backed_by_warplanes_is_not_theirs() -> None:
    assert mention_in("Tuesday's breakthrough was backed by Russian warplanes.", "breakthrough").actors == []
    # (an agent after "led by" still is)
    assert mention_in("The push into the town was led by the rebels.", "push").actors == ["rebels"]


def test_a_name_before_the_verb_of_an_after_clause_is_its_subject() -> None:
    mn = mention_in("The assembly backed the plan on Monday, a modest step after Russia and China blocked a draft in "
                    "the Security Council in May.", "blocked")
    assert mn.actors == ["Russia", "China"]


def test_an_offensive_launched_in_a_participle_is_the_main_clause_s() -> None:
    mn = mention_in("Thousands of French soldiers swept into Kidal before dawn on Saturday, launching the largest "
                    "offensive of the war.", "offensive")
    assert mn.actors == ["French forces"] and mn.places == ["Kidal"]
    # not an offensive after another verb
    assert mention_in("The rebels said on Saturday they were launching an offensive.", "offensive").actors == ["rebels"]


def test_members_of_an_organisation_act_for_it() -> None:
    assert mention_in("Experts from the World Health Organization concluded on Monday that the water was safe.",
                      "concluded").actors == ["World Health Organization"]
    assert mention_in("Investigators in Kabul concluded on Friday that the strike was an error.",
                      "concluded").actors == []


# -- where, part of speech ---------------------------------------------------------------------------------
def test_a_flag_hoisted_over_a_possessed_place_is_there() -> None:
    assert mention_in("The Chadian flag was hoisted over Faya's main market on Friday.", "hoisted").places == ["Faya"]


def test_a_place_before_a_noun_after_the_is_a_noun() -> None:
    mn = mention_in("Three navies fired missiles at the port a week after the Kabul attack.", "attack")
    assert mn.nominal


def test_a_people_s_vote_is_not_its_armed_forces() -> None:
    assert mention_in("Tension has grown since the Scottish referendum on Sept. 18.", "referendum").actors == []
    assert mention_in("The Crimean vote was held on Sunday.", "vote").actors == []
    # (an armed act of a demonym still is its forces')
    assert mention_in("The Russian offensive began on Monday.", "offensive").actors == ["Russian forces"]
