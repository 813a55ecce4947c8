"""UNSEEN held-out sets (session 11): written by QA for the final honest measurement.

DEVELOPERS: do not read this file or ``data/u10-*``, and do not run ``_measure.py --unseen10``; the
sets exist to measure the engine on news nobody tuned it on.  Numbers are reported to the lead only.

Two sets, every sentence our own (facts from the public record):
- ``u10-yemen``: the Saudi-led air campaign in Yemen, March-April 2015 (the Houthis seize the al-Anad
  air base on 25 March; the coalition's strikes of Operation Decisive Storm begin on 26 March; the Arab
  League summit at Sharm el-Sheikh agrees on a joint Arab force on 29 March; the strike on the Mazraq
  camp for displaced people on 30 March; AQAP storms Mukalla and its prison on 2 April; Pakistan's
  parliament votes to stay neutral on 10 April; Security Council resolution 2216 on 14 April; the end
  of Decisive Storm announced on 21 April);
- ``u10-turkey``: the failed coup in Turkey and the purge, July-August 2016 (the coup attempt on the
  night of 15-16 July; 2,745 judges and prosecutors removed on 16 July; the education purge of 19 July;
  the three-month state of emergency declared on 20 July and approved by parliament on 21 July; the
  decrees closing media outlets of 27 July; the Yenikapi rally of 7 August; Erdogan meets Putin in
  St Petersburg on 9 August);
plus inconsistent variants (``u10-inc-yemen-weekday``, ``u10-inc-turkey-weeks``,
``u10-inc-yemen-disagree``).

``python tests/timeline/heldout/u10-corpus.py`` writes ``data/u10-*.jsonl``, ``data/u10-*.gold.json``,
``data/u10-*.expected.json`` and ``data/u10-timeml/*.tml``, in the formats of ``corpus.py`` (same
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
YEMEN: list[dict[str, Any]] = [
    {
        "id": "ym-01", "published": "2015-03-25", "source": "Arabian Sea Wire",
        "text": (
            "ADEN, March 25 (Arabian Sea Wire) - Houthi fighters and army units loyal to former president Ali "
            "Abdullah Saleh seized the al-Anad air base on Wednesday, the largest in the country, bringing the "
            "rebels within striking distance of the southern port where President Abd-Rabbu Mansour Hadi has "
            "taken refuge. Aides said Hadi had left his residence in Aden in the afternoon and would not say "
            "where he had gone. Rebel television said Defence Minister Mahmoud al-Subaihi had been captured "
            "near Lahj. About 100 American special forces troops were pulled out of al-Anad last weekend as "
            "security collapsed. Hadi fled to Aden in February after escaping house arrest in Sanaa, which the "
            "Houthis, who call their movement Ansarullah, took in September. Saudi Arabia has said it will take "
            "whatever measures are needed if the advance does not stop."
        ),
        "gold": [
            a("March 25", "DATE", "2015-03-25"),
            a("Wednesday", "DATE", "2015-03-25"),
            a("the afternoon", "TIME", "2015-03-25TAF"),
            a("last weekend", "DATE", "2015-W12-WE"),
            a("February", "DATE", "2015-02"),
            a("September", "DATE", "2014-09"),
        ],
        "not": ["About 100"],
    },
    {
        "id": "ym-02", "published": "2015-03-26", "source": "Gulf Ledger",
        "text": (
            "RIYADH (Gulf Ledger) - Saudi Arabia and a coalition of Arab allies began bombing Houthi positions "
            "across Yemen early on Thursday, hitting the airport in Sanaa and air defence sites in "
            "an operation the kingdom named Decisive Storm. The Saudi ambassador in Washington, Adel al-Jubeir, "
            "announced the offensive late on Wednesday, saying it was meant to defend the legitimate government "
            "of President Hadi. Saudi media said 100 warplanes and a 150,000-strong force had been committed. "
            "The raids came a day after the rebels overran al-Anad air base north of Aden and pushed into the "
            "outskirts of the city. Yesterday's fall of the base, a hub for U.S. drone operations against al "
            "Qaeda until the Americans left, alarmed Gulf capitals. Hadi arrived in Riyadh on Thursday, state "
            "television showed. Iran denounced the strikes as a dangerous step."
        ),
        "gold": [
            a("Thursday", "DATE", "2015-03-26"),
            a("Wednesday", "DATE", "2015-03-25"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after al-Anad was overrun"),
            a("Yesterday", "DATE", "2015-03-25"),
            a("Thursday", "DATE", "2015-03-26"),
        ],
        "not": ["100 warplanes", "150,000-strong"],
    },
    {
        "id": "ym-03", "published": "2015-03-30", "source": "Hadramawt Courier",
        "text": (
            "SANAA, March 30 (Hadramawt Courier) - An air strike hit a camp for displaced families near the "
            "northern town of Haradh on Monday, killing at least 40 people, the International Organization for "
            "Migration said, the deadliest single incident since Saudi-led warplanes began pounding Yemen on "
            "Thursday (March 26). Saudi officials said they were looking into the report on the Mazraq camp. "
            "At a summit in the Egyptian resort of Sharm el-Sheikh, Arab leaders agreed on Sunday to form a "
            "joint military force, a plan championed by President Abdel Fattah al-Sisi. Over the past four "
            "days, coalition jets have flown hundreds of sorties against the Iran-allied Houthis and the army "
            "units that side with them. Residents of the capital said explosions and anti-aircraft fire kept "
            "them awake."
        ),
        "gold": [
            a("March 30", "DATE", "2015-03-30"),
            a("Monday", "DATE", "2015-03-30"),
            a("Thursday (March 26)", "DATE", "2015-03-26"),
            a("Sunday", "DATE", "2015-03-29"),
            a("the past four days", "DURATION", "P4D", interval=iv("2015-03-26", "2015-03-30")),
        ],
        "not": ["at least 40", "hundreds of sorties"],
    },
    {
        "id": "ym-04", "published": "2015-04-01", "source": "Bab el-Mandeb Post",
        "text": (
            "GENEVA (Bab el-Mandeb Post) - The U.N. human rights office called on Wednesday for an inquiry into "
            "Monday's deadly strike on the Mazraq camp for displaced people in northern Yemen, where aid "
            "agencies say more than 40 people died. Six days into the Saudi-led bombing campaign, the U.N. "
            "children's agency said at least 62 children had been killed. The Houthis have pressed on in the "
            "south, and fighting reached the edge of Aden's Khor Maksar district this week. In Cairo, Egyptian "
            "officials said army chiefs would meet within a month to work out the shape of the joint Arab force "
            "endorsed at the weekend summit in Sharm el-Sheikh. Arab leaders had hailed Sunday's decision as a "
            "historic step. Pakistan's parliament will meet in a joint session on Monday to debate a Saudi "
            "request for troops."
        ),
        "gold": [
            a("Wednesday", "DATE", "2015-04-01"),
            a("Monday", "DATE", "2015-03-30"),
            a("Six days", "DURATION", "P6D", notes="event-relative: six days into the bombing campaign"),
            a("this week", "DATE", "2015-W14"),
            a("a month", "DURATION", "P1M"),
            a("the weekend", "DATE", "2015-W13-WE"),
            a("Sunday", "DATE", "2015-03-29"),
            a("Monday", "DATE", "2015-04-06", notes="future: the coming Monday"),
        ],
        "not": ["more than 40", "at least 62"],
    },
    {
        "id": "ym-05", "published": "2015-04-03", "source": "Arabian Sea Wire",
        "text": (
            "MUKALLA, Yemen, April 3 (Arabian Sea Wire) - Al Qaeda militants controlled much of the "
            "south-eastern port of Mukalla on Friday, a day after they stormed the city's central prison and "
            "freed some 300 inmates, among them a senior local leader of the group, residents said. Fighters "
            "of Al Qaeda in the Arabian Peninsula (AQAP) also took over the provincial administration building "
            "and a branch of the central bank yesterday, meeting little resistance. Security officials said "
            "soldiers had abandoned their posts overnight. The fall of the capital of Hadramawt province, a "
            "week after the Saudi-led air campaign against the Houthis began, shows how the war is letting the "
            "jihadists spread. Washington regards AQAP as the network's most dangerous branch and has long "
            "targeted its leaders with drones."
        ),
        "gold": [
            a("April 3", "DATE", "2015-04-03"),
            a("Friday", "DATE", "2015-04-03"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the prison was stormed"),
            a("yesterday", "DATE", "2015-04-02"),
            a("overnight", "TIME", "2015-04-02TNI"),
            a("a week", "DURATION", "P1W", notes="event-relative: a week after the air campaign began"),
        ],
        "not": ["some 300"],
    },
    {
        "id": "ym-06", "published": "2015-04-11", "source": "Gulf Ledger",
        "text": (
            "ISLAMABAD (Gulf Ledger) - Pakistan's parliament voted on Friday to stay neutral in the war in "
            "Yemen, rebuffing a Saudi request for soldiers, ships and aircraft to join the campaign against "
            "the Houthi rebels. The resolution, passed unanimously by a joint sitting of both houses after five "
            "days of debate, urged Prime Minister Nawaz Sharif's government to seek a ceasefire while pledging "
            "to defend Saudi territory if it came under threat. Gulf officials reacted with dismay on Saturday; "
            "a minister of the United Arab Emirates warned that Islamabad would pay a heavy price for its "
            "ambiguous stand. In Yemen, Al Qaeda fighters tightened their grip on Mukalla, which they overran "
            "last week. Coalition jets kept up their strikes on the 17th day of the operation.\nViews: 1,873"
        ),
        "gold": [
            a("Friday", "DATE", "2015-04-10"),
            a("five days", "DURATION", "P5D"),
            a("Saturday", "DATE", "2015-04-11"),
            a("last week", "DATE", "2015-W14"),
            a("17th day", "DURATION", "P1D", optional_value=True,
              notes="event-relative: the operation's 17th day is 11 April, so it began on 26 March"),
        ],
        "not": ["1,873"],
    },
    {
        "id": "ym-07", "published": "2015-04-15", "source": "Bab el-Mandeb Post",
        "text": (
            "UNITED NATIONS, April 15 (Bab el-Mandeb Post) - The U.N. Security Council imposed an arms "
            "embargo on the leaders of Yemen's Houthi movement on Tuesday and demanded that the group pull out "
            "of Sanaa and other areas it has seized since last year. Resolution 2216, drafted by the Gulf Arab "
            "states, passed with 14 votes in favour; Russia abstained after its call for humanitarian pauses in "
            "the bombing was turned down. The measure also targets Ahmed Ali Saleh, the son of the former "
            "president, who commanded the Republican Guard. Saudi Arabia welcomed the vote, which came nearly "
            "three weeks into its air campaign. In Islamabad, officials were still trying to limit the damage "
            "from Friday's vote by lawmakers against sending troops."
        ),
        "gold": [
            a("April 15", "DATE", "2015-04-15"),
            a("Tuesday", "DATE", "2015-04-14"),
            a("last year", "DATE", "2014"),
            a("nearly three weeks", "DURATION", "P3W", mod="LESS_THAN",
              notes="event-relative: nearly three weeks into the air campaign"),
            a("Friday", "DATE", "2015-04-10"),
        ],
        "not": ["2216", "14 votes"],
    },
    {
        "id": "ym-08", "published": "2015-04-22", "source": "Hadramawt Courier",
        "text": (
            "RIYADH (Hadramawt Courier) - Saudi Arabia announced late on Tuesday that it was ending Operation "
            "Decisive Storm, saying nearly four weeks of air strikes had destroyed the heavy weapons and "
            "ballistic missiles that threatened the kingdom. A coalition spokesman, Brigadier General Ahmed "
            "Asiri, said a new phase, Restoring Hope, would focus on a political settlement, aid and the "
            "protection of civilians, though the alliance kept the right to hit rebel movements. Yet warplanes "
            "struck Houthi positions around Taiz today. The announcement followed a huge blast on Monday at a "
            "missile depot on Faj Attan hill in Sanaa that killed at least 25 people. Last week's Security "
            "Council resolution had ordered the Houthis to give up the territory they hold. Iran welcomed the "
            "halt."
        ),
        "gold": [
            a("Tuesday", "DATE", "2015-04-21"),
            a("nearly four weeks", "DURATION", "P4W", mod="LESS_THAN"),
            a("today", "DATE", "2015-04-22"),
            a("Monday", "DATE", "2015-04-20"),
            a("Last week", "DATE", "2015-W16"),
        ],
        "not": ["at least 25"],
    },
    {
        "id": "ym-09", "published": "2015-04-24", "source": "Arabian Sea Wire",
        "text": (
            "DUBAI, April 24 (Arabian Sea Wire) - Yemen's exiled government insisted on Friday that the "
            "Houthis must withdraw from the cities they hold before any peace talks, three days after Riyadh "
            "called a halt to its Decisive Storm air offensive. The coalition has flown more than 2,400 sorties "
            "since the bombing began on March 26, a day after Houthi forces captured the al-Anad base. The World "
            "Health Organization says over 1,000 people have been killed in the past four weeks. Strikes have "
            "continued under the new operation, which Saudi officials described on Tuesday as a shift towards "
            "politics. Hadi, who has been in Riyadh since the raids began, named his prime minister, Khaled "
            "Bahah, as vice president earlier this month."
        ),
        "gold": [
            a("April 24", "DATE", "2015-04-24"),
            a("Friday", "DATE", "2015-04-24"),
            a("three days", "DURATION", "P3D", notes="event-relative: three days after the halt was called"),
            a("March 26", "DATE", "2015-03-26"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after al-Anad was captured"),
            a("the past four weeks", "DURATION", "P4W", interval=iv("2015-03-27", "2015-04-24")),
            a("Tuesday", "DATE", "2015-04-21"),
            a("earlier this month", "DATE", "2015-04"),
        ],
        "not": ["more than 2,400 sorties", "over 1,000"],
    },
]

YEMEN_EVENTS: list[dict[str, Any]] = [
    {"name": "Houthis seize the al-Anad air base",
     "keywords": ["seiz", "captur", "overran", "fall", "anad"],
     "docs": ["ym-01", "ym-02"], "start": ["2015-03-25", "2015-03-25"]},
    {"name": "Saudi-led air campaign (Decisive Storm) begins",
     "keywords": ["bomb", "strike", "campaign", "offensive", "began", "raids", "pounding", "decisive storm",
                  "operation"],
     "docs": ["ym-02", "ym-03", "ym-09"], "start": ["2015-03-26", "2015-03-26"]},
    {"name": "Arab League summit agrees on a joint Arab force",
     "keywords": ["joint", "force", "summit", "agreed", "decision", "endorsed"],
     "docs": ["ym-03", "ym-04"], "start": ["2015-03-29", "2015-03-29"]},
    {"name": "air strike on the Mazraq camp for displaced people",
     "keywords": ["strike", "camp", "mazraq", "hit", "killing"],
     "docs": ["ym-03", "ym-04"], "start": ["2015-03-30", "2015-03-30"]},
    {"name": "AQAP storms Mukalla and its prison",
     "keywords": ["storm", "prison", "took over", "overran", "mukalla", "freed", "fall"],
     "docs": ["ym-05", "ym-06"], "start": ["2015-04-02", "2015-04-02"]},
    {"name": "Pakistan's parliament votes to stay neutral",
     "keywords": ["vote", "resolution", "parliament", "neutral", "rebuff", "lawmakers"],
     "docs": ["ym-06", "ym-07"], "start": ["2015-04-10", "2015-04-10"]},
    {"name": "Security Council resolution 2216 (arms embargo)",
     "keywords": ["embargo", "resolution", "vote", "security council", "imposed", "passed"],
     "docs": ["ym-07", "ym-08"], "start": ["2015-04-14", "2015-04-14"]},
    {"name": "end of Decisive Storm announced (Restoring Hope)",
     "keywords": ["end", "halt", "announc", "restoring hope", "decisive storm"],
     "docs": ["ym-08", "ym-09"], "start": ["2015-04-21", "2015-04-21"]},
]

# ---------------------------------------------------------------------------------------------------
TURKEY: list[dict[str, Any]] = [
    {
        "id": "tk-01", "published": "2016-07-16", "source": "Marmara Wire",
        "text": (
            "ISTANBUL, July 16 (Marmara Wire) - Turkish authorities rounded up thousands of soldiers on "
            "Saturday after loyalist forces and crowds of civilians crushed an attempted military coup against "
            "President Tayyip Erdogan overnight. At least 161 people were killed and more than 1,400 wounded, "
            "the prime minister's office said, and 2,839 soldiers had been detained. The country's top judicial "
            "board removed 2,745 judges and prosecutors from their posts later on Saturday. Rebel officers sent "
            "tanks into the streets of Ankara and blocked the bridges over the Bosphorus in Istanbul late on "
            "Friday, while jets screamed low over the capital and the parliament building was bombed. Erdogan, "
            "who was on holiday on the south-west coast, urged his supporters by video call to take to the "
            "streets. He blamed the U.S.-based cleric Fethullah Gulen, who denied any role."
        ),
        "gold": [
            a("July 16", "DATE", "2016-07-16"),
            a("Saturday", "DATE", "2016-07-16"),
            a("overnight", "TIME", "2016-07-15TNI"),
            a("Saturday", "DATE", "2016-07-16"),
            a("Friday", "DATE", "2016-07-15"),
        ],
        "not": ["At least 161", "more than 1,400", "2,839"],
    },
    {
        "id": "tk-02", "published": "2016-07-17", "source": "Galata Courier",
        "text": (
            "ANKARA (Galata Courier) - Turkey widened its crackdown on Sunday after Friday night's failed coup, "
            "detaining a military aide to President Erdogan and the commander of the Incirlik air base, from "
            "which U.S. jets strike Islamic State. The justice minister said about 6,000 people were in custody. "
            "Yesterday's dismissal of 2,745 judges and prosecutors, announced within hours of the putsch "
            "collapsing, has fuelled suspicion among Western allies that lists had been drawn up in advance. At "
            "funerals for some of the 290 people killed, mourners chanted for the death penalty, and Erdogan "
            "told a crowd in Istanbul that parliament could consider bringing it back. Power to Incirlik was cut "
            "on Saturday and Turkish airspace was closed to American aircraft flying from the base."
        ),
        "gold": [
            a("Sunday", "DATE", "2016-07-17"),
            a("Friday night", "TIME", "2016-07-15TNI"),
            a("Yesterday", "DATE", "2016-07-16"),
            a("hours", "DURATION", "PXH", optional_value=True, notes="'within hours': vague duration"),
            a("Saturday", "DATE", "2016-07-16"),
        ],
        "not": ["about 6,000", "290"],
    },
    {
        "id": "tk-03", "published": "2016-07-19", "source": "Golden Horn Post",
        "text": (
            "ISTANBUL, July 19 (Golden Horn Post) - Turkey suspended 15,200 education ministry employees and "
            "ordered 1,577 university deans to resign on Tuesday, extending a purge that has swept through the "
            "army, the police and the courts in the four days since the abortive coup. The higher education "
            "board, YOK, said the deans of state and private universities alike must step down, while the "
            "ministry said it had opened investigations into the suspended staff. Some 8,000 police officers "
            "were removed from duty on Monday. Ankara said it had sent Washington files backing its demand for "
            "the extradition of Fethullah Gulen, whom it accuses of masterminding Friday's uprising. The cleric, "
            "who has lived in self-imposed exile in Pennsylvania since 1999, says he is the victim of a plot."
        ),
        "gold": [
            a("July 19", "DATE", "2016-07-19"),
            a("Tuesday", "DATE", "2016-07-19"),
            a("the four days", "DURATION", "P4D", notes="event-relative: the four days since the coup"),
            a("Monday", "DATE", "2016-07-18"),
            a("Friday", "DATE", "2016-07-15"),
            a("1999", "DATE", "1999"),
        ],
        "not": ["15,200", "1,577", "Some 8,000"],
    },
    {
        "id": "tk-04", "published": "2016-07-21", "source": "Marmara Wire",
        "text": (
            "ANKARA (Marmara Wire) - President Tayyip Erdogan declared a three-month state of emergency late on "
            "Wednesday, giving himself and the cabinet the power to rule by decree as they pursue those behind "
            "last week's failed coup. Speaking after a marathon meeting of the National Security Council at his "
            "palace, Erdogan said the measure was not aimed at democracy and would let the state move faster "
            "against what he called the terrorists of Gulen's network. Parliament is expected to approve the "
            "decision today. The announcement came a day after the government suspended more than 15,000 "
            "teachers and education officials and demanded the resignations of every university dean in the "
            "country. The lira slid, and Standard & Poor's cut Turkey's credit rating deeper into junk "
            "territory on Wednesday."
        ),
        "gold": [
            a("three-month", "DURATION", "P3M"),
            a("Wednesday", "DATE", "2016-07-20"),
            a("last week", "DATE", "2016-W28"),
            a("today", "DATE", "2016-07-21"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the education purge"),
            a("Wednesday", "DATE", "2016-07-20"),
        ],
        "not": ["more than 15,000"],
    },
    {
        "id": "tk-05", "published": "2016-07-22", "source": "Galata Courier",
        "text": (
            "ANKARA, July 22 (Galata Courier) - Turkey's parliament approved a state of emergency on Thursday, "
            "a day after President Erdogan declared it, opening the way to nationwide rule by decree for the "
            "first time since emergency rule was lifted in the Kurdish south-east in 2002. The ruling AK Party "
            "and the nationalist MHP voted in favour, while the main opposition CHP and the pro-Kurdish HDP "
            "opposed the measure. Deputy Prime Minister Numan Kurtulmus said Turkey would suspend parts of the "
            "European Convention on Human Rights during the emergency, as France had done after the Paris "
            "attacks. More than 10,000 people have been detained in the crackdown. Erdogan said he hoped the "
            "emergency could be lifted within a month or six weeks. European leaders urged restraint."
        ),
        "gold": [
            a("July 22", "DATE", "2016-07-22"),
            a("Thursday", "DATE", "2016-07-21"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the emergency was declared"),
            a("2002", "DATE", "2002"),
            a("a month", "DURATION", "P1M"),
            a("six weeks", "DURATION", "P6W"),
        ],
        "not": ["More than 10,000"],
    },
    {
        "id": "tk-06", "published": "2016-07-28", "source": "Golden Horn Post",
        "text": (
            "ISTANBUL (Golden Horn Post) - Turkey ordered the closure of three news agencies, 16 television "
            "channels, 45 newspapers and dozens of radio stations, magazines and publishers late on Wednesday, "
            "in the first emergency decrees aimed squarely at the media. The same decrees dishonourably "
            "discharged 1,684 members of the armed forces, among them 149 generals and admirals. Most of the "
            "shuttered outlets were accused of ties to Fethullah Gulen's movement. Press freedom groups said the "
            "closures went far beyond the plotters of the July 15 putsch. The emergency powers, which lawmakers "
            "endorsed in last week's vote, let the government bypass parliament. Over the past 12 days, police "
            "have detained more than 15,000 people. The Supreme Military Council met today in Ankara, earlier "
            "than usual."
        ),
        "gold": [
            a("Wednesday", "DATE", "2016-07-27"),
            a("July 15", "DATE", "2016-07-15"),
            a("last week", "DATE", "2016-W29"),
            a("the past 12 days", "DURATION", "P12D", interval=iv("2016-07-16", "2016-07-28")),
            a("today", "DATE", "2016-07-28"),
        ],
        "not": ["1,684", "149 generals", "more than 15,000"],
    },
    {
        "id": "tk-07", "published": "2016-07-29", "source": "Marmara Wire",
        "text": (
            "ANKARA, July 29 (Marmara Wire) - Journalists and rights groups protested on Friday against the "
            "closure of more than 130 media outlets ordered by decree on Wednesday, the most sweeping step yet "
            "in a purge that began two weeks ago when rogue officers tried to seize power. Among the titles shut "
            "down was Zaman, the newspaper placed under state control in March. Since the state of emergency was "
            "declared nine days ago, decrees have also closed 1,043 private schools and some 1,200 charities. "
            "The Supreme Military Council, meeting on Thursday, kept the chief of the general staff, Hulusi "
            "Akar, in his post. Brussels warned that the crackdown endangered Turkey's bid to join the European "
            "Union. Erdogan accused Western officials of siding with the plotters."
        ),
        "gold": [
            a("July 29", "DATE", "2016-07-29"),
            a("Friday", "DATE", "2016-07-29"),
            a("Wednesday", "DATE", "2016-07-27"),
            a("two weeks ago", "DATE", "2016-W28"),
            a("March", "DATE", "2016-03"),
            a("nine days ago", "DATE", "2016-07-20"),
            a("Thursday", "DATE", "2016-07-28"),
        ],
        "not": ["more than 130", "1,043", "some 1,200"],
    },
    {
        "id": "tk-08", "published": "2016-08-09", "source": "Galata Courier",
        "text": (
            "ST PETERSBURG, Russia (Galata Courier) - Tayyip Erdogan and Vladimir Putin pledged on Tuesday to "
            "restore trade and tourism links, meeting for the first time since Turkey shot down a Russian "
            "warplane near the Syrian border in November. It was the Turkish leader's first trip abroad since "
            "the July 15 coup attempt, and it came as his relations with the West have soured over the purge "
            "that followed. Putin said Moscow had been among the first to call Erdogan after the putsch. The "
            "visit followed a vast rally in Istanbul on Sunday, where more than a million flag-waving Turks "
            "gathered on the Yenikapi parade ground to denounce the plotters. The leaders of two opposition "
            "parties addressed the crowd alongside Erdogan. Talks on a gas pipeline under the Black Sea will "
            "resume, officials said."
        ),
        "gold": [
            a("Tuesday", "DATE", "2016-08-09"),
            a("November", "DATE", "2015-11"),
            a("July 15", "DATE", "2016-07-15"),
            a("Sunday", "DATE", "2016-08-07"),
        ],
        "not": ["more than a million"],
    },
    {
        "id": "tk-09", "published": "2016-08-11", "source": "Golden Horn Post",
        "text": (
            "ISTANBUL, Aug. 11 (Golden Horn Post) - Turkey and Russia will set up a joint mechanism of military, "
            "intelligence and diplomatic officials to discuss Syria, the Turkish foreign minister said on "
            "Wednesday, a day after President Erdogan's talks with Vladimir Putin in St Petersburg. Tuesday's "
            "summit sealed a reconciliation that has unsettled NATO partners. Nearly four weeks after the failed "
            "coup, the government has detained, suspended or dismissed more than 60,000 soldiers, judges, civil "
            "servants and teachers. Erdogan, buoyed by Sunday's Democracy and Martyrs rally, where opposition "
            "leaders shared his stage, has vowed to uproot Gulen's network. Ankara has pressed Washington to "
            "extradite the cleric, a request U.S. officials say is still being reviewed.\nViews: 1,491"
        ),
        "gold": [
            a("Aug. 11", "DATE", "2016-08-11"),
            a("Wednesday", "DATE", "2016-08-10"),
            a("a day", "DURATION", "P1D", notes="event-relative: a day after the talks"),
            a("Tuesday", "DATE", "2016-08-09"),
            a("Nearly four weeks", "DURATION", "P4W", mod="LESS_THAN",
              notes="event-relative: nearly four weeks after the coup"),
            a("Sunday", "DATE", "2016-08-07"),
        ],
        "not": ["more than 60,000", "1,491"],
    },
]

TURKEY_EVENTS: list[dict[str, Any]] = [
    {"name": "attempted military coup crushed",
     "keywords": ["coup", "putsch", "uprising", "attempt", "crushed", "bombed", "tanks"],
     "docs": ["tk-01", "tk-02"], "start": ["2016-07-15", "2016-07-16"]},
    {"name": "2,745 judges and prosecutors removed",
     "keywords": ["judge", "removed", "dismissal", "prosecutor"],
     "docs": ["tk-01", "tk-02"], "start": ["2016-07-16", "2016-07-16"]},
    {"name": "education purge (staff suspended, deans told to resign)",
     "keywords": ["suspend", "dean", "teacher", "education", "resign"],
     "docs": ["tk-03", "tk-04"], "start": ["2016-07-19", "2016-07-19"]},
    {"name": "three-month state of emergency declared",
     "keywords": ["emergency", "declar"],
     "docs": ["tk-04", "tk-05", "tk-07"], "start": ["2016-07-20", "2016-07-20"]},
    {"name": "parliament approves the state of emergency",
     "keywords": ["approv", "parliament", "vote", "endorsed", "lawmakers"],
     "docs": ["tk-05", "tk-06"], "start": ["2016-07-21", "2016-07-21"]},
    {"name": "decrees close media outlets",
     "keywords": ["clos", "shut", "decree", "outlets", "media", "ordered"],
     "docs": ["tk-06", "tk-07"], "start": ["2016-07-27", "2016-07-27"]},
    {"name": "Yenikapi 'Democracy and Martyrs' rally",
     "keywords": ["rally", "gathered", "crowd", "yenikapi"],
     "docs": ["tk-08", "tk-09"], "start": ["2016-08-07", "2016-08-07"]},
    {"name": "Erdogan meets Putin in St Petersburg",
     "keywords": ["talks", "summit", "meeting", "met", "visit", "pledged", "putin"],
     "docs": ["tk-08", "tk-09"], "start": ["2016-08-09", "2016-08-09"]},
]

SETS = {"u10-yemen": (YEMEN, YEMEN_EVENTS), "u10-turkey": (TURKEY, TURKEY_EVENTS)}

# ---------------------------------------------------------------------------------------------------
INCONSISTENT: dict[str, dict[str, Any]] = {
    "u10-inc-yemen-weekday": {
        "docs": [
            {"id": "yx-1", "published": "2015-03-27", "source": "Arabian Sea Wire",
             "text": ("ADEN - Saudi-led warplanes began striking Houthi positions across Yemen on Wednesday "
                      "(March 26), hitting the airport in Sanaa and several army bases, the coalition said.")},
            {"id": "yx-2", "published": "2015-03-27", "source": "Gulf Ledger",
             "text": "DUBAI - A sandstorm delayed dozens of flights at the city's main airport on Thursday, officials said."},
        ],
        "must_name": ["yx-1"], "bystander": ["yx-2"], "codes": ["weekday-mismatch"],
        "note": "March 26, 2015 was a Thursday",
    },
    "u10-inc-turkey-weeks": {
        "docs": [
            {"id": "tw-1", "published": "2016-07-21", "source": "Marmara Wire",
             "text": ("ANKARA, July 21 (Marmara Wire) - President Tayyip Erdogan declared a three-month state of "
                      "emergency on Wednesday (July 20), five days after a failed coup attempt, his office said.")},
            {"id": "tw-2", "published": "2016-09-28", "source": "Galata Courier",
             "text": ("ISTANBUL - Barely two weeks into Turkey's state of emergency, tens of thousands of public "
                      "servants have been suspended or detained, the interior ministry said on Wednesday.")},
            {"id": "tw-3", "published": "2016-09-28", "source": "Galata Courier",
             "text": "IZMIR - The city's new ferry terminal opened to passengers on Tuesday, the mayor said."},
        ],
        "must_name": ["tw-1", "tw-2"], "bystander": ["tw-3"], "codes": [],
        "note": "declared on 20 July, the emergency is 70 days old (its eleventh week) on 28 September, not two weeks",
    },
    "u10-inc-yemen-disagree": {
        "docs": [
            {"id": "yd-1", "published": "2015-03-26", "source": "Gulf Ledger",
             "text": ("RIYADH, March 26 (Gulf Ledger) - A Saudi-led coalition began air strikes on the Houthi rebels "
                      "in Yemen on Thursday (March 26), in an operation it called Decisive Storm, the kingdom "
                      "said.")},
            {"id": "yd-2", "published": "2015-04-15", "source": "Hadramawt Courier",
             "text": ("SANAA - The Saudi-led air campaign against the Houthis, which began on March 19, has destroyed "
                      "much of the rebels' heavy weaponry, a coalition spokesman said on Wednesday.")},
            {"id": "yd-3", "published": "2015-04-15", "source": "Hadramawt Courier",
             "text": "SANAA - Fuel shortages forced bakeries across the city to close on Tuesday, residents said."},
        ],
        "must_name": ["yd-1", "yd-2"], "bystander": ["yd-3"], "codes": [],
        "note": "26 March vs 19 March for the start of the Saudi-led air campaign",
    },
}


def check_facts() -> None:
    """The dates the texts rely on are what we say they are (guard against a gold that is itself wrong)."""
    def wd(s: str) -> str:
        return dt.date.fromisoformat(s).strftime("%A")

    def days(a: str, b: str) -> int:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days

    # consistent sets: weekdays named without a date in the text
    assert [wd(s) for s in ("2015-03-25", "2015-03-26", "2015-03-29", "2015-03-30", "2015-04-01")] == [
        "Wednesday", "Thursday", "Sunday", "Monday", "Wednesday"]
    assert [wd(s) for s in ("2015-04-02", "2015-04-03", "2015-04-06", "2015-04-10", "2015-04-11")] == [
        "Thursday", "Friday", "Monday", "Friday", "Saturday"]
    assert [wd(s) for s in ("2015-04-14", "2015-04-20", "2015-04-21", "2015-04-22", "2015-04-24")] == [
        "Tuesday", "Monday", "Tuesday", "Wednesday", "Friday"]
    assert [wd(s) for s in ("2016-07-15", "2016-07-16", "2016-07-17", "2016-07-18", "2016-07-19")] == [
        "Friday", "Saturday", "Sunday", "Monday", "Tuesday"]
    assert [wd(s) for s in ("2016-07-20", "2016-07-21", "2016-07-22", "2016-07-27", "2016-07-28")] == [
        "Wednesday", "Thursday", "Friday", "Wednesday", "Thursday"]
    assert [wd(s) for s in ("2016-07-29", "2016-08-07", "2016-08-09", "2016-08-10", "2016-08-11")] == [
        "Friday", "Sunday", "Tuesday", "Wednesday", "Thursday"]
    # ISO weeks: "last weekend" from Wed 25 March 2015 is 21-22 March (W12); "the weekend" and "this
    # week" from Wed 1 April are W13 (28-29 March) and W14; "last week" from Sat 11 April is W14 (the
    # fall of Mukalla on 2 April) and from Wed 22 April W16 (resolution 2216 on 14 April); "last week"
    # from Thu 21 July 2016 is W28 (the coup of 15 July) and from Thu 28 July W29 (the vote of 21 July)
    assert dt.date(2015, 3, 21).isocalendar()[:2] == (2015, 12)
    assert dt.date(2015, 3, 28).isocalendar()[:2] == (2015, 13) == dt.date(2015, 3, 25).isocalendar()[:2]
    assert dt.date(2015, 4, 2).isocalendar()[:2] == (2015, 14) == dt.date(2015, 4, 1).isocalendar()[:2]
    assert dt.date(2015, 4, 14).isocalendar()[:2] == (2015, 16)
    assert dt.date(2016, 7, 15).isocalendar()[:2] == (2016, 28)
    assert dt.date(2016, 7, 21).isocalendar()[:2] == (2016, 29)
    # campaign clues agree: the air campaign from Thursday 26 March 2015
    ds = "2015-03-26"
    assert days("2015-03-25", ds) == 1                                  # "a day after" al-Anad
    assert days(ds, "2015-04-01") == 6                                  # "Six days into"
    assert days(ds, "2015-04-02") == 7                                  # Mukalla "a week after ... began"
    assert days(ds, "2015-04-11") + 1 == 17                             # "the 17th day of the operation"
    assert 14 < days(ds, "2015-04-14") < 21                             # "nearly three weeks into"
    assert 21 < days(ds, "2015-04-21") < 28                             # "nearly four weeks of air strikes"
    assert days("2015-04-21", "2015-04-24") == 3                        # "three days after ... a halt"
    assert days("2015-04-06", "2015-04-10") + 1 == 5                    # "five days of debate" (6-10 April)
    # the coup attempt of Friday 15 July 2016
    cp = "2016-07-15"
    assert days(cp, "2016-07-19") == 4                                  # "the four days since"
    assert days("2016-07-19", "2016-07-20") == 1                        # emergency "a day after" the purge
    assert days("2016-07-20", "2016-07-21") == 1                        # approved "a day after"
    assert days(cp, "2016-07-29") == 14 and dt.date(2016, 7, 15).isocalendar()[:2] == (2016, 28)  # "two weeks ago"
    assert days("2016-07-20", "2016-07-29") == 9                        # "nine days ago"
    assert days("2016-08-09", "2016-08-10") == 1                        # "a day after" the talks
    assert 21 < days(cp, "2016-08-11") < 28                             # "Nearly four weeks after"
    # inconsistent variants: the inconsistency is real
    assert wd("2015-03-26") == "Thursday" and wd("2015-03-27") == "Friday"
    assert days(cp, "2016-07-20") == 5 and wd("2016-09-28") == "Wednesday"
    assert days("2016-07-20", "2016-09-28") == 70 and days("2016-07-20", "2016-09-28") // 7 + 1 == 11
    assert wd("2015-04-15") == "Wednesday"


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
    corpus.write_batch("u10-timeml", SETS, INCONSISTENT,
                       checks=[check_past_intervals, corpus.check_weeks, corpus.check_relative_days,
                               corpus.check_lengths])


if __name__ == "__main__":
    main()
