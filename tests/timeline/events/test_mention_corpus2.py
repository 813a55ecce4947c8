"""More Duckling-style rows of event mentions, on dispatches of our own about other wars.

Classes covered: visits told as a tour, people going home, fronted objects ("the town, which the
army won back from the rebels", "the airport that rebels took from the army"), assaults called off,
a town's defenders or garrison as the actor, a city that fell after an appositive, a truce with no
place of its own (it is about the city the dispatch is about), and which mention a date belongs to.
"""

from __future__ import annotations

import pytest
from conftest import build_doc, links_in, mention_in

from timeline._events._aliases import load_table
from timeline._events._link import link_document
from timeline._events._mentions import find_mentions

# (text, trigger word, type, actors that must be there, targets that must be there)
POSITIVE: list[tuple[str, str, str, list[str] | None, list[str] | None]] = [
    # a visit told as a tour
    ("President Kagame toured Kibuye on Friday, promising to rebuild the schools.", "toured", "visit", None,
     ["Kibuye"]),
    ("The defence minister toured the front near Vukovar on Monday.", "toured", "visit", None, None),
    # people going back home
    ("The first refugees went home to Srebrenica on Sunday.", "went", "return", None, ["Srebrenica"]),
    ("Thousands of families returned to their homes in Kunduz on Saturday.", "returned", "return", None, None),
    # the object fronted: a relative clause or an apposition
    ("Vukovar, which Croatian troops won back from the rebels in 1998, is still in ruins.", "won", "capture",
     ["Croatian forces"], ["Vukovar"]),
    ("Rebels paraded through the airport that they took from the army on Sunday.", "took", "capture", None, None),
    ("Engineers cleared the barracks that government troops took back from the militants last week.", "took",
     "capture", ["government forces"], None),
    # an assault called off
    ("The general called off a planned assault on the citadel of Herat on Thursday.", "called", "suspension",
     None, None),
    # defenders and garrisons act
    ("The last Serbian defenders of the fortress surrendered on Friday.", "surrendered", "surrender",
     ["Serbian forces"], None),
    ("The French garrison surrendered at dawn.", "surrendered", "surrender", ["French forces"], None),
    # a city that fell, told after an appositive
    ("Grozny, the capital of Chechnya 300 km east of Sochi, fell to the rebels in August when the army fled.",
     "fell", "capture", None, ["Grozny"]),
]

NEGATIVE: list[tuple[str, str]] = [
    ("The minister went to the front on Monday.", "went"),
    ("He returned the call on Monday.", "returned"),
    ("She called off the wedding.", "called"),
    ("The team won the match on Sunday.", "won"),
    ("They took from the poor.", "took"),  # no place or position taken
]


@pytest.mark.parametrize(("text", "word", "type_", "actors", "targets"), POSITIVE)
def test_mention_corpus(text: str, word: str, type_: str, actors: list[str] | None,
                        targets: list[str] | None) -> None:
    mn = mention_in(text, word)
    assert mn.type == type_
    if actors is not None:
        assert set(actors) <= set(mn.actors), mn.actors
    if targets is not None:
        assert set(targets) <= set(mn.targets), mn.targets


@pytest.mark.parametrize(("text", "word"), NEGATIVE)
def test_negative_corpus(text: str, word: str) -> None:
    assert word not in [m.word for m in find_mentions("t", text, load_table()).mentions]


def test_a_truce_with_no_place_is_about_the_city_of_the_dispatch() -> None:
    text = ("Shelling resumed around the besieged town of Gorazde on Sunday. A truce that was to let the "
            "wounded leave on Saturday collapsed within hours, with Sarajevo and Pale blaming each other.")
    assert mention_in(text, "truce").targets == ["Gorazde"]


def _links(text: str, published: str, spec: tuple[str, str, str]) -> list[tuple[str, str]]:
    doc = build_doc("t", text, published, spec)
    dm = find_mentions("t", doc.text, load_table())
    links, _ = link_document(dm, doc.expressions, doc.anchor.value)
    return [(dm.mentions[ln.mention].word, ln.relation) for ln in links]


# (text, publication date, (expression, type, value), trigger the expression dates, relation)
ATTACHED: list[tuple[str, str, tuple[str, str, str], str, str]] = [
    ("President Kagame toured Kibuye on Friday, promising to rebuild the schools.", "1994-08-06",
     ("Friday", "DATE", "1994-08-05"), "toured", "on"),
    ("The first refugees went home to Srebrenica on Sunday.", "1996-05-06", ("Sunday", "DATE", "1996-05-05"),
     "went", "on"),
    ("The general called off a planned assault on the citadel of Herat on Thursday.", "2001-11-09",
     ("Thursday", "DATE", "2001-11-08"), "called", "on"),
]


@pytest.mark.parametrize(("text", "published", "spec", "word", "relation"), ATTACHED)
def test_attachment_corpus(text: str, published: str, spec: tuple[str, str, str], word: str, relation: str) -> None:
    assert (word, relation) in _links(text, published, spec)


# (text, publication date, expression, trigger that must NOT take it)
NOT_ATTACHED: list[tuple[str, str, tuple[str, str, str], str]] = [
    # the date of the main clause is not the date of a takeover told in its "after" clause
    ("The first refugees went home to Srebrenica on Sunday, a year after the Serb takeover of the town in "
     "July 1995 drove them out.", "1996-07-15", ("Sunday", "DATE", "1996-07-14"), "takeover"),
    # a called-off assault did not begin that day
    ("The general called off a planned assault on the citadel of Herat on Thursday.", "2001-11-09",
     ("Thursday", "DATE", "2001-11-08"), "assault"),
]


@pytest.mark.parametrize(("text", "published", "spec", "word"), NOT_ATTACHED)
def test_not_attached_corpus(text: str, published: str, spec: tuple[str, str, str], word: str) -> None:
    links = _links(text, published, spec)
    assert not [r for w, r in links if w == word and r != "after"], links


def test_a_date_in_the_complement_of_an_event_told_against_dates_it() -> None:

    text = ("The first refugees went home to Srebrenica on Sunday, a year after the Serb takeover of the town in "
            "July 1995 drove them out.")
    got = {(word, expr, rel) for expr, word, rel in links_in(
        text, "1996-07-15", ("Sunday", "DATE", "1996-07-14"), ("a year", "DURATION", "P1Y"),
        ("July 1995", "DATE", "1995-07"))}
    assert ("takeover", "July 1995", "within") in got
    assert not {g for g in got if g[0] == "went" and g[1] == "July 1995"}


@pytest.mark.parametrize(("text", "word", "actors", "targets"), [
    # a possessor of several capitalised words owns the noun
    ("Thousands fled after Islamic State's takeover of Mosul.", "takeover", ["ISIS"], ["Mosul"]),
    ("Thousands fled after the Russian Federation's takeover of Crimea.", "takeover", ["Russian Federation"], None),
    # driven out of areas of a place: the place is the target
    ("Rebels drove the army out of the last areas it held on the northern edge of Goma on Tuesday.", "drove",
     ["rebels"], ["Goma"]),
])
def test_owner_and_place_of_the_act(text: str, word: str, actors: list[str], targets: list[str] | None) -> None:
    mn = mention_in(text, word)
    assert mn.actors == actors
    if targets is not None:
        assert mn.targets == targets


@pytest.mark.parametrize(("text", "word", "targets"), [
    # "drove them out": out of the place they held
    ("Rebel militias held Vukovar for three months in 1991 until Croatian troops drove them out in 1995.", "drove",
     ["Vukovar"]),
    # "the town, which ... won back": the town the dispatch named
    ("Refugees gathered in Zvornik on Monday. The town, which Bosnian troops won back from Serb forces in 1995, "
     "is in ruins.", "won", ["Zvornik"]),
])
def test_the_place_a_fronted_or_pronoun_object_stands_for(text: str, word: str, targets: list[str]) -> None:
    mn = mention_in(text, word)
    assert mn.targets == targets
    assert mn.obj not in {"back", "out"}


def test_a_day_after_a_state_held_dates_the_main_verb() -> None:
    text = "Rebels drove the army out of the last areas it held on the northern edge of Goma on Tuesday."
    assert ("drove", "on") in _links(text, "2012-11-22", ("Tuesday", "DATE", "2012-11-20"))
    # but a month after a clause of its own is that clause's
    text = "The fall of the bridge left the army holding ground it lost in March."
    assert not [r for w, r in _links(text, "1951-06-01", ("March", "DATE", "1951-03")) if w == "fall"]


@pytest.mark.parametrize(("text", "campaign"), [
    ("Shelling hit Gorazde on Monday. The town has been under siege for the past 17 days.", "Gorazde"),
    ("Sarajevo has been under siege since April.", "Sarajevo"),
    ("Leningrad remained under blockade for 872 days.", "Leningrad"),
])
def test_a_place_under_siege_names_its_siege(text: str, campaign: str) -> None:
    mn = next(m for m in find_mentions("t", text, load_table()).mentions if m.word in {"siege", "blockade"})
    assert mn.campaign == campaign


def test_under_a_deal_is_still_a_circumstance() -> None:
    assert "deal" not in [m.word for m in find_mentions("t", "The convoy left Raqqa under a deal.", load_table()).mentions]


@pytest.mark.parametrize(("text", "word", "relation"), [
    # a perfect told "for the past N days": it began when they began
    ("Shelling hit Gorazde on Monday. The town has been under siege for the past 17 days.", "siege", "begins"),
    ("Serb troops have encircled the town for the past 17 days.", "encircled", "begins"),
    # a past clause "for N days": how long it lasted
    ("Serb troops encircled the town for the past 17 days.", "encircled", "lasts"),
])
def test_a_perfect_for_the_past_days_begins_then(text: str, word: str, relation: str) -> None:
    from conftest import span

    doc = build_doc("t", text, "1994-04-18", ("the past 17 days", "DURATION", "P17D", span("1994-04-01", "1994-04-18")))
    dm = find_mentions("t", doc.text, load_table())
    links, _ = link_document(dm, doc.expressions, doc.anchor.value)
    assert (word, relation) in [(dm.mentions[ln.mention].word, ln.relation) for ln in links]


@pytest.mark.parametrize("text", [
    "The defence of Vukovar ended on Monday. The town, which Croatian troops won back in 1998, lies in ruins.",
    "The mayor of Avdiivka left on Monday. The town, which Ukrainian troops won back in 2014, lies in ruins.",
])
def test_a_name_after_defence_of_or_mayor_of_is_a_place_the_city_refers_to(text: str) -> None:
    assert mention_in(text, "won").targets == [text.split(" of ")[1].split()[0]]


def test_a_time_possessive_is_no_owner_to_walk_back_over() -> None:
    assert mention_in("Last Wednesday's car bomb near the port killed four fighters.", "bomb").premod == \
        "Wednesday's car"


@pytest.mark.parametrize(("text", "spec", "word"), [
    # "a day after <clause>": the date is the main clause's, the act after "after" came earlier
    ("Rescuers dug through the rubble on Thursday, a day after a government jet bombed the market.",
     ("Thursday", "DATE", "1993-02-04"), "bombed"),
    ("Medics reached the camp on Sunday, two days after rebels shelled it.", ("Sunday", "DATE", "1993-02-07"),
     "shelled"),
])
def test_a_date_before_a_quantified_after_clause_is_not_that_clause(text: str, spec: tuple[str, str, str],
                                                                     word: str) -> None:
    assert not [r for w, r in _links(text, "1993-02-08", spec) if w == word and r != "after"]


def test_a_date_after_a_closed_relative_clause_is_not_its_verbs() -> None:
    text = "Serb gunners, who shelled Bihac last month, sealed the roads around Gorazde on Sunday, beginning a siege."
    assert not [r for w, r in _links(text, "1994-04-05", ("Sunday", "DATE", "1994-04-03")) if w == "shelled"]
    # (inside the clause, the date is still its own)
    text = "Serb gunners, who shelled Bihac on Sunday, sealed the roads around Gorazde."
    assert ("shelled", "on") in _links(text, "1994-04-05", ("Sunday", "DATE", "1994-04-03"))
