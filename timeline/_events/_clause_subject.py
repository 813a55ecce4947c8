"""A subordinate or coordinated clause's own subject wins over the main clause's actor (session 11).

"The authorities cut mobile data on Saturday, a day after protesters blocked the main highways": the
blocking is the protesters', not the authorities'.  The mention rules look for a known actor from the start
of the verb's clause; when the clause that holds the verb opens after the main clause's subject (after a
subordinator, a relative pronoun or a comma and a coordinator) and has a subject of its own that names no
known actor ("protesters", "a crowd", "striking dockers"), the main clause's actor is not the verb's.  A
pronoun ("a day after they blocked") and a verb with no subject ("a day after blocking") keep it.
"""

from __future__ import annotations

import re

from timeline._events._doc import DocMentions
from timeline._events._rx import rx

__all__ = ["own_subject_actors"]

# what opens a clause of its own inside the sentence, right before its subject
_OPENER = re.compile(r"(?:\b(?:after|before|when|while|as|since|because|until|once|although|though|whereas|that|which|"
                     r"whom|where)|[,;]\s*(?:and|but|while|as))\s+$", re.IGNORECASE)
# a subject noun phrase of common nouns, then auxiliaries or adverbs, up to the verb
_SUBJECT = re.compile(
    r"(?:(?:the|a|an|some|many|several|hundreds\s+of|thousands\s+of|tens\s+of\s+thousands\s+of|dozens\s+of|scores\s+of|"
    r"groups\s+of|crowds\s+of|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)*"
    r"(?P<np>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+"
    r"(?:(?:had|have|has|was|were|had\s+been|also|then|again|later|first|reportedly|\w+ly)\s+)*$")
_NOT_SUBJECT = frozenset(["it", "they", "he", "she", "we", "i", "you", "who", "which", "that", "this", "these", "those",
                          "there", "what", "them", "him", "her", "us", "its", "their", "his", "our", "not", "never",
                          "to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "and", "or", "but", "be",
                          "being", "been", "having", "also", "then", "first", "later", "again", "will", "would",
                          "could", "can", "may", "might", "shall", "should", "must", "did", "do", "does", "had", "has",
                          "have", "was", "were", "is", "are", "not", "only", "just", "still"])


def own_subject_actors(dm: DocMentions, sent_start: int, s: int, actors: list[str]) -> list[str]:
    """``actors`` for the verb at ``s``, unless its clause has a subject of its own that is no known actor
    while every actor found stands before that clause."""
    if not actors:
        return actors
    text = dm.text
    lo = max(sent_start, s - 90)
    for m in rx(r"\S+\s+").finditer(text, lo, s):  # the clause opener closest to the verb, with a subject after it
        start = m.start()
        op = _OPENER.search(text, max(sent_start, start - 12), start)
        if op is None:
            continue
        subj = _SUBJECT.fullmatch(text, start, s)
        if subj is None:
            continue
        words = subj.group("np").split()
        if any(w.lower() in _NOT_SUBJECT or w.endswith(("ing", "ed")) for w in words):
            return actors  # a pronoun, a participle ("after blocking", "after the highways blocked")
        if dm.spans("actors").within(start, s) or any(n.start >= start for n in dm.names if n.start < s):
            return actors  # its subject is a known actor or a name: found by the rules already
        return []
    return actors
