"""A campaign's halt told by a phrase the lexicon lacks: "called a halt to its air offensive", "wound down its
bombing campaign", "put an end to the operation", "announced ... that it was ending Operation X".

The halt is an event of its own (type ``suspension``), the end of the campaign it governs, dated by its clause
("three days after Riyadh called a halt to its offensive": the main clause's day less three) or by the report
that tells it ("announced late on Tuesday that it was ending the operation": Tuesday).  It is never the
campaign's start: a gap counted from it ("two days after Israel called a halt to its offensive") is counted from
the halt, not from the offensive it halts.

The halting phrase must govern a campaign noun (an offensive, an operation, a campaign, strikes, a war ...):
"called a halt to the talks", "wound down the meeting" are no halt of fighting.  :func:`add_halts` runs once
per document, after the mention finder, and puts each new halt in the mention list in text order.
"""

from __future__ import annotations

import re

from timeline._events._doc import DocMentions, Mention
from timeline._events._roles import subject_names
from timeline._events._rx import rx
from timeline._events._sentence_vocab import halted_noun
from timeline._events._subjects import place_subject

__all__ = ["add_halts", "halt_name", "halted_campaign"]

_CAMPAIGN = r"(?:operations?|offensive|counteroffensive|counter-offensive|assault|campaign|war|fighting|hostilities|" \
            r"incursion|invasion|intervention|mission|strikes|air\s*strikes|airstrikes|bombing|bombardment|shelling|" \
            r"raids|blitz)"
# the campaign noun phrase a halting phrase governs: "its Decisive Storm air offensive", "Operation Decisive Storm",
# "the military operation in the north"
_NP = r"(?P<np>(?:(?:the|its|their|his|her|our|all|[A-Z][\w'-]*['\u2019]s)\s+)?" \
      r"(?:(?!(?:of|on|in|to|over|for|with|against|at|by|from|and|or|but|that|which)\b)[\w'-]+\s+){0,4}?" \
      r"(?P<noun>" + _CAMPAIGN + r")|Operation\s+(?P<opname>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}))\b"
_ADJ = r"(?:(?:immediate|temporary|abrupt|formal|sudden|unilateral|swift|full|complete|total)\s+)?"
#: "called a halt to", "wound down", "put an end to", "brought an end to" (the lexicon's "declared an end to",
#: "ordered a halt to", "halted", "suspended", "paused" are mentions already)
_HALTING = rx(r"\b(?P<verb>call(?:ed|s|ing)?\s+(?:an?\s+)?" + _ADJ + r"halt\s+to|wound\s+down|wind(?:s|ing)?\s+down|"
              r"(?:put(?:s|ting)?|brought|bring(?:s|ing)?)\s+(?:an?\s+)?" + _ADJ + r"end\s+to)\s+" + _NP)
#: "(announced late on Tuesday) that it was ending Operation X", "(said) they were winding down the offensive"
_REPORTED_END = rx(r"\b(?P<report>announced|announces|said|says|declared|confirmed|stated)\b(?P<date>[^.;:]{0,40}?)\s+"
                   r"(?:that\s+)?(?:it|they|the\s+(?:kingdom|coalition|alliance|government|army|military)|"
                   r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s+(?:was|were|is|are)\s+(?P<verb>ending|halting|winding\s+down)"
                   r"\s+" + _NP)
# a halt not done: "refused to call a halt to", "will wind down", "did not end"
_NOT_DONE = rx(r"\b(?:not|never|n't|no|refus\w*|reject\w*|will|would|could|might|should|must|to|urg\w*|"
               r"demand\w*|call\w*\s+on\s+\w+)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _host(dm: DocMentions, m: re.Match[str]) -> Mention | None:
    """The campaign noun's mention in the halting phrase's noun phrase (the noun, or "Operation")."""
    lo, hi = (m.start("noun"), m.end("noun")) if m.group("noun") else (m.start("np"), m.end("np"))
    return next((x for x in dm.mentions_starting(lo, hi) if x.nominal), None)


def _covered(dm: DocMentions, lo: int, hi: int) -> Mention | None:
    """A suspension mention the phrase already holds ("a halt" the noun gate read as a halt of fighting)."""
    return next((x for x in dm.mentions_starting(lo, hi) if x.type == "suspension"), None)


def _actors(dm: DocMentions, lo: int, at: int, host: Mention | None) -> list[str]:
    """The halting verb's subject: "(three days after) Riyadh called a halt", "Saudi Arabia announced"."""
    sent = dm.sentence_at(at)
    if sent is None:
        return []
    a = max((x.end() for x in rx(r"\b(?:after|before|when|as|since|until|while)\b|[,;:]").finditer(dm.text, lo, at)),
            default=lo)
    got = subject_names(dm, a, at) or place_subject(dm, sent, a, at) or \
        [x.name for x in dm.spans("actors").within(a, at)][-1:]
    return got or (list(host.actors) if host is not None else [])


def _new(dm: DocMentions, start: int, end: int, lemma: str, host: Mention | None, np: str, lo: int) -> Mention | None:
    sent = dm.sentence_at(start)
    if sent is None:
        return None
    mn = Mention(dm.doc, -1, sent, start, end, dm.text[start:end], lemma, "suspension", False, "past")
    mn.actors = _actors(dm, lo, start, host)
    if host is not None:
        mn.places, mn.targets = list(host.places), list(host.targets)
    mn.obj = halted_noun(np)
    return mn


def add_halts(dm: DocMentions) -> None:
    """Add a halt mention for each halting phrase of the document that no mention tells yet (see the module)."""
    text = dm.text
    new: list[Mention] = []
    gone: set[int] = set()
    for sent in dm.sentences:
        for m in _HALTING.finditer(text, sent.start, sent.end):
            have = _covered(dm, m.start(), m.start("np"))
            if _NOT_DONE.search(text, max(sent.start, m.start() - 25), m.start()):
                if have is not None and have.nominal:
                    gone.add(id(have))  # "refused to call a halt to its offensive": no halt
                continue
            host = _host(dm, m)
            if have is not None and not have.nominal:
                # "two days after Israel called a halt to its offensive": the halt is Israel's, whoever the
                # sentence's other acts are by
                have.actors = _actors(dm, sent.start, m.start(), None) or have.actors or \
                    (list(host.actors) if host is not None else [])
                have.obj = have.obj or halted_noun(m.group("np"))
                continue
            if have is not None:
                # the noun "halt" the noun gate read in the phrase: the phrase's verb tells the act, so that a date
                # after the campaign noun is the halt's, as after any verb that stops it ("called a halt to its
                # offensive on Sunday", like "suspended its offensive on Sunday")
                gone.add(id(have))
            got = _new(dm, m.start("verb"), m.end("verb"), _lemma(m.group("verb")), host, m.group("np"), sent.start)
            if got is not None:
                new.append(got)
        for m in _REPORTED_END.finditer(text, sent.start, sent.end):
            if _covered(dm, m.start(), m.end()) is not None or rx(r"\b(?:not|never|no)\b").search(m.group("date")):
                continue
            host = _host(dm, m)
            # the halt is the report's: "announced late on Tuesday that it was ending the operation" is Tuesday's
            at = m.start()
            got = _new(dm, at, m.end("report"), "declare end to", host, m.group("np"), sent.start)
            if got is not None:
                new.append(got)
    if new or gone:
        kept = [x for x in dm.mentions if id(x) not in gone]
        dm.renumber(0, sorted([*kept, *new], key=lambda x: x.start))


def _lemma(verb: str) -> str:
    v = verb.lower()
    return "call halt to" if "halt" in v else "wind down" if "down" in v else "put end to"


def halted_campaign(dm: DocMentions, mn: Mention) -> Mention | None:
    """The campaign noun mention a halt added here governs ("called a halt to its offensive": the offensive)."""
    if mn.lemma in {"call halt to", "wind down", "put end to"}:
        m = _HALTING.match(dm.text, mn.start, mn.sent.end)
    elif mn.lemma == "declare end to":
        m = _REPORTED_END.match(dm.text, mn.start, mn.sent.end)
    else:
        return None
    return _host(dm, m) if m is not None else None


def halt_name(dm: DocMentions, mn: Mention) -> str | None:
    """The campaign's name the halt's noun phrase gives ("its Decisive Storm air offensive", "Operation
    Decisive Storm": "Decisive Storm"), or None."""
    m = _HALTING.match(dm.text, mn.start, mn.sent.end) or _REPORTED_END.match(dm.text, mn.start, mn.sent.end)
    if m is None:
        m = rx(r"\s+(?:[\w'-]+\s+){0,3}?(?:to|of)\s+" + _NP).match(dm.text, mn.end, mn.sent.end)
    if m is None:
        return None
    if m.group("opname"):
        return str(m.group("opname"))
    caps = rx(r"(?:[A-Z][\w'-]*\s+)*[A-Z][\w'-]*(?=\s+(?:[a-z-]+\s+){0,2}" + _CAMPAIGN + r"\b)").search(m.group("np"))
    return caps.group() if caps is not None and not caps.group().endswith(("'s", "\u2019s")) else None
