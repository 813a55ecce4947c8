"""The findings an event is involved in: the per-document index gives exactly the all-pairs answer."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline._export._figure_layout import _involved, _overlaps, _spans
from timeline.model import Event, Evidence, Finding, Link

_DOCS = ["a", "b", "c"]
_spans_st = st.tuples(st.sampled_from(_DOCS), st.integers(0, 30), st.integers(0, 6)).map(
    lambda t: (t[0], t[1], t[1] + t[2]))


def _evidence(t: tuple[str, int, int], source: str = "text") -> Evidence:
    return Evidence(doc=t[0], text="x", start=t[1], end=t[2], source=source)


@st.composite
def _event(draw: st.DrawFn, i: int) -> Event:
    first = draw(_spans_st)
    ev = draw(st.lists(_spans_st, max_size=3))
    links = draw(st.lists(_spans_st, max_size=2))
    return Event(id=f"e{i}", label="x", doc=first[0], sentence="s", start=first[1], end=first[2],
                 evidence=tuple(_evidence(t) for t in ev),
                 links=tuple(Link(doc=d, expression=0, relation="on", text="x", start=s, end=e) for d, s, e in links))


@st.composite
def _finding(draw: st.DrawFn) -> Finding:
    ev = draw(st.lists(st.tuples(_spans_st, st.sampled_from(["text", "text", "metadata"])), max_size=3))
    return Finding(severity="warning", code="c", message="m", evidence=tuple(_evidence(t, s) for t, s in ev))


def _brute(events: list[Event], findings: list[Finding]) -> list[list[int]]:
    return [[k for k, f in enumerate(findings) if any(_overlaps(sp, x) for x in f.evidence for sp in _spans(e))]
            for e in events]


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 6).flatmap(lambda n: st.tuples(*[_event(i) for i in range(n)])),
       st.lists(_finding(), max_size=8))
def test_index_equals_all_pairs(events: tuple[Event, ...], findings: list[Finding]) -> None:
    assert _involved(list(events), findings) == _brute(list(events), findings)


def test_empty_spans_and_metadata_evidence() -> None:
    e = Event(id="e", label="x", doc="a", sentence="s", start=5, end=5)
    hit = Finding(severity="error", code="c", message="m", evidence=(_evidence(("a", 5, 8)),))  # starts there
    meta = Finding(severity="error", code="c", message="m", evidence=(_evidence(("a", 3, 8), "metadata"),))
    other = Finding(severity="error", code="c", message="m", evidence=(_evidence(("b", 3, 8)),))
    miss = Finding(severity="error", code="c", message="m", evidence=(_evidence(("a", 3, 8)),))
    assert _involved([e], [meta, hit, other, miss]) == [[1]]
