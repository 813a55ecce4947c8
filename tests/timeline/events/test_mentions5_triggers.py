"""Session-5 classes of event mentions, on sentences of our own about other wars (Georgia 1993, Syria,
Iraq, Lebanon 2006, Congo, Yemen, Libya, Kosovo, Darfur).

- a "push", "drive", "thrust" or "onslaught" as a campaign noun ("the separatist push on X"), "the war over
  X" and "the fighting over X" naming the campaign of X;
- withdrawals told by a motion "out of X" ("marched/filed/trudged out of"), "began pulling out" (an -ing
  form after an aspectual verb), "ordered them to abandon X", "pulled its units out of X", "was given up";
- "were routed at X" (a defeat at X), "lost X to Y" (X taken by Y), "took back X", "clawed back",
  "pushed X out of Y", "took the ruins of X";
- deals: "agreed on a package/plan/set of steps", "agreed to leave X", "struck/brokered a deal";
  "came into force", "took effect", "took hold" start the deal or truce of their clause;
- others: "flew to X", "told senators", "dismissed his army chief", "released its investigation",
  "concluded that", "passed a resolution", a council "demanded a truce", "suffocated", a flag hoisted;
- and what is no event: "fans streamed out of the stadium", "residents fled", "rescue workers", "entered
  its third week", "more shells", the Institute for the Study of War.
"""

from __future__ import annotations

import pytest
from conftest import mention_in, mentions_in

# (text, trigger word, type, actors that must be there, targets that must be there)
POSITIVE: list[tuple[str, str, str, list[str] | None, list[str] | None]] = [
    # campaign nouns
    ("The army's push on Kharkiv stalled on Monday.", "push", "campaign", None, None),
    ("The Turkish onslaught on Afrin began on Saturday.", "onslaught", "campaign", None, None),
    ("Now in its third week, the rebel push is aimed at cutting the road to Homs.", "push", "offensive", None, None),
    ("The separatist drive towards Mariupol began on Friday.", "drive", "offensive", None, ["Mariupol"]),
    ("In its fourth week, the war over Abkhazia has spread to the coast.", "war", "campaign", None, None),
    ("Envoys met for the first time since the fighting over Kashmir began.", "fighting", "campaign", None, None),
    # withdrawals
    ("Exhausted Syrian soldiers marched out of Palmyra on Thursday.", "marched", "withdrawal",
     ["Syrian government forces"], ["Palmyra"]),
    ("Iraqi troops began withdrawing from Tikrit on Tuesday, officials said.", "withdrawing", "withdrawal",
     None, ["Tikrit"]),
    ("Ethiopian troops filed out of Mogadishu at dawn on Friday.", "filed", "withdrawal", None, ["Mogadishu"]),
    ("The militants fled the town overnight.", "fled", "withdrawal", ["militants"], None),
    ("The garrison had pulled its last units out of Lysychansk on Sunday.", "pulled", "withdrawal", None,
     ["Lysychansk"]),
    ("The port was given up on Sunday after weeks of shelling.", "given", "withdrawal", None, None),
    # defeats and captures
    ("Israeli troops were routed at Bint Jbeil last July.", "routed", "defeat", None, ["Bint Jbeil"]),
    ("The rebels routed government troops near Goma on Friday.", "routed", "defeat", ["rebels"], None),
    ("Georgia lost Sukhumi to Abkhaz separatists in September 1993.", "lost", "capture", ["Abkhaz rebels"],
     ["Sukhumi"]),
    ("Rebel forces took back Idlib on Tuesday.", "took", "capture", None, ["Idlib"]),
    ("The army took the ruins of Bakhmut on Saturday.", "took", "capture", None, ["Bakhmut"]),
    ("Iraqi troops have pushed the militants out of the centre of Ramadi, officials said on Friday.", "pushed",
     "capture", None, ["Ramadi"]),
    ("The army had clawed back the airport on Thursday.", "clawed", "capture", None, None),
    ("Russian forces have been throwing waves of infantry at Vuhledar since Monday.", "throwing", "attack",
     ["Russian armed forces"], ["Vuhledar"]),
    # deals
    ("Envoys agreed on Monday on a set of steps, including a truce from Friday.", "agreed", "agreement", None, None),
    ("The leaders agreed on a peace package on Tuesday.", "agreed", "agreement", None, None),
    ("The Mahdi Army has agreed to leave Najaf, officials said on Sunday.", "agreed", "agreement", None, None),
    ("Qatar brokered a ceasefire between the two factions on Monday.", "brokered", "agreement", None, None),
    ("The two sides struck a deal on prisoner swaps on Friday.", "struck", "agreement", None, None),
    # others
    ("The UN envoy flew to Tobruk on Friday to meet the commander.", "flew", "visit", None, ["Tobruk"]),
    ("The admiral told senators on Wednesday that the strike had been a mistake.", "told", "testimony", None, None),
    ("The president dismissed his army chief on Thursday.", "dismissed", "dismissal", None, None),
    ("The Pentagon released its investigation into the raid on Friday.", "released", "publication", None, None),
    ("Investigators concluded on Monday that sarin had been used in Khan Sheikhoun.", "concluded", "publication",
     None, None),
    ("Resolution 2334, passed on Friday after days of talks, sets no deadline.", "passed", "vote", None, None),
    ("The Security Council unanimously demanded a 60-day truce on Friday.", "demanded", "vote",
     ["Security Council"], None),
    ("At least 30 people suffocated in a basement in Idlib on Sunday night.", "suffocated", "kill", None, ["Idlib"]),
    ("Militiamen hoisted their banner over the police station at dawn on Friday.", "hoisted", "flag", None, None),
    ("Army units have sliced the pocket into two parts after taking Zamalka on Friday.", "sliced", "encirclement",
     None, None),
    ("The town has been under heavy bombardment since Thursday.", "bombardment", "airstrike", None, None),
    ("Moscow ordered a daily four-hour pause in the fighting, starting on Monday.", "pause", "ceasefire", None, None),
    ("Russia and China on Saturday vetoed a Security Council draft.", "vetoed", "veto", ["Russia", "China"], None),
    ("The United States blocked action in the Security Council on Monday.", "blocked", "veto", ["United States"],
     None),
    ("Lakhdar Brahimi was named on Friday as the new joint envoy.", "named", "appointment", None, None),
    ("Voters approved a new constitution in Sunday's referendum.", "approved", "vote", None, None),
    ("Syrian troops took control of the governor's office in Raqqa on Monday.", "took", "capture", None, ["Raqqa"]),
    ("Iraqi forces pressed on Tuesday into Tal Afar, a day after their swift takeover of Mosul.", "pressed",
     "advance", None, ["Tal Afar"]),
    ("The regional government offered early on Wednesday to freeze the results of the vote.", "offered", "proposal",
     None, None),
    ("The president told the national parliament on Sunday that he would resign.", "told", "testimony", None, None),
    ("The Serbian flag that had flown over the town hall since 1992 was lowered on Friday.", "lowered", "flag",
     None, None),
    ("It was the first serious clash since the army began moving into the hills.", "clash", "fighting", None, None),
    ("Government forces broke the blockade of Kobani on Tuesday.", "broke", "advance", None, ["Kobani"]),
    ("Rebels Storm Town", "Storm", "attack", None, None),
    ("At least 30 people died when an apartment block in Tyre was brought down by an air strike on Sunday.",
     "brought", "attack", None, ["Tyre"]),
]


@pytest.mark.parametrize(("text", "word", "type_", "actors", "targets"), POSITIVE)
def test_mention_corpus5(text: str, word: str, type_: str, actors: list[str] | None,
                         targets: list[str] | None) -> None:
    mn = mention_in(text, word)
    assert mn.type == type_
    for a in actors or []:
        assert a in mn.actors, (mn.actors, text)
    for t in targets or []:
        assert t in mn.targets, (mn.targets, text)


def test_a_campaign_noun_after_an_adjective_is_the_campaign_of_its_place() -> None:
    assert mention_in("The army's push on Kharkiv stalled on Monday.", "push").campaign == "Kharkiv"
    assert mention_in("The Turkish onslaught on Afrin began on Saturday.", "onslaught").campaign == "Afrin"
    assert mention_in("In its fourth week, the war over Abkhazia has spread to the coast.", "war").campaign == "Abkhazia"
    assert mention_in("The conflict over Transnistria erupted in March 1992.", "conflict").campaign == "Transnistria"
    # "for" stays a fight for a place (a fighting mention with its target), not a campaign
    assert mention_in("Two weeks into the street fighting for Vukovar, the army is winning.", "fighting").type == "fighting"


def test_an_ing_form_after_an_aspectual_verb_is_past_when_the_verb_is() -> None:
    assert mention_in("Serb units started pulling out of Knin on Saturday.", "pulling").tense == "past"


def test_a_proclamation_names_what_it_proclaimed() -> None:
    passive = mention_in("For the rebels, whose self-styled Luhansk People's Republic was proclaimed in May 2014, "
                         "the town matters.", "proclaimed")
    assert passive.obj == "Luhansk People's Republic" and passive.targets == ["Luhansk"]
    it = mention_in("Raqqa has been the capital of the militants' self-declared caliphate since they proclaimed it "
                    "in June 2014.", "proclaimed")
    assert it.obj == "caliphate" and it.targets == ["Raqqa"] and it.actors == ["militants"]


def test_they_is_the_actor_of_its_own_sentence_before_an_earlier_one() -> None:
    mn = mention_in("Kyiv said the talks had failed. Horlivka has been the capital of the separatists' self-declared "
                    "republic since they proclaimed it in May 2014.", "proclaimed")
    assert mn.actors == ["rebels"]  # (the separatists: their class name)


def test_a_place_before_a_deal_is_where_it_was_made() -> None:
    mn = mention_in("The Dayton agreement of late 1995 still holds.", "agreement")
    assert mn.actors == [] and "Dayton" in mn.places


NEGATIVE: list[tuple[str, str]] = [
    ("Fans streamed out of the stadium on Sunday.", "streamed"),
    ("Residents fled the town on Monday.", "fled"),
    ("Rescue workers said dozens had died.", "Rescue"),
    ("The separatist push on Mariupol entered its third week on Monday.", "entered"),
    ("The garrison says it needs more shells.", "shells"),
    ("The Institute for the Study of War said the front had not moved.", "War"),
    ("The company lost the contract to a rival in May.", "lost"),
    ("Investors fled the market on Monday.", "fled"),
    ("The government was brought down by a vote in parliament.", "brought"),
    ("He named his son after the general.", "named"),
    ("The SDF launched an offensive of their own, called Jazira Storm, on Saturday.", "Storm"),
    ("Police blocked the road to the stadium on Monday.", "blocked"),
]


@pytest.mark.parametrize(("text", "word"), NEGATIVE)
def test_no_mention(text: str, word: str) -> None:
    assert word not in [m.word for m in mentions_in(text)]


def test_a_month_abbreviation_is_no_actor() -> None:
    assert mention_in("Since the Oct. 12 vote, Ankara has shut the border.", "vote").actors == []


CONTROL: list[tuple[str, str, list[str]]] = [
    ("The defence ministry in Moscow announced on Saturday that Vuhledar was fully under Russian control.", "announced",
     ["Russian forces"]),
    ("Officials in Sarajevo admitted on Monday that Srebrenica was in Serb hands.", "admitted", ["Serb forces"]),
    ("Kyiv said on Friday that Kherson was back under Ukraine's control.", "said", ["Ukraine"]),
]


@pytest.mark.parametrize(("text", "word", "actors"), CONTROL)
def test_a_place_said_to_be_under_someones_control_is_a_declaration_of_control(
        text: str, word: str, actors: list[str]) -> None:
    mn = mention_in(text, word)
    assert mn.type == "proclamation" and mn.obj == "control" and mn.actors == actors and len(mn.targets) == 1


def test_a_claim_of_control_makes_its_place_the_city_of_the_dispatch() -> None:
    mn = mention_in("Officials in Moscow announced that Vuhledar was under Russian control. Yesterday's retreat ends a "
                    "siege of four months.", "retreat")
    assert mn.targets == ["Vuhledar"]


NOUNS: list[tuple[str, str]] = [
    ("The garrison held out under constant attack by glide bombs.", "bombs"),
    ("Rebels were hit with cluster bombs on Monday.", "bombs"),
]


@pytest.mark.parametrize(("text", "word"), NOUNS)
def test_a_noun_compound_after_a_preposition_is_a_noun(text: str, word: str) -> None:
    assert mention_in(text, word).nominal


NOT_EVENTS: list[tuple[str, str]] = [
    ("He pulled his troops out to save them from being surrounded.", "surrounded"),
    ("The army pulled out of the town to avoid being encircled on Friday.", "encircled"),
    ("He blamed a shortage of shells and men.", "shells"),
]


@pytest.mark.parametrize(("text", "word"), NOT_EVENTS)
def test_what_was_avoided_or_counted_is_no_event(text: str, word: str) -> None:
    assert word not in [m.word for m in mentions_in(text)]
