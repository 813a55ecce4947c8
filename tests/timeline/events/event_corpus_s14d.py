"""Session-14 entries of the events conformance corpus (part d; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S14D`` with their class.
Part d: civil crises.  A movement's first day told in apposition with a date ("on Wednesday (December 19),
the first day of protests") is its start, and its age told by another article ("Now in its eighth week, the
uprising", "the protests, now in their 11th week", "ten days into the sit-in") is the same movement; a state
of emergency declared on a day and its age ("two weeks into Sudan's state of emergency") likewise; one date
after two coordinated acts of one day ("arrested the opposition leader and imposed a curfew on Monday") dates
both; and what must not be read so (the first day of a season, a siege ended by a dated capture).
"""

from __future__ import annotations

from event_corpus_model import E, Entry, cross, neg, one

ENTRIES: list[Entry] = [
    # --- a movement's first day and its age, told by two articles ---------------------------------------------
    cross("s14d-sudan-first-day-eighth-week", [
        ("2018-12-20", "KHARTOUM, Dec. 20 (Nile Post) - Thousands of Sudanese protesters marched in Atbara on "
                       "Wednesday (December 19), the first day of protests against bread price rises, witnesses said."),
        ("2019-02-10", "KHARTOUM - Now in its eighth week, the uprising against President Omar al-Bashir has spread "
                       "to the capital's universities, doctors said on Sunday."),
    ], E("protest|uprising", "2018-12-19")),
    cross("s14d-lanka-first-day-11th-week", [
        ("2022-04-10", "COLOMBO, April 10 (Lanka Herald) - Thousands of protesters rallied outside the presidential "
                       "secretariat on Saturday (April 9), the first day of protests over fuel shortages, police said."),
        ("2022-06-20", "COLOMBO - The protests, now in their 11th week, have emptied the ministries around the "
                       "seafront, officials said on Monday."),
    ], E("protest", "2022-04-09")),
    cross("s14d-maidan-first-day-fifth-week", [
        ("2013-11-22", "KIEV, Nov. 22 (Dnieper Wire) - Students rallied on Independence Square on Thursday (Nov. 21), "
                       "the first day of protests against the shelving of the trade pact, police said."),
        ("2013-12-25", "KIEV - Now in its fifth week, the uprising against President Viktor Yanukovich has drawn "
                       "miners from the east, organisers said on Wednesday."),
    ], E("protest|uprising", "2013-11-21")),
    cross("s14d-belarus-began-second-month", [
        ("2020-08-11", "MINSK - Protests began on Sunday (Aug. 9) after the disputed presidential election, officials "
                       "said."),
        ("2020-09-20", "MINSK - The protests, now in their second month, drew tens of thousands to Independence "
                       "Avenue on Sunday, witnesses said."),
    ], E("protest", "2020-08-09")),
    cross("s14d-airport-sit-in-ten-days", [
        ("2019-07-27", "HONG KONG - Protesters began a sit-in at the airport on Friday (July 26), police said."),
        ("2019-08-05", "HONG KONG - Ten days into the sit-in at the airport, airlines cancelled dozens of flights on "
                       "Monday, officials said."),
    ], E("sit-in", "2019-07-26")),
    one("s14d-first-day-of-general-strike", "civil", "2019-03-05",
        "ALGIERS - Thousands marched on Monday (March 4), the opening day of the general strike, union leaders said.",
        E("strike", "2019-03-04")),
    # --- a state of emergency: its declaration and its age -----------------------------------------------------
    cross("s14d-ethiopia-emergency-three-weeks", [
        ("2021-11-03", "ADDIS ABABA, Nov. 3 (Horn Wire) - The government declared a six-month state of emergency on "
                       "Tuesday (Nov. 2), state media said."),
        ("2021-11-23", "ADDIS ABABA - Three weeks into Ethiopia's state of emergency, police have detained "
                       "thousands, lawyers said on Tuesday."),
    ], E("emergency|declar", "2021-11-02")),
    cross("s14d-kazakh-emergency-two-weeks", [
        ("2022-01-06", "ALMATY, Jan. 6 (Steppe Wire) - President Kassym-Jomart Tokayev declared a state of emergency "
                       "on Wednesday (Jan. 5), his office said."),
        ("2022-01-19", "ALMATY - Two weeks into the state of emergency, banks reopened in the city, officials said on "
                       "Wednesday."),
    ], E("emergency|declar", "2022-01-05")),
    # --- one date after two coordinated acts of one day -------------------------------------------------------
    one("s14d-arrested-and-imposed-curfew", "civil", "2019-06-04",
        "KHARTOUM - Police arrested the opposition leader and imposed a curfew on Monday, witnesses said.",
        E("arrest", "2019-06-03"), E("curfew", "2019-06-03")),
    one("s14d-detained-and-banned-gatherings", "civil", "2019-08-12",
        "HONG KONG - Security forces detained 40 students and banned gatherings on Sunday, police said.",
        E("detain", "2019-08-11"), E("gathering|ban", "2019-08-11")),
    one("s14d-blocked-and-imposed-curfew", "civil", "2019-04-07",
        "ALGIERS - The authorities blocked social media and imposed a curfew on Saturday, rights groups said.",
        E("block|social media|shutdown", "2019-04-06"), E("curfew", "2019-04-06")),
    one("s14d-suspended-and-imposed-curfew", "civil", "2014-05-23",
        "BANGKOK - The army chief suspended the constitution and imposed a curfew late on Thursday, hours after talks "
        "failed.",
        E("suspen|constitution", "2014-05-22"), E("curfew", "2014-05-22")),
    one("s14d-detained-and-cut-internet", "civil", "2020-08-10",
        "MINSK - Police detained dozens of protesters and cut mobile internet on Sunday night, rights groups said.",
        E("detain", "2020-08-09"), E("internet|cut|shutdown", "2020-08-09")),
    one("s14d-declared-emergency-and-shut-internet", "civil", "2021-02-02",
        "YANGON - The junta declared a state of emergency and shut down the internet on Monday, state media said.",
        E("emergency|declar", "2021-02-01"), E("internet|shut", "2021-02-01")),
    # --- negatives -----------------------------------------------------------------------------------------------
    neg("s14d-neg-first-day-of-season", "2019-03-05",
        "Fans queued outside the stadium on Saturday, the first day of the season.", E("season")),
    neg("s14d-neg-fifth-week-of-season", "2019-03-02",
        "LONDON - The fifth week of the season brought three draws on Saturday, the league said.", E("season|week")),
    neg("s14d-neg-siege-not-dated-by-capture", "2016-10-20",
        "MOSUL - Iraqi forces besieged the town and captured it on Wednesday, the army said.",
        E("besieg|encircle", "2016-10-19", "2016-10-19")),
]

XFAIL_S14D: dict[str, str] = {}
