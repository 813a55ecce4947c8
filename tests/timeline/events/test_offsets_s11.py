"""Session 11 (offsets), on sentences of our own:

* "<event noun subject> came <gap> after <clause>": a main clause with no date of its own counts from the day an
  earlier sentence gives its anaphoric subject ("The strikes came a day after ..."); coordinated acts of the
  clause all take the date ("entered X and pulled out of Y"); a noun subject whose verb the lexicon lacks is the
  act ("after a general strike had shut the country"); no guess when the subject is undated or told of two days;
* "<dated main clause>, <gap> after the <noun>": a one-off act told by its noun lies that far before the main
  clause's day (not a campaign or a state, which a gap counts from its end);
* "<age> into the <crisis noun>": the age of a coup, a strike, protests, a sit-in ... (the noun's start).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

import timeline
from timeline._events._aliases import load_table
from timeline._events._dating import relative_bounds
from timeline._events._mentions import find_mentions
from timeline._events._offsets import Offset, offset_of
from timeline._events._relstart import RelativeStart, own_count, relative_start
from timeline._events._subject_dates import subject_days
from timeline.model import Document

D = dt.datetime


def _doc(published: str, text: str) -> Document:
    return timeline.extract([Document(id="t", text=text, published=dt.datetime.fromisoformat(published))])[0]


def _offsets(published: str, text: str) -> list[tuple[str, Offset, list[str]]]:
    """Every after/before gap of the text read as an offset: (the act's word, the offset, the coordinated acts)."""
    d = _doc(published, text)
    dm = find_mentions(d.id, d.text, load_table(), None)
    out = []
    for e in d.expressions:
        sent = dm.sentence_at(e.start)
        off = offset_of(dm, e, d.anchor.value, sent, d.expressions) if sent is not None else None
        if off is not None:
            word = dm.mentions[off.mention].word if off.mention is not None else ""
            out.append((word, off, [dm.mentions[k].word for k in off.also]))
    return out


def _start(off: Offset) -> tuple[D | None, D | None]:
    b = relative_bounds(RelativeStart(0, off.mention, off.phrase, off.kind, *off.as_count()))
    assert b is not None
    return b[0], b[1]


# --- 1. the anaphoric subject's date -------------------------------------------------------------------------

ANAPHOR = [
    ("2023-10-12", "Israeli jets struck a crowded market in Jabalia on Tuesday, killing at least 50 people, the "
     "Gaza health ministry said. The strikes came two days after militants stormed an army post near the fence.",
     "stormed", D(2023, 10, 8)),
    ("2019-08-20", "Government forces withdrew from the town of Khan Sheikhoun on Friday, state media said. The "
     "withdrawal came a day after rebels seized the hills overlooking the road.", "seized", D(2019, 8, 15)),
    ("2019-06-05", "Soldiers opened fire on protesters in Khartoum on Monday, killing at least 30 people. The "
     "violence came a week after the generals suspended talks with the civilian opposition.", "suspended",
     D(2019, 5, 27)),
    ("2021-08-28", "A suicide bomber attacked the crowd outside the airport gates on Thursday, killing 13 American "
     "troops. The attack came four days after Taliban fighters captured the last border crossing.", "captured",
     D(2021, 8, 22)),
    ("2020-10-26", "Police fired tear gas and live rounds at marchers in Conakry on Saturday, killing four people. "
     "The bloodshed overshadowed the funeral of a student shot last week, and came three days after soldiers "
     "arrested the opposition leader.", "arrested", D(2020, 10, 21)),
    ("2018-04-16", "Police killed three demonstrators in Managua on Saturday. The killings came six days after a "
     "nationwide strike had paralysed the capital.", "nationwide strike", D(2018, 4, 8)),
    ("2015-05-20", "Islamic State fighters attacked the last army positions in Ramadi on Sunday. Officials said "
     "little else. The assault came three days after the militants seized the government compound.",
     "seized", D(2015, 5, 14)),
]


@pytest.mark.parametrize(("published", "text", "word", "day"), ANAPHOR)
def test_gap_counts_from_anaphoric_subject(published: str, text: str, word: str, day: D) -> None:
    [(got, off, _also)] = _offsets(published, text)
    assert got == word and off.by_subject
    lo, hi = _start(off)
    assert lo is not None and hi is not None and lo <= day <= hi and hi - lo <= dt.timedelta(days=7)


def test_report_day_of_a_past_perfect_antecedent() -> None:
    """"Russia said on Wednesday it had pulled out": the retreat that day or the day before."""
    [(got, off, _)] = _offsets("2022-11-10", "Russia said on Wednesday it had pulled its troops out of Kherson. "
                               "The retreat came two days after Ukrainian forces captured the village of Snihurivka.")
    assert got == "captured" and _start(off) == (D(2022, 11, 6), D(2022, 11, 7))


def test_coordinated_acts_take_the_date() -> None:
    [(got, off, also)] = _offsets("2013-02-12", "Rebel gunmen attacked a military convoy near Gao on Sunday. The "
                                  "attack came a day after the army shelled the rebels' camp and arrested two of "
                                  "their commanders.")
    assert got == "shelled" and also == ["arrested"] and _start(off) == (D(2013, 2, 9), D(2013, 2, 9))
    [(got, off, also)] = _offsets("2022-09-12", "Drones struck a fuel depot in the port on Sunday. The strikes came a "
                                  "day after rebels entered the old town and government troops pulled out of the "
                                  "airport.")
    assert got == "entered" and also == ["pulled"]


def test_coordination_stops_at_a_subordinate_clause() -> None:
    [(_got, off, also)] = _offsets("2013-02-12", "Rebel gunmen attacked a military convoy near Gao on Sunday. The "
                                   "attack came a day after the army shelled the rebels' camp, which it later "
                                   "seized.")
    assert also == [] and off.by_subject


@pytest.mark.parametrize(("published", "text"), [
    # the subject is dated nowhere
    ("2015-06-10", "Government and rebel envoys met in Geneva for the first time. The talks came a year after the "
     "war began."),
    # the subject's kind is told of two days
    ("2014-03-20", "Rebels shelled the airport on Monday and attacked a police post on Wednesday. The attacks came a "
     "week after the government rejected a truce."),
    # no earlier act of the subject's kind
    ("2014-03-20", "Envoys met in Vienna on Monday. The protests came a month after the election."),
    # the antecedent is too far back (more than three sentences)
    ("2016-01-10", "Jets bombed the market on Monday. Aid agencies appealed for access. The UN spoke of a disaster. "
     "Officials wept. Doctors struggled. The strikes came a day after rebels shelled the airport."),
    # the subject is a person, not an event
    ("2016-01-10", "Jets bombed the market on Monday. The minister came a day after rebels shelled the airport."),
])
def test_no_anaphoric_date(published: str, text: str) -> None:
    assert not any(off.by_subject for _w, off, _a in _offsets(published, text))


def test_subject_days_direct() -> None:
    d = _doc("2023-10-12", "Israeli jets struck a crowded market in Jabalia on Tuesday. The strikes came two days "
             "after militants stormed an army post.")
    dm = find_mentions(d.id, d.text, load_table(), None)
    s = dm.sentences[1]
    assert subject_days(dm, s.start, s.start + len("The strikes came "), d.expressions) == (D(2023, 10, 10),
                                                                                         D(2023, 10, 10))
    assert subject_days(dm, dm.sentences[0].start, dm.sentences[0].start + 10, d.expressions) is None


def test_date_of_an_earlier_conjunct_is_not_the_main_clause_date() -> None:
    """"The violence eclipsed the shooting nine days ago, and came six days after ...": the subject's day counts."""
    [(got, off, _)] = _offsets("2021-03-01", "Troops fired on crowds in three towns on Sunday, killing 18 people. "
                               "The violence eclipsed the shooting of two workers nine days ago, and came six days "
                               "after a general strike had shut much of the country.")
    assert got == "general strike" and _start(off) == (D(2021, 2, 22), D(2021, 2, 22))


# --- 2. "<gap> after the <noun>" against a dated main clause -----------------------------------------------

NOUN = [
    ("2020-08-20", "Soldiers patrolled the streets of Bamako on Wednesday, a day after the coup that toppled the "
     "president.", D(2020, 8, 18)),
    ("2019-03-26", "The prime minister resigned on Sunday, three days after the massacre of villagers in Ogossagou.",
     D(2019, 3, 21)),
    ("2020-08-11", "Police arrested 40 people in Minsk on Monday, a day after the disputed election.", D(2020, 8, 9)),
    ("2016-02-20", "Turkish warplanes bombed Kurdish positions near Qandil on Friday, two days after the suicide "
     "bombing in Ankara.", D(2016, 2, 17)),
    ("2020-08-07", "Rescue teams were still digging through the rubble in Beirut on Thursday, two days after the "
     "explosion at the port.", D(2020, 8, 4)),
    ("2022-09-23", "Hundreds of students gathered at the university on Thursday, a day after the bloody crackdown "
     "on protesters in the capital.", D(2022, 9, 21)),
]


@pytest.mark.parametrize(("published", "text", "day"), NOUN)
def test_gap_before_a_noun_of_a_one_off_act(published: str, text: str, day: D) -> None:
    [(_got, off, _)] = _offsets(published, text)
    assert off.kind == "ago" and not off.by_subject
    assert _start(off) == (day, day)


@pytest.mark.parametrize(("published", "text"), [
    ("2021-03-10", "Hundreds of students gathered at the university on Thursday, three years after the war in the "
     "north."),  # a campaign: counted from its end
    ("2021-03-10", "The ministry reopened on Monday, two days after the protests in the capital."),  # a state
    ("2021-03-10", "Soldiers will patrol the streets on Friday, two days after the vote."),  # a plan
    ("2021-03-10", "The ministry is open again, two days after the bombing in the capital."),  # no date of its own
])
def test_no_noun_offset(published: str, text: str) -> None:
    assert _offsets(published, text) == []


# --- 3. the age of a crisis ------------------------------------------------------------------------------------

AGED = [
    ("Barely three weeks into the coup in Niger, the junta's grip on the capital remains firm.", "coup", 18, 24),
    ("Two months into the general strike, the country's ports are still idle.", "general strike", 45, 76),
    ("Four weeks into the protests in Tbilisi, crowds still fill the avenue outside parliament.", "protests", 25, 31),
    ("Ten days into the blockade of the port, grain ships are stranded offshore.", "blockade", 9, 11),
    ("Three months into the uprising, rebels hold much of the north.", "uprising", 76, 107),
    ("A week into the sit-in outside the ministry, the students are refusing to leave.", "sit-in", 4, 10),
    ("Eight weeks into the siege of the town, aid convoys still cannot enter.", "siege", 53, 59),
    ("Nearly a year into the occupation of the city, its residents live with checkpoints.", "occupation", 183, 366),
]


@pytest.mark.parametrize(("text", "noun", "lo", "hi"), AGED)
def test_age_of_a_crisis_noun(text: str, noun: str, lo: float, hi: float) -> None:
    d = _doc("2023-05-10", text)
    dm = find_mentions(d.id, d.text, load_table(), None)
    e = d.expressions[0]
    r = relative_start(dm, 0, e, d.anchor.value, dm.sentence_at(e.start), d.expressions)
    # (a coup is an act of one day: its age is the time since it, kind "ago", counted on its own cluster)
    assert r is not None and r.kind == ("ago" if noun == "coup" else "into") and r.mention is not None
    assert dm.mentions[r.mention].word == noun
    assert r.lo is not None and r.hi is not None and lo <= r.lo <= r.hi <= hi


# --- own_count puts the count on every coordinated act's cluster ---------------------------------------------

@dataclass
class _Cl:
    relative: list[tuple[int, RelativeStart]] = field(default_factory=list)


def test_own_count_reaches_coordinated_acts() -> None:
    a, b = _Cl(), _Cl()
    r = RelativeStart(0, 3, "x", "ago", D(2022, 9, 11), 1.0, 1.0, also=(4,))
    assert own_count(0, r, {3: a, 4: b})
    assert a.relative == [(0, r)] and b.relative == [(0, r)]
    c = _Cl()
    assert own_count(0, r, {3: c, 4: c}) and c.relative == [(0, r)]  # one cluster: counted once
