"""Event-relative and anchored-duration paraphrases: how a campaign's age is told on the wire.

Every sentence is our own.  The family corpora (``test_families``) check value, type, mod and
interval; here we check how each expression hangs on its event (``event_relation``,
``event_ref``, the ordinal), which is what the events and reasoning stages read, and, through
``timeline.build``, that the campaign's start comes out where the phrase puts it.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import timeline
from timeline import _extract, _resolve
from timeline.model import Anchor, Document, Expression

_ANCHOR = Anchor(value=dt.datetime(2016, 10, 29), source="cli")


def _find(text: str, match: str) -> Expression:
    found = _resolve.resolve(_extract.extract(text), _ANCHOR)
    hits = [e for e in found if e.text == match]
    assert hits, (match, [(e.text, e.rule) for e in found])
    return hits[0]


# (sentence, span, event_relation, event_ref, ordinal, mod, interval start or None)
CASES = [
    # new forms (rule evr_*)
    ("Troops took the bridge on the 10th day of the offensive.", "10th day", "day_of", "the offensive", 10, None, None),
    ("On day 12 of the siege, food ran out.", "day 12", "day_of", "the siege", 12, None, None),
    ("It was the 12th day of the offensive.", "12th day", "day_of", "the offensive", 12, None, None),
    ("Troops entered the town on the 12th day of fighting.", "12th day", "day_of", "fighting", 12, None, None),
    ("On the offensive's 12th day, troops reached the outskirts.", "12th day", "day_of", "the offensive", 12, None,
     None),
    ("In the Mosul offensive\u2019s second week, troops met.", "second week", "week_of", "the Mosul offensive", 2,
     None, None),
    ("Shells fell in the third week of the siege.", "third week", "week_of", "the siege", 3, None, None),
    ("Shelling continued for a 15th straight day.", "15th straight day", "day_of", None, 15, None, None),
    ("Shelling went on for the 15th consecutive day.", "15th consecutive day", "day_of", None, 15, None, None),
    ("Crowds gathered for a second day on Tuesday.", "second day", "day_of", None, 2, None, None),
    ("Fighting raged into a third straight week.", "third straight week", "week_of", None, 3, None, None),
    ("In the fortnight since the assault began, troops advanced.", "fortnight", "into", "the assault", None, None,
     "2016-10-15"),
    ("In the 12 days since the offensive was launched, 40 villages fell.", "12 days", "into", "the offensive", None,
     None, "2016-10-17"),
    ("In the almost two weeks since the offensive got under way, troops advanced.", "almost two weeks", "into",
     "the offensive", None, "APPROX", "2016-10-15"),
    ("It is more than three weeks since the start of the campaign.", "more than three weeks", "into",
     "the campaign", None, "MORE_THAN", "2016-10-01"),  # "more than": the earliest start is a week earlier
    ("The week-old operation has stalled.", "week-old", "age", "operation", None, None, "2016-10-22"),
    ("The offensive, now 12 days old, has slowed.", "12 days old", "age", "offensive", None, None, "2016-10-17"),
    ("The campaign is nearly a fortnight old.", "nearly a fortnight old", "age", "campaign", None, "APPROX",
     "2016-10-15"),
    ("The offensive on Mosul has raged for 12 days.", "12 days", "into", "offensive", None, None, "2016-10-17"),
    ("After 12 days of fighting, troops took the town.", "12 days", "into", "fighting", None, None, None),
    ("Nearly two weeks of heavy clashes have emptied the town.", "Nearly two weeks", "into", "heavy clashes", None,
     "APPROX", None),
    # forms that already worked (kept)
    ("The offensive, now in its third week, has slowed.", "third week", "week_of", "its", 3, None, None),
    ("The campaign is entering its fourth week.", "fourth week", "week_of", "its", 4, None, None),
    ("As the offensive enters its second month, troops pushed on.", "second month", "month_of", "its", 2, None, None),
    ("The 10-day-old offensive has stalled.", "10-day-old", "age", "offensive", None, None, "2016-10-19"),
    ("The almost two-week-old campaign stalled.", "almost two-week-old", "age", "campaign", None, "APPROX",
     "2016-10-15"),
    ("More than a month into the siege, food ran out.", "More than a month into the siege", "into", "the siege",
     None, "MORE_THAN", None),
    ("Nearly a fortnight into the offensive, troops took the bridge.", "Nearly a fortnight into the offensive",
     "into", "the offensive", None, "APPROX", None),
    ("The bridge fell 12 days after the offensive began.", "12 days", "after", "the offensive", None, None, None),
    ("The town fell three weeks after the start of the campaign.", "three weeks", "after",
     "the start of the campaign", None, None, None),
    ("They took ten villages since the start of the operation.", "since the start of the operation", "since",
     "the operation", None, None, None),
]


@pytest.mark.parametrize(("text", "span", "rel", "ref", "ordinal", "mod", "start"), CASES,
                         ids=[c[0][:45] for c in CASES])
def test_hangs_on_event(text: str, span: str, rel: str, ref: str | None, ordinal: int | None, mod: str | None,
                        start: str | None) -> None:
    e = _find(text, span)
    assert e.type == "DURATION"
    assert (e.event_relation, e.event_ref, e.mod) == (rel, ref, mod), (e.rule, e.event_relation, e.event_ref, e.mod)
    assert e.spec is not None and e.spec.fields.get("ordinal") == ordinal
    if start is None:
        assert e.interval is None or e.event_relation in ("age", "into")
    else:
        # an age / "N days since X began" is also an anchored duration: a calendar span ending at the anchor
        assert e.interval is not None and e.interval.start[0] is not None and e.interval.end[1] is not None
        assert (e.interval.start[0].date().isoformat(), e.interval.end[1].date().isoformat()) == (start, "2016-10-29")


@pytest.mark.parametrize(
    ("text", "span", "start"),
    [
        ("Troops advanced over the past fortnight.", "the past fortnight", "2016-10-15"),
        ("Troops advanced over the last fortnight.", "the last fortnight", "2016-10-15"),
        ("Troops advanced in the past 72 hours.", "the past 72 hours", "2016-10-26"),
        ("Troops advanced in the last three weeks.", "the last three weeks", "2016-10-08"),
        ("The last 13 days saw heavy fighting.", "The last 13 days", "2016-10-16"),
    ],
)
def test_anchored_duration_ends_at_anchor(text: str, span: str, start: str) -> None:
    e = _find(text, span)
    assert e.type == "DURATION" and e.event_relation is None and e.interval is not None
    assert e.interval.start[0] is not None and e.interval.end[1] is not None
    assert (e.interval.start[0].date().isoformat(), e.interval.end[1].date().isoformat()) == (start, "2016-10-29")


def test_vague_and_unhung() -> None:
    # "in recent weeks" is vague, not a count; "nearly a fortnight" alone is a bare duration
    e = _find("Troops advanced in recent weeks.", "recent weeks")
    assert (e.value, e.type) == ("PAST_REF", "DATE")
    e = _find("The talks lasted nearly a fortnight.", "nearly a fortnight")
    assert (e.value, e.mod, e.event_relation) == ("P2W", "APPROX", None)
    # a truce's length is a bare duration, not the age of an event
    e = _find("The 10-day ceasefire held.", "10-day")
    assert (e.value, e.event_relation, e.interval) == ("P10D", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "A 12-day-old baby was found in the rubble.",
        "The week-old baby survived the blast.",
        "He was 37 years old when he fled.",
        "A 3,000-strong force moved north on the town.",
        "Troops took 12 villages and 300 prisoners.",
        "He left on the third day of the month.",
        "In the first week of the siege, food ran out.",
        "By the third week of the siege, food had run out.",
        "Sales rose in the month's second week.",
        "It has lasted 12 days.",
        "It has been weeks since the war began.",
    ],
)
def test_not_event_relative(text: str) -> None:
    found = _extract.extract(text)
    assert [e for e in found if e.event_relation is not None] == [], [(e.text, e.rule) for e in found]


# ----- through the whole pipeline: the campaign's start window --------------------------------------
_RAQQA = [  # the offensive on Raqqa began on 6 June 2017 (our sentences)
    ("r1", "2017-06-18", "In the 12 days since the offensive on Raqqa began, US-backed fighters have taken "
                         "four districts of the city."),
    ("r2", "2017-06-19", "The offensive on Raqqa, now in its second week, has reached the old city walls, "
                         "commanders said."),
    ("r3", "2017-06-20", "US-backed fighters pressed into the old city on Tuesday as the almost two-week-old "
                         "offensive on Raqqa gathered pace."),
    ("r4", "2017-06-21", "After 15 days of fighting, US-backed fighters have taken six districts of Raqqa in "
                         "the offensive on the city."),
]


def _campaign_start(tmp_path: Path, docs: list[tuple[str, str, str]], word: str = "offensive"
                    ) -> tuple[dt.date | None, dt.date | None]:
    p = tmp_path / "c.jsonl"
    p.write_text("".join(json.dumps({"id": i, "published": d, "text": t}) + "\n" for i, d, t in docs))
    tl = timeline.build(p)
    offensives = [ev for ev in tl.events if word in ev.label.lower()]
    assert len(offensives) == 1, [ev.label for ev in tl.events]
    iv = offensives[0].interval
    assert iv is not None
    lo, hi = iv.start
    return (lo.date() if lo else None, hi.date() if hi else None)


def test_campaign_start_from_several_paraphrases(tmp_path: Path) -> None:
    assert _campaign_start(tmp_path, _RAQQA) == (dt.date(2017, 6, 6), dt.date(2017, 6, 6))


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("In the 12 days since the offensive on Raqqa began, fighters have taken four districts.", 6, 6),
        ("The week-old offensive on Raqqa has taken four districts, commanders said.", 10, 12),
        ("The offensive on Raqqa, now 12 days old, has taken four districts, commanders said.", 6, 6),
        # a count of days of fighting: the first day may be day one (reasoning: N-1 to N days back)
        ("After 12 days of fighting, fighters have taken four districts of Raqqa in the offensive on the city.",
         6, 7),
        ("The offensive on Raqqa has raged for 12 days, commanders said.", 6, 7),
        ("Fighters took the old citadel on the 10th day of the offensive on Raqqa.", 9, 9),
        ("In the 12 days since the offensive to retake Raqqa began, fighters have taken four districts.", 6, 6),
        ("A week and a half into the offensive on Raqqa, fighters reached the old city walls.", 7, 8),
    ],
)
def test_campaign_start_from_one_form(tmp_path: Path, text: str, lo: int, hi: int) -> None:
    # published 2017-06-18: the start lies within [lo, hi] June (the phrase's rounding, nothing looser),
    # and is bounded on both sides
    got_lo, got_hi = _campaign_start(tmp_path, [("d", "2017-06-18", text)])
    assert got_lo is not None and got_hi is not None, (got_lo, got_hi)
    assert dt.date(2017, 6, lo) <= got_lo <= got_hi <= dt.date(2017, 6, hi), (got_lo, got_hi)


def test_named_operation(tmp_path: Path) -> None:
    # Operation Euphrates Shield began on 24 August 2016
    doc = ("d", "2016-09-07", "Two weeks into Operation Euphrates Shield, Turkish-backed rebels took the town of "
                              "al-Rai, officials said.")
    lo, hi = _campaign_start(tmp_path, [doc], word="euphrates shield")
    assert lo is not None and hi is not None and lo <= dt.date(2016, 8, 24) <= hi and (hi - lo).days <= 7


@pytest.mark.parametrize("text", [
    "Ministers met to review the war after more than two years of air strikes.",
    "After three years of war, the economy lay in ruins.",
    "Two weeks of shelling emptied the town.",
])
def test_years_of_air_strikes_or_war_do_not_date_the_battle(text: str) -> None:
    # an air campaign or a war is another, longer event than the battle the dispatch is about
    from timeline._pipeline import anchor_and_extract

    d, _ = anchor_and_extract(Document(id="w", text=text, published=dt.datetime(2016, 10, 25)), None)
    assert [e.event_relation for e in d.expressions if e.event_relation] == []
