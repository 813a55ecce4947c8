"""The held-out corpus: dispatches we wrote ourselves, with their gold annotation, in one place.

Four consistent sets (Aleppo, December 2016; Kherson, August–November 2022; Marawi, May–October
2017; NATO over Libya, March–October 2011), six inconsistent variants and two raw-text variants (no
publication date).  Facts follow the
real campaigns; every sentence is our own.  ``python tests/timeline/heldout/corpus.py`` writes
``data/*.jsonl`` (documents), ``data/*.gold.json`` (``score_extract.py`` format, offsets computed
here) and ``data/*.expected.json`` (events and validate outcome).  The gold is what a careful TimeML
annotator writes (TIMEX3 guidelines), not what the engine outputs.

Annotation tuples: ``(surface, type, value, extra)`` in text order; ``extra`` may hold
``interval`` ({start, end} or {contains, max_width_days}), ``tol_days``, ``optional_value`` and
``notes``.  A surface is found at its next whole-word occurrence after the previous annotation.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

Ann = tuple[str, str, str, dict[str, Any]]


def a(surface: str, typ: str, value: str, **extra: Any) -> Ann:
    return (surface, typ, value, extra)


def iv(start: str, end: str) -> dict[str, str]:
    return {"start": start, "end": end}


# ---------------------------------------------------------------------------------------------------
# Set 1: Aleppo, the final phase (15 November – 22 December 2016)
ALEPPO: list[dict[str, Any]] = [
    {
        "id": "al-01", "published": "2016-12-07", "source": "Levant Wire",
        "text": (
            "BEIRUT, Dec. 7 (Levant Wire) — Syrian government forces captured the Old City of Aleppo on "
            "Wednesday, pushing rebels into a shrinking pocket in the east of the city, a monitoring group "
            "said. The army's offensive on eastern Aleppo, launched on November 15, has retaken more than "
            "three-quarters of the rebel-held districts in the past 22 days. Rebel commanders said "
            "2,000-3,000 fighters remained inside, along with tens of thousands of civilians. The battle "
            "for Aleppo, which has divided the city for more than four years, is now approaching its end, "
            "the group said."
        ),
        "gold": [
            a("Dec. 7", "DATE", "2016-12-07"),
            a("Wednesday", "DATE", "2016-12-07"),
            a("November 15", "DATE", "2016-11-15"),
            a("the past 22 days", "DURATION", "P22D", interval=iv("2016-11-15", "2016-12-07")),
            a("more than four years", "DURATION", "P4Y", mod="MORE_THAN"),
            a("now", "DATE", "PRESENT_REF"),
        ],
        "not": ["three-quarters", "2,000-3,000"],
    },
    {
        "id": "al-02", "published": "2016-12-08", "source": "Desert Dispatch",
        "text": (
            "Aleppo — Rebels in eastern Aleppo called on Thursday for an immediate five-day truce and the "
            "evacuation of the wounded. Yesterday's fall of the historic quarter left the opposition "
            "holding roughly 10 percent of the area it controlled in early November. Residents said "
            "shelling had continued overnight, and that food stocks would run out within days. The "
            "12,000-strong force assembled for the assault includes Iraqi and Lebanese militias, "
            "according to opposition sources.\nViews: 210"
        ),
        "gold": [
            a("Thursday", "DATE", "2016-12-08"),
            a("five-day", "DURATION", "P5D"),
            a("Yesterday", "DATE", "2016-12-07"),
            a("early November", "DATE", "2016-11", mod="START"),
            a("overnight", "TIME", "2016-12-07TNI"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'within days': vague duration"),
        ],
        "not": ["10 percent", "12,000-strong", "210"],
    },
    {
        "id": "al-03", "published": "2016-12-13", "source": "Orient Tribune",
        "text": (
            "ALEPPO, Syria, Tuesday 13 Dec 2016 (Orient Tribune) — Russia's envoy to the United Nations "
            "said on Tuesday that Syrian troops had ended military operations in eastern Aleppo, and that "
            "a deal had been reached for the remaining rebels to leave the city. The announcement came "
            "four weeks into the offensive, which has forced more than 100,000 people from their homes "
            "since the start of the operation. The evacuation is expected to begin early on Wednesday, a "
            "rebel official said."
        ),
        "gold": [
            a("Tuesday 13 Dec 2016", "DATE", "2016-12-13"),
            a("Tuesday", "DATE", "2016-12-13"),
            a("four weeks", "DURATION", "P4W", notes="event-relative: four weeks into the offensive"),
            a("since the start of the operation", "DURATION", "PXD", optional_value=True,
              notes="event-relative; no TIMEX3 in TimeML, detection only"),
            a("Wednesday", "DATE", "2016-12-14", notes="future tense: the coming Wednesday"),
        ],
        "not": ["100,000"],
    },
    {
        "id": "al-04", "published": "2016-12-15", "source": "Levant Wire",
        "text": (
            "BEIRUT, Dec. 15 (Levant Wire) — The first convoy of buses and ambulances left eastern Aleppo "
            "on Thursday, carrying wounded civilians and fighters toward rebel-held countryside to the "
            "west, after a ceasefire announced on Tuesday collapsed and was then restored. The evacuation "
            "had been due to start yesterday but was halted amid renewed shelling. Officials said the "
            "operation could take several days and would cover a corridor of about 35 km."
        ),
        "gold": [
            a("Dec. 15", "DATE", "2016-12-15"),
            a("Thursday", "DATE", "2016-12-15"),
            a("Tuesday", "DATE", "2016-12-13"),
            a("yesterday", "DATE", "2016-12-14"),
            a("several days", "DURATION", "PXD"),
        ],
        "not": ["35 km"],
    },
    {
        "id": "al-05", "published": "2016-12-23", "source": "Desert Dispatch",
        "text": (
            "Damascus — The Syrian army declared late on Thursday that it had regained full control of "
            "Aleppo, after the last buses carrying rebels and their families left the city. The "
            "announcement ends a battle that began in July 2012 and turned the country's largest city "
            "into a front line for more than four years. The government's final push lasted a little "
            "over a month. Over the past eight days, aid agencies said, some 35,000 people left in "
            "convoys of one to 5 buses at a time. President Bashar al-Assad is expected to visit the "
            "city next month, state media reported."
        ),
        "gold": [
            a("Thursday", "DATE", "2016-12-22"),
            a("July 2012", "DATE", "2012-07"),
            a("more than four years", "DURATION", "P4Y", mod="MORE_THAN"),
            a("a little over a month", "DURATION", "P1M", mod="MORE_THAN"),
            a("the past eight days", "DURATION", "P8D", interval=iv("2016-12-15", "2016-12-23")),
            a("next month", "DATE", "2017-01"),
        ],
        "not": ["35,000", "one to 5"],
    },
    {
        "id": "al-06", "published": "2016-12-16", "source": "Orient Tribune",
        "text": (
            "GENEVA, Friday 16 Dec 2016 (Orient Tribune) — The evacuation of eastern Aleppo was suspended on "
            "Friday morning after two days of convoys, the United Nations said. Earlier this week, UN "
            "officials reported that pro-government fighters had killed at least 82 civilians in their "
            "homes. On Dec. 5, Russia and China vetoed a Security Council resolution calling for a "
            "seven-day truce in the city. Aid workers warn that 48 hours without shelter in sub-zero "
            "temperatures could be deadly for the wounded. The UN envoy said he hoped peace talks could "
            "resume in mid-January."
        ),
        "gold": [
            a("Friday 16 Dec 2016", "DATE", "2016-12-16"),
            a("Friday morning", "TIME", "2016-12-16TMO"),
            a("two days", "DURATION", "P2D"),
            a("Earlier this week", "DATE", "2016-W50"),
            a("Dec. 5", "DATE", "2016-12-05"),
            a("seven-day", "DURATION", "P7D"),
            a("48 hours", "DURATION", "PT48H"),
            a("mid-January", "DATE", "2017-01", mod="MID"),
        ],
        "not": ["82"],
    },
]

# ---------------------------------------------------------------------------------------------------
# Set 2: the Kherson counteroffensive (29 August – 11 November 2022)
KHERSON: list[dict[str, Any]] = [
    {
        "id": "kh-01", "published": "2022-08-30", "source": "Dnipro Wire",
        "text": (
            "KYIV, Aug. 30 (Dnipro Wire) — Ukraine said on Tuesday it had launched a long-awaited "
            "counteroffensive in the southern Kherson region, breaking through the first line of Russian "
            "defences at several points. The operation began on Monday (August 29), the southern military "
            "command said, after weeks of strikes on bridges across the Dnipro river. Russia has held "
            "Kherson since early March, when it became the first major city to fall after the invasion."
        ),
        "gold": [
            a("Aug. 30", "DATE", "2022-08-30"),
            a("Tuesday", "DATE", "2022-08-30"),
            a("Monday (August 29)", "DATE", "2022-08-29"),
            a("weeks", "DURATION", "PXW"),
            a("early March", "DATE", "2022-03", mod="START"),
        ],
        "not": [],
    },
    {
        "id": "kh-02", "published": "2022-09-02", "source": "Black Sea Herald",
        "text": (
            "ODESA — Ukrainian troops have retaken several villages in the Kherson region since the start "
            "of the operation, officials said on Friday, but gave few details, citing a news blackout. In "
            "the past four days, Russian positions along a 35 km stretch of the front have come under "
            "artillery fire, and Ukrainian units have been moving in groups of one to 5 armoured vehicles. "
            "Kyiv has massed a 12,000-strong force on the southern front, according to Western analysts."
        ),
        "gold": [
            a("since the start of the operation", "DURATION", "PXD", optional_value=True,
              notes="event-relative; detection only"),
            a("Friday", "DATE", "2022-09-02"),
            a("the past four days", "DURATION", "P4D", interval=iv("2022-08-29", "2022-09-02")),
        ],
        "not": ["35 km", "one to 5", "12,000-strong"],
    },
    {
        "id": "kh-03", "published": "2022-10-04", "source": "Dnipro Wire",
        "text": (
            "KYIV, Oct. 4 (Dnipro Wire) — Ukrainian forces advanced up to 30 km along the western bank of "
            "the Dnipro river in the past two days, retaking the villages of Dudchany and Mykhailivka, "
            "Russian-installed officials acknowledged on Tuesday. Five weeks into the counteroffensive, "
            "the Kherson front, static for much of the summer, is moving fast. Moscow last Friday "
            "declared the region part of Russia."
        ),
        "gold": [
            a("Oct. 4", "DATE", "2022-10-04"),
            a("the past two days", "DURATION", "P2D", interval=iv("2022-10-02", "2022-10-04")),
            a("Tuesday", "DATE", "2022-10-04"),
            a("Five weeks", "DURATION", "P5W", notes="event-relative: five weeks into the counteroffensive"),
            a("the summer", "DATE", "2022-SU"),
            a("last Friday", "DATE", "2022-09-30"),
        ],
        "not": ["30 km"],
    },
    {
        "id": "kh-04", "published": "2022-10-19", "source": "Black Sea Herald",
        "text": (
            "The Russian-installed authorities in Kherson said on Wednesday they would move up to 60,000 "
            "civilians across the river over the next six days, as Ukrainian troops pressed on toward the "
            "city. The evacuation, announced late on Tuesday, comes more than seven weeks into the "
            "Ukrainian offensive. Russia's new commander in Ukraine said yesterday the situation in the "
            "area was 'tense'."
        ),
        "gold": [
            a("Wednesday", "DATE", "2022-10-19"),
            a("the next six days", "DURATION", "P6D", interval=iv("2022-10-19", "2022-10-25")),
            a("Tuesday", "DATE", "2022-10-18"),
            a("more than seven weeks", "DURATION", "P7W", mod="MORE_THAN",
              notes="event-relative: more than seven weeks into the offensive"),
            a("yesterday", "DATE", "2022-10-18"),
        ],
        "not": ["60,000"],
    },
    {
        "id": "kh-05", "published": "2022-11-10", "source": "Dnipro Wire",
        "text": (
            "KYIV, Nov. 10 (Dnipro Wire) — Russia's defence minister ordered troops on Wednesday to "
            "withdraw from the city of Kherson and the west bank of the Dnipro, the biggest retreat of the "
            "war. Ukrainian officials reacted with caution, saying the pullback could take at least a "
            "week. The withdrawal comes more than two months after Kyiv launched its southern "
            "counteroffensive on August 29."
        ),
        "gold": [
            a("Nov. 10", "DATE", "2022-11-10"),
            a("Wednesday", "DATE", "2022-11-09"),
            a("at least a week", "DURATION", "P1W", mod="EQUAL_OR_MORE"),
            a("more than two months", "DURATION", "P2M", mod="MORE_THAN"),
            a("August 29", "DATE", "2022-08-29"),
        ],
        "not": [],
    },
    {
        "id": "kh-06", "published": "2022-11-12", "source": "Black Sea Herald",
        "text": (
            "KHERSON — Crowds waved blue and yellow flags in the centre of Kherson on Saturday. "
            "Yesterday's arrival of the first Ukrainian units ended more than eight months of Russian "
            "occupation. Ukrainian officials said on Friday that the Russian withdrawal across the river, "
            "which began on Wednesday, had been completed in less than two days.\nViews: 1,204"
        ),
        "gold": [
            a("Saturday", "DATE", "2022-11-12"),
            a("Yesterday", "DATE", "2022-11-11"),
            a("more than eight months", "DURATION", "P8M", mod="MORE_THAN"),
            a("Friday", "DATE", "2022-11-11"),
            a("Wednesday", "DATE", "2022-11-09"),
            a("less than two days", "DURATION", "P2D", mod="LESS_THAN"),
        ],
        "not": ["1,204"],
    },
    {
        "id": "kh-07", "published": "2022-11-14", "source": "Dnipro Wire",
        "text": (
            "KYIV, Nov. 14 (Dnipro Wire) — President Volodymyr Zelensky visited the recaptured city of "
            "Kherson on Monday, the symbolic end of a counteroffensive that began in late August. "
            "Residents said they had lived without electricity or running water for the past week, and "
            "the authorities promised to restore power by the end of the month. Russian artillery on the "
            "east bank has shelled the city daily since the weekend."
        ),
        "gold": [
            a("Nov. 14", "DATE", "2022-11-14"),
            a("Monday", "DATE", "2022-11-14"),
            a("late August", "DATE", "2022-08", mod="END"),
            a("the past week", "DURATION", "P1W", interval=iv("2022-11-07", "2022-11-14")),
            a("the end of the month", "DATE", "2022-11", mod="END"),
            a("daily", "SET", "P1D"),
            a("the weekend", "DATE", "2022-W45-WE"),
        ],
        "not": [],
    },
]

# ---------------------------------------------------------------------------------------------------
# Set 3: the siege of Marawi (23 May – 23 October 2017)
MARAWI: list[dict[str, Any]] = [
    {
        "id": "mr-01", "published": "2017-05-24", "source": "Mindanao Wire",
        "text": (
            "MANILA, May 24 (Mindanao Wire) — President Rodrigo Duterte declared martial law across "
            "Mindanao late on Tuesday after Islamist gunmen linked to the Maute group stormed the city of "
            "Marawi, burning a school and a church. The clashes erupted on Tuesday afternoon when troops "
            "raided a hideout of Isnilon Hapilon, the Islamic State's leader in Southeast Asia. Duterte, "
            "who cut short a visit to Moscow, said martial law could last one year."
        ),
        "gold": [
            a("May 24", "DATE", "2017-05-24"),
            a("Tuesday", "DATE", "2017-05-23"),
            a("Tuesday afternoon", "TIME", "2017-05-23TAF"),
            a("one year", "DURATION", "P1Y"),
        ],
        "not": [],
    },
    {
        "id": "mr-02", "published": "2017-06-09", "source": "Sulu Sea Times",
        "text": (
            "ILIGAN, Philippines — Troops backed by helicopter gunships pounded militant positions in "
            "Marawi on Friday, 17 days into the siege, as the military conceded it would miss its own "
            "deadline for retaking the city. Officials had pledged to clear the city by Independence Day "
            "next Monday. The battle, now in its third week, has displaced almost all of the city's "
            "residents. Around 500 militants took part in the initial assault, a figure the army revised "
            "from 2,000-3,000 in recent days."
        ),
        "gold": [
            a("Friday", "DATE", "2017-06-09"),
            a("17 days", "DURATION", "P17D", notes="event-relative: 17 days into the siege"),
            a("Independence Day", "DATE", "2017-06-12", notes="Philippine Independence Day, 12 June"),
            a("next Monday", "DATE", "2017-06-12"),
            a("now", "DATE", "PRESENT_REF"),
            a("third week", "DURATION", "P1W", optional_value=True,
              notes="the battle's third week: it began 14-20 days before 2017-06-09"),
            a("recent days", "DATE", "PAST_REF", optional_value=True),
        ],
        "not": ["500", "2,000-3,000"],
    },
    {
        "id": "mr-03", "published": "2017-07-25", "source": "Mindanao Wire",
        "text": (
            "MARAWI, July 25 (Mindanao Wire) — The fighting in Marawi entered its third month on "
            "Tuesday, days after Congress voted over the weekend to extend martial law in Mindanao until "
            "the end of the year. The military said about 60 militants were still holding out in a "
            "shrinking area of the city centre. More than two months of air strikes and house-to-house "
            "fighting have left much of the city in ruins."
        ),
        "gold": [
            a("July 25", "DATE", "2017-07-25"),
            a("third month", "DURATION", "P1M", optional_value=True,
              notes="the fighting's third month: it began two months before"),
            a("Tuesday", "DATE", "2017-07-25"),
            a("days", "DURATION", "PXD", optional_value=True),
            a("the weekend", "DATE", "2017-W29-WE"),
            a("the end of the year", "DATE", "2017", mod="END"),
            a("More than two months", "DURATION", "P2M", mod="MORE_THAN"),
        ],
        "not": ["60"],
    },
    {
        "id": "mr-04", "published": "2017-10-17", "source": "Sulu Sea Times",
        "text": (
            "MARAWI — President Duterte declared Marawi liberated from terrorist influence on Tuesday. "
            "Troops killed Isnilon Hapilon and Omar Maute early on Monday, the army said. The five-month "
            "siege has left more than 1,000 people dead, including 165 soldiers. Fighting continued in a "
            "small pocket near the lake, and the military said clearing operations could last another "
            "week. The battle began on May 23, when militants overran parts of the city."
        ),
        "gold": [
            a("Tuesday", "DATE", "2017-10-17"),
            a("Monday", "DATE", "2017-10-16"),
            a("five-month", "DURATION", "P5M"),
            a("another week", "DURATION", "P1W"),
            a("May 23", "DATE", "2017-05-23"),
        ],
        "not": ["1,000", "165"],
    },
    {
        "id": "mr-05", "published": "2017-10-24", "source": "Mindanao Wire",
        "text": (
            "CLARK, Philippines, Oct. 24 (Mindanao Wire) — Defence Secretary Delfin Lorenzana announced on "
            "Monday the end of combat operations in Marawi, five months after the siege began. The "
            "announcement, made at a meeting of Southeast Asian defence ministers, came a week after "
            "President Duterte declared the city liberated. Rebuilding Marawi will take years, officials "
            "said; the government plans to start clearing debris next month."
        ),
        "gold": [
            a("Oct. 24", "DATE", "2017-10-24"),
            a("Monday", "DATE", "2017-10-23"),
            a("five months", "DURATION", "P5M"),
            a("a week", "DURATION", "P1W"),
            a("years", "DURATION", "PXY"),
            a("next month", "DATE", "2017-11"),
        ],
        "not": [],
    },
    {
        "id": "mr-06", "published": "2017-06-13", "source": "Mindanao Wire",
        "text": (
            "MARAWI, June 13 (Mindanao Wire) — Thirteen marines were killed in a fierce firefight in Marawi "
            "on Friday, the military said, the heaviest loss for the army since the fighting began three "
            "weeks ago. The national flag was raised over the provincial capitol yesterday to mark "
            "Independence Day, as gunfire echoed across the lake. The army now says it hopes to retake the "
            "city within the next few days, and that operations will go on through the Muslim holy month, "
            "which began on May 27."
        ),
        "gold": [
            a("June 13", "DATE", "2017-06-13"),
            a("Friday", "DATE", "2017-06-09"),
            a("three weeks ago", "DATE", "2017-W21"),
            a("yesterday", "DATE", "2017-06-12"),
            a("Independence Day", "DATE", "2017-06-12", notes="Philippine Independence Day, 12 June"),
            a("now", "DATE", "PRESENT_REF"),
            a("the next few days", "DURATION", "PXD"),
            a("May 27", "DATE", "2017-05-27"),
        ],
        "not": ["Thirteen"],
    },
]

# ---------------------------------------------------------------------------------------------------
# Set 4 (kept unseen by the team until the final run of 2026-11-26): NATO's Libya campaign (19 March – 31 October 2011)
LIBYA: list[dict[str, Any]] = [
    {
        "id": "ly-01", "published": "2011-03-20", "source": "Maghreb Wire",
        "text": (
            "PARIS, March 20 (Maghreb Wire) — French warplanes opened the international air campaign over "
            "Libya on Saturday, destroying tanks outside Benghazi hours after leaders agreed in Paris to "
            "enforce a UN no-fly zone. US and British warships fired more than 110 Tomahawk cruise missiles "
            "at air defence sites overnight. Muammar Gaddafi, who has ruled Libya for more than 41 years, "
            "vowed a long war."
        ),
        "gold": [
            a("March 20", "DATE", "2011-03-20"),
            a("Saturday", "DATE", "2011-03-19"),
            a("hours", "DURATION", "PTXH", notes="event-relative: hours after leaders agreed"),
            a("overnight", "TIME", "2011-03-19TNI"),
            a("more than 41 years", "DURATION", "P41Y", mod="MORE_THAN"),
        ],
        "not": ["110"],
    },
    {
        "id": "ly-02", "published": "2011-03-31", "source": "Mediterranean Post",
        "text": (
            "BRUSSELS — NATO formally took command of all air operations over Libya at 0600 GMT on Thursday, "
            "12 days after the first strikes, alliance officials said. The handover ends a phase in which the "
            "United States flew most of the missions. In the past week, rebel fighters have been pushed back "
            "more than 150 km along the coast road from Ras Lanuf. The alliance said the mission would last "
            "90 days and could be extended."
        ),
        "gold": [
            a("0600 GMT on Thursday", "TIME", "2011-03-31T06:00",
              notes="clock time + day as one TIMEX3, as TimeBank does ('9 a.m. Tuesday', '5 p.m. EST, Nov. 6')"),
            a("12 days", "DURATION", "P12D", notes="event-relative: 12 days after the first strikes"),
            a("the past week", "DURATION", "P1W", interval=iv("2011-03-24", "2011-03-31")),
            a("90 days", "DURATION", "P90D"),
        ],
        "not": ["150 km"],
    },
    {
        "id": "ly-03", "published": "2011-08-23", "source": "Maghreb Wire",
        "text": (
            "TRIPOLI, Aug. 23 (Maghreb Wire) — Rebel fighters overran Muammar Gaddafi's Bab al-Aziziya "
            "compound in Tripoli on Tuesday, looting weapons and tearing down a statue, two days after they "
            "first entered the capital. Five months into the NATO air campaign, the rebels now control most "
            "of the city, though snipers were still firing from rooftops. Gaddafi's whereabouts remain "
            "unknown."
        ),
        "gold": [
            a("Aug. 23", "DATE", "2011-08-23"),
            a("Tuesday", "DATE", "2011-08-23"),
            a("two days", "DURATION", "P2D", notes="event-relative: two days after they entered"),
            a("Five months", "DURATION", "P5M", notes="event-relative: five months into the air campaign"),
            a("now", "DATE", "PRESENT_REF"),
        ],
        "not": [],
    },
    {
        "id": "ly-04", "published": "2011-08-24", "source": "Mediterranean Post",
        "text": (
            "Yesterday's fall of the Bab al-Aziziya compound marked the collapse of the regime's last "
            "stronghold in the capital, rebel commanders said on Wednesday. Fighting continued in the Abu "
            "Salim district, where 2,000-3,000 loyalists were thought to be holed up. The rebel National "
            "Transitional Council plans to move from Benghazi to Tripoli next week."
        ),
        "gold": [
            a("Yesterday", "DATE", "2011-08-23"),
            a("Wednesday", "DATE", "2011-08-24"),
            a("next week", "DATE", "2011-W35"),
        ],
        "not": ["2,000-3,000"],
    },
    {
        "id": "ly-05", "published": "2011-10-21", "source": "Maghreb Wire",
        "text": (
            "SIRTE, Libya, Oct. 21 (Maghreb Wire) — Muammar Gaddafi was killed on Thursday as fighters of the "
            "new government took his hometown of Sirte, ending a two-month hunt for the fallen leader. The "
            "battle for Sirte had lasted more than a month. NATO said its aircraft had struck a convoy of 75 "
            "vehicles fleeing the city early on Thursday. The alliance is expected to wind down its mission "
            "by the end of October, more than seven months after it began."
        ),
        "gold": [
            a("Oct. 21", "DATE", "2011-10-21"),
            a("Thursday", "DATE", "2011-10-20"),
            a("two-month", "DURATION", "P2M"),
            a("more than a month", "DURATION", "P1M", mod="MORE_THAN"),
            a("Thursday", "DATE", "2011-10-20"),
            a("the end of October", "DATE", "2011-10", mod="END"),
            a("more than seven months", "DURATION", "P7M", mod="MORE_THAN",
              notes="event-relative: more than seven months after it began"),
        ],
        "not": ["75"],
    },
    {
        "id": "ly-06", "published": "2011-11-01", "source": "Mediterranean Post",
        "text": (
            "NAPLES — NATO ended its seven-month air campaign over Libya on Monday, Secretary General Anders "
            "Fogh Rasmussen said, calling it one of the most successful missions in the alliance's history. "
            "Since March 31, alliance aircraft have flown more than 26,000 sorties, including some 9,600 "
            "strike missions. The UN Security Council voted last Thursday to end the mandate for military "
            "action.\nViews: 3,402"
        ),
        "gold": [
            a("seven-month", "DURATION", "P7M"),
            a("Monday", "DATE", "2011-10-31"),
            a("March 31", "DATE", "2011-03-31"),
            a("last Thursday", "DATE", "2011-10-27"),
        ],
        "not": ["26,000", "9,600", "3,402"],
    },
]

LIBYA_EVENTS: list[dict[str, Any]] = [
    {"name": "NATO air campaign over Libya", "keywords": ["campaign", "air", "strikes", "operation"],
     "docs": ["ly-01", "ly-03", "ly-06"], "start": ["2011-03-19", "2011-03-19"]},
    {"name": "NATO takes command", "keywords": ["command", "took", "take", "handover"],
     "docs": ["ly-02"], "start": ["2011-03-31", "2011-03-31"]},
    {"name": "rebels overrun Bab al-Aziziya", "keywords": ["overr", "fall", "captur", "compound"],
     "docs": ["ly-03", "ly-04"], "start": ["2011-08-23", "2011-08-23"]},
    {"name": "Gaddafi killed", "keywords": ["kill"],
     "docs": ["ly-05"], "start": ["2011-10-20", "2011-10-20"]},
    {"name": "NATO strikes a convoy", "keywords": ["struck", "strike", "convoy"],
     "docs": ["ly-05"], "start": ["2011-10-20", "2011-10-20"]},
    {"name": "Security Council votes to end the mandate", "keywords": ["vote"],
     "docs": ["ly-06"], "start": ["2011-10-27", "2011-10-27"]},
]

FRESH_INCONSISTENT: dict[str, dict[str, Any]] = {
    "inc2-weekday": {
        "docs": [
            {"id": "fw-1", "published": "2011-10-22", "source": "Maghreb Wire",
             "text": ("MISRATA, Libya — Crowds queued to see Muammar Gaddafi's body, which fighters brought to a "
                      "cold store in Misrata on Thursday (October 21), officials said.")},
            {"id": "fw-2", "published": "2011-10-22", "source": "Mediterranean Post",
             "text": "BENGHAZI — The interim government said on Saturday it would declare the country liberated soon."},
        ],
        "must_name": ["fw-1"], "bystander": ["fw-2"], "codes": ["weekday-mismatch"],
        "note": "October 21, 2011 was a Friday",
    },
    "inc2-weeks-into": {
        "docs": [
            {"id": "fs-1", "published": "2011-03-20", "source": "Maghreb Wire",
             "text": ("PARIS — The NATO air campaign over Libya was launched on Saturday (March 19) with French "
                      "strikes on tanks near Benghazi.")},
            {"id": "fs-2", "published": "2011-06-07", "source": "Mediterranean Post",
             "text": ("BRUSSELS — Two weeks into the NATO air campaign over Libya, Gaddafi's forces still hold "
                      "the oil town of Brega, officials said on Tuesday.")},
            {"id": "fs-3", "published": "2011-06-07", "source": "Mediterranean Post",
             "text": "BENGHAZI — Rebel leaders met foreign envoys in Benghazi on Monday."},
        ],
        "must_name": ["fs-1", "fs-2"], "bystander": ["fs-3"], "codes": [],
        "note": "launched 19 March, the campaign is 11 weeks old on 7 June",
    },
    "inc2-disagree": {
        "docs": [
            {"id": "fd-1", "published": "2011-08-21", "source": "Maghreb Wire",
             "text": ("TRIPOLI — Rebel fighters launched their assault on Tripoli on Saturday (August 20), "
                      "rising up in several districts as units advanced from the west, a rebel spokesman said.")},
            {"id": "fd-2", "published": "2011-08-30", "source": "Mediterranean Post",
             "text": ("TRIPOLI — The rebel assault on Tripoli, which began on August 14, has left the capital "
                      "short of water and fuel, residents said on Tuesday.")},
            {"id": "fd-3", "published": "2011-08-30", "source": "Mediterranean Post",
             "text": "ALGIERS — Gaddafi's wife and three of his children crossed into Algeria on Monday."},
        ],
        "must_name": ["fd-1", "fd-2"], "bystander": ["fd-3"], "codes": [],
        "note": "20 August vs 14 August for the start of one assault",
    },
}

FRESH_RAW: dict[str, Any] = {
    "docs": [
        {"id": "fr-1", "published": None, "source": "Maghreb Wire",
         "text": ("TRIPOLI, Tuesday 23 Aug 2011 (Maghreb Wire) — Rebel fighters overran Muammar Gaddafi's Bab "
                  "al-Aziziya compound in Tripoli on Tuesday, tearing down a statue of the leader.")},
        {"id": "fr-2", "published": None, "source": "Mediterranean Post",
         "text": ("Yesterday's capture of the Bab al-Aziziya compound in Tripoli has left Gaddafi's loyalists "
                  "holding only a few districts of the capital, rebel commanders said.")},
    ],
    "anchors": {"fr-1": "2011-08-23", "fr-2": "2011-08-24"},
}

SETS = {"aleppo": ALEPPO, "kherson": KHERSON, "marawi": MARAWI, "libya": LIBYA}

# Events a reader of each set finds: keywords (any, in the label), documents that must all be in
# its evidence (one event, merged across them), and the window its start must lie in.
EXPECTED_EVENTS: dict[str, list[dict[str, Any]]] = {
    "aleppo": [
        {"name": "government offensive on eastern Aleppo", "keywords": ["offensive", "push", "operation"],
         "docs": ["al-01", "al-03"], "start": ["2016-11-15", "2016-11-15"]},
        {"name": "capture of the Old City", "keywords": ["captur", "fall", "old city", "quarter"],
         "docs": ["al-01", "al-02"], "start": ["2016-12-07", "2016-12-07"]},
        {"name": "ceasefire / evacuation deal announced", "keywords": ["deal", "ceasefire", "truce", "announce", "ended"],
         "docs": ["al-03", "al-04"], "start": ["2016-12-13", "2016-12-13"]},
        {"name": "first evacuation convoy leaves", "keywords": ["convoy", "evacuat", "left", "leave"],
         "docs": ["al-04"], "start": ["2016-12-15", "2016-12-15"]},
        {"name": "army declares full control of Aleppo", "keywords": ["declar", "control", "regain"],
         "docs": ["al-05"], "start": ["2016-12-22", "2016-12-22"]},
        {"name": "battle for Aleppo", "keywords": ["battle"],
         "docs": ["al-01", "al-05"], "start": ["2012-07-01", "2012-07-31"]},
        {"name": "evacuation suspended", "keywords": ["suspend", "evacuat"],
         "docs": ["al-06"], "start": ["2016-12-16", "2016-12-16"]},
        {"name": "Russia and China veto a truce resolution", "keywords": ["veto"],
         "docs": ["al-06"], "start": ["2016-12-05", "2016-12-05"]},
    ],
    "kherson": [
        {"name": "Kherson counteroffensive", "keywords": ["counteroffensive", "offensive", "operation"],
         "docs": ["kh-01", "kh-03", "kh-05"], "start": ["2022-08-29", "2022-08-29"]},
        {"name": "Russia orders withdrawal from Kherson", "keywords": ["withdraw", "retreat", "pullback", "order"],
         "docs": ["kh-05", "kh-06"], "start": ["2022-11-09", "2022-11-09"]},
        {"name": "Ukrainian units enter Kherson", "keywords": ["arriv", "enter", "units"],
         "docs": ["kh-06"], "start": ["2022-11-11", "2022-11-11"]},
        {"name": "Russia declares the region annexed", "keywords": ["declar", "annex", "region"],
         "docs": ["kh-03"], "start": ["2022-09-30", "2022-09-30"]},
        {"name": "evacuation announced", "keywords": ["evacuat", "announce"],
         "docs": ["kh-04"], "start": ["2022-10-18", "2022-10-18"]},
        {"name": "Russia takes Kherson", "keywords": ["held", "hold", "fall", "occupation", "captur", "seiz"],
         "docs": ["kh-01"], "start": ["2022-03-01", "2022-03-10"]},
        {"name": "Zelensky visits Kherson", "keywords": ["visit", "zelensky"],
         "docs": ["kh-07"], "start": ["2022-11-14", "2022-11-14"]},
    ],
    "marawi": [
        {"name": "siege of Marawi", "keywords": ["siege", "battle", "fighting"],
         "docs": ["mr-02", "mr-04", "mr-05"], "start": ["2017-05-23", "2017-05-23"]},
        {"name": "thirteen marines killed", "keywords": ["kill", "marines", "firefight"],
         "docs": ["mr-06"], "start": ["2017-06-09", "2017-06-09"]},
        {"name": "flag raised for Independence Day", "keywords": ["flag", "raise"],
         "docs": ["mr-06"], "start": ["2017-06-12", "2017-06-12"]},
        {"name": "Maute gunmen storm Marawi", "keywords": ["storm", "attack", "clash", "erupt"],
         "docs": ["mr-01"], "start": ["2017-05-23", "2017-05-23"]},
        {"name": "martial law declared in Mindanao", "keywords": ["martial law", "declar"],
         "docs": ["mr-01"], "start": ["2017-05-23", "2017-05-23"]},
        {"name": "Duterte declares Marawi liberated", "keywords": ["liberat", "declar"],
         "docs": ["mr-04", "mr-05"], "start": ["2017-10-17", "2017-10-17"]},
        {"name": "Hapilon and Maute killed", "keywords": ["kill"],
         "docs": ["mr-04"], "start": ["2017-10-16", "2017-10-16"]},
        {"name": "end of combat operations announced", "keywords": ["announc", "end", "combat"],
         "docs": ["mr-05"], "start": ["2017-10-23", "2017-10-23"]},
    ],
}

EXPECTED_EVENTS["libya"] = LIBYA_EVENTS

# ---------------------------------------------------------------------------------------------------
# Inconsistent variants: validate must exit 1 with an error whose evidence names ``must_name`` and
# not the bystander.
INCONSISTENT: dict[str, dict[str, Any]] = {
    "inc-weekday": {
        "docs": [
            {"id": "wd-1", "published": "2017-06-08", "source": "Sulu Sea Times",
             "text": ("ILIGAN, Philippines — Government troops retook the city hall of Marawi on Thursday "
                      "(June 6), the army said, as the siege entered its third week. Around 1,200 "
                      "soldiers took part in the operation.")},
            {"id": "wd-2", "published": "2017-06-08", "source": "Mindanao Wire",
             "text": ("MANILA — Aid agencies said on Thursday that more than 200,000 people had fled "
                      "Marawi since the fighting began on May 23.")},
        ],
        "must_name": ["wd-1"], "bystander": ["wd-2"], "codes": ["weekday-mismatch"],
        "note": "June 6, 2017 was a Tuesday",
    },
    "inc-second-week": {
        "docs": [
            {"id": "sw-1", "published": "2017-05-24", "source": "Mindanao Wire",
             "text": ("MANILA, May 24 (Mindanao Wire) — The siege of Marawi began on Tuesday (May 23), when "
                      "militants of the Maute group stormed the city and raised black flags.")},
            {"id": "sw-2", "published": "2017-07-25", "source": "Sulu Sea Times",
             "text": ("MARAWI — The siege of Marawi, now in its second week, has forced the army to bring in "
                      "more armoured vehicles, commanders said on Tuesday.")},
            {"id": "sw-3", "published": "2017-07-25", "source": "Sulu Sea Times",
             "text": ("MANILA — Congress voted on Saturday to extend martial law in Mindanao until the end "
                      "of the year.")},
        ],
        "must_name": ["sw-1", "sw-2"], "bystander": ["sw-3"], "codes": [],
        "note": "begun 23 May, the siege is in its tenth week on 25 July",
    },
    "inc-disagree": {
        "docs": [
            {"id": "dg-1", "published": "2022-08-30", "source": "Dnipro Wire",
             "text": ("KYIV, Aug. 30 (Dnipro Wire) — Ukraine launched its counteroffensive in the Kherson "
                      "region on Monday (August 29), the southern military command said.")},
            {"id": "dg-2", "published": "2022-09-20", "source": "Black Sea Herald",
             "text": ("ODESA — Ukraine's counteroffensive in the Kherson region, which began on August 15, "
                      "has retaken dozens of villages, officials said on Tuesday.")},
            {"id": "dg-3", "published": "2022-09-20", "source": "Black Sea Herald",
             "text": ("KYIV — Ukrainian forces entered the town of Kupiansk on Saturday, officials said.")},
        ],
        "must_name": ["dg-1", "dg-2"], "bystander": ["dg-3"], "codes": [],
        "note": "29 August vs 15 August for the start of one counteroffensive",
    },
}

INCONSISTENT.update(FRESH_INCONSISTENT)

# Raw text (no `published`): rw-2's anchor follows only from its "yesterday's assault" being rw-1's
# storming of Marawi "on Tuesday (May 23)" (rw-1 is dated by its dateline).
RAW: dict[str, Any] = {
    "docs": [
        {"id": "rw-1", "published": None, "source": "Mindanao Wire",
         "text": ("MANILA, Wednesday 24 May 2017 (Mindanao Wire) — Islamist gunmen of the Maute group "
                  "stormed the city of Marawi on Tuesday (May 23), burning buildings and taking hostages, "
                  "the army said.")},
        {"id": "rw-2", "published": None, "source": "Sulu Sea Times",
         "text": ("ILIGAN — Yesterday's assault on Marawi by Maute gunmen has forced thousands of residents "
                  "to flee along the road to Iligan, officials said. Soldiers were still fighting the "
                  "militants in the streets of Marawi.")},
    ],
    "anchors": {"rw-1": "2017-05-24", "rw-2": "2017-05-24"},
}


def _find(text: str, surface: str, pos: int) -> int:
    m = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)").search(text, pos)
    if m is None:
        raise ValueError(f"{surface!r} not found after {pos} in {text[:40]!r}")
    return m.start()


def gold_for(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The score_extract.py gold of a set, offsets computed from the texts."""
    out = []
    for d in docs:
        text, pos, exprs = d["text"], 0, []
        for surface, typ, value, extra in d["gold"]:
            s = _find(text, surface, pos)
            pos = s + len(surface)
            exprs.append({"text": surface, "type": typ, "value": value, "start": s, "end": pos, **extra})
        nots = []
        for surface in d["not"]:
            s = _find(text, surface, 0)
            nots.append({"text": surface, "start": s, "end": s + len(surface)})
        out.append({"doc": d["id"], "dct": d["published"], "anchor_auto": d["published"],
                    "expressions": exprs, "not_expressions": nots})
    return out


def check_calendar(docs: list[dict[str, Any]]) -> None:
    """Every weekday we annotate with a full date falls on that date, and every date exists."""
    for d in docs:
        for surface, _typ, value, _extra in d["gold"]:
            day = value[:10]
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                wd = dt.date.fromisoformat(day).strftime("%A")
                named = [w for w in WEEKDAYS if w in surface]
                assert not named or named == [wd], (d["id"], surface, value, wd)


def documents(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"id": d["id"], "published": d["published"], "source": d["source"], "text": d["text"]} for d in docs]


def write_jsonl(path: Path, docs: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def timeml(doc: dict[str, Any], gold: dict[str, Any]) -> str:
    """The document as TimeML (DCT + inline TIMEX3) for ``timeline eval``.

    Every gold expression is a TIMEX3 except the event-relative "since the start of ..." (a signal
    and an event in TimeML, no TIMEX3).
    """
    text, pos, parts = doc["text"], 0, []
    for i, e in enumerate(x for x in gold["expressions"] if not x["text"].startswith("since the start")):
        parts.append(_esc(text[pos:e["start"]]))
        mod = f' mod="{e["mod"]}"' if "mod" in e else ""
        parts.append(f'<TIMEX3 tid="t{i + 1}" type="{e["type"]}" value="{e["value"]}"{mod}>'
                     f'{_esc(text[e["start"]:e["end"]])}</TIMEX3>')
        pos = e["end"]
    parts.append(_esc(text[pos:]))
    return (f'<?xml version="1.0" ?>\n<TimeML>\n<DOCID>{doc["id"]}</DOCID>\n'
            f'<DCT><TIMEX3 tid="t0" type="DATE" value="{doc["published"]}" temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{doc["published"]}</TIMEX3></DCT>\n'
            f'<TEXT>{"".join(parts)}</TEXT>\n</TimeML>\n')



def check_dct_weekdays(docs: list[dict[str, Any]]) -> None:
    """A weekday said of the publication day (value == dct) must be that day's weekday."""
    for d in docs:
        wd = dt.date.fromisoformat(d["published"]).strftime("%A")
        for surface, _t, value, _x in d["gold"]:
            if value == d["published"] and surface in WEEKDAYS:
                assert surface == wd, (d["id"], surface, wd)


def check_events(docs: list[dict[str, Any]], events: list[dict[str, Any]]) -> None:
    """Every expected event names documents of its set, and a window that is a real, ordered pair of days."""
    ids = {d["id"] for d in docs}
    for e in events:
        assert set(e["docs"]) <= ids, e["name"]
        lo, hi = (dt.date.fromisoformat(s) for s in e["start"])
        assert lo <= hi, e["name"]


Check = Callable[[list[dict[str, Any]]], None]


# -- checks shared by the batch writers (u6, u7): the gold against the calendar -----------------------
_NUM = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "twelve": 12}
_PAST = re.compile(r"the past (\w+) (day|week|month)s?$")


def check_past_intervals(docs: list[dict[str, Any]]) -> None:
    """"the past N days/weeks/months" (and "the past week") is annotated [published - N, published]."""
    for d in docs:
        for surface, _t, _v, extra in d["gold"]:
            m = _PAST.match(surface) or re.fullmatch(r"the past (week)", surface)
            if not m:
                continue
            end = dt.date.fromisoformat(d["published"])
            if m.group(1) == "week" or m.group(2) in ("day", "week"):
                days = 7 if m.group(1) == "week" else _NUM[m.group(1)] * (7 if m.group(2) == "week" else 1)
                begin = end - dt.timedelta(days=days)
            else:
                month = end.month - _NUM[m.group(1)]
                begin = end.replace(year=end.year + (month - 1) // 12, month=(month - 1) % 12 + 1)
            assert extra["interval"] == iv(str(begin), str(end)), (d["id"], surface)


def check_weeks(docs: list[dict[str, Any]]) -> None:
    """An ISO-week value is the week the text points at: "last week" the week before publication, "a week
    ago" / "N weeks ago" N weeks before, a past "weekend" the last one before publication, else this week."""
    for d in docs:
        pub = dt.date.fromisoformat(d["published"])
        for surface, _t, value, _x in d["gold"]:
            m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
            if not m:
                continue
            ago = re.search(r"(\w+) weeks? ago$", surface.lower())
            if surface.lower().startswith("last"):
                day = pub - dt.timedelta(days=7)
            elif ago:
                day = pub - dt.timedelta(weeks=_NUM[ago.group(1)])
            elif m.group(3):  # a weekend already past: the last Saturday on or before publication
                day = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
            else:
                day = pub
            assert (int(m.group(1)), int(m.group(2))) == day.isocalendar()[:2], (d["id"], surface, value)


def check_relative_days(docs: list[dict[str, Any]]) -> None:
    """"yesterday" is the day before publication, "N days ago" N days before, "today" the day itself."""
    for d in docs:
        pub = dt.date.fromisoformat(d["published"])
        for surface, _t, value, _x in d["gold"]:
            s = surface.lower()
            ago = re.fullmatch(r"(\w+) days? ago", s)
            if s in ("yesterday", "today") or ago:
                back = 1 if s == "yesterday" else 0 if s == "today" else _NUM[ago.group(1)]  # type: ignore[union-attr]
                assert value == str(pub - dt.timedelta(days=back)), (d["id"], surface, value)


def check_lengths(docs: list[dict[str, Any]]) -> None:
    """Short dispatches: 90 to 140 words each (the brief of the u7 and u8 batches)."""
    for d in docs:
        n = len(d["text"].split())
        assert 90 <= n <= 140, (d["id"], n)


def write_batch(timeml_folder: str, sets: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]],
                inconsistent: dict[str, dict[str, Any]], checks: Sequence[Check] = ()) -> None:
    """One held-out batch (``uN-corpus.py``, ``pN-corpus.py``) checked and written: for each set its
    JSONL, gold, expected events and TimeML copy; for each inconsistent variant its JSONL and what
    ``validate`` must say.  ``checks`` are the batch's own checks on each set's documents."""
    tml = DATA / timeml_folder
    tml.mkdir(exist_ok=True)
    for name, (docs, events) in sets.items():
        check_calendar(docs)
        check_dct_weekdays(docs)
        for check in checks:
            check(docs)
        check_events(docs, events)
        gold = gold_for(docs)
        write_jsonl(DATA / f"{name}.jsonl", documents(docs))
        (DATA / f"{name}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        for d, g in zip(docs, gold, strict=True):
            (tml / f"{d['id']}.tml").write_text(timeml(d, g), encoding="utf-8")
        expected = {"events": events, "validate": {"exit": 0, "errors": 0}}
        (DATA / f"{name}.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    for name, spec in inconsistent.items():
        write_jsonl(DATA / f"{name}.jsonl", spec["docs"])
        expected = {k: v for k, v in spec.items() if k != "docs"} | {"validate": {"exit": 1}}
        (DATA / f"{name}.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")

def main() -> None:
    DATA.mkdir(exist_ok=True)
    for name, docs in SETS.items():
        check_calendar(docs)
        write_jsonl(DATA / f"{name}.jsonl", documents(docs))
        (DATA / f"{name}.gold.json").write_text(json.dumps(gold_for(docs), indent=1, ensure_ascii=False) + "\n")
        (DATA / "timeml").mkdir(exist_ok=True)
        for d, g in zip(docs, gold_for(docs), strict=True):
            (DATA / "timeml" / f"{d['id']}.tml").write_text(timeml(d, g), encoding="utf-8")
        expected = {"events": EXPECTED_EVENTS[name], "validate": {"exit": 0, "errors": 0}}
        (DATA / f"{name}.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    for name, spec in INCONSISTENT.items():
        write_jsonl(DATA / f"{name}.jsonl", spec["docs"])
        expected = {k: v for k, v in spec.items() if k != "docs"} | {"validate": {"exit": 1}}
        (DATA / f"{name}.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    for name, raw in (("raw", RAW), ("raw2", FRESH_RAW)):
        write_jsonl(DATA / f"{name}.jsonl", raw["docs"])
        (DATA / f"{name}.expected.json").write_text(json.dumps({"anchors": raw["anchors"]}, indent=1) + "\n")


if __name__ == "__main__":
    main()
