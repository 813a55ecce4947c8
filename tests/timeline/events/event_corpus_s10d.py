"""Session-10 entries of the events conformance corpus (part d; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S10D`` with their class.
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, one

ENTRIES: list[Entry] = [
    # --- a campaign told by its launch day in one article and only by its age in another ------------------
    cross("s10d-x-aged-operations-campaign", [
        ("2015-03-27", "Saudi-led warplanes began military operations in Yemen on Thursday (March 26), officials "
                       "said."),
        ("2015-04-23", "Four weeks into the Saudi-led campaign in Yemen, aid agencies warned of famine."),
    ], E("operation|campaign", "2015-03-26")),
    cross("s10d-x-aged-karabakh", [
        ("2020-09-29", "Azerbaijani forces launched military operations in Nagorno-Karabakh on Sunday (Sept. 27), "
                       "Baku said."),
        ("2020-10-19", "Three weeks into the campaign in Nagorno-Karabakh, shells fell on Stepanakert again."),
    ], E("operation|campaign|offensive", "2020-09-27")),
    cross("s10d-x-aged-mali-days", [
        ("2013-01-12", "French troops began operations in Mali on Friday (Jan. 11), the defence minister said."),
        ("2013-01-21", "Ten days into the French campaign in Mali, soldiers reached the town of Diabaly."),
    ], E("operation|campaign", "2013-01-11")),
    cross("s10d-x-aged-gaza-offensive", [
        ("2014-07-09", "Israel began military operations in Gaza on Tuesday (July 8), the army said."),
        ("2014-07-29", "Three weeks into the Israeli offensive in Gaza, the United Nations said its shelters were "
                       "full."),
    ], E("operation|offensive", "2014-07-08")),
    cross("s10d-x-aged-syria-weeks", [
        ("2015-10-01", "Russian warplanes began air operations in Syria on Wednesday (Sept. 30), the Kremlin said."),
        ("2015-11-11", "Six weeks into the Russian campaign in Syria, rebels said their supply lines were cut."),
    ], E("operation|campaign", "2015-09-30")),
    cross("s10d-x-aged-afrin-operation", [
        ("2018-01-21", "Turkish troops began military operations in Afrin on Saturday (Jan. 20), the army said."),
        ("2018-02-10", "Three weeks into the Turkish campaign in Afrin, Kurdish fighters still hold the town "
                       "centre."),
    ], E("operation|campaign", "2018-01-20")),
    # --- a town's fall told a week later by nobody --------------------------------------------------------
    cross("s10d-x-week-old-goma", [
        ("2012-11-21", "M23 rebels captured Goma on Tuesday after UN peacekeepers stood aside."),
        ("2012-11-27", "Goma, which fell a week ago, was calm as shops reopened, residents said."),
    ], E("captur|fell|fall", "2012-11-20")),
    cross("s10d-x-week-old-debaltseve", [
        ("2015-02-19", "Separatist fighters captured Debaltseve on Wednesday after a month-long siege."),
        ("2015-02-24", "Debaltseve, which fell last week, lies in ruins, the OSCE said."),
    ], E("captur|fell|fall", "2015-02-18")),
    cross("s10d-x-week-old-timbuktu", [
        ("2012-04-03", "Islamist fighters seized Timbuktu on Monday as the army fled south."),
        ("2012-04-10", "Timbuktu, which fell last week, is now under the control of the Islamists."),
    ], E("seiz|fell|fall", "2012-04-02")),
    cross("s10d-x-week-old-palmyra", [
        ("2015-05-21", "Islamic State fighters overran Palmyra on Wednesday (May 20), activists said."),
        ("2015-05-27", "Palmyra, which fell last week, is emptying of its people, activists said."),
    ], E("overr|fell|fall", "2015-05-20")),
    cross("s10d-x-week-old-shusha", [
        ("2020-11-09", "Azerbaijani troops captured Shusha on Sunday (Nov. 8) after days of fighting."),
        ("2020-11-15", "Shusha, which fell a week ago, was quiet on Sunday, a reporter said."),
    ], E("captur|fell|fall", "2020-11-08")),
    cross("s10d-x-week-old-konna", [
        ("2013-01-11", "Islamist fighters seized Konna on Thursday (Jan. 10) as the army fell back."),
        ("2013-01-17", "Konna, which fell last week, is deserted, officials said."),
    ], E("seiz|fell|fall", "2013-01-10")),
    # --- apart --------------------------------------------------------------------------------------------
    apart("s10d-a-aged-final-phase", [
        ("2016-10-18", "Iraqi forces began military operations in Nineveh on Monday (Oct. 17), officials said."),
        ("2017-03-10", "Three weeks into the final offensive in Nineveh, troops reached the old bridge."),
    ], E("operation", "2016-10-17"), E("offensive", "2017-02-12", "2017-02-20")),
    apart("s10d-a-aged-months-apart", [
        ("2018-02-10", "The army began military operations in Sinai on Friday (Feb. 9), a spokesman said."),
        ("2018-09-20", "Three weeks into the army's campaign in Sinai, curfews were extended."),
    ], E("operation", "2018-02-09"), E("campaign", "2018-08-27", "2018-09-02")),
    apart("s10d-a-aged-phase-in-region", [
        ("2022-02-25", "Russian troops began military operations in Ukraine on Thursday (Feb. 24), officials said."),
        ("2022-06-20", "Two months into the Russian offensive in Donbas, Ukrainian commanders said on Monday the "
                       "front had barely moved."),
    ], E("operation", "2022-02-24"), E("offensive", "2022-04-05", "2022-05-06")),
    apart("s10d-a-week-old-another-town", [
        ("2015-05-21", "Islamic State fighters overran Palmyra on Wednesday (May 20), activists said."),
        ("2015-05-27", "Ramadi, which fell last week, is emptying of its people, activists said."),
    ], E("overr", "2015-05-20"), E("fell|fall", "2015-05-18", "2015-05-24")),
    # --- an act told as done by a day, and the same act dated roughly by another article ---------------------
    cross("s10d-x-open-rough-ramadi", [
        ("2015-12-29", "Iraqi troops have retaken the government complex in Ramadi, a spokesman said on Monday "
                       "(Dec. 28)."),
        ("2016-01-20", "Iraqi troops retook the government complex in Ramadi in late December, officials said."),
    ], E("retak|retook", "2015-12-16", "2015-12-28")),
    cross("s10d-x-open-rough-kobani", [
        ("2015-01-27", "Kurdish fighters have driven Islamic State out of Kobani, a spokesman said on Monday "
                       "(Jan. 26)."),
        ("2015-02-16", "Kurdish fighters drove Islamic State out of Kobani in late January, activists said."),
    ], E("drove|driv|out of", "2015-01-16", "2015-01-26")),
    cross("s10d-x-open-rough-tikrit", [
        ("2015-04-02", "Iraqi forces have captured the provincial headquarters in Tikrit, the prime minister said "
                       "on Tuesday (March 31)."),
        ("2015-04-20", "Iraqi forces captured the provincial headquarters in Tikrit in late March, officials said."),
    ], E("captur", "2015-03-16", "2015-03-31")),
    cross("s10d-x-open-rough-aden-palace", [
        ("2015-04-03", "Houthi fighters have seized the presidential palace in Aden, officials said on Thursday "
                       "(April 2)."),
        ("2015-04-25", "Houthi fighters seized the presidential palace in Aden in early April, officials said."),
    ], E("seiz", "2015-04-01", "2015-04-02")),
]

XFAIL_S10D: dict[str, str] = {}

__all__ = ["E", "ENTRIES", "XFAIL_S10D", "Entry", "apart", "cross", "neg", "one"]
