"""Event nouns that are events only in some wordings (split out of :mod:`._mentions`).

"strike" is an attack when a weapon or a side strikes ("the drone strike on the clinic", "a missile
strike", "an Israeli strike", "a strike against the depot"), not a stoppage of work ("a general
strike", "the hunger strike"). "offer" is a proposal only as the offer to do what the verb "offer"
does ("their offer to freeze the vote"), not "an offer of help" or "a job offer".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline._events._lexicon import NOUN_MODIFIERS, VerbEntry
from timeline._events._nps import prev_words
from timeline._events._rx import rx

__all__ = ["noun_licensed"]

_STRIKES = frozenset(["strike", "strikes"])
_OFFERS = frozenset(["offer", "offers"])
# a side before the noun: a demonym ("an Israeli strike"), "-led"/"-backed", "coalition", "army"
_SIDE = re.compile(r"(?:[A-Z][a-z]+(?:ian|ish|ese|ean|can|[aeiu]li|[aeo]ni|qi|ki|an)|[\w-]+-(?:led|backed)|"
                   r"(?i:coalition|army|government|rebel|regime|militia|military|enemy|naval|artillery|tank))")
_AGAINST = r"\s+(?:on|against)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?!(?:monday|tuesday|wednesday|thursday|friday|" \
           r"saturday|sunday|\d)\b)[A-Za-z]"


def noun_licensed(text: str, s: int, e: int, form: str, verbs: Iterable[tuple[VerbEntry, bool]]) -> bool:
    """Whether the noun form at ``[s, e)`` may be an event noun here (always, unless it is one of the gated forms)."""
    if form in _STRIKES:
        prev = prev_words(text, s, 1)
        p = prev[0] if prev else ""
        return p.lower() in NOUN_MODIFIERS or _SIDE.fullmatch(p) is not None or \
            rx(_AGAINST, re.IGNORECASE).match(text, e) is not None
    if form in _OFFERS:
        return any(v.type == "proposal" and v.needs is not None and rx(v.needs).match(text, e) for v, _ in verbs)
    return True
