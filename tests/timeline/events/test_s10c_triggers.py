"""Session 10 (part c): trigger coverage for idioms of war news (every sentence our own).

Phrasal verbs and idioms ("went into action", "threw open the prison gates", "hacked to death"), light verbs
with their event nouns ("slapped sanctions on", "made it the seat of its rule", "gave them 72 hours to
surrender"), an order to attack, a deal told before the verb that made it, and an event noun after a
determiner and a modifier the tables do not list ("an overnight attack").
"""

from __future__ import annotations

import pytest

from timeline._events._aliases import load_table
from timeline._events._mentions import find_mentions

_TABLE = load_table()


def _mentions(text: str) -> list[tuple[str, str, str]]:
    dm = find_mentions("t", text, _TABLE)
    return [(m.lemma, m.type, m.word) for m in dm.mentions]


def _types(text: str) -> set[str]:
    return {t for _l, t, _w in _mentions(text)}


def _lemmas(text: str) -> set[str]:
    return {lem for lem, _t, _w in _mentions(text)}


# --- killed by a blade, a club or fire; massacred ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "At least forty villagers were hacked to death by militiamen in Ituri on Sunday night.",
    "Two aid workers were stabbed to death at a checkpoint outside Bangui on Tuesday.",
    "Witnesses said the prisoners were beaten to death in a police station in Aleppo last week.",
    "Dozens of families were burned alive in their homes when gunmen set fire to the village on Friday.",
    "Police said the mob clubbed to death three men accused of theft in Kano on Saturday.",
    "Soldiers massacred more than 200 civilians in the village of My Lai in March 1968.",
    "Some 8,000 men and boys were slaughtered around Srebrenica in July 1995.",
])
def test_killed_by_violence(text: str) -> None:
    assert "kill" in _types(text)


@pytest.mark.parametrize("text", [
    "The hackers broke into the bank's servers on Monday.",
    "The striker was beaten by the goalkeeper at the near post.",
    "Villagers slaughtered sheep for the Eid feast on Sunday.",
    "The champion massacred his opponents in the final round.",
    "Civilians were stabbed or hacked to death in the town on Monday night.",  # one killing, not two
])
def test_violence_negatives(text: str) -> None:
    kills = [m for m in _mentions(text) if m[1] == "kill"]
    assert len(kills) <= (1 if "death" in text else 0)


def test_last_verb_of_pair_is_the_trigger() -> None:
    got = [w for _l, t, w in _mentions("Scores were stabbed or hacked to death in Kibuye on Monday.") if t == "kill"]
    assert got == ["hacked to death"]


# --- aircraft downed -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ukrainian air defences downed two Russian helicopters near Kherson on Sunday.",
    "Syrian rebels downed a government warplane over Idlib on Saturday.",
    "The Houthis said they had downed an American MQ-9 drone over Marib on Wednesday.",
    "Turkish F-16s downed a Russian Su-24 bomber near the border in November 2015.",
    "A Ukrainian fighter jet was downed over Bakhmut on Monday, Moscow said.",
    "Pakistan said it had downed two Indian jets over Kashmir on Wednesday.",
])
def test_downed_aircraft(text: str) -> None:
    assert "down aircraft" in _lemmas(text)


@pytest.mark.parametrize("text", [
    "Dock workers downed tools on Monday in protest at the pay offer.",
    "The storm downed power lines across the county on Friday.",
    "He downed a pint before the match on Saturday.",
])
def test_downed_negatives(text: str) -> None:
    assert "down aircraft" not in _lemmas(text)


# --- sanctions ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Washington imposed sanctions on three Turkish ministers on Monday.",
    "The European Union slapped new sanctions on Belarusian officials on Thursday.",
    "Britain imposed an embargo on arms sales to Myanmar in 2021.",
    "London said it would lift the penalties it slapped on two Russian banks last week.",
    "The Treasury imposed a fresh round of sanctions on Iranian oil traders on Friday.",
    "The sanctions were imposed on Monday after the missile test.",
    "Canada levied sanctions on 40 Venezuelan officials in September 2017.",
])
def test_sanctions(text: str) -> None:
    assert "sanctions" in _types(text)


@pytest.mark.parametrize("text", [
    "He slapped his knee and laughed.",
    "The army imposed a curfew on the town on Friday.",
    "The court imposed a fine on the company on Monday.",
    "The teacher slapped the table to get attention.",
])
def test_sanctions_negatives(text: str) -> None:
    assert "impose sanctions" not in _lemmas(text)


# --- prisons opened, inmates freed --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rebels threw open the gates of the central prison in Goma on Sunday.",
    "The militants broke open the jail in Jalalabad on Friday and escaped with the prisoners.",
    "Insurgents emptied the prisons of Kandahar on Thursday.",
    "Gangs freed more than 3,000 inmates from the national penitentiary in Port-au-Prince on Saturday.",
    "The new authorities released 400 convicts from Tripoli's main jail on Monday.",
    "The jihadists threw open the prison gates in Mosul in June 2014.",
])
def test_prisons_opened(text: str) -> None:
    assert "release" in _types(text)


@pytest.mark.parametrize("text", [
    "The director threw open the doors of the museum to the public on Sunday.",
    "The minister threw open the debate on pensions.",
    "Detectives broke open the case after a tip-off.",
])
def test_prisons_negatives(text: str) -> None:
    assert "release" not in _types(text)


# --- an order to attack ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The president ordered the army on Wednesday to strike back at the rebels in the north.",
    "The defence minister ordered troops on Friday to retake the airport.",
    "The general ordered his units to launch the final phase of the operation against the rebels.",
    "The junta ordered the air force to bomb rebel positions near Lashio on Tuesday.",
    "The prime minister ordered the army to go on the offensive in the east on Sunday.",
    "The commander ordered his men to open fire on the crowd in Andijan.",
])
def test_order_to_attack(text: str) -> None:
    assert "order" in _types(text)


@pytest.mark.parametrize("text", [
    "We ordered pizza on Friday night.",
    "The court ordered the firm to pay damages on Monday.",
    "The minister ordered an inquiry into the accident.",
])
def test_order_negatives(text: str) -> None:
    assert "order" not in _types(text)


# --- going into action -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Three weeks after federal troops went into action, the rebels still hold the mountains.",
    "The artillery swung into action at dawn on Saturday.",
    "Government forces went into action against the militants in Marawi on May 23.",
    "Russian warplanes went into action over Syria on September 30.",
    "Israeli troops went into action in Gaza on Thursday night.",
    "The rebel fighters sprang into action when the convoy appeared.",
])
def test_into_action(text: str) -> None:
    assert "go into action" in _lemmas(text)


@pytest.mark.parametrize("text", [
    "Rescue teams swung into action after the earthquake on Monday.",
    "Volunteers sprang into action to help the flood victims.",
    "The new law went into effect on Monday.",
])
def test_into_action_negatives(text: str) -> None:
    assert "go into action" not in _lemmas(text)


# --- a place made the seat of its captor's rule ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Raqqa has been in ruins since Islamic State made it the seat of its rule in 2014.",
    "Boko Haram made Gwoza the capital of its self-declared caliphate in August 2014.",
    "The Taliban made Kandahar the seat of their government in 1996.",
    "Al-Shabaab made the port of Kismayo its main stronghold in 2008.",
    "The rebels made Bunia their military headquarters in 2003.",
    "Islamic State made Sirte its de facto capital in Libya in 2015.",
])
def test_made_its_seat(text: str) -> None:
    assert "make its seat" in _lemmas(text)


@pytest.mark.parametrize("text", [
    "The minister made it clear on Monday that talks would go on.",
    "Nigeria made Abuja its capital in 1991.",
    "The company made Dublin the seat of its European operations.",
    "The coach made it a priority to win the league.",
])
def test_made_its_seat_negatives(text: str) -> None:
    assert "make its seat" not in _lemmas(text)


# --- an ultimatum ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The army gave the rebels 72 hours to surrender on Sunday.",
    "On Friday the commander gave the garrison until dawn to leave the fortress.",
    "Moscow gave the defenders of Mariupol until noon to lay down their arms.",
    "The junta issued an ultimatum to the rebel leaders on Monday.",
    "NATO delivered a final ultimatum to the Bosnian Serbs in February 1994.",
    "The government gave the militants 48 hours to hand over their weapons.",
])
def test_ultimatum(text: str) -> None:
    assert "ultimatum" in _types(text)


@pytest.mark.parametrize("text", [
    "The teacher gave the students three days to finish the essay.",
    "The landlord gave the tenants two weeks to pay the rent.",
])
def test_ultimatum_negatives(text: str) -> None:
    assert "ultimatum" not in _types(text)


# --- a deal named before the verb that made it ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Troops moved in on Wednesday under a deal sealed by the two presidents in Sochi yesterday.",
    "The convoy left under the pact Damascus reached with the Kurds at the weekend.",
    "Fighting stopped under the truce brokered by Qatar on Friday.",
    "Aid trucks crossed under the agreement the two sides struck in Jeddah on Saturday.",
    "Prisoners were freed under the accord Kyiv reached with Moscow last week.",
    "Shelling resumed despite a ceasefire brokered by Turkey on Monday.",
])
def test_deal_fronted(text: str) -> None:
    assert "agreement" in _types(text)


def test_deal_reached_is_one_mention() -> None:
    got = [m for m in _mentions("The agreement reached on Friday collapsed on Monday.") if m[1] == "agreement"]
    assert len(got) == 1


# --- an event noun after a determiner and an unlisted modifier ----------------------------------------------
@pytest.mark.parametrize("text", [
    "The government accused the rebels of an overnight attack on a military base outside Mekelle.",
    "Commandos carried out a daring raid on the airfield on Friday.",
    "The militants launched a surprise assault on the barracks on Sunday.",
    "Officials blamed the insurgents for a coordinated attack on three checkpoints on Monday.",
    "The police repelled a predawn raid on the station on Thursday.",
    "Villagers described a nighttime attack on the camp last week.",
])
def test_noun_after_modifier(text: str) -> None:
    assert _types(text) & {"attack", "offensive"}


@pytest.mark.parametrize("text", [
    "The rebels attack the town every night.",
    "The gunmen raid villages at night.",
    "The militias raid the farms at dawn.",
])
def test_subject_verb_not_noun(text: str) -> None:
    dm = find_mentions("t", text, _TABLE)  # a subject with its verb: the verb, whose subject is its actor
    assert dm.mentions and all(not m.nominal and m.actors for m in dm.mentions)


# --- people abducted ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Three teenagers were abducted near Hebron on June 12.",
    "Gunmen kidnapped two Chinese engineers in Balochistan on Friday.",
    "Boko Haram abducted 276 schoolgirls from Chibok in April 2014.",
    "Pirates took 20 sailors hostage off Somalia on Tuesday.",
    "The militants took the crew hostage on Sunday.",
    "Armed men kidnapped a priest in Kaduna state last week.",
])
def test_abduction(text: str) -> None:
    assert "abduction" in _types(text)


@pytest.mark.parametrize("text", [
    "Police said the kidnap victims were released unharmed.",
    "The town took the news badly.",
])
def test_abduction_negatives(text: str) -> None:
    assert "abduction" not in _types(text)


# --- a plan, an offer or a truce rejected ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hamas spurned an Egyptian truce plan on Tuesday.",
    "The rebels rejected the government's ceasefire offer on Monday.",
    "Kyiv rebuffed the Russian peace proposal on Friday.",
    "The junta turned down the ASEAN peace plan in May.",
    "The Houthis rejected the UN draft on Sunday.",
    "Serbia rejected the ultimatum on 25 July 1914.",
])
def test_rejection(text: str) -> None:
    assert "rejection" in _types(text)


@pytest.mark.parametrize("text", [
    "The ministry rejected the claims on Monday.",
    "The court rejected the appeal on Friday.",
    "He turned down the volume.",
])
def test_rejection_negatives(text: str) -> None:
    assert "rejection" not in _types(text)


# --- a truce broken, extended --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Rockets fired on Tuesday shattered a truce that had held for a week.",
    "The rebels violated the ceasefire on Monday, the army said.",
    "Artillery fire broke the fragile truce in Donetsk on Saturday.",
    "Both sides breached the armistice within hours.",
    "An air strike on Friday wrecked the ceasefire in Idlib.",
    "Militiamen breached the truce on Sunday night.",
])
def test_truce_broken(text: str) -> None:
    assert "violation" in _types(text)


@pytest.mark.parametrize("text", [
    "Troops breached the wall on Monday.",
    "The army broke the siege of the city on Sunday.",
    "The athlete broke the world record on Saturday.",
    "The company breached its contract.",
])
def test_truce_broken_negatives(text: str) -> None:
    assert "violation" not in _types(text)


@pytest.mark.parametrize("text", [
    "Mediators extended the truce by 72 hours on Saturday.",
    "The ceasefire was extended on Monday for another week.",
    "The week-long truce agreed on May 20, which mediators had extended by five days, collapsed.",
    "The two sides prolonged the armistice on Friday.",
    "Russia extended the humanitarian pause in Mariupol on Thursday.",
    "The warring parties extended the ceasefire in Yemen by two months on June 2.",
])
def test_truce_extended(text: str) -> None:
    assert "extension" in _types(text)


@pytest.mark.parametrize("text", [
    "He extended his hand.",
    "The company extended the deadline for applications.",
    "The bank extended the loan on Monday.",
])
def test_truce_extended_negatives(text: str) -> None:
    assert "extension" not in _types(text)


# --- a garrison relieved; a government overthrown; a district moved on ------------------------------------------
@pytest.mark.parametrize("text", [
    "Nine days after the airport was relieved, the army crossed the river.",
    "A column relieved the besieged garrison at Kut on Sunday.",
    "Paratroopers relieved the encircled town on Friday.",
])
def test_relieved(text: str) -> None:
    assert "relieve" in _lemmas(text)


@pytest.mark.parametrize("text", [
    "The general was relieved of his command on Monday.",
    "The rain relieved the pressure on farmers.",
    "Residents were relieved that the shelling stopped.",
])
def test_relieved_negatives(text: str) -> None:
    assert "relieve" not in _lemmas(text)


@pytest.mark.parametrize("text", [
    "The generals ousted a civilian-led government in October 2021.",
    "The army toppled President Bashir on April 11.",
    "Rebels overthrew the king in 1958.",
    "Officers deposed the prime minister on Wednesday.",
    "The military ousted President Morsi in July 2013.",
    "Soldiers overthrew the government of Niger on Wednesday.",
])
def test_overthrow(text: str) -> None:
    assert "coup" in _types(text)


@pytest.mark.parametrize("text", [
    "Protesters toppled the statue on Sunday.",
    "The challenger deposed the champion in the final.",
])
def test_overthrow_negatives(text: str) -> None:
    assert "coup" not in _types(text)


@pytest.mark.parametrize("text", [
    "Marines and Afghan troops moved on the district in February.",
    "The rebels marched on the provincial airport on Monday.",
    "Government forces moved on the last rebel enclave on Sunday.",
])
def test_moved_on(text: str) -> None:
    assert "advance" in _types(text)


@pytest.mark.parametrize("text", [
    "The company moved on the news.",
    "After the defeat the team moved on.",
])
def test_moved_on_negatives(text: str) -> None:
    assert "advance" not in _types(text)


# --- a deal signed by a relative clause's subject -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A ceasefire that the two sides signed in Jeddah on Saturday takes effect tonight.",
    "The accord Kyiv signed with Moscow in Minsk on Friday collapsed.",
    "The treaty was signed in Paris on Thursday.",
])
def test_deal_signed_fronted(text: str) -> None:
    assert "agreement" in _types(text)  # (the verb, or the noun before it when that is already an event)


# --- arms laid down, attacks told from their target (a siege laid is its noun: "laid siege to it since Wednesday") --------------------------------------------
@pytest.mark.parametrize(("text", "lemma"), [
    ("Herat's defenders laid down their arms on Thursday evening.", "lay down arms"),
    ("The garrison laid down its weapons on Friday after a week without water.", "lay down arms"),
    ("Some 2,000 fighters laid down their arms at Azovstal in May.", "lay down arms"),
    ("A German convoy came under fire near Kunduz on Sunday.", "come under fire"),
    ("The base in Erbil came under rocket attack on Sunday.", "come under fire"),
    ("Kramatorsk came under heavy shelling overnight.", "come under fire"),
    ("UN peacekeepers came under fire in Gao on Tuesday.", "come under fire"),
    ("A hospital in Marib came under drone attack on Friday.", "come under fire"),
    ("Aid trucks came under mortar fire near Hodeidah.", "come under fire"),
])
def test_siege_arms_under_fire(text: str, lemma: str) -> None:
    assert lemma in _lemmas(text)


@pytest.mark.parametrize("text", [
    "He laid down the law to his ministers.",
    "The plan came under fire from critics on Monday.",
    "The minister came under fire over the budget.",
    "The committee laid down strict rules.",
])
def test_siege_arms_under_fire_negatives(text: str) -> None:
    assert not _lemmas(text) & {"lay down arms", "come under fire"}


def test_under_fire_subject_is_target() -> None:
    dm = find_mentions("t", "Kramatorsk came under heavy shelling overnight.", _TABLE)
    assert [m.targets for m in dm.mentions if m.lemma == "come under fire"] == [["Kramatorsk"]]


# --- fire set, people mowed down, soldiers taken prisoner ------------------------------------------------------
@pytest.mark.parametrize(("text", "type_"), [
    ("Militiamen set fire to the village of Tula on Friday.", "attack"),
    ("Rioters set the market ablaze on Monday.", "attack"),
    ("Troops torched dozens of homes in Inn Din in September.", "attack"),
    ("The mosque was burned down on Friday.", "attack"),
    ("Janjaweed riders burned down the huts of the village at dawn.", "attack"),
    ("Gunmen torched a church in Kaduna on Sunday.", "attack"),
    ("Soldiers mowed down protesters in the square on Sunday.", "kill"),
    ("The rebels took 300 soldiers prisoner on Tuesday.", "arrest"),
    ("Two pilots were taken prisoner on Friday.", "arrest"),
])
def test_fire_and_prisoners(text: str, type_: str) -> None:
    assert type_ in _types(text)


@pytest.mark.parametrize("text", [
    "The speech set the debate alight.",
    "The gardener mowed the lawn on Sunday.",
    "The prisoner exchange took place on Friday.",
    "She burned the midnight oil.",
])
def test_fire_and_prisoners_negatives(text: str) -> None:
    assert not _lemmas(text) & {"set fire", "torch", "burn down", "mow down", "take prisoner"}
