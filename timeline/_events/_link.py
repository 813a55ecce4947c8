"""Which event each time expression dates, and how (on / within / begins / ends / lasts / ...).

Rules, in order, for an expression in a sentence:

1. *Event-relative* ("seven months into the Mosul campaign", "with the battle in its second week",
   "the almost two-week-old campaign", "since the start of the operation"): the expression measures
   the time elapsed since an event began; it becomes a :class:`RelativeStart` on that event (see
   :mod:`._relstart`).
2. *Possessive* ("Yesterday's move", "Saturday's announcement"): it dates the noun it governs (or the
   event its aspect noun governs: "yesterday's launch of the offensive"), and nothing else; a preposition
   before it ("after yesterday's fall of X") relates another event to that noun, not the date.
3. *Premodifier* ("the 2003 US-led invasion"): it dates the noun right after it.  A duration that closes a
   verb of its own naming no event ("the city the militants have ruled for three years") and a time that
   closes an appositive with no event ("the town, their stronghold since April") date nothing.
4. Otherwise the nearest trigger of its clause (then of its sentence).  An aspectual verb passes the
   time to the noun it governs ("launched an offensive on Saturday": the offensive *begins*); a
   reporting verb absorbs it ("officials said on Saturday"), and what they report is then *before*
   that time; a dated report of a start ("said on Tuesday it had begun its attack") finds it under way
   then (includes), and "announced on Sunday an operation" launches it (begins).  The preposition in
   front of the expression sets the relation: since -> begins,
   until -> ends, for + duration -> lasts, before/after; a day or a finer time -> on; a coarser one
   -> within; "in the past 12 days" around an ongoing activity -> includes.  An object's appositive does not
   part a verb from its date, a time counted by a superlative ("the first raid since last October") dates
   nothing, and "now" with a present perfect is an upper bound (see :mod:`._link13`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from timeline._events import _link13 as l13
from timeline._events import _linkrx as lx
from timeline._events._apposed import is_apposed
from timeline._events._elapsed import elapsed_days
from timeline._events._link_clauses import closed_before, coordinated_first
from timeline._events._mentions import DocMentions, Mention
from timeline._events._modifiers import (
    CIRCUMSTANCE_GAP,
    agreed_before,
    declared_aspect,
    described_by,
    modifier_owner,
)
from timeline._events._movements import first_day_of
from timeline._events._relstart import RelativeStart, relative_start
from timeline._events._rx import rx
from timeline._events._text import Sentence, clause_bounds
from timeline.model import Expression, Relation

__all__ = ["RelativeStart", "TimeLink", "elapsed_days", "grain_of", "link_document"]

#: the means an act opened with, after its date: "launched its offensive on Wednesday with air strikes on ..."
_WITH_MEANS = rx(r"\s*,?\s*with\s+(?:(?:a|an|the|its|their|heavy|massive|[\w-]+-scale)\s+)*(?:[\w-]+\s+){0,2}",
                 re.IGNORECASE)

_WINDOW = 400  # characters either side of an expression in which to look for the trigger it dates
_DURATIVE = frozenset({"offensive", "battle", "campaign", "fighting", "encirclement"})



@dataclass(frozen=True)
class TimeLink:
    """Expression ``expression`` of the document dates mention ``mention`` with ``relation``."""

    mention: int
    expression: int
    relation: Relation
    weak: bool = False  # a bare part of day ("pre-dawn") or a vague reference: yields to others


def grain_of(e: Expression) -> str:
    """The grain an expression was stated at (from its interval, else from its TIMEX3 value)."""
    if e.interval is not None and e.interval.grain is not None:
        return e.interval.grain
    v = e.value
    if rx(r"\d{4}-\d{2}-\d{2}").fullmatch(v):
        return "day"
    if rx(r"\d{4}-\d{2}-\d{2}T.*").fullmatch(v):
        return "part_of_day" if rx(r"T(?:MO|AF|EV|NI|DT)$").search(v) else "hour"
    if rx(r"\d{4}-W\d{2}").fullmatch(v):
        return "week"
    if rx(r"\d{4}-\d{2}").fullmatch(v):
        return "month"
    if rx(r"\d{4}").fullmatch(v):
        return "year"
    return "day" if e.interval is not None and _days(e) <= 1.01 else "vague"


def _days(e: Expression) -> float:
    iv = e.interval
    if iv is None or iv.start[0] is None or iv.end[1] is None:
        return 1e9
    return (iv.end[1] - iv.start[0]).total_seconds() / 86400.0


#: an event noun right after "after", "before" or "since", which a date of its own follows: a date before it is the
#: main clause's ("worked through the night at the mine after a cave-in on Thursday afternoon trapped 30 miners")
_AFTER_NOUN = re.compile(r"\b(?:after|before|since|following)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}$",
                         re.IGNORECASE)


def _weak(e: Expression) -> bool:
    return e.value.endswith("_REF") or e.interval is None


def _relation(dm: DocMentions, e: Expression, mn: Mention | None, aspect: str | None, own: bool = False
              ) -> Relation | None:
    """How ``e`` dates ``mn``.  ``own``: a possessive date of the noun itself ("after yesterday's fall
    of X"), which the preposition before it does not qualify (that relates another event to X)."""
    text = dm.text
    prev = rx(r"[\w']+").findall(text[max(0, e.start - 30) : e.start].lower())[-2:]
    first = e.text.split()[0].lower() if e.text.split() else ""
    # ("since last week's offensive": it has gone on since its start, told at that grain)
    preps = (set(prev[-1:]) & {"since"} if own else set(prev[-1:])) | {first}
    if "since" in preps:
        return "begins"
    if preps & {"until", "till", "through", "to"}:
        return "ends"
    if preps & {"after", "before"} and e.type == "TIME" and rx(
            r"\b(?:just|shortly|soon|right|moments|minutes)\s+(?:after|before)\s+$", re.IGNORECASE).search(
                text, max(0, e.start - 30), e.start):
        return "on"  # "reached the surface just after midnight", "shortly before 1 a.m.": then, give or take minutes
    if preps & {"before", "by"}:
        return "before"
    if "after" in preps and e.type != "DURATION":
        return "after"
    if e.type == "SET":
        return None
    if e.type == "DURATION":
        if e.interval is not None and "for" in preps and mn is not None and lx.PERFECT.search(
                text, max(0, mn.start - 40), e.start):
            return "begins"  # "has been under siege for the past 17 days": since the first of them
        if e.interval is not None and preps & {"over", "throughout"} and mn is not None and mn.nominal \
                and mn.type in _DURATIVE_FAMILY and lx.PERFECT.search(
                    text, max(0, min(mn.start, e.start) - 40), min(len(text), max(mn.end, e.end) + 30)):
            return "begins"  # "Over the past 19 days the offensive has killed ...": going on since the first
        if e.interval is None or aspect == "lasts" or "for" in preps:
            return "lasts" if (aspect == "lasts" or "for" in preps or (mn and mn.word.lower() == "lasted")) else None
        ongoing = mn is not None and mn.type in {"advance", "fighting", "battle", "campaign", "encirclement"}
        return "includes" if ongoing else "within"
    if aspect in {"begins", "ends"} and mn is not None and mn.aspect_span is not None \
            and mn.end <= e.start < mn.aspect_span[0]:  # a date between the noun and its aspect verb
        if aspect == "ends" and "from" in preps and e.type in {"DATE", "TIME"}:
            return "begins"  # "a truce they pledged to respect from noon on Friday collapsed": "from" tells a start
        if _AGREED_PARTICIPLE.match(text, mn.end):
            aspect = None  # "the truce agreed in May ended on Monday": May is the agreement's, not the end
    if aspect in {"begins", "ends"}:
        return aspect  # type: ignore[return-value]
    fine = grain_of(e) in {"day", "hour", "minute", "part_of_day"}
    if mn is not None and mn.type == "campaign" and not lx.OWNER_TIME.fullmatch(text, e.end, mn.start):
        return "includes"  # "the battle for Aleppo" told on Tuesday: it was going on then
        # (but "last week's battle for Aleppo", "Sunday's siege of the port": it was fought then)
    if fine and mn is not None and mn.nominal and mn.type in _DURATIVE:
        if e.value.endswith("_REF"):
            return "includes"  # "five months into the campaign, the rebels now hold ...": still going on now
        return "begins"  # "Yesterday's move", "the offensive on Saturday": the day it was launched
    return "on" if fine else "within"


# a reduced relative clause of agreement after a noun: "the truce agreed on May 5", "a ceasefire brokered in June"
_AGREED_PARTICIPLE = re.compile(r"\s+(?:\w+ly\s+)?(?:agreed|signed|brokered|negotiated|mediated|reached|struck|"
                                r"announced|proposed)\b", re.IGNORECASE)
_DURATIVE_FAMILY = frozenset({"offensive", "campaign", "battle", "fighting", "encirclement", "airstrike"})


def _when_clause(dm: DocMentions, i: int, e: Expression, sent: Sentence, in_sent: list[Mention], weak: bool
                 ) -> list[TimeLink]:
    """"since November, when it launched the Wrath of Euphrates operation": the clause dates its events."""
    m = rx(r",?\s+when\s+").match(dm.text, e.end)
    if m is None or e.type not in {"DATE", "TIME"} or e.interval is None:
        return []
    hi = clause_bounds(dm.text, sent, m.end())[1]
    fine = grain_of(e) in {"day", "hour", "minute", "part_of_day"}
    out: list[TimeLink] = []
    for mn in in_sent:
        if m.end() <= mn.start < hi and (mn.aspect or not mn.nominal) and not lx.RELATIVE_VERB.search(
                dm.text, m.end(), mn.start):  # (not a relative clause inside it: "when they ousted the men who had
            # started a rebellion")
            rel: Relation = "begins" if mn.aspect == "begins" else ("on" if fine else "within")
            out.append(TimeLink(mn.index, i, rel, weak))
    return out


def link_document(dm: DocMentions, expressions: tuple[Expression, ...], anchor: dt.datetime | None,
                  skip: frozenset[int] = frozenset(), told_against: dict[int, tuple[int, int]] | None = None
                  ) -> tuple[list[TimeLink], list[RelativeStart]]:
    """Link every expression of a document to the mention it dates (or to the event it measures).

    Expressions in ``skip`` are the gaps of event-to-event relations ("three days after its fighters
    took ..."): they date no event against the anchor.  ``told_against`` maps the mentions such a
    relation measures from to the relation's span: a date outside that span is not theirs ("took
    control on Thursday, 12 days after the first strikes" dates the taking, not the strikes).
    """
    told_against = told_against or {}
    links: list[TimeLink] = []
    rel: list[RelativeStart] = []
    text = dm.text
    sent_starts = [s.start for s in dm.sentences]
    mention_starts = [m.start for m in dm.mentions]
    by_start = sorted(expressions, key=lambda x: x.start)
    expr_starts = [x.start for x in by_start]
    cue_starts = [c.start for c in dm.cues]
    sents: list[Sentence | None] = []
    relative: dict[int, RelativeStart] = {}
    for i, e in enumerate(expressions):
        k = bisect.bisect_right(sent_starts, e.start) - 1
        sents.append(dm.sentences[k] if k >= 0 and e.start < dm.sentences[k].end else None)
        r = relative_start(dm, i, e, anchor, sents[i], expressions) if i not in skip else None
        if r is not None:
            relative[i] = r
    # the campaign an event-relative phrase counts from ("The advance, four weeks into the offensive,
    # took the port on Thursday") is dated by that phrase; the other dates of its sentence belong to
    # the sentence's own events, unless a relative clause says so ("the offensive, which began on ...")
    counted = {r.mention for r in relative.values() if r.mention is not None and r.kind != "since"}
    for i, e in enumerate(expressions):
        if i in skip:
            continue
        sent = sents[i]
        if i in relative:
            rel.append(relative[i])
            continue
        if sent is None:
            continue
        # the triggers of its sentence, within a window (a run-on "sentence" of thousands of words
        # would otherwise make every expression scan every trigger)
        w_lo, w_hi = max(sent.start, e.start - _WINDOW), min(sent.end, e.end + _WINDOW)
        in_sent = [m for m in dm.mentions[bisect.bisect_left(mention_starts, w_lo) : bisect.bisect_left(mention_starts, w_hi)]
                   if (m.index not in told_against
                       or told_against[m.index][0] <= e.start < told_against[m.index][1]
                       # "nine months after the takeover of the city in May 2015": its own complement
                       or (m.nominal and m.end <= e.start and (lx.NP_COMPLEMENT.fullmatch(text, m.end, e.start)
                                                               or lx.REPORT_DATE_GAP.fullmatch(text, m.end, e.start)))
                       # "ordered hours after Ansar Dine seized Konna on Thursday": the other event's own date
                       or (not m.nominal and m.end <= e.start and lx.VERB_COMPLEMENT.fullmatch(text, m.end, e.start)))
                   and (m.index not in counted or described_by(text, m, e))]
        near_cues = range(bisect.bisect_left(cue_starts, w_lo), bisect.bisect_left(cue_starts, w_hi))
        weak = _weak(e)
        # "soon", "in the coming days": a future to come never dates what has already happened
        future = e.value == "FUTURE_REF"
        # "was now free, 11 days after he launched the offensive", "have now lost the land they seized":
        # the present never dates a simple past verb, nor the start its past verb lends
        present = e.value == "PRESENT_REF"
        if (first := first_day_of(dm, e)) is not None:
            links.append(TimeLink(first.index, i, "begins"))  # "on Tuesday, the first day of protests": they began then
        if l13.superlative_since(text, sent.start, e):
            continue  # "the rebels' first raid on the capital since last October": an earlier raid's date
        when = _when_clause(dm, i, e, sent, in_sent, weak)
        if when:  # "had held it since April, when gunmen seized the station": the when-clause's events are dated
            links += when  # by it; the date's own clause keeps it for its own verb
            in_when = {ln.mention for ln in when}
            in_sent = [m for m in in_sent if m.index not in in_when]
        held = modifier_owner(dm, e, in_sent) if e.type in {"DATE", "TIME"} and not weak else []
        if held:  # "under a deal sealed by the two leaders yesterday": the deal's date (the noun's)
            rn = _relation(dm, e, None, None)
            # (a truce signed that day whose start the sentence tells too, "is due to take effect tonight": then or later)
            # (an offensive the army staged on Monday began then)
            links += [TimeLink(h.index, i, rn if rn in {"before", "after", "ends"} else "after" if h.aspect == "begins"
                               and lx.ANNOUNCED.get(h.type) == "after" else "begins" if h.type in _DURATIVE_FAMILY
                               else ("on" if grain_of(e) in lx.FINE else "within")) for h in held]
            continue
        # a date in a "since" clause of its own is its verb's, or nobody's
        in_sent, near_cues = lx.in_since_clause(text, sent, e, in_sent, near_cues, cue_starts)
        # 2. possessive: "Yesterday's move"
        if e.text.endswith("'s") or e.text.endswith("\u2019s") or text[e.end : e.end + 2] == "'s":
            # the noun it governs, past up to two modifiers ("Last Wednesday's car bomb"), or past a name of
            # capitalised words ("Sunday's Democracy and Martyrs rally")
            starts = {e.end + heads.start(1) + w.start()
                      for heads in (rx(r"(?:'s)?((?:\s+[\w-]+){1,3})").match(text[e.end : e.end + 50]),
                                    rx(r"(?:'s)?((?:\s+(?:[A-Z][\w'-]*|and|of|for|the)){1,5}(?:\s+[a-z][\w-]*){1,2})")
                                    .match(text[e.end : e.end + 80]))
                      if heads is not None for w in rx(r"[\w-]+").finditer(heads.group(1))}
            target = next((m for m in in_sent if m.start in starts), None)
            aspect = target.aspect if target is not None else None
            if target is None:  # "yesterday's launch of the offensive": the aspect noun's event, at that end
                target, aspect = lx.aspect_noun_of(dm, e.end, in_sent)
            if target is not None:
                rn = _relation(dm, e, target, aspect, own=True)
                if rn is not None:
                    links.append(TimeLink(target.index, i, "on" if rn == "within" and grain_of(e) == "day" else rn,
                                          weak))
            continue
        # 3. premodifier: "the 2003 US-led invasion"
        pre = next((m for m in in_sent if m.nominal and 0 <= m.start - e.end <= 16
                    and rx(r"[\s\w-]*").fullmatch(text[e.end : m.start]) is not None
                    and not rx(r"\b(?:of|in|on|at|and|the|a|an)\b").search(text[e.end : m.start])
                    and not lx.NOT_PREMODIFIER.search(text, e.end, m.start)), None)
        if pre is not None and e.type == "DATE" and not agreed_before(text, e, in_sent):
            links.append(TimeLink(pre.index, i, "within" if grain_of(e) not in {"day"} else "on", weak))
            continue
        head = lx.occurred_head(text, sent.start, e, in_sent) if e.type in {"DATE", "TIME"} else None
        if head is not None:  # 3b. "the withdrawal from X, which took place on <D>": the noun's date (R)
            links.append(TimeLink(head.index, i, "on" if grain_of(e) in lx.FINE else "within", weak))
            continue
        # 3d. "the city Islamic State has ruled for three years", "inspectors held for a week by militants": a
        # duration is its own verb's; when that verb names no event (nor how long one lasted), it dates nothing
        if e.type == "DURATION" and lx.unevented_duration_verb(dm, e, sent.start, in_sent, near_cues):
            continue
        if lx.apposed_state(dm, e, sent.start):
            continue  # "abandoned the town, their stronghold since April": how long the town was theirs
        if lx.birth_date(text, e, sent.start):
            continue  # "Born on 3 March 1961, the general joined the army": a life's date, no event's
        # 4. nearest trigger of the clause
        lo, hi = clause_bounds(text, sent, e.start)
        circumstance = CIRCUMSTANCE_GAP.match(text, e.end)  # "on Wednesday under a deal ...": none of it takes the date
        cands: list[tuple[float, str, int]] = []
        relative_clause = rx(r"\b(?:which|who|whose|where)\s*$", re.IGNORECASE).search(text[max(sent.start, lo - 10) : lo])
        pools = [(lo, hi, 0.0)] + ([] if relative_clause else [(sent.start, sent.end, 200.0)])
        for pool_lo, pool_hi, penalty in pools:
            for m in in_sent:
                if pool_lo <= m.start < pool_hi and not l13.other_predicate(dm, m, e, sent) \
                        and not (future and m.tense == "past") and not lx.now_of_state(text, e, m) \
                        and not (present and not m.nominal and m.tense == "past" and lx.simple_past(text, m.start)):
                    if lx.not_dated_by(dm, e, m):
                        continue  # "claimed responsibility on Tuesday for the bombing at the concert arena"
                    d = float(m.start - e.end if m.start >= e.end else e.start - m.end)
                    # "visited Kherson on Monday, the symbolic end of a counteroffensive": an appositive
                    # after the date describes what came before it, and does not take the date
                    apposed = m.start >= e.end and (rx(r",\s+(?:the|a|an)\s").search(text[e.end : m.start]) or (
                        lx.APPOSED_CUE.search(text[e.end : m.start]) is not None and any(
                            not x.nominal and x.end <= e.start and lo <= x.start for x in in_sent)))
                    # "captured the Old City on Friday and took the rest on Tuesday": a verb after "and"
                    # begins the next clause, which has its own date
                    coordinated = m.start >= e.end and rx(r"^\s*,?\s*and\s" if not m.nominal else
                                                          r"^\s*,?\s*and\s+(?:a|an|the|its|their)\s").search(
                        text[e.end : m.start]) is not None
                    # ("bombed early on Thursday and a sea blockade ... was declared": a noun after "and a" is
                    # the subject of the next clause)
                    # "seized the centre on Wednesday after a fierce battle": the event after "after"
                    # is another, earlier one
                    subordinate = m.start >= e.end and lx.SUBORDINATE.search(text[e.end : m.start]) is not None
                    if m.end <= e.start and "," in text[m.end : e.start] and lx.RELATIVE_OPEN.search(
                            text, max(sent.start, m.start - 40), m.start):
                        continue  # "gunners, who shelled Bihac last month, sealed ... on Sunday": closed before it
                    if m.nominal and l13.WITHOUT.search(text, max(sent.start, m.start - 24), m.start):
                        continue  # "entered the city on Sunday without a fight": no fight
                    if l13.in_apposition(text, m, e, in_sent):
                        continue  # "entered Kherson, the only regional capital Russia had captured, on Friday"
                    if closed_before(text, sent, e, m):
                        continue  # "the shooting nine days ago, and came six days after a general strike"
                    if m.start >= e.end and lx.RELATIVE_VERB.search(text, e.end, m.start):
                        continue  # "the deaths on July 30 are cited as the moment that turned opinion against the
                        # campaign": a relative clause with a verb of its own stands between
                    if m.end <= e.start and ", " in text[m.end : e.start] and lx.FRONTED_SUBORDINATE.match(
                            text, sent.start, m.start):
                        continue  # "Thirty-one days after the war began, the deaths on July 30 ...": not its date
                    if subordinate and text[e.end : e.end + 1] == "," and e.start > sent.start + 3:
                        continue  # "reached the camp on Sunday, two days after rebels shelled it": never its date
                    if m.start >= e.end and ", " in text[e.end : m.start] and is_apposed(dm, m):
                        continue  # "On Sunday, the battalion, rotated out of X on Friday, reached Y": not the participle's
                    if m.end <= e.start and lx.COORDINATED_PREDICATE.search(text, m.end, e.start):
                        continue  # "was halted in July and revived in mid-September": the second verb's date
                    if m.nominal and m.start >= e.end and _AFTER_NOUN.search(text, e.end, m.start) and any(
                            0 < x - m.end <= 4 for x in expr_starts):
                        continue  # "worked through the night ... after a cave-in on Thursday": the noun has its own
                    if m.end <= e.start and lx.dated_before_subordinate(text, m, e, by_start, expr_starts):
                        continue  # "crossed on Monday, following air strikes on Sunday": Sunday is the strikes'
                    # "the fall ... left the opposition holding the area it controlled in early November":
                    # a clause of its own (a pronoun and its verb) stands between the event and the date
                    own = lx.OWN_CLAUSE.search(text, m.end, e.start) if m.end <= e.start else None
                    if own is not None and not (lx.STATE.match(own.group()) and grain_of(e) == "day"):
                        continue  # (a day does not date a state: "drove them out of the areas they held on Tuesday")
                    if m.start >= e.end and circumstance is not None and "," not in text[e.end : m.start]:
                        continue  # "moved in on Wednesday under a deal sealed ...": the move's day, not the deal's
                    if m.nominal and m.start >= e.end and lx.INFINITIVE_OBJECT.fullmatch(text, e.end, m.start):
                        continue  # "vowed on Monday to carry the operation east": the vow's day, not the operation's
                    if m.nominal and m.start >= e.end and lx.VERB_PP_OBJECT.fullmatch(text, e.end, m.start) and any(
                            not x.nominal and x.end <= e.start and lo <= x.start and e.start - x.end <= 60
                            and not rx(r"[,;]").search(text, x.end, e.start) for x in in_sent):
                        continue  # "struck back with bombers on Tuesday against the assault": the striking's day
                    if m.start >= e.end and lx.ANNIVERSARY.search(text, e.end, m.start):
                        continue  # "Sunday will mark a year since an air strike killed ...": not the strike's day
                    if m.licensed_by is not None and dm.mentions[m.licensed_by].end <= e.start and e.end <= m.start:
                        continue  # "ordered troops on Wednesday to withdraw": the order's date
                    if m.nominal and lx.called_off(text, m, in_sent):
                        continue  # "called off a planned assault on Thursday": the calling off is dated
                    # "The town, seized by rebels on Friday, was retaken on Sunday": a comma between the date
                    # and a trigger puts them in different phrases
                    between = text[e.end : m.start] if m.start >= e.end else text[m.end : e.start]
                    comma = 60.0 if ", " in between and not l13.apposed_object(text, m, e) else 0.0  # (not "60,000")
                    # "The capture of Sinjar on Friday cut the road": a date closing a subject's complement
                    # is the subject's, not the verb's after it
                    if not m.nominal and m.start >= e.end and not between.strip() and any(
                            x.nominal and x.end <= e.start and lx.NP_COMPLEMENT.fullmatch(text, x.end, e.start)
                            for x in in_sent):
                        comma += 100.0
                    if not m.nominal and m.start >= e.end and (not between.strip() or lx.PASSIVE_GAP.fullmatch(
                            text, e.end, m.start)) and any(not x.nominal and x.end <= e.start and e.start - x.end <= 60 and "," not in text[x.end : e.start]
                            and lx.RELATIVE_THAT.search(text, max(sent.start, x.start - 40), x.start) for x in in_sent):
                        comma += 100.0  # "the militia that captured the dam on Monday withdrew": the relative clause's day
                    if m.start >= e.end and lx.participle_adjunct(dm, e, m.aspect_span, in_sent):
                        comma += 150.0  # "captured the airport on Sunday ending a long siege": the capture's day
                    if m.start >= e.end and _WITH_MEANS.fullmatch(text, e.end, m.start) and any(
                            x.end <= e.start and lo <= x.start for x in in_sent):
                        comma += 150.0  # "launched its offensive on Wednesday with air strikes": the launch's day
                    cands.append((d * (1.3 if m.nominal and not m.aspect else 1.0) + penalty + comma
                                  + (150.0 if apposed or subordinate else 0.0) + (120.0 if coordinated else 0.0),
                                  "m", m.index))
            for ci in near_cues:
                c = dm.cues[ci]
                if c.sent == sent.index and pool_lo <= c.start < pool_hi and not (
                        (future or present and lx.simple_past(text, c.start)) and c.host is not None
                        and c.relation == "begins" and dm.mentions[c.host].tense == "past") \
                        and not (c.end <= e.start and l13.MAIN_VERB.search(text, c.end, e.start)
                                 and l13.RELATIVE_BEFORE.search(text[max(sent.start, c.start - 60) : c.start])) \
                        and not (c.kind == "aspect" and lx.dated_between(expressions, i, c.start, c.end)):
                    if c.start >= e.end and c.kind == "aspect" and text[e.end : e.end + 1] == "," \
                            and lx.SUBORDINATE.search(text[e.end : c.start]) is not None:
                        continue  # "revived in mid-September, after the talks fell apart": never the talks' date
                    if c.start >= e.end and lx.RELATIVE_VERB.search(text, e.end, c.end):
                        continue  # "since last spring, when they ousted the separatists who had started a rebellion"
                    if c.end <= e.start and ", " in text[c.end : e.start] and lx.FRONTED_SUBORDINATE.match(
                            text, sent.start, c.start):
                        continue  # "Thirty-one days after the war began, the deaths on July 30 ...": not its date
                    d = float(c.start - e.end if c.start >= e.end else e.start - c.end)
                    # "raised their flag on Monday, at the end of a 20-day advance": a phrase after the
                    # date's comma describes the event before it and does not take the date
                    # "The recapture of Tikrit on Monday was announced": the date closes the subject's complement
                    subject_date = c.start >= e.end and lx.PASSIVE_GAP.fullmatch(text, e.end, c.start) is not None \
                        and any(x.nominal and x.end <= e.start and lx.NP_COMPLEMENT.fullmatch(text, x.end, e.start)
                                for x in in_sent)
                    # "proclaimed independence in November 1991, long before the war began": another, later event
                    # ("on Sunday after days of fighting in which hundreds were reported killed": any cue)
                    after_clause = 150.0 if l13.after_phrase(text, e, c.start) else 0.0
                    apposed = c.start >= e.end and c.kind == "aspect" and lx.APPOSED_CUE.search(
                        text[e.end : c.start]) is not None and any(
                        not m.nominal and m.end <= e.start and pool_lo <= m.start for m in in_sent)
                    # "signed a ceasefire on Monday night ending the war": a participle after the date is the
                    # dated verb's adjunct (what the signing did), not the date's owner
                    adjunct = 150.0 if c.kind == "aspect" and lx.participle_adjunct(dm, e, (c.start, c.end), in_sent) else 0.0
                    cands.append((d + penalty + (150.0 if apposed else 0.0) + (100.0 if subject_date else 0.0) + after_clause
                                  + adjunct,
                                  "c", ci))
            if cands:
                break
        if not cands:
            continue
        cands.sort()
        # "a ceasefire announced on Tuesday collapsed": the date is the participle's, whatever follows
        told = [c for c in cands if c[1] == "c" and dm.cues[c[2]].kind == "report" and dm.cues[c[2]].end <= e.start
                and lx.REPORT_DATE_GAP.fullmatch(text, dm.cues[c[2]].end, e.start) is not None
                and any(m.nominal and lx.PARTICIPLE_GAP.fullmatch(text, m.end, dm.cues[c[2]].start) is not None
                        and m.end <= dm.cues[c[2]].start for m in in_sent)]
        cands = told[:1] + cands
        # an aspectual verb that governs no event lends its date to nothing: look past it
        cands = [c for c in cands if not (c[1] == "c" and dm.cues[c[2]].kind == "aspect"
                                          and dm.cues[c[2]].host is None)] or cands
        # "left Raqqa on Saturday, officials said": a report after a comma does not own the date
        told_before = any(m.end <= e.start for m in in_sent)
        cands = [c for c in cands if not (told_before and c[1] == "c" and dm.cues[c[2]].kind == "report"
                                          and dm.cues[c[2]].start > e.end
                                          and "," in text[e.end : dm.cues[c[2]].start])] or cands
        # "the military said, following air strikes on Saturday": the strikes' day, not the saying's (the
        # noun of the following-phrase takes it, if it is the next candidate)
        cands = [c for c in cands if not (c[1] == "c" and dm.cues[c[2]].kind == "report" and dm.cues[c[2]].end <= e.start
                                          and lx.SUBORDINATOR.search(text, dm.cues[c[2]].end, e.start))]
        if not cands:
            continue
        _, what, idx = cands[0]
        if what == "c":
            cue = dm.cues[idx]
            if cue.kind == "report":
                rn = _relation(dm, e, None, None)
                # "after a ceasefire announced on Tuesday": a participle right after an event noun
                # reports nothing (it tells when the ceasefire was announced)
                # ("The evacuation, announced late on Tuesday, comes ...": the same after a comma); the
                # announced noun (a deal, a ceasefire, an evacuation) is of the day it was announced
                announced = [m for m in dm.mentions[bisect.bisect_left(mention_starts, w_lo)
                                                    : bisect.bisect_left(mention_starts, cue.start)]
                             if m.nominal and m.end <= cue.start and (
                                 lx.PARTICIPLE_GAP.fullmatch(text, m.end, cue.start)
                                 and (not text[m.end : cue.start].strip() or lx.PARTICIPLE_AFTER.match(text, cue.end))
                                 or lx.reduced_relative(text, m, cue.start, cue.end))]
                participle = bool(announced)
                if announced and e.type in {"DATE", "TIME"} and rn in {"on", "within"} \
                        and text[cue.start : cue.end].lower() in lx.ANNOUNCING and announced[-1].type in lx.ANNOUNCED:
                    links.append(TimeLink(announced[-1].index, i, lx.ANNOUNCED[announced[-1].type]))
                claim = next((m for m in in_sent if m.start == cue.start and m.type in {"proclamation", "pledge", "suspension"}), None)
                if claim is not None and rn in {"on", "within"}:
                    # "said on Tuesday they had taken full control": the claim is of that day
                    links.append(TimeLink(claim.index, i, rn))
                declared = declared_aspect(dm, cue, e, in_sent) if rn == "on" else None
                started = lx.reported_start(dm, cue, e, in_sent) if rn == "on" and declared is None else []
                links += [TimeLink(m.index, i, r, weak) for m, r in started]
                if declared is not None and declared.aspect is not None:
                    # "announced on Monday the end of combat operations": the announcement makes it so
                    links.append(TimeLink(declared.index, i, declared.aspect))  # type: ignore[arg-type]
                elif e.type in {"DATE", "TIME"} and rn in {"on", "within"} and not participle:
                    for m in in_sent:
                        if m.reported_by is not None and dm.cues[m.reported_by] is cue and m.type == "permission" \
                                and m.start > cue.end and m.start - cue.end < 80:
                            links.append(TimeLink(m.index, i, rn))  # "said on Monday it would let ..."
                        elif m.reported_by is not None and dm.cues[m.reported_by] is cue and m.tense == "past" \
                                and m.start > cue.end and not m.nominal and lx.REPORTED_PROGRESSIVE.search(
                                    text, max(cue.end, m.start - 12), m.start) and m.word.lower().endswith("ing"):
                            # "said on Monday it was suspending the hotline": under way that day (an activity may
                            # have been before: "said on Monday its troops were advancing")
                            links.append(TimeLink(m.index, i, "includes" if m.type in _DURATIVE_FAMILY
                                                  | {"advance"} else "begins"))
                        elif m.reported_by is not None and dm.cues[m.reported_by] is cue and m.tense == "past" \
                                and m.start > cue.end and not m.nominal and not lx.part_of_day(text, e):
                            links.append(TimeLink(m.index, i, "before"))  # (not "early on Saturday": may be that day)
                        elif m.end <= cue.start and m.tense == "past" and not m.nominal and m.reported_by is None \
                                and "," in text[m.end : cue.start] and cue.start < e.start:
                            # "Ukrainian forces retook Dudchany, officials admitted on Tuesday": what
                            # they report happened by then
                            links.append(TimeLink(m.index, i, "before"))
                continue
            if cue.host is None:
                continue
            host = dm.mentions[cue.host]
            if lx.announced_to_come(dm, cue, e, host):
                continue  # "announced on Tuesday a planned offensive": the announcement's day, the offensive to come
            rn = _relation(dm, e, host, cue.relation)
            if rn is not None:
                links.append(TimeLink(host.index, i, rn, weak))
            continue
        mn = dm.mentions[idx]
        if mn.reported_by is not None and dm.cues[mn.reported_by].end <= e.start and e.end <= mn.start and (
                started := lx.reported_start(dm, dm.cues[mn.reported_by], e, [mn])):
            links += [TimeLink(m.index, i, r, weak) for m, r in started]  # "told reporters on Tuesday that the
            continue  # battle had started": the report's day, by which the battle had begun
        if mn.reported_by is not None and lx.announced_to_come(dm, dm.cues[mn.reported_by], e, mn):
            continue  # "announced on Tuesday an offensive to begin after the elections": the announcement's day
        aspect = mn.aspect if mn.aspect_span is not None and lo <= mn.aspect_span[0] < hi else None
        if aspect is not None and mn.aspect_span is not None and lx.dated_between(expressions, i, *mn.aspect_span):
            # "The offensive, launched on November 15, took the district on Friday": the verb's own
            # date stands between it and this one
            aspect = None
        rn = _relation(dm, e, mn, aspect)
        if rn == "begins" and aspect is None and any(
                ln.mention == mn.index and ln.relation == "begins" and not ln.weak
                and sent.start <= expressions[ln.expression].start < sent.end for ln in links[-4:]):
            rn = "includes"  # its start is told already in this sentence: a later date finds it going on
        if rn in {"on", "within", "begins"} and mn.nominal and mn.type in l13.DONE_ACTS and aspect is None \
                and e.start >= mn.end and l13.reported_object(dm, mn, near_cues):
            # "The army announced the recapture of Tikrit on Monday": the day is the announcement's (it
            # may be the recapture's too, but only "by then" is sure; "on" could contradict another article)
            rn = "before"
        if rn in {"on", "within"} and present and l13.perfect_now(text, e, mn):
            rn = "before"  # "has now seized the port": done by now
        if rn is not None:
            links.append(TimeLink(mn.index, i, rn, weak))
            if rn in {"on", "within"} and (first := coordinated_first(text, e, mn, in_sent, {ln.mention for ln in links})) \
                    is not None and not lx.dated_between(expressions, i, first.start, first.end):
                # "ordered troops in and imposed a curfew on Friday"; "declared a state of emergency and ...": it began then
                links.append(TimeLink(first.index, i, "begins" if first.nominal else rn, weak))
            if rn in {"on", "within"} and mn.type == "kill":
                # "A truck bomb near the port killed seven soldiers on Monday": the bomb went off then
                cause = next((x for x in reversed(in_sent) if x.nominal and x.type in {"attack", "airstrike"}
                              and x.end <= mn.start and lo <= x.start and mn.start - x.end <= 70
                              and not rx(r"[,;]|\b(?:that|which|who|and)\b").search(text, x.end, mn.start)), None)
                if cause is not None:
                    links.append(TimeLink(cause.index, i, rn, weak))
            if rn in {"on", "within"} and mn.type == "proclamation" and not mn.nominal:
                # "declared late on Thursday that it had regained full control": what it declares was done by then
                that = rx(r"[^.;]{0,40}?\bthat\s+").match(text, mn.end)
                links += [TimeLink(x.index, i, "before", weak) for x in in_sent
                          if that is not None and not x.nominal and x.tense == "past" and x.type != "proclamation"
                          and that.end() <= x.start < that.end() + 60]
            if rn in {"on", "within"} and mn.nominal and lx.WITH_BEFORE.search(text, max(lo, mn.start - 40), mn.start):
                links += [TimeLink(x.index, i, "begins", weak) for x in lx.openers(text, in_sent, mn, lo)]
            if rn in {"on", "within"} and mn.type in {"order", "permission"}:
                # what was ordered or allowed comes after the order: "ordered troops on Wednesday to withdraw"
                links += [TimeLink(x.index, i, "after", weak) for x in in_sent if x.licensed_by == mn.index]
            if rn in {"on", "within"} and not mn.nominal:
                links += [TimeLink(h, i, "begins", weak) for h in lx.opened_by(dm, e, sent, cue_starts)]
    return links, rel

