"""UNSEEN held-out sets (session 9): written by QA for the final honest measurement.

DEVELOPERS: do not read this file or ``data/u8-*``, and do not run ``_measure.py --unseen8``; the
sets exist to measure the engine on news nobody tuned it on.  Numbers are reported to the lead only.

Two campaigns, every sentence our own (facts from the public record):
- ``u8-peacespring``: Turkey's Operation Peace Spring in north-east Syria, October 2019 (the White
  House statement of 6 October and the US pull-back from the border posts on 7 October; the air and
  artillery strikes and the ground push from 9 October; Tal Abyad taken and the Kurdish deal with
  Damascus on 13 October; US sanctions on 14 October; the 120-hour pause agreed with Pence on 17
  October; the SDF convoy out of Ras al-Ain on 20 October; the Putin-Erdogan accord in Sochi on 22
  October; the first joint Turkish-Russian patrol on 1 November);
- ``u8-tigray``: the Ethiopian federal campaign in Tigray, November 2020 (the attack on the Northern
  Command on the night of 3-4 November and Abiy's order to strike back on 4 November; the federal air
  strikes of 6 November; the interim administration voted on 7 November; the Mai Kadra killings of 9
  November; the rockets on Asmara on 14 November; the 72-hour ultimatum of 22 November; the final
  offensive ordered on 26 November; Mekelle taken on 28 November);
plus inconsistent variants (``u8-inc-peacespring-weekday``, ``u8-inc-tigray-weeks``,
``u8-inc-peacespring-disagree``).

``python tests/timeline/heldout/u8-corpus.py`` writes ``data/u8-*.jsonl``, ``data/u8-*.gold.json``,
``data/u8-*.expected.json`` and ``data/u8-timeml/*.tml``, in the formats of ``corpus.py`` (same
annotation tuples, same gold writer), after checking every weekday, every ISO week, every "the past
N days/weeks" interval and every document's length against the calendar and the brief.
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
PEACE_SPRING: list[dict[str, Any]] = [
    {
        "id": "ps-01", "published": "2019-10-07", "source": "Jazira Dispatch",
        "text": (
            "WASHINGTON, Oct. 7 (Jazira Dispatch) - American soldiers pulled back from two observation posts "
            "on the Syrian-Turkish frontier on Monday, clearing the way for a long-threatened Turkish incursion "
            "against the Kurdish-led fighters who helped defeat Islamic State. The White House had announced on "
            "Sunday night, after a telephone call between Donald Trump and Recep Tayyip Erdogan, that US forces "
            "would not stand in the way of the operation. Kurdish commanders called the move a stab in the "
            "back. The 50 or so troops who left the border area around Tal Abyad and Ras al-Ain were being "
            "moved elsewhere in Syria, a US official said. Turkey has massed troops and armour along the "
            "frontier for weeks. Ankara regards the Kurdish YPG militia as an offshoot of the PKK, which has "
            "waged an insurgency inside Turkey since 1984."
        ),
        "gold": [
            a("Oct. 7", "DATE", "2019-10-07"),
            a("Monday", "DATE", "2019-10-07"),
            a("Sunday night", "TIME", "2019-10-06TNI"),
            a("weeks", "DURATION", "PXW", notes="'for weeks': vague duration"),
            a("1984", "DATE", "1984"),
        ],
        "not": ["50 or so"],
    },
    {
        "id": "ps-02", "published": "2019-10-10", "source": "Bosphorus Post",
        "text": (
            "AKCAKALE, Turkey (Bosphorus Post) - Turkish troops and their Syrian rebel allies pushed across the "
            "border into north-east Syria on Thursday, a day after President Erdogan announced the start of "
            "Operation Peace Spring with air strikes and artillery fire on Kurdish-held towns. Columns of smoke "
            "rose over Tal Abyad, just across the frontier from this Turkish town, as shells fell overnight. "
            "The ground offensive began on Wednesday night, the defence ministry in Ankara said, and its forces "
            "had taken several villages by morning. The Kurdish-led Syrian Democratic Forces said at least 15 "
            "civilians had been killed and that tens of thousands of people were fleeing south. Monday's "
            "withdrawal of American troops from the border, ordered by Mr Trump, left the Kurds exposed, their "
            "commanders said."
        ),
        "gold": [
            a("Thursday", "DATE", "2019-10-10"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the operation was announced"),
            a("overnight", "TIME", "2019-10-09TNI"),
            a("Wednesday night", "TIME", "2019-10-09TNI"),
            a("morning", "TIME", "2019-10-10TMO"),
            a("Monday", "DATE", "2019-10-07"),
        ],
        "not": ["at least 15", "tens of thousands"],
    },
    {
        "id": "ps-03", "published": "2019-10-12", "source": "Khabur Herald",
        "text": (
            "BEIRUT (Khabur Herald) - Turkish-backed fighters said on Saturday they had pushed into the centre "
            "of Ras al-Ain, three days into the Turkish offensive, but Kurdish commanders insisted that the "
            "battle for the border town was far from over. Hevrin Khalaf, a Kurdish politician, was pulled "
            "from her car and shot dead on the main highway south of the border on Saturday morning, the SDF "
            "said, blaming a Turkish-backed militia. The United Nations said more than 100,000 people had fled "
            "their homes since Wednesday, when Ankara launched its assault. Washington and Ankara traded "
            "accusations after Turkish artillery rounds landed near a US special forces position yesterday. "
            "Around 1,000 American troops remain in the north-east of the country.\nViews: 1,864"
        ),
        "gold": [
            a("Saturday", "DATE", "2019-10-12"),
            a("three days", "DURATION", "P3D", notes="event-relative: three days into the offensive"),
            a("Saturday morning", "TIME", "2019-10-12TMO"),
            a("Wednesday", "DATE", "2019-10-09"),
            a("yesterday", "DATE", "2019-10-11"),
        ],
        "not": ["more than 100,000", "Around 1,000", "1,864"],
    },
    {
        "id": "ps-04", "published": "2019-10-14", "source": "Jazira Dispatch",
        "text": (
            "QAMISHLI, Syria, Oct. 14 (Jazira Dispatch) - Syrian government troops moved north towards the "
            "Turkish border on Monday, a day after the Kurdish-led authorities struck a deal with Damascus to "
            "help them fend off the Turkish offensive, which entered its sixth day. The agreement, announced on "
            "Sunday evening, gives the Syrian army a foothold in areas it abandoned in 2012. Turkish-backed "
            "forces took full control of Tal Abyad on Sunday, the defence ministry in Ankara said, although "
            "fighting went on around Ras al-Ain. Kurdish officials said some 785 relatives of Islamic State "
            "fighters had escaped from a camp at Ain Issa during shelling yesterday. The Pentagon said on "
            "Sunday it would pull its remaining 1,000 troops out of northern Syria."
        ),
        "gold": [
            a("Oct. 14", "DATE", "2019-10-14"),
            a("Monday", "DATE", "2019-10-14"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the deal with Damascus"),
            a("sixth day", "DURATION", "P1D", optional_value=True,
              notes="event-relative: the offensive's sixth day, so it began on 2019-10-09"),
            a("Sunday evening", "TIME", "2019-10-13TEV"),
            a("2012", "DATE", "2012"),
            a("Sunday", "DATE", "2019-10-13"),
            a("yesterday", "DATE", "2019-10-13"),
            a("Sunday", "DATE", "2019-10-13"),
        ],
        "not": ["some 785", "1,000"],
    },
    {
        "id": "ps-05", "published": "2019-10-15", "source": "Potomac Ledger",
        "text": (
            "WASHINGTON (Potomac Ledger) - President Donald Trump imposed sanctions on three Turkish ministers "
            "and raised tariffs on Turkish steel on Monday, calling on Ankara to halt its incursion into Syria "
            "eight days after his decision to move US troops out of its way was widely read as a green light. "
            "Vice President Mike Pence will travel to Ankara in the coming days to press for a ceasefire. Mr "
            "Erdogan said on Tuesday he would never declare one, and that his forces would push on until a "
            "30 km-deep safe zone had been cleared. Tal Abyad, captured by Turkish-backed forces two days ago, "
            "was quiet, residents said. Syrian troops entered the town of Tabqa yesterday under the pact "
            "Damascus reached with the Kurds at the weekend."
        ),
        "gold": [
            a("Monday", "DATE", "2019-10-14"),
            a("eight days", "DURATION", "P8D", notes="event-relative: eight days after the decision"),
            a("the coming days", "DATE", "FUTURE_REF", optional_value=True),
            a("Tuesday", "DATE", "2019-10-15"),
            a("two days ago", "DATE", "2019-10-13"),
            a("yesterday", "DATE", "2019-10-14"),
            a("the weekend", "DATE", "2019-W41-WE"),
        ],
        "not": ["30 km-deep"],
    },
    {
        "id": "ps-06", "published": "2019-10-18", "source": "Bosphorus Post",
        "text": (
            "ANKARA, Friday 18 October 2019 (Bosphorus Post) - Turkey agreed on Thursday to suspend its "
            "offensive in north-east Syria for 120 hours so that Kurdish fighters can withdraw from a strip "
            "along the border, after more than four hours of talks between Mr Erdogan and the US vice "
            "president, Mike Pence. Ankara insisted the deal was a pause, not a ceasefire. Washington promised "
            "to lift the penalties it slapped on three Turkish ministers earlier this week once the operation "
            "stops for good. Sporadic shelling was reported around Ras al-Ain this morning despite the truce. "
            "Nine days after Turkish jets first struck the border towns, the Kurdish-led SDF has lost Tal "
            "Abyad and much of the countryside between the two towns."
        ),
        "gold": [
            a("Friday 18 October 2019", "DATE", "2019-10-18"),
            a("Thursday", "DATE", "2019-10-17"),
            a("120 hours", "DURATION", "PT120H"),
            a("more than four hours", "DURATION", "PT4H", mod="MORE_THAN"),
            a("earlier this week", "DATE", "2019-W42"),
            a("this morning", "TIME", "2019-10-18TMO"),
            a("Nine days", "DURATION", "P9D", notes="event-relative: nine days after the first strikes"),
        ],
        "not": [],
    },
    {
        "id": "ps-07", "published": "2019-10-21", "source": "Khabur Herald",
        "text": (
            "RAS AL-AIN, Syria (Khabur Herald) - A convoy of ambulances and trucks carrying Kurdish fighters "
            "and wounded civilians left the besieged border town of Ras al-Ain on Sunday, the first pull-out "
            "by the SDF under the truce brokered by Washington last week. Turkish-backed rebels moved into the "
            "town's streets within hours. The Kurdish-led force said it would now quit the whole border strip "
            "between Ras al-Ain and Tal Abyad before the five-day pause expires on Tuesday night. Turkey said "
            "one of its soldiers had been killed by Kurdish fire on Sunday. Mr Erdogan, who meets Vladimir "
            "Putin in Sochi tomorrow, warned that his offensive would resume with greater determination if "
            "the withdrawal was not complete.\nShares: 412"
        ),
        "gold": [
            a("Sunday", "DATE", "2019-10-20"),
            a("last week", "DATE", "2019-W42"),
            a("hours", "DURATION", "PTXH", notes="'within hours': vague duration"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("five-day", "DURATION", "P5D"),
            a("Tuesday night", "TIME", "2019-10-22TNI"),
            a("Sunday", "DATE", "2019-10-20"),
            a("tomorrow", "DATE", "2019-10-22"),
        ],
        "not": ["412"],
    },
    {
        "id": "ps-08", "published": "2019-10-23", "source": "Jazira Dispatch",
        "text": (
            "SOCHI, Russia, Oct. 23 (Jazira Dispatch) - Russian military police began moving into the Syrian "
            "side of the border on Wednesday afternoon under a deal sealed by Vladimir Putin and Recep Tayyip "
            "Erdogan in this Black Sea resort yesterday, which gives Kurdish fighters 150 hours to pull at "
            "least 30 km back from the frontier. The agreement, reached after six hours of talks, leaves Turkey "
            "in control of the area between Tal Abyad and Ras al-Ain that it has seized over the past two "
            "weeks. Kurdish fighters, who abandoned Ras al-Ain three days ago, left the rest of that strip "
            "before the US-brokered pause ran out on Tuesday evening, the Pentagon said. Two weeks ago, "
            "Turkish artillery opened fire on the border towns; the United Nations says 176,000 people have "
            "since been displaced."
        ),
        "gold": [
            a("Oct. 23", "DATE", "2019-10-23"),
            a("Wednesday afternoon", "TIME", "2019-10-23TAF"),
            a("yesterday", "DATE", "2019-10-22"),
            a("150 hours", "DURATION", "PT150H"),
            a("six hours", "DURATION", "PT6H"),
            a("the past two weeks", "DURATION", "P2W", interval=iv("2019-10-09", "2019-10-23")),
            a("three days ago", "DATE", "2019-10-20"),
            a("Tuesday evening", "TIME", "2019-10-22TEV"),
            a("Two weeks ago", "DATE", "2019-W41"),
        ],
        "not": ["at least 30 km", "176,000"],
    },
    {
        "id": "ps-09", "published": "2019-11-01", "source": "Potomac Ledger",
        "text": (
            "DARBASIYAH, Syria (Potomac Ledger) - Turkish and Russian troops carried out their first joint "
            "patrol in north-east Syria on Friday, driving armoured vehicles along a stretch of the border west "
            "of this town, as required by the accord the two presidents reached in Sochi ten days ago. The "
            "Turkish defence ministry said drones had watched over the route. More than three weeks after "
            "Turkey launched its incursion, fighting has largely died down, but clashes go on south of Ras "
            "al-Ain, where the SDF accuses Turkish-backed militias of looting. President Trump, who lifted the "
            "sanctions on Ankara last week, now says a small number of US troops will stay to guard oil fields "
            "further east. Mr Erdogan is due at the White House on November 13."
        ),
        "gold": [
            a("Friday", "DATE", "2019-11-01"),
            a("ten days ago", "DATE", "2019-10-22"),
            a("More than three weeks", "DURATION", "P3W", mod="MORE_THAN",
              notes="event-relative: since Turkey launched its incursion"),
            a("last week", "DATE", "2019-W43"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("November 13", "DATE", "2019-11-13"),
        ],
        "not": [],
    },
]

PEACE_SPRING_EVENTS: list[dict[str, Any]] = [
    {"name": "Turkish offensive (Operation Peace Spring) launched",
     "keywords": ["offensive", "operation", "launch", "incursion", "assault", "began", "opened fire", "struck"],
     "docs": ["ps-02", "ps-03", "ps-09"], "start": ["2019-10-09", "2019-10-09"]},
    {"name": "US troops pull back from the border posts",
     "keywords": ["pulled back", "pull", "withdr", "left", "out of", "move"],
     "docs": ["ps-01", "ps-02"], "start": ["2019-10-06", "2019-10-07"]},
    {"name": "Kurdish-led authorities strike a deal with Damascus",
     "keywords": ["deal", "agreement", "pact", "struck", "reached"],
     "docs": ["ps-04", "ps-05"], "start": ["2019-10-13", "2019-10-13"]},
    {"name": "Tal Abyad captured", "keywords": ["captur", "took", "control", "tal abyad", "seiz", "lost"],
     "docs": ["ps-04", "ps-05"], "start": ["2019-10-13", "2019-10-13"]},
    {"name": "US sanctions on Turkey", "keywords": ["sanction", "penalt", "tariff", "impos", "slapped"],
     "docs": ["ps-05", "ps-06"], "start": ["2019-10-14", "2019-10-14"]},
    {"name": "120-hour pause agreed with Pence", "keywords": ["pause", "suspend", "truce", "ceasefire", "agreed"],
     "docs": ["ps-06", "ps-07"], "start": ["2019-10-17", "2019-10-17"]},
    {"name": "SDF pull out of Ras al-Ain",
     "keywords": ["pull-out", "convoy", "left", "abandon", "withdr", "quit"],
     "docs": ["ps-07", "ps-08"], "start": ["2019-10-20", "2019-10-20"]},
    {"name": "Putin-Erdogan accord in Sochi", "keywords": ["deal", "accord", "sealed", "agreement", "sochi"],
     "docs": ["ps-08", "ps-09"], "start": ["2019-10-22", "2019-10-22"]},
]

# ---------------------------------------------------------------------------------------------------
TIGRAY: list[dict[str, Any]] = [
    {
        "id": "tg-01", "published": "2020-11-04", "source": "Abyssinia Wire",
        "text": (
            "ADDIS ABABA, Nov. 4 (Abyssinia Wire) - Prime Minister Abiy Ahmed ordered the army on Wednesday to "
            "strike back at the ruling party of the northern Tigray region, accusing it of an overnight attack "
            "on a federal military base outside the regional capital, Mekelle. The Tigray People's Liberation "
            "Front, which dominated Ethiopian politics for 27 years until Mr Abiy took office in 2018, had "
            "crossed the last red line, his office said in a statement. The cabinet declared a six-month state "
            "of emergency in Tigray, and telephone and internet links to the region were cut. Relations "
            "between Addis Ababa and Mekelle have soured since September, when Tigray went ahead with regional "
            "elections that the federal government had postponed. Diplomats fear a long and bloody war."
        ),
        "gold": [
            a("Nov. 4", "DATE", "2020-11-04"),
            a("Wednesday", "DATE", "2020-11-04"),
            a("overnight", "TIME", "2020-11-03TNI"),
            a("27 years", "DURATION", "P27Y"),
            a("2018", "DATE", "2018"),
            a("six-month", "DURATION", "P6M"),
            a("September", "DATE", "2020-09"),
        ],
        "not": [],
    },
    {
        "id": "tg-02", "published": "2020-11-08", "source": "Nile Courier",
        "text": (
            "NAIROBI (Nile Courier) - Ethiopia's upper house of parliament voted on Saturday to dissolve the "
            "government of the Tigray region and put an interim administration in its place, deepening a "
            "confrontation that has already drawn federal air strikes on the northern province. Tigray's "
            "leaders dismissed the vote as illegal. Federal jets bombed weapons depots near Mekelle on Friday, "
            "Mr Abiy said, two days after he sent troops into the region in response to what he called a "
            "treacherous assault on the army's Northern Command. Tigrayan officials deny that their forces "
            "struck first on Tuesday night. Aid agencies warned that the blackout, now in its fifth day, made "
            "it impossible to know how many people had died.\nViews: 2,530"
        ),
        "gold": [
            a("Saturday", "DATE", "2020-11-07"),
            a("Friday", "DATE", "2020-11-06"),
            a("two days", "DURATION", "P2D", notes="event-relative: two days after troops were sent in"),
            a("Tuesday night", "TIME", "2020-11-03TNI"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("fifth day", "DURATION", "P1D", optional_value=True,
              notes="event-relative: the blackout's fifth day, so it began on 2020-11-04"),
        ],
        "not": ["2,530"],
    },
    {
        "id": "tg-03", "published": "2020-11-11", "source": "Abyssinia Wire",
        "text": (
            "GEDAREF, Sudan (Abyssinia Wire) - Thousands of Ethiopians fleeing the fighting in Tigray have "
            "crossed into eastern Sudan over the past three days, Sudanese officials said on Wednesday, as the "
            "conflict between federal troops and the region's forces entered its second week. Many arrived "
            "with nothing but the clothes they wore. Mr Abiy, who won the Nobel peace prize last year, has "
            "brushed aside calls from the United Nations and the African Union for talks, saying the operation "
            "will end once the Tigrayan leaders are arrested. On Sunday he replaced his army chief and his "
            "intelligence chief. The interim administration that lawmakers approved at the weekend has yet to "
            "be named. The federal offensive, launched on November 4, has been accompanied by a total "
            "communications blackout."
        ),
        "gold": [
            a("the past three days", "DURATION", "P3D", interval=iv("2020-11-08", "2020-11-11")),
            a("Wednesday", "DATE", "2020-11-11"),
            a("second week", "DURATION", "P1W", optional_value=True,
              notes="the conflict's second week: it began 7-13 days before 2020-11-11"),
            a("last year", "DATE", "2019"),
            a("Sunday", "DATE", "2020-11-08"),
            a("the weekend", "DATE", "2020-W45-WE"),
            a("November 4", "DATE", "2020-11-04"),
        ],
        "not": ["Thousands"],
    },
    {
        "id": "tg-04", "published": "2020-11-12", "source": "Red Sea Post",
        "text": (
            "NAIROBI, Thursday 12 November 2020 (Red Sea Post) - Scores and probably hundreds of civilians were "
            "stabbed or hacked to death in the town of Mai Kadra in south-western Tigray on Monday night, "
            "Amnesty International said on Thursday, in the first confirmed mass killing of the conflict. "
            "Witnesses blamed forces loyal to the Tigrayan authorities, who denied any part in it. The rights "
            "group said it had verified photographs and video of bodies strewn across the streets. Federal "
            "troops entered Mai Kadra a day later. More than a week after the fighting began, the United "
            "Nations warned that 9 million people in the region were at risk of displacement, and that food "
            "for the Eritrean refugees in four camps would run out."
        ),
        "gold": [
            a("Thursday 12 November 2020", "DATE", "2020-11-12"),
            a("Monday night", "TIME", "2020-11-09TNI"),
            a("Thursday", "DATE", "2020-11-12"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the killings"),
            a("More than a week", "DURATION", "P1W", mod="MORE_THAN",
              notes="event-relative: since the fighting began"),
        ],
        "not": ["Scores", "9 million"],
    },
    {
        "id": "tg-05", "published": "2020-11-16", "source": "Nile Courier",
        "text": (
            "ADDIS ABABA (Nile Courier) - Rockets fired from Tigray struck the Eritrean capital, Asmara, on "
            "Saturday night, pulling Ethiopia's northern neighbour into a conflict that has already spilled "
            "across its borders. The Tigrayan leader, Debretsion Gebremichael, said on Sunday his forces had "
            "targeted Asmara airport because Eritrean troops were fighting alongside the federal army, which "
            "Eritrea and Addis Ababa deny. A day earlier, rockets had hit the airports of Bahir Dar and Gondar "
            "in the neighbouring Amhara region. Twelve days into the offensive, Mr Abiy says his forces are "
            "closing in on Mekelle. The killings in Mai Kadra a week ago have sharpened fears of ethnic "
            "violence. More than 25,000 refugees have reached Sudan."
        ),
        "gold": [
            a("Saturday night", "TIME", "2020-11-14TNI"),
            a("Sunday", "DATE", "2020-11-15"),
            a("A day", "DURATION", "P1D", notes="event-relative: a day before the strike on Asmara"),
            a("Twelve days", "DURATION", "P12D", notes="event-relative: twelve days into the offensive"),
            a("a week ago", "DATE", "2020-W46"),
        ],
        "not": ["More than 25,000"],
    },
    {
        "id": "tg-06", "published": "2020-11-23", "source": "Abyssinia Wire",
        "text": (
            "ADDIS ABABA (Abyssinia Wire) - On Sunday, Abiy Ahmed gave the leaders of Tigray 72 hours to "
            "surrender, as the army said its tanks were closing around Mekelle and warned the city's half a "
            "million residents that there would be no mercy if they did not separate themselves from the "
            "'junta'. The Tigrayan leader, Debretsion Gebremichael, said his people were ready to die "
            "defending their homeland. Federal forces have taken a string of towns over the past week, among "
            "them the ancient city of Axum, government officials say. The rocket strike on Asmara nine days "
            "ago remains the clearest sign that the war could engulf the region. The UN refugee agency said on "
            "Monday that more than 36,000 Ethiopians had fled to Sudan since the start of the fighting."
        ),
        "gold": [
            a("Sunday", "DATE", "2020-11-22"),
            a("72 hours", "DURATION", "PT72H"),
            a("the past week", "DURATION", "P1W", interval=iv("2020-11-16", "2020-11-23")),
            a("nine days ago", "DATE", "2020-11-14"),
            a("Monday", "DATE", "2020-11-23"),
            a("since the start of the fighting", "DURATION", "PXD", optional_value=True,
              notes="event-relative; no TIMEX3 in TimeML, detection only"),
        ],
        "not": ["half a million", "more than 36,000"],
    },
    {
        "id": "tg-07", "published": "2020-11-26", "source": "Red Sea Post",
        "text": (
            "NAIROBI, Nov. 26 (Red Sea Post) - Ethiopia's prime minister said on Thursday he had ordered the "
            "army to launch the third and final phase of its operation against Tigray's rebellious leaders, "
            "after the deadline he set for their surrender lapsed yesterday. Mr Abiy urged the people of "
            "Mekelle to stay at home and lay down their arms, and promised that the city's heritage would not "
            "be harmed. The three-day ultimatum issued on Sunday had been rejected by the Tigrayan leadership, "
            "who said they would fight on. Three weeks after the conflict erupted, the UN Security Council "
            "held its first meeting on the crisis on Tuesday but issued no statement. Hundreds of people are "
            "thought to have been killed, although the blackout makes any toll impossible to confirm."
            "\nComments (57)"
        ),
        "gold": [
            a("Nov. 26", "DATE", "2020-11-26"),
            a("Thursday", "DATE", "2020-11-26"),
            a("yesterday", "DATE", "2020-11-25"),
            a("three-day", "DURATION", "P3D"),
            a("Sunday", "DATE", "2020-11-22"),
            a("Three weeks", "DURATION", "P3W", notes="event-relative: three weeks after the conflict erupted"),
            a("Tuesday", "DATE", "2020-11-24"),
        ],
        "not": ["Hundreds", "57"],
    },
    {
        "id": "tg-08", "published": "2020-11-29", "source": "Nile Courier",
        "text": (
            "ADDIS ABABA (Nile Courier) - Federal troops have taken full control of Mekelle, Prime Minister "
            "Abiy Ahmed announced on Saturday evening, declaring the military operation in Tigray over and "
            "saying the army would now hunt down the region's fugitive leaders. The Tigrayan leadership said "
            "it would keep fighting from the hills, and reported heavy shelling of the city before the troops "
            "moved in. The final assault was ordered on Thursday, once a deadline for the Tigrayan forces to "
            "lay down their arms had passed. Several explosions were heard in Asmara overnight, diplomats "
            "said, in what appeared to be a new rocket attack. The capture of the city comes 24 days after the "
            "federal army went into action, and aid agencies are still denied access."
        ),
        "gold": [
            a("Saturday evening", "TIME", "2020-11-28TEV"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("Thursday", "DATE", "2020-11-26"),
            a("overnight", "TIME", "2020-11-28TNI"),
            a("24 days", "DURATION", "P24D", notes="event-relative: 24 days after the army went into action"),
        ],
        "not": ["Several"],
    },
    {
        "id": "tg-09", "published": "2020-12-01", "source": "Abyssinia Wire",
        "text": (
            "ADDIS ABABA, Dec. 1 (Abyssinia Wire) - Mr Abiy told parliament on Monday that not a single "
            "civilian had been killed by federal troops during the campaign in Tigray, and that the army had "
            "entered Mekelle without firing on the city. Residents reached by satellite telephone described "
            "something different: days of shelling before the city fell to government forces three days ago. "
            "Food, fuel and medicine are running short in the regional capital, aid workers said, and the "
            "International Committee of the Red Cross is pressing for access. The war, which began almost four "
            "weeks ago, has sent more than 45,000 refugees into Sudan. Last week's final push on Mekelle, "
            "ordered by the prime minister on November 26, met little resistance, according to state media."
        ),
        "gold": [
            a("Dec. 1", "DATE", "2020-12-01"),
            a("Monday", "DATE", "2020-11-30"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'days of shelling': vague duration"),
            a("three days ago", "DATE", "2020-11-28"),
            a("almost four weeks ago", "DATE", "2020-W45", mod="APPROX"),
            a("Last week", "DATE", "2020-W48"),
            a("November 26", "DATE", "2020-11-26"),
        ],
        "not": ["more than 45,000"],
    },
]

TIGRAY_EVENTS: list[dict[str, Any]] = [
    {"name": "federal offensive in Tigray",
     "keywords": ["offensive", "operation", "strike back", "launch", "war", "began", "campaign"],
     "docs": ["tg-01", "tg-03", "tg-09"], "start": ["2020-11-04", "2020-11-04"]},
    {"name": "attack on the Northern Command base", "keywords": ["attack", "assault", "struck", "base"],
     "docs": ["tg-01", "tg-02"], "start": ["2020-11-03", "2020-11-04"]},
    {"name": "interim administration voted for Tigray",
     "keywords": ["interim", "vote", "dissolve", "approved", "administration"],
     "docs": ["tg-02", "tg-03"], "start": ["2020-11-07", "2020-11-07"]},
    {"name": "Mai Kadra killings", "keywords": ["kill", "massacre", "stabbed", "hacked", "mai kadra"],
     "docs": ["tg-04", "tg-05"], "start": ["2020-11-09", "2020-11-10"]},
    {"name": "rockets fired at Asmara", "keywords": ["rocket", "asmara", "struck", "strike", "fired"],
     "docs": ["tg-05", "tg-06"], "start": ["2020-11-14", "2020-11-15"]},
    {"name": "72-hour ultimatum to the Tigrayan leaders",
     "keywords": ["ultimatum", "surrender", "deadline", "gave", "issued"],
     "docs": ["tg-06", "tg-07"], "start": ["2020-11-22", "2020-11-22"]},
    {"name": "final offensive on Mekelle ordered",
     "keywords": ["order", "final", "phase", "assault", "push", "launch"],
     "docs": ["tg-07", "tg-08", "tg-09"], "start": ["2020-11-26", "2020-11-26"]},
    {"name": "Mekelle taken by federal troops",
     "keywords": ["taken", "control", "capture", "fell", "entered", "mekelle"],
     "docs": ["tg-08", "tg-09"], "start": ["2020-11-28", "2020-11-28"]},
]

SETS = {"u8-peacespring": (PEACE_SPRING, PEACE_SPRING_EVENTS), "u8-tigray": (TIGRAY, TIGRAY_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u8-inc-peacespring-weekday": {
        "docs": [
            {"id": "px-1", "published": "2019-10-18", "source": "Bosphorus Post",
             "text": ("ANKARA - Turkey agreed to halt its offensive in north-east Syria for 120 hours on Wednesday "
                      "(Oct. 17), after talks between President Erdogan and the US vice president, officials "
                      "said.")},
            {"id": "px-2", "published": "2019-10-18", "source": "Jazira Dispatch",
             "text": "ISTANBUL - Heavy rain flooded several streets on the Asian side of the city on Thursday, the governor's office said."},
        ],
        "must_name": ["px-1"], "bystander": ["px-2"], "codes": ["weekday-mismatch"],
        "note": "October 17, 2019 was a Thursday",
    },
    "u8-inc-tigray-weeks": {
        "docs": [
            {"id": "tw-1", "published": "2020-11-05", "source": "Abyssinia Wire",
             "text": ("ADDIS ABABA, Nov. 5 (Abyssinia Wire) - Ethiopia's army began military operations in the "
                      "northern Tigray region on Wednesday (Nov. 4), hours after Prime Minister Abiy Ahmed "
                      "accused the regional forces of attacking a federal base, officials said.")},
            {"id": "tw-2", "published": "2020-12-16", "source": "Nile Courier",
             "text": ("MEKELLE - Barely three weeks into the federal campaign in Tigray, hospitals across the "
                      "region have run out of medicine, aid workers said on Wednesday.")},
            {"id": "tw-3", "published": "2020-12-16", "source": "Nile Courier",
             "text": "GONDAR - A minibus crash on a mountain road killed six people on Tuesday, police said."},
        ],
        "must_name": ["tw-1", "tw-2"], "bystander": ["tw-3"], "codes": [],
        "note": "begun 4 November, the campaign is 42 days old (its seventh week) on 16 December, not three weeks",
    },
    "u8-inc-peacespring-disagree": {
        "docs": [
            {"id": "pd-1", "published": "2019-10-10", "source": "Bosphorus Post",
             "text": ("ANKARA, Oct. 10 (Bosphorus Post) - Turkey launched its offensive against Kurdish-led "
                      "forces in north-east Syria on Wednesday (Oct. 9) with air strikes on the border towns, "
                      "President Recep Tayyip Erdogan said.")},
            {"id": "pd-2", "published": "2019-10-24", "source": "Khabur Herald",
             "text": ("AKCAKALE - Turkey's offensive in north-east Syria, which began on Oct. 2, has driven "
                      "some 180,000 people from their homes, the United Nations said on Thursday.")},
            {"id": "pd-3", "published": "2019-10-24", "source": "Khabur Herald",
             "text": "ANKARA - Turkey's central bank cut its main interest rate on Thursday, officials said."},
        ],
        "must_name": ["pd-1", "pd-2"], "bystander": ["pd-3"], "codes": [],
        "note": "9 October vs 2 October for the start of the Turkish offensive",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2019-10-06", "2019-10-07", "2019-10-09", "2019-10-10", "2019-10-11")] == [
        "Sunday", "Monday", "Wednesday", "Thursday", "Friday"]
    assert [wd(s) for s in ("2019-10-12", "2019-10-13", "2019-10-14", "2019-10-15", "2019-10-17")] == [
        "Saturday", "Sunday", "Monday", "Tuesday", "Thursday"]
    assert [wd(s) for s in ("2019-10-18", "2019-10-20", "2019-10-22", "2019-10-23", "2019-11-01")] == [
        "Friday", "Sunday", "Tuesday", "Wednesday", "Friday"]
    assert [wd(s) for s in ("2020-11-03", "2020-11-04", "2020-11-06", "2020-11-07", "2020-11-08")] == [
        "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday"]
    assert [wd(s) for s in ("2020-11-09", "2020-11-11", "2020-11-12", "2020-11-14", "2020-11-15")] == [
        "Monday", "Wednesday", "Thursday", "Saturday", "Sunday"]
    assert [wd(s) for s in ("2020-11-22", "2020-11-23", "2020-11-24", "2020-11-26", "2020-11-28",
                            "2020-11-30")] == ["Sunday", "Monday", "Tuesday", "Thursday", "Saturday", "Monday"]
    # ISO weeks: "the weekend" from Tue 15 Oct 2019 is W41 (12-13 Oct); "earlier this week" on Fri 18 Oct
    # and "last week" from Mon 21 Oct are W42 (the pause of 17 Oct); "Two weeks ago" from Wed 23 Oct is
    # W41 (9 Oct); "last week" from Fri 1 Nov is W43 (sanctions lifted 23 Oct); "the weekend" from Wed 11
    # Nov 2020 is W45 (7 Nov); "a week ago" from Mon 16 Nov is W46 (9 Nov); "almost four weeks ago" from
    # Tue 1 Dec is W45 (4 Nov) and "Last week" W48 (26 Nov)
    assert dt.date(2019, 10, 12).isocalendar()[:2] == dt.date(2019, 10, 9).isocalendar()[:2] == (2019, 41)
    assert dt.date(2019, 10, 17).isocalendar()[:2] == dt.date(2019, 10, 14).isocalendar()[:2] == (2019, 42)
    assert dt.date(2019, 10, 23).isocalendar()[:2] == (2019, 43)
    assert dt.date(2020, 11, 7).isocalendar()[:2] == dt.date(2020, 11, 4).isocalendar()[:2] == (2020, 45)
    assert dt.date(2020, 11, 9).isocalendar()[:2] == (2020, 46)
    assert dt.date(2020, 11, 26).isocalendar()[:2] == (2020, 48)
    # campaign clues agree: Operation Peace Spring from Wednesday 9 October 2019
    ps = dt.date(2019, 10, 9)
    assert (dt.date(2019, 10, 10) - ps).days == 1                      # push "a day after" the start
    assert (dt.date(2019, 10, 12) - ps).days == 3                      # "three days into the offensive"
    assert (dt.date(2019, 10, 14) - ps).days + 1 == 6                  # "entered its sixth day"
    assert (dt.date(2019, 10, 14) - dt.date(2019, 10, 6)).days == 8    # sanctions "eight days after"
    assert (dt.date(2019, 10, 18) - ps).days == 9                      # "Nine days after ... first struck"
    assert 21 < (dt.date(2019, 11, 1) - ps).days < 28                   # "More than three weeks after"
    # the Tigray campaign from Wednesday 4 November 2020
    tg = dt.date(2020, 11, 4)
    assert (dt.date(2020, 11, 6) - tg).days == 2                       # air strikes "two days after"
    assert (dt.date(2020, 11, 8) - tg).days + 1 == 5                   # blackout "in its fifth day"
    assert 7 <= (dt.date(2020, 11, 11) - tg).days <= 13                # "entered its second week"
    assert 7 < (dt.date(2020, 11, 12) - tg).days < 14                  # "More than a week after"
    assert (dt.date(2020, 11, 16) - tg).days == 12                     # "Twelve days into the offensive"
    assert (dt.date(2020, 11, 25) - dt.date(2020, 11, 22)).days == 3   # the 72 hours lapse "yesterday"
    assert (dt.date(2020, 11, 26) - tg).days == 22                     # "Three weeks after"
    assert (dt.date(2020, 11, 28) - tg).days == 24                     # "24 days after"
    assert 21 < (dt.date(2020, 12, 1) - tg).days < 28                  # "almost four weeks ago"
    # inconsistent variants: the inconsistency is real
    assert wd("2019-10-17") == "Thursday" and wd("2019-10-18") == "Friday"
    assert wd("2020-11-04") == "Wednesday" and wd("2020-12-16") == "Wednesday"
    assert (dt.date(2020, 12, 16) - tg).days == 42 and (dt.date(2020, 12, 16) - tg).days // 7 + 1 == 7
    assert wd("2019-10-09") == "Wednesday" and wd("2019-10-24") == "Thursday"


def main() -> None:
    check_facts()
    corpus.write_batch("u8-timeml", SETS, INCONSISTENT,
                       checks=[corpus.check_past_intervals, corpus.check_weeks, corpus.check_relative_days,
                               corpus.check_lengths])


if __name__ == "__main__":
    main()
