"""Named campaigns: one event per place, whose start the event-relative expressions bound."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import DocBuilder, span

import timeline
from timeline._events import find_events
from timeline._events._link import elapsed_days
from timeline.model import Document, Event


def _campaign(events: list[Event], place: str) -> Event:
    [ev] = [e for e in events if e.type == "campaign" and e.place == place]
    return ev


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("second week", (7.0, 14.0)),
        ("its third day", (2.0, 3.0)),
        ("nearly two weeks", (11.0, 14.0)),
        ("almost two-week-old", (11.0, 14.0)),
        ("seven months", (213.08 - 15, 213.08 + 15)),
        ("more than two months", (60.88, 90.88)),
        ("14 days", (13.0, 15.0)),
        ("about three weeks", (16.5, 25.5)),
    ],
)
def test_elapsed_days(text: str, expected: tuple[float, float]) -> None:
    lo, hi = elapsed_days(text) or (None, None)
    assert lo == pytest.approx(expected[0], abs=0.01) and hi == pytest.approx(expected[1], abs=0.01)


def test_campaign_phrases_name_one_campaign(make_doc: DocBuilder) -> None:
    docs = [
        make_doc("1", "The battle for Raqqa entered a new phase.", "2017-06-20"),
        make_doc("2", "The Raqqa offensive slowed in the Old City.", "2017-06-21"),
        make_doc("3", "The offensive to retake Raqqa drew in more fighters.", "2017-06-22"),
        make_doc("4", "The assault on Raqqa was costly, officials said.", "2017-06-23"),
    ]
    events, _ = find_events(docs)
    ev = _campaign(events, "Raqqa")
    assert ev.label == "Battle of Raqqa" and set(ev.docs) == {"1", "2", "3", "4"}


def test_start_bounded_by_relative_expressions_and_episodes(make_doc: DocBuilder) -> None:
    docs = [
        make_doc("1", "Two weeks into the battle for Raqqa, the fighters hold the eastern districts.", "2017-06-20",
                 ("Two weeks into the battle for Raqqa", "DURATION", "P2W", None,
                  {"event_ref": "the battle for Raqqa", "event_relation": "into"})),
        make_doc("2", "With the Raqqa offensive in its second week, aid groups warned of shortages.", "2017-06-15",
                 ("second week", "DURATION", "P1W", None, {"event_ref": "its", "event_relation": "week_of"})),
        make_doc("3", "SDF fighters have been advancing street by street in Raqqa in the past 11 days. The "
                      "battle for the city grows fiercer.", "2017-06-17",
                 ("the past 11 days", "DURATION", "P11D", span("2017-06-06", "2017-06-17"))),
    ]
    events, _ = find_events(docs)
    ev = _campaign(events, "Raqqa")
    lo, hi = ev.interval.start
    assert lo is not None and hi is not None
    # two weeks before 06-20 (+-3 days), 7-14 days before 06-15, about 11 days before 06-17
    assert dt.datetime(2017, 6, 4) <= lo <= dt.datetime(2017, 6, 6) <= hi <= dt.datetime(2017, 6, 8)
    assert {lk.relation for lk in ev.links} == {"begins"}
    assert {lk.doc for lk in ev.links} == {"1", "2", "3"}
    # still going on when the last article was written
    assert ev.interval.end[0] is not None and ev.interval.end[0] >= dt.datetime(2017, 6, 15)


def test_launch_of_a_campaign_dates_its_start(make_doc: DocBuilder) -> None:
    docs = [make_doc("1", "US-backed fighters launched the battle for Raqqa on Tuesday, storming a district.",
                     "2017-06-06", ("Tuesday", "DATE", "2017-06-06"))]
    events, _ = find_events(docs)
    ev = _campaign(events, "Raqqa")
    assert ev.interval.start == (dt.datetime(2017, 6, 6), dt.datetime(2017, 6, 6))
    assert [lk.relation for lk in ev.links] == ["begins"]


def test_an_actors_offensive_on_the_campaign_day_is_the_campaign(make_doc: DocBuilder) -> None:
    docs = [
        make_doc("1", "Fighters launched the battle for Raqqa on Tuesday.", "2017-06-06",
                 ("Tuesday", "DATE", "2017-06-06")),
        make_doc("2", "The SDF offensive that began on June 6 has pushed into a second district of Raqqa.",
                 "2017-06-09", ("June 6", "DATE", "2017-06-06")),
        make_doc("3", "The SDF launched an offensive toward Tabqa on Friday (June 9), west of Raqqa.",
                 "2017-06-10", ("Friday (June 9)", "DATE", "2017-06-09")),
    ]
    events, _ = find_events(docs)
    ev = _campaign(events, "Raqqa")
    assert set(ev.docs) == {"1", "2"}
    assert any("3" in e.docs and e.target == "Tabqa" for e in events)


def test_capture_of_the_place_ends_the_campaign(make_doc: DocBuilder) -> None:
    docs = [
        make_doc("1", "Fighters launched the battle for Raqqa on Tuesday.", "2017-06-06",
                 ("Tuesday", "DATE", "2017-06-06")),
        make_doc("2", "The SDF captured Raqqa on Tuesday after a four-month battle.", "2017-10-17",
                 ("Tuesday", "DATE", "2017-10-17")),
        make_doc("3", "Islamic State seized Raqqa in 2014.", "2015-01-01", ("2014", "DATE", "2014")),
    ]
    events, _ = find_events(docs)
    ev = _campaign(events, "Raqqa")
    # "captured Raqqa on Tuesday after a four-month battle": the battle ends that day (the "four-month
    # battle" is the campaign too, and the capture comes after its end: no later than the day's start)
    assert ev.interval.end[0] == dt.datetime(2017, 10, 17)
    assert ev.interval.end[1] in (dt.datetime(2017, 10, 17), dt.datetime(2017, 10, 18))
    assert ("2", "ends") in {(lk.doc, lk.relation) for lk in ev.links}
    assert "3" not in {lk.doc for lk in ev.links}  # a capture before the battle began does not end it


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # whatever each article calls it, one name: a battle if any calls it one
        (["The assault on Raqqa slowed.", "The Raqqa operation entered the Old City.", "The battle for Raqqa raged."],
         "Battle of Raqqa"),
        # else "X offensive" for assaults, operations, campaigns and pushes alike
        (["The assault on Raqqa slowed.", "The Raqqa operation entered the Old City.", "The Raqqa campaign dragged."],
         "Raqqa offensive"),
        (["The siege of Raqqa tightened.", "The Raqqa assault stalled."], "Siege of Raqqa"),
        (["The Kherson counteroffensive went on.", "The offensive to retake Kherson slowed."],
         "Kherson counteroffensive"),
    ],
)
def test_campaign_labels_are_consistent(make_doc: DocBuilder, texts: list[str], label: str) -> None:
    docs = [make_doc(str(k), t, "2017-07-01") for k, t in enumerate(texts)]
    events, _ = find_events(docs)
    [ev] = [e for e in events if e.type == "campaign"]
    assert ev.label == label


def test_campaign_name_from_the_alias_table(make_doc: DocBuilder, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "names.yaml"
    extra.write_text("places:\n  - {name: Raqqa, kind: city, campaign: Operation Euphrates Storm}\n", encoding="utf-8")
    monkeypatch.setenv("TIMELINE_ALIASES", str(extra))
    events, _ = find_events([make_doc("1", "The battle for Raqqa raged on.", "2017-07-01"),
                             make_doc("2", "The Raqqa offensive slowed.", "2017-07-02")])
    [ev] = [e for e in events if e.type == "campaign"]
    assert ev.label == "Operation Euphrates Storm"


@pytest.mark.parametrize(
    "capture",
    [
        "Government forces captured the Old City of Aleppo on Wednesday (December 7).",
        "Government forces seized eastern Aleppo on Wednesday (December 7).",
        "Government forces took the last districts of Aleppo on Wednesday (December 7).",
    ],
)
def test_capture_of_a_part_does_not_end_the_campaign(make_doc: DocBuilder, capture: str) -> None:
    docs = [
        make_doc("1", "The battle for Aleppo began on November 15.", "2016-11-16",
                 ("November 15", "DATE", "2016-11-15")),
        make_doc("2", capture, "2016-12-08", ("Wednesday (December 7)", "DATE", "2016-12-07")),
    ]
    events, _ = find_events(docs)
    ev = _campaign(events, "Aleppo")
    assert ev.interval.end[1] is None and "2" not in {lk.doc for lk in ev.links}


def test_declaration_after_the_capture_does_not_end_the_campaign(make_doc: DocBuilder) -> None:
    docs = [
        make_doc("1", "Fighters launched the battle for Raqqa on Tuesday.", "2017-06-06",
                 ("Tuesday", "DATE", "2017-06-06")),
        make_doc("2", "The SDF captured Raqqa on Tuesday.", "2017-10-17", ("Tuesday", "DATE", "2017-10-17")),
        make_doc("3", "The SDF declared Raqqa liberated on Friday.", "2017-10-20", ("Friday", "DATE", "2017-10-20")),
    ]
    events, findings = find_events(docs)
    ev = _campaign(events, "Raqqa")
    assert ev.interval.end == (dt.datetime(2017, 10, 17), dt.datetime(2017, 10, 18))
    assert not [f for f in findings if f.code == "event-dates-disagree"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The siege of Marawi began on May 23.", "Marawi"),
        ("The battle for Bakhmut raged through the winter.", "Bakhmut"),
        ("The offensive on Avdiivka stalled in the mud.", "Avdiivka"),
    ],
)
def test_a_campaign_of_a_place_the_gazetteer_does_not_know(make_doc: DocBuilder, text: str, place: str) -> None:
    events, _ = find_events([make_doc("1", text, "2017-06-01")])
    assert _campaign(events, place).type == "campaign"


@pytest.mark.parametrize("text", ["The battle for Assad's survival goes on.", "The fight for Iraqi territory goes on.",
                                  "The battle for Tuesday's vote was fierce."])
def test_not_a_campaign_place(make_doc: DocBuilder, text: str) -> None:
    events, _ = find_events([make_doc("1", text, "2017-06-01")])
    assert not [e for e in events if e.type == "campaign"]


LAUNCH_KH = "Ukrainian forces launched a counteroffensive in the south on Monday (August 29)."


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Five weeks into the counteroffensive, the front is moving fast.", "Five weeks into the counteroffensive"),
        ("The front moved fast, five weeks into the counteroffensive.", "five weeks into the counteroffensive"),
        ("Now five weeks into the counteroffensive, commanders speak of a breakthrough.",
         "five weeks into the counteroffensive"),
    ],
)
def test_into_the_corpus_only_counteroffensive(make_doc: DocBuilder, text: str, surface: str) -> None:
    launch = "Ukrainian forces launched a counteroffensive in the south in August."
    docs = [make_doc("1", launch, "2022-09-02", ("August", "DATE", "2022-08")),
            make_doc("2", text, "2022-10-04", (surface, "DURATION", "P5W", None,
                                               {"event_ref": "the counteroffensive", "event_relation": "into"}))]
    events, _ = find_events(docs)
    [ev] = [e for e in events if e.type == "offensive"]
    assert ("2", surface) in {(x.doc, x.text) for x in ev.evidence}
    # August, and five weeks (give or take three days) before 4 October
    assert ev.interval.start == (dt.datetime(2022, 8, 27), dt.datetime(2022, 8, 31))


def test_into_one_of_two_counteroffensives_stays_loose(make_doc: DocBuilder) -> None:
    other = "Ukrainian forces launched a counteroffensive near Kharkiv on Tuesday (September 6)."
    docs = [make_doc("1", LAUNCH_KH, "2022-08-30", ("Monday (August 29)", "DATE", "2022-08-29")),
            make_doc("3", other, "2022-09-07", ("Tuesday (September 6)", "DATE", "2022-09-06")),
            make_doc("2", "Five weeks into the counteroffensive, the front is moving fast.", "2022-10-04",
                     ("Five weeks into the counteroffensive", "DURATION", "P5W", None,
                      {"event_ref": "the counteroffensive", "event_relation": "into"}))]
    events, _ = find_events(docs)
    assert not any("2" in e.docs for e in events)


def test_the_capture_of_a_part_does_not_end_the_campaign(make_doc: DocBuilder) -> None:
    docs = [
        make_doc("1", "Fighters launched the battle for Raqqa on Tuesday.", "2017-06-06",
                 ("Tuesday", "DATE", "2017-06-06")),
        make_doc("2", "The SDF captured the Old City of Raqqa on Friday (September 1) and took full control of "
                      "Raqqa on Tuesday (October 17).", "2017-10-18",
                 ("Friday (September 1)", "DATE", "2017-09-01"), ("Tuesday (October 17)", "DATE", "2017-10-17")),
    ]
    events, _ = find_events(docs)
    ev = _campaign(events, "Raqqa")
    assert ev.interval.end[0] is None or ev.interval.end[0] >= dt.datetime(2017, 10, 17)


def test_a_capture_that_did_not_end_the_battle_is_no_error() -> None:
    # "declared the town liberated" on the 8th, yet "three weeks into the battle" on the 22nd the
    # fighting went on: the capture ending the battle was the engine's conclusion, so it gives way
    docs = [
        Document(id="h1", published=dt.datetime(2016, 3, 2),
                 text="Iraqi troops launched the battle for Hit on Tuesday, officers said."),
        Document(id="h2", published=dt.datetime(2016, 3, 9),
                 text="Iraqi troops captured Hit on Tuesday (March 8) and raised the flag over the council."),
        Document(id="h3", published=dt.datetime(2016, 3, 22),
                 text="Three weeks into the battle for Hit, Iraqi troops still fought snipers in the town."),
    ]
    tl = timeline.build(docs)
    assert not [f for f in tl.findings if f.severity == "error"], tl.findings
    [battle] = [e for e in tl.events if e.type == "campaign"]
    assert battle.interval.start[0] is not None and battle.interval.start[0].date() == dt.date(2016, 3, 1)
    assert not [f for f in tl.findings if f.severity == "warning"], tl.findings
    assert [f.code for f in tl.findings] == ["inference-dropped"]
