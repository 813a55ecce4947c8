"""UNSEEN held-out sets (session 3): written by QA for the final measurement only.

DEVELOPERS: do not read this file or ``data/u2-*``, and do not run ``_measure.py --unseen2``; the
sets exist to measure the engine on news nobody tuned it on.  Numbers are reported to the lead (and
as xfail reasons in ``test_heldout.py``).

Two campaigns, every sentence our own (facts from the public record):
- ``u2-ramadi``: the Iraqi offensive that retook central Ramadi from Islamic State, December 2015 –
  February 2016 (the city had fallen on 17 May 2015);
- ``u2-mariupol``: the Russian siege of Mariupol, March – May 2022;
plus inconsistent variants (``u2-inc-ramadi-weekday``, ``u2-inc-mariupol-weeks``,
``u2-inc-ramadi-disagree``).

``python tests/timeline/heldout/u2-corpus.py`` writes ``data/u2-*.jsonl``, ``data/u2-*.gold.json``,
``data/u2-*.expected.json`` and ``data/u2-timeml/*.tml``, in the formats of ``corpus.py`` (same
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
RAMADI: list[dict[str, Any]] = [
    {
        "id": "rm-01", "published": "2015-12-24", "source": "Tigris Wire",
        "text": (
            "BAGHDAD, Dec. 24 (Tigris Wire) — Iraqi troops have fought their way to within 500 metres of the "
            "government complex in central Ramadi, a military spokesman said on Thursday, as Islamic State "
            "snipers and roadside bombs slowed the advance through the city's southern districts. The army's "
            "counter-terrorism service is leading the push, with police and Sunni tribal fighters holding the "
            "ground behind it. US-led coalition aircraft carried out a series of strikes on militant positions "
            "near the city yesterday, the coalition said. Ramadi, the capital of Anbar province 110 km west of "
            "Baghdad, fell to the jihadists in May when government forces abandoned it. Commanders say they "
            "hope to retake it before the end of the year."
        ),
        "gold": [
            a("Dec. 24", "DATE", "2015-12-24"),
            a("Thursday", "DATE", "2015-12-24"),
            a("yesterday", "DATE", "2015-12-23"),
            a("May", "DATE", "2015-05", notes="past tense: the May before"),
            a("the end of the year", "DATE", "2015", mod="END"),
        ],
        "not": ["500 metres", "110 km"],
    },
    {
        "id": "rm-02", "published": "2015-12-27", "source": "Anbar Dispatch",
        "text": (
            "RAMADI, Iraq — Iraqi forces seized the main government complex in Ramadi on Sunday, driving "
            "Islamic State fighters from the heart of a city they have held since the spring, an army "
            "spokesman said. Counter-terrorism troops entered the compound this afternoon after clearing "
            "booby-trapped buildings on its approaches, he said. The offensive has pushed deep into the city "
            "over the past five days, but commanders warned that militants still held pockets to the north "
            "and east. An estimated 250-300 fighters were believed to remain inside, along with hundreds of "
            "civilian families."
        ),
        "gold": [
            a("Sunday", "DATE", "2015-12-27"),
            a("the spring", "DATE", "2015-SP"),
            a("this afternoon", "TIME", "2015-12-27TAF"),
            a("the past five days", "DURATION", "P5D", interval=iv("2015-12-22", "2015-12-27")),
        ],
        "not": ["250-300"],
    },
    {
        "id": "rm-03", "published": "2015-12-28", "source": "Gulf Courier",
        "text": (
            "BAGHDAD — Iraq's military declared Ramadi liberated on Monday and raised the national flag over "
            "the city's government compound, a day after troops captured it from Islamic State. Yesterday's "
            "capture of the compound, the seat of Anbar's provincial government, is the biggest victory for "
            "the Iraqi army since its collapse in the north in 2014. The city fell to the jihadists more than "
            "seven months ago, when its defenders fled during a sandstorm. Army engineers have defused at "
            "least 2,000 bombs around the complex alone, a spokesman said. Prime Minister Haider al-Abadi "
            "said 2016 would be the year of Islamic State's final defeat in Iraq."
        ),
        "gold": [
            a("Monday", "DATE", "2015-12-28"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the capture"),
            a("Yesterday", "DATE", "2015-12-27"),
            a("2014", "DATE", "2014"),
            a("more than seven months ago", "DATE", "2015-05", mod="BEFORE"),
            a("2016", "DATE", "2016"),
        ],
        "not": ["2,000"],
    },
    {
        "id": "rm-04", "published": "2015-12-29", "source": "Anbar Dispatch",
        "text": (
            "RAMADI, Iraq, Tuesday 29 Dec 2015 (Anbar Dispatch) — Prime Minister Haider al-Abadi toured "
            "Ramadi on Tuesday, walking through the shattered government compound that his troops took from "
            "Islamic State on Sunday (Dec. 27) and promising to rebuild the city. The offensive, now in its "
            "second week, has won back most of the provincial capital, but militants are still holding out "
            "in the Sufiya and Sijariya districts to the east, officers said. The US-led coalition has carried "
            "out more than 600 strikes around Ramadi since July, a coalition spokesman said. Engineers are to "
            "start clearing the main roads next week."
        ),
        "gold": [
            a("Tuesday 29 Dec 2015", "DATE", "2015-12-29"),
            a("Tuesday", "DATE", "2015-12-29"),
            a("Sunday (Dec. 27)", "DATE", "2015-12-27"),
            a("now", "DATE", "PRESENT_REF"),
            a("second week", "DURATION", "P1W", optional_value=True,
              notes="the offensive's second week: it began 7-13 days before 2015-12-29"),
            a("July", "DATE", "2015-07"),
            a("next week", "DATE", "2016-W01"),
        ],
        "not": ["600"],
    },
    {
        "id": "rm-05", "published": "2015-12-31", "source": "Tigris Wire",
        "text": (
            "HABBANIYAH, Iraq — Islamic State fighters hit back at Iraqi troops north of Ramadi on Wednesday, "
            "sending a wave of suicide car bombs against army positions days after losing the city centre, "
            "security officials said. The attackers were driven off with the help of coalition aircraft, "
            "although several soldiers were killed. Troops have retaken about 80 percent of the city since "
            "the start of the offensive, the army says. Displaced families are unlikely to go home before "
            "the spring, and officials have asked for foreign help to clear explosives in the coming months."
        ),
        "gold": [
            a("Wednesday", "DATE", "2015-12-30"),
            a("days", "DURATION", "PXD", optional_value=True, notes="event-relative: days after the loss"),
            a("since the start of the offensive", "DURATION", "PXD", optional_value=True,
              notes="event-relative; detection only"),
            a("the spring", "DATE", "2016-SP", notes="future: the coming spring"),
            a("the coming months", "DATE", "FUTURE_REF", optional_value=True),
        ],
        "not": ["80 percent"],
    },
    {
        "id": "rm-06", "published": "2016-01-12", "source": "Gulf Courier",
        "text": (
            "RAMADI, Iraq, Jan. 12 (Gulf Courier) — Three weeks into the battle for Ramadi, Iraqi troops are "
            "still fighting house by house in the eastern suburbs, where Islamic State militants have dug "
            "tunnels between homes, officers said on Tuesday. The army declared victory in the city centre "
            "last month, but the militants have since staged raids on the outskirts. About 400 families "
            "escaped from Sufiya last week, the provincial council said. The Ramadi offensive has cost the "
            "army heavily, and officials say clearing the city could take months."
        ),
        "gold": [
            a("Jan. 12", "DATE", "2016-01-12"),
            a("Three weeks", "DURATION", "P3W", notes="event-relative: three weeks into the battle"),
            a("Tuesday", "DATE", "2016-01-12"),
            a("last month", "DATE", "2015-12"),
            a("last week", "DATE", "2016-W01"),
            a("months", "DURATION", "PXM"),
        ],
        "not": ["400"],
    },
    {
        "id": "rm-07", "published": "2016-02-10", "source": "Tigris Wire",
        "text": (
            "BAGHDAD, Feb. 10 (Tigris Wire) — Iraqi forces drove Islamic State out of the last areas it held "
            "on the eastern edge of Ramadi on Tuesday, seven weeks after troops first pushed into the city, "
            "the Joint Operations Command said. Soldiers and tribal fighters cleared the Husaybah "
            "al-Sharqiya area in the past 10 days, the command said. A team of United Nations experts who "
            "toured Ramadi last week found that most of its houses, bridges and power lines had been "
            "destroyed. The militants still hold Falluja, 50 km to the east, which the army says it will "
            "attack later this year."
        ),
        "gold": [
            a("Feb. 10", "DATE", "2016-02-10"),
            a("Tuesday", "DATE", "2016-02-09"),
            a("seven weeks", "DURATION", "P7W", notes="event-relative: after troops pushed into the city"),
            a("the past 10 days", "DURATION", "P10D", interval=iv("2016-01-31", "2016-02-10")),
            a("last week", "DATE", "2016-W05"),
            a("later this year", "DATE", "2016"),
        ],
        "not": ["50 km"],
    },
    {
        "id": "rm-08", "published": "2016-02-14", "source": "Anbar Dispatch",
        "text": (
            "BAGHDAD — The first displaced families went home to Ramadi on Sunday, nine months after Islamic "
            "State's takeover of the city in May 2015 sent tens of thousands fleeing, local officials said. "
            "Tuesday's announcement that the last militants had been expelled from the outskirts cleared the "
            "way for the returns. The provincial governor put the cost of rebuilding at $10 billion and said "
            "the work would take several years. An estimated 8,000-10,000 houses were damaged or destroyed "
            "during the fighting. Engineers have removed more than 4,000 bombs from the city this month."
        ),
        "gold": [
            a("Sunday", "DATE", "2016-02-14"),
            a("nine months", "DURATION", "P9M", notes="event-relative: after the takeover"),
            a("May 2015", "DATE", "2015-05"),
            a("Tuesday", "DATE", "2016-02-09"),
            a("several years", "DURATION", "PXY"),
            a("this month", "DATE", "2016-02"),
        ],
        "not": ["$10 billion", "8,000-10,000", "4,000"],
    },
]

RAMADI_EVENTS: list[dict[str, Any]] = [
    {"name": "Iraqi offensive to retake Ramadi (the battle for Ramadi)",
     "keywords": ["offensive", "battle", "assault", "campaign", "operation", "push"],
     "docs": ["rm-02", "rm-04", "rm-06"], "start": ["2015-12-20", "2015-12-24"]},
    {"name": "troops capture the government complex", "keywords": ["captur", "seiz", "took", "complex", "compound"],
     "docs": ["rm-02", "rm-03", "rm-04"], "start": ["2015-12-27", "2015-12-27"]},
    {"name": "Islamic State takes Ramadi", "keywords": ["fell", "fall", "takeover", "seiz", "captur", "overran"],
     "docs": ["rm-03", "rm-08"], "start": ["2015-05-01", "2015-05-31"]},
    {"name": "forces drive the militants out of the last areas",
     "keywords": ["driven", "drive", "drove", "expel", "clear", "announc", "declar"],
     "docs": ["rm-07"], "start": ["2016-02-09", "2016-02-09"]},
    {"name": "coalition strikes near the city", "keywords": ["strike", "raid", "air"],
     "docs": ["rm-01"], "start": ["2015-12-23", "2015-12-23"]},
    {"name": "military declares Ramadi liberated", "keywords": ["declar", "liberat", "flag"],
     "docs": ["rm-03"], "start": ["2015-12-28", "2015-12-28"]},
    {"name": "prime minister tours Ramadi", "keywords": ["tour", "visit"],
     "docs": ["rm-04"], "start": ["2015-12-29", "2015-12-29"]},
    {"name": "suicide car bomb attacks north of the city", "keywords": ["hit back", "attack", "bomb"],
     "docs": ["rm-05"], "start": ["2015-12-30", "2015-12-30"]},
    {"name": "first displaced families return", "keywords": ["home", "return"],
     "docs": ["rm-08"], "start": ["2016-02-14", "2016-02-14"]},
]

# ---------------------------------------------------------------------------------------------------
MARIUPOL: list[dict[str, Any]] = [
    {
        "id": "mp-01", "published": "2022-03-06", "source": "Azov Sea Wire",
        "text": (
            "ZAPORIZHZHIA, Ukraine, March 6 (Azov Sea Wire) — A second attempt to evacuate civilians from the "
            "besieged port of Mariupol broke down on Sunday when shelling resumed along the agreed route, city "
            "officials said. A ceasefire that was to let residents leave on Saturday (March 5) collapsed "
            "within hours, with Kyiv and Moscow blaming each other. Russian troops have encircled the city for "
            "the past five days, cutting off power, water and heating as temperatures drop below freezing. "
            "About 200,000 people are waiting to leave, the Red Cross said."
        ),
        "gold": [
            a("March 6", "DATE", "2022-03-06"),
            a("Sunday", "DATE", "2022-03-06"),
            a("Saturday (March 5)", "DATE", "2022-03-05"),
            a("hours", "DURATION", "PTXH", notes="'within hours': vague duration"),
            a("the past five days", "DURATION", "P5D", interval=iv("2022-03-01", "2022-03-06")),
        ],
        "not": ["200,000"],
    },
    {
        "id": "mp-02", "published": "2022-03-10", "source": "Steppe Courier",
        "text": (
            "LVIV, Ukraine, Thursday 10 March 2022 (Steppe Courier) — A Russian air strike wrecked a maternity "
            "and children's hospital in Mariupol on Wednesday, Ukrainian officials said, an attack that Western "
            "leaders condemned as a war crime. Three people, among them a child, were killed, the city council "
            "said today. The siege of the city, in its second week, has cut off food deliveries, and the "
            "council says more than 1,200 civilians have died. Another attempt to open a humanitarian corridor "
            "failed this morning."
        ),
        "gold": [
            a("Thursday 10 March 2022", "DATE", "2022-03-10"),
            a("Wednesday", "DATE", "2022-03-09"),
            a("today", "DATE", "2022-03-10"),
            a("second week", "DURATION", "P1W", optional_value=True,
              notes="the siege's second week: it began 7-13 days before 2022-03-10"),
            a("this morning", "TIME", "2022-03-10TMO"),
        ],
        "not": ["1,200"],
    },
    {
        "id": "mp-03", "published": "2022-03-16", "source": "Eastern Europe Monitor",
        "text": (
            "KYIV — A Russian bomb hit the Drama Theatre in central Mariupol on Wednesday, where hundreds of "
            "civilians had taken shelter from the shelling, city officials said. The word for children had "
            "been painted in large white letters on the ground on either side of the building. There was no "
            "word on casualties. Around 20,000 residents left the city in private cars over the past two days "
            "along a route to Zaporizhzhia, the deputy prime minister said."
        ),
        "gold": [
            a("Wednesday", "DATE", "2022-03-16"),
            a("the past two days", "DURATION", "P2D", interval=iv("2022-03-14", "2022-03-16")),
        ],
        "not": ["20,000"],
    },
    {
        "id": "mp-04", "published": "2022-03-17", "source": "Azov Sea Wire",
        "text": (
            "ZAPORIZHZHIA, Ukraine — Rescuers were digging through the ruins of Mariupol's Drama Theatre on "
            "Thursday, a day after a Russian air strike tore through the building, to reach people trapped in "
            "its basement shelter. Yesterday's strike brought down the centre of the theatre, but the shelter "
            "held, and survivors have started to come out, a local official said. Russia denied attacking the "
            "building. More than two weeks into the siege, shelling has made it almost impossible to bring aid "
            "into the city."
        ),
        "gold": [
            a("Thursday", "DATE", "2022-03-17"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the strike"),
            a("Yesterday", "DATE", "2022-03-16"),
            a("More than two weeks", "DURATION", "P2W", mod="MORE_THAN",
              notes="event-relative: more than two weeks into the siege"),
        ],
        "not": [],
    },
    {
        "id": "mp-05", "published": "2022-03-18", "source": "Steppe Courier",
        "text": (
            "LVIV, Ukraine, March 18 (Steppe Courier) — About 130 people have been brought out alive from the "
            "rubble of the Drama Theatre in Mariupol, which was bombed on Wednesday (March 16), Ukraine's human "
            "rights commissioner said late on Thursday. Hundreds more may still be trapped. The city has been under "
            "siege for the past 17 days, and its mayor says most of its buildings have been hit. Moscow-backed "
            "separatists held Mariupol for several weeks in the spring of 2014, until Ukrainian troops drove "
            "them out in June 2014; the front line has stood about 15 km east of the city ever since."
        ),
        "gold": [
            a("March 18", "DATE", "2022-03-18"),
            a("Wednesday (March 16)", "DATE", "2022-03-16"),
            a("Thursday", "DATE", "2022-03-17"),
            a("the past 17 days", "DURATION", "P17D", interval=iv("2022-03-01", "2022-03-18")),
            a("several weeks", "DURATION", "PXW"),
            a("the spring of 2014", "DATE", "2014-SP"),
            a("June 2014", "DATE", "2014-06"),
        ],
        "not": ["130", "15 km"],
    },
    {
        "id": "mp-06", "published": "2022-04-21", "source": "Eastern Europe Monitor",
        "text": (
            "MOSCOW — President Vladimir Putin called off a planned assault on the Azovstal steelworks in "
            "Mariupol on Thursday, ordering his troops instead to blockade the plant so tightly that nothing "
            "could get in or out. His defence minister told him that the rest of the city had been taken after "
            "nearly two months of fighting, and that about 2,000 Ukrainian fighters were holed up in the "
            "plant's tunnels and bunkers. Kyiv said its forces were still fighting. The sprawling works, one "
            "of Europe's biggest steel plants, was built in the 1930s."
        ),
        "gold": [
            a("Thursday", "DATE", "2022-04-21"),
            a("nearly two months", "DURATION", "P2M", mod="LESS_THAN",
              notes="event-relative: the fighting so far"),
            a("the 1930s", "DATE", "193"),
        ],
        "not": ["2,000"],
    },
    {
        "id": "mp-07", "published": "2022-05-17", "source": "Azov Sea Wire",
        "text": (
            "KYIV, May 17 (Azov Sea Wire) — More than 260 Ukrainian fighters, many of them badly wounded, were "
            "evacuated from the Azovstal steelworks on Monday evening and taken to towns held by Russian "
            "forces, Ukraine's military said, signalling the end of the defence of Mariupol. The General Staff "
            "said the garrison had carried out its mission. The city, which Ukrainian troops won back from "
            "Moscow-backed separatists nearly eight years ago, has been largely destroyed over the past 11 "
            "weeks. Talks on exchanging the fighters for Russian prisoners are expected in the coming days."
        ),
        "gold": [
            a("May 17", "DATE", "2022-05-17"),
            a("Monday evening", "TIME", "2022-05-16TEV"),
            a("nearly eight years ago", "DATE", "2014", mod="APPROX"),
            a("the past 11 weeks", "DURATION", "P11W", interval=iv("2022-03-01", "2022-05-17")),
            a("the coming days", "DATE", "FUTURE_REF", optional_value=True),
        ],
        "not": ["260"],
    },
    {
        "id": "mp-08", "published": "2022-05-21", "source": "Steppe Courier",
        "text": (
            "MOSCOW — The last Ukrainian defenders of the Azovstal steel plant surrendered on Friday (May 20), "
            "Russia said, giving it full control of Mariupol after a siege of almost three months. "
            "The defence ministry said 531 fighters had laid down their arms in the final group, and 2,439 "
            "since Monday. Kyiv did not confirm the figures. Russian-installed officials said the port would "
            "reopen for shipping next month."
        ),
        "gold": [
            a("Friday (May 20)", "DATE", "2022-05-20"),
            a("almost three months", "DURATION", "P3M", mod="LESS_THAN",
              notes="event-relative: the siege's length"),
            a("Monday", "DATE", "2022-05-16"),
            a("next month", "DATE", "2022-06"),
        ],
        "not": ["531", "2,439"],
    },
]

MARIUPOL_EVENTS: list[dict[str, Any]] = [
    {"name": "siege of Mariupol", "keywords": ["siege", "encircl", "battle"],
     "docs": ["mp-02", "mp-04", "mp-05"], "start": ["2022-02-28", "2022-03-03"]},
    {"name": "Drama Theatre bombed", "keywords": ["strike", "bomb", "hit", "theatre"],
     "docs": ["mp-03", "mp-04", "mp-05"], "start": ["2022-03-16", "2022-03-16"]},
    {"name": "Ukrainian troops retake the city from separatists",
     "keywords": ["drove", "retak", "won back", "took back", "recaptur", "separatist"],
     "docs": ["mp-05", "mp-07"], "start": ["2014-06-01", "2014-06-30"]},
    {"name": "last Azovstal defenders surrender", "keywords": ["surrender", "control", "laid down"],
     "docs": ["mp-08"], "start": ["2022-05-20", "2022-05-20"]},
    {"name": "evacuation ceasefire collapses", "keywords": ["ceasefire", "collaps", "evacuat"],
     "docs": ["mp-01"], "start": ["2022-03-05", "2022-03-05"]},
    {"name": "maternity hospital bombed", "keywords": ["strike", "hospital", "bomb", "wreck"],
     "docs": ["mp-02"], "start": ["2022-03-09", "2022-03-09"]},
    {"name": "assault on the steelworks called off", "keywords": ["call", "order", "blockad"],
     "docs": ["mp-06"], "start": ["2022-04-21", "2022-04-21"]},
    {"name": "wounded fighters evacuated from the steelworks", "keywords": ["evacuat"],
     "docs": ["mp-07"], "start": ["2022-05-16", "2022-05-16"]},
]

SETS = {"u2-ramadi": (RAMADI, RAMADI_EVENTS), "u2-mariupol": (MARIUPOL, MARIUPOL_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u2-inc-ramadi-weekday": {
        "docs": [
            {"id": "ra-1", "published": "2015-12-29", "source": "Anbar Dispatch",
             "text": ("RAMADI, Iraq — Iraqi troops seized the government complex in central Ramadi on Sunday "
                      "(Dec. 28), the army said, and raised the national flag over its main building.")},
            {"id": "ra-2", "published": "2015-12-29", "source": "Gulf Courier",
             "text": "BAGHDAD — Prime Minister Haider al-Abadi flew to Ramadi on Tuesday to congratulate the troops."},
        ],
        "must_name": ["ra-1"], "bystander": ["ra-2"], "codes": ["weekday-mismatch"],
        "note": "December 28, 2015 was a Monday",
    },
    "u2-inc-mariupol-weeks": {
        "docs": [
            {"id": "mw-1", "published": "2022-03-02", "source": "Azov Sea Wire",
             "text": ("ZAPORIZHZHIA, Ukraine, March 2 (Azov Sea Wire) — Russian forces closed their ring around "
                      "the port city of Mariupol on Tuesday (March 1), beginning a siege that has cut off its "
                      "water and power, the mayor said.")},
            {"id": "mw-2", "published": "2022-04-12", "source": "Steppe Courier",
             "text": ("LVIV, Ukraine — Three weeks into the siege of Mariupol, Ukrainian marines and Azov "
                      "fighters are still holding the Azovstal steelworks and the port, officials said on "
                      "Tuesday.")},
            {"id": "mw-3", "published": "2022-04-12", "source": "Steppe Courier",
             "text": "KYIV — Ukraine's president addressed South Korea's parliament by video link on Monday."},
        ],
        "must_name": ["mw-1", "mw-2"], "bystander": ["mw-3"], "codes": [],
        "note": "begun 1 March, the siege is six weeks old on 12 April, not three",
    },
    "u2-inc-ramadi-disagree": {
        "docs": [
            {"id": "rd-1", "published": "2015-12-23", "source": "Tigris Wire",
             "text": ("BAGHDAD, Dec. 23 (Tigris Wire) — Iraqi forces launched an offensive to retake central "
                      "Ramadi from Islamic State on Tuesday (Dec. 22), crossing the Euphrates on a floating "
                      "bridge, a military spokesman said.")},
            {"id": "rd-2", "published": "2016-01-05", "source": "Gulf Courier",
             "text": ("HABBANIYAH, Iraq — The offensive to retake central Ramadi, which began on Dec. 8, has "
                      "driven Islamic State out of the government complex and most of the city, officers said "
                      "on Tuesday.")},
            {"id": "rd-3", "published": "2016-01-05", "source": "Gulf Courier",
             "text": "BAGHDAD — Heavy rain flooded streets in several districts of the Iraqi capital on Monday."},
        ],
        "must_name": ["rd-1", "rd-2"], "bystander": ["rd-3"], "codes": [],
        "note": "22 December vs 8 December for the start of one offensive",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2015-12-22", "2015-12-27", "2015-12-28", "2015-12-29", "2015-12-30")] == [
        "Tuesday", "Sunday", "Monday", "Tuesday", "Wednesday"]
    assert [wd(s) for s in ("2016-01-12", "2016-02-09", "2016-02-14")] == ["Tuesday", "Tuesday", "Sunday"]
    assert [wd(s) for s in ("2022-03-01", "2022-03-05", "2022-03-09", "2022-03-16", "2022-04-21")] == [
        "Tuesday", "Saturday", "Wednesday", "Wednesday", "Thursday"]
    assert [wd(s) for s in ("2022-05-16", "2022-05-20")] == ["Monday", "Friday"]
    # campaign clues agree: offensive from 22 Dec 2015, siege from 1 Mar 2022
    assert (dt.date(2016, 1, 12) - dt.date(2015, 12, 22)).days == 21          # "Three weeks into"
    assert (dt.date(2016, 2, 9) - dt.date(2015, 12, 22)).days == 49           # "seven weeks after"
    assert 7 <= (dt.date(2015, 12, 29) - dt.date(2015, 12, 22)).days <= 13    # "its second week"
    assert 7 <= (dt.date(2022, 3, 10) - dt.date(2022, 3, 1)).days <= 13       # "its second week"
    assert (dt.date(2022, 3, 17) - dt.date(2022, 3, 1)).days > 14             # "More than two weeks into"
    # inconsistent variants: the inconsistency is real
    assert wd("2015-12-28") == "Monday" and wd("2016-01-05") == "Tuesday"
    assert wd("2022-04-12") == "Tuesday" and (dt.date(2022, 4, 12) - dt.date(2022, 3, 1)).days == 42
    assert wd("2015-12-23") == "Wednesday"


_PAST = re.compile(r"the past (\w+) (day|week)s$")
_N = {"two": 2, "five": 5, "10": 10, "11": 11, "17": 17}


def check_past_intervals(docs: list[dict[str, Any]]) -> None:
    """"the past N days/weeks" is annotated [published - N, published)."""
    for d in docs:
        for surface, _t, _v, extra in d["gold"]:
            m = _PAST.match(surface)
            if m:
                days = _N[m.group(1)] * (7 if m.group(2) == "week" else 1)
                end = dt.date.fromisoformat(d["published"])
                assert extra["interval"] == iv(str(end - dt.timedelta(days=days)), str(end)), (d["id"], surface)




def main() -> None:
    check_facts()
    corpus.write_batch("u2-timeml", SETS, INCONSISTENT, checks=[check_past_intervals])


if __name__ == "__main__":
    main()
