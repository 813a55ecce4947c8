"""Session 7 (e7c): intransitive aspect verbs take no object, a place declared freed in a relative clause,
people flown out (sentences of our own, new places and wording; negatives included)."""

from __future__ import annotations

from conftest import links_in, mention_in, mentions_in


def test_a_collapse_ends_no_event_told_after_it() -> None:
    # "collapsed", "fell apart", "broke down" take no object: the strike after them does not end there
    for text, word in (("The bridge collapsed after the strike on Mariupol on Monday.", "strike"),
                       ("The roof of the mosque fell apart during the bombardment of Aleppo.", "bombardment"),
                       ("Police broke down the door during the raid in Juba.", "raid")):
        assert mention_in(text, word).aspect is None, text


def test_talks_that_collapsed_after_shelling_end_no_shelling() -> None:
    assert mention_in("The talks in Nairobi collapsed after the shelling of Goma.", "shelling").aspect is None
    assert links_in("The talks in Nairobi collapsed on Monday after the shelling of Goma.", "2021-06-10",
                    ("Monday", "DATE", "2021-06-07")) == [("Monday", "talks", "on")]


def test_a_collapse_still_ends_its_subject_and_a_verb_still_takes_its_object() -> None:
    assert mention_in("The truce in Malakal broke down on Friday.", "truce").aspect == "ends"
    assert mention_in("The army launched a fresh offensive on Bor on Monday.", "offensive").aspect == "begins"
    assert mention_in("The army ended the siege of Malakal on Monday.", "siege").aspect == "ends"


def test_a_verb_does_not_take_the_event_after_a_time_preposition() -> None:
    assert mention_in("The evacuation ended before the shelling of Bor resumed.", "shelling").aspect != "ends"


def test_a_place_declared_liberated_in_a_relative_clause() -> None:
    text = "Convoys left villages on the edge of Wau, which Juba declared liberated on Sunday, heading north."
    m = mention_in(text, "declared")
    assert m.type == "proclamation" and m.targets == ["Wau"]
    # the liberation is what was declared: one event, dated by the declaration
    assert [x.word for x in mentions_in(text) if x.type == "capture"] == []
    assert links_in(text, "2021-06-10", ("Sunday", "DATE", "2021-06-06")) == [("Sunday", "declared", "on")]
    m = mention_in("Aid trucks reached Gedaref, which the government had declared free on Tuesday.", "declared")
    assert m.targets == ["Gedaref"]


def test_no_antecedent_for_other_declarations() -> None:
    for text in ("Families left the edge of Wau, which the army declared a closed zone on Sunday.",
                 "He said that the army declared liberated areas safe.",
                 "Convoys left the area, which the army declared liberated on Sunday.",
                 "Residents of Malakal returned to the district, which the army declared secure on Sunday."):
        assert all(not m.targets for m in mentions_in(text) if m.word == "declared"), text
    # a capture in a relative clause is not one told by a declaration: no antecedent across "edge of"
    assert mention_in("Rebels left the outskirts of Wau, which the army captured on Sunday.", "captured").targets == []


def test_people_flown_out_are_evacuated() -> None:
    m = mention_in("Helicopters flew some 200 foreign nationals out of Bor on Sunday.", "flew")
    assert m.type == "evacuation" and m.targets == ["Bor"]
    m = mention_in("Belgian troops flew about 40 embassy staff out of Bangui by plane.", "flew")
    assert m.type == "evacuation" and m.actors == ["Belgian forces"]


def test_flying_a_plane_or_oneself_out_is_no_evacuation() -> None:
    for text in ("The pilot flew the aircraft out of Bor on Sunday.", "The minister flew out of Wau on Sunday.",
                 "The army flew reinforcements to Malakal."):
        assert not [m for m in mentions_in(text) if m.type == "evacuation"], text


def test_a_truce_agreed_elsewhere_holds_where_it_came_into_force() -> None:
    m = mention_in("A truce agreed by the two generals in Addis Ababa came into force in Wau at midnight.", "truce")
    assert m.targets == ["Wau"] and "Addis Ababa" not in m.places
    m = mention_in("A ceasefire signed in Nairobi took effect in Goma on Monday.", "ceasefire")
    assert m.targets == ["Goma"]


def test_a_truce_agreed_elsewhere_holds_at_the_dispatch_city() -> None:
    text = "WAU, June 3 - Shelling eased in Wau. The truce agreed in Jeddah came into force on Friday."
    assert mention_in(text, "truce").targets == ["Wau"]


def test_a_truce_told_at_its_place_keeps_it() -> None:
    assert mention_in("The truce in Malakal held on Friday.", "truce").targets == ["Malakal"]
    assert "Malakal" in mention_in("The truce signed in Malakal by the two commanders held.", "truce").places


def test_a_subject_across_a_restrictive_relative_clause() -> None:
    text = "A 48-hour truce that both sides had pledged to respect from noon on Friday collapsed within hours."
    assert mention_in(text, "truce").aspect == "ends"
    assert mention_in("The ceasefire that the militia signed with the army in March ended on Monday.",
                      "ceasefire").aspect == "ends"


def test_a_date_from_which_a_truce_held_is_its_start_even_when_it_collapsed() -> None:
    text = "A 48-hour truce that both sides had pledged to respect from noon on Friday collapsed within hours."
    assert links_in(text, "2021-06-10", ("noon on Friday", "TIME", "2021-06-04")) == [("noon on Friday", "truce", "begins")]
    # without "from", a collapse's date is its end
    assert links_in("The truce in Wau collapsed on Monday.", "2021-06-10",
                    ("Monday", "DATE", "2021-06-07")) == [("Monday", "truce", "ends")]


def test_a_collapse_told_with_an_adverb_still_ends_its_subject() -> None:
    assert mention_in("The ceasefire in Bor collapsed almost immediately.", "ceasefire").aspect == "ends"


def test_the_month_may_is_no_modal() -> None:
    assert mention_in("The truce agreed in May ended on Monday.", "truce").aspect == "ends"
    assert mention_in("The truce may end on Monday.", "truce").aspect is None  # the modal: not (yet) an end
