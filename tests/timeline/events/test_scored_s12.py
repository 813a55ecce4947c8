"""Unit tests of the scored cross-document merge (:mod:`timeline._events._scored`, session 12).

Every sentence our own.  Each test builds a small corpus and checks which tellings end in one event.
"""

from __future__ import annotations

import datetime as dt

import timeline
from timeline._events import _scored
from timeline.model import Document


def _events(*docs: tuple[str, str]) -> list[tuple[str, set[str], str | None]]:
    corpus = [Document(id=f"d{i}", text=text, published=dt.datetime.fromisoformat(pub)) for i, (pub, text) in enumerate(docs)]
    tl = timeline.build(corpus)
    out = []
    for e in tl.events:
        ids = {x.doc for x in e.evidence}
        start = e.interval.start
        out.append((e.label, ids, start[0].date().isoformat() if start and start[0] else None))
    return out


def _merged(evs: list[tuple[str, set[str], str | None]], n: int) -> list[tuple[str, set[str], str | None]]:
    return [e for e in evs if len(e[1]) >= n]


def test_stormed_and_overran_last_week_merge_on_the_day() -> None:
    evs = _events(("2014-06-11", "Jihadist fighters stormed Mosul on Tuesday, seizing the airport."),
                  ("2014-06-17", "Thousands of families fled Mosul, which the jihadists overran last week."))
    [(label, _, start)] = _merged(evs, 2)
    assert start == "2014-06-10", label


def test_stormed_and_took_over_one_day() -> None:
    evs = _events(("2012-11-21", "M23 rebels stormed Goma on Tuesday, meeting little resistance from the army."),
                  ("2012-11-22", "The M23 rebels took over Goma on Tuesday, aid workers said."))
    assert len(_merged(evs, 2)) == 1


def test_strike_told_by_its_object_near_a_town() -> None:
    evs = _events(("2014-07-31", "A shell struck a United Nations school sheltering displaced families near Jabalia "
                                 "on Wednesday, killing 15 people."),
                  ("2014-08-01", "The U.N. condemned Wednesday's shelling of the Jabalia school, where displaced "
                                 "families had taken refuge."))
    assert len(_merged(evs, 2)) == 1


def test_storm_and_capture_of_two_towns_stay_apart() -> None:
    evs = _events(("2021-08-09", "Taliban fighters stormed Kunduz on Sunday, officials said."),
                  ("2021-08-10", "The Taliban captured Sar-e Pul on Sunday, the third provincial capital in a weekend."))
    assert not _merged(evs, 2)


def test_two_meetings_of_one_man_with_two_others_stay_apart() -> None:
    evs = _events(("2021-10-07", "Jake Sullivan met Yang Jiechi in Zurich on Wednesday, officials said."),
                  ("2021-10-08", "Jake Sullivan held talks with Ignazio Cassis on Wednesday, a Swiss spokesman said."))
    assert not _merged(evs, 2)


def test_pledge_at_a_meeting_joins_the_summit() -> None:
    evs = _events(("2018-07-17", "Donald Trump and Vladimir Putin pledged on Monday to improve ties, meeting in "
                                 "Helsinki for their first summit."),
                  ("2018-07-18", "Critics assailed Trump's performance at Monday's summit with Putin in Helsinki."))
    [(_, _, start)] = _merged(evs, 2)
    assert start == "2018-07-16"


def test_repeated_act_is_no_side() -> None:
    assert _scored._SEVERAL.search("shelled the bridge again on Friday") is not None
    assert _scored._SEVERAL.search("a second strike on the market") is not None
    assert _scored._SEVERAL.search("a strike on the market") is None


def test_one_actor_names() -> None:
    assert _scored._one_actor("Houthi forces", "Houthis")
    assert _scored._one_actor("Tayyip Erdogan", "Erdogan")
    assert not _scored._one_actor("Saudi-led aircraft", "Decisive Storm")
    assert not _scored._one_actor("Taliban", "Islamic State")


def test_reference_point_is_no_site() -> None:
    assert _scored._REFERENCE.search("hit a camp near the northern town of ") is not None
    assert _scored._REFERENCE.search("a clinic outside ") is not None
    assert _scored._REFERENCE.search("struck the market in ") is None
