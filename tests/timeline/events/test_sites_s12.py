"""Session 12: a named site the gazetteer does not know is the target of what is done to it (our own sentences).

1. A capitalised name (with its particles: "al-", hyphens, two words) before a facility noun ("air base",
   "camp", "prison", "hill", "dam") is a site: the act's target is the name, so that "seized the X air base",
   "overran X air base north of Y" and "captured the X base" share it.
2. The same after an event noun ("Monday's strike on the X camp", "the capture of the X base", "a blast at an
   arms depot on X hill").
3. An unnamed facility ("the base", "a camp for displaced families") is the one site of that kind the
   article names; two named sites of the kind, or none, and it stays unnamed.
4. "overran X air base north of Y": a compass word and "of" start where the object lies, not the object.
5. A town's name before the facility keeps the landmark of the town ("the Kandahar airfield" is "Kandahar
   airfield", not the town nor a site); an owner's name (an actor, a country's adjective, an acronym, a
   possessive) is no site.
"""

from __future__ import annotations

import pytest

from timeline._events._aliases import load_table
from timeline._events._landmarks import mark_landmarks
from timeline._events._mentions import Mention, find_mentions
from timeline._events._sites import doc_sites


def _mentions(text: str) -> list[Mention]:
    dm = find_mentions("t", text, load_table())
    mark_landmarks([dm])
    return dm.mentions


def _one(text: str, word: str) -> Mention:
    found = [m for m in _mentions(text) if m.word == word]
    assert found, f"no mention {word!r} in {text!r}"
    return found[-1]


# --- 1. a named site as a verb's object -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "site"), [
    ("Taliban fighters seized the Bagram air base on Sunday, officials said.", "seized", "Bagram"),
    ("The rebels overran al-Tawila air base north of the capital on Monday.", "overran", "al-Tawila"),
    ("Paramilitary fighters captured the al-Tawila base after a night of fighting.", "captured", "al-Tawila"),
    ("Government troops retook the Mishrif camp on Friday.", "retook", "Mishrif"),
    ("Kurdish fighters took control of the Qara Qozak bridge on Tuesday.", "took", "Qara Qozak"),
    ("The army recaptured Tal Hamra hill after a week of fighting.", "recaptured", "Tal Hamra"),
    ("Jihadists stormed the Sednaya prison on Saturday and freed hundreds of inmates.", "stormed", "Sednaya"),
    ("Marines seized the Wadi Deif Air Base in a pre-dawn raid on Thursday.", "seized", "Wadi Deif"),
    ("Militia fighters shelled the strategic Abu Duhur airfield overnight.", "shelled", "Abu Duhur"),
])
def test_named_site_is_the_object_target(text: str, word: str, site: str) -> None:
    assert _one(text, word).targets == [site]


def test_the_site_is_one_target_in_three_wordings() -> None:
    texts = ["Rebel fighters seized the al-Tawila air base on Wednesday.",
             "The rebels overran al-Tawila air base south of the capital.",
             "Rebel forces captured the al-Tawila base."]
    assert {tuple(_one(t, w).targets) for t, w in zip(texts, ["seized", "overran", "captured"], strict=True)} == {("al-Tawila",)}


# --- 2. a named site after an event noun ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "site"), [
    ("Aid agencies condemned Monday's strike on the Kafr Dariyan camp for displaced people.", "strike",
     "Kafr Dariyan"),
    ("Yesterday's capture of the Wadi Deif base opened the road south.", "capture", "Wadi Deif"),
    ("A blast at an arms depot on Jabal Nuqum hill killed 20 people on Monday.", "blast", "Jabal Nuqum"),
    ("A blast on Monday at a munitions depot on Jabal Nuqum hill killed 20 people.", "blast", "Jabal Nuqum"),
    ("The bombing of the Mishrif camp drew condemnation on Friday.", "bombing", "Mishrif"),
    ("The fall of the Tal Hamra garrison stunned the government.", "fall", "Tal Hamra"),
])
def test_named_site_after_an_event_noun(text: str, word: str, site: str) -> None:
    assert _one(text, word).targets == [site]


# --- 3. an unnamed facility is the article's one named site of its kind -----------------------------------

@pytest.mark.parametrize(("text", "word", "site"), [
    ("Rebels overran the Wadi Deif base on Sunday. The fall of the base opened the road to Maarat.", "fall",
     "Wadi Deif"),
    ("A drone strike hit a camp for displaced families near Sarmada on Monday. The UN said it was looking "
     "into the attack on the Kafr Dariyan camp.", "hit", "Kafr Dariyan"),
    ("Insurgents stormed the Tal Hamra garrison at dawn. Troops retook the garrison by nightfall.", "retook",
     "Tal Hamra"),
    ("Militants captured the Mishrif camp on Friday. Aircraft bombed the camp on Saturday.", "bombed", "Mishrif"),
])
def test_unnamed_facility_is_the_named_one(text: str, word: str, site: str) -> None:
    assert _one(text, word).targets[:1] == [site]


@pytest.mark.parametrize(("text", "word", "targets"), [
    # a site struck keeps the town it is told in (another article may tell the strike on the town)
    ("A drone strike hit the Kafr Dariyan camp near Sarmada on Monday.", "hit", ["Kafr Dariyan", "Sarmada"]),
    ("Artillery shelled the Mishrif camp outside Maarat overnight.", "shelled", ["Mishrif", "Maarat"]),
    # a site taken does not (its town's capture is another event)
    ("Rebels captured the Wadi Deif base near Maarat on Monday.", "captured", ["Wadi Deif"]),
])
def test_site_struck_keeps_its_town(text: str, word: str, targets: list[str]) -> None:
    assert _one(text, word).targets == targets


@pytest.mark.parametrize(("text", "word"), [
    # two named camps: which one is unknown
    ("Shells fell on the Mishrif camp and the Kafr Dariyan camp. A drone hit a camp on Monday.", "hit"),
    # no named site of that kind (a named base, an unnamed camp)
    ("Rebels held the Wadi Deif base. A drone hit a camp on Monday.", "hit"),
])
def test_unnamed_facility_stays_unnamed(text: str, word: str) -> None:
    mn = _one(text, word)
    assert not {"Mishrif", "Kafr Dariyan", "Wadi Deif"} & set(mn.targets)


# --- 4. a compass word and "of" end the object ----------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "obj"), [
    ("The rebels overran the air base north of the capital on Monday.", "overran", "base"),
    ("Militants seized an airport 30 km south of the city.", "seized", "airport"),
    ("Troops captured the barracks west of town.", "captured", "barracks"),
    ("Insurgents overran the checkpoint north-east of the town.", "overran", "checkpoint"),
])
def test_compass_of_is_no_object(text: str, word: str, obj: str) -> None:
    assert _one(text, word).obj == obj


def test_compass_reference_point_is_no_target() -> None:
    mn = _one("The rebels overran al-Tawila air base north of Khartoum and pushed on.", "overran")
    assert mn.targets == ["al-Tawila"] and mn.obj != "north"


# --- 5. a town's facility, an owner's ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "word", "target"), [
    ("Rebels overran the Kandahar airfield south of the city on Monday.", "overran", "Kandahar airfield"),
    ("Islamic State captured Tabqa air base on Sunday.", "captured", "Tabqa air base"),
    ("Jihadists overran the Tabqa airbase on Sunday.", "overran", "Tabqa air base"),
    ("Russian troops seized the Zaporizhzhia nuclear plant on Friday.", "seized", "Zaporizhzhia power plant"),
])
def test_town_facility_is_the_towns_landmark(text: str, word: str, target: str) -> None:
    assert _one(text, word).targets == [target]


@pytest.mark.parametrize(("text", "word", "owner"), [
    ("Israeli jets struck an Iraqi base on Monday.", "struck", "Iraqi"),
    ("NATO aircraft bombed a Taliban camp on Tuesday.", "bombed", "Taliban"),
    ("Protesters stormed the UN compound on Friday.", "stormed", "UN"),
    ("American drones hit a Pakistani checkpoint overnight.", "hit", "Pakistani"),
    ("Troops stormed Hadi's palace on Monday.", "stormed", "Hadi's"),
])
def test_owner_is_no_site(text: str, word: str, owner: str) -> None:
    dm = find_mentions("t", text, load_table())
    assert not any(owner.removesuffix("'s") in names for names in doc_sites(dm).values())
    assert owner not in _one(text, word).targets or owner in {"Taliban"}


def test_sites_of_an_article() -> None:
    dm = find_mentions("t", "Rebels held the Wadi Deif base and the Mishrif camp. The camp was shelled; the "
                            "Kandahar airfield was quiet.", load_table())
    assert doc_sites(dm) == {"base": {"Wadi Deif"}, "camp": {"Mishrif"}}


@pytest.mark.parametrize(("text", "word", "owner"), [
    ("Iraqi troops recaptured the Ottoman citadel in the centre of the town on Friday.", "recaptured", "Ottoman"),
    ("Rebels overran the Soviet-era base on Monday.", "overran", "Soviet-era"),
    ("Marines seized a Byzantine fortress on the coast on Sunday.", "seized", "Byzantine"),
])
def test_adjective_is_no_site(text: str, word: str, owner: str) -> None:
    assert owner not in _one(text, word).targets


def test_owner_gives_way_to_the_town() -> None:
    text = "Aid workers condemned the bombing of the MSF hospital in Kunduz on Saturday."
    assert _one(text, "bombing").targets == ["Kunduz"]


def test_a_town_told_elsewhere_however_spelt_keeps_its_landmark() -> None:
    # the name is a town of the article ("in Qalaat Ras"), spelt another way: the airport is the town's
    text = ("Coalition forces hold Qalat Rass airport, seized on May 3, but have not entered the town. "
            "Fishermen in Qalaat Ras said the shelling had eased.")
    assert _one(text, "hold").targets in (["Qalat Rass airport"], ["Qalaat Ras airport"])


@pytest.mark.parametrize(("text", "word", "target"), [
    # the subject of "fell" or of a passive is the site (a town's facility the town's landmark)
    ("The Abu Duhur airfield fell to the jihadists on Sunday.", "fell", "Abu Duhur"),
    ("The Wadi Deif base was overrun by rebels on Monday.", "overrun", "Wadi Deif"),
    ("The Kandahar airfield fell to the Taliban on Friday.", "fell", "Kandahar airfield"),
])
def test_site_as_subject(text: str, word: str, target: str) -> None:
    assert _one(text, word).targets == [target]


@pytest.mark.parametrize("text", ["Oil prices fell on Monday.", "The Russian base fell silent on Monday."])
def test_no_site_falls(text: str) -> None:
    assert not [m for m in _mentions(text) if m.word == "fell" and m.targets]


def test_a_named_building_stormed_is_taken() -> None:
    # storming a building is taking it (see _landmarks), the site its only target; an airport stormed is an attack
    mn = _one("Jihadists stormed the Sednaya prison in Damascus province on Saturday.", "stormed")
    assert (mn.type, mn.targets) == ("capture", ["Sednaya"])
    assert _one("Jihadists stormed the Sednaya airport on Saturday.", "stormed").type == "attack"


@pytest.mark.parametrize(("text", "word", "target"), [
    # a group's adjective owns the base; the town it stands near is the target
    ("Coalition jets struck a Houthi base near Saada on Monday.", "struck", ["Saada"]),
    # a town that shares a group's name is still a town; "International" is no part of the name
    ("Rebels seized the Hama airbase on Monday.", "seized", ["Hama air base"]),
    ("Taliban fighters seized Kabul International airport on Sunday.", "seized", ["Kabul airport"]),
])
def test_group_and_town_names(text: str, word: str, target: list[str]) -> None:
    assert _one(text, word).targets == target
