"""UNSEEN held-out sets (session 2): written by QA for the final measurement only.

DEVELOPERS: do not read this file or ``data/u-*``; the sets exist to measure the engine on news
nobody tuned it on.  Numbers are reported to the lead (and as xfail reasons in ``test_heldout.py``).

Two campaigns, every sentence our own (facts from the public record):
- ``u-kobani``: the Islamic State siege of Kobani, 16 September 2014 – 26 January 2015;
- ``u-sirte``: the unity-government offensive on Islamic State in Sirte, 12 May – 6 December 2016;
plus inconsistent variants (``u-inc-kobani``, ``u-inc-sirte``, ``u-inc-sirte-ago``).

``python tests/timeline/heldout/u-corpus.py`` writes ``data/u-*.jsonl``, ``data/u-*.gold.json``,
``data/u-*.expected.json`` and ``data/u-timeml/*.tml``, in the formats of ``corpus.py`` (same
annotation tuples, same gold writer), after checking every weekday against the calendar.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import corpus
from corpus import a, iv

DATA = corpus.DATA

# ---------------------------------------------------------------------------------------------------
KOBANI: list[dict[str, Any]] = [
    {
        "id": "kb-01", "published": "2014-09-20", "source": "Euphrates Wire",
        "text": (
            "SURUC, Turkey, Sept. 20 (Euphrates Wire) — Tens of thousands of Syrian Kurds poured across the "
            "Turkish border on Saturday as Islamic State militants closed in on the town of Kobani, overrunning "
            "dozens of villages in the past four days. The jihadists launched their offensive on Tuesday "
            "(September 16) with tanks and heavy guns seized in Iraq, Kurdish officials said. Turkish guards "
            "opened a stretch of the frontier near the village of Dikmetas on Friday morning, and the flow of "
            "refugees did not slow overnight. A 3,000-strong force of local volunteers is defending the town."
        ),
        "gold": [
            a("Sept. 20", "DATE", "2014-09-20"),
            a("Saturday", "DATE", "2014-09-20"),
            a("the past four days", "DURATION", "P4D", interval=iv("2014-09-16", "2014-09-20")),
            a("Tuesday (September 16)", "DATE", "2014-09-16"),
            a("Friday morning", "TIME", "2014-09-19TMO"),
            a("overnight", "TIME", "2014-09-19TNI"),
        ],
        "not": ["3,000-strong"],
    },
    {
        "id": "kb-02", "published": "2014-09-28", "source": "Levant Monitor",
        "text": (
            "MURSITPINAR, Turkey — Coalition warplanes struck Islamic State positions near Kobani for the first "
            "time on Saturday, hitting two tanks and an artillery post west of the town, Kurdish fighters said. "
            "The raids came 11 days after the militants began their push on the mainly Kurdish border town, and "
            "four days after the US-led coalition first bombed targets inside Syria. The defenders said the "
            "jihadists were now within 10 km of the town centre. Some 150,000 people have fled into Turkey since "
            "the start of the offensive, the UN refugee agency said."
        ),
        "gold": [
            a("Saturday", "DATE", "2014-09-27"),
            a("11 days", "DURATION", "P11D", notes="event-relative: 11 days after the push began"),
            a("four days", "DURATION", "P4D", notes="event-relative: four days after the first strikes in Syria"),
            a("now", "DATE", "PRESENT_REF"),
            a("since the start of the offensive", "DURATION", "PXD", optional_value=True,
              notes="event-relative; detection only"),
        ],
        "not": ["10 km", "150,000"],
    },
    {
        "id": "kb-03", "published": "2014-10-07", "source": "Border Courier",
        "text": (
            "MURSITPINAR, Turkey, Tuesday 7 Oct 2014 (Border Courier) — Islamic State militants raised their "
            "black flag over a building on the eastern edge of Kobani on Monday, at the end of a 20-day advance "
            "that has brought them to the outskirts of the town. Turkey's president said on Tuesday that the "
            "town was about to fall, and renewed his call for a no-fly zone over northern Syria. Coalition "
            "aircraft carried out five raids around Kobani overnight, the Pentagon said. Three weeks into the "
            "siege, the Kurdish fighters holding the town have only rifles and mortars to fight off tanks, their "
            "commanders say."
        ),
        "gold": [
            a("Tuesday 7 Oct 2014", "DATE", "2014-10-07"),
            a("Monday", "DATE", "2014-10-06"),
            a("20-day", "DURATION", "P20D", notes="event-relative: the advance's length"),
            a("Tuesday", "DATE", "2014-10-07"),
            a("overnight", "TIME", "2014-10-06TNI"),
            a("Three weeks", "DURATION", "P3W", notes="event-relative: three weeks into the siege"),
        ],
        "not": [],
    },
    {
        "id": "kb-04", "published": "2014-10-21", "source": "Euphrates Wire",
        "text": (
            "ERBIL, Iraq — Turkey said on Monday that it would let Iraqi Kurdish peshmerga fighters cross its "
            "territory to reinforce Kobani, a reversal that came hours after US cargo planes dropped weapons, "
            "ammunition and medical supplies to the town's defenders. Sunday night's airdrops were the first of "
            "the war, a US official said. One of the 28 bundles drifted off course and was picked up by the "
            "militants, a video posted yesterday appeared to show. The Kurdish regional parliament is expected "
            "to approve the deployment of up to 200 fighters within days."
        ),
        "gold": [
            a("Monday", "DATE", "2014-10-20"),
            a("hours", "DURATION", "PTXH", notes="event-relative: hours after the airdrop"),
            a("Sunday night", "TIME", "2014-10-19TNI"),
            a("yesterday", "DATE", "2014-10-20"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'within days': vague duration"),
        ],
        "not": ["28", "200"],
    },
    {
        "id": "kb-05", "published": "2014-11-01", "source": "Levant Monitor",
        "text": (
            "SURUC, Turkey, Nov. 1 (Levant Monitor) — A convoy of Iraqi Kurdish peshmerga fighters with artillery "
            "and heavy machine guns entered Kobani on Friday evening through the Mursitpinar border crossing, at "
            "the end of a 48-hour journey across Turkey. Their arrival, more than six weeks after the jihadists "
            "began their assault, was greeted with celebratory gunfire. Local commanders said the battle for "
            "Kobani had turned in recent days, with the defenders retaking several streets in the south of the "
            "town. The weapons dropped by US aircraft on Oct. 19 had helped them hold the line, they said."
            "\nViews: 2044"
        ),
        "gold": [
            a("Nov. 1", "DATE", "2014-11-01"),
            a("Friday evening", "TIME", "2014-10-31TEV"),
            a("48-hour", "DURATION", "PT48H", notes="event-relative: the journey's length"),
            a("more than six weeks", "DURATION", "P6W", mod="MORE_THAN",
              notes="event-relative: after the assault began"),
            a("recent days", "DATE", "PAST_REF", optional_value=True),
            a("Oct. 19", "DATE", "2014-10-19"),
        ],
        "not": ["2044"],
    },
    {
        "id": "kb-06", "published": "2014-11-01", "source": "Border Courier",
        "text": (
            "KOBANI, Syria — Kurdish defenders and the newly arrived peshmerga shelled militant positions east of "
            "the town on Saturday, a day after the Iraqi Kurds crossed the border with their heavy weapons. "
            "Yesterday's arrival of about 150 peshmerga will not break the siege on its own, a local official "
            "said, but it has lifted spirits after 46 days of street fighting. The militants still control about "
            "40 percent of Kobani, according to a monitoring group. Two months ago, few people outside Syria had "
            "heard of the town."
        ),
        "gold": [
            a("Saturday", "DATE", "2014-11-01"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the crossing"),
            a("Yesterday", "DATE", "2014-10-31"),
            a("46 days", "DURATION", "P46D", notes="event-relative: the fighting so far"),
            a("Two months ago", "DATE", "2014-09"),
        ],
        "not": ["150", "40 percent"],
    },
    {
        "id": "kb-07", "published": "2015-01-20", "source": "Euphrates Wire",
        "text": (
            "MURSITPINAR, Turkey, Jan. 20 (Euphrates Wire) — Kurdish fighters recaptured Mishtenur hill, the high "
            "ground that overlooks Kobani, on Monday, after a push that began in mid-January, a monitoring group "
            "said. The militants had held the hill since October. Coalition warplanes have struck targets around "
            "the town almost daily for the past four months, and the jihadists have recently been pushed back to "
            "a few districts in the east. More than 1,600 people have been killed since the start of the siege, "
            "the group says."
        ),
        "gold": [
            a("Jan. 20", "DATE", "2015-01-20"),
            a("Monday", "DATE", "2015-01-19"),
            a("mid-January", "DATE", "2015-01", mod="MID"),
            a("October", "DATE", "2014-10", notes="past perfect: the October before"),
            a("daily", "SET", "P1D"),
            a("the past four months", "DURATION", "P4M", interval=iv("2014-09-20", "2015-01-20")),
            a("recently", "DATE", "PAST_REF", optional_value=True),
            a("since the start of the siege", "DURATION", "PXD", optional_value=True,
              notes="event-relative; detection only"),
        ],
        "not": ["1,600"],
    },
    {
        "id": "kb-08", "published": "2015-01-27", "source": "Border Courier",
        "text": (
            "SURUC, Turkey — Kurdish forces drove the last Islamic State fighters out of Kobani on Monday and "
            "raised their flag over the town, ending a four-month siege that the jihadists had expected to win "
            "within days. Last week's capture of Mishtenur hill left the militants exposed, a Kurdish commander "
            "said. The battle for Kobani, which began in September, became a symbol of resistance after the "
            "US-led coalition joined it from the air. Residents who fled in the autumn may start to come back "
            "next month, officials said, although much of the town lies in ruins. Fighting goes on in villages "
            "along Route 400, west of the town."
        ),
        "gold": [
            a("Monday", "DATE", "2015-01-26"),
            a("four-month", "DURATION", "P4M", notes="event-relative: the siege's length"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'within days': vague duration"),
            a("Last week", "DATE", "2015-W04"),
            a("September", "DATE", "2014-09", notes="past tense: the September before"),
            a("the autumn", "DATE", "2014-FA"),
            a("next month", "DATE", "2015-02"),
        ],
        "not": ["Route 400"],
    },
]

KOBANI_EVENTS: list[dict[str, Any]] = [
    {"name": "Islamic State offensive on Kobani (the siege)",
     "keywords": ["offensive", "siege", "assault", "push", "battle"],
     "docs": ["kb-01", "kb-03", "kb-08"], "start": ["2014-09-16", "2014-09-16"]},
    {"name": "first coalition strikes near Kobani", "keywords": ["struck", "strike", "raid", "air"],
     "docs": ["kb-02"], "start": ["2014-09-27", "2014-09-27"]},
    {"name": "militants raise their flag on the eastern edge", "keywords": ["flag", "rais"],
     "docs": ["kb-03"], "start": ["2014-10-06", "2014-10-06"]},
    {"name": "US airdrop of weapons", "keywords": ["drop", "airdrop"],
     "docs": ["kb-04", "kb-05"], "start": ["2014-10-19", "2014-10-19"]},
    {"name": "Turkey lets the peshmerga cross", "keywords": ["let", "allow", "cross", "transit", "reversal"],
     "docs": ["kb-04"], "start": ["2014-10-20", "2014-10-20"]},
    {"name": "peshmerga enter Kobani", "keywords": ["enter", "arriv", "cross", "convoy"],
     "docs": ["kb-05", "kb-06"], "start": ["2014-10-31", "2014-10-31"]},
    {"name": "Kurds recapture Mishtenur hill", "keywords": ["captur", "hill"],
     "docs": ["kb-07", "kb-08"], "start": ["2015-01-19", "2015-01-19"]},
    {"name": "Kurds drive the militants out of Kobani", "keywords": ["drove", "drive", "expel", "ending", "liberat",
                                                              "flag", "rais"],
     "docs": ["kb-08"], "start": ["2015-01-26", "2015-01-26"]},
]

# ---------------------------------------------------------------------------------------------------
SIRTE: list[dict[str, Any]] = [
    {
        "id": "st-01", "published": "2016-05-13", "source": "Sahel Wire",
        "text": (
            "MISRATA, Libya, May 13 (Sahel Wire) — Forces loyal to the UN-backed unity government launched an "
            "operation on Thursday to drive Islamic State militants out of the coastal city of Sirte, a military "
            "spokesman said. The offensive, named Bunyan al-Marsous, follows a week of attacks by the jihadists "
            "on checkpoints around Abu Grein, a junction 140 km west of the city. The militants have held Sirte "
            "since early 2015, and their strength there is put at 5,000-6,000 fighters. Brigades from Misrata "
            "will lead the assault, the spokesman said, and more units are expected to join next week."
        ),
        "gold": [
            a("May 13", "DATE", "2016-05-13"),
            a("Thursday", "DATE", "2016-05-12"),
            a("a week", "DURATION", "P1W", notes="event-relative: the week of attacks before the launch"),
            a("early 2015", "DATE", "2015", mod="START"),
            a("next week", "DATE", "2016-W20"),
        ],
        "not": ["140 km", "5,000-6,000"],
    },
    {
        "id": "st-02", "published": "2016-06-10", "source": "Tripoli Tribune",
        "text": (
            "TRIPOLI — Pro-government brigades pushed into the centre of Sirte on Thursday, seizing a roundabout "
            "and a hospital on the city's western approaches, commanders said. The advance, four weeks into the "
            "offensive, has been faster than expected: the militants have abandoned a string of towns along the "
            "coast road since the start of the operation. A field hospital in Misrata received 34 wounded "
            "fighters overnight. Residents who fled in recent months said the militants had mined the roads out "
            "of the city."
        ),
        "gold": [
            a("Thursday", "DATE", "2016-06-09"),
            a("four weeks", "DURATION", "P4W", notes="event-relative: four weeks into the offensive"),
            a("since the start of the operation", "DURATION", "PXD", optional_value=True,
              notes="event-relative; detection only"),
            a("overnight", "TIME", "2016-06-09TNI"),
            a("recent months", "DATE", "PAST_REF", optional_value=True),
        ],
        "not": ["34"],
    },
    {
        "id": "st-03", "published": "2016-06-11", "source": "Mediterranean Observer",
        "text": (
            "MISRATA, Libya, Saturday 11 June 2016 (Mediterranean Observer) — The militants hit back at "
            "government-aligned forces in Sirte with a wave of suicide car bombs on Friday, a day after the "
            "brigades broke into the city. Yesterday's attacks killed 14 fighters at a checkpoint near the "
            "Ouagadougou conference centre, the jihadists' headquarters. Thursday's push into the city was the "
            "deepest since the campaign to retake Sirte began a month ago, commanders said. The militants still "
            "hold a strip about 4 km wide along the coast."
        ),
        "gold": [
            a("Saturday 11 June 2016", "DATE", "2016-06-11"),
            a("Friday", "DATE", "2016-06-10"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the break-in"),
            a("Yesterday", "DATE", "2016-06-10"),
            a("Thursday", "DATE", "2016-06-09"),
            a("a month ago", "DATE", "2016-05"),
        ],
        "not": ["14", "4 km"],
    },
    {
        "id": "st-04", "published": "2016-08-02", "source": "Sahel Wire",
        "text": (
            "WASHINGTON, Aug. 2 (Sahel Wire) — American aircraft bombed Islamic State targets in Sirte on Monday, "
            "the first US strikes in support of Libya's unity government, the Pentagon said. The raids destroyed "
            "a tank and two vehicles, and more will follow in the coming weeks at the request of the authorities "
            "in Tripoli. Libyan commanders said their advance had stalled since mid-June, with snipers and booby "
            "traps slowing progress in the city to a crawl. Nearly 300 pro-government fighters have been killed "
            "since May."
        ),
        "gold": [
            a("Aug. 2", "DATE", "2016-08-02"),
            a("Monday", "DATE", "2016-08-01"),
            a("the coming weeks", "DATE", "FUTURE_REF", optional_value=True),
            a("mid-June", "DATE", "2016-06", mod="MID"),
            a("May", "DATE", "2016-05"),
        ],
        "not": ["300"],
    },
    {
        "id": "st-05", "published": "2016-08-11", "source": "Tripoli Tribune",
        "text": (
            "SIRTE, Libya — Government-aligned brigades seized the Ouagadougou conference centre, the militants' "
            "headquarters in Sirte, on Wednesday after a fierce battle, their media office said. Fighters were "
            "seen celebrating in the sprawling complex, which the jihadists had used since 2015 for rallies and "
            "religious lessons. Nearly three months into the campaign, commanders say the militants are confined "
            "to an area of less than 5 square km in the north of the city. US warplanes have carried out 29 "
            "strikes in the past 10 days."
        ),
        "gold": [
            a("Wednesday", "DATE", "2016-08-10"),
            a("2015", "DATE", "2015"),
            a("Nearly three months", "DURATION", "P3M", mod="LESS_THAN",
              notes="event-relative: nearly three months into the campaign"),
            a("the past 10 days", "DURATION", "P10D", interval=iv("2016-08-01", "2016-08-11")),
        ],
        "not": ["5 square km", "29"],
    },
    {
        "id": "st-06", "published": "2016-12-06", "source": "Sahel Wire",
        "text": (
            "MISRATA, Libya, Dec. 6 (Sahel Wire) — Libyan forces said on Tuesday they had taken full control of "
            "Sirte, after clearing the last houses held by Islamic State in the seaside district of Ghiza "
            "Bahriya. The announcement ends a battle of almost seven months for the city, in which more than 700 "
            "of the government's fighters died. The final assault on the district began on Monday (December 5). "
            "Since the fall of their headquarters at the Ouagadougou centre on Aug. 10, the militants had been "
            "squeezed into a few blocks by the sea. Commanders said small groups might still be hiding in the "
            "rubble, and that clearing operations would last several weeks."
        ),
        "gold": [
            a("Dec. 6", "DATE", "2016-12-06"),
            a("Tuesday", "DATE", "2016-12-06"),
            a("almost seven months", "DURATION", "P7M", mod="LESS_THAN", notes="event-relative: the battle's length"),
            a("Monday (December 5)", "DATE", "2016-12-05"),
            a("Aug. 10", "DATE", "2016-08-10"),
            a("several weeks", "DURATION", "PXW"),
        ],
        "not": ["700"],
    },
    {
        "id": "st-07", "published": "2016-12-07", "source": "Tripoli Tribune",
        "text": (
            "TRIPOLI — Yesterday's announcement that Sirte had been retaken was greeted with celebrations in "
            "Misrata and Tripoli, although the unity government has yet to declare a formal victory. The city "
            "fell to the jihadists in the spring of 2015 and became their main base outside Syria and Iraq. The "
            "operation to win it back, launched in May, cost the brigades dearly, and the American air strikes "
            "that began four months ago are expected to wind down soon. Aid groups warned that thousands of "
            "residents who fled will not be able to return for months."
        ),
        "gold": [
            a("Yesterday", "DATE", "2016-12-06"),
            a("the spring of 2015", "DATE", "2015-SP"),
            a("May", "DATE", "2016-05"),
            a("four months ago", "DATE", "2016-08"),
            a("soon", "DATE", "FUTURE_REF", optional_value=True),
            a("months", "DURATION", "PXM"),
        ],
        "not": [],
    },
    {
        "id": "st-08", "published": "2016-09-26", "source": "Mediterranean Observer",
        "text": (
            "TUNIS, Monday 26 Sept 2016 (Mediterranean Observer) — Fighting in Sirte flared again over the "
            "weekend after a lull of nearly a fortnight, as the brigades tried to break into the last two "
            "districts held by the militants. Last Wednesday's car bomb near the port killed four fighters, "
            "commanders said. The offensive, now well into its fifth month, has slowed to a crawl since the "
            "summer. A spokesman for the brigades said this morning that the city would be cleared within weeks, "
            "a promise first made in late July. Earlier this month, the unity government's presidential council "
            "met in Tunis to discuss the cost of the battle. A convoy of ambulances that left Misrata at 0700 GMT "
            "is due back in the city tonight."
        ),
        "gold": [
            a("Monday 26 Sept 2016", "DATE", "2016-09-26"),
            a("the weekend", "DATE", "2016-W38-WE"),
            a("nearly a fortnight", "DURATION", "P2W", mod="LESS_THAN", notes="event-relative: the lull's length"),
            a("Last Wednesday", "DATE", "2016-09-21"),
            a("now", "DATE", "PRESENT_REF"),
            a("fifth month", "DURATION", "P1M", optional_value=True,
              notes="the offensive's fifth month: it began 4-5 months before"),
            a("the summer", "DATE", "2016-SU"),
            a("this morning", "TIME", "2016-09-26TMO"),
            a("weeks", "DURATION", "PXW"),
            a("late July", "DATE", "2016-07", mod="END"),
            a("Earlier this month", "DATE", "2016-09"),
            a("0700 GMT", "TIME", "2016-09-26T07:00"),
            a("tonight", "TIME", "2016-09-26TNI"),
        ],
        "not": ["four fighters"],
    },
]

SIRTE_EVENTS: list[dict[str, Any]] = [
    {"name": "offensive to retake Sirte (Bunyan al-Marsous)",
     "keywords": ["offensive", "operation", "campaign", "assault", "battle"],
     "docs": ["st-01", "st-02", "st-05"], "start": ["2016-05-12", "2016-05-12"]},
    {"name": "brigades push into Sirte", "keywords": ["push", "broke", "enter", "advance", "seiz"],
     "docs": ["st-02", "st-03"], "start": ["2016-06-09", "2016-06-09"]},
    {"name": "suicide car bomb attacks", "keywords": ["attack", "bomb", "hit back"],
     "docs": ["st-03"], "start": ["2016-06-10", "2016-06-10"]},
    {"name": "first US air strikes on Sirte", "keywords": ["bomb", "strike", "raid", "air"],
     "docs": ["st-04", "st-07"], "start": ["2016-08-01", "2016-08-01"]},
    {"name": "Ouagadougou centre seized", "keywords": ["seiz", "captur", "fall", "centre"],
     "docs": ["st-05", "st-06"], "start": ["2016-08-10", "2016-08-10"]},
    {"name": "final assault on Ghiza Bahriya", "keywords": ["assault", "final"],
     "docs": ["st-06"], "start": ["2016-12-05", "2016-12-05"]},
    {"name": "full control of Sirte announced", "keywords": ["control", "announc", "retak", "taken"],
     "docs": ["st-06", "st-07"], "start": ["2016-12-06", "2016-12-06"]},
    {"name": "Islamic State takes Sirte", "keywords": ["held", "hold", "fell", "fall", "seiz"],
     "docs": ["st-01", "st-07"], "start": ["2015-01-01", "2015-05-31"]},
    {"name": "car bomb near the port", "keywords": ["bomb", "car"],
     "docs": ["st-08"], "start": ["2016-09-21", "2016-09-21"]},
]

SETS = {"u-kobani": (KOBANI, KOBANI_EVENTS), "u-sirte": (SIRTE, SIRTE_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u-inc-kobani": {
        "docs": [
            {"id": "ki-1", "published": "2014-09-17", "source": "Euphrates Wire",
             "text": ("SURUC, Turkey, Sept. 17 (Euphrates Wire) — Islamic State militants launched an offensive "
                      "on the Kurdish border town of Kobani on Tuesday (September 16), shelling villages to its "
                      "east and west.")},
            {"id": "ki-2", "published": "2014-11-04", "source": "Border Courier",
             "text": ("MURSITPINAR, Turkey — The siege of Kobani, now in its third week, has left the "
                      "jihadists holding the eastern districts of the town, Kurdish officials said on Tuesday.")},
            {"id": "ki-3", "published": "2014-11-04", "source": "Border Courier",
             "text": "ERBIL, Iraq — The regional parliament voted on Monday to send more fighters to Syria."},
        ],
        "must_name": ["ki-1", "ki-2"], "bystander": ["ki-3"], "codes": [],
        "note": "begun 16 September, the siege is in its eighth week on 4 November, not its third",
    },
    "u-inc-sirte": {
        "docs": [
            {"id": "si-1", "published": "2016-08-11", "source": "Tripoli Tribune",
             "text": ("SIRTE, Libya — Government-aligned brigades seized the Ouagadougou conference centre, the "
                      "militants' headquarters in the city, on Wednesday (August 11), their media office said.")},
            {"id": "si-2", "published": "2016-08-11", "source": "Sahel Wire",
             "text": "WASHINGTON — US warplanes struck militant positions in Sirte on Tuesday, the Pentagon said."},
        ],
        "must_name": ["si-1"], "bystander": ["si-2"], "codes": ["weekday-mismatch"],
        "note": "August 11, 2016 was a Thursday",
    },
    "u-inc-sirte-ago": {
        "docs": [
            {"id": "sa-1", "published": "2016-05-13", "source": "Sahel Wire",
             "text": ("MISRATA, Libya, May 13 (Sahel Wire) — Forces loyal to the unity government launched an "
                      "offensive on Thursday (May 12) to drive Islamic State militants out of Sirte, a military "
                      "spokesman said.")},
            {"id": "sa-2", "published": "2016-06-11", "source": "Mediterranean Observer",
             "text": ("MISRATA, Libya — The offensive to drive Islamic State out of Sirte, which began three "
                      "months ago, reached the centre of the city on Thursday, commanders said.")},
            {"id": "sa-3", "published": "2016-06-11", "source": "Tripoli Tribune",
             "text": "TRIPOLI — The unity government's prime minister met tribal elders in the capital on Friday."},
        ],
        "must_name": ["sa-1", "sa-2"], "bystander": ["sa-3"], "codes": [],
        "note": "launched 12 May, the offensive began one month before 11 June, not three (March)",
    },
}


def check_inconsistent_facts() -> None:
    """The inconsistencies are real (and only those): guard against a gold that is itself wrong."""
    assert dt.date(2016, 8, 11).strftime("%A") == "Thursday"
    assert dt.date(2016, 8, 9).strftime("%A") == "Tuesday"
    assert dt.date(2014, 9, 16).strftime("%A") == "Tuesday"
    assert dt.date(2014, 11, 4).strftime("%A") == "Tuesday"
    assert (dt.date(2014, 11, 4) - dt.date(2014, 9, 16)).days // 7 + 1 == 8
    assert dt.date(2016, 5, 12).strftime("%A") == "Thursday"
    assert dt.date(2016, 6, 9).strftime("%A") == "Thursday"


def check_dct_weekdays(docs: list[dict[str, Any]]) -> None:
    """A weekday said of the publication day (value == dct) must be that day's weekday; full
    datelines ("Tuesday 7 Oct 2014") must name their own weekday."""
    for d in docs:
        wd = dt.date.fromisoformat(d["published"]).strftime("%A")
        for surface, _t, value, _x in d["gold"]:
            if value == d["published"] and surface in corpus.WEEKDAYS:
                assert surface == wd, (d["id"], surface, wd)


def main() -> None:
    tml = DATA / "u-timeml"
    tml.mkdir(exist_ok=True)
    for name, (docs, events) in SETS.items():
        corpus.check_calendar(docs)
        check_dct_weekdays(docs)
        gold = corpus.gold_for(docs)
        corpus.write_jsonl(DATA / f"{name}.jsonl", corpus.documents(docs))
        (DATA / f"{name}.gold.json").write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n")
        for d, g in zip(docs, gold, strict=True):
            (tml / f"{d['id']}.tml").write_text(corpus.timeml(d, g), encoding="utf-8")
        expected = {"events": events, "validate": {"exit": 0, "errors": 0}}
        (DATA / f"{name}.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")
    check_inconsistent_facts()
    for name, spec in INCONSISTENT.items():
        corpus.write_jsonl(DATA / f"{name}.jsonl", spec["docs"])
        expected = {k: v for k, v in spec.items() if k != "docs"} | {"validate": {"exit": 1}}
        (DATA / f"{name}.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
