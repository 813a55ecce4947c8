"""Session-14 entries of the events conformance corpus (part c; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S14C`` with their class.
Part c: one act told in different words by different articles (an invasion and a seizure of one territory by
one side on one day; a surrender told by the commander, the garrison or "laid down its arms"; a bare "the
invasion of D"), and what must stay apart (two places, two days, two sides, two invasions of one day).
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross

ENTRIES: list[Entry] = [
    # --- an invasion and a seizure: one taking, told by two verbs and two names of one side ------------------
    cross("s14c-x-kuwait-seized-invaded", [
        ("1990-08-03", "Iraqi troops seized Kuwait on Thursday, overrunning the emirate's small army within hours."),
        ("1990-08-05", "Oil prices jumped on Saturday, two days after Iraq invaded Kuwait."),
    ], E("seiz|invad", "1990-08-02")),
    cross("s14c-x-kuwait-seized-invaded-dated", [
        ("1990-08-03", "Iraqi troops seized Kuwait on Thursday, overrunning the emirate's small army within hours."),
        ("1990-08-05", "Iraq invaded Kuwait on Thursday, and oil prices have jumped since."),
    ], E("seiz|invad", "1990-08-02")),
    cross("s14c-x-grenada-invaded-seized", [
        ("1983-10-26", "US troops invaded Grenada on Tuesday, landing at two airfields before dawn."),
        ("1983-10-28", "American forces seized Grenada on Tuesday after brief resistance, officials said."),
    ], E("seiz|invad", "1983-10-25")),
    cross("s14c-x-crimea-occupied-invaded", [
        ("2014-03-02", "Russian forces occupied Crimea on Saturday, surrounding Ukrainian bases on the peninsula."),
        ("2014-03-04", "Kiev said on Tuesday that Russia invaded Crimea on Saturday."),
    ], E("occup|invad", "2014-03-01")),
    cross("s14c-x-cyprus-invasion-captured", [
        ("1974-07-21", "Turkey invaded Cyprus on Saturday, the government in Nicosia said."),
        ("1974-07-23", "Turkish troops captured Cyprus's northern coast on Saturday, according to diplomats."),
    ], E("captur|invad", "1974-07-20")),
    cross("s14c-x-kuwait-city-invasion", [
        ("1990-08-03", "Iraqi forces captured Kuwait City on Thursday after a night of fighting."),
        ("1990-08-06", "Thursday's invasion of Kuwait by Iraqi troops has sent thousands fleeing to Saudi Arabia."),
    ], E("captur|invasion", "1990-08-02")),
    cross("s14c-x-bare-invasion-of-date", [
        ("1990-08-03", "Iraqi troops seized Kuwait on Thursday, August 2, diplomats said."),
        ("1990-08-04", "Iraq invaded Kuwait on Thursday."),
        ("1990-08-20", "Thousands of Kuwaitis have fled since the invasion of August 2."),
    ], E("seiz|invad|invasion", "1990-08-02")),
    # --- one surrender told by the commander, the garrison, "laid down its arms" ---------------------------
    cross("s14c-x-dhaka-commander-garrison", [
        ("1971-12-17", "Pakistan's commander in the east, General Niazi, surrendered his forces in Dhaka on "
                       "Thursday, ending the fighting."),
        ("1971-12-18", "The Pakistani garrison in Dhaka laid down its arms on Thursday, two weeks after the war began."),
    ], E("surrender|laid", "1971-12-16")),
    cross("s14c-x-singapore-surrendered-laid", [
        ("1942-02-16", "British forces in Singapore surrendered to the Japanese on Sunday evening."),
        ("1942-02-18", "The British garrison of Singapore laid down its arms on Sunday, Tokyo radio said."),
    ], E("surrender|laid", "1942-02-15")),
    cross("s14c-x-stalingrad-capitulated", [
        ("1943-02-01", "German troops in Stalingrad capitulated on Sunday, Moscow radio said."),
        ("1943-02-03", "The German commander surrendered his army in Stalingrad on Sunday, the Soviets said."),
    ], E("surrender|capitul", "1943-01-31")),
    cross("s14c-x-dienbienphu-surrender", [
        ("1954-05-08", "French forces at Dien Bien Phu surrendered on Friday after a 55-day siege."),
        ("1954-05-10", "The French garrison at Dien Bien Phu laid down its arms on Friday, Paris confirmed."),
    ], E("surrender|laid", "1954-05-07")),
    cross("s14c-x-dhaka-country-garrison", [
        ("1971-12-17", "Pakistan surrendered in Dhaka on Thursday, ending the war in the east."),
        ("1971-12-18", "The Pakistani garrison in Dhaka laid down its arms on Thursday."),
    ], E("surrender|laid", "1971-12-16")),
    cross("s14c-x-stalingrad-commander-troops", [
        ("1943-02-01", "Germany's commander at Stalingrad, Field Marshal Paulus, surrendered his army on Sunday."),
        ("1943-02-03", "German troops in Stalingrad laid down their arms on Sunday, Moscow radio said."),
    ], E("surrender|laid", "1943-01-31")),
    cross("s14c-x-singapore-country-garrison", [
        ("1942-02-16", "Britain surrendered Singapore to Japan on Sunday evening."),
        ("1942-02-18", "The British garrison of Singapore laid down its arms on Sunday, Tokyo radio said."),
    ], E("surrender|laid", "1942-02-15")),
    cross("s14c-x-kuwait-iraq-surrender", [
        ("1991-02-28", "Iraq's commander in Kuwait City surrendered his forces on Tuesday, allied officers said."),
        ("1991-03-01", "Iraqi troops in Kuwait City capitulated on Tuesday as allied armour closed in."),
    ], E("surrender|capitul", "1991-02-26")),
    # --- what stays apart ------------------------------------------------------------------------------------
    apart("s14c-a-surrender-two-places", [
        ("1971-12-17", "Pakistani forces surrendered in Dhaka on Thursday."),
        ("1971-12-18", "Pakistani troops in the port of Chittagong laid down their arms on Thursday."),
    ], E("surrender", "1971-12-16"), E("laid", "1971-12-16")),
    apart("s14c-a-surrender-two-days", [
        ("1942-02-16", "British forces in Singapore surrendered on Sunday."),
        ("1942-03-10", "British troops in Singapore laid down their arms on Monday."),
    ], E("surrender", "1942-02-15"), E("laid", "1942-03-09")),
    apart("s14c-a-invasion-two-sides", [
        ("1990-08-03", "Iraqi troops seized Kuwait on Thursday."),
        ("1990-08-04", "Syria invaded Kuwait on Thursday, a rumour said."),
    ], E("seiz", "1990-08-02"), E("invad", "1990-08-02")),
    apart("s14c-a-reinvasion-later", [
        ("1974-07-21", "Turkey invaded Cyprus on Saturday, the government in Nicosia said."),
        ("1974-08-15", "Turkish troops seized Famagusta on Wednesday in a second invasion."),
    ], E("invad", "1974-07-20"), E("seiz", "1974-08-14")),
    apart("s14c-a-bare-invasion-two-that-day", [
        ("1941-06-23", "German troops invaded Lithuania on Sunday, and Romanian forces invaded Bessarabia on Sunday."),
        ("1941-12-01", "Nothing has been the same since the invasion of June 22, farmers said."),
    ], E("invad", "1941-06-22"), E("invasion", "1941-06-22")),
]

XFAIL_S14C: dict[str, str] = {}
