"""Cross-document coreference on dispatches we wrote about the 2022 Kharkiv counteroffensive.

Three outlets tell the launch of one offensive three ways; offensives by another actor, on another
day or toward another place must stay apart.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DocBuilder

from timeline._events import find_events
from timeline.model import Document, Event

A = ("Ukrainian forces launched a counteroffensive on Tuesday (September 6) east of Kharkiv, pushing "
     "toward the town of Balakliia. Officials in Kyiv said the push caught Russian units by surprise.")
B = ("Kyiv's forces began a surprise offensive toward Balakliia on Tuesday, according to Ukrainian officials. "
     "Russian troops shelled Kharkiv overnight.")
C = ("Tuesday's assault toward Balakliia by Ukrainian troops has already retaken several villages, "
     "commanders said on Thursday.")
OTHER_DAY_PLACE = "Ukraine's army launched an offensive on Monday (August 29) in the south, toward Kherson."
OTHER_ACTOR = "Russian forces launched an attack on Tuesday near Bakhmut, the regional governor said."
SAME_DAY_OTHER_TARGET = "Ukrainian troops also launched an attack on Tuesday toward Kherson, far to the south."
LATER = "Ukrainian forces launched an offensive toward Lyman on Tuesday (September 13)."


def _docs(make_doc: DocBuilder) -> list[Document]:
    return [
        make_doc("a", A, "2022-09-07", ("Tuesday (September 6)", "DATE", "2022-09-06")),
        make_doc("b", B, "2022-09-07", ("Tuesday", "DATE", "2022-09-06")),
        make_doc("c", C, "2022-09-08", ("Tuesday", "DATE", "2022-09-06"), ("Thursday", "DATE", "2022-09-08")),
        make_doc("d", OTHER_DAY_PLACE, "2022-08-30", ("Monday (August 29)", "DATE", "2022-08-29")),
        make_doc("e", OTHER_ACTOR, "2022-09-07", ("Tuesday", "DATE", "2022-09-06")),
        make_doc("f", SAME_DAY_OTHER_TARGET, "2022-09-07", ("Tuesday", "DATE", "2022-09-06")),
        make_doc("g", LATER, "2022-09-14", ("Tuesday (September 13)", "DATE", "2022-09-13")),
    ]


def _by_doc(events: list[Event], doc: str) -> list[Event]:
    return [e for e in events if doc in e.docs]


def test_three_outlets_one_offensive(make_doc: DocBuilder) -> None:
    events, _ = find_events(_docs(make_doc))
    [ev] = [e for e in events if {"a", "b", "c"} <= set(e.docs)]
    assert ev.actors[0] == "Ukrainian armed forces"
    assert ev.target == "Balakliia"
    assert ev.interval.start == (dt.datetime(2022, 9, 6), dt.datetime(2022, 9, 6))
    assert ev.label == "Ukrainian armed forces offensive toward Balakliia"
    # every telling is evidence: the trigger or time expression of each document, with its sentence
    assert {x.doc for x in ev.evidence} == {"a", "b", "c"}
    assert all(x.sentence and x.text in x.sentence for x in ev.evidence)
    assert {(x.doc, x.text) for x in ev.evidence} >= {("a", "counteroffensive"), ("b", "offensive"), ("c", "assault")}


def test_other_actor_other_day_other_place_stay_apart(make_doc: DocBuilder) -> None:
    events, _ = find_events(_docs(make_doc))
    for doc in ("d", "e", "f", "g"):
        mine = _by_doc(events, doc)
        assert mine, doc
        assert all(set(e.docs) == {doc} for e in mine), (doc, [(e.label, e.docs) for e in mine])
    [russian] = _by_doc(events, "e")
    assert russian.actors == ("Russian armed forces",)
    [kherson] = _by_doc(events, "d")
    assert kherson.target == "Kherson" and kherson.interval.start[0] == dt.datetime(2022, 8, 29)


def test_ids_are_deterministic_and_distinct(make_doc: DocBuilder) -> None:
    first, _ = find_events(_docs(make_doc))
    again, _ = find_events(_docs(make_doc))
    assert sorted(e.model_dump_json() for e in first) == sorted(e.model_dump_json() for e in again)
    assert len({e.id for e in first}) == len(first)


def test_undated_mentions_do_not_merge_across_documents(make_doc: DocBuilder) -> None:
    # the same actor and target, but neither article dates its offensive: no evidence they are one
    d1 = make_doc("x", "Ukrainian forces launched an offensive toward Balakliia.", "2022-09-07")
    d2 = make_doc("y", "Ukrainian forces launched an offensive toward Balakliia.", "2022-10-07")
    events, _ = find_events([d1, d2])
    assert events == []


DG1 = "Ukraine launched its counteroffensive in the Kherson region on Monday (August 29), the command said."


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's counteroffensive in the Kherson region, which began on August 15, has retaken villages.",
        "Kyiv's counteroffensive in the Kherson region began on August 15, officials said.",
        "Ukrainian forces began their counteroffensive in the Kherson region on August 15, officials said.",
    ],
)
def test_one_named_event_told_with_two_dates_is_one_event(make_doc: DocBuilder, text: str) -> None:
    docs = [make_doc("a", DG1, "2022-08-30", ("Monday (August 29)", "DATE", "2022-08-29")),
            make_doc("b", text, "2022-09-20", ("August 15", "DATE", "2022-08-15"))]
    events, findings = find_events(docs)
    [ev] = [e for e in events if e.type == "offensive"]
    assert set(ev.docs) == {"a", "b"}
    assert any(f.code == "event-dates-disagree" for f in findings)


@pytest.mark.parametrize(
    ("text", "value", "when"),
    [
        # another place
        ("Ukraine's counteroffensive in the Kharkiv region, which began on September 6, took Balakliia.",
         "2022-09-06", "September 6"),
        # too far apart to be one launch told wrong
        ("Ukraine's counteroffensive in the Kherson region, which began on May 2, stalled.", "2022-05-02", "May 2"),
        # an indefinite noun tells a new event
        ("Ukraine began a counteroffensive in the Kherson region on August 15, officials said.", "2022-08-15",
         "August 15"),
    ],
)
def test_other_counteroffensives_stay_apart(make_doc: DocBuilder, text: str, value: str, when: str) -> None:
    docs = [make_doc("a", DG1, "2022-08-30", ("Monday (August 29)", "DATE", "2022-08-29")),
            make_doc("b", text, "2022-09-20", (when, "DATE", value))]
    events, _ = find_events(docs)
    assert all(set(e.docs) != {"a", "b"} for e in events if e.type == "offensive")
