"""What a civil act was done to, as one word: "internet", "mobile", "broadcast", "curfew" (session 11).

An act told with no actor and no place ("Internet access was cut nationwide") can still be told apart from
the other acts of its family by what it was done to: the internet, mobile data, a television channel.
:func:`acted_on` reads that from the mention's object (``obj``), its trigger words ("internet shutdown"),
then the few words after the trigger ("cut internet access", "shut down mobile data"), then the few words
before it ("Internet access was cut", "the ban on rallies imposed"), and returns one class of object, or
``None`` when the words name none or name two.  :mod:`._sameday` merges such an act with the one act of its
family, object and day another article tells, and keeps a mobile-data cut and a television ban of one day
apart.
"""

from __future__ import annotations

import re

from timeline._events._doc import DocMentions, Mention

__all__ = ["acted_on"]

#: object classes, each with the words that name it (checked in this order: "mobile internet" is mobile)
_CLASSES: tuple[tuple[str, str], ...] = (
    ("mobile", r"mobile(?:\s+|-)(?:data|networks?|internet|phones?|phone\s+services?|services|operators?|"
               r"connections?|lines?|coverage)|cellular|cell(?:phone)?\s+(?:networks?|services?|coverage)|"
               r"3G|4G|5G|SMS|text\s+messag\w*"),
    ("social", r"social\s+(?:media|networks?|networking)|messaging\s+(?:apps?|services?)|Facebook|Twitter|"
               r"WhatsApp|Telegram|YouTube|Instagram|TikTok|Signal|VPNs?"),
    ("broadcast", r"television|TV|radio|broadcast\w*|satellite\s+channels?|channels?|stations?"),
    ("press", r"newspapers?|news\s+(?:sites?|websites?|outlets?|agenc(?:y|ies))|(?:media|press)\s+outlets?|publishers|"
              r"publishing\s+houses|magazines|websites?|the\s+press"),
    ("phone", r"(?:tele)?phone\s+(?:lines?|networks?|services?)|landlines?|telecommunications?|"
              r"communications?\s+(?:networks?|lines)"),
    ("internet", r"internet|web|broadband|online\s+access|connectivity"),
    ("curfew", r"curfews?"),
    ("emergency", r"state\s+of\s+(?:emergency|siege|exception)|martial\s+law|emergency\s+rule"),
    ("gathering", r"(?:rallies|rally|gatherings?|protests?|demonstrations?|marches|assembl(?:y|ies))"),
    ("strike", r"(?:general\s+)?strikes?|walk-?outs?|stoppages?"),
)
_WORDS = [(name, re.compile(r"(?<![\w-])(?:" + pat + r")(?![\w-])", re.IGNORECASE)) for name, pat in _CLASSES]
_AFTER = 7  # words after a verb to look in ("cut off all mobile data", "shut down three TV channels")
_BEFORE = 5  # words before it ("Mobile internet access was cut", "the ban on rallies was imposed")


def _classes(text: str) -> set[str]:
    return {name for name, pattern in _WORDS if pattern.search(text)}


def _one(text: str) -> str | None:
    found = _classes(text)
    if len(found) == 2 and "internet" in found and found & {"mobile", "social"}:
        found.discard("internet")  # "mobile internet", "social media on the internet"
    return next(iter(found)) if len(found) == 1 else None


def acted_on(dm: DocMentions, mn: Mention) -> str | None:
    """The one class of what ``mn`` was done to (see the module), or ``None``."""
    for text in (mn.obj or "", dm.text[mn.start : mn.end]):
        got = _one(text)
        if got is not None:
            return got
    after = dm.text[mn.end : mn.sent.end]
    after = " ".join(re.split(r"[,;:]", after, maxsplit=1)[0].split()[:_AFTER])
    got = _one(after)
    if got is not None or _classes(after):
        return got
    before = dm.text[mn.sent.start : mn.start]
    before = " ".join(re.split(r"[,;:]", before)[-1].split()[-_BEFORE:])
    return _one(before)
