"""Session 8: a truce declared and an operation announced begin there; breaches; evacuations told without
"evacuate"; deals called arrangements (sentences of our own)."""

from __future__ import annotations

from pathlib import Path

from conftest import build_corpus, links_in, mention_in, mentions_in


def _events(tmp_path: Path, text: str, published: str) -> list[tuple[str, str | None]]:
    tl = build_corpus(tmp_path, [("d-1", published, text)])
    return [(e.label, str(e.interval.start[0].date()) if e.interval.start[0] else None)
            for e in tl.events]


# -- 7. a declared ceasefire is the ceasefire, begun by the declaration ----------------------------------
def test_a_fronted_declared_truce_begins_on_the_declaration() -> None:
    for text in ("Shelling resumed on Monday in breach of the three-day truce the army declared last Thursday.",
                 "Rebels broke the unilateral ceasefire that the government proclaimed on Saturday.",
                 "Monitors counted 40 violations of the holiday truce which General Haftar declared on Sunday."):
        kinds = [(m.word, m.type) for m in mentions_in(text)]
        assert not [k for k in kinds if k[1] == "proclamation"], (text, kinds)
        truce = next(m for m in mentions_in(text) if m.type == "ceasefire")
        assert truce.aspect == "begins" and truce.tense == "past", (text, truce.aspect, truce.tense)


def test_a_declared_truce_takes_the_declarer_and_the_date() -> None:
    text = "The president declared a week-long ceasefire on Friday."
    truce = mention_in(text, "ceasefire")
    assert truce.actors and truce.aspect == "begins"
    assert links_in(text, "2019-06-24", ("Friday", "DATE", "2019-06-21")) == [("Friday", "ceasefire", "begins")]


def test_a_declared_truce_is_labelled_as_a_truce(tmp_path: Path) -> None:
    events = _events(tmp_path, "Gunmen shelled Kadugli on Tuesday in breach of the ten-day truce President "
                               "Salva Kiir declared last Friday.", "2019-06-26")
    truce = [e for e in events if "truce" in e[0].lower() or "ceasefire" in e[0].lower()]
    assert truce and truce[0][1] == "2019-06-21", events
    assert not [e for e in events if e[0].startswith("Declaration")], events


def test_a_truce_declared_over_is_no_start() -> None:
    for text in ("The army declared the ceasefire over on Monday.",
                 "The rebels announced the end of the truce on Monday.",
                 "The minister announced that the truce had collapsed on Monday."):
        for m in mentions_in(text):
            assert not (m.type == "ceasefire" and m.aspect == "begins"), text


def test_other_declarations_stay() -> None:
    assert mention_in("The army declared Kadugli liberated on Monday.", "declared").type == "proclamation"
    assert mention_in("Parliament declared a state of emergency on Monday.", "declared").type == "proclamation"


# -- 5. an operation announced begins with its announcement -------------------------------------------------
def test_an_announced_operation_begins_and_has_the_announcer() -> None:
    for text, actor in (
            ("The interim president announced on Sunday a full-scale 'security operation' involving the army.",
             None),
            ("The Ethiopian army announced a new offensive against the rebels in Tigray on Monday.", "Ethiopian forces"),
            ("Kyiv announced its counteroffensive in the south on Monday.", None)):
        op = next(m for m in mentions_in(text) if m.type in {"offensive", "campaign"})
        assert op.aspect == "begins", (text, op.aspect)
        assert actor is None or actor in op.actors, (text, op.actors)
    assert links_in("The government announced on Sunday a full-scale operation against the rebels.", "2014-04-14",
                    ("Sunday", "DATE", "2014-04-13")) == [("Sunday", "operation", "begins")]


def test_a_pronoun_announcement_of_an_operation_dates_its_start() -> None:
    text = "It is the biggest push since the army announced its operation in Kassala nearly three weeks ago."
    assert mention_in(text, "operation").aspect == "begins"


def test_announcements_of_other_things_only_report() -> None:
    # ("The army announced the operation was over" is a halt since session 9: test_s9_vocabulary.py)
    for text in ("The ministry announced on Sunday that 40 people had died.",
                 "The army announced the end of its operation in Kassala on Monday.",
                 "The army announced the operation was over on Monday.",
                 "The rebels announced the truce had collapsed on Monday."):
        assert not [m for m in mentions_in(text) if m.aspect == "begins"], text


# -- 6. breaches -----------------------------------------------------------------------------------------
def test_walls_and_lines_broken_through_are_a_breach() -> None:
    for text in ("Kurdish fighters have broken through the old city wall of Kobani, the coalition said on Monday.",
                 "Government tanks punched through the rebel defences around Homs on Sunday.",
                 "The troops smashed through the outer wall of the citadel on Friday.",
                 "The marines entered the compound through a breach in the wall on Friday."):
        m = next(m for m in mentions_in(text) if m.type == "breach")
        assert m.tense == "past", text


def test_other_breaking_through_is_no_breach() -> None:
    for text in ("The sun broke through the clouds on Monday.", "Voters broke through the crowds to reach the polls."):
        assert not [m for m in mentions_in(text) if m.type == "breach"], text


def test_a_breach_is_labelled_by_what_was_breached(tmp_path: Path) -> None:
    events = _events(tmp_path, "Kurdish fighters broke through the ancient wall of Mardin on Tuesday.", "2019-07-03")
    assert any("break through wall" in e[0] for e in events), events


# -- 4. evacuations told by their buses; a deal called an arrangement ------------------------------------------
def test_buses_taking_people_out_are_an_evacuation() -> None:
    for text in ("Buses began taking civilians and wounded fighters out of the last pocket in Douma on Sunday.",
                 "Lorries carried hundreds of families out of the besieged district of Qaboun on Monday.",
                 "Green buses took the rebels and their relatives out of Daraya on Friday.",
                 "About 2,000 people were bussed out of the old city of Homs on Wednesday."):
        m = next(m for m in mentions_in(text) if m.type == "evacuation")
        assert m.targets, (text, m.targets)


def test_taking_people_out_of_action_is_no_evacuation() -> None:
    for text in ("The sniper took three soldiers out of action on Monday.",
                 "The coach took the players out of the game in Douma."):
        assert not [m for m in mentions_in(text) if m.type == "evacuation"], text


def test_an_arrangement_brokered_or_reached_is_a_deal() -> None:
    for text in ("An arrangement brokered by the elders let the fighters leave Tabqa on Friday.",
                 "The government reached an arrangement with the rebels on Tuesday."):
        assert [m for m in mentions_in(text) if m.word == "arrangement" and m.type == "agreement"], text
    for text in ("The seating arrangement at the talks changed on Monday.",
                 "Security arrangements for the visit were tightened on Monday."):
        assert not [m for m in mentions_in(text) if m.word.startswith("arrangement")], text
