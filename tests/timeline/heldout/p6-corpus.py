"""PRACTICE held-out sets, third batch (session 5): four more campaigns, for DEVELOPERS to use.

Like ``p4-corpus.py`` and ``p5-corpus.py`` these are dev data: read them, run ``_measure.py --practice6``,
and use the failures to find CLASSES of errors.  Do not write rules keyed to these sentences; test every
fix on sentences of your own about other wars.  p6 is written mainly to catch FALSE ERRORS (a consistent
set that ``timeline validate`` rejects) and missed merges: many consistent dates that are easy to attach
to the wrong event (several dates in one sentence, dates in relative and "since" clauses, anniversaries,
a forecast that turned out late, back-references by weekday, "last week", "Sunday will mark a year since").

Four campaigns, every sentence our own (facts from the public record), each mixing styles:
- ``p6-kirkuk``: Baghdad's takeover of Kirkuk, 16 October 2017, after the Kurdish independence
  referendum of 25 September (Altun Kupri on 20 October, the KRG's offer to freeze the result on
  25 October, Abadi's 24-hour halt on 27 October, Barzani stepping down on 29 October; Hawija freed on
  5 October; the Peshmerga's hold on Kirkuk since June 2014; a forecast about western Anbar);
- ``p6-babaamr``: the bombardment of the Baba Amr district of Homs, from the night of 3 February 2012,
  to the rebels' withdrawal on 1 March (the double veto of 4 February, the General Assembly vote of
  16 February, Marie Colvin and Remi Ochlik killed on 22 February, the Tunis meeting and Kofi Annan's
  appointment, the constitutional referendum of 26 February, Valerie Amos's visit on 7 March, the
  ceasefire of 12 April; the Hama massacre of February 1982);
- ``p6-marjah``: Operation Moshtarak, the assault on Marjah from 13 February 2010 (the errant rockets of
  14 February, the flag raised on 25 February, Karzai's visit on 7 March, Obama's surge order of
  1 December 2009, a world briefing with Baradar's capture and Yanukovych's inauguration, a June report
  on the Kandahar push forecast in February "in the coming months");
- ``p6-deirezzor``: the relief of Deir ez-Zor, 5 September 2017 (the airport on 9 September, the SDF's
  Jazira Storm the same day, the Euphrates crossing on 18 September, Gen. Asapov's death announced on
  24 September, the whole city declared retaken on 3 November; the enclave split in January 2017; the
  coalition strike of 17 September 2016, "Sunday will mark a year since");
plus inconsistent variants (``p6-inc-kirkuk-weekday``, ``p6-inc-marjah-weeks``, ``p6-inc-babaamr-disagree``).

``python tests/timeline/heldout/p6-corpus.py`` writes ``data/p6-*.jsonl``, ``data/p6-*.gold.json``,
``data/p6-*.expected.json`` and ``data/p6-timeml/*.tml``, in the formats of ``corpus.py`` (same
annotation tuples, same gold writer), after checking every weekday and every elapsed-time phrase
against the calendar.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import corpus
from corpus import a

DATA = corpus.DATA

# ---------------------------------------------------------------------------------------------------
# Kirkuk: referendum on Monday 25 September 2017; Hawija declared freed on Thursday 5 October; federal
# forces into Kirkuk on Monday 16 October; Sinjar, Khanaqin and Makhmour on Tuesday 17 October; Altun
# Kupri on Friday 20 October; the Kurdish parliament postponed the 1 November elections on Tuesday
# 24 October; the KRG's offer to freeze the result early on Wednesday 25 October; Abadi's 24-hour halt
# late on Friday 27 October; Barzani's letter to parliament on Sunday 29 October.
KIRKUK: list[dict[str, Any]] = [
    {
        "id": "kk-01", "published": "2017-10-16", "source": "Tigris Wire",
        "text": (
            "BAGHDAD, Oct. 16 (Tigris Wire) - Iraqi troops and federal police took control of the "
            "governor's office in Kirkuk on Monday, hours after Prime Minister Haider al-Abadi ordered them "
            "to restore federal authority over the oil-rich province. Kurdish Peshmerga fighters pulled back "
            "from much of the city with little resistance, and the Kurdish flag that had flown over the "
            "building since last spring was lowered. The move comes three weeks after the Kurdistan region "
            "voted overwhelmingly for independence in a referendum that Baghdad called illegal. Kirkuk, a "
            "city of about one million people, has been held by the Peshmerga since June 2014, when the "
            "Iraqi army fled before the advancing Islamic State."
        ),
        "gold": [
            a("Oct. 16", "DATE", "2017-10-16"),
            a("Monday", "DATE", "2017-10-16"),
            a("hours", "DURATION", "PTXH", notes="event-relative: hours after Abadi's order"),
            a("last spring", "DATE", "2017-SP"),
            a("three weeks", "DURATION", "P3W", notes="event-relative: three weeks after the referendum"),
            a("June 2014", "DATE", "2014-06"),
        ],
        "not": ["one million"],
    },
    {
        "id": "kk-02", "published": "2017-10-17", "source": "Erbil Courier",
        "text": (
            "ERBIL - Iraqi forces pressed on Tuesday into Sinjar, Khanaqin and Makhmour, towns long held by "
            "Kurdish fighters, a day after their swift takeover of Kirkuk. Yesterday's withdrawal of the "
            "Peshmerga handed Baghdad the K1 military base, the city's airport and the giant Baba Gurgur oil "
            "field. The Kurdish general command accused officials of the Patriotic Union of Kurdistan, one "
            "of the region's two main parties, of \"historic treason\" for abandoning their positions. "
            "Najmaldin Karim, the Kurdish governor whom the Iraqi parliament voted to remove last month, was "
            "reported to have fled to Erbil.\nViews: 3,415"
        ),
        "gold": [
            a("Tuesday", "DATE", "2017-10-17"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the takeover of Kirkuk"),
            a("Yesterday", "DATE", "2017-10-16"),
            a("last month", "DATE", "2017-09"),
        ],
        "not": ["K1", "3,415"],
    },
    {
        "id": "kk-03", "published": "2017-10-18", "source": "Gulf Monitor",
        "text": (
            "MIDDLE EAST BRIEFING\n\n"
            "* Iraq: Haider al-Abadi said on Tuesday that the Kurdish referendum was over and belonged to "
            "the past, a day after federal forces retook Kirkuk in an operation he said had been needed "
            "to keep the country whole. The Kurdistan Regional Government called for dialogue. Oil flows "
            "from the Kirkuk fields through the pipeline to Ceyhan in Turkey fell sharply this week.\n\n"
            "* Syria: The US-backed Syrian Democratic Forces said their fighters had driven Islamic State "
            "from Raqqa on Tuesday, after a four-month battle for the city the militants had called their "
            "capital.\n\n"
            "* Malta: Thousands are expected to march in Valletta at the weekend in memory of the journalist "
            "Daphne Caruana Galizia, who was killed by a car bomb on Monday."
        ),
        "gold": [
            a("Tuesday", "DATE", "2017-10-17"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after Kirkuk was retaken"),
            a("this week", "DATE", "2017-W42"),
            a("Tuesday", "DATE", "2017-10-17"),
            a("four-month", "DURATION", "P4M"),
            a("the weekend", "DATE", "2017-W42-WE"),
            a("Monday", "DATE", "2017-10-16"),
        ],
        "not": [],
    },
    {
        "id": "kk-04", "published": "2017-10-21", "source": "Tigris Wire",
        "text": (
            "ALTUN KUPRI, Iraq, Oct. 21 (Tigris Wire) - Iraqi forces captured Altun Kupri, the last town on "
            "the road from Kirkuk to Erbil, on Friday after a three-hour firefight with Peshmerga units, the "
            "first serious clash since Baghdad began moving into the disputed territories on Monday. Kurdish "
            "commanders said their men had been ordered to fall back to new lines about 40 km from Erbil. "
            "Both sides accused the other of firing first at the bridge town, known to Kurds as Prde. Since "
            "the Sept. 25 vote, Baghdad has shut the region's airports to international flights and "
            "demanded control of its border crossings."
        ),
        "gold": [
            a("Oct. 21", "DATE", "2017-10-21"),
            a("Friday", "DATE", "2017-10-20"),
            a("three-hour", "DURATION", "PT3H"),
            a("Monday", "DATE", "2017-10-16"),
            a("Sept. 25", "DATE", "2017-09-25"),
        ],
        "not": ["40 km"],
    },
    {
        "id": "kk-05", "published": "2017-10-25", "source": "Erbil Courier",
        "text": (
            "ERBIL - The Kurdistan Regional Government offered early on Wednesday to freeze the results of "
            "last month's independence referendum and to open talks with Baghdad, in a bid to halt the "
            "fighting that has cost the Kurds nearly all of Kirkuk province and other disputed areas in the "
            "past nine days. The regional parliament voted on Tuesday to put off the presidential and "
            "parliamentary elections due on Nov. 1 by eight months, citing the crisis. In the vote of "
            "Sept. 25, nearly 93 percent of those who took part backed secession."
        ),
        "gold": [
            a("Wednesday", "DATE", "2017-10-25"),
            a("last month", "DATE", "2017-09"),
            a("the past nine days", "DURATION", "P9D", interval=corpus.iv("2017-10-16", "2017-10-25")),
            a("Tuesday", "DATE", "2017-10-24"),
            a("Nov. 1", "DATE", "2017-11-01"),
            a("eight months", "DURATION", "P8M"),
            a("Sept. 25", "DATE", "2017-09-25"),
        ],
        "not": ["93 percent"],
    },
    {
        "id": "kk-06", "published": "2017-10-28", "source": "Gulf Monitor",
        "text": (
            "Iraq's prime minister ordered his forces late on Friday to halt their advance for 24 hours, so "
            "that a joint team of federal and Kurdish officers could arrange the deployment of Iraqi troops "
            "at the Kurdish region's border crossings, including Fish Khabur on the Turkish frontier. The "
            "pause follows almost two weeks of operations that began with the takeover of Kirkuk on Oct. 16 "
            "and included last week's battle for Altun Kupri. Clashes near the border had been reported on "
            "Thursday. Kurdish officials welcomed the truce; Baghdad has not answered their offer to freeze "
            "the referendum result."
        ),
        "gold": [
            a("Friday", "DATE", "2017-10-27"),
            a("24 hours", "DURATION", "PT24H"),
            a("almost two weeks", "DURATION", "P2W", mod="LESS_THAN",
              notes="event-relative: operations since 16 October"),
            a("Oct. 16", "DATE", "2017-10-16"),
            a("last week", "DATE", "2017-W42"),
            a("Thursday", "DATE", "2017-10-26"),
        ],
        "not": [],
    },
    {
        "id": "kk-07", "published": "2017-10-30", "source": "Levant Ledger",
        "text": (
            "Masoud Barzani told the Kurdish parliament on Sunday that he would not stay on as president of "
            "the region after Nov. 1, five weeks after the referendum he had championed turned into a "
            "disaster for his people. In a televised speech later that evening, he accused Baghdad of "
            "seeking revenge and said the Peshmerga had been betrayed at Kirkuk. Lawmakers voted to hand his "
            "powers to the government and the parliament, while supporters of his party forced their way "
            "into the parliament building during the session. Barzani, 71, has led the region since 2005."
        ),
        "gold": [
            a("Sunday", "DATE", "2017-10-29"),
            a("Nov. 1", "DATE", "2017-11-01"),
            a("five weeks", "DURATION", "P5W", notes="event-relative: five weeks after the referendum"),
            a("later that evening", "TIME", "2017-10-29TEV"),
            a("2005", "DATE", "2005"),
        ],
        "not": ["71"],
    },
    {
        "id": "kk-08", "published": "2017-10-06", "source": "Tigris Wire",
        "text": (
            "BAGHDAD - Prime Minister Haider al-Abadi announced on Thursday that Iraqi forces had freed "
            "Hawija, one of the last two pockets held by Islamic State in Iraq, two weeks after the offensive "
            "on the town began. Troops and Shi'ite paramilitaries of the Popular Mobilisation Forces entered "
            "from the south. Abadi said the militants in western Anbar, along the Syrian border, would be "
            "driven out in the coming weeks. Hawija lies about 55 km south-west of Kirkuk, where tension has "
            "been rising since the Kurdish referendum on Sept. 25."
        ),
        "gold": [
            a("Thursday", "DATE", "2017-10-05"),
            a("two weeks", "DURATION", "P2W", notes="event-relative: two weeks after the offensive began"),
            a("the coming weeks", "DATE", "FUTURE_REF", optional_value=True),
            a("Sept. 25", "DATE", "2017-09-25"),
        ],
        "not": ["55 km"],
    },
]

KIRKUK_EVENTS: list[dict[str, Any]] = [
    {"name": "Iraqi forces take over Kirkuk",
     "keywords": ["took", "takeover", "retook", "control", "operation", "move"],
     "docs": ["kk-01", "kk-02", "kk-03"], "start": ["2017-10-15", "2017-10-16"]},
    {"name": "Peshmerga withdraw from Kirkuk", "keywords": ["pull", "withdr", "abandon"],
     "docs": ["kk-01", "kk-02"], "start": ["2017-10-16", "2017-10-16"]},
    {"name": "Kurdish independence referendum", "keywords": ["referendum", "vote", "voted"],
     "docs": ["kk-01", "kk-04", "kk-05"], "start": ["2017-09-25", "2017-09-25"]},
    {"name": "Iraqi forces capture Altun Kupri", "keywords": ["captur", "battle", "firefight", "altun"],
     "docs": ["kk-04", "kk-06"], "start": ["2017-10-20", "2017-10-20"]},
    {"name": "KRG offers to freeze the referendum result", "keywords": ["offer", "freeze"],
     "docs": ["kk-05", "kk-06"], "start": ["2017-10-25", "2017-10-25"]},
    {"name": "Abadi orders a 24-hour halt", "keywords": ["halt", "pause", "truce", "order"],
     "docs": ["kk-06"], "start": ["2017-10-27", "2017-10-27"]},
    {"name": "Barzani says he will step down", "keywords": ["told", "stay", "barzani", "speech"],
     "docs": ["kk-07"], "start": ["2017-10-29", "2017-10-29"]},
    {"name": "Hawija freed", "keywords": ["freed", "announc", "hawija"],
     "docs": ["kk-08"], "start": ["2017-10-05", "2017-10-05"]},
]

# ---------------------------------------------------------------------------------------------------
# Baba Amr: the assault on Homs began on the night of Friday 3 February 2012; the double veto on
# Saturday 4 February; the General Assembly vote on Thursday 16 February; Colvin and Ochlik killed on
# Wednesday 22 February; Annan named on Thursday 23 February; Tunis meeting on Friday 24 February;
# referendum on Sunday 26 February, results on Monday 27 February; rebels out on Thursday 1 March;
# Amos in Baba Amr on Wednesday 7 March; Annan in Damascus on Saturday 10 March; ceasefire at 6 a.m.
# on Thursday 12 April.
BABAAMR: list[dict[str, Any]] = [
    {
        "id": "ba-01", "published": "2012-02-06", "source": "Levant Ledger",
        "text": (
            "BEIRUT, Feb. 6 (Levant Ledger) - Syrian troops pounded the rebellious Baba Amr district of Homs "
            "with mortars and rockets for a third day on Monday, activists said, as Western and Arab "
            "governments struggled to respond to the failure of diplomacy at the United Nations. Russia and "
            "China on Saturday vetoed a Security Council resolution backing an Arab League plan under which "
            "Bashar al-Assad would hand power to a deputy. Activists said more than 200 people had been "
            "killed in the city since the assault began on the night of Feb. 3, a day after Syrians marked the "
            "30th anniversary of the Hama massacre of February 1982, ordered by Assad's father."
        ),
        "gold": [
            a("Feb. 6", "DATE", "2012-02-06"),
            a("a third day", "DURATION", "P1D", optional_value=True,
              notes="ordinal day of the shelling: it began on the night of 2012-02-03"),
            a("Monday", "DATE", "2012-02-06"),
            a("Saturday", "DATE", "2012-02-04"),
            a("the night of Feb. 3", "TIME", "2012-02-03TNI"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the anniversary"),
            a("February 1982", "DATE", "1982-02"),
        ],
        "not": ["200", "30th"],
    },
    {
        "id": "ba-02", "published": "2012-02-17", "source": "Orontes Post",
        "text": (
            "NEW YORK - The UN General Assembly voted 137 to 12 on Thursday to condemn the Syrian "
            "government's crackdown and to endorse the Arab League's plan, a resolution with no binding force "
            "but a clear message after Russia and China blocked action in the Security Council earlier this "
            "month. Two weeks into the bombardment of Homs, activists said tanks were massing around Baba "
            "Amr, and that the district's makeshift clinics had run out of blood and anaesthetics.\n"
            "Views: 812"
        ),
        "gold": [
            a("Thursday", "DATE", "2012-02-16"),
            a("earlier this month", "DATE", "2012-02"),
            a("Two weeks", "DURATION", "P2W", notes="event-relative: two weeks into the bombardment"),
        ],
        "not": ["137 to 12", "812"],
    },
    {
        "id": "ba-03", "published": "2012-02-22", "source": "Levant Ledger",
        "text": (
            "BEIRUT, Feb. 22 (Levant Ledger) - Marie Colvin, an American correspondent for Britain's Sunday "
            "Times, and the French photographer Remi Ochlik were killed on Wednesday when shells struck a "
            "house used as a makeshift media centre in Baba Amr, activists said. Two other Western "
            "journalists were wounded. Colvin, 56, who lost an eye in Sri Lanka in 2001, had described on "
            "Tuesday night, in broadcasts from the district, the shelling of civilians she had witnessed. The "
            "assault on Baba Amr, now in its third week, has killed hundreds of people, activists say."
        ),
        "gold": [
            a("Feb. 22", "DATE", "2012-02-22"),
            a("Wednesday", "DATE", "2012-02-22"),
            a("2001", "DATE", "2001"),
            a("Tuesday night", "TIME", "2012-02-21TNI"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("third week", "DURATION", "P1W", optional_value=True,
              notes="the assault's third week: it began 15-21 days before 2012-02-22"),
        ],
        "not": ["Sunday Times", "56"],
    },
    {
        "id": "ba-04", "published": "2012-02-24", "source": "Carthage Courier",
        "text": (
            "TUNIS - Diplomats from more than 60 countries, gathered in Tunis on Friday for the first meeting "
            "of the Friends of Syria group, demanded that Damascus let aid into Homs, where the killing of two "
            "Western reporters on Wednesday has drawn fresh outrage. Kofi Annan, the former UN "
            "secretary-general, was named on Thursday as the joint envoy of the United Nations and the Arab "
            "League. The Syrian Red Crescent evacuated a few dozen women, children and wounded from Baba Amr "
            "today, but the two journalists hurt in Wednesday's shelling were still inside."
        ),
        "gold": [
            a("Friday", "DATE", "2012-02-24"),
            a("Wednesday", "DATE", "2012-02-22"),
            a("Thursday", "DATE", "2012-02-23"),
            a("today", "DATE", "2012-02-24"),
            a("Wednesday", "DATE", "2012-02-22"),
        ],
        "not": ["60"],
    },
    {
        "id": "ba-05", "published": "2012-02-27", "source": "Orontes Post",
        "text": (
            "DAMASCUS - Syria's interior ministry said on Monday that 89.4 percent of voters had approved a "
            "new constitution in Sunday's referendum, which the opposition boycotted and Western governments "
            "dismissed as a sham. The charter ends the Baath party's monopoly on power and limits a president "
            "to two seven-year terms; a parliamentary election is to be held in the spring. As people voted, "
            "shells kept falling on Baba Amr, where the assault is now well into its fourth week."
        ),
        "gold": [
            a("Monday", "DATE", "2012-02-27"),
            a("Sunday", "DATE", "2012-02-26"),
            a("seven-year", "DURATION", "P7Y"),
            a("the spring", "DATE", "2012-SP"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("fourth week", "DURATION", "P1W", optional_value=True,
              notes="the assault's fourth week: it began 22-28 days before 2012-02-27"),
        ],
        "not": ["89.4 percent"],
    },
    {
        "id": "ba-06", "published": "2012-03-02", "source": "Levant Ledger",
        "text": (
            "BEIRUT, March 2 (Levant Ledger) - Rebel fighters pulled out of Baba Amr on Thursday, ending "
            "nearly four weeks of resistance in the Homs district that had become a symbol of the uprising. "
            "The Free Syrian Army called it a tactical withdrawal, meant to spare the few thousand civilians "
            "still inside. Government troops moved into the ruined streets within hours, and state media said "
            "the district had been cleansed of terrorists. A Red Cross convoy carrying food and medicine was "
            "held outside the district today, despite permission from the authorities, the ICRC said."
        ),
        "gold": [
            a("March 2", "DATE", "2012-03-02"),
            a("Thursday", "DATE", "2012-03-01"),
            a("nearly four weeks", "DURATION", "P4W", mod="LESS_THAN",
              notes="event-relative: since the assault began on 2012-02-03"),
            a("hours", "DURATION", "PTXH", notes="event-relative: within hours of the withdrawal"),
            a("today", "DATE", "2012-03-02"),
        ],
        "not": [],
    },
    {
        "id": "ba-07", "published": "2012-03-08", "source": "Carthage Courier",
        "text": (
            "Valerie Amos, the UN humanitarian chief, said on Thursday that she was shocked by the "
            "destruction in Baba Amr, which she toured yesterday, less than a week after the rebels withdrew. "
            "Much of the district was deserted, she said. Amos had been refused entry to Syria last week. "
            "Kofi Annan, named joint envoy two weeks ago, is due in Damascus on Saturday for his first talks "
            "with Assad."
        ),
        "gold": [
            a("Thursday", "DATE", "2012-03-08"),
            a("yesterday", "DATE", "2012-03-07"),
            a("less than a week", "DURATION", "P1W", mod="LESS_THAN",
              notes="event-relative: after the rebels withdrew"),
            a("last week", "DATE", "2012-W09"),
            a("two weeks ago", "DATE", "2012-W08"),
            a("Saturday", "DATE", "2012-03-10", notes="future: the coming Saturday"),
        ],
        "not": [],
    },
    {
        "id": "ba-08", "published": "2012-04-13", "source": "Orontes Post",
        "text": (
            "A ceasefire brokered by Kofi Annan took effect at 6 a.m. on Thursday and largely held through "
            "its first day, though activists reported sporadic shelling in Homs. Damascus had agreed to pull "
            "its troops and heavy weapons out of towns by April 10, a deadline it let pass. Six weeks after "
            "government troops overran Baba Amr, the district remains sealed off."
        ),
        "gold": [
            a("6 a.m. on Thursday", "TIME", "2012-04-12T06:00"),
            a("its first day", "DURATION", "P1D", optional_value=True),
            a("April 10", "DATE", "2012-04-10"),
            a("Six weeks", "DURATION", "P6W", notes="event-relative: after Baba Amr was overrun"),
        ],
        "not": [],
    },
]

BABAAMR_EVENTS: list[dict[str, Any]] = [
    {"name": "assault on Baba Amr / bombardment of Homs",
     "keywords": ["assault", "bombard", "pound", "shell", "offensive"],
     "docs": ["ba-01", "ba-03", "ba-05"], "start": ["2012-02-03", "2012-02-04"]},
    {"name": "Russia and China veto the Security Council resolution", "keywords": ["veto", "block"],
     "docs": ["ba-01", "ba-02"], "start": ["2012-02-04", "2012-02-04"]},
    {"name": "General Assembly condemns the crackdown", "keywords": ["voted", "condemn", "assembly"],
     "docs": ["ba-02"], "start": ["2012-02-16", "2012-02-16"]},
    {"name": "Colvin and Ochlik killed", "keywords": ["kill", "shell", "struck"],
     "docs": ["ba-03", "ba-04"], "start": ["2012-02-22", "2012-02-22"]},
    {"name": "Kofi Annan named joint envoy", "keywords": ["named", "annan", "envoy"],
     "docs": ["ba-04", "ba-07"], "start": ["2012-02-23", "2012-02-23"]},
    {"name": "constitutional referendum", "keywords": ["referendum", "approv", "vot"],
     "docs": ["ba-05"], "start": ["2012-02-26", "2012-02-26"]},
    {"name": "rebels withdraw from Baba Amr", "keywords": ["pull", "withdr", "overran", "moved"],
     "docs": ["ba-06", "ba-07", "ba-08"], "start": ["2012-03-01", "2012-03-01"]},
    {"name": "Annan ceasefire takes effect", "keywords": ["ceasefire", "effect"],
     "docs": ["ba-08"], "start": ["2012-04-12", "2012-04-12"]},
]

# ---------------------------------------------------------------------------------------------------
# Marjah: Obama's surge order on Tuesday 1 December 2009; the helicopter assault before dawn on Saturday
# 13 February 2010; the errant rockets on Sunday 14 February; Baradar's capture confirmed in the week of
# 15 February; the flag over the bazaar on Thursday 25 February (Yanukovych sworn in the same day);
# Karzai in Marjah on Sunday 7 March; McChrystal on the slower Kandahar push on Thursday 10 June.
MARJAH: list[dict[str, Any]] = [
    {
        "id": "mj-01", "published": "2010-02-13", "source": "Helmand Wire",
        "text": (
            "KABUL, Feb. 13 (Helmand Wire) - Thousands of US Marines and Afghan soldiers swept into the "
            "Taliban stronghold of Marjah by helicopter before dawn on Saturday, launching the largest "
            "offensive of the war since the fall of the Taliban government in 2001. The operation, called "
            "Moshtarak, or Together in Dari, had been announced weeks in advance in the hope that the "
            "insurgents would slip away and civilians would stay indoors. Commanders said the 15,000-strong "
            "force met only scattered resistance at first. Marjah, a farming district of about 80,000 people "
            "laced with canals, is the last large Taliban-held area in central Helmand."
        ),
        "gold": [
            a("Feb. 13", "DATE", "2010-02-13"),
            a("Saturday", "DATE", "2010-02-13"),
            a("2001", "DATE", "2001"),
            a("weeks", "DURATION", "PXW", notes="event-relative: weeks in advance"),
        ],
        "not": ["15,000-strong", "80,000"],
    },
    {
        "id": "mj-02", "published": "2010-02-15", "source": "Indus Herald",
        "text": (
            "KABUL - Two rockets fired at insurgents near Marjah on Sunday struck a house instead, killing "
            "12 civilians, NATO said. Gen. Stanley McChrystal, the allied commander, apologised to President "
            "Hamid Karzai and suspended use of the rocket system while the strike is reviewed. Yesterday's "
            "deaths threaten the central promise of the two-day-old offensive, which was planned around "
            "protecting the population. Marines reported slow progress today, clearing homemade bombs from "
            "the roads one by one."
        ),
        "gold": [
            a("Sunday", "DATE", "2010-02-14"),
            a("Yesterday", "DATE", "2010-02-14"),
            a("two-day-old", "DURATION", "P2D", notes="event-relative: the offensive's age"),
            a("today", "DATE", "2010-02-15"),
        ],
        "not": ["12"],
    },
    {
        "id": "mj-03", "published": "2010-02-22", "source": "Helmand Wire",
        "text": (
            "CAMP LEATHERNECK, Afghanistan - Nine days into Operation Moshtarak, Marine commanders said on "
            "Monday that they held most of Marjah's main roads and markets, though Taliban snipers still "
            "harassed patrols in the north and the west of the district. The offensive is the first big test "
            "of the 30,000 extra troops that President Barack Obama ordered to Afghanistan on Dec. 1. "
            "Officials said a larger operation to secure Kandahar, the birthplace of the Taliban movement, "
            "would begin in the coming months."
        ),
        "gold": [
            a("Nine days", "DURATION", "P9D", notes="event-relative: nine days into the operation"),
            a("Monday", "DATE", "2010-02-22"),
            a("Dec. 1", "DATE", "2009-12-01"),
            a("the coming months", "DATE", "FUTURE_REF", optional_value=True),
        ],
        "not": ["30,000"],
    },
    {
        "id": "mj-04", "published": "2010-02-26", "source": "Indus Herald",
        "text": (
            "MARJAH, Afghanistan, Feb. 26 - The Afghan flag was hoisted over Marjah's main bazaar on "
            "Thursday, as the governor of Helmand, Gulab Mangal, told a crowd of several hundred men that "
            "the government had come back to stay. Haji Abdul Zahir, the district's new chief, was presented "
            "at the same ceremony. The flag-raising came 12 days after the start of the offensive, and "
            "commanders cautioned that clearing the last pockets of fighters could take another month."
        ),
        "gold": [
            a("Feb. 26", "DATE", "2010-02-26"),
            a("Thursday", "DATE", "2010-02-25"),
            a("12 days", "DURATION", "P12D", notes="event-relative: after the start of the offensive"),
            a("another month", "DURATION", "P1M"),
        ],
        "not": [],
    },
    {
        "id": "mj-05", "published": "2010-03-08", "source": "Kabul Ledger",
        "text": (
            "President Hamid Karzai flew into Marjah on Sunday, his first visit since the offensive, and "
            "listened for more than an hour to elders who complained about checkpoints, looting and the "
            "destruction of their poppy fields. Karzai's trip came three weeks after Marines and Afghan "
            "troops moved on the district and ten days after officials raised the national flag over its "
            "bazaar. Parliamentary elections are due on Sept. 18."
        ),
        "gold": [
            a("Sunday", "DATE", "2010-03-07"),
            a("more than an hour", "DURATION", "PT1H", mod="MORE_THAN"),
            a("three weeks", "DURATION", "P3W", notes="event-relative: after the assault"),
            a("ten days", "DURATION", "P10D", notes="event-relative: after the flag-raising"),
            a("Sept. 18", "DATE", "2010-09-18"),
        ],
        "not": [],
    },
    {
        "id": "mj-06", "published": "2010-06-11", "source": "Helmand Wire",
        "text": (
            "KABUL - The push into Kandahar that allied officials said in February would begin within months "
            "will unfold more slowly than planned, Gen. Stanley McChrystal said on Thursday, because local "
            "leaders are not yet ready to back it. In Marjah, where Operation Moshtarak was launched nearly "
            "four months ago, Taliban fighters have crept back into several villages and intimidate residents "
            "after dark, officials in Helmand said."
        ),
        "gold": [
            a("February", "DATE", "2010-02"),
            a("months", "DURATION", "PXM", optional_value=True),
            a("Thursday", "DATE", "2010-06-10"),
            a("nearly four months ago", "DATE", "2010-02", mod="APPROX"),
        ],
        "not": [],
    },
    {
        "id": "mj-07", "published": "2010-02-19", "source": "Kabul Ledger",
        "text": (
            "World briefing - Friday\n\n"
            "* Pakistan: Mullah Abdul Ghani Baradar, the Taliban's top military commander, was captured in "
            "Karachi in a joint raid by Pakistani and American intelligence, officials confirmed this week. He "
            "is the most senior Taliban figure detained since 2001.\n\n"
            "* Afghanistan: Six days into the Marjah offensive, Marines said they were meeting stiffer "
            "resistance than expected in the west of the district. Sunday's errant rocket strike, which killed "
            "12 civilians, has made commanders wary of calling in fire.\n\n"
            "* Ukraine: Viktor Yanukovych will be sworn in as president next Thursday."
        ),
        "gold": [
            a("Friday", "DATE", "2010-02-19"),
            a("this week", "DATE", "2010-W07"),
            a("2001", "DATE", "2001"),
            a("Six days", "DURATION", "P6D", notes="event-relative: six days into the offensive"),
            a("Sunday", "DATE", "2010-02-14"),
            a("next Thursday", "DATE", "2010-02-25"),
        ],
        "not": ["12"],
    },
]

MARJAH_EVENTS: list[dict[str, Any]] = [
    {"name": "Operation Moshtarak (assault on Marjah)",
     "keywords": ["offensive", "operation", "swept", "moshtarak", "assault"],
     "docs": ["mj-01", "mj-03", "mj-04"], "start": ["2010-02-13", "2010-02-13"]},
    {"name": "errant rockets kill civilians", "keywords": ["struck", "kill", "rocket", "strike", "deaths"],
     "docs": ["mj-02", "mj-07"], "start": ["2010-02-14", "2010-02-14"]},
    {"name": "flag raised over Marjah", "keywords": ["flag", "hoist", "rais"],
     "docs": ["mj-04", "mj-05"], "start": ["2010-02-25", "2010-02-25"]},
    {"name": "Karzai visits Marjah", "keywords": ["visit", "flew", "trip", "karzai"],
     "docs": ["mj-05"], "start": ["2010-03-07", "2010-03-07"]},
    {"name": "Obama orders the surge", "keywords": ["order", "surge", "troops"],
     "docs": ["mj-03"], "start": ["2009-12-01", "2009-12-01"]},
    {"name": "Baradar captured", "keywords": ["captur", "baradar", "raid"],
     "docs": ["mj-07"], "start": ["2010-02-01", "2010-02-19"]},
    {"name": "Yanukovych sworn in", "keywords": ["sworn", "yanukovych"],
     "docs": ["mj-07"], "start": ["2010-02-25", "2010-02-25"]},
]

# ---------------------------------------------------------------------------------------------------
# Deir ez-Zor: IS split the enclave in January 2017; the siege broken on Tuesday 5 September 2017; the
# airport relieved on Saturday 9 September, the day the SDF launched Jazira Storm; the SDF said it was
# bombed on Saturday 16 September; the Euphrates crossed on Monday 18 September; Asapov's death
# announced on Sunday 24 September; the city declared retaken on Friday 3 November (al-Qaim the same
# day); the coalition strike on the Tharda hills on Saturday 17 September 2016.
DEIREZZOR: list[dict[str, Any]] = [
    {
        "id": "dz-01", "published": "2017-09-05", "source": "Euphrates Wire",
        "text": (
            "BEIRUT, Sept. 5 (Euphrates Wire) - Syrian troops broke through Islamic State lines on Tuesday "
            "and reached the besieged garrison in Deir ez-Zor, ending a siege of the government-held enclave "
            "that had lasted nearly three years, state television said. Tanks of the Tiger Forces, led by "
            "Brig. Gen. Suheil al-Hassan, linked up with soldiers of the 137th Brigade on the western edge of "
            "the city after a drive of some 100 km across the desert. President Bashar al-Assad sent his "
            "congratulations to the commanders. The militants have surrounded the enclave since 2014, and "
            "about 93,000 civilians live inside, according to the UN."
        ),
        "gold": [
            a("Sept. 5", "DATE", "2017-09-05"),
            a("Tuesday", "DATE", "2017-09-05"),
            a("nearly three years", "DURATION", "P3Y", mod="LESS_THAN"),
            a("2014", "DATE", "2014"),
        ],
        "not": ["137th Brigade", "100 km", "93,000"],
    },
    {
        "id": "dz-02", "published": "2017-09-06", "source": "Damascus Observer",
        "text": (
            "DAMASCUS - Celebrations spread through the streets of Deir ez-Zor overnight as residents greeted "
            "the soldiers who had fought their way in, state media said on Wednesday. Yesterday's "
            "breakthrough was backed by Russian warplanes and by cruise missiles fired from a frigate in the "
            "Mediterranean, the defence ministry in Moscow said. The Syrian Arab Army now aims to relieve the "
            "military airport, which Daesh has cut off from the rest of the enclave since January, when its "
            "fighters split the government-held area in two."
        ),
        "gold": [
            a("overnight", "TIME", "2017-09-05TNI"),
            a("Wednesday", "DATE", "2017-09-06"),
            a("Yesterday", "DATE", "2017-09-05"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("January", "DATE", "2017-01"),
        ],
        "not": [],
    },
    {
        "id": "dz-03", "published": "2017-09-10", "source": "Euphrates Wire",
        "text": (
            "BEIRUT, Sept. 10 (Euphrates Wire) - Government forces lifted the siege of Deir ez-Zor's military "
            "airport on Saturday, four days after they broke the blockade of the city. On the same day, the "
            "US-backed Syrian Democratic Forces launched an offensive of their own, called Jazira Storm, along "
            "the eastern bank of the Euphrates, raising the prospect of a race between the two sides for the "
            "oil-rich province. The SDF is still fighting Islamic State in Raqqa, three months after it "
            "stormed the city."
        ),
        "gold": [
            a("Sept. 10", "DATE", "2017-09-10"),
            a("Saturday", "DATE", "2017-09-09"),
            a("four days", "DURATION", "P4D", notes="event-relative: after the blockade was broken"),
            a("the same day", "DATE", "2017-09-09"),
            a("three months", "DURATION", "P3M", notes="event-relative: after the SDF stormed Raqqa"),
        ],
        "not": [],
    },
    {
        "id": "dz-04", "published": "2017-09-18", "source": "Damascus Observer",
        "text": (
            "Syrian army units crossed the Euphrates on pontoon bridges on Monday and set up a foothold on "
            "the eastern bank near Deir ez-Zor, state media said, nine days after the airport was relieved. "
            "The crossing brings government troops within a few kilometres of SDF positions. On Saturday, the "
            "SDF accused Russian and Syrian jets of bombing its fighters near an industrial zone east of the "
            "river, a charge Moscow denied. Nearly two weeks after the siege was broken, the militants still "
            "hold about half of the city."
        ),
        "gold": [
            a("Monday", "DATE", "2017-09-18"),
            a("nine days", "DURATION", "P9D", notes="event-relative: after the airport was relieved"),
            a("Saturday", "DATE", "2017-09-16"),
            a("Nearly two weeks", "DURATION", "P2W", mod="LESS_THAN",
              notes="event-relative: after the siege was broken"),
        ],
        "not": [],
    },
    {
        "id": "dz-05", "published": "2017-09-25", "source": "Volga Courier",
        "text": (
            "MOSCOW - Russia's defence ministry said on Sunday that Lt. Gen. Valery Asapov, a senior officer "
            "advising Syrian forces, had been killed by Islamic State mortar fire near Deir ez-Zor. He is the "
            "most senior Russian officer to die in the Syrian campaign, which began on Sept. 30, 2015. The "
            "ministry said the militants left in the city would be defeated in the coming weeks, and that "
            "government forces now held 85 percent of Syria's territory."
        ),
        "gold": [
            a("Sunday", "DATE", "2017-09-24"),
            a("Sept. 30, 2015", "DATE", "2015-09-30"),
            a("the coming weeks", "DATE", "FUTURE_REF", optional_value=True),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
        ],
        "not": ["85 percent"],
    },
    {
        "id": "dz-06", "published": "2017-11-04", "source": "Euphrates Wire",
        "text": (
            "BEIRUT, Nov. 4 (Euphrates Wire) - The Syrian army declared on Friday that it had taken back all "
            "of Deir ez-Zor, the last big Syrian city where Islamic State still held ground, two months after "
            "its troops reached the besieged garrison on Sept. 5. Soldiers were clearing mines from the "
            "eastern districts today. Across the border, Iraqi forces captured al-Qaim on Friday, leaving the "
            "militants a shrinking strip of the Euphrates valley around Albu Kamal. The SDF declared Raqqa "
            "freed on Oct. 20, three days after the last fighting there ended."
        ),
        "gold": [
            a("Friday", "DATE", "2017-11-03"),
            a("two months", "DURATION", "P2M", notes="event-relative: after the garrison was reached"),
            a("Sept. 5", "DATE", "2017-09-05"),
            a("today", "DATE", "2017-11-04"),
            a("Friday", "DATE", "2017-11-03"),
            a("Oct. 20", "DATE", "2017-10-20"),
            a("three days", "DURATION", "P3D", notes="event-relative: after the fighting ended"),
        ],
        "not": [],
    },
    {
        "id": "dz-07", "published": "2017-09-14", "source": "Damascus Observer",
        "text": (
            "For nearly three years the only food that reached the government-held districts of Deir ez-Zor "
            "came by air: the World Food Programme has parachuted rations into the enclave since April 2016, "
            "and army helicopters flew in flour before that. Lorries began arriving by road this week, after "
            "last week's breakthrough reopened the highway from the west. Sunday will mark a year since a "
            "US-led air strike on the Tharda hills above the airport killed dozens of Syrian soldiers, an "
            "attack Washington called a mistake."
        ),
        "gold": [
            a("nearly three years", "DURATION", "P3Y", mod="LESS_THAN",
              notes="event-relative: the length of the siege"),
            a("April 2016", "DATE", "2016-04"),
            a("this week", "DATE", "2017-W37"),
            a("last week", "DATE", "2017-W36"),
            a("Sunday", "DATE", "2017-09-17", notes="future: the coming Sunday, the anniversary"),
            a("a year", "DURATION", "P1Y", notes="event-relative: a year since the strike"),
        ],
        "not": [],
    },
]

DEIREZZOR_EVENTS: list[dict[str, Any]] = [
    {"name": "army breaks the siege of Deir ez-Zor",
     "keywords": ["broke", "break", "reach", "ending", "lift"],
     "docs": ["dz-01", "dz-02", "dz-06"], "start": ["2017-09-05", "2017-09-05"]},
    {"name": "siege of the airport lifted", "keywords": ["lift", "reliev", "airport"],
     "docs": ["dz-03", "dz-04"], "start": ["2017-09-09", "2017-09-09"]},
    {"name": "SDF launches Jazira Storm", "keywords": ["launch", "offensive", "jazira"],
     "docs": ["dz-03"], "start": ["2017-09-09", "2017-09-09"]},
    {"name": "army crosses the Euphrates", "keywords": ["cross"],
     "docs": ["dz-04"], "start": ["2017-09-18", "2017-09-18"]},
    {"name": "Gen. Asapov killed", "keywords": ["kill", "asapov"],
     "docs": ["dz-05"], "start": ["2017-09-22", "2017-09-24"]},
    {"name": "army declares all of Deir ez-Zor retaken", "keywords": ["declar", "taken", "control"],
     "docs": ["dz-06"], "start": ["2017-11-03", "2017-11-03"]},
    {"name": "Iraqi forces capture al-Qaim", "keywords": ["captur", "qaim"],
     "docs": ["dz-06"], "start": ["2017-11-03", "2017-11-03"]},
    {"name": "coalition strike on the Tharda hills (2016)", "keywords": ["strike", "kill"],
     "docs": ["dz-07"], "start": ["2016-09-17", "2016-09-17"]},
]

SETS = {
    "p6-kirkuk": (KIRKUK, KIRKUK_EVENTS),
    "p6-babaamr": (BABAAMR, BABAAMR_EVENTS),
    "p6-marjah": (MARJAH, MARJAH_EVENTS),
    "p6-deirezzor": (DEIREZZOR, DEIREZZOR_EVENTS),
}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "p6-inc-kirkuk-weekday": {
        "docs": [
            {"id": "kw-1", "published": "2017-10-21", "source": "Tigris Wire",
             "text": ("ALTUN KUPRI, Iraq - Iraqi forces captured the town of Altun Kupri on Friday (Oct. 19) "
                      "after a three-hour firefight with Peshmerga units, Kurdish commanders said.")},
            {"id": "kw-2", "published": "2017-10-21", "source": "Erbil Courier",
             "text": ("ERBIL - Kurdish officials said on Saturday that they were ready for talks with "
                      "Baghdad on the future of Kirkuk.")},
        ],
        "must_name": ["kw-1"], "bystander": ["kw-2"], "codes": ["weekday-mismatch"],
        "note": "19 October 2017 was a Thursday",
    },
    "p6-inc-marjah-weeks": {
        "docs": [
            {"id": "mw-1", "published": "2010-02-13", "source": "Helmand Wire",
             "text": ("KABUL, Feb. 13 (Helmand Wire) - US Marines and Afghan troops launched an offensive on "
                      "the Taliban-held district of Marjah before dawn on Saturday, officials said.")},
            {"id": "mw-2", "published": "2010-03-25", "source": "Indus Herald",
             "text": ("MARJAH - Two weeks into the offensive on Marjah, Marines said on Thursday that Taliban "
                      "fighters were still planting bombs along the canals.")},
            {"id": "mw-3", "published": "2010-03-25", "source": "Indus Herald",
             "text": "KABUL - Hamid Karzai left for a visit to China on Tuesday."},
        ],
        "must_name": ["mw-1", "mw-2"], "bystander": ["mw-3"], "codes": [],
        "note": "begun 13 February, the offensive is almost six weeks old on 25 March, not two",
    },
    "p6-inc-babaamr-disagree": {
        "docs": [
            {"id": "bd-1", "published": "2012-03-02", "source": "Levant Ledger",
             "text": ("BEIRUT, March 2 (Levant Ledger) - Rebel fighters withdrew from the Baba Amr district of "
                      "Homs on Thursday (March 1) after nearly four weeks of shelling, the Free Syrian Army "
                      "said.")},
            {"id": "bd-2", "published": "2012-03-06", "source": "Orontes Post",
             "text": ("GENEVA - The rebels' withdrawal from Baba Amr, which took place on February 24, has not "
                      "opened the district to aid, the Red Cross said on Tuesday.")},
            {"id": "bd-3", "published": "2012-03-06", "source": "Orontes Post",
             "text": "MOSCOW - Thousands of people protested in central Moscow on Monday against the election result."},
        ],
        "must_name": ["bd-1", "bd-2"], "bystander": ["bd-3"], "codes": [],
        "note": "1 March vs 24 February for the one withdrawal of the rebels from Baba Amr",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    def days(a_: str, b_: str) -> int:
        return (dt.date.fromisoformat(b_) - dt.date.fromisoformat(a_)).days

    def week(s: str) -> int:
        return dt.date.fromisoformat(s).isocalendar()[1]

    # weekdays named without a date in the text
    assert [wd(s) for s in ("2017-09-25", "2017-10-05", "2017-10-16", "2017-10-17", "2017-10-18")] == [
        "Monday", "Thursday", "Monday", "Tuesday", "Wednesday"]
    assert [wd(s) for s in ("2017-10-20", "2017-10-24", "2017-10-25", "2017-10-26", "2017-10-27")] == [
        "Friday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    assert wd("2017-10-29") == "Sunday"
    assert [wd(s) for s in ("2012-02-03", "2012-02-04", "2012-02-06", "2012-02-16", "2012-02-21")] == [
        "Friday", "Saturday", "Monday", "Thursday", "Tuesday"]
    assert [wd(s) for s in ("2012-02-22", "2012-02-23", "2012-02-24", "2012-02-26", "2012-02-27")] == [
        "Wednesday", "Thursday", "Friday", "Sunday", "Monday"]
    assert [wd(s) for s in ("2012-03-01", "2012-03-07", "2012-03-08", "2012-03-10", "2012-04-12")] == [
        "Thursday", "Wednesday", "Thursday", "Saturday", "Thursday"]
    assert [wd(s) for s in ("2009-12-01", "2010-02-13", "2010-02-14", "2010-02-15", "2010-02-19")] == [
        "Tuesday", "Saturday", "Sunday", "Monday", "Friday"]
    assert [wd(s) for s in ("2010-02-22", "2010-02-25", "2010-03-07", "2010-06-10")] == [
        "Monday", "Thursday", "Sunday", "Thursday"]
    assert [wd(s) for s in ("2017-09-05", "2017-09-06", "2017-09-09", "2017-09-16", "2017-09-18")] == [
        "Tuesday", "Wednesday", "Saturday", "Saturday", "Monday"]
    assert [wd(s) for s in ("2017-09-17", "2017-09-24", "2017-11-03", "2016-09-17")] == [
        "Sunday", "Sunday", "Friday", "Saturday"]
    # ISO weeks of "this week" / "last week" / "two weeks ago"
    assert week("2017-10-16") == week("2017-10-18") == week("2017-10-20") == 42 == week("2017-10-28") - 1
    assert week("2012-02-23") == 8 == week("2012-03-08") - 2 and week("2012-03-01") == 9
    assert week("2010-02-16") == week("2010-02-19") == 7
    assert week("2017-09-14") == 37 and week("2017-09-05") == 36
    # "Sunday will mark a year since" on Thursday 14 September 2017: Sunday 17 September, a year after
    assert days("2017-09-14", "2017-09-17") == 3 and wd("2016-09-17") == "Saturday"
    # "next Thursday" on Friday 19 February 2010
    assert days("2010-02-19", "2010-02-25") == 6
    # Kirkuk
    assert days("2017-09-25", "2017-10-16") == 21                           # "three weeks after" the vote
    assert days("2017-10-16", "2017-10-25") == 9                            # "in the past nine days"
    assert 10 <= days("2017-10-16", "2017-10-27") < 14                      # "almost two weeks of operations"
    assert 33 <= days("2017-09-25", "2017-10-29") <= 37                     # "five weeks after the referendum"
    assert days("2017-09-21", "2017-10-05") == 14                           # Hawija "two weeks after"
    assert 4 * 30 <= days("2017-06-06", "2017-10-17") < 5 * 30              # Raqqa "four-month battle"
    # Baba Amr from the night of 3 February 2012
    assert days("2012-02-04", "2012-02-06") + 1 == 3                        # "for a third day on Monday"
    assert days("2012-02-03", "2012-02-17") == 14                           # "Two weeks into"
    assert 14 <= days("2012-02-03", "2012-02-22") < 21                      # "now in its third week"
    assert 21 <= days("2012-02-03", "2012-02-27") < 28                      # "well into its fourth week"
    assert 24 <= days("2012-02-03", "2012-03-01") < 28                      # "nearly four weeks"
    assert days("2012-03-01", "2012-03-07") < 7                             # "less than a week after"
    assert 40 <= days("2012-03-01", "2012-04-13") <= 45                     # "Six weeks after"
    assert 2012 - 1982 == 30                                                # the Hama anniversary
    # Marjah from 13 February 2010
    assert days("2010-02-13", "2010-02-15") == 2                            # "two-day-old offensive"
    assert days("2010-02-13", "2010-02-19") == 6                            # "Six days into"
    assert days("2010-02-13", "2010-02-22") == 9                            # "Nine days into"
    assert days("2010-02-13", "2010-02-25") == 12                           # "12 days after"
    assert 20 <= days("2010-02-13", "2010-03-07") <= 22                     # "three weeks after"
    assert days("2010-02-25", "2010-03-07") == 10                           # "ten days after" the flag
    assert 3.5 * 30.5 < days("2010-02-13", "2010-06-11") < 4 * 30.5         # "nearly four months ago"
    # Deir ez-Zor from 5 September 2017
    assert days("2017-09-05", "2017-09-09") == 4                            # "four days after"
    assert days("2017-09-09", "2017-09-18") == 9                            # "nine days after"
    assert 11 <= days("2017-09-05", "2017-09-18") < 14                      # "Nearly two weeks after"
    assert 58 <= days("2017-09-05", "2017-11-03") <= 62                     # "two months after"
    assert days("2017-10-17", "2017-10-20") == 3                            # Raqqa "three days after"
    assert 88 <= days("2017-06-06", "2017-09-10") <= 100                    # SDF "three months after"
    # inconsistent variants: the inconsistency is real
    assert wd("2017-10-19") == "Thursday" and wd("2017-10-21") == "Saturday"
    assert days("2010-02-13", "2010-03-25") == 40 > 3 * 7 and wd("2010-03-25") == "Thursday"
    assert wd("2010-03-23") == "Tuesday"
    assert wd("2012-03-01") == "Thursday" and days("2012-02-24", "2012-03-01") == 6 and wd("2012-03-06") == "Tuesday"
    assert wd("2012-03-05") == "Monday"


def main() -> None:
    check_facts()
    corpus.write_batch("p6-timeml", SETS, INCONSISTENT)


if __name__ == "__main__":
    main()
