"""Session-12 entries of the events conformance corpus (part c; see ``event_corpus.py`` for the kinds).

Every sentence our own.  Entries the engine fails are listed in ``XFAIL_S12C`` with their class.
Part c: one act told by two articles in words that no narrow pass matches (:mod:`timeline._events._scored`):
an attack and a capture of one target ("stormed X on Tuesday" / "X, which they overran last week"); a strike
on one site told by its object ("an air strike hit a hospital near X" / "Monday's strike on the X hospital");
a meeting told as a pledge, talks, a summit or a visit, its participants by full name and by surname; and
what must stay apart (two strikes on one day at two sites, two meetings of one man on one day with two
others, a storming and a capture of two towns).
"""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross

__all__ = ["ENTRIES", "XFAIL_S12C"]

ENTRIES: list[Entry] = [
    # --- an attack and a capture of one target -----------------------------------------------------------------
    cross("s12c-x-stormed-overran-last-week", [
        ("2014-06-11", "Jihadist fighters stormed Mosul on Tuesday, seizing the airport and freeing hundreds of "
                       "prisoners from the city's jail."),
        ("2014-06-17", "Thousands of families fled Mosul, which the jihadists overran last week, residents said."),
    ], E("storm|overr", "2014-06-10")),
    cross("s12c-x-stormed-took-over", [
        ("2021-08-07", "Taliban fighters stormed Zaranj on Friday, taking the governor's compound without a fight."),
        ("2021-08-10", "The Taliban took over Zaranj on Friday, officials in Nimroz said."),
    ], E("storm|took", "2021-08-06")),
    cross("s12c-x-stormed-overran-weekend", [
        ("2012-04-02", "Tuareg rebels stormed Timbuktu on Sunday, raising their flag over the military camp."),
        ("2012-04-06", "The rebels, who overran Timbuktu last weekend, have declared an independent state."),
    ], E("storm|overr", "2012-04-01")),
    cross("s12c-x-stormed-seized-headquarters", [
        ("2014-04-13", "Pro-Russian gunmen stormed the police headquarters in Sloviansk on Saturday, witnesses said."),
        ("2014-04-15", "The gunmen seized the police headquarters in Sloviansk on Saturday and still hold it."),
    ], E("storm|seiz", "2014-04-12")),
    cross("s12c-x-stormed-compound-overran", [
        ("2011-08-24", "Rebel fighters stormed Bab al-Aziziya on Tuesday, overwhelming the last guards of the compound."),
        ("2011-08-29", "Rebels searched the tunnels under Bab al-Aziziya, which they overran last week."),
    ], E("storm|overr", "2011-08-23")),
    cross("s12c-x-stormed-took-over-last-week", [
        ("2012-11-21", "M23 rebels stormed Goma on Tuesday, meeting little resistance from the army."),
        ("2012-11-26", "The M23 rebels took over Goma last week and are now pushing south, aid workers said."),
    ], E("storm|took", "2012-11-20")),
    # --- a strike on one site, told by its object ----------------------------------------------------------------
    cross("s12c-x-strike-hospital-near", [
        ("2016-02-16", "An air strike hit a hospital supported by aid agencies near the town of Maarat al-Numan on "
                       "Monday, killing nine people."),
        ("2016-02-17", "The charity condemned Monday's strike on the hospital in Maarat al-Numan, which it had "
                       "supported for years."),
    ], E("strike", "2016-02-15")),
    cross("s12c-x-strike-trauma-hospital", [
        ("2015-10-04", "A U.S. air strike hit a trauma hospital run by Doctors Without Borders in Kunduz on "
                       "Saturday, killing 22 people."),
        ("2015-10-06", "The charity demanded an inquiry into Saturday's bombing of its trauma hospital in Kunduz."),
    ], E("strike|bomb", "2015-10-03")),
    cross("s12c-x-shell-school-near", [
        ("2014-07-31", "A shell struck a United Nations school sheltering displaced families near Jabalia on "
                       "Wednesday, killing 15 people."),
        ("2014-08-01", "The U.N. condemned Wednesday's shelling of the Jabalia school, where displaced families "
                       "had taken refuge."),
    ], E("struck|shell", "2014-07-30")),
    cross("s12c-x-strike-maternity-hospital", [
        ("2022-03-10", "A Russian air strike hit a maternity hospital in Mariupol on Wednesday, officials said."),
        ("2022-03-11", "Rescuers pulled patients from the maternity hospital after Wednesday's bombing in Mariupol."),
    ], E("strike|bomb", "2022-03-09")),
    cross("s12c-x-struck-market-raid", [
        ("2015-08-17", "Government aircraft struck a crowded market in Douma on Sunday, killing at least 80 "
                       "people, monitors said."),
        ("2015-08-18", "The U.N. envoy called Sunday's air raid on the Douma market unacceptable."),
    ], E("struck|raid", "2015-08-16")),
    cross("s12c-x-strike-bombing-district", [
        ("2023-07-09", "An air strike hit a residential district of Omdurman on Saturday, killing 22 people, the "
                       "health ministry said."),
        ("2023-07-10", "Residents buried the victims of Saturday's bombing of the residential district in Omdurman."),
    ], E("strike|bomb", "2023-07-08")),
    # --- a meeting told as a pledge, talks, a summit or a visit -------------------------------------------------
    cross("s12c-x-pledged-meeting-summit", [
        ("2018-07-17", "Donald Trump and Vladimir Putin pledged on Monday to improve ties, meeting in Helsinki for "
                       "their first summit."),
        ("2018-07-18", "Critics assailed Trump's performance at Monday's summit with Putin in Helsinki."),
    ], E("summit|meet|pledg", "2018-07-16")),
    cross("s12c-x-met-talks-surnames", [
        ("2019-03-01", "Kim Jong Un and Donald Trump met in Hanoi on Thursday but left without a deal."),
        ("2019-03-02", "North Korea blamed Washington for the collapse of Thursday's talks between Kim and Trump "
                       "in Hanoi."),
    ], E("met|talks", "2019-02-28")),
    cross("s12c-x-talks-summit", [
        ("2021-06-17", "Joe Biden and Vladimir Putin held talks in Geneva on Wednesday, agreeing to return their "
                       "ambassadors."),
        ("2021-06-19", "Moscow praised Wednesday's summit between Putin and Biden in Geneva as constructive."),
    ], E("talks|summit", "2021-06-16")),
    cross("s12c-x-met-talks-singapore", [
        ("2015-11-08", "Xi Jinping met Ma Ying-jeou in Singapore on Saturday, the first meeting of the two sides' "
                       "leaders since 1949."),
        ("2015-11-10", "Taiwan's opposition criticised Ma's talks with Xi in Singapore on Saturday."),
    ], E("met|meeting|talks", "2015-11-07")),
    cross("s12c-x-agreed-at-summit", [
        ("2023-08-25", "At a summit in Johannesburg, the BRICS leaders agreed on Thursday to admit six new members."),
        ("2023-08-28", "The expansion endorsed at Thursday's summit in Johannesburg doubles the bloc's membership."),
    ], E("summit|agreed", "2023-08-24")),
    cross("s12c-x-talks-visit", [
        ("2023-03-21", "Xi Jinping held talks with Vladimir Putin in Moscow on Monday, officials said."),
        ("2023-03-24", "Kyiv said Xi's visit to Putin in Moscow on Monday changed nothing."),
    ], E("talks|visit", "2023-03-20")),
    # --- what stays apart ------------------------------------------------------------------------------------------
    apart("s12c-a-two-strikes-two-sites", [
        ("2016-02-16", "An air strike hit a hospital in Azaz on Monday, killing 14 people."),
        ("2016-02-17", "Monday's strike on a school in Marea killed six children."),
    ], E("strike", "2016-02-15"), E("strike", "2016-02-15")),
    apart("s12c-a-two-hospitals-two-towns", [
        ("2015-10-28", "An air strike hit a hospital in Sarmin on Tuesday, killing three medics."),
        ("2015-10-29", "Tuesday's strike on a hospital in Haas killed two nurses."),
    ], E("strike", "2015-10-27"), E("strike", "2015-10-27")),
    apart("s12c-a-two-meetings-one-day", [
        ("2021-10-07", "Jake Sullivan met Yang Jiechi in Zurich on Wednesday, officials said."),
        ("2021-10-08", "Jake Sullivan held talks with Ignazio Cassis on Wednesday, a Swiss spokesman said."),
    ], E("met|talks", "2021-10-06"), E("met|talks", "2021-10-06")),
    apart("s12c-a-two-summits-one-day", [
        ("2022-11-15", "Joe Biden met Xi Jinping in Bali on Monday on the sidelines of the G20."),
        ("2022-11-16", "Joe Biden held talks with Rishi Sunak in Bali on Monday."),
    ], E("met|talks", "2022-11-14"), E("met|talks", "2022-11-14")),
    apart("s12c-a-storm-capture-two-towns", [
        ("2021-08-09", "Taliban fighters stormed Kunduz on Sunday, officials said."),
        ("2021-08-09", "The Taliban captured Sar-e Pul on Sunday, the third provincial capital in a weekend."),
    ], E("storm|captur", "2021-08-08"), E("storm|captur", "2021-08-08")),
    apart("s12c-a-storm-overran-two-towns", [
        ("2014-06-11", "Jihadist fighters stormed Mosul on Tuesday, residents said."),
        ("2014-06-17", "Tikrit, which the jihadists overran last week, lies deserted."),
    ], E("storm|overr", "2014-06-10"), E("storm|overr", "2014-06-09", "2014-06-15")),
    apart("s12c-a-two-strikes-no-place", [
        ("2019-09-02", "An air strike hit a prison in Dhamar on Sunday, killing more than 100 detainees."),
        ("2019-09-03", "An air strike hit a wedding party on Sunday, killing 12 guests, medics said."),
    ], E("strike", "2019-09-01"), E("strike", "2019-09-01")),
    apart("s12c-a-two-strikes-one-city", [
        ("2024-09-28", "The runways of the city's airport in Sidon were bombed by warplanes early on Friday."),
        ("2024-09-29", "On Friday a party office in the southern suburbs of Sidon was flattened by air strikes."),
    ], E("bomb", "2024-09-27"), E("flatten|strike", "2024-09-27")),
    apart("s12c-a-two-talks-one-venue", [
        ("2019-07-07", "GENEVA - Talks between the Sudanese generals and the protest leaders opened on Saturday."),
        ("2019-07-08", "GENEVA - Talks between Armenia and Azerbaijan opened on Saturday, diplomats said."),
    ], E("talks", "2019-07-06"), E("talks", "2019-07-06")),
]

XFAIL_S12C: dict[str, str] = {
    "s12c-a-two-strikes-two-sites": "NO-ACTOR-ONE-DAY: the existing one-day pass (_corefer._merge_across with "
    "_local.same_day_at) joins two actor-less strikes of one day, the target of one (Azaz) and the place of the other "
    "(Marea) not compared (_cluster._geo_ok: places alone never separate) - not the scored pass | observed: 'Air "
    "strike on Azaz' over both documents",
    "s12c-a-two-hospitals-two-towns": "NO-ACTOR-ONE-DAY: as above, the existing one-day pass joins two actor-less "
    "strikes on hospitals of one day in two towns | observed: 'Air strike on Sarmin' over both documents",
    "s12c-a-two-summits-one-day": "SHARED-ACTOR-MEETING: _corefer._merge_across joins two meetings of one day that share "
    "an actor (Joe Biden) although each names another participant (Xi Jinping, Rishi Sunak) that are no actors | "
    "observed: 'Joe Biden meets in Bali' over both documents",
}
