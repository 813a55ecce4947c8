"""Held-out sets of session 12, written by QA for the final honest measurement; PRACTICE data since session 13.

They were unseen during session 12 (measured by the lead only); the lead read them at the start of session 13,
and developers may read and run them now (``_measure.py --unseen11``).

Two sets, every sentence our own (facts from the public record):
- ``u11-srilanka``: the Sri Lankan army's final offensive against the Tamil Tigers, January-May 2009
  (Kilinochchi captured on 2 January; Elephant Pass on 9 January; Mullaitivu on 25 January; the Tigers'
  air raid on Colombo on the night of 20 February; Puthukkudiyiruppu captured on 5 April; troops breach
  the earth wall of the no-fire zone on 20 April; the rebel spokesman Daya Master surrenders on 22 April;
  Velupillai Prabhakaran killed on 18 May);
- ``u11-egypt``: the Egyptian revolution, January-February 2011 (the protests begin on 25 January; the
  army is deployed and a curfew imposed on 28 January; Omar Suleiman named vice president on 29 January;
  Mubarak says on 1 February he will not run again; supporters on camels and horses attack Tahrir
  Square on 2 February; Wael Ghonim freed on 7 February; Mubarak's speech handing powers to Suleiman on
  10 February; Mubarak resigns on 11 February);
plus inconsistent variants (``u11-inc-srilanka-weekday``, ``u11-inc-egypt-weeks``,
``u11-inc-srilanka-disagree``).

``python tests/timeline/heldout/u11-corpus.py`` writes ``data/u11-*.jsonl``, ``data/u11-*.gold.json``,
``data/u11-*.expected.json`` and ``data/u11-timeml/*.tml``, in the formats of ``corpus.py`` (same
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
SRILANKA: list[dict[str, Any]] = [
    {
        "id": "sl-01", "published": "2009-01-02", "source": "Palk Strait Wire",
        "text": (
            "COLOMBO, Jan. 2 (Palk Strait Wire) - Sri Lankan troops captured Kilinochchi on Friday, seizing "
            "the town the Tamil Tiger rebels had run as the capital of their would-be state since 1998, "
            "President Mahinda Rajapaksa said in a televised address. He hailed the fall of the town as a "
            "victory without equal and urged the Liberation Tigers of Tamil Eelam to lay down their arms. "
            "Soldiers of the 57th Division and a special task force entered from the west and the south after "
            "weeks of fighting through mud, minefields and earth ramparts. The rebels have pulled back east "
            "towards the jungles of Mullaitivu district, their last stronghold. Firecrackers went off in the "
            "streets of the capital this afternoon. Aid groups said more than 200,000 civilians were trapped "
            "in the shrinking war zone."
        ),
        "gold": [
            a("Jan. 2", "DATE", "2009-01-02"),
            a("Friday", "DATE", "2009-01-02"),
            a("1998", "DATE", "1998"),
            a("weeks", "DURATION", "PXW", optional_value=True, notes="'after weeks of fighting': vague duration"),
            a("this afternoon", "TIME", "2009-01-02TAF"),
        ],
        "not": ["57th Division", "more than 200,000"],
    },
    {
        "id": "sl-02", "published": "2009-01-09", "source": "Serendib Ledger",
        "text": (
            "ELEPHANT PASS, Sri Lanka (Serendib Ledger) - Government forces took control of Elephant Pass on "
            "Friday, reopening the land route to the Jaffna peninsula for the first time in nine years, the "
            "defence ministry said. The causeway garrison fell to the Tigers in April 2000 in one of the army's "
            "worst defeats of the war. Troops advancing from both ends linked up at the isthmus a week after "
            "Kilinochchi was overrun, and officers said the rebels had abandoned their bunkers with hardly a "
            "fight. Last Friday's capture of the rebels' administrative hub, 40 km to the south, left the "
            "Tigers' lines along the A9 highway in tatters. The army spokesman, Brigadier Udaya Nanayakkara, "
            "said the next objective was Mullaitivu, the coastal town that serves as the rebels' main base."
        ),
        "gold": [
            a("Friday", "DATE", "2009-01-09"),
            a("nine years", "DURATION", "P9Y"),
            a("April 2000", "DATE", "2000-04"),
            a("a week", "DURATION", "P1W", notes="event-relative: a week after Kilinochchi was overrun"),
            a("Last Friday", "DATE", "2009-01-02"),
        ],
        "not": ["40 km"],
    },
    {
        "id": "sl-03", "published": "2009-01-26", "source": "Palk Strait Wire",
        "text": (
            "COLOMBO, Jan. 26 (Palk Strait Wire) - Sri Lanka's army said on Monday it had overrun Mullaitivu, "
            "the last town of any size held by the Tamil Tigers, after troops of the 59th Division stormed it "
            "on Sunday. Officials said the rebels were now cornered in less than 300 square kilometres of "
            "jungle and lagoon in the north-east. In just over three weeks the army has seized Kilinochchi, "
            "the Elephant Pass causeway, taken on January 9, and now the Tigers' main naval base. Rights "
            "groups said on Monday that shells had fallen on civilians inside a safe zone the government "
            "declared last week, a charge the military denied. The Tigers made no comment, and their "
            "website said the fighting was continuing around the town."
        ),
        "gold": [
            a("Jan. 26", "DATE", "2009-01-26"),
            a("Monday", "DATE", "2009-01-26"),
            a("Sunday", "DATE", "2009-01-25"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("just over three weeks", "DURATION", "P3W", mod="MORE_THAN",
              notes="event-relative: since the fall of Kilinochchi"),
            a("January 9", "DATE", "2009-01-09"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("Monday", "DATE", "2009-01-26"),
            a("last week", "DATE", "2009-W04"),
        ],
        "not": ["59th Division", "less than 300 square kilometres"],
    },
    {
        "id": "sl-04", "published": "2009-02-21", "source": "Serendib Ledger",
        "text": (
            "COLOMBO (Serendib Ledger) - Two light aircraft flown by the Tamil Tigers raided the capital late "
            "on Friday, and one of them crashed into the tax department building in the city centre, killing "
            "two people and wounding more than 40, the military said. The second plane was shot down near the "
            "international airport at Katunayake, north of the city, and both rebel pilots died. Tracer fire "
            "lit up the sky for about 20 minutes while the city was blacked out. The suicide raid, the rebels' "
            "first on the capital since last October, came nearly four weeks after the fall of Mullaitivu, as "
            "troops close in on the last strip of jungle and coast the Tigers still hold. Office workers spent "
            "Saturday sweeping up broken glass."
        ),
        "gold": [
            a("Friday", "DATE", "2009-02-20"),
            a("about 20 minutes", "DURATION", "PT20M", mod="APPROX"),
            a("last October", "DATE", "2008-10"),
            a("nearly four weeks", "DURATION", "P4W", mod="LESS_THAN",
              notes="event-relative: nearly four weeks after the fall of Mullaitivu"),
            a("Saturday", "DATE", "2009-02-21"),
        ],
        "not": ["more than 40"],
    },
    {
        "id": "sl-05", "published": "2009-04-06", "source": "Jaffna Courier",
        "text": (
            "VAVUNIYA, Sri Lanka, April 6 (Jaffna Courier) - Sri Lankan soldiers captured Puthukkudiyiruppu, "
            "the last town in rebel hands, on Sunday after days of ferocious fighting in which hundreds of "
            "Tamil Tiger fighters were reported killed, the army said on Monday. The rebels are now confined to "
            "a narrow strip of coast, most of it inside a no-fire zone crowded with civilians. Military officials "
            "said several senior Tiger commanders had died in the battle. The fall of the town comes three "
            "months after troops overran Kilinochchi on January 2 and six weeks after the Tigers' suicide air "
            "raid on Colombo. A U.N. spokesman in Geneva said on Monday the world body was alarmed by reports "
            "of heavy shelling near the coast over the weekend."
        ),
        "gold": [
            a("April 6", "DATE", "2009-04-06"),
            a("Sunday", "DATE", "2009-04-05"),
            a("days", "DURATION", "PXD", optional_value=True, notes="'after days of fighting': vague duration"),
            a("Monday", "DATE", "2009-04-06"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("three months", "DURATION", "P3M", notes="event-relative: three months after Kilinochchi fell"),
            a("January 2", "DATE", "2009-01-02"),
            a("six weeks", "DURATION", "P6W", notes="event-relative: six weeks after the air raid"),
            a("Monday", "DATE", "2009-04-06"),
            a("the weekend", "DATE", "2009-W14-WE"),
        ],
        "not": ["hundreds of"],
    },
    {
        "id": "sl-06", "published": "2009-04-21", "source": "Palk Strait Wire",
        "text": (
            "PUTHUMATTALAN, Sri Lanka (Palk Strait Wire) - Tens of thousands of Tamil civilians streamed out of "
            "the rebels' last enclave on Tuesday, a day after soldiers blasted through an earth wall the Tigers "
            "had thrown up to hem them in, the military said. Defence officials said more than 35,000 people had "
            "crossed to government lines since Monday, when troops breached the barrier near the lagoon. "
            "President Rajapaksa gave the Tiger leadership 24 hours to surrender, a deadline that ran out today "
            "without any reply. The United Nations said it was deeply worried about the civilians still inside "
            "the no-fire zone. Earlier this month the army took Puthukkudiyiruppu, the rebels' last town. The "
            "Tigers accuse the troops of killing hundreds of people in the assault.\nViews: 1,204"
        ),
        "gold": [
            a("Tuesday", "DATE", "2009-04-21"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the wall was breached"),
            a("Monday", "DATE", "2009-04-20"),
            a("24 hours", "DURATION", "PT24H"),
            a("today", "DATE", "2009-04-21"),
            a("Earlier this month", "DATE", "2009-04"),
        ],
        "not": ["Tens of thousands", "more than 35,000", "1,204"],
    },
    {
        "id": "sl-07", "published": "2009-04-23", "source": "Serendib Ledger",
        "text": (
            "COLOMBO, April 23 (Serendib Ledger) - Two senior Tamil Tiger officials, the rebels' former "
            "spokesman Daya Master and the interpreter known as George, gave themselves up to the army on "
            "Wednesday, joining the flood of civilians fleeing the war zone, the defence ministry said. State "
            "television showed the two men, long the public face of the group for foreign reporters, being "
            "questioned by officers. Their surrender came two days after troops broke through a sand bund "
            "guarding the last Tiger-held strip, letting more than 100,000 people escape this week, according "
            "to government figures. Aid agencies said the camps near Vavuniya could not cope with the numbers. "
            "India called for a pause in the fighting to protect the civilians who remain trapped."
        ),
        "gold": [
            a("April 23", "DATE", "2009-04-23"),
            a("Wednesday", "DATE", "2009-04-22"),
            a("two days", "DURATION", "P2D", notes="event-relative: two days after the bund was breached"),
            a("this week", "DATE", "2009-W17"),
        ],
        "not": ["more than 100,000"],
    },
    {
        "id": "sl-08", "published": "2009-05-18", "source": "Jaffna Courier",
        "text": (
            "COLOMBO (Jaffna Courier) - Velupillai Prabhakaran, the founder and leader of the Tamil Tigers, was "
            "killed by troops on Monday as the last patch of rebel territory fell, the army said, ending a "
            "separatist war that has lasted more than 25 years. State television said the body of his son "
            "Charles Anthony had also been found. Rajapaksa, speaking in Jordan on Saturday, had already "
            "declared the Tigers militarily defeated, and the rebels' chief of international relations said on "
            "Sunday that they had decided to silence their guns. Crowds danced and lit firecrackers in the "
            "streets of the capital this afternoon. Among the Tiger officials now in custody is the former "
            "spokesman Daya Master, who gave himself up last month."
        ),
        "gold": [
            a("Monday", "DATE", "2009-05-18"),
            a("more than 25 years", "DURATION", "P25Y", mod="MORE_THAN"),
            a("Saturday", "DATE", "2009-05-16"),
            a("Sunday", "DATE", "2009-05-17"),
            a("this afternoon", "TIME", "2009-05-18TAF"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("last month", "DATE", "2009-04"),
        ],
        "not": [],
    },
    {
        "id": "sl-09", "published": "2009-05-19", "source": "Palk Strait Wire",
        "text": (
            "COLOMBO, May 19 (Palk Strait Wire) - Television stations broadcast pictures on Tuesday of what the "
            "army said was the body of Velupillai Prabhakaran, a day after troops shot dead the elusive Tamil "
            "Tiger chief as the final rebel pocket collapsed. Karuna, a former Tiger commander who broke with "
            "Prabhakaran in 2004 and is now a government minister, identified the corpse. Addressing parliament "
            "today, Rajapaksa declared the country freed from terrorism and said the victory belonged to every "
            "community, Tamils included. Yesterday's killing capped an offensive that took Kilinochchi in "
            "January and drove the rebels into a shrinking strip of beach. Aid groups say thousands of "
            "civilians have died since January. Websites close to the rebels insisted their leader was alive."
        ),
        "gold": [
            a("May 19", "DATE", "2009-05-19"),
            a("Tuesday", "DATE", "2009-05-19"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after Prabhakaran was shot dead"),
            a("2004", "DATE", "2004"),
            a("now", "DATE", "PRESENT_REF", optional_value=True),
            a("today", "DATE", "2009-05-19"),
            a("Yesterday", "DATE", "2009-05-18"),
            a("January", "DATE", "2009-01"),
            a("January", "DATE", "2009-01"),
        ],
        "not": ["thousands of"],
    },
]

SRILANKA_EVENTS: list[dict[str, Any]] = [
    {"name": "troops capture Kilinochchi",
     "keywords": ["captur", "fall", "overran", "overrun", "seiz", "took", "kilinochchi"],
     "docs": ["sl-01", "sl-02", "sl-05"], "start": ["2009-01-02", "2009-01-02"]},
    {"name": "Elephant Pass retaken",
     "keywords": ["took control", "taken", "elephant pass", "linked up", "reopen"],
     "docs": ["sl-02", "sl-03"], "start": ["2009-01-09", "2009-01-09"]},
    {"name": "Mullaitivu captured",
     "keywords": ["overrun", "stormed", "fall", "mullaitivu", "seized"],
     "docs": ["sl-03", "sl-04"], "start": ["2009-01-25", "2009-01-25"]},
    {"name": "Tiger air raid on Colombo",
     "keywords": ["raid", "crashed", "shot down", "aircraft", "plane"],
     "docs": ["sl-04", "sl-05"], "start": ["2009-02-20", "2009-02-20"]},
    {"name": "Puthukkudiyiruppu captured",
     "keywords": ["captur", "took", "fall", "puthukkudiyiruppu"],
     "docs": ["sl-05", "sl-06"], "start": ["2009-04-05", "2009-04-05"]},
    {"name": "troops breach the earth wall of the no-fire zone",
     "keywords": ["breach", "blasted", "broke through", "wall", "bund", "barrier"],
     "docs": ["sl-06", "sl-07"], "start": ["2009-04-20", "2009-04-20"]},
    {"name": "Daya Master and George surrender",
     "keywords": ["surrender", "gave themselves up", "gave himself up", "daya master"],
     "docs": ["sl-07", "sl-08"], "start": ["2009-04-22", "2009-04-22"]},
    {"name": "Prabhakaran killed",
     "keywords": ["killed", "shot dead", "killing", "prabhakaran", "body"],
     "docs": ["sl-08", "sl-09"], "start": ["2009-05-18", "2009-05-18"]},
]

# ---------------------------------------------------------------------------------------------------
EGYPT: list[dict[str, Any]] = [
    {
        "id": "eg-01", "published": "2011-01-26", "source": "Nile Valley Wire",
        "text": (
            "CAIRO, Jan. 26 (Nile Valley Wire) - Egyptian police fired tear gas and beat demonstrators in "
            "central Cairo on Wednesday, a day after tens of thousands of people poured onto the streets of "
            "several cities to demand an end to President Hosni Mubarak's rule. Yesterday's marches, called "
            "online by youth activists on a public holiday, were the largest the country has seen in years. At "
            "least four people, three protesters in Suez and a policeman in Cairo, died. Riot police cleared "
            "Tahrir Square with water cannon overnight, and the interior ministry banned any further gathering "
            "today. Activists said they had been inspired by the revolt that drove Tunisia's Zine el-Abidine "
            "Ben Ali into exile on January 14. Mubarak, 82, has ruled since 1981."
        ),
        "gold": [
            a("Jan. 26", "DATE", "2011-01-26"),
            a("Wednesday", "DATE", "2011-01-26"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the marches"),
            a("Yesterday", "DATE", "2011-01-25"),
            a("years", "DURATION", "PXY", optional_value=True, notes="'in years': vague duration"),
            a("overnight", "TIME", "2011-01-25TNI"),
            a("today", "DATE", "2011-01-26"),
            a("January 14", "DATE", "2011-01-14"),
            a("1981", "DATE", "1981"),
        ],
        "not": ["tens of thousands", "least four", "82"],
    },
    {
        "id": "eg-02", "published": "2011-01-29", "source": "Delta Courier",
        "text": (
            "CAIRO (Delta Courier) - Army tanks rolled into the heart of Cairo on Saturday after an outburst "
            "of fury in which protesters set fire to the ruling party's headquarters and fought riot police across "
            "the country. President Hosni Mubarak ordered the military onto the streets and imposed a curfew "
            "late on Friday, as crowds streaming out of the mosques overwhelmed the police. "
            "In a televised speech he later sacked his cabinet but refused to step down. The authorities had "
            "cut internet access and mobile phone networks early on Friday. Doctors said dozens had been killed "
            "since the protests began on Tuesday. Defying the curfew, thousands remained in Tahrir Square this "
            "morning. Washington urged restraint and said it would review its aid to Cairo."
        ),
        "gold": [
            a("Saturday", "DATE", "2011-01-29"),
            a("Friday", "DATE", "2011-01-28"),
            a("Friday", "DATE", "2011-01-28"),
            a("Tuesday", "DATE", "2011-01-25"),
            a("this morning", "TIME", "2011-01-29TMO"),
        ],
        "not": ["dozens", "thousands remained"],
    },
    {
        "id": "eg-03", "published": "2011-01-30", "source": "Nile Valley Wire",
        "text": (
            "CAIRO, Jan. 30 (Nile Valley Wire) - Opposition figure Mohamed ElBaradei told thousands of "
            "demonstrators in Tahrir Square on Sunday that there was no going back, as protesters brushed aside "
            "President Mubarak's choice of his intelligence chief, Omar Suleiman, as vice president. Mubarak "
            "named Suleiman to the post yesterday, filling it for the first time in nearly 30 years in power, "
            "and asked a former air force commander, Ahmed Shafiq, to form a new government. Fighter jets flew "
            "low over the square in the afternoon. The army, deployed on Friday night after the police melted "
            "away, has so far stood aside. More than 100 people have died in six days of unrest, according to "
            "rights groups, and crowds again ignored the curfew."
        ),
        "gold": [
            a("Jan. 30", "DATE", "2011-01-30"),
            a("Sunday", "DATE", "2011-01-30"),
            a("yesterday", "DATE", "2011-01-29"),
            a("nearly 30 years", "DURATION", "P30Y", mod="LESS_THAN"),
            a("the afternoon", "TIME", "2011-01-30TAF"),
            a("Friday night", "TIME", "2011-01-28TNI"),
            a("six days", "DURATION", "P6D", notes="event-relative: six days of unrest since 25 January"),
        ],
        "not": ["thousands of", "More than 100"],
    },
    {
        "id": "eg-04", "published": "2011-02-02", "source": "Sphinx Ledger",
        "text": (
            "CAIRO (Sphinx Ledger) - Hosni Mubarak said late on Tuesday that he would not run for another term "
            "in September's presidential election, but would remain in office to oversee a peaceful handover. "
            "The concession, announced on state television hours after perhaps a million people rallied across "
            "Egypt, fell far short of the protesters' demand that he leave at once. 'Go means go,' crowds "
            "chanted in Tahrir Square overnight. Omar Suleiman, appointed vice president on Saturday, has been "
            "told to open a dialogue with the opposition. U.S. President Barack Obama said after a telephone "
            "call with Mubarak that an orderly transition must begin now. Internet service returned this "
            "morning after five days of blackout."
        ),
        "gold": [
            a("Tuesday", "DATE", "2011-02-01"),
            a("September", "DATE", "2011-09"),
            a("hours", "DURATION", "PXH", optional_value=True, notes="'hours after': vague duration"),
            a("overnight", "TIME", "2011-02-01TNI"),
            a("Saturday", "DATE", "2011-01-29"),
            a("now", "DATE", "PRESENT_REF"),
            a("this morning", "TIME", "2011-02-02TMO"),
            a("five days", "DURATION", "P5D"),
        ],
        "not": ["a million"],
    },
    {
        "id": "eg-05", "published": "2011-02-03", "source": "Delta Courier",
        "text": (
            "CAIRO, Feb. 3 (Delta Courier) - Gunfire rang out around Tahrir Square early on Thursday after "
            "battles that raged overnight, in which supporters of President Hosni Mubarak, some of "
            "them charging on horses and camels, attacked the anti-government crowd. The health minister said "
            "at least five people had died and more than 800 were hurt in yesterday's clashes. Prime Minister "
            "Ahmed Shafiq apologised on Thursday for the violence and promised an inquiry. Protesters accused "
            "the ruling party of paying thugs to break up the sit-in, which has held the square since last "
            "Friday. The assault came less than a day after Mubarak's pledge on Tuesday night not to seek "
            "re-election, which was meant to calm the streets. Soldiers did little to keep the two sides apart."
        ),
        "gold": [
            a("Feb. 3", "DATE", "2011-02-03"),
            a("Thursday", "DATE", "2011-02-03"),
            a("overnight", "TIME", "2011-02-02TNI"),
            a("yesterday", "DATE", "2011-02-02"),
            a("Thursday", "DATE", "2011-02-03"),
            a("last Friday", "DATE", "2011-01-28"),
            a("less than a day", "DURATION", "P1D", mod="LESS_THAN",
              notes="event-relative: less than a day after the pledge"),
            a("Tuesday night", "TIME", "2011-02-01TNI"),
        ],
        "not": ["at least five", "more than 800"],
    },
    {
        "id": "eg-06", "published": "2011-02-08", "source": "Sphinx Ledger",
        "text": (
            "CAIRO, Feb. 8 (Sphinx Ledger) - Hundreds of thousands of Egyptians packed Tahrir Square on "
            "Tuesday, one of the largest crowds yet, energised by the release of Wael Ghonim, the Google "
            "executive who helped rally the protesters online. Ghonim was freed on Monday evening after nearly "
            "two weeks blindfolded in the custody of state security, and his tearful television interview hours "
            "later moved many who had stayed at home. Two weeks into the uprising, Vice President Omar Suleiman "
            "said Mubarak had accepted a committee to propose changes to the constitution. Many in the crowd had "
            "camped in the square since last Wednesday's attack by men on camels and horses, which left at "
            "least 11 people dead. Banks reopened on Sunday."
        ),
        "gold": [
            a("Feb. 8", "DATE", "2011-02-08"),
            a("Tuesday", "DATE", "2011-02-08"),
            a("Monday evening", "TIME", "2011-02-07TEV"),
            a("nearly two weeks", "DURATION", "P2W", mod="LESS_THAN"),
            a("hours", "DURATION", "PXH", optional_value=True, notes="'hours later': vague duration"),
            a("Two weeks", "DURATION", "P2W", notes="event-relative: two weeks into the uprising"),
            a("last Wednesday", "DATE", "2011-02-02"),
            a("Sunday", "DATE", "2011-02-06"),
        ],
        "not": ["Hundreds of thousands", "least 11"],
    },
    {
        "id": "eg-07", "published": "2011-02-11", "source": "Nile Valley Wire",
        "text": (
            "CAIRO (Nile Valley Wire) - Furious crowds marched on the presidential palace and the state "
            "television building on Friday after Hosni Mubarak dashed hopes of his departure, announcing in an "
            "address late on Thursday that he was handing some powers to his vice president but would stay in "
            "office until September. Protesters in Tahrir Square, tens of thousands strong, waved their shoes "
            "at giant screens as he spoke. Hours before the speech, army commanders had told the crowd that all "
            "their demands would be met, raising expectations that Mubarak would quit. Wael Ghonim, released on "
            "Monday after his detention by the security police, wrote that the protest would go on. Strikes "
            "spread to the Suez Canal and to textile mills this week."
        ),
        "gold": [
            a("Friday", "DATE", "2011-02-11"),
            a("Thursday", "DATE", "2011-02-10"),
            a("September", "DATE", "2011-09"),
            a("Hours", "DURATION", "PXH", optional_value=True, notes="'hours before': vague duration"),
            a("Monday", "DATE", "2011-02-07"),
            a("this week", "DATE", "2011-W06"),
        ],
        "not": ["tens of thousands"],
    },
    {
        "id": "eg-08", "published": "2011-02-11", "source": "Delta Courier",
        "text": (
            "CAIRO, Feb. 11 (Delta Courier) - Hosni Mubarak stepped down as president of Egypt on Friday and "
            "handed power to the army, ending nearly 30 years of rule after 18 days of mass protests. Vice "
            "President Omar Suleiman made the announcement in a brief statement on state television shortly "
            "after 6 p.m., saying the Supreme Council of the Armed Forces would run the country. Hundreds of "
            "thousands in Tahrir Square erupted in cheers, car horns and fireworks. Mubarak had flown to his "
            "residence in the Red Sea resort of Sharm el-Sheikh earlier on Friday. His resignation came a day "
            "after a defiant speech in which he had offered only to delegate powers to Suleiman. The military "
            "council said it would announce its next steps tomorrow."
        ),
        "gold": [
            a("Feb. 11", "DATE", "2011-02-11"),
            a("Friday", "DATE", "2011-02-11"),
            a("nearly 30 years", "DURATION", "P30Y", mod="LESS_THAN"),
            a("18 days", "DURATION", "P18D", notes="event-relative: 25 January to 11 February"),
            a("6 p.m.", "TIME", "2011-02-11T18:00"),
            a("Friday", "DATE", "2011-02-11"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the speech"),
            a("tomorrow", "DATE", "2011-02-12"),
        ],
        "not": ["Hundreds of thousands"],
    },
    {
        "id": "eg-09", "published": "2011-02-13", "source": "Sphinx Ledger",
        "text": (
            "CAIRO (Sphinx Ledger) - Egypt's ruling generals dissolved parliament and suspended the "
            "constitution on Sunday, promising to hold power for six months or until elections could be held. "
            "The Supreme Council of the Armed Forces said a committee would draft amendments to be put to a "
            "referendum. Soldiers began clearing the last tents from Tahrir Square, two days after Hosni "
            "Mubarak quit and left for Sharm el-Sheikh. Friday's resignation ended an uprising that began on "
            "January 25 with marches organised on Facebook. The caretaker cabinet led by Ahmed Shafiq will stay "
            "on for now, the council said. Hundreds of police officers staged a protest of their own, demanding "
            "better pay.\nViews: 2,306"
        ),
        "gold": [
            a("Sunday", "DATE", "2011-02-13"),
            a("six months", "DURATION", "P6M"),
            a("two days", "DURATION", "P2D", notes="event-relative: two days after Mubarak quit"),
            a("Friday", "DATE", "2011-02-11"),
            a("January 25", "DATE", "2011-01-25"),
            a("now", "DATE", "PRESENT_REF"),
        ],
        "not": ["Hundreds of police", "2,306"],
    },
]

EGYPT_EVENTS: list[dict[str, Any]] = [
    {"name": "mass protests against Mubarak begin",
     "keywords": ["protest", "marches", "uprising", "demonstrat", "began", "poured", "streets"],
     "docs": ["eg-01", "eg-02", "eg-09"], "start": ["2011-01-25", "2011-01-25"]},
    {"name": "army deployed and curfew imposed",
     "keywords": ["curfew", "deployed", "army", "military", "ordered", "imposed", "tanks"],
     "docs": ["eg-02", "eg-03"], "start": ["2011-01-28", "2011-01-28"]},
    {"name": "Omar Suleiman named vice president",
     "keywords": ["named", "appointed", "vice president", "suleiman", "choice"],
     "docs": ["eg-03", "eg-04"], "start": ["2011-01-29", "2011-01-29"]},
    {"name": "Mubarak says he will not run again",
     "keywords": ["run", "term", "re-election", "pledge", "concession", "election"],
     "docs": ["eg-04", "eg-05"], "start": ["2011-02-01", "2011-02-01"]},
    {"name": "attack on Tahrir Square by riders on camels and horses",
     "keywords": ["attack", "clashes", "charging", "camels", "assault", "battles"],
     "docs": ["eg-05", "eg-06"], "start": ["2011-02-02", "2011-02-02"]},
    {"name": "Wael Ghonim released",
     "keywords": ["release", "freed", "ghonim"],
     "docs": ["eg-06", "eg-07"], "start": ["2011-02-07", "2011-02-07"]},
    {"name": "Mubarak's speech handing powers to Suleiman",
     "keywords": ["speech", "address", "announcing", "handing", "delegate", "powers"],
     "docs": ["eg-07", "eg-08"], "start": ["2011-02-10", "2011-02-10"]},
    {"name": "Mubarak resigns",
     "keywords": ["stepped down", "resign", "quit", "handed power", "announcement"],
     "docs": ["eg-08", "eg-09"], "start": ["2011-02-11", "2011-02-11"]},
]

SETS = {"u11-srilanka": (SRILANKA, SRILANKA_EVENTS), "u11-egypt": (EGYPT, EGYPT_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u11-inc-srilanka-weekday": {
        "docs": [
            {"id": "sx-1", "published": "2009-01-03", "source": "Palk Strait Wire",
             "text": ("COLOMBO - Sri Lankan troops captured the rebel-held town of Kilinochchi on Thursday "
                      "(January 2), President Mahinda Rajapaksa said in a televised address to the nation.")},
            {"id": "sx-2", "published": "2009-01-03", "source": "Serendib Ledger",
             "text": "KANDY - Heavy rain flooded several roads in the hill town on Friday, police said."},
        ],
        "must_name": ["sx-1"], "bystander": ["sx-2"], "codes": ["weekday-mismatch"],
        "note": "January 2, 2009 was a Friday",
    },
    "u11-inc-egypt-weeks": {
        "docs": [
            {"id": "ew-1", "published": "2011-01-26", "source": "Nile Valley Wire",
             "text": ("CAIRO, Jan. 26 (Nile Valley Wire) - Tens of thousands of Egyptians marched against "
                      "President Hosni Mubarak on Tuesday (January 25), the first day of protests inspired by "
                      "Tunisia's revolt, witnesses said.")},
            {"id": "ew-2", "published": "2011-02-10", "source": "Delta Courier",
             "text": ("CAIRO - Now in its fifth week, the uprising against President Hosni Mubarak has spread to "
                      "factories and the Suez Canal, labour activists said on Thursday.")},
            {"id": "ew-3", "published": "2011-02-10", "source": "Delta Courier",
             "text": "ALEXANDRIA - The city's main library reopened to readers on Wednesday, its director said."},
        ],
        "must_name": ["ew-1", "ew-2"], "bystander": ["ew-3"], "codes": [],
        "note": "begun on 25 January, the uprising is 16 days old (its third week) on 10 February, not in its fifth",
    },
    "u11-inc-srilanka-disagree": {
        "docs": [
            {"id": "sd-1", "published": "2009-01-02", "source": "Palk Strait Wire",
             "text": ("COLOMBO, Jan. 2 (Palk Strait Wire) - Sri Lankan troops captured Kilinochchi, the Tamil "
                      "Tigers' administrative capital, on Friday (January 2), the president said in a televised "
                      "address.")},
            {"id": "sd-2", "published": "2009-01-20", "source": "Jaffna Courier",
             "text": ("VAVUNIYA - Since the army captured Kilinochchi on December 18, the Tigers have lost almost "
                      "all their ground along the A9 highway, a military spokesman said on Tuesday.")},
            {"id": "sd-3", "published": "2009-01-20", "source": "Jaffna Courier",
             "text": "VAVUNIYA - A new bus service to Colombo began running on Monday, the transport board said."},
        ],
        "must_name": ["sd-1", "sd-2"], "bystander": ["sd-3"], "codes": [],
        "note": "2 January 2009 vs 18 December 2008 for the capture of Kilinochchi",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    def days(a: str, b: str) -> int:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2009-01-02", "2009-01-09", "2009-01-25", "2009-01-26", "2009-02-20")] == [
        "Friday", "Friday", "Sunday", "Monday", "Friday"]
    assert [wd(s) for s in ("2009-02-21", "2009-04-05", "2009-04-06", "2009-04-20", "2009-04-21")] == [
        "Saturday", "Sunday", "Monday", "Monday", "Tuesday"]
    assert [wd(s) for s in ("2009-04-22", "2009-05-16", "2009-05-17", "2009-05-18", "2009-05-19")] == [
        "Wednesday", "Saturday", "Sunday", "Monday", "Tuesday"]
    assert [wd(s) for s in ("2011-01-25", "2011-01-26", "2011-01-28", "2011-01-29", "2011-01-30")] == [
        "Tuesday", "Wednesday", "Friday", "Saturday", "Sunday"]
    assert [wd(s) for s in ("2011-02-01", "2011-02-02", "2011-02-03", "2011-02-06", "2011-02-07")] == [
        "Tuesday", "Wednesday", "Thursday", "Sunday", "Monday"]
    assert [wd(s) for s in ("2011-02-08", "2011-02-10", "2011-02-11", "2011-02-13")] == [
        "Tuesday", "Thursday", "Friday", "Sunday"]
    # ISO weeks: "last week" from Mon 26 January 2009 is W04 (the safe zone of 21 January); "the weekend"
    # from Mon 6 April is W14 (4-5 April, Puthukkudiyiruppu taken on the Sunday); "this week" from Thu 23
    # April is W17 (the breach of 20 April); "this week" from Fri 11 February 2011 is W06
    assert dt.date(2009, 1, 21).isocalendar()[:2] == (2009, 4)
    assert dt.date(2009, 4, 4).isocalendar()[:2] == (2009, 14) == dt.date(2009, 4, 5).isocalendar()[:2]
    assert dt.date(2009, 4, 20).isocalendar()[:2] == (2009, 17) == dt.date(2009, 4, 23).isocalendar()[:2]
    assert dt.date(2011, 2, 7).isocalendar()[:2] == (2011, 6) == dt.date(2011, 2, 11).isocalendar()[:2]
    # "last Friday" from Fri 9 January 2009 and from Thu 3 February 2011; "last Wednesday" from Tue 8 February
    assert days("2009-01-02", "2009-01-09") == 7 and days("2011-01-28", "2011-02-03") == 6
    assert days("2011-02-02", "2011-02-08") == 6
    # the offensive: Kilinochchi on Friday 2 January 2009
    kl = "2009-01-02"
    assert days(kl, "2009-01-09") == 7                                  # Elephant Pass "a week after"
    assert 21 < days(kl, "2009-01-25") < 28                             # "just over three weeks"
    assert 21 < days("2009-01-25", "2009-02-20") < 28                   # "nearly four weeks after" Mullaitivu
    assert 88 <= days(kl, "2009-04-05") <= 95                           # "three months after"
    assert 40 <= days("2009-02-20", "2009-04-05") <= 46                 # "six weeks after" the raid
    assert days("2009-04-20", "2009-04-21") == 1                        # "a day after" the breach
    assert days("2009-04-20", "2009-04-22") == 2                        # surrender "two days after"
    assert days("2009-05-18", "2009-05-19") == 1                        # "a day after" the killing
    assert 2009 - 1983 > 25                                             # "more than 25 years" of war
    assert days("2000-04-22", "2009-01-09") // 365 == 8                 # Elephant Pass lost April 2000: ninth year
    # the revolution: the protests from Tuesday 25 January 2011
    rv = "2011-01-25"
    assert days(rv, "2011-01-26") == 1                                  # "a day after"
    assert days(rv, "2011-01-30") + 1 == 6                              # "six days of unrest"
    assert days("2011-01-28", "2011-02-02") == 5                        # "five days of blackout"
    assert days(rv, "2011-02-08") == 14                                 # "Two weeks into the uprising"
    assert days(rv, "2011-02-11") + 1 == 18                             # "18 days of mass protests"
    assert days("2011-02-10", "2011-02-11") == 1                        # resignation "a day after" the speech
    assert days("2011-02-11", "2011-02-13") == 2                        # "two days after Mubarak quit"
    assert 2011 - 1981 == 30                                            # "nearly 30 years" (since October 1981)
    # inconsistent variants: the inconsistency is real
    assert wd("2009-01-02") == "Friday" and wd("2009-01-03") == "Saturday"
    assert days(rv, "2011-02-10") == 16 and days(rv, "2011-02-10") // 7 + 1 == 3 and wd("2011-02-10") == "Thursday"
    assert wd("2009-01-20") == "Tuesday" and days("2008-12-18", kl) == 15


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
    corpus.write_batch("u11-timeml", SETS, INCONSISTENT,
                       checks=[check_past_intervals, corpus.check_weeks, corpus.check_relative_days,
                               corpus.check_lengths])


if __name__ == "__main__":
    main()
