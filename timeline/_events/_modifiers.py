"""An act told inside a noun phrase's modifier: the noun is the event, the date sits in the modifier.

* A reduced relative clause: "under a deal sealed by the two presidents in Sochi yesterday", "the truce
  brokered by Qatar last week" - the date is the noun's (its making), not the main verb's.
* A relative clause with or without its pronoun: "the ceasefire that the two sides signed on Saturday",
  "the pact the government reached with the rebels at the weekend" - the same.
* :func:`modifier_gap` tells the linker when the words between an event noun and a date are such a
  modifier: a participle or a subject and a past verb of making (signed, brokered, reached, sealed,
  approved, imposed, carried out ...), then only the verb's complements (its agent, its partner, its
  place), no verb of a main clause ("the deal signed in 2015 collapsed on Monday": 2015 is the
  signing's, Monday the collapse's).
* :func:`dated_modifier_at` tells the mention finder that such a modifier ends in a date word: an
  event noun dropped as the circumstance of another act ("left under a deal", "despite the truce") is
  an event of its own when its modifier dates it (:mod:`._modifier_acts`).
"""

from __future__ import annotations

import bisect
import re

from timeline._events._doc import Cue, DocMentions, Mention
from timeline._events._rx import rx
from timeline.model import Expression

__all__ = ["AGREED_DATE_GAP", "CIRCUMSTANCE_GAP", "agreed_before", "DATE_WORD", "MAKING", "dated_modifier_at", "declared_aspect", "described_by", "modifier_gap", "modifier_owner", "modifier_verb"]

#: past forms of verbs that make, conclude or impose what their object names (a deal, a truce, sanctions, a vote)
MAKING = (r"agreed|signed|brokered|negotiated|mediated|reached|struck|sealed|concluded|clinched|inked|"
          r"hammered\s+out|worked\s+out|thrashed\s+out|approved|adopted|passed|ratified|endorsed|accepted|"
          r"issued|imposed|slapped|levied|unveiled|proposed|drew\s+up|drawn\s+up|"
          r"carried\s+out|conducted|staged|mounted|held|declared|arranged|secured|"
          r"brought|filed|laid|levelled|leveled|pressed|lodged|introduced|decreed")
# words that cannot stand in the verb's complements: a finite verb of the main clause, a new clause
_NOT_COMPLEMENT = (r"(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|"
                   r"did|does|do|that|which|who|whom|whose|when|while|after|before|since|until|because|though|"
                   r"although|but|so|then|now|also|to|for|not|never|said|says|say|told|fell|took|began|came|went|left|broke|ran|"
                   r"rose|saw|sent|held|kept|lost|won|gave|made|got|expired|lapsed|ended|collapsed|[a-z]+ed)")
_COMPLEMENTS = rf"(?:\s+(?!{_NOT_COMPLEMENT}\b)[\w'.\u2019-]+){{0,12}}?"
_DATE_PREP = r"(?:\s+(?:(?:late|early)\s+)?(?:on|in|at|during|over|overnight|last|earlier|this|since)?)?\s*"
_SUBJECT = (r"(?:(?:the|its|their|his|her|both|two|all)\s+(?:[\w'.-]+\s+){0,3}?[a-z][\w'-]*|"
            r"(?:[A-Z][\w'.\u2019-]+\s+){0,3}[A-Z][\w'.\u2019-]+|it|they|he|she|we|[a-z]+s)")
_AUX = r"(?:(?:had|has|have)\s+(?:\w+ly\s+)?|(?:\w+ly\s+))?"
_REDUCED = rf"\s+(?:\w+ly\s+)?(?P<v1>{MAKING})\b"
_RELATIVE = rf"\s+(?:that|which)\s+(?:{_SUBJECT}\s+)?{_AUX}(?P<v2>{MAKING})\b"
_BARE = rf"\s+{_SUBJECT}\s+{_AUX}(?P<v3>{MAKING})\b"
# the noun's own complement before its modifier: "the charge (of importing radios) brought against her on Feb. 3",
# "bans (on gatherings) that the army had imposed a day earlier", "the ban (on gatherings of more than five people),
# imposed last week"
_NOUN_COMPLEMENT = rf"(?:\s+(?:of|on|for|over|against)(?:\s+(?!{_NOT_COMPLEMENT}\b)[\w'-]+){{1,9}}?)?,?"
_GAP = re.compile(rf"(?:{_NOUN_COMPLEMENT}(?:{_REDUCED}|{_RELATIVE})|{_BARE}){_COMPLEMENTS}{_DATE_PREP}")
# a definite noun before a relative clause without its pronoun ("the pact Damascus reached"), any noun else
_DEFINITE = re.compile(r"\b(?:the|its|their|his|her|this|that)\s+(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)

#: the words of a date at the end of a modifier (the mention finder sees no expressions)
DATE_WORD = re.compile(
    r"(?:yesterday|today|overnight|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"(?:(?:at|over)\s+)?the\s+weekend|(?:last|earlier\s+this|this|late\s+last|early\s+last)\s+"
    r"(?:week|month|year|weekend|night|spring|summer|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)|(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|\d{1,2}\s+[A-Z][a-z]+|\d{4})|\d+\s+(?:days|weeks|months|years)\s+ago|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\b")


#: between a date and a noun told as the circumstance of the dated act: "moved in on Wednesday under (a deal ...)",
#: "attacked on Monday despite (the truce)": the noun does not take the date
CIRCUMSTANCE_GAP = re.compile(r"\s*,?\s*(?:under|despite|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with|"
                              r"in\s+breach\s+of|in\s+violation\s+of)\s+(?:(?:the|a|an|its|their|this|that)\s+)?"
                              r"(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def modifier_gap(text: str, noun_start: int, noun_end: int, date_start: int) -> re.Match[str] | None:
    """The modifier between an event noun ``[noun_start, noun_end)`` and a date at ``date_start`` (see the
    module docstring), or None.  A relative clause without its pronoun needs a definite noun."""
    if date_start <= noun_end or date_start - noun_end > 140:
        return None
    m = _GAP.fullmatch(text, noun_end, date_start)
    if m is None:
        return None
    if m.group("v3") is not None and _DEFINITE.search(text, max(0, noun_start - 40), noun_start) is None:
        return None
    return m


def modifier_verb(m: re.Match[str]) -> tuple[int, int]:
    """The span of the modifier's verb."""
    for g in ("v1", "v2", "v3"):
        if m.group(g) is not None:
            return m.span(g)
    return m.span()  # (unreachable: one of the three matched)


_DATED_TAIL = re.compile(rf"(?:{_REDUCED}|{_RELATIVE}|{_BARE}){_COMPLEMENTS}\s+(?:(?:late|early)\s+)?"
                         rf"(?:on\s+|in\s+|at\s+|during\s+|over\s+)?(?={DATE_WORD.pattern})")


def dated_modifier_at(text: str, noun_start: int, noun_end: int, hi: int) -> bool:
    """Whether the noun at ``[noun_start, noun_end)`` has a modifier of making that ends in a date word before
    ``hi`` (the sentence's end): "a deal sealed by the two leaders yesterday", "the truce brokered last week"."""
    m = _DATED_TAIL.match(text[:hi], noun_end)
    if m is None or m.end() - noun_end > 140:
        return False
    return m.group("v3") is None or _DEFINITE.search(text, max(0, noun_start - 40), noun_start) is not None


def modifier_owner(dm: DocMentions, e: Expression, in_sent: list[Mention]) -> list[Mention]:
    """The event noun whose modifier ``e`` closes ("the truce brokered by Qatar last week", "the pact the
    government reached with the rebels at the weekend"): see :mod:`._modifiers`.  Not when the modifier's
    verb is a cue or another act's trigger (then the usual rules date it)."""
    text = dm.text
    for m in reversed(in_sent):
        if m.end > e.start or not m.nominal:
            continue
        if e.start - m.end > 140:
            break
        g = modifier_gap(text, m.start, m.end, e.start)
        if g is None:
            continue
        v0, _ = modifier_verb(g)
        k = bisect.bisect_left(dm.cues, v0, key=lambda c: c.start)
        verbs = [x for x in in_sent if not x.nominal and m.end <= x.start < e.start]
        # (a cue of the noun's own ("the offensive launched on Monday") is read by the linker's rules; one that
        # took another host ("despite the armistice concluded in Geneva": no end of the shelling) is this modifier's)
        if (k < len(dm.cues) and dm.cues[k].start == v0 and dm.cues[k].host == m.index) or any(
                x.start != v0 or x.type != m.type for x in verbs):
            return []
        return [m, *verbs]  # (the verb of making a trigger of the noun's type: "the pact X reached": both told then)
    return []


# (moved from the linker: two more readings of a clause about an event noun)
def declared_aspect(dm: DocMentions, cue: Cue, e: Expression, in_sent: list[Mention]) -> Mention | None:
    """The event whose start or end a report declares on a day: "announced on Monday the end of
    combat operations", "declared on Friday the start of the offensive" (a report of an end or a
    start, told right after the reporting verb, is that end or start)."""
    for m in in_sent:
        if not m.nominal or m.aspect not in {"begins", "ends"} or m.aspect_span is None \
                or m.aspect_span[0] < cue.end or m.aspect_span[0] > m.start:
            continue  # (the end told before its noun, "the end of X"; not "a ceasefire announced ... collapsed")
        gap = dm.text[cue.end : e.start] + " " + dm.text[e.end : m.aspect_span[0]] if cue.end <= e.start \
            and e.end <= m.aspect_span[0] else dm.text[cue.end : m.aspect_span[0]]
        if rx(r"[\s,]*(?:(?:on|late|early)\s+)?[\s,]*(?:the|an?|its|their)?\s*", re.IGNORECASE).fullmatch(gap):
            return m
    return None


def described_by(text: str, mn: Mention, e: Expression) -> bool:
    """Whether expression ``e`` is told in a relative or participial clause about noun ``mn``
    ("the offensive, which began on 5 February", "the offensive launched on Monday")."""
    if e.start < mn.end:
        return False
    gap = text[mn.end : e.start]
    return rx(r"^(?:\s+[\w-]+){0,4}?,?\s+(?:which|that)\s|^\s+(?:[a-z]+ed|begun|under\s?way)\b").search(gap) is not None \
        and not rx(r"[;.]").search(gap)


#: between an agreeing verb and its date: "agreed (yesterday) to halt fighting", "agreed late on (Monday)"
AGREED_DATE_GAP = re.compile(r"\s+(?:(?:late|early)\s+)?(?:on\s+|at\s+|over\s+)?")


def agreed_before(text: str, e: Expression, in_sent: list[Mention]) -> bool:
    """Whether ``e`` right follows an agreeing verb ("agreed yesterday to halt fighting"): the date is the
    agreement's, never a premodifier of the noun after the infinitive."""
    return any(not x.nominal and x.type == "agreement" and x.end <= e.start and e.start - x.end <= 16
               and AGREED_DATE_GAP.fullmatch(text, x.end, e.start) is not None for x in in_sent)
