"""Hot news: a dated report of a done act dates the act on the report's day, as an inferred link.

Wire copy tells the news of the day in the perfect and dates only the telling: "the army said on
Monday it had overrun the port", "Rebels have taken the airport, their spokesman announced on
Saturday evening".  The sentence says that the act was done by then (the linker's ``before``); the
reader of the news knows more: an act reported done, with no date of its own, is the news of that
day.  Left at "before Monday", the act has no day on the timeline.

Semantics.  A reporting verb of the lexicon (``REPORTING``) dated by a DATE or TIME expression of a day
or finer, told right by it ("said on Monday", "told reporters late on Monday", "On Monday, the ministry
said", "X on Monday said") and being the only time expression of its sentence (bar the dateline), dates
each act of its sentence told in the perfect with no date of its own:

* in its complement, after the date: "said on Monday (that) <subject> has/have/had [been] <verb>", or
  coordinated with such an act ("had captured the port and seized two ships");
* fronted, as the first clause of the sentence, the report after a comma: "<subject> have <verb> ...,
  <teller> announced on Saturday evening".

The act is a verbal mention of a one-off kind, past tense, not an -ing form, and nothing in the
sentence tells its own time: no other time expression, and no word that places it elsewhere or makes
it no act ("already", "earlier", "previously", "before", "after", "since", "until", a negation, a modal
before the auxiliary: "would have", "could have been").  Campaign-like kinds (offensive, battle,
fighting, an advance, a siege, tolls of the killed) are never dated this way: they run over days.

The day, not "the day or the night before": of the practice reports every act but one was of the
report's own day, and the one ("admitted on Saturday that two warplanes had been shot down") is
expected on that day or the day before, which the report's day also fits; a link dates by one
expression, and the expression is the report's day.

Two steps.  :meth:`HotNews.add` (per document, after the linker) records the acts and gives the
text's own reading to an act the linker left undated: ``before`` the report's date (so that the act is
dated, and joins a retelling another article dates to the day).  :meth:`HotNews.finish` (on the
assembled events) turns the act's link into ``on`` the report's day, marked
:attr:`~timeline.model.Link.inferred`, only when that day fits every date the event's other links and
its interval state (so a date another article gives the act, or the act's own "stormed it on Sunday",
wins, silently); the reasoning stage gives way on an inferred link first and reports its conflicts as
``info``.  The event's interval stays what the texts state.  Acts absorbed by a campaign are left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline._events import _linkrx as lx
from timeline._events._cluster import Cluster, family
from timeline._events._dating import Bounds4, bounds_of_link, intersect
from timeline._events._doc import Cue, DocMentions, Mention
from timeline._events._link import TimeLink, grain_of
from timeline._events._rx import rx
from timeline._events._text import Sentence
from timeline.model import Document, Event, Expression, Link

__all__ = ["HotNews"]

#: kinds that run over days or are no one act: a report dates none of them to its day
_DURATIVE = frozenset({"offensive", "campaign", "battle", "fighting", "encirclement", "siege", "advance", "blockade",
                       "occupation", "protest", "strike_action", "curfew", "kill", "airstrike", "pledge",
                       "proclamation", "warning", "sanctions", "shutdown", "testimony", "speech"})
#: ... but for these one-off acts of those kinds: an arrival ("have entered the port"), a killing of one
#: victim or group at once ("had executed", not a toll "had been killed")
_ONE_OFF = frozenset({"enter", "cross", "break into", "break the siege", "move into", "land", "arrive", "reach",
                      "relieve", "assassinate", "execute", "behead", "shoot dead", "gun down"})
_FINE = lx.FINE | {"second"}  # the linker's fine grains
_ADVERB = r"(?:also|just|now|finally|successfully|effectively|formally|officially|fully|quickly|reportedly|largely)"
#: the perfect auxiliary right before the verb (with an optional adverb and a passive "been")
_PERFECT = rx(rf"\b(?:has|have|had)\s+(?:{_ADVERB}\s+){{0,2}}(?:been\s+)?$", re.IGNORECASE)
#: a modal or infinitive before the auxiliary: "would have", "could have been", "to have"
_MODAL = rx(r"\b(?:would|could|should|might|may|must|will|shall|to|not|never|n't)\s+$", re.IGNORECASE)
#: words that date the act elsewhere, deny it, or make the perfect a background
_ELSEWHERE = rx(r"\b(?:already|earlier|previously|before|since|until|till|ago|formerly|once\s+more|again|yet|"
                r"first\s+time|so\s+far|to\s+date|in\s+the\s+past|by\s+then|at\s+the\s+time|if|unless)\b",
                re.IGNORECASE)
#: what stands between a reporting verb and its date ("told reporters late on", "said in a statement on")
_REPORT_GAP = rx(r"\s+(?:(?!(?:that|it|he|she|they|we|its|their|his|her|has|have|had|was|were|would|will)\b|\w+ed\b)"
                 r"[\w'-]+\s+){0,4}?(?:(?:late|early)\s+)?(?:on|at)\s+"
                 r"|\s+(?:(?:late|early)\s+)?", re.IGNORECASE)
#: a report's date before it: "On Monday, the ministry said", "the ministry on Monday said"
_DATE_FIRST = rx(r"\s*(?:late|early)?\s*(?:on|at)?\s*", re.IGNORECASE)
_ON = rx(r"\s(?:(?:late|early)\s+)?on\s+$", re.IGNORECASE)
#: the complement's start up to the auxiliary: "(,) (that) <subject>"
_SUBJECT = rx(r"\s*,?\s*(?:that\s+)?(?P<subj>[^,;:()\"“”]{1,100}?)\s*", re.IGNORECASE)
_SUBJECT_WORDS = 14  # "its troops and the militia of the self-proclaimed Luhansk People's Republic"
#: words no subject holds (another clause, another verb)
_NOT_SUBJECT = rx(r"\b(?:which|who|whom|whose|when|where|while|because|although|though|and\s+then|but|said|says|"
                  r"told|added|announced|claimed|reported|confirmed|stated|insisted|warned|is|are|was|were)\b",
                  re.IGNORECASE)
#: a dateline opening a lead sentence ("ADDIS ABABA, Nov. 4 (Abyssinia Wire) - ")
_DATELINE = rx(r"[A-Z][A-Z .'-]+(?:,[^()\n]{0,30})?\s*(?:\([^)]{2,60}\)\s*)?[-—–]+\s*")
#: the act's clause after its verb, up to the comma before the teller ("full control of Mekelle, ")
_REST = rx(r"[^;:()\"“”]{0,120}?,\s*(?P<teller>[^,;:()\"“”]{2,60}?)\s*$")
#: a second act coordinated with the first: "had captured the port and (had) seized two ships"
_AND = rx(rf"[^,;:()]{{0,80}}?\band\s+(?:(?:has|have|had)\s+)?(?:{_ADVERB}\s+)?(?:been\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class _Act:
    """One act a dated report tells as done: the document, the mention, the report's date."""

    doc: str
    mention: int
    expression: int


class HotNews:
    """The hot-news acts of a corpus: :meth:`add` per document after linking, :meth:`finish` on the
    assembled events."""

    def __init__(self) -> None:
        self.acts: dict[tuple[str, int], _Act] = {}  # (document id, mention index) -> the act

    def add(self, doc: Document, dm: DocMentions, links: Sequence[TimeLink], skip: frozenset[int]) -> list[TimeLink]:
        """The document's acts told done by a dated report; a ``before`` link for each the linker left
        undated (what the sentence says: done by the report)."""
        own: dict[int, set[int]] = {}
        for ln in links:
            own.setdefault(ln.mention, set()).add(ln.expression)
        out: list[TimeLink] = []
        for m, i in reported_acts(doc, dm, skip):
            if i in skip:
                continue  # an event-relative phrase's
            dated = own.get(m, set())
            if dated - {i}:
                continue  # the linker gave it a date of its own
            self.acts[(doc.id, m)] = _Act(doc.id, m, i)
            if not dated:
                out.append(TimeLink(m, i, "before"))
        return out

    def finish(self, pairs: list[tuple[Cluster, Event]], docs: Sequence[Document], dms: Sequence[DocMentions]
               ) -> list[tuple[Cluster, Event]]:
        """Each act's link becomes an inferred ``on`` the report's day where that fits its event, unless
        the act is a retelling: one act of its kind at its target is told done on an earlier day."""
        if not self.acts:
            return pairs
        by_id = {d.id: d for d in docs}
        dml = list(dms)
        mine: dict[int, list[_Act]] = {}
        told: dict[tuple[str, str], list[tuple[dt.date, int]]] = {}  # (family, target) -> (day, pair) told done
        for k, (cl, ev) in enumerate(pairs):
            acts = sorted({a for d, m in cl.members if (a := self.acts.get((docs[d].id, m))) is not None},
                          key=lambda a: _day_of(by_id[a.doc].expressions[a.expression]) or dt.datetime.max)
            day = _precise_day(ev)
            if acts and cl.campaign is None:
                mine[k] = acts
                first = _day_of(by_id[acts[0].doc].expressions[acts[0].expression])
                day = day or (first.date() if first is not None else None)
            if day is not None and cl.campaign is None:
                for g in _where(cl, dml):
                    told.setdefault((family(cl.type), g), []).append((day, k))
        out: list[tuple[Cluster, Event]] = []
        for k, (cl, ev) in enumerate(pairs):
            acts = mine.get(k, [])
            first = _day_of(by_id[acts[0].doc].expressions[acts[0].expression]) if acts else None
            if first is not None and not any(
                    j != k and first.date() - _RETOLD <= day < first.date()
                    for g in _where(cl, dml) for day, j in told.get((family(cl.type), g), ())):
                ev = _infer(ev, acts, by_id)
            out.append((cl, ev))
        return out


#: an act of its kind at its target told done this long before a report: the report most likely retells it
_RETOLD = dt.timedelta(days=30)


def _precise_day(ev: Event) -> dt.date | None:
    """The day an event starts on, when the texts date it to one day."""
    a, b = ev.interval.start
    return a.date() if a is not None and b is not None and b - a < dt.timedelta(days=1) else None


def _where(cl: Cluster, dms: list[DocMentions]) -> set[str]:
    """What an act was done to (its targets), else where (its places)."""
    targets, places = cl.geo(dms)
    return targets or places


def _day_of(e: Expression) -> dt.datetime | None:
    return None if e.interval is None else e.interval.start[0]


def _inside(b: Bounds4) -> Bounds4:
    """An "on" link read as "inside that span" (the event may be finer than the day or evening)."""
    return (b[0], b[3], b[0], b[3])


def _infer(ev: Event, acts: list[_Act], by_id: dict[str, Document]) -> Event:
    iv = ev.interval
    acc: Bounds4 | None = (iv.start[0], iv.start[1], iv.end[0], iv.end[1])
    keys = {(a.doc, a.expression) for a in acts}
    for lk in ev.links:
        if lk.inferred or (lk.doc, lk.expression) in keys or acc is None:
            continue
        b = bounds_of_link(by_id[lk.doc].expressions[lk.expression], lk.relation)
        if b is not None:
            acc = intersect(acc, _inside(b) if lk.relation == "on" else b)
    if acc is None:
        return ev  # the event's dates disagree already: nothing is concluded on top of them
    links = list(ev.links)
    done: set[tuple[str, int]] = set()
    for a in acts:
        key = (a.doc, a.expression)
        d = by_id[a.doc]
        e = d.expressions[a.expression]
        b = bounds_of_link(e, "on")
        if key in done or b is None:
            continue
        at = next((k for k, lk in enumerate(links) if (lk.doc, lk.expression) == key), None)
        if at is not None and (links[at].relation != "before" or links[at].inferred):
            continue  # the text dates it so (or another conclusion does)
        nxt = intersect(acc, _inside(b))
        if nxt is None:
            continue  # a date the texts give the act wins
        acc = nxt
        done.add(key)
        link = Link(doc=a.doc, expression=a.expression, relation="on", text=e.text, start=e.start, end=e.end,
                    inferred=True)
        if at is None:
            links.append(link)
        else:
            links[at] = link
    return ev.model_copy(update={"links": tuple(links)}) if done else ev


def reported_acts(doc: Document, dm: DocMentions, skip: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """(mention, expression) of each act a dated report of the document tells as done (``skip``: the
    expressions of event-relative phrases)."""
    text = dm.text
    exprs = doc.expressions
    out: list[tuple[int, int]] = []
    seen: set[int] = set()
    for c in _tellers(dm):
        sent = dm.sentences[c.sent]
        inside = [i for i, x in enumerate(exprs) if sent.start <= x.start < sent.end and not _in_dateline(doc, x)]
        for i in inside:
            e = exprs[i]
            if i in skip or not _report_date(dm, sent, c, e):
                continue
            lead = _lead(text, sent)
            if lead > c.start:
                continue
            acts = sorted((m for m in dm.mentions_starting(sent.start, sent.end) if _act_kind(m)), key=lambda m: m.start)
            found = [] if _ELSEWHERE.search(text, max(c.end, e.end), sent.end) else _complement(text, c, e, acts, sent)
            if not _ELSEWHERE.search(text, lead, c.start):
                found += _fronted(text, c, e, acts, lead)
            if found and all(_aside(dm, exprs[k], found, skip, k) for k in inside if k != i):
                out += [(m.index, i) for m in found if m.index not in seen]
                seen |= {m.index for m in found}
    return out


#: a duration that places an act in a span ("in the past 24 hours", "for three years"), not a noun's length
_SPAN_BEFORE = rx(r"\b(?:past|last|within|during|over|for|in|since|after|before)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
#: a clause after the act, opened by "after", telling what the act followed ("after the deadline lapsed
#: yesterday")
_AFTER_CLAUSE = rx(r",\s*(?:just\s+|shortly\s+|hours\s+|days\s+)?after\b", re.IGNORECASE)


def _aside(dm: DocMentions, x: Expression, acts: list[Mention], skip: frozenset[int], k: int) -> bool:
    """Whether another time expression of the sentence leaves the acts undated: an event-relative phrase
    ("14 months after the army began its assault"), "now", a noun's length ("a battle of more than four
    months"), or the time of what the acts followed, told in an "after" clause with no act of the lexicon
    ("..., after the deadline lapsed yesterday"; not "after troops stormed it on Sunday": how it was taken)."""
    text = dm.text
    if k in skip or x.value == "PRESENT_REF":
        return True
    if x.type == "DURATION":
        return _SPAN_BEFORE.search(text, max(0, x.start - 24), x.start) is None
    last = acts[-1].end
    if x.start < last:
        return False
    after = None
    for a in _AFTER_CLAUSE.finditer(text, last, x.start):
        after = a
    return after is not None and not any(not m.nominal for m in dm.mentions_starting(after.end(), x.start))


#: a declaring verb that reports ("declared on Thursday that it had regained ..."), not one that proclaims
_DECLARING = frozenset({"declare", "announce", "proclaim"})


def _tellers(dm: DocMentions) -> list[Cue]:
    """The reporting verbs of the document, and the declaring verbs that report a done act: "declared on
    Thursday that it had regained full control" (not "declared a state of emergency on Thursday")."""
    out = [c for c in dm.cues if c.kind == "report"]
    cues = {c.start for c in out}
    for m in dm.mentions:
        if m.type == "proclamation" and not m.nominal and m.lemma in _DECLARING and m.start not in cues \
                and _THAT.match(dm.text, m.end, m.sent.end):
            out.append(Cue("report", "report", m.start, m.end, m.sent.index))
    return out


#: what follows a declaring verb that reports: its date, then "that"
_THAT = rx(r"(?:\s+(?:(?:late|early)\s+)?(?:on\s+)?[\w.]+(?:\s+(?:morning|afternoon|evening|night))?)?\s*,?\s+that\b",
           re.IGNORECASE)


def _in_dateline(doc: Document, x: Expression) -> bool:
    a = doc.anchor
    return a.source in {"dateline", "html"} and a.start is not None and a.end is not None \
        and x.start < a.end and a.start < x.end


def _lead(text: str, sent: Sentence) -> int:
    """Where the sentence's words begin, after a dateline."""
    m = _DATELINE.match(text, sent.start, sent.end)
    return m.end() if m is not None and m.end() < sent.end else sent.start


def _report_date(dm: DocMentions, sent: Sentence, c: Cue, e: Expression) -> bool:
    """Whether ``e`` is the report's own date, a day or finer, told right by the reporting verb."""
    if e.type not in ("DATE", "TIME") or e.interval is None or e.event_ref or e.value.endswith("_REF") \
            or grain_of(e) not in _FINE or e.interval.start[0] is None:
        return False
    text = dm.text
    if e.start >= c.end:
        return _REPORT_GAP.fullmatch(text, c.end, e.start) is not None
    # "On Monday, the ministry said", "the ministry on Monday said": nothing else told between them
    lead = _lead(text, sent)
    return (_DATE_FIRST.fullmatch(text, lead, e.start) is not None or _ON.search(text, lead, e.start) is not None) \
        and not dm.mentions_starting(e.end, c.start) and len(text[e.end : c.start].split()) <= 8 \
        and not rx(r"[;:]").search(text, e.end, c.start)


def _act_kind(m: Mention) -> bool:
    return not m.nominal and m.tense == "past" and (m.type not in _DURATIVE or m.lemma in _ONE_OFF) \
        and not m.type.startswith("act:") \
        and not m.word.lower().endswith("ing")


def _perfect(text: str, lo: int, m: Mention) -> int | None:
    """Where the perfect auxiliary before ``m`` starts (not after ``lo``), or None."""
    p = _PERFECT.search(text, lo, m.start)
    if p is None or _MODAL.search(text, max(lo, p.start() - 12), p.start()):
        return None
    return p.start()


def _complement(text: str, c: Cue, e: Expression, acts: list[Mention], sent: Sentence) -> list[Mention]:
    """"said on Monday (that) <subject> had <verb>", and acts coordinated with it."""
    start = max(c.end, e.end)
    found: list[Mention] = []
    for m in acts:
        if m.start < start:
            continue
        if found:
            if _AND.fullmatch(text, found[-1].end, m.start):
                found.append(m)
                continue
            break
        aux = _perfect(text, start, m)
        if aux is None:
            break  # the first act of the complement is no perfect: nothing is read
        s = _SUBJECT.fullmatch(text, start, aux)
        if s is None or _NOT_SUBJECT.search(s.group("subj")) or len(s.group("subj").split()) > _SUBJECT_WORDS:
            break
        found.append(m)
    return found


def _fronted(text: str, c: Cue, e: Expression, acts: list[Mention], lead: int) -> list[Mention]:
    """"<subject> have <verb> ..., <teller> announced on Saturday", and acts coordinated with it."""
    if e.start < c.end:
        return []
    found: list[Mention] = []
    for m in acts:
        if m.end > c.start:
            break
        if found:
            if _AND.fullmatch(text, found[-1].end, m.start):
                found.append(m)
                continue
            return []
        aux = _perfect(text, lead, m)
        subj = text[lead:aux] if aux is not None else ""
        if aux is None or not subj.strip() or "," in subj or _NOT_SUBJECT.search(subj) or len(subj.split()) > _SUBJECT_WORDS:
            return []
        found.append(m)
    if not found:
        return []
    rest = _REST.fullmatch(text, found[-1].end, c.start)
    if rest is None or _NOT_SUBJECT.search(rest.group("teller")) or len(rest.group("teller").split()) > 7 \
            or rx(r"\band\b", re.IGNORECASE).search(rest.group("teller")):
        return []
    return found
