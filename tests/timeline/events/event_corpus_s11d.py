"""Session-11 entries of the events conformance corpus (part d; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S11D`` with their class.
Part d: a possessive day on an event noun in a past-perfect or present-perfect sentence of a later article
("Sunday's raid, in which at least 12 died, had already drawn condemnation"); a date closing a predicate
("the march on parliament ten days ago, and came a week after the general strike") that is not the date of a
noun of the coordinated predicate after it; a clause with a subject of its own ("a day after protesters
blocked the highways") that does not take the main clause's actor.
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- a possessive day dates its noun in a perfect sentence ---------------------------------------------
    one("s11d-poss-raid-had-drawn", "possessive", "2019-11-14",
        "Police fired tear gas at crowds in the square on Wednesday. Sunday's raid on the camp, in which at least "
        "12 people died, had already drawn condemnation from the United Nations.",
        E("raid", "2019-11-10")),
    one("s11d-poss-raid-named-camp-had-drawn", "possessive", "2013-09-05",
        "Police fired tear gas at crowds in Baghdad on Wednesday. Sunday's raid on Camp Ashraf, in which at least "
        "50 people died, had already drawn condemnation from the United Nations.",
        E("raid", "2013-09-01")),
    one("s11d-poss-raid-last-week-has-left", "possessive", "2022-09-15",
        "Last week's raid on the ammunition depot at Nova Kakhovka has left Russian units short of shells.",
        E("raid", "2022-09-05", "2022-09-11")),
    one("s11d-poss-bombing-had-prompted", "possessive", "2016-04-07",
        "Aid convoys reached the town on Wednesday. Saturday's bombing of the market in Douma, which killed 30 "
        "people, had prompted the United Nations to suspend deliveries.",
        E("bombing", "2016-04-02")),
    one("s11d-poss-takeover-had-stunned", "possessive", "2021-08-19",
        "Crowds gathered at the airport on Wednesday. Sunday's takeover of Kabul had stunned Western governments.",
        E("takeover", "2021-08-15")),
    one("s11d-poss-airstrike-had-drawn", "possessive", "2023-06-08",
        "Friday's airstrike on the market in Omdurman, which killed 17 people, had already drawn condemnation.",
        E("airstrike", "2023-06-02")),
    one("s11d-poss-general-strike-had-shut", "possessive", "2018-10-11",
        "Monday's general strike had shut most shops in the capital, union leaders said on Wednesday.",
        E("strike", "2018-10-08")),
    one("s11d-poss-ambush-has-been-blamed", "possessive", "2020-10-08",
        "Sunday's ambush near Fuzuli, in which nine soldiers died, has been blamed on Armenian forces.",
        E("ambush", "2020-10-04")),
    one("s11d-poss-massacre-has-condemned", "possessive", "2019-11-14",
        "The United Nations has condemned Sunday's massacre of protesters in Nasiriyah.",
        E("massacre", "2019-11-10")),
    one("s11d-poss-counteroffensive-has-forced", "possessive", "2022-09-15",
        "Last week's counteroffensive in the Kharkiv region has forced Moscow to rethink its plans.",
        E("counteroffensive", "2022-09-05", "2022-09-11")),
    # --- a date closing its predicate is not the coordinated predicate's noun's ----------------------------
    neg("s11d-n-ago-not-the-strike", "2019-12-02",
        "The rally was the largest since the march on parliament ten days ago, and came a week after the general "
        "strike.",
        E("strike", "2019-11-22", "2019-11-22")),
    neg("s11d-n-ago-not-the-airstrikes", "2017-05-10",
        "The funeral drew bigger crowds than the vigil in Mosul two weeks ago, and followed a night of airstrikes "
        "on the old city.",
        E("airstrike", "2017-04-26", "2017-04-26")),
    neg("s11d-n-ago-not-the-arrest", "2020-03-12",
        "The report echoed the findings of the inspectors in Idlib a week ago, and prompted calls for the arrest "
        "of the commander.",
        E("arrest", "2020-03-05", "2020-03-05")),
    neg("s11d-n-ago-not-the-assault", "2016-06-20",
        "Aid workers described the flight of families from the villages around Fallujah three days ago, and "
        "feared a new assault on the city.",
        E("assault", "2016-06-17", "2016-06-17")),
    neg("s11d-n-ago-not-the-shelling", "2023-04-28",
        "Survivors spoke of the chaos at the border crossing near Metema four days ago, and described the shelling "
        "of the town that followed.",
        E("shelling", "2023-04-24", "2023-04-24")),
    neg("s11d-n-day-not-the-airstrikes", "2022-03-18",
        "Volunteers in Lviv unloaded the aid delivered on Tuesday, and watched the airstrikes on the airfield from "
        "the roof.",
        E("airstrike", "2022-03-15", "2022-03-15")),
    one("s11d-ago-keeps-its-noun", "ago-closing", "2018-06-20",
        "Residents of Aden fled the shelling of the port district five days ago, and have waited since for a truce.",
        E("shelling", "2018-06-15")),
    # --- a clause's own subject wins over the main clause's actor ------------------------------------------
    neg("s11d-n-protesters-not-government", "2021-02-07",
        "The authorities cut mobile data across the country on Saturday morning, a day after protesters blocked "
        "the main highways.",
        E("government block")),
    neg("s11d-n-rioters-not-government", "2022-01-08",
        "The government declared a state of emergency on Wednesday after rioters stormed the mayor's office in "
        "Almaty.",
        E("government storm")),
    neg("s11d-n-students-not-regime", "2011-01-29",
        "The regime cut the internet on Friday, a day after students occupied the main square of Cairo.",
        E("government occup")),
    neg("s11d-n-mourners-not-police", "2011-02-20",
        "Police fired tear gas in Benghazi on Sunday, hours after mourners attacked a police station.",
        E("forces attack")),
    one("s11d-own-actor-kept", "clause-subject", "2023-05-11",
        "Police arrested the former prime minister on Tuesday, a day after his supporters attacked the army "
        "headquarters in Rawalpindi.",
        E("supporters attack", "2023-05-08")),
    # --- a plural common noun opening a sentence is no place nor target -------------------------------------------------
    neg("s11d-n-shells-no-capture", "2020-10-08",
        "Shells fell on Ganja again on Wednesday.",
        E("capture of shells")),
]

XFAIL_S11D: dict[str, str] = {}

__all__ = ["E", "ENTRIES", "XFAIL_S11D", "Entry", "apart", "cross", "neg", "one"]
