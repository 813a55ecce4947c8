"""Anchor inference through coreference of undated articles, event relations, rounding, de-duplication.

Every text here is our own (a Raqqa-like campaign); none carries a publication date in metadata.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import timeline
from timeline._reason import drop_covered, reason
from timeline._reason._calendar import duration_days
from timeline.model import Document, Event, EventRelation, Evidence, Finding, Interval

D = dt.datetime

DATELINE = ("BEIRUT, Tuesday 13 June 2017 (Levant Wire) — The battle for Raqqa, now in its second week, has "
            "pushed the Syrian Democratic Forces into the old city walls, commanders said.\n")
LAUNCH = ("Syrian Democratic Forces launched an offensive on Tuesday (June 13) towards the west of Raqqa, an "
          "operation meant to cut the road to Deir ez-Zor and reach the town of Tabqa.\n")
YESTERDAY = ("Yesterday's push by the {actor} on Tabqa came nearly two weeks into the offensive on Raqqa. "
             "The fighters crossed the Euphrates at dawn.\n")


def _write(tmp: Path, actor: str) -> list[Path]:
    texts = {"a": DATELINE, "b": LAUNCH, "c": YESTERDAY.format(actor=actor)}
    out = []
    for name, text in texts.items():
        p = tmp / f"{name}.txt"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def test_yesterday_and_a_weekday_date_in_two_undated_articles_pin_the_day(tmp_path: Path) -> None:
    t = timeline.build(_write(tmp_path, "Syrian Democratic Forces"))
    anchors = {d.id: d.anchor for d in t.documents}
    assert anchors["a"].source == "dateline"
    # battle began 31 May - 6 June ("second week" on 13 June); c is 12-14 days in -> 12-20 June;
    # the push is c's yesterday, and b's "Tuesday (June 13)" -> 13 June, so c is 14 June
    c = anchors["c"]
    assert (c.source, c.value, c.earliest, c.latest) == ("inferred", D(2017, 6, 14), D(2017, 6, 14), D(2017, 6, 14))
    # b is after 13 June, but nothing says how long after: no single day is claimed for it
    b = anchors["b"]
    assert b.value is None or (b.earliest is not None and b.latest is not None and b.earliest <= D(2017, 6, 13)
                               <= b.latest + dt.timedelta(days=366))
    push = [e for e in t.events if set(e.docs) >= {"b", "c"}]
    assert len(push) == 1 and push[0].interval.start == (D(2017, 6, 13), D(2017, 6, 13))
    assert not [f for f in t.findings if f.severity == "error"]


def test_different_actors_do_not_merge_and_leave_an_honest_window(tmp_path: Path) -> None:
    t = timeline.build(_write(tmp_path, "Iraqi security forces"))
    c = {d.id: d.anchor for d in t.documents}["c"]
    assert c.value is None or c.earliest != c.latest  # no single day claimed without the merge
    if c.earliest is not None and c.latest is not None:
        assert c.earliest <= D(2017, 6, 14) <= c.latest  # the window holds every day the text allows


def _doc(id_: str, text: str, day: dt.datetime) -> Document:
    from timeline.model import Anchor
    return Document(id=id_, text=text, anchor=Anchor(value=day, source="metadata", earliest=day, latest=day))


def _event(id_: str, label: str, d: Document, trigger: str, start: dt.datetime | None = None,
           relations: tuple[EventRelation, ...] = ()) -> Event:
    i = d.text.index(trigger)
    iv = Interval() if start is None else Interval.day(start.date())
    return Event(id=id_, label=label, doc=d.id, sentence=d.text, start=i, end=i + len(trigger), interval=iv,
                 evidence=(Evidence(doc=d.id, text=trigger, start=i, end=i + len(trigger)),), docs=(d.id,),
                 relations=relations)


def _rel(d: Document, phrase: str, other: str, lo: float, hi: float) -> EventRelation:
    i = d.text.index(phrase)
    return EventRelation(other=other, relation="after", lo_days=lo, hi_days=hi,
                         evidence=Evidence(doc=d.id, text=phrase, start=i, end=i + len(phrase), sentence=d.text))


def test_event_relation_is_a_constraint_with_evidence() -> None:
    t = "Three days after the dam fell on May 10, 2017, engineers reopened its gates."
    d = _doc("dam", t, D(2017, 5, 20))
    fall = _event("fall", "dam falls", d, "fell", D(2017, 5, 10))
    reopen = _event("reopen", "gates reopened", d, "reopened",
                    relations=(_rel(d, "Three days after the dam fell", "fall", 3, 3),))
    r = reason([d], [fall, reopen])
    out = {e.id: e for e in r.events}
    assert out["reopen"].interval.start == (D(2017, 5, 13), D(2017, 5, 13))
    [c] = [c for c in r.constraints if c.source == "fall:start" and c.target == "reopen:start"]
    assert (c.lo, c.hi) == (3, 3) and c.evidence[0].text == "Three days after the dam fell"


def test_event_relation_that_contradicts_a_date_is_explained() -> None:
    t = "Three days after the dam fell on May 10, 2017, engineers reopened its gates on May 20, 2017."
    d = _doc("dam", t, D(2017, 5, 22))
    fall = _event("fall", "dam falls", d, "fell", D(2017, 5, 10))
    reopen = _event("reopen", "gates reopened", d, "reopened", D(2017, 5, 20),
                    relations=(_rel(d, "Three days after the dam fell", "fall", 3, 3),))
    r = reason([d], [fall, reopen])
    bad = [f for f in r.findings if f.severity in ("error", "warning")]
    assert bad and any("Three days after the dam fell" in {e.text for e in f.evidence} for f in bad)
    assert any("began after" in f.message for f in bad)


def test_counts_of_weeks_have_slack_days_are_exact() -> None:
    assert duration_days(5, "W", None) == (32, 38)
    assert duration_days(1, "W", None) == (6, 8)
    assert duration_days(3, "D", None) == (3, 3)
    assert duration_days(2, "W", "APPROX", "nearly two weeks") == (12, 14)  # "nearly" keeps its reading


def test_bounds_from_the_events_stage_are_rounded_outward_to_days() -> None:
    t = "The siege of the port began in the autumn."
    d = _doc("port", t, D(2016, 12, 1))
    iv = Interval(start=(D(2016, 10, 16, 4, 48), D(2016, 10, 17, 19, 11)), end=(None, None))
    ev = _event("siege", "siege of the port", d, "siege").model_copy(update={"interval": iv})
    [out] = reason([d], [ev]).events
    assert out.interval.start == (D(2016, 10, 16), D(2016, 10, 18))


def test_a_warning_an_error_already_tells_is_dropped() -> None:
    span = Evidence(doc="x", text="August 15", start=3, end=12)
    other = Evidence(doc="y", text="August 29", start=5, end=14)
    warn = Finding(severity="warning", code="event-dates-disagree", message="w", evidence=(span,))
    err = Finding(severity="error", code="documents-disagree", message="e", evidence=(span, other))
    lone = Finding(severity="warning", code="past-event-after-anchor", message="p", evidence=(other,
                   Evidence(doc="y", text="said", start=20, end=24)))
    assert drop_covered([warn, err, lone, err]) == [err, lone]


def _ended(d: Document, phrase: str, other: str, lo: float, hi: float | None) -> EventRelation:
    i = d.text.index(phrase)
    return EventRelation(other=other, relation="after", point="end", lo_days=lo, hi_days=hi,
                         evidence=Evidence(doc=d.id, text=phrase, start=i, end=i + len(phrase), sentence=d.text))


def _siege(d: Document) -> Event:
    """A siege whose last day is 17 October 2017 (it ends at the midnight that closes that day)."""
    i = d.text.index("siege")
    return Event(id="siege", label="siege of the port", doc=d.id, sentence=d.text, start=i, end=i + 5,
                 interval=Interval(start=(D(2017, 6, 6), D(2017, 6, 6)), end=(D(2017, 10, 18), D(2017, 10, 18))),
                 evidence=(Evidence(doc=d.id, text="siege", start=i, end=i + 5),), docs=(d.id,))


@pytest.mark.parametrize(
    ("day", "gap", "fits"),
    [
        (D(2017, 10, 17), (0, None), True),    # "took the port on Tuesday after a four-month siege": its last day
        (D(2017, 10, 19), (2, 2), True),       # "two days after the siege ended": 17 -> 19 October
        (D(2017, 10, 18), (3, 3), False),      # "three days after" cannot be the 18th
        (D(2017, 10, 16), (0, None), False),   # the day before the siege's last day is not after it
    ],
)
def test_a_gap_after_a_day_grain_end_counts_from_its_last_day(day: D, gap: tuple[float, float | None], fits: bool) -> None:
    t = "Marines took the port after the siege ended, officers said."
    d = _doc("port", t, D(2017, 10, 25))
    took = _event("took", "marines take the port", d, "took", day,
                  relations=(_ended(d, "after the siege ended", "siege", *gap),))
    r = reason([d], [_siege(d), took])
    bad = [f for f in r.findings if f.severity in ("error", "warning")]
    assert (not bad) == fits, [f.message for f in bad]
