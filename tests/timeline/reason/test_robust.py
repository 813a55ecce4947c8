"""Reasoning never crashes on odd input, and what it returns keeps the vocabulary's invariants."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline._reason import reason
from timeline.model import Anchor, Document, Event, Expression, Interval, Link, Spec

_days = st.integers(min_value=1, max_value=3_652_058)  # 0001-01-01 .. 9999-12-31
_dates = _days.map(lambda o: dt.datetime.fromordinal(o))
_kinds = st.sampled_from(["date", "weekday", "relday", "duration", "ago", "eventrel", "month", "time", "x"])
_fields = st.dictionaries(
    st.sampled_from(["weekday", "month", "day", "year", "offset", "n", "unit", "direction", "shift", "ordinal",
                     "hour"]),
    st.one_of(st.integers(-400, 10_000), st.sampled_from(["D", "W", "M", "Y", "past", "before", "after", "Q"]),
              st.none()),
    max_size=5)


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[Document], list[Event]]:
    docs = []
    for k in range(draw(st.integers(1, 3))):
        exprs = []
        for _ in range(draw(st.integers(0, 4))):
            a, b = sorted(draw(st.lists(_dates, min_size=2, max_size=2)))
            iv = draw(st.one_of(st.none(), st.just(Interval(start=(a, a), end=(b, b)))))
            exprs.append(Expression(
                text="x", start=0, end=1, type=draw(st.sampled_from(["DATE", "TIME", "DURATION", "SET"])),
                value=draw(st.sampled_from(["", "P2W", "2016-10-29", "XXXX-10-29", "PT3H"])),
                mod=draw(st.sampled_from([None, "APPROX", "MORE_THAN", "LESS_THAN"])), interval=iv,
                spec=Spec(kind=draw(_kinds), fields=draw(_fields), tense=draw(st.sampled_from([None, "past", "future"]))),
                event_relation=draw(st.sampled_from([None, "into", "week_of", "age", "since", "after"]))))
        value = draw(st.one_of(st.none(), _dates))
        src = draw(st.sampled_from(["metadata", "inferred", "dateline"])) if value else "none"
        docs.append(Document(id=f"d{k}", text="x" * 5, anchor=Anchor(value=value, source=src, earliest=value,
                                                                      latest=value), expressions=tuple(exprs)))
    events = []
    for j in range(draw(st.integers(0, 3))):
        links = []
        for _ in range(draw(st.integers(0, 3))):
            d = draw(st.sampled_from(docs))
            links.append(Link(doc=d.id, expression=draw(st.integers(0, 5)),
                              relation=draw(st.sampled_from(["on", "within", "begins", "ends", "lasts", "before",
                                                             "after", "includes"])), text="x", start=0, end=1))
        events.append(Event(id=f"e{j}", label="e", doc=draw(st.sampled_from(docs)).id, sentence="x", start=0, end=1,
                            tense=draw(st.sampled_from([None, "past"])), links=tuple(links)))
    return docs, events


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora())
def test_never_raises_and_keeps_interval_invariants(corpus: tuple[list[Document], list[Event]]) -> None:
    docs, events = corpus
    r = reason(docs, events)
    assert [d.id for d in r.documents] == [d.id for d in docs]
    for ev in r.events:
        (s0, s1), (e0, e1) = ev.interval.start, ev.interval.end
        assert s0 is None or s1 is None or s0 <= s1
        assert e0 is None or e1 is None or e0 <= e1
        assert s0 is None or e1 is None or s0 <= e1
    for d in r.documents:
        a = d.anchor
        if a.source == "inferred" and a.earliest is not None and a.latest is not None and a.value is not None:
            assert a.earliest <= a.value <= a.latest
    for f in r.findings:
        assert f.code and f.message
