"""Event nouns that are events only in some wordings (split out of :mod:`._mentions`).

"strike" is an attack ("the drone strike on the clinic", "an overnight strike", "a Saudi strike",
"the strike, which killed ten") unless its words say it is a stoppage of work: a kind of stoppage
before it ("a general strike", "the hunger strike", "a nationwide strike", "teachers' strike"),
"on strike", a strike "by" or "of" workers, or a strike called, staged or ended (in war news an
attack is by far the likelier reading, so the stoppage is what must be shown). "offer" is a proposal only as the offer to do what the verb "offer"
does ("their offer to freeze the vote"), not "an offer of help" or "a job offer". "pause" and "halt"
are a truce or a suspension only as a pause or halt of fighting ("a pause in the shelling", "a halt
to air strikes", "a 48-hour pause", "a humanitarian pause", "ordered a halt"), not any stop ("after a
brief pause", "brought the advance to a halt", "ground to a halt"). "advance" is no advance as an adjective
("an advance team of monitors", "the advance party", "advance notice", "advance warning"); "in advance" never
gets here (:data:`._mentionrx.IDIOM` drops it first).
"victory" declared, proclaimed or claimed is the declaration's object, not a capture of its own ("declared
victory over the rebels in Kassala on Monday": the declaration is the event, and it takes the date).
"attempt" is a meeting only as an earlier or later round of talks the text has just told ("Opening the
consultations, ... An earlier attempt, in Geneva, never got started"), never an attempt to do something.
A capitalised "Victory" after a capitalised word is a name ("Operation Golden Victory").
"round" is a meeting only as a round of talks told by its place and its end or start ("a round in Doha broke
down", "the last round at Astana ended"), never a round of fire, voting or strikes.
"arrangement" is a deal only as one brokered, reached or struck ("an arrangement brokered by tribal elders",
"reached an arrangement with the rebels"), never a seating, security or living arrangement.
"release" is a release of people only as their release ("their release on Saturday", "the hostages' release",
"the release of the observers"), never a press release, a report's or a film's release, or a release of funds.
"removal" is a coup only as a leader's or a government's removal ("the army's removal of the president"),
never the removal of rubble, sanctions or troops; "downing" and "storming" only with what was downed or stormed
("the downing of a warplane", never "Downing Street"); "seizure" and "detention" only of something or someone
("Saturday's seizure of the airport", "his detention"), never a drug seizure, an epileptic seizure or "held in
detention"; "crash" only of an aircraft ("the helicopter crash", "the crash of the airliner"), never a market's;
a "flood" is water, never "a flood of refugees".
A "state of emergency" is an event noun only told by its age (see ``_EMERGENCIES``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline._events._civil import crime_charged
from timeline._events._lexicon import VerbEntry
from timeline._events._nps import prev_words
from timeline._events._rx import rx
from timeline._events._sense_gates import sense_licensed

__all__ = ["noun_licensed"]

_STRIKES = frozenset(["strike", "strikes"])
_OFFERS = frozenset(["offer", "offers"])
_ADVANCES = frozenset(["advance"])
# "an advance team", "the advance party", "advance notice": not a move forward
_ADVANCE_ADJ = r"\s+(?:[\w-]+\s+)?(?:teams?|party|parties|guards?|notice|warnings?|copy|copies|payments?|units?|" \
               r"elements?|detachments?|contingents?|groups?|mission|staff|planning|booking|tickets?|voting|polls?)\b"
_ROUNDS = frozenset(["round"])
_VICTORIES = frozenset(["victory"])
_ATTEMPTS = frozenset(["attempt"])
_ATTEMPT_OF = r"\b(?:an?|the)\s+(?:earlier|previous|first|second|third|last|latest|new|fresh|failed)\s+$"
_NOT_ATTEMPT = r"\s+(?:to|at|on|by|of|against)\b"
_TALKS_BEFORE = r"\b(?:talks|negotiations|consultations|peace\s+conference)\b"
_PROCLAIMED = r"\b(?:declar|proclaim|claim|announc)\w*\s+(?:(?:a|an|the|its|their|his|her|final|full|total|complete|" \
              r"formal|outright)\s+){0,2}$"
_ROUND_OF_TALKS = r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:(?:had|has|have|was|were)\s+)?" \
                  r"(?:broke\s+down|fell\s+apart|collapsed|ended|failed|stalled|opened|began|started|concluded)\b"
_STOPS = frozenset(["pause", "pauses", "halt", "halts"])
_RELEASES = frozenset(["release"])
_ARRANGEMENTS = frozenset(["arrangement"])
_ARRANGED_BEFORE = r"\b(?:reach(?:ed|es)?|agree(?:d|s)?\s+(?:on|to)|str(?:uck|ike|ikes)|broker(?:ed|s)?|negotiat(?:ed|es)|" \
                   r"work(?:ed|s)?\s+out|seal(?:ed|s)?|under)\s+(?:an?|the|this|that)\s+(?:[\w-]+\s+)?$"
_ARRANGED_AFTER = r"\s*,?\s+(?:(?:that\s+|which\s+)?(?:was|were|had\s+been)\s+)?(?:brokered|mediated|negotiated|reached|" \
                  r"agreed|struck|worked\s+out|sealed)\b|\s+(?:with|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" \
                  r"(?:rebels|militants|fighters|government|army|forces|group|elders|sides)\b"
_PEOPLE = r"(?:hostages?|prisoners?|captives?|detainees?|observers?|inspectors?|monitors?|journalists?|reporters?|" \
          r"workers?|nuns?|priests?|pilots?|airm[ae]n|crew|sailors?|soldiers?|servicem[ae]n|officers?|policem[ae]n|" \
          r"abductees?|civilians|children|women|passengers|tourists|diplomats?|missionar(?:y|ies)|peacekeepers?)"
# "their release", "his release", "the hostages' release", "the inspectors' early release"
_WHOSE_RELEASE = r"\b(?:their|his|her|whose|" + _PEOPLE + r"'s?|" + _PEOPLE + r"')\s+(?:[\w-]+\s+)?$"
_RELEASE_OF = r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|\d+\s+|[\w-]+\s+)?(?:[\w-]+\s+){0,2}?" + _PEOPLE + r"\b"
_FIGHTING = r"(?:fighting|shelling|bombing|bombardment|hostilities|strikes|air\s*strikes|attacks|raids|offensive|" \
            r"operations?|combat|clashes|violence|war|assault|advance|campaign)"
_STOP_OF = r"\s+(?:in|to|of|on)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?" + _FIGHTING + r"\b"
_STOP_KIND = r"(?:humanitarian|\d+-(?:hour|day|week)|[a-z]+-(?:hour|day|week)|temporary|brief\s+humanitarian)\s+$"
_STOP_CALLED = r"\b(?:order(?:s|ed)?|agree(?:s|d)?\s+(?:on|to)|announc(?:es|ed)?|declar(?:es|ed)?|call(?:s|ed)?\s+for|" \
               r"propos(?:es|ed)?|observ(?:es|ed)?|broke|break(?:s)?|extend(?:s|ed)?)\s+(?:a|an|the|its|their)\s+$"
# a stoppage of work: its kind before the noun, "on strike", a strike by workers, a strike called or staged
_LABOUR_KIND = frozenset(["general", "hunger", "labour", "labor", "nationwide", "national", "rail", "wildcat",
                          "sit-down", "workers", "workers'", "teachers", "teachers'", "doctors", "doctors'", "dockers",
                          "miners", "miners'", "transport", "one-day", "two-day", "three-day", "indefinite", "token",
                          "postal", "student", "students'", "union", "public-sector", "strike"])
_LABOUR_BEFORE = r"(?:\bon|\b(?:call(?:s|ed|ing)?|stag(?:e|es|ed|ing)|end(?:s|ed|ing)?|join(?:s|ed|ing)?)" \
                 r"(?:\s+(?:a|an|the|their|its|his|her))?(?:\s+[\w'-]+)?)\s+$"
_LABOUR_AFTER = r"\s+(?:by|of)\s+(?:[\w'-]+\s+){0,2}?(?:workers|employees|staff|teachers|doctors|nurses|dockers|" \
                r"miners|drivers|unions?|students|lawyers|pilots)\b|\s+action\b"


_OF_WHAT = r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+|\d+\s+|two\s+|three\s+)?\S"
_WHOSE = r"(?:\b(?:their|his|her|its)|['\u2019]s?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['\u2019]s)\s+(?:[\w-]+\s+)?$"
_OF_OBJECT = frozenset(["downing", "storming", "seizure", "detention"])
_REMOVED = r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:president|prime\s+minister|premier|leader|" \
           r"government|regime|king|emir|ruler|head\s+of\s+state|dictator|junta|cabinet|[A-Z][\w'-]+)\b"
_AIRCRAFT = r"(?:plane|jet|airliner|aircraft|helicopter|chopper|airplane|flight|drone|warplane|bomber)"
_AIR_CRASH_BEFORE = r"\b" + _AIRCRAFT + r"s?\s+$"
_AIR_CRASH_OF = r"\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?" + _AIRCRAFT + r"\b|\s+of\s+(?:the\s+)?[A-Z][\w-]*\s+Airlines\b|\s+of\s+flight\b"
_NOT_WATER = r"\s+of\s"
_DEMANDABLE = frozenset(["resignation", "resignations", "removal", "overthrow"])
_DEMANDED = r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|" \
            r"push(?:es|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|refus(?:e|es|ed|ing)|rul(?:e|es|ed|ing)\s+out|" \
            r"reject(?:s|ed|ing)?|plot(?:s|ted|ting)?|plan(?:s|ned|ning)?|wants?|wanted|threaten(?:s|ed|ing)?)\s+" \
            r"(?:(?:the|his|her|their|its|[\w-]+['\u2019]s?|[\w-]+)\s+){0,3}$"
_PROTESTS = frozenset(["protests", "demonstrations"])
_DURING = r"\b(?:days|weeks|months|years|decades)\s+of\s+(?:[\w-]+\s+){0,2}$"

# "state of emergency" is an event noun only told by its age ("two weeks into Turkey's state of emergency", "the state
# of emergency, now in its third week"); declared, it is the object of its proclamation ("declared a state of
# emergency on Monday": the declaring verb is the event), and so for any other verb ("parliament approved a state of
# emergency on Thursday")
_EMERGENCIES = frozenset(["state of emergency", "emergency rule"])
_INTO_EMERGENCY = r"\binto\s+(?:(?:the|its|their|[\w-]+['\u2019]s)\s+)(?:[\w-]+\s+)?$"
_AGED_EMERGENCY = r"\s*,?\s+(?:(?:now|already|still)\s+)?in\s+(?:its|their)\s+\w+\s+(?:day|week|month)"


def noun_licensed(text: str, s: int, e: int, form: str, verbs: Iterable[tuple[VerbEntry, bool]]) -> bool:
    """Whether the noun form at ``[s, e)`` may be an event noun here (always, unless it is one of the gated forms)."""
    said = sense_licensed(text, s, e, form)  # exchanges of people, peace plans, "prisoners of war", "without a fight"
    if said is not None:
        return said
    if crime_charged(text, s):
        return False  # "acquitted of the killing of protesters": the crime named by a charge or verdict
    if form in _STRIKES:
        prev = prev_words(text, s, 1)
        if prev and prev[0].lower() in _LABOUR_KIND:
            return False
        return rx(_LABOUR_BEFORE, re.IGNORECASE).search(text, max(0, s - 40), s) is None and \
            rx(_LABOUR_AFTER, re.IGNORECASE).match(text, e) is None
    if form in _STOPS:
        return rx(_STOP_OF, re.IGNORECASE).match(text, e) is not None \
            or rx(_STOP_KIND, re.IGNORECASE).search(text, max(0, s - 30), s) is not None \
            or rx(_STOP_CALLED, re.IGNORECASE).search(text, max(0, s - 40), s) is not None
    if form in _ARRANGEMENTS:
        return rx(_ARRANGED_BEFORE, re.IGNORECASE).search(text, max(0, s - 40), s) is not None \
            or rx(_ARRANGED_AFTER, re.IGNORECASE).match(text, e) is not None
    if form in _OF_OBJECT:
        if text[s].isupper() and s > 0 and not rx(r"(?:^|[.!?]\s+)$").search(text, max(0, s - 3), s):
            return False  # a name: "Downing Street"
        return rx(_OF_WHAT).match(text, e) is not None or (
            form in {"seizure", "detention"} and rx(_WHOSE, re.IGNORECASE).search(text, max(0, s - 30), s) is not None)
    if form in _DEMANDABLE and rx(_DEMANDED, re.IGNORECASE).search(text, max(0, s - 50), s):
        return False  # "to demand the president's resignation": asked for, not (yet) done
    if form in _PROTESTS and rx(_DURING, re.IGNORECASE).search(text, max(0, s - 40), s):
        return False  # "after months of street protests": a background, not an event of one day
    if form in _EMERGENCIES:
        return rx(_INTO_EMERGENCY, re.IGNORECASE).search(text, max(0, s - 60), s) is not None \
            or rx(_AGED_EMERGENCY, re.IGNORECASE).match(text, e) is not None
    if form == "removal":
        return rx(_REMOVED).match(text, e) is not None
    if form == "crash":
        return rx(_AIR_CRASH_BEFORE, re.IGNORECASE).search(text, max(0, s - 20), s) is not None \
            or rx(_AIR_CRASH_OF, re.IGNORECASE).match(text, e) is not None
    if form in {"flood", "floods"}:
        return rx(_NOT_WATER).match(text, e) is None
    if form in _RELEASES:
        return rx(_WHOSE_RELEASE, re.IGNORECASE).search(text, max(0, s - 40), s) is not None \
            or rx(_RELEASE_OF, re.IGNORECASE).match(text, e) is not None
    if form in _ADVANCES:
        return rx(_ADVANCE_ADJ, re.IGNORECASE).match(text, e) is None
    if form in _ATTEMPTS:
        return rx(_ATTEMPT_OF, re.IGNORECASE).search(text, max(0, s - 30), s) is not None \
            and rx(_NOT_ATTEMPT, re.IGNORECASE).match(text, e) is None \
            and rx(_TALKS_BEFORE, re.IGNORECASE).search(text, max(0, s - 300), s) is not None
    if form in _VICTORIES:
        if text[s].isupper() and rx(r"[A-Z][\w'-]*\s+$").search(text, max(0, s - 30), s):
            return False  # a name: "called the offensive Golden Victory", "Operation Decisive Victory"
        if rx(r"\s+[A-Z]").match(text, e):
            return False  # a name: "Victory Monument", "Victory Day"
        return rx(_PROCLAIMED, re.IGNORECASE).search(text, max(0, s - 45), s) is None
    if form in _ROUNDS:
        return rx(_ROUND_OF_TALKS).match(text, e) is not None
    if form in _OFFERS:
        return any(v.type == "proposal" and v.needs is not None and rx(v.needs).match(text, e) for v, _ in verbs)
    return True
