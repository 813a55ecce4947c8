"""Session-6 (E4) classes of date attachment, on sentences of our own (Libya, Somalia, Chad).

- a date followed by an infinitive and its object is not a premodifier of that object: "ordered his troops
  on Friday to halt their advance" dates the order (and the halt comes after it), never the advance; "the
  2003 US-led invasion" still dates the invasion;
- "Friday will mark a year since an air strike killed ..." is the anniversary's day, not the strike's;
- a victory announced on a day: the announcement is of that day, the taking before it;
- a swearing-in still to come takes its day.
"""

from __future__ import annotations

from conftest import Spec, build_doc

from timeline._events._aliases import load_table
from timeline._events._link import link_document
from timeline._events._mentions import find_mentions
from timeline._events._relations import relate_document


def _links(text: str, published: str, *spec: Spec) -> list[tuple[str, str, str]]:
    doc = build_doc("t", text, published, *spec)
    dm = find_mentions("t", doc.text, load_table())
    er = relate_document(dm, doc.expressions)
    skip = frozenset(i for r in er for i in r.expressions)
    against = {r.other: (r.start, r.end) for r in er if r.relation != "during"}
    links, _ = link_document(dm, doc.expressions, doc.anchor.value, skip, against)
    words = [m.word for m in dm.mentions]
    return [(doc.expressions[ln.expression].text, words[ln.mention], ln.relation) for ln in links]


def test_a_date_before_an_infinitive_dates_the_order_not_the_object() -> None:
    links = _links("The prime minister ordered his troops late on Friday to halt their advance.", "2019-03-09",
                   ("Friday", "DATE", "2019-03-08"))
    assert ("Friday", "ordered", "on") in links
    assert not [x for x in links if x[1] == "advance"]


def test_a_year_before_a_noun_still_premodifies_it() -> None:
    links = _links("The 2011 NATO-led intervention toppled the government.", "2019-03-09", ("2011", "DATE", "2011"))
    assert links == [("2011", "intervention", "within")]


def test_an_anniversary_day_does_not_date_what_it_recalls() -> None:
    links = _links("Friday will mark a year since an air strike on the Kafr hills killed dozens of soldiers.",
                   "2019-03-06", ("Friday", "DATE", "2019-03-08"))
    assert not [x for x in links if x[1] in {"air strike", "killed"}]
    # (a day of the strike itself still dates it)
    links = _links("An air strike on the Kafr hills killed dozens of soldiers on Friday.", "2019-03-09",
                   ("Friday", "DATE", "2019-03-08"))
    assert ("Friday", "killed", "on") in links


def test_a_victory_announced_on_a_day_is_declared_that_day() -> None:
    links = _links("The governor announced on Monday that Malian troops had freed Gao.", "2019-03-12",
                   ("Monday", "DATE", "2019-03-11"))
    assert ("Monday", "announced", "on") in links
    assert ("Monday", "freed", "before") in links


def test_a_swearing_in_to_come_takes_its_day() -> None:
    links = _links("Ali Mahdi will be sworn in as president next Thursday.", "2019-03-09",
                   ("next Thursday", "DATE", "2019-03-14"))
    assert links == [("next Thursday", "sworn", "on")]
