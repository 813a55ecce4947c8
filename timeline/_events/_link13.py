"""Which mention a date belongs to: clause tests of the linker (split from :mod:`._link`, session 13).

- a relative clause before the main predicate (:func:`other_predicate`), a reported event noun
  (:func:`reported_object`);
- *"the first X since D"*, *"the worst Y in decades"*: a superlative counted from a time tells when the
  earlier one was, never this event's date (:func:`superlative_since`);
- *"has now seized X"*: "now" with a present perfect says the act is done by now, not that it happened
  today (:func:`perfect_now`);
- *"captured X, the last town in rebel hands, on Sunday"*: an appositive of the object stands between the
  verb and its date, and the commas around it do not part them (:func:`apposed_object`);
- *"on Sunday after days of fighting in which hundreds were reported killed"*: a verb inside a relative
  clause of an after-phrase is another, earlier event (:func:`after_phrase`).
"""

from __future__ import annotations

import bisect
import re

from timeline._events._doc import DocMentions, Mention
from timeline._events._linkrx import SUBORDINATE
from timeline._events._text import Sentence
from timeline.model import Expression

__all__ = ["DONE_ACTS", "MAIN_VERB", "RELATIVE_BEFORE", "WITHOUT", "after_phrase", "apposed_object", "other_predicate",
           "in_apposition", "perfect_now", "reported_object", "superlative_since"]

_RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who)\b", re.IGNORECASE)
RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
MAIN_VERB = re.compile(r"\b(?:is|are|was|were|will|would|may|might|could|can|should|must|has|have|had)\b",
                       re.IGNORECASE)


def other_predicate(dm: DocMentions, m: Mention, e: Expression, sent: Sentence) -> bool:
    """Whether ``e`` lies in the main predicate after a relative clause about ``m``, which
    the expression then does not date.

    "The air strikes that began four months ago are expected to wind down soon": "soon" dates the
    winding down; "Troops who seized the town last week are expected to withdraw soon": the
    withdrawal.  The relative clause's verb (``m`` itself, or a trigger or cue after the
    pronoun) is followed by a finite verb of the main clause before the expression.
    """
    if m.end > e.start:
        return False
    text = dm.text
    verb_end = -1
    if not m.nominal and RELATIVE_BEFORE.search(text[max(sent.start, m.start - 40) : m.start]):
        verb_end = m.end
    elif (p := _RELATIVE_PRONOUN.search(text, m.end, e.start)) is not None and "," not in text[m.end : p.start()]:
        # the first cue or verbal trigger after the pronoun (bisected: no scan of the document)
        k = bisect.bisect_left(dm.cues, p.end(), key=lambda c: c.start)
        later = [dm.cues[k].end] if k < len(dm.cues) and dm.cues[k].start < e.start else []
        j = bisect.bisect_left(dm.mentions, p.end(), key=lambda x: x.start)
        while j < len(dm.mentions) and dm.mentions[j].start < e.start:
            if not dm.mentions[j].nominal:
                later.append(dm.mentions[j].end)
                break
            j += 1
        verb_end = min(later, default=-1)
    return verb_end >= 0 and MAIN_VERB.search(text, verb_end, e.start) is not None


def reported_object(dm: DocMentions, mn: Mention, near_cues: range) -> bool:
    """Whether the event noun ``mn`` is the object of a reporting verb ("confirmed the capture of ...")."""
    for ci in near_cues:
        c = dm.cues[ci]
        if c.kind == "report" and c.end <= mn.start and (g := _REPORTED_NOUN.fullmatch(dm.text, c.end, mn.start)):
            # "Residents reported heavy shelling on Monday", "medics reported an air strike on Friday": a witness
            # telling of an act not known before (no "the", no "its") tells it on its own day
            return not (dm.text[c.start : c.end].lower() in _WITNESSING and not _KNOWN_ACT.search(g.group()))
    return False


# Acts over once told (a capture, a killing): reported on a day, they were done by then.
DONE_ACTS = frozenset(["capture", "kill", "withdrawal", "attack", "airstrike", "surrender", "arrest", "release",
                       "annexation", "breach", "encirclement", "rescue", "airdrop", "defeat"])
_WITNESSING = frozenset(["reported", "reports", "report", "described", "witnessed"])
_KNOWN_ACT = re.compile(r"\b(?:the|its|their|his|her|this|that)\b", re.IGNORECASE)
_REPORTED_NOUN = re.compile(r"\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)

# "the rebels' first (raid) on the capital since", "the worst fighting in the city in": a superlative or an
# ordinal, then (no clause boundary, no verb of its own) the preposition the time follows
_SUPERLATIVE = re.compile(
    r"\b(?:first|worst|biggest|largest|deadliest|heaviest|bloodiest|fiercest|strongest|greatest|highest|lowest|"
    r"longest|sharpest|gravest|boldest|most\s+(?:serious|significant|intense|violent|severe|deadly|sustained)|"
    r"only|best)\b(?P<np>(?:(?!\b(?:and|but|which|who|that|when|was|were|is|are|had|has|have)\b)[^,;.:]){0,80}?)"
    r"\b(?P<prep>since|in|for)\s+(?:more\s+than\s+|nearly\s+|almost\s+|over\s+)?$", re.IGNORECASE)


def superlative_since(text: str, sent_start: int, e: Expression) -> bool:
    """"the rebels' first raid on the capital since last October", "the heaviest loss in a single attack in
    decades": the time counts back to an earlier event of the kind (or spans the years with none worse);
    it never dates this one.  ("since" with a clause of its own is :func:`._linkrx.since_clause`'s.)"""
    lead = re.match(r"(?:since|in|for)\s+", e.text, re.IGNORECASE)  # (an expression that holds its preposition)
    end = e.start + (lead.end() if lead else 0)
    m = _SUPERLATIVE.search(text, max(sent_start, e.start - 120), end)
    if m is None:
        return False
    return m.group("prep").lower() == "since" or e.type == "DURATION"


_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:now|already|also|finally|just|since|\w+ly)\s+){0,2}$",
                             re.IGNORECASE)


def perfect_now(text: str, e: Expression, m: Mention) -> bool:
    """"The army has now seized the port", "have seized X, Y and now Z": a present "now" with a present
    perfect tells the act done by now (an upper bound), not done today."""
    return e.value == "PRESENT_REF" and not m.nominal and \
        _PERFECT_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


# an object, then an appositive set off by commas, then the date: "(captured) Baghuz, the last village in
# jihadist hands, on Saturday"
_APPOSED_OBJECT = re.compile(
    r"\s+(?:[\w'.-]+\s+){0,4}?[\w'.-]+,\s+(?:the|a|an|its|their|his|her|one|[A-Za-z-]+'s)\s+"
    r"(?P<app>[^,;()]{2,90}?),\s+(?:(?:late|early)\s+)?(?:on|in|at|during|last|this|overnight)?\s*")
_NOT_APPOSITIVE = re.compile(r"\b(?:said|says|say|told|reported|added|claimed|announced|according|which|who)\b",
                             re.IGNORECASE)


def apposed_span(text: str, m: Mention, e: Expression) -> tuple[int, int] | None:
    """The appositive between the verb ``m``'s object and the date ``e``, when the object and its appositive
    are all that stands between them ("captured Baghuz, the last village in jihadist hands, on Saturday")."""
    if m.nominal or m.end > e.start or e.start - m.end > 160:
        return None
    g = _APPOSED_OBJECT.fullmatch(text, m.end, e.start)
    if g is None or _NOT_APPOSITIVE.search(g.group("app")) is not None:
        return None
    return g.start("app"), g.end("app")


def apposed_object(text: str, m: Mention, e: Expression) -> bool:
    """Whether an object and its appositive are all that stands between the verb ``m`` and the date ``e``:
    the date is the verb's, the commas notwithstanding."""
    return apposed_span(text, m, e) is not None


def in_apposition(text: str, m: Mention, e: Expression, in_sent: list[Mention]) -> bool:
    """Whether ``m`` lies inside such an appositive ("entered Kherson, the only regional capital Russia had
    captured, on Friday"): the date after it is the verb's before the object, not the appositive's."""
    if m.end > e.start:
        return False
    for x in in_sent:
        if x is not m and not x.nominal and x.end <= m.start and (sp := apposed_span(text, x, e)) is not None \
                and sp[0] <= m.start < sp[1]:
            return True
    return False


# an event noun negated: "without a fight", "without any resistance"
WITHOUT = re.compile(r"\bwithout\s+(?:a|an|any|much|further|more)?\s*(?:[\w-]+\s+)?$", re.IGNORECASE)


def after_phrase(text: str, e: Expression, start: int) -> bool:
    """Whether what starts at ``start`` (after the date) lies past an after-phrase that follows the date ("on
    Sunday after days of fighting in which hundreds were reported killed"): an earlier event's words."""
    return start >= e.end and SUBORDINATE.search(text[e.end : start]) is not None
