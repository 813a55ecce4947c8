"""Session-13 entries of the events conformance corpus (part a; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S13A`` with their class.

Acts told in a participial appositive, "NP, <past participle> [by AGENT] <date>": the act is done to the noun
phrase and dated by that date, never the main clause's verb; a lexicon verb is a mention of its type (so it
joins a plain telling of another article), a verb the lexicon lacks an open act.
"""

from __future__ import annotations

from event_corpus_model import E, Entry, cross, neg, one

__all__ = ["ENTRIES", "XFAIL_S13A"]

ENTRIES: list[Entry] = [
    one("s13a-apposed-taken-in-list", "apposed", "2017-08-30",
        "Iraqi troops have recaptured most of Tal Afar, the Zuhur district, taken on Sunday, and the citadel.",
        E("taken", "2017-08-27")),
    one("s13a-apposed-seized-object", "apposed", "2012-04-03",
        "Rebels now hold Kidal, seized on Friday after a two-day battle, and are pushing south towards Gao.",
        E("seiz", "2012-03-30")),
    one("s13a-apposed-freed-subject", "apposed", "2015-02-03",
        "The journalist Peter Greste, freed on Sunday after 400 days in jail, flew home to Australia.",
        E("freed|release", "2015-02-01")),
    one("s13a-apposed-arrested-by", "apposed", "2019-04-12",
        "Omar al-Bashir, arrested by the army on Thursday, was taken to Kober prison.",
        E("arrest", "2019-04-11")),
    one("s13a-apposed-lost-to", "apposed", "2015-04-02",
        "The army said on Tuesday it had retaken Tikrit, lost to militants in June 2014.",
        E("lost|captur", "2014-06-01", "2014-06-30")),
    one("s13a-apposed-open-flown-in", "apposed", "2014-09-02",
        "The peacekeepers, flown in on Tuesday from Kenya, began patrolling the border.",
        E("flown", "2014-09-02")),
    one("s13a-apposed-open-evicted", "apposed", "2019-10-20",
        "Kurdish fighters, evicted from Ras al-Ain on Sunday, headed south.",
        E("evicted", "2019-10-20")),
    one("s13a-apposed-open-ousted", "apposed", "2013-07-08",
        "Mohamed Morsi, ousted by the army on Wednesday, is being held at a secret location.",
        E("oust", "2013-07-03")),
    one("s13a-apposed-open-fronted", "apposed", "1995-07-24",
        "On Sunday, the Dutch battalion, rotated out of Srebrenica on Friday, reached Zagreb.",
        E("rotated", "1995-07-21")),
    one("s13a-apposed-fronted-date-main-verb", "apposed", "1995-07-24",
        "On Sunday, the Dutch battalion, rotated out of Srebrenica on Friday, reached Zagreb.",
        E("reach", "1995-07-23")),
    one("s13a-apposed-since-shelled", "apposed", "2022-03-10",
        "The town of Irpin, shelled since Monday, has no water or power.",
        E("shell", "2022-03-07")),
    one("s13a-apposed-deal-noun-keeps", "apposed", "2020-03-02",
        "The deal, signed on Saturday in Doha, sets a timetable for the withdrawal of troops.",
        E("deal", "2020-02-29")),
    cross("s13a-x-apposed-taken-took", [
        ("2012-03-31", "Tuareg rebels took Gao on Saturday after a day of fighting."),
        ("2012-04-04", "The army now holds only Mopti, and Gao, taken by rebels on Saturday, is under curfew."),
    ], E("took|taken", "2012-03-31")),
    cross("s13a-x-apposed-released-freed", [
        ("2007-07-05", "Crowds cheered the release of Alan Johnston in Gaza. Johnston was freed on Wednesday after "
                       "114 days in captivity."),
        ("2007-07-06", "Alan Johnston, released on Wednesday after nearly four months, thanked his supporters."),
    ], E("freed|release", "2007-07-04")),
    neg("s13a-neg-apposed-main-verb", "2017-08-30",
        "Iraqi troops have recaptured most of Tal Afar, the Zuhur district, taken on Sunday, and the citadel.",
        E("recaptur", "2017-08-27")),
    neg("s13a-neg-apposed-greeted", "2022-11-12",
        "Ukrainian troops entered Kherson, greeted by cheering crowds on Friday.",
        E("greet", "2022-11-11")),
    neg("s13a-neg-apposed-backed", "2017-07-11",
        "The army retook the old city, backed by US air strikes on Monday.",
        E("backed", "2017-07-10")),
    neg("s13a-neg-apposed-wounded-hospital", "2022-03-10",
        "The wounded, taken to hospital on Monday, were treated for shrapnel injuries.",
        E("taken|captur", "2022-03-07")),
    neg("s13a-neg-apposed-report", "2019-05-02",
        "The report, published on Tuesday, said hundreds had died.",
        E("publish", "2019-04-30")),
]

XFAIL_S13A: dict[str, str] = {}
