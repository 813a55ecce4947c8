"""A fronted time ("In January, <a long subject> killed ...") takes the main clause's tense however far
its verb is: the resolver then trusts that direction even toward a month almost a year away.  A far
verb in any other place stays an unsure guide (the time may belong to a noun of its complement)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import _extract, _resolve
from timeline._extract._tense import TenseIndex
from timeline.model import Anchor

_ANCHOR = Anchor(value=dt.datetime(1998, 10, 25), source="cli")


def _value(text: str, span: str) -> str | None:
    found = _resolve.resolve(_extract.extract(text), _ANCHOR)
    hits = [e.value for e in found if e.text == span]
    assert hits, [(e.text, e.value) for e in found]
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "span", "want"),
    [
        # written on 25 October 1998: a past January is nine months back, the next one two months ahead
        ("In January, a week after the anniversary of the strike, a car bomb outside the union's office "
         "killed a guard.", "January", "1998-01"),
        ("In February, the head of the largest opposition party in the northern province, Ali Haidar, "
         "resigned.", "February", "1998-02"),
        ("Early January, a fire at the textile plant on the eastern edge of the port district destroyed "
         "two warehouses.", "Early January", "1998-01"),
        ("On Jan. 4, a convoy of aid lorries bound for the besieged towns in the valley was turned back.",
         "Jan. 4", "1998-01-04"),
        ('"In December, the miners of the southern coalfield and their families marched on the capital," '
         "he recalled.", "December", "1997-12"),
        # ... and the future when the main verb says so
        ("In January, the new parliament of the three northern provinces and the capital district will convene.",
         "January", "1999-01"),
    ],
)
def test_fronted_time_takes_the_main_clause(sentence: str, span: str, want: str) -> None:
    assert _value(sentence, span) == want


@pytest.mark.parametrize(
    ("sentence", "span", "want"),
    [
        # not fronted: a far verb on the left leaves the nearer month (the time is a noun's here)
        ("Kimotho said he and the envoy had been talking about the planned visit of the trade minister "
         "in January.", "January", "1999-01"),
        ("A group of lenders has extended the company up to $90 million in revolving credit through "
         "January.", "January", "1999-01"),
        # a fronted time with a near verb is unchanged
        ("In January, rebels killed a guard.", "January", "1998-01"),
    ],
)
def test_unfronted_far_verb_stays_unsure(sentence: str, span: str, want: str) -> None:
    assert _value(sentence, span) == want


def test_gap_is_capped_only_for_a_fronted_time() -> None:
    text = "In March, a bomb hidden in a parked lorry outside the ministry of the interior exploded."
    i = text.index("March")
    tense, gap = TenseIndex(text).tense_gap(i, i + 5)
    assert tense == "past" and gap <= 30
    # inside the sentence, the same far verb on the right stays unsure
    text2 = "Talks on the province in March between the two governments and the rebel council were cancelled."
    j = text2.index("March")
    tense2, gap2 = TenseIndex(text2).tense_gap(j, j + 5)
    assert tense2 == "past" and gap2 > 30
