"""An act dated by an offset from another time of its sentence ("<gap> after|before <clause>"), on sentences
of our own: counted from the main clause's date, from the article's day when the main clause tells the
present, and "<gap> later|earlier" after a sentence that dates its act.  The dated act is always the verb
of the after/before clause, never the main clause's; the gap keeps its honest bounds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import timeline
from timeline._events._aliases import load_table
from timeline._events._dating import relative_bounds
from timeline._events._gaps import gap_days
from timeline._events._mentions import find_mentions
from timeline._events._offsets import Offset, offset_of, told_now
from timeline._events._relations import relate_document
from timeline._events._relstart import OWN_COUNT, RelativeStart, own_count, relative_start
from timeline.model import Document, Event

D = dt.datetime


def _doc(published: str, text: str) -> Document:
    return timeline.extract([Document(id="t", text=text, published=dt.datetime.fromisoformat(published))])[0]


def _offset(published: str, text: str) -> tuple[str, Offset] | None:
    """The one after/before gap of the text, read as an offset: (the word of the act it dates, the offset)."""
    d = _doc(published, text)
    dm = find_mentions(d.id, d.text, load_table(), None)
    got = []
    for e in d.expressions:
        sent = dm.sentence_at(e.start)
        off = offset_of(dm, e, d.anchor.value, sent, d.expressions) if sent is not None else None
        if off is not None:
            got.append(off)
    assert len(got) <= 1
    if not got:
        return None
    off = got[0]
    return (dm.mentions[off.mention].word if off.mention is not None else "", off)


def _start(off: Offset) -> tuple[D | None, D | None]:
    b = relative_bounds(RelativeStart(0, off.mention, off.phrase, off.kind, *off.as_count()))
    assert b is not None
    return b[0], b[1]


def _events(published: str, text: str) -> list[Event]:
    return list(timeline.build([Document(id="t", text=text, published=dt.datetime.fromisoformat(published))]).events)


def _dated(events: list[Event], word: str) -> tuple[D | None, D | None]:
    [ev] = [e for e in events if word in e.label.lower() or any(word in x.text.lower() for x in e.evidence)]
    return ev.interval.start


# --- the main clause's own date ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("published", "text", "word", "kind", "start"),
    [
        ("2013-05-24", "Rebel fighters shelled the airport on Thursday, two days after government troops recaptured "
                       "the town of Kidal.", "recaptured", "ago", (D(2013, 5, 21), D(2013, 5, 21))),
        ("2019-10-14", "Syrian troops moved north on Monday, a day after the Kurdish-led authorities struck a deal "
                       "with Damascus.", "struck", "ago", (D(2019, 10, 13), D(2019, 10, 13))),
        # "hours after": the same day, or the day before (overnight)
        ("2021-02-01", "Thousands marched through the capital on Monday, hours after the junta arrested the prime "
                       "minister.", "arrested", "ago", (D(2021, 1, 31), D(2021, 2, 1))),
        # "nearly two weeks": one to two weeks
        ("2016-06-28", "Markets reopened in the town on Monday, nearly two weeks after the militia captured it.",
         "captured", "ago", (D(2016, 6, 13), D(2016, 6, 20))),
        ("2015-05-12", "Hundreds of refugees crossed into Chad on 8 May, four days after militiamen attacked their "
                       "village.", "attacked", "ago", (D(2015, 5, 4), D(2015, 5, 4))),
        # fronted, the main clause's date after it
        ("2012-11-23", "Three days after the rebels seized Goma, UN peacekeepers opened fire on their positions on "
                       "Thursday.", "seized", "ago", (D(2012, 11, 19), D(2012, 11, 19))),
        # "before": the other act came after the main clause's day
        ("2015-03-20", "Residents fled the town on Monday, two days before militants stormed it.", "stormed", "ago",
         (D(2015, 3, 18), D(2015, 3, 18))),
        # an act that opens a campaign: its age ("three weeks" is 18 to 24 days)
        ("2020-11-26", "Three weeks after the conflict erupted, the UN Security Council met for the first time on "
                       "Tuesday.", "conflict", "into", (D(2020, 10, 31), D(2020, 11, 6))),
    ],
)
def test_counted_from_the_main_clauses_date(published: str, text: str, word: str, kind: str,
                                            start: tuple[D, D]) -> None:
    got = _offset(published, text)
    assert got is not None
    assert got[0] == word and got[1].kind == kind
    assert _start(got[1]) == start


# --- the article's day: the main clause tells the present --------------------------------------------------------
@pytest.mark.parametrize(
    ("published", "text", "word", "kind", "start"),
    [
        ("2012-11-30", "Ten days after the rebels captured Goma, the city remains without power.", "captured", "ago",
         (D(2012, 11, 20), D(2012, 11, 20))),
        ("2015-05-25", "The airport is still closed, a week after militants stormed it.", "stormed", "ago",
         (D(2015, 5, 15), D(2015, 5, 21))),
        ("2018-06-20", "Two days after the coalition seized the port, food prices have started to fall.", "seized",
         "ago", (D(2018, 6, 18), D(2018, 6, 18))),
        ("2017-08-10", "Hundreds of families have fled the district, four days after the jihadists overran the "
                       "garrison.", "overran", "ago", (D(2017, 8, 6), D(2017, 8, 6))),
        ("2021-02-04", "Schools remain shut across the country, three days after the generals detained the president.",
         "detained", "ago", (D(2021, 2, 1), D(2021, 2, 1))),
        # a state at the time of writing in the past progressive: that day or the day before
        ("2014-06-09", "Militiamen were patrolling the streets of the town, six days after they drove out the army.",
         "drove", "ago", (D(2014, 6, 2), D(2014, 6, 3))),
        ("2019-10-18", "Nine days after Turkish jets first struck the border towns, the Kurds have lost two of them.",
         "struck", "ago", (D(2019, 10, 9), D(2019, 10, 9))),
        # the age of a campaign: "more than three weeks" is three to four
        ("2019-11-01", "More than three weeks after Ankara launched its incursion, fighting has largely died down.",
         "incursion", "into", (D(2019, 10, 4), D(2019, 10, 11))),
        ("2016-12-17", "Two months after the army launched its offensive on the city, the front line has barely moved.",
         "offensive", "into", (D(2016, 10, 2), D(2016, 11, 2))),
        # no act in the other clause, but it opens the campaign of the article: the campaign's age
        # "comes": the news it relates, of the article's day or the day before
        ("2020-11-29", "The fall of the city comes 24 days after the federal army went into action.", "", "into",
         (D(2020, 11, 4), D(2020, 11, 5))),
        # the state an act left
        ("2021-08-13", "Two more cities fell to the militants, leaving them in control of much of the country little "
                       "more than three months after they began their offensive.", "offensive", "into",
         (D(2021, 4, 12), D(2021, 5, 14))),
    ],
)
def test_counted_from_the_articles_day(published: str, text: str, word: str, kind: str, start: tuple[D, D]) -> None:
    got = _offset(published, text)
    assert got is not None
    assert (got[0] == word or not word) and got[1].kind == kind  # ("": no act, or the campaign's opening itself)
    assert _start(got[1]) == start


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # a plan: nothing done to place
        ("2019-10-10", "Troops will deploy in the town on Tuesday, two days after the vote, which is due on Sunday."),
        # no act in the other clause
        ("2019-10-10", "Three years after the war, the town is rebuilt."),
        # a negated act
        ("2019-10-10", "A week after the army did not enter the town, the rebels are still there."),
        # "before" the present: a future act
        ("2019-10-10", "The town is calm, two days before the election."),
        # a past main clause with no date of its own: no day to count from
        ("2019-10-10", "Rebels shelled the airport, two days after government troops recaptured the town."),
        # "after two years of air strikes": how long, not a gap (no DURATION with an after-relation)
        ("2019-10-10", "After two years of air strikes, the town is in ruins."),
        # the other clause has its own date, past an abbreviation's period
        ("2017-11-04", "The army declared on Friday that it held the city, two months after its troops reached the "
                       "garrison on Sept. 5."),
        ("2021-03-02", "Rebels said on Monday they held the pass, a month after Gen. Okafor withdrew on Jan. 30."),
    ],
)
def test_no_offset(published: str, text: str) -> None:
    assert _offset(published, text) is None


def test_told_now() -> None:
    assert told_now("fighting has largely died down")
    assert told_now("The capture of the city comes ")
    assert told_now("The airport is still closed")
    assert not told_now("Rebels shelled the airport")
    assert not told_now("the rebels have said they will attack")
    assert not told_now("Troops were sent and are now")
    assert not told_now("police said the situation is calm")  # the saying's time, undated
    assert told_now("the rebels have held the town and now control the road")


def test_gap_days_hours_and_bounds() -> None:
    assert gap_days("hours") == (0.0, 1.0)
    assert gap_days("nearly four years") == (1095.75, 1461.0)
    assert gap_days("more than three weeks") == (21.0, 28.0)


# --- end to end: campaign ages and "a day later" ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("published", "text", "word", "start"),
    [
        ("2016-12-17", "Two months after the army launched its offensive on the city, the front line has barely moved.",
         "offensive", (D(2016, 10, 2), D(2016, 11, 2))),
        ("2016-11-02", "Six weeks after the rebels began their offensive, they now control half the province.",
         "offensive", (D(2016, 9, 18), D(2016, 9, 24))),
        ("2017-03-01", "Five weeks after the army launched its assault on the city, government forces are now in the "
                       "old town.", "assault", (D(2017, 1, 22), D(2017, 1, 28))),
        ("2019-11-01", "More than three weeks after Ankara launched its incursion, fighting has largely died down.",
         "incursion", (D(2019, 10, 4), D(2019, 10, 11))),
        # "a day later", "two days earlier": from the dated act before
        ("2013-05-20", "Rebels captured the airport on 3 May. A week later, they captured the refinery.", "refinery",
         (D(2013, 5, 7), D(2013, 5, 13))),
        ("2016-03-30", "The army retook the village on Sunday. Three days earlier, militants had attacked its school.",
         "attacked", (D(2016, 3, 24), D(2016, 3, 24))),
        ("2022-08-16", "Rebels seized the port on 12 August. Two days later, government jets bombed the port.",
         "bombed", (D(2022, 8, 14), D(2022, 8, 14))),
        ("2013-01-14", "Islamists seized the town of Konna on Thursday, and French jets struck their positions a day "
                       "later.", "struck", (D(2013, 1, 11), D(2013, 1, 11))),
        ("2014-06-11", "Gunmen attacked a police post on Tuesday. Two days later, the army shelled their hideouts in "
                       "the hills.", "shelled", (D(2014, 6, 12), D(2014, 6, 12))),
        ("2014-06-11", "On Tuesday, gunmen attacked a police post. Two days later, the army shelled their hideouts in "
                       "the hills, officials said.", "shelled", (D(2014, 6, 12), D(2014, 6, 12))),
        ("2020-11-12", "Civilians were killed in the town of Mai Kadra on Monday night, the UN said on Thursday. "
                       "Federal troops entered Mai Kadra a day later.", "entered", (D(2020, 11, 10), D(2020, 11, 11))),
        # the main clause's act dated, the other act through the relation
        ("2013-05-24", "Rebel fighters shelled the airport on Thursday, two days after government troops recaptured "
                       "the town of Kidal.", "recaptured", (D(2013, 5, 21), D(2013, 5, 21))),
    ],
)
def test_end_to_end(published: str, text: str, word: str, start: tuple[D, D]) -> None:
    assert _dated(_events(published, text), word) == start


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town. A day later, they shelled the airport.",  # nothing dated to count from
        "Three years after the war, the town is rebuilt.",
        "The town is calm, two days before the election.",
    ],
)
def test_end_to_end_nothing_dated(text: str) -> None:
    assert all(e.interval.start == (None, None) for e in _events("2019-10-10", text))


def test_sequel_relation_and_a_report_date() -> None:
    """The date right after "said" is the report's: the killings, not the report, are counted from."""
    d = _doc("2020-11-12", "Civilians were killed in the town of Mai Kadra on Monday night, the UN said on "
                           "Thursday. Federal troops entered Mai Kadra a day later.")
    dm = find_mentions(d.id, d.text, load_table(), None)
    [r] = relate_document(dm, d.expressions)
    assert (dm.mentions[r.dependent].word, dm.mentions[r.other].word, r.relation) == ("entered", "killed", "after")
    assert (r.lo, r.hi) == (1.0, 1.0)
    assert d.text[r.start : r.end].startswith("killed") and "Monday night" in d.text[r.start : r.end]


def test_present_gap_is_an_age_not_a_relation() -> None:
    """"More than three weeks after Ankara launched its incursion, fighting has died down": the gap counts the
    incursion's age at the time of writing; it is no relation between the fighting and the incursion."""
    d = _doc("2019-11-01", "More than three weeks after Ankara launched its incursion, fighting has largely died down.")
    dm = find_mentions(d.id, d.text, load_table(), None)
    assert relate_document(dm, d.expressions) == []


def test_ago_needs_the_documents_expressions() -> None:
    """Without the document's expressions a caller would send an ``ago`` phrase to the article's campaign: none."""
    d = _doc("2012-11-30", "Ten days after the rebels captured Goma, the city remains without power.")
    dm = find_mentions(d.id, d.text, load_table(), None)
    [i] = [k for k, e in enumerate(d.expressions) if e.event_relation == "after"]
    e = d.expressions[i]
    sent = dm.sentence_at(e.start)
    assert relative_start(dm, i, e, d.anchor.value, sent) is None
    r = relative_start(dm, i, e, d.anchor.value, sent, d.expressions)
    assert r is not None and r.kind == "ago" and r.kind in OWN_COUNT
    assert relative_bounds(r) == (D(2012, 11, 20), D(2012, 11, 20), None, None)


class _Cl:
    def __init__(self) -> None:
        self.relative: list[tuple[int, RelativeStart]] = []


def test_own_count_puts_ago_on_its_act() -> None:
    cl = _Cl()
    ago = RelativeStart(0, 3, "the rebels captured Goma", "ago", D(2012, 11, 30), 10.0, 10.0)
    into = RelativeStart(0, 3, "the war", "into", D(2012, 11, 30), 10.0, 10.0)
    of: dict[int, Any] = {3: cl}
    assert own_count(1, ago, of) and cl.relative == [(1, ago)]
    assert not own_count(1, into, of)
    assert own_count(1, RelativeStart(0, 4, "x", "ago", D(2012, 11, 30), 1.0, 1.0), of)  # no cluster: dropped
