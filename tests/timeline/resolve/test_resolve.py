"""Resolution semantics: purity, idempotency, the missing anchor, tense, calendar arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import _extract, _resolve
from timeline._resolve._calendar import add_months, add_units, position, week_period
from timeline.model import Anchor, Expression

SAT = Anchor(value=dt.datetime(2016, 10, 29), source="metadata")  # a Saturday


def _one(text: str, anchor: Anchor = SAT) -> Expression:
    found = _resolve.resolve(_extract.extract(text), anchor)
    assert len(found) == 1, [(e.text, e.rule) for e in found]
    return found[0]


def test_idempotent_and_reresolvable() -> None:
    text = "Troops advanced on Saturday and in the past 12 days, and will rest next month."
    raw = _extract.extract(text)
    once = _resolve.resolve(raw, SAT)
    assert _resolve.resolve(once, SAT) == once
    other = Anchor(value=dt.datetime(2017, 5, 12), source="inferred")
    again = _resolve.resolve(once, other)
    assert again == _resolve.resolve(raw, other)
    assert [e.value for e in again] != [e.value for e in once]


def test_no_anchor_relative_underspecified_absolute_resolved() -> None:
    found = _resolve.resolve(_extract.extract("On Saturday, a year after June 2014, it rained yesterday."), Anchor())
    got = {e.text: (e.value, e.interval is None) for e in found}
    assert got["Saturday"] == ("XXXX-WXX-6", True)
    assert got["June 2014"] == ("2014-06", False)
    assert got["yesterday"] == ("XXXX-XX-XX", True)


def test_time_of_day_of_anchor_is_ignored() -> None:
    a = Anchor(value=dt.datetime(2016, 10, 29, 17, 45), source="metadata")
    assert _one("It rained yesterday.", a).value == "2016-10-28"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The army attacked on Saturday.", "2016-10-29"),  # past report written on the day
        ("The army attacked on Friday.", "2016-10-28"),
        ("The army will attack on Friday.", "2016-11-04"),
        ("The army will attack on Saturday.", "2016-10-29"),
        ("The army attacked last Saturday.", "2016-10-22"),
        ("The army attacks next Saturday.", "2016-11-05"),
        ("The city fell in November.", "2015-11"),  # a past-tense month is the last one
        ("The vote will be held in November.", "2016-11"),
        ("The deadline is Jan. 14.", "2017-01-14"),
    ],
)
def test_tense_picks_direction(text: str, value: str) -> None:
    assert _one(text).value == value


def test_anchored_duration_interval_and_modifiers() -> None:
    e = _one("Fighting raged for the past 12 days.")
    assert e.interval is not None
    assert e.interval.start == (dt.datetime(2016, 10, 17), dt.datetime(2016, 10, 17))
    assert e.interval.end == (dt.datetime(2016, 10, 29), dt.datetime(2016, 10, 29))
    e = _one("It began nearly three years ago.")
    assert e.mod == "APPROX" and e.interval is not None
    lo, hi = e.interval.start
    assert lo == dt.datetime(2013, 10, 29) and hi is not None and hi > lo


def test_vague_refs_are_bounded() -> None:
    e = _one("Fighters recently moved west.")
    assert e.value == "PAST_REF" and e.interval is not None
    assert e.interval.start[0] == dt.datetime(2016, 9, 29)
    e = _one("The assault will begin soon.")
    assert e.value == "FUTURE_REF" and e.interval is not None and e.interval.end[1] is not None


def test_event_relative_keeps_its_event() -> None:
    e = _one("Seven months into the Mosul campaign, the city was split.")
    assert (e.value, e.type, e.event_ref, e.event_relation, e.interval) == (
        "P7M", "DURATION", "the Mosul campaign", "into", None)


def test_calendar_arithmetic() -> None:
    assert add_months(dt.datetime(2016, 1, 31), 1) == dt.datetime(2016, 2, 29)
    assert add_units(dt.datetime(2016, 10, 29), -13, "D") == dt.datetime(2016, 10, 16)
    s, e, value, grain = week_period(dt.datetime(2016, 10, 29))
    assert (s, e, value, grain) == (dt.datetime(2016, 10, 24), dt.datetime(2016, 10, 31), "2016-W43", "week")
    iv = position(dt.datetime(2016, 1, 1), dt.datetime(2017, 1, 1), "END", "year")
    assert iv.end == (dt.datetime(2017, 1, 1), dt.datetime(2017, 1, 1))
    assert iv.start[0] is not None and iv.start[0] >= dt.datetime(2016, 7, 1)
    early = position(dt.datetime(2016, 1, 1), dt.datetime(2017, 1, 1), "START", "year")
    assert early.start == (dt.datetime(2016, 1, 1), dt.datetime(2016, 1, 1))


def test_intervals_respect_invariants() -> None:
    text = ("On Saturday (October 29) and in mid-2015, late last year, early Tuesday, the 1990s, "
            "more than two years, at 9:40 am, overnight, the 20th century, earlier this week, "
            "nearly two weeks ago, in recent days, last summer, Q3 2016, tonight.")
    for e in _resolve.resolve(_extract.extract(text), SAT):
        if e.interval is None:
            continue
        (s0, s1), (e0, e1) = e.interval.start, e.interval.end
        if s0 and s1:
            assert s0 <= s1, e.text
        if e0 and e1:
            assert e0 <= e1, e.text
        if s0 and e1:
            assert s0 <= e1, e.text


def test_uncertain_anchor_widens_relative_intervals_only() -> None:
    a = Anchor(value=dt.datetime(2016, 10, 29), source="inferred",
               earliest=dt.datetime(2016, 10, 27), latest=dt.datetime(2016, 10, 30))
    found = {e.text: e for e in _resolve.resolve(_extract.extract("It rained yesterday, as in June 2014."), a)}
    y = found["yesterday"]
    assert y.value == "2016-10-28" and y.interval is not None
    assert y.interval.start == (dt.datetime(2016, 10, 26), dt.datetime(2016, 10, 29))
    j = found["June 2014"].interval
    assert j is not None and j.start == (dt.datetime(2014, 6, 1), dt.datetime(2014, 6, 1))


def test_uncertain_anchor_widens_weekdays_months_and_durations() -> None:
    a = Anchor(value=dt.datetime(2016, 10, 28), source="inferred",
               earliest=dt.datetime(2016, 10, 24), latest=dt.datetime(2016, 11, 1))
    text = "Troops advanced on Saturday, two days ago and in the past 12 days, and will vote in December."
    found = {e.text: e for e in _resolve.resolve(_extract.extract(text), a)}
    sat = found["Saturday"].interval
    assert sat is not None and sat.start == (dt.datetime(2016, 10, 22), dt.datetime(2016, 10, 29))
    ago = found["two days ago"].interval
    assert ago is not None and ago.start == (dt.datetime(2016, 10, 22), dt.datetime(2016, 10, 30))
    past = found["the past 12 days"].interval
    assert past is not None and past.end == (dt.datetime(2016, 10, 24), dt.datetime(2016, 11, 1))
    dec = found["December"]
    assert dec.value == "2016-12" and dec.interval is not None


def test_impossible_dates_kept_without_interval() -> None:
    for text, value in [("Talks opened on February 30.", "XXXX-02-30"),
                        ("The treaty is dated 30 February 2017.", "2017-02-30"),
                        ("Troops moved on Saturday (February 30).", "XXXX-02-30"),
                        ("It happened in the year 0.", "0000")]:
        e = _one(text)
        assert e.type == "DATE" and e.value == value and e.interval is None, (text, e)
        assert e.spec is not None and e.spec.fields.get("impossible") is True
    e = _one("Talks opened on February 30.")
    assert e.spec is not None and (e.spec.fields["month"], e.spec.fields["day"]) == (2, 30)
    assert _resolve.resolve([e], Anchor()) == [e]  # the same with no anchor


def test_national_holiday_dated_by_its_neighbour_idempotently() -> None:
    text = "The flag went up yesterday to mark Independence Day."
    a = Anchor(value=dt.datetime(2017, 6, 13), source="metadata")
    once = _resolve.resolve(_extract.extract(text), a)
    hol = next(e for e in once if e.text == "Independence Day")
    assert hol.value == "2017-06-12" and hol.interval is not None
    assert _resolve.resolve(once, a) == once
    alone = _one("The flag went up to mark Independence Day.", a)
    assert alone.value == "XXXX-XX-XX" and alone.interval is None  # no country, no neighbour: no guess


def test_modifier_word_widens_without_mod() -> None:
    """An "about" left outside the span (no TIMEX3 mod) still widens the interval: the spec decides."""
    from timeline._resolve._kinds import resolve_spec
    from timeline.model import Spec

    a = dt.datetime(2016, 10, 29)
    spec = Spec(kind="ago", fields={"n": 2.0, "unit": "W", "direction": "before", "qmod": "about"})
    _, with_mod = resolve_spec(spec, "", "APPROX", a)
    _, without = resolve_spec(spec, "", None, a)
    assert with_mod == without
    assert without is not None and without.start[0] is not None and without.start[1] is not None
    assert without.start[0] < without.start[1]  # a range of days, not one day
    plain = Spec(kind="ago", fields={"n": 2.0, "unit": "W", "direction": "before"})
    _, exact = resolve_spec(plain, "", None, a)
    assert exact is not None and exact.start[0] == exact.start[1]


def test_earlier_this_month_is_start_up_to_anchor() -> None:
    e = _one("The rebels regrouped earlier this month.")
    assert (e.value, e.mod) == ("2016-10", "START")
    assert e.interval is not None
    assert e.interval.start[0] == dt.datetime(2016, 10, 1) and e.interval.end[1] == dt.datetime(2016, 10, 30)


def test_present_passive_is_not_past() -> None:
    # "is heard" is a present passive: the month ahead, not last year's
    e = _one("The appeal is heard in December.")
    assert e.value == "2016-12"
    e = _one("The appeal was heard in December.")
    assert e.value == "2015-12"


def test_clock_time_without_day_looks_ahead_in_future_tense() -> None:
    past = _one("The blast went off at 10 p.m.")
    ahead = _one("The convoy will leave at 10 p.m.")
    assert past.interval is not None and ahead.interval is not None
    ten = dt.datetime(2016, 10, 29, 22, 0)
    assert past.interval.start == (ten - dt.timedelta(days=1), ten)
    assert ahead.interval.start == (ten, ten + dt.timedelta(days=1))


@pytest.mark.parametrize(("anchor", "text", "value"), [
    ("2016-10-29", "The dam burst last June.", "2016-06"),
    ("2016-10-29", "The dam burst last September.", "2015-09"),  # would be "last month" if 2016-09
    ("2016-10-29", "The dam burst last October.", "2015-10"),
    ("2017-01-05", "The dam burst last December.", "2015-12"),
    ("2017-01-05", "The dam burst last November.", "2016-11"),
])
def test_last_named_month(anchor: str, text: str, value: str) -> None:
    a = Anchor(value=dt.datetime.fromisoformat(anchor), source="metadata")
    assert _one(text, a).value == value


def test_story_relative_takes_the_last_dated_expression() -> None:
    text = ("The rebels took the port on 4 March 2015 and lost it later that year. "
            "The following year, the army came back. Earlier that day, a ship had docked.")
    raw = _extract.extract(text)
    once = _resolve.resolve(raw, SAT)
    got = {e.text: (e.value, e.interval) for e in once}
    assert got["later that year"] == ("2015", None)  # the value only: the interval is the reasoning stage's
    assert got["The following year"] == ("2016", None)
    # "that day" needs a day: the last one named is 4 March 2015 (the years in between are too coarse)
    assert got["Earlier that day"] == ("2015-03-04", None)
    # idempotent, and the same without an anchor (the reference is absolute)
    assert _resolve.resolve(once, SAT) == once
    assert {e.text: e.value for e in _resolve.resolve(raw, Anchor())}["later that year"] == "2015"


def test_story_relative_without_reference_or_too_far() -> None:
    assert _one("Nobody knows what happened that year.").value == "XXXX"
    far = "It began in 2011. " + "Nothing else is dated here at all. " * 50 + "Prices fell that year."
    found = _resolve.resolve(_extract.extract(far), SAT)
    assert found[-1].text == "that year" and found[-1].value == "XXXX"


def test_reported_quarter_in_a_named_year() -> None:
    text = "Third-quarter profit rose 8%. In the 2015 quarter, the firm earned $3 million."
    found = {e.text: e for e in _resolve.resolve(_extract.extract(text), SAT)}
    e = found["the 2015 quarter"]
    assert e.value == "2015-Q3"
    assert e.interval is not None and e.interval.start[0] == dt.datetime(2015, 7, 1)
    assert e.interval.end[1] == dt.datetime(2015, 10, 1)


# Modifier semantics of counted "ago" expressions (stated once in timeline._resolve._kinds): the
# slack is a quarter of the count, at most one unit below a month and half a unit from a month up;
# "more than"/"less than" stray by max(1 unit, n/4).  Sentences of our own about other wars and
# crises; anchor Saturday 2016-10-29.  (text, earliest start, latest start) of the event's day.
_AGO_MODS = [
    ("The civil war began nearly eight years ago.", dt.datetime(2008, 10, 29), dt.datetime(2009, 4, 29)),
    ("The rebels took the port almost eight years ago.", dt.datetime(2008, 10, 29), dt.datetime(2009, 4, 29)),
    ("The junta seized power about eight years ago.", dt.datetime(2008, 4, 29), dt.datetime(2009, 4, 29)),
    ("The refinery was shelled more than eight years ago.", dt.datetime(2006, 10, 29), dt.datetime(2008, 10, 29)),
    ("The truce collapsed less than two years ago.", dt.datetime(2014, 10, 29), dt.datetime(2015, 10, 29)),
    ("The border reopened less than a year ago.", dt.datetime(2015, 10, 29), dt.datetime(2016, 10, 29)),
    ("The dam was breached nearly a year ago.", dt.datetime(2015, 10, 29), dt.datetime(2016, 1, 29)),
    ("Peacekeepers arrived over a decade ago.", dt.datetime(1996, 10, 29), dt.datetime(2006, 10, 29)),
    ("The strike began nearly three months ago.", dt.datetime(2016, 7, 29), dt.datetime(2016, 8, 13)),
    ("The siege of the town began nearly two weeks ago.", dt.datetime(2016, 10, 15), dt.datetime(2016, 10, 18)),
    ("The ferry sank nearly 10 days ago.", dt.datetime(2016, 10, 19), dt.datetime(2016, 10, 20)),
    ("The ferry sank 10 days ago.", dt.datetime(2016, 10, 19), dt.datetime(2016, 10, 19)),
]


@pytest.mark.parametrize(("text", "lo", "hi"), _AGO_MODS, ids=[t for t, _, _ in _AGO_MODS])
def test_modified_ago_bounds(text: str, lo: dt.datetime, hi: dt.datetime) -> None:
    e = _one(text)
    assert e.interval is not None, e
    assert e.interval.start == (lo, hi)


def test_modifier_span_is_stated_semantics() -> None:
    from timeline._resolve._kinds import _span

    assert _span(8, "nearly", "APPROX", "Y") == (7.5, 8)
    assert _span(8, "about", None, "Y") == (7.5, 8.5)
    assert _span(2, "about", "APPROX", "W") == (1.5, 2.5)
    assert _span(12, "about", "APPROX", "D") == (11, 13)  # a day either way, not three
    assert _span(8, "more than", "MORE_THAN", "Y") == (8, 10)
    assert _span(1, "over", "MORE_THAN", "DE") == (1, 2)
    assert _span(2, "less than", "LESS_THAN", "Y") == (1, 2)
    assert _span(1, "less than", "LESS_THAN", "Y") == (0, 1)
    assert _span(8, None, None, "Y") == (8, 8)
    assert _span(None, None, None, "Y") == (2, 10)


def _values(text: str, anchor: Anchor = SAT) -> dict[str, str]:
    return {e.text: e.value for e in _resolve.resolve(_extract.extract(text), anchor)}


@pytest.mark.parametrize(("text", "expr", "value"), [
    # the first such period starting at or after the end of the story's time, or the last ending before its start
    ("Rebels lost Homs in 2014. The following winter, they regrouped.", "The following winter", "2015-WI"),
    ("Rebels lost Homs in November 2014. The following winter, they regrouped.", "The following winter", "2014-WI"),
    ("Rebels lost Homs in March 2014. The following March, they came back.", "The following March", "2015-03"),
    ("Rebels lost Homs in March 2014. The previous March, they had arrived.", "The previous March", "2013-03"),
    ("Rebels lost Homs in June 2014. The previous spring, they had arrived.", "The previous spring", "2014-SP"),
])
def test_story_step_periods(text: str, expr: str, value: str) -> None:
    assert _values(text, Anchor(value=dt.datetime(2019, 3, 1), source="metadata"))[expr] == value


def test_that_year_prefers_a_written_year_and_keeps_the_anchor_rule_without_one() -> None:
    a19 = Anchor(value=dt.datetime(2019, 3, 1), source="metadata")
    # a bare month between the written year and "that year" does not hide the year
    assert _values("The siege began in 2013. In June, food ran out. That year, 500 died.", a19)["That year"] == "2013"
    # only guessed years before it: the last of them, as before
    assert _values("In June, food ran out. That year, 500 died.", SAT)["That year"] == "2016"


def test_part_of_day_takes_the_story_day_only_in_the_past_and_nearby() -> None:
    near = _resolve.resolve(_extract.extract("Gunmen took the post on Tuesday and by the evening had left."), SAT)
    assert [(e.text, e.value) for e in near][-1] == ("the evening", "2016-10-25TEV")
    far = "Gunmen took the post on Tuesday. " + "Nothing else happened that anyone saw. " * 10 + "In the evening it rained."
    assert _values(far)["the evening"] == "2016-10-29TEV"  # beyond ~300 characters: the anchor's day
    assert "the evening" not in _values("Gunmen took the post on Tuesday; they will leave in the evening.")


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # a date told as still to come is no reference for the story's past
        ("Rebels seized the airport in Taiz on Tuesday. Their commanders said reinforcements would "
         "arrive on Nov. 2. Later that day, drones struck the runway.", "Later that day", "2016-10-25"),
        ("Rebels seized the airport in Taiz on Tuesday, and their commanders said reinforcements would "
         "arrive by Nov. 2. That night, drones struck the runway.", "That night", "2016-10-25TNI"),
        ("The governor told the assembly on Thursday that she would leave office after Dec. 15, ending "
         "a decade in power. In a radio address later that evening, she thanked her staff.",
         "later that evening", "2016-10-27TEV"),
        # a story told ahead still takes a date ahead
        ("The ministers will meet in Geneva on Nov. 3. Later that day they will sign the accord.",
         "Later that day", "2016-11-03"),
        # a past date stays the reference
        ("Rebels shelled Aden on Oct. 12, and the next day the port closed.", "the next day", "2016-10-13"),
    ],
)
def test_story_reference_is_not_a_date_told_ahead(text: str, expr: str, value: str) -> None:
    assert _values(text)[expr] == value


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        # a part of one known day is that day for the story: "that morning", a bare clock time
        ("Jets hit Mosul's bridges on Monday afternoon, after the council had voted that morning.",
         "that morning", "2016-10-24TMO"),
        ("Troops entered Sabha late on Wednesday. The order came hours after a truce ended at 4 p.m.",
         "4 p.m.", "2016-10-26T16:00"),
        ("Police cleared the square early on Thursday; the next day the protesters returned.",
         "the next day", "2016-10-28"),
        # a part of a day with no day of its own is still no reference ("that morning" unresolved)
        ("Shelling went on into the night. Nobody slept that morning.", "that morning", "XXXX-XX-XXTMO"),
    ],
)
def test_a_part_of_a_known_day_is_the_story_day(text: str, expr: str, value: str) -> None:
    assert _values(text)[expr] == value
