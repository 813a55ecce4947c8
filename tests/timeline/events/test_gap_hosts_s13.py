"""Session 13 (the host of a gap relation), on sentences of our own:

* gaps "and" joins share their host: "recaptured X on Monday, two weeks after A and five days after B" counts
  both from Monday; the second is never counted from the first gap's act, nor from a date of the first gap's
  clause ("a year after the militants seized it on September 2 and three weeks after ..."); the same when the
  gaps open the sentence, and with "after ... and ... before";
* a present host with no date of its own ("The fall of the port comes six weeks after the rebels bombed the
  refinery") dates the act of the gap from the article's day, though the gap also relates the two acts;
* what is not coordinated: a new predicate with its own gap (", and the rebels shelled the bridge a week after
  the truce"), a gap whose quantity "and" does not directly precede, a break (which/while/said) in between.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import build_corpus as _build

from timeline._events._gaphost import coordinated_after, first_gap, hidden
from timeline._events._text import Sentence
from timeline.model import Event, Timeline


def _events(tl: Timeline, word: str) -> list[Event]:
    return [e for e in tl.events if word in " ".join([e.label, *(x.text for x in e.evidence)]).lower()]


def _start(e: Event) -> tuple[str | None, str | None]:
    a, b = e.interval.start
    return (f"{a:%Y-%m-%d}" if a else None, f"{b:%Y-%m-%d}" if b else None)


def _within(e: Event, lo: str, hi: str) -> bool:
    a, b = e.interval.start
    return a is not None and b is not None and dt.datetime.fromisoformat(lo) <= a \
        and b < dt.datetime.fromisoformat(hi) + dt.timedelta(days=1)


def _sent(text: str) -> Sentence:
    return Sentence(0, 0, len(text))


@pytest.mark.parametrize(("published", "text", "word", "lo", "hi"), [
    ("2015-12-29", "Iraqi forces recaptured the government compound in Ramadi on Monday, two weeks after the army "
                   "entered the city and five days after troops crossed the Euphrates.", "cross",
     "2015-12-23", "2015-12-23"),
    ("2013-03-13", "Rebels seized the airport on 12 March, three weeks after they took the port and ten days after "
                   "government troops shelled the market.", "shell", "2013-03-02", "2013-03-02"),
    ("2017-09-11", "Government troops retook the dam on Sunday, a year after the militants seized it on September 2 "
                   "and three weeks after the army bombed the spillway.", "bomb", "2017-08-17", "2017-08-23"),
    ("2020-11-10", "Azerbaijani forces took Shusha on Sunday, a week after they captured Hadrut and three days after "
                   "drones struck the town's last road.", "struck", "2020-11-05", "2020-11-05"),
    ("2014-08-04", "Three days after the militia stormed the barracks and a day after rebels shelled the airport, the "
                   "army seized the radio station on Sunday.", "shell", "2014-08-02", "2014-08-02"),
    ("2019-06-14", "Government jets bombed Kafr Nabl on Tuesday, two days after the army captured the bridge and a "
                   "day before rebels attacked the airport.", "attack", "2019-06-12", "2019-06-12"),
    ("2011-03-22", "Loyalist tanks shelled Misrata on Monday, a month after the uprising began and four days after "
                   "rebels ambushed a convoy on the coast road.", "ambush", "2011-03-17", "2011-03-17"),
])
def test_coordinated_gaps_share_their_host(tmp_path: Path, published: str, text: str, word: str, lo: str,
                                           hi: str) -> None:
    tl = _build(tmp_path, [("a", published, text)])
    assert any(_within(e, lo, hi) for e in _events(tl, word)), [(e.label, _start(e)) for e in tl.events]


@pytest.mark.parametrize(("published", "text", "word", "lo", "hi"), [
    ("2017-09-11", "The fall of the port comes six weeks after the rebels bombed the refinery.", "bomb",
     "2017-07-27", "2017-08-03"),
    ("2017-09-11", "The fall of the port comes four months after the army captured the airport on May 3 and six "
                   "weeks after the rebels bombed the refinery.", "bomb", "2017-07-27", "2017-08-03"),
    ("2019-04-15", "The surrender of the garrison comes ten days after rebels stormed the airbase.", "storm",
     "2019-04-04", "2019-04-05"),
    ("2016-12-20", "The evacuation of the last rebel districts comes a week after the army captured the old city.",
     "captur", "2016-12-09", "2016-12-17"),
])
def test_a_present_host_dates_the_gap_from_the_articles_day(tmp_path: Path, published: str, text: str, word: str,
                                                            lo: str, hi: str) -> None:
    tl = _build(tmp_path, [("a", published, text)])
    assert any(_within(e, lo, hi) for e in _events(tl, word)), [(e.label, _start(e)) for e in tl.events]


def test_the_second_gap_is_not_counted_from_the_first_gaps_date(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2017-09-11", "The fall of the port comes four months after the army captured the "
                                               "airport on May 3 and six weeks after the rebels bombed the refinery.")])
    for e in _events(tl, "bomb"):
        a, b = _start(e)
        assert not (a is not None and a < "2017-07-01") and not (b is not None and b < "2017-07-01"), (a, b)


def test_a_new_predicate_keeps_its_own_gap(tmp_path: Path) -> None:
    tl = _build(tmp_path, [("a", "2019-06-14", "Troops took the town on Tuesday, two days after the rebels withdrew, "
                                               "and the rebels shelled the bridge a week after the truce.")])
    assert not any(_start(e)[0] == "2019-06-11" for e in _events(tl, "shell"))


@pytest.mark.parametrize(("text", "second", "first"), [
    ("The fall of the town comes three months after troops overran the capital and six weeks after the raid.",
     "six weeks", "three months"),
    ("Rebels took the port on Monday, a week after they seized the airport, and two days after the truce collapsed.",
     "two days", "a week"),
    ("Three days after the militia stormed the barracks and a day after the president fled, the army moved.",
     "a day", "Three days"),
    ("The town was shelled on Tuesday, a day after the talks collapsed and two days before the vote.",
     "two days", "a day"),
    ("Troops entered the city a year after the war began and just hours after the last rebels left.",
     "hours", "a year"),
    ("Kyiv retook the town in May, a month after Russia withdrew as well as two weeks after the bridge fell.",
     "two weeks", "a month"),
])
def test_first_gap_finds_the_chain(text: str, second: str, first: str) -> None:
    start = text.index(second)
    if text[start - 5 : start] == "just ":
        start -= 5
    assert first_gap(text, _sent(text), start) == text.index(first)
    assert coordinated_after(text, _sent(text), text.index(first)) is not None


@pytest.mark.parametrize(("text", "second"), [
    # a new predicate between the gaps
    ("Troops took the town two days after the rebels withdrew, and the rebels shelled the bridge a week after the "
     "truce.", "a week"),
    # a relative clause: the second gap is the relative's
    ("Rebels captured the port a week after they took the airport, which fell three days after the army withdrew.",
     "three days"),
    # a report verb in between
    ("The army took the town a day after rebels fled, officials said, and two days after the truce.", "two days"),
    # a contrast: a new clause
    ("The army took the town a day after the rebels fled while two days after the truce the port was calm.",
     "two days"),
    # no earlier gap
    ("Two weeks after the election, the party split.", "Two weeks"),
    # "and" joins the noun, not the gap
    ("The army attacked a day after the talks and the truce collapsed two weeks after the vote.", "two weeks"),
])
def test_no_chain(text: str, second: str) -> None:
    assert first_gap(text, _sent(text), text.index(second)) is None


def test_hidden_spans_leave_only_the_gap_and_its_host() -> None:
    text = "The fall comes three months after troops overran the capital on January 2 and six weeks after the raid."
    spans = hidden(text, _sent(text), text.index("six weeks"))
    assert spans == [(text.index("three months"), text.index("six weeks"))]
    spans = hidden(text, _sent(text), text.index("three months"))
    assert spans == [(text.index(" and six"), len(text) - 1)]
