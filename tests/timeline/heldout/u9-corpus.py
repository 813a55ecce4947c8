"""Held-out sets of session 10, written by QA for an honest measurement; unseen in session 10, PRACTICE
data since session 11 (the lead read them at its start; the unseen batch is now ``u10-corpus.py``).

Two campaigns, every sentence our own (facts from the public record):
- ``u9-kharkiv``: the Ukrainian counteroffensive in the Kharkiv region, September 2022 (the breakthrough
  towards Balakliia on 6 September; Balakliia retaken on 8 September; Kupiansk entered and the Russian
  "regrouping" out of Izium on 10 September; the missile strikes on Kharkiv's thermal power plant on
  the evening of 11 September; Zelensky in Izium on 14 September; the mass burial site near Izium made
  known on 15 September and exhumed from 16 September; the Russian withdrawal from Lyman on 1 October);
- ``u9-myanmar``: the military coup in Myanmar, February 2021 (Aung San Suu Kyi and the NLD leaders
  detained and a one-year state of emergency declared on 1 February; the walkie-talkie charge made
  public on 3 February; the nationwide internet shutdown of 6 February; the bans on gatherings and
  curfews of 8 February; two protesters shot dead at a Mandalay shipyard on 20 February; the general
  strike of 22 February; the bloodiest crackdown so far on 28 February);
plus inconsistent variants (``u9-inc-kharkiv-weekday``, ``u9-inc-myanmar-weeks``,
``u9-inc-kharkiv-disagree``).

``python tests/timeline/heldout/u9-corpus.py`` writes ``data/u9-*.jsonl``, ``data/u9-*.gold.json``,
``data/u9-*.expected.json`` and ``data/u9-timeml/*.tml``, in the formats of ``corpus.py`` (same
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
KHARKIV: list[dict[str, Any]] = [
    {
        "id": "kv-01", "published": "2022-09-07", "source": "Sloboda Wire",
        "text": (
            "KYIV, Sept. 7 (Sloboda Wire) - Ukrainian troops punched through Russian lines south-east of "
            "Kharkiv on Tuesday and pushed several kilometres towards the town of Balakliia, in what officials "
            "privately described as the opening of a new counteroffensive in the north-east. Russian-installed "
            "administrators in the region acknowledged heavy fighting around the village of Verbivka and said "
            "civilians were being taken out of Balakliia by bus. Kyiv has imposed a near-total news blackout "
            "on the operation, which comes eight days after its forces began a separate push in the southern "
            "Kherson region. Balakliia, a town of some 27,000 people before the invasion, has been in Russian "
            "hands since early March. President Volodymyr Zelensky said in a video address that he would not "
            "name the places being freed."
        ),
        "gold": [
            a("Sept. 7", "DATE", "2022-09-07"),
            a("Tuesday", "DATE", "2022-09-06"),
            a("eight days", "DURATION", "P8D", notes="event-relative: eight days after the Kherson push began"),
            a("early March", "DATE", "2022-03", mod="START"),
        ],
        "not": ["several kilometres", "some 27,000"],
    },
    {
        "id": "kv-02", "published": "2022-09-09", "source": "Seversky Post",
        "text": (
            "KHARKIV (Seversky Post) - Ukrainian soldiers raised the national flag over the town hall in "
            "Balakliia yesterday, local officials said, three days into a lightning counteroffensive that "
            "appears to have caught Russian commanders off guard. The general staff in Kyiv has yet to confirm "
            "the recapture of the town, but videos posted on Thursday showed troops being greeted by residents "
            "in its streets. President Zelensky said on Thursday evening that more than 1,000 square kilometres "
            "had been freed since the beginning of the month. Ukrainian units were reported on Friday to be "
            "within 15 km of Kupiansk, a rail hub through which the Russian forces further south are supplied. "
            "Moscow is rushing reinforcements to the area, the Russian defence ministry said, without giving "
            "numbers."
        ),
        "gold": [
            a("yesterday", "DATE", "2022-09-08"),
            a("three days", "DURATION", "P3D", notes="event-relative: three days into the counteroffensive"),
            a("Thursday", "DATE", "2022-09-08"),
            a("Thursday evening", "TIME", "2022-09-08TEV"),
            a("the beginning of the month", "DATE", "2022-09", mod="START"),
            a("Friday", "DATE", "2022-09-09"),
        ],
        "not": ["more than 1,000 square kilometres", "15 km"],
    },
    {
        "id": "kv-03", "published": "2022-09-11", "source": "Donets Courier",
        "text": (
            "KYIV, Sunday 11 September 2022 (Donets Courier) - Russia abandoned its main stronghold in "
            "north-eastern Ukraine on Saturday, pulling its troops out of Izium as Ukrainian forces swept east "
            "towards the Oskil river. The Russian defence ministry called the retreat a regrouping, saying "
            "units around Balakliia and Izium were being moved to bolster the front in Donetsk. Earlier on "
            "Saturday, Ukrainian special forces posted photographs of themselves outside the city hall in "
            "Kupiansk, the railway junction through which Moscow had supplied its army in the region since the "
            "spring. Balakliia, retaken three days ago, was being cleared of mines. Ukraine's top commander said "
            "today that about 3,000 square kilometres had been recaptured in the past five days. Pro-Kremlin "
            "military bloggers reacted with fury."
        ),
        "gold": [
            a("Sunday 11 September 2022", "DATE", "2022-09-11"),
            a("Saturday", "DATE", "2022-09-10"),
            a("Saturday", "DATE", "2022-09-10"),
            a("the spring", "DATE", "2022-SP"),
            a("three days ago", "DATE", "2022-09-08"),
            a("today", "DATE", "2022-09-11"),
            a("the past five days", "DURATION", "P5D", interval=iv("2022-09-06", "2022-09-11")),
        ],
        "not": ["about 3,000 square kilometres"],
    },
    {
        "id": "kv-04", "published": "2022-09-12", "source": "Vistula Times",
        "text": (
            "KHARKIV, Sept. 12 (Vistula Times) - Much of north-eastern Ukraine was plunged into darkness after "
            "Russian missiles struck a large thermal power plant on the western edge of Kharkiv on Sunday "
            "evening, an attack President Zelensky denounced as deliberate terror against civilians. Power and "
            "running water had largely returned by Monday morning, the city's mayor said. The strikes came a "
            "day after Ukrainian troops entered Kupiansk and Russia pulled its forces out of Izium. Over the "
            "past six days, Kyiv says, its troops have retaken more than 20 towns and villages. Western "
            "analysts said the Kharkiv counteroffensive, begun on September 6, was the most successful "
            "Ukrainian operation since Russian troops were driven back from the outskirts of the capital in "
            "the spring."
        ),
        "gold": [
            a("Sunday evening", "TIME", "2022-09-11TEV"),
            a("Monday morning", "TIME", "2022-09-12TMO"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after Kupiansk was entered"),
            a("the past six days", "DURATION", "P6D", interval=iv("2022-09-06", "2022-09-12")),
            a("September 6", "DATE", "2022-09-06"),
            a("the spring", "DATE", "2022-SP"),
        ],
        "not": ["more than 20"],
    },
    {
        "id": "kv-05", "published": "2022-09-14", "source": "Sloboda Wire",
        "text": (
            "IZIUM, Ukraine, Sept. 14 (Sloboda Wire) - President Volodymyr Zelensky walked through the ruined "
            "centre of Izium on Wednesday and watched the national flag being hoisted outside the city council, "
            "four days after Russian troops fled the city they had occupied since April. He thanked the "
            "soldiers and promised that the town would be rebuilt. Moscow, which presented its withdrawal on "
            "Saturday as a planned regrouping, has accused Kyiv of shelling civilians in the territory it lost. "
            "Much of Kharkiv has had electricity again since Monday, after Sunday's strikes on the city's "
            "thermal plant. Eight days into the counteroffensive, Ukrainian officials say their troops have "
            "reached the Russian border in places. Residents said the occupation had lasted more than five "
            "months."
        ),
        "gold": [
            a("Sept. 14", "DATE", "2022-09-14"),
            a("Wednesday", "DATE", "2022-09-14"),
            a("four days", "DURATION", "P4D", notes="event-relative: four days after the Russian troops fled"),
            a("April", "DATE", "2022-04"),
            a("Saturday", "DATE", "2022-09-10"),
            a("Monday", "DATE", "2022-09-12"),
            a("Sunday", "DATE", "2022-09-11"),
            a("Eight days", "DURATION", "P8D", notes="event-relative: eight days into the counteroffensive"),
            a("more than five months", "DURATION", "P5M", mod="MORE_THAN"),
        ],
        "not": [],
    },
    {
        "id": "kv-06", "published": "2022-09-16", "source": "Eastern Ledger",
        "text": (
            "IZIUM (Eastern Ledger) - Forensic teams began exhuming bodies from a mass burial site in a pine "
            "forest outside Izium on Friday, a day after President Zelensky said investigators had found it. "
            "Regional officials counted more than 440 graves, most marked only with wooden crosses and numbers, "
            "and said some of the dead bore signs of torture. Mr Zelensky, who toured the recaptured city two "
            "days ago, told the nation in a video address on Thursday night that the world must see what "
            "Russian occupation had brought. The Kremlin has not commented. Ten days after the counteroffensive "
            "began, Ukraine says it has retaken around 8,000 square kilometres. A United Nations team said it "
            "hoped to visit the site in the coming days."
        ),
        "gold": [
            a("Friday", "DATE", "2022-09-16"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the site was made known"),
            a("two days ago", "DATE", "2022-09-14"),
            a("Thursday night", "TIME", "2022-09-15TNI"),
            a("Ten days", "DURATION", "P10D", notes="event-relative: ten days after the counteroffensive began"),
            a("the coming days", "DATE", "FUTURE_REF", optional_value=True),
        ],
        "not": ["more than 440", "around 8,000 square kilometres"],
    },
    {
        "id": "kv-07", "published": "2022-09-20", "source": "Donets Courier",
        "text": (
            "KUPIANSK, Ukraine (Donets Courier) - Two weeks into Ukraine's counteroffensive in the north-east, "
            "the front has settled along the Oskil river, and artillery duels across it have become routine in "
            "this divided town. Ukrainian troops entered Kupiansk ten days ago, but Russian forces still hold "
            "its eastern districts across the water. Investigators said on Tuesday they had now exhumed more "
            "than 140 bodies at the forest burial site near Izium that was uncovered last week, most of them "
            "civilians. Kyiv says the operation, launched on Sept. 6, has freed more than 300 settlements. In "
            "the occupied regions, Russian-installed officials announced that referendums on joining Russia "
            "would be held from Friday, a move Western governments dismissed as a sham."
        ),
        "gold": [
            a("Two weeks", "DURATION", "P2W", notes="event-relative: two weeks into the counteroffensive"),
            a("ten days ago", "DATE", "2022-09-10"),
            a("Tuesday", "DATE", "2022-09-20"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("last week", "DATE", "2022-W37"),
            a("Sept. 6", "DATE", "2022-09-06"),
            a("Friday", "DATE", "2022-09-23", notes="future: the referendums open on the coming Friday"),
        ],
        "not": ["more than 140", "more than 300"],
    },
    {
        "id": "kv-08", "published": "2022-10-01", "source": "Vistula Times",
        "text": (
            "KYIV, Oct. 1 (Vistula Times) - Russia said on Saturday it had withdrawn its troops from Lyman, a "
            "railway hub in the Donetsk region, after Ukrainian forces closed in on the town from three sides "
            "and threatened to trap its garrison. The retreat came less than a day after Vladimir Putin "
            "proclaimed at a Kremlin ceremony that four Ukrainian regions, Donetsk among them, were part of "
            "Russia. Ukrainian soldiers filmed themselves raising the flag at the entrance to the town this "
            "morning. More than three weeks after Kyiv's forces broke through near Balakliia, the north-eastern "
            "front has moved some 70 km east. Russia has been calling up reservists since September 21, when "
            "Mr Putin ordered a partial mobilisation, and tens of thousands of men have fled abroad over the "
            "past ten days."
        ),
        "gold": [
            a("Saturday", "DATE", "2022-10-01"),
            a("less than a day", "DURATION", "P1D", mod="LESS_THAN",
              notes="event-relative: less than a day after the annexation ceremony"),
            a("this morning", "TIME", "2022-10-01TMO"),
            a("More than three weeks", "DURATION", "P3W", mod="MORE_THAN",
              notes="event-relative: since the breakthrough near Balakliia"),
            a("September 21", "DATE", "2022-09-21"),
            a("the past ten days", "DURATION", "P10D", interval=iv("2022-09-21", "2022-10-01")),
        ],
        "not": ["some 70 km", "tens of thousands"],
    },
    {
        "id": "kv-09", "published": "2022-10-03", "source": "Seversky Post",
        "text": (
            "KRAMATORSK, Ukraine (Seversky Post) - Lyman is fully under Ukrainian control, President Zelensky "
            "said in his Sunday evening address, a day after Moscow announced that its garrison had pulled out "
            "of the town to avoid encirclement. Russia's retreat two days ago drew open criticism of the army's "
            "top brass from the Kremlin-backed leader of Chechnya. On Monday, Ukrainian officials said their "
            "forces were pushing east towards Kreminna. Lyman, a rail junction the Russians seized in late May, "
            "had given Moscow's troops a route into northern Donetsk; Kyiv says some 5,000 of them were at risk "
            "of being surrounded there. Over the past four weeks, a war that many analysts had described as a "
            "grinding stalemate during the summer has been transformed. Last month's discovery of the mass "
            "grave at Izium has fuelled calls for a war crimes tribunal."
        ),
        "gold": [
            a("Sunday evening", "TIME", "2022-10-02TEV"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the withdrawal was announced"),
            a("two days ago", "DATE", "2022-10-01"),
            a("Monday", "DATE", "2022-10-03"),
            a("late May", "DATE", "2022-05", mod="END"),
            a("the past four weeks", "DURATION", "P4W", interval=iv("2022-09-05", "2022-10-03")),
            a("the summer", "DATE", "2022-SU"),
            a("Last month", "DATE", "2022-09"),
        ],
        "not": ["some 5,000"],
    },
]

KHARKIV_EVENTS: list[dict[str, Any]] = [
    {"name": "Kharkiv counteroffensive launched near Balakliia",
     "keywords": ["counteroffensive", "offensive", "operation", "launch", "begun", "broke through", "punched",
                  "push"],
     "docs": ["kv-01", "kv-04", "kv-07"], "start": ["2022-09-06", "2022-09-06"]},
    {"name": "Balakliia retaken", "keywords": ["flag", "retak", "recapture", "raised", "balakliia"],
     "docs": ["kv-02", "kv-03"], "start": ["2022-09-08", "2022-09-08"]},
    {"name": "Ukrainian troops enter Kupiansk", "keywords": ["kupiansk", "entered", "photograph", "posted"],
     "docs": ["kv-03", "kv-04", "kv-07"], "start": ["2022-09-10", "2022-09-10"]},
    {"name": "Russian pull-out from Izium (the 'regrouping')",
     "keywords": ["abandon", "pull", "retreat", "regroup", "withdr", "fled"],
     "docs": ["kv-03", "kv-05"], "start": ["2022-09-10", "2022-09-10"]},
    {"name": "missile strikes on the Kharkiv power plant",
     "keywords": ["strike", "struck", "missile", "power", "plant", "darkness"],
     "docs": ["kv-04", "kv-05"], "start": ["2022-09-11", "2022-09-11"]},
    {"name": "Zelensky visits Izium", "keywords": ["walked", "toured", "visit", "hoisted", "zelensky"],
     "docs": ["kv-05", "kv-06"], "start": ["2022-09-14", "2022-09-14"]},
    {"name": "mass burial site near Izium found and exhumed",
     "keywords": ["burial", "grave", "exhum", "found", "uncovered"],
     "docs": ["kv-06", "kv-07"], "start": ["2022-09-15", "2022-09-16"]},
    {"name": "Russian withdrawal from Lyman", "keywords": ["lyman", "withdr", "pulled out", "retreat"],
     "docs": ["kv-08", "kv-09"], "start": ["2022-10-01", "2022-10-01"]},
]

# ---------------------------------------------------------------------------------------------------
MYANMAR: list[dict[str, Any]] = [
    {
        "id": "mm-01", "published": "2021-02-01", "source": "Andaman Courier",
        "text": (
            "YANGON, Feb. 1 (Andaman Courier) - Myanmar's army seized power in a coup on Monday, detaining "
            "Aung San Suu Kyi, President Win Myint and other senior figures of the governing National League "
            "for Democracy in a series of raids on the capital, Naypyitaw. A statement read out on the "
            "military-owned television channel declared a state of emergency for one year and handed all "
            "powers to the commander-in-chief, Min Aung Hlaing. The generals alleged that the November "
            "election, in which the NLD took 396 of the 476 contested seats, had been marred by fraud. The new "
            "parliament had been due to hold its first session today. Telephone and internet lines to the "
            "capital were cut, and soldiers patrolled the streets of Yangon. The army ruled the country from "
            "1962 until 2011."
        ),
        "gold": [
            a("Feb. 1", "DATE", "2021-02-01"),
            a("Monday", "DATE", "2021-02-01"),
            a("one year", "DURATION", "P1Y"),
            a("November", "DATE", "2020-11"),
            a("today", "DATE", "2021-02-01"),
            a("1962", "DATE", "1962"),
            a("2011", "DATE", "2011"),
        ],
        "not": ["396", "476"],
    },
    {
        "id": "mm-02", "published": "2021-02-02", "source": "Mekong Dispatch",
        "text": (
            "BANGKOK (Mekong Dispatch) - Doctors and nurses at about 70 state hospitals in Myanmar said on "
            "Tuesday they would stop working in protest against yesterday's coup, the first sign of organised "
            "defiance against the generals. Aung San Suu Kyi was being held at her residence in Naypyitaw, a "
            "party official said, and had not been seen in public since Monday. In Yangon, residents planned to "
            "bang pots and pans from their windows at 8 p.m., a custom meant to drive out evil spirits. The "
            "junta named an 11-member ruling council headed by Min Aung Hlaing. The UN Security Council was to "
            "meet behind closed doors on Tuesday. Washington threatened to reimpose the sanctions it lifted "
            "after the transition to civilian rule began in 2011."
        ),
        "gold": [
            a("Tuesday", "DATE", "2021-02-02"),
            a("yesterday", "DATE", "2021-02-01"),
            a("Monday", "DATE", "2021-02-01"),
            a("8 p.m.", "TIME", "2021-02-02T20:00"),
            a("Tuesday", "DATE", "2021-02-02"),
            a("2011", "DATE", "2011"),
        ],
        "not": ["about 70", "11-member"],
    },
    {
        "id": "mm-03", "published": "2021-02-04", "source": "Salween Ledger",
        "text": (
            "NAYPYITAW, Myanmar, Thursday 4 February 2021 (Salween Ledger) - Police have charged Aung San Suu "
            "Kyi with illegally importing communications equipment after finding walkie-talkies at her home, "
            "according to a charge sheet made public on Wednesday. The ousted leader, who is 75, can be held "
            "until February 15 while the case is investigated. The deposed president, Win Myint, is accused of "
            "breaching coronavirus rules during last year's election campaign. Three days after the coup, "
            "Facebook, which many people in Myanmar use as their main gateway to the internet, was blocked "
            "across the country on Thursday, on orders that run until at least Sunday. In Mandalay, police "
            "arrested four people who staged a small street protest. The NLD fears the charges could bar her "
            "from office for years."
        ),
        "gold": [
            a("Thursday 4 February 2021", "DATE", "2021-02-04"),
            a("Wednesday", "DATE", "2021-02-03"),
            a("February 15", "DATE", "2021-02-15"),
            a("last year", "DATE", "2020"),
            a("Three days", "DURATION", "P3D", notes="event-relative: three days after the coup"),
            a("Thursday", "DATE", "2021-02-04"),
            a("Sunday", "DATE", "2021-02-07", notes="future: the coming Sunday"),
            a("years", "DURATION", "PXY", notes="'for years': vague duration"),
        ],
        "not": ["75", "four people"],
    },
    {
        "id": "mm-04", "published": "2021-02-07", "source": "Bay of Bengal Wire",
        "text": (
            "YANGON, Feb. 7 (Bay of Bengal Wire) - Tens of thousands of people marched through Yangon on Sunday, "
            "chanting against military rule and flashing a three-finger salute, a day after the first large "
            "street protests against the coup and the biggest Myanmar has seen since the monk-led uprising of "
            "2007. The junta cut internet access across the country on Saturday morning, a day after ordering "
            "mobile operators to block Twitter and Instagram, but connections were partly restored this "
            "afternoon. The monitoring group NetBlocks said traffic had fallen to 16 percent of ordinary levels "
            "during the shutdown. Six days after the generals seized power, many marchers carried red "
            "balloons, the colour of Ms Suu Kyi's party. Police put up barricades but did not intervene. "
            "Protests were also reported in Mandalay and Mawlamyine."
        ),
        "gold": [
            a("Feb. 7", "DATE", "2021-02-07"),
            a("Sunday", "DATE", "2021-02-07"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the first large protests"),
            a("2007", "DATE", "2007"),
            a("Saturday morning", "TIME", "2021-02-06TMO"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the order to block Twitter"),
            a("this afternoon", "TIME", "2021-02-07TAF"),
            a("Six days", "DURATION", "P6D", notes="event-relative: six days after the coup"),
        ],
        "not": ["Tens of thousands", "16 percent"],
    },
    {
        "id": "mm-05", "published": "2021-02-09", "source": "Andaman Courier",
        "text": (
            "YANGON (Andaman Courier) - Police fired water cannon, rubber bullets and live rounds at protesters "
            "in the capital, Naypyitaw, on Tuesday, defying bans on gatherings that the military had imposed a "
            "day earlier. Doctors said a young woman was in a critical condition after being shot in the head. "
            "The orders, issued on Monday for parts of Yangon, Mandalay and other towns, forbid more than five "
            "people to gather in public and impose a curfew. In his first televised speech since the coup, Min "
            "Aung Hlaing promised on Monday evening to hold a new election and hand power to the winner, "
            "without saying when. Demonstrators have filled the streets for the past four days. More than a "
            "week after it took power, the junta has detained well over 100 people, a monitoring group said."
        ),
        "gold": [
            a("Tuesday", "DATE", "2021-02-09"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day before the shooting"),
            a("Monday", "DATE", "2021-02-08"),
            a("Monday evening", "TIME", "2021-02-08TEV"),
            a("the past four days", "DURATION", "P4D", interval=iv("2021-02-05", "2021-02-09")),
            a("More than a week", "DURATION", "P1W", mod="MORE_THAN",
              notes="event-relative: since the junta took power"),
        ],
        "not": ["more than five", "well over 100"],
    },
    {
        "id": "mm-06", "published": "2021-02-16", "source": "Mekong Dispatch",
        "text": (
            "BANGKOK, Feb. 16 (Mekong Dispatch) - Myanmar police have filed a second charge against Aung San Suu "
            "Kyi, accusing her of breaching the natural disaster management law, her lawyer said on Tuesday "
            "after a court hearing held by video link. The case adds to the charge of importing walkie-talkies "
            "brought against her on Feb. 3, and means she could be kept in detention without trial. Internet "
            "access was cut nationwide for eight hours overnight, for the second night running, recalling the "
            "first countrywide shutdown ten days ago. Armoured vehicles rolled into Yangon at the weekend. The "
            "curfews and the ban on gatherings of more than five people, imposed last week, have done little "
            "to empty the streets, and more than two weeks after the coup the protests show no sign of "
            "abating."
        ),
        "gold": [
            a("Feb. 16", "DATE", "2021-02-16"),
            a("Tuesday", "DATE", "2021-02-16"),
            a("Feb. 3", "DATE", "2021-02-03"),
            a("eight hours", "DURATION", "PT8H"),
            a("overnight", "TIME", "2021-02-15TNI"),
            a("ten days ago", "DATE", "2021-02-06"),
            a("the weekend", "DATE", "2021-W06-WE"),
            a("last week", "DATE", "2021-W06"),
            a("more than two weeks", "DURATION", "P2W", mod="MORE_THAN",
              notes="event-relative: since the coup"),
        ],
        "not": ["more than five"],
    },
    {
        "id": "mm-07", "published": "2021-02-23", "source": "Shan Hills Herald",
        "text": (
            "MANDALAY, Myanmar (Shan Hills Herald) - Shops, banks and factories across Myanmar stayed shut "
            "yesterday as hundreds of thousands of people joined a general strike against the junta, ignoring "
            "a warning on state television that confrontation would cost lives. Monday's stoppage, dubbed the "
            "22222 strike after its date, was the largest since the coup. It followed the deadliest day of the "
            "protests so far: on Saturday, security forces opened fire on workers and residents trying to stop "
            "the arrest of striking dockers at a shipyard in this city, killing two people. Over the past three "
            "weeks, more than 640 people have been arrested, charged or sentenced, a prisoners' aid group says. "
            "Western governments announced new sanctions against the generals on Monday."
        ),
        "gold": [
            a("yesterday", "DATE", "2021-02-22"),
            a("Monday", "DATE", "2021-02-22"),
            a("Saturday", "DATE", "2021-02-20"),
            a("the past three weeks", "DURATION", "P3W", interval=iv("2021-02-02", "2021-02-23")),
            a("Monday", "DATE", "2021-02-22"),
        ],
        "not": ["hundreds of thousands", "22222", "more than 640"],
    },
    {
        "id": "mm-08", "published": "2021-03-01", "source": "Bay of Bengal Wire",
        "text": (
            "YANGON, March 1 (Bay of Bengal Wire) - Aung San Suu Kyi appeared by video link before a court in "
            "Naypyitaw on Monday and was hit with two further charges, one of them for inciting public unrest, a "
            "day after the bloodiest crackdown on protesters since the military took power. Police and soldiers "
            "fired live ammunition into crowds in Yangon, Mandalay, Dawei and other towns on Sunday, killing at "
            "least 18 people, according to the UN human rights office. The violence eclipsed the shooting of two "
            "protesters in Mandalay nine days ago, and came six days after a general strike had shut much of "
            "the country. The deposed leader looked in good health, her lawyer said, and will appear in court "
            "again on March 15. A month after the coup, the generals show no sign of yielding."
        ),
        "gold": [
            a("March 1", "DATE", "2021-03-01"),
            a("Monday", "DATE", "2021-03-01"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the crackdown"),
            a("Sunday", "DATE", "2021-02-28"),
            a("nine days ago", "DATE", "2021-02-20"),
            a("six days", "DURATION", "P6D", notes="event-relative: six days after the general strike"),
            a("March 15", "DATE", "2021-03-15"),
            a("A month", "DURATION", "P1M", notes="event-relative: a month after the coup"),
        ],
        "not": ["two further charges", "at least 18"],
    },
    {
        "id": "mm-09", "published": "2021-03-04", "source": "Salween Ledger",
        "text": (
            "NEW YORK (Salween Ledger) - At least 38 people were killed when Myanmar's security forces opened "
            "fire on protesters in several cities on Wednesday, the United Nations envoy for the country said, "
            "calling it the bloodiest day since the coup. Video showed police shooting at demonstrators in "
            "Monywa and Yangon. Sunday's crackdown, in which at least 18 died, had already drawn condemnation "
            "from around the world. More than 50 people have been killed since the state of emergency was "
            "declared on February 1, and over 1,200 detained. The Security Council is expected to discuss the "
            "crisis on Friday. In the past week, several governments have urged the military to free Ms Suu "
            "Kyi, whose house arrest entered its fifth week on Monday."
        ),
        "gold": [
            a("Wednesday", "DATE", "2021-03-03"),
            a("Sunday", "DATE", "2021-02-28"),
            a("February 1", "DATE", "2021-02-01"),
            a("Friday", "DATE", "2021-03-05", notes="future: the coming Friday"),
            a("the past week", "DURATION", "P1W", interval=iv("2021-02-25", "2021-03-04")),
            a("fifth week", "DURATION", "P1W", optional_value=True,
              notes="event-relative: the detention's fifth week began on 2021-03-01, so it began on 2021-02-01"),
            a("Monday", "DATE", "2021-03-01"),
        ],
        "not": ["At least 38", "at least 18", "More than 50", "over 1,200"],
    },
]

MYANMAR_EVENTS: list[dict[str, Any]] = [
    {"name": "coup: Suu Kyi and NLD leaders detained",
     "keywords": ["coup", "detain", "seized", "raid", "held"],
     "docs": ["mm-01", "mm-02"], "start": ["2021-02-01", "2021-02-01"]},
    {"name": "one-year state of emergency declared", "keywords": ["emergency", "declar"],
     "docs": ["mm-01", "mm-09"], "start": ["2021-02-01", "2021-02-01"]},
    {"name": "walkie-talkie charge against Suu Kyi",
     "keywords": ["charge", "walkie", "importing", "accus"],
     "docs": ["mm-03", "mm-06"], "start": ["2021-02-03", "2021-02-03"]},
    {"name": "nationwide internet shutdown", "keywords": ["internet", "shutdown", "cut", "access"],
     "docs": ["mm-04", "mm-06"], "start": ["2021-02-06", "2021-02-06"]},
    {"name": "bans on gatherings and curfews imposed",
     "keywords": ["ban", "curfew", "gather", "orders", "impos", "issued"],
     "docs": ["mm-05", "mm-06"], "start": ["2021-02-08", "2021-02-08"]},
    {"name": "two protesters shot dead at a Mandalay shipyard",
     "keywords": ["shooting", "opened fire", "kill", "shipyard", "shot"],
     "docs": ["mm-07", "mm-08"], "start": ["2021-02-20", "2021-02-20"]},
    {"name": "general strike", "keywords": ["strike", "stoppage", "shut"],
     "docs": ["mm-07", "mm-08"], "start": ["2021-02-22", "2021-02-22"]},
    {"name": "bloodiest crackdown so far (28 February)",
     "keywords": ["crackdown", "fired", "kill", "live ammunition", "violence", "died"],
     "docs": ["mm-08", "mm-09"], "start": ["2021-02-28", "2021-02-28"]},
]

SETS = {"u9-kharkiv": (KHARKIV, KHARKIV_EVENTS), "u9-myanmar": (MYANMAR, MYANMAR_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u9-inc-kharkiv-weekday": {
        "docs": [
            {"id": "kx-1", "published": "2022-09-12", "source": "Donets Courier",
             "text": ("KYIV - Ukrainian special forces entered the railway town of Kupiansk on Friday (Sept. 10) "
                      "and raised the national flag outside its city hall, the military said.")},
            {"id": "kx-2", "published": "2022-09-12", "source": "Vistula Times",
             "text": "LVIV - The city's main railway station reopened its renovated ticket hall on Saturday, officials said."},
        ],
        "must_name": ["kx-1"], "bystander": ["kx-2"], "codes": ["weekday-mismatch"],
        "note": "September 10, 2022 was a Saturday",
    },
    "u9-inc-myanmar-weeks": {
        "docs": [
            {"id": "mw-1", "published": "2021-02-02", "source": "Andaman Courier",
             "text": ("YANGON, Feb. 2 (Andaman Courier) - Myanmar's military seized power in a coup on Monday (Feb. 1), "
                      "detaining Aung San Suu Kyi and declaring a year-long state of emergency, the army's "
                      "television channel said.")},
            {"id": "mw-2", "published": "2021-03-24", "source": "Mekong Dispatch",
             "text": ("BANGKOK - Barely two weeks into the coup in Myanmar, the country's banks and ports "
                      "remain largely paralysed by strikes, traders said on Wednesday.")},
            {"id": "mw-3", "published": "2021-03-24", "source": "Mekong Dispatch",
             "text": "CHIANG MAI - Forest fires in northern Thailand pushed air pollution to hazardous levels on Tuesday, officials said."},
        ],
        "must_name": ["mw-1", "mw-2"], "bystander": ["mw-3"], "codes": [],
        "note": "staged on 1 February, the coup is 51 days old (its eighth week) on 24 March, not two weeks",
    },
    "u9-inc-kharkiv-disagree": {
        "docs": [
            {"id": "kd-1", "published": "2022-09-07", "source": "Sloboda Wire",
             "text": ("KYIV, Sept. 7 (Sloboda Wire) - Ukraine launched a counteroffensive in the Kharkiv region on "
                      "Tuesday (Sept. 6), breaking through Russian lines near Balakliia, officials said.")},
            {"id": "kd-2", "published": "2022-09-22", "source": "Eastern Ledger",
             "text": ("KHARKIV - Ukraine's counteroffensive in the Kharkiv region, which began on Sept. 1, has "
                      "freed hundreds of towns and villages, the governor said on Thursday.")},
            {"id": "kd-3", "published": "2022-09-22", "source": "Eastern Ledger",
             "text": "KHARKIV - The city's metro resumed a full service on Thursday after months of use as a shelter, the mayor said."},
        ],
        "must_name": ["kd-1", "kd-2"], "bystander": ["kd-3"], "codes": [],
        "note": "6 September vs 1 September for the start of the Kharkiv counteroffensive",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2022-09-06", "2022-09-07", "2022-09-08", "2022-09-09", "2022-09-10")] == [
        "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    assert [wd(s) for s in ("2022-09-11", "2022-09-12", "2022-09-14", "2022-09-15", "2022-09-16")] == [
        "Sunday", "Monday", "Wednesday", "Thursday", "Friday"]
    assert [wd(s) for s in ("2022-09-20", "2022-09-23", "2022-10-01", "2022-10-02", "2022-10-03")] == [
        "Tuesday", "Friday", "Saturday", "Sunday", "Monday"]
    assert [wd(s) for s in ("2021-02-01", "2021-02-02", "2021-02-03", "2021-02-04", "2021-02-06")] == [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Saturday"]
    assert [wd(s) for s in ("2021-02-07", "2021-02-08", "2021-02-09", "2021-02-16", "2021-02-20")] == [
        "Sunday", "Monday", "Tuesday", "Tuesday", "Saturday"]
    assert [wd(s) for s in ("2021-02-22", "2021-02-23", "2021-02-28", "2021-03-01", "2021-03-03",
                            "2021-03-05")] == ["Monday", "Tuesday", "Sunday", "Monday", "Wednesday", "Friday"]
    # ISO weeks: "last week" from Tue 20 Sep 2022 is W37 (12-18 Sep: the burial site of 15-16 Sep);
    # "the weekend" and "last week" from Tue 16 Feb 2021 are W06 (8-14 Feb: the bans of 8 Feb and the
    # armoured vehicles of 14 Feb)
    assert dt.date(2022, 9, 15).isocalendar()[:2] == dt.date(2022, 9, 13).isocalendar()[:2] == (2022, 37)
    assert dt.date(2021, 2, 8).isocalendar()[:2] == dt.date(2021, 2, 14).isocalendar()[:2] == (2021, 6)
    # campaign clues agree: the Kharkiv counteroffensive from Tuesday 6 September 2022
    kh = dt.date(2022, 9, 6)
    assert (kh - dt.date(2022, 8, 29)).days == 8                        # "eight days after" the Kherson push
    assert (dt.date(2022, 9, 9) - kh).days == 3                        # "three days into"
    assert (dt.date(2022, 9, 14) - dt.date(2022, 9, 10)).days == 4     # Izium visit "four days after"
    assert (dt.date(2022, 9, 14) - kh).days == 8                       # "Eight days into"
    assert (dt.date(2022, 9, 16) - kh).days == 10                      # "Ten days after ... began"
    assert (dt.date(2022, 9, 20) - kh).days == 14                      # "Two weeks into"
    assert 21 < (dt.date(2022, 10, 1) - kh).days < 28                  # "More than three weeks after"
    assert (dt.date(2022, 9, 10) - dt.date(2022, 4, 1)).days > 5 * 30  # Izium held "more than five months"
    # the Myanmar coup of Monday 1 February 2021
    mc = dt.date(2021, 2, 1)
    assert (dt.date(2021, 2, 4) - mc).days == 3                        # Facebook blocked "Three days after"
    assert (dt.date(2021, 2, 7) - mc).days == 6                        # "Six days after"
    assert 7 < (dt.date(2021, 2, 9) - mc).days < 14                    # "More than a week after"
    assert 14 < (dt.date(2021, 2, 16) - mc).days < 21                  # "more than two weeks after"
    assert (dt.date(2021, 2, 28) - dt.date(2021, 2, 22)).days == 6     # crackdown "six days after" the strike
    assert (dt.date(2021, 3, 1) - mc).days // 7 + 1 == 5               # "entered its fifth week on Monday"
    assert (dt.date(2021, 2, 28) - mc).days // 7 + 1 == 4              # ... not before
    # inconsistent variants: the inconsistency is real
    assert wd("2022-09-10") == "Saturday" and wd("2022-09-12") == "Monday"
    assert wd("2021-03-24") == "Wednesday"
    assert (dt.date(2021, 3, 24) - mc).days == 51 and (dt.date(2021, 3, 24) - mc).days // 7 + 1 == 8
    assert wd("2022-09-06") == "Tuesday" and wd("2022-09-22") == "Thursday"


def main() -> None:
    check_facts()
    corpus.write_batch("u9-timeml", SETS, INCONSISTENT,
                       checks=[corpus.check_past_intervals, corpus.check_weeks, corpus.check_relative_days,
                               corpus.check_lengths])


if __name__ == "__main__":
    main()
