"""UNSEEN held-out sets (session 14): written by QA for the final honest measurement.

DEVELOPERS: do not read this file or ``data/u13-*``, and do not run ``_measure.py --unseen13``; the
sets exist to measure the engine on news nobody tuned it on.  Numbers are reported to the lead only.

Two sets, every sentence our own (facts from the public record):
- ``u13-iraq``: the invasion of Iraq, March-April 2003 (the first strikes on Baghdad before dawn on 20
  March, Wednesday night 19 March in Washington; the heavy "shock and awe" bombing on the night of 21
  March; the ambush of an Army maintenance convoy at Nasiriyah on 23 March; Private Jessica Lynch rescued
  from a Nasiriyah hospital on the night of 1 April; Saddam International Airport taken on 3-4 April;
  British forces enter Basra on 6 April and hold it on 7 April; the statue in Firdos Square pulled down on
  9 April; US Marines take Tikrit on 13-14 April);
- ``u13-deepwater``: the Deepwater Horizon oil spill, April-September 2010 (the rig explodes on the night
  of 20 April; it sinks on 22 April; the leak declared a spill of national significance on 29 April; the
  containment dome lowered on 7 May and clogged on 8 May; the "top kill" tried from 26 May and abandoned
  on 29 May; BP agrees to a $20 billion fund on 16 June; the new cap stops the flow on 15 July; the
  "static kill" on 3-4 August);
plus inconsistent variants (``u13-inc-iraq-weekday``, ``u13-inc-deepwater-weeks``,
``u13-inc-iraq-disagree``).

``python tests/timeline/heldout/u13-corpus.py`` writes ``data/u13-*.jsonl``, ``data/u13-*.gold.json``,
``data/u13-*.expected.json`` and ``data/u13-timeml/*.tml``, in the formats of ``corpus.py`` (same
annotation tuples, same gold writer), after checking every weekday, every ISO week, every "the past
N days/weeks" interval and every document's length against the calendar and the brief.
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
IRAQ: list[dict[str, Any]] = [
    {
        "id": "iq-01", "published": "2003-03-20", "source": "Gulf Wire",
        "text": (
            "KUWAIT CITY, March 20 (Gulf Wire) - American warplanes and cruise missiles struck targets in "
            "Baghdad shortly after 5:30 a.m. on Thursday, opening a war to topple Saddam Hussein about 90 "
            "minutes after the deadline for the Iraqi leader to go into exile had run out. In Washington, "
            "where it was still Wednesday night, President George W. Bush told Americans on television that "
            "the first strikes of a broad campaign were under way. U.S. officials said the "
            "opening salvo was aimed at a compound in the south of the capital where Saddam and his sons "
            "were thought to be sleeping. Soon afterwards Iraqi television showed Saddam, in uniform and glasses, denouncing "
            "the attack. Bush had given him 48 hours to leave on Monday. Tens of "
            "thousands of American and British troops are massed on the Kuwaiti border."
        ),
        "gold": [
            a("March 20", "DATE", "2003-03-20"),
            a("5:30 a.m.", "TIME", "2003-03-20T05:30"),
            a("Thursday", "DATE", "2003-03-20"),
            a("about 90 minutes", "DURATION", "PT90M", mod="APPROX",
              notes="event-relative: about 90 minutes after the deadline"),
            a("Wednesday night", "TIME", "2003-03-19TNI", notes="Washington time"),
            a("48 hours", "DURATION", "PT48H"),
            a("Monday", "DATE", "2003-03-17"),
        ],
        "not": ["Tens of thousands"],
    },
    {
        "id": "iq-02", "published": "2003-03-22", "source": "Tigris Ledger",
        "text": (
            "WASHINGTON (Tigris Ledger) - Waves of cruise missiles and bombs slammed into ministries and "
            "palaces in Baghdad on Friday night, the start of the massive air assault the Pentagon had "
            "promised would shock and awe Iraq's leaders. Huge fireballs rose over the west bank of the "
            "Tigris, where Saddam Hussein's main presidential compound stands. Defense Secretary Donald Rumsfeld said the strikes "
            "were aimed at the regime, not at the Iraqi people. On the ground, American and British troops, "
            "who crossed the border from Kuwait on Thursday, pushed deep into the south, and Marines seized "
            "oil fields near Basra. The heavy bombing came a day "
            "after the war opened with a strike on a compound where Saddam was believed to be hiding. Iraqi "
            "officials said today that scores of civilians had been hurt in the raids."
        ),
        "gold": [
            a("Friday night", "TIME", "2003-03-21TNI"),
            a("Thursday", "DATE", "2003-03-20"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the war opened"),
            a("today", "DATE", "2003-03-22"),
        ],
        "not": ["scores of civilians"],
    },
    {
        "id": "iq-03", "published": "2003-03-24", "source": "Atlantic Courier",
        "text": (
            "DOHA, Qatar, March 24 (Atlantic Courier) - U.S. commanders said on Monday that a convoy of an "
            "Army maintenance company had been ambushed near the southern city of Nasiriyah on Sunday after "
            "taking a wrong turn, in the bloodiest day yet for American forces in Iraq. Several soldiers were "
            "killed and others captured, and Iraqi television broadcast pictures of five frightened "
            "prisoners being questioned and of bodies lying on a floor. In the same city, Marines fighting to "
            "seize bridges over the Euphrates suffered heavy losses yesterday. President Bush warned that "
            "anyone who mistreated prisoners would be punished as a war criminal. Four days into the war, "
            "columns of the 3rd Infantry Division have raced more than halfway to Baghdad. The bombing of the "
            "capital, which reached its heaviest on Friday night, went on through the weekend."
        ),
        "gold": [
            a("March 24", "DATE", "2003-03-24"),
            a("Monday", "DATE", "2003-03-24"),
            a("Sunday", "DATE", "2003-03-23"),
            a("yesterday", "DATE", "2003-03-23"),
            a("Four days", "DURATION", "P4D", notes="event-relative: four days into the war"),
            a("Friday night", "TIME", "2003-03-21TNI"),
            a("the weekend", "DATE", "2003-W12-WE"),
        ],
        "not": ["five frightened prisoners", "3rd Infantry Division"],
    },
    {
        "id": "iq-04", "published": "2003-04-02", "source": "Capital Dispatch",
        "text": (
            "American special forces snatched Private First Class Jessica Lynch, a young supply clerk from "
            "West Virginia, from a hospital in Nasiriyah late on Tuesday, military spokesmen at Central "
            "Command said today. Lynch, who was taken prisoner when her maintenance convoy was ambushed near "
            "the city on March 23, was flown out by helicopter and is said to be in stable condition. Her "
            "capture ten days ago, while five of her comrades were paraded on Iraqi television, had come to "
            "stand for the early setbacks of the campaign. The commandos, backed by Marines who staged a "
            "diversion nearby, stormed the building in the dark after an Iraqi lawyer had told the Americans "
            "where she was being held. Farther north, the Army's 3rd Infantry Division pushed through the "
            "Karbala gap today and now stands within about 60 miles of Baghdad."
        ),
        "gold": [
            a("Tuesday", "DATE", "2003-04-01"),
            a("today", "DATE", "2003-04-02"),
            a("March 23", "DATE", "2003-03-23"),
            a("ten days ago", "DATE", "2003-03-23"),
            a("today", "DATE", "2003-04-02"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
        ],
        "not": ["five of her comrades", "3rd Infantry Division", "about 60 miles"],
    },
    {
        "id": "iq-05", "published": "2003-04-04", "source": "Gulf Wire",
        "text": (
            "CAMP AS SAYLIYAH, Qatar, April 4 (Gulf Wire) - American troops captured Saddam International "
            "Airport on the western edge of Baghdad after fighting through the night, and the coalition "
            "renamed it Baghdad International Airport on Friday, Brigadier General Vincent Brooks told "
            "reporters. Soldiers of the 3rd Infantry Division reached the airfield late on Thursday and by "
            "this morning had cleared the runways and the terminal of Iraqi defenders, he said. Fifteen days "
            "into the war, U.S. armour is now on the city's doorstep, about 12 miles from its centre. "
            "Commanders were still celebrating Tuesday's night raid on a hospital in Nasiriyah, in which "
            "commandos freed Private Jessica Lynch, the soldier captured in an ambush in March. Iraq's "
            "information minister, Mohammed Saeed al-Sahhaf, insisted at a news conference that the Americans "
            "had been driven off the airport."
        ),
        "gold": [
            a("April 4", "DATE", "2003-04-04"),
            a("the night", "TIME", "2003-04-03TNI"),
            a("Friday", "DATE", "2003-04-04"),
            a("Thursday", "DATE", "2003-04-03"),
            a("this morning", "TIME", "2003-04-04TMO"),
            a("Fifteen days", "DURATION", "P15D", notes="event-relative: fifteen days into the war"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("Tuesday", "DATE", "2003-04-01"),
            a("March", "DATE", "2003-03"),
        ],
        "not": ["3rd Infantry Division", "about 12 miles"],
    },
    {
        "id": "iq-06", "published": "2003-04-07", "source": "Tigris Ledger",
        "text": (
            "BASRA, Iraq (Tigris Ledger) - British tanks and infantry pushed into the heart of Basra on Sunday "
            "and by this morning controlled most of Iraq's second city, ending a two-week standoff on its "
            "outskirts. Troops of the 7th Armoured Brigade, the Desert Rats, met only scattered resistance, "
            "and crowds of residents came out to cheer them and to loot government offices. A British "
            "commander said the regime's grip on the city had been broken. To the north, American "
            "armoured columns drove through southern Baghdad on Saturday in a show of force and returned to "
            "the airport they had seized three days ago. A second raid into the capital was under "
            "way today, with tanks reported in the grounds of one of Saddam's palaces. British ministers said "
            "Basra would be handed over to Iraqis once it was safe."
        ),
        "gold": [
            a("Sunday", "DATE", "2003-04-06"),
            a("this morning", "TIME", "2003-04-07TMO"),
            a("two-week", "DURATION", "P2W"),
            a("Saturday", "DATE", "2003-04-05"),
            a("three days ago", "DATE", "2003-04-04"),
            a("today", "DATE", "2003-04-07"),
        ],
        "not": ["7th Armoured Brigade"],
    },
    {
        "id": "iq-07", "published": "2003-04-10", "source": "Atlantic Courier",
        "text": (
            "BAGHDAD, Thursday 10 April 2003 (Atlantic Courier) - A giant statue of Saddam Hussein in Firdos "
            "Square was pulled down yesterday by a U.S. Marine armoured vehicle as a crowd of Iraqis cheered, "
            "beat it with their shoes and dragged its head through the streets. The scene, broadcast live "
            "around the world, marked the collapse of the regime's hold on the capital 20 days after the first "
            "missiles fell. Marines had rolled into eastern Baghdad during the morning, meeting little "
            "resistance, and looters stripped ministries into the night. Saddam's whereabouts are unknown. "
            "British forces completed their capture of Basra earlier this week after entering the city on "
            "Sunday, and in the north Kurdish fighters closed in on Kirkuk. Pentagon officials cautioned "
            "today that the fighting was not over, with the dictator's home town of Tikrit still in enemy "
            "hands."
        ),
        "gold": [
            a("Thursday 10 April 2003", "DATE", "2003-04-10"),
            a("yesterday", "DATE", "2003-04-09"),
            a("20 days", "DURATION", "P20D", notes="event-relative: 20 days after the first missiles"),
            a("the morning", "TIME", "2003-04-09TMO"),
            a("the night", "TIME", "2003-04-09TNI"),
            a("earlier this week", "DATE", "2003-W15"),
            a("Sunday", "DATE", "2003-04-06"),
            a("today", "DATE", "2003-04-10"),
        ],
        "not": [],
    },
    {
        "id": "iq-08", "published": "2003-04-15", "source": "Capital Dispatch",
        "text": (
            "WASHINGTON (Capital Dispatch) - U.S. Marines took control of Tikrit, Saddam Hussein's home town "
            "and the last big city outside coalition hands, on Monday after its defenders melted away, and the "
            "Pentagon said the major combat phase of the war was over. Major General Stanley McChrystal told "
            "reporters that the heaviest fighting was now behind the coalition. The Marines of Task Force "
            "Tripoli had reached the edge of the town on Sunday, the same day that seven American prisoners of "
            "war, among them five soldiers captured in the Nasiriyah ambush, were found alive near Samarra. "
            "Baghdad, where crowds helped by Marines tore down the statue of Saddam in Firdos Square six days "
            "ago, has been plagued by looting since last week. In the past 26 days, officials said, coalition "
            "aircraft have flown thousands of sorties."
        ),
        "gold": [
            a("Monday", "DATE", "2003-04-14"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("Sunday", "DATE", "2003-04-13"),
            a("six days ago", "DATE", "2003-04-09"),
            a("last week", "DATE", "2003-W15"),
            a("the past 26 days", "DURATION", "P26D", interval=iv("2003-03-20", "2003-04-15")),
        ],
        "not": ["seven American prisoners", "five soldiers", "thousands of sorties"],
    },
    {
        "id": "iq-09", "published": "2003-05-02", "source": "Gulf Wire",
        "text": (
            "ABOARD THE USS ABRAHAM LINCOLN (Gulf Wire) - President George W. Bush, who landed on the deck of "
            "the aircraft carrier in a navy jet, declared last night that major combat operations in Iraq had "
            "ended, six weeks after the first missiles struck Baghdad on March 20. Standing beneath a banner "
            "reading 'Mission Accomplished', he told the crew, back from a deployment of nearly ten months, "
            "that the coalition had prevailed but that hard work remained. The fall of Baghdad, sealed when "
            "Saddam's statue was toppled on April 9, was followed five days later by the capture of Tikrit, "
            "the last stronghold of the old regime. Since the fall of "
            "the capital, U.S. troops have come under fire again and again, and Pentagon planners now expect "
            "to keep well over 100,000 soldiers in Iraq for months.\nViews: 1,964"
        ),
        "gold": [
            a("last night", "TIME", "2003-05-01TNI"),
            a("six weeks", "DURATION", "P6W", notes="event-relative: six weeks after the first strikes"),
            a("March 20", "DATE", "2003-03-20"),
            a("nearly ten months", "DURATION", "P10M", mod="LESS_THAN"),
            a("April 9", "DATE", "2003-04-09"),
            a("five days", "DURATION", "P5D", notes="event-relative: five days after the fall of Baghdad"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("months", "DURATION", "PXM", optional_value=True),
        ],
        "not": ["well over 100,000", "1,964"],
    },
]

IRAQ_EVENTS: list[dict[str, Any]] = [
    {"name": "the war opens with strikes on Baghdad",
     "keywords": ["strike", "struck", "missile", "war", "opened", "opening", "salvo"],
     "docs": ["iq-01", "iq-02", "iq-09"], "start": ["2003-03-19", "2003-03-20"]},
    {"name": "heavy air assault on Baghdad ('shock and awe')",
     "keywords": ["bombing", "air assault", "shock", "slammed", "heaviest", "palaces"],
     "docs": ["iq-02", "iq-03"], "start": ["2003-03-21", "2003-03-21"]},
    {"name": "Army maintenance convoy ambushed at Nasiriyah",
     "keywords": ["ambush", "convoy", "captured", "nasiriyah", "prisoner"],
     "docs": ["iq-03", "iq-04"], "start": ["2003-03-23", "2003-03-23"]},
    {"name": "Jessica Lynch rescued from a Nasiriyah hospital",
     "keywords": ["snatched", "freed", "rescue", "raid", "lynch", "hospital"],
     "docs": ["iq-04", "iq-05"], "start": ["2003-04-01", "2003-04-02"]},
    {"name": "Saddam International Airport captured",
     "keywords": ["airport", "captured", "seized", "airfield", "renamed"],
     "docs": ["iq-05", "iq-06"], "start": ["2003-04-03", "2003-04-04"]},
    {"name": "British forces take Basra",
     "keywords": ["basra", "pushed", "entering", "capture", "controlled", "british"],
     "docs": ["iq-06", "iq-07"], "start": ["2003-04-06", "2003-04-07"]},
    {"name": "Saddam's statue pulled down in Firdos Square",
     "keywords": ["statue", "pulled down", "tore down", "toppled", "firdos"],
     "docs": ["iq-07", "iq-08", "iq-09"], "start": ["2003-04-09", "2003-04-09"]},
    {"name": "US Marines take Tikrit",
     "keywords": ["tikrit", "took control", "capture", "marines"],
     "docs": ["iq-08", "iq-09"], "start": ["2003-04-13", "2003-04-14"]},
]

# ---------------------------------------------------------------------------------------------------
DEEPWATER: list[dict[str, Any]] = [
    {
        "id": "dh-01", "published": "2010-04-21", "source": "Gulf Coast Wire",
        "text": (
            "NEW ORLEANS, April 21 (Gulf Coast Wire) - Eleven workers were missing and a giant offshore "
            "drilling rig was still burning out of control in the Gulf of Mexico on Wednesday after an "
            "explosion tore through it late last night, the U.S. Coast Guard said. The blast on the Deepwater "
            "Horizon, a floating rig owned by Transocean and drilling a well for BP about 40 miles off the "
            "Louisiana coast, happened shortly before 10 p.m. on Tuesday. Most of the 126 people on board "
            "scrambled into lifeboats or leapt into the sea. Coast Guard cutters, helicopters and planes "
            "searched through the night for the missing men. A Coast Guard officer said this afternoon that "
            "it was too early to say whether oil was escaping from the well, which lies under some 5,000 "
            "feet of water."
        ),
        "gold": [
            a("April 21", "DATE", "2010-04-21"),
            a("Wednesday", "DATE", "2010-04-21"),
            a("last night", "TIME", "2010-04-20TNI"),
            a("10 p.m.", "TIME", "2010-04-20T22:00"),
            a("Tuesday", "DATE", "2010-04-20"),
            a("the night", "TIME", "2010-04-20TNI"),
            a("this afternoon", "TIME", "2010-04-21TAF"),
        ],
        "not": ["Eleven workers", "about 40 miles", "126 people", "some 5,000 feet"],
    },
    {
        "id": "dh-02", "published": "2010-04-23", "source": "Bayou Ledger",
        "text": (
            "HOUSTON (Bayou Ledger) - The Deepwater Horizon drilling rig, which had burned for some 36 hours "
            "after Tuesday night's explosion, sank into the Gulf of Mexico on Thursday morning, leaving a "
            "slick of crude several miles long on the surface. The Coast Guard said it would call off the "
            "search for the 11 missing workers this evening, after crews had combed thousands of square miles "
            "of sea in the past three days without finding them. Their families have been told that the men "
            "were most likely killed in the blast. BP, which leased the rig from Transocean, said it was "
            "sending remote-controlled submarines to try to shut off the well on the sea floor, a mile down. "
            "Officials stressed today that they had seen no sign yet of oil leaking from the well itself, "
            "but warned that this could change."
        ),
        "gold": [
            a("some 36 hours", "DURATION", "PT36H", mod="APPROX"),
            a("Tuesday night", "TIME", "2010-04-20TNI"),
            a("Thursday morning", "TIME", "2010-04-22TMO"),
            a("this evening", "TIME", "2010-04-23TEV"),
            a("the past three days", "DURATION", "P3D", interval=iv("2010-04-20", "2010-04-23")),
            a("today", "DATE", "2010-04-23"),
        ],
        "not": ["several miles", "11 missing workers", "thousands of square miles", "a mile down"],
    },
    {
        "id": "dh-03", "published": "2010-04-30", "source": "Delta Courier",
        "text": (
            "VENICE, Louisiana, April 30 (Delta Courier) - The first oil from the ruptured BP well washed into "
            "the marshes at the mouth of the Mississippi on Friday, as fishermen rushed to lay floating boom "
            "and Louisiana's governor, Bobby Jindal, asked for federal help after declaring a state of "
            "emergency yesterday. The Obama administration, which declared the leak a spill of national "
            "significance on Thursday, ordered that no new offshore wells be drilled until the cause of the "
            "disaster is known. Government scientists raised their estimate of the flow on Wednesday night to "
            "about 5,000 barrels a day. The Deepwater Horizon, owned by "
            "Transocean, exploded on April 20 and sank eight days ago, and the leaks from its broken riser pipe "
            "were found on the sea floor last weekend. President Barack Obama is to visit the coast on Sunday."
        ),
        "gold": [
            a("April 30", "DATE", "2010-04-30"),
            a("Friday", "DATE", "2010-04-30"),
            a("yesterday", "DATE", "2010-04-29"),
            a("Thursday", "DATE", "2010-04-29"),
            a("Wednesday night", "TIME", "2010-04-28TNI"),
            a("April 20", "DATE", "2010-04-20"),
            a("eight days ago", "DATE", "2010-04-22"),
            a("last weekend", "DATE", "2010-W16-WE"),
            a("Sunday", "DATE", "2010-05-02", notes="future: the coming Sunday"),
        ],
        "not": ["about 5,000 barrels"],
    },
    {
        "id": "dh-04", "published": "2010-05-09", "source": "Gulf Coast Wire",
        "text": (
            "PORT FOURCHON, Louisiana (Gulf Coast Wire) - BP's first attempt to capture the oil gushing from "
            "its broken well a mile under the Gulf of Mexico ran into trouble on Saturday, when icy crystals "
            "clogged the four-storey steel box lowered over the main leak. The containment dome, which reached "
            "the sea floor late on Friday, was lifted aside while engineers weigh their next move, BP's chief "
            "operating officer, Doug Suttles, told reporters. The company is now looking at a smaller dome and "
            "at shooting shredded tyres and golf balls into the well's failed blowout preventer. Nearly three "
            "weeks into the spill, the oil has spread over thousands of square miles and reached barrier "
            "islands off Louisiana. The federal government, which declared a spill of national significance "
            "ten days ago, has said repeatedly that BP will pay for the clean-up."
        ),
        "gold": [
            a("Saturday", "DATE", "2010-05-08"),
            a("Friday", "DATE", "2010-05-07"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("Nearly three weeks", "DURATION", "P3W", mod="LESS_THAN",
              notes="event-relative: nearly three weeks into the spill"),
            a("ten days ago", "DATE", "2010-04-29"),
        ],
        "not": ["a mile under", "four-storey", "thousands of square miles"],
    },
    {
        "id": "dh-05", "published": "2010-05-30", "source": "Bayou Ledger",
        "text": (
            "HOUSTON, May 30 (Bayou Ledger) - BP conceded on Saturday that its 'top kill' had failed to plug "
            "its runaway well, three days after engineers began pumping heavy drilling mud into it from ships "
            "on the surface. The company's managing director, Bob Dudley, said the mud could not overcome the "
            "force of the oil and gas rushing out of the reservoir, and that BP would now try to saw off the "
            "broken riser and fit a cap over the well. President Barack Obama, who walked the beaches of "
            "Louisiana on Friday, called the failure infuriating as well as heartbreaking. The top kill, "
            "launched on Wednesday, was the company's boldest attempt since a containment dome became clogged "
            "with ice-like crystals three weeks ago. Scientists now believe that more oil has leaked than in "
            "any earlier spill in U.S. waters."
        ),
        "gold": [
            a("May 30", "DATE", "2010-05-30"),
            a("Saturday", "DATE", "2010-05-29"),
            a("three days", "DURATION", "P3D", notes="event-relative: three days after the pumping began"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("Friday", "DATE", "2010-05-28"),
            a("Wednesday", "DATE", "2010-05-26"),
            a("three weeks ago", "DATE", "2010-W18"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
        ],
        "not": [],
    },
    {
        "id": "dh-06", "published": "2010-06-17", "source": "Delta Courier",
        "text": (
            "WASHINGTON, Thursday 17 June 2010 (Delta Courier) - BP's chief executive, Tony Hayward, faced "
            "hours of hostile questioning from a House committee today, a day after his company bowed to "
            "pressure from the White House and agreed to put $20 billion into a fund for the victims of the oil "
            "spill. The deal was struck on Wednesday at a four-hour meeting between President Barack Obama and "
            "BP's chairman, Carl-Henric Svanberg, who later apologised for saying that the company cared about "
            "'the small people'. BP also agreed to stop paying dividends to its shareholders. Hayward told "
            "lawmakers he was deeply sorry but said it was too early to know what had gone wrong on the rig. "
            "The oil is still flowing nearly two months after the April 20 blast, and the top kill was "
            "abandoned on May 29."
        ),
        "gold": [
            a("Thursday 17 June 2010", "DATE", "2010-06-17"),
            a("hours", "DURATION", "PTXH", optional_value=True),
            a("today", "DATE", "2010-06-17"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after BP agreed to the fund"),
            a("Wednesday", "DATE", "2010-06-16"),
            a("four-hour", "DURATION", "PT4H"),
            a("nearly two months", "DURATION", "P2M", mod="LESS_THAN",
              notes="event-relative: nearly two months after the blast"),
            a("April 20", "DATE", "2010-04-20"),
            a("May 29", "DATE", "2010-05-29"),
        ],
        "not": ["$20 billion"],
    },
    {
        "id": "dh-07", "published": "2010-07-16", "source": "Gulf Coast Wire",
        "text": (
            "NEW ORLEANS (Gulf Coast Wire) - For the first time since the Deepwater Horizon blew up on April "
            "20, no oil is flowing into the Gulf of Mexico, after BP closed the valves of a new, tight-fitting "
            "cap on its ruptured well on Thursday afternoon. The flow stopped at 2:25 p.m., BP's senior "
            "vice-president Kent Wells said, and the stack will be watched for up to 48 hours to make sure the "
            "well is not leaking elsewhere. The 75-ton cap was lowered into place on Monday, two days "
            "after the old, leaky cap had been removed. A month after BP promised to pay $20 billion into a "
            "compensation fund, fishermen along the coast remain idle, and the relief wells meant to kill the "
            "well for good are still weeks from completion."
        ),
        "gold": [
            a("April 20", "DATE", "2010-04-20"),
            a("Thursday afternoon", "TIME", "2010-07-15TAF"),
            a("2:25 p.m.", "TIME", "2010-07-15T14:25"),
            a("up to 48 hours", "DURATION", "PT48H", mod="EQUAL_OR_LESS"),
            a("Monday", "DATE", "2010-07-12"),
            a("two days", "DURATION", "P2D", notes="event-relative: two days after the old cap was removed"),
            a("A month", "DURATION", "P1M", notes="event-relative: a month after BP agreed to the fund"),
            a("weeks", "DURATION", "PXW"),
        ],
        "not": ["75-ton", "$20 billion"],
    },
    {
        "id": "dh-08", "published": "2010-08-05", "source": "Bayou Ledger",
        "text": (
            "HOUSTON, Aug. 5 (Bayou Ledger) - BP said its 'static kill' had worked, after engineers pumped heavy "
            "drilling mud into the top of the blown-out well for about eight hours on Tuesday and pressure "
            "readings showed that the oil had been pushed back into the reservoir. The company announced "
            "the result early on Wednesday, and President Barack Obama said the long battle to stop the leak "
            "was nearly over. Engineers began pumping cement on top of the mud today. A relief well "
            "due to intersect the well later this month will seal it from the bottom. The cap that stopped the "
            "flow three weeks ago remains in place. A government report released this week estimated that "
            "some 4.9 million barrels of oil escaped in the 87 days before the well was capped, the largest "
            "accidental spill at sea."
        ),
        "gold": [
            a("Aug. 5", "DATE", "2010-08-05"),
            a("about eight hours", "DURATION", "PT8H", mod="APPROX"),
            a("Tuesday", "DATE", "2010-08-03"),
            a("Wednesday", "DATE", "2010-08-04"),
            a("today", "DATE", "2010-08-05"),
            a("later this month", "DATE", "2010-08"),
            a("three weeks ago", "DATE", "2010-W28"),
            a("this week", "DATE", "2010-W31"),
            a("87 days", "DURATION", "P87D", notes="event-relative: 20 April to 15 July, both counted"),
        ],
        "not": ["some 4.9 million barrels"],
    },
    {
        "id": "dh-09", "published": "2010-09-20", "source": "Delta Courier",
        "text": (
            "NEW ORLEANS, Sept. 20 (Delta Courier) - The BP well that poured oil into the Gulf of Mexico for "
            "nearly three months is 'effectively dead', the government's spill chief, retired Coast Guard "
            "Admiral Thad Allen, declared on Sunday, five months after the Deepwater Horizon explosion killed "
            "11 men. A pressure test showed that cement pumped down a relief well, which had intersected the "
            "bottom of the blown-out well on Thursday, had sealed it for good. The well has not leaked since "
            "July 15, when a tight-fitting cap shut in the flow, and it was largely plugged from the top by "
            "the static kill early last month. Clean-up "
            "crews are still working the beaches, and a presidential commission is looking into what went "
            "wrong on the night of April 20.\nViews: 2,530"
        ),
        "gold": [
            a("Sept. 20", "DATE", "2010-09-20"),
            a("nearly three months", "DURATION", "P3M", mod="LESS_THAN"),
            a("Sunday", "DATE", "2010-09-19"),
            a("five months", "DURATION", "P5M", notes="event-relative: five months after the explosion"),
            a("Thursday", "DATE", "2010-09-16"),
            a("July 15", "DATE", "2010-07-15"),
            a("early last month", "DATE", "2010-08", mod="START"),
            a("the night of April 20", "TIME", "2010-04-20TNI"),
        ],
        "not": ["11 men", "2,530"],
    },
]

DEEPWATER_EVENTS: list[dict[str, Any]] = [
    {"name": "the Deepwater Horizon rig explodes",
     "keywords": ["explosion", "exploded", "blast", "blew", "burning", "tore"],
     "docs": ["dh-01", "dh-02", "dh-03"], "start": ["2010-04-20", "2010-04-20"]},
    {"name": "the burning rig sinks",
     "keywords": ["sank", "sink", "sunk"],
     "docs": ["dh-02", "dh-03"], "start": ["2010-04-22", "2010-04-22"]},
    {"name": "the leak declared a spill of national significance",
     "keywords": ["national significance", "declared", "declaring"],
     "docs": ["dh-03", "dh-04"], "start": ["2010-04-29", "2010-04-29"]},
    {"name": "containment dome lowered and clogged by crystals",
     "keywords": ["dome", "containment", "crystals", "clogged", "box"],
     "docs": ["dh-04", "dh-05"], "start": ["2010-05-07", "2010-05-08"]},
    {"name": "the 'top kill' tried and abandoned",
     "keywords": ["top kill", "mud", "failed", "abandoned", "pumping"],
     "docs": ["dh-05", "dh-06"], "start": ["2010-05-26", "2010-05-29"]},
    {"name": "BP agrees to a $20 billion fund",
     "keywords": ["fund", "billion", "agreed", "promised", "deal", "compensation"],
     "docs": ["dh-06", "dh-07"], "start": ["2010-06-16", "2010-06-16"]},
    {"name": "the new cap stops the flow",
     "keywords": ["cap", "valves", "flow", "stopped", "closed"],
     "docs": ["dh-07", "dh-08"], "start": ["2010-07-15", "2010-07-15"]},
    {"name": "the 'static kill' plugs the well from the top",
     "keywords": ["static kill", "mud", "pumped", "worked", "plugged"],
     "docs": ["dh-08", "dh-09"], "start": ["2010-08-03", "2010-08-04"]},
]

SETS = {"u13-iraq": (IRAQ, IRAQ_EVENTS), "u13-deepwater": (DEEPWATER, DEEPWATER_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u13-inc-iraq-weekday": {
        "docs": [
            {"id": "xw-1", "published": "2003-04-10", "source": "Atlantic Courier",
             "text": ("BAGHDAD - Iraqis helped by U.S. Marines pulled down the statue of Saddam Hussein in Firdos "
                      "Square on Tuesday (April 9), marking the end of the regime's hold on the capital, "
                      "witnesses said.")},
            {"id": "xw-2", "published": "2003-04-10", "source": "Tigris Ledger",
             "text": "GLASGOW - Heavy rain flooded several streets in the city centre on Wednesday, the council said."},
        ],
        "must_name": ["xw-1"], "bystander": ["xw-2"], "codes": ["weekday-mismatch"],
        "note": "April 9, 2003 was a Wednesday",
    },
    "u13-inc-deepwater-weeks": {
        "docs": [
            {"id": "ww-1", "published": "2010-04-21", "source": "Gulf Coast Wire",
             "text": ("NEW ORLEANS, April 21 (Gulf Coast Wire) - Eleven workers were missing on Wednesday after an "
                      "explosion on Tuesday (April 20) set the Deepwater Horizon drilling rig ablaze in the Gulf "
                      "of Mexico, the Coast Guard said.")},
            {"id": "ww-2", "published": "2010-05-29", "source": "Bayou Ledger",
             "text": ("HOUSTON - Nine weeks into the oil spill that began with the explosion on the Deepwater "
                      "Horizon rig, BP said on Saturday that its attempt to plug the well with heavy mud had "
                      "failed.")},
            {"id": "ww-3", "published": "2010-05-29", "source": "Bayou Ledger",
             "text": "DALLAS - A new light-rail line opened to passengers on Friday, the transit authority said."},
        ],
        "must_name": ["ww-1", "ww-2"], "bystander": ["ww-3"], "codes": [],
        "note": "begun on 20 April, the spill is 39 days old (its sixth week) on 29 May, not nine weeks",
    },
    "u13-inc-iraq-disagree": {
        "docs": [
            {"id": "xd-1", "published": "2003-04-07", "source": "Tigris Ledger",
             "text": ("BASRA, Iraq, April 7 (Tigris Ledger) - British troops entered Basra on Sunday (April 6) "
                      "and by Monday controlled most of the city, a military spokesman said.")},
            {"id": "xd-2", "published": "2003-04-15", "source": "Capital Dispatch",
             "text": ("LONDON - Since British troops entered Basra on March 30, looting has emptied many of its "
                      "public buildings, a defence ministry spokesman said on Tuesday.")},
            {"id": "xd-3", "published": "2003-04-15", "source": "Capital Dispatch",
             "text": "LEEDS - A new footbridge over the river Aire opened to walkers on Monday, the council said."},
        ],
        "must_name": ["xd-1", "xd-2"], "bystander": ["xd-3"], "codes": [],
        "note": "6 April 2003 vs 30 March 2003 for the British entry into Basra",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    def days(a: str, b: str) -> int:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2003-03-17", "2003-03-19", "2003-03-20", "2003-03-21", "2003-03-22")] == [
        "Monday", "Wednesday", "Thursday", "Friday", "Saturday"]
    assert [wd(s) for s in ("2003-03-23", "2003-03-24", "2003-04-01", "2003-04-02", "2003-04-03")] == [
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday"]
    assert [wd(s) for s in ("2003-04-04", "2003-04-05", "2003-04-06", "2003-04-07", "2003-04-09")] == [
        "Friday", "Saturday", "Sunday", "Monday", "Wednesday"]
    assert [wd(s) for s in ("2003-04-10", "2003-04-13", "2003-04-14", "2003-04-15", "2003-05-01")] == [
        "Thursday", "Sunday", "Monday", "Tuesday", "Thursday"]
    assert [wd(s) for s in ("2010-04-20", "2010-04-21", "2010-04-22", "2010-04-23", "2010-04-28")] == [
        "Tuesday", "Wednesday", "Thursday", "Friday", "Wednesday"]
    assert [wd(s) for s in ("2010-04-29", "2010-04-30", "2010-05-02", "2010-05-07", "2010-05-08")] == [
        "Thursday", "Friday", "Sunday", "Friday", "Saturday"]
    assert [wd(s) for s in ("2010-05-26", "2010-05-28", "2010-05-29", "2010-06-16", "2010-06-17")] == [
        "Wednesday", "Friday", "Saturday", "Wednesday", "Thursday"]
    assert [wd(s) for s in ("2010-07-10", "2010-07-12", "2010-07-15", "2010-08-03", "2010-08-04")] == [
        "Saturday", "Monday", "Thursday", "Tuesday", "Wednesday"]
    assert [wd(s) for s in ("2010-09-16", "2010-09-19", "2010-09-20")] == ["Thursday", "Sunday", "Monday"]
    # ISO weeks: the weekend of Mon 24 March 2003 is W12 (21-23 March); "earlier this week" from Thu 10 April
    # and "last week" from Tue 15 April are W15 (Basra held 7 April, the statue 9 April); "last weekend" from
    # Fri 30 April 2010 is W16 (leaks found Sat 24 April); "three weeks ago" from Sun 30 May is W18 (the dome,
    # 7-8 May) and from Thu 5 August W28 (the cap, 15 July); "this week" on 5 August is W31
    assert dt.date(2003, 3, 22).isocalendar()[:2] == (2003, 12) == dt.date(2003, 3, 23).isocalendar()[:2]
    assert dt.date(2003, 4, 7).isocalendar()[:2] == (2003, 15) == dt.date(2003, 4, 9).isocalendar()[:2]
    assert dt.date(2003, 4, 10).isocalendar()[:2] == (2003, 15) and dt.date(2003, 4, 15).isocalendar()[:2] == (2003, 16)
    assert dt.date(2010, 4, 24).isocalendar()[:2] == (2010, 16) == dt.date(2010, 4, 25).isocalendar()[:2]
    assert dt.date(2010, 5, 8).isocalendar()[:2] == (2010, 18) == dt.date(2010, 5, 9).isocalendar()[:2]
    assert dt.date(2010, 7, 15).isocalendar()[:2] == (2010, 28) and dt.date(2010, 8, 5).isocalendar()[:2] == (2010, 31)
    # the war: the first strikes on Thursday 20 March 2003 (Baghdad time)
    war = "2003-03-20"
    assert days("2003-03-17", "2003-03-19") == 2                        # the 48-hour ultimatum of Monday
    assert days(war, "2003-03-21") == 1                                 # the heavy bombing "a day after"
    assert days(war, "2003-03-24") == 4                                 # "four days into the war"
    assert days("2003-03-23", "2003-04-02") == 10                       # Lynch's capture "ten days ago"
    assert days(war, "2003-04-04") == 15                                # "fifteen days into the war"
    assert days("2003-03-23", "2003-04-06") == 14                       # the "two-week standoff" at Basra
    assert days("2003-04-04", "2003-04-07") == 3                        # airport "seized three days ago"
    assert days(war, "2003-04-09") == 20                                # statue "20 days after the first missiles"
    assert days("2003-04-09", "2003-04-15") == 6                        # statue "six days ago"
    assert days(war, "2003-04-15") == 26                                # "the past 26 days"
    assert days(war, "2003-05-01") == 42                                # "six weeks after the first missiles"
    assert days("2003-04-09", "2003-04-14") == 5                        # Tikrit "five days later"
    # the spill: the explosion on Tuesday night, 20 April 2010
    ex = "2010-04-20"
    assert days("2010-04-22", "2010-04-30") == 8                        # rig "sank eight days ago"
    assert days("2010-04-29", "2010-05-09") == 10                       # national significance "ten days ago"
    assert 14 < days(ex, "2010-05-09") < 21                             # "nearly three weeks into the spill"
    assert days("2010-05-26", "2010-05-29") == 3                        # top kill failed "three days after"
    assert 50 < days(ex, "2010-06-17") < 61                             # "nearly two months after the blast"
    assert days("2010-07-10", "2010-07-12") == 2                        # cap on Monday "two days after"
    assert days("2010-06-16", "2010-07-16") == 30                       # "a month after BP promised"
    assert days(ex, "2010-07-15") + 1 == 87                             # "the 87 days before the well was capped"
    assert 80 < days(ex, "2010-07-15") < 92                             # flowed "for nearly three months"
    # inconsistent variants: the inconsistency is real
    assert wd("2003-04-09") == "Wednesday" and wd("2003-04-10") == "Thursday"
    assert days(ex, "2010-05-29") == 39 and days(ex, "2010-05-29") // 7 + 1 == 6 and wd("2010-05-29") == "Saturday"
    assert wd("2003-04-15") == "Tuesday" and wd("2003-04-14") == "Monday" and days("2003-03-30", "2003-04-06") == 7


_PAST = re.compile(r"the past (\w+) (day|week|month)s?$")


def check_past_intervals(docs: list[dict[str, Any]]) -> None:
    """``corpus.check_past_intervals`` that also reads figures ("the past 26 days", wire style)."""
    for d in docs:
        for surface, _t, _v, extra in d["gold"]:
            m = _PAST.match(surface)
            if m and m.group(1).isdigit():
                n, unit = int(m.group(1)), m.group(2)
                assert unit in ("day", "week"), (d["id"], surface)
                end = dt.date.fromisoformat(d["published"])
                begin = end - dt.timedelta(days=n * (7 if unit == "week" else 1))
                assert extra["interval"] == iv(str(begin), str(end)), (d["id"], surface)
    corpus.check_past_intervals([{**d, "gold": [g for g in d["gold"]
                                                if not ((m := _PAST.match(g[0])) and m.group(1).isdigit())]}
                                 for d in docs])


def main() -> None:
    check_facts()
    corpus.write_batch("u13-timeml", SETS, INCONSISTENT,
                       checks=[check_past_intervals, corpus.check_weeks, corpus.check_relative_days,
                               corpus.check_lengths])


if __name__ == "__main__":
    main()
