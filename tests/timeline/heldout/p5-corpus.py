"""PRACTICE held-out sets, second batch (session 4): four more campaigns, for DEVELOPERS to use.

Like ``p4-corpus.py`` these are dev data: read them, run ``_measure.py --practice5``, and use the
failures to find CLASSES of errors.  Do not write rules keyed to these sentences; test every fix on
sentences of your own about other wars.  p5 is written deliberately unlike p4 (other outlets' voices,
other sentence shapes, other verbs and nouns): it checks whether rules tuned on p4 generalise.

Four campaigns, every sentence our own (facts from the public record), each mixing styles:
- ``p5-kunduz``: the Taliban's capture of Kunduz, 28 September 2015, the Afghan counter-attack and
  the air strike on the MSF hospital on 3 October (headline with lede, a morning brief with unrelated
  items, a piece citing Tolo News and Pajhwok, a correction notice, a report published seven months on,
  a background event in November 2001);
- ``p5-ghouta``: the government offensive on eastern Ghouta, 18 February – April 2018 (its start is
  NEVER stated: only "a fourth straight day", "A week into the bombardment", "for ten days", "now in
  its fourth week", "entered its eighth week"; a first-person interview, a brief with China's vote,
  the Douma gas attack told three times, an OPCW report a year on, the sarin attack of August 2013);
- ``p5-tripoli``: Khalifa Haftar's offensive on Tripoli, launched 4 April 2019 (aliases LNA / Libyan
  National Army / Haftar's forces, GNA / Tripoli government; a long-read with a chronology paragraph
  of bare dates, "Checkpoint 27", an interview, a correction of "earlier reports", a 2014 background
  event, a report fourteen months on);
- ``p5-avdiivka``: the battle of Avdiivka, 10 October 2023 – 17 February 2024 ("entered its second
  month", "in its fifth month", the withdrawal told by three outlets on three days, "last week's
  pullout", a later capture in May 2024, a 2014 background event);
plus inconsistent variants (``p5-inc-tajoura-disagree``, ``p5-inc-avdiivka-weeks``).

``python tests/timeline/heldout/p5-corpus.py`` writes ``data/p5-*.jsonl``, ``data/p5-*.gold.json``,
``data/p5-*.expected.json`` and ``data/p5-timeml/*.tml``, in the formats of ``corpus.py`` (same
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
# Kunduz: the Taliban broke in before dawn on Monday 28 September 2015; Afghan forces said they held
# the centre again on Thursday 1 October; the MSF hospital was hit from 2:08 a.m. on Saturday 3 October;
# Gen. Campbell testified on Tuesday 6 October; the US investigation was released on 29 April 2016.
KUNDUZ: list[dict[str, Any]] = [
    {
        "id": "kd-01", "published": "2015-09-28", "source": "Hindu Kush Herald",
        "text": (
            "TALIBAN STORM KUNDUZ IN THEIR BOLDEST STRIKE OF THE WAR\n\n"
            "KUNDUZ, Afghanistan - Hundreds of Taliban fighters stormed Kunduz from several directions "
            "before dawn on Monday and by the afternoon had hoisted their white banner over the city's "
            "main square, officials and residents said. The insurgents freed more than 600 inmates from "
            "the provincial prison and set fire to the offices of the intelligence service. It is the "
            "first time since the US-led invasion toppled their government in 2001 that the Taliban have "
            "held a provincial capital. Kunduz, a city of some 300,000 people near the Tajik border, was "
            "the last northern stronghold of the movement to collapse in November 2001."
        ),
        "gold": [
            a("Monday", "DATE", "2015-09-28"),
            a("the afternoon", "TIME", "2015-09-28TAF"),
            a("2001", "DATE", "2001"),
            a("November 2001", "DATE", "2001-11"),
        ],
        "not": ["600", "300,000"],
    },
    {
        "id": "kd-02", "published": "2015-09-29", "source": "Morning Ledger",
        "text": (
            "Your Tuesday briefing\n\n"
            "* Afghanistan: The government has promised to win back Kunduz quickly, a day after the "
            "Taliban overran the northern city. Special forces were flown in overnight and American "
            "aircraft carried out a strike on the outskirts early today, a NATO spokesman said. "
            "Yesterday's fall of Kunduz is the insurgents' biggest success in 14 years of war.\n\n"
            "* United Nations: Barack Obama and Vladimir Putin met for 90 minutes on Monday on the "
            "sidelines of the General Assembly in New York and disagreed over the fate of Bashar "
            "al-Assad.\n\n"
            "* Pope Francis flew back to Rome on Sunday night at the end of a nine-day tour of Cuba and "
            "the United States."
        ),
        "gold": [
            a("Tuesday", "DATE", "2015-09-29"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the Taliban overran Kunduz"),
            a("overnight", "TIME", "2015-09-28TNI"),
            a("today", "DATE", "2015-09-29"),
            a("Yesterday", "DATE", "2015-09-28"),
            a("14 years", "DURATION", "P14Y"),
            a("90 minutes", "DURATION", "PT90M"),
            a("Monday", "DATE", "2015-09-28"),
            a("Sunday night", "TIME", "2015-09-27TNI"),
            a("nine-day", "DURATION", "P9D"),
        ],
        "not": [],
    },
    {
        "id": "kd-03", "published": "2015-10-01", "source": "Amu Darya Post",
        "text": (
            "KABUL - Afghan troops have pushed the Taliban out of the centre of Kunduz, the interior "
            "ministry said on Thursday, three days into a battle for the city that has shaken confidence "
            "in the government. Commandos backed by American air strikes advanced into the city "
            "overnight, and footage broadcast by Tolo News showed soldiers raising the national flag over "
            "the governor's compound. Residents reached by telephone said insurgents were still fighting "
            "from houses in several districts, and Pajhwok, a local news agency, reported that bodies lay "
            "uncollected in the streets. A ministry spokesman put the number of insurgents killed at more "
            "than 200; the figure could not be verified."
        ),
        "gold": [
            a("Thursday", "DATE", "2015-10-01"),
            a("three days", "DURATION", "P3D", notes="event-relative: three days into the battle"),
            a("overnight", "TIME", "2015-09-30TNI"),
        ],
        "not": ["200"],
    },
    {
        "id": "kd-04", "published": "2015-10-03", "source": "Hindu Kush Herald",
        "text": (
            "KUNDUZ - A trauma hospital run by Medecins Sans Frontieres in Kunduz was hit repeatedly from "
            "the air from 2:08 a.m. on Saturday, killing at least nine of its staff, the medical charity "
            "said. The bombardment went on for more than an hour, even though the hospital had given its "
            "GPS coordinates to the Afghan and American militaries, the group said. US forces "
            "acknowledged an air strike in the area. The hospital, the only one of its kind in the "
            "north-east of the country, had been overwhelmed with casualties since the Taliban broke into "
            "the city on Monday, and has admitted 394 wounded this week. The Afghan army had clawed back "
            "the city centre on Thursday."
        ),
        "gold": [
            a("2:08 a.m. on Saturday", "TIME", "2015-10-03T02:08"),
            a("more than an hour", "DURATION", "PT1H", mod="MORE_THAN"),
            a("Monday", "DATE", "2015-09-28"),
            a("this week", "DATE", "2015-W40"),
            a("Thursday", "DATE", "2015-10-01"),
        ],
        "not": ["394"],
    },
    {
        "id": "kd-05", "published": "2015-10-07", "source": "Amu Darya Post",
        "text": (
            "WASHINGTON - The top American commander in Afghanistan told senators on Tuesday that the "
            "strike on the Kunduz hospital had been requested by Afghan forces but carried out through "
            "the US chain of command, and that a medical facility would never be targeted on purpose. "
            "Gen. John Campbell's account was the third version offered by Washington in four days. "
            "Earlier reports, including ours, said the gunship had opened fire because American soldiers "
            "on the ground were under attack; the general said that was not so. The death toll from "
            "Saturday's bombing has risen to 22, among them 12 members of the charity's staff. President "
            "Barack Obama telephoned the head of the charity to apologise today. Last week's fall of "
            "Kunduz, and the effort it took to reclaim it, have raised doubts about whether Afghan forces "
            "can hold ground without foreign help.\n\n"
            "Correction: An earlier version of this article said the hospital was struck late on Friday. "
            "The attack began at 2:08 a.m. on Saturday, Oct. 3."
        ),
        "gold": [
            a("Tuesday", "DATE", "2015-10-06"),
            a("four days", "DURATION", "P4D"),
            a("Saturday", "DATE", "2015-10-03"),
            a("today", "DATE", "2015-10-07"),
            a("Last week", "DATE", "2015-W40"),
            a("Friday", "DATE", "2015-10-02", notes="the retracted date of the first version"),
            a("2:08 a.m. on Saturday", "TIME", "2015-10-03T02:08"),
            a("Oct. 3", "DATE", "2015-10-03"),
        ],
        "not": ["22", "12"],
    },
    {
        "id": "kd-06", "published": "2016-04-29", "source": "Khyber Ledger",
        "text": (
            "The US military on Friday released its investigation into the bombing of the MSF hospital in "
            "Kunduz, nearly seven months after an AC-130 gunship destroyed the building and killed 42 "
            "people. Sixteen service members, a general among them, have been disciplined, but none faces "
            "criminal charges because the crew did not know they were firing on a hospital, Gen. Joseph "
            "Votel said. The report blames human error, equipment failures and the exhaustion of troops "
            "who had been fighting for five days with little rest."
        ),
        "gold": [
            a("Friday", "DATE", "2016-04-29"),
            a("nearly seven months", "DURATION", "P7M", mod="LESS_THAN",
              notes="event-relative: after the hospital was destroyed"),
            a("five days", "DURATION", "P5D"),
        ],
        "not": ["AC-130", "42"],
    },
]

KUNDUZ_EVENTS: list[dict[str, Any]] = [
    {"name": "battle for Kunduz (Taliban assault)",
     "keywords": ["battle", "fight", "storm", "assault", "offensive", "attack"],
     "docs": ["kd-01", "kd-03"], "start": ["2015-09-28", "2015-09-28"]},
    {"name": "Taliban take Kunduz", "keywords": ["storm", "overr", "fall", "seiz", "took", "broke", "captur"],
     "docs": ["kd-01", "kd-02", "kd-05"], "start": ["2015-09-28", "2015-09-28"]},
    {"name": "Afghan forces retake the city centre",
     "keywords": ["push", "clawed", "retak", "reclaim", "recaptur", "advanc"],
     "docs": ["kd-03", "kd-04"], "start": ["2015-09-30", "2015-10-01"]},
    {"name": "air strike on the MSF hospital", "keywords": ["hit", "strike", "struck", "bomb", "destroy"],
     "docs": ["kd-04", "kd-05", "kd-06"], "start": ["2015-10-03", "2015-10-03"]},
    {"name": "Gen. Campbell testifies to senators", "keywords": ["told", "testif", "account"],
     "docs": ["kd-05"], "start": ["2015-10-06", "2015-10-06"]},
    {"name": "Obama apologises to MSF", "keywords": ["apolog", "telephon"],
     "docs": ["kd-05"], "start": ["2015-10-07", "2015-10-07"]},
    {"name": "US investigation released", "keywords": ["releas", "investigation", "report"],
     "docs": ["kd-06"], "start": ["2016-04-29", "2016-04-29"]},
    {"name": "Kunduz falls to the anti-Taliban forces (2001)", "keywords": ["collapse", "fall", "fell"],
     "docs": ["kd-01"], "start": ["2001-11-01", "2001-11-30"]},
    {"name": "Obama and Putin meet at the UN", "keywords": ["met", "meet", "talks"],
     "docs": ["kd-02"], "start": ["2015-09-28", "2015-09-28"]},
]

# ---------------------------------------------------------------------------------------------------
# Eastern Ghouta: the bombardment began on Sunday 18 February 2018 (never stated in the texts);
# Resolution 2401 passed on Saturday 24 February; Russia's daily pause from Tuesday 27 February;
# Mesraba taken and the enclave split on Saturday 10 March; the Douma gas attack on Saturday evening
# 7 April; Jaish al-Islam's deal on Sunday 8 April; Western strikes 14 April; OPCW report 1 March 2019.
GHOUTA: list[dict[str, Any]] = [
    {
        "id": "gh-01", "published": "2018-02-21", "source": "Barada Bulletin",
        "text": (
            "Eastern Ghouta, the besieged rebel pocket on the edge of Damascus, endured a fourth straight "
            "day of air and artillery strikes on Wednesday. Rescue workers from the White Helmets said "
            "whole families had been buried under collapsed buildings in Hamouria, Saqba and Kafr Batna, "
            "and the UN said at least six hospitals had been put out of action in 48 hours. The Syrian "
            "Observatory for Human Rights counted more than 250 dead since the onslaught began, the worst "
            "toll in the enclave since the chemical attack of August 2013. Some 400,000 people are "
            "trapped inside."
        ),
        "gold": [
            a("fourth straight day", "DURATION", "P1D", optional_value=True,
              notes="ordinal day of the strikes: they began on 2018-02-18"),
            a("Wednesday", "DATE", "2018-02-21"),
            a("48 hours", "DURATION", "PT48H"),
            a("August 2013", "DATE", "2013-08"),
        ],
        "not": ["250", "400,000"],
    },
    {
        "id": "gh-02", "published": "2018-02-25", "source": "Cedar and Crescent",
        "text": (
            "Syrian state television reported on Sunday that army units had begun moving on the edges of "
            "eastern Ghouta, hours after the UN Security Council unanimously demanded a 30-day truce across "
            "Syria. Resolution 2401, passed on Saturday after three days of haggling with Moscow, sets no "
            "start date, and the bombing of the enclave did not stop overnight, according to the "
            "pro-opposition Orient News. A week into the bombardment, the Syrian Observatory says more "
            "than 500 civilians have been killed."
        ),
        "gold": [
            a("Sunday", "DATE", "2018-02-25"),
            a("hours", "DURATION", "PTXH", notes="event-relative: hours after the Council's vote"),
            a("30-day", "DURATION", "P30D"),
            a("Saturday", "DATE", "2018-02-24"),
            a("three days", "DURATION", "P3D"),
            a("overnight", "TIME", "2018-02-24TNI"),
            a("A week", "DURATION", "P1W", notes="event-relative: a week into the bombardment"),
        ],
        "not": ["2401", "500"],
    },
    {
        "id": "gh-03", "published": "2018-02-28", "source": "Frontline Voices",
        "text": (
            "\"We have not seen the sky for ten days,\" said Abu Mohammad, a pharmacist who has moved his "
            "family into the basement of a Douma apartment block. Reached through a messaging app, he "
            "spoke as the shells started falling again in the late afternoon. \"The Russians told the "
            "world there would be a pause. The pause is for the cameras.\"\n\n"
            "Moscow ordered a daily five-hour halt to the fighting, starting on Tuesday. Not one family "
            "used the corridor opened at the Wafideen checkpoint yesterday, and no aid trucks have got in "
            "since Saturday's Security Council vote, the UN said. Asked how long his food would last, Abu "
            "Mohammad laughed. \"Ask me next week, if I am alive.\""
        ),
        "gold": [
            a("ten days", "DURATION", "P10D", notes="underground since the bombardment began, ~2018-02-18"),
            a("the late afternoon", "TIME", "2018-02-28TAF", mod="END"),
            a("daily", "SET", "P1D"),
            a("five-hour", "DURATION", "PT5H"),
            a("Tuesday", "DATE", "2018-02-27"),
            a("yesterday", "DATE", "2018-02-27"),
            a("Saturday", "DATE", "2018-02-24"),
            a("next week", "DATE", "2018-W10"),
        ],
        "not": [],
    },
    {
        "id": "gh-04", "published": "2018-03-12", "source": "The Morning Dispatch",
        "text": (
            "THE BRIEFING\n\n"
            "Syria - Government forces have sliced eastern Ghouta into three separate pockets, isolating "
            "the towns of Douma and Harasta from the rest of the enclave after taking Mesraba on Saturday, "
            "the Syrian Observatory said. The offensive, now in its fourth week, has put more than half of "
            "the rebel territory back in the army's hands. Jaish al-Islam, the Saudi-backed group that "
            "holds Douma, said its fighters were keeping their lines.\n\n"
            "China - The National People's Congress voted on Sunday to scrap the two-term limit on the "
            "presidency, clearing the way for Xi Jinping to rule indefinitely. Two delegates out of 2,964 "
            "voted against.\n\n"
            "Markets - Asian shares opened higher this morning."
        ),
        "gold": [
            a("Saturday", "DATE", "2018-03-10"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("fourth week", "DURATION", "P1W", optional_value=True,
              notes="the offensive's fourth week: it began 21-27 days before 2018-03-12"),
            a("Sunday", "DATE", "2018-03-11"),
            a("this morning", "TIME", "2018-03-12TMO"),
        ],
        "not": ["two-term", "2,964"],
    },
    {
        "id": "gh-05", "published": "2018-04-08", "source": "Barada Bulletin",
        "text": (
            "Dozens of people, many of them children, suffocated in Douma on Saturday evening after a "
            "helicopter dropped what rescuers described as a canister of poison gas on a residential "
            "building, opposition groups said. The Syrian government called the accusation a fabrication. "
            "The last rebel-held town of eastern Ghouta has been under intense bombardment since Friday, "
            "when talks on an evacuation of Jaish al-Islam fighters broke down."
        ),
        "gold": [
            a("Saturday evening", "TIME", "2018-04-07TEV"),
            a("Friday", "DATE", "2018-04-06"),
        ],
        "not": [],
    },
    {
        "id": "gh-06", "published": "2018-04-09", "source": "Cedar and Crescent",
        "text": (
            "Jaish al-Islam has agreed to abandon Douma, the state news agency SANA said on Sunday, hours "
            "after a suspected chemical attack on the town drew threats of retaliation from Washington. "
            "Buses began carrying fighters and their families north to Jarablus today. Saturday's attack, "
            "which rescuers say killed more than 40 people, has overshadowed the end of a campaign that "
            "has entered its eighth week and has cost more than 1,600 civilian lives, by the Observatory's "
            "count."
        ),
        "gold": [
            a("Sunday", "DATE", "2018-04-08"),
            a("hours", "DURATION", "PTXH", notes="event-relative: hours after the attack drew threats"),
            a("today", "DATE", "2018-04-09"),
            a("Saturday", "DATE", "2018-04-07"),
            a("eighth week", "DURATION", "P1W", optional_value=True,
              notes="the campaign's eighth week: it began 49-55 days before 2018-04-09"),
        ],
        "not": ["40", "1,600"],
    },
    {
        "id": "gh-07", "published": "2019-03-01", "source": "Hague Observer",
        "text": (
            "Inspectors from the Organisation for the Prohibition of Chemical Weapons concluded on Friday "
            "that there were reasonable grounds to believe chlorine was used as a weapon in Douma in April "
            "last year. The report does not say who dropped the cylinders. Douma was the final holdout of "
            "the rebels in eastern Ghouta, which Syrian forces had encircled since 2013; in August of that "
            "year, hundreds of people in the Ghouta were killed with sarin. Washington, London and Paris "
            "fired more than 100 missiles at Syrian chemical sites a week after the Douma attack."
        ),
        "gold": [
            a("Friday", "DATE", "2019-03-01"),
            a("April last year", "DATE", "2018-04"),
            a("2013", "DATE", "2013"),
            a("August of that year", "DATE", "2013-08"),
            a("a week", "DURATION", "P1W", notes="event-relative: a week after the Douma attack"),
        ],
        "not": ["100"],
    },
]

GHOUTA_EVENTS: list[dict[str, Any]] = [
    {"name": "government offensive on eastern Ghouta",
     "keywords": ["offensive", "onslaught", "bombard", "campaign", "strikes", "assault"],
     "docs": ["gh-01", "gh-02", "gh-04"], "start": ["2018-02-17", "2018-02-19"]},
    {"name": "Security Council demands a 30-day truce (Resolution 2401)",
     "keywords": ["resolution", "truce", "vote", "passed", "demand"],
     "docs": ["gh-02", "gh-03"], "start": ["2018-02-24", "2018-02-24"]},
    {"name": "Russia's daily pause begins", "keywords": ["halt", "pause", "order"],
     "docs": ["gh-03"], "start": ["2018-02-26", "2018-02-27"]},
    {"name": "army takes Mesraba and splits the enclave",
     "keywords": ["slic", "split", "isolat", "taking", "took", "mesraba"],
     "docs": ["gh-04"], "start": ["2018-03-10", "2018-03-11"]},
    {"name": "Douma gas attack", "keywords": ["attack", "gas", "suffocat", "chlorine", "chemical"],
     "docs": ["gh-05", "gh-06", "gh-07"], "start": ["2018-04-07", "2018-04-07"]},
    {"name": "Jaish al-Islam agrees to leave Douma", "keywords": ["agree", "abandon"],
     "docs": ["gh-06"], "start": ["2018-04-08", "2018-04-08"]},
    {"name": "sarin attack on the Ghouta (2013)", "keywords": ["attack", "sarin", "killed", "chemical"],
     "docs": ["gh-01", "gh-07"], "start": ["2013-08-01", "2013-08-31"]},
    {"name": "OPCW inspectors' report", "keywords": ["conclud", "report", "inspector"],
     "docs": ["gh-07"], "start": ["2019-03-01", "2019-03-01"]},
    {"name": "Western missile strikes on Syria", "keywords": ["fired", "missile", "strike"],
     "docs": ["gh-07"], "start": ["2018-04-13", "2018-04-15"]},
]

# ---------------------------------------------------------------------------------------------------
# Tripoli: Haftar's order to advance on Thursday 4 April 2019 (Gharyan entered the same day); the GNA's
# counter-offensive on Sunday 7 April; Mitiga hit on Monday 8 April; Gharyan retaken on Wednesday
# 26 June; Tajoura detention centre hit on 2 July; all of greater Tripoli back on Thursday 4 June 2020.
TRIPOLI: list[dict[str, Any]] = [
    {
        "id": "tr-01", "published": "2019-04-04", "source": "Maghreb Daily",
        "text": (
            "HAFTAR ORDERS HIS ARMY TO MARCH ON TRIPOLI\n\n"
            "BENGHAZI, April 4 - Khalifa Haftar, the 75-year-old commander of the self-styled Libyan "
            "National Army, ordered his troops on Thursday to move on Tripoli, seat of the UN-backed "
            "government, as his columns rolled into Gharyan, a hill town about 100 km to the south. The "
            "order, posted online as an audio message, came while UN Secretary-General Antonio Guterres "
            "was in the capital to prepare a national reconciliation conference scheduled for the middle "
            "of the month. The Government of National Accord put its forces on maximum alert."
        ),
        "gold": [
            a("April 4", "DATE", "2019-04-04"),
            a("Thursday", "DATE", "2019-04-04"),
            a("the middle of the month", "DATE", "2019-04", mod="MID"),
        ],
        "not": ["75-year-old", "100 km"],
    },
    {
        "id": "tr-02", "published": "2019-04-05", "source": "Mediterranean Wire",
        "text": (
            "Fighters loyal to the Tripoli government recaptured Checkpoint 27, west of the capital, from "
            "Haftar's men overnight, the Libya Observer reported, and Al-Ahrar television broadcast "
            "pictures of what it said were captured LNA fighters. Antonio Guterres flew to Benghazi on "
            "Friday to plead with the field marshal in person, and said on leaving that he was deeply "
            "worried. Yesterday's order to advance was the boldest move yet by a commander who has spent "
            "five years fighting his way across the east and the south."
        ),
        "gold": [
            a("overnight", "TIME", "2019-04-04TNI"),
            a("Friday", "DATE", "2019-04-05"),
            a("Yesterday", "DATE", "2019-04-04"),
            a("five years", "DURATION", "P5Y"),
        ],
        "not": ["Checkpoint 27"],
    },
    {
        "id": "tr-03", "published": "2019-04-08", "source": "Daybreak Digest",
        "text": (
            "Daybreak Digest - Monday\n\n"
            "LIBYA: A warplane belonging to Haftar's forces hit Mitiga, the only working airport in "
            "Tripoli, this morning, and flights were suspended. The GNA announced on Sunday a "
            "counter-offensive it has named Volcano of Anger, and the UN says some 2,800 people have fled "
            "the southern suburbs. The United States pulled a contingent of its troops out of Libya over "
            "the weekend.\n\n"
            "ISRAEL: Voters go to the polls tomorrow, with Benjamin Netanyahu seeking a fifth term.\n\n"
            "SUDAN: Thousands of protesters have camped outside army headquarters in Khartoum since "
            "Saturday."
        ),
        "gold": [
            a("Monday", "DATE", "2019-04-08"),
            a("this morning", "TIME", "2019-04-08TMO"),
            a("Sunday", "DATE", "2019-04-07"),
            a("the weekend", "DATE", "2019-W14-WE"),
            a("tomorrow", "DATE", "2019-04-09"),
            a("Saturday", "DATE", "2019-04-06"),
        ],
        "not": ["2,800", "fifth"],
    },
    {
        "id": "tr-04", "published": "2019-04-18", "source": "Frontline Voices",
        "text": (
            "Two weeks into Haftar's assault on the capital, Salem, a 42-year-old schoolteacher from Ain "
            "Zara, sleeps on a mattress in a classroom that has become his family's home. \"We left in the "
            "middle of the night, when the rockets reached our street,\" he said. \"My children ask me every "
            "evening when we will go back. I tell them: soon.\" The World Health Organization said on "
            "Wednesday that 205 people had been killed and more than 900 wounded since the fighting began; "
            "25,000 have been displaced, according to the UN. The Libyan National Army claims it is closing "
            "in on the city centre, a claim the GNA's interior minister, Fathi Bashagha, dismissed as "
            "propaganda."
        ),
        "gold": [
            a("Two weeks", "DURATION", "P2W", notes="event-relative: two weeks into the assault"),
            a("every evening", "SET", "XXXX-XX-XXTEV"),
            a("Wednesday", "DATE", "2019-04-17"),
        ],
        "not": ["42-year-old", "205", "900", "25,000"],
    },
    {
        "id": "tr-05", "published": "2019-06-27", "source": "Maghreb Daily",
        "text": (
            "Forces of the Tripoli government and allied militias took back Gharyan on Wednesday in a "
            "surprise attack, depriving the Libyan National Army of the forward base from which it has run "
            "its offensive since April. Earlier reports, relying on accounts circulated on social media, "
            "had said the town fell on Tuesday; GNA commanders confirmed that the decisive push came on "
            "Wednesday morning. The setback comes as the offensive, now in its 13th week, has stalled in "
            "the southern suburbs of the capital, where more than 700 people have been killed."
        ),
        "gold": [
            a("Wednesday", "DATE", "2019-06-26"),
            a("April", "DATE", "2019-04"),
            a("Tuesday", "DATE", "2019-06-25", notes="the date of the earlier, wrong reports"),
            a("Wednesday morning", "TIME", "2019-06-26TMO"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("13th week", "DURATION", "P1W", optional_value=True,
              notes="the offensive's 13th week: it began 84-90 days before 2019-06-27"),
        ],
        "not": ["700"],
    },
    {
        "id": "tr-06", "published": "2019-07-10", "source": "Mediterranean Review",
        "text": (
            "TRIPOLI - The war that Khalifa Haftar promised would be over in days is now in its fourth "
            "month, and the front lines in the southern suburbs of Tripoli have barely moved since April. "
            "Both sides fight with foreign drones: Turkish-made aircraft for the GNA, Chinese-made ones "
            "supplied by the United Arab Emirates for the LNA, according to UN experts.\n\n"
            "The field marshal has done this before. In May 2014 he launched Operation Dignity against "
            "Islamist militias in Benghazi, a campaign that took more than three years to win the city. "
            "His men also control the oil crescent and most of the south.\n\n"
            "How the battle for Tripoli has unfolded:\n"
            "April 4 - Haftar orders the LNA to advance; his troops enter Gharyan.\n"
            "April 7 - The GNA launches its counter-offensive, Volcano of Anger.\n"
            "June 26 - Tripoli's forces retake Gharyan.\n"
            "July 2 - An air strike on the Tajoura detention centre kills at least 53 migrants.\n\n"
            "Neither side shows any appetite for the ceasefire the Security Council called for last week."
        ),
        "gold": [
            a("days", "DURATION", "PXD", optional_value=True, notes="'over in days': vague duration"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("fourth month", "DURATION", "P1M", optional_value=True,
              notes="the war's fourth month: it began 3-4 months before 2019-07-10"),
            a("April", "DATE", "2019-04"),
            a("May 2014", "DATE", "2014-05"),
            a("more than three years", "DURATION", "P3Y", mod="MORE_THAN"),
            a("April 4", "DATE", "2019-04-04"),
            a("April 7", "DATE", "2019-04-07"),
            a("June 26", "DATE", "2019-06-26"),
            a("July 2", "DATE", "2019-07-02"),
            a("last week", "DATE", "2019-W27"),
        ],
        "not": ["53"],
    },
    {
        "id": "tr-07", "published": "2020-06-05", "source": "Mediterranean Wire",
        "text": (
            "The UN-recognised Government of National Accord said on Thursday that its forces had regained "
            "control of the whole of greater Tripoli, 14 months after Haftar's army began its assault on "
            "the capital. The last LNA units pulled out of the southern districts and the old airport "
            "on Wednesday night, as Turkish support turned the war against the eastern commander. GNA forces then "
            "pressed on toward Tarhuna, Haftar's main base in the west, which they entered today."
        ),
        "gold": [
            a("Thursday", "DATE", "2020-06-04"),
            a("14 months", "DURATION", "P14M", notes="event-relative: 14 months after the assault began"),
            a("Wednesday night", "TIME", "2020-06-03TNI"),
            a("today", "DATE", "2020-06-05"),
        ],
        "not": [],
    },
]

TRIPOLI_EVENTS: list[dict[str, Any]] = [
    {"name": "Haftar's offensive on Tripoli",
     "keywords": ["offensive", "assault", "march", "advance", "move", "attack", "war", "campaign", "battle"],
     "docs": ["tr-01", "tr-04", "tr-07"], "start": ["2019-04-04", "2019-04-04"]},
    {"name": "LNA enters Gharyan", "keywords": ["gharyan", "rolled", "enter"],
     "docs": ["tr-01", "tr-06"], "start": ["2019-04-03", "2019-04-04"]},
    {"name": "Guterres flies to Benghazi to see Haftar", "keywords": ["flew", "plead", "met", "guterres"],
     "docs": ["tr-02"], "start": ["2019-04-05", "2019-04-05"]},
    {"name": "GNA counter-offensive (Volcano of Anger)", "keywords": ["counter", "launch", "announc", "volcano"],
     "docs": ["tr-03", "tr-06"], "start": ["2019-04-07", "2019-04-07"]},
    {"name": "air strike on Mitiga airport", "keywords": ["hit", "strike", "mitiga", "airport"],
     "docs": ["tr-03"], "start": ["2019-04-08", "2019-04-08"]},
    {"name": "GNA retakes Gharyan", "keywords": ["took back", "retak", "gharyan", "fell", "push"],
     "docs": ["tr-05", "tr-06"], "start": ["2019-06-26", "2019-06-26"]},
    {"name": "Tajoura detention centre strike", "keywords": ["strike", "kill", "tajoura"],
     "docs": ["tr-06"], "start": ["2019-07-02", "2019-07-03"]},
    {"name": "Operation Dignity launched in Benghazi", "keywords": ["launch", "dignity", "operation"],
     "docs": ["tr-06"], "start": ["2014-05-01", "2014-05-31"]},
    {"name": "GNA regains all of greater Tripoli", "keywords": ["regain", "control", "pull"],
     "docs": ["tr-07"], "start": ["2020-06-04", "2020-06-04"]},
]

# ---------------------------------------------------------------------------------------------------
# Avdiivka: the assault began on Tuesday 10 October 2023, a second wave on 19 October; Marinka claimed
# on 25 December; Zaluzhnyi dismissed on Thursday 8 February 2024; the withdrawal ran through Friday
# night and was announced early on Saturday 17 February; Ocheretyne claimed on Sunday 5 May 2024.
AVDIIVKA: list[dict[str, Any]] = [
    {
        "id": "av-01", "published": "2023-10-12", "source": "Steppe Observer",
        "text": (
            "Russian forces have been throwing waves of tanks and armoured personnel carriers at Avdiivka "
            "since Tuesday, in what Ukrainian officials describe as an attempt to encircle the battered "
            "town from the north and the south. Vitaliy Barabash, who heads the local military "
            "administration, said the shelling was the heaviest he had seen, and that the town's coke and "
            "chemical plant was among the targets. Avdiivka, just north of Russian-held Donetsk, had about "
            "32,000 inhabitants before the invasion; about 1,600 remain. It has been on the front line "
            "since the summer of 2014, when Ukrainian troops drove the Moscow-backed separatists out of it."
        ),
        "gold": [
            a("Tuesday", "DATE", "2023-10-10"),
            a("the summer of 2014", "DATE", "2014-SU"),
        ],
        "not": ["32,000", "1,600"],
    },
    {
        "id": "av-02", "published": "2023-11-10", "source": "Kyiv Analyst",
        "text": (
            "The Russian assault on Avdiivka entered its second month this week with little to show for "
            "the losses. The Institute for the Study of War said on Thursday that Moscow had probably lost "
            "thousands of soldiers around the town since October, and Ukrainian volunteers who track "
            "geolocated footage counted more than 100 wrecked Russian vehicles near the slag heap on the "
            "northern flank. The first onslaught stalled within days; a second wave, launched on Oct. 19 "
            "with infantry rather than armour, has been pressing on the railway line ever since. The 110th "
            "Mechanised Brigade, which has held the town for months, says it needs more shells."
        ),
        "gold": [
            a("second month", "DURATION", "P1M", optional_value=True,
              notes="the assault's second month: it began about a month before 2023-11-10"),
            a("this week", "DATE", "2023-W45"),
            a("Thursday", "DATE", "2023-11-09"),
            a("October", "DATE", "2023-10"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'within days': vague duration"),
            a("Oct. 19", "DATE", "2023-10-19"),
            a("months", "DURATION", "PXM", optional_value=True),
        ],
        "not": ["100", "110th"],
    },
    {
        "id": "av-03", "published": "2024-02-09", "source": "Steppe Observer",
        "text": (
            "President Volodymyr Zelensky dismissed his popular commander-in-chief, Valerii Zaluzhnyi, on "
            "Thursday and gave the job to Oleksandr Syrskyi, the general who ran the defence of Kyiv and "
            "Bakhmut. The new chief inherits a grim situation at Avdiivka, where the Russian assault is in "
            "its fifth month and the last supply road into the town lies within range of Russian guns. "
            "Moscow took the ruins of Marinka, some 30 km to the south-west, on Dec. 25, after more than a "
            "year of fighting for a town that barely exists any more."
        ),
        "gold": [
            a("Thursday", "DATE", "2024-02-08"),
            a("fifth month", "DURATION", "P1M", optional_value=True,
              notes="the assault's fifth month: it began 4-5 months before 2024-02-09"),
            a("Dec. 25", "DATE", "2023-12-25"),
            a("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
        ],
        "not": ["30 km"],
    },
    {
        "id": "av-04", "published": "2024-02-17", "source": "Kyiv Analyst",
        "text": (
            "UKRAINE ABANDONS AVDIIVKA\n\n"
            "Ukraine's new army chief said early on Saturday that he had pulled his troops out of Avdiivka "
            "to save them from being surrounded, handing Russia its most significant gain since the "
            "capture of Bakhmut last May. Oleksandr Syrskyi said the units were moving to prepared "
            "positions outside the town. Soldiers had been holding out in the Zenit air-defence base and "
            "the coke plant under constant attack by glide bombs."
        ),
        "gold": [
            a("Saturday", "DATE", "2024-02-17"),
            a("last May", "DATE", "2023-05"),
        ],
        "not": [],
    },
    {
        "id": "av-05", "published": "2024-02-18", "source": "Steppe Observer",
        "text": (
            "Vladimir Putin congratulated his troops on Saturday on what the Kremlin called an important "
            "victory, after the defence ministry in Moscow announced that Avdiivka was fully under Russian "
            "control. State television showed soldiers raising a flag over a ruined building. Yesterday's "
            "retreat ends a siege of more than four months that both sides say cost thousands of lives. "
            "Ukrainian officials admitted that some soldiers had been captured in the chaos of the "
            "withdrawal, which went on through Friday night."
        ),
        "gold": [
            a("Saturday", "DATE", "2024-02-17"),
            a("Yesterday", "DATE", "2024-02-17"),
            a("more than four months", "DURATION", "P4M", mod="MORE_THAN"),
            a("Friday night", "TIME", "2024-02-16TNI"),
        ],
        "not": [],
    },
    {
        "id": "av-06", "published": "2024-02-20", "source": "Frontline Voices",
        "text": (
            "\"We walked out across the fields, ten of us, and only seven reached the next village,\" said a "
            "sergeant of the 3rd Assault Brigade who gave only his call sign, Bison. His unit was sent into "
            "Avdiivka barely a week before the town was given up. He blames last week's pullout on a "
            "shortage of shells and men rather than on the commanders. \"We held as long as there was "
            "something to hold with.\" Since Oct. 10, he said, the Russians had attacked the town every "
            "single day."
        ),
        "gold": [
            a("barely a week", "DURATION", "P1W", mod="LESS_THAN",
              notes="event-relative: a week before the town was given up"),
            a("last week", "DATE", "2024-W07"),
            a("Oct. 10", "DATE", "2023-10-10"),
            a("every single day", "SET", "P1D"),
        ],
        "not": ["3rd Assault Brigade"],
    },
    {
        "id": "av-07", "published": "2024-05-06", "source": "Kyiv Analyst",
        "text": (
            "Russia's defence ministry said on Sunday that its troops had captured Ocheretyne, a village "
            "about 15 km north-west of Avdiivka, less than three months after the fall of the town. "
            "Ukrainian commanders acknowledged that a brigade rotation in April had left a gap that Russian "
            "assault groups exploited. Kyiv hopes that American weapons, approved by Congress last month "
            "after a six-month delay, will slow the advance."
        ),
        "gold": [
            a("Sunday", "DATE", "2024-05-05"),
            a("less than three months", "DURATION", "P3M", mod="LESS_THAN",
              notes="event-relative: after Avdiivka fell"),
            a("April", "DATE", "2024-04"),
            a("last month", "DATE", "2024-04"),
            a("six-month", "DURATION", "P6M"),
        ],
        "not": ["15 km"],
    },
]

AVDIIVKA_EVENTS: list[dict[str, Any]] = [
    {"name": "Russian assault on Avdiivka",
     "keywords": ["assault", "offensive", "attack", "throw", "battle", "onslaught", "siege"],
     "docs": ["av-01", "av-02", "av-03"], "start": ["2023-10-10", "2023-10-10"]},
    {"name": "Ukrainian withdrawal from Avdiivka",
     "keywords": ["pull", "withdr", "retreat", "abandon", "given up"],
     "docs": ["av-04", "av-05", "av-06"], "start": ["2024-02-16", "2024-02-17"]},
    {"name": "Moscow announces full control of Avdiivka", "keywords": ["control", "announc", "congratul"],
     "docs": ["av-05"], "start": ["2024-02-17", "2024-02-17"]},
    {"name": "second wave of the assault", "keywords": ["wave", "launch"],
     "docs": ["av-02"], "start": ["2023-10-19", "2023-10-19"]},
    {"name": "Zaluzhnyi dismissed", "keywords": ["dismiss", "replac", "gave the job"],
     "docs": ["av-03"], "start": ["2024-02-08", "2024-02-08"]},
    {"name": "Russia takes Marinka", "keywords": ["took", "captur", "marinka"],
     "docs": ["av-03"], "start": ["2023-12-25", "2023-12-25"]},
    {"name": "separatists driven out of Avdiivka (2014)", "keywords": ["drove", "driv", "out"],
     "docs": ["av-01"], "start": ["2014-06-01", "2014-08-31"]},
    {"name": "Russia captures Ocheretyne", "keywords": ["captur", "ocheretyne"],
     "docs": ["av-07"], "start": ["2024-05-05", "2024-05-05"]},
    {"name": "capture of Bakhmut", "keywords": ["captur", "bakhmut"],
     "docs": ["av-04"], "start": ["2023-05-01", "2023-05-31"]},
]

SETS = {
    "p5-kunduz": (KUNDUZ, KUNDUZ_EVENTS),
    "p5-ghouta": (GHOUTA, GHOUTA_EVENTS),
    "p5-tripoli": (TRIPOLI, TRIPOLI_EVENTS),
    "p5-avdiivka": (AVDIIVKA, AVDIIVKA_EVENTS),
}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "p5-inc-tajoura-disagree": {
        "docs": [
            {"id": "tj-1", "published": "2019-07-03", "source": "Mediterranean Wire",
             "text": ("TRIPOLI, July 3 (Mediterranean Wire) - An air strike hit a detention centre for "
                      "migrants in Tajoura, east of the capital, late on Tuesday (July 2), killing at least "
                      "44 people, the UN-backed government said, blaming Haftar's forces.")},
            {"id": "tj-2", "published": "2019-07-05", "source": "Hague Observer",
             "text": ("GENEVA - The air raid on the Tajoura migrant detention centre, carried out on the "
                      "night of June 28, may amount to a war crime, the UN human rights office said on "
                      "Friday.")},
            {"id": "tj-3", "published": "2019-07-05", "source": "Maghreb Daily",
             "text": ("ALGIERS - Protesters marched through the capital on Friday for the twentieth week in "
                      "a row.")},
        ],
        "must_name": ["tj-1", "tj-2"], "bystander": ["tj-3"], "codes": [],
        "note": "2 July vs 28 June for the one strike on the Tajoura detention centre",
    },
    "p5-inc-avdiivka-weeks": {
        "docs": [
            {"id": "aw-1", "published": "2023-10-11", "source": "Steppe Observer",
             "text": ("KYIV - Russian troops opened a large assault on the town of Avdiivka on Tuesday "
                      "(Oct. 10), backed by tanks and heavy artillery, Ukrainian officials said.")},
            {"id": "aw-2", "published": "2023-11-30", "source": "Kyiv Analyst",
             "text": ("Avdiivka's defenders, three weeks into the Russian assault on the town, are still "
                      "holding the coke plant, the local military administration said on Thursday.")},
            {"id": "aw-3", "published": "2023-11-30", "source": "Kyiv Analyst",
             "text": "DUBAI - The COP28 climate summit opened on Thursday."},
        ],
        "must_name": ["aw-1", "aw-2"], "bystander": ["aw-3"], "codes": [],
        "note": "begun 10 October, the assault is seven weeks old on 30 November, not three",
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
    assert [wd(s) for s in ("2015-09-27", "2015-09-28", "2015-09-29", "2015-10-01", "2015-10-02")] == [
        "Sunday", "Monday", "Tuesday", "Thursday", "Friday"]
    assert [wd(s) for s in ("2015-10-03", "2015-10-06", "2016-04-29")] == ["Saturday", "Tuesday", "Friday"]
    assert [wd(s) for s in ("2018-02-21", "2018-02-24", "2018-02-25", "2018-02-27", "2018-03-10")] == [
        "Wednesday", "Saturday", "Sunday", "Tuesday", "Saturday"]
    assert [wd(s) for s in ("2018-03-11", "2018-04-06", "2018-04-07", "2018-04-08", "2019-03-01")] == [
        "Sunday", "Friday", "Saturday", "Sunday", "Friday"]
    assert [wd(s) for s in ("2019-04-04", "2019-04-05", "2019-04-06", "2019-04-07", "2019-04-08")] == [
        "Thursday", "Friday", "Saturday", "Sunday", "Monday"]
    assert [wd(s) for s in ("2019-04-17", "2019-06-25", "2019-06-26", "2020-06-04")] == [
        "Wednesday", "Tuesday", "Wednesday", "Thursday"]
    assert [wd(s) for s in ("2023-10-10", "2023-11-09", "2024-02-08", "2024-02-16", "2024-02-17")] == [
        "Tuesday", "Thursday", "Thursday", "Friday", "Saturday"]
    assert wd("2024-05-05") == "Sunday"
    # ISO weeks of "this week" / "last week" / "next week" / "the weekend"
    assert week("2015-10-03") == 40 == week("2015-09-28") and week("2015-10-07") == 41
    assert week("2018-02-28") + 1 == 10
    assert week("2019-04-06") == week("2019-04-07") == 14 == week("2019-04-08") - 1
    assert week("2019-07-02") == 27 == week("2019-07-10") - 1
    assert week("2023-11-10") == 45
    assert week("2024-02-17") == 7 == week("2024-02-20") - 1
    # Kunduz from 28 Sept 2015
    assert days("2015-09-28", "2015-09-29") == 1                            # "a day after"
    assert days("2015-09-28", "2015-10-01") == 3                            # "three days into a battle"
    assert days("2015-10-03", "2015-10-07") == 4                            # "in four days"
    assert 6.5 * 30.5 < days("2015-10-03", "2016-04-29") < 7 * 30.5        # "nearly seven months after"
    assert days("2015-09-19", "2015-09-27") + 1 == 9                        # pope's nine-day tour
    # Ghouta from 18 Feb 2018 (never stated)
    assert days("2018-02-18", "2018-02-21") + 1 == 4                        # "a fourth straight day"
    assert days("2018-02-18", "2018-02-25") == 7                            # "A week into the bombardment"
    assert days("2018-02-18", "2018-02-28") == 10                           # "for ten days"
    assert 21 <= days("2018-02-18", "2018-03-12") <= 27                     # "now in its fourth week"
    assert 49 <= days("2018-02-18", "2018-04-09") <= 55                     # "entered its eighth week"
    assert days("2018-04-07", "2018-04-14") == 7                            # strikes "a week after"
    assert days("2018-02-22", "2018-02-24") + 1 == 3                        # "three days of haggling"
    # Tripoli from 4 April 2019
    assert days("2019-04-04", "2019-04-18") == 14                           # "Two weeks into"
    assert 84 <= days("2019-04-04", "2019-06-27") <= 90                     # "now in its 13th week"
    assert 3 * 30.5 <= days("2019-04-04", "2019-07-10") < 4 * 30.5          # "now in its fourth month"
    assert dt.date(2019, 4, 4).replace(year=2020, month=6) == dt.date(2020, 6, 4)  # "14 months after"
    # Avdiivka from 10 Oct 2023
    assert days("2023-10-10", "2023-11-10") == 31                           # "entered its second month"
    assert 4 * 30.5 <= days("2023-10-10", "2024-02-09") < 5 * 30.5          # "in its fifth month"
    assert days("2023-10-10", "2024-02-17") > 4 * 30.5                      # "more than four months"
    assert days("2024-02-17", "2024-05-05") < 3 * 30.5                      # "less than three months"
    # inconsistent variants: the inconsistency is real
    assert wd("2019-07-02") == "Tuesday" and days("2019-06-28", "2019-07-02") == 4
    assert days("2019-02-22", "2019-07-05") == 19 * 7 and wd("2019-07-05") == "Friday"  # 20th Friday
    assert wd("2023-10-10") == "Tuesday" and wd("2023-11-30") == "Thursday"
    assert days("2023-10-10", "2023-11-30") == 51 > 4 * 7                   # not "three weeks into"






def main() -> None:
    check_facts()
    corpus.write_batch("p5-timeml", SETS, INCONSISTENT)


if __name__ == "__main__":
    main()
