"""UNSEEN held-out sets (session 13): written by QA for the final honest measurement.

DEVELOPERS: do not read this file or ``data/u12-*``, and do not run ``_measure.py --unseen12``; the
sets exist to measure the engine on news nobody tuned it on.  Numbers are reported to the lead only.

Two sets, every sentence our own (facts from the public record):
- ``u12-falklands``: the Falklands war, April-June 1982 (Argentine forces seize the islands on 2 April;
  the task force sails from Portsmouth on 5 April; South Georgia retaken on 25 April; the cruiser General
  Belgrano sunk on 2 May; HMS Sheffield hit by an Exocet on 4 May; British landings at San Carlos on 21
  May; Darwin and Goose Green taken on 28-29 May; the Argentine garrison of Stanley surrenders on 14 June);
- ``u12-chile``: the rescue of the 33 miners of the San Jose mine, Chile, August-October 2010 (the mine
  caves in on 5 August; a second rockfall blocks the ventilation shaft on 7 August; a probe finds the men
  alive on 22 August; the Plan A drill starts boring on 30 August; the Plan B pilot hole reaches them on
  17 September; the Plan B shaft breaks through on 9 October; the rescue capsule's test run on 11 October;
  the first miner, Florencio Avalos, hoisted out just after midnight on 13 October);
plus inconsistent variants (``u12-inc-falklands-weekday``, ``u12-inc-chile-weeks``,
``u12-inc-falklands-disagree``).

``python tests/timeline/heldout/u12-corpus.py`` writes ``data/u12-*.jsonl``, ``data/u12-*.gold.json``,
``data/u12-*.expected.json`` and ``data/u12-timeml/*.tml``, in the formats of ``corpus.py`` (same
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
FALKLANDS: list[dict[str, Any]] = [
    {
        "id": "fk-01", "published": "1982-04-03", "source": "South Atlantic Wire",
        "text": (
            "LONDON, April 3 (South Atlantic Wire) - Argentine troops seized the Falkland Islands on Friday, "
            "overwhelming a garrison of fewer than 70 Royal Marines at Port Stanley after a three-hour fight, "
            "and the junta in Buenos Aires proclaimed the British colony Argentine territory. Britain has held "
            "the islands since 1833. The governor, Rex Hunt, ordered the marines to lay down their arms to "
            "spare lives and was flown out to Montevideo within hours. The House of Commons met this morning "
            "in a special sitting, and Prime Minister Margaret Thatcher told MPs that a large naval task force "
            "was being readied, with the carrier Invincible leaving port on Monday. The Security Council in "
            "New York was expected to vote today on a British text demanding that Argentina withdraw at once."
        ),
        "gold": [
            a("April 3", "DATE", "1982-04-03"),
            a("Friday", "DATE", "1982-04-02"),
            a("three-hour", "DURATION", "PT3H"),
            a("1833", "DATE", "1833"),
            a("hours", "DURATION", "PTXH", optional_value=True, notes="'within hours': vague duration"),
            a("this morning", "TIME", "1982-04-03TMO"),
            a("Monday", "DATE", "1982-04-05", notes="future: the coming Monday"),
            a("today", "DATE", "1982-04-03"),
        ],
        "not": ["fewer than 70"],
    },
    {
        "id": "fk-02", "published": "1982-04-05", "source": "Thames Ledger",
        "text": (
            "PORTSMOUTH, England (Thames Ledger) - The aircraft carriers Invincible and Hermes sailed from "
            "Portsmouth on Monday at the head of a task force bound for the South Atlantic, cheered on by "
            "thousands of people who packed the harbour walls three days after Argentina invaded the Falkland "
            "Islands. Dozens more warships and requisitioned merchant vessels will follow in the coming days, "
            "the Ministry of Defence said. In London, Lord Carrington resigned as foreign secretary today, "
            "saying he bore responsibility for failing to foresee Friday's invasion, and Francis Pym was named "
            "in his place. The islands lie some 8,000 miles from Britain, and naval officers said the voyage "
            "south would take about three weeks. Argentina, which calls the islands the Malvinas, said it "
            "would defend them against any attack."
        ),
        "gold": [
            a("Monday", "DATE", "1982-04-05"),
            a("three days", "DURATION", "P3D", notes="event-relative: three days after the invasion"),
            a("the coming days", "DATE", "FUTURE_REF", optional_value=True),
            a("today", "DATE", "1982-04-05"),
            a("Friday", "DATE", "1982-04-02"),
            a("about three weeks", "DURATION", "P3W", mod="APPROX"),
        ],
        "not": ["thousands of people", "Dozens", "some 8,000 miles"],
    },
    {
        "id": "fk-03", "published": "1982-04-26", "source": "South Atlantic Wire",
        "text": (
            "LONDON, April 26 (South Atlantic Wire) - British forces have recaptured South Georgia, the "
            "Ministry of Defence said on Monday, after the Argentine garrison at Grytviken surrendered on "
            "Sunday afternoon with little resistance once naval helicopters had crippled the submarine Santa "
            "Fe off the island. A second group of Argentines at Leith harbour gave up this morning. Mrs "
            "Thatcher, standing outside Number 10 late on Sunday, told reporters the nation should rejoice. "
            "It is the first success for the task force, whose leading ships sailed from Portsmouth three "
            "weeks ago, and it comes as American efforts to broker a settlement between London and Buenos "
            "Aires appear to be running out of road. The island, some 800 miles east of the Falklands, was "
            "seized on April 3, a day after the main invasion."
        ),
        "gold": [
            a("April 26", "DATE", "1982-04-26"),
            a("Monday", "DATE", "1982-04-26"),
            a("Sunday afternoon", "TIME", "1982-04-25TAF"),
            a("this morning", "TIME", "1982-04-26TMO"),
            a("Sunday", "DATE", "1982-04-25"),
            a("three weeks ago", "DATE", "1982-W14"),
            a("April 3", "DATE", "1982-04-03"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the main invasion"),
        ],
        "not": ["some 800 miles"],
    },
    {
        "id": "fk-04", "published": "1982-05-03", "source": "River Plate Courier",
        "text": (
            "BUENOS AIRES (River Plate Courier) - The Argentine cruiser General Belgrano was torpedoed and sunk "
            "by a British submarine on Sunday, the armed forces command said, and ships and aircraft were "
            "searching the icy seas south of the islands for survivors among her more than 1,000 crew. London "
            "confirmed that the nuclear-powered submarine Conqueror had fired on the cruiser, which it said "
            "threatened the task force even though she was sailing outside the 200-mile exclusion zone. "
            "Saturday's raid on Stanley airfield by a Vulcan bomber flown from Ascension Island had already "
            "opened the shooting war, and the United States came down on Britain's side on Friday. The sinking "
            "came a week after British commandos retook South Georgia on April 25. Argentine forces have held "
            "the Falklands since April 2, and the junta vowed to fight on."
        ),
        "gold": [
            a("Sunday", "DATE", "1982-05-02"),
            a("Saturday", "DATE", "1982-05-01"),
            a("Friday", "DATE", "1982-04-30"),
            a("a week", "DURATION", "P1W", notes="event-relative: a week after South Georgia was retaken"),
            a("April 25", "DATE", "1982-04-25"),
            a("April 2", "DATE", "1982-04-02"),
        ],
        "not": ["more than 1,000", "200-mile"],
    },
    {
        "id": "fk-05", "published": "1982-05-05", "source": "Thames Ledger",
        "text": (
            "LONDON, Wednesday 5 May 1982 (Thames Ledger) - The destroyer HMS Sheffield was struck by an "
            "Exocet missile fired from an Argentine jet on Tuesday and abandoned after fire swept through her, "
            "the first British warship lost to enemy action since the Second World War. At least 20 sailors "
            "are feared dead. The defence secretary, John Nott, told a hushed House of Commons last night that "
            "the ship had been hit in the afternoon while on picket duty south-east of the islands. A Sea "
            "Harrier was also shot down over Goose Green yesterday. The attack came two days after the "
            "Argentine cruiser General Belgrano was sent to the bottom by a British submarine, with the loss "
            "of hundreds of lives. A peace plan put forward by Peru's president appeared to be in doubt."
        ),
        "gold": [
            a("Wednesday 5 May 1982", "DATE", "1982-05-05"),
            a("Tuesday", "DATE", "1982-05-04"),
            a("last night", "TIME", "1982-05-04TNI"),
            a("the afternoon", "TIME", "1982-05-04TAF"),
            a("yesterday", "DATE", "1982-05-04"),
            a("two days", "DURATION", "P2D", notes="event-relative: two days after the Belgrano was sunk"),
        ],
        "not": ["At least 20", "hundreds of lives"],
    },
    {
        "id": "fk-06", "published": "1982-05-22", "source": "South Atlantic Wire",
        "text": (
            "ABOARD HMS HERMES (South Atlantic Wire) - British commandos and paratroopers went ashore at San "
            "Carlos Water, on the western coast of East Falkland, early yesterday and have built a firm "
            "beachhead, the Ministry of Defence said. Waves of Argentine jets then attacked the warships "
            "guarding the landing, sinking the frigate Ardent and damaging several others, but the troops met "
            "almost no resistance on the ground. Officials in London said several thousand men were now ashore "
            "with artillery and Rapier missiles. The landings, seven weeks after the invasion, open the "
            "campaign to retake Stanley, about 50 miles to the east. The fleet has been under repeated air "
            "attack since the loss of the destroyer Sheffield on May 4. Buenos Aires claimed on Friday that its "
            "pilots had inflicted heavy losses.\nViews: 2,118"
        ),
        "gold": [
            a("yesterday", "DATE", "1982-05-21"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("seven weeks", "DURATION", "P7W", notes="event-relative: seven weeks after the invasion"),
            a("May 4", "DATE", "1982-05-04"),
            a("Friday", "DATE", "1982-05-21"),
        ],
        "not": ["several thousand", "about 50 miles", "2,118"],
    },
    {
        "id": "fk-07", "published": "1982-05-30", "source": "Thames Ledger",
        "text": (
            "LONDON, May 30 (Thames Ledger) - British paratroopers have captured the settlements of Darwin and "
            "Goose Green after a fierce battle, taking about 1,000 Argentine prisoners, the defence ministry "
            "said on Sunday. The Argentine garrison surrendered on Saturday morning, and more than 100 islanders "
            "who had been locked in the community hall for four weeks were freed unharmed. The commanding "
            "officer of the 2nd Battalion, the Parachute Regiment, Lieutenant-Colonel H. Jones, was among more "
            "than a dozen British dead; he was killed on Friday leading a charge against an enemy trench. It "
            "was the first big land battle of the war, fought a week after the task force put its troops ashore "
            "at San Carlos. Units from that beachhead, set up nine days ago, are now marching east towards "
            "Stanley."
        ),
        "gold": [
            a("May 30", "DATE", "1982-05-30"),
            a("Sunday", "DATE", "1982-05-30"),
            a("Saturday morning", "TIME", "1982-05-29TMO"),
            a("four weeks", "DURATION", "P4W", notes="the islanders held since 1 May"),
            a("Friday", "DATE", "1982-05-28"),
            a("a week", "DURATION", "P1W", notes="event-relative: a week after the landings"),
            a("nine days ago", "DATE", "1982-05-21"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
        ],
        "not": ["about 1,000", "more than 100", "2nd Battalion", "more than a dozen"],
    },
    {
        "id": "fk-08", "published": "1982-06-15", "source": "River Plate Courier",
        "text": (
            "BUENOS AIRES, June 15 (River Plate Courier) - Argentina's commander in the Falklands, General "
            "Mario Menendez, surrendered his forces in Port Stanley late on Monday, after British troops stormed "
            "the last heights ringing the town. The armed forces command said in a short communique this "
            "morning that the fighting had stopped, without using the word surrender, and thousands of his men "
            "are now prisoners. British paratroopers and Scots Guards had taken Wireless Ridge and Mount "
            "Tumbledown in fighting on Sunday night. Last week's air strike on the landing ships Sir Galahad and "
            "Sir Tristram at Fitzroy, which killed dozens of Welsh Guards, had briefly raised hopes here that "
            "the British advance could be held. The first big land battle, at Goose Green, ended in the "
            "surrender of its Argentine defenders on May 29."
        ),
        "gold": [
            a("June 15", "DATE", "1982-06-15"),
            a("Monday", "DATE", "1982-06-14"),
            a("this morning", "TIME", "1982-06-15TMO"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("Sunday night", "TIME", "1982-06-13TNI"),
            a("Last week", "DATE", "1982-W23"),
            a("May 29", "DATE", "1982-05-29"),
        ],
        "not": ["thousands of his men", "dozens of Welsh Guards"],
    },
    {
        "id": "fk-09", "published": "1982-06-16", "source": "South Atlantic Wire",
        "text": (
            "STANLEY, Falkland Islands (South Atlantic Wire) - British troops began clearing weapons and mines "
            "from the streets of Stanley on Wednesday, two days after the Argentine garrison laid down its arms "
            "and ended 74 days of occupation. Major-General Jeremy Moore, the British land commander, accepted "
            "the surrender from General Mario Menendez on Monday night, and Mrs Thatcher gave the news to "
            "cheering MPs in the Commons. Some 11,000 prisoners are being held around the airfield until ships "
            "can carry them home. Islanders came out of their cellars to find houses scarred by shellfire; "
            "three civilians were killed by a British shell during the final offensive. The war that began "
            "with the invasion of April 2 has cost the lives of hundreds of British and Argentine servicemen, "
            "the defence ministry said today."
        ),
        "gold": [
            a("Wednesday", "DATE", "1982-06-16"),
            a("two days", "DURATION", "P2D", notes="event-relative: two days after the surrender"),
            a("74 days", "DURATION", "P74D", notes="event-relative: 2 April to 14 June, both counted"),
            a("Monday night", "TIME", "1982-06-14TNI"),
            a("April 2", "DATE", "1982-04-02"),
            a("today", "DATE", "1982-06-16"),
        ],
        "not": ["Some 11,000", "hundreds of British"],
    },
]

FALKLANDS_EVENTS: list[dict[str, Any]] = [
    {"name": "Argentine forces seize the Falklands",
     "keywords": ["seiz", "invasion", "invaded", "overwhelm", "falkland"],
     "docs": ["fk-01", "fk-02", "fk-09"], "start": ["1982-04-02", "1982-04-02"]},
    {"name": "task force sails from Portsmouth",
     "keywords": ["sail", "task force", "carrier", "portsmouth", "head"],
     "docs": ["fk-02", "fk-03"], "start": ["1982-04-05", "1982-04-05"]},
    {"name": "South Georgia retaken",
     "keywords": ["recaptur", "retook", "retake", "surrender", "south georgia", "grytviken"],
     "docs": ["fk-03", "fk-04"], "start": ["1982-04-25", "1982-04-25"]},
    {"name": "General Belgrano sunk",
     "keywords": ["sunk", "sinking", "torpedo", "belgrano", "cruiser", "bottom"],
     "docs": ["fk-04", "fk-05"], "start": ["1982-05-02", "1982-05-02"]},
    {"name": "HMS Sheffield struck by an Exocet",
     "keywords": ["struck", "hit", "exocet", "sheffield", "missile", "loss"],
     "docs": ["fk-05", "fk-06"], "start": ["1982-05-04", "1982-05-04"]},
    {"name": "British landings at San Carlos",
     "keywords": ["ashore", "landing", "landed", "san carlos", "beachhead"],
     "docs": ["fk-06", "fk-07"], "start": ["1982-05-21", "1982-05-21"]},
    {"name": "Darwin and Goose Green captured",
     "keywords": ["captur", "battle", "surrender", "goose green", "darwin"],
     "docs": ["fk-07", "fk-08"], "start": ["1982-05-28", "1982-05-29"]},
    {"name": "Argentine surrender at Stanley",
     "keywords": ["surrender", "laid down", "stanley", "menendez"],
     "docs": ["fk-08", "fk-09"], "start": ["1982-06-14", "1982-06-14"]},
]

# ---------------------------------------------------------------------------------------------------
CHILE: list[dict[str, Any]] = [
    {
        "id": "cl-01", "published": "2010-08-06", "source": "Atacama Wire",
        "text": (
            "COPIAPO, Chile, Aug. 6 (Atacama Wire) - Rescue teams worked through the night at a small gold and "
            "copper mine in Chile's Atacama desert after a cave-in on Thursday afternoon trapped more than 30 "
            "miners deep underground, officials said on Friday. Nobody has been able to contact the men since "
            "the main access ramp of the San Jose mine, 45 km north of Copiapo, collapsed at around 2 p.m. "
            "Labour Minister Camila Merino said the workers might have reached an emergency shelter stocked "
            "with oxygen, water and some food. Mining Minister Laurence Golborne cut short an official trip to "
            "Ecuador to take charge of the search. The mine's owners, the San Esteban company, told the "
            "authorities of the accident five hours late, officials said. A worker died in an accident at "
            "the mine in 2007."
        ),
        "gold": [
            a("Aug. 6", "DATE", "2010-08-06"),
            a("the night", "TIME", "2010-08-05TNI"),
            a("Thursday afternoon", "TIME", "2010-08-05TAF"),
            a("Friday", "DATE", "2010-08-06"),
            a("2 p.m.", "TIME", "2010-08-05T14:00"),
            a("five hours", "DURATION", "PT5H"),
            a("2007", "DATE", "2007"),
        ],
        "not": ["more than 30", "45 km"],
    },
    {
        "id": "cl-02", "published": "2010-08-08", "source": "Andes Ledger",
        "text": (
            "SANTIAGO (Andes Ledger) - Chilean rescuers began drilling narrow boreholes on Sunday in a "
            "desperate bid to find 33 trapped miners, a day after a second cave-in at the San Jose mine blocked "
            "the ventilation shaft they had been using to climb down. Saturday's rockfall forced three search "
            "teams to scramble back to the surface, and Mining Minister Laurence Golborne, close to tears, told "
            "relatives that the easiest route to the men was now closed. President Sebastian Pinera, who cut "
            "short a visit to Bogota for the swearing-in of Colombia's new president yesterday to fly to the "
            "mine, promised the families that no effort would be spared. Officials lowered the number of men "
            "trapped from 34. "
            "Nobody has heard from them since Thursday's collapse, and hopes are fading at the camp."
        ),
        "gold": [
            a("Sunday", "DATE", "2010-08-08"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the second cave-in"),
            a("Saturday", "DATE", "2010-08-07"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("yesterday", "DATE", "2010-08-07"),
            a("Thursday", "DATE", "2010-08-05"),
        ],
        "not": ["33", "34"],
    },
    {
        "id": "cl-03", "published": "2010-08-23", "source": "Pacific Coast Courier",
        "text": (
            "COPIAPO, Chile, Aug. 23 (Pacific Coast Courier) - All 33 miners trapped in the San Jose mine are "
            "alive, Chile learned on Sunday, 17 days after the collapse, when a probe drilled nearly 700 metres "
            "into the rock came back up with a note taped to its bit. 'All is well in the refuge, the 33 of us,' "
            "read the message, written in red, which President Sebastian Pinera held up before weeping "
            "relatives. A camera lowered down the borehole showed several of the men, and rescuers began "
            "sending glucose and water down the narrow tube. Officials warned it could take until Christmas to "
            "dig a shaft wide enough to bring them out. Families have camped at the mine since the cave-in of "
            "August 5; a second rockfall two days after the accident had blocked the ventilation shaft."
        ),
        "gold": [
            a("Aug. 23", "DATE", "2010-08-23"),
            a("Sunday", "DATE", "2010-08-22"),
            a("17 days", "DURATION", "P17D", notes="event-relative: 17 days after the collapse"),
            a("Christmas", "DATE", "2010-12-25"),
            a("August 5", "DATE", "2010-08-05"),
            a("two days", "DURATION", "P2D", notes="event-relative: two days after the accident"),
        ],
        "not": ["All 33", "nearly 700 metres"],
    },
    {
        "id": "cl-04", "published": "2010-08-31", "source": "Atacama Wire",
        "text": (
            "SAN JOSE MINE, Chile (Atacama Wire) - A giant Australian-made drill began boring the shaft meant "
            "to bring 33 trapped miners back to the surface late on Monday, the government said, starting a "
            "rescue that officials warn could take more than three months. The Strata 950 machine went to work "
            "at 10:25 p.m., first cutting a pilot hole that must later be widened to 66 centimetres, enough for "
            "a rescue capsule. The miners, found alive nine days ago after more than two weeks without contact, "
            "will have to work in shifts to clear the rock that falls into their tunnel. A team from NASA is due "
            "at the mine this week to advise on keeping them fit and sane. A second drill, a Schramm T130, is "
            "expected to start within days."
        ),
        "gold": [
            a("Monday", "DATE", "2010-08-30"),
            a("more than three months", "DURATION", "P3M", mod="MORE_THAN"),
            a("10:25 p.m.", "TIME", "2010-08-30T22:25"),
            a("nine days ago", "DATE", "2010-08-22"),
            a("more than two weeks", "DURATION", "P2W", mod="MORE_THAN"),
            a("this week", "DATE", "2010-W35"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'within days': vague duration"),
        ],
        "not": ["33", "66 centimetres"],
    },
    {
        "id": "cl-05", "published": "2010-09-18", "source": "Andes Ledger",
        "text": (
            "COPIAPO, Chile, Sept. 18 (Andes Ledger) - Relatives of the 33 trapped miners marked Chile's "
            "bicentennial at the San Jose mine on Saturday with flags, empanadas and a fresh reason for hope: "
            "one of the three drills racing to reach the men broke through to a workshop tunnel near their "
            "refuge on Friday. The Plan B machine's 30-centimetre pilot hole must now be reamed out to about 70 "
            "centimetres, the chief engineer, Andre Sougarret, said, a job that could take a month or more. "
            "Mining Minister Laurence Golborne said the rescuers were a little ahead of schedule and the men "
            "could be out in early November. The Plan A rig, boring since August 30, is not yet halfway down, "
            "and a third drill brought from the oil industry is being assembled nearby."
        ),
        "gold": [
            a("Sept. 18", "DATE", "2010-09-18"),
            a("Saturday", "DATE", "2010-09-18"),
            a("Friday", "DATE", "2010-09-17"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("a month or more", "DURATION", "P1M", mod="EQUAL_OR_MORE"),
            a("early November", "DATE", "2010-11", mod="START"),
            a("August 30", "DATE", "2010-08-30"),
        ],
        "not": ["33", "30-centimetre", "about 70"],
    },
    {
        "id": "cl-06", "published": "2010-10-09", "source": "Pacific Coast Courier",
        "text": (
            "SAN JOSE MINE, Chile (Pacific Coast Courier) - The Plan B drill punched through into the "
            "underground chamber where 33 miners have been trapped for more than nine weeks, setting off sirens, "
            "car horns and tears at the tent city the families call Camp Hope. The breakthrough came at 8:05 "
            "a.m. on Saturday, some 620 metres below the desert, after more than a month of drilling by a crew "
            "led by American operators. Nobody has been rescued yet, Mining Minister Laurence Golborne cautioned, "
            "adding that engineers would decide in the coming days whether to line the shaft with steel pipe. "
            "Hauling the men up one by one in a narrow steel capsule could begin as early as Tuesday, he said. "
            "The same rig had first reached the miners with a much narrower pilot hole on September 17."
        ),
        "gold": [
            a("more than nine weeks", "DURATION", "P9W", mod="MORE_THAN"),
            a("8:05 a.m.", "TIME", "2010-10-09T08:05"),
            a("Saturday", "DATE", "2010-10-09"),
            a("more than a month", "DURATION", "P1M", mod="MORE_THAN"),
            a("the coming days", "DATE", "FUTURE_REF", optional_value=True),
            a("Tuesday", "DATE", "2010-10-12", notes="future: the coming Tuesday"),
            a("September 17", "DATE", "2010-09-17"),
        ],
        "not": ["33", "some 620 metres"],
    },
    {
        "id": "cl-07", "published": "2010-10-12", "source": "Atacama Wire",
        "text": (
            "COPIAPO, Chile, Oct. 12 (Atacama Wire) - Rescuers lowered an empty capsule almost to the bottom of "
            "the escape shaft on Monday in a final test, and officials said the first of the 33 trapped miners "
            "could be winched out tonight, 68 days after the mine caved in on them. Bringing all the men up one "
            "at a time in the Phoenix, a steel cage barely wider than a man's shoulders built by the Chilean "
            "navy, should take about two days. The shaft was completed on Saturday morning when the Plan B drill "
            "broke into the miners' tunnel, and only its top 56 metres have been lined with steel. Health "
            "Minister Jaime Manalich said the fittest and most skilled men would come up first. President "
            "Sebastian Pinera was expected at the mine today."
        ),
        "gold": [
            a("Oct. 12", "DATE", "2010-10-12"),
            a("Monday", "DATE", "2010-10-11"),
            a("tonight", "TIME", "2010-10-12TNI"),
            a("68 days", "DURATION", "P68D", notes="event-relative: 68 days after the cave-in"),
            a("about two days", "DURATION", "P2D", mod="APPROX"),
            a("Saturday morning", "TIME", "2010-10-09TMO"),
            a("today", "DATE", "2010-10-12"),
        ],
        "not": ["33", "56 metres"],
    },
    {
        "id": "cl-08", "published": "2010-10-13", "source": "Andes Ledger",
        "text": (
            "SAN JOSE MINE, Chile, Wednesday 13 October 2010 (Andes Ledger) - Florencio Avalos became the first "
            "of the 33 trapped miners to reach the surface just after midnight, stepping out of the rescue "
            "capsule into the arms of his sobbing young son and then of President Sebastian Pinera as the camp "
            "erupted in cheers. Avalos, the shift's second-in-command, was hauled 622 metres up the shaft in 16 "
            "minutes after the ascent began at 11:55 p.m. on Tuesday. Mario Sepulveda, the second man out an "
            "hour later, handed rocks from the mine to officials as souvenirs. The capsule, tested on Monday, "
            "has worked without a hitch, and the rescuers said the hoisting was going faster than planned. "
            "Each man was checked by doctors before being flown by helicopter to the hospital in Copiapo."
        ),
        "gold": [
            a("Wednesday 13 October 2010", "DATE", "2010-10-13"),
            a("midnight", "TIME", "2010-10-13T00:00"),
            a("16 minutes", "DURATION", "PT16M"),
            a("11:55 p.m.", "TIME", "2010-10-12T23:55"),
            a("Tuesday", "DATE", "2010-10-12"),
            a("an hour", "DURATION", "PT1H", notes="event-relative: an hour after Avalos"),
            a("Monday", "DATE", "2010-10-11"),
        ],
        "not": ["33", "622 metres"],
    },
    {
        "id": "cl-09", "published": "2010-10-14", "source": "Pacific Coast Courier",
        "text": (
            "COPIAPO (Pacific Coast Courier) - Luis Urzua, the shift foreman who held the men of the San Jose "
            "mine together through 17 days of silence underground, was the last of the 33 miners to be lifted "
            "out late on Wednesday, completing a rescue that went faster than anyone had dared hope. He told "
            "President Sebastian Pinera he was handing over his shift. The six rescuers who had gone down to "
            "help were all back on the surface soon after midnight. Yesterday's rescue, which began with "
            "Florencio Avalos in the first minutes of Wednesday, was followed live by viewers around the world. "
            "The men spent 69 days trapped after the cave-in of August 5, longer than any miners known to have "
            "survived. Doctors said most were in good shape, and some could go home within days.\nViews: 3,407"
        ),
        "gold": [
            a("17 days", "DURATION", "P17D", notes="event-relative: from the collapse to the first contact"),
            a("Wednesday", "DATE", "2010-10-13"),
            a("midnight", "TIME", "2010-10-14T00:00"),
            a("Yesterday", "DATE", "2010-10-13"),
            a("Wednesday", "DATE", "2010-10-13"),
            a("69 days", "DURATION", "P69D", notes="event-relative: 5 August to 13 October"),
            a("August 5", "DATE", "2010-08-05"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'within days': vague duration"),
        ],
        "not": ["33", "3,407"],
    },
]

CHILE_EVENTS: list[dict[str, Any]] = [
    {"name": "the San Jose mine caves in, trapping the miners",
     "keywords": ["cave-in", "caved", "collapse", "trapped"],
     "docs": ["cl-01", "cl-02", "cl-03"], "start": ["2010-08-05", "2010-08-05"]},
    {"name": "second cave-in blocks the ventilation shaft",
     "keywords": ["second", "cave-in", "rockfall", "blocked", "ventilation"],
     "docs": ["cl-02", "cl-03"], "start": ["2010-08-07", "2010-08-07"]},
    {"name": "probe finds the miners alive",
     "keywords": ["alive", "note", "probe", "found", "learned"],
     "docs": ["cl-03", "cl-04"], "start": ["2010-08-22", "2010-08-22"]},
    {"name": "Plan A drill starts boring the rescue shaft",
     "keywords": ["boring", "drill", "went to work", "plan a", "strata"],
     "docs": ["cl-04", "cl-05"], "start": ["2010-08-30", "2010-08-30"]},
    {"name": "Plan B pilot hole reaches the miners",
     "keywords": ["broke through", "reached", "pilot hole", "plan b", "drill"],
     "docs": ["cl-05", "cl-06"], "start": ["2010-09-17", "2010-09-17"]},
    {"name": "Plan B drill breaks through: escape shaft completed",
     "keywords": ["punched through", "breakthrough", "broke", "completed", "shaft", "drill"],
     "docs": ["cl-06", "cl-07"], "start": ["2010-10-09", "2010-10-09"]},
    {"name": "test run of the rescue capsule",
     "keywords": ["test", "lowered", "capsule"],
     "docs": ["cl-07", "cl-08"], "start": ["2010-10-11", "2010-10-11"]},
    {"name": "rescue begins: Florencio Avalos first out",
     "keywords": ["rescue", "avalos", "first", "surface", "hauled", "hoisting"],
     "docs": ["cl-08", "cl-09"], "start": ["2010-10-12", "2010-10-13"]},
]

SETS = {"u12-falklands": (FALKLANDS, FALKLANDS_EVENTS), "u12-chile": (CHILE, CHILE_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u12-inc-falklands-weekday": {
        "docs": [
            {"id": "fx-1", "published": "1982-04-03", "source": "South Atlantic Wire",
             "text": ("LONDON - Argentine troops seized the Falkland Islands on Thursday (April 2), overwhelming "
                      "the small garrison of Royal Marines at Port Stanley, the British government said.")},
            {"id": "fx-2", "published": "1982-04-03", "source": "Thames Ledger",
             "text": "INVERNESS - Snow closed several roads in the Highlands on Friday, police said."},
        ],
        "must_name": ["fx-1"], "bystander": ["fx-2"], "codes": ["weekday-mismatch"],
        "note": "April 2, 1982 was a Friday",
    },
    "u12-inc-chile-weeks": {
        "docs": [
            {"id": "cw-1", "published": "2010-08-06", "source": "Atacama Wire",
             "text": ("COPIAPO, Aug. 6 (Atacama Wire) - Rescuers searched on Friday for more than 30 miners "
                      "trapped deep inside the San Jose mine after a cave-in on Thursday (August 5), officials "
                      "said.")},
            {"id": "cw-2", "published": "2010-09-17", "source": "Andes Ledger",
             "text": ("SAN JOSE MINE, Chile - Nine weeks into their ordeal, the miners trapped by the cave-in "
                      "at the San Jose mine cheered as a drill broke through to a tunnel near their refuge on "
                      "Friday, officials said.")},
            {"id": "cw-3", "published": "2010-09-17", "source": "Andes Ledger",
             "text": "VALPARAISO - The port's new container terminal opened to shipping on Thursday, its operator said."},
        ],
        "must_name": ["cw-1", "cw-2"], "bystander": ["cw-3"], "codes": [],
        "note": "trapped on 5 August, the miners are 43 days (their seventh week) into the ordeal on 17 September, "
                "not nine weeks",
    },
    "u12-inc-falklands-disagree": {
        "docs": [
            {"id": "fd-1", "published": "1982-05-22", "source": "South Atlantic Wire",
             "text": ("LONDON, May 22 (South Atlantic Wire) - British troops landed at San Carlos Water on East "
                      "Falkland on Friday (May 21) and have established a beachhead, the Ministry of Defence "
                      "said.")},
            {"id": "fd-2", "published": "1982-06-01", "source": "Thames Ledger",
             "text": ("LONDON - Since British troops landed at San Carlos Water on May 14, they have pushed "
                      "inland towards Stanley, a defence ministry spokesman said on Tuesday.")},
            {"id": "fd-3", "published": "1982-06-01", "source": "Thames Ledger",
             "text": "CARDIFF - A new road bridge over the river Taff opened to traffic on Monday, the council said."},
        ],
        "must_name": ["fd-1", "fd-2"], "bystander": ["fd-3"], "codes": [],
        "note": "21 May 1982 vs 14 May 1982 for the British landings at San Carlos",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    def days(a: str, b: str) -> int:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("1982-04-02", "1982-04-03", "1982-04-05", "1982-04-25", "1982-04-26")] == [
        "Friday", "Saturday", "Monday", "Sunday", "Monday"]
    assert [wd(s) for s in ("1982-04-30", "1982-05-01", "1982-05-02", "1982-05-04", "1982-05-05")] == [
        "Friday", "Saturday", "Sunday", "Tuesday", "Wednesday"]
    assert [wd(s) for s in ("1982-05-21", "1982-05-28", "1982-05-29", "1982-05-30", "1982-06-08")] == [
        "Friday", "Friday", "Saturday", "Sunday", "Tuesday"]
    assert [wd(s) for s in ("1982-06-13", "1982-06-14", "1982-06-15", "1982-06-16")] == [
        "Sunday", "Monday", "Tuesday", "Wednesday"]
    assert [wd(s) for s in ("2010-08-05", "2010-08-06", "2010-08-07", "2010-08-08", "2010-08-22")] == [
        "Thursday", "Friday", "Saturday", "Sunday", "Sunday"]
    assert [wd(s) for s in ("2010-08-30", "2010-09-05", "2010-09-17", "2010-09-18", "2010-10-09")] == [
        "Monday", "Sunday", "Friday", "Saturday", "Saturday"]
    assert [wd(s) for s in ("2010-10-11", "2010-10-12", "2010-10-13", "2010-10-14")] == [
        "Monday", "Tuesday", "Wednesday", "Thursday"]
    # ISO weeks: "three weeks ago" from Mon 26 April 1982 is W14 (the sailing of Mon 5 April); "Last week's"
    # strike from Tue 15 June is W23 (Sir Galahad, 8 June); "this week" from Tue 31 August 2010 is W35
    assert dt.date(1982, 4, 5).isocalendar()[:2] == (1982, 14)
    assert dt.date(1982, 6, 8).isocalendar()[:2] == (1982, 23) and dt.date(1982, 6, 15).isocalendar()[:2] == (1982, 24)
    assert dt.date(2010, 8, 31).isocalendar()[:2] == (2010, 35) == dt.date(2010, 9, 1).isocalendar()[:2]
    # the war: the invasion on Friday 2 April 1982
    inv = "1982-04-02"
    assert days(inv, "1982-04-05") == 3                                 # the fleet sails "three days after"
    assert days("1982-04-05", "1982-04-26") == 21                       # "sailed ... three weeks ago"
    assert days("1982-04-02", "1982-04-03") == 1                        # South Georgia seized "a day after"
    assert days("1982-04-25", "1982-05-02") == 7                        # Belgrano "a week after" South Georgia
    assert days("1982-05-02", "1982-05-04") == 2                        # Sheffield "two days after" Belgrano
    assert days(inv, "1982-05-21") == 49                                # landings "seven weeks after the invasion"
    assert days("1982-05-01", "1982-05-29") == 28                       # islanders held "for four weeks"
    assert days("1982-05-21", "1982-05-28") == 7                        # Goose Green "a week after" the landings
    assert days("1982-05-21", "1982-05-30") == 9                        # beachhead "set up nine days ago"
    assert days("1982-06-14", "1982-06-16") == 2                        # "two days after" the surrender
    assert days(inv, "1982-06-14") + 1 == 74                            # "74 days of occupation"
    # the rescue: the cave-in on Thursday 5 August 2010
    cv = "2010-08-05"
    assert days(cv, "2010-08-07") == 2 and days("2010-08-07", "2010-08-08") == 1   # second rockfall
    assert days(cv, "2010-08-22") == 17                                 # found "17 days after the collapse"
    assert days("2010-08-22", "2010-08-31") == 9                        # "found alive nine days ago"
    assert days(cv, "2010-08-22") > 14                                  # "more than two weeks without contact"
    assert days("2010-09-05", "2010-10-09") > 31                        # Plan B: "more than a month of drilling"
    assert 63 < days(cv, "2010-10-09") < 70                             # "trapped for more than nine weeks"
    assert days(cv, "2010-10-12") == 68                                 # "68 days after the mine caved in"
    assert days(cv, "2010-10-13") == 69                                 # "69 days trapped"
    # inconsistent variants: the inconsistency is real
    assert wd("1982-04-02") == "Friday" and wd("1982-04-03") == "Saturday"
    assert days(cv, "2010-09-17") == 43 and days(cv, "2010-09-17") // 7 + 1 == 7 and wd("2010-09-17") == "Friday"
    assert wd("1982-06-01") == "Tuesday" and wd("1982-05-31") == "Monday" and days("1982-05-14", "1982-05-21") == 7


_PAST = re.compile(r"the past (\w+) (day|week|month)s?$")


def check_past_intervals(docs: list[dict[str, Any]]) -> None:
    """``corpus.check_past_intervals`` that also reads figures ("the past 12 days", wire style)."""
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
    corpus.write_batch("u12-timeml", SETS, INCONSISTENT,
                       checks=[check_past_intervals, corpus.check_weeks, corpus.check_relative_days,
                               corpus.check_lengths])


if __name__ == "__main__":
    main()
