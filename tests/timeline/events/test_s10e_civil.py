"""Session 10 (part e): the vocabulary of political crises, civil unrest and trials (every sentence our own).

The CAMEO families ``timeline/data/lexicon_civil.yaml`` models: protests (14), strikes, arrests, curfews, states
of emergency and shutdowns of the internet or the media (17), charges, verdicts and sentences (the trial),
resignations, releases and restrictions lifted (08); each with negatives from war news and everyday life that
share its words ("an air strike", "a cavalry charge", "a long sentence", "stocks rallied", "budget cuts").
"""

from __future__ import annotations

import pytest

from timeline._events._aliases import load_table
from timeline._events._civil import CIVIL_FAMILIES, NOUN_IN, NOUN_OF, PEOPLE_DONE, crime_charged
from timeline._events._lexicon import LEXICON, load_lexicon
from timeline._events._mentions import find_mentions

_TABLE = load_table()


def _types(text: str) -> set[str]:
    return {m.type for m in find_mentions("t", text, _TABLE).mentions}


#: Sentences the data alone cannot model yet: the change each needs in another module (see the session report).
_NEEDS_OTHERS = {
    "The junta declared a nationwide curfew on Thursday night.":
        "lexicon.yaml: 'declare' (proclamation, no needs) is tried before the civil 'impose' that knows curfews",
}


def _case(cases: list[tuple[str, str]]) -> list[object]:
    return [pytest.param(t, want, id=f"{want}-{k}", marks=[pytest.mark.xfail(strict=False, reason=_NEEDS_OTHERS[t])]
                         if t in _NEEDS_OTHERS else []) for k, (t, want) in enumerate(cases)]


_POSITIVE: list[tuple[str, str]] = [
    # 14 PROTEST: crowds in the street, a protest staged, a hunger strike
    ("Tens of thousands of protesters rallied in central Colombo on Saturday.", "protest"),
    ("Students demonstrated outside the parliament building in Lima on Monday.", "protest"),
    ("Hundreds of monks marched through Yangon on Tuesday.", "protest"),
    ("Crowds took to the streets of Minsk again on Sunday evening.", "protest"),
    ("Thousands poured onto the streets of La Paz after the vote count was halted.", "protest"),
    ("The opposition staged a mass rally at Democracy Monument in Bangkok on Tuesday.", "protest"),
    ("Supporters of the ousted president held a sit-in at Rabaa al-Adawiya square on Friday.", "protest"),
    ("A candlelit vigil was held in Victoria Park on Thursday night.", "protest"),
    ("The jailed activist went on hunger strike on Monday.", "protest"),
    # strike action
    ("Doctors across the country went on strike on Monday.", "strike_action"),
    ("The unions called a general strike for Wednesday.", "strike_action"),
    ("Transport workers staged a 48-hour strike in Santiago last week.", "strike_action"),
    ("Dockers walked off the job in Antwerp on Friday.", "strike_action"),
    ("The general strike paralysed Hong Kong on Monday.", "strike_action"),
    ("Miners came out on strike in Potosi on Tuesday.", "strike_action"),
    # 17 COERCE: arrests
    ("Police rounded up dozens of activists in Hong Kong on Tuesday.", "arrest"),
    ("The former president was taken into custody at his home in Lima on Wednesday.", "arrest"),
    ("Security forces apprehended three opposition leaders in Minsk on Sunday.", "arrest"),
    ("Egyptian authorities jailed the Muslim Brotherhood's leader on Tuesday.", "arrest"),
    # curfews
    ("The army imposed a curfew on Colombo on Wednesday.", "curfew"),
    ("A dusk-to-dawn curfew was imposed in Cairo on Wednesday.", "curfew"),
    ("The junta declared a nationwide curfew on Thursday night.", "curfew"),
    ("Authorities extended the curfew in La Paz until Monday.", "curfew"),
    ("The governor ordered a 24-hour curfew in Arequipa on Tuesday.", "curfew"),
    ("The nightly curfew which was imposed on Friday was widely ignored.", "curfew"),
    # states of emergency
    ("The government imposed a state of emergency in Bangkok on Wednesday.", "proclamation"),
    ("Congress extended the state of emergency in Lima for 30 days on Sunday.", "proclamation"),
    ("President Rajapaksa declared a state of emergency on Wednesday.", "proclamation"),
    ("The cabinet imposed martial law on the southern provinces on Monday.", "proclamation"),
    # shutdowns of the internet and the media
    ("Authorities cut internet access across Belarus on Sunday.", "shutdown"),
    ("The government shut down mobile data in Khartoum on Monday.", "shutdown"),
    ("The junta pulled the plug on Facebook and Twitter on Thursday.", "shutdown"),
    ("Mobile internet was cut in Minsk on election night.", "shutdown"),
    ("The regulator blocked WhatsApp and Telegram on Saturday.", "shutdown"),
    ("The military took three private TV stations off the air on Friday.", "shutdown"),
    ("Social media was blocked across Sri Lanka on Sunday.", "shutdown"),
    # the trial: charges
    ("Prosecutors charged the former president with corruption on Monday.", "charge"),
    ("Morales was charged with terrorism and sedition on Friday.", "charge"),
    ("A grand jury indicted the former governor on bribery charges on Thursday.", "charge"),
    ("Prosecutors filed fresh charges against Yingluck on Tuesday.", "charge"),
    ("Jimmy Lai was charged under the national security law on Friday.", "charge"),
    ("Suu Kyi appeared in court in Naypyidaw for the first time on Monday.", "charge"),
    ("The former minister was remanded in custody on Wednesday.", "charge"),
    # verdicts
    ("A court in Moscow convicted Navalny of fraud on Tuesday.", "verdict"),
    ("A Cairo court acquitted Mubarak of the killing of protesters on Saturday.", "verdict"),
    ("The former prime minister was found guilty of negligence on Wednesday.", "verdict"),
    ("Judges found all nine activists guilty of unlawful assembly on Thursday.", "verdict"),
    ("The general was cleared of all charges in Dhaka on Monday.", "verdict"),
    ("The jury returned a guilty verdict on Friday.", "verdict"),
    # sentences
    ("The court sentenced Suu Kyi to four years in prison on Monday.", "sentence"),
    ("Mubarak was sentenced to life in prison on Saturday.", "sentence"),
    ("Joshua Wong was jailed for 13 months on Wednesday.", "sentence"),
    ("A tribunal in Dhaka sentenced the opposition leader to death in absentia.", "sentence"),
    ("The judge handed down a ten-year sentence to the former mayor on Tuesday.", "sentence"),
    ("A military court handed him a 20-year prison term on Monday.", "sentence"),
    # 08 YIELD: resignations, releases, restrictions lifted
    ("The prime minister stepped down on Monday after weeks of protests.", "resignation"),
    ("Morales quit as president on Sunday.", "resignation"),
    ("The premier tendered his resignation to the king on Friday.", "resignation"),
    ("The opposition leader was released on bail on Thursday.", "release"),
    ("The activist was freed from prison in Minsk on Saturday.", "release"),
    ("The president pardoned 200 protesters on Independence Day.", "release"),
    ("Police lifted the curfew in Colombo on Thursday.", "suspension"),
    ("The state of emergency was lifted on Friday.", "suspension"),
    ("The junta revoked martial law on Monday.", "suspension"),
]


@pytest.mark.parametrize(("text", "want"), _case(_POSITIVE))
def test_civil_vocabulary(text: str, want: str) -> None:
    assert want in _types(text)


_NEGATIVE: list[tuple[str, str]] = [
    # protest: markets, teams and troops rally or march; a state protests by a note (no crowd before the verb)
    ("Stocks rallied in Tokyo on Monday.", "protest"),
    ("The team rallied from two goals down on Saturday.", "protest"),
    ("Troops marched into the town on Monday.", "protest"),
    ("The company demonstrated its new phone in Seoul on Tuesday.", "protest"),
    ("The foreign ministry protested the decision on Monday.", "protest"),
    ("The government held a meeting with donors on Monday.", "protest"),
    # strike action: an air strike, a strike on a base, a striker
    ("Russian jets carried out a strike on the town on Monday.", "strike_action"),
    ("The drone strike on Monday killed five fighters.", "strike_action"),
    ("The coalition launched a new strike on rebel positions on Monday.", "strike_action"),
    ("The striker walked off the pitch injured on Saturday.", "strike_action"),
    # charge: a cavalry charge, a fee, a battery, a task
    ("The cavalry charge failed on Tuesday.", "charge"),
    ("The bank charged a fee on Monday.", "charge"),
    ("She charged her phone at the station on Monday.", "charge"),
    ("He was charged with leading the delegation to Geneva.", "charge"),
    ("The general prosecuted the war with vigour.", "charge"),
    # verdict / sentence: grammar, found objects, a road cleared
    ("He wrote a long sentence on the board on Monday.", "sentence"),
    ("Police found the weapons in a warehouse on Monday.", "verdict"),
    ("Engineers cleared the road of mines on Monday.", "verdict"),
    ("The pilot handed down the controls to his co-pilot.", "sentence"),
    ("The minister served two terms of office.", "sentence"),
    # shutdown: budgets, roads, factories, power cut
    ("The government cut fuel subsidies on Monday.", "shutdown"),
    ("The factory was shut down on Monday.", "shutdown"),
    ("Protesters blocked the main highway on Monday.", "shutdown"),
    ("Rebels cut the road to the airport on Tuesday.", "shutdown"),
    ("Internet companies cut jobs on Monday.", "shutdown"),
    # curfew / emergency: sanctions and fees imposed, a stage stepped down from
    ("Washington imposed sanctions on three ministers on Monday.", "curfew"),
    ("The company imposed a fee on late payments.", "curfew"),
    ("He stepped down from the stage on Monday.", "resignation"),
    ("The minister quit smoking last year.", "resignation"),
    # arrests: figures rounded up; release: pardon the pun
    ("The total was rounded up to the nearest thousand.", "arrest"),
    ("Pardon the interruption, he said.", "release"),
]


@pytest.mark.parametrize(("text", "unwanted"), _case(_NEGATIVE))
def test_civil_negatives(text: str, unwanted: str) -> None:
    assert unwanted not in _types(text)


def test_war_senses_kept() -> None:
    """The forms the war lexicon already models keep their sense: "struck" an attack, "declared" a proclamation."""
    assert {"attack", "airstrike"} & _types("Warplanes struck the town on Monday.")
    assert "agreement" in _types("The two sides struck a deal in Doha on Tuesday.")
    assert "sanctions" in _types("The EU imposed sanctions on Minsk on Friday.")
    assert "arrest" in _types("Police arrested the opposition leader on Tuesday.")


def test_civil_file_is_loaded() -> None:
    """The packaged civil vocabulary is read (its verbs, nouns and actor heads), and a user file still extends it."""
    lemmas = {v.lemma for v in LEXICON.verbs}
    assert {"rally", "go on strike", "impose", "cut", "charge", "convict", "sentence", "step down"} <= lemmas
    assert LEXICON.nouns["general strike"] == "strike_action"
    assert LEXICON.nouns["strike"] == "attack"  # the bare noun stays an attack: the stoppage must be shown
    assert LEXICON.actor_heads["prosecutors"] == "prosecutors"
    assert any(v.lemma == "rally" for v in load_lexicon().verbs)


@pytest.mark.parametrize("text", [
    "A Cairo court acquitted the former president of the killing of protesters on Saturday.",
    "The two officers were charged with the murder of the journalist on Monday.",
    "He was convicted of the bombing of the embassy in 1998.",
    "The general went on trial for the massacre in the village.",
    "Prosecutors brought charges of the assassination of his rival against the minister.",
    "The court found the commander guilty of the attack on the convoy.",
    "She was sentenced for the killing of her husband on Monday.",
])
def test_crime_of_a_charge(text: str) -> None:
    noun = next(w for w in ("killing", "murder", "bombing", "massacre", "assassination", "attack")
                if f" {w}" in text)
    assert crime_charged(text, text.index(f" {noun}") + 1)


@pytest.mark.parametrize(("text", "noun"), [
    ("The killing of protesters on Saturday sparked a new wave of anger.", "killing"),
    ("Prosecutors opened an inquiry after the bombing on Monday.", "bombing"),
    ("The massacre in the village was reported by survivors.", "massacre"),
    ("The attack on the convoy was carried out by militants.", "attack"),
    ("Charges were brought on Monday, a week after the assassination.", "assassination"),
    ("The army accused the jihadists of an overnight attack on a camp on Tuesday.", "attack"),
    ("She was arrested over her role in the uprising last year.", "uprising"),
])
def test_crime_of_a_charge_negatives(text: str, noun: str) -> None:
    assert not crime_charged(text, text.index(noun))


def test_civil_type_sets() -> None:
    """The types code must know (the session report names where): families of one act, people acted on, labels."""
    lex_types = {v.type for v in LEXICON.verbs} | set(LEXICON.nouns.values())
    assert lex_types >= CIVIL_FAMILIES
    assert PEOPLE_DONE <= CIVIL_FAMILIES
    assert set(NOUN_IN) <= set(NOUN_OF)
