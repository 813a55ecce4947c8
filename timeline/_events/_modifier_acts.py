"""Acts the mention finder misses because they are told inside a noun phrase or by a support verb (one sentence
at a time, once its mentions and cues are found; see :mod:`._modifiers` for the modifier itself).

* A deal or a truce named as the circumstance of another act ("moved in under a deal sealed by the two
  leaders yesterday", "despite the truce brokered last week") is dropped as a circumstance; when its
  modifier dates it, it is an event of its own (its making), and is told again here.
* A vote verb whose object is the antecedent of its relative clause ("the interim government that lawmakers
  approved at the weekend", "the charter which parliament adopted on Tuesday"): the vote is dated.
* An agreement told by "agreed <date> to <verb>" ("agreed on Thursday to suspend its offensive"): the
  agreement takes the date (the verb after it is what was agreed, still to come).
* An idiom whose words after the verb belong to its trigger (the lexicon's ``whole_span``: "opened fire",
  "fired tear gas at protesters"): the trigger spans them, and a trigger inside them is none of its own ("tear
  gas" is a weapon named, no gassing).
* An event noun that is an event only in some wordings (the lexicon's ``phrases``: "the crackdown on
  protesters", "the shooting of two protesters", "last month's discovery of the mass grave").
(Ultimatums and sanctions are words of the lexicon: ``lexicon_war_idioms.yaml``.)
"""

from __future__ import annotations

import re

from timeline._events._aftermath_roles import aftermath_roles
from timeline._events._doc import DocMentions, Mention
from timeline._events._lexicon import NEEDS_BOTH, PHRASES, VERBAL, WHOLE_SPAN
from timeline._events._modifiers import DATE_WORD, dated_modifier_at
from timeline._events._nominal_mentions import add_nominal
from timeline._events._roles import subject_names
from timeline._events._rx import rx
from timeline._events._text import Sentence, clause_bounds
from timeline._events._where import actors_in

__all__ = ["modifier_acts"]

_CIRCUMSTANCE = re.compile(r"\b(?:under|despite|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with|by\s+the\s+terms\s+of)"
                           r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?P<n>deal|agreement|accord|pact|truce|ceasefire|cease-fire|armistice|treaty)\b",
                           re.IGNORECASE)
# the noun's form for the lexicon ("pact" is a deal)
_FORM = {"pact": "deal"}
_VOTED = re.compile(r"\b(?:that|which)\s+(?P<subj>(?:(?:the|its|their)\s+)?(?:[\w'.-]+\s+){0,3}?[\w'.-]+)\s+"
                    r"(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+)?(?P<v>approved|adopted|ratified|endorsed|passed)\b")
_AGREED_THEN_TO = re.compile(r"\b(?P<v>agreed)\s+(?:(?:late|early)\s+)?(?=" + DATE_WORD.pattern + r")", re.IGNORECASE)
_THEN_TO = re.compile(r"[\w\s.-]{0,30}?,?\s+to\s+[a-z]+\b")


def modifier_acts(dm: DocMentions, sent: Sentence, first: int) -> None:
    """Tell the acts of the module docstring in ``sent``, whose mentions start at ``first`` (called by the
    mention finder once the sentence's mentions and cues are found)."""
    n0 = len(dm.mentions)
    _sentence_acts(dm, sent, first)
    _phrases(dm, sent, first)
    inside = _whole_spans(dm, sent, first)
    aftermath_roles(dm, sent, [m for m in dm.mentions[first:] if sent.start <= m.start < sent.end and id(m) not in inside])
    if len(dm.mentions) > n0 or inside:
        dm.renumber(first, sorted((x for x in dm.mentions[first:] if id(x) not in inside), key=lambda x: x.start))


_NEEDS = {v.lemma: v.needs for v in VERBAL if v.lemma in WHOLE_SPAN and v.needs}
_BEFORE = {v.lemma: v.before for v in VERBAL if v.lemma in NEEDS_BOTH and v.before}


def _whole_spans(dm: DocMentions, sent: Sentence, first: int) -> set[int]:
    """Stretch the trigger of an idiom of ``whole_span`` over its words ("opened fire"); the ids of the mentions
    inside the stretched span, which are no events of their own ("fired tear gas": no gassing), and of those of
    ``needs_both`` whose words before fail ("tourists walked through the old town")."""
    text, inside = dm.text, set()
    mine = [m for m in dm.mentions[first:] if sent.start <= m.start < sent.end]
    for m in mine:
        bef = None if m.nominal else _BEFORE.get(m.lemma)
        if bef is not None and rx(bef).search(text, max(sent.start, m.start - 90), m.start) is None:
            inside.add(id(m))  # "tourists walked through the old town": no leader, no visit
            continue
        pat = None if m.nominal else _NEEDS.get(m.lemma)
        got = rx(pat).match(text, m.end, sent.end) if pat is not None else None
        if got is None:
            continue
        end = got.end("span") if "span" in got.re.groupindex and got.group("span") is not None else got.end()
        end = len(text[:end].rstrip())
        if end > m.end:
            m.end, m.word = end, text[m.start : end]
            inside |= {id(x) for x in mine if x is not m and m.start < x.start < end}
    return inside


def _phrases(dm: DocMentions, sent: Sentence, first: int) -> None:
    """The event nouns of the lexicon's ``phrases`` told in ``sent`` (not where a mention already stands)."""
    text = dm.text
    # the verbal acts of the sentence before (mentions are in text order: look back from ``first`` only as far
    # as that sentence, so a long document stays linear)
    before: set[str] = set()
    for back in range(first - 1, -1, -1):
        x = dm.mentions[back]
        if x.sent.index < sent.index - 1:
            break
        if x.sent.index == sent.index - 1 and not x.nominal:
            before.add(x.type)
    for ph in PHRASES:
        if ph.refers_back and ph.type not in before:
            continue  # ("the violence" names no act of its own: only the one the sentence before told)
        pat = rx(ph.pattern)
        found = [g for g in [pat.match(text, sent.start, sent.end)] if g is not None] if ph.refers_back else \
            pat.finditer(text, sent.start, sent.end)
        for g in found:
            k = next(n for n in ("n", "n2", "n3") if n in g.re.groupindex and g.group(n) is not None)
            s, e = g.span(k)
            if any(x.start <= s < x.end or s <= x.start < e or (not x.nominal and x.type == ph.type and
                                                              g.start() <= x.start < g.end()) for x in dm.mentions[first:]):
                continue  # (told already, or by its verb: "the ban on rallies, imposed last week")
            n = len(dm.mentions)
            add_nominal(dm, sent, s, e, ph.lemma, ph.type)
            if len(dm.mentions) == n:
                continue
            mn = dm.mentions[-1]
            if "name" in g.re.groupindex and g.group("name"):
                # "Sunday's Unity and Freedom rally": a word of the act's own name is not who did it (but a
                # known actor is: "Saturday's Hamas rally")
                known = dm.spans("actors").names
                mn.actors = [a for a in mn.actors if a in known or a not in g.group("name")]
            if "obj" in g.re.groupindex and g.group("obj") and not mn.obj:
                mn.obj = g.group("obj")  # what it was done to tells it ("the crackdown on protesters")
            if "who" in g.re.groupindex and g.group("who") and not mn.targets:
                mn.targets = _person(dm, mn, g.group("who"))


def _person(dm: DocMentions, mn: Mention, who: str) -> list[str]:
    """The person a charge was brought against: a name, or for "him", "her", "them" the person the last act of its
    kind in the document was done to ("filed a second charge against Suu Kyi ... the charge brought against her")."""
    if who[0].isupper():
        return [who]
    done = [x for x in dm.mentions if x is not mn and x.start < mn.start and x.type == mn.type and x.targets]
    return list(done[-1].targets[:1]) if done else []


def _sentence_acts(dm: DocMentions, sent: Sentence, first: int) -> None:
    text = dm.text
    mine = [m for m in dm.mentions[first:] if sent.start <= m.start < sent.end]
    taken = {m.start for m in mine}
    for c in _CIRCUMSTANCE.finditer(text, sent.start, sent.end):
        s, e = c.span("n")
        if s not in taken and dated_modifier_at(text, s, e, sent.end) and not any(
                not x.nominal and e < x.start < e + 140 for x in mine):
            # (a verb of the modifier that is a trigger of its own tells the making: "sealed by ... yesterday")
            add_nominal(dm, sent, s, e, _FORM.get(c.group("n").lower(), c.group("n").lower()))
    for v in _VOTED.finditer(text, sent.start, sent.end):
        s, e = v.span("v")
        if s not in taken and _dated_after(text, e, sent):
            _verbal(dm, sent, s, e, "approve", "vote", v.start("subj"))
    for a in _AGREED_THEN_TO.finditer(text, sent.start, sent.end):
        s, e = a.span("v")
        d = DATE_WORD.match(text, a.end())
        if s not in taken and d is not None and _THEN_TO.match(text, d.end(), sent.end):
            _verbal(dm, sent, s, e, "agree", "agreement", sent.start)


_DATED_COMPLEMENT = re.compile(r"(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|to|for|and|but)\b)[\w'.-]+){0,8}?"
                               r"\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+|at\s+|during\s+|over\s+)?(?=" + DATE_WORD.pattern + r")")


def _dated_after(text: str, e: int, sent: Sentence) -> bool:
    """Whether the verb ending at ``e`` is followed, in its clause, by a date word ("approved at the weekend")."""
    return _DATED_COMPLEMENT.match(text[: sent.end], e) is not None


def _verbal(dm: DocMentions, sent: Sentence, s: int, e: int, lemma: str, type_: str, subj_lo: int) -> None:
    text = dm.text
    lo = max(clause_bounds(text, sent, s)[0], subj_lo)
    mn = Mention(dm.doc, len(dm.mentions), sent, s, e, text[s:e], lemma, type_, False, "past")
    mn.actors = actors_in(dm, lo, s)[-1:] or subject_names(dm, lo, s)
    dm.mentions.append(mn)
