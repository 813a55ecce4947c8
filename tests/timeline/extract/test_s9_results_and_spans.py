"""Session 9 classes from the TimeBank dev error dump, on sentences of our own at several anchors:
the period a results story compares with a year back (its own sentence decides), the day next to a
named weekday, the weekday inside a bracketed restatement of a clock time, a clock time and its date
as one span, "Easter week", the half named by its quarters, "the future" after a preposition, the
vague "for some time" and "over the years"."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import _extract, _resolve
from timeline._extract._periods import own_period, quarter_story
from timeline.model import Anchor, Expression


def _run(text: str, anchor: str) -> list[Expression]:
    return _resolve.resolve(_extract.extract(text), Anchor(value=dt.datetime.fromisoformat(anchor), source="cli"))


def _value(text: str, span: str, anchor: str) -> str:
    found = _run(text, anchor)
    hits = [e for e in found if e.text == span]
    assert hits, [(e.text, e.value) for e in found]
    return hits[0].value


_QUARTER = "Third-quarter profit at the miner rose 8% to $40 million.\n\n"


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        # the quarter reported, a year back
        (_QUARTER + "The unit earned $24 million, compared with a loss of $3 million last year.", "last year", "2016-Q3"),
        (_QUARTER + "Sales in Chile rose to $9 million from $7 million last year.", "last year", "2016-Q3"),
        (_QUARTER + "Costs were $5 million, against $6 million in the corresponding period last year.",
         "the corresponding period last year", "2016-Q3"),
        (_QUARTER + "U.K. sales for last year's quarter were about $3 million.", "last year's quarter", "2016-Q3"),
        (_QUARTER + "Exports rose 9% on the same quarter a year earlier.", "the same quarter a year earlier", "2016-Q3"),
        # ... but a period of its own sentence decides: nine months, a half, the year
        (_QUARTER + "In the nine months, net rose to $95 million from $81 million last year.", "last year", "2016"),
        (_QUARTER + "For the first half, revenue was $2 billion, compared with $1.8 billion last year.", "last year",
         "2016"),
        (_QUARTER + "In the first nine months, net was $306 million, against $195 million in the 2016 period.",
         "the 2016 period", "2016"),
        # no story of quarters: the year
        ("The number of visitors to Zanzibar rose to 300,000 from 100,000 last year.", "last year", "2016"),
        ("Imports fell in the comparable period of the previous year.", "the comparable period of the previous year",
         "2016"),
    ],
)
def test_results_period_a_year_back(text: str, span: str, want: str) -> None:
    assert _value(text, span, "2017-10-26") == want


def test_own_period_reads_the_sentence_only() -> None:
    text = _QUARTER + "In the nine months, net rose to $95 million from $81 million a year earlier."
    at = text.index("a year earlier")
    assert own_period(text, at, at + 14) is False
    assert own_period(_QUARTER, 0, 5) is True
    plain = "Net rose to $95 million from $81 million a year earlier."
    assert own_period(plain, plain.index("a year"), len(plain) - 1) is None
    assert quarter_story(_QUARTER + plain, len(_QUARTER) + plain.index("a year"), len(_QUARTER) + len(plain) - 1)


@pytest.mark.parametrize(
    ("text", "span", "anchor", "want"),
    [
        # the day before / after a named weekday (2017-10-26 is a Thursday)
        ("The day before last Tuesday's hearing, the envoy flew to Aden.", "day before last Tuesday", "2017-10-26",
         "2017-10-23"),
        ("Rebels shelled Taiz the day after Monday's vote.", "day after Monday", "2017-10-26", "2017-10-24"),
        ("Aid is due in Sanaa the day after next Friday.", "day after next Friday", "2017-10-26", "2017-10-28"),
        # a weekday in the bracketed restatement dates the clock time before it
        ("The convoy will leave at 4 in the morning (4 a.m. local time Saturday), the UN said.", "4 in the morning",
         "2017-10-26", "2017-10-28T04:00"),
        ("Shelling resumed at 9 p.m. (1800 GMT Wednesday), residents said.", "9 p.m.", "2017-10-26",
         "2017-10-25T21:00"),
        # a clock time and the date after it: one TIMEX3
        ("The ultimatum expires at 5 p.m. EST, Nov. 6, the army said.", "5 p.m. EST, Nov. 6", "2017-10-26",
         "2017-11-06T17:00"),
        ("Polls in Erbil closed at 6 p.m. on Sept. 25.", "6 p.m. on Sept. 25", "2017-10-26", "2017-09-25T18:00"),
        # the week that ends on Easter Sunday
        ("Pilgrims crowded Jerusalem as Easter week began.", "Easter week", "2000-04-17", "2000-W16"),
        ("Churches in Mosul rang their bells during Holy Week.", "Holy Week", "2017-04-20", "2017-W15"),
        # a half named by its quarters or six months
        ("The slump will last through the first two quarters of 2018.", "the first two quarters of 2018",
         "2017-10-26", "2018-H1"),
        ("Imports of grain fell in the last six months of the year.", "the last six months of the year", "2017-10-26",
         "2017-H2"),
        # "the future" after a preposition; a span with no unit
        ("Strikes could continue well into the future if the talks fail.", "the future", "2017-10-26", "FUTURE_REF"),
        ("Displaced families are worried about the future.", "the future", "2017-10-26", "FUTURE_REF"),
        ("Peacekeepers will stay in the buffer zone for some time.", "some time", "2017-10-26", "PXX"),
        ("The militia will have to live without power for a while.", "a while", "2017-10-26", "PXX"),
        ("Many more patients died over the years, the surgeon said.", "the years", "2017-10-26", "PXY"),
        ("The feud in Misrata has simmered through the decades.", "the decades", "2017-10-26", "PXY"),
    ],
)
def test_session9_spans_and_values(text: str, span: str, anchor: str, want: str) -> None:
    assert _value(text, span, anchor) == want


@pytest.mark.parametrize(
    ("text", "not_span"),
    [
        ("They argued about the future of the city.", "the future"),
        ("The quarter was terrible, and the future looks bleak.", "the future"),
        ("The siege of the town ended some time ago.", "some time"),
        ("The vote is planned for some time next year.", "some time"),
        ("It took a while to reach the camp.", "a while"),
        ("Every day before Tuesday was quiet in Kirkuk.", "day before Tuesday"),
        ("It was a holy week for the pilgrims of Karbala.", "holy week"),
        ("Over the years 1990 to 1995 the town grew.", "the years"),
    ],
)
def test_session9_negatives(text: str, not_span: str) -> None:
    assert not [e for e in _run(text, "2017-10-26") if e.text == not_span]
