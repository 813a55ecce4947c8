"""Cross-document, apart and negative entries of the events conformance corpus (see ``event_corpus.py``)."""

from __future__ import annotations

from event_corpus_model import E, Entry, apart, cross, neg, planned

MULTI: list[Entry] = [
    # --- cross-document: one event, several articles -------------------------------------------------
    cross("x-airport-seized-capture", [
        ("2023-04-16", "Paramilitary fighters seized Khartoum's international airport on Saturday, witnesses said."),
        ("2023-04-18", "The capture of the airport on Saturday left dozens of airliners stranded."),
    ], E("seiz|captur", "2023-04-15")),
    cross("x-leader-detained", [
        ("2021-02-01", "Soldiers detained the elected leader in a pre-dawn raid on Monday."),
        ("2021-02-03", "The leader, who was detained on Monday, has not been seen in public since."),
    ], E("detain", "2021-02-01")),
    cross("x-offensive-three-days", [
        ("2019-10-09", "Turkey launched a military offensive against Kurdish-led forces in northeastern Syria on "
                       "Wednesday."),
        ("2019-10-11", "The Turkish offensive, now in its third day, has displaced tens of thousands."),
        ("2019-10-14", "Since Turkey began its offensive on Wednesday, at least 50 civilians have been killed."),
    ], E("offensive", "2019-10-09")),
    cross("x-jet-crash-shot-down", [
        ("2020-01-08", "A Ukrainian passenger jet crashed shortly after takeoff from Tehran on Wednesday, killing "
                       "all 176 people on board."),
        ("2020-01-11", "Iran admitted on Saturday that its air defences had mistakenly shot down the Ukrainian "
                       "airliner on Wednesday."),
    ], E("crash|shot|shoot", "2020-01-08")),
    cross("x-kherson-entered-recaptured", [
        ("2022-11-11", "Ukrainian troops entered Kherson on Friday after Russian forces withdrew across the river."),
        ("2022-11-14", "Residents celebrated in the streets after Ukrainian forces recaptured Kherson on Friday."),
    ], E("enter|captur", "2022-11-11")),
    cross("x-hostages-released-freed", [
        ("2023-11-25", "Hamas released 13 Israeli hostages on Friday under the truce deal."),
        ("2023-11-26", "The 13 hostages freed on Friday were taken to hospitals in Israel."),
    ], E("releas|free", "2023-11-24")),
    cross("x-earthquake-three-docs", [
        ("2023-02-06", "A 7.8-magnitude earthquake struck southern Turkey and northern Syria before dawn on "
                       "Monday."),
        ("2023-02-08", "Two days after the earthquake, rescuers were still pulling survivors from the rubble."),
        ("2023-02-13", "The death toll from last Monday's earthquake passed 35,000."),
    ], E("earthquake", "2023-02-06")),
    cross("x-resigned-resignation", [
        ("2019-11-10", "Bolivia's president resigned on Sunday after weeks of protests over a disputed election."),
        ("2019-11-12", "The president's resignation on Sunday left a power vacuum in La Paz."),
    ], E("resign", "2019-11-10")),
    cross("x-ceasefire-agreed-took-effect", [
        ("2020-11-10", "Armenia and Azerbaijan agreed a ceasefire on Monday night to end six weeks of fighting."),
        ("2020-11-12", "The Russian-brokered ceasefire that took effect on Tuesday has so far held."),
    ], E("ceasefire", "2020-11-09", "2020-11-10")),
    cross("x-evacuation-began-started", [
        ("2016-12-15", "The evacuation of rebel-held eastern Aleppo began on Thursday with a first convoy of "
                       "buses."),
        ("2016-12-17", "The evacuation, which started on Thursday, was suspended on Friday."),
    ], E("evacuat", "2016-12-15")),
    cross("x-detained-detention", [
        ("2023-07-27", "Members of the presidential guard detained President Bazoum on Wednesday."),
        ("2023-07-29", "General Tchiani, who led Wednesday's detention of the president, named himself head of "
                       "state on Friday."),
    ], E("detain|detention", "2023-07-26")),
    cross("x-capitol-stormed-storming", [
        ("2021-01-07", "Supporters of the president stormed the Capitol on Wednesday as lawmakers met to certify "
                       "the election."),
        ("2021-01-10", "Police have arrested dozens of people who took part in Wednesday's storming of the "
                       "Capitol."),
    ], E("storm", "2021-01-06")),
    cross("x-entered-kabul-days-after", [
        ("2021-08-15", "Taliban fighters entered Kabul on Sunday."),
        ("2021-08-17", "Two days after the Taliban entered Kabul, thousands crowded the airport."),
    ], E("enter", "2021-08-15")),
    cross("x-siege-encircled", [
        ("2022-03-05", "Russian forces have encircled Mariupol and laid siege to it since Wednesday."),
        ("2022-03-20", "Nearly three weeks into the siege of Mariupol, bodies lie unburied in the streets."),
    ], E("siege|encircl", "2022-03-01", "2022-03-02")),
    cross("x-talks-opened-began", [
        ("2025-03-11", "Delegations from the two countries opened talks in Jeddah on Tuesday."),
        ("2025-03-13", "The talks in Jeddah, which began on Tuesday, produced a proposal for a 30-day truce."),
    ], E("talk", "2025-03-11")),
    cross("x-mutiny-seized-seizure", [
        ("2023-06-24", "Mercenary fighters seized the military headquarters in Rostov-on-Don on Saturday."),
        ("2023-06-26", "The seizure of the Rostov headquarters on Saturday lasted less than a day."),
    ], E("seiz", "2023-06-24")),
    cross("x-crossed-october-attack", [
        ("2023-10-08", "Hamas fighters crossed into southern Israel on Saturday morning."),
        ("2023-10-20", "The October 7 attack by Hamas killed about 1,200 people."),
    ], E("attack|cross", "2023-10-07")),
    cross("x-operation-one-day-offensive", [
        ("2023-09-20", "Azerbaijan launched a military operation in Nagorno-Karabakh on Tuesday."),
        ("2023-09-25", "Azerbaijan's one-day offensive in Nagorno-Karabakh, launched on September 19, forced the "
                       "separatists to surrender."),
    ], E("operation|offensive", "2023-09-19")),
    # --- apart: different events that must not merge -------------------------------------------------
    apart("a-two-seizures-months", [
        ("2023-04-16", "Paramilitary fighters seized the airport in Khartoum on Saturday."),
        ("2023-05-30", "Paramilitary fighters seized the central bank in Omdurman on Monday."),
    ], E("seiz", "2023-04-15"), E("seiz", "2023-05-29")),
    apart("a-two-ceasefires", [
        ("2020-10-11", "Armenia and Azerbaijan agreed a humanitarian ceasefire on Saturday."),
        ("2020-11-10", "Armenia and Azerbaijan signed a ceasefire on Monday night ending the war."),
    ], E("ceasefire", "2020-10-10"), E("ceasefire", "2020-11-09", "2020-11-10")),
    apart("a-two-coups-same-year", [
        ("2022-01-25", "Soldiers in Burkina Faso ousted the president on Monday."),
        ("2022-10-01", "Soldiers in Burkina Faso ousted the military leader on Friday."),
    ], E("oust", "2022-01-24"), E("oust", "2022-09-30")),
    apart("a-two-releases-consecutive", [
        ("2023-11-25", "Hamas released 13 hostages on Friday."),
        ("2023-11-26", "Hamas released 17 more hostages on Saturday."),
    ], E("releas", "2023-11-24"), E("releas", "2023-11-25")),
    apart("a-two-earthquakes", [
        ("2023-02-06", "A powerful earthquake struck southern Turkey on Monday."),
        ("2023-02-21", "A new earthquake struck the border province of Hatay on Monday."),
    ], E("earthquake", "2023-02-06"), E("earthquake", "2023-02-20")),
    apart("a-two-paris-attacks", [
        ("2015-01-08", "Gunmen attacked the offices of a satirical weekly in Paris on Wednesday."),
        ("2015-11-14", "Gunmen attacked a concert hall and cafes in Paris on Friday."),
    ], E("attack", "2015-01-07"), E("attack", "2015-11-13")),
    apart("a-two-seizures-places", [
        ("2014-03-01", "Armed men seized the airport in Simferopol on Friday."),
        ("2014-04-13", "Armed men seized the police headquarters in Sloviansk on Saturday."),
    ], E("seiz", "2014-02-28"), E("seiz", "2014-04-12")),
    apart("a-two-evacuations", [
        ("2016-12-16", "The evacuation of eastern Aleppo began on Thursday."),
        ("2018-04-02", "The evacuation of Douma began on Sunday."),
    ], E("evacuat", "2016-12-15"), E("evacuat", "2018-04-01")),
    apart("a-two-elections", [
        ("2019-10-21", "Bolivians voted in a presidential election on Sunday."),
        ("2020-10-19", "Bolivians voted in a rerun of the presidential election on Sunday."),
    ], E("elect|vot", "2019-10-20"), E("elect|vot", "2020-10-18")),
    apart("a-two-offensives-same-city", [
        ("2016-10-18", "Iraqi forces launched an offensive to retake Mosul on Monday."),
        ("2017-02-20", "Iraqi forces launched an offensive on western Mosul on Sunday."),
    ], E("offensive", "2016-10-17"), E("offensive", "2017-02-19")),
    apart("a-two-shootdowns", [
        ("2014-07-18", "A passenger airliner was shot down over eastern Ukraine on Thursday."),
        ("2014-07-24", "Two military jets were shot down over eastern Ukraine on Wednesday."),
    ], E("shot|shoot", "2014-07-17"), E("shot|shoot", "2014-07-23")),
    apart("a-same-doc-two-strikes", [
        ("2024-04-03", "An air strike hit the consulate in Damascus on Monday. A second strike hit a convoy near "
                       "Homs in February."),
    ], E("strike", "2024-04-01"), E("strike", "2024-02-01", "2024-02-29")),
    apart("a-two-truces-years", [
        ("2023-11-23", "Israel and Hamas agreed a four-day truce on Wednesday."),
        ("2025-01-16", "Israel and Hamas agreed a ceasefire on Wednesday."),
    ], E("truce|ceasefire", "2023-11-22"), E("truce|ceasefire", "2025-01-15")),
    apart("a-same-city-same-week", [
        ("2024-05-21", "Russian missiles struck Kharkiv on Monday."),
        ("2024-05-24", "Russian missiles struck Kharkiv again on Thursday."),
    ], E("struck|strike", "2024-05-20"), E("struck|strike", "2024-05-23")),
    # --- negatives: time expressions that date no event ----------------------------------------------
    neg("neg-page-furniture", "2023-04-17",
        "Views: 1491. Updated 14:32 on Monday, April 17. Share this article.",
        E("*")),
    planned("plan-talks-scheduled", "2024-05-21",
        "The talks are scheduled to resume on Thursday in Geneva.",
        E("talk", "2024-05-23")),
    neg("neg-habit-patrol", "2019-03-01",
        "Troops usually patrol the market on Fridays.",
        E("patrol")),
    planned("plan-forecast-landfall", "2022-10-10",
        "Forecasters expect the storm to make landfall on Wednesday.",
        E("storm|landfall", "2022-10-12")),
    planned("plan-will-travel-next-week", "2023-06-05",
        "The minister will travel to Kyiv next week for talks on reconstruction.",
        E("talk|travel", "2023-06-05", "2023-06-18")),
    planned("plan-elections-would-be-held", "2021-02-03",
        "The army said elections would be held within a year.",
        E("election", "2021-02-01", "2022-12-31")),
    planned("plan-ceasefire-expires", "2020-03-16",
        "The ceasefire is due to expire on Friday.",
        E("ceasefire", "2020-03-20")),
    neg("neg-copyright-posted", "2018-09-10",
        "Copyright 2018. All rights reserved. Posted Monday 10 September 2018 at 09:15.",
        E("*")),
    neg("neg-conditional-attack", "2024-02-12",
        "If the army attacks on Friday, thousands of civilians will be trapped.",
        E("attack", "2024-02-09", "2024-02-16")),
    neg("neg-denied-entered", "2021-11-03",
        "Officials denied on Tuesday that troops had entered the town.",
        E("enter", "2021-10-30", "2021-11-02")),
    neg("neg-invasion-could-begin", "2022-02-21",
        "Western officials warned that an invasion could begin as early as Wednesday.",
        E("invasion", "2022-02-23")),
    neg("neg-never-captured", "2019-05-06",
        "The rebels have never captured the airport, the governor insisted on Sunday.",
        E("captur", "2019-05-01", "2019-05-06")),
    neg("neg-newsletter-links", "2020-06-01",
        "Read more: Tuesday's briefing | Sign up for our newsletter | Last updated 2 hours ago",
        E("*")),
    neg("neg-opening-hours", "2017-03-14",
        "The museum is open Monday to Friday from 9am to 5pm.",
        E("*")),
    planned("plan-expected-vote", "2023-01-16",
        "Parliament is expected to vote on the ceasefire deal on Thursday.",
        E("vote|ceasefire", "2023-01-19")),
    planned("plan-plans-to-resign", "2024-06-03",
        "The president plans to announce his resignation on Friday.",
        E("resign", "2024-05-31", "2024-06-07")),
    neg("neg-birth-date", "2015-09-28",
        "Born on 3 March 1961, the general joined the army at 18.",
        E("*", "1961-01-01", "1961-12-31")),
    neg("neg-annual-parade", "2022-07-04",
        "The annual military parade takes place every year on 9 May.",
        E("parade")),
    neg("neg-threatened-for-months", "2023-10-09",
        "Analysts said on Sunday that the group had threatened to attack the border for months.",
        E("attack", "2023-10-08")),
    neg("neg-deadline", "2022-08-01",
        "The rebels were given until Friday to hand over their heavy weapons.",
        E("*", "2022-08-05")),
    # negatives with named participants (the participant gate cannot hide them)
    planned("plann-talks-will-hold", "2022-03-27",
        "Russia and Ukraine will hold a new round of talks in Istanbul on Tuesday.",
        E("talk", "2022-03-29")),
    planned("plann-expected-to-release", "2023-11-24",
        "Hamas is expected to release more hostages on Saturday.",
        E("releas", "2023-11-25")),
    neg("negn-kremlin-denied", "2022-08-09",
        "The Kremlin denied on Monday that its troops had shelled the Zaporizhzhia plant.",
        E("shell", "2022-08-05", "2022-08-08")),
    neg("negn-if-russia-invades", "2022-02-14",
        "If Russia invades Ukraine next week, sanctions will follow.",
        E("invad|invasion", "2022-02-14", "2022-02-27")),
    neg("negn-threatened-offensive", "2022-11-20",
        "Turkey has threatened for months to launch an offensive against Kurdish fighters in Syria.",
        E("offensive")),
    neg("negn-born-founded", "2023-06-25",
        "Yevgeny Prigozhin, born on 1 June 1961 in Leningrad, founded the Wagner group in 2014.",
        E("*", "1961-01-01", "1961-12-31")),
    neg("negn-not-entered-since", "2019-05-06",
        "The Syrian army has not entered Idlib since 2012.",
        E("enter", "2012-01-01", "2012-12-31")),
    planned("plann-would-begin-after", "2024-03-20",
        "Israeli officials said the operation in Rafah would begin after the Eid holiday in April.",
        E("operation", "2024-04-01", "2024-04-30")),
    planned("plann-council-will-vote", "2023-12-19",
        "The UN Security Council will vote on a Gaza ceasefire resolution on Friday.",
        E("vote|ceasefire", "2023-12-22")),
    neg("negn-houthis-warned-would", "2023-11-20",
        "The Houthis warned on Sunday that they would attack any ship bound for Israel.",
        E("attack", "2023-11-19", "2023-11-20")),
    neg("negn-parliament-meets-weekly", "2021-05-04",
        "Azerbaijan's parliament meets every Tuesday when it is in session.",
        E("*")),
    neg("negn-page-header", "2022-05-12",
        "Reuters | Updated Thursday, 12 May 2022 09:41 BST | Ukraine war live",
        E("*", "2022-05-12")),
]
