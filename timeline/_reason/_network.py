"""Building the one network of the corpus from the vocabulary (Documents, Events, UserAnchors).

Points: ``origin``; ``anchor:<doc>`` (midnight of the publication day); ``<doc>#<i>:start|end``
for every expression that has a place on the calendar; ``<event>:start|end`` for every event.

Constraints (each a :class:`timeline.model.Constraint` with its reason and evidence), by kind,
weakest first (a conflict retracts the weakest constraint of its cycle and checking goes on):

``tense``    a past-tense event began no later than its article's day.
``event``    the interval the events stage gave an event.
``relation`` an event's time relative to another's (``Event.relations``: "four weeks after the
             battle began" - after/before with a gap in days, or during).
``inferred`` a link the events stage concluded rather than read (``Link.inferred``): weakest of all.
``link``     an expression dating an event: on/within (the event lies inside the expression's
             span), begins/ends (that end of the event lies inside it), before/after, includes
             (the event spans it), lasts (the event's length is the stated duration).
``eventrel`` an event-relative expression: "nearly two weeks into the offensive" (the anchor is
             11.2-14 days after the offensive began), "in its second week" (7-13 days), "the
             almost two-week-old campaign" (its age at the anchor).
``date``     an expression's resolved interval: against the origin when the text names the year,
             against its document's anchor otherwise ("yesterday" is the anchor minus a day) - or,
             when the anchor is unknown, what its Spec alone ties to the anchor point.
``order``    every interval ends no earlier than it starts (a day-grain one lasts at least a day).
``anchor``   a known publication date (metadata, --dct, page tags, dateline).
``user``     a known event stated by the user (``--anchors``).

Unary constraints (not difference constraints): a weekday, a month and day, a year on a point's
day; see :mod:`timeline._reason` for how they are propagated.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline._reason._calendar import (
    DAY,
    Reading,
    minutes,
    ordinal_of,
    read_expression,
    unit_days,
)
from timeline._reason._stn import STN
from timeline.model import (
    Anchor,
    Constraint,
    Document,
    Event,
    EventRelation,
    Evidence,
    Expression,
    Interval,
    Link,
    UserAnchor,
)

#: events of one day whose age ("two weeks into the coup") is the time since them, not a span still running
#: (the same as timeline._events._relstart.ONE_DAY_TYPES)
# (a proclamation: "two weeks into the state of emergency" counts from the declaration, an act of one day;
# a disaster: "nine weeks into their ordeal" counts from the accident)
_ONE_DAY_TYPES = frozenset({"coup", "proclamation", "disaster"})

__all__ = ["FIRM", "Item", "Network", "Unary", "build", "is_firm"]

PRIORITY = {"inferred": -1, "tense": 0, "event": 1, "relation": 2, "link": 2, "eventrel": 3, "implied": 3, "date": 4,
            "order": 5, "anchor": 6, "user": 7}
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*")
FIRM = ("metadata", "cli", "dateline", "html")
_EV_SOURCE = {"metadata": "metadata", "cli": "cli", "dateline": "dateline", "html": "html", "inferred": "inferred"}


def is_firm(a: Anchor) -> bool:
    """A known publication date, or an inferred one pinned to a single day."""
    if a.value is None:
        return False
    return a.source in FIRM or (a.source == "inferred" and a.earliest == a.latest)


@dataclass
class Item:
    """One constraint of the network and what it stands on."""

    constraint: Constraint
    kind: str
    docs: tuple[str, ...]
    support: tuple[int, ...] = ()  # for implied constraints: the items they were derived from
    edges: list[int] = field(default_factory=list)
    group: str = ""  # items of one statement (a link's two ends): a conflict retracts them together
    clause: str = ""  # a plain link: "<event>|<doc>|<sentence start>" (see explain's one-sentence rule)


@dataclass
class Unary:
    """A calendar condition on the day of a point: weekday (0 = Monday), month, day, year."""

    point: int
    weekday: int | None
    month: int | None
    day: int | None
    year: int | None
    evidence: tuple[Evidence, ...]
    doc: str
    text: str
    done: bool = False

    def holds(self, ordinal_day: int, weekday: bool = True) -> bool:
        import datetime as dt

        d = dt.date.fromordinal(ordinal_day + 1)
        return ((not weekday or self.weekday is None or d.weekday() == self.weekday)
                and (self.month is None or d.month == self.month)
                and (self.day is None or d.day == self.day)
                and (self.year is None or d.year == self.year))


class Network:
    """Named points over an :class:`STN`, each edge traced back to the constraint it encodes."""

    def __init__(self) -> None:
        self.stn = STN(1)
        self.names = ["origin"]
        self.index = {"origin": 0}
        self.fine = [False]
        self.items: list[Item] = []
        self.edge_item: list[int] = []
        self.unary: list[Unary] = []
        self.groups: dict[str, list[int]] = {}
        self.unary_of: dict[int, int] = {}  # implied item -> the unary condition it came from
        self.clause_of: dict[str, str] = {}  # link group -> its clause key (Item.clause)
        self.label_of: dict[str, str] = {}  # clause key -> the event's label
        #: link groups whose expression lies wholly after its article's publication day ("is due in
        #: the capital on Saturday", "would begin in the coming weeks"): a plan or a forecast
        self.forecast: set[str] = set()

    def point(self, name: str, fine: bool = False) -> int:
        p = self.index.get(name)
        if p is None:
            p = self.stn.add_points(1)
            self.index[name] = p
            self.names.append(name)
            self.fine.append(fine)
        elif fine:
            self.fine[p] = True
        return p

    def add(self, i: int, j: int, lo: float | None, hi: float | None, kind: str, reason: str,
            evidence: Sequence[Evidence], docs: Sequence[str], support: Sequence[int] = (), group: str = "") -> int:
        """``lo <= t(j) - t(i) <= hi`` in minutes (``None``/inf: unbounded); returns the item id."""
        lo = None if lo is None or math.isinf(lo) else lo
        hi = None if hi is None or math.isinf(hi) else hi
        if not (self.fine[i] or self.fine[j]):  # two midnights are whole days apart
            lo = None if lo is None else math.ceil(lo / DAY - 1e-9) * DAY
            hi = None if hi is None else math.floor(hi / DAY + 1e-9) * DAY
        k = len(self.items)
        # model_construct: every field is built right here, and validation would double the cost
        c = Constraint.model_construct(
            source=self.names[i], target=self.names[j], lo=None if lo is None else round(lo / DAY, 6),
            hi=None if hi is None else round(hi / DAY, 6), reason=reason, evidence=tuple(evidence))
        item = Item(c, kind, tuple(dict.fromkeys(docs)), tuple(support), group=group or f"#{k}",
                    clause=self.clause_of.get(group, ""))
        self.groups.setdefault(item.group, []).append(k)
        if hi is not None:
            item.edges.append(self.stn.add_edge(i, j, math.floor(hi)))
            self.edge_item.append(k)
        if lo is not None:
            item.edges.append(self.stn.add_edge(j, i, -math.ceil(lo)))
            self.edge_item.append(k)
        self.items.append(item)
        return k


_DAYS_OF = re.compile(r"\s+of\b")
_FOR_DAYS = re.compile(r"\bfor\s+(?:(?:the\s+)?(?:past|last)\s+|nearly\s+|almost\s+|about\s+|some\s+)?$", re.I)


def _counted_days(text: str, e: Expression) -> bool:
    """"N days of fighting", "raged for N days": a count of days, not an elapsed time."""
    return bool(_DAYS_OF.match(text, e.end) or _FOR_DAYS.search(text, max(0, e.start - 30), e.start))


def _fmt_rel(lo: float, hi: float) -> str:
    """Days from the anchor, in words: "1 day before", "0 to 6 days before", "3 days after"."""
    if hi <= 0:
        return f"{_fmt_days(-hi, -lo)} before"
    if lo >= 0:
        return f"{_fmt_days(lo, hi)} after"
    return f"between {-lo:g} days before and {hi:g} days after"


def _fmt_days(lo: float, hi: float) -> str:
    if lo == hi:
        return "1 day" if lo == 1 else f"{lo:g} days"
    if math.isinf(hi):
        return f"at least {lo:g} days"
    return f"{lo:g} to {hi:g} days"


class _Builder:
    def __init__(self, docs: Sequence[Document], events: Sequence[Event]) -> None:
        self.net = Network()
        self.docs = {d.id: d for d in docs}
        self.events = events
        self.by_id = {e.id: e for e in events}
        self.readings: dict[tuple[str, int], Reading] = {}
        self._ev_cache: dict[tuple[str, int, int, str], Evidence] = {}
        self._sentences: dict[str, list[int]] = {}

    def sentence_start(self, d: Document, offset: int) -> int:
        """Where the sentence holding ``offset`` begins (a plain-punctuation split: enough to tell
        whether two dates of one document stand in one sentence)."""
        starts = self._sentences.get(d.id)
        if starts is None:
            starts = self._sentences[d.id] = [0, *(m.end() for m in _SENTENCE_END.finditer(d.text))]
        return starts[bisect.bisect_right(starts, offset) - 1]

    def ev_expr(self, doc: str, e: Expression) -> Evidence:
        key = (doc, e.start, e.end, e.text)
        ev = self._ev_cache.get(key)
        if ev is None:  # one Evidence per span, shared by every constraint that cites it
            ev = self._ev_cache[key] = Evidence(doc=doc, text=e.text, start=e.start, end=e.end)
        return ev

    def ev_anchor(self, d: Document) -> Evidence:
        a = d.anchor
        src = _EV_SOURCE.get(a.source, "text")
        if a.text is not None and a.start is not None and a.end is not None:
            return Evidence(doc=d.id, text=a.text, start=a.start, end=a.end, source=src)
        value = a.value.date().isoformat() if a.value is not None else ""
        return Evidence(doc=d.id, text=value, start=0, end=0, source=src)

    def ev_event(self, ev: Event, doc: str) -> Evidence:
        for x in ev.evidence:
            if x.doc == doc:
                return x
        d = self.docs.get(ev.doc)
        text = d.text[ev.start:ev.end] if d is not None else ev.label
        return Evidence(doc=ev.doc, text=text, start=ev.start, end=ev.end, sentence=ev.sentence)

    # -- documents and expressions --------------------------------------------------------------
    def documents(self) -> None:
        net = self.net
        for d in self.docs.values():
            a = net.point(f"anchor:{d.id}")
            if is_firm(d.anchor) and d.anchor.value is not None:
                v = minutes(d.anchor.value.replace(hour=0, minute=0, second=0, microsecond=0))
                net.add(0, a, v, v, "anchor",
                        f"{d.id} was published on {d.anchor.value.date().isoformat()} ({d.anchor.source})",
                        [self.ev_anchor(d)], [d.id])
            for i, e in enumerate(d.expressions):
                self.expression(d, i, e, a)

    def expression(self, d: Document, i: int, e: Expression, a: int) -> None:
        net = self.net
        r = read_expression(e)
        self.readings[(d.id, i)] = r
        name = f"{d.id}#{i}"
        grp = f"expr:{name}"
        ev = [self.ev_expr(d.id, e)]
        placed = False
        iv = e.interval
        firm = is_firm(d.anchor)
        fine = r.fine or (iv is not None and any(
            p is not None and (p.hour or p.minute) for p in (*iv.start, *iv.end)))
        if iv is not None and (r.absolute or firm) and e.type != "SET":
            s, t = net.point(f"{name}:start", fine), net.point(f"{name}:end", fine)
            base, origin_pt = (0, 0) if r.absolute else (
                minutes(d.anchor.value.replace(hour=0, minute=0, second=0, microsecond=0)), a)  # type: ignore[union-attr]
            what = "names" if r.absolute else "resolved against the anchor gives"
            for pt, (lo, hi) in ((s, iv.start), (t, iv.end)):
                if lo is None and hi is None:
                    continue
                net.add(origin_pt, pt, None if lo is None else minutes(lo) - base,
                        None if hi is None else minutes(hi) - base, "date",
                        f"“{e.text}” ({d.id}) {what} {e.value or 'a date'}", ev, [d.id], group=grp)
            placed = True
        elif r.start is not None and not firm:
            s, t = net.point(f"{name}:start", fine), net.point(f"{name}:end", fine)
            net.add(a, s, r.start[0] * DAY, r.start[1] * DAY, "date",
                    f"“{e.text}” ({d.id}) is {_fmt_rel(*r.start)} its document's date", ev, [d.id], group=grp)
            if r.end is not None:
                net.add(a, t, r.end[0] * DAY, r.end[1] * DAY, "date",
                        f"“{e.text}” ({d.id}) ends {_fmt_rel(*r.end)} its document's date", ev, [d.id], group=grp)
            if r.length is not None and not fine:
                net.add(s, t, r.length[0] * DAY, r.length[1] * DAY, "date",
                        f"“{e.text}” ({d.id}) lasts {_fmt_days(*r.length)}", ev, [d.id], group=grp)
            placed = True
        if placed:
            s, t = net.index[f"{name}:start"], net.index[f"{name}:end"]
            net.add(s, t, 0 if net.fine[s] else DAY, None, "order", f"“{e.text}” ends after it starts", ev, [d.id], group=grp)
            if (not r.absolute or iv is None) and not firm and (r.weekday is not None or r.month is not None):
                net.unary.append(Unary(s, r.weekday, r.month, r.day, r.year, tuple(ev), d.id, e.text))

    # -- events -----------------------------------------------------------------------------------
    def events_(self, user_anchors: Sequence[UserAnchor]) -> None:
        net = self.net
        for ev in self.events:
            fine = any(self._fine_link(lk) for lk in ev.links)
            s, t = net.point(f"{ev.id}:start", fine), net.point(f"{ev.id}:end", fine)
            first = self.ev_event(ev, ev.doc)
            # a fine event lasts at least a minute: one "within Sunday night" then starts by 23:59 on
            # Sunday, not at the next midnight (its interval is half-open)
            net.add(s, t, 1 if fine else DAY, None, "order", f"“{ev.label}” ends after it starts", [first], [ev.doc])
            iv = ev.interval
            # An interval the events stage computed from a guessed anchor (an inferred window) would
            # feed the guess back into the inference: only intervals resting on firm anchors count.
            if not all(self._firm(x) for x in (ev.doc, *(lk.doc for lk in ev.links))):
                iv = Interval()
            # the events stage computes some bounds with average month lengths (a start at 19:11):
            # outward to the day - to the hour when the event has a time of day - so none leaks out
            grain = 60 if fine else DAY
            for pt, (lo, hi), which in ((s, iv.start, "start"), (t, iv.end, "end")):
                if lo is not None or hi is not None:
                    net.add(0, pt, None if lo is None else minutes(lo) // grain * grain,
                            None if hi is None else -(-minutes(hi) // grain) * grain, "event",
                            f"the events stage dates the {which} of “{ev.label}”", [first], [ev.doc])
            for lk in ev.links:
                self.link(ev, lk, s, t)
            if ev.tense == "past" and ev.doc in self.docs:
                a = net.index[f"anchor:{ev.doc}"]
                net.add(s, a, 0 if not fine else -(DAY - 1), None, "tense",
                        f"“{ev.label}” is told in the past tense by {ev.doc}, so it began no later than that "
                        "article's date", [first, self._anchor_ev(ev.doc)], [ev.doc])
            self.user(ev, user_anchors, s, t)
        for ev in self.events:  # after every event has its points (and knows whether it is fine)
            for rel in ev.relations:
                self.relation(ev, rel)

    def relation(self, ev: Event, rel: EventRelation) -> None:
        """An event-to-event relation (semantics in :class:`timeline.model.EventRelation`)."""
        net = self.net
        other = self.by_id.get(rel.other)
        if other is None or other.id == ev.id:
            return
        s, t = net.index[f"{ev.id}:start"], net.index[f"{ev.id}:end"]
        os_, ot = net.index[f"{other.id}:start"], net.index[f"{other.id}:end"]
        evid = [rel.evidence, self.ev_event(other, rel.evidence.doc)]
        docs = [rel.evidence.doc, ev.doc, other.doc]
        where = f"“{rel.evidence.text}” ({rel.evidence.doc})"
        g = f"rel:{ev.id}:{other.id}:{rel.evidence.doc}:{rel.evidence.start}"
        lo = None if rel.lo_days is None else rel.lo_days * DAY
        hi = None if rel.hi_days is None else rel.hi_days * DAY
        gap = "" if lo is None and hi is None else " by " + _fmt_days(rel.lo_days or 0.0, math.inf if rel.hi_days is None else rel.hi_days)
        which = "began" if rel.point == "start" else "ended"
        p = os_ if rel.point == "start" else ot
        if rel.point == "end" and not net.fine[p] and not net.fine[s] and rel.relation in ("after", "before"):
            # Day-grain points: a start is the midnight opening its day, an end the midnight closing
            # its last day.  "took the city on Tuesday after a four-month battle" (the battle's last
            # day is Tuesday too) is s - p = -1 day; "two days before the siege ended" is p - s = 3.
            shift = -DAY if rel.relation == "after" else DAY
            lo = None if lo is None else lo + shift
            hi = None if hi is None else hi + shift
        if net.fine[s] != net.fine[p]:
            lo, hi = _mixed_grains(rel.relation, rel.point, lo, hi, not net.fine[s], not net.fine[p])
        if rel.relation == "after":
            net.add(p, s, lo, hi, "relation", f"{where}: “{ev.label}” began after “{other.label}” {which}{gap}",
                    evid, docs, group=g)
        elif rel.relation == "before":
            net.add(s, p, lo, hi, "relation", f"{where}: “{ev.label}” began before “{other.label}” {which}{gap}",
                    evid, docs, group=g)
        else:
            why = f"{where}: “{ev.label}” took place during “{other.label}”"
            # a day-grain point stands for any minute of its day: a day-grain start within a fine span
            # may lie up to a day before its midnight's reading, and a day-grain end after it
            net.add(os_, s, -(DAY - 1) if net.fine[os_] and not net.fine[s] else 0, None, "relation", why, evid, docs,
                    group=g)
            net.add(t, ot, -(DAY - 1) if net.fine[ot] and not net.fine[t] else 0, None, "relation", why, evid, docs,
                    group=g)

    def _firm(self, doc: str) -> bool:
        d = self.docs.get(doc)
        return d is not None and is_firm(d.anchor)

    def _anchor_ev(self, doc: str) -> Evidence:
        return self.ev_anchor(self.docs[doc])

    def _fine_link(self, lk: Link) -> bool:
        p = self.net.index.get(f"{lk.doc}#{lk.expression}:start")
        return p is not None and self.net.fine[p]

    def link(self, ev: Event, lk: Link, s: int, t: int) -> None:
        """One link, with the relation semantics of the events stage (timeline/_events/_dating.py)."""
        net = self.net
        d = self.docs.get(lk.doc)
        if d is None or not 0 <= lk.expression < len(d.expressions):
            return
        e = d.expressions[lk.expression]
        r = self.readings.get((lk.doc, lk.expression), Reading())
        evid = [self.ev_expr(lk.doc, e), self.ev_event(ev, lk.doc)]
        docs = [lk.doc, ev.doc]
        label = ev.label
        g = f"link:{ev.id}:{lk.doc}#{lk.expression}"
        xs, xt = net.index.get(f"{lk.doc}#{lk.expression}:start"), net.index.get(f"{lk.doc}#{lk.expression}:end")
        rel = lk.relation
        kind = "inferred" if lk.inferred else "link"
        net.clause_of[g] = clause = f"{ev.id}|{lk.doc}|{self.sentence_start(d, e.start)}"
        if _ahead(d, e):
            net.forecast.add(g)
        net.label_of[clause] = ev.label
        if r.eventrel is not None or (rel == "begins" and xs is None and e.type == "DURATION"):
            self.eventrel(ev, lk, e, r, s, t, evid, docs)
            return
        where = f"“{e.text}” ({lk.doc})"
        if rel == "lasts":
            if r.duration is not None:
                lo, hi = r.duration
                net.add(s, t, lo * DAY, hi * DAY, kind, f"{where} says “{label}” lasted {_fmt_days(lo, hi)}",
                        evid, docs, group=g)
            return
        if xs is None or xt is None:
            return
        day = 0 if net.fine[s] or net.fine[xt] else DAY
        if rel == "on" and self._day_or_finer(e) and net.fine[s]:
            # an event known to the minute ("early on Sunday", "at 3 p.m.") told elsewhere as "on
            # Sunday" or "this afternoon": it lies within that day or that part of it, it does not
            # fill it from end to end (a day-grain event does: its day is all it has)
            net.add(xs, s, 0, None, kind, f"{where} puts “{label}” on that day", evid, docs, group=g)
            net.add(s, xt, 1, None, kind, f"{where} puts “{label}” on that day", evid, docs, group=g)
            net.add(t, xt, 0, None, kind, f"{where} puts “{label}” on that day", evid, docs, group=g)
        elif rel == "on" and self._day_or_finer(e):
            net.add(xs, s, 0, 0, kind, f"{where} puts “{label}” on that day", evid, docs, group=g)
            net.add(xt, t, 0, 0, kind, f"{where} puts “{label}” on that day", evid, docs, group=g)
        elif rel in ("on", "within"):
            net.add(xs, s, 0, None, kind, f"{where} puts “{label}” within its span", evid, docs, group=g)
            net.add(t, xt, 0, None, kind, f"{where} puts “{label}” within its span", evid, docs, group=g)
        elif rel == "begins":
            net.add(xs, s, 0, None, kind, f"{where} says when “{label}” began", evid, docs, group=g)
            net.add(s, xt, day, None, kind, f"{where} says when “{label}” began", evid, docs, group=g)
        elif rel == "ends":
            net.add(xs, t, 0, None, kind, f"{where} says when “{label}” ended", evid, docs, group=g)
            net.add(t, xt, 0, None, kind, f"{where} says when “{label}” ended", evid, docs, group=g)
        elif rel == "before":
            net.add(t, xt, 0, None, kind, f"{where} puts “{label}” before it", evid, docs, group=g)
        elif rel == "after":
            net.add(xs, s, 0, None, kind, f"{where} puts “{label}” after it", evid, docs, group=g)
        elif rel == "includes" and (net.fine[s] or net.fine[t]):
            # an event known to the hour ("began at dawn on Tuesday") that a report of that day says had
            # begun: it began by the day's end and went on past its start, not across the whole day
            net.add(s, xt, 0, None, kind, f"{where} falls within “{label}”", evid, docs, group=g)
            net.add(xs, t, 0, None, kind, f"{where} falls within “{label}”", evid, docs, group=g)
        elif rel == "includes":
            net.add(s, xs, 0, None, kind, f"{where} falls within “{label}”", evid, docs, group=g)
            net.add(xt, t, 0, None, kind, f"{where} falls within “{label}”", evid, docs, group=g)

    @staticmethod
    def _day_or_finer(e: Expression) -> bool:
        if e.interval is not None and e.interval.grain is not None:
            return e.interval.grain in ("day", "hour", "minute", "part_of_day")
        kind = e.spec.kind if e.spec is not None else ""
        if kind in ("relday", "weekday", "time", "overnight", "daypart"):
            return True
        if kind == "date":
            return e.spec is not None and e.spec.fields.get("day") is not None
        iv = e.interval
        if iv is not None and iv.start[0] is not None and iv.end[1] is not None:
            return (iv.end[1] - iv.start[0]).days <= 1
        return False

    def eventrel(self, ev: Event, lk: Link, e: Expression, r: Reading, s: int, t: int, evid: list[Evidence],
                 docs: list[str]) -> None:
        """How long an event had been going on when its document was written ("into", "week_of", "age")."""
        net = self.net
        a = net.index.get(f"anchor:{lk.doc}")
        if a is None:
            return
        evid = [*evid, self.ev_anchor(self.docs[lk.doc])]
        where = f"“{e.text}” ({lk.doc})"
        g = f"link:{ev.id}:{lk.doc}#{lk.expression}"
        rel = r.eventrel or "into"
        ordinal, unit = r.ordinal, r.unit
        if ordinal is None:
            ordinal, unit = ordinal_of(e.text)
        if not (rel in ("into", "age") or rel.endswith("_of")):
            return  # "since the start of", "two days after the vote": not an elapsed time at the anchor
        if ordinal is not None and unit is not None and ordinal > 0:
            span = unit_days(unit)
            if span is None:
                return
            if span[0] >= 1:  # whole days: the anchor's day is one of the period's days
                lo, hi = float(math.ceil((ordinal - 1) * span[0])), float(math.floor(ordinal * span[1]) - 1)
            else:
                lo, hi = (ordinal - 1) * span[0], ordinal * span[1]
        elif r.duration is not None:
            lo, hi = r.duration
            if r.unit == "D" and lo >= 1 and not math.isinf(hi) and _counted_days(self.docs[lk.doc].text, e):
                # "34 days of fighting" ending on the anchor's day, "has raged for 12 days": a count of
                # the days something went on, which writers make with the first day as day one as often
                # as not, so the start is N-1 or N days back ("12 days since it began", "12 days old"
                # and "12 days into" measure the time elapsed: N days exactly)
                lo -= 1
        else:
            return
        # the article was written at some time of its day (the anchor is that day's midnight): against
        # a start known to the minute ("went to war this afternoon") the count may be up to a day
        # short of the anchor's midnight; a day-grain start keeps the whole-day count
        slack = DAY - 1 if net.fine[s] else 0
        net.add(s, a, lo * DAY - slack, hi * DAY, "eventrel",
                f"{where}: “{ev.label}” began {_fmt_days(lo, hi)} before {lk.doc} was written", evid, docs, group=g)
        if ev.type not in _ONE_DAY_TYPES:  # ("two weeks into the coup": the time since an act of one day, over by then)
            net.add(a, t, 0, None, "eventrel", f"{where}: “{ev.label}” was still going on when {lk.doc} was written",
                    evid, docs, group=g)

    def user(self, ev: Event, user_anchors: Sequence[UserAnchor], s: int, t: int) -> None:
        names = {x.text.casefold() for x in ev.evidence if x.source == "user"} | {ev.label.casefold()}
        for ua in user_anchors:
            if not names & {n.casefold() for n in (ua.name, *ua.aliases)}:
                continue
            evid = [Evidence(doc="user", text=ua.name, start=0, end=0, source="user")]
            if ua.start is not None:
                m = minutes(ua.start)
                self.net.add(0, s, m, m, "user",
                             f"the user states “{ua.name}” began on {ua.start.date().isoformat()}", evid, ["user"])
            if ua.end is not None:
                # users write the last day ("ended 2017-07-20"); a datetime is taken as it is
                m = minutes(ua.end)
                last_day = not (ua.end.hour or ua.end.minute)
                self.net.add(0, t, m, m + DAY if last_day else m, "user",
                             f"the user states “{ua.name}” ended on {ua.end.date().isoformat()}", evid, ["user"])


def _ahead(d: Document, e: Expression) -> bool:
    """``e`` is told as still to come when ``d`` was written: a FUTURE_REF, or an interval that starts
    after the article's (firm) publication day, in a clause not told in the past tense ("troops
    entered the town on May 9" in an article of May 7 is a misdated report, not a plan)."""
    if e.spec is not None and e.spec.tense == "past":
        return False
    if e.value == "FUTURE_REF":
        return True
    a = d.anchor
    if not is_firm(a) or a.value is None or e.interval is None or e.interval.start[0] is None:
        return False
    return e.interval.start[0].date() > a.value.date()


def build(docs: Sequence[Document], events: Sequence[Event], user_anchors: Sequence[UserAnchor]) -> Network:
    """The network of a corpus (see the module docstring for its points and constraints)."""
    b = _Builder(docs, events)
    b.documents()
    b.events_(user_anchors)
    return b.net


def _mixed_grains(relation: str, point: str, lo: float | None, hi: float | None, s_day: bool, p_day: bool
                  ) -> tuple[float | None, float | None]:
    """The bounds of an event-to-event relation between a day-grain point and a fine one (minutes).

    A day-grain start stands for any minute of its day (its midnight plus 0 to ``DAY - 1``), a day-grain end
    for any minute of its last day (its closing midnight minus 0 to ``DAY - 1``).  The relation says
    ``S - P`` ("after") or ``P - S`` ("before") lies in ``[lo, hi]`` for the true moments ``S`` (this event's
    start) and ``P`` (the other's start or end); the bounds on the points are what some choice of minutes
    allows: "entered on Sunday after the troops withdrew in the morning" holds, though Sunday's midnight
    comes before the morning.
    """
    xs = DAY - 1 if s_day else 0
    yp = DAY - 1 if p_day else 0
    widen_lo, widen_hi = (xs + yp, 0) if point == "end" else (xs, yp)  # for S - P: S = s + x, P = p - y / p + y
    if relation == "before":  # P - S: the same bounds, the roles swapped
        widen_lo, widen_hi = (0, xs + yp) if point == "end" else (yp, xs)
    return (None if lo is None else lo - widen_lo), (None if hi is None else hi + widen_hi)
