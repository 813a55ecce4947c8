"""The other event of a relation keeps its own date ("after Brazil and India blocked action in the
council earlier this month"): sentences of our own."""

from __future__ import annotations

import datetime as dt

from conftest import DocBuilder

from timeline._events import find_events
from timeline.model import Event

D = dt.datetime


def _one(events: list[Event], type_: str) -> Event:
    [ev] = [e for e in events if e.type == type_]
    return ev


def test_the_other_event_keeps_a_date_told_after_its_object(make_doc: DocBuilder) -> None:
    text = ("The assembly voted on Friday to condemn the raids, a clear message after Brazil and India blocked "
            "action in the Security Council earlier this month.")
    doc = make_doc("v", text, "2023-03-18", ("Friday", "DATE", "2023-03-17"),
                   ("earlier this month", "DATE", "2023-03"))
    events, _ = find_events([doc])
    vote, veto = _one(events, "vote"), _one(events, "veto")
    assert [lk.text for lk in veto.links] == ["earlier this month"]
    assert veto.interval.start[0] == D(2023, 3, 1)  # not an open start: the month is the veto's own date
    [rel] = vote.relations
    assert (rel.other, rel.relation) == (veto.id, "after")
    assert rel.evidence.text.startswith("after Brazil and India blocked")
    assert [lk.text for lk in vote.links] == ["Friday"]


def test_a_date_of_a_coordinated_clause_is_not_the_other_events(make_doc: DocBuilder) -> None:
    text = ("The army marched into Tikrit on Friday after militants pulled out of the town's northern districts "
            "and burned the refinery on Wednesday.")
    doc = make_doc("t", text, "2015-04-04", ("Friday", "DATE", "2015-04-03"), ("Wednesday", "DATE", "2015-04-01"))
    events, _ = find_events([doc])
    pullout = _one(events, "withdrawal")
    assert "Wednesday" not in [lk.text for lk in pullout.links]


def test_a_gap_and_the_other_events_day_still_work_together(make_doc: DocBuilder) -> None:
    text = "Troops entered the town of Sirwah on Monday, two days after rebels shelled it on Saturday."
    doc = make_doc("s", text, "2021-02-16", ("Monday", "DATE", "2021-02-15"), ("Saturday", "DATE", "2021-02-13"))
    events, _ = find_events([doc])
    shelling = _one(events, "attack")
    assert [lk.text for lk in shelling.links] == ["Saturday"]
    assert shelling.interval.start == (D(2021, 2, 13), D(2021, 2, 13))


def test_a_milestone_told_days_after_an_event_is_not_the_start(make_doc: DocBuilder) -> None:
    """"entered its second month on Friday, days after ...": the gap dates the milestone, so it says nothing
    of when the siege began (which a month before Friday would contradict)."""
    for text in ("The siege of Kobani entered its second month on Friday, days after parliament voted on Tuesday "
                 "to send troops.",
                 "Days after parliament voted to send troops, the siege of Kobani entered its second month."):
        doc = make_doc("k", text, "2014-10-18", *([("Friday", "DATE", "2014-10-17"), ("Tuesday", "DATE", "2014-10-14")]
                                                  if "Friday" in text else []))
        events, _ = find_events([doc])
        assert not [r for ev in events for r in ev.relations], text


def test_a_campaign_begun_after_a_vote_still_relates(make_doc: DocBuilder) -> None:
    text = "The siege of Kobani began three days after parliament voted on Tuesday to send troops."
    doc = make_doc("k", text, "2014-10-18", ("Tuesday", "DATE", "2014-10-14"))
    events, _ = find_events([doc])
    [rel] = [r for ev in events for r in ev.relations]
    assert (rel.relation, rel.lo_days, rel.hi_days) == ("after", 3.0, 3.0)
