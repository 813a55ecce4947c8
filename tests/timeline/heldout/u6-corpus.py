"""UNSEEN held-out sets (session 6): written by QA for the final honest measurement.

DEVELOPERS: do not read this file or ``data/u6-*``, and do not run ``_measure.py --unseen6``; the
sets exist to measure the engine on news nobody tuned it on.  Numbers are reported to the lead (and
as xfail reasons in ``test_heldout.py``).

Two campaigns, every sentence our own (facts from the public record):
- ``u6-raqqa``: the offensive of the US-backed Syrian Democratic Forces on Raqqa, from 6 June to
  17 October 2017 (the city under Islamic State since January 2014; the isolation campaign "Wrath of
  the Euphrates" from November 2016; a Syrian Su-22 shot down by a US jet on 18 June; the road south
  of the Euphrates cut in the last week of June; the Old City wall breached in early July; the
  evacuation deal of 14-15 October; victory formally declared on 20 October);
- ``u6-sloviansk``: the armed seizure of Sloviansk (Slavyansk, Slovyansk) by pro-Russian gunmen on
  12 April 2014, Kyiv's "anti-terrorist operation" announced on 13 April, the assault of 2 May, the
  release of the OSCE military observers on 3 May, Poroshenko's election on 25 May, the ceasefire of
  20-30 June (a Mi-8 shot down on 24 June) and the recapture of the town on 5 July 2014;
plus inconsistent variants (``u6-inc-sloviansk-weekday``, ``u6-inc-raqqa-weeks``,
``u6-inc-raqqa-disagree``).

``python tests/timeline/heldout/u6-corpus.py`` writes ``data/u6-*.jsonl``, ``data/u6-*.gold.json``,
``data/u6-*.expected.json`` and ``data/u6-timeml/*.tml``, in the formats of ``corpus.py`` (same
annotation tuples, same gold writer), after checking every weekday, every ISO week, every "the past
N days/months" interval and every document's length against the calendar and the brief.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import corpus
from corpus import a, iv

DATA = corpus.DATA

# ---------------------------------------------------------------------------------------------------
RAQQA: list[dict[str, Any]] = [
    {
        "id": "rq-01", "published": "2017-06-06", "source": "Euphrates Wire",
        "text": (
            "BEIRUT, June 6 (Euphrates Wire) - A US-backed alliance of Kurdish and Arab fighters said on "
            "Tuesday it had begun its long-awaited attack on Raqqa, the Syrian city Islamic State has ruled "
            "for more than three years. Talal Silo, a spokesman for the Syrian Democratic Forces (SDF), told "
            "reporters in a village north of the city that the 'great battle' had started, with units moving "
            "in from the east, west and north under cover of coalition air strikes. The assault crowns a "
            "campaign to isolate the city that the SDF began last November under the name Wrath of the "
            "Euphrates. The jihadists took full control of Raqqa in January 2014. Up to 4,000 militants are "
            "believed to be dug in among about 160,000 civilians."
        ),
        "gold": [
            a("June 6", "DATE", "2017-06-06"),
            a("Tuesday", "DATE", "2017-06-06"),
            a("more than three years", "DURATION", "P3Y", mod="MORE_THAN"),
            a("last November", "DATE", "2016-11"),
            a("January 2014", "DATE", "2014-01"),
        ],
        "not": ["Up to 4,000", "160,000"],
    },
    {
        "id": "rq-02", "published": "2017-06-07", "source": "Crescent Daily",
        "text": (
            "Kurdish-led fighters have pushed into the eastern edge of Raqqa since yesterday's launch of the "
            "offensive, seizing part of the Mashlab district, according to the Syrian Observatory for Human "
            "Rights. The US-led coalition said its aircraft had flown dozens of sorties over the city since "
            "Tuesday. Residents reached by phone described heavy bombardment overnight and said Daesh "
            "gunmen were turning back families who tried to leave. Medical charities warned that the few "
            "clinics still working in the city were short of fuel and could close within days. 'We have "
            "waited three years for this,' said a commander of a local Arab brigade fighting alongside the "
            "alliance.\nShares: 48"
        ),
        "gold": [
            a("yesterday", "DATE", "2017-06-06"),
            a("Tuesday", "DATE", "2017-06-06"),
            a("overnight", "TIME", "2017-06-06TNI"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'within days': vague duration"),
            a("three years", "DURATION", "P3Y"),
        ],
        "not": ["48"],
    },
    {
        "id": "rq-03", "published": "2017-06-19", "source": "Two Rivers Press",
        "text": (
            "WASHINGTON, Monday 19 June 2017 (Two Rivers Press) — Russia said on Monday it was suspending its "
            "air-safety hotline with the US military over Syria, a day after an American F/A-18 shot down a "
            "Syrian government warplane south-west of Raqqa. The Pentagon said the Su-22 had dropped bombs "
            "near fighters of the Syrian Democratic Forces close to the town of Jaadin on Sunday evening and "
            "was brought down in collective self-defence. It was the first air-to-air kill of a piloted "
            "aircraft by a US jet since the Kosovo war in 1999. The clash came nearly two weeks into the "
            "Kurdish-led offensive on Raqqa, where the SDF now holds several districts on the eastern and "
            "western sides of the city."
        ),
        "gold": [
            a("Monday 19 June 2017", "DATE", "2017-06-19"),
            a("Monday", "DATE", "2017-06-19"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the shoot-down"),
            a("Sunday evening", "TIME", "2017-06-18TEV"),
            a("1999", "DATE", "1999"),
            a("nearly two weeks", "DURATION", "P2W", mod="LESS_THAN",
              notes="event-relative: nearly two weeks into the offensive"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
        ],
        "not": ["F/A-18", "Su-22"],
    },
    {
        "id": "rq-04", "published": "2017-07-04", "source": "Euphrates Wire",
        "text": (
            "BEIRUT, July 4 (Euphrates Wire) - US-backed fighters have broken through the ancient wall that "
            "rings the Old City of Raqqa, the US-led coalition said on Tuesday, after air strikes opened two "
            "narrow gaps in the brickwork. The Abbasid-era Rafiqa wall had been heavily mined by Islamic "
            "State, a coalition spokesman said, and the breaches let the assault force avoid the deadliest "
            "approaches. Four weeks into the offensive, the SDF controls roughly a third of the city. Last "
            "week the alliance seized the final road out of Raqqa on the southern bank of the Euphrates, "
            "leaving the militants surrounded. Aid groups say tens of thousands of civilians remain trapped."
        ),
        "gold": [
            a("July 4", "DATE", "2017-07-04"),
            a("Tuesday", "DATE", "2017-07-04"),
            a("Four weeks", "DURATION", "P4W", notes="event-relative: four weeks into the offensive"),
            a("Last week", "DATE", "2017-W26"),
        ],
        "not": ["a third"],
    },
    {
        "id": "rq-05", "published": "2017-08-25", "source": "Crescent Daily",
        "text": (
            "GENEVA — The United Nations' humanitarian adviser for Syria called on Thursday for pauses in the "
            "fighting in Raqqa so that civilians could escape, saying some 20,000 people were trapped with "
            "little food or clean water. Jan Egeland urged the US-led coalition and the Kurdish-led militia "
            "it supports to do more to spare residents, as monitors reported a sharp rise in deaths from air "
            "strikes. More than 11 weeks into the battle, the SDF says it holds about 60 percent of the city, "
            "including much of the Old City its fighters entered through the breached walls in early July. "
            "'The end of ISIS in Raqqa is a matter of weeks,' one of its commanders said."
        ),
        "gold": [
            a("Thursday", "DATE", "2017-08-24"),
            a("More than 11 weeks", "DURATION", "P11W", mod="MORE_THAN",
              notes="event-relative: more than 11 weeks into the battle"),
            a("early July", "DATE", "2017-07", mod="START"),
            a("weeks", "DURATION", "PXW"),
        ],
        "not": ["20,000", "60 percent"],
    },
    {
        "id": "rq-06", "published": "2017-10-15", "source": "Two Rivers Press",
        "text": (
            "AIN ISSA, Syria, Sunday 15 October 2017 (Two Rivers Press) — Buses began taking civilians and "
            "Syrian members of Islamic State out of the last pocket the group holds in Raqqa on Sunday, under "
            "an arrangement brokered by tribal elders and the Raqqa Civil Council. The US-led coalition, "
            "which said on Saturday it had no part in the talks, insisted that foreign fighters would not be "
            "allowed to leave. Several hundred jihadists, many of them foreigners, are thought to remain "
            "around the national hospital and the municipal stadium. The SDF said its final assault would "
            "begin once the convoys had gone, more than four months after the first of its units entered "
            "the city."
        ),
        "gold": [
            a("Sunday 15 October 2017", "DATE", "2017-10-15"),
            a("Sunday", "DATE", "2017-10-15"),
            a("Saturday", "DATE", "2017-10-14"),
            a("more than four months", "DURATION", "P4M", mod="MORE_THAN",
              notes="event-relative: since the first units entered the city"),
        ],
        "not": ["Several hundred"],
    },
    {
        "id": "rq-07", "published": "2017-10-17", "source": "Euphrates Wire",
        "text": (
            "BEIRUT, Oct 17 (Euphrates Wire) - US-backed forces said on Tuesday they had captured the last "
            "Islamic State positions in Raqqa, the national hospital and the municipal stadium, ending a "
            "battle of more than four months for the group's self-proclaimed capital. 'Military operations "
            "in Raqqa are over,' SDF spokesman Talal Silo said, adding that teams were now sweeping the "
            "streets for mines and hidden militants. A formal declaration of victory would follow in the "
            "coming days, he said. The alliance launched the offensive on June 6, after months spent cutting "
            "the city off from the countryside around it."
        ),
        "gold": [
            a("Oct 17", "DATE", "2017-10-17"),
            a("Tuesday", "DATE", "2017-10-17"),
            a("more than four months", "DURATION", "P4M", mod="MORE_THAN",
              notes="event-relative: the length of the battle"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("the coming days", "DATE", "FUTURE_REF", optional_value=True),
            a("June 6", "DATE", "2017-06-06"),
            a("months", "DURATION", "PXM", notes="event-relative: the isolation campaign"),
        ],
        "not": [],
    },
    {
        "id": "rq-08", "published": "2017-10-18", "source": "Crescent Daily",
        "text": (
            "Fighters fired into the air and danced in Raqqa's Naim Square, where ISIS once staged public "
            "executions, after yesterday's fall of the stadium that had served as the jihadists' final "
            "redoubt. The weekend's evacuation deal had thinned their ranks, leaving a few hundred foreign "
            "militants to hold out to the end. Much of the city lies in ruins, and the UN says some 270,000 "
            "people fled their homes during the campaign. Engineers say many will not be able to return "
            "for months because of the mines and booby traps left in streets, schools and houses. Turkey, "
            "which regards the Kurdish YPG militia at the core of the alliance as terrorists, has long "
            "objected to Washington's reliance on it."
        ),
        "gold": [
            a("yesterday", "DATE", "2017-10-17"),
            a("The weekend", "DATE", "2017-W41-WE"),
            a("months", "DURATION", "PXM"),
        ],
        "not": ["a few hundred", "270,000"],
    },
    {
        "id": "rq-09", "published": "2017-10-21", "source": "Atlas Newswire",
        "text": (
            "RAQQA, Syria — The Syrian Democratic Forces formally proclaimed the liberation of Raqqa on "
            "Friday at a ceremony in the city's stadium, nearly four years after Islamic State made it the "
            "seat of its rule. Reading a statement before rows of fighters, an alliance spokesman dedicated "
            "the victory to its dead and handed the running of the city to a civilian council. Over the past "
            "four days, sappers have started lifting mines from the main roads, but officials say clearing "
            "the whole city will take years. A monitoring group says the four-month battle, which began in "
            "early June, killed more than 1,100 civilians."
        ),
        "gold": [
            a("Friday", "DATE", "2017-10-20"),
            a("nearly four years", "DURATION", "P4Y", mod="LESS_THAN",
              notes="event-relative: since the city fell to the group"),
            a("the past four days", "DURATION", "P4D", interval=iv("2017-10-17", "2017-10-21")),
            a("years", "DURATION", "PXY"),
            a("four-month", "DURATION", "P4M"),
            a("early June", "DATE", "2017-06", mod="START"),
        ],
        "not": ["more than 1,100"],
    },
]

RAQQA_EVENTS: list[dict[str, Any]] = [
    {"name": "SDF offensive on Raqqa",
     "keywords": ["offensive", "attack", "assault", "battle", "launch", "push", "operation"],
     "docs": ["rq-01", "rq-02", "rq-07"], "start": ["2017-06-06", "2017-06-06"]},
    {"name": "US jet shoots down a Syrian warplane", "keywords": ["shot down", "brought down", "down", "kill"],
     "docs": ["rq-03"], "start": ["2017-06-18", "2017-06-18"]},
    {"name": "the last road out cut: Raqqa encircled", "keywords": ["road", "seiz", "surround", "encircl"],
     "docs": ["rq-04"], "start": ["2017-06-26", "2017-07-02"]},
    {"name": "the Old City wall breached", "keywords": ["wall", "broken through", "breach", "entered"],
     "docs": ["rq-04", "rq-05"], "start": ["2017-07-01", "2017-07-04"]},
    {"name": "evacuation deal for local fighters and civilians",
     "keywords": ["deal", "arrangement", "evacuat", "buses", "convoy"],
     "docs": ["rq-06", "rq-08"], "start": ["2017-10-14", "2017-10-15"]},
    {"name": "last positions captured, operations over",
     "keywords": ["captur", "fall", "over", "stadium", "hospital", "ending"],
     "docs": ["rq-07", "rq-08"], "start": ["2017-10-17", "2017-10-17"]},
    {"name": "liberation formally declared", "keywords": ["proclaim", "declar", "liberat", "ceremony"],
     "docs": ["rq-09"], "start": ["2017-10-20", "2017-10-20"]},
    {"name": "Islamic State takes Raqqa in 2014", "keywords": ["took", "control", "made it", "rule", "seiz"],
     "docs": ["rq-01", "rq-09"], "start": ["2014-01-01", "2014-01-31"]},
]

# ---------------------------------------------------------------------------------------------------
SLOVIANSK: list[dict[str, Any]] = [
    {
        "id": "sl-01", "published": "2014-04-12", "source": "Donbas Wire",
        "text": (
            "DONETSK, Ukraine, April 12 (Donbas Wire) - Armed men in camouflage without insignia seized the "
            "police headquarters and the local security service building in the eastern Ukrainian town of "
            "Slaviansk on Saturday, while pro-Russian protesters piled up tyres and sandbags to barricade the "
            "streets around them. Interior Minister Arsen Avakov accused Moscow of aggression and promised a "
            "very tough response from special forces. The gunmen, carrying automatic rifles, demanded a vote "
            "on the region's future like the one held in Crimea, which Russia annexed last month. Ukraine's "
            "east has been in turmoil since the pro-Kremlin president, Viktor Yanukovich, fled Kiev in "
            "February."
        ),
        "gold": [
            a("April 12", "DATE", "2014-04-12"),
            a("Saturday", "DATE", "2014-04-12"),
            a("last month", "DATE", "2014-03"),
            a("February", "DATE", "2014-02"),
        ],
        "not": [],
    },
    {
        "id": "sl-02", "published": "2014-04-14", "source": "Steppe Telegraph",
        "text": (
            "KIEV — A deadline set by Ukraine's acting president for pro-Moscow militants in the east to lay "
            "down their weapons ran out on Monday morning with no sign that they were leaving. Oleksandr "
            "Turchynov announced on Sunday a full-scale 'anti-terrorist operation' involving the army, hours "
            "after a security service officer was shot dead at a rebel checkpoint outside Slovyansk. The "
            "gunmen, who stormed the town's police station two days ago, have since occupied official "
            "buildings in at least eight other towns of the Donetsk region. Moscow warned that any use of "
            "force would wreck the four-way talks on the crisis due in Geneva later this week."
        ),
        "gold": [
            a("Monday morning", "TIME", "2014-04-14TMO"),
            a("Sunday", "DATE", "2014-04-13"),
            a("hours", "DURATION", "PTXH", notes="event-relative: hours after the officer was killed"),
            a("two days ago", "DATE", "2014-04-12"),
            a("later this week", "DATE", "2014-W16"),
        ],
        "not": ["at least eight", "four-way"],
    },
    {
        "id": "sl-03", "published": "2014-05-02", "source": "Carpathian Press Agency",
        "text": (
            "SLOVIANSK, Ukraine, Friday 2 May 2014 (Carpathian Press Agency) — Ukrainian troops moved against "
            "the separatist stronghold of Sloviansk on Friday, and rebels brought down two army helicopters "
            "with shoulder-fired missiles, killing two airmen, the defence ministry said. Armoured vehicles "
            "took over checkpoints on the roads into the town as church bells rang to call residents out "
            "to block them. It is the most serious attempt by Kiev to retake the town since it announced its "
            "'anti-terrorist operation' nearly three weeks ago. The rebels are still holding a group of "
            "European military observers they detained in Sloviansk a week ago."
        ),
        "gold": [
            a("Friday 2 May 2014", "DATE", "2014-05-02"),
            a("Friday", "DATE", "2014-05-02"),
            a("nearly three weeks ago", "DATE", "2014-W15", mod="APPROX"),
            a("a week ago", "DATE", "2014-W17"),
        ],
        "not": [],
    },
    {
        "id": "sl-04", "published": "2014-05-04", "source": "Donbas Wire",
        "text": (
            "DONETSK, Ukraine, May 4 (Donbas Wire) - Seven European military inspectors held for more than a "
            "week by pro-Russian militants in Slaviansk flew home to Berlin overnight, after their release on "
            "Saturday was negotiated by a Kremlin envoy, Vladimir Lukin. They were freed a day after Friday's "
            "assault by government forces on the town, in which Kiev says a number of insurgents were killed. "
            "Fighting spread on Saturday to Kramatorsk, about 15 km to the south. In Odessa, where more "
            "than 40 people died in a burning trade union building after street clashes on Friday, the "
            "government declared two days of national mourning."
        ),
        "gold": [
            a("May 4", "DATE", "2014-05-04"),
            a("more than a week", "DURATION", "P1W", mod="MORE_THAN"),
            a("overnight", "TIME", "2014-05-03TNI"),
            a("Saturday", "DATE", "2014-05-03"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the assault"),
            a("Friday", "DATE", "2014-05-02"),
            a("Saturday", "DATE", "2014-05-03"),
            a("Friday", "DATE", "2014-05-02"),
            a("two days", "DURATION", "P2D"),
        ],
        "not": ["Seven", "about 15 km", "more than 40"],
    },
    {
        "id": "sl-05", "published": "2014-05-26", "source": "Steppe Telegraph",
        "text": (
            "KIEV — Petro Poroshenko, the chocolate tycoon who won Sunday's presidential election in a single "
            "round, said on Monday that the 'anti-terrorist operation' in the east should last hours, not "
            "months. He spoke as fighting flared again around Slovyansk, where rebels loyal to a commander "
            "who calls himself Strelkov have held out for more than six weeks, and as paratroopers and "
            "helicopter gunships attacked separatists who had taken over Donetsk airport overnight. Few "
            "voters in the Donetsk and Luhansk regions were able to cast ballots, two weeks after the "
            "separatists staged their own referendum on self-rule."
        ),
        "gold": [
            a("Sunday", "DATE", "2014-05-25"),
            a("Monday", "DATE", "2014-05-26"),
            a("hours", "DURATION", "PTXH"),
            a("months", "DURATION", "PXM"),
            a("more than six weeks", "DURATION", "P6W", mod="MORE_THAN",
              notes="event-relative: since the town was seized"),
            a("overnight", "TIME", "2014-05-25TNI"),
            a("two weeks", "DURATION", "P2W", notes="event-relative: two weeks after the referendum"),
        ],
        "not": [],
    },
    {
        "id": "sl-06", "published": "2014-06-25", "source": "Carpathian Press Agency",
        "text": (
            "SLOVIANSK, Ukraine, Wednesday 25 June 2014 (Carpathian Press Agency) — Pro-Russian rebels shot "
            "down a Ukrainian military helicopter near Sloviansk on Tuesday, killing all nine people aboard, "
            "in the gravest violation yet of the week-long ceasefire President Petro Poroshenko declared last "
            "Friday. The Mi-8 was hit by a missile as it took off near Mount Karachun, the hill from which "
            "government artillery overlooks the rebel-held town. Poroshenko warned that he could end the "
            "truce early. Also on Tuesday, Vladimir Putin asked Russia's upper house to withdraw the right "
            "it granted him in March to send troops into Ukraine."
        ),
        "gold": [
            a("Wednesday 25 June 2014", "DATE", "2014-06-25"),
            a("Tuesday", "DATE", "2014-06-24"),
            a("week-long", "DURATION", "P1W"),
            a("last Friday", "DATE", "2014-06-20"),
            a("Tuesday", "DATE", "2014-06-24"),
            a("March", "DATE", "2014-03"),
        ],
        "not": ["nine", "Mi-8"],
    },
    {
        "id": "sl-07", "published": "2014-07-01", "source": "Donbas Wire",
        "text": (
            "KIEV, July 1 (Donbas Wire) - Ukrainian forces resumed air and artillery strikes on separatist "
            "positions in the east on Tuesday, hours after President Petro Poroshenko said he would not "
            "prolong a 10-day ceasefire that ran out late on Monday. 'We will attack, and we will free our "
            "land,' Poroshenko said in a televised address overnight, accusing the rebels of breaking the "
            "truce more than 100 times. Kiev says 27 servicemen were killed after the ceasefire took effect "
            "on June 20. Strelkov's men in Sloviansk, besieged for weeks, were among the first to come under "
            "fire, residents said."
        ),
        "gold": [
            a("July 1", "DATE", "2014-07-01"),
            a("Tuesday", "DATE", "2014-07-01"),
            a("hours", "DURATION", "PTXH", notes="event-relative: hours after Poroshenko's address"),
            a("10-day", "DURATION", "P10D"),
            a("Monday", "DATE", "2014-06-30"),
            a("overnight", "TIME", "2014-06-30TNI"),
            a("June 20", "DATE", "2014-06-20"),
            a("weeks", "DURATION", "PXW"),
        ],
        "not": ["more than 100", "27"],
    },
    {
        "id": "sl-08", "published": "2014-07-05", "source": "Kyiv Evening Standard",
        "text": (
            "Ukraine's blue and yellow flag flew over the town council of Sloviansk on Saturday after "
            "separatist fighters abandoned the town, their stronghold since April, and withdrew south in a "
            "column of armoured vehicles towards Kramatorsk. President Petro Poroshenko, who ordered the "
            "flag raised, called the recapture a turning point in the fight against the militants, while "
            "warning that it was too early to speak of victory. Rebel commander Igor Girkin wrote on a "
            "separatist website that he had pulled his men out overnight to save their lives. Twelve weeks "
            "ago, a few dozen of his gunmen took over the town's police station."
        ),
        "gold": [
            a("Saturday", "DATE", "2014-07-05"),
            a("April", "DATE", "2014-04"),
            a("overnight", "TIME", "2014-07-04TNI"),
            a("Twelve weeks ago", "DATE", "2014-W15"),
        ],
        "not": ["a few dozen"],
    },
    {
        "id": "sl-09", "published": "2014-07-07", "source": "Steppe Telegraph",
        "text": (
            "SLOVYANSK, Ukraine — Residents who spent much of the past three months sheltering in cellars "
            "queued outside a government aid lorry in the centre of Slovyansk on Monday for bread, bottled "
            "water and tinned meat. The town has had no running water for weeks, and power came back to only "
            "a few districts after the weekend. Soldiers were clearing mines from the main road north, and "
            "police were checking the papers of young men. Most of the fighters who slipped out of the town "
            "on Saturday have regrouped in Donetsk, where their commander vowed to fight on. 'Two days ago "
            "we were still afraid to go outside,' said Lyudmila, a retired teacher."
        ),
        "gold": [
            a("the past three months", "DURATION", "P3M", interval=iv("2014-04-07", "2014-07-07")),
            a("Monday", "DATE", "2014-07-07"),
            a("weeks", "DURATION", "PXW"),
            a("the weekend", "DATE", "2014-W27-WE"),
            a("Saturday", "DATE", "2014-07-05"),
            a("Two days ago", "DATE", "2014-07-05"),
        ],
        "not": [],
    },
]

SLOVIANSK_EVENTS: list[dict[str, Any]] = [
    {"name": "Kyiv's anti-terrorist operation", "keywords": ["operation", "anti-terrorist", "offensive"],
     "docs": ["sl-02", "sl-03", "sl-05"], "start": ["2014-04-13", "2014-04-15"]},
    {"name": "gunmen seize the police headquarters in Sloviansk",
     "keywords": ["seiz", "stormed", "took over", "police"],
     "docs": ["sl-01", "sl-02", "sl-08"], "start": ["2014-04-12", "2014-04-12"]},
    {"name": "government assault on Sloviansk", "keywords": ["moved against", "assault", "attack", "offensive"],
     "docs": ["sl-03", "sl-04"], "start": ["2014-05-02", "2014-05-02"]},
    {"name": "military observers freed", "keywords": ["freed", "release"],
     "docs": ["sl-04"], "start": ["2014-05-03", "2014-05-03"]},
    {"name": "Poroshenko elected president", "keywords": ["election", "won", "vote", "ballot"],
     "docs": ["sl-05"], "start": ["2014-05-25", "2014-05-25"]},
    {"name": "Poroshenko declares a ceasefire", "keywords": ["ceasefire", "truce"],
     "docs": ["sl-06", "sl-07"], "start": ["2014-06-20", "2014-06-20"]},
    {"name": "helicopter shot down near Sloviansk", "keywords": ["shot down", "helicopter", "hit"],
     "docs": ["sl-06"], "start": ["2014-06-24", "2014-06-24"]},
    {"name": "Ukrainian forces retake Sloviansk",
     "keywords": ["flag", "abandon", "recapture", "withdr", "pulled", "slipped out", "retak"],
     "docs": ["sl-08", "sl-09"], "start": ["2014-07-04", "2014-07-05"]},
]

SETS = {"u6-raqqa": (RAQQA, RAQQA_EVENTS), "u6-sloviansk": (SLOVIANSK, SLOVIANSK_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u6-inc-sloviansk-weekday": {
        "docs": [
            {"id": "sx-1", "published": "2014-07-06", "source": "Donbas Wire",
             "text": ("SLOVIANSK, Ukraine - Government troops hoisted the Ukrainian flag over the Sloviansk "
                      "town council on Friday (July 5) after pro-Russian fighters pulled out of the town "
                      "during the night, officials said.")},
            {"id": "sx-2", "published": "2014-07-06", "source": "Steppe Telegraph",
             "text": "KHARKIV - A thunderstorm flooded several streets in central Kharkiv on Saturday, the city council said."},
        ],
        "must_name": ["sx-1"], "bystander": ["sx-2"], "codes": ["weekday-mismatch"],
        "note": "July 5, 2014 was a Saturday",
    },
    "u6-inc-raqqa-weeks": {
        "docs": [
            {"id": "qw-1", "published": "2017-06-07", "source": "Euphrates Wire",
             "text": ("BEIRUT, June 7 (Euphrates Wire) - The US-backed Syrian Democratic Forces opened their "
                      "offensive on Raqqa, Islamic State's stronghold in Syria, on Tuesday (June 6), attacking "
                      "from three sides with coalition air support.")},
            {"id": "qw-2", "published": "2017-08-16", "source": "Crescent Daily",
             "text": ("RAQQA - Now in its third week, the SDF's offensive on Raqqa has driven Islamic State "
                      "fighters back towards the city centre, commanders said on Wednesday.")},
            {"id": "qw-3", "published": "2017-08-16", "source": "Crescent Daily",
             "text": "QAMISHLI - A dust storm grounded flights at Qamishli airport on Tuesday, officials said."},
        ],
        "must_name": ["qw-1", "qw-2"], "bystander": ["qw-3"], "codes": [],
        "note": "begun 6 June, the offensive is 71 days old (its 11th week) on 16 August, not in its third week",
    },
    "u6-inc-raqqa-disagree": {
        "docs": [
            {"id": "qd-1", "published": "2017-10-21", "source": "Euphrates Wire",
             "text": ("RAQQA, Oct 21 (Euphrates Wire) - The Syrian Democratic Forces formally declared Raqqa "
                      "liberated from Islamic State on Friday (Oct. 20), at a ceremony in the city's stadium.")},
            {"id": "qd-2", "published": "2017-10-26", "source": "Atlas Newswire",
             "text": ("BEIRUT - Raqqa, which the US-backed SDF declared liberated on Oct. 12, is still too "
                      "dangerous for most of its people to go home to, aid agencies said on Thursday.")},
            {"id": "qd-3", "published": "2017-10-26", "source": "Atlas Newswire",
             "text": ("DAMASCUS - A power cut left much of the Syrian capital without electricity for several "
                      "hours on Wednesday, residents said.")},
        ],
        "must_name": ["qd-1", "qd-2"], "bystander": ["qd-3"], "codes": [],
        "note": "20 October vs 12 October for one declaration of Raqqa's liberation",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2017-06-06", "2017-06-18", "2017-06-19", "2017-07-04", "2017-08-24")] == [
        "Tuesday", "Sunday", "Monday", "Tuesday", "Thursday"]
    assert [wd(s) for s in ("2017-10-14", "2017-10-15", "2017-10-17", "2017-10-20")] == [
        "Saturday", "Sunday", "Tuesday", "Friday"]
    assert [wd(s) for s in ("2014-04-12", "2014-04-13", "2014-04-14", "2014-05-02", "2014-05-03")] == [
        "Saturday", "Sunday", "Monday", "Friday", "Saturday"]
    assert [wd(s) for s in ("2014-05-25", "2014-05-26", "2014-06-20", "2014-06-24", "2014-06-30")] == [
        "Sunday", "Monday", "Friday", "Tuesday", "Monday"]
    assert [wd(s) for s in ("2014-07-01", "2014-07-05", "2014-07-07")] == ["Tuesday", "Saturday", "Monday"]
    # ISO weeks: "Last week" from Tue 4 Jul 2017 is W26 (26 Jun - 2 Jul, the road cut on 29 Jun);
    # "The weekend" from Wed 18 Oct 2017 is 14-15 Oct (W41); "later this week" from Mon 14 Apr 2014 holds
    # the Geneva talks of Thu 17 Apr (W16); "a week ago" from Fri 2 May 2014 is W17 (observers seized
    # 25 Apr); "last Friday" from Wed 25 Jun 2014 is 20 Jun; "the weekend" from Mon 7 Jul 2014 is W27
    assert dt.date(2017, 6, 29).isocalendar()[:2] == (2017, 26) and dt.date(2017, 7, 4).isocalendar()[1] == 27
    assert dt.date(2017, 10, 14).isocalendar()[:2] == (2017, 41) and dt.date(2017, 10, 18).isocalendar()[1] == 42
    assert dt.date(2014, 4, 17).isocalendar()[:2] == dt.date(2014, 4, 14).isocalendar()[:2] == (2014, 16)
    assert dt.date(2014, 4, 25).isocalendar()[:2] == (2014, 17) and dt.date(2014, 5, 2).isocalendar()[1] == 18
    assert dt.date(2014, 4, 13).isocalendar()[:2] == (2014, 15)          # "nearly three weeks ago" (W18 - 3)
    assert dt.date(2014, 6, 20).isocalendar()[1] == 25 and dt.date(2014, 6, 25).isocalendar()[1] == 26
    assert dt.date(2014, 7, 5).isocalendar()[:2] == (2014, 27) and dt.date(2014, 7, 7).isocalendar()[1] == 28
    assert dt.date(2014, 4, 12).isocalendar()[1] == 27 - 12               # "Twelve weeks ago" from 5 Jul
    # campaign clues agree: the Raqqa offensive from 6 Jun 2017, the town seized on 12 Apr 2014
    start = dt.date(2017, 6, 6)
    assert 3 < (start - dt.date(2014, 1, 13)).days / 365.25 < 3.5         # "for more than three years"
    assert (dt.date(2017, 6, 19) - start).days == 13 and (dt.date(2017, 6, 18) - start).days == 12  # "nearly two weeks"
    assert (dt.date(2017, 7, 4) - start).days == 28                      # "Four weeks into the offensive"
    assert 11 < (dt.date(2017, 8, 25) - start).days / 7 < 12             # "More than 11 weeks into"
    assert 4 < (dt.date(2017, 10, 15) - start).days / 30.44 < 5          # "more than four months after"
    assert 4 < (dt.date(2017, 10, 17) - start).days / 30.44 < 5          # "a battle of more than four months"
    assert 3.5 < (dt.date(2017, 10, 20) - dt.date(2014, 1, 13)).days / 365.25 < 4   # "nearly four years after"
    assert (dt.date(2017, 10, 21) - dt.date(2017, 10, 17)).days == 4     # "the past four days"
    seized = dt.date(2014, 4, 12)
    assert (dt.date(2014, 4, 14) - seized).days == 2                     # "two days ago"
    assert 14 < (dt.date(2014, 5, 2) - dt.date(2014, 4, 13)).days < 21   # "nearly three weeks ago"
    assert (dt.date(2014, 5, 2) - dt.date(2014, 4, 25)).days == 7        # "a week ago" (observers)
    assert (dt.date(2014, 5, 3) - dt.date(2014, 4, 25)).days > 7         # "held for more than a week"
    assert 6 < (dt.date(2014, 5, 26) - seized).days / 7 < 7              # "for more than six weeks"
    assert (dt.date(2014, 5, 25) - dt.date(2014, 5, 11)).days == 14      # "two weeks after" the referendum
    assert (dt.date(2014, 6, 30) - dt.date(2014, 6, 20)).days == 10      # "a 10-day ceasefire"
    assert (dt.date(2014, 7, 5) - seized).days == 84                     # "Twelve weeks ago"
    assert (dt.date(2014, 7, 7) - dt.date(2014, 7, 5)).days == 2         # "Two days ago"
    # inconsistent variants: the inconsistency is real
    assert wd("2014-07-05") == "Saturday" and wd("2014-07-06") == "Sunday"
    assert wd("2017-08-16") == "Wednesday" and (dt.date(2017, 8, 16) - start).days == 71   # not 14-20
    assert wd("2017-08-15") == "Tuesday" and wd("2017-06-07") == "Wednesday"
    assert wd("2017-10-26") == "Thursday" and wd("2017-10-25") == "Wednesday"


def check_lengths(docs: list[dict[str, Any]]) -> None:
    """Short dispatches: 60 to 150 words each."""
    for d in docs:
        n = len(d["text"].split())
        assert 60 <= n <= 150, (d["id"], n)


def main() -> None:
    check_facts()
    corpus.write_batch("u6-timeml", SETS, INCONSISTENT, checks=[corpus.check_past_intervals, corpus.check_weeks,
                                                                  check_lengths])


if __name__ == "__main__":
    main()
