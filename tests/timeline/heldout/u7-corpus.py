"""UNSEEN held-out sets (session 8): written by QA for the final honest measurement.

DEVELOPERS: do not read this file or ``data/u7-*``, and do not run ``_measure.py --unseen7``; the
sets exist to measure the engine on news nobody tuned it on.  Numbers are reported to the lead only.

Two campaigns, every sentence our own (facts from the public record):
- ``u7-georgia``: the Russo-Georgian war of August 2008 (Georgia's night assault on Tskhinvali of
  7-8 August after a unilateral ceasefire offered that evening; Russian armour through the Roki
  tunnel on 8 August; Russian warplanes lost on 8-9 August; Georgia's pull-out from Tskhinvali on 10
  August; Medvedev's halt and the Sarkozy six-point plan on 12 August; Russian troops in Gori on 13
  August; the ceasefire signed on 15-16 August; the prisoner swap at Igoeti on 19 August; Russia's
  recognition of South Ossetia and Abkhazia on 26 August);
- ``u7-kabul``: the Taliban's 2021 advance on Kabul (the offensive from May; Zaranj, the first
  provincial capital, on 6 August; the Doha talks from 10 August; Herat and Kandahar on 12-13 August;
  Mazar-i-Sharif on 14 August; Jalalabad, Kabul and the emptied prisons on 15 August; the amnesty of
  17 August; the airport bombing of 26 August; the last US flight on the night of 30 August);
plus inconsistent variants (``u7-inc-georgia-weekday``, ``u7-inc-kabul-weeks``,
``u7-inc-georgia-disagree``).

``python tests/timeline/heldout/u7-corpus.py`` writes ``data/u7-*.jsonl``, ``data/u7-*.gold.json``,
``data/u7-*.expected.json`` and ``data/u7-timeml/*.tml``, in the formats of ``corpus.py`` (same
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
GEORGIA: list[dict[str, Any]] = [
    {
        "id": "ge-01", "published": "2008-08-08", "source": "Caucasus Wire",
        "text": (
            "TBILISI, Aug. 8 (Caucasus Wire) - Georgian troops backed by tanks and rocket launchers launched "
            "a large-scale offensive overnight to regain control of the breakaway region of South Ossetia, "
            "pounding its capital, Tskhinvali, with artillery. President Mikheil Saakashvili had offered the "
            "separatists a unilateral ceasefire in a televised address on Thursday evening, only hours before "
            "the barrage began. By Friday afternoon Russian armoured columns were rolling south through the "
            "Roki tunnel, the only road linking the province with Russia, officials in Tbilisi said. Moscow "
            "said several of its peacekeepers had been killed. Tensions had been building since last month, "
            "when Russia admitted sending warplanes over South Ossetia. The region broke away from Georgian "
            "rule in a war in the early 1990s."
        ),
        "gold": [
            a("Aug. 8", "DATE", "2008-08-08"),
            a("overnight", "TIME", "2008-08-07TNI"),
            a("Thursday evening", "TIME", "2008-08-07TEV"),
            a("hours", "DURATION", "PTXH", notes="event-relative: hours before the barrage began"),
            a("Friday afternoon", "TIME", "2008-08-08TAF"),
            a("last month", "DATE", "2008-07"),
            a("the early 1990s", "DATE", "199", mod="START"),
        ],
        "not": ["several"],
    },
    {
        "id": "ge-02", "published": "2008-08-09", "source": "Kura Herald",
        "text": (
            "GORI, Georgia — Russian bombers struck targets across Georgia on Saturday, among them this town "
            "well outside the conflict zone, as parliament in Tbilisi endorsed a presidential decree putting "
            "the country on a war footing. Mr Saakashvili declared a state of war after yesterday's thrust by "
            "Russian armour into South Ossetia, which he called an outright invasion. Georgian officials "
            "claimed their air defences had downed several Russian jets since Friday; Moscow did not confirm "
            "any losses. The offensive Georgia launched late on Thursday briefly carried its infantry into the "
            "centre of Tskhinvali, but the troops came under heavy fire from Russian units overnight. Refugees "
            "streamed north into Russia's North Ossetia, where officials spoke of more than 30,000 arrivals."
            "\nViews: 3,118"
        ),
        "gold": [
            a("Saturday", "DATE", "2008-08-09"),
            a("yesterday", "DATE", "2008-08-08"),
            a("Friday", "DATE", "2008-08-08"),
            a("Thursday", "DATE", "2008-08-07"),
            a("overnight", "TIME", "2008-08-08TNI"),
        ],
        "not": ["more than 30,000", "3,118"],
    },
    {
        "id": "ge-03", "published": "2008-08-10", "source": "Transcaucasus Press",
        "text": (
            "MOSCOW, Sunday 10 August 2008 (Transcaucasus Press) — Georgia said on Sunday it had pulled its "
            "forces out of Tskhinvali and offered Moscow an immediate truce, but Russian air raids went on and "
            "warships of the Black Sea Fleet were reported off the Georgian coast. The deputy chief of Russia's "
            "general staff, Anatoly Nogovitsyn, admitted on Saturday that two of its warplanes had been shot "
            "down over Georgia, one of them a long-range Tu-22 bomber, the first losses Moscow has "
            "acknowledged. Three days into the fighting, Russian officials say 2,000 civilians have died in "
            "South Ossetia, a figure that cannot be independently checked. The state of war that Mr "
            "Saakashvili declared yesterday remains in force across the country."
        ),
        "gold": [
            a("Sunday 10 August 2008", "DATE", "2008-08-10"),
            a("Sunday", "DATE", "2008-08-10"),
            a("Saturday", "DATE", "2008-08-09"),
            a("Three days", "DURATION", "P3D", notes="event-relative: three days into the fighting"),
            a("yesterday", "DATE", "2008-08-09"),
        ],
        "not": ["Tu-22", "2,000"],
    },
    {
        "id": "ge-04", "published": "2008-08-12", "source": "Caucasus Wire",
        "text": (
            "MOSCOW, Aug. 12 (Caucasus Wire) - President Dmitry Medvedev said on Tuesday he had ordered a halt "
            "to Russia's military operation in Georgia, declaring that the aggressor had been punished. Hours "
            "later he and Nicolas Sarkozy, the French president, who holds the rotating EU presidency, agreed "
            "a six-point peace plan in the Kremlin that calls for all forces to return to the positions they "
            "held before the conflict. Sarkozy flew on to Tbilisi to win Mr Saakashvili's backing in the "
            "evening. Five days into the war, Russian troops hold all of South Ossetia and have pushed into "
            "western Georgia, seizing a military base at Senaki on Monday. Georgia's pullout from Tskhinvali "
            "two days ago did little to slow their advance."
        ),
        "gold": [
            a("Aug. 12", "DATE", "2008-08-12"),
            a("Tuesday", "DATE", "2008-08-12"),
            a("Hours", "DURATION", "PTXH", notes="event-relative: hours after the halt was announced"),
            a("the evening", "TIME", "2008-08-12TEV"),
            a("Five days", "DURATION", "P5D", notes="event-relative: five days into the war"),
            a("Monday", "DATE", "2008-08-11"),
            a("two days ago", "DATE", "2008-08-10"),
        ],
        "not": ["six-point"],
    },
    {
        "id": "ge-05", "published": "2008-08-13", "source": "Kura Herald",
        "text": (
            "Russian tanks and armoured personnel carriers rolled into the Georgian city of Gori on Wednesday, "
            "a day after the Kremlin announced that its operation was over, witnesses and Georgian officials "
            "said. Soldiers took up positions near the main square while looters roamed streets emptied by "
            "the bombing of recent days. Moscow denied that its forces had entered the city. Tuesday's peace "
            "plan, brokered by the French president, obliges both sides to pull back but sets no deadline for "
            "a Russian withdrawal. Washington said it would send military aircraft loaded with aid, and "
            "Secretary of State Condoleezza Rice is due in Tbilisi on Friday. Gori lies about 75 km west of "
            "the Georgian capital, on the country's main highway.\nShares: 214"
        ),
        "gold": [
            a("Wednesday", "DATE", "2008-08-13"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the announcement"),
            a("recent days", "DATE", "PAST_REF", optional_value=True),
            a("Tuesday", "DATE", "2008-08-12"),
            a("Friday", "DATE", "2008-08-15", notes="future: Rice is due on Friday"),
        ],
        "not": ["about 75 km", "214"],
    },
    {
        "id": "ge-06", "published": "2008-08-16", "source": "Black Sea Courier",
        "text": (
            "TBILISI (Black Sea Courier) - Mikheil Saakashvili signed the French-brokered ceasefire on Friday "
            "after meeting Condoleezza Rice in the Georgian capital, while accusing Western governments of "
            "reacting too slowly to the invasion of his country. Dmitry Medvedev put his own signature to the "
            "document on Saturday, the Kremlin said. Yet Russian forces stayed in and around Gori, which they "
            "entered three days ago, and kept control of the highway that links the east and west of Georgia. "
            "Well over 100,000 people have fled their homes since the start of the war on August 7, according "
            "to the UN refugee agency. Ms Rice told reporters that the Russian troops had to leave Georgia "
            "immediately."
        ),
        "gold": [
            a("Friday", "DATE", "2008-08-15"),
            a("Saturday", "DATE", "2008-08-16"),
            a("three days ago", "DATE", "2008-08-13"),
            a("since the start of the war", "DURATION", "PXD", optional_value=True,
              notes="event-relative; no TIMEX3 in TimeML, detection only"),
            a("August 7", "DATE", "2008-08-07"),
        ],
        "not": ["Well over 100,000"],
    },
    {
        "id": "ge-07", "published": "2008-08-19", "source": "Transcaucasus Press",
        "text": (
            "IGOETI, Georgia, 19 Aug (Transcaucasus Press) — Georgia and Russia exchanged prisoners of war on "
            "Tuesday at a checkpoint on the main highway west of Tbilisi, handing over five Russian servicemen "
            "in return for 15 Georgians, officials on both sides said. The swap was the first direct deal "
            "between the two governments since the guns fell silent. Russia said it had begun pulling its "
            "troops back towards South Ossetia yesterday, as Mr Medvedev had promised, but Western reporters "
            "saw little sign of movement around Gori. In Brussels, NATO foreign ministers said there could be "
            "no business as usual with Moscow while its soldiers remained in Georgia. The fighting, which "
            "erupted nearly two weeks ago, has left the Georgian army badly mauled."
        ),
        "gold": [
            a("19 Aug", "DATE", "2008-08-19"),
            a("Tuesday", "DATE", "2008-08-19"),
            a("yesterday", "DATE", "2008-08-18"),
            a("nearly two weeks ago", "DATE", "2008-W32", mod="APPROX"),
        ],
        "not": ["15 Georgians"],
    },
    {
        "id": "ge-08", "published": "2008-08-20", "source": "Caucasus Wire",
        "text": (
            "ANALYSIS - Yesterday's swap of prisoners at Igoeti was a rare moment of cooperation in a conflict "
            "that has pushed relations between Moscow and the West to their lowest point since the Cold War "
            "ended. NATO's decision on Tuesday to freeze formal contacts with Russia drew a scornful reply from "
            "Moscow's envoy to the alliance, Dmitry Rogozin. Russian troops, meanwhile, were digging in at "
            "checkpoints near Gori and outside the Black Sea port of Poti, 12 days after the first tanks "
            "crossed the border. The Kremlin says the pullback will be finished by Friday. Separatist leaders "
            "in South Ossetia and Abkhazia have asked Moscow to recognise their independence, and Russia's "
            "parliament will take up the question next Monday."
        ),
        "gold": [
            a("Yesterday", "DATE", "2008-08-19"),
            a("Tuesday", "DATE", "2008-08-19"),
            a("12 days", "DURATION", "P12D", notes="event-relative: 12 days after the tanks crossed"),
            a("Friday", "DATE", "2008-08-22"),
            a("next Monday", "DATE", "2008-08-25"),
        ],
        "not": [],
    },
    {
        "id": "ge-09", "published": "2008-08-27", "source": "Black Sea Courier",
        "text": (
            "MOSCOW, 27 August 2008 - Russia on Tuesday formally recognised South Ossetia and Abkhazia as "
            "independent states, brushing aside warnings from the United States and Europe that the move would "
            "deepen the crisis. President Medvedev signed the decrees a day after both chambers of parliament "
            "voted unanimously to urge him to do so. Western leaders condemned the decision, and Georgia called "
            "it an attempt to annex its territory. Nearly three weeks after the war broke out, Russian soldiers "
            "still man a string of posts inside Georgia proper that Moscow calls a security zone, although the "
            "Kremlin said last Friday that its withdrawal was complete. Tbilisi has already taken its neighbour "
            "to the International Court of Justice.\nComments (86)"
        ),
        "gold": [
            a("27 August 2008", "DATE", "2008-08-27"),
            a("Tuesday", "DATE", "2008-08-26"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the parliamentary vote"),
            a("Nearly three weeks", "DURATION", "P3W", mod="LESS_THAN",
              notes="event-relative: since the war broke out"),
            a("last Friday", "DATE", "2008-08-22"),
        ],
        "not": ["86"],
    },
]

GEORGIA_EVENTS: list[dict[str, Any]] = [
    {"name": "Georgian offensive on South Ossetia",
     "keywords": ["offensive", "launch", "assault", "barrage", "attack", "war"],
     "docs": ["ge-01", "ge-02"], "start": ["2008-08-07", "2008-08-08"]},
    {"name": "Russian armour enters South Ossetia",
     "keywords": ["armour", "armoured", "column", "tunnel", "rolling", "thrust", "tanks", "crossed"],
     "docs": ["ge-01", "ge-02", "ge-08"], "start": ["2008-08-08", "2008-08-08"]},
    {"name": "Russian warplanes shot down", "keywords": ["shot down", "downed", "down", "loss"],
     "docs": ["ge-02", "ge-03"], "start": ["2008-08-08", "2008-08-09"]},
    {"name": "Georgia pulls its forces out of Tskhinvali",
     "keywords": ["pulled", "pullout", "withdr", "out of"],
     "docs": ["ge-03", "ge-04"], "start": ["2008-08-10", "2008-08-10"]},
    {"name": "Russia halts its operation; six-point peace plan agreed",
     "keywords": ["halt", "plan", "agreed", "peace", "over", "announced"],
     "docs": ["ge-04", "ge-05"], "start": ["2008-08-12", "2008-08-12"]},
    {"name": "Russian troops enter Gori", "keywords": ["rolled into", "entered", "enter", "gori"],
     "docs": ["ge-05", "ge-06"], "start": ["2008-08-13", "2008-08-13"]},
    {"name": "prisoner exchange at Igoeti", "keywords": ["exchang", "swap", "prisoner"],
     "docs": ["ge-07", "ge-08"], "start": ["2008-08-19", "2008-08-19"]},
    {"name": "Russia recognises South Ossetia and Abkhazia", "keywords": ["recogni", "decree"],
     "docs": ["ge-09"], "start": ["2008-08-26", "2008-08-26"]},
]

# ---------------------------------------------------------------------------------------------------
KABUL: list[dict[str, Any]] = [
    {
        "id": "kb-01", "published": "2021-08-07", "source": "Hindu Kush Wire",
        "text": (
            "KABUL, Aug. 7 (Hindu Kush Wire) - Taliban fighters seized Zaranj, the capital of the south-western "
            "province of Nimroz, on Friday, the first provincial capital to fall to the insurgents since they "
            "launched their sweeping offensive in May. A provincial council member said the city had been "
            "handed over without serious resistance and that several officials had escaped across the border "
            "into Iran. The movement has overrun scores of rural districts and several border crossings over "
            "the past three months, as the last American and NATO troops prepare to leave the country by the "
            "end of this month. On Saturday, Taliban units also pushed into Sheberghan, the northern stronghold "
            "of the veteran warlord Abdul Rashid Dostum, local officials said."
        ),
        "gold": [
            a("Aug. 7", "DATE", "2021-08-07"),
            a("Friday", "DATE", "2021-08-06"),
            a("May", "DATE", "2021-05"),
            a("the past three months", "DURATION", "P3M", interval=iv("2021-05-07", "2021-08-07")),
            a("the end of this month", "DATE", "2021-08", mod="END"),
            a("Saturday", "DATE", "2021-08-07"),
        ],
        "not": ["scores"],
    },
    {
        "id": "kb-02", "published": "2021-08-09", "source": "Amu Darya Times",
        "text": (
            "MAZAR-I-SHARIF — The Taliban overran three more provincial capitals on Sunday, among them Kunduz, "
            "a city of more than 300,000 people that commands the roads to Tajikistan, pushing government "
            "authority in the north towards collapse. Sar-e Pul and Taloqan also fell, officials said. "
            "Friday's capture of Zaranj was the first of five provincial capitals the insurgents have taken in "
            "the past four days. More than 14 weeks into their offensive, the militants now threaten Mazar-i-"
            "Sharif itself. Government troops in Kunduz withdrew to the airport on the edge of the city. A "
            "Taliban spokesman said on Monday that their fighters were closing in on Aibak, while Kabul's "
            "generals insist they are regrouping to defend the bigger cities.\nShares: 1,307"
        ),
        "gold": [
            a("Sunday", "DATE", "2021-08-08"),
            a("Friday", "DATE", "2021-08-06"),
            a("the past four days", "DURATION", "P4D", interval=iv("2021-08-05", "2021-08-09")),
            a("More than 14 weeks", "DURATION", "P14W", mod="MORE_THAN",
              notes="event-relative: more than 14 weeks into the offensive"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("Monday", "DATE", "2021-08-09"),
        ],
        "not": ["more than 300,000", "1,307"],
    },
    {
        "id": "kb-03", "published": "2021-08-11", "source": "Gulf Courier",
        "text": (
            "DOHA, Qatar, Wednesday 11 August 2021 (Gulf Courier) — Envoys of the United States, Russia, China "
            "and Pakistan opened three days of talks with Afghan government negotiators and Taliban "
            "representatives in the Qatari capital on Tuesday, trying to revive a peace process overtaken by "
            "events on the battlefield. Washington's special envoy, Zalmay Khalilzad, wants the insurgents to "
            "accept that a government seizing power by force would not be recognised. The talks opened two "
            "days after Sunday's loss of Kunduz. In Afghanistan, President Ashraf Ghani flew to Mazar-i-Sharif "
            "on Wednesday to rally the northern strongmen. A US intelligence assessment warns that the capital "
            "could be cut off within 30 days and overrun within 90 days."
        ),
        "gold": [
            a("Wednesday 11 August 2021", "DATE", "2021-08-11"),
            a("three days", "DURATION", "P3D"),
            a("Tuesday", "DATE", "2021-08-10"),
            a("two days", "DURATION", "P2D", notes="event-relative: two days after the loss of Kunduz"),
            a("Sunday", "DATE", "2021-08-08"),
            a("Wednesday", "DATE", "2021-08-11"),
            a("30 days", "DURATION", "P30D"),
            a("90 days", "DURATION", "P90D"),
        ],
        "not": [],
    },
    {
        "id": "kb-04", "published": "2021-08-13", "source": "Hindu Kush Wire",
        "text": (
            "KABUL, Aug 13 (Hindu Kush Wire) - Afghanistan's second and third cities fell to the Taliban "
            "within hours of each other, leaving the insurgents in control of much of the country little more "
            "than three months after they began their offensive. Herat was overrun on Thursday evening after "
            "its defenders laid down their arms; Kandahar was captured overnight, a Taliban spokesman said on "
            "Friday. Zaranj, which fell a week ago, was the first of more than a dozen provincial capitals now "
            "in the group's hands. The Pentagon said on Thursday it would fly about 3,000 troops into Kabul to "
            "help evacuate embassy staff. At the talks in Doha, which began on Tuesday, government negotiators "
            "have offered the Taliban a share of power, according to reports."
        ),
        "gold": [
            a("Aug 13", "DATE", "2021-08-13"),
            a("hours", "DURATION", "PTXH"),
            a("little more than three months", "DURATION", "P3M", mod="MORE_THAN",
              notes="event-relative: since the offensive began"),
            a("Thursday evening", "TIME", "2021-08-12TEV"),
            a("overnight", "TIME", "2021-08-12TNI"),
            a("Friday", "DATE", "2021-08-13"),
            a("a week ago", "DATE", "2021-W31"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("Thursday", "DATE", "2021-08-12"),
            a("Tuesday", "DATE", "2021-08-10"),
        ],
        "not": ["more than a dozen", "about 3,000"],
    },
    {
        "id": "kb-05", "published": "2021-08-15", "source": "Khyber Ledger",
        "text": (
            "ISLAMABAD, Aug. 15 — Taliban fighters reached the outskirts of Kabul on Sunday, and their leaders "
            "told them to wait at the gates while a transfer of power was negotiated, after Jalalabad "
            "surrendered without a fight in the morning. By evening President Ashraf Ghani had left the "
            "country, and insurgents were filmed sitting at his desk in the presidential palace. At Bagram, "
            "the former American air base north of the capital, the Taliban threw open the prison gates and "
            "freed thousands of inmates, hardened militants among them. Yesterday's fall of Mazar-i-Sharif "
            "removed the last big government stronghold in the north. In Herat, overrun on Thursday, residents "
            "said the streets were calm. Embassies were shredding documents as helicopters ferried their staff "
            "to the airport."
        ),
        "gold": [
            a("Aug. 15", "DATE", "2021-08-15"),
            a("Sunday", "DATE", "2021-08-15"),
            a("the morning", "TIME", "2021-08-15TMO"),
            a("evening", "TIME", "2021-08-15TEV"),
            a("Yesterday", "DATE", "2021-08-14"),
            a("Thursday", "DATE", "2021-08-12"),
        ],
        "not": ["thousands"],
    },
    {
        "id": "kb-06", "published": "2021-08-16", "source": "Amu Darya Times",
        "text": (
            "Thousands of Afghans desperate to flee swarmed onto the runway of Kabul airport on Monday, and "
            "several people fell to their deaths after clinging to a US military transport plane as it took "
            "off, a day after the capital fell to the Taliban without a fight. American troops, who now control "
            "the airfield, fired warning shots, and all flights were halted for several hours. Ashraf Ghani, "
            "who fled on Sunday, wrote on Facebook that he had left to prevent bloodshed. The Taliban freed "
            "thousands of prisoners from Pul-e-Charkhi jail and the Bagram detention centre yesterday, raising "
            "fears that Islamic State militants were among them. The United States has about 6,000 troops on "
            "the ground to run the evacuation.\nComments: 212"
        ),
        "gold": [
            a("Monday", "DATE", "2021-08-16"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the fall of the capital"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("several hours", "DURATION", "PTXH"),
            a("Sunday", "DATE", "2021-08-15"),
            a("yesterday", "DATE", "2021-08-15"),
        ],
        "not": ["about 6,000", "212"],
    },
    {
        "id": "kb-07", "published": "2021-08-18", "source": "Gulf Courier",
        "text": (
            "ABU DHABI, Aug 18 (Gulf Courier) - The United Arab Emirates said on Wednesday it had taken in "
            "Ashraf Ghani and his family on humanitarian grounds, three days after the Afghan president fled "
            "Kabul as Taliban fighters closed in. The announcement came a day after the Taliban's spokesman, "
            "Zabihullah Mujahid, showed his face in public for the first time at a news conference in the "
            "capital, promising that women would be allowed to work and study within the limits of Islamic law. "
            "On Tuesday the movement also declared a general amnesty for government officials and urged them to "
            "return to their jobs. Many Afghans remain sceptical: in the 1990s the Taliban barred girls from "
            "school. Evacuation flights resumed after Monday's chaos at the airport."
        ),
        "gold": [
            a("Aug 18", "DATE", "2021-08-18"),
            a("Wednesday", "DATE", "2021-08-18"),
            a("three days", "DURATION", "P3D", notes="event-relative: three days after Ghani fled"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the news conference"),
            a("Tuesday", "DATE", "2021-08-17"),
            a("the 1990s", "DATE", "199"),
            a("Monday", "DATE", "2021-08-16"),
        ],
        "not": [],
    },
    {
        "id": "kb-08", "published": "2021-08-27", "source": "Khyber Ledger",
        "text": (
            "KABUL (Khyber Ledger), Aug. 27 — A suicide bomber blew himself up among crowds waiting outside "
            "Kabul airport on Thursday, and gunmen then opened fire, killing 13 American service members and "
            "scores of Afghans in the deadliest attack on US forces in the country since 2011. Islamic State's "
            "local branch, a bitter rival of the Taliban, said it had carried out the bombing at the Abbey "
            "Gate. Evacuation flights continued on Friday. More than 100,000 people have been airlifted out "
            "since August 14, the White House said. Despite the amnesty the Taliban proclaimed last week, "
            "former officials say they are being hunted from house to house. President Joe Biden vowed to "
            "track down those responsible and make them pay."
        ),
        "gold": [
            a("Aug. 27", "DATE", "2021-08-27"),
            a("Thursday", "DATE", "2021-08-26"),
            a("2011", "DATE", "2011"),
            a("Friday", "DATE", "2021-08-27"),
            a("August 14", "DATE", "2021-08-14"),
            a("last week", "DATE", "2021-W33"),
        ],
        "not": ["13 American", "More than 100,000"],
    },
    {
        "id": "kb-09", "published": "2021-08-31", "source": "Hindu Kush Wire",
        "text": (
            "KABUL, Aug. 31 (Hindu Kush Wire) - The last American transport plane lifted off from Kabul airport "
            "on Monday night, ending a military presence that began with the invasion of October 2001 and "
            "closing the largest airlift in US history. Taliban fighters fired into the sky in celebration and "
            "by morning had taken over the airfield, where their spokesman proclaimed on Tuesday that "
            "Afghanistan had won its full independence. Some 123,000 people were flown out in the final two "
            "weeks, but officials concede that many Afghans who worked with Western forces were left behind. "
            "Thursday's bombing at the Abbey Gate, claimed by Islamic State, killed about 170 Afghans and 13 US "
            "troops. Two weeks ago, few in Washington thought Kabul would fall so fast."
        ),
        "gold": [
            a("Aug. 31", "DATE", "2021-08-31"),
            a("Monday night", "TIME", "2021-08-30TNI"),
            a("October 2001", "DATE", "2001-10"),
            a("morning", "TIME", "2021-08-31TMO"),
            a("Tuesday", "DATE", "2021-08-31"),
            a("the final two weeks", "DURATION", "P2W"),
            a("Thursday", "DATE", "2021-08-26"),
            a("Two weeks ago", "DATE", "2021-W33"),
        ],
        "not": ["Some 123,000", "about 170", "13 US"],
    },
]

KABUL_EVENTS: list[dict[str, Any]] = [
    {"name": "Taliban offensive", "keywords": ["offensive", "launch", "began", "campaign"],
     "docs": ["kb-01", "kb-02", "kb-04"], "start": ["2021-05-01", "2021-05-31"]},
    {"name": "Zaranj falls, the first provincial capital", "keywords": ["seiz", "captur", "fell", "fall", "zaranj"],
     "docs": ["kb-01", "kb-02", "kb-04"], "start": ["2021-08-06", "2021-08-06"]},
    {"name": "Doha talks open", "keywords": ["talks"],
     "docs": ["kb-03", "kb-04"], "start": ["2021-08-10", "2021-08-10"]},
    {"name": "Herat overrun", "keywords": ["overrun", "herat", "fell", "captur"],
     "docs": ["kb-04", "kb-05"], "start": ["2021-08-12", "2021-08-12"]},
    {"name": "the Taliban take Kabul", "keywords": ["reached", "fell", "fall", "kabul", "capital", "entered"],
     "docs": ["kb-05", "kb-06"], "start": ["2021-08-15", "2021-08-15"]},
    {"name": "prisoners freed from Bagram and Pul-e-Charkhi", "keywords": ["freed", "prison", "inmates", "release"],
     "docs": ["kb-05", "kb-06"], "start": ["2021-08-15", "2021-08-15"]},
    {"name": "general amnesty declared", "keywords": ["amnesty", "declar", "proclaim"],
     "docs": ["kb-07", "kb-08"], "start": ["2021-08-17", "2021-08-17"]},
    {"name": "suicide bombing at Kabul airport", "keywords": ["bomb", "attack", "blew"],
     "docs": ["kb-08", "kb-09"], "start": ["2021-08-26", "2021-08-26"]},
]

SETS = {"u7-georgia": (GEORGIA, GEORGIA_EVENTS), "u7-kabul": (KABUL, KABUL_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u7-inc-georgia-weekday": {
        "docs": [
            {"id": "gx-1", "published": "2008-08-27", "source": "Caucasus Wire",
             "text": ("MOSCOW - President Dmitry Medvedev signed decrees recognising the independence of South "
                      "Ossetia and Abkhazia on Monday (Aug. 26), the Kremlin said, ignoring Western protests.")},
            {"id": "gx-2", "published": "2008-08-27", "source": "Kura Herald",
             "text": "KUTAISI - Heavy rain closed several roads in western Georgia on Tuesday, the emergencies ministry said."},
        ],
        "must_name": ["gx-1"], "bystander": ["gx-2"], "codes": ["weekday-mismatch"],
        "note": "August 26, 2008 was a Tuesday",
    },
    "u7-inc-kabul-weeks": {
        "docs": [
            {"id": "kw-1", "published": "2021-05-02", "source": "Hindu Kush Wire",
             "text": ("KABUL, May 2 (Hindu Kush Wire) - The Taliban launched a nationwide offensive against "
                      "government forces on Saturday (May 1), the day the US military formally began pulling "
                      "out its last troops, officials said.")},
            {"id": "kw-2", "published": "2021-08-11", "source": "Amu Darya Times",
             "text": ("KABUL - Now in its fourth week, the Taliban offensive has put nine provincial capitals "
                      "in the insurgents' hands, officials said on Wednesday.")},
            {"id": "kw-3", "published": "2021-08-11", "source": "Amu Darya Times",
             "text": "HERAT - A sandstorm grounded flights at Herat airport on Tuesday, officials said."},
        ],
        "must_name": ["kw-1", "kw-2"], "bystander": ["kw-3"], "codes": [],
        "note": "begun 1 May, the offensive is 102 days old (its 15th week) on 11 August, not in its fourth week",
    },
    "u7-inc-georgia-disagree": {
        "docs": [
            {"id": "gd-1", "published": "2008-08-14", "source": "Caucasus Wire",
             "text": ("TBILISI, Aug. 14 (Caucasus Wire) - Russian armoured units entered the Georgian city of "
                      "Gori on Wednesday (Aug. 13), witnesses said, a day after Moscow announced an end to its "
                      "military operation.")},
            {"id": "gd-2", "published": "2008-08-21", "source": "Black Sea Courier",
             "text": ("GORI - Shops began to reopen on Thursday in Gori, which Russian troops entered on Aug. 9, "
                      "residents said.")},
            {"id": "gd-3", "published": "2008-08-21", "source": "Black Sea Courier",
             "text": "TBILISI - Georgia's central bank left its main interest rate unchanged on Wednesday, officials said."},
        ],
        "must_name": ["gd-1", "gd-2"], "bystander": ["gd-3"], "codes": [],
        "note": "13 August vs 9 August for the entry of Russian troops into Gori",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2008-08-07", "2008-08-08", "2008-08-09", "2008-08-10", "2008-08-11")] == [
        "Thursday", "Friday", "Saturday", "Sunday", "Monday"]
    assert [wd(s) for s in ("2008-08-12", "2008-08-13", "2008-08-15", "2008-08-16", "2008-08-19")] == [
        "Tuesday", "Wednesday", "Friday", "Saturday", "Tuesday"]
    assert [wd(s) for s in ("2008-08-22", "2008-08-25", "2008-08-26")] == ["Friday", "Monday", "Tuesday"]
    assert [wd(s) for s in ("2021-08-06", "2021-08-07", "2021-08-08", "2021-08-09", "2021-08-10")] == [
        "Friday", "Saturday", "Sunday", "Monday", "Tuesday"]
    assert [wd(s) for s in ("2021-08-11", "2021-08-12", "2021-08-13", "2021-08-15", "2021-08-16")] == [
        "Wednesday", "Thursday", "Friday", "Sunday", "Monday"]
    assert [wd(s) for s in ("2021-08-17", "2021-08-18", "2021-08-26", "2021-08-27", "2021-08-30",
                            "2021-08-31")] == ["Tuesday", "Wednesday", "Thursday", "Friday", "Monday", "Tuesday"]
    # ISO weeks: "nearly two weeks ago" from Tue 19 Aug 2008 (W34) is W32, the week of 7-8 Aug;
    # "a week ago" from Fri 13 Aug 2021 (W32) is W31 (Zaranj, 6 Aug); "last week" from Fri 27 Aug
    # 2021 (W34) is W33 (amnesty, 17 Aug); "Two weeks ago" from Tue 31 Aug 2021 (W35) is W33
    assert dt.date(2008, 8, 19).isocalendar()[:2] == (2008, 34)
    assert dt.date(2008, 8, 7).isocalendar()[:2] == dt.date(2008, 8, 8).isocalendar()[:2] == (2008, 32)
    assert dt.date(2021, 8, 13).isocalendar()[:2] == (2021, 32) and dt.date(2021, 8, 6).isocalendar()[1] == 31
    assert dt.date(2021, 8, 27).isocalendar()[:2] == (2021, 34) and dt.date(2021, 8, 17).isocalendar()[1] == 33
    assert dt.date(2021, 8, 31).isocalendar()[:2] == (2021, 35)
    # campaign clues agree: the Georgian assault on the night of 7-8 Aug 2008
    war = dt.date(2008, 8, 8)
    assert (dt.date(2008, 8, 10) - war).days + 1 == 3                  # "Three days into the fighting"
    assert (dt.date(2008, 8, 12) - war).days + 1 == 5                  # "Five days into the war"
    assert (dt.date(2008, 8, 12) - dt.date(2008, 8, 10)).days == 2     # "pullout ... two days ago"
    assert (dt.date(2008, 8, 13) - dt.date(2008, 8, 12)).days == 1     # "a day after" the halt
    assert (dt.date(2008, 8, 16) - dt.date(2008, 8, 13)).days == 3     # Gori "entered three days ago"
    assert 10 <= (dt.date(2008, 8, 19) - dt.date(2008, 8, 7)).days < 14   # "nearly two weeks ago"
    assert (dt.date(2008, 8, 20) - war).days == 12                     # "12 days after the first tanks"
    assert (dt.date(2008, 8, 26) - dt.date(2008, 8, 25)).days == 1     # "a day after" the vote
    assert 17 <= (dt.date(2008, 8, 27) - dt.date(2008, 8, 7)).days < 21   # "Nearly three weeks after"
    assert (dt.date(2008, 8, 27) - dt.date(2008, 8, 22)).days == 5     # "last Friday" = 22 Aug
    # the Taliban offensive from 1 May 2021
    start = dt.date(2021, 5, 1)
    assert 14 < (dt.date(2021, 8, 9) - start).days / 7 < 15            # "More than 14 weeks into"
    assert 3 < (dt.date(2021, 8, 13) - start).days / 30.44 < 3.5       # "little more than three months"
    assert (dt.date(2021, 8, 10) - dt.date(2021, 8, 8)).days == 2      # talks "two days after" Kunduz
    assert (dt.date(2021, 8, 13) - dt.date(2021, 8, 6)).days == 7      # Zaranj "a week ago"
    assert (dt.date(2021, 8, 16) - dt.date(2021, 8, 15)).days == 1     # "a day after the capital fell"
    assert (dt.date(2021, 8, 18) - dt.date(2021, 8, 15)).days == 3     # "three days after" Ghani fled
    assert (dt.date(2021, 8, 18) - dt.date(2021, 8, 17)).days == 1     # "a day after" the conference
    assert (dt.date(2021, 8, 31) - dt.date(2021, 8, 14)).days == 17    # the airlift's "final two weeks" and more
    # inconsistent variants: the inconsistency is real
    assert wd("2008-08-26") == "Tuesday" and wd("2008-08-27") == "Wednesday"
    assert wd("2021-05-01") == "Saturday" and wd("2021-08-11") == "Wednesday"
    assert (dt.date(2021, 8, 11) - start).days == 102 and (dt.date(2021, 8, 11) - start).days // 7 + 1 == 15
    assert wd("2008-08-13") == "Wednesday" and wd("2008-08-21") == "Thursday"


def main() -> None:
    check_facts()
    corpus.write_batch("u7-timeml", SETS, INCONSISTENT,
                       checks=[corpus.check_past_intervals, corpus.check_weeks, corpus.check_relative_days,
                               corpus.check_lengths])


if __name__ == "__main__":
    main()
