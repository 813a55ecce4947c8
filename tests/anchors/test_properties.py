"""Properties of ``anchors.find_anchor`` over arbitrary text, metadata, page dates and ``--dct``.

Never an exception; a known source; ``value`` None iff source ``none``; the span of a dateline is
real text; bounds hold the value; metadata always wins; the same answer twice.
"""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import anchors
from timeline.model import Anchor, Document

EXAMPLES = int(os.environ.get("ROBUSTNESS_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

D = dt.datetime
EDGES = [D(1, 1, 1), D(9999, 12, 31), D(9999, 12, 31, 23, 59, 59), D(2016, 2, 29), D(2000, 2, 29), D(1900, 2, 28)]
points = st.sampled_from(EDGES) | st.datetimes(min_value=D(1, 1, 1), max_value=D(9999, 12, 31, 23, 59, 59))

# Datelines, bylines and page furniture of our own making, with edge dates and impossible ones.
_PIECES = [
    "AFP , Tuesday 25 Oct 2016", "BAGHDAD (Reuters) -", "Oct 29, 2016 —", "Last Update 9:40 Sunday, 05 April 2020",
    "(c) 2010 Newsroom", "Updated:", "Published: ", "Monday 29 February 2016", "Tuesday 30 February 2016",
    "Friday 31 December 9999", "Monday 1 January 0001", "Saturday 1 January 0000", "Sunday, 32 Oct 2016",
    "Wednesday 29 February 2017", "2016-10-25T09:40:00+03:00", "10/25/2016", "25.10.2016", "AFP ,", "Reuters",
    "\n", " ", ", ", "Subscribe now for 2017!", "Photo: 12 March 2015", "Copyright © 2016", "Oct.", "2016",
    "Tuesday", "25", "Sat", "\u00a0", "İ", "ß", "\ufeff",
]
texts = st.one_of(
    st.lists(st.sampled_from(_PIECES) | st.text(max_size=5), max_size=20).map("".join),
    st.text(max_size=300),
)


def _check(text: str, a: Anchor) -> None:
    assert a.source in ("metadata", "cli", "dateline", "html", "inferred", "none")
    assert (a.value is None) == (a.source == "none"), a
    if a.start is not None or a.end is not None:
        assert a.start is not None and a.end is not None and a.text is not None, a
        assert 0 <= a.start <= a.end <= len(text), a
        assert text[a.start:a.end] == a.text, (text[a.start:a.end], a.text)
    for lo, hi in ((a.earliest, a.value), (a.value, a.latest), (a.earliest, a.latest)):
        assert lo is None or hi is None or lo <= hi, a
    for p in (a.value, a.earliest, a.latest):
        assert p is None or p.tzinfo is None, f"aware anchor point {p!r}: the model's points are naive"


@SETTINGS
@given(text=texts, published=st.none() | points, html_date=st.none() | points, dct=st.none() | points)
@example(text="AFP , Tuesday 30 February 2016 - Saturday 1 January 0000", published=None, html_date=None, dct=None)
@example(text="Friday 31 December 9999 — ", published=None, html_date=None, dct=None)
@example(text="Monday 1 January 0001 — ", published=None, html_date=None, dct=None)
@example(text="AFP , Tuesday 25 Oct 2016", published=D(9999, 12, 31), html_date=D(1, 1, 1), dct=D(2016, 2, 29))
def test_find_anchor_never_raises_and_keeps_its_promises(
    text: str, published: dt.datetime | None, html_date: dt.datetime | None, dct: dt.datetime | None
) -> None:
    doc = Document(id="d", text=text, published=published, html_date=html_date)
    a, findings = anchors.find_anchor(doc, dct)
    _check(text, a)
    if published is not None:
        # day precision: the anchor is the publication day at midnight (anchors.find_anchor's docstring)
        assert a.source == "metadata" and a.value == dt.datetime(published.year, published.month, published.day), a
    for f in findings:
        assert f.severity in ("error", "warning", "info")
        for ev in f.evidence:
            if ev.source == "text":
                assert text[ev.start:ev.end] == ev.text, ev
    b, findings2 = anchors.find_anchor(doc, dct)
    assert a == b and findings == findings2


@SETTINGS
@given(text=texts)
def test_with_nothing_given_the_anchor_comes_from_the_text_or_is_none(text: str) -> None:
    """With no metadata, no page date and no --dct, whatever is found is from the text itself."""
    a, _ = anchors.find_anchor(Document(id="d", text=text), None)
    _check(text, a)
    assert a.source in ("dateline", "inferred", "none"), a
