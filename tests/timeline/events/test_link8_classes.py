"""Linking, session 8, on sentences of our own: possessive dates under a preposition, gaps told from a dated
main clause, durations of a clause with no event, reported starts, and event-relative gaps of years.

Each class is told several ways (verbs, nouns, word order, tense, campaigns), with negatives that must not
change.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DocBuilder, links_in

from timeline._events import find_events
from timeline._events._aliases import load_table
from timeline._events._mentions import find_mentions
from timeline._events._relations import relate_document
from timeline.model import Event

D = dt.datetime


def _one(events: list[Event], type_: str) -> Event:
    """The one event of that type (or whose label holds ``type_``)."""
    found = [e for e in events if e.type == type_ or type_ in e.label.lower()]
    assert len(found) == 1, [(e.type, e.label) for e in events]
    return found[0]


# -- 1. a possessive date dates its own noun, whatever preposition governs it -------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        ("Crowds gathered in the main square after yesterday's capture of the airport.", "yesterday",
         ("capture", "on")),
        ("The hostages were freed a day after Friday's raid by commandos on the compound.", "Friday",
         ("raid", "on")),
        ("Aid convoys were halted following Sunday's bombing of the market.", "Sunday", ("bombing", "on")),
        ("Prices soared before Monday's vote on the budget.", "Monday", ("vote", "on")),
        ("Talks went ahead despite last week's shelling of the port.", "last week", ("shelling", "within")),
        ("Thousands have fled since Tuesday's assault on the town.", "Tuesday", ("assault", "begins")),
        ("Thousands have fled since last week's assault on the town.", "last week", ("assault", "begins")),
        ("Crowds gathered after last week's capture of the airport.", "last week", ("capture", "within")),
        # an aspect noun between them: the time dates that end of the event it governs
        ("Rebels have lost ground since Saturday's launch of the offensive.", "Saturday", ("offensive", "begins")),
        ("Shelling resumed after Thursday's collapse of the truce.", "Thursday", ("truce", "ends")),
    ],
)
def test_a_possessive_date_under_a_preposition_dates_its_noun(text: str, expr: str, want: tuple[str, str]) -> None:
    value = {"last week": "2020-W09"}.get(expr, "2020-03-05")
    links = links_in(text, "2020-03-06", (expr, "DATE", value))
    assert (expr, *want) in links, links


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # not a possessive: the preposition still relates the date to the event
        ("The army resumed its shelling of the port after Friday.", ("Friday", "shelling", "after")),
        ("The rebels must leave the town before Monday.", ("Monday", "leave", "before")),
        ("Rebels shelled the port of Hodeidah after Friday.", ("Friday", "shelled", "after")),
    ],
)
def test_a_bare_date_after_a_preposition_keeps_its_relation(text: str, want: tuple[str, str, str]) -> None:
    links = links_in(text, "2020-03-04", (want[0], "DATE", "2020-03-06"))
    assert want in links, links


def test_freed_a_day_after_a_possessive_assault(make_doc: DocBuilder) -> None:
    doc = make_doc("h", "The hostages were freed a day after Friday's raid by army commandos on the rebel compound "
                        "in Idlib.", "2020-03-09", ("Friday", "DATE", "2020-03-06"), ("a day", "DURATION", "P1D"))
    events, _ = find_events([doc])
    release = _one(events, "release")
    assert release.interval.start == (D(2020, 3, 7), D(2020, 3, 7))


# -- 2. "N after X" told from a dated main clause ---------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "type_", "start"),
    [
        ("Turkey said on Thursday (March 5) it was suspending its air patrols over Syria, a day after Syrian "
         "government forces shot down a Turkish drone near Idlib.", "shoot down", (D(2020, 3, 4), D(2020, 3, 4))),
        ("The rebels withdrew from Saraqeb on Thursday (March 5), two days after government troops stormed the "
         "town.", "attack", (D(2020, 3, 3), D(2020, 3, 3))),
        ("Rebels shelled the port of Hodeidah on Thursday (March 5), killing three civilians, two days after "
         "Saudi-led coalition forces captured the airport of Hodeidah.", "capture", (D(2020, 3, 3), D(2020, 3, 3))),
        ("The army announced on Thursday (March 5) a major offensive in Idlib, hours after rebels attacked an "
         "army checkpoint in Idlib.", "attack", (D(2020, 3, 4), D(2020, 3, 5))),
        ("Kurdish forces entered Manbij on Thursday (March 5), a week after Turkish troops seized Jarablus.",
         "capture", (D(2020, 2, 24), D(2020, 3, 1))),
    ],
)
def test_a_gap_from_a_dated_main_clause_dates_the_earlier_event(make_doc: DocBuilder, text: str, type_: str,
                                                                  start: tuple[D, D]) -> None:
    doc = make_doc("g", text, "2020-03-06", ("Thursday (March 5)", "DATE", "2020-03-05"))
    events, _ = find_events([doc])
    assert _one(events, type_).interval.start == start


def test_the_reports_date_is_not_the_earlier_events(make_doc: DocBuilder) -> None:
    text = ("Russia said on Monday (June 19) it was suspending its hotline with the US military, a day after an "
            "American F/A-18 shot down a Syrian warplane south of Raqqa.")
    links = links_in(text, "2017-06-20", ("Monday (June 19)", "DATE", "2017-06-19"), ("a day", "DURATION", "P1D"))
    assert ("Monday (June 19)", "suspending", "begins") in links
    assert not [ln for ln in links if ln[1] == "shot"], links
    doc = make_doc("r", text, "2017-06-20", ("Monday (June 19)", "DATE", "2017-06-19"), ("a day", "DURATION", "P1D"))
    events, _ = find_events([doc])
    assert _one(events, "shoot down").interval.start == (D(2017, 6, 18), D(2017, 6, 18))


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        # an order: the event came after it (no upper bound from the gap)
        ("The intervention was ordered hours after rebels seized Konna on Thursday.", (0.0, None)),
        ("The offensive was approved two days after militants attacked the base.", (2.0, None)),
        # a report: the event came before it (no lower bound from the gap)
        ("The capture of the town was announced a day after the assault began.", (None, 1.0)),
        # neither: the gap holds of the event itself
        ("The town was captured a day after the assault began.", (1.0, 1.0)),
    ],
)
def test_a_gap_told_of_an_order_or_a_report(text: str, bounds: tuple[float | None, float | None]) -> None:
    dm = find_mentions("o", text, load_table())
    rels = relate_document(dm)
    assert [(r.lo, r.hi) for r in rels] == [bounds], [(dm.mentions[r.dependent].word, r) for r in rels]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        # "for days before": how long the shelling went on, not a gap of days
        ("The army shelled the town of Saraqeb for days before the assault on Thursday (March 5).", "attack"),
        # "day after day": no gap
        ("Rebels shelled Saraqeb day after day until Thursday (March 5).", "attack"),
    ],
)
def test_no_bare_gap(make_doc: DocBuilder, text: str, type_: str) -> None:
    doc = make_doc("n", text, "2020-03-06", ("Thursday (March 5)", "DATE", "2020-03-05"))
    events, _ = find_events([doc])
    assert all(r.lo_days in (None, 0.0) for e in events for r in e.relations)


# -- 3. a duration is its own clause's -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("The army launched an assault on Raqqa, the city the militants have ruled for three years.", "three years"),
        ("Troops stormed Marawi, a city the gunmen had controlled for two months.", "two months"),
        ("Seven aid workers held for more than a week by the militia flew home on Sunday.", "more than a week"),
        ("The offensive aims at the valley, which the tribes have farmed for centuries.", "centuries"),
        ("Residents sheltered for ten days in cellars before the capture of the town.", "ten days"),
        ("The assault on the port began, though the navy had guarded it for a decade.", "a decade"),
        ("The assault on the town the army had held for two years began at dawn.", "two years"),
        ("Rebels captured the town the army had held for two years.", "two years"),
    ],
)
def test_a_duration_of_a_clause_with_no_event_dates_nothing(text: str, expr: str) -> None:
    links = links_in(text, "2020-03-06", (expr, "DURATION", "PXY"))
    assert not [ln for ln in links if ln[0] == expr], links


@pytest.mark.parametrize(
    ("text", "expr", "word"),
    [
        ("Fighting has raged for three days in the north.", "three days", "Fighting"),
        ("The siege of the town has lasted for five months.", "five months", "siege"),
        ("Government troops have pressed the offensive on Qusayr for seven days.", "seven days", "offensive"),
        ("Rebels have besieged the town for two months.", "two months", "besieged"),
        # the event is the subject of the verb the duration closes
        ("The Turkish offensive has battered the enclave for the past 32 days.", "the past 32 days", "offensive"),
        ("The siege of the old city has starved its people for five months.", "five months", "siege"),
    ],
)
def test_a_duration_of_an_event_or_of_its_lasting_stays(text: str, expr: str, word: str) -> None:
    links = links_in(text, "2020-03-06", (expr, "DURATION", "P3D"))
    assert [ln for ln in links if ln[0] == expr and ln[1] == word], links


def test_an_appositive_state_since_a_date_dates_nothing() -> None:
    links = links_in("Separatist fighters abandoned Sloviansk, their stronghold since April, on Saturday.",
                     "2014-07-06", ("April", "DATE", "2014-04"), ("Saturday", "DATE", "2014-07-05"))
    assert not [ln for ln in links if ln[0] == "April"], links
    assert ("Saturday", "abandoned", "on") in links


# -- 4. a dated report of a start ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The coalition said on Tuesday it had begun its long-awaited offensive on the city.",
         ("offensive", "includes")),
        ("Kurdish commanders told reporters on Tuesday that the battle for the town had started.",
         ("battle", "includes")),
        ("Rebels said on Tuesday they had launched an assault on the airport.", ("assault", "includes")),
        ("The army said on Tuesday it was launching a counteroffensive in the south.", ("counteroffensive", "begins")),
        ("The ministry announced on Tuesday a full-scale 'counter-terrorism operation' in the east.",
         ("operation", "begins")),
        ("The government announced on Tuesday a new campaign against the insurgents.", ("campaign", "begins")),
    ],
)
def test_a_dated_report_of_a_start_bounds_it(text: str, want: tuple[str, str]) -> None:
    links = links_in(text, "2017-06-07", ("Tuesday", "DATE", "2017-06-06"))
    assert ("Tuesday", *want) in links, links


@pytest.mark.parametrize(
    "text",
    [
        "The army said on Tuesday it would launch an offensive on the city next month.",
        "The ministry announced on Tuesday a planned offensive in the east.",
        "The army said on Tuesday it was not ready to begin the offensive.",
        "The government announced on Tuesday an offensive to begin after the elections.",
    ],
)
def test_a_report_of_a_start_to_come_does_not_date_it(text: str) -> None:
    links = links_in(text, "2017-06-07", ("Tuesday", "DATE", "2017-06-06"))
    assert not [ln for ln in links if ln[0] == "Tuesday" and ln[2] in {"begins", "includes", "on"}
                and ln[1] in {"offensive"}], links


def test_a_reported_start_joins_the_dated_launch(tmp_path: object, make_doc: DocBuilder) -> None:
    first = make_doc("a", "The SDF said on Tuesday it had begun its long-awaited offensive on Raqqa.", "2017-06-06",
                     ("Tuesday", "DATE", "2017-06-06"))
    events, _ = find_events([first])
    [ev] = [e for e in events if e.type in {"offensive", "campaign"}]
    assert ev.interval.start[1] == D(2017, 6, 6)  # begun by then (no earlier bound from the report alone)


# -- 5. an event-relative gap of years from a dated main clause --------------------------------------------

@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The army proclaimed the liberation of Idlib on Thursday (March 5), nearly four years after rebels "
         "seized Idlib.", (D(2016, 3, 5), D(2017, 3, 5))),
        ("Government troops entered Idlib on Thursday (March 5), more than two years after rebels captured Idlib.",
         (D(2017, 3, 5), D(2018, 3, 5))),
        ("Rebels pulled out of Idlib on Thursday (March 5), almost three years after they captured Idlib.",
         (D(2017, 3, 5), D(2018, 3, 5))),
    ],
)
def test_a_gap_of_years_bounds_the_earlier_event(make_doc: DocBuilder, text: str, start: tuple[D, D]) -> None:
    doc = make_doc("y", text, "2020-03-06", ("Thursday (March 5)", "DATE", "2020-03-05"))
    events, _ = find_events([doc])
    [old] = [e for e in events if e.type == "capture" and e.interval.start[1] is not None
             and e.interval.start[1] < D(2019, 1, 1)]
    lo, hi = old.interval.start
    # (a gap of years is counted in days of 365.25: the bounds may fall a few hours into a day)
    assert lo is not None and hi is not None and start[0] <= lo <= hi < start[1] + dt.timedelta(days=1)


# -- 6. a reported past perfect keeps only its upper bound -------------------------------------------------

def test_a_reported_past_perfect_is_before_the_report() -> None:
    links = links_in("US-backed forces said on Tuesday they had captured the last positions in the city.",
                     "2017-10-18", ("Tuesday", "DATE", "2017-10-17"))
    assert ("Tuesday", "captured", "before") in links
