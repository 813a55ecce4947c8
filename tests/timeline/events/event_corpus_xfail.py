"""Entries of ``event_corpus.py`` the engine fails today (measured 2026-11-27, session 8; entries fixed in
the same session removed at its end).

Each reason is ``CLASS: cause | observed: what the build gave``; a fix turns the entry into an XPASS:
then delete its line here.  Classes are ranked in the session-8 QA report.
"""

from __future__ import annotations

from event_corpus_s9a import XFAIL_S9A
from event_corpus_s9b import XFAIL_S9B
from event_corpus_s9c import XFAIL_S9C
from event_corpus_s10a import XFAIL_S10A
from event_corpus_s10b import XFAIL_S10B
from event_corpus_s10c import XFAIL_S10C
from event_corpus_s10d import XFAIL_S10D
from event_corpus_s10e import XFAIL_S10E
from event_corpus_s11a import XFAIL_S11A
from event_corpus_s11b import XFAIL_S11B
from event_corpus_s11c import XFAIL_S11C
from event_corpus_s11d import XFAIL_S11D
from event_corpus_s12a import XFAIL_S12A
from event_corpus_s12b import XFAIL_S12B
from event_corpus_s12c import XFAIL_S12C
from event_corpus_s12d import XFAIL_S12D
from event_corpus_s13a import XFAIL_S13A
from event_corpus_s13b import XFAIL_S13B
from event_corpus_s13c import XFAIL_S13C
from event_corpus_s13d import XFAIL_S13D
from event_corpus_s13e import XFAIL_S13E
from event_corpus_s14a import XFAIL_S14A
from event_corpus_s14b import XFAIL_S14B
from event_corpus_s14c import XFAIL_S14C
from event_corpus_s14d import XFAIL_S14D

XFAIL: dict[str, str] = {
    "n-siege-early-september": (
        "GATE: 'siege' linked (begins) to early September, dropped: 'the town' is no target (and 'early' "
        "would give days 1-16) | observed: no events"
    ),
    "n-truce-announced": (
        "GATE: 'truce' linked 'after' Sunday (not on), then dropped: no actor | observed: no events"
    ),
    "r-said-had-begun": (
        "REPORTED: 'said on Thursday ... had begun' dated 'includes': start only bounded above "
        "(..Thursday) | observed: 'Turkey offensive in Euphrates'@..2019-10-10[1d]"
    ),
    "rel-airport-which-fell": (
        "RELCLAUSE: 'which fell to the paramilitaries' gives no mention ('fell' needs a named place "
        "subject) | observed: no events"
    ),
    "rel-bases-that-were-hit": (
        "RELCLAUSE: 'that were hit on Wednesday' gives no mention | observed: no events"
    ),
    "ar-a-day-after-seizure": (
        "LEX-NOUN: 'seizure' is no trigger, so 'A day after the seizure' dates nothing; 'air strikes' "
        "undated | observed: 'Militias seize airport'@2023-04-15[1d]"
    ),
    "ar-two-weeks-into-siege": (
        "EXTRACT: 'Two weeks into the siege of the hospital' is one P2W expression linked to no mention "
        "| observed: no events"
    ),
    "ar-since-start-of-siege": (
        "EXTRACT: extractor swallows 'Since the start of the siege on March' as one PXD expression; "
        "'March 1' lost | observed: no events"
    ),
    "ar-a-day-after-truce": (
        "EVENT-RELATIVE: 'a day after the truce took effect': truce not placed the day before Monday | "
        "observed: no events"
    ),
    "ar-days-after-shot-down": (
        "EVENT-RELATIVE: 'Four days after the airliner was shot down' (no other date): shot down "
        "undated, and dropped | observed: no events"
    ),
    "ar-week-after-withdrew": (
        "EVENT-RELATIVE: 'a week after Russian forces withdrew': withdrawal not placed a week before "
        "Tuesday | observed: no events"
    ),
    "ar-anniversary-of-invasion": (
        "EVENT-RELATIVE: 'second anniversary of the invasion on Saturday': Saturday linked 'on' to "
        "invasion (2024, not 2022), then dropped | observed: no events"
    ),
    "ar-days-after-ousted": (
        "EVENT-RELATIVE: passive 'was ousted' gives no mention; 'Three days after' dates nothing | "
        "observed: no events"
    ),
    "ar-month-after-dam": (
        "EVENT-RELATIVE: 'A month after the dam was destroyed': 'destroyed' found but undated | "
        "observed: no events"
    ),
    "pos-fridays-attacks": (
        "GATE: 'attacks' linked, dropped: place 'Paris' alone does not keep a one-document event | "
        "observed: no events"
    ),
    "co-entered-and-fled": (
        "COORD: second clause 'and the president fled the country' gives no mention | observed: 'Taliban "
        "enters Kabul'@2021-08-15[1d]"
    ),
    "nn-siege-of-mariupol": (
        "GRAIN: 'early March' read as March 1-16 (first half), not the first third | observed: 'Siege of "
        "Mariupol'@2022-03-01..2022-03-16[1d]"
    ),
    "arn-three-weeks-after-attack": (
        "EVENT-RELATIVE: 'three weeks after Hamas attacked southern Israel': the attack gets no "
        "event/date | observed: 'Ground offensive in Israel'@2023-10-27[1d]"
    ),
    "x-jet-crash-shot-down": (
        "DISASTER: 'crashed' is no trigger; 'shot down' dropped (no target): no event at all | observed: "
        "no events"
    ),
    "x-hostages-released-freed": (
        "RELCLAUSE: reduced relative 'The 13 hostages freed on Friday' gives no mention | observed: "
        "'Hamas releases 13 Israeli hostages'@2023-11-24[1d]"
    ),
    "x-earthquake-three-docs": (
        "DISASTER: 'earthquake' is no trigger in any of the three documents | observed: no events"
    ),
    "negn-page-header": (
        "FURNITURE: page header 'Updated Thursday, 12 May 2022 | Ukraine war live' dates the war on the "
        "update day | observed: 'Ukraine war'@2022-05-12[1d]"
    ),
    "ar-ten-days-into-war": (
        "GATE: a bare noun dated only by 'N days into' stays off (it may measure another telling of the war; "
        "tests/timeline/events/test_campaigns.py keeps one of two counteroffensives loose) | observed: no events"
    ),
    "ar-three-days-after-coup": (
        "GATE: the coup is dated only by the event-relative 'three days after the failed coup', and a bare noun "
        "dated only that way stays off (see ar-ten-days-into-war) | observed: 'Government arrests'@2016-07-18[1d]"
    ),
}
XFAIL.update(XFAIL_S9A)
XFAIL.update(XFAIL_S9B)
XFAIL.update(XFAIL_S9C)
XFAIL.update(XFAIL_S10A)
XFAIL.update(XFAIL_S10B)
XFAIL.update(XFAIL_S10C)
XFAIL.update(XFAIL_S10D)
XFAIL.update(XFAIL_S10E)
XFAIL.update(XFAIL_S11A)
XFAIL.update(XFAIL_S11B)
XFAIL.update(XFAIL_S11C)
XFAIL.update(XFAIL_S11D)
XFAIL.update(XFAIL_S12A)
XFAIL.update(XFAIL_S12B)
XFAIL.update(XFAIL_S12C)
XFAIL.update(XFAIL_S12D)
XFAIL.update(XFAIL_S13A)
XFAIL.update(XFAIL_S13B)
XFAIL.update(XFAIL_S13C)
XFAIL.update(XFAIL_S13D)
XFAIL.update(XFAIL_S13E)
XFAIL.update(XFAIL_S14A)
XFAIL.update(XFAIL_S14B)
XFAIL.update(XFAIL_S14C)
XFAIL.update(XFAIL_S14D)
