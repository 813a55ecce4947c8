"""Who did it, when the subject is not a plain actor before the verb (split out of :mod:`._mentions`).

A place or a name standing for its government ("Moscow declared", "Britain's defence secretary
ordered"); the order or leave whose infinitive a verb is ("ordered troops to withdraw", "allowed the
convoy to leave"); who moves in "the arrival of 150 peshmerga"; strikes by aircraft as air strikes.
"""

from __future__ import annotations

import re

from timeline._events._doc import DocMentions, Mention
from timeline._events._roles import names_in
from timeline._events._rx import rx
from timeline._events._text import Sentence

__all__ = ["ORDERED", "SUBORDINATOR", "WITH_BEFORE", "agent_after_of", "by_air", "licence_of", "place_subject"]


def place_subject(dm: DocMentions, sent: Sentence, lo: int, s: int) -> list[str]:
    """A place that is the verb's subject stands for its government: "Moscow last Friday declared the
    region part of Russia", "Russia's defence minister ordered troops to withdraw"."""
    text = dm.text
    found = [(p.name, p.start, p.end) for p in dm.spans("places").within(max(lo, s - 90), s)]
    found += [(n.text, n.start, n.end) for n in names_in(dm, max(lo, s - 90), s)
              if text.startswith("'s", n.end)]  # "Britain's defence secretary" (a name the gazetteer lacks)
    for name, start, end in sorted(found, key=lambda x: -x[1]):
        if _PLACE_SUBJECT_GAP.fullmatch(text, end, s) is None:
            continue
        if rx(r"(?:^|[,;:(]\s*|\b(?:that|and|but|after|when|as|while|before|since|because)\s+)$", re.IGNORECASE).search(
                text, max(sent.start, start - 12), start) is None and start > sent.start:
            continue
        return [name]
    return []


_PLACE_SUBJECT_GAP = re.compile(
    r"(?:'s\s+(?:[a-z-]+\s+){0,2}?(?:minister|president|prime\s+minister|leader|government|army|military|commander|"
    r"chief|ministry|parliament|officials?|envoy|spokesman|spokeswoman|forces|troops|authorities|cabinet|"
    r"secretary|chancellor|general|generals|commanders|command|navy|air\s+force)"
    r"(?:\s+[A-Z][\w'-]*){0,3},?)?\s+"
    r"(?:(?:last|on|this|early|late|also|then|has|have|had|formally|officially|reportedly|\w+ly)\s+|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)*")
WITH_BEFORE = re.compile(r"\b(?:with|without|carrying|using)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
SUBORDINATOR = re.compile(r"\b(?:after|before|when|while|as|since|because|until|once|although|though|whereas|"
                          r"where|if)\s+", re.IGNORECASE)

#: What an order is said to order, by the type of its infinitive ("ordered troops to withdraw": withdrawal).
ORDERED = {"withdrawal": "withdrawal", "evacuation": "evacuation", "attack": "attack", "advance": "advance",
           "capture": "capture", "surrender": "surrender", "airstrike": "strikes"}


def licence_of(dm: DocMentions, sent: Sentence, s: int) -> Mention | None:
    """The order or leave whose infinitive this verb is: "ordered troops on Wednesday to withdraw",
    "allowed the convoy to leave", "agreed to let fighters cross"."""
    if not rx(r"\bto\s+$").search(dm.text, max(sent.start, s - 4), s):
        return None
    got = next((x for x in reversed(dm.mentions) if x.sent.index == sent.index), None)
    if got is None or got.nominal or got.type not in {"order", "permission"} or s - got.end > 60:
        return None
    if rx(r"[;,]|\b(?:and|but|after|before|when|while|in\s+order)\b").search(dm.text, got.end, s):
        return None
    return got


def by_air(mn: Mention) -> None:
    """Strikes by aircraft are air strikes: "American aircraft bombed", "coalition warplanes struck",
    "the American air strikes" (whose owner is then the aircraft, not "American forces")."""
    if mn.type == "airstrike":
        mn.actors = [a[: -len("forces")] + "aircraft" if a.endswith(" forces") else a for a in mn.actors]
    elif mn.type == "attack" and mn.actors and all(a == "aircraft" or a.endswith(" aircraft") for a in mn.actors):
        mn.type = "airstrike"


# Nouns of a movement whose "of" introduces who moves: "the arrival of 150 peshmerga", "the withdrawal of
# Russian troops" (not "the capture of Mosul", where it introduces what is taken).
_MOVER_OF = frozenset(["arrival", "entry", "withdrawal", "retreat", "pullout", "pullback", "pull-back", "departure",
                       "advance", "deployment", "redeployment", "return"])


def agent_after_of(dm: DocMentions, form: str, e: int, hi: int) -> list[str]:
    """Who moves, after "of" ("the arrival of about 150 peshmerga"): the first actor within a few words."""
    if form not in _MOVER_OF:
        return []
    m = rx(r"\s+of\s+(?:[\w-]+\s+){0,4}?").match(dm.text, e, hi)
    if m is None:
        return []
    return [a.name for a in dm.spans("actors").within(m.end() - 1, min(hi, m.end() + 40))
            if "," not in dm.text[e : a.start] and a.start - m.end() <= 30][:1]
