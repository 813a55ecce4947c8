"""A person named in full by one article and by the surname alone by another is one actor, for the
same-day merge of one act (session 11, ``_sameday._surname_match``)."""

from __future__ import annotations

import pytest

import timeline
from timeline._events._sameday import _surname_match
from timeline.model import Document


@pytest.mark.parametrize(("first", "second"), [
    ("President Ashraf Ghani visited Kunduz on Wednesday, officials said.",
     "Mr Ghani toured Kunduz on Wednesday and promised reinforcements."),
    ("President Volodymyr Zelensky visited Izium on Wednesday.",
     "Zelensky toured the town of Izium on Wednesday, aides said."),
    ("President Emmanuel Macron visited Bamako on Wednesday.",
     "Macron toured Bamako on Wednesday, meeting troops."),
    ("Chancellor Olaf Scholz visited Kyiv on Wednesday.",
     "Scholz toured Kyiv on Wednesday, state media said."),
])
def test_full_name_and_surname_are_one_visitor(first: str, second: str) -> None:
    docs = [Document(id="a", text="X (Wire) - " + first, published="2021-06-10"),
            Document(id="b", text="Y (Wire) - " + second, published="2021-06-12")]
    events = timeline.build(docs).events
    assert any({ev.doc for ev in e.evidence} == {"a", "b"} for e in events), [e.label for e in events]


@pytest.mark.parametrize(("a", "b", "same"), [
    ({"Zelensky"}, {"Volodymyr Zelensky"}, True),
    ({"Volodymyr Zelensky"}, {"Ghani"}, False),
    ({"Raul Castro"}, {"Fidel Castro"}, False),  # two full names: not by this rule
    ({"forces"}, {"Russian armed forces"}, False),  # a class word, not a surname
    ({"Castro"}, {"Castro Street Market Traders Union"}, False),  # no person's name
])
def test_surname_match(a: set[str], b: set[str], same: bool) -> None:
    assert _surname_match(a, b) is same
