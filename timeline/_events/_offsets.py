"""An act dated by an offset from another time of its sentence: "<gap> after|before <clause>".

The act is the verb (or noun) of the after/before clause; the time it is counted from is the main clause's:

* its own date: "Government troops moved north on Monday, a day after the Kurds struck a deal with
  Damascus" (the deal: Monday less a day); "Three weeks after the war erupted, the council met on
  Tuesday" (the war: Tuesday less three weeks);
* the day an earlier sentence gives the main clause's subject, an anaphoric event noun with no date of its own
  ("Russian missiles struck the plant on Sunday evening. ...  The strikes came a day after Ukrainian troops
  entered Kupiansk": Saturday; see :mod:`._subject_dates`), a relating last conjunct ("..., and came six days
  after") not taking the date of the conjunct before it;
* the article's day, when the main clause tells the present ("the capture of the city comes 24 days
  after the army went into action"), a present perfect ("Nine days after the jets first struck, the
  Kurds have lost the town") or a state at the time of writing in the past progressive ("troops were
  digging in near the town, 12 days after the first tanks crossed the border": that day or the day before), or
  a state an act left ("..., leaving the rebels in control of the north, a year after they began their revolt").

The gap keeps its honest bounds ("nearly four years" is three to four, "more than three weeks" three to
five, "hours after" the same day or the day before).  An act that opens a campaign ("after Turkey launched
its incursion", "after the war began") counts the campaign's age (kind ``into``); any other act is a
moment that far back (kind ``ago``), and so are the past acts "and" joins to it ("entered X and pulled out of Y").
The act may be a noun: the subject of a verb the lexicon lacks ("after a general strike had shut the country"),
or, against a main clause dated by its own day or its subject's, a one-off act ("on Monday, a day after the
bloodiest crackdown on protesters"; not a campaign or a state: "three years after the war" counts from its
end).  Nothing is read when the main clause is a plan or a forecast ("will vote on Sunday, two days after ..."),
when the other clause has no act ("three years after the war, the town is rebuilt"), or when its act is negated
or to come.  Relations between two acts of a sentence
(both mentions) stay with :mod:`._relations`; this module reads the gap when the main clause has no act
of its own, or one told of the present.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline._events._gaps import gap_days
from timeline._events._mentions import DocMentions, Mention
from timeline._events._rx import rx
from timeline._events._subject_dates import subject_days
from timeline._events._text import Sentence
from timeline.model import Expression

__all__ = ["Offset", "offset_of", "relating", "told_now"]


@dataclass(frozen=True)
class Offset:
    """The act ``mention`` (or the campaign it opens) lay ``[lo, hi]`` days before a day in ``[ref, ref_hi]``."""

    mention: int | None
    phrase: str
    kind: str  # into | ago
    ref: dt.datetime
    ref_hi: dt.datetime
    lo: float
    hi: float
    also: tuple[int, ...] = ()  # acts coordinated with ``mention`` ("entered X and pulled out of Y"): the same
    by_subject: bool = False  # counted from the day an earlier sentence gives the main clause's subject

    def as_count(self) -> tuple[dt.datetime, float, float]:
        """The same as a count back from one day: the last day ``ref`` may be, the gap widened by the others
        ("were digging in, 12 days after": 12 to 13 days before the article's day)."""
        return self.ref_hi, self.lo, self.hi + (self.ref_hi - self.ref).days


_CONNECTIVE = re.compile(r"\s*,?\s*(after|before)\s+", re.IGNORECASE)
# the end of the other clause: a comma, a semicolon, a dash, the sentence's end
# (not the period of an abbreviation: "reached the garrison on Sept. 5", "met Mr. Smith")
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs", "Ms", "Dr",
                  "Gen", "Col", "Lt", "Sgt", "Capt", "St", "No", "vs")
_STOP = re.compile(r"[,;:]|\s[-\u2013\u2014]\s|" + "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS)
                   + r"(?<![^A-Za-z][A-Z])\.(?=\s|$)(?!\s+\d)")
# the other clause opens a campaign (its age is counted): "launched its incursion", "the war began",
# "the federal army went into action"
_OPENS = re.compile(r"\b(?:launch(?:ed)?|beg[au]n|start(?:ed)?|open(?:ed)?|unleash(?:ed)?|mount(?:ed)?|erupt(?:ed)?|"
                    r"broke\s+out|went\s+(?:into\s+action|to\s+war|on\s+the\s+offensive)|invaded)\b", re.IGNORECASE)
_CAMPAIGN_TYPES = frozenset({"offensive", "battle", "campaign", "fighting", "siege", "war", "invasion"})
_NO_ACT_OPENS = re.compile(r"\b(?:went\s+(?:into\s+action|to\s+war|on\s+the\s+offensive)|(?:war|conflict|fighting|"
                           r"offensive|campaign|battle|operation|invasion|incursion)\s+(?:began|started|erupted|"
                           r"broke\s+out))\b", re.IGNORECASE)
# a main clause told of the present: "has largely died down", "the capture comes", "are still", "now"
_NOW = re.compile(r"\b(?:is|are|has|have|remains?|comes|come|stands|now|still|today|'re|'ve)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|took|fell|came|went|began|won|lost|left|fled|held|met|saw|made|"
                   r"gave|sent|struck|fought|shot|led|brought|stood|seized|drove|overran|rode|blew|broke|tore|threw|"
                   r"spoke|wrote|became|knew|thought|found|kept|put|set|got)\b|\b[a-z]{3,}ed\b", re.IGNORECASE)
# a present that relates the news to the earlier act ("the capture comes 24 days after", "the vote follows")
_RELATING = re.compile(r"\b(?:comes|come|follows|follow|marks|mark)\b", re.IGNORECASE)
# a state at the time of writing in the past progressive: "troops were digging in", "were still holding"
_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+(?:(?:still|already|now|reportedly|\w+ly)\s+)?[a-z]{3,}ing\b", re.IGNORECASE)
# the state an act left, which the gap measures ("the cities fell, leaving the insurgents in control of much of the
# country little more than three months after they began their offensive"): a state of the time of writing
_RESULT = re.compile(r",\s+(?:leaving|putting|giving|bringing)\s+[^,;]+$", re.IGNORECASE)
# a plan or a forecast: no act to place
_TO_COME = re.compile(r"\b(?:will|would|shall|'ll|is\s+due|are\s+due|is\s+expected|are\s+expected|is\s+set|"
                      r"are\s+set|plans?\s+to|is\s+to|are\s+to|due\s+to)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|n't|no)\s+(?:\w+\s+)?$", re.IGNORECASE)
# a date told of the report, not of the act: "officials said on Thursday"
_REPORT_DATE = re.compile(r"\b(?:said|says|told|reported|announced|added|confirmed|claimed)\s+(?:\w+\s+)?(?:on\s+|late\s+|"
                          r"early\s+)?$", re.IGNORECASE)
_DAY = dt.timedelta(days=1)
# a last conjunct that relates its subject's act to the earlier one: "..., and came six days after"
_RELATING_CONJUNCT = re.compile(r",?\s+and\s+((?:\w+ly\s+)?(?:came|comes|followed|follows)\s*)$", re.IGNORECASE)
# a noun that is the subject of the clause, and its verb: "a general strike had shut", "the riots spread"
_NOUN_SUBJECT = re.compile(r"(?:(?:a|an|the|its|their|his|her)\s+)(?:[\w-]+\s+){0,3}", re.IGNORECASE)
_NOUN_VERB = re.compile(r"\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?(?:[a-z]{3,}ed|shut|spread|broke\s+out|began|"
                        r"swept|struck|hit|left|brought|drew|cost|forced)\b", re.IGNORECASE)
# the determiner and premodifiers of a noun opening the clause: "the bloodiest", "Sunday's", "a failed"
_NOUN_PHRASE = re.compile(r"(?:(?:the|a|an|its|their|his|her|this|that|last|[A-Z][\w-]*['\u2019]s)\s+)"
                          r"(?:[\w-]+\s+){0,3}", re.IGNORECASE)
# acts that last: "after the protests", "after the talks" count from their end, if at all
_DURATIVE = frozenset({"protest", "strike_action", "meeting", "occupation", "blockade", "encirclement", "curfew",
                       "shutdown", "suspension", "truce", "ceasefire", "campaign", "offensive", "advance"})
_AND = re.compile(r"\band\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|because|since|until|which|who|that|as|but|so)\b|[;:]",
                          re.IGNORECASE)


def relating(clause: str) -> bool:
    """Whether a present main clause relates an act to the earlier one ("the capture comes 24 days after"):
    the gap is then between the two acts, as much as the age of the earlier one."""
    return bool(_RELATING.search(clause))


def told_now(clause: str) -> bool:
    """Whether a main clause tells the present (present or present perfect) and no past act."""
    return bool(_NOW.search(clause)) and not _PAST.search(_strip_perfect(clause)) and not _TO_COME.search(clause)


def _strip_perfect(clause: str) -> str:
    """The clause without its present perfects and passives ("has lost", "have died down", "is still closed"),
    whose participles look past."""
    adverbs = r"(?:\w+ly\s+|not\s+|never\s+|also\s+|already\s+|still\s+|now\s+|been\s+)*"
    perfect = rx(r"\b(?:has|have|'ve)\s+" + adverbs + r"[a-z]+\b", re.IGNORECASE).sub(" ", clause)
    return rx(r"\b(?:is|are|remains?)\s+" + adverbs + r"[a-z]+(?:ed|en|t|n)\b", re.IGNORECASE).sub(" ", perfect)


def _day(p: dt.datetime) -> dt.datetime:
    return dt.datetime(p.year, p.month, p.day)


def _main_date(text: str, lo: int, hi: int, expressions: Sequence[Expression], first: bool
               ) -> tuple[dt.datetime, dt.datetime] | None:
    """The days the main clause's own date may be (in ``[lo, hi)``, the nearest to the gap: ``first`` when
    the clause follows it; none of a report)."""
    found: list[Expression] = [x for x in expressions if lo <= x.start and x.end <= hi and x.type in {"DATE", "TIME"}
                               and x.event_ref is None and x.interval is not None
                               and x.interval.start[0] is not None and x.interval.end[1] is not None
                               and not _REPORT_DATE.search(text, max(0, x.start - 30), x.start)]
    if not found:
        return None
    x = found[0] if first else found[-1]
    assert x.interval is not None and x.interval.start[0] is not None and x.interval.end[1] is not None
    day0, day1 = _day(x.interval.start[0]), _day(x.interval.end[1] - dt.timedelta(microseconds=1))
    if day1 - day0 > dt.timedelta(days=31) or x.value.startswith(("PRESENT", "PAST", "FUTURE")):
        return None  # "in 2014", "recently": too wide to count a gap from
    return day0, max(day0, day1)


def offset_of(dm: DocMentions, e: Expression, anchor: dt.datetime | None, sent: Sentence,
              expressions: Sequence[Expression] = ()) -> Offset | None:
    """The act a "<gap> after <clause>" phrase dates, against its main clause's date or the article's day."""
    if (e.event_relation or "") not in {"after", "before"} or e.type != "DURATION":
        return None
    text = dm.text
    conn = _CONNECTIVE.match(text, e.end, sent.end)
    gap = gap_days(e.text)
    if conn is None or gap is None:
        return None
    before = conn.group(1).lower() == "before"
    stop = _STOP.search(text, conn.end(), sent.end)
    end = stop.start() if stop else sent.end
    other = _other(dm, sent, conn.end(), end)
    clause = text[conn.end() : end]
    if any(conn.end() <= x.start and x.end <= end and x.type in {"DATE", "TIME"} for x in expressions):
        return None  # "two months after Kyiv launched its counteroffensive on August 29": dated of its own
    opens = bool(_OPENS.search(clause))
    noun = _nominal(dm, sent, conn.end(), end) if other is None and not opens else None
    if other is None and not opens and noun is None:
        return None  # "three years after the war, the town is rebuilt": no act to date (a noun: see _relations)
    if other is not None and (other.tense == "future" or _NEGATED.search(text, max(0, other.start - 20), other.start)
                              or _TO_COME.search(text, max(sent.start, other.start - 25), other.start)):
        return None
    fronted = len(rx(r"[\w'-]+").findall(text[sent.start : e.start])) <= 2
    if fronted:
        comma = rx(r"[,;]").search(text, end, sent.end)
        if comma is None or comma.start() != end:
            return None  # the main clause must follow the other clause's comma
        m_lo, m_hi = comma.end(), _clause_end(text, comma.end(), sent.end)
    else:
        m_lo, m_hi = _clause_start(text, sent.start, e.start), e.start
    main = text[m_lo:m_hi]
    if _TO_COME.search(main) or any(mn.tense == "future" for mn in dm.mentions_starting(m_lo, m_hi)):
        return None  # "troops will deploy on Tuesday, two days after the vote"
    d_lo = m_lo
    if not fronted and (conj := _RELATING_CONJUNCT.search(text, m_lo, m_hi)) is not None:
        d_lo = conj.start(1)  # "The violence eclipsed the shooting nine days ago, and came six days after ...": not its date
    days = _main_date(text, d_lo, m_hi, expressions, fronted)
    by_subject = False
    if days is None and not fronted:
        # "The strikes came a day after ...": the strikes an earlier sentence dates (see _subject_dates)
        days = subject_days(dm, m_lo, m_hi, expressions)
        by_subject = days is not None
    if noun is not None:
        # "appeared in court on Monday, a day after the bloodiest crackdown on protesters": a one-off act told
        # by its noun, that far before the main clause's own day (never counted from the article's day)
        if days is None:
            return None
        other = noun
    if days is None and not before and anchor is not None:
        if told_now(main):
            # "The capture of the city comes 24 days after ...": the news it relates, of that day or the day before
            days = (_day(anchor) - (_DAY if relating(main) else dt.timedelta(0)), _day(anchor))
        elif (_PROGRESSIVE.search(main) and not _PAST.search(rx(r"\b(?:was|were)\s+\S+\s*").sub(" ", main))) \
                or (not fronted and _RESULT.search(main)):
            days = (_day(anchor) - _DAY, _day(anchor))
    if days is None:
        return None
    lo, hi = gap
    campaign = next((mn for mn in dm.mentions_starting(conn.end(), end) if mn.nominal and mn.sent.index == sent.index
                     and (mn.type in _CAMPAIGN_TYPES or mn.campaign is not None)), None)
    kind = "into" if opens and (campaign is not None or _NO_ACT_OPENS.search(clause) or (
        other is not None and other.type in _CAMPAIGN_TYPES)) else "ago"
    if other is None and kind != "into":
        return None
    if kind == "into" and campaign is not None:
        other = campaign  # "after Turkey launched its incursion": the incursion's age
    if before:
        if kind == "into":
            return None
        lo, hi = -hi, -lo  # "moved on Monday, two days before the vote": the vote came after
    also = _coordinated(dm, sent, other, end) if other is not None and kind == "ago" else ()
    return Offset(other.index if other is not None else None, clause.strip(), kind, days[0], days[1], lo, hi, also,
                  by_subject)


def _other(dm: DocMentions, sent: Sentence, lo: int, hi: int) -> Mention | None:
    """The act of the after/before clause: its verb (a noun alone, "after the war", tells no act), or a noun that
    is the subject of a verb the lexicon lacks ("after a general strike had shut much of the country")."""
    found = [mn for mn in dm.mentions_starting(lo, hi) if mn.sent.index == sent.index]
    verb = next((mn for mn in found if not mn.nominal), None)
    if verb is not None or not found:
        return verb
    noun = found[0]
    if _NOUN_SUBJECT.fullmatch(dm.text, lo, noun.start) and _NOUN_VERB.match(dm.text, noun.end, hi) \
            and noun.type not in _CAMPAIGN_TYPES and noun.campaign is None:
        return noun
    return None


def _nominal(dm: DocMentions, sent: Sentence, lo: int, hi: int) -> Mention | None:
    """The one-off act a noun phrase opening the after/before clause names ("a day after the bloodiest crackdown
    on protesters", "hours before the referendum"); not a campaign or a state, which a gap counts from its end
    ("three years after the war")."""
    noun = next((mn for mn in dm.mentions_starting(lo, hi) if mn.sent.index == sent.index), None)
    if noun is None or not noun.nominal or noun.type in _CAMPAIGN_TYPES or noun.type in _DURATIVE \
            or noun.campaign is not None or noun.named or noun.tense == "future":
        return None
    return noun if _NOUN_PHRASE.fullmatch(dm.text, lo, noun.start) else None


def _coordinated(dm: DocMentions, sent: Sentence, first: Mention, hi: int) -> tuple[int, ...]:
    """The past acts joined to ``first`` by "and" in its clause ("entered Kupiansk and Russia pulled its forces
    out of Izium", "stormed the port and seized its docks")."""
    out: list[int] = []
    prev = first
    for mn in dm.mentions_starting(first.end, hi):
        if mn.sent.index != sent.index or mn.nominal:
            continue
        gap = dm.text[prev.end : mn.start]
        if mn.tense != "past" or not _AND.search(gap) or _SUBORDINATE.search(gap) or _NEGATED.search(gap):
            break
        out.append(mn.index)
        prev = mn
    return tuple(out)


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the main clause ending at ``pos`` starts: the sentence's start or its last semicolon (a dateline
    "BEIRUT, Oct. 14 (Wire) - " is not part of it)."""
    k = max(text.rfind(";", lo, pos), text.rfind(" - ", lo, pos), text.rfind("\u2014", lo, pos))
    return lo if k < 0 else k + 1


def _clause_end(text: str, lo: int, hi: int) -> int:
    m = rx(r";|\s[-\u2013\u2014]\s|,\s+(?:but|and|while|as|which|who)\b").search(text, lo, hi)
    return m.start() if m else hi

