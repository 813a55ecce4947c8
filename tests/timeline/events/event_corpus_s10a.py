"""Session-10 entries of the events conformance corpus (part a; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S10A`` with their class.
Part a: an act told inside a noun phrase's modifier (the noun is the event, the date sits in a reduced
relative or a relative clause: "under a truce brokered by Egypt on Thursday", "the accord which the
parties signed in Juba on Monday", "the pact the government reached with the elders last week"), a vote
told by a relative clause whose antecedent is its object ("the constitution that voters approved on
Sunday"), an agreement told by "agreed <date> to <verb>"; and what must not be mixed (the signing's date
and the collapse's, a deal's terms to come, a meeting agreed for later).
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- a reduced relative clause of making, the noun the circumstance of another act ----------------------
    one("s10a-under-truce-signed", "modifier", "2020-11-12",
        "Russian peacekeepers deployed to Stepanakert on Wednesday under a truce signed by the leaders of Armenia "
        "and Azerbaijan on Monday night.",
        E("truce|signed", "2020-11-09")),
    one("s10a-under-deal-brokered", "modifier", "2016-12-16",
        "Buses began carrying fighters out of eastern Aleppo on Thursday under an evacuation deal brokered by "
        "Russia and Turkey on Tuesday.",
        E("deal|brokered", "2016-12-13")),
    one("s10a-under-agreement-reached", "modifier", "2018-07-16",
        "Rebels started handing over their heavy weapons in Deraa on Sunday under an agreement reached with "
        "Russian officers last week.",
        E("agreement|reached", "2018-07-09", "2018-07-15")),
    one("s10a-despite-truce-agreed", "modifier", "2016-07-14",
        "Government troops shelled the northern villages on Wednesday despite the truce agreed with the rebels "
        "in Addis Ababa on Monday.",
        E("truce|agreed", "2016-07-11")),
    one("s10a-under-ceasefire-brokered", "modifier", "2021-05-24",
        "Fishermen put out to sea again on Sunday under the ceasefire brokered by Egypt on Thursday.",
        E("ceasefire|brokered", "2021-05-20")),
    one("s10a-under-accord-sealed", "modifier", "2015-02-24",
        "Separatist gunners began withdrawing their heavy guns on Tuesday under the accord sealed in Minsk last week.",
        E("accord|sealed", "2015-02-16", "2015-02-22")),
    # --- a relative clause with its pronoun and its subject -------------------------------------------------
    one("s10a-which-parties-signed", "modifier", "2020-10-07",
        "The accord which the parties signed in Juba on Monday has already been violated twice.",
        E("accord|signed", "2020-10-05")),
    one("s10a-that-qatar-mediated", "modifier", "2023-11-30",
        "Aid agencies welcomed the truce that Qatar mediated on Tuesday between Israel and Hamas.",
        E("truce|mediated", "2023-11-28")),
    one("s10a-that-sides-negotiated", "modifier", "2022-07-28",
        "The grain deal that the two sides negotiated in Istanbul last week allows ships to leave three ports.",
        E("deal|negotiated", "2022-07-18", "2022-07-24")),
    # --- a relative clause without its pronoun --------------------------------------------------------------
    one("s10a-bare-pact-reached", "modifier", "2019-03-19",
        "Militia fighters handed over their positions on Monday under the pact the government reached with "
        "tribal elders last week.",
        E("pact|reached", "2019-03-11", "2019-03-17")),
    one("s10a-bare-truce-signed", "modifier", "2023-06-05",
        "The truce the generals signed on Friday held through the weekend.",
        E("truce|signed", "2023-06-02")),
    one("s10a-bare-deal-brokered", "modifier", "2020-06-10",
        "The deal Washington brokered in March has kept the border quiet.",
        E("deal|brokered", "2020-03-01", "2020-03-31")),
    # --- a vote whose object is the antecedent of its relative clause ---------------------------------------
    one("s10a-constitution-approved", "modifier", "2019-04-23",
        "The new constitution that voters approved on Sunday takes effect next month.",
        E("approv|vote", "2019-04-21")),
    one("s10a-charter-adopted", "modifier", "2019-08-09",
        "The transitional charter which the council adopted on Thursday gives the army a veto.",
        E("adopt|vote", "2019-08-08")),
    one("s10a-government-approved", "modifier", "2021-03-15",
        "The unity government that lawmakers approved at the weekend was sworn in on Monday.",
        E("approv|vote", "2021-03-13", "2021-03-14")),
    # --- "agreed <date> to <verb>": the agreement is dated, not the infinitive's act ------------------------
    one("s10a-agreed-to-extend", "agreed-to", "2022-11-17",
        "Russia agreed on Tuesday to extend the grain corridor for another 120 days.",
        E("agree", "2022-11-15")),
    one("s10a-agreed-to-suspend", "agreed-to", "2014-11-25",
        "The junta agreed on Sunday to suspend its crackdown for 72 hours so that mediators can reach the rebels.",
        E("agree", "2014-11-23")),
    one("s10a-agreed-yesterday-to-halt", "agreed-to", "2018-12-14",
        "The warring parties agreed yesterday to halt fighting around the port of Hodeidah.",
        E("agree", "2018-12-13")),
    one("s10a-agreed-late-to-open", "agreed-to", "2022-03-08",
        "Moscow agreed late on Monday to open humanitarian corridors from four cities.",
        E("agree", "2022-03-07")),
    one("s10a-agreed-weekend-to-postpone", "agreed-to", "2021-02-08",
        "Both factions agreed at the weekend to postpone the vote so that the monitors can deploy.",
        E("agree", "2021-02-06", "2021-02-07")),
    one("s10a-agreed-to-free", "agreed-to", "2017-05-10",
        "The kidnappers agreed on Monday to free the remaining hostages in exchange for five prisoners.",
        E("agree", "2017-05-08")),
    # --- negatives: no mixing of dates ----------------------------------------------------------------------
    one("s10a-signed-then-collapsed", "modifier", "2018-05-09",
        "The nuclear deal signed in 2015 collapsed on Tuesday.",
        E("deal|sign", "2015-01-01", "2015-12-31")),
    neg("s10a-n-signed-not-collapse-day", "2018-05-09",
        "The nuclear deal signed in 2015 collapsed on Tuesday.",
        E("deal|sign", "2018-05-08", "2018-05-08")),
    neg("s10a-n-under-deal-terms", "2022-07-20",
        "Under the deal, the troops will leave the city by Friday.",
        E("deal", "2022-07-22", "2022-07-22")),
    neg("s10a-n-agreed-to-meet", "2023-03-06",
        "The two sides agreed to meet again on Friday.",
        E("agree", "2023-03-10", "2023-03-10")),
    neg("s10a-n-moved-under-deal", "2019-10-23",
        "Military police moved into the border towns on Wednesday under a deal sealed by the two presidents "
        "in Sochi yesterday.",
        E("deal|sealed", "2019-10-23", "2019-10-23")),
    neg("s10a-n-despite-ceasefire", "2022-08-08",
        "Despite the ceasefire, shelling resumed on Sunday.",
        E("ceasefire", "2022-08-07", "2022-08-07")),
    neg("s10a-n-brokered-then-broken", "2021-06-09",
        "The truce brokered by Qatar last week was broken on Tuesday.",
        E("truce|brokered", "2021-06-08", "2021-06-08")),
]

XFAIL_S10A: dict[str, str] = {}

__all__ = ["E", "ENTRIES", "XFAIL_S10A", "Entry", "apart", "cross", "neg", "one"]
