"""Event-relative expressions: the time elapsed since an event began, told against a moment.

"seven months into the Mosul campaign", "with the battle in its second week", "the almost two-week-old
campaign", "since the start of the operation", and a gap told from the article's present ("Thirty-one
days after the war began, the deaths are still cited"; "the town was now free, 11 days after he
launched the offensive"): each becomes a :class:`RelativeStart` on the event it counts from.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from timeline._events import _linkrx as lx
from timeline._events._elapsed import elapsed_days, fields_of, ordinal_of
from timeline._events._gaphost import offset_alone
from timeline._events._mentions import DocMentions, Mention
from timeline._events._movements import DECLARED_STATES, MOVEMENT_NOUNS
from timeline._events._rx import rx
from timeline._events._text import Sentence
from timeline.model import Expression

__all__ = ["ONE_DAY_TYPES", "OWN_COUNT", "RelativeStart", "own_count", "relative_start"]

#: Kinds of relative phrase that date the event they name, never the campaign around it: "since the
#: takeover", "a day after the Kurds struck a deal" (``ago``: a moment that far back).
OWN_COUNT = frozenset({"since", "ago"})
#: Acts of one day whose age is counted like a campaign's ("two weeks into the coup"): the age dates the act,
#: which is over by then (kind ``ago``), and is put on the act's own cluster
ONE_DAY_TYPES = frozenset({"coup", "disaster"})  # ("nine weeks into their ordeal": the accident that began it)


@dataclass(frozen=True)
class RelativeStart:
    """An event-relative expression: at ``ref``, ``[lo, hi]`` days had passed since the event began."""

    expression: int
    mention: int | None  # the event noun inside the phrase, if the rules found one
    phrase: str
    kind: str  # into | week_of | age | since | ago (a moment that far back, over by then: see _offsets)
    ref: dt.datetime | None
    lo: float | None
    hi: float | None
    also: tuple[int, ...] = ()  # acts coordinated with ``mention`` that the same ``ago`` phrase dates


def _mention_in(dm: DocMentions, lo: int, hi: int) -> Mention | None:
    best: Mention | None = None
    for mn in dm.mentions_starting(lo, hi):  # indexed: a long text must not cost a scan per phrase
        if lo <= mn.start and mn.end <= hi and mn.nominal and (best is None or mn.type == "campaign"):
            best = mn
            if mn.type == "campaign":
                break
    return best


# "..., 11 days after he launched the offensive." / "..., a week after the siege began.": a gap that closes
# the sentence, counted from the start of the event it names
_AFTER_OPENED = re.compile(r"\s+after\s+(?:(?:[\w'.-]+\s+){1,4}?(?:launched|began|started|opened|unleashed)"
                           r"\s+((?:the|an?|its|their|his|her)\s+[^,;.]+?)|((?:the|its|their)\s+[^,;.]+?)\s+"
                           r"(?:began|started|erupted|opened|broke\s+out))\s*(?:[.;]|$)", re.IGNORECASE)
# ... told of the present: "the town was now free, 11 days after ...", "the district is calm, ..."
_NOW_CLAUSE = re.compile(r"\bnow\b[^;:]*,\s*$", re.IGNORECASE)
_PRESENT_CLAUSE = re.compile(r"\b(?:is|are|remains?)\b[^;:]*,\s*$", re.IGNORECASE)


# "N months of fighting" told as a span bounded in the past: "nine months of fighting, from an offensive
# launched last October until X declared the city liberated in July"
_SPAN_OF = re.compile(r"\s+of\s+[\w\s-]{1,30}?,?\s+from\s+[^;]*?\b(?:until|till|through|to)\b", re.IGNORECASE)


def _told_from_now(after: str, before: str) -> tuple[int, int] | None:
    """The span (in ``after``) of the event a gap closing a present-tense sentence counts from."""
    m = _AFTER_OPENED.match(after)
    if m is None or not (_NOW_CLAUSE.search(before) or (
            _PRESENT_CLAUSE.search(before) and not lx.PAST_VERB.search(before))):
        return None
    g = 1 if m.group(1) is not None else 2
    return m.start(g), m.end(g)


def relative_start(dm: DocMentions, i: int, e: Expression, ref: dt.datetime | None, sent: Sentence | None,
                   expressions: Sequence[Expression] = ()) -> RelativeStart | None:
    """What an event-relative expression says of the event it counts from.  ``expressions`` (the
    document's) let a gap count from its main clause's date ("moved north on Monday, a day after ...");
    a caller that passes them routes the ``ago`` kind to the act it names (:data:`OWN_COUNT`)."""
    text = dm.text
    if sent is None:
        return None
    after = text[e.end : min(sent.end, e.end + 90)]
    before = text[sent.start : e.start]
    phrase_lo = phrase_hi = -1
    kind = ""
    now = lx.AFTER_BEGAN.match(after) if (e.event_relation or "after") == "after" else None
    if now is not None and lx.PRESENT.search(now.group(2)) and not lx.PAST_VERB.search(now.group(2)):
        # "Thirty-one days after the war began, the deaths at Qana are still cited": the main clause tells the
        # present, so the gap runs from the event's start to the article's day (like "31 days into the war")
        phrase_lo, phrase_hi, kind = e.end + now.start(1), e.end + now.end(1), "into"
    elif (e.event_relation or "") == "after" and e.type == "DURATION" and (told := _told_from_now(after, before)):
        # "Abadi said the district was now free, 11 days after he launched the offensive": the same, told
        # at the sentence's end
        phrase_lo, phrase_hi, kind = e.end + told[0], e.end + told[1], "into"
    elif (off := offset_alone(dm, e, ref, sent, expressions)) is not None:
        # "moved north on Monday, a day after the Kurds struck a deal", "the town has fallen, nine days after
        # the jets first struck": counted back from the main clause's day (see _offsets); a gap "and" joins to
        # another is read as if told alone, so it counts from the same main clause (see _gaphost)
        if off.kind == "ago" and not expressions:
            return None
        return RelativeStart(i, off.mention, off.phrase, off.kind, *off.as_count(), also=off.also)
    elif (e.event_relation or "") in {"before", "after", "earlier", "later", "previous", "following"}:
        return None  # "four weeks after the battle began": a gap between two events (see _relations)
    elif (e.event_relation or "") == "into" and _SPAN_OF.match(text, e.end, sent.end):
        return None  # "It took nearly nine months of fighting, from October until July": a span in the past
    ref_text = e.event_ref if e.event_ref and e.event_ref.lower() not in {"its", "their", "it", "this"} else None
    if ref_text:
        k = text.find(ref_text, max(sent.start, e.start - len(ref_text) - 60), sent.end)
        if k >= 0:
            phrase_lo, phrase_hi = k, k + len(ref_text)
        kind = {"into": "into", "since": "since", "week_of": "week_of"}.get(e.event_relation or "", "into")
        if (e.event_relation or "") not in {"into", "since", "week_of"} and (
                ordinal_of(e.text, fields_of(e))):
            kind = "week_of"
    elif (m := rx(r"\s*into\s+((?:the|their|its|[A-Z][\w-]*['\u2019]s)\s+[^,;.]+?)(?=\s*(?:,|;|\.|$|\bthat\b|\bwhich\b))")
          .match(after)) is not None:
        # a possessive for "the" ("two weeks into Turkey's state of emergency"), or "their/its" ("Nine weeks into
        # their ordeal, the miners ...": the ordeal's noun, see _disaster)
        phrase_lo, phrase_hi, kind = e.end + m.start(1), e.end + m.end(1), "into"
    elif ordinal_of(e.text, fields_of(e)) and (
        (m := rx(r"(the\s+[^,;.]+?)\s*,?\s+(?:(?:now|already|still|well)\s+)?(?:in|into)\s+(?:its|their)\s*$")
         .search(before))
        or (e.event_relation or "").endswith("_of")
        or rx(r"\b(?:its|their)\s+\w+\s+(?:day|week|month)").search(e.text)
    ):
        kind = "week_of"
        if m is not None:
            phrase_lo, phrase_hi = sent.start + m.start(1), sent.start + m.end(1)
    elif (m := rx(r"[\s-]*old\s+((?:[\w-]+\s+){0,2}?(?:campaign|battle|offensive|operation|war|siege))\b").match(after)) is not None or rx(r"-old$").search(e.text) and (m := rx(r"\s+((?:[\w-]+\s+){0,2}?(?:campaign|battle|offensive|"
                                                          r"operation|war|siege))\b").match(after)):
        phrase_lo, phrase_hi, kind = e.end + m.start(1), e.end + m.end(1), "age"
    if not kind:
        return None
    mn = _mention_in(dm, phrase_lo, phrase_hi) if phrase_lo >= 0 else None
    if mn is None and phrase_lo >= 0 and kind == "week_of":
        # "The Taliban blitz on the provincial capitals, now in its second week": the noun the complement follows
        mn = next((x for x in reversed(dm.mentions_starting(max(sent.start, phrase_lo - 40), phrase_lo)) if x.nominal
                   and x.sent.index == sent.index and x.end <= phrase_lo
                   and rx(r"\s+(?:on|against|in|for|of|into|toward|towards)\s+$").match(text, x.end, phrase_lo)), None)
    if mn is None and phrase_lo < 0 and kind == "week_of":
        mn = next((x for x in reversed(dm.mentions_starting(sent.start, e.start)) if x.end <= e.start
                   and x.sent.index == sent.index and x.nominal), None)
        if mn is None:  # "pounded Raqqa for a 12th straight day as the offensive on the city pressed on"
            mn = next((x for x in dm.mentions_starting(e.end, sent.end) if x.sent.index == sent.index
                       and x.type == "campaign"), None)
        # "In its 12th week, the anti-terrorist operation has ...", "Now in its fifth week, the uprising has
        # spread": the subject it opens (a campaign, or a whole movement of unrest)
        if mn is None:
            mn = next((x for x in dm.mentions_starting(e.end, e.end + 51) if x.sent.index == sent.index
                       and x.nominal and (x.type in {"offensive", "battle"} or x.word.lower() in MOVEMENT_NOUNS)
                       and rx(r"\s*,\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}$").fullmatch(text, e.end, x.start)), None)
        mn = mn or lx.day_of(dm, e, sent)  # "endured a fourth straight day of air strikes": the strikes
    if kind in {"into", "week_of", "age"} and mn is not None and (mn.type in ONE_DAY_TYPES or mn.word.lower() in DECLARED_STATES):
        # "barely two weeks into the coup": the coup lay that far back (over by then, not still going on); "two
        # weeks into the state of emergency": its declaration, an act of one day, lay that far back
        kind = "ago"
    phrase = text[phrase_lo:phrase_hi] if phrase_lo >= 0 else (e.event_ref or "")
    span = None if kind == "since" else elapsed_days(e.text, e.value, e.mod, fields_of(e))
    lo, hi = (span if span is not None else (None, None))
    return RelativeStart(i, mn.index if mn is not None else None, phrase, kind, ref, lo, hi)


class _Owner(Protocol):
    relative: list[tuple[int, RelativeStart]]


def own_count(d: int, r: RelativeStart, of_mention: Mapping[int, _Owner]) -> bool:
    """For the clustering: an ``ago`` phrase ("a day after the Kurds struck a deal") dates the act it names,
    never the campaign of its article; put it on that act's cluster (none: dropped).  Whether it was taken."""
    if r.kind != "ago":
        return False
    owners: list[_Owner] = []
    for m in (r.mention, *r.also):
        cl = of_mention.get(m) if m is not None else None
        if cl is not None and not any(cl is o for o in owners):
            owners.append(cl)
            cl.relative.append((d, r))
    return True

