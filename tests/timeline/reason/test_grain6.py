"""Day-grain statements about events that also have a time of day (sentences of our own).

An article is written at some time of its publication day, and a day named without a time of day
holds the whole day: neither pins an event known to the minute to midnight.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline._reason import reason
from timeline.model import Anchor, Document, Event, Evidence, Expression, Finding, Interval, Link, Spec

D = dt.datetime


def _anchor(d: dt.datetime) -> Anchor:
    return Anchor(value=d, source="metadata", earliest=d, latest=d)


def _expr(text: str, phrase: str, type_: str = "DATE", value: str = "", interval: Interval | None = None,
          kind: str = "date", event_relation: str | None = None, mod: str | None = None,
          **fields: int | str | None) -> Expression:
    i = text.index(phrase)
    return Expression(text=phrase, start=i, end=i + len(phrase), type=type_, value=value, interval=interval,
                      spec=Spec(kind=kind, fields=dict(fields), tense="past"), mod=mod,
                      event_relation=event_relation)


def _doc(id_: str, text: str, a: dt.datetime, *exprs: Expression) -> Document:
    return Document(id=id_, text=text, anchor=_anchor(a), expressions=exprs)


def _event(id_: str, label: str, d: Document, trigger: str, links: list[tuple[Document, int, str]]) -> Event:
    i = d.text.index(trigger)
    lks = [Link(doc=dd.id, expression=k, relation=rel, text=dd.expressions[k].text, start=dd.expressions[k].start,
                end=dd.expressions[k].end) for dd, k, rel in links]
    evid = [Evidence(doc=d.id, text=trigger, start=i, end=i + len(trigger))]
    return Event(id=id_, label=label, doc=d.id, sentence=d.text, start=i, end=i + len(trigger), links=tuple(lks),
                 tense="past", evidence=tuple(evid), interval=Interval(),
                 docs=tuple(dict.fromkeys([d.id, *(x[0].id for x in links)])))


def _errors(findings: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def _day(y: int, m: int, d: int) -> Interval:
    return Interval.day(dt.date(y, m, d))


def _afternoon(y: int, m: int, d: int) -> Interval:
    return Interval(start=(D(y, m, d, 12), D(y, m, d, 13)), end=(D(y, m, d, 17), D(y, m, d, 18)), grain="part_of_day")


def _early(y: int, m: int, d: int) -> Interval:
    """"early on <day>": its start is the day's, its end some time in the morning."""
    return Interval(start=(D(y, m, d), D(y, m, d)), end=(D(y, m, d, 6), D(y, m, d, 12)), grain="day")


# -- "N days into X" against a start told with a time of day -----------------------------------------

def _into(n: int, written: dt.datetime, began_day: int) -> tuple[list[Document], list[Event]]:
    t1 = "The navy went to war off Socotra this afternoon, officials in Lisbon said."
    t2 = f"Ships shelled the harbour at dawn. {n} days into the operation, ministers say the crews could sail home."
    d1 = _doc("p1", t1, D(2021, 3, began_day), _expr(t1, "this afternoon", type_="TIME", value=f"2021-03-{began_day:02d}TAF",
                                                     interval=_afternoon(2021, 3, began_day), kind="daypart"))
    d2 = _doc("p2", t2, written, _expr(t2, f"{n} days", type_="DURATION", value=f"P{n}D", kind="eventrel",
                                       event_relation="into", n=n, unit="D"))
    war = _event("war", "war off Socotra", d1, "war", [(d1, 0, "begins"), (d2, 0, "begins")])
    return [d1, d2], [war]


def test_n_days_into_a_war_begun_in_the_afternoon_of_that_day_agree() -> None:
    docs, events = _into(19, D(2021, 3, 23), 4)  # 4 March + 19 days = 23 March
    r = reason(docs, events)
    assert not _errors(r.findings), r.findings
    [war] = r.events
    assert war.interval.start[0] is not None and war.interval.start[0].date() == dt.date(2021, 3, 4)


@pytest.mark.parametrize("began_day", [2, 6])
def test_n_days_into_a_war_begun_on_another_day_still_disagree(began_day: int) -> None:
    docs, events = _into(19, D(2021, 3, 23), began_day)  # two days early or late: no slack of a day hides that
    assert _errors(reason(docs, events).findings)


def test_a_war_begun_in_the_afternoon_is_not_a_day_older_than_counted() -> None:
    """The article's time of day is unknown, not the count: 19 days back from 23 March is 4 March, never 3 March."""
    docs, events = _into(20, D(2021, 3, 23), 4)
    assert _errors(reason(docs, events).findings)


# -- "on <day>" for an event that also has a time of day ----------------------------------------------

def _pullout(second_day: int) -> tuple[list[Document], list[Event]]:
    t1 = "The colonel said early on Sunday that his battalion had pulled out of Kessab."
    t2 = "Sunday's pullout from Kessab left the border crossing unguarded, residents said."
    d1 = _doc("k1", t1, D(2022, 5, 8), _expr(t1, "Sunday", value="2022-05-08", interval=_early(2022, 5, 8),
                                               kind="weekday", mod="START", weekday=6))
    d2 = _doc("k2", t2, D(2022, 5, 9), _expr(t2, "Sunday", value=f"2022-05-{second_day:02d}",
                                               interval=_day(2022, 5, second_day), kind="weekday", weekday=6))
    pull = _event("pull", "pullout from Kessab", d1, "pulled out", [(d1, 0, "before"), (d2, 0, "on")])
    return [d1, d2], [pull]


def test_on_a_day_and_before_the_morning_of_that_day_agree() -> None:
    docs, events = _pullout(8)
    r = reason(docs, events)
    assert not _errors(r.findings), r.findings
    [pull] = r.events
    assert pull.interval.start[0] == D(2022, 5, 8)
    assert pull.interval.end[1] is not None and pull.interval.end[1] <= D(2022, 5, 8, 12)


def test_on_a_later_day_and_before_the_morning_of_an_earlier_one_disagree() -> None:
    docs, events = _pullout(9)  # the pullout on the 9th cannot be over by the morning of the 8th
    assert _errors(reason(docs, events).findings)


def test_on_a_day_and_at_an_hour_of_that_day_agree_and_keep_the_hour() -> None:
    t1 = "Gunboats shelled the port of Mirbat on Tuesday, the coastguard said."
    t2 = "The shelling of Mirbat began at 3 p.m. on Tuesday and lasted into the night."
    d1 = _doc("m1", t1, D(2023, 9, 6), _expr(t1, "Tuesday", value="2023-09-05", interval=_day(2023, 9, 5),
                                               kind="weekday", weekday=1))
    at3 = Interval(start=(D(2023, 9, 5, 15), D(2023, 9, 5, 15)), end=(D(2023, 9, 5, 15, 1), D(2023, 9, 5, 16)),
                   grain="hour")
    d2 = _doc("m2", t2, D(2023, 9, 6), _expr(t2, "3 p.m. on Tuesday", type_="TIME", value="2023-09-05T15:00",
                                               interval=at3, kind="time", hour=15))
    ev = _event("shell", "shelling of Mirbat", d1, "shelled", [(d1, 0, "on"), (d2, 0, "begins")])
    r = reason([d1, d2], [ev])
    assert not _errors(r.findings), r.findings
    [out] = r.events
    assert out.interval.start == (D(2023, 9, 5, 15), D(2023, 9, 5, 16))
    # and another day for it is a conflict
    d3 = _doc("m3", t1, D(2023, 9, 6), _expr(t1, "Tuesday", value="2023-09-04", interval=_day(2023, 9, 4),
                                               kind="weekday", weekday=0))
    ev3 = _event("shell", "shelling of Mirbat", d3, "shelled", [(d3, 0, "on"), (d2, 0, "begins")])
    assert _errors(reason([d3, d2], [ev3]).findings)


def test_a_day_grain_event_on_a_day_still_fills_the_day() -> None:
    t = "Rebels seized the dam at Tabqa on Friday, a spokesman said."
    d = _doc("t", t, D(2017, 3, 25), _expr(t, "Friday", value="2017-03-24", interval=_day(2017, 3, 24),
                                             kind="weekday", weekday=4))
    [out] = reason([d], [_event("dam", "seizure of the dam", d, "seized", [(d, 0, "on")])]).events
    assert out.interval.start == (D(2017, 3, 24), D(2017, 3, 24))
    assert out.interval.end == (D(2017, 3, 25), D(2017, 3, 25))


def _stormed(hour: int) -> list[Finding]:
    t1 = "Rebels stormed the barracks at Tessalit this afternoon, a local official said."
    t2 = f"The assault on the Tessalit barracks began at {hour} on Friday, a French officer said."
    d1 = _doc("s1", t1, D(2012, 3, 9), _expr(t1, "this afternoon", type_="TIME", value="2012-03-09TAF",
                                               interval=_afternoon(2012, 3, 9), kind="daypart"))
    at = Interval(start=(D(2012, 3, 9, hour), D(2012, 3, 9, hour)), end=(D(2012, 3, 9, hour, 1), D(2012, 3, 9, hour + 1)),
                  grain="hour")
    d2 = _doc("s2", t2, D(2012, 3, 10), _expr(t2, f"{hour} on Friday", type_="TIME", value=f"2012-03-09T{hour:02d}:00",
                                                interval=at, kind="time", hour=hour))
    ev = _event("storm", "assault on the Tessalit barracks", d1, "stormed", [(d1, 0, "on"), (d2, 0, "begins")])
    return _errors(reason([d1, d2], [ev]).findings)


def test_this_afternoon_and_an_hour_of_that_afternoon_agree() -> None:
    assert not _stormed(15)


def test_this_afternoon_and_an_hour_of_that_morning_disagree() -> None:
    assert _stormed(9)
