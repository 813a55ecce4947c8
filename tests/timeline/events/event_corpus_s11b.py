"""Session-11 entries of the events conformance corpus (part b; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S11B`` with their class.
Constructions: a gap counted from an anaphoric event subject dated earlier in the article ("The strikes came a
day after ..."), a gap before a noun told of a one-off act ("on Monday, a day after the crackdown"), and the age
of a crisis told in another article ("two weeks into the coup").
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

_ANAPHOR = "offset-anaphor"
_NOUN = "offset-noun"

ENTRIES: list[Entry] = [
    # --- "<event noun subject> came <gap> after <clause>": the subject dated in an earlier sentence --------------
    one("s11b-strikes-came-stormed", _ANAPHOR, "2023-10-12",
        "Israeli jets struck a crowded market in Jabalia on Tuesday, killing at least 50 people, the Gaza health "
        "ministry said. The strikes came two days after militants stormed an army post near the border fence.",
        E("storm", "2023-10-08")),
    one("s11b-withdrawal-came-seized", _ANAPHOR, "2019-08-20",
        "Government forces withdrew from the town of Khan Sheikhoun on Friday, state media said. The withdrawal "
        "came a day after rebels seized the hills overlooking the road.",
        E("seiz", "2019-08-15")),
    one("s11b-retreat-said-had", _ANAPHOR, "2022-11-10",
        "Russia said on Wednesday it had pulled its troops out of Kherson. The retreat came two days after "
        "Ukrainian forces captured the village of Snihurivka.",
        E("captur", "2022-11-06", "2022-11-07")),
    one("s11b-violence-came-suspended", _ANAPHOR, "2019-06-05",
        "Soldiers opened fire on protesters in Khartoum on Monday, killing at least 30 people. The violence came "
        "a week after the generals suspended talks with the civilian opposition.",
        E("suspend", "2019-05-24", "2019-05-30")),
    one("s11b-attack-came-coordinated", _ANAPHOR, "2013-02-12",
        "Rebel gunmen attacked a military convoy near Gao on Sunday. The attack came a day after the army shelled "
        "the rebels' camp and arrested two of their commanders.",
        E("shell", "2013-02-09"), E("arrest", "2013-02-09")),
    one("s11b-attack-came-captured", _ANAPHOR, "2021-08-28",
        "A suicide bomber attacked the crowd outside the airport gates on Thursday, killing 13 American troops. "
        "The attack came four days after Taliban fighters captured the last border crossing.",
        E("captur", "2021-08-22")),
    one("s11b-bloodshed-and-came", _ANAPHOR, "2020-10-26",
        "Police fired tear gas and live rounds at marchers in Conakry on Saturday, killing four people. The "
        "bloodshed overshadowed the funeral of a student shot last week, and came three days after soldiers "
        "arrested the opposition leader.",
        E("arrest", "2020-10-21")),
    one("s11b-killings-came-strike-had", _ANAPHOR, "2018-04-16",
        "Police killed three demonstrators in Managua on Saturday. The killings came six days after a nationwide "
        "strike had paralysed the capital.",
        E("strike", "2018-04-08")),
    neg("s11b-neg-talks-came-undated", "2015-06-10",
        "Government and rebel envoys met in Geneva for the first time. The talks came a year after the war began.",
        E("war", "2014-01-01", "2014-12-31")),
    neg("s11b-neg-attacks-two-days", "2014-03-20",
        "Rebels shelled the airport on Monday and attacked a police post on Wednesday. The attacks came a week "
        "after the government rejected a truce.",
        E("reject")),
    neg("s11b-neg-protests-undated", "2014-03-20",
        "Envoys met in Vienna this week. The protests came a month after the election.",
        E("election|vote")),
    # --- "<dated main clause>, <gap> after the <noun>": the noun's one-off act that far before -----------------
    one("s11b-noun-coup", _NOUN, "2020-08-20",
        "Soldiers patrolled the streets of Bamako on Wednesday, a day after the coup that toppled the president.",
        E("coup|topple", "2020-08-18")),
    one("s11b-noun-massacre", _NOUN, "2019-03-26",
        "The prime minister resigned on Sunday, three days after the massacre of villagers in Ogossagou.",
        E("massacre", "2019-03-21")),
    one("s11b-noun-election", _NOUN, "2020-08-11",
        "Police arrested 40 people in Minsk on Monday, a day after the disputed election.",
        E("election", "2020-08-09")),
    one("s11b-noun-bombing", _NOUN, "2016-02-20",
        "Turkish warplanes bombed Kurdish positions near Qandil on Friday, two days after the suicide bombing "
        "in Ankara.",
        E("bombing|ankara", "2016-02-17")),
    one("s11b-noun-explosion", _NOUN, "2020-08-07",
        "Rescue teams were still digging through the rubble in Beirut on Thursday, two days after the explosion "
        "at the port.",
        E("explosion", "2020-08-04")),
    one("s11b-noun-arrest", _NOUN, "2021-02-10",
        "Journalists were barred from the court hearing on Tuesday, a week after the arrest of the opposition "
        "leader.",
        E("arrest", "2021-01-30", "2021-02-05")),
    one("s11b-noun-crackdown", _NOUN, "2022-09-23",
        "Hundreds of students gathered at the university on Thursday, a day after the bloody crackdown on "
        "protesters in the capital.",
        E("crackdown", "2022-09-21")),
    neg("s11b-neg-noun-war", "2021-03-10",
        "Hundreds of students gathered at the university on Thursday, three years after the war in the north.",
        E("war", "2017-01-01", "2018-12-31")),
    neg("s11b-neg-noun-protests", "2021-03-10",
        "The ministry reopened on Monday, two days after the protests in the capital.",
        E("protest", "2021-03-01", "2021-03-09")),
    neg("s11b-neg-noun-future", "2021-03-10",
        "Soldiers will patrol the streets on Friday, two days after the vote.",
        E("vote")),
    # --- "<age> into the <crisis noun>" in one article, the crisis dated in another: one event ---------------
    cross("s11b-x-weeks-into-coup-niger", [
        ("2023-07-27", "Soldiers in Niger seized power in a coup on Wednesday, detaining President Bazoum at his "
                       "residence."),
        ("2023-08-10", "Two weeks into the coup in Niger, the junta has closed the country's airspace, diplomats "
                       "said on Thursday."),
    ], E("coup", "2023-07-26")),
    cross("s11b-x-weeks-into-coup-sudan", [
        ("2021-10-26", "Sudan's army chief dissolved the transitional government in a coup on Monday, detaining "
                       "the prime minister."),
        ("2021-11-15", "Three weeks into the coup in Sudan, protesters are still blocking roads in Khartoum."),
    ], E("coup", "2021-10-25")),
    cross("s11b-x-days-into-coup-gabon", [
        ("2023-08-31", "Army officers in Gabon took power in a coup on Wednesday, placing the president under house "
                       "arrest."),
        ("2023-09-09", "Ten days into the coup in Gabon, the officers have named a general as interim leader."),
    ], E("coup", "2023-08-30")),
    cross("s11b-x-weeks-into-coup-no-place", [
        ("2022-01-25", "Mutinous soldiers in Burkina Faso ousted the president in a coup on Monday, the army said."),
        ("2022-02-08", "Two weeks into the coup, the junta has restored the constitution and reopened the borders."),
    ], E("coup|oust", "2022-01-24")),
    cross("s11b-x-weeks-into-general-strike", [
        ("2019-12-06", "Unions in France launched a general strike on Thursday against the pension reform, halting "
                       "trains across the country."),
        ("2019-12-20", "Two weeks into the general strike, commuters in France are still walking to work."),
    ], E("strike", "2019-12-05")),
    apart("s11b-apart-coup-two-countries", [
        ("2023-07-27", "Soldiers in Niger seized power in a coup on Wednesday, detaining President Bazoum."),
        ("2023-09-20", "Three weeks into the coup in Gabon, the officers have named a civilian prime minister."),
        ("2023-08-31", "Army officers in Gabon took power in a coup on Wednesday, placing the president under house "
                       "arrest."),
    ], E("coup", "2023-07-26"), E("coup", "2023-08-26", "2023-09-02"), E("coup", "2023-08-30")),
]

_KEPT = ("CLASS: offset-noun-kept | the act is dated only by its own 'ago' count and names nobody, so assembly drops "
         "it; needs _assemble to count an 'ago' relative as told_when (H2 report) | observed: ")
_AGED = ("CLASS: aged-crisis | the age is read (relstart) but the aged coup/strike is not merged with its dated "
         "telling: needs _aged (civil kinds, a coup's 'on' date as its start), _background.OWN_AGE (strike, "
         "protests) and _reason._network (no 'still going on' for a coup) (H2 report) | observed: ")
XFAIL_S11B: dict[str, str] = {
    "s11b-noun-massacre": "CLASS: offset-noun-kept | the massacre's cluster is dated by the relation and its own "
                          "count (2019-03-21) but assembly drops it (cause not found) | observed: only the "
                          "resignation",
}

__all__ = ["E", "ENTRIES", "XFAIL_S11B", "Entry", "apart", "cross", "neg", "one"]
