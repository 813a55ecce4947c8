"""A campaign told as a span to its end: "from an offensive launched last October until the army declared
Kassala liberated in July" - the offensive was the campaign for Kassala.

An offensive or battle noun that names no target or campaign of its own, followed in its
sentence by "until" / "till" / "to" and a capture or proclamation of a named place, takes that place
as its target (what the campaign took ends it).  Runs on one sentence's mentions, once all are found.
"""

from __future__ import annotations

import re

from timeline._events._doc import DocMentions
from timeline._events._rx import rx

__all__ = ["span_targets"]

_OPENERS = frozenset({"offensive", "battle", "campaign"})
_CLOSERS = frozenset({"capture", "proclamation"})
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+(?:launch|start|beginning)\s+of\s+)?(?:(?:a|an|the|its|their)\s+)?"
                          r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|to)\b", re.IGNORECASE)


def span_targets(dm: DocMentions, first: int) -> None:
    """Give a span's opening campaign noun the target of the capture that closes it (see the module)."""
    text = dm.text
    mine = dm.mentions[first:]
    for k, mn in enumerate(mine):
        if mn.type not in _OPENERS or not mn.nominal or mn.targets or mn.campaign is not None:
            continue
        if _FROM_BEFORE.search(text, max(mn.sent.start, mn.start - 50), mn.start) is None:
            continue
        for x in mine[k + 1 :]:
            if x.type not in _CLOSERS or len(x.targets) != 1 or x.start - mn.end > 120:
                continue
            until = _UNTIL.search(text, mn.end, x.start)
            if until is not None and not rx(r"[;]").search(text, mn.end, x.start):
                mn.targets = list(x.targets)
            break
