"""A Duckling-style corpus of event mentions, on dispatches of our own about other wars.

Each positive row names a sentence, the trigger word, the event type it must get and the actors and
targets it must carry (``None``: not checked).  Negative rows name a word that must NOT be an event
mention there ("the conference centre", "attack helicopters").  A third corpus checks which mention a
date is attached to, and how (a date must date the event it is syntactically attached to).

The rules covered: noun and compound triggers ("a truck bomb", "the largest retreat", "the arrival of
French paratroopers", "airdrops"), passive and clause-final verbs ("the city fell after ..."), generic
and equipment-bearing subjects, subjects of subordinate clauses, a place or a name standing for its
government ("Ankara declared", "Britain's defence secretary ordered"), infinitive complements of
orders and leave ("ordered troops to withdraw from Basra", "allowed the convoy to leave"), claims of
full control, and "the city"/"the district" read back to the place they mean.
"""

from __future__ import annotations

import pytest
from conftest import build_doc, mention_in

from timeline._events._aliases import load_table
from timeline._events._link import link_document
from timeline._events._mentions import find_mentions

# (text, trigger word, type, actors that must be there, targets that must be there)
POSITIVE: list[tuple[str, str, str, list[str] | None, list[str] | None]] = [
    # nouns behind a noun modifier, a superlative, a preposition
    ("A truck bomb near the market in Mogadishu killed 20 people on Saturday.", "bomb", "attack", None, None),
    ("A wave of suicide car bombs hit checkpoints around Kandahar on Friday.", "bombs", "attack", None, None),
    ("It was the largest retreat of the war.", "retreat", "withdrawal", None, None),
    ("The number of attacks rose sharply in May.", "attacks", "attack", None, None),
    # movements: "of" introduces who moves
    ("The arrival of French paratroopers in Kolwezi on May 19 ended the hostage crisis.", "arrival", "advance",
     ["French forces"], None),
    ("Yesterday's arrival of about 400 Gurkhas lifted spirits in the garrison.", "arrival", "advance", None, None),
    # supplies dropped from the air, active and passive
    ("Soviet transport planes dropped supplies to the garrison on Tuesday.", "dropped", "airdrop",
     ["Soviet aircraft"], None),
    ("The supplies dropped by British aircraft on June 6 reached the paratroopers.", "dropped", "airdrop",
     ["British aircraft"], None),
    ("Sunday's airdrops were the first of the siege.", "airdrops", "airdrop", None, None),
    # brigades, battalions; breaking into a town
    ("Misrata brigades entered Bani Walid on Monday.", "entered", "advance", ["Misrata forces"], ["Bani Walid"]),
    ("The Hamza Brigade entered Afrin on Sunday.", "entered", "advance", ["Hamza Brigade"], ["Afrin"]),
    ("Units of the 3rd Brigade entered Vukovar on Monday.", "entered", "advance", ["forces"], ["Vukovar"]),
    ("Government troops broke into the old town of Grozny on Sunday.", "broke", "advance", ["government forces"],
     ["Grozny"]),
    # a subordinate clause has its own subject; equipment is no actor
    ("Aid workers fled after government jets bombed the camp on Sunday.", "bombed", "airstrike",
     ["government aircraft"], None),
    ("A column of Chadian troops with tanks and artillery entered Timbuktu on Saturday.", "entered", "advance",
     ["Chadian forces"], ["Timbuktu"]),
    # strikes by aircraft are air strikes
    ("French jets struck targets in Gao on Sunday.", "struck", "airstrike", ["French aircraft"], ["Gao"]),
    ("The Russian air strikes that began in September have changed the war.", "air strikes", "airstrike",
     ["Russian aircraft"], None),
    # a place or a name for its government
    ("Ankara last week declared the border zone closed.", "declared", "proclamation", ["Turkey"], None),
    ("Britain's defence secretary ordered troops on Monday to withdraw from Basra.", "ordered", "order",
     ["Britain"], ["Basra"]),
    ("Hungary said on Friday it would let the refugees cross its territory.", "let", "permission", ["Hungary"],
     None),
    # the infinitive of an order or a leave is an event of its own
    ("Britain's defence secretary ordered troops on Monday to withdraw from Basra.", "withdraw", "withdrawal",
     ["forces"], ["Basra"]),
    ("The Kenyan government allowed the convoy to leave Dadaab on Thursday.", "leave", "withdrawal", None,
     ["Dadaab"]),
    ("The rebels agreed to let the wounded leave the enclave.", "leave", "withdrawal", None, None),
    ("The Kenyan government allowed the convoy to leave Dadaab on Thursday.", "allowed", "permission",
     ["Kenyan government"], None),
    ("The rebels agreed to let the wounded leave the enclave.", "let", "permission", ["rebels"], None),
    # unknown armed groups; purpose targets the gazetteer does not know
    ("Wagner mercenaries launched an offensive on Friday toward Soledar.", "offensive", "offensive",
     ["Wagner mercenaries"], ["Soledar"]),
    ("Rebels launched an offensive on Saturday to capture Sinjar, a town west of Marib, a spokesman said.",
     "offensive", "offensive", ["rebels"], ["Sinjar"]),
    ("Mercenaries launched an assault on Friday to take the village of Khromove, west of Bakhmut.", "assault",
     "offensive", ["mercenaries"], ["Khromove"]),
    ("Loyalist forces launched an operation on Thursday to drive the militants out of the coastal city of Derna.",
     "operation", "offensive", None, ["Derna"]),
    # forced to: it happened, done by the object
    ("Government troops forced the militants to retreat from Qayyara on Sunday.", "retreat", "withdrawal",
     ["militants"], None),
    ("The shelling compelled the garrison to surrender on Friday.", "surrender", "surrender", None, None),
    # generic subjects, passives, nouns of the brief
    ("Gunmen stormed the city of Jolo on Tuesday.", "stormed", "attack", ["militants"], ["Jolo"]),
    ("The army took Kismayo on Sunday.", "took", "capture", ["forces"], ["Kismayo"]),
    ("The town was seized by rebels on Friday.", "seized", "capture", ["rebels"], None),
    ("Russia's annexation of Crimea was condemned at the UN.", "annexation", "annexation", None, ["Crimea"]),
    ("The evacuation of Dunkirk ended on June 4.", "evacuation", "evacuation", None, ["Dunkirk"]),
    ("The airdrop of weapons to the defenders of Khe Sanh began on Monday.", "airdrop", "airdrop", None, None),
    # more verbs of war: expelling, ousting, driving out (the place is the target), pounding, blowing up,
    # firing rockets, hitting a site, cutting a road; "hit" and "cut" are read as the past
    ("Kurdish forces expelled Islamic State from Tal Abyad on Monday.", "expelled", "capture", ["Kurdish forces"],
     ["Tal Abyad"]),
    ("The army ousted the rebels from Homs in May.", "ousted", "capture", ["forces"], ["Homs"]),
    ("Kurdish forces drove the last Islamic State fighters out of Kobani on Monday.", "drove", "capture",
     ["Kurdish forces"], ["Kobani"]),
    ("Rebels wrested control of the border crossing from the army on Friday.", "wrested", "capture", ["rebels"],
     None),
    ("Artillery pounded the old city overnight.", "pounded", "attack", None, None),
    ("Retreating troops blew up the bridge over the Drina on Tuesday.", "blew", "attack", ["forces"], None),
    ("Militants fired rockets at Sderot on Monday.", "fired", "attack", ["militants"], ["Sderot"]),
    ("A missile hit the hospital in Saada on Monday.", "hit", "attack", None, ["Saada"]),
    ("Troops cut the last road into the city on Monday.", "cut", "encirclement", ["forces"], None),
    ("The landing at Inchon began on September 15.", "landing", "advance", None, None),
    ("A prisoner exchange took place on Friday.", "prisoner exchange", "release", None, None),
    # a claim of full control is a declaration; an announcement says what it announces
    ("The Iraqi army said on Sunday it had taken full control of Fallujah.", "said", "proclamation",
     ["Iraqi security forces"], ["Fallujah"]),
    ("The Chechen rebels said on Monday they had taken full control of the government compound in Grozny.",
     "taken", "capture", ["Chechen rebels"], ["Grozny"]),
    ("Monday's announcement that Tikrit had been recaptured was greeted with joy in Baghdad.", "announcement",
     "proclamation", None, ["Tikrit"]),
    # "the city" is the city fought over, not the last one named; "the district" the one called so
    ("Rebels captured Idlib on Saturday. Residents of Aleppo and Hama fled. The city fell after a four-day assault.",
     "fell", "capture", None, ["Idlib"]),
    ("Since the fall of their last stronghold at the Bakara market on May 3, the militants have scattered.",
     "fall", "capture", None, ["Bakara"]),
]

# (text, word that must not be an event mention)
NEGATIVE: list[tuple[str, str]] = [
    ("Delegates gathered at the Lancaster conference centre in London.", "conference"),
    ("Attack helicopters flew over Gao on Monday.", "Attack"),
    ("The war crimes tribunal opened in The Hague.", "war"),
    ("Oil prices fell on Monday.", "fell"),
    ("The number of attacks fell sharply in May.", "fell"),
    ("A 3,000-strong force of local volunteers is defending the town.", "force"),
    ("The general ordered his men to hold the bridge.", "hold"),
    ("He broke into tears when the verdict was read.", "broke"),
    ("\"Let us go back to the negotiating table,\" the envoy said.", "Let"),
    ("The company moved its headquarters to Dubai in 2019.", "moved"),
    ("The number of attacks dropped sharply in June.", "dropped"),
    ("The ceasefire deal was announced on Tuesday.", "ceasefire"),  # a modifier of the deal
    ("A truck bomb near the Kandahar operations command killed seven soldiers.", "operations"),
    ("The militants hit back at government forces.", "hit"),
    ("The fire destroyed the building.", "fire"),
    ("Police fired tear gas at protesters.", "fired"),
    ("The plane hit turbulence.", "hit"),
    ("The release of the report was delayed.", "release"),
    ("He gained weight after the war.", "gained"),
    ("The army plans to retake Mosul.", "retake"),  # an aim
]



@pytest.mark.parametrize(("text", "word", "type_", "actors", "targets"), POSITIVE)
def test_mention_corpus(text: str, word: str, type_: str, actors: list[str] | None,
                        targets: list[str] | None) -> None:
    mn = mention_in(text, word)
    if word == "leave" and "agreed to let" in text:
        assert "rebels" not in mn.actors  # the wounded leave, not the rebels
    assert mn.type == type_
    if actors is not None:
        assert set(actors) <= set(mn.actors), mn.actors
        assert not ({"aircraft", "militants"} & set(mn.actors) - set(actors))  # no stray equipment or generic
    if targets is not None:
        assert set(targets) <= set(mn.targets), mn.targets


@pytest.mark.parametrize(("text", "word"), NEGATIVE)
def test_negative_corpus(text: str, word: str) -> None:
    assert word not in [m.word for m in find_mentions("t", text, load_table()).mentions]


# (text, publication date, (expression, type, value), trigger the expression dates, relation)
ATTACHED: list[tuple[str, str, tuple[str, str, str], str, str]] = [
    # a possessive time reaches the noun past its modifiers
    ("Last Tuesday's truck bomb near the port killed four soldiers.", "1993-10-12", ("Last Tuesday", "DATE",
                                                                                     "1993-10-05"), "bomb", "on"),
    # a date before "after X" dates the main verb, not X
    ("Rebels seized the airport on Sunday after a fierce battle.", "1994-04-11", ("Sunday", "DATE", "1994-04-10"),
     "seized", "on"),
    # a phrase after the date's comma describes what came before it
    ("Militants raised their flag over the town hall on Friday, at the end of a ten-day assault.", "2004-11-14",
     ("Friday", "DATE", "2004-11-12"), "raised", "on"),
    # the date between an order and its infinitive is the order's; what was ordered comes after it
    ("Britain's defence secretary ordered troops on Monday to withdraw from Basra.", "2007-09-04",
     ("Monday", "DATE", "2007-09-03"), "ordered", "on"),
    ("Britain's defence secretary ordered troops on Monday to withdraw from Basra.", "2007-09-04",
     ("Monday", "DATE", "2007-09-03"), "withdraw", "after"),
    # leave announced on a day is given that day
    ("Hungary said on Friday it would let the refugees cross its territory.", "2015-09-05",
     ("Friday", "DATE", "2015-09-04"), "let", "on"),
    # a claim of full control is dated by its report
    ("The Iraqi army said on Sunday it had taken full control of Fallujah.", "2016-06-27",
     ("Sunday", "DATE", "2016-06-26"), "said", "on"),
    ("The Iraqi army said on Sunday it had taken full control of Fallujah.", "2016-06-27",
     ("Sunday", "DATE", "2016-06-26"), "taken", "before"),
    # an announcement of the end of something is an event of its day (and ends it)
    ("General Ramos announced on Monday the end of combat operations in Jolo.", "1996-09-03",
     ("Monday", "DATE", "1996-09-02"), "announced", "on"),
    ("General Ramos announced on Monday the end of combat operations in Jolo.", "1996-09-03",
     ("Monday", "DATE", "1996-09-02"), "operations", "ends"),
    # what was announced on a day: a deal was reached by then, a ceasefire or an evacuation takes effect then
    # or later (never "on": another article may give the day it took effect)
    ("The ceasefire deal was announced on Tuesday.", "1995-10-11", ("Tuesday", "DATE", "1995-10-10"), "deal",
     "before"),
    ("Buses left the city after a ceasefire announced on Tuesday collapsed.", "1995-10-12",
     ("Tuesday", "DATE", "1995-10-10"), "ceasefire", "after"),
    ("The evacuation, announced late on Tuesday, comes seven weeks into the offensive.", "1995-10-11",
     ("Tuesday", "DATE", "1995-10-10"), "evacuation", "after"),
    # what an attack noun did is dated, and so is the attack
    ("A truck bomb near the army command killed seven soldiers on Monday.", "2015-12-22",
     ("Monday", "DATE", "2015-12-21"), "bomb", "on"),
    # an act told as the object of a report on a day was done by then (the day is the report's)
    ("The army announced the recapture of Tikrit on Monday.", "2015-04-02", ("Monday", "DATE", "2015-03-30"),
     "recapture", "before"),
    ("Officials confirmed the capture of the airport on Friday.", "2015-04-02", ("Friday", "DATE", "2015-03-27"),
     "capture", "before"),
    # but in the subject, before a passive report, the date is the act's
    ("The recapture of Tikrit on Monday was announced by the army.", "2015-04-02", ("Monday", "DATE", "2015-03-30"),
     "recapture", "on"),
    # what a dated declaration says was done, was done by then
    ("The army declared late on Thursday that it had regained full control of Homs.", "2014-05-09",
     ("Thursday", "DATE", "2014-05-08"), "regained", "before"),
    # a date closing the complement of a subject noun is the noun's; a comma parts phrases
    ("The capture of Sinjar on Friday cut the supply road.", "2015-11-16", ("Friday", "DATE", "2015-11-13"),
     "capture", "on"),
    ("The town, seized by rebels on Friday, was retaken by the army on Sunday.", "2015-01-21",
     ("Friday", "DATE", "2015-01-16"), "seized", "on"),
    ("Kurdish forces, who recaptured the hill on Monday, now overlook the town.", "2015-01-21",
     ("Monday", "DATE", "2015-01-19"), "recaptured", "on"),
    # a siege lifted, a truce that collapsed: their end
    ("The siege was lifted on Monday.", "1995-10-11", ("Monday", "DATE", "1995-10-09"), "siege", "ends"),
    ("The army lifted the siege of Bihac on Monday.", "1995-08-09", ("Monday", "DATE", "1995-08-07"), "siege", "ends"),
    ("The truce collapsed on Monday.", "1995-10-11", ("Monday", "DATE", "1995-10-09"), "truce", "ends"),
    ("Hostages were freed on Monday.", "1995-10-11", ("Monday", "DATE", "1995-10-09"), "freed", "on"),
    # "erupted" lends its date to the clashes it begins
    ("Clashes erupted in Jolo on Tuesday afternoon.", "1996-09-04", ("Tuesday afternoon", "TIME", "1996-09-03TAF"),
     "Clashes", "begins"),
]

# (text, publication date, expression, trigger that must NOT take it)
NOT_ATTACHED: list[tuple[str, str, tuple[str, str, str], str]] = [
    # a clause of its own (pronoun + verb) holds the date
    ("The capture of the bridge left the army holding ground it lost in March.", "1951-06-01",
     ("March", "DATE", "1951-03"), "capture"),
    ("Rebels seized the airport on Sunday after a fierce battle.", "1994-04-11", ("Sunday", "DATE", "1994-04-10"),
     "battle"),
    ("Britain's defence secretary ordered troops on Monday to withdraw from Basra.", "2007-09-04",
     ("Monday", "DATE", "2007-09-03"), "withdraw"),
    ("The capture of Sinjar on Friday cut the supply road.", "2015-11-16", ("Friday", "DATE", "2015-11-13"), "cut"),
    ("The town, seized by rebels on Friday, was retaken by the army on Sunday.", "2015-01-21",
     ("Friday", "DATE", "2015-01-16"), "retaken"),
]


def _links(text: str, published: str, spec: tuple[str, str, str]) -> list[tuple[str, str]]:
    doc = build_doc("t", text, published, spec)
    dm = find_mentions("t", doc.text, load_table())
    links, _ = link_document(dm, doc.expressions, doc.anchor.value)
    return [(dm.mentions[ln.mention].word, ln.relation) for ln in links]


@pytest.mark.parametrize(("text", "published", "spec", "word", "relation"), ATTACHED)
def test_attachment_corpus(text: str, published: str, spec: tuple[str, str, str], word: str, relation: str) -> None:
    assert (word, relation) in _links(text, published, spec)


@pytest.mark.parametrize(("text", "published", "spec", "word"), NOT_ATTACHED)
def test_not_attached_corpus(text: str, published: str, spec: tuple[str, str, str], word: str) -> None:
    links = _links(text, published, spec)
    assert not [r for w, r in links if w == word and r != "after"], links


@pytest.mark.parametrize(("text", "word", "aspect"), [
    # a transitive aspectual verb ends its object, not its subject
    ("Yesterday's arrival of the fighters lifted spirits among the defenders.", "arrival", None),
    ("Yesterday's arrival of the first units ended eight months of occupation.", "arrival", None),
    # intransitive, it ends (or begins) its subject
    ("The siege was lifted on Monday.", "siege", "ends"),
    ("The truce collapsed on Monday.", "truce", "ends"),
    ("The offensive, which began three months ago, has stalled.", "offensive", "begins"),
    ("Clashes erupted near the bridge on Sunday.", "Clashes", "begins"),
])
def test_aspect_of_the_subject(text: str, word: str, aspect: str | None) -> None:
    assert mention_in(text, word).aspect == aspect


def test_the_district_is_the_place_the_dispatch_called_a_district() -> None:
    text = ("Fighting moved on Sunday to the seaside district of Karantina, near the port of Beirut. "
            "The final assault on the district began on Monday.")
    # (a "final" assault is a phase, not the campaign for the district, since session 9: its target)
    assert mention_in(text, "assault").targets == ["Karantina"]
    assert mention_in(text.replace("final assault", "assault"), "assault").campaign == "Karantina"


def test_the_city_is_the_city_fought_over_not_the_last_named() -> None:
    text = ("Yesterday's announcement that Tikrit had been retaken was greeted with celebrations in Baghdad "
            "and Karbala. The city fell to the jihadists in June 2014.")
    assert mention_in(text, "fell").targets == ["Tikrit"]
    assert mention_in(text, "announcement").targets == ["Tikrit"]


@pytest.mark.parametrize(("text", "word", "obj"), [
    # the object a label names: past a quantity ("dozens of villages"), what was ordered, who was let through
    ("Militants closed in on the town, overrunning dozens of villages in the past four days.", "overrunning",
     "villages"),
    ("The militants have seized a string of small towns along the coast road.", "seized", "towns"),
    ("Britain's defence secretary ordered troops on Monday to withdraw from Basra.", "ordered", "withdrawal"),
    ("Hungary said on Friday it would let the refugees cross its territory.", "let", "cross"),
    ("General Ramos announced on Monday the end of combat operations in Jolo.", "announced",
     "end of combat operations"),
    ("Moscow last Friday declared the region part of Russia.", "declared", "region part of Russia"),
])
def test_object_for_labels(text: str, word: str, obj: str) -> None:
    assert mention_in(text, word).obj == obj


def test_a_noun_after_after_is_not_the_act_of_the_clause_subject() -> None:
    text = "The convoy left on Thursday, carrying fighters, after a ceasefire announced on Tuesday collapsed."
    assert mention_in(text, "ceasefire").actors == []
    assert mention_in("Militias have joined the offensive with a pre-dawn assault.", "assault").actors == ["militias"]


def test_an_infinitive_points_at_its_order_after_a_claim_is_inserted() -> None:
    text = ("The army said on Sunday it had taken full control of Homs, and the president ordered troops "
            "to withdraw from Hama.")
    mentions = find_mentions("t", text, load_table()).mentions
    assert [m.index for m in mentions] == list(range(len(mentions)))
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    withdraw = next(m for m in mentions if m.word == "withdraw")
    assert withdraw.licensed_by is not None and mentions[withdraw.licensed_by].word == "ordered"


def test_an_appositive_gap_relates_the_noun_before_it() -> None:
    from timeline._events._relations import relate_document

    dm = find_mentions("t", "Their arrival, more than six weeks after the jihadists began their assault, was greeted "
                            "with gunfire.", load_table())
    [r] = relate_document(dm)
    assert (dm.mentions[r.dependent].word, r.relation, dm.mentions[r.other].word) == ("arrival", "after", "assault")
