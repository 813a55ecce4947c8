"""Session-14 entries of the events conformance corpus (part a; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S14A`` with their class.
Part a: disasters, accidents and rescues (``lexicon_disaster.yaml``): collapses, cave-ins, fires, explosions of
gas or stored chemicals, floods, derailments; people found alive, reached by a drill or a probe, brought out; the
works of a rescue (a shaft bored, a drill breaking through, a capsule tested); one accident or rescue told by two
articles; "a second explosion" apart from the first; and the everyday senses that tell no accident ("the talks
collapsed", "prices exploded", "a fire sale").
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- accidents told by their verb -----------------------------------------------------------------------------
    one("s14a-building-collapsed", "disaster", "2013-04-25",
        "The eight-storey Rana Plaza building collapsed on Wednesday morning, burying thousands of garment workers.",
        E("collaps", "2013-04-24")),
    one("s14a-bridge-collapsed", "disaster", "2018-08-15",
        "The Morandi motorway bridge collapsed during a violent storm on Tuesday, sending dozens of cars into the "
        "riverbed.",
        E("collaps", "2018-08-14")),
    one("s14a-roof-caved-in", "disaster", "2010-11-20",
        "The roof of the Pike River coal mine caved in on Friday afternoon, hours after a methane leak.",
        E("caved", "2010-11-19")),
    one("s14a-fire-broke-out", "disaster", "2017-06-15",
        "A fire broke out on the fourth floor of Grenfell Tower shortly before 1 a.m. on Wednesday.",
        E("fire|broke", "2017-06-14")),
    one("s14a-nitrate-exploded", "disaster", "2020-08-05",
        "Thousands of tonnes of ammonium nitrate stored at the port of Beirut exploded on Tuesday evening.",
        E("exploded", "2020-08-04")),
    one("s14a-methane-explosion", "disaster", "2014-05-14",
        "A methane explosion ripped through the Eynez coal mine near Soma on Tuesday afternoon, trapping hundreds of "
        "miners.",
        E("explosion|ripped", "2014-05-13")),
    one("s14a-dam-burst", "disaster", "2019-01-26",
        "The tailings dam at the Corrego do Feijao iron mine burst on Friday, sending a wave of mud over the "
        "canteen.",
        E("burst", "2019-01-25")),
    one("s14a-train-derailed", "disaster", "2013-07-07",
        "A runaway freight train carrying crude oil derailed in the centre of Lac-Megantic early on Saturday.",
        E("derail", "2013-07-06")),
    # --- accidents told by their noun ------------------------------------------------------------------------------
    one("s14a-possessive-rockfall", "disaster", "2019-03-04",
        "Saturday's rockfall at the Bolkar copper mine forced three search teams back to the surface.",
        E("rockfall", "2019-03-02")),
    one("s14a-cave-in-of-date", "disaster", "2019-03-20",
        "Families have camped at the gate of the Bolkar copper mine since the cave-in of March 1.",
        E("cave-in", "2019-03-01")),
    # --- rescues --------------------------------------------------------------------------------------------------
    one("s14a-found-alive", "rescue", "2018-07-03",
        "British divers found the 12 boys and their football coach alive late on Monday inside the flooded cave.",
        E("found", "2018-07-02")),
    one("s14a-found-alive-ago", "rescue", "2018-07-11",
        "The boys, found alive nine days ago on a muddy ledge, were all out of the cave by Tuesday night.",
        E("found", "2018-07-02")),
    one("s14a-pulled-from-rubble", "rescue", "2023-02-10",
        "Rescuers pulled a two-year-old girl alive from the rubble of her home in Antakya on Thursday.",
        E("pull", "2023-02-09")),
    one("s14a-winched-to-surface", "rescue", "2021-03-10",
        "The last of the nine trapped miners was winched to the surface late on Tuesday at the Itogon gold mine.",
        E("winched", "2021-03-09")),
    one("s14a-drill-began-boring", "rescue", "2021-01-19",
        "A second drill began boring an escape shaft at the Hushan gold mine late on Monday, officials said.",
        E("boring|drill", "2021-01-18")),
    one("s14a-drill-broke-through", "rescue", "2021-01-22",
        "The drill broke through to the flooded gallery where 11 miners were sheltering on Thursday.",
        E("broke|drill", "2021-01-21")),
    one("s14a-capsule-tested", "rescue", "2021-01-26",
        "Rescuers lowered an empty capsule to the bottom of the escape shaft in a final test on Monday.",
        E("lowered|test", "2021-01-25")),
    # --- one accident, one find, one rescue, told by two articles --------------------------------------------------
    cross("s14a-x-collapse-verb-noun", [
        ("2013-04-25", "SAVAR, Bangladesh - The eight-storey Rana Plaza building collapsed on Wednesday morning, "
                       "burying thousands of garment workers, police said."),
        ("2013-04-27", "DHAKA - Rescuers searched the rubble of the Rana Plaza building on Friday, two days after "
                       "Wednesday's collapse, as the death toll passed 300."),
    ], E("collaps", "2013-04-24")),
    cross("s14a-x-found-alive", [
        ("2018-07-03", "MAE SAI, Thailand - British divers found the 12 boys and their football coach alive late on "
                       "Monday inside the flooded Tham Luang cave, the governor said on Tuesday."),
        ("2018-07-05", "CHIANG RAI - Navy divers stayed on Wednesday with the boys in the Tham Luang cave, who were "
                       "found alive on Monday night on a muddy ledge."),
    ], E("found", "2018-07-02")),
    cross("s14a-x-derailment", [
        ("2013-07-07", "LAC-MEGANTIC, Quebec - A runaway freight train carrying crude oil derailed in the centre of "
                       "the town early on Saturday, setting off explosions, police said."),
        ("2013-07-09", "LAC-MEGANTIC - Saturday's derailment set off a fire that levelled the town centre, police "
                       "said on Monday."),
    ], E("derail", "2013-07-06")),
    cross("s14a-x-rescue-verb-noun", [
        ("2021-03-10", "BAGUIO - The last of the nine trapped miners was winched to the surface late on Tuesday at "
                       "the Itogon gold mine, officials said."),
        ("2021-03-11", "ITOGON - Tuesday's rescue at the Itogon gold mine ended nine days underground for the men."),
    ], E("rescue|winched", "2021-03-09")),
    cross("s14a-x-breakthrough", [
        ("2021-01-22", "HUSHAN, China - The drill punched through into the chamber where 11 miners were sheltering, "
                       "and the breakthrough came at 6 a.m. on Thursday, officials said."),
        ("2021-01-23", "YANTAI - The escape shaft at the Hushan gold mine was completed on Thursday morning when the "
                       "drill broke into the miners' chamber."),
    ], E("drill|breakthrough|completed", "2021-01-21")),
    # --- a second accident is another ------------------------------------------------------------------------------
    apart("s14a-apart-second-explosion", [
        ("2014-05-14", "SOMA, Turkey - An explosion ripped through the Eynez coal mine on Tuesday afternoon, trapping "
                       "hundreds of miners underground, officials said."),
        ("2014-05-17", "SOMA - A second explosion shook the Eynez coal mine on Friday, forcing the rescue teams back "
                       "to the surface."),
    ], E("explosion|ripped", "2014-05-13"), E("explosion", "2014-05-16")),
    apart("s14a-apart-two-sites", [
        ("2019-03-02", "ANKARA - The roof of the Bolkar copper mine caved in on Friday, trapping nine miners."),
        ("2019-03-02", "KARACHI - The roof of the Lakhra coal mine caved in on Friday, trapping six miners."),
    ], E("caved", "2019-03-01"), E("caved", "2019-03-01")),
    # --- everyday senses: no accident ------------------------------------------------------------------------------
    neg("s14a-neg-talks-collapsed", "2019-06-08",
        "The talks on the new coalition collapsed on Friday after the two parties fell out over the budget.",
        E("collaps")),
    neg("s14a-neg-currency-crashed", "2018-08-14",
        "The lira crashed on Monday as investors fled Turkish assets.",
        E("crash")),
    neg("s14a-neg-prices-exploded", "2022-03-10",
        "Fuel prices exploded last week after the invasion.",
        E("explod")),
    neg("s14a-neg-fire-sale", "2009-03-18",
        "The bank held a fire sale of its assets on Tuesday.",
        E("fire")),
    neg("s14a-neg-campaign-derailed", "2016-10-09",
        "The tape derailed his campaign on Friday, aides admitted.",
        E("derail")),
    neg("s14a-neg-crowds-flooded", "2011-02-05",
        "Crowds flooded the square on Friday for a day of departure.",
        E("flood")),
]

XFAIL_S14A: dict[str, str] = {}
