"""Session-12 entries of the events conformance corpus (part d; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S12D`` with their class.
Part d: a campaign's halt told by a gap ("two days after Israel called a halt to its offensive", "after NATO
wound down its air campaign", "after Moscow put an end to its assault") is an event of its own, dated from the
main clause, never the campaign's start; an announced end ("announced late on Tuesday that it was ending
Operation X") is the halt of that day, and the two tellings are one halt; a subject that retells an act told
before ("The announcement came a day after ...") counts the gap from that act's day.  Negatives: a halt of talks,
a halt refused, and "three days after the offensive began" (still the start).
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- "<gap> after <actor> called a halt to / wound down / put an end to its <campaign>": the halt's day ---------
    one("s12d-halt-called-gaza", "halt-gap", "2014-08-25",
        "Israeli troops launched their ground offensive in Gaza on July 17. Hamas fighters fired rockets at Ashkelon "
        "on Sunday, two days after Israel called a halt to its offensive in the territory.",
        E("halt", "2014-08-22"), E("offensive", "2014-07-17")),
    one("s12d-halt-called-kosovo", "halt-gap", "1999-06-14",
        "Serbian forces withdrew from Pristina on Sunday, four days after NATO called a halt to its bombing campaign.",
        E("halt", "1999-06-09")),
    one("s12d-halt-called-georgia", "halt-gap", "2008-08-18",
        "Georgian troops returned to Gori on Sunday, four days after Moscow called a halt to its military operation "
        "in Georgia.",
        E("halt", "2008-08-13")),
    one("s12d-halt-called-week", "halt-gap", "2019-10-25",
        "Kurdish fighters withdrew from Ras al-Ain on Friday, a week after Ankara called a halt to its incursion into "
        "northern Syria.",
        E("halt", "2019-10-15", "2019-10-21")),
    one("s12d-halt-wound-down", "halt-gap", "2021-05-25",
        "Militants fired rockets at Sderot on Monday, four days after Israel wound down its air campaign.",
        E("wound down", "2021-05-20")),
    one("s12d-halt-put-end", "halt-gap", "2022-04-02",
        "Russian troops pulled out of Hostomel on Saturday, five days after Moscow put an end to its assault on Kyiv.",
        E("end to", "2022-03-28")),
    one("s12d-halt-put-end-lebanon", "halt-gap", "2006-08-18",
        "Lebanese troops deployed south of the Litani on Thursday, three days after Israel put an end to its air "
        "campaign in Lebanon.",
        E("end to", "2006-08-14")),
    one("s12d-halt-declared-end", "halt-gap", "2016-03-18",
        "Syrian troops entered Palmyra on Thursday, three days after Moscow declared an end to its Syria operation.",
        E("end to", "2016-03-14")),
    one("s12d-halt-suspended", "halt-gap", "2018-06-29",
        "Houthi fighters shelled the port on Thursday, two days after the Emirates suspended their offensive on "
        "Hodeidah.",
        E("suspend", "2018-06-26")),
    # --- an announced end: the halt of the report's day -------------------------------------------------------------
    one("s12d-halt-announced-ending", "halt-announced", "2017-03-15",
        "The Pentagon announced late on Monday that it was ending Operation Desert Lance, saying the militants' "
        "depots had been destroyed.",
        E("end|announc", "2017-03-13")),
    one("s12d-halt-said-ending", "halt-announced", "2011-10-31",
        "NATO said on Friday it was ending its air operation over Libya.",
        E("end", "2011-10-28")),
    # --- the two tellings are one halt --------------------------------------------------------------------------------
    cross("s12d-x-halt-announced-and-called", [
        ("2017-03-15", "The Pentagon announced late on Monday that it was ending Operation Desert Lance, saying the "
                       "militants' depots had been destroyed."),
        ("2017-03-17", "Militants ambushed a convoy near Tal Afar on Thursday, three days after Washington called a "
                       "halt to its Desert Lance air campaign."),
    ], E("halt|end|announc", "2017-03-13")),
    cross("s12d-x-halt-said-and-called", [
        ("2011-10-31", "NATO said on Friday it was ending its air operation over Libya."),
        ("2011-11-02", "Rebel fighters entered Bani Walid on Monday, three days after NATO called a halt to its air "
                       "operation over Libya."),
    ], E("halt|end", "2011-10-28")),
    cross("s12d-x-halt-ordered-and-over", [
        ("2021-06-29", "Prime Minister Abiy ordered a halt to the army's offensive in Tigray on Monday."),
        ("2021-06-30", "The government announced on Monday that its offensive in Tigray was over."),
    ], E("halt|end to", "2021-06-28")),
    apart("s12d-a-halts-two-places", [
        ("2021-06-29", "Prime Minister Abiy ordered a halt to the army's offensive in Tigray on Monday."),
        ("2021-06-30", "The government announced on Monday that its offensive in Oromia was over."),
    ], E("halt", "2021-06-28"), E("end to", "2021-06-28")),
    # --- "The announcement came a day after <act>": the act is a day before the announcement's own day --------------
    one("s12d-came-a-day-after-announcement", "subject-gap", "2016-07-21",
        "The interior minister declared a curfew in the capital late on Wednesday, as police hunted the plotters of "
        "last week's attack. The announcement came a day after the government dismissed 3,000 police officers.",
        E("dismiss", "2016-07-19")),
    one("s12d-came-a-day-after-decision", "subject-gap", "2019-04-12",
        "The junta declared a state of emergency on Thursday, a week after last month's protests. The decision came "
        "a day after soldiers arrested the former president.",
        E("arrest", "2019-04-10")),
    # --- negatives ----------------------------------------------------------------------------------------------------
    neg("s12d-n-halt-not-the-start", "2014-08-25",
        "Israeli troops launched their ground offensive in Gaza on July 17. Hamas fighters fired rockets at Ashkelon "
        "on Sunday, two days after Israel called a halt to its offensive in the territory.",
        # (the halt itself, "Israel calls halt to offensive", is rightly an event of that day: the offensive is not)
        E("offensive in|ground offensive", "2014-08-22")),
    one("s12d-n-began-still-the-start", "halt-gap", "2016-06-20",
        "Ukrainian troops entered Vovchansk on Friday, three days after the Ukrainian counteroffensive began.",
        E("counteroffensive", "2016-06-14")),
    one("s12d-n-began-offensive-on", "halt-gap", "2016-06-20",
        "Ukrainian troops entered Vovchansk on Friday, three days after the offensive on Kharkiv began.",
        E("offensive", "2016-06-14")),
    neg("s12d-n-halt-of-talks", "2019-02-16",
        "The delegates flew home on Friday, two days after the mediators called a halt to the talks.",
        E("halt", None)),
    neg("s12d-n-halt-refused", "2014-07-25",
        "Rebels shelled Donetsk airport on Thursday, two days after the government refused to call a halt to its "
        "offensive.",
        E("halt", None)),
]

XFAIL_S12D: dict[str, str] = {}
