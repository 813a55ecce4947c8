"""Gaps counted from a day-grain END run from the event's last day (``_relations.derive``).

An event dated to days ends at the midnight that closes its last day (half-open intervals): a siege
whose last day is 17 October ends at 18 October 00:00.  "after the siege ended" on the 17th, or
"two days after" on the 19th, are then consistent; the bounds derived either way say so.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline._events._relations import MentionRelation, derive

D = dt.datetime
SIEGE = (D(2017, 6, 6), D(2017, 6, 6), D(2017, 10, 18), D(2017, 10, 18))  # last day: 17 October


def _rel(kind: str, point: str, lo: float | None, hi: float | None) -> MentionRelation:
    return MentionRelation(dependent=1, other=0, relation=kind, point=point, lo=lo, hi=hi, start=0, end=5)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "lo", "hi", "start"),
    [
        ("after", 0, None, (D(2017, 10, 17), None)),            # "after the siege ended": from its last day on
        ("after", 2, 2, (D(2017, 10, 19), D(2017, 10, 19))),    # "two days after the siege ended"
        ("before", 2, 2, (D(2017, 10, 15), D(2017, 10, 15))),   # "two days before the siege ended"
    ],
)
def test_the_dependent_counts_from_the_last_day(kind: str, lo: float, hi: float | None,
                                                start: tuple[D, D | None]) -> None:
    b = derive(_rel(kind, "end", lo, hi), SIEGE)
    assert b is not None and (b[0], b[1]) == start


@pytest.mark.parametrize(
    ("kind", "lo", "hi", "took", "end"),
    [
        ("after", 0, None, D(2017, 10, 17), (None, D(2017, 10, 18))),   # the siege ended by the close of the 17th
        ("after", 2, 2, D(2017, 10, 19), (D(2017, 10, 18), D(2017, 10, 18))),
        ("before", 2, 2, D(2017, 10, 15), (D(2017, 10, 18), D(2017, 10, 18))),
    ],
)
def test_the_other_end_is_the_midnight_after_its_last_day(kind: str, lo: float, hi: float | None, took: D,
                                                          end: tuple[D | None, D]) -> None:
    known = (took, took, took + dt.timedelta(days=1), took + dt.timedelta(days=1))
    b = derive(_rel(kind, "end", lo, hi), known, inverse=True)
    assert b is not None and (b[2], b[3]) == end


def test_a_start_point_and_a_time_of_day_are_taken_as_they_are() -> None:
    # from the siege's START nothing moves: "four days after the siege began" is 10 June
    b = derive(_rel("after", "start", 4, 4), SIEGE)
    assert b is not None and (b[0], b[1]) == (D(2017, 6, 10), D(2017, 6, 10))
    # an end known to the minute ("ended at 14:30") is an instant, not a day
    fine = (D(2017, 6, 6), D(2017, 6, 6), D(2017, 10, 17, 14, 30), D(2017, 10, 17, 14, 30))
    b = derive(_rel("after", "end", 0, None), fine)
    assert b is not None and b[0] == D(2017, 10, 17, 14, 30)
