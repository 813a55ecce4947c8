"""Session-11 entries of the events conformance corpus (part a; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S11A`` with their class.
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- an act told by what it was done to alone, joined to the one telling of that day ------------------
    cross("s11a-x-object-internet-belarus", [
        ("2020-08-10", "Internet access was cut across the country on Sunday (Aug. 9) as polls closed, users said."),
        ("2020-08-14", "Belarusian authorities shut down the internet on Aug. 9 to stifle protests."),
    ], E("internet|cut|shut", "2020-08-09")),
    cross("s11a-x-object-internet-belarus-said", [
        ("2020-08-10", "Internet access was cut across the country on Sunday (Aug. 9) as polls closed, users said."),
        ("2020-08-14", "Belarusian authorities shut down the internet on Aug. 9, a monitoring group said."),
    ], E("internet|cut|shut", "2020-08-09")),
    cross("s11a-x-object-mobile-ecuador", [
        ("2022-06-22", "Mobile internet was switched off in parts of the country on Tuesday (June 21), residents "
                       "said."),
        ("2022-06-27", "Ecuador's government cut mobile data in Quito on June 21 as the strike spread."),
    ], E("mobile|cut|switch", "2022-06-21")),
    cross("s11a-x-object-social-guinea", [
        ("2020-03-24", "Social media was blocked nationwide on Sunday (March 22) during the referendum, monitors "
                       "said."),
        ("2020-03-30", "The Guinean government blocked Facebook and WhatsApp on March 22, a monitoring group said."),
    ], E("social|block|facebook", "2020-03-22")),
    cross("s11a-x-object-curfew-kenya", [
        ("2020-03-28", "A dusk-to-dawn curfew was imposed on Friday (March 27), police said."),
        ("2020-04-02", "The Kenyan government imposed a curfew on March 27 to slow the virus."),
    ], E("curfew", "2020-03-27")),
    apart("s11a-a-object-mobile-tv", [
        ("2021-01-14", "Mobile internet was switched off across the country on Wednesday (Jan. 13), users said."),
        ("2021-01-18", "The authorities blocked private TV channels in Uganda on Jan. 13, journalists said."),
    ], E("mobile|switch", "2021-01-13"), E("channel|block", "2021-01-13")),
    apart("s11a-a-object-two-days", [
        ("2019-06-04", "Mobile data was cut off across the country on Monday (June 3), residents said."),
        ("2019-06-12", "The military council cut mobile internet in Sudan on June 9 as the strike began."),
    ], E("mobile|cut", "2019-06-03"), E("mobile|cut", "2019-06-09")),
    # --- one campaign, one launch day, told by its city and by its country or a region word -------------
    cross("s11a-x-launch-day-mosul-north", [
        ("2016-10-26", "The Iraqi army's Mosul offensive, begun on Oct. 17, has reached Bartella, officers said."),
        ("2016-10-30", "Iraq's offensive in the north, launched on Oct. 17, has emptied dozens of villages, aid "
                       "groups said."),
    ], E("offensive", "2016-10-17")),
    cross("s11a-x-launch-day-tal-afar-iraq", [
        ("2017-08-25", "The Iraqi army's Tal Afar offensive, begun on Aug. 20, has reached the city centre, officers "
                       "said."),
        ("2017-08-28", "BAGHDAD, Iraq - The Iraqi army says its operation, launched on Aug. 20, is nearly over."),
    ], E("offensive|operation", "2017-08-20")),
    cross("s11a-x-launch-day-kherson-south", [
        ("2022-09-02", "Ukraine's Kherson counteroffensive, begun on Aug. 29, is moving slowly, officials said."),
        ("2022-09-05", "Ukraine's counteroffensive in the south, launched on Aug. 29, has taken two villages, "
                       "officials said."),
    ], E("counteroffensive", "2022-08-29")),
    # --- an undated act told in a dispatch of its own day, dated by another article --------------------------
    cross("s11a-x-report-day-emergency-peru", [
        ("2022-04-05", "The government declared a state of emergency in Lima, suspending the right to assemble, "
                       "officials said."),
        ("2022-04-12", "Protests resumed after the state of emergency declared on April 5 was lifted early."),
    ], E("emergency|declar", "2022-04-05")),
    cross("s11a-x-report-day-curfew-senegal", [
        ("2021-03-05", "The interior ministry imposed a curfew in Dakar after a night of rioting, state media said."),
        ("2021-03-10", "The curfew imposed in Dakar on March 5 has kept the streets quiet, residents said."),
    ], E("curfew", "2021-03-05")),
    apart("s11a-a-launch-day-two-fronts", [
        ("2016-10-26", "The Iraqi army's Mosul offensive, begun on Oct. 17, has reached Bartella, officers said."),
        ("2016-10-30", "The Iraqi army's offensive in Anbar, launched on Oct. 17, has retaken Rutba, officers said."),
    ], E("offensive", "2016-10-17"), E("offensive", "2016-10-17")),
]

XFAIL_S11A: dict[str, str] = {
    "s11a-x-object-internet-belarus": "CLASS: a purpose clause takes the date | observed: 'shut down the internet on "
                                      "Aug. 9 to stifle protests' dates 'Stifle protests by Belarusian government', "
                                      "and the shutdown is no event of that day",
}

__all__ = ["E", "ENTRIES", "XFAIL_S11A", "Entry", "apart", "cross", "neg", "one"]
