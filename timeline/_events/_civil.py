"""What the modules of the events stage must know of the event types of political crises, unrest and trials.

The vocabulary itself is data (``timeline/data/lexicon_civil.yaml``, after the CAMEO event ontology); this module
holds the few facts about its types that code reads, so that the modules which sort types into families
import them from one place:

* :data:`CIVIL_FAMILIES`: types of discrete acts, each done once at one place on one day (a curfew imposed, the
  internet cut, a charge brought, a verdict, a sentence, a strike called): two articles telling one on one day
  tell one act (:mod:`._sameday`'s ``FAMILIES``); so are the acts of the aftermath (``lexicon_aftermath.yaml``): a
  leader's visit to a place, a mass grave found, bodies exhumed there.
* :data:`PEOPLE_DONE`: types whose object, or whose subject in the passive, is the person acted on ("charged
  the former president", "Morales was sentenced"): its target (:mod:`._mentionrx`'s ``OBJECT_TYPES``,
  ``PERSON_TYPES`` and ``PATIENT_TYPES``).
* :data:`NOUN_OF` and :data:`NOUN_IN`: how a label names each type by a noun ("curfew in Colombo", "sentence
  of Suu Kyi"), for :mod:`._labels`.
* :func:`crime_charged`: an event noun that names the crime a person is charged with, tried for, convicted or
  acquitted of ("acquitted of the killing of protesters on Saturday") is the charge's content, not an act of
  the date the sentence gives (that is the verdict's); a court's words only, never "accused X of the attack".
"""

from __future__ import annotations

import re

from timeline._events._rx import rx

__all__ = ["CIVIL_FAMILIES", "NOUN_IN", "NOUN_OF", "PEOPLE_DONE", "crime_charged"]

CIVIL_FAMILIES = frozenset({"curfew", "shutdown", "charge", "verdict", "sentence", "strike_action",
                            "visit", "discovery", "exhumation"})
PEOPLE_DONE = frozenset({"charge", "verdict", "sentence"})
NOUN_OF = {"curfew": "curfew in", "shutdown": "shutdown of", "charge": "charges against", "verdict": "verdict on",
           "sentence": "sentencing of", "strike_action": "strike by", "protest": "protests in"}
NOUN_IN = {"curfew": "curfew in", "shutdown": "shutdown in", "strike_action": "strike in", "protest": "protests in"}

# "charged with the murder of", "acquitted of the killing of", "on charges of", "found guilty of the attack", "tried for
# the bombing", "sentenced for the assassination" (a court's words only: "accused the jihadists of an overnight attack"
# in war news tells the attack, and its date is the attack's)
_CRIME_OF = (r"\b(?:(?:charged|indicted|prosecuted|tried|sentenced|jailed|convicted)\s+(?:\w+\s+){0,3}?(?:with|for|over|"
             r"in\s+connection\s+with)|(?:convicted|acquitted|cleared|guilty|innocent)\s+(?:\w+\s+){0,3}?of|"
             r"(?:charges?|counts?|trial|conviction|acquittal|indictment)\s+(?:of|for|over))\s+"
             r"(?:(?:the|a|an|his|her|their|its|two|three|several)\s+)?(?:[\w-]+\s+){0,2}$")


def crime_charged(text: str, s: int, lo: int = 0) -> bool:
    """Whether the event noun at ``s`` names the crime of a charge, a trial or a verdict (the words before it
    from ``lo``, the sentence's start, at most 70 characters back)."""
    return rx(_CRIME_OF, re.IGNORECASE).search(text, max(lo, s - 70), s) is not None
