"""Session 9: event nouns that are events only in some wordings (called by :func:`._noungate.noun_licensed`).

* "exchange" and "swap" are a prisoner exchange (a release, both ways) only of people: "the exchange of 200
  prisoners of war", "yesterday's swap of prisoners", "a POW swap", or a definite "the swap" when the text has
  just told people exchanged; never "in exchange for", an exchange of fire, of views or of letters, "the
  exchange rate" or a stock exchange.
* "war" is no war in "prisoners of war" or "the Cold War".
* "plan" is an agreement only as a peace plan (a truce, settlement or "six-point" plan) that the text tells
  as agreed, brokered or signed ("the peace plan, brokered by the French president", "the Russian-brokered
  plan") or dates by a possessive ("Tuesday's peace plan"); a plan proposed, rejected or still to come is no
  event, nor "plans to hold elections".  "agreed a six-point peace plan" is the verb's event: the noun is not
  told again.
* "halt", "stop", "pause" ordered, declared or announced by a verb the lexicon reads as the halt itself
  ("ordered a halt to the military operation": ``order a halt to``) are that verb's object, not a second event.
"""

from __future__ import annotations

import re

from timeline._events._lexicon import VERBAL
from timeline._events._rx import rx

__all__ = ["HALT_VERB_LEMMAS", "sense_licensed"]

_EXCHANGES = frozenset(["exchange", "swap"])
_PRISONER_EXCHANGES = frozenset(["prisoner exchange", "prisoner swap"])
# what talks or a deal are about is not told as done: "talks in Oslo on a prisoner exchange", "a deal on a swap"
_TOPIC = r"\b(?:talks|negotiations|discussions|deal|agreement|accord|plan|proposal|proposals|meeting|consultations|" \
         r"offer|request|demands?|calls?)\b[^.;:]{0,40}?\s(?:on|about|over|for|of|to\s+(?:allow|arrange|prepare|agree))\s+" \
         r"(?:(?:a|an|the|new|further|more|possible|another|future)\s+)*(?:[\w-]+\s+)?$"
#: People that two sides trade.
_TRADED = r"(?:prisoners?|captives?|detainees?|POWs?|hostages?|bod(?:y|ies)|remains|soldiers|servicem[ae]n|fighters|" \
          r"troops|inmates)"
_NOT_TRADED = r"(?:fire|gunfire|shots|blows|views|letters|messages|information|notes|ideas|accusations|insults|words|" \
              r"rings|vows|greetings|gifts|documents|data|intelligence|students)"
_EXCHANGE_OF = r"\s+of\s+(?:(?!" + _NOT_TRADED + r"\b)[\w,'-]+\s+){0,4}?" + _TRADED + r"\b"
_TRADED_BEFORE = r"\b" + _TRADED + r"['\u2019]?\s+(?:[\w-]+\s+)?$"  # "a prisoners exchange", "the POW swap"
_DEFINITE = r"\b(?:the|this|that|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['\u2019]s|yesterday['\u2019]s)\s+(?:[\w-]+\s+)?$"
# what the text told before a definite "the swap": people traded ("exchanged 200 prisoners", "a prisoner swap")
_TOLD = r"\b(?:exchang|swapp?|trad)\w*\s+(?:(?!" + _NOT_TRADED + r"\b)[\w,'-]+\s+){0,5}?" + _TRADED + r"\b|\b" + \
        _TRADED + r"\s+(?:exchanges?|swaps?)\b"

_WARS = frozenset(["war"])
_NOT_A_WAR = r"(?:\b(?i:prisoners?|POWs?)\s+of\s+|\b(?i:prisoner)-of-|\bCold\s+)$"

_PLANS = frozenset(["plan"])
_PEACE_PLAN = r"(?:\b(?:peace|ceasefire|cease-fire|truce|settlement)\s+|\b[\w]+-point\s+(?:[\w-]+\s+)?|" \
              r"\b[\w-]+-(?:brokered|backed|mediated)\s+(?:[\w-]+\s+)?)$"
_BROKERED_BEFORE = r"\b[\w-]+-(?:brokered|mediated)\s+(?:[\w-]+\s+){0,2}$"
_DATE_OWNER = r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|last\s+(?:week|month)|the\s+weekend|" \
              r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})" \
              r"['\u2019]s\s+(?:[\w-]+\s+){0,2}$"
_AGREED_AFTER = r"\s*,?\s+(?:(?:that|which)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:\w+ly|jointly|finally)\s+)?" \
                r"(?:brokered|agreed|signed|endorsed|approved|adopted|mediated|negotiated|accepted)\s+" \
                r"(?:by|in|at|on|between|with|last|this|yesterday|overnight|late|early)\b"

_AGREED_BEFORE = r"\b(?:agree(?:s|d)?|agreeing|sign(?:s|ed|ing)?)\s+(?:(?:on|to)\s+)?(?:(?:on|late\s+on|early\s+on)\s+" \
                 r"[A-Z]\w+\s+|(?:late|early|yesterday|overnight)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}$"

_STOPS = frozenset(["halt", "halts", "stop", "pause", "suspension"])
#: The lexicon's verbs that tell a halt themselves ("ordered a halt to", "declared an end to").
HALT_VERB_LEMMAS = frozenset(["order halt to", "declare end to", "announce halt to"])
_HALT_VERBS = tuple(v for v in VERBAL if v.lemma in HALT_VERB_LEMMAS and v.needs)
_HALT_VERB_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:(?:on|late\s+on|early\s+on)\s+[A-Z][a-z]+\s+|(?:late|early|"
                               r"yesterday|today|overnight)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}$")


def _told_by_halt_verb(text: str, s: int) -> bool:
    """Whether a halting verb right before the noun at ``s`` tells the halt ("ordered a halt to X")."""
    m = _HALT_VERB_BEFORE.search(text, max(0, s - 60), s)
    if m is None:
        return False
    word = m.group(1).lower()
    return any(word in v.forms or word in v.past for v in _HALT_VERBS
               if v.needs is not None and rx(v.needs).match(text[m.end(1) : m.end(1) + 60]))


def sense_licensed(text: str, s: int, e: int, form: str) -> bool | None:
    """Whether the noun form at ``[s, e)`` is an event noun here, or None when these rules do not decide."""
    if form in _EXCHANGES | _PRISONER_EXCHANGES and rx(_TOPIC, re.IGNORECASE).search(text, max(0, s - 60), s):
        return False
    if form in _EXCHANGES:
        if rx(_EXCHANGE_OF, re.IGNORECASE).match(text, e) is not None:
            return True
        if rx(_TRADED_BEFORE, re.IGNORECASE).search(text, max(0, s - 40), s) is not None:
            return True
        return rx(_DEFINITE, re.IGNORECASE).search(text, max(0, s - 30), s) is not None and \
            rx(r"\s+(?:rate|rates|market|markets|student|students|programme|program|traders?|offices?)\b",
               re.IGNORECASE).match(text, e) is None and \
            rx(_TOLD, re.IGNORECASE).search(text, max(0, s - 600), s) is not None
    if form in _WARS and rx(_NOT_A_WAR).search(text, max(0, s - 20), s) is not None:
        return False
    if form in _PLANS:
        if rx(_PEACE_PLAN, re.IGNORECASE).search(text, max(0, s - 40), s) is None or \
                rx(_AGREED_BEFORE, re.IGNORECASE).search(text, max(0, s - 70), s) is not None:
            return False  # (not "agreed on Monday a Russian-brokered plan": the verb's event)
        return rx(_DATE_OWNER, re.IGNORECASE).search(text, max(0, s - 60), s) is not None \
            or rx(_BROKERED_BEFORE, re.IGNORECASE).search(text, max(0, s - 50), s) is not None \
            or rx(_AGREED_AFTER, re.IGNORECASE).match(text, e) is not None
    if form in _STOPS and _told_by_halt_verb(text, s):
        return False
    return None
