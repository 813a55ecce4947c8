"""Session 9: the actors, targets and places of a mention in five general constructions (our own sentences).

1. The antecedent of a relative clause or a reduced relative is the target of the clause's verb
   ("X, which fell a week ago", "around X, which they entered three days ago", "In X, overrun on Sunday").
2. The subject of a passive is its target, never its actor; the "by" agent is the actor.
3. "A's withdrawal from B": A withdrew (the actor, not the place), B is where from (the target).
4. A city told for its government ("no business as usual with Moscow", "Moscow's envoy", "asked Kabul to")
   is not the place of an event told nearby, nor the city a dispatch is about.
5. "offered the rebels a ceasefire": the recipients are not the actor of the ceasefire; who offered is.
"""

from __future__ import annotations

import pytest

from timeline._events._aliases import load_table
from timeline._events._mentions import Mention, find_mentions


def _one(text: str, word: str) -> Mention:
    found = [m for m in find_mentions("t", text, load_table()).mentions if m.word == word]
    assert found, f"no mention {word!r} in {text!r}"
    return found[-1]


def _none(text: str, word: str) -> bool:
    return not [m for m in find_mentions("t", text, load_table()).mentions if m.word == word]


# --- 1. relative clauses and reduced relatives ------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "target"), [
    ("Mosul, which fell a year ago, is still in ruins.", "fell", "Mosul"),
    ("Kherson, which fell to Russian troops three weeks ago, has had no water since.", "fell", "Kherson"),
    ("Fighting raged in Ramadi in May. The city, which fell a week ago, is calm.", "fell", "Ramadi"),
    ("Russian forces remained in Bucha, which they entered a month ago.", "entered", "Bucha"),
    ("Turkish troops are dug in around Afrin, which they captured two days ago.", "captured", "Afrin"),
    ("The port of Hodeidah, which coalition forces stormed on Wednesday, was quiet.", "stormed", "Hodeidah"),
    ("Sirte, which militia fighters retook on Friday, lies on the coast.", "retook", "Sirte"),
    ("In Ramadi, overrun on Sunday, residents fled toward Baghdad.", "overrun", "Ramadi"),
    ("Kidal, seized by Tuareg rebels on Saturday, was quiet.", "seized", "Kidal"),
    ("Goma, captured by M23 rebels on Tuesday, was calm.", "captured", "Goma"),
    ("Residents of Aleppo, shelled on Monday, fled west.", "shelled", "Aleppo"),
])
def test_the_antecedent_is_the_target(text: str, word: str, target: str) -> None:
    assert target in _one(text, word).targets


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("Kherson, which fell to Russian troops three weeks ago, has had no water since.", "fell", "Russian armed forces"),
    ("Russian forces remained in Bucha, which they entered a month ago.", "entered", "Russian armed forces"),
    ("Kidal, seized by Tuareg rebels on Saturday, was quiet.", "seized", "Tuareg rebels"),
])
def test_the_relative_clause_keeps_its_actor(text: str, word: str, actor: str) -> None:
    assert _one(text, word).actors == [actor]


@pytest.mark.parametrize(("text", "word"), [
    ("Oil prices, which fell a week ago, rose again.", "fell"),
    ("Oil prices, which fell on Monday, rose again.", "fell"),
    ("The number of attacks, which fell two weeks ago, is rising.", "fell"),
])
def test_no_place_no_fall(text: str, word: str) -> None:
    assert _none(text, word)


def test_the_siege_entering_a_week_is_no_entry() -> None:
    assert _none("The siege entered its third week on Monday.", "entered")


# --- 2. passives ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "target"), [
    ("Bakhmut was overrun on Saturday after months of fighting.", "overrun", "Bakhmut"),
    ("Kidal was overrun overnight after its garrison surrendered.", "overrun", "Kidal"),
    ("Ramadi was overrun by Islamic State fighters on Sunday.", "overrun", "Ramadi"),
    ("Mariupol was captured overnight, officials said.", "captured", "Mariupol"),
    ("Aleppo had been retaken by government forces in December.", "retaken", "Aleppo"),
    ("Kherson was retaken on Friday and residents cheered.", "retaken", "Kherson"),
])
def test_the_passive_subject_is_the_target_not_the_actor(text: str, word: str, target: str) -> None:
    mn = _one(text, word)
    assert target in mn.targets
    assert target not in mn.actors


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("Ramadi was overrun by Islamic State fighters on Sunday.", "overrun", "ISIS"),
    ("Aleppo had been retaken by government forces in December.", "retaken", "government forces"),
    ("Kidal was seized by Tuareg rebels on Saturday.", "seized", "Tuareg rebels"),
])
def test_the_by_agent_is_the_actor(text: str, word: str, actor: str) -> None:
    assert _one(text, word).actors == [actor]


@pytest.mark.parametrize(("text", "word"), [
    ("Two Syrian warplanes had been shot down near the border, officials said.", "shot"),
    ("Bakhmut was overrun on Saturday after months of fighting.", "overrun"),
    ("Mariupol was captured overnight, officials said.", "captured"),
])
def test_an_agentless_passive_has_no_actor(text: str, word: str) -> None:
    assert _one(text, word).actors == []


@pytest.mark.parametrize(("text", "word", "actor", "target"), [
    ("Islamic State fighters overran Ramadi on Sunday.", "overran", "ISIS", "Ramadi"),
    ("Rebels have overrun the town of Kidal.", "overrun", "rebels", "Kidal"),
])
def test_the_active_voice_is_unchanged(text: str, word: str, actor: str, target: str) -> None:
    mn = _one(text, word)
    assert mn.actors == [actor]
    assert target in mn.targets


def test_a_present_overrun_stays_present() -> None:
    assert _one("The rebels overrun the town every spring.", "overrun").tense == "present"


# --- 3. "A's withdrawal from B" ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "target", "owner"), [
    ("Israel's pullout from Gaza ended on Monday.", "pullout", "Gaza", "Israel"),
    ("Armenia's withdrawal from Lachin began on Wednesday.", "withdrawal", "Lachin", "Armenia"),
    ("Ukraine's pullback from Avdiivka began on Saturday.", "pullback", "Avdiivka", "Ukraine"),
    ("Russia's withdrawal from Kherson was completed on Friday.", "withdrawal", "Kherson", "Russia"),
    ("Azerbaijan's withdrawal from Shusha two days ago surprised everyone.", "withdrawal", "Shusha", "Azerbaijan"),
    ("Fighting raged in Lysychansk on Sunday. The army's retreat from the town began on Monday.", "retreat",
     "Lysychansk", "army"),
    ("Ethiopia's retreat from Mekelle three days ago was orderly.", "retreat", "Mekelle", "Ethiopia"),
])
def test_the_possessor_withdraws_from_the_object(text: str, word: str, target: str, owner: str) -> None:
    mn = _one(text, word)
    assert target in mn.targets
    assert owner not in mn.places
    assert mn.actors  # the possessor (or the force it stands for)


def test_a_time_after_from_is_no_target() -> None:
    assert _one("The withdrawal from Monday onwards was slow.", "withdrawal").targets == []


# --- 4. a city told for its government --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "city"), [
    ("NATO ministers said there could be no business as usual with Moscow. The fighting, which erupted two "
     "weeks ago, has displaced thousands.", "fighting", "Moscow"),
    ("Separatist leaders asked Moscow to recognise them. The pullback will be finished by Friday.", "pullback",
     "Moscow"),
    ("Moscow's envoy rejected the plan. The withdrawal began on Monday.", "withdrawal", "Moscow"),
    ("NATO warned Moscow on Monday. The fighting erupted on Tuesday.", "fighting", "Moscow"),
    ("Talks with Kabul stalled. The fighting erupted on Tuesday.", "fighting", "Kabul"),
    ("Relations between Baghdad and Erbil soured. The clashes erupted on Tuesday.", "clashes", "Baghdad"),
    ("The rebels offered Damascus a truce. The fighting erupted on Tuesday.", "fighting", "Damascus"),
    ("Ankara did not confirm the report. The fighting erupted on Tuesday.", "fighting", "Ankara"),
    ("The Peshmerga handed Baghdad the air base. The withdrawal began on Monday.", "withdrawal", "Baghdad"),
])
def test_a_government_city_is_no_place(text: str, word: str, city: str) -> None:
    mn = _one(text, word)
    assert city not in mn.places
    assert city not in mn.targets


@pytest.mark.parametrize(("text", "word", "city"), [
    ("In Brussels, NATO foreign ministers said the war must end. The fighting, which erupted two weeks ago, "
     "has displaced thousands.", "fighting", "Brussels"),
    ("Reporters saw troops west of Kharkiv. The fighting erupted on Tuesday.", "fighting", "Kharkiv"),
])
def test_a_city_named_in_passing_is_not_where_it_was_fought(text: str, word: str, city: str) -> None:
    assert city not in _one(text, word).places


@pytest.mark.parametrize(("text", "word", "city"), [
    ("Fighting raged in Moscow on Monday.", "Fighting", "Moscow"),
    ("Russian missiles struck Kyiv on Monday.", "struck", "Kyiv"),
    ("Taliban fighters entered Kabul on Sunday.", "entered", "Kabul"),
    ("Heavy clashes broke out in Marawi. The fighting erupted on Tuesday.", "fighting", "Marawi"),
    ("Government troops shelled rebel positions near Idlib on Monday. The fighting erupted on Tuesday.",
     "fighting", "Idlib"),
    ("Russian troops pushed into Sievierodonetsk on Monday. The clashes erupted on Tuesday afternoon.", "clashes",
     "Sievierodonetsk"),
    ("Ukrainian troops retook Izium. The Russian withdrawal across the river began on Monday.", "withdrawal",
     "Izium"),
])
def test_a_city_where_it_happened_stays_the_place(text: str, word: str, city: str) -> None:
    assert city in _one(text, word).places


def test_a_government_city_still_speaks() -> None:
    # "Moscow said": the city stands for its government as the subject
    mn = _one("Moscow said its forces had entered Kharkiv on Monday.", "entered")
    assert "Moscow" not in mn.places


# --- 5. the recipient of an offer -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "actor", "recipient"), [
    ("The government offered the rebels a truce on Sunday.", "truce", "government", "rebels"),
    ("Israel offered Hamas a ceasefire on Tuesday.", "ceasefire", "Israel", "Hamas"),
    ("The junta granted the insurgents a ceasefire on Friday.", "ceasefire", "government", "insurgents"),
    ("Ethiopia's government offered the Tigrayan rebels a humanitarian truce on Thursday.", "truce", "Ethiopia",
     "Tigrayan rebels"),
    ("Prime Minister Abiy Ahmed offered the TPLF a truce on Thursday.", "truce", "Abiy Ahmed", "TPLF"),
    ("President Petro Poroshenko had offered the rebels a week-long ceasefire on Friday.", "ceasefire",
     "Petro Poroshenko", "rebels"),
])
def test_who_offered_is_the_actor(text: str, word: str, actor: str, recipient: str) -> None:
    mn = _one(text, word)
    assert actor in mn.actors
    assert recipient not in mn.actors


@pytest.mark.parametrize(("text", "word", "actor"), [
    ("The rebels accepted a ceasefire on Sunday.", "ceasefire", "rebels"),
    ("The separatists offered a truce on Sunday.", "truce", "rebels"),
    ("The army offered a ceasefire to the rebels on Sunday.", "ceasefire", "forces"),
])
def test_without_a_recipient_the_subject_stays(text: str, word: str, actor: str) -> None:
    assert _one(text, word).actors == [actor]


# --- "the city" its own sentence names first (a briefing of several stories) ------------------------------

@pytest.mark.parametrize(("text", "word", "city"), [
    ("Troops broke the siege of Deir ez-Zor on Tuesday and took Deir ez-Zor's airport. Kurdish fighters are "
     "still fighting in Raqqa, months after they stormed the city.", "stormed", "Raqqa"),
    ("Ukrainian troops shelled Kherson on Monday and Kherson burned. Russian forces pushed into Bakhmut on "
     "Friday, a year after they first attacked the town.", "attacked", "Bakhmut"),
])
def test_the_city_of_its_own_sentence(text: str, word: str, city: str) -> None:
    assert _one(text, word).targets == [city]


def test_the_city_west_of_which_is_another_place() -> None:
    mn = _one("Rebels captured Kidal on Monday. Islamist fighters attacked checkpoints around Anefis, a village "
              "100 km south of the town.", "attacked")
    assert mn.targets == ["Anefis"]
    assert "Kidal" in mn.places
