"""The trigger lexicon: words that name events, grouped into event types.

Verbal triggers list their surface forms (the past forms separately: they set the clause's tense);
nominal triggers list singular and plural.  *Aspectual* verbs (launch, begin, end, last) do not name
an event themselves: they lend a time to the nominal trigger they govern ("launched an offensive on
Saturday" dates the offensive's start).  *Reporting* verbs (said, told) absorb the date of the
report, so that "officials said on Saturday" does not date whatever the officials talk about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ANAPHOR_ONLY",
    "ASPECT",
    "CAMPAIGN_NOUNS",
    "NOMINAL",
    "OFFENSIVE_FAMILY",
    "REPORTING",
    "VERBAL",
    "VerbEntry",
    "present_3sg",
    "trigger_pattern",
]


@dataclass(frozen=True)
class VerbEntry:
    """A verbal trigger: its event type, lemma, present forms and past forms."""

    type: str
    lemma: str
    forms: tuple[str, ...]
    past: tuple[str, ...]
    needs: str | None = None  # a regex the words right after the trigger must match


def _v(type_: str, lemma: str, forms: str, past: str, needs: str | None = None) -> VerbEntry:
    return VerbEntry(type_, lemma, tuple(forms.split()), tuple(past.split()), needs)


VERBAL: tuple[VerbEntry, ...] = (
    _v("capture", "seize", "seize seizes seizing", "seized"),
    _v("capture", "capture", "capture captures capturing", "captured"),
    _v("capture", "retake", "retake retakes retaking", "retook retaken"),
    _v("capture", "recapture", "recapture recaptures recapturing", "recaptured"),
    _v("capture", "liberate", "liberate liberates liberating", "liberated"),
    _v("capture", "overrun", "overrun overruns overrunning", "overran"),
    _v("capture", "take", "take takes taking", "took taken",
       r"\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)\s+(?:the\s+)?(?:[A-Z]|(?:(?:last|remaining|whole|"
       r"entire|key)\s+)?(?:town|city|village|district|area|region|province|dam|airport|base|bridge|border|"
       r"neighbou?rhood|quarter|centre|center|positions?)\b)|\s+[A-Z]|\s+(?:the\s+)?(?:(?:last|remaining|final|key|strategic)\s+)?"
       r"(?:[A-Z][\w'-]*\s+)?(?:positions?|districts?|neighbou?rhoods?|towns?|city|villages?|areas?|bastions?|"
       r"strongholds?|airport|dam|base|bridge)\b"),
    _v("capture", "fall", "fall falls falling", "fell fallen", r"\s+to\b"),
    _v("capture", "drive", "drive drives driving", "drove driven", r"\s+(?:\w+\s+){0,4}?(?:from|out)\b"),
    _v("withdrawal", "withdraw", "withdraw withdraws withdrawing", "withdrew withdrawn"),
    _v("withdrawal", "retreat", "retreat retreats retreating", "retreated"),
    _v("withdrawal", "pull out", "pull pulls pulling", "pulled", r"\s+(?:out|back)\b"),
    _v("withdrawal", "leave", "leave leaves leaving", "left", r"\s+(?:the\s+)?[A-Z]"),
    _v("meeting", "meet", "meet meets meeting", "met"),
    _v("warning", "warn", "warn warns warning", "warned"),
    _v("repel", "repel", "repel repels repelling", "repelled"),
    _v("repel", "fend off", "fend fends fending", "fended", r"\s+off\b"),
    _v("repel", "repulse", "repulse repulses repulsing", "repulsed"),
    _v("kill", "kill", "kill kills killing", "killed"),
    _v("attack", "attack", "attack attacks attacking", "attacked"),
    _v("attack", "storm", "storm storms storming", "stormed"),
    _v("attack", "strike", "strike strikes striking", "struck"),
    _v("attack", "bomb", "bomb bombs bombing", "bombed"),
    _v("attack", "shell", "shell shells shelling", "shelled"),
    _v("advance", "advance", "advance advances advancing", "advanced"),
    _v("advance", "push", "push pushes pushing", "pushed", r"\s+(?:\w+\s+){0,2}?(?:into|towards?|through)\b"),
    _v("advance", "enter", "enter enters entering", "entered"),
    _v("advance", "cross", "cross crosses crossing", "crossed"),
    _v("advance", "close in", "close closes closing", "closed", r"\s+in\b"),
    _v("advance", "inch", "inch inches inching", "inched"),
    _v("encirclement", "encircle", "encircle encircles encircling", "encircled"),
    _v("encirclement", "besiege", "besiege besieges besieging", "besieged"),
    _v("encirclement", "surround", "surround surrounds surrounding", "surrounded"),
    _v("breach", "breach", "breach breaches breaching", "breached"),
    _v("proclamation", "proclaim", "proclaim proclaims proclaiming", "proclaimed"),
    _v("proclamation", "declare", "declare declares declaring", "declared"),
    _v("join", "join", "join joins joining", "joined"),
    _v("formation", "form", "form forms forming", "formed", r"\s+(?:when|after|in|to|by)\b"),
    _v("visit", "visit", "visit visits visiting", "visited", r"\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:city|town|[A-Z])"),
    _v("evacuation", "evacuate", "evacuate evacuates evacuating", "evacuated"),
    _v("veto", "veto", "veto vetoes vetoing", "vetoed"),
)

#: Aspectual verbs: lemma -> the relation they give the nominal trigger they govern.
ASPECT: dict[str, tuple[tuple[str, ...], str]] = {
    "launch": (("launch", "launches", "launching", "launched"), "begins"),
    "begin": (("begin", "begins", "beginning", "began", "begun"), "begins"),
    "start": (("start", "starts", "starting", "started"), "begins"),
    "open": (("opens", "opened"), "begins"),
    "end": (("end", "ends", "ending", "ended"), "ends"),
    "conclude": (("conclude", "concludes", "concluded"), "ends"),
    "finish": (("finish", "finishes", "finished"), "ends"),
    "last": (("lasts", "lasted"), "lasts"),
}
ASPECT_PAST = frozenset({"launched", "began", "begun", "started", "opened", "ended", "concluded", "finished",
                         "lasted"})

REPORTING: frozenset[str] = frozenset(
    ["said", "says", "say", "told", "tells", "announced", "announces", "stated", "confirmed", "reported", "added", "claimed", "according", "called", "urged",
     "acknowledged", "admitted", "conceded", "estimated", "noted"]
)

#: Nominal triggers: noun (singular and plural forms) -> event type.
NOMINAL: dict[str, str] = {
    "offensive": "offensive", "offensives": "offensive", "counteroffensive": "offensive",
    "counter-offensive": "offensive", "assault": "offensive", "assaults": "offensive",
    "operation": "offensive", "operations": "offensive", "attack": "attack", "attacks": "attack",
    "counterattack": "attack", "counterattacks": "attack", "raid": "attack", "raids": "attack",
    "move": "offensive", "push": "offensive", "thrust": "offensive", "thrusts": "offensive",
    "incursion": "offensive", "advance": "advance", "gains": "advance",
    "battle": "battle", "campaign": "battle", "siege": "battle", "fight": "battle", "war": "battle",
    "struggle": "battle", "fighting": "fighting", "clashes": "fighting",
    "invasion": "invasion",
    "airstrike": "airstrike", "airstrikes": "airstrike", "air strike": "airstrike", "air strikes": "airstrike",
    "air raids": "airstrike", "bombardment": "airstrike", "shelling": "airstrike",
    "capture": "capture", "recapture": "capture", "fall": "capture", "liberation": "capture",
    "withdrawal": "withdrawal", "retreat": "withdrawal", "pullout": "withdrawal",
    "meeting": "meeting", "talks": "meeting", "summit": "meeting",
    "proclamation": "proclamation", "declaration": "proclamation",
    "breach": "breach", "encirclement": "encirclement", "ceasefire": "ceasefire", "truce": "ceasefire",
    "victory": "capture", "defeat": "defeat",
    "announcement": "proclamation",
    "evacuation": "evacuation", "visit": "visit",
    "vote": "vote", "election": "vote", "elections": "vote", "referendum": "vote", "ballot": "vote",
}

#: Nouns that only ever refer back ("The announcement came three days after ..."): a mention of
#: one that finds no earlier event of its type in the document is dropped, not made an event.
ANAPHOR_ONLY = frozenset({"announcement"})

#: Nouns that, with a place ("the battle for Mosul", "the Raqqa offensive"), name a whole campaign.
CAMPAIGN_NOUNS = frozenset(
    ["battle", "campaign", "offensive", "counteroffensive", "counter-offensive", "operation", "assault", "fight",
     "siege", "war", "struggle"]
)
#: Event types an anaphor such as "the move" or "the operation" may refer back to.
OFFENSIVE_FAMILY = frozenset({"offensive", "attack", "advance"})

_PRESENT_3SG = {
    "seize": "seizes", "capture": "captures", "retake": "retakes", "recapture": "recaptures",
    "liberate": "liberates", "overrun": "overruns", "take": "takes", "fall": "falls", "drive": "drives",
    "withdraw": "withdraws", "retreat": "retreats", "pull out": "pulls out", "leave": "leaves",
    "meet": "meets", "warn": "warns", "repel": "repels", "fend off": "fends off", "repulse": "repulses",
    "kill": "kills", "attack": "attacks", "storm": "storms", "strike": "strikes", "bomb": "bombs",
    "shell": "shells", "advance": "advances", "push": "pushes", "enter": "enters", "cross": "crosses",
    "close in": "closes in", "inch": "inches", "encircle": "encircles", "besiege": "besieges",
    "surround": "surrounds", "breach": "breaches", "proclaim": "proclaims", "declare": "declares",
    "join": "joins", "form": "forms", "visit": "visits", "evacuate": "evacuates", "veto": "vetoes",
}


def present_3sg(lemma: str) -> str:
    """The third-person present of a verbal trigger's lemma, for labels ("ISIS proclaims ...")."""
    if lemma in _PRESENT_3SG:
        return _PRESENT_3SG[lemma]
    head, _, rest = lemma.partition(" ")
    head = _PRESENT_3SG.get(head) or (head + "es" if head.endswith(("s", "sh", "ch", "x")) else head + "s")
    return f"{head} {rest}".strip()


def trigger_pattern() -> re.Pattern[str]:
    """One compiled alternation over every trigger and aspectual/reporting form (longest first)."""
    forms: set[str] = set(NOMINAL)
    for v in VERBAL:
        forms.update(v.forms)
        forms.update(v.past)
    for fs, _ in ASPECT.values():
        forms.update(fs)
    forms.update(REPORTING)
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:" + alt + r")(?![\w-])", re.IGNORECASE)
