"""Noun or verb, and where a noun phrase starts (split out of :mod:`._mentions`).

A form that is both ("attack", "push", "bomb") is a noun after a determiner, a possessive, a noun
modifier ("a car bomb"), a superlative ("the biggest retreat") or a preposition ("the number of
attacks"); the noun phrase of an event noun starts at its determiner or possessive, at most about
60 characters back.
"""

from __future__ import annotations

import re

from timeline._events._lexicon import ACTOR_MODIFIERS, NOUN_MODIFIERS, REPORTING
from timeline._events._rx import rx

__all__ = ["DETERMINERS", "RENEWED", "VERB_CONTEXT", "is_nominal", "np_start", "prev_words"]

DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "yesterday's", "today's"])
#: premodifiers that make an act one of several ("another offensive", "a second truce", "the new push"); the
#: passes that join tellings of one act each add the words of their own sense to these
RENEWED = ("another", "second", "third", "fourth", "new", "renewed", "fresh", "latest")
NOUN_CONTEXT = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "new", "major", "massive", "fresh", "first", "second", "final", "renewed", "main", "big", "large", "latest",
     # adjectives of violence: "heavy shelling", "fierce attacks", "a sporadic bombardment"
     "heavy", "fierce", "intense", "sporadic", "deadly", "bloody", "brutal", "relentless", "constant", "indiscriminate",
     "nightly", "daily", "ferocious", "failed", "artillery", "tank", "rocket", "mortar",
     # a count: "launched three attacks", "several raids", "further strikes"
     "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "few", "further",
     "repeated", "multiple", "numerous"]
)
VERB_CONTEXT = frozenset(
    ["to", "will", "would", "could", "can", "may", "might", "must", "shall", "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "not", "also", "they", "we", "he", "she", "it", "who", "which", "that", "then", "later"]
)
NOUN_AFTER_PREP = frozenset(["of", "for", "against", "after", "during", "amid", "despite", "with", "without", "by",
                              "from", "into"])
PREPS = frozenset(["in", "at", "near", "around", "toward", "towards", "into", "outside", "inside", "of", "from", "on", "to", "across", "within"])


def prev_words(text: str, pos: int, n: int) -> list[str]:
    """The last ``n`` words (or punctuation marks) before ``pos``."""
    return rx(r"[\w'.-]+|[,;:()\"]").findall(text[max(0, pos - 80) : pos])[-n:]


def is_nominal(text: str, start: int, form: str) -> bool:
    """A form that is both noun and verb ("attack", "advance", "push"): noun after a determiner."""
    prev = prev_words(text, start, 1)
    p = prev[0].lower() if prev else ""
    if p in VERB_CONTEXT:
        return False
    if p in NOUN_CONTEXT or p.endswith("'s") or p.endswith("-led") or p.endswith("-backed"):
        return True
    if p in ACTOR_MODIFIERS and p not in VERB_CONTEXT or _DEMONYM.fullmatch(prev[0] if prev else "") \
            and not _OBJECT_NEXT.match(text, start + len(form)):
        # the act of a kind of actor: "the separatist push", "a Russian drive", "the rebel thrust"; not
        # a people with its verb and object: "The Taliban attack checkpoints"
        return True
    if p.endswith("ed") and len(p) > 4:
        return True  # the object of a verb: "staged attacks", "repelled an advance"
    two = prev_words(text, start, 2)
    if len(two) == 2 and two[0].lower() in {"the", "a", "an", "this", "that"} and prev[0][:1].isupper() \
            and prev[0].isalpha() and not _OBJECT_NEXT.match(text, start + len(form)):
        # a place or a name before the noun: "a week after the Kabul attack", "the Trump push"; not a
        # group with its verb and object: "The Houthis attack ships", "The Taliban attack the city"
        return True
    if len(two) == 2 and two[0].lower() in {"by", "with", "of", "from"} and p.isalpha() and p.islower() and \
            not p.endswith("s") and p not in ACTOR_MODIFIERS:
        return True  # a noun compound after a preposition: "attack by glide bombs", "hit with cluster bombs"
    if p in NOUN_MODIFIERS or (p.endswith("est") and len(p) > 5) or p in NOUN_AFTER_PREP:
        return True  # "a car bomb", "suicide attacks", "the biggest retreat", "the number of attacks"
    return not p or p in {",", "(", ":", ";"} or not p.isalpha() or p.endswith(("ive", "al", "ous", "ful"))


#: What follows a verb and not a noun: an object with its determiner, or a plural object noun.
_OBJECT_NEXT = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her)\b|(?!(?:was|is|has|as|this|thus|us)\b)[a-z]+s\b)")

#: A demonym ("Russian", "Turkish", "Iraqi"), not a country ("Iran attacks", "Japan strikes").
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|ish|ese|ean|can|ban|[aeiu]li|[aeo]ni|qi|ki)")

WORD_CHAR = re.compile(r"[\w'.-]")


def np_start(text: str, start: int, limit: int) -> int:
    """Start of the noun phrase that ends with the noun at ``start`` (premodifiers only)."""
    # the walk stops about 60 characters back: try a window (widened to a word's start, so its words
    # are those of the whole clause); only if the walk runs off the window's start, walk the clause
    lo = max(limit, start - 120)
    while lo > limit and WORD_CHAR.match(text, lo - 1):
        lo -= 1
    pos, stopped = np_walk(text, start, lo)
    return pos if stopped or lo == limit else np_walk(text, start, limit)[0]


_TIME_OWNER = re.compile(r"(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|"
                         r"march|april|may|june|july|august|september|october|november|december|last|this|next)'s$")


def np_walk(text: str, start: int, lo: int) -> tuple[int, bool]:
    """Walk back from ``start`` to ``lo`` over premodifiers: (where the phrase starts, whether a boundary stopped it)."""
    pos = start
    owner = False  # inside a capitalised possessor: "Islamic State's takeover" reaches back to "Islamic"
    for m in reversed(list(rx(r"[\w'.-]+").finditer(text[lo:start]))):
        w = m.group().lower()
        if owner and not m.group()[0].isupper():
            return pos, True
        if w in PREPS or w in VERB_CONTEXT or w in REPORTING or w in {"and", "or", "but", "with", "by", "as"}:
            return pos, True
        pos = lo + m.start()
        if owner or (w.endswith("'s") and m.group()[0].isupper() and not _TIME_OWNER.match(w)):
            owner = True
            continue
        if w in DETERMINERS or w.endswith("'s"):
            return pos, True
        if text[lo + m.end() : start].count(",") or start - pos > 60:
            return pos, True
    return pos, False
