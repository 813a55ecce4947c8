"""PRACTICE held-out sets (session 4): fresh campaigns in varied news styles, for DEVELOPERS to use.

Unlike the unseen batches, these are dev data: read them, run ``_measure.py --practice``, and use the
failures to find CLASSES of errors.  Do not write rules keyed to these sentences; test every fix on
sentences of your own about other wars.

Four campaigns, every sentence our own (facts from the public record), each in its own style:
- ``p4-serval``: France's Operation Serval in Mali, January 2013 (terse wire bulletins with
  datelines, two agencies telling the same day differently, a later election in July);
- ``p4-palmyra``: the Syrian army's recapture of Palmyra, March 2016 (long features with
  retrospective background; the campaign's start is derivable only from "in its third week", "the
  past 19 days", "Twenty days into"; a later event nine months on; aliases IS/ISIL/Daesh/ISIS);
- ``p4-severodonetsk``: the battle for Severodonetsk, May – June 2022 (analysis pieces, spelling
  variants Sievierodonetsk/Severodonetsk and Haidai/Gaidai, nominalisations and back-references
  such as "Friday's withdrawal" and "last week's fall of");
- ``p4-lebanon``: the 2006 Lebanon war, 12 July – 14 August (updates without dateline, passive
  voice, officials' quotes, "the 19th day of the conflict", a 1996 background event, a report
  published months later);
plus inconsistent variants (``p4-inc-serval-weekday``, ``p4-inc-severodonetsk-weeks``).

``python tests/timeline/heldout/p4-corpus.py`` writes ``data/p4-*.jsonl``, ``data/p4-*.gold.json``,
``data/p4-*.expected.json`` and ``data/p4-timeml/*.tml``, in the formats of ``corpus.py`` (same
annotation tuples, same gold writer), after checking every weekday and every "the past N days"
interval against the calendar.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import corpus
from corpus import a, iv

DATA = corpus.DATA

# ---------------------------------------------------------------------------------------------------
# Operation Serval: wire bulletins.  Konna fell on Thursday 10 January 2013; France struck on Friday
# 11 January; Gao was taken overnight 25-26 January, Timbuktu entered on Monday 28 January.
SERVAL: list[dict[str, Any]] = [
    {
        "id": "sv-01", "published": "2013-01-11", "source": "Sahel Wire",
        "text": (
            "BAMAKO, Mali, Jan 11 (Sahel Wire) - French warplanes and helicopters attacked columns of "
            "Islamist fighters in central Mali on Friday, a day after the rebels overran the town of "
            "Konna, President Francois Hollande said in Paris. The operation would last as long as "
            "necessary, he added. Konna lies roughly 700 km northeast of the capital. Islamist groups "
            "linked to al Qaeda have ruled the desert north since last spring, when they elbowed aside "
            "the Tuareg separatists who had started a rebellion there in January 2012."
        ),
        "gold": [
            a("Jan 11", "DATE", "2013-01-11"),
            a("Friday", "DATE", "2013-01-11"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after Konna was overrun"),
            a("last spring", "DATE", "2012-SP"),
            a("January 2012", "DATE", "2012-01"),
        ],
        "not": ["700 km"],
    },
    {
        "id": "sv-02", "published": "2013-01-11", "source": "Francophone Press Agency",
        "text": (
            "PARIS, Jan 11 (FPA) - France went to war in Mali this afternoon. Gazelle helicopters and "
            "Mirage jets flying from Chad hit jihadist convoys near Konna in answer to an appeal from "
            "Mali's interim president, Dioncounda Traore, the Elysee palace said. The intervention, "
            "code-named Serval after a small wild cat of the savannah, was ordered hours after Ansar Dine "
            "and its allies seized Konna on Thursday and opened the road south to Mopti and the army base "
            "at Sevare. A French pilot was fatally wounded during the first raids, a ministry official "
            "said."
        ),
        "gold": [
            a("Jan 11", "DATE", "2013-01-11"),
            a("this afternoon", "TIME", "2013-01-11TAF"),
            a("hours", "DURATION", "PTXH", notes="event-relative: hours after Konna fell"),
            a("Thursday", "DATE", "2013-01-10"),
        ],
        "not": [],
    },
    {
        "id": "sv-03", "published": "2013-01-14", "source": "Sahel Wire",
        "text": (
            "BAMAKO, Jan 14 (Sahel Wire) - Islamist fighters took the town of Diabaly, about 400 km north "
            "of Bamako, in a counter-attack on Monday, French Defence Minister Jean-Yves Le Drian said. "
            "Rafale jets based in France pounded rebel camps and depots around Gao on Sunday, killing "
            "dozens of militants, residents said. Paris now has some 750 soldiers on the ground and plans "
            "to raise the number to 2,500."
        ),
        "gold": [
            a("Jan 14", "DATE", "2013-01-14"),
            a("Monday", "DATE", "2013-01-14"),
            a("Sunday", "DATE", "2013-01-13"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
        ],
        "not": ["400 km", "750", "2,500"],
    },
    {
        "id": "sv-04", "published": "2013-01-18", "source": "Francophone Press Agency",
        "text": (
            "MOPTI, Mali, Jan 18 (FPA) - Malian troops backed by French air power recaptured Konna on "
            "Friday, eight days after the rebels overran it, an army colonel said. Journalists were kept "
            "out of the town. A week into the French operation, the first soldiers of a 3,300-strong "
            "West African force have only begun to land in Bamako."
        ),
        "gold": [
            a("Jan 18", "DATE", "2013-01-18"),
            a("Friday", "DATE", "2013-01-18"),
            a("eight days", "DURATION", "P8D", notes="event-relative: eight days after Konna fell"),
            a("A week", "DURATION", "P1W", notes="event-relative: a week into the operation"),
        ],
        "not": ["3,300-strong"],
    },
    {
        "id": "sv-05", "published": "2013-01-26", "source": "Sahel Wire",
        "text": (
            "GAO, Mali, Jan 26 (Sahel Wire) - French special forces seized the airport and the Wabaria "
            "bridge at Gao overnight, the defence ministry in Paris said on Saturday, wresting the "
            "largest town of the north from the MUJAO jihadist movement. The town of about 90,000 people "
            "had been under Islamist rule since last June."
        ),
        "gold": [
            a("Jan 26", "DATE", "2013-01-26"),
            a("overnight", "TIME", "2013-01-25TNI"),
            a("Saturday", "DATE", "2013-01-26"),
            a("last June", "DATE", "2012-06"),
        ],
        "not": ["90,000"],
    },
    {
        "id": "sv-06", "published": "2013-01-28", "source": "Francophone Press Agency",
        "text": (
            "TIMBUKTU, Mali, Jan 28 (FPA) - French paratroopers and Malian soldiers walked into Timbuktu "
            "on Monday without firing a shot, two days after the capture of Gao, and found that the "
            "retreating militants had torched a library holding thousands of old manuscripts. Residents "
            "waved flags in the sandy streets. The city had been in rebel hands since April 2012. "
            "Seventeen days into the intervention, officials in Paris say their soldiers could start "
            "going home in March."
        ),
        "gold": [
            a("Jan 28", "DATE", "2013-01-28"),
            a("Monday", "DATE", "2013-01-28"),
            a("two days", "DURATION", "P2D", notes="event-relative: two days after Gao was taken"),
            a("April 2012", "DATE", "2012-04"),
            a("Seventeen days", "DURATION", "P17D", notes="event-relative: 17 days into the intervention"),
            a("March", "DATE", "2013-03", notes="future: the coming March"),
        ],
        "not": [],
    },
    {
        "id": "sv-07", "published": "2013-07-29", "source": "Sahel Wire",
        "text": (
            "BAMAKO, July 29 (Sahel Wire) - Malians turned out in large numbers on Sunday to choose a "
            "president, six months after French troops chased the Islamists from the northern towns. "
            "The vote is meant to close the chapter opened by the March 2012 coup. A run-off, if needed, "
            "is due on Aug. 11."
        ),
        "gold": [
            a("July 29", "DATE", "2013-07-29"),
            a("Sunday", "DATE", "2013-07-28"),
            a("six months", "DURATION", "P6M", notes="event-relative: after the northern towns were retaken"),
            a("March 2012", "DATE", "2012-03"),
            a("Aug. 11", "DATE", "2013-08-11"),
        ],
        "not": [],
    },
]

SERVAL_EVENTS: list[dict[str, Any]] = [
    {"name": "French intervention in Mali (Operation Serval)",
     "keywords": ["intervention", "operation", "serval", "war", "attack", "campaign"],
     "docs": ["sv-01", "sv-02", "sv-06"], "start": ["2013-01-11", "2013-01-11"]},
    {"name": "Islamists overrun Konna", "keywords": ["overran", "overrun", "seiz", "fall", "fell"],
     "docs": ["sv-01", "sv-02", "sv-04"], "start": ["2013-01-10", "2013-01-10"]},
    {"name": "Gao airport and bridge seized", "keywords": ["seiz", "captur", "wrest"],
     "docs": ["sv-05", "sv-06"], "start": ["2013-01-25", "2013-01-26"]},
    {"name": "Islamists take Diabaly", "keywords": ["took", "take", "counter"],
     "docs": ["sv-03"], "start": ["2013-01-14", "2013-01-14"]},
    {"name": "Rafale jets pound camps around Gao", "keywords": ["pound", "strike", "raid", "bomb"],
     "docs": ["sv-03"], "start": ["2013-01-13", "2013-01-13"]},
    {"name": "Konna recaptured", "keywords": ["recaptur", "retook", "retak"],
     "docs": ["sv-04"], "start": ["2013-01-18", "2013-01-18"]},
    {"name": "troops enter Timbuktu", "keywords": ["walked", "enter", "timbuktu"],
     "docs": ["sv-06"], "start": ["2013-01-28", "2013-01-28"]},
    {"name": "Tuareg rebellion started", "keywords": ["rebellion", "start"],
     "docs": ["sv-01"], "start": ["2012-01-01", "2012-01-31"]},
    {"name": "presidential election", "keywords": ["vote", "election", "president", "turned out"],
     "docs": ["sv-07"], "start": ["2013-07-28", "2013-07-28"]},
]

# ---------------------------------------------------------------------------------------------------
# Palmyra: long features.  The offensive opened on about 7 March 2016 (never stated: only "in its
# third week" on 24 March, "the past 19 days" on 26 March, "Twenty days into" on 27 March); the city
# was retaken on Sunday 27 March; IS had taken it in May 2015 and took it back on 11 December 2016.
PALMYRA: list[dict[str, Any]] = [
    {
        "id": "pm-01", "published": "2016-03-24", "source": "The Levantine Review",
        "text": (
            "HOMS, Syria - From the ridge above the highway, the government columns can be seen long "
            "before they are heard: tanks, fuel trucks and pick-ups with heavy machine guns crawling east "
            "across the gravel toward Palmyra, the oasis city that Islamic State has held since last May. "
            "The drive to win it back, now in its third week, has brought the Syrian army and the "
            "militias fighting beside it to within 4 km of the ancient colonnades, officers said on "
            "Thursday. Russian bombers have kept up their sorties over the desert even though Moscow "
            "announced last week that the bulk of its air group would fly home.\n\n"
            "For Damascus the city's loss was a humiliation. Within days of taking it, the jihadists "
            "filled the Roman theatre for executions; in August they beheaded Khaled al-Asaad, the "
            "82-year-old scholar who had looked after the ruins for some forty years, and then dynamited "
            "the temples of Baalshamin and Bel. Officers at the front now speak of reaching the citadel "
            "within days."
        ),
        "gold": [
            a("last May", "DATE", "2015-05"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("third week", "DURATION", "P1W", optional_value=True,
              notes="the drive's third week: it began 14-20 days before 2016-03-24"),
            a("Thursday", "DATE", "2016-03-24"),
            a("last week", "DATE", "2016-W11"),
            a("days", "DURATION", "PXD", optional_value=True, notes="event-relative: days after the capture"),
            a("August", "DATE", "2015-08", notes="past tense: the August after last May"),
            a("some forty years", "DURATION", "P40Y", mod="APPROX"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("days", "DURATION", "PXD", optional_value=True, notes="'within days': vague duration"),
        ],
        "not": ["4 km", "82-year-old"],
    },
    {
        "id": "pm-02", "published": "2016-03-26", "source": "Desert Courier",
        "text": (
            "Syrian soldiers and allied militiamen fought their way into the western districts of Palmyra "
            "on Saturday after taking the hilltop castle that looks down on the city, state television "
            "reported. ISIL fighters were said to be falling back toward Deir ez-Zor and Raqqa along the "
            "desert roads, leaving booby-trapped houses behind them. Over the past 19 days the offensive "
            "has killed more than 400 of the group's fighters, the Syrian Observatory for Human Rights "
            "said, while the army has lost scores of men."
        ),
        "gold": [
            a("Saturday", "DATE", "2016-03-26"),
            a("the past 19 days", "DURATION", "P19D", interval=iv("2016-03-07", "2016-03-26")),
        ],
        "not": ["400"],
    },
    {
        "id": "pm-03", "published": "2016-03-27", "source": "The Levantine Review",
        "text": (
            "DAMASCUS - Palmyra is back in government hands. The army's general command declared on "
            "Sunday that its units had full control of the city and its ruins after Daesh fighters "
            "slipped away to the east overnight. Twenty days into the offensive, the recapture is the "
            "heaviest defeat the jihadists have suffered in Syria, and President Bashar al-Assad was "
            "quick to call it an important achievement. He thanked Vladimir Putin by telephone this "
            "evening, the Kremlin said. Army engineers expect the clearing of mines in the old town to "
            "take weeks."
        ),
        "gold": [
            a("Sunday", "DATE", "2016-03-27"),
            a("overnight", "TIME", "2016-03-26TNI"),
            a("Twenty days", "DURATION", "P20D", notes="event-relative: twenty days into the offensive"),
            a("this evening", "TIME", "2016-03-27TEV"),
            a("weeks", "DURATION", "PXW"),
        ],
        "not": [],
    },
    {
        "id": "pm-04", "published": "2016-03-28", "source": "Orient Gazette",
        "text": (
            "PALMYRA, Syria - Sunday's recapture of Palmyra has given Syria's antiquities service its "
            "first look at what the jihadists left of the site. Maamoun Abdulkarim, the head of the "
            "service, toured the museum today and found statues smashed and their faces hacked off, but "
            "he said that most of the colonnaded street was still standing and that the damage could be "
            "repaired within five years. The success owed much to Russia, which began its air campaign "
            "in Syria last September and whose advisers were seen with the assault units."
        ),
        "gold": [
            a("Sunday", "DATE", "2016-03-27"),
            a("today", "DATE", "2016-03-28"),
            a("five years", "DURATION", "P5Y"),
            a("last September", "DATE", "2015-09"),
        ],
        "not": [],
    },
    {
        "id": "pm-05", "published": "2016-05-06", "source": "Desert Courier",
        "text": (
            "A Russian symphony orchestra played Bach and Prokofiev in the Roman theatre of Palmyra on "
            "Thursday, nearly six weeks after the city was wrested from ISIS. The stage had been used "
            "for public killings after the militants' capture of the city in May last year. Soldiers "
            "lined the seats, and President Vladimir Putin spoke to the audience by video link."
        ),
        "gold": [
            a("Thursday", "DATE", "2016-05-05"),
            a("nearly six weeks", "DURATION", "P6W", mod="LESS_THAN",
              notes="event-relative: after the city was retaken"),
            a("May last year", "DATE", "2015-05"),
        ],
        "not": [],
    },
    {
        "id": "pm-06", "published": "2016-12-12", "source": "Orient Gazette",
        "text": (
            "Less than nine months after Syria and Russia celebrated its recapture, Palmyra belongs to "
            "Islamic State again. Several thousand militants swept back into the city on Sunday while the "
            "army was throwing its best units into the final battle for Aleppo, and the garrison fled "
            "west toward the T4 air base. The victory claimed in March now looks like a loan rather than "
            "a conquest."
        ),
        "gold": [
            a("Less than nine months", "DURATION", "P9M", mod="LESS_THAN",
              notes="event-relative: after the March recapture"),
            a("Sunday", "DATE", "2016-12-11"),
            a("March", "DATE", "2016-03"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
        ],
        "not": [],
    },
]

PALMYRA_EVENTS: list[dict[str, Any]] = [
    {"name": "government offensive to retake Palmyra",
     "keywords": ["offensive", "drive", "campaign", "operation", "push"],
     "docs": ["pm-01", "pm-02", "pm-03"], "start": ["2016-03-05", "2016-03-09"]},
    {"name": "recapture of Palmyra", "keywords": ["recaptur", "control", "retak", "wrest", "declar"],
     "docs": ["pm-03", "pm-04"], "start": ["2016-03-27", "2016-03-27"]},
    {"name": "Islamic State takes Palmyra", "keywords": ["held", "capture", "taking", "loss"],
     "docs": ["pm-01", "pm-05"], "start": ["2015-05-01", "2015-05-31"]},
    {"name": "troops fight into the western districts", "keywords": ["fought", "into", "enter"],
     "docs": ["pm-02"], "start": ["2016-03-26", "2016-03-26"]},
    {"name": "archaeologist beheaded", "keywords": ["behead"],
     "docs": ["pm-01"], "start": ["2015-08-01", "2015-08-31"]},
    {"name": "Moscow announces its air group will fly home", "keywords": ["announc", "fly home"],
     "docs": ["pm-01"], "start": ["2016-03-14", "2016-03-20"]},
    {"name": "Russian air campaign began", "keywords": ["air campaign", "began"],
     "docs": ["pm-04"], "start": ["2015-09-01", "2015-09-30"]},
    {"name": "orchestra plays in the Roman theatre", "keywords": ["orchestra", "play", "concert"],
     "docs": ["pm-05"], "start": ["2016-05-05", "2016-05-05"]},
    {"name": "Islamic State retakes Palmyra", "keywords": ["swept", "back"],
     "docs": ["pm-06"], "start": ["2016-12-11", "2016-12-11"]},
]

# ---------------------------------------------------------------------------------------------------
# Severodonetsk: analysis.  Russian troops pushed into the city on Monday 30 May 2022 (derivable from
# "Two weeks into", "In its third week", "almost four weeks"); withdrawal ordered Friday 24 June; the
# city fully occupied Saturday 25 June.
SEVERODONETSK: list[dict[str, Any]] = [
    {
        "id": "sd-01", "published": "2022-06-13", "source": "Eastern Front Monitor",
        "text": (
            "ANALYSIS - Two weeks into the street fighting for Severodonetsk, Russia is winning the way "
            "it knows best: slowly, by levelling what it cannot take. The last of the three bridges that "
            "tie the city to Lysychansk across the Siverskyi Donets was destroyed on Monday, the Luhansk "
            "governor, Serhiy Haidai, said, so wounded soldiers can no longer be driven out and food "
            "can no longer be brought in. Several hundred civilians are sheltering in the bunkers of the "
            "Azot chemical works. The city has been here before: pro-Russian separatists held it for "
            "several months in 2014. But nothing since Russia invaded on February 24 has cost Ukraine "
            "as much as the defence of these few square kilometres."
        ),
        "gold": [
            a("Two weeks", "DURATION", "P2W", notes="event-relative: two weeks into the street fighting"),
            a("Monday", "DATE", "2022-06-13"),
            a("several months", "DURATION", "PXM"),
            a("2014", "DATE", "2014"),
            a("February 24", "DATE", "2022-02-24"),
        ],
        "not": [],
    },
    {
        "id": "sd-02", "published": "2022-06-16", "source": "Dnipro Wire",
        "text": (
            "KYIV, June 16 (Dnipro Wire) - In its third week, the battle for Sievierodonetsk has become "
            "a contest of artillery, and Ukraine is badly outgunned, officials in Kyiv admitted on "
            "Thursday. A humanitarian corridor that Moscow proposed for Wednesday (June 15) out of the "
            "Azot plant was never used: it led only into Russian-held territory. Ukrainian gunners say "
            "they fire one shell for every ten or 15 that come their way."
        ),
        "gold": [
            a("June 16", "DATE", "2022-06-16"),
            a("third week", "DURATION", "P1W", optional_value=True,
              notes="the battle's third week: it began 14-20 days before 2022-06-16"),
            a("Thursday", "DATE", "2022-06-16"),
            a("Wednesday (June 15)", "DATE", "2022-06-15"),
        ],
        "not": ["ten or 15"],
    },
    {
        "id": "sd-03", "published": "2022-06-24", "source": "Eastern Front Monitor",
        "text": (
            "Ukraine's commanders have told their troops to pull out of Severodonetsk after almost four "
            "weeks of house-to-house combat, the head of the Luhansk regional administration said on "
            "Friday. Clinging to positions that had been shelled to rubble for many months made no "
            "sense merely for the sake of clinging on, Serhiy Haidai wrote on Telegram. The retreat leaves "
            "Lysychansk, on the higher western bank, as the last Ukrainian stronghold in the province."
        ),
        "gold": [
            a("almost four weeks", "DURATION", "P4W", mod="LESS_THAN",
              notes="event-relative: the street fighting so far"),
            a("Friday", "DATE", "2022-06-24"),
            a("many months", "DURATION", "PXM"),
        ],
        "not": [],
    },
    {
        "id": "sd-04", "published": "2022-06-24", "source": "Dnipro Wire",
        "text": (
            "KYIV, June 24 (Dnipro Wire) - Ukrainian units defending Sievierodonetsk have been ordered "
            "to fall back to new lines, regional governor Serhiy Gaidai told national television today, "
            "confirming what Russian-backed forces had been claiming for days. He did not say how many "
            "men were still inside the city, which had about 100,000 residents before the war."
        ),
        "gold": [
            a("June 24", "DATE", "2022-06-24"),
            a("today", "DATE", "2022-06-24"),
            a("days", "DURATION", "PXD"),
        ],
        "not": ["100,000"],
    },
    {
        "id": "sd-05", "published": "2022-06-27", "source": "Eastern Front Monitor",
        "text": (
            "COMMENT - Friday's withdrawal from Severodonetsk was orderly, and Kyiv is right to call it "
            "a manoeuvre rather than a rout. Russia's defence ministry announced on Saturday that its "
            "troops and the militia of the self-proclaimed Luhansk People's Republic had taken full "
            "control of the city, and the mayor, Oleksandr Stryuk, confirmed it hours later. Yet last "
            "week's fall of Severodonetsk should worry Ukraine's friends: since the invasion four months "
            "ago, Moscow has learnt to trade men and shells for ground, and it has more of both."
        ),
        "gold": [
            a("Friday", "DATE", "2022-06-24"),
            a("Saturday", "DATE", "2022-06-25"),
            a("hours", "DURATION", "PTXH", notes="event-relative: hours after the announcement"),
            a("last week", "DATE", "2022-W25"),
            a("four months ago", "DATE", "2022-02"),
        ],
        "not": [],
    },
    {
        "id": "sd-06", "published": "2022-10-01", "source": "Dnipro Wire",
        "text": (
            "KYIV, Oct 1 (Dnipro Wire) - Ukrainian troops entered the rail hub of Lyman on Saturday, a "
            "day after Vladimir Putin signed papers in the Kremlin claiming four Ukrainian regions, "
            "Luhansk among them, as Russian land. Three months after the fall of Sievierodonetsk, it is "
            "Russia's turn to give ground in the Donbas."
        ),
        "gold": [
            a("Oct 1", "DATE", "2022-10-01"),
            a("Saturday", "DATE", "2022-10-01"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the signing"),
            a("Three months", "DURATION", "P3M", notes="event-relative: after the fall of the city"),
        ],
        "not": [],
    },
]

SEVERODONETSK_EVENTS: list[dict[str, Any]] = [
    {"name": "battle for Severodonetsk (street fighting in the city)",
     "keywords": ["battle", "fighting", "combat", "assault", "defence"],
     "docs": ["sd-01", "sd-02", "sd-03"], "start": ["2022-05-28", "2022-06-01"]},
    {"name": "Ukrainian troops ordered to withdraw", "keywords": ["withdraw", "pull", "order", "retreat", "fall back"],
     "docs": ["sd-03", "sd-04", "sd-05"], "start": ["2022-06-24", "2022-06-24"]},
    # "announced on Saturday that its troops ... had taken": on or before Saturday; "last week's fall"
    # bounds it to that week (the mayor confirmed it the same day; the public record says 25 June)
    {"name": "Russia takes full control of the city", "keywords": ["control", "fall", "taken", "occup"],
     "docs": ["sd-05", "sd-06"], "start": ["2022-06-20", "2022-06-25"]},
    {"name": "last bridge destroyed", "keywords": ["destroy", "bridge"],
     "docs": ["sd-01"], "start": ["2022-06-13", "2022-06-13"]},
    {"name": "humanitarian corridor proposed", "keywords": ["corridor", "propos"],
     "docs": ["sd-02"], "start": ["2022-06-15", "2022-06-15"]},
    {"name": "Russian invasion", "keywords": ["invasion", "invade"],
     "docs": ["sd-01", "sd-05"], "start": ["2022-02-24", "2022-02-24"]},
    {"name": "separatists held the city in 2014", "keywords": ["held", "separatist"],
     "docs": ["sd-01"], "start": ["2014-01-01", "2014-12-31"]},
    {"name": "Putin signs the annexation papers", "keywords": ["sign", "annex", "claim"],
     "docs": ["sd-06"], "start": ["2022-09-30", "2022-09-30"]},
    {"name": "Ukrainian troops enter Lyman", "keywords": ["enter", "lyman"],
     "docs": ["sd-06"], "start": ["2022-10-01", "2022-10-01"]},
]

# ---------------------------------------------------------------------------------------------------
# Lebanon 2006: updates without dateline.  Hezbollah's raid on Wednesday 12 July 2006 started the
# war; Qana struck on Sunday 30 July; Resolution 1701 on Friday 11 August; ceasefire Monday 14 August.
LEBANON: list[dict[str, Any]] = [
    {
        "id": "lb-01", "published": "2006-07-13", "source": "Cedar Newswire",
        "text": (
            "The runways of Beirut's international airport were bombed by Israeli jets early on Thursday "
            "and a sea blockade of Lebanon's ports was declared, a day after Hezbollah guerrillas crossed "
            "the border and seized two Israeli soldiers. Eight soldiers were killed in Wednesday's raid "
            "and in the clashes that followed it, according to the Israeli army. Prime Minister Ehud "
            "Olmert described the abduction as an act of war and said Lebanon would pay a heavy price."
        ),
        "gold": [
            a("Thursday", "DATE", "2006-07-13"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the raid"),
            a("Wednesday", "DATE", "2006-07-12"),
        ],
        "not": [],
    },
    {
        "id": "lb-02", "published": "2006-07-14", "source": "Mediterranean Times",
        "text": (
            "An Israeli warship was hit by a Hezbollah missile off the Lebanese coast on Friday evening, "
            "the army said, and four sailors were missing. Hours earlier the headquarters of Hezbollah's "
            "leader, Sayyed Hassan Nasrallah, in the southern suburbs of Beirut had been flattened by air "
            "strikes. In a recorded message, Nasrallah promised Israel the open war it had asked for. "
            "Military analysts said the missile used, a Chinese-designed model, has a range of "
            "some 120 km."
        ),
        "gold": [
            a("Friday evening", "TIME", "2006-07-14TEV"),
            a("Hours", "DURATION", "PTXH", notes="event-relative: hours before the warship was hit"),
        ],
        "not": ["120 km"],
    },
    {
        "id": "lb-03", "published": "2006-07-30", "source": "Cedar Newswire",
        "text": (
            "At least 54 civilians, many of them children, were killed when a three-storey building in "
            "the southern village of Qana was brought down by an Israeli air strike early on Sunday, "
            "Lebanese officials said. On the 19th day of the conflict, the Lebanese prime minister, Fouad "
            "Siniora, told the US Secretary of State, Condoleezza Rice, that there was no point in her "
            "coming to Beirut. Qana is the village where more than 100 people sheltering at a UN post "
            "were killed by Israeli shells in April 1996."
        ),
        "gold": [
            a("Sunday", "DATE", "2006-07-30"),
            a("19th day", "DURATION", "P1D", optional_value=True,
              notes="event-relative: the conflict's 19th day, so it began on 2006-07-12"),
            a("April 1996", "DATE", "1996-04"),
        ],
        "not": ["54", "three-storey", "100"],
    },
    {
        "id": "lb-04", "published": "2006-07-31", "source": "Mediterranean Times",
        "text": (
            "Israel agreed overnight to a 48-hour suspension of air strikes on southern Lebanon, a State "
            "Department spokesman said, as anger over yesterday's bombing of Qana spread across the Arab "
            "world. The pause was described by Israeli officials as limited: targets posing an imminent "
            "threat would still be hit, they said. Protesters had stormed the UN building in Beirut on "
            "Sunday."
        ),
        "gold": [
            a("overnight", "TIME", "2006-07-30TNI"),
            a("48-hour", "DURATION", "PT48H"),
            a("yesterday", "DATE", "2006-07-30"),
            a("Sunday", "DATE", "2006-07-30"),
        ],
        "not": [],
    },
    {
        "id": "lb-05", "published": "2006-08-12", "source": "Cedar Newswire",
        "text": (
            "Resolution 1701 was adopted unanimously by the UN Security Council on Friday night. It calls "
            "for a full cessation of hostilities and for up to 15,000 UN peacekeepers to deploy alongside "
            "15,000 Lebanese troops in the strip between the Litani river and the border, some 30 km to "
            "the south. The Lebanese cabinet is expected to endorse the text today. Thirty-one days after "
            "the war began, the deaths at Qana on July 30 are still cited by diplomats as the moment that "
            "turned opinion against the Israeli campaign."
        ),
        "gold": [
            a("Friday night", "TIME", "2006-08-11TNI"),
            a("today", "DATE", "2006-08-12"),
            a("Thirty-one days", "DURATION", "P31D", notes="event-relative: 31 days after the war began"),
            a("July 30", "DATE", "2006-07-30"),
        ],
        "not": ["1701", "15,000", "30 km"],
    },
    {
        "id": "lb-06", "published": "2006-08-14", "source": "Mediterranean Times",
        "text": (
            "A ceasefire took hold in Lebanon and northern Israel at 8 a.m. on Monday, ending 34 days "
            "of fighting that erupted when Hezbollah captured two soldiers in a raid on July 12. Within "
            "hours, long lines of cars carrying displaced families were heading south over bomb-cratered "
            "roads. More than 1,100 Lebanese and about 160 Israelis have been killed, according to "
            "official figures."
        ),
        "gold": [
            a("8 a.m. on Monday", "TIME", "2006-08-14T08:00"),
            a("34 days", "DURATION", "P34D", notes="event-relative: the war's length, counted inclusively"),
            a("July 12", "DATE", "2006-07-12"),
            a("hours", "DURATION", "PTXH", notes="'within hours': vague duration"),
        ],
        "not": ["1,100", "160"],
    },
    {
        "id": "lb-07", "published": "2007-05-01", "source": "Cedar Newswire",
        "text": (
            "Ehud Olmert took Israel to war in July last year hastily and without a plan, a state "
            "commission of inquiry concluded in an interim report published on Monday, more than eight "
            "months after the guns fell silent. The Winograd committee also faulted the army's chief of "
            "staff and the defence minister, Amir Peretz. Calls for the prime minister to resign grew "
            "louder today."
        ),
        "gold": [
            a("July last year", "DATE", "2006-07"),
            a("Monday", "DATE", "2007-04-30"),
            a("more than eight months", "DURATION", "P8M", mod="MORE_THAN",
              notes="event-relative: after the ceasefire"),
            a("today", "DATE", "2007-05-01"),
        ],
        "not": [],
    },
]

LEBANON_EVENTS: list[dict[str, Any]] = [
    {"name": "2006 Lebanon war (Israel-Hezbollah)",
     "keywords": ["war", "conflict", "fighting", "campaign", "hostilities"],
     "docs": ["lb-03", "lb-05", "lb-06"], "start": ["2006-07-11", "2006-07-13"]},
    {"name": "Hezbollah raid seizes two soldiers", "keywords": ["raid", "seiz", "captur", "abduct", "crossed"],
     "docs": ["lb-01", "lb-06"], "start": ["2006-07-12", "2006-07-12"]},
    {"name": "Qana air strike", "keywords": ["strike", "bomb", "qana", "killed", "deaths"],
     "docs": ["lb-03", "lb-04", "lb-05"], "start": ["2006-07-30", "2006-07-30"]},
    {"name": "Beirut airport bombed", "keywords": ["bomb", "airport", "runway"],
     "docs": ["lb-01"], "start": ["2006-07-13", "2006-07-13"]},
    {"name": "warship hit by a missile", "keywords": ["hit", "warship", "missile"],
     "docs": ["lb-02"], "start": ["2006-07-14", "2006-07-14"]},
    {"name": "48-hour halt of air strikes agreed", "keywords": ["agree", "suspension", "pause", "halt"],
     "docs": ["lb-04"], "start": ["2006-07-30", "2006-07-31"]},
    {"name": "Resolution 1701 adopted", "keywords": ["adopt", "resolution"],
     "docs": ["lb-05"], "start": ["2006-08-11", "2006-08-11"]},
    {"name": "ceasefire takes hold", "keywords": ["ceasefire", "took hold", "truce"],
     "docs": ["lb-06"], "start": ["2006-08-14", "2006-08-14"]},
    {"name": "Qana shelling of 1996", "keywords": ["shell", "killed"],
     "docs": ["lb-03"], "start": ["1996-04-01", "1996-04-30"]},
    {"name": "Winograd interim report published", "keywords": ["report", "publish", "conclud"],
     "docs": ["lb-07"], "start": ["2007-04-30", "2007-04-30"]},
]

SETS = {
    "p4-serval": (SERVAL, SERVAL_EVENTS),
    "p4-palmyra": (PALMYRA, PALMYRA_EVENTS),
    "p4-severodonetsk": (SEVERODONETSK, SEVERODONETSK_EVENTS),
    "p4-lebanon": (LEBANON, LEBANON_EVENTS),
}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "p4-inc-serval-weekday": {
        "docs": [
            {"id": "vw-1", "published": "2013-01-19", "source": "Sahel Wire",
             "text": ("MOPTI, Mali, Jan 19 (Sahel Wire) - Malian soldiers supported by French jets took back "
                      "the town of Konna on Friday (Jan. 17), a week after its capture by Islamist rebels had "
                      "drawn France into the war, the army said.")},
            {"id": "vw-2", "published": "2013-01-19", "source": "Francophone Press Agency",
             "text": "DAKAR - Senegal's parliament passed a revised budget for the year on Friday."},
        ],
        "must_name": ["vw-1"], "bystander": ["vw-2"], "codes": ["weekday-mismatch"],
        "note": "January 17, 2013 was a Thursday",
    },
    "p4-inc-severodonetsk-weeks": {
        "docs": [
            {"id": "vk-1", "published": "2022-05-31", "source": "Dnipro Wire",
             "text": ("KYIV, May 31 (Dnipro Wire) - Russian troops pushed into the streets of "
                      "Sievierodonetsk on Monday (May 30), the Luhansk governor said, opening a battle for "
                      "the city itself.")},
            {"id": "vk-2", "published": "2022-06-16", "source": "Eastern Front Monitor",
             "text": ("Six weeks into the battle for Severodonetsk, Ukrainian defenders still hold the Azot "
                      "chemical works, officials said on Thursday.")},
            {"id": "vk-3", "published": "2022-06-16", "source": "Eastern Front Monitor",
             "text": "WARSAW - Poland's central bank raised its main interest rate on Wednesday."},
        ],
        "must_name": ["vk-1", "vk-2"], "bystander": ["vk-3"], "codes": [],
        "note": "begun 30 May, the battle is 17 days old on 16 June, not six weeks",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    def days(a_: str, b_: str) -> int:
        return (dt.date.fromisoformat(b_) - dt.date.fromisoformat(a_)).days

    # weekdays named without a date in the text
    assert [wd(s) for s in ("2013-01-10", "2013-01-11", "2013-01-13", "2013-01-14", "2013-01-18")] == [
        "Thursday", "Friday", "Sunday", "Monday", "Friday"]
    assert [wd(s) for s in ("2013-01-26", "2013-01-28", "2013-07-28")] == ["Saturday", "Monday", "Sunday"]
    assert [wd(s) for s in ("2016-03-24", "2016-03-26", "2016-03-27", "2016-05-05", "2016-12-11")] == [
        "Thursday", "Saturday", "Sunday", "Thursday", "Sunday"]
    assert [wd(s) for s in ("2022-06-13", "2022-06-16", "2022-06-15", "2022-06-24", "2022-06-25")] == [
        "Monday", "Thursday", "Wednesday", "Friday", "Saturday"]
    assert [wd(s) for s in ("2022-10-01", "2022-09-30", "2022-05-30")] == ["Saturday", "Friday", "Monday"]
    assert [wd(s) for s in ("2006-07-12", "2006-07-13", "2006-07-14", "2006-07-30", "2006-08-11")] == [
        "Wednesday", "Thursday", "Friday", "Sunday", "Friday"]
    assert [wd(s) for s in ("2006-08-14", "2007-04-30")] == ["Monday", "Monday"]
    # ISO weeks of "last week"
    assert dt.date(2016, 3, 14).isocalendar()[:2] == (2016, 11) == dt.date(2016, 3, 20).isocalendar()[:2]
    assert dt.date(2016, 3, 24).isocalendar()[1] == 12
    assert dt.date(2022, 6, 25).isocalendar()[:2] == (2022, 25) and dt.date(2022, 6, 27).isocalendar()[1] == 26
    # Serval from 11 Jan 2013, Konna fell 10 Jan, Gao 25-26 Jan
    assert days("2013-01-10", "2013-01-18") == 8                           # "eight days after"
    assert days("2013-01-11", "2013-01-18") == 7                           # "A week into"
    assert days("2013-01-26", "2013-01-28") == 2                           # "two days after the capture of Gao"
    assert days("2013-01-11", "2013-01-28") == 17                          # "Seventeen days into"
    # Palmyra offensive from 7 March 2016
    assert 14 <= days("2016-03-07", "2016-03-24") <= 20                    # "in its third week"
    assert days("2016-03-07", "2016-03-26") == 19                          # "the past 19 days"
    assert days("2016-03-07", "2016-03-27") == 20                          # "Twenty days into"
    assert 35 <= days("2016-03-27", "2016-05-05") < 42                     # "nearly six weeks after"
    assert days("2016-03-27", "2016-12-11") < 9 * 30.5                     # "Less than nine months"
    # Severodonetsk street fighting from 30 May 2022
    assert days("2022-05-30", "2022-06-13") == 14                          # "Two weeks into"
    assert 14 <= days("2022-05-30", "2022-06-16") <= 20                    # "In its third week"
    assert 21 < days("2022-05-30", "2022-06-24") < 28                      # "almost four weeks"
    # Lebanon war from 12 July 2006
    assert days("2006-07-12", "2006-07-30") + 1 == 19                      # "the 19th day of the conflict"
    assert days("2006-07-12", "2006-08-12") == 31                          # "Thirty-one days after the war began"
    assert days("2006-07-12", "2006-08-14") + 1 == 34                      # "34 days of fighting", inclusive
    assert 8 * 30.5 < days("2006-08-14", "2007-04-30") < 9 * 30.5          # "more than eight months after"
    # inconsistent variants: the inconsistency is real
    assert wd("2013-01-17") == "Thursday" and wd("2013-01-19") == "Saturday"
    assert wd("2022-06-16") == "Thursday" and days("2022-05-30", "2022-06-16") == 17 < 5 * 7


_PAST = re.compile(r"the past (\w+) (day|week)s?$")
_N = {"19": 19}


def check_past_intervals(docs: list[dict[str, Any]]) -> None:
    """"the past N days/weeks" is annotated [published - N, published)."""
    for d in docs:
        for surface, _t, _v, extra in d["gold"]:
            m = _PAST.match(surface)
            if m:
                n = _N[m.group(1)] * (7 if m.group(2) == "week" else 1)
                end = dt.date.fromisoformat(d["published"])
                assert extra["interval"] == iv(str(end - dt.timedelta(days=n)), str(end)), (d["id"], surface)






def main() -> None:
    check_facts()
    corpus.write_batch("p4-timeml", SETS, INCONSISTENT, checks=[check_past_intervals])


if __name__ == "__main__":
    main()
