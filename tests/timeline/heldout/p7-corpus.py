"""PRACTICE held-out sets, fourth batch (session 7): four more campaigns, for DEVELOPERS to use.

Like ``p4``-``p6`` these are dev data: read them, run ``_measure.py --practice7``, and use the failures
to find CLASSES of errors.  Do not write rules keyed to these sentences; test every fix on sentences of
your own about other wars.  p7 mixes many kinds of events besides offensives and captures: truces agreed,
taking effect, extended and broken; talks opening and collapsing; declarations signed; victory and
liberation proclaimed; withdrawals, evacuations, suspensions; background facts years earlier.  One event
is often told with a verb in one dispatch and a noun in another, under an alias or a variant spelling.

Four campaigns, every sentence our own (facts from the public record), each mixing agency styles:
- ``p7-fallujah``: the Iraqi offensive on Fallujah, 22/23 May - 26 June 2016 (entry into Naimiya on
  30 May, Abadi's victory speech on 17 June, Saadi's "fully liberated" on 26 June, the strikes on the
  fleeing convoys on 29 June; IS rule since January 2014; the Marines' battle of November 2004);
- ``p7-idlib``: the government offensive in Idlib and the Turkish intervention, December 2019 - March 2020
  (Turkish soldiers killed near Saraqeb on 3 February, the Moscow talks ending on 18 February, Saraqeb
  retaken by rebels and the Balyun strike on 27 February, Spring Shield announced on 1 March, Saraqeb
  regained on 2 March, the Putin-Erdogan ceasefire of 5 March in force from 6 March, the first joint
  patrol on 15 March; the Sochi deal of September 2018);
- ``p7-gaza``: Operation Protective Edge, 8 July - 26 August 2014 (the Egyptian plan of 15 July, the
  ground phase from 17 July, the 72-hour truce broken on 1 August, the pull-out on 5 August and the
  Cairo talks, the truce broken on 19 August, the open-ended ceasefire of 26 August; the abduction of
  12 June; the blockade and Hamas's takeover of 2007);
- ``p7-khartoum``: the war in Sudan from 15 April 2023 (the failed 24-hour truce of 18 April, the
  evacuations of 22-24 April, the 72-hour ceasefire of 25 April, the Jeddah declaration of 11 May, the
  week-long truce agreed on 20 May, extended on 29 May, the army's suspension of the talks on 31 May;
  the coup of October 2021);
plus inconsistent variants (``p7-inc-gaza-weekday``, ``p7-inc-fallujah-weeks``, ``p7-inc-khartoum-disagree``).

``python tests/timeline/heldout/p7-corpus.py`` writes ``data/p7-*.jsonl``, ``data/p7-*.gold.json``,
``data/p7-*.expected.json`` and ``data/p7-timeml/*.tml``, in the formats of ``corpus.py`` (same
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
from corpus import a, iv

DATA = corpus.DATA

# ---------------------------------------------------------------------------------------------------
# Fallujah: Abadi's announcement late on Sunday 22 May 2016, the ground operation from Monday 23 May;
# troops into Naimiya on Monday 30 May; Pentagon briefing on Thursday 9 June; the government compound
# and Abadi's victory speech on Friday 17 June; "fully liberated" on Sunday 26 June; the convoys struck
# on Wednesday 29 June.
FALLUJAH: list[dict[str, Any]] = [
    {"id": "fj-01", "published": "2016-05-23", "source": "Anbar Wire", "text": (
        "BAGHDAD, May 23 (Anbar Wire) - Iraqi soldiers, police and Shi'ite volunteers of the Popular "
        "Mobilisation began a long-promised operation on Monday to take back Fallujah from Islamic State, "
        "hours after Prime Minister Haider al-Abadi went on state television late on Sunday to announce it."
        " Fallujah, 50 km west of the capital, became the first Iraqi city to fall to the militants in "
        "January 2014, more than two years ago. The United Nations believes about 50,000 civilians are "
        "trapped inside, and the army has told families who cannot get out to hang white sheets from their "
        "roofs."),
     "gold": [a("May 23", "DATE", "2016-05-23"), a("Monday", "DATE", "2016-05-23"),
         a("hours", "DURATION", "PTXH", notes="event-relative: hours after the announcement"),
         a("Sunday", "DATE", "2016-05-22"), a("January 2014", "DATE", "2014-01"),
         a("more than two years", "DURATION", "P2Y", mod="MORE_THAN")],
     "not": ["50 km", "50,000"]},
    {"id": "fj-02", "published": "2016-05-31", "source": "Mesopotamia Monitor", "text": (
        "Elite counter-terrorism troops pushed into the southern edge of Falluja on Monday, a week after "
        "the offensive opened, and battled Islamic State fighters in the Naimiya district, commanders said."
        " It was the first time government forces had set foot inside the city limits since the militants "
        "overran it. Yesterday's advance ran into suicide car bombs and sniper fire, and officers warned "
        "that progress would be slow while civilians remained in the streets. Aid groups said only a few "
        "hundred families had managed to escape in the past eight days."),
     "gold": [a("Monday", "DATE", "2016-05-30"),
         a("a week", "DURATION", "P1W", notes="event-relative: a week after the offensive opened"),
         a("Yesterday", "DATE", "2016-05-30"),
         a("the past eight days", "DURATION", "P8D", interval=iv("2016-05-23", "2016-05-31"))],
     "not": []},
    {"id": "fj-03", "published": "2016-06-18", "source": "Babylon Daily", "text": (
        "BAGHDAD, Saturday 18 June 2016 (Babylon Daily) - Prime Minister Haider al-Abadi proclaimed victory"
        " in Fallujah in a televised address late on Friday, after troops hoisted the Iraqi flag over the "
        "main government compound in the city centre. Commanders cautioned that pockets of resistance "
        "remained in the north of the city and that clearing them could take days. The capture of the "
        "compound came almost four weeks into the operation. Some 30,000 residents have fled in the past "
        "three days alone, overwhelming the camps at Amiriyat al-Fallujah, the Norwegian Refugee Council "
        "said today."),
     "gold": [a("Saturday 18 June 2016", "DATE", "2016-06-18"), a("Friday", "DATE", "2016-06-17"),
         a("days", "DURATION", "PXD", optional_value=True),
         a("almost four weeks", "DURATION", "P4W", mod="LESS_THAN", notes="event-relative: almost four weeks into the operation"),
         a("the past three days", "DURATION", "P3D", interval=iv("2016-06-15", "2016-06-18")),
         a("today", "DATE", "2016-06-18")],
     "not": ["30,000"]},
    {"id": "fj-04", "published": "2016-06-27", "source": "Anbar Wire", "text": (
        "FALLUJAH, Iraq, June 27 (Anbar Wire) - The commander of the operation, Lt. Gen. Abdul Wahab al-"
        "Saadi, declared Fallujah fully liberated on Sunday, saying his men had cleared the last Islamic "
        "State positions in the north-western Jolan district. The announcement came nine days after the "
        "prime minister declared victory, and five weeks after the start of the assault. Saadi told "
        "reporters the battle had been easier than he had feared, though engineers would need weeks to "
        "clear the roads and houses of bombs. More than 85,000 people have fled the city and its outskirts "
        "since the offensive began, the UN said."),
     "gold": [a("June 27", "DATE", "2016-06-27"), a("Sunday", "DATE", "2016-06-26"),
         a("nine days", "DURATION", "P9D", notes="event-relative: after the victory speech"),
         a("five weeks", "DURATION", "P5W", notes="event-relative: after the start of the assault"),
         a("weeks", "DURATION", "PXW")],
     "not": ["85,000"]},
    {"id": "fj-05", "published": "2016-06-30", "source": "Mesopotamia Monitor", "text": (
        "Iraqi and US-led coalition aircraft struck long columns of Islamic State vehicles fleeing the "
        "Falluja area on Wednesday, destroying hundreds of them in open desert south-west of the city, "
        "officials said. The Iraqi defence ministry put the number of militants killed at more than 250. A "
        "coalition spokesman called it the heaviest blow to the group's fighters in more than a year. The "
        "convoys had set out from villages on the edge of Falluja, which Baghdad declared liberated on "
        "Sunday, and were heading for the group's remaining strongholds to the west."),
     "gold": [a("Wednesday", "DATE", "2016-06-29"), a("more than a year", "DURATION", "P1Y", mod="MORE_THAN"),
         a("Sunday", "DATE", "2016-06-26")],
     "not": ["250"]},
    {"id": "fj-06", "published": "2016-06-10", "source": "Babylon Daily", "text": (
        "For the US Marines who fought there, Fallujah is a name that still stings. In November 2004, some "
        "10,000 American troops and their Iraqi allies stormed the city in the bloodiest urban battle US "
        "forces had fought since Vietnam. Twelve years later, American advisers are helping Iraqi "
        "commanders plan the assault from a base to the east, and coalition aircraft have carried out more "
        "than 100 strikes in and around the city since May 22, the Pentagon said on Thursday. It expects "
        "the fight for the centre to last several more weeks."),
     "gold": [a("November 2004", "DATE", "2004-11"),
         a("Twelve years", "DURATION", "P12Y", notes="event-relative: twelve years after the 2004 battle"),
         a("May 22", "DATE", "2016-05-22"), a("Thursday", "DATE", "2016-06-09"),
         a("several more weeks", "DURATION", "PXW")],
     "not": ["10,000", "100"]},
]

FALLUJAH_EVENTS: list[dict[str, Any]] = [
    {"name": "offensive to retake Fallujah", "keywords": ["operation", "offensive", "assault", "began", "opened"],
     "docs": ["fj-01", "fj-02", "fj-03", "fj-04"], "start": ["2016-05-22", "2016-05-23"]},
    {"name": "troops push into Naimiya", "keywords": ["push", "advance", "battle", "enter"],
     "docs": ["fj-02"], "start": ["2016-05-30", "2016-05-30"]},
    {"name": "Abadi proclaims victory", "keywords": ["proclaim", "declar", "victory", "speech", "address"],
     "docs": ["fj-03", "fj-04"], "start": ["2016-06-17", "2016-06-17"]},
    {"name": "Fallujah declared fully liberated", "keywords": ["declar", "liberat", "announc"],
     "docs": ["fj-04", "fj-05"], "start": ["2016-06-26", "2016-06-26"]},
    {"name": "strikes on the fleeing convoys", "keywords": ["struck", "strike", "destroy", "convoy"],
     "docs": ["fj-05"], "start": ["2016-06-29", "2016-06-29"]},
    {"name": "Islamic State seizes Fallujah (2014)", "keywords": ["fall", "overr", "seiz", "captur"],
     "docs": ["fj-01"], "start": ["2014-01-01", "2014-01-31"]},
    {"name": "US Marines storm Fallujah (2004)", "keywords": ["storm", "battle", "assault"],
     "docs": ["fj-06"], "start": ["2004-11-01", "2004-11-30"]},
]

# ---------------------------------------------------------------------------------------------------
# Idlib: the ground push from December 2019; Maarat al-Numan taken on Tuesday 28 January 2020; Turkish
# soldiers killed near Saraqeb on Monday 3 February; the M5 secured in the week of 10 February; Moscow
# talks ended on Tuesday 18 February; Saraqeb retaken by rebels and the Balyun strike on Thursday
# 27 February; Spring Shield announced on Sunday 1 March; Saraqeb regained on Monday 2 March; the Moscow
# summit on Thursday 5 March, the ceasefire from midnight (Friday 6 March); the patrol on Sunday 15 March.
IDLIB: list[dict[str, Any]] = [
    {"id": "ib-01", "published": "2020-02-04", "source": "Hatay Wire", "text": (
        "ANTAKYA, Turkey, Feb. 4 (Hatay Wire) - Turkish artillery pounded dozens of Syrian government "
        "targets after shelling by Syrian troops killed seven Turkish soldiers and a civilian contractor "
        "near Saraqeb on Monday, the most serious clash between the two armies in nine years of war. "
        "President Tayyip Erdogan warned Moscow not to stand in Ankara's way. The Turkish units had been "
        "sent to reinforce observation posts set up under the Sochi deal of September 2018. Syrian forces, "
        "backed by Russian jets, have been advancing through southern Idlib since December and captured the"
        " town of Maaret al-Nouman last week."),
     "gold": [a("Feb. 4", "DATE", "2020-02-04"), a("Monday", "DATE", "2020-02-03"),
         a("nine years", "DURATION", "P9Y"), a("September 2018", "DATE", "2018-09"),
         a("December", "DATE", "2019-12"), a("last week", "DATE", "2020-W05")],
     "not": ["seven"]},
    {"id": "ib-02", "published": "2020-02-28", "source": "Idlib Monitor", "text": (
        "Rebel fighters backed by Turkish artillery and drones recaptured the crossroads town of Saraqib on"
        " Thursday, cutting the M5 highway between Damascus and Aleppo that the army had secured only two "
        "weeks ago. Hours later, an air strike on a Turkish convoy near Balyun, in the Jabal al-Zawiya "
        "hills, killed 33 Turkish soldiers, the heaviest loss for Turkey's military in a single attack in "
        "decades. Ankara blamed Syrian aircraft; Moscow said the soldiers had been with militant units. "
        "Saraqib, where the M4 and M5 meet, fell to government troops earlier this month."),
     "gold": [a("Thursday", "DATE", "2020-02-27"), a("two weeks ago", "DATE", "2020-W07"),
         a("Hours", "DURATION", "PTXH", notes="event-relative: hours after the town was retaken"),
         a("decades", "DURATION", "PXDE", optional_value=True), a("earlier this month", "DATE", "2020-02")],
     "not": ["M5", "33"]},
    {"id": "ib-03", "published": "2020-03-01", "source": "Bosphorus Bulletin", "text": (
        "ANKARA, Sunday 1 March 2020 (Bosphorus Bulletin) - Turkey's defence minister announced on Sunday "
        "that the army had launched Operation Spring Shield against Syrian government forces in Idlib, "
        "three days after the deadly strike on Turkish troops. Turkish F-16s shot down two Syrian Su-24 "
        "bombers over the province today, and armed drones hit air defence batteries and tanks. Hulusi Akar"
        " said Ankara had no wish to clash with Russia. Erdogan is to meet Vladimir Putin in Moscow on "
        "Thursday to seek a ceasefire, the Kremlin confirmed."),
     "gold": [a("Sunday 1 March 2020", "DATE", "2020-03-01"), a("Sunday", "DATE", "2020-03-01"),
         a("three days", "DURATION", "P3D", notes="event-relative: after the strike"),
         a("today", "DATE", "2020-03-01"),
         a("Thursday", "DATE", "2020-03-05", notes="future: the coming Thursday")],
     "not": ["F-16s", "Su-24"]},
    {"id": "ib-04", "published": "2020-03-03", "source": "Moskva Courier", "text": (
        "MOSCOW, March 3 (Moskva Courier) - Syrian government troops, with Russian military police at their"
        " side, regained control of Saraqeb on Monday, less than a week after rebels had driven them out, "
        "Russia's defence ministry said. The Russian units entered the town yesterday evening to keep "
        "traffic moving on the two highways that cross there. The ministry accused Turkish drones of "
        "striking Syrian positions over the weekend. The Kremlin said Thursday's summit between Vladimir "
        "Putin and Tayyip Erdogan would go ahead as planned."),
     "gold": [a("March 3", "DATE", "2020-03-03"), a("Monday", "DATE", "2020-03-02"),
         a("less than a week", "DURATION", "P1W", mod="LESS_THAN", notes="event-relative: after the rebels retook the town"),
         a("yesterday evening", "TIME", "2020-03-02TEV"), a("the weekend", "DATE", "2020-W09-WE"),
         a("Thursday", "DATE", "2020-03-05")],
     "not": []},
    {"id": "ib-05", "published": "2020-03-06", "source": "Hatay Wire", "text": (
        "ANTAKYA, Turkey, March 6 (Hatay Wire) - A ceasefire agreed by Vladimir Putin and Tayyip Erdogan in"
        " the Kremlin came into force in Idlib at midnight, and the front lines were largely quiet this "
        "morning, residents and a war monitor said. After six hours of talks on Thursday, the two leaders "
        "settled on a security corridor six kilometres deep on each side of the M4 highway and on joint "
        "Russian-Turkish patrols along the road from March 15. Nearly a million people have fled their "
        "homes since the government's offensive began in December, the United Nations says."),
     "gold": [a("March 6", "DATE", "2020-03-06"),
         a("midnight", "TIME", "2020-03-06T00:00", optional_value=True, notes="the midnight between 5 and 6 March (T24:00 of the 5th)"),
         a("this morning", "TIME", "2020-03-06TMO"), a("six hours", "DURATION", "PT6H"),
         a("Thursday", "DATE", "2020-03-05"), a("March 15", "DATE", "2020-03-15"),
         a("December", "DATE", "2019-12")],
     "not": ["six kilometres", "M4"]},
    {"id": "ib-06", "published": "2020-03-16", "source": "Idlib Monitor", "text": (
        "The first joint Russian-Turkish patrol on the M4 highway in Idlib was cut short on Sunday after "
        "protesters blocked the road with burning tyres and sit-ins, Russia's defence ministry said. The "
        "convoy covered only a short stretch before turning back. The ministry accused Ankara of failing to"
        " rein in the militants, nine days after the truce agreed in Moscow came into force. Despite "
        "scattered shelling, the ceasefire has broadly held since March 6, and some displaced families have"
        " begun returning to towns near the front."),
     "gold": [a("Sunday", "DATE", "2020-03-15"),
         a("nine days", "DURATION", "P9D", notes="event-relative: after the truce came into force"),
         a("March 6", "DATE", "2020-03-06")],
     "not": ["M4"]},
    {"id": "ib-07", "published": "2020-02-19", "source": "Moskva Courier", "text": (
        "MOSCOW, Feb. 19 (Moskva Courier) - Two days of talks between Russian and Turkish officials on "
        "Idlib ended in Moscow on Tuesday without agreement, and Ankara said the maps it had been shown "
        "were unacceptable. A first round in Ankara earlier this month also broke up with no deal. Erdogan "
        "has given Syrian forces until the end of February to pull back behind the line of Turkish "
        "observation posts or face military action. The army took full control of the M5 highway last week,"
        " for the first time since 2012."),
     "gold": [a("Feb. 19", "DATE", "2020-02-19"), a("Two days", "DURATION", "P2D"),
         a("Tuesday", "DATE", "2020-02-18"), a("earlier this month", "DATE", "2020-02"),
         a("the end of February", "DATE", "2020-02", mod="END"), a("last week", "DATE", "2020-W07"),
         a("2012", "DATE", "2012")],
     "not": ["M5"]},
]

IDLIB_EVENTS: list[dict[str, Any]] = [
    {"name": "government offensive in Idlib", "keywords": ["offensive", "advanc", "push", "campaign"],
     "docs": ["ib-01", "ib-05"], "start": ["2019-12-01", "2019-12-31"]},
    {"name": "Turkish soldiers killed near Saraqeb", "keywords": ["kill", "shell", "clash"],
     "docs": ["ib-01"], "start": ["2020-02-03", "2020-02-03"]},
    {"name": "Moscow talks end without agreement", "keywords": ["talks", "ended", "agreement"],
     "docs": ["ib-07"], "start": ["2020-02-17", "2020-02-18"]},
    {"name": "rebels recapture Saraqeb", "keywords": ["recaptur", "retook", "retake", "driven"],
     "docs": ["ib-02"], "start": ["2020-02-27", "2020-02-27"]},
    {"name": "33 Turkish soldiers killed at Balyun", "keywords": ["strike", "kill"],
     "docs": ["ib-02", "ib-03"], "start": ["2020-02-27", "2020-02-27"]},
    {"name": "Operation Spring Shield", "keywords": ["launch", "operation", "spring shield", "announc"],
     "docs": ["ib-03"], "start": ["2020-02-27", "2020-03-01"]},
    {"name": "army regains Saraqeb", "keywords": ["regain", "control", "entered"],
     "docs": ["ib-04"], "start": ["2020-03-02", "2020-03-02"]},
    {"name": "Putin and Erdogan agree a ceasefire", "keywords": ["agree", "talks", "settled", "summit"],
     "docs": ["ib-05"], "start": ["2020-03-05", "2020-03-05"]},
    {"name": "the Moscow ceasefire comes into force", "keywords": ["ceasefire", "truce", "force", "held"],
     "docs": ["ib-05", "ib-06"], "start": ["2020-03-05", "2020-03-06"]},
]

# ---------------------------------------------------------------------------------------------------
# Gaza 2014: the teenagers abducted on Thursday 12 June; Protective Edge from Tuesday 8 July; the Egyptian
# plan and six-hour halt on Tuesday 15 July; the UN pause (10 a.m. - 3 p.m.) and the ground phase on
# Thursday 17 July; the 72-hour truce from 8 a.m. on Friday 1 August, broken within hours; the pull-out
# and a new 72-hour truce on Tuesday 5 August; Cairo talks from Wednesday 6 August; the truce broken on
# Tuesday 19 August (extended on Monday 18 August); the open-ended ceasefire at 7 p.m. on Tuesday 26 August.
GAZA: list[dict[str, Any]] = [
    {"id": "gz-01", "published": "2014-07-09", "source": "Negev Wire", "text": (
        "JERUSALEM, July 9 (Negev Wire) - Israel pounded the Gaza Strip from the air and the sea for a "
        "second day on Wednesday in an offensive it has named Operation Protective Edge, while Hamas fired "
        "rockets as far as Tel Aviv and Jerusalem. The military said it had hit some 160 targets overnight."
        " The offensive, launched on Tuesday, follows weeks of rising tension since three Israeli teenagers"
        " were abducted in the occupied West Bank on June 12 and later found dead. Israel has approved the "
        "call-up of 40,000 reservists for a possible ground operation."),
     "gold": [a("July 9", "DATE", "2014-07-09"),
         a("a second day", "DURATION", "P1D", optional_value=True, notes="ordinal day of the offensive: it began on 2014-07-08"),
         a("Wednesday", "DATE", "2014-07-09"), a("overnight", "TIME", "2014-07-08TNI"),
         a("Tuesday", "DATE", "2014-07-08"), a("weeks", "DURATION", "PXW"),
         a("June 12", "DATE", "2014-06-12")],
     "not": ["160", "40,000"]},
    {"id": "gz-02", "published": "2014-07-16", "source": "Coastal Observer", "text": (
        "Israel resumed its air strikes on Gaza on Tuesday afternoon after Hamas spurned an Egyptian truce "
        "plan that the Israeli cabinet had accepted that morning. The army held its fire for about six "
        "hours, during which militants launched dozens of rockets, and a mortar bomb killed an Israeli "
        "civilian near the Erez crossing, the first Israeli death of the conflict. Hamas said nobody had "
        "consulted it on the Cairo proposal, which called for a ceasefire followed by talks within 48 "
        "hours. Gaza's health ministry said more than 190 Palestinians had been killed since July 8."),
     "gold": [a("Tuesday afternoon", "TIME", "2014-07-15TAF"), a("that morning", "TIME", "2014-07-15TMO"),
         a("about six hours", "DURATION", "PT6H", mod="APPROX"), a("48 hours", "DURATION", "PT48H"),
         a("July 8", "DATE", "2014-07-08")],
     "not": ["190"]},
    {"id": "gz-03", "published": "2014-07-18", "source": "Negev Wire", "text": (
        "JERUSALEM, July 18 (Negev Wire) - Israeli tanks and infantry crossed into the Gaza Strip late on "
        "Thursday, opening a ground phase of the offensive aimed at destroying the tunnels Hamas digs under"
        " the border. The order came hours after a five-hour humanitarian pause requested by the United "
        "Nations ended at 3 p.m. Prime Minister Benjamin Netanyahu said today that the army was ready to "
        "widen the operation. Ten days into the conflict, more than 20,000 Gazans have sought shelter in UN"
        " schools."),
     "gold": [a("July 18", "DATE", "2014-07-18"), a("Thursday", "DATE", "2014-07-17"),
         a("hours", "DURATION", "PTXH", notes="event-relative: hours after the pause ended"),
         a("five-hour", "DURATION", "PT5H"), a("3 p.m.", "TIME", "2014-07-17T15:00"),
         a("today", "DATE", "2014-07-18"),
         a("Ten days", "DURATION", "P10D", notes="event-relative: ten days into the conflict")],
     "not": ["20,000"]},
    {"id": "gz-04", "published": "2014-08-02", "source": "Negev Wire", "text": (
        "JERUSALEM, Aug. 2 (Negev Wire) - A 72-hour humanitarian ceasefire brokered by the United States "
        "and the UN fell apart within hours of taking effect on Friday, after militants attacked Israeli "
        "soldiers near Rafah and an officer was feared captured. Israel answered with heavy shelling of "
        "Rafah. The truce had begun at 8 a.m., and Israeli and Palestinian envoys were to have met in Cairo"
        " during the lull. Israel said tonight that it would not send negotiators to Egypt. More than 60 "
        "Israeli soldiers have died since the ground invasion began on July 17."),
     "gold": [a("Aug. 2", "DATE", "2014-08-02"), a("72-hour", "DURATION", "PT72H"),
         a("hours", "DURATION", "PTXH", notes="event-relative: within hours of taking effect"),
         a("Friday", "DATE", "2014-08-01"), a("8 a.m.", "TIME", "2014-08-01T08:00"),
         a("tonight", "TIME", "2014-08-02TNI"), a("July 17", "DATE", "2014-07-17")],
     "not": ["60"]},
    {"id": "gz-05", "published": "2014-08-06", "source": "Cairo Evening Bulletin", "text": (
        "CAIRO, Wednesday 6 August 2014 (Cairo Evening Bulletin) - Israeli and Palestinian negotiators "
        "opened indirect talks in Cairo on Wednesday, with Egyptian officials shuttling between the two "
        "delegations, as a three-day truce held for a second day. Israel pulled its last ground troops out "
        "of the Gaza Strip yesterday morning, soon after the ceasefire took effect, saying they had "
        "destroyed 32 tunnels. The Palestinians want the blockade imposed in 2007 lifted; Israel wants the "
        "coastal enclave disarmed. The truce is due to expire at 8 a.m. on Friday."),
     "gold": [a("Wednesday 6 August 2014", "DATE", "2014-08-06"), a("Wednesday", "DATE", "2014-08-06"),
         a("three-day", "DURATION", "P3D"),
         a("a second day", "DURATION", "P1D", optional_value=True, notes="ordinal day of the truce: it began on 2014-08-05"),
         a("yesterday morning", "TIME", "2014-08-05TMO"), a("2007", "DATE", "2007"),
         a("8 a.m. on Friday", "TIME", "2014-08-08T08:00")],
     "not": ["32"]},
    {"id": "gz-06", "published": "2014-08-20", "source": "Coastal Observer", "text": (
        "Rockets fired from Gaza on Tuesday afternoon shattered a truce that had held for more than a week,"
        " and Israel hit back with air strikes and recalled its negotiators from Cairo, bringing the talks "
        "there to a halt. Hamas denied firing the rockets. Overnight, an Israeli strike on a house in Gaza "
        "City killed the wife and infant son of Mohammed Deif, the commander of Hamas's armed wing, the "
        "group said. The ceasefire, which began on Aug. 11, had been extended twice, most recently on "
        "Monday night for another 24 hours."),
     "gold": [a("Tuesday afternoon", "TIME", "2014-08-19TAF"),
         a("more than a week", "DURATION", "P1W", mod="MORE_THAN"), a("Overnight", "TIME", "2014-08-19TNI"),
         a("Aug. 11", "DATE", "2014-08-11"), a("Monday night", "TIME", "2014-08-18TNI"),
         a("24 hours", "DURATION", "PT24H")],
     "not": []},
    {"id": "gz-07", "published": "2014-08-27", "source": "Cairo Evening Bulletin", "text": (
        "CAIRO, Wednesday 27 August 2014 (Cairo Evening Bulletin) - An open-ended ceasefire brokered by "
        "Egypt took effect at 7 p.m. on Tuesday, ending 50 days of war in the Gaza Strip, and crowds poured"
        " into the streets of Gaza to celebrate what Hamas declared a victory. Under the deal, Israel is to"
        " ease the blockade to let in aid and building materials, and both sides are to return to Cairo "
        "within a month to discuss a seaport and an airport. More than 2,100 Palestinians and more than 70 "
        "Israelis were killed, in the deadliest war in Gaza since Hamas seized the territory in 2007."),
     "gold": [a("Wednesday 27 August 2014", "DATE", "2014-08-27"),
         a("7 p.m. on Tuesday", "TIME", "2014-08-26T19:00"), a("50 days", "DURATION", "P50D"),
         a("a month", "DURATION", "P1M"), a("2007", "DATE", "2007")],
     "not": ["2,100", "70"]},
]

GAZA_EVENTS: list[dict[str, Any]] = [
    {"name": "Operation Protective Edge", "keywords": ["offensive", "operation", "pound", "launch"],
     "docs": ["gz-01", "gz-03"], "start": ["2014-07-08", "2014-07-08"]},
    {"name": "three Israeli teenagers abducted", "keywords": ["abduct", "kidnap"],
     "docs": ["gz-01"], "start": ["2014-06-12", "2014-06-12"]},
    {"name": "Hamas rejects the Egyptian truce plan", "keywords": ["spurn", "reject", "accept", "plan", "resum"],
     "docs": ["gz-02"], "start": ["2014-07-15", "2014-07-15"]},
    {"name": "ground invasion of Gaza", "keywords": ["ground", "invasion", "crossed"],
     "docs": ["gz-03", "gz-04"], "start": ["2014-07-17", "2014-07-17"]},
    {"name": "72-hour ceasefire collapses", "keywords": ["fell apart", "collapse", "ceasefire", "truce"],
     "docs": ["gz-04"], "start": ["2014-08-01", "2014-08-01"]},
    {"name": "Israel pulls its troops out of Gaza", "keywords": ["pull", "withdr"],
     "docs": ["gz-05"], "start": ["2014-08-05", "2014-08-05"]},
    {"name": "indirect talks open in Cairo", "keywords": ["talks", "open", "negotiat"],
     "docs": ["gz-05"], "start": ["2014-08-06", "2014-08-06"]},
    {"name": "truce broken, negotiators recalled", "keywords": ["shatter", "broke", "recall", "rocket", "halt"],
     "docs": ["gz-06"], "start": ["2014-08-19", "2014-08-19"]},
    {"name": "open-ended ceasefire takes effect", "keywords": ["ceasefire", "effect", "took"],
     "docs": ["gz-07"], "start": ["2014-08-26", "2014-08-26"]},
]

# ---------------------------------------------------------------------------------------------------
# Khartoum: war from the morning of Saturday 15 April 2023; the US convoy fired on on Monday 17 April; the
# 24-hour truce from 6 p.m. on Tuesday 18 April; the Eid truce from Friday 21 April; evacuations over the
# weekend of 22-23 April; the 72-hour ceasefire announced on Monday 24 April, from midnight; Jeddah talks
# from Saturday 6 May, the declaration on Thursday 11 May; the week-long truce signed on Saturday 20 May,
# in force at 9.45 p.m. on Monday 22 May, extended on Monday 29 May; the army walked out on Wednesday
# 31 May; US sanctions on Thursday 1 June.
KHARTOUM: list[dict[str, Any]] = [
    {"id": "kt-01", "published": "2023-04-16", "source": "Nile Wire", "text": (
        "KHARTOUM, April 16 (Nile Wire) - Sudan's army and the paramilitary Rapid Support Forces fought for"
        " a second day on Sunday across Khartoum, with air strikes on RSF bases and heavy gunfire around "
        "the presidential palace, the army headquarters and the airport. The fighting erupted on Saturday "
        "morning after weeks of tension over plans to fold the RSF into the regular army. Doctors said at "
        "least 56 civilians were killed yesterday. The army chief, Gen. Abdel Fattah al-Burhan, and the RSF"
        " commander, Mohamed Hamdan Dagalo, known as Hemedti, have shared power since they ousted a "
        "civilian-led government in October 2021."),
     "gold": [a("April 16", "DATE", "2023-04-16"),
         a("a second day", "DURATION", "P1D", optional_value=True, notes="ordinal day of the fighting: it began on 2023-04-15"),
         a("Sunday", "DATE", "2023-04-16"), a("Saturday morning", "TIME", "2023-04-15TMO"),
         a("weeks", "DURATION", "PXW"), a("yesterday", "DATE", "2023-04-15"),
         a("October 2021", "DATE", "2021-10")],
     "not": ["56"]},
    {"id": "kt-02", "published": "2023-04-19", "source": "Horn Monitor", "text": (
        "A 24-hour truce that both sides had promised to observe from 6 p.m. on Tuesday collapsed almost at"
        " once, with gunfire and blasts heard across the Sudanese capital overnight. The army and the RSF "
        "blamed each other. Residents of Khartoum, without water or power for four days, said they were too"
        " frightened to go out in search of food. US Secretary of State Antony Blinken said an American "
        "diplomatic convoy had come under fire on Monday. The World Health Organization said on Wednesday "
        "that at least 270 people had been killed since the weekend."),
     "gold": [a("24-hour", "DURATION", "PT24H"), a("6 p.m. on Tuesday", "TIME", "2023-04-18T18:00"),
         a("overnight", "TIME", "2023-04-18TNI"), a("four days", "DURATION", "P4D"),
         a("Monday", "DATE", "2023-04-17"), a("Wednesday", "DATE", "2023-04-19"),
         a("the weekend", "DATE", "2023-W15-WE")],
     "not": ["270"]},
    {"id": "kt-03", "published": "2023-04-24", "source": "Nile Wire", "text": (
        "KHARTOUM, April 24 (Nile Wire) - Foreign governments raced to get their citizens out of Sudan on "
        "Monday, a day after US special forces flew about 70 embassy staff out of Khartoum by helicopter. "
        "France, Britain and several other countries evacuated hundreds of diplomats and nationals over the"
        " weekend, and a convoy of buses carrying UN staff reached Port Sudan, 850 km away, after a 35-hour"
        " drive. Thousands of Sudanese have fled by road toward Egypt and Chad in the past nine days."),
     "gold": [a("April 24", "DATE", "2023-04-24"), a("Monday", "DATE", "2023-04-24"),
         a("a day", "DURATION", "P1D", notes="event-relative: a day after the US evacuation"),
         a("the weekend", "DATE", "2023-W16-WE"), a("35-hour", "DURATION", "PT35H"),
         a("the past nine days", "DURATION", "P9D", interval=iv("2023-04-15", "2023-04-24"))],
     "not": ["70", "850 km"]},
    {"id": "kt-04", "published": "2023-04-25", "source": "Horn Monitor", "text": (
        "Sudan's army and the RSF began a 72-hour ceasefire at midnight, after 48 hours of intense "
        "negotiation, US Secretary of State Antony Blinken announced on Monday. Several earlier truces, "
        "including one for the Eid holiday at the end of last week, failed to stop the fighting. Residents "
        "reported a fragile calm in parts of Khartoum today, though clashes went on in Omdurman, across the"
        " Nile, and in the western region of Darfur."),
     "gold": [a("72-hour", "DURATION", "PT72H"),
         a("midnight", "TIME", "2023-04-25T00:00", optional_value=True, notes="the midnight between 24 and 25 April"),
         a("48 hours", "DURATION", "PT48H"), a("Monday", "DATE", "2023-04-24"),
         a("the end of last week", "DATE", "2023-W16", mod="END"), a("today", "DATE", "2023-04-25")],
     "not": []},
    {"id": "kt-05", "published": "2023-05-12", "source": "Red Sea Courier", "text": (
        "JEDDAH, Friday 12 May 2023 (Red Sea Courier) - Envoys of Sudan's army and the Rapid Support Forces"
        " signed a declaration in Jeddah late on Thursday committing both sides to protect civilians and "
        "let aid through, the first accord of the conflict, after nearly a week of talks brokered by Saudi "
        "Arabia and the United States. The text is not a ceasefire, and mediators said negotiations on a "
        "truce of up to ten days would continue. The fighting, now in its fourth week, has killed more than"
        " 600 people and driven 200,000 refugees into neighbouring countries."),
     "gold": [a("Friday 12 May 2023", "DATE", "2023-05-12"), a("Thursday", "DATE", "2023-05-11"),
         a("nearly a week", "DURATION", "P1W", mod="LESS_THAN", notes="event-relative: the talks so far"),
         a("ten days", "DURATION", "P10D"), a("now", "DATE", "PRESENT_REF", optional_value=True),
         a("fourth week", "DURATION", "P1W", optional_value=True, notes="the war's fourth week: it began 22-28 days before 2023-05-12")],
     "not": ["600", "200,000"]},
    {"id": "kt-06", "published": "2023-05-22", "source": "Nile Wire", "text": (
        "KHARTOUM, May 22 (Nile Wire) - A week-long ceasefire that the two sides signed in Jeddah on "
        "Saturday is due to take effect at 9.45 p.m. tonight, 48 hours after the signing, and will be "
        "watched by a monitoring committee of Saudi, American, army and RSF officers. It builds on the "
        "declaration on protecting civilians agreed on May 11. Air strikes and shelling shook parts of "
        "Khartoum this morning, and residents said they had little faith in the deal, the latest of many "
        "truces since mid-April. If it holds, aid convoys are to reach the capital later this week."),
     "gold": [a("week-long", "DURATION", "P1W"), a("Saturday", "DATE", "2023-05-20"),
         a("9.45 p.m. tonight", "TIME", "2023-05-22T21:45"), a("48 hours", "DURATION", "PT48H"),
         a("May 11", "DATE", "2023-05-11"), a("this morning", "TIME", "2023-05-22TMO"),
         a("mid-April", "DATE", "2023-04", mod="MID"), a("later this week", "DATE", "2023-W21")],
     "not": []},
    {"id": "kt-07", "published": "2023-06-01", "source": "Horn Monitor", "text": (
        "Sudan's army suspended its part in the Jeddah talks on Wednesday, accusing the paramilitaries of "
        "breaking the week-long truce agreed on May 20, which mediators had extended by five more days on "
        "Monday. Heavy fighting resumed in southern Khartoum and in Omdurman. Washington, which brokered "
        "the truce with Riyadh, announced sanctions on firms linked to both sides on Thursday. The war, "
        "which began on April 15, has now driven more than 1.2 million people from their homes inside "
        "Sudan, four years after mass protests forced Omar al-Bashir from power in April 2019."),
     "gold": [a("Wednesday", "DATE", "2023-05-31"), a("week-long", "DURATION", "P1W"),
         a("May 20", "DATE", "2023-05-20"), a("five more days", "DURATION", "P5D"),
         a("Monday", "DATE", "2023-05-29"), a("Thursday", "DATE", "2023-06-01"),
         a("April 15", "DATE", "2023-04-15"), a("now", "DATE", "PRESENT_REF", optional_value=True),
         a("four years", "DURATION", "P4Y", notes="event-relative: four years after Bashir's fall"),
         a("April 2019", "DATE", "2019-04")],
     "not": ["1.2 million"]},
]

KHARTOUM_EVENTS: list[dict[str, Any]] = [
    {"name": "war between the army and the RSF", "keywords": ["fight", "erupt", "war", "clash"],
     "docs": ["kt-01", "kt-07"], "start": ["2023-04-15", "2023-04-15"]},
    {"name": "24-hour truce collapses", "keywords": ["truce", "collapse"],
     "docs": ["kt-02"], "start": ["2023-04-18", "2023-04-18"]},
    {"name": "US evacuates its embassy", "keywords": ["flew", "evacuat", "staff"],
     "docs": ["kt-03"], "start": ["2023-04-22", "2023-04-23"]},
    {"name": "72-hour ceasefire begins", "keywords": ["ceasefire", "began", "announc"],
     "docs": ["kt-04"], "start": ["2023-04-24", "2023-04-25"]},
    {"name": "Jeddah declaration signed", "keywords": ["sign", "declaration", "accord", "agreed"],
     "docs": ["kt-05", "kt-06"], "start": ["2023-05-11", "2023-05-11"]},
    {"name": "week-long ceasefire signed in Jeddah", "keywords": ["ceasefire", "truce", "signed", "agreed"],
     "docs": ["kt-06", "kt-07"], "start": ["2023-05-20", "2023-05-20"]},
    {"name": "truce extended by five days", "keywords": ["extend"],
     "docs": ["kt-07"], "start": ["2023-05-29", "2023-05-29"]},
    {"name": "army suspends the Jeddah talks", "keywords": ["suspend", "talks"],
     "docs": ["kt-07"], "start": ["2023-05-31", "2023-05-31"]},
    {"name": "the 2021 coup", "keywords": ["ousted", "coup", "power"],
     "docs": ["kt-01"], "start": ["2021-10-01", "2021-10-31"]},
]

SETS = {
    "p7-fallujah": (FALLUJAH, FALLUJAH_EVENTS),
    "p7-idlib": (IDLIB, IDLIB_EVENTS),
    "p7-gaza": (GAZA, GAZA_EVENTS),
    "p7-khartoum": (KHARTOUM, KHARTOUM_EVENTS),
}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "p7-inc-gaza-weekday": {
        "docs": [
            {"id": "gw-1", "published": "2014-08-27", "source": "Cairo Evening Bulletin",
             "text": ("CAIRO - An open-ended ceasefire between Israel and the Palestinian factions took effect "
                      "at 7 p.m. on Monday (Aug. 26), ending 50 days of war, Egyptian officials said.")},
            {"id": "gw-2", "published": "2014-08-27", "source": "Coastal Observer",
             "text": "GAZA CITY - Fishermen put out to sea on Wednesday for the first time in weeks, residents said."},
        ],
        "must_name": ["gw-1"], "bystander": ["gw-2"], "codes": ["weekday-mismatch"],
        "note": "26 August 2014 was a Tuesday",
    },
    "p7-inc-fallujah-weeks": {
        "docs": [
            {"id": "fw-1", "published": "2016-05-23", "source": "Anbar Wire",
             "text": ("BAGHDAD, May 23 (Anbar Wire) - Iraqi forces began an offensive to retake Fallujah from "
                      "Islamic State on Monday (May 23), the military said.")},
            {"id": "fw-2", "published": "2016-06-26", "source": "Mesopotamia Monitor",
             "text": ("FALLUJA - The offensive to retake Falluja, now in its second week, reached the Jolan "
                      "district on Sunday, commanders said.")},
            {"id": "fw-3", "published": "2016-06-26", "source": "Mesopotamia Monitor",
             "text": "ERBIL - Kurdish officials said on Saturday they would send tents to camps south of Mosul."},
        ],
        "must_name": ["fw-1", "fw-2"], "bystander": ["fw-3"], "codes": [],
        "note": "begun 23 May, the offensive is in its fifth week on 26 June, not its second",
    },
    "p7-inc-khartoum-disagree": {
        "docs": [
            {"id": "kd-1", "published": "2023-05-23", "source": "Nile Wire",
             "text": ("KHARTOUM - A week-long ceasefire between Sudan's army and the RSF took effect at 9.45 p.m. "
                      "on Monday (May 22), the Saudi and US mediators said.")},
            {"id": "kd-2", "published": "2023-05-26", "source": "Red Sea Courier",
             "text": ("JEDDAH - The week-long ceasefire in Sudan, which took effect on May 15, has been broken "
                      "many times, the Saudi and US mediators said on Friday.")},
            {"id": "kd-3", "published": "2023-05-26", "source": "Red Sea Courier",
             "text": "CAIRO - Egypt said on Thursday that more than 150,000 people had crossed from Sudan."},
        ],
        "must_name": ["kd-1", "kd-2"], "bystander": ["kd-3"], "codes": [],
        "note": "22 May vs 15 May for the start of one week-long ceasefire",
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
    assert [wd(s) for s in ("2016-05-22", "2016-05-23", "2016-05-30", "2016-06-09", "2016-06-17")] == [
        "Sunday", "Monday", "Monday", "Thursday", "Friday"]
    assert [wd(s) for s in ("2016-06-18", "2016-06-26", "2016-06-29")] == ["Saturday", "Sunday", "Wednesday"]
    assert [wd(s) for s in ("2020-02-03", "2020-02-18", "2020-02-27", "2020-03-01", "2020-03-02")] == [
        "Monday", "Tuesday", "Thursday", "Sunday", "Monday"]
    assert [wd(s) for s in ("2020-03-05", "2020-03-06", "2020-03-15")] == ["Thursday", "Friday", "Sunday"]
    assert [wd(s) for s in ("2014-07-08", "2014-07-09", "2014-07-15", "2014-07-17", "2014-08-01")] == [
        "Tuesday", "Wednesday", "Tuesday", "Thursday", "Friday"]
    assert [wd(s) for s in ("2014-08-05", "2014-08-06", "2014-08-08", "2014-08-18", "2014-08-19")] == [
        "Tuesday", "Wednesday", "Friday", "Monday", "Tuesday"]
    assert [wd(s) for s in ("2014-08-26", "2014-08-27")] == ["Tuesday", "Wednesday"]
    assert [wd(s) for s in ("2023-04-15", "2023-04-16", "2023-04-17", "2023-04-18", "2023-04-19")] == [
        "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"]
    assert [wd(s) for s in ("2023-04-21", "2023-04-24", "2023-05-11", "2023-05-12", "2023-05-20")] == [
        "Friday", "Monday", "Thursday", "Friday", "Saturday"]
    assert [wd(s) for s in ("2023-05-22", "2023-05-29", "2023-05-31", "2023-06-01")] == [
        "Monday", "Monday", "Wednesday", "Thursday"]
    # ISO weeks of "last week" / "two weeks ago" / "the weekend" / "later this week"
    assert week("2020-01-28") == 5 == week("2020-02-04") - 1                # Maaret al-Nouman "last week"
    assert week("2020-02-11") == 7 == week("2020-02-19") - 1 == week("2020-02-28") - 2  # the M5 secured
    assert week("2020-02-29") == week("2020-03-01") == 9 == week("2020-03-03") - 1      # "over the weekend"
    assert week("2023-04-15") == week("2023-04-16") == 15 == week("2023-04-19") - 1     # "since the weekend"
    assert week("2023-04-22") == week("2023-04-21") == 16 == week("2023-04-24") - 1 == week("2023-04-25") - 1
    assert week("2023-05-22") == 21
    # "the past N days" intervals
    assert days("2016-05-23", "2016-05-31") == 8 and days("2016-06-15", "2016-06-18") == 3
    assert days("2023-04-15", "2023-04-24") == 9
    # Fallujah from 22/23 May 2016
    assert days("2016-05-23", "2016-05-30") == 7                            # "a week after"
    assert 21 < days("2016-05-23", "2016-06-17") < 28                       # "almost four weeks into"
    assert days("2016-06-17", "2016-06-26") == 9                            # "nine days after"
    assert 33 <= days("2016-05-23", "2016-06-26") <= 37                     # "five weeks after"
    assert days("2014-01-04", "2016-05-23") > 2 * 365                       # "more than two years ago"
    assert 2016 - 2004 == 12                                                # "Twelve years later"
    # Idlib
    assert days("2020-02-27", "2020-03-01") == 3                            # "three days after" (2020 is leap)
    assert days("2020-02-27", "2020-03-02") < 7                             # "less than a week after"
    assert days("2020-03-06", "2020-03-15") == 9                            # "nine days after"
    assert days("2020-02-17", "2020-02-18") + 1 == 2                        # "Two days of talks"
    assert 2020 - 2011 == 9                                                 # "nine years of war"
    # Gaza from 8 July 2014
    assert days("2014-07-08", "2014-07-09") + 1 == 2                        # "a second day"
    assert days("2014-07-08", "2014-07-17") + 1 == 10                       # "Ten days into"
    assert days("2014-08-05", "2014-08-06") + 1 == 2                        # truce "for a second day"
    assert days("2014-08-05", "2014-08-08") == 3                            # "three-day truce"
    assert days("2014-08-11", "2014-08-19") > 7                             # "more than a week"
    assert days("2014-07-08", "2014-08-26") + 1 == 50                       # "50 days of war"
    # Khartoum from 15 April 2023
    assert days("2023-04-15", "2023-04-19") == 4                            # "for four days"
    assert days("2023-05-06", "2023-05-11") < 7                             # "nearly a week of talks"
    assert 21 <= days("2023-04-15", "2023-05-12") < 28                      # "now in its fourth week"
    assert days("2023-05-20", "2023-05-22") == 2                            # "48 hours after the signing"
    assert 2023 - 2019 == 4                                                 # "four years after"
    # every dispatch is 60-150 words
    for docs, _ in SETS.values():
        for d in docs:
            assert 60 <= len(d["text"].split()) <= 150, (d["id"], len(d["text"].split()))
    # inconsistent variants: the inconsistency is real
    assert wd("2014-08-26") == "Tuesday" and wd("2014-08-27") == "Wednesday"
    assert days("2016-05-23", "2016-06-26") == 34 > 2 * 7 and wd("2016-05-23") == "Monday"
    assert wd("2016-06-25") == "Saturday"
    assert wd("2023-05-22") == "Monday" and wd("2023-05-26") == "Friday" and wd("2023-05-25") == "Thursday"


def main() -> None:
    check_facts()
    corpus.write_batch("p7-timeml", SETS, INCONSISTENT)


if __name__ == "__main__":
    main()
