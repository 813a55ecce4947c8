"""Session-13 entries of the events conformance corpus (part e; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S13E`` with their class.
Part e: hot news.  A dated report of a done act ("said on Monday it had overrun the port", "Rebels have taken
the airport, their spokesman announced on Saturday evening") with no date of the act's own dates the act on
the report's day (an inferred link); a date another article gives the act wins; a later report of the same act
retells it.  Negatives: a plan ("said it would"), a denial, an old act ("three years ago").  (An act told done "already",
a toll and a retelling stay "before the report": the negative kind cannot tell that from the day; see
``test_hot_news_s13.py``.)
"""

from __future__ import annotations

from event_corpus_model import E, Entry, cross, neg, one

ENTRIES: list[Entry] = [
    # --- the report's day dates the act told done in its complement ---------------------------------------------
    one("s13e-hot-complement-past-perfect", "hot-news", "2015-09-29",
        "The Afghan government said on Monday that Taliban fighters had overrun the northern city of Kunduz.",
        E("overrun|kunduz", "2015-09-28")),
    one("s13e-hot-passive", "hot-news", "2015-11-25",
        "Ankara confirmed on Tuesday that a Russian warplane had been shot down near the Syrian border.",
        E("shot down|warplane", "2015-11-24")),
    one("s13e-hot-order", "hot-news", "1995-08-31",
        "NATO's commander said on Wednesday he had ordered air strikes on Bosnian Serb positions around Sarajevo.",
        E("order", "1995-08-30")),
    one("s13e-hot-release", "hot-news", "2014-05-05",
        "Pro-Russian militants said on Sunday they had freed the OSCE observers held in Sloviansk.",
        E("free|release|observers", "2014-05-04")),
    one("s13e-hot-date-first", "hot-news", "2013-01-27",
        "On Saturday, French officers said their troops had seized the airport at Gao from Islamist fighters.",
        E("seiz|gao", "2013-01-26")),
    one("s13e-hot-teller-date-verb", "hot-news", "2011-08-23",
        "The rebel council on Monday said its fighters had captured Moammar Gadhafi's son Saif al-Islam in Tripoli.",
        E("captur", "2011-08-22")),
    # --- the act fronted, the report after a comma ----------------------------------------------------------------
    one("s13e-hot-fronted", "hot-news", "2016-12-13",
        "Syrian government forces have retaken the whole of eastern Aleppo, the army said on Monday.",
        E("retak|aleppo", "2016-12-12")),
    one("s13e-hot-fronted-evening", "hot-news", "2021-08-16",
        "Taliban fighters have entered the presidential palace in Kabul, a spokesman for the group announced on "
        "Sunday evening.",
        E("enter|palace", "2021-08-15")),
    # --- coordinated acts of one report ---------------------------------------------------------------------------
    one("s13e-hot-coordinated", "hot-news", "2012-11-21",
        "The M23 rebels said on Tuesday they had captured Goma airport and seized the border post at Gisenyi.",
        E("seiz|border post", "2012-11-20"), E("captur|airport", "2012-11-20")),
    # --- the day another article gives the act wins, and the two tellings are one act ----------------------------
    cross("s13e-x-hot-gives-way", [
        ("2016-12-13", "Syrian government forces said on Monday they had retaken the old city of Aleppo."),
        ("2016-12-14", "Syrian government forces retook the old city of Aleppo on Sunday after a night of heavy "
                       "shelling."),
    ], E("retak|retook", "2016-12-11")),
    cross("s13e-x-hot-same-day", [
        ("2016-12-13", "Syrian government forces said on Monday they had retaken the old city of Aleppo."),
        ("2016-12-14", "Syrian government forces retook the old city of Aleppo on Monday after a night of heavy "
                       "shelling."),
    ], E("retak|retook", "2016-12-12")),
    # --- negatives: the report's day is no act's day ---------------------------------------------------------------
    neg("s13e-neg-hot-plan", "2013-01-27",
        "On Saturday, French officers said their troops would seize the airport at Gao within days.",
        E("seiz", "2013-01-26")),
    neg("s13e-neg-hot-denial", "2015-09-29",
        "The Afghan government said on Monday that Taliban fighters had not overrun the airport at Kunduz.",
        E("overrun", "2015-09-28")),
    neg("s13e-neg-hot-old-act", "2015-09-29",
        "The Afghan government said on Monday that the district had fallen to the Taliban three years ago.",
        E("fall|fell", "2015-09-28")),
]

XFAIL_S13E: dict[str, str] = {}
