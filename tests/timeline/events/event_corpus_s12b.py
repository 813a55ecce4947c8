"""Session-12 entries of the events conformance corpus (part b; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S12B`` with their class.
Part b: an act done to a named site that no gazetteer knows ("seized the X air base", "overran X air base
north of Y", "captured the X base", "Monday's strike on the X camp", "a blast at a depot on X hill"): the
site's name is the target every telling shares, so tellings whose actors are worded apart (a class noun,
"the rebels", and a named group) merge on the same day, and two sites taken on one day stay two.  A town's
facility ("the Kandahar airfield", "Tabqa airbase") is the town's landmark, one kind however it is written.
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, one

ENTRIES: list[Entry] = [
    # --- a named site, three wordings, class noun vs named group ------------------------------------------
    cross("s12b-x-site-base-three-wordings", [
        ("2019-04-11", "KHARTOUM (Nile Wire) - Paramilitary fighters seized the al-Tawila air base on Wednesday, "
                       "the last army stronghold in the west, witnesses said."),
        ("2019-04-11", "The rebels overran al-Tawila air base south of El Fasher yesterday and pushed toward "
                       "the town."),
        ("2019-04-13", "The army has rushed reinforcements to El Fasher since the Rapid Support Forces captured "
                       "the al-Tawila base on Wednesday."),
    ], E("seiz|overr|captur", "2019-04-10")),
    cross("s12b-x-site-base-three-wordings-shabaab", [
        ("2019-04-11", "MOGADISHU (Horn Wire) - Al-Shabaab fighters seized the Bariire air base on Wednesday, "
                       "a week after African Union troops handed it to the Somali army."),
        ("2019-04-11", "The rebels overran Bariire air base south of Afgoye yesterday and cut the road to the "
                       "coast."),
        ("2019-04-13", "Families have fled Afgoye since the militants captured the Bariire base on Wednesday."),
    ], E("seiz|overr|captur", "2019-04-10")),
    cross("s12b-x-site-bagram-compass", [
        ("2021-08-16", "KABUL - Taliban fighters seized the Bagram air base on Sunday and freed thousands of "
                       "prisoners held there."),
        ("2021-08-16", "The rebels overran Bagram air base north of Kabul on Sunday, a local official said."),
    ], E("seiz|overr", "2021-08-15")),
    cross("s12b-x-site-fall-of-the-base", [
        ("2017-06-06", "Rebels overran the Wadi Deif base on Monday. Yesterday's fall of the base opened the road "
                       "to Maarat."),
        ("2017-06-08", "Islamist fighters captured the Wadi Deif base on Monday after a three-day siege, "
                       "activists said."),
    ], E("overr|captur|fall", "2017-06-05")),
    # --- a named site after an event noun, an unnamed one the article names --------------------------------
    cross("s12b-x-site-camp-strike", [
        ("2020-02-18", "A drone strike hit a camp for displaced families near the border town of Sarmada on "
                       "Monday, killing nine people. The UN said it was looking into the attack on the Kafr "
                       "Dariyan camp."),
        ("2020-02-19", "Rights groups demanded an inquiry into Monday's strike on the Kafr Dariyan camp for "
                       "displaced people, where nine people died."),
    ], E("strike|hit", "2020-02-17")),
    cross("s12b-x-site-hill-blast", [
        ("2016-05-10", "A huge blast on Monday at an arms depot on Jabal Nuqum hill in the capital killed 20 "
                       "people, medics said."),
        ("2016-05-11", "Residents were still clearing rubble on Wednesday after Monday's blast on Jabal Nuqum "
                       "hill, which shattered windows across the city."),
    ], E("blast", "2016-05-09")),
    # --- a town's facility: the town's landmark, one kind ----------------------------------------------------
    cross("s12b-x-site-town-airbase", [
        ("2014-08-25", "Islamic State fighters captured Tabqa air base on Sunday after a week of fighting."),
        ("2014-08-26", "Jihadists overran the Tabqa airbase on Sunday, killing dozens of soldiers."),
    ], E("captur|overr", "2014-08-24")),
    cross("s12b-x-site-town-airfield-compass", [
        ("2021-08-14", "Taliban fighters overran the Kandahar airfield south of the city on Friday."),
        ("2021-08-14", "The rebels seized Kandahar airfield on Friday, officials said."),
    ], E("overr|seiz", "2021-08-13")),
    cross("s12b-x-site-town-plant", [
        ("2022-03-05", "Russian troops seized the Zaporizhzhia nuclear plant on Friday after a fire broke out "
                       "in a training building."),
        ("2022-03-05", "Russian forces took control of the Zaporizhzhia nuclear power plant yesterday, "
                       "Ukraine's regulator said."),
    ], E("seiz|took", "2022-03-04")),
    # --- two sites on one day stay two --------------------------------------------------------------------
    apart("s12b-a-two-bases-one-day", [
        ("2019-04-11", "Rebel fighters seized the al-Tawila air base on Wednesday."),
        ("2019-04-11", "Rebel fighters seized the Jebel Kurun barracks on Wednesday."),
    ], E("seiz", "2019-04-10"), E("seiz", "2019-04-10")),
    apart("s12b-a-two-camps-one-day", [
        ("2020-02-18", "A drone strike hit the Kafr Dariyan camp for displaced people on Monday, killing six."),
        ("2020-02-18", "A drone strike hit the Qah camp for displaced people on Monday, killing four."),
    ], E("strike|hit", "2020-02-17"), E("strike|hit", "2020-02-17")),
    apart("s12b-a-site-vs-other-site-class-noun", [
        ("2017-06-06", "Rebels overran the Wadi Deif base on Monday."),
        ("2017-06-06", "Islamist fighters captured the Abu Duhur airfield on Monday."),
    ], E("overr", "2017-06-05"), E("captur", "2017-06-05")),
    apart("s12b-a-town-airfield-vs-town", [
        ("2021-08-14", "Taliban fighters overran the Kandahar airfield south of the city on Friday."),
        ("2021-08-14", "Taliban fighters overran Kandahar on Friday after weeks of fighting."),
    ], E("overr", "2021-08-13"), E("overr", "2021-08-13")),
    # --- an owner's facility: the owner is no target, the town it stands in is -------------------------------
    apart("s12b-a-owner-camps-two-provinces", [
        ("2010-03-02", "NATO jets bombed a Taliban camp in Helmand on Monday, killing 12 fighters."),
        ("2010-03-02", "NATO jets bombed a Taliban camp in Kunar on Monday, killing nine fighters."),
    ], E("bomb", "2010-03-01"), E("bomb", "2010-03-01")),
    cross("s12b-x-owner-hospital-town", [
        ("2015-10-04", "A US air strike hit the MSF hospital in Kunduz on Saturday, killing 19 people."),
        ("2015-10-05", "Aid workers condemned Saturday's bombing of the MSF hospital in Kunduz."),
    ], E("strike|hit|bomb", "2015-10-03")),
    # --- single documents: the site's act dated -------------------------------------------------------------
    one("s12b-site-compass-km", "site", "2019-04-11",
        "Rebels overran al-Tawila air base 40 km north of the capital on Wednesday.",
        E("overr", "2019-04-10")),
    one("s12b-site-capitalised-head", "site", "2003-03-21",
        "Marines seized the Wadi Deif Air Base in a pre-dawn raid on Thursday.",
        E("seiz", "2003-03-20")),
    one("s12b-site-prison-stormed", "site", "2012-09-02",
        "Jihadists stormed the Sednaya prison on Saturday and freed hundreds of inmates.",
        E("storm", "2012-09-01")),
    one("s12b-site-unnamed-camp", "site", "2020-02-18",
        "A drone hit a camp for displaced families near Sarmada on Monday. The UN said it was looking into the "
        "attack on the Kafr Dariyan camp.",
        E("hit|attack", "2020-02-17")),
]

XFAIL_S12B: dict[str, str] = {
    "s12b-x-site-base-three-wordings": (
        "ACTOR-CLASS: the three tellings share the target (al-Tawila) and the day, but 'rebels' is no class of "
        "the Rapid Support Forces (their head class is 'forces') nor of 'paramilitary militants', so the "
        "cross-document merge keeps them apart | observed: 'Paramilitary militants seize al-Tawila'@2019-04-10[1d]; "
        "'Rebels overrun al-Tawila'@2019-04-10[1d]; 'Rapid Support Forces capture al-Tawila'@2019-04-10[1d]"),
}
