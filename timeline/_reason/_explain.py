"""Findings: what the network cannot hold, said so a person understands, with every document's evidence.

Codes (stable; documented in docs/reasoning.md):

=========================  ========  ==============================================================
``weekday-mismatch``       error     a weekday written next to a date it does not fall on
                                     ("Thursday (June 6)" in 2017), or a month-day that fits the
                                     window the corpus allows, but never on that weekday
``impossible-date``        error     a date that does not exist (February 30)
``documents-disagree``     error     constraints from two or more documents cannot all hold (two
                                     articles put the start of one event on different days)
``anchor-contradicts-text`` error    a document's own publication date is part of the conflict
``inconsistent-dates``     error     one document's dates, durations and links cannot all hold
                                     (an event "in its second week" that began two months ago)
``ambiguous-attachment``   warning   one sentence gives one event two dates that cannot both hold:
                                     a date the events stage attached to the wrong event of the
                                     sentence (the weaker link is set aside)
``forecast-not-kept``      warning   a date told as still to come ("is due on Saturday", "in the
                                     coming weeks") that the rest cannot hold: plans change
``past-event-after-anchor`` warning  a past-tense event that the dates put after its article
``event-bounds-disagree``  warning   the interval the events stage chose for an event does not fit
                                     the rest of the network (it is set aside)
``anchor-inferred``        info      a document without a publication date got one from the corpus
=========================  ========  ==============================================================
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence

from timeline._reason._calendar import valid_date
from timeline._reason._network import Network, is_firm
from timeline.model import Constraint, Document, Evidence, Finding

__all__ = ["cycle_finding", "direct_findings", "drop_covered", "evidence_of", "expand", "unary_finding"]

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_YMD = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def _int(v: object) -> int | None:
    return v if isinstance(v, int) and not isinstance(v, bool) else None


def direct_findings(docs: Sequence[Document]) -> list[Finding]:
    """Checks on single expressions: weekday against date, dates that do not exist."""
    out: list[Finding] = []
    for d in docs:
        for e in d.expressions:
            if e.spec is None:
                continue
            f = e.spec.fields
            wd, month, day, year = _int(f.get("weekday")), _int(f.get("month")), _int(f.get("day")), _int(f.get("year"))
            ev = Evidence(doc=d.id, text=e.text, start=e.start, end=e.end)
            if year == 0 and f.get("impossible"):  # "1 January 0000", "the year 0": 1 BC is followed by AD 1
                out.append(Finding(severity="error", code="impossible-date",
                                   message=f"“{e.text}” ({d.id}): there is no year 0.", evidence=(ev,)))
                continue
            if month is not None and day is not None and not valid_date(2000 if year is None else year, month, day):
                when = f"{dt.date(2000, month, 1):%B} {day}" if 1 <= month <= 12 else f"month {month}, day {day}"
                out.append(Finding(severity="error", code="impossible-date",
                                   message=f"“{e.text}” ({d.id}): there is no {when}"
                                           + (f" in {year}" if year is not None else "") + ".",
                                   evidence=(ev,)))
                continue
            if wd is None or month is None or day is None:
                continue
            from_anchor = False
            if year is None:
                if not is_firm(d.anchor):
                    continue  # a guessed anchor's year proves nothing: the unary constraint decides
                m = _YMD.match(e.value or "")
                if m is None or (int(m.group(2)), int(m.group(3))) != (month, day):
                    continue  # no year yet: the network's unary constraint checks it
                year, from_anchor = int(m.group(1)), True
            if not valid_date(year, month, day):
                continue
            date = dt.date(year, month, day)
            if date.weekday() != wd:
                evidence = [ev]
                if from_anchor and d.anchor.value is not None:
                    evidence.append(Evidence(doc=d.id, text=d.anchor.text or d.anchor.value.date().isoformat(),
                                             start=d.anchor.start or 0, end=d.anchor.end or 0,
                                             source=_ev_source(d.anchor.source)))
                out.append(Finding(
                    severity="error", code="weekday-mismatch",
                    message=f"“{e.text}” ({d.id}): {date:%B} {date.day}, {date.year} was a "
                            f"{_WEEKDAYS[date.weekday()]}, not a {_WEEKDAYS[wd]}"
                            + (" (year from the document's date)" if from_anchor else "") + ".",
                    evidence=tuple(evidence)))
    return out


def _ev_source(src: str) -> str:
    return src if src in ("metadata", "cli", "html", "dateline", "inferred") else "text"


def expand(net: Network, items: Iterable[int]) -> list[int]:
    """Items, with implied constraints replaced by what they were derived from (in order, once)."""
    out: list[int] = []
    seen: set[int] = set()
    stack = list(items)[::-1]
    while stack:
        k = stack.pop()
        if k in seen:
            continue
        seen.add(k)
        it = net.items[k]
        if it.support:
            stack.extend(reversed(it.support))
            if it.kind == "implied" and not it.constraint.evidence:
                continue
        out.append(k)
    return out


def evidence_of(net: Network, items: Iterable[int]) -> tuple[Evidence, ...]:
    seen: dict[tuple[str, int, int, str], Evidence] = {}
    for k in items:
        for ev in net.items[k].constraint.evidence:
            if ev.text:  # an event known by no span adds nothing a reader can check
                seen.setdefault((ev.doc, ev.start, ev.end, ev.text), ev)
    return tuple(seen.values())


def _docs(net: Network, items: Iterable[int]) -> list[str]:
    out: dict[str, None] = {}
    for k in items:
        for d in net.items[k].docs:
            if d != "user":
                out[d] = None
    return sorted(out)


def _reasons(net: Network, items: Sequence[int]) -> str:
    parts = [net.items[k].constraint.reason for k in items if net.items[k].kind != "order"]
    return "; ".join(dict.fromkeys(p for p in parts if p))


def cycle_finding(net: Network, cycle_items: Sequence[int]) -> Finding:
    """The finding for one negative cycle (an irreducible set of constraints that cannot all hold)."""
    items = expand(net, cycle_items)
    kinds = {net.items[k].kind for k in items}
    docs = _docs(net, items)
    why = _reasons(net, items)
    if "inferred" in kinds:
        # the events stage concluded this link (a capture ending a campaign); the text did not say
        # it, so a conflict is the conclusion's fault: it is dropped, and that is no error of the news
        code, severity = "inference-dropped", "info"
        head = "A conclusion of the events stage does not fit the dates the articles give, so it was dropped"
    elif any(net.items[k].group in net.forecast for k in items):
        # "Annan is due in Damascus on Saturday" against a report of the talks: plans change, and a
        # forecast that did not come true as told is no contradiction of the news
        code, severity = "forecast-not-kept", "warning"
        head = "A date told as still to come does not fit what the articles report (the plan or forecast was set aside)"
    elif "tense" in kinds:
        code, severity = "past-event-after-anchor", "warning"
        head = "A past-tense event is dated after its article was written"
    elif "event" in kinds:
        code, severity = "event-bounds-disagree", "warning"
        head = "The interval the events stage gave an event does not fit its other dates"
    elif _one_sentence(net, items):
        code, severity = "ambiguous-attachment", "warning"
        head = (f"One sentence of {docs[0]} gives “{_label(net, items)}” dates that cannot all hold; one of them "
                "most likely dates another event of that sentence, so the weaker was set aside")
    elif len(docs) >= 2:
        code, severity = "documents-disagree", "error"
        head = f"{_join(docs)} disagree on these dates"
    elif "anchor" in kinds:
        code, severity = "anchor-contradicts-text", "error"
        head = f"The publication date of {docs[0] if docs else 'a document'} disagrees with its text"
    else:
        code, severity = "inconsistent-dates", "error"
        head = f"The dates in {docs[0] if docs else 'the corpus'} cannot all be true"
    return Finding(severity=severity, code=code, message=f"{head}: {why}.", evidence=evidence_of(net, items))


def _one_sentence(net: Network, items: Sequence[int]) -> bool:
    """The conflict is two or more plain links of ONE event from ONE sentence of one document, and
    nothing else of the text (no event-relative phrase, no other sentence or article, no user anchor).

    Then the sentence did not contradict itself: the events stage gave one trigger a date that
    belongs to another event of that sentence ("took the country to war in July ... the report
    published on Monday").  A real contradiction inside one sentence with two calendar dates for one
    trigger is rare in news; a wrong attachment is common, and an error would fail a CI run on
    consistent news.  It stays a warning, with the evidence - unless a date with its year, within
    two months of the publication day, meets one told from that day: then the publication date
    itself may be wrong.
    """
    clauses = {net.items[k].clause for k in items if net.items[k].kind == "link"}
    groups = {net.items[k].group for k in items if net.items[k].kind == "link"}
    kinds = {net.items[k].kind for k in items}
    if not (len(clauses) == 1 and "" not in clauses and len(groups) >= 2
            and kinds <= {"link", "date", "order", "anchor", "implied"}):
        return False
    # A date that names its year (tied to the origin) against one told from the publication day
    # ("Yesterday's strike, carried out on Saturday, October 29, 2016"): the publication date may
    # be what is wrong, and that stays an error (anchor-contradicts-text).
    absolute = [net.items[k].constraint for k in items if net.items[k].kind == "date"
                and "origin" in (net.items[k].constraint.source, net.items[k].constraint.target)]
    if not ("anchor" in kinds and absolute):
        return True
    # ... but only when that date lies near the publication day: "on Wednesday ..., the worst toll
    # since the chemical attack of August 2013", published in 2018, is no misdated article (a desk
    # does not print a date years off); it is a background date attached to the wrong event.
    anchors = [lo for k in items if net.items[k].kind == "anchor"
               and (lo := net.items[k].constraint.lo) is not None]
    return bool(anchors) and all(_days_apart(c, a) > _NEAR_ANCHOR_DAYS for c in absolute for a in anchors)


#: How far from its publication day a dated statement may lie and still suggest that the
#: publication date, not the attachment, is what is wrong (two months).
_NEAR_ANCHOR_DAYS = 62


def _days_apart(c: Constraint, day: float) -> float:
    """Days between ``day`` (days since the origin) and the range a date constraint allows."""
    lo = c.lo if c.lo is not None else -math.inf
    hi = c.hi if c.hi is not None else math.inf
    if c.source != "origin":  # written the other way round: origin - point in [lo, hi]
        lo, hi = -hi, -lo
    return 0.0 if lo <= day <= hi else min(abs(day - lo), abs(day - hi))


def _label(net: Network, items: Sequence[int]) -> str:
    clause = next((net.items[k].clause for k in items if net.items[k].clause), "")
    return net.label_of.get(clause, "an event")


def unary_finding(net: Network, unary_index: int, window_items: Sequence[int], lo_day: int, hi_day: int,
                  date_fits: bool) -> Finding:
    """A weekday/date that no day of the window the rest of the corpus allows can satisfy.

    ``date_fits``: the month and day alone would fit the window, so the weekday is what is wrong.
    """
    u = net.unary[unary_index]
    items = expand(net, window_items)
    lo, hi = dt.date.fromordinal(lo_day + 1), dt.date.fromordinal(hi_day + 1)
    what = []
    if u.weekday is not None:
        what.append(_WEEKDAYS[u.weekday])
    if u.month is not None and u.day is not None:
        what.append(f"{dt.date(2000, u.month, 1):%B} {u.day}")
    why = _reasons(net, items)
    msg = (f"“{u.text}” ({u.doc}) must be a {' '.join(what)}, but the other dates allow only "
           f"{lo.isoformat()} to {hi.isoformat()}, where there is none" + (f": {why}" if why else "") + ".")
    if u.weekday is not None and date_fits:
        code = "weekday-mismatch"
    elif len({u.doc, *_docs(net, items)}) >= 2:
        code = "documents-disagree"  # the window comes from other articles: they and this one disagree
    else:
        code = "inconsistent-dates"
    return Finding(severity="error", code=code, message=msg, evidence=(*u.evidence, *evidence_of(net, items)))


def _join(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _spans(f: Finding) -> frozenset[tuple[str, int, int, str]]:
    return frozenset((e.doc, e.start, e.end, e.text) for e in f.evidence)


def drop_covered(findings: Sequence[Finding]) -> list[Finding]:
    """Findings without repeats by meaning (in order).

    The events stage and the network may both notice one conflict (``event-dates-disagree``,
    ``event-bounds-disagree`` and ``documents-disagree`` on "August 15"): a warning whose evidence
    an error's evidence contains says nothing more, and one code on one set of spans is said once.
    """
    # Index the errors by span: a warning can only be covered by an error holding its first span,
    # so each warning is compared with those few errors, not all of them (linear in findings).
    by_span: dict[tuple[str, int, int, str], list[frozenset[tuple[str, int, int, str]]]] = {}
    for f in findings:
        if f.severity == "error":
            e = _spans(f)
            for span in e:
                by_span.setdefault(span, []).append(e)
    seen: set[tuple[str, frozenset[tuple[str, int, int, str]]]] = set()
    out: list[Finding] = []
    for f in findings:
        spans = _spans(f)
        if f.severity == "warning" and spans and any(spans <= e for e in by_span.get(next(iter(spans)), ())):
            continue
        key = (f.code, spans)
        if spans and key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out
