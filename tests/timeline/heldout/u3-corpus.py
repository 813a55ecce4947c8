"""UNSEEN held-out sets (session 3, second batch): written by QA for the final honest measurement.

DEVELOPERS: do not read this file or ``data/u3-*``, and do not run ``_measure.py --unseen3``; the
sets exist to measure the engine on news nobody tuned it on.  Numbers are reported to the lead (and
as xfail reasons in ``test_heldout.py``).

Two campaigns, every sentence our own (facts from the public record):
- ``u3-baghuz``: the Syrian Democratic Forces' final offensive on Islamic State's last enclave at
  Baghuz, February – March 2019 (the caliphate had been proclaimed in June 2014);
- ``u3-afrin``: Turkey's Operation Olive Branch against the Kurdish-held Afrin region, January –
  March 2018;
plus inconsistent variants (``u3-inc-baghuz-weekday``, ``u3-inc-afrin-weeks``,
``u3-inc-baghuz-disagree``).

``python tests/timeline/heldout/u3-corpus.py`` writes ``data/u3-*.jsonl``, ``data/u3-*.gold.json``,
``data/u3-*.expected.json`` and ``data/u3-timeml/*.tml``, in the formats of ``corpus.py`` (same
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
BAGHUZ: list[dict[str, Any]] = [
    {
        "id": "bz-01", "published": "2019-02-12", "source": "Levant Newswire",
        "text": (
            "AL-OMAR OILFIELD, Syria, Feb 12 (Levant Newswire) - Kurdish-led fighters are edging into the "
            "last village in eastern Syria still in the hands of Islamic State, a spokesman for the Syrian "
            "Democratic Forces told reporters on Tuesday, describing snipers, tunnels and mined farmhouses. "
            "The SDF has waged its offensive on Baghuz, a huddle of hamlets on the Euphrates close to the "
            "Iraqi border, for the past three days. By the spokesman's count some 1,500 jihadists, many of "
            "them foreign, are cornered there with their families. Washington, whose aircraft back the "
            "assault, may pull its soldiers out: President Donald Trump announced in December that "
            "US troops would leave Syria."
        ),
        "gold": [
            a("Feb 12", "DATE", "2019-02-12"),
            a("Tuesday", "DATE", "2019-02-12"),
            a("the past three days", "DURATION", "P3D", interval=iv("2019-02-09", "2019-02-12")),
            a("December", "DATE", "2018-12", notes="past tense: the December before"),
        ],
        "not": ["1,500"],
    },
    {
        "id": "bz-02", "published": "2019-02-17", "source": "Meridian Press",
        "text": (
            "BEIRUT - Guns fell mostly silent around Islamic State's final pocket in Syria on Sunday while "
            "the Syrian Democratic Forces waited for more civilians to come out, according to a field "
            "commander reached by telephone. In its second week, the battle for Baghuz has pinned the "
            "militants into less than one square mile of tents, dugouts and burnt-out cars along the river. "
            "About 2,000 people were trucked out of the enclave on Friday and screened at a desert "
            "checkpoint, aid workers said."
        ),
        "gold": [
            a("Sunday", "DATE", "2019-02-17"),
            a("second week", "DURATION", "P1W", optional_value=True,
              notes="the battle's second week: it began 7-13 days before 2019-02-17"),
            a("Friday", "DATE", "2019-02-15"),
        ],
        "not": ["2,000"],
    },
    {
        "id": "bz-03", "published": "2019-03-10", "source": "Orontes Report",
        "text": (
            "NEAR BAGHUZ, Syria - Backed by artillery and coalition jets, SDF units stormed back into "
            "Baghuz on Sunday once a deadline for the remaining fighters to give themselves up had run out, "
            "an SDF media officer said. The attack came after a lull of more than a week in which thousands "
            "of women and children left the camp. It is a humiliating end for a movement that proclaimed a "
            "caliphate nearly five years ago and once ruled some 8 million people."
        ),
        "gold": [
            a("Sunday", "DATE", "2019-03-10"),
            a("more than a week", "DURATION", "P1W", mod="MORE_THAN"),
            a("nearly five years ago", "DATE", "2014", mod="APPROX"),
        ],
        "not": ["8 million"],
    },
    {
        "id": "bz-04", "published": "2019-03-11", "source": "Levant Newswire",
        "text": (
            "AL-OMAR OILFIELD, Syria, Monday 11 March 2019 (Levant Newswire) - Warplanes pounded the "
            "riverside encampment at Baghuz on Monday and columns of black smoke rose over the palm groves. "
            "Yesterday's assault, which the SDF unleashed when its surrender deadline expired, has already "
            "cost the jihadists several positions, the group's spokesman wrote on Twitter. More than four "
            "weeks into the offensive, commanders had expected the enclave to collapse long before now."
        ),
        "gold": [
            a("Monday 11 March 2019", "DATE", "2019-03-11"),
            a("Monday", "DATE", "2019-03-11"),
            a("Yesterday", "DATE", "2019-03-10"),
            a("More than four weeks", "DURATION", "P4W", mod="MORE_THAN",
              notes="event-relative: more than four weeks into the offensive"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
        ],
        "not": [],
    },
    {
        "id": "bz-05", "published": "2019-03-12", "source": "Meridian Press",
        "text": (
            "BEIRUT - Cornered Islamic State fighters struck back with suicide bombers on Tuesday against "
            "the assault that the SDF relaunched on Sunday (March 10), a spokesman for the Kurdish-led "
            "force said. Roughly 3,000 militants gave themselves up over the past week, he said. Baghuz is "
            "all that remains of the self-styled state that Abu Bakr al-Baghdadi proclaimed from a Mosul "
            "pulpit in June 2014 and that at its peak stretched across a third of Iraq and Syria."
        ),
        "gold": [
            a("Tuesday", "DATE", "2019-03-12"),
            a("Sunday (March 10)", "DATE", "2019-03-10"),
            a("the past week", "DURATION", "P1W", interval=iv("2019-03-05", "2019-03-12")),
            a("June 2014", "DATE", "2014-06"),
        ],
        "not": ["3,000"],
    },
    {
        "id": "bz-06", "published": "2019-03-23", "source": "Orontes Report",
        "text": (
            "BAGHUZ, Syria, March 23 (Orontes Report) - The Syrian Democratic Forces declared on Saturday "
            "that Islamic State's last sliver of land had fallen, ending the jihadists' territorial rule "
            "after a six-week offensive on this village. A yellow SDF banner was hoisted over a shattered "
            "house this morning. Officials warned that an estimated 15,000-20,000 fighters still at large "
            "in Syria and Iraq could wage an insurgency for years."
        ),
        "gold": [
            a("March 23", "DATE", "2019-03-23"),
            a("Saturday", "DATE", "2019-03-23"),
            a("six-week", "DURATION", "P6W", notes="event-relative: the offensive's length"),
            a("this morning", "TIME", "2019-03-23TMO"),
            a("years", "DURATION", "PXY"),
        ],
        "not": ["15,000-20,000"],
    },
]

BAGHUZ_EVENTS: list[dict[str, Any]] = [
    {"name": "SDF offensive on the last enclave (battle for Baghuz)",
     "keywords": ["offensive", "battle", "assault", "campaign", "operation", "push"],
     "docs": ["bz-01", "bz-02", "bz-06"], "start": ["2019-02-07", "2019-02-11"]},
    {"name": "assault resumed after the deadline", "keywords": ["storm", "assault", "attack", "relaunch", "unleash"],
     "docs": ["bz-03", "bz-04", "bz-05"], "start": ["2019-03-10", "2019-03-10"]},
    {"name": "caliphate proclaimed", "keywords": ["proclaim", "declar", "caliphate"],
     "docs": ["bz-03", "bz-05"], "start": ["2014-06-01", "2014-06-30"]},
    {"name": "last territory declared fallen", "keywords": ["declar", "fall", "fallen", "defeat", "victory"],
     "docs": ["bz-06"], "start": ["2019-03-23", "2019-03-23"]},
    {"name": "withdrawal announced", "keywords": ["announc", "leave", "withdraw", "pull"],
     "docs": ["bz-01"], "start": ["2018-12-01", "2018-12-31"]},
    {"name": "people trucked out of the enclave", "keywords": ["truck", "evacuat", "screen"],
     "docs": ["bz-02"], "start": ["2019-02-15", "2019-02-15"]},
    {"name": "warplanes pound the encampment", "keywords": ["pound", "strike", "raid", "warplane"],
     "docs": ["bz-04"], "start": ["2019-03-11", "2019-03-11"]},
    {"name": "suicide-bomber counter-attack", "keywords": ["struck back", "suicide", "counter"],
     "docs": ["bz-05"], "start": ["2019-03-12", "2019-03-12"]},
]

# ---------------------------------------------------------------------------------------------------
AFRIN: list[dict[str, Any]] = [
    {
        "id": "af-01", "published": "2018-01-21", "source": "Northline Agency",
        "text": (
            "ANKARA (Northline Agency) - Turkish tanks and allied Syrian rebel units crossed into the "
            "Kurdish-run Afrin district of northwestern Syria on Sunday, Turkey's military said, following a "
            "wave of air strikes on Saturday (Jan. 20) that opened what Ankara has named Operation Olive "
            "Branch. Prime Minister Binali Yildirim spoke of a 30 km deep security zone. Turkish soldiers "
            "last went into Syria in force in August 2016, when the Euphrates Shield incursion drove Islamic "
            "State from the border town of Jarablus."
        ),
        "gold": [
            a("Sunday", "DATE", "2018-01-21"),
            a("Saturday (Jan. 20)", "DATE", "2018-01-20"),
            a("August 2016", "DATE", "2016-08"),
        ],
        "not": ["30 km"],
    },
    {
        "id": "af-02", "published": "2018-01-28", "source": "Meridian Press",
        "text": (
            "ISTANBUL - Turkey's army and its Syrian allies captured Bursaya, a hilltop overlooking the "
            "Afrin valley, on Sunday after several failed attempts, state media reported. In its second "
            "week, Operation Olive Branch has advanced slowly against Kurdish YPG fighters dug into the "
            "mountains, and Ankara has lost at least 14 soldiers. President Tayyip Erdogan said this "
            "evening that the campaign would not stop until the last militant was gone."
        ),
        "gold": [
            a("Sunday", "DATE", "2018-01-28"),
            a("second week", "DURATION", "P1W", optional_value=True,
              notes="the operation's second week: it began 7-13 days before 2018-01-28"),
            a("this evening", "TIME", "2018-01-28TEV"),
        ],
        "not": ["14"],
    },
    {
        "id": "af-03", "published": "2018-02-20", "source": "Levant Newswire",
        "text": (
            "BEIRUT, Feb 20 (Levant Newswire) - Convoys of pro-Damascus militiamen drove into the Afrin "
            "region on Tuesday to help Kurdish forces hold off Turkey, Syrian state television showed, and "
            "Turkish guns fired on them as they arrived. Ankara had warned that it would treat any such "
            "force as a target. The deployment follows talks earlier this month between the Kurds and the "
            "Syrian government."
        ),
        "gold": [
            a("Feb 20", "DATE", "2018-02-20"),
            a("Tuesday", "DATE", "2018-02-20"),
            a("earlier this month", "DATE", "2018-02", mod="START", optional_value=True),
        ],
        "not": [],
    },
    {
        "id": "af-04", "published": "2018-02-21", "source": "Orontes Report",
        "text": (
            "ANKARA - Yesterday's deployment of pro-government militiamen to Afrin was 'not a game changer', "
            "a senior Turkish official insisted, as Turkish artillery shelled the roads into the district. "
            "Turkey's offensive has battered the enclave for the past 32 days, and Kurdish officials say hundreds of "
            "civilians are among the dead. The main hospital in Afrin city was hit on Wednesday, a doctor "
            "there said, and its generators caught fire."
        ),
        "gold": [
            a("Yesterday", "DATE", "2018-02-20"),
            a("the past 32 days", "DURATION", "P32D", interval=iv("2018-01-20", "2018-02-21")),
            a("Wednesday", "DATE", "2018-02-21"),
        ],
        "not": [],
    },
    {
        "id": "af-05", "published": "2018-02-22", "source": "Northline Agency",
        "text": (
            "ISTANBUL, Thursday 22 February 2018 (Northline Agency) - Turkey will not be deterred by the "
            "militia convoys that entered the Afrin region on Tuesday (Feb. 20), its defence minister said "
            "on Thursday. The Euphrates Shield incursion of the summer of 2016, he argued, had shown that "
            "Turkish troops and their allies could take and hold ground in Syria."
        ),
        "gold": [
            a("Thursday 22 February 2018", "DATE", "2018-02-22"),
            a("Tuesday (Feb. 20)", "DATE", "2018-02-20"),
            a("Thursday", "DATE", "2018-02-22"),
            a("the summer of 2016", "DATE", "2016-SU"),
        ],
        "not": [],
    },
    {
        "id": "af-06", "published": "2018-03-18", "source": "Meridian Press",
        "text": (
            "AFRIN, Syria - Turkish-backed Syrian rebels swept into the centre of Afrin on Sunday and "
            "toppled a statue of a Kurdish folk hero, completing an eight-week offensive. President Tayyip "
            "Erdogan announced the capture of the town at 10:30 a.m. in a speech in Canakkale. Tens of "
            "thousands of residents had fled over the past three days along the only road south, "
            "according to a monitoring group."
        ),
        "gold": [
            a("Sunday", "DATE", "2018-03-18"),
            a("eight-week", "DURATION", "P8W", notes="event-relative: the offensive's length"),
            a("10:30 a.m.", "TIME", "2018-03-18T10:30"),
            a("the past three days", "DURATION", "P3D", interval=iv("2018-03-15", "2018-03-18")),
        ],
        "not": [],
    },
    {
        "id": "af-07", "published": "2018-03-20", "source": "Orontes Report",
        "text": (
            "BEIRUT - Two months into the Afrin campaign, Turkey's president vowed on Monday to carry the "
            "operation east along the border, as looters stripped shops and homes in the captured town. "
            "Kurdish leaders said their fighters would switch to hit-and-run attacks. Some 250 civilians "
            "have returned, a local council official said."
        ),
        "gold": [
            a("Two months", "DURATION", "P2M", notes="event-relative: two months into the campaign"),
            a("Monday", "DATE", "2018-03-19"),
        ],
        "not": ["250"],
    },
]

AFRIN_EVENTS: list[dict[str, Any]] = [
    {"name": "Turkish offensive on Afrin (Operation Olive Branch)",
     "keywords": ["offensive", "operation", "campaign", "olive branch"],
     "docs": ["af-02", "af-04", "af-07"], "start": ["2018-01-18", "2018-01-22"]},
    {"name": "pro-government militia enters the region",
     "keywords": ["deploy", "drove", "entered", "convoy", "militia"],
     "docs": ["af-03", "af-04", "af-05"], "start": ["2018-02-20", "2018-02-20"]},
    {"name": "earlier Turkish incursion", "keywords": ["incursion", "euphrates shield", "went into"],
     "docs": ["af-01", "af-05"], "start": ["2016-06-01", "2016-08-31"]},
    {"name": "rebels take the town centre", "keywords": ["swept", "captur", "took", "topple", "control"],
     "docs": ["af-06"], "start": ["2018-03-18", "2018-03-18"]},
    {"name": "ground troops cross the border", "keywords": ["cross", "tank"],
     "docs": ["af-01"], "start": ["2018-01-21", "2018-01-21"]},
    {"name": "hilltop captured", "keywords": ["captur", "hilltop"],
     "docs": ["af-02"], "start": ["2018-01-28", "2018-01-28"]},
    {"name": "hospital hit", "keywords": ["hit", "hospital", "fire"],
     "docs": ["af-04"], "start": ["2018-02-21", "2018-02-21"]},
    {"name": "president vows to extend the operation", "keywords": ["vow", "carry"],
     "docs": ["af-07"], "start": ["2018-03-19", "2018-03-19"]},
]

SETS = {"u3-baghuz": (BAGHUZ, BAGHUZ_EVENTS), "u3-afrin": (AFRIN, AFRIN_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u3-inc-baghuz-weekday": {
        "docs": [
            {"id": "bw-1", "published": "2019-03-25", "source": "Orontes Report",
             "text": ("BEIRUT - The Kurdish-led SDF announced the end of Islamic State's last enclave at "
                      "Baghuz on Saturday (March 24), raising its flag over the ruined village.")},
            {"id": "bw-2", "published": "2019-03-25", "source": "Meridian Press",
             "text": "ISTANBUL - A Turkish lira sell-off deepened on Monday ahead of local elections."},
        ],
        "must_name": ["bw-1"], "bystander": ["bw-2"], "codes": ["weekday-mismatch"],
        "note": "March 24, 2019 was a Sunday",
    },
    "u3-inc-afrin-weeks": {
        "docs": [
            {"id": "aw-1", "published": "2018-01-21", "source": "Northline Agency",
             "text": ("ANKARA (Northline Agency) - Turkey opened Operation Olive Branch against Kurdish "
                      "fighters in Afrin with air strikes on Saturday (Jan. 20), the general staff said.")},
            {"id": "aw-2", "published": "2018-03-06", "source": "Levant Newswire",
             "text": ("BEIRUT - In its second week, Operation Olive Branch has brought Turkish-backed rebels "
                      "to within a few kilometres of Afrin town, a monitor said on Tuesday.")},
            {"id": "aw-3", "published": "2018-03-06", "source": "Levant Newswire",
             "text": "AMMAN - Jordan's central bank left interest rates unchanged on Monday."},
        ],
        "must_name": ["aw-1", "aw-2"], "bystander": ["aw-3"], "codes": [],
        "note": "begun 20 January, the operation is in its seventh week on 6 March, not its second",
    },
    "u3-inc-baghuz-disagree": {
        "docs": [
            {"id": "bd-1", "published": "2019-02-10", "source": "Levant Newswire",
             "text": ("AL-OMAR OILFIELD, Syria, Feb 10 (Levant Newswire) - The Syrian Democratic Forces began "
                      "their final offensive on the Islamic State enclave at Baghuz on Saturday (Feb. 9), "
                      "a spokesman said.")},
            {"id": "bd-2", "published": "2019-03-01", "source": "Meridian Press",
             "text": ("BEIRUT - The final offensive on the Islamic State enclave at Baghuz, which began on "
                      "Jan. 26, resumed on Friday after trucks brought out the last civilians, the SDF said.")},
            {"id": "bd-3", "published": "2019-03-01", "source": "Meridian Press",
             "text": "BEIRUT - Lebanon's new cabinet held its first full session on Thursday."},
        ],
        "must_name": ["bd-1", "bd-2"], "bystander": ["bd-3"], "codes": [],
        "note": "9 February vs 26 January for the start of one offensive",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2019-02-09", "2019-02-12", "2019-02-15", "2019-02-17")] == [
        "Saturday", "Tuesday", "Friday", "Sunday"]
    assert [wd(s) for s in ("2019-03-10", "2019-03-11", "2019-03-12", "2019-03-23")] == [
        "Sunday", "Monday", "Tuesday", "Saturday"]
    assert [wd(s) for s in ("2018-01-20", "2018-01-21", "2018-01-28", "2018-02-20", "2018-02-21")] == [
        "Saturday", "Sunday", "Sunday", "Tuesday", "Wednesday"]
    assert [wd(s) for s in ("2018-02-22", "2018-03-18", "2018-03-19")] == ["Thursday", "Sunday", "Monday"]
    # campaign clues agree: offensive from 9 Feb 2019, operation from 20 Jan 2018
    assert 7 <= (dt.date(2019, 2, 17) - dt.date(2019, 2, 9)).days <= 13      # "its second week"
    assert (dt.date(2019, 3, 11) - dt.date(2019, 2, 9)).days > 28             # "More than four weeks into"
    assert (dt.date(2019, 3, 23) - dt.date(2019, 2, 9)).days == 42            # "six-week offensive"
    assert 7 <= (dt.date(2018, 1, 28) - dt.date(2018, 1, 20)).days <= 13      # "its second week"
    assert 56 <= (dt.date(2018, 3, 18) - dt.date(2018, 1, 20)).days < 63      # "eight-week offensive"
    assert 58 <= (dt.date(2018, 3, 20) - dt.date(2018, 1, 20)).days <= 62    # "Two months into"
    assert dt.date(2019, 3, 10).year - 2014 == 5                              # "nearly five years ago" (June 2014)
    # inconsistent variants: the inconsistency is real
    assert wd("2019-03-24") == "Sunday" and wd("2019-03-25") == "Monday"
    assert wd("2018-03-06") == "Tuesday" and (dt.date(2018, 3, 6) - dt.date(2018, 1, 20)).days == 45
    assert wd("2019-03-01") == "Friday" and wd("2019-02-10") == "Sunday"


_PAST = re.compile(r"the past (\w+) (day|week)s?$")
_N = {"three": 3, "32": 32}


def check_past_intervals(docs: list[dict[str, Any]]) -> None:
    """"the past N days/weeks" (and "the past week") is annotated [published - N, published)."""
    for d in docs:
        for surface, _t, _v, extra in d["gold"]:
            m = _PAST.match(surface) or re.fullmatch(r"the past (week)", surface)
            if m:
                days = 7 if m.group(1) == "week" else _N[m.group(1)] * (7 if m.group(2) == "week" else 1)
                end = dt.date.fromisoformat(d["published"])
                assert extra["interval"] == iv(str(end - dt.timedelta(days=days)), str(end)), (d["id"], surface)




def main() -> None:
    check_facts()
    corpus.write_batch("u3-timeml", SETS, INCONSISTENT, checks=[check_past_intervals])


if __name__ == "__main__":
    main()
