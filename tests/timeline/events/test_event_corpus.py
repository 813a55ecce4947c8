"""The events conformance corpus (``event_corpus.py``) through the public API, one build per entry.

An entry the engine fails today is listed in ``XFAIL`` with what it produced: a measurement of the
gap, not a relaxed expectation.  ``strict=False`` so that a fix turns it into an XPASS, not a failure.
``.venv/bin/python tests/timeline/events/test_event_corpus.py`` prints the pass rate per category and
every failing entry with its class.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from event_corpus import CORPUS, Entry, Expect
from event_corpus_xfail import XFAIL

import timeline
from timeline.model import Document, Event, Timeline

DAY = dt.timedelta(days=1)


def build(entry: Entry) -> Timeline:
    """The timeline of the entry's documents (ids ``<entry>-<n>``), all built together."""
    docs = [Document(id=f"{entry.id}-{i}", text=text, published=dt.datetime.fromisoformat(pub))
            for i, (pub, text) in enumerate(entry.docs)]
    return timeline.build(docs)


def matches(ev: Event, keyword: str) -> bool:
    """Whether a ``|`` alternative of ``keyword`` is in the event's label or evidence text (``*``: any)."""
    if keyword == "*":
        return True
    hay = " ".join([ev.label, *(x.text for x in ev.evidence)]).lower()
    return any(k in hay for k in keyword.split("|"))


def _window(x: Expect) -> tuple[dt.datetime, dt.datetime]:
    assert x.lo is not None and x.hi is not None
    return dt.datetime.fromisoformat(x.lo), dt.datetime.fromisoformat(x.hi) + DAY


def starts_in(ev: Event, x: Expect) -> bool:
    """Whether both bounds of the event's start are known and lie in the expectation's window."""
    lo, hi = _window(x)
    a, b = ev.interval.start
    return a is not None and b is not None and lo <= a and b < hi


def dated_in(ev: Event, x: Expect) -> bool:
    """Whether a known bound of the event's start falls in the window (no window: always)."""
    if x.lo is None:
        return True
    lo, hi = _window(x)
    return any(p is not None and lo <= p < hi for p in ev.interval.start)


def describe(events: Sequence[Event]) -> str:
    """A short account of the events built, for failure messages and xfail reasons."""
    out = []
    for e in events:
        a, b = e.interval.start
        when = "?" if a is None and b is None else (
            f"{a:%Y-%m-%d}" if a == b and a is not None else
            f"{a:%Y-%m-%d}" if b is None and a is not None else
            f"..{b:%Y-%m-%d}" if a is None and b is not None else f"{a:%Y-%m-%d}..{b:%Y-%m-%d}")
        out.append(f"{e.label!r}@{when}[{len(e.docs)}d{', future' if e.tense == 'future' else ''}]")
    return "; ".join(out) or "no events"


def check(entry: Entry, tl: Timeline) -> str | None:
    """``None`` if the timeline meets the entry, else what is wrong."""
    evs = tl.events
    ids = {f"{entry.id}-{i}" for i in range(len(entry.docs))}
    if entry.kind == "single":
        for x in entry.expect:
            if not any(matches(e, x.keyword) and starts_in(e, x) for e in evs):
                return f"no {x.keyword!r} event starting in [{x.lo}, {x.hi}]: {describe(evs)}"
    elif entry.kind == "cross":
        [x] = entry.expect
        if not any(matches(e, x.keyword) and starts_in(e, x) and ids <= set(e.docs) for e in evs):
            return f"no single {x.keyword!r} event over all docs starting in [{x.lo}, {x.hi}]: {describe(evs)}"
    elif entry.kind == "apart":
        for i, x in enumerate(entry.expect):
            doc = f"{entry.id}-{min(i, len(entry.docs) - 1)}"
            if not any(matches(e, x.keyword) and starts_in(e, x) and doc in e.docs for e in evs):
                return f"no {x.keyword!r} event starting in [{x.lo}, {x.hi}] (doc {doc}): {describe(evs)}"
        # one document: the disjoint windows above already need two events
        keys = "|".join(x.keyword for x in entry.expect)
        merged = [e for e in evs if matches(e, keys) and len(ids) > 1 and ids <= set(e.docs)]
        if merged:
            return f"merged across documents: {describe(merged)}"
    else:
        [x] = entry.expect
        bad = [e for e in evs if matches(e, x.keyword) and dated_in(e, x)
               and (entry.kind == "negative" or e.tense != "future")]
        if bad:
            return f"unwanted {x.keyword!r} event(s): {describe(bad)}"
    return None


def _param(entry: Entry) -> object:
    marks = [pytest.mark.xfail(strict=False, reason=XFAIL[entry.id])] if entry.id in XFAIL else []
    return pytest.param(entry, id=entry.id, marks=marks)


@pytest.mark.parametrize("entry", [_param(e) for e in CORPUS])
def test_event_corpus(entry: Entry) -> None:
    problem = check(entry, build(entry))
    assert problem is None, f"[{entry.category}] {problem}"


def test_corpus_is_well_formed() -> None:
    ids = [e.id for e in CORPUS]
    assert len(ids) == len(set(ids)) and len(ids) >= 140
    assert set(XFAIL) <= set(ids)
    for e in CORPUS:
        assert e.expect, e.id
        for x in e.expect:
            for d in (x.lo, x.hi):
                if d is not None:
                    dt.date.fromisoformat(d)


def report() -> str:
    """Pass rate overall and per category, then each failing entry (``python test_event_corpus.py``)."""
    per: dict[str, list[int]] = {}
    fails: list[str] = []
    for entry in CORPUS:
        problem = check(entry, build(entry))
        n = per.setdefault(entry.category, [0, 0])
        n[0] += problem is None
        n[1] += 1
        if problem is not None:
            known = XFAIL.get(entry.id, "NEW FAILURE").split(":")[0]
            fails.append(f"  {entry.id} [{known}] {problem}")
    ok, total = sum(v[0] for v in per.values()), sum(v[1] for v in per.values())
    lines = [f"TOTAL {ok}/{total} ({100 * ok / total:.0f}%)"]
    lines += [f"  {cat:16} {a}/{b}" for cat, (a, b) in per.items()]
    return "\n".join([*lines, "failures:", *fails])


if __name__ == "__main__":
    print(report())
