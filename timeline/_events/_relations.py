"""Event-to-event relations: "four weeks after the battle began", "two days before the vote".

A relation ties a *dependent* mention (the event the sentence is about) to an *other* mention (the
event its time is told against), with a gap in days.  Shapes, each tried in every sentence:

* ``<dependent> ... [N units] after|before|following|ahead of|prior to <other>``:
  "The breach came four weeks after the battle for Raqqa began", "X was killed two days before
  the vote";
* ``[N units] after|before <other>, <dependent>`` (a fronted clause): "A day after the SDF
  captured Raqqa, Iraqi forces attacked ...";
* ``<dependent> when <other>`` and ``<dependent> ... as <other>`` (past tense, simultaneity): the
  dependent happened *during* the other ("the PMF were formed when Islamic State overran Mosul").

A dated main clause ("Russia said on Monday it was suspending the hotline, a day after a US jet shot down
...") dates the dependent, and so, through the gap, the other event.  Gaps "and" joins share their
dependent ("The fall of the town comes three months after troops overran X and six weeks after the raid": the
raid is six weeks before the fall, not before the overrunning; see :mod:`._gaphost`).  A present dependent with
no date of its own ("comes six weeks after ...") leaves the gap to the linker too, which counts it from the
article's day.  A bare plural ("hours after", "days before") is a gap of a few or several units.

The gap is measured from the other event's start, or from its end when an aspectual verb says so
("after the battle ended"), when a halting verb governs it ("three days after Riyadh called a halt to its
offensive", "after NATO ended its air campaign": a halt the lexicon lacks is made an event of its own first,
see :mod:`._halt_acts`) or when an unquantified "after" follows a long activity ("after a
four-month battle").  "The announcement came a day after <act>" is left to :mod:`._offsets`, which counts from
the day an earlier sentence gives the announcement.  A count of days is exact; weeks, months and years carry their rounding.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from timeline._events._dating import Bounds4
from timeline._events._gaphost import coordinated_after, first_gap, offset_alone
from timeline._events._gaps import QTY as _QTY
from timeline._events._gaps import gap_days
from timeline._events._halt_acts import add_halts
from timeline._events._lexicon import REPORTING
from timeline._events._mentions import DocMentions, Mention
from timeline._events._offsets import relating
from timeline._events._rx import rx
from timeline._events._sequels import sequels
from timeline._events._text import Sentence, clause_bounds
from timeline.model import Expression

__all__ = ["MentionRelation", "derive", "gap_days", "relate_document"]

_CONN = rx(r"(?<![\w'-])(?:(?P<qty>" + _QTY + r")\s+)?(?P<conn>after|before|following|ahead\s+of|prior\s+to|when|as)\s+",
           re.IGNORECASE)
# "named after", "look after", "day after day", "as well as", "such as", "as part of": not a relation.
_NOT_REL = re.compile(r"\b(?:named|look(?:ed|ing|s)?|such|well|same|so|the|one)\s*$|"
                      r"\b(?:day|week|month|year)\s*$", re.IGNORECASE)
_NOT_AS = re.compile(r"(?:well|part|many|much|of|a|an|if|long|soon|usual|expected|such|far|to|for|though)\b",
                     re.IGNORECASE)
_DURATIVE = frozenset({"battle", "campaign", "offensive", "fighting", "encirclement", "siege"})


Kind = Literal["before", "after", "during"]
Point = Literal["start", "end"]


@dataclass(frozen=True)
class MentionRelation:
    """Mention ``dependent`` lies ``[lo, hi]`` days after/before mention ``other`` (or during it)."""

    dependent: int
    other: int
    relation: Kind  # after | before | during
    point: Point  # start | end: which end of the other event the gap is measured from
    lo: float | None
    hi: float | None
    start: int  # the phrase that states it, for evidence
    end: int
    expressions: tuple[int, ...] = ()  # time expressions inside the quantity ("four weeks")


def _stop(text: str, pos: int, hi: int) -> int:
    """Where the other event's clause or phrase ends: at , ; or the end of the sentence."""
    m = rx(r"[,;:]|\s-\s|\.(?=\s|$)").search(text, pos, hi)
    return m.start() if m else hi


def _other(dm: DocMentions, near: list[Mention], sent: Sentence, conn: str, pos: int) -> Mention | None:
    """The event right after a connective: a noun phrase ("the vote") or a clause ("the SDF captured Raqqa")."""
    hi = _stop(dm.text, pos, sent.end)
    for mn in near:
        if not pos <= mn.start < hi or mn.start - pos > 70:
            continue
        if conn in {"following", "ahead of", "prior to"} and not mn.nominal:
            return None  # those take a noun phrase ("following the capture of Raqqa")
        if conn == "as" and (mn.nominal or mn.tense != "past" or mn.start - pos > 45):
            return None  # "as" is temporal only before a past clause ("as the ministers met")
        if conn == "when" and mn.tense != "past":
            return None
        return mn
    return None


# a halting verb governing the other event's noun: "after Moscow declared an end to its operation", "after NATO
# wound down its air campaign" (the campaign's end, never its start)
_HALTED_BY = re.compile(r"\b(?:call(?:ed|s)?\s+(?:an?\s+)?(?:[a-z]+\s+)?halt\s+to|(?:declared|put|brought)\s+(?:an?\s+)?"
                        r"(?:[a-z]+\s+)?end\s+to|ended|halted|suspended|paused|stopped|called\s+off|wound\s+down|"
                        r"was\s+ending|were\s+ending)\s+(?:(?:the|its|their|his|her|[A-Z][\w'-]*['\u2019]s)\s+)?"
                        r"(?:[\w'-]+\s+){0,4}$", re.IGNORECASE)


def _point(dm: DocMentions, other: Mention, conn: str, quantified: bool, hi: int, pos: int = -1) -> Point:
    """Measure from the other event's end when its verb says so or when "after" follows a long activity."""
    if other.nominal and 0 <= pos <= other.start and _HALTED_BY.search(dm.text, pos, other.start):
        return "end"  # "three days after Riyadh called a halt to its offensive": the offensive's end
    if other.aspect == "ends" or rx(r"\b(?:ended|was\s+over|finished|concluded)\b").search(dm.text[other.end : hi]):
        return "end"
    if other.aspect == "begins":
        return "start"
    durative = other.type in _DURATIVE or other.type == "campaign"
    return "end" if (conn in {"after", "following"} and not quantified and durative and other.nominal) else "start"


def _fronted(dm: DocMentions, sent: Sentence, phrase_start: int) -> bool:
    """The connective opens the sentence ("A day after ..., X"): at most two words before it."""
    return len(rx(r"[\w'-]+").findall(dm.text[sent.start : phrase_start])) <= 2


# the dependent's clause tells a milestone of it, not its start or end: "entered its second month",
# "marked its hundredth day", "reached the 50-day mark"
_MILESTONE = re.compile(r"\b(?:enter(?:ed|s|ing)?|mark(?:ed|s|ing)?|reach(?:ed|es|ing)?|pass(?:ed|es|ing)?|"
                        r"hit|hits|turn(?:ed|s)?)\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:day|week|month|year|anniversary|mark)s?\b", re.IGNORECASE)


def _dependent(dm: DocMentions, near: list[Mention], sent: Sentence, phrase_start: int, other: Mention,
               fronted: bool) -> Mention | None:
    text = dm.text
    if fronted:
        comma = rx(r"[,;]").search(text, other.end, sent.end)
        upto = comma.start() if comma is not None else sent.end
        later = coordinated_after(text, sent, phrase_start)
        if later is not None and later[1] == upto:
            upto = later[0]  # "Three days after the militia stormed the barracks and a day after ..., the army"
        if comma is None or len(rx(r"[\w'-]+").findall(text[other.end : upto])) > 6:
            return None  # "before it was seized by ISIS the town had ...": no clause boundary to trust
        hi = clause_bounds(text, sent, min(sent.end - 1, comma.end() + 1))[1]
        dep = next((mn for mn in near if comma.end() <= mn.start < hi and mn.reported_by is None), None)
        return None if dep is not None and _MILESTONE.search(text, dep.end, hi) else dep
    lo = clause_bounds(text, sent, max(sent.start, phrase_start - 1))[0]
    before = [mn for mn in near if mn.end <= phrase_start]
    inside = [mn for mn in before if mn.start >= lo]
    pool = inside or before
    if inside and all(mn.nominal for mn in inside) and inside[0].word.lower().endswith("ing") \
            and rx(r"[\s,]*").fullmatch(text, lo, inside[0].start):
        # "shelled the port on Thursday, killing three civilians, two days after ...": a participle clause
        # tells what the main verb did; the gap is the main clause's
        pool = [mn for mn in before if mn.end <= lo and not mn.nominal][-1:] or pool
    # a claim told by its report verb ("announced on Monday the end of X, five months after ..."): what
    # it announces is what the gap measures
    pool = [mn for mn in pool if mn.word.lower() not in REPORTING] or pool
    verbs = [mn for mn in pool if not mn.nominal]
    # the clause's verb over its object: "The army took control of all operations ... 12 days after"
    dep = verbs[-1] if verbs else (pool[-1] if pool else None)
    if dep is not None and dep.type == "proclamation" and not dep.nominal:
        # "proclaimed the liberation of the city on Friday, four years after ...": what it proclaims (the
        # noun its date goes with) is what the gap measures
        dep = next((mn for mn in pool if mn.nominal and mn.start >= dep.end
                    and _PROCLAIMED_OBJECT.fullmatch(text, dep.end, mn.start)), dep)
    if dep is not None and rx(r"\b(?:that|which|who|whose|where)\b").search(text[dep.end : phrase_start]):
        return None  # "... Tal Afar, a town that had a Shiite majority before it fell": the relative clause's
    if dep is not None and _MILESTONE.search(text, dep.end, phrase_start):
        return None  # "the siege entered its second month on Friday, days after ...": the milestone's time
    if dep is not None and _AND_VERB.search(text, dep.end, phrase_start):
        return None  # "was halted in July and revived in September, after the talks fell apart": the reviving's
    return dep


_PROCLAIMED_OBJECT = re.compile(r"\s+(?:\w+ly\s+)?(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
# a second predicate of a verb no trigger names, between the dependent and the connective
_AND_VERB = re.compile(r"\band\s+(?:then\s+|later\s+|again\s+)?(?:\w+ly\s+)?[a-z]+ed\b", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"\b(?:and|but|or|while|whereas|which|who|that|when|where|as|after|before|since|until)\b",
                         re.IGNORECASE)


def _own_date_end(dm: DocMentions, expressions: tuple[Expression, ...], starts: list[int], other: Mention, hi: int,
                  end: int) -> int:
    """Where the relation's phrase ends once the other event's own date is in it (``end`` when none is).

    ``starts``: the (sorted) starts of the document's mentions; a date belongs to ``other`` only when
    no other mention comes between them."""
    k = bisect.bisect_left(starts, other.end)
    first_after = starts[k] if k < len(starts) else len(dm.text)
    for e in expressions:
        if other.end <= e.start <= first_after and e.end <= hi and e.type in {"DATE", "TIME"} \
                and not _NEW_CLAUSE.search(dm.text, other.end, e.start):  # ("... and burned the depot on Monday")
            end = max(end, e.end)
    return end


def _negated_or_future(dm: DocMentions, mn: Mention) -> bool:
    """"will not enter", "never captured", "plans to attack": no event to place in time."""
    return mn.tense == "future" or rx(r"\b(?:not|never|n't|no)\s+(?:\w+\s+)?$").search(
        dm.text[max(0, mn.start - 20) : mn.start]) is not None


def relate_document(dm: DocMentions, expressions: tuple[Expression, ...] = ()) -> list[MentionRelation]:
    """Every event-to-event relation the sentences of one document state."""
    out: list[MentionRelation] = []
    text = dm.text
    add_halts(dm)  # "called a halt to its offensive": the halt, an act of its own (see _halt_acts)
    starts = [mn.start for mn in dm.mentions]
    for sent in dm.sentences:
        for m in _CONN.finditer(text, sent.start, sent.end):
            w_lo, w_hi = max(sent.start, m.start() - 300), min(sent.end, m.end() + 300)
            near = dm.mentions[bisect.bisect_left(starts, w_lo) : bisect.bisect_left(starts, w_hi)]
            conn = " ".join(m.group("conn").lower().split())
            start = m.start("qty") if m.group("qty") else m.start("conn")
            if _NOT_REL.search(text[max(sent.start, start - 12) : start]):
                continue
            if conn in {"as", "when"} and m.group("qty") or conn == "as" and _NOT_AS.match(text, m.end()):
                continue
            if conn == "when" and rx(r"(?:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|"
                                     r"sat|sun)[a-z]*\.?|\bago|year|month|week|day|spring|summer|autumn|winter)\s*,?\s*$",
                                     re.IGNORECASE).search(
                    text[max(sent.start, start - 25) : start]):
                continue  # "since November, when it launched ...": the date's clause, linked elsewhere
            other = _other(dm, near, sent, conn, m.end())
            if other is None:
                continue
            hi = _stop(text, other.end, sent.end)
            # "comes three months after troops overran X and six weeks after the raid": a gap "and" joins to an
            # earlier one has the same host, looked for before the first gap (see _gaphost)
            chain = first_gap(text, sent, start) if m.group("qty") else None
            host_at = start if chain is None else chain
            if host_at < w_lo:
                near = dm.mentions[bisect.bisect_left(starts, max(sent.start, host_at - 300)) :
                                   bisect.bisect_left(starts, w_hi)]
            # ("Their arrival, more than six weeks after ...": an appositive of the noun before it, not fronted)
            fronted = _fronted(dm, sent, host_at) and not any(
                mn.nominal and sent.start <= mn.start and mn.end <= host_at
                and rx(r"\s*,\s*$").fullmatch(text, mn.end, host_at) for mn in near)
            dep = _dependent(dm, near, sent, host_at, other, fronted)
            if dep is None or dep.index == other.index or _negated_or_future(dm, dep) or _negated_or_future(dm, other):
                continue
            if rx(r"(?<![\w/-])\d|\b(?:hours?|days?|weeks?|months?|years?|decades?)\s+of\b").search(
                    text[m.end() : other.start]):  # (not "an F/A-18", "a Su-22": a number in a name)
                continue  # "after two years of air strikes": how long the activity lasted, not a gap
            if conn in {"as", "when"} and (dep.tense != "past" or dep.type == "campaign"):
                continue
            if conn == "when" and dep.end < start and rx(r"\b[a-z]+(?:ed|en)\s+$").search(text, max(dep.end, start - 20),
                                                                                  start):
                continue  # "began drilling to reach seven workers trapped when the tunnel caved in": the trapping's
            # ("shelled for days before the assault": how long, not a gap)
            quantified = bool(m.group("qty")) and not (m.group("bare") and rx(r"\bfor\s+$").search(
                text, max(sent.start, start - 6), start))
            gap = gap_days(m.group("qty")) if quantified else None
            if quantified and gap is None:
                continue
            end = max(other.end, other.aspect_span[1] if other.aspect_span else other.end)
            # the other event's own date, told in its clause with no other trigger between ("after Russia
            # and China blocked action in the Security Council earlier this month"), is part of the phrase:
            # the linker then lets it date that event (outside the phrase it dates no event told against)
            end = _own_date_end(dm, expressions, starts, other, hi, end)
            exprs = tuple(i for i, e in enumerate(expressions) if start <= e.start < m.end("conn"))
            if conn in {"as", "when"}:
                container, inner = other, dep
                if conn == "as" and rx(r"\b(?:was|were)\s+\w+ing\b").search(text[max(sent.start, dep.start - 15) : dep.end]) \
                        and not rx(r"\b(?:was|were)\s+\w+ing\b").search(text[m.end() : other.end]):
                    container, inner = dep, other  # "forces were inching toward Mosul as ministers met"
                out.append(MentionRelation(inner.index, container.index, "during", "start", None, None,
                                           start, end, exprs))
                continue
            rel: Kind = "before" if conn in {"before", "ahead of", "prior to"} else "after"
            point = _point(dm, other, conn, quantified, hi, m.end())
            lo, hi_days = _of_the_order(text, dep.end, host_at, rel, *(gap if gap is not None else (0.0, None)))
            if any(_counts_age(dm, expressions, k, sent) for k in exprs):
                continue  # "three weeks after Turkey launched its incursion, fighting has died down": an age
            if dep.anaphoric and not dep.type == other.type == "proclamation" \
                    and any(_by_subject(dm, expressions, k, sent) for k in exprs):
                # "The announcement came a day after the government suspended ...": counted from the day the
                # announcement was told.  (Not a declaration told against a declaration, "The announcement came
                # nine days after the prime minister declared victory": that one is most likely retold, dated, by
                # another article, and the merge joins an undated telling to it more readily than a dated one.)
                continue
            if any(_from_now(dm, expressions, k, sent) for k in exprs):
                # "The fall of the port comes six weeks after the rebels bombed the refinery": the present host
                # has no date of its own, the gap counted from the article's day dates the act (see _offsets):
                # the linker keeps reading it
                exprs = ()
            out.append(MentionRelation(dep.index, other.index, rel, point, lo, hi_days, start, end, exprs))
    # "Federal troops entered the town a day later" (after a sentence that dates the killings)
    out += [MentionRelation(q.dependent, q.other, "before" if q.relation == "before" else "after", "start", q.lo, q.hi,
                            q.start, q.end, (q.expression,)) for q in sequels(dm, expressions)]
    return out


_NOW_SENTINEL = dt.datetime(1, 1, 2)


def _counts_age(dm: DocMentions, expressions: tuple[Expression, ...], k: int, sent: Sentence) -> bool:
    """Whether the gap counts a campaign's age at the time of writing ("More than three weeks after Turkey
    launched its incursion, fighting has largely died down"): then it is read as one (see _offsets), not
    as the gap between the two acts."""
    off = offset_alone(dm, expressions[k], _NOW_SENTINEL, sent, expressions)
    if off is None or off.kind != "into" or off.ref_hi != _NOW_SENTINEL:
        return False
    # ("The withdrawal comes two months after Kyiv launched its counteroffensive": the gap dates the withdrawal)
    return not relating(dm.text[sent.start : sent.end])


def _from_now(dm: DocMentions, expressions: tuple[Expression, ...], k: int, sent: Sentence) -> bool:
    """Whether the gap counts back from the article's day, its host told in the present with no date of its own
    ("The capture of the city comes 24 days after ...")."""
    off = offset_alone(dm, expressions[k], _NOW_SENTINEL, sent, expressions)
    return off is not None and off.ref_hi == _NOW_SENTINEL and not off.by_subject


def _by_subject(dm: DocMentions, expressions: tuple[Expression, ...], k: int, sent: Sentence) -> bool:
    """Whether the gap counts from the day an earlier sentence gives the main clause's anaphoric subject ("Erdogan
    declared ... on Wednesday. ... The announcement came a day after the government suspended ..."): the other
    act is then dated by that day (see _offsets), whether or not the merge joins the subject to what it retells."""
    off = offset_alone(dm, expressions[k], _NOW_SENTINEL, sent, expressions)
    return off is not None and off.by_subject and off.kind == "ago"


# a passive order or report between the dependent and the gap: the gap dates the ordering ("The intervention was
# ordered hours after the rebels seized Konna": it came after the order) or the report ("the capture was announced
# a day after ...": it came before the announcement), not the event itself
_ORDERED = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:ordered|approved|authori[sz]ed|planned|decided|"
                      r"sanctioned)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:announced|reported|confirmed|disclosed|revealed)\b",
                       re.IGNORECASE)


def _of_the_order(text: str, lo_pos: int, hi_pos: int, rel: Kind, lo: float | None, hi: float | None
                  ) -> tuple[float | None, float | None]:
    """The gap's bounds that still hold of the event when its clause tells its order or its report."""
    if _ORDERED.search(text, lo_pos, hi_pos):  # the event comes after the order
        return (lo, None) if rel == "after" else (None, hi)
    if _REPORTED.search(text, lo_pos, hi_pos):  # the event came before the report
        return (None, hi) if rel == "after" else (lo, None)
    return lo, hi


def _shift(p: dt.datetime | None, days: float | None, sign: int) -> dt.datetime | None:
    if p is None or days is None:
        return None
    return p + sign * dt.timedelta(days=days)


def derive(r: MentionRelation, known: Bounds4, inverse: bool = False, ends: bool = False) -> Bounds4 | None:
    """Bounds a relation gives one event from the other's ``known`` bounds.

    Forward (``inverse=False``): ``known`` is the other event's, the result the dependent's;
    inverse: ``known`` is the dependent's, the result the other's.  ``None`` when nothing follows.
    ``ends``: what the dependent's clause tells is its end ("the end of combat operations, five
    months after the siege began"), so the gap runs to (or from) the dependent's end.
    """
    if ends and r.relation != "during":
        if inverse:
            if known[2] is None and known[3] is None:
                return None
            return derive(r, (known[2], known[3], known[2], known[3]), True)
        b = derive(r, known, False)
        return None if b is None else (None, b[1], b[0], b[1])
    s0, s1, e0, e1 = known
    day = dt.timedelta(days=1)
    if r.relation == "during":
        if not inverse:  # within the other: starts after its start, ends before its end
            last = max(s0, e1 - day) if s0 is not None and e1 is not None else e1
            return (s0, last, None, e1)
        return (None, s1, e0, None)
    lo, hi = r.lo, r.hi
    if not inverse:
        p0, p1 = (s0, s1) if r.point == "start" else (e0, e1)
        if r.relation == "after":
            out = (_shift(p0, lo, 1), _shift(p1, hi, 1))
        else:
            out = (_shift(p0, hi, -1), _shift(p1, lo, -1))
        return (*_to_last_day(out, r.point, (p0, p1), -1), None, None)
    if r.relation == "after":
        q0, q1 = _shift(s0, hi, -1), _shift(s1, lo, -1)
    else:
        q0, q1 = _shift(s0, lo, 1), _shift(s1, hi, 1)
    if r.point == "start":
        return (q0, q1, None, None)
    return (None, None, *_to_last_day((q0, q1), r.point, (s0, s1), 1))


def _to_last_day(b: tuple[dt.datetime | None, dt.datetime | None], point: str,
                 source: tuple[dt.datetime | None, dt.datetime | None], sign: int
                 ) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Counted from a day-grain END, the gap runs from the event's last day, not from the midnight
    that closes it: "took the city on Tuesday after a four-month battle" - the battle's last day is
    that Tuesday too (its end is Wednesday 00:00).  ``sign`` -1 moves a start derived from an end one
    day back; +1 moves an end derived from a start one day on."""
    if point != "end" or not all(p is None or p == _midnight(p) for p in source):
        return b
    return _shift(b[0], 1, sign), _shift(b[1], 1, sign)


def _midnight(p: dt.datetime) -> dt.datetime:
    return p.replace(hour=0, minute=0, second=0, microsecond=0)
