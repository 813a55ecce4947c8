"""Cues of a sentence: which noun an aspectual verb governs ("launched an offensive", "the offensive that
began"), with the tense and actors it lends that noun (split out of :mod:`._mentions`)."""

from __future__ import annotations

import re

from timeline._events import _mentionrx as mx
from timeline._events import _verbroles as vr
from timeline._events._doc import Cue, DocMentions, Mention
from timeline._events._lexicon import ASPECT_PAST
from timeline._events._rx import rx
from timeline._events._text import Sentence, Tense, clause_bounds, tense_at
from timeline._events._where import actors_in as _actors_in
from timeline._events._where import agent_after_by as _agent_after_by
from timeline._events._where import by_agent as _by_agent

__all__ = ["attach_cues", "sentence_cues", "tense_of"]

_NEGATED = rx(r"\b(?:never|not|n't)\s+(?:(?:even|yet|really)\s+)?(?:got\s+|get\s+|been\s+)?$", re.IGNORECASE)
_PLANNED = rx(r"\b(?:due|scheduled|set|expected|supposed|slated)\s+to\s+$", re.IGNORECASE)
# what never stands between a verb and its object: a preposition ("ended after the strike", "began during the
# shelling": a time of the verb, not its object) or a comma
_NOT_OBJECT_GAP = r"\b(?:in|of|for|to|on|at|with|from|into|after|before|during|amid|following|since|until|despite)\b|[,;]"
_RESTRICTIVE = rx(r"\s+(?:that|which)\s+[^,;:()]{1,100}?"
                  r"\s+(?:had\s+|has\s+|have\s+)?$", re.IGNORECASE)
_TIME_PP = rx(r"\s+(?:after|before|during|amid|following|despite)\s", re.IGNORECASE)
_SHIFTED = rx(r"\s+(?:after|before|during|amid|following|despite)\s+(?:(?!\b(?:and|or|but|while|as|when)\b)[^,;.]){1,40}?"
              r"\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
_FINITE = rx(r"\s+(?:took|came|began|started|went|ended|was|were|had|has|is|are|would|will)\b", re.IGNORECASE)
_COLLAPSE = rx(r"collapse[sd]?|f[ae]ll(?:s)?\s+apart|br(?:eak|eaks|oke)\s+down", re.IGNORECASE)


def tense_of(dm: DocMentions, sent: Sentence, s: int, past: bool, nominal: bool = False) -> Tense:
    lo, hi = clause_bounds(dm.text, sent, s)
    return tense_at(dm.text, lo, hi, s, past, nominal)


def sentence_cues(dm: DocMentions, sent: Sentence) -> list[Cue]:
    """The cues of the sentence being read: the tail of ``dm.cues`` (a scan back, not over the text)."""
    k = len(dm.cues)
    while k > 0 and dm.cues[k - 1].sent == sent.index:
        k -= 1
    return dm.cues[k:]


def attach_cues(dm: DocMentions, sent: Sentence, first: int, first_cue: int) -> None:
    """Give each aspectual verb the noun it governs ("launched an offensive", "offensive that began")."""
    text = dm.text
    mine = dm.mentions[first:]
    for ci in range(first_cue, len(dm.cues)):  # this sentence's cues only: linear in a long text
        cue = dm.cues[ci]
        if cue.sent != sent.index or cue.kind != "aspect" or cue.host is not None:
            continue
        lo, hi = clause_bounds(text, sent, cue.start)
        host: Mention | None = None
        if vr.takes_effect(text, cue.start, cue.end):  # "a deal signed ... to end the war came into force"
            host = next((mn for mn in reversed(mine) if mn.nominal and mn.end <= cue.start and mn.type in vr.TAKER), None)
        if cue.of_noun:  # "the end of combat operations": the first event noun after "of"
            host = next((mn for mn in mine if mn.nominal and mn.start >= cue.end and
                         mx.OF_EVENT.fullmatch(text, cue.end, mn.end)), None)
            if host is not None:
                dm.cues[ci] = Cue(cue.kind, cue.relation, cue.start, cue.end, cue.sent, host.index, True)
                host.aspect, host.aspect_span = cue.relation, (cue.start, cue.end)
            continue
        # object: only determiners/adjectives between verb and noun; a verb that takes none ("collapsed",
        # "fell apart", "broke down") has none ("the bridge collapsed after the strike on X": not the strike's end)
        intransitive = _COLLAPSE.fullmatch(text, cue.start, cue.end) is not None
        # a time phrase before the object ("launched after the talks an offensive", "ended during the night
        # its siege"), only when no event noun is the verb's subject ("the siege ended during the night
        # the truce began": the truce is no object)
        shifted = not any(m.nominal and m.end <= cue.start and cue.start - m.end <= 45 for m in mine)
        for mn in mine if host is None and not intransitive else ():
            if mn.nominal and cue.end <= mn.start <= cue.end + 50 and mn.start < hi:
                # a name may hold "of": "launched the Wrath of Euphrates operation"
                gap = rx(r"[A-Z][\w'-]*(?:\s+of\s+[A-Z][\w'-]*)*").sub("", text[cue.end : mn.start]).lower()
                if not rx(_NOT_OBJECT_GAP).search(gap) or (
                        shifted and _SHIFTED.fullmatch(text, cue.end, mn.start) and not _FINITE.match(text, mn.end)):
                    host = mn
                elif shifted and _TIME_PP.match(text, cue.end):
                    continue  # the time phrase's own noun ("after the talks"): the object may follow it
                break
        if host is None and not intransitive and mx.OBJECT_AFTER.match(text, cue.end):
            continue  # "Yesterday's arrival ended eight months of occupation": the verb has an object
        if host is None:  # subject or passive: "the operation launched", "the offensive that began"
            # a relative clause reaches back over the noun's complements: "the offensive against IS in
            # Deir ez-Zor, which started on ..."
            relative = rx(r",\s+(?:which|that)\s+(?:had\s+|has\s+)?$").search(text[max(0, cue.start - 20) : cue.start])
            reach = 90 if relative else 45
            # a restrictive relative clause between the subject and its verb: "a 24-hour truce that both sides
            # had pledged to respect from Friday collapsed at once" (no comma: the clause is the noun's)
            restrictive = next((mn.end for mn in reversed(mine) if mn.nominal and mn.end <= cue.start), None)
            if restrictive is not None and _RESTRICTIVE.fullmatch(text, restrictive, cue.start):
                reach = 110
            verb_at = cue.start
            for mn in reversed(mine):
                if mn.nominal and mn.end <= verb_at and verb_at - mn.end <= reach and mn.end >= lo - reach + 5:
                    gap = text[mn.end : verb_at].lower()
                    opening = text.rfind(",", max(sent.start, mn.start - 120), mn.start)
                    if not relative and rx(r",\s*$").search(gap) and opening >= 0 \
                            and "," not in text[opening + 1 : mn.start]:
                        # "The assault, three weeks into the campaign, began on Tuesday": the noun
                        # of an appositive is not the subject; the noun before it is
                        verb_at = opening
                        continue
                    if not rx(r"[;]|\b(?:said|says)\b").search(gap) and not (relative and rx(
                            r"\b(?:will|would|is|are|was|were|has|have|had|can|could|may|might|should|must)\b"
                    ).search(gap)):
                        # (but "operations will go on through the holy month, which began on May 27":
                        # the relative clause is about the month, past a verb of the main clause)
                        host = mn
                    break
        if host is None:
            continue
        if host.type == "meeting" and (_COLLAPSE.fullmatch(text, cue.start, cue.end) or (
                cue.relation == "begins" and _NEGATED.search(text, max(sent.start, cue.start - 25), cue.start))):
            continue  # "talks in Minsk broke down this evening", "the talks never got started in May": the talks'
            # failure is what is dated, on that day
        dm.cues[ci] = Cue(cue.kind, cue.relation, cue.start, cue.end, cue.sent, host.index)
        host.aspect, host.aspect_span = cue.relation, (cue.start, cue.end)
        form = text[cue.start : cue.end].lower()
        host.tense = tense_of(dm, sent, cue.start, form in ASPECT_PAST)
        if _PLANNED.search(text, max(sent.start, cue.start - 30), cue.start):
            host.tense = "future"  # "the talks were due to open on Thursday": planned, not known to have begun
        if not host.actors and host.campaign is None and not mx.CIRCUMSTANCE.search(
                text, max(sent.start, host.start - 30), host.start):
            before = _actors_in(dm, lo, min(cue.start, host.start))
            # the object fronted in a relative clause: "the assault that the SDF relaunched", "which the army unleashed"
            fronted = _actors_in(dm, host.end, cue.start) if host.end <= cue.start and rx(
                r"\s*,?\s*(?:which|that)\s+(?:the\s+)?[^,;]{1,50}$").fullmatch(text, host.end, cue.start) else []
            host.actors = (_agent_after_by(dm, cue.end, hi) or fronted[-1:] or before[-1:] or _actors_in(dm, sent.start, cue.start)[-1:]
                           or _by_agent(dm, host.end, sent.end))
