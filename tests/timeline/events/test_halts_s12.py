"""Session 12 (halts), on sentences of our own:

* "<gap> after <actor> called a halt to / wound down / put an end to its <campaign>" dates the halt, an event of
  its own (never the campaign's start: a campaign begun weeks before and halted three days before a dated act
  is consistent, no disagreement);
* "announced/said <date> that it was ending <campaign>" is the halt of the report's day, and the two tellings
  (the announced end and the halt told by a gap) are one halt;
* a relation counted from a campaign noun a halting verb governs is counted from the campaign's end;
* "The announcement/decision came a day after <act>" dates the act from the day the announcement was told.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import build_corpus as _build
from conftest import error_codes as _errors

import timeline
from timeline._events._aliases import load_table
from timeline._events._halt_acts import add_halts, halt_name
from timeline._events._mentions import find_mentions
from timeline._events._relations import relate_document
from timeline.model import Document, Event, Timeline


def _events(tl: Timeline, word: str) -> list[Event]:
    return [e for e in tl.events if word in " ".join([e.label, *(x.text for x in e.evidence)]).lower()]


def _start(e: Event) -> tuple[str | None, str | None]:
    a, b = e.interval.start
    return (f"{a:%Y-%m-%d}" if a else None, f"{b:%Y-%m-%d}" if b else None)


@pytest.mark.parametrize(("published", "text", "word", "day"), [
    ("1999-06-14", "Serbian forces withdrew from Pristina on Sunday, four days after NATO called a halt to its bombing "
                   "campaign.", "halt", "1999-06-09"),
    ("2008-08-18", "Georgian troops returned to Gori on Sunday, four days after Moscow called a halt to its military "
                   "operation in Georgia.", "halt", "2008-08-13"),
    ("2021-05-25", "Militants fired rockets at Sderot on Monday, four days after Israel wound down its air campaign.",
     "wound down", "2021-05-20"),
    ("2022-04-02", "Russian troops pulled out of Hostomel on Saturday, five days after Moscow put an end to its assault "
                   "on Kyiv.", "end to", "2022-03-28"),
    ("2006-08-18", "Lebanese troops deployed south of the Litani on Thursday, three days after Israel put an end to its "
                   "air campaign in Lebanon.", "end to", "2006-08-14"),
    ("2015-04-24", "Rebels shelled the port of Aden on Friday, three days after the alliance called a halt to its "
                   "bombing campaign.", "halt", "2015-04-21"),
])
def test_a_gap_after_a_halt_dates_the_halt(tmp_path: Path, published: str, text: str, word: str, day: str) -> None:
    tl = _build(tmp_path, [("a", published, text)])
    assert any(_start(e) == (day, day) for e in _events(tl, word)), [(e.label, _start(e)) for e in tl.events]


def test_the_halt_does_not_move_the_campaigns_start_and_nothing_disagrees(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "2015-03-27", "The alliance began bombing rebel positions across the country early on Thursday in an "
                            "operation it named Iron Gale."),
        ("b", "2015-04-24", "The rebels shelled the port of Aden on Friday, three days after the alliance called a "
                            "halt to its Iron Gale air offensive. The bombing began on March 26."),
    ])
    assert "documents-disagree" not in _errors(tl)
    assert any(_start(e) == ("2015-04-21", "2015-04-21") for e in _events(tl, "halt"))
    assert not any(_start(e)[0] == "2015-04-21" for e in _events(tl, "bombing"))


def test_an_announced_end_and_a_halt_told_by_a_gap_are_one_halt(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "2017-03-15", "The Pentagon announced late on Monday that it was ending Operation Desert Lance, saying "
                            "the militants' depots had been destroyed."),
        ("b", "2017-03-17", "Militants ambushed a convoy near Tal Afar on Thursday, three days after Washington called "
                            "a halt to its Desert Lance air campaign."),
    ])
    both = [e for e in tl.events if set(e.docs) == {"a", "b"} and e.type == "suspension"]
    assert len(both) == 1 and _start(both[0]) == ("2017-03-13", "2017-03-13")


def test_two_halts_of_two_campaigns_stay_apart(tmp_path: Path) -> None:
    tl = _build(tmp_path, [
        ("a", "2017-03-15", "The Pentagon announced late on Monday that it was ending Operation Desert Lance."),
        ("b", "2017-03-17", "Militants ambushed a convoy near Tal Afar on Thursday, three days after Paris called a "
                            "halt to its Sahel Shield air campaign."),
    ])
    assert not [e for e in tl.events if set(e.docs) == {"a", "b"}]


@pytest.mark.parametrize("text", [
    "The delegates flew home on Friday, two days after the mediators called a halt to the talks.",
    "Rebels shelled Donetsk airport on Thursday, two days after the government refused to call a halt to its "
    "offensive.",
    "Rebels shelled the port on Thursday, two days after the president said he would not wind down the campaign.",
])
def test_no_halt_of_fighting_no_halt(tmp_path: Path, text: str) -> None:
    tl = _build(tmp_path, [("a", "2014-07-25", text)])
    assert not [e for e in tl.events if e.type == "suspension"], [(e.label, _start(e)) for e in tl.events]


def test_three_days_after_the_offensive_began_still_dates_its_start(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2016-06-20", "Ukrainian troops entered Vovchansk on Friday, three days after the "
                                               "offensive on Kharkiv began.")])
    assert any(_start(e) == ("2016-06-14", "2016-06-14") for e in _events(tl, "offensive"))


def _mentions(text: str) -> list[tuple[str, str, str | None, list[str]]]:
    d = timeline.extract([Document(id="t", text=text, published=dt.datetime(2020, 1, 1))])[0]
    dm = find_mentions(d.id, d.text, load_table(), None)
    add_halts(dm)
    add_halts(dm)  # twice: nothing more
    assert [m.index for m in dm.mentions] == list(range(len(dm.mentions)))
    assert [m.start for m in dm.mentions] == sorted(m.start for m in dm.mentions)
    return [(m.word, m.lemma, m.obj, m.actors) for m in dm.mentions if m.type == "suspension"]


def test_the_halt_mention_names_its_actor_and_what_it_halts() -> None:
    # the noun gate reads "a halt to its air campaign" as a halt already: one mention, the halt's actor Moscow's
    got = _mentions("Residents returned on Friday, three days after Moscow called a halt to its air campaign.")
    assert len(got) == 1 and got[0][2] == "air campaign" and got[0][3] == ["Russian armed forces"]
    got = _mentions("Residents returned on Friday, three days after Paris called a halt to its long Sahel air campaign.")
    assert got == [("called a halt to", "call halt to", "air campaign", ["Paris"])]
    got = _mentions("Saudi Arabia announced late on Tuesday that it was ending Operation Decisive Storm.")
    assert got and got[0][1] == "declare end to" and got[0][3] == ["Saudi Arabia"]


def test_the_campaign_name_a_halt_gives() -> None:
    for text, name in [("Riyadh called a halt to its Decisive Storm air offensive.", "Decisive Storm"),
                       ("The kingdom said it was ending Operation Restoring Calm.", "Restoring Calm"),
                       ("NATO called a halt to its air campaign.", None)]:
        d = timeline.extract([Document(id="t", text=text, published=dt.datetime(2020, 1, 1))])[0]
        dm = find_mentions(d.id, d.text, load_table(), None)
        add_halts(dm)
        halt = next(m for m in dm.mentions if m.type == "suspension")
        assert halt_name(dm, halt) == name


def test_a_relation_to_a_campaign_a_halting_verb_governs_counts_from_its_end() -> None:
    text = "Rebels seized the port of Sirte on Friday, three days after NATO ended its air campaign over Libya."
    d = timeline.extract([Document(id="t", text=text, published=dt.datetime(2011, 11, 4))])[0]
    dm = find_mentions(d.id, d.text, load_table(), None)
    rels = relate_document(dm, d.expressions)
    assert rels and all(r.point == "end" for r in rels if dm.mentions[r.other].nominal)


@pytest.mark.parametrize(("published", "text", "word", "day"), [
    ("2016-07-21", "The interior minister declared a curfew in the capital late on Wednesday, as police hunted the "
                   "plotters of last week's attack. The announcement came a day after the government dismissed 3,000 "
                   "police officers.", "dismiss", "2016-07-19"),
    ("2019-04-12", "The junta declared a state of emergency on Thursday, a week after last month's protests. The "
                   "decision came a day after soldiers arrested the former president.", "arrest", "2019-04-10"),
])
def test_a_decision_that_came_a_day_after_an_act_dates_it(tmp_path: Path, published: str, text: str, word: str,
                                                         day: str) -> None:
    tl = _build(tmp_path, [("a", published, text)])
    assert any(_start(e) == (day, day) for e in _events(tl, word)), [(e.label, _start(e)) for e in tl.events]


@pytest.mark.parametrize(("published", "text", "day"), [
    ("2009-01-20", "Israel called a halt to its offensive in Gaza on Sunday.", "2009-01-18"),
    ("2009-01-20", "On Sunday Israel called a halt to its offensive in Gaza.", "2009-01-18"),
    ("2015-04-24", "The Saudi-led coalition called an abrupt halt to its air campaign late on Tuesday, officials said.",
     "2015-04-21"),
    ("1999-06-12", "NATO put an end to its bombing campaign over Yugoslavia on Thursday.", "1999-06-10"),
    ("2017-12-13", "Russia wound down its air campaign in Syria on Monday, the defence ministry said.", "2017-12-11"),
])
def test_a_date_of_the_halting_clause_is_the_halts_not_the_campaigns(published: str, text: str, day: str) -> None:
    tl = timeline.build([Document(id="d", text=text, published=dt.datetime.fromisoformat(published))])
    halts = [e for e in tl.events if e.type == "suspension"]
    assert [_start(e) for e in halts] == [(day, day)]
    assert all(_start(e) != (day, day) for e in tl.events if e.type != "suspension")
