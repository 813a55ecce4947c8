"""A place declared freed in a relative clause: "villages on the edge of Kassala, which the army declared
liberated on Sunday" - the declaration (and the liberation it tells) is about the antecedent, Kassala.

The fronted object of "declared/pronounced <free>" is the last place named before ", which"/"that",
even as the reference point of "the edge of", "the outskirts of" (a relative clause attaches to the
name before it).  A country is never it.
"""

from __future__ import annotations

import re

from timeline._events import _mentionrx as mx
from timeline._events._doc import DocMentions
from timeline._events._where import named_place, places_in

__all__ = ["declared_antecedent"]

_FREE_NEXT = re.compile(r"\s+(?:fully\s+|completely\s+)?(?:liberated|freed|free|secure|secured|cleared|retaken|recaptured)\b")
_NAME_TO_COMMA = re.compile(r"[A-Z][\w'\u2019-]*(?:[\s-]+(?:al-|el-|ad-)?[A-Z][\w'\u2019-]*){0,3}\s*")
_DECLARED_BEFORE = re.compile(r"\b(?:declared|pronounced|proclaimed)\s+(?:fully\s+|completely\s+)?$", re.IGNORECASE)


def declared_antecedent(dm: DocMentions, sent_start: int, s: int, e: int, kind: str) -> list[str]:
    """The antecedent place of "X, which Y declared liberated" for the proclamation (``kind`` proclamation,
    trigger ``declared``) or the capture it tells (``kind`` capture, trigger ``liberated``); else none."""
    text = dm.text
    if kind == "proclamation":
        if _FREE_NEXT.match(text, e) is None:
            return []
        verb_at = s
    elif kind == "capture":
        told = _DECLARED_BEFORE.search(text, max(sent_start, s - 30), s)
        if told is None:
            return []
        verb_at = told.start()
    else:
        return []
    rel = mx.FRONTED.search(text, max(sent_start, verb_at - 60), verb_at)
    if rel is None or "," not in text[rel.start() : rel.start() + 2] or \
            mx.SAID_THAT.search(text, max(sent_start, rel.start() - 50), rel.start() + 1) is not None:
        return []
    lo, hi = max(sent_start, rel.start() - 40), rel.start() + 1
    countries = dm.spans("places").countries
    # the name just before the comma: "the edge of Wau, which", not "Residents of Wau returned to the district, which"
    found = [n for n, p in sorted(places_in(dm, lo, hi), key=lambda x: x[1])
             if n not in countries and _NAME_TO_COMMA.fullmatch(text, p, rel.start())]
    guess = [n for n in named_place(dm, lo, hi, last=True) if text[lo : rel.start()].rstrip().endswith(n)]
    return found[-1:] or guess  # (a name the gazetteer does not know)
