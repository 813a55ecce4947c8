"""An act told a gap after or before an act already dated: "Federal troops entered the town a day later",
"Two days earlier, the army had shelled the town" (after a sentence that dates its act).

The gap phrase carries no event of its own (extraction marks it ``later``/``earlier`` with no
``event_ref``); the act it dates is the verb of its clause, the act it counts from the latest act with
a date of its own before it: earlier in the same sentence ("took the bridge on Monday and entered the
town two days later"), else in the sentence before.  A date right after a report verb ("Amnesty said on
Thursday") is the report's, not an act's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline._events._gaps import gap_days
from timeline._events._lexicon import REPORTING
from timeline._events._mentions import DocMentions, Mention
from timeline._events._rx import rx
from timeline._events._text import Sentence
from timeline.model import Expression

__all__ = ["Sequel", "sequels"]


@dataclass(frozen=True)
class Sequel:
    """Mention ``dependent`` lies ``[lo, hi]`` days after (``relation``) or before mention ``other``."""

    dependent: int
    other: int
    relation: str  # after | before
    lo: float
    hi: float
    start: int  # from the other act to the gap phrase: the span the other act's date lies in
    end: int
    expression: int


_REPORT = rx(r"\b(?:said|says|told|reported|announced|added|confirmed|claimed|according\s+to)\b[^,;]{0,30}$")


def _acts(dm: DocMentions, lo: int, hi: int, sent: Sentence) -> list[Mention]:
    return [mn for mn in dm.mentions_starting(lo, hi) if mn.sent.index == sent.index
            and mn.word.lower() not in REPORTING]


def _dated_act(dm: DocMentions, dates: list[Expression], sent: Sentence, hi: int) -> tuple[Mention, int, int] | None:
    """The act of ``sent`` (before ``hi``) its first own date dates, and the span from one to the other: the act
    before the date ("attacked a post on Tuesday"), else the first after it ("On Tuesday, gunmen attacked")."""
    for x in dates:
        if not (sent.start <= x.start and x.end <= min(hi, sent.end)):
            continue
        if _REPORT.search(dm.text, max(sent.start, x.start - 40), x.start):
            continue
        before = _acts(dm, sent.start, x.start, sent)
        verbs = [mn for mn in before if not mn.nominal]
        pick = (verbs or before)[-1] if before else None
        if pick is not None and not rx(r"[.;]").search(dm.text, pick.end, x.start):
            return pick, pick.start, x.end
        after = [mn for mn in _acts(dm, x.end, min(hi, sent.end), sent) if not mn.nominal]
        if not before and after and rx(r"\s*,\s*[^,;.]*").fullmatch(dm.text, x.end, after[0].start):
            return after[0], x.start, after[0].end
    return None


def sequels(dm: DocMentions, expressions: Sequence[Expression]) -> list[Sequel]:
    """Every "<gap> later|earlier" of one document that ties an act to the dated act before it."""
    out: list[Sequel] = []
    text = dm.text
    dates = sorted((x for x in expressions if x.type in {"DATE", "TIME"} and x.interval is not None
                    and x.event_ref is None), key=lambda x: x.start)
    for i, e in enumerate(expressions):
        if e.type != "DURATION" or e.event_ref is not None or (e.event_relation or "") not in {"later", "earlier"}:
            continue
        gap = gap_days(e.text)
        sent = dm.sentence_at(e.start)
        if gap is None or sent is None:
            continue
        fronted = len(rx(r"[\w'-]+").findall(text[sent.start : e.start])) <= 1
        if fronted:
            after = _acts(dm, e.end, sent.end, sent)
            dep = next((mn for mn in after if not mn.nominal), after[0] if after else None)
        else:
            near = _acts(dm, sent.start, e.start, sent)
            verbs = [mn for mn in near if not mn.nominal]
            dep = (verbs or near)[-1] if near else None
        if dep is None or dep.tense == "future":
            continue
        found = _dated_act(dm, dates, sent, dep.start)
        if found is None and sent.index > 0:
            prev = dm.sentences[sent.index - 1]
            found = _dated_act(dm, dates, prev, prev.end)
        if found is None or found[0].index == dep.index or found[0].tense == "future":
            continue
        other = found[0]
        relation = "after" if (e.event_relation or "") == "later" else "before"
        out.append(Sequel(dep.index, other.index, relation, gap[0], gap[1], found[1], max(e.end, found[2]), i))
    return out
