"""Session-6 (E4) classes of date attachment, on sentences of our own (Libya, Somalia, Chad).

- a date followed by an infinitive and its object is not a premodifier of that object: "ordered his troops
  on Friday to halt their advance" dates the order (and the halt comes after it), never the advance; "the
  2003 US-led invasion" still dates the invasion;
- "Friday will mark a year since an air strike killed ..." is the anniversary's day, not the strike's;
- a victory announced on a day: the announcement is of that day, the taking before it;
- a swearing-in still to come takes its day.
"""

from __future__ import annotations

from conftest import links_in


def test_a_date_before_an_infinitive_dates_the_order_not_the_object() -> None:
    links = links_in("The prime minister ordered his troops late on Friday to halt their advance.", "2019-03-09",
                     ("Friday", "DATE", "2019-03-08"))
    assert ("Friday", "ordered", "on") in links
    assert not [x for x in links if x[1] == "advance"]


def test_a_year_before_a_noun_still_premodifies_it() -> None:
    links = links_in("The 2011 NATO-led intervention toppled the government.", "2019-03-09", ("2011", "DATE", "2011"))
    assert links == [("2011", "intervention", "within")]


def test_an_anniversary_day_does_not_date_what_it_recalls() -> None:
    links = links_in("Friday will mark a year since an air strike on the Kafr hills killed dozens of soldiers.",
                     "2019-03-06", ("Friday", "DATE", "2019-03-08"))
    assert not [x for x in links if x[1] in {"air strike", "killed"}]
    # (a day of the strike itself still dates it)
    links = links_in("An air strike on the Kafr hills killed dozens of soldiers on Friday.", "2019-03-09",
                     ("Friday", "DATE", "2019-03-08"))
    assert ("Friday", "killed", "on") in links


def test_a_victory_announced_on_a_day_is_declared_that_day() -> None:
    links = links_in("The governor announced on Monday that Malian troops had freed Gao.", "2019-03-12",
                     ("Monday", "DATE", "2019-03-11"))
    assert ("Monday", "announced", "on") in links
    assert ("Monday", "freed", "before") in links


def test_a_swearing_in_to_come_takes_its_day() -> None:
    links = links_in("Ali Mahdi will be sworn in as president next Thursday.", "2019-03-09",
                     ("next Thursday", "DATE", "2019-03-14"))
    assert links == [("next Thursday", "sworn", "on")]
