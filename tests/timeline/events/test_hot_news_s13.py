"""Hot news (session 13): a dated report of a done act dates the act on the report's day, as an inferred link.

Every sentence our own, from conflicts and crises other than the practice sets.
"""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline._events import _aliases, _mentions
from timeline._events._hot_news import reported_acts
from timeline.model import Document, Event, Timeline


def _doc(text: str, published: str) -> Document:
    [d] = timeline.extract([Document(id="d0", text=text, published=dt.datetime.fromisoformat(published))])
    return d


def _acts(text: str, published: str) -> list[tuple[str, str]]:
    """(trigger word, report date) of each act the reading finds."""
    d = _doc(text, published)
    dm = _mentions.find_mentions(d.id, d.text, _aliases.load_table(), d.title)
    return [(dm.mentions[m].word, d.expressions[i].text) for m, i in reported_acts(d, dm)]


def _build(*docs: tuple[str, str]) -> Timeline:
    return timeline.build([Document(id=f"d{k}", text=text, published=dt.datetime.fromisoformat(pub))
                           for k, (pub, text) in enumerate(docs)])


def _event(tl: Timeline, word: str) -> Event:
    [ev] = [e for e in tl.events if any(word in x.text.lower() for x in e.evidence)]
    return ev


POSITIVE = [
    # a complement after the report's date, past perfect
    ("2025-03-22", "Sudan's army said on Friday it had recaptured the presidential palace in Khartoum from the "
                   "paramilitary Rapid Support Forces.", "recaptured", "Friday", "2025-03-21"),
    # a passive past perfect after "admitted ... that"
    ("2020-10-07", "Azerbaijan admitted on Tuesday that one of its drones had been shot down over Nagorno-Karabakh.",
     "shot", "Tuesday", "2020-10-06"),
    # the report first, an order in the complement
    ("2022-11-09", "Russia's defence minister said on Wednesday he had ordered troops to pull out of the west bank "
                   "of the Dnipro.", "ordered", "Wednesday", "2022-11-09"),
    # the act fronted, in the present perfect, the report after a comma
    ("2023-11-20", "Houthi fighters have seized a cargo ship in the Red Sea, the group's military spokesman said on "
                   "Sunday.", "seized", "Sunday", "2023-11-19"),
    # the date opening the sentence
    ("2023-11-16", "On Thursday, the Malian army said it had retaken the town of Kidal from separatist rebels.",
     "retaken", "Thursday", "2023-11-16"),
    # the date between the teller and the verb
    ("2024-06-08", "The Israeli military on Saturday said its troops had rescued four hostages from central Gaza.",
     "rescued", "Saturday", "2024-06-08"),
    # words between the reporting verb and its date
    ("1999-06-14", "NATO said in a statement on Sunday that British paratroopers had entered Pristina.",
     "entered", "Sunday", "1999-06-13"),
    # a declaring verb that reports a done act
    ("2017-07-21", "The Iraqi army declared on Thursday that it had regained full control of Tal Afar.",
     "regained", "Thursday", "2017-07-20"),
    ("1994-07-05", "The rebel radio announced on Monday that its fighters had captured the capital, Kigali.",
     "captured", "Monday", "1994-07-04"),
    # a part of the day; an arrival is a one-off act
    ("2012-09-30", "Kenyan troops have entered the port of Kismayo, the defence minister announced on Saturday evening.",
     "entered", "Saturday evening", "2012-09-29"),
]


@pytest.mark.parametrize(("published", "text", "word", "date", "day"), POSITIVE)
def test_reported_act_found(published: str, text: str, word: str, date: str, day: str) -> None:
    assert (word, date) in _acts(text, published)


@pytest.mark.parametrize(("published", "text", "word", "date", "day"), POSITIVE)
def test_reported_act_dated_on_report_day(published: str, text: str, word: str, date: str, day: str) -> None:
    ev = _event(_build((published, text)), word)
    [lk] = [lk for lk in ev.links if lk.text == date]
    assert lk.relation == "on" and lk.inferred
    assert ev.interval.start[0] is not None and ev.interval.start[0].date().isoformat() == day
    assert ev.interval.start[1] is not None and ev.interval.start[1].date().isoformat() == day


def test_coordinated_acts_both_read() -> None:
    got = _acts("The M23 rebels said on Sunday they had captured the airport and seized two army bases near Goma.",
                "2012-11-19")
    assert ("captured", "Sunday") in got and ("seized", "Sunday") in got


NEGATIVE = [
    # a plan, not a done act
    ("2014-04-15", "Separatists said on Monday they would seize the airfield at Kramatorsk."),
    # a modal perfect
    ("2014-04-15", "Separatists said on Monday they could have seized the airfield at Kramatorsk."),
    # a denial
    ("2014-04-15", "Separatists said on Monday they had not captured the police station in Kramatorsk."),
    # a state with its own start
    ("2014-04-15", "Separatists said on Monday the town had been under siege since March."),
    # an old act, dated in the sentence
    ("2014-04-15", "Separatists said on Monday that the town had fallen to them three years ago."),
    ("2014-04-15", "Separatists said on Monday they had seized the airfield at Kramatorsk in 2013."),
    # "already": done before, not the news of the day
    ("2014-04-15", "Separatists said on Monday they had already seized the airfield at Kramatorsk."),
    # a toll runs over days
    ("2014-04-15", "Separatists said on Monday 15 civilians had been killed in Kramatorsk."),
    # the act's own day told in the sentence: how the airfield was taken
    ("2014-04-15", "Separatists said on Monday they had seized the airfield at Kramatorsk after gunmen stormed it on "
                   "Sunday."),
    # the date is the act's, not the report's
    ("2014-04-15", "Separatists said troops had captured the town on Sunday."),
    # a declaring verb that proclaims, not reports
    ("2017-07-21", "The Iraqi army declared on Thursday a state of emergency in Tal Afar."),
    # a simple past: the linker's reading, not the perfect of hot news
    ("2019-10-14", "The Kurdish-led administration said on Sunday that Turkish-backed fighters captured Tal Abyad."),
]


@pytest.mark.parametrize(("published", "text"), NEGATIVE)
def test_not_read(published: str, text: str) -> None:
    assert _acts(text, published) == []


def test_a_stated_date_of_another_article_wins_silently() -> None:
    tl = _build(("2017-07-11", "Iraqi forces said on Monday they had recaptured the old city of Mosul from Islamic "
                               "State."),
                ("2017-07-12", "Iraqi forces recaptured the old city of Mosul on Sunday, ending a nine-month "
                               "campaign."))
    ev = _event(tl, "recaptured")
    assert {"d0", "d1"} <= set(ev.docs)
    assert ev.interval.start[0] is not None and ev.interval.start[0].date() == dt.date(2017, 7, 9)
    assert not any(lk.inferred for lk in ev.links)
    assert not [f for f in tl.findings if f.severity in ("error", "warning")]


def test_same_day_in_another_article_agrees() -> None:
    tl = _build(("2017-07-11", "Iraqi forces said on Monday they had recaptured the old city of Mosul from Islamic "
                               "State."),
                ("2017-07-12", "Iraqi forces recaptured the old city of Mosul on Monday, ending a nine-month "
                               "campaign."))
    ev = _event(tl, "recaptured")
    assert ev.interval.start[0] is not None and ev.interval.start[0].date() == dt.date(2017, 7, 10)
    assert not [f for f in tl.findings if f.severity == "error"]


def test_a_later_report_retells_the_act() -> None:
    """A second report four days later of the same capture is no capture of its own day."""
    tl = _build(("2017-07-11", "Iraqi forces said on Monday they had recaptured the old city of Mosul from Islamic "
                               "State."),
                ("2017-07-15", "Iraqi forces said on Friday they had recaptured the old city of Mosul from Islamic "
                               "State."))
    days = {e.interval.start[0].date() for e in tl.events if e.interval.start[0] is not None
            and any("recaptured" in x.text for x in e.evidence)}
    assert days == {dt.date(2017, 7, 10)}
    assert not [f for f in tl.findings if f.severity == "error"]
