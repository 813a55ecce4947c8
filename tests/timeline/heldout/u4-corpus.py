"""UNSEEN held-out sets (session 4): written by QA for the final honest measurement.

DEVELOPERS: do not read this file or ``data/u4-*``, and do not run ``_measure.py --unseen4``; the
sets exist to measure the engine on news nobody tuned it on.  Numbers are reported to the lead (and
as xfail reasons in ``test_heldout.py``).

Two campaigns, every sentence our own (facts from the public record):
- ``u4-debaltseve``: the separatist winter offensive on the Ukrainian-held rail hub of Debaltseve,
  January – February 2015 (the Donetsk "republic" had been proclaimed in April 2014; fighting
  flared again at Mariinka in June 2015);
- ``u4-karabakh``: the 2020 Nagorno-Karabakh war, 27 September – 10 November 2020, and the fall of
  Shusha/Shushi (lost by Azerbaijan in May 1992; Armenia voted in a snap election in June 2021);
plus inconsistent variants (``u4-inc-karabakh-weekday``, ``u4-inc-karabakh-weeks``,
``u4-inc-debaltseve-disagree``).

``python tests/timeline/heldout/u4-corpus.py`` writes ``data/u4-*.jsonl``, ``data/u4-*.gold.json``,
``data/u4-*.expected.json`` and ``data/u4-timeml/*.tml``, in the formats of ``corpus.py`` (same
annotation tuples, same gold writer), after checking every weekday, every ISO week and every "the
past N days" interval against the calendar.
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
DEBALTSEVE: list[dict[str, Any]] = [
    {
        "id": "db-01", "published": "2015-01-31", "source": "Dnieper Wire",
        "text": (
            "KIEV, Jan 31 (Dnieper Wire) - Pro-Russian rebels kept up their bombardment of the "
            "government-held railway junction of Debaltseve on Saturday, and a few hundred residents "
            "crowded onto evacuation buses between salvoes of Grad rockets, regional officials said. Now in "
            "its second week, the separatist push is aimed at pinching off a bulge of Ukrainian-held ground "
            "that juts some 30 km into rebel territory between Donetsk and Luhansk. Truce talks in the "
            "Belarusian capital broke down this evening after envoys had waited for hours for the rebel "
            "delegation to turn up. Kiev has between 5,000 and 8,000 troops in and around the town, "
            "military analysts estimate."
        ),
        "gold": [
            a("Jan 31", "DATE", "2015-01-31"),
            a("Saturday", "DATE", "2015-01-31"),
            a("Now", "DATE", "PRESENT_REF", optional_value=True),
            a("second week", "DURATION", "P1W", optional_value=True,
              notes="the push's second week: it began 7-13 days before 2015-01-31"),
            a("this evening", "TIME", "2015-01-31TEV"),
            a("hours", "DURATION", "PTXH", notes="'for hours': vague duration"),
        ],
        "not": ["30 km", "between 5,000 and 8,000"],
    },
    {
        "id": "db-02", "published": "2015-02-03", "source": "Black Sea Herald",
        "text": (
            "ARTEMIVSK, Ukraine — There is one road left into Debaltseve now, and the army drivers who use "
            "it keep their feet down. The rebel assault on the town has gone on for the past 12 days, and "
            "the soldiers who ride back up this highway talk about frozen trenches and shelling that never "
            "lets up. At the field hospital here, a surgeon who would give only his first name said he had "
            "operated on 40 wounded men since Sunday. Vuhlehirsk, a village about 10 miles to the west "
            "that Russian speakers call Uglegorsk, changed hands twice last week."
        ),
        "gold": [
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("the past 12 days", "DURATION", "P12D", interval=iv("2015-01-22", "2015-02-03")),
            a("Sunday", "DATE", "2015-02-01"),
            a("last week", "DATE", "2015-W05"),
        ],
        "not": ["40", "10 miles"],
    },
    {
        "id": "db-03", "published": "2015-02-04", "source": "Steppe Courier",
        "text": (
            "ANALYSIS — Nearly two weeks into the rebel offensive on Debaltseve, the argument in Kiev is no "
            "longer about whether the town can be held, but about how many lives holding it is worth. For "
            "the separatists, whose self-styled Donetsk People's Republic was proclaimed in April last "
            "year, the rail hub is the missing link between their two breakaway regions. Diplomats expect "
            "Angela Merkel and Francois Hollande to take a new peace plan to Kiev and then to Moscow later "
            "this week. The last one, signed in Minsk on Sept. 5, was meant to freeze the front; the "
            "fighting never really stopped."
        ),
        "gold": [
            a("Nearly two weeks", "DURATION", "P2W", mod="LESS_THAN",
              notes="event-relative: nearly two weeks into the offensive"),
            a("April last year", "DATE", "2014-04"),
            a("later this week", "DATE", "2015-W06"),
            a("Sept. 5", "DATE", "2014-09-05", notes="past tense: the September before"),
        ],
        "not": [],
    },
    {
        "id": "db-04", "published": "2015-02-12", "source": "Dnieper Wire",
        "text": (
            "MINSK, Thursday 12 February 2015 (Dnieper Wire) - After some 16 hours of bargaining, the "
            "leaders of Russia, Ukraine, Germany and France agreed on Thursday on a package of measures for "
            "eastern Ukraine, including a ceasefire that is to take hold from Sunday, February 15. Both "
            "sides are to withdraw heavy guns to open a buffer zone 50 to 140 km wide. Vladimir Putin told "
            "reporters that the rebels regarded the Ukrainian soldiers at Debaltseve as surrounded, a claim "
            "Petro Poroshenko rejected."
        ),
        "gold": [
            a("Thursday 12 February 2015", "DATE", "2015-02-12"),
            a("some 16 hours", "DURATION", "PT16H", mod="APPROX"),
            a("Thursday", "DATE", "2015-02-12"),
            a("Sunday, February 15", "DATE", "2015-02-15"),
        ],
        "not": ["50 to 140 km"],
    },
    {
        "id": "db-05", "published": "2015-02-18", "source": "Black Sea Herald",
        "text": (
            "KIEV — Ukrainian units began pulling out of Debaltseve on Wednesday (February 18), President "
            "Petro Poroshenko said, handing the strategic town to Russian-backed separatists three days "
            "after a truce was supposed to silence the guns around it. About 80 percent of the troops had "
            "already left in good order, he said, before flying east to meet them. Rebel commanders "
            "claimed they had sealed the pocket on Feb. 9 and taken hundreds of prisoners."
        ),
        "gold": [
            a("Wednesday (February 18)", "DATE", "2015-02-18"),
            a("three days", "DURATION", "P3D", notes="event-relative: three days after the truce began"),
            a("Feb. 9", "DATE", "2015-02-09"),
        ],
        "not": ["80 percent"],
    },
    {
        "id": "db-06", "published": "2015-02-18", "source": "Steppe Courier",
        "text": (
            "DONETSK, Ukraine (Steppe Courier) — Worn-out Ukrainian soldiers trudged out of Debaltsevo on "
            "Wednesday, some on foot across snow-covered fields, after Kiev ordered them to abandon the "
            "besieged rail town. A rebel commander said his men hoisted their flag over the town hall at "
            "about 9 a.m. The retreat is the worst setback for Kiev since its forces were routed at "
            "Ilovaisk last August."
        ),
        "gold": [
            a("Wednesday", "DATE", "2015-02-18"),
            a("9 a.m.", "TIME", "2015-02-18T09:00"),
            a("last August", "DATE", "2014-08"),
        ],
        "not": [],
    },
    {
        "id": "db-07", "published": "2015-02-19", "source": "Dnieper Wire",
        "text": (
            "KIEV, Feb 19 (Dnieper Wire) - Yesterday's retreat from Debaltseve cost at least 13 Ukrainian "
            "soldiers their lives and dozens more are unaccounted for, the general staff said, as Kiev and "
            "Moscow blamed each other for wrecking a ceasefire that was barely four days old. Separatist "
            "leaders said more than 3,000 government troops had been trapped in the town before the "
            "pull-out. The German and French leaders, who carried their peace plan to Kiev and Moscow "
            "earlier this month, urged both sides to respect it."
        ),
        "gold": [
            a("Feb 19", "DATE", "2015-02-19"),
            a("Yesterday", "DATE", "2015-02-18"),
            a("four days", "DURATION", "P4D", notes="event-relative: the ceasefire's age"),
            a("earlier this month", "DATE", "2015-02", mod="START", optional_value=True),
        ],
        "not": ["13", "3,000"],
    },
    {
        "id": "db-08", "published": "2015-06-04", "source": "Black Sea Herald",
        "text": (
            "MARIINKA, Ukraine — Fighting flared on Wednesday around Mariinka, a small town on the western "
            "edge of rebel-held Donetsk, in the heaviest clashes since the fall of Debaltseve nearly four "
            "months ago. Separatist units supported by tanks tried to punch through Ukrainian lines, Kiev "
            "said, and at least 20 people were reported killed on both sides. Donetsk has been the capital "
            "of the separatists' self-declared republic since they proclaimed it in April 2014. The Minsk "
            "agreement of mid-February, which halted the winter offensive, now looks close to collapse."
        ),
        "gold": [
            a("Wednesday", "DATE", "2015-06-03"),
            a("nearly four months ago", "DATE", "2015-02", mod="APPROX"),
            a("April 2014", "DATE", "2014-04"),
            a("mid-February", "DATE", "2015-02", mod="MID"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
        ],
        "not": ["20"],
    },
]

DEBALTSEVE_EVENTS: list[dict[str, Any]] = [
    {"name": "separatist offensive on Debaltseve",
     "keywords": ["offensive", "assault", "push", "battle", "campaign", "siege", "attack"],
     "docs": ["db-01", "db-02", "db-03"], "start": ["2015-01-20", "2015-01-24"]},
    {"name": "Ukrainian withdrawal from the town",
     "keywords": ["withdr", "retreat", "pull", "leav", "left", "trudg", "abandon"],
     "docs": ["db-05", "db-06", "db-07"], "start": ["2015-02-18", "2015-02-18"]},
    {"name": "Donetsk republic proclaimed", "keywords": ["proclaim", "declar", "republic"],
     "docs": ["db-03", "db-08"], "start": ["2014-04-01", "2014-04-30"]},
    {"name": "Minsk package agreed", "keywords": ["agree", "deal", "accord", "package"],
     "docs": ["db-04", "db-08"], "start": ["2015-02-12", "2015-02-12"]},
    {"name": "ceasefire takes effect", "keywords": ["ceasefire", "truce"],
     "docs": ["db-04", "db-07"], "start": ["2015-02-15", "2015-02-15"]},
    {"name": "rout at Ilovaisk", "keywords": ["rout", "ilovaisk", "defeat"],
     "docs": ["db-06"], "start": ["2014-08-01", "2014-08-31"]},
    {"name": "truce talks break down", "keywords": ["broke down", "talks", "collaps"],
     "docs": ["db-01"], "start": ["2015-01-31", "2015-01-31"]},
    {"name": "fighting flares at Mariinka", "keywords": ["fight", "flare", "clash"],
     "docs": ["db-08"], "start": ["2015-06-03", "2015-06-03"]},
]

# ---------------------------------------------------------------------------------------------------
KARABAKH: list[dict[str, Any]] = [
    {
        "id": "nk-01", "published": "2020-09-27", "source": "Caspian Wire",
        "text": (
            "BAKU/YEREVAN, Sept 27 (Caspian Wire) - Fierce fighting erupted along the front line in "
            "Nagorno-Karabakh on Sunday, with Azerbaijan saying it had launched a counter-offensive and "
            "Armenia accusing Baku of shelling civilian areas, including the regional capital Stepanakert. "
            "Armenia declared martial law and ordered a general mobilisation. The mountain enclave, home to "
            "some 150,000 ethnic Armenians, threw off Azerbaijani rule in a war that ended with a ceasefire "
            "in 1994."
        ),
        "gold": [
            a("Sept 27", "DATE", "2020-09-27"),
            a("Sunday", "DATE", "2020-09-27"),
            a("1994", "DATE", "1994"),
        ],
        "not": ["150,000"],
    },
    {
        "id": "nk-02", "published": "2020-10-06", "source": "Highland Courier",
        "text": (
            "STEPANAKERT, Nagorno-Karabakh — The families who stayed in this city sleep in basements now "
            "and climb out only when the sirens go quiet. In its second week, the war over Karabakh has "
            "reached streets that were spared even during the four-day flare-up of April 2016. On Sunday a "
            "cluster bomb landed near the central market, witnesses said, and the electricity was cut for "
            "hours. Before the fighting the city, which Azerbaijanis call Khankendi, had roughly 55,000 "
            "residents; local officials guess that half of them have gone."
        ),
        "gold": [
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("second week", "DURATION", "P1W", optional_value=True,
              notes="the war's second week: it began 7-13 days before 2020-10-06"),
            a("four-day", "DURATION", "P4D", notes="event-relative: the 2016 flare-up's length"),
            a("April 2016", "DATE", "2016-04"),
            a("Sunday", "DATE", "2020-10-04"),
            a("hours", "DURATION", "PTXH", notes="'for hours': vague duration"),
        ],
        "not": ["55,000"],
    },
    {
        "id": "nk-03", "published": "2020-10-09", "source": "Caspian Wire",
        "text": (
            "MOSCOW, Oct 9 (Caspian Wire) - The foreign ministers of Armenia and Azerbaijan flew into "
            "Moscow on Friday for their first face-to-face talks since the fighting over Nagorno-Karabakh "
            "began, after the past 12 days of artillery duels, drone strikes and ground attacks along a "
            "front of more than 200 km. The Kremlin said President Vladimir Putin had proposed the meeting "
            "in telephone calls with both leaders on Thursday night. Azerbaijani forces took the town of "
            "Jabrayil on Sunday, Ilham Aliyev said, and have since pushed west along the Araks river."
        ),
        "gold": [
            a("Oct 9", "DATE", "2020-10-09"),
            a("Friday", "DATE", "2020-10-09"),
            a("the past 12 days", "DURATION", "P12D", interval=iv("2020-09-27", "2020-10-09")),
            a("Thursday night", "TIME", "2020-10-08TNI"),
            a("Sunday", "DATE", "2020-10-04"),
        ],
        "not": ["more than 200 km"],
    },
    {
        "id": "nk-04", "published": "2020-10-10", "source": "Ararat News Service",
        "text": (
            "MOSCOW, Saturday 10 October 2020 (Ararat News Service) — Armenia and Azerbaijan agreed to a "
            "humanitarian ceasefire in Nagorno-Karabakh from noon on Saturday, Russian Foreign Minister "
            "Sergei Lavrov announced shortly after 3 a.m., at the end of ten hours of talks. Nearly two "
            "weeks into the war, the pause is meant to let the two sides exchange prisoners and recover "
            "their dead. Each side accused the other of breaching it within minutes."
        ),
        "gold": [
            a("Saturday 10 October 2020", "DATE", "2020-10-10"),
            a("noon on Saturday", "TIME", "2020-10-10T12:00"),
            a("3 a.m.", "TIME", "2020-10-10T03:00"),
            a("ten hours", "DURATION", "PT10H"),
            a("Nearly two weeks", "DURATION", "P2W", mod="LESS_THAN",
              notes="event-relative: nearly two weeks into the war"),
            a("minutes", "DURATION", "PTXM", notes="'within minutes': vague duration"),
        ],
        "not": [],
    },
    {
        "id": "nk-05", "published": "2020-11-08", "source": "Caspian Wire",
        "text": (
            "BAKU, Nov 8 (Caspian Wire) - Azerbaijani troops captured Shusha on Sunday (November 8), "
            "President Ilham Aliyev said in a televised address, seizing the hilltop town that Armenians "
            "call Shushi. From its cliffs the town looks down on Stepanakert, about 10 km away, and the "
            "road to Armenia runs below it. Armenian officials insisted the battle was not over. Azerbaijan "
            "lost Shusha to Armenian fighters in May 1992, two years before the truce that froze the "
            "conflict."
        ),
        "gold": [
            a("Nov 8", "DATE", "2020-11-08"),
            a("Sunday (November 8)", "DATE", "2020-11-08"),
            a("May 1992", "DATE", "1992-05"),
            a("two years", "DURATION", "P2Y", notes="event-relative: two years before the truce"),
        ],
        "not": ["10 km"],
    },
    {
        "id": "nk-06", "published": "2020-11-08", "source": "Ararat News Service",
        "text": (
            "Azerbaijan's army took control of Shushi on Sunday after days of hand-to-hand fighting in the "
            "town's streets, according to Baku, putting its guns within range of almost every house in "
            "Stepanakert. Karabakh's ethnic Armenian leadership did not confirm the loss, saying only that "
            "the fighting had moved to the outskirts of the capital. Azerbaijani special forces scaled the "
            "wooded gorge beneath the town earlier this week, a local commander told reporters."
        ),
        "gold": [
            a("Sunday", "DATE", "2020-11-08"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'after days of': vague duration"),
            a("earlier this week", "DATE", "2020-W45"),
        ],
        "not": [],
    },
    {
        "id": "nk-07", "published": "2020-11-09", "source": "Highland Courier",
        "text": (
            "YEREVAN, Nov 9 (Highland Courier) — Officials in Nagorno-Karabakh admitted on Monday that "
            "Shushi was in Azerbaijani hands, a day after Baku announced its capture. Yesterday's fall of "
            "the town, which stands over the only highway to Armenia, leaves Stepanakert almost "
            "defenceless, a retired Armenian colonel said. Six weeks of fighting have killed more than "
            "1,000 soldiers on the Armenian side alone, according to the defence ministry's own count."
        ),
        "gold": [
            a("Nov 9", "DATE", "2020-11-09"),
            a("Monday", "DATE", "2020-11-09"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the announcement"),
            a("Yesterday", "DATE", "2020-11-08"),
            a("Six weeks", "DURATION", "P6W", notes="event-relative: the war's length so far"),
        ],
        "not": ["1,000"],
    },
    {
        "id": "nk-08", "published": "2020-11-10", "source": "Caspian Wire",
        "text": (
            "MOSCOW, Nov 10 (Caspian Wire) - A deal signed by the leaders of Armenia, Azerbaijan and Russia "
            "to end the six-week war over Nagorno-Karabakh came into force at midnight Moscow time, and the "
            "first Russian peacekeepers flew out to the region on Tuesday. Some 1,960 Russian soldiers with "
            "90 armoured vehicles will patrol the line of contact and the Lachin corridor for five years, "
            "the Kremlin said. In Yerevan, protesters who called Prime Minister Nikol Pashinyan a traitor "
            "broke into parliament overnight."
        ),
        "gold": [
            a("Nov 10", "DATE", "2020-11-10"),
            a("six-week", "DURATION", "P6W", notes="event-relative: the war's length"),
            a("midnight", "TIME", "2020-11-10T00:00"),
            a("Tuesday", "DATE", "2020-11-10"),
            a("five years", "DURATION", "P5Y"),
            a("overnight", "TIME", "2020-11-09TNI"),
        ],
        "not": ["1,960", "90"],
    },
    {
        "id": "nk-09", "published": "2021-06-21", "source": "Ararat News Service",
        "text": (
            "Nikol Pashinyan's party won Sunday's snap parliamentary election comfortably, official results "
            "showed on Monday, a verdict few had predicted seven months after he signed the ceasefire that "
            "surrendered Shusha and large tracts of land around Karabakh to Azerbaijan. He called the early "
            "vote in March, when street protests over the defeat in the 44-day war threatened to bring him "
            "down. Turnout was just under 50 percent."
        ),
        "gold": [
            a("Sunday", "DATE", "2021-06-20"),
            a("Monday", "DATE", "2021-06-21"),
            a("seven months", "DURATION", "P7M", notes="event-relative: seven months after the ceasefire"),
            a("March", "DATE", "2021-03"),
            a("44-day", "DURATION", "P44D", notes="event-relative: the war's length"),
        ],
        "not": ["50 percent"],
    },
]

KARABAKH_EVENTS: list[dict[str, Any]] = [
    {"name": "the 2020 war over Nagorno-Karabakh (Azerbaijani offensive)",
     "keywords": ["war", "offensive", "fighting", "conflict", "campaign", "battle"],
     "docs": ["nk-02", "nk-03", "nk-04"], "start": ["2020-09-25", "2020-09-29"]},
    {"name": "Shusha (Shushi) captured", "keywords": ["captur", "fall", "took", "taken", "control", "hands"],
     "docs": ["nk-05", "nk-06", "nk-07"], "start": ["2020-11-08", "2020-11-08"]},
    {"name": "Shusha lost to Armenian fighters in 1992", "keywords": ["lost", "fell", "captur", "seiz"],
     "docs": ["nk-05"], "start": ["1992-05-01", "1992-05-31"]},
    {"name": "humanitarian ceasefire agreed in Moscow", "keywords": ["ceasefire", "truce", "agree", "pause"],
     "docs": ["nk-04"], "start": ["2020-10-10", "2020-10-10"]},
    {"name": "foreign ministers fly in for talks", "keywords": ["talks", "flew", "meeting"],
     "docs": ["nk-03"], "start": ["2020-10-09", "2020-10-09"]},
    {"name": "Jabrayil taken", "keywords": ["took", "taken", "captur", "jabrayil"],
     "docs": ["nk-03"], "start": ["2020-10-04", "2020-10-04"]},
    {"name": "deal ending the war", "keywords": ["deal", "agreement", "sign", "ceasefire", "force"],
     "docs": ["nk-08", "nk-09"], "start": ["2020-11-09", "2020-11-10"]},
    {"name": "Armenian snap election", "keywords": ["election", "vote", "won"],
     "docs": ["nk-09"], "start": ["2021-06-20", "2021-06-20"]},
]

SETS = {"u4-debaltseve": (DEBALTSEVE, DEBALTSEVE_EVENTS), "u4-karabakh": (KARABAKH, KARABAKH_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u4-inc-karabakh-weekday": {
        "docs": [
            {"id": "kw-1", "published": "2020-11-09", "source": "Caspian Wire",
             "text": ("BAKU - Azerbaijani troops captured the hilltop town of Shusha on Saturday (November 8) "
                      "after days of fighting in its streets, President Ilham Aliyev said in an address to "
                      "the nation.")},
            {"id": "kw-2", "published": "2020-11-09", "source": "Highland Courier",
             "text": ("TBILISI - Georgian opposition parties rallied outside parliament on Sunday to demand "
                      "a rerun of last month's election.")},
        ],
        "must_name": ["kw-1"], "bystander": ["kw-2"], "codes": ["weekday-mismatch"],
        "note": "November 8, 2020 was a Sunday",
    },
    "u4-inc-karabakh-weeks": {
        "docs": [
            {"id": "kk-1", "published": "2020-09-28", "source": "Caspian Wire",
             "text": ("BAKU, Sept 28 (Caspian Wire) - Azerbaijan opened its offensive against Armenian forces "
                      "in Nagorno-Karabakh on Sunday (Sept. 27), shelling positions along the whole front, "
                      "the defence ministry said.")},
            {"id": "kk-2", "published": "2020-11-03", "source": "Ararat News Service",
             "text": ("YEREVAN - Three weeks into the war over Nagorno-Karabakh, Azerbaijani units are "
                      "fighting their way up the valleys toward Shushi, Armenian officials said on "
                      "Tuesday.")},
            {"id": "kk-3", "published": "2020-11-03", "source": "Ararat News Service",
             "text": "YEREVAN - The Armenian dram weakened against the dollar on Monday, traders said."},
        ],
        "must_name": ["kk-1", "kk-2"], "bystander": ["kk-3"], "codes": [],
        "note": "begun 27 September, the war is 37 days old on 3 November, not three weeks",
    },
    "u4-inc-debaltseve-disagree": {
        "docs": [
            {"id": "dd-1", "published": "2015-02-18", "source": "Dnieper Wire",
             "text": ("KIEV, Feb 18 (Dnieper Wire) - Ukrainian troops began withdrawing from the encircled "
                      "town of Debaltseve on Wednesday (Feb. 18), President Petro Poroshenko said.")},
            {"id": "dd-2", "published": "2015-02-25", "source": "Black Sea Herald",
             "text": ("KRAMATORSK - The withdrawal from Debaltseve, which began on Feb. 11, left the army "
                      "short of artillery for the rest of the winter, officers said on Tuesday.")},
            {"id": "dd-3", "published": "2015-02-25", "source": "Black Sea Herald",
             "text": "LVIV - Heavy snow closed several mountain roads in western Ukraine on Tuesday."},
        ],
        "must_name": ["dd-1", "dd-2"], "bystander": ["dd-3"], "codes": [],
        "note": "18 February vs 11 February for the start of one withdrawal",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2015-01-31", "2015-02-01", "2015-02-12", "2015-02-15", "2015-02-18")] == [
        "Saturday", "Sunday", "Thursday", "Sunday", "Wednesday"]
    assert wd("2015-06-03") == "Wednesday"
    assert [wd(s) for s in ("2020-09-27", "2020-10-04", "2020-10-08", "2020-10-09", "2020-10-10")] == [
        "Sunday", "Sunday", "Thursday", "Friday", "Saturday"]
    assert [wd(s) for s in ("2020-11-08", "2020-11-09", "2020-11-10", "2021-06-20", "2021-06-21")] == [
        "Sunday", "Monday", "Tuesday", "Sunday", "Monday"]
    # ISO weeks: "last week" from Tue 3 Feb 2015, "later this week" from Wed 4 Feb 2015,
    # "earlier this week" from Sun 8 Nov 2020
    assert dt.date(2015, 2, 3).isocalendar()[:2] == (2015, 6)
    assert dt.date(2015, 2, 4).isocalendar()[:2] == (2015, 6)
    assert dt.date(2020, 11, 8).isocalendar()[:2] == (2020, 45)
    # campaign clues agree: the rebel offensive from 22 Jan 2015, the war from 27 Sep 2020
    start = dt.date(2015, 1, 22)
    assert 7 <= (dt.date(2015, 1, 31) - start).days <= 13        # "Now in its second week"
    assert (dt.date(2015, 2, 3) - start).days == 12              # "the past 12 days"
    assert 10 <= (dt.date(2015, 2, 4) - start).days < 14         # "Nearly two weeks into"
    assert (dt.date(2015, 2, 18) - dt.date(2015, 2, 15)).days == 3   # "three days after a truce"
    assert (dt.date(2015, 2, 19) - dt.date(2015, 2, 15)).days == 4   # "barely four days old"
    assert 3 <= (dt.date(2015, 6, 4) - dt.date(2015, 2, 18)).days / 30.44 < 4   # "nearly four months ago"
    war = dt.date(2020, 9, 27)
    assert 7 <= (dt.date(2020, 10, 6) - war).days <= 13          # "In its second week"
    assert (dt.date(2020, 10, 9) - war).days == 12               # "the past 12 days"
    assert 10 <= (dt.date(2020, 10, 10) - war).days < 14         # "Nearly two weeks into"
    assert (dt.date(2020, 11, 9) - war).days // 7 == 6           # "Six weeks of fighting"
    assert (dt.date(2020, 11, 10) - war).days == 44              # "the 44-day war", "six-week war"
    assert round((dt.date(2021, 6, 20) - dt.date(2020, 11, 10)).days / 30.44) == 7   # "seven months after"
    assert 1994 - 1992 == 2                                      # "May 1992, two years before the truce"
    # inconsistent variants: the inconsistency is real
    assert wd("2020-11-08") == "Sunday" and wd("2020-11-09") == "Monday"
    assert wd("2020-11-03") == "Tuesday" and (dt.date(2020, 11, 3) - war).days == 37   # not 21-27
    assert wd("2015-02-24") == "Tuesday" and wd("2015-02-18") == "Wednesday"


_PAST = re.compile(r"the past (\w+) (day|week)s?$")
_N = {"12": 12}


def check_past_intervals(docs: list[dict[str, Any]]) -> None:
    """"the past N days/weeks" (and "the past week") is annotated [published - N, published)."""
    for d in docs:
        for surface, _t, _v, extra in d["gold"]:
            m = _PAST.match(surface) or re.fullmatch(r"the past (week)", surface)
            if m:
                days = 7 if m.group(1) == "week" else _N[m.group(1)] * (7 if m.group(2) == "week" else 1)
                end = dt.date.fromisoformat(d["published"])
                assert extra["interval"] == iv(str(end - dt.timedelta(days=days)), str(end)), (d["id"], surface)




def check_weeks(docs: list[dict[str, Any]]) -> None:
    """An ISO-week value ("last week", "earlier this week") is the publication week or the one before."""
    for d in docs:
        year, week, _ = dt.date.fromisoformat(d["published"]).isocalendar()
        for surface, _t, value, _x in d["gold"]:
            m = re.fullmatch(r"(\d{4})-W(\d{2})", value)
            if m:
                want = week - 1 if surface.lower().startswith("last") else week
                assert (int(m.group(1)), int(m.group(2))) == (year, want), (d["id"], surface, value)




def main() -> None:
    check_facts()
    corpus.write_batch("u4-timeml", SETS, INCONSISTENT, checks=[check_past_intervals, check_weeks])


if __name__ == "__main__":
    main()
