"""UNSEEN held-out sets (session 5): written by QA for the final honest measurement.

DEVELOPERS: do not read this file or ``data/u5-*``, and do not run ``_measure.py --unseen5``; the
sets exist to measure the engine on news nobody tuned it on.  Numbers are reported to the lead (and
as xfail reasons in ``test_heldout.py``).

Two campaigns, every sentence our own (facts from the public record):
- ``u5-talafar``: the Iraqi offensive that retook Tal Afar from Islamic State, 20 – 31 August 2017
  (the city fell to the group in June 2014; the Mosul offensive ran from October 2016 to July 2017;
  Iraqi Kurds voted on independence on 25 September 2017);
- ``u5-hodeidah``: the Saudi-led coalition's offensive on the Yemeni port of Hodeidah from 13 June
  2018, its pause in July, the failed Geneva round of September and the Stockholm agreement of
  13 December 2018 (ceasefire in force 18 December, endorsed by the Security Council on 21 December);
plus inconsistent variants (``u5-inc-talafar-weekday``, ``u5-inc-hodeidah-weeks``,
``u5-inc-hodeidah-disagree``).

``python tests/timeline/heldout/u5-corpus.py`` writes ``data/u5-*.jsonl``, ``data/u5-*.gold.json``,
``data/u5-*.expected.json`` and ``data/u5-timeml/*.tml``, in the formats of ``corpus.py`` (same
annotation tuples, same gold writer), after checking every weekday, every ISO week, every "the past
N days" interval and every document's length against the calendar and the brief.
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
TALAFAR: list[dict[str, Any]] = [
    {
        "id": "ta-01", "published": "2017-08-20", "source": "Tigris Wire",
        "text": (
            "BAGHDAD, Aug 20 (Tigris Wire) - Iraqi Prime Minister Haider al-Abadi announced on Sunday the "
            "start of an offensive to drive Islamic State out of Tal Afar, one of the last towns the "
            "militants still hold in northern Iraq. Dressed in military fatigues and standing before an "
            "Iraqi flag, Abadi told the jihadists in a televised address that they could surrender or die. "
            "Army units, federal police, counter-terrorism troops and the mostly Shi'ite Popular "
            "Mobilisation Forces are closing in on the city, about 60 km west of Mosul, from three sides. "
            "Tal Afar fell to Islamic State in June 2014, a few days after the militants overran Mosul. "
            "Commanders believe 1,000 to 2,000 fighters remain inside. The assault comes six weeks after "
            "Abadi declared victory in Mosul on July 10."
        ),
        "gold": [
            a("Aug 20", "DATE", "2017-08-20"),
            a("Sunday", "DATE", "2017-08-20"),
            a("June 2014", "DATE", "2014-06"),
            a("a few days", "DURATION", "PXD", notes="event-relative: a few days after Mosul fell"),
            a("six weeks", "DURATION", "P6W", notes="event-relative: six weeks after the Mosul victory"),
            a("July 10", "DATE", "2017-07-10"),
        ],
        "not": ["60 km", "1,000 to 2,000"],
    },
    {
        "id": "ta-02", "published": "2017-08-22", "source": "Nineveh Courier",
        "text": (
            "NEAR TAL AFAR, Iraq — They come out of the desert in twos and threes, women clutching children "
            "and plastic bags, men holding up their shirts to show they wear no explosive belts. Aid "
            "workers at a screening point on the road to Mosul said more than 1,500 people had reached them "
            "in the past two days, most of them Turkmen from Tel Afar, which fell to the jihadists more "
            "than three years ago. Several said they had hidden in basements since the offensive began on "
            "Sunday. The government's push has been quicker than many expected: the Popular Mobilisation "
            "units, known to Iraqis as the Hashd, took a string of villages on the western outskirts on "
            "Monday.\nViews: 1,312"
        ),
        "gold": [
            a("the past two days", "DURATION", "P2D", interval=iv("2017-08-20", "2017-08-22")),
            a("more than three years ago", "DATE", "2014", mod="BEFORE"),
            a("Sunday", "DATE", "2017-08-20"),
            a("Monday", "DATE", "2017-08-21"),
        ],
        "not": ["1,500", "1,312"],
    },
    {
        "id": "ta-03", "published": "2017-08-24", "source": "Gulf Evening Post",
        "text": (
            "ERBIL, Iraq, Thursday 24 August 2017 (Gulf Evening Post) — Four days into the offensive on Tal "
            "Afar, Iraqi troops are fighting house by house in the eastern and southern districts of the "
            "city, the Joint Operations Command said. Counter-terrorism units cleared two neighbourhoods "
            "overnight and were advancing on the city centre and its Ottoman-era citadel, a spokesman "
            "said. Resistance has so far been lighter than in Mosul, where the militants held out for "
            "nearly nine months behind a maze of tunnels and car bombs. Officers said Islamic State appeared "
            "to have pulled many of its remaining 2,000 fighters back into the old quarter."
        ),
        "gold": [
            a("Thursday 24 August 2017", "DATE", "2017-08-24"),
            a("Four days", "DURATION", "P4D", notes="event-relative: four days into the offensive"),
            a("overnight", "TIME", "2017-08-23TNI"),
            a("nearly nine months", "DURATION", "P9M", mod="LESS_THAN",
              notes="event-relative: the length of the battle for Mosul"),
        ],
        "not": ["2,000"],
    },
    {
        "id": "ta-04", "published": "2017-08-26", "source": "Tigris Wire",
        "text": (
            "TAL AFAR, Iraq, Aug 26 (Tigris Wire) - Iraqi forces recaptured the citadel at the heart of Tal "
            "Afar on Saturday, together with the neighbourhoods around it, the Joint Operations Command "
            "said in a statement. State television showed soldiers waving flags and firing into the air on "
            "the walls of the Ottoman fortress. Islamic State fighters still hold a few districts in the "
            "north of the city, officers said, as well as the small town of al-Ayadiya about 11 km to the "
            "north-west. The militants have now lost more than 90 percent of the territory they seized in "
            "Iraq three years ago."
        ),
        "gold": [
            a("Aug 26", "DATE", "2017-08-26"),
            a("Saturday", "DATE", "2017-08-26"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("three years ago", "DATE", "2014"),
        ],
        "not": ["11 km", "more than 90 percent"],
    },
    {
        "id": "ta-05", "published": "2017-08-27", "source": "Nineveh Courier",
        "text": (
            "Iraqi forces have retaken the whole of Talafar from Islamic State, a senior commander said on "
            "Sunday, one week after the prime minister ordered the assault. Lieutenant General Abdul Amir "
            "Yarallah told state television that his troops had cleared the last districts in the north "
            "of the city overnight. Yesterday's capture of the ancient citadel, he said, had broken the "
            "back of the jihadists' defence. Soldiers were still hunting snipers among the ruins on Sunday "
            "afternoon, and several hundred militants were thought to have fallen back to al-Ayadiya, a "
            "farming town on the road to the north-west."
        ),
        "gold": [
            a("Sunday", "DATE", "2017-08-27"),
            a("one week", "DURATION", "P1W", notes="event-relative: one week after the assault was ordered"),
            a("overnight", "TIME", "2017-08-26TNI"),
            a("Yesterday", "DATE", "2017-08-26"),
            a("Sunday afternoon", "TIME", "2017-08-27TAF"),
        ],
        "not": [],
    },
    {
        "id": "ta-06", "published": "2017-08-28", "source": "Gulf Evening Post",
        "text": (
            "ANALYSIS — It took Iraq's army nearly nine months of fighting, from an offensive launched last "
            "October until Haider al-Abadi declared Mosul liberated in July, to take back the country's "
            "second city. Tal Afar, once home to some 200,000 people, was declared retaken yesterday after "
            "only a week. Over the past eight days, officers say, the jihadists mostly fought rearguard "
            "actions and then melted away; one put the number who stayed to the end at 'a few hundred, "
            "maybe 300'. The speed of the victory gives Abadi a boost before a harder test: the Kurdish "
            "regional government plans to hold an independence referendum on September 25, a vote Baghdad "
            "calls unconstitutional."
        ),
        "gold": [
            a("nearly nine months", "DURATION", "P9M", mod="LESS_THAN",
              notes="event-relative: the length of the battle for Mosul"),
            a("last October", "DATE", "2016-10"),
            a("July", "DATE", "2017-07"),
            a("yesterday", "DATE", "2017-08-27"),
            a("a week", "DURATION", "P1W", notes="event-relative: the length of the battle for Tal Afar"),
            a("the past eight days", "DURATION", "P8D", interval=iv("2017-08-20", "2017-08-28")),
            a("September 25", "DATE", "2017-09-25"),
        ],
        "not": ["200,000", "300"],
    },
    {
        "id": "ta-07", "published": "2017-08-31", "source": "Tigris Wire",
        "text": (
            "BAGHDAD, Aug 31 (Tigris Wire) - Prime Minister Haider al-Abadi declared victory over Islamic "
            "State in Tal Afar on Thursday, after troops drove the militants out of al-Ayadhiya, the last "
            "town they held in the district. Abadi said in a statement that the whole of Tal Afar was now "
            "free, 11 days after he launched the offensive. The army said hundreds of militants had been "
            "killed in al-Ayadhiya in several days of close-quarter fighting. With the district retaken, "
            "all of Nineveh province is back under government control. Islamic State still holds Hawija, "
            "south-west of Kirkuk, and a stretch of the Euphrates valley near the Syrian border."
        ),
        "gold": [
            a("Aug 31", "DATE", "2017-08-31"),
            a("Thursday", "DATE", "2017-08-31"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("11 days", "DURATION", "P11D", notes="event-relative: 11 days after the launch"),
            a("several days", "DURATION", "PXD"),
        ],
        "not": [],
    },
    {
        "id": "ta-08", "published": "2017-09-26", "source": "Nineveh Courier",
        "text": (
            "TALL AFAR, Iraq — Nearly four weeks after Baghdad declared the district free of Islamic State, "
            "the first Turkmen families are coming home to Tall Afar, sweeping broken glass from their "
            "floors and painting over the slogans the militants left on their walls. Few houses have "
            "electricity, and the water network, which engineers say will take months to repair, is still "
            "cut. On Monday the returning families gathered around car radios to follow the Kurdish "
            "independence referendum in Erbil and Kirkuk. 'A month ago we were freed, and now they want to "
            "split the country,' said a shopkeeper who gave his name as Abu Hussein."
        ),
        "gold": [
            a("Nearly four weeks", "DURATION", "P4W", mod="LESS_THAN",
              notes="event-relative: since the victory was declared"),
            a("months", "DURATION", "PXM"),
            a("Monday", "DATE", "2017-09-25"),
            a("A month ago", "DATE", "2017-08"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
        ],
        "not": [],
    },
]

TALAFAR_EVENTS: list[dict[str, Any]] = [
    {"name": "Iraqi offensive to retake Tal Afar",
     "keywords": ["offensive", "assault", "push", "battle", "campaign", "operation", "attack"],
     "docs": ["ta-01", "ta-02", "ta-03"], "start": ["2017-08-20", "2017-08-20"]},
    {"name": "the citadel recaptured", "keywords": ["citadel", "recaptur", "captur", "fortress"],
     "docs": ["ta-04", "ta-05"], "start": ["2017-08-26", "2017-08-26"]},
    {"name": "the whole city declared retaken", "keywords": ["retak", "retook", "cleared", "declar"],
     "docs": ["ta-05", "ta-06"], "start": ["2017-08-27", "2017-08-27"]},
    {"name": "victory declared after the last town falls",
     "keywords": ["victory", "declar", "free", "liberat", "drove"],
     "docs": ["ta-07", "ta-08"], "start": ["2017-08-31", "2017-08-31"]},
    {"name": "the city falls to Islamic State in 2014", "keywords": ["fell", "seiz", "overr", "captur", "took"],
     "docs": ["ta-01", "ta-02"], "start": ["2014-06-01", "2014-06-30"]},
    {"name": "Mosul declared liberated", "keywords": ["victory", "liberat", "declar"],
     "docs": ["ta-01", "ta-06"], "start": ["2017-07-10", "2017-07-10"]},
    {"name": "the Mosul offensive launched", "keywords": ["offensive", "launch", "mosul"],
     "docs": ["ta-06"], "start": ["2016-10-01", "2016-10-31"]},
    {"name": "Kurdish independence referendum", "keywords": ["referendum", "vote", "ballot"],
     "docs": ["ta-06", "ta-08"], "start": ["2017-09-25", "2017-09-25"]},
]

# ---------------------------------------------------------------------------------------------------
HODEIDAH: list[dict[str, Any]] = [
    {
        "id": "hd-01", "published": "2018-06-13", "source": "Red Sea Wire",
        "text": (
            "ADEN, June 13 (Red Sea Wire) - Yemeni forces backed by a Saudi-led coalition launched an "
            "assault on the Houthi-held port of Hodeidah on Wednesday, after a deadline for the rebels to "
            "quit the port ran out overnight. Warplanes and warships pounded Houthi positions south of the "
            "city as ground troops, led by the United Arab Emirates, moved up the Red Sea coast. The "
            "coalition has called the offensive Golden Victory. Aid agencies fear the battle will choke the "
            "port, through which some 70 percent of Yemen's imports arrive, and put 600,000 residents at "
            "risk. The coalition entered the war in March 2015, six months after the Iran-aligned Houthis "
            "seized the capital Sanaa."
        ),
        "gold": [
            a("June 13", "DATE", "2018-06-13"),
            a("Wednesday", "DATE", "2018-06-13"),
            a("overnight", "TIME", "2018-06-12TNI"),
            a("March 2015", "DATE", "2015-03"),
            a("six months", "DURATION", "P6M", notes="event-relative: six months after Sanaa was seized"),
        ],
        "not": ["some 70 percent", "600,000"],
    },
    {
        "id": "hd-02", "published": "2018-06-21", "source": "Peninsula Courier",
        "text": (
            "DUBAI — Coalition-backed troops said on Wednesday that they had taken the airport of "
            "Hudaydah, on the southern edge of the city, after a week of fighting along the coast. The "
            "Houthis, who call their movement Ansar Allah, denied it, and their al-Masirah television "
            "broadcast pictures of fighters it said were still holding parts of the compound. In its second "
            "week, the campaign for Yemen's main port has already forced thousands of families from their "
            "homes, aid groups said, and many more are trapped in districts close to the front. The UN "
            "envoy, Martin Griffiths, is trying to broker a deal under which the rebels would hand the port "
            "to UN management."
        ),
        "gold": [
            a("Wednesday", "DATE", "2018-06-20"),
            a("a week", "DURATION", "P1W", notes="event-relative: a week of fighting before the airport fell"),
            a("second week", "DURATION", "P1W", optional_value=True,
              notes="the campaign's second week: it began 7-13 days before 2018-06-21"),
        ],
        "not": [],
    },
    {
        "id": "hd-03", "published": "2018-07-02", "source": "Meridian News Service",
        "text": (
            "ABU DHABI, Monday 2 July 2018 (Meridian News Service) — The United Arab Emirates has paused its "
            "offensive on Yemen's main port to give UN peace efforts a chance, Anwar Gargash, the Emirati "
            "minister of state for foreign affairs, said on Sunday. Nearly three weeks into the campaign, "
            "coalition-backed forces hold Hodeidah airport, seized on June 20, but have not pushed into "
            "the city's streets. Gargash said the pause depended on the UN envoy, Martin Griffiths, "
            "securing an unconditional Houthi withdrawal from the city and its port. Fishermen in Hudaydah "
            "said the shelling had eased over the weekend.\nViews: 4,087"
        ),
        "gold": [
            a("Monday 2 July 2018", "DATE", "2018-07-02"),
            a("Sunday", "DATE", "2018-07-01"),
            a("Nearly three weeks", "DURATION", "P3W", mod="LESS_THAN",
              notes="event-relative: nearly three weeks into the campaign"),
            a("June 20", "DATE", "2018-06-20"),
            a("the weekend", "DATE", "2018-W26-WE"),
        ],
        "not": ["4,087"],
    },
    {
        "id": "hd-04", "published": "2018-09-09", "source": "Red Sea Wire",
        "text": (
            "GENEVA, Sept 9 (Red Sea Wire) - UN-sponsored peace talks on Yemen collapsed on Saturday before "
            "they had even begun, after the Houthi delegation refused to leave Sanaa without guarantees that "
            "it could return safely and fly wounded fighters out on its plane. Martin Griffiths, the UN "
            "envoy, who had waited for the rebels since the talks were due to open on Thursday, said he "
            "would travel to Sanaa and Muscat to try to save the process. The consultations would have been "
            "the first between the two sides since a round in Kuwait broke down in August 2016 after more "
            "than three months of fruitless meetings."
        ),
        "gold": [
            a("Sept 9", "DATE", "2018-09-09"),
            a("Saturday", "DATE", "2018-09-08"),
            a("Thursday", "DATE", "2018-09-06"),
            a("August 2016", "DATE", "2016-08"),
            a("more than three months", "DURATION", "P3M", mod="MORE_THAN",
              notes="event-relative: the length of the Kuwait round"),
        ],
        "not": [],
    },
    {
        "id": "hd-05", "published": "2018-11-08", "source": "Peninsula Courier",
        "text": (
            "HODEIDA, Yemen — Nearly five months into the offensive on Yemen's lifeline port, the war has "
            "finally reached its streets. Since Nov. 1, coalition-backed troops have pushed into the "
            "eastern districts along the road to Sanaa, and Houthi fighters have taken up positions around "
            "the 22 May hospital, doctors there said. The campaign was halted in July to give diplomacy a "
            "chance and revived in mid-September, after the Geneva talks fell apart. Its backers in Abu "
            "Dhabi and Riyadh are now in a hurry: Washington called last week for a ceasefire, and pressure "
            "on the Saudis has mounted since the killing of the journalist Jamal Khashoggi in Istanbul last "
            "month."
        ),
        "gold": [
            a("Nearly five months", "DURATION", "P5M", mod="LESS_THAN",
              notes="event-relative: nearly five months into the offensive"),
            a("Nov. 1", "DATE", "2018-11-01"),
            a("July", "DATE", "2018-07"),
            a("mid-September", "DATE", "2018-09", mod="MID"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("last week", "DATE", "2018-W44"),
            a("last month", "DATE", "2018-10"),
        ],
        "not": ["22 May"],
    },
    {
        "id": "hd-06", "published": "2018-12-06", "source": "Meridian News Service",
        "text": (
            "RIMBO, Sweden — Delegates of Yemen's Houthi movement and of the internationally recognised "
            "government of President Abd-Rabbu Mansour Hadi sat down together on Thursday at a country "
            "estate about 60 km north of Stockholm, for their first talks in more than two years. Opening "
            "the consultations, the UN envoy Martin Griffiths announced that the two sides had agreed to "
            "exchange thousands of prisoners. An earlier attempt, in Geneva nearly three months ago, never "
            "got started because the rebel team stayed at home. The fate of Hodeidah is expected to "
            "dominate the week-long meeting: the government wants the Houthis out of the port, while they "
            "want it declared a neutral zone."
        ),
        "gold": [
            a("Thursday", "DATE", "2018-12-06"),
            a("more than two years", "DURATION", "P2Y", mod="MORE_THAN",
              notes="event-relative: since the last talks"),
            a("nearly three months ago", "DATE", "2018-09", mod="APPROX"),
            a("week-long", "DURATION", "P1W"),
        ],
        "not": ["about 60 km"],
    },
    {
        "id": "hd-07", "published": "2018-12-13", "source": "Red Sea Wire",
        "text": (
            "RIMBO, Sweden, Dec 13 (Red Sea Wire) - Yemen's warring parties agreed on Thursday to a "
            "ceasefire in the port city of Hodeidah and to pull their forces out of it, UN Secretary-General "
            "Antonio Guterres announced at the close of a week of talks in Sweden. Under the deal, a "
            "committee chaired by the United Nations will oversee the withdrawal from the city and from the "
            "smaller ports of Salif and Ras Isa, and the world body will play a leading role in running the "
            "docks. The two sides also reached an understanding on the besieged city of Taiz, but could not "
            "agree on reopening Sanaa airport. A new round of talks is planned for the end of January."
        ),
        "gold": [
            a("Dec 13", "DATE", "2018-12-13"),
            a("Thursday", "DATE", "2018-12-13"),
            a("a week", "DURATION", "P1W", notes="event-relative: the length of the talks"),
            a("the end of January", "DATE", "2019-01", mod="END"),
        ],
        "not": [],
    },
    {
        "id": "hd-08", "published": "2018-12-18", "source": "Peninsula Courier",
        "text": (
            "HODEIDAH, Yemen — A ceasefire took hold in Hodeidah at midnight, and by morning the streets near "
            "the front were quiet apart from the odd burst of gunfire, residents said. The truce was agreed "
            "in Sweden last week, but its start was put back while UN officials worked out the details, and "
            "the Houthis and the pro-government forces traded heavy fire in the hours before it began. Under "
            "last Thursday's deal the two sides are to pull their fighters out of the city and its three "
            "ports in the coming weeks, watched by UN monitors. Aid agencies hope the docks, which handle "
            "most of the country's food imports, will be working normally by January."
        ),
        "gold": [
            a("midnight", "TIME", "2018-12-18T00:00"),
            a("morning", "TIME", "2018-12-18TMO"),
            a("last week", "DATE", "2018-W50"),
            a("hours", "DURATION", "PTXH", notes="event-relative: the hours before the truce began"),
            a("last Thursday", "DATE", "2018-12-13"),
            a("the coming weeks", "DATE", "FUTURE_REF", optional_value=True),
            a("January", "DATE", "2019-01"),
        ],
        "not": [],
    },
    {
        "id": "hd-09", "published": "2018-12-22", "source": "Meridian News Service",
        "text": (
            "NEW YORK — The UN Security Council voted unanimously on Friday to endorse the deal reached in "
            "Sweden on Dec. 13 and to send an advance team of monitors to Hodeidah for an initial 30 days, "
            "under the retired Dutch general Patrick Cammaert. The council's resolution 2451, drafted by "
            "Britain, also calls for aid to move freely through the port. The ceasefire in the city, "
            "barely four days old, has largely held since it came into force on Tuesday, though both sides "
            "have reported shelling on the outskirts. Cammaert is expected in Yemen within days."
        ),
        "gold": [
            a("Friday", "DATE", "2018-12-21"),
            a("Dec. 13", "DATE", "2018-12-13"),
            a("30 days", "DURATION", "P30D"),
            a("four days", "DURATION", "P4D", notes="event-relative: the ceasefire's age"),
            a("Tuesday", "DATE", "2018-12-18"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'within days': vague duration"),
        ],
        "not": ["2451"],
    },
]

HODEIDAH_EVENTS: list[dict[str, Any]] = [
    {"name": "coalition offensive on Hodeidah",
     "keywords": ["offensive", "assault", "campaign", "battle", "attack", "launch"],
     "docs": ["hd-01", "hd-02", "hd-03"], "start": ["2018-06-12", "2018-06-13"]},
    {"name": "the airport taken", "keywords": ["airport", "taken", "took", "seiz", "captur"],
     "docs": ["hd-02", "hd-03"], "start": ["2018-06-19", "2018-06-20"]},
    {"name": "the Emirates pause the offensive", "keywords": ["paus", "halt", "suspend"],
     "docs": ["hd-03", "hd-05"], "start": ["2018-07-01", "2018-07-01"]},
    {"name": "Geneva talks collapse", "keywords": ["collaps", "fell apart", "geneva", "talks", "attempt"],
     "docs": ["hd-04", "hd-05", "hd-06"], "start": ["2018-09-06", "2018-09-08"]},
    {"name": "Kuwait round broke down", "keywords": ["broke down", "kuwait", "round"],
     "docs": ["hd-04"], "start": ["2016-08-01", "2016-08-31"]},
    {"name": "talks open in Sweden", "keywords": ["talks", "consultations", "sat down", "open", "meeting"],
     "docs": ["hd-06", "hd-07"], "start": ["2018-12-06", "2018-12-06"]},
    {"name": "Hodeidah agreement reached", "keywords": ["agree", "deal"],
     "docs": ["hd-07", "hd-08", "hd-09"], "start": ["2018-12-13", "2018-12-13"]},
    {"name": "ceasefire takes effect", "keywords": ["ceasefire", "truce", "took hold", "force"],
     "docs": ["hd-08", "hd-09"], "start": ["2018-12-18", "2018-12-18"]},
]

SETS = {"u5-talafar": (TALAFAR, TALAFAR_EVENTS), "u5-hodeidah": (HODEIDAH, HODEIDAH_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u5-inc-talafar-weekday": {
        "docs": [
            {"id": "tw-1", "published": "2017-08-27", "source": "Tigris Wire",
             "text": ("TAL AFAR, Iraq - Iraqi troops recaptured the Ottoman citadel in the centre of Tal Afar "
                      "on Friday (Aug. 26) and raised the national flag over its walls, the Joint Operations "
                      "Command said.")},
            {"id": "tw-2", "published": "2017-08-27", "source": "Nineveh Courier",
             "text": ("ERBIL - A sandstorm closed Erbil airport to flights for several hours on Saturday, "
                      "officials said.")},
        ],
        "must_name": ["tw-1"], "bystander": ["tw-2"], "codes": ["weekday-mismatch"],
        "note": "August 26, 2017 was a Saturday",
    },
    "u5-inc-hodeidah-weeks": {
        "docs": [
            {"id": "hw-1", "published": "2018-06-14", "source": "Red Sea Wire",
             "text": ("ADEN, June 14 (Red Sea Wire) - Forces backed by the Saudi-led coalition began their "
                      "assault on the Houthi-held port of Hodeidah on Wednesday (June 13), with air strikes "
                      "and naval fire on rebel positions south of the city.")},
            {"id": "hw-2", "published": "2018-07-25", "source": "Peninsula Courier",
             "text": ("HODEIDAH - In its second week, the coalition's offensive on Hodeidah has driven "
                      "thousands of families from their homes in the south of the city, aid agencies said "
                      "on Wednesday.")},
            {"id": "hw-3", "published": "2018-07-25", "source": "Peninsula Courier",
             "text": "SANAA - The Yemeni rial fell to a new low against the dollar on Tuesday, money changers said."},
        ],
        "must_name": ["hw-1", "hw-2"], "bystander": ["hw-3"], "codes": [],
        "note": "begun 13 June, the offensive is 42 days old on 25 July, not in its second week",
    },
    "u5-inc-hodeidah-disagree": {
        "docs": [
            {"id": "hx-1", "published": "2018-12-18", "source": "Red Sea Wire",
             "text": ("HODEIDAH, Dec 18 (Red Sea Wire) - A UN-brokered ceasefire came into force in the "
                      "Yemeni port of Hodeidah on Tuesday (Dec. 18), residents and officials said.")},
            {"id": "hx-2", "published": "2018-12-27", "source": "Meridian News Service",
             "text": ("ADEN - The ceasefire in Hodeidah, which came into force on Dec. 14, has been broken "
                      "dozens of times, both sides said on Thursday.")},
            {"id": "hx-3", "published": "2018-12-27", "source": "Meridian News Service",
             "text": "MUKALLA - Fishermen returned to sea off Mukalla on Wednesday after a week of high winds."},
        ],
        "must_name": ["hx-1", "hx-2"], "bystander": ["hx-3"], "codes": [],
        "note": "18 December vs 14 December for the start of one ceasefire",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2017-08-20", "2017-08-21", "2017-08-24", "2017-08-26", "2017-08-27")] == [
        "Sunday", "Monday", "Thursday", "Saturday", "Sunday"]
    assert [wd(s) for s in ("2017-08-31", "2017-09-25")] == ["Thursday", "Monday"]
    assert [wd(s) for s in ("2018-06-13", "2018-06-20", "2018-07-01", "2018-07-02")] == [
        "Wednesday", "Wednesday", "Sunday", "Monday"]
    assert [wd(s) for s in ("2018-09-06", "2018-09-08", "2018-12-06", "2018-12-13", "2018-12-18")] == [
        "Thursday", "Saturday", "Thursday", "Thursday", "Tuesday"]
    assert wd("2018-12-21") == "Friday"
    # ISO weeks and weekends: "the weekend" seen from Mon 2 Jul 2018 is Sat 30 Jun - Sun 1 Jul (W26);
    # "last week" from Thu 8 Nov 2018 holds Tue 30 Oct (the US call); from Tue 18 Dec 2018, Thu 13 Dec
    assert dt.date(2018, 6, 30).isocalendar()[:2] == dt.date(2018, 7, 1).isocalendar()[:2] == (2018, 26)
    assert dt.date(2018, 7, 2).isocalendar()[:2] == (2018, 27)
    assert dt.date(2018, 10, 30).isocalendar()[:2] == (2018, 44) and dt.date(2018, 11, 8).isocalendar()[1] == 45
    assert dt.date(2018, 12, 13).isocalendar()[:2] == (2018, 50) and dt.date(2018, 12, 18).isocalendar()[1] == 51
    # campaign clues agree: the Tal Afar offensive from 20 Aug 2017, the Hodeidah one from 13 Jun 2018
    start = dt.date(2017, 8, 20)
    assert round((start - dt.date(2017, 7, 10)).days / 7) == 6            # "six weeks after ... July 10"
    assert (dt.date(2017, 8, 22) - start).days == 2                      # "the past two days"
    assert (dt.date(2017, 8, 24) - start).days == 4                      # "Four days into the offensive"
    assert (dt.date(2017, 8, 27) - start).days == 7                      # "one week after ... the assault"
    assert (dt.date(2017, 8, 28) - start).days == 8                      # "the past eight days"
    assert (dt.date(2017, 8, 31) - start).days == 11                     # "11 days after he launched"
    assert 8 < (dt.date(2017, 7, 10) - dt.date(2016, 10, 17)).days / 30.44 < 9   # Mosul: "nearly nine months"
    assert 21 < (dt.date(2017, 9, 26) - dt.date(2017, 8, 31)).days < 28  # "Nearly four weeks after"
    assert 2017 - 3 == 2014                                              # "three years ago" (June 2014)
    war = dt.date(2018, 6, 13)
    assert round((dt.date(2015, 3, 26) - dt.date(2014, 9, 21)).days / 30.44) == 6   # "six months after"
    assert (dt.date(2018, 6, 20) - war).days == 7                        # "after a week of fighting"
    assert 7 <= (dt.date(2018, 6, 21) - war).days <= 13                  # "In its second week"
    assert 14 < (dt.date(2018, 7, 2) - war).days < 21                    # "Nearly three weeks into"
    assert 4 < (dt.date(2018, 11, 8) - war).days / 30.44 < 5             # "Nearly five months into"
    assert 3 < (dt.date(2016, 8, 6) - dt.date(2016, 4, 21)).days / 30.44 < 4     # Kuwait: "more than three months"
    assert (dt.date(2018, 12, 6) - dt.date(2016, 8, 6)).days / 365.25 > 2        # "more than two years"
    assert 2.5 < (dt.date(2018, 12, 6) - dt.date(2018, 9, 8)).days / 30.44 < 3  # "nearly three months ago"
    assert (dt.date(2018, 12, 13) - dt.date(2018, 12, 6)).days == 7      # "a week of talks"
    assert (dt.date(2018, 12, 22) - dt.date(2018, 12, 18)).days == 4     # "barely four days old"
    # inconsistent variants: the inconsistency is real
    assert wd("2017-08-26") == "Saturday" and wd("2017-08-27") == "Sunday"
    assert wd("2018-07-25") == "Wednesday" and (dt.date(2018, 7, 25) - war).days == 42   # not 7-13
    assert wd("2018-06-14") == "Thursday" and wd("2018-07-24") == "Tuesday"
    assert wd("2018-12-27") == "Thursday" and wd("2018-12-26") == "Wednesday"


_PAST = re.compile(r"the past (\w+) (day|week)s?$")
_N = {"two": 2, "eight": 8}


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
    """An ISO-week value ("last week", "the weekend") is the publication week or the one before."""
    for d in docs:
        year, week, _ = dt.date.fromisoformat(d["published"]).isocalendar()
        for surface, _t, value, _x in d["gold"]:
            m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
            if m:
                # "last week"; a weekend spoken of in the past tense on a Monday: the week before
                monday = dt.date.fromisoformat(d["published"]).weekday() == 0
                before = surface.lower().startswith("last") or (m.group(3) is not None and monday)
                want = week - 1 if before else week
                assert (int(m.group(1)), int(m.group(2))) == (year, want), (d["id"], surface, value)


def check_lengths(docs: list[dict[str, Any]]) -> None:
    """Short dispatches: 60 to 150 words each."""
    for d in docs:
        n = len(d["text"].split())
        assert 60 <= n <= 150, (d["id"], n)


def main() -> None:
    check_facts()
    corpus.write_batch("u5-timeml", SETS, INCONSISTENT, checks=[check_past_intervals, check_weeks, check_lengths])


if __name__ == "__main__":
    main()
