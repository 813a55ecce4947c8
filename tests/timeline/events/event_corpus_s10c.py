"""Session-10 entries of the events conformance corpus (part c; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S10C`` with their class.
Part c: trigger coverage - idioms of war news the lexicon lacked: verbs of violence with their result
("hacked to death"), phrasal verbs ("went into action", "threw open the prison gates"), light verbs with their
event nouns ("slapped sanctions on", "made it the seat of its rule", "gave them 48 hours to withdraw"), an order
to attack, a deal named before the verb that made it, an event noun after an unlisted modifier ("an overnight
attack"), abductions, rejections, truces broken or extended, governments overthrown, garrisons relieved.
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- killed by a blade, a club or fire -----------------------------------------------------------------
    one("s10c-hacked-to-death", "violence-idiom", "2019-03-25",
        "Gunmen hacked to death at least 134 herders in the village of Ogossagou on Saturday, officials said.",
        E("hack|kill", "2019-03-23")),
    one("s10c-stabbed-or-beaten", "violence-idiom", "2018-12-20",
        "Dozens of civilians were stabbed or beaten to death in the town of Yumbi on Sunday night, the UN said.",
        E("beaten|kill", "2018-12-16")),
    cross("s10c-x-killings-retold", [
        ("2018-12-20", "Dozens of civilians were stabbed or beaten to death in the town of Yumbi on Sunday night, "
                       "the UN said on Thursday."),
        ("2018-12-23", "The killings in Yumbi a week ago have sharpened fears of ethnic violence in the province."),
    ], E("beaten|kill", "2018-12-16")),
    # --- aircraft downed -------------------------------------------------------------------------------------
    one("s10c-downed-helicopters", "downed", "2022-02-27",
        "Ukrainian air defences downed two Russian helicopters near Hostomel on Saturday, the military said.",
        E("down", "2022-02-26")),
    # --- sanctions -------------------------------------------------------------------------------------------
    one("s10c-slapped-sanctions", "sanctions", "2018-04-07",
        "Washington slapped sanctions on seven Russian oligarchs and their companies on Friday.",
        E("sanction|slapped", "2018-04-06")),
    one("s10c-imposed-embargo", "sanctions", "1990-08-08",
        "The Security Council imposed a sweeping trade embargo on Iraq on Monday, four days after the invasion "
        "of Kuwait.", E("embargo|impos", "1990-08-06")),
    # --- prisons opened ------------------------------------------------------------------------------------
    one("s10c-threw-open-prison", "prisons", "2021-08-16",
        "In Jalalabad the insurgents threw open the prison gates on Sunday and freed hundreds of inmates.",
        E("prison|freed|inmates", "2021-08-15")),
    one("s10c-freed-inmates", "prisons", "2024-03-04",
        "Armed gangs freed more than 3,000 inmates from the national penitentiary in Port-au-Prince on Saturday.",
        E("freed|inmates", "2024-03-02")),
    # --- an order to attack --------------------------------------------------------------------------------
    one("s10c-order-strike-back", "order-to-attack", "2016-07-11",
        "The president ordered the army on Monday to strike back at the rebels who had shelled the capital.",
        E("order", "2016-07-11")),
    one("s10c-order-launch-phase", "order-to-attack", "2017-06-19",
        "The prime minister ordered the army on Sunday to launch the final phase of the operation in the old city.",
        E("order", "2017-06-18")),
    # --- going into action ---------------------------------------------------------------------------------
    one("s10c-went-into-action", "phrasal", "2017-05-24",
        "Government troops went into action against the militants in Marawi on Tuesday.",
        E("action", "2017-05-23")),
    # --- a place made the seat of its captor's rule ----------------------------------------------------------
    one("s10c-made-capital-of-caliphate", "light-verb", "2015-03-28",
        "Boko Haram made Gwoza the capital of its self-declared caliphate in August 2014.",
        E("made|capital|captur", "2014-08-01", "2014-08-31")),
    # --- an ultimatum ----------------------------------------------------------------------------------------
    one("s10c-gave-hours-to-withdraw", "ultimatum", "1999-03-21",
        "On Saturday the alliance gave the Yugoslav leader 48 hours to withdraw his forces from Kosovo.",
        E("hours|ultimatum", "1999-03-20")),
    one("s10c-issued-ultimatum", "ultimatum", "2014-03-04",
        "The Black Sea Fleet issued an ultimatum to the Ukrainian garrisons in Crimea on Monday.",
        E("ultimatum", "2014-03-03")),
    # --- an event noun after a modifier the tables do not list ---------------------------------------------
    one("s10c-overnight-attack", "modifier-noun", "2019-12-11",
        "The army accused the jihadists of an overnight attack on a military camp in Inates on Tuesday.",
        E("attack", "2019-12-10")),
    one("s10c-daring-raid", "modifier-noun", "2011-05-03",
        "Commandos carried out a daring raid on a compound in Abbottabad on Monday.",
        E("raid", "2011-05-02")),
    # --- abductions, rejections, truces broken and extended, coups, relief ------------------------------------
    one("s10c-abducted", "abduction", "2014-04-16",
        "Gunmen abducted more than 200 schoolgirls from their dormitory in Chibok on Monday night.",
        E("abduct", "2014-04-14")),
    one("s10c-spurned-plan", "rejection", "2012-04-02",
        "The rebels spurned the envoy's peace plan on Sunday and vowed to fight on.",
        E("spurn", "2012-04-01")),
    one("s10c-shattered-truce", "truce-broken", "2015-02-10",
        "Shelling on Monday shattered a truce that had held around Debaltseve for three days.",
        E("shatter", "2015-02-09")),
    one("s10c-extended-truce", "truce-extended", "2022-06-03",
        "The warring parties extended the truce in Yemen by two months on Thursday.",
        E("extend", "2022-06-02")),
    one("s10c-ousted-government", "coup", "2021-02-03",
        "The generals ousted the civilian government in Naypyidaw on Monday and declared a state of emergency.",
        E("oust|coup", "2021-02-01")),
    one("s10c-airport-relieved", "relief", "2017-09-10",
        "Government troops relieved the besieged airport on Saturday, the army said.",
        E("reliev", "2017-09-09")),
    # --- arms laid down, attacks told from their target, fire set, soldiers taken prisoner ------
    one("s10c-laid-down-arms", "phrasal", "2021-08-13",
        "The city's defenders laid down their arms on Thursday evening, a spokesman said.",
        E("laid down|surrender", "2021-08-12")),
    one("s10c-came-under-fire", "phrasal", "2009-09-05",
        "A German convoy came under fire near Kunduz on Friday, the defence ministry said.",
        E("under fire", "2009-09-04")),
    one("s10c-set-fire-village", "phrasal", "2017-09-01",
        "Soldiers set fire to the village of Tula Toli on Wednesday, survivors said.",
        E("set|fire", "2017-08-30")),
    one("s10c-taken-prisoner", "phrasal", "2022-03-12",
        "The defenders took 40 Russian soldiers prisoner near Mykolaiv on Friday.",
        E("prisoner|took", "2022-03-11")),
    # --- a deal named before the verb that made it -----------------------------------------------------------
    one("s10c-deal-sealed-by", "deal-fronted", "2019-10-23",
        "Russian police moved into the border strip on Wednesday under a deal sealed by the two presidents in "
        "Sochi on Tuesday.", E("seal|deal", "2019-10-22")),
    one("s10c-truce-signed-that", "deal-fronted", "2023-05-22",
        "A week-long ceasefire that the two sides signed in Jeddah on Saturday is watched by a Saudi-US "
        "committee.",
        E("sign|ceasefire", "2023-05-20")),
    # --- negatives ----------------------------------------------------------------------------------------------
    neg("s10c-n-slapped-knee", "2020-01-10", "The minister slapped his knee on Friday as the vote was read out.",
        E("sanction")),
    neg("s10c-n-price-fell", "2020-04-21", "The price of oil fell to $3 a barrel on Monday.", E("fell|fall")),
    neg("s10c-n-made-it-clear", "2020-01-10", "The minister made it clear on Friday that the talks would go on.",
        E("made")),
    neg("s10c-n-broke-through-polls", "2019-05-20",
        "The party broke through the 20% barrier in the polls on Sunday.", E("broke|breach")),
    neg("s10c-n-downed-tools", "2020-01-10", "Dock workers downed tools on Friday over the pay offer.",
        E("down")),
    neg("s10c-n-swung-into-action", "2023-02-07",
        "Rescue teams swung into action after the earthquake on Monday.", E("action")),
    neg("s10c-n-threw-open-doors", "2020-01-10", "The museum threw open its doors to the public on Sunday.",
        E("open|release|free")),
]

XFAIL_S10C: dict[str, str] = {
    "s10c-x-killings-retold": "MERGE-PLACE: the noun 'the killings in Yumbi' gets Yumbi as its place, not its target, so it "
                              "does not join the verb's killing whose target is Yumbi (timeline/_events/_nominal_mentions.py"
                              " / _corefer) | observed: 'Killings in Yumbi' covers only the first article",
}

__all__ = ["E", "ENTRIES", "XFAIL_S10C", "Entry", "apart", "cross", "neg", "one"]
