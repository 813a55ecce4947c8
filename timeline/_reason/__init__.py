"""Reasoning: one Simple Temporal Network over the corpus (see docs/reasoning.md).

:func:`reason` builds the network of every document, expression and event (:mod:`._network`),
checks it (:mod:`._stn`), explains each conflict (:mod:`._explain`), tightens every event's
interval to what the whole corpus allows, and infers the publication date of documents that have
none.

The loop, stated once:

1. Check for a negative cycle.  Each one is an irreducible set of constraints that cannot all
   hold: it becomes a finding, its weakest constraint (tense < event < link < event-relative <
   date < order < anchor < user) is retracted, and checking resumes (incrementally).
2. Propagate unary calendar constraints (a weekday, a month and day, a year on a point's day):
   enumerate the days of the point's current window that satisfy them; none is a finding, fewer
   tighten the window by an *implied* constraint whose evidence is the unary constraint plus the
   shortest paths that made the window.  Back to 1 until nothing changes.  (Bounds consistency,
   not complete search: modular constraints make the general problem NP-hard.)
3. Tightest bounds of every point against the origin flow back into events; a document with no
   anchor whose window is at most :data:`MAX_WINDOW_DAYS` wide gets an inferred anchor: the day
   itself when the window is one day, else its middle day, with the window as earliest/latest.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline._gc import paused
from timeline._reason._calendar import DAY, point_of
from timeline._reason._explain import (
    cycle_finding,
    direct_findings,
    drop_covered,
    evidence_of,
    expand,
    unary_finding,
)
from timeline._reason._network import PRIORITY, Network, build, is_firm
from timeline.model import Anchor, Constraint, Document, Event, Finding, Interval, UserAnchor

__all__ = ["MAX_WINDOW_DAYS", "Result", "drop_covered", "is_firm", "reason"]

#: The widest window (days) an anchor is inferred from; wider ones are left unknown.
MAX_WINDOW_DAYS = 31
MAX_FINDINGS = 50  # conflicts reported; later ones are still retracted, silently
MAX_ROUNDS = 20
_ENUMERATE_DAYS = 4000  # unary constraints are checked on windows up to ~11 years
_LAST_DAY = dt.date.max.toordinal() - 1  # 9999-12-31 as a day number (0 = 0001-01-01)


@dataclass(frozen=True)
class Result:
    """What reasoning returns: documents (inferred anchors filled), tightened events, findings."""

    documents: tuple[Document, ...]
    events: tuple[Event, ...]
    findings: tuple[Finding, ...] = ()
    constraints: tuple[Constraint, ...] = field(default=())


def reason(
    documents: Sequence[Document], events: Sequence[Event], user_anchors: Sequence[UserAnchor] = ()
) -> Result:
    """Check the corpus for consistency, tighten event intervals, infer missing anchors."""
    # The network is a few hundred thousand small objects that live until the end: the cyclic
    # collector would rescan them over and over (about 40% of the time) and find nothing.
    with paused():
        return _reason(documents, events, user_anchors)


def _reason(documents: Sequence[Document], events: Sequence[Event], user_anchors: Sequence[UserAnchor]) -> Result:
    docs = list(documents)
    findings = direct_findings(docs)
    net = build(docs, events, user_anchors)
    findings.extend(_solve(net))
    hi, hi_tree = net.stn.distances(0)
    back, lo_tree = net.stn.distances(0, reverse=True)
    lo = [-b for b in back]
    new_events = tuple(_tighten(net, ev, lo, hi) for ev in events)
    new_docs: list[Document] = []
    for d in docs:
        anchor, finding = _infer(net, d, lo, hi, lo_tree, hi_tree)
        if finding is not None:
            findings.append(finding)
        new_docs.append(d if anchor is None else d.model_copy(update={"anchor": anchor}))
    return Result(tuple(new_docs), new_events, tuple(findings), tuple(it.constraint for it in net.items))


def _solve(net: Network) -> list[Finding]:
    stn = net.stn
    out: list[Finding] = []
    for _ in range(MAX_ROUNDS):
        while (cycle := stn.check()) is not None:
            cycle = stn.shorten(cycle)
            items = list(dict.fromkeys(net.edge_item[e] for e in cycle))
            if len(out) < MAX_FINDINGS:
                out.append(cycle_finding(net, items))
            # a plan or forecast gives way before what is reported as done
            weakest = min(cycle, key=lambda e: (PRIORITY[net.items[net.edge_item[e]].kind]
                                                - (0.5 if net.items[net.edge_item[e]].group in net.forecast else 0), -e))
            for k in net.groups[net.items[net.edge_item[weakest]].group]:
                if k in net.unary_of:  # a weekday that led to a conflict is not narrowed again
                    net.unary[net.unary_of[k]].done = True
                for e in net.items[k].edges:
                    if stn.active[e]:
                        stn.retract(e)
        if not _propagate_unary(net, out):
            break
    return out


def _window_items(net: Network, tree: list[int], p: int, reverse: bool) -> list[int]:
    return [net.edge_item[e] for e in net.stn.path(tree, p, 0, reverse=reverse)]


def _propagate_unary(net: Network, out: list[Finding]) -> bool:
    """One round of unary propagation; ``True`` if a constraint was added."""
    pending = [i for i, u in enumerate(net.unary) if not u.done]
    if not pending:
        return False
    hi, hi_tree = net.stn.distances(0)
    back, lo_tree = net.stn.distances(0, reverse=True)
    changed = False
    for i in pending:
        u = net.unary[i]
        p = u.point
        lo_m, hi_m = -back[p], hi[p]
        if math.isinf(lo_m) or math.isinf(hi_m):
            continue
        dlo, dhi = math.ceil(lo_m / DAY), math.floor(hi_m / DAY)
        if net.fine[p]:
            dlo, dhi = int(lo_m) // DAY, int(hi_m) // DAY
        dlo, dhi = max(dlo, 0), min(dhi, _LAST_DAY)  # the calendar's edges
        if dhi - dlo > _ENUMERATE_DAYS:
            continue
        support = _window_items(net, lo_tree, p, True) + _window_items(net, hi_tree, p, False)
        days = [d for d in range(dlo, dhi + 1) if u.holds(d)]
        if not days:
            u.done = True
            if len(out) < MAX_FINDINGS:
                date_fits = u.weekday is not None and any(
                    u.holds(d, weekday=False) for d in range(dlo, dhi + 1))
                out.append(unary_finding(net, i, support, dlo, dhi, date_fits))
            continue
        new_lo, new_hi = days[0] * DAY, days[-1] * DAY + (DAY - 1 if net.fine[p] else 0)
        if len(days) == 1:
            u.done = True
        if new_lo > lo_m or new_hi < hi_m:
            k = net.add(0, p, new_lo, new_hi, "implied",
                        f"“{u.text}” ({u.doc}) falls on {_days_text(days)}", u.evidence, [u.doc], support)
            net.unary_of[k] = i
            changed = True
    return changed


def _days_text(days: list[int]) -> str:
    first = dt.date.fromordinal(days[0] + 1)
    if len(days) == 1:
        return first.isoformat()
    return f"one of {len(days)} days from {first.isoformat()} to {dt.date.fromordinal(days[-1] + 1).isoformat()}"


def _tighten(net: Network, ev: Event, lo: list[float], hi: list[float]) -> Event:
    s, t = net.index[f"{ev.id}:start"], net.index[f"{ev.id}:end"]
    iv = ev.interval

    def bound(m: float, old: dt.datetime | None) -> dt.datetime | None:
        p = point_of(m)
        return old if p is None else p

    start = (bound(lo[s], iv.start[0]), bound(hi[s], iv.start[1]))
    end = (bound(lo[t], iv.end[0]), bound(hi[t], iv.end[1]))
    if (start, end) == (iv.start, iv.end):
        return ev
    grain = iv.grain or ("day" if not net.fine[s] else None)
    return ev.model_copy(update={"interval": Interval(start=start, end=end, grain=grain)})


def _infer(net: Network, d: Document, lo: list[float], hi: list[float], lo_tree: list[int],
           hi_tree: list[int]) -> tuple[Anchor | None, Finding | None]:
    """An inferred anchor for a document whose own is unknown (or an inferred window)."""
    if is_firm(d.anchor):
        return None, None
    p = net.index[f"anchor:{d.id}"]
    if math.isinf(lo[p]) or math.isinf(hi[p]):
        return None, None
    dlo, dhi = max(math.ceil(lo[p] / DAY), 0), min(math.floor(hi[p] / DAY), _LAST_DAY)
    if dhi < dlo or dhi - dlo > MAX_WINDOW_DAYS:
        return None, None
    first, last = dt.datetime.fromordinal(dlo + 1), dt.datetime.fromordinal(dhi + 1)
    value = dt.datetime.fromordinal(dlo + (dhi - dlo) // 2 + 1)
    anchor = Anchor(value=value, source="inferred", earliest=first, latest=last)
    items = expand(net, _window_items(net, lo_tree, p, True) + _window_items(net, hi_tree, p, False))
    if dlo == dhi:
        msg = f"{d.id} carries no publication date; the corpus puts it on {value.date().isoformat()}"
    else:
        msg = (f"{d.id} carries no publication date; the corpus puts it between {first.date().isoformat()} "
               f"and {last.date().isoformat()} (taking the middle day, {value.date().isoformat()})")
    reasons = "; ".join(dict.fromkeys(net.items[k].constraint.reason for k in items if net.items[k].kind != "order"))
    finding = Finding(severity="info", code="anchor-inferred", message=msg + (f": {reasons}." if reasons else "."),
                      evidence=evidence_of(net, items))
    return anchor, finding
